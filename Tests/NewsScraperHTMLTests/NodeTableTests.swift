import Testing
@testable import NewsScraperHTML

struct NodeTableTests {
    static let html = """
        <html><head><script type="application/ld+json">{}</script></head>
        <body><div id="a"><p>One, two</p><SCRIPT>x()</SCRIPT></div><div id="b" class="x">Three</div></body></html>
        """

    @Test func storesAndFindsValuesByNode() throws {
        let document = try HTMLDocument(html: Self.html)
        let divs = try document.select("div")
        var table = HTMLNodeTable<Int>()
        #expect(table[divs[0]] == nil)
        table[divs[1]] = 2
        table[divs[0]] = 1
        #expect(table[divs[0]] == 1)
        #expect(table[divs[1]] == 2)
        #expect(table[try #require(document.body)] == nil)
        var seen: [Int] = []
        table.forEach { _, value in seen.append(value) }
        #expect(seen == [2, 1])  // in the order the nodes were numbered
        table[divs[1]] = nil
        #expect(table[divs[1]] == nil)
    }

    @Test func keepsItsDocumentAlive() throws {
        func filledTable() throws -> HTMLNodeTable<String> {
            let document = try HTMLDocument(html: Self.html)
            var table = HTMLNodeTable<String>()
            for div in try document.select("div") { table[div] = div.id ?? "" }
            return table
        }
        let table = try filledTable()
        var seen: [String] = []
        table.forEach { node, value in seen.append("\(node.tagName)#\(value)") }
        #expect(seen == ["div#a", "div#b"])
        var visited = 0
        HTMLNodeTable<Int>().forEach { _, _ in visited += 1 }
        #expect(visited == 0)
    }

    @Test func releasesItsDocumentWithItself() throws {
        weak var released: HTMLDocument?
        do {
            let document = try HTMLDocument(html: Self.html)
            var table = HTMLNodeTable<Int>()
            for div in try document.select("div") { table[div] = 1 }
            table.forEach { node, _ in #expect(node.document === document) }
            released = document
        }
        #expect(released == nil)
    }

    @Test func elementsByNameMatchXPath() throws {
        let document = try HTMLDocument(html: Self.html)
        #expect(document.elements(named: "script") == (try document.xpath("//script")))
        #expect(document.elements(named: "div").count == 2)
    }

    @Test func readsBytesInPlace() throws {
        let document = try HTMLDocument(html: Self.html)
        let div = try #require(try document.selectFirst("#b"))
        var value = ""
        #expect(div.withAttributeUTF8("CLASS") { value = String(decoding: $0, as: UTF8.self) })
        #expect(value == "x")
        #expect(!div.withAttributeUTF8("title") { _ in })
        let text = try #require(div.firstChild)
        var content = ""
        #expect(text.withContentUTF8 { content = String(decoding: $0, as: UTF8.self) })
        #expect(content == "Three")
        #expect(!div.withContentUTF8 { _ in })
    }

    @Test func countsDescendantsAsTheWalkEntersThem() throws {
        let document = try HTMLDocument(html: Self.html)
        let root = try #require(document.root)
        var entered = 0
        root.walk { _, event in
            if event == .enter { entered += 1 }
            return .descend
        }
        #expect(root.descendantCount(upTo: 1000) == entered)
        #expect(root.descendantCount(upTo: 3) == 4)
    }
}
