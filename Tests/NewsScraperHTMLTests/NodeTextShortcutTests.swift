import Testing
@testable import NewsScraperHTML

/// The shortcuts in HTMLNode+Text that answer over bytes what `text` and the tag name answer
/// with Strings: each must agree with the slow path it replaces on every node of a page.
struct NodeTextShortcutTests {
    static let html = """
        <html><head><title>T</title><style>p{}</style></head><body>
        <div class="a">  \n\t </div><p>One,&nbsp;two</p><p>&nbsp; &nbsp;</p><SCRIPT>x()</SCRIPT><Svg><g>s</g></Svg>
        <noscript>n</noscript><template><b>t</b></template><span>\r\n\u{0C}</span><span>é 12</span>
        <span>\u{200B}</span><span>in\u{AD}vis\u{200B}ible</span>
        <section><h1>Head line</h1><p>A <a href="#">much longer</a> paragraph, with <em>several</em> runs of
        text that together run past the short limits the byline checks use, so that the bounded text gives up.</p>
        <ul><li>x</li><li>  y  </li></ul><iframe>i</iframe><select><option>o</option></select><canvas>c</canvas>
        <![CDATA[ cdata ]]><!-- a comment --></section></body></html>
        """

    static func allNodes(_ document: HTMLDocument) throws -> [HTMLNode] {
        var nodes: [HTMLNode] = []
        try #require(document.root).walk { node, event in
            if event == .enter { nodes.append(node) }
            return .descend
        }
        return nodes
    }

    /// Whitespace collapsing as the builder did it word by word, over Characters.
    static func collapsedReference(_ text: String) -> String {
        var words: [String] = []
        var word = ""
        for scalar in text.unicodeScalars {
            if ["\u{200B}", "\u{2060}", "\u{FEFF}", "\u{AD}"].contains(scalar) { continue }
            if [" ", "\n", "\t", "\r", "\u{0C}", "\u{A0}", "\u{2028}", "\u{2029}"].contains(scalar) {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else {
                word.unicodeScalars.append(scalar)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: " ")
    }

    @Test func builderCopiesRunsOfWordsAsTheyAre() {
        let samples = ["", " ", "a", "a b", " a  b ", "a \u{A0}b", "a\u{A0} b", "one two three", "é ü\tx\ny",
                       "a \u{C2}", "x \r\n y", "word ", " \u{A0}", "a b\u{A0}", "“quoted” text — here",
                       "cli\u{200B}mate", "Bundes\u{AD}regierung", "\u{FEFF}Title", "a \u{200B} b", "\u{200B}",
                       "line\u{2028}next", "word\u{2060}joined", "zw\u{200D}j and zw\u{200C}nj stay",
                       "a\u{200B} b", "a \u{200B}b", "\u{2029} x \u{2028}"]
        for sample in samples {
            var builder = NormalizedTextBuilder()
            builder.append(sample)
            builder.appendBreak()
            builder.append(sample)
            let reference = Self.collapsedReference(sample + " " + sample)
            #expect(builder.finish() == reference, "\(sample.debugDescription)")
        }
    }

    @Test func skippedForTextAgreesWithTheVocabularyLookup() throws {
        let document = try HTMLDocument(html: Self.html)
        let elements = try Self.allNodes(document).filter(\.isElement)
        #expect(elements.count > 20)
        for element in elements {
            #expect(element.isSkippedForText == HTMLVocabulary.skippedForText.contains(element.tagName), "\(element.tagName)")
        }
    }

    @Test func blankTextAgreesWithAnEmptyText() throws {
        let document = try HTMLDocument(html: Self.html)
        let texts = try Self.allNodes(document).filter { $0.kind == .text }
        #expect(texts.contains(where: \.isBlankText) && texts.contains(where: { !$0.isBlankText }))
        for node in texts {
            #expect(node.isBlankText == node.text.isEmpty, "\(node.textContent.debugDescription)")
        }
    }

    @Test func boundedTextIsTheTextWhenShortEnoughElseNil() throws {
        let document = try HTMLDocument(html: Self.html)
        for node in try Self.allNodes(document) {
            let text = node.text
            for limit in [0, 1, 5, 10, 40, 100, 160, 10_000] {
                let bounded = node.text(maxUTF8Count: limit)
                #expect(bounded == (text.utf8.count <= limit ? text : nil), "\(text.debugDescription) \(limit)")
            }
        }
    }
}
