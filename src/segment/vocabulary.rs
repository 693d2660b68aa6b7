//! The field vocabulary: what councils call each field of an action, in one
//! place. Data, not logic: a council's new wording is a line here plus a
//! test case below. The same names are looked for wherever a document puts
//! them: column headers, the label cells of a two-column table, `<dt>`
//! terms, "Label:" lead-ins and the tails of an action paragraph.

/// What a column, label or line holds, as far as segmentation cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// A recommendation or action number ("No.", "Ref", an empty header).
    Number,
    /// The parent recommendation, objective, finding or issue.
    Recommendation,
    /// A grouping above the parent ("Area", "Theme", "Workstream"): context.
    Group,
    /// A summary of the recommendation, next to the actions answering it.
    Summary,
    /// The action itself.
    Action,
    /// The officer who leads it.
    Lead,
    /// The councillor who leads it: an owner only where no officer is named.
    LeadMember,
    /// When it is due (or ends, beside a start date).
    Deadline,
    /// When it starts, where a plan gives start and end dates.
    StartDate,
    /// Its stated status.
    Status,
    /// Its RAG rating.
    Rag,
    /// A progress update or current position.
    Progress,
    /// A field that is never the action (measures, outcomes, risks, costs).
    NotAction,
}

impl Field {
    /// The field's name in plain words, for explaining a decision.
    pub fn name(self) -> &'static str {
        match self {
            Field::Number => "number",
            Field::Recommendation => "recommendation",
            Field::Group => "group",
            Field::Summary => "summary",
            Field::Action => "action",
            Field::Lead => "lead",
            Field::LeadMember => "lead member",
            Field::Deadline => "deadline",
            Field::StartDate => "start date",
            Field::Status => "status",
            Field::Rag => "RAG",
            Field::Progress => "progress",
            Field::NotAction => "not an action field",
        }
    }
}

