import Foundation
import Testing
@testable import NewsScraperHTML

/// Attribute lookups comparing bytes in place must answer exactly what the String comparison
/// per attribute they replaced answered.
@Suite struct AttributeLookupTests {
    static let page = """
    <html lang=en><head><meta itemprop="name" content="x"></head>
    <body ITEMSCOPE itemtype="https://schema.org/NewsArticle">
    <h1 ItemProp="headline" class="title big" data-x="1">Headline</h1>
    <div xml:lang="fr" itemprop = "author" itemscope><span itemprop=name>Ann</span></div>
    <p data-itemprop="no" class=" lead " id="lead" role=main aria-hidden=true hidden>Text</p>
    <svg><g itemprop="image"></g></svg><div CLASS="up" Data-Long-Name-Attribute-Here="v">x</div>
    </body></html>
    """

    @Test func attributeLookupsMatchAStringComparisonOfEveryAttribute() throws {
        let document = try HTMLDocument(html: Self.page)
        let names = ["class", "CLASS", "Class", "id", "role", "aria-hidden", "hidden", "itemprop", "data-x",
                     "data-long-name-attribute-here", "data-itemprop", "xml:lang", "lang", "", "é", "missing"]
        for element in try document.select("[class]") + document.elements(named: "html") {
            for name in names {
                let expected = element.attributes.first { $0.name.lowercased() == name.lowercased() }?.value
                #expect(element.attribute(name) == expected, "\(name)")
                #expect(element.hasAttribute(name) == (expected != nil), "\(name)")
                var read: String?
                let found = element.withAttributeUTF8(name) { read = String(decoding: $0, as: UTF8.self) }
                #expect(found == (expected != nil) && read == expected, "\(name)")
            }
        }
    }
}

/// `trimmingASCIIWhitespace()` over bytes must give what trimming Unicode scalars gave.
@Suite struct ASCIITrimmingTests {
    /// The implementation it replaced.
    static func trimmedByScalars(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first, first.isASCIIWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isASCIIWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    @Test(arguments: [
        "", " ", " \t\n\r\u{0C} ", "abc", " abc ", "\r\nabc\r\n", " \u{301}abc", "abc \u{301}", "\u{301} x ",
        "\u{A0}abc\u{A0}", " \u{2003}x\u{2003} ", "\u{0B}x\u{0B}", "é ", " 日本語\t", "\r\n", "a\r\n", "x\u{85}",
    ])
    func bytesAndScalarsTrimTheSame(text: String) {
        let trimmed = text.trimmingASCIIWhitespace()
        #expect(trimmed == Self.trimmedByScalars(text))
        #expect(Array(trimmed.unicodeScalars) == Array(Self.trimmedByScalars(text).unicodeScalars))
    }
}
