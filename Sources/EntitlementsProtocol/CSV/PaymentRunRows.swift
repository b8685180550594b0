import Entitlements

/// The rows of a payment run: the header, one row per payment of a result (one per result that
/// has no payments), and error rows; columns as docs/finance.md lists them.
struct PaymentRunRows: Sendable {
    /// The engine's columns, after the case reference and the pass-through columns.
    static let engineColumns = ["method", "payDate", "periodFrom", "periodTo", "amount", "weeklyRate", "table", "effective",
                                "scheme", "schemeStatus", "revision", "error"]

    /// The caseload's columns.
    let columns: CaseloadColumns
    /// The rule book's revision, on every row.
    let revision: String
    /// The cells after `effective` for each scheme of the rule book, by id, written once (`tail(_:)`).
    private let tails: [String: [UInt8]]

    /// The rows of a payment run under a rule book of this revision and these schemes.
    init(columns: CaseloadColumns, revision: String, schemes: [Scheme]) {
        self.columns = columns
        self.revision = revision
        var tails: [String: [UInt8]] = [:]
        for scheme in schemes { tails[scheme.id] = Self.tail(scheme, revision: revision) }
        self.tails = tails
    }

    /// Writes the header: `caseRef`, the pass-through columns, then the engine's.
    func header(into writer: inout CSVWriter) {
        writer.record([CaseloadColumns.caseRef] + columns.passThroughColumns.map { CSVWriter.neutralised(columns.names[$0]) } + Self.engineColumns)
    }

    /// The case reference and pass-through cells of a record (empty where the row is short), as
    /// written at the start of each of its rows: user input, so neutralised against formula injection.
    func caseCells(_ fields: [String]) -> [UInt8] {
        var writer = CSVWriter()
        writer.inputField(columns.caseRefColumn.flatMap { $0 < fields.count ? fields[$0] : nil } ?? "")
        for column in columns.passThroughColumns {
            writer.bytes.append(UInt8(ascii: ","))
            writer.inputField(column < fields.count ? fields[column] : "")
        }
        return writer.bytes
    }

    /// The cells after `effective`: scheme, its status, the revision and an empty error, with the line end.
    private func tail(_ scheme: Scheme) -> [UInt8] {
        tails[scheme.id] ?? Self.tail(scheme, revision: revision)
    }

    /// The cells after `effective` for a scheme, written afresh.
    private static func tail(_ scheme: Scheme, revision: String) -> [UInt8] {
        var writer = CSVWriter()
        for cell in [scheme.id, status(of: scheme), revision, ""] {
            writer.bytes.append(UInt8(ascii: ","))
            writer.field(cell)
        }
        writer.bytes += [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
        return writer.bytes
    }

    /// One payment row, written byte by byte (a payment run has many); `lead` is the case's cells
    /// and the method, `table` the last table cell written and its bytes.
    private func row(_ lead: [UInt8], payDate: CalendarDate?, from: CalendarDate?, to: CalendarDate?,
                     amount: Money, line: AllowanceLine?, tail: [UInt8], table: inout (name: String, bytes: [UInt8]),
                     into writer: inout CSVWriter) {
        writer.bytes += lead
        writer.date(payDate)
        writer.date(from)
        writer.date(to)
        writer.money(amount)
        writer.money(line?.weeklyRate)
        writer.bytes.append(UInt8(ascii: ","))
        if let name = line?.table {
            if name != table.name {
                var cell = CSVWriter()
                cell.field(name)
                table = (name, cell.bytes)
            }
            writer.bytes += table.bytes
        }
        writer.date(line?.effective)
        writer.bytes += tail
    }

    /// The scheme's status as results carry it; empty until results carry one.
    static func status(of scheme: Scheme) -> String { scheme.status.rawValue }

    /// An error row: the case's cells, the method if known, and the error naming row, column and fix.
    func error(_ fields: [String], row: Int, column: String?, message: String, method: Method?, into writer: inout CSVWriter) {
        writer.bytes += caseCells(fields)
        let place = column.map { "row \(row), column \($0)" } ?? "row \(row)"
        let cells = [method?.rawValue ?? "", "", "", "", "", "", "", "", "", "", revision]
        for cell in cells {
            writer.bytes.append(UInt8(ascii: ","))
            writer.field(cell)
        }
        // The message may echo the cell at fault.
        writer.bytes.append(UInt8(ascii: ","))
        writer.inputField("\(place): \(message)")
        writer.bytes.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])
    }

    /// The rows of one result, added to `summary`; `period` is the request's period, for a result
    /// that has no payments.
    func rows(_ fields: [String], method: Method, result: MethodResult, period: DateRange?,
              summary: inout PaymentRunSummary, into writer: inout CSVWriter) {
        guard case .entitlement(_, let entitlement, let scheme) = result else { return }
        let lead = caseCells(fields) + [UInt8(ascii: ",")] + Array(method.rawValue.utf8), tail = tail(scheme)
        var table = (name: "", bytes: [UInt8]())
        func emit(_ payDate: CalendarDate?, _ from: CalendarDate?, _ to: CalendarDate?, _ amount: Money, _ line: AllowanceLine?) {
            row(lead, payDate: payDate, from: from, to: to, amount: amount, line: line, tail: tail, table: &table, into: &writer)
            summary.addPayment(amount, payDate: payDate)
        }
        switch entitlement {
        case .allowance(let allowance):
            if let payments = allowance.payments, !payments.isEmpty {
                for payment in payments { emit(payment.payDate, payment.from, payment.to, payment.amount, payment.lines.first) }
            } else {
                emit(nil, period?.from, period?.to, allowance.total, allowance.lines.first)
            }
        case .grant(let grant):
            let year = grant.financialYear.range
            emit(nil, year?.from, year?.to, grant.amount, nil)
        case .bursary(let bursary):
            if bursary.payments.isEmpty { emit(nil, period?.from, period?.to, .zero, nil) }
            for payment in bursary.payments { emit(payment.due, payment.due, payment.due, payment.amount, nil) }
        case .prescription:
            emit(nil, period?.from, period?.to, .zero, nil)
        }
    }
}
