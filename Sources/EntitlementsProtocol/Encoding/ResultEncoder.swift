import Entitlements

/// Writes entitlement results as the protocol's result objects, keys in sorted order.
struct ResultEncoder {
    /// `"rulebook":{…},"scheme":"…","schemeStatus":"…"`: the members every result under one scheme
    /// ends with, encoded once per scheme.
    let schemeMembers: [UInt8]

    /// The encoder of results under `scheme` of `ruleBook`.
    init(scheme: Scheme, ruleBook: RuleBook) {
        var out = JSONBytes(capacity: 192)
        out.openObject()
        out.key("rulebook")
        out.openObject()
        out.key("revision"); out.string(ruleBook.revision)
        out.key("version"); out.string(ruleBook.version)
        out.closeObject()
        out.key("scheme"); out.string(scheme.id)
        out.key("schemeStatus"); out.string(scheme.status.rawValue)
        out.closeObject()
        schemeMembers = Array(out.bytes.dropFirst().dropLast())
    }

    /// The engine's version as a JSON string, written once.
    private static let engineValue: [UInt8] = {
        var out = JSONBytes(capacity: 32)
        out.string(Engine.version)
        return out.bytes
    }()

    /// One result; `entry` adds an `assess` entry's `method`, `nextDue` and `status` members.
    func write(_ result: EntitlementResult, entry: EntryMembers? = nil, into out: inout JSONBytes) {
        switch result {
        case .allowance(let result): allowance(result, entry: entry, into: &out)
        case .grant(let result): grant(result, entry: entry, into: &out)
        case .bursary(let result): bursary(result, entry: entry, into: &out)
        case .prescription(let result): prescription(result, entry: entry, into: &out)
        }
    }

    /// `eligible`, `engine` and `estimated`, three of the common fields, in key order.
    func eligibleEngineEstimated(_ explanation: Explanation, into out: inout JSONBytes) {
        out.members(maxBytes: 32 + Self.engineValue.count, last: "engine") { fragment in
            let eligible: StaticString = explanation.eligible ? #""eligible":true,"engine":"# : #""eligible":false,"engine":"#
            fragment.literal(eligible)
            fragment.escaped(Self.engineValue)
        }
        estimated(explanation, into: &out)
    }

