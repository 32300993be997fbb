//! Emission: the checked model → Rust tokens. [`enum_item`] and [`impls_item`] are the one
//! implementation of a `Code` enum: `#[cloud_error]` gets both from [`code_enum`], the generator
//! runs them on two threads in [`catalog_module`].
//!
//! The shape scales to catalogs of any size: per-code data lives in static tables indexed by the
//! variant's discriminant, `from_code` is a perfect-hash lookup, and no method or trait impl has a
//! `match` arm per code (such matches cost minutes of release compile time at 10,000 codes).
//! All behaviour is generic code in `cloud_errors::__private`; what is emitted is data and
//! one-line forwarding methods.

use proc_macro2::{Ident, Literal, Span, TokenStream};
#[cfg(feature = "catalog")]
use quote::ToTokens;
use quote::{format_ident, quote, quote_spanned};

use crate::model::{Bilingual, Catalog, CodeDef, Envelope, StatusRule};
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
}

/// The enum, its tables and every impl, as syntax trees (the enum, then a `const _` block).
///
/// The per-code parts (variants with their docs, the table's columns) are built as syntax trees
/// directly; only the fixed template around them goes through `quote!` and a parse. Parsing the
/// per-code data back from tokens took most of a 10,000-code generation run. `Err` only when the
/// template around the caller's tokens does not parse (a bug here, or tokens `EnumSpec` never gets).
pub fn code_enum(spec: &EnumSpec<'_>) -> syn::Result<Vec<syn::Item>> {
    let table = TableData::new(spec.codes, spec.status_rules);
    Ok(vec![
        enum_item(spec)?,
        impls_item(&spec.ident, spec.base.as_ref(), &table)?,
    ])
}

/// The enum: one fieldless variant per code, documented, then `Base` and `Unknown`.
pub fn enum_item(spec: &EnumSpec<'_>) -> syn::Result<syn::Item> {
    let EnumSpec {
        attrs,
        vis,
        ident,
        base,
        codes,
        status_rules: _,
    } = spec;
    let variants = codes.iter().enumerate().map(|(index, code)| syn::Variant {
        attrs: variant_docs(code),
        ident: code.name.clone(),
        fields: syn::Fields::Unit,
        discriminant: Some((Default::default(), number(Literal::u32_unsuffixed(index as u32)))),
    });
    let mut next_discriminant = codes.len() as u32;
    let base_variant = base.as_ref().map(|base| {
        let discriminant = Literal::u32_unsuffixed(next_discriminant);
        next_discriminant += 1;
        quote! {
            /// A code this catalog does not define but the catalog it extends knows.
            Base(#base) = #discriminant,
        }
    });
    let unknown_discriminant = Literal::u32_unsuffixed(next_discriminant);
    let template = quote! {
        #(#attrs)*
        #[non_exhaustive]
        #[repr(u32)]
        #vis enum #ident {
            // The known codes' variants go first; they are spliced in below.
            #base_variant
            /// A code that no catalog here knows, kept verbatim.
            Unknown(::std::string::String) = #unknown_discriminant,
        }
    };
    let mut code_enum: syn::ItemEnum = syn::parse2(template)?;
    code_enum.variants = punctuated(variants.chain(std::mem::take(&mut code_enum.variants)));
    Ok(syn::Item::Enum(code_enum))
}

