//! Scoring records against a hand-checked gold file (`GOLD-FORMAT.md`).
//!
//! A faithful port of the corpus's independent scorer (`score.py`): the same
//! text key, the same greedy matching, the same difflib fallback and the
//! same field definitions, so the two always agree.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

/// Why a gold or records file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The file could not be read.
    #[error("{path}: cannot read: {}", crate::escape::io_error(source))]
    Io {
        /// The file.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is not valid JSON of the expected shape.
    #[error("{path}: {message}")]
    Parse {
        /// The file.
        path: String,
        /// What is wrong, with the line where known.
        message: String,
    },
}

/// A gold file: the records a perfect extraction yields.
#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    /// The document's folder name.
    pub document: Option<String>,
    /// The council, where the gold file names it.
    #[serde(default)]
    pub council: Option<String>,
    /// The gold records.
    pub records: Vec<GoldRecord>,
}

/// One gold record.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldRecord {
    /// Parent id as printed.
    pub recommendation_id: Option<String>,
    /// The action's own number as printed, where it has one.
    #[serde(default)]
    pub action_id: Option<String>,
    /// Opening of the action text.
    pub action_text: String,
    /// Other acceptable openings.
    #[serde(default)]
    pub action_text_alternatives: Vec<String>,
    /// Owners as printed.
    #[serde(default)]
    pub lead: Option<Vec<String>>,
    /// The deadline cell as printed.
    pub deadline_raw: Option<String>,
    /// The normalised deadline, or null where not judged.
    pub deadline: Option<GoldDeadline>,
    /// Stated status, where judged.
    pub status: Option<String>,
    /// RAG, where judged.
    pub rag: Option<String>,
    /// True where readers could disagree: neither required nor spurious.
    #[serde(default)]
    pub optional: bool,
}

/// A gold deadline.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDeadline {
    /// The kind.
    pub kind: String,
    /// Start date, ISO.
    pub start: Option<String>,
    /// End date, ISO.
    pub end: Option<String>,
}

/// Right and judged counts of one field.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FieldScore {
    /// Judged and right.
    pub right: usize,
    /// Judged.
    pub judged: usize,
}

impl FieldScore {
    /// right / judged, None where nothing was judged.
    pub fn accuracy(&self) -> Option<f64> {
        (self.judged > 0).then(|| self.right as f64 / self.judged as f64)
    }
}

/// One field judged wrong.
#[derive(Debug, Clone)]
pub struct Miss {
    /// The field.
    pub field: &'static str,
    /// The gold action's opening.
    pub gold_action: String,
    /// What gold says.
    pub want: String,
    /// What the extraction says.
    pub got: String,
}

/// The figures for one document.
#[derive(Debug, Clone)]
pub struct Score {
    /// The gold's document name.
    pub document: Option<String>,
    /// Required gold records.
    pub gold: usize,
    /// Records extracted.
    pub extracted: usize,
    /// Required gold records matched.
    pub matched: usize,
    /// Extracted records matching no gold record.
    pub spurious: usize,
    /// tp / (tp + spurious).
    pub precision: f64,
    /// matched / gold.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
    /// Per-field counts, by score.py's field names.
    pub fields: BTreeMap<&'static str, FieldScore>,
    /// Fields judged wrong.
    pub misses: Vec<Miss>,
    /// Openings of required gold records not found.
    pub missed: Vec<String>,
    /// Openings of spurious records.
    pub spurious_samples: Vec<String>,
}

/// The fields judged, in score.py's order.
pub const FIELDS: [&str; 8] = [
    "rec_id",
    "action_id",
    "lead",
    "lead_split",
    "deadline_kind",
    "deadline_dates",
    "status",
    "rag",
];

impl Score {
    /// One line of figures in score.py's format.
    pub fn summary_line(&self) -> String {
        let fields: Vec<String> = FIELDS
            .iter()
            .filter_map(|f| self.fields[f].accuracy().map(|a| format!("{f}={a:.2}")))
            .collect();
        format!(
            "{}: P={:.2} R={:.2} F1={:.2} gold={} got={} spurious={} {}",
            self.document.as_deref().unwrap_or("None"),
            self.precision,
            self.recall,
            self.f1,
            self.gold,
            self.extracted,
            self.spurious,
            fields.join(" ")
        )
    }
}

/// Loads a gold file.
pub fn load_gold(path: &Path) -> Result<Gold, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.display().to_string(),
        source,
    })?;
    serde_json::from_str(&text).map_err(|e| EvalError::Parse {
        path: path.display().to_string(),
        message: e.to_string(),
    })
}

/// Loads JSON Lines records as JSON values: the evaluator judges what was
/// written, not what the library meant to write.
pub fn load_records_jsonl(path: &Path) -> Result<Vec<Value>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.display().to_string(),
        source,
    })?;
    parse_records(&text, path)
}

