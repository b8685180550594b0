#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Entitlements

/// The stdio JSON-RPC server: one response line per request line, in order, flushed whenever no
/// more input is already waiting, until the end of input.
public enum StreamServer {
    /// Serves requests from `input` to `output`; returns the exit status (0 at the end of input, or
    /// quietly when the reader goes away).
    public static func serve(handler: RequestHandler, input: Int32 = 0, output: Int32 = 1) -> Int32 {
        run(handler: handler, input: input, output: output) { _, _ in }
    }

    /// The loop shared by `serve` and `batch`: `observe` sees each request line's outcome.
    static func run(handler: RequestHandler, input: Int32, output: Int32,
                    observe: (RequestHandler.Outcome, inout OutputWriter) -> Void) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        var reader = LineReader(descriptor: input, maxLineBytes: handler.maxLineBytes)
        var writer = OutputWriter(descriptor: output)
        while !writer.closed, let line = reader.next(beforeBlocking: { writer.flush() }) {
            let outcome: RequestHandler.Outcome
            switch line {
            case .text(let bytes): outcome = handler.outcome(forLine: bytes)
            case .tooLong(let length): outcome = handler.outcome(forOverlongLine: length)
            }
            if let response = outcome.responseLine { writer.append(line: response) }
            observe(outcome, &writer)
        }
        writer.flush()
        return 0
    }
}
