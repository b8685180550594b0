/// A plain-text table: a header and rows in aligned columns, numbers right-aligned.
struct Table {
    /// How a column's cells line up.
    enum Alignment {
        /// Text.
        case left
        /// Numbers and amounts.
        case right
    }

    /// The column headings.
    let headings: [String]
    /// Each column's alignment.
    let alignments: [Alignment]
    /// The rows, each with one cell per column.
    var rows: [[String]] = []

    /// Declares the columns: `(heading, alignment)` pairs.
    init(_ columns: [(String, Alignment)]) {
        headings = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    /// Adds a row.
    mutating func add(_ cells: [String]) { rows.append(cells) }

    /// The table, indented by `indent`, the header styled bold; lines end with a newline.
    func render(style: TextStyle, indent: String = "  ") -> String {
        var widths = headings.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (column, width) in widths.enumerated() {
                let cell = column < cells.count ? cells[column] : ""
                let padding = String(repeating: " ", count: width - cell.count)
                let last = column == widths.count - 1
                parts.append(alignments[column] == .right ? padding + cell : (last ? cell : cell + padding))
            }
            return indent + parts.joined(separator: "  ")
        }
        var text = style.bold(line(headings)) + "\n"
        for row in rows { text += line(row) + "\n" }
        return text
    }
}
