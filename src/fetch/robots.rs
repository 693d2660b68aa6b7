//! robots.txt: the simple, widely honoured subset.
//!
//! Groups start with `User-agent:` lines; the group naming `actionplan`
//! applies if there is one, else the `*` group. Within it `Disallow:` and
//! `Allow:` are path prefixes; the longest matching prefix wins, `Allow` on
//! a tie, and an empty `Disallow:` allows everything. Wildcards and
//! `Crawl-delay` are not read (the per-host delay covers politeness).

/// A group of robots.txt: its user agents (lower case) and its rules.
type Group = (Vec<String>, Vec<(bool, String)>);

/// The rules that apply to this tool on one host.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Robots {
    /// (allow, path prefix) in file order.
    rules: Vec<(bool, String)>,
}

impl Robots {
    /// Rules that allow everything: a host with no robots.txt.
    pub fn allow_all() -> Robots {
        Robots::default()
    }

    /// Reads a robots.txt for the user-agent token `agent` (e.g. "actionplan").
    pub fn parse(text: &str, agent: &str) -> Robots {
        let agent = agent.to_ascii_lowercase();
        // Each group: its user agents and its rules.
        let mut groups: Vec<Group> = Vec::new();
        let mut in_agents = false;
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let key = key.trim().to_ascii_lowercase();
            let value = value.trim().to_string();
            match key.as_str() {
                "user-agent" => {
                    if !in_agents || groups.is_empty() {
                        groups.push((Vec::new(), Vec::new()));
                    }
                    in_agents = true;
                    groups.last_mut().expect("pushed").0.push(value.to_ascii_lowercase());
                }
                "allow" | "disallow" => {
                    in_agents = false;
                    if let Some(g) = groups.last_mut() {
                        g.1.push((key == "allow", value));
                    }
                }
                _ => {}
            }
        }
        let named: Vec<_> = groups
            .iter()
            .filter(|(agents, _)| agents.iter().any(|a| a != "*" && agent.contains(a.as_str())))
            .collect();
        let chosen = if named.is_empty() {
            groups
                .iter()
                .filter(|(agents, _)| agents.iter().any(|a| a == "*"))
                .collect()
        } else {
            named
        };
        Robots {
            rules: chosen.into_iter().flat_map(|(_, r)| r.iter().cloned()).collect(),
        }
    }

    /// Whether this tool may fetch `path` (the URL's path and query).
    pub fn allowed(&self, path: &str) -> bool {
        let mut best: Option<(usize, bool)> = None;
        for (allow, prefix) in &self.rules {
            if prefix.is_empty() || !path.starts_with(prefix.as_str()) {
                continue;
            }
            let better = match best {
                None => true,
                Some((len, was_allow)) => prefix.len() > len || (prefix.len() == len && *allow && !was_allow),
            };
            if better {
                best = Some((prefix.len(), *allow));
            }
        }
        best.is_none_or(|(_, allow)| allow)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn star_group_disallow_prefixes() {
        let r = Robots::parse(
            "User-agent: *\nDisallow: /private/\nDisallow: /tmp # scratch\n\nUser-agent: otherbot\nDisallow: /\n",
            "actionplan",
        );
        assert!(!r.allowed("/private/plan.pdf"));
        assert!(!r.allowed("/tmpfile"));
        assert!(r.allowed("/docs/plan.pdf"));
    }

    #[test]
    fn a_group_naming_us_replaces_the_star_group() {
        let text = "User-agent: *\nDisallow: /\n\nUser-agent: ActionPlan\nUser-agent: other\nDisallow: /secret\n";
        let r = Robots::parse(text, "actionplan");
        assert!(r.allowed("/docs/plan.pdf"));
        assert!(!r.allowed("/secret/x"));
        let everyone_else = Robots::parse(text, "somebot");
        assert!(!everyone_else.allowed("/docs/plan.pdf"));
    }

    #[test]
    fn longest_match_wins_and_allow_wins_ties() {
        let r = Robots::parse(
            "User-agent: *\nDisallow: /docs/\nAllow: /docs/public/\nDisallow:\n",
            "actionplan",
        );
        assert!(!r.allowed("/docs/x.pdf"));
        assert!(r.allowed("/docs/public/x.pdf"));
        assert!(r.allowed("/other"));
        let tie = Robots::parse("User-agent: *\nDisallow: /a\nAllow: /a\n", "actionplan");
        assert!(tie.allowed("/a/b"));
    }

    #[test]
    fn empty_or_missing_rules_allow_everything() {
        assert!(Robots::parse("", "actionplan").allowed("/x"));
        assert!(Robots::parse("User-agent: *\nDisallow:\n", "actionplan").allowed("/x"));
        assert!(Robots::allow_all().allowed("/"));
    }
}
