import Foundation

/// Removes what bylines carry besides names: labels ("By", "بقلم", "Von"),
/// contact details, bracketed notes, dates, "for <publication>" tails and job titles.
///
/// Each step works on whitespace-separated words, so no regular expressions are
/// compiled and names in any script pass through untouched.
enum BylineCleaner {
    /// Whether a segment credits someone other than an author ("Editing by B").
    static func isNonAuthorSegment(_ text: String) -> Bool {
        let lowered = text.lowercased().trimmingLeadingSpaces()
        return AuthorVocabulary.nonAuthorLabels.contains { lowered.hasPrefix($0) }
    }

    /// Drops `(…)` and `[…]` (agency credits, handles) and words that are e-mail
    /// addresses, URLs, domains or `@handles`.
    static func removeContactsAndNotes(_ text: String) -> String {
        // Without a bracket byte no Character is a bracket, and every one would be kept as it is:
        // the copy, Character by Character, is skipped.
        let kept = text.utf8.contains(where: isBracketByte) ? withoutBracketedNotes(text) : text
        return kept.split(whereSeparator: \.isWhitespace)
            .filter { !isContact($0) }
            .joined(separator: " ")
    }

    private static func isBracketByte(_ byte: UInt8) -> Bool {
        byte == 0x28 || byte == 0x29 || byte == 0x5B || byte == 0x5D || byte == 0x7B || byte == 0x7D
    }

    /// `text` without what `(…)`, `[…]` and `{…}` enclose, each closing bracket left as a space.
    static func withoutBracketedNotes(_ text: String) -> String {
        var kept = ""
        var depth = 0
        for character in text {
            switch character {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth = max(0, depth - 1); kept.append(" ")
            default: if depth == 0 { kept.append(character) }
            }
        }
        return kept
    }

