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
    /// Fetch /robots.txt once per host and skip what it disallows (at
    /// every redirect too).
    pub robots: bool,
    /// Fetch from loopback, private and link-local addresses (a test
    /// server, an intranet). Off by default: a page on the web that links
    /// to 127.0.0.1 or 10.0.0.1 must not make the tool fetch from inside
    /// the network it runs in.
    pub allow_private: bool,
}

/// Redirects followed for one request (each checked like the first URL).
pub const MAX_REDIRECTS: usize = 5;

/// Most of a robots.txt read: the rest is ignored, as RFC 9309 allows
/// (500 KiB at least must be read).
pub const MAX_ROBOTS_BYTES: u64 = 512 * 1024;

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
            allow_private: false,
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
    /// A redirect to somewhere this tool does not go: another scheme
    /// (`file:`, `ftp:`), or too many hops.
    #[error("{url}: redirected to {to}: {reason}")]
    Redirect {
        /// The URL asked for.
        url: String,
        /// Where the server sent the request.
        to: String,
        /// Why it is not followed.
        reason: String,
    },
    /// The host is a loopback, private or link-local address.
    #[error(
        "{url}: {address} is a private or loopback address (set allow_private = true in the sources file to fetch it)"
    )]
    Private {
        /// The URL.
        url: String,
        /// The address it names or resolves to.
        address: std::net::IpAddr,
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
            | FetchError::Redirect { url, .. }
            | FetchError::Private { url, .. }
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
    Done(Hop),
    Retry(FetchError),
    Fail(FetchError),
}

/// What one request got: an answer, or a redirect to follow (or not).
enum Hop {
    Answer(Fetched),
    Redirect(String),
}

/// How much of a body to read: at most `limit`; past it an error, or
/// (robots.txt) the first `limit` bytes.
#[derive(Clone, Copy)]
struct BodyLimit {
    limit: u64,
    truncate: bool,
}

/// Whether an address is loopback, private, link-local, shared (CGNAT),
/// unspecified or otherwise not on the public internet.
pub fn is_private(ip: std::net::IpAddr) -> bool {
    use std::net::IpAddr;
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || a == 0
                || (a == 100 && (64..128).contains(&b))
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_private(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            v6.is_loopback() || v6.is_unspecified() || (first & 0xfe00) == 0xfc00 || (first & 0xffc0) == 0xfe80
        }
    }
}

