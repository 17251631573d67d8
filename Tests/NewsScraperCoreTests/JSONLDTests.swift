import Foundation
import NewsScraperHTML
import Testing
@testable import NewsScraperCore

// MARK: Lenient JSON

struct LenientJSONCase: Sendable, CustomTestStringConvertible {
    let name: String
    let input: String
    let expected: JSONValue?
    var testDescription: String { name }
}

@Suite("Lenient JSON")
struct LenientJSONTests {
    static let cases: [LenientJSONCase] = [
        .init(name: "plain object", input: #"{"a": 1, "b": [true, false, null], "c": "x"}"#,
              expected: .object(["a": .number(1), "b": .array([.bool(true), .bool(false), .null]), "c": .string("x")])),
        .init(name: "trailing commas", input: #"{"a": [1, 2,], "b": {"c": 3,},}"#,
              expected: .object(["a": .array([.number(1), .number(2)]), "b": .object(["c": .number(3)])])),
        .init(name: "line and block comments", input: "{ // note\n \"a\": /* inline */ 1 }",
              expected: .object(["a": .number(1)])),
        .init(name: "byte order mark", input: "\u{FEFF}{\"a\": 1}", expected: .object(["a": .number(1)])),
        .init(name: "CDATA wrapper", input: "//<![CDATA[\n{\"a\": 1}\n//]]>", expected: .object(["a": .number(1)])),
        .init(name: "bare CDATA and HTML comment wrapper", input: "<!--<![CDATA[ {\"a\": 1} ]]>-->",
              expected: .object(["a": .number(1)])),
        .init(name: "raw newline and tab inside a string", input: "{\"a\": \"line one\nline\ttwo\"}",
              expected: .object(["a": .string("line one\nline\ttwo")])),
        .init(name: "single quotes and unquoted keys", input: "{'a': 'it\\'s', b: 2}",
              expected: .object(["a": .string("it's"), "b": .number(2)])),
        .init(name: "escapes and surrogate pairs", input: #"["\u00e9\n\"\/", "\ud83d\ude00", "\ud83d x"]"#,
              expected: .array([.string("é\n\"/"), .string("😀"), .string("\u{FFFD} x")])),
        .init(name: "several top-level values", input: #"{"a": 1}  {"b": 2};"#,
              expected: .array([.object(["a": .number(1)]), .object(["b": .number(2)])])),
        .init(name: "numbers", input: "[-1.5, 2e3, 0, +4]",
              expected: .array([.number(-1.5), .number(2000), .number(0), .number(4)])),
        .init(name: "duplicate keys keep the last", input: #"{"a": 1, "a": 2}"#, expected: .object(["a": .number(2)])),
        .init(name: "unterminated object", input: #"{"a": "#, expected: nil),
        .init(name: "unterminated string", input: #"{"a": "abc"#, expected: nil),
        .init(name: "garbage", input: "var x = 1", expected: nil),
        .init(name: "empty", input: "   ", expected: nil),
        .init(name: "mismatched bracket", input: #"{"a": [1}"#, expected: nil),
    ]

    @Test(arguments: cases)
    func parses(_ testCase: LenientJSONCase) {
        #expect(LenientJSON.parse(testCase.input) == testCase.expected)
    }

    @Test func deepNestingIsRejectedWithoutCrashing() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(LenientJSON.parse(deep) == nil)
        let deepObjects = String(repeating: "{\"a\":", count: 10_000) + "1" + String(repeating: "}", count: 10_000)
        #expect(LenientJSON.parse(deepObjects) == nil)
    }

    @Test func nestingUpToTheCapIsAccepted() {
        let depth = LenientJSON.maximumDepth
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(LenientJSON.parse(nested) != nil)
    }

    @Test func keepsValuesBeforeABrokenOne() {
        #expect(LenientJSON.parseAll(#"{"a": 1} {"b": "#) == [.object(["a": .number(1)])])
    }

    @Test func everyTruncationOfABlockIsSafe() {
        let block = #"{"@type": ["NewsArticle"], "headline": "H\u00e9 \ud83d\ude00", "n": -1.5e3, /* c */ "a": [1, {"b": 'x'},], }"#
        let bytes = Array(block.utf8)
        for length in 0...bytes.count {
            _ = LenientJSON.parse(String(decoding: bytes[0..<length], as: UTF8.self))
        }
        #expect(LenientJSON.parse(block)?["headline"]?.stringValue == "Hé 😀")
    }

    @Test func helpers() throws {
        let value = try #require(LenientJSON.parse(#"{"list": [1, "two"], "n": 3, "flag": true}"#))
        #expect(value["list"]?[1]?.stringValue == "two")
        #expect(value["list"]?.arrayValue?.count == 2)
        #expect(value["n"]?.numberValue == 3)
        #expect(value["n"]?.scalarText == "3")
        #expect(value["flag"]?.boolValue == true)
        #expect(value["missing"] == nil)
        #expect(value["n"]?.listValue == [.number(3)])
    }
}

// MARK: JSON-LD

struct JSONLDCase: Sendable, CustomTestStringConvertible {
    let name: String
    let scripts: [String]
    var headline: String?
    var authors: [String]?
    var organizationAuthors: [String] = []
    var publisher: String?
    var published: String?
    var images: [String]?
    var keywords: [String]?
    var sections: [String]?
    var invalidBlocks = 0
    var noArticle = false
    var testDescription: String { name }
}

@Suite("JSON-LD graph")
struct JSONLDGraphTests {
    static let cases: [JSONLDCase] = [
        JSONLDCase(
            name: "single object",
            scripts: [#"{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Hello", "datePublished": "2022-10-10T17:38:16+00:00", "author": "Jane Doe"}"#],
            headline: "Hello", authors: ["Jane Doe"], published: "2022-10-10T17:38:16+00:00"),
        JSONLDCase(
            name: "@graph with @id references",
            scripts: [#"""
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "@id": "https://ex.com/#website", "name": "Example"},
              {"@type": "Organization", "@id": "https://ex.com/#org", "name": "Example Media"},
              {"@type": "Person", "@id": "https://ex.com/#/person/1", "name": "Ann Author", "url": "https://ex.com/ann"},
              {"@type": ["Article", "NewsArticle"], "headline": "Graph headline",
               "author": {"@id": "https://ex.com/#/person/1"}, "publisher": {"@id": "https://ex.com/#org"}}
            ]}
            """#],
            headline: "Graph headline", authors: ["Ann Author"], publisher: "Example Media"),
        JSONLDCase(
            name: "top-level array",
            scripts: [#"[{"@type": "Organization", "name": "Org"}, {"@type": "BlogPosting", "headline": "Post"}]"#],
            headline: "Post"),
        JSONLDCase(
            name: "several blocks, one invalid (rt.com shape)",
            scripts: [
                #"{"@context": "http://schema.org", "@type": "Organization", "name": "RT", "sameAs": ["https://twitter.com/RT_com", "https://facebook.com/RTnews",]}"#,
                #"{"@type": "BreadcrumbList", "itemListElement": [ {"@type": "ListItem", "position": 1, "item": {"@id": "https://www.rt.com/", "name": "Home"}}"#,
                #"{"@type": "NewsArticle", "headline": "Still found", "author": {"@type": "Organization", "name": "RT"}}"#,
            ],
            headline: "Still found", authors: ["RT"], organizationAuthors: ["RT"], invalidBlocks: 1),
        JSONLDCase(
            name: "author array of people and organisations",
            scripts: [#"{"@type": "NewsArticle", "headline": "H", "author": [{"@type": "Person", "name": "A One"}, "B Two", {"@type": "NewsMediaOrganization", "name": "Desk"}, {"@type": "Person", "givenName": "C", "familyName": "Three"}]}"#],
            authors: ["A One", "B Two", "Desk", "C Three"], organizationAuthors: ["Desk"]),
        JSONLDCase(
            name: "image as string",
            scripts: [#"{"@type": "Article", "headline": "H", "image": "/img/a.jpg"}"#],
            images: ["https://ex.com/img/a.jpg"]),
        JSONLDCase(
            name: "image as object and array of both",
            scripts: [#"{"@type": "Article", "headline": "H", "image": [{"@type": "ImageObject", "url": "https://ex.com/b.jpg", "width": "1200", "height": 630}, "https://ex.com/c.jpg"]}"#],
            images: ["https://ex.com/b.jpg", "https://ex.com/c.jpg"]),
        JSONLDCase(
            name: "keywords as one string",
            scripts: [#"{"@type": "NewsArticle", "headline": "H", "keywords": "Russia, Ukraine ,  Energy", "articleSection": "World News"}"#],
            keywords: ["Russia", "Ukraine", "Energy"], sections: ["World News"]),
        JSONLDCase(
            name: "keywords and sections as arrays",
            scripts: [#"{"@type": "NewsArticle", "headline": "H", "keywords": ["a", "b"], "articleSection": ["World", "Europe"]}"#],
            keywords: ["a", "b"], sections: ["World", "Europe"]),
        JSONLDCase(
            name: "entities in strings",
            scripts: [#"{"@type": "NewsArticle", "headline": "Rock &amp; roll&#x2019;s &quot;best&quot; &#39;year&#39; &mdash; &amp;quot;twice&amp;quot;", "author": "Jos&eacute;"}"#],
            headline: "Rock & roll\u{2019}s \"best\" 'year' \u{2014} \"twice\"", authors: ["José"]),
        JSONLDCase(
            name: "CDATA and comment wrapped block",
            scripts: ["\n//<![CDATA[\n<!--\n{\"@type\": \"NewsArticle\", \"headline\": \"Wrapped\"}\n-->\n//]]>\n"],
            headline: "Wrapped"),
        JSONLDCase(
            name: "raw newline inside a string",
            scripts: ["{\"@type\": \"NewsArticle\", \"headline\": \"Two\nlines\", \"articleBody\": \"Para one.\n\nPara two.\"}"],
            headline: "Two lines"),
        JSONLDCase(
            name: "news article preferred over web page and nested",
            scripts: [#"{"@type": "WebPage", "headline": "Page", "mainEntity": {"@type": "ReportageNewsArticle", "headline": "Report"}}"#],
            headline: "Report"),
        JSONLDCase(
            name: "prefixed type names",
            scripts: [#"{"@type": "http://schema.org/OpinionNewsArticle", "headline": "Opinion"}"#],
            headline: "Opinion"),
        JSONLDCase(
            name: "no article node",
            scripts: [#"{"@type": "Organization", "name": "RT"}"#, "{ broken"],
            invalidBlocks: 1, noArticle: true),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: JSONLDCase) throws {
        let graph = JSONLDGraph(scripts: testCase.scripts, baseURL: URL(string: "https://ex.com/news/1"))
        #expect(graph.blockCount == testCase.scripts.count)
        #expect(graph.invalidBlockCount == testCase.invalidBlocks)
        if testCase.noArticle {
            #expect(graph.article == nil)
            return
        }
        let article = try #require(graph.article)
        if let headline = testCase.headline { #expect(article.headline == headline) }
        if let authors = testCase.authors { #expect(article.authors.map(\.name) == authors) }
        #expect(article.authors.filter(\.isOrganization).map(\.name) == testCase.organizationAuthors)
        if let publisher = testCase.publisher { #expect(article.publisherNames == [publisher]) }
        if let published = testCase.published { #expect(article.datePublished == published) }
        if let images = testCase.images { #expect(article.images.map(\.url.absoluteString) == images) }
        if let keywords = testCase.keywords { #expect(article.keywords == keywords) }
        if let sections = testCase.sections { #expect(article.sections == sections) }
    }

    @Test func imageDetailsAndAuthorURL() throws {
        let graph = JSONLDGraph(scripts: [#"""
            {"@graph": [
              {"@type": "ImageObject", "@id": "#primaryimage", "contentUrl": "https://ex.com/p.jpg",
               "width": {"@type": "QuantitativeValue", "value": 800}, "height": "450px", "caption": "A &amp; B"},
              {"@type": "NewsArticle", "headline": "H", "image": {"@id": "#primaryimage"},
               "author": {"@type": "Person", "name": "Ann", "url": "/authors/ann"},
               "inLanguage": {"@type": "Language", "name": "English", "alternateName": "en"},
               "mainEntityOfPage": {"@type": "WebPage", "@id": "https://ex.com/news/1"},
               "articleBody": "  Raw &amp; untouched\n"}
            ]}
            """#], baseURL: URL(string: "https://ex.com/news/1"))
        let article = try #require(graph.article)
        #expect(article.images == [MetadataImage(url: URL(string: "https://ex.com/p.jpg")!, width: 800, height: 450,
                                                 caption: "A & B")])
        #expect(article.authors == [MetadataAuthor(name: "Ann", url: URL(string: "https://ex.com/authors/ann"))])
        #expect(article.language == "en")
        #expect(article.mainEntityOfPage?.absoluteString == "https://ex.com/news/1")
        #expect(article.articleBody == "  Raw &amp; untouched\n")
        #expect(graph.node(withID: "#primaryimage") != nil)
        #expect(graph.nodes(ofType: "ImageObject").count == 1)
    }

    @Test func breadcrumbSectionSkipsHomeAndTheArticle() {
        let graph = JSONLDGraph(scripts: [
            #"""
            {"@type": "BreadcrumbList", "itemListElement": [
              {"@type": "ListItem", "position": 3, "name": "The story", "item": "https://ex.com/world/1-story/"},
              {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://ex.com/"},
              {"@type": "ListItem", "position": 2, "item": {"@id": "https://ex.com/world/", "name": "World News"}}
            ]}
            """#,
            #"{"@type": "NewsArticle", "headline": "The story", "url": "https://ex.com/world/1-story/"}"#,
        ])
        #expect(graph.breadcrumbs.map(\.name) == ["Home", "World News", "The story"])
        #expect(graph.breadcrumbSection == "World News")
    }

    @Test func findsScriptsInDocumentIgnoringTypeCaseAndParameters() throws {
        let html = """
            <html><head>
            <script type="Application/LD+JSON; charset=utf-8">{"@type": "NewsArticle", "headline": "From head"}</script>
            <script type="application/json">{"@type": "NewsArticle", "headline": "Not JSON-LD"}</script>
            </head><body><p>x</p>
            <script type="application/ld+json">
            //<![CDATA[
            {"@type": "WebSite", "name": "Site"}
            //]]>
            </script></body></html>
            """
        let document = try HTMLDocument(html: html, url: URL(string: "https://ex.com/a"))
        let graph = JSONLDGraph(document: document)
        #expect(graph.blockCount == 2)
        #expect(graph.article?.headline == "From head")
        #expect(graph.websiteName == "Site")
    }
}
