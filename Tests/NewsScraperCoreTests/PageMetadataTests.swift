import Foundation
import NewsScraperHTML
import Testing
@testable import NewsScraperCore

@Suite("Page metadata")
struct PageMetadataTests {
    static let pageURL = URL(string: "https://www.example.com/world/123-story/")!

    func metadata(_ html: String, url: URL = pageURL) throws -> PageMetadata {
        PageMetadata.collect(from: try HTMLDocument(html: html, url: url))
    }

    @Test func openGraph() throws {
        let page = try metadata("""
            <html><head>
            <meta property="og:title" content="  OG   title &amp; more ">
            <meta property="og:description" content="OG description">
            <meta property="og:image" content="http://cdn.example.com/a.jpg">
            <meta property="og:image:secure_url" content="https://cdn.example.com/a.jpg">
            <meta property="og:image:width" content="1200">
            <meta property="og:image:height" content="630">
            <meta property="og:image:alt" content="Alt text">
            <meta property="og:image" content="/b.jpg">
            <meta property="og:url" content="https://www.example.com/world/123-story/">
            <meta property="og:site_name" content="Example News">
            <meta property="og:locale" content="en_US">
            <meta property="og:type" content="article">
            <meta property="article:published_time" content="2022-10-10T17:38:16+00:00">
            <meta property="article:modified_time" content="2022-10-11T08:00:00+00:00">
            <meta property="article:author" content="https://www.facebook.com/someone">
            <meta name="article:author" content="Russia Today">
            <meta property="article:section" content="World News">
            <meta property="article:tag" content="Russia">
            <meta property="article:tag" content="Energy">
            <meta property="article:tag" content="russia">
            </head><body></body></html>
            """)
        #expect(page.titles.map(\.value) == ["OG title & more"])
        #expect(page.titles.first?.source == .openGraph)
        #expect(page.titles.first?.key == "og:title")
        #expect(page.descriptions.map(\.value) == ["OG description"])
        #expect(page.images.map(\.value) == [
            MetadataImage(url: URL(string: "https://cdn.example.com/a.jpg")!, width: 1200, height: 630, caption: "Alt text"),
            MetadataImage(url: URL(string: "https://www.example.com/b.jpg")!),
        ])
        #expect(page.canonicalURLs.map(\.value.absoluteString) == ["https://www.example.com/world/123-story/"])
        #expect(page.siteNames.map(\.value) == ["Example News"])
        #expect(page.languages.map(\.value) == ["en-US"])
        #expect(page.types.map(\.value) == ["article"])
        #expect(page.publishedDates.map(\.value) == ["2022-10-10T17:38:16+00:00"])
        #expect(page.modifiedDates.map(\.value) == ["2022-10-11T08:00:00+00:00"])
        #expect(page.authors.map(\.value.name) == ["Russia Today"])
        #expect(page.authorURLs.map(\.value.absoluteString) == ["https://www.facebook.com/someone"])
        #expect(page.sections.map(\.value) == ["World News"])
        #expect(page.tags.map(\.value) == ["Russia", "Energy"])
    }

    @Test func twitterCards() throws {
        let page = try metadata("""
            <head>
            <meta name="twitter:title" content="Tw title">
            <meta name="twitter:description" content="Tw description">
            <meta name="twitter:image" content="https://ex.com/t.jpg">
            <meta name="twitter:image:alt" content="Tw alt">
            <meta name="twitter:site" content="@RT_com">
            <meta name="twitter:creator" content="@writer">
            </head>
            """)
        #expect(page.titles.map(\.value) == ["Tw title"])
        #expect(page.titles.first?.source == .meta)
        #expect(page.descriptions.map(\.value) == ["Tw description"])
        #expect(page.images.map(\.value) == [MetadataImage(url: URL(string: "https://ex.com/t.jpg")!, caption: "Tw alt")])
        #expect(page.twitterSites.map(\.value) == ["@RT_com"])
        #expect(page.twitterCreators.map(\.value) == ["@writer"])
        #expect(page.authors.isEmpty)
    }

    struct MetaCase: Sendable, CustomTestStringConvertible {
        let name: String
        let head: String
        var titles: [String] = []
        var authors: [String] = []
        var published: [String] = []
        var modified: [String] = []
        var sections: [String] = []
        var tags: [String] = []
        var languages: [String] = []
        var publishers: [String] = []
        var descriptions: [String] = []
        var testDescription: String { name }
    }

    static let metaCases: [MetaCase] = [
        MetaCase(
            name: "plain names",
            head: """
                <meta name="description" content="Desc">
                <meta name="author" content="Jane Roe">
                <meta name="keywords" content="one, two;three">
                <meta name="news_keywords" content="two, four">
                """,
            authors: ["Jane Roe"], tags: ["two", "four", "one", "three"], descriptions: ["Desc"]),
        MetaCase(
            name: "Dublin Core in any case",
            head: """
                <meta name="DC.title" content="DC title">
                <meta name="dc.creator" content="DC Creator">
                <meta name="DC.date.issued" content="2021-01-02">
                <meta name="dcterms.date" content="2021-01-01">
                <meta name="DC.language" content="de">
                <meta name="dcterms.publisher" content="DC Publisher">
                <meta property="dcterms:modified" content="2021-01-03">
                """,
            titles: ["DC title"], authors: ["DC Creator"], published: ["2021-01-02", "2021-01-01"],
            modified: ["2021-01-03"], languages: ["de"], publishers: ["DC Publisher"]),
        MetaCase(
            name: "Parse.ly",
            head: """
                <meta name="parsely-title" content="P title">
                <meta name="parsely-author" content="P One">
                <meta name="parsely-author" content="P Two">
                <meta name="parsely-pub-date" content="2020-05-05T10:00:00Z">
                <meta name="parsely-section" content="Tech">
                <meta name="parsely-tags" content="ai,chips">
                """,
            titles: ["P title"], authors: ["P One", "P Two"], published: ["2020-05-05T10:00:00Z"],
            sections: ["Tech"], tags: ["ai", "chips"]),
        MetaCase(
            name: "Sailthru",
            head: """
                <meta name="sailthru.title" content="S title">
                <meta name="sailthru.author" content="S Author">
                <meta name="sailthru.date" content="2019-09-09 10:00:00">
                <meta name="sailthru.tags" content="x, y">
                """,
            titles: ["S title"], authors: ["S Author"], published: ["2019-09-09 10:00:00"], tags: ["x", "y"]),
        MetaCase(
            name: "RT editions (publish-date, mediator, telegram, category)",
            head: """
                <meta name="published_time_telegram" content="2023-03-01T10:00:00+03:00">
                <meta name="mediator_published_time" content="2023-03-01T10:00:00+0300">
                <meta name="publish-date" content="2023-03-01 10:00:00 +0300">
                <meta name="mediator_author" content="Арина Иванова">
                <meta name="category" content="Мир">
                """,
            authors: ["Арина Иванова"],
            published: ["2023-03-01T10:00:00+0300", "2023-03-01 10:00:00 +0300", "2023-03-01T10:00:00+03:00"],
            sections: ["Мир"]),
        MetaCase(
            name: "other date names",
            head: """
                <meta name="date" content="2018-01-05">
                <meta name="pubdate" content="2018-01-04">
                <meta name="publishdate" content="2018-01-03">
                <meta name="article.published" content="2018-01-02">
                """,
            published: ["2018-01-03", "2018-01-02", "2018-01-04", "2018-01-05"]),
        MetaCase(
            name: "cXense",
            head: """
                <meta name="cXenseParse:author" content="C Author">
                <meta name="cXenseParse:recs:publishtime" content="2017-07-07T07:07:07Z">
                <meta name="cXenseParse:recs:category" content="Economy">
                """,
            authors: ["C Author"], published: ["2017-07-07T07:07:07Z"], sections: ["Economy"]),
        MetaCase(
            name: "Highwire citation",
            head: """
                <meta name="citation_title" content="A Study">
                <meta name="citation_author" content="Smith, J.">
                <meta name="citation_author" content="Doe, A.">
                <meta name="citation_publication_date" content="2016/02/03">
                <meta name="citation_language" content="en">
                <meta name="citation_publisher" content="Journal Press">
                <meta name="citation_keywords" content="k1; k2">
                """,
            titles: ["A Study"], authors: ["Smith, J.", "Doe, A."], published: ["2016/02/03"], tags: ["k1", "k2"],
            languages: ["en"], publishers: ["Journal Press"]),
        MetaCase(
            name: "content-language and empty values",
            head: """
                <meta http-equiv="Content-Language" content="fr">
                <meta name="author" content="   ">
                <meta name="description" content="">
                """,
            languages: ["fr"]),
    ]

    @Test(arguments: metaCases)
    func metaNameFamilies(_ testCase: MetaCase) throws {
        let page = try metadata("<html><head>\(testCase.head)</head><body><p>x</p></body></html>")
        #expect(page.titles.map(\.value) == testCase.titles)
        #expect(page.authors.map(\.value.name) == testCase.authors)
        #expect(page.publishedDates.map(\.value) == testCase.published)
        #expect(page.modifiedDates.map(\.value) == testCase.modified)
        #expect(page.sections.map(\.value) == testCase.sections)
        #expect(page.tags.map(\.value) == testCase.tags)
        #expect(page.languages.map(\.value) == testCase.languages)
        #expect(page.publisherNames.map(\.value) == testCase.publishers)
        #expect(page.descriptions.map(\.value) == testCase.descriptions)
        #expect(page.titles.allSatisfy { $0.source == .meta })
    }

    @Test func microdata() throws {
        let page = try metadata("""
            <html><head><title>Doc</title></head><body>
            <div itemscope itemtype="https://schema.org/WebSite"><span itemprop="name">Not the title</span></div>
            <article itemscope itemtype="http://schema.org/NewsArticle">
              <h1 itemprop="headline"> Micro   headline </h1>
              <time itemprop="datePublished" datetime="2015-04-03T11:47:00Z">3 Apr</time>
              <meta itemprop="dateModified" content="2015-04-03T16:30:00Z">
              <span itemprop="author" itemscope itemtype="http://schema.org/Person">
                <a itemprop="url" href="/authors/ann">profile</a><span itemprop="name">Ann Author</span>
              </span>
              <span itemprop="author">Bob Writer</span>
              <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">
                <meta itemprop="name" content="Example Corp">
              </div>
              <div itemprop="image" itemscope itemtype="https://schema.org/ImageObject">
                <img itemprop="url" src="data:image/gif;base64,R0lGOD" data-src="/img/lead.jpg" alt="Lead alt">
                <meta itemprop="width" content="640"><meta itemprop="height" content="360">
              </div>
              <meta itemprop="articleSection" content="Science">
              <meta itemprop="keywords" content="space, moon">
              <meta itemprop="inLanguage" content="en-GB">
            </article>
            </body></html>
            """)
        #expect(page.titles.map(\.value) == ["Micro headline", "Doc"])
        #expect(page.titles.map(\.source) == [.microdata, .selector])
        #expect(page.publishedDates.map(\.value) == ["2015-04-03T11:47:00Z"])
        #expect(page.modifiedDates.map(\.value) == ["2015-04-03T16:30:00Z"])
        #expect(page.authors.map(\.value) == [
            MetadataAuthor(name: "Ann Author", url: URL(string: "https://www.example.com/authors/ann")),
            MetadataAuthor(name: "Bob Writer"),
        ])
        #expect(page.publisherNames.map(\.value) == ["Example Corp"])
        #expect(page.images.map(\.value) == [
            MetadataImage(url: URL(string: "https://www.example.com/img/lead.jpg")!, width: 640, height: 360,
                          caption: "Lead alt"),
        ])
        #expect(page.sections.map(\.value) == ["Science"])
        #expect(page.tags.map(\.value) == ["space", "moon"])
        #expect(page.languages.map(\.value) == ["en-GB"])
        #expect(page.authors.allSatisfy { $0.source == .microdata && $0.key == "itemprop=author" })
    }

    @Test func microdataArticleAsMainEntityOfAWebPage() throws {
        let page = try metadata("""
            <html><head></head><body itemscope itemtype="https://schema.org/WebPage">
            <span itemprop="name">Page name</span>
            <div itemprop="mainEntity" itemscope itemtype="https://schema.org/NewsArticle">
              <h1 itemprop="name">Main entity title</h1>
              <meta itemprop="datePublished" content="2024-02-02">
              <div itemprop="author" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Desk</span></div>
            </div>
            <ol itemscope itemtype="https://schema.org/BreadcrumbList">
              <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name">Home</span></li>
            </ol>
            </body></html>
            """)
        #expect(page.titles.map(\.value) == ["Main entity title", "Page name"])
        #expect(page.publishedDates.map(\.value) == ["2024-02-02"])
        #expect(page.authors.map(\.value) == [MetadataAuthor(name: "Desk", isOrganization: true)])
    }

    @Test func linksDocumentAttributesAndBase() throws {
        let page = try metadata("""
            <html lang="ar" dir="RTL"><head>
            <base href="https://cdn.example.com/base/">
            <title> العنوان  | RT </title>
            <link rel="canonical" href="https://www.example.com/world/123-story/">
            <link rel="alternate" type="application/rss+xml" title="RSS" href="/rss/">
            <link rel="alternate" type="application/atom+xml" href="atom.xml">
            <link rel="alternate" type="application/feed+json" href="https://www.example.com/feed.json">
            <link rel="alternate" hreflang="en" href="https://www.example.com/en/">
            <link rel="author" href="/about/ann">
            <meta property="og:image" content="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <meta property="og:image" content="img/rel.jpg">
            </head><body></body></html>
            """)
        #expect(page.baseURL?.absoluteString == "https://cdn.example.com/base/")
        #expect(page.titles.map(\.value) == ["العنوان | RT"])
        #expect(page.canonicalURLs.first?.key == "link[rel=canonical]")
        #expect(page.feeds == [
            MetadataFeed(url: URL(string: "https://cdn.example.com/rss/")!, kind: .rss, title: "RSS"),
            MetadataFeed(url: URL(string: "https://cdn.example.com/base/atom.xml")!, kind: .atom),
            MetadataFeed(url: URL(string: "https://www.example.com/feed.json")!, kind: .json),
        ])
        #expect(page.authorURLs.map(\.value.absoluteString) == ["https://cdn.example.com/about/ann"])
        #expect(page.images.map(\.value.url.absoluteString) == ["https://cdn.example.com/base/img/rel.jpg"])
        #expect(page.languages.map(\.value) == ["ar"])
        #expect(page.languages.first?.key == "html[lang]")
        #expect(page.direction == .rtl)
    }

    @Test func candidatesAreOrderedBySourceReliability() throws {
        let page = try metadata("""
            <html lang="en"><head>
            <title>Title tag — RT World News</title>
            <meta name="twitter:title" content="Twitter title">
            <meta property="og:title" content="OG title">
            <meta name="published_time_telegram" content="2022-10-10T17:38:16+00:00">
            <meta name="publish-date" content="2022-10-10 17:38">
            <meta property="article:published_time" content="2022-10-10T17:38:00Z">
            <meta property="og:url" content="https://www.example.com/og-url/">
            <link rel="canonical" href="https://www.example.com/world/123-story/">
            <meta property="og:image" content="https://ex.com/og.jpg">
            <meta property="og:locale" content="en_GB">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "JSON-LD headline",
             "datePublished": "2022-10-10T17:38:16Z", "image": {"@type": "ImageObject", "url": "https://ex.com/og.jpg", "width": 1280},
             "author": {"@type": "Organization", "name": "RT"}, "publisher": {"@type": "Organization", "name": "RT"},
             "url": "https://www.example.com/world/123-story/", "inLanguage": "en",
             "articleSection": "World News", "keywords": ["Energy"]}
            </script>
            <meta property="article:section" content="World News">
            <meta property="article:tag" content="Russia">
            <meta name="author" content="RT">
            </head><body>
            <article itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Microdata headline</h1>
            <time itemprop="datePublished" datetime="2022-10-10">Oct 10</time></article>
            </body></html>
            """)
        #expect(page.titles.map(\.value) == [
            "JSON-LD headline", "OG title", "Twitter title", "Microdata headline", "Title tag — RT World News",
        ])
        #expect(page.titles.map(\.source) == [.jsonLD, .openGraph, .meta, .microdata, .selector])
        #expect(page.titles.first?.key == "NewsArticle.headline")
        #expect(page.publishedDates.map(\.key) == [
            "NewsArticle.datePublished", "article:published_time", "publish-date", "published_time_telegram",
            "itemprop=datePublished",
        ])
        #expect(page.canonicalURLs.map(\.value.absoluteString) == [
            "https://www.example.com/world/123-story/", "https://www.example.com/og-url/",
        ])
        // The same image from JSON-LD and OpenGraph is one candidate, keeping JSON-LD's size.
        #expect(page.images.map(\.value) == [MetadataImage(url: URL(string: "https://ex.com/og.jpg")!, width: 1280)])
        #expect(page.images.first?.source == .jsonLD)
        #expect(page.authors.map(\.value) == [MetadataAuthor(name: "RT", isOrganization: true)])
        #expect(page.publisherNames.map(\.value) == ["RT"])
        #expect(page.sections.map(\.value) == ["World News"])
        #expect(page.tags.map(\.value) == ["Energy", "Russia"])
        #expect(page.languages.map(\.value) == ["en", "en-GB"])
        #expect(page.types.map(\.value) == ["NewsArticle"])
        #expect(page.jsonLD.article?.headline == "JSON-LD headline")
        #expect(page.titles.first?.provenance(extractor: "generic")
                == Provenance(source: .jsonLD, extractor: "generic", detail: "NewsArticle.headline"))
    }

    @Test func doubleEncodedAndMultiPropertyTags() throws {
        let page = try metadata("""
            <head>
            <meta property="og:title twitter:title" content="It&amp;#39;s &amp;quot;here&amp;quot;">
            <meta name="description" property="og:description" content="Both &lt;b&gt;bold&lt;/b&gt; ways">
            <noscript><meta name="author" content="In noscript"></noscript>
            </head>
            """)
        #expect(page.titles.map(\.value) == ["It's \"here\""])
        #expect(page.titles.map(\.key) == ["og:title"])
        #expect(page.descriptions.map(\.value) == ["Both bold ways"])
        #expect(page.descriptions.map(\.key) == ["og:description"])
    }

    @Test func largePageStaysCheap() throws {
        var html = "<html><head><title>T</title><meta property=\"og:title\" content=\"OG\"></head><body>"
        for index in 0..<5_000 {
            html += "<div class=\"c\"><p itemprop=\"description\">Paragraph \(index) with <a href=\"/\(index)\">a link</a></p></div>"
        }
        html += "</body></html>"
        let document = try HTMLDocument(html: html, url: Self.pageURL)
        let start = ContinuousClock.now
        let page = PageMetadata.collect(from: document)
        let elapsed = ContinuousClock.now - start
        #expect(page.titles.map(\.value) == ["OG", "T"])
        // Microdata is capped, so a page that marks up everything stays bounded.
        #expect(page.descriptions.count == PageMetadataCollector.maximumMicrodataElements)
        #expect(elapsed < .seconds(5))
    }

    @Test func pageWithoutHeadOrMetadata() throws {
        let page = try metadata("<p>Just text</p>")
        #expect(page.titles.isEmpty)
        #expect(page.authors.isEmpty)
        #expect(page.direction == nil)
        #expect(page.jsonLD.blockCount == 0)
    }
}
