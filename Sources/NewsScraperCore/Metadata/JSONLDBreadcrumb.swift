import Foundation

/// One step of a JSON-LD `BreadcrumbList`.
public struct JSONLDBreadcrumb: Sendable, Hashable {
    /// The item's name (its own `name`, else its `item`'s).
    public var name: String
    /// The item's page, resolved against the document.
    public var url: URL?
    /// The `position` the page gives, else the item's index counted from 1.
    public var position: Int

    /// Creates a breadcrumb item.
    public init(name: String, url: URL? = nil, position: Int) {
        self.name = name
        self.url = url
        self.position = position
    }
}
