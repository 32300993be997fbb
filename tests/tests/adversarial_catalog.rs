//! A valid catalog written to break the generator: codes that are keywords or the enum's own
//! names (with `name:`), very long codes, Japanese everywhere, and text full of quotes,
//! backslashes, comment ends, `#`, `{}`, `%`, line breaks and control characters. The test
//! generates its module, builds it into a small crate with cargo (offline, path dependency on
//! generated/cloud-errors/, the workspace's target dir), runs it, and checks that every code round-trips and
//! every description, help and message comes back byte for byte; it also reads the generated
//! doc comments back and checks they say exactly the English descriptions.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use cloud_errors_codegen::generate_from;
use cloud_errors_codegen::validate::Source;

/// Everything that has broken a code generator somewhere: string and comment ends, format
/// placeholders, raw-string ends, Markdown and HTML, every kind of line break, control characters.
const NASTY: &str = "quote \" apostrophe ' backslash \\ \\n \\\" \"# \"## r#\"raw\"# */ /* /** */ //! \
     #[doc = \"x\"] # not a heading {} {0} {:?} {{}} %s %d %% `tick` ``` <b>&amp;</b> [link](x) *em* _u_ | ~ ! \
     ); } fn injected() { panic!(\"x\"); } /*\ttab\nsecond line\r\nthird after CRLF\rafter a lone CR\
     \u{2028}line separator\u{2029}paragraph separator\u{85}next line\u{0}nul\u{7}bell\u{1b}[31mescape\u{7f}del\
     \u{feff}bom\n\n  indented after a blank line\n    four spaces\n/ starts with a slash\n* star\n1. one\n===\
     \n日本語の説明「引用」と『括弧』、全角スペース\u{3000}と絵文字🦀も含む。 trailing spaces   ";

struct Entry {
    code: String,
    name: Option<&'static str>,
    statuses: Vec<u16>,
    en: String,
    ja: String,
    help: Option<(String, String)>,
    messages: Vec<String>,
}

fn entry(code: &str, name: Option<&'static str>, statuses: &[u16], text: &str) -> Entry {
    Entry {
        code: code.to_owned(),
        name,
        statuses: statuses.to_vec(),
        en: format!("{code}: {text}"),
        ja: format!("コード「{code}」：{text}"),
        help: Some((
            format!("Help for {code}. {text}"),
            format!("{code}の対処：{text}"),
        )),
        messages: vec![
            format!("Message {{0}} of {code} with %s and {text}"),
            "%1$s was not found: \"{}\"".to_owned(),
        ],
    }
}

fn entries() -> Vec<Entry> {
    let long_derived: String = (0..60).map(|i| format!("Segment{i}.")).collect::<String>() + "End";
    let long_named = "長いコード".repeat(200) + "!\"#$%&'()*+,/:;<=>?@[\\]^`{|}~";
    let mut entries = vec![
        entry("type", None, &[400], NASTY),
        entry("Self", Some("SelfReference"), &[400, 404], NASTY),
        entry("self", Some("LowerSelf"), &[], NASTY),
        entry("async", Some("AsyncCall"), &[409], NASTY),
        entry("r#try", Some("RawTry"), &[400], NASTY),
        entry("Unknown", Some("UnknownError"), &[500, 503, 599], NASTY),
        entry("Base", Some("BaseError"), &[100], NASTY),
        entry("unknown.sub", None, &[502], NASTY),
        entry("from_code", None, &[400], NASTY),
        entry("KNOWN_COUNT", None, &[400], NASTY),
        entry("権限がありません", Some("PermissionDenied"), &[403], NASTY),
        entry("Odd\"Code\\*/{}%#", Some("OddCode"), &[418], NASTY),
        entry("`backtick`", Some("Backtick"), &[400], NASTY),
        entry(&long_derived, None, &[404], NASTY),
        entry(&long_named, Some("LongNamed"), &[404], NASTY),
        entry("InvalidParam", None, &[400], "plain text"),
    ];
    // One entry without help or messages, one with only a description line.
    entries.push(Entry {
        code: "Bare".to_owned(),
        name: None,
        statuses: vec![],
        en: "x".to_owned(),
        ja: "エ".to_owned(),
        help: None,
        messages: vec![],
    });
    entries
}

/// A YAML double-quoted scalar holding exactly `text`: YAML escapes for everything YAML would
/// read as a line break or refuses as a control character.
fn yaml_string(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}') => {
                write!(quoted, "\\u{:04X}", c as u32).unwrap();
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

