import Foundation

extension RuleBook {
    /// Loads every top-level `*.json` file of a directory as a rule book.
    public static func load(directory: String) throws(RuleBookError) -> RuleBook {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw RuleBookError(file: directory, path: "", message: "no such directory")
        }
        guard isDirectory.boolValue else {
            throw RuleBookError(file: directory, path: "", message: "not a directory; give the directory that holds the rule files")
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw RuleBookError(file: directory, path: "", message: "cannot list the directory (\(error.localizedDescription))")
        }
        var files: [(name: String, bytes: [UInt8])] = []
        for name in names {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var fileIsDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &fileIsDirectory), !fileIsDirectory.boolValue else { continue }
            guard let data = manager.contents(atPath: path) else {
                throw RuleBookError(file: name, path: "", message: "cannot read the file (check its permissions)")
            }
            files.append((name, [UInt8](data)))
        }
        return try load(files: files)
    }

    /// Loads a rule book from named file contents (as read from a directory, or built in).
    public static func load(files: [(name: String, bytes: [UInt8])]) throws(RuleBookError) -> RuleBook {
        if files.isEmpty {
            throw RuleBookError(file: "(rule book)", path: "", message: "no *.json rule files found")
        }
        var assembler = RuleBookAssembler()
        for file in files.sorted(by: { $0.name < $1.name }) {
            let root: JSONValue
            do {
                root = try JSONParser.parse(file.bytes, maxDepth: 64)
            } catch {
                throw RuleBookError(file: file.name, path: "", message: "not valid JSON: \(error.message)")
            }
            do {
                try assembler.add(JSONField(root, path: ""), file: file.name)
            } catch {
                throw RuleBookError(file: file.name, error)
            }
        }
        let (revision, digests) = RuleBook.revision(of: files)
        return try assembler.assemble(revision: revision, files: digests, sources: files)
    }

    /// The rule book built into the binary from the repository's `rules/` directory.
    public static let builtIn: Result<RuleBook, RuleBookError> = Result { () throws(RuleBookError) -> RuleBook in
        var files: [(name: String, bytes: [UInt8])] = []
        for file in EmbeddedRuleBook.files {
            guard let data = Data(base64Encoded: file.base64) else {
                throw RuleBookError(file: file.name, path: "", message: "the built-in copy is damaged; rebuild")
            }
            files.append((file.name, [UInt8](data)))
        }
        return try load(files: files)
    }
}
