import Entitlements
import EntitlementsProtocol
import Foundation

/// The `entitlements` command: parses arguments and runs a subcommand, returning the exit status.
public enum CommandLineTool {
    /// Runs with the arguments after the program name; returns the exit status.
    public static func run(_ arguments: [String]) -> Int32 {
        FileHandle.standardError.write(Data("entitlements: not yet implemented\n".utf8))
        return 2
    }
}
