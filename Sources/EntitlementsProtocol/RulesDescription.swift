import Entitlements

/// The `rules.describe` result: revision, version, schemes, and every table with its dated values.
struct RulesDescription {
    let ruleBook: RuleBook

    var json: JSONValue {
        let book = ruleBook
        func date(_ date: CalendarDate?) -> JSONValue { date.map { .string($0.isoText) } ?? .null }
        func rows<Payload>(_ rows: DatedRows<Payload>, values: (DatedRow<Payload>) -> [JSONMember]) -> JSONValue {
            .array(rows.rows.map { row in
                .object([JSONMember("effective", date(row.effective)), JSONMember("until", date(row.until)),
                         JSONMember("region", row.region.map(JSONValue.string) ?? .null), JSONMember("status", .string(row.status.rawValue)),
                         JSONMember("source", .string(row.source)), JSONMember("note", row.note.map(JSONValue.string) ?? .null)]
                        + values(row))
            })
        }
        var tables: [JSONValue] = []
        for table in book.rateTables.values.sorted(by: { $0.id < $1.id }) {
            tables.append(.object([
                "id": .string(table.id), "kind": .string("weekly-rates"), "title": .string(table.title),
                "purpose": .string(table.purpose.rawValue),
                "localAuthority": table.localAuthority.map(JSONValue.string) ?? .null,
                "regions": .array(table.regions.map(JSONValue.string)),
                "bands": .array(table.bands.map { .string($0.id) }),
                "source": .string(table.source),
                "values": rows(table.rows) { row in
                    // "rates": each band's weekly rate (null for a not-found row); "paysTable": the national table paid instead.
                    [JSONMember("rates", row.payload.map { rates in
                        .object(zip(table.bands, rates).map { JSONMember($0.id, .string($1.decimalText)) })
                    } ?? .null)] + (table.paidTable(of: row).map { [JSONMember("paysTable", .string($0))] } ?? [])
                },
            ]))
        }
        for table in book.amountTables.values.sorted(by: { $0.id < $1.id }) {
            tables.append(.object(["id": .string(table.id), "kind": .string("amounts"), "title": .string(table.title),
                                   "fields": .array(table.fields.map(JSONValue.string)),
                                   "values": rows(table.rows) { row in
                                       // "amounts": each field's amount (null for a not-found row).
                                       [JSONMember("amounts", row.payload.map { amounts in
                                           .object(table.fields.compactMap { field in amounts[field].map { JSONMember(field, .string($0.decimalText)) } })
                                       } ?? .null)]
                                   }]))
        }
        for series in book.indexSeries.values.sorted(by: { $0.id < $1.id }) {
            tables.append(.object([
                "id": .string(series.id), "kind": .string("index-series"), "title": .string(series.title),
                "values": .array(series.entries.map { entry in
                    .object(["period": .string("\(entry.year)-\(entry.month < 10 ? "0" : "")\(entry.month)"),
                             "rate": .string(entry.rate.text), "status": .string(entry.status.rawValue),
                             "source": .string(entry.source), "note": entry.note.map(JSONValue.string) ?? .null])
                }),
            ]))
        }
        return .object([
            "revision": .string(book.revision),
            "version": .string(book.version),
            "title": .string(book.title),
            "engine": .string(Engine.version),
            "defaultScheme": .string(book.defaultScheme.id),
            "comparedSchemes": .array([.string(book.comparedSchemes.first.id), .string(book.comparedSchemes.second.id)]),
            "schemes": .array(book.schemes.map { scheme in
                .object(["id": .string(scheme.id), "title": .string(scheme.title), "source": .string(scheme.source),
                         "status": .string(scheme.status.rawValue), "inWords": .string(scheme.inWords),
                         "policies": .object(scheme.policyIDs.map { JSONMember($0.slot, .string($0.id)) })])
            }),
            "files": .array(book.files.map { .object(["name": .string($0.name), "sha256": .string($0.sha256)]) }),
            "councils": .number(String(book.councils.councils.count)),
            "tables": .array(tables),
        ])
    }
}
