/// Writes a sentence's UTF-8 bytes straight into a new string's storage — fixed words, numbers,
/// dates and phrases prepared at load — with one allocation and no intermediate strings (for the
/// sentences written on every request).
struct SentenceWriter {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0

    /// The sentence `write` writes. `capacity` must cover every byte written; anything past it is
    /// dropped, so callers count generously (a number is at most 20 bytes, a date at most 26).
    static func sentence(capacity: Int, _ write: (inout SentenceWriter) -> Void) -> String {
        String(unsafeUninitializedCapacity: capacity) { buffer in
            var writer = SentenceWriter(buffer: buffer)
            write(&writer)
            return writer.count
        }
    }

    private init(buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// Appends fixed words.
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends prepared UTF-8 text.
    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends a whole number in decimal.
    mutating func append(_ number: Int) {
        if number < 0 { append("-") }
        var digits = 1
        var scale: UInt = 1
        while number.magnitude / scale >= 10 {
            scale *= 10
            digits += 1
        }
        guard count + digits <= buffer.count, let base = buffer.baseAddress else { return }
        var rest = number.magnitude
        var offset = digits
        while offset > 0 {
            offset -= 1
            base[count + offset] = 0x30 + UInt8(rest % 10)
            rest /= 10
        }
        count += digits
    }

    /// Appends a date as `YYYY-MM-DD`.
    mutating func append(_ date: CalendarDate) {
        guard date.year >= 1000, date.year <= 9999 else {
            append(Array(date.isoText.utf8))
            return
        }
        append(date.year)
        append("-")
        appendTwoDigits(date.month)
        append("-")
        appendTwoDigits(date.day)
    }

    private mutating func appendTwoDigits(_ value: Int) {
        guard count + 2 <= buffer.count, let base = buffer.baseAddress else { return }
        base[count] = 0x30 + UInt8(value / 10)
        base[count + 1] = 0x30 + UInt8(value % 10)
        count += 2
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, let base = buffer.baseAddress else { return }
        let length = min(bytes.count, buffer.count - count)
        (base + count).update(from: source, count: length)
        count += length
    }
}
