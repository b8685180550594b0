/// Whether a scheme is the law, a pilot or a proposal: what a reader may take its answers for.
public enum SchemeStatus: String, Sendable, CaseIterable {
    /// What the law and national guidance provide.
    case law
    /// A government pilot, in force only where and while it runs.
    case pilot
    /// A recommendation that is not the law.
    case proposal
}
