//! Quartier's social-monitoring engine.
//!
//! Pure numerics with no web or database dependency: indicator model, need indices
//! (the Berlin MSS preset and the general composite-indicator pipeline with Monte-Carlo
//! uncertainty), spatial weights, global and local spatial autocorrelation, choropleth
//! classification and area similarity.

pub mod classify;
pub mod composite;
pub mod error;
pub mod fdr;
pub mod getis;
pub mod indicator;
pub mod lisa;
pub mod moran;
pub mod mss;
pub mod similarity;
pub mod weights;
