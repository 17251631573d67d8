import Foundation
import NewsScraperCore

/// Fields read from the page's structured metadata (JSON-LD, OpenGraph,
/// meta names, microdata), each from the best candidate that survives
/// checking: authors that are people, dates that parse, images that resolve.
extension MetadataReader {
    func structuredFields() -> ExtractedFields {
        let metadata = context.metadata
        var fields = ExtractedFields()
        fields.siteName = metadata.siteNames.first.map { adopt($0) }
        fields.summary = metadata.descriptions.first.map { adopt($0) }
        fields.section = metadata.sections.first.map { adopt($0) }
        fields.language = metadata.languages.first.map { adopt($0) }
        if let first = metadata.canonicalURLs.first {
            fields.canonicalURL = Extracted(first.value, provenance: first.provenance(extractor: extractor))
        }
        if let image = metadata.images.first {
            fields.leadImage = Extracted(image.value.articleImage, provenance: image.provenance(extractor: extractor))
        }
        if let first = metadata.tags.first {
            let fromSameSource = metadata.tags.filter { $0.key == first.key }.map(\.value)
            fields.tags = Extracted(fromSameSource, provenance: first.provenance(extractor: extractor))
        }
        fields.published = firstParsableDate(metadata.publishedDates)
        fields.modified = firstParsableDate(metadata.modifiedDates)
        fields.authors = people(metadata)
        return fields
    }

    private func adopt(_ candidate: MetadataCandidate<String>) -> Extracted<String> {
        Extracted(candidate.value, provenance: candidate.provenance(extractor: extractor))
    }

    private func firstParsableDate(_ candidates: [MetadataCandidate<String>]) -> Extracted<String>? {
        candidates.first { context.dateParser.parse($0.value) != nil }.map { adopt($0) }
    }

    /// Authors from the most reliable source that names people, never the publisher.
    private func people(_ metadata: PageMetadata) -> Extracted<[Author]>? {
        let publishers = metadata.publisherNames.map(\.value) + metadata.siteNames.map(\.value)
        let normalizer = AuthorNormalizer(publisherNames: publishers)
        return authors(metadata) { normalizer.normalize([$0]) }
    }

    /// The names the page's author fields credit when none of them names a person the way
    /// ``people(_:)`` requires (a user name, a desk, a site signing its own posts), for pages
    /// whose visible byline names nobody either. Authors typed as organisations stay refused:
    /// schema.org gives the publisher that way.
    func creditedAuthors() -> Extracted<[Author]>? {
        let normalizer = AuthorNormalizer()
        return authors(context.metadata) { normalizer.credited([$0]) }
    }

    /// The authors of the first source (metadata key) whose candidates give any name.
    private func authors(_ metadata: PageMetadata, names: (String) -> [String]) -> Extracted<[Author]>? {
        var keys: [String] = []
        for candidate in metadata.authors where !keys.contains(candidate.key) { keys.append(candidate.key) }
        for key in keys {
            let group = metadata.authors.filter { $0.key == key && !$0.value.isOrganization }
            guard let first = group.first else { continue }
            var authors: [Author] = []
            for candidate in group {
                for name in names(candidate.value.name)
                where !authors.contains(where: { $0.name.lowercased() == name.lowercased() }) {
                    authors.append(Author(name: name, url: candidate.value.url))
                }
            }
            if !authors.isEmpty { return Extracted(authors, provenance: first.provenance(extractor: extractor)) }
        }
        return nil
    }
}
