/// The councils the rule book knows, found by code (current or former) or by name.
public struct CouncilDirectory: Sendable {
    /// What a council lookup found.
    public enum Match: Sendable, Equatable {
        /// A current council.
        case council(Council)
        /// A former code, with the councils that replaced it.
        case former(FormerCode, successors: [Council])
    }

    /// The current councils in file order.
    public let councils: [Council]
    /// The replaced codes.
    public let formerCodes: [FormerCode]
    /// The source of the list.
    public let source: String
    /// Why a council's ONS region gives its NMA region.
    public let regionNote: String
    /// `source` and `regionNote`, escaped for JSON once (`Citation`).
    let citation: Citation, regionNoteCitation: Citation
    private let byCode: [String: Int]
    /// Each former code's index, by the code in capitals (the first, should two differ only in case).
    private let byFormerCode: [String: Int]
    private let byName: [String: Int]

    /// Builds the directory, or returns the first pair of councils that share a name.
    init(councils: [Council], formerCodes: [FormerCode], source: String, regionNote: String) throws(AmbiguousName) {
        self.councils = councils
        self.formerCodes = formerCodes
        self.source = source
        self.regionNote = regionNote
        citation = Citation(source)
        regionNoteCitation = Citation(regionNote)
        var byCode: [String: Int] = [:]
        var byName: [String: Int] = [:]
        for (index, council) in councils.enumerated() {
            byCode[CouncilDirectory.capitals(council.code)] = index
            for name in CouncilDirectory.nameVariants(council) {
                if let other = byName[name], other != index {
                    throw AmbiguousName(name: name, first: councils[other].code, second: council.code)
                }
                byName[name] = index
            }
        }
        self.byCode = byCode
        self.byFormerCode = Dictionary(formerCodes.enumerated().map { (CouncilDirectory.capitals($1.code), $0) }) { first, _ in
            first
        }
        self.byName = byName
    }

    /// Two councils answer to the same name.
    struct AmbiguousName: Error {
        let name: String
        let first: String
        let second: String
    }

    /// The council with a current code.
    public func council(code: String) -> Council? {
        byCode[CouncilDirectory.capitals(code)].map { councils[$0] }
    }

    /// Finds a council by current code, former code or name (any case, punctuation ignored).
    public func find(_ text: String) -> Match? {
        let trimmed = text.trimmingSpaces()
        let code = CouncilDirectory.capitals(trimmed)
        if let index = byCode[code] { return .council(councils[index]) }
        if let index = byFormerCode[code] {
            let former = formerCodes[index]
            return .former(former, successors: former.replacedBy.compactMap { council(code: $0) })
        }
        let name = CouncilDirectory.normalised(trimmed)
        if let index = byName[name] { return .council(councils[index]) }
        for variant in CouncilDirectory.withoutCouncilWords(name) {
            if let index = byName[variant] { return .council(councils[index]) }
        }
        return nil
    }

    /// The words that say "council" around a name, as spreadsheets and letters write it: prefixes
    /// ("London Borough of Camden", "City of York Council") and suffixes ("Kent County Council").
    static let councilPrefixes = [
        "london borough of ", "royal borough of ", "metropolitan borough of ", "borough of ", "city and county of ",
        "city of ", "county of ", "council of the ", "council of ", "the ",
    ]
    /// See `councilPrefixes`.
    static let councilSuffixes = [
        " metropolitan borough council", " metropolitan district council", " borough council", " county council",
        " city council", " district council", " unitary authority", " council",
    ]

    /// A normalised name without the words that say "council" (tried only when the name itself is
    /// not known: "City of London" is a council's name, and stays one): each suffix, then each prefix,
    /// then both, longest first; every form found names one council, since names are unique.
    static func withoutCouncilWords(_ name: String) -> [String] {
        var suffixless = [name]
        for suffix in councilSuffixes where name.hasSuffix(suffix) && name.count > suffix.count {
            suffixless.append(String(name.dropLast(suffix.count)))
            break
        }
        var variants: [String] = Array(suffixless.dropFirst())
        for candidate in suffixless {
            for prefix in councilPrefixes where candidate.hasPrefix(prefix) && candidate.count > prefix.count {
                variants.append(String(candidate.dropFirst(prefix.count)))
                break
            }
        }
        return variants
    }

