/// A fault in a rule book, named by file and JSON pointer, found when it is loaded.
public struct RuleBookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, relative to the rule-book directory (e.g. `nma.json`), or the directory itself.
    public let file: String
    /// The JSON pointer of the fault within the file (empty for the whole file).
    public let path: String
    /// What is wrong.
    public let message: String

    /// Makes an error.
    public init(file: String, path: String, message: String) {
        self.file = file
        self.path = path
        self.message = message
    }

    /// Locates a field error in a file.
    init(file: String, _ error: FieldError) {
        self.init(file: file, path: error.path, message: error.message)
    }

    /// `file: /path: message`.
    public var description: String {
        path.isEmpty ? "\(file): \(message)" : "\(file): \(path): \(message)"
    }
}
