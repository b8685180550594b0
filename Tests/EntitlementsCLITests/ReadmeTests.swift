import Foundation
import Testing

/// The README's command-line sections show real output: each ```console block below the
/// `<!-- CLI-SECTIONS -->` part is run against the built binary from the repository root, and what
/// follows each `$ ` line must be exactly what it prints (standard output, then standard error).
/// A command may be fed a line with `echo '…' | `, may pipe its standard output through
/// `| head -n N` or `| grep 'TEXT'` (a fixed string), and may end with `; echo "exit $?"`.
/// A rate (`107 a second`) varies from run to run and is compared as `N a second`; CRLF line ends
/// are shown as a terminal shows them, as line breaks.
/// `README_UPDATE=1` rewrites the outputs from the binary.
@Suite struct ReadmeTests {
    /// One `$ ` command and the lines shown after it.
    struct Session {
        let command: String
        let output: [String]
        /// The index of the command line in the file.
        let line: Int
    }

    static let readme = Binary.repository.appendingPathComponent("README.md")
    static let marker = "## Using the command line"

    /// The sessions of the console blocks after the marker heading.
    static func sessions(_ lines: [String]) -> [Session] {
        guard let start = lines.firstIndex(of: marker) else { return [] }
        var sessions: [Session] = []
        var index = start
        var inConsole = false
        var current: (command: String, line: Int, output: [String])?
        func close() {
            if let current { sessions.append(Session(command: current.command, output: current.output, line: current.line)) }
            current = nil
        }
        while index < lines.count {
            let line = lines[index]
            if !inConsole, line == "```console" {
                inConsole = true
            } else if inConsole, line == "```" {
                close()
                inConsole = false
            } else if inConsole, line.hasPrefix("$ ") {
                close()
                current = (String(line.dropFirst(2)), index, [])
            } else if inConsole {
                current?.output.append(line)
            }
            index += 1
        }
        return sessions
    }

    /// Splits a command line as a POSIX shell would for plain words and single-quoted strings.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        var inWord = false
        for character in text {
            if quoted {
                if character == "'" { quoted = false } else { word.append(character) }
            } else if character == "'" {
                quoted = true
                inWord = true
            } else if character == " " {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }

    /// What the session's command prints, as lines.
    static func run(_ command: String) throws -> [String] {
        var text = command
        var input: String?
        if text.hasPrefix("echo "), let pipe = text.range(of: " | ") {
            input = words(String(text[text.index(text.startIndex, offsetBy: 5)..<pipe.lowerBound])).joined(separator: " ") + "\n"
            text = String(text[pipe.upperBound...])
        }
        let showStatus = text.hasSuffix("; echo \"exit $?\"")
        if showStatus { text = String(text.dropLast("; echo \"exit $?\"".count)) }
        var filter: ((String) -> String)?
        if let pipe = text.range(of: " | ", options: .backwards) {
            let words = words(String(text[pipe.upperBound...]))
            if words.count == 3, words[0] == "head", words[1] == "-n", let count = Int(words[2]) {
                filter = { out in out.components(separatedBy: "\n").prefix(count).map { $0 + "\n" }.joined() }
            } else if words.count == 2, words[0] == "grep" {
                filter = { out in out.components(separatedBy: "\n").filter { $0.contains(words[1]) }.map { $0 + "\n" }.joined() }
            } else {
                throw ReadmeError(command: command)
            }
            text = String(text[..<pipe.lowerBound])
        }
        let arguments = words(text)
        guard arguments.first == "entitlements" else { throw ReadmeError(command: command) }
        let run = try Binary.run(Array(arguments.dropFirst()), input: input, directory: Binary.repository)
        // A terminal shows CRLF (the CSV outputs' line ends) as it shows LF.
        let out = run.out.replacingOccurrences(of: "\r\n", with: "\n"), err = run.err.replacingOccurrences(of: "\r\n", with: "\n")
        var output = (filter?(out) ?? out) + err
        if showStatus { output += "exit \(run.status)\n" }
        var lines = output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    struct ReadmeError: Error, CustomStringConvertible {
        let command: String
        var description: String { "README command does not run entitlements: \(command)" }
    }

    @Test func consoleBlocksShowRealOutput() throws {
        var lines = String(decoding: try Data(contentsOf: Self.readme), as: UTF8.self).components(separatedBy: "\n")
        let sessions = Self.sessions(lines)
        #expect(sessions.count >= 6, "the README's command-line sections have too few console examples")
        let update = ProcessInfo.processInfo.environment["README_UPDATE"] == "1"
        for session in sessions.reversed() {
            let actual = try Self.run(session.command)
            if update {
                lines.replaceSubrange((session.line + 1)..<(session.line + 1 + session.output.count), with: actual)
            } else {
                #expect(session.output.map(Self.masked) == actual.map(Self.masked), "README line \(session.line + 1): \(session.command)\n\(Self.diff(session.output, actual))")
            }
        }
        if update { try Data(lines.joined(separator: "\n").utf8).write(to: Self.readme) }
    }

    /// A line with its rates (`107 a second`, `1,250 a second`) as `N a second`.
    static func masked(_ line: String) -> String {
        line.replacingOccurrences(of: #"[0-9][0-9,]* a second"#, with: "N a second", options: .regularExpression)
    }

    /// The lines that differ, `-` shown and `+` printed.
    static func diff(_ shown: [String], _ printed: [String]) -> String {
        var text = ""
        for index in 0..<max(shown.count, printed.count) {
            let a = index < shown.count ? shown[index] : nil, b = index < printed.count ? printed[index] : nil
            if a != b {
                if let a { text += "- \(a)\n" }
                if let b { text += "+ \(b)\n" }
            }
        }
        return text
    }

    @Test func wordsSplitLikeAShell() {
        #expect(Self.words("entitlements kinship --la 'Kingston upon Hull' x") == ["entitlements", "kinship", "--la", "Kingston upon Hull", "x"])
        #expect(Self.words("a '' b") == ["a", "", "b"])
    }

    @Test func ratesAreMaskedAndPipesFilterStandardOutput() throws {
        #expect(Self.masked("batch: 3 responses, 0 errors, 1,107 a second") == "batch: 3 responses, 0 errors, N a second")
        let head = try Self.run("entitlements caseload template kinship.allowance | head -n 0")
        #expect(head.isEmpty)
        let grep = try Self.run("entitlements caseload template kinship.allowance | grep 'no such text'")
        #expect(grep.isEmpty)
    }
}