/// Names per field. Every phrase is matched on whole words (case, plurals,
/// "(s)", numbering and one slip of the keyboard forgiven); where phrases of
/// several fields match, the one with more words wins ("RAG status" is a
/// RAG, "Lead member" a member, "Number of actions" a count), and between
/// equals the field listed first.
pub const FIELD_VOCABULARY: &[(Field, &[&str])] = &[
    (
        Field::Rag,
        &[
            "rag",
            "r a g",
            "brag",
            "rag status",
            "rag rating",
            "rating",
            "overall rag",
            "rag rating status",
        ],
    ),
    (
        Field::Status,
        &[
            "status",
            "current status",
            "progress status",
            "delivery status",
            "action status",
            "direction of travel",
            "complete",
            "completed",
            "done",
        ],
    ),
    (
        Field::StartDate,
        &["start date", "start", "date started", "planned start"],
    ),
    (
        Field::Deadline,
        &[
            "deadline",
            "deadlines",
            "timescale",
            "timescales",
            "timeline",
            "timeframe",
            "time frame",
            "target date",
            "target completion date",
            "target",
            "completion date",
            "date for completion",
            "due date",
            "due",
            "delivery date",
            "by when",
            "by",
            "when",
            "date",
            "dates",
            "milestone",
            "milestones",
            "key milestones",
            "milestone date",
            "end date",
            "end",
            "finish",
            "date due",
        ],
    ),
    (
        Field::LeadMember,
        &[
            "lead member",
            "portfolio holder",
            "cabinet member",
            "cabinet lead",
            "member lead",
            "lead councillor",
        ],
    ),
    (
        Field::Lead,
        &[
            "lead",
            "lead officer",
            "officer lead",
            "lead director",
            "officer",
            "owner",
            "action owner",
            "responsible",
            "responsible officer",
            "officer responsible",
            "accountable officer",
            "responsibility",
            "accountable",
            "accountability",
            "who",
            "by whom",
            "who is responsible",
            "sro",
            "senior responsible officer",
            "elt lead",
            "clt lead",
            "slt lead",
            "director",
            "lead service",
        ],
    ),
    (
        Field::Action,
        &[
            "action",
            "actions",
            "key actions",
            "key action",
            "our actions",
            "proposed action",
            "agreed action",
            "planned action",
            "action to be taken",
            "actions to be taken",
            "what we will do",
            "what will we do",
            "what we are going to do",
            "what are we going to do",
            "what we are doing",
            "what we said we would do",
            "commitment",
            "commitments",
            "our commitment",
            "what we committed to do",
            "what we promised to do",
            "what we plan to do",
            "how will we do it",
            "how we will respond",
            "council response",
            "our response",
            "response",
            "management response",
            "planned activity",
            "activity",
            "activities",
            "deliverable",
            "deliverables",
            "steps",
            "task",
            "tasks",
            "innovation",
        ],
    ),
    (
        Field::Progress,
        &[
            "progress",
            "progress update",
            "update",
            "updates",
            "latest update",
            "progress to date",
            "progress made",
            "what we have done",
            "what we have done so far",
            "what has been done",
            "what we did",
            "commentary",
            "comment",
            "comments",
            "current position",
            "position",
            "position statement",
            "narrative",
            "evidence",
            "notes",
        ],
    ),
    (Field::Summary, &["summary", "summary of recommendation"]),
    (
        Field::Recommendation,
        &[
            "recommendation",
            "recommendations",
            "peer recommendation",
            "peer team recommendation",
            "lga recommendation",
            "key recommendation",
            "peer challenge recommendation",
            "area for improvement",
            "areas for improvement",
            "area of focus",
            "finding",
            "findings",
            "issue",
            "issues",
            "priority",
            "objective",
            "objectives",
            "aim",
            "aims",
            "goal",
            "goals",
            "what the peers said",
            "what the peer team said",
        ],
    ),
    (
        Field::Group,
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
        Field::Number,
        &[
            "no",
            "number",
            "ref",
            "ref no",
            "reference",
            "id",
            "item",
            "rec",
            "rec no",
            "num",
            "action no",
            "action number",
            "action ref",
            "action id",
            "recommendation no",
            "recommendation number",
            "recommendation ref",
        ],
    ),
    (
        Field::NotAction,
        &[
            "success measure",
            "success measures",
            "measures of success",
            "measure of success",
            "success criteria",
            "how we will know",
            "how will we know",
            "how we will measure success",
            "outcome",
            "outcomes",
            "expected outcome",
            "expected outcomes",
            "intended outcome",
            "impact",
            "kpi",
            "kpis",
            "performance indicator",
            "performance indicators",
            "measure",
            "measures",
            "resources",
            "resource",
            "resource implications",
            "cost",
            "costs",
            "budget",
            "funding",
            "risk",
            "risks",
            "likelihood",
            "mitigation",
            "dependencies",
            "dependency",
            "evidence of completion",
            "links to council plan",
            "link to council plan",
            "review date",
            "number of",
            "no of",
            "total",
            "version",
            "author",
            "meaning",
            "next steps",
            "contact",
            "contact officer",
        ],
    ),
];

/// Column names that mark a table of another kind (a risk register, a
/// version history, a key, a count): where one stands and no column is
/// named as the action, the table holds no actions, whatever its other
/// columns are called ("Version | Date | Author | Summary of changes").
pub const OTHER_TABLE_MARKERS: &[&str] = &[
    "risk",
    "risks",
    "likelihood",
    "version",
    "author",
    "meaning",
    "abbreviation",
    "acronym",
    "number of",
    "colour",
];

/// Words that open a sentence of narrative rather than an action ("The
/// peer team recognised ...", "This was agreed ..."): a bare list item
/// opening so is context, not an action left without owner and date.
pub const NARRATIVE_OPENINGS: &[&str] = &[
    "the", "this", "these", "that", "those", "there", "it", "its", "a", "an", "our", "in", "at", "as", "since",
    "although", "while", "when",
];

/// Words that name a parent of actions when a heading numbers them
/// ("Theme 1: Building safety", "Priority 2 – Finance"): the parent's id
/// is that number, as a recommendation's would be.
pub const NUMBERED_PARENTS: &[&str] = &[
    "theme",
    "priority",
    "objective",
    "area",
    "workstream",
    "aim",
    "goal",
    "finding",
    "issue",
    "outcome",
];

/// True where a header marks a table of another kind than an action plan.
pub fn marks_other_table(header: &str) -> bool {
    let words = label_words(header);
    OTHER_TABLE_MARKERS.iter().any(|m| {
        let mw: Vec<&str> = m.split(' ').collect();
        words
            .windows(mw.len())
            .any(|w| w.iter().zip(&mw).all(|(a, b)| same_word(a, b)))
    })
}

