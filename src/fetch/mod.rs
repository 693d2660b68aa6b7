//! Polite HTTP fetching: conditional GETs, retries, per-host delay, robots.txt.
//!
//! Councils' web servers are small and shared; a dataset refreshed nightly
//! must not hammer them. The [`Fetcher`] asks for a document only if it
//! changed (`If-None-Match` / `If-Modified-Since` from the last fetch's
//! validators), waits between requests to one host, honours robots.txt,
//! names itself in the user agent, caps sizes and times, and retries only
//! what is worth retrying (5xx, 429, connection failures) with backoff.

pub mod robots;

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ureq::ResponseExt as _;
use url::Url;

pub use robots::Robots;

/// The user-agent token robots.txt groups are matched against.
pub const ROBOTS_TOKEN: &str = "actionplan";

/// The default user agent: the tool and its version, so a council's web
/// team can see who is fetching and why.
pub fn default_user_agent() -> String {
    format!(
        "actionplan/{} (council action plan dataset; +https://crates.io/crates/actionplan)",
        env!("CARGO_PKG_VERSION")
    )
}

/// How to fetch. The defaults suit real council sites; tests shrink the
/// delays to zero.
#[derive(Debug, Clone)]
pub struct FetchConfig {
    /// The whole of one request, connect to last byte.
    pub timeout: Duration,
    /// Extra attempts after a 5xx, 429, timeout or connection failure.
    pub retries: u32,
    /// Wait before the first retry; doubled for each one after.
    pub backoff: Duration,
    /// Least time between two requests to one host.
    pub host_delay: Duration,
    /// Largest body accepted, in bytes.
    pub max_bytes: u64,
    /// The User-Agent header sent.
    pub user_agent: String,
    /// Fetch /robots.txt once per host and skip what it disallows.
    pub robots: bool,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            timeout: Duration::from_secs(30),
            retries: 2,
            backoff: Duration::from_secs(1),
            host_delay: Duration::from_secs(1),
            max_bytes: 50 * 1024 * 1024,
            user_agent: default_user_agent(),
            robots: true,
        }
    }
}

/// A previous fetch's cache validators, sent back to ask "has it changed?".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// The `ETag` the server gave.
    pub etag: Option<String>,
    /// The `Last-Modified` the server gave, verbatim.
    pub last_modified: Option<String>,
}

impl Validators {
    /// Whether there is anything to send.
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }
}

/// What a fetch got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// 304: the copy we have is current; nothing was downloaded.
    NotModified,
    /// The document's bytes.
    Body(Download),
}

/// A downloaded document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Download {
    /// The bytes, at most `max_bytes`.
    pub bytes: Vec<u8>,
    /// The URL after redirects.
    pub final_url: String,
    /// The validators to send next time.
    pub validators: Validators,
    /// The Content-Type header, if any.
    pub content_type: Option<String>,
}

/// Why a URL could not be fetched. Each names the URL.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// Not an http(s) URL.
    #[error("{url}: {reason}")]
    BadUrl {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// robots.txt asks tools like this one not to fetch it.
    #[error("{url}: disallowed by robots.txt")]
    Robots {
        /// The URL.
        url: String,
    },
    /// The server answered with an error status (after any retries).
    #[error("{url}: HTTP {status}{}", retry_note(*.attempts))]
    Status {
        /// The URL.
        url: String,
        /// The status code.
        status: u16,
        /// Attempts made.
        attempts: u32,
    },
    /// The body was larger than the limit.
    #[error("{url}: larger than the {limit}-byte limit")]
    TooLarge {
        /// The URL.
        url: String,
        /// The limit in force.
        limit: u64,
    },
    /// Connecting, sending or receiving failed (after any retries).
    #[error("{url}: {message}{}", retry_note(*.attempts))]
    Transport {
        /// The URL.
        url: String,
        /// ureq's reason.
        message: String,
        /// Attempts made.
        attempts: u32,
    },
}

fn retry_note(attempts: u32) -> String {
    if attempts > 1 {
        format!(" (after {attempts} attempts)")
    } else {
        String::new()
    }
}

impl FetchError {
    /// The URL that failed.
    pub fn url(&self) -> &str {
        match self {
            FetchError::BadUrl { url, .. }
            | FetchError::Robots { url }
            | FetchError::Status { url, .. }
            | FetchError::TooLarge { url, .. }
            | FetchError::Transport { url, .. } => url,
        }
    }
}

/// The HTTP client: one per run, shared by threads (it is `Sync`).
pub struct Fetcher {
    agent: ureq::Agent,
    config: FetchConfig,
    /// Rules per origin ("https://host:port"), fetched once.
    robots: Mutex<HashMap<String, Robots>>,
    /// When each host may next be asked.
    next_slot: Mutex<HashMap<String, Instant>>,
}

impl std::fmt::Debug for Fetcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fetcher").field("config", &self.config).finish()
    }
}

/// One attempt's outcome, before the retry policy.
enum Attempt {
    Done(Fetched),
    Retry(FetchError),
    Fail(FetchError),
}

