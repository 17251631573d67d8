/// A parsed `Content-Type` header value.
struct ContentType: Sendable, Equatable {
    var mediaType: String?
    var charset: String?

    init(_ header: String?) {
        guard let header else { return }
        let parts = header.split(separator: ";")
        if let type = parts.first?.trimmingCharacters(in: .whitespaces).lowercased(), !type.isEmpty {
            mediaType = type
        }
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if !value.isEmpty { charset = value }
        }
    }
}

import Foundation
