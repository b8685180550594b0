import Foundation

/// A thread of its own that answers jobs one after another with its own handler.
///
/// A dedicated thread rather than a dispatch queue: two serial queues were often drained by one
/// pool thread in turn, so the second core sat idle.
final class Worker: @unchecked Sendable {
    private let handler: RequestHandler
    /// Jobs waiting, in order; nil asks the thread to stop. Guarded by `condition`.
    private var waiting: [BatchJob?] = []
    private let condition = NSCondition()

    /// Starts a worker thread answering with `handler`.
    init(handler: RequestHandler) {
        self.handler = handler
        let thread = Thread { [self] in run() }
        thread.start()
    }

    /// Answers `job` on this worker's thread, after the jobs already given (or, `first`, before
    /// those not yet begun: the rest of a job whose output is to be written next).
    func start(_ job: BatchJob, first: Bool = false) {
        give(job, first: first)
    }

    /// Lets the thread end once it has answered the jobs already given.
    func stop() {
        give(nil)
    }

    private func give(_ job: BatchJob?, first: Bool = false) {
        condition.lock()
        if first { waiting.insert(job, at: 0) } else { waiting.append(job) }
        condition.signal()
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while waiting.isEmpty { condition.wait() }
            let job = waiting.removeFirst()
            condition.unlock()
            guard let job else { return }
            job.answer(with: handler)
        }
    }
}
