import EntitlementsProtocol
import Foundation

/// What a command prints: standard output and standard error, gathered and then written at once,
/// so that tests can run commands in memory.
struct Console {
    /// Text for standard output.
    var out = ""
    /// Text for standard error.
    var err = ""
    /// How headings and notes are styled.
    let style: TextStyle

    /// Adds text (with a newline) to standard output.
    mutating func print(_ text: String) {
        out += text
        if !text.hasSuffix("\n") { out += "\n" }
    }

    /// Adds one line to standard error.
    mutating func error(_ line: String) {
        err += line
        if !line.hasSuffix("\n") { err += "\n" }
    }

    /// Writes the gathered text to the process's standard output and error; returns the first
    /// write that failed. A reader that has gone (a closed pipe) is not a failure.
    func flush() -> IOFailure? {
        var failure: IOFailure?
        if case .failed(let code) = Descriptor.writeAll(out, to: 1) { failure = IOFailure("write standard output", code: code) }
        if case .failed(let code) = Descriptor.writeAll(err, to: 2), failure == nil {
            failure = IOFailure("write standard error", code: code)
        }
        return failure
    }

    /// Puts `/dev/null`, opened the wrong way round, on any of descriptors 0, 1 and 2 that the
    /// parent left closed: the next file opened cannot take its place (and be read as requests, or
    /// written with responses), and reading or writing it fails as the closed one would (`EBADF`).
    static func holdClosedStandardDescriptors() {
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let placeholder = open("/dev/null", descriptor == 0 ? O_WRONLY : O_RDONLY)
            if placeholder >= 0, placeholder != descriptor {
                dup2(placeholder, descriptor)
                close(placeholder)
            }
        }
    }
}
