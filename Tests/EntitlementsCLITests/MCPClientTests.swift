import Foundation
import Testing

/// The official MCP Python SDK drives the built `entitlements serve` end to end
/// (Tests/Fixtures/mcp/mcp_client.py). Skipped, with the reason printed, where Python or the
/// `mcp` package is not installed (`pip install mcp`).
@Suite struct MCPClientTests {
    @Test func theOfficialPythonSDKUsesEveryTool() throws {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import mcp.client.stdio"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        do { try probe.run() } catch {
            print("MCPClientTests skipped: python3 cannot be started (\(error))")
            return
        }
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else {
            print("MCPClientTests skipped: the MCP Python SDK is not installed (pip install mcp)")
            return
        }
        let binary = try Binary.url.get()
        let script = Binary.repository.appendingPathComponent("Tests/Fixtures/mcp/mcp_client.py")
        let client = Process()
        client.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        client.arguments = ["python3", script.path, binary.path]
        let errors = Pipe()
        client.standardError = errors
        client.standardOutput = FileHandle.nullDevice
        try client.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        client.waitUntilExit()
        #expect(client.terminationStatus == 0, "\(message)")
    }
}
