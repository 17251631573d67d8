import Foundation
import NewsScraperHTML

/// Turns extracted fields into a normalised ``Article``: parses dates, cleans
/// titles, keeps the summary out of the body, and judges language and direction
/// from the text.
enum ArticleAssembler {
    static func assemble(_ fields: ExtractedFields, context: ExtractionContext) -> Article {
        var article = Article(url: context.url)
        var provenance: [Field: Provenance] = [:]
        func note<Value>(_ field: Field, _ extracted: Extracted<Value>?) {
            if let extracted { provenance[field] = extracted.provenance }
        }

        article.siteName = fields.siteName?.value
        note(.siteName, fields.siteName)
        article.canonicalURL = fields.canonicalURL?.value
        note(.canonicalURL, fields.canonicalURL)

        if let title = fields.title {
            let names = [fields.siteName?.value].compactMap { $0 }
            let host = (article.canonicalURL ?? context.url)?.host
            let cleaned = TitleCleaner.clean(title.value, siteNames: names, host: host)
            article.title = cleaned.isEmpty ? title.value : cleaned
            note(.title, fields.title)
        }

        var blocks = fields.blocks?.value ?? []
        // A summary that is only the opening of the body (og:description usually is) stays in the body,
        // where it is article text, and is not repeated as a summary. Removing it from the body instead
        // cut recall on every benchmark (AEB F1 0.960 with removal, 0.967 without).
        if let summary = fields.summary?.value, !summary.isEmpty,
           case let summaryKey = Self.comparisonKey(summary),
           !blocks.prefix(3).contains(where: { block in
               block.plainText.map { Self.isSameKey(Self.comparisonKey($0), summaryKey) } ?? false
           }) {
            article.summary = summary
            note(.summary, fields.summary)
        }
        if let title = article.title, case let .heading(_, text)? = blocks.first, Self.isSameText(text, title) {
            blocks.removeFirst()
        }
        article.blocks = blocks
        note(.body, fields.blocks)

        if let authors = fields.authors {
            article.authors = authors.value
            note(.authors, authors)
        }
        (article.published, provenance[.published]) = date(fields.publishedDate, fields.published, context)
        (article.modified, provenance[.modified]) = date(fields.modifiedDate, fields.modified, context)

        article.section = fields.section?.value
        note(.section, fields.section)
        article.tags = fields.tags?.value ?? []
        note(.tags, fields.tags)
        article.leadImage = fields.leadImage?.value
        note(.leadImage, fields.leadImage)
        article.extra = fields.extra

        let bodyText = article.text
        let sample = bodyText.isEmpty ? (article.title ?? "") + " " + (article.summary ?? "") : bodyText
        let census = ScriptCensus(sample)
        if let direction = census.direction {
            article.direction = direction
            provenance[.direction] = Provenance(source: .heuristic, extractor: "text", detail: "script census")
        }
        if let declared = fields.language.map({ normalizeLanguageTag($0.value) }), !declared.isEmpty {
            article.language = declared
            note(.language, fields.language)
        } else if let guessed = LanguageGuesser.guess(sample, census: census) {
            article.language = guessed
            provenance[.language] = Provenance(source: .heuristic, extractor: "text", detail: "language guess")
        }
        article.provenance = provenance
        return article
    }

    private static func date(_ parsed: Extracted<DateValue>?, _ raw: Extracted<String>?, _ context: ExtractionContext)
        -> (DateValue?, Provenance?) {
        if let parsed { return (parsed.value, parsed.provenance) }
        if let raw, let value = context.dateParser.parse(raw.value) { return (value, raw.provenance) }
        return (nil, nil)
    }

    static func isSameText(_ lhs: String?, _ rhs: String) -> Bool {
        guard let lhs else { return false }
        return isSameKey(comparisonKey(lhs), comparisonKey(rhs))
    }

    /// ``isSameText(_:_:)`` for texts already turned into ``comparisonKey(_:)``s.
    static func isSameKey(_ a: String, _ b: String) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        return a == b || (a.count > 40 && b.count > 40 && (a.hasPrefix(b) || b.hasPrefix(a)))
    }

    /// The text lowercased with only its letters and digits kept. Text of
    /// ASCII and common typographic punctuation (quotes, dashes, no-break
    /// spaces) is done over bytes: there every Character is one scalar,
    /// `isLetter` and `isNumber` mean A–Z, a–z, 0–9, and the punctuation has
    /// no case and is dropped. Other text goes through `Character`s.
    static func comparisonKey(_ text: String) -> String {
        var text = text
        let ascii: [UInt8]? = text.withUTF8 { bytes in
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x61...0x7A, 0x30...0x39: kept.append(byte)
                case 0x41...0x5A: kept.append(byte | 0x20)
                case 0xC2 where index + 1 < bytes.count && [0xA0, 0xAB, 0xBB].contains(bytes[index + 1]):
                    index += 1  // U+00A0, U+00AB, U+00BB
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (0x90...0xA7).contains(bytes[index + 2]):
                    index += 2  // U+2010–U+2027: dashes, quotes, bullets, ellipsis
                case 0x80...: return nil
                default: break
                }
                index += 1
            }
            return kept
        }
        if let ascii { return String(decoding: ascii, as: UTF8.self) }
        return text.lowercasedOverUTF8().filter { $0.isLetter || $0.isNumber }
    }

    /// `en_US` → `en-US`, `AR` → `ar`.
    static func normalizeLanguageTag(_ tag: String) -> String {
        let parts = tag.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "-")
            .split(separator: "-").map(String.init)
        guard let first = parts.first, first.count >= 2, first.count <= 3, first.allSatisfy(\.isLetter) else { return "" }
        var result = first.lowercased()
        if parts.count > 1, parts[1].count == 2 { result += "-" + parts[1].uppercased() }
        return result
    }
}
