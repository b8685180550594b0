import TestSupport
import Entitlements

/// Mutated request lines made from the golden requests, the same for the same seed on every run.
///
/// Each line starts from a golden request and gets one kind of change:
/// - semantic (30%): other valid-looking dates, amounts, regions, orders, schedules, ids, so that
///   many lines still compute a result whose sums can be checked;
/// - structural (25%): a value of another type, two fields swapped, a field removed or added (an
///   unknown or duplicate key), a huge value (a long string or number, deep nesting, a long array), a
///   changed method, `jsonrpc` or `id`;
/// - bytes (37%): bit flips, special bytes, truncation, deletion, duplication, insertion, splicing
///   two requests, a byte-order mark, a NUL, a batch wrapper;
/// - garbage (8%): random bytes, whitespace, bare JSON scalars.
/// No line contains a newline byte (a newline would make two lines).
struct Mutator {
    private var random: SplitMix64
    private let seeds: [GoldenRequests.Seed]

    init(seed: UInt64, seeds: [GoldenRequests.Seed] = GoldenRequests.all) {
        random = SplitMix64(seed: seed)
        self.seeds = seeds
    }

    static let regions = ["london", "south-east", "rest-of-england"]
    static let councils = ["E09000007", "Camden", "kent", "Kingston upon Hull, City of", "E10000016", "E06000010", "hull", "Nowhere"]
    static let orders = ["special-guardianship", "child-arrangements", "kinship-foster-care", "informal"]
    static let arrangements = ["staying-put", "staying-close"]
    static let frequencies = ["weekly", "fortnightly", "four-weekly", "monthly"]
    static let schemes = ["review-2022", "england-statutory"]
    static let methods = ["kinship.allowance", "leavingCare.grant", "apprenticeship.bursary", "stayingPut.funding",
                          "prescription.exemption", "assess", "compare", "rules.describe"]
    static let benefits = ["income-support", "income-related-esa", "income-based-jsa", "pension-credit-guarantee",
                           "universal-credit-qualifying", "hc2", "tax-credit-exemption"]
    static let oddDates = ["2025-02-30", "0000-01-01", "99999-01-01", "2024-02-29", "2023-02-29", "0001-01-01", "9999-12-31",
                           "2025-13-01", "2025-04-31", "2025-4-1", "", "2025-04-01T00:00:00Z", " 2025-04-01", "2025/04/01"]
    static let oddMoney: [JSONValue] = [
        .string("1.234"), .number("1.234"), .string("1e5"), .number("1e5"), .number("1E2"), .string("-1.00"), .number("-1"),
        .string("99999999999999999999999999"), .number("99999999999999999999999999"), .string("1000000000.01"),
        .string("1000000000.00"), .string("0.00"), .string("-0.00"), .string("1,000.00"), .string("£5"), .string(""),
        .string(" 5"), .string("0x10"), .string("NaN"), .string("Infinity"), .number("0.1"), .number("5"), .string("00.50"),
    ]
    static let oddNumbers = ["0", "-0", "-1", "1.5", "1e3", "1E-7", "12345678901234567890", "-9223372036854775809",
                             "9223372036854775807", "0.000000001"]
    static let oddStrings = ["", " ", "x", "null", "2025-02-30", "E09000007", "london ", "LONDON", "\u{0}", "\u{FEFF}",
                             "é", "e\u{301}", "\u{1F600}", "../../etc/passwd", "$HOME", "%s%n", "\\u0000"]
    static let oddKeys = ["form", "Region", "dateofbirth", "", "__proto__", "params", "id", "jsonrpc", "from ", "\u{0}", "é"]
    static let specialBytes: [UInt8] = [0x00, 0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x3A, 0x2C, 0xFF, 0xC0, 0xC1, 0xED, 0xEF,
                                        0xBB, 0xBF, 0x80, 0xF4, 0xF5, 0x09, 0x0D, 0x20, 0x30, 0x39, 0x2D, 0x2E, 0x65, 0x75]

    /// The next line; `index` gives the id most lines carry, so responses can be told apart.
    mutating func line(_ index: Int) -> [UInt8] {
        let seed = random.pick(seeds)
        var bytes: [UInt8]
        let kind = random.below(100)
        if let request = seed.request, kind < 55 {
            var value = withID(request, index)
            if kind < 30 {
                value = semantic(value)
            } else {
                value = structural(value)
                if random.chance(20) { value = structural(value) }
            }
            bytes = encode(value)
            if kind >= 30, random.chance(10) { bytes = duplicateKey(bytes) }
        } else if kind < 92 {
            bytes = seed.request.map { encode(withID($0, index)) } ?? seed.line
            bytes = byteLevel(bytes)
            if random.chance(25) { bytes = byteLevel(bytes) }
        } else {
            bytes = garbage()
        }
        for position in bytes.indices where bytes[position] == 0x0A { bytes[position] = 0x20 }
        return bytes
    }

