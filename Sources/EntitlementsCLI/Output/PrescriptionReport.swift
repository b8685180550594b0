import Entitlements

/// Prescription charges for people: exempt or not, on which grounds until when, and the cost.
enum PrescriptionReport {
    /// The heading detail.
    static func detail(_ result: PrescriptionResult, status: SchemeStatus) -> String {
        Report.said("exempt", status, not: !result.exempt)
    }

    /// Exemption, grounds, charge, annual cost and saving.
    /// Under a proposal the first row says "Would be exempt".
    static func body(_ result: PrescriptionResult, status: SchemeStatus, style: TextStyle) -> String {
        let grounds = result.grounds.map { ground in
            ground.ground + (ground.until.map { ", until \($0)" } ?? ", no end date")
        }
        var rows = [(status == .proposal ? "Would be exempt" : "Exempt", Report.yesNo(result.exempt))]
        if grounds.isEmpty {
            rows.append(("Grounds", "none"))
        } else {
            for (index, ground) in grounds.enumerated() { rows.append((index == 0 ? "Grounds" : "", ground)) }
        }
        rows.append(("Charge per item", result.chargePerItem.formatted))
        if let cost = result.annualCost {
            rows.append(("Annual cost", "\(cost.amount.formatted) (\(cost.option))"))
        }
        if let saving = result.annualSaving { rows.append(("Annual saving", saving.formatted)) }
        return Report.pairs(rows)
    }
}
