import Foundation

/// The built `entitlements` executable, found next to the test bundle, and a way to run it.
enum Binary {
    /// What a run of the binary printed, and its exit status.
    struct Run {
        let status: Int32
        let out: String
        let err: String
    }

    /// Why the binary could not be run.
    struct NotFound: Error, CustomStringConvertible {
        let searched: [String]
        var description: String { "no built entitlements executable found; searched: \(searched.joined(separator: ", "))" }
    }

    /// The executable: `ENTITLEMENTS_BINARY` if set, else the products directory that holds the test
    /// bundle (found by walking up from the bundle or the running test executable).
    static let url: Result<URL, NotFound> = {
        let manager = FileManager.default
        var searched: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["ENTITLEMENTS_BINARY"] {
            return manager.isExecutableFile(atPath: explicit) ? .success(URL(fileURLWithPath: explicit)) : .failure(NotFound(searched: [explicit]))
        }
        var starts = Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
        starts.append(Bundle.main.bundleURL)
        if let executable = Bundle.main.executableURL { starts.append(executable) }
        starts.append(URL(fileURLWithPath: CommandLine.arguments[0]).absoluteURL)
        for start in starts {
            var directory = start.deletingLastPathComponent()
            for _ in 0..<5 {
                let candidate = directory.appendingPathComponent("entitlements")
                searched.append(candidate.path)
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                   manager.isExecutableFile(atPath: candidate.path) {
                    return .success(candidate)
                }
                directory = directory.deletingLastPathComponent()
            }
        }
        return .failure(NotFound(searched: searched))
    }()

    /// Runs `executable` (default: the built binary) with arguments, optional standard input,
    /// extra environment and working directory; output is captured through files, so no pipe can fill.
    static func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:],
                    directory: URL? = nil, executable: URL? = nil) throws -> Run {
        let program = try executable ?? url.get()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("entitlements-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        let inURL = scratch.appendingPathComponent("in")
        for file in [outURL, errURL] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
        _ = FileManager.default.createFile(atPath: inURL.path, contents: Data((input ?? "").utf8))
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let outHandle = try FileHandle(forWritingTo: outURL), errHandle = try FileHandle(forWritingTo: errURL)
        let inHandle = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = inHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        try inHandle.close()
        return Run(status: process.terminationStatus,
                   out: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                   err: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// The repository root (for golden cases, docs and rules).
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