    // MARK: Semantic changes

    private mutating func withID(_ request: JSONValue, _ index: Int) -> JSONValue {
        switch random.below(10) {
        case 0..<7: return Self.setting(request, "id", .number(String(index)))
        case 7, 8: return Self.setting(request, "id", .string("f\(index)"))
        default: return request
        }
    }

    /// Other plausible values for the params' dates, amounts and choices.
    private mutating func semantic(_ request: JSONValue) -> JSONValue {
        guard let params = request["params"] else { return request }
        var changed = mutateLeaves(params, key: nil)
        if random.chance(30), case .string(let method)? = request["method"],
           method == "kinship.allowance" || method == "stayingPut.funding" {
            var schedule: [JSONMember] = [JSONMember("frequency", .string(random.pick(Self.frequencies)))]
            if random.chance(50) { schedule.append(JSONMember("anchor", .string(randomDate(1990...2030)))) }
            changed = Self.setting(changed, "schedule", .object(schedule))
        }
        if random.chance(20), case .string(let method)? = request["method"],
           ["kinship.allowance", "stayingPut.funding", "leavingCare.grant"].contains(method) {
            changed = Self.setting(changed, "alreadyPaid", randomMoney())
        }
        changed = orderPeriod(changed)
        return Self.setting(request, "params", changed)
    }

    /// Keeps most periods the right way round and a few years long at most, so most still compute.
    private mutating func orderPeriod(_ params: JSONValue) -> JSONValue {
        guard case .string(let fromText)? = params["from"], let from = CalendarDate(fromText),
              case .string? = params["to"], random.chance(85) else { return params }
        let to = from.adding(days: random.below(random.chance(20) ? 4000 : 800)) ?? from
        return Self.setting(params, "to", .string(to.isoText))
    }

    private mutating func mutateLeaves(_ value: JSONValue, key: String?) -> JSONValue {
        switch value {
        case .object(let members):
            return .object(members.map { JSONMember($0.key, mutateLeaves($0.value, key: $0.key)) })
        case .array(let elements):
            if key == "benefits" {
                return .array((0..<random.below(4)).map { _ in .string(random.pick(Self.benefits)) })
            }
            return .array(elements.map { mutateLeaves($0, key: key) })
        default:
            guard random.chance(40), let key else { return value }
            return replacement(for: key, value)
        }
    }

    private mutating func replacement(for key: String, _ value: JSONValue) -> JSONValue {
        switch key {
        case "dateOfBirth": return .string(random.chance(5) ? random.pick(Self.oddDates) : randomDate(1995...2025))
        case "from", "to", "on", "start", "end", "anchor":
            return .string(random.chance(5) ? random.pick(Self.oddDates) : randomDate(2017...2028))
        case "alreadyPaid", "weeklyContribution", "weeklyRate": return random.chance(10) ? random.pick(Self.oddMoney) : randomMoney()
        case "region": return .string(random.pick(Self.regions))
        case "localAuthority": return .string(random.pick(Self.councils))
        case "order": return .string(random.pick(Self.orders))
        case "arrangement": return .string(random.pick(Self.arrangements))
        case "frequency": return .string(random.pick(Self.frequencies))
        case "scheme": return .string(random.pick(Self.schemes))
        case "method": return .string(random.pick(Self.methods))
        case "itemsPerMonth": return .number(String(random.int(in: 0...20)))
        default:
            if case .bool(let flag) = value { return .bool(!flag) }
            return value
        }
    }

    private mutating func randomDate(_ years: ClosedRange<Int>) -> String {
        let year = random.int(in: years), month = random.int(in: 1...12)
        let day = random.int(in: 1...CalendarDate.daysIn(month: month, year: year))
        return CalendarDate(year: year, month: month, day: day)?.isoText ?? "2025-04-01"
    }

    private mutating func randomMoney() -> JSONValue {
        let pence = random.below(random.chance(10) ? 100_000_000 : 1_000_000)
        let text = "\(pence / 100).\(pence % 100 < 10 ? "0" : "")\(pence % 100)"
        if random.chance(20), pence % 100 == 0 { return .number(String(pence / 100)) }
        return random.chance(15) ? .number(text) : .string(text)
    }

