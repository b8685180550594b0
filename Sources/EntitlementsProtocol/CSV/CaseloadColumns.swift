import Entitlements

/// What each column of a caseload's header is, found from the method definitions alone: a param
/// of an entitlement method (`dateOfBirth`, or `schedule.frequency` for a param of an object
/// param), the `method`, the `caseRef`, or a pass-through column carried unchanged into the output.
public struct CaseloadColumns: Sendable {
    /// What one column holds.
    enum Role: Sendable, Equatable {
        /// The case reference.
        case caseRef
        /// The method of the row.
        case method
        /// A param, at `path` (one key, or an object param's key and the key inside it).
        case param(path: [ParamKey])
        /// Anything else, carried unchanged.
        case passThrough
    }

    /// Why a header cannot be read (duplicate or misplaced columns).
    public struct HeaderError: Error, Sendable, Equatable {
        /// What is wrong and how to fix it.
        public let message: String
    }

    /// The header's names, as written.
    public let names: [String]
    /// Each column's role, by position.
    let roles: [Role]
    /// The column of the case reference, if any.
    let caseRefColumn: Int?
    /// The column of the method, if any.
    let methodColumn: Int?
    /// The pass-through columns, in order.
    let passThroughColumns: [Int]
    /// The param columns, in order, with their paths.
    let params: [(index: Int, path: [ParamKey])]
    /// For each method a caseload may name, the param columns it does not take (a cell there is a fault).
    let foreignColumns: [Method: [(index: Int, path: [ParamKey])]]
    /// The column of each param, by `slot(_:in:)`.
    private let columnOfParam: [Int?]

    /// The name of the case reference column.
    public static let caseRef = "caseRef"
    /// The name of the method column.
    public static let method = "method"

    /// The methods a caseload may name: those that compute one entitlement.
    static var methods: [MethodDefinition] { MethodRegistry.entitlements }

    /// Every param column any entitlement method takes, by its name in lower case, with its path.
    static let paramColumns: [String: [ParamKey]] = {
        var columns: [String: [ParamKey]] = [:]
        for definition in methods {
            for param in definition.params {
                if case .object(let inner) = param.type {
                    for child in inner { columns[(param.key.name + "." + child.key.name).lowercased()] = [param.key, child.key] }
                } else {
                    columns[param.key.name.lowercased()] = [param.key]
                }
            }
        }
        return columns
    }()

    /// The object params' names in lower case, with their columns (for a header naming one whole).
    static let objectParams: [String: [String]] = {
        var objects: [String: [String]] = [:]
        for definition in methods {
            for param in definition.params {
                if case .object(let inner) = param.type {
                    objects[param.key.name.lowercased()] = inner.map { param.key.name + "." + $0.key.name }
                }
            }
        }
        return objects
    }()

    /// Reads a header: names are matched without regard to case and surrounding spaces.
    public init(header: [String]) throws(HeaderError) {
        names = header
        var roles: [Role] = []
        var seen: [String: Int] = [:]
        for (index, raw) in header.enumerated() {
            let name = raw.trimmingCharacters()
            let key = name.lowercased()
            if !key.isEmpty, let earlier = seen[key] {
                throw HeaderError(message: "columns \(earlier + 1) and \(index + 1) are both \"\(name)\": give each column one name, once")
            }
            seen[key] = index
            if key == Self.caseRef.lowercased() {
                roles.append(.caseRef)
            } else if key == Self.method {
                roles.append(.method)
            } else if let path = Self.paramColumns[key] {
                roles.append(.param(path: path))
            } else if let inner = Self.objectParams[key] {
                throw HeaderError(message: "column \(index + 1) is \"\(name)\", a group of params: give one column for each, named \(inner.joined(separator: ", "))")
            } else {
                roles.append(.passThrough)
            }
        }
        self.roles = roles
        caseRefColumn = roles.firstIndex(of: .caseRef)
        methodColumn = roles.firstIndex(of: .method)
        passThroughColumns = roles.indices.filter { roles[$0] == .passThrough }
        var params: [(index: Int, path: [ParamKey])] = []
        var columnOfParam = [Int?](repeating: nil, count: ParamKey.allCases.count * (ParamKey.allCases.count + 1))
        for (index, role) in roles.enumerated() {
            guard case .param(let path) = role, let key = path.last else { continue }
            params.append((index, path))
            columnOfParam[Self.slot(key, in: path.count == 2 ? path.first : nil)] = index
        }
        self.params = params
        self.columnOfParam = columnOfParam
        var foreign: [Method: [(index: Int, path: [ParamKey])]] = [:]
        for definition in Self.methods where definition.caseloadRequest != nil {
            foreign[definition.method] = params.filter { CaseloadRequest.param($0.path, in: definition) == nil }
        }
        foreignColumns = foreign
    }

    /// The column of the param `key` (inside the object param `parent`, if given), if the header has it.
    func column(_ key: ParamKey, in parent: ParamKey?) -> Int? {
        columnOfParam[Self.slot(key, in: parent)]
    }

    /// Where a param's column is kept: one row of keys for the top level, one for each object param.
    private static func slot(_ key: ParamKey, in parent: ParamKey?) -> Int {
        ((parent?.rawValue ?? -1) + 1) * ParamKey.allCases.count + key.rawValue
    }

    /// The name of a param column, as the template writes it.
    static func name(_ path: [ParamKey]) -> String { path.map(\.name).joined(separator: ".") }
}
