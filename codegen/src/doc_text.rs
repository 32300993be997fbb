//! Text from catalogs, imports and `#[cloud_error]` as a line of a doc comment shows it: as
//! written, with its web addresses as links, and never as markup or a rustdoc warning.
//!
//! Everything Markdown or HTML would interpret is escaped, so no description injects markup.
//! An `http(s)://` address becomes an autolink `<…>` (rustdoc's `bare_urls` lint warns on a bare
//! one), ending before what follows it in the sentence: a character no address holds (a space,
//! `"`, `<`, any non-ASCII character such as `。` or `、`), then any trailing `.`, `,`, `:`, `;`,
//! `!`, `?`, `'`, `*`, `_`, `~`, and a `)` or `]` that no `(` or `[` inside the address opened.
//! A Markdown link to an address, `[text](https://…)`, stays a link (its text escaped): SDK
//! comments are written in Markdown for the provider's own pages, where it is a link, and a link
//! reads as the sentence meant ("see the [Filter](…) structure"), where "Filter (<https://…>)"
//! would put a long address in the middle of it.

/// `line` as a doc comment shows it verbatim, links aside (see the module). `line` is one line
/// (callers split descriptions at line breaks); what Markdown reads at the start of a line is
/// defused too (indentation that would make a code block, `1.` an ordered list, `===` a heading
/// underline), which is harmless anywhere else in a line.
pub fn doc_text(line: &str) -> String {
    let mut shown = String::with_capacity(line.len() + 2);
    let mut rest = line;
    while let Some((before, link, after)) = next_link(rest) {
        escape_onto(&mut shown, before);
        match link {
            Link::Bare(url) => {
                shown.push('<');
                shown.push_str(url);
                shown.push('>');
            }
            Link::Markdown { text, url } => {
                shown.push('[');
                match code_span(text) {
                    Some(code) => shown.push_str(code),
                    None => escape_onto(&mut shown, text),
                }
                shown.push_str("](");
                // Backslash escapes and character references count in a link's destination.
                shown.push_str(&url.replace('&', "\\&"));
                shown.push(')');
            }
        }
        rest = after;
    }
    escape_onto(&mut shown, rest);
    defuse_line_start(&mut shown);
    shown
}

/// A link found in a line: a bare address, or a Markdown link to one.
enum Link<'a> {
    Bare(&'a str),
    Markdown { text: &'a str, url: &'a str },
}

/// The first link in `text`, with the text before and after it.
fn next_link(text: &str) -> Option<(&str, Link<'_>, &str)> {
    for (at, c) in text.char_indices() {
        let rest = &text[at..];
        let found = match c {
            '[' => markdown_link(rest),
            'h' | 'H' => bare_url(rest).map(|url| (Link::Bare(url), url.len())),
            _ => None,
        };
        if let Some((link, len)) = found {
            return Some((&text[..at], link, &rest[len..]));
        }
    }
    None
}

/// `[text](url)` at the start of `text`, with the length it takes: a text without brackets that
/// shows something, and a whole address up to the `)` that closes the destination. A text that
/// is the address itself is shown as the address.
fn markdown_link(text: &str) -> Option<(Link<'_>, usize)> {
    let close = 1 + text[1..].find(['[', ']'])?;
    let (label, rest) = (&text[1..close], text[close..].strip_prefix("](")?);
    if label.trim().is_empty() {
        return None;
    }
    let url = &rest[..address_len(rest)?];
    let url = &url[..balanced_len(url, '(', ')')];
    if !rest[url.len()..].starts_with(')') {
        return None;
    }
    let len = close + 2 + url.len() + 1;
    let link = if label == url {
        Link::Bare(url)
    } else {
        Link::Markdown { text: label, url }
    };
    Some((link, len))
}

/// A link's text that is one code span, as in "[`Filter`](https://…)": kept, since nothing in a
/// code span is read as markup (and a backslash would show).
fn code_span(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('`')?.strip_suffix('`')?;
    (!inner.contains('`') && !inner.trim().is_empty()).then_some(text)
}

/// The address at the start of `text`, without the punctuation of the sentence around it.
fn bare_url(text: &str) -> Option<&str> {
    let scheme = scheme_len(text)?;
    let mut url = &text[..address_len(text)?];
    loop {
        let trimmed = url.trim_end_matches(['.', ',', ':', ';', '!', '?', '\'', '*', '_', '~']);
        let trimmed = &trimmed[..balanced_len(trimmed, '(', ')')];
        let trimmed = &trimmed[..balanced_len(trimmed, '[', ']')];
        if trimmed.len() == url.len() {
            break;
        }
        url = trimmed;
    }
    // Something after the scheme, or it is no address.
    (url.len() > scheme).then_some(url)
}