    // MARK: Structural changes

    private enum Step: Equatable {
        case key(String)
        case index(Int)
    }

    private mutating func structural(_ request: JSONValue) -> JSONValue {
        var paths: [[Step]] = []
        Self.collect(request, prefix: [], into: &paths)
        guard !paths.isEmpty else { return request }
        let path = random.pick(paths)
        switch random.below(10) {
        case 0, 1: // another type
            return Self.replacing(request, at: path[...], with: randomValue())
        case 2: // remove
            return Self.replacing(request, at: path[...], with: nil)
        case 3: // an unknown key beside it
            return Self.replacing(request, at: (path.dropLast() + [.key(random.pick(Self.oddKeys))])[...], with: randomValue())
        case 4: // swap two values
            let other = random.pick(paths)
            guard let first = Self.value(request, at: path[...]), let second = Self.value(request, at: other[...]) else { return request }
            return Self.replacing(Self.replacing(request, at: path[...], with: second), at: other[...], with: first)
        case 5: // huge
            return Self.replacing(request, at: path[...], with: hugeValue())
        case 6:
            return Self.setting(request, "method", random.chance(80) ? .string(random.pick(Self.methods)) : randomValue())
        case 7:
            return random.chance(50) ? Self.removing(request, "jsonrpc") : Self.setting(request, "jsonrpc", randomValue())
        case 8:
            return random.chance(50) ? Self.removing(request, "id") : Self.setting(request, "id", randomValue())
        default: // an odd value where a date, amount or name goes
            if case .key(let key)? = path.last, ["alreadyPaid", "weeklyContribution", "weeklyRate"].contains(key) {
                return Self.replacing(request, at: path[...], with: random.pick(Self.oddMoney))
            }
            return Self.replacing(request, at: path[...], with: .string(random.chance(50) ? random.pick(Self.oddDates) : random.pick(Self.oddStrings)))
        }
    }

    private mutating func randomValue() -> JSONValue {
        switch random.below(7) {
        case 0: return .null
        case 1: return .bool(random.chance(50))
        case 2: return .number(random.pick(Self.oddNumbers))
        case 3: return .string(random.pick(Self.oddStrings))
        case 4: return .array(random.chance(50) ? [] : [.string("2025-04-01"), .number("1")])
        case 5: return .object(random.chance(50) ? [] : [JSONMember("frequency", .string("weekly"))])
        default: return .string(random.pick(Self.oddDates))
        }
    }

    private mutating func hugeValue() -> JSONValue {
        switch random.below(5) {
        case 0: return .string(String(repeating: "x", count: random.int(in: 1_000...200_000)))
        case 1: return .number(String(repeating: "9", count: random.int(in: 20...20_000)))
        case 2:
            var value = JSONValue.number("1")
            for _ in 0..<random.int(in: 55...70) { value = .array([value]) }
            return value
        case 3: return .array(Array(repeating: .number("0"), count: random.int(in: 1_000...30_000)))
        default: return .object((0..<random.int(in: 20...2_000)).map { JSONMember("k\($0)", .null) })
        }
    }

