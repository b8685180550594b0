import Entitlements

/// A caseload as CSV, with the header `batch --csv` reads (docs/finance.md): each row a case, its
/// params in their columns, spreadsheet spellings accepted, `caseRef` its reference, `payee` and
/// `name` (pass-through columns) who is paid and for whom.
enum CSVCaseload {
    /// The cases of a file, in order, and a fault for each row that cannot be read (naming the row,
    /// the column and the fix); blank rows are skipped. Throws only for a header that cannot be read.
    static func read(_ bytes: [UInt8], file: String) throws(FinanceInputError) -> (cases: [CaseRecord], faults: [FinanceInputError]) {
        var reader = CSVReader(bytes)
        guard let header = reader.next() else {
            throw FinanceInputError(file: file, line: nil, column: nil, message: "is empty; its first row must be a header of param names "
                                    + "(see `entitlements caseload template`)")
        }
        if let fault = header.fault { throw FinanceInputError(file: file, line: header.number, column: nil, message: fault) }
        let columns: CaseloadColumns
        do { columns = try CaseloadColumns(header: header.fields) } catch {
            throw FinanceInputError(file: file, line: header.number, column: nil, message: error.message)
        }
        guard let caseRefColumn = columns.caseRefColumn else {
            throw FinanceInputError(file: file, line: header.number, column: CaseloadColumns.caseRef,
                                    message: "is missing from the header; name the case reference column caseRef")
        }
        let payeeColumn = columns.passThroughColumns.first { columns.names[$0].trimmingCharacters().lowercased() == "payee" }
        let nameColumn = columns.passThroughColumns.first { columns.names[$0].trimmingCharacters().lowercased() == "name" }
        var cases: [CaseRecord] = []
        var faults: [FinanceInputError] = []
        while let record = reader.next() {
            if record.isBlank { continue }
            func cell(_ column: Int?) -> String? {
                guard let column, column < record.fields.count else { return nil }
                let text = record.fields[column].trimmingCharacters()
                return text.isEmpty ? nil : text
            }
            let caseRef = cell(caseRefColumn)
            func fault(_ column: String?, _ message: String) -> FinanceInputError {
                FinanceInputError(file: file, line: record.number, column: column, message: message, caseRef: caseRef)
            }
            if let problem = record.fault {
                faults.append(fault(nil, problem))
                continue
            }
            guard let caseRef else {
                faults.append(fault(CaseloadColumns.caseRef, "is empty; give each case its reference"))
                continue
            }
            do throws(CaseloadRequest.Fault) {
                let request = try CaseloadRequest(fields: record.fields, columns: columns, defaultMethod: nil)
                cases.append(CaseRecord(caseRef: caseRef, payee: cell(payeeColumn), name: cell(nameColumn), method: request.method,
                                        params: try params(record.fields, columns: columns, method: request.method), line: record.number))
            } catch {
                faults.append(fault(error.column, error.message))
            }
        }
        return (cases, faults)
    }

    /// The row's params as the protocol's JSON object: each non-empty param cell read by its
    /// param's type, nested where the column names an object's param.
    static func params(_ fields: [String], columns: CaseloadColumns, method: Method) throws(CaseloadRequest.Fault) -> JSONValue {
        var members: [JSONMember] = []
        for (index, path) in columns.params where index < fields.count {
            let cell = fields[index].trimmingCharacters()
            if cell.isEmpty { continue }
            let name = CaseloadColumns.name(path)
            guard let param = CaseloadRequest.param(path, in: method.definition) else {
                throw CaseloadRequest.Fault(column: name, message: "\(method.rawValue) takes no \(name)")
            }
            let value: JSONValue
            do { value = try SpreadsheetCell.value(cell, for: param) } catch { throw CaseloadRequest.Fault(column: name, message: error.message) }
            insert(value, at: path, into: &members)
        }
        return .object(members)
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
}
