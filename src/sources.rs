//! The sources file: which councils to follow and where their plans live.
//!
//! A TOML file of `[[source]]` tables, each naming a council and either a
//! document `url` (fetched as is) or a web `page` whose links to action plans
//! are discovered on every refresh, so a council that publishes a new
//! progress update on the same page is picked up without editing the file:
//!
//! ```toml
//! link_patterns = ["action plan", "peer challenge"]   # optional; these replace the defaults
//!
//! [[source]]
//! council = "Harrow"
//! url = "https://example.gov.uk/documents/peer-review-response.pdf"
//!
//! [[source]]
//! council = "Haringey"
//! page = "https://example.gov.uk/peer-challenge"
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;
use sha2::{Digest, Sha256};
use url::Url;

/// Link text or file-name fragments that mark a link as an action plan when
/// the sources file sets no `link_patterns`: the names councils give these
/// documents on their web pages.
pub const DEFAULT_LINK_PATTERNS: &[&str] = &[
    "action plan",
    "peer challenge",
    "peer review",
    "progress update",
    "progress report",
    "improvement plan",
];

/// File endings of linked documents worth following from a page (PDF, Word,
/// HTML, spreadsheets, and the text forms the extractor reads); a link with no ending is
/// taken as an HTML page.
const DOCUMENT_EXTENSIONS: &[&str] = &[
    "pdf", "docx", "doc", "html", "htm", "xhtml", "txt", "md", "xlsx", "xlsm", "xls", "ods", "csv",
];

/// A parsed sources file.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    /// Patterns that mark a link on a `page` as an action plan; `None` means
    /// [`DEFAULT_LINK_PATTERNS`].
    #[serde(default)]
    pub link_patterns: Option<Vec<String>>,
    /// Fetch from loopback, private and link-local addresses (an intranet,
    /// a test server). Off unless the file says so: a page on the web must
    /// not lead the tool into the network it runs in.
    #[serde(default)]
    pub allow_private: bool,
    /// Most links followed from one page; None means [`DEFAULT_MAX_LINKS`].
    #[serde(default)]
    pub max_links: Option<usize>,
    /// The councils' sources, in file order.
    #[serde(default, rename = "source")]
    pub sources: Vec<Source>,
}

/// Links followed from one page when the sources file sets no `max_links`:
/// a council's page lists a handful of plans; a page listing thousands
/// would cost hours of polite requests.
pub const DEFAULT_MAX_LINKS: usize = 50;

/// Longest link discovery may take on one page: it is linear in the page,
/// so only a page far larger than any real one comes near.
pub const LINK_DISCOVERY_TIME: std::time::Duration = std::time::Duration::from_secs(20);

/// One council's source: a document or a page of links to documents.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The council, recorded in every record from this source.
    pub council: String,
    /// A document to fetch and extract.
    #[serde(default)]
    pub url: Option<String>,
    /// A web page whose matching links are fetched and extracted.
    #[serde(default)]
    pub page: Option<String>,
    /// Patterns for this source's page only, overriding the file's.
    #[serde(default)]
    pub link_patterns: Option<Vec<String>>,
    /// The plan this source's documents belong to: the sources of one
    /// council with the same `plan` (a plan and its updates, each at its
    /// own `url`, or a `page` listing them) are one plan, whose actions are
    /// followed from document to document (see [`crate::link`]).
    #[serde(default)]
    pub plan: Option<String>,
}

/// What a source points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// A document (`url = ...`).
    Document,
    /// A page of links (`page = ...`).
    Page,
}

impl SourceKind {
    /// The name stored in the database: "document" or "page".
    pub fn name(self) -> &'static str {
        match self {
            SourceKind::Document => "document",
            SourceKind::Page => "page",
        }
    }
}

impl Source {
    /// The URL this source names (its `url` or its `page`).
    pub fn location(&self) -> &str {
        self.url.as_deref().or(self.page.as_deref()).unwrap_or("")
    }

    /// The plan whose actions this source's documents continue: its
    /// `plan`, trimmed; none (each document identified by its URL) where
    /// it names none or an empty one.
    pub fn plan_name(&self) -> Option<String> {
        self.plan
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
    }

