import Testing
@testable import NewsScraperGeneric
import NewsScraperHTML

/// The facts ``ContentLocator`` finds for an element by its name bytes, against the facts of its
/// `tagName` read from the sets, and the classifier's judgement by tag role against the one by name.
struct TagFactsTests {
    @Test func factsByNameBytesAgreeWithTheSets() throws {
        let elements = TagCensusTests.names.filter { !$0.isEmpty && $0.allSatisfy(\.isASCII) }
            + ContentLocator.namesWithFacts + ["html", "head", "body", "title", "svg", "math", "main", "section", "button"]
        let markup = elements.map { #"<\#($0) class="share-bar x" id="main-content" role="navigation">t</\#($0)>"# }
        let document = try HTMLDocument(html: "<html><body><div>" + markup.joined() + "</div></body></html>")
        let classifier = BoilerplateClassifier()
        var checked = 0
        for node in try #require(document.root).descendants where node.isElement {
            let facts = ContentLocator.tagFacts(of: node)
            #expect(facts == ContentLocator.TagFacts(name: node.tagName), "\(node.tagName)")
            #expect(classifier.judge(node, role: facts.role) == classifier.judge(node, name: node.tagName), "\(node.tagName)")
            checked += 1
        }
        #expect(checked > 100)
    }

    @Test func aNameInNoSetHasNoFacts() {
        #expect(ContentLocator.TagFacts(name: "div") == ContentLocator.TagFacts())
        #expect(ContentLocator.TagFacts(name: "x-custom-element") == ContentLocator.TagFacts())
    }

    @Test func countingByIndexAgreesWithTheSwitch() {
        for (index, name) in TagCensus.countedNames.enumerated() {
            var byIndex = TagCensus()
            var byName = TagCensus()
            byIndex.count(countedNameAt: index)
            byName.countBySwitch(name)
            #expect(byIndex == byName, "\(name)")
        }
    }
}
