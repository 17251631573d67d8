import Foundation
import Testing
@testable import NewsScraperCore

/// Byte-level shortcuts must give exactly what the `Character`-level code they stand in for gives.
struct TextShortcutTests {
    static let samples = [
        "", "\n", "one", "one\ntwo", "\n\nlead\n\ntail\n", "crlf\r\nline\r\n", "é\n\u{301}mark", "“Quoted” line\nnext",
        "Share this\nFollow us on X", "Привет\nмир",
    ]

    @Test func linesSplitAsCharacters() {
        for text in Self.samples {
            #expect(BuiltInValidationRules.lines(of: text) == text.split(separator: "\n"), "\(text)")
        }
    }

    @Test func lowercasingOverUTF8MatchesLowercased() {
        for text in Self.samples + ["ΟΔΟΣ ΣΟΦΙΑΣ", "İstanbul \u{212A}elvin", "Straße ẞ", "“Share This” — É", "ǅ ǈ Ǆ",
                                    "A\u{301}B", "👨‍👩‍👧 Family 𠀀", "ÀÉÎÕÜ çñ"] {
            #expect(text.lowercasedOverUTF8() == text.lowercased(), "\(text)")
            #expect(text.dropFirst().lowercasedOverUTF8() == text.dropFirst().lowercased(), "\(text)")
        }
    }

    @Test func validUTF8DecodesEveryScalarAsTheScalarView() {
        for text in Self.samples + ["ÀÉÎÕÜ çñ", "٣ أكتوبر", "2023年10月3日", "👨‍👩‍👧 𠀀", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"] {
            var decoded: [UInt32] = []
            var copy = text
            copy.withUTF8 { bytes in
                var index = 0
                while index < bytes.count {
                    let (value, length) = ValidUTF8.scalar(at: index, in: bytes)
                    #expect(length == ValidUTF8.sequenceLength(startingWith: bytes[index]))
                    decoded.append(value)
                    index += length
                }
            }
            #expect(decoded == text.unicodeScalars.map(\.value), "\(text)")
        }
    }

    @Test func replacementCharacterFoundByItsBytes() {
        for text in Self.samples + ["\u{FFFD}", "ab\u{FFFD}", "\u{FFFC}\u{FFFE}", "ï¿½", "x\u{FFFD}y"] {
            #expect(BuiltInValidationRules.containsReplacementCharacter(text) == text.unicodeScalars.contains("\u{FFFD}"), "\(text)")
        }
    }

    @Test func comparisonKeysMatchTheCharacterFilter() {
        for text in Self.samples + ["The Headline, 2024!", "ÉCOLE 42", "İstanbul", "a\r\nb"] {
            #expect(ArticleAssembler.comparisonKey(text) == text.lowercased().filter { $0.isLetter || $0.isNumber }, "\(text)")
        }
    }
}

struct TrimmingTests {
    @Test func trimsAsFoundationDoes() {
        var samples = ["", " ", "a", " a ", "\t a b \n", "\u{A0}x\u{200B}", "\u{2028}y\u{85}", " \u{301}z ", "\r\nline\r\n"]
        for value in [0x09, 0x0A, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x180E, 0x2000, 0x200B, 0x200C, 0x2028, 0x202F, 0x205F,
                      0x3000, 0xFEFF, 0x41] {
            let scalar = String(Unicode.Scalar(value)!)
            samples.append(scalar + "text" + scalar)
        }
        for text in samples {
            #expect(text.trimmingWhitespaces() == text.trimmingCharacters(in: .whitespaces), "\(text.unicodeScalars.map(\.value))")
            #expect(text.trimmingWhitespacesAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines),
                    "\(text.unicodeScalars.map(\.value))")
            #expect(Substring(text).trimmingWhitespaces() == Substring(text).trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func findsLDJSONInTypes() {
        #expect(JSONLDGraph.mentionsLDJSON("application/LD+JSON; charset=utf-8"))
        #expect(!JSONLDGraph.mentionsLDJSON("text/javascript"))
        #expect(!JSONLDGraph.mentionsLDJSON(""))
    }
}

struct CollapseWhitespaceTests {
    /// The scalar-by-scalar version this replaced.
    static func reference(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }

    @Test func collapsesEveryWhitespaceScalarAsBefore() {
        var samples = ["", "  a  b  ", "\u{FEFF}x\u{200B}y", "é  ü\n\tñ", "日本 語", "emoji 👍🏽  x", "\u{85}a\u{2029}b"]
        for value in Array(0...0x3100) + [0xFEFF, 0xFFFD, 0x1F600] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            samples.append("a" + String(scalar) + "b" + String(scalar))
        }
        for text in samples {
            #expect(MetadataText.collapseWhitespace(text) == Self.reference(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func comparisonKeysWithTypographicPunctuation() {
        for text in ["“Quoted” — text…", "it’s «fine»", "a\u{A0}b", "‘x’\u{301}", "naïve – café"] {
            #expect(ArticleAssembler.comparisonKey(text) == text.lowercased().filter { $0.isLetter || $0.isNumber }, "\(text)")
        }
    }
}

