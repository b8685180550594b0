/// A fault in a file given to the finance commands (payments CSV, caseload): where, and what to fix.
public struct FinanceInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's path as given.
    public let file: String
    /// The line (CSV) or line number (JSON lines), if the fault is in one.
    public let line: Int?
    /// The column or member concerned, if any.
    public let column: String?
    /// What is wrong and what is accepted.
    public let message: String
    /// The case the fault is about, when its reference could be read.
    public let caseRef: String?

    /// Makes the fault.
    public init(file: String, line: Int?, column: String?, message: String, caseRef: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.caseRef = caseRef
    }

    /// `cases.csv row 3, column dateOfBirth: …`: the fault as an error cell of a CSV output row.
    public var errorCell: String {
        var text = file
        if let line { text += " row \(line)" }
        if let column { text += (line == nil ? " " : ", ") + "column \(column)" }
        return text + ": " + message
    }

    /// `payments.csv: line 4: column amount: "12,5" is not an amount; write 12.50`.
    public var description: String {
        var text = file
        if let line { text += ": line \(line)" }
        if let column { text += ": column \(column)" }
        return text + ": " + message
    }
}
