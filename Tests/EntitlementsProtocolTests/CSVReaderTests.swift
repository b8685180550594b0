import Entitlements
import Testing
@testable import EntitlementsProtocol

/// RFC 4180 as spreadsheets write it: quoted fields holding commas, quotes and line breaks, a
/// byte-order mark, CRLF, LF or CR line endings; and what cannot be read is a fault of its record.
@Suite struct CSVReaderTests {
    func records(_ text: String) -> [CSVReader.Record] {
        records(Array(text.utf8))
    }

    func records(_ bytes: [UInt8]) -> [CSVReader.Record] {
        var reader = CSVReader(bytes)
        var all: [CSVReader.Record] = []
        while let record = reader.next() { all.append(record) }
        return all
    }

    @Test func fieldsAreSeparatedByCommasAndRecordsByCRLF() {
        let read = records("a,b,c\r\n1,2,3\r\n")
        #expect(read.map(\.fields) == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(read.map(\.number) == [1, 2])
        #expect(read.allSatisfy { $0.fault == nil })
    }

    @Test func lineFeedsAndLoneCarriageReturnsEndRecordsToo() {
        #expect(records("a,b\n1,2\n").map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(records("a,b\r1,2").map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func theLastRecordNeedNotEndInALineBreak() {
        #expect(records("a,b\r\n1,2").map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func aByteOrderMarkBeforeTheHeaderIsSkipped() {
        #expect(records([0xEF, 0xBB, 0xBF] + Array("caseRef,from\r\n".utf8)).first?.fields == ["caseRef", "from"])
    }

    @Test func quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() {
        let read = records("\"Smith, Jane\",\"CC \"\"12\"\"\",\"two\r\nlines\",\"\"\r\nnext,row,,\r\n")
        #expect(read.map(\.fields) == [["Smith, Jane", "CC \"12\"", "two\r\nlines", ""], ["next", "row", "", ""]])
        // A record's number counts records, as a spreadsheet numbers rows, not lines.
        #expect(read.map(\.number) == [1, 2])
    }

    @Test func emptyFieldsAreKept() {
        #expect(records(",,\r\n").first?.fields == ["", "", ""])
    }

    @Test func aQuoteInsideAnUnquotedFieldIsText() {
        #expect(records("5\" tall,x\r\n").first?.fields == ["5\" tall", "x"])
    }

    @Test func aQuotedFieldWithNoClosingQuoteIsAFault() {
        let read = records("a,\"never closed\r\nb,c\r\n")
        #expect(read.count == 1)
        #expect(read.first?.fault?.contains("no closing quote") == true)
    }

    @Test func textAfterAClosingQuoteIsAFaultOfThatRecordOnly() {
        let read = records("\"a\"b,c\r\nd,e\r\n")
        #expect(read.first?.fault?.contains("text follows the closing quote of column 1") == true)
        #expect(read.last?.fields == ["d", "e"])
        #expect(read.last?.fault == nil)
    }

    @Test func bytesThatAreNotUTF8AreAFault() {
        let read = records(Array("a,".utf8) + [0xE9] + Array("\r\n".utf8))
        #expect(read.first?.fault?.contains("CSV UTF-8") == true)
    }

    @Test func theWriterQuotesWhatMustBeQuotedAndTheReaderReadsItBack() {
        let fields = ["plain", "Smith, Jane", "CC \"12\"", "two\nlines", " padded ", "", "£1,234.50", "Zoë"]
        var writer = CSVWriter()
        writer.record(fields)
        #expect(String(decoding: writer.bytes, as: UTF8.self)
                == "plain,\"Smith, Jane\",\"CC \"\"12\"\"\",\"two\nlines\",\" padded \",,\"£1,234.50\",Zoë\r\n")
        #expect(records(writer.bytes).map(\.fields) == [fields])
    }

    @Test(arguments: [(Int64(0), ",0.00"), (5, ",0.05"), (99, ",0.99"), (100, ",1.00"), (123_456, ",1234.56"), (-9_900, ",-99.00"),
                      (100_000_000_000, ",1000000000.00")])
    func amountsAreWrittenWithTwoDecimalsAndTheirSign(_ pence: Int64, _ written: String) {
        var writer = CSVWriter()
        writer.money(Money(pence: pence))
        #expect(String(decoding: writer.bytes, as: UTF8.self) == written)
    }

    @Test func datesAreWrittenAsISO() {
        var writer = CSVWriter()
        for date in [CalendarDate(year: 2026, month: 4, day: 1), CalendarDate(year: 987, month: 12, day: 31), nil] { writer.date(date) }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == ",2026-04-01,0987-12-31,")
    }
}
