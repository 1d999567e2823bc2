//! The rules of the programme as plain functions on plain data.
//!
//! One module per module of the product, with the same names as in the web,
//! database and demo layers. Nothing here knows HTTP, SQL or async: handlers
//! read from the database, call these functions and render the result, and the
//! functions are unit-tested here.
//!
//! Dependency direction (the evidence loop): engines (`stats`, `geodata`,
//! `tabular`) ← **rules** ← database ← web.
pub mod lernwerkstatt;
