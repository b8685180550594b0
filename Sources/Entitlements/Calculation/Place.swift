/// Where the carer lives: a region, or a council that gives the region and any council rates.
public struct Place: Sendable, Equatable {
    /// `london`, `south-east` or `rest-of-england`.
    public var region: String?
    /// A council code or name.
    public var localAuthority: String?

    /// Makes a place.
    public init(region: String? = nil, localAuthority: String? = nil) {
        self.region = region
        self.localAuthority = localAuthority
    }
}

/// A place resolved against the rule book.
struct ResolvedPlace {
    let region: String
    let council: Council?
}

extension Engine {
    /// Finds the region (and council) of a place, explaining how.
    func resolve(_ place: Place, explanation: inout Explanation) throws(CalculationError) -> ResolvedPlace {
        let regions = ruleBook.regions
        let councils = ruleBook.councils
        if let text = place.localAuthority {
            guard let match = councils.find(text) else {
                let suggestions = councils.suggestions(for: text)
                let hint = suggestions.isEmpty ? "give a council code such as E09000007 or a council name"
                    : "did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ") + "?"
                throw .invalid(field: "localAuthority", message: "unknown council \"\(JSONField.clipped(text))\"; \(hint)")
            }
            let council: Council
            switch match {
            case .council(let found):
                council = found
            case .former(let former, let successors):
                let successorRegions = Set(successors.map(\.region))
                guard let first = successors.first, successorRegions.count == 1 else {
                    throw .invalid(field: "localAuthority", message: "\(former.code) (\(former.name)) was replaced in \(former.when) by councils in different regions; give the current council")
                }
                explanation.say("councils", "\(former.code) (\(former.name)) was replaced in \(former.when) by \(successors.map { "\($0.name) (\($0.code))" }.joined(separator: " and ")); all are in \(first.onsRegion)", former.source)
                if successors.count > 1 {
                    if let region = place.region, region != first.region {
                        throw .invalid(field: "region", message: "region \"\(JSONField.clipped(region))\" does not match \(former.name), which is in \(first.region); give one of region or localAuthority")
                    }
                    explanation.say("councils", "\(first.onsRegion) councils are paid \(first.region) rates", councils.regionNoteCitation)
                    return ResolvedPlace(region: first.region, council: nil)
                }
                council = first
            }
            if let region = place.region, region != council.region {
                throw .invalid(field: "region", message: "region \"\(JSONField.clipped(region))\" does not match \(council.name), which is in \(council.region); give one of region or localAuthority")
            }
            explanation.say("councils", "The carer's council, \(council.name) (\(council.code)), is in \(council.onsRegion), so \(council.region) rates apply", councils.citation)
            return ResolvedPlace(region: council.region, council: council)
        }
        guard let region = place.region else {
            throw .invalid(field: "region", message: "\"region\" or \"localAuthority\" is required: a region (\(regions.joined(separator: ", "))) or a council code or name")
        }
        guard regions.contains(region) else {
            throw .invalid(field: "region", message: "unknown region \"\(JSONField.clipped(region))\"; use one of: \(regions.joined(separator: ", ")), or give localAuthority")
        }
        return ResolvedPlace(region: region, council: nil)
    }

    /// The national rate table with an id (validated at load).
    func nationalTable(_ id: String) throws(CalculationError) -> WeeklyRateTable {
        guard let table = ruleBook.rateTables[id] else {
            throw .notConfigured(field: nil, message: "the rule book has no table \(id)")
        }
        return table
    }
}