/// The `const _` block beside the enum: its static table and every impl. It needs no `CodeDef`
/// (whose `Ident` may not leave its thread), so the generator builds it on a thread of its own.
pub fn impls_item(
    ident: &Ident,
    base: Option<&TokenStream>,
    table: &TableData<'_>,
) -> syn::Result<syn::Item> {
    let (base_entry, from_base_code, clone_base) = match base {
        // Spanned at the base's path: if it is no `ErrorCode`, the compiler's errors point there.
        Some(base) => (
            quote_spanned! {syn::spanned::Spanned::span(base)=>
                Self::Base(code) => ::cloud_errors::__private::Entry::Base(code),
            },
            quote! { <#base as ::cloud_errors::ErrorCode>::from_known_code(code).map(Self::Base) },
            quote! { Self::Base(code) => Self::Base(::core::clone::Clone::clone(code)), },
        ),
        None => (
            quote! {},
            quote! { { let _ = code; ::core::option::Option::None } },
            quote! {},
        ),
    };
    let count = Literal::usize_unsuffixed(table.rows.len());

    let template = quote! {
        const _: () = {
            // The table's columns, one static each, are spliced in here.

            // SAFETY: the enum above is `#[repr(u32)]` and its fieldless variants are exactly the
            // discriminants `0..TABLE.code_count()`, variant `i` being code `i` of `TABLE`.
            unsafe impl ::cloud_errors::__private::Generated for #ident {
                // Spliced in below: a constant referring to the columns, so that code using the
                // enum knows every column's address and length at compile time.
                const TABLE: &'static ::cloud_errors::__private::Table = &();

                #[inline]
                fn entry(&self) -> ::cloud_errors::__private::Entry<'_> {
                    match self {
                        #base_entry
                        Self::Unknown(code) => ::cloud_errors::__private::Entry::Unknown(code),
                        known => ::cloud_errors::__private::Entry::Known(::cloud_errors::__private::tag_of(known)),
                    }
                }

                #[inline]
                fn from_base_code(code: &str) -> ::core::option::Option<Self> {
                    #from_base_code
                }

                #[inline]
                fn unknown(code: ::std::string::String) -> Self {
                    Self::Unknown(code)
                }
            }

            impl #ident {
                /// How many codes the catalog defines itself.
                pub const KNOWN_COUNT: usize = #count;

                /// Looks a wire code up exactly (case-sensitive); a code the catalog does not know
                /// is kept verbatim in `Unknown`.
                #[inline]
                pub fn from_code(code: &str) -> Self {
                    ::cloud_errors::__private::from_code(code)
                }

                /// The code if the catalog knows it, `None` otherwise; does not allocate.
                #[inline]
                pub fn from_known_code(code: &str) -> ::core::option::Option<Self> {
                    ::cloud_errors::__private::from_known_code(code)
                }

                /// The wire string, exactly as the service sends it.
                #[inline]
                pub fn code(&self) -> &str {
                    ::cloud_errors::__private::code(self)
                }

                /// `false` for `Unknown`.
                #[inline]
                pub fn is_known(&self) -> bool {
                    ::cloud_errors::__private::is_known(self)
                }

                /// The documented HTTP statuses; empty where none are documented. An unknown
                /// dotted code has those of its nearest known ancestor.
                #[inline]
                pub fn http_statuses(&self) -> &'static [u16] {
                    ::cloud_errors::__private::http_statuses(self)
                }

                /// Whether retrying can help; an unknown dotted code inherits the class of its
                /// nearest known ancestor, and is `Never` without one.
                #[inline]
                pub fn retry(&self) -> ::cloud_errors::Retry {
                    ::cloud_errors::__private::retry(self)
                }

                /// `true` exactly when `retry()` is `Retry::Backoff`.
                #[inline]
                pub fn is_retryable(&self) -> bool {
                    self.retry().is_retryable()
                }

                /// The provider-neutral category; unknown codes inherit it like `retry()`.
                #[inline]
                pub fn category(&self) -> ::cloud_errors::Category {
                    ::cloud_errors::__private::category(self)
                }

                /// The English description.
                #[inline]
                pub fn description(&self) -> &'static str {
                    ::cloud_errors::__private::description_in(self, ::cloud_errors::Locale::En)
                }

                /// The description in the given language.
                #[inline]
                pub fn description_in(&self, locale: ::cloud_errors::Locale) -> &'static str {
                    ::cloud_errors::__private::description_in(self, locale)
                }

                /// Troubleshooting help in English, where the catalog has any.
                #[inline]
                pub fn help(&self) -> ::core::option::Option<&'static str> {
                    ::cloud_errors::__private::help_in(self, ::cloud_errors::Locale::En)
                }

                /// Troubleshooting help in the given language, where the catalog has any.
                #[inline]
                pub fn help_in(&self, locale: ::cloud_errors::Locale) -> ::core::option::Option<&'static str> {
                    ::cloud_errors::__private::help_in(self, locale)
                }

                /// The messages the provider documents for this code.
                #[inline]
                pub fn messages(&self) -> ::cloud_errors::Messages {
                    ::cloud_errors::__private::messages(self)
                }

                /// Every code the catalog defines itself, in catalog order.
                #[inline]
                pub fn known() -> ::cloud_errors::Known<Self> {
                    ::cloud_errors::__private::known()
                }

                /// How the catalog classifies a response with this status and no code, if it
                /// documents one.
                #[inline]
                pub fn status_rule(status: u16) -> ::core::option::Option<&'static ::cloud_errors::StatusRule> {
                    ::cloud_errors::__private::status_rule::<Self>(status)
                }
            }

            #[automatically_derived]
            impl ::core::clone::Clone for #ident {
                #[inline]
                fn clone(&self) -> Self {
                    match self {
                        #clone_base
                        Self::Unknown(code) => Self::Unknown(::core::clone::Clone::clone(code)),
                        known => ::cloud_errors::__private::from_tag(::cloud_errors::__private::tag_of(known)),
                    }
                }
            }

            #[automatically_derived]
            impl ::core::cmp::PartialEq for #ident {
                #[inline]
                fn eq(&self, other: &Self) -> bool {
                    ::cloud_errors::__private::eq(self, other)
                }
            }

            #[automatically_derived]
            impl ::core::cmp::Eq for #ident {}

            #[automatically_derived]
            impl ::core::hash::Hash for #ident {
                fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                    ::cloud_errors::__private::hash(self, state)
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Debug for #ident {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::cloud_errors::__private::debug(self, f)
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.write_str(self.code())
                }
            }

            #[automatically_derived]
            impl ::core::str::FromStr for #ident {
                type Err = ::core::convert::Infallible;

                #[inline]
                fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
                    ::core::result::Result::Ok(Self::from_code(code))
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<&str> for #ident {
                #[inline]
                fn from(code: &str) -> Self {
                    Self::from_code(code)
                }
            }

            ::cloud_errors::__private::impl_serde!(#ident);
        };
    };
    let mut block: syn::ItemConst = syn::parse2(template)?;
    let syn::Expr::Block(block_expr) = &mut *block.expr else {
        return Err(template_changed());
    };
    let (columns, table) = table_columns(table)?;
    let stmts = &mut block_expr.block.stmts;
    let Some(syn::Stmt::Item(syn::Item::Impl(generated))) = stmts.first_mut() else {
        return Err(template_changed());
    };
    let Some(syn::ImplItem::Const(table_const)) = generated.items.first_mut() else {
        return Err(template_changed());
    };
    table_const.expr = reference(table);
    stmts.splice(0..0, columns);
    Ok(syn::Item::Const(block))
}

