import ArgumentParser

/// Benchmarks for NewsScraper. Each benchmark is a subcommand in its own
/// file; add new ones to `subcommands` below.
///
/// Started by a top-level call rather than `@main`: Swift does not allow
/// `@main` in a file named main.swift.
struct NewsScraperBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsscraper-bench",
        abstract: "Measure NewsScraper's speed and accuracy on the shared datasets.",
        subcommands: [ParseBenchmark.self, ExtractBenchmark.self]
    )
}

NewsScraperBench.main()
