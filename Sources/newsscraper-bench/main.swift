import ArgumentParser

// LOCAL ONLY — do not commit: the real root command belongs to another engineer.
struct BenchRoot: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "newsscraper-bench", subcommands: [ExtractBenchmark.self])
}
BenchRoot.main()
