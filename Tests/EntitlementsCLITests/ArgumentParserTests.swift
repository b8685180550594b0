import Entitlements
import EntitlementsCLI
import Testing

/// The parser on its own, against a small declaration.
@Suite struct ArgumentParserTests {
    static let spec = CommandSpec(
        name: "demo", summary: "a demonstration",
        options: [
            OptionSpec("dob", .date, help: "date of birth", required: true),
            OptionSpec("from", .date, help: "first day"),
            OptionSpec("paid", .money, help: "already paid"),
            OptionSpec("items", .integer(0...10), help: "items"),
            OptionSpec("order", .choice(["weekly", "monthly"]), help: "frequency", default: "weekly"),
            OptionSpec("json", .flag, help: "JSON"),
            OptionSpec("benefit", .string, help: "a benefit", repeatable: true),
            OptionSpec("schemes", .list(count: 2), help: "two schemes"),
            OptionSpec("region", .string, help: "region"),
            OptionSpec("la", .string, help: "council"),
            OptionSpec("care", .flag, help: "care"),
            OptionSpec("not-care", .flag, help: "not care"),
            OptionSpec("anchor", .date, help: "anchor"),
        ],
        rules: [.oneOrMore(["region", "la"]), .exclusive(["care", "not-care"]), .requires("anchor", "order")],
        examples: [CommandExample("demo", ["demo", "--dob", "2014-09-03", "--region", "london"])])

    static let positional = CommandSpec(
        name: "check", summary: "check a directory", positionals: [PositionalSpec("DIR", help: "a directory")],
        options: [OptionSpec("quiet", .flag, help: "quiet")], examples: [])

    func parse(_ arguments: [String], _ spec: CommandSpec = ArgumentParserTests.spec) throws(UsageError) -> ParsedArguments {
        try ArgumentParser().parse(arguments, for: spec)
    }

    func failure(_ arguments: [String], _ spec: CommandSpec = ArgumentParserTests.spec) -> UsageError? {
        do {
            _ = try parse(arguments, spec)
            return nil
        } catch {
            return error
        }
    }

    @Test func spaceAndEqualsForms() throws {
        let parsed = try parse(["--dob", "2014-09-03", "--from=2025-04-01", "--region", "london"])
        #expect(parsed.date("dob") == CalendarDate(year: 2014, month: 9, day: 3))
        #expect(parsed.date("from") == CalendarDate(year: 2025, month: 4, day: 1))
        #expect(parsed.text("region") == "london")
        #expect(parsed.order == ["dob", "from", "region"])
    }

    @Test func equalsFormKeepsEverythingAfterTheFirstEquals() throws {
        let parsed = try parse(["--dob=2014-09-03", "--la=Name=With=Equals"])
        #expect(parsed.text("la") == "Name=With=Equals")
    }

    @Test func typedValues() throws {
        let parsed = try parse(["--dob", "2014-09-03", "--la", "Kent", "--paid", "£1,234.50", "--items", "3", "--order", "monthly",
                                "--json", "--schemes", "a,b"])
        #expect(parsed.money("paid") == Money(pence: 123_450))
        #expect(parsed.integer("items") == 3)
        #expect(parsed.text("order") == "monthly")
        #expect(parsed.flag("json"))
        #expect(parsed.list("schemes") == ["a", "b"])
    }

    @Test func defaultsApplyWhenAbsentButDoNotCountAsGiven() throws {
        let parsed = try parse(["--dob", "2014-09-03", "--region", "london"])
        #expect(parsed.text("order") == "weekly")
        #expect(!parsed.has("order"))
        #expect(!parsed.flag("json"))
    }

    @Test func repeatableOptionKeepsEveryValue() throws {
        let parsed = try parse(["--dob", "2014-09-03", "--region", "x", "--benefit", "hc2", "--benefit=income-support"])
        #expect(parsed.texts("benefit") == ["hc2", "income-support"])
    }

    @Test func repeatedOptionIsRejected() {
        let error = failure(["--dob", "2014-09-03", "--dob", "2014-09-04", "--region", "x"])
        #expect(error?.kind == .repeatedOption)
        #expect(error?.description == "--dob is given more than once; give it once")
    }

    @Test func repeatedFlagIsRejected() {
        #expect(failure(["--dob", "2014-09-03", "--region", "x", "--json", "--json"])?.kind == .repeatedOption)
    }

    @Test func missingValueAtTheEnd() {
        let error = failure(["--region", "x", "--dob"])
        #expect(error?.kind == .missingValue)
        #expect(error?.description == "--dob needs a value: DATE (date of birth)")
    }

    @Test func missingValueBeforeAnotherOption() {
        #expect(failure(["--dob", "--region", "london"])?.kind == .missingValue)
    }

    @Test func flagWithAValueIsRejected() {
        let error = failure(["--dob", "2014-09-03", "--region", "x", "--json=yes"])
        #expect(error?.kind == .unexpectedValue)
        #expect(error?.description == "--json is a flag and takes no value; write --json alone")
    }

    @Test func unknownOptionSuggestsTheNearest() {
        let error = failure(["--dob", "2014-09-03", "--form", "2025-04-01"])
        #expect(error?.kind == .unknownOption)
        #expect(error?.description == "unknown option --form; did you mean --from?")
    }

