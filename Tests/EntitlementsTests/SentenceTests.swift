@testable import Entitlements
import Testing

/// Sentences are written as bytes piece by piece; each kind of piece reads as it should.
@Suite struct SentenceTests {
    static func text(_ sentence: Sentence) -> String {
        String(decoding: sentence.utf8, as: UTF8.self)
    }

    @Test(arguments: [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"),
                      (18, "18th"), (21, "21st"), (22, "22nd"), (23, "23rd"), (25, "25th"), (101, "101st"), (111, "111th"),
                      (112, "112th"), (0, "0th")])
    func ordinals(_ number: Int, _ expected: String) {
        #expect(Self.text("the \(ordinal: number) birthday") == "the \(expected) birthday")
    }

    @Test(arguments: [0, 1, 99, 100, 123_456, 100_000_000, -1, -123_456_789, Int64.max, Int64.min + 1])
    func poundsOfEveryLengthFitTheBuffer(_ pence: Int64) {
        let amount = Money(pence: pence)
        #expect(Self.text("costs \(pounds: amount) a year") == "costs \(amount.formatted) a year")
    }

    @Test func poundsForPeople() {
        #expect(Self.text("\(pounds: Money(pence: 123_456))") == "£1,234.56")
        #expect(Self.text("\(pounds: Money(pence: -5))") == "-£0.05")
    }

    @Test func numbersDatesAndTextTogether() throws {
        let date = try #require(CalendarDate("2025-07-18"))
        #expect(Self.text("Age \(-16) on \(date), so \("the 16–17 band") applies.") == "Age -16 on 2025-07-18, so the 16–17 band applies.")
    }

    @Test func aPreparedSentenceIsEscapedOnceAndIsTheSameReason() {
        let said: Sentence = "Under \("the \"review\"") a carer would be paid \("11–15") rates."
        let prepared = said.prepared()
        #expect(prepared.utf8 == said.utf8)
        #expect(said.escaped == nil)
        #expect(prepared.escaped == Citation(Self.text(said)).escaped)
        #expect(String(decoding: prepared.escaped ?? [], as: UTF8.self) == #"Under the \"review\" a carer would be paid 11–15 rates."#)
        let citation = Citation("a source")
        #expect(Reason(rule: "r", sentence: prepared, citation: citation) == Reason(rule: "r", sentence: said, citation: citation))
    }
}
