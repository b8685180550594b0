import Foundation
import Testing
@testable import Entitlements

/// The registry is the one list of entitlements: every rule-file kind, scheme slot and policy the
/// rule book holds comes from it, and each scheme's policies are the ones its file names.
@Suite struct EntitlementRegistryTests {
    let book: RuleBook

    init() throws {
        book = try RealRuleBook.get()
    }

    @Test func eachEntitlementHasItsOwnKindRuleFileKindAndSlots() {
        let kinds = EntitlementRegistry.all.map { $0.kind.id }
        #expect(Set(kinds).count == kinds.count)
        #expect(Set(EntitlementRegistry.ruleFileKinds).count == EntitlementRegistry.ruleFileKinds.count)
        #expect(Set(EntitlementRegistry.slots).count == EntitlementRegistry.slots.count)
        #expect(EntitlementKind.allCases == [.kinshipAllowance, .leavingCareGrant, .apprenticeshipBursary, .stayingPutFunding, .prescriptionExemption])
    }

    @Test func eachEntitlementFindsItselfInTheRegistry() {
        for (index, entitlement) in EntitlementRegistry.all.enumerated() {
            #expect(EntitlementRegistry.index(of: entitlement) == index)
        }
    }

    @Test func everySchemeInTheFileNamesAPolicyForEverySlotAndNothingElse() throws {
        let url = URL(fileURLWithPath: RuleFiles.directory).appendingPathComponent("schemes.json")
        let schemes = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        for case let scheme as [String: Any] in try #require(schemes["schemes"] as? [Any]) {
            let slots = Set(scheme.keys).subtracting(["id", "title", "source", "status", "inWords"])
            #expect(slots == Set(EntitlementRegistry.slots), "scheme \(scheme["id"] ?? "?")")
            let id = try #require(scheme["id"] as? String)
            let loaded = try #require(book.scheme(id))
            for (slot, id) in loaded.policyIDs {
                #expect(scheme[slot] as? String == id, "scheme \(loaded.id), slot \(slot)")
            }
        }
    }

    @Test func everyRuleFileOfAnEntitlementsKindIsReadByThatEntitlement() throws {
        let directory = URL(fileURLWithPath: RuleFiles.directory)
        var seen: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".json") {
            let file = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent(name))) as? [String: Any]
            if let kind = file?["kind"] as? String, EntitlementRegistry.ruleFileKinds.contains(kind) { seen.insert(kind) }
        }
        #expect(seen == Set(EntitlementRegistry.ruleFileKinds))
    }

    @Test func eachSchemeReadsBackThePolicyOfItsSlotTyped() throws {
        let statutory = try #require(book.scheme("england-statutory"))
        #expect(statutory.kinship.id == "kinship-england-statutory")
        #expect(statutory.leavingCareGrant.id == "grant-england-statutory")
        #expect(statutory.stayingPut.arrangement == "staying-put")
        #expect(statutory.stayingClose.arrangement == "staying-close")
    }
}
