#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to a file descriptor: the one place the server and the command line call `write(2)`,
/// on Linux and on Darwin alike.
package enum Descriptor {
    /// How writing a whole buffer ended.
    package enum Written: Equatable, Sendable {
        /// Every byte was written.
        case all
        /// The reader has gone (`EPIPE`): a quiet end, not a failure.
        case readerGone
        /// The write failed for another reason (`ENOSPC`, `EIO`, `EBADF`…), with its `errno`.
        case failed(Int32)
    }

    /// Writes all of `bytes` to `descriptor`: retries after a signal, waits while a non-blocking
    /// descriptor is full (rather than spin), and says how it ended.
    package static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Written {
        guard let base = bytes.baseAddress else { return .all }
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EAGAIN || code == EWOULDBLOCK {
                    // Wait until the reader takes some; a reader that has gone makes the next write fail.
                    var wanted = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&wanted, 1, -1)
                    continue
                }
                return code == EPIPE ? .readerGone : .failed(code)
            }
            if written == 0 { return .failed(EIO) }
            offset += written
        }
        return .all
    }

    /// Writes all of `text` to `descriptor`.
    @discardableResult
    package static func writeAll(_ text: String, to descriptor: Int32) -> Written {
        var text = text
        return text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    /// The system's description of an `errno` value, e.g. "No space left on device".
    package static func describe(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}

/// Standard input or output could not be used: what was being done and the system's reason. The
/// command line reports it on stderr and exits with status 4.
public struct IOFailure: Error, Sendable, Equatable {
    /// What failed, e.g. "write standard output".
    public let action: String
    /// The `errno` value.
    public let code: Int32

    /// A failure of `action` with `errno` `code`.
    public init(_ action: String, code: Int32) {
        self.action = action
        self.code = code
    }

    /// One line for stderr, e.g. "cannot write standard output: No space left on device".
    public var message: String {
        let reason = code == EBADF ? "it is not open (\(Descriptor.describe(code)))" : Descriptor.describe(code)
        return "cannot \(action): \(reason)"
    }
}
