import CLibXML2
import Foundation
import Testing
@testable import NewsScraperHTML

/// Cutting script and style bodies and attribute values out of libxml2's input must give the
/// tree libxml2 gives for the page as it is, or be refused.
@Suite struct VerbatimTextElisionTests {
    /// Filler that makes a body long enough to be cut.
    static let filler = String(repeating: "var x = 1; ", count: 8)

    @Test(arguments: [
        "<html><head><script>\(filler)</script><style>body { color: red } \(filler)</style></head><body><p>Text</p></body></html>",
        "<p>one<script type=\"text/javascript\">if (a < b && c > d) { s = '<div>' + \"</div>\" + '<!--'; } \(filler)</script>two</p>",
        "<script>\(filler)</SCRIPT ><p>after</p>",
        "<script type='application/ld+json'>\r\n{\"headline\": \"Caf\u{E9} \u{2014} \u{1F600}\"}\r\n\(filler)</script><p>x</p>",
        "<div title=\"<script>\(filler)</script>\">text</div><script>\(filler)</script>",
        "<!-- <script>\(filler)</script> --><p>a</p><script>\(filler)</script>",
        "<script src=a/>\(filler)</script><p>after</p>",
        "<script/><p>\(filler)</p><script>\(filler)</script>",
        "<title><script>\(filler)</script></title><textarea><script>\(filler)</script></textarea>",
        "<p>x</p><script>\(filler) never closed",
        "<![CDATA[<script>\(filler)</script>]]><p>x</p>",
        "<script \"a>b\">\(filler)</script><p>after</p>",
        "<?php echo \"<script>\"; ?>\(filler)</script><p>x</p>",
        "<svg><style>\(filler)</style></svg><p>x</p>",
        "<script>\(filler)</style>\(filler)</script><style>\(filler)</script>\(filler)</style>",
        "<body><p>a<script>\(filler)</script>b<script>\(filler)</script>c</p></body>",
        "<div <script>\(filler)</script>>x</div>",
        "</div <script>\(filler)</script>><p>x</p>",
        "<script>\(filler)</scripts>\(filler)</script><script>\(filler)</script>",
        "<script><!-- \(filler) --></script><p>x</p>",
        "<script>\n\(filler)</script\n><p>x</p>",
        "<p>a < b <script>\(filler)</script> c</p>",
        "<head><noscript><style>\(filler)</style></noscript></head><body></body>",
        "<script>\(filler)</script",
        "<div data-x=\"\(filler)\" class='a \(filler)' title=\"\(filler)\">x</div>",
        "<img srcset=\"a.jpg 1x,\r\n\tb.jpg 2x \(filler)\" alt=\"<script>\(filler)</script> > \(filler)\">",
        "<div id=\"\(filler)\"><a name=\"\(filler)\" href=\"\(filler)\">x</a><p xml:id=\"\(filler)\">y</p></div>",
        "<head><meta name=description content=\"\(filler)\"><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8 \(filler)\"></head>",
        "<html class=\"\(filler)\"><body class=\"\(filler)\"><p>x</p><body class=\"\(filler)2\" data-y=\"\(filler)\"><html data-z=\"\(filler)\"></html>",
        "<div title=\"\(filler)\" title=\"\(filler)2\">dup</div><p>after</p>",
        "<div DATA-UPPER=\"\(filler)\" data-amp=\"\(filler)&amp;\" data-unquoted=\(filler.replacingOccurrences(of: " ", with: "_"))>x</div>",
        "<svg><path d=\"M0 0 L10 10 \(filler)\"/></svg><input value='\(filler)' disabled>",
        "<p>x</p><div title=\"\(filler)",
        "<div title = \"\(filler)\" data-a='\(filler)\"' data-b=\"\(filler)'\">x</div>",
        "<p>\(String(repeating: "<script>\(filler)</script>", count: 25))</p>",
    ])
    func elidedParseGivesTheOriginalTree(page: String) throws {
        let bytes = Array(page.utf8)
        let plain = try #require(Self.plainTree(bytes))
        if let elided = Self.elidedTree(bytes) {
            #expect(elided == plain)
        }
    }

    @Test func ordinaryScriptsStylesAndAttributesAreCut() throws {
        let page = "<html><head><script>\(Self.filler)</script><style>\(Self.filler)</style></head>"
            + "<body><p data-x=\"\(Self.filler)\">a</p>\(String(repeating: "<script>\(Self.filler)</script>", count: 12))</body></html>"
        let bytes = Array(page.utf8)
        let elided = try #require(Self.elidedTree(bytes))
        #expect(elided == Self.plainTree(bytes))
        let elision = try #require(bytes.withUnsafeBufferPointer { VerbatimTextElision($0) })
        #expect(elision.elidedInput.count < bytes.count - 14 * Self.filler.utf8.count)
    }

    /// Attributes libxml2 drops (a repeated name, a repeated `<head>`) are not cut, so that
    /// such pages are not parsed twice.
    @Test(arguments: [
        "<div title=\"\(filler)\" title=\"\(filler)2\" TITLE='\(filler)3'>dup</div><p>after</p>",
        "<div class=\"a \(filler)\"\n<div class=\"b \(filler)\">x</div></div>",
        "<head><title>t</title></head><body><head data-x=\"\(filler)\"><p data-y=\"\(filler)\">x</p></body>",
    ])
    func droppedAttributesAreNotCut(page: String) throws {
        let bytes = Array(page.utf8)
        let elided = try #require(Self.elidedTree(bytes))
        #expect(elided == Self.plainTree(bytes))
    }

