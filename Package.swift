// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Entitlements",
    products: [
        .library(name: "Entitlements", targets: ["Entitlements"]),
        .library(name: "EntitlementsProtocol", targets: ["EntitlementsProtocol"]),
        .executable(name: "entitlements", targets: ["entitlements"]),
    ],
    targets: [
        // The rules engine: money, dates, the rule book and the five entitlements. No I/O but reading a rule book.
        .target(
            name: "Entitlements",
            plugins: ["EmbedRulesPlugin"]
        ),
        // JSON reading and writing, and the JSON-RPC method layer of PROTOCOL.md.
        .target(name: "EntitlementsProtocol", dependencies: ["Entitlements"]),
        // The command line: hand-written argument parsing, subcommands and human-readable output.
        .target(name: "EntitlementsCLI", dependencies: ["Entitlements", "EntitlementsProtocol"]),
        // The thin executable.
        .executableTarget(name: "entitlements", dependencies: ["EntitlementsCLI"]),
        // The benchmark: generates request files and streams them through `entitlements serve`.
        .executableTarget(name: "entitlements-bench", dependencies: ["Entitlements", "EntitlementsProtocol", "TestSupport"]),
        // Build-time tool: turns rules/*.json into Swift source so the binary carries its default rule book.
        .executableTarget(name: "EmbedRules"),
        .plugin(
            name: "EmbedRulesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedRules"],
            path: "Sources/EmbedRulesPlugin"
        ),
        // What the tests and the benchmark share: a seeded generator, and how golden responses are masked.
        .target(name: "TestSupport", dependencies: ["Entitlements"], path: "Tests/Support"),
        .testTarget(name: "EntitlementsTests", dependencies: ["Entitlements", "TestSupport"]),
        .testTarget(
            name: "EntitlementsProtocolTests",
            dependencies: ["Entitlements", "EntitlementsProtocol", "TestSupport"]
        ),
        .testTarget(
            name: "ReliabilityTests",
            dependencies: ["Entitlements", "EntitlementsProtocol", "TestSupport"]
        ),
        .testTarget(
            name: "EntitlementsCLITests",
            dependencies: ["EntitlementsCLI", "Entitlements", "EntitlementsProtocol", "TestSupport"]
        ),
    ]
)
