#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Entitlements

/// Params read from a flat request by the same generic decoders as the general path's; a read
/// throws `Decline` wherever the general path would refuse or the value is not in the plain form.
struct FlatParams {
    /// The fast path cannot answer: the general path will.
    struct Decline: Error {}

    /// A set of keys as bits, one per `ParamKey` position.
    struct Keys {
        var bits: UInt64 = 0

        init(_ keys: [ParamKey] = []) {
            for key in keys { insert(key) }
        }

        /// The keys of these params.
        init(_ params: [Param]) {
            self.init(params.map(\.key))
        }

        mutating func insert(_ key: ParamKey) { bits |= 1 << UInt64(key.rawValue) }

        func isSubset(of other: Keys) -> Bool { bits & ~other.bits == 0 }

        func contains(_ key: ParamKey) -> Bool { bits & (1 << UInt64(key.rawValue)) != 0 }
    }

    let scanner: FlatRequest.Scanner
    /// How deep this object is in the request (the params object is at depth 1).
    let depth: Int
    /// The value of each key present, by `ParamKey` position.
    private var values: [FlatRequest.Value?]
    /// The keys present.
    private var present = Keys()

    /// Reads the members of the object at `object`, `depth` levels into the request; nil when a key
    /// is not one the fast path knows or comes twice.
    init?(scanner: FlatRequest.Scanner, object: Range<Int>, depth: Int) {
        var reader = FlatRequest.Scanner(bytes: scanner.bytes, index: object.lowerBound)
        self.init(reading: &reader, depth: depth)
    }

    /// Reads the object at `reader`'s position, `depth` levels into the request, and leaves `reader`
    /// after it; nil as `init(scanner:object:depth:)`.
    init?(reading reader: inout FlatRequest.Scanner, depth: Int) {
        scanner = FlatRequest.Scanner(bytes: reader.bytes)
        self.depth = depth
        var values = [FlatRequest.Value?](repeating: nil, count: ParamKey.allCases.count)
        var present = Keys()
        let line = scanner
        let table = ParamKey.table
        let plain = reader.members { name, reader in
            guard let key = table.key(name, in: line.bytes), !present.contains(key), let value = reader.value(depth: depth) else {
                return false
            }
            values[key.rawValue] = value
            present.insert(key)
            return true
        }
        guard plain else { return nil }
        self.values = values
        self.present = present
    }

    /// Whether every key present is in `allowed`.
    func only(_ allowed: Keys) -> Bool {
        present.isSubset(of: allowed)
    }

    /// Whether `key` is present.
    func has(_ key: ParamKey) -> Bool {
        present.contains(key)
    }

    /// Whether `key` is the string `text`.
    func equals(_ key: ParamKey, _ text: [UInt8]) -> Bool {
        guard case .string(let range)? = values[key.rawValue] else { return false }
        return scanner.equals(range, text)
    }

    /// The value at `key`, if present.
    private func value(_ key: ParamKey) -> FlatRequest.Value? { values[key.rawValue] }
}

extension FlatParams: ParamSource {
    func date(_ key: ParamKey) throws(Decline) -> CalendarDate? {
        guard let value = value(key) else { return nil }
        guard case .string(let range) = value,
              let date = CalendarDate.parse(UnsafeBufferPointer(rebasing: scanner.bytes[range])) else { throw Decline() }
        return date
    }

    func bool(_ key: ParamKey) throws(Decline) -> Bool? {
        switch value(key) {
        case nil: return nil
        case .bool(let flag)?: return flag
        default: throw Decline()
        }
    }

    func money(_ key: ParamKey) throws(Decline) -> Money? {
        let range: Range<Int>
        switch value(key) {
        case nil: return nil
        case .string(let found)?, .number(let found)?: range = found
        default: throw Decline()
        }
        guard let amount = try? Money(parsingUTF8: Array(scanner.bytes[range])), amount.pence >= 0 else { throw Decline() }
        return amount
    }

    func string(_ key: ParamKey) throws(Decline) -> String? {
        guard let value = value(key) else { return nil }
        guard case .string(let range) = value else { throw Decline() }
        return scanner.text(range)
    }

    func nonEmptyString(_ key: ParamKey) throws(Decline) -> String? {
        guard let text = try string(key) else { return nil }
        if text.isEmpty { throw Decline() }
        return text
    }

    func choice<Choice: RawRepresentable & CaseIterable>(_ key: ParamKey, _ type: Choice.Type) throws(Decline) -> Choice?
        where Choice.RawValue == String {
        // Matched on the bytes, with no string made of them.
        guard let value = value(key) else { return nil }
        guard case .string(let range) = value else { throw Decline() }
        for choice in Choice.allCases {
            var name = choice.rawValue
            if name.withUTF8({ scanner.equals(range, $0) }) { return choice }
        }
        throw Decline()
    }

    /// A whole number in `range`, written as plain digits (as `JSONField.integer(in:)` reads it).
    func integer(_ key: ParamKey, in range: ClosedRange<Int>) throws(Decline) -> Int? {
        guard let value = value(key) else { return nil }
        guard case .number(let found) = value, scanner.isWholeNumber(found), let number = Int(scanner.text(found)),
              range.contains(number) else { throw Decline() }
        return number
    }

    /// Arrays are never in the plain form.
    func words(_ key: ParamKey, from allowed: [String]?) throws(Decline) -> [String]? {
        guard case .none = value(key) else { throw Decline() }
        return nil
    }

    func object(_ key: ParamKey, allowed: [Param]) throws(Decline) -> FlatParams? {
        guard has(key) else { return nil }
        return try object(key, only: Keys(allowed))
    }

    /// The object at `key`, read one level deeper, whose keys are all in `keys`.
    func object(_ key: ParamKey, only keys: Keys) throws(Decline) -> FlatParams? {
        guard let value = value(key) else { return nil }
        guard case .object(let range) = value, let object = FlatParams(scanner: scanner, object: range, depth: depth + 1),
              object.only(keys) else { throw Decline() }
        return object
    }

    func missing(_ key: ParamKey) -> Decline { Decline() }

    func fault(_ key: ParamKey, _ message: @autoclosure () -> String) -> Decline { Decline() }
}

extension FlatRequest.Scanner {
    /// Whether the string at `range` holds exactly `text`.
    func equals(_ range: Range<Int>, _ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { equals(range, $0) }
    }

    /// Whether the string at `range` holds exactly the bytes of `text`.
    func equals(_ range: Range<Int>, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count == text.count, let base = bytes.baseAddress else { return false }
        return text.baseAddress.map { memcmp(base + range.lowerBound, $0, range.count) == 0 } ?? range.isEmpty
    }
}
