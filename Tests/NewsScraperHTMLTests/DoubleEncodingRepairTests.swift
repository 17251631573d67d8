import Foundation
import Testing
@testable import NewsScraperHTML

/// Text encoded as UTF-8 twice must come out as it was written, and text that only looks a
/// little like it must come out untouched.
@Suite struct DoubleEncodingRepairTests {
    static let written = "It doesn’t matter — the café’s “menu” 😀"

    /// `text`'s UTF-8 bytes read as windows-1252 (or Latin-1) and written out as UTF-8 again,
    /// as the tool that damaged the page did; each byte is read by Foundation, not by the code
    /// under test. The five bytes windows-1252 leaves undefined (0x9D is the last byte of `”`)
    /// become the C1 control of the same value, as browsers and most tools read them.
    static func doubleEncoded(_ text: String, as encoding: String.Encoding = .windowsCP1252) -> String {
        text.utf8.map { byte in
            String(bytes: [byte], encoding: encoding) ?? String(Character(Unicode.Scalar(byte)))
        }.joined()
    }

    static func page(_ paragraph: String, head: String = "<meta charset=\"utf-8\">") -> [UInt8] {
        Array("<html><head>\(head)<title>t</title></head><body><p>\(paragraph)</p></body></html>".utf8)
    }

    static func paragraph(of document: HTMLDocument) throws -> String {
        try #require(try document.selectFirst("p")).text
    }

    @Test func theDamageIsWhatThePagesShow() {
        #expect(Self.doubleEncoded("doesn’t") == "doesnâ€™t")
        #expect(Self.doubleEncoded("café") == "cafÃ©")
    }

    @Test("windows-1252 and Latin-1 double encodings are undone", arguments: [
        String.Encoding.windowsCP1252, .isoLatin1,
    ])
    func repaired(encoding: String.Encoding) throws {
        let document = try HTMLDocument(bytes: Self.page(Self.doubleEncoded(Self.written, as: encoding)))
        #expect(try Self.paragraph(of: document) == Self.written)
        // ’ — é ’ “ ” 😀: each was one double-encoded character.
        #expect(document.charset.repairedCharacters == 7)
        #expect(document.charset.encoding == "utf-8")
    }

    @Test func soundCharactersBesideDamagedOnesStay() throws {
        let text = "São Paulo à côté, " + Self.doubleEncoded("it’s “here” now")
        let document = try HTMLDocument(bytes: Self.page(text))
        #expect(try Self.paragraph(of: document) == "São Paulo à côté, it’s “here” now")
        #expect(document.charset.repairedCharacters == 3)
    }

    @Test func fewerThanThreeAreLeftAlone() throws {
        let text = Self.doubleEncoded("it’s") + " and " + Self.doubleEncoded("café")
        let document = try HTMLDocument(bytes: Self.page(text))
        #expect(try Self.paragraph(of: document) == text)
        #expect(document.charset.repairedCharacters == 0)
    }

    @Test func theOptionTurnsItOff() throws {
        let damaged = Self.doubleEncoded(Self.written)
        var options = HTMLParseOptions()
        options.repairsDoubleEncoding = false
        let document = try HTMLDocument(bytes: Self.page(damaged), options: options)
        #expect(try Self.paragraph(of: document) == damaged)
        #expect(document.charset.repairedCharacters == 0)
    }

    @Test("text in Latin-script languages is not mistaken for damage", arguments: [
        "Ãgua, ÂNGULO, SÃO PAULO, Ç’est, À « côté », naïve Größe",
        "Â© 2025 is not how anyone writes it twice, Ã© once, â€ once",
        "Tiếng Việt có dấu: Đà Nẵng, Huế, Hồ Chí Minh",
        "ÃÂÃÂÃÂ and â€ â€ â€ with nothing after them",
        "NESCAFÉ® Classic, NESCAFÉ® Gold, NESCAFÉ® Azera",
        "the ‘K’/‘ß’/‘İ’ masks, ‘ß’ again, and ‘ß’ once more",
        "«CAFÉ» «CAFÉ» «CAFÉ» and GRÜẞE, Fuß”, Maß”, Spaß”",
    ])
    func soundLatinText(text: String) throws {
        let document = try HTMLDocument(bytes: Self.page(text))
        #expect(try Self.paragraph(of: document) == text)
        #expect(document.charset.repairedCharacters == 0)
    }

    @Test func aUTF8PageDeclaredLatin1IsReadAsUTF8() throws {
        let document = try HTMLDocument(bytes: Self.page(Self.written, head: "<meta charset=\"iso-8859-1\">"))
        #expect(try Self.paragraph(of: document) == Self.written)
        #expect(document.charset.encoding == "utf-8")
        #expect(document.charset.source == .metaPrescan)
        #expect(document.charset.declaredLabel == "iso-8859-1")
        #expect(document.charset.repairedCharacters == 7)
    }

    @Test func aMisdeclaredPageKeepsTheTextAfterANULByte() throws {
        let bytes = Self.page(Self.written + " \u{0} and after", head: "<meta charset=\"iso-8859-1\">")
        #expect(bytes.contains(0))
        let document = try HTMLDocument(bytes: bytes)
        #expect(try Self.paragraph(of: document).hasSuffix("and after"))
        #expect(document.charset.encoding == "utf-8")
    }

    @Test func aRealLatin1PageStaysLatin1() throws {
        var bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf".utf8)
        bytes += [0xE9, 0x20, 0xE0, 0x20, 0xA9, 0x20, 0xC3, 0xA9] // "é à © Ã©" in Latin-1
        bytes += Array("</p></body></html>".utf8)
        let document = try HTMLDocument(bytes: bytes)
        #expect(try Self.paragraph(of: document) == "café à © Ã©")
        #expect(document.charset.repairedCharacters == 0)
    }

    @Test func theCountStopsAtItsLimit() {
        let bytes = Array(Self.doubleEncoded(Self.written).utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(DoubleEncodingRepair.count(in: buffer) == 7)
            #expect(DoubleEncodingRepair.count(in: buffer, upTo: 3) == 3)
        }
    }

    @Test func anyValidUTF8StaysValidAndTheCountsAgree() {
        // Pieces that start, continue and break runs, strung together at random (a fixed seed).
        let pieces = ["Ã", "Â", "â", "ð", "Ÿ", "˜", "€", "™", "©", "\u{80}", "\u{99}", "\u{9D}", "’", "é", "ß", "a", " ",
                      "É", "®", "Ñ", "Ø", "§", "\u{A0}"]
        var generator = SeededRandom(seed: 0x5EED)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 1...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined()
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                let (repaired, runs) = DoubleEncodingRepair.repaired(buffer)
                #expect(String(validating: repaired, as: UTF8.self) != nil, "\(text)")
                #expect(runs == DoubleEncodingRepair.count(in: buffer), "\(text)")
                #expect((runs == 0) == (repaired == bytes), "\(text)")
                #expect((DoubleEncodingRepair.firstDamage(in: text) == nil) == (runs == 0), "\(text)")
            }
        }
    }

    @Test func decisionsWrittenBeforeTheCountDecode() throws {
        let json = Data(#"{"encoding":"utf-8","source":"validUTF8"}"#.utf8)
        let decision = try JSONDecoder().decode(CharsetDecision.self, from: json)
        #expect(decision.repairedCharacters == 0)
        #expect(decision == CharsetDecision(encoding: "utf-8", source: .validUTF8))
    }
}

