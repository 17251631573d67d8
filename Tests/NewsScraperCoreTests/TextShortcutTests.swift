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
