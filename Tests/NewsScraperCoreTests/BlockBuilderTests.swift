import Foundation
import NewsScraperCore
import NewsScraperHTML
import Testing

@Suite struct BlockBuilderTests {
    func blocks(_ body: String, skip: @escaping (HTMLNode) -> Bool = { _ in false }) throws -> [Block] {
        let document = try HTMLDocument(html: "<html><body><div id='c'>\(body)</div></body></html>",
                                        url: URL(string: "https://example.com/a/"))
        let container = try #require(try document.selectFirst("#c"))
        return BlockBuilder(skip: skip).blocks(in: container)
    }

    @Test func structureIsKept() throws {
        let result = try blocks("""
        <h2>Sub</h2><p>One <b>bold</b> line.</p><ul><li>a</li><li>b</li></ul><ol><li>first</li></ol>
        <table><tr><th>k</th><th>v</th></tr><tr><td>x</td><td>1</td></tr></table><pre>  code\n  more</pre>
        <figure><img src="/i.jpg" width="600"><figcaption>A caption</figcaption></figure>
        """)
        #expect(result == [
            .heading(level: 2, text: "Sub"), .paragraph("One bold line."), .list(items: ["a", "b"], ordered: false),
            .list(items: ["first"], ordered: true), .table(rows: [["k", "v"], ["x", "1"]]), .preformatted("  code\n  more"),
            .image(ArticleImage(url: URL(string: "https://example.com/i.jpg")!, caption: "A caption", width: 600)),
        ])
    }

    @Test func aHeadingNestedInAHeadingIsABlockOfItsOwn() throws {
        // libxml2 keeps the <h3> inside the <h1> left open; a browser closes the <h1> first.
        let result = try blocks(#"<h1>Harbour reopens<div class="rule"></div><h3>Posted on March 4, 2025</h3></h1><p>Text.</p>"#)
        #expect(result == [.heading(level: 1, text: "Harbour reopens"), .heading(level: 3, text: "Posted on March 4, 2025"),
                           .paragraph("Text.")])
        let skipped = try blocks(#"<h2>Sub<h4 class="x">Label</h4></h2>"#, skip: { $0.hasClass("x") })
        #expect(skipped == [.heading(level: 2, text: "Sub")])
    }

    @Test func theFigureRuleReadsPicturesInsideParagraphsToo() throws {
        let document = try HTMLDocument(html: """
        <html><body><div id='c'><div class="pic"><img src="/a.jpg"><span class="cap">Outside</span></div>
        <p>Text <span class="pic"><img src="/b.jpg"><span class="cap">Inside</span></span> goes on.</p></div></body></html>
        """, url: URL(string: "https://example.com/a/"))
        let container = try #require(try document.selectFirst("#c"))
        let builder = BlockBuilder(figure: { node in
            guard node.hasClass("pic"), let img = node.firstDescendant(named: "img") else { return nil }
            return ImageReader.image(img, caption: node.firstDescendant(named: "span")?.text)
        })
        #expect(builder.blocks(in: container) == [
            .image(ArticleImage(url: URL(string: "https://example.com/a.jpg")!, caption: "Outside")),
            .image(ArticleImage(url: URL(string: "https://example.com/b.jpg")!, caption: "Inside")),
            .paragraph("Text goes on."),
        ])
    }

    @Test func aListNestedWithoutAnItemKeepsItsItems() throws {
        // Invalid but common: the inner list is a child of the outer one.
        let result = try blocks("<ul><li><p><b>Examples</b>:</p></li><ul><li>Salad bar</li><li>Taco truck</li></ul></ul>")
        #expect(result == [.list(items: ["Examples:", "Salad bar", "Taco truck"], ordered: false)])
    }

    @Test func itemsInsideWrappersAndLooseChildrenAreRead() throws {
        let result = try blocks("""
        <ol><div class="group"><li>one</li><li>two</li></div><div>three</div><script>x()</script></ol>
        """)
        #expect(result == [.list(items: ["one", "two", "three"], ordered: true)])
    }

    @Test func aWrapperOfFormattedTextIsOneItem() throws {
        let result = try blocks("<ul><p><strong>Two parts</strong>:</p><p><b>Front</b>: what users see.</p><li>UI</li></ul>")
        #expect(result == [.list(items: ["Two parts:", "Front: what users see.", "UI"], ordered: false)])
    }

    @Test func itemsBehindDeeplyNestedWrappersAreFound() throws {
        let depth = 5_000
        let wrapped = String(repeating: "<div>", count: depth) + "<li>deep item</li>" + String(repeating: "</div>", count: depth)
        let result = try blocks("<ul><li>first</li>\(wrapped)</ul>")
        #expect(result == [.list(items: ["first", "deep item"], ordered: false)])
    }

    @Test func skippedItemsStayOutOfNestedLists() throws {
        let result = try blocks("<ul><li>kept</li><ul><li class='ad'>advert</li><li>also kept</li></ul></ul>",
                                skip: { $0.attribute("class") == "ad" })
        #expect(result == [.list(items: ["kept", "also kept"], ordered: false)])
    }

    @Test func codeKeepsItsLineBreaks() throws {
        let result = try blocks("""
        <pre>import os<br>import time<br><br>def main():<br>    run()</pre>        <pre><code><div class="line">let a = 1</div><div class="line">  let b = 2</div></code></pre>
        """)
        #expect(result == [.preformatted("import os\nimport time\n\ndef main():\n    run()"),
                           .preformatted("let a = 1\n  let b = 2")])
    }

    @Test func aTablesCaptionComesBeforeItsRows() throws {
        let result = try blocks("<table><caption>Costs by year</caption><tr><th>Year</th><th>Cost</th></tr></table>")
        #expect(result == [.paragraph("Costs by year"), .table(rows: [["Year", "Cost"]])])
    }

    @Test func textHiddenFromReadersLeavesHeadingsItemsAndCells() throws {
        let document = try HTMLDocument(html: """
            <html><body><div id='c'><h2>Prices<span class='x'> (table)</span></h2>
            <ul><li>Tent <span class='x'>opens in a new tab</span></li></ul>
            <table><tr><td>Stove<span class='x'> hidden</span></td><td>$40</td></tr></table>
            <blockquote><ul><li>Quoted<span class='x'> hidden</span></li></ul></blockquote></div></body></html>
            """, url: nil)
        let container = try #require(try document.selectFirst("#c"))
        let result = BlockBuilder(hides: { $0.attribute("class") == "x" }).blocks(in: container)
        #expect(result == [.heading(level: 2, text: "Prices"), .list(items: ["Tent"], ordered: false),
                           .table(rows: [["Stove", "$40"]]), .quote(text: "Quoted", attribution: nil)])
    }

    @Test func aQuoteKeepsItsAttributionEvenWhenFootersAreChrome() throws {
        let result = try blocks("<blockquote><p>Words.</p><footer>Someone</footer></blockquote>",
                                skip: { $0.hasTagName("footer") })
        #expect(result == [.quote(text: "Words.", attribution: "Someone")])
    }

    @Test func looseTextAndDoubleBreaksMakeParagraphs() throws {
        let result = try blocks("First part<br><br>Second part<br>same paragraph")
        #expect(result == [.paragraph("First part"), .paragraph("Second part same paragraph")])
    }

    @Test func lazyImagesUseTheirRealSource() throws {
        let result = try blocks("<img src='data:image/gif;base64,R0lG' data-src='/real.jpg'>")
        #expect(result == [.image(ArticleImage(url: URL(string: "https://example.com/real.jpg")!))])
    }
}
