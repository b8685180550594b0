import Entitlements

/// One entitlement under two schemes, side by side, with the difference.
enum CompareReport {
    /// The comparison: eligibility and each money figure under both schemes, then the reasons for each.
    static func render(_ result: JSONValue, method: String, style: TextStyle) -> String {
        let results = result.list("results")
        guard results.count == 2 else { return JSONWriter.string(result) + "\n" }
        let (first, second) = (results[0], results[1])
        let difference = result["difference"] ?? .null
        let names = results.map { $0.shown("scheme") }
        var text = style.bold("\(Report.title(method)) compared") + ": \(names[0]) and \(names[1])\n\n"
        var table = Table([("", .left), (names[0], .right), (names[1], .right), ("Difference", .right)])
        table.add(["Eligible", Report.yesNo(first.flag("eligible")), Report.yesNo(second.flag("eligible")), difference.shown("eligible")])
        if first["exempt"] != nil || second["exempt"] != nil {
            table.add(["Exempt", Report.yesNo(first.flag("exempt")), Report.yesNo(second.flag("exempt")), ""])
        }
        let labels = [("total", "Total"), ("amount", "Amount"), ("remaining", "Remaining"), ("balance", "Balance"),
                      ("annualSaving", "Annual saving")]
        for (key, label) in labels where first[key] != nil || second[key] != nil {
            table.add([label, first.pounds(key), second.pounds(key), Report.signed(difference.text(key))])
        }
        text += table.render(style: style, indent: "")
        for (name, entry) in zip(names, results) {
            let (detail, body) = ResultKind.parts(method, entry, style: style)
            text += "\n" + style.bold("── Under \(name)") + (detail.isEmpty ? "" : ": " + detail) + "\n" + body
            text += Report.estimated(entry, style: style) + Report.reasons(entry, style: style)
        }
        return text + Report.provenance(first, style: style)
    }
}
