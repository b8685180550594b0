import Entitlements
import EntitlementsProtocol

/// `entitlements statement carer|letter --case CASES`: one self-contained HTML page for a case,
/// a carer's payment statement or a care leaver's entitlement letter.
enum StatementCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "statement", summary: "a carer's annual payment statement or a care leaver's entitlement letter, as one HTML page",
            details: [
                "KIND is carer (a kinship.allowance or stayingPut.funding case: payments with pay dates, rates and why) or letter "
                    + "(a care leaver's assess case, or any one entitlement: what is due and when, and why).",
                "--case is a caseload file as arrears reads it: the CSV caseload batch --csv reads (caseRef, payee and name columns), "
                    + "or one JSON request a line with \"caseRef\", \"payee\" and \"name\" at its top level or in its params "
                    + "(the names go only into the page). With more than one case, --ref chooses the case.",
                "The page has inline CSS only (no scripts, no external resources) and prints on A4 from a browser.",
            ],
            positionals: [PositionalSpec("KIND", help: "carer or letter")],
            options: [
                OptionSpec("case", .path, help: "the case (or a caseload), CSV or JSON lines", valueName: "CASES", required: true),
                OptionSpec("ref", .string, help: "the case reference to take from a caseload of several", valueName: "REF"),
                OptionSpec("year", .string, help: "carer: the financial year of the statement, e.g. 2025-26 (default: the case's from and to)",
                           valueName: "YYYY-YY"),
                Options.rules.spec,
            ],
            examples: [CommandExample("A carer's statement for 2025-26, to open or print in a browser (run from the repository)",
                                      ["statement", "carer", "--case", "docs/examples/cases.jsonl", "--ref", "KC-001", "--year", "2025-26"])])
    }

    static func run(_ arguments: ParsedArguments, in invocation: inout Invocation) throws(CommandFailure) {
        let kind = arguments.positionals[0]
        guard kind == "carer" || kind == "letter" else {
            throw .usage(UsageError(.invalidValue, "KIND: \"\(UsageError.clipped(kind))\" is not a statement", suggestion: "use carer or letter"))
        }
        var year: FinancialYear?
        if let text = arguments.text("year") {
            guard kind == "carer", let parsed = FinancialYear(text), parsed.range != nil else {
                throw .usage(UsageError(.invalidValue, kind == "carer" ? "--year: \"\(UsageError.clipped(text))\" is not a financial year"
                                                                      : "--year is for the carer statement",
                                        suggestion: kind == "carer" ? "write it as 2025-26" : "give the letter's date as the case's \"on\""))
            }
            year = parsed
        }
        let book = try invocation.ruleBook(arguments)
        let path = arguments.text("case") ?? ""
        let bytes = try FileAccess.read(path)
        var record: CaseRecord
        do throws(FinanceInputError) {
            let cases = try Caseload.read(bytes, file: path)
            if let ref = arguments.text("ref") {
                guard let found = cases.first(where: { $0.caseRef == ref }) else {
                    throw FinanceInputError(file: path, line: nil, column: "caseRef", message: "no case \"\(ref)\"; check --ref")
                }
                record = found
            } else {
                guard cases.count == 1, let only = cases.first else {
                    throw FinanceInputError(file: path, line: nil, column: nil,
                                            message: "holds \(cases.count) cases; give one, or choose it with --ref")
                }
                record = only
            }
        } catch {
            throw .notComputed(error.description)
        }
        if kind == "carer" {
            guard [.kinshipAllowance, .stayingPutFunding].contains(record.method) else {
                throw .notComputed("\(path): case \"\(record.caseRef)\" is a \(record.method.rawValue) request; the carer statement is for "
                                   + "kinship.allowance or stayingPut.funding (use statement letter)")
            }
            if let range = year?.range, case .object(let members) = record.params {
                record = record.with(params: .object(members.filter { $0.key != "from" && $0.key != "to" }
                    + [JSONMember("from", .string(range.from.isoText)), JSONMember("to", .string(range.to.isoText))]))
            }
        }
        let result: JSONValue
        do {
            result = try Dispatcher(ruleBook: book).call(record.method, params: JSONField(record.params, path: "/params"))
        } catch {
            throw .notComputed("\(path): case \"\(record.caseRef)\": \(error.message)")
        }
        invocation.console.out += kind == "carer"
            ? CarerStatement.render(record, result, ruleBook: book, year: year)
            : CareLeaverLetter.render(record, result, ruleBook: book)
    }
}
