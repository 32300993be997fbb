//! `provider` and `envelope` make the enum a provider's code: `ProviderError` reads and writes
//! its responses; with `extends`, the base's provider and envelope are the defaults.

use std::any::TypeId;

use cloud_errors::envelopes::{Ibm, Oci};
use cloud_errors::{cloud_error, ProviderCode, ProviderError};

#[cloud_error(provider = "Acme Queue", envelope = "ibm")]
enum QueueCode {
    /// The queue is full.
    #[code("queue_full", status = 429, retry = "backoff")]
    QueueFull,
}

#[cloud_error(provider = "Acme Events", envelope = "tencent")]
enum EventCode {
    /// The topic does not exist.
    #[code("ResourceNotFound.Topic")]
    TopicNotFound,
}

/// Provider and envelope of the base catalog.
#[cloud_error(extends = cloud_errors::oci::Code, provider = "Acme on OCI")]
enum OciServiceCode {
    /// The bucket is sealed.
    #[code("BucketSealed", status = 409)]
    BucketSealed,
}

#[cloud_error(extends = cloud_errors::oci::Code)]
enum NotAProvider {
    /// Without `provider` or `envelope` the enum stays a plain `ErrorCode`.
    #[code("Plain.Code")]
    Plain,
}

fn main() {
    assert_eq!(TypeId::of::<<QueueCode as ProviderCode>::Envelope>(), TypeId::of::<Ibm>());
    let error = ProviderError::new(QueueCode::QueueFull).with_message("full");
    assert_eq!(error.status(), 429);
    assert_eq!(ProviderError::<QueueCode>::from_response(&error.to_response()), error);

    let error = ProviderError::new(EventCode::TopicNotFound).with_request_id("r-1");
    let response = error.to_response();
    assert_eq!(response.status(), 200);
    assert_eq!(ProviderError::<EventCode>::from_body(response.body()), Some(error));

    assert_eq!(TypeId::of::<<OciServiceCode as ProviderCode>::Envelope>(), TypeId::of::<Oci>());
    assert_eq!(<OciServiceCode as ProviderCode>::PROVIDER, "Acme on OCI");
    let _ = NotAProvider::Plain;
}
