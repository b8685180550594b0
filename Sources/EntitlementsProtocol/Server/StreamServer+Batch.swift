#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Entitlements
import Foundation

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
    /// and a summary at the end; returns the exit status. The summary file is opened before any
    /// input is read: one that cannot be written is exit 2, with nothing read.
    public static func batch(handler: RequestHandler, options: BatchOptions, input: Int32 = 0, output: Int32 = 1,
                             progress: Int32 = 2) -> Int32 {
        var summaryFile: Int32?
        if let path = options.summaryJSONPath {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                write(progress, "entitlements batch: --summary-json: cannot write \(path): \(String(cString: strerror(errno))); nothing was read\n")
                return 2
            }
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
        let status = run(handler: answering, input: input, output: output, observe: observer)
        if live, !options.quiet { write(progress, "\r\u{1B}[K") }
        write(progress, summary.text(nanoseconds: Clock.nanoseconds() - started))
        if let summaryFile, let path = options.summaryJSONPath {
            var bytes: [UInt8] = []
            JSONWriter.write(summary.json, into: &bytes)
            bytes.append(UInt8(ascii: "\n"))
            let file = FileHandle(fileDescriptor: summaryFile, closeOnDealloc: false)
            do {
                try file.write(contentsOf: bytes)
                try file.close()
            } catch {
                write(progress, "entitlements batch: cannot write the summary to \(path)\n")
                return 1
            }
        }
        return status
    }

    /// Writes text to a descriptor, ignoring failures (progress and summary are best effort).
    static func write(_ descriptor: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBufferPointer { pointer in
            Glibc.write(descriptor, pointer.baseAddress, pointer.count)
        }
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
