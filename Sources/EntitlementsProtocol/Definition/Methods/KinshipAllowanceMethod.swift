import Entitlements

/// `kinship.allowance`: the kinship allowance over a period.
enum KinshipAllowanceMethod {
    /// The definition.
    static let definition = MethodDefinition(
        .kinshipAllowance, summary: "the kinship allowance for a child over a period, in lines split at birthdays and rate changes",
        params: [
            CommonParams.dateOfBirth("the child's"), CommonParams.from, CommonParams.to, CommonParams.region,
            CommonParams.localAuthority, order, otherwiseInCare, receivesSpecialGuardianshipAllowance, pilotStartedOn, CommonParams.scheme, CommonParams.allowEstimated, CommonParams.schedule,
            CommonParams.alreadyPaid("what has been paid for the period, to work out arrears"),
        ],
        result: ResultSchema.allowance, decode: decode, fastDecode: decode, caseloadDecode: decode)

    /// `order`: the carer's order or arrangement.
    static let order = Param(
        .order, .choice(KinshipOrder.allCases.map(\.rawValue)), default: "\"\(KinshipOrder.specialGuardianship.rawValue)\"",
        help: "the carer's order or arrangement", flags: [.option("order", valueName: "ORDER")])

    /// `otherwiseInCare`: whether the child would otherwise be in care (a condition of the review's allowance).
    static let otherwiseInCare = Param(
        .otherwiseInCare, .bool, default: "true",
        help: "whether the child would otherwise be in care (review-2022 pays special guardians and child arrangements order carers only then; assumed when not given)",
        flags: [.flag("not-otherwise-in-care", sets: .bool(false), help: "the child would not otherwise be in care")])

    /// `receivesSpecialGuardianshipAllowance`: the carer already gets a council's special guardianship allowance.
    static let receivesSpecialGuardianshipAllowance = Param(
        .receivesSpecialGuardianshipAllowance, .bool, default: "false",
        help: "the carer already receives a special guardianship allowance under the 2005 Regulations (the Kinship Allowance pilot does not pay them)",
        flags: [.flag("receives-sg-allowance", sets: .bool(true), help: "the carer already receives a special guardianship allowance")])

    /// `pilotStartedOn`: the first day the carer was paid under a pilot.
    static let pilotStartedOn = Param(
        .pilotStartedOn, .date,
        help: "the first day this carer was paid under the Kinship Allowance pilot (its three years count from it; default: the pilot's start)",
        flags: [.option("pilot-started-on")])

    /// Reads the request.
    static func decode<Source: ParamSource>(_ params: Source) throws(Source.Failure) -> KinshipRequest {
        let period = try CommonParams.period(params)
        let order = try params.choice(.order, KinshipOrder.self)
        return KinshipRequest(
            dateOfBirth: try params.required(try params.date(.dateOfBirth), .dateOfBirth), period: period,
            place: try CommonParams.place(params), order: order ?? .specialGuardianship,
            schedule: try CommonParams.schedule(params, defaultAnchor: period.from), alreadyPaid: try params.money(.alreadyPaid),
            allowEstimated: try CommonParams.allowEstimated(params), otherwiseInCare: try params.bool(.otherwiseInCare),
            receivesSpecialGuardianshipAllowance: try params.bool(.receivesSpecialGuardianshipAllowance) ?? false,
            pilotStartedOn: try params.date(.pilotStartedOn))
    }
}
