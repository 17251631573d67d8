import Foundation
import NewsScraperHTML

/// The rules every ``ArticleValidator`` runs, with their stable codes:
///
/// | code | severity | meaning |
/// |---|---|---|
/// | `title.missing` | error | no title |
/// | `title.isSiteName` | warning | the title is just the site's name |
/// | `title.siteSuffix` | warning | the title still carries the site's name |
/// | `body.missing` | error | no body text |
/// | `body.tooShort` | warning | fewer than 50 words (for an article) |
/// | `body.chrome` | warning | share/follow/subscribe lines left in the body |
/// | `summary.repeatedInBody` | warning | the summary is also the body's first paragraph |
/// | `authors.isPublisher` | warning | an author is the publisher or site |
/// | `published.missing` | info | no publication date |
/// | `published.future` | error | published after now |
/// | `published.tooOld` | warning | published before 1995 |
/// | `published.afterModified` | warning | published after it was modified |
/// | `language.scriptMismatch` | warning | the declared language does not use the text's script |
/// | `text.encodingDamage` | error | U+FFFD or mojibake such as `Ã©` or `Ø§Ù` |
/// | `text.encodingRepaired` | info | text encoded as UTF-8 twice was decoded once more |
/// | `page.notArticle` | info | the page does not look like an article |
public enum BuiltInValidationRules {
    public static let all: [any ValidationRule] = [
        ClosureValidationRule(titleRules), ClosureValidationRule(bodyRules), ClosureValidationRule(authorRules),
        ClosureValidationRule(dateRules), ClosureValidationRule(languageRules), ClosureValidationRule(encodingRules),
        ClosureValidationRule(pageKindRules),
    ]

    static func titleRules(_ input: ValidationInput) -> [ValidationIssue] {
        let article = input.article
        guard let title = article.title, !title.isEmpty else {
            return [ValidationIssue(code: "title.missing", severity: .error, field: .title, message: "the article has no title")]
        }
        var issues: [ValidationIssue] = []
        let host = (article.canonicalURL ?? article.url)?.host
        if let site = article.siteName, TitleCleaner.normalized(site) == TitleCleaner.normalized(title) {
            issues.append(ValidationIssue(code: "title.isSiteName", severity: .warning, field: .title,
                                          message: "the title is the site's name, not a headline"))
        } else if TitleCleaner.hasSiteAffix(title, siteNames: [article.siteName].compactMap { $0 }, host: host) {
            issues.append(ValidationIssue(code: "title.siteSuffix", severity: .warning, field: .title,
                                          message: "the title still carries the site's name"))
        }
        return issues
    }

    static let chromePhrases = [
        "share this", "share on", "follow us", "follow rt", "subscribe to", "sign up for our newsletter",
        "like this story", "read more:", "click here", "تابعوا", "شارك", "مشاركة :", "подписывайтесь",
        "поделиться", "abonnez-vous", "suivez-nous", "folgen sie", "teilen sie", "síguenos", "suscríbete",
        "comparte",
    ]

    /// The first bytes of the ASCII chrome phrases (phrases opening with other scripts are always checked).
    static let chromePhraseInitials = Set(chromePhrases.compactMap { $0.lowercased().utf8.first }.filter { $0 < 0x80 })

    static func bodyRules(_ input: ValidationInput) -> [ValidationIssue] {
        let article = input.article
        let text = input.text
        guard input.wordCount > 0 else {
            return [ValidationIssue(code: "body.missing", severity: .error, field: .body, message: "the article has no body text")]
        }
        var issues: [ValidationIssue] = []
        let words = input.wordCount
        if words < 50 && input.pageKindHint != .listing {
            issues.append(ValidationIssue(code: "body.tooShort", severity: .warning, field: .body,
                                          message: "the body has only \(words) words"))
        }
        for line in lines(of: text) where line.utf8.count < 240 {
            // A line opening with an ASCII letter no phrase opens with cannot match: skip lowercasing it.
            if let first = line.utf8.first, first < 0x80,
               !chromePhraseInitials.contains(first >= 0x41 && first <= 0x5A ? first | 0x20 : first) {
                continue
            }
            if let phrase = chromePhrase(openingLine: line) {
                issues.append(ValidationIssue(code: "body.chrome", severity: .warning, field: .body,
                                              message: "page chrome left in the body: \"\(line)\" (\(phrase))"))
                break
            }
        }
        if let summary = article.summary, let first = article.blocks.first?.plainText,
           ArticleAssembler.isSameText(first, summary) {
            issues.append(ValidationIssue(code: "summary.repeatedInBody", severity: .warning, field: .summary,
                                          message: "the summary is repeated as the first paragraph"))
        }
        return issues
    }

    /// The first of ``chromePhrases`` that `line.lowercased()` starts with. An ASCII line is
    /// matched over its bytes against the ASCII phrases (no other phrase can open it, and ASCII
    /// bytes compare as its Characters do): lowercasing every line and comparing Strings was
    /// most of this rule's cost.
    static func chromePhrase(openingLine line: Substring) -> String? {
        let utf8 = line.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            let lower = line.lowercasedOverUTF8()
            return chromePhrases.first(where: { lower.hasPrefix($0) || lower == $0 })
        }
        return asciiChromePhrases.first { phrase in
            phrase.count <= utf8.count && zip(phrase, utf8).allSatisfy { wanted, byte in
                (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == wanted
            }
        }.map { String(decoding: $0, as: UTF8.self) }
    }

    /// The ASCII chrome phrases as bytes, in ``chromePhrases`` order.
    static let asciiChromePhrases = chromePhrases.map { Array($0.utf8) }.filter { $0.allSatisfy { $0 < 0x80 } }

