import Testing
@testable import NewsScraperHTML

/// Every case runs against Fixtures/selectors.html; expectations are the
/// `id`s of the matched elements in document order.
@Suite struct SelectorConformanceTests {
    static let allIDs = ["html", "head", "title", "body", "main", "h1", "p1", "a1", "p2", "em1", "p3", "s1", "p4",
                         "list", "li1", "li2", "li3", "li4", "li5", "single", "only", "sec", "img1", "empty-comment"]

    static let cases: [(selector: String, expected: [String])] = [
        // Type and universal.
        ("p", ["p1", "p2", "p3", "p4"]),
        ("LI", ["li1", "li2", "li3", "li4", "li5"]),
        ("*", allIDs),
        ("section", ["sec"]),
        ("article", []),
        // Classes on messy class lists, ids.
        (".a", ["main", "p1"]),
        (".b", ["main", "p3"]),
        (".a.b", ["main"]),
        ("DIV.a", ["main"]),
        (".A", []),
        ("#p2", ["p2"]),
        ("div#main", ["main"]),
        ("p#main", []),
        ("#empty-comment", ["empty-comment"]),
        // Attributes.
        ("[href]", ["a1"]),
        ("[alt]", ["img1"]),
        ("[lang]", ["html", "p2"]),
        ("[lang=en-US]", ["p2"]),
        ("[lang=\"en-us\"]", []),
        ("[lang=\"en-us\" i]", ["p2"]),
        ("[lang|=en]", ["html", "p2"]),
        ("[lang|=en-GB]", ["html"]),
        ("[href^=\"https://\"]", ["a1"]),
        ("[src$=\".png\"]", ["img1"]),
        ("[title*=\"lo wo\"]", ["s1"]),
        ("[rel~=noopener]", ["a1"]),
        ("[rel~=noop]", []),
        ("[class~=a]", ["main", "p1"]),
        ("[data-role=\"main-content\" i]", ["main"]),
        ("[data-role=\"main-content\"]", []),
        ("[data-role^=MAIN i]", ["main"]),
        ("[DATA-ROLE$=content i]", ["main"]),
        ("[href^=\"\"]", []),
        ("img[alt=\"\"]", ["img1"]),
        ("a[rel~=\"nofollow\"][href*=example]", ["a1"]),
        // Combinators.
        ("div p", ["p1", "p2", "p3", "p4"]),
        ("body p a", ["a1"]),
        ("body > p", []),
        ("div > p", ["p1", "p2", "p3", "p4"]),
        ("#main>p:first-of-type+p", ["p2"]),
        ("h1 + p", ["p1"]),
        ("h1 ~ p", ["p1", "p2", "p3", "p4"]),
        ("p + span", ["s1"]),
        ("p ~ span", ["s1"]),
        ("li + li", ["li2", "li3", "li4", "li5"]),
        ("section > img", ["img1"]),
        ("html > body > div > h1", ["h1"]),
        ("ul li ~ li.odd", ["li2"]),
        ("ul li.odd + li ~ li", ["li4", "li5"]),
        ("ul li.odd ~ li", ["li3", "li4", "li5"]),
        // Lists keep document order and drop duplicates.
        ("h1, #li1", ["h1", "li1"]),
        ("#li3, #li1", ["li1", "li3"]),
        ("p, .a", ["main", "p1", "p2", "p3", "p4"]),
        // Logical pseudo-classes.
        ("p:not(.a)", ["p2", "p3", "p4"]),
        ("li:not(:first-child):not(:last-child)", ["li2", "li3", "li4"]),
        ("#main > :not(p, span)", ["h1"]),
        (":is(h1, em)", ["h1", "em1"]),
        ("div :is(a, em)", ["a1", "em1"]),
        (":where(#sec) img", ["img1"]),
        ("div:has(span)", ["main", "single"]),
        ("div:has(> h1)", ["main"]),
        ("body:has(> h1)", []),
        ("p:has(+ span)", ["p3"]),
        ("p:has(~ p)", ["p1", "p2", "p3"]),
        ("h1:has(+ p.lead)", ["h1"]),
        ("div:has(:empty)", ["main"]),
        (":has(> a, > em)", ["p1", "p2"]),
        // Structural pseudo-classes.
        ("li:first-child", ["li1"]),
        ("li:last-child", ["li5"]),
        ("body > :last-child", ["empty-comment"]),
        ("body :only-child", ["a1", "em1", "only", "img1"]),
        ("li:nth-child(2n+1)", ["li1", "li3", "li5"]),
        ("li:nth-child(odd)", ["li1", "li3", "li5"]),
        ("li:nth-child(even)", ["li2", "li4"]),
        ("li:nth-child(2n)", ["li2", "li4"]),
        ("li:nth-child(-n+3)", ["li1", "li2", "li3"]),
        ("li:nth-child(n+4)", ["li4", "li5"]),
        ("li:nth-child(3)", ["li3"]),
        ("li:nth-child( 3n - 1 )", ["li2", "li5"]),
        ("li:nth-child(0n+2)", ["li2"]),
        ("li:nth-child(7)", []),
        ("p:nth-child(2)", ["p1"]),
        ("li:nth-last-child(2)", ["li4"]),
        ("li:nth-last-child(-n+2)", ["li4", "li5"]),
        ("p:nth-of-type(2)", ["p2"]),
        ("#main > :nth-of-type(1)", ["h1", "p1", "s1"]),
        ("p:nth-last-of-type(1)", ["p4"]),
        ("p:first-of-type", ["p1"]),
        ("p:last-of-type", ["p4"]),
        ("span:only-of-type", ["s1", "only"]),
        (":empty", ["p3", "img1", "empty-comment"]),
        (":root", ["html"]),
        ("head:first-child", ["head"]),
    ]