fn catalog_yaml(entries: &[Entry]) -> String {
    let mut yaml = String::new();
    yaml.push_str("module: adversarial\n");
    writeln!(yaml, "provider: {}", yaml_string("「敵対的」Cloud \"*/ #{}% \\ ")).unwrap();
    yaml.push_str("docs: \"https://example.com/errors?a=1&b=%7B%7D#codes\"\n");
    yaml.push_str("envelope: oci\n");
    yaml.push_str("status_rules:\n");
    for status in [413, 599] {
        writeln!(yaml, "  - status: {status}").unwrap();
        yaml.push_str("    retry: never\n");
        writeln!(
            yaml,
            "    en: {}",
            yaml_string(&format!("Rule {status}: {NASTY}"))
        )
        .unwrap();
        writeln!(yaml, "    ja: {}", yaml_string(&format!("規則{status}：{NASTY}"))).unwrap();
    }
    yaml.push_str("codes:\n");
    for entry in entries {
        writeln!(yaml, "  - code: {}", yaml_string(&entry.code)).unwrap();
        if let Some(name) = entry.name {
            writeln!(yaml, "    name: {name}").unwrap();
        }
        if !entry.statuses.is_empty() {
            writeln!(yaml, "    status: {:?}", entry.statuses).unwrap();
        }
        yaml.push_str("    retry: backoff\n    category: unavailable\n");
        writeln!(yaml, "    en: {}", yaml_string(&entry.en)).unwrap();
        writeln!(yaml, "    ja: {}", yaml_string(&entry.ja)).unwrap();
        if let Some((en, ja)) = &entry.help {
            writeln!(
                yaml,
                "    help:\n      en: {}\n      ja: {}",
                yaml_string(en),
                yaml_string(ja)
            )
            .unwrap();
        }
        if !entry.messages.is_empty() {
            yaml.push_str("    messages:\n");
            for message in &entry.messages {
                writeln!(yaml, "      - {}", yaml_string(message)).unwrap();
            }
        }
    }
    yaml
}

/// The unknown code the program also checks: kept verbatim, not known.
const UNKNOWN_CODE: &str = "NotInTheCatalog \"*/ {} %s\n改行";

const MAIN_RS: &str = r#"//! Prints what the generated `Code` says about every code, `{:?}`-quoted.
mod adversarial;

use adversarial::Code;
use cloud_errors::Locale;

fn main() {
    println!("count {} {}", Code::known().count(), Code::KNOWN_COUNT);
    for code in Code::known() {
        let wire = code.code();
        let again = Code::from_code(wire);
        println!("code {wire:?} same {} known {}", again == code, again.is_known());
        println!("statuses {:?}", code.http_statuses());
        println!("en {:?}", code.description_in(Locale::En));
        println!("ja {:?}", code.description_in(Locale::Ja));
        println!("help {:?} {:?}", code.help_in(Locale::En), code.help_in(Locale::Ja));
        println!("messages {:?}", code.messages().collect::<Vec<_>>());
    }
    let unknown = Code::from_code(UNKNOWN);
    println!("unknown {:?} known {}", unknown.code(), unknown.is_known());
    for status in [413, 599, 500] {
        match Code::status_rule(status) {
            Some(rule) => println!(
                "rule {status} {:?} {:?}",
                rule.description_in(Locale::En),
                rule.description_in(Locale::Ja)
            ),
            None => println!("rule {status} none"),
        }
    }
}
"#;

