import Entitlements
@testable import EntitlementsCLI
import EntitlementsProtocol
import Foundation
import Testing

/// Arrears across two rule books, worked by hand, and the reading of payments files.
@Suite struct ArrearsTests {
    /// Two cases: a London child of 13 (11-15 band all April 2026) paid weekly from 1 April 2026 at the
    /// built-in estimated 2026-27 rate, and a rest-of-England child of 8 (5-10 band) paid £300.00 for a week.
    static let caseload = """
        {"caseRef":"KC-001","payee":"Ms A Carer","method":"kinship.allowance","params":{"dateOfBirth":"2012-06-10","region":"london","from":"2026-04-01","to":"2027-03-31","allowEstimated":true,"schedule":{"frequency":"weekly","anchor":"2026-04-01"}}}
        {"id":"KC-002","method":"kinship.allowance","params":{"dateOfBirth":"2018-01-15","region":"rest-of-england","from":"2026-04-01","to":"2026-04-07","allowEstimated":true}}

        """

    /// What was paid: KC-001 at £267.00 a week (the estimated 2026-27 London 11-15 rate), the last period
    /// three days (267 × 3 ÷ 7 = 114.428… → £114.43); KC-002 £300.00 for a week, written as a spreadsheet
    /// would (DD/MM/YYYY, £), a quoted payee with a comma, CRLF line ends and a byte-order mark.
    static let paid = "\u{FEFF}caseRef,payee,method,payDate,periodFrom,periodTo,amount,weeklyRate,table,effective\r\n"
        + "KC-001,\"Carer, Ms A\",kinship.allowance,2026-04-07,2026-04-01,2026-04-07,267.00,267.00,nma,2026-04-01\r\n"
        + "KC-001,\"Carer, Ms A\",kinship.allowance,2026-04-14,2026-04-08,2026-04-14,267.00,267.00,nma,2026-04-01\r\n"
        + "KC-001,\"Carer, Ms A\",kinship.allowance,2026-04-21,2026-04-15,2026-04-17,114.43,267.00,nma,2026-04-01\r\n"
        + "KC-002,\"B \"\"Bea\"\" Carer\",kinship.allowance,07/04/2026,01/04/2026,07/04/2026,£300.00,201.00,nma,2026-04-01\r\n"

