import Foundation

/// Which pages an extractor handles, decided from the URL alone.
///
/// Host patterns: `example.com` matches that host and `www.example.com`;
/// `.example.com` matches `example.com` and every subdomain; `*` matches any
/// host. Path patterns are prefixes (`/news/`) or globs with `*`
/// (`/*/articles/*`); no path patterns means every path.
public struct PageMatcher: Sendable, Hashable {
    public var hosts: [String]
    public var paths: [String]
    /// Higher priorities are tried first; see ``ExtractorRegistry`` for the whole order.
    public var priority: Int

    public init(hosts: [String], paths: [String] = [], priority: Int = 0) {
        self.hosts = hosts.map { $0.lowercased() }
        self.paths = paths
        self.priority = priority
    }

    /// A matcher for every page, used by fallback extractors.
    public static let anyPage = PageMatcher(hosts: ["*"], priority: Int.min)

    /// How specifically this matcher matches a URL: `nil` when it does not,
    /// higher for exact hosts than subdomain patterns than `*`, plus path specificity.
    public func specificity(for url: URL?) -> Int? {
        let host = url?.host?.lowercased() ?? ""
        var best: Int?
        for pattern in hosts {
            let score: Int?
            if pattern == "*" {
                score = 0
            } else if pattern.hasPrefix(".") {
                let bare = String(pattern.dropFirst())
                score = host == bare || host.hasSuffix(pattern) ? 100 + bare.count : nil
            } else {
                score = host == pattern || host == "www." + pattern ? 1000 + pattern.count : nil
            }
            if let score, score > (best ?? Int.min) { best = score }
        }
        guard let hostScore = best else { return nil }
        if paths.isEmpty { return hostScore }
        let path = url?.path.isEmpty == false ? url!.path : "/"
        let matching = paths.filter { Self.pathMatches(path, pattern: $0) }
        guard let longest = matching.map(\.count).max() else { return nil }
        return hostScore + longest
    }

    static func pathMatches(_ path: String, pattern: String) -> Bool {
        guard pattern.contains("*") else { return path.hasPrefix(pattern) }
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false)
        var rest = Substring(path)
        for (index, part) in parts.enumerated() {
            if index == 0 {
                guard rest.hasPrefix(part) else { return false }
                rest = rest.dropFirst(part.count)
            } else if part.isEmpty {
                continue
            } else if let range = rest.range(of: part) {
                rest = rest[range.upperBound...]
            } else {
                return false
            }
        }
        return true
    }
}
