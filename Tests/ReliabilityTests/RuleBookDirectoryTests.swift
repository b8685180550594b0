#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// `serve --rules DIR` and `batch --rules DIR` with a rule book that cannot be used: missing,
/// unreadable, half-written, empty, or not a directory. Each is a clear message on stderr naming the
/// directory or file, exit status 3, nothing on stdout, and no request answered from a wrong book.
@Suite(.enabled(if: Executable.serveWorks, Executable.skipReason))
struct RuleBookDirectoryTests {
    /// A copy of the repository's `rules/` in a fresh temporary directory.
    static func copyOfRules() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Executable.repository.appendingPathComponent("rules"), to: directory)
        return directory
    }

    /// Runs `command --rules directory` with one request waiting on stdin.
    static func run(_ command: StreamCommand, rules directory: String, wrapper: [String] = []) throws -> ChildRun {
        try Child.run(command.arguments + ["--rules", directory], input: .bytes(Requests.input([Requests.sentinel("r")])),
                      wrapper: wrapper, timeout: 30)
    }

    static func expectRefused(_ run: ChildRun, naming fragment: String, _ what: String) {
        #expect(run.exitStatus == 3, "\(what): exit \(run.exitStatus.map(String.init) ?? "signal \(run.signal ?? 0)")")
        #expect(run.output.isEmpty, "\(what): stdout \(run.outputText.prefix(300))")
        #expect(run.errorText.contains(fragment), "\(what): stderr \(run.errorText.prefix(500)) should name \(fragment)")
        #expect(!run.errorText.contains("Fatal error") && !run.errorText.contains("crashed"), "\(what): \(run.errorText.prefix(500))")
    }

    @Test(arguments: StreamCommand.allCases)
    func aMissingDirectory(_ command: StreamCommand) throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-rules-\(UUID().uuidString)").path
        Self.expectRefused(try Self.run(command, rules: missing), naming: missing + ": no such directory", "missing")
    }

    @Test(arguments: StreamCommand.allCases)
    func aFileInsteadOfADirectory(_ command: StreamCommand) throws {
        let rules = try Self.copyOfRules()
        defer { try? FileManager.default.removeItem(at: rules) }
        let file = rules.appendingPathComponent("nma.json").path
        Self.expectRefused(try Self.run(command, rules: file), naming: "not a directory", "a file")
    }

    @Test(arguments: StreamCommand.allCases)
    func anEmptyDirectory(_ command: StreamCommand) throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("empty-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        Self.expectRefused(try Self.run(command, rules: empty.path), naming: "no *.json rule files", "empty")
    }

    /// A rule file cut short, as by a copy that was interrupted: the file is named.
    @Test(arguments: StreamCommand.allCases)
    func aHalfWrittenFile(_ command: StreamCommand) throws {
        let rules = try Self.copyOfRules()
        defer { try? FileManager.default.removeItem(at: rules) }
        for name in ["nma.json", "councils.json", "schemes.json"] {
            let file = rules.appendingPathComponent(name)
            let original = try Data(contentsOf: file)
            try original.prefix(original.count / 2).write(to: file)
            Self.expectRefused(try Self.run(command, rules: rules.path), naming: rules.appendingPathComponent(name).path + ": not valid JSON",
                               "half of \(name)")
            try original.write(to: file)
        }
        // And an empty file.
        let file = rules.appendingPathComponent("kinship.json")
        try Data().write(to: file)
        Self.expectRefused(try Self.run(command, rules: rules.path), naming: file.path + ": not valid JSON", "an empty kinship.json")
    }

    /// chmod 000. Run as root, the permission bits do not stop reads, so there the binary is run as
    /// `nobody` through `setpriv`; when that is not possible either, the test says so and checks only
    /// that the rule book still loads (it is readable to root, so it must).
    @Test(arguments: StreamCommand.allCases)
    func anUnreadableDirectoryOrFile(_ command: StreamCommand) throws {
        let rules = try Self.copyOfRules()
        defer {
            chmod(rules.path, 0o755)
            chmod(rules.appendingPathComponent("nma.json").path, 0o644)
            try? FileManager.default.removeItem(at: rules)
        }
        var wrapper: [String] = []
        if geteuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                  case .success(let binary) = Executable.path, Self.reachableByEveryone(binary) else {
                // Root reads whatever the mode bits say; an unreadable rule book cannot be made here.
                chmod(rules.path, 0)
                let run = try Self.run(command, rules: rules.path)
                #expect(run.exitStatus == 0, "as root the directory is still readable")
                return
            }
            wrapper = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
            // nobody must reach the directory through the temporary directory.
            chmod(rules.path, 0o755)
        }
        // An unreadable file in a readable directory.
        chmod(rules.appendingPathComponent("nma.json").path, 0)
        Self.expectRefused(try Self.run(command, rules: rules.path, wrapper: wrapper),
                           naming: rules.appendingPathComponent("nma.json").path + ": cannot read the file", "unreadable nma.json")
        chmod(rules.appendingPathComponent("nma.json").path, 0o644)
        // An unreadable directory.
        chmod(rules.path, 0)
        Self.expectRefused(try Self.run(command, rules: rules.path, wrapper: wrapper), naming: rules.path + ": cannot list the directory",
                           "unreadable directory")
    }

    /// Whether every directory above `path` can be searched by anyone and the file run by anyone.
    static func reachableByEveryone(_ path: String) -> Bool {
        var url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        guard access(url.path, X_OK) == 0, let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              let mode = attributes[.posixPermissions] as? Int, mode & 0o001 != 0 else { return false }
        while url.path != "/" {
            url = url.deletingLastPathComponent()
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                  let mode = attributes[.posixPermissions] as? Int, mode & 0o001 != 0 else { return false }
        }
        return true
    }
}
