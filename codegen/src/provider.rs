//! What makes a code type a provider's: the `ProviderCode` impl (display name and envelope) that
//! `ProviderError<C>` reads and writes responses with, emitted for every generated catalog and
//! for `#[cloud_error(provider = "…", envelope = "…")]` enums.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, ToTokens};

use crate::model::EnvelopeName;

/// Where one item of the impl comes from: written out, or the base's (`extends`).
pub enum Source<T> {
    Given(T),
    /// The `ProviderCode` type whose item is taken, as the user wrote its path.
    Base(TokenStream),
}

/// `impl ProviderCode for #ty`: its envelope is the registry's type for the name
/// (`::cloud_errors::envelopes::Tencent` for `tencent`), or the base's; whatever follows from the
/// envelope (`from_body` for Tencent's errors under HTTP 200) comes with its type. A type that
/// takes the base's envelope takes its retry policy too. `retry_policy`: the `RETRY_POLICY` item
/// of a catalog that declares one.
pub fn provider_code_impl(
    ty: &impl ToTokens,
    provider: Source<&str>,
    envelope: Source<EnvelopeName>,
    retry_policy: Option<TokenStream>,
) -> TokenStream {
    let provider = match provider {
        Source::Given(name) => quote! { #name },
        Source::Base(base) => quote! { <#base as ::cloud_errors::ProviderCode>::PROVIDER },
    };
    let (envelope, retry_policy) = match envelope {
        Source::Given(envelope) => {
            let envelope = format_ident!("{}", envelope.type_name());
            (quote! { ::cloud_errors::envelopes::#envelope }, retry_policy)
        }
        Source::Base(base) => {
            let envelope = quote! { <#base as ::cloud_errors::ProviderCode>::Envelope };
            let policy = quote! {
                const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults =
                    <#base as ::cloud_errors::ProviderCode>::RETRY_POLICY;
            };
            (envelope, retry_policy.or(Some(policy)))
        }
    };
    quote! {
        impl ::cloud_errors::ProviderCode for #ty {
            const PROVIDER: &'static str = #provider;
            type Envelope = #envelope;
            #retry_policy
        }
    }
}

/// The envelope `envelope = "…"` names, or an error at the literal listing the envelopes.
pub fn parse_envelope(literal: &syn::LitStr) -> syn::Result<EnvelopeName> {
    let name = literal.value();
    name.parse().map_err(|_| {
        syn::Error::new(
            literal.span(),
            format!(
                "unknown envelope `{name}`: the envelopes are {}, how the provider wraps its errors in a response",
                envelope_names(", ")
            ),
        )
    })
}

/// The registry's envelope names for a message, in backquotes, the last one after `last`
/// (`` `oci`, `ibm`, `alibaba` or `tencent` `` for `" or "`).
pub fn envelope_names(last: &str) -> String {
    let names: Vec<String> = EnvelopeName::ALL.iter().map(|name| format!("`{name}`")).collect();
    match names.split_last() {
        Some((final_name, [])) => final_name.clone(),
        Some((final_name, rest)) => format!("{}{last}{final_name}", rest.join(", ")),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_envelope_by_its_name_and_a_wrong_one() {
        for envelope in EnvelopeName::ALL {
            let literal = syn::LitStr::new(envelope.as_str(), proc_macro2::Span::call_site());
            assert_eq!(parse_envelope(&literal).unwrap(), envelope);
        }
        let wrong = syn::LitStr::new("soap", proc_macro2::Span::call_site());
        let message = parse_envelope(&wrong).unwrap_err().to_string();
        assert_eq!(
            message,
            "unknown envelope `soap`: the envelopes are `oci`, `ibm`, `alibaba`, `tencent`, `aws_json`, `aws_rest_json`, `aws_rest_xml`, `aws_query`, `aws_ec2`, `aws_cbor`, how the provider wraps its errors in a response"
        );
        assert_eq!(envelope_names(" or "), "`oci`, `ibm`, `alibaba`, `tencent`, `aws_json`, `aws_rest_json`, `aws_rest_xml`, `aws_query`, `aws_ec2` or `aws_cbor`");
    }

    #[test]
    fn the_envelope_is_the_registrys_type_or_the_bases() {
        let ty = quote! { Code };
        let tencent = provider_code_impl(
            &ty,
            Source::Given("T"),
            Source::Given(EnvelopeName::Tencent),
            None,
        )
        .to_string();
        assert!(
            tencent.contains("type Envelope = :: cloud_errors :: envelopes :: Tencent ;"),
            "{tencent}"
        );
        let base =
            provider_code_impl(&ty, Source::Base(quote! { B }), Source::Base(quote! { B }), None).to_string();
        assert!(
            base.contains("type Envelope = < B as :: cloud_errors :: ProviderCode > :: Envelope ;"),
            "{base}"
        );
        // The base's retry policy comes with its envelope.
        assert!(
            base.contains("RETRY_POLICY : & 'static :: cloud_errors :: PolicyDefaults = < B as :: cloud_errors :: ProviderCode > :: RETRY_POLICY"),
            "{base}"
        );
    }
}
