import Entitlements
import Testing

/// Valid requests of every method, to break one field at a time, and small helpers to write lines.
enum Requests {
    /// A valid params object for each method (each computes a result with the built-in rule book).
    static let validParams: [(method: String, params: JSONValue)] = [
        ("kinship.allowance", .object([
            "dateOfBirth": .string("2014-09-03"), "from": .string("2025-04-01"), "to": .string("2025-06-30"),
            "region": .string("london"), "order": .string("special-guardianship"),
            "schedule": .object(["frequency": .string("monthly"), "anchor": .string("2025-04-01")]),
            "alreadyPaid": .string("100.00"), "scheme": .string("review-2022"), "allowEstimated": .bool(false),
        ])),
        ("kinship.allowance", .object([
            "dateOfBirth": .string("2014-09-03"), "from": .string("2025-04-01"), "to": .string("2025-06-30"),
            "localAuthority": .string("E09000007"),
        ])),
        ("kinship.allowance", .object([
            "dateOfBirth": .string("2014-09-03"), "from": .string("2025-04-01"), "to": .string("2025-06-30"),
            "localAuthority": .string("Bexley"), "scheme": .string("kinship-pilot-2026"), "otherwiseInCare": .bool(true),
            "receivesSpecialGuardianshipAllowance": .bool(false), "pilotStartedOn": .string("2025-04-01"),
        ])),
        ("leavingCare.grant", .object([
            "on": .string("2025-06-01"), "dateOfBirth": .string("2006-05-01"), "careLeaver": .bool(true),
            "alreadyPaid": .string("10.00"), "scheme": .string("review-2022"), "allowEstimated": .bool(false),
        ])),
        ("apprenticeship.bursary", .object([
            "dateOfBirth": .string("2005-01-15"), "start": .string("2023-09-01"), "end": .string("2025-08-31"),
            "careLeaver": .bool(true), "scheme": .string("england-statutory"), "allowEstimated": .bool(false),
        ])),
        ("stayingPut.funding", .object([
            "dateOfBirth": .string("2006-05-01"), "from": .string("2025-04-01"), "to": .string("2025-06-30"),
            "region": .string("rest-of-england"), "arrangement": .string("staying-put"), "scheme": .string("review-2022"),
            "allowEstimated": .bool(false),
            "weeklyContribution": .string("20.00"), "weeklyRate": .string("250.00"),
            "schedule": .object(["frequency": .string("weekly")]), "alreadyPaid": .number("5"),
        ])),
        ("stayingPut.funding", .object([
            "dateOfBirth": .string("2006-05-01"), "from": .string("2025-04-01"), "to": .string("2025-04-30"),
            "localAuthority": .string("Kent"), "arrangement": .string("staying-close"), "weeklyRate": .number("300"),
        ])),
        ("prescription.exemption", .object([
            "dateOfBirth": .string("2004-03-01"), "on": .string("2025-06-01"), "careLeaver": .bool(true),
            "fullTimeEducation": .bool(false), "maternityExemption": .bool(false), "medicalExemption": .bool(false),
            "warPensionExemption": .bool(false), "nhsInpatient": .bool(false), "benefits": .array([.string("hc2")]),
            "dependantOfBenefits": .array([.string("income-support")]), "itemsPerMonth": .number("2"), "scheme": .string("review-2022"), "allowEstimated": .bool(false),
            "hrtItems": .bool(true),
        ])),
        ("assess", .object([
            "dateOfBirth": .string("2006-05-01"), "on": .string("2025-06-01"), "region": .string("london"),
            "careLeaver": .bool(true), "arrangement": .string("staying-put"), "order": .string("kinship-foster-care"),
            "apprenticeship": .object(["start": .string("2024-09-01"), "end": .string("2026-08-31")]),
            "weeklyContribution": .string("0.00"), "weeklyRate": .string("300.00"), "scheme": .string("review-2022"),
            "allowEstimated": .bool(false), "fullTimeEducation": .bool(false), "maternityExemption": .bool(false),
            "medicalExemption": .bool(false), "warPensionExemption": .bool(false), "nhsInpatient": .bool(false),
            "benefits": .array([.string("hc2")]), "dependantOfBenefits": .array([.string("income-support")]),
            "itemsPerMonth": .number("1"), "hrtItems": .bool(false),
        ])),
        ("assess", .object([
            "dateOfBirth": .string("2006-05-01"), "on": .string("2025-06-01"), "localAuthority": .string("Kent"),
            "otherwiseInCare": .bool(true), "receivesSpecialGuardianshipAllowance": .bool(false),
            "pilotStartedOn": .string("2026-04-01"),
        ])),
        ("assess", .object([
            "dateOfBirth": .string("2006-05-01"), "on": .string("2025-06-01"), "region": .string("london"), "careLeaver": .bool(true),
            "stayingPut": .object(["arrangement": .string("staying-close"), "from": .string("2025-06-01"), "to": .string("2025-06-30"),
                                   "weeklyContribution": .string("10.00"), "weeklyRate": .string("250.00")]),
        ])),
        ("compare", .object([
            "method": .string("leavingCare.grant"), "params": .object(["on": .string("2025-06-01")]),
            "schemes": .array([.string("england-statutory"), .string("review-2022")]),
        ])),
        ("rules.describe", .object([])),
    ]

