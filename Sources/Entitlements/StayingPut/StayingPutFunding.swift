extension Engine {
    /// Staying Put or Staying Close funding over a period: from the 18th birthday to the day before
    /// the scheme's end age, at the request's rate, the council's rate, or (Staying Put) the NMA
    /// 16–17 rate, less the young person's contribution, never below zero.
    public func stayingPutFunding(_ request: StayingPutRequest, scheme: Scheme) throws(CalculationError) -> AllowanceResult {
        let policy = request.arrangement == .stayingPut ? scheme.stayingPut : scheme.stayingClose
        let name = request.arrangement == .stayingPut ? "Staying Put" : "Staying Close"
        let status = scheme.status
        var explanation = explanation()
        let place = try resolve(request.place, explanation: &explanation)
        let purpose: RatePurpose = request.arrangement == .stayingPut ? .stayingPut : .stayingClose
        let council = place.council.flatMap { ruleBook.councilTable(for: $0.code, purpose: purpose) }

        var chooser: RateChooser?
        if let note = policy.programmeNote {
            // No statutory weekly funding: only a programme rate is paid, and it is labelled so.
            explanation.say(policy.id, "Under \(scheme.id) there is no statutory weekly \(name) funding: \(note).", policy.citation)
            if request.weeklyRate == nil, council == nil {
                explanation.say(policy.id, "The rule book holds no \(name) programme rate\(place.council.map { " for \($0.name)" } ?? "") and no weeklyRate was given, so nothing \(status.says("is", "would be")) due; give the council's programme rate as weeklyRate to cost it (programme, not statutory).", policy.citation)
                let none = WeeklyAllowance(region: place.region, chooser: nil, requestRate: nil, contribution: nil, schedule: request.schedule?.payingBy(default: place.council?.payDay))
                return try none.result(lines: [], alreadyPaid: request.alreadyPaid, explanation: explanation)
            }
        }
        let programme = policy.programmeNote == nil ? "" : " as a programme rate (programme, not statutory)"
        if request.weeklyRate != nil {
            explanation.say(policy.id, "The weekly rate of \(request.weeklyRate?.formatted ?? "") given in the request is used\(programme).", "request")
        } else if let council {
            chooser = RateChooser(national: council, council: nil, region: place.region, source: .band(council.bands.first?.id ?? ""),
                                  allowEstimated: request.allowEstimated)
            explanation.say(council.id, "\(place.council?.name ?? "The council") sets its own \(name) rate (\(council.title))\(programme).", council.citation)
        } else if let tableID = policy.fallbackTable, let band = policy.fallbackBand {
            chooser = RateChooser(national: try nationalTable(tableID), council: nil, region: place.region, source: .band(band),
                                  allowEstimated: request.allowEstimated)
            explanation.say(tableID, "There is no national \(name) rate and the rule book holds no council rate, so the \(tableID.uppercased()) \(band) rate for \(place.region) is used.", ruleBook.rateTables[tableID]?.citation ?? Citation(""))
        }
        let allowance = WeeklyAllowance(region: place.region, chooser: chooser, requestRate: request.weeklyRate,
                                        contribution: request.weeklyContribution ?? .zero, schedule: request.schedule?.payingBy(default: place.council?.payDay))

        guard let start = request.dateOfBirth.birthday(policy.startsAtAge) else {
            return try allowance.result(lines: [], alreadyPaid: request.alreadyPaid, explanation: explanation)
        }
        let end = request.dateOfBirth.birthday(policy.endsAtAge)
        let funded = policy.programmeNote == nil ? "\(name) \(status.says("is", "would be")) funded" : "this rule book costs the \(name) programme rate"
        explanation.say(policy.id, "Under \(scheme.id), \(funded) from the \(ordinal: policy.startsAtAge) birthday (\(start)) to the day before the \(ordinal: policy.endsAtAge) birthday\(end.flatMap(\.previousDay).map { " (\($0))" } ?? "").", policy.citation)
        for age in [policy.startsAtAge, policy.endsAtAge] {
            // Only a birthday inside the period moves a line.
            if let day = request.dateOfBirth.birthday(age), request.period.from < day, day <= request.period.to {
                explanation.sayLeapBirthdayReading(born: request.dateOfBirth, birthday: age)
            }
        }
        var lastDay = request.period.to
        if let end, let dayBefore = end.previousDay { lastDay = min(lastDay, dayBefore) }
        guard let days = DateRange(from: max(start, request.period.from), to: lastDay) else {
            explanation.say(policy.id, "No day of the period falls in that time, so nothing \(status.says("is", "would be")) due.", policy.citation)
            return try allowance.result(lines: [], alreadyPaid: request.alreadyPaid, explanation: explanation)
        }
        if chooser == nil, request.weeklyRate == nil {
            throw .notConfigured(field: "weeklyRate", message: "\(name) has no national rate and the rule book holds no rate for \(place.council?.name ?? "this council"); give weeklyRate (the council's weekly rate, e.g. \"250.00\")")
        }
        let lines = try allowance.lines(over: days, explanation: &explanation)
        if let contribution = request.weeklyContribution {
            explanation.say(policy.id, "The young person's weekly contribution of \(pounds: contribution) \(status.says("is", "would be")) taken off the rate, never below £0.00.", policy.citation)
        }
        explanation.explainEstimates()
        return try allowance.result(lines: lines, alreadyPaid: request.alreadyPaid, explanation: explanation)
    }
}
