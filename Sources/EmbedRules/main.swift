import Foundation

// Build-time tool: `EmbedRules OUTPUT FILE...` writes Swift source that holds each rule file's bytes
// (base64) under its file name, for `RuleBook.builtIn`.
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: EmbedRules OUTPUT FILE...\n".utf8))
    exit(2)
}
var source = """
// Generated at build time from rules/*.json by the EmbedRules tool. Do not edit.

/// The rule files built into the binary: name and base64 of the exact bytes.
enum EmbeddedRuleBook {
    static let files: [(name: String, base64: String)] = [

"""
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("EmbedRules: cannot read \(path)\n".utf8))
        exit(1)
    }
    source += "        (\"\(url.lastPathComponent)\", \"\(data.base64EncodedString())\"),\n"
}
source += "    ]\n}\n"
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("EmbedRules: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
