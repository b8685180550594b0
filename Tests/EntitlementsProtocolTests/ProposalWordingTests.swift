import Entitlements
import EntitlementsProtocol
import Foundation
import Testing

/// SPEC, "Honest about status": under a proposal a reason says what a person *would* get; it never
/// states an entitlement, a payment or an exemption as fact. Under the law and a pilot the reasons
/// state them plainly. Checked on the response to every golden request, as the program gives it now.
@Suite struct ProposalWordingTests {
    /// Phrases that state an entitlement as fact ("is paid", "are exempt", ": exempt until", "remains").
    static let statedAsFact = [
        "is entitled", "are entitled", "is paid ", "are paid ", "is paid.", "is exempt", "are exempt", ": exempt", ", exempt",
        "Exempt, so", "is funded", "are funded", "is due", "gets the", "gets a ", " remains.", " month cost nothing",
    ]

    /// How a monthly schedule divides a weekly amount: the schedule asked for, not an entitlement.
    static let scheduleRule = "Calendar months are paid in equal twelfths of 52 weeks"

    /// Each reason of a result under a scheme with `status`, in every golden response.
    static func reasons(status: String) throws -> [String] {
        let handler = try #require(GoldenTests.handler)
        var found: [String] = []
        func walk(_ value: JSONValue) {
            switch value {
            case .object(let members):
                if value["schemeStatus"] == .string(status), case .array(let reasons)? = value["reasons"] {
                    for reason in reasons { if case .string(let text)? = reason["text"] { found.append(text) } }
                }
                for member in members { walk(member.value) }
            case .array(let elements):
                for element in elements { walk(element) }
            default:
                break
            }
        }
        for golden in try GoldenCase.all() {
            guard let line = handler.respond(toLine: golden.requestLine) else { continue }
            walk(try JSONParser.parse(line))
        }
        return found
    }

    @Test func underAProposalNoReasonStatesAnEntitlementAsFact() throws {
        let reasons = try Self.reasons(status: "proposal")
        #expect(reasons.count > 200, "the golden cases under review-2022 give many reasons")
        for reason in reasons where !reason.hasPrefix(Self.scheduleRule) {
            for phrase in Self.statedAsFact {
                #expect(!reason.contains(phrase), "under a proposal: \"\(reason)\" says \"\(phrase)\"")
            }
        }
    }

    @Test func underAProposalTheReasonsSayWouldBe() throws {
        let reasons = try Self.reasons(status: "proposal")
        for phrase in ["would be paid", "would be exempt", "would be funded", "would have been", "would be for care leavers"] {
            #expect(reasons.contains { $0.contains(phrase) }, "no reason under a proposal says \"\(phrase)\"")
        }
    }

    /// The guard is not empty: the same phrases are found under the law, where they are the truth.
    @Test func underTheLawTheSamePhrasesStateTheEntitlement() throws {
        let reasons = try Self.reasons(status: "law")
        for phrase in ["is paid ", "are paid ", ": exempt", "is funded", "is due"] {
            #expect(reasons.contains { $0.contains(phrase) }, "no reason under the law says \"\(phrase)\"")
        }
    }
}
