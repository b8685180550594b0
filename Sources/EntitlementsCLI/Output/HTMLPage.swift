/// A self-contained HTML page for printing: inline CSS sized for A4, no scripts, no external resources,
/// every value escaped.
struct HTMLPage {
    /// The page's title.
    let title: String
    /// The body's markup, built with `escape` for every value.
    var body = ""

    /// Text made safe for an element's content or a quoted attribute value.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Adds an element holding escaped text, e.g. `add("h2", "Payments")`.
    mutating func add(_ tag: String, _ text: String, class name: String? = nil) {
        body += "<\(tag)\(name.map { " class=\"\($0)\"" } ?? "")>\(Self.escape(text))</\(tag)>\n"
    }

    /// Adds a two-column list of labels and values.
    mutating func pairs(_ rows: [(String, String)]) {
        body += "<table class=\"pairs\">\n"
        for (label, value) in rows {
            body += "<tr><th scope=\"row\">\(Self.escape(label))</th><td>\(Self.escape(value))</td></tr>\n"
        }
        body += "</table>\n"
    }

    /// Adds a table with a header row; `numeric` marks the columns aligned right.
    mutating func table(_ headings: [String], _ rows: [[String]], numeric: Set<Int> = [], footer: [String]? = nil) {
        func cells(_ row: [String], _ tag: String) -> String {
            row.enumerated().map { index, cell in
                "<\(tag)\(numeric.contains(index) ? " class=\"num\"" : "")>\(Self.escape(cell))</\(tag)>"
            }.joined()
        }
        body += "<table class=\"grid\">\n<thead><tr>\(cells(headings, "th"))</tr></thead>\n<tbody>\n"
        for row in rows { body += "<tr>\(cells(row, "td"))</tr>\n" }
        body += "</tbody>\n"
        if let footer { body += "<tfoot><tr>\(cells(footer, "td"))</tr></tfoot>\n" }
        body += "</table>\n"
    }

    /// Adds a bulleted list of sentences.
    mutating func list(_ items: [String]) {
        guard !items.isEmpty else { return }
        body += "<ul>\n" + items.map { "<li>\(Self.escape($0))</li>\n" }.joined() + "</ul>\n"
    }

    /// The stylesheet: A4 with 18 mm margins, print-friendly type, tables that do not split rows.
    static let style = """
        @page { size: A4; margin: 18mm; }
        html { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10.5pt; color: #111; }
        body { margin: 0 auto; max-width: 174mm; padding: 8mm 0; line-height: 1.4; }
        h1 { font-size: 17pt; margin: 0 0 2mm; }
        h2 { font-size: 12.5pt; margin: 7mm 0 2mm; border-bottom: 0.4mm solid #333; padding-bottom: 1mm; }
        p { margin: 1.5mm 0; }
        .lead { font-size: 11.5pt; }
        .total { font-size: 13pt; font-weight: bold; }
        .note { color: #444; font-size: 9pt; }
        .status { border: 0.4mm solid #333; padding: 2mm 3mm; margin: 4mm 0; }
        table { border-collapse: collapse; width: 100%; margin: 2mm 0; }
        table.pairs th { text-align: left; font-weight: normal; color: #444; width: 45mm; padding: 0.8mm 0; }
        table.pairs td { padding: 0.8mm 0; }
        table.grid th, table.grid td { border-bottom: 0.2mm solid #bbb; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
        table.grid thead th { border-bottom: 0.4mm solid #333; }
        table.grid tfoot td { border-top: 0.4mm solid #333; border-bottom: none; font-weight: bold; }
        .num { text-align: right; white-space: nowrap; }
        tr { break-inside: avoid; }
        footer { margin-top: 8mm; color: #444; font-size: 8.5pt; }
        code { font-family: "Liberation Mono", monospace; font-size: 8pt; word-break: break-all; }
        """

    /// The whole document.
    var html: String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <title>\(Self.escape(title))</title>
        <style>
        \(Self.style)
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }
}
