import Entitlements
@testable import EntitlementsProtocol
import Foundation
import Testing

/// `batch`'s summary: what it counts and adds up, from typed results.
@Suite struct BatchSummaryTests {
    static let kinship = StreamServerTests.kinship

    /// A kinship request (a London special guardian, 2025-26: £12,692.14) with extra params.
    static func kinship(_ id: Int, _ extra: String = "") -> String {
        kinship.replacingOccurrences(of: "ID", with: String(id)).replacingOccurrences(of: #""to":"2026-03-31""#, with: #""to":"2026-03-31""# + extra)
    }

    static let grantComparison = #"{"jsonrpc":"2.0","id":7,"method":"compare","params":{"method":"leavingCare.grant","params":{"on":"2025-06-01"}}}"#

    /// Runs lines through `batch` with a summary file; returns stdout, stderr, status and the summary.
    static func batch(_ lines: [String], summaryOnly: Bool = false) throws -> (output: String, stderr: String, status: Int32, summary: JSONValue) {
        try batch(lines.map { Array($0.utf8) }, summaryOnly: summaryOnly)
    }

    /// As `batch(_:summaryOnly:)`, for lines as bytes.
    static func batch(_ lines: [[UInt8]], summaryOnly: Bool = false) throws -> (output: String, stderr: String, status: Int32, summary: JSONValue) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("summary-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let options = BatchOptions(quiet: true, summaryJSONPath: path, summaryOnly: summaryOnly)
        let run = try StreamServerTests.serve(lines.flatMap { $0 + [UInt8(ascii: "\n")] }, batch: options)
        let summary = try JSONParser.parse([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        return (run.output, run.stderr, run.status, summary)
    }

    @Test func everyRequestIsCountedByItsMethodErrorsIncluded() throws {
        let lines = [Self.kinship(1), Self.kinship(2, #","region":"atlantis""#).replacingOccurrences(of: #""region":"london","#, with: ""),
                     #"{"jsonrpc":"2.0","id":3,"method":"no.such.method"}"#, "not json", Self.kinship(5),
                     #"{"jsonrpc":"2.0","id":6,"method":"leavingCare.grant","params":{"on":"2025-06-01"}}"#]
        let run = try Self.batch(lines)
        #expect(run.status == 0)
        #expect(run.summary["responses"] == .number("6"))
        #expect(run.summary["errors"] == .number("3"))
        #expect(run.summary["requestsByMethod"] == .object([
            JSONMember("(unknown)", .number("2")), JSONMember("kinship.allowance", .number("3")), JSONMember("leavingCare.grant", .number("1")),
        ]))
        #expect(run.stderr.contains("requests by method: (unknown) 2, kinship.allowance 3, leavingCare.grant 1"))
    }

    @Test func arrearsAreWhatIsOwedAboveAlreadyPaidAndOverpaymentsWhatWasPaidAbove() throws {
        // £12,692.14 due: £10,000 paid leaves £2,692.14 owed; £20,000 paid is £7,307.86 too much.
        let run = try Self.batch([Self.kinship(1, #","alreadyPaid":"10000""#), Self.kinship(2, #","alreadyPaid":"20000""#), Self.kinship(3)])
        #expect(run.summary["balances"] == .array([.object([
            "arrears": .string("2692.14"), "cases": .number("2"), "method": .string("kinship.allowance"),
            "overpaid": .string("7307.86"), "scheme": .string("review-2022"),
        ])]))
        #expect(run.stderr.contains("kinship.allowance  review-2022  2 cases  arrears  £2,692.14  overpaid  £7,307.86"))
    }

    @Test func oneCaseIsOneCase() throws {
        let one = try Self.batch([Self.grantComparison])
        #expect(one.stderr.contains("england-statutory → review-2022  1 case  -£87.00"), "\(one.stderr)")
        #expect(!one.stderr.contains("1 cases"))
        let two = try Self.batch([Self.grantComparison, Self.grantComparison])
        #expect(two.stderr.contains("2 cases  -£174.00"), "\(two.stderr)")
    }

