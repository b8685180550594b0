import Entitlements

/// Turns engine results into the protocol's result objects.
struct ResultJSON {
    let ruleBook: RuleBook
    let scheme: String

    /// The fields every result carries.
    func common(_ explanation: Explanation) -> [JSONMember] {
        [
            JSONMember("scheme", .string(scheme)),
            JSONMember("rulebook", .object(["revision": .string(ruleBook.revision), "version": .string(ruleBook.version)])),
            JSONMember("engine", .string(Engine.version)),
            JSONMember("eligible", .bool(explanation.eligible)),
            JSONMember("reasons", .array(explanation.reasons.map { reason in
                .object(["rule": .string(reason.rule), "text": .string(reason.text), "source": .string(reason.source)])
            })),
            JSONMember("estimated", .array(explanation.estimated.map { value in
                .object(["table": .string(value.table), "effective": date(value.effective), "until": date(value.until),
                         "region": value.region.map(JSONValue.string) ?? .null, "note": .string(value.note)])
            })),
        ]
    }

    func allowance(_ result: AllowanceResult) -> JSONValue {
        var members = common(result.explanation)
        members += [
            JSONMember("total", money(result.total)),
            JSONMember("lines", .array(result.lines.map(line))),
            JSONMember("eligibleFrom", date(result.eligibleFrom)),
            JSONMember("eligibleUntil", date(result.eligibleUntil)),
        ]
        if let payments = result.payments {
            members.append(JSONMember("payments", .array(payments.map { payment in
                .object(["from": date(payment.from), "to": date(payment.to), "payDate": date(payment.payDate),
                         "amount": money(payment.amount), "lines": .array(payment.lines.map(line))])
            })))
        }
        if let balance = result.balance { members.append(JSONMember("balance", money(balance))) }
        return .object(members)
    }

    func line(_ line: AllowanceLine) -> JSONValue {
        var members = [
            JSONMember("from", date(line.from)), JSONMember("to", date(line.to)),
            JSONMember("days", .number(String(line.days))), JSONMember("region", .string(line.region)),
            JSONMember("ageBand", line.ageBand.map(JSONValue.string) ?? .null),
            JSONMember("weeklyRate", money(line.weeklyRate)), JSONMember("amount", money(line.amount)),
            JSONMember("table", .string(line.table)), JSONMember("effective", date(line.effective)),
        ]
        if let gross = line.grossWeeklyRate { members.append(JSONMember("grossWeeklyRate", money(gross))) }
        if let contribution = line.weeklyContribution { members.append(JSONMember("weeklyContribution", money(contribution))) }
        return .object(members)
    }

    func grant(_ result: GrantResult) -> JSONValue {
        .object(common(result.explanation) + [
            JSONMember("financialYear", .string(result.financialYear.description)),
            JSONMember("amount", money(result.amount)),
            JSONMember("remaining", money(result.remaining)),
            JSONMember("indexation", .array(result.indexation.map { step in
                .object(["financialYear": .string(step.financialYear.description),
                         "rate": step.rate.map { JSONValue.string($0.text) } ?? .null, "amount": money(step.amount)])
            })),
        ])
    }

    func bursary(_ result: BursaryResult) -> JSONValue {
        .object(common(result.explanation) + [
            JSONMember("total", money(result.total)),
            JSONMember("payments", .array(result.payments.map { payment in
                var members = [JSONMember("due", date(payment.due)), JSONMember("amount", money(payment.amount)),
                               JSONMember("year", .number(String(payment.year)))]
                if let instalment = payment.instalment { members.append(JSONMember("instalment", .number(String(instalment)))) }
                return .object(members)
            })),
        ])
    }

    func prescription(_ result: PrescriptionResult) -> JSONValue {
        var members = common(result.explanation) + [
            JSONMember("exempt", .bool(result.exempt)),
            JSONMember("grounds", .array(result.grounds.map { .object(["ground": .string($0.ground), "until": date($0.until)]) })),
            JSONMember("chargePerItem", money(result.chargePerItem)),
        ]
        if let cost = result.annualCost {
            members.append(JSONMember("annualCost", .object(["option": .string(cost.option), "amount": money(cost.amount)])))
        }
        if let saving = result.annualSaving { members.append(JSONMember("annualSaving", money(saving))) }
        return .object(members)
    }

    func money(_ amount: Money) -> JSONValue { .string(amount.decimalText) }

    func date(_ date: CalendarDate?) -> JSONValue { date.map { .string($0.isoText) } ?? .null }
}
