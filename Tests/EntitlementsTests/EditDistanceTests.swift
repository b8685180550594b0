import Entitlements
import Testing

/// The one edit distance, behind the command line's "did you mean" and the council suggestions.
@Suite struct EditDistanceTests {
    @Test func anInsertionDeletionOrSubstitutionCostsOne() {
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("abc", "") == 3)
        #expect(EditDistance.between("from", "from") == 0)
        #expect(EditDistance.between("kinshp", "kinship") == 1)
        #expect(EditDistance.between("kinship", "kinshp") == 1)
        #expect(EditDistance.between("camdem", "camden") == 1)
        #expect(EditDistance.between("kitten", "sitting") == 3)
    }

    @Test func swappingTwoNeighboursCostsOne() {
        #expect(EditDistance.between("form", "from") == 1)
        #expect(EditDistance.between("knet", "kent") == 1)
        // Optimal string alignment: a swapped pair is not edited again, so "ca" → "abc" is 3, not 2.
        #expect(EditDistance.between("ca", "abc") == 3)
    }

    @Test func charactersAreComparedAsUnicodeScalars() {
        #expect(EditDistance.between("caf\u{E9}", "cafe") == 1)
        // "é" written as "e" and a combining accent is one scalar more than "e".
        #expect(EditDistance.between("cafe\u{301}", "cafe") == 1)
    }

    @Test func nearest() {
        #expect(EditDistance.nearest(to: "form", in: ["from", "to", "on"]) == "from")
        #expect(EditDistance.nearest(to: "allow", in: ["allow-estimated", "already-paid"]) == "allow-estimated")
        #expect(EditDistance.nearest(to: "xyz", in: ["from", "to"]) == nil)
        #expect(EditDistance.nearest(to: "", in: ["from"]) == nil)
        #expect(EditDistance.nearest(to: "a", in: ["ab", "ac"]) == "ab")
    }
}
