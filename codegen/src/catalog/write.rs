//! Writing catalog files: what importers produce, in the format [`read`](super::read) reads.
//! Beside the reader so that one module owns the format: every value is written so that it reads
//! back exactly (texts double-quoted with YAML's escapes), keys in the order the README shows.

use std::fmt::Write as _;

/// A catalog file to write. Only what importers write: no `families`, `status_rules` or
/// `retry_policy`, which belong to curated common catalogs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CatalogFile {
    /// The header comment, one entry per line, without `# ` (an empty entry is a bare `#`).
    pub header: Vec<String>,
    pub module: String,
    pub provider: String,
    pub docs: String,
    /// A trailing comment on the `docs` line.
    pub docs_comment: Option<String>,
    pub envelope: String,
    pub extends: Option<String>,
    /// `languages`, left out (the format's default, `[en, ja]`) when `None`.
    pub languages: Option<Vec<String>>,
    pub codes: Vec<CodeEntry>,
}

/// One entry of `codes`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CodeEntry {
    pub code: String,
    /// An explicit variant name, with the comment above it saying why.
    pub name: Option<(String, String)>,
    pub overrides: bool,
    /// The documented HTTP statuses, most common first; left out when empty.
    pub status: Vec<u16>,
    /// An explicit `retry` (a word of the vocabulary), with a trailing comment.
    pub retry: Option<(String, String)>,
    /// An explicit `category` (a word of the vocabulary), with a trailing comment.
    pub category: Option<(String, String)>,
    /// Descriptions, as (language key, text), in the order written.
    pub texts: Vec<(String, String)>,
}

/// The file's contents: the same bytes for the same value.
pub fn write(file: &CatalogFile) -> String {
    let mut yaml = String::new();
    for line in &file.header {
        if line.is_empty() {
            yaml.push_str("#\n");
        } else {
            let _ = writeln!(yaml, "# {}", one_line(line));
        }
    }
    let _ = writeln!(yaml, "module: {}", file.module);
    let _ = writeln!(yaml, "provider: {}", quoted(&file.provider));
    let _ = write!(yaml, "docs: {}", file.docs);
    if let Some(comment) = &file.docs_comment {
        let _ = write!(yaml, " # {}", one_line(comment));
    }
    yaml.push('\n');
    let _ = writeln!(yaml, "envelope: {}", file.envelope);
    if let Some(extends) = &file.extends {
        let _ = writeln!(yaml, "extends: {extends}");
    }
    if let Some(languages) = &file.languages {
        let _ = writeln!(yaml, "languages: [{}]", languages.join(", "));
    }
    yaml.push_str("codes:\n");
    for entry in &file.codes {
        let _ = writeln!(yaml, "  - code: {}", quoted(&entry.code));
        if let Some((name, why)) = &entry.name {
            let _ = writeln!(yaml, "    # name: {}\n    name: {name}", one_line(why));
        }
        if entry.overrides {
            yaml.push_str("    overrides: true\n");
        }
        match entry.status.as_slice() {
            [] => {}
            [status] => {
                let _ = writeln!(yaml, "    status: {status}");
            }
            statuses => {
                let list: Vec<String> = statuses.iter().map(u16::to_string).collect();
                let _ = writeln!(yaml, "    status: [{}]", list.join(", "));
            }
        }
        if let Some((retry, comment)) = &entry.retry {
            let _ = writeln!(yaml, "    retry: {retry} # {}", one_line(comment));
        }
        if let Some((category, comment)) = &entry.category {
            let _ = writeln!(yaml, "    category: {category} # {}", one_line(comment));
        }
        for (language, text) in &entry.texts {
            let _ = writeln!(yaml, "    {language}: {}", quoted(text));
        }
    }
    yaml
}

/// A comment is one line of printable text: a line break in it (a code's, quoted in a comment)
/// would end it, and YAML allows no control character even in a comment.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            c if c.is_control() => ' ',
            '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}' => ' ',
            c => c,
        })
        .collect()
}

