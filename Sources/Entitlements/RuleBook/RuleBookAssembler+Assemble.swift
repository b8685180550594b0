extension RuleBookAssembler {
    /// Checks every reference between files and builds the rule book.
    func assemble(revision: String, files: [(name: String, sha256: String)], sources: [(name: String, bytes: [UInt8])]) throws(RuleBookError) -> RuleBook {
        guard let rulebook else { throw RuleBookError(file: "(rule book)", path: "", message: "no file of kind \"rulebook\" (version and title)") }
        guard let councils else { throw RuleBookError(file: "(rule book)", path: "", message: "no file of kind \"councils\"") }
        guard let schemes else { throw RuleBookError(file: "(rule book)", path: "", message: "no file of kind \"schemes\"") }

        for located in rateTables.values.sorted(by: { $0.file < $1.file }) {
            if let code = located.value.localAuthority, councils.value.council(code: code) == nil {
                throw RuleBookError(file: located.file, path: "/localAuthority", message: "\(code) is not a council in \(councils.file)")
            }
            for paid in located.value.paidTables.sorted() {
                guard let table = rateTables[paid]?.value, table.localAuthority == nil, table.purpose == located.value.purpose else {
                    throw RuleBookError(file: located.file, path: "/rows", message: "paysTable \"\(paid)\" is not a national \(located.value.purpose.rawValue) table")
                }
            }
        }
        for located in policies.values.sorted(by: { ($0.file, $0.path) < ($1.file, $1.path) }) {
            do throws(FieldError) {
                try check(EntitlementRegistry.all[located.value.entitlement], located.value.policy, at: located.path)
            } catch {
                throw RuleBookError(file: located.file, path: error.path, message: error.message)
            }
        }

        var built: [Scheme] = []
        for entry in schemes.value.entries {
            var slotted: [any RulePolicy] = []
            for (index, entitlement) in EntitlementRegistry.all.enumerated() {
                slotted += try resolve(entitlement, index: index, entry)
            }
            built.append(Scheme(id: entry.id, title: entry.title, source: entry.source, status: entry.status, inWords: entry.inWords,
                                policies: slotted))
        }
        guard let defaultScheme = built.first(where: { $0.id == schemes.value.defaultID }) else {
            throw RuleBookError(file: schemes.file, path: "/default", message: "no scheme \"\(schemes.value.defaultID)\"")
        }
        guard let first = built.first(where: { $0.id == schemes.value.compared.0 }),
              let second = built.first(where: { $0.id == schemes.value.compared.1 }) else {
            throw RuleBookError(file: schemes.file, path: "/compare", message: "compare names a scheme that is not in the file")
        }
        return RuleBook(
            version: rulebook.value.version, title: rulebook.value.title, revision: revision, files: files,
            schemes: built, defaultScheme: defaultScheme, comparedSchemes: (first, second),
            rateTables: rateTables.mapValues(\.value), amountTables: amountTables.mapValues(\.value),
            indexSeries: indexSeries.mapValues(\.value), councils: councils.value,
            sourceFiles: sources)
    }

    /// Checks what a policy refers to, as its entitlement says.
    private func check<E: Entitlement>(_ entitlement: E.Type, _ policy: any RulePolicy, at path: String) throws(FieldError) {
        guard let own = policy as? E.Policy else { return }
        try E.check(own, at: path, in: self)
    }

    /// The policies a scheme names in an entitlement's slots, each checked to be that entitlement's
    /// and to fit its slot, or an error at the scheme's reference.
    private func resolve<E: Entitlement>(_ entitlement: E.Type, index: Int, _ entry: SchemeEntry) throws(RuleBookError) -> [any RulePolicy] {
        var resolved: [any RulePolicy] = []
        for (slotIndex, slot) in E.slots.enumerated() {
            guard let reference = entry.policies[slot] else {
                throw RuleBookError(file: "(rule book)", path: "", message: "scheme \(entry.id) has no \(slot)")
            }
            guard let found = policies[reference.value], found.value.entitlement == index, let policy = found.value.policy as? E.Policy else {
                let known = policies.filter { $0.value.value.entitlement == index }.keys.sorted().joined(separator: ", ")
                throw fault(reference, "scheme \"\(entry.id)\" names \(slot) policy \"\(reference.value)\", which does not exist (known: \(known.isEmpty ? "none" : known))")
            }
            if let misfit = E.misfit(policy, slot: slotIndex) { throw fault(reference, misfit) }
            resolved.append(policy)
        }
        return resolved
    }

    /// An error at a located reference.
    private func fault(_ located: Located<String>, _ message: String) -> RuleBookError {
        RuleBookError(file: located.file, path: located.path, message: message)
    }
}
