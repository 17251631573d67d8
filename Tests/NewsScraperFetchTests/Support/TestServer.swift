import FlyingFox
import Testing
import Foundation
@testable import NewsScraperFetch

/// A real HTTP server on 127.0.0.1 with an OS-chosen port, one per test, so
/// that robots.txt caches and rate limits never leak between tests.
struct TestServer {
    let server: HTTPServer
    let task: Task<Void, any Error>
    let base: URL

    static func start(_ configure: (HTTPServer) async -> Void) async throws -> TestServer {
        // A generous handler timeout: the slow-route test relies on the client giving up first.
        // Explicitly IPv4: `.loopback` binds ::1 on this platform.
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 10, logger: .disabled)
        await configure(server)
        let task = Task { try await server.run() }
        try await server.waitUntilListening(timeout: 30)
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            task.cancel()
            throw CocoaError(.featureUnsupported)
        }
        return TestServer(server: server, task: task, base: URL(string: "http://127.0.0.1:\(port)")!)
    }

    func url(_ path: String) -> URL { URL(string: path, relativeTo: base)!.absoluteURL }

    func stop() async {
        task.cancel()
        await server.stop(timeout: 0)
    }
}

/// Counts requests to a route from concurrent handlers.
actor Counter {
    private(set) var value = 0
    private(set) var times: [ContinuousClock.Instant] = []

    @discardableResult
    func increment() -> Int {
        value += 1
        times.append(.now)
        return value
    }
}

extension HTTPResponse {
    static func text(_ body: String, status: HTTPStatusCode = .ok, type: String = "text/plain; charset=utf-8",
                     headers extra: [String: String] = [:]) -> HTTPResponse {
        var headers: HTTPHeaders = [HTTPHeader("Content-Type"): type]
        for (name, value) in extra { headers[HTTPHeader(name)] = value }
        return HTTPResponse(statusCode: status, headers: headers, body: Data(body.utf8))
    }
}

/// A policy for tests against the local server: local network allowed, no
/// politeness delays, short timeouts so that failures are quick.
func testPolicy(
    robots: Bool = false, totalTimeout: TimeInterval = 5, maximumBodyBytes: Int = 1_000_000,
    perHostMinimumDelay: TimeInterval = 0, maximumRetryWait: TimeInterval = 3
) -> FetchPolicy {
    FetchPolicy(
        connectTimeout: 3, totalTimeout: totalTimeout, maximumBodyBytes: maximumBodyBytes, maximumRedirects: 3,
        maximumRetries: 2, initialBackoff: 0.05, maximumRetryWait: maximumRetryWait,
        perHostMinimumDelay: perHostMinimumDelay, perHostMaximumConcurrency: 4, respectRobotsTxt: robots,
        robotsRetryInterval: 60, allowLocalNetwork: true)
}

/// Runs `body` and returns the `FetchError` it throws, or `nil` if it succeeds.
/// (Closures infer `any Error`, so any other error is recorded as a test issue.)
func fetchError(_ body: () async throws -> Void) async -> FetchError? {
    do {
        try await body()
        return nil
    } catch let error as FetchError {
        return error
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}
