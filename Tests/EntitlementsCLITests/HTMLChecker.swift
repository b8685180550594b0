/// A small checker for the statements' HTML: tags balanced and properly nested, attribute values
/// quoted, no script, no external resource (no src, no http(s) link, no CSS url() or @import).
enum HTMLChecker {
    /// Elements that have no end tag.
    static let void: Set<String> = ["meta", "br", "hr", "img", "link", "input", "col", "wbr"]

    /// The faults found (empty when the page is well-formed).
    static func faults(_ html: String) -> [String] {
        var faults: [String] = []
        let lower = html.lowercased()
        for banned in ["<script", "javascript:", "src=", "url(", "@import", "http://", "https://", "<link", "<iframe", "<img"] where lower.contains(banned) {
            faults.append("holds \(banned)")
        }
        var open: [String] = []
        var rest = Substring(html)
        guard rest.hasPrefix("<!DOCTYPE html>") else { return faults + ["does not start with <!DOCTYPE html>"] }
        rest = rest.dropFirst("<!DOCTYPE html>".count)
        while let start = rest.firstIndex(of: "<") {
            let text = rest[rest.startIndex..<start]
            if text.contains(">") { faults.append("a bare > in text: \(text.prefix(40))") }
            guard let end = rest[start...].firstIndex(of: ">") else {
                faults.append("a tag is never closed")
                break
            }
            let tag = rest[rest.index(after: start)..<end]
            rest = rest[rest.index(after: end)...]
            if open.last == "style" && tag != "/style" { faults.append("a tag inside <style>"); continue }
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst())
                if open.last == name { open.removeLast() } else { faults.append("</\(name)> closes \(open.last ?? "nothing")") }
                continue
            }
            let parts = splitAttributes(String(tag))
            guard let name = parts.first, !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) else {
                faults.append("a malformed tag <\(tag)>")
                continue
            }
            for attribute in parts.dropFirst() {
                let pieces = attribute.split(separator: "=", maxSplits: 1)
                if pieces.count != 2 || !pieces[1].hasPrefix("\"") || !pieces[1].hasSuffix("\"") || pieces[1].count < 2 {
                    faults.append("an unquoted attribute \(attribute) in <\(name)>")
                }
            }
            if !void.contains(name) { open.append(name) }
        }
        if !rest.filter({ $0 == ">" }).isEmpty { faults.append("a bare > after the last tag") }
        if !open.isEmpty { faults.append("never closed: \(open)") }
        return faults
    }

    /// A tag's name and attributes, split at spaces outside quotes.
    static func splitAttributes(_ tag: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quoted = false
        for character in tag {
            if character == "\"" { quoted.toggle() }
            if character == " " && !quoted {
                if !current.isEmpty { parts.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    /// The page's text with the tags taken out and the five entities decoded, spaces run together.
    static func text(_ html: String) -> String {
        var out = ""
        var inTag = false
        var inStyle = false
        var tag = ""
        for character in html {
            if character == "<" { inTag = true; tag = ""; continue }
            if character == ">" {
                inTag = false
                if tag.hasPrefix("style") { inStyle = true } else if tag == "/style" { inStyle = false }
                out += " "
                continue
            }
            if inTag { tag.append(character) } else if !inStyle { out.append(character) }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        return out.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}
