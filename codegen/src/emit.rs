//! Emission: the checked model → Rust source. [`code_enum`] is the one implementation of a `Code`
//! enum, used by `#[cloud_error]` and by the generator's [`catalog_module`].
//!
//! What is emitted is data: the enum (one documented fieldless variant per code), its table (one
//! `static` column per property, a perfect hash for `from_code`), and one line invoking
//! `cloud_errors::__private::impl_code!`, which holds every impl and method, written once in the
//! runtime. Nothing has a `match` arm per code (such matches cost minutes of release compile time
//! at 10,000 codes). The module is quoted once, parsed once into a `syn::File` (which proves it
//! is Rust) and printed once by prettyplease.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};

#[cfg(feature = "catalog")]
use crate::model::{BackoffDef, Catalog, JitterDef, RetryPolicyDef, RetryWhen, TokenPlaceDef};
use crate::model::{Bilingual, CodeDef, Locale, StatusRule};
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
    Ok(syn::parse2::<syn::File>(code_enum_tokens(spec))?.items)
}

/// The enum: one fieldless variant per code (implicit discriminants `0..N`, as
/// `impl_code!`'s safety contract requires), then `Base` and `Unknown`; and beside it, in a
/// `const _` block, its table and the one line that implements everything on it.
fn code_enum_tokens(spec: &EnumSpec<'_>) -> TokenStream {
    let EnumSpec {
        attrs,
        vis,
        ident,
        base,
        codes,
        status_rules,
        first_locale,
    } = spec;
    let variants = codes.iter().map(|code| {
        let docs = variant_docs(code, *first_locale);
        let name = &code.name;
        quote! { #(#[doc = #docs])* #name, }
    });
    let base_variant = base.as_ref().map(|base| {
        quote! {
            /// A code this catalog does not define but the catalog it extends knows.
            Base(#base),
        }
    });
    let table = table(codes, status_rules, *first_locale);
    // Spanned at the base's path: if it is no `ErrorCode`, the compiler's errors point there.
    let impls = match base {
        Some(base) => quote_spanned! {syn::spanned::Spanned::span(base)=>
            ::cloud_errors::__private::impl_code!(unsafe impl #ident, #base);
        },
        None => quote! { ::cloud_errors::__private::impl_code!(unsafe impl #ident); },
    };
    quote! {
        #(#attrs)*
        #[non_exhaustive]
        #[repr(u32)]
        #vis enum #ident {
            #(#variants)*
            #base_variant
            /// A code that no catalog here knows, kept verbatim.
            Unknown(::std::string::String),
        }

        const _: () = {
            #table
            #impls
        };
    }
}

/// The table's columns, one `static` each (named as `impl_code!` expects them), one column per
/// property, indexed like the variants: the data lives in statics, so it exists once.
///
/// Compact forms keep the source small: each text column is one string literal with `u32` ends,
/// retry classes and categories one letter per code (decoded by a `const fn`), and the perfect
/// hash's slots the codes' indices (a `const fn` puts each code's string beside its index).
fn table(codes: &[CodeDef], status_rules: &[StatusRule], first_locale: Locale) -> TokenStream {
    let count = codes.len();
    let (count_lit, ends_count) = (unsuffixed(count), unsuffixed(count + 1));
    // Few codes have help: its columns hold only theirs.
    let helped: Vec<(u32, &Bilingual)> = codes
        .iter()
        .enumerate()
        .filter_map(|(index, code)| Some((index as u32, code.help.as_ref()?)))
        .collect();
    let help_codes = helped.iter().map(|&(index, _)| unsuffixed(index as usize));
    let help_column = |locale| language_column(helped.iter().map(|(_, help)| help.get(locale)));
    let (help_en, help_ja, help_zh) = (
        help_column(Locale::En),
        help_column(Locale::Ja),
        help_column(Locale::Zh),
    );
    // Only the names that are not the code without its dots (`Debug` prints that for the others).
    let named: Vec<(usize, String)> = codes
        .iter()
        .enumerate()
        .map(|(index, code)| (index, code.name.to_string()))
        .filter(|(index, name)| *name != codes[*index].wire.replace('.', ""))
        .collect();
    let name_count = unsuffixed(named.len());
    let name_codes = named.iter().map(|&(index, _)| unsuffixed(index));
    let names = strings(named.iter().map(|(_, name)| name.as_str()));
    let description_column = |locale| language_column(codes.iter().map(|code| code.description.get(locale)));
    let (descriptions_en, descriptions_ja, descriptions_zh) = (
        description_column(Locale::En),
        description_column(Locale::Ja),
        description_column(Locale::Zh),
    );
    let messages = strings(
        codes
            .iter()
            .flat_map(|code| code.messages.iter().map(String::as_str)),
    );
    let wires = codes.iter().map(|code| string_literal(&code.wire));
    let statuses: Vec<u16> = codes
        .iter()
        .flat_map(|code| code.statuses.iter().copied())
        .collect();
    let status_count = unsuffixed(statuses.len());
    let status_ends = ends(codes.iter().map(|code| code.statuses.len()));
    let message_ends = ends(codes.iter().map(|code| code.messages.len()));
    let retry = letters(codes.iter().map(|code| {
        crate::model::Retry::ALL
            .iter()
            .position(|&retry| retry == code.retry)
    }));
    let category = letters(codes.iter().map(|code| {
        crate::model::Category::ALL
            .iter()
            .position(|&category| category == code.category)
    }));
    let phf = PerfectHash::build(&codes.iter().map(|code| code.wire.as_str()).collect::<Vec<_>>());
    let seed = Literal::u64_unsuffixed(phf.seed);
    let pilots = &phf.pilots;
    let pilot_count = unsuffixed(pilots.len());
    let pilots = pilots.iter().map(|&pilot| unsuffixed(pilot.into()));
    let statuses = statuses.iter().map(|&status| unsuffixed(status.into()));
    let slots = &phf.slots;
    let slot_count = unsuffixed(slots.len());
    let slots = slots.iter().map(|&slot| unsuffixed(slot as usize));
    let help_count = unsuffixed(helped.len());
    let rule_count = unsuffixed(status_rules.len());
    let status_ends = array(&status_ends);
    let message_ends = array(&message_ends);
    let first_locale_ident = format_ident!("{first_locale:?}");
    let rules = status_rules.iter().map(|rule| {
        let StatusRule {
            status,
            retry,
            category,
            description: Bilingual { en, ja, zh },
        } = rule;
        let status = unsuffixed((*status).into());
        let retry = format_ident!("{retry:?}");
        let category = format_ident!("{category:?}");
        quote! {
            ::cloud_errors::StatusRule::new(
                #status,
                ::cloud_errors::Retry::#retry,
                ::cloud_errors::Category::#category,
                [#en, #ja, #zh],
                ::cloud_errors::Locale::#first_locale_ident,
            )
        }
    });
    quote! {
        const CODE_LIST: [&str; #count_lit] = [#(#wires),*];
        static CODES: [&str; #count_lit] = CODE_LIST;
        static NAME_CODES: [u32; #name_count] = [#(#name_codes),*];
        static NAMES: ::cloud_errors::__private::Strings = #names;
        static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = #descriptions_en;
        static DESCRIPTIONS_JA: ::cloud_errors::__private::Strings = #descriptions_ja;
        static DESCRIPTIONS_ZH: ::cloud_errors::__private::Strings = #descriptions_zh;
        static HELP_CODES: [u32; #help_count] = [#(#help_codes),*];
        static HELP_EN: ::cloud_errors::__private::Strings = #help_en;
        static HELP_JA: ::cloud_errors::__private::Strings = #help_ja;
        static HELP_ZH: ::cloud_errors::__private::Strings = #help_zh;
        static STATUSES: [u16; #status_count] = [#(#statuses),*];
        static STATUS_ENDS: [u32; #ends_count] = #status_ends;
        static RETRY: [::cloud_errors::Retry; #count_lit] = ::cloud_errors::__private::retry_column(#retry);
        static CATEGORY: [::cloud_errors::Category; #count_lit] =
            ::cloud_errors::__private::category_column(#category);
        static MESSAGES: ::cloud_errors::__private::Strings = #messages;
        static MESSAGE_ENDS: [u32; #ends_count] = #message_ends;
        static PILOTS: [u16; #pilot_count] = [#(#pilots),*];
        static SLOTS: [(&str, u32); #slot_count] =
            ::cloud_errors::__private::slots(&CODE_LIST, &[#(#slots),*]);
        static STATUS_RULES: [::cloud_errors::StatusRule; #rule_count] = [#(#rules),*];
        const SEED: u64 = #seed;
        const FIRST_LOCALE: ::cloud_errors::Locale = ::cloud_errors::Locale::#first_locale_ident;
    }
}

/// Strings as one blob plus offsets: a single string literal and the running sum of the lengths.
fn strings<'a>(texts: impl Iterator<Item = &'a str>) -> TokenStream {
    let mut text = String::new();
    let mut ends = vec![0u32];
    for piece in texts {
        text.push_str(piece);
        ends.push(u32::try_from(text.len()).expect("a catalog's text fits in 4 GiB"));
    }
    let text = string_literal(&text);
    let ends = ends.into_iter().map(|end| unsuffixed(end as usize));
    quote! { ::cloud_errors::__private::Strings { text: #text, ends: &[#(#ends),*] } }
}

/// A language's column of texts; `Strings::EMPTY` when no text is in that language (most
/// catalogs have two of the three), which the runtime reads as "" for every code.
fn language_column<'a>(texts: impl Iterator<Item = &'a str> + Clone) -> TokenStream {
    if texts.clone().all(str::is_empty) {
        quote! { ::cloud_errors::__private::Strings::EMPTY }
    } else {
        strings(texts)
    }
}

/// `0, a, a + b, …`: the running sum of `lengths`, for slicing a column.
fn ends(lengths: impl Iterator<Item = usize>) -> Vec<u32> {
    let mut total: usize = 0;
    std::iter::once(0)
        .chain(lengths.map(|length| {
            total += length;
            total
        }))
        .map(|end| u32::try_from(end).expect("a catalog's column fits in 4 GiB"))
        .collect()
}

/// `[a, b, …]`, or `[a; n]` when every element is `a` (a column of ends without any text).
fn array(elements: &[u32]) -> TokenStream {
    match elements {
        [first, rest @ ..] if rest.iter().all(|element| element == first) => {
            let (first, len) = (unsuffixed(*first as usize), unsuffixed(elements.len()));
            quote! { [#first; #len] }
        }
        _ => {
            let elements = elements.iter().map(|&element| unsuffixed(element as usize));
            quote! { [#(#elements),*] }
        }
    }
}

/// An integer literal without a suffix.
fn unsuffixed(value: usize) -> Literal {
    Literal::usize_unsuffixed(value)
}

/// A byte string of one letter per code, `a` for position 0 of the vocabulary's `ALL`.
fn letters(positions: impl Iterator<Item = Option<usize>>) -> Literal {
    let bytes: Vec<u8> = positions
        .map(|position| b'a' + position.expect("every value is in its `ALL`") as u8)
        .collect();
    Literal::byte_string(&bytes)
}

/// The string literal `Literal::string` makes, without its `escape_debug` of every character when
/// no character needs an escape: on Japanese descriptions that check was a third of emission.
fn string_literal(text: &str) -> Literal {
    if text.chars().all(is_shown_as_is) {
        if let Ok(literal) = format!("\"{text}\"").parse() {
            return literal;
        }
    }
    Literal::string(text)
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
fn variant_docs(code: &CodeDef, first_locale: Locale) -> Vec<String> {
    let statuses = if code.statuses.is_empty() {
        "no documented HTTP status".to_owned()
    } else {
        let list: Vec<String> = code.statuses.iter().map(u16::to_string).collect();
        format!("HTTP {}", list.join(", "))
    };
    let summary = format!(
        " {}: {statuses}; retry: {}; category: {}.",
        markdown_code(&code.wire),
        code.retry.as_str(),
        code.category.as_str()
    );
    let mut lines = vec![summary];
    lines.extend(
        text_lines(shown_description(code, first_locale)).map(|line| doc_line(&description_line(line))),
    );
    lines
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

/// One line of a description, shown as written: Markdown escaped, and what Markdown reads at the
/// start of a line defused (indentation that would make a code block, `1.` an ordered list,
/// `===` a heading underline).
fn description_line(line: &str) -> String {
    let mut escaped = escape_markdown(line);
    let digits = escaped.len() - escaped.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && escaped[digits..].starts_with(['.', ')']) {
        escaped.insert(digits, '\\');
    }
    if escaped.starts_with('=') {
        escaped.insert(0, '\\');
    }
    if escaped.starts_with([' ', '\t']) {
        // A character reference is not indentation, and renders as the space it stands for.
        escaped.insert_str(0, "&#32;");
    }
    escaped
}

/// A text's lines, ended by `\n`, `\r\n` or a lone `\r`: a `\r` left inside a `///` line would
/// not compile ("bare CR not allowed in doc-comment").
fn text_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().flat_map(|line| line.split('\r'))
}

/// Text shown verbatim in rustdoc: every character Markdown or HTML would interpret is escaped,
/// quotes included (rustdoc's smart punctuation would curl them).
pub fn escape_markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`'
                | '"'
                | '\''
                | '*'
                | '_'
                | '['
                | ']'
                | '<'
                | '>'
                | '#'
                | '|'
                | '~'
                | '&'
                | '{'
                | '}'
                | '!'
                | '-'
                | '+'
        ) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
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
    out.push_str(&format_tokens(module_tokens(catalog))?);
    Ok(())
}

/// `::cloud_errors::<module>::Code`, the type an extending catalog's `Base` variant holds.
#[cfg(feature = "catalog")]
fn base_code_path(module: &str) -> TokenStream {
    let module = format_ident!("{}", module);
    quote! { ::cloud_errors::#module::Code }
}

#[cfg(feature = "catalog")]
fn module_tokens(catalog: &Catalog) -> TokenStream {
    let mut module_docs = vec![
        format!("{}: error codes.", escape_markdown(&catalog.provider)),
        String::new(),
        format!("Curated from <{}>.", catalog.docs),
    ];
    if let Some(extends) = &catalog.extends {
        module_docs.push(String::new());
        module_docs.push(format!(
            "Extends [`{extends}`](crate::{extends}): codes this catalog does not define are looked up there."
        ));
    }
    let module_docs = module_docs.iter().map(|line| doc_line(line));
    let provider = &catalog.provider;
    let enum_docs = [
        format!(
            "An error code of {}: a variant per documented code,",
            escape_markdown(provider)
        ),
        "any other code kept verbatim in `Unknown`. Match on the variants, never on".to_owned(),
        "`Unknown`'s string: codes added to the catalog later move out of it.".to_owned(),
    ]
    .map(|line| {
        let line = doc_line(&line);
        quote! { #[doc = #line] }
    });
    let code_enum = code_enum_tokens(&EnumSpec {
        attrs: enum_docs.into(),
        vis: quote! { pub },
        ident: format_ident!("Code"),
        base: catalog.extends.as_deref().map(base_code_path),
        codes: &catalog.codes,
        status_rules: &catalog.status_rules,
        first_locale: catalog.languages.first().copied().unwrap_or(Locale::En),
    });
    let retry_policy = catalog.retry_policy.as_ref().map(|policy| {
        let source = match &catalog.retry_policy_of {
            Some(module) => format!(
                "The retry defaults of {}'s SDK, those of [`{module}`](crate::{module}): {}.",
                escape_markdown(provider),
                policy.source
            ),
            None => format!(
                "The retry defaults of {}'s SDK: {}.",
                escape_markdown(provider),
                policy.source
            ),
        };
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
        crate::provider::Source::Given(provider),
        crate::provider::Source::Given(catalog.envelope),
        retry_policy,
    );
    let error_docs = [
        format!("An error response of {}: see", escape_markdown(provider)),
        "[`ProviderError`](crate::ProviderError), with an example.".to_owned(),
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
        let variant = format_ident!("{}", format!("{when:?}"));
        quote! { ::cloud_errors::RetryWhen::#variant }
    };
    let millis = |ms: u64| {
        let ms = Literal::u64_unsuffixed(ms);
        quote! { ::core::time::Duration::from_millis(#ms) }
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
    let codes = policy.code_conditions.iter().map(|(wire, condition)| {
        let condition = when(*condition);
        quote! { (#wire, #condition) }
    });
    let default_when = when(policy.default_when);
    let max_delay = millis(policy.max_delay_ms);
    let max_elapsed = match policy.max_elapsed_ms {
        Some(ms) => {
            let ms = millis(ms);
            quote! { ::core::option::Option::Some(#ms) }
        }
        None => quote! { ::core::option::Option::None },
    };
    tokens.extend(quote! {
        .with_code_conditions(&[#(#codes),*])
        .with_default_condition(#default_when)
        .with_max_delay(#max_delay)
        .with_max_elapsed(#max_elapsed)
    });
    if let Some(statuses) = &policy.status_when {
        let statuses = statuses.iter().map(|(status, condition)| {
            let condition = when(*condition);
            quote! { (#status, #condition) }
        });
        tokens.extend(quote! { .with_status_conditions(&[#(#statuses),*]) });
    }
    if let Some((attempts, window)) = &policy.consistency_window {
        let attempts = Literal::u32_unsuffixed(*attempts);
        let window = backoff(window);
        tokens.extend(quote! { .with_consistency_window(#attempts, #window) });
    }
    match &policy.idempotency_token {
        Some(TokenPlaceDef::Header(name)) => {
            tokens.extend(quote! { .with_idempotency_token(::cloud_errors::TokenPlace::Header(#name)) })
        }
        Some(TokenPlaceDef::BodyParameter(name)) => tokens
            .extend(quote! { .with_idempotency_token(::cloud_errors::TokenPlace::BodyParameter(#name)) }),
        None => {}
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
                provider = escape_markdown(&catalog.provider),
                count = catalog.codes.len(),
            )
        })
        .collect();
    let docs =
        format!("{CRATE_DOCS}\n\n| module and feature | provider | codes |\n| --- | --- | --- |\n{rows}");
    let modules = catalogs.iter().map(|catalog| {
        let module = format_ident!("{}", catalog.module);
        let feature = &catalog.module;
        let doc = format!(" {}: error codes.", escape_markdown(&catalog.provider));
        // Printed by prettyplease, not rustfmt: `cargo fmt` leaves the module's file alone.
        quote! {
            #[doc = #doc]
            #[cfg(feature = #feature)]
            #[cfg_attr(docsrs, doc(cfg(feature = #feature)))]
            #[rustfmt::skip]
            pub mod #module;
        }
    });
    // One attribute per line, so that the file shows them as `//!` lines.
    let docs = docs.lines().map(|line| match line {
        "" => String::new(),
        line => format!(" {line}"),
    });
    quote! {
        #(#![doc = #docs])*
        #![cfg_attr(docsrs, feature(doc_cfg))]
        #![warn(missing_docs)]

        // Emitted code names this crate by its absolute path, `::cloud_errors`, both here and in
        // users' crates (for `#[cloud_error]`), so the emitter has a single form.
        extern crate self as cloud_errors;

        // In the order `cargo fmt` sorts them: this file is formatted alike by both.
        #[cfg(feature = "macros")]
        #[cfg_attr(docsrs, doc(cfg(feature = "macros")))]
        pub use ::cloud_errors_macros::cloud_error;
        #[doc(inline)]
        pub use ::cloud_errors_runtime::*;

        #(#modules)*
    }
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
- `serde`: `Serialize`/`Deserialize` for the shared vocabulary and every `Code` (as its wire
  string), `Serialize` for error responses;
- `reqwest`: `cloud_errors::reqwest`, glue for reqwest clients;
- `macros` (on by default): `cloud_error`, the attribute that gives an enum of your own
  service's codes the behaviour of a generated `Code`.

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
}
