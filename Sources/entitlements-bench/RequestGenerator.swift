import Entitlements
import TestSupport

/// Deterministic request lines for the benchmark: the same seed gives the same bytes.
struct RequestGenerator {
    /// The tests' seeded generator, drawn from as `Draws` says.
    var random = Draws(generator: SplitMix64(seed: 2026))

    /// Whole numbers below a bound, as the remainder of the next 64 bits (not `SplitMix64.below`'s
    /// multiply-high), so that the request files stay the same bytes as the benchmark has always made.
    struct Draws {
        var generator: SplitMix64

        /// A whole number in `0..<bound`.
        mutating func below(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
    }
    static let regions = ["london", "south-east", "rest-of-england"]
    static let councils = ["E09000007", "E10000016", "Kingston upon Hull", "E08000025", "Kent"]

    static func date(_ year: Int, _ month: Int, _ day: Int) -> String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// A one-year kinship allowance request with its own dates (2024-04-01 .. 2026-03-31 starts).
    mutating func kinship(id: Int) -> String {
        let offset = random.below(12)
        let startYear = offset < 9 ? 2024 : 2025
        let month = offset < 9 ? 4 + offset : offset - 8
        let day = 1 + random.below(28)
        let start = CalendarDate(year: startYear, month: month, day: day)
        let end = start?.adding(years: 1)?.previousDay
        let from = start?.isoText ?? "2025-04-01"
        let to = end?.isoText ?? "2026-03-31"
        let birthYear = startYear - 1 - random.below(16)
        let dob = Self.date(birthYear, 1 + random.below(12), 1 + random.below(28))
        let region = Self.regions[random.below(3)]
        return #"{"jsonrpc":"2.0","id":\#(id),"method":"kinship.allowance","params":{"dateOfBirth":"\#(dob)","from":"\#(from)","to":"\#(to)","region":"\#(region)","order":"special-guardianship"}}"#
    }

    /// A one-year kinship case paid monthly, as a JSON request line and as the same case's CSV
    /// caseload row (`caseLoadHeader`'s columns). Every case starts in 2024-25, so that it falls in
    /// the years whose rates are all enacted (2024-25 and 2025-26; other years hold estimates, which a
    /// request must allow): each case is computed, none is an error.
    mutating func kinshipCase(id: Int) -> (json: String, csv: String) {
        let month = 4 + random.below(12)
        let start = CalendarDate(year: month > 12 ? 2025 : 2024, month: month > 12 ? month - 12 : month, day: 1 + random.below(28))
        let from = start?.isoText ?? "2024-04-01"
        let to = start?.adding(years: 1)?.previousDay?.isoText ?? "2025-03-31"
        let dob = Self.date(2007 + random.below(16), 1 + random.below(12), 1 + random.below(28))
        let region = Self.regions[random.below(3)]
        let json = #"{"jsonrpc":"2.0","id":\#(id),"method":"kinship.allowance","params":{"dateOfBirth":"\#(dob)","from":"\#(from)","to":"\#(to)","region":"\#(region)","order":"special-guardianship","schedule":{"frequency":"monthly"}}}"#
        let csv = "C-\(id),Carer \(id),kinship.allowance,\(dob),\(from),\(to),\(region),special-guardianship,monthly"
        return (json, csv)
    }

    /// The header of `kinshipCase`'s CSV rows.
    static let caseloadHeader = "caseRef,payee,method,dateOfBirth,from,to,region,order,schedule.frequency"

    /// A request for any method, in rotation.
    mutating func mixed(id: Int) -> String {
        let dobYear = 2000 + random.below(10)
        let dob = Self.date(dobYear, 1 + random.below(12), 1 + random.below(28))
        let on = Self.date(2024 + random.below(2), 4 + random.below(9), 1 + random.below(28))
        switch id % 8 {
        case 0: return kinship(id: id)
        case 1:
            return #"{"jsonrpc":"2.0","id":\#(id),"method":"leavingCare.grant","params":{"on":"\#(on)","scheme":"\#(random.below(2) == 0 ? "review-2022" : "england-statutory")"}}"#
        case 2:
            return #"{"jsonrpc":"2.0","id":\#(id),"method":"apprenticeship.bursary","params":{"dateOfBirth":"\#(dob)","start":"\#(on)","end":"2027-03-31"}}"#
        case 3:
            return #"{"jsonrpc":"2.0","id":\#(id),"method":"stayingPut.funding","params":{"dateOfBirth":"\#(Self.date(2006, 1 + random.below(12), 1 + random.below(28)))","from":"2025-04-01","to":"2026-03-31","localAuthority":"\#(Self.councils[random.below(Self.councils.count)])","weeklyContribution":"\#(random.below(60)).00"}}"#
        case 4:
            return #"{"jsonrpc":"2.0","id":\#(id),"method":"prescription.exemption","params":{"dateOfBirth":"\#(dob)","on":"\#(on)","careLeaver":true,"itemsPerMonth":\#(random.below(4))}}"#
        case 5:
            return #"{"jsonrpc":"2.0","id":\#(id),"method":"assess","params":{"dateOfBirth":"\#(dob)","on":"\#(on)","region":"\#(Self.regions[random.below(3)])","careLeaver":true}}"#
        case 6:
            return #"{"jsonrpc":"2.0","id":\#(id),"method":"compare","params":{"method":"kinship.allowance","params":{"dateOfBirth":"2014-09-03","region":"london","from":"2025-04-01","to":"2026-03-31","schedule":{"frequency":"four-weekly"}}}}"#
        default:
            return #"{"jsonrpc":"2.0","id":\#(id),"method":"kinship.allowance","params":{"dateOfBirth":"\#(dob)","from":"2025-02-30","to":"2026-03-31","region":"london"}}"#
        }
    }
}
