/// Body-text agreement the way the public article-extraction benchmarks
/// measure it (`score.py`): texts are split into word tokens, grouped into
/// overlapping 4-token shingles, and compared as multisets.
///
/// It lives in the library, not the benchmark tool, so tests can pin it to
/// figures computed by the reference script.
public enum ShingleScorer {
    /// Shingle counts of one page, each normalised by their sum so that
    /// every page weighs the same in the means.
    public struct PageCounts: Sendable, Hashable {
        public var truePositive: Double
        public var falsePositive: Double
        public var falseNegative: Double

        public init(truePositive: Double, falsePositive: Double, falseNegative: Double) {
            self.truePositive = truePositive
            self.falsePositive = falsePositive
            self.falseNegative = falseNegative
        }

        /// Whether the extractor returned any text for the page.
        public var predictedAnything: Bool { truePositive + falsePositive > 0 }
        /// Whether the ground truth has any text for the page.
        public var expectedAnything: Bool { truePositive + falseNegative > 0 }

        /// `score.py`'s precision: 1 when nothing is wrong (also for two empty texts).
        public var precision: Double {
            if falsePositive == 0 && falseNegative == 0 { return 1 }
            return truePositive + falsePositive > 0 ? truePositive / (truePositive + falsePositive) : 0
        }

        public var recall: Double {
            if falsePositive == 0 && falseNegative == 0 { return 1 }
            return truePositive + falseNegative > 0 ? truePositive / (truePositive + falseNegative) : 0
        }

        public var f1: Double {
            let p = precision, r = recall
            return p + r > 0 ? 2 * p * r / (p + r) : 0
        }
    }

    /// Figures over many pages.
    public struct Summary: Sendable, Hashable {
        public var pages: Int
        /// Mean precision over pages that predicted anything.
        public var precision: Double
        /// Mean recall over pages that expected anything.
        public var recall: Double
        /// Harmonic mean of the two means (not a mean of per-page F1).
        public var f1: Double
    }

    static let shingleLength = 4

    /// Compares one page's expected and predicted text.
    public static func counts(expected: String, predicted: String) -> PageCounts {
        var vocabulary: [TokenKey: Int32] = [:]
        let want = shingles(tokens(expected), vocabulary: &vocabulary)
        let got = shingles(tokens(predicted), vocabulary: &vocabulary)
        var tp = 0, fp = 0, fn = 0
        for (shingle, wanted) in want {
            let found = got[shingle] ?? 0
            tp += min(wanted, found)
            fn += max(0, wanted - found)
        }
        for (shingle, found) in got {
            fp += max(0, found - (want[shingle] ?? 0))
        }
        let total = Double(tp + fp + fn)
        guard total > 0 else { return PageCounts(truePositive: 0, falsePositive: 0, falseNegative: 0) }
        return PageCounts(truePositive: Double(tp) / total, falsePositive: Double(fp) / total,
                          falseNegative: Double(fn) / total)
    }

    /// Precision, recall and F1 over pages, as `score.py` averages them.
    public static func summarize(_ pages: [PageCounts]) -> Summary {
        let precisions = pages.filter(\.predictedAnything).map(\.precision)
        let recalls = pages.filter(\.expectedAnything).map(\.recall)
        let p = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
        let r = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        return Summary(pages: pages.count, precision: p, recall: r, f1: p + r > 0 ? 2 * p * r / (p + r) : 0)
    }

    /// Word tokens: maximal runs of what Python's `re` calls `\w` in a `str`
    /// pattern — letters (Lu Ll Lt Lm Lo), characters with a numeric value,
    /// and the underscore. Python's `re` does not count combining marks
    /// (Mn, Mc) as word characters, so neither do we: "नमस्ते" gives two
    /// tokens there, and the figures must agree with the reference script.
    public static func tokens(_ text: String) -> [Substring] {
        var result: [Substring] = []
        let scalars = text.unicodeScalars
        var start: String.UnicodeScalarView.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let word = isWordScalar(scalars[index])
            if word, start == nil { start = index }
            if !word, let begin = start {
                result.append(Substring(scalars[begin..<index]))
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let begin = start { result.append(Substring(scalars[begin..<scalars.endIndex])) }
        return result
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            // ASCII fast path: [A-Za-z0-9_].
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x61 && value <= 0x7A) || value == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        case .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            // Python's isnumeric() also holds for a few non-number code points with a numeric value.
            return scalar.properties.numericType != nil
        }
    }

    /// A shingle as up to four token numbers; shorter texts give one short
    /// shingle padded with -1, which no full shingle can equal.
    struct Shingle: Hashable {
        var a: Int32, b: Int32, c: Int32, d: Int32
    }

    /// A token compared by its bytes, as Python compares code points
    /// (Swift's `String` equality would also equate canonically equivalent spellings).
    struct TokenKey: Hashable {
        let text: Substring
        static func == (lhs: TokenKey, rhs: TokenKey) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }
        func hash(into hasher: inout Hasher) {
            for byte in text.utf8 { hasher.combine(byte) }
        }
    }

    static func shingles(_ tokens: [Substring], vocabulary: inout [TokenKey: Int32]) -> [Shingle: Int] {
        let ids = tokens.map { token -> Int32 in
            let key = TokenKey(text: token)
            if let known = vocabulary[key] { return known }
            let id = Int32(vocabulary.count)
            vocabulary[key] = id
            return id
        }
        var result: [Shingle: Int] = [:]
        guard !ids.isEmpty else { return result }
        if ids.count < shingleLength {
            let padded = ids + Array(repeating: -1, count: shingleLength - ids.count)
            result[Shingle(a: padded[0], b: padded[1], c: padded[2], d: padded[3])] = 1
            return result
        }
        result.reserveCapacity(ids.count)
        for start in 0...(ids.count - shingleLength) {
            result[Shingle(a: ids[start], b: ids[start + 1], c: ids[start + 2], d: ids[start + 3]), default: 0] += 1
        }
        return result
    }
}
