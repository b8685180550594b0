import Testing
@testable import Entitlements

/// The national grounds on the dates they exist: the tax-credit certificate ground ends with tax
/// credits (5 April 2025); the under-20 dependant ground is a ground of its own; the benefits, their
/// names and end dates come from the rule book; a 29 February birthday is said to be a reading.
@Suite struct PrescriptionGroundTests {
    let engine: Engine

    init() throws {
        engine = Engine(ruleBook: try RealRuleBook.get())
    }

    func exemption(born: String, on: String, scheme: String = "england-statutory", in engine: Engine? = nil,
                   _ change: (inout PrescriptionRequest) -> Void = { _ in }) throws -> PrescriptionResult {
        let engine = engine ?? self.engine
        var request = PrescriptionRequest(dateOfBirth: try date(born), on: try date(on))
        change(&request)
        return try engine.prescriptionExemption(request, scheme: try engine.scheme(named: scheme))
    }

    @Test func theTaxCreditCertificateGroundLastsToThe5thOfApril2025AndNoLonger() throws {
        let lastDay = try exemption(born: "1990-03-01", on: "2025-04-05") { $0.benefits = ["tax-credit-exemption"] }
        #expect(lastDay.grounds == [ExemptionGround(ground: "tax-credit-exemption", until: try date("2025-04-05"))])
        let after = try exemption(born: "1990-03-01", on: "2025-04-06") { $0.benefits = ["tax-credit-exemption"] }
        #expect(!after.exempt)
        #expect(after.explanation.reasons.contains { $0.text.contains("ended on 2025-04-05") && $0.text.contains("still in date") })
    }

    @Test func otherBenefitsHaveNoEndDate() throws {
        let result = try exemption(born: "1990-03-01", on: "2025-06-01") { $0.benefits = ["hc2", "income-support"] }
        #expect(result.grounds.map(\.ground) == ["income-support", "hc2"])
        #expect(result.grounds.allSatisfy { $0.until == nil })
    }

    @Test func aDependantUnder20OfSomeoneOnAQualifyingBenefitIsExemptUntilTheDayBeforeThe20thBirthday() throws {
        let result = try exemption(born: "2006-08-15", on: "2025-10-01") { $0.dependantOfBenefits = ["income-support"] }
        #expect(result.grounds == [ExemptionGround(ground: "under-20-dependant", until: try date("2026-08-14"))])
        let at20 = try exemption(born: "2006-08-15", on: "2026-08-15") { $0.dependantOfBenefits = ["income-support"] }
        #expect(!at20.exempt)
    }

    @Test func beingTheDependantOfAnHC2HolderIsNotTheDependantGround() throws {
        let result = try exemption(born: "2006-08-15", on: "2025-10-01") { $0.dependantOfBenefits = ["hc2"] }
        #expect(!result.exempt)
    }

    @Test func theDependantAgeIsRuleData() throws {
        var files = try RuleFiles.real()
        try files.edit("prescription.json") { try $0.replace("/policies/1/dependantUnderAge", with: .number("19")) }
        let edited = Engine(ruleBook: try files.load())
        let result = try exemption(born: "2006-08-15", on: "2025-10-01", in: edited) { $0.dependantOfBenefits = ["income-support"] }
        #expect(!result.exempt)
    }

