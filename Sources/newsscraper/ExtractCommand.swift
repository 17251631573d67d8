import ArgumentParser
import Foundation
import NewsScraper

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract articles from saved pages.",
        discussion: """
        Inputs are files (.gz files are decompressed), http(s) URLs (fetched politely), - for \
        standard input, or a manifest of \
        JSON Lines {"id", "path", "url"} for batches. Each input's result is written as it \
        finishes; a failed input gives a row with its id and error, and the others go on. \
        Exit status: 0 when every input succeeded, 1 when some failed, 2 on usage errors. \
        JSON Lines rows carry the input's id, and as articleBody the text a reader sees \
        under the headline (the visible lead, then the body), the key benchmark scorers read.
        """
    )

    @Argument(help: "Pages to extract: files, .gz files, http(s) URLs, or - for standard input.")
    var inputs: [String] = []

    @Option(name: .long, help: "A JSON Lines manifest of {\"id\", \"path\", \"url\"} rows.")
    var manifest: String?

    @Option(name: .long, help: "The original URL of a single input page.")
    var url: String?

    @Option(name: .long, help: "Output format: json, jsonl, text or markdown.")
    var format: OutputFormat = .json

    @Option(name: .long, help: "Charset of the input when known (as an HTTP Content-Type would say).")
    var charset: String?

    @Flag(name: .long, help: "Strict validation: warnings count as errors.")
    var strict = false

    @Flag(name: .long, help: "Allow fetching URL inputs from loopback and private addresses.")
    var allowLocalNetwork = false

    @Option(name: .long, help: "Pages extracted at once (results keep the input order).")
    var jobs: Int = 1

    func validate() throws {
        if inputs.isEmpty && manifest == nil {
            throw ValidationError("give at least one input file, - for standard input, or --manifest FILE")
        }
        if url != nil && (inputs.count != 1 || manifest != nil) {
            throw ValidationError("--url applies to a single input file")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let url, URL(string: url)?.scheme == nil {
            throw ValidationError("--url must be an absolute URL, such as https://example.com/news/1")
        }
    }

    func run() async throws {
        var work: [ExtractionInput] = []
        if let manifest {
            do { work += try ExtractionInput.manifest(at: manifest) } catch {
                throw ValidationError("cannot read the manifest: \(error)")
            }
        }
        for input in inputs {
            if input == "-" {
                work.append(ExtractionInput(id: "-", location: .standardInput, url: url.flatMap(URL.init(string:))))
            } else if let remote = URL(string: input), let scheme = remote.scheme, ["http", "https"].contains(scheme) {
                work.append(ExtractionInput(id: input, location: .remote(remote), url: remote))
            } else {
                work.append(ExtractionInput(id: input, location: .file(input), url: url.flatMap(URL.init(string:))))
            }
        }
        let scraper = NewsScraper(validator: ArticleValidator(policy: strict ? .strict : .standard))
        let writer = ResultWriter(format: format, batch: work.count > 1 || manifest != nil)
        let progress = Progress(total: work.count)
        // A fetcher opens a URLSession; batches of saved pages need none.
        let needsFetching = work.contains { if case .remote = $0.location { true } else { false } }
        let fetcher = needsFetching ? Fetcher(policy: FetchPolicy(allowLocalNetwork: allowLocalNetwork)) : nil
        var failures = 0
        let charset = self.charset
        // Results are written in input order; at most `jobs` pages are in flight.
        await withTaskGroup(of: (Int, Result<Article, any Error>).self) { group in
            var next = 0
            var finished: [Int: Result<Article, any Error>] = [:]
            var written = 0
            func start(_ index: Int) {
                let input = work[index]
                group.addTask {
                    do {
                        let page = try await PageReader.bytes(of: input, fetcher: fetcher)
                        return (index, .success(try scraper.extract(bytes: page.bytes, url: page.url,
                                                                    charsetHint: charset ?? page.charset)))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            while next < min(jobs, work.count) { start(next); next += 1 }
            for await (index, result) in group {
                finished[index] = result
                if next < work.count { start(next); next += 1 }
                while let result = finished.removeValue(forKey: written) {
                    switch result {
                    case let .success(article): writer.write(article, id: work[written].id)
                    case let .failure(error):
                        failures += 1
                        writer.writeFailure(id: work[written].id, error: error)
                    }
                    written += 1
                    progress.advance()
                }
            }
        }
        writer.finish()
        progress.finish()
        if failures > 0 { throw ExitCode(1) }
    }
}
