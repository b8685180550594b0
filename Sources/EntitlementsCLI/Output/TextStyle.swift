import Foundation

/// Styling for human-readable output: bold headings and dim notes on a terminal, plain text otherwise.
struct TextStyle: Sendable {
    /// Whether to use ANSI escape codes.
    let colour: Bool

    /// Plain text.
    static let plain = TextStyle(colour: false)

    /// Colour when standard output is a terminal, `NO_COLOR` is unset or empty, and `TERM` is not `dumb`.
    static func forStandardOutput(environment: [String: String]) -> TextStyle {
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
        return TextStyle(colour: !noColour && isatty(1) == 1)
    }

    /// A heading.
    func bold(_ text: String) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    /// A note, such as a rule id.
    func dim(_ text: String) -> String { colour ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
