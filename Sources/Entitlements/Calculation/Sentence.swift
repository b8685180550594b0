/// A sentence of an explanation, written with string interpolation straight into UTF-8 bytes:
/// words, text, whole numbers and dates are appended to one buffer, which the reason keeps as it
/// is. Every piece is valid UTF-8 (literals, strings, digits), so the whole is, and no string is
/// made or checked for the sentences written for every request (`Reason.text` makes one on demand).
struct Sentence {
    /// The sentence as UTF-8.
    let utf8: [UInt8]
    /// `utf8` escaped for JSON (no quotes), for a sentence made once and said in many results
    /// (`prepared()`); nil for one written for a single result, escaped as it is written.
    private(set) var escaped: [UInt8]?

    /// A sentence already written.
    init(_ text: String) {
        utf8 = Array(text.utf8)
    }

    /// The sentence with its JSON escaping done now, once, for the many results that will say it.
    func prepared() -> Sentence {
        var sentence = self
        sentence.escaped = Citation(String(decoding: utf8, as: UTF8.self)).escaped
        return sentence
    }
}

extension Sentence: ExpressibleByStringInterpolation {
    init(stringLiteral value: StaticString) {
        utf8 = value.withUTF8Buffer { Array($0) }
    }

    init(stringInterpolation: Builder) {
        utf8 = stringInterpolation.bytes
    }

    /// A sentence being written, as bytes.
    struct Builder: StringInterpolationProtocol {
        fileprivate var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + 32 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        mutating func appendInterpolation(_ text: String) {
            var text = text
            text.withUTF8 { bytes.append(contentsOf: $0) }
        }

        /// A whole number in decimal.
        mutating func appendInterpolation(_ number: Int) {
            if number < 0 { bytes.append(UInt8(ascii: "-")) }
            var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for the 20 digits of any Int
            withUnsafeMutableBytes(of: &digits) { room in
                var rest = number.magnitude
                var start = room.count
                repeat {
                    start -= 1
                    room[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                } while rest > 0
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: room[start...]))
            }
        }

        /// A number as an English ordinal: `18th`, `21st`.
        mutating func appendInterpolation(ordinal number: Int) {
            appendInterpolation(number)
            appendLiteral(ordinalSuffix(number))
        }

        /// Money for people: `£1,234.50`.
        mutating func appendInterpolation(pounds amount: Money) {
            var text: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)  // Money.longestFormatted bytes
            withUnsafeMutableBytes(of: &text) { room in
                guard let base = room.baseAddress else { return }
                let length = amount.writeFormatted(to: base.assumingMemoryBound(to: UInt8.self))
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: room[0..<length]))
            }
        }

        /// A date as `YYYY-MM-DD`.
        mutating func appendInterpolation(_ date: CalendarDate) {
            var text: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &text) { room in
                guard let base = room.baseAddress else { return }
                date.write(to: base.assumingMemoryBound(to: UInt8.self))
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: room[0..<10]))
            }
        }

        /// Anything else, by its description.
        mutating func appendInterpolation<Value: CustomStringConvertible>(_ value: Value) {
            appendInterpolation(value.description)
        }
    }
}
