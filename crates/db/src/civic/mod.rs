//! Local civic structures (M4): actors and their representatives
//! ([`actors`]), offers and needs with the directory search (`items.rs`),
//! cooperation links (`links.rs`) and the shared event calendar (`events.rs`).

pub mod actors;
mod events;
mod items;
mod links;

pub use events::{Event, EventDraft};
pub use items::{DirectoryQuery, Item, ItemDraft, OfferHit, Side};
pub use links::Link;
