import Entitlements
@testable import EntitlementsProtocol
import Foundation
import Testing

/// `batch --csv`: a spreadsheet's caseload in, one row per payment out, every pass-through column
/// carried and never on stderr, a bad row answered by an error row while the others go on.
@Suite struct PaymentRunTests {
    /// A caseload as Excel saves it: a byte-order mark, CRLF, quoted cells with commas, quotes and a line break.
    static let caseload = "\u{FEFF}caseRef,Payee,Cost Centre,method,dateOfBirth,from,to,localAuthority,order,schedule.frequency,schedule.monthly,schedule.payOffsetDays,alreadyPaid\r\n"
        + "K-001,\"Smith, Jane\",\"CC \"\"12\"\"\",kinship.allowance,03/09/2014,01/04/2025,30/06/2025,Kent County Council,SGO,monthly,twelfths,3,\"£2,000.00\"\r\n"
        + "K-002,\"Secret\r\nPayee\",CC9,kinship.allowance,31/02/2014,2025-04-01,2025-06-30,Camden,Special Guardianship Order,,,,\r\n"
        + ",,,,,,,,,,,,\r\n"
        + "K-003,Bob,CC1,,2016-01-10,2025-04-01,2025-04-30,London Borough of Camden,CAO,,,,\r\n"

    static let columns = ["caseRef", "Payee", "Cost Centre", "method", "payDate", "periodFrom", "periodTo", "amount", "weeklyRate",
                          "table", "effective", "scheme", "schemeStatus", "revision", "error"]

    func run() throws -> Binary.Run {
        try Binary.run(["batch", "--csv", "-", "--method", "kinship.allowance"], input: Self.caseload)
    }

    /// The output read back with our own reader.
    func rows(_ run: Binary.Run) -> [[String]] {
        var reader = CSVReader(Array(run.out.utf8))
        var rows: [[String]] = []
        while let record = reader.next() { rows.append(record.fields) }
        return rows
    }

