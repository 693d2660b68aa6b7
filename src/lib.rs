//! actionplan: turns UK council action plans into clean, comparable records.
//!
//! The pipeline follows pandoc's shape: [`read`] turns a file into the one
//! [`model::Document`]; [`segment`] finds recommendations and actions in it;
//! [`normalise`] turns deadlines and owners into comparable values; [`write`]
//! emits [`record::Record`]s as JSON Lines, JSON or CSV.

pub mod model;
pub mod normalise;
pub mod record;
pub mod eval;
pub mod write;