/// Parses records as `extract` writes them, JSON Lines or a JSON array
/// (`-f json`); `path` names them in errors.
pub fn parse_records(text: &str, path: &Path) -> Result<Vec<Value>, EvalError> {
    if text.trim_start().starts_with('[') {
        return serde_json::from_str(text).map_err(|e| EvalError::Parse {
            path: path.display().to_string(),
            message: format!("not a JSON array of records: {e}"),
        });
    }
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| EvalError::Parse {
                path: path.display().to_string(),
                message: format!("line {}: {e}", i + 1),
            })
        })
        .collect()
}

/// The records of the gold's document, grouped by `document.path` in the
/// order first met: with `document`, those whose path ends with it; else
/// those whose path has a folder or file name equal to the gold's
/// `document` or its file's folder (`fixtures/harrow-2023/source.html` for
/// `harrow-2023`), else those of the gold's council, else all of them. A
/// file holding many documents is so scored one document at a time, never
/// as one document with hundreds of spurious records.
pub fn select_documents(
    gold: &Gold,
    gold_path: &Path,
    recs: Vec<Value>,
    document: Option<&str>,
) -> Vec<(String, Vec<Value>)> {
    let doc_path = |r: &Value| get_str(r, &["document", "path"]).unwrap_or_default();
    let names: Vec<String> = gold
        .document
        .iter()
        .cloned()
        .chain(
            gold_path
                .parent()
                .and_then(|p| p.file_name())
                .map(|n| n.to_string_lossy().into_owned()),
        )
        .filter(|n| !n.is_empty())
        .collect();
    let in_named_folder = |r: &Value| {
        Path::new(&doc_path(r))
            .iter()
            .any(|c| names.iter().any(|n| c == n.as_str()))
    };
    let of_council = |r: &Value| {
        gold.council
            .as_deref()
            .is_some_and(|c| get_str(r, &["document", "council"]).is_some_and(|rc| rc.eq_ignore_ascii_case(c)))
    };
    let chosen: Vec<Value> = match document {
        Some(d) => recs.into_iter().filter(|r| doc_path(r).ends_with(d)).collect(),
        None if recs.iter().any(in_named_folder) => recs.into_iter().filter(in_named_folder).collect(),
        None if recs.iter().any(of_council) => recs.into_iter().filter(of_council).collect(),
        None => recs,
    };
    let mut groups: Vec<(String, Vec<Value>)> = Vec::new();
    for r in chosen {
        let p = doc_path(&r);
        match groups.iter_mut().find(|(g, _)| *g == p) {
            Some((_, v)) => v.push(r),
            None => groups.push((p, vec![r])),
        }
    }
    groups
}

/// Python's `unicodedata.normalize("NFKC", s).casefold()`: compatibility
/// forms folded ("ﬁ" is "fi", "²" is "2"), then case folded ("ß" is "ss").
fn nfkc_casefold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(s.len());
    for c in s.nfkc().flat_map(char::to_lowercase) {
        match c {
            'ß' => out.push_str("ss"),
            'ſ' => out.push('s'),
            other => out.push(other),
        }
    }
    out
}

/// score.py's key: letters and digits only, case folded.
pub fn key(s: &str) -> String {
    nfkc_casefold(s)
        .chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        .collect()
}

/// score.py's `id_key`: an id as printed, without a leading label ("R1",
/// "Rec 1", "Recommendation 1", "Action 6.1" read as "1" / "6.1") or the
/// punctuation around it ("1." and "1)" read as "1").
pub fn id_key(s: Option<&str>) -> Option<String> {
    let folded = nfkc_casefold(s.unwrap_or(""));
    let mut t: &str = folded.trim();
    for label in ["recommendation", "rec", "action", "ref", "no", "r"] {
        if let Some(rest) = t.strip_prefix(label) {
            let rest = rest.strip_prefix('.').unwrap_or(rest).trim_start();
            if rest.starts_with(|c: char| c.is_ascii_digit()) {
                t = rest;
                break;
            }
        }
    }
    let t = t.trim_matches([' ', '.', ':', ')', '(']);
    (!t.is_empty()).then(|| t.to_string())
}

fn get<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(v, |v, p| v.get(p)).filter(|v| !v.is_null())
}

fn get_str(v: &Value, path: &[&str]) -> Option<String> {
    get(v, path).and_then(Value::as_str).map(str::to_string)
}

/// The extracted text starts with the gold opening (a short leading label
/// allowed), or near enough by difflib's ratio.
pub fn matches(gold_key: &str, got_key: &str) -> bool {
    let g: String = gold_key.chars().take(120).collect();
    if let Some(i) = got_key.find(&g) {
        if got_key[..i].chars().count() <= 40 {
            return true;
        }
    }
    if g.chars().count() < 20 {
        return false;
    }
    let head: String = got_key.chars().take(g.chars().count()).collect();
    ratio(&g, &head) >= 0.9
}