    /// Whether it is a document or a page of links.
    pub fn kind(&self) -> SourceKind {
        if self.url.is_some() {
            SourceKind::Document
        } else {
            SourceKind::Page
        }
    }

    /// A stable number for sharding: the same for the same council and URL
    /// on every machine and every run, whatever the file's order. The
    /// sources of one plan share the plan's number, so a plan and its
    /// updates land in one share (and one store).
    pub fn shard_key(&self) -> u64 {
        let place = match self.plan_name() {
            Some(plan) => format!("plan:{plan}"),
            None => self.location().trim().to_string(),
        };
        let digest = Sha256::digest(format!("{}\n{}", self.council.trim(), place).as_bytes());
        u64::from_be_bytes(digest[..8].try_into().expect("8 bytes"))
    }
}

impl SourcesFile {
    /// Most links followed from one page.
    pub fn max_links(&self) -> usize {
        self.max_links.unwrap_or(DEFAULT_MAX_LINKS)
    }

    /// The link patterns in force for a source: its own, else the file's,
    /// else the defaults.
    pub fn patterns_for(&self, source: &Source) -> Vec<String> {
        source
            .link_patterns
            .clone()
            .or_else(|| self.link_patterns.clone())
            .unwrap_or_else(|| DEFAULT_LINK_PATTERNS.iter().map(|s| s.to_string()).collect())
    }
}

