import EntitlementsProtocol
import Foundation
import Testing

/// `docs/params.md` is the params tables generated from the method definitions
/// (`PARAMS_DOC_UPDATE=1 swift test --filter ParamsTable` rewrites it).
@Suite struct ParamsTableTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/params.md")

    @Test func docsParamsIsGeneratedFromTheDefinitions() throws {
        if ProcessInfo.processInfo.environment["PARAMS_DOC_UPDATE"] == "1" {
            try Data(ParamsTable.document.utf8).write(to: Self.file)
        }
        let committed = String(decoding: try Data(contentsOf: Self.file), as: UTF8.self)
        #expect(committed == ParamsTable.document, "docs/params.md is stale: run PARAMS_DOC_UPDATE=1 swift test --filter ParamsTable")
    }

    @Test func everyParamOfEveryMethodIsInTheTables() {
        for definition in MethodRegistry.definitions {
            for param in definition.params {
                #expect(ParamsTable.document.contains("| `\(param.key.name)` |"), "\(definition.method.rawValue).\(param.key.name)")
            }
        }
    }
}
