import Entitlements

/// A caseload row's cells read as a method's params: the methods' generic `decode` reads each
/// param straight from its column (no JSON value is built), a cell in a spreadsheet spelling
/// (`SpreadsheetCell`) becoming the param's typed value. An empty cell is an absent param; every
/// fault names the column (`dateOfBirth`, `schedule.frequency`) and the fix.
struct CaseloadCells {
    /// The row's fields, by column.
    let fields: [String]
    /// The header's columns.
    let columns: CaseloadColumns
    /// The object param these cells are inside (`schedule`), nil for the row's top-level params.
    let parent: ParamKey?

    /// The trimmed cell of `key`, nil when the header has no such column or the cell is empty.
    func cell(_ key: ParamKey) -> String? {
        guard let index = columns.column(key, in: parent), index < fields.count else { return nil }
        let cell = fields[index].trimmingCharacters()
        return cell.isEmpty ? nil : cell
    }

    /// The column's name, as the header and the template write it.
    func column(_ key: ParamKey) -> String {
        parent.map { $0.name + "." + key.name } ?? key.name
    }

    /// Reads the cell of `key` with `read`, a refusal becoming the fault of its column.
    private func read<Value>(_ key: ParamKey, _ read: (String) throws(SpreadsheetCell.Refusal) -> Value) throws(CaseloadRequest.Fault) -> Value? {
        guard let cell = cell(key) else { return nil }
        do { return try read(cell) } catch { throw CaseloadRequest.Fault(column: column(key), message: error.message) }
    }
}

extension CaseloadCells: ParamSource {
    func date(_ key: ParamKey) throws(CaseloadRequest.Fault) -> CalendarDate? {
        try read(key) { cell throws(SpreadsheetCell.Refusal) in try SpreadsheetCell.calendarDate(cell) }
    }

    func bool(_ key: ParamKey) throws(CaseloadRequest.Fault) -> Bool? {
        try read(key) { cell throws(SpreadsheetCell.Refusal) in try SpreadsheetCell.bool(cell) }
    }

    func money(_ key: ParamKey) throws(CaseloadRequest.Fault) -> Money? {
        try read(key) { cell throws(SpreadsheetCell.Refusal) in try SpreadsheetCell.amount(cell) }
    }

    /// Text as written; a region (the rule book's words) in any case, with spaces for hyphens.
    func string(_ key: ParamKey) throws(CaseloadRequest.Fault) -> String? {
        guard let cell = cell(key) else { return nil }
        return key == .region ? SpreadsheetCell.hyphenated(cell) : cell
    }

    /// An empty cell is an absent param, so a cell given is never empty text.
    func nonEmptyString(_ key: ParamKey) throws(CaseloadRequest.Fault) -> String? { cell(key) }

    func choice<Choice: RawRepresentable & CaseIterable>(_ key: ParamKey, _ type: Choice.Type) throws(CaseloadRequest.Fault) -> Choice?
        where Choice.RawValue == String {
        guard let cell = cell(key) else { return nil }
        if let choice = Choice(rawValue: cell) { return choice }
        let allowed = Choice.allCases.map(\.rawValue)
        let name: String
        do {
            name = key == .order ? try SpreadsheetCell.order(cell, allowed) : try SpreadsheetCell.choice(cell, allowed)
        } catch {
            throw CaseloadRequest.Fault(column: column(key), message: error.message)
        }
        guard let choice = Choice(rawValue: name) else {
            throw CaseloadRequest.Fault(column: column(key), message: "\"\(JSONField.clipped(cell))\" is not one of: \(allowed.joined(separator: ", "))")
        }
        return choice
    }

    func integer(_ key: ParamKey, in range: ClosedRange<Int>) throws(CaseloadRequest.Fault) -> Int? {
        try read(key) { cell throws(SpreadsheetCell.Refusal) in try SpreadsheetCell.wholeNumber(cell, in: range) }
    }

    /// Words separated by `;` or `,`, each one of `allowed` in a spreadsheet spelling, none twice.
    /// The cell's words; with no list given (words the engine checks against the loaded rule
    /// book), a spreadsheet spelling is matched against the words the param's definition declares.
    func words(_ key: ParamKey, from allowed: [String]?) throws(CaseloadRequest.Fault) -> [String]? {
        guard let cell = cell(key) else { return nil }
        let known = allowed ?? Self.declaredChoices(key)
        var words: [String] = []
        for part in SpreadsheetCell.parts(cell) {
            let word: String
            do { word = try known.map { words throws(SpreadsheetCell.Refusal) in try SpreadsheetCell.choice(part, words) } ?? part }
            catch { throw CaseloadRequest.Fault(column: column(key), message: error.message) }
            if words.contains(word) { throw CaseloadRequest.Fault(column: column(key), message: "\"\(word)\" is listed twice") }
            words.append(word)
        }
        return words
    }

    /// The words a method's definition declares for `key` (`.choices`), if one does.
    static func declaredChoices(_ key: ParamKey) -> [String]? {
        for definition in MethodRegistry.definitions {
            if case .choices(let words)? = definition.param(key)?.type { return words }
        }
        return nil
    }

    /// The object's cells, when any of its columns has a cell (as a JSON request would hold the object).
    func object(_ key: ParamKey, allowed: [Param]) throws(CaseloadRequest.Fault) -> CaseloadCells? {
        let inner = CaseloadCells(fields: fields, columns: columns, parent: key)
        return allowed.contains(where: { inner.cell($0.key) != nil }) ? inner : nil
    }

    func missing(_ key: ParamKey) -> CaseloadRequest.Fault {
        CaseloadRequest.Fault(column: column(key), message: "\"\(key.name)\" is required: fill the \(column(key)) column")
    }

    func fault(_ key: ParamKey, _ message: @autoclosure () -> String) -> CaseloadRequest.Fault {
        CaseloadRequest.Fault(column: column(key), message: message())
    }
}
