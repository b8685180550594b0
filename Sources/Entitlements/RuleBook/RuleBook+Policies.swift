extension RuleBook {
    /// The keys of a policy that every policy has.
    static let policyKeys = ["id", "title", "source"]

    /// Reads a kinship policy: who is paid, why the others are not, and any condition or pilot.
    static func decodeKinshipPolicy(_ field: JSONField) throws(FieldError) -> KinshipPolicy {
        let object = try field.object(allowed: policyKeys + ["rateTable", "paidOrders", "endsAtAge", "unpaid", "otherwiseInCare", "pilot"])
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
            notInCare: try object.required("notInCare").nonEmptyString(), source: source, citation: Citation(source))
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

    /// Reads a leaving-care grant policy (fixed amounts, or an indexed base amount).
    static func decodeGrantPolicy(_ field: JSONField) throws(FieldError) -> GrantPolicy {
        let object = try field.object(allowed: policyKeys + ["minAge", "maxAge", "ageSource", "note", "amounts", "base", "index", "indexMonth", "rounding"])
        let minAge = try RuleFileDecoding.age(try object.required("minAge"))
        let maxAgeField = try object.required("maxAge")
        let maxAge = try RuleFileDecoding.age(maxAgeField)
        if maxAge < minAge { throw maxAgeField.error("maxAge \(maxAge) is below minAge \(minAge)") }
        let rule: GrantPolicy.Rule
        if let amountsField = object.optional("amounts") {
            for key in ["base", "index", "indexMonth", "rounding"] where object.optional(key) != nil {
                throw FieldError(path: JSONField.pointer(object.path, key), message: "a policy with fixed \"amounts\" has no \"\(key)\"")
            }
            var rows: [DatedRow<Money>] = []
            for rowField in try amountsField.array() {
                rows.append(try RuleFileDecoding.datedRow(rowField, payloadKeys: ["amount"], regions: nil) {
                    row throws(FieldError) in try row.required("amount").exactMoney()
                })
            }
            try RuleFileDecoding.checkOrder(rows, path: amountsField.path)
            rule = .fixed(DatedRows(rows))
        } else {
            let baseField = try object.required("base")
            let base = try baseField.object(allowed: ["financialYear", "amount", "status", "source", "note"])
            let yearField = try base.required("financialYear")
            guard let year = FinancialYear(try yearField.string()) else {
                throw yearField.error("a financial year is written like 2022-23")
            }
            let status = try RuleFileDecoding.status(base)
            if status == .notFound { throw baseField.error("a base amount must be enacted or estimated") }
            let baseNote = try RuleFileDecoding.note(base, status: status)
            _ = try object.required("rounding").oneOf(["pound"])
            rule = .indexed(IndexedAmount(
                baseYear: year, baseAmount: try base.required("amount").exactMoney(), baseStatus: status,
                baseSource: try base.required("source").nonEmptyString(), baseNote: baseNote,
                index: try object.required("index").nonEmptyString(),
                indexMonth: try object.required("indexMonth").integer(in: 1...12)))
        }
        return GrantPolicy(
            id: try object.required("id").nonEmptyString(), title: try object.required("title").nonEmptyString(),
            source: try object.required("source").nonEmptyString(), note: try object.optional("note")?.nonEmptyString(),
            minAge: minAge, maxAge: maxAge, ageSource: try object.required("ageSource").nonEmptyString(), rule: rule)
    }

    /// Reads an apprenticeship bursary policy.
    static func decodeBursaryPolicy(_ field: JSONField) throws(FieldError) -> BursaryPolicy {
        let object = try field.object(allowed: policyKeys + ["minAge", "maxAge", "ageTest", "plans"])
        let minAge = try RuleFileDecoding.age(try object.required("minAge"))
        let maxAgeField = try object.required("maxAge")
        let maxAge = try RuleFileDecoding.age(maxAgeField)
        if maxAge < minAge { throw maxAgeField.error("maxAge \(maxAge) is below minAge \(minAge)") }
        let ageTest = BursaryPolicy.AgeTest(rawValue: try object.required("ageTest").oneOf(["start", "each-payment"])) ?? .start
        var plans: [BursaryPolicy.Plan] = []
        for planField in try object.required("plans").array() {
            let plan = try planField.object(allowed: ["startsFrom", "startsUntil", "status", "source", "note", "notModelled", "instalments", "annual"])
            let startsFrom = try plan.required("startsFrom").date()
            let startsUntil = try plan.optional("startsUntil")?.date()
            if let previous = plans.last, previous.startsUntil.map({ $0 >= startsFrom }) ?? true {
                throw FieldError(path: JSONField.pointer(planField.path, "startsFrom"),
                                 message: "plans overlap or are out of order: this plan starts \(startsFrom) but the one before covers it")
            }
            let status = try RuleFileDecoding.status(plan)
            let note = try RuleFileDecoding.note(plan, status: status)
            var notModelled: [(startsFrom: CalendarDate, reason: String)] = []
            for caseField in try plan.optional("notModelled")?.array() ?? [] {
                let unmodelled = try caseField.object(allowed: ["startsFrom", "reason"])
                let fromField = try unmodelled.required("startsFrom")
                let from = try fromField.date()
                if from < startsFrom || startsUntil.map({ from > $0 }) ?? false {
                    throw fromField.error("\(from) is outside the plan's start dates")
                }
                notModelled.append((from, try unmodelled.required("reason").nonEmptyString()))
            }
            let payment: BursaryPolicy.Plan.Payment
            if let annual = plan.optional("annual") {
                if plan.optional("instalments") != nil {
                    throw FieldError(path: JSONField.pointer(plan.path, "instalments"), message: "a plan pays either \"annual\" or \"instalments\", not both")
                }
                payment = .annual(try annual.exactMoney())
            } else {
                var instalments: [(afterDays: Int, amount: Money)] = []
                for instalmentField in try plan.required("instalments").array() {
                    let instalment = try instalmentField.object(allowed: ["afterDays", "amount"])
                    let afterField = try instalment.required("afterDays")
                    let after = try afterField.integer(in: 0...3660)
                    if let last = instalments.last, last.afterDays >= after {
                        throw afterField.error("instalments must be in ascending order of afterDays")
                    }
                    instalments.append((after, try instalment.required("amount").exactMoney()))
                }
                payment = .instalments(instalments)
            }
            plans.append(BursaryPolicy.Plan(startsFrom: startsFrom, startsUntil: startsUntil, status: status,
                                            source: try plan.required("source").nonEmptyString(), note: note,
                                            notModelled: notModelled, payment: payment))
        }
        return BursaryPolicy(
            id: try object.required("id").nonEmptyString(), title: try object.required("title").nonEmptyString(),
            source: try object.required("source").nonEmptyString(), minAge: minAge, maxAge: maxAge, ageTest: ageTest,
            plans: plans)
    }

    /// Reads a Staying Put or Staying Close policy.
    static func decodeStayingPutPolicy(_ field: JSONField) throws(FieldError) -> StayingPutPolicy {
        let object = try field.object(allowed: policyKeys + ["arrangement", "startsAtAge", "endsAtAge", "fallbackTable", "fallbackBand", "funding", "fundingNote"])
        let startsAtAge = try RuleFileDecoding.age(try object.required("startsAtAge"))
        let endsField = try object.required("endsAtAge")
        let endsAtAge = try RuleFileDecoding.age(endsField)
        if endsAtAge <= startsAtAge { throw endsField.error("endsAtAge \(endsAtAge) must be above startsAtAge \(startsAtAge)") }
        let fallbackTable = try object.optional("fallbackTable")?.nonEmptyString()
        let fallbackBand = try object.optional("fallbackBand")?.nonEmptyString()
        if (fallbackTable == nil) != (fallbackBand == nil) {
            throw FieldError(path: JSONField.pointer(object.path, fallbackTable == nil ? "fallbackTable" : "fallbackBand"),
                             message: "give both fallbackTable and fallbackBand, or neither")
        }
        // "programme": no statutory weekly funding, only a council's programme rate (or the request's).
        let programme = try object.optional("funding")?.oneOf(["statutory", "programme"]) == "programme"
        let fundingNote = try object.optional("fundingNote")?.nonEmptyString()
        if programme != (fundingNote != nil) {
            throw FieldError(path: JSONField.pointer(object.path, "fundingNote"),
                             message: programme ? "a policy with \"funding\": \"programme\" needs a fundingNote saying why there is no statutory funding"
                                                : "fundingNote is only for a policy with \"funding\": \"programme\"")
        }
        if programme, fallbackTable != nil {
            throw FieldError(path: JSONField.pointer(object.path, "fallbackTable"),
                             message: "a programme (no statutory funding) has no national fallback rate; remove fallbackTable and fallbackBand")
        }
        return StayingPutPolicy(
            id: try object.required("id").nonEmptyString(),
            arrangement: try object.required("arrangement").oneOf(StayingArrangement.allCases.map(\.rawValue)),
            title: try object.required("title").nonEmptyString(), source: try object.required("source").nonEmptyString(),
            startsAtAge: startsAtAge, endsAtAge: endsAtAge, fallbackTable: fallbackTable, fallbackBand: fallbackBand,
            programmeNote: programme ? fundingNote : nil)
    }

    /// Reads the qualifying benefits of a prescription-policies file: exactly the words requests
    /// give (`PrescriptionExemption.benefits`), in that order, each with its name and any end date.
    static func decodePrescriptionBenefits(_ field: JSONField) throws(FieldError) -> [PrescriptionBenefit] {
        var benefits: [PrescriptionBenefit] = []
        for item in try field.array() {
            let object = try item.object(allowed: ["id", "name", "dependant", "until", "untilSource", "untilNote"])
            let until = try object.optional("until")?.date()
            let untilSource = try object.optional("untilSource")?.nonEmptyString()
            let untilNote = try object.optional("untilNote")?.nonEmptyString()
            if (until == nil) != (untilSource == nil) || (until == nil) != (untilNote == nil) {
                throw FieldError(path: JSONField.pointer(object.path, "until"), message: "give until, untilSource and untilNote together, or none of them")
            }
            benefits.append(PrescriptionBenefit(
                id: try object.required("id").nonEmptyString(), name: try object.required("name").nonEmptyString(),
                dependant: try object.required("dependant").bool(), until: until, untilNote: untilNote, untilSource: untilSource))
        }
        let ids = benefits.map(\.id)
        if ids != PrescriptionExemption.benefits {
            throw field.error("the benefits must be the words requests give, in this order: \(PrescriptionExemption.benefits.joined(separator: ", ")) (found \(ids.joined(separator: ", ")))")
        }
        return benefits
    }

    /// Reads a prescription exemption policy, with the file's qualifying benefits.
    static func decodePrescriptionPolicy(_ field: JSONField, benefits: [PrescriptionBenefit], benefitsSource: String) throws(FieldError) -> PrescriptionPolicy {
        let object = try field.object(allowed: policyKeys + ["underAge", "educationFromAge", "educationUntilAge", "olderFromAge", "dependantUnderAge", "careLeaverUntilAge", "careLeaverSource", "careLeaverNote"])
        let careLeaverUntilAge = try object.optional("careLeaverUntilAge").map { age throws(FieldError) in try RuleFileDecoding.age(age) }
        let careLeaverSource = try object.optional("careLeaverSource")?.nonEmptyString()
        if careLeaverUntilAge != nil, careLeaverSource == nil {
            throw FieldError(path: JSONField.pointer(object.path, "careLeaverSource"), message: "a care-leaver exemption needs its source")
        }
        return PrescriptionPolicy(
            id: try object.required("id").nonEmptyString(), title: try object.required("title").nonEmptyString(),
            source: try object.required("source").nonEmptyString(),
            underAge: try RuleFileDecoding.age(try object.required("underAge")),
            educationFromAge: try RuleFileDecoding.age(try object.required("educationFromAge")),
            educationUntilAge: try RuleFileDecoding.age(try object.required("educationUntilAge")),
            olderFromAge: try RuleFileDecoding.age(try object.required("olderFromAge")),
            dependantUnderAge: try RuleFileDecoding.age(try object.required("dependantUnderAge")),
            benefits: benefits, benefitsSource: benefitsSource,
            careLeaverUntilAge: careLeaverUntilAge, careLeaverSource: careLeaverSource,
            careLeaverNote: try object.optional("careLeaverNote")?.nonEmptyString())
    }
}