/// The length of the `http://` or `https://` at the start of `text`, in any case.
fn scheme_len(text: &str) -> Option<usize> {
    ["https://", "http://"]
        .into_iter()
        .find(|scheme| {
            text.get(..scheme.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(scheme))
        })
        .map(str::len)
}

/// The length of the `http://` or `https://` address at the start of `text`: its scheme, then
/// the characters an address may hold (printable ASCII but for those that end one in a sentence
/// or a Markdown autolink).
fn address_len(text: &str) -> Option<usize> {
    let scheme = scheme_len(text)?;
    let len = text[scheme..]
        .find(|c: char| {
            !c.is_ascii_graphic() || matches!(c, '<' | '>' | '"' | '`' | '{' | '}' | '|' | '\\' | '^')
        })
        .map_or(text.len(), |end| scheme + end);
    (len > scheme).then_some(len)
}

/// The length of `url`'s start before the first `close` that no `open` in it opened.
fn balanced_len(url: &str, open: char, close: char) -> usize {
    let mut depth = 0usize;
    for (at, c) in url.char_indices() {
        if c == open {
            depth += 1;
        } else if c == close {
            match depth.checked_sub(1) {
                Some(outer) => depth = outer,
                None => return at,
            }
        }
    }
    url.len()
}

/// `text` onto `out` with every character Markdown or HTML would interpret escaped, quotes
/// included (rustdoc's smart punctuation would curl them).
fn escape_onto(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_ascii() && b"\\`\"'*_[]<>#|~&{}!-+".contains(&(c as u8)) {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Escapes what Markdown reads at the start of a line in a line `escape_onto` wrote.
fn defuse_line_start(line: &mut String) {
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && line[digits..].starts_with(['.', ')']) {
        line.insert(digits, '\\');
    }
    if line.starts_with('=') {
        line.insert(0, '\\');
    }
    if line.starts_with([' ', '\t']) {
        // A character reference is not indentation, and renders as the space it stands for.
        line.insert_str(0, "&#32;");
    }
}

#[cfg(test)]
mod tests {
    use super::doc_text;

    use quote::{format_ident, quote};

    /// Each text beside its doc text. As `///` lines of a scratch crate, these built with
    /// `RUSTDOCFLAGS="-D warnings" cargo doc` and rendered as described in the module's docs.
    const SHOWN: [(&str, &str); 22] = [
        (
            "Please visit https://tencentcs.com/5jXKFnBW.",
            "Please visit <https://tencentcs.com/5jXKFnBW>.",
        ),
        (
            "请访问https://cloud.tencent.com/document/product/583。",
            "请访问<https://cloud.tencent.com/document/product/583>。",
        ),
        (
            "参见https://a.example/x、https://b.example/y，或https://c.example/z）。",
            "参见<https://a.example/x>、<https://b.example/y>，或<https://c.example/z>）。",
        ),
        ("(see https://example.com/a).", "(see <https://example.com/a>)."),
        (
            "https://en.wikipedia.org/wiki/Rust_(programming_language), then",
            "<https://en.wikipedia.org/wiki/Rust_(programming_language)>, then",
        ),
        (
            "[see https://a.example/list?ids[]=1]: done",
            "\\[see <https://a.example/list?ids[]=1>\\]: done",
        ),
        (
            "Set Filters, see [Filter](https://cloud.tencent.com/document/api/213/15753#Filter).",
            "Set Filters, see [Filter](https://cloud.tencent.com/document/api/213/15753#Filter).",
        ),
        (
            "See [`Filter`](https://a.example/api#Filter) and [the *list*](http://a.example/l?a=1&b=(2)).",
            "See [`Filter`](https://a.example/api#Filter) and [the \\*list\\*](http://a.example/l?a=1\\&b=(2)).",
        ),
        ("[https://a.example/x](https://a.example/x)", "<https://a.example/x>"),
        (
            "Use `<b>` & [x](y) *not* _markup_ # | ~ {} ! - +",
            "Use \\`\\<b\\>\\` \\& \\[x\\](y) \\*not\\* \\_markup\\_ \\# \\| \\~ \\{\\} \\! \\- \\+",
        ),
        (
            "q https://x.example/?q=1&r=<2> \"https://y.example/\" 'https://z.example/'",
            "q <https://x.example/?q=1&r=>\\<2\\> \\\"<https://y.example/>\\\" \\'<https://z.example/>\\'",
        ),
        (
            "https://x.example/path_ and https://x.example/a*, https://x.example/`code`",
            "<https://x.example/path>\\_ and <https://x.example/a>\\*, <https://x.example/>\\`code\\`",
        ),
        ("HTTPS://EXAMPLE.COM/X!", "<HTTPS://EXAMPLE.COM/X>\\!"),
        ("no address: https:// or http://. or https:", "no address: https:// or http://. or https:"),
        ("[](https://a.example)", "\\[\\](<https://a.example>)"),
        ("[`](https://a.example)", "[\\`](https://a.example)"),
        ("[a [b](https://a.example) c]", "\\[a [b](https://a.example) c\\]"),
        ("[t](https://a.example \"title\")", "\\[t\\](<https://a.example> \\\"title\\\")"),
        ("1. https://a.example", "1\\. <https://a.example>"),
        ("  indented https://a.example", "&#32;  indented <https://a.example>"),
        ("=== https://a.example", "\\=== <https://a.example>"),
        ("xhttps://a.example\\https://b.example", "x<https://a.example>\\\\<https://b.example>"),
    ];

    #[test]
    fn addresses_become_links_and_the_rest_is_escaped() {
        for (text, shown) in SHOWN {
            assert_eq!(doc_text(text), shown, "{text:?}");
        }
    }

    /// The doc lines of each variant of the `Code` enum in `file`, without their leading space.
    fn variant_docs(file: &syn::File) -> Vec<Vec<String>> {
        let code_enum = file
            .items
            .iter()
            .find_map(|item| match item {
                syn::Item::Enum(item) => Some(item),
                _ => None,
            })
            .expect("an enum");
        let doc = |attr: &syn::Attribute| match &attr.meta {
            syn::Meta::NameValue(syn::MetaNameValue {
                path,
                value:
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(text),
                        ..
                    }),
                ..
            }) if path.is_ident("doc") => Some(text.value().trim_start_matches(' ').to_owned()),
            _ => None,
        };
        code_enum
            .variants
            .iter()
            .map(|variant| variant.attrs.iter().filter_map(doc).collect())
            .collect()
    }

    #[test]
    fn cloud_error_descriptions_reach_the_docs_as_doc_text() {
        // `#[cloud_error]` trims each `///` line, so texts that start with a space are left out.
        let shown: Vec<_> = SHOWN.iter().filter(|(text, _)| text.trim() == *text).collect();
        let variants = shown.iter().enumerate().map(|(index, (text, _))| {
            let (name, wire) = (format_ident!("C{index}"), format!("C{index}"));
            quote! {
                #[doc = #text]
                #[code(#wire, status = 400)]
                #name,
            }
        });
        let expanded = crate::attr::expand(
            quote! { provider = "Example", envelope = "oci" },
            quote! {
                /// Codes.
                pub enum Code { #(#variants)* }
            },
        );
        let file: syn::File = syn::parse2(expanded).expect("the expansion parses");
        let docs = variant_docs(&file);
        for (index, (text, doc_text)) in shown.iter().enumerate() {
            assert_eq!(docs[index][1..], [doc_text.to_string()], "the docs of {text:?}");
        }
    }

    /// A catalog's descriptions, its provider and its retry policy's source, through the
    /// generator's written source (not the tokens `#[cloud_error]` gets).
    #[cfg(feature = "catalog")]
    #[test]
    fn catalog_texts_reach_the_docs_as_doc_text() {
        let quoted = |text: &str| format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""));
        let mut yaml = String::from(
            "module: doc_text\nprovider: Example (https://example.com/about)\n\
             docs: https://example.com/errors\nenvelope: oci\nretry_policy:\n  \
             source: sdk retry.go DefaultRetryPolicy, see https://example.com/sdk_\n  \
             max_attempts: 3\n  backoff: {base_ms: 1000, multiplier: 2.0, cap_ms: 30000, jitter: {add_ms: 1000}}\ncodes:\n",
        );
        for (index, (text, _)) in SHOWN.iter().enumerate() {
            let text = quoted(text);
            yaml.push_str(&format!(
                "  - code: C{index}\n    status: 400\n    retry: never\n    en: {text}\n"
            ));
        }
        let sources = [crate::validate::Source {
            path: "catalogs/doc_text.yaml".to_owned(),
            text: yaml,
        }];
        let generated = crate::generate_from(&sources).unwrap_or_else(|error| panic!("{error}"));
        let module = &generated
            .files
            .iter()
            .find(|file| file.path.ends_with("doc_text.rs"))
            .expect("the catalog's module")
            .contents;
        let lines: Vec<&str> = module.lines().collect();
        for (index, (text, doc_text)) in SHOWN.iter().enumerate() {
            let variant = format!("    C{index},");
            let at = lines
                .iter()
                .position(|line| *line == variant)
                .expect("the variant");
            assert_eq!(
                lines[at - 1],
                format!("    /// {doc_text}"),
                "the docs of {text:?}"
            );
        }
        for line in [
            "//! Example (<https://example.com/about>): error codes.",
            "/// The retry defaults of Example (<https://example.com/about>)'s SDK: sdk retry.go DefaultRetryPolicy, see <https://example.com/sdk>\\_.",
        ] {
            assert!(
                lines.iter().any(|written| written.trim_start() == line),
                "no line {line:?} in\n{module}"
            );
        }
    }
}
