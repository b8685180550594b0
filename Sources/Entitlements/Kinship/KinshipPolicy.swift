/// Kinship allowance rules of one scheme.
public final class KinshipPolicy: Sendable {
    /// Why a carer with an order is not paid, and the law or report that says so.
    public struct Unpaid: Sendable {
        /// The order.
        public let order: KinshipOrder
        /// The sentence that says why, and what route there is instead.
        public let reason: String
        /// Its source, e.g. the regulations that give a discretionary route.
        public let source: String
    }

    /// A condition on the child: paid only for a child who would otherwise be in care (a class, so
    /// that reading it from the policy per request is a reference, not a copy of its strings).
    public final class OtherwiseInCare: Sendable {
        /// The orders it applies to.
        public let orders: [KinshipOrder]
        /// Said when the request does not say (the assumption taken).
        public let assumed: String
        /// Said when the request says the child would not otherwise be in care.
        public let notInCare: String
        /// Its source.
        public let source: String
        /// `source`, escaped for JSON once.
        let citation: Citation
        /// `assumed` as the sentence a reason says, written once.
        let assumedSentence: Sentence

        /// Makes the value from its parts.
        init(orders: [KinshipOrder], assumed: String, notInCare: String, source: String) {
            self.orders = orders
            self.assumed = assumed
            self.notInCare = notInCare
            self.source = source
            citation = Citation(source)
            assumedSentence = Sentence(assumed + ".").prepared()
        }
    }

    /// The policy id.
    public let id: String
    /// A title.
    public let title: String
    /// The policy's source.
    public let source: String
    /// The source, escaped for JSON once (`Citation`).
    let citation: Citation
    /// The national table of weekly rates.
    public let rateTable: String
    /// The orders whose carers are paid.
    public let paidOrders: [String]
    /// Payment stops on the birthday of this age.
    public let endsAtAge: Int
    /// Why each order that is not paid is not paid.
    public let unpaid: [Unpaid]
    /// The "would otherwise be in care" condition, if the policy has one.
    public let otherwiseInCare: OtherwiseInCare?
    /// A pilot that pays some carers in some councils, if the policy has one.
    public let pilot: KinshipPilot?

    /// Makes the value from its parts.
    init(id: String, title: String, source: String, rateTable: String, paidOrders: [String], endsAtAge: Int, unpaid: [Unpaid],
         otherwiseInCare: OtherwiseInCare? = nil, pilot: KinshipPilot? = nil) {
        self.id = id
        self.title = title
        self.source = source
        citation = Citation(source)
        self.rateTable = rateTable
        self.paidOrders = paidOrders
        self.endsAtAge = endsAtAge
        self.unpaid = unpaid
        self.otherwiseInCare = otherwiseInCare
        self.pilot = pilot
    }

    /// Why `order` is not paid, if the policy says.
    public func unpaid(_ order: KinshipOrder) -> Unpaid? {
        unpaid.first { $0.order == order }
    }
}

extension KinshipPolicy {
    /// Reads a kinship policy: who is paid, why the others are not, and any condition or pilot.
    static func decodeKinshipPolicy(_ field: JSONField) throws(FieldError) -> KinshipPolicy {
        let object = try field.object(allowed: RuleBook.policyKeys + ["rateTable", "paidOrders", "endsAtAge", "unpaid", "otherwiseInCare", "pilot"])
        let orderNames = KinshipOrder.allCases.map(\.rawValue)
        let orders = try object.required("paidOrders").array().map { order throws(FieldError) in try order.oneOf(orderNames) }
        let source = try object.required("source").nonEmptyString()
        var unpaid: [KinshipPolicy.Unpaid] = []
        let unpaidField = try object.required("unpaid")
        for item in try unpaidField.array() {
            let entry = try item.object(allowed: ["order", "reason", "source"])
            let orderField = try entry.required("order")
            let order = KinshipOrder(rawValue: try orderField.oneOf(orderNames)) ?? .informal
            if orders.contains(order.rawValue) { throw orderField.error("\(order.rawValue) is a paid order; give reasons only for orders that are not paid") }
            if unpaid.contains(where: { $0.order == order }) { throw orderField.error("\(order.rawValue) is given twice") }
            unpaid.append(KinshipPolicy.Unpaid(order: order, reason: try entry.required("reason").nonEmptyString(),
                                               source: try entry.required("source").nonEmptyString()))
        }
        for order in KinshipOrder.allCases where !orders.contains(order.rawValue) && !unpaid.contains(where: { $0.order == order }) {
            throw unpaidField.error("say why \(order.rawValue) is not paid: every order not in paidOrders needs an entry with its reason and source")
        }
        return KinshipPolicy(
            id: try object.required("id").nonEmptyString(), title: try object.required("title").nonEmptyString(),
            source: source, rateTable: try object.required("rateTable").nonEmptyString(), paidOrders: orders,
            endsAtAge: try RuleFileDecoding.age(try object.required("endsAtAge")), unpaid: unpaid,
            otherwiseInCare: try object.optional("otherwiseInCare").map { field throws(FieldError) in
                try decodeOtherwiseInCare(field, paidOrders: orders)
            },
            pilot: try object.optional("pilot").map { field throws(FieldError) in try decodeKinshipPilot(field, paidOrders: orders) })
    }

    /// Reads the "would otherwise be in care" condition: for paid orders only.
    static func decodeOtherwiseInCare(_ field: JSONField, paidOrders: [String]) throws(FieldError) -> KinshipPolicy.OtherwiseInCare {
        let object = try field.object(allowed: ["orders", "assumed", "notInCare", "source"])
        let orders = try kinshipOrders(try object.required("orders"), mustBePaid: true, paidOrders: paidOrders)
        let source = try object.required("source").nonEmptyString()
        return KinshipPolicy.OtherwiseInCare(
            orders: orders, assumed: try object.required("assumed").nonEmptyString(),
            notInCare: try object.required("notInCare").nonEmptyString(), source: source)
    }

