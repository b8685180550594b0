import Entitlements
import EntitlementsProtocol

/// One run of the tool: where it prints, its environment, and access to the rule book and protocol.
struct Invocation {
    /// Where output goes.
    var console: Console
    /// The exit status when the command succeeds (the stream commands report their own).
    var status: Int32 = ExitStatus.success.rawValue

    /// The rule book named by `--rules DIR`, or the built-in one.
    func ruleBook(_ arguments: ParsedArguments) throws(CommandFailure) -> RuleBook {
        if let directory = arguments.text("rules") {
            do {
                return try RuleBook.load(directory: directory)
            } catch {
                throw .invalidRuleBook(Invocation.describe(error, in: directory))
            }
        }
        switch RuleBook.builtIn {
        case .success(let book): return book
        case .failure(let error): throw .invalidRuleBook("built-in rule book: \(error.description)")
        }
    }

    /// A rule-book fault as `file: /path: message`, the file named with its directory.
    static func describe(_ error: RuleBookError, in directory: String) -> String {
        guard error.file != directory, !error.file.hasPrefix("(") else { return error.description }
        let file = directory.hasSuffix("/") ? directory + error.file : directory + "/" + error.file
        return RuleBookError(file: file, path: error.path, message: error.message).description
    }

    /// Calls a protocol method on the rule book that `arguments` select; a protocol error becomes a
    /// failure whose message names the option behind the faulty param.
    func call(_ method: Method, _ params: JSONValue, arguments: ParsedArguments, options: [BoundOption],
              pointerPrefix: String, otherPointers: [String: String] = [:]) throws(CommandFailure) -> JSONValue {
        let (result, dispatcher) = try compute(method, params, arguments: arguments, options: options, pointerPrefix: pointerPrefix,
                                               otherPointers: otherPointers)
        return try Self.json(result, dispatcher)
    }

    /// As `call`, the typed result (for the reports) and the dispatcher that computed it.
    func compute(_ method: Method, _ params: JSONValue, arguments: ParsedArguments, options: [BoundOption],
                 pointerPrefix: String, otherPointers: [String: String] = [:]) throws(CommandFailure) -> (MethodResult, Dispatcher) {
        let dispatcher = Dispatcher(ruleBook: try ruleBook(arguments))
        do {
            return (try dispatcher.result(method, params: JSONField(params, path: "/params")), dispatcher)
        } catch {
            let message = Invocation.explain(error, arguments: arguments, options: options, pointerPrefix: pointerPrefix,
                                             otherPointers: otherPointers)
            // A bad value (a date, a region, a council, a period backwards) is the user's to fix: a
            // usage error, whichever check found it.
            if error.code == RPCError.invalidParams { throw .usage(UsageError(.invalidValue, message)) }
            throw .notComputed(message)
        }
    }

    /// A typed result as the protocol's JSON (`--json`).
    static func json(_ result: MethodResult, _ dispatcher: Dispatcher) throws(CommandFailure) -> JSONValue {
        do { return try dispatcher.json(result) } catch { throw .notComputed(error.message) }
    }

    /// The protocol's message, led by the option it is about and followed by the flag that fixes it.
    /// `otherPointers` maps pointers outside `pointerPrefix` (and anything below them) to options.
    static func explain(_ error: RPCError, arguments: ParsedArguments, options: [BoundOption], pointerPrefix: String,
                        otherPointers: [String: String] = [:]) -> String {
        var message = error.message
        var parent: [String] = []
        if case .string(let pointer)? = error.data?["path"] {
            if pointer.hasPrefix(pointerPrefix + "/") {
                parent = Array(pointer.dropFirst(pointerPrefix.count + 1).split(separator: "/").map(String.init).dropLast())
            }
            message = ParamsBuilder.flagsInText(message, near: parent, in: options)
            let other = otherPointers.first { pointer == $0.key || pointer.hasPrefix($0.key + "/") }?.value
            if let flag = other ?? ParamsBuilder.option(forPointer: pointer, under: pointerPrefix, in: options),
               !message.hasPrefix(flag + " ") {
                message = "\(flag): \(message)"
            }
        } else {
            message = ParamsBuilder.flagsInText(message, near: [], in: options)
        }
        if error.code == RPCError.noEnactedRate, message.contains("allowEstimated"), !arguments.has("allow-estimated") {
            message += " (on the command line: --allow-estimated)"
        }
        return message
    }
}