    @Test func oneRowPerPaymentWithTheCaseAndItsPassThroughColumns() throws {
        let run = try run()
        #expect(run.status == 0)
        let rows = rows(run)
        #expect(rows.first == Self.columns)
        let body = rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(Self.columns, $0)) }
        // K-001: Kent's own 5–10 rate 2025-26 £232.62, months in twelfths: 232.62 × 52 ÷ 12 = 1,008.02; paid 3 days after each month ends.
        let kent = body.filter { $0["caseRef"] == "K-001" }
        #expect(kent.map { $0["payDate"] } == ["2025-05-03", "2025-06-03", "2025-07-03"])
        #expect(kent.map { $0["amount"] } == ["1008.02", "1008.02", "1008.02"])
        #expect(kent.allSatisfy { $0["Payee"] == "Smith, Jane" && $0["Cost Centre"] == "CC \"12\"" && $0["table"] == "kent-fostering"
                && $0["effective"] == "2025-04-01" && $0["weeklyRate"] == "232.62" && $0["scheme"] == "review-2022" && $0["error"] == "" })
        // K-003: no schedule, one row for the request's period: London 5–10 £225 × 30 ÷ 7 = 964.2857… → £964.29.
        let camden = try #require(body.first { $0["caseRef"] == "K-003" })
        #expect(camden["payDate"] == "" && camden["periodFrom"] == "2025-04-01" && camden["periodTo"] == "2025-04-30")
        #expect(camden["amount"] == "964.29")
    }

    @Test func aBadRowGetsAnErrorRowNamingRowColumnAndFixAndTheOthersGoOn() throws {
        let rows = rows(try run())
        let error = try #require(rows.first { $0.first == "K-002" })
        #expect(error[1] == "Secret\r\nPayee")
        #expect(error.last == "row 3, column dateOfBirth: \"31/02/2014\" is not a day of the calendar (read as DD/MM/YYYY: 2014-02-31); check the day and month")
        #expect(rows.contains { $0.first == "K-003" })
    }

    @Test func passThroughValuesNeverReachStandardError() throws {
        let run = try run()
        for secret in ["Smith", "Secret", "Payee", "CC9", "K-00"] { #expect(!run.err.contains(secret)) }
        #expect(run.err.contains("payment run: 3 cases, 4 payment rows, 1 error rows"))
        // Cash basis: K-001's three pay dates, 3 × £1,008.02; K-003 has no pay date (no schedule) and is counted apart.
        #expect(run.err.contains("paid by financial year of the pay date (cash basis):\n  2025-26  £3,024.06\n"))
        #expect(run.err.contains("in rows without a pay date (no schedule): £964.29"))
        // Accruals by year of service: £3,024.06 + £964.29.
        #expect(run.err.contains("kinship.allowance  review-2022  2025-26  £3,988.35"))
        // K-001 paid £2,000.00 of £3,024.06: arrears £1,024.06.
        #expect(run.err.contains("1 case  arrears  £1,024.06"))
    }

    /// A CSV file's rows as Python's `csv` module reads them; nil (and a note) where there is no Python.
    static func pythonRows(_ csv: String) throws -> JSONValue? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else {
            print("skipped: /usr/bin/python3 is absent, so the CSV was not read by Python's csv module")
            return nil
        }
        let script = "import csv, json, sys\nprint(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("payment-run-\(UUID().uuidString).csv")
        try Data(csv.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let python = try Binary.run(["-c", script, file.path], executable: URL(fileURLWithPath: "/usr/bin/python3"))
        #expect(python.status == 0, "\(python.err)")
        return try JSONParser.parse(Array(python.out.utf8))
    }

    @Test func pythonsCSVModuleReadsThePaymentRunAsWeDo() throws {
        let run = try run()
        guard let parsed = try Self.pythonRows(run.out) else { return }
        let expected = JSONValue.array(rows(run).map { .array($0.map(JSONValue.string)) })
        #expect(parsed == expected)
    }

    @Test func cellsFromTheCaseloadThatStartLikeAFormulaAreNeutralisedAndTheEngineNumbersAreNot() throws {
        let caseload = "caseRef,=Notes,payee,@cost,method,dateOfBirth,from,to,region\r\n"
            + "=1+2,\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"click\"\")\",+44 20 7946 0000,-CC1,kinship.allowance,2016-01-10,2025-04-01,2025-04-07,london\r\n"
            + "\tK-2,ok,\"\rname\",@SUM(A1),kinship.allowance,31/02/2016,2025-04-01,2025-04-07,london\r\n"
        let run = try Binary.run(["batch", "--csv", "-"], input: caseload)
        #expect(run.status == 0)
        let rows = rows(run)
        // The header's pass-through names and every case cell get a single quote before =, +, -, @, tab or CR.
        #expect(rows[0].prefix(4) == ["caseRef", "'=Notes", "payee", "'@cost"])
        #expect(rows[1].prefix(4) == ["'=1+2", "'=HYPERLINK(\"http://example.invalid\",\"click\")", "'+44 20 7946 0000", "'-CC1"])
        // London 5–10 2025-26 £225 a week, 7 days: 225.00, written as the number it is.
        #expect(rows[1][8] == "225.00" && rows[1][9] == "225.00")
        #expect(rows[2].prefix(4) == ["'\tK-2", "ok", "'\rname", "'@SUM(A1)"])
        #expect(rows[2].last?.hasPrefix("row 3, column dateOfBirth: ") == true)
        // Python's csv module reads the neutralised cells as we do.
        if let parsed = try Self.pythonRows(run.out) {
            #expect(parsed == JSONValue.array(rows.map { .array($0.map(JSONValue.string)) }))
        }
    }

    @Test func rowsOfManyWindowsComeOutInCaseloadOrder() throws {
        // 20,000 rows: three windows of 8,192, answered while the next is read; a bad row every 1,000th.
        var caseload = "caseRef,method,dateOfBirth,from,to,region\n"
        for index in 1...20_000 {
            caseload += "C-\(index),kinship.allowance,\(index % 1_000 == 0 ? "31/02/2016" : "2016-01-10"),2025-04-01,2025-04-07,london\n"
        }
        let run = try Binary.run(["batch", "--quiet", "--csv", "-"], input: caseload)
        #expect(run.status == 0)
        let rows = rows(run).dropFirst()
        #expect(rows.map { $0.first ?? "" } == (1...20_000).map { "C-\($0)" })
        // London 5–10 2025-26 £225 a week, 7 days: 225.00; every 1,000th row an error row.
        #expect(rows.filter { $0[5] == "225.00" }.count == 19_980)
        #expect(run.err.contains("payment run: 20000 cases, 19980 payment rows, 20 error rows"))
    }

    @Test func aHeaderNamingAGroupOfParamsIsRefusedWithTheColumnsToUse() throws {
        let run = try Binary.run(["batch", "--csv", "-"], input: "caseRef,schedule\r\nA,monthly\r\n")
        #expect(run.status == 1)
        #expect(run.err.contains("schedule.frequency, schedule.anchor"))
    }

    @Test func aParamOfAnotherMethodIsAnErrorRowNotAPassThrough() throws {
        let run = try Binary.run(["batch", "--csv", "-"],
                                 input: "caseRef,method,dateOfBirth,from,to,region,weeklyRate\nA,kinship.allowance,2016-01-10,2025-04-01,2025-04-07,london,100\n")
        #expect(rows(run).last?.last == "row 2, column weeklyRate: kinship.allowance takes no weeklyRate: leave the cell empty on kinship.allowance rows")
    }

    @Test func theCommittedTemplatesAreTheCommandsOutput() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/caseload")
        for method in CaseloadTemplate.methods {
            let run = try Binary.run(["caseload", "template", method.rawValue])
            let file = try String(contentsOf: directory.appendingPathComponent(method.rawValue + ".csv"), encoding: .utf8)
            #expect(run.status == 0)
            #expect(file == run.out, "docs/caseload/\(method.rawValue).csv differs from `caseload template \(method.rawValue)`")
        }
    }

    @Test func everyTemplateColumnIsReadAsAParam() throws {
        for method in CaseloadTemplate.methods {
            let header = try #require(CaseloadTemplate.header(method)).split(separator: ",").map(String.init)
            let columns = try CaseloadColumns(header: header)
            #expect(columns.passThroughColumns.map { header[$0] } == ["payee"])
        }
    }
}
