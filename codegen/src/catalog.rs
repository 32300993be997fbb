//! The catalog file format: YAML, parsed by granit-parser (the parser under serde-saphyr) into a
//! tree whose every node keeps where it was written, then read into [`RawCatalog`], whose values
//! keep those positions for every check. A new catalog key starts here (and in
//! catalogs/README.md), then goes through `validate`.
//!
//! Why a tree of our own rather than serde-derived structs: serde stops at a structure's first
//! error, and an error in one entry must not hide those of the others; reading the tree reports
//! every wrong type, missing and unknown key, each at the node at fault, in our own words. (A
//! `serde::Deserializer` over the tree feeding derived structs was weighed for issue 18: the key
//! handling it replaces is a small part of this file, most being the checks and their messages.)

pub mod write;

use std::borrow::Cow;
use std::collections::HashMap;

use granit_parser::{Event, Marker, Parser, ScalarStyle, Span, TryLoadError, TrySpannedEventReceiver};

use crate::check::{http_status, language_name, Entry, Finding, Located, Texts};
use crate::model::{
    BackoffDef, Category, EnvelopeName, JitterDef, Locale, QuotaDef, Retry, RetryPolicyDef, RetryWhen,
    SdkDef, StatusWhen, TokenPlaceDef, Word,
};

/// A 1-based line and column (in characters) of a catalog file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
    /// In the catalog's curation file (`<catalog>.curated.yaml`), not the catalog itself.
    pub curated: bool,
}

impl Pos {
    /// The start of the catalog file.
    const START: Pos = Pos {
        line: 1,
        column: 1,
        curated: false,
    };

    /// Where the parser's `marker` points, 1-based (a marker on line 0 counts as line 1).
    fn of(marker: &Marker) -> Pos {
        Pos {
            line: marker.line().max(1),
            column: marker.col() + 1,
            curated: false,
        }
    }
}

/// A value and its position in the catalog.
pub type At<T> = Located<T, Pos>;

/// A whole catalog file, read.
#[derive(Debug)]
pub struct RawCatalog {
    pub module: At<String>,
    pub provider: At<String>,
    pub docs: At<String>,
    pub envelope: EnvelopeName,
    /// `languages`, `[en, ja]` when not given; never empty, no language twice.
    pub languages: Vec<Locale>,
    pub extends: Option<At<String>>,
    pub status_rules: Vec<RawStatusRule>,
    /// Where the list of codes is (its value).
    pub codes_at: Pos,
    pub codes: Vec<Entry<Pos>>,
    /// `retry_policy`, without code conditions (those are `retry_when`).
    pub retry_policy: Option<RetryPolicyDef>,
    /// Each code's `retry_when`, with the code.
    pub retry_when: Vec<(String, At<RetryWhen>)>,
    /// Each code's `retry_when_status`: the statuses its `retry_when` is bound to.
    pub retry_statuses: Vec<(String, At<Vec<u16>>)>,
    /// `families`: the retry class (and category) of codes that name none, by code prefix.
    pub families: Vec<RawFamily>,
}

/// One entry of `families` (catalogs/README.md, "Family rules").
#[derive(Clone, Debug)]
pub struct RawFamily {
    pub prefix: At<String>,
    pub retry: Retry,
    pub category: Option<Category>,
}

impl RawFamily {
    /// Whether the rule covers `code`: the prefix is the code itself or a leading segment of it
    /// (`InternalError` covers `InternalError.SYS_ERR`, not `InternalErrorX`, which is another
    /// code); a prefix ending in `.` covers only sub-codes (`AuthFailure.` not `AuthFailure`).
    pub fn covers(&self, code: &str) -> bool {
        let prefix = self.prefix.value.as_str();
        match code.strip_prefix(prefix) {
            None => false,
            Some(rest) if prefix.ends_with('.') => !rest.is_empty(),
            Some(rest) => rest.is_empty() || rest.starts_with('.'),
        }
    }
}

/// One entry of `status_rules`.
#[derive(Debug)]
pub struct RawStatusRule {
    pub status: At<u64>,
    pub retry: Retry,
    pub category: Option<Category>,
    pub description: Texts<Pos>,
}

/// Parses and reads a catalog's text. `Err` holds every problem found, and the module name when
/// it could be read (so that catalogs extending this one are not told it does not exist).
pub fn read(text: &str) -> Result<RawCatalog, (Vec<Finding<Pos>>, Option<String>)> {
    read_curated(text, None)
}

/// Reads a catalog with its curation file's text (catalogs/README.md, "Curation files") layered
/// over it: each curated entry's keys replace the same keys of the catalog's entry for its code,
/// before anything is read, so that every check sees the values that will be generated. Findings
/// about the curation file's values have `curated` positions.
pub fn read_curated(
    text: &str,
    curated: Option<&str>,
) -> Result<RawCatalog, (Vec<Finding<Pos>>, Option<String>)> {
    let mut root = parse(text).map_err(|finding| (vec![finding], None))?;
    let mut reader = Reader {
        text,
        curated_text: curated.unwrap_or_default(),
        findings: Vec::new(),
        languages: DEFAULT_LANGUAGES.to_vec(),
    };
    if let Some(curated) = curated {
        match parse(curated) {
            Ok(mut layer) => {
                layer.mark_curated();
                reader.curate(&mut root, layer);
            }
            Err(finding) => {
                let module = string_at(&root, "module").map(str::to_owned);
                let at = Pos {
                    curated: true,
                    ..finding.at
                };
                return Err((vec![Finding { at, ..finding }], module));
            }
        }
    }
    match reader.catalog(root) {
        Ok(catalog) if reader.findings.is_empty() => Ok(catalog),
        Ok(catalog) => Err((reader.findings, Some(catalog.module.value))),
        Err(module) => Err((reader.findings, module)),
    }
}

fn parse(text: &str) -> Result<Node, Finding<Pos>> {
    let mut tree = TreeBuilder {
        open: Vec::new(),
        anchors: HashMap::new(),
        root: None,
        documents: 0,
        // An alias copies its anchored node: this bound stops a file of nested aliases (a
        // "billion laughs") long before memory runs out, and no catalog comes near it.
        node_budget: text.len().saturating_mul(8).max(1 << 16),
    };
    // An alias to no anchor comes as an event, so that it gets our message and help rather than
    // a syntax error's.
    let options = granit_parser::options! { emit_unresolved_aliases: true };
    let mut parser = Parser::new_from_str_with_options(text, options);
    // All documents, so that a second one is an error rather than text left unread.
    match parser.try_load(&mut tree, true) {
        Ok(()) => Ok(tree.root.unwrap_or(Node {
            value: Value::OtherScalar("null"),
            at: Pos::START,
            bytes: None,
        })),
        Err(TryLoadError::Scan(error)) => Err(syntax_error(error.marker(), &error.info())),
        Err(TryLoadError::Receiver(finding)) => Err(finding),
    }
}

/// Builds the located tree from the YAML parser's events. (serde-saphyr's deserializer over the
/// same parser built it at three times the parser's own cost: codegen/DECISIONS.md.)
struct TreeBuilder {
    /// The sequences and mappings being read, innermost last, each with its anchor (0 for none)
    /// and, in a mapping, the key read before its value.
    open: Vec<(Node, usize, Option<Node>)>,
    anchors: HashMap<usize, Node>,
    root: Option<Node>,
    documents: usize,
    /// How many more nodes the tree may hold, aliases' copies counted.
    node_budget: usize,
}

impl TreeBuilder {
    fn add(&mut self, node: Node, anchor: usize) {
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
        let Some((parent, _, key)) = self.open.last_mut() else {
            self.root = Some(node);
            return;
        };
        match (&mut parent.value, key.take()) {
            (Value::Seq(items), _) => items.push(node),
            (Value::Map(_), None) => *key = Some(node),
            (Value::Map(entries), Some(key)) => entries.push((key, node)),
            _ => unreachable!("only sequences and mappings are open"),
        }
    }
}

