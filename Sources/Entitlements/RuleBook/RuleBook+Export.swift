extension RuleBook {
    /// The rule files the book was loaded from, byte for byte, in byte order of name.
    public var ruleFiles: [(name: String, bytes: [UInt8])] {
        sourceFiles.sorted { $0.name < $1.name }
    }
}
