import Foundation

/// An author as metadata names it.
public struct MetadataAuthor: Sendable, Hashable {
    /// The name as given, cleaned of markup and extra whitespace (not of "By").
    public var name: String
    /// A profile page, when the source gives one.
    public var url: URL?
    /// Whether the source itself says this is an organisation (a JSON-LD
    /// `Organization` or microdata `itemtype` of one). `false` means "not
    /// said", not "a person": a plain meta `author` can name either.
    public var isOrganization: Bool

    /// Creates an author candidate value.
    public init(name: String, url: URL? = nil, isOrganization: Bool = false) {
        self.name = name
        self.url = url
        self.isOrganization = isOrganization
    }

    /// The model's author value.
    public var author: Author { Author(name: name, url: url) }
}
