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
            // JSON Lines rows are written directly, as bytes; pretty-printed JSON goes through the encoder.
            if format == .jsonl, var json = ArticleRowJSON.encodedBytes(row) {
                // A row holding a line separator is rare: it is escaped over a String.
                if json.withUnsafeBufferPointer(JSONLineSafety.containsLineSeparator) {
                    emitRow(String(decoding: json, as: UTF8.self))
                } else {
                    json.append(0x0A)
                    output.write(Data(json))
                }
                return
            }
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
            guard let data = try? encoder.encode(FailureRow(id: id, url: nil, error: message)) else { return }
            emitRow(String(decoding: data, as: UTF8.self))
        case .text, .markdown:
            FileHandle.standardError.write(Data("\(id): error: \(message)\n".utf8))
        }
    }

    func finish() {
        if format == .json && batch { emit(wroteFirst ? "\n]\n" : "[]\n") }
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
