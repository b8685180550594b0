import Foundation

/// A client for `entitlements serve` that reads while it writes: the requests go from their own
/// thread, and the responses are read as they come, so neither pipe can fill and block the other side.
final class ServeClient: @unchecked Sendable {
    /// Sends each request (one JSON object, no newline) and returns the response lines, in order.
    static func responses(binary: URL, requests: [String]) throws -> [String] {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writing = input.fileHandleForWriting
        let writer = Thread {
            for request in requests {
                // Throws (instead of trapping) if the server has gone; the reader below then sees the end.
                guard (try? writing.write(contentsOf: Data((request + "\n").utf8))) != nil else { break }
            }
            try? writing.close()
        }
        writer.start()
        var responses: [String] = []
        var pending = Data()
        let reading = output.fileHandleForReading
        while let chunk = try reading.read(upToCount: 1 << 16), !chunk.isEmpty {
            pending.append(chunk)
            while let newline = pending.firstIndex(of: 0x0A) {
                responses.append(String(decoding: pending[pending.startIndex..<newline], as: UTF8.self))
                pending.removeSubrange(pending.startIndex...newline)
            }
        }
        process.waitUntilExit()
        return responses
    }
}