fn template_changed() -> syn::Error {
    syn::Error::new(
        Span::call_site(),
        "internal error in cloud-errors-codegen: `impls_item`'s template lost the items it fills in",
    )
}

/// What the table's columns hold, per code, with nothing of proc-macro2 in it: unlike a `CodeDef`
/// (whose `Ident` is neither `Send` nor `Sync`), it can move to another thread.
pub struct TableData<'a> {
    rows: Vec<TableRow<'a>>,
    status_rules: &'a [StatusRule],
}

/// One code's row of the table: a `CodeDef` with its variant's name as text.
struct TableRow<'a> {
    wire: &'a str,
    name: String,
    statuses: &'a [u16],
    retry: crate::model::Retry,
    category: crate::model::Category,
    description: &'a Bilingual,
    help: Option<&'a Bilingual>,
    messages: &'a [String],
}

impl<'a> TableData<'a> {
    pub fn new(codes: &'a [CodeDef], status_rules: &'a [StatusRule]) -> Self {
        let rows = codes
            .iter()
            .map(|code| TableRow {
                wire: &code.wire,
                name: code.name.to_string(),
                statuses: &code.statuses,
                retry: code.retry,
                category: code.category,
                description: &code.description,
                help: code.help.as_ref(),
                messages: &code.messages,
            })
            .collect();
        TableData { rows, status_rules }
    }
}

