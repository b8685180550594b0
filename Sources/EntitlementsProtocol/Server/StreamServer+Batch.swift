#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Entitlements

/// How `batch` reports.
public struct BatchOptions: Sendable {
    /// No progress line.
    public var quiet: Bool
    /// Where to write the summary as JSON, if anywhere.
    public var summaryJSONPath: String?
    /// No responses: only the summary (the results are added up, never encoded).
    public var summaryOnly: Bool

    /// Makes options.
    public init(quiet: Bool, summaryJSONPath: String?, summaryOnly: Bool = false) {
        self.quiet = quiet
        self.summaryJSONPath = summaryJSONPath
        self.summaryOnly = summaryOnly
    }
}

extension StreamServer {
    /// Serves like `serve` (or, with `summaryOnly`, answers without writing responses), with progress
    /// on `progress` (live on a terminal, a plain line every few seconds otherwise, none when quiet)
    /// and a summary at the end (of what was answered, even when reading or writing failed); throws
    /// as `serve` does, or when the summary file cannot be written. The summary file is opened
    /// before any input is read: one that cannot be opened fails with nothing read.
    public static func batch(handler: RequestHandler, options: BatchOptions, input: Int32 = 0, output: Int32 = 1,
                             progress: Int32 = 2) throws(IOFailure) {
        var summaryFile: Int32?
        if let path = options.summaryJSONPath {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw IOFailure("write the --summary-json file \(path), so nothing was read", code: errno) }
            summaryFile = descriptor
        }
        var summary = BatchSummary()
        let started = Clock.nanoseconds()
        let live = isatty(progress) == 1
        let interval: UInt64 = live ? 200_000_000 : 5_000_000_000
        var lastReport = started
        let observer = BatchObserver(writesResponses: !options.summaryOnly) { part in
            summary.merge(part)
            guard !options.quiet else { return }
            let now = Clock.nanoseconds()
            guard now - lastReport >= interval else { return }
            lastReport = now
            let rate = Clock.perSecond(summary.responses, now - started)
            let line = "\(summary.responses) responses, \(rate) a second, \(summary.errors) errors"
            write(progress, live ? "\r\u{1B}[K" + line : line + "\n")
        }
        // With no response to write, no reason is needed: the engine makes no sentence.
        let answering = options.summaryOnly
            ? RequestHandler(dispatcher: Dispatcher(ruleBook: handler.dispatcher.engine.ruleBook, explains: false), maxLineBytes: handler.maxLineBytes)
            : handler
        let ended = Result { () throws(IOFailure) in try run(handler: answering, input: input, output: output, observe: observer) }
        if live, !options.quiet { write(progress, "\r\u{1B}[K") }
        write(progress, summary.text(nanoseconds: Clock.nanoseconds() - started))
        if let summaryFile, let path = options.summaryJSONPath {
            var bytes: [UInt8] = []
            JSONWriter.write(summary.json, into: &bytes)
            bytes.append(UInt8(ascii: "\n"))
            if let code = writeFile(summaryFile, bytes) {
                try ended.get()
                throw IOFailure("write the summary to \(path)", code: code)
            }
        }
        try ended.get()
    }

    /// Writes `bytes` to the open file `file` and closes it; the `errno` of the first step that
    /// failed, or nil.
    static func writeFile(_ file: Int32, _ bytes: [UInt8]) -> Int32? {
        let written = bytes.withUnsafeBytes { Descriptor.writeAll($0, to: file) }
        let closed = close(file) == 0 ? nil : errno
        switch written {
        case .all: return closed
        case .readerGone: return EPIPE
        case .failed(let code): return code
        }
    }

    /// Writes text to a descriptor, ignoring failures (progress is best effort).
    static func write(_ descriptor: Int32, _ text: String) {
        Descriptor.writeAll(text, to: descriptor)
    }
}

/// A monotonic clock for progress rates (never used in a calculation).
enum Clock {
    /// Monotonic nanoseconds.
    static func nanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }

    /// `count` per second over `nanoseconds`.
    static func perSecond(_ count: Int, _ nanoseconds: UInt64) -> Int {
        let milliseconds = max(nanoseconds / 1_000_000, 1)
        return Int(UInt64(count) &* 1000 / milliseconds)
    }
}
