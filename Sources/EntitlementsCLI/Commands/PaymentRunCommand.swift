#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Entitlements
import EntitlementsProtocol

/// `entitlements batch --csv FILE`: a CSV caseload in, a payment run CSV on stdout, the summary
/// (counts and totals only, never a case's data) on stderr.
enum PaymentRunCommand {
    /// Runs the caseload at `path` (`-`: standard input).
    static func run(path: String, method: Method?, options: BatchOptions, ruleBook: RuleBook) throws(CommandFailure) {
        var summaryFile: Int32?
        if let summaryPath = options.summaryJSONPath {
            let descriptor = open(summaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw .inputOutput(IOFailure("write the --summary-json file \(summaryPath), so nothing was read", code: errno)) }
            summaryFile = descriptor
        }
        let input = try readAll(path)
        var failure: IOFailure?
        let summary: PaymentRunSummary
        do {
            summary = try CaseloadRun.run(input, dispatcher: Dispatcher(ruleBook: ruleBook, explains: false), defaultMethod: method) { bytes in
                if options.summaryOnly { return true }
                switch bytes.withUnsafeBytes({ Descriptor.writeAll($0, to: 1) }) {
                case .all: return true
                case .readerGone: return false
                case .failed(let code):
                    failure = IOFailure("write standard output", code: code)
                    return false
                }
            }
        } catch let refusal as CaseloadRun.Refusal {
            if let summaryFile { close(summaryFile) }
            throw .notComputed("the caseload \(path == "-" ? "on standard input" : path): \(refusal.message)")
        } catch {
            throw .notComputed("internal error (a bug): \(error)")
        }
        Descriptor.writeAll(summary.text, to: 2)
        if let summaryFile, let summaryPath = options.summaryJSONPath {
            var bytes: [UInt8] = []
            JSONWriter.write(summary.json, into: &bytes)
            bytes.append(UInt8(ascii: "\n"))
            let written = bytes.withUnsafeBytes { Descriptor.writeAll($0, to: summaryFile) }
            let closed = close(summaryFile) == 0
            if failure == nil {
                if case .failed(let code) = written { failure = IOFailure("write the summary to \(summaryPath)", code: code) }
                if !closed { failure = IOFailure("write the summary to \(summaryPath)", code: errno) }
            }
        }
        if let failure { throw .inputOutput(failure) }
    }

    /// The whole of a file, or of standard input for `-`.
    static func readAll(_ path: String) throws(CommandFailure) -> [UInt8] {
        let descriptor = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .inputOutput(IOFailure("read the caseload \(path)", code: errno)) }
        defer { if descriptor != 0 { close(descriptor) } }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .inputOutput(IOFailure("read the caseload \(path == "-" ? "from standard input" : path)", code: errno))
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}