    @Test func unknownOptionSuggestsByPrefix() {
        #expect(failure(["--sch", "x"])?.suggestion == "did you mean --schemes?")
    }

    @Test func unknownOptionFarFromAnyHasNoSuggestion() {
        let error = failure(["--zzzzzzzz", "x"])
        #expect(error?.description == "unknown option --zzzzzzzz")
    }

    @Test func unknownOptionNamesTheCommandsThatTakeIt() throws {
        let other = CommandSpec(name: "other", summary: "", options: [OptionSpec("weekly-rate", .money, help: "")], examples: [])
        do {
            _ = try ArgumentParser(otherCommands: [other]).parse(["--weekly-rate", "1"], for: Self.spec)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "unknown option --weekly-rate for demo; it belongs to: other")
        }
    }

    @Test func singleDashOptionSuggestsTwoDashes() {
        let error = failure(["-dob", "2014-09-03"])
        #expect(error?.description == "unknown option -dob; did you mean --dob?")
    }

    @Test func negativeNumberIsAValueNotAnOption() {
        let error = failure(["--dob", "2014-09-03", "--region", "x", "--items", "-3"])
        #expect(error?.kind == .invalidValue)
        #expect(error?.description == "--items: \"-3\" is out of range; write a whole number from 0 to 10")
    }

    @Test func wrongDateIsNamed() {
        let error = failure(["--dob", "2025-02-30", "--region", "x"])
        #expect(error?.description == "--dob: \"2025-02-30\" is not a date; write YYYY-MM-DD")
    }

    @Test func wrongMoneyIsNamed() {
        #expect(failure(["--dob", "2014-09-03", "--region", "x", "--paid", "12.345"])?.description
                == "--paid: \"12.345\" has more than two decimals; amounts are exact to the penny, such as 1234.50")
        #expect(failure(["--dob", "2014-09-03", "--region", "x", "--paid", "ten"])?.description
                == "--paid: \"ten\" is not an amount of money; write pounds and pence such as 1234.50")
        #expect(failure(["--dob", "2014-09-03", "--region", "x", "--paid", "12,34"])?.kind == .invalidValue)
    }

    @Test func wrongIntegerIsNamed() {
        #expect(failure(["--dob", "2014-09-03", "--region", "x", "--items", "2.5"])?.description
                == "--items: \"2.5\" is not a whole number; write a whole number from 0 to 10")
    }

    @Test func wrongChoiceSuggestsTheNearest() {
        let error = failure(["--dob", "2014-09-03", "--region", "x", "--order", "montly"])
        #expect(error?.description == "--order: \"montly\" is not one of weekly, monthly; did you mean monthly?")
    }

    @Test func wrongListLength() {
        #expect(failure(["--dob", "2014-09-03", "--region", "x", "--schemes", "a"])?.description
                == "--schemes: \"a\" is not a list; give 2 names separated by commas, e.g. a,b")
    }

    @Test func emptyStringIsRejected() {
        #expect(failure(["--dob", "2014-09-03", "--region", ""])?.description == "--region: the value is empty")
    }

    @Test func missingRequiredOption() {
        let error = failure(["--region", "london"])
        #expect(error?.kind == .missingOption)
        #expect(error?.description == "missing --dob DATE (date of birth)")
    }

    @Test func oneOfAGroupIsRequired() {
        #expect(failure(["--dob", "2014-09-03"])?.description == "missing --region TEXT or --la TEXT")
    }

    @Test func exclusiveOptions() {
        #expect(failure(["--dob", "2014-09-03", "--la", "x", "--care", "--not-care"])?.description
                == "--care and --not-care cannot be used together; give one of them")
    }

    @Test func optionThatNeedsAnother() throws {
        #expect(failure(["--dob", "2014-09-03", "--la", "x", "--anchor", "2025-01-01"])?.description == "--anchor needs --order")
        _ = try parse(["--dob", "2014-09-03", "--la", "x", "--anchor", "2025-01-01", "--order", "weekly"])
    }

    @Test func helpWinsOverEverythingElse() throws {
        #expect(try parse(["--form", "x", "--help"]).wantsHelp)
        #expect(try parse(["-h"]).wantsHelp)
    }

    @Test func helpAfterDoubleDashIsAPositional() throws {
        let parsed = try parse(["--", "--help"], Self.positional)
        #expect(!parsed.wantsHelp)
        #expect(parsed.positionals == ["--help"])
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try parse(["--quiet", "--", "--odd-directory-name"], Self.positional)
        #expect(parsed.flag("quiet"))
        #expect(parsed.positionals == ["--odd-directory-name"])
    }

    @Test func doubleDashIsNotTakenAsAValue() {
        #expect(failure(["--region", "x", "--dob", "--", "2014-09-03"])?.kind == .missingValue)
    }

    @Test func positionalArguments() throws {
        #expect(try parse(["rules"], Self.positional).positionals == ["rules"])
        #expect(try parse(["-"], Self.positional).positionals == ["-"])
        #expect(failure([], Self.positional)?.description == "missing DIR (a directory)")
        #expect(failure(["a", "b"], Self.positional)?.description == "unexpected argument \"b\"")
    }

    @Test func unexpectedPositionalForACommandWithNone() {
        let error = failure(["--dob", "2014-09-03", "--region", "x", "stray"])
        #expect(error?.description == "unexpected argument \"stray\"; demo takes options only")
    }
}
