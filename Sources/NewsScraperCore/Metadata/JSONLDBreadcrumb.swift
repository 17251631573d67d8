import Foundation

/// One step of a JSON-LD `BreadcrumbList`.
public struct JSONLDBreadcrumb: Sendable, Hashable {
    public var name: String
    public var url: URL?
    /// The `position` the page gives, else the item's index counted from 1.
    public var position: Int

    public init(name: String, url: URL? = nil, position: Int) {
        self.name = name
        self.url = url
        self.position = position
    }
}