    private static func collect(_ value: JSONValue, prefix: [Step], into paths: inout [[Step]]) {
        switch value {
        case .object(let members):
            for member in members {
                let path = prefix + [.key(member.key)]
                paths.append(path)
                collect(member.value, prefix: path, into: &paths)
            }
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                let path = prefix + [.index(index)]
                paths.append(path)
                collect(element, prefix: path, into: &paths)
            }
        default:
            break
        }
    }

    private static func value(_ value: JSONValue, at path: ArraySlice<Step>) -> JSONValue? {
        guard let first = path.first else { return value }
        switch (value, first) {
        case (.object, .key(let key)): return value[key].flatMap { Self.value($0, at: path.dropFirst()) }
        case (.array(let elements), .index(let index)) where index < elements.count:
            return Self.value(elements[index], at: path.dropFirst())
        default: return nil
        }
    }

    /// `value` with the node at `path` replaced (or removed, for nil; added when it is a new key).
    private static func replacing(_ value: JSONValue, at path: ArraySlice<Step>, with new: JSONValue?) -> JSONValue {
        guard let first = path.first else { return new ?? .null }
        switch (value, first) {
        case (.object(var members), .key(let key)):
            if let index = members.firstIndex(where: { $0.key == key }) {
                if path.count == 1, new == nil {
                    members.remove(at: index)
                } else {
                    members[index].value = replacing(members[index].value, at: path.dropFirst(), with: new)
                }
            } else if path.count == 1, let new {
                members.append(JSONMember(key, new))
            }
            return .object(members)
        case (.array(var elements), .index(let index)) where index < elements.count:
            if path.count == 1, new == nil {
                elements.remove(at: index)
            } else {
                elements[index] = replacing(elements[index], at: path.dropFirst(), with: new)
            }
            return .array(elements)
        default:
            return value
        }
    }

    private static func setting(_ value: JSONValue, _ key: String, _ new: JSONValue) -> JSONValue {
        replacing(value, at: [Step.key(key)][...], with: new)
    }

    private static func removing(_ value: JSONValue, _ key: String) -> JSONValue {
        replacing(value, at: [Step.key(key)][...], with: nil)
    }

    /// The line with one of its keys written twice (a JSON writer would never do it).
    private mutating func duplicateKey(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.first == UInt8(ascii: "{"), bytes.count > 2 else { return bytes }
        return Array(#"{"id":1,"#.utf8) + bytes.dropFirst()
    }

    // MARK: Byte changes

    private mutating func byteLevel(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        guard !bytes.isEmpty else { return garbage() }
        switch random.below(12) {
        case 0, 1:
            for _ in 0..<random.int(in: 1...4) {
                let position = random.below(bytes.count)
                bytes[position] ^= UInt8(1) << UInt8(random.below(8))
            }
        case 2, 3:
            for _ in 0..<random.int(in: 1...4) { bytes[random.below(bytes.count)] = random.pick(Self.specialBytes) }
        case 4:
            bytes = Array(bytes.prefix(random.below(bytes.count)))
        case 5:
            let start = random.below(bytes.count)
            bytes.removeSubrange(start..<min(bytes.count, start + random.int(in: 1...20)))
        case 6:
            let start = random.below(bytes.count)
            let piece = bytes[start..<min(bytes.count, start + random.int(in: 1...40))]
            bytes.insert(contentsOf: piece, at: random.below(bytes.count + 1))
        case 7:
            let inserted = (0..<random.int(in: 1...8)).map { _ in random.byte() }
            bytes.insert(contentsOf: inserted, at: random.below(bytes.count + 1))
        case 8:
            let other = random.pick(seeds).line
            bytes = Array(bytes.prefix(random.below(bytes.count + 1)) + other.suffix(random.below(other.count + 1)))
        case 9:
            switch random.below(5) {
            case 0: bytes = [0xEF, 0xBB, 0xBF] + bytes
            case 1: bytes.append(0x00)
            case 2: bytes.append(0x0D)
            case 3: bytes = [UInt8(ascii: "[")] + bytes + [UInt8(ascii: "]")]
            default: bytes = Array("   \t".utf8) + bytes + Array(" \t".utf8)
            }
        case 10:
            // A string's content replaced by an invalid UTF-8 sequence.
            let quotes = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\"") }
            if !quotes.isEmpty {
                let quote = random.pick(quotes)
                bytes.insert(contentsOf: random.pick([[0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF]]),
                             at: quote + 1)
            }
        default:
            bytes = Array(bytes.prefix(random.below(bytes.count)))
            bytes.append(contentsOf: (0..<random.int(in: 0...4)).map { _ in random.pick(Self.specialBytes) })
        }
        return bytes
    }

    private mutating func garbage() -> [UInt8] {
        switch random.below(6) {
        case 0: return (0..<random.int(in: 0...200)).map { _ in random.byte() }
        case 1: return Array(random.pick(["", " ", "\t", " \t ", "\r", "  \r"]).utf8)
        case 2: return Array(random.pick(["{}", "[]", "null", "true", "1", "\"x\"", "[{}]", "{\"jsonrpc\":\"2.0\"}"]).utf8)
        case 3: return (0..<random.int(in: 1...80)).map { _ in UInt8(random.int(in: 0x20...0x7E)) }
        case 4: return Array(repeating: UInt8(ascii: "{"), count: random.int(in: 1...100))
        default: return Array(repeating: 0, count: random.int(in: 1...10))
        }
    }

    private func encode(_ value: JSONValue) -> [UInt8] {
        var bytes: [UInt8] = []
        JSONWriter.write(value, into: &bytes)
        return bytes
    }
}
