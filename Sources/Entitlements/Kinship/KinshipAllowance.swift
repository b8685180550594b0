extension Engine {
    /// The kinship allowance over a period: the fostering rate for the child's age and region
    /// (or the council's own table), for the orders the scheme pays, until the 18th birthday.
    public func kinshipAllowance(_ request: KinshipRequest, scheme: Scheme) throws(CalculationError) -> AllowanceResult {
        let policy = scheme.kinship
        var explanation = explanation()
        let place = try resolve(request.place, explanation: &explanation)
        let national = try nationalTable(policy.rateTable)
        let council = place.council.flatMap { ruleBook.councilTable(for: $0.code, purpose: .fostering) }
        let allowance = WeeklyAllowance(
            region: place.region,
            chooser: RateChooser(national: national, council: council, region: place.region,
                                 source: .byAge(dateOfBirth: request.dateOfBirth), allowEstimated: request.allowEstimated),
            requestRate: nil, contribution: nil, schedule: request.schedule?.payingBy(default: place.council?.payDay))

        let said = scheme.kinshipSentence(request.order)
        explanation.say(policy.id, said.sentence, policy.citation)
        guard said.paid else {
            return try allowance.result(lines: [], alreadyPaid: request.alreadyPaid, explanation: explanation)
        }
        if let council {
            explanation.say(council.id, "\(place.council?.name ?? "The council") has its own fostering rates (\(council.title)), which replace the \(national.id.uppercased()) for its carers; a day its table does not cover is not paid at the \(national.id.uppercased()).", council.citation)
        }

        let endBirthday = request.dateOfBirth.birthday(policy.endsAtAge)
        let firstDay = max(request.period.from, request.dateOfBirth)
        var lastDay = request.period.to
        if let endBirthday, let dayBefore = endBirthday.previousDay { lastDay = min(lastDay, dayBefore) }
        if request.dateOfBirth > request.period.from {
            explanation.say(policy.id, "The child was born on \(request.dateOfBirth); days before the birth are not paid.", policy.citation)
        }
        if let endBirthday, endBirthday <= request.period.to {
            explanation.say(policy.id, "The child turns \(policy.endsAtAge) on \(endBirthday); the allowance stops the day before, so days from \(endBirthday) are not paid.", policy.citation)
        }
        guard let eligibleDays = DateRange(from: firstDay, to: lastDay) else {
            return try allowance.result(lines: [], alreadyPaid: request.alreadyPaid, explanation: explanation)
        }
        let lines = try allowance.lines(over: eligibleDays, explanation: &explanation)
        explainBands(lines, dateOfBirth: request.dateOfBirth, explanation: &explanation)
        return try allowance.result(lines: lines, alreadyPaid: request.alreadyPaid, explanation: explanation)
    }

    /// Says which band applies from the first day and from each band change.
    func explainBands(_ lines: [AllowanceLine], dateOfBirth: CalendarDate, explanation: inout Explanation) {
        guard explanation.recordsReasons else { return }
        var table: WeeklyRateTable?
        for index in lines.indices {
            let line = lines[index]
            if index > 0, lines[index - 1].table == line.table, lines[index - 1].ageBand == line.ageBand { continue }
            if table?.id != line.table { table = ruleBook.rateTables[line.table] }
            let lead = index == 0 ? ", so " : ", so from that date "
            let text: Sentence = "Age \(dateOfBirth.age(on: line.from)) on \(line.from)\(lead)\(table?.bandPhrase(line.ageBand) ?? "its rate applies.")"
            explanation.say(line.table, text, table?.citation ?? Citation(""))
        }
        explanation.explainEstimates()
    }
}

extension Scheme {
    /// Whether the scheme pays a carer with `order`, and the sentence that says so.
    func kinshipSentence(_ order: KinshipOrder) -> (paid: Bool, sentence: Sentence) {
        kinshipSentences[KinshipOrder.allCases.firstIndex(of: order) ?? 0]
    }
}

extension KinshipPolicy {
    /// Whether scheme `scheme` pays a carer with `order` under `policy`, and the sentence that says so.
    static func sentence(scheme: String, policy: KinshipPolicy, order: KinshipOrder) -> (paid: Bool, sentence: Sentence) {
        guard policy.paidOrders.contains(order.rawValue) else {
            return (false, "Under \(scheme), a carer with \(order.phrase) is not paid a kinship allowance. \(policy.unpaidReason).")
        }
        return (true, "Under \(scheme), a carer with \(order.phrase) is paid the fostering allowance for the child's age and region until the child's \(ordinal: policy.endsAtAge) birthday.")
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
