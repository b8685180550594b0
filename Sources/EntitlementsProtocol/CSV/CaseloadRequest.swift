import Entitlements

/// One caseload row read as a protocol request: its method (from the `method` column or the
/// default) and its params, read straight from the row's cells by the method's own decoder
/// (`CaseloadCells`), with no JSON value in between.
struct CaseloadRequest {
    /// A row that cannot become a result: the column at fault (nil for the whole row), the fix and
    /// the protocol error code it counts as in the summary.
    struct Fault: Error {
        let column: String?
        let message: String
        /// The row's method, when it was read before the fault.
        var method: Method? = nil
        /// The protocol error code (invalid params unless the engine said otherwise).
        var code: Int = RPCError.invalidParams
    }

    /// The method.
    let method: Method
    /// The params: the row's cells.
    let cells: CaseloadCells

    /// Reads a record's fields under `columns`; `defaultMethod` serves rows with no method cell.
    init(fields: [String], columns: CaseloadColumns, defaultMethod: Method?) throws(Fault) {
        if fields.count > columns.roles.count {
            throw Fault(column: nil, message: "the row has \(fields.count) cells but the header has \(columns.roles.count) columns: "
                        + "quote any cell that holds a comma, or name the extra columns in the header")
        }
        var named: Method? = defaultMethod
        if let column = columns.methodColumn, column < fields.count {
            let cell = fields[column].trimmingCharacters()
            if !cell.isEmpty {
                guard let method = Method(rawValue: cell) ?? Method.allCases.first(where: { $0.rawValue.lowercased() == cell.lowercased() }) else {
                    throw Fault(column: CaseloadColumns.method, message: "\"\(JSONField.clipped(cell))\" is not a method: write one of "
                                + CaseloadColumns.methods.map(\.method.rawValue).joined(separator: ", "))
                }
                named = method
            }
        }
        guard let method = named else {
            throw Fault(column: CaseloadColumns.method, message: "no method is given: fill the method column (e.g. kinship.allowance), "
                        + "or give --method for every row")
        }
        guard let foreign = columns.foreignColumns[method] else {
            throw Fault(column: CaseloadColumns.method, message: "\(method.rawValue) cannot be given in a caseload: write one of "
                        + CaseloadColumns.methods.map(\.method.rawValue).joined(separator: ", "))
        }
        for (index, path) in foreign where index < fields.count && !fields[index].trimmingCharacters().isEmpty {
            let name = CaseloadColumns.name(path)
            throw Fault(column: name, message: "\(method.rawValue) takes no \(name): leave the cell empty on \(method.rawValue) rows",
                        method: method)
        }
        self.method = method
        cells = CaseloadCells(fields: fields, columns: columns, parent: nil)
    }

    /// The row's result, computed as the protocol computes the method's; a fault names the column.
    func result(engine: Engine) throws(Fault) -> MethodResult {
        guard let decode = method.definition.caseloadRequest else {
            throw Fault(column: CaseloadColumns.method, message: "\(method.rawValue) cannot be given in a caseload", method: method)
        }
        do {
            let scheme = try engine.scheme(named: try CommonParams.scheme(cells))
            let request = try decode(cells)
            return .entitlement(request.kind, try request.result(engine: engine, scheme: scheme), scheme: scheme)
        } catch let fault as Fault {
            var fault = fault
            fault.method = method
            throw fault
        } catch let error as CalculationError {
            let rpc = RPCError.from(error, prefix: "")
            var column: String?
            if case .object(let data)? = rpc.data, let path = data.first(where: { $0.key == "path" }), case .string(let pointer) = path.value {
                column = Self.column(ofPointer: pointer)
            }
            throw Fault(column: column, message: rpc.message, method: method, code: rpc.code)
        } catch {
            throw Fault(column: nil, message: "internal error (a bug): \(error)", method: method, code: RPCError.internalError)
        }
    }

    /// The row's period: `from`–`to`, `start`–`end`, or the day `on` (nil where the cells give none).
    var period: DateRange? {
        func date(_ key: ParamKey) -> CalendarDate? { (try? cells.date(key)) ?? nil }
        if let from = date(.from), let to = date(.to) { return DateRange(from: from, to: to) }
        if let start = date(.start), let end = date(.end) { return DateRange(from: start, to: end) }
        if let on = date(.on) { return DateRange(from: on, to: on) }
        return nil
    }

    /// The param at `path` in a method's definition, if it takes one there.
    static func param(_ path: [ParamKey], in definition: MethodDefinition) -> Param? {
        guard let first = path.first, let top = definition.param(first) else { return nil }
        guard path.count == 2 else { return top }
        guard case .object(let inner) = top.type else { return nil }
        return inner.first { $0.key == path[1] }
    }

    /// A JSON pointer under the params (`/schedule/frequency`) as a column name (`schedule.frequency`).
    static func column(ofPointer pointer: String) -> String? {
        let parts = pointer.split(separator: "/").map { String($0).replacing("~1", with: "/").replacing("~0", with: "~") }
        return parts.isEmpty ? nil : parts.joined(separator: ".")
    }
}
