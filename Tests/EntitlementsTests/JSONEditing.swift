import Foundation
@testable import Entitlements

/// A change to a rule file that could not be made because the file no longer has the shape a test expects.
struct JSONEditFailure: Error, CustomStringConvertible {
    let description: String
}

/// Surgical edits to parsed JSON by JSON pointer (RFC 6901), keeping members in their written order,
/// so a test can make exactly one change to a real rule file.
extension JSONValue {
    /// Replaces the value at `pointer`, which must exist.
    mutating func replace(_ pointer: String, with value: JSONValue) throws {
        try atParent(of: pointer) { parent, token in
            switch parent {
            case .object(var members):
                guard let index = members.firstIndex(where: { $0.key == token }) else { throw Self.missing(pointer) }
                members[index].value = value
                parent = .object(members)
            case .array(var elements):
                guard let index = Int(token), elements.indices.contains(index) else { throw Self.missing(pointer) }
                elements[index] = value
                parent = .array(elements)
            default:
                throw Self.missing(pointer)
            }
        }
    }

    /// Removes the member or element at `pointer`, which must exist.
    mutating func remove(_ pointer: String) throws {
        try atParent(of: pointer) { parent, token in
            switch parent {
            case .object(var members):
                guard let index = members.firstIndex(where: { $0.key == token }) else { throw Self.missing(pointer) }
                members.remove(at: index)
                parent = .object(members)
            case .array(var elements):
                guard let index = Int(token), elements.indices.contains(index) else { throw Self.missing(pointer) }
                elements.remove(at: index)
                parent = .array(elements)
            default:
                throw Self.missing(pointer)
            }
        }
    }

    /// Renames the member at `pointer`, keeping its place among its siblings.
    mutating func rename(_ pointer: String, to key: String) throws {
        try atParent(of: pointer) { parent, token in
            guard case .object(var members) = parent,
                  let index = members.firstIndex(where: { $0.key == token }) else { throw Self.missing(pointer) }
            members[index].key = key
            parent = .object(members)
        }
    }

    /// Adds a member at the end of the object at `pointer` (which must not have it yet), or an
    /// element at the end of the array at `pointer` (`key` nil).
    mutating func add(_ value: JSONValue, key: String? = nil, to pointer: String) throws {
        try modify(pointer) { target in
            switch (target, key) {
            case (.object(var members), let key?):
                guard !members.contains(where: { $0.key == key }) else {
                    throw JSONEditFailure(description: "\(pointer) already has \"\(key)\"")
                }
                members.append(JSONMember(key, value))
                target = .object(members)
            case (.array(var elements), nil):
                elements.append(value)
                target = .array(elements)
            default:
                throw JSONEditFailure(description: "cannot add to \(pointer)")
            }
        }
    }

    /// The value at `pointer`, if any.
    func value(at pointer: String) -> JSONValue? {
        var current = self
        for token in Self.tokens(pointer) {
            switch current {
            case .object(let members):
                guard let member = members.first(where: { $0.key == token }) else { return nil }
                current = member.value
            case .array(let elements):
                guard let index = Int(token), elements.indices.contains(index) else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    /// The JSON text with every object's members in their current order (`JSONWriter` sorts keys).
    var textInWrittenOrder: [UInt8] {
        var bytes: [UInt8] = []
        appendInWrittenOrder(to: &bytes)
        return bytes
    }

    private func appendInWrittenOrder(to bytes: inout [UInt8]) {
        switch self {
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                JSONWriter.write(.string(member.key), into: &bytes)
                bytes.append(UInt8(ascii: ":"))
                member.value.appendInWrittenOrder(to: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                element.appendInWrittenOrder(to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        default:
            JSONWriter.write(self, into: &bytes)
        }
    }

    /// Runs `change` on the value at `pointer`.
    private mutating func modify(_ pointer: String, _ change: (inout JSONValue) throws -> Void) throws {
        try modify(tokens: Self.tokens(pointer)[...], pointer: pointer, change)
    }

    private mutating func modify(tokens: ArraySlice<String>, pointer: String, _ change: (inout JSONValue) throws -> Void) throws {
        guard let token = tokens.first else {
            try change(&self)
            return
        }
        switch self {
        case .object(var members):
            guard let index = members.firstIndex(where: { $0.key == token }) else { throw Self.missing(pointer) }
            try members[index].value.modify(tokens: tokens.dropFirst(), pointer: pointer, change)
            self = .object(members)
        case .array(var elements):
            guard let index = Int(token), elements.indices.contains(index) else { throw Self.missing(pointer) }
            try elements[index].modify(tokens: tokens.dropFirst(), pointer: pointer, change)
            self = .array(elements)
        default:
            throw Self.missing(pointer)
        }
    }

    /// Runs `change` on the container holding the last token of `pointer`, with that token.
    private mutating func atParent(of pointer: String, _ change: (inout JSONValue, String) throws -> Void) throws {
        let tokens = Self.tokens(pointer)
        guard let last = tokens.last else { throw Self.missing(pointer) }
        try modify(tokens: tokens.dropLast()[...], pointer: pointer) { parent in try change(&parent, last) }
    }

    private static func tokens(_ pointer: String) -> [String] {
        pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    private static func missing(_ pointer: String) -> JSONEditFailure {
        JSONEditFailure(description: "the rule file has nothing at \(pointer); has the file changed shape?")
    }
}
