extension RuleBookAssembler {
    /// Checks every reference between files and builds the rule book.
    func assemble(revision: String, files: [(name: String, sha256: String)], sources: [(name: String, bytes: [UInt8])]) throws(RuleBookError) -> RuleBook {
        guard let rulebook else { throw RuleBookError(file: "(rule book)", path: "", message: "no file of kind \"rulebook\" (version and title)") }
        guard let councils else { throw RuleBookError(file: "(rule book)", path: "", message: "no file of kind \"councils\"") }
        guard let schemes else { throw RuleBookError(file: "(rule book)", path: "", message: "no file of kind \"schemes\"") }
        guard let prescriptionCharges else { throw RuleBookError(file: "(rule book)", path: "", message: "no file of kind \"prescription-policies\"") }

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
        guard let charges = amountTables[prescriptionCharges.value] else {
            throw fault(prescriptionCharges, "no amounts table \"\(prescriptionCharges.value)\"")
        }
        for field in ["perItem", "prepayment3Month", "prepayment12Month"] where !charges.value.fields.contains(field) {
            throw RuleBookError(file: charges.file, path: "/fields", message: "prescription charges need the field \"\(field)\"")
        }
        for located in grants.values.sorted(by: { $0.path < $1.path }) {
            if case .indexed(let indexed) = located.value.rule, indexSeries[indexed.index] == nil {
                throw RuleBookError(file: located.file, path: located.path + "/index", message: "no index series \"\(indexed.index)\"")
            }
        }
        for located in stayingPut.values.sorted(by: { $0.path < $1.path }) {
            guard let tableID = located.value.fallbackTable, let band = located.value.fallbackBand else { continue }
            guard let table = rateTables[tableID]?.value, table.localAuthority == nil else {
                throw RuleBookError(file: located.file, path: located.path + "/fallbackTable", message: "no national rate table \"\(tableID)\"")
            }
            if table.band(id: band) == nil {
                throw RuleBookError(file: located.file, path: located.path + "/fallbackBand", message: "table \"\(tableID)\" has no band \"\(band)\"")
            }
        }
        for located in kinship.values.sorted(by: { $0.path < $1.path }) {
            let tableID = located.value.rateTable
            guard let table = rateTables[tableID]?.value, table.localAuthority == nil, table.purpose == .fostering else {
                throw RuleBookError(file: located.file, path: located.path + "/rateTable", message: "no national fostering table \"\(tableID)\"")
            }
            guard let pilot = located.value.pilot else { continue }
            guard let pilotTable = rateTables[pilot.rateTable]?.value, pilotTable.localAuthority == nil, pilotTable.purpose == .fostering else {
                throw RuleBookError(file: located.file, path: located.path + "/pilot/rateTable", message: "no national fostering table \"\(pilot.rateTable)\"")
            }
            for (index, code) in pilot.councils.enumerated() where councils.value.council(code: code) == nil {
                throw RuleBookError(file: located.file, path: located.path + "/pilot/councils/\(index)", message: "\(code) is not a council code in \(councils.file)")
            }
        }

        var built: [Scheme] = []
        for entry in schemes.value.entries {
            built.append(Scheme(
                id: entry.id, title: entry.title, source: entry.source, status: entry.status, inWords: entry.inWords,
                kinship: try resolve(entry, "kinship", kinship),
                leavingCareGrant: try resolve(entry, "leavingCareGrant", grants),
                apprenticeshipBursary: try resolve(entry, "apprenticeshipBursary", bursaries),
                stayingPut: try resolve(entry, "stayingPut", stayingPut, arrangement: "staying-put"),
                stayingClose: try resolve(entry, "stayingClose", stayingPut, arrangement: "staying-close"),
                prescription: try resolve(entry, "prescription", prescription)))
        }
        guard let defaultScheme = built.first(where: { $0.id == schemes.value.defaultID }) else {
            throw RuleBookError(file: schemes.file, path: "/default", message: "no scheme \"\(schemes.value.defaultID)\"")
        }
        return RuleBook(
            version: rulebook.value.version, title: rulebook.value.title, revision: revision, files: files,
            schemes: built, defaultScheme: defaultScheme,
            rateTables: rateTables.mapValues(\.value), amountTables: amountTables.mapValues(\.value),
            indexSeries: indexSeries.mapValues(\.value), councils: councils.value,
            prescriptionCharges: prescriptionCharges.value, sourceFiles: sources)
    }

    /// The policy a scheme names in a slot, or an error at the scheme's reference.
    private func resolve<Policy>(_ entry: SchemeEntry, _ slot: String, _ policies: [String: Located<Policy>]) throws(RuleBookError) -> Policy {
        guard let reference = entry.policies[slot] else {
            throw RuleBookError(file: "(rule book)", path: "", message: "scheme \(entry.id) has no \(slot)")
        }
        guard let policy = policies[reference.value] else {
            let known = policies.keys.sorted().joined(separator: ", ")
            throw fault(reference, "scheme \"\(entry.id)\" names \(slot) policy \"\(reference.value)\", which does not exist (known: \(known.isEmpty ? "none" : known))")
        }
        return policy.value
    }

    /// The Staying Put or Staying Close policy a scheme names, checked for its arrangement.
    private func resolve(_ entry: SchemeEntry, _ slot: String, _ policies: [String: Located<StayingPutPolicy>], arrangement: String) throws(RuleBookError) -> StayingPutPolicy {
        let policy: StayingPutPolicy = try resolve(entry, slot, policies)
        if policy.arrangement != arrangement, let reference = entry.policies[slot] {
            throw fault(reference, "policy \"\(policy.id)\" is for \(policy.arrangement), not \(arrangement)")
        }
        return policy
    }

    /// An error at a located reference.
    private func fault(_ located: Located<String>, _ message: String) -> RuleBookError {
        RuleBookError(file: located.file, path: located.path, message: message)
    }
}
