import ArgumentParser
import Foundation
import NewsScraper

/// `newsscraper-bench extract`: runs the library in-process over a benchmark
/// set and prints the figures the shared scorers would print (body shingle
/// F1, title, authors, day, article/non-article agreement), plus speed and
/// memory, so a change can be judged in one command.
struct ExtractBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Score body and metadata extraction on a benchmark set.",
        discussion: """
        Pages are decompressed before their extraction is timed; pages/s counts extraction only. \
        wcxb-dev is split into halves by the parity of the id's last digit (dev-0001 is odd), \
        so one half can be tuned on and the other checked.
        """
    )

    enum PageTypeFilter: String, ExpressibleByArgument { case article, all }
    enum Half: String, ExpressibleByArgument { case even, odd, all }

    @Option(help: "The folder holding the benchmark sets.")
    var datasets = "../shared/datasets"

    @Option(help: "article-extraction-benchmark or wcxb-dev.")
    var set = "article-extraction-benchmark"

    @Option(name: .customLong("page-type"), help: "article: only pages whose pageType is article (wcxb-dev).")
    var pageType: PageTypeFilter = .all

    @Option(help: "even, odd or all: which half of the pages to run.")
    var half: Half = .all

    @Option(help: "List the N pages with the lowest body F1.")
    var worst = 0

    @Option(help: "Write one JSON line per page (id, articleBody, title, authors, published, isArticle).")
    var out: String?

    @Option(name: .customLong("page-kind-features"),
            help: "Write one JSON line per page with the page-kind model's features and whether the page is an article.")
    var pageKindFeatures: String?

    @Option(name: .customLong("only"), help: "Run only these page ids (comma-separated).")
    var only: String?

    @Flag(help: "Print how the body was chosen on each page (use with --only).")
    var explain = false

    func run() throws {
        let folder = URL(fileURLWithPath: datasets).appendingPathComponent(set)
        let truthData = try Data(contentsOf: folder.appendingPathComponent("ground-truth.json"))
        guard let truth = try JSONSerialization.jsonObject(with: truthData) as? [String: [String: Any]] else {
            throw ValidationError("ground-truth.json is not an object of objects")
        }
        let wanted = only.map { Set($0.split(separator: ",").map(String.init)) }
        let ids = truth.keys.sorted().filter { id in
            if let wanted, !wanted.contains(id) { return false }
            if pageType == .article, let type = truth[id]?["pageType"] as? String, type != "article" { return false }
            return half == .all || (Self.isEven(id) == (half == .even))
        }
        let scraper = NewsScraper()
        let output = out.map { FileManager.default.createFile(atPath: $0, contents: nil) ? FileHandle(forWritingAtPath: $0) : nil } ?? nil
        var pages: [(id: String, counts: ShingleScorer.PageCounts)] = []
        var metadata = MetadataScorer()
        let featureOutput = pageKindFeatures.map {
            FileManager.default.createFile(atPath: $0, contents: nil) ? FileHandle(forWritingAtPath: $0) : nil
        } ?? nil
        var kindPages = 0, kindAgreements = 0
        var extractionTime = Duration.zero
        var failures: [String] = []
        let clock = ContinuousClock()

        for id in ids {
            let entry = truth[id] ?? [:]
            let bytes = try Self.decompress(folder.appendingPathComponent("html/\(id).html.gz").path)
            let url = (entry["url"] as? String).flatMap(URL.init(string:))
            var article: Article?
            let start = clock.now
            do { article = try scraper.extract(bytes: bytes, url: url) } catch { failures.append(id) }
            extractionTime += clock.now - start

            let body = article?.readableText ?? ""
            pages.append((id, ShingleScorer.counts(expected: entry["articleBody"] as? String ?? "", predicted: body)))
            let authors = article?.authors.map(\.name) ?? []
            let published = article?.published?.iso8601
            if entry["title"] != nil || entry["publishDate"] != nil || entry["author"] != nil {
                metadata.add(expectedTitle: entry["title"] as? String, expectedAuthor: entry["author"] as? String,
                             expectedDay: entry["publishDate"] as? String, title: article?.title, authors: authors,
                             published: published)
            }
            if explain, let document = try? HTMLDocument(bytes: bytes, url: url) {
                print("== \(id)\n" + GenericExtractor.explain(document))
            }
            if let featureOutput, let document = try? HTMLDocument(bytes: bytes, url: url) {
                // The article benchmark has no page types: every page of it is an article.
                let row: [String: Any] = ["id": id, "isArticle": (entry["pageType"] as? String ?? "article") == "article",
                                          "features": GenericExtractor.pageKindFeatures(of: document, url: url)]
                featureOutput.write(try JSONSerialization.data(withJSONObject: row, options: [.sortedKeys]) + Data("\n".utf8))
            }
            let isArticle = article?.validation.isArticle ?? false
            if let type = entry["pageType"] as? String {
                kindPages += 1
                if isArticle == (type == "article") { kindAgreements += 1 }
            }
            if let output {
                var row: [String: Any] = ["id": id, "articleBody": body, "authors": authors, "isArticle": isArticle]
                row["title"] = article?.title ?? NSNull()
                row["published"] = published ?? NSNull()
                // Which element the body was read from ("body" for a whole-body read): for tuning.
                row["bodyFrom"] = article?.provenance[.body]?.detail ?? NSNull()
                let json = try JSONSerialization.data(withJSONObject: row, options: [.sortedKeys, .withoutEscapingSlashes])
                // Python's str.splitlines() (score.py reads JSON Lines with it) also breaks lines at
                // U+2028, U+2029 and U+0085, which JSON leaves unescaped: escape them.
                let line = String(decoding: json, as: UTF8.self).replacingOccurrences(of: "\u{2028}", with: "\\u2028")
                    .replacingOccurrences(of: "\u{2029}", with: "\\u2029").replacingOccurrences(of: "\u{85}", with: "\\u0085")
                output.write(Data((line + "\n").utf8))
            }
        }
        try output?.close()
        try featureOutput?.close()
        report(pages: pages, metadata: metadata, kind: (kindAgreements, kindPages), time: extractionTime,
               failures: failures, truth: truth)
    }

    private func report(pages: [(id: String, counts: ShingleScorer.PageCounts)], metadata: MetadataScorer,
                        kind: (agreements: Int, pages: Int), time: Duration, failures: [String],
                        truth: [String: [String: Any]]) {
        func f(_ value: Double) -> String { String(format: "%.4f", value) }
        let summary = ShingleScorer.summarize(pages.map(\.counts))
        if worst > 0 {
            print("    F1   prec recall  id  (pageType)")
            for page in pages.sorted(by: { $0.counts.f1 < $1.counts.f1 }).prefix(worst) {
                let type = truth[page.id]?["pageType"] as? String ?? ""
                print(String(format: "%6.3f %6.3f %6.3f  ", page.counts.f1, page.counts.precision, page.counts.recall)
                    + page.id + (type.isEmpty ? "" : "  (\(type))"))
            }
        }
        print("set \(set)  page-type \(pageType.rawValue)  half \(half.rawValue)")
        print("body      pages \(summary.pages)  F1 \(f(summary.f1))  precision \(f(summary.precision))  recall \(f(summary.recall))")
        // A set of several kinds of page is scored kind by kind too: the overall figure hides which kind fails.
        let byType = Dictionary(grouping: pages) { truth[$0.id]?["pageType"] as? String ?? "" }
        if byType.count > 1 {
            for (type, typed) in byType.sorted(by: { $0.key < $1.key }) {
                let part = ShingleScorer.summarize(typed.map(\.counts))
                print("  " + type.padding(toLength: 14, withPad: " ", startingAt: 0)
                      + "pages \(part.pages)  F1 \(f(part.f1))  precision \(f(part.precision))  recall \(f(part.recall))")
            }
        }
        if metadata.titlePages > 0 {
            print("title     exact \(f(metadata.titleExactRate)) (n=\(metadata.titlePages))")
            print("authors   F1 \(f(metadata.authorF1))  P \(f(metadata.authorPrecision))  R \(f(metadata.authorRecall)) (n=\(metadata.authorPages))  false \(f(metadata.falseAuthorRate)) (n=\(metadata.authorlessPages))")
            print("date      day accuracy \(f(metadata.dayAccuracy)) (n=\(metadata.datedPages))  false \(f(metadata.falseDateRate)) (n=\(metadata.undatedPages))")
        }
        if kind.pages > 0 {
            print("isArticle agreement \(f(Double(kind.agreements) / Double(kind.pages))) (n=\(kind.pages))")
        }
        let seconds = Double(time.components.seconds) + Double(time.components.attoseconds) / 1e18
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        print(String(format: "speed     %.1f pages/s (%.2f s extracting)  peak RSS %.0f MB", Double(pages.count) / max(seconds, 1e-9),
                     seconds, Double(usage.ru_maxrss) / 1024))
        if !failures.isEmpty { print("failed    \(failures.count): \(failures.prefix(10).joined(separator: " "))") }
    }

    /// Halves by the parity of the id's last hexadecimal digit: stable, and for
    /// `dev-NNNN` ids the parity of the page number.
    static func isEven(_ id: String) -> Bool {
        guard let digit = id.last(where: \.isHexDigit)?.hexDigitValue else { return true }
        return digit % 2 == 0
    }

    static func decompress(_ path: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
        process.arguments = ["-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("cannot decompress \(path)") }
        return [UInt8](data)
    }
}