fn expected_output(entries: &[Entry]) -> String {
    let mut out = String::new();
    writeln!(out, "count {0} {0}", entries.len()).unwrap();
    for entry in entries {
        writeln!(out, "code {:?} same true known true", entry.code).unwrap();
        writeln!(out, "statuses {:?}", entry.statuses).unwrap();
        writeln!(out, "en {:?}", entry.en).unwrap();
        writeln!(out, "ja {:?}", entry.ja).unwrap();
        let (help_en, help_ja) = match &entry.help {
            Some((en, ja)) => (Some(en.as_str()), Some(ja.as_str())),
            None => (None, None),
        };
        writeln!(out, "help {help_en:?} {help_ja:?}").unwrap();
        writeln!(out, "messages {:?}", entry.messages).unwrap();
    }
    writeln!(out, "unknown {UNKNOWN_CODE:?} known false").unwrap();
    for status in [413, 599] {
        writeln!(
            out,
            "rule {status} {:?} {:?}",
            format!("Rule {status}: {NASTY}"),
            format!("規則{status}：{NASTY}")
        )
        .unwrap();
    }
    out.push_str("rule 500 none\n");
    out
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The generated module for the adversarial catalog.
fn generated_module(entries: &[Entry]) -> String {
    let source = Source {
        path: "adversarial.yaml".to_owned(),
        text: catalog_yaml(entries),
    };
    let generated = generate_from(&[source])
        .unwrap_or_else(|diagnostics| panic!("the adversarial catalog is valid, but:\n{diagnostics}"));
    generated
        .files
        .into_iter()
        .find(|file| file.path.ends_with("adversarial.rs"))
        .expect("a module for the catalog")
        .contents
}

#[test]
fn an_adversarial_catalog_builds_and_says_exactly_what_it_was_given() {
    let entries = entries();
    let module = generated_module(&entries);

    let crate_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("adversarial_catalog");
    std::fs::create_dir_all(crate_dir.join("src")).unwrap();
    let generated_crate = workspace_root().join("generated/cloud-errors");
    // The catalog's envelope type, `cloud_errors::envelopes::Oci`, comes with its feature, as a
    // catalog feature of cloud-errors enables it for the crate's own catalogs.
    let manifest = format!(
        "[package]\nname = \"adversarial\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\ncloud-errors = {{ path = {:?}, default-features = false, features = [\"envelope-oci\"] }}\n\n\
         # Not a member of the cloud-errors workspace.\n[workspace]\n",
        generated_crate.display().to_string()
    );
    std::fs::write(crate_dir.join("Cargo.toml"), manifest).unwrap();
    // The workspace's lock file: the same versions, so the shared target dir is reused.
    std::fs::copy(workspace_root().join("Cargo.lock"), crate_dir.join("Cargo.lock")).unwrap();
    std::fs::write(crate_dir.join("src/adversarial.rs"), &module).unwrap();
    let main_rs = MAIN_RS.replace(
        "Code::from_code(UNKNOWN)",
        &format!("Code::from_code({UNKNOWN_CODE:?})"),
    );
    std::fs::write(crate_dir.join("src/main.rs"), main_rs).unwrap();

    // The workspace's target dir (this test binary runs in <target>/debug/deps).
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["run", "--quiet", "--offline", "--manifest-path"])
        .arg(crate_dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target_dir)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("run cargo");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the generated crate did not build or run:\n{stderr}"
    );
    let stdout = String::from_utf8(output.stdout).expect("UTF-8 output");
    let expected = expected_output(&entries);
    for (line, (actual, expected)) in stdout.lines().zip(expected.lines()).enumerate() {
        assert_eq!(actual, expected, "line {} of the program's output", line + 1);
    }
    assert_eq!(stdout.lines().count(), expected.lines().count());
}

/// Undoes the generator's Markdown escapes: a backslash before ASCII punctuation, and the
/// character reference that keeps a leading space from indenting the line.
fn unescape_markdown(text: &str) -> String {
    let text = text.strip_prefix("&#32;").unwrap_or(text);
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(char::is_ascii_punctuation) {
            out.push(chars.next().unwrap());
        } else {
            out.push(c);
        }
    }
    out
}

/// The lines of a description as the docs split it: at `\n`, `\r\n` and a lone `\r`.
fn doc_lines(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split(['\n', '\r'])
        .map(|line| line.trim_end_matches(' ').to_owned())
        .collect()
}

#[test]
fn the_generated_docs_show_every_description_verbatim() {
    let entries = entries();
    let module = generated_module(&entries);
    let file = syn::parse_file(&module).expect("the generated module parses");
    let code_enum = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Enum(item) if item.ident == "Code" => Some(item),
            _ => None,
        })
        .expect("enum Code");
    for (entry, variant) in entries.iter().zip(&code_enum.variants) {
        let docs: Vec<String> = variant
            .attrs
            .iter()
            .filter_map(|attr| match &attr.meta {
                syn::Meta::NameValue(doc) if doc.path.is_ident("doc") => match &doc.value {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(text),
                        ..
                    }) => Some(text.value()),
                    _ => None,
                },
                _ => None,
            })
            .map(|line| {
                line.strip_prefix(' ')
                    .unwrap_or(&line)
                    .trim_end_matches(' ')
                    .to_owned()
            })
            .collect();
        // The docs show the English description (the Japanese one is `description_in`'s).
        let expected = doc_lines(&entry.en);
        // docs[0] is the summary line: code, statuses, retry, category.
        assert!(
            docs[0].contains(&entry.code),
            "{:?} does not name {:?}",
            docs[0],
            entry.code
        );
        let described: Vec<String> = docs[1..].iter().map(|line| unescape_markdown(line)).collect();
        assert_eq!(described, expected, "the docs of {:?}", entry.code);
    }
}
