/// Collects decoded rule files, then checks the references between them and builds the rule book.
struct RuleBookAssembler {
    /// A decoded item with where it was found.
    struct Located<Value> {
        let value: Value
        let file: String
        let path: String
    }

    /// A scheme as written: policy ids still to resolve.
    struct SchemeEntry {
        let id: String, title: String, source: String
        let status: SchemeStatus, inWords: String
        let policies: [String: Located<String>]
    }

    var rulebook: Located<(version: String, title: String)>?
    var rateTables: [String: Located<WeeklyRateTable>] = [:]
    var amountTables: [String: Located<AmountTable>] = [:]
    var indexSeries: [String: Located<IndexSeries>] = [:]
    var councils: Located<CouncilDirectory>?
    var schemes: Located<(defaultID: String, compared: (String, String), entries: [SchemeEntry])>?
    /// Every entitlement's policies by id, each with its entitlement's index in the registry.
    var policies: [String: Located<(entitlement: Int, policy: any RulePolicy)>] = [:]
    var ids: [String: String] = [:]

    /// The kinds of rule file: the rule book's own, then each entitlement's.
    static let kinds = ["rulebook", "weekly-rates", "amounts", "index-series", "councils", "schemes"] + EntitlementRegistry.ruleFileKinds

    /// Decodes one file by its kind.
    mutating func add(_ root: JSONField, file: String) throws(FieldError) {
        guard case .object(let members) = root.value else { throw root.error("a rule file is a JSON object") }
        guard let kindMember = members.first(where: { $0.key == "kind" }) else {
            throw FieldError(path: "/kind", message: "\"kind\" is required; one of: \(Self.kinds.joined(separator: ", "))")
        }
        let kind = try JSONField(kindMember.value, path: "/kind").oneOf(Self.kinds)
        switch kind {
        case "rulebook":
            let object = try root.object(allowed: ["kind", "version", "title", "description"])
            try once(rulebook == nil, kind)
            rulebook = Located(value: (try object.required("version").nonEmptyString(), try object.required("title").nonEmptyString()),
                               file: file, path: "")
            _ = try object.optional("description")?.string()
        case "weekly-rates":
            let object = try root.object(allowed: ["kind", "id", "title", "purpose", "localAuthority", "regions", "bands", "source", "note", "rows"])
            _ = try object.optional("note")?.string()
            let table = try RuleBook.decodeWeeklyRates(object)
            try claim(table.id, object, file)
            rateTables[table.id] = Located(value: table, file: file, path: "")
        case "amounts":
            let object = try root.object(allowed: ["kind", "id", "title", "fields", "source", "note", "rows"])
            _ = try object.optional("note")?.string()
            let table = try RuleBook.decodeAmounts(object)
            try claim(table.id, object, file)
            amountTables[table.id] = Located(value: table, file: file, path: "")
        case "index-series":
            let object = try root.object(allowed: ["kind", "id", "title", "unit", "source", "note", "rows"])
            _ = try object.optional("note")?.string()
            let series = try RuleBook.decodeIndexSeries(object)
            try claim(series.id, object, file)
            indexSeries[series.id] = Located(value: series, file: file, path: "")
        case "councils":
            let object = try root.object(allowed: ["kind", "source", "regionNote", "regionOfOnsRegion", "defaultRegion", "councils", "formerCodes"])
            try once(councils == nil, kind)
            councils = Located(value: try RuleBook.decodeCouncils(object), file: file, path: "")
        case "schemes":
            let object = try root.object(allowed: ["kind", "default", "compare", "schemes"])
            try once(schemes == nil, kind)
            var entries: [SchemeEntry] = []
            for field in try object.required("schemes").array() {
                let scheme = try field.object(allowed: ["id", "title", "source", "status", "inWords"] + EntitlementRegistry.slots)
                let id = try scheme.required("id").nonEmptyString()
                if entries.contains(where: { $0.id == id }) {
                    throw FieldError(path: JSONField.pointer(field.path, "id"), message: "scheme \"\(id)\" is defined twice")
                }
                var policies: [String: Located<String>] = [:]
                for slot in EntitlementRegistry.slots {
                    let slotField = try scheme.required(slot)
                    policies[slot] = Located(value: try slotField.nonEmptyString(), file: file, path: slotField.path)
                }
                let status = SchemeStatus(rawValue: try scheme.required("status").oneOf(SchemeStatus.allCases.map(\.rawValue))) ?? .proposal
                entries.append(SchemeEntry(id: id, title: try scheme.required("title").nonEmptyString(),
                                           source: try scheme.required("source").nonEmptyString(),
                                           status: status, inWords: try scheme.required("inWords").nonEmptyString(), policies: policies))
            }
            let defaultField = try object.required("default")
            let defaultID = try defaultField.oneOf(entries.map(\.id))
            let compareField = try object.required("compare")
            let compared = try compareField.array().map { field throws(FieldError) in try field.oneOf(entries.map(\.id)) }
            guard compared.count == 2, compared[0] != compared[1] else { throw compareField.error("name two different schemes, first and second") }
            schemes = Located(value: (defaultID, (compared[0], compared[1]), entries), file: file, path: "")
        default:
            // Every kind in `kinds` past the rule book's own is an entitlement's; there is no other.
            guard let index = EntitlementRegistry.ruleFileKinds.firstIndex(of: kind) else {
                throw FieldError(path: "/kind", message: "no decoder for rule files of kind \"\(kind)\"")
            }
            try addPolicies(EntitlementRegistry.all[index], index: index, root, file: file)
        }
    }

    /// Reads the policies of an entitlement's rule file.
    private mutating func addPolicies<E: Entitlement>(_ entitlement: E.Type, index: Int, _ root: JSONField, file: String) throws(FieldError) {
        let object = try root.object(allowed: ["kind"] + E.fileKeys)
        for (policy, field) in try E.policies(in: object) {
            try claim(policy.id, field, file)
            policies[policy.id] = Located(value: (index, policy), file: file, path: field.path)
        }
    }

    /// Refuses a second file of a kind that must be unique.
    private func once(_ first: Bool, _ kind: String) throws(FieldError) {
        if !first { throw FieldError(path: "/kind", message: "only one \"\(kind)\" file is allowed") }
    }

    /// Records an id, refusing one already used anywhere in the rule book.
    private mutating func claim(_ id: String, _ object: FieldObject, _ file: String) throws(FieldError) {
        try claim(id, JSONField(.null, path: object.path), file)
    }

    /// Records an id, refusing one already used anywhere in the rule book.
    private mutating func claim(_ id: String, _ field: JSONField, _ file: String) throws(FieldError) {
        if let other = ids[id] {
            throw FieldError(path: JSONField.pointer(field.path, "id"), message: "id \"\(id)\" is already used in \(other)")
        }
        ids[id] = file
    }
}

extension RuleBookAssembler {
    /// The national table with this id (of this purpose, if given).
    func nationalTable(_ id: String, purpose: RatePurpose?) -> WeeklyRateTable? {
        guard let table = rateTables[id]?.value, table.localAuthority == nil, purpose.map({ table.purpose == $0 }) ?? true else { return nil }
        return table
    }

    /// Whether `code` is a council in the councils file.
    func isCouncil(_ code: String) -> Bool {
        councils?.value.council(code: code) != nil
    }

    /// The councils file's name, for messages.
    var councilsFile: String { councils?.file ?? "the councils file" }
}
