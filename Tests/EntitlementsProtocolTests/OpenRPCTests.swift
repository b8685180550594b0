import Entitlements
@testable import EntitlementsProtocol
import Foundation
import Testing

/// `rpc.discover` returns the OpenRPC document generated from the method definitions, and
/// `docs/openrpc.json` is that document (`OPENRPC_UPDATE=1 swift test --filter OpenRPC` rewrites it).
@Suite struct OpenRPCTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/openrpc.json")

    static func discover() throws -> JSONValue {
        guard case .success(let book) = RuleBook.builtIn else { throw CocoaError(.fileReadCorruptFile) }
        let handler = RequestHandler(dispatcher: Dispatcher(ruleBook: book))
        let line = Array(#"{"jsonrpc":"2.0","id":1,"method":"rpc.discover"}"#.utf8)
        let response = try JSONParser.parse(try #require(handler.respond(toLine: line)))
        return try #require(response["result"])
    }

    @Test func docsOpenRPCIsWhatRpcDiscoverReturns() throws {
        let document = try Self.discover()
        if ProcessInfo.processInfo.environment["OPENRPC_UPDATE"] == "1" {
            var text = ""
            PrettyJSON.write(document, indent: "", into: &text)
            try Data((text + "\n").utf8).write(to: Self.file)
        }
        let committed = try JSONParser.parse([UInt8](try Data(contentsOf: Self.file)))
        #expect(JSONWriter.string(committed) == JSONWriter.string(document),
                "docs/openrpc.json is stale: run OPENRPC_UPDATE=1 swift test --filter OpenRPC")
    }

    @Test func everyMethodButDiscoveryIsDescribedWithItsParamsAndResult() throws {
        let document = try Self.discover()
        #expect(document["openrpc"] == .string("1.3.2"))
        guard case .array(let methods)? = document["methods"] else { Issue.record("no methods"); return }
        let names = methods.compactMap { if case .string(let name)? = $0["name"] { name } else { nil } }
        #expect(names == Method.allCases.filter { $0 != .rpcDiscover }.map(\.rawValue))
        for method in methods {
            guard case .string(let name)? = method["name"], let known = Method(rawValue: name),
                  case .array(let params)? = method["params"] else { Issue.record("bad method"); continue }
            #expect(params.map { $0["name"] } == known.definition.params.map { .string($0.key.name) })
            let same = method["result"]?["schema"].map(JSONWriter.string) == JSONWriter.string(known.definition.resultSchema)
            #expect(same, "\(name): the result schema is not the definition's")
        }
    }

    @Test func everyErrorReferenceResolves() throws {
        let document = try Self.discover()
        guard case .array(let methods)? = document["methods"] else { return }
        for method in methods {
            guard case .array(let errors)? = method["errors"] else { continue }
            for error in errors {
                guard case .string(let reference)? = error["$ref"] else { Issue.record("error without $ref"); continue }
                let name = String(reference.dropFirst("#/components/errors/".count))
                #expect(document["components"]?["errors"]?[name]?["code"] != nil, "\(reference)")
            }
        }
    }
}
