import Entitlements

/// `apprenticeship.bursary`: the apprenticeship bursary's payments.
enum ApprenticeshipBursaryMethod {
    /// The definition.
    static let definition = MethodDefinition(
        .apprenticeshipBursary, summary: "the apprenticeship bursary for a care leaver: each payment and when it is due",
        params: [
            CommonParams.dateOfBirth("the apprentice's"), start, end,
            Param(.careLeaver, .bool, default: "true", help: "whether the person is a care leaver",
                  flags: [.flag("not-care-leaver", sets: .bool(false), help: "the person is not a care leaver")]),
            CommonParams.scheme, CommonParams.allowEstimated,
        ],
        result: ResultSchema.bursary, decode: decode, fastDecode: decode, caseloadDecode: decode)

    /// `start`: the first day of the apprenticeship.
    static let start = Param(.start, .date, required: true, help: "first day of the apprenticeship", flags: [.option("start")])
    /// `end`: the last day on the programme.
    static let end = Param(.end, .date, required: true, help: "last day on the programme (expected or actual)", flags: [.option("end")])

    /// Reads the request.
    static func decode<Source: ParamSource>(_ params: Source) throws(Source.Failure) -> BursaryRequest {
        // Every method accepts `allowEstimated`; the bursary has no estimated values, but a value of
        // the wrong type is still an error rather than ignored.
        _ = try CommonParams.allowEstimated(params)
        let (start, end) = try programme(params)
        return BursaryRequest(dateOfBirth: try params.required(try params.date(.dateOfBirth), .dateOfBirth), start: start, end: end,
                              careLeaver: try params.bool(.careLeaver) ?? true)
    }

    /// `start` and `end`, with `end` not before `start` (also `assess`'s `apprenticeship` object).
    static func programme<Source: ParamSource>(_ params: Source) throws(Source.Failure) -> (start: CalendarDate, end: CalendarDate) {
        let start = try params.required(try params.date(.start), .start)
        let end = try params.required(try params.date(.end), .end)
        if end < start { throw params.fault(.end, "\"end\" (\(end)) is before \"start\" (\(start))") }
        return (start, end)
    }
}
