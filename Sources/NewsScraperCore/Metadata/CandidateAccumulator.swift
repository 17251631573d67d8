/// Reliability tiers of metadata sources, most reliable first. Within a
/// tier, a key's priority (from ``MetaKeyTable``) and then page order decide.
enum MetadataTier {
    /// `<link rel="canonical">`: only used for canonical URLs, where it is
    /// the page's explicit statement and beats everything else.
    static let canonicalLink = 0
    static let jsonLD = 1
    static let openGraph = 2
    static let meta = 3
    static let microdata = 4
    /// Attributes of the document itself, such as `<html lang>`.
    static let document = 5
    static let title = 6
}

/// Collects candidates for one field in any order and hands them back
/// ordered by tier, priority and arrival, cleaned of duplicates.
struct CandidateAccumulator<Value: Sendable> {
    private struct Entry {
        var tier: Int
        var priority: Int
        var candidate: MetadataCandidate<Value>
    }

    private var entries: [Entry] = []

    var isEmpty: Bool { entries.isEmpty }

    mutating func add(_ value: Value?, source: Provenance.Source, key: String, tier: Int, priority: Int = 0) {
        guard let value else { return }
        entries.append(Entry(tier: tier, priority: priority,
                             candidate: MetadataCandidate(value: value, source: source, key: key)))
    }

    /// The candidates, best first. Later candidates whose `identity` equals
    /// an earlier one's are dropped after `merge` lets the earlier one take
    /// details it lacks (an image's size, an author's URL).
    func ordered(
        identity: (Value) -> String, merge: (inout Value, Value) -> Void = { _, _ in }
    ) -> [MetadataCandidate<Value>] {
        // Most fields of a page have no candidate or one: nothing to order, merge or tell apart,
        // so neither the sort nor an identity (a lowercased copy for text) is paid for.
        if entries.count <= 1 { return entries.map(\.candidate) }
        return orderedBySorting(identity: identity, merge: merge)
    }

    /// ``ordered(identity:merge:)`` by sorting every candidate and comparing identities.
    func orderedBySorting(
        identity: (Value) -> String, merge: (inout Value, Value) -> Void = { _, _ in }
    ) -> [MetadataCandidate<Value>] {
        let sorted = entries.enumerated().sorted {
            ($0.element.tier, $0.element.priority, $0.offset) < ($1.element.tier, $1.element.priority, $1.offset)
        }
        var result: [MetadataCandidate<Value>] = []
        var positions: [String: Int] = [:]
        for (_, entry) in sorted {
            let candidate = entry.candidate
            let id = identity(candidate.value)
            if let position = positions[id] {
                var kept = result[position].value
                merge(&kept, candidate.value)
                let old = result[position]
                result[position] = MetadataCandidate(value: kept, source: old.source, key: old.key)
                continue
            }
            positions[id] = result.count
            result.append(candidate)
        }
        return result
    }
}

extension CandidateAccumulator where Value == String {
    /// Adds a cleaned string; nothing when it cleans to empty.
    mutating func add(text raw: String?, source: Provenance.Source, key: String, tier: Int, priority: Int = 0) {
        add(MetadataText.clean(raw), source: source, key: key, tier: tier, priority: priority)
    }

    /// Strings compared ignoring case: "Politics" and "politics" are one tag.
    func orderedIgnoringCase() -> [MetadataCandidate<String>] { ordered(identity: { $0.lowercasedOverUTF8() }) }

    /// Strings compared exactly, for raw values such as dates.
    func orderedExactly() -> [MetadataCandidate<String>] { ordered(identity: { $0 }) }
}
