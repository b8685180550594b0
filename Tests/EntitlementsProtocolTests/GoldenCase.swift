import Entitlements
import EntitlementsProtocol
import Foundation

/// One golden case file: a request, hand-worked figures, workings and the expected response.
struct GoldenCase {
    let file: URL
    let root: JSONValue

    /// The repository's `golden/` directory.
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("golden")
    }

    /// Every case, in file-name order.
    static func all() throws -> [GoldenCase] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let url = directory.appendingPathComponent(name)
            let bytes = [UInt8](try Data(contentsOf: url))
            return GoldenCase(file: url, root: try JSONParser.parse(bytes))
        }
    }

    var name: String { file.deletingPathExtension().lastPathComponent }

    /// The line sent to the server.
    var requestLine: [UInt8] {
        if case .string(let raw)? = root["requestLine"] { return Array(raw.utf8) }
        var bytes: [UInt8] = []
        JSONWriter.write(root["request"] ?? .null, into: &bytes)
        return bytes
    }

    /// Writes the case back with `response` replaced, keeping member order, pretty-printed.
    func rewrite(response: JSONValue) throws {
        guard case .object(var members) = root else { return }
        if let index = members.firstIndex(where: { $0.key == "response" }) {
            members[index].value = response
        } else {
            members.append(JSONMember("response", response))
        }
        var text = ""
        PrettyJSON.write(.object(members), indent: "", into: &text)
        try Data((text + "\n").utf8).write(to: file)
    }
}

/// A readable, order-keeping JSON printer for golden files (compact arrays of scalars on one line).
enum PrettyJSON {
    static func write(_ value: JSONValue, indent: String, into text: inout String) {
        let inner = indent + "  "
        switch value {
        case .object(let members) where !members.isEmpty:
            text += "{\n"
            for (index, member) in members.enumerated() {
                text += inner + JSONWriter.string(.string(member.key)) + ": "
                write(member.value, indent: inner, into: &text)
                text += index == members.count - 1 ? "\n" : ",\n"
            }
            text += indent + "}"
        case .array(let elements) where !elements.isEmpty:
            text += "[\n"
            for (index, element) in elements.enumerated() {
                text += inner
                write(element, indent: inner, into: &text)
                text += index == elements.count - 1 ? "\n" : ",\n"
            }
            text += indent + "]"
        default:
            text += JSONWriter.string(value)
        }
    }
}

/// Where `expected` is not a subset of `actual`: the JSON pointers and what differs.
func subsetMismatches(_ expected: JSONValue, _ actual: JSONValue?, path: String = "") -> [String] {
    guard let actual else { return ["\(path): missing (expected \(JSONWriter.string(expected)))"] }
    switch (expected, actual) {
    case (.object(let members), .object):
        return members.flatMap { subsetMismatches($0.value, actual[$0.key], path: path + "/" + $0.key) }
    case (.array(let wanted), .array(let got)):
        guard wanted.count == got.count else {
            return ["\(path): \(got.count) elements, expected \(wanted.count)"]
        }
        return zip(wanted, got).enumerated().flatMap { subsetMismatches($1.0, $1.1, path: path + "/\($0)") }
    default:
        return expected == actual ? [] : ["\(path): got \(JSONWriter.string(actual)), expected \(JSONWriter.string(expected))"]
    }
}

/// A line-by-line diff of two pretty-printed values, `-` expected, `+` actual.
func lineDiff(expected: JSONValue, actual: JSONValue) -> String {
    var left = "", right = ""
    PrettyJSON.write(expected, indent: "", into: &left)
    PrettyJSON.write(actual, indent: "", into: &right)
    let a = left.split(separator: "\n", omittingEmptySubsequences: false)
    let b = right.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    var i = 0, j = 0
    while i < a.count || j < b.count {
        if i < a.count, j < b.count, a[i] == b[j] { i += 1; j += 1; continue }
        if i < a.count, !b[j...].contains(a[i]) { out.append("- " + a[i]); i += 1; continue }
        if j < b.count { out.append("+ " + b[j]); j += 1 } else { out.append("- " + a[i]); i += 1 }
        if out.count > 40 { out.append("…"); break }
    }
    return out.joined(separator: "\n")
}
