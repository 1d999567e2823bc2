//! Integration tests of the platform: the real application on a random port with
//! a fresh database — SQLite by default, PostgreSQL (one schema per test) when
//! `QUARTIER_TEST_DATABASE_URL` is set.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod accounts;
mod auth_matrix;
mod cities;
mod civic;
mod common;
mod datasets;
mod indices;
mod lernwerkstatt;
mod plan;
mod security;
mod selection;
mod site;
