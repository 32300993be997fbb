use cloud_errors::cloud_error;

// Without `extends` there is no base to take the envelope from.
#[cloud_error(provider = "Acme Queue")]
enum QueueCode {
    /// The queue is full.
    #[code("Queue.Full", status = 429)]
    QueueFull,
}

fn main() {
    let _ = cloud_errors::ProviderError::new(QueueCode::QueueFull);
}
