import Entitlements

/// The checks every response line must pass, whatever the request held: a compact, key-sorted
/// JSON-RPC 2.0 response with the right id; an error with a known code and the data PROTOCOL.md
/// promises for it; a result whose money is valid and adds up (lines to totals, lines to payments,
/// payments to totals, each line's amount to its weekly rate × days ÷ 7 rounded once).
enum ResponseInvariants {
    /// The error codes PROTOCOL.md lists, except -32603 (internal error), which is always a bug.
    static let knownCodes: Set<Int> = [-32700, -32600, -32601, -32602, -32001, -32002]

    /// Money fields that are never negative.
    static let moneyKeys: Set<String> = [
        "amount", "total", "weeklyRate", "grossWeeklyRate", "weeklyContribution", "chargePerItem", "annualSaving",
    ]
    /// Money fields that may be negative.
    static let signedMoneyKeys: Set<String> = ["balance", "remaining"]
    /// Date fields (a date or null).
    static let dateKeys: Set<String> = ["from", "to", "payDate", "due", "eligibleFrom", "eligibleUntil", "until", "effective"]

    /// The problems with one response line, which must carry `expectedID`; empty when it is sound.
    /// `request` is the parsed request, when it could be parsed (for checks such as the balance).
    static func problems(_ line: ArraySlice<UInt8>, expectedID: JSONValue, request: JSONValue? = nil) -> [String] {
        let response: JSONValue
        do {
            response = try JSONParser.parse(Array(line), maxDepth: 512)
        } catch {
            return ["the response is not JSON (\(error.message)): \(preview(line))"]
        }
        var problems: [String] = []
        var encoded: [UInt8] = []
        JSONWriter.write(response, into: &encoded)
        if encoded != Array(line) { problems.append("the response is not compact JSON with sorted keys: \(preview(line))") }
        guard case .object(let members) = response else { return ["the response is not an object: \(preview(line))"] }
        let keys = members.map(\.key)
        if keys != ["error", "id", "jsonrpc"] && keys != ["id", "jsonrpc", "result"] {
            problems.append("the response has members \(keys)")
        }
        if response["jsonrpc"] != .string("2.0") { problems.append("jsonrpc is not \"2.0\"") }
        if response["id"] != expectedID {
            problems.append("id is \(response["id"].map(JSONWriter.string) ?? "missing"), expected \(JSONWriter.string(expectedID))")
        }
        if let error = response["error"] {
            problems += errorProblems(error)
        } else if let result = response["result"] {
            var found: [String] = []
            check(result, key: nil, request: request, into: &found)
            problems += found
        }
        return problems.map { $0 + " — response: " + preview(line) }
    }

    /// The problems with an error object.
    static func errorProblems(_ error: JSONValue) -> [String] {
        guard case .number(let codeText)? = error["code"], let code = Int(codeText) else { return ["the error has no integer code"] }
        var problems: [String] = []
        if code == -32603 { problems.append("internal error -32603 (a bug)") }
        if !knownCodes.contains(code) && code != -32603 { problems.append("unknown error code \(code)") }
        guard case .string(let message)? = error["message"], !message.isEmpty else { return problems + ["the error has no message"] }
        switch code {
        case -32602, -32002:
            guard case .string(let path)? = error["data"]?["path"] else { return problems + ["error \(code) has no data.path"] }
            // Bytes, not characters: a key may start with a combining mark, which joins the "/" before it.
            if !(path == "/params" || path.utf8.starts(with: "/params/".utf8)) { problems.append("data.path \(path) is not under /params") }
        case -32001:
            guard case .string? = error["data"]?["table"] else { return problems + ["error -32001 has no data.table"] }
            guard case .string(let date)? = error["data"]?["date"], CalendarDate(date) != nil else {
                return problems + ["error -32001 has no valid data.date"]
            }
        case -32601:
            guard case .array(let known)? = error["data"]?["known"], !known.isEmpty else { return problems + ["error -32601 has no data.known"] }
        default:
            break
        }
        return problems
    }

    /// Walks a result, checking money, dates and sums wherever they appear.
    static func check(_ value: JSONValue, key: String?, request: JSONValue?, into problems: inout [String]) {
        switch value {
        case .array(let elements):
            for element in elements { check(element, key: key, request: request, into: &problems) }
        case .object(let members):
            for member in members {
                if moneyKeys.contains(member.key) || signedMoneyKeys.contains(member.key) {
                    if case .object = member.value { } else if pence(member.value, signed: signedMoneyKeys.contains(member.key) || key == "difference") == nil {
                        problems.append("\(member.key) is not valid money: \(JSONWriter.string(member.value))")
                    }
                }
                if dateKeys.contains(member.key), member.value != .null {
                    if case .string(let text) = member.value, CalendarDate(text) != nil {} else {
                        problems.append("\(member.key) is not a date: \(JSONWriter.string(member.value))")
                    }
                }
                check(member.value, key: member.key, request: request, into: &problems)
            }
            sums(value, schedule: schedule(of: request), into: &problems)
        default:
            break
        }
    }

    /// The sums one object must satisfy.
    /// The request's `schedule` object (in its params, or a compared request's), if any.
    static func schedule(of request: JSONValue?) -> JSONValue? {
        request?["params"]?["schedule"] ?? request?["params"]?["params"]?["schedule"]
    }

