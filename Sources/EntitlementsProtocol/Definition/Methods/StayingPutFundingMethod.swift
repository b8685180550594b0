import Entitlements

/// `stayingPut.funding`: Staying Put or Staying Close funding over a period.
enum StayingPutFundingMethod {
    /// The definition.
    static let definition = MethodDefinition(
        .stayingPutFunding, summary: "Staying Put funding for a former foster carer over a period (--close: Staying Close)",
        params: [
            CommonParams.dateOfBirth("the young person's"), CommonParams.from, CommonParams.to, CommonParams.region,
            CommonParams.localAuthority, arrangement, weeklyContribution, weeklyRate, CommonParams.scheme,
            CommonParams.allowEstimated, CommonParams.schedule,
            CommonParams.alreadyPaid("what has been paid for the period, to work out arrears"),
        ],
        result: ResultSchema.allowance, decode: decode, fastDecode: decode, caseloadDecode: decode)

    /// `arrangement`: Staying Put or Staying Close.
    static let arrangement = Param(
        .arrangement, .choice(StayingArrangement.allCases.map(\.rawValue)), default: "\"\(StayingArrangement.stayingPut.rawValue)\"",
        help: "the arrangement: staying-put or staying-close",
        flags: [.flag("close", sets: .word(StayingArrangement.stayingClose.rawValue), help: "Staying Close instead of Staying Put")])
    /// `weeklyContribution`: the young person's weekly contribution.
    static let weeklyContribution = Param(
        .weeklyContribution, .money, default: "\"0.00\"", help: "the young person's weekly contribution", flags: [.option("contribution")])
    /// `weeklyRate`: the council's weekly rate.
    static let weeklyRate = Param(
        .weeklyRate, .money, help: "the council's weekly rate (needed for Staying Close without a council rate)",
        flags: [.option("weekly-rate")])

    /// Reads the request.
    static func decode<Source: ParamSource>(_ params: Source) throws(Source.Failure) -> StayingPutRequest {
        let period = try CommonParams.period(params)
        let arrangement = try params.choice(.arrangement, StayingArrangement.self)
        return StayingPutRequest(
            dateOfBirth: try params.required(try params.date(.dateOfBirth), .dateOfBirth), period: period,
            place: try CommonParams.place(params), arrangement: arrangement ?? .stayingPut,
            weeklyContribution: try params.money(.weeklyContribution), weeklyRate: try params.money(.weeklyRate),
            schedule: try CommonParams.schedule(params, defaultAnchor: period.from), alreadyPaid: try params.money(.alreadyPaid),
            allowEstimated: try CommonParams.allowEstimated(params))
    }
}
