import Entitlements

/// `prescription.exemption`: whether prescriptions are free on a date.
enum PrescriptionExemptionMethod {
    /// The definition.
    static let definition = MethodDefinition(
        .prescriptionExemption,
        summary: "whether prescriptions are free on a date, on which grounds, and the cheapest way to pay if not",
        params: [CommonParams.dateOfBirth("the patient's"), CommonParams.on("the date the prescription is dispensed")]
            + flags + [CommonParams.scheme, CommonParams.allowEstimated],
        result: ResultSchema.prescription, decode: decode, fastDecode: decode, caseloadDecode: decode)

    /// `careLeaver`, as prescriptions read it (default false).
    static let careLeaver = Param(.careLeaver, .bool, default: "false", help: "whether the person is a care leaver",
                                  flags: [.flag("care-leaver", sets: .bool(true), help: "the person is a care leaver")])

    /// The qualifying benefits of the built-in rule book (`rules/prescription.json`), for what must be
    /// known before a rule book is loaded: the JSON Schema's enum, the command line's choices and the
    /// docs. A request's words are checked against the rule book it runs with (`PrescriptionPolicy.check`).
    static let builtInBenefits: [String] = builtInPolicy?.benefitWords ?? []

    /// The built-in rule book's prescription policy (its default scheme's), for help text that must
    /// be written before a rule book is loaded: its ages, not ages written here.
    static let builtInPolicy: PrescriptionPolicy? = {
        guard case .success(let book) = RuleBook.builtIn else { return nil }
        return book.defaultScheme.prescription
    }()

    /// The grounds a person states, as params: care leaver, certificates, benefits and items a month
    /// (also `assess`'s).
    static let flags: [Param] = [
        careLeaver,
        Param(.fullTimeEducation, .bool, default: "false", help: builtInPolicy?.words(forGround: "full-time-education") ?? "in full-time education",
              flags: [.flag("full-time-education", sets: .bool(true))]),
        Param(.maternityExemption, .bool, default: "false", help: "holds a maternity exemption certificate",
              flags: [.flag("maternity", sets: .bool(true))]),
        Param(.medicalExemption, .bool, default: "false", help: "holds a medical exemption certificate",
              flags: [.flag("medical", sets: .bool(true))]),
        Param(.warPensionExemption, .bool, default: "false", help: "holds a war pension exemption certificate",
              flags: [.flag("war-pension", sets: .bool(true))]),
        Param(.nhsInpatient, .bool, default: "false", help: "an NHS inpatient", flags: [.flag("inpatient", sets: .bool(true))]),
        Param(.benefits, .choices(builtInBenefits), help: "a qualifying benefit or certificate",
              flags: [.each("benefit", valueName: "NAME")]),
        Param(.dependantOfBenefits, .choices(builtInBenefits),
              help: "a qualifying benefit of the person whose dependant this is"
                + (builtInPolicy.map { " (under \($0.dependantUnderAge): the dependant ground)" } ?? ""),
              flags: [.each("dependant-of-benefit", valueName: "NAME")]),
        Param(.itemsPerMonth, .integer(0...1000), help: "prescription items a month, to price the cheapest way to pay",
              flags: [.option("items-per-month")]),
        Param(.hrtItems, .bool, default: "false",
              help: "the items are HRT items: the HRT prepayment certificate (12 months, HRT items only) is compared too",
              flags: [.flag("hrt-items", sets: .bool(true))]),
    ]

    /// Reads the request.
    static func decode<Source: ParamSource>(_ params: Source) throws(Source.Failure) -> PrescriptionRequest {
        var request = PrescriptionRequest(dateOfBirth: try params.required(try params.date(.dateOfBirth), .dateOfBirth),
                                          on: try params.required(try params.date(.on), .on))
        try grounds(params, into: &request)
        // Estimated charges are used only when the request allows them.
        request.allowEstimated = try CommonParams.allowEstimated(params)
        return request
    }

    /// The flags, benefits and items per month.
    static func grounds<Source: ParamSource>(_ params: Source, into request: inout PrescriptionRequest) throws(Source.Failure) {
        request.careLeaver = try params.bool(.careLeaver) ?? false
        request.fullTimeEducation = try params.bool(.fullTimeEducation) ?? false
        request.maternityExemption = try params.bool(.maternityExemption) ?? false
        request.medicalExemption = try params.bool(.medicalExemption) ?? false
        request.warPensionExemption = try params.bool(.warPensionExemption) ?? false
        request.nhsInpatient = try params.bool(.nhsInpatient) ?? false
        // Any words here: the engine checks them against the loaded rule book's benefits.
        request.benefits = try params.words(.benefits, from: nil) ?? []
        request.dependantOfBenefits = try params.words(.dependantOfBenefits, from: nil) ?? []
        request.itemsPerMonth = try params.integer(.itemsPerMonth, in: 0...1000)
        request.hrtItems = try params.bool(.hrtItems) ?? false
    }
}
