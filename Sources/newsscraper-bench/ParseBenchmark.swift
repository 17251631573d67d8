import ArgumentParser
import CLibXML2
import Foundation
import NewsScraperHTML

/// How much the document layer adds to libxml2's own parse time.
///
/// Times each variant over the same in-memory pages, interleaved so that
/// noise from other processes on the machine hits all three alike:
/// (a) `htmlReadMemory` + `xmlFreeDoc` called directly, with the encoding
/// the layer would choose; (a') the layer's charset decision alone;
/// (b) `HTMLDocument(bytes:)`; (a2) (a) again, as a noise control;
/// (c) (b) plus one `text` walk of the body.
struct ParseBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Time libxml2 directly against HTMLDocument parsing and text extraction."
    )

    @Option(help: "The folder holding the datasets.")
    var datasets = "../shared/datasets"

    @Option(help: "The dataset to read (its html/*.html.gz files).")
    var set = "article-extraction-benchmark"

    @Option(name: .customLong("repeat"), help: "Timed passes over the corpus per variant; the best and median are reported.")
    var repetitions = 5

    func validate() throws {
        guard repetitions > 0 else { throw ValidationError("--repeat must be at least 1") }
    }

    func run() throws {
        let corpus = try BenchmarkCorpus.load(datasets: datasets, set: set)
        let megabytes = Double(corpus.totalBytes) / 1_000_000
        let sources = Dictionary(grouping: corpus.pages) { page in
            page.withUnsafeBytes { CharsetDetector.decide($0.bindMemory(to: UInt8.self)).source.rawValue }
        }.mapValues(\.count)
        print("charset decisions: \(sources.sorted { $0.key < $1.key })")
        print("\(set): \(corpus.pages.count) pages, \(String(format: "%.1f", megabytes)) MB; \(repetitions) passes each")

        // Decided outside the timing, so (a) measures libxml2 alone.
        let encodings = corpus.pages.map { page in
            page.withUnsafeBytes { CharsetDetector.decide($0.bindMemory(to: UInt8.self)).encoding.uppercased() }
        }

        var checksum = 0
        let variants: [(name: String, pass: () -> Void)] = [
            ("(a) libxml2 htmlReadMemory+xmlFreeDoc", { checksum &+= Self.parseWithLibXML2(corpus.pages, encodings) }),
            ("(a') charset decision only", { checksum &+= Self.decideCharsets(corpus.pages) }),
            ("(b) HTMLDocument(bytes:)", { checksum &+= Self.parseDocuments(corpus.pages, readText: false) }),
            // The same work as (a): how far two runs of one variant drift apart here.
            ("(a2) libxml2 again (noise control)", { checksum &+= Self.parseWithLibXML2(corpus.pages, encodings) }),
            ("(c) HTMLDocument + body.text", { checksum &+= Self.parseDocuments(corpus.pages, readText: true) }),
        ]
        for variant in variants { variant.pass() } // warm-up: caches, allocator, lazy statics

        // Thread CPU time as well as wall time: the machine is shared, and
        // CPU time is what other processes disturb least. The order of the
        // variants rotates every pass so none always runs after another.
        var wall = Array(repeating: [Double](), count: variants.count)
        var cpu = Array(repeating: [Double](), count: variants.count)
        for pass in 0..<repetitions {
            for step in 0..<variants.count {
                let index = (pass + step) % variants.count
                let (wallSeconds, cpuSeconds) = Stopwatch.measure(variants[index].pass)
                wall[index].append(wallSeconds)
                cpu[index].append(cpuSeconds)
            }
        }

        let pages = Double(corpus.pages.count)
        for (index, variant) in variants.enumerated() {
            let bestWall = wall[index].min()!
            let bestCPU = cpu[index].min()!
            let medianCPU = Stopwatch.median(cpu[index])
            let name = variant.name.padding(toLength: 40, withPad: " ", startingAt: 0)
            print(name + String(format: "CPU best %6.1f pages/s %5.1f MB/s %6.3f ms/page, median %6.1f pages/s | wall best %6.1f pages/s %5.1f MB/s",
                                pages / bestCPU, megabytes / bestCPU, bestCPU * 1000 / pages, pages / medianCPU,
                                pages / bestWall, megabytes / bestWall))
        }
        func ratio(_ numerator: Int, _ denominator: Int) -> String {
            String(format: "CPU best %.3f, CPU median %.3f, wall best %.3f",
                   cpu[numerator].min()! / cpu[denominator].min()!,
                   Stopwatch.median(cpu[numerator]) / Stopwatch.median(cpu[denominator]),
                   wall[numerator].min()! / wall[denominator].min()!)
        }
        print("time ratio (b)/(a):  \(ratio(2, 0))")
        print("time ratio (a2)/(a): \(ratio(3, 0))  <- noise floor")
        print("checksum \(checksum)")
    }

    /// The same options `HTMLDocument` passes (see LibXML2Runtime), spelled
    /// out here because the layer keeps them internal.
    static let libxml2Options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue
    )

    static func parseWithLibXML2(_ pages: [Data], _ encodings: [String]) -> Int {
        var parsed = 0
        for (page, encoding) in zip(pages, encodings) {
            page.withUnsafeBytes { raw in
                let chars = raw.bindMemory(to: CChar.self)
                if let document = htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, encoding, libxml2Options) {
                    parsed += 1
                    xmlFreeDoc(document)
                }
            }
        }
        return parsed
    }

    static func decideCharsets(_ pages: [Data]) -> Int {
        var total = 0
        for page in pages {
            total &+= page.withUnsafeBytes { CharsetDetector.decide($0.bindMemory(to: UInt8.self)).encoding.utf8.count }
        }
        return total
    }

    static func parseDocuments(_ pages: [Data], readText: Bool) -> Int {
        var total = 0
        for page in pages {
            guard let document = try? HTMLDocument(bytes: page) else { continue }
            total += readText ? (document.body?.text.utf8.count ?? 0) : 1
        }
        return total
    }
}

