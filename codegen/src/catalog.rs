//! The catalog file format: YAML, parsed by serde-saphyr into a tree whose every node keeps where
//! it was written, then read into [`RawCatalog`], whose values keep those positions for every
//! check. A new catalog key starts here (and in catalogs/README.md), then goes through `validate`.
//!
//! Why a tree of our own rather than serde-derived structs: serde stops at a structure's first
//! error, and an error in one entry must not hide those of the others; reading the tree reports
//! every wrong type, missing and unknown key, each at the node at fault, in our own words.

use std::collections::HashMap;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{MessageFormatter, Spanned};

use crate::check::{language_name, Entry, Finding, Located, Texts};
use crate::model::{
    BackoffDef, Category, Envelope, JitterDef, Locale, Retry, RetryPolicyDef, RetryWhen, TokenPlaceDef,
};

/// A 1-based line and column (in characters) of a catalog file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
    /// In the catalog's curation file (`<catalog>.curated.yaml`), not the catalog itself.
    pub curated: bool,
}

/// A value and its position in the catalog.
pub type At<T> = Located<T, Pos>;

/// A whole catalog file, read.
#[derive(Debug)]
pub struct RawCatalog {
    pub module: At<String>,
    pub provider: At<String>,
    pub docs: At<String>,
    pub envelope: Envelope,
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
                let module = module_of(&root);
                let at = Pos {
                    curated: true,
                    ..finding.at
                };
                return Err((vec![Finding { at, ..finding }], module));
            }
        }
    }
    let catalog = reader.catalog(root);
    match catalog {
        Ok(catalog) if reader.findings.is_empty() => Ok(catalog),
        Ok(catalog) => Err((reader.findings, Some(catalog.module.value))),
        Err(module) => Err((reader.findings, module)),
    }
}

fn parse(text: &str) -> Result<Node, Finding<Pos>> {
    let mut options = serde_saphyr::Options::default();
    // `yes`, `no`, `y`, `n` are words (a wire code `N` is a code), as in YAML 1.2.
    options.strict_booleans = true;
    // Our own diagnostic shows the position; the library's snippet would repeat it.
    options.with_snippet = false;
    // Repeated keys are reported by `Reader::fields`, naming both places.
    options.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::PassThrough;
    // The default budget stops at 250,000 nodes, a catalog of about 20,000 codes; a catalog's
    // size is bounded by its file, and aliases stay bounded by the default alias limits.
    options.budget = None;
    serde_saphyr::from_str_with_options(text, options).map_err(|error| syntax_error(&error))
}

/// The `module` of a catalog's tree, when it is a plain string.
fn module_of(root: &Node) -> Option<String> {
    string_at(root, "module")
}

/// The value of `key` in a mapping node, when it is a plain string.
fn string_at(node: &Node, key: &str) -> Option<String> {
    match &node.value {
        Value::Map(entries) => entries
            .iter()
            .find_map(|(name, value)| match (&name.value, &value.value) {
                (Value::Str(name), Value::Str(text)) if name == key => Some(text.clone()),
                _ => None,
            }),
        _ => None,
    }
}

/// A YAML syntax error, at the place the parser names (for an unclosed quote or bracket, where
/// it opens), in the parser's words without its position suffix.
fn syntax_error(error: &serde_saphyr::Error) -> Finding<Pos> {
    let at = error.location().map_or(
        Pos {
            line: 1,
            column: 1,
            curated: false,
        },
        position,
    );
    let problem = serde_saphyr::DefaultMessageFormatter.format_message(error.without_snippet());
    Finding::new(
        at,
        format!("YAML syntax error: {problem}"),
        "check the quotes, brackets and indentation here; a value containing `: ` or ` #` must be quoted",
    )
}

fn position(location: serde_saphyr::Location) -> Pos {
    let number = |n: u64| usize::try_from(n).unwrap_or(usize::MAX).max(1);
    Pos {
        line: number(location.line()),
        column: number(location.column()),
        curated: false,
    }
}

/// A YAML node and where it is.
#[derive(Debug)]
struct Node {
    value: Value,
    at: Pos,
    /// The bytes of its definition (the anchored node, for an alias), for the text of a plain
    /// scalar that YAML reads as a number, boolean or null where a string is wanted.
    bytes: Option<(usize, usize)>,
}

