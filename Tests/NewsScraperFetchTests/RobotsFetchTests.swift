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
                return .text("User-agent: *\nDisallow: /private\nCrawl-delay: 0.4\n")
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
        _ = try await fetcher.fetch(server.url("/public/1"))
        _ = try await fetcher.fetch(server.url("/public/2"))
        #expect(await robotsHits.value == 1)
        let times = await pageHits.times
        #expect(times.count == 2)
        if times.count == 2 { #expect(times[1] - times[0] >= .milliseconds(350)) }
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
