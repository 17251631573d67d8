import Foundation
import Testing
@testable import NewsScraperCore

/// `BylineCleaner`'s byte shortcuts against the Character-level code they stand in for.
struct BylineCleanerShortcutTests {
    static let samples = [
        "", " ", "By Jane Doe", "BY JANE DOE (Reuters)", "Jane Doe [@jdoe] jane@example.com", "John Smith {note}",
        "Anna Müller (dpa), www.example.de", "J.K. Rowling", "Jane Doe, example.co.uk", "Jane: http://x.y", "x(y)z",
        "((nested) note) Jane", "Jane )", "Written by: Jane", "Byron Smith", "By:Jane", "by-Jane", "By\r\nJane",
        "Posted by Written by Jane", "Von Anna Müller", "par Jean", "بقلم محمد علي", "记者王小明", "作者：李华",
        "Reporting by A", "Text by", "by", "By ", "  by  Jane", "By\u{0301} Jane", "AUTHOR JANE", "Authors: A and B",
        "e\u{0301}(x)", "Jane\u{2028}Doe", "door Piet", "Yazan Ali", "autor: Jan", "J. Doe.", "a@b", "a:b", "Mr. X",
    ]

    /// `removeContactsAndNotes` as it was: every Character copied, every word lowercased.
    static func referenceContactsAndNotes(_ text: String) -> String {
        BylineCleaner.withoutBracketedNotes(text).split(whereSeparator: \.isWhitespace)
            .filter { !referenceIsContact($0) }
            .joined(separator: " ")
    }

    static func referenceIsContact(_ word: Substring) -> Bool {
        let lowered = word.lowercased()
        if lowered.contains("@") || lowered.contains("://") || lowered.hasPrefix("www.") { return true }
        var trimmed = Substring(lowered)
        while let first = trimmed.first, ",;:".contains(first) { trimmed = trimmed.dropFirst() }
        while let last = trimmed.last, ",;:".contains(last) { trimmed = trimmed.dropLast() }
        let labels = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last, (2...6).contains(last.count),
              last.allSatisfy({ $0.isASCII && $0.isLetter }),
              labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } }),
              labels.contains(where: { $0.count >= 3 })
        else { return false }
        return true
    }

    /// `removeLeadingLabels` as it was: every label compared with the lowercased text.
    static func referenceLeadingLabels(_ text: String) -> String {
        func isSeparator(_ character: Character) -> Bool { character.isWhitespace || ":-–—：／/".contains(character) }
        var current = Substring(text).drop(while: isSeparator)
        var changed = true
        while changed {
            changed = false
            let lowered = current.lowercased()
            for label in AuthorVocabulary.leadingLabels where lowered.hasPrefix(label) {
                let rest = current.dropFirst(label.count)
                guard let next = rest.first else {
                    current = rest
                    changed = true
                    break
                }
                guard next.isWhitespace || next == ":" || next == "-" || next == "–" || next == "—" || next == "："
                    || next == "／" || next == "/"
                    || (BylineCleaner.isUnspacedScript(label) && BylineCleaner.isUnspacedScript(String(next)))
                else { continue }
                current = rest.drop(while: isSeparator)
                changed = true
                break
            }
        }
        return String(current)
    }

    @Test func contactsAndNotesAgree() {
        for text in Self.samples {
            #expect(BylineCleaner.removeContactsAndNotes(text) == Self.referenceContactsAndNotes(text), "\(text)")
        }
    }

    @Test func leadingLabelsAgree() {
        var texts = Self.samples
        texts += AuthorVocabulary.leadingLabels.flatMap { [$0 + " Jane", $0.uppercased() + ": X", $0 + "x Jane", $0, "by " + $0 + " Y"] }
        for text in texts {
            #expect(BylineCleaner.removeLeadingLabels(text) == Self.referenceLeadingLabels(text), "\(text)")
        }
    }
}

/// `AuthorNameCheck.fold` over ASCII bytes against folding Character by Character.
struct AuthorNameFoldShortcutTests {
    @Test func asciiFoldAgreesWithCharacters() {
        let texts = ["", " ", "The", "the", "THE Times", "The Guardian", "the-times.com", "Theodore Smith", "BBC News",
                     "  Jane   Doe ", "J.K. Rowling", "CNN\r\nStaff", "a\r\n\r\nb", "R&D Desk", "\tTab\u{7F}bed", "www.rt.com",
                     "The the", "123 Go", "O'Brien", "x_y-z", "THE", "the ", " the x"]
        for text in texts {
            #expect(AuthorNameCheck.asciiFold(text) == AuthorNameCheck.foldByCharacters(text), "\(text)")
            #expect(AuthorNameCheck.fold(text) == AuthorNameCheck.foldByCharacters(text), "\(text)")
        }
    }
}

/// `AuthorNormalizer.isBylineLabel`'s length bound and ASCII path against lowercasing the text.
struct BylineLabelEqualityShortcutTests {
    @Test func agreesWithLowercasing() {
        var texts = ["", " ", ":", "By", "BY:", " by ", "By Jane", "Written by:", "WRITTEN BY", "Byron", "b", "Von", "Par",
                     "\u{212A}", "Autor\u{0301}", "Auteur :", "Additional Reporting By", "additional reporting by x",
                     "By\r\n", "\r\nby", "بقلم", "بقلم:", "АВТОР", "Автор:", "作者", "記者", "文", "Text", "TEXTE",
                     String(repeating: "\u{212A}", count: 23), String(repeating: "x", count: 70), "by\u{00A0}"]
        texts += AuthorVocabulary.leadingLabels.flatMap { [$0, $0.uppercased(), $0 + ":", " " + $0.capitalized + " ", $0 + "x"] }
        for text in texts {
            #expect(AuthorNormalizer.isBylineLabel(text) == AuthorNormalizer.isBylineLabelByLowercasing(text), "\(text)")
        }
    }
}
