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
        guard containsLineSeparator(json) else { return json }
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

    /// Whether the text holds U+2028, U+2029 or U+0085, found by their UTF-8 bytes
    /// (E2 80 A8, E2 80 A9, C2 85): a byte scan of every row instead of a scalar decode.
    static func containsLineSeparator(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { containsLineSeparator($0) }
    }

    /// ``containsLineSeparator(_:)`` over UTF-8 bytes. Rows are mostly ASCII, which holds none
    /// of these: eight bytes without a high bit are passed at once.
    static func containsLineSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        while index + 1 < bytes.count {
            if index + 8 <= bytes.count,
               UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte == 0xC2, bytes[index + 1] == 0x85 { return true }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
               bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                return true
            }
            index += 1
        }
        return false
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

/// Writes an ``ArticleRow`` as one compact JSON object, byte for byte what
/// `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` writes for it,
/// without building the encoder's intermediate tree: encoding was a twentieth
/// of the whole `extract` run. Rows it does not cover (a crawl's requested
/// and final URLs, `extra` keys beyond ASCII, whose sort order it does not
/// copy) return nil and go through the encoder.
enum ArticleRowJSON {
    /// The row's UTF-8 bytes: written out as they are, without a String of the whole row.
    static func encodedBytes(_ row: ArticleRow) -> [UInt8]? {
        let article = row.article
        guard row.url == nil, row.finalURL == nil,
              article.extra.keys.allSatisfy({ key in key.utf8.allSatisfy { $0 < 0x80 } }) else { return nil }
        var json = JSONText()
        json.open("{")
        if let body = row.articleBody { json.key("articleBody"); json.string(body) }
        json.key("authors")
        json.array(article.authors) { json, author in
            json.open("{")
            json.key("name"); json.string(author.name)
            if let url = author.url { json.key("url"); json.string(url.absoluteString) }
            json.close("}")
        }
        json.key("blocks")
        json.array(article.blocks) { json, block in json.block(block) }
        json.key("canonicalURL"); json.optionalString(article.canonicalURL?.absoluteString)
        json.key("direction"); json.optionalString(article.direction?.rawValue)
        json.key("extra"); json.object(article.extra) { json, value in json.string(value) }
        if let id = row.id { json.key("id"); json.string(id) }
        json.key("language"); json.optionalString(article.language)
        json.key("leadImage")
        if let image = article.leadImage { json.image(image) } else { json.raw("null") }
        json.key("modified"); json.optionalString(article.modified?.iso8601)
        json.key("modifiedRaw"); json.optionalString(article.modified?.raw)
        json.key("provenance")
        json.object(Dictionary(uniqueKeysWithValues: article.provenance.map { ($0.key.rawValue, $0.value) })) { json, value in
            json.open("{")
            if let detail = value.detail { json.key("detail"); json.string(detail) }
            json.key("extractor"); json.string(value.extractor)
            json.key("source"); json.string(value.source.rawValue)
            json.close("}")
        }
        json.key("published"); json.optionalString(article.published?.iso8601)
        json.key("publishedRaw"); json.optionalString(article.published?.raw)
        json.key("section"); json.optionalString(article.section)
        json.key("siteName"); json.optionalString(article.siteName)
        json.key("summary"); json.optionalString(article.summary)
        json.key("tags"); json.array(article.tags) { json, tag in json.string(tag) }
        json.key("text"); json.string(article.text)
        json.key("title"); json.optionalString(article.title)
        json.key("url"); json.optionalString(article.url?.absoluteString)
        json.key("validation")
        json.open("{")
        json.key("isArticle"); json.raw(article.validation.isArticle ? "true" : "false")
        json.key("issues")
        json.array(article.validation.issues) { json, issue in
            json.open("{")
            json.key("code"); json.string(issue.code)
            if let field = issue.field { json.key("field"); json.string(field.rawValue) }
            json.key("message"); json.string(issue.message)
            json.key("severity"); json.string(issue.severity.rawValue)
            json.close("}")
        }
        json.close("}")
        json.close("}")
        return json.utf8
    }
}

