import Entitlements
import EntitlementsProtocol
import Foundation
import TestSupport
import Testing

/// `docs/protocol.md` shows real requests and responses: every ```json example names its golden case
/// on the line above and must be, byte for byte, that case's request line and response line, but for
/// the rule-book revision and version and engine version, which the document shows as the program
/// prints them and the golden files mask (`GoldenMask`).
/// `PROTOCOL_DOC_UPDATE=1` rewrites the examples from the golden cases, with the built-in values.
@Suite struct ProtocolDocTests {
    /// One example block: the golden case it names and the lines inside the fence.
    struct Example {
        let golden: String?
        let lines: [String]
        /// The index of the first line inside the fence.
        let start: Int
    }

    static let document = Binary.repository.appendingPathComponent("docs/protocol.md")

    /// The ```json blocks of the document, each with the golden case named just before it.
    static func examples(_ lines: [String]) -> [Example] {
        var examples: [Example] = []
        var named: String?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if let range = line.range(of: #"golden/[a-z0-9-]+\.json"#, options: .regularExpression) {
                named = String(line[range].dropFirst("golden/".count).dropLast(".json".count))
            }
            if line == "```json" {
                let start = index + 1
                var end = start
                while end < lines.count, lines[end] != "```" { end += 1 }
                examples.append(Example(golden: named, lines: Array(lines[start..<min(end, lines.count)]), start: start))
                named = nil
                index = end
            }
            index += 1
        }
        return examples
    }

    static func documentLines() throws -> [String] {
        String(decoding: try Data(contentsOf: document), as: UTF8.self).components(separatedBy: "\n")
    }

    @Test func everyExampleIsItsGoldenCase() throws {
        var lines = try Self.documentLines()
        let examples = Self.examples(lines)
        #expect(examples.count >= 15)
        let update = ProcessInfo.processInfo.environment["PROTOCOL_DOC_UPDATE"] == "1"
        let book = try RuleBook.builtIn.get()
        for example in examples.reversed() {
            let name = try #require(example.golden, "a ```json block at line \(example.start) names no golden case above it")
            let golden = try #require(try GoldenCase.named(name), "no golden case \(name)")
            if update {
                let response = GoldenMask.unmasked(golden.root["response"] ?? .null, revision: book.revision,
                                                   version: book.version, engine: Engine.version)
                let expected = [golden.requestLine, JSONWriter.string(response)]
                lines.replaceSubrange(example.start..<(example.start + example.lines.count), with: expected)
            } else {
                #expect(example.lines.count == 2, "\(name): an example is two lines, request then response")
                #expect(example.lines.first == golden.requestLine, "\(name): the request differs from the golden case")
                #expect(example.lines.last.map { GoldenMask.masked(line: $0) } == golden.responseLine,
                        "\(name): the response differs from the golden case")
            }
        }
        if update { try Data(lines.joined(separator: "\n").utf8).write(to: Self.document) }
    }

    @Test func everyMethodAndErrorCodeHasAnExample() throws {
        let examples = Self.examples(try Self.documentLines())
        var methods = Set<String>()
        var codes = Set<String>()
        for example in examples {
            guard let request = example.lines.first, let response = example.lines.last else { continue }
            if case .string(let method)? = try? JSONParser.parse(request)["method"] { methods.insert(method) }
            if case .number(let code)? = try? JSONParser.parse(response)["error"]?["code"] { codes.insert(code) }
        }
        // The methods that describe have no golden case: the document shows them abridged, outside a json block.
        let documented = Set(Method.calculations.map(\.rawValue))
        #expect(documented.isSubset(of: methods), "methods without an example: \(documented.subtracting(methods).sorted())")
        #expect(Set(["-32700", "-32600", "-32601", "-32602", "-32001", "-32002"]).isSubset(of: codes))
    }

    @Test func everyMethodHasASection() throws {
        let text = try Self.documentLines().joined(separator: "\n")
        for method in Method.allCases { #expect(text.contains("### `\(method.rawValue)`"), "\(method.rawValue)") }
    }
}
