import Entitlements
@testable import EntitlementsProtocol
import Foundation
import TestSupport
import Testing

/// What the method definitions cannot derive is held here: every method is registered once, the
/// fast path accepts exactly the general path's keys, golden requests and results fit the schemas
/// the definitions generate, and the schemas refuse what the decoders refuse.
@Suite struct MethodDefinitionTests {
    @Test func everyMethodHasExactlyOneDefinition() {
        for method in Method.allCases {
            #expect(MethodRegistry.definitions.filter { $0.method == method }.count == 1, "\(method.rawValue)")
        }
        #expect(MethodRegistry.definitions.count == Method.allCases.count)
    }

    @Test func theEntitlementMethodsAreTheOnesWithARequestDecoder() {
        #expect(MethodRegistry.entitlements.map(\.method) == Method.entitlements)
    }

    @Test func eachEntitlementIsComputedByExactlyOneMethodAndEachEntitlementMethodNamesItsKind() {
        for kind in EntitlementKind.allCases {
            let computing = MethodRegistry.definitions.filter { $0.kind == kind }.map(\.method)
            #expect(computing.count == 1, "\(kind) is computed by \(computing)")
            #expect(Method(kind).map { $0.kind == kind } == true)
        }
        #expect(Method.entitlements.allSatisfy { $0.kind != nil })
        #expect(Method.allCases.filter { $0.kind == nil } == [.assess, .compare, .rulesDescribe, .rpcDiscover])
    }

    @Test func aMethodNamesEachKeyOnce() {
        for definition in MethodRegistry.definitions {
            let keys = definition.params.map(\.key)
            #expect(Set(keys).count == keys.count, "\(definition.method.rawValue) repeats a key")
        }
    }

    @Test func theFastPathAcceptsTheGeneralPathsKeys() {
        for entry in FastPath.methods where entry.method != .compare {
            let general = Set(Params.allowed(entry.method))
            let fast = Set(ParamKey.allCases.filter { entry.keys.contains($0) }.map(\.name))
            #expect(general == fast, "\(entry.method.rawValue)")
        }
        #expect(FastPath.methods.map(\.method) == Method.calculations, "every method that computes")
    }

    @Test func defaultsAreJSONOfTheParamsType() throws {
        for definition in MethodRegistry.definitions {
            for param in definition.params {
                guard let text = param.defaultValue else { continue }
                let value = try JSONParser.parse(Array(text.utf8))
                #expect(SchemaChecker.faults(value, ParamsSchema.type(param.type)).isEmpty,
                        "\(definition.method.rawValue).\(param.key.name) default \(text)")
            }
        }
    }

    @Test func everyGoldenRequestFitsItsParamsSchema() throws {
        for golden in try GoldenCase.all() {
            guard let request = golden.root["request"], case .string(let name)? = request["method"],
                  let method = Method(rawValue: name), let params = request["params"] else { continue }
            // A golden case about a params error sends params the schema refuses, on purpose.
            let refused = golden.root["response"]?["error"]?["code"] == .number("-32602")
            let faults = SchemaChecker.faults(params, method.definition.paramsSchema)
            if refused { continue }
            #expect(faults.isEmpty, "\(golden.name): \(faults)")
            if method == .compare, case .string(let inner)? = params["method"], let compared = Method(rawValue: inner),
               let innerParams = params["params"] {
                let innerFaults = SchemaChecker.faults(innerParams, compared.definition.paramsSchema)
                #expect(innerFaults.isEmpty, "\(golden.name) compared params: \(innerFaults)")
            }
        }
    }

    @Test func everyGoldenResultFitsItsResultSchema() throws {
        var checked = 0
        for golden in try GoldenCase.all() {
            guard case .string(let name)? = golden.root["request"]?["method"], let method = Method(rawValue: name),
                  let result = golden.root["response"]?["result"] else { continue }
            let faults = SchemaChecker.faults(result, method.definition.resultSchema)
            #expect(faults.isEmpty, "\(golden.name): \(faults)")
            checked += 1
        }
        #expect(checked > 50)
    }

    @Test func theParamsSchemaRefusesWhatTheDecoderRefuses() throws {
        let schema = Method.kinshipAllowance.definition.paramsSchema
        let valid = try JSONParser.parse(Array(#"{"dateOfBirth":"2014-09-03","from":"2025-04-01","to":"2026-03-31","region":"london"}"#.utf8))
        #expect(SchemaChecker.faults(valid, schema).isEmpty)
        for bad in [#"{"from":"2025-04-01","to":"2026-03-31","region":"london"}"#,
                    #"{"dob":"2014-09-03","dateOfBirth":"2014-09-03","from":"2025-04-01","to":"2026-03-31"}"#,
                    #"{"dateOfBirth":"2014-09-03","from":"2025-04-01","to":"2026-03-31","order":"fostering"}"#,
                    #"{"dateOfBirth":"2014-09-03","from":"2025-04-01","to":"2026-03-31","alreadyPaid":"1.234"}"#,
                    #"{"dateOfBirth":"2014-09-03","from":"2025-04-01","to":"2026-03-31","schedule":{"anchor":"2025-04-01"}}"#] {
            let params = try JSONParser.parse(Array(bad.utf8))
            #expect(!SchemaChecker.faults(params, schema).isEmpty, "schema accepts \(bad)")
            #expect(throws: FieldError.self, "decoder accepts \(bad)") {
                let object = try JSONField(params, path: "/params").object(allowed: Params.allowed(.kinshipAllowance))
                _ = try Params.request(.kinshipAllowance, object)
            }
        }
    }

    @Test func theSchemaCheckerRefusesAKeywordItDoesNotKnow() {
        #expect(!SchemaChecker.faults(.string("x"), .object(["maxLength": .number("3")])).isEmpty)
    }
}