    @Test func theWordsARequestMayGiveAreTheRuleBooksBenefits() throws {
        var files = try RuleFiles.real()
        try files.edit("prescription.json") {
            try $0.replace("/benefits/4/id", with: .string("universal-credit"))
            try $0.remove("/benefits/6")
        }
        let edited = Engine(ruleBook: try files.load())
        let renamed = try exemption(born: "1990-03-01", on: "2025-06-01", in: edited) { $0.benefits = ["universal-credit"] }
        #expect(renamed.grounds.map(\.ground) == ["universal-credit"])
        #expect(throws: CalculationError.invalid(
            field: "benefits/0",
            message: "\"tax-credit-exemption\" is not accepted; use one of: income-support, income-related-esa, income-based-jsa, pension-credit-guarantee, universal-credit, hc2")) {
            _ = try exemption(born: "1990-03-01", on: "2025-06-01", in: edited) { $0.benefits = ["tax-credit-exemption"] }
        }
    }

    @Test func anUnknownBenefitIsRefusedNamingItsPlaceWithTheNearestWordAndEveryWord() throws {
        #expect(throws: CalculationError.invalid(
            field: "dependantOfBenefits/1",
            message: "\"income-suport\" is not accepted; did you mean \"income-support\"? use one of: income-support, income-related-esa, income-based-jsa, pension-credit-guarantee, universal-credit-qualifying, hc2, tax-credit-exemption")) {
            _ = try exemption(born: "2006-08-15", on: "2025-10-01") { $0.dependantOfBenefits = ["hc2", "income-suport"] }
        }
    }

    @Test func aBenefitGivenTwiceOrNamedAsAnotherGroundFailsAtLoad() throws {
        var twice = try RuleFiles.real()
        try twice.edit("prescription.json") { try $0.replace("/benefits/1/id", with: .string("income-support")) }
        #expect(twice.loadFailure() == RuleBookError(file: "prescription.json", path: "/benefits/1/id", message: "income-support is given twice"))
        var ground = try RuleFiles.real()
        try ground.edit("prescription.json") { try $0.replace("/benefits/0/id", with: .string("care-leaver")) }
        #expect(ground.loadFailure()?.path == "/benefits/0/id")
        var spaced = try RuleFiles.real()
        try spaced.edit("prescription.json") { try $0.replace("/benefits/0/id", with: .string("Income Support")) }
        #expect(spaced.loadFailure()?.path == "/benefits/0/id")
    }

    @Test func aGroundInWordsTakesItsAgesFromThePolicyAndABenefitsNameFromTheRuleBook() throws {
        let policy = try #require(engine.ruleBook.scheme("england-statutory")).prescription
        #expect(policy.words(forGround: "under-16") == "aged under 16")
        #expect(policy.words(forGround: "full-time-education") == "aged 16 to 18 and in full-time education")
        #expect(policy.words(forGround: "aged-60-or-over") == "aged 60 or over")
        #expect(policy.words(forGround: "under-20-dependant") == "under 20 and the dependant of someone getting a qualifying benefit")
        #expect(policy.words(forGround: "income-support") == "Income Support")
        var files = try RuleFiles.real()
        try files.edit("prescription.json") {
            try $0.replace("/policies/1/underAge", with: .number("15"))
            try $0.replace("/policies/1/educationUntilAge", with: .number("20"))
            try $0.replace("/policies/1/olderFromAge", with: .number("66"))
        }
        let edited = try #require(try files.load().scheme("england-statutory")).prescription
        #expect(edited.words(forGround: "under-16") == "aged under 15")
        #expect(edited.words(forGround: "full-time-education") == "aged 16 to 19 and in full-time education")
        #expect(edited.words(forGround: "aged-60-or-over") == "aged 66 or over")
    }

    @Test func aRuleBookWithNoBenefitsFailsAtLoad() throws {
        var files = try RuleFiles.real()
        try files.edit("prescription.json") { try $0.replace("/benefits", with: .array([])) }
        #expect(files.loadFailure()?.path == "/benefits")
    }

    @Test func a29FebruaryBirthdaySaysTheDateIsAReadingOfTheLaw() throws {
        let result = try exemption(born: "2008-02-29", on: "2027-02-28") { $0.fullTimeEducation = true }
        #expect(result.grounds == [ExemptionGround(ground: "full-time-education", until: try date("2027-02-28"))])
        #expect(result.explanation.reasons.contains { $0.rule == "birthday-29-february" && $0.text.contains("a reading of the law") })
        let ordinary = try exemption(born: "2008-03-01", on: "2027-02-28") { $0.fullTimeEducation = true }
        #expect(!ordinary.explanation.reasons.contains { $0.rule == "birthday-29-february" })
    }

    @Test func the2026To27ChargesAreSourcedToTheWrittenMinisterialStatement() throws {
        let result = try exemption(born: "1990-03-01", on: "2026-06-01")
        #expect(result.chargePerItem == (try money("9.90")))
        #expect(result.explanation.reasons.contains { $0.rule == "prescription-charges" && $0.source.contains("HCWS1091") })
    }
}