    static func sums(_ object: JSONValue, schedule: JSONValue? = nil, into problems: inout [String]) {
        let twelfths = schedule?["frequency"] == .string("monthly") && schedule?["monthly"] == .string("twelfths")
        let inAdvance = schedule?["timing"] == .string("advance")
        if case .array(let lines)? = object["lines"] {
            var previousEnd: CalendarDate?
            for line in lines {
                lineProblems(line, twelfths: twelfths, into: &problems)
                if let from = date(line["from"]), let to = date(line["to"]) {
                    if let previousEnd, from <= previousEnd { problems.append("line from \(from) overlaps or precedes the line before it") }
                    previousEnd = to
                }
            }
            let target = object["total"] ?? object["amount"]
            if let target, let expected = pence(target, signed: false) {
                let sum = total(lines.map { $0["amount"] })
                if sum != expected { problems.append("lines add up to \(sum.map(String.init) ?? "?")p, not the \(expected)p stated") }
            }
        }
        if case .array(let payments)? = object["payments"], let expected = pence(object["total"] ?? .null, signed: false) {
            let sum = total(payments.map { $0["amount"] })
            if sum != expected { problems.append("payments add up to \(sum.map(String.init) ?? "?")p, not the total \(expected)p") }
            for payment in payments {
                if !inAdvance, let to = date(payment["to"]), let payDate = date(payment["payDate"]), payDate < to {
                    problems.append("a payment's payDate \(payDate) is before its last day \(to)")
                }
            }
        }
        if case .array(let results)? = object["results"], results.count == 2, let difference = object["difference"] {
            for field in ["total", "amount"] {
                guard let stated = difference[field], let change = pence(stated, signed: true) else { continue }
                if let first = pence(results[0][field] ?? .null, signed: false),
                   let second = pence(results[1][field] ?? .null, signed: false), second - first != change {
                    problems.append("difference.\(field) \(change)p is not \(second)p − \(first)p")
                }
            }
        }
    }

    /// One line's own arithmetic: days counts both ends; amount is weekly rate × days ÷ 7, or in
    /// equal twelfths weekly rate × 52 × days ÷ (12 × the month's days), rounded once.
    static func lineProblems(_ line: JSONValue, twelfths: Bool = false, into problems: inout [String]) {
        guard let from = date(line["from"]), let to = date(line["to"]) else { return }
        if to < from { problems.append("line \(from)…\(to) ends before it starts") }
        guard case .number(let daysText)? = line["days"], let days = Int64(daysText) else { return }
        if days != Int64(from.days(until: to) + 1) { problems.append("line \(from)…\(to) says \(days) days") }
        guard let rate = pence(line["weeklyRate"] ?? .null, signed: false), let amount = pence(line["amount"] ?? .null, signed: false) else { return }
        let (product, overflow) = rate.multipliedReportingOverflow(by: twelfths ? days * 52 : days)
        guard !overflow else { problems.append("line \(from)…\(to) overflows"); return }
        let divisor: Int64 = twelfths ? Int64(12 * CalendarDate.daysIn(month: from.month, year: from.year)) : 7
        let expected = (product / divisor) + (product % divisor * 2 >= divisor ? 1 : 0)
        if amount != expected { problems.append("line \(from)…\(to): \(days) days at \(rate)p a week is \(expected)p, not \(amount)p") }
    }

    /// The sum of money values, or nil if one is not money.
    static func total(_ values: [JSONValue?]) -> Int64? {
        var sum: Int64 = 0
        for value in values {
            guard let value, let amount = pence(value, signed: false) else { return nil }
            let (next, overflow) = sum.addingReportingOverflow(amount)
            if overflow { return nil }
            sum = next
        }
        return sum
    }

    /// Output money: a string of digits (no leading zeros), a point and exactly two decimals, in
    /// pence; negative only when `signed`.
    static func pence(_ value: JSONValue, signed: Bool) -> Int64? {
        guard case .string(let text) = value else { return nil }
        var bytes = Array(text.utf8)
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            guard signed else { return nil }
            negative = true
            bytes.removeFirst()
        }
        guard bytes.count >= 4, bytes.count <= 18, bytes[bytes.count - 3] == UInt8(ascii: ".") else { return nil }
        let whole = bytes[0..<(bytes.count - 3)], fraction = bytes[(bytes.count - 2)...]
        guard whole.allSatisfy({ $0 >= 48 && $0 <= 57 }), fraction.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        if whole.count > 1, whole.first == UInt8(ascii: "0") { return nil }
        var amount: Int64 = 0
        for byte in whole + fraction { amount = amount * 10 + Int64(byte - 48) }
        if negative, amount == 0 { return nil }
        return negative ? -amount : amount
    }

    /// A date value.
    static func date(_ value: JSONValue?) -> CalendarDate? {
        guard case .string(let text)? = value else { return nil }
        return CalendarDate(text)
    }

    /// The start of a line, for messages.
    static func preview(_ line: ArraySlice<UInt8>) -> String {
        let text = String(decoding: line.prefix(300), as: UTF8.self)
        return line.count > 300 ? text + "…" : text
    }
}
