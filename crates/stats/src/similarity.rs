//! similarity
