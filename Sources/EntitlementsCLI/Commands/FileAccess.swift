import Foundation
import EntitlementsProtocol

/// Whole files read and written by the commands that take paths; a failure is an input-output
/// failure (exit 4) naming the file and the system's reason.
enum FileAccess {
    /// The bytes of the file at `path`.
    static func read(_ path: String) throws(CommandFailure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .inputOutput(IOFailure("read \(path)", code: errno)) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .inputOutput(IOFailure("read \(path)", code: errno))
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Writes `bytes` as the whole file at `path` (created or truncated).
    static func write(_ bytes: [UInt8], to path: String) throws(CommandFailure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .inputOutput(IOFailure("write \(path)", code: errno)) }
        let written = bytes.withUnsafeBytes { Descriptor.writeAll($0, to: descriptor) }
        let closed = close(descriptor)
        switch written {
        case .all:
            if closed != 0 { throw .inputOutput(IOFailure("write \(path)", code: errno)) }
        case .readerGone:
            throw .inputOutput(IOFailure("write \(path)", code: EPIPE))
        case .failed(let code):
            throw .inputOutput(IOFailure("write \(path)", code: code))
        }
    }
}
