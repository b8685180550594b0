@testable import EntitlementsCLI

/// Runs the command line in memory, without colour.
func runTool(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
    var invocation = Invocation(console: Console(style: .plain))
    let status = CommandLineTool.run(arguments, in: &invocation)
    return (status, invocation.console.out, invocation.console.err)
}
