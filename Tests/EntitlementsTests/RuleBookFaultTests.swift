import Foundation
import Testing
@testable import Entitlements

/// A rule book that is wrong fails at load, naming the file, the JSON pointer and what is wrong.
///
/// Each faulty rule book is the real `rules/` with one surgical change made in memory. The expected
/// messages are copied from the loader's code on purpose: a change of wording fails here.
@Suite struct RuleBookFaultTests {
    /// The real files with one change.
    func realFiles(_ change: (inout RuleFiles) throws -> Void) throws -> RuleFiles {
        var files = try RuleFiles.real()
        try change(&files)
        return files
    }

    /// The error the real rule book gives after one change to one file's JSON.
    func failure(editing name: String, _ change: (inout JSONValue) throws -> Void) throws -> RuleBookError? {
        try realFiles { try $0.edit(name, change) }.loadFailure()
    }

    @Test func theRealRuleBookLoadsSoEachFaultBelowIsItsOneChange() throws {
        #expect(try RuleFiles.real().loadFailure() == nil)
        // Writing a file back after parsing (as every edit below does) changes nothing but its bytes.
        let rewritten = try realFiles { files in
            for name in files.files.map(\.name) { try files.edit(name) { _ in } }
        }
        #expect(rewritten.loadFailure() == nil)
    }

    // MARK: The comparison pair and the registry's slots

    @Test func theComparisonPairNamesTwoSchemesThatExist() throws {
        let unknown = try failure(editing: "schemes.json") { try $0.replace("/compare/1", with: .string("review-2023")) }
        #expect(unknown?.file == "schemes.json")
        #expect(unknown?.path == "/compare/1")
        #expect(unknown?.message.contains("review-2022") == true)
        let same = try failure(editing: "schemes.json") { try $0.replace("/compare/1", with: .string("england-statutory")) }
        #expect(same == RuleBookError(file: "schemes.json", path: "/compare", message: "name two different schemes, first and second"))
        let missing = try failure(editing: "schemes.json") { try $0.remove("/compare") }
        #expect(missing?.path == "/compare")
    }

    @Test func aSchemeCannotFillOneEntitlementsSlotWithAnotherEntitlementsPolicy() throws {
        // grant-england-statutory exists, but as a leaving-care grant policy, not a kinship one.
        let error = try failure(editing: "schemes.json") { try $0.replace("/schemes/0/kinship", with: .string("grant-england-statutory")) }
        #expect(error?.file == "schemes.json")
        #expect(error?.path == "/schemes/0/kinship")
        #expect(error?.message.hasPrefix("scheme \"review-2022\" names kinship policy \"grant-england-statutory\", which does not exist") == true)
    }

    // MARK: Shape of a file

