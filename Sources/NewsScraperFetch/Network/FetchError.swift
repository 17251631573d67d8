import Foundation

/// Why a fetch failed. Every case names the URL concerned (for redirects,
/// the hop that failed).
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URL has no host or cannot be turned into a request.
    case invalidURL(URL)
    /// Only `http` and `https` are fetched.
    case unsupportedScheme(URL)
    /// The host is, or resolves to, a loopback, private or link-local address
    /// (or is `localhost`) and ``FetchPolicy/allowLocalNetwork`` is off.
    case blockedAddress(URL, reason: String)
    /// The site's robots.txt disallows this URL for our user agent.
    case robotsDisallowed(URL)
    /// The site's robots.txt could not be fetched (5xx or unreachable): the
    /// host is treated as disallowed until ``FetchPolicy/robotsRetryInterval`` passes.
    case robotsUnavailable(URL, reason: String)
    /// No answer, or not all of it, within the policy's timeouts.
    case timedOut(URL)
    /// The body exceeded ``FetchPolicy/maximumBodyBytes`` (`limit`).
    case tooLarge(URL, limit: Int)
    /// More than ``FetchPolicy/maximumRedirects`` redirects.
    case tooManyRedirects(URL, count: Int)
    /// A redirect led back to a URL already visited in this fetch.
    case redirectLoop(URL)
    /// The final answer was not a 2xx status.
    case httpStatus(URL, code: Int)
    /// A transport failure (DNS, refused connection, TLS…).
    case network(URL, description: String)
    /// The calling task was cancelled.
    case cancelled(URL)

    /// The URL the error is about.
    public var url: URL {
        switch self {
        case .invalidURL(let url), .unsupportedScheme(let url), .robotsDisallowed(let url), .timedOut(let url),
             .redirectLoop(let url), .cancelled(let url):
            return url
        case .blockedAddress(let url, _), .robotsUnavailable(let url, _), .tooLarge(let url, _),
             .tooManyRedirects(let url, _), .httpStatus(let url, _), .network(let url, _):
            return url
        }
    }

    public var description: String {
        switch self {
        case .invalidURL(let url): return "invalid URL: \(url.absoluteString)"
        case .unsupportedScheme(let url): return "unsupported scheme: \(url.absoluteString)"
        case .blockedAddress(let url, let reason): return "blocked address (\(reason)): \(url.absoluteString)"
        case .robotsDisallowed(let url): return "disallowed by robots.txt: \(url.absoluteString)"
        case .robotsUnavailable(let url, let reason): return "robots.txt unavailable (\(reason)): \(url.absoluteString)"
        case .timedOut(let url): return "timed out: \(url.absoluteString)"
        case .tooLarge(let url, let limit): return "body larger than \(limit) bytes: \(url.absoluteString)"
        case .tooManyRedirects(let url, let count): return "more than \(count) redirects: \(url.absoluteString)"
        case .redirectLoop(let url): return "redirect loop: \(url.absoluteString)"
        case .httpStatus(let url, let code): return "HTTP \(code): \(url.absoluteString)"
        case .network(let url, let description): return "network error (\(description)): \(url.absoluteString)"
        case .cancelled(let url): return "cancelled: \(url.absoluteString)"
        }
    }
}
