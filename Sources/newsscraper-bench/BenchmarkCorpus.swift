import ArgumentParser
import Foundation

/// The pages of one dataset, decompressed into memory before any timing.
struct BenchmarkCorpus {
    let pages: [Data]
    var totalBytes: Int { pages.reduce(0) { $0 + $1.count } }

    /// Reads every `html/*.html.gz` of a dataset. Foundation on Linux has no
    /// gunzip and zlib is not reachable without a new C target, so each file
    /// goes through `gzip -dc`; this happens once, before timing starts.
    static func load(datasets: String, set: String) throws -> BenchmarkCorpus {
        let directory = URL(fileURLWithPath: datasets).appendingPathComponent(set).appendingPathComponent("html")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".html.gz") }
            .sorted()
        guard !names.isEmpty else { throw ValidationError("no html/*.html.gz files in \(directory.path)") }
        let pages = try names.map { try gunzip(directory.appendingPathComponent($0)) }
        return BenchmarkCorpus(pages: pages)
    }

    private static func gunzip(_ file: URL) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
        process.arguments = ["-dc", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("gzip -dc \(file.path) failed with status \(process.terminationStatus)")
        }
        return data
    }
}
