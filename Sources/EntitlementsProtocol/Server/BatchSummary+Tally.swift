import Entitlements

/// A part of a batch's summary added to while lines are answered (one per job, so that each worker
/// adds to its own; the main thread merges them in order), and whether responses are written.
///
/// A class, so that it is added to in place wherever it is passed (as a struct it was copied in and
/// out of the closures that answer a line: a tenth of the time of `--summary-only`).
final class Tally {
    /// What this part counted.
    var summary = BatchSummary()
    /// False for `batch --summary-only`: the fast path then computes without encoding.
    let writesResponses: Bool

    /// A tally of nothing yet.
    init(writesResponses: Bool) {
        self.writesResponses = writesResponses
    }
}

/// What `batch` asks of the serving loop: whether responses are written, and who takes each part of
/// the summary (a job's, or a single line's), in input order.
struct BatchObserver {
    /// False for `batch --summary-only`.
    let writesResponses: Bool
    /// Takes one part of the summary.
    let observe: (BatchSummary) -> Void

    /// A new, empty part.
    func tally() -> Tally { Tally(writesResponses: writesResponses) }
}
