import Testing
@testable import Entitlements

/// Spreadsheet spellings of councils and orders: accepted where they name one thing, refused otherwise.
@Suite struct CouncilAndOrderSpellingTests {
    func code(_ name: String) throws -> String? {
        guard case .council(let council)? = try RealRuleBook.get().councils.find(name) else { return nil }
        return council.code
    }

    @Test(arguments: [
        ("Kent County Council", "E10000016"), ("London Borough of Camden", "E09000007"), ("Camden Council", "E09000007"),
        ("Royal Borough of Greenwich", "E09000011"), ("Leeds City Council", "E08000035"), ("City of York Council", "E06000014"),
        ("Bristol City Council", "E06000023"), ("City of London", "E09000001"), ("KENT COUNTY COUNCIL", "E10000016"),
    ])
    func councilNamesWithTheWordsForCouncilAreFound(_ name: String, _ expected: String) throws {
        #expect(try code(name) == expected)
    }

    @Test(arguments: ["County Council", "Council", "London Borough of", "Kentish County Council", "City of Atlantis"])
    func wordsForCouncilAloneOrAnUnknownNameAreRefused(_ name: String) throws {
        #expect(try code(name) == nil)
    }

    @Test(arguments: [
        ("SGO", KinshipOrder.specialGuardianship), ("Special Guardianship Order", .specialGuardianship), ("special guardianship", .specialGuardianship),
        ("sgo", .specialGuardianship), ("CAO", .childArrangements), ("Child Arrangements Order", .childArrangements),
        ("Child Arrangements Order (lives with)", .childArrangements), ("\"Lives with\" child arrangements order", .childArrangements),
        ("Kinship foster care", .kinshipFosterCare), ("Family and friends foster care", .kinshipFosterCare),
        ("Informal", .informal), ("No order", .informal),
    ])
    func orderSpellingsAreRead(_ text: String, _ order: KinshipOrder) {
        #expect(KinshipOrder(spelling: text) == order)
    }

    @Test(arguments: ["Residence order", "foster care", "SG", "CA", "order", "", "guardianship"])
    func ambiguousOrUnknownOrdersAreRefused(_ text: String) {
        #expect(KinshipOrder(spelling: text) == nil)
    }
}
