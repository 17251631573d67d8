import Testing
@testable import NewsScraperHTML

/// libxml2 2.9 is an HTML4 parser: these pin down how it repairs broken markup,
/// so extraction code can rely on the shapes it really gets.
@Suite struct MalformedMarkupTests {
    @Test(arguments: [
        "<html><body><p>first</p></body></html><div><p>after the html</p></div>",
        "<html><body><p>first</p></body><div><p>after the html</p></div></html>",
        "<html><body><p>first</p></body></html><html><body><div><p>after the html</p></div></body></html>",
    ])
    func contentAfterAnEarlyEndOfBodyStaysInTheBody(page: String) throws {
        let document = try HTMLDocument(html: page)
        #expect(document.root?.childElements.map(\.tagName) == ["body"] || document.root?.childElements.map(\.tagName) == ["head", "body"])
        #expect(document.body?.text == "first after the html")
    }

    @Test func unclosedTagsAreClosedByTheirParent() throws {
        let document = try HTMLDocument(html: "<div id=d><p>one<p>two<ul><li>a<li>b</ul></div><p>after")
        #expect(ids(try document.select("#d > p")).count == 2)
        #expect(try document.select("li").map(\.text) == ["a", "b"])
        #expect(try document.select("p").map(\.text) == ["one", "two", "after"])
    }

    @Test func paragraphIsNotClosedBySection() throws {
        let document = try HTMLDocument(html: "<body><p id=p>First<section id=s>Inside</section>Tail<p id=q>Next</body>")
        let section = try #require(try document.selectFirst("#s"))
        #expect(section.parent?.id == "p")
        #expect(try document.selectFirst("#p")?.text == "First Inside Tail")
        #expect(try document.selectFirst("#q")?.parent?.tagName == "body")
    }

    @Test func html5ElementsAreKeptAsElements() throws {
        let document = try HTMLDocument(html: "<main><article><figure><figcaption>c</figcaption></figure></article></main>")
        #expect(try document.select("main > article > figure > figcaption").count == 1)
    }

    @Test("entities decode", arguments: [
        ("&apos;", "'"), ("&hellip;", "…"), ("&ndash;", "–"), ("&#8212;", "—"), ("&#x2019;", "’"),
        ("&amp;amp;", "&amp;"), ("&lt;b&gt;", "<b>"), ("&nbsp;x", "x"), ("&eacute;", "é"), ("AT&T", "AT&T"),
    ])
    func entities(source: String, expected: String) throws {
        let document = try HTMLDocument(html: "<p>\(source)</p>")
        #expect(try document.selectFirst("p")?.text == expected)
    }

    @Test func entitiesInAttributesDecode() throws {
        let document = try HTMLDocument(html: "<a href=\"/a?x=1&amp;y=2\" title=\"&quot;q&quot;\">l</a>")
        let link = try #require(try document.selectFirst("a"))
        #expect(link.attribute("href") == "/a?x=1&y=2")
        #expect(link.attribute("title") == "\"q\"")
    }

    @Test func scriptBodyWithMarkupMakesNoElements() throws {
        let html = "<body><script>var s = '<div id=\"fake\"><p>no</p></div>'; if (a < b) {}</script><p id=real>yes</p></body>"
        let document = try HTMLDocument(html: html)
        #expect(try document.select("#fake").isEmpty)
        #expect(ids(try document.select("p")) == ["real"])
        #expect(document.body?.text == "yes")
        #expect(try document.selectFirst("script")?.textContent.contains("<div id=\"fake\">") == true)
    }

    @Test func styleBodyIsNotText() throws {
        let document = try HTMLDocument(html: "<style>p > a { color: red }</style><p>shown</p>")
        #expect(document.body?.text ?? document.root?.text == "shown")
    }

    @Test func strayClosingTagsAreIgnored() throws {
        let document = try HTMLDocument(html: "<body></div><p id=a>one</p></div></span><p id=b>two</p></body>")
        #expect(ids(try document.select("body > p")) == ["a", "b"])
        #expect(document.body?.text == "one two")
    }

    @Test func misnestedInlineTags() throws {
        let document = try HTMLDocument(html: "<p><b>bold <i>both</b> italic?</i></p>")
        #expect(try document.selectFirst("p")?.text.hasPrefix("bold both") == true)
    }

    @Test func missingHtmlHeadAndBodyAreSupplied() throws {
        let document = try HTMLDocument(html: "<title>T</title><p>x</p>")
        #expect(document.root?.tagName == "html")
        #expect(document.title == "T")
        #expect(document.body?.text == "x")
    }

    @Test func unclosedAttributeQuoteDoesNotCrash() throws {
        let document = try HTMLDocument(html: "<div class=\"a><p>text</p></div><p>later</p>")
        #expect(document.root != nil)
    }

    @Test func uppercaseTagsAreLowercased() throws {
        let document = try HTMLDocument(html: "<DIV ID=x CLASS=Big><P>t</P></DIV>")
        let div = try #require(try document.selectFirst("div"))
        #expect(div.tagName == "div")
        #expect(div.attribute("class") == "Big")
        #expect(div.attribute("CLASS") == "Big")
    }
}
