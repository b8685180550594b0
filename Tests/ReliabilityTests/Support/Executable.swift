import Foundation
import Testing

/// The built `entitlements` executable that these tests run as a client would.
///
/// It is `ENTITLEMENTS_BINARY` when that is set, otherwise the file `entitlements` in the build
/// products directory that holds this test bundle (found by walking up from the bundle and from the
/// running test executable), so `swift test --scratch-path X` always tests the binary built beside it.
enum Executable {
    /// Why the binary cannot be used.
    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    /// The executable's path, or why there is none.
    static let path: Result<String, Unavailable> = {
        let manager = FileManager.default
        if let explicit = ProcessInfo.processInfo.environment["ENTITLEMENTS_BINARY"] {
            return manager.isExecutableFile(atPath: explicit)
                ? .success(explicit) : .failure(Unavailable(description: "ENTITLEMENTS_BINARY=\(explicit) is not an executable"))
        }
        var starts = Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
        starts.append(Bundle.main.bundleURL)
        if let executable = Bundle.main.executableURL { starts.append(executable) }
        starts.append(URL(fileURLWithPath: CommandLine.arguments[0]).absoluteURL)
        var searched: [String] = []
        for start in starts {
            var directory = start.deletingLastPathComponent()
            for _ in 0..<5 {
                let candidate = directory.appendingPathComponent("entitlements").path
                searched.append(candidate)
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                   manager.isExecutableFile(atPath: candidate) {
                    return .success(candidate)
                }
                directory = directory.deletingLastPathComponent()
            }
        }
        return .failure(Unavailable(description: "no built entitlements executable; searched \(searched.joined(separator: ", "))"))
    }()

    /// Whether the binary exists and has a working `serve` (it answers an empty input with nothing
    /// and exit status 0). The binary-driven tests are skipped, with this reason, only when not.
    static let serveWorks: Bool = {
        guard case .success = path else { return false }
        guard let run = try? Child.run(["serve"], input: .bytes([]), timeout: 60) else { return false }
        return run.exitStatus == 0 && run.output.isEmpty
    }()

    /// The reason shown when the binary tests are skipped.
    static let skipReason: Comment = "the entitlements binary with a working `serve` was not found next to the tests (build it first)"

    /// The repository root: rules, golden cases and docs.
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }
}
