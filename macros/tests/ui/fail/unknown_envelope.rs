use cloud_errors::cloud_error;

#[cloud_error(provider = "Acme Queue", envelope = "soap")]
enum QueueCode {
    /// The queue is full.
    #[code("Queue.Full", status = 429)]
    QueueFull,
}

fn main() {
    let _ = cloud_errors::ProviderError::new(QueueCode::QueueFull);
}
