import Entitlements

/// Prescription charges for people: exempt or not, on which grounds until when, and the cost.
enum PrescriptionReport {
    /// The heading detail.
    static func detail(_ result: JSONValue) -> String {
        result.flag("exempt") == true ? "exempt" : "not exempt"
    }

    /// Exemption, grounds, charge, annual cost and saving.
    static func body(_ result: JSONValue, style: TextStyle) -> String {
        let grounds = result.list("grounds").map { ground in
            ground.shown("ground") + (ground.text("until").map { ", until \($0)" } ?? ", no end date")
        }
        var rows = [("Exempt", Report.yesNo(result.flag("exempt")))]
        if grounds.isEmpty {
            rows.append(("Grounds", "none"))
        } else {
            for (index, ground) in grounds.enumerated() { rows.append((index == 0 ? "Grounds" : "", ground)) }
        }
        rows.append(("Charge per item", result.pounds("chargePerItem")))
        if let cost = result["annualCost"] {
            rows.append(("Annual cost", "\(cost.pounds("amount")) (\(cost.shown("option")))"))
        }
        if result["annualSaving"] != nil { rows.append(("Annual saving", result.pounds("annualSaving"))) }
        return Report.pairs(rows)
    }
}
