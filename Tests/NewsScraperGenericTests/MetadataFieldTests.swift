import Foundation
import NewsScraper
import Testing

/// Authors and dates of the generic extractor, each on a small hand-made page.
struct MetadataFieldTests {
    static let body = "<p>" + String(repeating: "The council met on Tuesday to discuss the new harbour wall and its cost. ", count: 8)
        + "</p><p>" + String(repeating: "Residents asked how long the works would last and who would pay. ", count: 8) + "</p>"

    static func page(head: String = "", beforeHeadline: String = "", afterHeadline: String = "") -> String {
        """
        <html><head><title>Harbour wall plans approved | Coast Times</title>
        <meta property="og:site_name" content="Coast Times">\(head)</head>
        <body><header><a href="/">Coast Times</a></header><main><article>\(beforeHeadline)
        <h1>Harbour wall plans approved</h1>\(afterHeadline)\(body)</article></main></body></html>
        """
    }

    static func extract(_ html: String, url: String = "https://coast.example.com/news/harbour-wall-plans") throws
        -> Article {
        try NewsScraper().extract(html: html, url: URL(string: url))
    }

    static func authors(_ html: String) throws -> [String] { try extract(html).authors.map(\.name) }

    // MARK: Title

    @Test func anHeadlineForScreenReadersOnlyIsNotTheTitle() throws {
        let hidden = #"<h1 class="sr-only">Harbour wall plans approved | Coast Times</h1>"#
        let visible = #"<h2 class="headline">Harbour wall plans approved</h2>"#
        let html = Self.page(beforeHeadline: hidden + visible).replacingOccurrences(of: "<h1>Harbour wall plans approved</h1>", with: "")
        #expect(try Self.extract(html).title == "Harbour wall plans approved")
        let inline = #"<h1 style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)">Harbour wall plans approved | Coast Times</h1>"#
        #expect(try Self.extract(Self.page(beforeHeadline: inline)).title == "Harbour wall plans approved")
    }

