import Entitlements

/// The general path reads params from the parsed JSON object, each fault located by JSON pointer.
extension FieldObject: ParamSource {
    func date(_ key: ParamKey) throws(FieldError) -> CalendarDate? { try optional(key.name)?.date() }

    func bool(_ key: ParamKey) throws(FieldError) -> Bool? { try optional(key.name)?.bool() }

    func money(_ key: ParamKey) throws(FieldError) -> Money? { try optional(key.name)?.money() }

    func string(_ key: ParamKey) throws(FieldError) -> String? { try optional(key.name)?.string() }

    func nonEmptyString(_ key: ParamKey) throws(FieldError) -> String? { try optional(key.name)?.nonEmptyString() }

    func choice<Choice: RawRepresentable & CaseIterable>(_ key: ParamKey, _ type: Choice.Type) throws(FieldError) -> Choice?
        where Choice.RawValue == String {
        guard let name = try optional(key.name)?.oneOf(Choice.allCases.map(\.rawValue)) else { return nil }
        return Choice(rawValue: name)
    }

    func integer(_ key: ParamKey, in range: ClosedRange<Int>) throws(FieldError) -> Int? {
        try optional(key.name)?.integer(in: range)
    }

    func words(_ key: ParamKey, from allowed: [String]?) throws(FieldError) -> [String]? {
        guard let field = optional(key.name) else { return nil }
        var words: [String] = []
        for element in try field.array() {
            let word = if let allowed { try element.oneOf(allowed) } else { try element.nonEmptyString() }
            if words.contains(word) { throw element.error("\"\(word)\" is listed twice") }
            words.append(word)
        }
        return words
    }

    func object(_ key: ParamKey, allowed: [Param]) throws(FieldError) -> FieldObject? {
        try optional(key.name)?.object(allowed: allowed.map(\.key.name))
    }

    func missing(_ key: ParamKey) -> FieldError {
        FieldError(path: JSONField.pointer(path, key.name), message: "\"\(key.name)\" is required")
    }

    func fault(_ key: ParamKey, _ message: @autoclosure () -> String) -> FieldError {
        FieldError(path: JSONField.pointer(path, key.name), message: message())
    }
}
