import Foundation

/// Turns the author strings a page offers into a clean list of people's names.
///
/// Bylines come as "By JOHN SMITH and Jane Doe for The Times", "بقلم: محمد علي",
/// "Von Anna Müller", "Reporting by A; Editing by B", "Russia Today" or
/// "Staff Writer | Reuters". The normaliser splits lists, strips labels, job
/// titles, contact details, dates and "for <publication>" tails, and rejects
/// publishers, agencies and anything that does not look like a name — fewer
/// authors are better than wrong ones.
///
/// ```swift
/// let normalizer = AuthorNormalizer(publisherNames: ["RT", "rt.com"])
/// normalizer.normalize(["By JOHN SMITH and Jane Doe for RT"])   // ["John Smith", "Jane Doe"]
/// ```
///
/// A value type holding only immutable tables: safe to share between tasks.
public struct AuthorNormalizer: Sendable {
    private let check: AuthorNameCheck

    /// Creates a normaliser.
    ///
    /// - Parameter publisherNames: Names of the site and its publisher (site name, `og:site_name`,
    ///   host name) that must never be reported as an author. Well-known agencies and desk names
    ///   ("Reuters", "AP", "AFP", "RT", "Russia Today", "Staff", "Newsroom", …) are always rejected.
    public init(publisherNames: [String] = []) {
        check = AuthorNameCheck(publisherNames: publisherNames)
    }

    /// Cleans author strings into names.
    ///
    /// - Parameter raw: Author strings in page order; each may hold several names.
    /// - Returns: Names in first-seen order, deduplicated case-insensitively; empty when none
    ///   could be trusted.
    public func normalize(_ raw: [String]) -> [String] {
        names(in: raw) { clean($0) }
    }

    /// Cleans the names a page credits in a field that exists only to name its author (a meta
    /// `author` tag, a JSON-LD `author` not typed as an organisation), for when ``normalize(_:)``
    /// trusts none of them.
    ///
    /// The field itself says who signed the page, so what ``normalize(_:)`` refuses on doubt is
    /// kept here: user names and lowercase names ("jdoe", "kirstin boatto"), desks and teams
    /// ("Camphouse Team", "News Desk"), a role alone ("Community Editor") and a site signed
    /// with its own or its owner's name. Labels, contact details, dates and "for <publication>"
    /// tails are still stripped; placeholders ("admin", "unknown"), addresses and sentences are
    /// still refused.
    ///
    /// - Parameter raw: Author strings in page order; each may hold several names.
    /// - Returns: Credited names in first-seen order, deduplicated case-insensitively.
    public func credited(_ raw: [String]) -> [String] {
        names(in: raw) { clean($0) ?? credit($0) }
    }

    /// Splits author strings into statements and pieces, and keeps what `read` makes a name of,
    /// in first-seen order, deduplicated case-insensitively.
    private func names(in raw: [String], read: (String) -> String?) -> [String] {
        var names: [String] = []
        var seen: Set<String> = []
        for text in raw {
            for segment in BylineSplitter.segments(text) where !BylineCleaner.isNonAuthorSegment(segment) {
                var statement = BylineCleaner.removeContactsAndNotes(segment)
                statement = BylineCleaner.cutAtDate(statement)
                statement = BylineCleaner.removeLeadingLabels(statement)
                for piece in BylineSplitter.names(statement) {
                    guard let name = read(piece) else { continue }
                    if seen.insert(name.lowercased()).inserted { names.append(name) }
                }
            }
        }
        return names
    }

