import Foundation
import Testing
@testable import NewsScraperHTML

/// Pages in legacy encodings must decode correctly however the charset is
/// learned, and the decision must say where it came from.
@Suite struct EncodingTests {
    static let arabicTitle = "أخبار اليوم"
    static let arabicBody = "انخفضت أسعار النفط في الأسواق العالمية"
    static let russianTitle = "Новости дня"
    static let russianBody = "Цены на нефть снизились на мировых рынках"

    struct LegacyPage: Sendable, CustomTestStringConvertible {
        let stem: String
        let encoding: String
        let title: String
        let body: String
        var testDescription: String { stem }
    }

    static let legacyPages: [LegacyPage] = [
        LegacyPage(stem: "arabic-windows-1256", encoding: "windows-1256", title: arabicTitle, body: arabicBody),
        LegacyPage(stem: "russian-windows-1251", encoding: "windows-1251", title: russianTitle, body: russianBody),
        LegacyPage(stem: "russian-koi8-r", encoding: "koi8-r", title: russianTitle, body: russianBody),
    ]

    @Test("legacy page decoded through its <meta> charset", arguments: legacyPages)
    func metaPrescan(page: LegacyPage) throws {
        let document = try FixtureLoader.document("\(page.stem)-meta.html")
        #expect(document.charset.encoding == page.encoding)
        #expect(document.charset.source == .metaPrescan)
        #expect(document.title == page.title)
        #expect(document.body?.text == page.body)
    }

