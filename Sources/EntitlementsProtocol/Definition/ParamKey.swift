/// Every param key of the protocol, each spelt once: a case's name is the key as written in a
/// request, its raw value its position (the fast path keeps members by position).
public enum ParamKey: Int, CaseIterable, Sendable {
    case dateOfBirth, from, to, region, localAuthority, order, schedule, alreadyPaid, scheme, allowEstimated
    case arrangement, weeklyContribution, weeklyRate, frequency, anchor, on, careLeaver, start, end
    case fullTimeEducation, maternityExemption, medicalExemption, warPensionExemption, nhsInpatient, itemsPerMonth
    case benefits, dependantOfBenefits, apprenticeship, method, params, schemes
    /// `assess`: the Staying Put or Staying Close arrangement object.
    case stayingPut
    case otherwiseInCare, receivesSpecialGuardianshipAllowance, pilotStartedOn
    case payOffsetDays, payWeekday, timing, monthly
    /// `prescription.exemption`: the items are HRT items (the HRT prepayment certificate is compared).
    case hrtItems

    /// The key as written in a request, e.g. `dateOfBirth`.
    public var name: String { Self.names[rawValue] }

    /// The keys as written, by position (the case names).
    static let names: [String] = allCases.map { String(describing: $0) }

    /// The keys' UTF-8 bytes, by position, for comparing with a request's bytes.
    static let utf8: [[UInt8]] = names.map { Array($0.utf8) }
}
