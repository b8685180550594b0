import TestSupport
import Testing
@testable import Entitlements

/// Weekly allowances (kinship allowance, Staying Put, Staying Close) over a few thousand seeded
/// random requests, checked against a hand computation written here with plain integer arithmetic,
/// and against the properties SPEC.md promises: lines add up to the total, payments add up to the
/// total, cutting a period in two moves the total by at most a penny per cut line, and the same
/// request always gets the same answer.
@Suite struct PropertyTests {
    /// The seeded requests and the engine's answers, computed once for every test in this suite.
    static let cases: [(request: AllowanceRequest, outcome: Outcome)] = {
        guard let book = try? RealRuleBook.get() else { return [] }
        let engine = Engine(ruleBook: book)
        var maker = RequestMaker(random: SplitMix64(seed: 0x4B49_4E53_4849_50))
        return (0..<3_000).map { _ in
            let request = maker.next()
            return (request, request.outcome(engine))
        }
    }()

    let book: RuleBook
    let hand: HandComputation

    init() throws {
        book = try RealRuleBook.get()
        hand = HandComputation(book: book)
        try #require(Self.cases.count == 3_000)
    }

    /// The successful results, with their requests.
    var results: [(request: AllowanceRequest, result: AllowanceResult)] {
        Self.cases.compactMap { request, outcome in
            guard case .result(let result) = outcome else { return nil }
            return (request, result)
        }
    }

    @Test func theSeededRequestsCoverEveryKindOfCase() {
        let results = results
        #expect(results.count > 2_000)
        #expect(results.filter { !$0.result.lines.isEmpty }.count > 800)
        #expect(results.contains { $0.result.lines.contains { $0.table == "kent-fostering" } })
        #expect(results.contains { $0.result.lines.contains { $0.table == "request" } })
        #expect(results.contains { !$0.result.explanation.estimated.isEmpty })
        #expect(results.contains { $0.result.lines.contains { $0.weeklyRate == .zero } })
        for frequency in PaymentFrequency.allCases {
            #expect(results.contains { $0.request.schedule?.frequency == frequency && ($0.result.payments?.count ?? 0) > 2 })
        }
        #expect(Self.cases.contains { if case .noEnactedValue(_, _, true) = $0.outcome { true } else { false } })
        #expect(Self.cases.contains { if case .notConfigured = $0.outcome { true } else { false } })
    }

    @Test func everyAnswerMatchesTheHandComputation() {
        for (request, outcome) in Self.cases {
            let expected = hand.outcome(request)
            #expect(outcome.withoutReasons == expected, "\(request)")
        }
    }

    @Test func theLinesAddUpToTheTotalAndThePaymentsToo() throws {
        for (request, result) in results {
            #expect(result.total.pence == result.lines.reduce(0) { $0 + $1.amount.pence }, "\(request)")
            #expect(result.explanation.eligible == !result.lines.isEmpty)
            #expect(result.eligibleFrom == result.lines.first?.from)
            #expect(result.eligibleUntil == result.lines.last?.to)
            if let alreadyPaid = request.alreadyPaid {
                #expect(result.balance == Money(pence: result.total.pence - alreadyPaid.pence))
            } else {
                #expect(result.balance == nil)
            }
            guard let payments = result.payments else {
                #expect(request.schedule == nil)
                continue
            }
            let schedule = try #require(request.schedule)
            #expect(payments.reduce(0) { $0 + $1.amount.pence } == result.total.pence, "\(request)")
            #expect(payments.flatMap(\.lines) == result.lines, "\(request)")
            for payment in payments {
                #expect(payment.amount.pence == payment.lines.reduce(0) { $0 + $1.amount.pence })
                #expect(payment.from == payment.lines.first?.from)
                #expect(payment.to == payment.lines.last?.to)
                let period = HandComputation.payPeriod(schedule, containing: payment.from)
                #expect(payment.payDate.dayNumber == period.upperBound, "\(request)")
                #expect(payment.lines.allSatisfy { period.contains($0.from.dayNumber) && period.contains($0.to.dayNumber) })
            }
            for (earlier, later) in zip(payments, payments.dropFirst()) {
                #expect(earlier.payDate < later.payDate)
            }
        }
    }

