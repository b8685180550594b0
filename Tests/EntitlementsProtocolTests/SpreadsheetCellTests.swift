import Entitlements
import Testing
@testable import EntitlementsProtocol

/// Every spreadsheet spelling a caseload cell may use, and those refused with the fix.
@Suite struct SpreadsheetCellTests {
    @Test(arguments: [("03/09/2014", "2014-09-03"), ("3/9/2014", "2014-09-03"), ("2014-09-03", "2014-09-03"),
                      ("29/02/2024", "2024-02-29"), ("31/12/2025", "2025-12-31")])
    func datesAreReadAsDayMonthYearOrISO(_ cell: String, _ iso: String) throws {
        #expect(try SpreadsheetCell.date(cell) == iso)
    }

    @Test(arguments: ["09/03/14", "2014/09/03", "3 September 2014", "31/02/2025", "29/02/2025", "13/13/2025", "03-09-2014", "1/2/3/2014", "2014-9-3"])
    func otherDatesAreRefusedWithTheFix(_ cell: String) {
        #expect(throws: SpreadsheetCell.Refusal.self) { try SpreadsheetCell.date(cell) }
        let message = refusal { try SpreadsheetCell.date(cell) }
        #expect(message.contains("DD/MM/YYYY") || message.contains("check the day and month"))
    }

    @Test(arguments: [("£1,234.50", "1234.50"), ("1,234.50", "1234.50"), ("1234.5", "1234.5"), ("£ 20", "20"),
                      ("£1,000,000.00", "1000000.00"), ("0.00", "0.00")])
    func moneyMayHaveAPoundSignAndThousandsCommas(_ cell: String, _ digits: String) throws {
        #expect(try SpreadsheetCell.money(cell) == digits)
    }

    @Test(arguments: ["1,23.00", "12,34", "£", "abc", "1.234,50", "£1,2345.00", "$5.00", ",100"])
    func otherAmountsAreRefused(_ cell: String) {
        #expect(refusal { try SpreadsheetCell.money(cell) }.contains("£1,234.50"))
    }

    @Test(arguments: [("TRUE", true), ("FALSE", false), ("Yes", true), ("no", false), ("Y", true), ("n", false), ("true", true)])
    func booleansAreTrueFalseOrYesNo(_ cell: String, _ value: Bool) throws {
        #expect(try SpreadsheetCell.bool(cell) == value)
    }

    @Test(arguments: ["1", "0", "maybe", "T"])
    func otherBooleansAreRefused(_ cell: String) {
        #expect(refusal { try SpreadsheetCell.bool(cell) }.contains("TRUE or FALSE"))
    }

    @Test(arguments: [("Rest of England", "rest-of-england"), ("South East", "south-east"), ("LONDON", "london"),
                      ("rest_of_england", "rest-of-england"), ("Four weekly", "four-weekly")])
    func choicesIgnoreCaseAndSpaces(_ cell: String, _ value: String) throws {
        #expect(try SpreadsheetCell.choice(cell, ["london", "south-east", "rest-of-england", "four-weekly"]) == value)
    }

    @Test func anUnknownChoiceListsTheChoices() {
        #expect(refusal { try SpreadsheetCell.choice("Wales", ["london", "south-east"]) } == "\"Wales\" is not one of: london, south-east")
    }

    @Test func theOrderCellAcceptsOrderNames() throws {
        let order = try #require(Method.kinshipAllowance.definition.param(.order))
        #expect(try SpreadsheetCell.value("Special Guardianship Order", for: order) == .string("special-guardianship"))
        #expect(try SpreadsheetCell.value("CAO", for: order) == .string("child-arrangements"))
        #expect(refusal { try SpreadsheetCell.value("Residence order", for: order) }.contains("SGO"))
    }

    @Test func listsAreSeparatedBySemicolonsOrCommas() throws {
        #expect(try SpreadsheetCell.value("a; b", for: Param(.benefits, .choices(["a", "b"]), help: "")) == .array([.string("a"), .string("b")]))
    }

    /// The refusal's message, or "" when the cell was accepted.
    func refusal(_ body: () throws -> Any) -> String {
        do { _ = try body() } catch { return (error as? SpreadsheetCell.Refusal)?.message ?? "" }
        return ""
    }
}
