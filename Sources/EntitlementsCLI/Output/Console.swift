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

    /// Writes the gathered text to the process's standard output and error.
    func flush() {
        Console.send(out, to: 1)
        Console.send(err, to: 2)
    }

    /// Writes all of `text` to a file descriptor, ignoring failures such as a closed pipe.
    static func send(_ text: String, to descriptor: Int32) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBufferPointer { buffer in
                write(descriptor, buffer.baseAddress, buffer.count)
            }
            if written <= 0 {
                if written < 0, errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
