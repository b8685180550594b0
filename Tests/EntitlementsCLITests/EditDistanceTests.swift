import EntitlementsCLI
import Testing

/// Suggestions for mistyped words.
@Suite struct EditDistanceTests {
    @Test func distances() {
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("abc", "") == 3)
        #expect(EditDistance.between("from", "from") == 0)
        #expect(EditDistance.between("form", "from") == 1)
        #expect(EditDistance.between("kinshp", "kinship") == 1)
        #expect(EditDistance.between("kitten", "sitting") == 3)
    }

    @Test func nearest() {
        #expect(EditDistance.nearest(to: "form", in: ["from", "to", "on"]) == "from")
        #expect(EditDistance.nearest(to: "allow", in: ["allow-estimated", "already-paid"]) == "allow-estimated")
        #expect(EditDistance.nearest(to: "xyz", in: ["from", "to"]) == nil)
        #expect(EditDistance.nearest(to: "", in: ["from"]) == nil)
        #expect(EditDistance.nearest(to: "a", in: ["ab", "ac"]) == "ab")
    }
}
