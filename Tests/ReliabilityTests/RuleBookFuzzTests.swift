import Entitlements
import EntitlementsProtocol
import Foundation
import TestSupport
import Testing

/// A seeded fuzz over the real rule files (`rules/*.json`): bytes flipped, cut, inserted; values
/// replaced by other types, huge or negative numbers, money with three decimals, impossible or
/// reordered or repeated dates, members removed or added, deep nesting. The loader must never crash:
/// every case yields a `RuleBook` or a `RuleBookError` naming one of the files (with a JSON pointer).
/// A mutated book that does load must then answer requests without an internal error, since a rule
/// book that is wrong must fail at load, never mid-stream.
///
/// The one-rule-per-test checks of each validation are in EntitlementsTests/RuleBookFaultTests.swift;
/// this is the random sweep. CI runs 1,000 cases (a debug build loads about 90 books a second);
/// `RULEBOOK_FUZZ_CASES=5000` makes a longer run, and `RULEBOOK_FUZZ_SEED` another one.
struct RuleBookFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let cases = environment["RULEBOOK_FUZZ_CASES"].flatMap { Int($0) } ?? 1_000
    static let seed = environment["RULEBOOK_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_251_123

    /// The real rule files, by name.
    static let files: [(name: String, bytes: [UInt8])] = {
        let directory = Executable.repository.appendingPathComponent("rules")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        return names.compactMap { name in
            FileManager.default.contents(atPath: directory.appendingPathComponent(name).path).map { (name, [UInt8]($0)) }
        }
    }()

    /// A few requests that touch every table, answered by each mutated book that loads.
    static let probes: [JSONValue] = [
        #"{"jsonrpc":"2.0","id":1,"method":"kinship.allowance","params":{"dateOfBirth":"2010-01-01","localAuthority":"Kent","from":"2023-04-01","to":"2026-06-30","allowEstimated":true,"schedule":{"frequency":"four-weekly"},"alreadyPaid":"5.00"}}"#,
        #"{"jsonrpc":"2.0","id":2,"method":"leavingCare.grant","params":{"on":"2026-06-01","allowEstimated":true}}"#,
        #"{"jsonrpc":"2.0","id":3,"method":"apprenticeship.bursary","params":{"dateOfBirth":"2005-01-15","start":"2023-09-01","end":"2026-08-31"}}"#,
        #"{"jsonrpc":"2.0","id":4,"method":"compare","params":{"method":"stayingPut.funding","params":{"dateOfBirth":"2006-05-01","region":"south-east","from":"2024-05-01","to":"2027-04-30","allowEstimated":true}}}"#,
        #"{"jsonrpc":"2.0","id":5,"method":"assess","params":{"dateOfBirth":"2007-03-01","on":"2025-06-01","localAuthority":"E09000007","itemsPerMonth":3,"benefits":["hc2"]}}"#,
        #"{"jsonrpc":"2.0","id":6,"method":"rules.describe"}"#,
    ].compactMap { try? JSONParser.parse($0) }

    @Test func theRealRuleFilesLoad() throws {
        #expect(Self.files.count >= 5)
        _ = try RuleBook.load(files: Self.files)
    }

    @Test func mutatedRuleBooksLoadOrFailNamingAFile() throws {
        var random = SplitMix64(seed: Self.seed)
        let names = Set(Self.files.map(\.name))
        var loaded = 0, refused = 0, problems = 0
        for index in 0..<Self.cases {
            var files = Self.files
            let target = random.below(files.count)
            let original = files[target].bytes
            files[target].bytes = random.chance(40) ? Self.mutateBytes(original, &random) : Self.mutateValue(original, &random)
            if random.chance(5) {
                let other = random.below(files.count)
                files[other].bytes = Self.mutateValue(files[other].bytes, &random)
            }
            let what = "case \(index) (RULEBOOK_FUZZ_SEED=\(Self.seed)), \(files[target].name)"
            do {
                let book = try RuleBook.load(files: files)
                loaded += 1
                // Every fourth book that loads answers the probes (the loads are what is fuzzed).
                guard loaded % 4 == 1 else { continue }
                let handler = RequestHandler(dispatcher: Dispatcher(ruleBook: book))
                for probe in Self.probes {
                    guard let response = handler.generalResponse(to: probe) else { continue }
                    var line: [UInt8] = []
                    JSONWriter.write(response, into: &line)
                    for problem in ResponseInvariants.problems(line[...], expectedID: probe["id"] ?? .null, request: probe) {
                        problems += 1
                        if problems < 20 { Issue.record("\(what): a loaded book answered badly: \(problem)") }
                    }
                }
            } catch {
                refused += 1
                if !names.contains(error.file) || error.message.isEmpty || !(error.path.isEmpty || error.path.hasPrefix("/")) {
                    problems += 1
                    if problems < 20 { Issue.record("\(what): the error does not name a file and pointer: \(error)") }
                }
            }
        }
        print("rule-book fuzz: \(Self.cases) cases, \(loaded) loaded, \(refused) refused, \(problems) problems (seed \(Self.seed))")
        #expect(problems == 0)
        #expect(refused > Self.cases / 2)
        #expect(loaded > 0)
    }

    // MARK: Mutations

    static func mutateBytes(_ input: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var bytes = input
        guard !bytes.isEmpty else { return [random.byte()] }
        switch random.below(6) {
        case 0:
            for _ in 0..<random.int(in: 1...3) { bytes[random.below(bytes.count)] ^= UInt8(1) << UInt8(random.below(8)) }
        case 1:
            bytes = Array(bytes.prefix(random.below(bytes.count)))
        case 2:
            let start = random.below(bytes.count)
            bytes.removeSubrange(start..<min(bytes.count, start + random.int(in: 1...30)))
        case 3:
            bytes.insert(contentsOf: random.pick([[0x00], [0xFF], [0xEF, 0xBB, 0xBF], Array(",".utf8), Array("]".utf8), Array("\"".utf8)]),
                         at: random.below(bytes.count + 1))
        case 4:
            // A digit changed: a rate, a date, a percentage.
            let digits = bytes.indices.filter { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }
            if !digits.isEmpty { bytes[random.pick(digits)] = UInt8(0x30 + random.below(10)) }
        default:
            bytes = [0xEF, 0xBB, 0xBF] + bytes
        }
        return bytes
    }

    static func mutateValue(_ bytes: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        guard let root = try? JSONParser.parse(bytes) else { return mutateBytes(bytes, &random) }
        var paths: [[String]] = []
        collect(root, [], into: &paths)
        guard !paths.isEmpty else { return bytes }
        let path = random.pick(paths)
        let current = value(root, path[...]) ?? .null
        var changed: JSONValue
        switch random.below(12) {
        case 0: changed = replacing(root, path[...], random.pick([.null, .bool(true), .number("1"), .string("x"), .array([]), .object([])]))
        case 1: changed = replacing(root, path[...], nil)
        case 2: changed = replacing(root, path.dropLast() + ["unexpected"], .string("x"))
        case 3: changed = replacing(root, path[...], .number(random.pick(["-1", "1e400", "99999999999999999999999", "0.001", "-0", "1.5"])))
        case 4: changed = replacing(root, path[...], .string(random.pick(["-1.00", "1.234", "1e5", "99999999999999999999.00", "0.00",
                                                                        "1000000000.01", "", "NaN", "191"])))
        case 5: changed = replacing(root, path[...], .string(random.pick(["2025-02-30", "0000-01-01", "9999-12-31", "2025-4-1",
                                                                        "2030-04-01", "2019-04-01", "1900-01-01", "2025-03-31"])))
        case 6:
            // Two elements of an array swapped (dates out of order), or one repeated (a duplicate date).
            if case .array(var elements) = current, elements.count >= 2 {
                let i = random.below(elements.count), j = random.below(elements.count)
                if random.chance(50) { elements.swapAt(i, j) } else { elements.insert(elements[i], at: j) }
                changed = replacing(root, path[...], .array(elements))
            } else {
                changed = replacing(root, path[...], .array([current, current]))
            }
        case 7:
            var deep = JSONValue.number("1")
            for _ in 0..<random.int(in: 10...80) { deep = .array([deep]) }
            changed = replacing(root, path[...], deep)
        case 8: changed = replacing(root, path[...], .string(String(repeating: "x", count: random.int(in: 100...100_000))))
        case 9:
            if case .array(let elements) = current { changed = replacing(root, path[...], .array(Array(elements.prefix(random.below(elements.count + 1))))) }
            else { changed = replacing(root, path[...], .array([])) }
        case 10:
            // A string value changed by one character (a region, band or scheme name misspelt).
            if case .string(let text) = current, !text.isEmpty { changed = replacing(root, path[...], .string(String(text.dropLast()))) }
            else { changed = replacing(root, path[...], .string("rest-of-england")) }
        default:
            if case .object(let members) = current, members.count >= 1 {
                changed = replacing(root, path[...], .object(members + [members[random.below(members.count)]]))
            } else {
                changed = replacing(root, path[...], .number(String(random.int(in: -5...200))))
            }
        }
        var out: [UInt8] = []
        JSONWriter.write(changed, into: &out)
        return out
    }

    static func collect(_ value: JSONValue, _ prefix: [String], into paths: inout [[String]]) {
        switch value {
        case .object(let members):
            for member in members {
                paths.append(prefix + [member.key])
                collect(member.value, prefix + [member.key], into: &paths)
            }
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                paths.append(prefix + [String(index)])
                collect(element, prefix + [String(index)], into: &paths)
            }
        default:
            break
        }
    }

    static func value(_ value: JSONValue, _ path: ArraySlice<String>) -> JSONValue? {
        guard let step = path.first else { return value }
        switch value {
        case .object: return value[step].flatMap { Self.value($0, path.dropFirst()) }
        case .array(let elements):
            guard let index = Int(step), index < elements.count else { return nil }
            return Self.value(elements[index], path.dropFirst())
        default: return nil
        }
    }

    static func replacing(_ value: JSONValue, _ path: ArraySlice<String>, _ new: JSONValue?) -> JSONValue {
        guard let step = path.first else { return new ?? .null }
        switch value {
        case .object(var members):
            if let index = members.firstIndex(where: { $0.key == step }) {
                if path.count == 1, new == nil { members.remove(at: index) }
                else { members[index].value = replacing(members[index].value, path.dropFirst(), new) }
            } else if path.count == 1, let new {
                members.append(JSONMember(step, new))
            }
            return .object(members)
        case .array(var elements):
            guard let index = Int(step), index < elements.count else { return value }
            if path.count == 1, new == nil { elements.remove(at: index) }
            else { elements[index] = replacing(elements[index], path.dropFirst(), new) }
            return .array(elements)
        default:
            return value
        }
    }
}
