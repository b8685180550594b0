import Entitlements

/// A caseload as JSON lines: one request a line, as `batch` reads them, each with a case reference.
///
/// A line is `{"id": "KC-001", "method": "kinship.allowance", "params": {…}}`, optionally with
/// `"caseRef"`, `"payee"` and `"name"` at its top level or in its params (taken out before the
/// engine sees the params). The case reference is `caseRef`, else the id (a string or a number).
public enum Caseload {
    /// The cases of a file, in order; a blank line is skipped. Throws on the first faulty line.
    public static func read(_ bytes: [UInt8], file: String) throws(FinanceInputError) -> [CaseRecord] {
        var cases: [CaseRecord] = []
        var seen: [String: Int] = [:]
        var lineNumber = 0
        for slice in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Array(slice)
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { continue }
            let record = try parse(line, line: lineNumber, file: file)
            if let first = seen[record.caseRef] {
                throw FinanceInputError(file: file, line: lineNumber, column: "caseRef",
                                        message: "case \"\(record.caseRef)\" is also on line \(first); give each case one line")
            }
            seen[record.caseRef] = lineNumber
            cases.append(record)
        }
        return cases
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
