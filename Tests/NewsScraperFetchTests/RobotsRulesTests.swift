import Foundation
import Testing
@testable import NewsScraperFetch

@Suite struct RobotsRulesTests {
    let text = """
    # Example
    User-agent: Googlebot
    User-agent: NewsScraper
    Disallow: /private/
    Allow: /private/open
    Disallow: /*.pdf$
    Disallow: /search*q=
    Crawl-delay: 2.5

    User-agent: *
    Disallow: /

    Sitemap: https://example.com/sitemap.xml
    Sitemap: https://example.com/news-sitemap.xml.gz
    """

    @Test func groupsWithSeveralAgents() {
        let rules = RobotsRules(text: text)
        #expect(rules.groups.count == 2)
        #expect(rules.groups[0].userAgents == ["googlebot", "newsscraper"])
        let ua = FetchPolicy.defaultUserAgent
        #expect(rules.isAllowed(path: "/news/1", userAgent: ua))
        #expect(!rules.isAllowed(path: "/private/x", userAgent: ua))
        #expect(!rules.isAllowed(path: "/news/1", userAgent: "OtherBot/1.0"))
        #expect(rules.isAllowed(path: "/robots.txt", userAgent: "OtherBot/1.0"))
    }

    @Test func longestMatchWinsAndAllowWinsTies() {
        let rules = RobotsRules(text: text)
        #expect(rules.isAllowed(path: "/private/open/door", userAgent: "NewsScraper"))
        let tie = RobotsRules(text: "User-agent: *\nDisallow: /page\nAllow: /page\n")
        #expect(tie.isAllowed(path: "/page", userAgent: "x"))
        let longer = RobotsRules(text: "User-agent: *\nAllow: /a\nDisallow: /a/b\n")
        #expect(!longer.isAllowed(path: "/a/b/c", userAgent: "x"))
        #expect(longer.isAllowed(path: "/a/c", userAgent: "x"))
    }

    @Test func wildcardsAndAnchors() {
        let rules = RobotsRules(text: text)
        #expect(!rules.isAllowed(path: "/files/report.pdf", userAgent: "NewsScraper"))
        #expect(rules.isAllowed(path: "/files/report.pdf?download=1", userAgent: "NewsScraper"))
        #expect(!rules.isAllowed(path: "/search?x=1&q=news", userAgent: "NewsScraper"))
        #expect(rules.isAllowed(path: "/search?x=1", userAgent: "NewsScraper"))
        #expect(RobotsRules.matches(pattern: "/", path: "/anything"))
        #expect(RobotsRules.matches(pattern: "/a$", path: "/a"))
        #expect(!RobotsRules.matches(pattern: "/a$", path: "/ab"))
        #expect(RobotsRules.matches(pattern: "*", path: "/x"))
    }

    @Test func crawlDelayAndSitemaps() {
        let rules = RobotsRules(text: text)
        #expect(rules.crawlDelay(for: FetchPolicy.defaultUserAgent) == 2.5)
        #expect(rules.crawlDelay(for: "OtherBot") == nil)
        #expect(rules.sitemaps.map(\.absoluteString) == [
            "https://example.com/sitemap.xml", "https://example.com/news-sitemap.xml.gz",
        ])
    }

    @Test func emptyAndOddFiles() {
        #expect(RobotsRules(text: "").isAllowed(path: "/x", userAgent: "a"))
        #expect(RobotsRules(text: "User-agent: *\nDisallow:\n").isAllowed(path: "/x", userAgent: "a"))
        // Rules before any User-agent line, junk lines and CRLF are tolerated.
        let odd = RobotsRules(text: "Disallow: /x\r\ngarbage\r\nUSER-AGENT: *\r\nDISALLOW: /y # comment\r\n")
        #expect(odd.isAllowed(path: "/x", userAgent: "a"))
        #expect(!odd.isAllowed(path: "/y/z", userAgent: "a"))
    }
}
