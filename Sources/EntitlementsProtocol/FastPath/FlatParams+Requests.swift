import Entitlements

/// The typed requests read from flat params, each as its `Params` reader reads it; nil wherever
/// that reader would refuse or a value is not in the plain form.
extension FlatParams {
    /// The request of an entitlement method.
    func request(for method: Method) -> EntitlementRequest? {
        switch method {
        case .kinshipAllowance: return kinship().map(EntitlementRequest.kinship)
        case .stayingPutFunding: return stayingPut().map(EntitlementRequest.stayingPut)
        case .leavingCareGrant: return grant().map(EntitlementRequest.grant)
        case .apprenticeshipBursary: return bursary().map(EntitlementRequest.bursary)
        case .prescriptionExemption: return prescription().map(EntitlementRequest.prescription)
        case .assess, .compare, .rulesDescribe: return nil
        }
    }

    func kinship() -> KinshipRequest? {
        guard let period = period(), let birth = date(.dateOfBirth), let birth, let place = place(),
              let order = choice(.order, or: KinshipOrder.specialGuardianship), let schedule = schedule(anchor: period.from),
              let paid = money(.alreadyPaid), let estimated = bool(.allowEstimated) else { return nil }
        return KinshipRequest(dateOfBirth: birth, period: period, place: place, order: order, schedule: schedule,
                              alreadyPaid: paid, allowEstimated: estimated ?? false)
    }

    func grant() -> GrantRequest? {
        guard let on = date(.on), let on, let birth = date(.dateOfBirth), let careLeaver = bool(.careLeaver),
              let paid = money(.alreadyPaid), let estimated = bool(.allowEstimated) else { return nil }
        return GrantRequest(on: on, dateOfBirth: birth, careLeaver: careLeaver ?? true, alreadyPaid: paid,
                            allowEstimated: estimated ?? false)
    }

    func bursary() -> BursaryRequest? {
        guard bool(.allowEstimated) != nil, let careLeaver = bool(.careLeaver), let birth = date(.dateOfBirth), let birth else {
            return nil
        }
        return apprenticeship(dateOfBirth: birth, careLeaver: careLeaver ?? true)
    }

    /// `start` and `end` as a bursary request (an `assess` request has them in an object of their own).
    func apprenticeship(dateOfBirth: CalendarDate, careLeaver: Bool) -> BursaryRequest? {
        guard let start = date(.start), let start, let end = date(.end), let end, end >= start else { return nil }
        return BursaryRequest(dateOfBirth: dateOfBirth, start: start, end: end, careLeaver: careLeaver)
    }

    func prescription() -> PrescriptionRequest? {
        guard let birth = date(.dateOfBirth), let birth, let on = date(.on), let on, let careLeaver = bool(.careLeaver),
              let education = bool(.fullTimeEducation), let maternity = bool(.maternityExemption),
              let medical = bool(.medicalExemption), let warPension = bool(.warPensionExemption),
              let inpatient = bool(.nhsInpatient), let items = count(.itemsPerMonth, in: 0...1000),
              let estimated = bool(.allowEstimated) else { return nil }
        var request = PrescriptionRequest(dateOfBirth: birth, on: on)
        request.careLeaver = careLeaver ?? false
        request.fullTimeEducation = education ?? false
        request.maternityExemption = maternity ?? false
        request.medicalExemption = medical ?? false
        request.warPensionExemption = warPension ?? false
        request.nhsInpatient = inpatient ?? false
        request.itemsPerMonth = items
        request.allowEstimated = estimated ?? false
        return request
    }

    func stayingPut() -> StayingPutRequest? {
        guard let period = period(), let birth = date(.dateOfBirth), let birth, let place = place(),
              let arrangement = choice(.arrangement, or: StayingArrangement.stayingPut), let schedule = schedule(anchor: period.from),
              let contribution = money(.weeklyContribution), let rate = money(.weeklyRate),
              let paid = money(.alreadyPaid), let estimated = bool(.allowEstimated) else { return nil }
        return StayingPutRequest(dateOfBirth: birth, period: period, place: place, arrangement: arrangement,
                                 weeklyContribution: contribution, weeklyRate: rate, schedule: schedule,
                                 alreadyPaid: paid, allowEstimated: estimated ?? false)
    }

    func assess() -> AssessRequest? {
        guard let prescription = prescription(), let year = FinancialYear(containing: prescription.on).range,
              let place = place(), let careLeaver = bool(.careLeaver),
              let order = choice(.order, or: KinshipOrder.specialGuardianship),
              let arrangement = choice(.arrangement, or: StayingArrangement.stayingPut),
              let contribution = money(.weeklyContribution), let rate = money(.weeklyRate),
              let object = object(.apprenticeship) else { return nil }
        var apprenticeship: BursaryRequest?
        if let object {
            guard object.only(Keys([.start, .end])),
                  let request = object.apprenticeship(dateOfBirth: prescription.dateOfBirth, careLeaver: careLeaver ?? false) else {
                return nil
            }
            apprenticeship = request
        }
        return AssessRequest(
            dateOfBirth: prescription.dateOfBirth, on: prescription.on, year: year, allowEstimated: prescription.allowEstimated,
            place: place, careLeaver: careLeaver, order: order, arrangement: arrangement, prescription: prescription,
            apprenticeship: apprenticeship, weeklyContribution: contribution, weeklyRate: rate)
    }
}
