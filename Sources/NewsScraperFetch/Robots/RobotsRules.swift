import Foundation

/// The rules of one site's `robots.txt` (RFC 9309, plus the widely honoured
/// `Crawl-delay` and `Sitemap` extensions).
///
/// Parsing never fails: unknown lines are skipped, as crawlers must tolerate
/// the hand-written files found in the wild.
public struct RobotsRules: Sendable, Equatable {
    /// One `User-agent` group: the agents it names and the rules that follow.
    public struct Group: Sendable, Equatable {
        /// Lowercased product tokens, `*` for everyone.
        public var userAgents: [String]
        /// The `Allow` / `Disallow` rules, in file order.
        public var rules: [Rule]
        /// `Crawl-delay` in seconds, if the group sets one.
        public var crawlDelay: Double?
    }

    /// One `Allow` or `Disallow` line.
    public struct Rule: Sendable, Equatable {
        /// `true` for `Allow`.
        public var allow: Bool
        /// The path pattern; `*` matches any run of characters, a trailing `$` anchors the end.
        public var pattern: String
    }

    /// The groups, in file order.
    public private(set) var groups: [Group] = []
    /// Absolute URLs from `Sitemap:` lines (they apply to every agent).
    public private(set) var sitemaps: [URL] = []

    /// Rules that allow everything: what a missing (404/410) robots.txt means.
    public static let allowAll = RobotsRules(text: "")

    /// Parses robots.txt text.
    public init(text: String) {
        var current: Group?
        var lastLineWasAgent = false
        // `isNewline` also matches "\r\n", which Swift treats as one Character.
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                .replacingOccurrences(of: "\u{FEFF}", with: "")
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "user-agent", "useragent", "user agent":
                if !lastLineWasAgent {
                    if let finished = current { groups.append(finished) }
                    current = Group(userAgents: [], rules: [], crawlDelay: nil)
                }
                current?.userAgents.append(value.lowercased())
                lastLineWasAgent = true
                continue
            case "allow", "disallow":
                // An empty Disallow means "allow everything": no rule needed.
                if !value.isEmpty { current?.rules.append(Rule(allow: key == "allow", pattern: value)) }
            case "crawl-delay", "crawldelay":
                if let seconds = Double(value), seconds >= 0 { current?.crawlDelay = seconds }
            case "sitemap", "site-map":
                if let url = URL(string: value), url.scheme != nil { sitemaps.append(url) }
            default:
                break
            }
            lastLineWasAgent = false
        }
        if let finished = current { groups.append(finished) }
    }

    /// Whether `userAgent` may fetch `path`.
    ///
    /// - Parameters:
    ///   - path: The path with its query (`/a/b?c=d`), as sent in the request line.
    ///   - userAgent: The full User-Agent header or just its product token;
    ///     only the product token (before the first `/` or space) is matched.
    public func isAllowed(path: String, userAgent: String) -> Bool {
        let path = path.isEmpty ? "/" : path
        if path == "/robots.txt" { return true }
        var best: Rule?
        var bestLength = -1
        for rule in applicableRules(for: userAgent) where Self.matches(pattern: rule.pattern, path: path) {
            let length = rule.pattern.count
            if length > bestLength || (length == bestLength && rule.allow && best?.allow == false) {
                best = rule
                bestLength = length
            }
        }
        return best?.allow ?? true
    }

    /// The `Crawl-delay` that applies to `userAgent`, in seconds.
    public func crawlDelay(for userAgent: String) -> Double? {
        matchingGroups(for: userAgent).compactMap(\.crawlDelay).max()
    }

    private func applicableRules(for userAgent: String) -> [Rule] {
        matchingGroups(for: userAgent).flatMap(\.rules)
    }

    /// The groups naming this agent's product token (the most specific
    /// token wins, and groups naming it are merged), else the `*` groups.
    private func matchingGroups(for userAgent: String) -> [Group] {
        let token = Self.productToken(userAgent)
        var bestAgent = ""
        for group in groups {
            for agent in group.userAgents where agent != "*" && !agent.isEmpty && token.hasPrefix(agent) && agent.count > bestAgent.count {
                bestAgent = agent
            }
        }
        if !bestAgent.isEmpty {
            return groups.filter { $0.userAgents.contains(bestAgent) }
        }
        return groups.filter { $0.userAgents.contains("*") }
    }

    static func productToken(_ userAgent: String) -> String {
        let token = userAgent.prefix { $0 != "/" && $0 != " " && $0 != ";" && $0 != "(" }
        return token.lowercased()
    }

    /// Matches a robots pattern against a path: `*` is any run of characters,
    /// a final `$` anchors the end, otherwise the pattern is a prefix.
    static func matches(pattern: String, path: String) -> Bool {
        var pattern = Array(pattern.utf8)
        let anchored = pattern.last == UInt8(ascii: "$")
        if anchored { pattern.removeLast() }
        let path = Array(path.utf8)
        // Segments between stars must appear in order; the first at the start.
        let segments = pattern.split(separator: UInt8(ascii: "*"), omittingEmptySubsequences: false).map(Array.init)
        var position = 0
        for (index, segment) in segments.enumerated() {
            if index == 0 {
                guard path.starts(with: segment) else { return false }
                position = segment.count
                continue
            }
            let isLast = index == segments.count - 1
            if isLast && anchored {
                // The last segment must end the path, after `position`.
                guard path.count - segment.count >= position,
                      path[(path.count - segment.count)...].elementsEqual(segment) else { return false }
                return true
            }
            guard let found = firstOccurrence(of: segment, in: path, from: position) else { return false }
            position = found + segment.count
        }
        return anchored ? position == path.count : true
    }

    private static func firstOccurrence(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        if needle.isEmpty { return start }
        guard haystack.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