impl Fetcher {
    /// A client with these settings.
    pub fn new(config: FetchConfig) -> Fetcher {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(config.timeout))
            .http_status_as_error(false)
            .user_agent(config.user_agent.as_str())
            .max_redirects(5)
            .build()
            .into();
        Fetcher {
            agent,
            config,
            robots: Mutex::new(HashMap::new()),
            next_slot: Mutex::new(HashMap::new()),
        }
    }

    /// The settings in force.
    pub fn config(&self) -> &FetchConfig {
        &self.config
    }

    /// Fetches a URL, conditionally when `validators` are given: a 304
    /// answer is [`Fetched::NotModified`] and costs no download.
    pub fn get(&self, url: &str, validators: Option<&Validators>) -> Result<Fetched, FetchError> {
        let parsed = crate::sources::check_http_url(url).map_err(|reason| FetchError::BadUrl {
            url: url.to_string(),
            reason,
        })?;
        if self.config.robots && !self.robots_for(&parsed).allowed(&path_and_query(&parsed)) {
            return Err(FetchError::Robots { url: url.to_string() });
        }
        self.get_with_retries(&parsed, validators)
    }

    fn get_with_retries(&self, url: &Url, validators: Option<&Validators>) -> Result<Fetched, FetchError> {
        let mut wait = self.config.backoff;
        let mut attempts = 0;
        loop {
            attempts += 1;
            match self.attempt(url, validators, attempts) {
                Attempt::Done(f) => return Ok(f),
                Attempt::Fail(e) => return Err(e),
                Attempt::Retry(e) if attempts > self.config.retries => return Err(e),
                Attempt::Retry(e) => {
                    tracing::info!("{e}; retrying in {wait:?}");
                    std::thread::sleep(wait);
                    wait = wait.saturating_mul(2);
                }
            }
        }
    }

    fn attempt(&self, url: &Url, validators: Option<&Validators>, attempts: u32) -> Attempt {
        self.wait_for_host(url);
        let mut req = self.agent.get(url.as_str());
        if let Some(v) = validators {
            if let Some(etag) = &v.etag {
                req = req.header("If-None-Match", etag.as_str());
            }
            if let Some(lm) = &v.last_modified {
                req = req.header("If-Modified-Since", lm.as_str());
            }
        }
        let timeout = self.config.timeout;
        let transport = |e: ureq::Error| FetchError::Transport {
            url: url.to_string(),
            message: match e {
                ureq::Error::Timeout(_) => format!("timed out after {timeout:?}"),
                ureq::Error::HostNotFound => "host not found".to_string(),
                ureq::Error::Io(io) => format!("connection failed: {io}"),
                e => e.to_string(),
            },
            attempts,
        };
        let resp = match req.call() {
            Ok(r) => r,
            Err(e @ ureq::Error::BadUri(_)) | Err(e @ ureq::Error::TooManyRedirects) => {
                return Attempt::Fail(transport(e))
            }
            Err(e) => return Attempt::Retry(transport(e)),
        };
        let status = resp.status().as_u16();
        if status == 304 {
            return Attempt::Done(Fetched::NotModified);
        }
        if !(200..300).contains(&status) {
            let err = FetchError::Status {
                url: url.to_string(),
                status,
                attempts,
            };
            return if status >= 500 || status == 429 {
                Attempt::Retry(err)
            } else {
                Attempt::Fail(err)
            };
        }
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let validators = Validators {
            etag: header("etag"),
            last_modified: header("last-modified"),
        };
        let content_type = header("content-type");
        let final_url = resp.get_uri().to_string();
        let limit = self.config.max_bytes;
        match resp.into_body().with_config().limit(limit).read_to_vec() {
            Ok(bytes) => Attempt::Done(Fetched::Body(Download {
                bytes,
                final_url,
                validators,
                content_type,
            })),
            Err(ureq::Error::BodyExceedsLimit(_)) => Attempt::Fail(FetchError::TooLarge {
                url: url.to_string(),
                limit,
            }),
            Err(e) => Attempt::Retry(transport(e)),
        }
    }

    /// Sleeps until this host's next slot, and books the one after.
    fn wait_for_host(&self, url: &Url) {
        if self.config.host_delay.is_zero() {
            return;
        }
        let host = url.host_str().unwrap_or("").to_string();
        let wait = {
            let mut slots = self.next_slot.lock().unwrap_or_else(|p| p.into_inner());
            let now = Instant::now();
            let slot = slots.get(&host).copied().unwrap_or(now).max(now);
            slots.insert(host, slot + self.config.host_delay);
            slot - now
        };
        if !wait.is_zero() {
            std::thread::sleep(wait);
        }
    }

    /// The robots rules for a URL's origin, fetched on first use. A missing
    /// robots.txt (4xx) allows everything; so does one that cannot be
    /// fetched, since the document fetch then fails on its own.
    fn robots_for(&self, url: &Url) -> Robots {
        let origin = url.origin().ascii_serialization();
        if let Some(r) = self.robots.lock().unwrap_or_else(|p| p.into_inner()).get(&origin) {
            return r.clone();
        }
        let robots_url = format!("{origin}/robots.txt");
        let rules = match Url::parse(&robots_url).map(|u| self.get_with_retries(&u, None)) {
            Ok(Ok(Fetched::Body(d))) => Robots::parse(&String::from_utf8_lossy(&d.bytes), ROBOTS_TOKEN),
            Ok(Err(e)) => {
                tracing::debug!("no robots rules: {e}");
                Robots::allow_all()
            }
            _ => Robots::allow_all(),
        };
        self.robots
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(origin, rules.clone());
        rules
    }
}

fn path_and_query(url: &Url) -> String {
    match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_string(),
    }
}
