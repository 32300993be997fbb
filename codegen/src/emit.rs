//! Emission: the checked model → Rust source. [`code_enum`] is the one implementation of a `Code`
//! enum, used by `#[cloud_error]` and by the generator's [`catalog_module`].
//!
//! What is emitted is data: the enum (one documented fieldless variant per code), its table (a
//! `static` per column that holds data, a perfect hash for `from_code`, and the constant `TABLE`
//! over them), and one line invoking
//! `cloud_errors::__private::impl_code!`, which holds every impl and method, written once in the
//! runtime. Nothing has a `match` arm per code (such matches cost minutes of release compile time
//! at 10,000 codes).
//!
//! What grows with the codes (the variants and the table's per-code columns) is written as source
//! text, laid out as prettyplease lays out its tokens; `#[cloud_error]` parses that text into
//! tokens, and the generator splices it into the rest of the module, which is quoted once, parsed
//! once into a `syn::File` and printed once by prettyplease. A token per number through syn and
//! prettyplease was most of a 100,000-code run.

use std::fmt::Write as _;

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use crate::doc_text::doc_text;
#[cfg(feature = "catalog")]
use crate::model::{
    BackoffDef, Catalog, JitterDef, RetryPolicyDef, RetryWhen, SdkDef, StatusWhen, TokenPlaceDef,
};
use crate::model::{Bilingual, Category, CodeDef, Locale, Retry, StatusRule};
use crate::phf::PerfectHash;

/// One `Code` enum to emit.
pub struct EnumSpec<'a> {
    /// Attributes for the enum (its docs), emitted first.
    pub attrs: Vec<TokenStream>,
    pub vis: TokenStream,
    pub ident: Ident,
    /// The `ErrorCode` type this enum extends, by absolute path.
    pub base: Option<TokenStream>,
    pub codes: &'a [CodeDef],
    pub status_rules: &'a [StatusRule],
    /// The language the runtime falls back to last (the catalog's first; English for
    /// `#[cloud_error]`).
    pub first_locale: Locale,
}

