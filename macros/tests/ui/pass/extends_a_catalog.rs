//! `extends` with the path as the user writes it, relative or through an alias.

use cloud_errors::cloud_error;
use cloud_errors::oci::Code as Oci;

#[cloud_error(extends = cloud_errors::oci::Code)]
enum QueueCode {
    /// The queue is full.
    #[code("Queue.Full", status = 429)]
    QueueFull,
}

#[cloud_error(extends = Oci)]
pub(crate) enum StreamCode {
    /// The stream was deleted.
    #[code("Stream.Deleted", status = 404)]
    StreamDeleted,
}

/// A chain: extends an enum that itself extends a catalog.
#[cloud_error(extends = QueueCode)]
enum DeadLetterCode {
    /// The dead-letter queue is disabled.
    #[code("DeadLetter.Disabled", status = 400)]
    Disabled,
}

fn main() {
    assert_eq!(QueueCode::from_code("Queue.Full"), QueueCode::QueueFull);
    assert_eq!(
        QueueCode::from_code("NotFound"),
        QueueCode::Base(Oci::NotFound)
    );
    assert_eq!(
        StreamCode::from_code("TooManyRequests"),
        StreamCode::Base(Oci::TooManyRequests)
    );
    assert!(StreamCode::from_code("Stream.Deleted").is_known());
    assert_eq!(
        DeadLetterCode::from_code("NotFound"),
        DeadLetterCode::Base(QueueCode::Base(Oci::NotFound))
    );
    assert_eq!(
        DeadLetterCode::from_code("Queue.Full").http_statuses(),
        &[429]
    );
    assert_eq!(
        DeadLetterCode::from_code("Nope"),
        DeadLetterCode::Unknown("Nope".to_owned())
    );
}
