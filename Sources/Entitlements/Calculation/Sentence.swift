/// A sentence of an explanation, written with string interpolation straight into UTF-8 bytes:
/// words, text, whole numbers and dates are appended to one buffer and the text is made once
/// (the standard interpolation grows a string piece by piece, which costs several times more on
/// the sentences written for every request).
struct Sentence {
    /// The sentence.
    let text: String

    /// A sentence already written.
    init(_ text: String) {
        self.text = text
    }
}

extension Sentence: ExpressibleByStringInterpolation {
    init(stringLiteral value: StaticString) {
        text = value.description
    }

    init(stringInterpolation: Builder) {
        var builder = stringInterpolation
        builder.flush()
        text = builder.text
    }

    /// A sentence being written: short pieces are collected as bytes and turned into text together;
    /// a long interpolated string is appended as it is (it is already valid text, and checking its
    /// bytes again costs more than appending it).
    struct Builder: StringInterpolationProtocol {
        fileprivate var text = ""
        fileprivate var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + 24 * interpolationCount)
        }

        /// Turns the bytes collected so far into text.
        fileprivate mutating func flush() {
            guard !bytes.isEmpty else { return }
            let piece = String(decoding: bytes, as: UTF8.self)
            if text.isEmpty { text = piece } else { text += piece }
            bytes.removeAll(keepingCapacity: true)
        }

        mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        mutating func appendInterpolation(_ text: String) {
            guard text.utf8.count < 32 else {
                flush()
                self.text += text
                return
            }
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
