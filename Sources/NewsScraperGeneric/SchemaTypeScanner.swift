import NewsScraperHTML

/// Reads the schema.org `@type` names a page declares in its JSON-LD blocks,
/// without parsing the JSON: page-kind judgement needs only the names, and a
/// plain scan also survives the invalid JSON many sites publish. (Full
/// JSON-LD metadata is read elsewhere.)
enum SchemaTypeScanner {
    /// The `@type` names in the given `<script type="application/ld+json">` elements.
    static func types(in scripts: [HTMLNode]) -> Set<String> {
        var names = Set<String>()
        for script in scripts { scan(script.textContent, into: &names) }
        return names
    }

    /// Whether a `<script>` element holds JSON-LD.
    static func isJSONLD(_ node: HTMLNode) -> Bool {
        guard let type = node.attribute("type") else { return false }
        // ASCII values (all real ones) are searched over bytes, ignoring case; others as before.
        guard type.utf8.allSatisfy({ $0 < 0x80 }) else { return type.lowercased().contains("ld+json") }
        let bytes = type.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let wanted = Array("ld+json".utf8)
        guard bytes.count >= wanted.count else { return false }
        return (0...(bytes.count - wanted.count)).contains { start in
            bytes[start..<(start + wanted.count)].elementsEqual(wanted)
        }
    }

    /// Finds each `"@type"` key and reads the string, or array of strings, after its colon.
    static func scan(_ text: String, into names: inout Set<String>) {
        let bytes = Array(text.utf8)
        let key = Array("\"@type\"".utf8)
        var index = 0
        while index + key.count <= bytes.count {
            guard bytes[index] == UInt8(ascii: "\""), bytes[index..<(index + key.count)].elementsEqual(key) else {
                index += 1
                continue
            }
            index += key.count
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: ":")
                || bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\t") || bytes[index] == UInt8(ascii: "\r") {
                index += 1
            }
            let inArray = index < bytes.count && bytes[index] == UInt8(ascii: "[")
            // Read quoted strings until the value (or array) ends.
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let start = index + 1
                    var end = start
                    while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                    if end > start, end - start < 80 {
                        var name = String(decoding: bytes[start..<end], as: UTF8.self)
                        // "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
                        if let slash = name.lastIndex(where: { $0 == "/" || $0 == ":" }) {
                            name = String(name[name.index(after: slash)...])
                        }
                        names.insert(name)
                    }
                    index = end + 1
                    if !inArray { break }
                } else if byte == UInt8(ascii: "]") || (!inArray && byte != UInt8(ascii: "[")) {
                    break
                } else {
                    index += 1
                }
            }
        }
    }
}
