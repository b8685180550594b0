import Entitlements

/// `assess`: everything for one person on a date.
enum AssessMethod {
    /// The definition.
    static let definition = MethodDefinition(
        .assess, summary: "everything one child or care leaver is entitled to on a date, each with its reasons",
        params: [
            CommonParams.dateOfBirth("the person's"), CommonParams.on("the date to assess (allowances cover its financial year)"),
            CommonParams.region, CommonParams.localAuthority,
            Param(.careLeaver, .bool, help: "whether the person is a care leaver",
                  flags: [.flag("care-leaver", sets: .bool(true), help: "the person is a care leaver"),
                          .flag("not-care-leaver", sets: .bool(false), help: "the person is not a care leaver")]),
            KinshipAllowanceMethod.order, StayingPutFundingMethod.arrangement, StayingPutFundingMethod.weeklyContribution,
            StayingPutFundingMethod.weeklyRate, apprenticeship,
        ] + PrescriptionExemptionMethod.flags.filter { $0.key != .careLeaver } + [CommonParams.scheme, CommonParams.allowEstimated],
        result: ResultSchema.assess)

    /// `apprenticeship.start`.
    static let start = Param(.start, .date, required: true, help: "first day of an apprenticeship",
                             flags: [.option("apprenticeship-start")])
    /// `apprenticeship.end`.
    static let end = Param(.end, .date, required: true, help: "last day on the apprenticeship", flags: [.option("apprenticeship-end")])
    /// `apprenticeship`: an apprenticeship the care leaver is on.
    static let apprenticeship = Param(.apprenticeship, .object(programme), help: "an apprenticeship: its start and end")
    /// The params of an `apprenticeship` object.
    static let programme = [start, end]

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
        let arrangement = try params.choice(.arrangement, StayingArrangement.self)
        var prescription = PrescriptionRequest(dateOfBirth: dateOfBirth, on: on)
        prescription.allowEstimated = allowEstimated
        try PrescriptionExemptionMethod.grounds(params, into: &prescription)
        var apprenticeship: BursaryRequest?
        if let object = try params.object(.apprenticeship, allowed: programme) {
            let programme = try ApprenticeshipBursaryMethod.programme(object)
            apprenticeship = BursaryRequest(dateOfBirth: dateOfBirth, start: programme.start, end: programme.end,
                                            careLeaver: careLeaver ?? false)
        }
        return AssessRequest(
            dateOfBirth: dateOfBirth, on: on, year: year, allowEstimated: allowEstimated, place: place, careLeaver: careLeaver,
            order: order ?? .specialGuardianship, arrangement: arrangement ?? .stayingPut,
            prescription: prescription, apprenticeship: apprenticeship,
            weeklyContribution: try params.money(.weeklyContribution), weeklyRate: try params.money(.weeklyRate))
    }
}
