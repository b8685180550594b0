import Foundation
import Testing

/// The README's walkthrough (docs/walkthrough/): its files are what the program and the steps make,
/// and its figures are worked by hand. `README_UPDATE=1` rewrites the payment run and the rule book
/// from the program, as it rewrites the README's outputs.
@Suite struct WalkthroughTests {
    static let directory = Binary.repository.appendingPathComponent("docs/walkthrough")
    static let update = ProcessInfo.processInfo.environment["README_UPDATE"] == "1"

    /// The walkthrough's "published" 2026-27 table: the built-in estimate plus £5.00 a week in every
    /// band, marked enacted. It is an example only, standing in for DfE's table (not published when
    /// this was written); it is never put in rules/.
    static func withExampleTable(_ nma: String) -> String {
        var lines = nma.components(separatedBy: "\n")
        var inRow = false
        for index in lines.indices {
            let line = lines[index]
            if line.contains("\"effective\": \"2026-04-01\"") { inRow = true }
            guard inRow else { continue }
            if line.contains("\"status\": \"estimated\"") {
                lines[index] = line.replacingOccurrences(of: "\"estimated\"", with: "\"enacted\"")
            } else if line.hasPrefix("      \"source\": ") {
                lines[index] = "      \"source\": \"EXAMPLE ONLY (the README's walkthrough): the 2026-27 estimate plus 5.00 a week in every band, "
                    + "standing in for DfE's table, which was not published when this was written; never pay from it\","
            } else if line.hasPrefix("      \"note\": ") {
                lines[index] = "      \"note\": \"an invented example of a published table, to show an arrears run\","
            } else if line.range(of: #"^ *"\d+-\d+": "\d+\.00",?$"#, options: .regularExpression) != nil,
                      let range = line.range(of: #": "\d+\.00""#, options: .regularExpression) {
                // A band's rate, "11-15": "267.00", becomes 272.00.
                let digits = line[range].filter(\.isNumber).dropLast(2)
                if let pounds = Int(digits) { lines[index] = line.replacingCharacters(in: range, with: ": \"\(pounds + 5).00\"") }
            }
            if line == "      }" { inRow = false }
        }
        return lines.joined(separator: "\n")
    }

    @Test func theRuleBookIsTheExportWithTheExampleTableAdded() throws {
        let export = RulesExportTests.scratch("walkthrough")
        defer { try? FileManager.default.removeItem(atPath: export) }
        #expect(runTool(["rules", "export", export]).status == 0)
        let rules = Self.directory.appendingPathComponent("rules")
        let names = try FileManager.default.contentsOfDirectory(atPath: export).sorted()
        if Self.update { try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true) }
        for name in names {
            var expected = try String(contentsOfFile: export + "/" + name, encoding: .utf8)
            if name == "nma.json" {
                let edited = Self.withExampleTable(expected)
                // Three regions' rows changed: status, source, note and five bands each.
                #expect(edited != expected)
                #expect(edited.components(separatedBy: "\"status\": \"estimated\"").count == expected.components(separatedBy: "\"status\": \"estimated\"").count - 3)
                expected = edited
            }
            let file = rules.appendingPathComponent(name)
            if Self.update { try Data(expected.utf8).write(to: file) }
            #expect((try? String(contentsOf: file, encoding: .utf8)) == expected,
                    "docs/walkthrough/rules/\(name) is not the export with the example table: run README_UPDATE=1 swift test --filter Walkthrough")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: rules.path).sorted() == names)
    }

    @Test func thePaymentRunIsTheProgramsOutput() throws {
        let run = try Binary.run(["batch", "--quiet", "--csv", "docs/walkthrough/caseload.csv"], directory: Binary.repository)
        #expect(run.status == 0)
        let file = Self.directory.appendingPathComponent("payment-run.csv")
        if Self.update { try Data(run.out.utf8).write(to: file) }
        #expect((try? String(contentsOf: file, encoding: .utf8)) == run.out,
                "docs/walkthrough/payment-run.csv is not batch --csv's output: run README_UPDATE=1 swift test --filter Walkthrough")
    }

    /// The payment run's amounts, by hand from rules/nma.json's 2026-27 estimates (allowEstimated is TRUE),
    /// each month paid by days (weekly rate × days ÷ 7, to the penny), 3 days after the month ends.
    @Test func thePaymentRunIsWorkedByHand() throws {
        let run = try Binary.run(["batch", "--quiet", "--csv", "docs/walkthrough/caseload.csv"], directory: Binary.repository)
        let rows = run.out.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { row in
            // caseRef, payee (quoted: it holds a comma), …: the cells after the method.
            let cells = row.components(separatedBy: ",")
            return Array(cells.suffix(11).prefix(5))
        }
        #expect(rows == [
            // K-001, Camden (London), 13 on 1 April 2026: 11–15 £267.00. April 267 × 30 ÷ 7 = 1,144.2857 → 1,144.29;
            // May 267 × 31 ÷ 7 = 1,182.4286 → 1,182.43.
            ["2026-05-03", "2026-04-01", "2026-04-30", "1144.29", "267.00"],
            ["2026-06-03", "2026-05-01", "2026-05-31", "1182.43", "267.00"],
            ["2026-07-03", "2026-06-01", "2026-06-30", "1144.29", "267.00"],
            // K-002, Leeds (rest of England), 8: 5–10 £201.00. 201 × 30 ÷ 7 = 861.4286 → 861.43; × 31 ÷ 7 = 890.1429 → 890.14.
            ["2026-05-03", "2026-04-01", "2026-04-30", "861.43", "201.00"],
            ["2026-06-03", "2026-05-01", "2026-05-31", "890.14", "201.00"],
            ["2026-07-03", "2026-06-01", "2026-06-30", "861.43", "201.00"],
            // K-003, Brighton and Hove (south east), 16 then 17: 16–17 £299.00. 299 × 30 ÷ 7 = 1,281.4286 → 1,281.43;
            // × 31 ÷ 7 = 1,324.1429 → 1,324.14.
            ["2026-05-03", "2026-04-01", "2026-04-30", "1281.43", "299.00"],
            ["2026-06-03", "2026-05-01", "2026-05-31", "1324.14", "299.00"],
            ["2026-07-03", "2026-06-01", "2026-06-30", "1281.43", "299.00"],
        ])
    }

    /// The arrears under the example table (each rate £5.00 a week more), by hand: owed − paid per month.
    @Test func theArrearsAreWorkedByHand() throws {
        let run = try Binary.run(["arrears", "--paid", "docs/walkthrough/payment-run.csv", "--caseload", "docs/walkthrough/caseload.csv",
                                  "--rules", "docs/walkthrough/rules", "--csv"], directory: Binary.repository)
        #expect(run.status == 0, "\(run.err)")
        let rows = run.out.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { row in
            let cells = row.components(separatedBy: ",")
            return [cells[0], cells[4], cells[5], cells[6]]
        }
        #expect(rows == [
            // K-001 at £272.00: 272 × 30 ÷ 7 = 1,165.7143 → 1,165.71 − 1,144.29 = 21.42; 272 × 31 ÷ 7 = 1,204.5714 → 1,204.57 − 1,182.43 = 22.14.
            ["K-001", "1144.29", "1165.71", "21.42"], ["K-001", "1182.43", "1204.57", "22.14"], ["K-001", "1144.29", "1165.71", "21.42"],
            // K-002 at £206.00: 206 × 30 ÷ 7 = 882.8571 → 882.86 − 861.43 = 21.43; 206 × 31 ÷ 7 = 912.2857 → 912.29 − 890.14 = 22.15.
            ["K-002", "861.43", "882.86", "21.43"], ["K-002", "890.14", "912.29", "22.15"], ["K-002", "861.43", "882.86", "21.43"],
            // K-003 at £304.00: 304 × 30 ÷ 7 = 1,302.8571 → 1,302.86 − 1,281.43 = 21.43; 304 × 31 ÷ 7 = 1,346.2857 → 1,346.29 − 1,324.14 = 22.15.
            ["K-003", "1281.43", "1302.86", "21.43"], ["K-003", "1324.14", "1346.29", "22.15"], ["K-003", "1281.43", "1302.86", "21.43"],
        ])
        // In all: 64.98 + 65.01 + 65.01 = 195.00 of arrears.
        let summary = try Binary.run(["arrears", "--paid", "docs/walkthrough/payment-run.csv", "--caseload", "docs/walkthrough/caseload.csv",
                                      "--rules", "docs/walkthrough/rules"], directory: Binary.repository)
        let line = summary.out.components(separatedBy: "\n").first { $0.hasPrefix("Arrears to pay") }
        #expect(line?.hasSuffix(" £195.00") == true, "\(summary.out)")
    }

    /// The statement under the new rule book holds the months owed now, worked above: 1,165.71 + 1,204.57 + 1,165.71 = 3,535.99.
    @Test func theStatementHoldsTheFiguresWorkedByHand() throws {
        let run = try Binary.run(["statement", "carer", "--case", "docs/walkthrough/caseload.csv", "--ref", "K-001", "--rules", "docs/walkthrough/rules"],
                                 directory: Binary.repository)
        #expect(run.status == 0, "\(run.err)")
        for figure in ["Total for the period: £3,535.99", "Sunday 3 May 2026", "£1,165.71", "£1,204.57", "£272.00", "Carer, Ms A", "Sam"] {
            #expect(run.out.contains(figure), "missing \(figure)")
        }
    }

    @Test func theReadmeShowsTheCaseloadAsCommitted() throws {
        let readme = try String(contentsOf: Binary.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let caseload = try String(contentsOf: Self.directory.appendingPathComponent("caseload.csv"), encoding: .utf8)
        #expect(readme.contains("```csv\n" + caseload.replacingOccurrences(of: "\r\n", with: "\n") + "```"),
                "README.md's caseload block differs from docs/walkthrough/caseload.csv")
    }
}
