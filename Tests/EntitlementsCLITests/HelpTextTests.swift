import EntitlementsCLI
import Testing

/// Help text is written from the declarations.
@Suite struct HelpTextTests {
    let help = HelpText(program: "entitlements")

    @Test func usageShowsRequiredOptionsGroupsAndPositionals() {
        #expect(help.usage(ArgumentParserTests.spec) == "entitlements demo --dob DATE (--region TEXT | --la TEXT) [options]")
        #expect(help.usage(ArgumentParserTests.positional) == "entitlements check DIR [options]")
    }

    @Test func helpListsEveryOptionWithItsKindDefaultAndConstraints() {
        let text = help.help(ArgumentParserTests.spec)
        #expect(text.hasPrefix("entitlements demo: a demonstration\n\nUsage:\n  entitlements demo --dob DATE"))
        for option in ArgumentParserTests.spec.options { #expect(text.contains("  " + option.synopsis), "\(option.flag)") }
        #expect(text.contains("date of birth (required)"))
        #expect(text.contains("frequency; one of: weekly, monthly (default: weekly)"))
        #expect(text.contains("a benefit (repeatable)"))
        #expect(text.contains("anchor (needs --order)"))
        #expect(text.contains("-h, --help"))
        #expect(text.contains("Example:\n  # demo\n  entitlements demo --dob 2014-09-03 --region london\n"))
    }

    @Test func helpNamesPositionals() {
        #expect(help.help(ArgumentParserTests.positional).contains("Arguments:\n  DIR"))
    }

    @Test func examplesAreQuotedForTheShell() {
        #expect(help.commandLine(CommandExample("", ["kinship", "--la", "Kingston upon Hull"]))
                == "entitlements kinship --la 'Kingston upon Hull'")
        #expect(help.commandLine(CommandExample("", ["serve"], input: "{\"a\":1}")) == "echo '{\"a\":1}' | entitlements serve")
    }

    @Test func longHelpLinesWrap() {
        let spec = CommandSpec(name: "wide", summary: "s",
                               options: [OptionSpec("x", .flag, help: String(repeating: "word ", count: 60))], examples: [])
        let lines = HelpText(program: "p", width: 60).help(spec).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 60 })
    }
}
