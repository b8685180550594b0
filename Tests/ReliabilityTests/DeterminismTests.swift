import Entitlements
import Foundation
import TestSupport
import Testing

/// The same input gives byte-identical output on every run, whichever way it arrives (a file that
/// is all there at once, so lines are answered in two-core batches of up to 512; or a pipe fed in
/// small pieces, so they are answered one by one), and `batch` writes exactly what `serve` writes.
@Suite(.enabled(if: Executable.serveWorks, Executable.skipReason))
struct DeterminismTests {
    /// A mixed input: every golden request, hostile lines, and mutated lines, 2,000 in all.
    static let input: [UInt8] = {
        var lines = GoldenRequests.all.map(\.line)
        lines += HostileInputTests.cases.filter { $0.line.count < 10_000 }.map(\.line)
        var mutator = Mutator(seed: 99)
        while lines.count < 2_000 { lines.append(mutator.line(lines.count)) }
        return Requests.input(lines)
    }()

    static func file(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("determinism-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        return url
    }

    @Test func twoRunsAndBothCommandsGiveTheSameBytes() throws {
        let url = try Self.file(Self.input)
        defer { try? FileManager.default.removeItem(at: url) }
        let first = try Child.run(["serve"], input: .file(url.path))
        let second = try Child.run(["serve"], input: .file(url.path))
        let batch = try Child.run(["batch", "--quiet"], input: .file(url.path))
        // Fed through a pipe in pieces of 1 to 4,000 bytes, with pauses, so batches split differently.
        let bytes = Self.input
        let trickled = try Child.run(["batch", "--quiet"], input: .stream { writer in
            var random = SplitMix64(seed: 5)
            var offset = 0
            while offset < bytes.count, !writer.broken {
                let count = min(bytes.count - offset, random.int(in: 1...4_000))
                writer.write(bytes[offset..<(offset + count)])
                writer.flush()
                offset += count
                if random.chance(3) { usleep(2_000) }
            }
        })
        for run in [first, second, batch, trickled] { #expect(run.exitStatus == 0) }
        #expect(first.outputLines > 1_500)
        #expect(first.output == second.output, "two serve runs differ")
        #expect(first.output == batch.output, "batch differs from serve")
        #expect(first.output == trickled.output, "batch fed in pieces differs from serve")
        let (a, b) = (first.lines, trickled.lines)
        if let index = a.indices.first(where: { $0 >= b.count || a[$0] != b[$0] }) {
            Issue.record("first difference at response \(index): \(ResponseInvariants.preview(a[index])) vs \(index < b.count ? ResponseInvariants.preview(b[index]) : "nothing")")
        }
    }

    /// The order of requests does not change any one answer (SPEC.md: results are the same whatever
    /// the order of requests): the input reversed gives the responses reversed.
    @Test func theOrderOfRequestsChangesNoAnswer() throws {
        let lines = Self.input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast().map(Array.init)
        let forward = try Child.run(["serve"], input: .bytes(Requests.input(lines)))
        let backward = try Child.run(["serve"], input: .bytes(Requests.input(lines.reversed())))
        #expect(forward.outputLines == backward.outputLines)
        #expect(forward.lines.map(Array.init) == backward.lines.reversed().map(Array.init))
    }
}