/// Words a label may carry beside its field's name and still be only a
/// label ("Our key actions", "Latest progress update", "Lead officer(s)").
const LABEL_FILLER: &[&str] = &[
    "s", "the", "of", "for", "our", "current", "latest", "overall", "proposed", "agreed", "planned", "revised", "new",
    "original", "and", "or", "named", "main", "date", "s151",
];

/// Words of a header or label, lower-cased, punctuation as separators,
/// text in brackets dropped ("Update (June 2024)", "RAG (as at March)") and
/// leading numbering dropped ("1. Action", "a) Lead").
pub fn label_words(text: &str) -> Vec<String> {
    let mut plain = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    // "(s)" is a plural, not a bracket to drop: "Officer(s)" -> "officer".
    let mut words: Vec<String> = expand_contractions(&plain.to_lowercase())
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    while words.first().is_some_and(|w| is_numbering(w)) && words.len() > 1 {
        words.remove(0);
    }
    words
}

/// Contractions written out ("what we've done" is "what we have done",
/// "we'd" is "we would"), so a label matches however it is typed.
fn expand_contractions(text: &str) -> String {
    const SHORT: &[(&str, &str)] = &[
        ("n't", " not"),
        ("'ve", " have"),
        ("'ll", " will"),
        ("'re", " are"),
        ("'d", " would"),
    ];
    let mut out = text.replace(['\u{2019}', '\u{2018}'], "'");
    for (short, long) in SHORT {
        let mut from = 0;
        while let Some(i) = out[from..].find(short).map(|i| i + from) {
            let end = i + short.len();
            let word_end = out[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            if word_end && i > 0 {
                out.replace_range(i..end, long);
                from = i + long.len();
            } else {
                from = end;
            }
        }
    }
    out
}

/// "1", "2a", "iv", "b": a list number before a label.
fn is_numbering(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_digit())
        || (word.len() == 1 && word.chars().all(|c| c.is_ascii_lowercase()) && word != "a")
        || matches!(word, "i" | "ii" | "iii" | "iv" | "v" | "vi")
}

/// True where a written word stands for a vocabulary word: the same, a
/// plural of it, or (for words of six letters or more) one slip away.
pub(crate) fn same_word(written: &str, known: &str) -> bool {
    if written == known {
        return true;
    }
    if written.strip_suffix('s') == Some(known) || known.strip_suffix('s') == Some(written) {
        return true;
    }
    let (wl, kl) = (written.chars().count(), known.chars().count());
    wl >= 6 && kl >= 6 && wl.abs_diff(kl) <= 1 && one_edit_apart(written, known)
}

/// One insertion, deletion, substitution or swap of neighbours apart.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ra, rb) = (a.len() - prefix - suffix, b.len() - prefix - suffix);
    match (ra, rb) {
        (0, 1) | (1, 0) | (1, 1) => true,
        (2, 2) => a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix],
        _ => false,
    }
}

/// A phrase found in a list of words: its field, where it starts, and how
/// many words it covers.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Found {
    field: Field,
    at: usize,
    len: usize,
}

/// The best phrase of the vocabulary among the words: most words, then the
/// field listed first.
fn best_phrase(words: &[String]) -> Option<Found> {
    best_phrase_of(words, |_| true)
}

/// The best phrase among the words of the fields `which` admits.
fn best_phrase_of(words: &[String], which: impl Fn(Field) -> bool) -> Option<Found> {
    let mut best: Option<Found> = None;
    for (field, phrases) in FIELD_VOCABULARY.iter().filter(|(f, _)| which(*f)) {
        for phrase in *phrases {
            let pw: Vec<&str> = phrase.split(' ').collect();
            if pw.len() > words.len() {
                continue;
            }
            for at in 0..=words.len() - pw.len() {
                if words[at..at + pw.len()].iter().zip(&pw).all(|(w, p)| same_word(w, p))
                    && best.is_none_or(|b| pw.len() > b.len)
                {
                    best = Some(Found {
                        field: *field,
                        at,
                        len: pw.len(),
                    });
                }
            }
        }
    }
    best
}

/// True where a header names both who leads and when ("Who and when",
/// "Lead officer / deadline"): its cells hold an owner and a date each.
pub fn names_lead_and_deadline(header: &str) -> bool {
    let words = label_words(header);
    let lead = best_phrase_of(&words, |f| f == Field::Lead);
    let when = best_phrase_of(&words, |f| f == Field::Deadline);
    match (lead, when) {
        (Some(l), Some(w)) => l.at + l.len <= w.at || w.at + w.len <= l.at,
        _ => false,
    }
}