#[derive(Debug)]
enum Value {
    Str(String),
    Int(i128),
    /// A float, boolean or null: wanted only as text, or reported as the wrong type.
    OtherScalar(&'static str),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = Spanned::<Value>::deserialize(deserializer)?;
        let span = spanned.defined.span();
        let bytes = span
            .byte_offset()
            .zip(span.byte_len())
            .and_then(|(start, len)| Some((usize::try_from(start).ok()?, usize::try_from(len).ok()?)));
        Ok(Node {
            value: spanned.value,
            at: position(spanned.referenced),
            bytes,
        })
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Value, E> {
        Ok(Value::OtherScalar("boolean"))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Int(n.into()))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Int(n.into()))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Value, E> {
        Ok(Value::OtherScalar("number"))
    }
    fn visit_str<E>(self, text: &str) -> Result<Value, E> {
        Ok(Value::Str(text.to_owned()))
    }
    fn visit_string<E>(self, text: String) -> Result<Value, E> {
        Ok(Value::Str(text))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::OtherScalar("null"))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(8));
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Value::Map(entries))
    }
}

impl Node {
    fn is_null(&self) -> bool {
        matches!(self.value, Value::OtherScalar("null"))
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

const ENVELOPES: [Envelope; 4] = [Envelope::Oci, Envelope::Ibm, Envelope::Alibaba, Envelope::Tencent];
// Tables, one line each.
#[rustfmt::skip]
const CATALOG_KEYS: [&str; 10] = ["module", "provider", "docs", "envelope", "languages", "extends", "retry_policy", "families", "status_rules", "codes"];
#[rustfmt::skip]
const CODE_KEYS: [&str; 12] = ["code", "status", "retry", "retry_when", "category", "en", "ja", "zh", "help", "name", "messages", "overrides"];
#[rustfmt::skip]
const POLICY_KEYS: [&str; 9] = ["source", "max_attempts", "backoff", "max_delay_ms", "max_elapsed_ms", "default_when", "status_when", "consistency_window", "idempotency_token"];
const BACKOFF_KEYS: [&str; 4] = ["base_ms", "multiplier", "cap_ms", "jitter"];
const WINDOW_KEYS: [&str; 2] = ["max_attempts", "backoff"];
const TOKEN_KEYS: [&str; 2] = ["header", "body_parameter"];
const FAMILY_KEYS: [&str; 3] = ["prefix", "retry", "category"];
const RULE_KEYS: [&str; 6] = ["status", "retry", "category", "en", "ja", "zh"];
const HELP_KEYS: [&str; 3] = ["en", "ja", "zh"];
const CURATION_KEYS: [&str; 1] = ["codes"];
#[rustfmt::skip]
const CURATED_CODE_KEYS: [&str; 10] = ["code", "retry", "retry_when", "category", "help", "name", "messages", "en", "ja", "zh"];
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

/// The values of a mapping's known keys.
struct Fields {
    keys: &'static [&'static str],
    values: Vec<Option<Node>>,
}

impl Fields {
    fn take(&mut self, key: &str) -> Option<Node> {
        let index = self.keys.iter().position(|known| *known == key)?;
        self.values[index].take()
    }

