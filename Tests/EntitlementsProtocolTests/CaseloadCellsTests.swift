import Entitlements
import Testing
@testable import EntitlementsProtocol

/// A caseload row's cells are read by each method's own decoder (no JSON in between): a row
/// computes the very result the same params give as JSON, and every fault names its column.
@Suite struct CaseloadCellsTests {
    /// The built-in rule book's dispatcher (nil only if it fails to load, which its own tests report).
    static let dispatcher: Dispatcher? = (try? RuleBook.builtIn.get()).map { Dispatcher(ruleBook: $0) }

    /// The dispatcher, or a recorded failure.
    var dispatcher: Dispatcher {
        get throws { try #require(Self.dispatcher) }
    }

    /// A CSV row read under its header.
    func request(_ header: String, _ row: String) throws(CaseloadRequest.Fault) -> CaseloadRequest {
        let names = header.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard let columns = try? CaseloadColumns(header: names) else { throw CaseloadRequest.Fault(column: nil, message: "bad header") }
        return try CaseloadRequest(fields: fields, columns: columns, defaultMethod: nil)
    }

    /// The result object a CSV row computes to.
    func result(_ header: String, _ row: String) throws -> JSONValue {
        let dispatcher = try dispatcher
        return try dispatcher.json(try request(header, row).result(engine: dispatcher.engine))
    }

    /// The result object the general path computes from JSON params.
    func result(_ method: Method, json: String) throws -> JSONValue {
        try dispatcher.call(method, params: JSONField(try JSONParser.parse(Array(json.utf8)), path: ""))
    }

    /// The fault of a row, as `column: message`.
    func fault(_ header: String, _ row: String) -> String {
        guard let engine = Self.dispatcher?.engine else { return "no rule book" }
        do { _ = try request(header, row).result(engine: engine) } catch { return "\(error.column ?? "-"): \(error.message)" }
        return "no fault"
    }

    @Test(arguments: [
        // Spreadsheet spellings on one side, the protocol's own on the other.
        ("method,dateOfBirth,from,to,localAuthority,order,schedule.frequency,schedule.monthly,schedule.payOffsetDays,alreadyPaid",
         "kinship.allowance,03/09/2014,01/04/2025,30/06/2025,Kent County Council,SGO,Monthly,twelfths,3,\"£2000.00\"".replacing("\"", with: ""),
         Method.kinshipAllowance,
         #"{"dateOfBirth":"2014-09-03","from":"2025-04-01","to":"2025-06-30","localAuthority":"Kent County Council","order":"special-guardianship","schedule":{"frequency":"monthly","monthly":"twelfths","payOffsetDays":3},"alreadyPaid":"2000.00"}"#),
        ("method,dateOfBirth,from,to,region,order,otherwiseInCare,schedule.frequency,schedule.payWeekday,schedule.timing",
         "kinship.allowance,2016-01-10,2025-04-01,2025-04-30,Rest of England,Child Arrangements Order,No,four weekly,friday,advance",
         Method.kinshipAllowance,
         #"{"dateOfBirth":"2016-01-10","from":"2025-04-01","to":"2025-04-30","region":"rest-of-england","order":"child-arrangements","otherwiseInCare":false,"schedule":{"frequency":"four-weekly","payWeekday":"friday","timing":"advance"}}"#),
        ("method,dateOfBirth,from,to,region,arrangement,weeklyContribution,scheme",
         "stayingPut.funding,01/05/2006,2025-05-01,2025-05-31,london,staying-put,£50.00,england-statutory",
         Method.stayingPutFunding,
         #"{"dateOfBirth":"2006-05-01","from":"2025-05-01","to":"2025-05-31","region":"london","arrangement":"staying-put","weeklyContribution":"50.00","scheme":"england-statutory"}"#),
        ("method,on,dateOfBirth,careLeaver,alreadyPaid", "leavingCare.grant,2025-06-01,2006-05-01,TRUE,\"£1,000.00\"".replacing("\"£1,000.00\"", with: "£1000.00"),
         Method.leavingCareGrant, #"{"on":"2025-06-01","dateOfBirth":"2006-05-01","careLeaver":true,"alreadyPaid":"1000.00"}"#),
        ("method,dateOfBirth,on,benefits,itemsPerMonth", "prescription.exemption,2000-01-01,2025-06-01,universal-credit-qualifying; Pension Credit Guarantee,3",
         Method.prescriptionExemption,
         #"{"dateOfBirth":"2000-01-01","on":"2025-06-01","benefits":["universal-credit-qualifying","pension-credit-guarantee"],"itemsPerMonth":3}"#),
    ])
    func aRowComputesWhatItsParamsComputeAsJSON(_ header: String, _ row: String, _ method: Method, _ json: String) throws {
        #expect(try result(header, row) == result(method, json: json))
    }

    @Test func aScheduleCellWithoutItsFrequencyNamesTheFrequencyColumn() {
        #expect(fault("method,dateOfBirth,from,to,region,schedule.frequency,schedule.payOffsetDays",
                      "kinship.allowance,2016-01-10,2025-04-01,2025-04-30,london,,3")
                == "schedule.frequency: \"frequency\" is required: fill the schedule.frequency column")
    }

    @Test func anEmptyScheduleIsNoSchedule() throws {
        #expect(try result("method,dateOfBirth,from,to,region,schedule.frequency", "kinship.allowance,2016-01-10,2025-04-01,2025-04-30,london,")
                == result(.kinshipAllowance, json: #"{"dateOfBirth":"2016-01-10","from":"2025-04-01","to":"2025-04-30","region":"london"}"#))
    }

    @Test(arguments: [
        ("method,dateOfBirth,from,to,region,scheme", "kinship.allowance,2016-01-10,2025-04-01,2025-04-30,london,no-such-scheme",
         "scheme: unknown scheme \"no-such-scheme\"; use one of: "),
        ("method,dateOfBirth,from,to,region", "kinship.allowance,2016-01-10,2025-04-01,2025-04-30,Wales",
         "region: unknown region \"wales\""),
        ("method,dateOfBirth,from,to,region", "kinship.allowance,,2025-04-01,2025-04-30,london",
         "dateOfBirth: \"dateOfBirth\" is required: fill the dateOfBirth column"),
        ("method,dateOfBirth,from,to,region", "kinship.allowance,2016-01-10,2025-04-30,2025-04-01,london",
         "to: \"to\" (2025-04-01) is before \"from\" (2025-04-30); the period runs from \"from\" to \"to\", both included"),
        ("method,dateOfBirth,from,to,region,alreadyPaid", "kinship.allowance,2016-01-10,2025-04-01,2025-04-30,london,-5.00",
         "alreadyPaid: \"-5.00\" is negative; an amount of zero or more is expected"),
        ("method,dateOfBirth,from,to,region,order", "kinship.allowance,2016-01-10,2025-04-01,2025-04-30,london,Residence order",
         "order: \"Residence order\" is not an order this tool knows: write one of "),
        ("method,dateOfBirth,from,to,region,schedule.frequency,schedule.payOffsetDays", "kinship.allowance,2016-01-10,2025-04-01,2025-04-30,london,monthly,x",
         "schedule.payOffsetDays: \"x\" is not a whole number from 0 to "),
        ("method,dateOfBirth,on,benefits", "prescription.exemption,2000-01-01,2025-06-01,universal-credit-qualifying;Universal Credit Qualifying",
         "benefits: \"universal-credit-qualifying\" is listed twice"),
    ])
    func aFaultNamesItsColumnAndTheFix(_ header: String, _ row: String, _ expected: String) {
        #expect(fault(header, row).hasPrefix(expected), "\(fault(header, row))")
    }
}
