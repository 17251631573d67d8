import Foundation
import NewsScraper

/// A site extractor for the fictional *Daily Planet* (dailyplanet.example),
/// written the way you would write one for your own site: a page matcher and,
/// per field, where to look, most reliable source first.
public enum DailyPlanet {
    public static func extractor() throws -> DeclarativeExtractor {
        try DeclarativeExtractor(
            id: "daily-planet",
            // `.dailyplanet.example` covers the bare domain and every subdomain.
            matcher: PageMatcher(hosts: [".dailyplanet.example"], paths: ["/news/", "/opinion/"], priority: 10),
            rules: ExtractionRules(
                title: FieldRule([.jsonLD(.headline), .css("h1.dp-headline")]),
                summary: FieldRule([.css("p.dp-dek")]),
                authors: FieldRule([.jsonLD(.authors), .css(".dp-byline a[rel=author]")], policy: .all),
                // The site prints dates like "Friday 14 March 2025, 09:30" in London time.
                published: DateRule([.jsonLD(.datePublished), .css(".dp-dateline time")],
                                    formats: ["EEEE d MMMM yyyy, HH:mm"],
                                    timeZone: TimeZone(identifier: "Europe/London"),
                                    locale: Locale(identifier: "en_GB")),
                section: FieldRule([.css("nav.dp-breadcrumb a:last-child")]),
                tags: FieldRule([.css("ul.dp-topics a")], policy: .all),
                leadImage: ImageRule([.css("figure.dp-hero img")],
                                     caption: FieldRule([.css("figure.dp-hero figcaption .dp-caption")]),
                                     credit: FieldRule([.css("figure.dp-hero figcaption .dp-credit")])),
                body: BodyRule([.css("div.dp-story")],
                               clean: [".dp-ad", ".dp-related", ".dp-newsletter"],
                               dropParagraphsStartingWith: ["Read more:"]),
                extra: ["correction": FieldRule([.css(".dp-correction")])],
                publisherNames: ["Daily Planet"]
            )
        )
    }
}
