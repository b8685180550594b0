import Foundation
import Testing
@testable import Entitlements

/// The repository's rule files (`rules/*.json`), read beside the tests, to load as they are or to
/// change in memory before loading: every faulty rule book in these tests is the real one with one
/// surgical change.
struct RuleFiles {
    /// The repository's `rules/` directory.
    static let directory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // EntitlementsTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package
        .appendingPathComponent("rules").path

    /// The files by name, in byte order of name.
    private(set) var files: [(name: String, bytes: [UInt8])]

    /// Reads every top-level `*.json` file of `rules/`.
    static func real() throws -> RuleFiles {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var files: [(name: String, bytes: [UInt8])] = []
        for name in names {
            let data = try #require(FileManager.default.contents(atPath: directory + "/" + name), "cannot read rules/\(name)")
            files.append((name, [UInt8](data)))
        }
        return RuleFiles(files: files)
    }

    /// The bytes of a file.
    func bytes(_ name: String) throws -> [UInt8] {
        try #require(files.first { $0.name == name }?.bytes, "rules/ has no \(name)")
    }

    /// A file parsed.
    func json(_ name: String) throws -> JSONValue {
        try JSONParser.parse(try bytes(name))
    }

    /// Replaces a file's bytes, or adds the file.
    mutating func set(_ name: String, bytes: [UInt8]) {
        files.removeAll { $0.name == name }
        files.append((name, bytes))
        files.sort { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
    }

    /// Changes a file's JSON and writes it back (members keep their order).
    mutating func edit(_ name: String, _ change: (inout JSONValue) throws -> Void) throws {
        var root = try json(name)
        try change(&root)
        set(name, bytes: root.textInWrittenOrder)
    }

    /// Replaces the one occurrence of `old` in a file's text.
    mutating func replaceText(in name: String, _ old: String, with new: String) throws {
        let text = String(decoding: try bytes(name), as: UTF8.self)
        let pieces = text.components(separatedBy: old)
        try #require(pieces.count == 2, "\(name) should hold \(old) exactly once, not \(pieces.count - 1) times")
        set(name, bytes: Array(pieces.joined(separator: new).utf8))
    }

    /// Loads the files as a rule book.
    func load() throws(RuleBookError) -> RuleBook {
        try RuleBook.load(files: files)
    }

    /// Why the files do not load, or nil if they do.
    func loadFailure() -> RuleBookError? {
        do {
            _ = try load()
            return nil
        } catch {
            return error
        }
    }
}

/// The real rule book, loaded once for all tests from `rules/` (not the built-in copy, so a test run
/// always checks the files as they are).
enum RealRuleBook {
    static let loaded: Result<RuleBook, RuleBookError> = Result { () throws(RuleBookError) -> RuleBook in
        try RuleBook.load(directory: RuleFiles.directory)
    }

    /// The rule book, or the reason it does not load.
    static func get() throws -> RuleBook {
        try loaded.get()
    }
}

/// The date written `YYYY-MM-DD`, or a test failure.
func date(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CalendarDate {
    try #require(CalendarDate(text), "\(text) is not a date", sourceLocation: sourceLocation)
}

/// The inclusive range `from...to`, or a test failure.
func days(_ from: String, _ to: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> DateRange {
    let first = try date(from, sourceLocation: sourceLocation)
    let last = try date(to, sourceLocation: sourceLocation)
    return try #require(DateRange(from: first, to: last), "\(from)..\(to) is not a range", sourceLocation: sourceLocation)
}

/// Money from exact text, or a test failure.
func money(_ text: String) throws -> Money {
    try Money(parsing: text)
}
