import Foundation
import Testing

/// The runnable examples run offline and do what their comments say.
@Suite struct ExamplesTests {
    static func executable(_ name: String) throws -> URL {
        let newsscraper = try CLI.executable()
        return newsscraper.deletingLastPathComponent().appendingPathComponent(name)
    }

    static func run(_ name: String, _ arguments: [String]) async throws -> CLI.Run {
        let url = try executable(name)
        return try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result {
                    let process = Process()
                    process.executableURL = url
                    process.arguments = arguments
                    process.currentDirectoryURL = CLI.packageRoot
                    let output = Pipe(), errors = Pipe()
                    process.standardOutput = output
                    process.standardError = errors
                    try process.run()
                    let out = output.fileHandleForReading.readDataToEndOfFile()
                    let err = errors.fileHandleForReading.readDataToEndOfFile()
                    process.waitUntilExit()
                    return CLI.Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                                   stderr: String(decoding: err, as: UTF8.self))
                })
            }
        }
    }

    @Test func batchExampleWritesOneRowPerPageInOrder() async throws {
        let run = try await Self.run("batch-example", ["Examples/Batch/manifest.jsonl"])
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(rows.map { $0["id"] as? String } == ["river-cleanup", "metro-bridge", "rt-arabic-water", "rt-german-opinion"])
        let arabic = try #require(rows[2]["article"] as? [String: Any])
        #expect(arabic["direction"] as? String == "rtl")
    }

    @Test func localCrawlExampleCrawlsItsOwnSite() async throws {
        let run = try await Self.run("local-crawl-example", [])
        #expect(run.status == 0, "\(run.stderr)")
        let titles = run.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String])?["title"]
        }
        #expect(Set(titles) == ["New ferry timetable cuts crossing waits", "Lighthouse opens its doors for one weekend",
                                "Fish market to move to the old customs house"])
        #expect(run.stderr.contains("skipped (robots.txt)"))
    }

    @Test func customExtractorExampleRuns() async throws {
        let run = try await Self.run("daily-planet-example", ["Examples/CustomExtractor/Tests/Fixtures/daily-planet-story.html"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Metro bridge reopens after two years of repairs\nLois Lane"))
    }
}
