//! Finding codes in the catalogs: by provider, exactly, without case, in a line of text, by edit
//! distance, by a known ancestor, and by words.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use cloud_errors::index::{Catalog, CatalogCode};
use cloud_errors::Locale;

use crate::registry;

/// The catalogs `--provider` names: a module (`cvm`) or its path (`cloud_errors_tencent::cvm`),
/// a crate (`cloud-errors-tencent`, or `tencent` for it), the catalog a module extends
/// (`tencent`, for every Tencent Cloud product), an envelope (`oci`), or a word of the provider's
/// name (`ibm`, `alibaba`); any case. With them the catalogs they extend, whose codes their `Code`
/// knows too. Every catalog without one.
pub fn catalogs(provider: Option<&str>) -> Vec<&'static Catalog> {
    let named: Vec<&'static Catalog> = registry::catalogs()
        .filter(|catalog| provider.is_none_or(|provider| names(catalog, provider)))
        .collect();
    registry::catalogs()
        .filter(|catalog| {
            named
                .iter()
                .any(|named| named.path() == catalog.path() || named.base() == Some(catalog.path()))
        })
        .collect()
}

/// The providers: every catalog that extends none (`oci`, `tencent`, `aws`), in registry order.
pub fn providers() -> Vec<&'static Catalog> {
    registry::catalogs()
        .filter(|catalog| catalog.base().is_none())
        .collect()
}

fn names(catalog: &Catalog, provider: &str) -> bool {
    let wanted = provider.to_lowercase();
    let crate_name = catalog.crate_name();
    let base_module = catalog
        .base()
        .map(|base| base.rsplit("::").next().unwrap_or(base));
    [
        Some(catalog.module()),
        Some(catalog.path()),
        Some(crate_name.as_str()),
        crate_name.strip_prefix("cloud-errors-"),
        base_module,
        Some(catalog.envelope()),
    ]
    .into_iter()
    .flatten()
    .any(|name| name.eq_ignore_ascii_case(&wanted))
        || catalog
            .provider()
            .split_whitespace()
            .any(|word| word.eq_ignore_ascii_case(&wanted))
}

