import Foundation
import NewsScraper
import Testing
@testable import NewsScraperGeneric

/// The JSON-LD `articleBody` stands in for the body only where the page's HTML lacks the text.
struct DeclaredBodyTests {
    static let first = String(repeating: "The council approved the harbour wall on Monday after a long debate. ", count: 8)
    static let second = String(repeating: "Residents asked who would pay & how long the works would last. ", count: 8)

    static func page(articleBody: String, body: String) -> String {
        let json = String(data: try! JSONSerialization.data(withJSONObject: [
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour wall approved",
            "articleBody": articleBody,
        ]), encoding: .utf8)!
        return """
            <html><head><title>Harbour wall approved</title>
            <script type="application/ld+json">\(json)</script></head>
            <body><h1>Harbour wall approved</h1>\(body)</body></html>
            """
    }

    static func extract(_ html: String) throws -> Article {
        try NewsScraper().extract(html: html, url: URL(string: "https://coast.example.com/news/harbour-wall"))
    }

    @Test func aPageRenderedInTheBrowserGetsItsDeclaredBody() throws {
        let article = try Self.extract(Self.page(articleBody: Self.first + "\n\n" + Self.second,
                                                 body: #"<div id="root"></div><p>Loading…</p>"#))
        #expect(article.blocks == [.paragraph(Self.first.trimmingCharacters(in: .whitespaces)),
                                   .paragraph(Self.second.trimmingCharacters(in: .whitespaces))])
        #expect(article.provenance[.body]?.source == .jsonLD)
    }

    @Test func aDeclaredBodyInHTMLIsReadAsHTML() throws {
        let markup = "<p>\(Self.first)</p><h2>Costs</h2><p>\(Self.second.replacingOccurrences(of: "&", with: "&amp;"))</p>"
        let article = try Self.extract(Self.page(articleBody: markup, body: "<p>Loading…</p>"))
        #expect(article.blocks.count == 3)
        #expect(article.blocks[1] == .heading(level: 2, text: "Costs"))
        #expect(article.text.contains("who would pay & how long"))
    }

    @Test func thePagesOwnBodyIsKeptWhenItHoldsTheText() throws {
        let html = Self.page(articleBody: Self.first + "\n" + Self.second,
                             body: "<article><p>\(Self.first)</p><h2>Costs</h2><p>\(Self.second)</p></article>")
        let article = try Self.extract(html)
        #expect(article.provenance[.body]?.source == .heuristic)
        #expect(article.blocks.contains(.heading(level: 2, text: "Costs")))
    }

    @Test func aTeaserIsNoBody() {
        #expect(DeclaredBody.blocks(declared: "A short summary of the story, thirty words or so.", insteadOf: nil) == nil)
        #expect(DeclaredBody.blocks(declared: nil, insteadOf: nil) == nil)
    }
}
