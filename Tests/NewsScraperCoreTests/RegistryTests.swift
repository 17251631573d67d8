import Foundation
import Testing
import NewsScraperCore

private struct StubExtractor: SiteExtractor {
    let id: String
    let matcher: PageMatcher
    func extract(from context: ExtractionContext) throws -> ExtractedFields { ExtractedFields() }
}

@Suite struct RegistryTests {
    let url = URL(string: "https://news.example.com/world/123-story/")!

    @Test func hostPatterns() {
        #expect(PageMatcher(hosts: ["example.com"]).specificity(for: URL(string: "https://www.example.com/x")) != nil)
        #expect(PageMatcher(hosts: ["example.com"]).specificity(for: url) == nil)
        #expect(PageMatcher(hosts: [".example.com"]).specificity(for: url) != nil)
        #expect(PageMatcher(hosts: [".example.com"]).specificity(for: URL(string: "https://example.com/")) != nil)
        #expect(PageMatcher(hosts: [".example.com"]).specificity(for: URL(string: "https://badexample.com/")) == nil)
        #expect(PageMatcher(hosts: ["*"]).specificity(for: url) != nil)
    }

    @Test func pathPatterns() {
        #expect(PageMatcher(hosts: ["*"], paths: ["/world/"]).specificity(for: url) != nil)
        #expect(PageMatcher(hosts: ["*"], paths: ["/sport/"]).specificity(for: url) == nil)
        #expect(PageMatcher(hosts: ["*"], paths: ["/*/123-*"]).specificity(for: url) != nil)
    }

    @Test func resolutionOrderIsPriorityThenSpecificityThenLatestRegistration() {
        var registry = ExtractorRegistry()
        registry.register(StubExtractor(id: "any", matcher: PageMatcher(hosts: ["*"])))
        registry.register(StubExtractor(id: "wildcard", matcher: PageMatcher(hosts: [".example.com"])))
        registry.register(StubExtractor(id: "exact", matcher: PageMatcher(hosts: ["news.example.com"])))
        registry.register(StubExtractor(id: "exact-later", matcher: PageMatcher(hosts: ["news.example.com"])))
        registry.register(StubExtractor(id: "urgent", matcher: PageMatcher(hosts: ["*"], priority: 10)))
        registry.register(StubExtractor(id: "other-site", matcher: PageMatcher(hosts: ["other.org"], priority: 99)))
        #expect(registry.candidates(for: url).map(\.id) == ["urgent", "exact-later", "exact", "wildcard", "any"])
    }

    @Test func registryIsUsableFromManyTasks() async {
        let registry = ExtractorRegistry([StubExtractor(id: "exact", matcher: PageMatcher(hosts: ["news.example.com"]))])
        let url = self.url
        let ids = await withTaskGroup(of: String?.self) { group in
            for _ in 0..<50 { group.addTask { registry.candidates(for: url).first?.id } }
            var ids: [String?] = []
            for await id in group { ids.append(id) }
            return ids
        }
        #expect(ids.allSatisfy { $0 == "exact" })
    }
}
