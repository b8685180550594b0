import Foundation
import Testing

/// docs/clients.md: its Python and Swift clients read while they write, and its sizes hold.
@Suite struct ClientGuideTests {
    /// The guide's text.
    static func guide() throws -> String {
        let data = try #require(FileManager.default.contents(atPath: Binary.repository.appendingPathComponent("docs/clients.md").path))
        return String(decoding: data, as: UTF8.self)
    }

    /// The code of the guide's first fenced block in `language`.
    static func block(_ language: String, in text: String) throws -> String {
        let start = try #require(text.range(of: "```\(language)\n"))
        let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        return String(text[start.upperBound..<end.lowerBound]) + "\n"
    }

    /// A kinship request for April 2025, London, a child of 10: 225.00 × 30 ÷ 7 = 964.2857… → 964.29.
    static func request(_ id: Int) -> String {
        #"{"jsonrpc":"2.0","id":\#(id),"method":"kinship.allowance","params":{"dateOfBirth":"2014-09-03","region":"london","#
            + #""from":"2025-04-01","to":"2025-04-30"}}"#
    }

    @Test func thePythonClientAnswersTenThousandLinesInOrder() throws {
        let python = ["/usr/bin/python3", "/usr/local/bin/python3", "/opt/homebrew/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let python else {
            print("skipped: no python3 found, so the guide's Python client is not run")
            return
        }
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("entitlements-client-\(UUID().uuidString).py")
        try Data(try Self.block("python", in: Self.guide()).utf8).write(to: script)
        defer { try? FileManager.default.removeItem(at: script) }
        let binary = try Binary.url.get()
        let run = try Binary.run([script.path, binary.path, "10000"], executable: URL(fileURLWithPath: python))
        #expect(run.status == 0, "\(run.err)")
        // 964.29 × 10,000 = 9,642,900.00.
        #expect(run.out == "10000 responses in order, total 9642900.00\n")
    }

    @Test func theSwiftClientIsTheGuidesAndAnswersTenThousandLinesInOrder() throws {
        let source = try #require(FileManager.default.contents(atPath: Binary.repository
            .appendingPathComponent("Tests/EntitlementsCLITests/ServeClient.swift").path))
        let text = String(decoding: source, as: UTF8.self)
        let body = try #require(text.range(of: "/// A client for").map { String(text[$0.lowerBound...]) })
        #expect(try Self.block("swift", in: Self.guide()) == body, "docs/clients.md's Swift block must be ServeClient.swift from its doc comment on")
        let responses = try ServeClient.responses(binary: try Binary.url.get(), requests: (0..<10_000).map(Self.request))
        #expect(responses.count == 10_000)
        #expect(responses.enumerated().allSatisfy { index, line in line.hasPrefix(#"{"id":\#(index),"#) && line.contains(#""total":"964.29""#) })
    }

    @Test func aTenThousandYearWeeklyScheduleIsMoreThanAPipeHolds() throws {
        // Staying Put at a given rate over 0001-01-01 to 9999-12-31 is paid only from 18 to 23 (review-2022):
        // 5 years of weekly payments, far more than a pipe's 64 KiB and far less than the period's 521,000 weeks.
        let request = #"{"jsonrpc":"2.0","id":1,"method":"stayingPut.funding","params":{"dateOfBirth":"2006-01-01","#
            + #""from":"0001-01-01","to":"9999-12-31","region":"london","weeklyRate":"300.00","schedule":{"frequency":"weekly"}}}"#
        let responses = try ServeClient.responses(binary: try Binary.url.get(), requests: [request])
        let size = try #require(responses.first).utf8.count
        #expect(size > 64 * 1024)
        #expect(size < 1024 * 1024)
        // The guide's figure stays within a quarter of the measured size (fields added to results change it a little).
        let row = try #require(try Self.guide().split(separator: "\n").first { $0.hasPrefix("| Staying Put at a given") })
        let figure = try #require(row.split(separator: "|").last.flatMap { Int($0.filter(\.isNumber)) })
        #expect(abs(figure * 1000 - size) * 4 < size, "docs/clients.md gives about \(figure) KB; measured \(size) bytes")
    }
}