    /// The longest council name or code accepted (the longest real one has 35 characters): past
    /// it no similar names are looked for, since that search grows with the text's length.
    public static let longestName = 100

    /// Up to three known names closest to `text`, for an error message.
    public func suggestions(for text: String) -> [String] {
        guard text.count <= CouncilDirectory.longestName else { return [] }
        let wanted = CouncilDirectory.normalised(text)
        var scored: [(distance: Int, name: String)] = []
        for council in councils {
            let candidate = CouncilDirectory.normalised(council.name)
            var distance = EditDistance.between(wanted, candidate)
            if !wanted.isEmpty, candidate.contains(wanted) || wanted.contains(candidate) {
                distance = min(distance, 1)
            }
            scored.append((distance, council.name))
        }
        let limit = max(3, wanted.count / 3)
        return scored.filter { $0.distance <= limit }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .prefix(3).map(\.name)
    }

    /// The forms of a council's name that find it.
    static func nameVariants(_ council: Council) -> [String] {
        var names = [council.name] + council.aliases
        // "Kingston upon Hull, City of" is also "City of Kingston upon Hull" and "Kingston upon Hull".
        let parts = council.name.split(separator: ",", maxSplits: 1)
        if parts.count == 2 {
            let head = parts[0].trimmingSpaces()
            let tail = parts[1].trimmingSpaces()
            names += [tail + " " + head, head]
        }
        return names.map(normalised)
    }

    /// A code in capitals, as codes are compared (ASCII text byte by byte, other text by `uppercased()`).
    static func capitals(_ code: String) -> String {
        guard code.utf8.allSatisfy({ $0 < 0x80 }) else { return code.uppercased() }
        return String(decoding: code.utf8.map { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") ? $0 - 0x20 : $0 }, as: UTF8.self)
    }

    /// Lower case, `&` as `and`, punctuation dropped, single spaces.
    static func normalised(_ text: String) -> String {
        asciiNormalised(text) ?? normalisedByCharacter(text)
    }

    /// `normalised` of ASCII text, byte by byte (as `normalisedByCharacter` gives it, several times
    /// faster); nil for other text.
    static func asciiNormalised(_ text: String) -> String? {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 4)
        var inWord = false
        func startWord() {
            if !inWord, !result.isEmpty { result.append(UInt8(ascii: " ")) }
            inWord = true
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                startWord()
                result.append(byte + 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                startWord()
                result.append(byte)
            case UInt8(ascii: "&"):
                inWord = false
                startWord()
                result.append(contentsOf: "and".utf8)
                inWord = false
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "\t"):
                inWord = false
            case 0x80...:
                return nil
            default:
                continue  // other punctuation is dropped, joining what is either side of it
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `normalised` for any text, character by character.
    static func normalisedByCharacter(_ text: String) -> String {
        var words: [String] = []
        var word = ""
        for character in text.lowercased() {
            if character == "&" {
                if !word.isEmpty { words.append(word) }
                words.append("and")
                word = ""
            } else if character.isLetter || character.isNumber {
                word.append(character)
            } else if character == " " || character == "-" || character == "\t" {
                if !word.isEmpty { words.append(word) }
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: " ")
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    func trimmingSpaces() -> String {
        // The usual case, said without looking at characters: text that starts and ends with ASCII
        // other than white space has nothing to trim.
        let text = String(self)
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return text
        }
        var scalars = Substring(self)
        while scalars.first?.isWhitespace == true { scalars.removeFirst() }
        while scalars.last?.isWhitespace == true { scalars.removeLast() }
        return String(scalars)
    }
}