    /// `text.split(separator: "\n")`, split over UTF-8 bytes where that is the same: a line feed is a
    /// Character of its own unless a carriage return comes before it, so without "\r" the byte split
    /// gives the same lines, without the cost of forming Characters.
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        // Over the contiguous bytes where the string has them: the generic search over the view
        // cost more than the split itself.
        let hasCarriageReturn = utf8.withContiguousStorageIfAvailable { $0.contains(0x0D) } ?? utf8.contains(0x0D)
        guard !hasCarriageReturn else { return text.split(separator: "\n") }
        return text.nonEmptyLinesAtLineFeedBytes()
    }

    static func authorRules(_ input: ValidationInput) -> [ValidationIssue] {
        let article = input.article
        var publishers = [article.siteName].compactMap { $0 }.map(TitleCleaner.normalized)
        publishers += TitleCleaner.hostNames((article.canonicalURL ?? article.url)?.host)
        publishers += ["rt", "russia today", "reuters", "associated press", "afp"]
        return article.authors.compactMap { author in
            let name = TitleCleaner.normalized(author.name)
            guard publishers.contains(name) else { return nil }
            return ValidationIssue(code: "authors.isPublisher", severity: .warning, field: .authors,
                                   message: "\"\(author.name)\" is the publisher, not an author")
        }
    }

    static func dateRules(_ input: ValidationInput) -> [ValidationIssue] {
        let article = input.article
        guard let published = article.published else {
            return [ValidationIssue(code: "published.missing", severity: .info, field: .published,
                                    message: "no publication date found")]
        }
        var issues: [ValidationIssue] = []
        if published.date > input.now.addingTimeInterval(36 * 3600) {
            issues.append(ValidationIssue(code: "published.future", severity: .error, field: .published,
                                          message: "published \(published.iso8601), in the future"))
        }
        if published.date < Date(timeIntervalSince1970: 788_918_400) {
            issues.append(ValidationIssue(code: "published.tooOld", severity: .warning, field: .published,
                                          message: "published \(published.iso8601), before 1995"))
        }
        if let modified = article.modified, published.date > modified.date.addingTimeInterval(60),
           modified.precision == .time {
            issues.append(ValidationIssue(code: "published.afterModified", severity: .warning, field: .published,
                                          message: "published \(published.iso8601) after modified \(modified.iso8601)"))
        }
        return issues
    }

    static func languageRules(_ input: ValidationInput) -> [ValidationIssue] {
        let article = input.article
        guard let language = article.language else { return [] }
        let census = ScriptCensus(input.text)
        guard !census.isPlausible(language: language) else { return [] }
        return [ValidationIssue(code: "language.scriptMismatch", severity: .warning, field: .language,
                                message: "declared language \(language) does not match the text's script (\(census.dominant?.rawValue ?? "?"))")]
    }

    static let mojibakeMarkers = ["Ã©", "Ã¨", "Ã¡", "Ã³", "Ã¼", "Ã¶", "Ã¤", "â€™", "â€œ", "â€", "Ø§Ù", "Ù„", "Ð¾", "Ð°", "Ñ€"]

    static func encodingRules(_ input: ValidationInput) -> [ValidationIssue] {
        let article = input.article
        let sample = [article.title ?? "", article.summary ?? "", input.text].joined(separator: "\n")
        if containsReplacementCharacter(sample) {
            return [ValidationIssue(code: "text.encodingDamage", severity: .error, field: .body,
                                    message: "the text contains U+FFFD replacement characters")]
        }
        // Any character encoded twice (the Latin-1 form `â\u{80}\u{99}` too), else a marker of
        // damage that no longer forms a whole character (`â€` before a space).
        if let marker = DoubleEncodingRepair.firstDamage(in: sample) ?? TextSearch.firstContained(in: sample, mojibakeMarkers) {
            return [ValidationIssue(code: "text.encodingDamage", severity: .error, field: .body,
                                    message: "the text looks double-decoded (\"\(visible(marker))\")")]
        }
        // The text is sound, but not as the page's bytes had it: the host may want to know.
        if input.repairedCharacters > 0 {
            return [ValidationIssue(code: "text.encodingRepaired", severity: .info, field: .body,
                                    message: "\(input.repairedCharacters) characters encoded as UTF-8 twice were decoded once more")]
        }
        return []
    }

    /// `text` with its C1 control characters (which double encoding through Latin-1 leaves, and
    /// which print as nothing) written as escapes.
    static func visible(_ text: String) -> String {
        text.unicodeScalars.map { scalar in
            (0x80...0x9F).contains(scalar.value) ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" : String(scalar)
        }.joined()
    }

    /// `text.unicodeScalars.contains("\u{FFFD}")`, found by the scalar's UTF-8 bytes (EF BF BD,
    /// which no other scalar's encoding holds) in the contiguous bytes where the string has them.
    static func containsReplacementCharacter(_ text: String) -> Bool {
        let found: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index + 2 < bytes.count {
                if bytes[index] == 0xEF, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBD { return true }
                index += 1
            }
            return false
        }
        return found ?? text.unicodeScalars.contains("\u{FFFD}")
    }

    static func pageKindRules(_ input: ValidationInput) -> [ValidationIssue] {
        guard !PageKindJudge.isArticle(input.article, hint: input.pageKindHint, wordCount: input.wordCount) else { return [] }
        let kind = input.pageKindHint.map { " (\($0.rawValue))" } ?? ""
        return [ValidationIssue(code: "page.notArticle", severity: .info, field: nil,
                                message: "the page does not look like an article\(kind)")]
    }
}
