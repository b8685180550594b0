/// A small RFC 4180 reader: quoted fields with embedded commas, quotes (`""`) and line breaks,
/// CRLF or LF line endings, a UTF-8 byte-order mark, as Excel and Python's `csv` write them.
public enum CSVReader {
    /// One record with the line it starts on (1 for the header).
    public struct Record: Sendable, Equatable {
        /// The line of the file the record starts on.
        public let line: Int
        /// The fields, unquoted.
        public let fields: [String]
    }

    /// The records of a file; a blank line is skipped. Throws on invalid UTF-8 or an unclosed quote.
    public static func records(_ bytes: [UInt8], file: String) throws(FinanceInputError) -> [Record] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw FinanceInputError(file: file, line: nil, column: nil, message: "is not UTF-8 text; save it as CSV UTF-8")
        }
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var fieldWasQuoted = false
        var line = 1
        var recordLine = 1
        var atFieldStart = true
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
            fieldWasQuoted = false
            atFieldStart = true
        }
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = scalars.next()
                    } else {
                        quoted = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where atFieldStart:
                quoted = true
                fieldWasQuoted = true
                atFieldStart = false
            case ",":
                fields.append(field)
                field = ""
                fieldWasQuoted = false
                atFieldStart = true
            case "\r" where pending == "\n":
                continue
            case "\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
                atFieldStart = false
            }
        }
        if quoted {
            throw FinanceInputError(file: file, line: recordLine, column: nil, message: "has a quoted field that is never closed (a \" is missing)")
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }
}
