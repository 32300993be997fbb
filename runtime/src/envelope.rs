//! How providers wrap errors in their HTTP responses.

/// How a provider wraps errors in its HTTP responses: a catalog's `envelope` key, which picks
/// the parser `ProviderError` reads a body with.
///
/// ```
/// use cloud_errors::Envelope;
///
/// assert_eq!("tencent".parse::<Envelope>(), Ok(Envelope::Tencent));
/// assert_eq!(Envelope::Oci.to_string(), "oci");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Envelope {
    /// Oracle Cloud Infrastructure: JSON `{"code", "message"}`, the request id in the
    /// `opc-request-id` header.
    Oci,
    /// IBM Cloud: JSON `{"errors": [{"code", "message", "more_info", "target"}], "trace",
    /// "status_code"}`.
    Ibm,
    /// Alibaba Cloud: the Protocol Buffers message `Error {StatusCode, ErrorCode, ErrorMessage,
    /// RequestId}` (KMS instance API), or JSON `{"Code", "Message", "RequestId", "HostId",
    /// "Recommend"}`.
    Alibaba,
    /// Tencent Cloud API 3.0: JSON `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}`,
    /// usually with HTTP 200.
    Tencent,
}

impl Envelope {
    /// Every envelope, in declaration order.
    pub const ALL: [Envelope; 4] = [Envelope::Oci, Envelope::Ibm, Envelope::Alibaba, Envelope::Tencent];

    /// The name used in catalogs and by `Display`/`FromStr`: `oci`, `ibm`, `alibaba` or `tencent`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Envelope::Oci => "oci",
            Envelope::Ibm => "ibm",
            Envelope::Alibaba => "alibaba",
            Envelope::Tencent => "tencent",
        }
    }
}

crate::vocabulary_word!(Envelope, "envelope");
