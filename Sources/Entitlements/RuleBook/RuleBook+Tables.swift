extension RuleBook {
    /// Reads a `weekly-rates` file.
    static func decodeWeeklyRates(_ object: FieldObject) throws(FieldError) -> WeeklyRateTable {
        let id = try object.required("id").nonEmptyString()
        let title = try object.required("title").nonEmptyString()
        let purposeText = try object.required("purpose").oneOf(RatePurpose.allCases.map(\.rawValue))
        let purpose = RatePurpose(rawValue: purposeText) ?? .fostering
        let localAuthority = try object.optional("localAuthority")?.nonEmptyString()
        let regionsField = object.optional("regions")
        if localAuthority != nil, let regionsField {
            throw regionsField.error("a council table has no regions: the council gives the region")
        }
        if localAuthority == nil, regionsField == nil {
            throw FieldError(path: JSONField.pointer(object.path, "regions"),
                             message: "a national table needs \"regions\" (or \"localAuthority\" for a council table)")
        }
        var regions: [String] = []
        for field in try regionsField?.array() ?? [] {
            let region = try field.nonEmptyString()
            if regions.contains(region) { throw field.error("region \"\(region)\" is listed twice") }
            regions.append(region)
        }
        let bands = try decodeBands(try object.required("bands"), purpose: purpose)
        let bandIDs = bands.map(\.id)
        let source = try object.required("source").nonEmptyString()
        let rowsField = try object.required("rows")
        var rows: [DatedRow<[Money]>] = []
        // A council's fostering table may say that on a row's dates the council pays a national
        // table instead of rates of its own ("paysTable": "nma").
        let mayPayNational = localAuthority != nil && purpose == .fostering
        var paysNational: [ObjectIdentifier: String] = [:]
        for rowField in try rowsField.array() {
            var paid: String?
            let row: DatedRow<[Money]> = try RuleFileDecoding.datedRow(
                rowField, payloadKeys: mayPayNational ? ["rates", "paysTable"] : ["rates"],
                regions: localAuthority == nil ? regions : nil
            ) { row throws(FieldError) -> [Money] in
                if mayPayNational, let tableField = row.optional("paysTable") {
                    if row.optional("rates") != nil {
                        throw tableField.error("a row gives either its own \"rates\" or \"paysTable\" (a national table it pays), not both")
                    }
                    paid = try tableField.nonEmptyString()
                    return []
                }
                let map = try RuleFileDecoding.moneyMap(try row.required("rates"), names: bandIDs)
                return bandIDs.map { map[$0] ?? .zero }
            }
            if let paid { paysNational[ObjectIdentifier(row)] = paid }
            rows.append(row)
        }
        try RuleFileDecoding.checkOrder(rows, path: rowsField.path)
        for region in regions where !rows.contains(where: { $0.region == region }) {
            throw rowsField.error("region \"\(region)\" has no rows; every region in \"regions\" needs its rates")
        }
        return WeeklyRateTable(id: id, title: title, purpose: purpose, localAuthority: localAuthority,
                               regions: regions, bands: bands, source: source, rows: DatedRows(rows), paysNational: paysNational)
    }

    /// Reads age bands: ascending, without gaps or overlaps, only the last open-ended.
    static func decodeBands(_ field: JSONField, purpose: RatePurpose) throws(FieldError) -> [AgeBand] {
        var bands: [AgeBand] = []
        let fields = try field.array()
        if fields.isEmpty { throw field.error("a table needs at least one age band") }
        for bandField in fields {
            let object = try bandField.object(allowed: ["id", "fromAge", "toAge"])
            let id = try object.required("id").nonEmptyString()
            let fromAge = try RuleFileDecoding.age(try object.required("fromAge"))
            let toField = object.optional("toAge")
            let toAge = try toField.map { field throws(FieldError) in try RuleFileDecoding.age(field) }
            if let toAge, toAge < fromAge {
                throw FieldError(path: JSONField.pointer(bandField.path, "toAge"),
                                 message: "toAge \(toAge) is below fromAge \(fromAge)")
            }
            if bands.contains(where: { $0.id == id }) {
                throw FieldError(path: JSONField.pointer(bandField.path, "id"), message: "band id \"\(id)\" is used twice")
            }
            if let previous = bands.last {
                guard let previousTo = previous.toAge else {
                    throw FieldError(path: JSONField.pointer(bandField.path, "fromAge"),
                                     message: "band \"\(id)\" follows the open-ended band \"\(previous.id)\"; only the last band may have no toAge")
                }
                if fromAge > previousTo + 1 {
                    throw FieldError(path: JSONField.pointer(bandField.path, "fromAge"),
                                     message: "gap between bands: \"\(previous.id)\" ends at \(previousTo) but \"\(id)\" starts at \(fromAge)")
                }
                if fromAge <= previousTo {
                    throw FieldError(path: JSONField.pointer(bandField.path, "fromAge"),
                                     message: "bands overlap: \"\(previous.id)\" ends at \(previousTo) but \"\(id)\" starts at \(fromAge)")
                }
            } else if purpose == .fostering, fromAge != 0 {
                throw FieldError(path: JSONField.pointer(bandField.path, "fromAge"),
                                 message: "a fostering table's first band starts at age 0, not \(fromAge)")
            }
            bands.append(AgeBand(id: id, fromAge: fromAge, toAge: toAge))
        }
        return bands
    }

    /// Reads an `amounts` file.
    static func decodeAmounts(_ object: FieldObject) throws(FieldError) -> AmountTable {
        let id = try object.required("id").nonEmptyString()
        let title = try object.required("title").nonEmptyString()
        _ = try object.required("source").nonEmptyString()
        var fields: [String] = []
        for field in try object.required("fields").array() {
            let name = try field.nonEmptyString()
            if fields.contains(name) { throw field.error("field \"\(name)\" is listed twice") }
            fields.append(name)
        }
        let rowsField = try object.required("rows")
        var rows: [DatedRow<[String: Money]>] = []
        for rowField in try rowsField.array() {
            rows.append(try RuleFileDecoding.datedRow(rowField, payloadKeys: ["amounts"], regions: nil) {
                row throws(FieldError) in try RuleFileDecoding.moneyMap(try row.required("amounts"), names: fields)
            })
        }
        try RuleFileDecoding.checkOrder(rows, path: rowsField.path)
        return AmountTable(id: id, title: title, fields: fields, rows: DatedRows(rows))
    }

    /// Reads an `index-series` file.
    static func decodeIndexSeries(_ object: FieldObject) throws(FieldError) -> IndexSeries {
        let id = try object.required("id").nonEmptyString()
        let title = try object.required("title").nonEmptyString()
        _ = try object.required("unit").oneOf(["percent"])
        _ = try object.required("source").nonEmptyString()
        var entries: [IndexSeries.Entry] = []
        for field in try object.required("rows").array() {
            let row = try field.object(allowed: ["period", "rate", "status", "source", "note"])
            let periodField = try row.required("period")
            let period = try periodField.string()
            let parts = period.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
                  parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isWholeNumber } }),
                  let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month), year >= 1 else {
                throw periodField.error("\"\(period)\" is not a month written YYYY-MM")
            }
            let rateField = try row.required("rate")
            guard let rate = PercentRate(try rateField.string()) else {
                throw rateField.error("a rate is a string percentage with at most four decimals, e.g. \"10.1\"")
            }
            if let last = entries.last, (last.year, last.month) >= (year, month) {
                let what = (last.year, last.month) == (year, month) ? "duplicate period" : "periods out of order:"
                throw periodField.error("\(what) \(period) after \(last.year)-\(last.month < 10 ? "0" : "")\(last.month)")
            }
            let status = try RuleFileDecoding.status(row)
            if status == .notFound { throw field.error("an index series lists only values that were found") }
            entries.append(IndexSeries.Entry(
                year: year, month: month, rate: rate, status: status,
                source: try row.required("source").nonEmptyString(),
                note: try RuleFileDecoding.note(row, status: status)))
        }
        return IndexSeries(id: id, title: title, entries: entries)
    }
}