    @Test("selector matches the expected elements", arguments: cases)
    func selection(selector: String, expected: [String]) throws {
        let document = try FixtureLoader.document("selectors.html")
        #expect(ids(try document.select(selector)) == expected, "\(selector)")
        #expect(try document.selectFirst(selector)?.id == expected.first, "\(selector)")
    }

    @Test func conformanceTableIsLargeEnough() {
        #expect(Self.cases.count >= 60)
    }

    @Test func selectFromANodeSearchesOnlyItsDescendants() throws {
        let document = try FixtureLoader.document("selectors.html")
        let main = try #require(try document.selectFirst("#main"))
        #expect(ids(try main.select("p")) == ["p1", "p2", "p3", "p4"])
        #expect(ids(try main.select("div")) == [])
        #expect(ids(try main.select("div", includingSelf: true)) == ["main"])
        // Combinators still see the whole document, as querySelectorAll does.
        #expect(ids(try main.select("body p > a")) == ["a1"])
        #expect(try main.matches("div.a"))
        #expect(try !main.matches("p"))
    }

    @Test func parsedSelectorsAreReusable() throws {
        let selector = try CSSSelector("li:nth-child(odd)")
        let first = try FixtureLoader.document("selectors.html")
        let second = try FixtureLoader.document("selectors.html")
        #expect(ids(first.select(selector)) == ids(second.select(selector)))
        #expect(selector.description == "li:nth-child(odd)")
    }

    static let invalid: [(selector: String, offset: Int)] = [
        ("", 0),
        ("   ", 3),
        ("div >", 5),
        ("div > > p", 6),
        ("[a", 2),
        ("[a=]", 3),
        ("[a~b]", 2),
        ("[a='x]", 6),
        ("a:unknown", 2),
        ("a:unknown(1)", 2),
        ("::before", 1),
        ("p::first-line", 2),
        ("a,,b", 2),
        ("a,", 2),
        (",a", 0),
        (":nth-child(x)", 12),
        (":nth-child()", 11),
        (":nth-child(2n+)", 14),
        (":not(", 5),
        (":not(p", 6),
        (":has()", 5),
        ("#", 1),
        (".", 1),
        ("a)", 1),
        ("ns|a", 2),
        ("p!", 1),
    ]

    @Test("invalid selectors throw with the offset of the problem", arguments: invalid)
    func invalidSelector(selector: String, offset: Int) {
        #expect {
            _ = try CSSSelector(selector)
        } throws: { error in
            guard case let HTMLError.invalidSelector(syntax) = error else { return false }
            return syntax.selector == selector && syntax.offset == offset && !syntax.reason.isEmpty
        }
    }

    @Test func selectThrowsForInvalidSelectors() throws {
        let document = try FixtureLoader.document("selectors.html")
        #expect(throws: HTMLError.self) { try document.select("div >") }
        #expect(throws: HTMLError.self) { try document.selectFirst("[a") }
    }

    @Test func deeplyNestedSelectorIsRefused() {
        let selector = String(repeating: ":not(", count: 40) + "p" + String(repeating: ")", count: 40)
        #expect(throws: HTMLError.self) { try CSSSelector(selector) }
    }
}
