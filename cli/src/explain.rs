//! What `explain` and `search` print: text for people, JSON for scripts, from the crates' index.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::time::Duration;

use cloud_errors::index::{Catalog, CatalogCode, Reading};
use cloud_errors::{Backoff, DecideBy, Decision, Locale, Retry, RetryWhen, TokenPlace};
use serde_json::{json, Value};

use crate::lookup;
use crate::{BadInput, Outcome};

/// Catalogs listed by name in a group's text before "… and N more".
const SHOWN_CATALOGS: usize = 6;
/// Suggestions shown for a code no catalog defines.
const SUGGESTIONS: usize = 5;

/// The entries of a code spelled otherwise: without case, else without case and `_`; with the
/// match's name (JSON `match`) and how it was matched.
fn spelled_otherwise(
    catalogs: &[&'static Catalog],
    wire: &str,
) -> Option<(&'static str, &'static str, Vec<CatalogCode>)> {
    let without_case = lookup::without_case(catalogs, wire);
    if !without_case.is_empty() {
        return Some(("case_insensitive", "without case", without_case));
    }
    let folded = lookup::without_case_or_underscores(catalogs, wire);
    (!folded.is_empty()).then_some(("without_underscores", "without case and `_`", folded))
}

/// `explain CODE`.
pub fn code(catalogs: &[&'static Catalog], wire: &str, locale: Locale) -> Result<Outcome, BadInput> {
    let wire = wire.trim();
    if wire.is_empty() {
        return Err(BadInput("the code is empty".to_owned()));
    }
    let mut text = String::new();
    // Exactly, else spelled otherwise, else the codes a line of text (or a class path alone,
    // read by its class) holds: a group of entries a code.
    let exact = lookup::exact(catalogs, wire);
    let (matched, heading, groups) = if !exact.is_empty() {
        ("exact", None, vec![exact])
    } else if let Some((matched, how, entries)) = spelled_otherwise(catalogs, wire) {
        let spelled: Vec<&str> = distinct(entries.iter().map(CatalogCode::code));
        let heading = format!(
            "No catalog defines `{wire}` as written; matched {how}: {}.",
            spelled.join(", ")
        );
        (matched, Some(heading), vec![entries])
    } else if lookup::is_text(wire) || lookup::class_of(wire).is_some() {
        let found = lookup::in_text(catalogs, wire);
        let words: Vec<String> = found
            .iter()
            .map(|(word, entries)| match entries.first().map(CatalogCode::code) {
                Some(code) if code != *word => format!("{word} (as {code})"),
                _ => (*word).to_owned(),
            })
            .collect();
        let heading = format!(
            "No catalog defines `{wire}` as a whole; it holds {} {}.",
            if words.len() == 1 { "the code" } else { "the codes" },
            words.join(", ")
        );
        let groups = found.into_iter().map(|(_, entries)| entries).collect();
        ("in_text", Some(heading), groups)
    } else {
        ("none", None, Vec::new())
    };
    if !groups.is_empty() {
        if let Some(heading) = heading {
            let _ = writeln!(text, "{heading}\n");
        }
        for entries in &groups {
            write_groups(&mut text, entries, locale);
        }
        let json = json!({
            "query": wire,
            "match": matched,
            "codes": groups.iter().flatten().map(|entry| entry_json(entry, locale)).collect::<Vec<_>>(),
            "suggestions": [],
            "ancestor": null,
        });
        return Ok(Outcome {
            text,
            json,
            found: true,
        });
    }
    let _ = writeln!(text, "No catalog defines `{wire}`.");
    if wire
        .parse::<u16>()
        .is_ok_and(|status| (100..=599).contains(&status))
    {
        let _ = writeln!(
            text,
            "As an HTTP status, `cloud-errors explain --status {wire}` says how each provider reads and decides an answer with it and no code."
        );
    }
    let suggestions = lookup::nearest(catalogs, wire, SUGGESTIONS);
    if !suggestions.is_empty() {
        text.push_str("\nDid you mean:\n");
        for suggestion in &suggestions {
            let _ = writeln!(
                text,
                "  {}  ({})",
                suggestion.code,
                catalog_list(&suggestion.catalogs)
            );
        }
    }
    let ancestor = lookup::ancestor(catalogs, wire);
    if let Some((ancestor, entries)) = &ancestor {
        let _ = writeln!(
            text,
            "\nIts nearest known ancestor is `{ancestor}`: a client reading `{wire}` classifies it as this code.\n"
        );
        write_groups(&mut text, entries, locale);
    }
    let json = json!({
        "query": wire,
        "match": "none",
        "codes": [],
        "suggestions": suggestions.iter().map(|suggestion| json!({
            "code": suggestion.code,
            "distance": suggestion.distance,
            "catalogs": suggestion.catalogs,
        })).collect::<Vec<_>>(),
        "ancestor": ancestor.as_ref().map(|(ancestor, entries)| json!({
            "code": ancestor,
            "codes": entries.iter().map(|entry| entry_json(entry, locale)).collect::<Vec<_>>(),
        })),
    });
    Ok(Outcome {
        text,
        json,
        found: false,
    })
}

/// `search WORDS`.
pub fn search(
    catalogs: &[&'static Catalog],
    words: &[String],
    limit: usize,
    locale: Locale,
) -> Result<Outcome, BadInput> {
    // An empty word is in every code: `search "$UNSET"` would list all of them as matches.
    if words.iter().any(|word| word.trim().is_empty()) {
        return Err(BadInput(
            "a search word is empty: give words that every match holds".to_owned(),
        ));
    }
    let hits = lookup::search(catalogs, words, locale);
    let mut text = String::new();
    let shown = &hits[..hits.len().min(limit)];
    for hit in shown {
        let first = hit.entries[0];
        let (description, _) = first.description_in(locale);
        let _ = writeln!(
            text,
            "{}  [{}; {}]  {}",
            first.code(),
            catalog_list(
                &hit.entries
                    .iter()
                    .map(|entry| entry.catalog().path())
                    .collect::<Vec<_>>()
            ),
            first.retry(),
            one_line(description)
        );
    }
    match hits.len() {
        0 => {
            let _ = writeln!(text, "No code or description holds: {}.", words.join(" "));
        }
        total if total > shown.len() => {
            let _ = writeln!(text, "… {} codes in all; --limit shows more.", total);
        }
        _ => {}
    }
    let json = json!({
        "query": words,
        "total": hits.len(),
        "hits": shown.iter().map(|hit| json!({
            "code": hit.entries[0].code(),
            "score": hit.score,
            "codes": hit.entries.iter().map(|entry| entry_json(entry, locale)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    });
    Ok(Outcome {
        text,
        json,
        found: !hits.is_empty(),
    })
}

/// `explain --body FILE`: every envelope tried (those of `--provider`), which read a code said,
/// and the code explained.
pub fn body(
    catalogs: &[&'static Catalog],
    file: Option<&Path>,
    status: Option<u16>,
    headers: &[String],
    locale: Locale,
) -> Result<Outcome, BadInput> {
    // Without a file, an answer with an empty body (`explain --status 429`).
    let body = match file {
        Some(file) => std::fs::read(file)
            .map_err(|error| BadInput(format!("cannot read {}: {error}", file.display())))?,
        None => Vec::new(),
    };
    let source = file.map_or_else(|| "an empty body".to_owned(), |file| file.display().to_string());
    let file = file.map(|file| file.display().to_string());
    let headers = header_map(headers)?;
    // The readers: the catalogs extending none, for the envelopes of the catalogs selected; then,
    // for an envelope none of them reads (AWS's restXml), the catalog that reads it for its crate.
    let mut envelopes: Vec<&str> = catalogs.iter().map(|catalog| catalog.envelope()).collect();
    envelopes.sort_unstable();
    envelopes.dedup();
    let mut readers: Vec<&'static Catalog> = crate::registry::catalogs()
        .filter(|catalog| catalog.base().is_none() && envelopes.contains(&catalog.envelope()))
        .filter(|catalog| {
            catalogs
                .iter()
                .any(|selected| selected.path() == catalog.path() || selected.base() == Some(catalog.path()))
        })
        .collect();
    for catalog in crate::registry::catalogs().filter(|catalog| catalog.base().is_some() && catalog.reads()) {
        if envelopes.contains(&catalog.envelope())
            && readers
                .iter()
                .all(|reader| reader.envelope() != catalog.envelope())
        {
            readers.push(catalog);
        }
    }
    let mut text = String::new();
    // Per envelope, the reading by the catalog whose provider defines the code, else the first.
    let mut readings: Vec<(&'static Catalog, Reading, Vec<CatalogCode>, Option<&str>)> = Vec::new();
    let mut tried: Vec<&str> = Vec::new();
    for reader in &readers {
        let Some(first) = reader.read(0, &headers, &body) else {
            continue;
        };
        if !tried.contains(&reader.envelope()) {
            tried.push(reader.envelope());
        }
        if first.raw_body_kept {
            continue;
        }
        let defined: Vec<CatalogCode> = lookup::exact(catalogs, &first.code)
            .into_iter()
            .filter(|entry| {
                let catalog = entry.catalog();
                match reader.base() {
                    // A catalog extending none reads for itself and the catalogs extending it
                    // that speak its envelope (AWS's services speak five others).
                    None => {
                        catalog.path() == reader.path()
                            || (catalog.base() == Some(reader.path())
                                && catalog.envelope() == reader.envelope())
                    }
                    // A product reads its envelope for its base's products that speak it.
                    Some(base) => catalog.envelope() == reader.envelope() && catalog.base() == Some(base),
                }
            })
            .collect();
        let same_envelope = readings
            .iter()
            .position(|(other, ..)| other.envelope() == reader.envelope());
        match same_envelope {
            Some(at) if !readings[at].2.is_empty() || defined.is_empty() => continue,
            Some(at) => {
                readings.remove(at);
            }
            None => {}
        }
        let (status, assumed) = match status {
            Some(status) => (status, None),
            None => match (first.reported_status, defined.first()) {
                (Some(stated), _) if (100..=999).contains(&stated) => {
                    (stated as u16, Some("the status the body states"))
                }
                (_, Some(entry)) => {
                    let (status, how) = written_status(entry);
                    (status, Some(how))
                }
                _ => (200, Some("no catalog defines the code")),
            },
        };
        let reading = reader.read(status, &headers, &body).unwrap_or(first);
        readings.push((reader, reading, defined, assumed));
    }
    // Readings of a code some catalog defines first.
    readings.sort_by_key(|(_, _, defined, _)| defined.is_empty());
    if readings.is_empty() {
        let _ = writeln!(
            text,
            "No envelope read an error code from {} (tried: {}).",
            source,
            tried.join(", ")
        );
        let mut by_status = Vec::new();
        if let Some(status) = status {
            for reader in &readers {
                let Some(reading) = reader.read(status, &headers, &body) else {
                    continue;
                };
                let _ = writeln!(
                    text,
                    "  as `{}::Error` reads it: HTTP {status} without a code, retry {}, category {}; {}",
                    reader.path(),
                    reading.retry,
                    reading.category,
                    first_decision(&reading.decisions)
                );
                by_status.push(json!({
                    "read_by": reader.path(),
                    "status": status,
                    "retry": reading.retry.as_str(),
                    "category": reading.category.as_str(),
                    "classified_by": classified(&reading),
                    "decisions": decisions_json(&reading.decisions, reader),
                }));
            }
        }
        // An empty body that some catalog reads as a code of its own at this status (S3's
        // `NotFound` for a bodiless 404): that catalog's `Error` reads it so, not the reader above.
        let from_empty_body: Vec<CatalogCode> = match status {
            Some(status) if body.is_empty() => catalogs
                .iter()
                .filter_map(|catalog| catalog.from_empty_body(status))
                .collect(),
            _ => Vec::new(),
        };
        if let (Some(status), false) = (status, from_empty_body.is_empty()) {
            let _ = writeln!(
                text,
                "\nAn empty body at HTTP {status} is read as a code of its own by:\n"
            );
            write_groups(&mut text, &from_empty_body, locale);
        }
        let read_by_status = !by_status.is_empty();
        let json = json!({
            "file": file,
            "tried": tried,
            "readings": [],
            "by_status": by_status,
            "from_empty_body": from_empty_body.iter().map(|entry| entry_json(entry, locale)).collect::<Vec<_>>(),
        });
        return Ok(Outcome {
            text,
            json,
            // `--status` alone asks how the providers read the status: any reading answers it.
            found: !from_empty_body.is_empty() || (file.is_none() && read_by_status),
        });
    }
    let mut json_readings = Vec::new();
    for (reader, reading, defined, assumed) in &readings {
        if defined.is_empty() && readings.iter().any(|(_, _, others, _)| !others.is_empty()) {
            let _ = writeln!(
                text,
                "The `{}` envelope reads the code `{}` too, which no catalog of it defines.\n",
                reader.envelope(),
                reading.code
            );
        } else {
            write_whole_reading(&mut text, catalogs, reader, reading, defined, *assumed, locale);
        }
        json_readings.push(json!({
            "envelope": reader.envelope(),
            "read_by": reader.path(),
            "status": reading.status,
            "status_assumed": assumed,
            "code": reading.code,
            "known": reading.known,
            "message": reading.message,
            "request_id": reading.request_id,
            "reported_status": reading.reported_status,
            "retry_after_ms": reading.retry_after.map(|after| after.as_millis() as u64),
            "extras": reading.extras,
            "retry": reading.retry.as_str(),
            "category": reading.category.as_str(),
            "classified_by": classified(reading),
            "description": reading.description,
            "decisions": decisions_json(&reading.decisions, reader),
            "defined_by": defined.iter().map(|entry| entry_json_with(entry, locale, Some((reading.status, reading.retry_after)))).collect::<Vec<_>>(),
        }));
    }
    let json = json!({"file": file, "tried": tried, "readings": json_readings});
    Ok(Outcome {
        text,
        json,
        found: true,
    })
}

/// `--header` values, `Name: value` each, as the response's headers.
fn header_map(headers: &[String]) -> Result<http::HeaderMap, BadInput> {
    let mut map = http::HeaderMap::new();
    for header in headers {
        let parsed = header.split_once(':').and_then(|(name, value)| {
            let name = http::HeaderName::from_bytes(name.trim().as_bytes()).ok()?;
            Some((name, http::HeaderValue::from_str(value.trim()).ok()?))
        });
        let Some((name, value)) = parsed else {
            return Err(BadInput(format!(
                "--header `{header}` is not a header: write `Name: value`, e.g. `x-amzn-errortype: ThrottlingException`"
            )));
        };
        map.append(name, value);
    }
    Ok(map)
}

/// The first decision, for a one-line answer (a `GET`).
fn first_decision(decisions: &[Decision]) -> String {
    decisions
        .first()
        .map_or_else(String::new, |decision| format!("GET: {decision}"))
}

/// What one envelope read, how its catalog classifies it, and the code's catalogs.
fn write_whole_reading(
    text: &mut String,
    catalogs: &[&'static Catalog],
    reader: &Catalog,
    reading: &Reading,
    defined: &[CatalogCode],
    assumed: Option<&str>,
    locale: Locale,
) {
    let _ = writeln!(
        text,
        "Read by the `{}` envelope, as `{}::Error` reads it:",
        reader.envelope(),
        reader.path()
    );
    write_reading(text, reading, assumed);
    let _ = writeln!(
        text,
        "  {:<13} {}, category {} ({})",
        "retry",
        reading.retry,
        reading.category,
        classified(reading)
    );
    write_decisions(text, &reading.decisions, reader, reading.status);
    text.push('\n');
    let others: Vec<CatalogCode> = defined
        .iter()
        .copied()
        .filter(|entry| entry.catalog().path() != reader.path())
        .collect();
    if !others.is_empty() {
        let _ = writeln!(
            text,
            "`{}` is a code of {}, whose `Error` reads this response with the code's class:\n",
            reading.code,
            // "below": right after the reader's own reading, "this catalog" read as the reader's.
            if others.len() == 1 {
                "the catalog below"
            } else {
                "the catalogs below"
            }
        );
        write_groups_with(text, &others, locale, Some((reading.status, reading.retry_after)));
    } else if defined.is_empty() {
        let _ = writeln!(text, "No catalog of this provider defines `{}`.", reading.code);
        if let Some((ancestor, _)) = lookup::ancestor(catalogs, &reading.code) {
            let _ = writeln!(
                text,
                "Its nearest known ancestor: `{ancestor}` (cloud-errors explain {ancestor})."
            );
        }
        text.push('\n');
    } else {
        write_groups_with(text, defined, locale, Some((reading.status, reading.retry_after)));
    }
}

fn write_reading(text: &mut String, reading: &Reading, assumed: Option<&str>) {
    let status = match assumed {
        Some(how) => format!("{} (assumed: {how}; --status N sets it)", reading.status),
        None => reading.status.to_string(),
    };
    let mut rows = vec![("HTTP status", status), ("code", reading.code.clone())];
    if let Some(message) = &reading.message {
        rows.push(("message", one_line(message)));
    }
    if let Some(id) = &reading.request_id {
        rows.push(("request id", id.clone()));
    }
    if let Some(reported) = reading.reported_status {
        rows.push(("stated status", reported.to_string()));
    }
    if let Some(after) = reading.retry_after {
        rows.push(("retry after", format!("{after:?}")));
    }
    if !reading.extras.is_null() && reading.extras != json!({}) {
        rows.push(("extras", reading.extras.to_string()));
    }
    for (label, value) in rows {
        let _ = writeln!(text, "  {label:<13} {value}");
    }
}

fn classified(reading: &Reading) -> &'static str {
    use cloud_errors::index::ClassifiedBy;
    match reading.classified_by {
        ClassifiedBy::Code if reading.known => "classified by the code",
        ClassifiedBy::Code => "classified by the code's nearest known ancestor",
        ClassifiedBy::StatusRule => "classified by the catalog's rule for this status",
        _ => "classified by the HTTP status: the catalog does not know the code",
    }
}

/// The entries, grouped by identical facts, each group with the catalogs sharing them.
fn write_groups(text: &mut String, entries: &[CatalogCode], locale: Locale) {
    write_groups_with(text, entries, locale, None);
}

/// `write_groups`; `response` is the status and wait of a response read (else the code's first
/// documented status, and none).
fn write_groups_with(
    text: &mut String,
    entries: &[CatalogCode],
    locale: Locale,
    response: Option<(u16, Option<Duration>)>,
) {
    let mut groups: BTreeMap<String, Vec<CatalogCode>> = BTreeMap::new();
    let mut order = Vec::new();
    for entry in entries {
        let key = entry_json_with(entry, locale, response);
        let key = json!([
            key["code"],
            key["statuses"],
            key["empty_body"],
            key["retry"],
            key["category"],
            key["retry_when"],
            key["description"],
            key["help"],
            key["decisions"],
            key["provider_family"]
        ])
        .to_string();
        if !groups.contains_key(&key) {
            order.push(key.clone());
        }
        groups.entry(key).or_default().push(*entry);
    }
    for key in order {
        write_group(text, &groups[&key], locale, response);
    }
}

fn write_group(
    text: &mut String,
    group: &[CatalogCode],
    locale: Locale,
    response: Option<(u16, Option<Duration>)>,
) {
    let first = group[0];
    let catalog = first.catalog();
    let providers: Vec<&str> = distinct(group.iter().map(|entry| entry.catalog().provider()));
    let _ = writeln!(text, "{} — {}", first.code(), catalog_list(&providers));
    let paths: Vec<String> = group.iter().map(CatalogCode::rust_path).collect();
    let shown = paths.len().min(SHOWN_CATALOGS);
    for path in &paths[..shown] {
        let _ = writeln!(text, "  {path}");
    }
    if paths.len() > shown {
        let _ = writeln!(
            text,
            "  … and {} more catalogs with the same facts (--provider narrows, --json lists all)",
            paths.len() - shown
        );
    }
    let mut statuses = match first.http_statuses() {
        [] => "none documented".to_owned(),
        statuses => statuses.iter().map(u16::to_string).collect::<Vec<_>>().join(", "),
    };
    if first.read_from_empty_body() {
        statuses.push_str(" (also an answer with an empty body)");
    }
    let (written, how) = written_status(&first);
    if first.http_statuses().first() != Some(&written) {
        let _ = write!(statuses, " (decided below at {written}: {how})");
    }
    let row = |text: &mut String, label: &str, value: &str| {
        let _ = writeln!(text, "  {label:<13} {value}");
    };
    row(text, "HTTP status", &statuses);
    row(
        text,
        "retry",
        &format!("{}: {}", first.retry(), retry_meaning(first.retry())),
    );
    if first.retry() == Retry::Backoff {
        row(text, "retry rule", &retry_rule(first));
    }
    row(text, "category", first.category().as_str());
    let (description, language) = first.description_in(locale);
    row(text, "description", &with_fallback(description, locale, language));
    if let Some((help, language)) = first.help_in(locale) {
        row(text, "help", &with_fallback(help, locale, language));
    }
    let (status, retry_after) = response.unwrap_or((written, None));
    write_decisions(text, &first.decisions(status, retry_after), catalog, status);
    text.push('\n');
}

/// The status an error of the code is written with (`ProviderError::new`'s), at which its
/// decisions are shown when no response says one, and why it is that one.
fn written_status(entry: &CatalogCode) -> (u16, &'static str) {
    let status = entry.written_status();
    let how = match entry.http_statuses().first() {
        Some(&documented) if documented == status => "the code's documented status",
        _ if status == entry.category().http_status() => "its category's status",
        _ => "the provider answers errors with HTTP 200",
    };
    (status, how)
}

/// A text, saying which language it fell back to when it is not the one asked.
fn with_fallback(text: &str, asked: Locale, got: Locale) -> String {
    if asked == got {
        one_line(text)
    } else {
        format!(
            "{} [{}: the catalog has no {} text]",
            one_line(text),
            got.as_str(),
            asked.as_str()
        )
    }
}

fn write_decisions(text: &mut String, decisions: &[Decision], catalog: &Catalog, status: u16) {
    let shown = shown_decisions(decisions, catalog);
    if let [(_, first), rest @ ..] = shown.as_slice() {
        if rest.iter().all(|(_, decision)| decision == first) {
            let _ = writeln!(text, "  {:<13} {first} (any request, HTTP {status})", "decide");
            return;
        }
    }
    let _ = writeln!(
        text,
        "  decide        after a first attempt answered HTTP {status}:"
    );
    for (situation, decision) in shown {
        let _ = writeln!(text, "    {situation:<27} {decision}");
    }
}

/// The situations worth showing: the window only for a provider that has one.
fn shown_decisions<'a>(decisions: &'a [Decision], catalog: &Catalog) -> Vec<(&'static str, &'a Decision)> {
    Reading::SITUATIONS
        .into_iter()
        .zip(decisions)
        .filter(|(situation, _)| {
            catalog.retry_policy().consistency_window.is_some() || !situation.contains("window")
        })
        .collect()
}

fn decisions_json(decisions: &[Decision], catalog: &Catalog) -> Vec<Value> {
    shown_decisions(decisions, catalog)
        .into_iter()
        .map(|(situation, decision)| {
            json!({
                "situation": situation,
                "retry": decision.is_retry(),
                "delay_ms": decision.delay().map(|delay| delay.as_millis() as u64),
                "decision": decision.to_string(),
            })
        })
        .collect()
}

fn retry_meaning(retry: Retry) -> &'static str {
    match retry {
        Retry::Never => "sending the same request again cannot succeed",
        Retry::Backoff => "transient, send it again after a wait",
        Retry::AfterFix => "succeeds only after the caller changes something (credentials, clock, state)",
    }
}

/// The provider's rule for a retryable code, as `decide` applies it.
fn retry_rule(code: CatalogCode) -> String {
    let policy = code.catalog().retry_policy();
    let token = match policy.idempotency_token {
        Some(TokenPlace::Header(name)) => format!(" or carries the `{name}` header"),
        Some(TokenPlace::BodyParameter(name)) => format!(" or carries `{name}` in its body"),
        _ => " or carries an idempotency token".to_owned(),
    };
    let attempts = format!("{} attempts, {}", policy.max_attempts, backoff(&policy.backoff));
    if policy.decide_by == DecideBy::Status {
        // The code's condition decides nothing there: the status alone does (IBM, Google).
        let statuses: Vec<String> = policy
            .status_conditions
            .iter()
            .map(|condition| {
                let statuses = if condition.first == condition.last {
                    condition.first.to_string()
                } else {
                    format!("{}-{}", condition.first, condition.last)
                };
                match condition.when {
                    RetryWhen::Idempotent => format!("{statuses} when the request is idempotent"),
                    when => format!("{statuses} {when}"),
                }
            })
            .collect();
        let idempotent = if policy
            .status_conditions
            .iter()
            .any(|condition| condition.when == RetryWhen::Idempotent)
        {
            format!(" (GET, HEAD, PUT, DELETE, OPTIONS{token})")
        } else {
            String::new()
        };
        return format!(
            "by the HTTP status alone, whatever the code: {}{idempotent}; {attempts}",
            statuses.join(", ")
        );
    }
    match code.retry_when() {
        RetryWhen::Always => format!("always, whatever the request; {attempts}"),
        RetryWhen::Idempotent => {
            format!("when the request is idempotent (GET, HEAD, PUT, DELETE, OPTIONS){token}; {attempts}")
        }
        RetryWhen::InConsistencyWindow => match policy.consistency_window {
            Some((attempts, window)) => format!(
                "only inside an eventual-consistency window (after a create or update): {attempts} attempts, {}",
                backoff(&window)
            ),
            None => "only inside an eventual-consistency window".to_owned(),
        },
        RetryWhen::Never => "not automatically: the provider's SDK does not retry it".to_owned(),
        _ => code.retry_when().to_string(),
    }
}

fn backoff(backoff: &Backoff) -> String {
    format!(
        "backoff from {:?} ×{} up to {:?}",
        backoff.base, backoff.multiplier, backoff.cap
    )
}

/// A code's facts as JSON: everything `explain` shows.
fn entry_json(entry: &CatalogCode, locale: Locale) -> Value {
    entry_json_with(entry, locale, None)
}

fn entry_json_with(entry: &CatalogCode, locale: Locale, response: Option<(u16, Option<Duration>)>) -> Value {
    let catalog = entry.catalog();
    let policy = catalog.retry_policy();
    let (description, language) = entry.description_in(locale);
    let (status, retry_after) = response.unwrap_or((entry.written_status(), None));
    json!({
        "code": entry.code(),
        "rust_path": entry.rust_path(),
        "catalog": catalog.path(),
        "crate": catalog.crate_name(),
        "provider": catalog.provider(),
        "provider_family": catalog.base().unwrap_or(catalog.path()),
        "envelope": catalog.envelope(),
        "statuses": entry.http_statuses(),
        "empty_body": entry.read_from_empty_body(),
        "retry": entry.retry().as_str(),
        "category": entry.category().as_str(),
        "retry_when": entry.retry_when().as_str(),
        // `status`: the status alone decides, and `retry_when` decides nothing (Google, IBM).
        "decide_by": match policy.decide_by {
            DecideBy::Status => "status",
            DecideBy::Code => "code",
            _ => "other",
        },
        "max_attempts": policy.max_attempts,
        "consistency_window": policy.consistency_window.map(|(attempts, window)| json!({
            "max_attempts": attempts,
            "base_ms": window.base.as_millis() as u64,
            "multiplier": window.multiplier,
            "cap_ms": window.cap.as_millis() as u64,
        })),
        "description": {"text": description, "lang": language.as_str(), "requested": locale.as_str()},
        "help": entry.help_in(locale).map(|(help, language)| json!({"text": help, "lang": language.as_str()})),
        "messages": entry.messages().collect::<Vec<_>>(),
        "decisions_for_status": status,
        "decisions": decisions_json(&entry.decisions(status, retry_after), catalog),
    })
}

/// `a, b, c` or `a, b and N more`.
fn catalog_list(names: &[&str]) -> String {
    let names = distinct(names.iter().copied());
    match names.len() {
        0..=3 => names.join(", "),
        more => format!("{} and {} more", names[..3].join(", "), more - 3),
    }
}

/// The values in first-seen order, each once.
fn distinct<'a>(values: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = Vec::new();
    for value in values {
        if !seen.contains(&value) {
            seen.push(value);
        }
    }
    seen
}

/// Text on one line: line breaks and other control characters as spaces.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}
