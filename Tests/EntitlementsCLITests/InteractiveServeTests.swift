import Foundation
import Testing

/// `entitlements serve` answers a client that writes one line and waits, before its input closes.
@Suite struct InteractiveServeTests {
    static let request = #"{"jsonrpc":"2.0","id":ID,"method":"kinship.allowance","params":{"dateOfBirth":"2014-09-03","region":"london","from":"2025-04-01","to":"2026-03-31"}}"#

    /// Reads one line from `descriptor`, waiting at most `seconds` for it; nil on timeout or end.
    static func readLine(_ descriptor: Int32, within seconds: Int32) -> String? {
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            var wanted = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&wanted, 1, seconds * 1000) > 0, read(descriptor, &byte, 1) == 1 else { return nil }
            if byte == UInt8(ascii: "\n") { return String(decoding: line, as: UTF8.self) }
            line.append(byte)
        }
    }

    @Test func eachRequestIsAnsweredWhileTheInputStaysOpen() throws {
        let process = Process()
        process.executableURL = try Binary.url.get()
        process.arguments = ["serve"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let reader = output.fileHandleForReading.fileDescriptor
        for id in 1...3 {
            input.fileHandleForWriting.write(Data((Self.request.replacingOccurrences(of: "ID", with: String(id)) + "\n").utf8))
            let answer = Self.readLine(reader, within: 10)
            #expect(answer?.hasPrefix(#"{"id":\#(id),"jsonrpc":"2.0","result":"#) == true, "no answer to request \(id) while input was open")
            #expect(answer?.contains(#""total":"12692.14""#) == true)
        }
        try input.fileHandleForWriting.close()
        #expect(Self.readLine(reader, within: 10) == nil, "nothing more after the end of input")
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
