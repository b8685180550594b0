import Dispatch
import Entitlements

/// A window of caseload records read and answered on other threads while the caller finds the next
/// window and writes the one before, so that the main thread does not leave the cores idle.
final class CaseloadWindow: @unchecked Sendable {
    /// Signalled once the outputs are set.
    private let done = DispatchSemaphore(value: 0)
    /// The window's outputs, in order: set by the worker before `done` is signalled, read after.
    private var outputs: [CaseloadRun.Output] = []

    /// Starts answering the records of `parts` in `input`, each part with its own rows and dispatcher.
    init(_ input: [UInt8], parts: [CaseloadRun.Part], rows: [PaymentRunRows], dispatchers: [Dispatcher], defaultMethod: Method?) {
        DispatchQueue.global().async { [self] in
            outputs = CaseloadRun.answer(input, parts: parts, rows: rows, dispatchers: dispatchers, defaultMethod: defaultMethod)
            done.signal()
        }
    }

    /// Waits for the window to be answered and returns its outputs, in order.
    func wait() -> [CaseloadRun.Output] {
        done.wait()
        return outputs
    }
}