impl Fetcher {
    /// A client with these settings.
    pub fn new(config: FetchConfig) -> Fetcher {
        // A time limit too large to add to a clock is no limit at all.
        let timeout = config.timeout.min(Duration::from_secs(365 * 24 * 3600));
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .http_status_as_error(false)
            .user_agent(config.user_agent.as_str())
            // Redirects are followed by `get`, each hop checked.
            .max_redirects(0)
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
    /// answer is [`Fetched::NotModified`] and costs no download. Redirects
    /// are followed here, each hop checked as the first URL is: http(s)
    /// only (a `file:` redirect is refused by name), no private address
    /// unless allowed, and robots.txt of the hop's host.
    pub fn get(&self, url: &str, validators: Option<&Validators>) -> Result<Fetched, FetchError> {
        let mut current = crate::sources::check_http_url(url).map_err(|reason| FetchError::BadUrl {
            url: url.to_string(),
            reason,
        })?;
        for _ in 0..=MAX_REDIRECTS {
            self.check_address(url, &current)?;
            if self.config.robots && !self.robots_for(&current).allowed(&path_and_query(&current)) {
                return Err(FetchError::Robots {
                    url: if current.as_str() == url {
                        url.to_string()
                    } else {
                        format!("{url} (redirected to {current})")
                    },
                });
            }
            let limit = BodyLimit {
                limit: self.config.max_bytes,
                truncate: false,
            };
            match self.get_with_retries(&current, validators, limit)? {
                Hop::Answer(f) => return Ok(f),
                Hop::Redirect(location) => current = redirect_target(url, &current, &location)?,
            }
        }
        Err(FetchError::Redirect {
            url: url.to_string(),
            to: current.to_string(),
            reason: format!("more than {MAX_REDIRECTS} redirects"),
        })
    }

    /// Refuses a loopback, private or link-local host (named, or as its
    /// name resolves) unless the configuration allows them.
    fn check_address(&self, url: &str, target: &Url) -> Result<(), FetchError> {
        if self.config.allow_private {
            return Ok(());
        }
        let refuse = |address| FetchError::Private {
            url: url.to_string(),
            address,
        };
        let addresses: Vec<std::net::IpAddr> = match target.host() {
            Some(url::Host::Ipv4(ip)) => vec![ip.into()],
            Some(url::Host::Ipv6(ip)) => vec![ip.into()],
            Some(url::Host::Domain(name)) => {
                let name = name.trim_end_matches('.').to_ascii_lowercase();
                if name == "localhost" || name.ends_with(".localhost") {
                    return Err(refuse(std::net::Ipv4Addr::LOCALHOST.into()));
                }
                use std::net::ToSocketAddrs as _;
                let port = target.port_or_known_default().unwrap_or(80);
                // A name that does not resolve fails on its own when fetched.
                (name.as_str(), port)
                    .to_socket_addrs()
                    .map(|a| a.map(|s| s.ip()).collect())
                    .unwrap_or_default()
            }
            None => Vec::new(),
        };
        match addresses.into_iter().find(|ip| is_private(*ip)) {
            Some(ip) => Err(refuse(ip)),
            None => Ok(()),
        }
    }

    fn get_with_retries(
        &self,
        url: &Url,
        validators: Option<&Validators>,
        limit: BodyLimit,
    ) -> Result<Hop, FetchError> {
        let mut wait = self.config.backoff;
        let mut attempts = 0;
        loop {
            attempts += 1;
            match self.attempt(url, validators, attempts, limit) {
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

    fn attempt(&self, url: &Url, validators: Option<&Validators>, attempts: u32, limit: BodyLimit) -> Attempt {
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
            return Attempt::Done(Hop::Answer(Fetched::NotModified));
        }
        if matches!(status, 301 | 302 | 303 | 307 | 308) {
            if let Some(location) = resp.headers().get("location").and_then(|v| v.to_str().ok()) {
                return Attempt::Done(Hop::Redirect(location.to_string()));
            }
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
        let read = if limit.truncate {
            use std::io::Read as _;
            let mut bytes = Vec::new();
            resp.into_body()
                .into_reader()
                .take(limit.limit)
                .read_to_end(&mut bytes)
                .map(|_| bytes)
                .map_err(ureq::Error::Io)
        } else {
            resp.into_body().with_config().limit(limit.limit).read_to_vec()
        };
        match read {
            Ok(bytes) => Attempt::Done(Hop::Answer(Fetched::Body(Download {
                bytes,
                final_url,
                validators,
                content_type,
            }))),
            Err(ureq::Error::BodyExceedsLimit(_)) => Attempt::Fail(FetchError::TooLarge {
                url: url.to_string(),
                limit: limit.limit,
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
            // A delay too large to add is a mistake, not a reason to panic.
            slots.insert(host, slot.checked_add(self.config.host_delay).unwrap_or(slot));
            slot - now
        };
        if !wait.is_zero() {
            std::thread::sleep(wait);
        }
    }

    /// The robots rules for a URL's origin, fetched on first use (its
    /// redirects followed like a document's; only its first
    /// [`MAX_ROBOTS_BYTES`] read). A missing robots.txt (4xx) allows
    /// everything; so does one that cannot be fetched, since the document
    /// fetch then fails on its own.
    fn robots_for(&self, url: &Url) -> Robots {
        let origin = url.origin().ascii_serialization();
        if let Some(r) = self.robots.lock().unwrap_or_else(|p| p.into_inner()).get(&origin) {
            return r.clone();
        }
        let rules = match Url::parse(&format!("{origin}/robots.txt")) {
            Ok(robots_url) => self.fetch_robots(robots_url),
            Err(_) => Robots::allow_all(),
        };
        self.robots
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(origin, rules.clone());
        rules
    }

    fn fetch_robots(&self, mut current: Url) -> Robots {
        let first = current.to_string();
        let limit = BodyLimit {
            limit: MAX_ROBOTS_BYTES,
            truncate: true,
        };
        for _ in 0..=MAX_REDIRECTS {
            if self.check_address(&first, &current).is_err() {
                return Robots::allow_all();
            }
            match self.get_with_retries(&current, None, limit) {
                Ok(Hop::Answer(Fetched::Body(d))) => {
                    return Robots::parse(&String::from_utf8_lossy(&d.bytes), ROBOTS_TOKEN)
                }
                Ok(Hop::Answer(Fetched::NotModified)) => return Robots::allow_all(),
                Ok(Hop::Redirect(location)) => match redirect_target(&first, &current, &location) {
                    Ok(next) => current = next,
                    Err(_) => return Robots::allow_all(),
                },
                Err(e) => {
                    tracing::debug!("no robots rules: {e}");
                    return Robots::allow_all();
                }
            }
        }
        Robots::allow_all()
    }
}

/// Where a redirect leads, resolved against the URL that answered it;
/// anything but http(s) is refused by name.
fn redirect_target(url: &str, from: &Url, location: &str) -> Result<Url, FetchError> {
    let refuse = |to: String, reason: String| FetchError::Redirect {
        url: url.to_string(),
        to,
        reason,
    };
    let next = from
        .join(location.trim())
        .map_err(|e| refuse(location.to_string(), format!("not a URL ({e})")))?;
    match next.scheme() {
        "http" | "https" if next.host_str().is_some() => Ok(next),
        "http" | "https" => Err(refuse(next.to_string(), "no host".into())),
        other => Err(refuse(
            next.to_string(),
            format!("the {other}: scheme is not followed (only http and https)"),
        )),
    }
}

fn path_and_query(url: &Url) -> String {
    match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_string(),
    }
}