impl<'input> TrySpannedEventReceiver<'input> for TreeBuilder {
    type Error = Finding<Pos>;

    fn on_event(&mut self, event: Event<'input>, span: Span) -> Result<(), Self::Error> {
        let at = Pos::of(&span.start);
        let bytes = span.start.byte_offset().zip(span.end.byte_offset());
        let bytes = bytes.map(|(start, end)| (start, end.saturating_sub(start)));
        let too_many = || {
            Finding::new(
                at,
                "the file's aliases expand to too many values",
                "write the values out, or nest fewer aliases: each copies its anchored value",
            )
        };
        self.node_budget = self.node_budget.checked_sub(1).ok_or_else(too_many)?;
        match event {
            Event::Scalar(text, style, anchor, tag) => {
                let plain =
                    style == ScalarStyle::Plain && tag.is_none_or(|tag| !tag.is_yaml_core_schema_tag("str"));
                let value = if plain {
                    plain_scalar(&text)
                } else {
                    Value::Str(text.into_owned())
                };
                self.add(Node { value, at, bytes }, anchor);
            }
            Event::SequenceStart(_, anchor, _) | Event::MappingStart(_, anchor, _) => {
                let value = match event {
                    Event::SequenceStart(..) => Value::Seq(Vec::new()),
                    _ => Value::Map(Vec::new()),
                };
                self.open.push((Node { value, at, bytes }, anchor, None));
            }
            Event::SequenceEnd | Event::MappingEnd => {
                if let Some((mut node, anchor, _)) = self.open.pop() {
                    if let (Some((start, _)), Some(end)) = (node.bytes, span.end.byte_offset()) {
                        node.bytes = Some((start, end.saturating_sub(start)));
                    }
                    self.add(node, anchor);
                }
            }
            Event::Alias(anchor) => {
                // The parser knows every anchor before its aliases; this one's node is not read
                // to its end yet.
                let Some(node) = self.anchors.get(&anchor) else {
                    return Err(Finding::new(
                        at,
                        "an alias inside the value its anchor names: a value cannot hold itself",
                        "write the inner value out, or move the alias after the anchored value",
                    ));
                };
                self.node_budget = self.node_budget.checked_sub(node.size()).ok_or_else(too_many)?;
                let node = Node { at, ..node.clone() };
                self.add(node, 0);
            }
            Event::DocumentStart(..) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(Finding::new(
                        at,
                        "a second YAML document in the file",
                        "a catalog file holds one document: remove the `---`, or move the rest to a file of its own",
                    ));
                }
            }
            Event::UnresolvedAlias(name) => {
                return Err(Finding::new(
                    at,
                    format!("the alias `*{name}` names no anchor"),
                    "define the anchor (`&name`) before its alias",
                ));
            }
            _ => {}
        }
        Ok(())
    }
}

/// What YAML 1.2's core schema reads a plain scalar as: `yes`, `no`, `y`, `n` stay words (a wire
/// code `N` is a code), unlike YAML 1.1.
fn plain_scalar(text: &str) -> Value {
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let digits = |text: &str, radix: u32| !text.is_empty() && text.chars().all(|c| c.is_digit(radix));
    let number = |text: &str, radix: u32| {
        i128::from_str_radix(text, radix).map_or(Value::OtherScalar("number"), Value::Int)
    };
    if let Some(hex) = text.strip_prefix("0x").filter(|hex| digits(hex, 16)) {
        return number(hex, 16);
    }
    if let Some(octal) = text.strip_prefix("0o").filter(|octal| digits(octal, 8)) {
        return number(octal, 8);
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => Value::OtherScalar("null"),
        "true" | "True" | "TRUE" | "false" | "False" | "FALSE" => Value::OtherScalar("boolean"),
        _ if digits(unsigned, 10) => number(text.strip_prefix('+').unwrap_or(text), 10),
        _ if is_float(unsigned) => Value::OtherScalar("number"),
        ".nan" | ".NaN" | ".NAN" => Value::OtherScalar("number"),
        _ => Value::Str(text.to_owned()),
    }
}

/// `1.5`, `.5`, `1.`, `1e3`, `2.5E-3`, `.inf`: YAML 1.2's floats, the sign taken off.
fn is_float(text: &str) -> bool {
    if matches!(text, ".inf" | ".Inf" | ".INF") {
        return true;
    }
    let (mantissa, exponent) = text
        .split_once(['e', 'E'])
        .map_or((text, None), |(mantissa, exponent)| (mantissa, Some(exponent)));
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = |part: &str| part.chars().all(|c| c.is_ascii_digit());
    let mantissa_ok = all_digits(whole)
        && all_digits(fraction)
        && (!whole.is_empty() || !fraction.is_empty())
        && (mantissa.contains('.') || exponent.is_some());
    let exponent_ok = exponent.is_none_or(|exponent| {
        let digits = exponent.strip_prefix(['-', '+']).unwrap_or(exponent);
        !digits.is_empty() && all_digits(digits)
    });
    mantissa_ok && exponent_ok
}

/// The value of `key` in a mapping node, when it is a plain string.
fn string_at<'a>(node: &'a Node, key: &str) -> Option<&'a str> {
    match &node.value {
        Value::Map(entries) => entries.iter().find_map(|(name, value)| match &value.value {
            Value::Str(text) if name.is_key(key) => Some(text.as_str()),
            _ => None,
        }),
        _ => None,
    }
}

/// A YAML syntax error, at the place the parser names (for an unclosed quote or bracket, where
/// it opens), in the parser's words.
fn syntax_error(at: &Marker, problem: &str) -> Finding<Pos> {
    Finding::new(
        Pos::of(at),
        format!("YAML syntax error: {problem}"),
        "check the quotes, brackets and indentation here; a value containing `: ` or ` #` must be quoted",
    )
}

/// A YAML node and where it is.
#[derive(Clone, Debug)]
struct Node {
    value: Value,
    at: Pos,
    /// The bytes of its definition (the anchored node, for an alias), for the text of a plain
    /// scalar that YAML reads as a number, boolean or null where a string is wanted.
    bytes: Option<(usize, usize)>,
}

#[derive(Clone, Debug)]
enum Value {
    Str(String),
    Int(i128),
    /// A float, boolean or null: wanted only as text, or reported as the wrong type.
    OtherScalar(&'static str),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// The number of nodes in it, itself included.
    fn size(&self) -> usize {
        match &self.value {
            Value::Seq(items) => 1 + items.iter().map(Node::size).sum::<usize>(),
            Value::Map(entries) => {
                1 + entries
                    .iter()
                    .map(|(key, value)| key.size() + value.size())
                    .sum::<usize>()
            }
            _ => 1,
        }
    }

    fn is_null(&self) -> bool {
        matches!(self.value, Value::OtherScalar("null"))
    }

    /// A string node at `at`: a key that curation adds.
    fn key(name: &str, at: Pos) -> Node {
        Node {
            value: Value::Str(name.to_owned()),
            at,
            bytes: None,
        }
    }

    /// The text of its definition in `text`, the file's.
    fn raw<'t>(&self, text: &'t str) -> &'t str {
        self.bytes
            .and_then(|(start, len)| text.get(start..start + len))
            .unwrap_or_default()
    }

    /// Whether the node is the string `key`.
    fn is_key(&self, key: &str) -> bool {
        matches!(&self.value, Value::Str(name) if name == key)
    }

    /// Marks the node and everything in it as the curation file's.
    fn mark_curated(&mut self) {
        self.at.curated = true;
        match &mut self.value {
            Value::Seq(items) => items.iter_mut().for_each(Node::mark_curated),
            Value::Map(entries) => entries.iter_mut().for_each(|(key, value)| {
                key.mark_curated();
                value.mark_curated();
            }),
            _ => {}
        }
    }
}

