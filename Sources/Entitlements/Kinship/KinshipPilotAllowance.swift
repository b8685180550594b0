extension Engine {
    /// The kinship allowance for a carer whose order the scheme does not pay but its pilot may: the
    /// pilot's national rate for the child's age and the council's region, in the pilot's councils
    /// only, from the pilot's start (or the carer's, `pilotStartedOn`) for the pilot's years, never
    /// to a carer already receiving a special guardianship allowance.
    func pilotAllowance(_ request: KinshipRequest, pilot: KinshipPilot, scheme: Scheme, place: ResolvedPlace,
                        explanation: Explanation) throws(CalculationError) -> AllowanceResult {
        let policy = scheme.kinship
        var explanation = explanation
        let national = try nationalTable(pilot.rateTable)
        let allowance = WeeklyAllowance(
            region: place.region,
            chooser: RateChooser(national: national, council: nil, region: place.region,
                                 source: .byAge(dateOfBirth: request.dateOfBirth), allowEstimated: request.allowEstimated),
            requestRate: nil, contribution: nil, schedule: request.schedule)
        let statutory = scheme.kinshipSentence(request.order)
        func unpaid(_ sentence: Sentence) throws(CalculationError) -> AllowanceResult {
            explanation.say(policy.id, sentence, pilot.citation)
            explanation.say(policy.id, statutory.sentence, statutory.citation)
            return try allowance.result(lines: [], alreadyPaid: request.alreadyPaid, explanation: explanation)
        }

        if !pilot.orders.contains(request.order) {
            return try unpaid("\(pilot.otherOrders).")
        }
        guard let council = place.council, pilot.councils.contains(council.code) else {
            let names = pilot.councils.compactMap { ruleBook.councils.council(code: $0)?.name }
            let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "") : names.joined()
            let who = place.council.map { "\($0.name) is not" } ?? "No council was given (localAuthority), so the carer's council is not known to be"
            return try unpaid("\(who) one of the \(names.count) councils of the \(pilot.title) (\(list)), so the pilot does not pay this carer.")
        }
        if request.receivesSpecialGuardianshipAllowance {
            return try unpaid("\(pilot.receivingAllowance).")
        }
        explanation.say(policy.id, "\(council.name) is one of the councils of the \(pilot.title). \(pilot.paid).", pilot.citation)

        // The carer's pilot years start on the day given, or else on the pilot's own start (which may be an estimate).
        // A given day is a fact about the carer and replaces an estimated start (even one before it: the estimate
        // is then wrong); it cannot come before a published (enacted) start.
        let carerStart: CalendarDate
        var estimatedStart: DatedRow<Bool>?  // listed after the rates' estimates, which explainBands words as rates
        let anniversary: CalendarDate?
        if let started = request.pilotStartedOn, pilot.start.status == .enacted, started < pilot.start.effective {
            throw .invalid(field: "pilotStartedOn", message: "pilotStartedOn \(started.isoText) is before the \(pilot.title) started on \(pilot.start.effective.isoText); give the day this carer's pilot payments began")
        }
        if let started = request.pilotStartedOn {
            carerStart = started
            anniversary = started.adding(years: pilot.years)
            explanation.say(policy.id, "This carer's pilot payments began on \(started) (pilotStartedOn); the pilot pays for up to \(pilot.years) years per carer\(Self.until(anniversary)).", pilot.citation)
        } else {
            let start = pilot.start
            if start.status == .estimated, !request.allowEstimated {
                throw .noEnactedValue(table: policy.id, date: max(request.period.from, request.dateOfBirth), estimateAvailable: true,
                                      detail: "the start date of the \(pilot.title) (policy \(policy.id)) is not published; only an estimate exists (\(start.note ?? "estimated")), and the pilot's days and years are counted from it")
            }
            estimatedStart = start.status == .estimated ? start : nil
            carerStart = start.effective
            anniversary = start.effective.adding(years: pilot.years)
            let estimate = start.status == .estimated ? ", an estimate" : ""
            explanation.say(policy.id, "The \(pilot.title) starts on \(start.effective)\(estimate), and days before it are not paid; pilotStartedOn was not given, so this carer's \(pilot.years) years are counted from the pilot's start\(Self.until(anniversary)).", start.citation)
        }
        var lastDay = childsLastDay(request, policy: policy, status: scheme.status, explanation: &explanation)
        if let anniversary, let capEnd = anniversary.previousDay {
            lastDay = min(lastDay, capEnd)
            if anniversary <= request.period.to {
                explanation.say(policy.id, "This carer's \(pilot.years) years of the pilot ended on \(capEnd), so days from \(anniversary) are not paid.", pilot.citation)
            }
        }
        let firstDay = max(request.period.from, request.dateOfBirth, carerStart)
        var lines: [AllowanceLine] = []
        if let eligibleDays = DateRange(from: firstDay, to: lastDay) {
            lines = try allowance.lines(over: eligibleDays, explanation: &explanation)
            explainBands(lines, of: allowance, dateOfBirth: request.dateOfBirth, explanation: &explanation)
        }
        if let estimatedStart { explanation.used(estimatedStart, table: policy.id) }
        return try allowance.result(lines: lines, alreadyPaid: request.alreadyPaid, explanation: explanation)
    }

    /// " (until 2029-08-31 at the latest)": the last day of a carer's pilot years, when known.
    static func until(_ anniversary: CalendarDate?) -> String {
        anniversary?.previousDay.map { " (until \($0) at the latest)" } ?? ""
    }
}
