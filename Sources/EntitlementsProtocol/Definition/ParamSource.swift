import Entitlements

/// Where a method's params are read from: the general path's JSON object, which throws a located
/// `FieldError`, or the fast path's flat reader, which declines whatever is not in the plain form.
///
/// Each method decodes its request once, generically over this protocol; the compiler specialises
/// the routine for each source, so the fast path loses no speed and cannot disagree with the
/// general path about keys, defaults or checks. Every reader returns nil when the key is absent
/// (or `null`) and throws when the value is not of its type.
protocol ParamSource {
    /// What a read throws.
    associatedtype Failure: Error

    /// A calendar date.
    func date(_ key: ParamKey) throws(Failure) -> CalendarDate?
    /// A boolean.
    func bool(_ key: ParamKey) throws(Failure) -> Bool?
    /// An amount of money, not negative.
    func money(_ key: ParamKey) throws(Failure) -> Money?
    /// Any text.
    func string(_ key: ParamKey) throws(Failure) -> String?
    /// Text that is not empty.
    func nonEmptyString(_ key: ParamKey) throws(Failure) -> String?
    /// One of a string enumeration's values.
    func choice<Choice: RawRepresentable & CaseIterable>(_ key: ParamKey, _ type: Choice.Type) throws(Failure) -> Choice?
        where Choice.RawValue == String
    /// A whole number in `range`.
    func integer(_ key: ParamKey, in range: ClosedRange<Int>) throws(Failure) -> Int?
    /// An array of distinct words from `allowed` (nil: any non-empty words, checked later against
    /// the rule book, e.g. the qualifying benefits).
    func words(_ key: ParamKey, from allowed: [String]?) throws(Failure) -> [String]?
    /// An object whose keys are all among `allowed`.
    func object(_ key: ParamKey, allowed: [Param]) throws(Failure) -> Self?
    /// The failure for a required key that is absent.
    func missing(_ key: ParamKey) -> Failure
    /// The failure for a value that breaks a check between params (e.g. `to` before `from`).
    func fault(_ key: ParamKey, _ message: @autoclosure () -> String) -> Failure
}

extension ParamSource {
    /// `value`, or the failure for `key` being absent.
    func required<Value>(_ value: Value?, _ key: ParamKey) throws(Failure) -> Value {
        guard let value else { throw missing(key) }
        return value
    }
}
