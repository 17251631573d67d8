import Testing
@testable import NewsScraperHTML

@Suite struct XPathTests {
    @Test func elementsInDocumentOrder() throws {
        let document = try FixtureLoader.document("selectors.html")
        #expect(ids(try document.xpath("//p")) == ["p1", "p2", "p3", "p4"])
        #expect(ids(try document.xpath("//li[position() mod 2 = 0]")) == ["li2", "li4"])
        #expect(ids(try document.xpath("//*[@id='main']/p[@class]")) == ["p1", "p3"])
    }

    @Test func attributeNodes() throws {
        let document = try FixtureLoader.document("selectors.html")
        let hrefs = try document.xpath("//a/@href")
        #expect(hrefs.count == 1)
        let href = try #require(hrefs.first)
        #expect(href.kind == .attribute)
        #expect(href.tagName == "href")
        #expect(href.textContent == "https://example.com/one")
        #expect(href.text == "https://example.com/one")
        #expect(href.outerHTML == "https://example.com/one")
        #expect(href.parent?.id == "a1")
        #expect(!href.isElement)
        #expect(href.attribute("href") == nil)
        #expect(href.childElements.isEmpty)
        #expect(Array(href.descendants).isEmpty)
        #expect(try href.select("*").isEmpty)
        href.remove()
        href.unwrap()
        #expect(try document.selectFirst("#a1")?.attribute("href") == "https://example.com/one")
        let classes = try document.xpath("//@class").map(\.textContent)
        #expect(classes == [" a  b ", "title", "lead a", "b", "odd"])
    }

    @Test func textNodes() throws {
        let document = try FixtureLoader.document("selectors.html")
        let texts = try document.xpath("//li/text()")
        #expect(texts.map(\.kind) == Array(repeating: .text, count: 5))
        #expect(texts.map(\.textContent) == ["1", "2", "3", "4", "5"])
    }

    @Test func relativeToANode() throws {
        let document = try FixtureLoader.document("selectors.html")
        let main = try #require(try document.selectFirst("#main"))
        #expect(ids(try main.xpath("p")) == ["p1", "p2", "p3", "p4"])
        #expect(ids(try main.xpath("./p[last()]")) == ["p4"])
        #expect(ids(try main.xpath("..")) == ["body"])
        #expect(ids(try document.xpath("html/body/ul")) == ["list"])
    }

    @Test func documentNode() throws {
        let document = try FixtureLoader.document("selectors.html")
        let nodes = try document.xpath("/")
        #expect(nodes.map(\.kind) == [.document])
        #expect(nodes.first?.parent == nil)
    }

    @Test func namespaceNodesAreNotReturned() throws {
        // libxml2 frees namespace nodes with the result set; handing them out would dangle.
        let document = try FixtureLoader.document("selectors.html")
        #expect(try document.xpath("//namespace::*").isEmpty)
    }

    @Test("invalid XPath throws", arguments: ["//p[", "///", "//p[@id=", "count(", "", "!!", "//p/@"])
    func invalid(expression: String) throws {
        let document = try FixtureLoader.document("selectors.html")
        #expect {
            _ = try document.xpath(expression)
        } throws: { error in
            guard case let HTMLError.invalidXPath(given, reason) = error else { return false }
            return given == expression && !reason.isEmpty
        }
    }

    @Test("non-node-set results throw", arguments: ["count(//p)", "string(//title)", "1 + 1", "true()"])
    func notANodeSet(expression: String) throws {
        let document = try FixtureLoader.document("selectors.html")
        #expect(throws: HTMLError.self) { try document.xpath(expression) }
    }
}
