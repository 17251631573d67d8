import Foundation
import Testing

/// Runs the built `newsscraper` executable, as users do.
enum CLI {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let examplePage = packageRoot.appendingPathComponent("Examples/Pages/example-article.html")

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func executable() throws -> URL {
        // The test bundle sits next to the products of the same build.
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("newsscraper")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        for configuration in ["debug", "release"] {
            let candidate = packageRoot.appendingPathComponent(".build/\(configuration)/newsscraper")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw CocoaError(.fileNoSuchFile)
    }

    static func run(_ arguments: [String], stdin: Data? = nil) throws -> Run {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                   stderr: String(decoding: err, as: UTF8.self))
    }

    /// Runs the executable off the cooperative thread pool, which the test's
    /// own server needs (a blocking wait there can starve it on a 2-core machine).
    static func runDetached(_ arguments: [String]) async throws -> Run {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try run(arguments) })
            }
        }
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsscraper-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

@Suite struct ExtractCommandTests {
    static let examplePage = CLI.examplePage
    static func run(_ arguments: [String], stdin: Data? = nil) throws -> CLI.Run { try CLI.run(arguments, stdin: stdin) }
    func temporaryFolder() throws -> URL { try CLI.temporaryFolder() }

    @Test func extractsOnePageAsJSON() throws {
        let run = try Self.run(["extract", Self.examplePage.path, "--url", "https://news.example.com/world/1"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Volunteers pull two tonnes of waste from the Ashford river")
        #expect((object["text"] as? String)?.contains("piano stool") == true)
    }

    @Test func manifestBatchReportsFailuresPerInputAndGoesOn() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gzipped = folder.appendingPathComponent("page.html.gz")
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["sh", "-c", "gzip -c '\(Self.examplePage.path)' > '\(gzipped.path)'"]
        try gzip.run()
        gzip.waitUntilExit()
        try Data().write(to: folder.appendingPathComponent("empty.html"))
        let manifest = """
        {"id": "plain", "path": "\(Self.examplePage.path)", "url": "https://news.example.com/a/1"}
        {"id": "zipped", "path": "page.html.gz", "url": "https://news.example.com/a/2"}
        {"id": "empty", "path": "empty.html", "url": "https://news.example.com/a/3"}
        {"id": "missing", "path": "nowhere.html", "url": "https://news.example.com/a/4"}
        """
        let manifestURL = folder.appendingPathComponent("manifest.jsonl")
        try Data(manifest.utf8).write(to: manifestURL)
        let run = try Self.run(["extract", "--format", "jsonl", "--manifest", manifestURL.path])
        #expect(run.status == 1)
        let rows = run.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(rows.map { $0["id"] as? String } == ["plain", "zipped", "empty", "missing"])
        #expect((rows[0]["articleBody"] as? String)?.hasSuffix(rows[0]["text"] as? String ?? "-") == true)
        #expect((rows[1]["title"] as? String) == (rows[0]["title"] as? String))
        #expect((rows[2]["error"] as? String)?.contains("empty") == true)
        #expect(rows[3]["error"] != nil)
    }

    @Test func parallelJobsKeepTheManifestOrder() throws {
        let manifest = CLI.packageRoot.appendingPathComponent("Examples/Batch/manifest.jsonl").path
        let sequential = try Self.run(["extract", "--format", "jsonl", "--manifest", manifest])
        let parallel = try Self.run(["extract", "--format", "jsonl", "--jobs", "3", "--manifest", manifest])
        #expect(parallel.status == 0)
        #expect(parallel.stdout == sequential.stdout)
        #expect(parallel.stdout.split(separator: "\n").count == 4)
    }

    @Test func jsonLinesRowsNeverContainRawLineSeparators() throws {
        // Preformatted text keeps the separators as they are (in prose they separate words).
        let page = "<html><body><h1>Title</h1><p>Line\u{2028}separator and\u{2029}paragraph separator in prose.</p>"
            + "<pre>Line\u{2028}separator and\u{2029}paragraph separator in code.</pre></body></html>"
        let run = try Self.run(["extract", "--format", "jsonl", "-"], stdin: Data(page.utf8))
        #expect(run.status == 0)
        #expect(run.stdout.split(whereSeparator: \.isNewline).count == 1)
        #expect(run.stdout.contains("\\u2028"))
        #expect(run.stdout.contains("\\u2029"))
        let row = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let body = try #require(row["articleBody"] as? String)
        #expect(body.contains("Line\u{2028}separator and\u{2029}paragraph separator in code."))
        #expect(body.contains("Line separator and paragraph separator in prose."))
    }

    @Test func readsStandardInput() throws {
        let run = try Self.run(["extract", "--format", "text", "-"], stdin: try Data(contentsOf: Self.examplePage))
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Volunteers pull two tonnes of waste from the Ashford river\n"))
    }

    @Test func markdownFormat() throws {
        let run = try Self.run(["extract", "--format", "markdown", Self.examplePage.path])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("# Volunteers pull two tonnes"))
        #expect(run.stdout.contains("## Trolleys, tyres and a piano stool"))
    }

    @Test(arguments: [["extract"], ["extract", "--format", "yaml", "x.html"], ["extract", "a", "b", "--url", "https://x"],
                      ["frobnicate"]])
    func usageErrorsExitWithTwo(arguments: [String]) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 2)
        #expect(!run.stderr.isEmpty)
    }
}
