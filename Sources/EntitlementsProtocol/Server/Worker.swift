import Dispatch

/// A thread that answers jobs one after another with its own handler.
struct Worker {
    let handler: RequestHandler
    let queue = DispatchQueue(label: "entitlements.worker")

    /// Answers `job` on this worker's thread.
    func start(_ job: BatchJob) {
        let handler = handler
        queue.async { job.answer(with: handler) }
    }
}