    /// Reads a kinship pilot: its councils (checked against the council list when the rule book is
    /// assembled), the orders it pays (which the policy itself does not pay), its years and its start.
    static func decodeKinshipPilot(_ field: JSONField, paidOrders: [String]) throws(FieldError) -> KinshipPilot {
        let object = try field.object(allowed: ["title", "source", "councils", "orders", "rateTable", "years", "start",
                                                "paid", "otherOrders", "receivingAllowance"])
        let councilsField = try object.required("councils")
        var councils: [String] = []
        for item in try councilsField.array() {
            let code = try item.nonEmptyString()
            if councils.contains(code) { throw item.error("council \(code) is listed twice") }
            councils.append(code)
        }
        if councils.isEmpty { throw councilsField.error("a pilot runs in at least one council") }
        let start = try RuleFileDecoding.datedRow(try object.required("start"), payloadKeys: [], regions: nil) { _ throws(FieldError) in true }
        if start.status == .notFound { throw FieldError(path: JSONField.pointer(object.path, "start"), message: "a pilot's start must be enacted or estimated") }
        if start.until != nil { throw FieldError(path: JSONField.pointer(object.path, "start") + "/until", message: "a pilot's start has no until") }
        return KinshipPilot(
            title: try object.required("title").nonEmptyString(), source: try object.required("source").nonEmptyString(),
            councils: councils, orders: try kinshipOrders(try object.required("orders"), mustBePaid: false, paidOrders: paidOrders),
            rateTable: try object.required("rateTable").nonEmptyString(), years: try object.required("years").integer(in: 1...50),
            start: start, paid: try object.required("paid").nonEmptyString(),
            otherOrders: try object.required("otherOrders").nonEmptyString(),
            receivingAllowance: try object.required("receivingAllowance").nonEmptyString())
    }

    /// A non-empty list of distinct orders, each paid by the policy (`mustBePaid`) or each not.
    static func kinshipOrders(_ field: JSONField, mustBePaid: Bool, paidOrders: [String]) throws(FieldError) -> [KinshipOrder] {
        var orders: [KinshipOrder] = []
        for item in try field.array() {
            let name = try item.oneOf(KinshipOrder.allCases.map(\.rawValue))
            if paidOrders.contains(name) != mustBePaid {
                throw item.error(mustBePaid ? "\(name) is not in paidOrders" : "\(name) is already in paidOrders; a pilot pays orders the policy does not")
            }
            if let order = KinshipOrder(rawValue: name) {
                if orders.contains(order) { throw item.error("\(name) is listed twice") }
                orders.append(order)
            }
        }
        if orders.isEmpty { throw field.error("give at least one order") }
        return orders
    }
}

extension KinshipPolicy: RulePolicy {}

extension EntitlementKind {
    /// The kinship allowance over a period.
    public static let kinshipAllowance = EntitlementKind(id: "kinshipAllowance", title: "Kinship allowance")
}

/// The kinship allowance in the registry: `kinship-policies` files, one `kinship` slot per scheme.
enum KinshipAllowanceEntitlement: Entitlement {
    static let kind = EntitlementKind.kinshipAllowance
    static let ruleFileKind = "kinship-policies"
    static let slots = ["kinship"]

    /// Reads each policy.
    static func policies(in file: FieldObject) throws(FieldError) -> [(policy: KinshipPolicy, field: JSONField)] {
        try eachPolicy(in: file, KinshipPolicy.decodeKinshipPolicy)
    }

    /// Its rate table and its pilot's table are national fostering tables; its pilot's councils exist.
    static func check(_ policy: KinshipPolicy, at path: String, in book: RuleBookAssembler) throws(FieldError) {
        if book.nationalTable(policy.rateTable, purpose: .fostering) == nil {
            throw FieldError(path: path + "/rateTable", message: "no national fostering table \"\(policy.rateTable)\"")
        }
        guard let pilot = policy.pilot else { return }
        if book.nationalTable(pilot.rateTable, purpose: .fostering) == nil {
            throw FieldError(path: path + "/pilot/rateTable", message: "no national fostering table \"\(pilot.rateTable)\"")
        }
        for (index, code) in pilot.councils.enumerated() where !book.isCouncil(code) {
            throw FieldError(path: path + "/pilot/councils/\(index)", message: "\(code) is not a council code in \(book.councilsFile)")
        }
    }

    /// The sentence for each order under the scheme, worded once.
    static func prepared(_ policies: [KinshipPolicy], status: SchemeStatus, inWords: String) -> (any AnyObject & Sendable)? {
        policies.first.map { policy in
            KinshipSentences(KinshipOrder.allCases.map { KinshipPolicy.sentence(status: status, inWords: inWords, policy: policy, order: $0) })
        }
    }
}

/// What a scheme says to a kinship carer under each order (in `KinshipOrder.allCases` order), worded once at load.
final class KinshipSentences: Sendable {
    /// Paid or not, the sentence and its source, by order.
    let byOrder: [(paid: Bool, sentence: Sentence, citation: Citation)]
    /// Paid or not, by order.
    let paid: [Bool]

    /// The sentences by order.
    init(_ byOrder: [(paid: Bool, sentence: Sentence, citation: Citation)]) {
        self.byOrder = byOrder.map { ($0.paid, $0.sentence.prepared(), $0.citation) }
        paid = byOrder.map(\.paid)
    }
}

extension Scheme {
    /// The kinship allowance policy.
    public var kinship: KinshipPolicy { policy(KinshipAllowanceEntitlement.self) }
}
