import Entitlements
import EntitlementsProtocol

/// An arrears run as CSV (RFC 4180): one row per paid period, amounts as `1234.56`, dates ISO, and
/// an error row for each payment or case that could not be recomputed.
enum ArrearsCSV {
    /// The header's columns.
    static let columns = ["caseRef", "periodFrom", "periodTo", "payDate", "paid", "owed", "difference",
                          "oldWeeklyRate", "newWeeklyRate", "oldTableRow", "newTableRow", "error"]

    /// The header, a row per period (several new rates or rows in one period joined by `;`), then
    /// an error row per fault: its case reference and `error` (file, row, column and fix), the rest empty.
    static func render(_ run: ArrearsRun) -> String {
        var text = CSVWriter.record(columns)
        // Cells from the payments file (the case reference, the old table row) and the error cells are
        // user input, neutralised against formula injection; the amounts and dates are the engine's own.
        for line in run.cases.flatMap(\.lines) {
            text += CSVWriter.record([
                CSVWriter.neutralised(line.paid.caseRef), line.paid.from.isoText, line.paid.to.isoText, line.paid.payDate?.isoText ?? "",
                line.paid.paid.decimalText, line.owed.decimalText, line.difference.decimalText,
                line.paid.weeklyRate?.decimalText ?? "", line.newWeeklyRates.map(\.decimalText).joined(separator: ";"),
                CSVWriter.neutralised(line.paid.tableRow ?? ""), line.newTableRows.joined(separator: ";"), "",
            ])
        }
        for fault in run.faults {
            text += CSVWriter.record([CSVWriter.neutralised(fault.caseRef ?? "")] + Array(repeating: "", count: columns.count - 2)
                                     + [CSVWriter.neutralised(fault.errorCell)])
        }
        return text
    }
}
