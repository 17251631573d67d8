import Testing
@testable import NewsScraperHTML

/// `HTMLTagNames`, which finds an element's name by its bytes in place, against a search of the
/// list by the element's `tagName`.
struct TagNamesTests {
    static let listed = ["a", "p", "div", "script", "blockquote", "h1", "textarea", "x-sixteen-bytes1", "noscript"]

    @Test func findsEveryElementAsTheListDoes() throws {
        let names = HTMLTagNames(Self.listed)
        let document = try HTMLDocument(html: """
            <html><head><script>x()</script><title>T</title></head><body><DIV class="a"><p>One <a href="/">two</a></p>
            <blockquote>q</blockquote><h1>h</h1><h2>h</h2><textarea>t</textarea><x-sixteen-bytes1>x</x-sixteen-bytes1>
            <x-seventeen-bytes>y</x-seventeen-bytes><abbr>ab</abbr><ab>c</ab><noscript>n</noscript><span>s</span></DIV>
            <!-- comment --></body></html>
            """)
        var checked = 0
        for node in try #require(document.root).descendants {
            let expected = node.isElement ? Self.listed.firstIndex(of: node.tagName) : nil
            #expect(names.index(of: node) == expected, "\(node)")
            checked += 1
        }
        #expect(checked > 30)
    }

    @Test func aLargeListFindsEachName() throws {
        let listed = (0..<200).map { "e\($0)" }
        let names = HTMLTagNames(listed)
        let document = try HTMLDocument(html: "<html><body>" + listed.map { "<\($0)></\($0)>" }.joined() + "<e200></e200></body></html>")
        let elements = try #require(document.body).childElements
        #expect(elements.count == 201)
        for (index, element) in elements.enumerated() {
            #expect(names.index(of: element) == (index < 200 ? index : nil))
        }
    }
}

extension TagNamesTests {
    /// `HTMLNode.headingLevel`, read from the name's bytes, against the element's `tagName`.
    @Test func headingLevelsAgreeWithTagNames() throws {
        let document = try HTMLDocument(html: """
            <html><body><H1>a</H1><h2>b</h2><h6>c</h6><h7>d</h7><h10>e</h10><hr><header>f</header><h>g</h><p>h</p></body></html>
            """)
        var headings = 0
        for node in try #require(document.root).descendants {
            let name = node.tagName
            let expected = node.isElement && name.count == 2 && name.hasPrefix("h") ? Int(name.dropFirst()).flatMap {
                (1...6).contains($0) ? $0 : nil
            } : nil
            #expect(node.headingLevel == expected, "\(node)")
            if expected != nil { headings += 1 }
        }
        #expect(headings == 3)
    }
}