// The keys of each mapping, one table each: a leading `!` marks a required key, whose null value
// is a value (of the wrong type, mostly) rather than no value.
#[rustfmt::skip]
const CATALOG_KEYS: [&str; 10] = ["!module", "!provider", "!docs", "!envelope", "languages", "extends", "retry_policy", "families", "status_rules", "!codes"];
#[rustfmt::skip]
const CODE_KEYS: [&str; 14] = ["!code", "status", "retry", "retry_when", "retry_when_status", "category", "en", "ja", "zh", "help", "name", "messages", "overrides", "empty_body"];
#[rustfmt::skip]
const POLICY_KEYS: [&str; 15] = ["!source", "!max_attempts", "!backoff", "max_delay_ms", "max_elapsed_ms", "default_when", "status_when", "consistency_window", "idempotency_token", "retry_quota", "decide_by", "sdk_max_attempts", "sdk_default_when", "sdk_code_when", "sdk_status_when"];
const BACKOFF_KEYS: [&str; 4] = ["!base_ms", "multiplier", "!cap_ms", "jitter"];
const WINDOW_KEYS: [&str; 2] = ["!max_attempts", "!backoff"];
const JITTER_KEYS: [&str; 1] = ["!add_ms"];
const TOKEN_KEYS: [&str; 2] = ["header", "body_parameter"];
const QUOTA_KEYS: [&str; 4] = ["!initial", "!retry_cost", "!timeout_cost", "!success_refund"];
const FAMILY_KEYS: [&str; 3] = ["!prefix", "!retry", "category"];
const RULE_KEYS: [&str; 6] = ["!status", "!retry", "category", "en", "ja", "zh"];
const HELP_KEYS: [&str; 3] = ["en", "ja", "zh"];
const CURATION_KEYS: [&str; 2] = ["!codes", "retry_policy"];
#[rustfmt::skip]
const CURATED_CODE_KEYS: [&str; 14] = ["!code", "status", "retry", "retry_when", "category", "help", "name", "messages", "en", "ja", "zh", "overrides", "empty_body", "added"];
/// The languages of a catalog without `languages`: those of the catalogs written before the key.
const DEFAULT_LANGUAGES: [Locale; 2] = [Locale::En, Locale::Ja];
const STATUS_HELP: &str = "write an HTTP status, a number from 100 to 599, or a list of them: `[404, 400]`";

/// Reads the tree, collecting a finding for every node of the wrong shape.
struct Reader<'a> {
    text: &'a str,
    /// The curation file's text, for the nodes marked `curated`; "" without one.
    curated_text: &'a str,
    findings: Vec<Finding<Pos>>,
    /// The catalog's languages, read before its texts, which must be in them.
    languages: Vec<Locale>,
}

/// The values of a mapping's known keys, and whom the findings about them name.
struct Fields {
    owner: String,
    keys: &'static [&'static str],
    values: Vec<Option<Node>>,
}

impl Fields {
    /// A key's value as written.
    fn take(&mut self, key: &str) -> Option<Node> {
        self.values[key_index(self.keys, key)?].take()
    }

    /// Where a key's value is, if given.
    fn at(&self, key: &str) -> Option<Pos> {
        self.values[key_index(self.keys, key)?]
            .as_ref()
            .map(|node| node.at)
    }

    /// A key's value; for an optional key, null (`key:` with nothing after it) is no value.
    fn value(&mut self, key: &str) -> Option<Node> {
        let index = key_index(self.keys, key)?;
        let required = self.keys[index].starts_with('!');
        self.values[index]
            .take()
            .filter(|node| required || !node.is_null())
    }
}

/// The index of `key` in a table of keys (whose required ones are marked `!`).
fn key_index(keys: &[&str], key: &str) -> Option<usize> {
    keys.iter()
        .position(|known| known.strip_prefix('!').unwrap_or(known) == key)
}

