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
/// envelope (`from_body` for Tencent's errors under HTTP 200) comes with its type. `retry_policy`:
/// the `RETRY_POLICY` item of a catalog that has one (its own or inherited); without it, a type
/// with a base (`base`, the base's path) takes the base's policy, whichever envelope it speaks:
/// a service of a provider keeps the provider's retry behaviour even where its protocol differs
/// (an AWS service over restXml extends `aws`).
pub fn provider_code_impl(
    ty: &impl ToTokens,
    base: Option<TokenStream>,
    provider: Source<&str>,
    envelope: Source<EnvelopeName>,
    retry_policy: Option<TokenStream>,
) -> TokenStream {
    let provider = match provider {
        Source::Given(name) => quote! { #name },
        Source::Base(base) => quote! { <#base as ::cloud_errors::ProviderCode>::PROVIDER },
    };
    let envelope = match envelope {
        Source::Given(envelope) => {
            let envelope = format_ident!("{}", envelope.type_name());
            quote! { ::cloud_errors::envelopes::#envelope }
        }
        Source::Base(base) => quote! { <#base as ::cloud_errors::ProviderCode>::Envelope },
    };
    let retry_policy = retry_policy.or_else(|| {
        base.map(|base| {
            quote! {
                const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults =
                    <#base as ::cloud_errors::ProviderCode>::RETRY_POLICY;
            }
        })
    });
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
/// (`` `oci`, `ibm`, …, `aws_ec2` or `aws_cbor` `` for `" or "`).
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
            "unknown envelope `soap`: the envelopes are `oci`, `ibm`, `alibaba`, `alibaba_kms`, `tencent`, `google`, `azure`, `aws_json`, `aws_rest_json`, `aws_rest_xml`, `aws_query`, `aws_ec2`, `aws_cbor`, how the provider wraps its errors in a response"
        );
        assert_eq!(envelope_names(" or "), "`oci`, `ibm`, `alibaba`, `alibaba_kms`, `tencent`, `google`, `azure`, `aws_json`, `aws_rest_json`, `aws_rest_xml`, `aws_query`, `aws_ec2` or `aws_cbor`");
    }

    #[test]
    fn the_envelope_is_the_registrys_type_or_the_bases() {
        let ty = quote! { Code };
        let tencent = provider_code_impl(
            &ty,
            None,
            Source::Given("T"),
            Source::Given(EnvelopeName::Tencent),
            None,
        )
        .to_string();
        assert!(
            tencent.contains("type Envelope = :: cloud_errors :: envelopes :: Tencent ;"),
            "{tencent}"
        );
        let base = provider_code_impl(
            &ty,
            Some(quote! { B }),
            Source::Base(quote! { B }),
            Source::Base(quote! { B }),
            None,
        )
        .to_string();
        assert!(
            base.contains("type Envelope = < B as :: cloud_errors :: ProviderCode > :: Envelope ;"),
            "{base}"
        );
        // The base's retry policy comes with its envelope.
        let inherited = "RETRY_POLICY : & 'static :: cloud_errors :: PolicyDefaults = < B as :: cloud_errors :: ProviderCode > :: RETRY_POLICY";
        assert!(base.contains(inherited), "{base}");
        // And without it: a service speaking another envelope than its base keeps the base's
        // retry policy.
        let own_envelope = provider_code_impl(
            &ty,
            Some(quote! { B }),
            Source::Base(quote! { B }),
            Source::Given(EnvelopeName::Oci),
            None,
        )
        .to_string();
        assert!(
            own_envelope.contains("type Envelope = :: cloud_errors :: envelopes :: Oci ;"),
            "{own_envelope}"
        );
        assert!(own_envelope.contains(inherited), "{own_envelope}");
        // A policy of its own (a catalog's, inherited or not) wins.
        let own_policy = provider_code_impl(
            &ty,
            Some(quote! { B }),
            Source::Given("T"),
            Source::Given(EnvelopeName::Oci),
            Some(quote! { const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = &P; }),
        )
        .to_string();
        assert!(!own_policy.contains(inherited), "{own_policy}");
        // No base, no policy: the trait's default.
        assert!(!tencent.contains("RETRY_POLICY"), "{tencent}");
    }
}
