//! The `quartier` program: configuration, server start-up, demo data, worker and CLI.

pub mod config;
pub mod fund;
pub mod monitor;
pub mod seed;
pub mod server;
pub mod worker;
