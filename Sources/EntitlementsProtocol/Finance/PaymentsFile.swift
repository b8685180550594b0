import Entitlements

/// A CSV of payments made: a payment run written by the tool, or any CSV with a case reference,
/// the period paid and the amount.
///
/// Columns are found by header name, in any order, case and spaces ignored:
/// `caseRef` (or `case`, `case reference`, `ref`), `periodFrom` (or `from`), `periodTo` (or `to`),
/// `amount` (or `paid`, `amount paid`); optional `payDate`, `weeklyRate`, `table`, `effective`.
/// Any other column is ignored. Dates are ISO or DD/MM/YYYY; amounts `1234.56` or `£1,234.56`.
public enum PaymentsFile {
    /// The names each column may have (compared lower-case without spaces or underscores).
    static let columns: [(key: String, names: [String], required: Bool)] = [
        ("caseRef", ["caseref", "case", "casereference", "ref", "reference"], true),
        ("periodFrom", ["periodfrom", "from"], true),
        ("periodTo", ["periodto", "to"], true),
        ("amount", ["amount", "paid", "amountpaid"], true),
        ("payDate", ["paydate"], false),
        ("weeklyRate", ["weeklyrate"], false),
        ("table", ["table"], false),
        ("effective", ["effective"], false),
    ]

    /// The payments of a file, in order. Throws on the first faulty row.
    public static func read(_ bytes: [UInt8], file: String) throws(FinanceInputError) -> [PaidPeriod] {
        let read = try readAll(bytes, file: file)
        if let fault = read.faults.first { throw fault }
        return read.payments
    }

    /// The payments of a file, in order, and a fault for each row that cannot be read (the others
    /// are read all the same). Throws only for a file without a usable header.
    public static func readAll(_ bytes: [UInt8], file: String) throws(FinanceInputError) -> (payments: [PaidPeriod], faults: [FinanceInputError]) {
        var reader = CSVReader(bytes)
        var records: [CSVReader.Record] = []
        var faults: [FinanceInputError] = []
        while let record = reader.next() {
            if record.fault == nil, record.fields == [""] { continue }
            records.append(record)
        }
        guard let header = records.first else {
            throw FinanceInputError(file: file, line: nil, column: nil, message: "is empty; give a header row and one row per payment")
        }
        if let fault = header.fault { throw FinanceInputError(file: file, line: header.number, column: nil, message: fault) }
        func folded(_ name: String) -> String {
            String(name.lowercased().unicodeScalars.filter { $0 != " " && $0 != "_" && $0 != "-" })
        }
        let names = header.fields.map(folded)
        var position: [String: Int] = [:]
        for column in columns {
            if let index = names.firstIndex(where: { column.names.contains($0) }) {
                position[column.key] = index
            } else if column.required {
                throw FinanceInputError(file: file, line: header.number, column: column.key,
                                        message: "is missing from the header; name the columns caseRef, periodFrom, periodTo and amount")
            }
        }
        var payments: [PaidPeriod] = []
        for record in records.dropFirst() {
            func field(_ key: String) -> String? {
                guard let index = position[key], index < record.fields.count else { return nil }
                let value = record.fields[index].trimmingSpaces
                return value.isEmpty ? nil : value
            }
            func fault(_ key: String, _ message: String) -> FinanceInputError {
                FinanceInputError(file: file, line: record.number, column: key, message: message, caseRef: field("caseRef"))
            }
            if let problem = record.fault {
                faults.append(FinanceInputError(file: file, line: record.number, column: nil, message: problem, caseRef: field("caseRef")))
                continue
            }
            do throws(FinanceInputError) {
                payments.append(try payment(record, field: field, fault: fault))
            } catch {
                faults.append(error)
            }
        }
        return (payments, faults)
    }

    /// One row's payment; throws the fault of the first cell that cannot be read.
    private static func payment(_ record: CSVReader.Record, field: (String) -> String?,
                                fault: (String, String) -> FinanceInputError) throws(FinanceInputError) -> PaidPeriod {
        func date(_ key: String) throws(FinanceInputError) -> CalendarDate {
            guard let text = field(key) else { throw fault(key, "is empty; give the date as 2026-04-01 or 01/04/2026") }
            guard let date = SpreadsheetValue.date(text) else { throw fault(key, "\"\(text)\" is not a date; write 2026-04-01 or 01/04/2026") }
            return date
        }
        // A payment run wrote a case reference that starts like a formula with a quote before it.
        guard let caseRef = field("caseRef").map(CSVWriter.restored) else { throw fault("caseRef", "is empty; give the case reference") }
        let from = try date("periodFrom")
        let to = try date("periodTo")
        guard from <= to else { throw fault("periodTo", "\(to.isoText) is before periodFrom \(from.isoText)") }
        guard let amountText = field("amount") else { throw fault("amount", "is empty; give the amount paid, e.g. 267.00") }
        guard let paid = SpreadsheetValue.money(amountText) else {
            throw fault("amount", "\"\(amountText)\" is not an amount; write pounds and pence, e.g. 1234.56 or £1,234.56")
        }
        let payDate = try field("payDate").map { _ throws(FinanceInputError) in try date("payDate") }
        var weeklyRate: Money?
        if let rateText = field("weeklyRate") {
            guard let rate = SpreadsheetValue.money(rateText) else {
                throw fault("weeklyRate", "\"\(rateText)\" is not an amount; write pounds and pence, e.g. 267.00")
            }
            weeklyRate = rate
        }
        let tableRow = field("table").map { table in field("effective").map { table + " " + $0 } ?? table }
        return PaidPeriod(caseRef: caseRef, from: from, to: to, paid: paid, payDate: payDate,
                          weeklyRate: weeklyRate, tableRow: tableRow, line: record.number)
    }
}
