#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffers response lines and writes them to a file descriptor; notices when the reader has gone.
struct OutputWriter {
    let descriptor: Int32
    private(set) var buffer: [UInt8] = []
    /// True once a write failed (e.g. the reader closed the pipe): stop producing output.
    private(set) var closed = false
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

    /// Writes bytes to the descriptor, waiting while a non-blocking descriptor is full; marks the
    /// writer closed when the reader has gone.
    private mutating func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !closed else { return }
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK {
                    // Non-blocking output that is full: wait until the reader takes some, rather
                    // than spin on the CPU. A reader that has gone makes the next write fail.
                    var wanted = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&wanted, 1, -1)
                    continue
                }
                closed = true
                return
            }
            offset += written
        }
    }
}
