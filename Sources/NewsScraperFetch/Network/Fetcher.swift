import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches web resources politely and safely, following a ``FetchPolicy``.
///
/// One fetcher should serve a whole crawl: it keeps per-host state (robots.txt
/// rules, rate limits, concurrency slots) across calls. Concurrent calls are
/// welcome; the per-host limits serialise them where needed.
///
/// ```swift
/// let fetcher = Fetcher()
/// let page = try await fetcher.fetch(URL(string: "https://example.com/news")!)
/// ```
public actor Fetcher {
    /// The policy this fetcher applies.
    public nonisolated let policy: FetchPolicy
    let session: URLSession
    let router: SessionRouter
    let throttle: HostThrottle
    var robotsCache: [String: RobotsCacheEntry] = [:]

    /// Creates a fetcher.
    ///
    /// - Parameters:
    ///   - policy: Limits and politeness rules.
    ///   - session: A session whose `configuration` (proxies, headers, TLS
    ///     settings) is reused. The fetcher always runs its own session on that
    ///     configuration, because it needs its own delegate to count redirects
    ///     and stop reading oversized bodies.
    public init(policy: FetchPolicy = .init(), session: URLSession? = nil) {
        self.policy = policy
        let configuration = session?.configuration ?? URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = policy.connectTimeout
        configuration.timeoutIntervalForResource = policy.totalTimeout + 1
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpMaximumConnectionsPerHost = policy.perHostMaximumConcurrency
        let router = SessionRouter()
        self.router = router
        self.session = URLSession(configuration: configuration, delegate: router, delegateQueue: nil)
        self.throttle = HostThrottle(
            minimumDelay: policy.perHostMinimumDelay, maximumConcurrency: policy.perHostMaximumConcurrency)
    }

    deinit {
        // The session retains its delegate: invalidate to break the cycle.
        session.invalidateAndCancel()
    }

    /// Fetches a URL, following redirects and retrying 429/503 answers.
    ///
    /// - Parameter url: An `http` or `https` URL.
    /// - Returns: The page, once a 2xx status has been received in full.
    /// - Throws: ``FetchError`` naming the URL that failed. Cancelling the
    ///   calling task cancels the request (``FetchError/cancelled(_:)``).
    public func fetch(_ url: URL) async throws(FetchError) -> FetchedPage {
        try await fetch(url, checkingRobots: policy.respectRobotsTxt)
    }

    func fetch(_ url: URL, checkingRobots: Bool) async throws(FetchError) -> FetchedPage {
        var current = url
        var visited: Set<String> = [Self.loopKey(url)]
        var redirects = 0
        while true {
            try await validate(current)
            if checkingRobots { try await checkRobots(current) }
            let response = try await performWithRetries(current)
            if [301, 302, 303, 307, 308].contains(response.statusCode), let location = response.headers["location"] {
                guard let next = URL(string: location, relativeTo: current)?.absoluteURL else {
                    throw .network(current, description: "unreadable Location header \"\(location)\"")
                }
                redirects += 1
                if redirects > policy.maximumRedirects { throw .tooManyRedirects(url, count: policy.maximumRedirects) }
                if !visited.insert(Self.loopKey(next)).inserted { throw .redirectLoop(next) }
                current = next
                continue
            }
            guard (200..<300).contains(response.statusCode) else {
                throw .httpStatus(current, code: response.statusCode)
            }
            return FetchedPage(
                url: url, finalURL: current, statusCode: response.statusCode, headers: response.headers,
                body: response.body)
        }
    }

    /// Scheme, host and address checks, before anything is sent.
    private func validate(_ url: URL) async throws(FetchError) {
        guard let scheme = url.scheme?.lowercased() else { throw .invalidURL(url) }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(url) }
        guard let host = url.host, !host.isEmpty else { throw .invalidURL(url) }
        guard !policy.allowLocalNetwork else { return }
        if let reason = AddressGuard.literalRefusal(host: host) { throw .blockedAddress(url, reason: reason) }
        if let reason = await AddressGuard.resolvedRefusal(host: host) { throw .blockedAddress(url, reason: reason) }
    }

    /// How redirect targets are compared for loop detection: case of scheme
    /// and host, default port and fragment ignored, but the query kept (unlike
    /// ``URLCanonicalizer``), because sites commonly redirect `/a?utm_source=x`
    /// to `/a`, which is progress, not a loop.
    static func loopKey(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return url.absoluteString }
        components.scheme = components.scheme?.lowercased()
        components.host = components.host?.lowercased()
        if (components.scheme == "http" && components.port == 80) || (components.scheme == "https" && components.port == 443) {
            components.port = nil
        }
        components.fragment = nil
        if components.percentEncodedPath.isEmpty { components.percentEncodedPath = "/" }
        return components.string ?? url.absoluteString
    }

    /// The host key politeness limits apply to.
    static func hostKey(_ url: URL) -> String {
        let host = (url.host ?? "").lowercased()
        return url.port.map { "\(host):\($0)" } ?? host
    }

    private func performWithRetries(_ url: URL) async throws(FetchError) -> RawResponse {
        var attempt = 0
        while true {
            let response = try await performThrottled(url)
            guard [429, 503].contains(response.statusCode), attempt < policy.maximumRetries else { return response }
            let backoff = policy.initialBackoff * pow(2, Double(attempt))
            let wait = min(RetryAfter.delay(response.headers["retry-after"]) ?? backoff, policy.maximumRetryWait)
            attempt += 1
            do {
                try await Task.sleep(for: .seconds(wait))
            } catch {
                throw .cancelled(url)
            }
        }
    }

    private func performThrottled(_ url: URL) async throws(FetchError) -> RawResponse {
        let host = Self.hostKey(url)
        guard await throttle.acquire(host) else { throw .cancelled(url) }
        let result = await perform(url)
        await throttle.release(host)
        return try result.get()
    }

    /// One request, no redirects followed, with the body limit and total timeout enforced.
    private func perform(_ url: URL) async -> Result<RawResponse, FetchError> {
        if Task.isCancelled { return .failure(.cancelled(url)) }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: policy.connectTimeout)
        request.httpMethod = "GET"
        request.setValue(policy.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("*/*", forHTTPHeaderField: "Accept")
        let transfer = Transfer(url: url, limit: policy.maximumBodyBytes)
        let task = session.dataTask(with: request)
        router.register(transfer, for: task)
        // URLSession's own timeouts are per-silence, not per-request: enforce the total here.
        let timer = DispatchWorkItem { transfer.abort(.timedOut(url)) }
        DispatchQueue.global().asyncAfter(deadline: .now() + policy.totalTimeout, execute: timer)
        defer { timer.cancel() }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                transfer.start(task: task, continuation: continuation)
            }
        } onCancel: {
            transfer.abort(.cancelled(url))
        }
    }
}
