import Foundation
import Testing
@testable import NewsScraperHTML

@Suite struct NodeAPITests {
    static let page = """
        <html><head><base href="/news/"><title> The   Title </title></head>
        <body><div id="d" class=" a  b " data-X="1">Hello<b>big</b>world<p>para&nbsp;one</p><p>two\u{a0}\u{a0} three</p>
        <script>var hidden = 1;</script><style>.x{}</style>inline<br>after<span>s1</span><span>s2</span>
        <a id="rel" href="story.html">r</a><a id="root" href="/top">t</a><a id="abs" href="https://other.org/x">a</a>
        <a id="frag" href="#top">f</a><a id="js" href="javascript:void(0)">j</a><a id="proto" href="//cdn.example.com/i.png">p</a>
        <a id="space" href=" with space.html ">s</a><img id="img" src="../img/photo.jpg"></div></body></html>
        """

    func document(url: String? = "https://example.com/section/page.html") throws -> HTMLDocument {
        try HTMLDocument(html: Self.page, url: url.flatMap(URL.init(string:)))
    }

    @Test func textCanOmitElementsWithWhatTheyHold() throws {
        let div = try #require(try document().selectFirst("#d"))
        #expect(div.text(omitting: { _ in false }) == div.text)
        let withoutParagraphs = div.text(omitting: { $0.hasTagName("p") || $0.hasTagName("a") })
        #expect(withoutParagraphs == "Hellobigworld inline afters1s2")
        #expect(!withoutParagraphs.contains("para") && !withoutParagraphs.contains("three"))
    }

    @Test func tagNamesAreCaseInsensitive() throws {
        let div = try #require(try document().selectFirst("#d"))
        #expect(div.tagName == "div")
        #expect(div.hasTagName("div"))
        #expect(div.hasTagName("DIV"))
        #expect(div.hasTagName("Div"))
        #expect(!div.hasTagName("dv"))
        #expect(!div.hasTagName("divs"))
        #expect(!div.hasTagName(""))
        #expect(div.firstChild?.hasTagName("div") == false)
    }

    @Test func hasClassAgreesWithTheCharacterSplit() throws {
        let values = ["a b", " a\tb\r\nc ", "x\u{0C}y", "", "   ", "caf\u{E9} b", "cafe\u{301}", "a\u{A0}b", "A a"]
        let names = ["a", "b", "c", "x", "y", "", "caf\u{E9}", "cafe\u{301}", "a\u{A0}b", "A"]
        for value in values {
            let document = try HTMLDocument(html: "<div class=\"\(value)\">x</div><p>y</p>")
            let div = try #require(try document.selectFirst("div"))
            let paragraph = try #require(try document.selectFirst("p"))
            let parsed = try #require(div.attribute("class"))
            for name in names {
                let expected = parsed.split(whereSeparator: { $0.isASCIIWhitespaceCharacter }).contains { $0 == name }
                #expect(div.hasClass(name) == expected, "\(value) \(name)")
                #expect(!paragraph.hasClass(name))
            }
        }
    }

    @Test func attributes() throws {
        let div = try #require(try document().selectFirst("#d"))
        #expect(div.attribute("id") == "d")
        #expect(div.attribute("data-x") == "1")
        #expect(div.attribute("DATA-X") == "1")
        #expect(div.attribute("missing") == nil)
        #expect(div.hasAttribute("class"))
        #expect(div.classNames == ["a", "b"])
        #expect(div.hasClass("a") && div.hasClass("b") && !div.hasClass("a  b"))
        #expect(div.attributes.map(\.name) == ["id", "class", "data-x"])
        div.setAttribute("data-x", to: "2")
        #expect(div.attribute("data-x") == "2")
        div.setAttribute("data-x", to: nil)
        #expect(div.attribute("data-x") == nil)
    }