    /// Every golden request that is answered (not a notification), and hundreds of kinship requests
    /// so that the two workers share the work.
    static var mixed: [[UInt8]] {
        get throws {
            let golden = try GoldenCase.all().map(\.requestLine).filter { line in
                guard let request = try? JSONParser.parse(line), case .object = request else { return true }
                return request["id"] != nil
            }
            return golden + (1...700).map { Array(kinship($0, $0 % 3 == 0 ? #","alreadyPaid":"\#($0 * 10)""# : "").utf8) } + golden
        }
    }

    @Test func summaryOnlyWritesNoResponseAndTheSameSummary() throws {
        let lines = try Self.mixed
        let full = try Self.batch(lines)
        let only = try Self.batch(lines, summaryOnly: true)
        #expect(full.output.split(separator: "\n").count == lines.count)
        #expect(only.output.isEmpty)
        #expect(only.status == 0)
        #expect(only.summary == full.summary)
    }

    @Test func batchWritesExactlyWhatServeWrites() throws {
        // batch adds each result up where the fast path computes it; the responses must not change.
        let lines = try Self.mixed
        let served = try StreamServerTests.serve(lines.flatMap { $0 + [UInt8(ascii: "\n")] })
        let batched = try Self.batch(lines)
        #expect(batched.output == served.output)
        #expect(batched.output.split(separator: "\n").count == lines.count)
    }

    @Test func theTotalsAreTheResponsesAddedUpByFinancialYear() throws {
        // Adds up the responses themselves (lines by the year of their first day, bursary payments by
        // the year they are due, a grant by its year) and checks the summary made from typed results agrees.
        let lines = try Self.mixed
        let run = try Self.batch(lines)
        var expected: [String: Int64] = [:]
        func pence(_ value: JSONValue?) -> Int64 {
            guard case .string(let text)? = value, let money = try? Money(parsing: text) else { return 0 }
            return money.pence
        }
        func year(_ value: JSONValue?) -> String {
            guard case .string(let text)? = value, let date = CalendarDate(text) else { return "?" }
            return FinancialYear(containing: date).description
        }
        func text(_ value: JSONValue?) -> String {
            if case .string(let text)? = value { return text }
            return "?"
        }
        func add(_ result: JSONValue, method: String) {
            let scheme = text(result["scheme"])
            if case .array(let lines)? = result["lines"] {
                for line in lines { expected["\(method) \(scheme) \(year(line["from"]))", default: 0] += pence(line["amount"]) }
            } else if case .array(let payments)? = result["payments"] {
                for payment in payments { expected["\(method) \(scheme) \(year(payment["due"]))", default: 0] += pence(payment["amount"]) }
            } else if result["financialYear"] != nil {
                expected["\(method) \(scheme) \(text(result["financialYear"]))", default: 0] += pence(result["amount"])
            }
        }
        let responses = run.output.split(separator: "\n")
        #expect(responses.count == lines.count)
        for (request, line) in zip(lines, responses) {
            guard let result = try JSONParser.parse(Array(line.utf8))["result"],
                  case .string(let method)? = try JSONParser.parse(request)["method"] else { continue }
            switch method {
            case "compare":
                if case .array(let sides)? = result["results"] { for side in sides { add(side, method: text(result["method"])) } }
            case "assess":
                if case .array(let entries)? = result["entitlements"] { for entry in entries { add(entry, method: text(entry["method"])) } }
            default:
                add(result, method: method)
            }
        }
        var summarised: [String: Int64] = [:]
        if case .array(let totals)? = run.summary["totals"] {
            for total in totals {
                summarised["\(text(total["method"])) \(text(total["scheme"])) \(text(total["financialYear"]))"] = pence(total["amount"])
            }
        }
        #expect(!summarised.isEmpty)
        #expect(summarised == expected.filter { $0.value != 0 || summarised[$0.key] != nil })
    }

    @Test func aSummaryFileThatCannotBeWrittenStopsTheRunBeforeAnyInputIsRead() throws {
        let handler = try #require(StreamServerTests.handler)
        var pipeEnds: [Int32] = [0, 0]
        #expect(pipe(&pipeEnds) == 0)
        defer { close(pipeEnds[0]) }
        let waiting = Array((Self.kinship(1) + "\n").utf8)
        #expect(write(pipeEnds[1], waiting, waiting.count) == waiting.count)
        close(pipeEnds[1])
        let errorURL = FileManager.default.temporaryDirectory.appendingPathComponent("err-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: errorURL) }
        let errFD = open(errorURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let outFD = open("/dev/null", O_WRONLY)
        defer { close(errFD); close(outFD) }
        let options = BatchOptions(quiet: true, summaryJSONPath: "/nonexistent-directory/summary.json")
        var failure: IOFailure?
        do { try StreamServer.batch(handler: handler, options: options, input: pipeEnds[0], output: outFD, progress: errFD) } catch {
            failure = error
        }
        let message = failure?.message ?? ""
        #expect(message.contains("--summary-json") && message.contains("/nonexistent-directory/summary.json") && message.contains("nothing was read"))
        #expect(try String(contentsOf: errorURL, encoding: .utf8).isEmpty, "no summary of a run that did not happen")
        var unread = [UInt8](repeating: 0, count: waiting.count + 1)
        #expect(read(pipeEnds[0], &unread, unread.count) == waiting.count, "the input is still all there")
    }
}
