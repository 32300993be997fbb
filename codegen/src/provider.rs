//! What makes a code type a provider's: the `ProviderCode` impl (display name and envelope) that
//! `ProviderError<C>` reads and writes responses with, emitted for every generated catalog and
//! for `#[cloud_error(provider = "…", envelope = "…")]` enums.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, ToTokens};

use crate::model::Envelope;

/// Where one constant of the impl comes from: written out, or the base's (`extends`).
pub enum Source<T> {
    Given(T),
    /// The `ProviderCode` type whose constant is taken, as the user wrote its path.
    Base(TokenStream),
}

/// `impl ProviderCode for #ty`, and `impl InBodyErrors` when the envelope is known to be
/// Tencent's (errors under HTTP 200). An envelope taken from a base is a constant the macro cannot
/// see, so such a type reads Tencent's responses but has no `from_body`; it takes the base's retry
/// policy too. `retry_policy`: the `RETRY_POLICY` item of a catalog that declares one.
pub fn provider_code_impl(
    ty: &impl ToTokens,
    provider: Source<&str>,
    envelope: Source<Envelope>,
    retry_policy: Option<TokenStream>,
) -> TokenStream {
    let provider = match provider {
        Source::Given(name) => quote! { #name },
        Source::Base(base) => quote! { <#base as ::cloud_errors::ProviderCode>::PROVIDER },
    };
    let (envelope, in_body_errors, retry_policy) = match envelope {
        Source::Given(envelope) => {
            let variant = format_ident!("{}", format!("{envelope:?}"));
            (
                quote! { ::cloud_errors::Envelope::#variant },
                envelope == Envelope::Tencent,
                retry_policy,
            )
        }
        Source::Base(base) => {
            let envelope = quote! { <#base as ::cloud_errors::ProviderCode>::ENVELOPE };
            let policy = quote! {
                const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults =
                    <#base as ::cloud_errors::ProviderCode>::RETRY_POLICY;
            };
            (envelope, false, retry_policy.or(Some(policy)))
        }
    };
    let in_body_errors = in_body_errors.then(|| quote! { impl ::cloud_errors::InBodyErrors for #ty {} });
    quote! {
        impl ::cloud_errors::ProviderCode for #ty {
            const PROVIDER: &'static str = #provider;
            const ENVELOPE: ::cloud_errors::Envelope = #envelope;
            #retry_policy
        }
        #in_body_errors
    }
}

/// The envelope `envelope = "…"` names, or an error at the literal listing the envelopes.
pub fn parse_envelope(literal: &syn::LitStr) -> syn::Result<Envelope> {
    let name = literal.value();
    name.parse().map_err(|_| {
        let known: Vec<String> = Envelope::ALL.iter().map(|envelope| format!("`{envelope}`")).collect();
        syn::Error::new(
            literal.span(),
            format!(
                "unknown envelope `{name}`: the envelopes are {}, how the provider wraps its errors in a response",
                known.join(", ")
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_envelope_by_its_name_and_a_wrong_one() {
        for envelope in Envelope::ALL {
            let literal = syn::LitStr::new(envelope.as_str(), proc_macro2::Span::call_site());
            assert_eq!(parse_envelope(&literal).unwrap(), envelope);
        }
        let wrong = syn::LitStr::new("soap", proc_macro2::Span::call_site());
        let message = parse_envelope(&wrong).unwrap_err().to_string();
        assert_eq!(
            message,
            "unknown envelope `soap`: the envelopes are `oci`, `ibm`, `alibaba`, `tencent`, how the provider wraps its errors in a response"
        );
    }

    #[test]
    fn in_body_errors_only_for_a_given_tencent_envelope() {
        let ty = quote! { Code };
        let tencent =
            provider_code_impl(&ty, Source::Given("T"), Source::Given(Envelope::Tencent), None).to_string();
        assert!(tencent.contains("InBodyErrors"), "{tencent}");
        let oci = provider_code_impl(&ty, Source::Given("O"), Source::Given(Envelope::Oci), None).to_string();
        assert!(!oci.contains("InBodyErrors"), "{oci}");
        let base =
            provider_code_impl(&ty, Source::Base(quote! { B }), Source::Base(quote! { B }), None).to_string();
        assert!(
            base.contains("< B as :: cloud_errors :: ProviderCode > :: ENVELOPE"),
            "{base}"
        );
        // The base's retry policy comes with its envelope.
        assert!(
            base.contains("RETRY_POLICY : & 'static :: cloud_errors :: PolicyDefaults = < B as :: cloud_errors :: ProviderCode > :: RETRY_POLICY"),
            "{base}"
        );
    }
}