    @Test(arguments: [
        "<script>\(filler)\u{01}</script>",  // a control character libxml2 drops
        "<script>\(filler)\u{FFFE}</script>",  // a noncharacter libxml2 drops
        "<script><!-- \(filler) --></script>",  // starts with "<": libxml2 may read it as a tag first
        "<script>\(filler)</scriptx>\(filler)</script>",  // an end tag libxml2 ignores, dropping its bytes
        "<p>\u{7F}</p><script>\(filler)</script>",  // the placeholder marker in the page
        "<div title=\"\(filler)&amp;\" data-x=\"\(filler)\u{01}\">x</div>",  // a character reference; a control character
        "<div id=\"\(filler)\"><meta content=\"\(filler)\"></div>",  // attributes libxml2 reads while parsing
    ])
    func textsLibxml2DoesNotKeepVerbatimAreNotCut(page: String) {
        let bytes = Array(page.utf8)
        #expect(bytes.withUnsafeBufferPointer { VerbatimTextElision($0) } == nil)
    }

    @Test func invalidUTF8InABodyIsNotCut() {
        var bytes = Array("<script>\(Self.filler)".utf8)
        bytes.append(0xFF)
        bytes += Array("</script>".utf8)
        #expect(bytes.withUnsafeBufferPointer { VerbatimTextElision($0) } == nil)
    }

    @Test func documentsReadThroughHTMLDocumentKeepTheirBodies() throws {
        let json = "{\"@type\": \"NewsArticle\", \"headline\": \"A < B\", \"pad\": \"\(Self.filler)\"}"
        let page = "<html><head><script type=\"application/ld+json\">\(json)</script></head><body><p>x</p></body></html>"
        let document = try HTMLDocument(html: page)
        let script = try #require(try document.selectFirst("script"))
        #expect(script.textContent == json)
    }

    /// Every page of a folder of saved `.html` pages (set `NEWSSCRAPER_ELISION_CORPUS` to run).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["NEWSSCRAPER_ELISION_CORPUS"] != nil))
    func corpusPagesGiveTheOriginalTree() throws {
        let folder = try #require(ProcessInfo.processInfo.environment["NEWSSCRAPER_ELISION_CORPUS"])
        var cut = 0
        var refused = 0
        var pages = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where name.hasSuffix(".html") {
            let bytes = try #require(FileManager.default.contents(atPath: folder + "/" + name)).map { $0 }
            guard CharsetDetector.decide(bytes).encoding == "utf-8", !bytes.contains(0) else { continue }
            pages += 1
            guard let elided = Self.elidedTree(bytes) else {
                if bytes.withUnsafeBufferPointer({ VerbatimTextElision($0) }) != nil { refused += 1 }
                continue
            }
            cut += 1
            #expect(elided == Self.plainTree(bytes), "\(name)")
        }
        // Pages refused after the parse are parsed twice: they should be rare.
        print("elision corpus: \(cut) of \(pages) UTF-8 pages cut, \(refused) refused after the parse")
    }

    // MARK: Helpers

    static func plainTree(_ bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { input in
            guard let document = HTMLDocument.libxml2Read(input, url: nil, encoding: "UTF-8") else { return nil }
            defer { xmlFreeDoc(document) }
            return dump(document)
        }
    }

    /// The tree from the elided input with its bodies restored; nil when elision is refused.
    static func elidedTree(_ bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { input in
            guard let elision = VerbatimTextElision(input),
                  let document = elision.elidedInput.withUnsafeBufferPointer({
                      HTMLDocument.libxml2Read($0, url: nil, encoding: "UTF-8")
                  }) else { return nil }
            defer { xmlFreeDoc(document) }
            return elision.restore(in: document, from: input) ? dump(document) : nil
        }
    }

    /// Node types, names, attributes and contents (as raw bytes), in document order.
    static func dump(_ document: htmlDocPtr) -> [UInt8] {
        var out: [UInt8] = []
        func append(_ text: UnsafePointer<xmlChar>?) {
            guard let text else { out += Array("(nil)".utf8); return }
            out += UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text)))
        }
        func visit(_ first: xmlNodePtr?, depth: Int) {
            var node = first
            while let current = node {
                out += Array("\n\(depth) \(current.pointee.type.rawValue) ".utf8)
                append(current.pointee.name)
                if current.pointee.type == XML_ELEMENT_NODE {
                    var attribute = current.pointee.properties
                    while let property = attribute {
                        let value = xmlNodeGetContent(UnsafeMutableRawPointer(property).assumingMemoryBound(to: xmlNode.self))
                        out += Array(" @".utf8)
                        append(property.pointee.name)
                        out.append(0x3D)
                        append(value)
                        newsscraper_xmlFree(value)
                        attribute = property.pointee.next
                    }
                } else {
                    out.append(0x20)
                    append(current.pointee.content)
                }
                if current.pointee.type == XML_ELEMENT_NODE || current.pointee.type == XML_DTD_NODE {
                    visit(current.pointee.children, depth: depth + 1)
                }
                node = current.pointee.next
            }
        }
        visit(UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self).pointee.children, depth: 0)
        return out
    }
}
