import FlyingFox
import Foundation
import Testing
@testable import NewsScraperFetch

/// robots.txt as the fetcher applies it, against a real local server.
@Suite struct RobotsFetchTests {
    @Test func disallowedPathIsRefusedAndCrawlDelayHonoured() async throws {
        let robotsHits = Counter()
        let pageHits = Counter()
        let server = try await TestServer.start { server in
            await server.appendRoute("GET /robots.txt") { _ in
                await robotsHits.increment()
                return .text("User-agent: *\nDisallow: /private\nCrawl-delay: 0.5\n")
            }
            await server.appendRoute("GET /private/:x") { _ in .text("secret") }
            await server.appendRoute("GET /public/:x") { _ in
                await pageHits.increment()
                return .text("hello")
            }
        }
        defer { Task { await server.stop() } }
        let fetcher = Fetcher(policy: testPolicy(robots: true))
        let denied = await fetchError { _ = try await fetcher.fetch(server.url("/private/x")) }
        #expect(denied == .robotsDisallowed(server.url("/private/x")))
        // Measured on the client: the second request cannot start before the
        // first one's start plus the crawl delay (server-side arrival times jitter).
        let start = ContinuousClock.now
        _ = try await fetcher.fetch(server.url("/public/1"))
        _ = try await fetcher.fetch(server.url("/public/2"))
        let elapsed = ContinuousClock.now - start
        #expect(elapsed >= .milliseconds(500))
        #expect(elapsed < .seconds(3))
        #expect(await robotsHits.value == 1)
        #expect(await pageHits.value == 2)
    }

    @Test func missingRobotsAllowsAndBrokenRobotsBlocks() async throws {
        let allowing = try await TestServer.start { server in
            await server.appendRoute("GET /a") { _ in .text("a") }
        }
        defer { Task { await allowing.stop() } }
        let fetcher = Fetcher(policy: testPolicy(robots: true))
        #expect(try await fetcher.fetch(allowing.url("/a")).body == Array("a".utf8))

        let failing = try await TestServer.start { server in
            await server.appendRoute("GET /robots.txt") { _ in .text("oops", status: .internalServerError) }
            await server.appendRoute("GET /a") { _ in .text("a") }
        }
        defer { Task { await failing.stop() } }
        let error = await fetchError { _ = try await fetcher.fetch(failing.url("/a")) }
        guard case .robotsUnavailable(let url, _)? = error else {
            Issue.record("expected robotsUnavailable, got \(String(describing: error))")
            return
        }
        #expect(url == failing.url("/a"))
    }
}
