import Foundation

/// Title, author and publication-day agreement as WCXB's
/// `score_metadata.py` defines it, so the benchmark tool can print the same
/// figures in-process.
public struct MetadataScorer: Sendable {
    public private(set) var titlePages = 0
    public private(set) var titleExact = 0
    public private(set) var authorPages = 0
    public private(set) var authorTruePositives = 0
    public private(set) var authorPredicted = 0
    public private(set) var authorExpected = 0
    public private(set) var authorlessPages = 0
    public private(set) var falseAuthorPages = 0
    public private(set) var datedPages = 0
    public private(set) var correctDays = 0
    public private(set) var undatedPages = 0
    public private(set) var falseDatePages = 0

    public init() {}

    /// Adds one page: the ground truth's title, author string and day
    /// (`YYYY-MM-DD` or `YYYY-MM`), and what was extracted.
    public mutating func add(expectedTitle: String?, expectedAuthor: String?, expectedDay: String?,
                             title: String?, authors: [String], published: String?) {
        let wantTitle = Self.normalize(expectedTitle)
        if !wantTitle.isEmpty {
            titlePages += 1
            if Self.normalize(title) == wantTitle { titleExact += 1 }
        }
        let gold = Self.authorSet([expectedAuthor].compactMap { $0 })
        let predicted = Self.authorSet(authors)
        if gold.isEmpty {
            authorlessPages += 1
            if !predicted.isEmpty { falseAuthorPages += 1 }
        } else {
            authorPages += 1
            authorTruePositives += gold.intersection(predicted).count
            authorPredicted += predicted.count
            authorExpected += gold.count
        }
        let day = (published?.trimmingCharacters(in: .whitespaces)).flatMap { $0.isEmpty ? nil : $0 }
        if let wanted = expectedDay?.trimmingCharacters(in: .whitespaces), !wanted.isEmpty {
            datedPages += 1
            if let day, Self.startsWithDay(day), day.hasPrefix(String(wanted.prefix(10))) { correctDays += 1 }
        } else {
            undatedPages += 1
            if day != nil { falseDatePages += 1 }
        }
    }

    public var titleExactRate: Double { ratio(titleExact, titlePages) }
    public var authorPrecision: Double { ratio(authorTruePositives, authorPredicted) }
    public var authorRecall: Double { ratio(authorTruePositives, authorExpected) }
    public var authorF1: Double {
        let p = authorPrecision, r = authorRecall
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }
    public var falseAuthorRate: Double { ratio(falseAuthorPages, authorlessPages) }
    public var dayAccuracy: Double { ratio(correctDays, datedPages) }
    public var falseDateRate: Double { ratio(falseDatePages, undatedPages) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    /// NFKC, whitespace runs to one space, trimmed, case-folded (lowercasing
    /// stands in for Python's casefold, which differs only for a few letters such as ß).
    public static func normalize(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        let composed = text.precomposedStringWithCompatibilityMapping
        return composed.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }

    /// Names split on ",", ";", "&" and " and ", as the reference script splits them.
    public static func authorSet(_ values: [String]) -> Set<String> {
        var names = Set<String>()
        for value in values {
            let normalized = normalize(value)
            for piece in normalized.replacingOccurrences(of: " and ", with: ",")
                .split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "&" }) {
                let name = piece.trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { names.insert(name) }
            }
        }
        return names
    }

    static func startsWithDay(_ text: String) -> Bool {
        let bytes = Array(text.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
    }
}
