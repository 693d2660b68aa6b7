//! Header vocabularies: the words councils use for each column of an action
//! table. Data, not logic: adding a council's wording is a one-line change
//! here plus a test case below.

/// What a table column holds, as far as segmentation cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// A recommendation or action number ("No.", "Ref", an empty header).
    Number,
    /// The parent recommendation, objective or issue.
    Parent,
    /// A grouping above the parent ("Area", "Workstream"): context only.
    Group,
    /// A summary of the recommendation, next to actions that answer it.
    Summary,
    /// The action itself.
    Action,
    /// Who leads it.
    Lead,
    /// When it is due.
    Deadline,
    /// Its stated status.
    Status,
    /// Its RAG rating.
    Rag,
    /// A progress update or current position.
    Progress,
    /// Something we do not use.
    Other,
}

/// Header phrases per role, checked in this order; the first role with a
/// phrase whose words all appear, in order and adjacent, in the header wins.
/// Order matters: "RAG status" is a RAG column, "Comment/Action" an action.
pub const HEADER_VOCABULARY: &[(Role, &[&str])] = &[
    (Role::Rag, &["rag", "r a g", "rag rating", "rag status"]),
    (Role::Status, &["status", "complete", "completed"]),
    (
        Role::Deadline,
        &[
            "timescale",
            "timescales",
            "timeline",
            "timeframe",
            "target date",
            "target",
            "deadline",
            "by when",
            "when",
            "due date",
            "due",
            "date",
            "completion date",
            "delivery date",
            "milestone date",
        ],
    ),
    (
        Role::Lead,
        &[
            "lead",
            "leads",
            "lead officer",
            "officer",
            "owner",
            "owners",
            "responsible",
            "responsibility",
            "who",
            "sro",
            "accountable",
            "accountability",
            "elt lead",
            "director",
            "portfolio holder",
        ],
    ),
    (
        Role::Action,
        &[
            "action",
            "actions",
            "what are we going to do",
            "what we will do",
            "what will we do",
            "how will we do it",
            "response",
            "council response",
            "management response",
            "activity",
            "activities",
            "tasks",
            "task",
            "key actions",
            "proposed action",
            "innovation",
            "next steps",
            "planned action",
        ],
    ),
    (
        Role::Progress,
        &[
            "progress",
            "current position",
            "position",
            "update",
            "commentary",
            "comments",
            "expected outcome",
            "outcome",
            "outcomes",
            "evidence",
            "notes",
        ],
    ),
    (Role::Summary, &["summary", "summary of recommendation"]),
    (
        Role::Parent,
        &[
            "recommendation",
            "recommendations",
            "objective",
            "objectives",
            "issue",
            "issues",
            "finding",
            "findings",
            "area for improvement",
            "areas for improvement",
            "priority",
            "key recommendation",
            "what the peers said",
            "aim",
            "aims",
            "goal",
            "goals",
        ],
    ),
    (
        Role::Group,
        &[
            "area",
            "theme",
            "workstream",
            "category",
            "directorate",
            "service",
            "section",
        ],
    ),
    (
        Role::Number,
        &["no", "number", "ref", "reference", "id", "item", "rec", "num"],
    ),
];

/// Words of a header, lower-cased, punctuation as separators.
pub fn header_words(header: &str) -> Vec<String> {
    header
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The role a column header names; an empty header is a number column
/// (the common unlabelled first column), an unknown one [`Role::Other`].
pub fn role_of_header(header: &str) -> Role {
    let words = header_words(header);
    if words.is_empty() || header.trim() == "#" {
        return Role::Number;
    }
    for (role, phrases) in HEADER_VOCABULARY {
        for phrase in *phrases {
            let pw: Vec<&str> = phrase.split(' ').collect();
            if words.windows(pw.len()).any(|w| w.iter().zip(&pw).all(|(a, b)| a == b)) {
                return *role;
            }
        }
    }
    Role::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_from_real_plans_map_to_roles() {
        let cases = [
            ("", Role::Number),
            ("No.", Role::Number),
            ("Recommendation", Role::Parent),
            (
                "LGA Draft Peer Challenge Review Recommendation + LBH Theme",
                Role::Parent,
            ),
            ("What are we going to do?", Role::Action),
            ("Comment/Action", Role::Action),
            ("Actions", Role::Action),
            ("Action", Role::Action),
            ("Lead", Role::Lead),
            ("Lead Officer", Role::Lead),
            ("Senior Responsible Officer", Role::Lead),
            ("ELT lead", Role::Lead),
            ("Timescale", Role::Deadline),
            ("Timescales", Role::Deadline),
            ("Target Date for Completion", Role::Deadline),
            ("Deadline for completion", Role::Deadline),
            ("By when", Role::Deadline),
            ("RAG rating", Role::Rag),
            ("RAG Status", Role::Rag),
            ("Status", Role::Status),
            ("CURRENT POSITION", Role::Progress),
            ("Progress Update", Role::Progress),
            ("Summary", Role::Summary),
            ("Objective", Role::Parent),
            ("Transformation Objective", Role::Parent),
            ("Objectives", Role::Parent),
            ("Area", Role::Group),
            ("Innovation", Role::Action),
            ("Expected Outcome", Role::Progress),
            ("Page", Role::Other),
        ];
        for (header, want) in cases {
            assert_eq!(role_of_header(header), want, "header {header:?}");
        }
    }
}
