import Entitlements
@testable import EntitlementsCLI
import Foundation
import Testing

/// The carer's statement and the care leaver's letter: well-formed, self-contained HTML holding the
/// figures worked by hand.
@Suite struct StatementTests {
    /// A London child born 3 September 2014, paid monthly by days through 2025-26, with names that must be escaped.
    static let carerCase = #"{"caseRef":"KC-2025-0142","payee":"Mrs Jo Smith & Mr Lee Smith","name":"Alex <b>Smith</b>","#
        + #""method":"kinship.allowance","params":{"dateOfBirth":"2014-09-03","region":"london","from":"2025-06-01","to":"2025-06-30","#
        + #""schedule":{"frequency":"monthly"}}}"#

    /// Writes a case file and returns its path.
    static func file(_ text: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("entitlements-case-\(UUID().uuidString).jsonl").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    @Test func theCarersStatementHoldsThePaymentsWorkedByHand() {
        let path = Self.file(Self.carerCase)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = runTool(["statement", "carer", "--case", path, "--year", "2025-26"])
        #expect(run.status == 0, "\(run.err)")
        #expect(HTMLChecker.faults(run.out) == [])
        #expect(run.out.contains("@page { size: A4"))
        let text = HTMLChecker.text(run.out)
        // The NMA London 2025-26 rates: £225.00 (5-10) to 2 September, £257.00 (11-15) from the 11th birthday.
        // April: 225 × 30 ÷ 7 = 964.2857… → £964.29; May: 225 × 31 ÷ 7 = 996.4285… → £996.43.
        // September: 225 × 2 ÷ 7 = 64.2857… → 64.29, plus 257 × 28 ÷ 7 = 1,028.00: £1,092.29.
        // October: 257 × 31 ÷ 7 = 1,138.1428… → £1,138.14; November 257 × 30 ÷ 7 → £1,101.43; February 257 × 4 = £1,028.00.
        // Year: 964.29 × 2 + 996.43 × 3 + 1,092.29 + 1,138.14 × 4 + 1,101.43 + 1,028.00 = £12,692.15.
        for expected in ["Annual payment statement 2025-26", "Paid to Mrs Jo Smith & Mr Lee Smith", "For Alex <b>Smith</b>",
                         "Case reference KC-2025-0142", "Period 1 April 2025 to 31 March 2026", "Total for the period: £12,692.15",
                         "Wednesday 30 April 2025 1 April 2025 to 30 April 2025 £964.29", "Saturday 31 May 2025 1 May 2025 to 31 May 2025 £996.43",
                         "Tuesday 30 September 2025 1 September 2025 to 30 September 2025 £1,092.29",
                         "Friday 31 October 2025 1 October 2025 to 31 October 2025 £1,138.14", "£1,101.43",
                         "Saturday 28 February 2026 1 February 2026 to 28 February 2026 £1,028.00",
                         // Rates used: 155 days at £225.00 (4,982.16 = the five months and 2 days), 210 days at £257.00.
                         "1 April 2025 2 September 2025 155 £225.00 aged 5–10", "3 September 2025 31 March 2026 210 £257.00 aged 11–15",
                         "£4,982.16", "£7,709.99", "Age 11 on 3 September 2025", "This is a proposal, not the law"] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        #expect(run.out.contains("Alex &lt;b&gt;Smith&lt;/b&gt;"))
        #expect(run.out.contains("Mrs Jo Smith &amp; Mr Lee Smith"))
        if case .success(let book) = RuleBook.builtIn { #expect(run.out.contains(book.revision)) }
    }

    @Test func theCareLeaversLetterHoldsTheGrantAndTheBursaryDates() {
        let path = Self.file(#"{"caseRef":"CL-0077","name":"Jordan O'Neill","method":"assess","params":{"scheme":"england-statutory","#
                             + #""dateOfBirth":"2006-03-15","on":"2025-10-01","region":"rest-of-england","careLeaver":true,"#
                             + #""apprenticeship":{"start":"2025-09-01","end":"2027-08-31"}}}"#)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = runTool(["statement", "letter", "--case", path])
        #expect(run.status == 0, "\(run.err)")
        #expect(HTMLChecker.faults(run.out) == [])
        let text = HTMLChecker.text(run.out)
        // The statutory grant is £3,000 for claims from 1 April 2023 (DfE). The statutory bursary for a start from
        // 1 August 2023 is three £1,000 instalments, 60, 120 and 300 days after the start (1 September 2025):
        // 1 Sep + 60 = 31 October 2025 (a Friday), + 120 = 30 December 2025, + 300 = 28 June 2026 (a Sunday).
        for expected in ["To Jordan O'Neill", "Case reference CL-0077", "Worked out on 1 October 2025",
                         "Leaving-care grant (setting-up-home allowance)", "Amount in 2025-26 £3,000.00",
                         "Friday 31 October 2025 £1,000.00 Tuesday 30 December 2025 £1,000.00 Sunday 28 June 2026 £1,000.00",
                         "the law and national guidance"] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        #expect(!text.contains("Kinship allowance"))
        #expect(run.out.contains("Jordan O&#39;Neill"))
    }

    @Test func theCheckerFindsFaults() {
        let page = "<!DOCTYPE html><html><body><p class=x>a</p><script>x</script><div></body></html>"
        let faults = HTMLChecker.faults(page)
        #expect(faults.contains("holds <script"))
        #expect(faults.contains { $0.hasPrefix("an unquoted attribute") })
        #expect(faults.contains { $0.hasPrefix("</body> closes div") })
    }

    @Test func aCaseloadOfSeveralNeedsARef() {
        let path = Self.file(Self.carerCase + "\n" + Self.carerCase.replacingOccurrences(of: "KC-2025-0142", with: "KC-2"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = runTool(["statement", "carer", "--case", path])
        #expect(run.status == 1)
        #expect(run.err.contains("holds 2 cases; give one, or choose it with --ref"))
        #expect(runTool(["statement", "carer", "--case", path, "--ref", "KC-2"]).status == 0)
    }

    @Test func aWrongKindIsAUsageError() {
        #expect(runTool(["statement", "invoice", "--case", "x.jsonl"]).status == 2)
    }
}