/// Every catalog's entry for `wire`, exactly as sent.
pub fn exact(catalogs: &[&'static Catalog], wire: &str) -> Vec<CatalogCode> {
    catalogs.iter().filter_map(|catalog| catalog.find(wire)).collect()
}

/// Every catalog's entries whose code is `wire` but for ASCII case.
pub fn without_case(catalogs: &[&'static Catalog], wire: &str) -> Vec<CatalogCode> {
    every_code(catalogs)
        .filter(|code| code.code().eq_ignore_ascii_case(wire))
        .collect()
}

/// Every catalog's entries whose code is `wire` but for ASCII case and `_`: gRPC's canonical
/// codes as Go and Rust clients print them (`code = ResourceExhausted` for `RESOURCE_EXHAUSTED`).
pub fn without_case_or_underscores(catalogs: &[&'static Catalog], wire: &str) -> Vec<CatalogCode> {
    fn folded(text: &str) -> impl Iterator<Item = u8> + '_ {
        text.bytes()
            .filter(|&byte| byte != b'_')
            .map(|byte| byte.to_ascii_lowercase())
    }
    every_code(catalogs)
        .filter(|code| folded(code.code()).eq(folded(wire)))
        .collect()
}

/// The class a package path names, when `word` is one: the exception a Java or Python client
/// names after the code (`com.amazonaws.….ProvisionedThroughputExceededException`,
/// `google.api_core.exceptions.ResourceExhausted`). A package path starts in lower case; a dotted
/// code (`FailedOperation.AccountNotExist`) does not.
pub fn class_of(word: &str) -> Option<&str> {
    word.rsplit_once('.')
        .filter(|_| word.starts_with(|c: char| c.is_ascii_lowercase()))
        .map(|(_, last)| last)
        .filter(|last| last.chars().skip(1).any(|c| c.is_ascii_uppercase()))
}

/// Whether `text` is more than one code's worth: it holds a character no word of [`in_text`]
/// does (a space, a parenthesis, a quote, a colon).
pub fn is_text(text: &str) -> bool {
    text.chars().any(|c| !is_word_char(c))
}

/// The codes a line of text holds, a line pasted from a log as it is, each once with its
/// entries. A word is a run of ASCII letters, digits, `.`, `_` and `-` (a sentence's dots
/// trimmed) holding a letter, and counts when some catalog defines it as written. A log line is
/// full of words that are also some product's code (`Error`, `Code`), so labels (a word before
/// `=`, or a quoted one before `:`: `Code=…`, `"code":`) are passed over, and of the rest only
/// words shaped like a code (`AuthFailure.SignatureExpire`, `ThrottlingException`,
/// `RATE_LIMIT_EXCEEDED`: a dot, an underscore or a capital inside) or quoted (`(Throttling)`,
/// `"Forbidden"`) or a code label's value (`code = Unavailable`) count; a plain word counts when
/// it is the only word. A word no catalog defines as written may be one of gRPC's codes as Go
/// and Rust print them ([`without_case_or_underscores`]), or a class path whose last part is (an
/// exception a Java or Python client names after the code). The likeliest come first: as
/// written, shaped, quoted or a label's value, then those more catalogs define, then in the order
/// of the line.
pub fn in_text<'t>(catalogs: &[&'static Catalog], text: &'t str) -> Vec<(&'t str, Vec<CatalogCode>)> {
    let mut words = Vec::new();
    let mut start = None;
    for (index, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (is_word_char(c), start) {
            (true, None) => start = Some(index),
            (false, Some(from)) => {
                words.push((from, index));
                start = None;
            }
            _ => {}
        }
    }
    let words: Vec<(&str, &str, &str)> = words
        .into_iter()
        .filter_map(|(from, to)| {
            let word = text[from..to].trim_matches('.');
            let before = text[..from].trim_end_matches([' ', '.']);
            let after = text[to..].trim_start_matches('.');
            word.bytes()
                .any(|byte| byte.is_ascii_alphabetic())
                .then_some((before, word, after))
        })
        .collect();
    let only = words.len() == 1;
    let mut found: Vec<(u8, &str, Vec<CatalogCode>)> = Vec::new();
    for (before, word, after) in words {
        // `Code=…`, `"code": …`; not `ThrottlingException: Rate exceeded`, as Go SDKs print.
        let label = after.trim_start_matches(['"', '\'', ' ']).starts_with('=')
            || after.starts_with(['"', '\'']) && after[1..].trim_start().starts_with(':');
        let shaped = word.contains(['.', '_']) || word.chars().skip(1).any(|c| c.is_ascii_uppercase());
        let quoted = [('(', ')'), ('"', '"'), ('\'', '\''), ('[', ']'), ('`', '`')]
            .iter()
            .any(|&(open, close)| before.ends_with(open) && after.starts_with(close));
        // The value of a label naming a code: `code = Unavailable`, `"errorCode":"Internal"`.
        let valued = before
            .trim_end_matches(['"', '\'', ' '])
            .strip_suffix(['=', ':'])
            .map(|label| label.trim_end_matches(['"', '\'', ' ']))
            .and_then(|label| label.get(label.len().saturating_sub(4)..))
            .is_some_and(|end| end.eq_ignore_ascii_case("code"));
        if label || !(shaped || quoted || valued || only) || found.iter().any(|(_, seen, _)| *seen == word) {
            continue;
        }
        let score = u8::from(shaped) + u8::from(quoted || valued);
        let [mut as_written, mut otherwise] = spellings(catalogs, word);
        let mut word = word;
        // A class path that is no code, by its class: less likely.
        if let (true, true, Some(class)) = (as_written.is_empty(), otherwise.is_empty(), class_of(word)) {
            [otherwise, as_written] = [spellings(catalogs, class).concat(), Vec::new()];
            word = class;
        }
        for (entries, bonus) in [(as_written, 1), (otherwise, 0)] {
            if !entries.is_empty() {
                found.push((score + bonus, word, entries));
            }
        }
    }
    // The likeliest first: as written, shaped, quoted or a code label's value, then defined by more
    // catalogs (a common code).
    found.sort_by_key(|(score, _, entries)| (Reverse(*score), Reverse(entries.len())));
    found
        .into_iter()
        .map(|(_, word, entries)| (word, entries))
        .collect()
}

