/// One param of a method, declared once: key, type, default, help and command-line flags. The
/// decoders, the fast path's keys, the command line's options and the JSON Schemas come from it.
public struct Param: Sendable {
    /// The key.
    public let key: ParamKey
    /// What the value must be.
    public let type: ParamType
    /// Whether a request must give it.
    public let isRequired: Bool
    /// The value used when it is absent, as written in JSON (e.g. `true`, `"special-guardianship"`), if any.
    public let defaultValue: String?
    /// One line: what it means.
    public let help: String
    /// The flags that set it on the command line (none: the command line cannot set it).
    public let flags: [CommandLineFlag]

    /// Declares a param.
    public init(_ key: ParamKey, _ type: ParamType, required isRequired: Bool = false, default defaultValue: String? = nil,
                help: String, flags: [CommandLineFlag] = []) {
        self.key = key
        self.type = type
        self.isRequired = isRequired
        self.defaultValue = defaultValue
        self.help = help
        self.flags = flags
    }

    /// The same param with other help and flags (a shared param explained for one method).
    public func explained(_ help: String, flags: [CommandLineFlag]? = nil, required: Bool? = nil) -> Param {
        Param(key, type, required: required ?? isRequired, default: defaultValue, help: help, flags: flags ?? self.flags)
    }
}