    /// A request line.
    static func line(id: JSONValue, method: String, params: JSONValue?) -> [UInt8] {
        var members = [JSONMember("jsonrpc", .string("2.0")), JSONMember("id", id), JSONMember("method", .string(method))]
        if let params { members.append(JSONMember("params", params)) }
        var bytes: [UInt8] = []
        JSONWriter.write(.object(members), into: &bytes)
        return bytes
    }

    /// A cheap request that always succeeds, to show the stream goes on after a hostile line.
    static func sentinel(_ id: String) -> [UInt8] {
        Array(#"{"jsonrpc":"2.0","id":"\#(id)","method":"leavingCare.grant","params":{"on":"2025-06-01"}}"#.utf8)
    }

    /// `value` with the member at `path` (keys) set to `new`, or removed when `new` is nil.
    static func setting(_ value: JSONValue, _ path: ArraySlice<String>, _ new: JSONValue?) -> JSONValue {
        guard let key = path.first, case .object(var members) = value else { return new ?? value }
        if let index = members.firstIndex(where: { $0.key == key }) {
            if path.count == 1 {
                if let new { members[index].value = new } else { members.remove(at: index) }
            } else {
                members[index].value = setting(members[index].value, path.dropFirst(), new)
            }
        } else if path.count == 1, let new {
            members.append(JSONMember(key, new))
        }
        return .object(members)
    }

    /// The response lines of a run, parsed.
    static func responses(_ run: ChildRun) -> [JSONValue] {
        run.lines.compactMap { try? JSONParser.parse(Array($0), maxDepth: 512) }
    }

    /// An error response's code.
    static func code(_ response: JSONValue) -> Int? {
        guard case .number(let text)? = response["error"]?["code"] else { return nil }
        return Int(text)
    }

    /// An error response's data.path.
    static func path(_ response: JSONValue) -> String? {
        guard case .string(let text)? = response["error"]?["data"]?["path"] else { return nil }
        return text
    }

    /// An error response's message.
    static func message(_ response: JSONValue) -> String {
        guard case .string(let text)? = response["error"]?["message"] else { return "" }
        return text
    }

    /// Input bytes: the lines, each ended by a newline.
    static func input(_ lines: [[UInt8]]) -> [UInt8] {
        var bytes: [UInt8] = []
        for line in lines {
            bytes += line
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }
}

/// The two stream commands, which must behave alike on stdout.
enum StreamCommand: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case serve
    case batch

    /// The command line.
    var arguments: [String] { self == .serve ? ["serve"] : ["batch", "--quiet"] }

    var testDescription: String { rawValue }
}
