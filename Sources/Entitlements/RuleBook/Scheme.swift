/// A rule scheme: the policy each entitlement follows.
public final class Scheme: Sendable {
    /// The scheme id, e.g. `review-2022`.
    public let id: String
    /// A title.
    public let title: String
    /// The scheme's source.
    public let source: String
    /// Whether it is the law, a pilot or a proposal.
    public let status: SchemeStatus
    /// The scheme in words for people, e.g. "the Independent Review's recommendations (a proposal, not the law)".
    public let inWords: String
    /// Kinship allowance.
    public let kinship: KinshipPolicy
    /// Leaving-care grant.
    public let leavingCareGrant: GrantPolicy
    /// Apprenticeship bursary.
    public let apprenticeshipBursary: BursaryPolicy
    /// Staying Put.
    public let stayingPut: StayingPutPolicy
    /// Staying Close.
    public let stayingClose: StayingPutPolicy
    /// Prescription exemption.
    public let prescription: PrescriptionPolicy
    /// What the scheme says to a kinship carer under each order, worded once at load
    /// (in `KinshipOrder.allCases` order).
    let kinshipSentences: [(paid: Bool, sentence: Sentence, citation: Citation)]

    /// Makes the value from its parts.
    init(id: String, title: String, source: String, status: SchemeStatus, inWords: String, kinship: KinshipPolicy, leavingCareGrant: GrantPolicy, apprenticeshipBursary: BursaryPolicy, stayingPut: StayingPutPolicy, stayingClose: StayingPutPolicy, prescription: PrescriptionPolicy) {
        self.id = id
        self.title = title
        self.source = source
        self.status = status
        self.inWords = inWords
        self.kinship = kinship
        self.leavingCareGrant = leavingCareGrant
        self.apprenticeshipBursary = apprenticeshipBursary
        self.stayingPut = stayingPut
        self.stayingClose = stayingClose
        self.prescription = prescription
        kinshipSentences = KinshipOrder.allCases.map { KinshipPolicy.sentence(status: status, inWords: inWords, policy: kinship, order: $0) }
    }
}
