import FlyingFox
import Foundation
import Testing
@testable import NewsScraperFetch

/// The fetcher against a real HTTP server on 127.0.0.1. Each test starts its
/// own server (own port, so own robots.txt cache and rate-limit state).
@Suite struct FetcherTests {
    @Test func fetchesAndReportsTheCharsetAsSent() async throws {
        let server = try await TestServer.start { server in
            await server.appendRoute("GET /latin") { _ in
                // The header says Latin-1, the bytes are UTF-8: report what was sent, decide later.
                .text("<p>café</p>", type: "text/html; charset=ISO-8859-1", headers: ["X-Test": "yes"])
            }
        }
        defer { Task { await server.stop() } }
        let page = try await Fetcher(policy: testPolicy()).fetch(server.url("/latin"))
        #expect(page.statusCode == 200)
        #expect(page.charset == "ISO-8859-1")
        #expect(page.contentType == "text/html")
        #expect(page.body == Array("<p>café</p>".utf8))
        #expect(page.headers["x-test"] == "yes")
        #expect(page.finalURL == server.url("/latin"))
    }

    @Test func followsRedirectsAndDetectsLoopsAndLimits() async throws {
        let server = try await TestServer.start { server in
            await server.appendRoute("GET /r1") { _ in .text("", status: .found, headers: ["Location": "/r2"]) }
            await server.appendRoute("GET /r2") { _ in .text("", status: .movedPermanently, headers: ["Location": "final"]) }
            await server.appendRoute("GET /final") { request in
                // Dropping tracking parameters by redirect is progress, not a loop.
                request.query.isEmpty ? .text("done") : .text("", status: .movedPermanently, headers: ["Location": "/final"])
            }
            await server.appendRoute("GET /tracked") { _ in .text("", status: .found, headers: ["Location": "/final?utm_source=x"]) }
            await server.appendRoute("GET /loopA") { _ in .text("", status: .found, headers: ["Location": "/loopB"]) }
            await server.appendRoute("GET /loopB") { _ in .text("", status: .temporaryRedirect, headers: ["Location": "/loopA"]) }
            await server.appendRoute("GET /chain/:n") { request in
                let n = Int(request.path.split(separator: "/").last ?? "") ?? 0
                return .text("", status: .found, headers: ["Location": "/chain/\(n + 1)"])
            }
        }
        defer { Task { await server.stop() } }
        let fetcher = Fetcher(policy: testPolicy())
        let page = try await fetcher.fetch(server.url("/r1"))
        #expect(page.url == server.url("/r1"))
        #expect(page.finalURL == server.url("/final"))
        #expect(page.body == Array("done".utf8))
        let tracked = try await fetcher.fetch(server.url("/tracked"))
        #expect(tracked.finalURL == server.url("/final"))

        let loop = await fetchError { _ = try await fetcher.fetch(server.url("/loopA")) }
        #expect(loop == .redirectLoop(server.url("/loopA")))
        let chain = await fetchError { _ = try await fetcher.fetch(server.url("/chain/1")) }
        #expect(chain == .tooManyRedirects(server.url("/chain/1"), count: 3))
    }

    @Test func retries429HonouringRetryAfter() async throws {
        let hits = Counter()
        let server = try await TestServer.start { server in
            await server.appendRoute("GET /busy") { _ in
                await hits.increment() == 1
                    ? .text("slow down", status: .tooManyRequests, headers: ["Retry-After": "1"])
                    : .text("ok")
            }
        }
        defer { Task { await server.stop() } }
        let start = ContinuousClock.now
        let page = try await Fetcher(policy: testPolicy()).fetch(server.url("/busy"))
        let elapsed = ContinuousClock.now - start
        #expect(page.body == Array("ok".utf8))
        #expect(await hits.value == 2)
        #expect(elapsed >= .milliseconds(950))
        #expect(elapsed < .seconds(5))
    }

    @Test func gives503UpAfterRetries() async throws {
        let hits = Counter()
        let server = try await TestServer.start { server in
            await server.appendRoute("GET /down") { _ in
                await hits.increment()
                return .text("down", status: .serviceUnavailable)
            }
        }
        defer { Task { await server.stop() } }
        let error = await fetchError { _ = try await Fetcher(policy: testPolicy()).fetch(server.url("/down")) }
        #expect(error == .httpStatus(server.url("/down"), code: 503))
        #expect(await hits.value == 3)
    }

    @Test func timesOutOnAServerThatNeverAnswers() async throws {
        let server = try await TestServer.start { server in
            await server.appendRoute("GET /slow") { _ in
                try await Task.sleep(for: .seconds(8))
                return .text("too late")
            }
        }
        defer { Task { await server.stop() } }
        let start = ContinuousClock.now
        let error = await fetchError { _ = try await Fetcher(policy: testPolicy(totalTimeout: 0.5)).fetch(server.url("/slow")) }
        #expect(error == .timedOut(server.url("/slow")))
        #expect(ContinuousClock.now - start < .seconds(4))
    }

