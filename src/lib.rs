//! actionplan: turns UK council action plans into clean, comparable records.
//!
//! The pipeline follows pandoc's shape: [`read`] turns a file into the one
//! [`model::Document`]; [`segment`] finds recommendations and actions in it;
//! [`normalise`] turns deadlines, owners and statuses into comparable values;
//! [`write`](mod@write) emits [`record::Record`]s as JSON Lines, JSON or CSV.
//! [`extract`] runs the whole pipeline on a file; [`isolate`] runs it in a
//! child process, so one hostile document costs nothing but itself.
//!
//! Keeping a dataset fresh: [`sources`] says where councils' plans live,
//! [`fetch`] downloads them politely, [`store`] keeps every version of every
//! record in SQLite, and [`refresh`] runs the cycle.

pub mod escape;
pub mod eval;
pub mod extract;
pub mod fetch;
pub mod isolate;
pub mod link;
pub mod model;
pub mod normalise;
pub mod read;
pub mod record;
pub mod refresh;
pub mod report;
pub mod segment;
pub mod sources;
pub mod store;
pub mod write;