/// A word's entries as written, and, less likely, those spelled otherwise as gRPC's codes are
/// printed (`code = Unavailable`: EC2's `Unavailable`, and gRPC's `UNAVAILABLE`).
fn spellings(catalogs: &[&'static Catalog], word: &str) -> [Vec<CatalogCode>; 2] {
    let otherwise = without_case_or_underscores(catalogs, word)
        .into_iter()
        .filter(|entry| entry.code() != word)
        .collect();
    [exact(catalogs, word), otherwise]
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')
}

fn every_code<'a>(catalogs: &'a [&'static Catalog]) -> impl Iterator<Item = CatalogCode> + 'a {
    catalogs.iter().flat_map(|catalog| catalog.codes())
}

/// A code near the one asked for, with the catalogs that define it.
#[derive(Debug)]
pub struct Suggestion {
    pub code: &'static str,
    pub distance: usize,
    pub catalogs: Vec<&'static str>,
}

/// The codes nearest to `wire` by edit distance (ASCII case ignored; a transposition counts
/// one), at most `limit`, within a distance that grows with the code's length: 1 up to 4
/// characters, 2 up to 12, 3 beyond.
pub fn nearest(catalogs: &[&'static Catalog], wire: &str, limit: usize) -> Vec<Suggestion> {
    let wanted: Vec<u8> = wire.bytes().map(|b| b.to_ascii_lowercase()).collect();
    let most = match wanted.len() {
        0..=4 => 1,
        5..=12 => 2,
        _ => 3,
    };
    let mut found: BTreeMap<(usize, &'static str), Vec<&'static str>> = BTreeMap::new();
    let mut rows = Rows::default();
    for code in every_code(catalogs) {
        let candidate = code.code();
        if candidate.len().abs_diff(wanted.len()) > most {
            continue;
        }
        if let Some(distance) = rows.distance(&wanted, candidate.as_bytes(), most) {
            found
                .entry((distance, candidate))
                .or_default()
                .push(code.catalog().path());
        }
    }
    found
        .into_iter()
        .take(limit)
        .map(|((distance, code), catalogs)| Suggestion {
            code,
            distance,
            catalogs,
        })
        .collect()
}

/// The rows of the optimal-string-alignment distance, kept between calls.
#[derive(Default)]
struct Rows([Vec<usize>; 3]);

impl Rows {
    /// The distance between `a` (lower case) and `b`, if at most `most`.
    fn distance(&mut self, a: &[u8], b: &[u8], most: usize) -> Option<usize> {
        let [before, previous, current] = &mut self.0;
        for row in [&mut *before, &mut *previous, &mut *current] {
            row.clear();
            row.resize(b.len() + 1, 0);
        }
        previous.iter_mut().enumerate().for_each(|(j, cell)| *cell = j);
        for i in 1..=a.len() {
            current[0] = i;
            let mut smallest = i;
            for j in 1..=b.len() {
                let bj = b[j - 1].to_ascii_lowercase();
                let cost = usize::from(a[i - 1] != bj);
                let mut cell = (previous[j] + 1)
                    .min(current[j - 1] + 1)
                    .min(previous[j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2].to_ascii_lowercase() && a[i - 2] == bj {
                    cell = cell.min(before[j - 2] + 1);
                }
                current[j] = cell;
                smallest = smallest.min(cell);
            }
            if smallest > most {
                return None;
            }
            std::mem::swap(before, previous);
            std::mem::swap(previous, current);
        }
        Some(previous[b.len()]).filter(|&distance| distance <= most)
    }
}

/// The nearest known ancestor of a dotted code (`A.B` for `A.B.C`, else `A`) and its entries: an
/// unknown code takes its class, as the runtime classifies it.
pub fn ancestor(catalogs: &[&'static Catalog], wire: &str) -> Option<(&'static str, Vec<CatalogCode>)> {
    let mut rest = wire;
    while let Some(dot) = rest.rfind('.') {
        rest = &rest[..dot];
        let entries = exact(catalogs, rest);
        if let Some(first) = entries.first() {
            return Some((first.code(), entries));
        }
    }
    None
}

/// A code matching the words of a search, with its score and every catalog defining it.
#[derive(Debug)]
pub struct Hit {
    pub score: u32,
    pub entries: Vec<CatalogCode>,
}

/// The codes whose wire string or description (in English and in `locale`) holds every word,
/// best first: a code equal to the words, then codes holding them (more for a word at the start
/// of a dotted part), then descriptions holding them; ties in code order.
pub fn search(catalogs: &[&'static Catalog], words: &[String], locale: Locale) -> Vec<Hit> {
    let joined = words.join(" ").to_lowercase();
    // Codes are matched without `_`, as gRPC's are written by Go and Rust (`ResourceExhausted`).
    let words: Vec<String> = words
        .iter()
        .map(|word| word.to_lowercase().replace('_', ""))
        .filter(|word| !word.is_empty())
        .collect();
    let whole = words.concat();
    let mut hits: BTreeMap<&'static str, Hit> = BTreeMap::new();
    for code in every_code(catalogs) {
        let lower = code.code().to_lowercase();
        let wire = lower.replace('_', "");
        let description = code.description_in(Locale::En).0.to_lowercase();
        let local = (locale != Locale::En).then(|| code.description_in(locale).0.to_lowercase());
        let mut score = match (lower == joined, wire == whole) {
            (true, _) => 1000,
            (false, true) => 900,
            _ => 0,
        };
        for word in &words {
            let in_code = wire.find(word.as_str());
            score += match in_code {
                Some(0) => 30,
                Some(at) if wire.as_bytes()[at - 1] == b'.' => 25,
                Some(_) => 15,
                None if description.contains(word.as_str()) => 3,
                None if local
                    .as_deref()
                    .is_some_and(|local| local.contains(word.as_str())) =>
                {
                    3
                }
                None => {
                    score = 0;
                    break;
                }
            };
        }
        if score > 0 {
            let hit = hits.entry(code.code()).or_insert(Hit {
                score,
                entries: Vec::new(),
            });
            hit.score = hit.score.max(score);
            hit.entries.push(code);
        }
    }
    let mut ranked: Vec<Hit> = hits.into_values().collect();
    // Stable: equal scores keep the codes' order.
    ranked.sort_by_key(|hit| std::cmp::Reverse(hit.score));
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_one_per_typo() {
        let mut rows = Rows::default();
        let distance = |a: &str, b: &str, most| Rows::default().distance(a.as_bytes(), b.as_bytes(), most);
        assert_eq!(distance("toomanyrequests", "TooManyRequests", 3), Some(0));
        assert_eq!(distance("toomanyrequest", "TooManyRequests", 3), Some(1));
        assert_eq!(distance("toomanyreqeusts", "TooManyRequests", 3), Some(1));
        assert_eq!(distance("toomanyrequests", "NotFound", 3), None);
        assert_eq!(rows.distance(b"abc", b"abd", 0), None);
        assert_eq!(rows.distance(b"", b"ab", 2), Some(2));
    }
}
