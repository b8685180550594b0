#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Entitlements

/// Reads `\n`-terminated lines from a file descriptor in large chunks, holding at most
/// `maxLineBytes` of any one line (its `\r\n` ending not counted): a longer line is reported by its
/// length and the id its start holds, not kept. A byte-order mark at the very start of the stream
/// is skipped. A read that fails ends the input, and `failure` says why.
///
/// Each byte is searched for a newline once (`scanned` remembers how far the unfinished line has
/// been searched), so a long line costs time in proportion to its length. A descriptor in
/// non-blocking mode is waited on with `poll` rather than taken to have ended.
struct LineReader {
    /// One input line.
    enum Line {
        /// A line within the limit (without its `\n`).
        case text(ArraySlice<UInt8>)
        /// A line over the limit, with its full length in bytes (without a `\r` ending) and the id
        /// read from its start (`null` when none could be read).
        case tooLong(Int, id: JSONValue)
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
    /// The id read from the start of the over-long line being skipped.
    private var skippedID: JSONValue = .null
    /// Whether the start of the stream has been checked for a byte-order mark.
    private var startChecked = false
    /// Why reading failed, if it did (the input then ends there).
    private(set) var failure: IOFailure?

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
        // A `\r\n` ending does not count towards the limit.
        let carriageReturn = lineEnd > lineStart && buffer[lineEnd - 1] == UInt8(ascii: "\r") ? 1 : 0
        if skipping > 0 {
            let length = skipping + (lineEnd - lineStart) - carriageReturn
            skipping = 0
            defer { skippedID = .null }
            return .tooLong(length, id: skippedID)
        }
        let length = lineEnd - lineStart - carriageReturn
        if length > maxLineBytes { return .tooLong(length, id: Self.id(of: buffer[lineStart..<lineEnd])) }
        return .text(buffer[lineStart..<lineEnd])
    }

    /// The id the start of an over-long line holds.
    static func id(of bytes: ArraySlice<UInt8>) -> JSONValue {
        bytes.withUnsafeBufferPointer { RequestHandler.id(of: $0) }
    }

    /// Skips a byte-order mark at the very start of the stream, once enough bytes are buffered to
    /// tell (a mark anywhere else is left for the parser to refuse).
    private mutating func skipByteOrderMark() {
        guard !startChecked else { return }
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let available = min(end - start, 3)
        let matches = (0..<available).allSatisfy { buffer[start + $0] == mark[$0] }
        guard !matches || available == 3 || atEnd else { return }
        startChecked = true
        if matches, available == 3 {
            start += 3
            scanned = max(scanned, start)
        }
    }

    /// Up to `limit` complete lines that are already buffered, without reading; empty if none.
    mutating func bufferedLines(limit: Int) -> [Line] {
        var lines: [Line] = []
        skipByteOrderMark()
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
            skipByteOrderMark()
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
                    if result < 0 { failure = IOFailure("read standard input", code: errno) }
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
        // One byte more than the limit may be the `\r` of a `\r\n` ending.
        if end - start > maxLineBytes + 1 {
            if skipping == 0 { skippedID = Self.id(of: buffer[start..<end]) }
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
