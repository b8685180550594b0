/// Word-wrapping for help and reasons.
enum TextWrap {
    /// Wraps `text` at `width` characters: the first line starts with `indent`, the others with `hanging`.
    static func wrap(_ text: String, width: Int, indent: String, hanging: String) -> String {
        var lines: [String] = []
        var line = indent
        var lineHasWord = false
        for word in text.split(separator: " ") {
            if lineHasWord, line.count + 1 + word.count > width {
                lines.append(line)
                line = hanging
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
