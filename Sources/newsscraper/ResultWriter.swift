import Foundation
import NewsScraper

/// Writes results to standard output in the chosen format, as they come.
final class ResultWriter {
    private let format: OutputFormat
    private let batch: Bool
    private var wroteFirst = false
    private let encoder: JSONEncoder
    private let output = FileHandle.standardOutput

    init(format: OutputFormat, batch: Bool) {
        self.format = format
        self.batch = batch
        encoder = JSONEncoder()
        encoder.outputFormatting = format == .json ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
    }

    func write(_ article: Article, id: String) {
        switch format {
        case .json, .jsonl:
            let row = ArticleRow(article: article, id: batch || format == .jsonl ? id : nil,
                                 articleBody: format == .jsonl ? article.readableText : nil)
            guard let data = try? encoder.encode(row) else { return }
            emitRow(String(decoding: data, as: UTF8.self))
        case .text:
            var text = ""
            if batch { text += "==> \(id) <==\n" }
            if let title = article.title { text += title + "\n\n" }
            text += article.text + "\n"
            if batch { text += "\n" }
            emit(text)
        case .markdown:
            emit((batch ? "<!-- \(id) -->\n" : "") + ArticleRenderer.markdown(article) + (batch ? "\n" : ""))
        }
    }

    func writeFailure(id: String, error: any Error) {
        let message = String(describing: error)
        switch format {
        case .json, .jsonl:
            emitJSON(["id": id, "error": message])
        case .text, .markdown:
            FileHandle.standardError.write(Data("\(id): error: \(message)\n".utf8))
        }
    }

    func finish() {
        if format == .json && batch { emit(wroteFirst ? "\n]\n" : "[]\n") }
    }

    private func emitJSON(_ object: [String: Any]) {
        var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if format == .json { options.insert(.prettyPrinted) }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: options) else { return }
        emitRow(String(decoding: data, as: UTF8.self))
    }

    private func emitRow(_ row: String) {
        let text = JSONLineSafety.escapeLineSeparators(row)
        if format == .json && batch {
            emit((wroteFirst ? ",\n" : "[\n") + text)
            wroteFirst = true
        } else {
            emit(text + "\n")
        }
    }

    private func emit(_ text: String) {
        output.write(Data(text.utf8))
    }
}

/// An article with the row fields a batch adds: the input's id, and the body
/// again as `articleBody`, the key benchmark scorers read. Encoded into the
/// article's own JSON object, without a second serialisation pass.
struct ArticleRow: Encodable {
    let article: Article
    let id: String?
    let articleBody: String?

    private enum CodingKeys: String, CodingKey {
        case id, articleBody
    }

    func encode(to encoder: any Encoder) throws {
        try article.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(articleBody, forKey: .articleBody)
    }
}

/// A progress line on standard error, only when it is a terminal and there is a batch.
final class Progress {
    private let total: Int
    private var done = 0
    private let enabled: Bool

    init(total: Int) {
        self.total = total
        enabled = total > 1 && isatty(STDERR_FILENO) == 1
    }

    func advance() {
        done += 1
        guard enabled, done % 10 == 0 || done == total else { return }
        FileHandle.standardError.write(Data("\r\(done)/\(total) pages".utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

/// JSON allows U+2028, U+2029 and U+0085 raw inside strings, but line-based
/// readers (Python's `splitlines`, among others) break JSON Lines rows there.
enum JSONLineSafety {
    static func escapeLineSeparators(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{85}" }) else {
            return json
        }
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            switch scalar {
            case "\u{2028}": result.append(contentsOf: "\\u2028".unicodeScalars)
            case "\u{2029}": result.append(contentsOf: "\\u2029".unicodeScalars)
            case "\u{85}": result.append(contentsOf: "\\u0085".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
