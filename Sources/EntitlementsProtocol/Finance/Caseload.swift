import Entitlements

/// A caseload: a CSV file with the header `batch --csv` reads (`CSVCaseload`), or JSON lines, one
/// request a line, as `batch` reads them, each with a case reference.
///
/// A line is `{"id": "KC-001", "method": METHOD, "params": {…}}` (a method's name), optionally with
/// `"caseRef"`, `"payee"` and `"name"` at its top level or in its params (taken out before the
/// engine sees the params). The case reference is `caseRef`, else the id (a string or a number).
/// A file whose first character (after a byte-order mark and spaces) is `{` is JSON lines; any
/// other is CSV.
public enum Caseload {
    /// The cases of a file, in order; throws on the first faulty line or row.
    public static func read(_ bytes: [UInt8], file: String) throws(FinanceInputError) -> [CaseRecord] {
        let read = try readAll(bytes, file: file)
        if let fault = read.faults.first { throw fault }
        return read.cases
    }

    /// The cases of a file, in order, and a fault for each line or row that cannot be read (the
    /// others are read all the same); a case reference given twice is a fault on its second line.
    /// Throws only for a CSV header that cannot be read.
    public static func readAll(_ bytes: [UInt8], file: String) throws(FinanceInputError) -> (cases: [CaseRecord], faults: [FinanceInputError]) {
        let json = isJSONLines(bytes)
        var (cases, faults) = json ? jsonLines(bytes, file: file) : try CSVCaseload.read(bytes, file: file)
        var seen: [String: Int] = [:]
        cases = cases.filter { record in
            if let first = seen[record.caseRef] {
                faults.append(FinanceInputError(file: file, line: record.line, column: "caseRef",
                                                message: "case \"\(record.caseRef)\" is also on \(json ? "line" : "row") \(first); give each case one \(json ? "line" : "row")",
                                                caseRef: record.caseRef))
                return false
            }
            seen[record.caseRef] = record.line
            return true
        }
        faults.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        return (cases, faults)
    }

    /// Whether a file is JSON lines: its first character after a byte-order mark and spaces is `{`.
    static func isJSONLines(_ bytes: [UInt8]) -> Bool {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        return body.first { ![UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n")].contains($0) } == UInt8(ascii: "{")
    }

    /// The cases of a JSON-lines file and the faults of its lines; a blank line is skipped.
    static func jsonLines(_ bytes: [UInt8], file: String) -> (cases: [CaseRecord], faults: [FinanceInputError]) {
        var cases: [CaseRecord] = []
        var faults: [FinanceInputError] = []
        var lineNumber = 0
        for slice in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Array(slice)
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { continue }
            do throws(FinanceInputError) {
                cases.append(try parse(line, line: lineNumber, file: file))
            } catch {
                faults.append(error)
            }
        }
        return (cases, faults)
    }

    /// One line as a case.
    static func parse(_ line: [UInt8], line number: Int, file: String) throws(FinanceInputError) -> CaseRecord {
        func fault(_ column: String?, _ message: String) -> FinanceInputError {
            FinanceInputError(file: file, line: number, column: column, message: message)
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(line, maxDepth: 64)
        } catch {
            throw fault(nil, "is not JSON (\(error.message)); write one request object a line")
        }
        guard case .object = value else { throw fault(nil, "is a JSON \(value.typeName); write one request object a line") }
        guard case .string(let methodName)? = value["method"] else { throw fault("method", "is missing; name the method, e.g. \"kinship.allowance\"") }
        guard let method = Method(rawValue: methodName) else { throw fault("method", "\"\(methodName)\" is not a method") }
        guard case .object(let members)? = value["params"] else { throw fault("params", "is missing or not an object; give the request's params") }
        func text(_ key: String) throws(FinanceInputError) -> String? {
            for candidate in [value[key], JSONValue.object(members)[key]] {
                switch candidate {
                case nil, .null?: continue
                case .string(let text)?: return text
                case .number(let text)?: return text
                default: throw fault(key, "is a \(candidate?.typeName ?? "value"); write it as a string")
                }
            }
            return nil
        }
        let id: String?
        switch value["id"] {
        case .string(let text)?: id = text
        case .number(let text)?: id = text
        default: id = nil
        }
        guard let caseRef = try text("caseRef") ?? id, !caseRef.isEmpty else {
            throw fault("caseRef", "is missing; give each line a \"caseRef\" or an \"id\"")
        }
        let params = JSONValue.object(members.filter { !CaseRecord.caseMembers.contains($0.key) })
        return CaseRecord(caseRef: caseRef, payee: try text("payee"), name: try text("name"), method: method, params: params, line: number)
    }
}
