/// One sentence of explanation a caseworker can read aloud, with the rule it comes from.
public struct Reason: Sendable, Equatable {
    /// The rule id (a policy or table id in the rule book).
    public let rule: String
    /// The plain sentence, as UTF-8 (kept as written; `text` makes the string).
    public let textUTF8: [UInt8]
    /// The rule's source reference, escaped for JSON once.
    public let citation: Citation
    /// The sentence escaped for JSON, when it was prepared once for many results (nil: escaped
    /// when written).
    package let escapedText: [UInt8]?

    /// The plain sentence.
    public var text: String { String(decoding: textUTF8, as: UTF8.self) }
    /// The rule's source reference.
    public var source: String { citation.text }

    /// Makes a reason.
    public init(rule: String, text: String, source: String) {
        self.init(rule: rule, sentence: Sentence(text), citation: Citation(source))
    }

    init(rule: String, sentence: Sentence, citation: Citation) {
        self.rule = rule
        textUTF8 = sentence.utf8
        escapedText = sentence.escaped
        self.citation = citation
    }

    /// Two reasons are the same when their rule, sentence and source are.
    public static func == (lhs: Reason, rhs: Reason) -> Bool {
        lhs.rule == rhs.rule && lhs.textUTF8 == rhs.textUTF8 && lhs.citation == rhs.citation
    }
}

/// An estimated rule-book value a result used.
public struct EstimatedValue: Sendable, Equatable {
    /// The table, series or policy id.
    public let table: String
    /// The first day of the value.
    public let effective: CalendarDate
    /// The last day of the value, if it ends.
    public let until: CalendarDate?
    /// The region, for a table by region.
    public let region: String?
    /// How the estimate was made.
    public let note: String
}

/// What every result carries besides its own figures.
public struct Explanation: Sendable, Equatable {
    /// Whether anything is due.
    public var eligible: Bool = false
    /// Why, in sentences.
    public var reasons: [Reason] = []
    /// Estimated values used.
    public var estimated: [EstimatedValue] = []
    /// Whether reasons are recorded (false for an engine that only adds up money: no sentence is made).
    public private(set) var recordsReasons = true

    /// Makes an empty explanation.
    public init() {}

    /// Makes an empty explanation that records reasons or not.
    init(recordingReasons: Bool) {
        recordsReasons = recordingReasons
    }

    /// Adds a reason citing a rule-book source (the sentence is made only when reasons are recorded).
    mutating func say(_ rule: String, _ sentence: @autoclosure () -> Sentence, _ citation: @autoclosure () -> Citation) {
        guard recordsReasons else { return }
        if reasons.isEmpty { reasons.reserveCapacity(4) }
        reasons.append(Reason(rule: rule, sentence: sentence(), citation: citation()))
    }

    /// Adds a reason citing a source given as text, escaped now: for the rare reasons whose source
    /// has no citation made at load (a replaced council code, a rate given in the request, an estimate).
    mutating func say(_ rule: String, _ sentence: @autoclosure () -> Sentence, _ source: String) {
        say(rule, sentence(), Citation(source))
    }

    /// Adds a reason unless the same sentence is already there.
    mutating func sayOnce(_ rule: String, _ sentence: Sentence, _ citation: Citation) {
        guard !reasons.contains(where: { $0.rule == rule && $0.textUTF8 == sentence.utf8 }) else { return }
        say(rule, sentence, citation)
    }

    /// Adds a sentence for each estimated value used, saying how it was estimated.
    mutating func explainEstimates() {
        guard recordsReasons else { return }
        for value in estimated {
            let region = value.region.map { " for \($0)" } ?? ""
            say(value.table, "The \(value.table) rate\(region) from \(value.effective) is an estimate: \(value.note)", "rule book estimate")
        }
    }

    /// Records an estimated row once.
    mutating func used<Payload>(_ row: DatedRow<Payload>, table: String) {
        guard row.status == .estimated else { return }
        let value = EstimatedValue(table: table, effective: row.effective, until: row.until, region: row.region,
                                   note: row.note ?? "estimated")
        if !estimated.contains(value) { estimated.append(value) }
    }
}
