//! The options of the commands that take flags (`import`, `extract-retry`), read by one rule.

use std::path::PathBuf;

/// A command's options, read one way for every command: `--flag VALUE` options, each given at
/// most once unless repeatable, and bare switches.
pub struct Flags {
    values: Vec<(String, String)>,
    switches: Vec<String>,
}

impl Flags {
    /// Reads `options`: `single` flags take a value once, `repeated` ones any number of times,
    /// `switches` none.
    pub fn parse(
        options: &[&str],
        single: &[&str],
        repeated: &[&str],
        switches: &[&str],
    ) -> Result<Flags, String> {
        let mut flags = Flags {
            values: Vec::new(),
            switches: Vec::new(),
        };
        let mut rest = options;
        while let [flag, tail @ ..] = rest {
            if switches.contains(flag) {
                flags.switches.push((*flag).to_owned());
                rest = tail;
                continue;
            }
            if !single.contains(flag) && !repeated.contains(flag) {
                return Err(format!("unknown option `{flag}`"));
            }
            let [value, tail @ ..] = tail else {
                return Err(format!("`{flag}` needs a value"));
            };
            if single.contains(flag) && flags.one(flag).is_some() {
                return Err(format!("`{flag}` is given twice"));
            }
            flags.values.push(((*flag).to_owned(), (*value).to_owned()));
            rest = tail;
        }
        Ok(flags)
    }

    /// The value of a flag given once, if given.
    pub fn one(&self, flag: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(name, _)| name == flag)
            .map(|(_, value)| value.as_str())
    }

    /// The folder a required flag names; else an error saying what it is (`why`).
    pub fn required(&self, flag: &str, why: &str) -> Result<PathBuf, String> {
        self.one(flag)
            .map(PathBuf::from)
            .ok_or_else(|| format!("`{flag} DIR` is required: {why}"))
    }

    /// Every value of a repeatable flag, in order.
    pub fn all(&self, flag: &str) -> Vec<String> {
        self.values
            .iter()
            .filter(|(name, _)| name == flag)
            .map(|(_, value)| value.clone())
            .collect()
    }

    /// Whether a switch was given.
    pub fn has(&self, switch: &str) -> bool {
        self.switches.iter().any(|given| given == switch)
    }
}