/// The field a column header names, where one does. Lenient, as headers
/// are known to be labels: the field's name may stand anywhere in it
/// ("LGA Draft Peer Challenge Review Recommendation + LBH Theme"). An
/// empty header (or "#") is the usual unlabelled number column.
pub fn header_field(header: &str) -> Option<Field> {
    let words = label_words(header);
    if words.is_empty() {
        return Some(Field::Number);
    }
    if is_sentence(header) {
        return None;
    }
    if names_action_first(header) {
        return Some(Field::Action);
    }
    if let Some((_, field)) = WHOLE_HEADERS
        .iter()
        .find(|(h, _)| words.len() == 1 && same_word(&words[0], h))
    {
        return Some(*field);
    }
    best_phrase(&words).map(|f| f.field)
}

/// Headers that name a field only as the whole header: "What" over the
/// actions of a "What | Who | When" table, where "What it means" over a
/// key's meanings names no field.
const WHOLE_HEADERS: &[(&str, Field)] = &[("what", Field::Action)];

/// Words that join two things a header names ("Action and milestones",
/// "Actions & timescales", "Action / update").
const CONJUNCTIONS: &[&str] = &["and", "&", "/", "+", "with", "including", "plus"];

/// True where a header joins two names and the first one is the action's
/// ("Action and milestones", "Key actions & deliverables"): its column
/// holds the action, whatever the names after it would say on their own
/// (the milestones or timescales are written inside the action's cell).
/// "Action owner" or "Action status" join nothing and keep their field.
fn names_action_first(header: &str) -> bool {
    let lower = header.to_lowercase();
    let spaced = lower.replace(['&', '/', '+'], " & ");
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let Some(at) = words.iter().position(|w| CONJUNCTIONS.contains(w)) else {
        return false;
    };
    at > 0 && at + 1 < words.len() && label_field(&words[..at].join(" ")) == Some(Field::Action)
}

/// A full sentence (six words or more, ending with a full stop): a cell of
/// a table's body, never its header, whatever field names it mentions
/// ("Carry out a review of the scheme of delegation to officers.").
fn is_sentence(text: &str) -> bool {
    let t = text.trim();
    t.ends_with('.') && t.split_whitespace().count() >= 6
}

