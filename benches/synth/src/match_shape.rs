//! The shape the generator avoids, for compile-time comparisons (`scripts/compile-time.sh`): the
//! same codes as a derived enum whose every method is a `match` with one arm per code, as a naive
//! generator (or strum) would write it.

use std::fmt::Write as _;

use cloud_errors_codegen::model::CodeDef;

/// A Rust file holding `Code` with `from_code`, `code`, `http_statuses`, `retry`, `category` and
/// `description` as per-code `match`es.
pub fn match_module(codes: &[CodeDef]) -> String {
    let mut out = String::from(
        "//! The `match` shape of the synthetic catalog, written by `synth`.\n\n\
         #[derive(Clone, Debug, PartialEq, Eq, Hash)]\n#[non_exhaustive]\npub enum Code {\n",
    );
    for code in codes {
        writeln!(out, "    {},", code.name).unwrap();
    }
    out.push_str("    Unknown(String),\n}\n\nimpl Code {\n");
    method(
        &mut out,
        "pub fn from_code(code: &str) -> Self",
        "code",
        codes,
        |code| format!("{:?} => Self::{}", code.wire, code.name),
        "_ => Self::Unknown(code.to_owned())",
    );
    method(
        &mut out,
        "pub fn code(&self) -> &str",
        "self",
        codes,
        |code| format!("Self::{} => {:?}", code.name, code.wire),
        "Self::Unknown(code) => code",
    );
    method(
        &mut out,
        "pub fn http_statuses(&self) -> &'static [u16]",
        "self",
        codes,
        |code| format!("Self::{} => &{:?}", code.name, code.statuses),
        "Self::Unknown(_) => &[]",
    );
    method(
        &mut out,
        "pub fn retry(&self) -> ::cloud_errors::Retry",
        "self",
        codes,
        |code| format!("Self::{} => ::cloud_errors::Retry::{:?}", code.name, code.retry),
        "Self::Unknown(_) => ::cloud_errors::Retry::Never",
    );
    method(
        &mut out,
        "pub fn category(&self) -> ::cloud_errors::Category",
        "self",
        codes,
        |code| {
            format!(
                "Self::{} => ::cloud_errors::Category::{:?}",
                code.name, code.category
            )
        },
        "Self::Unknown(_) => ::cloud_errors::Category::Unknown",
    );
    method(
        &mut out,
        "pub fn description(&self) -> &'static str",
        "self",
        codes,
        |code| format!("Self::{} => {:?}", code.name, code.description.en),
        "Self::Unknown(_) => \"\"",
    );
    out.push_str("}\n");
    out
}

fn method(
    out: &mut String,
    signature: &str,
    scrutinee: &str,
    codes: &[CodeDef],
    arm: impl Fn(&CodeDef) -> String,
    last_arm: &str,
) {
    writeln!(out, "    {signature} {{\n        match {scrutinee} {{").unwrap();
    for code in codes {
        writeln!(out, "            {},", arm(code)).unwrap();
    }
    writeln!(out, "            {last_arm},\n        }}\n    }}\n").unwrap();
}
