import Entitlements
@testable import EntitlementsProtocol
import Foundation
import Testing

/// The stdio server through real file descriptors: one response per request, in order.
@Suite struct StreamServerTests {
    static let handler: RequestHandler? = {
        guard case .success(let book) = RuleBook.builtIn else { return nil }
        return RequestHandler(dispatcher: Dispatcher(ruleBook: book), maxLineBytes: 4096)
    }()

    /// Runs `input` through `serve` (or `batch`) and returns stdout.
    static func serve(_ input: [UInt8], batch options: BatchOptions? = nil) throws -> (output: String, status: Int32, stderr: String) {
        let handler = try #require(Self.handler)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputURL = directory.appendingPathComponent("in"), outputURL = directory.appendingPathComponent("out")
        let errorURL = directory.appendingPathComponent("err")
        try Data(input).write(to: inputURL)
        let inFD = open(inputURL.path, O_RDONLY)
        let outFD = open(outputURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let errFD = open(errorURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        defer { close(inFD); close(outFD); close(errFD) }
        let status: Int32
        do {
            if let options {
                try StreamServer.batch(handler: handler, options: options, input: inFD, output: outFD, progress: errFD)
            } else {
                try StreamServer.serve(handler: handler, input: inFD, output: outFD)
            }
            status = 0
        } catch {
            status = 4
        }
        return (try String(contentsOf: outputURL, encoding: .utf8), status, try String(contentsOf: errorURL, encoding: .utf8))
    }

    static let kinship = #"{"jsonrpc":"2.0","id":ID,"method":"kinship.allowance","params":{"dateOfBirth":"2014-09-03","region":"london","from":"2025-04-01","to":"2026-03-31"}}"#

    @Test func everyRequestGetsOneResponseInOrder() throws {
        let lines = (1...300).map { Self.kinship.replacingOccurrences(of: "ID", with: String($0)) }
        let result = try Self.serve(Array((lines.joined(separator: "\n") + "\n").utf8))
        let responses = result.output.split(separator: "\n")
        #expect(result.status == 0)
        #expect(responses.count == 300)
        for (index, response) in responses.enumerated() {
            #expect(response.hasPrefix("{\"id\":\(index + 1),\"jsonrpc\":\"2.0\",\"result\":"))
            #expect(response.contains("\"total\":\"12692.14\""))
        }
    }

    @Test func notificationsAndBlankLinesGetNoResponse() throws {
        let input = "\n   \n" + #"{"jsonrpc":"2.0","method":"rules.describe"}"# + "\n" + Self.kinship.replacingOccurrences(of: "ID", with: "\"a\"") + "\r\n"
        let result = try Self.serve(Array(input.utf8))
        let responses = result.output.split(separator: "\n")
        #expect(responses.count == 1)
        #expect(responses.first?.hasPrefix("{\"id\":\"a\"") == true)
    }

    @Test func anUnreadableLineIsAnsweredWithANullIdAndTheStreamGoesOn() throws {
        let input = "not json\n" + Self.kinship.replacingOccurrences(of: "ID", with: "2") + "\n"
        let responses = try Self.serve(Array(input.utf8)).output.split(separator: "\n")
        #expect(responses.count == 2)
        #expect(responses[0].contains("\"code\":-32700") && responses[0].contains("\"id\":null"))
        #expect(responses[1].contains("\"id\":2"))
    }

    @Test func aLineOverTheLimitIsRefusedWithoutKeepingIt() throws {
        let long = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\",\"params\":{\"a\":\"" + String(repeating: "x", count: 100_000) + "\"}}"
        let input = long + "\n" + Self.kinship.replacingOccurrences(of: "ID", with: "2") + "\n"
        let responses = try Self.serve(Array(input.utf8)).output.split(separator: "\n")
        #expect(responses.count == 2)
        #expect(responses[0].contains("\"code\":-32600") && responses[0].contains("4096-byte limit"))
        #expect(responses[1].contains("\"id\":2"))
    }

    @Test func aFinalLineWithoutANewlineIsStillAnswered() throws {
        let responses = try Self.serve(Array(Self.kinship.replacingOccurrences(of: "ID", with: "9").utf8)).output.split(separator: "\n")
        #expect(responses.count == 1)
        #expect(responses.first?.contains("\"id\":9") == true)
    }

    @Test func inputEndingMidRequestIsAParseError() throws {
        let truncated = String(Self.kinship.replacingOccurrences(of: "ID", with: "9").prefix(40))
        let responses = try Self.serve(Array(truncated.utf8)).output.split(separator: "\n")
        #expect(responses.count == 1)
        #expect(responses.first?.contains("\"code\":-32700") == true)
    }

    @Test func batchSummarisesCountsErrorsTotalsAndTheCostOfReform() throws {
        let compare = #"{"jsonrpc":"2.0","id":3,"method":"compare","params":{"method":"kinship.allowance","params":{"dateOfBirth":"2014-09-03","region":"london","from":"2025-04-01","to":"2026-03-31"}}}"#
        let input = [Self.kinship.replacingOccurrences(of: "ID", with: "1"), "bad", compare].joined(separator: "\n") + "\n"
        let directory = FileManager.default.temporaryDirectory
        let summaryPath = directory.appendingPathComponent("summary-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: summaryPath) }
        let result = try Self.serve(Array(input.utf8), batch: BatchOptions(quiet: true, summaryJSONPath: summaryPath))
        #expect(result.output.split(separator: "\n").count == 3)
        #expect(result.stderr.contains("batch: 3 responses, 1 errors (-32700: 1)"))
        #expect(result.stderr.contains("kinship.allowance  review-2022  2025-26  £25,384.28"))
        #expect(result.stderr.contains("kinship.allowance  england-statutory → review-2022  1 case  £12,692.14"))
        let summary = try JSONParser.parse([UInt8](try Data(contentsOf: URL(fileURLWithPath: summaryPath))))
        #expect(summary["errorsByCode"]?["-32700"] == .number("1"))
        #expect(summary["reform"]?.members == nil)
        guard case .array(let reform)? = summary["reform"] else { Issue.record("no reform"); return }
        #expect(reform.first?["difference"] == .string("12692.14"))
    }
}