    /// `eligible`, `eligibleFrom`, `eligibleUntil`, `engine` and `estimated`, in key order.
    func eligibleDatesEngineEstimated(_ explanation: Explanation, from: CalendarDate?, until: CalendarDate?,
                                      into out: inout JSONBytes) {
        guard let from, let until else {
            out.key("eligible"); out.bool(explanation.eligible)
            out.key("eligibleFrom"); out.date(from)
            out.key("eligibleUntil"); out.date(until)
            engine(into: &out)
            estimated(explanation, into: &out)
            return
        }
        out.members(maxBytes: 96 + Self.engineValue.count, last: "engine") { fragment in
            let eligible: StaticString = explanation.eligible ? #""eligible":true,"eligibleFrom":""# : #""eligible":false,"eligibleFrom":""#
            fragment.literal(eligible)
            fragment.date(from)
            fragment.literal(#"","eligibleUntil":""#)
            fragment.date(until)
            fragment.literal(#"","engine":"#)
            fragment.escaped(Self.engineValue)
        }
        estimated(explanation, into: &out)
    }

    /// `engine`: the engine's version, encoded once.
    func engine(into out: inout JSONBytes) {
        out.key("engine")
        out.raw(Self.engineValue)
    }

    /// `"estimated":[]`, the member of nearly every result.
    private static let noEstimates: [UInt8] = Array(#""estimated":[]"#.utf8)

    /// `estimated`: the estimated values used.
    func estimated(_ explanation: Explanation, into out: inout JSONBytes) {
        guard !explanation.estimated.isEmpty else {
            out.members(Self.noEstimates, last: "estimated")
            return
        }
        out.key("estimated")
        out.openArray()
        for value in explanation.estimated {
            out.openObject()
            out.key("effective"); out.date(value.effective)
            out.key("note"); out.string(value.note)
            out.key("region")
            if let region = value.region { out.string(region) } else { out.null() }
            out.key("table"); out.string(value.table)
            out.key("until"); out.date(value.until)
            out.closeObject()
        }
        out.closeArray()
    }

    /// `reasons`.
    func reasons(_ explanation: Explanation, into out: inout JSONBytes) {
        out.key("reasons")
        out.openArray()
        for reason in explanation.reasons {
            let texts = reason.rule.utf8.count + reason.textUTF8.count
            out.fragments(maxBytes: 32 + 6 * texts + reason.citation.escaped.count) { fragment in
                fragment.literal(#"{"rule":""#)
                fragment.text(reason.rule)
                fragment.literal(#"","source":""#)
                fragment.escaped(reason.citation.escaped)
                fragment.literal(#"","text":""#)
                if let escaped = reason.escapedText {
                    fragment.escaped(escaped)
                } else {
                    reason.textUTF8.withUnsafeBufferPointer { fragment.text(utf8: $0) }
                }
                fragment.literal(#""}"#)
            }
        }
        out.closeArray()
    }

    /// `rulebook`, `scheme` and `schemeStatus`.
    func rulebookAndScheme(into out: inout JSONBytes) {
        out.members(schemeMembers, last: "schemeStatus")
    }

    func allowance(_ result: AllowanceResult, entry: EntryMembers?, into out: inout JSONBytes) {
        out.openObject()
        if let balance = result.balance { out.key("balance"); out.money(balance) }
        eligibleDatesEngineEstimated(result.explanation, from: result.eligibleFrom, until: result.eligibleUntil, into: &out)
        out.key("lines")
        let written = lines(result.lines, recording: result.payments != nil, into: &out)
        entry?.head(into: &out)
        if let payments = result.payments {
            out.key("payments")
            out.openArray()
            for payment in payments {
                out.fragments(maxBytes: 64 + JSONBytes.longestMoney, part: .opening) { fragment in
                    fragment.literal(#"{"amount":""#)
                    fragment.money(payment.amount)
                    fragment.literal(#"","from":""#)
                    fragment.date(payment.from)
                    fragment.literal(#"","lines":"#)
                }
                paymentLines(payment.lines.slice, of: result.lines, written: written, into: &out)
                out.fragments(maxBytes: 64, part: .closing) { fragment in
                    fragment.literal(#","payDate":""#)
                    fragment.date(payment.payDate)
                    fragment.literal(#"","to":""#)
                    fragment.date(payment.to)
                    fragment.literal(#""}"#)
                }
            }
            out.closeArray()
        }
        reasons(result.explanation, into: &out)
        rulebookAndScheme(into: &out)
        entry?.tail(into: &out)
        total(result.total, into: &out)
    }

    /// `total`, the last member, and the end of the result.
    func total(_ total: Money, into out: inout JSONBytes) {
        out.members(maxBytes: 16 + JSONBytes.longestMoney, last: "total") { fragment in
            fragment.literal(#""total":""#)
            fragment.money(total)
            fragment.literal(#"""#)
        }
        out.closeObject()
    }

    /// The lines; when `recording`, returns where in `out` each was written.
    func lines(_ lines: [AllowanceLine], recording: Bool, into out: inout JSONBytes) -> [Range<Int>] {
        var written: [Range<Int>] = []
        if recording { written.reserveCapacity(lines.count) }
        out.openArray()
        lines.withUnsafeBufferPointer { lines in  // each line read in place, not copied
            for index in lines.indices {
                let start = out.count
                line(lines[index], into: &out)
                if recording { written.append(out.valueRange(from: start)) }
            }
        }
        out.closeArray()
        return written
    }

    /// A payment's lines. The engine makes them a slice of the result's lines, sharing their
    /// storage: then each is copied from where it was written (`written`, by index) rather than
    /// written again. Any other slice is written afresh.
    func paymentLines(_ lines: ArraySlice<AllowanceLine>, of all: [AllowanceLine], written: [Range<Int>],
                      into out: inout JSONBytes) {
        out.openArray()
        if written.count == all.count, Self.shareStorage(lines, all) {
            for index in lines.indices { out.repeatValue(written[index]) }
        } else {
            lines.withUnsafeBufferPointer { lines in
                for index in lines.indices { line(lines[index], into: &out) }
            }
        }
        out.closeArray()
    }

    /// Whether `slice` is a slice of `all` itself: the same storage at the same indices.
    static func shareStorage(_ slice: ArraySlice<AllowanceLine>, _ all: [AllowanceLine]) -> Bool {
        guard slice.endIndex <= all.count else { return false }
        let first = slice.withUnsafeBufferPointer { $0.baseAddress }
        let expected = all.withUnsafeBufferPointer { $0.baseAddress.map { $0 + slice.startIndex } }
        return first != nil && first == expected
    }

    /// One line, written from fragments (the most frequent object in the protocol).
    func line(_ line: AllowanceLine, into out: inout JSONBytes) {
        let texts = (line.ageBand?.utf8.count ?? 0) + line.region.utf8.count + line.table.utf8.count
        out.fragments(maxBytes: 256 + 4 * JSONBytes.longestMoney + 6 * texts) { fragment in
            if let band = line.ageBand {
                fragment.literal(#"{"ageBand":""#)
                fragment.text(band)
                fragment.literal(#"","amount":""#)
            } else {
                fragment.literal(#"{"ageBand":null,"amount":""#)
            }
            fragment.money(line.amount)
            fragment.literal(#"","days":"#)
            fragment.count(line.days)
            if let effective = line.effective {
                fragment.literal(#","effective":""#)
                fragment.date(effective)
                fragment.literal(#"","from":""#)
            } else {
                fragment.literal(#","effective":null,"from":""#)
            }
            fragment.date(line.from)
            if let gross = line.grossWeeklyRate {
                fragment.literal(#"","grossWeeklyRate":""#)
                fragment.money(gross)
            }
            fragment.literal(#"","region":""#)
            fragment.text(line.region)
            fragment.literal(#"","table":""#)
            fragment.text(line.table)
            fragment.literal(#"","to":""#)
            fragment.date(line.to)
            if let contribution = line.weeklyContribution {
                fragment.literal(#"","weeklyContribution":""#)
                fragment.money(contribution)
            }
            fragment.literal(#"","weeklyRate":""#)
            fragment.money(line.weeklyRate)
            fragment.literal(#""}"#)
        }
    }

    func grant(_ result: GrantResult, entry: EntryMembers?, into out: inout JSONBytes) {
        out.openObject()
        out.key("amount"); out.money(result.amount)
        eligibleEngineEstimated(result.explanation, into: &out)
        out.key("financialYear"); out.string(result.financialYear.description)
        out.key("indexation")
        out.openArray()
        for step in result.indexation {
            out.openObject()
            out.key("amount"); out.money(step.amount)
            out.key("financialYear"); out.string(step.financialYear.description)
            out.key("rate")
            if let rate = step.rate { out.string(rate.text) } else { out.null() }
            out.closeObject()
        }
        out.closeArray()
        entry?.head(into: &out)
        reasons(result.explanation, into: &out)
        out.key("remaining"); out.money(result.remaining)
        rulebookAndScheme(into: &out)
        entry?.tail(into: &out)
        out.closeObject()
    }

    func bursary(_ result: BursaryResult, entry: EntryMembers?, into out: inout JSONBytes) {
        out.openObject()
        eligibleEngineEstimated(result.explanation, into: &out)
        entry?.head(into: &out)
        out.key("payments")
        out.openArray()
        for payment in result.payments {
            out.openObject()
            out.key("amount"); out.money(payment.amount)
            out.key("due"); out.date(payment.due)
            if let instalment = payment.instalment { out.key("instalment"); out.integer(instalment) }
            out.key("year"); out.integer(payment.year)
            out.closeObject()
        }
        out.closeArray()
        reasons(result.explanation, into: &out)
        rulebookAndScheme(into: &out)
        entry?.tail(into: &out)
        total(result.total, into: &out)
    }

    func prescription(_ result: PrescriptionResult, entry: EntryMembers?, into out: inout JSONBytes) {
        out.openObject()
        if let cost = result.annualCost {
            out.key("annualCost")
            out.openObject()
            out.key("amount"); out.money(cost.amount)
            out.key("option"); out.string(cost.option)
            out.closeObject()
        }
        if let saving = result.annualSaving { out.key("annualSaving"); out.money(saving) }
        out.key("chargePerItem"); out.money(result.chargePerItem)
        eligibleEngineEstimated(result.explanation, into: &out)
        out.key("exempt"); out.bool(result.exempt)
        out.key("grounds")
        out.openArray()
        for ground in result.grounds {
            out.openObject()
            out.key("ground"); out.string(ground.ground)
            out.key("until"); out.date(ground.until)
            out.closeObject()
        }
        out.closeArray()
        entry?.head(into: &out)
        reasons(result.explanation, into: &out)
        rulebookAndScheme(into: &out)
        entry?.tail(into: &out)
        out.closeObject()
    }
}
