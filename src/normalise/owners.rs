//! Placeholder until the owner normaliser lands.
use crate::record::{Owner, OwnerKind};
/// Glossary.
#[derive(Debug, Clone, Default)]
pub struct Glossary {
    pub entries: std::collections::HashMap<String, String>,
}
/// Placeholder.
pub fn normalise_owners(raw: &str, _g: &Glossary) -> Vec<Owner> {
    raw.split(['/', '+'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| Owner {
            raw: s.into(),
            name: s.into(),
            kind: OwnerKind::Role,
        })
        .collect()
}
