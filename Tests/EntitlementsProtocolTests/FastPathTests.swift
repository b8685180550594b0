import Entitlements
@testable import EntitlementsProtocol
import Foundation
import TestSupport
import Testing

/// The fast path answers exactly as the general path does, byte for byte, or leaves the line to it.
@Suite struct FastPathTests {
    static let handler: RequestHandler? = {
        guard case .success(let book) = RuleBook.builtIn else { return nil }
        return RequestHandler(dispatcher: Dispatcher(ruleBook: book))
    }()

    /// The fast path's answer (nil if it declines) and the general path's, for one line.
    static func bothPaths(_ line: [UInt8]) throws -> (fast: [UInt8]?, general: [UInt8]?) {
        let handler = try #require(Self.handler)
        return line.withUnsafeBufferPointer { buffer in
            (FastPath.respond(buffer, dispatcher: handler.dispatcher)?.line, handler.generalLine(buffer))
        }
    }

    /// Params values worth trying, valid and not.
    static let variations: [String: [String]] = [
        "dateOfBirth": [#""2014-09-03""#, #""2008-02-29""#, #""2025-02-30""#, #""2010-1-01""#, "20140903", #""2030-01-01""#],
        "from": [#""2025-04-01""#, #""2024-01-15""#, #""2026-03-01""#, #""2021-06-01""#, #""9999-12-31""#],
        "to": [#""2026-03-31""#, #""2025-06-30""#, #""2024-01-01""#, #""2027-05-01""#],
        "region": [#""london""#, #""south-east""#, #""rest-of-england""#, #""London""#, #""""#, "7"],
        "localAuthority": [#""E10000016""#, #""Kent""#, #""hull""#, #""E06000063""#, #""Camdem""#, #""""#],
        "order": [#""special-guardianship""#, #""informal""#, #""kinship-foster-care""#, #""sgo""#],
        "alreadyPaid": [#""100.00""#, "1000.5", "12", #""-5.00""#, "1e3", #""0.001""#, "true"],
        "allowEstimated": ["true", "false", "1", "null"],
        "scheme": [#""england-statutory""#, #""review-2022""#, #""nope""#, #""""#],
        "schedule": [#"{"frequency":"weekly"}"#, #"{"frequency":"monthly","anchor":"2025-01-07"}"#,
                     #"{"frequency":"four-weekly","anchor":"2025-02-30"}"#, #"{"frequency":"daily"}"#, #"{"frequency":"weekly","x":1}"#],
        "arrangement": [#""staying-put""#, #""staying-close""#, #""other""#],
        "weeklyContribution": [#""20.00""#, "400", #""1.234""#],
        "weeklyRate": [#""250.00""#, "199.99", #""-1""#],
        "form": [#""2025-04-01""#],
    ]

    @Test func everyGoldenRequestGetsTheSameBytesFromBothPaths() throws {
        var engaged = 0
        for golden in try GoldenCase.all() {
            let (fast, general) = try Self.bothPaths(golden.requestLine)
            guard let fast else { continue }
            engaged += 1
            #expect(fast == general, "\(golden.name): fast and general paths differ")
        }
        #expect(engaged >= 40, "the fast path answered only \(engaged) golden requests")
    }

    @Test func thousandsOfVariedRequestsGetTheSameBytesFromBothPaths() throws {
        var random = SplitMix64(seed: 2026)
        var engaged = 0, declined = 0
        let methods = ["kinship.allowance", "stayingPut.funding"]
        for index in 0..<3000 {
            var members: [String] = []
            // Mostly valid values (the first of each list), sometimes any of them, sometimes an unknown key.
            for (key, values) in Self.variations.sorted(by: { $0.key < $1.key }) {
                let required = ["dateOfBirth", "from", "to"].contains(key)
                guard required || random.next() % (key == "form" ? 20 : 4) == 0 else { continue }
                let value = random.next() % 10 < 7 ? values[0] : random.pick(values)
                members.append("\"\(key)\":\(value)")
            }
            if random.next() % 4 != 0 { members.append(#""region":"london""#) }
            // Shuffle member order and sometimes add spaces, a duplicate key or an escaped character.
            for position in stride(from: members.count - 1, to: 0, by: -1) {
                members.swapAt(position, Int(random.next() % UInt64(position + 1)))
            }
            let separator = random.next() % 5 == 0 ? " , " : ","
            var params = "{" + members.joined(separator: separator) + "}"
            if random.next() % 25 == 0 { params = params.replacingOccurrences(of: "london", with: "lond\\u006fn") }
            let id = random.next() % 10 < 8 ? random.pick(["\(index)", "\"r-\(index)\"", "-3"]) : random.pick(["1.5", "01", "1e2"])
            let line = #"{"jsonrpc":"2.0","id":\#(id),"method":"\#(random.pick(methods))","params":\#(params)}"#
            let (fast, general) = try Self.bothPaths(Array(line.utf8))
            if let fast {
                engaged += 1
                #expect(fast == general, "paths differ for \(line)")
            } else {
                declined += 1
            }
        }
        print("fast path engaged \(engaged), declined \(declined)")
        #expect(engaged > 300 && declined > 300, "engaged \(engaged), declined \(declined)")
    }

    /// Grant params worth trying, valid and not.
    static let grantVariations: [String: [String]] = [
        "on": [#""2026-06-01""#, #""2024-07-24""#, #""2014-03-31""#, #""2026-02-29""#, #""1990-01-01""#, "20260601"],
        "dateOfBirth": [#""2007-05-05""#, #""2000-02-29""#, #""2030-01-01""#, #""2007-5-05""#],
        "careLeaver": ["true", "false", #""yes""#, "1", "null"],
        "alreadyPaid": [#""500.00""#, "2000", #""-1.00""#, #""0.001""#, "true"],
        "allowEstimated": ["true", "false", "0"],
        "scheme": [#""england-statutory""#, #""review-2022""#, #""nope""#],
        "onn": [#""2026-06-01""#],
    ]

    @Test func thousandsOfVariedGrantRequestsGetTheSameBytesFromBothPaths() throws {
        let (engaged, declined) = try Self.differential(
            method: "leavingCare.grant", variations: Self.grantVariations, required: ["on"], rare: "onn", rareOdds: 20,
            seed: 2027, duplicateOdds: 30)
        #expect(engaged > 300 && declined > 300, "engaged \(engaged), declined \(declined)")
    }

    /// Bursary params worth trying, valid and not.
    static let bursaryVariations: [String: [String]] = [
        "dateOfBirth": [#""2007-09-07""#, #""2000-02-29""#, #""2030-01-01""#, "2007"],
        "start": [#""2025-11-05""#, #""2024-04-01""#, #""2027-04-01""#, #""2025-13-01""#],
        "end": [#""2027-03-31""#, #""2025-11-04""#, #""2026-06-30""#, "null"],
        "careLeaver": ["true", "false", #""no""#],
        "allowEstimated": ["false", "true", #""true""#],
        "scheme": [#""review-2022""#, #""england-statutory""#, #""nope""#],
        "begin": [#""2025-11-05""#],
    ]

    @Test func thousandsOfVariedBursaryRequestsGetTheSameBytesFromBothPaths() throws {
        let (engaged, declined) = try Self.differential(
            method: "apprenticeship.bursary", variations: Self.bursaryVariations, required: ["dateOfBirth", "start", "end"],
            rare: "begin", rareOdds: 20, seed: 2028)
        #expect(engaged > 300 && declined > 300, "engaged \(engaged), declined \(declined)")
    }

    /// Prescription params worth trying, valid and not.
    static let prescriptionVariations: [String: [String]] = [
        "dateOfBirth": [#""2006-06-18""#, #""1960-01-01""#, #""2012-02-29""#, #""2030-01-01""#],
        "on": [#""2025-09-01""#, #""2026-06-01""#, #""2019-01-01""#, #""2025-09-31""#],
        "careLeaver": ["true", "false", "1"],
        "fullTimeEducation": ["true", "false", #""true""#],
        "maternityExemption": ["true", "false"],
        "medicalExemption": ["true", "false"],
        "warPensionExemption": ["true", "false"],
        "nhsInpatient": ["true", "false"],
        "itemsPerMonth": ["2", "0", "1000", "1001", "-0", "-1", "2.5", "02", #""3""#],
        "benefits": [#"["universal-credit"]"#, "[]"],
        "allowEstimated": ["false", "true"],
        "scheme": [#""review-2022""#, #""england-statutory""#, #""""#],
    ]

    @Test func thousandsOfVariedPrescriptionRequestsGetTheSameBytesFromBothPaths() throws {
        let (engaged, declined) = try Self.differential(
            method: "prescription.exemption", variations: Self.prescriptionVariations, required: ["dateOfBirth", "on"],
            rare: "benefits", rareOdds: 15, seed: 2029)
        #expect(engaged > 300 && declined > 300, "engaged \(engaged), declined \(declined)")
    }

    /// Sends `count` `method` requests through both paths and expects the same bytes whenever the
    /// fast path answers: the `required` keys always, the others one time in three (`rare` one time
    /// in `rareOdds`), each value its list's first six times in ten, members shuffled, and one time in
    /// `duplicateOdds` a key given twice; `wrap`, when given, makes the params object from those
    /// members' object. Returns how many the fast path answered and declined.
    static func differential(method: String, variations: [String: [String]], required: Set<String>, rare: String,
                             rareOdds: UInt64, seed: UInt64, duplicateOdds: UInt64? = nil, count: Int = 2000,
                             wrap: ((String, inout SplitMix64) -> String)? = nil) throws -> (engaged: Int, declined: Int) {
        var random = SplitMix64(seed: seed)
        var engaged = 0, declined = 0
        for index in 0..<count {
            var members: [String] = []
            for (key, values) in variations.sorted(by: { $0.key < $1.key }) {
                guard required.contains(key) || random.next() % (key == rare ? rareOdds : 3) == 0 else { continue }
                members.append("\"\(key)\":\(random.next() % 10 < 6 ? values[0] : random.pick(values))")
            }
            for position in stride(from: members.count - 1, to: 0, by: -1) {
                members.swapAt(position, Int(random.next() % UInt64(position + 1)))
            }
            if let duplicateOdds, random.next() % duplicateOdds == 0, let first = members.first { members.append(first) }
            var params = "{\(members.joined(separator: ","))}"
            if let wrap { params = wrap(params, &random) }
            let line = #"{"jsonrpc":"2.0","id":\#(index),"method":"\#(method)","params":\#(params)}"#
            let (fast, general) = try bothPaths(Array(line.utf8))
            if let fast {
                engaged += 1
                #expect(fast == general, "paths differ for \(line)")
            } else {
                declined += 1
            }
        }
        return (engaged, declined)
    }

    /// Assess params worth trying, valid and not.
    static let assessVariations: [String: [String]] = [
        "dateOfBirth": [#""2008-01-14""#, #""2014-09-03""#, #""2003-02-14""#, #""1960-01-01""#, #""2030-01-01""#, #""2008-02-30""#],
        "on": [#""2025-12-08""#, #""2024-11-05""#, #""2026-06-01""#, #""2019-01-01""#, #""0001-01-01""#, "20251208"],
        "region": [#""rest-of-england""#, #""london""#, #""south-east""#, #""narnia""#],
        "localAuthority": [#""Kent""#, #""E09000007""#, #""Camdem""#, #""""#],
        "careLeaver": ["true", "false", "1"],
        "order": [#""special-guardianship""#, #""kinship-foster-care""#, #""sgo""#],
        "arrangement": [#""staying-put""#, #""staying-close""#, #""other""#],
        "apprenticeship": [#"{"start":"2025-11-05","end":"2027-03-31"}"#, #"{"start":"2025-11-05"}"#,
                           #"{"start":"2026-01-01","end":"2025-01-01"}"#, #"{"start":"2025-11-05","end":"2027-03-31","x":1}"#, "[]"],
        "weeklyContribution": [#""20.00""#, "400", #""1.234""#],
        "weeklyRate": [#""250.00""#, "199.99", #""-1""#],
        "fullTimeEducation": ["true", "false"],
        "medicalExemption": ["true", "false", "null"],
        "itemsPerMonth": ["2", "1001", "2.5"],
        "allowEstimated": ["false", "true", "0"],
        "scheme": [#""review-2022""#, #""england-statutory""#, #""nope""#],
        "benefits": [#"["universal-credit"]"#],
    ]

    @Test func thousandsOfVariedAssessRequestsGetTheSameBytesFromBothPaths() throws {
        let (engaged, declined) = try Self.differential(
            method: "assess", variations: Self.assessVariations, required: ["dateOfBirth", "on"], rare: "benefits",
            rareOdds: 15, seed: 2030, duplicateOdds: 40)
        print("assess: fast path engaged \(engaged), declined \(declined)")
        #expect(engaged > 300 && declined > 300, "engaged \(engaged), declined \(declined)")
    }

    @Test func thousandsOfVariedCompareRequestsGetTheSameBytesFromBothPaths() throws {
        let compared: [(method: String, variations: [String: [String]], required: Set<String>, rare: String)] = [
            ("kinship.allowance", Self.variations.filter { !["arrangement", "weeklyContribution", "weeklyRate"].contains($0.key) },
             ["dateOfBirth", "from", "to", "region"], "form"),
            ("stayingPut.funding", Self.variations.filter { $0.key != "order" }
                .merging(["dateOfBirth": [#""2006-05-01""#, #""2004-08-20""#, #""2014-09-03""#]]) { $1 },
             ["dateOfBirth", "from", "to", "region"], "form"),
            ("leavingCare.grant", Self.grantVariations, ["on"], "onn"),
            ("apprenticeship.bursary", Self.bursaryVariations, ["dateOfBirth", "start", "end"], "begin"),
            ("prescription.exemption", Self.prescriptionVariations, ["dateOfBirth", "on"], "benefits"),
        ]
        for (offset, entry) in compared.enumerated() {
            let counts = try Self.differential(
                method: "compare", variations: entry.variations, required: entry.required, rare: entry.rare, rareOdds: 15,
                seed: 2031 + UInt64(offset), count: 800) { inner, random in
                    // Mostly the plain form; sometimes schemes named, a method that cannot be compared, or the keys reversed.
                    var members = [#""method":"\#(entry.method)""#, #""params":\#(inner)"#]
                    switch random.next() % 12 {
                    case 0: members.append(#""schemes":["review-2022","england-statutory"]"#)
                    case 1: members[0] = random.pick([#""method":"assess""#, #""method":"compare""#, #""method":"kinship""#, #""method":7"#])
                    case 2: members.reverse()
                    case 3: members[1] = #""params":[]"#
                    default: break
                    }
                    return "{\(members.joined(separator: ","))}"
                }
            #expect(counts.engaged > 50 && counts.declined > 50, "\(entry.method): engaged \(counts.engaged), declined \(counts.declined)")
            print("compare \(entry.method): fast path engaged \(counts.engaged), declined \(counts.declined)")
        }
    }

    @Test func anyErrorIsLeftToTheGeneralPath() throws {
        let lines = [
            #"{"jsonrpc":"2.0","id":1,"method":"kinship.allowance","params":{"dateOfBirth":"2014-09-03","from":"2026-04-01","to":"2026-06-30","region":"london"}}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"kinship.allowance","params":{"dateOfBirth":"2014-09-03","from":"2025-04-01","to":"2025-03-31","region":"london"}}"#,
            #"{"jsonrpc":"2.0","id":3,"method":"stayingPut.funding","params":{"dateOfBirth":"2005-01-01","from":"2025-04-01","to":"2026-03-31","region":"london","arrangement":"staying-close"}}"#,
        ]
        for line in lines {
            let (fast, general) = try Self.bothPaths(Array(line.utf8))
            #expect(fast == nil)
            #expect(general.map { String(decoding: $0, as: UTF8.self).contains("\"error\"") } == true)
        }
    }
}