/// Why a sources file could not be used. Each names the file or the entry.
#[derive(Debug, thiserror::Error)]
pub enum SourcesError {
    /// The file could not be read.
    #[error("{path}: cannot read: {}", crate::escape::io_error(source))]
    Io {
        /// The sources file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is not valid TOML of the expected shape.
    #[error("{path}: {message}")]
    Syntax {
        /// The sources file.
        path: PathBuf,
        /// The TOML parser's message (with line and column).
        message: String,
    },
    /// An entry is well formed TOML but not a usable source.
    #[error("{path}: source {index} ({council}): {reason}")]
    Invalid {
        /// The sources file.
        path: PathBuf,
        /// 1-based position of the `[[source]]` entry.
        index: usize,
        /// The council it names.
        council: String,
        /// What is wrong.
        reason: String,
    },
}

/// Reads and checks a sources file.
pub fn load_sources(path: &Path) -> Result<SourcesFile, SourcesError> {
    let text = std::fs::read_to_string(path).map_err(|source| SourcesError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_sources(&text, path)
}

/// Parses and checks sources-file text; `path` names it in errors.
pub fn parse_sources(text: &str, path: &Path) -> Result<SourcesFile, SourcesError> {
    let file: SourcesFile = toml::from_str(text).map_err(|e| SourcesError::Syntax {
        path: path.to_path_buf(),
        message: e.to_string().trim_end().to_string(),
    })?;
    for (i, s) in file.sources.iter().enumerate() {
        let invalid = |reason: String| SourcesError::Invalid {
            path: path.to_path_buf(),
            index: i + 1,
            council: s.council.clone(),
            reason,
        };
        if s.council.trim().is_empty() {
            return Err(invalid("council is empty".into()));
        }
        let location = match (&s.url, &s.page) {
            (Some(u), None) => u,
            (None, Some(p)) => p,
            (Some(_), Some(_)) => return Err(invalid("give either url or page, not both".into())),
            (None, None) => return Err(invalid("needs a url (a document) or a page (a page of links)".into())),
        };
        check_http_url(location).map_err(invalid)?;
    }
    Ok(file)
}

/// Accepts absolute http and https URLs only; the reason otherwise.
pub fn check_http_url(text: &str) -> Result<Url, String> {
    let url = Url::parse(text.trim()).map_err(|e| format!("{text:?} is not a URL: {e}"))?;
    match url.scheme() {
        "http" | "https" if url.host_str().is_some() => Ok(url),
        "http" | "https" => Err(format!("{text:?} has no host")),
        other => Err(format!(
            "{text:?}: the {other}: scheme is not supported (only http and https)"
        )),
    }
}

/// Finds the links on a page that lead to action plans: anchors whose text or
/// file name contains one of `patterns` (case-insensitive; hyphens,
/// underscores and `%20` in file names read as spaces), pointing at a PDF,
/// Word, HTML or text document over http(s). Resolved against `base`,
/// without fragments, each once, in page order; at most
/// [`DEFAULT_MAX_LINKS`], within [`LINK_DISCOVERY_TIME`].
pub fn discover_links(html: &str, base: &Url, patterns: &[String]) -> Vec<Url> {
    discover_links_within(html, base, patterns, DEFAULT_MAX_LINKS, LINK_DISCOVERY_TIME)
}

/// [`discover_links`] with its limits: at most `max_links` links, and no
/// more of the page read once `time` has passed (both are logged).
///
/// The page is tokenized, not built into a tree: the tree builder's time
/// grows with the square of the nesting depth (a 180,000-deep `<div>` page
/// took minutes), the tokenizer's with the page's length only.
pub fn discover_links_within(
    html: &str,
    base: &Url,
    patterns: &[String],
    max_links: usize,
    time: std::time::Duration,
) -> Vec<Url> {
    let patterns: Vec<String> = patterns.iter().map(|p| fold(p)).filter(|p| !p.is_empty()).collect();
    let mut found: Vec<Url> = Vec::new();
    for anchor in anchors(html, time) {
        let Ok(mut url) = base.join(anchor.href.trim()) else {
            continue;
        };
        if !matches!(url.scheme(), "http" | "https") {
            continue;
        }
        url.set_fragment(None);
        let file_name = url
            .path_segments()
            .and_then(|mut s| s.next_back())
            .unwrap_or("")
            .to_string();
        let ext = file_name
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        if !ext.is_empty() && !DOCUMENT_EXTENSIONS.contains(&ext.as_str()) {
            continue;
        }
        let text = fold(&anchor.text);
        let title = fold(&anchor.title);
        let name = fold(&file_name.replace("%20", " "));
        let hit = patterns
            .iter()
            .any(|p| text.contains(p.as_str()) || name.contains(p.as_str()) || title.contains(p.as_str()));
        if hit && &url != base && !found.contains(&url) {
            if found.len() >= max_links {
                tracing::warn!("{base}: more than {max_links} matching links; the rest are not followed (raise max_links in the sources file)");
                break;
            }
            found.push(url);
        }
    }
    found
}

/// One `<a href>` of a page: its target, title and text.
#[derive(Debug, Default)]
struct Anchor {
    href: String,
    title: String,
    text: String,
}

/// Most characters of an anchor's text kept (enough for any pattern).
const MAX_ANCHOR_TEXT: usize = 2048;

/// Collects anchors from the tokenizer's tokens; raw-text elements
/// (script, style, textarea, title) switch the tokenizer as a browser's
/// tree builder would, so markup inside them is not taken for links.
#[derive(Default)]
struct AnchorSink {
    open: std::cell::RefCell<Option<Anchor>>,
    done: std::cell::RefCell<Vec<Anchor>>,
}

impl html5ever::tokenizer::TokenSink for AnchorSink {
    type Handle = ();

    fn process_token(
        &self,
        token: html5ever::tokenizer::Token,
        _line: u64,
    ) -> html5ever::tokenizer::TokenSinkResult<()> {
        use html5ever::tokenizer::states::RawKind;
        use html5ever::tokenizer::{TagKind, Token, TokenSinkResult};
        match token {
            Token::TagToken(tag) => {
                let name: &str = &tag.name;
                if name == "a" {
                    if let Some(a) = self.open.borrow_mut().take() {
                        self.done.borrow_mut().push(a);
                    }
                    if tag.kind == TagKind::StartTag {
                        let attr = |n: &str| {
                            tag.attrs
                                .iter()
                                .find(|a| &*a.name.local == n)
                                .map(|a| a.value.to_string())
                        };
                        if let Some(href) = attr("href") {
                            *self.open.borrow_mut() = Some(Anchor {
                                href,
                                title: attr("title").unwrap_or_default(),
                                text: String::new(),
                            });
                        }
                    }
                } else if tag.kind == TagKind::StartTag {
                    match name {
                        "script" => return TokenSinkResult::RawData(RawKind::ScriptData),
                        "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
                            return TokenSinkResult::RawData(RawKind::Rawtext)
                        }
                        "textarea" | "title" => return TokenSinkResult::RawData(RawKind::Rcdata),
                        "plaintext" => return TokenSinkResult::Plaintext,
                        _ => {}
                    }
                }
            }
            Token::CharacterTokens(t) => {
                if let Some(a) = self.open.borrow_mut().as_mut() {
                    if a.text.len() < MAX_ANCHOR_TEXT {
                        a.text.push_str(&t);
                    }
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// The anchors of a page in order, read within `time`.
fn anchors(html: &str, time: std::time::Duration) -> Vec<Anchor> {
    use html5ever::tendril::StrTendril;
    use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
    const CHUNK: usize = 64 * 1024;
    let started = std::time::Instant::now();
    let tokenizer = Tokenizer::new(AnchorSink::default(), TokenizerOpts::default());
    let queue = BufferQueue::default();
    let mut rest = html;
    while !rest.is_empty() {
        if started.elapsed() > time {
            tracing::warn!(
                "link discovery gave up after {} s; links after that point are not followed",
                time.as_secs()
            );
            break;
        }
        let mut cut = rest.len().min(CHUNK);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        queue.push_back(StrTendril::from_slice(&rest[..cut]));
        let _ = tokenizer.feed(&queue);
        rest = &rest[cut..];
    }
    tokenizer.end();
    let sink = tokenizer.sink;
    let mut done = sink.done.into_inner();
    done.extend(sink.open.into_inner());
    done
}

/// Lower case, hyphens and underscores as spaces, white space collapsed.
fn fold(s: &str) -> String {
    s.to_lowercase()
        .replace(['-', '_', '+'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Which share of the sources one worker takes: `K/N` is the K-th of N
/// (1-based), chosen by [`Source::shard_key`] so N workers given 1/N..N/N
/// take every source exactly once, with no coordination between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// This worker's share, 1..=total.
    pub index: u64,
    /// How many shares there are.
    pub total: u64,
}

impl Shard {
    /// Whether a source falls in this share.
    pub fn contains(&self, source: &Source) -> bool {
        source.shard_key() % self.total == self.index - 1
    }
}

impl std::str::FromStr for Shard {
    type Err = String;

    /// Parses "K/N" with 1 <= K <= N.
    fn from_str(s: &str) -> Result<Shard, String> {
        let (k, n) = s
            .split_once('/')
            .ok_or_else(|| format!("{s:?}: expected K/N, e.g. 2/4 for the second of four shares"))?;
        let index: u64 = k.trim().parse().map_err(|_| format!("{s:?}: K is not a number"))?;
        let total: u64 = n.trim().parse().map_err(|_| format!("{s:?}: N is not a number"))?;
        if total == 0 || index == 0 || index > total {
            return Err(format!("{s:?}: need 1 <= K <= N (shares are numbered from 1)"));
        }
        Ok(Shard { index, total })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<SourcesFile, SourcesError> {
        parse_sources(text, Path::new("sources.toml"))
    }

    #[test]
    fn parses_the_documented_form() {
        let f = parse(
            r#"
            [[source]]
            council = "Harrow"
            url = "https://example.gov.uk/documents/peer-review-response.pdf"

            [[source]]
            council = "Haringey"
            page = "https://example.gov.uk/peer-challenge"   # links found here are followed
            "#,
        )
        .unwrap();
        assert_eq!(f.sources.len(), 2);
        assert_eq!(f.sources[0].kind(), SourceKind::Document);
        assert_eq!(f.sources[1].kind(), SourceKind::Page);
        assert_eq!(f.sources[1].location(), "https://example.gov.uk/peer-challenge");
        assert_eq!(f.patterns_for(&f.sources[0]).len(), DEFAULT_LINK_PATTERNS.len());
    }

    #[test]
    fn link_patterns_override_the_defaults() {
        let f = parse(
            r#"
            link_patterns = ["delivery plan"]
            [[source]]
            council = "A"
            page = "https://a.gov.uk/"
            [[source]]
            council = "B"
            page = "https://b.gov.uk/"
            link_patterns = ["response"]
            "#,
        )
        .unwrap();
        assert_eq!(f.patterns_for(&f.sources[0]), vec!["delivery plan".to_string()]);
        assert_eq!(f.patterns_for(&f.sources[1]), vec!["response".to_string()]);
    }

    #[test]
    fn rejects_bad_entries_with_a_reason() {
        let both = parse("[[source]]\ncouncil='A'\nurl='https://a/x.pdf'\npage='https://a/'\n").unwrap_err();
        assert!(both.to_string().contains("not both"), "{both}");
        let none = parse("[[source]]\ncouncil='A'\n").unwrap_err();
        assert!(none.to_string().contains("needs a url"), "{none}");
        let ftp = parse("[[source]]\ncouncil='A'\nurl='ftp://a.gov.uk/x.pdf'\n").unwrap_err();
        assert!(ftp.to_string().contains("only http and https"), "{ftp}");
        let typo = parse("[[source]]\ncouncil='A'\nulr='https://a/x.pdf'\n").unwrap_err();
        assert!(typo.to_string().contains("ulr"), "{typo}");
        let syntax = parse("[[source]\n").unwrap_err();
        assert!(matches!(syntax, SourcesError::Syntax { .. }));
    }

    #[test]
    fn a_plan_name_groups_sources_and_their_shard() {
        let f = parse(
            "[[source]]\ncouncil = \"G\"\nplan = \" CPC \"\nurl = \"https://g.gov.uk/a.pdf\"\n\
             [[source]]\ncouncil = \"G\"\nplan = \"CPC\"\nurl = \"https://g.gov.uk/b.pdf\"\n\
             [[source]]\ncouncil = \"G\"\nplan = \"  \"\nurl = \"https://g.gov.uk/c.pdf\"\n",
        )
        .unwrap();
        let s = &f.sources;
        assert_eq!(s[0].plan_name().as_deref(), Some("CPC"));
        assert_eq!(s[0].shard_key(), s[1].shard_key(), "one plan, one share");
        assert_eq!(s[2].plan_name(), None, "an empty name is no plan");
    }

    #[test]
    fn discovers_matching_document_links_only() {
        let html = r#"<html><body>
            <a href="/docs/Peer-Challenge-Action-Plan.pdf">Download (PDF, 300KB)</a>
            <a href="progress_update_2024.docx">Latest</a>
            <a href="https://other.gov.uk/plans/response">Our action plan response</a>
            <a href="/docs/Peer-Challenge-Action-Plan.pdf#page=2">Action plan again</a>
            <a href="/contact">Contact us</a>
            <a href="/docs/action-plan-data.xlsx">Action plan data</a>
            <a href="mailto:x@a.gov.uk">Email the action plan team</a>
            <a href="/a.pdf" title="Peer review report">Report</a>
        </body></html>"#;
        let base = Url::parse("https://a.gov.uk/council/peer/").unwrap();
        let pats: Vec<String> = DEFAULT_LINK_PATTERNS.iter().map(|s| s.to_string()).collect();
        let found: Vec<String> = discover_links(html, &base, &pats)
            .iter()
            .map(|u| u.to_string())
            .collect();
        assert_eq!(
            found,
            vec![
                "https://a.gov.uk/docs/Peer-Challenge-Action-Plan.pdf",
                "https://a.gov.uk/council/peer/progress_update_2024.docx",
                "https://other.gov.uk/plans/response",
                // A tracker workbook is a document the extractor reads.
                "https://a.gov.uk/docs/action-plan-data.xlsx",
                "https://a.gov.uk/a.pdf",
            ]
        );
    }

    #[test]
    fn shard_parsing_and_cover() {
        assert_eq!("2/4".parse::<Shard>(), Ok(Shard { index: 2, total: 4 }));
        assert!("0/4".parse::<Shard>().is_err());
        assert!("5/4".parse::<Shard>().is_err());
        assert!("x".parse::<Shard>().is_err());
        let sources: Vec<Source> = (0..50)
            .map(|i| Source {
                council: format!("C{i}"),
                url: Some(format!("https://c{i}.gov.uk/plan.pdf")),
                page: None,
                link_patterns: None,
                plan: None,
            })
            .collect();
        for s in &sources {
            let owners = (1..=3).filter(|k| Shard { index: *k, total: 3 }.contains(s)).count();
            assert_eq!(owners, 1);
        }
    }
}
