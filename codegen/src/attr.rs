//! `#[cloud_error]`: reads the attribute and its enum into the model with the catalogs' rules,
//! collecting every mistake with the span of the tokens at fault, then emits the enum with
//! [`emit::code_enum`], the generator's own emitter.
//!
//! The options of `#[code(…)]` mirror the catalog keys (see the rustdoc of `cloud_errors::cloud_error`
//! for the user's view): the wire code first, then `status`/`statuses`, `retry`, `category`, `ja`,
//! `zh`, `help`, `help_ja`, `help_zh` and `messages`; the variant's doc comment is the English
//! description.

use std::collections::HashMap;

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{quote, ToTokens};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::spanned::Spanned;
use syn::{Attribute, Fields, Ident, Item, ItemEnum, Lit, LitStr, Meta, Token, Variant};

use crate::check::{self, Entry, Finding, Located, Origin, Texts};
use crate::emit::{self, EnumSpec};
use crate::model::{Category, CodeDef, EnvelopeName, Retry, Word};
use crate::provider::{parse_envelope, provider_code_impl, Source};

/// The options `#[code(…)]` accepts after the wire code, in the order the docs list them.
pub const CODE_OPTIONS: [&str; 11] = [
    "status",
    "statuses",
    "retry",
    "category",
    "ja",
    "zh",
    "help",
    "help_ja",
    "help_zh",
    "messages",
    "empty_body",
];

/// Derives that conflict with the emitted code: traits it implements itself, and `Default`.
const CONFLICTING_DERIVES: [&str; 8] = [
    "Clone",
    "PartialEq",
    "Eq",
    "Hash",
    "Debug",
    "Serialize",
    "Deserialize",
    "Default",
];

