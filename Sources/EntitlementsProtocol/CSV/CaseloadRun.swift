#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Entitlements

/// A payment run: a CSV caseload in, one CSV row per payment out (an error row for a row that
/// cannot be computed, the others going on), and the summary. Rows are answered in windows, each
/// split between the cores, and written in caseload order.
public enum CaseloadRun {
    /// Why the run could not start: the caseload has no usable header.
    public struct Refusal: Error, Sendable, Equatable {
        /// What is wrong and how to fix it.
        public let message: String
    }

    /// Rows answered together before their output is written.
    static let windowRows = 8192
    /// The parts a window is split into (the machine's cores, at most 8).
    static let parts = max(1, min(8, sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// Runs the caseload in `input` (a whole CSV file) and hands each block of output bytes to
    /// `write` (which returns false to stop: the reader has gone); `defaultMethod` serves rows
    /// with no method cell. Throws `Refusal` for a header that cannot be read, or what `write` throws.
    public static func run<Failure: Error>(_ input: [UInt8], dispatcher: Dispatcher, defaultMethod: Method?,
                                           write: (inout [UInt8]) throws(Failure) -> Bool) throws -> PaymentRunSummary {
        let started = Clock.nanoseconds()
        var reader = CSVReader(input)
        guard let header = reader.next() else {
            throw Refusal(message: "the caseload is empty: its first row must be a header of param names (see `entitlements caseload template`)")
        }
        if let fault = header.fault { throw Refusal(message: "the header row cannot be read: \(fault)") }
        let columns: CaseloadColumns
        do { columns = try CaseloadColumns(header: header.fields) } catch { throw Refusal(message: "the header row: \(error.message)") }
        let book = dispatcher.engine.ruleBook
        let rows = PaymentRunRows(columns: columns, revision: book.revision, schemes: book.schemes)
        var writer = CSVWriter()
        rows.header(into: &writer)
        guard try write(&writer.bytes) else { return PaymentRunSummary() }
        var summary = PaymentRunSummary()
        // One dispatcher per part of each of the two windows in flight, over its own copy of the rule
        // book (no contention on reference counts).
        let copies = [dispatcher] + (1..<(2 * parts)).map { _ in
            Dispatcher(ruleBook: dispatcher.engine.ruleBook.independentCopy(), explains: dispatcher.engine.explains)
        }
        let dispatcherSets = [Array(copies[..<parts]), Array(copies[parts...])]
        // And the rows' own columns and pre-written cells for each, so that no two threads count
        // references on the same arrays.
        let rowsOfCopies = copies.map { copy in
            PaymentRunRows(columns: (try? CaseloadColumns(header: header.fields)) ?? columns, revision: book.revision,
                           schemes: copy.engine.ruleBook.schemes)
        }
        let rowSets = [Array(rowsOfCopies[..<parts]), Array(rowsOfCopies[parts...])]
        var windows = 0
        // Each window is answered while the next is read and the one before is written.
        var previous: CaseloadWindow?
        let partRecords = windowRows / parts
        while true {
            // The main thread only finds where each part's records start; the parts read them.
            var window: [Part] = []
            var count = 0
            while count < windowRows {
                let position = reader.position
                guard reader.skip() else { break }
                if count % partRecords == 0 {
                    window.append(Part(start: position, records: 0))
                }
                window[window.count - 1].records += 1
                count += 1
            }
            let current = window.isEmpty ? nil : CaseloadWindow(input, parts: window, rows: rowSets[windows % 2],
                                                                dispatchers: dispatcherSets[windows % 2], defaultMethod: defaultMethod)
            windows += 1
            if let previous {
                for var output in previous.wait() {
                    summary.merge(output.summary)
                    summary.nanoseconds = Clock.nanoseconds() - started
                    guard try write(&output.bytes) else {
                        _ = current?.wait()
                        return summary
                    }
                }
            }
            guard let current else { break }
            previous = current
        }
        summary.nanoseconds = Clock.nanoseconds() - started
        return summary
    }

    /// One part's output: its rows' bytes and its part of the summary.
    struct Output: @unchecked Sendable {
        var bytes: [UInt8] = []
        var summary = PaymentRunSummary()
    }

    /// A part of a window: where its records start in the input, and how many it has.
    struct Part: Sendable {
        let start: CSVReader.Position
        var records: Int
    }

    /// Answers a window's parts at once, each read from `input` by its own reader; the outputs in order.
    static func answer(_ input: [UInt8], parts: [Part], rows: [PaymentRunRows], dispatchers: [Dispatcher],
                       defaultMethod: Method?) -> [Output] {
        let results = OutputSlots(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { part in
            var reader = CSVReader(input, at: parts[part].start)
            var output = Output()
            var writer = CSVWriter()
            writer.bytes.reserveCapacity(parts[part].records * 160)
            for _ in 0..<parts[part].records {
                guard let record = reader.next() else { break }
                if record.isBlank { continue }
                answer(record, rows: rows[part % rows.count], dispatcher: dispatchers[part % dispatchers.count], defaultMethod: defaultMethod,
                       summary: &output.summary, into: &writer)
            }
            output.bytes = writer.bytes
            results.set(part, output)
        }
        return results.outputs
    }

    /// Answers one record into its rows.
    static func answer(_ record: CSVReader.Record, rows: PaymentRunRows, dispatcher: Dispatcher, defaultMethod: Method?,
                       summary: inout PaymentRunSummary, into writer: inout CSVWriter) {
        summary.cases += 1
        func fail(_ column: String?, _ message: String, code: Int, method: Method?) {
            rows.error(record.fields, row: record.number, column: column, message: message, method: method, into: &writer)
            summary.errorRows += 1
            summary.batch.addError(code: code, method: method)
        }
        if let fault = record.fault {
            fail(nil, fault, code: RPCError.invalidParams, method: nil)
            return
        }
        let request: CaseloadRequest
        do {
            request = try CaseloadRequest(fields: record.fields, columns: rows.columns, defaultMethod: defaultMethod)
        } catch {
            fail(error.column, error.message, code: RPCError.invalidParams, method: error.method)
            return
        }
        let result: MethodResult
        do {
            result = try request.result(engine: dispatcher.engine)
        } catch {
            fail(error.column, error.message, code: error.code, method: request.method)
            return
        }
        summary.batch.add(result, method: request.method)
        rows.rows(record.fields, method: request.method, result: result, period: request.period, summary: &summary, into: &writer)
    }
}

/// The outputs of a window's parts, each written by one worker before `concurrentPerform` returns.
final class OutputSlots: @unchecked Sendable {
    private(set) var outputs: [CaseloadRun.Output]

    init(count: Int) { outputs = Array(repeating: CaseloadRun.Output(), count: count) }

    /// Sets a part's output (each part by one worker only).
    func set(_ part: Int, _ output: CaseloadRun.Output) {
        outputs.withUnsafeMutableBufferPointer { $0[part] = output }
    }
}
