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

    /// Writes everything buffered.
    mutating func flush() {
        guard !buffer.isEmpty, !closed else {
            buffer.removeAll(keepingCapacity: true)
            return
        }
        var offset = 0
        buffer.withUnsafeBufferPointer { pointer in
            guard let base = pointer.baseAddress else { return }
            while offset < pointer.count {
                let written = write(descriptor, base + offset, pointer.count - offset)
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
        buffer.removeAll(keepingCapacity: true)
    }
}
