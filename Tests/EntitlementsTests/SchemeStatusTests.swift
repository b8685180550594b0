import Testing
@testable import Entitlements

/// Each scheme says whether it is the law, a pilot or a proposal; the status is rule data, read strictly.
@Suite struct SchemeStatusTests {
    let book: RuleBook

    init() throws {
        book = try RealRuleBook.get()
    }

    @Test func theStatuteIsTheLawThePilotAPilotAndTheReviewAProposal() throws {
        #expect(try #require(book.scheme("england-statutory")).status == .law)
        #expect(try #require(book.scheme("kinship-pilot-2026")).status == .pilot)
        #expect(try #require(book.scheme("review-2022")).status == .proposal)
    }

    @Test func theReviewIsCalledAProposalNotTheLawInWords() throws {
        let review = try #require(book.scheme("review-2022"))
        #expect(review.inWords == "the Independent Review's recommendations (a proposal, not the law)")
    }

    @Test func thePilotsWordsNameEachOfItsCouncils() throws {
        let pilot = try #require(book.scheme("kinship-pilot-2026"))
        let councils = try #require(pilot.kinship.pilot).councils
        #expect(councils.count == 7)
        for code in councils {
            let name = try #require(book.councils.council(code: code)?.name)
            #expect(pilot.inWords.contains(name), "the pilot's words do not name \(name)")
        }
    }

    @Test func anUnknownStatusFailsAtLoadNamingFileAndPath() throws {
        var files = try RuleFiles.real()
        try files.edit("schemes.json") { try $0.replace("/schemes/0/status", with: .string("enacted")) }
        #expect(files.loadFailure() == RuleBookError(
            file: "schemes.json", path: "/schemes/0/status",
            message: "\"enacted\" is not accepted; use one of: law, pilot, proposal"))
    }

    @Test func aSchemeWithoutAStatusFailsAtLoad() throws {
        var files = try RuleFiles.real()
        try files.edit("schemes.json") { try $0.remove("/schemes/1/status") }
        #expect(files.loadFailure()?.path == "/schemes/1/status")
        #expect(files.loadFailure()?.file == "schemes.json")
    }

    @Test func aSchemeIdIsDataSoARenamedPilotSchemeStillPaysThePilot() throws {
        var files = try RuleFiles.real()
        try files.edit("schemes.json") { try $0.replace("/schemes/2/id", with: .string("kinship-pilot-renamed")) }
        let renamed = try files.load()
        let engine = Engine(ruleBook: renamed)
        let request = KinshipRequest(
            dateOfBirth: try date("2015-11-20"), period: try days("2026-10-01", "2026-12-31"),
            place: Place(localAuthority: "Bexley"), order: .specialGuardianship, allowEstimated: true)
        let result = try engine.kinshipAllowance(request, scheme: try engine.scheme(named: "kinship-pilot-renamed"))
        #expect(result.total == Money(pence: 327_343))
    }
}