    @Test func anUnknownKeyIsNamedWithTheKeysAccepted() throws {
        let error = try failure(editing: "nma.json") { try $0.rename("/rows/0/effective", to: "efective") }
        #expect(error == RuleBookError(
            file: "nma.json", path: "/rows/0/efective",
            message: "unknown field \"efective\"; did you mean \"effective\"? accepted: effective, until, status, source, note, rates, region"))
    }

    @Test func aDuplicateJSONKeyIsRefused() throws {
        let files = try realFiles { try $0.replaceText(in: "rulebook.json", "{", with: "{\"version\": \"0\", ") }
        #expect(files.loadFailure() == RuleBookError(
            file: "rulebook.json", path: "",
            message: "not valid JSON: duplicate key \"version\" in the top-level object"))
    }

    @Test func aDuplicateKeyInsideARowNamesTheRow() throws {
        let files = try realFiles {
            try $0.replaceText(in: "council-kent-fostering.json", "\"under-2\": \"203.54\",",
                               with: "\"under-2\": \"203.54\", \"under-2\": \"1.00\",")
        }
        #expect(files.loadFailure() == RuleBookError(
            file: "council-kent-fostering.json", path: "",
            message: "not valid JSON: duplicate key \"under-2\" in the object at /rows/0/rates"))
    }

    @Test func aHalfWrittenFileIsNamedAsNotValidJSON() throws {
        let files = try realFiles { files in
            let bytes = try files.bytes("nma.json")
            files.set("nma.json", bytes: Array(bytes.prefix(bytes.count / 2)))
        }
        let error = try #require(files.loadFailure())
        #expect(error.file == "nma.json")
        #expect(error.path == "")
        #expect(error.message.hasPrefix("not valid JSON: "), "\(error)")
        #expect(error.message.contains("end of input"), "\(error)")
    }

    @Test func anUnknownKindIsRefusedWithTheKindsAccepted() throws {
        let error = try failure(editing: "rulebook.json") { try $0.replace("/kind", with: .string("rule-book")) }
        #expect(error == RuleBookError(
            file: "rulebook.json", path: "/kind",
            message: "\"rule-book\" is not accepted; did you mean \"rulebook\"? use one of: rulebook, weekly-rates, amounts, index-series, councils, schemes, kinship-policies, grant-policies, bursary-policies, staying-put-policies, prescription-policies"))
    }

    @Test func aFileWithoutAKindIsRefused() throws {
        let error = try failure(editing: "rulebook.json") { try $0.remove("/kind") }
        #expect(error == RuleBookError(
            file: "rulebook.json", path: "/kind",
            message: "\"kind\" is required; one of: rulebook, weekly-rates, amounts, index-series, councils, schemes, kinship-policies, grant-policies, bursary-policies, staying-put-policies, prescription-policies"))
    }

    @Test func aSecondRulebookFileIsRefused() throws {
        let files = try realFiles { $0.set("rulebook2.json", bytes: try $0.bytes("rulebook.json")) }
        #expect(files.loadFailure() == RuleBookError(
            file: "rulebook2.json", path: "/kind", message: "only one \"rulebook\" file is allowed"))
    }

    @Test func anIdUsedTwiceAcrossFilesIsRefused() throws {
        // council-kent-fostering.json sorts before nma.json, so nma.json is the second to claim "nma".
        let error = try failure(editing: "council-kent-fostering.json") { try $0.replace("/id", with: .string("nma")) }
        #expect(error == RuleBookError(
            file: "nma.json", path: "/id", message: "id \"nma\" is already used in council-kent-fostering.json"))
    }

    // MARK: Dated rows

    @Test func aDuplicateEffectiveDateIsRefused() throws {
        // Row 3 is London 2017-18, the next London row after row 0 (London 2016-17).
        let error = try failure(editing: "nma.json") { try $0.replace("/rows/3/effective", with: .string("2016-04-01")) }
        #expect(error == RuleBookError(
            file: "nma.json", path: "/rows/3/effective",
            message: "duplicate effective date 2016-04-01 (also at /rows/0)"))
    }

    @Test func rowsOutOfDateOrderAreRefused() throws {
        let error = try failure(editing: "nma.json") { try $0.replace("/rows/3/effective", with: .string("2015-04-01")) }
        #expect(error == RuleBookError(
            file: "nma.json", path: "/rows/3/effective",
            message: "rows out of order: 2015-04-01 comes after 2016-04-01 at /rows/0; list rows in ascending date order"))
    }

    @Test func overlappingRowsAreRefused() throws {
        let error = try failure(editing: "nma.json") { try $0.replace("/rows/0/until", with: .string("2017-04-01")) }
        #expect(error == RuleBookError(
            file: "nma.json", path: "/rows/3/effective",
            message: "overlaps the row at /rows/0, which runs until 2017-04-01"))
    }

    @Test func aRowEndingBeforeItStartsIsRefused() throws {
        let error = try failure(editing: "nma.json") { try $0.replace("/rows/0/until", with: .string("2016-03-31")) }
        #expect(error == RuleBookError(
            file: "nma.json", path: "/rows/0/until", message: "until 2016-03-31 is before effective 2016-04-01"))
    }

    @Test func aDateThatDoesNotExistIsRefused() throws {
        let error = try failure(editing: "nma.json") { try $0.replace("/rows/0/effective", with: .string("2016-02-30")) }
        #expect(error == RuleBookError(
            file: "nma.json", path: "/rows/0/effective",
            message: "\"2016-02-30\" is not a date: no such date (years 0001 to 9999); write a date as YYYY-MM-DD, e.g. 2025-04-01"))
    }

    @Test func anEstimatedValueWithoutANoteIsRefused() throws {
        let error = try failure(editing: "nma.json") { try $0.remove("/rows/0/note") }
        #expect(error == RuleBookError(
            file: "nma.json", path: "/rows/0/note",
            message: "an estimated value needs a note saying how it was made or searched for"))
    }

    @Test func aNotFoundRowThatHoldsRatesIsRefused() throws {
        // Row 16 is the not-found South East 2021-22 row; give it row 15's (London 2021-22) rates.
        let error = try failure(editing: "nma.json") { nma in
            let rates = try #require(nma.value(at: "/rows/15/rates"))
            try nma.add(rates, key: "rates", to: "/rows/16")
        }
        #expect(error == RuleBookError(
            file: "nma.json", path: "/rows/16/rates", message: "a not-found row holds no values; remove \"rates\""))
    }

    // MARK: Age bands, regions, rates

    @Test func aGapBetweenAgeBandsIsRefused() throws {
        let error = try failure(editing: "nma.json") { try $0.replace("/bands/1/fromAge", with: .number("4")) }
        #expect(error == RuleBookError(
            file: "nma.json", path: "/bands/1/fromAge",
            message: "gap between bands: \"0-2\" ends at 2 but \"3-4\" starts at 4"))
    }

    @Test func overlappingAgeBandsAreRefused() throws {
        let error = try failure(editing: "nma.json") { try $0.replace("/bands/2/fromAge", with: .number("4")) }
        #expect(error == RuleBookError(
            file: "nma.json", path: "/bands/2/fromAge",
            message: "bands overlap: \"3-4\" ends at 4 but \"5-10\" starts at 4"))
    }

    @Test func aFosteringTableMustStartAtAgeZero() throws {
        let error = try failure(editing: "council-kent-fostering.json") { try $0.replace("/bands/0/fromAge", with: .number("1")) }
        #expect(error == RuleBookError(
            file: "council-kent-fostering.json", path: "/bands/0/fromAge",
            message: "a fostering table's first band starts at age 0, not 1"))
    }

    @Test func onlyTheLastBandMayBeOpenEnded() throws {
        let error = try failure(editing: "council-kent-fostering.json") { try $0.replace("/bands/3/toAge", with: .null) }
        #expect(error == RuleBookError(
            file: "council-kent-fostering.json", path: "/bands/4/fromAge",
            message: "band \"16+\" follows the open-ended band \"11-15\"; only the last band may have no toAge"))
    }

    @Test func aRegionWithoutRowsIsRefused() throws {
        let error = try failure(editing: "nma.json") { try $0.add(.string("wales"), to: "/regions") }
        #expect(error == RuleBookError(
            file: "nma.json", path: "/rows",
            message: "region \"wales\" has no rows; every region in \"regions\" needs its rates"))
    }

    @Test func aRowForARegionNotInTheTableIsRefused() throws {
        let error = try failure(editing: "nma.json") { try $0.replace("/rows/0/region", with: .string("wales")) }
        #expect(error == RuleBookError(
            file: "nma.json", path: "/rows/0/region",
            message: "\"wales\" is not accepted; use one of: london, south-east, rest-of-england"))
    }

    @Test func aBandMissingFromARowsRatesIsRefused() throws {
        let error = try failure(editing: "nma.json") { try $0.remove("/rows/0/rates/16-17") }
        #expect(error == RuleBookError(file: "nma.json", path: "/rows/0/rates/16-17", message: "\"16-17\" is required"))
    }

    @Test func moneyThatIsNotAStringWithExactlyTwoDecimalsIsRefused() throws {
        // Row 24 is London 2024-25, whose 0-2 rate is "191.00".
        let number = try failure(editing: "nma.json") { try $0.replace("/rows/24/rates/0-2", with: .number("191")) }
        #expect(number == RuleBookError(
            file: "nma.json", path: "/rows/24/rates/0-2",
            message: "money must be a string with exactly two decimals such as \"191.00\", got number"))
        let oneDecimal = try failure(editing: "nma.json") { try $0.replace("/rows/24/rates/0-2", with: .string("191.5")) }
        #expect(oneDecimal == RuleBookError(
            file: "nma.json", path: "/rows/24/rates/0-2",
            message: "\"191.5\" is not exact money: write a string with exactly two decimals such as \"191.00\""))
        for text in ["191", "-191.00", "1.91e2", "191.000", " 191.00"] {
            let error = try failure(editing: "nma.json") { try $0.replace("/rows/24/rates/0-2", with: .string(text)) }
            #expect(error?.path == "/rows/24/rates/0-2", "\(text)")
            #expect(error?.message == "\"\(text)\" is not exact money: write a string with exactly two decimals such as \"191.00\"")
        }
    }

    // MARK: References between files

    @Test func aSchemeNamingAPolicyThatDoesNotExistIsRefused() throws {
        let error = try failure(editing: "schemes.json") { try $0.replace("/schemes/0/kinship", with: .string("kinship-review-2030")) }
        #expect(error == RuleBookError(
            file: "schemes.json", path: "/schemes/0/kinship",
            message: "scheme \"review-2022\" names kinship policy \"kinship-review-2030\", which does not exist (known: kinship-england-statutory, kinship-pilot-2026, kinship-review-2022)"))
    }

    @Test func aSchemeNamingAPolicyForTheWrongArrangementIsRefused() throws {
        let error = try failure(editing: "schemes.json") { try $0.replace("/schemes/0/stayingPut", with: .string("staying-close-review-2022")) }
        #expect(error == RuleBookError(
            file: "schemes.json", path: "/schemes/0/stayingPut",
            message: "policy \"staying-close-review-2022\" is for staying-close, not staying-put"))
    }

    @Test func aKinshipPolicyNamingAMissingRateTableIsRefused() throws {
        let error = try failure(editing: "kinship.json") { try $0.replace("/policies/0/rateTable", with: .string("nma-2030")) }
        #expect(error == RuleBookError(
            file: "kinship.json", path: "/policies/0/rateTable", message: "no national fostering table \"nma-2030\""))
    }

    @Test func aKinshipPolicyNamingACouncilTableIsRefused() throws {
        let error = try failure(editing: "kinship.json") { try $0.replace("/policies/1/rateTable", with: .string("kent-fostering")) }
        #expect(error == RuleBookError(
            file: "kinship.json", path: "/policies/1/rateTable", message: "no national fostering table \"kent-fostering\""))
    }

    @Test func aStayingPutFallbackNamingAMissingBandIsRefused() throws {
        let error = try failure(editing: "staying-put.json") { try $0.replace("/policies/0/fallbackBand", with: .string("18-20")) }
        #expect(error == RuleBookError(
            file: "staying-put.json", path: "/policies/0/fallbackBand", message: "table \"nma\" has no band \"18-20\""))
    }

    @Test func aCouncilTableNamingAnUnknownCouncilCodeIsRefused() throws {
        let error = try failure(editing: "council-kent-fostering.json") { try $0.replace("/localAuthority", with: .string("E10099999")) }
        #expect(error == RuleBookError(
            file: "council-kent-fostering.json", path: "/localAuthority",
            message: "E10099999 is not a council in councils.json"))
    }

    // MARK: Councils and index series

    @Test func anAmbiguousCouncilAliasIsRefused() throws {
        // Council 9 is Kingston upon Hull (E06000010), listed before Barnet (E09000003).
        let error = try failure(editing: "councils.json") { try $0.add(.string("Barnet"), to: "/councils/9/aliases") }
        #expect(error == RuleBookError(
            file: "councils.json", path: "/councils",
            message: "the name \"barnet\" would find both E06000010 and E09000003; remove the ambiguous alias"))
    }

    @Test func anAliasMatchingAnotherCouncilOnlyAfterNormalisingIsStillAmbiguous() throws {
        let error = try failure(editing: "councils.json") { try $0.add(.string("ST. HELENS"), to: "/councils/9/aliases") }
        #expect(error?.path == "/councils")
        #expect(error?.message.hasPrefix("the name \"st helens\" would find both E06000010 and ") == true, "\(String(describing: error))")
    }

    @Test func aCPIPeriodNotWrittenYYYYDashMMIsRefused() throws {
        for period in ["2014-9", "2014-13", "-2014-09", "2014--09", "+014-09", "2014-+9", "0000-09"] {
            let error = try failure(editing: "cpi-september.json") { try $0.replace("/rows/0/period", with: .string(period)) }
            #expect(error == RuleBookError(
                file: "cpi-september.json", path: "/rows/0/period", message: "\"\(period)\" is not a month written YYYY-MM"))
        }
    }

    @Test func cpiPeriodsOutOfOrderAreRefused() throws {
        let error = try failure(editing: "cpi-september.json") { try $0.replace("/rows/1/period", with: .string("2014-09")) }
        #expect(error == RuleBookError(
            file: "cpi-september.json", path: "/rows/1/period", message: "duplicate period 2014-09 after 2014-09"))
    }

    // MARK: Loading a directory

    /// A new empty directory under the system's temporary directory, removed after `body`.
    func withTemporaryDirectory(_ body: (String) throws -> Void) throws {
        let path = NSTemporaryDirectory() + "entitlements-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(path)
    }

    @Test func anEmptyDirectoryHasNoRuleFiles() throws {
        try withTemporaryDirectory { path in
            #expect(throws: RuleBookError(file: "(rule book)", path: "", message: "no *.json rule files found")) {
                try RuleBook.load(directory: path)
            }
        }
    }

    @Test func aMissingDirectoryIsNamed() throws {
        let path = NSTemporaryDirectory() + "entitlements-tests-no-such-directory-" + UUID().uuidString
        #expect(throws: RuleBookError(file: path, path: "", message: "no such directory")) {
            try RuleBook.load(directory: path)
        }
    }

    @Test func aFileInsteadOfADirectoryIsRefused() throws {
        let path = RuleFiles.directory + "/nma.json"
        #expect(throws: RuleBookError(file: path, path: "", message: "not a directory; give the directory that holds the rule files")) {
            try RuleBook.load(directory: path)
        }
    }

    @Test func aCopiedDirectoryLoadsWithTheSameRevisionAndSubdirectoriesAreIgnored() throws {
        try withTemporaryDirectory { path in
            for file in try RuleFiles.real().files {
                #expect(FileManager.default.createFile(atPath: path + "/" + file.name, contents: Data(file.bytes)))
            }
            try FileManager.default.createDirectory(atPath: path + "/old.json", withIntermediateDirectories: false)
            try FileManager.default.createDirectory(atPath: path + "/schema", withIntermediateDirectories: false)
            #expect(FileManager.default.createFile(atPath: path + "/schema/nma.json", contents: Data("not json".utf8)))
            #expect(FileManager.default.createFile(atPath: path + "/README.md", contents: Data("# notes".utf8)))
            let copy = try RuleBook.load(directory: path + "/")
            #expect(copy.revision == (try RealRuleBook.get()).revision)
        }
    }
}
