/// Reads CSV records as RFC 4180 and spreadsheets write them: fields separated by commas, records
/// by CRLF or LF (or a lone CR), a field in double quotes may hold commas, line breaks and doubled
/// quotes (`""` is one `"`), and a UTF-8 byte-order mark before the first record is skipped.
public struct CSVReader {
    /// One record: its fields, the number of the record (the header is 1, as a spreadsheet numbers
    /// rows), and what was wrong with it, if anything (the fields read are then incomplete).
    public struct Record: Sendable, Equatable {
        /// The fields, as text.
        public var fields: [String]
        /// The record's number, counting the header as 1.
        public var number: Int
        /// Why the record could not be read as CSV, if it could not.
        public var fault: String?

        /// Whether the record was read and every field is empty or spaces (a blank row, skipped).
        public var isBlank: Bool {
            fault == nil && fields.allSatisfy { $0.trimmingCharacters().isEmpty }
        }
    }

    private let bytes: [UInt8]
    private var index: Int
    private var number = 0
    /// The most fields a record has had, reserved for the next.
    private var width = 1

    /// A reader of `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Where a record starts: its first byte, and the number of the records before it.
    public struct Position: Sendable, Equatable {
        let index: Int
        let number: Int
    }

    /// A reader of `bytes` from `position` (a position another reader of the same bytes gave).
    public init(_ bytes: [UInt8], at position: Position) {
        self.bytes = bytes
        index = position.index
        number = position.number
    }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { index >= bytes.count }

    /// Where the next record starts.
    public var position: Position { Position(index: index, number: number) }

    /// The next record, or nil at the end of the input.
    public mutating func next() -> Record? {
        read(building: true)
    }

    /// Passes over the next record exactly as `next()` reads it, making no fields (to find where
    /// records start, for readers on other threads); false at the end of the input.
    public mutating func skip() -> Bool {
        guard index < bytes.count else { return false }
        _ = read(building: false)
        return true
    }

    /// The next record (its fields only when `building`), or nil at the end of the input.
    @inline(__always)
    private mutating func read(building: Bool) -> Record? {
        guard index < bytes.count else { return nil }
        number += 1
        var fields: [String] = []
        if building { fields.reserveCapacity(width) }
        var fault: String?
        var field: [UInt8] = []
        while true {
            // At the start of a field.
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                index += 1
                var closed = false
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "\"") {
                        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                            if building { field.append(byte) }
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if building { field.append(byte) }
                    index += 1
                }
                if !closed, fault == nil {
                    fault = "a quoted field (column \(fields.count + 1)) has no closing quote: the file ends inside it; "
                        + "close the quote, and write a quote inside a quoted field as two (\"\")"
                }
                // After the closing quote only a separator or the end of the record may follow.
                if index < bytes.count, !Self.endsField(bytes[index]) {
                    if fault == nil {
                        fault = "text follows the closing quote of column \(fields.count + 1); "
                            + "put the whole field in quotes and write a quote inside it as two (\"\")"
                    }
                    while index < bytes.count, !Self.endsField(bytes[index]) {
                        if building { field.append(bytes[index]) }
                        index += 1
                    }
                }
                if building {
                    fields.append(Self.text(field[...], column: fields.count + 1, fault: &fault))
                    field.removeAll(keepingCapacity: true)
                }
            } else {
                // An unquoted field is read as its bytes in the input, without a copy.
                let start = index
                while index < bytes.count, !Self.endsField(bytes[index]) { index += 1 }
                if building { fields.append(Self.text(bytes[start..<index], column: fields.count + 1, fault: &fault)) }
            }
            guard index < bytes.count else { break }
            let separator = bytes[index]
            index += 1
            if separator == UInt8(ascii: ",") { continue }
            if separator == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
            break
        }
        width = max(width, fields.count)
        return Record(fields: fields, number: number, fault: fault)
    }

    /// Whether a byte ends an unquoted field.
    private static func endsField(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// A field's bytes as text; bytes that are not UTF-8 are a fault (a spreadsheet saving as
    /// "CSV UTF-8" never writes them).
    private static func text(_ bytes: ArraySlice<UInt8>, column: Int, fault: inout String?) -> String {
        bytes.withUnsafeBufferPointer { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            // ASCII is UTF-8; other text is UTF-8 when decoding it replaced nothing.
            if fault == nil, !bytes.allSatisfy({ $0 < 0x80 }), !text.utf8.elementsEqual(bytes) {
                fault = "column \(column) is not UTF-8 text; save the spreadsheet as \"CSV UTF-8\""
            }
            return text
        }
    }
}
