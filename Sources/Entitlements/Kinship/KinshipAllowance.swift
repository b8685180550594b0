extension Engine {
    /// The kinship allowance over a period: the fostering rate for the child's age and region
    /// (or the council's own table), for the orders the scheme pays, until the 18th birthday.
    public func kinshipAllowance(_ request: KinshipRequest, scheme: Scheme) throws(CalculationError) -> AllowanceResult {
        let policy = scheme.kinship
        var explanation = explanation()
        let place = try resolve(request.place, explanation: &explanation)
        let paid = scheme.kinshipPays(request.order)
        if !paid, let pilot = policy.pilot {
            return try pilotAllowance(request, pilot: pilot, scheme: scheme, place: place, explanation: explanation)
        }
        let national = try nationalTable(policy.rateTable)
        let council = place.council.flatMap { ruleBook.councilTable(for: $0.code, purpose: .fostering) }
        let allowance = WeeklyAllowance(
            region: place.region,
            chooser: RateChooser(national: national, council: council, region: place.region,
                                 source: .byAge(dateOfBirth: request.dateOfBirth), allowEstimated: request.allowEstimated),
            requestRate: nil, contribution: nil, schedule: request.schedule?.payingBy(default: place.council?.payDay))

        if let condition = policy.otherwiseInCare, condition.orders.contains(request.order), request.otherwiseInCare == false {
            explanation.say(policy.id, "Under \(scheme.inWords), \(condition.notInCare).", condition.citation)
            return try allowance.result(lines: [], alreadyPaid: request.alreadyPaid, explanation: explanation)
        }
        if explanation.recordsReasons {
            let said = scheme.kinshipSentence(request.order)
            explanation.say(policy.id, said.sentence, said.citation)
        }
        guard paid else {
            return try allowance.result(lines: [], alreadyPaid: request.alreadyPaid, explanation: explanation)
        }
        if let condition = policy.otherwiseInCare, condition.orders.contains(request.order), request.otherwiseInCare == nil {
            explanation.say(policy.id, condition.assumedSentence, condition.citation)
        }
        if let council {
            explanation.say(council.id, "\(place.council?.name ?? "The council") has its own fostering rates (\(council.title)), which replace the \(national.id.uppercased()) for its carers; a day its table does not cover is not paid at the \(national.id.uppercased()).", council.citation)
        }
        let lastDay = childsLastDay(request, policy: policy, status: scheme.status, explanation: &explanation)
        guard let eligibleDays = DateRange(from: max(request.period.from, request.dateOfBirth), to: lastDay) else {
            return try allowance.result(lines: [], alreadyPaid: request.alreadyPaid, explanation: explanation)
        }
        let lines = try allowance.lines(over: eligibleDays, explanation: &explanation)
        explainBands(lines, of: allowance, dateOfBirth: request.dateOfBirth, explanation: &explanation)
        return try allowance.result(lines: lines, alreadyPaid: request.alreadyPaid, explanation: explanation)
    }

    /// The last day of the period the child's age allows (the day before the birthday the policy
    /// ends at), saying why days before the birth or from that birthday are not paid (under a
    /// proposal, would not be).
    func childsLastDay(_ request: KinshipRequest, policy: KinshipPolicy, status: SchemeStatus, explanation: inout Explanation) -> CalendarDate {
        let endBirthday = request.dateOfBirth.birthday(policy.endsAtAge)
        var lastDay = request.period.to
        if let endBirthday, let dayBefore = endBirthday.previousDay { lastDay = min(lastDay, dayBefore) }
        if request.dateOfBirth > request.period.from {
            explanation.say(policy.id, "The child was born on \(request.dateOfBirth); days before the birth \(status.says("are not", "would not be")) paid.", policy.citation)
        }
        if let endBirthday, endBirthday <= request.period.to {
            explanation.say(policy.id, "The child turns \(policy.endsAtAge) on \(endBirthday); the allowance \(status.says("stops", "would stop")) the day before, so days from \(endBirthday) \(status.says("are not", "would not be")) paid.", policy.citation)
        }
        return lastDay
    }

    /// Says which band applies from the first day and from each band change.
    func explainBands(_ lines: [AllowanceLine], of allowance: WeeklyAllowance, dateOfBirth: CalendarDate,
                      explanation: inout Explanation) {
        guard explanation.recordsReasons else { return }
        var table: WeeklyRateTable?
        for index in lines.indices {
            let line = lines[index]
            if index > 0, lines[index - 1].table == line.table, lines[index - 1].ageBand == line.ageBand { continue }
            if table?.id != line.table { table = allowance.chooser?.table(line.table) ?? ruleBook.rateTables[line.table] }
            let lead = index == 0 ? ", so " : ", so from that date "
            let text: Sentence = "Age \(dateOfBirth.age(on: line.from)) on \(line.from)\(lead)\(table?.bandPhrase(line.ageBand) ?? "its rate applies.")"
            explanation.say(line.table, text, table?.citation ?? Citation(""))
        }
        explanation.explainEstimates()
    }
}

extension Scheme {
    /// Whether the scheme pays a carer with `order` (the sentence unread, for costing).
    func kinshipPays(_ order: KinshipOrder) -> Bool {
        let index = KinshipOrder.allCases.firstIndex(of: order) ?? 0
        return prepared(KinshipAllowanceEntitlement.self, as: KinshipSentences.self)?.paid[index] ?? kinship.paidOrders.contains(order.rawValue)
    }

    /// Whether the scheme pays a carer with `order`, and the sentence that says so with its source.
    func kinshipSentence(_ order: KinshipOrder) -> (paid: Bool, sentence: Sentence, citation: Citation) {
        let index = KinshipOrder.allCases.firstIndex(of: order) ?? 0
        return prepared(KinshipAllowanceEntitlement.self, as: KinshipSentences.self)?.byOrder[index]
            ?? KinshipPolicy.sentence(status: status, inWords: inWords, policy: kinship, order: order)
    }
}

extension KinshipPolicy {
    /// Whether a scheme with `status`, said as `inWords`, pays a carer with `order` under `policy`,
    /// the sentence that says so and its source (for an unpaid order, the law or report that says why).
    static func sentence(status: SchemeStatus, inWords: String, policy: KinshipPolicy, order: KinshipOrder)
        -> (paid: Bool, sentence: Sentence, citation: Citation) {
        guard policy.paidOrders.contains(order.rawValue) else {
            let unpaid = policy.unpaid(order)
            let verb = status == .proposal ? "would not be paid" : "is not paid"
            let reason = unpaid.map { " \($0.reason)." } ?? ""
            return (false, "Under \(inWords), a carer with \(order.phrase) \(verb) a kinship allowance.\(reason)",
                    unpaid.map { Citation($0.source) } ?? policy.citation)
        }
        let verb = status == .proposal ? "would be paid" : "is paid"
        return (true, "Under \(inWords), a carer with \(order.phrase) \(verb) the fostering allowance for the child's age and region until the child's \(ordinal: policy.endsAtAge) birthday.",
                policy.citation)
    }
}

extension KinshipOrder {
    /// The order in a sentence: "a special guardianship order".
    var phrase: String {
        switch self {
        case .specialGuardianship: return "a special guardianship order"
        case .childArrangements: return "a \"lives with\" child arrangements order"
        case .kinshipFosterCare: return "kinship foster care"
        case .informal: return "an informal arrangement"
        }
    }
}
