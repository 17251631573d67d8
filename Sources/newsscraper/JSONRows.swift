import ArgumentParser
import Foundation
import NewsScraper

/// An article with the fields a row of output adds: the input's id, the text
/// benchmark scorers read as `articleBody`, and for crawls the URL that was
/// requested (replacing the article's own, final, URL under `url`) with the
/// final URL beside it. Encoded into the article's own JSON object, in one pass.
struct ArticleRow: Encodable {
    let article: Article
    var id: String?
    var articleBody: String?
    var url: String?
    var finalURL: String?

    private enum CodingKeys: String, CodingKey {
        case id, articleBody, url, finalURL
    }

    func encode(to encoder: any Encoder) throws {
        try article.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(articleBody, forKey: .articleBody)
        try container.encodeIfPresent(url, forKey: .url)
        try container.encodeIfPresent(finalURL, forKey: .finalURL)
    }
}

/// A row for an input that gave no article.
struct FailureRow: Encodable {
    let id: String?
    let url: String?
    let error: String
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

/// Appends JSON Lines rows to a file, or writes them to standard output.
final class JSONLinesSink {
    private let handle: FileHandle
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    init(path: String?) throws {
        guard let path else {
            handle = FileHandle.standardOutput
            return
        }
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw ValidationError("cannot write to \(path)")
        }
        handle.seekToEndOfFile()
        self.handle = handle
    }

    func write(_ row: some Encodable) {
        guard let data = try? encoder.encode(row) else { return }
        handle.write(Data((JSONLineSafety.escapeLineSeparators(String(decoding: data, as: UTF8.self)) + "\n").utf8))
    }
}
