import TestSupport
import Testing
@testable import Entitlements

/// Council names are matched in a normal form and codes in capitals; the byte-by-byte forms for
/// ASCII text are the same as the character-by-character forms for any text.
@Suite struct CouncilNameTests {
    @Test func everyRealNameNormalisesTheSameByteByByteAsCharacterByCharacter() throws {
        let book = try RealRuleBook.get()
        let names = book.councils.councils.flatMap { [$0.name, $0.code] + $0.aliases }
        #expect(names.count > 300)
        for name in names {
            #expect(CouncilDirectory.asciiNormalised(name) == CouncilDirectory.normalisedByCharacter(name), "\(name)")
        }
    }

    @Test func randomASCIITextNormalisesTheSameByteByByteAsCharacterByCharacter() {
        var random = SplitMix64(seed: 2032)
        let pieces = ["a", "Z", "q", "7", "0", " ", "  ", "-", "\t", "&", ",", ".", "'", "(", ")", "\r\n", "\n", "/", "St", "upon",
                      "City of", "&&", " & ", "--", "\u{7F}", "\u{1}"]
        for _ in 0..<5_000 {
            let text = (0..<random.below(12)).map { _ in random.pick(pieces) }.joined()
            #expect(CouncilDirectory.asciiNormalised(text) == CouncilDirectory.normalisedByCharacter(text), "\(text.debugDescription)")
        }
    }

    @Test func textThatIsNotASCIIIsLeftToTheCharacterByCharacterForm() {
        #expect(CouncilDirectory.asciiNormalised("Bromley\u{A0}") == nil)
        #expect(CouncilDirectory.normalised("Kingston upon Hull, City of") == "kingston upon hull city of")
        #expect(CouncilDirectory.normalised("Ealing\u{2019}s") == "ealings")
        #expect(CouncilDirectory.normalised("BATH & north-east  Somerset") == "bath and north east somerset")
    }

    @Test func codesInCapitalsByteByByteAreTheirUppercasedForm() throws {
        let book = try RealRuleBook.get()
        var random = SplitMix64(seed: 2033)
        let samples = book.councils.councils.map(\.code) + book.councils.formerCodes.map(\.code)
            + (0..<2_000).map { _ in String((0..<random.below(12)).map { _ in Character(UnicodeScalar(UInt8(random.below(128)))) }) }
        for text in samples + ["e09000007", "Straße", "ǆ"] {
            #expect(CouncilDirectory.capitals(text) == text.uppercased(), "\(text.debugDescription)")
        }
        #expect(book.councils.find(" e08000016 ").map { if case .former = $0 { true } else { false } } == true)
    }

    @Test func trimmingTakesOffWhiteSpaceCharactersAtEitherEndAndNothingElse() {
        var random = SplitMix64(seed: 2034)
        let pieces = ["a", "K", "7", " ", "\t", "\n", "\r\n", "\u{0B}", "\u{85}", "\u{A0}", "\u{2003}", "\u{301}", "\u{600}", ".", "\u{7F}", "é"]
        for _ in 0..<5_000 {
            let text = (0..<random.below(8)).map { _ in random.pick(pieces) }.joined()
            var expected = Substring(text)
            while expected.first?.isWhitespace == true { expected.removeFirst() }
            while expected.last?.isWhitespace == true { expected.removeLast() }
            #expect(text.trimmingSpaces() == String(expected), "\(text.debugDescription)")
        }
    }
}
