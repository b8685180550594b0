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
        for (bucket, pence) in amounts {
            totals[TotalKey(method: bucket.method.rawValue, scheme: bucket.scheme, financialYear: bucket.year.description), default: 0] &+= pence
        }
        return totals
    }
    /// Arrears and overpayments by method and scheme.
    public private(set) var balances: [BalanceKey: Balances] = [:]
    /// Compare differences by method and schemes, in pence.
    public private(set) var reform: [ReformKey: Int64] = [:]
    /// Compare requests counted in `reform`, by key.
    public private(set) var reformCases: [ReformKey: Int] = [:]

    /// Every method, in the order `methodCounts` counts them.
    private static let methods = Method.allCases
    /// Answered requests by the index of their method in `methods` (the last: unknown).
    private var methodCounts = [Int](repeating: 0, count: methods.count + 1)
    /// Money by method, scheme and financial year, in pence (kept typed while adding).
    private var amounts: [Bucket: Int64] = [:]

    /// A money total's key while adding up.
    private struct Bucket: Hashable, Sendable {
        let method: Method
        let scheme: String
        let year: FinancialYear
    }

    /// An empty summary.
    public init() {}

    /// Counts one answered request and adds up its result.
    public mutating func add(_ result: MethodResult, method: Method) {
        count(method)
        switch result {
        case .entitlement(let kind, let result, let scheme):
            add(result, method: Method(kind), scheme: scheme.id)
        case .assessment(let assessment):
            for entry in assessment.entries {
                if case .success(let result) = entry.outcome { add(result, method: Method(entry.kind), scheme: assessment.scheme.id) }
            }
        case .comparison(let comparison):
            let compared = Method(comparison.kind)
            for side in [comparison.first, comparison.second] { add(side.result, method: compared, scheme: side.scheme.id) }
            let key = ReformKey(method: compared.rawValue, from: comparison.first.scheme.id, to: comparison.second.scheme.id)
            reformCases[key, default: 0] += 1
            let difference = comparison.difference
            for change in [difference.total, difference.amount] {
                if let change { reform[key, default: 0] &+= change.pence }
            }
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
        amounts.merge(other.amounts, uniquingKeysWith: &+)
        reform.merge(other.reform, uniquingKeysWith: &+)
        reformCases.merge(other.reformCases, uniquingKeysWith: +)
        balances.merge(other.balances) { a, b in
            Balances(cases: a.cases + b.cases, arrears: a.arrears &+ b.arrears, overpaid: a.overpaid &+ b.overpaid)
        }
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
    private mutating func add(_ result: EntitlementResult, method: Method, scheme: String) {
        switch result {
        case .allowance(let allowance):
            for line in allowance.lines {
                amounts[Bucket(method: method, scheme: scheme, year: FinancialYear(containing: line.from)), default: 0] &+= line.amount.pence
            }
            if let balance = allowance.balance {
                balances[BalanceKey(method: method.rawValue, scheme: scheme), default: Balances()].add(balance)
            }
        case .bursary(let bursary):
            for payment in bursary.payments {
                amounts[Bucket(method: method, scheme: scheme, year: FinancialYear(containing: payment.due)), default: 0] &+= payment.amount.pence
            }
        case .grant(let grant):
            amounts[Bucket(method: method, scheme: scheme, year: grant.financialYear), default: 0] &+= grant.amount.pence
        case .prescription:
            break
        }
    }
}

extension BatchSummary.Balances {
    /// Adds one balance: arrears when positive, an overpayment when negative.
    mutating func add(_ balance: Money) {
        cases += 1
        if balance.pence > 0 { arrears &+= balance.pence } else { overpaid &+= 0 &- balance.pence }
    }
}
