//! Linking on small plans built in code: each kind of change an update
//! makes, one at a time.

use super::lineage::{changed_fields, link_plan, timeline};
use super::*;
use crate::record::*;

/// An action record: recommendation id, action id, wording, lead.
pub(crate) fn act(rec: &str, id: Option<&str>, text: &str, lead: &str, sha: &str) -> Record {
    Record {
        schema_version: SCHEMA_VERSION,
        document: DocumentInfo {
            path: format!("{sha}.txt"),
            sha256: sha.into(),
            format: "text".into(),
            ..DocumentInfo::default()
        },
        recommendation: Some(Recommendation {
            id: Some(rec.into()),
            title: None,
            text: None,
        }),
        action: Action {
            id: id.map(str::to_string),
            text: text.into(),
        },
        lead: vec![Owner {
            raw: lead.into(),
            name: lead.into(),
            kind: OwnerKind::Role,
        }],
        deadline: Deadline::none(),
        status: None,
        rag: None,
        progress: None,
        location: Location::default(),
        warnings: vec![],
        lineage: None,
    }
}

fn bases(links: &[Link]) -> Vec<Option<usize>> {
    links.iter().map(|l| l.base).collect()
}

#[test]
fn identical_actions_link_with_full_confidence() {
    let a = vec![act(
        "1",
        Some("1.1"),
        "Publish a workforce strategy.",
        "Head of HR",
        "a",
    )];
    let b = vec![act(
        "1",
        Some("1.1"),
        "Publish a workforce strategy.",
        "Head of HR",
        "b",
    )];
    let links = link_pair(&a, &b, &LinkSettings::default());
    assert_eq!(bases(&links), vec![Some(0)]);
    assert_eq!(links[0].score, 1.0);
}

#[test]
fn renumbering_by_insertion_links_by_text() {
    let a = vec![
        act(
            "3",
            Some("3.1"),
            "Review the allocations policy.",
            "Head of Housing",
            "a",
        ),
        act(
            "3",
            Some("3.2"),
            "Set up a tenants' panel to scrutinise the service.",
            "Head of Housing",
            "a",
        ),
    ];
    let b = vec![
        act(
            "3",
            Some("3.1"),
            "Review the allocations policy.",
            "Head of Housing",
            "b",
        ),
        act(
            "3",
            Some("3.2"),
            "Commission an independent review of repairs contracts.",
            "Head of Housing",
            "b",
        ),
        act(
            "3",
            Some("3.3"),
            "Set up a tenants' panel to scrutinise the service.",
            "Head of Housing",
            "b",
        ),
    ];
    let links = link_pair(&a, &b, &LinkSettings::default());
    assert_eq!(bases(&links), vec![Some(0), None, Some(1)]);
}

#[test]
fn reordered_and_lead_changed_actions_still_link() {
    let a = vec![
        act(
            "6",
            None,
            "Publish a workforce strategy for 2024 to 2027.",
            "Head of HR",
            "a",
        ),
        act(
            "6",
            None,
            "Run a staff survey every year and publish the results.",
            "Head of HR",
            "a",
        ),
    ];
    let b = vec![
        act(
            "6",
            None,
            "Run a staff survey every year and publish the results.",
            "Director of People",
            "b",
        ),
        act(
            "6",
            None,
            "Publish a workforce strategy for 2024 to 2027.",
            "Director of People",
            "b",
        ),
    ];
    let links = link_pair(&a, &b, &LinkSettings::default());
    assert_eq!(bases(&links), vec![Some(1), Some(0)]);
    assert!(links.iter().all(|l| l.score >= UNCERTAIN_BELOW), "{links:?}");
}

#[test]
fn a_dropped_action_is_not_taken_by_a_new_one_in_its_place() {
    let a = vec![
        act(
            "2",
            None,
            "Update the MTFS to cover a four-year period.",
            "Director of Finance",
            "a",
        ),
        act("2", None, "Set up a cross-party budget working group.", "Leader", "a"),
    ];
    let b = vec![
        act("2", None, "Set up a cross-party budget working group.", "Leader", "b"),
        act(
            "2",
            None,
            "Review fees and charges so discretionary services recover their cost.",
            "Head of Finance",
            "b",
        ),
    ];
    let links = link_pair(&a, &b, &LinkSettings::default());
    assert_eq!(bases(&links), vec![Some(1), None]);
}

