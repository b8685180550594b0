import Entitlements

/// Reads each method's params, as its definition declares them, into the engine's typed requests;
/// every fault names its JSON pointer.
enum Params {
    /// The params `method` accepts, as written.
    static func allowed(_ method: Method) -> [String] {
        method.definition.keyNames
    }

    /// The entitlement request of an entitlement method; nil for the other methods.
    static func request(_ method: Method, _ params: FieldObject) throws(FieldError) -> EntitlementRequest? {
        try method.definition.request?(params)
    }

    /// `assess` params (the scheme is read separately).
    static func assess(_ params: FieldObject) throws(FieldError) -> AssessRequest {
        try AssessMethod.decode(params)
    }
}
