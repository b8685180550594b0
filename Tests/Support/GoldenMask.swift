import Entitlements

/// How golden responses are compared so that a rule edit does not touch them: the rule book's
/// revision and version and the engine's version are replaced by one placeholder, in the golden
/// files and in the program's answer alike, before the two are compared. Every other member,
/// every amount among them, is compared as it is. (One test pins the real values; see
/// `golden/README.md`.)
public enum GoldenMask {
    /// What a golden file holds instead of a masked value.
    public static let placeholder = "<masked>"

    /// `value` with the string value of every `engine` member, and of the `revision` and `version`
    /// members of every `rulebook` object, replaced by `placeholder`. A value of another type is
    /// left alone, so that a change of type still shows.
    public static func masked(_ value: JSONValue) -> JSONValue {
        replacing(value) { _, _ in .string(placeholder) }
    }

    /// `value` with each masked member that holds the placeholder given back its real value:
    /// `engine` the engine version, `rulebook.revision` and `rulebook.version` the rule book's.
    public static func unmasked(_ value: JSONValue, revision: String, version: String, engine: String) -> JSONValue {
        replacing(value) { key, text in
            guard text == placeholder else { return .string(text) }
            switch key {
            case .engine: return .string(engine)
            case .revision: return .string(revision)
            case .version: return .string(version)
            }
        }
    }

    /// `line` masked, when it is one JSON value written as the program writes it (compact, members
    /// in the order given); any other line unchanged, so that masking never hides a change of layout.
    public static func masked(line: String) -> String {
        guard let value = try? JSONParser.parse(line), JSONWriter.string(value) == line else { return line }
        return JSONWriter.string(masked(value))
    }

    /// Every line of `output` masked as `masked(line:)` does.
    public static func masked(output: String) -> String {
        output.split(separator: "\n", omittingEmptySubsequences: false).map { masked(line: String($0)) }.joined(separator: "\n")
    }

    /// The members that are masked.
    public enum Key: Sendable {
        /// An `engine` member: the engine version.
        case engine
        /// `rulebook.revision`: the SHA-256 of the rule files.
        case revision
        /// `rulebook.version`: the rule book's own version.
        case version
    }

    /// Every occurrence of the masked members, as `(key, value)` pairs, in document order.
    public static func occurrences(in value: JSONValue) -> [(key: Key, value: String)] {
        var found: [(key: Key, value: String)] = []
        _ = replacing(value) { key, text in
            found.append((key, text))
            return .string(text)
        }
        return found
    }

    /// `value` with the string of each masked member replaced by what `replace` gives.
    private static func replacing(_ value: JSONValue, _ replace: (Key, String) -> JSONValue) -> JSONValue {
        switch value {
        case .array(let elements):
            return .array(elements.map { replacing($0, replace) })
        case .object(let members):
            return .object(members.map { member in
                switch (member.key, member.value) {
                case ("engine", .string(let text)):
                    return JSONMember(member.key, replace(.engine, text))
                case ("rulebook", .object(let inner)):
                    return JSONMember(member.key, .object(inner.map { field in
                        switch (field.key, field.value) {
                        case ("revision", .string(let text)): JSONMember(field.key, replace(.revision, text))
                        case ("version", .string(let text)): JSONMember(field.key, replace(.version, text))
                        default: JSONMember(field.key, replacing(field.value, replace))
                        }
                    }))
                default:
                    return JSONMember(member.key, replacing(member.value, replace))
                }
            })
        default:
            return value
        }
    }
}
