import Entitlements

/// `kinship.allowance`: the kinship allowance over a period.
enum KinshipAllowanceMethod {
    /// The definition.
    static let definition = MethodDefinition(
        .kinshipAllowance, summary: "the kinship allowance for a child over a period, in lines split at birthdays and rate changes",
        params: [
            CommonParams.dateOfBirth("the child's"), CommonParams.from, CommonParams.to, CommonParams.region,
            CommonParams.localAuthority, order, CommonParams.scheme, CommonParams.allowEstimated, CommonParams.schedule,
            CommonParams.alreadyPaid("what has been paid for the period, to work out arrears"),
        ],
        result: ResultSchema.allowance, wrap: EntitlementRequest.kinship, decode: decode, fastDecode: decode)

    /// `order`: the carer's order or arrangement.
    static let order = Param(
        .order, .choice(KinshipOrder.allCases.map(\.rawValue)), default: "\"\(KinshipOrder.specialGuardianship.rawValue)\"",
        help: "the carer's order or arrangement", flags: [.option("order", valueName: "ORDER")])

    /// Reads the request.
    static func decode<Source: ParamSource>(_ params: Source) throws(Source.Failure) -> KinshipRequest {
        let period = try CommonParams.period(params)
        let order = try params.choice(.order, KinshipOrder.self)
        return KinshipRequest(
            dateOfBirth: try params.required(try params.date(.dateOfBirth), .dateOfBirth), period: period,
            place: try CommonParams.place(params), order: order ?? .specialGuardianship,
            schedule: try CommonParams.schedule(params, defaultAnchor: period.from), alreadyPaid: try params.money(.alreadyPaid),
            allowEstimated: try CommonParams.allowEstimated(params))
    }
}
