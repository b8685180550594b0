import Entitlements

/// `assess`: everything that can apply to one person on a date.
enum AssessMethod {
    /// The definition.
    static let definition = MethodDefinition(
        .assess, summary: "what one child in kinship care or one care leaver is entitled to on a date, each with its status and reasons",
        params: [
            CommonParams.dateOfBirth("the person's"), CommonParams.on("the date to assess (allowances cover its financial year)"),
            CommonParams.region, CommonParams.localAuthority,
            Param(.careLeaver, .bool, help: "whether the person is a care leaver (else: a child in kinship care)",
                  flags: [.flag("care-leaver", sets: .bool(true), help: "the person is a care leaver"),
                          .flag("not-care-leaver", sets: .bool(false), help: "the person is not a care leaver")]),
            KinshipAllowanceMethod.order, KinshipAllowanceMethod.otherwiseInCare,
            KinshipAllowanceMethod.receivesSpecialGuardianshipAllowance, KinshipAllowanceMethod.pilotStartedOn, arrangement, StayingPutFundingMethod.weeklyContribution,
            StayingPutFundingMethod.weeklyRate, apprenticeship, stayingPut,
        ] + PrescriptionExemptionMethod.flags.filter { $0.key != .careLeaver } + [CommonParams.scheme, CommonParams.allowEstimated],
        result: ResultSchema.assess)

    /// `arrangement`: that the care leaver is in a Staying Put or Staying Close arrangement (without
    /// it or `stayingPut` there is none).
    static let arrangement = Param(
        .arrangement, .choice(StayingArrangement.allCases.map(\.rawValue)),
        help: "the care leaver's arrangement, if there is one: staying-put or staying-close (as stayingPut.arrangement)",
        flags: [.flag("close", sets: .word(StayingArrangement.stayingClose.rawValue), help: "the care leaver is in a Staying Close arrangement")])

    /// `apprenticeship.start`.
    static let start = Param(.start, .date, required: true, help: "first day of an apprenticeship",
                             flags: [.option("apprenticeship-start")])
    /// `apprenticeship.end`.
    static let end = Param(.end, .date, required: true, help: "last day on the apprenticeship", flags: [.option("apprenticeship-end")])
    /// `apprenticeship`: an apprenticeship the care leaver is on.
    static let apprenticeship = Param(.apprenticeship, .object(programme), help: "an apprenticeship: its start and end")
    /// The params of an `apprenticeship` object.
    static let programme = [start, end]

    /// `stayingPut.arrangement`.
    static let stayingArrangement = Param(
        .arrangement, .choice(StayingArrangement.allCases.map(\.rawValue)), required: true,
        help: "the arrangement: staying-put or staying-close",
        flags: [.flag("staying-put", sets: .word(StayingArrangement.stayingPut.rawValue), help: "the care leaver is in a Staying Put arrangement"),
                .flag("staying-close", sets: .word(StayingArrangement.stayingClose.rawValue),
                      help: "the care leaver is in a Staying Close arrangement")])
    /// `stayingPut.from`.
    static let stayingFrom = Param(.from, .date, help: "first day of the arrangement to cost (default: the financial year's first)",
                                   flags: [.option("staying-put-from")])
    /// `stayingPut.to`.
    static let stayingTo = Param(.to, .date, help: "last day of the arrangement to cost (default: the financial year's last)",
                                 flags: [.option("staying-put-to")])
    /// `stayingPut`: the Staying Put or Staying Close arrangement the care leaver is in.
    static let stayingPut = Param(.stayingPut, .object(arrangementParams),
                                  help: "a Staying Put or Staying Close arrangement: arrangement, from, to, weeklyContribution, weeklyRate")
    /// The params of a `stayingPut` object (the command line sets the weekly amounts at the top level).
    static let arrangementParams = [
        stayingArrangement, stayingFrom, stayingTo,
        StayingPutFundingMethod.weeklyContribution.explained("the young person's weekly contribution", flags: []),
        StayingPutFundingMethod.weeklyRate.explained("the council's weekly rate", flags: []),
    ]

    /// Reads the request (the scheme is read separately).
    static func decode<Source: ParamSource>(_ params: Source) throws(Source.Failure) -> AssessRequest {
        let dateOfBirth = try params.required(try params.date(.dateOfBirth), .dateOfBirth)
        let on = try params.required(try params.date(.on), .on)
        guard let year = FinancialYear(containing: on).range else {
            throw params.fault(.on, "the financial year of \(on) is outside years 0001 to 9999")
        }
        let allowEstimated = try CommonParams.allowEstimated(params)
        let place = try CommonParams.place(params)
        let careLeaver = try params.bool(.careLeaver)
        let order = try params.choice(.order, KinshipOrder.self)
        var arrangement = try params.choice(.arrangement, StayingArrangement.self)
        var weeklyContribution = try params.money(.weeklyContribution)
        var weeklyRate = try params.money(.weeklyRate)
        var arrangementPeriod: DateRange?
        if let object = try params.object(.stayingPut, allowed: arrangementParams) {
            arrangement = try object.required(try object.choice(.arrangement, StayingArrangement.self), .arrangement)
            let from = try object.date(.from) ?? year.from
            let to = try object.date(.to) ?? year.to
            guard let period = DateRange(from: from, to: to) else {
                throw object.fault(.to, "\"to\" (\(to)) is before \"from\" (\(from))")
            }
            arrangementPeriod = period
            weeklyContribution = try object.money(.weeklyContribution) ?? weeklyContribution
            weeklyRate = try object.money(.weeklyRate) ?? weeklyRate
        }
        var prescription = PrescriptionRequest(dateOfBirth: dateOfBirth, on: on)
        prescription.allowEstimated = allowEstimated
        try PrescriptionExemptionMethod.grounds(params, into: &prescription)
        var apprenticeship: BursaryRequest?
        if let object = try params.object(.apprenticeship, allowed: programme) {
            let programme = try ApprenticeshipBursaryMethod.programme(object)
            apprenticeship = BursaryRequest(dateOfBirth: dateOfBirth, start: programme.start, end: programme.end,
                                            careLeaver: careLeaver ?? false)
        }
        var request = AssessRequest(
            dateOfBirth: dateOfBirth, on: on, year: year, allowEstimated: allowEstimated, place: place, careLeaver: careLeaver,
            order: order ?? .specialGuardianship, arrangement: arrangement, arrangementPeriod: arrangementPeriod,
            prescription: prescription, apprenticeship: apprenticeship,
            weeklyContribution: weeklyContribution, weeklyRate: weeklyRate)
        request.otherwiseInCare = try params.bool(.otherwiseInCare)
        request.receivesSpecialGuardianshipAllowance = try params.bool(.receivesSpecialGuardianshipAllowance) ?? false
        request.pilotStartedOn = try params.date(.pilotStartedOn)
        return request
    }
}
