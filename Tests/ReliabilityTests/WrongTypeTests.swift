import Entitlements
@testable import EntitlementsProtocol
import Testing

/// Every param of every method, given a value of each JSON type it does not accept, gets -32602
/// with `data.path` pointing at that param (nested params too: `/params/schedule/frequency`,
/// `/params/params/on`, `/params/benefits/0`), through the real `serve`.
@Suite(.enabled(if: Executable.serveWorks, Executable.skipReason))
struct WrongTypeTests {
    /// Params that take money: a string or a number.
    static let moneyKeys: Set<String> = ["alreadyPaid", "weeklyContribution", "weeklyRate"]
    /// Params that must be present (null counts as absent).
    static let requiredKeys: [String: Set<String>] = [
        "kinship.allowance": ["dateOfBirth", "from", "to"], "leavingCare.grant": ["on"],
        "apprenticeship.bursary": ["dateOfBirth", "start", "end"], "stayingPut.funding": ["dateOfBirth", "from", "to"],
        "prescription.exemption": ["dateOfBirth", "on"], "assess": ["dateOfBirth", "on"], "compare": ["method", "params"],
    ]
    /// Members of nested objects that must be present.
    static let requiredNested: Set<String> = ["frequency", "start", "end"]

    /// One value of each JSON type.
    static let samples: [JSONValue] = [.null, .bool(true), .number("7"), .string("text"), .array([]), .object([])]

    /// One broken request: the pointer of the broken param and the line.
    struct Broken {
        let method: String
        let pointer: String
        let value: JSONValue
        let line: [UInt8]
    }

    /// The JSON types a param accepts.
    static func accepted(_ key: String, valid: JSONValue) -> Set<String> {
        if moneyKeys.contains(key) { return ["string", "number"] }
        return [valid.typeName]
    }

    /// Every (path, valid value) below `value`, objects and arrays included.
    static func leaves(_ value: JSONValue, path: [String]) -> [(path: [String], value: JSONValue)] {
        var found: [(path: [String], value: JSONValue)] = []
        switch value {
        case .object(let members):
            for member in members {
                found.append((path + [member.key], member.value))
                found += leaves(member.value, path: path + [member.key])
            }
        case .array(let elements):
            if let first = elements.first {
                found.append((path + ["0"], first))
                found += leaves(first, path: path + ["0"])
            }
        default:
            break
        }
        return found
    }

    /// Sets the value at `path` (keys and array indexes).
    static func replacing(_ value: JSONValue, _ path: ArraySlice<String>, _ new: JSONValue) -> JSONValue {
        guard let step = path.first else { return new }
        switch value {
        case .object(let members):
            return .object(members.map { $0.key == step ? JSONMember($0.key, replacing($0.value, path.dropFirst(), new)) : $0 })
        case .array(var elements):
            guard let index = Int(step), index < elements.count else { return value }
            elements[index] = replacing(elements[index], path.dropFirst(), new)
            return .array(elements)
        default:
            return value
        }
    }

    static var broken: [Broken] {
        var all: [Broken] = []
        for (method, params) in Requests.validParams {
            // The params object itself.
            for sample in samples where sample.typeName != "object" {
                all.append(Broken(method: method, pointer: "/params", value: sample,
                                  line: Requests.line(id: .number(String(all.count)), method: method, params: sample)))
            }
            for (path, valid) in leaves(params, path: []) {
                let key = path.last ?? ""
                let isRequired = path.count == 1 ? requiredKeys[method]?.contains(key) == true
                    : requiredNested.contains(key) || (path.first == "params" && path.count == 2 && key == "on")
                for sample in samples where !accepted(key, valid: valid).contains(sample.typeName) {
                    if sample == .null, !isRequired, Int(key) == nil { continue }
                    let line = Requests.line(id: .number(String(all.count)), method: method,
                                             params: replacing(params, path[...], sample))
                    all.append(Broken(method: method, pointer: "/params/" + path.joined(separator: "/"), value: sample, line: line))
                }
            }
        }
        return all
    }

    @Test func everyParamOfTheWrongTypeIsNamed() throws {
        let cases = Self.broken
        #expect(cases.count > 300)
        let run = try Child.run(["serve"], input: .bytes(Requests.input(cases.map(\.line))))
        #expect(run.exitStatus == 0)
        #expect(run.errorText.isEmpty)
        let responses = run.lines
        #expect(responses.count == cases.count)
        for (index, (broken, line)) in zip(cases, responses).enumerated() {
            let what = "\(broken.method) \(broken.pointer) = \(JSONWriter.string(broken.value))"
            for problem in ResponseInvariants.problems(line, expectedID: .number(String(index))) { Issue.record("\(what): \(problem)") }
            let response = try JSONParser.parse(Array(line))
            // Params that are not structured (neither an object nor an array) make an invalid request.
            if broken.pointer == "/params", broken.value.typeName != "array" {
                #expect(Requests.code(response) == -32600, "\(what): \(ResponseInvariants.preview(line))")
                continue
            }
            #expect(Requests.code(response) == -32602, "\(what): \(ResponseInvariants.preview(line))")
            #expect(Requests.path(response) == broken.pointer, "\(what): \(ResponseInvariants.preview(line))")
        }
    }

    /// So that "every param" above really is every param.
    @Test func theValidRequestsUseEveryAcceptedParam() {
        for method in Method.allCases {
            let used = Set(Requests.validParams.filter { $0.method == method.rawValue }.flatMap { $0.params.members?.map(\.key) ?? [] })
            #expect(used == Set(Params.allowed(method)), "\(method.rawValue): missing \(Set(Params.allowed(method)).subtracting(used))")
        }
    }

    /// Regression: `allowEstimated` of the wrong type was ignored by the bursary and prescription methods.
    @Test func allowEstimatedIsCheckedByEveryMethod() throws {
        let lines = ["apprenticeship.bursary", "prescription.exemption"].enumerated().map { index, method in
            let params = Requests.validParams.first { $0.method == method }?.params ?? .object([])
            return Requests.line(id: .number(String(index)), method: method,
                                 params: Requests.setting(params, ["allowEstimated"], .string("yes")))
        }
        let run = try Child.run(["serve"], input: .bytes(Requests.input(lines)))
        let responses = Requests.responses(run)
        #expect(responses.map(Requests.code) == [-32602, -32602])
        #expect(responses.map(Requests.path) == ["/params/allowEstimated", "/params/allowEstimated"])
    }

    @Test func theValidRequestsAreValid() throws {
        let lines = Requests.validParams.enumerated().map { Requests.line(id: .number(String($0.offset)), method: $0.element.method, params: $0.element.params) }
        let run = try Child.run(["serve"], input: .bytes(Requests.input(lines)))
        let responses = run.lines
        #expect(responses.count == lines.count)
        for (index, line) in responses.enumerated() {
            #expect(ResponseInvariants.problems(line, expectedID: .number(String(index))).isEmpty)
            #expect(line.starts(with: Array(#"{"id":\#(index),"jsonrpc":"2.0","result":"#.utf8)), "\(ResponseInvariants.preview(line))")
        }
    }
}
