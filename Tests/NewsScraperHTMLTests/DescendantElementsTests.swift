import Testing
@testable import NewsScraperHTML

/// `HTMLNode.descendantElements(named:)`, the pointer walk, against the filter over `descendants` it replaces.
struct DescendantElementsTests {
    static let html = """
        <html><body><header><H1>Site</H1></header><main><article><h1 class="x">Story</h1><p>a<h1>b</h1></p>
        <div><span><h1>deep</h1></span></div></article></main><h2>not</h2><h10>no</h10><footer><h1>end</h1></footer>
        <template><h1>t</h1></template><svg><h1>in svg</h1></svg></body></html>
        """

    @Test func agreesWithFilteringDescendantsFromEveryNode() throws {
        let document = try HTMLDocument(html: Self.html)
        let root = try #require(document.root)
        let starts = [root] + root.descendants.filter { $0.isElement || $0.kind == .text }
        for start in starts {
            for name in ["h1", "H1", "h2", "p", "span", "h10", "nothing"] {
                let slow = start.descendants.filter { $0.hasTagName(name) }
                #expect(start.descendantElements(named: name) == slow, "\(start.tagName) \(name)")
            }
        }
        #expect(try #require(document.body).descendantElements(named: "h1").count >= 5)
    }

    @Test func firstMatchAgreesWithTheFirstOfTheFilteredDescendants() throws {
        let document = try HTMLDocument(html: Self.html)
        let root = try #require(document.root)
        let starts = [root] + root.descendants.filter(\.isElement)
        let predicates: [(HTMLNode) -> Bool] = [{ _ in true }, { $0.text == "deep" }, { $0.text == "none" }, { $0.hasAttribute("class") }]
        for start in starts {
            for name in ["h1", "H1", "span", "nothing"] {
                for predicate in predicates {
                    let slow = start.descendants.first { $0.hasTagName(name) && predicate($0) }
                    #expect(start.firstDescendantElement(named: name, where: predicate) == slow, "\(start.tagName) \(name)")
                }
            }
        }
    }
}
