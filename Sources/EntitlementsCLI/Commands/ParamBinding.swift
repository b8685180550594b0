import Entitlements

/// How an option becomes part of a protocol request's params.
enum ParamBinding: Sendable {
    /// The option's value goes to the member at this key path, e.g. `["schedule", "frequency"]`.
    case value([String])
    /// The flag, when given, sets the member at this key path to a constant.
    case constant(JSONValue, [String])
    /// Each value of a repeatable option is appended to an array at this key path.
    case each([String])

    /// The key path the option fills.
    var path: [String] {
        switch self {
        case .value(let path), .constant(_, let path), .each(let path): path
        }
    }
}

/// An option declaration together with the protocol param it fills (none for `--json`, `--rules`).
struct BoundOption: Sendable {
    /// The declaration the parser reads.
    let spec: OptionSpec
    /// Where its value goes in the params.
    let binding: ParamBinding?

    /// Binds a declaration to a param.
    init(_ spec: OptionSpec, _ binding: ParamBinding?) {
        self.spec = spec
        self.binding = binding
    }
}