    @Test func linesAreContiguousInsideThePeriodAndNeverCrossFirstApril() {
        for (request, result) in results {
            for line in result.lines {
                #expect(request.period.from <= line.from && line.to <= request.period.to, "\(request)")
                #expect(line.from <= line.to)
                #expect(line.days == line.from.days(until: line.to) + 1)
                // Lines are cut at 1 April whatever the rate's source, so each lies in one financial year.
                #expect(FinancialYear(containing: line.from) == FinancialYear(containing: line.to), "\(request): \(line)")
            }
            for (earlier, later) in zip(result.lines, result.lines.dropFirst()) {
                #expect(earlier.to.nextDay == later.from, "\(request)")
                if request.schedule == nil, FinancialYear(containing: earlier.to) == FinancialYear(containing: later.from) {
                    // Adjacent days with the same row, band and rate stay in one line within a financial year.
                    #expect((earlier.table, earlier.effective, earlier.ageBand, earlier.weeklyRate)
                        != (later.table, later.effective, later.ageBand, later.weeklyRate), "\(request)")
                }
            }
        }
    }

    /// A line never spans two financial years, even at a rate given in the request, so `batch` can
    /// total money by financial year exactly.
    @Test func aLineAtARateGivenInTheRequestIsCutAtFirstApril() throws {
        let engine = Engine(ruleBook: book)
        let request = StayingPutRequest(
            dateOfBirth: try date("2004-09-16"), period: try days("2025-02-27", "2025-04-16"),
            place: Place(region: "london"), weeklyRate: try money("217.15"))
        let result = try engine.stayingPutFunding(request, scheme: engine.scheme(named: "england-statutory"))
        #expect(result.lines.map(\.to) == [try date("2025-03-31"), try date("2025-04-16")])
    }

    @Test func everyLineIsItsWeeklyRateTimesItsDaysOverSevenRoundedOnceHalfAwayFromZero() {
        for (request, result) in results {
            for line in result.lines {
                #expect(line.amount.pence == HandComputation.weeklyRateOverDays(line.weeklyRate.pence, line.days), "\(request): \(line)")
            }
        }
    }

    /// A cut after day `m` splits a line when the line runs over both `m` and the day after. Rounding the
    /// two parts of such a line instead of the whole can move the sum by at most 1p (each rounding is
    /// within half a penny, so the difference is under 1.5p and a whole number of pence); lines the cut
    /// does not split are priced identically. So the total of the pieces differs from the total of the
    /// whole by at most one penny per cut that falls inside a line, and not at all otherwise.
    @Test func cuttingThePeriodChangesTheTotalByAtMostOnePennyPerCutThatSplitsALine() throws {
        let engine = Engine(ruleBook: book)
        var random = SplitMix64(seed: 0xC07)
        var cutsInsideLines = 0
        for (request, whole) in results.prefix(900) where request.period.days >= 2 {
            let cutCount = random.int(in: 1...min(3, request.period.days - 1))
            var cuts: Set<Int> = []
            while cuts.count < cutCount { cuts.insert(random.int(in: 0...(request.period.days - 2))) }
            // A cut after day `m` ends one piece on `m` and starts the next on the day after.
            let lastDays = try cuts.sorted().map { try #require(request.period.from.adding(days: $0)) }
            var pieces: [DateRange] = []
            var start = request.period.from
            for last in lastDays {
                pieces.append(try #require(DateRange(from: start, to: last)))
                start = try #require(last.nextDay)
            }
            pieces.append(try #require(DateRange(from: start, to: request.period.to)))
            #expect(pieces.reduce(0) { $0 + $1.days } == request.period.days)

            var piecesTotal: Int64 = 0
            for piece in pieces {
                guard case .result(let part) = request.with(period: piece).outcome(engine) else {
                    Issue.record("a piece of a computable request failed: \(piece) of \(request)")
                    continue
                }
                piecesTotal += part.total.pence
            }
            let splitting = lastDays.filter { day in whole.lines.contains { $0.from <= day && day < $0.to } }.count
            cutsInsideLines += splitting
            #expect(abs(whole.total.pence - piecesTotal) <= Int64(splitting),
                    "cut after \(lastDays) (\(splitting) inside lines): \(whole.total) vs \(piecesTotal) for \(request)")
        }
        #expect(cutsInsideLines > 300)
    }

    @Test func theSameRequestGetsTheSameAnswerWhateverCameBefore() {
        var random = SplitMix64(seed: 0x0DE5)
        let sample = Array(Self.cases.prefix(600))
        // Each alone, on an engine that has answered nothing else.
        let alone = sample.map { $0.request.outcome(Engine(ruleBook: book)) }
        #expect(alone == sample.map(\.outcome))
        // All through one engine, shuffled, then reversed.
        let shared = Engine(ruleBook: book)
        var order = Array(sample.indices)
        for _ in 0..<2 {
            order.shuffle(using: &random)
            var answers = [Outcome?](repeating: nil, count: sample.count)
            for index in order { answers[index] = sample[index].request.outcome(shared) }
            for index in sample.indices {
                #expect(answers[index] == alone[index], "\(sample[index].request)")
            }
        }
        for index in sample.indices.reversed() {
            #expect(sample[index].request.outcome(shared) == alone[index])
        }
    }

    @Test func theOrderTheRuleFilesAreGivenInDoesNotMatter() throws {
        let files = try RuleFiles.real().files
        let reversed = try RuleBook.load(files: files.reversed())
        var shuffledFiles = files
        var random = SplitMix64(seed: 0xF11E)
        shuffledFiles.shuffle(using: &random)
        let shuffled = try RuleBook.load(files: shuffledFiles)
        #expect(reversed.revision == book.revision)
        #expect(shuffled.revision == book.revision)
        for (request, outcome) in Self.cases.prefix(300) {
            #expect(request.outcome(Engine(ruleBook: reversed)) == outcome)
            #expect(request.outcome(Engine(ruleBook: shuffled)) == outcome)
        }
    }
}

// MARK: - Requests

/// A kinship allowance or Staying Put / Staying Close request, under a scheme (nil for the default).
enum AllowanceRequest: Sendable, CustomStringConvertible {
    case kinship(KinshipRequest, scheme: String?)
    case stayingPut(StayingPutRequest, scheme: String?)

    var period: DateRange {
        switch self {
        case .kinship(let request, _): request.period
        case .stayingPut(let request, _): request.period
        }
    }

    var schedule: Schedule? {
        switch self {
        case .kinship(let request, _): request.schedule
        case .stayingPut(let request, _): request.schedule
        }
    }

    var alreadyPaid: Money? {
        switch self {
        case .kinship(let request, _): request.alreadyPaid
        case .stayingPut(let request, _): request.alreadyPaid
        }
    }

    /// The same request over other days.
    func with(period: DateRange) -> AllowanceRequest {
        switch self {
        case .kinship(var request, let scheme):
            request.period = period
            return .kinship(request, scheme: scheme)
        case .stayingPut(var request, let scheme):
            request.period = period
            return .stayingPut(request, scheme: scheme)
        }
    }

    /// The engine's answer.
    func outcome(_ engine: Engine) -> Outcome {
        do {
            switch self {
            case .kinship(let request, let scheme):
                return .result(try engine.kinshipAllowance(request, scheme: try engine.scheme(named: scheme)))
            case .stayingPut(let request, let scheme):
                return .result(try engine.stayingPutFunding(request, scheme: try engine.scheme(named: scheme)))
            }
        } catch {
            switch error {
            case .noEnactedValue(let table, let date, let estimateAvailable, _):
                return .noEnactedValue(table: table, date: date, estimateAvailable: estimateAvailable)
            case .notConfigured(let field, _):
                return .notConfigured(field: field)
            case .invalid(let field, let message):
                return .invalid(field: field, message: message)
            }
        }
    }

    var description: String {
        func text(_ place: Place) -> String { place.region ?? place.localAuthority ?? "?" }
        func text(_ schedule: Schedule?) -> String { schedule.map { "\($0.frequency.rawValue) from \($0.anchor)" } ?? "no schedule" }
        switch self {
        case .kinship(let r, let scheme):
            return "kinship \(scheme ?? "default") born \(r.dateOfBirth) \(r.period) \(text(r.place)) \(r.order.rawValue) \(text(r.schedule)) allowEstimated \(r.allowEstimated)"
        case .stayingPut(let r, let scheme):
            return "\(r.arrangement.rawValue) \(scheme ?? "default") born \(r.dateOfBirth) \(r.period) \(text(r.place)) rate \(r.weeklyRate?.description ?? "-") contribution \(r.weeklyContribution?.description ?? "-") \(text(r.schedule)) allowEstimated \(r.allowEstimated)"
        }
    }
}

/// What a request got: a result, or the error's kind and subject (messages are not compared).
enum Outcome: Equatable, Sendable {
    case result(AllowanceResult)
    case noEnactedValue(table: String, date: CalendarDate, estimateAvailable: Bool)
    case notConfigured(field: String?)
    case invalid(field: String, message: String)

    /// The outcome without the result's sentences (the hand computation writes none).
    var withoutReasons: Outcome {
        guard case .result(var result) = self else { return self }
        result.explanation.reasons = []
        return .result(result)
    }
}

/// Draws requests: dates of birth 1995 to 2026, periods from 2024-04-01 up to 2026-03-31 (enacted
/// rates only) or 2027-03-31 (with or, to provoke the error, without `allowEstimated`), every region,
/// order and scheme, councils by code, name and former code (Kent has its own table), and schedules.
struct RequestMaker {
    var random: SplitMix64

    static let places: [Place] = [
        Place(region: "london"), Place(region: "south-east"), Place(region: "rest-of-england"),
        Place(localAuthority: "E10000016"), Place(localAuthority: "E10000016"), Place(localAuthority: "Kent"),
        Place(localAuthority: "Camden"), Place(localAuthority: "E09000007"), Place(localAuthority: "Hull"),
        Place(localAuthority: "E10000006"), Place(localAuthority: "Medway"), Place(localAuthority: "barnet"),
    ]

    mutating func day(_ from: String, _ to: String) -> CalendarDate {
        guard let first = CalendarDate(from), let last = CalendarDate(to),
              let day = first.adding(days: random.int(in: 0...first.days(until: last))) else { return CalendarDate.earliest }
        return day
    }

    mutating func next() -> AllowanceRequest {
        let allowEstimated = random.chance(25)
        let end = allowEstimated || random.chance(15) ? "2027-03-31" : "2026-03-31"
        let from = day("2024-04-01", end)
        let length = random.chance(70) ? random.int(in: 1...120) : random.int(in: 1...1_100)
        guard let to = from.adding(days: min(length - 1, from.days(until: CalendarDate(end) ?? from))),
              let period = DateRange(from: from, to: to) else { return next() }
        var schedule: Schedule?
        if random.chance(65) {
            schedule = Schedule(frequency: random.pick(PaymentFrequency.allCases),
                                anchor: from.adding(days: random.int(in: -60...60)) ?? from)
        }
        let alreadyPaid = random.chance(30) ? Money(pence: Int64(random.int(in: 0...1_000_000))) : nil
        let scheme = random.pick([nil, "review-2022", "england-statutory"])
        let place = random.pick(Self.places)
        if random.chance(65) {
            let leapDayBirth = CalendarDate(year: random.pick([2008, 2012, 2016, 2020, 2024]), month: 2, day: 29)
            let dateOfBirth = random.chance(5) ? leapDayBirth ?? from : day("1995-01-01", "2026-12-31")
            return .kinship(KinshipRequest(
                dateOfBirth: dateOfBirth, period: period, place: place, order: random.pick(KinshipOrder.allCases),
                schedule: schedule, alreadyPaid: alreadyPaid, allowEstimated: allowEstimated), scheme: scheme)
        }
        let arrangement: StayingArrangement = random.chance(70) ? .stayingPut : .stayingClose
        let rateChance = arrangement == .stayingClose ? 90 : 25
        let weeklyRate = random.chance(rateChance) ? Money(pence: Int64(random.int(in: 5_000...40_000))) : nil
        let contribution = random.chance(50) ? Money(pence: Int64(random.int(in: 0...35_000))) : nil
        return .stayingPut(StayingPutRequest(
            dateOfBirth: day("1995-01-01", "2010-12-31"), period: period, place: place, arrangement: arrangement,
            weeklyContribution: contribution, weeklyRate: weeklyRate, schedule: schedule, alreadyPaid: alreadyPaid,
            allowEstimated: allowEstimated), scheme: scheme)
    }
}

// MARK: - The hand computation

/// The answer to a request worked out independently of the engine: the policies as SPEC.md states
/// them, the rates read straight from the rule book's rows, days as day numbers, and pence as `Int`.
struct HandComputation {
    let book: RuleBook

    /// The NMA region of each council the requests name, from the ONS region (London → london,
    /// South East → south-east, else rest-of-england).
    static let regionOfCouncil = [
        "E10000016": "south-east", "Kent": "south-east", "Camden": "london", "E09000007": "london",
        "Hull": "rest-of-england", "E10000006": "rest-of-england", "Medway": "south-east", "barnet": "london",
    ]
    static let kent: Set = ["E10000016", "Kent"]

    /// `weekly × days ÷ 7` in pence, rounded half away from zero (rates are never negative).
    static func weeklyRateOverDays(_ weekly: Int64, _ days: Int) -> Int64 {
        let product = Int(weekly) * days
        return Int64(product / 7 + (2 * (product % 7) >= 7 ? 1 : 0))
    }

    /// Rounds towards minus infinity.
    static func floorDivide(_ value: Int, by divisor: Int) -> Int {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }

    /// The day numbers of the whole pay period containing `day`.
    static func payPeriod(_ schedule: Schedule, containing day: CalendarDate) -> ClosedRange<Int> {
        let length: Int
        switch schedule.frequency {
        case .weekly: length = 7
        case .fortnightly: length = 14
        case .fourWeekly: length = 28
        case .monthly:
            let first = day.dayNumber - (day.day - 1)
            return first...(first + CalendarDate.daysIn(month: day.month, year: day.year) - 1)
        }
        let start = schedule.anchor.dayNumber + floorDivide(day.dayNumber - schedule.anchor.dayNumber, by: length) * length
        return start...(start + length - 1)
    }

    /// What one day is paid from.
    struct Rate: Equatable {
        var table: String
        var effective: CalendarDate?
        var band: String?
        var gross: Int64
        var estimated: DatedRow<[Money]>?

        static func == (a: Rate, b: Rate) -> Bool {
            (a.table, a.effective, a.band, a.gross) == (b.table, b.effective, b.band, b.gross)
        }
    }

    enum Failure: Error {
        case noValue(table: String, date: CalendarDate, estimateAvailable: Bool)
        case notConfigured(field: String?)
    }

    /// The row of `table` for `region` on `day`: enacted first, estimated only if allowed.
    func row(_ table: WeeklyRateTable, region: String?, on day: CalendarDate, allowEstimated: Bool) throws(Failure) -> DatedRow<[Money]> {
        let covering = table.rows.rows.filter {
            $0.region == region && $0.effective <= day && ($0.until.map { day <= $0 } ?? true)
        }
        if let enacted = covering.first(where: { $0.status == .enacted }) { return enacted }
        if allowEstimated, let estimate = covering.first(where: { $0.status == .estimated }) { return estimate }
        throw .noValue(table: table.id, date: day, estimateAvailable: covering.contains { $0.status == .estimated })
    }

    /// A table's rate for an age (or a fixed band) from a row.
    func rate(_ table: WeeklyRateTable, _ row: DatedRow<[Money]>, age: Int?, band fixed: String?) -> Rate? {
        guard let index = table.bands.firstIndex(where: { band in
            if let fixed { return band.id == fixed }
            guard let age else { return false }
            return band.fromAge <= age && (band.toAge.map { age <= $0 } ?? true)
        }), let rates = row.payload else { return nil }
        return Rate(table: table.id, effective: row.effective, band: table.bands[index].id, gross: rates[index].pence,
                    estimated: row.status == .estimated ? row : nil)
    }

    /// Every day of `days` priced by `rateOn`, cut where the rate or the pay period changes.
    /// `breaks` are the days on which the rate may change.
    func priced(_ days: ClosedRange<Int>, breaks: [Int], schedule: Schedule?, region: String, contribution: Int64?,
               rateOn: (CalendarDate) throws(Failure) -> Rate) throws(Failure) -> [AllowanceLine] {
        var starts = Set(breaks.filter { days.contains($0) })
        starts.insert(days.lowerBound)
        // Every 1 April in the range starts a line.
        for year in CalendarDate(dayNumber: days.lowerBound).year...(CalendarDate(dayNumber: days.upperBound).year) {
            if let april = CalendarDate(year: year, month: 4, day: 1) { starts.insert(april.dayNumber) }
        }
        if let schedule {
            var start = Self.payPeriod(schedule, containing: CalendarDate(dayNumber: days.lowerBound)).lowerBound
            while start <= days.upperBound {
                starts.insert(start)
                start = Self.payPeriod(schedule, containing: CalendarDate(dayNumber: start)).upperBound + 1
            }
        }
        let segmentStarts = starts.filter { days.contains($0) }.sorted()
        var lines: [AllowanceLine] = []
        var previous: (rate: Rate, period: Int?, year: FinancialYear)?
        for (index, start) in segmentStarts.enumerated() {
            let end = index + 1 < segmentStarts.count ? segmentStarts[index + 1] - 1 : days.upperBound
            let day = CalendarDate(dayNumber: start)
            let rate = try rateOn(day)
            let period = schedule.map { Self.payPeriod($0, containing: day).lowerBound }
            let paid = contribution.map { max(0, rate.gross - $0) } ?? rate.gross
            let year = FinancialYear(containing: day)
            if let previous, previous.rate == rate, previous.period == period, previous.year == year, let last = lines.popLast() {
                let dayCount = last.days + end - start + 1
                lines.append(AllowanceLine(
                    from: last.from, to: CalendarDate(dayNumber: end), days: dayCount, region: region, ageBand: rate.band,
                    weeklyRate: Money(pence: paid), amount: Money(pence: Self.weeklyRateOverDays(paid, dayCount)),
                    table: rate.table, effective: rate.effective,
                    grossWeeklyRate: contribution == nil ? nil : Money(pence: rate.gross),
                    weeklyContribution: contribution.map { Money(pence: $0) }))
            } else {
                let dayCount = end - start + 1
                lines.append(AllowanceLine(
                    from: day, to: CalendarDate(dayNumber: end), days: dayCount, region: region, ageBand: rate.band,
                    weeklyRate: Money(pence: paid), amount: Money(pence: Self.weeklyRateOverDays(paid, dayCount)),
                    table: rate.table, effective: rate.effective,
                    grossWeeklyRate: contribution == nil ? nil : Money(pence: rate.gross),
                    weeklyContribution: contribution.map { Money(pence: $0) }))
            }
            previous = (rate, period, year)
        }
        return lines
    }

    /// The first and last day of each row of `table` for `region`, as day numbers where a rate may change.
    func rowBreaks(_ table: WeeklyRateTable, region: String?) -> [Int] {
        table.rows.rows.filter { $0.region == region }.flatMap { row in
            [row.effective.dayNumber] + (row.until.map { [$0.dayNumber + 1] } ?? [])
        }
    }

    /// The expected answer to a request.
    func outcome(_ request: AllowanceRequest) -> Outcome {
        do {
            switch request {
            case .kinship(let request, let scheme): return try kinship(request, scheme: scheme ?? "review-2022")
            case .stayingPut(let request, let scheme): return try stayingPut(request, scheme: scheme ?? "review-2022")
            }
        } catch {
            switch error {
            case .noValue(let table, let date, let estimateAvailable):
                return .noEnactedValue(table: table, date: date, estimateAvailable: estimateAvailable)
            case .notConfigured(let field):
                return .notConfigured(field: field)
            }
        }
    }

    /// Review 2022 pays special guardians, child arrangements order carers and kinship foster carers;
    /// the statutory scheme only kinship foster carers; both until the day before the 18th birthday.
    func kinship(_ request: KinshipRequest, scheme: String) throws(Failure) -> Outcome {
        let region = request.place.region ?? Self.regionOfCouncil[request.place.localAuthority ?? ""] ?? "?"
        let paid: [KinshipOrder] = scheme == "review-2022"
            ? [.specialGuardianship, .childArrangements, .kinshipFosterCare] : [.kinshipFosterCare]
        let born = request.dateOfBirth
        guard paid.contains(request.order), let eighteenth = born.adding(years: 18),
              let nma = book.rateTables["nma"] else { return result(request.alreadyPaid, lines: [], estimated: [], schedule: request.schedule) }
        let first = max(request.period.from.dayNumber, born.dayNumber)
        let last = min(request.period.to.dayNumber, eighteenth.dayNumber - 1)
        guard first <= last else { return result(request.alreadyPaid, lines: [], estimated: [], schedule: request.schedule) }
        let kent = Self.kent.contains(request.place.localAuthority ?? "") ? book.rateTables["kent-fostering"] : nil
        let birthdays = (0...18).compactMap { born.adding(years: $0)?.dayNumber }
        let breaks = birthdays + rowBreaks(nma, region: region) + (kent.map { rowBreaks($0, region: nil) } ?? [])
        var estimated: [(table: String, row: DatedRow<[Money]>)] = []
        let lines = try priced(first...last, breaks: breaks, schedule: request.schedule, region: region, contribution: nil) {
            day throws(Failure) -> Rate in
            let age = born.age(on: day)
            var rate: Rate?
            if let kent {
                // Kent's own table replaces the NMA on every day: a day it does not cover is an error naming it.
                rate = self.rate(kent, try row(kent, region: nil, on: day, allowEstimated: request.allowEstimated), age: age, band: nil)
            } else {
                rate = self.rate(nma, try row(nma, region: region, on: day, allowEstimated: request.allowEstimated), age: age, band: nil)
            }
            guard let rate else { throw .notConfigured(field: "dateOfBirth") }
            if let row = rate.estimated, !estimated.contains(where: { $0.row === row }) { estimated.append((rate.table, row)) }
            return rate
        }
        return result(request.alreadyPaid, lines: lines, estimated: estimated, schedule: request.schedule)
    }

    /// Staying Put and Staying Close run from the 18th birthday to the day before the 23rd (review 2022)
    /// or 21st (statutory); the rate is the request's, else the NMA 16–17 rate (Staying Put only; no
    /// council in these requests has a Staying Put or Staying Close table), less the contribution;
    /// statutory Staying Close without a rate is not due.
    func stayingPut(_ request: StayingPutRequest, scheme: String) throws(Failure) -> Outcome {
        let region = request.place.region ?? Self.regionOfCouncil[request.place.localAuthority ?? ""] ?? "?"
        let born = request.dateOfBirth
        // Statutory Staying Close is a programme: without a programme rate nothing is due (not an error).
        if scheme != "review-2022", request.arrangement == .stayingClose, request.weeklyRate == nil {
            return result(request.alreadyPaid, lines: [], estimated: [], schedule: request.schedule)
        }
        guard let start = born.adding(years: 18), let end = born.adding(years: scheme == "review-2022" ? 23 : 21),
              let nma = book.rateTables["nma"] else { return result(request.alreadyPaid, lines: [], estimated: [], schedule: request.schedule) }
        let first = max(request.period.from.dayNumber, start.dayNumber)
        let last = min(request.period.to.dayNumber, end.dayNumber - 1)
        guard first <= last else { return result(request.alreadyPaid, lines: [], estimated: [], schedule: request.schedule) }
        if request.arrangement == .stayingClose, request.weeklyRate == nil { throw .notConfigured(field: "weeklyRate") }
        var estimated: [(table: String, row: DatedRow<[Money]>)] = []
        let breaks = request.weeklyRate == nil ? rowBreaks(nma, region: region) : []
        let lines = try priced(first...last, breaks: breaks, schedule: request.schedule, region: region,
                              contribution: request.weeklyContribution?.pence ?? 0) { day throws(Failure) -> Rate in
            if let weeklyRate = request.weeklyRate {
                return Rate(table: "request", effective: nil, band: nil, gross: weeklyRate.pence, estimated: nil)
            }
            let row = try row(nma, region: region, on: day, allowEstimated: request.allowEstimated)
            guard let rate = self.rate(nma, row, age: nil, band: "16-17") else { throw .notConfigured(field: "dateOfBirth") }
            if let row = rate.estimated, !estimated.contains(where: { $0.row === row }) { estimated.append((rate.table, row)) }
            return rate
        }
        return result(request.alreadyPaid, lines: lines, estimated: estimated, schedule: request.schedule)
    }

    /// The result for a set of lines: total, payments by pay period, balance and estimated rows used.
    func result(_ alreadyPaid: Money?, lines: [AllowanceLine], estimated: [(table: String, row: DatedRow<[Money]>)], schedule: Schedule?) -> Outcome {
        let total = lines.reduce(0) { $0 + $1.amount.pence }
        var payments: [Payment]?
        if let schedule {
            var grouped: [(period: ClosedRange<Int>, start: Int, end: Int)] = []
            for (index, line) in lines.enumerated() {
                let period = Self.payPeriod(schedule, containing: line.from)
                if grouped.last?.period == period { grouped[grouped.count - 1].end = index + 1 } else { grouped.append((period, index, index + 1)) }
            }
            payments = grouped.map { group in
                let paid = lines[group.start..<group.end]
                return Payment(from: lines[group.start].from, to: lines[group.end - 1].to,
                               payDate: CalendarDate(dayNumber: group.period.upperBound),
                               amount: Money(pence: paid.reduce(0) { $0 + $1.amount.pence }), lines: paid)
            }
        }
        var explanation = Explanation()
        explanation.eligible = !lines.isEmpty
        explanation.estimated = estimated.map {
            EstimatedValue(table: $0.table, effective: $0.row.effective, until: $0.row.until, region: $0.row.region, note: $0.row.note ?? "")
        }
        return .result(AllowanceResult(
            explanation: explanation, total: Money(pence: total), lines: lines, payments: payments,
            balance: alreadyPaid.map { Money(pence: total - $0.pence) },
            eligibleFrom: lines.first?.from, eligibleUntil: lines.last?.to))
    }
}