/// The table's columns, one `static` each, and the `Table` that refers to them: one column per
/// property, indexed like the variants. The data lives in statics, so it exists once; the `Table`
/// is a constant, so the code that reads it knows each column's address and length when it is
/// compiled (a column read is then an array index: no load of the column's address, and the bounds
/// check is the same comparison that tells a known code from an unknown one).
fn table_columns(table: &TableData<'_>) -> syn::Result<(Vec<syn::Stmt>, syn::Expr)> {
    let TableData { rows, status_rules } = table;
    // Few codes have help: its columns hold only theirs.
    let helped: Vec<(usize, &Bilingual)> = rows
        .iter()
        .enumerate()
        .filter_map(|(index, row)| Some((index, row.help?)))
        .collect();
    let help = |text: fn(&Bilingual) -> &str| strings(helped.iter().map(|&(_, help)| text(help)));
    let statuses = rows.iter().flat_map(|row| {
        row.statuses
            .iter()
            .map(|&status| number(Literal::u16_unsuffixed(status)))
    });
    let phf = PerfectHash::build(&rows.iter().map(|row| row.wire).collect::<Vec<_>>());
    let rules: Vec<syn::Expr> = status_rules
        .iter()
        .map(|rule| {
            let status = Literal::u16_unsuffixed(rule.status);
            let retry = retry_path(rule.retry);
            let category = category_path(rule.category);
            let Bilingual { en, ja } = &rule.description;
            syn::parse2(quote! { ::cloud_errors::StatusRule::new(#status, #retry, #category, #en, #ja) })
        })
        .collect::<syn::Result<_>>()?;
    let strings_type: syn::Type = syn::parse_quote!(::cloud_errors::__private::Strings);
    let mut retry = memoized(retry_path);
    let mut category = memoized(category_path);
    let columns = vec![
        array_column("CODES", quote!(&str), rows.iter().map(|row| string(row.wire)))?,
        column(
            "NAMES",
            strings_type.clone(),
            strings(rows.iter().map(|row| row.name.as_str())),
        ),
        column(
            "DESCRIPTIONS_EN",
            strings_type.clone(),
            strings(rows.iter().map(|row| row.description.en.as_str())),
        ),
        column(
            "DESCRIPTIONS_JA",
            strings_type.clone(),
            strings(rows.iter().map(|row| row.description.ja.as_str())),
        ),
        array_column(
            "HELP_CODES",
            quote!(u32),
            helped
                .iter()
                .map(|&(index, _)| number(Literal::u32_unsuffixed(index as u32))),
        )?,
        column("HELP_EN", strings_type.clone(), help(|help| &help.en)),
        column("HELP_JA", strings_type.clone(), help(|help| &help.ja)),
        array_column("STATUSES", quote!(u16), statuses)?,
        array_column(
            "STATUS_ENDS",
            quote!(u32),
            ends(rows.iter().map(|row| row.statuses.len())),
        )?,
        array_column(
            "RETRY",
            quote!(::cloud_errors::Retry),
            rows.iter().map(|row| retry(row.retry)),
        )?,
        array_column(
            "CATEGORY",
            quote!(::cloud_errors::Category),
            rows.iter().map(|row| category(row.category)),
        )?,
        column(
            "MESSAGES",
            strings_type,
            strings(
                rows.iter()
                    .flat_map(|row| row.messages.iter().map(String::as_str)),
            ),
        ),
        array_column(
            "MESSAGE_ENDS",
            quote!(u32),
            ends(rows.iter().map(|row| row.messages.len())),
        )?,
        array_column(
            "PILOTS",
            quote!(u16),
            phf.pilots
                .iter()
                .map(|&pilot| number(Literal::u16_unsuffixed(pilot))),
        )?,
        array_column(
            "SLOTS",
            quote!((&str, u32)),
            phf.slots.iter().map(|&slot| {
                // An empty slot (`EMPTY_SLOT` indexes no code) holds "".
                let code = rows.get(slot as usize).map_or("", |row| row.wire);
                tuple([string(code), number(Literal::u32_unsuffixed(slot))])
            }),
        )?,
        array_column("STATUS_RULES", quote!(::cloud_errors::StatusRule), rules)?,
    ];
    let seed = Literal::u64_unsuffixed(phf.seed);
    let table = syn::parse2(quote! {
        ::cloud_errors::__private::Table {
            codes: &CODES,
            names: &NAMES,
            descriptions_en: &DESCRIPTIONS_EN,
            descriptions_ja: &DESCRIPTIONS_JA,
            help_codes: &HELP_CODES,
            help_en: &HELP_EN,
            help_ja: &HELP_JA,
            statuses: &STATUSES,
            status_ends: &STATUS_ENDS,
            retry: &RETRY,
            category: &CATEGORY,
            messages: &MESSAGES,
            message_ends: &MESSAGE_ENDS,
            index: ::cloud_errors::__private::PerfectHash {
                seed: #seed,
                pilots: &PILOTS,
                slots: &SLOTS,
            },
            status_rules: &STATUS_RULES,
        }
    })?;
    Ok((columns, table))
}

/// `static NAME: TYPE = VALUE;`
fn column(name: &str, ty: syn::Type, value: syn::Expr) -> syn::Stmt {
    syn::Stmt::Item(syn::Item::Static(syn::ItemStatic {
        attrs: Vec::new(),
        vis: syn::Visibility::Inherited,
        static_token: Default::default(),
        mutability: syn::StaticMutability::None,
        ident: Ident::new(name, Span::call_site()),
        colon_token: Default::default(),
        ty: Box::new(ty),
        eq_token: Default::default(),
        expr: Box::new(value),
        semi_token: Default::default(),
    }))
}

/// `static NAME: [ELEMENT; N] = [a, b, …];`, the elements going straight into the array: a
/// column of 100,000 `syn::Expr`s collected first would be 18 MB more memory to fault in (on
/// this project's VM, touching fresh memory is most of what building the table costs).
fn array_column(
    name: &str,
    element: TokenStream,
    elements: impl IntoIterator<Item = syn::Expr>,
) -> syn::Result<syn::Stmt> {
    let array = array(elements);
    let syn::Expr::Array(syn::ExprArray { elems, .. }) = &array else {
        unreachable!("`array` makes an array expression")
    };
    let len = Literal::usize_unsuffixed(elems.len());
    let ty = syn::parse2(quote!([#element; #len]))?;
    Ok(column(name, ty, array))
}

/// Strings as one blob plus offsets: a `concat!` of one literal per string, so that the generated
/// file keeps one line per code and its diffs stay readable.
fn strings<'a>(texts: impl Iterator<Item = &'a str>) -> syn::Expr {
    let texts: Vec<&str> = texts.collect();
    let literals = texts.iter().map(|text| string_literal(text));
    let concat = syn::Expr::Macro(syn::ExprMacro {
        attrs: Vec::new(),
        mac: syn::Macro {
            path: syn::parse_quote!(::core::concat),
            bang_token: Default::default(),
            delimiter: syn::MacroDelimiter::Paren(Default::default()),
            tokens: quote! { #(#literals),* },
        },
    });
    struct_expr(
        syn::parse_quote!(::cloud_errors::__private::Strings),
        [
            ("text", concat),
            (
                "ends",
                reference(array(ends(texts.iter().map(|text| text.len())))),
            ),
        ],
    )
}

/// `0, a, a + b, …`: the running sum of `lengths`, for slicing a blob.
fn ends(lengths: impl Iterator<Item = usize>) -> impl Iterator<Item = syn::Expr> {
    let mut total: usize = 0;
    let ends = std::iter::once(0).chain(lengths.map(move |length| {
        total += length;
        total
    }));
    ends.map(|end| {
        number(Literal::u32_unsuffixed(
            u32::try_from(end).expect("a catalog's text fits in 4 GiB"),
        ))
    })
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

/// A string literal expression of the table (see `token`).
fn string(text: &str) -> syn::Expr {
    token(string_literal(text))
}

/// An integer of the table, or a discriminant (see `token`).
fn number(literal: Literal) -> syn::Expr {
    token(literal)
}

/// A literal expression kept as the token it is (`Lit::Verbatim`). `syn::Lit::new` would copy the
/// token to text and parse it again only to learn its kind, which nothing here asks: for a string
/// it unescapes it, for an integer it reads the digits into a big integer, with four allocations;
/// at 100,000 codes that was a quarter of building the table. prettyplease prints such a literal
/// as it is. The one difference: it fills lines only with `Lit::Int`s, so a column of numbers
/// prints one per line, as every other column does. Doc attributes are the exception: their
/// string must be a `Lit::Str` to print as `///` (see `doc_attrs`).
fn token(literal: Literal) -> syn::Expr {
    syn::Expr::Lit(syn::ExprLit {
        attrs: Vec::new(),
        lit: syn::Lit::Verbatim(literal),
    })
}

/// `(a, b, …)`.
fn tuple(elements: impl IntoIterator<Item = syn::Expr>) -> syn::Expr {
    syn::Expr::Tuple(syn::ExprTuple {
        attrs: Vec::new(),
        paren_token: Default::default(),
        elems: punctuated(elements),
    })
}

/// `a, b, …,` as syn holds it. Collected as pairs, each element goes straight into the list:
/// `Punctuated`'s `FromIterator<T>` boxes every element on its way in (a malloc and a free per
/// table cell). The trailing comma is not printed: prettyplease decides those itself.
fn punctuated<T>(elements: impl IntoIterator<Item = T>) -> syn::punctuated::Punctuated<T, syn::Token![,]> {
    elements
        .into_iter()
        .map(|element| syn::punctuated::Pair::Punctuated(element, Default::default()))
        .collect()
}

/// `[a, b, …]`.
fn array(elements: impl IntoIterator<Item = syn::Expr>) -> syn::Expr {
    syn::Expr::Array(syn::ExprArray {
        attrs: Vec::new(),
        bracket_token: Default::default(),
        elems: punctuated(elements),
    })
}

/// `&expr`.
fn reference(expr: syn::Expr) -> syn::Expr {
    syn::Expr::Reference(syn::ExprReference {
        attrs: Vec::new(),
        and_token: Default::default(),
        mutability: None,
        expr: Box::new(expr),
    })
}

/// `Path { field: value, … }`.
fn struct_expr<'a>(path: syn::Path, fields: impl IntoIterator<Item = (&'a str, syn::Expr)>) -> syn::Expr {
    syn::Expr::Struct(syn::ExprStruct {
        attrs: Vec::new(),
        qself: None,
        path,
        brace_token: Default::default(),
        fields: punctuated(fields.into_iter().map(|(name, expr)| syn::FieldValue {
            attrs: Vec::new(),
            member: syn::Member::Named(Ident::new(name, Span::call_site())),
            colon_token: Some(Default::default()),
            expr,
        })),
        dot2_token: None,
        rest: None,
    })
}

/// `::cloud_errors::Retry::Never` and the like, built without a parse.
fn variant_path(enum_name: &str, variant: &str) -> syn::Expr {
    let segments = ["cloud_errors", enum_name, variant]
        .into_iter()
        .map(|segment| syn::PathSegment::from(Ident::new(segment, Span::call_site())));
    syn::Expr::Path(syn::ExprPath {
        attrs: Vec::new(),
        qself: None,
        path: syn::Path {
            leading_colon: Some(Default::default()),
            segments: segments.collect(),
        },
    })
}

/// `f`, called once per distinct argument and cloned after: a column repeats a handful of paths,
/// and cloning one costs half of building it (every segment's identifier checked and allocated).
fn memoized<K: Copy + Eq + std::hash::Hash, V: Clone>(f: impl Fn(K) -> V) -> impl FnMut(K) -> V {
    let mut cache = std::collections::HashMap::new();
    move |key| cache.entry(key).or_insert_with(|| f(key)).clone()
}

fn retry_path(retry: crate::model::Retry) -> syn::Expr {
    variant_path("Retry", &format!("{retry:?}"))
}

fn category_path(category: crate::model::Category) -> syn::Expr {
    variant_path("Category", &format!("{category:?}"))
}

/// A variant's doc comment: the code and its classification, then both descriptions.
fn variant_docs(code: &CodeDef) -> Vec<syn::Attribute> {
    let statuses = if code.statuses.is_empty() {
        "no documented HTTP status".to_owned()
    } else {
        let list: Vec<String> = code.statuses.iter().map(u16::to_string).collect();
        format!("HTTP {}", list.join(", "))
    };
    let summary = format!(
        "{}: {statuses}; retry: {}; category: {}.",
        markdown_code(&code.wire),
        code.retry.as_str(),
        code.category.as_str()
    );
    let mut lines = vec![summary, String::new()];
    lines.extend(text_lines(&code.description.en).map(description_line));
    lines.push(String::new());
    lines.extend(text_lines(&code.description.ja).map(description_line));
    doc_attrs(&lines)
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

/// `#[doc = "…"]` attributes, one per line (prettyplease prints them as `///` comments).
pub fn doc_attrs(lines: &[String]) -> Vec<syn::Attribute> {
    lines
        .iter()
        .map(|line| {
            let line = if line.is_empty() {
                String::new()
            } else {
                format!(" {line}")
            };
            syn::Attribute {
                pound_token: Default::default(),
                style: syn::AttrStyle::Outer,
                bracket_token: Default::default(),
                meta: syn::Meta::NameValue(syn::MetaNameValue {
                    path: Ident::new("doc", Span::call_site()).into(),
                    eq_token: Default::default(),
                    value: syn::Expr::Lit(syn::ExprLit {
                        attrs: Vec::new(),
                        lit: syn::Lit::new(string_literal(&line)),
                    }),
                }),
            }
        })
        .collect()
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

/// The module of one catalog, printed onto `out`: its docs, its `Code` enum, the enum's `const _`
/// block of table and impls, and what the runtime needs to read the provider's responses. (Onto a
/// string, not as one: a large catalog's module is tens of megabytes, and `out` grows once.)
///
/// The `const _` block (the table, with its perfect-hash search) is built, printed and freed on a
/// second thread while this one does the same for the enum and its docs: each half is about half
/// of a large catalog's emission. The halves are printed as files of their own and joined, which
/// is what printing them as one file gives (prettyplease starts every item on a line of its own
/// and keeps no state between items; a test holds it to that).
#[cfg(feature = "catalog")]
pub fn catalog_module(catalog: &Catalog, out: &mut String) -> syn::Result<()> {
    let table = TableData::new(&catalog.codes, &catalog.status_rules);
    let extends = catalog.extends.as_deref();
    std::thread::scope(|scope| {
        let impls = scope.spawn(move || {
            // Tokens may not cross threads: this one makes its own.
            let base = extends.map(base_code_path);
            impls_item(&format_ident!("Code"), base.as_ref(), &table)
                .map(|item| format_file(&file(vec![item])))
                .map_err(|error| error.to_string())
        });
        // The trees are freed as soon as they are printed, while the other thread still works:
        // its allocations can then reuse their memory.
        let (head, tail) = {
            let (head, tail) = module_without_impls(catalog)?;
            (format_file(&head), format_file(&tail))
        };
        let impls = match impls.join() {
            Ok(impls) => impls.map_err(|message| syn::Error::new(Span::call_site(), message))?,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        out.reserve(head.len() + impls.len() + tail.len());
        for part in [head, impls, tail] {
            out.push_str(&part);
        }
        Ok(())
    })
}

/// `::cloud_errors::<module>::Code`, the type an extending catalog's `Base` variant holds.
#[cfg(feature = "catalog")]
fn base_code_path(module: &str) -> TokenStream {
    let module = format_ident!("{}", module);
    quote! { ::cloud_errors::#module::Code }
}

/// A catalog module but for the enum's `const _` block, which goes between the two parts: its
/// docs and enum, then the items that tie the enum to the provider's responses.
#[cfg(feature = "catalog")]
fn module_without_impls(catalog: &Catalog) -> syn::Result<(syn::File, syn::File)> {
    let base = catalog.extends.as_deref().map(base_code_path);
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
    let mut module_docs = doc_attrs(&module_docs);
    for doc in &mut module_docs {
        doc.style = syn::AttrStyle::Inner(Default::default());
    }
    let enum_docs = doc_attrs(&[
        format!("An error code of {}.", escape_markdown(&catalog.provider)),
        String::new(),
        "Every documented code is a variant; any other code is kept verbatim in `Unknown`.".to_owned(),
        "Compare codes by matching on the variants, never on `Unknown`'s string: codes".to_owned(),
        "added to the catalog later move out of `Unknown`.".to_owned(),
    ]);
    let spec = EnumSpec {
        attrs: enum_docs.iter().map(ToTokens::to_token_stream).collect(),
        vis: quote! { pub },
        ident: format_ident!("Code"),
        base,
        codes: &catalog.codes,
        status_rules: &catalog.status_rules,
    };
    let head = syn::File {
        shebang: None,
        attrs: module_docs,
        items: vec![enum_item(&spec)?],
    };
    // What the runtime's one generic `ProviderError` needs to read this provider's responses.
    let provider = &catalog.provider;
    let envelope = format_ident!("{}", format!("{:?}", catalog.envelope));
    let in_body_errors = (catalog.envelope == Envelope::Tencent)
        .then(|| quote! { impl ::cloud_errors::InBodyErrors for Code {} });
    let error_docs = doc_attrs(&[
        format!("An error response of {}.", escape_markdown(&catalog.provider)),
        String::new(),
        "See [`ProviderError`](crate::ProviderError) for its constructors, fields and".to_owned(),
        "retry decision, with an example.".to_owned(),
    ]);
    let tail: syn::File = syn::parse2(quote! {
        impl ::cloud_errors::ProviderCode for Code {
            const PROVIDER: &'static str = #provider;
            const ENVELOPE: ::cloud_errors::Envelope = ::cloud_errors::Envelope::#envelope;
        }
        #in_body_errors

        #(#error_docs)*
        pub type Error = ::cloud_errors::ProviderError<Code>;
    })?;
    Ok((head, tail))
}

/// The generated crate's root, `lib.rs`: its documentation (with the table of catalogs), the
/// runtime re-exported, and one module per catalog behind its feature.
pub fn crate_root(catalogs: &[Catalog]) -> syn::Result<syn::File> {
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
        // rustfmt would reformat the module (prettyplease's layout is not rustfmt's) and make
        // it stale: `cargo fmt` must leave generated files alone.
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
    syn::parse2(quote! {
        #(#![doc = #docs])*
        #![cfg_attr(docsrs, feature(doc_cfg))]
        #![warn(missing_docs)]

        // Emitted code names this crate by its absolute path, `::cloud_errors`, both here and in
        // users' crates (for `#[cloud_error]`), so the emitter has a single form.
        extern crate self as cloud_errors;

        // In rustfmt's order, so that `cargo fmt` leaves the file as it is.
        #[cfg(feature = "macros")]
        #[cfg_attr(docsrs, doc(cfg(feature = "macros")))]
        pub use ::cloud_errors_macros::cloud_error;
        #[doc(inline)]
        pub use ::cloud_errors_runtime::*;

        #(#modules)*
    })
}

/// The first part of the generated crate's documentation; the table of catalogs follows it.
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

/// Items as a file, without inner attributes.
pub fn file(items: Vec<syn::Item>) -> syn::File {
    syn::File {
        shebang: None,
        attrs: Vec::new(),
        items,
    }
}

/// Formats a file as Rust source.
#[cfg(feature = "catalog")]
pub fn format_file(file: &syn::File) -> String {
    prettyplease::unparse(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(feature = "catalog")]
    fn a_module_printed_in_parts_is_the_module_printed_whole() {
        let sources: Vec<crate::validate::Source> = ["oci", "tencent", "tencent_redis"]
            .into_iter()
            .map(|name| {
                let path = format!("{}/../catalogs/{name}.yaml", env!("CARGO_MANIFEST_DIR"));
                crate::validate::Source {
                    text: std::fs::read_to_string(&path).expect("a seed catalog"),
                    path,
                }
            })
            .collect();
        let catalogs = crate::validate::check_catalogs(&sources).expect("the seed catalogs are valid");
        for catalog in &catalogs {
            let mut in_parts = String::new();
            catalog_module(catalog, &mut in_parts).unwrap();
            let (mut whole, tail) = module_without_impls(catalog).unwrap();
            let base = catalog.extends.as_deref().map(base_code_path);
            let table = TableData::new(&catalog.codes, &catalog.status_rules);
            whole
                .items
                .push(impls_item(&format_ident!("Code"), base.as_ref(), &table).unwrap());
            whole.items.extend(tail.items);
            assert_eq!(in_parts, format_file(&whole), "{}", catalog.module);
        }
    }

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
