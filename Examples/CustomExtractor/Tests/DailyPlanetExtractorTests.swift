import DailyPlanetExtractor
import Foundation
import NewsScraper
import Testing

@Suite struct DailyPlanetExtractorTests {
    static let page = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/daily-planet-story.html")
    static let url = URL(string: "https://www.dailyplanet.example/news/2025/03/14/metro-bridge-reopens")!

    func extract() throws -> Article {
        var scraper = NewsScraper()
        scraper.register(try DailyPlanet.extractor())
        return try scraper.extract(bytes: try Data(contentsOf: Self.page), url: Self.url,
                                   now: Date(timeIntervalSince1970: 1_750_000_000))
    }

    @Test func readsEveryField() throws {
        let article = try extract()
        #expect(article.title == "Metro bridge reopens after two years of repairs")
        #expect(article.provenance[.title]?.source == .jsonLD)
        #expect(article.summary == "Commuters can cross the river by train again from Monday, the transit authority said.")
        #expect(article.authors.map(\.name) == ["Lois Lane"])
        #expect(article.published?.iso8601 == "2025-03-14T09:30:00+00:00")
        #expect(article.section == "City")
        #expect(article.tags == ["Transport", "Metropolis"])
        #expect(article.leadImage?.url.absoluteString == "https://www.dailyplanet.example/media/bridge.jpg")
        #expect(article.leadImage?.caption == "The first test train crosses the bridge on Thursday.")
        #expect(article.leadImage?.credit == "Jimmy Olsen / Daily Planet")
        #expect(article.extra["correction"] == "An earlier version of this story gave the wrong cost of the repairs.")
        #expect(article.blocks.count == 5)
        #expect(article.blocks[2] == .heading(level: 2, text: "Faster journeys"))
        #expect(!article.text.contains("Advertisement"))
        #expect(!article.text.contains("Read more"))
        #expect(!article.text.contains("briefing"))
        #expect(article.provenance[.body]?.extractor == "daily-planet")
    }

    @Test func languageComesFromThePageAndDirectionFromTheText() throws {
        let article = try extract()
        #expect(article.language == "en-GB")
        #expect(article.direction == .ltr)
        #expect(article.provenance[.language]?.extractor == "generic")
    }
}