/// The field a label names, where the text is only a label: the field's
/// name and nothing but filler words ("Responsible officer", "Lead
/// officer(s)", "Progess update", "RAG (as at March 2025)"). Strict, as
/// running text is full of these words: "Contact officer" or "The key
/// issue" are not labels.
pub fn label_field(label: &str) -> Option<Field> {
    let words = label_words(label);
    if words.is_empty() || words.len() > 6 {
        return None;
    }
    let found = best_phrase(&words)?;
    let rest_is_filler = words
        .iter()
        .enumerate()
        .filter(|(i, _)| *i < found.at || *i >= found.at + found.len)
        .all(|(_, w)| LABEL_FILLER.contains(&w.as_str()));
    rest_is_filler.then_some(found.field)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_from_real_plans_map_to_fields() {
        let cases = [
            ("", Some(Field::Number)),
            ("No.", Some(Field::Number)),
            ("Ref", Some(Field::Number)),
            ("Action No.", Some(Field::Number)),
            ("Recommendation", Some(Field::Recommendation)),
            ("Peer team recommendation", Some(Field::Recommendation)),
            (
                "LGA Draft Peer Challenge Review Recommendation + LBH Theme",
                Some(Field::Recommendation),
            ),
            ("Recomendation", Some(Field::Recommendation)),
            ("What are we going to do?", Some(Field::Action)),
            ("What we will do", Some(Field::Action)),
            // "What | Who | When | How we will know".
            ("What", Some(Field::Action)),
            // A key's "Symbol | What it means": no field.
            ("What it means", None),
            ("Comment/Action", Some(Field::Action)),
            ("Actions", Some(Field::Action)),
            ("Lead", Some(Field::Lead)),
            ("Lead Officer", Some(Field::Lead)),
            ("Lead officer(s)", Some(Field::Lead)),
            ("Senior Responsible Officer", Some(Field::Lead)),
            ("ELT lead", Some(Field::Lead)),
            ("Who", Some(Field::Lead)),
            ("Owner", Some(Field::Lead)),
            ("Lead member", Some(Field::LeadMember)),
            ("Portfolio Holder", Some(Field::LeadMember)),
            ("Timescale", Some(Field::Deadline)),
            ("Timescale's", Some(Field::Deadline)),
            ("Target Date for Completion", Some(Field::Deadline)),
            ("Deadline for completion", Some(Field::Deadline)),
            ("By when", Some(Field::Deadline)),
            ("When", Some(Field::Deadline)),
            ("Milestones", Some(Field::Deadline)),
            ("Action and milestones", Some(Field::Action)),
            ("Key actions & milestones", Some(Field::Action)),
            ("Actions / timescales", Some(Field::Action)),
            ("Action owner", Some(Field::Lead)),
            ("Action status", Some(Field::Status)),
            ("Action lead", Some(Field::Lead)),
            ("Milestones and actions", Some(Field::Deadline)),
            ("Lead officer and deadline", Some(Field::Lead)),
            ("Start date", Some(Field::StartDate)),
            ("RAG rating", Some(Field::Rag)),
            ("RAG Status", Some(Field::Rag)),
            ("RAG (as at December 2024)", Some(Field::Rag)),
            ("Status", Some(Field::Status)),
            ("Progress status", Some(Field::Status)),
            ("CURRENT POSITION", Some(Field::Progress)),
            ("Progress Update", Some(Field::Progress)),
            ("Progess update", Some(Field::Progress)),
            ("Update (June 2024)", Some(Field::Progress)),
            ("Commentary", Some(Field::Progress)),
            ("Summary", Some(Field::Summary)),
            ("Objective", Some(Field::Recommendation)),
            ("Transformation Objective", Some(Field::Recommendation)),
            ("Area", Some(Field::Group)),
            ("Innovation", Some(Field::Action)),
            ("Expected Outcome", Some(Field::NotAction)),
            ("How we will know", Some(Field::NotAction)),
            ("Success measures", Some(Field::NotAction)),
            ("Number of actions", Some(Field::NotAction)),
            ("Review the scheme of delegation to officers.", None),
            ("Carry out a full review of the Constitution.", None),
            ("Review date", Some(Field::NotAction)),
            ("Evidence of completion", Some(Field::NotAction)),
            ("Page", None),
            ("Colour", None),
        ];
        for (header, want) in cases {
            assert_eq!(header_field(header), want, "header {header:?}");
        }
    }

    #[test]
    fn headers_that_name_two_fields() {
        assert!(names_lead_and_deadline("Who and when"));
        assert!(names_lead_and_deadline("Lead officer / Target date"));
        assert!(!names_lead_and_deadline("Lead officer"));
        assert!(!names_lead_and_deadline("Target date for completion"));
    }

    #[test]
    fn labels_are_only_labels() {
        let cases = [
            ("Responsible officer", Some(Field::Lead)),
            ("Officer responsible", Some(Field::Lead)),
            ("Lead officer(s)", Some(Field::Lead)),
            ("What we will do", Some(Field::Action)),
            ("What we said we’d do", Some(Field::Action)),
            ("What we've done", Some(Field::Progress)),
            ("What we didn't do", None),
            ("Action", Some(Field::Action)),
            ("By when", Some(Field::Deadline)),
            ("Target date", Some(Field::Deadline)),
            ("RAG", Some(Field::Rag)),
            ("RAG rating", Some(Field::Rag)),
            ("Latest progress update", Some(Field::Progress)),
            ("RAG key", None),
            ("Key to RAG ratings", None),
            ("Progess", Some(Field::Progress)),
            ("1. Action", Some(Field::Action)),
            ("Contact officer", Some(Field::NotAction)),
            ("Finance officer consulted", None),
            ("The peer team said", None),
            ("Report author", None),
            ("Cabinet Member Lead officer", None),
            ("Member Lead officer", None),
            ("The council will take the following actions", None),
        ];
        for (label, want) in cases {
            assert_eq!(label_field(label), want, "label {label:?}");
        }
    }

    #[test]
    fn slips_of_the_keyboard_are_forgiven_only_in_long_words() {
        assert!(same_word("progess", "progress"));
        assert!(same_word("recomendation", "recommendation"));
        assert!(same_word("responsibilty", "responsibility"));
        assert!(same_word("officers", "officer"));
        assert!(!same_word("date", "data"));
        assert!(!same_word("lead", "load"));
    }
}
