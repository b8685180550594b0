import Entitlements
@testable import EntitlementsProtocol
import Testing

/// The qualifying benefits are the rule book's words: a request is checked against the rule book it
/// runs with, and what must be known before any rule book is loaded (the JSON Schema's enum, the
/// command line's choices) is the built-in rule book's list, never a second list in Swift.
@Suite struct BenefitWordsTests {
    @Test func theSchemasWordsAreTheBuiltInRuleBooksBenefitsInItsOrder() throws {
        guard case .success(let book) = RuleBook.builtIn else { Issue.record("no built-in rule book"); return }
        let words = book.defaultScheme.prescription.benefitWords
        #expect(words.count == 7)
        #expect(PrescriptionExemptionMethod.builtInBenefits == words)
        for key in [ParamKey.benefits, .dependantOfBenefits] {
            let param = try #require(Method.prescriptionExemption.definition.param(key))
            guard case .choices(let listed) = param.type else { Issue.record("\(key.name) is not a list of words"); continue }
            #expect(listed == words, "\(key.name)")
        }
    }

    @Test func everySchemeReadsTheSameBenefits() throws {
        guard case .success(let book) = RuleBook.builtIn else { Issue.record("no built-in rule book"); return }
        for scheme in book.schemes {
            #expect(scheme.prescription.benefitWords == book.defaultScheme.prescription.benefitWords, "\(scheme.id)")
        }
    }
}