impl Reader<'_> {
    /// The text a node was read from.
    fn source_of(&self, node: &Node) -> &str {
        if node.at.curated {
            self.curated_text
        } else {
            self.text
        }
    }

    /// Layers a curation file (`layer`) over the catalog's tree: `codes:` entries keyed by
    /// `code`, whose keys replace (or add) those of the catalog's entry for the same code.
    fn curate(&mut self, root: &mut Node, layer: Node) {
        let mut fields = self.fields(layer, "the curation file".to_owned(), &CURATION_KEYS);
        // The SDK's retry policy is curation, not a fact of the source a catalog is imported
        // from: it may stand in the curation file, where it replaces the catalog's.
        if let (Some(policy), Value::Map(catalog)) = (fields.value("retry_policy"), &mut root.value) {
            catalog.retain(|(name, _)| !name.is_key("retry_policy"));
            catalog.push((Node::key("retry_policy", policy.at), policy));
        }
        let Some(codes) = fields.value("codes").filter(|node| !node.is_null()) else {
            return;
        };
        let entries = self.list(codes, "codes", &fields.owner, |reader, node, index| {
            let mut fields = reader.fields(node, format!("curated entry {}", index + 1), &CURATED_CODE_KEYS);
            let code_node = fields.take("code")?;
            let code = reader.string(code_node.clone(), "code", &fields.owner)?;
            let added = fields
                .value("added")
                .and_then(|node| reader.boolean(node, "added", &fields.owner))
                .unwrap_or(false);
            let values: Vec<(&str, Node)> = CURATED_CODE_KEYS[1..]
                .iter()
                .filter(|key| **key != "added")
                .filter_map(|key| Some((*key, fields.take(key)?)))
                .collect();
            Some((code, code_node, added, values))
        });
        let Value::Map(catalog) = &mut root.value else {
            return;
        };
        let catalog_codes = catalog
            .iter_mut()
            .find_map(|(key, value)| match &mut value.value {
                Value::Seq(codes) if key.is_key("codes") => Some(codes),
                _ => None,
            });
        let Some(catalog_codes) = catalog_codes else {
            // The catalog's own findings say what is wrong with its `codes`.
            return;
        };
        let mut curated_at: HashMap<String, Pos> = HashMap::new();
        for (code, code_node, added, values) in entries {
            let shown = crate::check::shown(&code.value);
            if let Some(&first) = curated_at.get(&code.value) {
                self.findings.push(
                    Finding::new(
                        code.at,
                        format!("the code `{shown}` is curated twice"),
                        "merge the two entries",
                    )
                    .note(first, "the first entry is here"),
                );
                continue;
            }
            curated_at.insert(code.value.clone(), code.at);
            let entry = catalog_codes.iter_mut().find_map(|entry| match &mut entry.value {
                Value::Map(keys)
                    if keys
                        .iter()
                        .any(|(key, value)| key.is_key("code") && self.scalar_text(value) == code.value) =>
                {
                    Some(keys)
                }
                _ => None,
            });
            let entry = match (entry, added) {
                (Some(_), true) => {
                    self.findings.push(Finding::new(
                        code.at,
                        format!("the code `{shown}` is `added: true`, but the catalog has it"),
                        "the source has the code now: remove `added: true`, and the keys the catalog's entry gives",
                    ));
                    continue;
                }
                (Some(entry), false) => entry,
                // A code the source does not have, though the service sends it: a new entry.
                (None, true) => {
                    let key = |name: &str| Node::key(name, code.at);
                    let mut keys = vec![(key("code"), code_node)];
                    keys.extend(values.into_iter().map(|(name, node)| (key(name), node)));
                    catalog_codes.push(Node {
                        value: Value::Map(keys),
                        at: code.at,
                        bytes: None,
                    });
                    continue;
                }
                (None, false) => {
                    self.findings.push(Finding::new(
                        code.at,
                        format!("the curated code `{shown}` is not in the catalog"),
                        "remove the entry (the provider no longer has the code), or write the code exactly as the catalog does",
                    ));
                    continue;
                }
            };
            for (key, node) in values {
                match entry.iter_mut().find(|(name, _)| name.is_key(key)) {
                    Some((_, value)) => *value = node,
                    None => entry.push((Node::key(key, node.at), node)),
                }
            }
        }
    }

    /// `Err` with the module name, if readable, when the catalog cannot be read.
    fn catalog(&mut self, root: Node) -> Result<RawCatalog, Option<String>> {
        let root_at = root.at;
        if !matches!(root.value, Value::Map(_)) {
            let what = if root.is_null() {
                "no catalog".to_owned()
            } else {
                format!("{}, not a catalog", describe(&root, self.source_of(&root)))
            };
            let at = Pos::START;
            let help = "write a catalog (see catalogs/README.md), or remove the file";
            self.findings
                .push(Finding::new(at, format!("the file holds {what}"), help));
            return Err(None);
        }
        let mut f = self.fields(root, "the catalog".to_owned(), &CATALOG_KEYS);
        let module = self.text(&mut f, "module");
        let provider = self.text(&mut f, "provider");
        let docs = self.text(&mut f, "docs");
        let envelope = self.word(&mut f, "envelope");
        if let Some(node) = f.value("languages") {
            self.languages = self.languages(node);
        }
        let extends = self.text(&mut f, "extends");
        let retry_policy = f.value("retry_policy").and_then(|node| self.retry_policy(node));
        let families = f.value("families").map(|node| self.families(node));
        let status_rules = f
            .value("status_rules")
            .map(|node| self.list(node, "status_rules", &f.owner, Self::status_rule));
        let codes_node = f.value("codes");
        let codes_at = codes_node.as_ref().map_or(root_at, |node| node.at);
        let mut retry_when = Vec::new();
        let mut retry_statuses = Vec::new();
        let codes = codes_node.filter(|node| !node.is_null()).map(|node| {
            self.list(node, "codes", &f.owner, |reader, node, index| {
                let (entry, when, statuses) = reader.code(node, index)?;
                let code = entry.code.as_ref().map(|code| code.value.clone());
                retry_when.extend(code.clone().zip(when));
                retry_statuses.extend(code.zip(statuses));
                Some(entry)
            })
        });
        let module_name = module.as_ref().map(|module| module.value.clone());
        let (Some(module), Some(provider), Some(docs), Some(envelope)) = (module, provider, docs, envelope)
        else {
            return Err(module_name);
        };
        Ok(RawCatalog {
            module,
            provider,
            docs,
            envelope,
            languages: self.languages.clone(),
            extends,
            status_rules: status_rules.unwrap_or_default(),
            codes_at,
            codes: codes.unwrap_or_default(),
            retry_policy,
            retry_when,
            retry_statuses,
            families: families.unwrap_or_default(),
        })
    }

    /// An entry of `codes`, its `retry_when` and its `retry_when_status`.
    #[allow(clippy::type_complexity)]
    fn code(
        &mut self,
        node: Node,
        index: usize,
    ) -> Option<(Entry<Pos>, Option<At<RetryWhen>>, Option<At<Vec<u16>>>)> {
        // The owner named by the findings about the entry: its code, when it has one.
        let owner = match string_at(&node, "code") {
            Some(code) => format!("the code `{}`", crate::check::shown(code)),
            None => format!("code entry {}", index + 1),
        };
        let before = self.findings.len();
        let entry_at = node.at;
        // `retry` may come from a family rule, which only `validate` knows once `extends` resolves.
        let mut f = self.fields(node, owner, &CODE_KEYS);
        let code = self.text(&mut f, "code");
        let statuses = f.value("status").map(|node| self.statuses(node, &f.owner));
        let retry = self.word(&mut f, "retry");
        let when_at = f.at("retry_when");
        let retry_when = f.value("retry_when").and_then(|node| {
            let at = node.at;
            Some(Located::new(self.vocabulary(node, "retry_when", &f.owner)?, at))
        });
        let retry_statuses = f
            .value("retry_when_status")
            .and_then(|node| self.retry_when_status(node, &f.owner, when_at.is_some()));
        let category = self.word(&mut f, "category");
        let description = self.texts(&mut f, "description", entry_at);
        let help = f.value("help").map(|node| {
            let at = node.at;
            let mut help = self.fields(node, format!("the help of {}", f.owner), &HELP_KEYS);
            // Past its keys, the help's findings name the entry ("the code `X` has a … help").
            help.owner.clone_from(&f.owner);
            self.texts(&mut help, "help", at)
        });
        let name = self.text(&mut f, "name");
        let messages = f.value("messages").map(|node| {
            self.list(node, "messages", &f.owner, |reader, node, index| {
                reader.string(node, &format!("item {} of `messages`", index + 1), &f.owner)
            })
        });
        let overrides = f
            .value("overrides")
            .and_then(|node| self.boolean(node, "overrides", &f.owner));
        let empty_body = f.value("empty_body").and_then(|node| {
            let at = node.at;
            self.boolean(node, "empty_body", &f.owner)?.then_some(at)
        });
        if self.findings.len() > before {
            return None;
        }
        let entry = Entry {
            code: Some(code?),
            name,
            statuses: statuses.unwrap_or_default(),
            retry,
            category,
            description,
            help,
            messages: messages.unwrap_or_default(),
            overrides: overrides.unwrap_or(false),
            empty_body,
        };
        Some((entry, retry_when, retry_statuses))
    }

    /// `retry_when_status`: a status or a list of them, to which the code's `retry_when` is bound
    /// (an SDK's (status, code) pair); it needs a `retry_when`.
    fn retry_when_status(&mut self, node: Node, owner: &str, has_when: bool) -> Option<At<Vec<u16>>> {
        let at = node.at;
        let items = match node.value {
            Value::Seq(items) => items,
            _ => vec![node],
        };
        let mut statuses = Vec::new();
        for item in items {
            let status = self.status(item, "`retry_when_status`", owner)?;
            let Some(valid) = http_status(status.value) else {
                self.findings.push(Finding::new(
                    status.at,
                    format!("status {} of `retry_when_status` of {owner} is not an HTTP status", status.value),
                    "HTTP statuses are between 100 and 599: write the status of the SDK's (status, code) pair",
                ));
                return None;
            };
            statuses.push(valid);
        }
        if !has_when {
            self.findings.push(Finding::new(
                at,
                format!("`retry_when_status` of {owner} binds no condition: the code has no `retry_when`"),
                "add the condition the SDK retries it with at these statuses (`retry_when: always`), or remove `retry_when_status`",
            ));
            return None;
        }
        Some(Located::new(statuses, at))
    }

    /// `retry_policy`: the provider SDK's retry behaviour (catalogs/README.md, "Retry policy").
    fn retry_policy(&mut self, node: Node) -> Option<RetryPolicyDef> {
        let before = self.findings.len();
        let mut f = self.fields(node, "`retry_policy`".to_owned(), &POLICY_KEYS);
        // Keys that speak of codes mean nothing when the status alone decides.
        let by_code_keys: Vec<(&str, Pos)> = [
            "default_when",
            "sdk_default_when",
            "sdk_code_when",
            "consistency_window",
        ]
        .into_iter()
        .filter_map(|key| Some((key, f.at(key)?)))
        .collect();
        let source = self.text(&mut f, "source");
        let max_attempts = self.integer(&mut f, "max_attempts", 1..=100);
        let backoff = f
            .value("backoff")
            .and_then(|node| self.backoff(node, "the `backoff` of `retry_policy`"));
        let max_delay_ms = self.integer(&mut f, "max_delay_ms", 0..=u64::MAX);
        let max_elapsed_ms = self.integer(&mut f, "max_elapsed_ms", 1..=u64::MAX);
        let default_when = self.word(&mut f, "default_when");
        let status_when = f
            .value("status_when")
            .map(|node| self.status_when(node, "status_when"));
        let decide_by = f.value("decide_by").and_then(|node| self.decide_by(node));
        if decide_by == Some(true) {
            for (key, at) in by_code_keys {
                self.findings.push(Finding::new(
                    at,
                    format!("`{key}` of `retry_policy` has no effect with `decide_by: status`: the status alone decides, whatever the code"),
                    "remove it, and say through `status_when` which statuses are retried; or write `decide_by: code` if the SDK reads the code",
                ));
            }
        }
        let sdk_max_attempts = self.integer(&mut f, "sdk_max_attempts", 1..=100);
        let sdk_default_when = self.word(&mut f, "sdk_default_when");
        let sdk_code_when = f.value("sdk_code_when").map(|node| self.code_when(node));
        let sdk_status_when = f
            .value("sdk_status_when")
            .map(|node| self.status_when(node, "sdk_status_when"));
        let consistency_window = f.value("consistency_window").and_then(|node| {
            let owner = "the `consistency_window` of `retry_policy`";
            let mut window = self.fields(node, owner.to_owned(), &WINDOW_KEYS);
            let attempts = self.integer(&mut window, "max_attempts", 1..=100);
            let backoff = window.value("backoff").and_then(|node| self.backoff(node, owner));
            Some((u32::try_from(attempts?).ok()?, backoff?))
        });
        let idempotency_token = f
            .value("idempotency_token")
            .and_then(|node| self.idempotency_token(node));
        let retry_quota = f.value("retry_quota").and_then(|node| self.retry_quota(node));
        if self.findings.len() > before {
            return None;
        }
        Some(RetryPolicyDef {
            source: source?.value,
            max_attempts: u32::try_from(max_attempts?).ok()?,
            backoff: backoff?,
            // The runtime's defaults (`PolicyDefaults::new`): a minute, no total limit.
            max_delay_ms: max_delay_ms.unwrap_or(60_000),
            max_elapsed_ms,
            default_when: default_when.unwrap_or(RetryWhen::Idempotent),
            status_when,
            consistency_window,
            idempotency_token,
            retry_quota,
            code_conditions: Vec::new(),
            code_statuses: Vec::new(),
            by_status: decide_by.unwrap_or(false),
            sdk: SdkDef {
                max_attempts: sdk_max_attempts.and_then(|n| u32::try_from(n).ok()),
                default_when: sdk_default_when,
                code_when: sdk_code_when.unwrap_or_default(),
                status_when: sdk_status_when,
            },
        })
    }

    /// `decide_by`: `code` or `status`; `true` for `status`.
    fn decide_by(&mut self, node: Node) -> Option<bool> {
        match &node.value {
            Value::Str(word) if word == "code" => Some(false),
            Value::Str(word) if word == "status" => Some(true),
            _ => {
                let help = "write `code` (the code's class and condition decide) or `status` (the status alone decides, as IBM's SDK does)";
                self.wrong_type(&node, "decide_by", "`retry_policy`", help);
                None
            }
        }
    }

    /// `sdk_code_when`: `{InternalError: never, …}`, the SDK's condition of each code.
    fn code_when(&mut self, node: Node) -> Vec<(String, RetryWhen)> {
        let owner = "`retry_policy`";
        let Value::Map(entries) = node.value else {
            let help = "write a mapping of wire codes to conditions: `{InternalError: never}`";
            self.wrong_type(&node, "sdk_code_when", owner, help);
            return Vec::new();
        };
        let mut read: Vec<(String, RetryWhen)> = Vec::new();
        for (key, value) in entries {
            let key_at = key.at;
            let Some(code) = self.string(key, "a key of `sdk_code_when`", owner) else {
                continue;
            };
            let when = self.vocabulary(value, "sdk_code_when", owner);
            if read.iter().any(|(seen, _)| *seen == code.value) {
                self.findings.push(Finding::new(
                    key_at,
                    format!(
                        "code `{}` is listed twice in `sdk_code_when` of {owner}",
                        code.value
                    ),
                    "list each code once",
                ));
            } else if let Some(when) = when {
                read.push((code.value, when));
            }
        }
        read
    }

    /// `{base_ms, multiplier, cap_ms, jitter}`; a cap below the base is reported at the cap.
    fn backoff(&mut self, node: Node, owner: &str) -> Option<BackoffDef> {
        let mut f = self.fields(node, owner.to_owned(), &BACKOFF_KEYS);
        let base_ms = self.integer(&mut f, "base_ms", 1..=u64::MAX);
        let multiplier = f
            .value("multiplier")
            .and_then(|node| self.multiplier(node, owner));
        let cap_at = f.at("cap_ms");
        let cap_ms = self.integer(&mut f, "cap_ms", 1..=u64::MAX);
        let jitter = f.value("jitter").and_then(|node| self.jitter(node, owner));
        let (base_ms, cap_ms, cap_at) = (base_ms?, cap_ms?, cap_at?);
        if cap_ms < base_ms {
            self.findings.push(Finding::new(
                cap_at,
                format!("`cap_ms` of {owner} ({cap_ms}) is below its `base_ms` ({base_ms})"),
                "the cap is the largest delay: make it at least the first one",
            ));
        }
        Some(BackoffDef {
            base_ms,
            multiplier: multiplier.unwrap_or(2.0),
            cap_ms,
            jitter: jitter.unwrap_or(JitterDef::None),
        })
    }

    /// A growth factor: a number from 1 (constant delays) to 10.
    fn multiplier(&mut self, node: Node, owner: &str) -> Option<f64> {
        let value = match node.value {
            Value::Int(_) | Value::OtherScalar("number") => self.scalar_text(&node).parse::<f64>().ok(),
            _ => None,
        };
        if let Some(value) = value.filter(|value| (1.0..=10.0).contains(value)) {
            return Some(value);
        }
        let found = describe(&node, self.source_of(&node));
        self.findings.push(Finding::new(
            node.at,
            format!("`multiplier` of {owner} must be a number from 1 to 10, not {found}"),
            "write the growth of the delay per attempt, e.g. `2.0` to double it",
        ));
        None
    }

    /// `none`, `full`, or `{add_ms: n}`.
    fn jitter(&mut self, node: Node, owner: &str) -> Option<JitterDef> {
        match &node.value {
            Value::Map(_) => {
                let mut f = self.fields(node, format!("the `jitter` of {owner}"), &JITTER_KEYS);
                Some(JitterDef::AddMs(self.integer(&mut f, "add_ms", 1..=u64::MAX)?))
            }
            Value::Str(word) if word == "none" => Some(JitterDef::None),
            Value::Str(word) if word == "full" => Some(JitterDef::Full),
            _ => {
                let help = "write `none`, `full` (a delay uniform in [0, backoff)), or `{add_ms: n}` (the backoff plus up to n ms)";
                self.wrong_type(&node, "jitter", owner, help);
                None
            }
        }
    }

    /// `{429: always, 500: idempotent, 502-599: idempotent, …}`: statuses (or ranges of them)
    /// answered without a known code, and when each is retried; single statuses first, then
    /// ranges, so that the first entry covering a status is the most specific.
    fn status_when(&mut self, node: Node, key_name: &str) -> Vec<StatusWhen> {
        let owner = "`retry_policy`";
        let Value::Map(entries) = node.value else {
            let help = "write a mapping of statuses to conditions: `{429: always, 503: idempotent}`";
            self.wrong_type(&node, key_name, owner, help);
            return Vec::new();
        };
        let mut read: Vec<StatusWhen> = Vec::new();
        for (key, value) in entries {
            let key_at = key.at;
            let Some((first, last)) = self.status_key(key, key_name, owner) else {
                continue;
            };
            let when = self.vocabulary(value, key_name, owner);
            let shown = |first: u16, last: u16| {
                if first == last {
                    format!("status {first}")
                } else {
                    format!("statuses {first}-{last}")
                }
            };
            let clash = read.iter().find(|(seen_first, seen_last, _)| {
                (*seen_first, *seen_last) == (first, last)
                    || (first != last
                        && *seen_first != *seen_last
                        && first <= *seen_last
                        && *seen_first <= last)
            });
            if let Some(&(seen_first, seen_last, _)) = clash {
                let message = if (seen_first, seen_last) == (first, last) {
                    format!(
                        "{} is listed twice in `{key_name}` of {owner}",
                        shown(first, last)
                    )
                } else {
                    format!(
                        "{} overlap {} in `{key_name}` of {owner}",
                        shown(first, last),
                        shown(seen_first, seen_last)
                    )
                };
                self.findings
                    .push(Finding::new(key_at, message, "list each status once"));
            } else if let Some(when) = when {
                read.push((first, last, when));
            }
        }
        read.sort_by_key(|&(first, last, _)| (first != last, first));
        read
    }

    /// A key of `status_when`: a status (`503`) or a range (`502-599`), 100 to 599.
    fn status_key(&mut self, key: Node, key_name: &str, owner: &str) -> Option<(u16, u16)> {
        let key_at = key.at;
        let (first, last) = match &key.value {
            Value::Str(text) => {
                let range = text
                    .split_once('-')
                    .and_then(|(a, b)| Some((a.trim().parse::<u64>().ok()?, b.trim().parse::<u64>().ok()?)));
                let Some(range) = range else {
                    let help = "write a status (`503`) or a range of statuses (`502-599`)";
                    self.wrong_type(&key, &format!("a key of `{key_name}`"), owner, help);
                    return None;
                };
                range
            }
            _ => {
                let status = self.status(key, &format!("a key of `{key_name}`"), owner)?;
                (status.value, status.value)
            }
        };
        match (http_status(first), http_status(last)) {
            (Some(first), Some(last)) if first <= last => Some((first, last)),
            _ => {
                let shown = if first == last {
                    format!("status {first}")
                } else {
                    format!("range {first}-{last}")
                };
                self.findings.push(Finding::new(
                    key_at,
                    format!("{shown} in `{key_name}` of {owner} is not an HTTP status"),
                    "HTTP statuses are between 100 and 599; a range goes from the lower to the higher",
                ));
                None
            }
        }
    }

    /// `{initial, retry_cost, timeout_cost, success_refund}`: a retry quota whose costs fit in it.
    fn retry_quota(&mut self, node: Node) -> Option<QuotaDef> {
        let owner = "the `retry_quota` of `retry_policy`";
        let mut f = self.fields(node, owner.to_owned(), &QUOTA_KEYS);
        let initial = self.integer(&mut f, "initial", 1..=u64::from(u32::MAX));
        // A cost above the initial tokens could never be paid: every retry would be refused.
        let most = initial.unwrap_or(u64::from(u32::MAX));
        let retry_cost = self.integer(&mut f, "retry_cost", 1..=most);
        let timeout_cost = self.integer(&mut f, "timeout_cost", 1..=most);
        let success_refund = self.integer(&mut f, "success_refund", 0..=most);
        let number = |n: Option<u64>| u32::try_from(n?).ok();
        Some(QuotaDef {
            initial: number(initial)?,
            retry_cost: number(retry_cost)?,
            timeout_cost: number(timeout_cost)?,
            success_refund: number(success_refund)?,
        })
    }

    /// `{header: name}` or `{body_parameter: name}`.
    fn idempotency_token(&mut self, node: Node) -> Option<TokenPlaceDef> {
        let owner = "the `idempotency_token` of `retry_policy`";
        let at = node.at;
        let mut f = self.fields(node, owner.to_owned(), &TOKEN_KEYS);
        match (self.text(&mut f, "header"), self.text(&mut f, "body_parameter")) {
            (Some(header), None) => Some(TokenPlaceDef::Header(header.value)),
            (None, Some(body)) => Some(TokenPlaceDef::BodyParameter(body.value)),
            _ => {
                self.findings.push(Finding::new(
                    at,
                    format!("{owner} must name one place: `header` or `body_parameter`"),
                    "write `{header: opc-retry-token}` or `{body_parameter: ClientToken}`",
                ));
                None
            }
        }
    }

    /// `families`: a list of `{prefix, retry, category}`, no prefix empty or given twice.
    fn families(&mut self, node: Node) -> Vec<RawFamily> {
        let families = self.list(node, "families", "the catalog", |reader, node, index| {
            let before = reader.findings.len();
            let mut f = reader.fields(node, format!("family rule {}", index + 1), &FAMILY_KEYS);
            let prefix = reader.text(&mut f, "prefix");
            let retry = reader.word(&mut f, "retry");
            let category = reader.word(&mut f, "category");
            if let Some(prefix) = &prefix {
                let text = &prefix.value;
                if text.is_empty() || text == "." || text.chars().any(|c| c.is_whitespace() || c.is_control()) {
                    reader.findings.push(Finding::new(
                        prefix.at,
                        format!("the `prefix` {text:?} of {} matches no code", f.owner),
                        "write the leading segment of the codes it covers, such as `InternalError` or `AuthFailure.`",
                    ));
                }
            }
            if reader.findings.len() > before {
                return None;
            }
            Some(RawFamily {
                prefix: prefix?,
                retry: retry?,
                category,
            })
        });
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (index, family) in families.iter().enumerate() {
            let first = *first.entry(&family.prefix.value).or_insert(index);
            if first != index {
                self.findings.push(
                    Finding::new(
                        family.prefix.at,
                        format!("two family rules have the prefix `{}`", family.prefix.value),
                        "keep one rule per prefix",
                    )
                    .note(families[first].prefix.at, "the first is here"),
                );
            }
        }
        families
    }

    fn status_rule(&mut self, node: Node, index: usize) -> Option<RawStatusRule> {
        let rule_at = node.at;
        let before = self.findings.len();
        let mut f = self.fields(node, format!("status rule {}", index + 1), &RULE_KEYS);
        let status = f
            .value("status")
            .and_then(|node| self.status(node, "`status`", &f.owner));
        let retry = self.word(&mut f, "retry");
        let category = self.word(&mut f, "category");
        let description = self.texts(&mut f, "description", rule_at);
        if self.findings.len() > before {
            return None;
        }
        Some(RawStatusRule {
            status: status?,
            retry: retry?,
            category,
            description,
        })
    }

    /// The known keys of a mapping (`keys`, the required ones marked `!`); reports unknown and
    /// repeated keys (at the key), missing required keys (at the mapping: its `{`, or its first
    /// key in block style), and a node that is no mapping.
    fn fields(&mut self, node: Node, owner: String, keys: &'static [&'static str]) -> Fields {
        let mut values: Vec<Option<Node>> = vec![None; keys.len()];
        let mut key_at: Vec<Option<Pos>> = vec![None; keys.len()];
        let at = node.at;
        let Value::Map(entries) = node.value else {
            self.wrong_type(
                &node,
                "",
                &owner,
                "write a mapping of keys (see catalogs/README.md)",
            );
            return Fields { owner, keys, values };
        };
        for (key, value) in entries {
            // Keys are strings but for a rare `404:` or `true:`, read as written.
            let name = match &key.value {
                Value::Str(name) => Cow::Borrowed(name.as_str()),
                _ => Cow::Owned(self.scalar_text(&key)),
            };
            let Some(index) = key_index(keys, &name) else {
                let help = unknown_key_help(&name, keys);
                let message = format!("{owner} has an unknown key `{name}`");
                self.findings.push(Finding::new(key.at, message, help));
                continue;
            };
            if let Some(first) = key_at[index] {
                let message = format!("{owner} has the key `{name}` twice");
                let finding =
                    Finding::new(key.at, message, "keep one of them").note(first, "the first is here");
                self.findings.push(finding);
                continue;
            }
            key_at[index] = Some(key.at);
            // An empty value has no text of its own to point at: its key stands for it.
            let at = if value.is_null() { key.at } else { value.at };
            values[index] = Some(Node { at, ..value });
        }
        for (index, key) in keys.iter().enumerate() {
            if let (Some(key), None) = (key.strip_prefix('!'), key_at[index]) {
                self.findings.push(Finding::new(
                    at,
                    format!("{owner} has no `{key}`"),
                    missing_key_help(key),
                ));
            }
        }
        Fields { owner, keys, values }
    }

    /// `languages: [zh, en]`: a list of the short tags of `Locale`, none twice, not empty.
    fn languages(&mut self, node: Node) -> Vec<Locale> {
        let at = node.at;
        let owner = "the catalog";
        let mut languages: Vec<Locale> = Vec::new();
        let read = self.list(node, "languages", owner, |reader, node, _| {
            let item_at = node.at;
            Some((item_at, reader.vocabulary(node, "languages", owner)?))
        });
        for (item_at, locale) in read {
            if languages.contains(&locale) {
                self.findings.push(Finding::new(
                    item_at,
                    format!("the language `{locale}` is listed twice in `languages`"),
                    "list each language once",
                ));
            } else {
                languages.push(locale);
            }
        }
        if languages.is_empty() {
            self.findings.push(Finding::new(
                at,
                "`languages` lists no language",
                "list the languages of the catalog's texts, the one to fall back to last first: `[en, ja]`, `[zh, en]`",
            ));
            return DEFAULT_LANGUAGES.to_vec();
        }
        languages
    }

    /// The texts of `what` (`description`, `help`) in each language: each must be one of the
    /// catalog's languages, and one at least is needed (`at`: where to say it is missing).
    fn texts(&mut self, f: &mut Fields, what: &str, at: Pos) -> Texts<Pos> {
        let [en, ja, zh] = [Locale::En, Locale::Ja, Locale::Zh].map(|locale| {
            let node = f.take(locale.as_str())?;
            let text_at = node.at;
            let owner = &f.owner;
            let text = self.string(node, locale.as_str(), owner)?;
            if !self.languages.contains(&locale) {
                let listed: Vec<String> = self.languages.iter().map(|l| format!("`{l}`")).collect();
                let language = language_name(locale);
                self.findings.push(Finding::new(
                    text_at,
                    format!(
                        "{owner} has a {language} {what} (`{locale}`), but the catalog's `languages` are {}",
                        listed.join(", ")
                    ),
                    format!("add `{locale}` to the catalog's `languages:`, or remove the text"),
                ));
            }
            Some(text)
        });
        let texts = Texts { en, ja, zh };
        if texts.each().iter().all(|(_, text)| text.is_none()) {
            let keys: Vec<String> = self.languages.iter().map(|l| format!("`{l}:`")).collect();
            self.findings.push(Finding::new(
                at,
                format!("{} has no {what}", f.owner),
                format!(
                    "add the text in one of the catalog's languages: {}",
                    keys.join(", ")
                ),
            ));
        }
        texts
    }

    /// The string value of a key.
    fn text(&mut self, f: &mut Fields, key: &str) -> Option<At<String>> {
        let node = f.value(key)?;
        self.string(node, key, &f.owner)
    }

    /// The value of a key taking one of a vocabulary's words.
    fn word<T: Word>(&mut self, f: &mut Fields, key: &str) -> Option<T> {
        let node = f.value(key)?;
        self.vocabulary(node, key, &f.owner)
    }

    /// A string value; a plain scalar YAML reads as a number (`code: 404`) is its text.
    fn string(&mut self, node: Node, key: &str, owner: &str) -> Option<At<String>> {
        match node.value {
            Value::Str(text) => Some(Located::new(text, node.at)),
            Value::Int(_) | Value::OtherScalar(_) => Some(Located::new(self.scalar_text(&node), node.at)),
            Value::Seq(_) | Value::Map(_) => {
                let help = "write a string (see catalogs/README.md for the type of each key)";
                self.wrong_type(&node, key, owner, help);
                None
            }
        }
    }

    /// The text of a scalar as written, for keys and string values.
    fn scalar_text(&self, node: &Node) -> String {
        match &node.value {
            Value::Str(text) => text.clone(),
            Value::OtherScalar("null") => String::new(),
            _ => node.raw(self.source_of(node)).to_owned(),
        }
    }

    fn vocabulary<T: Word>(&mut self, node: Node, key: &str, owner: &str) -> Option<T> {
        let allowed: Vec<String> = T::ALL.iter().map(|value| format!("`{}`", value.name())).collect();
        let allowed = allowed.join(", ");
        if matches!(
            node.value,
            Value::Seq(_) | Value::Map(_) | Value::OtherScalar("null")
        ) {
            self.wrong_type(&node, key, owner, &format!("write one of {allowed}"));
            return None;
        }
        let text = self.scalar_text(&node);
        let found = T::ALL.iter().copied().find(|value| value.name() == text);
        if found.is_none() {
            self.findings.push(Finding::new(
                node.at,
                format!("`{key}` of {owner} cannot be `{text}`"),
                format!("write one of {allowed} (see catalogs/README.md for what each means)"),
            ));
        }
        found
    }

    fn boolean(&mut self, node: Node, key: &str, owner: &str) -> Option<bool> {
        if matches!(node.value, Value::OtherScalar("boolean")) {
            match self.scalar_text(&node).as_str() {
                "true" | "True" | "TRUE" => return Some(true),
                "false" | "False" | "FALSE" => return Some(false),
                _ => {}
            }
        }
        self.wrong_type(&node, key, owner, "write `true` or `false`");
        None
    }

    /// `status: 404` or `status: [404, 400]`.
    fn statuses(&mut self, node: Node, owner: &str) -> Vec<At<u64>> {
        let Value::Seq(items) = node.value else {
            return self.status(node, "`status`", owner).into_iter().collect();
        };
        let items = items.into_iter().enumerate();
        items
            .filter_map(|(index, item)| self.status(item, &format!("item {} of `status`", index + 1), owner))
            .collect()
    }

    fn status(&mut self, node: Node, field: &str, owner: &str) -> Option<At<u64>> {
        // A negative or huge number is no status: the status check says so, with its range.
        if let Value::Int(n) = node.value {
            return Some(Located::new(u64::try_from(n).unwrap_or(u64::MAX), node.at));
        }
        self.wrong_type(&node, field, owner, STATUS_HELP);
        None
    }

    /// A whole number in `range`, the value of `key`.
    fn integer(&mut self, f: &mut Fields, key: &str, range: std::ops::RangeInclusive<u64>) -> Option<u64> {
        let node = f.value(key)?;
        let Value::Int(n) = node.value else {
            self.wrong_type(&node, key, &f.owner, "write a whole number");
            return None;
        };
        let found = u64::try_from(n).ok().filter(|n| range.contains(n));
        if found.is_none() {
            self.findings.push(Finding::new(
                node.at,
                format!("`{key}` of {} cannot be {n}", f.owner),
                format!("write a whole number from {} to {}", range.start(), range.end()),
            ));
        }
        found
    }

    /// The items of a list, each read by `item`; reports a node that is no list.
    fn list<T>(
        &mut self,
        node: Node,
        key: &str,
        owner: &str,
        mut item: impl FnMut(&mut Self, Node, usize) -> Option<T>,
    ) -> Vec<T> {
        let Value::Seq(items) = node.value else {
            self.wrong_type(&node, key, owner, "write a list (`- ` items, or `[…]`)");
            return Vec::new();
        };
        let items = items.into_iter().enumerate();
        items
            .filter_map(|(index, node)| item(self, node, index))
            .collect()
    }

    /// `key` (`code`, `item 2 of …`, or nothing for the owner itself) of `owner` has the wrong type.
    fn wrong_type(&mut self, node: &Node, key: &str, owner: &str, help: &str) {
        let whose = match key {
            "" => owner.to_owned(),
            _ if key.starts_with("item ") || key.starts_with('`') => format!("{key} of {owner}"),
            _ => format!("`{key}` of {owner}"),
        };
        let message = format!(
            "{whose} has the wrong type: {}",
            describe(node, self.source_of(node))
        );
        self.findings.push(Finding::new(node.at, message, help));
    }
}

