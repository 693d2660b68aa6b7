//! Normalisers: pure functions from printed text to comparable values.

pub mod deadline;
pub mod owners;
pub mod status;