struct DateValueFormattingTests {
    /// The calendar-based formatting the arithmetic replaced.
    static func reference(_ value: DateValue) -> String {
        let offset = value.utcOffsetSeconds ?? 0
        let local = value.date.addingTimeInterval(TimeInterval(offset))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: local)
        let day = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        if value.precision == .day { return day }
        let time = String(format: "T%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        let sign = offset < 0 ? "-" : "+"
        return day + time + String(format: "%@%02d:%02d", sign, abs(offset) / 3600, (abs(offset) % 3600) / 60)
    }

    @Test func matchesTheCalendar() {
        var generator = SystemRandomNumberGenerator()
        var instants: [Double] = [0, 59.999, 86_399.5, 951_782_400, 1_709_164_800, 4_107_542_400, 253_402_300_799]
        for _ in 0..<2_000 { instants.append(Double.random(in: 0..<4_200_000_000, using: &generator)) }
        for instant in instants {
            for offset in [nil, 0, 3_600, -18_000, 19_800, -34_200, 50_400] as [Int?] {
                for precision in [DateValue.Precision.time, .day] {
                    let value = DateValue(date: Date(timeIntervalSince1970: instant), utcOffsetSeconds: offset, raw: "",
                                          precision: precision)
                    #expect(value.iso8601 == Self.reference(value), "\(instant) \(String(describing: offset))")
                }
            }
        }
    }
}

struct TitleSeparatorTests {
    @Test func findsSeparatorsAsFoundationDoes() {
        let titles = ["Headline | Site", "Plain title", "Dash - here", "Em — dash", "a::b", "x :: y", "Καλημέρα · κόσμε",
                      "Greek \u{0387} dot", "End with sep | "]
        for title in titles {
            for separator in TitleCleaner.separators {
                #expect(TitleCleaner.mayContain(title, separator) == title.contains(separator), "\(title) \(separator)")
            }
        }
    }
}

struct LanguageWordsTests {
    @Test func asciiWordsSplitAsCharacters() {
        let texts = ["The cat sat on the mat.", "It’s “quoted” — and dashed…", "A\u{A0}B «C» D-E", "x", "", "  ", "ab\r\ncd",
                     String(repeating: "word ", count: 40)]
        for text in texts {
            let expected = text.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(30).map(String.init)
            #expect(LanguageGuesser.asciiWords(text, limit: 30) == expected, "\(text)")
        }
        #expect(LanguageGuesser.asciiWords("café au lait", limit: 30) == nil)
        #expect(LanguageGuesser.asciiWords("‘x’\u{301}", limit: 30) == nil)
    }
}

struct WhitespaceSplitTests {
    @Test func splitsAsCharacters() {
        for text in ["", " ", "canonical", "alternate  stylesheet", "\tog:title og:description\n", "a\r\nb", "x\u{0B}y\u{0C}z",
                     "schema.org/NewsArticle http://schema.org/Article", "naïve value", "a\u{A0}b c", "\u{2003}em"] {
            #expect(text.splitAtWhitespace() == text.split(whereSeparator: \.isWhitespace), "\(text)")
        }
    }
}

struct LocaleHyphenTests {
    @Test func replacesUnderscoresAsFoundationDoes() {
        for locale in ["en_US", "fr", "pt_BR_x", "", "_", "zh_Hant_TW", "é_x", "a_\u{301}b"] {
            #expect(PageMetadataCollector.hyphenated(locale) == locale.replacingOccurrences(of: "_", with: "-"), "\(locale)")
        }
    }
}

/// The trims that skip Foundation when a text's ends are visible ASCII, against Foundation's trim.
struct EdgeTrimShortcutTests {
    static let samples = ["", ":", "By", "By:", " By ", "Written by:", ":By", "Von\u{00A0}", "\u{200B}Autor", "بقلم",
                          "\nBy\n", "By.", "(By)", "Title!", "Title", "«Title»", "\u{2026}Title", "x\u{0301}", "2025 news",
                          "Über", "a", "!", "  Site Name | ", "Şirket", "İstanbul"]

