#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads `\n`-terminated lines from a file descriptor in large chunks, holding at most
/// `maxLineBytes` of any one line: a longer line is reported by its length, not kept.
///
/// Each byte is searched for a newline once (`scanned` remembers how far the unfinished line has
/// been searched), so a long line costs time in proportion to its length. A descriptor in
/// non-blocking mode is waited on with `poll` rather than taken to have ended.
struct LineReader {
    /// One input line.
    enum Line {
        /// A line within the limit (without its `\n`).
        case text(ArraySlice<UInt8>)
        /// A line over the limit, with its full length in bytes.
        case tooLong(Int)
    }

    let descriptor: Int32
    let maxLineBytes: Int
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEnd = false
    /// Bytes of an over-long line skipped so far (0 when not skipping).
    private var skipping = 0
    /// `buffer[start..<scanned]` holds no newline: the search for the next one resumes at `scanned`.
    private var scanned = 0

    /// A reader over `descriptor`.
    init(descriptor: Int32, maxLineBytes: Int, chunkBytes: Int = 1 << 16) {
        self.descriptor = descriptor
        self.maxLineBytes = maxLineBytes
        self.buffer = [UInt8](repeating: 0, count: max(chunkBytes, 1024))
    }

    /// The index of the next buffered newline, searching from `scanned`; nil (with `scanned` moved to
    /// `end`) when the buffer holds none.
    private mutating func nextNewline() -> Int? {
        let from = max(start, scanned)
        guard from < end else { return nil }
        let found = buffer.withUnsafeBufferPointer { pointer -> Int? in
            guard let base = pointer.baseAddress, let hit = memchr(base + from, 0x0A, end - from) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        scanned = found ?? end
        return found
    }

    /// Takes the buffered line that ends at `lineEnd` (a newline, or the end of the input), and
    /// resumes reading at `resume`.
    private mutating func take(until lineEnd: Int, resumingAt resume: Int) -> Line {
        let lineStart = start
        start = resume
        scanned = resume
        if skipping > 0 {
            let length = skipping + (lineEnd - lineStart)
            skipping = 0
            return .tooLong(length)
        }
        if lineEnd - lineStart > maxLineBytes { return .tooLong(lineEnd - lineStart) }
        return .text(buffer[lineStart..<lineEnd])
    }

    /// Up to `limit` complete lines that are already buffered, without reading; empty if none.
    mutating func bufferedLines(limit: Int) -> [Line] {
        var lines: [Line] = []
        while lines.count < limit, skipping == 0, let newline = nextNewline() {
            lines.append(take(until: newline, resumingAt: newline + 1))
        }
        return lines
    }

    /// Whether more input can be read at once without waiting.
    func inputIsReady() -> Bool {
        var descriptorSet = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptorSet, 1, 0) > 0
    }

    /// The next line, or nil at the end of input. `beforeBlocking` runs before a read that may wait.
    mutating func next(beforeBlocking: () -> Void) -> Line? {
        while true {
            if let newline = nextNewline() { return take(until: newline, resumingAt: newline + 1) }
            if atEnd {
                // A last line without its newline is still a line.
                guard end > start || skipping > 0 else { return nil }
                return take(until: end, resumingAt: end)
            }
            compactAndGrow()
            if !inputIsReady() { beforeBlocking() }
            let count = buffer.withUnsafeMutableBufferPointer { pointer -> Int in
                guard let base = pointer.baseAddress else { return 0 }
                while true {
                    let result = read(descriptor, base + end, pointer.count - end)
                    if result < 0, errno == EINTR { continue }
                    if result < 0, errno == EAGAIN || errno == EWOULDBLOCK {
                        // Non-blocking input with nothing yet: wait for some, never take it for the end.
                        var wanted = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                        _ = poll(&wanted, 1, -1)
                        continue
                    }
                    return result
                }
            }
            if count <= 0 { atEnd = true } else { end += count }
        }
    }

    /// Moves unread bytes to the front; grows the buffer for a line up to the limit, and past the
    /// limit drops the line's bytes, remembering only how many there were.
    private mutating func compactAndGrow() {
        if start > 0 {
            let pending = end - start
            if pending > 0 {
                buffer.withUnsafeMutableBufferPointer { pointer in
                    guard let base = pointer.baseAddress else { return }
                    memmove(base, base + start, pending)
                }
            }
            scanned = max(0, scanned - start)
            start = 0
            end = pending
        }
        if end - start > maxLineBytes {
            skipping += end - start
            start = 0
            end = 0
            scanned = 0
        }
        if end == buffer.count {
            buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count))
        }
    }
}
