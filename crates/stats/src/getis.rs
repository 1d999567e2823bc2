//! getis