    static func isContact(_ word: Substring) -> Bool {
        // Every test below needs an "@", a ":" or a "." (a domain has two labels), and lowercasing
        // makes none of them: a word without those bytes is answered before it is lowercased.
        guard word.utf8.contains(where: { $0 == 0x40 || $0 == 0x3A || $0 == 0x2E }) else { return false }
        let lowered = word.lowercased()
        if lowered.contains("@") || lowered.contains("://") || lowered.hasPrefix("www.") { return true }
        // A domain: dot-separated labels of letters, digits and hyphens ending in a TLD,
        // with at least one long label so initials like `J.K.` are not taken for one.
        let trimmed = lowered.trimming(",;:")
        let labels = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last, (2...6).contains(last.count),
              last.allSatisfy({ $0.isASCII && $0.isLetter }),
              labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } }),
              labels.contains(where: { $0.count >= 3 })
        else { return false }
        return true
    }

    /// Cuts a byline at its first word containing a digit — the start of a date or
    /// time ("John Smith, Updated Oct. 10, 2022 5:38 pm") — and drops the date
    /// words left just before it.
    static func cutAtDate(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard let first = words.firstIndex(where: { $0.contains(where: \.isNumber) }) else { return text }
        var kept = Array(words[..<first])
        while let last = kept.last {
            let bare = last.lowercased().trimming(".,:;")
            guard bare.isEmpty || AuthorVocabulary.dateWords.contains(bare) || DateVocabulary.months[bare] != nil
            else { break }
            kept.removeLast()
        }
        return kept.joined(separator: " ")
    }

    /// Removes introducing labels, repeatedly ("By: Written by …" is rare but cheap to handle).
    static func removeLeadingLabels(_ text: String) -> String {
        var current = Substring(text).drop(while: isSeparator)
        var changed = true
        while changed {
            changed = false
            // ASCII text opening with none of the ASCII labels opens with no label at all (see
            // ``AuthorNormalizer/asciiLeadingLabels``): answered over the bytes, without
            // lowercasing the text and comparing it with every label.
            if current.utf8.allSatisfy({ $0 < 0x80 }), !opensWithASCIILabel(current) { break }
            let lowered = current.lowercased()
            for label in AuthorVocabulary.leadingLabels where lowered.hasPrefix(label) {
                let rest = current.dropFirst(label.count)
                // The label must end at a word boundary: "By John", "By:John", not "Byron".
                guard let next = rest.first else {
                    current = rest
                    changed = true
                    break
                }
                // Chinese and Japanese labels need no boundary: "记者王小明" has no space to look for.
                guard next.isWhitespace || next == ":" || next == "-" || next == "–" || next == "—" || next == "："
                    || next == "／" || next == "/" || (isUnspacedScript(label) && isUnspacedScript(String(next)))
                else { continue }
                current = rest.drop(while: isSeparator)
                changed = true
                break
            }
        }
        return String(current)
    }

    /// Whether ASCII `text` starts with one of ``AuthorNormalizer/asciiLeadingLabels``, ignoring case.
    static func opensWithASCIILabel(_ text: Substring) -> Bool {
        let bytes = text.utf8
        return AuthorNormalizer.asciiLeadingLabels.contains { label in
            guard label.count <= bytes.count else { return false }
            return zip(bytes, label).allSatisfy { byte, wanted in
                (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == wanted
            }
        }
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character.isWhitespace || ":-–—：／/".contains(character)
    }

    /// Whether the text is written in a script without spaces between words (Han, kana) or in
    /// Hangul, where one word is a whole name ("王小明", "김철수").
    static func isUnspacedScript(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return WordCounter.isUnspacedLetter(first.value) || (0xAC00...0xD7A3).contains(first.value)
    }

    /// Removes a CJK job title written onto the end of a name ("山田太郎記者" → "山田太郎").
    static func removeAttachedRole(_ text: String) -> String {
        for role in AuthorVocabulary.attachedRoles where text.hasSuffix(role) && text.count > role.count + 1 {
            let name = String(text.dropLast(role.count)).trimmingCharacters(in: .whitespaces)
            if isUnspacedScript(name) { return name }
        }
        return text
    }

    /// Cuts "for <publication>" ("John Smith for The Guardian"), in several languages.
    static func removeForTail(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard let index = words.indices.dropFirst().first(where: {
            AuthorVocabulary.forWords.contains(words[$0].lowercased())
        }) else { return text }
        return words[..<index].joined(separator: " ")
    }

    /// Removes a job title before or after a name ("Staff Reporter John Smith",
    /// "John Smith, Senior Correspondent"). Returns `nil` when nothing is left that
    /// can be trusted as a name: a title alone, or a title cut from the end leaving a
    /// single word (in "Moscow correspondent" the word left is a place).
    static func removeRole(_ text: String) -> String? {
        let words = text.split(whereSeparator: \.isWhitespace)
        func bare(_ word: Substring) -> String { word.lowercased().trimming(".,:;") }
        guard let role = words.firstIndex(where: { AuthorVocabulary.roleNouns.contains(bare($0)) }) else {
            return text
        }
        var start = role
        while start > 0, AuthorVocabulary.roleModifiers.contains(bare(words[start - 1]))
            || AuthorVocabulary.organisationWords.contains(bare(words[start - 1])) {
            start -= 1
        }
        if start == 0 {
            // Title first: the name follows it, after any further title words.
            var rest = words[(role + 1)...].drop(while: {
                let word = bare($0)
                return AuthorVocabulary.roleNouns.contains(word) || AuthorVocabulary.roleModifiers.contains(word)
                    || AuthorVocabulary.organisationWords.contains(word)
            })
            rest = rest.drop(while: { bare($0).isEmpty })
            return rest.isEmpty ? nil : rest.joined(separator: " ")
        }
        // One word left before the title is a place in "Moscow correspondent", but a whole name in
        // Chinese, Japanese and Korean ("김철수 기자").
        if start == 1, isUnspacedScript(String(words[0])), words[0].count >= 2 { return String(words[0]) }
        return start >= 2 ? words[..<start].joined(separator: " ") : nil
    }

    /// Trims spaces and the punctuation bylines leave at their ends, keeping the
    /// dot of a final initial or abbreviation ("Jr.", "J.").
    static func trimPunctuation(_ text: String) -> String {
        let strip = trimmedPunctuation
        var result = Substring(text)
        while true {
            let before = result.count
            result = result.drop(while: { $0.isWhitespace || strip.contains($0) || $0 == "." })
            while let last = result.last, last.isWhitespace || strip.contains(last) { result = result.dropLast() }
            if result.last == ".", let lastWord = result.dropLast().split(separator: " ").last,
               !(lastWord.count <= 3 && lastWord.first?.isUppercase == true) {
                result = result.dropLast()
            }
            if result.count == before { break }
        }
        return result.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// What ``trimPunctuation(_:)`` strips from the ends of a byline, built once rather than per call.
    static let trimmedPunctuation: Set<Character> = [
        ",", ";", ":", "-", "–", "—", "|", "/", "\\", "·", "•", "*", "\"", "'", "“", "”", "«", "»", "(", ")", "[", "]",
        "{", "}", "،", "!", "?", "…", "／", "｜", "：", "，", "、", "（", "）", "【", "】", "「", "」",
    ]
}

extension String {
    fileprivate func trimmingLeadingSpaces() -> Substring {
        drop(while: \.isWhitespace)
    }

    fileprivate func trimming(_ characters: String) -> String {
        var result = Substring(self)
        while let first = result.first, characters.contains(first) { result = result.dropFirst() }
        while let last = result.last, characters.contains(last) { result = result.dropLast() }
        return String(result)
    }
}
