import Foundation
import TestSupport
import Testing
@testable import Entitlements

/// The rule-file JSON Schema (`rules/schema/rule-file.schema.json`) and the loader agree: every real
/// rule file fits the schema, and a change the loader refuses (an unknown member anywhere, a member
/// taken away) the schema refuses too, so an editor checking a file against the schema is never
/// told a file is fine that the tool will not load.
@Suite struct RuleFileSchemaTests {
    static let schema: JSONValue? = {
        let path = RuleFiles.directory + "/schema/rule-file.schema.json"
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONParser.parse([UInt8](data))
    }()

    /// The JSON pointers of every object in `value`, taking at most the first three elements of each array.
    static func objects(in value: JSONValue, at pointer: String = "") -> [String] {
        switch value {
        case .object(let members):
            return [pointer] + members.flatMap { member in
                objects(in: member.value, at: pointer + "/" + member.key.replacingOccurrences(of: "~", with: "~0")
                    .replacingOccurrences(of: "/", with: "~1"))
            }
        case .array(let elements):
            return elements.prefix(3).enumerated().flatMap { objects(in: $0.element, at: pointer + "/\($0.offset)") }
        default:
            return []
        }
    }

    @Test func everyRealRuleFileFitsTheSchema() throws {
        let schema = try #require(Self.schema)
        let files = try RuleFiles.real()
        for file in files.files {
            let faults = SchemaChecker.faults(try files.json(file.name), schema)
            #expect(faults.isEmpty, "\(file.name): \(faults.prefix(5))")
        }
    }

    /// Whether the loader refuses the real rule book with one file changed.
    static func loaderRefuses(_ name: String, _ changed: JSONValue, in files: RuleFiles) -> Bool {
        var edited = files
        edited.set(name, bytes: changed.textInWrittenOrder)
        do { _ = try RuleBook.load(files: edited.files); return false } catch { return true }
    }

    @Test func anUnknownMemberTheLoaderRefusesTheSchemaRefuses() throws {
        let schema = try #require(Self.schema)
        let files = try RuleFiles.real()
        var checked = 0
        for file in files.files {
            let root = try files.json(file.name)
            for pointer in Self.objects(in: root) {
                var changed = root
                try changed.add(.number("1"), key: "notAKnownMember", to: pointer)
                guard Self.loaderRefuses(file.name, changed, in: files) else { continue }
                checked += 1
                #expect(!SchemaChecker.faults(changed, schema).isEmpty,
                        "\(file.name): the schema accepts an unknown member at \(pointer.isEmpty ? "/" : pointer), which the loader refuses")
            }
        }
        #expect(checked > 50)
    }

    /// Members whose being required depends on other data, which a JSON Schema cannot see: a row's
    /// rates and amounts are keyed by the bands and fields its table declares, and a row's end
    /// (`until`, `startsUntil`) is needed only when a later row follows.
    static func requiredByOtherData(_ pointer: String, _ key: String) -> Bool {
        let parent = pointer.split(separator: "/").last.map(String.init)
        return parent == "rates" || parent == "amounts" || key == "until" || key == "startsUntil"
    }

    @Test func aMissingMemberTheLoaderRefusesTheSchemaRefuses() throws {
        let schema = try #require(Self.schema)
        let files = try RuleFiles.real()
        var checked = 0
        for file in files.files {
            let root = try files.json(file.name)
            for pointer in Self.objects(in: root) {
                guard case .object(let members)? = root.value(at: pointer) else { continue }
                for member in members where !Self.requiredByOtherData(pointer, member.key) {
                    var changed = root
                    try changed.remove(pointer + "/" + member.key)
                    guard Self.loaderRefuses(file.name, changed, in: files) else { continue }
                    checked += 1
                    #expect(!SchemaChecker.faults(changed, schema).isEmpty,
                            "\(file.name): the schema accepts \(pointer)/\(member.key) missing, which the loader refuses")
                }
            }
        }
        #expect(checked > 50)
    }
}
