//! The registry of envelopes: the names catalogs and `#[cloud_error(envelope = "…")]` use, each
//! with the type in [`envelopes`](crate::envelopes) that reads and writes it.

/// Declares [`EnvelopeName`] from one line per envelope: the variant, which is also the name of
/// the envelope's type in `cloud_errors::envelopes`, and the name catalogs use.
macro_rules! envelope_names {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal,)*) => {
        /// The name of an envelope, how a provider wraps errors in its HTTP responses: a catalog's
        /// `envelope` key, and `#[cloud_error(envelope = "…")]`. The generator and the macro map
        /// it to its type in [`envelopes`](crate::envelopes) ([`type_name`](Self::type_name)),
        /// which implements `Envelope`, the parser and writer `ProviderError` uses.
        ///
        /// This list is the one place a new envelope is named; see `Envelope` for the rest of
        /// adding one.
        ///
        /// ```
        /// use cloud_errors::EnvelopeName;
        ///
        /// assert_eq!("tencent".parse::<EnvelopeName>(), Ok(EnvelopeName::Tencent));
        /// assert_eq!(EnvelopeName::Oci.to_string(), "oci");
        /// assert_eq!(EnvelopeName::Oci.type_name(), "Oci");
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[non_exhaustive]
        pub enum EnvelopeName {
            $(
                $(#[doc = $doc])*
                #[cfg_attr(feature = "serde", serde(rename = $name))]
                $variant,
            )*
        }

        impl EnvelopeName {
            /// Every envelope, in declaration order.
            pub const ALL: [EnvelopeName; [$($name),*].len()] = [$(EnvelopeName::$variant),*];

            /// The name used in catalogs and by `Display`/`FromStr`: `oci`, `ibm`, `alibaba`, …
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(EnvelopeName::$variant => $name,)*
                }
            }

            /// The name of the envelope's type in `cloud_errors::envelopes` (`Oci` for `oci`).
            pub const fn type_name(self) -> &'static str {
                match self {
                    $(EnvelopeName::$variant => stringify!($variant),)*
                }
            }
        }
    };
}

// A new envelope: one line here, its module in `envelopes/`, and its `envelope-…` feature.
envelope_names! {
    /// Oracle Cloud Infrastructure: JSON `{"code", "message"}`, the request id in the
    /// `opc-request-id` header.
    Oci = "oci",
    /// IBM Cloud: JSON `{"errors": [{"code", "message", "more_info", "target"}], "trace",
    /// "status_code"}`.
    Ibm = "ibm",
    /// Alibaba Cloud's OpenAPI (RPC and ROA styles): JSON `{"Code", "Message", "RequestId",
    /// "HostId", "Recommend"}`.
    Alibaba = "alibaba",
    /// Alibaba Cloud's KMS instance API: the Protocol Buffers message `Error {StatusCode,
    /// ErrorCode, ErrorMessage, RequestId}`.
    AlibabaKms = "alibaba_kms",
    /// Tencent Cloud API 3.0: JSON `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}`,
    /// usually with HTTP 200.
    Tencent = "tencent",
    /// Google Cloud: JSON `{"error": {"code", "message", "status", "details": [...]}}`
    /// (AIP-193), or the older `{"error": {"code", "message", "errors": [...]}}`.
    Google = "google",
    /// Microsoft Azure: JSON `{"error": {"code", "message", "target", "details", "innererror"}}`
    /// (or `odata.error`, or unwrapped), Storage's XML `<Error><Code>`, the code in
    /// `x-ms-error-code`, the request id in `x-ms-request-id`.
    Azure = "azure",
    /// Amazon Web Services, awsJson1_0 and awsJson1_1: JSON `{"__type", "message"}`, the request
    /// id in the `x-amzn-requestid` header.
    AwsJson = "aws_json",
    /// Amazon Web Services, restJson1: the `x-amzn-errortype` header, else JSON `{"code",
    /// "__type", "message"}`.
    AwsRestJson = "aws_rest_json",
    /// Amazon Web Services, restXml: `<Error><Code>` (S3, also under HTTP 200) or
    /// `<ErrorResponse><Error>`.
    AwsRestXml = "aws_rest_xml",
    /// Amazon Web Services, awsQuery: `<ErrorResponse><Error><Type><Code><Message></Error>
    /// <RequestId>`.
    AwsQuery = "aws_query",
    /// Amazon Web Services, ec2Query: `<Response><Errors><Error><Code><Message></Error></Errors>
    /// <RequestID>`.
    AwsEc2 = "aws_ec2",
    /// Amazon Web Services, rpcv2Cbor: a CBOR map `{"__type", "message"}`.
    AwsCbor = "aws_cbor",
}

crate::vocabulary_word!(EnvelopeName, "envelope");
