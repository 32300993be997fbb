//! Every naming rule in one place: wire code → variant name, and which names are taken.

use heck::ToUpperCamelCase;

/// Names the emitted enum uses itself: a code may not be named like them.
pub const RESERVED_VARIANTS: [&str; 2] = ["Unknown", "Base"];

/// Rust's keywords, strict and reserved, in every edition; `Self` is the one an UpperCamelCase
/// name can collide with, the rest matter for explicit names.
const KEYWORDS: &[&str] = &[
    "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do",
    "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop",
    "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return", "self", "static",
    "struct", "super", "trait", "true", "try", "type", "typeof", "union", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Why a variant name could not be derived from a code, or an explicit name is unusable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameError {
    Empty,
    NotAscii,
    /// A character that case conversion would silently drop, so two codes could share a name.
    Punctuation(char),
    LeadingDigit,
    Keyword(String),
    Reserved(String),
    NotIdentifier(String),
    /// Lower case first or an underscore: such a name could clash with the enum's methods
    /// (`from_code`) and constants (`KNOWN_COUNT`), and rustc warns about it.
    NotUpperCamelCase(String),
}

impl NameError {
    /// What is wrong, for a diagnostic about `code`.
    pub fn describe(&self, code: &str) -> String {
        match self {
            NameError::Empty => "the code is empty".to_owned(),
            NameError::NotAscii => format!("cannot derive a variant name from `{code}`: it is not ASCII"),
            NameError::Punctuation(c) => format!(
                "cannot derive a variant name from `{code}`: it contains {c:?}, which case conversion would drop"
            ),
            NameError::LeadingDigit => {
                format!("cannot derive a variant name from `{code}`: it starts with a digit")
            }
            NameError::Keyword(name) => format!("the variant name `{name}` is a Rust keyword"),
            NameError::Reserved(name) => format!(
                "the variant name `{name}` is taken by the enum's own `{name}` variant"
            ),
            NameError::NotIdentifier(name) => format!("`{name}` is not a Rust identifier"),
            NameError::NotUpperCamelCase(name) => format!(
                "the variant name `{name}` is not UpperCamelCase, so it could clash with the enum's methods and constants"
            ),
        }
    }
}

/// The variant name of a wire code: UpperCamelCase by heck, with the separators `.`, `_`, `-`
/// dropped (`AuthFailure.SignatureFailure` → `AuthFailureSignatureFailure`, `invalid_value` →
/// `InvalidValue`). Codes with other characters need an explicit name.
pub fn variant_name(code: &str) -> Result<String, NameError> {
    if code.is_empty() {
        return Err(NameError::Empty);
    }
    if !code.is_ascii() {
        return Err(NameError::NotAscii);
    }
    if let Some(c) = code
        .chars()
        .find(|&c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
    {
        return Err(NameError::Punctuation(c));
    }
    if code.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(NameError::LeadingDigit);
    }
    let name = code.to_upper_camel_case();
    if name.is_empty() {
        return Err(NameError::Punctuation(code.chars().next().unwrap_or('.')));
    }
    check_name(&name).map(|()| name)
}

/// Checks a variant name, derived or given in the catalog: an UpperCamelCase ASCII identifier
/// that is neither a keyword nor one of the enum's own variants.
pub fn check_name(name: &str) -> Result<(), NameError> {
    let mut chars = name.chars();
    let first = chars.next().ok_or(NameError::Empty)?;
    if !(first.is_ascii_alphabetic() || first == '_')
        || !chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        || name == "_"
    {
        return Err(NameError::NotIdentifier(name.to_owned()));
    }
    if KEYWORDS.contains(&name) {
        return Err(NameError::Keyword(name.to_owned()));
    }
    if RESERVED_VARIANTS.contains(&name) {
        return Err(NameError::Reserved(name.to_owned()));
    }
    if !first.is_ascii_uppercase() || name.contains('_') {
        return Err(NameError::NotUpperCamelCase(name.to_owned()));
    }
    Ok(())
}

/// Whether `module` can be a module name and Cargo feature: a snake_case identifier, no keyword.
pub fn check_module(module: &str) -> Result<(), NameError> {
    let mut chars = module.chars();
    let first = chars.next().ok_or(NameError::Empty)?;
    if !first.is_ascii_lowercase() || !chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        return Err(NameError::NotIdentifier(module.to_owned()));
    }
    if KEYWORDS.contains(&module) {
        return Err(NameError::Keyword(module.to_owned()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_cases_dotted_and_snake_codes() {
        assert_eq!(
            variant_name("AuthFailure.SignatureFailure").unwrap(),
            "AuthFailureSignatureFailure"
        );
        assert_eq!(variant_name("invalid_value").unwrap(), "InvalidValue");
        assert_eq!(variant_name("CannotParseRequest").unwrap(), "CannotParseRequest");
        assert_eq!(variant_name("kebab-case").unwrap(), "KebabCase");
    }

    #[test]
    fn collisions_are_visible_as_equal_names() {
        assert_eq!(variant_name("InvalidParam"), variant_name("invalid_param"));
    }

    #[test]
    fn rejects_non_ascii() {
        assert_eq!(variant_name("権限が付与されていません"), Err(NameError::NotAscii));
    }

    #[test]
    fn rejects_punctuation_heck_would_drop() {
        assert_eq!(variant_name("Not Found"), Err(NameError::Punctuation(' ')));
        assert_eq!(variant_name("a/b"), Err(NameError::Punctuation('/')));
    }

    #[test]
    fn rejects_leading_digits() {
        assert_eq!(variant_name("404NotFound"), Err(NameError::LeadingDigit));
    }

    #[test]
    fn rejects_keywords_and_reserved_names() {
        assert_eq!(variant_name("Self"), Err(NameError::Keyword("Self".into())));
        assert_eq!(variant_name("self"), Err(NameError::Keyword("Self".into())));
        assert_eq!(check_name("type"), Err(NameError::Keyword("type".into())));
        assert_eq!(
            variant_name("unknown"),
            Err(NameError::Reserved("Unknown".into()))
        );
        assert_eq!(check_name("Base"), Err(NameError::Reserved("Base".into())));
    }

    #[test]
    fn explicit_names_are_upper_camel_case_identifiers() {
        assert!(check_name("PermissionDenied").is_ok());
        assert!(check_name("Http404").is_ok());
        assert_eq!(
            check_name("9Lives"),
            Err(NameError::NotIdentifier("9Lives".into()))
        );
        assert_eq!(
            check_name("Not Found"),
            Err(NameError::NotIdentifier("Not Found".into()))
        );
        assert_eq!(check_name("名前"), Err(NameError::NotIdentifier("名前".into())));
        assert_eq!(
            check_name("from_code"),
            Err(NameError::NotUpperCamelCase("from_code".into()))
        );
        assert_eq!(
            check_name("KNOWN_COUNT"),
            Err(NameError::NotUpperCamelCase("KNOWN_COUNT".into()))
        );
        assert_eq!(
            check_name("_Hidden"),
            Err(NameError::NotUpperCamelCase("_Hidden".into()))
        );
        assert_eq!(check_name("async"), Err(NameError::Keyword("async".into())));
    }

    #[test]
    fn checks_module_names() {
        assert!(check_module("tencent_redis").is_ok());
        assert!(check_module("Tencent").is_err());
        assert!(check_module("type").is_err());
    }
}
