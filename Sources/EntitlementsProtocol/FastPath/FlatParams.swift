import Entitlements

/// Params read from a flat request with the same rules as `Params`; nil wherever `Params` would
/// refuse or the value is not in the plain form.
struct FlatParams {
    /// The keys the fast path knows, by position.
    enum Key: Int, CaseIterable {
        case dateOfBirth, from, to, region, localAuthority, order, schedule, alreadyPaid, scheme, allowEstimated
        case arrangement, weeklyContribution, weeklyRate, frequency, anchor, on, careLeaver, start, end
        case fullTimeEducation, maternityExemption, medicalExemption, warPensionExemption, nhsInpatient, itemsPerMonth
        case apprenticeship, method, params

        /// The key as written.
        var text: StaticString {
            switch self {
            case .dateOfBirth: return "dateOfBirth"
            case .from: return "from"
            case .to: return "to"
            case .region: return "region"
            case .localAuthority: return "localAuthority"
            case .order: return "order"
            case .schedule: return "schedule"
            case .alreadyPaid: return "alreadyPaid"
            case .scheme: return "scheme"
            case .allowEstimated: return "allowEstimated"
            case .arrangement: return "arrangement"
            case .weeklyContribution: return "weeklyContribution"
            case .weeklyRate: return "weeklyRate"
            case .frequency: return "frequency"
            case .anchor: return "anchor"
            case .on: return "on"
            case .careLeaver: return "careLeaver"
            case .start: return "start"
            case .end: return "end"
            case .fullTimeEducation: return "fullTimeEducation"
            case .maternityExemption: return "maternityExemption"
            case .medicalExemption: return "medicalExemption"
            case .warPensionExemption: return "warPensionExemption"
            case .nhsInpatient: return "nhsInpatient"
            case .itemsPerMonth: return "itemsPerMonth"
            case .apprenticeship: return "apprenticeship"
            case .method: return "method"
            case .params: return "params"
            }
        }
    }

    /// A set of keys as bits, one per `Key` position.
    struct Keys {
        var bits: UInt32 = 0

        init(_ keys: [Key] = []) {
            for key in keys { insert(key) }
        }

        mutating func insert(_ key: Key) { bits |= 1 << UInt32(key.rawValue) }

        func isSubset(of other: Keys) -> Bool { bits & ~other.bits == 0 }

        func contains(_ key: Key) -> Bool { bits & (1 << UInt32(key.rawValue)) != 0 }
    }

    /// The keys `kinship.allowance` accepts (as `Params.allowed`).
    static let kinshipKeys = Keys([.scheme, .allowEstimated, .region, .localAuthority, .dateOfBirth, .from, .to,
                                   .order, .schedule, .alreadyPaid])
    /// The keys `stayingPut.funding` accepts (as `Params.allowed`).
    static let stayingPutKeys = Keys([.scheme, .allowEstimated, .region, .localAuthority, .dateOfBirth, .from, .to,
                                      .arrangement, .weeklyContribution, .weeklyRate, .schedule, .alreadyPaid])

    /// The keys `leavingCare.grant` accepts (as `Params.allowed`).
    static let grantKeys = Keys([.scheme, .allowEstimated, .on, .dateOfBirth, .careLeaver, .alreadyPaid])
    /// The keys `apprenticeship.bursary` accepts (as `Params.allowed`).
    static let bursaryKeys = Keys([.scheme, .allowEstimated, .dateOfBirth, .start, .end, .careLeaver])
    /// The keys `prescription.exemption` accepts without `benefits` (an array, never on the fast path).
    static let prescriptionKeys = Keys([.scheme, .allowEstimated, .dateOfBirth, .on, .careLeaver, .fullTimeEducation,
                                        .maternityExemption, .medicalExemption, .warPensionExemption, .nhsInpatient,
                                        .itemsPerMonth])
    /// The keys `assess` accepts without `benefits`.
    static let assessKeys = Keys([.scheme, .allowEstimated, .region, .localAuthority, .dateOfBirth, .on, .order, .arrangement,
                                  .apprenticeship, .weeklyContribution, .weeklyRate, .careLeaver, .fullTimeEducation,
                                  .maternityExemption, .medicalExemption, .warPensionExemption, .nhsInpatient, .itemsPerMonth])
    /// The keys `compare` accepts without `schemes` (an array): the default two schemes only.
    static let compareKeys = Keys([.method, .params])

