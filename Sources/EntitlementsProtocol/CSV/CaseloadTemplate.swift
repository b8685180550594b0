/// The header of a caseload for one method, from its definition: `caseRef`, `payee` (an example of
/// a pass-through column), `method`, then every param, an object's params as `schedule.frequency`.
public enum CaseloadTemplate {
    /// The template's header line (without a line ending) for a method that computes one entitlement; nil for others.
    public static func header(_ method: Method) -> String? {
        let definition = method.definition
        guard definition.request != nil else { return nil }
        var names = [CaseloadColumns.caseRef, "payee", CaseloadColumns.method]
        for param in definition.params {
            if case .object(let inner) = param.type {
                names += inner.map { param.key.name + "." + $0.key.name }
            } else {
                names.append(param.key.name)
            }
        }
        var writer = CSVWriter()
        writer.record(names)
        return String(decoding: writer.bytes.dropLast(2), as: UTF8.self)
    }

    /// The methods that have a template.
    public static var methods: [Method] { CaseloadColumns.methods.map(\.method) }
}