    @Test("legacy page decoded through the transport hint", arguments: legacyPages)
    func transportHint(page: LegacyPage) throws {
        let bytes = try FixtureLoader.bytes("\(page.stem)-nometa.html")
        let document = try HTMLDocument(bytes: bytes, charsetHint: page.encoding.uppercased())
        #expect(document.charset == CharsetDecision(encoding: page.encoding, source: .transportHint,
                                                    declaredLabel: page.encoding.uppercased()))
        #expect(document.title == page.title)
        #expect(document.body?.text == page.body)
    }

    @Test("the transport hint beats a contradicting <meta>", arguments: legacyPages)
    func transportHintBeatsMeta(page: LegacyPage) throws {
        let bytes = try FixtureLoader.bytes("\(page.stem)-meta.html")
        let document = try HTMLDocument(bytes: bytes, charsetHint: "utf-8")
        #expect(document.charset.source == .transportHint)
        #expect(document.charset.encoding == "utf-8")
        #expect(document.title != page.title)
    }

    @Test func undeclaredLegacyBytesFallBackToWindows1252() throws {
        let bytes = try FixtureLoader.bytes("russian-windows-1251-nometa.html")
        let decision = CharsetDetector.decide(bytes)
        #expect(decision == CharsetDecision(encoding: "windows-1252", source: .fallback))
    }

    @Test func strayByteInUTF8KeepsTheRestIntact() throws {
        var bytes = Array("<html><body><p>Ça coûte 5 € — «bien» naïve</p><p>".utf8)
        bytes.append(0xE9) // a lone Latin-1 "é"
        bytes += Array("</p><p>Ünïcödé survives: 東京 ✓</p></body></html>".utf8)
        let document = try HTMLDocument(bytes: bytes)
        #expect(document.charset == CharsetDecision(encoding: "utf-8", source: .mostlyUTF8))
        #expect(document.body?.text == "Ça coûte 5 € — «bien» naïve \u{FFFD} Ünïcödé survives: 東京 ✓")
    }

    @Test func validUTF8WithoutDeclaration() throws {
        let document = try HTMLDocument(bytes: Array("<p>Grüße aus Köln</p>".utf8))
        #expect(document.charset == CharsetDecision(encoding: "utf-8", source: .validUTF8))
        #expect(document.body?.text == "Grüße aus Köln")
    }

    @Test func byteOrderMarkBeatsContradictingMeta() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
            + Array("<html><head><meta charset=\"windows-1251\"><title>Привет</title></head><body>Мир</body></html>".utf8)
        let document = try HTMLDocument(bytes: bytes)
        #expect(document.charset == CharsetDecision(encoding: "utf-8", source: .byteOrderMark))
        #expect(document.title == "Привет")
        #expect(document.body?.text == "Мир")
    }

    @Test func metaAfterNonASCIITextWithinPrescanWindow() throws {
        // libxml2 alone ignores a <meta> that follows non-ASCII text; the prescan must not.
        let title = Array("<html><head><title>".utf8) + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2] // "Привет" in windows-1251
        let bytes = title + Array("</title><meta charset=\"windows-1251\"></head><body>".utf8)
            + [0xCC, 0xE8, 0xF0] + Array("</body></html>".utf8) // "Мир"
        #expect(bytes.count < 1024)
        let document = try HTMLDocument(bytes: bytes)
        #expect(document.charset == CharsetDecision(encoding: "windows-1251", source: .metaPrescan,
                                                    declaredLabel: "windows-1251"))
        #expect(document.title == "Привет")
        #expect(document.body?.text == "Мир")
    }

    @Test func metaBeyondPrescanWindowIsNotSeen() throws {
        let padding = String(repeating: "<!-- padding -->", count: 80)
        let html = "<html><head>\(padding)<meta charset=\"windows-1251\"></head><body>plain</body></html>"
        #expect(CharsetDetector.decide(Array(html.utf8)).source == .validUTF8)
    }

    @Test func metaInsideCommentIsIgnored() throws {
        let html = "<!-- <meta charset=\"koi8-r\"> --><meta charset=\"windows-1256\"><p>x</p>"
        #expect(CharsetDetector.decide(Array(html.utf8)).encoding == "windows-1256")
    }

    @Test func unknownTransportHintIsIgnored() throws {
        let bytes = try FixtureLoader.bytes("russian-koi8-r-meta.html")
        let document = try HTMLDocument(bytes: bytes, charsetHint: "x-no-such-charset")
        #expect(document.charset.source == .metaPrescan)
        #expect(document.charset.encoding == "koi8-r")
        #expect(document.title == Self.russianTitle)
    }

    @Test func unknownMetaLabelIsIgnored() throws {
        let html = "<meta charset=\"klingon-7\"><p>naïve</p>"
        let decision = CharsetDetector.decide(Array(html.utf8))
        #expect(decision == CharsetDecision(encoding: "utf-8", source: .validUTF8))
    }

    @Test func unknownMetaLabelFallsThroughToALaterMeta() throws {
        let html = "<meta charset=\"klingon-7\"><meta charset=\"koi8-r\"><p>x</p>"
        let decision = CharsetDetector.decide(Array(html.utf8))
        #expect(decision == CharsetDecision(encoding: "koi8-r", source: .metaPrescan, declaredLabel: "koi8-r"))
    }

    @Test func httpEquivContentType() throws {
        let html = "<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=\"cp1256\"'><p>x</p>"
        #expect(CharsetDetector.decide(Array(html.utf8)).encoding == "windows-1256")
    }

    @Test func utf16MetaMeansUTF8() throws {
        let html = "<meta charset=\"utf-16\"><p>x</p>"
        #expect(CharsetDetector.decide(Array(html.utf8)).encoding == "utf-8")
    }

    @Test func utf16LittleEndianByteOrderMark() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + "<p>Привет</p>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let document = try HTMLDocument(bytes: bytes)
        #expect(document.charset == CharsetDecision(encoding: "utf-16le", source: .byteOrderMark))
        #expect(document.body?.text == "Привет")
    }

    @Test("labels map the way browsers map them", arguments: [
        ("latin1", "windows-1252"), ("ISO-8859-1", "windows-1252"), ("ascii", "windows-1252"),
        ("us-ascii", "windows-1252"), (" Windows-1252 ", "windows-1252"), ("cp1256", "windows-1256"),
        ("x-cp1251", "windows-1251"), ("cp1251", "windows-1251"), ("KOI8-R", "koi8-r"), ("koi", "koi8-r"),
        ("utf8", "utf-8"), ("UTF-8", "utf-8"), ("iso-8859-9", "windows-1254"), ("gb2312", "gbk"),
        ("sjis", "shift_jis"), ("iso-8859-15", "iso-8859-15"), ("ks_c_5601-1987", "euc-kr"),
    ])
    func labelMapping(label: String, canonical: String) {
        #expect(CharsetLabels.canonicalName(for: label) == canonical)
    }

    @Test("unknown labels have no canonical name", arguments: ["", "  ", "klingon-7", "utf-9", "windows-1259"])
    func unknownLabels(label: String) {
        #expect(CharsetLabels.canonicalName(for: label) == nil)
    }

    @Test func latin1LabelDecodesAsWindows1252() throws {
        // 0x80 is "€" in windows-1252 and a C1 control in strict ISO-8859-1.
        let bytes = Array("<meta charset=latin1><p>".utf8) + [0x80, 0x20, 0x35] + Array("</p>".utf8)
        let document = try HTMLDocument(bytes: bytes)
        #expect(document.charset.encoding == "windows-1252")
        #expect(document.body?.text == "€ 5")
    }
}