#[test]
fn a_substantial_rewording_links_with_a_warning() {
    let mut docs = vec![
        vec![act(
            "3",
            None,
            "Buy or lease up to 40 homes to use as temporary accommodation.",
            "AD Housing",
            "a",
        )],
        vec![act(
            "3",
            None,
            "Increase the council's own supply of temporary accommodation by up to 40 homes through purchases.",
            "AD Housing",
            "b",
        )],
    ];
    let links = link_plan(&mut docs, &LinkSettings::default());
    assert_eq!(links[1][0].base, Some(0));
    let (first, second) = (&docs[0][0], &docs[1][0]);
    assert_eq!(
        first.lineage.as_ref().unwrap().key,
        second.lineage.as_ref().unwrap().key
    );
    assert!(
        second.warnings.iter().any(|w| w.contains("uncertain link")),
        "{:?}",
        second.warnings
    );
}

#[test]
fn unrelated_actions_without_context_stay_apart() {
    let mut a = act("1", None, "Publish a workforce strategy.", "X", "a");
    let mut b = act("1", None, "Procure a new customer contact platform.", "X", "b");
    a.recommendation = None;
    b.recommendation = None;
    a.lead.clear();
    b.lead.clear();
    assert_eq!(bases(&link_pair(&[a], &[b], &LinkSettings::default())), vec![None]);
}

#[test]
fn lineage_keys_continue_and_timeline_reports_changes_and_gone() {
    let mut a1 = act("1", None, "Refresh the Council Plan.", "Head of Strategy", "a");
    a1.status = Some(Status::NotStarted);
    let a2 = act(
        "1",
        None,
        "Hold monthly informal meetings of Cabinet.",
        "Chief Executive",
        "a",
    );
    let mut b1 = act("1", None, "Refresh the Council Plan.", "Head of Strategy", "b");
    b1.status = Some(Status::InProgress);
    let mut docs = vec![vec![a1, a2], vec![b1]];
    link_plan(&mut docs, &LinkSettings::default());
    let key = |r: &Record| r.lineage.as_ref().unwrap().key.clone();
    assert_eq!(key(&docs[0][0]), key(&docs[1][0]));
    assert_ne!(key(&docs[0][0]), key(&docs[0][1]));
    assert_eq!(docs[1][0].lineage.as_ref().unwrap().since, "a.txt");
    assert_eq!(changed_fields(&docs[0][0], &docs[1][0]), vec!["status"]);
    let rows = timeline(&docs);
    let kinds: Vec<&str> = rows.iter().map(|r| r.kind).collect();
    assert_eq!(kinds, vec!["new", "new", "changed", "gone"]);
    assert_eq!(rows[3].status, None);
    assert_eq!(rows[3].document, "b.txt");
    assert_eq!(rows[2].changed, "status");
}

#[test]
fn identical_actions_in_one_document_get_distinct_keys() {
    let mut docs = vec![vec![
        act("1", None, "Report to Cabinet.", "X", "a"),
        act("1", None, "Report to Cabinet.", "X", "a"),
    ]];
    link_plan(&mut docs, &LinkSettings::default());
    assert_ne!(docs[0][0].lineage, docs[0][1].lineage);
}

#[test]
fn documents_are_ordered_by_date_when_all_have_one() {
    use super::lineage::plan_order;
    let d = |s: &str| Some(s.to_string());
    assert_eq!(plan_order(&[d("2025-01"), d("2024-07")]), vec![1, 0]);
    assert_eq!(plan_order(&[d("2025-01"), None]), vec![0, 1]);
}

#[test]
fn keys_carry_through_every_update_and_since_names_the_first_document() {
    let text = "Procure a new customer contact platform.";
    let mut docs = vec![
        vec![act("7", Some("7.1"), text, "AD Digital", "a")],
        vec![
            act(
                "7",
                Some("7.1"),
                "Open a digital front door for residents.",
                "AD Digital",
                "b",
            ),
            act("7", Some("7.2"), text, "AD Digital", "b"),
        ],
        vec![act("7", Some("7.2"), text, "Director of Resources", "c")],
    ];
    link_plan(&mut docs, &LinkSettings::default());
    let lin = |d: usize, i: usize| docs[d][i].lineage.clone().unwrap();
    assert_eq!(lin(0, 0).key, lin(1, 1).key);
    assert_eq!(lin(1, 1).key, lin(2, 0).key);
    assert_eq!(lin(2, 0).since, "a.txt");
    assert_eq!(lin(1, 0).since, "b.txt", "a new action starts its own lineage");
    assert_eq!(lin(0, 0).score, None);
    let rows = timeline(&docs);
    assert_eq!(rows.iter().filter(|r| r.kind == "gone").count(), 1, "{rows:?}");
}
