import Entitlements
@testable import EntitlementsProtocol
import Foundation
import TestSupport
import Testing

/// A whole MCP session, replayed byte for byte as the official MCP Python SDK (2.3.0) sent it to
/// `entitlements serve` (Tests/Fixtures/mcp/sdk-session.jsonl, recorded by mcp_client.py):
/// initialize, initialized, tools/list, a call of every tool, a failing call, ping.
@Suite struct MCPSessionTests {
    static let handler: RequestHandler? = {
        guard case .success(let book) = RuleBook.builtIn else { return nil }
        return RequestHandler(dispatcher: Dispatcher(ruleBook: book))
    }()

    /// The SDK's lines.
    static func session() throws -> [[UInt8]] {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/mcp/sdk-session.jsonl")
        let bytes = [UInt8](try Data(contentsOf: file))
        return bytes.split(separator: UInt8(ascii: "\n")).map(Array.init)
    }

    /// Each line's response, parsed (nil for a notification).
    static func replay() throws -> [(request: JSONValue, response: JSONValue?)] {
        let handler = try #require(handler)
        return try session().map { line in
            (try JSONParser.parse(line), handler.respond(toLine: line).flatMap { try? JSONParser.parse($0) })
        }
    }

    @Test func everyRequestIsAnsweredWithItsIdAndNotificationsAreNot() throws {
        let exchanges = try Self.replay()
        #expect(exchanges.count == 12)
        for exchange in exchanges {
            if let id = exchange.request["id"] {
                #expect(exchange.response?["id"] == id, "\(JSONWriter.string(exchange.request))")
                #expect(exchange.response?["error"] == nil, "\(JSONWriter.string(exchange.response ?? .null))")
            } else {
                #expect(exchange.response == nil, "a notification gets no answer")
            }
        }
    }

    @Test func initializeAgreesTheClientsVersionAndNamesTheServer() throws {
        let result = try #require(try Self.replay()[0].response?["result"])
        #expect(result["protocolVersion"] == .string("2025-11-25"))
        #expect(result["serverInfo"]?["name"] == .string("entitlements"))
        #expect(result["capabilities"]?["tools"]?["listChanged"] == .bool(false))
    }

    @Test func anOlderVersionIsAgreedAndAnUnknownOneGetsTheNewest() throws {
        let handler = try #require(Self.handler)
        for (asked, agreed) in [("2024-11-05", "2024-11-05"), ("2025-06-18", "2025-06-18"), ("1999-01-01", "2025-11-25")] {
            let line = #"{"jsonrpc":"2.0","id":"a","method":"initialize","params":{"protocolVersion":""# + asked + #""}}"#
            let response = try JSONParser.parse(try #require(handler.respond(toLine: Array(line.utf8))))
            #expect(response["result"]?["protocolVersion"] == .string(agreed))
        }
    }

    @Test func theToolsAreTheCalculationMethodsWithTheirSchemas() throws {
        let tools = try #require(try Self.replay()[2].response?["result"]?["tools"])
        guard case .array(let list) = tools else { Issue.record("tools is not an array"); return }
        #expect(list.map { $0["name"] } == Method.calculations.map { .string($0.rawValue) })
        for tool in list {
            #expect(tool["inputSchema"]?["type"] == .string("object"))
            #expect(tool["outputSchema"]?["type"] == .string("object"))
        }
    }

    @Test func everyToolCallGivesTextAndAResultThatFitsTheOutputSchema() throws {
        let exchanges = try Self.replay()
        for exchange in exchanges[3...9] {
            let result = try #require(exchange.response?["result"])
            #expect(result["isError"] == .bool(false))
            guard case .string(let name)? = exchange.request["params"]?["name"], let method = Method(rawValue: name) else {
                Issue.record("no tool name"); continue
            }
            let structured = try #require(result["structuredContent"])
            #expect(SchemaChecker.faults(structured, method.definition.resultSchema).isEmpty, "\(name)")
            guard case .array(let content)? = result["content"], case .string(let text)? = content.first?["text"] else {
                Issue.record("\(name): no text content"); continue
            }
            #expect(text.hasPrefix(name), "\(name): \(text)")
        }
    }

    @Test func aBadArgumentIsAnErrorResultNamingTheField() throws {
        let result = try #require(try Self.replay()[10].response?["result"])
        #expect(result["isError"] == .bool(true))
        #expect(result["structuredContent"]?["code"] == .number("-32602"))
        #expect(result["structuredContent"]?["data"]?["path"] == .string("/params/arguments/on"))
    }

    @Test func pingAnswersAnEmptyObject() throws {
        #expect(try Self.replay()[11].response?["result"] == .object([JSONMember]()))
    }

    @Test func anUnknownToolIsInvalidParamsWithTheRequestsId() throws {
        let handler = try #require(Self.handler)
        let line = #"{"jsonrpc":"2.0","id":41,"method":"tools/call","params":{"name":"kinship","arguments":{},"_meta":{"progressToken":1}}}"#
        let response = try JSONParser.parse(try #require(handler.respond(toLine: Array(line.utf8))))
        #expect(response["id"] == .number("41"))
        #expect(response["error"]?["code"] == .number("-32602"))
    }

    @Test func metaIsAcceptedAndIgnored() throws {
        let handler = try #require(Self.handler)
        let line = #"{"jsonrpc":"2.0","id":42,"method":"tools/call","params":{"name":"leavingCare.grant","arguments":{"on":"2025-06-01"},"_meta":{"progressToken":"t"}}}"#
        let response = try JSONParser.parse(try #require(handler.respond(toLine: Array(line.utf8))))
        #expect(response["result"]?["isError"] == .bool(false))
    }
}
