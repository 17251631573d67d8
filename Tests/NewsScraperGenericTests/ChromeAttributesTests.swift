import Testing
@testable import NewsScraperGeneric
import NewsScraperHTML

struct ChromeAttributesTests {
    /// The one pass over an element's attributes finds what a lookup by name (the old path) finds.
    @Test func findsWhatLookupsByNameFind() throws {
        let document = try HTMLDocument(html: """
            <html><body>
            <div ID="a" CLASS="Share-Bar" data-x="1" href="/x" Style="display: NONE" role="Navigation"></div>
            <div hidden aria-hidden="true" itemprop="articleBody" class="one" class="two" id="S:1" id="S:2"></div>
            <div title="t" class="a&amp;b comments" id="x&lt;y" style="color:red" lang="en" dir="ltr"></div>
            <div data-role="main" data-class="x" aria-label="y" itemscope itemtype="t"></div>
            <section></section>
            </body></html>
            """)
        let elements = try #require(document.body).childElements
        #expect(elements.count == 5)
        let names = ["hidden", "aria-hidden", "itemprop", "style", "role", "class", "id"]
        for element in elements {
            let found = MarkupAttributes(element)
            let attributes = [found.hidden, found.ariaHidden, found.itemprop, found.style, found.role,
                              found.classList, found.id]
            for (name, attribute) in zip(names, attributes) {
                #expect(attribute?.value == element.attribute(name), "\(name)")
                var inPlace: [UInt8]?
                attribute?.withValueUTF8 { inPlace = Array($0) }
                var byName: [UInt8]?
                _ = element.withAttributeUTF8(name) { byName = Array($0) }
                #expect(inPlace == byName, "\(name)")
            }
        }
    }
}
