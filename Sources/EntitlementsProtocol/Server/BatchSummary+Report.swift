import Entitlements

extension BatchSummary {
    /// The summary for people, one fact per line.
    public func text(nanoseconds: UInt64) -> String {
        var lines: [String] = []
        let rate = Clock.perSecond(responses, nanoseconds)
        let requestsByMethod = self.requestsByMethod, totals = self.totals
        let codes = errorsByCode.keys.sorted().map { "\($0): \(errorsByCode[$0] ?? 0)" }.joined(separator: ", ")
        lines.append("batch: \(responses) responses, \(errors) errors\(codes.isEmpty ? "" : " (\(codes))"), \(rate) a second")
        if !requestsByMethod.isEmpty {
            lines.append("requests by method: " + requestsByMethod.keys.sorted().map { "\($0) \(requestsByMethod[$0] ?? 0)" }.joined(separator: ", "))
        }
        if !totals.isEmpty {
            lines.append("totals by method, scheme and financial year:")
            let rows = totals.keys.sorted().map { key in
                [key.method, key.scheme, key.financialYear, Money(pence: totals[key] ?? 0).formatted]
            }
            lines += Self.aligned(rows)
        }
        if !balances.isEmpty {
            lines.append("arrears and overpayments (allowances given alreadyPaid: total minus already paid):")
            let rows = balances.keys.sorted().map { key in
                let balance = balances[key] ?? Balances()
                return [key.method, key.scheme, Self.cases(balance.cases), "arrears", Money(pence: balance.arrears).formatted,
                        "overpaid", Money(pence: balance.overpaid).formatted]
            }
            lines += Self.aligned(rows, rightAligned: [4, 6])
        }
        if !reform.isEmpty || !reformCases.isEmpty {
            lines.append("cost of reform (compare: second scheme minus first):")
            let rows = reformCases.keys.sorted().map { key in
                [key.method, "\(key.from) → \(key.to)", Self.cases(reformCases[key] ?? 0), Money(pence: reform[key] ?? 0).formatted]
            }
            lines += Self.aligned(rows)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `1 case`, `2 cases`.
    static func cases(_ count: Int) -> String { count == 1 ? "1 case" : "\(count) cases" }

    /// The summary as JSON (`--summary-json`).
    public var json: JSONValue {
        let requestsByMethod = self.requestsByMethod, totals = self.totals
        return .object([
            "responses": .number(String(responses)),
            "errors": .number(String(errors)),
            "errorsByCode": .object(errorsByCode.keys.sorted().map { JSONMember(String($0), .number(String(errorsByCode[$0] ?? 0))) }),
            "requestsByMethod": .object(requestsByMethod.keys.sorted().map { JSONMember($0, .number(String(requestsByMethod[$0] ?? 0))) }),
            "totals": .array(totals.keys.sorted().map { key in
                .object(["method": .string(key.method), "scheme": .string(key.scheme), "financialYear": .string(key.financialYear),
                         "amount": .string(Money(pence: totals[key] ?? 0).decimalText)])
            }),
            "balances": .array(balances.keys.sorted().map { key in
                let balance = balances[key] ?? Balances()
                return .object(["method": .string(key.method), "scheme": .string(key.scheme), "cases": .number(String(balance.cases)),
                                "arrears": .string(Money(pence: balance.arrears).decimalText),
                                "overpaid": .string(Money(pence: balance.overpaid).decimalText)])
            }),
            "reform": .array(reformCases.keys.sorted().map { key in
                .object(["method": .string(key.method), "from": .string(key.from), "to": .string(key.to),
                         "cases": .number(String(reformCases[key] ?? 0)),
                         "difference": .string(Money(pence: reform[key] ?? 0).decimalText)])
            }),
        ])
    }

    /// Rows padded into columns, the last (or those given) right-aligned.
    static func aligned(_ rows: [[String]], rightAligned: Set<Int>? = nil) -> [String] {
        guard let columns = rows.first?.count else { return [] }
        let widths = (0..<columns).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            "  " + row.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return (rightAligned?.contains(index) ?? (index == columns - 1)) ? pad + cell : cell + pad
            }.joined(separator: "  ")
        }
    }
}
