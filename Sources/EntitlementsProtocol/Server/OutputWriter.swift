/// Buffers response lines and writes them to a file descriptor; notices when the reader has gone
/// and when a write fails.
struct OutputWriter {
    let descriptor: Int32
    private(set) var buffer: [UInt8] = []
    /// True once a write failed or the reader closed the pipe: stop producing output.
    private(set) var closed = false
    /// Why a write failed, when it was not the reader going away (which is a quiet end).
    private(set) var failure: IOFailure?
    /// Flush on its own once this many bytes are waiting.
    let highWater = 1 << 16

    /// A writer to `descriptor`.
    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(highWater * 2)
    }

    /// Adds one line (a newline is appended).
    mutating func append(line: [UInt8]) {
        buffer.append(contentsOf: line)
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= highWater { flush() }
    }

    /// Adds bytes that already end in a newline (a batch's responses); a large block is written
    /// straight from where it is rather than copied.
    mutating func append(lines bytes: UnsafeBufferPointer<UInt8>) {
        if buffer.count + bytes.count < highWater {
            buffer.append(contentsOf: bytes)
            return
        }
        flush()
        writeAll(bytes)
    }

    /// Writes everything buffered.
    mutating func flush() {
        buffer.withUnsafeBufferPointer { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes bytes to the descriptor; marks the writer closed when the reader has gone or the
    /// write failed, keeping the failure.
    private mutating func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !closed else { return }
        switch Descriptor.writeAll(UnsafeRawBufferPointer(bytes), to: descriptor) {
        case .all: return
        case .readerGone: closed = true
        case .failed(let code):
            closed = true
            failure = IOFailure("write standard output", code: code)
        }
    }
}