    @Test func cancellingTheCallerCancelsTheRequest() async throws {
        let server = try await TestServer.start { server in
            await server.appendRoute("GET /slow") { _ in
                try await Task.sleep(for: .seconds(8))
                return .text("too late")
            }
        }
        defer { Task { await server.stop() } }
        let fetcher = Fetcher(policy: testPolicy())
        let url = server.url("/slow")
        let start = ContinuousClock.now
        let task = Task { () async -> FetchError? in await fetchError { _ = try await fetcher.fetch(url) } }
        let expected = FetchError.cancelled(url)
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        #expect(await task.value == expected)
        #expect(ContinuousClock.now - start < .seconds(4))
    }

    @Test func refusesOversizedBodies() async throws {
        let server = try await TestServer.start { server in
            await server.appendRoute("GET /big") { _ in .text(String(repeating: "x", count: 2_000_000)) }
            // 1 077 bytes on the wire, 11 023 once URLSession has decoded it:
            // only the limit checked while streaming catches this one.
            await server.appendRoute("GET /gzipped") { _ in
                HTTPResponse(statusCode: .ok, headers: [HTTPHeader("Content-Type"): "application/xml",
                                                        HTTPHeader("Content-Encoding"): "gzip"],
                             body: Fixtures.sitemapGzip)
            }
        }
        defer { Task { await server.stop() } }
        let big = await fetchError { _ = try await Fetcher(policy: testPolicy(maximumBodyBytes: 100_000)).fetch(server.url("/big")) }
        #expect(big == .tooLarge(server.url("/big"), limit: 100_000))
        let bomb = await fetchError { _ = try await Fetcher(policy: testPolicy(maximumBodyBytes: 5_000)).fetch(server.url("/gzipped")) }
        #expect(bomb == .tooLarge(server.url("/gzipped"), limit: 5_000))
        let decoded = try await Fetcher(policy: testPolicy()).fetch(server.url("/gzipped"))
        #expect(String(decoding: decoded.body, as: UTF8.self) == Fixtures.sitemapText)
    }

    @Test func oneNotFoundInABatchLeavesTheOthers() async throws {
        let server = try await TestServer.start { server in
            await server.appendRoute("GET /page/:n") { request in .text("page \(request.path)") }
        }
        defer { Task { await server.stop() } }
        let fetcher = Fetcher(policy: testPolicy())
        let urls = ["/page/1", "/page/2", "/missing", "/page/3", "/page/4"].map(server.url)
        let results = await withTaskGroup(of: (URL, Result<FetchedPage, FetchError>).self) { group in
            for url in urls {
                group.addTask {
                    do throws(FetchError) { return (url, .success(try await fetcher.fetch(url))) } catch { return (url, .failure(error)) }
                }
            }
            var collected: [URL: Result<FetchedPage, FetchError>] = [:]
            for await (url, result) in group { collected[url] = result }
            return collected
        }
        #expect(results.count == 5)
        for url in urls {
            switch results[url] {
            case .success(let page): #expect(page.body == Array("page \(url.path)".utf8))
            case .failure(let error): #expect(error == .httpStatus(server.url("/missing"), code: 404))
            case nil: Issue.record("no result for \(url)")
            }
        }
        #expect(results.values.filter { (try? $0.get()) == nil }.count == 1)
    }

    @Test func perHostConcurrencyIsCapped() async throws {
        let gauge = Gauge()
        let server = try await TestServer.start { server in
            await server.appendRoute("GET /work/:n") { _ in
                await gauge.enter()
                try await Task.sleep(for: .milliseconds(150))
                await gauge.leave()
                return .text("ok")
            }
        }
        defer { Task { await server.stop() } }
        var policy = testPolicy()
        policy.perHostMaximumConcurrency = 1
        let fetcher = Fetcher(policy: policy)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for n in 0..<3 { group.addTask { _ = try await fetcher.fetch(server.url("/work/\(n)")) } }
            try await group.waitForAll()
        }
        #expect(await gauge.peak == 1)
    }

    @Test func refusesLocalAddressesByDefault() async throws {
        let server = try await TestServer.start { server in
            await server.appendRoute("GET /x") { _ in .text("secret") }
        }
        defer { Task { await server.stop() } }
        let fetcher = Fetcher(policy: FetchPolicy(respectRobotsTxt: false))
        let port = server.base.port!
        for raw in ["http://127.0.0.1:\(port)/x", "http://localhost:\(port)/x", "http://[::1]:\(port)/x", "http://10.0.0.1/"] {
            let url = URL(string: raw)!
            let error = await fetchError { _ = try await fetcher.fetch(url) }
            guard case .blockedAddress(let blocked, _)? = error else {
                Issue.record("\(raw): expected blockedAddress, got \(String(describing: error))")
                continue
            }
            #expect(blocked == url)
        }
        let ftp = URL(string: "ftp://example.com/file")!
        #expect(await fetchError { _ = try await fetcher.fetch(ftp) } == .unsupportedScheme(ftp))
        let hostless = URL(string: "http:///path")!
        #expect(await fetchError { _ = try await fetcher.fetch(hostless) } == .invalidURL(hostless))
    }
}

/// Tracks how many handlers run at once.
actor Gauge {
    private var current = 0
    private(set) var peak = 0
    func enter() { current += 1; peak = max(peak, current) }
    func leave() { current -= 1 }
}