@Suite struct UndefinedLegacyBytesTests {
    /// iconv refuses windows-1252's five unassigned bytes; browsers map them to
    /// C1 controls. One of them must not cut off the rest of the page.
    @Test("an unassigned windows-1252 byte keeps the rest of the page", arguments: [0x81, 0x8D, 0x8F, 0x90, 0x9D] as [UInt8])
    func unassignedByte(byte: UInt8) throws {
        let bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>caf".utf8) + [0xE9, byte]
            + Array(" au lait</p><p>Second paragraph ".utf8) + [0x80] + Array("</p></body></html>".utf8)
        let document = try HTMLDocument(bytes: bytes)
        let text = try #require(document.body?.text)
        #expect(text.hasPrefix("café"))
        #expect(text.hasSuffix("au lait Second paragraph €"))
        #expect(text.unicodeScalars.contains(Unicode.Scalar(byte)))
    }
}

extension UndefinedLegacyBytesTests {
    /// Other single-byte encodings have holes in iconv's tables too.
    @Test("a byte iconv cannot map keeps the rest of the page", arguments: [
        ("windows-1251", 0x98), ("windows-1250", 0x83), ("windows-1253", 0xAA), ("windows-874", 0xDB),
        ("iso-8859-8", 0xBF), ("windows-1255", 0xD9),
    ] as [(String, UInt8)])
    func unmappableByte(encoding: String, byte: UInt8) throws {
        let bytes = Array("<html><head><meta charset=\"\(encoding)\"></head><body><p>before".utf8) + [byte]
            + Array("after</p><p>Second paragraph</p></body></html>".utf8)
        let document = try HTMLDocument(bytes: bytes)
        #expect(document.charset.encoding == encoding)
        let text = try #require(document.body?.text)
        #expect(text.hasPrefix("before"))
        #expect(text.hasSuffix("after Second paragraph"))
    }
}

@Suite struct MultiByteLegacyTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let encoding: String
        let bytes: [UInt8]
        let text: String
        var testDescription: String { encoding }
    }

    /// "中文" / "日本" / "한국" / "中文" in each encoding (bytes from Python's codecs).
    static let cases = [
        Case(encoding: "gbk", bytes: [0xD6, 0xD0, 0xCE, 0xC4], text: "中文"),
        Case(encoding: "shift_jis", bytes: [0x93, 0xFA, 0x96, 0x7B], text: "日本"),
        Case(encoding: "euc-kr", bytes: [0xC7, 0xD1, 0xB1, 0xB9], text: "한국"),
        Case(encoding: "big5", bytes: [0xA4, 0xA4, 0xA4, 0xE5], text: "中文"),
    ]

    @Test("multi-byte pages decode, and a bad sequence keeps the rest of the page", arguments: cases)
    func invalidSequence(page: Case) throws {
        let bytes = Array("<meta charset=\"\(page.encoding)\"><p>".utf8) + page.bytes + Array(" before".utf8)
            + [0xFF, 0xFF] + Array("after</p><p>tail</p>".utf8)
        let document = try HTMLDocument(bytes: bytes)
        #expect(document.charset.encoding == page.encoding)
        let text = try #require(document.body?.text)
        #expect(text.hasPrefix(page.text + " before"))
        #expect(text.hasSuffix("after tail"))
        #expect(text.contains("\u{FFFD}"))
    }
}
