import Foundation
import Testing
@testable import NewsScraperHTML

/// `elements(havingAttribute:)`, a walk, must select what the XPath query it replaced selected.
@Suite struct ElementsHavingAttributeTests {
    static let page = AttributeLookupTests.page

    @Test func elementsHavingAnAttributeAreWhatTheXPathQuerySelects() throws {
        let document = try HTMLDocument(html: Self.page)
        for name in ["itemprop", "itemscope", "class", "ITEMPROP", "data-itemprop", "lang", "missing"] {
            let walked = document.elements(havingAttribute: name).map(\.pointer)
            let queried = try document.xpath("//*[@\(name)]").map(\.pointer)
            #expect(walked == queried, "\(name)")
        }
    }

    /// Every page of a folder of saved `.html` pages (set `NEWSSCRAPER_ELISION_CORPUS` to run).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["NEWSSCRAPER_ELISION_CORPUS"] != nil))
    func corpusElementsHavingItempropAreWhatTheXPathQuerySelects() throws {
        let folder = try #require(ProcessInfo.processInfo.environment["NEWSSCRAPER_ELISION_CORPUS"])
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where name.hasSuffix(".html") {
            let bytes = try #require(FileManager.default.contents(atPath: folder + "/" + name))
            guard let document = try? HTMLDocument(bytes: bytes) else { continue }
            let walked = document.elements(havingAttribute: "itemprop").map(\.pointer)
            let queried = try document.xpath("//*[@itemprop]").map(\.pointer)
            #expect(walked == queried, "\(name)")
        }
    }
}
