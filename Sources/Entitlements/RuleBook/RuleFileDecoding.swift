/// Reading helpers shared by every kind of rule file: dated rows, their order, statuses and ids.
enum RuleFileDecoding {
    /// The keys every dated row may hold.
    static let rowKeys = ["effective", "until", "status", "source", "note"]

    /// Reads a dated row whose own payload keys are `payloadKeys`; `regions` non-nil means the row
    /// must name one of them.
    static func datedRow<Payload>(
        _ field: JSONField, payloadKeys: [String], regions: [String]?,
        payload: (FieldObject) throws(FieldError) -> Payload
    ) throws(FieldError) -> DatedRow<Payload> {
        let object = try field.object(allowed: rowKeys + payloadKeys + (regions == nil ? [] : ["region"]))
        let effective = try object.required("effective").date()
        let until = try object.optional("until")?.date()
        if let until, until < effective {
            throw FieldError(path: JSONField.pointer(object.path, "until"),
                             message: "until \(until) is before effective \(effective)")
        }
        var region: String?
        if let regions {
            region = try object.required("region").oneOf(regions)
        }
        let status = try self.status(object)
        let source = try object.required("source").nonEmptyString()
        let note = try self.note(object, status: status)
        var value: Payload?
        if status == .notFound {
            for key in payloadKeys where object.optional(key) != nil {
                throw FieldError(path: JSONField.pointer(object.path, key),
                                 message: "a not-found row holds no values; remove \"\(key)\"")
            }
        } else {
            value = try payload(object)
        }
        return DatedRow(effective: effective, until: until, region: region, status: status, source: source,
                        note: note, payload: value)
    }

    /// Reads a status.
    static func status(_ object: FieldObject) throws(FieldError) -> ValueStatus {
        let text = try object.required("status").oneOf(ValueStatus.allCases.map(\.rawValue))
        return ValueStatus(rawValue: text) ?? .estimated
    }

    /// Reads a note, required for estimated and not-found values.
    static func note(_ object: FieldObject, status: ValueStatus) throws(FieldError) -> String? {
        let note = try object.optional("note")?.nonEmptyString()
        if note == nil, status != .enacted {
            throw FieldError(path: JSONField.pointer(object.path, "note"),
                             message: "an \(status.rawValue) value needs a note saying how it was made or searched for")
        }
        return note
    }

    /// Checks that rows of the same region and status run in ascending order without overlapping.
    static func checkOrder<Payload>(_ rows: [DatedRow<Payload>], path: String) throws(FieldError) {
        for (index, row) in rows.enumerated() {
            for earlierIndex in stride(from: index - 1, through: 0, by: -1) {
                let earlier = rows[earlierIndex]
                guard earlier.region == row.region, earlier.status == row.status else { continue }
                let here = path + "/" + String(index) + "/effective"
                let there = path + "/" + String(earlierIndex)
                if earlier.effective == row.effective {
                    throw FieldError(path: here, message: "duplicate effective date \(row.effective) (also at \(there))")
                }
                if earlier.effective > row.effective {
                    throw FieldError(path: here, message: "rows out of order: \(row.effective) comes after \(earlier.effective) at \(there); list rows in ascending date order")
                }
                if earlier.until.map({ $0 >= row.effective }) ?? true {
                    let end = earlier.until.map { "runs until \($0)" } ?? "has no end date"
                    throw FieldError(path: here, message: "overlaps the row at \(there), which \(end)")
                }
                break
            }
        }
    }

    /// Reads a map of money values with exactly the keys `names`.
    static func moneyMap(_ field: JSONField, names: [String]) throws(FieldError) -> [String: Money] {
        let object = try field.object(allowed: names)
        var values: [String: Money] = [:]
        for name in names {
            values[name] = try object.required(name).exactMoney()
        }
        return values
    }

    /// Reads a non-negative age.
    static func age(_ field: JSONField) throws(FieldError) -> Int {
        try field.integer(in: 0...130)
    }
}
