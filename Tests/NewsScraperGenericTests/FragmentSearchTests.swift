import Testing
@testable import NewsScraperGeneric

/// `BylineFinder.FragmentSearch`, which passes bytes that start no fragment with one bit test,
/// against the plain search.
struct FragmentSearchTests {
    @Test func findsWhatThePlainSearchFinds() {
        let values = [
            "", "author", "AUTHOR", "post-Author__name", "by-line", "BY-LINE", "bylines", "writer", "fn", "FN", "f",
            "contributor", "contributo", "related-posts", "Recommended", "most-popular", "trending_now", "comments",
            "Testimonials", "col-md-6 row", "authorx", "xauthor", "au", "a", "é-author", "rélated", "related", "popula",
            "commen\u{00E9}t", "\u{00FF}author", "wrapper container", "TRENDING", "byline\u{0000}", "byl",
        ]
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFRTW-_ \u{00E9}".utf8)
        let random = (0..<3000).map { _ in
            String(decoding: (0..<Int.random(in: 0..<14, using: &generator)).map { _ in
                letters.randomElement(using: &generator)!
            }, as: UTF8.self)
        }
        for value in values + random {
            for (fragments, search) in [(BylineFinder.markerFragments, BylineFinder.markerSearch),
                                        (BylineFinder.otherStoriesFragments, BylineFinder.otherStoriesSearch)] {
                let bytes = Array(value.utf8)
                bytes.withUnsafeBufferPointer { buffer in
                    #expect(search.occurs(in: buffer) == BylineFinder.containsFragment(of: fragments, in: buffer), "\(value)")
                }
            }
        }
    }
}
