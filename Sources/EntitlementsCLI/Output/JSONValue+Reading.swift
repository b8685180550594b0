import Entitlements

/// Reading protocol results for display.
extension JSONValue {
    /// The string member `key`.
    func text(_ key: String) -> String? {
        if case .string(let text)? = self[key] { return text }
        return nil
    }

    /// The boolean member `key`.
    func flag(_ key: String) -> Bool? {
        if case .bool(let flag)? = self[key] { return flag }
        return nil
    }

    /// The number member `key`, as written.
    func numberText(_ key: String) -> String? {
        if case .number(let text)? = self[key] { return text }
        return nil
    }

    /// The array member `key` (empty when absent).
    func list(_ key: String) -> [JSONValue] {
        if case .array(let elements)? = self[key] { return elements }
        return []
    }

    /// The money member `key` as an amount.
    func money(_ key: String) -> Money? {
        text(key).flatMap { try? Money(parsing: $0) }
    }

    /// The money member `key` for people, e.g. `£1,234.56` (`—` when absent).
    func pounds(_ key: String) -> String {
        guard let text = text(key) else { return "—" }
        return (try? Money(parsing: text))?.formatted ?? text
    }

    /// The date (or other text) member `key`, `—` when absent or null.
    func shown(_ key: String) -> String {
        if let text = text(key) { return text }
        if let number = numberText(key) { return number }
        return "—"
    }
}
