import Foundation
import Testing

/// The README's release build links the Swift runtime and Foundation into the binary, so it runs on
/// a machine without the Swift toolchain: built exactly as the README says (into a scratch path of
/// its own), `ldd` finds no library of the toolchain in it, and a copy run from elsewhere with an
/// empty environment answers as the tool does.
@Suite struct StaticBinaryTests {
    /// The README's release build, with the scratch path these tests use added.
    static let readmeCommand = "swift build -c release --static-swift-stdlib"

    /// The toolchain's `usr` directory, found from the `swift` on `PATH`.
    static let toolchain: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") {
            let swift = URL(fileURLWithPath: String(directory)).appendingPathComponent("swift")
            if FileManager.default.isExecutableFile(atPath: swift.path) {
                return swift.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
            }
        }
        return nil
    }()

    /// Whether the toolchain can link statically: it has the static Swift runtime.
    static let canLinkStatically: Bool = {
        guard let toolchain else { return false }
        return FileManager.default.fileExists(atPath: toolchain.appendingPathComponent("lib/swift_static/linux/libswiftCore.a").path)
    }()

    /// The libraries `ldd` lists for `binary` that belong to the Swift toolchain: any under the
    /// toolchain's directory, and any Swift runtime, Foundation or Dispatch library wherever it is.
    static func toolchainLibraries(_ lddOutput: String, toolchain: URL) -> [String] {
        let names = ["libswift", "libFoundation", "lib_Foundation", "libdispatch", "libBlocksRuntime", "libCoreFoundation"]
        return lddOutput.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { line in
            line.contains(toolchain.path + "/") || names.contains { line.hasPrefix($0) }
        }
    }

    /// What `ldd` prints for a file.
    static func ldd(_ file: URL) throws -> Binary.Run {
        try Binary.run([file.path], executable: URL(fileURLWithPath: "/usr/bin/ldd"))
    }

    /// Runs `program` from its own directory with an empty environment (`env -i`): no
    /// `LD_LIBRARY_PATH`, no `PATH`.
    static func runAlone(_ program: URL, _ arguments: [String]) throws -> Binary.Run {
        try Binary.run(["-i", program.path] + arguments, directory: program.deletingLastPathComponent(),
                       executable: URL(fileURLWithPath: "/usr/bin/env"))
    }

    @Test func theReadmeGivesTheStaticBuild() throws {
        let readme = String(decoding: try Data(contentsOf: Binary.repository.appendingPathComponent("README.md")), as: UTF8.self)
        #expect(readme.contains(Self.readmeCommand + "\n"), "the README's release build is not `\(Self.readmeCommand)`")
    }

    @Test(.enabled(if: toolchain != nil, "no swift on PATH"))
    func theCheckFindsTheToolchainInTheDebugBinary() throws {
        let toolchain = try #require(Self.toolchain, "no swift on PATH")
        let run = try Self.ldd(try Binary.url.get())
        #expect(run.status == 0, "\(run.err)")
        // `swift build` links the debug binary to the toolchain's shared runtime, so the check must see it.
        #expect(!Self.toolchainLibraries(run.out, toolchain: toolchain).isEmpty, "\(run.out)")
    }

    @Test(.enabled(if: canLinkStatically, "the Swift toolchain on PATH has no static runtime (lib/swift_static), so it cannot link statically"),
          .timeLimit(.minutes(20)))
    func theReleaseBuildNeedsNoLibraryFromTheToolchain() throws {
        let toolchain = try #require(Self.toolchain)
        let scratch = Binary.repository.appendingPathComponent(".build-static")
        // At low priority, so the tests running beside it keep the processor.
        let build = try Binary.run(
            ["-n", "19"] + Self.readmeCommand.split(separator: " ").map(String.init)
                + ["--product", "entitlements", "--scratch-path", scratch.path],
            directory: Binary.repository, executable: URL(fileURLWithPath: "/usr/bin/nice"))
        try #require(build.status == 0, "the static release build failed:\n\(build.out.suffix(3000))\n\(build.err.suffix(3000))")
        let binary = scratch.appendingPathComponent("release/entitlements")

        let linked = try Self.ldd(binary)
        #expect(linked.status == 0, "\(linked.err)")
        #expect(Self.toolchainLibraries(linked.out, toolchain: toolchain).isEmpty, "the binary still needs:\n\(linked.out)")

        // A copy elsewhere, run with nothing in its environment, gives what the tool gives.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("entitlements-static-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("entitlements")
        try FileManager.default.copyItem(at: binary, to: copy)
        let arguments = ["kinship", "--dob", "2014-09-03", "--region", "london", "--from", "2025-04-01", "--to", "2026-03-31", "--json"]
        let alone = try Self.runAlone(copy, arguments)
        let tool = try Binary.run(arguments)
        #expect(alone.status == 0, "\(alone.err)")
        #expect(alone.out.contains(#""total":"12692.14""#))
        #expect(alone.out == tool.out)
        let version = try Self.runAlone(copy, ["version"])
        #expect(version.status == 0)
        #expect(version.out == (try Binary.run(["version"])).out)
    }
}
