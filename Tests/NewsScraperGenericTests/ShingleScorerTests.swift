import Testing
@testable import NewsScraperGeneric

/// The expected figures were computed with the reference scorer,
/// /work/shared/tools/score.py (Python 3.11): `page_counts(expected, predicted)`
/// for each case, then its `precision`/`recall` means and their harmonic mean
/// over the nine cases together.
struct ShingleScorerTests {
    static let cases: [(expected: String, predicted: String, tp: Double, fp: Double, fn: Double)] = [
        ("one two three four five six", "one two three four five six", 1.0, 0.0, 0.0),
        ("one two three four five six seven", "two three four five six seven eight nine",
         0.5, 0.3333333333333333, 0.16666666666666666),
        // Tokens are case-sensitive; fewer than four tokens make one short shingle.
        ("Hello, world", "hello world", 0.0, 0.5, 0.5),
        ("a b c", "a b c", 1.0, 0.0, 0.0),
        ("", "something here now and then", 0.0, 1.0, 0.0),
        // Python's \w leaves out combining marks: "नमस्ते" is two tokens there.
        ("नमस्ते दुनिया यह एक परीक्षण है", "नमस्ते दुनिया यह एक परीक्षण", 0.875, 0.0, 0.125),
        // Shingles are a multiset.
        ("x y z w x y z w x y z w", "x y z w", 0.1111111111111111, 0.0, 0.8888888888888888),
        ("مرحبا بالعالم هذا اختبار بسيط للنص", "مرحبا بالعالم هذا اختبار", 0.3333333333333333, 0.0, 0.6666666666666666),
        // Underscore and numeric characters (½) are word characters; "café" ≠ "cafe".
        ("snake_case ½ price 2024 café", "snake_case ½ price 2024 cafe",
         0.3333333333333333, 0.3333333333333333, 0.3333333333333333),
    ]

    @Test func pageCountsMatchTheReferenceScorer() {
        for item in Self.cases {
            let counts = ShingleScorer.counts(expected: item.expected, predicted: item.predicted)
            #expect(abs(counts.truePositive - item.tp) < 1e-12, "\(item.expected)")
            #expect(abs(counts.falsePositive - item.fp) < 1e-12, "\(item.expected)")
            #expect(abs(counts.falseNegative - item.fn) < 1e-12, "\(item.expected)")
        }
    }

    @Test func summaryMatchesTheReferenceScorer() {
        let summary = ShingleScorer.summarize(Self.cases.map {
            ShingleScorer.counts(expected: $0.expected, predicted: $0.predicted)
        })
        #expect(abs(summary.precision - 0.6777777777777777) < 1e-12)
        #expect(abs(summary.recall - 0.5711805555555556) < 1e-12)
        #expect(abs(summary.f1 - 0.6199301887375281) < 1e-12)
    }

    @Test func tokensFollowPythonWordCharacters() {
        #expect(ShingleScorer.tokens("it's a_b, 3.5 — ok") == ["it", "s", "a_b", "3", "5", "ok"])
        #expect(ShingleScorer.tokens("नमस्ते").count == 2)
    }
}