/// A node as messages describe a value of the wrong type; `text` is the file's.
fn describe(node: &Node, text: &str) -> String {
    match &node.value {
        Value::Str(text) => format!("string {text:?}"),
        Value::Int(n) => format!("integer `{n}`"),
        Value::OtherScalar("null") => "null (an empty value)".to_owned(),
        Value::OtherScalar(kind) => format!("{kind} `{}`", node.raw(text)),
        Value::Seq(_) => "a list".to_owned(),
        Value::Map(_) => "a mapping".to_owned(),
    }
}

/// What to write for a missing required key.
fn missing_key_help(key: &str) -> String {
    match key {
        "module" => "add `module:`, the snake_case module name (`cloud_errors::<module>`)".to_owned(),
        "provider" => "add `provider:`, the provider's or service's display name".to_owned(),
        "docs" => "add `docs:`, the URL of the page the codes come from".to_owned(),
        "envelope" => format!(
            "add `envelope:`, one of {}",
            crate::provider::envelope_names(", ")
        ),
        "codes" => "add `codes:`, the list of error codes".to_owned(),
        "code" => "add `code:`, the code exactly as the service sends it".to_owned(),
        "status" => "add `status:`, the HTTP status (100 to 599)".to_owned(),
        "retry" => "add `retry:`, one of `never`, `backoff`, `after_fix`".to_owned(),
        "en" => "add `en:`, the English text".to_owned(),
        "ja" => "add `ja:`, the Japanese text".to_owned(),
        _ => format!("add `{key}:` (see catalogs/README.md)"),
    }
}

