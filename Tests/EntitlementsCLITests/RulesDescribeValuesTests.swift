import Entitlements
@testable import EntitlementsCLI
import Foundation
import Testing

/// `rules describe` shows every table's amounts, row by row, as the rule files hold them.
@Suite struct RulesDescribeValuesTests {
    /// The rule file's rows, read from the repository.
    static func rows(_ file: String) throws -> [JSONValue] {
        let data = try #require(FileManager.default.contents(atPath: Binary.repository.appendingPathComponent("rules/\(file)").path))
        let root = try JSONParser.parse([UInt8](data))
        guard case .array(let rows)? = root["rows"] else { return [] }
        return rows
    }

    @Test func everyNationalMinimumAllowanceRowIsShownWithItsRates() throws {
        let out = runTool(["rules", "describe"]).out
        let bands = ["0-2", "3-4", "5-10", "11-15", "16-17"]
        var checked = 0
        for row in try Self.rows("nma.json") {
            guard case .string(let effective)? = row["effective"], case .string(let region)? = row["region"],
                  case .string(let status)? = row["status"], let start = CalendarDate(effective) else { continue }
            let rates: [String] = bands.map { band in
                guard case .string(let rate)? = row["rates"]?[band] else { return "—" }
                return "£" + rate
            }
            let cells = [FinancialYear(containing: start).description, region, status] + rates
            let shown = out.split(separator: "\n").contains { line in
                line.split(separator: " ", omittingEmptySubsequences: true).map(String.init) == cells
            }
            #expect(shown, "\(cells)")
            checked += 1
        }
        #expect(checked == 33)
        // The published 2025-26 London table (GOV.UK): £198, £201, £225, £257, £299.
        #expect(out.contains("    2025-26  london           enacted    £198.00  £201.00  £225.00  £257.00  £299.00\n"))
    }

    @Test func amountsAndIndexValuesAreShown() {
        let out = runTool(["rules", "describe"]).out
        #expect(out.contains("    2024-05-01 to 2025-03-31  enacted    £9.90            £32.05            £114.50\n"))
        #expect(out.contains("    2022-09    10.1  enacted\n"))
    }

    @Test func theJSONCarriesEachRowsRatesAndAmounts() throws {
        let json = try JSONParser.parse(runTool(["rules", "describe", "--json"]).out)
        guard case .array(let tables)? = json["tables"] else {
            Issue.record("no tables")
            return
        }
        let nma = try #require(tables.first { $0["id"] == .string("nma") })
        guard case .array(let values)? = nma["values"] else {
            Issue.record("no values")
            return
        }
        let london = try #require(values.first { $0["effective"] == .string("2025-04-01") && $0["region"] == .string("london") })
        #expect(london["rates"]?["11-15"] == .string("257.00"))
        let charges = try #require(tables.first { $0["id"] == .string("prescription-charges") })
        guard case .array(let rows)? = charges["values"] else { return }
        #expect(rows.last?["amounts"]?["perItem"] == .string("9.90"))
    }
}