/// The enum and its `const _` block (table and impls), as syntax trees. `Err` only when the
/// tokens do not parse (a bug here, or tokens `EnumSpec` never gets).
pub fn code_enum(spec: &EnumSpec<'_>) -> syn::Result<Vec<syn::Item>> {
    let columns = columns(spec.codes);
    let statics: TokenStream = syn::parse_str(&columns.source)?;
    let variants = spec.codes.iter().map(|code| {
        let mut docs = String::new();
        variant_docs(&mut docs, code, spec.first_locale, "");
        let (docs, name) = (docs.lines(), &code.name);
        quote! { #(#[doc = #docs])* #name, }
    });
    let tokens = code_enum_tokens(spec, quote! { #(#variants)* }, statics, &columns);
    Ok(syn::parse2::<syn::File>(tokens)?.items)
}

/// The enum: one fieldless variant per code (implicit discriminants `0..N`, as
/// `impl_code!`'s safety contract requires), then `Base` and `Unknown`; and beside it, in a
/// `const _` block, its table (the columns' `statics`, the constant `TABLE` referring to those
/// `columns` wrote) and the one line that implements everything on it. The variants
/// and the table's per-code columns come as tokens (`#[cloud_error]`) or as the markers where
/// the generator writes their source.
fn code_enum_tokens(
    spec: &EnumSpec<'_>,
    variants: TokenStream,
    statics: TokenStream,
    columns: &Columns,
) -> TokenStream {
    let (attrs, vis, ident, base) = (&spec.attrs, &spec.vis, &spec.ident, &spec.base);
    let base_variant = base.as_ref().map(|base| {
        quote! {
            /// A code this catalog does not define but the catalog it extends knows.
            Base(#base),
        }
    });
    // Spanned at the base's path: if it is no `ErrorCode`, the compiler's errors point there.
    let impls = match base {
        Some(base) => quote_spanned! {syn::spanned::Spanned::span(base)=>
            ::cloud_errors::__private::impl_code!(unsafe impl #ident, #base);
        },
        None => quote! { ::cloud_errors::__private::impl_code!(unsafe impl #ident); },
    };
    let first_locale = format_ident!("{}", format!("{:?}", spec.first_locale));
    let rules = spec.status_rules.iter().map(|rule| {
        let StatusRule {
            status,
            retry,
            category,
            description: Bilingual { en, ja, zh },
        } = rule;
        let retry = format_ident!("{retry:?}");
        let category = format_ident!("{category:?}");
        let status = Literal::u16_unsuffixed(*status);
        quote! {
            ::cloud_errors::StatusRule::new(
                #status,
                ::cloud_errors::Retry::#retry,
                ::cloud_errors::Category::#category,
                [#en, #ja, #zh],
                ::cloud_errors::Locale::#first_locale,
            )
        }
    });
    let rule_count = Literal::usize_unsuffixed(spec.status_rules.len());
    let status_rules = (!spec.status_rules.is_empty()).then(|| {
        quote! { static STATUS_RULES: [::cloud_errors::StatusRule; #rule_count] = [#(#rules),*]; }
    });
    let status_rules_field = status_rules
        .as_ref()
        .map(|_| quote! { status_rules: &STATUS_RULES, });
    let fields = columns.statics.iter().map(|name| {
        let (field, name) = (
            format_ident!("{}", name.to_lowercase()),
            format_ident!("{}", name),
        );
        quote! { #field: &#name, }
    });
    let seed = Literal::u64_unsuffixed(columns.seed);
    quote! {
        #(#attrs)*
        #[non_exhaustive]
        #[repr(u32)]
        #vis enum #ident {
            #variants
            #base_variant
            /// A code that no catalog here knows, kept verbatim.
            Unknown(::std::string::String),
        }

        const _: () = {
            #statics
            #status_rules
            const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
                #(#fields)*
                #status_rules_field
                first_locale: ::cloud_errors::Locale::#first_locale,
                index: ::cloud_errors::__private::PerfectHash {
                    seed: #seed,
                    pilots: &PILOTS,
                    slots: &SLOTS,
                },
                ..::cloud_errors::__private::Table::EMPTY
            };
            #impls
        };
    }
}

/// The table's per-code columns, indexed like the variants: the data lives in statics, so it
/// exists once. A column without data gets no static (the table takes it from `Table::EMPTY`):
/// most catalogs lack most of them (help, messages, statuses, a language), and in a crate of many
/// catalogs each static costs build time.
///
/// Compact forms keep the source small: each text column is one string literal with `u32` ends,
/// retry classes and categories one letter per code (decoded by a `const fn`), and the perfect
/// hash's slots the codes' indices (a `const fn` puts each code's string beside its index).
///
/// Written as source text in a block's indentation, laid out as prettyplease lays out the same
/// tokens (a test compares): in a large catalog these are most of the module, and a token per
/// number through syn and prettyplease cost most of a run.
fn columns(codes: &[CodeDef]) -> Columns {
    let (count, mut out) = (codes.len(), Source::default());
    let wires: Vec<String> = codes.iter().map(|code| string_literal(&code.wire)).collect();
    out.statement(&format!("static CODES: [&str; {count}]"), &wires, false);
    out.1.push("CODES".to_owned());
    // Only the names that are not the code without its dots (`Debug` prints that for the others).
    let named: Vec<(usize, String)> = (codes.iter().map(|code| code.name.to_string()).enumerate())
        .filter(|(index, name)| !name.bytes().eq(codes[*index].wire.bytes().filter(|&b| b != b'.')))
        .collect();
    out.numbers("NAME_CODES", "u32", named.iter().map(|named| named.0));
    out.strings("NAMES", named.iter().map(|named| named.1.as_str()), false);
    for locale in Locale::ALL {
        let name = format!("DESCRIPTIONS_{}", locale.as_str().to_uppercase());
        out.strings(&name, codes.iter().map(|code| code.description.get(locale)), true);
    }
    // Few codes have help: its columns hold only theirs.
    let helped: Vec<(usize, &Bilingual)> = (codes.iter().enumerate())
        .filter_map(|(index, code)| Some((index, code.help.as_ref()?)))
        .collect();
    out.numbers("HELP_CODES", "u32", helped.iter().map(|helped| helped.0));
    for locale in Locale::ALL {
        let name = format!("HELP_{}", locale.as_str().to_uppercase());
        out.strings(&name, helped.iter().map(|(_, help)| help.get(locale)), true);
    }
    let statuses = codes.iter().flat_map(|code| &code.statuses);
    out.numbers("STATUSES", "u16", statuses.map(|&status| status.into()));
    out.ends("STATUS_ENDS", codes.iter().map(|code| code.statuses.len()));
    let empty_body = codes.iter().enumerate().filter(|(_, code)| code.empty_body);
    out.numbers("EMPTY_BODY_CODES", "u32", empty_body.map(|(index, _)| index));
    // One letter per code, `a` for position 0 of the vocabulary's `ALL`. The call is too long for
    // one line even without codes, so prettyplease always breaks it.
    let letters = |position: &dyn Fn(&CodeDef) -> Option<usize>| -> String {
        let letter = |code| char::from(b'a' + position(code).expect("every value is in its `ALL`") as u8);
        codes.iter().map(letter).collect()
    };
    let retry = letters(&|code| Retry::ALL.iter().position(|&retry| retry == code.retry));
    let category = letters(&|code| Category::ALL.iter().position(|&each| each == code.category));
    for (name, ty, letters) in [("RETRY", "Retry", retry), ("CATEGORY", "Category", category)] {
        let decoder = format!("::cloud_errors::__private::{}_column", name.to_lowercase());
        let head = format!("static {name}: [::cloud_errors::{ty}; {count}] = {decoder}");
        let _ = writeln!(out.0, "    {head}(\n        b\"{letters}\",\n    );");
        out.1.push(name.to_owned());
    }
    let messages = codes
        .iter()
        .flat_map(|code| code.messages.iter().map(String::as_str));
    out.strings("MESSAGES", messages, false);
    out.ends("MESSAGE_ENDS", codes.iter().map(|code| code.messages.len()));
    let phf = PerfectHash::build(&codes.iter().map(|code| code.wire.as_str()).collect::<Vec<_>>());
    let pilots = numbers(phf.pilots.iter().map(|&pilot| pilot.into()));
    out.statement(&format!("static PILOTS: [u16; {}]", pilots.len()), &pilots, true);
    let slots = numbers(phf.slots.iter().map(|&slot| slot as usize));
    let head = format!("static SLOTS: [(&str, u32); {}]", slots.len());
    let _ = write!(out.0, "    {head} = ::cloud_errors::__private::slots(");
    // The arguments on this line if they fit, else one per line, as prettyplease breaks a call.
    let fits = out.column() + "&CODES, &);".len() + width(&slots) <= MARGIN;
    out.0.push_str(if fits {
        "&CODES, &"
    } else {
        "\n        &CODES,\n        &"
    });
    out.array(&slots, true, 8, 0);
    out.0.push_str(if fits { ");\n" } else { ",\n    );\n" });
    Columns {
        source: out.0,
        statics: out.1,
        seed: phf.seed,
    }
}

/// What `columns` wrote: the statics' source, and for the constant `TABLE` the names of the column
/// statics (a `Table` field each, the name in lower case) and the perfect hash's seed (its pilots
/// and slots are always the statics `PILOTS` and `SLOTS`).
struct Columns {
    source: String,
    statics: Vec<String>,
    seed: u64,
}

/// prettyplease's right margin, for the layout of `columns`.
const MARGIN: usize = 89;

/// Numbers as their literals.
fn numbers(values: impl Iterator<Item = usize>) -> Vec<String> {
    values.map(|value| value.to_string()).collect()
}

/// The width of `[a, b, …]` on one line.
fn width(elements: &[String]) -> usize {
    elements.iter().map(|element| element.len() + ", ".len()).sum()
}

/// Statements of a block (`columns`), written as prettyplease prints their tokens, and the names
/// of the column statics written.
#[derive(Default)]
struct Source(String, Vec<String>);

impl Source {
    /// Where the last line ends.
    fn column(&self) -> usize {
        self.0.len() - self.0.rfind('\n').map_or(0, |newline| newline + 1)
    }

    /// `head = [a, b, …];`
    fn statement(&mut self, head: &str, elements: &[String], fill: bool) {
        let _ = write!(self.0, "    {head} = ");
        self.array(elements, fill, 4, ";".len());
        self.0.push_str(";\n");
    }

    /// `static NAME: [TYPE; n] = [a, b, …];`, none for no values.
    fn numbers(&mut self, name: &str, ty: &str, values: impl Iterator<Item = usize>) {
        let values = numbers(values);
        if !values.is_empty() {
            self.statement(&format!("static {name}: [{ty}; {}]", values.len()), &values, true);
            self.1.push(name.to_owned());
        }
    }

    /// `static NAME: [u32; n + 1] = …;`, the running sum `0, a, a + b, …` of `lengths`, for
    /// slicing a column; none when it is all 0 (the runtime reads no ends as none for every code).
    fn ends(&mut self, name: &str, lengths: impl Iterator<Item = usize>) {
        let mut ends = vec![0];
        for length in lengths {
            ends.push(ends[ends.len() - 1] + length);
        }
        if ends[ends.len() - 1] > 0 {
            self.numbers(name, "u32", ends.into_iter());
        }
    }

    /// `static NAME: Strings = …;`, strings as one blob plus offsets: a single string literal and
    /// the running sum of the lengths. None for no strings, nor (`or_empty`) when no text is in
    /// that language (most catalogs have two of the three): the table's `Strings::EMPTY` then,
    /// which the runtime reads as "" for every code.
    fn strings<'a>(&mut self, name: &str, texts: impl Iterator<Item = &'a str> + Clone, or_empty: bool) {
        let strings = "::cloud_errors::__private::Strings";
        if texts.clone().next().is_none() || or_empty && texts.clone().all(str::is_empty) {
            return;
        }
        self.1.push(name.to_owned());
        let (mut text, mut ends) = (String::new(), vec!["0".to_owned()]);
        for piece in texts {
            text.push_str(piece);
            ends.push(text.len().to_string());
        }
        let text = string_literal(&text);
        let _ = write!(
            self.0,
            "    static {name}: {strings} = {strings} {{\n        text: {text},\n        ends: &"
        );
        self.array(&ends, true, 8, 0);
        self.0.push_str(",\n    };\n");
    }

    /// `[a, b, …]` in a block indented by `indent`: on this line if it fits with the `after`
    /// characters that follow it up to the next possible line break, else from the next line on,
    /// one element per line, or (`fill`, numbers) as many per line as fit.
    fn array(&mut self, elements: &[String], fill: bool, indent: usize, after: usize) {
        if elements.is_empty() || self.column() + width(elements) + after <= MARGIN {
            let _ = write!(self.0, "[{}]", elements.join(", "));
            return;
        }
        self.0.push('[');
        let mut at = MARGIN;
        for (index, element) in elements.iter().enumerate() {
            let comma = usize::from(index + 1 < elements.len());
            if fill && at + " ".len() + element.len() + comma <= MARGIN {
                self.0.push(' ');
                at += 1;
            } else {
                let _ = write!(self.0, "\n{:1$}", "", indent + 4);
                at = indent + 4;
            }
            self.0.push_str(element);
            self.0.push(',');
            at += element.len() + 1;
        }
        let _ = write!(self.0, "\n{:1$}]", "", indent);
    }
}

/// The string literal `Literal::string` makes, without its `escape_debug` of every character when
/// no character needs an escape: on Japanese descriptions that check was a third of emission.
fn string_literal(text: &str) -> String {
    if text.chars().all(is_shown_as_is) {
        format!("\"{text}\"")
    } else {
        Literal::string(text).to_string()
    }
}

/// Characters a string literal shows as they are, cheaply decided: printable ASCII but for the
/// quote and the backslash, and the kana, CJK punctuation, ideograph and full-width blocks (a test
/// checks each of these against `escape_debug`).
fn is_shown_as_is(c: char) -> bool {
    match c {
        ' '..='~' => c != '"' && c != '\\',
        _ => SHOWN_AS_IS.iter().any(|range| range.contains(&c)),
    }
}

/// Blocks without characters that `escape_debug` escapes (combining marks, U+3000's space).
const SHOWN_AS_IS: [std::ops::RangeInclusive<char>; 7] = [
    '\u{3001}'..='\u{3029}', // CJK punctuation
    '\u{3030}'..='\u{303F}',
    '\u{3041}'..='\u{3096}', // hiragana
    '\u{309B}'..='\u{309F}',
    '\u{30A0}'..='\u{30FF}', // katakana
    '\u{4E00}'..='\u{9FFF}', // CJK unified ideographs
    '\u{FF01}'..='\u{FF5E}', // full-width ASCII
];

/// A variant's doc comment, lean (it is most of a large catalog's source): the code and its
/// classification, then the English description. The Japanese one is `description_in`'s.
/// Its lines onto `out`, each after `prefix`, without trailing spaces (as prettyplease prints them).
fn variant_docs(out: &mut String, code: &CodeDef, first_locale: Locale, prefix: &str) {
    let _ = write!(out, "{prefix} {}: ", markdown_code(&code.wire));
    match code.statuses.split_first() {
        None => out.push_str("no documented HTTP status"),
        Some((first, rest)) => {
            let _ = write!(out, "HTTP {first}");
            let _ = rest.iter().try_for_each(|status| write!(out, ", {status}"));
            if code.empty_body {
                out.push_str(" (also an answer with an empty body)");
            }
        }
    }
    let (retry, category) = (code.retry.as_str(), code.category.as_str());
    let _ = writeln!(out, "; retry: {retry}; category: {category}.");
    for line in text_lines(shown_description(code, first_locale)) {
        let line = doc_line(&doc_text(line));
        let _ = writeln!(out, "{prefix}{}", line.trim_end_matches(' '));
    }
}

/// The description a variant's doc comment shows: the English one, else the one in the catalog's
/// first language (the checks require one in the catalog's languages), as the runtime's chain.
fn shown_description(code: &CodeDef, first_locale: Locale) -> &str {
    [Locale::En, first_locale]
        .into_iter()
        .map(|locale| code.description.get(locale))
        .find(|text| !text.is_empty())
        .unwrap_or_default()
}

/// A line of a doc comment as `#[doc = …]` holds it: after a space, unless empty.
fn doc_line(line: &str) -> String {
    if line.is_empty() {
        String::new()
    } else {
        format!(" {line}")
    }
}

/// A text's lines, ended by `\n`, `\r\n` or a lone `\r`: a `\r` left inside a `///` line would
/// not compile ("bare CR not allowed in doc-comment").
fn text_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().flat_map(|line| line.split('\r'))
}

/// A Markdown code span showing `text` as written: fenced by more backticks than any run of
/// backticks inside it (backslashes do not escape there), padded when it starts or ends with one.
fn markdown_code(text: &str) -> String {
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// The module of one catalog, printed onto `out`: its docs, its `Code` enum with the enum's
/// `const _` block of table and impls, and what the runtime needs to read the provider's
/// responses. (Onto a string, not as one: a large catalog's module is megabytes, and `out` grows
/// once.)
#[cfg(feature = "catalog")]
pub fn catalog_module(catalog: &Catalog, out: &mut String) -> syn::Result<()> {
    let first_locale = catalog.languages.first().copied().unwrap_or(Locale::En);
    let columns = columns(&catalog.codes);
    let printed = format_tokens(module_tokens(catalog, first_locale, &columns))?;
    let variants = variants_source(&catalog.codes, first_locale);
    splice(&printed, variants, columns.source, out)
}

/// The enum with a marker where the variants go and one where the table's per-code columns go:
/// prettyplease prints the rest, and `splice` writes their source in the markers' place.
#[cfg(feature = "catalog")]
fn marked_code_enum(spec: &EnumSpec<'_>, columns: &Columns) -> TokenStream {
    code_enum_tokens(spec, quote! { __Variants, }, quote! { __columns!(); }, columns)
}

/// `printed` onto `out`, with `variants` and `columns` in place of the lines that
/// `marked_code_enum`'s markers print as.
#[cfg(feature = "catalog")]
fn splice(printed: &str, variants: String, columns: String, out: &mut String) -> syn::Result<()> {
    let missing = || syn::Error::new(proc_macro2::Span::call_site(), "the printed module lost a marker");
    let (head, rest) = printed.split_once("    __Variants,\n").ok_or_else(missing)?;
    let (middle, tail) = rest.split_once("    __columns!();\n").ok_or_else(missing)?;
    for part in [head, &variants, middle, &columns, tail] {
        out.push_str(part);
    }
    Ok(())
}

/// The variants as prettyplease prints them, each doc attribute a `///` line.
#[cfg(feature = "catalog")]
fn variants_source(codes: &[CodeDef], first_locale: Locale) -> String {
    let mut out = String::new();
    for code in codes {
        variant_docs(&mut out, code, first_locale, "    ///");
        let _ = writeln!(out, "    {},", code.name);
    }
    out
}

/// `::cloud_errors::<module>::Code`, the type an extending catalog's `Base` variant holds.
#[cfg(feature = "catalog")]
fn base_code_path(module: &str) -> TokenStream {
    let module = format_ident!("{}", module);
    quote! { ::cloud_errors::#module::Code }
}

#[cfg(feature = "catalog")]
fn module_tokens(catalog: &Catalog, first_locale: Locale, columns: &Columns) -> TokenStream {
    let envelope = catalog.envelope;
    let mut module_docs = vec![
        format!("{}: error codes.", doc_text(&catalog.provider)),
        String::new(),
        format!("The provider's documentation: <{}>.", catalog.docs),
        String::new(),
        format!(
            "Error responses are read and written as [`{name}`](cloud_errors::envelopes::{name}) (`{}`).",
            envelope.as_str(),
            name = envelope.type_name(),
        ),
    ];
    if let Some(extends) = &catalog.extends {
        module_docs.push(String::new());
        module_docs.push(format!(
            "Extends [`{extends}`](cloud_errors::{extends}): codes this catalog does not define are looked up there."
        ));
    }
    let module_docs = module_docs.iter().map(|line| doc_line(line));
    let provider = &catalog.provider;
    let enum_docs = [
        format!(
            "An error code of {}: a variant per documented code,",
            doc_text(provider)
        ),
        "any other code kept verbatim in `Unknown`. Match on the variants, never on".to_owned(),
        "`Unknown`'s string: codes added to the catalog later move out of it.".to_owned(),
    ]
    .map(|line| {
        let line = doc_line(&line);
        quote! { #[doc = #line] }
    });
    let spec = EnumSpec {
        attrs: enum_docs.into(),
        vis: quote! { pub },
        ident: format_ident!("Code"),
        base: catalog.extends.as_deref().map(base_code_path),
        codes: &catalog.codes,
        status_rules: &catalog.status_rules,
        first_locale,
    };
    let code_enum = marked_code_enum(&spec, columns);
    let retry_policy = catalog.retry_policy.as_ref().map(|policy| {
        let of = catalog
            .retry_policy_of
            .as_ref()
            .map(|module| format!(", those of [`{module}`](cloud_errors::{module})"))
            .unwrap_or_default();
        let source = format!(
            "The retry defaults of {}'s SDK{of}: {}.",
            doc_text(provider),
            doc_text(&policy.source)
        );
        let source = doc_line(&source);
        // Inherited unchanged: the base's constant, not a second copy of it to compile.
        let policy = match &catalog.retry_policy_of {
            Some(module) => {
                let base = base_code_path(module);
                quote! { <#base as ::cloud_errors::ProviderCode>::RETRY_POLICY }
            }
            None => {
                let policy = retry_policy(policy);
                quote! { &#policy }
            }
        };
        quote! {
            #[doc = #source]
            const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = #policy;
        }
    });
    // What the runtime's one generic `ProviderError` needs to read and write this provider's
    // responses, as `#[cloud_error(provider, envelope)]` gets it.
    let provider_code = crate::provider::provider_code_impl(
        &format_ident!("Code"),
        // The catalog's policy is resolved already, its base's included (`validate`).
        None,
        crate::provider::Source::Given(provider),
        crate::provider::Source::Given(catalog.envelope),
        retry_policy,
    );
    let error_docs = [
        format!("An error response of {}: see", doc_text(provider)),
        "[`ProviderError`](cloud_errors::ProviderError), with an example.".to_owned(),
    ]
    .map(|line| doc_line(&line));
    quote! {
        #(#![doc = #module_docs])*
        #code_enum

        #provider_code

        #(#[doc = #error_docs])*
        pub type Error = ::cloud_errors::ProviderError<Code>;
    }
}

/// A catalog's `retry_policy` as a constant `cloud_errors::PolicyDefaults` expression.
#[cfg(feature = "catalog")]
fn retry_policy(policy: &RetryPolicyDef) -> TokenStream {
    let when = |when: RetryWhen| {
        let variant = format_ident!("{when:?}");
        quote! { ::cloud_errors::RetryWhen::#variant }
    };
    let millis = |ms: u64| {
        let ms = Literal::u64_unsuffixed(ms);
        quote! { ::core::time::Duration::from_millis(#ms) }
    };
    fn option(value: Option<impl quote::ToTokens>) -> TokenStream {
        match value {
            Some(value) => quote! { ::core::option::Option::Some(#value) },
            None => quote! { ::core::option::Option::None },
        }
    }
    // `&[(wire, condition), …]`
    let conditions = |codes: &[(String, RetryWhen)]| {
        let codes = codes.iter().map(|(wire, condition)| {
            let condition = when(*condition);
            quote! { (#wire, #condition) }
        });
        quote! { &[#(#codes),*] }
    };
    let backoff = |backoff: &BackoffDef| {
        let base = millis(backoff.base_ms);
        let cap = millis(backoff.cap_ms);
        let multiplier = Literal::f64_suffixed(backoff.multiplier);
        let jitter = match backoff.jitter {
            JitterDef::None => quote! { ::cloud_errors::Jitter::None },
            JitterDef::Full => quote! { ::cloud_errors::Jitter::Full },
            JitterDef::AddMs(ms) => {
                let amount = millis(ms);
                quote! { ::cloud_errors::Jitter::Add(#amount) }
            }
        };
        quote! {
            ::cloud_errors::Backoff { base: #base, multiplier: #multiplier, cap: #cap, jitter: #jitter }
        }
    };
    let attempts = Literal::u32_unsuffixed(policy.max_attempts);
    let mut tokens = {
        let backoff = backoff(&policy.backoff);
        quote! { ::cloud_errors::PolicyDefaults::new(#attempts, #backoff) }
    };
    let codes = conditions(&policy.code_conditions);
    let default_when = when(policy.default_when);
    let max_delay = millis(policy.max_delay_ms);
    let max_elapsed = option(policy.max_elapsed_ms.map(millis));
    tokens.extend(quote! {
        .with_code_conditions(#codes)
        .with_default_condition(#default_when)
        .with_max_delay(#max_delay)
        .with_max_elapsed(#max_elapsed)
    });
    let status_conditions = |statuses: &[StatusWhen]| {
        let statuses = statuses.iter().map(|&(first, last, condition)| {
            let condition = when(condition);
            if first == last {
                quote! { ::cloud_errors::StatusCondition::new(#first, #condition) }
            } else {
                quote! { ::cloud_errors::StatusCondition::range(#first, #last, #condition) }
            }
        });
        quote! { &[#(#statuses),*] }
    };
    if let Some(statuses) = &policy.status_when {
        let statuses = status_conditions(statuses);
        tokens.extend(quote! { .with_status_conditions(#statuses) });
    }
    if !policy.code_statuses.is_empty() {
        let bound = policy.code_statuses.iter().map(|(wire, statuses)| {
            quote! { (#wire, &[#(#statuses),*]) }
        });
        tokens.extend(quote! { .with_code_statuses(&[#(#bound),*]) });
    }
    if policy.by_status {
        tokens.extend(quote! { .with_decide_by(::cloud_errors::DecideBy::Status) });
    }
    if policy.sdk != SdkDef::default() {
        let attempts = option(policy.sdk.max_attempts.map(Literal::u32_unsuffixed));
        let default_when = option(policy.sdk.default_when.map(when));
        let codes = conditions(&policy.sdk.code_when);
        let statuses = option(policy.sdk.status_when.as_deref().map(status_conditions));
        tokens.extend(quote! {
            .with_sdk_differences(::cloud_errors::SdkDifferences::new(
                #attempts,
                #default_when,
                #codes,
                #statuses,
            ))
        });
    }
    if let Some((attempts, window)) = &policy.consistency_window {
        let attempts = Literal::u32_unsuffixed(*attempts);
        let window = backoff(window);
        tokens.extend(quote! { .with_consistency_window(#attempts, #window) });
    }
    if let Some(quota) = &policy.retry_quota {
        let numbers = [
            quota.initial,
            quota.retry_cost,
            quota.timeout_cost,
            quota.success_refund,
        ]
        .map(Literal::u32_unsuffixed);
        tokens.extend(quote! { .with_retry_quota(::cloud_errors::QuotaSpec::new(#(#numbers),*)) });
    }
    if let Some(token) = &policy.idempotency_token {
        let place = match token {
            TokenPlaceDef::Header(name) => quote! { Header(#name) },
            TokenPlaceDef::BodyParameter(name) => quote! { BodyParameter(#name) },
        };
        tokens.extend(quote! { .with_idempotency_token(::cloud_errors::TokenPlace::#place) });
    }
    tokens
}

/// The generated crate's root, `lib.rs`: its documentation (with the table of catalogs), the
/// runtime re-exported, and one module per catalog behind its feature.
#[cfg(feature = "catalog")]
pub fn crate_root(catalogs: &[Catalog]) -> TokenStream {
    let rows: String = catalogs
        .iter()
        .map(|catalog| {
            let extends = catalog
                .extends
                .as_ref()
                .map(|base| format!(" (over [`{base}`])"))
                .unwrap_or_default();
            format!(
                "| [`{module}`] | {provider}{extends} | {count} |\n",
                module = catalog.module,
                provider = doc_text(&catalog.provider),
                count = catalog.codes.len(),
            )
        })
        .collect();
    let docs =
        format!("{CRATE_DOCS}\n\n| module and feature | provider | codes |\n| --- | --- | --- |\n{rows}");
    let feature = |catalog: &Catalog| catalog.module.clone();
    let modules = module_declarations(catalogs, feature);
    let attributes = crate_attributes(&docs);
    let index = catalog_index("cloud_errors", catalogs, catalogs, feature);
    quote! {
        #attributes

        // Emitted code names this crate by its absolute path, `::cloud_errors`, both here and in
        // users' crates (for `#[cloud_error]`), so the emitter has a single form.
        extern crate self as cloud_errors;

        // In the order `cargo fmt` sorts them: this file is formatted alike by both.
        #[cfg(feature = "macros")]
        #[cfg_attr(docsrs, doc(cfg(feature = "macros")))]
        pub use ::cloud_errors_macros::cloud_error;
        #[doc(inline)]
        pub use ::cloud_errors_runtime::*;

        #index

        #(#modules)*
    }
}

/// A generated crate's inner attributes: its docs, one `#![doc]` per line so that the file shows
/// them as `//!` lines, and the attributes every generated crate carries.
#[cfg(feature = "catalog")]
pub fn crate_attributes(docs: &str) -> TokenStream {
    let docs = docs.lines().map(doc_line);
    quote! {
        #(#![doc = #docs])*
        #![cfg_attr(docsrs, feature(doc_cfg))]
        #![warn(missing_docs)]
    }
}

/// A generated crate's `CATALOGS`: the index of its catalogs whose feature is on
/// (`cloud_errors::index`), one entry per catalog over the tables its `Code` already has, behind
/// the catalog's `feature`. A catalog extending none reads responses; of those extending a base
/// (in `bases`), the first of each envelope the base does not read does too (AWS's services
/// speak five protocols over `aws`'s one), so that every envelope has a reader.
#[cfg(feature = "catalog")]
pub fn catalog_index(
    crate_ident: &str,
    catalogs: &[Catalog],
    bases: &[Catalog],
    feature: impl Fn(&Catalog) -> String,
) -> TokenStream {
    let mut read: Vec<crate::model::EnvelopeName> = Vec::new();
    let entries = catalogs.iter().map(|catalog| {
        let module = format_ident!("{}", catalog.module);
        let feature = feature(catalog);
        let path = format!("{crate_ident}::{}", catalog.module);
        let entry = match &catalog.extends {
            Some(base) => {
                let base_envelope = bases.iter().find(|b| b.module == *base).map(|b| b.envelope);
                let reads = base_envelope != Some(catalog.envelope) && !read.contains(&catalog.envelope);
                let base = format!("cloud_errors::{base}");
                if reads {
                    read.push(catalog.envelope);
                    quote! { reading::<#module::Code>(#path, #base) }
                } else {
                    quote! { extending::<#module::Code>(#path, #base) }
                }
            }
            None => quote! { of::<#module::Code>(#path) },
        };
        quote! {
            #[cfg(feature = #feature)]
            ::cloud_errors::index::Catalog::#entry,
        }
    });
    quote! {
        /// Every catalog of this crate whose feature is on, in module order: the index that tools
        /// listing codes across catalogs read (see `cloud_errors::index`).
        // prettyplease and rustfmt break its long lines differently.
        #[rustfmt::skip]
        pub static CATALOGS: &[::cloud_errors::index::Catalog] = &[#(#entries)*];
    }
}

/// A generated crate's `pub mod` of each catalog, behind its feature (`feature`: the catalog's
/// module, or a group's name).
#[cfg(feature = "catalog")]
pub fn module_declarations<'a>(
    catalogs: &'a [Catalog],
    feature: impl Fn(&Catalog) -> String + 'a,
) -> impl Iterator<Item = TokenStream> + 'a {
    catalogs.iter().map(move |catalog| {
        let module = format_ident!("{}", catalog.module);
        let feature = feature(catalog);
        let doc = format!(" {}: error codes.", doc_text(&catalog.provider));
        // Printed by prettyplease, not rustfmt: `cargo fmt` leaves the module's file alone.
        quote! {
            #[doc = #doc]
            #[cfg(feature = #feature)]
            #[cfg_attr(docsrs, doc(cfg(feature = #feature)))]
            #[rustfmt::skip]
            pub mod #module;
        }
    })
}

/// The first part of the generated crate's documentation; the table of catalogs follows it.
#[cfg(feature = "catalog")]
const CRATE_DOCS: &str = r#"Typed error codes of cloud provider APIs, generated from curated catalogs.

Each catalog is a module with a `Code` enum (for example `oci::Code`): one variant per
documented code plus a catch-all that keeps any other code verbatim, with the code's HTTP
statuses, [`Retry`] class, [`Category`] and descriptions. Every `Code` implements
[`ErrorCode`], so error handling can be written once for all providers, and each module's
`Error` reads that provider's error responses.

```
# #[cfg(feature = "oci")] {
use cloud_errors::oci::Code;
use cloud_errors::{Category, Retry};

let code: Code = "TooManyRequests".parse().unwrap();
assert_eq!(code, Code::TooManyRequests);
assert_eq!(code.http_statuses(), &[429]);
assert_eq!(code.retry(), Retry::Backoff);
assert_eq!(code.category(), Category::ResourceExhausted);

// Codes the catalog does not know are kept, not lost.
let new = Code::from_code("BrandNewCode");
assert_eq!(new, Code::Unknown("BrandNewCode".to_owned()));
assert_eq!(new.to_string(), "BrandNewCode");
# }
```

# Features
- one feature per catalog, all on by default through `all-catalogs`: turn off the default
  features and name the catalogs you use to compile only those;
- `macros` (on by default): `cloud_error`, the attribute that gives an enum of your own
  service's codes the behaviour of a generated `Code`;
- `serde`: `Serialize`/`Deserialize` for the shared vocabulary and every `Code` (as its wire
  string), `Serialize` for error responses;
- `reqwest`: `cloud_errors::reqwest`, glue for reqwest clients;
- `tower`: `cloud_errors::tower`, a `tower::retry::Policy` deciding with `RetryPolicy`;
- `reqwest-middleware`: `cloud_errors::reqwest_middleware`, a retry middleware deciding with
  `RetryPolicy`;
- `tracing`: spans per call and attempt and an event per decision from the retry glue, with
  OpenTelemetry's attribute names (`cloud_errors::observe`);
- `axum`: `IntoResponse` for `ProviderError`, to answer errors from an axum service;
- `testing`: `cloud_errors::testing::FakeProvider`, a scripted provider on 127.0.0.1 for
  clients' tests;
- `envelope-<name>` (`envelope-google`, `envelope-aws_rest_xml`, one per [`EnvelopeName`]): an
  envelope's reader without a catalog of it, for a `#[cloud_error(envelope = "…")]` service
  (each catalog's feature enables its envelope's).

This file is generated by `cargo xtask generate` from `catalogs/`; the hand-written code is the
`cloud-errors-runtime` crate, re-exported here.

# Catalogs"#;

/// Tokens that form a file, as Rust source: parsed by syn 2 and printed by prettyplease (which
/// prints syn 2 trees). `Err` only when the tokens do not parse (a bug in the emitter).
#[cfg(feature = "catalog")]
pub fn format_tokens(tokens: TokenStream) -> syn::Result<String> {
    let file: syn2::File = syn2::parse2(tokens).map_err(|error| syn::Error::new(error.span(), error))?;
    Ok(prettyplease::unparse(&file))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_string_literal_is_literal_string() {
        let every_fast_char = SHOWN_AS_IS
            .iter()
            .flat_map(|range| range.clone())
            .chain(' '..='~');
        for c in every_fast_char {
            let text = format!("a{c}b");
            assert_eq!(
                string_literal(&text).to_string(),
                Literal::string(&text).to_string(),
                "U+{:04X}",
                c as u32
            );
        }
        for text in [
            "",
            "SecretIdが無効です（種類ではありません）。",
            "tab\there",
            "\u{3000}",
            "é\u{301}",
            "\"\\",
        ] {
            assert_eq!(
                string_literal(text).to_string(),
                Literal::string(text).to_string(),
                "{text:?}"
            );
        }
    }

    /// The source the generator writes for the variants and columns is what prettyplease prints
    /// for their tokens, at every size where a line breaks differently: catalogs of 0 to 60 codes
    /// and two larger ones, with texts of every length, escapes, and empty languages.
    #[cfg(feature = "catalog")]
    #[test]
    fn the_written_columns_are_what_prettyplease_prints() {
        let state = std::cell::Cell::new(7u64);
        let below = |n: usize| {
            let next = state
                .get()
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            state.set(next);
            (next >> 33) as usize % n
        };
        let pieces = [
            "a",
            "Invalid",
            "値が無効です",
            "\"quoted\"",
            "tab\there",
            "  ",
            "1. list",
            "back\\slash",
            "see https://a.example/x_(y)).",
            "[`t`](https://a.example?a&b)",
        ];
        for count in (0..=60).chain([300, 2_000]) {
            let text =
                |most: usize| -> String { (0..below(most)).map(|_| pieces[below(pieces.len())]).collect() };
            let codes: Vec<CodeDef> = (0..count)
                .map(|index| {
                    let wire = format!("{}.C{index}", "Family".repeat(below(3)));
                    let name = match below(3) {
                        0 => format_ident!("Named{index}"),
                        _ => format_ident!("{}", wire.replace('.', "")),
                    };
                    let bilingual = || Bilingual {
                        en: text(4),
                        ja: text(2),
                        zh: String::new(),
                    };
                    let statuses: Vec<u16> = (0..below(3)).map(|_| 400 + below(200) as u16).collect();
                    CodeDef {
                        empty_body: !statuses.is_empty() && below(8) == 0,
                        statuses,
                        retry: Retry::ALL[below(Retry::ALL.len())],
                        category: Category::ALL[below(Category::ALL.len())],
                        description: bilingual(),
                        help: (below(4) == 0).then(bilingual),
                        messages: (0..below(2)).map(|_| text(3)).collect(),
                        overrides: false,
                        wire,
                        name,
                    }
                })
                .collect();
            let spec = EnumSpec {
                attrs: Vec::new(),
                vis: quote! { pub },
                ident: format_ident!("Code"),
                base: None,
                codes: &codes,
                status_rules: &[],
                first_locale: Locale::En,
            };
            let items = code_enum(&spec).unwrap();
            let printed = format_tokens(quote! { #(#items)* }).unwrap();
            let columns = columns(&codes);
            let marked = format_tokens(marked_code_enum(&spec, &columns)).unwrap();
            let mut written = String::new();
            splice(
                &marked,
                variants_source(&codes, Locale::En),
                columns.source,
                &mut written,
            )
            .unwrap();
            assert_eq!(written, printed, "{count} codes");
        }
    }
}
