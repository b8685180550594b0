#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Entitlements

/// The stdio JSON-RPC server: one response line per request line, in order, flushed whenever no
/// more input is already waiting, until the end of input.
public enum StreamServer {
    /// Serves requests from `input` to `output`; returns the exit status (0 at the end of input, or
    /// quietly when the reader goes away).
    public static func serve(handler: RequestHandler, input: Int32 = 0, output: Int32 = 1) -> Int32 {
        run(handler: handler, input: input, output: output) { _, _ in }
    }

    /// Lines answered together, split between the cores.
    static let batchLines = 512

    /// The loop shared by `serve` and `batch`: `observe` sees each request line's outcome, in order.
    ///
    /// Lines already waiting in the input buffer are answered as a batch on two cores and written in
    /// their original order; a lone line is answered at once, and output is flushed before any read
    /// that would wait, so an interactive client gets each answer straight away.
    static func run(handler: RequestHandler, input: Int32, output: Int32,
                    observe: (RequestHandler.Outcome, inout OutputWriter) -> Void) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        var reader = LineReader(descriptor: input, maxLineBytes: handler.maxLineBytes)
        var writer = OutputWriter(descriptor: output)
        var workers: [RequestHandler] = []
        while !writer.closed {
            let batch = reader.bufferedLines(limit: batchLines)
            if batch.count > 1 {
                if workers.isEmpty { workers = [handler, handler.independentCopy()] }
                for outcome in answer(batch, handlers: workers) {
                    if let response = outcome.responseLine { writer.append(line: response) }
                    observe(outcome, &writer)
                }
                continue
            }
            guard let line = batch.first ?? reader.next(beforeBlocking: { writer.flush() }) else { break }
            let outcome = answer(line, handler: handler)
            if let response = outcome.responseLine { writer.append(line: response) }
            observe(outcome, &writer)
        }
        writer.flush()
        return 0
    }

    /// The outcome of one line.
    static func answer(_ line: LineReader.Line, handler: RequestHandler) -> RequestHandler.Outcome {
        switch line {
        case .text(let bytes): return handler.outcome(forLine: bytes)
        case .tooLong(let length): return handler.outcome(forOverlongLine: length)
        }
    }

    /// The outcomes of a batch of lines, split between the handlers (one per thread, each with its
    /// own copy of the rule book), in input order.
    static func answer(_ lines: [LineReader.Line], handlers: [RequestHandler]) -> [RequestHandler.Outcome] {
        let parts = handlers.count
        let results = OutcomeSlots(count: lines.count)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let chunk = (lines.count + parts - 1) / parts
            let range = (part * chunk)..<min(lines.count, (part + 1) * chunk)
            for index in range { results.set(index, answer(lines[index], handler: handlers[part])) }
        }
        return results.values
    }
}

/// Per-index result slots filled by concurrent workers, each index written by exactly one worker.
///
/// The storage is allocated once and written through its pointer, so no worker ever touches the
/// collection itself (an array's `withUnsafeMutableBufferPointer` may move its buffer while it runs,
/// which would race with the other worker).
final class OutcomeSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<RequestHandler.Outcome>

    init(count: Int) {
        slots = UnsafeMutableBufferPointer<RequestHandler.Outcome>.allocate(capacity: count)
        slots.initialize(repeating: RequestHandler.Outcome(responseLine: nil, method: nil))
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Stores the outcome of line `index` (called once per index, from one thread per index range).
    func set(_ index: Int, _ outcome: RequestHandler.Outcome) {
        slots[index] = outcome
    }

    /// The outcomes in order (after all workers have finished).
    var values: [RequestHandler.Outcome] {
        Array(slots)
    }
}