/// "did you mean" for an unknown key, among the keys of its mapping (`!` marks a required one).
fn unknown_key_help(unknown: &str, expected: &[&str]) -> String {
    let expected = expected.iter().map(|key| key.strip_prefix('!').unwrap_or(key));
    let known: Vec<String> = expected.clone().map(|key| format!("`{key}`")).collect();
    match closest(unknown, expected) {
        Some(key) => format!("did you mean `{key}`? (the keys here are {})", known.join(", ")),
        None => format!("remove it; the keys here are {}", known.join(", ")),
    }
}

/// The candidate `word` is likely a misspelling of, for "did you mean".
pub(crate) fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let near = candidates.map(|candidate| (edit_distance(word, candidate), candidate));
    let near = near.filter(|(distance, candidate)| *distance <= candidate.len().max(word.len()) / 3 + 1);
    near.min().map(|(_, candidate)| candidate)
}

/// Levenshtein distance, for "did you mean".
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> String {
        match plain_scalar(text) {
            Value::Str(text) => format!("string {text}"),
            Value::Int(n) => format!("int {n}"),
            Value::OtherScalar(kind) => kind.to_owned(),
            Value::Seq(_) | Value::Map(_) => unreachable!("a scalar"),
        }
    }

    #[test]
    fn plain_scalars_are_read_as_yaml_1_2_core_schema() {
        let cases = [
            ("404", "int 404"),
            ("-7", "int -7"),
            ("+7", "int 7"),
            ("0x1F", "int 31"),
            ("0o17", "int 15"),
            ("1.5", "number"),
            (".5", "number"),
            ("1e3", "number"),
            ("2.5E-3", "number"),
            ("-.inf", "number"),
            (".NaN", "number"),
            ("99999999999999999999999999999999999999999", "number"),
            ("true", "boolean"),
            ("FALSE", "boolean"),
            ("~", "null"),
            ("", "null"),
            ("Null", "null"),
            // YAML 1.1's booleans and other near-numbers are words: a wire code may be any of them.
            ("N", "string N"),
            ("yes", "string yes"),
            ("1.2.3", "string 1.2.3"),
            ("1e", "string 1e"),
            ("0x", "string 0x"),
            (".", "string ."),
            ("NotFound", "string NotFound"),
        ];
        for (text, expected) in cases {
            assert_eq!(kind(text), expected, "{text:?}");
        }
    }

    #[test]
    fn quoted_and_tagged_scalars_are_strings() {
        let root = parse("a: '404'\nb: !!str 404\nc: 404\n").unwrap();
        let Value::Map(entries) = root.value else {
            panic!("a mapping")
        };
        let kinds: Vec<String> = entries.iter().map(|(_, value)| describe(value, "")).collect();
        assert_eq!(kinds, ["string \"404\"", "string \"404\"", "integer `404`"]);
    }

    #[test]
    fn an_alias_is_its_anchored_node_at_the_alias() {
        let root = parse("a: &x [1, 2]\nb: *x\n").unwrap();
        let Value::Map(entries) = root.value else {
            panic!("a mapping")
        };
        let (_, alias) = &entries[1];
        assert!(matches!(&alias.value, Value::Seq(items) if items.len() == 2));
        assert_eq!((alias.at.line, alias.at.column), (2, 4));
    }

    #[test]
    fn nested_aliases_stop_at_the_node_budget() {
        // Each level doubles the previous one: 2^40 values if expanded.
        let mut text = String::from("a0: &a0 [x, x]\n");
        for level in 1..40 {
            text.push_str(&format!(
                "a{level}: &a{level} [*a{}, *a{}]\n",
                level - 1,
                level - 1
            ));
        }
        let finding = parse(&text).unwrap_err();
        assert!(finding.message.contains("too many values"), "{}", finding.message);
    }

    #[test]
    fn a_second_document_is_an_error_not_ignored() {
        let finding = parse("module: a\n---\nmodule: b\n").unwrap_err();
        assert!(
            finding.message.contains("a second YAML document"),
            "{}",
            finding.message
        );
        assert_eq!(finding.at.line, 2);
        // An explicit start of the one document is fine.
        assert!(parse("---\nmodule: a\n").is_ok());
    }

    #[test]
    fn an_alias_without_its_anchor_is_an_error() {
        let finding = parse("a: *nowhere\n").unwrap_err();
        assert_eq!(finding.message, "the alias `*nowhere` names no anchor");
        assert_eq!((finding.at.line, finding.at.column), (1, 4));
        // An anchor defined after its alias does not count either.
        let finding = parse("a: *later\nb: &later x\n").unwrap_err();
        assert_eq!(finding.message, "the alias `*later` names no anchor");
        assert_eq!((finding.at.line, finding.at.column), (1, 4));
    }

    #[test]
    fn an_alias_inside_its_own_value_is_an_error() {
        let finding = parse("a: &loop [1, *loop]\n").unwrap_err();
        assert!(
            finding
                .message
                .starts_with("an alias inside the value its anchor names"),
            "{}",
            finding.message
        );
        assert_eq!((finding.at.line, finding.at.column), (1, 14));
    }
}
