import Entitlements

/// What a batch run computed: counts, errors by code, requests by method, money by method, scheme
/// and financial year, arrears and overpayments, and for `compare` requests the cost of the reform
/// (second scheme minus first). It adds up typed results as they are computed, never responses.
public struct BatchSummary: Sendable {
    /// A money total's key.
    public struct TotalKey: Hashable, Sendable, Comparable {
        /// The method.
        public let method: String
        /// The scheme.
        public let scheme: String
        /// The financial year, e.g. `2025-26`.
        public let financialYear: String

        /// Orders by method, scheme, then year.
        public static func < (a: TotalKey, b: TotalKey) -> Bool {
            (a.method, a.scheme, a.financialYear) < (b.method, b.scheme, b.financialYear)
        }
    }

    /// A reform cost's key.
    public struct ReformKey: Hashable, Sendable, Comparable {
        /// The compared method.
        public let method: String
        /// The first scheme.
        public let from: String
        /// The second scheme.
        public let to: String

        /// Orders by method, then schemes.
        public static func < (a: ReformKey, b: ReformKey) -> Bool { (a.method, a.from, a.to) < (b.method, b.from, b.to) }
    }

    /// An arrears or overpayment total's key.
    public struct BalanceKey: Hashable, Sendable, Comparable {
        /// The method.
        public let method: String
        /// The scheme.
        public let scheme: String

        /// Orders by method, then scheme.
        public static func < (a: BalanceKey, b: BalanceKey) -> Bool { (a.method, a.scheme) < (b.method, b.scheme) }
    }

    /// Arrears and overpayments of the allowance results that had `alreadyPaid`: a positive balance
    /// (total − already paid) is arrears owed, a negative one an overpayment.
    public struct Balances: Sendable, Equatable {
        /// Results with a balance.
        public internal(set) var cases = 0
        /// Positive balances added up, in pence.
        public internal(set) var arrears: Int64 = 0
        /// Negative balances added up, as a positive number of pence.
        public internal(set) var overpaid: Int64 = 0
    }

    /// What requests whose method is not known (or could not be read) are counted under.
    public static let unknownMethod = "(unknown)"

    /// Request lines answered (notifications and blank lines excluded).
    public private(set) var responses = 0
    /// Responses that were errors.
    public private(set) var errors = 0
    /// Errors by code.
    public private(set) var errorsByCode: [Int: Int] = [:]
    /// Answered requests by method, errors included (`unknownMethod` for those naming none known).
    public var requestsByMethod: [String: Int] {
        var counts: [String: Int] = [:]
        for (index, count) in methodCounts.enumerated() where count > 0 {
            counts[index < Self.methods.count ? Self.methods[index].rawValue : Self.unknownMethod] = count
        }
        return counts
    }
    /// Money by method, scheme and financial year, in pence.
    public var totals: [TotalKey: Int64] {
        var totals: [TotalKey: Int64] = [:]
        for (bucket, pence) in amounts.merging(recent, uniquingKeysWith: &+) {
            let key = TotalKey(method: bucket.method.rawValue, scheme: name(bucket.scheme), financialYear: FinancialYear(startYear: bucket.year).description)
            totals[key, default: 0] &+= pence
        }
        return totals
    }
    /// Arrears and overpayments by method and scheme.
    public var balances: [BalanceKey: Balances] {
        var balances: [BalanceKey: Balances] = [:]
        for (bucket, balance) in balancesByBucket {
            balances[BalanceKey(method: bucket.method.rawValue, scheme: name(bucket.scheme)), default: Balances()].add(balance)
        }
        return balances
    }
    /// Compare differences by method and schemes, in pence.
    public var reform: [ReformKey: Int64] { reformKeyed(\.pence) }
    /// Compare requests counted in `reform`, by key.
    public var reformCases: [ReformKey: Int] { reformKeyed(\.cases) }

    /// Every method, in the order `methodCounts` counts them.
    private static let methods = Method.allCases
    /// Answered requests by the index of their method in `methods` (the last: unknown).
    private var methodCounts = [Int](repeating: 0, count: methods.count + 1)
    /// Money by method, scheme and financial year, in pence, keyed while adding up by what is cheap
    /// to compare (the scheme by identity, named in `schemeNames`): the first buckets in a short list
    /// searched in turn (a caseload has a few methods, schemes and years), any more in `amounts`.
    private var recent: [(bucket: Bucket, pence: Int64)] = []
    /// The buckets beyond the first `recentLimit`.
    private var amounts: [Bucket: Int64] = [:]
    /// The most buckets kept in `recent`.
    private static let recentLimit = 24
    /// Arrears and overpayments by method and scheme (`year` unused).
    private var balancesByBucket: [Bucket: Balances] = [:]
    /// Compare differences and cases by method and schemes.
    private var reformByKey: [ReformBucket: (pence: Int64, cases: Int)] = [:]
    /// The id of each scheme seen, by identity.
    private var schemeNames: [ObjectIdentifier: String] = [:]

    /// A money total's key while adding up.
    private struct Bucket: Hashable, Sendable {
        let method: Method
        let scheme: ObjectIdentifier
        let year: Int
    }

    /// A reform cost's key while adding up.
    private struct ReformBucket: Hashable, Sendable {
        let method: Method
        let from: ObjectIdentifier
        let to: ObjectIdentifier
    }

    /// The id of a scheme seen.
    private func name(_ scheme: ObjectIdentifier) -> String { schemeNames[scheme] ?? "?" }

