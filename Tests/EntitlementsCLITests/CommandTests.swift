import Entitlements
@testable import EntitlementsCLI
import Testing

/// Each subcommand in memory: what it prints for people, and how it fails.
@Suite struct CommandTests {
    static let london = ["kinship", "--dob", "2014-09-03", "--region", "london", "--from", "2025-04-01", "--to", "2026-03-31"]

    @Test func kinshipTable() {
        let run = runTool(Self.london)
        #expect(run.status == 0)
        #expect(run.err.isEmpty)
        #expect(run.out.contains("  From        To          Days  Band   Region   Weekly     Amount  Rate row\n"))
        #expect(run.out.contains("  2025-04-01  2025-09-02   155  5-10   london  £225.00  £4,982.14  nma 2025-04-01\n"))
        #expect(run.out.contains("\nTotal  £12,692.14\n"))
        // review-2022 is a proposal: the output says so in words and says "would be paid".
        #expect(run.out.hasPrefix("Kinship allowance (review-2022): would be paid 2025-04-01 to 2026-03-31\n"
                                  + "Worked out under the Independent Review's recommendations (a proposal, not the law).\n"))
        #expect(run.out.contains("\nWhy:\n  • Under the Independent Review's recommendations (a proposal, not the law), a carer"))
        #expect(run.out.contains("[kinship-review-2022]"))
        #expect(!run.out.contains("\u{1B}"))
    }

    @Test func kinshipJSONIsTheProtocolResult() throws {
        let run = runTool(Self.london + ["--json"])
        #expect(run.status == 0)
        #expect(run.out.hasSuffix("}\n"))
        let result = try JSONParser.parse(String(run.out.dropLast()))
        #expect(result["total"] == .string("12692.14"))
        #expect(JSONWriter.string(result) + "\n" == run.out)
    }

    @Test func scheduleWithArrears() {
        let run = runTool(["kinship", "--dob", "2014-09-03", "--region", "london", "--from", "2025-04-01", "--to", "2025-04-30",
                           "--schedule", "weekly", "--already-paid", "500"])
        #expect(run.status == 0)
        #expect(run.out.contains("Payments\n  Pay date    From        To           Amount\n"))
        #expect(run.out.contains("Already paid  £500.00\n"))
        #expect(run.out.contains("Arrears owed"))
    }

    @Test func scheduleOverpaid() {
        let run = runTool(["kinship", "--dob", "2012-06-01", "--region", "rest-of-england", "--from", "2025-04-01", "--to", "2025-05-31",
                           "--schedule", "fortnightly", "--anchor", "2025-03-27", "--already-paid", "2000.00"])
        #expect(run.status == 0)
        #expect(run.out.contains("Overpaid"))
    }

    @Test func stayingPutShowsGrossAndContribution() {
        let run = runTool(["staying-put", "--dob", "2006-01-01", "--region", "london", "--from", "2025-04-01", "--to", "2025-05-15",
                           "--contribution", "50"])
        #expect(run.status == 0)
        #expect(run.out.hasPrefix("Staying Put funding (review-2022)"))
        #expect(run.out.contains("Gross  Contribution"))
    }

    @Test func stayingCloseWithoutARateNamesTheOption() {
        let run = runTool(["staying-put", "--close", "--dob", "2004-01-01", "--region", "london", "--from", "2025-04-01", "--to", "2025-04-30"])
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
        #expect(run.err.hasPrefix("entitlements staying-put: --weekly-rate: Staying Close has no national rate"))
    }

    @Test func grant() {
        let run = runTool(["grant", "--on", "2025-06-01"])
        #expect(run.status == 0)
        #expect(run.out.contains("Would be eligible  yes\n"))
        #expect(run.out.contains("Amount             £2,913.00\n"))
        #expect(run.out.contains("  2023-24     10.1%  £2,684.00\n"))
    }

    @Test func bursary() {
        let run = runTool(["bursary", "--scheme", "england-statutory", "--dob", "2004-11-20", "--start", "2023-08-01", "--end", "2025-07-31"])
        #expect(run.status == 0)
        #expect(run.out.contains("  Due         Year  Instalment     Amount\n"))
        #expect(run.out.contains("\nTotal  £3,000.00\n"))
    }

    @Test func prescription() {
        let run = runTool(["prescription", "--dob", "2003-06-10", "--on", "2025-10-01", "--care-leaver", "--items-per-month", "2"])
        #expect(run.status == 0)
        #expect(run.out.contains("Would be exempt  yes\n"))
        #expect(run.out.contains("Grounds          care-leaver, until 2028-06-09\n"))
        #expect(run.out.contains("Annual cost      £0.00 (exempt)\n"))
        #expect(run.out.contains("Annual saving"))
    }

    @Test func assessHasOneBlockPerEntitlementThatCanApplyAndListsTheOthers() {
        // A care leaver of 19 with an apprenticeship, no arrangement: grant, bursary, prescriptions only.
        let run = runTool(AssessCommand.examples[0].arguments)
        #expect(run.status == 0)
        #expect(run.out.hasPrefix("What this care leaver can get on 1 October 2025\n"))
        // The default scheme (review-2022, a proposal, so "would be"): £1,000 on each apprenticeship
        // anniversary; care leavers' prescriptions free to 25.
        #expect(run.out.contains("\nLeaving-care grant: would be due now\n"))
        #expect(run.out.contains("\nApprenticeship bursary: would next be due on 1 September 2026\n"), "the first fell due on 1 September 2025")
        #expect(run.out.contains("\nPrescriptions: would be free on this date\n"))
        #expect(run.out.contains("\nNot included\n  • Kinship allowance: This person is a care leaver"))
        #expect(run.out.contains("  • Staying Put or Staying Close funding: No Staying Put or Staying Close arrangement was given"))
        #expect(!run.out.contains("Staying Put or Staying Close funding:  "), "no Staying Put block without an arrangement")
    }

    @Test func assessWritesDatesOutAndShowsNoRuleIdsOrJSONNames() {
        let run = runTool(["assess", "--dob", "2005-05-01", "--on", "2025-06-01", "--region", "london", "--care-leaver", "--staying-put",
                           "--scheme", "england-statutory"])
        #expect(run.status == 0)
        #expect(run.out.contains("1 June 2025"))
        #expect(run.out.contains("From 1 April 2025 to 31 March 2026: 365 days at £299.00 a week, £15,590.71."))
        let body = run.out.components(separatedBy: "\nRule book ")[0]
        #expect(body.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) == nil, "no ISO dates: \(body)")
        for id in ["[grant-england-statutory]", "[nma]", "[prescription-charges]", "leavingCare.grant", "stayingPut.funding", "england-statutory",
                   "dateOfBirth", "weeklyRate", "allowEstimated", " london", "careLeaver"] {
            #expect(!body.contains(id), "\(id) in the human output")
        }
        #expect(!body.contains("The carer's council"), "a care leaver has no kinship carer")
    }

    @Test func assessUnderTheLawStatesTheStatusAsFact() {
        let run = runTool(["assess", "--dob", "2005-05-01", "--on", "2025-06-01", "--region", "london", "--care-leaver",
                           "--scheme", "england-statutory"])
        #expect(run.status == 0)
        #expect(run.out.contains("\nLeaving-care grant: due now\n"))
        #expect(!run.out.contains("would be"), "the law is stated as fact")
    }

    @Test func assessExplainAddsTheRuleIdsAndMethods() {
        let run = runTool(["assess", "--dob", "2005-05-01", "--on", "2025-06-01", "--region", "london", "--care-leaver", "--explain"])
        #expect(run.status == 0)
        #expect(run.out.contains("Leaving-care grant [leavingCare.grant]: would be due now"), "the default scheme is a proposal")
        #expect(run.out.contains("[grant-england-statutory]") || run.out.contains("[grant-review-2022]"))
    }

    @Test func assessCallsTheKinshipCarersCouncilTheCarers() {
        let run = runTool(["assess", "--dob", "2014-09-03", "--on", "2025-10-01", "--la", "Kent", "--scheme", "review-2022"])
        #expect(run.status == 0)
        #expect(run.out.hasPrefix("What this child in kinship care can get on 1 October 2025\n"))
        #expect(run.out.contains("The carer's council, Kent"))
        #expect(run.out.contains("From 3 September 2025 to 31 March 2026: 210 days at £266.00 a week, £7,980.00."))
        #expect(!run.out.contains("care leaver's"))
    }

    @Test func assessShowsAnEntitlementThatCouldNotBeComputed() {
        let run = runTool(["assess", "--dob", "2011-06-20", "--on", "2026-10-01", "--region", "london"])
        #expect(run.status == 0)
        #expect(run.out.contains("\nKinship allowance: not worked out\n  This could not be worked out: no enacted"))
        #expect(run.out.contains("--allow-estimated"))
        #expect(!run.out.contains("allowEstimated"))
    }

    @Test func compareShowsBothTotalsAndTheDifference() {
        let run = runTool(["compare", "grant", "--on", "2025-06-01"])
        #expect(run.status == 0)
        #expect(run.out.contains("Amount             £3,000.00    £2,913.00     -£87.00\n"))
        #expect(run.out.contains("── Under england-statutory"))
        #expect(run.out.contains("── Under review-2022"))
    }

    @Test func compareTakesTheSchemesOption() throws {
        let run = runTool(["compare", "grant", "--on", "2025-06-01", "--schemes", "review-2022,england-statutory", "--json"])
        #expect(run.status == 0)
        let result = try JSONParser.parse(String(run.out.dropLast()))
        #expect(result["difference"]?["amount"] == .string("87.00"))
    }

    @Test func compareRefusesScheme() {
        let run = runTool(["compare", "grant", "--on", "2025-06-01", "--scheme", "review-2022"])
        #expect(run.status == 2)
        #expect(run.err == "entitlements compare grant: unknown option --scheme; did you mean --schemes?\n")
    }

    @Test func compareUnknownSubcommand() {
        let run = runTool(["compare", "kinshp"])
        #expect(run.status == 2)
        #expect(run.err == "entitlements compare: cannot compare \"kinshp\"; did you mean kinship?\n")
    }

    @Test func rulesDescribe() {
        let run = runTool(["rules", "describe"])
        #expect(run.status == 0)
        #expect(run.out.contains("review-2022 (default)"))
        #expect(run.out.contains("  nma  Fostering National Minimum Allowance, England"))
        #expect(run.out.contains("    2026-27                   estimated\n"))
    }

    @Test func version() {
        guard case .success(let book) = RuleBook.builtIn else { Issue.record("no built-in rule book"); return }
        let expected = "entitlements \(Engine.version)\nrule book \(book.version), revision \(book.revision)\n"
        #expect(runTool(["--version"]).out == expected)
        #expect(runTool(["version"]).out == expected)
    }

    @Test func noEnactedRateExitsOneWithTheProtocolMessage() {
        let run = runTool(["kinship", "--dob", "2014-09-03", "--region", "london", "--from", "2026-04-01", "--to", "2026-06-30"])
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
        #expect(run.err.hasPrefix("entitlements kinship: no enacted Fostering National Minimum Allowance"))
        #expect(run.err.hasSuffix("; retry with --allow-estimated to use it\n"), "the flag, not the param")
        #expect(run.err.filter { $0 == "\n" }.count == 1)
    }

    @Test func aBadValueFoundByTheEngineIsAUsageErrorNamingTheFlags() {
        // The protocol's -32602 is a usage error (exit 2) on the command line, in flags, not params.
        let run = runTool(["kinship", "--dob", "2014-09-03", "--region", "london", "--from", "2025-06-01", "--to", "2025-05-01"])
        #expect(run.status == 2)
        #expect(run.err == "entitlements kinship: --to (2025-05-01) is before --from (2025-06-01); the period runs from --from to --to, both included\n")
        let region = runTool(["kinship", "--dob", "2014-09-03", "--region", "londn", "--from", "2025-04-01", "--to", "2025-04-30"])
        #expect(region.status == 2)
        #expect(region.err.hasPrefix("entitlements kinship: --region: unknown region \"londn\""))
        #expect(region.err.hasSuffix("or give --la\n"), "\(region.err)")
        let council = runTool(["kinship", "--dob", "2014-09-03", "--la", "Kentt", "--from", "2025-04-01", "--to", "2025-04-30"])
        #expect(council.status == 2)
        #expect(council.err.hasPrefix("entitlements kinship: --la: unknown council \"Kentt\"; did you mean \"Kent\""))
        let nested = runTool(["assess", "--dob", "2005-05-01", "--on", "2025-06-01", "--region", "london", "--care-leaver", "--staying-put",
                              "--staying-put-from", "2025-05-01", "--staying-put-to", "2025-04-01"])
        #expect(nested.status == 2)
        #expect(nested.err == "entitlements assess: --staying-put-to (2025-04-01) is before --staying-put-from (2025-05-01)\n")
        let bursary = runTool(["bursary", "--dob", "2005-05-01", "--start", "2025-06-01", "--end", "2025-05-01"])
        #expect(bursary.status == 2)
        #expect(bursary.err == "entitlements bursary: --end (2025-05-01) is before --start (2025-06-01)\n")
    }

    @Test func anEngineMessageNamingAParamNamesTheFlag() {
        let run = runTool(["staying-put", "--close", "--dob", "2004-01-01", "--la", "Kent", "--from", "2025-04-01", "--to", "2025-04-30"])
        #expect(run.status == 1, "no rate to cost is not computed, not a usage error")
        #expect(run.err.contains("give --weekly-rate (the council's weekly rate"), "\(run.err)")
        #expect(!run.err.contains("weeklyRate"))
    }

    @Test(arguments: [
        (["kinship", "--form", "2025-04-01"], "entitlements kinship: unknown option --form; did you mean --from?\n"),
        (["kinship", "--dob", "2025-02-30", "--region", "london", "--from", "2025-04-01", "--to", "2025-04-30"],
         "entitlements kinship: --dob: \"2025-02-30\" is not a date; write YYYY-MM-DD; see entitlements kinship --help\n"),
        (["kinship", "--dob", "2014-09-03", "--from", "2025-04-01", "--to", "2025-04-30"],
         "entitlements kinship: missing --region REGION or --la COUNCIL; see entitlements kinship --help\n"),
        (["kinship", "--dob", "2014-09-03", "--region", "london", "--from", "2025-04-01", "--to", "2025-04-30", "--anchor", "2025-04-01"],
         "entitlements kinship: --anchor needs --schedule; see entitlements kinship --help\n"),
        (["grant", "--from", "2025-04-01"], "entitlements grant: unknown option --from for grant; it belongs to: kinship, staying-put\n"),
        (["kinshp"], "entitlements: unknown subcommand \"kinshp\"; did you mean kinship?\n"),
        ([], "entitlements: no subcommand given; try entitlements --help\n"),
        (["--dob", "2014-09-03"], "entitlements: --dob comes before any subcommand; write entitlements SUBCOMMAND [options]; see entitlements --help\n"),
        (["rules", "describ"], "entitlements rules: unknown rules subcommand \"describ\"; use rules describe, rules check, rules export (did you mean describe?)\n"),
        (["rules", "check"], "entitlements rules check: missing DIR (the directory holding the rule book's *.json files); see entitlements rules check --help\n"),
        (["assess", "--dob", "2006-03-15", "--on", "2025-10-01", "--care-leaver", "--not-care-leaver"],
         "entitlements assess: --care-leaver and --not-care-leaver cannot be used together; give one of them\n"),
        (["serve", "--max-line-bytes", "ten"],
         "entitlements serve: --max-line-bytes: \"ten\" is not a whole number; write a whole number from 64 to 1073741824; see entitlements serve --help\n"),
    ])
    func usageErrorsAreOneLineWithASuggestion(_ arguments: [String], _ expected: String) {
        let run = runTool(arguments)
        #expect(run.status == 2)
        #expect(run.out.isEmpty)
        #expect(run.err == expected)
    }

    @Test func topLevelHelpListsEverySubcommand() {
        let run = runTool(["--help"])
        #expect(run.status == 0)
        for word in ["kinship", "grant", "bursary", "staying-put", "prescription", "assess", "compare", "rules describe",
                     "rules check DIR", "rules export DIR", "arrears", "statement KIND", "serve", "batch", "version, --version"] {
            #expect(run.out.contains("\n  \(word) "), "\(word)")
        }
        #expect(runTool(["help"]).out == run.out)
        #expect(runTool(["-h"]).out == run.out)
    }

    @Test func helpSubcommandShowsThatCommandsHelp() {
        #expect(runTool(["help", "kinship"]).out == runTool(["kinship", "--help"]).out)
    }

    /// Every declared example runs (those that read stdin or the repository are run against the binary).
    @Test(arguments: Route.allSpecs.filter { !["serve", "batch", "rules check", "rules export", "arrears", "statement"].contains($0.name) }.flatMap(\.examples)
            + CompareCommand.comparable.compactMap { $0.compareExample })
    func examplesWork(_ example: CommandExample) {
        let run = runTool(example.arguments)
        #expect(run.status == 0, "\(example.arguments): \(run.err)")
        #expect(!run.out.isEmpty)
    }
}

extension CommandExample: CustomTestStringConvertible {
    public var testDescription: String { arguments.joined(separator: " ") }
}