/// JSON text built in one byte buffer: commas between members come from
/// whether the current object or array has had one yet.
private struct JSONText {
    private var bytes: [UInt8] = []
    private var needsComma = false

    init() { bytes.reserveCapacity(16_384) }

    var utf8: [UInt8] { bytes }

    mutating func open(_ bracket: Unicode.Scalar) {
        separate()
        bytes.append(UInt8(ascii: bracket))
        needsComma = false
    }

    mutating func close(_ bracket: Unicode.Scalar) {
        bytes.append(UInt8(ascii: bracket))
        needsComma = true
    }

    mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func raw(_ literal: String) {
        separate()
        bytes.append(contentsOf: literal.utf8)
        needsComma = true
    }

    mutating func string(_ value: String) {
        separate()
        appendQuoted(value)
        needsComma = true
    }

    mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { raw("null") }
    }

    mutating func array<Element>(_ elements: [Element], _ write: (inout JSONText, Element) -> Void) {
        open("[")
        for element in elements { write(&self, element) }
        close("]")
    }

    /// An object with its keys in `JSONEncoder`'s sorted order (code-point order for the ASCII keys written here).
    mutating func object<Value>(_ members: [String: Value], _ write: (inout JSONText, Value) -> Void) {
        open("{")
        for (name, value) in members.sorted(by: { $0.key < $1.key }) {
            key(name)
            write(&self, value)
        }
        close("}")
    }

    mutating func block(_ block: Block) {
        open("{")
        switch block {
        case let .paragraph(text):
            key("text"); string(text)
            key("type"); string("paragraph")
        case let .heading(level, text):
            key("level"); raw(String(level))
            key("text"); string(text)
            key("type"); string("heading")
        case let .list(items, ordered):
            key("items"); array(items) { json, item in json.string(item) }
            key("ordered"); raw(ordered ? "true" : "false")
            key("type"); string("list")
        case let .quote(text, attribution):
            if let attribution { key("attribution"); string(attribution) }
            key("text"); string(text)
            key("type"); string("quote")
        case let .table(rows):
            key("rows"); array(rows) { json, row in json.array(row) { json, cell in json.string(cell) } }
            key("type"); string("table")
        case let .image(image):
            key("image"); self.image(image)
            key("type"); string("image")
        case let .preformatted(text):
            key("text"); string(text)
            key("type"); string("preformatted")
        }
        close("}")
    }

    mutating func image(_ image: ArticleImage) {
        open("{")
        if let caption = image.caption { key("caption"); string(caption) }
        if let credit = image.credit { key("credit"); string(credit) }
        if let height = image.height { key("height"); raw(String(height)) }
        key("url"); string(image.url.absoluteString)
        if let width = image.width { key("width"); raw(String(width)) }
        close("}")
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    /// A string quoted as `JSONEncoder` quotes it: `"` and `\` escaped, control
    /// characters as `\b \t \n \f \r` or `\u00xx` (lowercase hex), nothing else.
    private mutating func appendQuoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            // Runs of bytes that need no escape are copied at once; eight bytes that hold none
            // (nearly all of a body's text) are passed at once.
            var runStart = 0
            var index = 0
            while index < utf8.count {
                if index + 8 <= utf8.count,
                   !Self.mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    appendEscaped(byte)
                    runStart = index + 1
                }
                index += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether eight bytes may hold one that is escaped: a byte below 0x20, `"` or `\`. The
    /// classic word tests (a byte below n; a zero byte, after an XOR with the byte sought) can
    /// report a byte that is not there, never miss one: a report only sends the bytes one by one.
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highBits != 0 }
        return (word &- 0x20 &* ones) & ~word & highBits != 0 || hasZeroByte(word ^ (0x22 &* ones))
            || hasZeroByte(word ^ (0x5C &* ones))
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x00..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        default: bytes.append(byte)
        }
    }
}
