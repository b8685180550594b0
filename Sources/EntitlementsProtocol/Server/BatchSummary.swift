import Entitlements

/// What a batch run computed: counts, errors by code, money by method, scheme and financial year,
/// and for `compare` requests the cost of the reform (second scheme minus first).
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

    /// Request lines answered (notifications and blank lines excluded).
    public private(set) var responses = 0
    /// Responses that were errors.
    public private(set) var errors = 0
    /// Errors by code.
    public private(set) var errorsByCode: [Int: Int] = [:]
    /// Requests by method.
    public private(set) var requestsByMethod: [String: Int] = [:]
    /// Money by method, scheme and financial year, in pence.
    public private(set) var totals: [TotalKey: Int64] = [:]
    /// Compare differences by method and schemes, in pence.
    public private(set) var reform: [ReformKey: Int64] = [:]
    /// Compare requests counted in `reform`, by key.
    public private(set) var reformCases: [ReformKey: Int] = [:]

    /// An empty summary.
    public init() {}

    /// Counts one outcome.
    public mutating func add(_ outcome: RequestHandler.Outcome) {
        guard let response = outcome.response else { return }
        responses += 1
        if let code = outcome.errorCode {
            errors += 1
            errorsByCode[code, default: 0] += 1
            return
        }
        guard let method = outcome.method, let result = response["result"] else { return }
        requestsByMethod[method.rawValue, default: 0] += 1
        switch method {
        case .compare:
            guard case .array(let results)? = result["results"], results.count == 2 else { return }
            var compared = "?"
            if case .string(let name)? = result["method"] { compared = name }
            for single in results { addResult(single, method: compared) }
            let key = ReformKey(method: compared, from: Self.scheme(results[0]), to: Self.scheme(results[1]))
            reformCases[key, default: 0] += 1
            for field in ["total", "amount"] {
                if let change = Self.pence(result["difference"]?[field]) { reform[key, default: 0] &+= change }
            }
        case .assess:
            guard case .array(let entries)? = result["entitlements"] else { return }
            for entry in entries {
                if case .string(let name)? = entry["method"] { addResult(entry, method: name) }
            }
        default:
            addResult(result, method: method.rawValue)
        }
    }

    /// Adds one entitlement result's money to the totals.
    private mutating func addResult(_ result: JSONValue, method: String) {
        let scheme = Self.scheme(result)
        func add(_ amount: JSONValue?, year: String?) {
            guard let pence = Self.pence(amount), let year else { return }
            totals[TotalKey(method: method, scheme: scheme, financialYear: year), default: 0] &+= pence
        }
        if case .array(let lines)? = result["lines"] {
            for line in lines { add(line["amount"], year: Self.year(of: line["from"])) }
        } else if case .array(let payments)? = result["payments"] {
            for payment in payments { add(payment["amount"], year: Self.year(of: payment["due"])) }
        } else if case .string(let year)? = result["financialYear"] {
            add(result["amount"], year: year)
        }
    }

    static func scheme(_ result: JSONValue) -> String {
        if case .string(let scheme)? = result["scheme"] { return scheme }
        return "?"
    }

    static func pence(_ value: JSONValue?) -> Int64? {
        guard case .string(let text)? = value, let money = try? Money(parsing: text) else { return nil }
        return money.pence
    }

    static func year(of date: JSONValue?) -> String? {
        guard case .string(let text)? = date, let date = CalendarDate(text) else { return nil }
        return FinancialYear(containing: date).description
    }
}
