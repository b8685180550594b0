import Entitlements
import Foundation

/// A case from `golden/`: its request (or raw request line) and expected response.
struct GoldenCase: Sendable, CustomStringConvertible {
    let name: String
    let root: JSONValue

    /// Every case, in file-name order.
    static func all() throws -> [GoldenCase] {
        let directory = Binary.repository.appendingPathComponent("golden")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
            return GoldenCase(name: String(name.dropLast(5)), root: try JSONParser.parse(bytes))
        }
    }

    /// The case named `name`.
    static func named(_ name: String) throws -> GoldenCase? {
        try all().first { $0.name == name }
    }

    /// The request line sent to the server, compact.
    var requestLine: String {
        if case .string(let raw)? = root["requestLine"] { return raw }
        return JSONWriter.string(root["request"] ?? .null)
    }

    /// The expected response line, compact, with the members `GoldenMask` masks holding its placeholder.
    var responseLine: String { JSONWriter.string(root["response"] ?? .null) }

    var description: String { name }
}