    /// Whether `text` is only a label that introduces a byline ("Written by", "By:", "Von",
    /// "Auteur", "بقلم"), so that the name follows it in the next element.
    public static func isBylineLabel(_ text: String) -> Bool {
        let trimmed = labelTrimmed(text)
        guard !trimmed.isEmpty else { return false }
        // Lowercasing a scalar leaves at least a third of its UTF-8 bytes (the Kelvin sign, three
        // bytes, becomes "k"), so longer text cannot lowercase to a label. ASCII text can equal
        // only an ASCII label (see ``asciiLeadingLabels``), compared over its bytes.
        let bytes = trimmed.utf8
        guard bytes.count <= 3 * longestLabelUTF8Count else { return false }
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return asciiLeadingLabels.contains { label in
                label.count == bytes.count
                    && zip(bytes, label).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
            }
        }
        return AuthorVocabulary.leadingLabels.contains(trimmed.lowercased())
    }

    /// ``isBylineLabel(_:)`` as it was: the lowercased text looked up among the labels.
    static func isBylineLabelByLowercasing(_ text: String) -> Bool {
        let trimmed = labelTrimmed(text)
        return !trimmed.isEmpty && AuthorVocabulary.leadingLabels.contains(trimmed.lowercased())
    }

    /// The UTF-8 length of the longest label of ``AuthorVocabulary/leadingLabels``.
    static let longestLabelUTF8Count = AuthorVocabulary.leadingLabels.map(\.utf8.count).max() ?? 0

    /// `text.trimmingCharacters(in: labelTrimSet)`. Most text tested starts and ends with a
    /// visible ASCII character other than ":", which the set does not hold: then nothing is
    /// trimmed, and Foundation's bridging scan (a visible share of byline finding) is skipped.
    static func labelTrimmed(_ text: String) -> String {
        if let first = text.utf8.first, let last = text.utf8.last,
           (0x21...0x7E).contains(first), (0x21...0x7E).contains(last),
           first != UInt8(ascii: ":"), last != UInt8(ascii: ":") {
            return text
        }
        return text.trimmingCharacters(in: labelTrimSet)
    }

    /// What a lone label is trimmed of ("Written by:"): built once, as the union is not cheap
    /// and this runs for every element by a headline.
    private static let labelTrimSet = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ":"))

    /// The ASCII labels of ``AuthorVocabulary/leadingLabels`` as bytes, in its order. No other
    /// label can open ASCII text: each holds a scalar whose canonical decomposition is not ASCII
    /// (checked by the tests), so none is canonically equivalent to ASCII text.
    static let asciiLeadingLabels = AuthorVocabulary.leadingLabels.map { Array($0.utf8) }
        .filter { $0.allSatisfy { $0 < 0x80 } }

    /// ``startsWithBylineLabel(_:)`` for ASCII text (already without leading whitespace), over its
    /// bytes: there every byte is a Character but in CR LF (which no label holds), lowercasing is
    /// ASCII's, and the whitespace and letters are ASCII's. Lowercasing each text by a headline
    /// and comparing it with every label showed in profiles.
    static func asciiStartsWithBylineLabel(_ trimmed: Substring) -> Bool {
        let bytes = Array(trimmed.utf8)
        func lowercase(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        for label in asciiLeadingLabels where label.count <= bytes.count
            && label.indices.allSatisfy({ lowercase(bytes[$0]) == label[$0] }) {
            guard label.count < bytes.count else { continue }
            let next = bytes[label.count]
            guard (0x09...0x0D).contains(next) || next == 0x20 || next == UInt8(ascii: ":") else { continue }
            return bytes[label.count...].contains { lowercase($0) >= 0x61 && lowercase($0) <= 0x7A }
        }
        return false
    }

    /// Whether `text` starts with a label that introduces a byline, followed by more text
    /// ("By Jane Doe", "Von Anna Müller", "بقلم محمد").
    public static func startsWithBylineLabel(_ text: String) -> Bool {
        let trimmed = text.drop(while: \.isWhitespace)
        if trimmed.utf8.allSatisfy({ $0 < 0x80 }) { return asciiStartsWithBylineLabel(trimmed) }
        let lowered = trimmed.lowercased()
        for label in AuthorVocabulary.leadingLabels where lowered.hasPrefix(label) {
            let rest = trimmed.dropFirst(label.count)
            guard let next = rest.first, next.isWhitespace || next == ":" else { continue }
            return rest.contains(where: \.isLetter)
        }
        return false
    }

    /// One piece of a credit to a name, judged by its shape only.
    private func credit(_ piece: String) -> String? {
        var name = BylineCleaner.removeLeadingLabels(piece)
        name = BylineCleaner.removeForTail(name)
        name = BylineCleaner.trimPunctuation(BylineCleaner.removeRole(name) ?? name)
        guard check.looksLikeCredit(name) else { return nil }
        return NameCasing.titleCaseIfAllCaps(name)
    }

    /// One piece of a list to a name, or `nil` when it is not one.
    private func clean(_ piece: String) -> String? {
        var name = BylineCleaner.removeLeadingLabels(piece)
        name = BylineCleaner.removeForTail(name)
        guard let withoutRole = BylineCleaner.removeRole(name) else { return nil }
        name = BylineCleaner.removeAttachedRole(BylineCleaner.trimPunctuation(withoutRole))
        // Checked before title-casing too, which would hide an acronym ("BBC NEWS" → "Bbc News").
        guard !check.isOrganisation(name) else { return nil }
        name = NameCasing.titleCaseIfAllCaps(name)
        guard check.looksLikeName(name), !check.isOrganisation(name) else { return nil }
        return name
    }
}
