//! Key matching
