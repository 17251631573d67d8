import Foundation
import NewsScraperCore

/// One page to extract: where its bytes are, and what the user called it.
struct ExtractionInput: Sendable {
    enum Location: Sendable {
        case file(String)
        case standardInput
        case remote(URL)
    }

    let id: String
    let location: Location
    let url: URL?

    /// Reads a manifest: JSON Lines of `{"id", "path", "url"}`; relative paths
    /// are taken relative to the manifest's folder.
    static func manifest(at path: String) throws -> [ExtractionInput] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var inputs: [ExtractionInput] = []
        for (number, line) in lines(of: String(decoding: data, as: UTF8.self)).enumerated() {
            // Rows written by programs start and end with a brace: only others need Foundation's trim.
            let trimmed = line.first == "{" && line.last == "}" ? String(line) : line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any],
                  let file = object["path"] as? String else {
                throw ManifestError(message: "\(path):\(number + 1): expected {\"id\", \"path\", \"url\"}")
            }
            let id = (object["id"] as? String) ?? (object["id"] as? Int).map(String.init) ?? file
            let resolved = file.hasPrefix("/") ? file : folder.appendingPathComponent(file).path
            let url = (object["url"] as? String).flatMap(URL.init(string:))
            inputs.append(ExtractionInput(id: id, location: .file(resolved), url: url))
        }
        return inputs
    }

    /// `text.split(whereSeparator: \.isNewline)`, split at line feed bytes when the text has
    /// no other line break (CR, VT, FF, NEL, U+2028, U+2029): a line feed is always a Character
    /// of its own then, and forming Characters for the whole manifest is skipped.
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        let otherBreak = utf8.contains { $0 == 0x0B || $0 == 0x0C || $0 == 0x0D || $0 == 0x85 || $0 == 0xA8 || $0 == 0xA9 }
        guard !otherBreak else { return text.split(whereSeparator: \.isNewline) }
        return text.nonEmptyLinesAtLineFeedBytes()
    }
}

struct ManifestError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
