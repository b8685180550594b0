import Entitlements
import Foundation

/// The requests of the golden cases (`golden/*.json`): valid requests of every method and shape,
/// the seeds the fuzzer mutates.
enum GoldenRequests {
    /// One golden case's request: parsed (nil for a raw `requestLine` that is not JSON) and as a line.
    struct Seed: Sendable {
        let name: String
        let request: JSONValue?
        let line: [UInt8]
    }

    /// Every golden case's request, in file-name order.
    static let all: [Seed] = {
        let directory = Executable.repository.appendingPathComponent("golden")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        var seeds: [Seed] = []
        for name in names {
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path),
                  let golden = try? JSONParser.parse([UInt8](data)) else { continue }
            if let request = golden["request"] {
                var line: [UInt8] = []
                JSONWriter.write(request, into: &line)
                seeds.append(Seed(name: name, request: request, line: line))
            } else if case .string(let raw)? = golden["requestLine"] {
                seeds.append(Seed(name: name, request: try? JSONParser.parse(raw), line: Array(raw.utf8)))
            }
        }
        return seeds
    }()

    /// The golden responses (their revision, versions and engine masked, `GoldenMask`), for checking
    /// the invariant checker itself.
    static let responses: [(name: String, line: [UInt8], id: JSONValue, request: JSONValue?)] = {
        let directory = Executable.repository.appendingPathComponent("golden")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        var responses: [(name: String, line: [UInt8], id: JSONValue, request: JSONValue?)] = []
        for name in names {
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path),
                  let golden = try? JSONParser.parse([UInt8](data)), let response = golden["response"] else { continue }
            var line: [UInt8] = []
            JSONWriter.write(response, into: &line)
            responses.append((name, line, response["id"] ?? .null, golden["request"]))
        }
        return responses
    }()
}
