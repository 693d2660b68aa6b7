//! actionplan: turns UK council action plans into clean, comparable records.
//!
//! The pipeline follows pandoc's shape: [`read`] turns a file into the one
//! [`model::Document`]; [`segment`] finds recommendations and actions in it;
//! [`normalise`] turns deadlines, owners and statuses into comparable values;
//! [`write`] emits [`record::Record`]s as JSON Lines, JSON or CSV.
//! [`extract`] runs the whole pipeline on a file.

pub mod eval;
pub mod extract;
pub mod model;
pub mod normalise;
pub mod read;
pub mod record;
pub mod segment;
pub mod write;
