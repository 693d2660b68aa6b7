//! `refresh --dry-run`: what a refresh would fetch, without fetching it.
//!
//! Every source of the sources file (or of one shard) is listed: a
//! document's URL as it stands, and a page's matching links, found by
//! fetching the page (the only requests made; politely, as a refresh
//! makes them) and reading its links as a refresh does ([`page_links`]).
//! Nothing is extracted and the store is not opened, so a dry run can
//! check a new sources file before any store exists.

use url::Url;

use crate::extract::ExtractOptions;
use crate::fetch::{Fetched, Fetcher};
use crate::refresh::{page_links, select_shard, RefreshOptions};
use crate::sources::{SourceKind, SourcesFile};

/// One URL a refresh would fetch, or a page that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Planned {
    /// The council.
    pub council: String,
    /// `document` (extracted) or `page` (its links followed).
    pub kind: &'static str,
    /// The URL.
    pub url: String,
    /// For a document found on a page: the page.
    pub page: Option<String>,
    /// For a page: why it could not be read or held no matching link.
    pub error: Option<String>,
}

/// Lists what a refresh with these options would fetch, in sources-file
/// order, a page before the documents linked from it.
pub fn dry_run(file: &SourcesFile, fetcher: &Fetcher, opts: &RefreshOptions) -> Vec<Planned> {
    let mut out = Vec::new();
    for source in select_shard(&file.sources, opts.shard) {
        let url = source.location().to_string();
        let planned = |kind, url: &str, page: Option<&str>, error: Option<String>| Planned {
            council: source.council.clone(),
            kind,
            url: url.to_string(),
            page: page.map(str::to_string),
            error,
        };
        if source.kind() == SourceKind::Document {
            out.push(planned("document", &url, None, None));
            continue;
        }
        let extract = ExtractOptions {
            council: Some(source.council.clone()),
            ..opts.extract.clone()
        };
        let links = match fetcher.get(&url, None) {
            Ok(Fetched::Body(d)) => {
                let base = Url::parse(&d.final_url).or_else(|_| Url::parse(&url));
                match base {
                    Ok(base) => page_links(&d.bytes, &base, file, source, &extract).map_err(|e| e.to_string()),
                    Err(e) => Err(format!("{url}: {e}")),
                }
            }
            Ok(Fetched::NotModified) => Err(format!("{url}: 304 Not Modified to a plain request")),
            Err(e) => Err(e.to_string()),
        };
        match links {
            Ok(links) if links.is_empty() => {
                let patterns = file.patterns_for(source).join("\", \"");
                out.push(planned(
                    "page",
                    &url,
                    None,
                    Some(format!("{url}: no link matches \"{patterns}\"")),
                ));
            }
            Ok(links) => {
                out.push(planned("page", &url, None, None));
                out.extend(links.iter().map(|l| planned("document", l, Some(&url), None)));
            }
            Err(e) => out.push(planned("page", &url, None, Some(e))),
        }
    }
    out
}
