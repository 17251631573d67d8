// Extracts a batch of saved pages to JSON Lines, several pages at a time.
//   swift run batch-example Examples/Batch/manifest.jsonl > articles.jsonl
//
// One `NewsScraper` value serves every task: it is `Sendable`, and each
// page is parsed and read inside the task that handles it.
import Foundation
import NewsScraper

struct ManifestRow: Decodable, Sendable {
    let id: String
    let path: String
    let url: String?
}

struct OutputRow: Encodable {
    let id: String
    let article: Article?
    let error: String?
}

let arguments = CommandLine.arguments.dropFirst()
guard let manifestPath = arguments.first, let manifest = FileManager.default.contents(atPath: manifestPath) else {
    FileHandle.standardError.write(Data("usage: batch-example MANIFEST.jsonl\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: manifestPath).deletingLastPathComponent()
let rows = try String(decoding: manifest, as: UTF8.self).split(whereSeparator: \.isNewline).map {
    try JSONDecoder().decode(ManifestRow.self, from: Data($0.utf8))
}

let scraper = NewsScraper()
let results = await withTaskGroup(of: (Int, OutputRow).self) { group in
    for (index, row) in rows.enumerated() {
        group.addTask {
            let path = row.path.hasPrefix("/") ? row.path : folder.appendingPathComponent(row.path).path
            guard let bytes = FileManager.default.contents(atPath: path) else {
                return (index, OutputRow(id: row.id, article: nil, error: "cannot read \(path)"))
            }
            do {
                let article = try scraper.extract(bytes: bytes, url: row.url.flatMap(URL.init(string:)))
                return (index, OutputRow(id: row.id, article: article, error: nil))
            } catch {
                return (index, OutputRow(id: row.id, article: nil, error: String(describing: error)))
            }
        }
    }
    var results: [(Int, OutputRow)] = []
    for await result in group { results.append(result) }
    return results.sorted { $0.0 < $1.0 }.map(\.1)
}

let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
for row in results {
    FileHandle.standardOutput.write(try encoder.encode(row) + Data("\n".utf8))
}
exit(results.contains { $0.error != nil } ? 1 : 0)
