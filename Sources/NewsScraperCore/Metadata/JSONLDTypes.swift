import Foundation

/// Reading and ranking schema.org `@type` values.
enum JSONLDTypes {
    /// The node's types without vocabulary prefixes, so that
    /// `"http://schema.org/NewsArticle"`, `"schema:NewsArticle"` and
    /// `"NewsArticle"` compare equal. `@type` may be a string or an array.
    static func types(of node: JSONValue) -> [String] {
        guard let raw = node["@type"] else { return [] }
        return raw.listValue.compactMap { $0.stringValue.map(normalize) }.filter { !$0.isEmpty }
    }

    static func normalize(_ raw: String) -> String {
        let trimmed = raw.trimmingWhitespacesAndNewlines()
        guard let cut = trimmed.lastIndex(where: { $0 == "/" || $0 == "#" || $0 == ":" }) else { return trimmed }
        return String(trimmed[trimmed.index(after: cut)...])
    }

    /// How strongly a type marks the page's main article: news types above
    /// generic article types; web pages only count when they carry article
    /// fields (checked by the caller).
    static func articleRank(_ types: [String]) -> Int {
        types.map { type in
            if newsTypes.contains(type) { return 3 }
            if articleTypes.contains(type) { return 2 }
            if pageTypes.contains(type) { return 1 }
            return 0
        }.max() ?? 0
    }

    /// Whether the types name an organisation and not a person: WordPress's
    /// Yoast typing of site owners as `["Person", "Organization"]` is a person.
    static func isOrganization(_ types: [String]) -> Bool {
        !isPerson(types) && types.contains { $0.hasSuffix("Organization") || organizationTypes.contains($0) }
    }

    static func isPerson(_ types: [String]) -> Bool { types.contains("Person") }

    private static let newsTypes: Set<String> = [
        "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle",
    ]
    private static let articleTypes: Set<String> = [
        "Article", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle",
        "SocialMediaPosting", "DiscussionForumPosting", "MedicalScholarlyArticle", "AdvertiserContentArticle",
    ]
    private static let pageTypes: Set<String> = ["WebPage", "ItemPage", "AboutPage", "ProfilePage"]
    private static let organizationTypes: Set<String> = [
        "Corporation", "NGO", "LocalBusiness", "OnlineBusiness", "Brand", "Project", "Consortium",
    ]
}
