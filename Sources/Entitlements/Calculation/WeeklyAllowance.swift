/// Cuts a run of eligible days into lines at every change of rate, band, table row and pay period,
/// and prices each line as `weekly rate × days ÷ 7`, rounded half away from zero to the penny.
struct WeeklyAllowance {
    /// The region whose rates apply (named on every line).
    let region: String
    let chooser: RateChooser?
    /// A weekly rate given in the request, used instead of any table.
    let requestRate: Money?
    /// Subtracted from the weekly rate, never below zero (Staying Put contributions).
    let contribution: Money?
    let schedule: Schedule?

    /// The lines for the eligible days, in date order.
    func lines(over days: DateRange, explanation: inout Explanation) throws(CalculationError) -> [AllowanceLine] {
        var lines: [AllowanceLine] = []
        lines.reserveCapacity(schedule == nil ? 4 : 32)
        var day = days.from
        var held: DailyRate?  // the rate last chosen, reused while it holds (lines cut by pay periods)
        var periodEnd: CalendarDate?  // the last day of the pay period last found, likewise
        while true {
            var last = days.to
            var gross: Money
            var table = "request"
            var effective: CalendarDate?
            var band: String?
            if let requestRate {
                gross = requestRate
            } else {
                let rate: DailyRate
                if let held, held.lastDay >= day {
                    rate = held
                } else if let chosen = try chooser?.rate(on: day, explanation: &explanation) {  // read in place, not copied
                    rate = chosen
                } else {
                    throw .notConfigured(field: "weeklyRate", message: "no weekly rate is configured")
                }
                held = rate
                gross = rate.rate
                table = rate.table
                effective = rate.effective
                band = rate.ageBand
                last = min(last, rate.lastDay)
            }
            if let schedule {
                let end = periodEnd.flatMap { $0 >= day ? $0 : nil } ?? schedule.lastDay(ofPeriodContaining: day)
                periodEnd = end
                last = min(last, end)
            }
            // Lines never span two financial years, so totals by year are exact whatever the rate's source.
            if let yearEnd = FinancialYear(containing: day).range?.to { last = min(last, yearEnd) }
            let paid = contribution.map { Money(pence: max(0, gross.pence - $0.pence)) } ?? gross
            guard let range = DateRange(from: day, to: last) else { break }
            let amount: Money
            do { amount = try price(paid, range) } catch { throw .overflow("to") }
            lines.append(AllowanceLine(
                from: day, to: last, days: range.days, region: region, ageBand: band,
                weeklyRate: paid, amount: amount, table: table, effective: effective,
                grossWeeklyRate: contribution == nil ? nil : gross, weeklyContribution: contribution))
            guard last < days.to, let next = last.nextDay else { break }
            day = next
        }
        return lines
    }

    /// A line's amount: `weekly rate × days ÷ 7`, or in equal twelfths `weekly rate × 52 ÷ 12 × days ÷
    /// the month's days` (a whole month: exactly a twelfth of 52 weeks), rounded once.
    private func price(_ weekly: Money, _ range: DateRange) throws -> Money {
        guard let schedule, schedule.paysTwelfths else { return try weekly.scaled(by: Int64(range.days), dividedBy: 7) }
        let monthDays = CalendarDate.daysIn(month: range.from.month, year: range.from.year)
        return try weekly.scaled(by: Int64(52 * range.days), dividedBy: Int64(12 * monthDays))
    }

    /// Groups lines into payments by pay period.
    func payments(_ lines: [AllowanceLine]) throws(CalculationError) -> [Payment]? {
        guard let schedule else { return nil }
        var payments: [Payment] = []
        var start = 0
        while start < lines.count {
            let period = schedule.periodNumber(containing: lines[start].from)
            var end = start + 1
            while end < lines.count, schedule.periodNumber(containing: lines[end].from) == period { end += 1 }
            defer { start = end }
            let group = lines[start..<end]
            let amount: Money
            do { amount = try Money.sum(group.lazy.map(\.amount)) } catch { throw .overflow("to") }
            payments.append(Payment(from: lines[start].from, to: lines[end - 1].to,
                                    payDate: schedule.payDate(ofPeriodContaining: lines[start].from),
                                    amount: amount, lines: group))
        }
        return payments
    }

    /// Totals, payments and balance for a set of lines.
    func result(lines: [AllowanceLine], alreadyPaid: Money?, explanation: Explanation) throws(CalculationError) -> AllowanceResult {
        let total: Money
        do { total = try Money.sum(lines.map(\.amount)) } catch { throw .overflow("to") }
        var balance: Money?
        if let alreadyPaid {
            do { balance = try total.subtracting(alreadyPaid) } catch { throw .overflow("alreadyPaid") }
        }
        var explanation = explanation
        explanation.eligible = !lines.isEmpty
        if let schedule, schedule.paysTwelfths, !lines.isEmpty { try explainTwelfths(lines, total: total, explanation: &explanation) }
        return AllowanceResult(
            explanation: explanation, total: total, lines: lines, payments: try payments(lines), balance: balance,
            eligibleFrom: lines.first?.from, eligibleUntil: lines.last?.to)
    }

    /// Says that months are paid in twelfths, and what the same days would come to by days.
    private func explainTwelfths(_ lines: [AllowanceLine], total: Money, explanation: inout Explanation) throws(CalculationError) {
        guard explanation.recordsReasons else { return }
        let byDays: Money
        do { byDays = try Money.sum(lines.map { try $0.weeklyRate.scaled(by: Int64($0.days), dividedBy: 7) }) } catch { throw .overflow("to") }
        let difference = Money(pence: total.pence - byDays.pence)
        let sign = difference.pence < 0 ? "−" : "+"
        explanation.say("schedule.monthly", "Calendar months are paid in equal twelfths of 52 weeks (weekly rate × 52 ÷ 12; a part of a month pays its share of the month's days): \(total.formatted) in all, against \(byDays.formatted) by days (weekly rate × days ÷ 7), a difference of \(sign)\(Money(pence: abs(difference.pence)).formatted).", "request")
    }
}