    /// An optional key's value: null (`key:` with nothing after it) is the same as no key.
    fn optional(&mut self, key: &str) -> Option<Node> {
        self.take(key).filter(|node| !node.is_null())
    }
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
        let owner = "the curation file";
        let mut fields = self.fields(layer, owner, &CURATION_KEYS, &["codes"]);
        let Some(codes) = fields.optional("codes") else {
            return;
        };
        let entries = self.list(codes, "codes", owner, |reader, node, index| {
            let owner = format!("curated entry {}", index + 1);
            let mut fields = reader.fields(node, &owner, &CURATED_CODE_KEYS, &["code"]);
            let code = fields
                .take("code")
                .and_then(|node| reader.string(node, "code", &owner))?;
            let values: Vec<(&str, Node)> = CURATED_CODE_KEYS[1..]
                .iter()
                .filter_map(|key| Some((*key, fields.take(key)?)))
                .collect();
            Some((code, values))
        });
        let Value::Map(catalog) = &mut root.value else {
            return;
        };
        let catalog_codes =
            catalog
                .iter_mut()
                .find_map(|(key, value)| match (&key.value, &mut value.value) {
                    (Value::Str(key), Value::Seq(codes)) if key == "codes" => Some(codes),
                    _ => None,
                });
        let Some(catalog_codes) = catalog_codes else {
            // The catalog's own findings say what is wrong with its `codes`.
            return;
        };
        let mut curated_at: HashMap<String, Pos> = HashMap::new();
        for (code, values) in entries {
            if let Some(&first) = curated_at.get(&code.value) {
                self.findings.push(
                    Finding::new(
                        code.at,
                        format!("the code `{}` is curated twice", crate::check::shown(&code.value)),
                        "merge the two entries",
                    )
                    .note(first, "the first entry is here"),
                );
                continue;
            }
            curated_at.insert(code.value.clone(), code.at);
            let entry = catalog_codes.iter_mut().find_map(|entry| match &mut entry.value {
                Value::Map(keys)
                    if keys.iter().any(|(key, value)| {
                        matches!(&key.value, Value::Str(key) if key == "code")
                            && self.scalar_text(value) == code.value
                    }) =>
                {
                    Some(keys)
                }
                _ => None,
            });
            let Some(entry) = entry else {
                self.findings.push(Finding::new(
                    code.at,
                    format!(
                        "the curated code `{}` is not in the catalog",
                        crate::check::shown(&code.value)
                    ),
                    "remove the entry (the provider no longer has the code), or write the code exactly as the catalog does",
                ));
                continue;
            };
            for (key, node) in values {
                match entry
                    .iter_mut()
                    .find(|(name, _)| matches!(&name.value, Value::Str(name) if name == key))
                {
                    Some((_, value)) => *value = node,
                    None => {
                        let name = Node {
                            value: Value::Str(key.to_owned()),
                            at: node.at,
                            bytes: None,
                        };
                        entry.push((name, node));
                    }
                }
            }
        }
    }

    /// `Err` with the module name, if readable, when the catalog cannot be read.
    fn catalog(&mut self, root: Node) -> Result<RawCatalog, Option<String>> {
        let root_at = root.at;
        if root.is_null() || !matches!(root.value, Value::Map(_)) {
            let what = if root.is_null() {
                "no catalog".to_owned()
            } else {
                format!("{}, not a catalog", describe(&root, self.source_of(&root)))
            };
            self.findings.push(Finding::new(
                Pos {
                    line: 1,
                    column: 1,
                    curated: false,
                },
                format!("the file holds {what}"),
                "write a catalog (see catalogs/README.md), or remove the file",
            ));
            return Err(None);
        }
        let owner = "the catalog";
        let mut fields = self.fields(
            root,
            owner,
            &CATALOG_KEYS,
            &["module", "provider", "docs", "envelope", "codes"],
        );
        let module = self.text(&mut fields, "module", owner);
        let provider = self.text(&mut fields, "provider", owner);
        let docs = self.text(&mut fields, "docs", owner);
        let envelope = self.word(&mut fields, "envelope", owner, &ENVELOPES, Envelope::as_str);
        if let Some(node) = fields.optional("languages") {
            self.languages = self.languages(node);
        }
        let extends = fields
            .optional("extends")
            .and_then(|node| self.string(node, "extends", owner));
        let retry_policy = fields
            .optional("retry_policy")
            .and_then(|node| self.retry_policy(node));
        let families = match fields.optional("families") {
            Some(node) => self.families(node),
            None => Vec::new(),
        };
        let status_rules = match fields.optional("status_rules") {
            Some(node) => self.list(node, "status_rules", owner, Self::status_rule),
            None => Vec::new(),
        };
        let codes_node = fields.take("codes");
        let codes_at = codes_node.as_ref().map_or(root_at, |node| node.at);
        let mut retry_when = Vec::new();
        let codes = match codes_node.filter(|node| !node.is_null()) {
            Some(node) => self.list(node, "codes", owner, |reader, node, index| {
                let (entry, when) = reader.code(node, index)?;
                if let (Some(code), Some(when)) = (&entry.code, when) {
                    retry_when.push((code.value.clone(), when));
                }
                Some(entry)
            }),
            None => Vec::new(),
        };
        let module_name = module.as_ref().map(|module| module.value.clone());
        match (module, provider, docs, envelope) {
            (Some(module), Some(provider), Some(docs), Some(envelope)) => Ok(RawCatalog {
                module,
                provider,
                docs,
                envelope,
                languages: self.languages.clone(),
                extends,
                status_rules,
                codes_at,
                codes,
                retry_policy,
                retry_when,
                families,
            }),
            _ => Err(module_name),
        }
    }