/// Expands `#[cloud_error(args)] input`: the enum with every method and impl of a generated
/// `Code`, or, when the input has mistakes, one compile error per mistake and a fallback enum
/// that keeps the user's other code compiling, so that only the real mistakes are reported.
pub fn expand(args: TokenStream, input: TokenStream) -> TokenStream {
    let item: Item = match syn::parse2(input.clone()) {
        Ok(item) => item,
        Err(error) => {
            let error = error.to_compile_error();
            return quote! { #error #input };
        }
    };
    let mut errors = Errors::default();
    let args = parse_args(args, &mut errors);
    let item = match item {
        Item::Enum(item) => item,
        other => {
            let (kind, span) = item_kind(&other);
            errors.push(
                span,
                format!(
                    "`#[cloud_error]` goes on an enum, not on {kind}: each variant of the enum is one error code"
                ),
            );
            let error = errors.check().err().map(|error| error.to_compile_error());
            return quote! { #error #other };
        }
    };
    let provider_code = args.provider_code(&item.ident, &mut errors);
    let draft = read_enum(&item, args.base, &mut errors);
    // An `extends` type that is no `ErrorCode` is left to the compiler: `code_enum` uses the base
    // through `ErrorCode` with the tokens of the user's path, so its errors point there.
    let (error, codes) = match errors.check() {
        Ok(()) => (None, draft.codes.iter().map(|code| code.def.clone()).collect()),
        Err(error) => (Some(error.to_compile_error()), draft.fallback_codes()),
    };
    let code_enum = code_enum_tokens(&draft.spec(&codes));
    quote! { #error #code_enum #provider_code }
}

/// The generator's emitter, as the tokens a macro returns.
fn code_enum_tokens(spec: &EnumSpec<'_>) -> TokenStream {
    match emit::code_enum(spec) {
        Ok(items) => quote! { #(#items)* },
        Err(error) => error.to_compile_error(),
    }
}

/// Every mistake found so far, each with its span (serde_derive's `Ctxt`): nothing stops at the
/// first one. Dropping it unchecked is a bug in this module, and panics.
#[derive(Default)]
struct Errors {
    errors: Vec<syn::Error>,
}

impl Errors {
    fn push(&mut self, span: Span, message: impl std::fmt::Display) {
        self.add(syn::Error::new(span, message));
    }

    fn push_tokens(&mut self, tokens: impl ToTokens, message: impl std::fmt::Display) {
        self.add(syn::Error::new_spanned(tokens, message));
    }

    /// A finding of the shared checks: its help and notes become part of the error.
    fn finding(&mut self, finding: Finding<Span>) {
        let mut error = syn::Error::new(
            finding.at,
            format!("{}\n  = help: {}", finding.message, finding.help),
        );
        for (at, note) in finding.notes {
            error.combine(syn::Error::new(at, note));
        }
        self.add(error);
    }

    fn add(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    /// `Err` with every mistake, in the order found.
    fn check(mut self) -> Result<(), syn::Error> {
        let mut errors = std::mem::take(&mut self.errors).into_iter();
        match errors.next() {
            None => Ok(()),
            Some(mut first) => {
                first.extend(errors);
                Err(first)
            }
        }
    }
}

impl Drop for Errors {
    fn drop(&mut self) {
        if !std::thread::panicking() && !self.errors.is_empty() {
            panic!("`#[cloud_error]` found mistakes but never reported them");
        }
    }
}

/// What the item is, for "goes on an enum, not on …", and the span of its keyword.
fn item_kind(item: &Item) -> (&'static str, Span) {
    match item {
        Item::Struct(item) => ("a struct", item.struct_token.span),
        Item::Union(item) => ("a union", item.union_token.span),
        Item::Fn(item) => ("a function", item.sig.fn_token.span),
        Item::Trait(item) => ("a trait", item.trait_token.span),
        Item::Impl(item) => ("an impl block", item.impl_token.span),
        Item::Type(item) => ("a type alias", item.type_token.span),
        Item::Mod(item) => ("a module", item.mod_token.span),
        Item::Const(item) => ("a constant", item.const_token.span),
        Item::Static(item) => ("a static", item.static_token.span),
        other => ("this item", other.span()),
    }
}

/// The attribute's own arguments: `extends = path::to::Code`, `provider = "…"` and
/// `envelope = "…"`, each optional.
#[derive(Default)]
struct Args {
    base: Option<syn::Type>,
    provider: Option<LitStr>,
    /// The literal, and its envelope unless it names none (already reported).
    envelope: Option<(LitStr, Option<EnvelopeName>)>,
}

impl Args {
    /// The `ProviderCode` impl for `ident`, when the enum is a provider's: `provider` or
    /// `envelope` given, the other one given too or taken from the base. A missing or wrong one
    /// is reported, and the impl still comes, so that no unmet bound follows the one error.
    fn provider_code(&self, ident: &Ident, errors: &mut Errors) -> Option<TokenStream> {
        if self.provider.is_none() && self.envelope.is_none() {
            return None;
        }
        let base = || self.base.as_ref().map(ToTokens::to_token_stream);
        let provider_name = self.provider.as_ref().map(LitStr::value);
        let provider = match (&provider_name, base()) {
            (Some(name), _) => Source::Given(name.as_str()),
            (None, Some(base)) => Source::Base(base),
            (None, None) => {
                let (literal, _) = self.envelope.as_ref()?;
                errors.push(
                    literal.span(),
                    "`envelope` needs `provider = \"…\"`, the service's display name (or `extends`, to take the base's)",
                );
                Source::Given("")
            }
        };
        let envelope = match (&self.envelope, base()) {
            // A name that is no envelope is reported where it is read; the impl still comes
            // (with any envelope: the error stops the build) so that no unmet bound follows.
            (Some((_, None)), _) => Source::Given(EnvelopeName::Oci),
            (Some((_, Some(envelope))), _) => Source::Given(*envelope),
            (None, Some(base)) => Source::Base(base),
            (None, None) => {
                let literal = self.provider.as_ref()?;
                errors.push(
                    literal.span(),
                    format!(
                        "`provider` needs `envelope = \"…\"`, how the service wraps its errors: {} (or `extends`, to take the base's)",
                        crate::provider::envelope_names(" or ")
                    ),
                );
                Source::Given(EnvelopeName::Oci)
            }
        };
        Some(provider_code_impl(ident, base(), provider, envelope, None))
    }
}

/// Reads the attribute's arguments, reporting unknown and repeated options.
fn parse_args(args: TokenStream, errors: &mut Errors) -> Args {
    let mut parsed = Args::default();
    let parser = |input: ParseStream<'_>| -> syn::Result<()> {
        while !input.is_empty() {
            let key = input.call(Ident::parse_any)?;
            if key == "extends" {
                input.parse::<Token![=]>()?;
                let ty: syn::Type = input.parse()?;
                if parsed.base.is_some() {
                    errors.push_tokens(&ty, "`extends` is given twice: an enum extends one base");
                } else {
                    parsed.base = Some(ty);
                }
            } else if key == "provider" {
                input.parse::<Token![=]>()?;
                let name: LitStr = input.parse()?;
                if parsed.provider.is_some() {
                    errors.push(name.span(), "`provider` is given twice");
                } else {
                    parsed.provider = Some(name);
                }
            } else if key == "envelope" {
                input.parse::<Token![=]>()?;
                let name: LitStr = input.parse()?;
                if parsed.envelope.is_some() {
                    errors.push(name.span(), "`envelope` is given twice");
                } else {
                    let envelope = parse_envelope(&name).map_err(|error| errors.add(error)).ok();
                    parsed.envelope = Some((name, envelope));
                }
            } else {
                errors.push(
                    key.span(),
                    format!(
                        "unknown option `{key}` of `#[cloud_error]`: the options are `extends = path::to::Code` (the `ErrorCode` type whose codes this enum falls back to), `provider = \"…\"` and `envelope = \"…\"` (to read and write the service's responses with `ProviderError`)"
                    ),
                );
                skip_value(input)?;
            }
            if input.is_empty() {
                break;
            }
            input.parse::<Token![,]>()?;
        }
        Ok(())
    };
    if let Err(error) = parser.parse2(args) {
        errors.add(error);
    }
    parsed
}

/// Skips the rest of one `key = value` after reporting the key, up to the next comma.
fn skip_value(input: ParseStream<'_>) -> syn::Result<()> {
    while !input.is_empty() && !input.peek(Token![,]) {
        input.parse::<TokenTree>()?;
    }
    Ok(())
}

/// The enum as read: everything `EnumSpec` needs, with the spans that errors point at.
struct Draft {
    attrs: Vec<TokenStream>,
    vis: TokenStream,
    ident: Ident,
    base: Option<syn::Type>,
    codes: Vec<DraftCode>,
}

/// One variant as read; `usable_name` is false when its name was rejected or taken.
struct DraftCode {
    def: CodeDef,
    usable_name: bool,
}

impl Draft {
    fn spec<'a>(&self, codes: &'a [CodeDef]) -> EnumSpec<'a> {
        EnumSpec {
            attrs: self.attrs.clone(),
            vis: self.vis.clone(),
            ident: self.ident.clone(),
            base: self.base.as_ref().map(ToTokens::to_token_stream),
            codes,
            status_rules: &[],
            // Its descriptions are its doc comments: English.
            first_locale: crate::model::Locale::En,
        }
    }

    /// The codes of the fallback enum: every variant with a usable name, so that the user's
    /// references to variants resolve. The wire codes become the variant names, which are
    /// distinct, since the real ones may repeat; nothing runs this enum, it only compiles.
    fn fallback_codes(&self) -> Vec<CodeDef> {
        self.codes
            .iter()
            .filter(|code| code.usable_name)
            .map(|code| CodeDef {
                wire: code.def.name.to_string(),
                ..code.def.clone()
            })
            .collect()
    }
}

fn read_enum(item: &ItemEnum, base: Option<syn::Type>, errors: &mut Errors) -> Draft {
    if !item.generics.params.is_empty() || item.generics.where_clause.is_some() {
        errors.push_tokens(
            &item.generics,
            "a `#[cloud_error]` enum cannot be generic: its codes and their properties are fixed tables",
        );
    }
    let attrs = item
        .attrs
        .iter()
        .filter_map(|attr| enum_attr(attr, errors))
        .collect();
    let entries: Vec<Entry<Span>> = item
        .variants
        .iter()
        .map(|variant| read_variant(variant, errors).into_entry(&variant.ident))
        .collect();
    let mut findings = Vec::new();
    let names = check::check_entries(&entries, Origin::Attribute, &mut findings);
    for finding in findings {
        errors.finding(finding);
    }
    let codes = entries
        .into_iter()
        .zip(&item.variants)
        .zip(names)
        .map(|((entry, variant), name)| DraftCode {
            def: entry.into_code_def(variant.ident.clone()),
            usable_name: name.is_some(),
        })
        .collect();
    if item.variants.is_empty() {
        errors.push(
            item.ident.span(),
            "the enum declares no code: add a variant per error code, e.g. `#[code(\"InvalidParameter\")] InvalidParameter`",
        );
    }
    Draft {
        attrs,
        vis: item.vis.to_token_stream(),
        ident: item.ident.clone(),
        base,
        codes,
    }
}

/// An attribute of the enum as it passes through to the output, `None` when it must not; reports
/// those that conflict with what the macro emits.
fn enum_attr(attr: &Attribute, errors: &mut Errors) -> Option<TokenStream> {
    let path = attr.path();
    if path.is_ident("repr") {
        errors.push_tokens(
            attr,
            "`#[cloud_error]` chooses the enum's representation itself: remove this `#[repr]`",
        );
        return None;
    }
    if path.is_ident("non_exhaustive") {
        // The emitted enum is `#[non_exhaustive]` anyway.
        return None;
    }
    if !path.is_ident("derive") {
        return Some(attr.to_token_stream());
    }
    let Ok(derived) =
        attr.parse_args_with(syn::punctuated::Punctuated::<syn::Path, Token![,]>::parse_terminated)
    else {
        // Not ours to judge: the compiler reports a malformed derive.
        return Some(attr.to_token_stream());
    };
    // The conflicting traits are reported here and left out, so the compiler adds no error of
    // its own about two impls.
    let mut kept = Vec::new();
    for trait_path in derived {
        let last = trait_path
            .segments
            .last()
            .map(|segment| segment.ident.to_string());
        match last.filter(|name| CONFLICTING_DERIVES.contains(&name.as_str())) {
            Some(name) if name == "Default" => errors.push_tokens(
                &trait_path,
                "a `#[cloud_error]` enum has no default code: remove `Default` from the derive",
            ),
            Some(name) => errors.push_tokens(
                &trait_path,
                format!(
                    "`#[cloud_error]` implements `{name}` itself (Clone, PartialEq, Eq, Hash, Debug, Display, FromStr, and serde's traits with the `serde` feature of cloud-errors): remove it from the derive"
                ),
            ),
            None => kept.push(trait_path),
        }
    }
    let pound = attr.pound_token;
    (!kept.is_empty()).then(|| quote! { #pound[derive(#(#kept),*)] })
}

/// One variant's `#[code(…)]` and doc comment, read but not yet defaulted.
#[derive(Default)]
struct VariantArgs {
    wire: Option<Located<String, Span>>,
    statuses: Vec<Located<u64, Span>>,
    retry: Option<Retry>,
    category: Option<Category>,
    ja: Option<Located<String, Span>>,
    zh: Option<Located<String, Span>>,
    help: Option<Located<String, Span>>,
    help_ja: Option<Located<String, Span>>,
    help_zh: Option<Located<String, Span>>,
    messages: Vec<Located<String, Span>>,
    /// Where `empty_body = true` is.
    empty_body: Option<Span>,
    description: String,
}

impl VariantArgs {
    /// The entry the shared checks take; what was left out gets its documented default in
    /// `Entry::into_code_def`.
    fn into_entry(self, name: &Ident) -> Entry<Span> {
        Entry {
            code: self.wire,
            name: Some(Located::new(name.unraw().to_string(), name.span())),
            retry: self.retry,
            statuses: self.statuses,
            category: self.category,
            // The doc comment: the variant's name is where it belongs.
            // A translation left out is answered in English by the runtime's fallback chain.
            description: Texts {
                en: Some(Located::new(self.description, name.span())),
                ja: self.ja,
                zh: self.zh,
            },
            help: self.help.map(|en| Texts {
                en: Some(en),
                ja: self.help_ja,
                zh: self.help_zh,
            }),
            messages: self.messages,
            overrides: false,
            empty_body: self.empty_body,
        }
    }
}

fn read_variant(variant: &Variant, errors: &mut Errors) -> VariantArgs {
    let name = &variant.ident;
    if !matches!(variant.fields, Fields::Unit) {
        errors.push_tokens(
            &variant.fields,
            format!(
                "`{name}` has fields, but a code is a unit variant: the enum's own `Unknown(String)` keeps codes it does not declare"
            ),
        );
    }
    if let Some((eq, discriminant)) = &variant.discriminant {
        errors.push_tokens(
            quote! { #eq #discriminant },
            "`#[cloud_error]` numbers the variants itself: remove the `= …`",
        );
    }
    let mut args = VariantArgs::default();
    let mut doc_lines = Vec::new();
    let mut code_attr: Option<&Attribute> = None;
    for attr in &variant.attrs {
        if attr.path().is_ident("doc") {
            if let Meta::NameValue(doc) = &attr.meta {
                if let syn::Expr::Lit(syn::ExprLit {
                    lit: Lit::Str(text), ..
                }) = &doc.value
                {
                    doc_lines.push(text.value());
                    continue;
                }
            }
            errors.push_tokens(attr, "write the description as a plain `///` doc comment");
        } else if attr.path().is_ident("code") {
            if let Some(first) = code_attr {
                let mut error = syn::Error::new_spanned(
                    attr,
                    format!("`{name}` has two `#[code]` attributes: a variant is one code"),
                );
                error.combine(syn::Error::new_spanned(first, "the first `#[code]` is here"));
                errors.add(error);
                continue;
            }
            code_attr = Some(attr);
            read_code_attr(attr, &mut args, errors);
        } else {
            errors.push_tokens(
                attr,
                "a variant of a `#[cloud_error]` enum takes only its `///` description and `#[code(…)]`",
            );
        }
    }
    if code_attr.is_none() {
        errors.push(
            name.span(),
            format!(
                "`{name}` has no `#[code(…)]`: every variant names the code the service sends, e.g. `#[code(\"{}\")]`",
                name.unraw()
            ),
        );
    }
    // An empty one is reported by the shared checks, as a blank description.
    args.description = description(&doc_lines);
    args
}

/// The English description from doc lines: lines of a paragraph joined by spaces, paragraphs by a
/// blank line.
fn description(doc_lines: &[String]) -> String {
    // `split`, not `lines`: an empty `///` line is a paragraph break, and `"".lines()` is empty.
    let lines: Vec<&str> = doc_lines
        .iter()
        .flat_map(|text| text.split('\n'))
        .map(str::trim)
        .collect();
    let paragraphs: Vec<String> = lines
        .split(|line| line.is_empty())
        .filter(|paragraph| !paragraph.is_empty())
        .map(|paragraph| paragraph.join(" "))
        .collect();
    paragraphs.join("\n\n")
}

fn read_code_attr(attr: &Attribute, args: &mut VariantArgs, errors: &mut Errors) {
    let Meta::List(list) = &attr.meta else {
        errors.push_tokens(
            attr,
            "`#[code]` needs the code the service sends, as a string: `#[code(\"InvalidParameter\")]`",
        );
        return;
    };
    let parser = |input: ParseStream<'_>| -> syn::Result<()> {
        if input.peek(LitStr) {
            let wire: LitStr = input.parse()?;
            args.wire = Some(Located::new(wire.value(), wire.span()));
        } else {
            errors.push(
                input.span(),
                "`#[code(…)]` starts with the code the service sends, as a string: `#[code(\"InvalidParameter\", …)]`",
            );
        }
        let mut seen: HashMap<String, Span> = HashMap::new();
        // Without the wire code, the options start right away, with no comma before them.
        let mut needs_comma = args.wire.is_some();
        while !input.is_empty() {
            if needs_comma {
                input.parse::<Token![,]>()?;
                if input.is_empty() {
                    break;
                }
            }
            needs_comma = true;
            let key = input.call(Ident::parse_any)?;
            let key_name = key.to_string();
            if !CODE_OPTIONS.contains(&key_name.as_str()) {
                errors.push(
                    key.span(),
                    format!(
                        "unknown option `{key}` of `#[code]`: the options are {}",
                        CODE_OPTIONS.map(|option| format!("`{option}`")).join(", ")
                    ),
                );
                if input.peek(Token![=]) {
                    input.parse::<Token![=]>()?;
                }
                skip_value(input)?;
                continue;
            }
            input.parse::<Token![=]>()?;
            let value = Value::parse(input)?;
            let duplicate = seen.contains_key(&key_name)
                || (key_name == "status" && seen.contains_key("statuses"))
                || (key_name == "statuses" && seen.contains_key("status"));
            if duplicate {
                errors.push(
                    key.span(),
                    if key_name.starts_with("status") {
                        "the statuses are given twice: use either `status = 400` or `statuses = [404, 400]`, once".to_owned()
                    } else {
                        format!("`{key}` is given twice")
                    },
                );
                continue;
            }
            seen.insert(key_name.clone(), key.span());
            read_option(&key_name, value, args, errors);
        }
        for translation in ["help_ja", "help_zh"] {
            if let (Some(&at), false) = (seen.get(translation), seen.contains_key("help")) {
                errors.push(
                    at,
                    format!(
                        "`{translation}` translates `help`, which is missing: add the English `help = \"…\"`"
                    ),
                );
            }
        }
        Ok(())
    };
    if let Err(error) = parser.parse2(list.tokens.clone()) {
        errors.add(error);
    }
}

/// An option's value: a literal, a `[…]` list of literals, or something else (kept for its span).
enum Value {
    Lit(Lit),
    List(Vec<Lit>),
    Other(TokenStream),
}

impl Value {
    fn parse(input: ParseStream<'_>) -> syn::Result<Value> {
        if input.peek(syn::token::Bracket) {
            let fork = input.fork();
            let content;
            syn::bracketed!(content in fork);
            if let Ok(items) = syn::punctuated::Punctuated::<Lit, Token![,]>::parse_terminated(&content) {
                syn::parse::discouraged::Speculative::advance_to(input, &fork);
                return Ok(Value::List(items.into_iter().collect()));
            }
        } else if input.peek(Lit) {
            return Ok(Value::Lit(input.parse()?));
        }
        let mut tokens = TokenStream::new();
        while !input.is_empty() && !input.peek(Token![,]) {
            tokens.extend([input.parse::<TokenTree>()?]);
        }
        Ok(Value::Other(tokens))
    }

    fn tokens(&self) -> TokenStream {
        match self {
            Value::Lit(lit) => lit.to_token_stream(),
            Value::List(items) => quote! { [#(#items),*] },
            Value::Other(tokens) => tokens.clone(),
        }
    }

    /// A string literal, or `None` after saying what was expected.
    fn string(&self, key: &str, example: &str, errors: &mut Errors) -> Option<LitStr> {
        match self {
            Value::Lit(Lit::Str(text)) => Some(text.clone()),
            _ => self.expected("a string", key, example, errors),
        }
    }

    /// A list of literals, or `None` after saying what was expected.
    fn list(&self, key: &str, example: &str, errors: &mut Errors) -> Option<&[Lit]> {
        match self {
            Value::List(items) => Some(items),
            _ => self.expected("a list", key, example, errors),
        }
    }

    /// `None`, after saying that `key` takes `what` (`key = example`).
    fn expected<T>(&self, what: &str, key: &str, example: &str, errors: &mut Errors) -> Option<T> {
        errors.push_tokens(
            self.tokens(),
            format!("`{key}` takes {what}: `{key} = {example}`"),
        );
        None
    }
}

fn read_option(key: &str, value: Value, args: &mut VariantArgs, errors: &mut Errors) {
    match key {
        "status" => match &value {
            Value::Lit(lit) => args.statuses = read_statuses(std::slice::from_ref(lit), errors),
            Value::List(_) => errors.push_tokens(
                value.tokens(),
                "`status` takes one status: write several as `statuses = [404, 400]`",
            ),
            Value::Other(_) => {
                errors.push_tokens(value.tokens(), "`status` takes an HTTP status: `status = 404`")
            }
        },
        "statuses" => {
            if let Value::Lit(Lit::Int(_)) = value {
                errors.push_tokens(
                    value.tokens(),
                    "`statuses` takes a list: `statuses = [404, 400]`, or `status = 404` for one",
                );
            } else if let Some(items) = value.list("statuses", "[404, 400]", errors) {
                args.statuses = read_statuses(items, errors);
            }
        }
        "retry" => {
            if let Some(text) = value.string("retry", "\"backoff\"", errors) {
                args.retry = vocabulary(&text, "retry class", errors);
            }
        }
        "category" => {
            if let Some(text) = value.string("category", "\"not_found\"", errors) {
                args.category = vocabulary(&text, "category", errors);
            }
        }
        "ja" | "zh" | "help" | "help_ja" | "help_zh" => {
            if let Some(text) = value.string(key, "\"…\"", errors) {
                let slot = match key {
                    "ja" => &mut args.ja,
                    "zh" => &mut args.zh,
                    "help" => &mut args.help,
                    "help_ja" => &mut args.help_ja,
                    _ => &mut args.help_zh,
                };
                *slot = Some(Located::new(text.value(), text.span()));
            }
        }
        "messages" => {
            if let Some(items) = value.list("messages", "[\"…\", \"…\"]", errors) {
                for item in items {
                    match item {
                        Lit::Str(text) => args.messages.push(Located::new(text.value(), text.span())),
                        other => errors.push_tokens(other, "a message is a string"),
                    }
                }
            }
        }
        "empty_body" => match &value {
            Value::Lit(Lit::Bool(flag)) => args.empty_body = flag.value.then_some(flag.span),
            _ => {
                value.expected::<()>("`true` or `false`", "empty_body", "true", errors);
            }
        },
        _ => unreachable!("only the keys of CODE_OPTIONS get here"),
    }
}

/// The statuses of a `status`/`statuses` value; their range is a shared check.
fn read_statuses(items: &[Lit], errors: &mut Errors) -> Vec<Located<u64, Span>> {
    let mut statuses = Vec::with_capacity(items.len());
    for item in items {
        match item {
            Lit::Int(int) if int.suffix().is_empty() => match int.base10_parse::<u64>() {
                Ok(status) => statuses.push(Located::new(status, int.span())),
                Err(_) => errors.push_tokens(item, "an HTTP status is a number from 100 to 599"),
            },
            _ => errors.push_tokens(item, "an HTTP status is a plain integer such as `404`"),
        }
    }
    statuses
}

/// The word `text` names, or `None` after listing them.
fn vocabulary<T: Word>(text: &LitStr, what: &str, errors: &mut Errors) -> Option<T> {
    let value = text.value();
    let found = T::ALL.iter().copied().find(|word| word.name() == value);
    if found.is_none() {
        let list: Vec<String> = T::ALL.iter().map(|word| format!("\"{}\"", word.name())).collect();
        let message = format!(
            "\"{value}\" is not a {what}; the {what} names are {}",
            list.join(", ")
        );
        errors.push(text.span(), message);
    }
    found
}

#[cfg(test)]
mod tests {
    use quote::format_ident;

    use crate::model::Bilingual;

    use super::*;

    #[test]
    fn emits_exactly_what_the_generator_emits() {
        let expanded = expand(
            quote! { extends = ::cloud_errors::oci::Code },
            quote! {
                /// Codes of a service.
                pub enum Service {
                    /// The resource is locked.
                    #[code("Resource.Locked", statuses = [409, 423], retry = "backoff",
                           category = "aborted", ja = "ロックされています。", help = "Wait.",
                           messages = ["locked"])]
                    Locked,
                    /// Gone.
                    #[code("Gone", status = 410)]
                    Gone,
                }
            },
        );
        let codes = [
            CodeDef {
                wire: "Resource.Locked".to_owned(),
                name: format_ident!("Locked"),
                statuses: vec![409, 423],
                retry: Retry::Backoff,
                category: Category::Aborted,
                description: Bilingual {
                    en: "The resource is locked.".to_owned(),
                    ja: "ロックされています。".to_owned(),
                    zh: String::new(),
                },
                help: Some(Bilingual {
                    en: "Wait.".to_owned(),
                    ..Bilingual::default()
                }),
                messages: vec!["locked".to_owned()],
                overrides: false,
                empty_body: false,
            },
            CodeDef {
                wire: "Gone".to_owned(),
                name: format_ident!("Gone"),
                statuses: vec![410],
                retry: Retry::Never,
                category: Category::FailedPrecondition,
                description: Bilingual {
                    en: "Gone.".to_owned(),
                    ..Bilingual::default()
                },
                help: None,
                messages: Vec::new(),
                overrides: false,
                empty_body: false,
            },
        ];
        let spec = EnumSpec {
            attrs: vec![quote! { #[doc = r" Codes of a service."] }],
            vis: quote! { pub },
            ident: format_ident!("Service"),
            base: Some(quote! { ::cloud_errors::oci::Code }),
            codes: &codes,
            status_rules: &[],
            first_locale: crate::model::Locale::En,
        };
        assert_eq!(expanded.to_string(), code_enum_tokens(&spec).to_string());
    }

    #[test]
    fn reports_every_mistake_and_still_emits_the_enum() {
        let expanded = expand(
            TokenStream::new(),
            quote! {
                enum Service {
                    /// One.
                    #[code("One", status = 1000)]
                    One,
                    /// Two.
                    #[code("Two", retry = "often", colour = "red")]
                    Two,
                    Three,
                }
            },
        )
        .to_string();
        // Five mistakes: the status, the retry class, the unknown option, and `Three`'s missing
        // `#[code]` and doc comment.
        assert_eq!(expanded.matches("compile_error").count(), 5, "{expanded}");
        assert!(expanded.contains("enum Service"), "{expanded}");
        assert!(expanded.contains("impl Service"), "{expanded}");
    }

    #[test]
    fn doc_lines_become_paragraphs() {
        let lines = [" The first", " line.", "", " Second   ", " paragraph."].map(str::to_owned);
        assert_eq!(description(&lines), "The first line.\n\nSecond paragraph.");
        assert_eq!(description(&[String::new()]), "");
    }
}