    /// A scratch directory holding the files, and a test rule book exported from the built-in one in
    /// which the 2026-27 London row is ENACTED with an 11-15 rate of £280.00. That rate is invented for
    /// this test only (it is not a published figure and never goes into rules/).
    static func files() throws -> (directory: String, paid: String, caseload: String, rules: String) {
        let directory = RulesExportTests.scratch("arrears")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let paid = directory + "/paid.csv", caseload = directory + "/cases.jsonl", rules = directory + "/rules"
        _ = FileManager.default.createFile(atPath: paid, contents: Data(Self.paid.utf8))
        _ = FileManager.default.createFile(atPath: caseload, contents: Data(Self.caseload.utf8))
        #expect(runTool(["rules", "export", rules]).status == 0)
        let nma = rules + "/nma.json"
        var text = String(decoding: FileManager.default.contents(atPath: nma) ?? Data(), as: UTF8.self)
        let row = "      \"effective\": \"2026-04-01\",\n      \"until\": \"2027-03-31\",\n      \"region\": \"london\",\n      \"status\": \"estimated\","
        let start = try #require(text.range(of: row))
        let rate = try #require(text.range(of: "\"11-15\": \"267.00\"", range: start.upperBound..<text.endIndex))
        text.replaceSubrange(rate, with: "\"11-15\": \"280.00\"")
        text.replaceSubrange(try #require(text.range(of: row)), with: row.replacingOccurrences(of: "\"estimated\"", with: "\"enacted\""))
        _ = FileManager.default.createFile(atPath: nma, contents: Data(text.utf8))
        return (directory, paid, caseload, rules)
    }

    @Test func theTestRateBookArrearsAreWorkedByHand() throws {
        let files = try Self.files()
        defer { try? FileManager.default.removeItem(atPath: files.directory) }
        let run = runTool(["arrears", "--paid", files.paid, "--caseload", files.caseload, "--rules", files.rules, "--csv"])
        #expect(run.status == 0, "\(run.err)")
        // KC-001: 280 − 267 = 13.00 a full week; 3 days at 280 = 120.00 against 114.43, so 5.57.
        // KC-002: rest-of-England 5-10 is still the estimated £201.00, against £300.00 paid: −99.00.
        #expect(run.out == """
            caseRef,periodFrom,periodTo,payDate,paid,owed,difference,oldWeeklyRate,newWeeklyRate,oldTableRow,newTableRow,error\r
            KC-001,2026-04-01,2026-04-07,2026-04-07,267.00,280.00,13.00,267.00,280.00,nma 2026-04-01,nma 2026-04-01,\r
            KC-001,2026-04-08,2026-04-14,2026-04-14,267.00,280.00,13.00,267.00,280.00,nma 2026-04-01,nma 2026-04-01,\r
            KC-001,2026-04-15,2026-04-17,2026-04-21,114.43,120.00,5.57,267.00,280.00,nma 2026-04-01,nma 2026-04-01,\r
            KC-002,2026-04-01,2026-04-07,2026-04-07,300.00,201.00,-99.00,201.00,201.00,nma 2026-04-01,nma 2026-04-01,\r

            """)
        let summary = runTool(["arrears", "--paid", files.paid, "--caseload", files.caseload, "--rules", files.rules])
        #expect(summary.status == 0)
        // Paid 267 + 267 + 114.43 + 300 = 948.43; owed 280 + 280 + 120 + 201 = 881.00;
        // arrears 31.57 (KC-001), overpaid 99.00 (KC-002), net −67.43.
        for expected in ["Case KC-001  arrears £31.57", "Case KC-002  overpaid £99.00", "Paid            £948.43",
                         "Owed now        £881.00", "Arrears to pay   £31.57", "Overpaid         £99.00", "Net difference  -£67.43"] {
            #expect(summary.out.contains(expected), "missing \(expected)")
        }
    }

    @Test func aPaymentRunRecomputedUnderItsOwnRuleBookOwesNothing() throws {
        // The payments of a real weekly schedule crossing a birthday (11 on 2025-09-03) and the April uplift.
        let files = try Self.files()
        defer { try? FileManager.default.removeItem(atPath: files.directory) }
        let params = #"{"dateOfBirth":"2014-09-03","region":"london","from":"2025-08-30","to":"2026-04-20","allowEstimated":true,"#
            + #""schedule":{"frequency":"weekly","anchor":"2025-08-30"}}"#
        let caseload = files.directory + "/one.jsonl"
        _ = FileManager.default.createFile(atPath: caseload, contents: Data(#"{"id":"S1","method":"kinship.allowance","params":\#(params)}"#.utf8))
        let result = try Dispatcher(ruleBook: RuleBook.builtIn.get()).call(.kinshipAllowance, params: JSONField(try JSONParser.parse(params), path: "/params"))
        guard case .array(let payments)? = result["payments"] else {
            Issue.record("no payments")
            return
        }
        var csv = "caseRef,periodFrom,periodTo,amount\n"
        for payment in payments {
            guard case .string(let from)? = payment["from"], case .string(let to)? = payment["to"], case .string(let amount)? = payment["amount"] else { continue }
            csv += "S1,\(from),\(to),\(amount)\n"
        }
        #expect(payments.count == 34)
        let paid = files.directory + "/run.csv"
        _ = FileManager.default.createFile(atPath: paid, contents: Data(csv.utf8))
        let run = runTool(["arrears", "--paid", paid, "--caseload", caseload, "--csv"])
        #expect(run.status == 0, "\(run.err)")
        let rows = run.out.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 34)
        #expect(rows.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false)[6] == "0.00" })
    }

    @Test func aPaymentOfACaseNotInTheCaseloadIsAnErrorRowAndTheOthersGoOn() throws {
        let files = try Self.files()
        defer { try? FileManager.default.removeItem(atPath: files.directory) }
        _ = FileManager.default.createFile(atPath: files.paid, contents: Data("caseRef,periodFrom,periodTo,amount\nKC-001,2026-04-01,2026-04-07,267.00\nKC-999,2026-04-01,2026-04-07,1.00\n".utf8))
        let run = runTool(["arrears", "--paid", files.paid, "--caseload", files.caseload, "--rules", files.rules, "--csv"])
        #expect(run.status == 1)
        var reader = CSVReader(Array(run.out.utf8))
        var rows: [[String]] = []
        while let record = reader.next() { rows.append(record.fields) }
        // KC-001 still recomputed (280 − 267 = 13.00); KC-999 an error row naming the payments file's row 3.
        #expect(rows.count == 3)
        #expect(rows[1].prefix(7) == ["KC-001", "2026-04-01", "2026-04-07", "", "267.00", "280.00", "13.00"])
        #expect(rows[2] == ["KC-999"] + Array(repeating: "", count: 10)
                + ["\(files.paid) row 3, column caseRef: case \"KC-999\" is not in the caseload; add its request with caseRef \"KC-999\""])
        // Standard error gives the count only, never a case reference.
        #expect(run.err.contains("1 row not recomputed") && !run.err.contains("KC-"))
    }

    @Test func aBadAmountIsAnErrorRowNamingTheRowColumnAndFix() throws {
        let files = try Self.files()
        defer { try? FileManager.default.removeItem(atPath: files.directory) }
        _ = FileManager.default.createFile(atPath: files.paid, contents: Data("Case Reference,From,To,Amount Paid\nKC-001,2026-04-01,2026-04-07,\"267,0\"\nKC-001,2026-04-08,2026-04-14,267.00\n".utf8))
        let run = runTool(["arrears", "--paid", files.paid, "--caseload", files.caseload, "--rules", files.rules])
        #expect(run.status == 1)
        #expect(run.out.contains("Not recomputed: 1 row, left out of the totals above"))
        #expect(run.out.contains("row 2, column amount: \"267,0\" is not an amount; write pounds and pence"))
        // The row after it is recomputed all the same: 280 − 267 = 13.00.
        #expect(run.out.contains("Case KC-001  arrears £13.00"))
    }

    /// The same two cases as `caseload`, as the CSV caseload `batch --csv` reads, in spreadsheet spellings.
    static let csvCaseload = "caseRef,payee,method,dateOfBirth,region,from,to,allowEstimated,schedule.frequency,schedule.anchor\r\n"
        + "KC-001,Ms A Carer,kinship.allowance,10/06/2012,London,01/04/2026,31/03/2027,TRUE,Weekly,01/04/2026\r\n"
        + "KC-002,,kinship.allowance,15/01/2018,Rest of England,2026-04-01,2026-04-07,yes,,\r\n"

    @Test func aCSVCaseloadGivesTheArrearsOfTheSameCasesAsJSONLines() throws {
        let files = try Self.files()
        defer { try? FileManager.default.removeItem(atPath: files.directory) }
        let csv = files.directory + "/cases.csv"
        _ = FileManager.default.createFile(atPath: csv, contents: Data(Self.csvCaseload.utf8))
        let fromCSV = runTool(["arrears", "--paid", files.paid, "--caseload", csv, "--rules", files.rules, "--csv"])
        let fromJSON = runTool(["arrears", "--paid", files.paid, "--caseload", files.caseload, "--rules", files.rules, "--csv"])
        #expect(fromCSV.status == 0, "\(fromCSV.err)")
        #expect(fromCSV.out == fromJSON.out)
        // The hand-worked difference of theTestRateBookArrearsAreWorkedByHand: 13.00 a full week.
        #expect(fromCSV.out.contains("KC-001,2026-04-01,2026-04-07,2026-04-07,267.00,280.00,13.00,"))
    }

    @Test func aFaultyCaseRowIsAnErrorRowItsPaymentsToo_AndTheOtherCasesGoOn() throws {
        let files = try Self.files()
        defer { try? FileManager.default.removeItem(atPath: files.directory) }
        let csv = files.directory + "/cases.csv"
        let faulty = Self.csvCaseload.replacing("15/01/2018", with: "31/02/2018")
        _ = FileManager.default.createFile(atPath: csv, contents: Data(faulty.utf8))
        let run = runTool(["arrears", "--paid", files.paid, "--caseload", csv, "--rules", files.rules, "--csv"])
        #expect(run.status == 1)
        var reader = CSVReader(Array(run.out.utf8))
        var rows: [[String]] = []
        while let record = reader.next() { rows.append(record.fields) }
        #expect(rows.filter { $0.first == "KC-001" && $0.last == "" }.count == 3)
        let errors = rows.filter { $0.first == "KC-002" }.map { $0.last ?? "" }
        #expect(errors == [
            "\(csv) row 3, column dateOfBirth: \"31/02/2018\" is not a day of the calendar (read as DD/MM/YYYY: 2018-02-31); check the day and month",
            "\(files.paid) row 5, column caseRef: case \"KC-002\" is not recomputed: its caseload row is faulty (\(errors.first ?? ""))",
        ])
    }

    @Test func cellsFromThePaymentsFileThatStartLikeAFormulaAreNeutralisedAndNegativeDifferencesAreNot() throws {
        let files = try Self.files()
        defer { try? FileManager.default.removeItem(atPath: files.directory) }
        _ = FileManager.default.createFile(atPath: files.paid, contents: Data(
            ("caseRef,periodFrom,periodTo,amount,table,effective\n"
             + "KC-002,2026-04-01,2026-04-07,300.00,=cmd|' /C calc'!A0,2026-04-01\n"
             + "@KC-3,2026-04-01,2026-04-07,1.00,,\n").utf8))
        let run = runTool(["arrears", "--paid", files.paid, "--caseload", files.caseload, "--rules", files.rules, "--csv"])
        #expect(run.status == 1)
        var reader = CSVReader(Array(run.out.utf8))
        var rows: [[String]] = []
        while let record = reader.next() { rows.append(record.fields) }
        // KC-002: the estimated rest-of-England 5–10 £201.00 against £300.00 paid: −99.00, a number with its sign.
        #expect(rows[1][0] == "KC-002" && rows[1][6] == "-99.00")
        #expect(rows[1][9] == "'=cmd|' /C calc'!A0 2026-04-01")
        // The unknown case's reference and its error cell both start with @: each gets the quote.
        #expect(rows[2][0] == "'@KC-3")
        #expect(rows[2].last?.hasPrefix(files.paid + " row 3, column caseRef: case \"@KC-3\"") == true)
        if let parsed = try PaymentRunTests.pythonRows(run.out) {
            #expect(parsed == JSONValue.array(rows.map { .array($0.map(JSONValue.string)) }))
        }
    }

    @Test func aCaseReferenceThePaymentRunNeutralisedIsReadBackAsItWas() {
        #expect(CSVWriter.restored(CSVWriter.neutralised("=K-1")) == "=K-1")
        #expect(CSVWriter.restored("'quoted") == "'quoted")
        #expect(CSVWriter.neutralised("K-1") == "K-1")
    }

    @Test func aMissingFileIsAnInputOutputFailure() {
        let run = runTool(["arrears", "--paid", "/nonexistent/paid.csv", "--caseload", "/nonexistent/cases.jsonl"])
        #expect(run.status == 4)
        #expect(run.err.contains("/nonexistent/paid.csv"))
    }

    @Test func theCSVReaderFollowsRFC4180() throws {
        let records = try CSVReader.records(Array("\u{FEFF}a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\n\r\nlast,\n".utf8), file: "t.csv")
        #expect(records.map(\.fields) == [["a", "b"], ["x, \"y\"", "two\nlines"], ["last", ""]])
        // Numbered as a spreadsheet numbers rows: a quoted line break stays inside its record, a blank record counts.
        #expect(records.map(\.line) == [1, 2, 4])
        #expect(throws: FinanceInputError.self) { try CSVReader.records(Array("a,\"open\n".utf8), file: "t.csv") }
    }

    @Test func theCSVWriterQuotesOnlyWhatNeedsIt() {
        #expect(CSVWriter.record(["plain", "a,b", "say \"hi\"", "two\nlines"]) == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n")
    }
}
