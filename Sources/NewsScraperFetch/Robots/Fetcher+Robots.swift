import Foundation

/// What the fetcher knows about one origin's robots.txt.
enum RobotsCacheEntry {
    case loading(Task<RobotsOutcome, Never>)
    case ready(RobotsOutcome, expires: ContinuousClock.Instant)
}

/// The result of fetching robots.txt: rules, or "unavailable, retry later".
enum RobotsOutcome: Sendable {
    case rules(RobotsRules)
    case unavailable(String)
}

extension Fetcher {
    /// How long fetched rules are trusted (RFC 9309 §2.4 suggests at most 24 hours).
    static let robotsLifetime: Duration = .seconds(24 * 3600)

    /// The robots.txt rules that apply to `url`'s origin, fetched once and cached.
    ///
    /// A missing robots.txt (404, 410 or any 4xx) gives ``RobotsRules/allowAll``.
    /// - Throws: ``FetchError/robotsUnavailable(_:reason:)`` when the file
    ///   answered 5xx or could not be reached, and the usual validation errors.
    public func robotsRules(for url: URL) async throws(FetchError) -> RobotsRules {
        switch await robotsOutcome(for: url) {
        case .rules(let rules): return rules
        case .unavailable(let reason): throw .robotsUnavailable(url, reason: reason)
        }
    }

    func checkRobots(_ url: URL) async throws(FetchError) {
        let rules = try await robotsRules(for: url)
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return }
        var path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        if let query = components.percentEncodedQuery { path += "?" + query }
        if !rules.isAllowed(path: path, userAgent: policy.userAgent) { throw .robotsDisallowed(url) }
    }

    private func robotsOutcome(for url: URL) async -> RobotsOutcome {
        guard let robotsURL = Self.robotsURL(for: url) else { return .rules(.allowAll) }
        let key = robotsURL.absoluteString
        switch robotsCache[key] {
        case .ready(let outcome, let expires) where expires > .now:
            return outcome
        case .loading(let task):
            return await task.value
        default:
            // One load per origin, however many fetches wait for it.
            let task = Task { await self.loadRobots(robotsURL, for: url) }
            robotsCache[key] = .loading(task)
            let outcome = await task.value
            let lifetime: Duration
            switch outcome {
            case .rules: lifetime = Self.robotsLifetime
            case .unavailable: lifetime = .seconds(policy.robotsRetryInterval)
            }
            robotsCache[key] = .ready(outcome, expires: .now + lifetime)
            return outcome
        }
    }

    private func loadRobots(_ robotsURL: URL, for url: URL) async -> RobotsOutcome {
        do throws(FetchError) {
            let page = try await fetch(robotsURL, checkingRobots: false)
            let rules = RobotsRules(text: String(decoding: page.body, as: UTF8.self))
            if let delay = rules.crawlDelay(for: policy.userAgent), delay > 0 {
                await throttle.setCrawlDelay(min(delay, policy.maximumCrawlDelay), for: Self.hostKey(url))
            }
            return .rules(rules)
        } catch {
            switch error {
            case .httpStatus(_, let code) where (400..<500).contains(code) && code != 429:
                // RFC 9309 §2.3.1.3: an unavailable robots.txt (4xx) allows everything.
                return .rules(.allowAll)
            case .httpStatus(_, let code):
                return .unavailable("robots.txt answered HTTP \(code)")
            default:
                return .unavailable(error.description)
            }
        }
    }

    static func robotsURL(for url: URL) -> URL? {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return nil }
        components.percentEncodedPath = "/robots.txt"
        components.query = nil
        components.fragment = nil
        components.user = nil
        components.password = nil
        return components.url
    }
}
