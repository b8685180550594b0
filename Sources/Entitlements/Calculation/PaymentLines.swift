/// The lines of one payment, indexed from 0: a view of the result's own lines, so that
/// `payments[1].lines[0]` is the second payment's first line.
public struct PaymentLines: RandomAccessCollection, Sendable, Equatable {
    /// The payment's lines as a slice of the result's lines, indexed as they are there (the encoder
    /// writes a line already written for the result by its index there).
    package let slice: ArraySlice<AllowanceLine>

    /// The lines of `slice`.
    package init(_ slice: ArraySlice<AllowanceLine>) {
        self.slice = slice
    }

    /// 0.
    public var startIndex: Int { 0 }
    /// The number of lines.
    public var endIndex: Int { slice.count }

    /// The line at `position`, counted from 0.
    public subscript(position: Int) -> AllowanceLine {
        slice[slice.startIndex + position]
    }

    /// Whether both hold the same lines in the same order.
    public static func == (left: PaymentLines, right: PaymentLines) -> Bool {
        left.elementsEqual(right)
    }
}