    @Test func labelTrimIsFoundationsTrim() {
        let set = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ":"))
        for text in Self.samples {
            #expect(AuthorNormalizer.labelTrimmed(text) == text.trimmingCharacters(in: set), "\(text)")
        }
    }

    @Test func titleNormalizationIsFoundationsTrim() {
        let set = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)
        for text in Self.samples {
            #expect(TitleCleaner.normalized(text) == text.lowercased().trimmingCharacters(in: set), "\(text)")
        }
    }
}

/// The chrome-phrase check over an ASCII line's bytes, against lowercasing the line and comparing Strings.
struct ChromePhraseShortcutTests {
    @Test func matchesAsLowercasedStringsDo() {
        var lines = ["Share this", "SHARE THIS article", "share", "Follow Us on X", "Read more: the story", "Read more",
                     "Click Here!", "Sign up for our newsletter", "Folgen Sie uns", "Síguenos en", "SÍGUENOS", "Comparte",
                     "Подписывайтесь", "شارك", "مشاركة :", "share\u{0301} this", "Share this\r", "", "x", "Like this story?",
                     "Teilen Sie", "abonnez-vous", "Subscribe to", "subscribe"]
        lines += BuiltInValidationRules.chromePhrases + BuiltInValidationRules.chromePhrases.map { $0.uppercased() }
        for line in lines {
            let lower = line.lowercased()
            let expected = BuiltInValidationRules.chromePhrases.first(where: { lower.hasPrefix($0) || lower == $0 })
            #expect(BuiltInValidationRules.chromePhrase(openingLine: Substring(line)) == expected, "\(line)")
        }
    }
}

/// The byline-label test over an ASCII text's bytes, against the Character-level test it stands in for.
struct BylineLabelShortcutTests {
    /// `startsWithBylineLabel` as it was before its ASCII path.
    static func byCharacters(_ text: String) -> Bool {
        let trimmed = text.drop(while: \.isWhitespace)
        let lowered = trimmed.lowercased()
        for label in AuthorVocabulary.leadingLabels where lowered.hasPrefix(label) {
            let rest = trimmed.dropFirst(label.count)
            guard let next = rest.first, next.isWhitespace || next == ":" else { continue }
            return rest.contains(where: \.isLetter)
        }
        return false
    }

    @Test func asciiPathAgreesWithCharacters() {
        var texts = ["By Jane Doe", "BY JANE", "by", "by ", "by:", "By: 2025", "By:Jane", "Byron Smith", "  By Jane",
                     "\r\nBy Jane", "By\r\nJane", "By\tJane", "Written by Jane Doe", "written BY", "Posted by: x",
                     "Text by 1", "Texte par", "Von Anna", "von", "par Jean", "Reporting by: A; Editing by B", "Autor: X",
                     "", " ", "b", "Door Piet", "Yazan Ali", "Authors Jane", "Author:", "By 12:30", "by\u{0301} x"]
        texts += AuthorVocabulary.leadingLabels.flatMap { [$0 + " Jane", $0.uppercased() + ": X", $0 + "x Jane", $0] }
        for text in texts {
            #expect(AuthorNormalizer.startsWithBylineLabel(text) == Self.byCharacters(text), "\(text)")
        }
    }

    @Test func otherLabelsCannotOpenASCIIText() {
        for label in AuthorVocabulary.leadingLabels where !label.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(label.decomposedStringWithCanonicalMapping.unicodeScalars.contains { !$0.isASCII }, "\(label)")
        }
    }
}

/// Ordering a field's candidates without sorting when there are none or one, against sorting them.
struct CandidateOrderingShortcutTests {
    static func summary(_ candidates: [MetadataCandidate<String>]) -> [String] {
        candidates.map { "\($0.value)|\($0.source.rawValue)|\($0.key)" }
    }

    @Test func fewCandidatesOrderAsSorted() {
        var accumulator = CandidateAccumulator<String>()
        #expect(accumulator.orderedIgnoringCase().isEmpty && accumulator.orderedBySorting(identity: { $0 }).isEmpty)
        accumulator.add(text: "  Politics ", source: .meta, key: "article:section", tier: MetadataTier.meta, priority: 2)
        accumulator.add(text: nil, source: .jsonLD, key: "none", tier: MetadataTier.jsonLD)
        for identity in [{ (value: String) in value.lowercased() }, { $0 }] {
            #expect(Self.summary(accumulator.ordered(identity: identity)) ==
                    Self.summary(accumulator.orderedBySorting(identity: identity)))
        }
        accumulator.add(text: "politics", source: .jsonLD, key: "articleSection", tier: MetadataTier.jsonLD)
        #expect(Self.summary(accumulator.orderedIgnoringCase()) ==
                Self.summary(accumulator.orderedBySorting(identity: { $0.lowercased() })))
        #expect(accumulator.orderedIgnoringCase().count == 1)
    }
}