    @Test func navigation() throws {
        let document = try document()
        let div = try #require(try document.selectFirst("#d"))
        #expect(div.parent == document.body)
        #expect(document.root?.parent == nil)
        let first = try #require(div.firstChild)
        #expect(first.kind == .text)
        #expect(first.textContent == "Hello")
        #expect(first.nextSibling?.tagName == "b")
        #expect(first.nextElementSibling?.tagName == "b")
        #expect(div.lastChild?.id == "img")
        let spans = try document.select("span")
        #expect(spans[0].nextElementSibling == spans[1])
        #expect(spans[1].previousElementSibling == spans[0])
        #expect(spans[0].previousSibling?.tagName == "br" || spans[0].previousSibling?.kind == .text)
        #expect(div.childElements.map(\.tagName) == ["b", "p", "p", "script", "style", "br", "span", "span",
                                                      "a", "a", "a", "a", "a", "a", "a", "img"])
        #expect(div.children.count > div.childElements.count)
        #expect(div.contains(spans[0]) && !spans[0].contains(div))
        #expect(spans[0].depth == 3)
        #expect(div.firstChildElement(named: "P")?.text == "para one")
        #expect(document.root?.firstDescendant(named: "span")?.text == "s1")
    }

    @Test func normalisedText() throws {
        let document = try document()
        #expect(document.title == "The Title")
        let div = try #require(try document.selectFirst("#d"))
        #expect(div.text == "Hellobigworld para one two three inline afters1s2 rta fjp s")
    }

    @Test("block boundaries separate words, inline ones do not", arguments: [
        ("<div>a</div><div>b</div>", "a b"),
        ("<p>a</p>b", "a b"),
        ("a<br>b", "a b"),
        ("a<br/><br/>b", "a b"),
        ("<span>a</span><span>b</span>", "ab"),
        ("<b>a</b> <i>b</i>", "a b"),
        ("<ul><li>one</li><li>two</li></ul>", "one two"),
        ("<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>", "1 2 3"),
        ("<h1>Head</h1><p>Body</p>", "Head Body"),
        ("x<img src=a.png>y", "x y"),
        ("<p>\n\t  spaced \u{a0} out \n</p>", "spaced out"),
        ("a&nbsp;&nbsp;b", "a b"),
        ("<div><div><div>deep</div></div>tail</div>", "deep tail"),
        ("<p></p><p></p>only", "only"),
        ("before<script>no()</script>after", "beforeafter"),
        ("<noscript>ns</noscript>shown", "shown"),
        ("<p>a<!-- comment -->b</p>", "ab"),
    ])
    func blockBoundaries(html: String, expected: String) throws {
        let document = try HTMLDocument(html: "<body>\(html)</body>")
        #expect(document.body?.text == expected)
    }

    @Test func textContentIsRaw() throws {
        let p = try #require(try HTMLDocument(html: "<p>a\n <b>b</b><script>s()</script></p>").selectFirst("p"))
        #expect(p.textContent == "a\n bs()")
    }

    @Test func innerAndOuterHTML() throws {
        let document = try HTMLDocument(html: "<div id=x><b>bold</b> &amp; <i>it</i></div>")
        let div = try #require(try document.selectFirst("#x"))
        #expect(div.innerHTML == "<b>bold</b> &amp; <i>it</i>")
        #expect(div.outerHTML == "<div id=\"x\">\(div.innerHTML)</div>")
    }

    @Test("links resolve against <base href> and the page URL", arguments: [
        ("rel", "https://example.com/news/story.html"),
        ("root", "https://example.com/top"),
        ("abs", "https://other.org/x"),
        ("proto", "https://cdn.example.com/i.png"),
        ("space", "https://example.com/news/with%20space.html"),
    ])
    func resolution(id: String, expected: String) throws {
        let node = try #require(try document().selectFirst("#\(id)"))
        #expect(node.absoluteURL(forAttribute: "href")?.absoluteString == expected)
    }

    @Test func fragmentAndScriptLinksDoNotResolve() throws {
        let document = try document()
        #expect(try document.selectFirst("#frag")?.absoluteURL(forAttribute: "href") == nil)
        #expect(try document.selectFirst("#js")?.absoluteURL(forAttribute: "href") == nil)
        #expect(try document.selectFirst("#rel")?.absoluteURL(forAttribute: "missing") == nil)
    }

    @Test func baseURLIsResolvedAgainstThePageURL() throws {
        let document = try document()
        #expect(document.baseURL?.absoluteString == "https://example.com/news/")
        #expect(try document.selectFirst("#img")?.absoluteURL(forAttribute: "src")?.absoluteString
            == "https://example.com/img/photo.jpg")
    }

    @Test func relativeLinksWithoutBase() throws {
        let document = try HTMLDocument(html: "<a href=\"../up/a.html?q=1#f\">x</a><img src=\"pic.png\">",
                                        url: URL(string: "https://example.com/a/b/page"))
        #expect(try document.selectFirst("a")?.absoluteURL(forAttribute: "href")?.absoluteString
            == "https://example.com/a/up/a.html?q=1#f")
        #expect(try document.selectFirst("img")?.absoluteURL(forAttribute: "src")?.absoluteString
            == "https://example.com/a/b/pic.png")
    }

    @Test func removeKeepsNodeValuesValid() throws {
        let document = try HTMLDocument(html: "<div id=d><p id=a>one <b>bold</b></p><p id=b>two</p></div>")
        let a = try #require(try document.selectFirst("#a"))
        let bold = try #require(try document.selectFirst("b"))
        a.remove()
        #expect(ids(try document.select("p")) == ["b"])
        #expect(document.body?.text == "two")
        // Removed nodes stay readable until the document goes away.
        #expect(a.text == "one bold")
        #expect(bold.parent == a)
        #expect(a.parent == nil)
        a.remove()
    }

    @Test func unwrapKeepsChildrenInOrder() throws {
        let document = try HTMLDocument(html: "<div id=d>x<span id=s>a<b>b</b>c</span>y</div>")
        let span = try #require(try document.selectFirst("#s"))
        span.unwrap()
        let div = try #require(try document.selectFirst("#d"))
        #expect(div.innerHTML == "xa<b>b</b>cy")
        #expect(span.childElements.isEmpty)
        #expect(span.tagName == "span")
    }

    @Test func replaceWithNodeAndText() throws {
        let document = try HTMLDocument(html: "<div id=d><i id=i>old</i><b id=b>bold</b><u id=u>u</u></div>")
        let italic = try #require(try document.selectFirst("#i"))
        let underline = try #require(try document.selectFirst("#u"))
        italic.replace(with: underline)
        #expect(try document.selectFirst("#d")?.innerHTML == "<u id=\"u\">u</u><b id=\"b\">bold</b>")
        try #require(try document.selectFirst("#b")).replace(withText: "plain & simple")
        #expect(try document.selectFirst("#d")?.innerHTML == "<u id=\"u\">u</u>plain &amp; simple")
        #expect(italic.text == "old")
    }

    @Test func walkEnterLeaveOrder() throws {
        let document = try HTMLDocument(html: "<div id=r><p>a<b>b</b></p><hr><i></i>c</div>")
        let root = try #require(try document.selectFirst("#r"))
        var events: [String] = []
        root.walk { node, event in
            let name = node.kind == .text ? "\"\(node.textContent)\"" : node.tagName
            events.append(event == .enter ? "+\(name)" : "-\(name)")
            return .descend
        }
        #expect(events == ["+p", "+\"a\"", "+b", "+\"b\"", "-b", "-p", "+hr", "-hr", "+i", "-i", "+\"c\""])
    }

    @Test func walkSkipAndStop() throws {
        let document = try HTMLDocument(html: "<div id=r><p>a<b>b</b></p><i>c</i><u>d</u></div>")
        let root = try #require(try document.selectFirst("#r"))
        var entered: [String] = []
        root.walk { node, event in
            guard event == .enter else { return .descend }
            entered.append(node.kind == .text ? node.textContent : node.tagName)
            if node.hasTagName("p") { return .skipChildren }
            if node.hasTagName("u") { return .stop }
            return .descend
        }
        #expect(entered == ["p", "i", "c", "u"])
    }

    @Test func descendantsInDocumentOrder() throws {
        let document = try HTMLDocument(html: "<div id=r><p>a<b>b</b></p><i>c</i></div><p>out</p>")
        let root = try #require(try document.selectFirst("#r"))
        let names = root.descendants.map { $0.kind == .text ? $0.textContent : $0.tagName }
        #expect(names == ["p", "a", "b", "b", "i", "c"])
    }

    @Test func nodesKeepTheirDocumentAlive() throws {
        func paragraph() throws -> HTMLNode? {
            try HTMLDocument(html: "<p>survives</p>").selectFirst("p")
        }
        #expect(try paragraph()?.text == "survives")
    }
}