    @Test func theHeadlineLeavesOutWhatHidesInItAndHeadingsNestedInIt() throws {
        let labelled = #"<h1><span class="visually-hidden">Story: </span>Harbour wall plans approved</h1>"#
        #expect(try Self.extract(Self.page().replacingOccurrences(of: "<h1>Harbour wall plans approved</h1>",
                                                                   with: labelled)).title == "Harbour wall plans approved")
        // libxml2 nests a heading in an <h1> left open, where a browser closes the <h1>.
        let open = #"<h1>Harbour wall plans approved<div class="rule"></div><h3>Posted on March 4, 2025 by Ann Lee</h3>"#
        #expect(try Self.extract(Self.page().replacingOccurrences(of: "<h1>Harbour wall plans approved</h1>",
                                                                   with: open)).title == "Harbour wall plans approved")
    }

    // MARK: Authors

    @Test func metadataCreditsAUserNameOrADeskWhenNoPersonIsNamed() throws {
        #expect(try Self.authors(Self.page(head: #"<meta name="author" content="kirstin boatto">"#)) == ["kirstin boatto"])
        #expect(try Self.authors(Self.page(head: #"<meta name="author" content="Camphouse Team">"#)) == ["Camphouse Team"])
        // A site signed with its own name.
        #expect(try Self.authors(Self.page(head: #"<meta name="author" content="Coast Times">"#)) == ["Coast Times"])
    }

    @Test func creditsRefusePlaceholdersLoginsCompaniesAndOrganisationTypes() throws {
        #expect(try Self.authors(Self.page(head: #"<meta name="author" content="admin">"#)).isEmpty)
        #expect(try Self.authors(Self.page(head: #"<meta name="author" content="levinemusic">"#)).isEmpty)
        #expect(try Self.authors(Self.page(head: #"<meta name="author" content="Harbour Builders Inc">"#)).isEmpty)
        #expect(try Self.authors(Self.page(head: #"<meta name="author" content="CDC">"#)).isEmpty)
        let organisation = #"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall plans approved","author":{"@type":"Organization","name":"Harbour Board"}}</script>"#
        #expect(try Self.authors(Self.page(head: organisation)).isEmpty)
    }

    @Test func aVisibleBylineBeatsACreditedDesk() throws {
        let html = Self.page(head: #"<meta name="author" content="Coast Times">"#,
                             afterHeadline: #"<div class="meta"><span>By Jane Doe</span></div>"#)
        #expect(try Self.authors(html) == ["Jane Doe"])
    }

    @Test func compoundClassNamesMarkBylines() throws {
        let html = Self.page(afterHeadline: #"<div class="post-hero__author__name">Christian Winter</div>"#)
        #expect(try Self.authors(html) == ["Christian Winter"])
        let qualified = Self.page(afterHeadline: #"<div class="author-tooltip__link">Full Bio</div>"#)
        #expect(try Self.authors(qualified).isEmpty)
    }

    @Test func theAuthorOfOtherWorkIsNoBylineDownToItsInnerElements() throws {
        // A fact-check's claim, a related story's link, a comment: their author elements and
        // everything inside them name someone else.
        let statement = Self.page(afterHeadline: #"<div class="statement-author"><div><h4 class="author">"#
            + "The Russian and Syrian defense ministries</h4></div></div>")
        #expect(try Self.authors(statement).isEmpty)
        let related = Self.page(afterHeadline: #"<a href="/other"><div class="related-links-author">Ryan McKenna</div></a>"#)
        #expect(try Self.authors(related).isEmpty)
        let comment = Self.page(afterHeadline: #"<div class="comment-author vcard"><b class="fn">Jeroen</b></div>"#)
        #expect(try Self.authors(comment).isEmpty)
        // A bio box may wrap the article's own byline.
        let bio = Self.page(afterHeadline: #"<div class="author-bio"><span class="author-name">Jane Doe</span></div>"#)
        #expect(try Self.authors(bio) == ["Jane Doe"])
    }

    @Test func aLabelElementIntroducesTheNameAfterIt() throws {
        let html = Self.page(afterHeadline: #"<div><p>Written by</p><p class="grey">Edzel Tabing</p></div>"#)
        #expect(try Self.authors(html) == ["Edzel Tabing"])
        let german = Self.page(afterHeadline: #"<div><span>Von</span> <span>Anna Müller</span></div>"#)
        #expect(try Self.authors(german) == ["Anna Müller"])
    }

    @Test func unmarkedLabelledTextNeedsAFullName() throws {
        #expect(try Self.authors(Self.page(afterHeadline: #"<p>By <a href="/a/jd">Jane Doe</a> · 5 min read</p>"#))
            == ["Jane Doe"])
        #expect(try Self.authors(Self.page(afterHeadline: "<p>By Link</p>")).isEmpty)
    }

    @Test func coAuthorsAreReadOnlyNextToTheFirstByline() throws {
        let html = Self.page(afterHeadline: #"<div class="meta"><p><span class="author">Jane Doe</span> and "#
            + #"<span class="author">John Roe</span></p></div><section><div><div><p>Related</p>"#
            + #"<span class="author">Kyt Dotson</span></div></div></section>"#)
        #expect(try Self.authors(html) == ["Jane Doe", "John Roe"])
    }

    @Test func aBylineInABlockOfOtherStoriesIsTheirAuthors() throws {
        let teaser = #"<div class="card"><h3><a href="/other-story">Ferry fares rise</a></h3><span class="author">Jane Doe</span></div>"#
        #expect(try Self.authors(Self.page(afterHeadline: #"<section class="related-posts">"# + teaser + "</section>")).isEmpty)
        #expect(try Self.authors(Self.page(afterHeadline: #"<div id="most-popular">"# + teaser + "</div>")).isEmpty)
        #expect(try Self.authors(Self.page(afterHeadline: #"<div class="meta">"# + teaser + "</div>")) == ["Jane Doe"])
        let comment = #"<ol id="comments"><li><span class="author">Sam Poster</span><p>Great news for the town.</p></li></ol>"#
        #expect(try Self.authors(Self.page(afterHeadline: comment)).isEmpty)
        let praise = #"<div class="testimonials-slider"><div class="slide"><p>Great service.</p><span class="author">Ann Client</span></div></div>"#
        #expect(try Self.authors(Self.page(afterHeadline: praise)).isEmpty)
    }

    @Test func aFiguresCreditIsNoByline() throws {
        let figure = #"<figure><img src="/wall.jpg"><figcaption>The wall. <span class="author">John Roe</span></figcaption></figure>"#
        #expect(try Self.authors(Self.page(afterHeadline: figure)).isEmpty)
        #expect(try Self.authors(Self.page(afterHeadline: figure + #"<p class="byline">By Jane Doe</p>"#)) == ["Jane Doe"])
    }

    @Test func aLinkToAProfileThatSpellsTheNameIsAByline() throws {
        #expect(try Self.authors(Self.page(afterHeadline: #"<div><a href="/authors/chris-toy">Chris Toy</a></div>"#))
            == ["Chris Toy"])
        #expect(try Self.authors(Self.page(afterHeadline: #"<div><a href="/autoren/anna-mueller">Anna Mueller</a></div>"#))
            == ["Anna Mueller"])
        #expect(try Self.authors(Self.page(afterHeadline: #"<div><a href="/contributors/0/">Full Bio</a></div>"#)).isEmpty)
    }

    // MARK: Dates

    static func day(_ html: String) throws -> String? { try extract(html).published.map { String($0.iso8601.prefix(10)) } }

    static let published = #"<meta property="article:published_time" content="2024-04-05T10:00:00Z">"#
    static let modified = #"<meta property="article:modified_time" content="2025-12-17T09:00:00Z">"#

    @Test func aDateAboveTheHeadlineIsRead() throws {
        #expect(try Self.day(Self.page(beforeHeadline: "<p class=kicker>Politics</p><span>December 17, 2025</span>"))
            == "2025-12-17")
    }

    @Test func thePrintedDateWinsOverADifferentMetadataDate() throws {
        #expect(try Self.day(Self.page(head: Self.published, afterHeadline: "<p>December 16, 2025</p>")) == "2025-12-16")
        // Within a day, the metadata's date (with its time) stays.
        #expect(try Self.day(Self.page(head: Self.published, afterHeadline: "<p>April 5, 2024</p>")) == "2024-04-05")
    }

    @Test func anUpdateIsNoPublicationUnlessThePageGivesNoOtherDate() throws {
        #expect(try Self.day(Self.page(head: Self.published, afterHeadline: "<p>Updated December 16, 2025</p>"))
            == "2024-04-05")
        #expect(try Self.day(Self.page(head: Self.published, afterHeadline: "<p>Mis à jour le 16 décembre 2025</p>"))
            == "2024-04-05")
        // The printed date is the metadata's modification date: an update too.
        #expect(try Self.day(Self.page(head: Self.published + Self.modified, afterHeadline: "<p>December 17, 2025</p>"))
            == "2024-04-05")
        #expect(try Self.day(Self.page(afterHeadline: "<p>Updated December 16, 2025</p>")) == "2025-12-16")
    }

    @Test func aBylineDateAfterALongTableOfContentsIsRead() throws {
        // A buying guide's contents (a label and a link per product, 84 texts) stand between its headline and byline.
        let contents = "<ul>" + (1...42).map { "<li><small>Pick \($0)</small><a href='#p\($0)'>Laptop \($0)</a></li>" }
            .joined() + "</ul>"
        #expect(try Self.day(Self.page(afterHeadline: contents + "<p>Updated March 13, 2024</p>")) == "2024-03-13")
    }

    @Test func aQuotedOrEmbeddedPostsDateIsNotTheArticles() throws {
        let tweet = #"<blockquote class="twitter-tweet"><p>Smoke over the city</p>&mdash; A. Person "#
            + #"<a href="https://twitter.com/x/status/1">November 1, 2019</a></blockquote>"#
        #expect(try Self.day(Self.page(head: Self.published, afterHeadline: tweet)) == "2024-04-05")
    }

    @Test func aDateAfterTheArticlesTextBeganIsNotItsByline() throws {
        // A short article, then the sidebar's list of recent posts, within the first texts after the headline.
        let article = "<p>" + String(repeating: "The council approved the plans on Monday evening. ", count: 14) + "</p>"
        let sidebar = #"<ul><li><a href="/other-story">Mourinho named coach</a> <small>November 20, 2019</small></li></ul>"#
        #expect(try Self.day(Self.page(head: Self.published, afterHeadline: article + sidebar)) == "2024-04-05")
        // A standfirst before the byline's date leaves it near.
        let standfirst = "<p>" + String(repeating: "Work starts next spring. ", count: 8) + "</p><p>December 16, 2025</p>"
        #expect(try Self.day(Self.page(head: Self.published, afterHeadline: standfirst)) == "2025-12-16")
    }

    @Test func aPlainPublishedMetaNameIsAPublicationDate() throws {
        #expect(try Self.day(Self.page(head: #"<meta name="published" content="July 17, 2025">"#)) == "2025-07-17")
    }

    @Test func withoutMetadataTheDateByTheHeadlineBeatsAnEarlierTimeElement() throws {
        let html = Self.page(beforeHeadline: #"<aside><time datetime="2025-01-31T12:00:00Z">01/31/2025</time></aside>"#
                             + "<p>x</p><p>y</p><p>z</p><p>w</p><p>v</p><p>u</p><p>t</p><p>s</p><p>r</p>",
                             afterHeadline: "<p>03/01/2017</p>")
        #expect(try Self.day(html) == "2017-03-01")
    }

    @Test func anUpdateByTheHeadlineIsTheModificationDateWhenTheMetadataHasNone() throws {
        let updated = Self.page(head: Self.published, afterHeadline: "<p>Updated December 16, 2025</p>")
        let article = try Self.extract(updated)
        #expect(article.published.map { String($0.iso8601.prefix(10)) } == "2024-04-05")
        #expect(article.modified.map { String($0.iso8601.prefix(10)) } == "2025-12-16")
        // The metadata's own modification date stands.
        let stated = try Self.extract(Self.page(head: Self.published + Self.modified,
                                                afterHeadline: "<p>Updated December 16, 2025</p>"))
        #expect(stated.modified.map { String($0.iso8601.prefix(10)) } == "2025-12-17")
    }

    @Test func withoutAnH1TheHeadlineIsTheElementThatShowsTheTitle() throws {
        // A page builder's headline in a <p>; the header's date is today's, not the article's.
        let builder = Self.page(beforeHeadline: "<p>Monday 1 December 2025</p>", afterHeadline: "<p>Feb 16, 2026</p>")
            .replacingOccurrences(of: "<h1>Harbour wall plans approved</h1>",
                                  with: #"<div class="hero"><p class="big">Harbour wall plans approved</p></div>"#)
            .replacingOccurrences(of: "<header>", with: "<header><p>Monday 1 December 2025</p>")
        #expect(try Self.day(builder) == "2026-02-16")
    }

    @Test func aTitleThatIsTheSiteNameIsNoHeadlineToAnchorOn() throws {
        // A home page: its title is the site's name, shown in its header above the latest stories' dates.
        let home = """
            <html><head><title>Coast Times</title><meta property="og:site_name" content="Coast Times"></head>
            <body><header><h2>Coast Times</h2></header><ul><li><a href="/a">Harbour wall plans approved</a>
            <p>Feb 16, 2026</p></li></ul>\(Self.body)</body></html>
            """
        #expect(try Self.day(home) == nil)
    }

    @Test func theHeadlineIsTheH1ThatHoldsTheTitle() throws {
        var html = Self.page(afterHeadline: "<p>December 24, 2024</p>")
        html = html.replacingOccurrences(of: "<header>", with: "<header><h1>Coast Times</h1><p>May 2, 2023</p>"
            + String(repeating: "<p>Menu item</p>", count: 90))
        #expect(try Self.day(html) == "2024-12-24")
    }

    @Test func anAmbiguousPrintedDateThatReadsAsTheMetadataDayAgrees() throws {
        // 09.10.2024 is 9 October to the parser, 10 September (the metadata's day) written the US way.
        let meta = #"<meta property="article:published_time" content="2024-09-10T16:07:00Z">"#
        #expect(try Self.day(Self.page(head: meta, afterHeadline: "<p>09.10.2024</p>")) == "2024-09-10")
        #expect(try Self.day(Self.page(head: meta, afterHeadline: "<p>23.10.2024</p>")) == "2024-10-23")
    }

    @Test func aDateInTheSiteHeaderIsNotTheArticles() throws {
        let html = Self.page().replacingOccurrences(of: "<header>", with: "<header><p>Monday, March 3, 2025</p>")
        #expect(try Self.day(html) == nil)
    }

    @Test func theDayTheAddressFilesThePageUnder() throws {
        let filed = "https://coast.example.com/2025/12/18/harbour-wall-plans"
        // No other date.
        #expect(try Self.extract(Self.page(), url: filed).published?.iso8601 == "2025-12-18")
        #expect(try Self.extract(Self.page(), url: "https://coast.example.com/blog/2025-12-15-harbour-wall")
            .published?.iso8601 == "2025-12-15")
        // A time a zone away falls on the next day; the address has the site's day.
        let late = #"<meta property="article:published_time" content="2025-12-19T01:30:00Z">"#
        #expect(try Self.extract(Self.page(head: late), url: filed).published?.iso8601 == "2025-12-18")
        // Further away, the address is not the publication's (an archive, a section).
        let other = #"<meta property="article:published_time" content="2025-12-25T10:00:00Z">"#
        #expect(try Self.extract(Self.page(head: other), url: filed).published?.iso8601 == "2025-12-25T10:00:00+00:00")
    }

    @Test func theAddressSaysWhichWayRoundAnAmbiguousDateIsWritten() throws {
        let html = Self.page(afterHeadline: "<p>03/10/2023</p>")
        #expect(try Self.extract(html, url: "https://coast.example.com/blog/2023/october/03/harbour-wall")
            .published?.iso8601 == "2023-10-03")
        // Without the address, slashes read the US way.
        #expect(try Self.day(html) == "2023-03-10")
    }

    @Test func aTimeElementWithoutDatetimeGivesTheDateItShows() throws {
        let html = Self.page(afterHeadline: "<p><time>March 3, 2025</time></p>")
            .replacingOccurrences(of: "<h1>Harbour wall plans approved</h1>", with: "<h2>Harbour wall plans approved</h2>")
        #expect(try Self.day(html) == "2025-03-03")
        #expect(try Self.day(html.replacingOccurrences(of: "March 3, 2025", with: "Tuesday")) == nil)
    }

    @Test func thePagesLanguageSaysWhichWayRoundASlashedDateIsWritten() throws {
        let html = Self.page(afterHeadline: "<p>05/10/2018 14:30</p>")
        let inLanguage = { (code: String) in html.replacingOccurrences(of: "<html>", with: "<html lang=\"\(code)\">") }
        #expect(try Self.day(inLanguage("pt-BR")) == "2018-10-05")
        #expect(try Self.day(inLanguage("fr")) == "2018-10-05")
        #expect(try Self.day(inLanguage("en-GB")) == "2018-05-10")
        #expect(try Self.day(inLanguage("en-US")) == "2018-05-10")
        #expect(try Self.day(inLanguage("ja")) == "2018-05-10")
        #expect(try Self.day(html) == "2018-05-10")
    }

    @Test func aDateLabelledAsThePublicationCountsAnywhereWhenNoneIsByTheHeadline() throws {
        let labelled = "<p>" + String(repeating: "More text. ", count: 5) + "</p><p>Published On: 15 August 2025</p>"
        let filler = String(repeating: "<p>Further reading</p>", count: 110)
        #expect(try Self.day(Self.page(afterHeadline: filler + labelled)) == "2025-08-15")
        let unlabelled = "<p>15 August 2025</p>"
        #expect(try Self.day(Self.page(afterHeadline: filler + unlabelled)) == nil)
        #expect(try Self.day(Self.page(afterHeadline: filler + "<p>Veröffentlicht am 15. August 2025</p>")) == "2025-08-15")
    }
}
