import Foundation

/// Writes help text from a command's declaration: usage line, options with their kinds and
/// defaults, and worked examples.
public struct HelpText: Sendable {
    /// The program name, e.g. `entitlements`.
    public let program: String
    /// The width to wrap at.
    public let width: Int

    /// Makes a help writer.
    public init(program: String, width: Int = 100) {
        self.program = program
        self.width = width
    }

    /// The usage line: required options, groups and positionals, then `[options]`.
    public func usage(_ spec: CommandSpec) -> String {
        var parts = [program, spec.name]
        var shown = Set<String>()
        for option in spec.options where option.isRequired {
            parts.append(option.synopsis)
            shown.insert(option.name)
        }
        for rule in spec.rules {
            guard case .oneOrMore(let names) = rule else { continue }
            let group = names.compactMap(spec.option)
            parts.append("(" + group.map(\.synopsis).joined(separator: " | ") + ")")
            shown.formUnion(names)
        }
        parts += spec.positionals.map(\.name)
        if spec.options.contains(where: { !shown.contains($0.name) }) { parts.append("[options]") }
        return parts.joined(separator: " ")
    }

    /// The whole help text for a command.
    public func help(_ spec: CommandSpec) -> String {
        var text = "\(program) \(spec.name): \(spec.summary)\n\nUsage:\n  \(usage(spec))\n"
        for paragraph in spec.details {
            text += "\n" + wrap(paragraph, indent: "", hanging: "") + "\n"
        }
        if !spec.positionals.isEmpty {
            text += "\nArguments:\n"
            text += table(spec.positionals.map { ($0.name, $0.help) })
        }
        var rows = spec.options.map { option in (option.synopsis, describe(option, in: spec)) }
        rows.append(("-h, --help", "show this help"))
        text += "\nOptions:\n" + table(rows)
        if !spec.examples.isEmpty {
            text += "\n" + (spec.examples.count == 1 ? "Example" : "Examples") + ":\n"
            for example in spec.examples {
                text += "  # \(example.caption)\n  \(commandLine(example))\n"
            }
        }
        return text
    }

    /// An example as a shell command line.
    public func commandLine(_ example: CommandExample) -> String {
        let command = ([program] + example.arguments.map(HelpText.quoted)).joined(separator: " ")
        return example.input.map { "echo \(HelpText.quoted($0)) | " + command } ?? command
    }

    /// The help line of one option: its text, accepted words, default and constraints.
    func describe(_ option: OptionSpec, in spec: CommandSpec) -> String {
        var text = option.help
        if case .choice(let words) = option.kind { text += "; one of: " + words.joined(separator: ", ") }
        if let value = option.defaultValue { text += " (default: \(value))" }
        if option.isRequired { text += " (required)" }
        if option.isRepeatable { text += " (repeatable)" }
        for rule in spec.rules {
            if case .requires(let name, let needed) = rule, name == option.name { text += " (needs --\(needed))" }
        }
        return text
    }

    /// Two columns: names padded, descriptions wrapped beside them.
    func table(_ rows: [(String, String)]) -> String {
        let column = min(30, (rows.map(\.0.count).max() ?? 0) + 4)
        var text = ""
        for (name, description) in rows {
            let left = "  " + name
            let indent = String(repeating: " ", count: column)
            if left.count + 2 > column {
                text += left + "\n" + wrap(description, indent: indent, hanging: indent) + "\n"
            } else {
                let padded = left + String(repeating: " ", count: column - left.count)
                text += wrap(description, indent: padded, hanging: indent) + "\n"
            }
        }
        return text
    }

    /// Wraps `text` at the width: the first line starts with `indent`, the others with `hanging`.
    func wrap(_ text: String, indent: String, hanging: String) -> String {
        TextWrap.wrap(text, width: width, indent: indent, hanging: hanging)
    }

    /// An argument quoted for a POSIX shell when it needs it.
    static func quoted(_ argument: String) -> String {
        let safe = !argument.isEmpty && argument.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./,=:@%+".contains($0)) }
        return safe ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
