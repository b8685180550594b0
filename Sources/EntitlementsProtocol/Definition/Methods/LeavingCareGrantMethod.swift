import Entitlements

/// `leavingCare.grant`: the leaving-care grant on a date.
enum LeavingCareGrantMethod {
    /// The definition.
    static let definition = MethodDefinition(
        .leavingCareGrant, summary: "the leaving-care grant (setting-up-home allowance) for a claim on a date",
        params: [
            CommonParams.on("the date of the claim"), CommonParams.dateOfBirth("the care leaver's", required: false),
            Param(.careLeaver, .bool, default: "true", help: "whether the person is a care leaver",
                  flags: [.flag("not-care-leaver", sets: .bool(false), help: "the person is not a care leaver")]),
            CommonParams.alreadyPaid("what has been paid of the grant, to work out what remains"), CommonParams.scheme,
            CommonParams.allowEstimated,
        ],
        result: ResultSchema.grant, decode: decode, fastDecode: decode, caseloadDecode: decode)

    /// Reads the request.
    static func decode<Source: ParamSource>(_ params: Source) throws(Source.Failure) -> GrantRequest {
        GrantRequest(on: try params.required(try params.date(.on), .on), dateOfBirth: try params.date(.dateOfBirth),
                     careLeaver: try params.bool(.careLeaver) ?? true, alreadyPaid: try params.money(.alreadyPaid),
                     allowEstimated: try CommonParams.allowEstimated(params))
    }
}
