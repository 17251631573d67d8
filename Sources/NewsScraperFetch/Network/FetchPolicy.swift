import Foundation

/// How a ``Fetcher`` behaves towards the sites it visits and what it accepts back.
///
/// The defaults are polite and safe for a crawler run on a server: robots.txt
/// honoured, one request per host per second, two at a time, and no access to
/// loopback or private networks (a URL from a feed must not reach the crawler's
/// own infrastructure).
public struct FetchPolicy: Sendable, Equatable {
    /// The `User-Agent` header; its product token (`NewsScraper`) is what robots.txt groups match.
    public var userAgent: String
    /// Seconds to establish the connection and, thereafter, the longest silence
    /// tolerated between received bytes.
    public var connectTimeout: TimeInterval
    /// Seconds for one request from start to last byte (each redirect hop and
    /// each retry gets its own budget).
    public var totalTimeout: TimeInterval
    /// The largest (decoded) body accepted; reading stops as soon as it is exceeded.
    public var maximumBodyBytes: Int
    /// The most redirects followed for one fetch.
    public var maximumRedirects: Int
    /// How many times a 429 or 503 answer is retried.
    public var maximumRetries: Int
    /// The first backoff when the server gives no `Retry-After`; doubled per attempt.
    public var initialBackoff: TimeInterval
    /// The longest single wait before a retry, whatever `Retry-After` asks for.
    public var maximumRetryWait: TimeInterval
    /// The minimum time between the starts of two requests to one host.
    public var perHostMinimumDelay: TimeInterval
    /// The most requests in flight to one host.
    public var perHostMaximumConcurrency: Int
    /// Whether robots.txt is fetched and obeyed.
    public var respectRobotsTxt: Bool
    /// The largest robots.txt `Crawl-delay` obeyed; larger values are clamped
    /// so that one file cannot stall a crawl for hours.
    public var maximumCrawlDelay: TimeInterval
    /// How long a robots.txt that could not be fetched (5xx, unreachable)
    /// blocks its host before it is tried again.
    public var robotsRetryInterval: TimeInterval
    /// Whether loopback, private and link-local addresses may be fetched.
    /// Leave `false` in production; tests against a local server set it.
    public var allowLocalNetwork: Bool

    /// The default user agent.
    public static let defaultUserAgent = "NewsScraper/0.1 (+https://github.com/newsscraper/newsscraper)"

    /// Creates a policy; every parameter has a production-safe default
    /// (see the properties for their meaning). Durations are in seconds.
    public init(
        userAgent: String = FetchPolicy.defaultUserAgent,
        connectTimeout: TimeInterval = 10,
        totalTimeout: TimeInterval = 30,
        maximumBodyBytes: Int = 10 * 1024 * 1024,
        maximumRedirects: Int = 5,
        maximumRetries: Int = 2,
        initialBackoff: TimeInterval = 1,
        maximumRetryWait: TimeInterval = 30,
        perHostMinimumDelay: TimeInterval = 1,
        perHostMaximumConcurrency: Int = 2,
        respectRobotsTxt: Bool = true,
        maximumCrawlDelay: TimeInterval = 30,
        robotsRetryInterval: TimeInterval = 300,
        allowLocalNetwork: Bool = false
    ) {
        self.userAgent = userAgent
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maximumBodyBytes = maximumBodyBytes
        self.maximumRedirects = maximumRedirects
        self.maximumRetries = maximumRetries
        self.initialBackoff = initialBackoff
        self.maximumRetryWait = maximumRetryWait
        self.perHostMinimumDelay = perHostMinimumDelay
        self.perHostMaximumConcurrency = max(1, perHostMaximumConcurrency)
        self.respectRobotsTxt = respectRobotsTxt
        self.maximumCrawlDelay = maximumCrawlDelay
        self.robotsRetryInterval = robotsRetryInterval
        self.allowLocalNetwork = allowLocalNetwork
    }
}