    /// An entry of `codes`, and its `retry_when`.
    fn code(&mut self, node: Node, index: usize) -> Option<(Entry<Pos>, Option<At<RetryWhen>>)> {
        // The owner named by the findings about the entry: its code, when it has one.
        let code_text = string_at(&node, "code");
        let owner = match &code_text {
            Some(code) => format!("the code `{}`", crate::check::shown(code)),
            None => format!("code entry {}", index + 1),
        };
        let before = self.findings.len();
        let entry_at = node.at;
        // `retry` may come from a family rule, which only `validate` knows once `extends` resolves.
        let mut fields = self.fields(node, &owner, &CODE_KEYS, &["code"]);
        let code = self.text(&mut fields, "code", &owner);
        let statuses = fields.optional("status").map(|node| self.statuses(node, &owner));
        let retry = fields
            .optional("retry")
            .and_then(|node| self.vocabulary(node, "retry", &owner, &Retry::ALL, Retry::as_str));
        let retry_when = fields.optional("retry_when").and_then(|node| {
            let at = node.at;
            let when = self.vocabulary(node, "retry_when", &owner, &RetryWhen::ALL, RetryWhen::as_str)?;
            Some(Located::new(when, at))
        });
        let category = self.word(&mut fields, "category", &owner, &Category::ALL, Category::as_str);
        let description = self.texts(&mut fields, "description", &owner, entry_at);
        let help = fields.optional("help").map(|node| {
            let help_owner = format!("the help of {owner}");
            let help_at = node.at;
            let mut help = self.fields(node, &help_owner, &HELP_KEYS, &[]);
            self.texts(&mut help, "help", &owner, help_at)
        });
        let name = fields
            .optional("name")
            .and_then(|node| self.string(node, "name", &owner));
        let messages = fields.optional("messages").map(|node| {
            self.list(node, "messages", &owner, |reader, node, index| {
                reader.string(node, &format!("item {} of `messages`", index + 1), &owner)
            })
        });
        let overrides = fields
            .optional("overrides")
            .map(|node| self.boolean(node, "overrides", &owner));
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
            overrides: overrides.flatten().unwrap_or(false),
        };
        Some((entry, retry_when))
    }

    /// `retry_policy`: the provider SDK's retry behaviour (catalogs/README.md, "Retry policy").
    fn retry_policy(&mut self, node: Node) -> Option<RetryPolicyDef> {
        let owner = "`retry_policy`";
        let before = self.findings.len();
        let mut fields = self.fields(node, owner, &POLICY_KEYS, &["source", "max_attempts", "backoff"]);
        let source = self.text(&mut fields, "source", owner);
        let max_attempts = fields
            .take("max_attempts")
            .and_then(|node| self.integer(node, "max_attempts", owner, 1..=100));
        let backoff = fields
            .take("backoff")
            .and_then(|node| self.backoff(node, "the `backoff` of `retry_policy`"));
        let max_delay_ms = fields
            .optional("max_delay_ms")
            .and_then(|node| self.integer(node, "max_delay_ms", owner, 0..=u64::MAX));
        let max_elapsed_ms = fields
            .optional("max_elapsed_ms")
            .and_then(|node| self.integer(node, "max_elapsed_ms", owner, 1..=u64::MAX));
        let default_when = fields.optional("default_when").and_then(|node| {
            self.vocabulary(node, "default_when", owner, &RetryWhen::ALL, RetryWhen::as_str)
        });
        let status_when = fields.optional("status_when").map(|node| self.status_when(node));
        let consistency_window = fields.optional("consistency_window").and_then(|node| {
            let owner = "the `consistency_window` of `retry_policy`";
            let mut window = self.fields(node, owner, &WINDOW_KEYS, &WINDOW_KEYS);
            let attempts = window
                .take("max_attempts")
                .and_then(|node| self.integer(node, "max_attempts", owner, 1..=100));
            let backoff = window.take("backoff").and_then(|node| self.backoff(node, owner));
            Some((u32::try_from(attempts?).ok()?, backoff?))
        });
        let idempotency_token = fields
            .optional("idempotency_token")
            .and_then(|node| self.idempotency_token(node));
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
            code_conditions: Vec::new(),
        })
    }

    /// `{base_ms, multiplier, cap_ms, jitter}`; a cap below the base is reported at the cap.
    fn backoff(&mut self, node: Node, owner: &str) -> Option<BackoffDef> {
        let mut fields = self.fields(node, owner, &BACKOFF_KEYS, &["base_ms", "cap_ms"]);
        let base_ms = fields
            .take("base_ms")
            .and_then(|node| self.integer(node, "base_ms", owner, 1..=u64::MAX));
        let multiplier = fields
            .optional("multiplier")
            .and_then(|node| self.multiplier(node, owner));
        let cap = fields.take("cap_ms").and_then(|node| {
            let at = node.at;
            Some((self.integer(node, "cap_ms", owner, 1..=u64::MAX)?, at))
        });
        let jitter = fields
            .optional("jitter")
            .and_then(|node| self.jitter(node, owner));
        let (base_ms, (cap_ms, cap_at)) = (base_ms?, cap?);
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
        match value {
            Some(value) if (1.0..=10.0).contains(&value) => Some(value),
            _ => {
                self.findings.push(Finding::new(
                    node.at,
                    format!(
                        "`multiplier` of {owner} must be a number from 1 to 10, not {}",
                        describe(&node, self.source_of(&node))
                    ),
                    "write the growth of the delay per attempt, e.g. `2.0` to double it",
                ));
                None
            }
        }
    }

    /// `none`, `full`, or `{add_ms: n}`.
    fn jitter(&mut self, node: Node, owner: &str) -> Option<JitterDef> {
        const HELP: &str = "write `none`, `full` (a delay uniform in [0, backoff)), or `{add_ms: n}` (the backoff plus up to n ms)";
        match &node.value {
            Value::Map(_) => {
                let owner = format!("the `jitter` of {owner}");
                let mut fields = self.fields(node, &owner, &["add_ms"], &["add_ms"]);
                let add = fields
                    .take("add_ms")
                    .and_then(|node| self.integer(node, "add_ms", &owner, 1..=u64::MAX))?;
                Some(JitterDef::AddMs(add))
            }
            Value::Str(word) if word == "none" => Some(JitterDef::None),
            Value::Str(word) if word == "full" => Some(JitterDef::Full),
            _ => {
                self.wrong_type(&node, "jitter", owner, HELP);
                None
            }
        }
    }

    /// `{429: always, 500: idempotent, …}`: statuses answered without a known code, and when each
    /// is retried.
    fn status_when(&mut self, node: Node) -> Vec<(u16, RetryWhen)> {
        let owner = "`retry_policy`";
        let Value::Map(entries) = node.value else {
            self.wrong_type(
                &node,
                "status_when",
                owner,
                "write a mapping of statuses to conditions: `{429: always, 503: idempotent}`",
            );
            return Vec::new();
        };
        let mut read: Vec<(u16, RetryWhen)> = Vec::new();
        for (key, value) in entries {
            let key_at = key.at;
            let Some(status) = self.status(key, "a key of `status_when`", owner) else {
                continue;
            };
            let status = match u16::try_from(status.value) {
                Ok(status) if (100..=599).contains(&status) => status,
                _ => {
                    self.findings.push(Finding::new(
                        key_at,
                        format!(
                            "status {} in `status_when` of {owner} is not an HTTP status",
                            status.value
                        ),
                        "HTTP statuses are between 100 and 599",
                    ));
                    continue;
                }
            };
            let when = self.vocabulary(value, "status_when", owner, &RetryWhen::ALL, RetryWhen::as_str);
            if read.iter().any(|(seen, _)| *seen == status) {
                self.findings.push(Finding::new(
                    key_at,
                    format!("status {status} is listed twice in `status_when` of {owner}"),
                    "list each status once",
                ));
            } else if let Some(when) = when {
                read.push((status, when));
            }
        }
        read
    }

    /// `{header: name}` or `{body_parameter: name}`.
    fn idempotency_token(&mut self, node: Node) -> Option<TokenPlaceDef> {
        let owner = "the `idempotency_token` of `retry_policy`";
        let at = node.at;
        let mut fields = self.fields(node, owner, &TOKEN_KEYS, &[]);
        let header = fields
            .optional("header")
            .and_then(|node| self.string(node, "header", owner));
        let body = fields
            .optional("body_parameter")
            .and_then(|node| self.string(node, "body_parameter", owner));
        match (header, body) {
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

    /// A whole number in `range`.
    fn integer(
        &mut self,
        node: Node,
        key: &str,
        owner: &str,
        range: std::ops::RangeInclusive<u64>,
    ) -> Option<u64> {
        match node.value {
            Value::Int(n) => match u64::try_from(n) {
                Ok(n) if range.contains(&n) => Some(n),
                _ => {
                    self.findings.push(Finding::new(
                        node.at,
                        format!("`{key}` of {owner} cannot be {n}"),
                        format!("write a whole number from {} to {}", range.start(), range.end()),
                    ));
                    None
                }
            },
            _ => {
                self.wrong_type(&node, key, owner, "write a whole number");
                None
            }
        }
    }

    /// `families`: a list of `{prefix, retry, category}`, no prefix empty or given twice.
    fn families(&mut self, node: Node) -> Vec<RawFamily> {
        let families = self.list(node, "families", "the catalog", |reader, node, index| {
            let owner = format!("family rule {}", index + 1);
            let before = reader.findings.len();
            let mut fields = reader.fields(node, &owner, &FAMILY_KEYS, &["prefix", "retry"]);
            let prefix = fields
                .take("prefix")
                .and_then(|node| reader.string(node, "prefix", &owner));
            let retry = reader.word(&mut fields, "retry", &owner, &Retry::ALL, Retry::as_str);
            let category = reader.word(&mut fields, "category", &owner, &Category::ALL, Category::as_str);
            if let Some(prefix) = &prefix {
                let text = &prefix.value;
                if text.is_empty() || text == "." || text.chars().any(|c| c.is_whitespace() || c.is_control()) {
                    reader.findings.push(Finding::new(
                        prefix.at,
                        format!("the `prefix` {text:?} of {owner} matches no code"),
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
        let mut first: HashMap<&str, Pos> = HashMap::new();
        for family in &families {
            match first.get(family.prefix.value.as_str()) {
                Some(&at) => self.findings.push(
                    Finding::new(
                        family.prefix.at,
                        format!("two family rules have the prefix `{}`", family.prefix.value),
                        "keep one rule per prefix",
                    )
                    .note(at, "the first is here"),
                ),
                None => {
                    first.insert(&family.prefix.value, family.prefix.at);
                }
            }
        }
        families
    }

    fn status_rule(&mut self, node: Node, index: usize) -> Option<RawStatusRule> {
        let owner = format!("status rule {}", index + 1);
        let rule_at = node.at;
        let before = self.findings.len();
        let mut fields = self.fields(node, &owner, &RULE_KEYS, &["status", "retry"]);
        let status = fields
            .take("status")
            .and_then(|node| self.status(node, "`status`", &owner));
        let retry = self.word(&mut fields, "retry", &owner, &Retry::ALL, Retry::as_str);
        let category = self.word(&mut fields, "category", &owner, &Category::ALL, Category::as_str);
        let description = self.texts(&mut fields, "description", &owner, rule_at);
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

    /// The known keys of a mapping; reports unknown and repeated keys (at the key), missing
    /// `required` keys (at the mapping: its `{`, or its first key in block style), and a node
    /// that is no mapping.
    fn fields(
        &mut self,
        node: Node,
        owner: &str,
        keys: &'static [&'static str],
        required: &[&str],
    ) -> Fields {
        let mut values: Vec<Option<Node>> = keys.iter().map(|_| None).collect();
        let mut key_at: Vec<Option<Pos>> = vec![None; keys.len()];
        let at = node.at;
        let Value::Map(entries) = node.value else {
            self.wrong_type(
                &node,
                "",
                owner,
                "write a mapping of keys (see catalogs/README.md)",
            );
            return Fields { keys, values };
        };
        for (key, value) in entries {
            let name = self.scalar_text(&key);
            match keys.iter().position(|known| *known == name) {
                Some(index) => match key_at[index] {
                    Some(first) => self.findings.push(
                        Finding::new(
                            key.at,
                            format!("{owner} has the key `{name}` twice"),
                            "keep one of them",
                        )
                        .note(first, "the first is here"),
                    ),
                    None => {
                        key_at[index] = Some(key.at);
                        // An empty value has no text of its own to point at: its key stands for it.
                        let at = if value.is_null() { key.at } else { value.at };
                        values[index] = Some(Node { at, ..value });
                    }
                },
                None => self.findings.push(Finding::new(
                    key.at,
                    format!("{owner} has an unknown key `{name}`"),
                    unknown_key_help(&name, keys),
                )),
            }
        }
        for key in required {
            let index = keys
                .iter()
                .position(|known| known == key)
                .expect("required keys are known keys");
            if key_at[index].is_none() {
                self.findings.push(Finding::new(
                    at,
                    format!("{owner} has no `{key}`"),
                    missing_key_help(key),
                ));
            }
        }
        Fields { keys, values }
    }

    /// `languages: [zh, en]`: a list of the short tags of `Locale`, none twice, not empty.
    fn languages(&mut self, node: Node) -> Vec<Locale> {
        let at = node.at;
        let owner = "the catalog";
        let mut languages: Vec<Locale> = Vec::new();
        let read = self.list(node, "languages", owner, |reader, node, _| {
            let item_at = node.at;
            reader
                .vocabulary(node, "languages", owner, &Locale::ALL, Locale::as_str)
                .map(|locale| (item_at, locale))
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
    fn texts(&mut self, fields: &mut Fields, what: &str, owner: &str, at: Pos) -> Texts<Pos> {
        let mut text = |locale: Locale| {
            let node = fields.take(locale.as_str())?;
            let text_at = node.at;
            let text = self.string(node, locale.as_str(), owner)?;
            if !self.languages.contains(&locale) {
                let listed: Vec<String> = self.languages.iter().map(|l| format!("`{l}`")).collect();
                self.findings.push(Finding::new(
                    text_at,
                    format!(
                        "{owner} has a {} {what} (`{locale}`), but the catalog's `languages` are {}",
                        language_name(locale),
                        listed.join(", ")
                    ),
                    format!("add `{locale}` to the catalog's `languages:`, or remove the text"),
                ));
            }
            Some(text)
        };
        let texts = Texts {
            en: text(Locale::En),
            ja: text(Locale::Ja),
            zh: text(Locale::Zh),
        };
        let has_one = texts
            .each()
            .iter()
            .any(|(locale, text)| text.is_some() && self.languages.contains(locale));
        if !has_one && texts.each().iter().all(|(_, text)| text.is_none()) {
            let keys: Vec<String> = self.languages.iter().map(|l| format!("`{l}:`")).collect();
            self.findings.push(Finding::new(
                at,
                format!("{owner} has no {what}"),
                format!(
                    "add the text in one of the catalog's languages: {}",
                    keys.join(", ")
                ),
            ));
        }
        texts
    }

    /// The string value of a required key.
    fn text(&mut self, fields: &mut Fields, key: &str, owner: &str) -> Option<At<String>> {
        fields.take(key).and_then(|node| self.string(node, key, owner))
    }

    /// The value of a key taking one of a vocabulary's words; `None` for an optional key left out.
    fn word<T: Copy>(
        &mut self,
        fields: &mut Fields,
        key: &str,
        owner: &str,
        all: &[T],
        name: fn(T) -> &'static str,
    ) -> Option<T> {
        let node = if key == "category" {
            fields.optional(key)
        } else {
            fields.take(key)
        };
        node.and_then(|node| self.vocabulary(node, key, owner, all, name))
    }

    /// A string value; a plain scalar YAML reads as a number (`code: 404`) is its text.
    fn string(&mut self, node: Node, key: &str, owner: &str) -> Option<At<String>> {
        match node.value {
            Value::Str(text) => Some(Located::new(text, node.at)),
            Value::Int(_) | Value::OtherScalar(_) => Some(Located::new(self.scalar_text(&node), node.at)),
            Value::Seq(_) | Value::Map(_) => {
                self.wrong_type(
                    &node,
                    key,
                    owner,
                    "write a string (see catalogs/README.md for the type of each key)",
                );
                None
            }
        }
    }

    /// The text of a scalar as written, for keys and string values.
    fn scalar_text(&self, node: &Node) -> String {
        match &node.value {
            Value::Str(text) => text.clone(),
            Value::OtherScalar("null") => String::new(),
            _ => node
                .bytes
                .and_then(|(start, len)| self.source_of(node).get(start..start + len))
                .unwrap_or_default()
                .to_owned(),
        }
    }

    fn vocabulary<T: Copy>(
        &mut self,
        node: Node,
        key: &str,
        owner: &str,
        all: &[T],
        name: fn(T) -> &'static str,
    ) -> Option<T> {
        let allowed = all
            .iter()
            .map(|value| format!("`{}`", name(*value)))
            .collect::<Vec<_>>()
            .join(", ");
        let text = match &node.value {
            Value::Seq(_) | Value::Map(_) | Value::OtherScalar("null") => {
                self.wrong_type(&node, key, owner, &format!("write one of {allowed}"));
                return None;
            }
            _ => self.scalar_text(&node),
        };
        let found = all.iter().copied().find(|value| name(*value) == text);
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
        match self.scalar_text(&node).as_str() {
            "true" | "True" | "TRUE" if matches!(node.value, Value::OtherScalar("boolean")) => Some(true),
            "false" | "False" | "FALSE" if matches!(node.value, Value::OtherScalar("boolean")) => Some(false),
            _ => {
                self.wrong_type(&node, key, owner, "write `true` or `false`");
                None
            }
        }
    }

    /// `status: 404` or `status: [404, 400]`.
    fn statuses(&mut self, node: Node, owner: &str) -> Vec<At<u64>> {
        match node.value {
            Value::Seq(items) => items
                .into_iter()
                .enumerate()
                .filter_map(|(index, item)| {
                    self.status(item, &format!("item {} of `status`", index + 1), owner)
                })
                .collect(),
            _ => self.status(node, "`status`", owner).into_iter().collect(),
        }
    }

    fn status(&mut self, node: Node, field: &str, owner: &str) -> Option<At<u64>> {
        match node.value {
            // A negative or huge number is no status: the status check says so, with its range.
            Value::Int(n) => Some(Located::new(u64::try_from(n).unwrap_or(u64::MAX), node.at)),
            _ => {
                self.wrong_type(&node, field, owner, STATUS_HELP);
                None
            }
        }
    }

    /// The items of a list, each read by `item`; reports a node that is no list.
    fn list<T>(
        &mut self,
        node: Node,
        key: &str,
        owner: &str,
        mut item: impl FnMut(&mut Self, Node, usize) -> Option<T>,
    ) -> Vec<T> {
        match node.value {
            Value::Seq(items) => {
                let mut read = Vec::with_capacity(items.len());
                for (index, node) in items.into_iter().enumerate() {
                    read.extend(item(self, node, index));
                }
                read
            }
            _ => {
                self.wrong_type(&node, key, owner, "write a list (`- ` items, or `[…]`)");
                Vec::new()
            }
        }
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
    let raw = || {
        node.bytes
            .and_then(|(start, len)| text.get(start..start + len))
            .unwrap_or_default()
    };
    match &node.value {
        Value::Str(text) => format!("string {text:?}"),
        Value::Int(n) => format!("integer `{n}`"),
        Value::OtherScalar("null") => "null (an empty value)".to_owned(),
        Value::OtherScalar(kind) => format!("{kind} `{}`", raw()),
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
        "envelope" => "add `envelope:`, one of `oci`, `ibm`, `alibaba`, `tencent`".to_owned(),
        "codes" => "add `codes:`, the list of error codes".to_owned(),
        "code" => "add `code:`, the code exactly as the service sends it".to_owned(),
        "status" => "add `status:`, the HTTP status (100 to 599)".to_owned(),
        "retry" => "add `retry:`, one of `never`, `backoff`, `after_fix`".to_owned(),
        "en" => "add `en:`, the English text".to_owned(),
        "ja" => "add `ja:`, the Japanese text".to_owned(),
        _ => format!("add `{key}:` (see catalogs/README.md)"),
    }
}

/// "did you mean" for an unknown key, among the keys of its mapping.
fn unknown_key_help(unknown: &str, expected: &[&str]) -> String {
    let closest = expected
        .iter()
        .map(|key| (edit_distance(unknown, key), *key))
        .filter(|(distance, key)| *distance <= key.len().max(unknown.len()) / 3 + 1)
        .min();
    let known = expected
        .iter()
        .map(|key| format!("`{key}`"))
        .collect::<Vec<_>>()
        .join(", ");
    match closest {
        Some((_, key)) => format!("did you mean `{key}`? (the keys here are {known})"),
        None => format!("remove it; the keys here are {known}"),
    }
}

/// Levenshtein distance, for "did you mean".
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
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
