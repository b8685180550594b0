import Entitlements

/// Answers the plainest kinship allowance, Staying Put, leaving-care grant, apprenticeship bursary
/// and prescription requests straight from their bytes.
///
/// It accepts only what the general path would answer with a result, decoded the same way, and
/// writes through the same `ResultEncoder`, so its responses are the general path's byte for byte
/// (the differential test in `FastPathTests` checks this). Anything else, including every request
/// that ends in an error, returns nil and is answered by the general path.
enum FastPath {
    /// The response line, or nil to use the general path.
    static func respond(_ bytes: UnsafeBufferPointer<UInt8>, dispatcher: Dispatcher) -> (line: [UInt8], method: Method)? {
        var out = JSONBytes(capacity: 2304)
        guard let method = respond(bytes, dispatcher: dispatcher, into: &out) else { return nil }
        return (out.bytes, method)
    }

    /// Writes the response line (without its newline) to `out` and returns the method, or writes
    /// nothing and returns nil to use the general path.
    static func respond(_ bytes: UnsafeBufferPointer<UInt8>, dispatcher: Dispatcher, into out: inout JSONBytes) -> Method? {
        guard let request = FlatRequest.read(bytes) else { return nil }
        let scanner = FlatRequest.Scanner(bytes: bytes)
        let engine = dispatcher.engine
        guard let entry = Self.methods.first(where: { scanner.equals(request.method, $0.name) }),
              let params = FlatParams(scanner: scanner, object: request.params),
              params.only(entry.keys), let scheme = params.scheme(engine),
              let result = params.result(of: entry.method, engine: engine, scheme: scheme) else { return nil }
        out.rawPrefix(#"{"id":"#)
        out.rawBytes(UnsafeBufferPointer(rebasing: bytes[request.id]))
        out.rawPrefix(#","jsonrpc":"2.0","result":"#)
        ResultEncoder(ruleBook: engine.ruleBook, scheme: scheme.id).write(result, into: &out)
        out.rawPrefix("}")
        return entry.method
    }

    /// The methods the fast path answers, as written in a request, with the params each accepts.
    static let methods: [(name: StaticString, method: Method, keys: FlatParams.Keys)] = [
        ("kinship.allowance", .kinshipAllowance, FlatParams.kinshipKeys),
        ("stayingPut.funding", .stayingPutFunding, FlatParams.stayingPutKeys),
        ("leavingCare.grant", .leavingCareGrant, FlatParams.grantKeys),
        ("apprenticeship.bursary", .apprenticeshipBursary, FlatParams.bursaryKeys),
        ("prescription.exemption", .prescriptionExemption, FlatParams.prescriptionKeys),
    ]
}

/// Params read from a flat request with the same rules as `Params`; nil wherever `Params` would
/// refuse or the value is not in the plain form.
struct FlatParams {
    /// The keys the fast path knows, by position.
    enum Key: Int, CaseIterable {
        case dateOfBirth, from, to, region, localAuthority, order, schedule, alreadyPaid, scheme, allowEstimated
        case arrangement, weeklyContribution, weeklyRate, frequency, anchor, on, careLeaver, start, end
        case fullTimeEducation, maternityExemption, medicalExemption, warPensionExemption, nhsInpatient, itemsPerMonth

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

    let scanner: FlatRequest.Scanner
    /// The value of each key present, by `Key` position.
    private var values: [FlatRequest.Value?]
    /// The keys present.
    private var present = Keys()

    /// Reads the members of the object at `object`; nil when a key is not one the fast path knows
    /// or comes twice.
    init?(scanner: FlatRequest.Scanner, object: Range<Int>) {
        self.scanner = scanner
        var values = [FlatRequest.Value?](repeating: nil, count: Key.allCases.count)
        var present = Keys()
        var reader = FlatRequest.Scanner(bytes: scanner.bytes, index: object.lowerBound)
        let plain = reader.members(depth: 1) { name, value in
            guard let key = Key.allCases.first(where: { scanner.equals(name, $0.text) }), !present.contains(key) else { return false }
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
        guard let value = values[Key.schedule.rawValue] else { return .some(nil) }
        guard case .object(let range) = value, let inner = FlatParams(scanner: scanner, object: range),
              inner.only(Keys([.frequency, .anchor])), let name = inner.string(.frequency), let name,
              let frequency = PaymentFrequency(rawValue: name), let anchor = inner.date(.anchor) else { return nil }
        return .some(Schedule(frequency: frequency, anchor: anchor ?? defaultAnchor))
    }

    /// The result of `method` for these params, or nil when they cannot be read plainly or the
    /// calculation fails (the general path then answers, with the error).
    func result(of method: Method, engine: Engine, scheme: Scheme) -> EntitlementResult? {
        switch method {
        case .kinshipAllowance:
            return kinship().flatMap { try? engine.kinshipAllowance($0, scheme: scheme) }.map(EntitlementResult.allowance)
        case .stayingPutFunding:
            return stayingPut().flatMap { try? engine.stayingPutFunding($0, scheme: scheme) }.map(EntitlementResult.allowance)
        case .leavingCareGrant:
            return grant().flatMap { try? engine.leavingCareGrant($0, scheme: scheme) }.map(EntitlementResult.grant)
        case .apprenticeshipBursary:
            return bursary().flatMap { try? engine.apprenticeshipBursary($0, scheme: scheme) }.map(EntitlementResult.bursary)
        case .prescriptionExemption:
            return prescription().flatMap { try? engine.prescriptionExemption($0, scheme: scheme) }.map(EntitlementResult.prescription)
        case .assess, .compare, .rulesDescribe:
            return nil
        }
    }

    func kinship() -> KinshipRequest? {
        guard let period = period(), let birth = date(.dateOfBirth), let birth, let place = place(),
              let orderName = string(.order), let schedule = schedule(anchor: period.from),
              let paid = money(.alreadyPaid), let estimated = bool(.allowEstimated) else { return nil }
        var order = KinshipOrder.specialGuardianship
        if let orderName {
            guard let named = KinshipOrder(rawValue: orderName) else { return nil }
            order = named
        }
        return KinshipRequest(dateOfBirth: birth, period: period, place: place, order: order, schedule: schedule,
                              alreadyPaid: paid, allowEstimated: estimated ?? false)
    }

    func grant() -> GrantRequest? {
        guard let on = date(.on), let on, let birth = date(.dateOfBirth), let careLeaver = bool(.careLeaver),
              let paid = money(.alreadyPaid), let estimated = bool(.allowEstimated) else { return nil }
        return GrantRequest(on: on, dateOfBirth: birth, careLeaver: careLeaver ?? true, alreadyPaid: paid,
                            allowEstimated: estimated ?? false)
    }

    func bursary() -> BursaryRequest? {
        guard bool(.allowEstimated) != nil, let start = date(.start), let start, let end = date(.end), let end,
              end >= start, let birth = date(.dateOfBirth), let birth, let careLeaver = bool(.careLeaver) else { return nil }
        return BursaryRequest(dateOfBirth: birth, start: start, end: end, careLeaver: careLeaver ?? true)
    }

    func prescription() -> PrescriptionRequest? {
        guard let birth = date(.dateOfBirth), let birth, let on = date(.on), let on, let careLeaver = bool(.careLeaver),
              let education = bool(.fullTimeEducation), let maternity = bool(.maternityExemption),
              let medical = bool(.medicalExemption), let warPension = bool(.warPensionExemption),
              let inpatient = bool(.nhsInpatient), let items = count(.itemsPerMonth, in: 0...1000),
              let estimated = bool(.allowEstimated) else { return nil }
        var request = PrescriptionRequest(dateOfBirth: birth, on: on)
        request.careLeaver = careLeaver ?? false
        request.fullTimeEducation = education ?? false
        request.maternityExemption = maternity ?? false
        request.medicalExemption = medical ?? false
        request.warPensionExemption = warPension ?? false
        request.nhsInpatient = inpatient ?? false
        request.itemsPerMonth = items
        request.allowEstimated = estimated ?? false
        return request
    }

    func stayingPut() -> StayingPutRequest? {
        guard let period = period(), let birth = date(.dateOfBirth), let birth, let place = place(),
              let arrangementName = string(.arrangement), let schedule = schedule(anchor: period.from),
              let contribution = money(.weeklyContribution), let rate = money(.weeklyRate),
              let paid = money(.alreadyPaid), let estimated = bool(.allowEstimated) else { return nil }
        var arrangement = StayingArrangement.stayingPut
        if let arrangementName {
            guard let named = StayingArrangement(rawValue: arrangementName) else { return nil }
            arrangement = named
        }
        return StayingPutRequest(dateOfBirth: birth, period: period, place: place, arrangement: arrangement,
                                 weeklyContribution: contribution, weeklyRate: rate, schedule: schedule,
                                 alreadyPaid: paid, allowEstimated: estimated ?? false)
    }
}