/// difflib.SequenceMatcher(None, a, b, autojunk=False).ratio().
pub fn ratio(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    2.0 * matching_chars(&a, &b) as f64 / total as f64
}

/// Sum of difflib's matching blocks: longest match, then recurse each side.
fn matching_chars(a: &[char], b: &[char]) -> usize {
    let mut b2j: std::collections::HashMap<char, Vec<usize>> = std::collections::HashMap::new();
    for (j, c) in b.iter().enumerate() {
        b2j.entry(*c).or_default().push(j);
    }
    let mut total = 0;
    let mut queue = vec![(0, a.len(), 0, b.len())];
    while let Some((alo, ahi, blo, bhi)) = queue.pop() {
        let (i, j, k) = longest_match(a, &b2j, alo, ahi, blo, bhi);
        if k > 0 {
            total += k;
            if alo < i && blo < j {
                queue.push((alo, i, blo, j));
            }
            if i + k < ahi && j + k < bhi {
                queue.push((i + k, ahi, j + k, bhi));
            }
        }
    }
    total
}

/// difflib's find_longest_match without junk: earliest longest block.
fn longest_match(
    a: &[char],
    b2j: &std::collections::HashMap<char, Vec<usize>>,
    alo: usize,
    ahi: usize,
    blo: usize,
    bhi: usize,
) -> (usize, usize, usize) {
    let (mut besti, mut bestj, mut bestsize) = (alo, blo, 0);
    let mut j2len: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for (i, c) in a.iter().enumerate().take(ahi).skip(alo) {
        let mut new: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
        if let Some(js) = b2j.get(c) {
            for &j in js {
                if j < blo {
                    continue;
                }
                if j >= bhi {
                    break;
                }
                let k = j.checked_sub(1).and_then(|p| j2len.get(&p)).copied().unwrap_or(0) + 1;
                new.insert(j, k);
                if k > bestsize {
                    besti = i + 1 - k;
                    bestj = j + 1 - k;
                    bestsize = k;
                }
            }
        }
        j2len = new;
    }
    (besti, bestj, bestsize)
}