    let scanner: FlatRequest.Scanner
    /// How deep this object is in the request (the params object is at depth 1).
    let depth: Int
    /// The value of each key present, by `Key` position.
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
        var values = [FlatRequest.Value?](repeating: nil, count: Key.allCases.count)
        var present = Keys()
        let line = scanner
        let plain = reader.members { name, reader in
            guard let key = Key.allCases.first(where: { line.equals(name, $0.text) }), !present.contains(key),
                  let value = reader.value(depth: depth) else { return false }
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
    func has(_ key: Key) -> Bool {
        present.contains(key)
    }

    /// The object at `key`, read one level deeper.
    func object(_ key: Key) -> FlatParams?? {
        guard let value = values[key.rawValue] else { return .some(nil) }
        guard case .object(let range) = value, let object = FlatParams(scanner: scanner, object: range, depth: depth + 1) else {
            return nil
        }
        return .some(object)
    }

    /// Whether `key` is the string `text`.
    func equals(_ key: Key, _ text: StaticString) -> Bool {
        guard case .string(let range)? = values[key.rawValue] else { return false }
        return scanner.equals(range, text)
    }

    func string(_ key: Key) -> String?? {
        guard let value = values[key.rawValue] else { return .some(nil) }
        guard case .string(let range) = value else { return nil }
        return .some(scanner.text(range))
    }

    func date(_ key: Key) -> CalendarDate?? {
        guard let value = values[key.rawValue] else { return .some(nil) }
        guard case .string(let range) = value,
              let date = CalendarDate.parse(UnsafeBufferPointer(rebasing: scanner.bytes[range])) else { return nil }
        return .some(date)
    }

    func money(_ key: Key) -> Money?? {
        let range: Range<Int>
        switch values[key.rawValue] {
        case nil: return .some(nil)
        case .string(let found)?, .number(let found)?: range = found
        default: return nil
        }
        guard let amount = try? Money(parsingUTF8: Array(scanner.bytes[range])), amount.pence >= 0 else { return nil }
        return .some(amount)
    }

    /// A whole number in `range`, written as plain digits (as `JSONField.integer(in:)` reads it).
    func count(_ key: Key, in range: ClosedRange<Int>) -> Int?? {
        guard let value = values[key.rawValue] else { return .some(nil) }
        guard case .number(let found) = value, scanner.isWholeNumber(found), let number = Int(scanner.text(found)),
              range.contains(number) else { return nil }
        return .some(number)
    }

    func bool(_ key: Key) -> Bool?? {
        switch values[key.rawValue] {
        case nil: return .some(nil)
        case .bool(let flag)?: return .some(flag)
        default: return nil
        }
    }

    /// One of a string enumeration's values, `fallback` when absent.
    func choice<Choice: RawRepresentable<String>>(_ key: Key, or fallback: Choice) -> Choice? {
        guard let name = string(key) else { return nil }
        guard let name else { return fallback }
        return Choice(rawValue: name)
    }

    func scheme(_ engine: Engine) -> Scheme? {
        guard let name = string(.scheme) else { return nil }
        if let name, name.isEmpty { return nil }
        return try? engine.scheme(named: name)
    }

    func period() -> DateRange? {
        guard let from = date(.from), let from, let to = date(.to), let to else { return nil }
        return DateRange(from: from, to: to)
    }

    func place() -> Place? {
        guard let region = string(.region), let authority = string(.localAuthority) else { return nil }
        if let authority, authority.isEmpty || authority.count > Params.maxLocalAuthorityLength { return nil }
        return Place(region: region, localAuthority: authority)
    }

    func schedule(anchor defaultAnchor: CalendarDate) -> Schedule?? {
        guard let inner = object(.schedule) else { return nil }
        guard let inner else { return .some(nil) }
        guard inner.only(Keys([.frequency, .anchor])),
              let name = inner.string(.frequency), let name,
              let frequency = PaymentFrequency(rawValue: name), let anchor = inner.date(.anchor) else { return nil }
        return .some(Schedule(frequency: frequency, anchor: anchor ?? defaultAnchor))
    }
}
