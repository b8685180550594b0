@testable import Entitlements
import Testing

/// A citation's escaped text is exactly what `JSONWriter` writes between the quotes.
@Suite struct CitationTests {
    @Test(arguments: ["", "GOV.UK", #"Review (2022): "An allowance should be provided""#, "back\\slash", "tab\there\nand\u{1}",
                      "11–15 band é ✓", String(repeating: "long source text ", count: 20)])
    func escapedAsJSONWriterEscapes(_ text: String) {
        var quoted: [UInt8] = []
        JSONWriter.write(.string(text), into: &quoted)
        let citation = Citation(text)
        #expect(citation.text == text)
        #expect([0x22] + citation.escaped + [0x22] == quoted)
    }

    @Test func ruleBookObjectsCiteTheirOwnSources() throws {
        guard case .success(let book) = RuleBook.builtIn else {
            Issue.record("no built-in rule book")
            return
        }
        for table in book.rateTables.values {
            #expect(table.citation.text == table.source, "\(table.id)")
            for row in table.rows.rows { #expect(row.citation.text == row.source, "\(table.id) \(row.region ?? "") \(row.effective)") }
        }
        for table in book.amountTables.values {
            for row in table.rows.rows { #expect(row.citation.text == row.source, "\(table.id) \(row.region ?? "") \(row.effective)") }
        }
        #expect(book.councils.citation.text == book.councils.source)
        #expect(book.councils.regionNoteCitation.text == book.councils.regionNote)
        for scheme in book.schemes {
            #expect(scheme.kinship.citation.text == scheme.kinship.source)
            #expect(scheme.leavingCareGrant.citation.text == scheme.leavingCareGrant.source)
            #expect(scheme.leavingCareGrant.indexationCitation.text == scheme.leavingCareGrant.note ?? scheme.leavingCareGrant.source)
            #expect(scheme.apprenticeshipBursary.citation.text == scheme.apprenticeshipBursary.source)
            for plan in scheme.apprenticeshipBursary.plans { #expect(plan.citation.text == plan.source) }
            #expect(scheme.stayingPut.citation.text == scheme.stayingPut.source)
            #expect(scheme.stayingClose.citation.text == scheme.stayingClose.source)
            #expect(scheme.prescription.citation.text == scheme.prescription.source)
            #expect(scheme.prescription.careLeaverCitation?.text == scheme.prescription.careLeaverSource)
        }
    }
}