/// Scores extracted records against gold, exactly as score.py does.
pub fn score(gold: &Gold, recs: &[Value]) -> Score {
    let grecs = &gold.records;
    let gkeys: Vec<Vec<String>> = grecs
        .iter()
        .map(|r| {
            std::iter::once(&r.action_text)
                .chain(&r.action_text_alternatives)
                .map(|t| key(t))
                .collect()
        })
        .collect();
    let ekeys: Vec<String> = recs
        .iter()
        .map(|r| key(&get_str(r, &["action", "text"]).unwrap_or_default()))
        .collect();
    let mut used = vec![false; recs.len()];
    let mut pairs = Vec::new();
    for (gi, gk) in gkeys.iter().enumerate() {
        for (ei, ek) in ekeys.iter().enumerate() {
            if !used[ei] && gk.iter().any(|k| matches(k, ek)) {
                used[ei] = true;
                pairs.push((gi, ei));
                break;
            }
        }
    }
    let matched_set: std::collections::HashSet<usize> = pairs.iter().map(|p| p.0).collect();
    let required: Vec<usize> = (0..grecs.len()).filter(|&i| !grecs[i].optional).collect();
    let got_req = required.iter().filter(|i| matched_set.contains(i)).count();
    let spurious = used.iter().filter(|u| !**u).count();
    let tp = pairs.len();
    let recall = if required.is_empty() {
        1.0
    } else {
        got_req as f64 / required.len() as f64
    };
    let precision = if tp + spurious > 0 {
        tp as f64 / (tp + spurious) as f64
    } else {
        1.0
    };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    let mut fields: BTreeMap<&'static str, FieldScore> = FIELDS.iter().map(|f| (*f, FieldScore::default())).collect();
    let mut misses = Vec::new();
    let mut judge = |name: &'static str, ok: bool, gi: usize, want: String, got: String| {
        let f = fields.get_mut(name).expect("known field");
        f.judged += 1;
        if ok {
            f.right += 1;
        } else if misses.len() < 400 {
            misses.push(Miss {
                field: name,
                gold_action: grecs[gi].action_text.chars().take(70).collect(),
                want,
                got,
            });
        }
    };
    for &(gi, ei) in &pairs {
        let (g, e) = (&grecs[gi], &recs[ei]);
        if g.optional {
            continue;
        }
        let grid = g.recommendation_id.clone();
        let erid = get_str(e, &["recommendation", "id"]);
        judge(
            "rec_id",
            id_key(grid.as_deref()) == id_key(erid.as_deref()),
            gi,
            format!("{grid:?}"),
            format!("{erid:?}"),
        );
        if let Some(gaid) = g.action_id.as_ref().filter(|s| !s.is_empty()) {
            let eaid = get_str(e, &["action", "id"]);
            judge(
                "action_id",
                id_key(Some(gaid)) == id_key(eaid.as_deref()),
                gi,
                gaid.clone(),
                format!("{eaid:?}"),
            );
        }
        let elead: Vec<String> = get(e, &["lead"])
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .map(|o| match o {
                        Value::Object(_) => get_str(o, &["raw"]).unwrap_or_default(),
                        Value::String(s) => s.clone(),
                        _ => String::new(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let glead = g.lead.clone().unwrap_or_default();
        judge(
            "lead",
            key(&glead.join(" ")) == key(&elead.join(" ")),
            gi,
            format!("{glead:?}"),
            format!("{elead:?}"),
        );
        let split_ok =
            glead.iter().map(|x| key(x)).collect::<Vec<_>>() == elead.iter().map(|x| key(x)).collect::<Vec<_>>();
        judge("lead_split", split_ok, gi, format!("{glead:?}"), format!("{elead:?}"));
        if let Some(gd) = &g.deadline {
            let ek = get_str(e, &["deadline", "kind"]);
            judge(
                "deadline_kind",
                Some(&gd.kind) == ek.as_ref(),
                gi,
                format!("{:?} {}", g.deadline_raw, gd.kind),
                format!("{ek:?}"),
            );
            if gd.start.is_some() || gd.end.is_some() {
                let es = get_str(e, &["deadline", "start"]);
                let ee = get_str(e, &["deadline", "end"]);
                judge(
                    "deadline_dates",
                    (gd.start.clone(), gd.end.clone()) == (es.clone(), ee.clone()),
                    gi,
                    format!("{:?} {:?} {:?}", g.deadline_raw, gd.start, gd.end),
                    format!("{es:?} {ee:?}"),
                );
            }
        }
        if let Some(st) = g.status.as_ref().filter(|s| !s.is_empty()) {
            let es = get_str(e, &["status"]);
            judge("status", Some(st) == es.as_ref(), gi, st.clone(), format!("{es:?}"));
        }
        if let Some(rag) = g.rag.as_ref().filter(|s| !s.is_empty()) {
            let er = get_str(e, &["rag"]);
            judge("rag", Some(rag) == er.as_ref(), gi, rag.clone(), format!("{er:?}"));
        }
    }
    Score {
        document: gold.document.clone(),
        gold: required.len(),
        extracted: recs.len(),
        matched: got_req,
        spurious,
        precision,
        recall,
        f1,
        fields,
        misses,
        missed: required
            .iter()
            .filter(|i| !matched_set.contains(i))
            .map(|&i| grecs[i].action_text.chars().take(80).collect())
            .collect(),
        spurious_samples: used
            .iter()
            .enumerate()
            .filter(|(_, u)| !**u)
            .map(|(i, _)| {
                get_str(&recs[i], &["action", "text"])
                    .unwrap_or_default()
                    .chars()
                    .take(80)
                    .collect()
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_keeps_letters_and_digits() {
        assert_eq!(key("Action 6.1: The Council’s Plan"), "action61thecouncilsplan");
    }

    #[test]
    fn ids_compare_without_their_labels() {
        let cases = [
            (Some("R1"), Some("1")),
            (Some("Rec 1"), Some("1")),
            (Some("Recommendation 1"), Some("1")),
            (Some("Action 6.1"), Some("6.1")),
            (Some("1."), Some("1")),
            (Some("(1)"), Some("1")),
            (Some("9a"), Some("9a")),
            (Some("Ref. 2.3"), Some("2.3")),
            (Some("reca1"), Some("reca1")),
            (Some(""), None),
            (None, None),
        ];
        for (id, want) in cases {
            assert_eq!(id_key(id).as_deref(), want, "{id:?}");
        }
        assert_eq!(key("Cabinet²"), "cabinet2");
        assert_eq!(key("Straße ﬁnance"), "strassefinance");
    }

    #[test]
    fn ratio_matches_difflib() {
        // difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
        assert!((ratio("abcd", "bcde") - 0.75).abs() < 1e-9);
        assert!((ratio("thecouncilwill", "thecounciwill") - 0.962962962962963).abs() < 1e-9);
        assert_eq!(ratio("", ""), 1.0);
    }

    #[test]
    fn matches_allows_a_short_label_and_near_misses() {
        assert!(matches("thecouncilwillreview", "action61thecouncilwillreviewit"));
        assert!(!matches("thecouncilwillreview", "somethingelseentirely"));
        assert!(matches("thecouncilwillreviewitsplan", "thecouncilwilreviewitsplanx"));
    }
}
