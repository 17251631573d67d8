import Foundation
import Testing
import NewsScraperCore
import NewsScraperGeneric

/// A page whose text was encoded as UTF-8 twice gives an article with the words as written,
/// and its validation says the text was repaired rather than damaged.
@Suite struct PipelineEncodingTests {
    static let sentence = "The council’s “new” budget — agreed on Tuesday — adds €2m for roads and schools."

    /// The sentence's UTF-8 bytes read as windows-1252 and saved as UTF-8 again (`’` → `â€™`).
    static var damaged: String {
        sentence.utf8.map { String(bytes: [$0], encoding: .windowsCP1252) ?? String(Character(Unicode.Scalar($0))) }
            .joined()
    }

    static func page(_ sentence: String) -> [UInt8] {
        let paragraphs = String(repeating: "<p>\(sentence)</p>", count: 6)
        return Array("""
            <html><head><meta charset="utf-8"><title>Council agrees budget</title></head>
            <body><article><h1>Council agrees budget</h1>\(paragraphs)</article></body></html>
            """.utf8)
    }

    @Test func doubleEncodedTextIsRepairedAndReported() throws {
        let pipeline = ExtractionPipeline(registry: ExtractorRegistry(), fallback: GenericExtractor())
        #expect(Self.damaged.contains("councilâ€™s"))
        let article = try pipeline.extract(bytes: Self.page(Self.damaged))
        #expect(article.text.contains(Self.sentence))
        let codes = article.validation.issues.map(\.code)
        #expect(codes.contains("text.encodingRepaired"))
        #expect(!codes.contains("text.encodingDamage"))
    }

    @Test func soundTextIsNotReportedAsRepaired() throws {
        let pipeline = ExtractionPipeline(registry: ExtractorRegistry(), fallback: GenericExtractor())
        let article = try pipeline.extract(bytes: Self.page(Self.sentence))
        #expect(article.text.contains(Self.sentence))
        #expect(!article.validation.issues.map(\.code).contains("text.encodingRepaired"))
    }
}
