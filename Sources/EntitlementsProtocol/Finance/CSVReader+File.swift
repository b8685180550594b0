extension CSVReader {
    /// One record of a whole file, with the record's number (the header is 1).
    public struct NumberedRecord: Sendable, Equatable {
        /// The record's number, counting the header as 1.
        public let line: Int
        /// The fields, unquoted.
        public let fields: [String]
    }

    /// Every record of a file, blank records skipped; the first record that is not valid CSV (an
    /// unclosed quote, bytes that are not UTF-8) is an error naming the file and the record.
    public static func records(_ bytes: [UInt8], file: String) throws(FinanceInputError) -> [NumberedRecord] {
        var reader = CSVReader(bytes)
        var records: [NumberedRecord] = []
        while let record = reader.next() {
            if let fault = record.fault {
                throw FinanceInputError(file: file, line: record.number, column: nil, message: fault)
            }
            if record.fields == [""] { continue }
            records.append(NumberedRecord(line: record.number, fields: record.fields))
        }
        return records
    }
}

extension CSVWriter {
    /// One record as text: the fields joined by commas, quoted where they must be, ended by CRLF.
    public static func record(_ fields: [String]) -> String {
        var writer = CSVWriter()
        writer.record(fields)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
