import Testing
@testable import NewsScraperGeneric

/// `TagCensus.count`, which rules names out by length and initial first, against the plain switch.
struct TagCensusTests {
    static let names = TagCensus.countedNames + [
        "", "div", "span", "p", "li", "ul", "ol", "em", "b", "i", "abbr", "address", "area", "audio", "br", "body",
        "canvas", "caption", "cite", "col", "dd", "dl", "dt", "fieldset", "figure", "font", "h2", "h3", "h6", "header",
        "hr", "ins", "kbd", "label", "legend", "main", "map", "meta", "nobr", "noscript", "object", "option", "path",
        "picture", "section", "small", "source", "strong", "sub", "summary", "sup", "tbody", "td", "th", "thead", "tr",
        "track", "u", "var", "video", "wbr", "x-custom-element", "times", "prefix", "forms", "ab", "a2", "h10",
        "tablet", "navs", "ifram", "asides", "blockquotes", "ärticle", "ぁ",
    ]

    @Test func countingByInitialAndLengthAgreesWithTheSwitch() {
        for name in Self.names {
            var fast = TagCensus()
            var slow = TagCensus()
            fast.count(name)
            slow.countBySwitch(name)
            #expect(fast == slow, "\(name)")
        }
    }

    @Test func everyCountedNameIsCounted() {
        for name in TagCensus.countedNames {
            var census = TagCensus()
            census.count(name)
            #expect(census != TagCensus(), "\(name)")
        }
    }
}
