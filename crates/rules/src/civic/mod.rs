//! Rules of the local civic structures: offer–need matching, measures of the
//! cooperation network, and German local time of events.

pub mod local_time;
pub mod matching;
pub mod network;

pub use local_time::{berlin_offset, local_input, month_start, parse_local};
pub use matching::{Listing, Reason, Suggestion, distance_m, suggest};
pub use network::{
    Measures, Tie, active_in, betweenness, components, density, layout_positions, measures,
};
