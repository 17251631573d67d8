import Foundation

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
        for (number, line) in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
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
}

struct ManifestError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
