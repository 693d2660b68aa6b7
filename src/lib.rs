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
//! record in SQLite, and [`refresh`] runs the cycle ([`dry_run`] lists what
//! it would fetch).
//!
//! # Example
//!
//! Extract the records of a document and write them as CSV (safe to open
//! in a spreadsheet; `raw: true` writes cells exactly as read):
//!
//! ```
//! use actionplan::extract::{extract_bytes, ExtractOptions};
//! use actionplan::write::{write_records, Format, WriteOptions};
//!
//! let html = "<html><body><h1>Testshire Council Action Plan</h1><table>
//!   <tr><th>Recommendation</th><th>Action</th><th>Lead</th><th>Deadline</th></tr>
//!   <tr><td>1. Plan better</td><td>Write a plan for the council</td><td>Chief Executive</td><td>March 2024</td></tr>
//!   <tr><td>2. Lead well</td><td>Train the managers</td><td>Director of HR</td><td>Q4 2024/25</td></tr>
//! </table></body></html>";
//! let records = extract_bytes(html.as_bytes(), "plan.html".as_ref(), &ExtractOptions::default())?;
//! assert_eq!(records.len(), 2);
//! assert_eq!(records[0].action.text, "Write a plan for the council");
//! assert_eq!(records[0].deadline.end.map(|d| d.to_string()).as_deref(), Some("2024-03-31"));
//!
//! let mut csv = Vec::new();
//! let opts = WriteOptions { format: Format::Csv, bom: false, raw: false };
//! write_records(&mut csv, &records, &opts)?;
//! assert!(String::from_utf8(csv)?.starts_with("document_path,"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! `examples/extract_to_csv.rs` does the same for a file named on its
//! command line: `cargo run --example extract_to_csv -- plan.pdf out.csv`.

pub mod dry_run;
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
