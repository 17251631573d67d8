import NewsScraperHTML
import Testing
@testable import NewsScraperGeneric

/// The one pass over an element's attributes in `MarkupAttributes`, with the byline tests on it, finds what the
/// lookups by name it replaced (the old path, written out here) find.
struct BylineMarkingAttributesTests {
    @Test func findsWhatLookupsByNameFind() throws {
        let document = try HTMLDocument(html: """
            <html><body>
            <a REL="Author" href="/a" CLASS="Byline__name" data-rel="x">Jane</a>
            <span itemprop="author" class="one" class="related-author" id="x" id="comments"></span>
            <div id="Trending-Now" title="t" rel="nofollow author" lang="en"></div>
            <div class="a&amp;b testimonial-writer" data-class="author" aria-label="related"></div>
            <p>plain</p>
            </body></html>
            """)
        let elements = try #require(document.body).childElements
        #expect(elements.count == 5)
        for element in elements {
            let found = MarkupAttributes(element)
            for (name, attribute) in zip(["rel", "itemprop", "class", "id"],
                                         [found.rel, found.itemprop, found.classList, found.id]) {
                #expect(attribute?.value == element.attribute(name), "\(name)")
            }
            #expect(found.mayMarkByline == Self.oldPath(element, BylineFinder.markerFragments))
            #expect(found.holdOtherStories == Self.oldPath(element, BylineFinder.otherStoriesFragments))
        }
    }

    /// The class, then the id, looked up by name and searched for the fragments.
    static func oldPath(_ node: HTMLNode, _ fragments: [[UInt8]]) -> Bool {
        var found = false
        _ = node.withAttributeUTF8("class") { found = BylineFinder.containsFragment(of: fragments, in: $0) }
        if !found { _ = node.withAttributeUTF8("id") { found = BylineFinder.containsFragment(of: fragments, in: $0) } }
        return found
    }
}
