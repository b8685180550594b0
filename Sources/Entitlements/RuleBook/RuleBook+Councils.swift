extension RuleBook {
    /// Reads the `councils` file.
    static func decodeCouncils(_ object: FieldObject) throws(FieldError) -> CouncilDirectory {
        let source = try object.required("source").nonEmptyString()
        let regionNote = try object.required("regionNote").nonEmptyString()
        var regionOfOnsRegion: [String: String] = [:]
        let mapField = try object.required("regionOfOnsRegion")
        guard case .object(let members) = mapField.value else { throw mapField.error("expected an object") }
        for member in members {
            regionOfOnsRegion[member.key] = try JSONField(member.value, path: JSONField.pointer(mapField.path, member.key))
                .nonEmptyString()
        }
        let defaultRegion = try object.required("defaultRegion").nonEmptyString()
        var councils: [Council] = []
        for field in try object.required("councils").array() {
            let council = try field.object(allowed: ["code", "name", "onsRegion", "aliases", "region", "payDay"])
            let code = try council.required("code").nonEmptyString()
            if councils.contains(where: { $0.code == code }) {
                throw FieldError(path: JSONField.pointer(field.path, "code"), message: "council code \(code) is listed twice")
            }
            let onsRegion = try council.required("onsRegion").nonEmptyString()
            let aliases = try (council.optional("aliases")?.array() ?? []).map { alias throws(FieldError) in
                try alias.nonEmptyString()
            }
            let region = try council.optional("region")?.nonEmptyString()
                ?? regionOfOnsRegion[onsRegion] ?? defaultRegion
            councils.append(Council(code: code, name: try council.required("name").nonEmptyString(),
                                    onsRegion: onsRegion, region: region, aliases: aliases,
                                    payDay: try council.optional("payDay").map(decodePayDay)))
        }
        var formerCodes: [FormerCode] = []
        for field in try object.optional("formerCodes")?.array() ?? [] {
            let former = try field.object(allowed: ["code", "name", "replacedBy", "when", "source"])
            let code = try former.required("code").nonEmptyString()
            if councils.contains(where: { $0.code == code }) || formerCodes.contains(where: { $0.code == code }) {
                throw FieldError(path: JSONField.pointer(field.path, "code"), message: "code \(code) is already listed")
            }
            var successors: [String] = []
            for successor in try former.required("replacedBy").array() {
                let successorCode = try successor.nonEmptyString()
                guard councils.contains(where: { $0.code == successorCode }) else {
                    throw successor.error("\(successorCode) is not a council in \"councils\"")
                }
                successors.append(successorCode)
            }
            if successors.isEmpty { throw FieldError(path: JSONField.pointer(field.path, "replacedBy"), message: "name at least one successor") }
            formerCodes.append(FormerCode(code: code, name: try former.required("name").nonEmptyString(),
                                          replacedBy: successors, when: try former.required("when").nonEmptyString(),
                                          source: try former.required("source").nonEmptyString()))
        }
        do {
            return try CouncilDirectory(councils: councils, formerCodes: formerCodes, source: source, regionNote: regionNote)
        } catch {
            throw FieldError(path: JSONField.pointer(object.path, "councils"),
                             message: "the name \"\(error.name)\" would find both \(error.first) and \(error.second); remove the ambiguous alias")
        }
    }

    /// Reads a council's `payDay` rule: any of `offsetDays`, `weekday`, `timing`, `monthly`, and its `source`.
    static func decodePayDay(_ field: JSONField) throws(FieldError) -> PayDayRule {
        let object = try field.object(allowed: ["offsetDays", "weekday", "timing", "monthly", "source"])
        _ = try object.required("source").nonEmptyString()
        let rule = PayDayRule(
            offsetDays: try object.optional("offsetDays")?.integer(in: 0...PayDayRule.maxOffsetDays),
            weekday: (try object.optional("weekday")?.oneOf(Weekday.allCases.map(\.rawValue))).flatMap(Weekday.init(rawValue:)),
            timing: (try object.optional("timing")?.oneOf(PayTiming.allCases.map(\.rawValue))).flatMap(PayTiming.init(rawValue:)),
            monthly: (try object.optional("monthly")?.oneOf(MonthlyPricing.allCases.map(\.rawValue))).flatMap(MonthlyPricing.init(rawValue:)))
        if rule == PayDayRule() { throw field.error("give at least one of offsetDays, weekday, timing and monthly") }
        return rule
    }
}
