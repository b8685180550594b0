import Entitlements
@testable import EntitlementsCLI
import Testing

/// Options become protocol params, and protocol pointers lead back to options.
@Suite struct ParamsBuilderTests {
    func params(_ command: any EntitlementCommand.Type, _ arguments: [String]) throws -> String {
        let parsed = try ArgumentParser().parse(arguments, for: command.spec)
        return JSONWriter.string(ParamsBuilder.params(parsed, command.options))
    }

    @Test func kinshipWithScheduleAndMoney() throws {
        let json = try params(KinshipCommand.self, ["--dob", "2014-09-03", "--la", "Kent", "--from", "2025-04-01", "--to", "2025-04-30",
                                                    "--schedule", "weekly", "--anchor", "2025-03-31", "--already-paid", "£1,000",
                                                    "--allow-estimated", "--json"])
        #expect(json == #"{"allowEstimated":true,"alreadyPaid":"1000.00","dateOfBirth":"2014-09-03","from":"2025-04-01","#
                + #""localAuthority":"Kent","schedule":{"anchor":"2025-03-31","frequency":"weekly"},"to":"2025-04-30"}"#)
    }

    @Test func defaultsAreNotSent() throws {
        let json = try params(StayingPutCommand.self, ["--dob", "2004-01-01", "--region", "london", "--from", "2025-04-01", "--to", "2025-04-30"])
        #expect(!json.contains("weeklyContribution"))
    }

    @Test func flagsSetConstants() throws {
        #expect(try params(StayingPutCommand.self, ["--close", "--weekly-rate", "200", "--dob", "2004-01-01", "--region", "london",
                                                    "--from", "2025-04-01", "--to", "2025-04-30"])
                .contains(#""arrangement":"staying-close""#))
        #expect(try params(GrantCommand.self, ["--on", "2025-06-01", "--not-care-leaver"]) == #"{"careLeaver":false,"on":"2025-06-01"}"#)
    }

    @Test func repeatedBenefitsBecomeAnArrayAndItemsANumber() throws {
        let json = try params(PrescriptionCommand.self, ["--dob", "1980-01-20", "--on", "2025-10-01", "--benefit", "hc2",
                                                         "--benefit", "income-support", "--items-per-month", "2", "--inpatient"])
        #expect(json == #"{"benefits":["hc2","income-support"],"dateOfBirth":"1980-01-20","itemsPerMonth":2,"nhsInpatient":true,"on":"2025-10-01"}"#)
    }

    @Test func assessNestsTheApprenticeship() throws {
        let json = try params(AssessCommand.self, ["--dob", "2006-03-15", "--on", "2025-10-01", "--apprenticeship-start", "2025-09-01",
                                                   "--apprenticeship-end", "2027-08-31"])
        #expect(json.contains(#""apprenticeship":{"end":"2027-08-31","start":"2025-09-01"}"#))
    }

    @Test func pointersLeadBackToOptions() {
        let options = KinshipCommand.options
        #expect(ParamsBuilder.option(forPointer: "/params/dateOfBirth", under: "/params", in: options) == "--dob")
        #expect(ParamsBuilder.option(forPointer: "/params/schedule/anchor", under: "/params", in: options) == "--anchor")
        #expect(ParamsBuilder.option(forPointer: "/params/schedule", under: "/params", in: options) == "--schedule")
        #expect(ParamsBuilder.option(forPointer: "/params/localAuthority", under: "/params", in: options) == "--la")
        #expect(ParamsBuilder.option(forPointer: "/params/params/to", under: "/params/params", in: options) == "--to")
        #expect(ParamsBuilder.option(forPointer: "/params/nothing", under: "/params", in: options) == nil)
        #expect(ParamsBuilder.option(forPointer: "/params", under: "/params", in: options) == nil)
        #expect(ParamsBuilder.option(forPointer: "/params/benefits/1", under: "/params", in: PrescriptionCommand.options) == "--benefit")
    }
}
