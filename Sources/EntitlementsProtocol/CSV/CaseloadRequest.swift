import Entitlements

/// One caseload row read as a protocol request: its method (from the `method` column or the
/// default) and its params (each non-empty param cell, read by its param's type in the method's
/// definition, nested where the column names an object's param).
struct CaseloadRequest {
    /// A row that cannot become a request: the column at fault (nil for the whole row) and the fix.
    struct Fault: Error {
        let column: String?
        let message: String
        /// The row's method, when it was read before the fault.
        var method: Method? = nil
    }

    /// The method.
    let method: Method
    /// The params object.
    let params: JSONValue

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
        let definition = method.definition
        guard definition.request != nil else {
            throw Fault(column: CaseloadColumns.method, message: "\(method.rawValue) cannot be given in a caseload: write one of "
                        + CaseloadColumns.methods.map(\.method.rawValue).joined(separator: ", "))
        }
        var members: [JSONMember] = []
        for (index, role) in columns.roles.enumerated() where index < fields.count {
            guard case .param(let path) = role else { continue }
            let cell = fields[index].trimmingCharacters()
            if cell.isEmpty { continue }
            let name = CaseloadColumns.name(path)
            guard let param = Self.param(path, in: definition) else {
                throw Fault(column: name, message: "\(method.rawValue) takes no \(name): leave the cell empty on \(method.rawValue) rows",
                            method: method)
            }
            let value: JSONValue
            do { value = try SpreadsheetCell.value(cell, for: param) } catch { throw Fault(column: name, message: error.message, method: method) }
            Self.insert(value, at: path, into: &members)
        }
        self.method = method
        params = .object(members)
    }

    /// The param at `path` in a method's definition, if it takes one there.
    static func param(_ path: [ParamKey], in definition: MethodDefinition) -> Param? {
        guard let first = path.first, let top = definition.param(first) else { return nil }
        guard path.count == 2 else { return top }
        guard case .object(let inner) = top.type else { return nil }
        return inner.first { $0.key == path[1] }
    }

    /// Puts a value at its path in an object's members.
    static func insert(_ value: JSONValue, at path: [ParamKey], into members: inout [JSONMember]) {
        guard let first = path.first else { return }
        guard path.count == 2 else {
            members.append(JSONMember(first.name, value))
            return
        }
        let child = JSONMember(path[1].name, value)
        if let index = members.firstIndex(where: { $0.key == first.name }), case .object(var inner) = members[index].value {
            inner.append(child)
            members[index].value = .object(inner)
        } else {
            members.append(JSONMember(first.name, .object([child])))
        }
    }

    /// A JSON pointer under the params (`/schedule/frequency`) as a column name (`schedule.frequency`).
    static func column(ofPointer pointer: String) -> String? {
        let parts = pointer.split(separator: "/").map { String($0).replacing("~1", with: "/").replacing("~0", with: "~") }
        return parts.isEmpty ? nil : parts.joined(separator: ".")
    }
}