    /// The reform figures by their public key (two rule-book copies' schemes of one id are one key).
    private func reformKeyed<Value: AdditiveArithmetic>(_ figure: KeyPath<(pence: Int64, cases: Int), Value>) -> [ReformKey: Value] {
        var keyed: [ReformKey: Value] = [:]
        for (bucket, value) in reformByKey {
            keyed[ReformKey(method: bucket.method.rawValue, from: name(bucket.from), to: name(bucket.to)), default: .zero] += value[keyPath: figure]
        }
        return keyed
    }

    /// Remembers a scheme's id under its identity.
    private mutating func see(_ scheme: Scheme) -> ObjectIdentifier {
        let identity = ObjectIdentifier(scheme)
        if schemeNames[identity] == nil { schemeNames[identity] = scheme.id }
        return identity
    }

    /// An empty summary.
    public init() {}

    /// Counts one answered request that computed an entitlement under `scheme`, and adds up its result.
    mutating func add(_ result: borrowing EntitlementResult, method: Method, scheme: Scheme) {
        count(method)
        add(result, method: method, scheme: see(scheme))
    }

    /// Counts one answered request and adds up its result.
    public mutating func add(_ result: borrowing MethodResult, method: Method) {
        count(method)
        switch result {
        case .entitlement(_, let result, let scheme):
            add(result, method: method, scheme: see(scheme))
        case .assessment(let assessment):
            let scheme = see(assessment.scheme)
            for entry in assessment.entries {
                if case .success(let result) = entry.outcome, let computed = Method(entry.kind) { add(result, method: computed, scheme: scheme) }
            }
        case .comparison(let comparison):
            guard let compared = Method(comparison.kind) else { break }
            let from = see(comparison.first.scheme), to = see(comparison.second.scheme)
            add(comparison.first.result, method: compared, scheme: from)
            add(comparison.second.result, method: compared, scheme: to)
            let difference = comparison.difference
            var change: Int64 = 0
            for figure in [difference.total, difference.amount] {
                if let figure { change &+= figure.pence }
            }
            let key = ReformBucket(method: compared, from: from, to: to)
            let sum = reformByKey[key] ?? (0, 0)
            reformByKey[key] = (sum.pence &+ change, sum.cases + 1)
        case .rules:
            break
        }
    }

    /// Counts one request answered with an error (`method` nil when it named no known method).
    public mutating func addError(code: Int, method: Method?) {
        count(method)
        errors += 1
        errorsByCode[code, default: 0] += 1
    }

    /// Adds another summary's counts and totals (a worker's part of the run).
    public mutating func merge(_ other: BatchSummary) {
        responses += other.responses
        errors += other.errors
        for (index, count) in other.methodCounts.enumerated() { methodCounts[index] += count }
        errorsByCode.merge(other.errorsByCode, uniquingKeysWith: +)
        schemeNames.merge(other.schemeNames) { mine, _ in mine }
        for (bucket, pence) in other.recent { add(pence, to: bucket) }
        for (bucket, pence) in other.amounts { add(pence, to: bucket) }
        reformByKey.merge(other.reformByKey) { a, b in (a.pence &+ b.pence, a.cases + b.cases) }
        balancesByBucket.merge(other.balancesByBucket) { a, b in a.adding(b) }
    }

    /// Counts one response under its method.
    private mutating func count(_ method: Method?) {
        responses += 1
        let index = method.flatMap { Self.methods.firstIndex(of: $0) } ?? Self.methods.count
        methodCounts[index] += 1
    }

    /// Adds one entitlement result's money to the totals: an allowance's lines by the year of their
    /// first day (and its balance), a bursary's payments by the year they are due, a grant by its
    /// year; a prescription exemption has no money paid.
    private mutating func add(_ result: borrowing EntitlementResult, method: Method, scheme: ObjectIdentifier) {
        switch result {
        case .allowance(let allowance):
            for line in allowance.lines {
                add(line.amount.pence, to: Bucket(method: method, scheme: scheme, year: FinancialYear(containing: line.from).startYear))
            }
            if let balance = allowance.balance {
                balancesByBucket[Bucket(method: method, scheme: scheme, year: 0), default: Balances()].add(balance)
            }
        case .bursary(let bursary):
            for payment in bursary.payments {
                add(payment.amount.pence, to: Bucket(method: method, scheme: scheme, year: FinancialYear(containing: payment.due).startYear))
            }
        case .grant(let grant):
            add(grant.amount.pence, to: Bucket(method: method, scheme: scheme, year: grant.financialYear.startYear))
        case .prescription:
            break
        }
    }

    /// Adds pence to a bucket's total.
    private mutating func add(_ pence: Int64, to bucket: Bucket) {
        for index in recent.indices where recent[index].bucket == bucket {
            recent[index].pence &+= pence
            return
        }
        if recent.count < Self.recentLimit {
            recent.append((bucket, pence))
        } else {
            amounts[bucket, default: 0] &+= pence
        }
    }
}

extension BatchSummary.Balances {
    /// Adds one balance: arrears when positive, an overpayment when negative.
    mutating func add(_ balance: Money) {
        cases += 1
        if balance.pence > 0 { arrears &+= balance.pence } else { overpaid &+= 0 &- balance.pence }
    }

    /// Adds other balances.
    mutating func add(_ other: Self) {
        self = adding(other)
    }

    /// These balances and others together.
    func adding(_ other: Self) -> Self {
        Self(cases: cases + other.cases, arrears: arrears &+ other.arrears, overpaid: overpaid &+ other.overpaid)
    }
}