/// `text` as a YAML double-quoted scalar: `"`, `\`, every control character, DEL, the C1 range,
/// the line and paragraph separators, the BOM and non-characters escaped, so the text reads back
/// exactly and `{{1}}`, `%s`, `: `, ` #` or a leading `*`, `&`, `!` mean nothing to YAML.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\0' => out.push_str("\\0"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{b}' => out.push_str("\\v"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '\u{1b}' => out.push_str("\\e"),
            '\u{85}' => out.push_str("\\N"),
            '\u{a0}' => out.push_str("\\_"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            c if (c as u32) < 0x20 || ('\u{7f}'..='\u{9f}').contains(&c) => {
                let _ = write!(out, "\\x{:02X}", c as u32);
            }
            '\u{feff}' | '\u{fffe}' | '\u{ffff}' => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_what_yaml_would_read_otherwise() {
        assert_eq!(quoted("a \"b\" \\ c"), r#""a \"b\" \\ c""#);
        assert_eq!(
            quoted("\u{0}\u{7}\t\n\u{1b}\u{1}\u{7f}\u{85}\u{2028}"),
            r#""\0\a\t\n\e\x01\x7F\N\L""#
        );
        assert_eq!(quoted("{{1}}: %s # *x"), "\"{{1}}: %s # *x\"");
    }

    /// Whatever the texts, the file reads back through the format's reader to the same values.
    #[test]
    fn tricky_texts_read_back_exactly() {
        let tricky = [
            "{{1}}",
            "%s and %(name)s",
            "key: value # not a comment",
            "*alias",
            "&anchor",
            "!tag",
            "- dash",
            "? question",
            "| pipe",
            "> fold",
            "@at `tick`",
            "'single' \"double\" \\back\\",
            "  leading and trailing spaces  ",
            "line\nbreak\r\nand\ttab",
            "null",
            "true",
            "0x1F",
            "~",
            "NUL\u{0} BEL\u{7} ESC\u{1b} DEL\u{7f} NEL\u{85} NBSP\u{a0} LS\u{2028} PS\u{2029} BOM\u{feff}",
            "操作失败：参数 {{1}} 错误。",
            "emoji 😀 and U+FFFD \u{fffd}",
        ];
        let file = CatalogFile {
            header: vec!["a header\nwith a line break".to_owned(), String::new()],
            module: "tricky".to_owned(),
            provider: "Tencent Cloud \"TRICKY\": #1".to_owned(),
            docs: "https://example.com/errors".to_owned(),
            docs_comment: Some("a # comment".to_owned()),
            envelope: "tencent".to_owned(),
            extends: None,
            languages: Some(vec!["zh".to_owned(), "en".to_owned()]),
            codes: tricky
                .iter()
                .enumerate()
                .map(|(index, text)| CodeEntry {
                    code: format!("{text}#{index}"),
                    name: Some((format!("Name{index}"), format!("why\n{text}"))),
                    overrides: false,
                    status: [vec![], vec![400], vec![429, 400]][index % 3].clone(),
                    retry: (index % 3 == 1).then(|| ("never".to_owned(), "no rule\ncovers it".to_owned())),
                    category: (index % 3 == 2).then(|| ("internal".to_owned(), "a\ncomment".to_owned())),
                    texts: vec![
                        ("zh".to_owned(), (*text).to_owned()),
                        ("en".to_owned(), format!("{text}!")),
                    ],
                })
                .collect(),
        };
        let yaml = write(&file);
        let read = super::super::read(&yaml).unwrap_or_else(|(findings, _)| panic!("{findings:?}\n{yaml}"));
        assert_eq!(read.module.value, "tricky");
        assert_eq!(read.provider.value, file.provider);
        assert_eq!(read.docs.value, file.docs);
        assert_eq!(read.codes.len(), file.codes.len());
        for (read, entry) in read.codes.iter().zip(&file.codes) {
            assert_eq!(read.code.as_ref().map(|code| &code.value), Some(&entry.code));
            let name = read.name.as_ref().map(|name| name.value.clone());
            assert_eq!(name, entry.name.as_ref().map(|(name, _)| name.clone()));
            assert_eq!(read.retry.is_some(), entry.retry.is_some());
            assert_eq!(read.category.is_some(), entry.category.is_some());
            let statuses: Vec<u16> = read.statuses.iter().map(|status| status.value as u16).collect();
            assert_eq!(statuses, entry.status);
            let zh = read.description.zh.as_ref().map(|text| text.value.clone());
            let en = read.description.en.as_ref().map(|text| text.value.clone());
            assert_eq!(zh.as_deref(), Some(entry.texts[0].1.as_str()));
            assert_eq!(en.as_deref(), Some(entry.texts[1].1.as_str()));
        }
    }
}
