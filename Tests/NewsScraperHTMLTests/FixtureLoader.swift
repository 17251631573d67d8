import Foundation
import Testing
import NewsScraperHTML

/// Reads committed fixture files; tests never look outside the repository.
enum FixtureLoader {
    static func bytes(_ name: String) throws -> [UInt8] {
        let directory = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures")
        return Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static func document(_ name: String, url: URL? = nil) throws -> HTMLDocument {
        try HTMLDocument(bytes: bytes(name), url: url)
    }
}

/// The `id`s of nodes, for comparing selections against expectations.
func ids(_ nodes: [HTMLNode]) -> [String] {
    nodes.map { $0.id ?? "<\($0.tagName)>" }
}
