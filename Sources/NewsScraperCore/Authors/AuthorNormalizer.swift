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
        var names: [String] = []
        var seen: Set<String> = []
        for text in raw {
            for segment in BylineSplitter.segments(text) where !BylineCleaner.isNonAuthorSegment(segment) {
                var statement = BylineCleaner.removeContactsAndNotes(segment)
                statement = BylineCleaner.cutAtDate(statement)
                statement = BylineCleaner.removeLeadingLabels(statement)
                for piece in BylineSplitter.names(statement) {
                    guard let name = clean(piece) else { continue }
                    if seen.insert(name.lowercased()).inserted { names.append(name) }
                }
            }
        }
        return names
    }

    /// One piece of a list to a name, or `nil` when it is not one.
    private func clean(_ piece: String) -> String? {
        var name = BylineCleaner.removeLeadingLabels(piece)
        name = BylineCleaner.removeForTail(name)
        guard let withoutRole = BylineCleaner.removeRole(name) else { return nil }
        name = BylineCleaner.trimPunctuation(withoutRole)
        // Checked before title-casing too, which would hide an acronym ("BBC NEWS" → "Bbc News").
        guard !check.isOrganisation(name) else { return nil }
        name = NameCasing.titleCaseIfAllCaps(name)
        guard check.looksLikeName(name), !check.isOrganisation(name) else { return nil }
        return name
    }
}
