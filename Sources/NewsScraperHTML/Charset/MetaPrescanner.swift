/// The `<meta>` prescan of the HTML standard, over the first 1024 bytes:
/// finds `<meta charset=…>` or `<meta http-equiv="content-type" content="…charset=…">`,
/// skipping comments and the attributes of other tags (so a `<meta` inside an
/// attribute value is not read).
enum MetaPrescanner {
    static let window = 1024

    /// The first declared label that `isKnown` accepts. As in browsers, a
    /// declaration with an unknown label is passed over and the prescan goes
    /// on, so a later valid `<meta>` still counts.
    static func declaredCharset(in bytes: UnsafeBufferPointer<UInt8>,
                                isKnown: (String) -> Bool = { CharsetLabels.canonicalName(for: $0) != nil })
        -> String? {
        let end = min(bytes.count, window)
        var index = 0
        while index < end {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            if matches(bytes, at: index, "<!--") {
                index = find(bytes, "-->", from: index + 4, end: end).map { $0 + 3 } ?? end
                continue
            }
            if matchesCaseInsensitive(bytes, at: index, "<meta"), index + 5 < end,
               isSpaceOrSlash(bytes[index + 5]) {
                var cursor = index + 5
                var charset: String?
                var httpEquivContentType = false
                var contentCharset: String?
                while let (name, value, next) = attribute(bytes, from: cursor, end: end) {
                    cursor = next
                    switch name {
                    case "charset": if charset == nil { charset = value }
                    case "http-equiv": httpEquivContentType = value.lowercased() == "content-type"
                    case "content": if contentCharset == nil { contentCharset = charsetFromContent(value) }
                    default: break
                    }
                }
                let candidate = (charset?.isEmpty == false) ? charset : (httpEquivContentType ? contentCharset : nil)
                if let candidate, isKnown(candidate) { return candidate }
                index = cursor
                continue
            }
            if index + 1 < end, isASCIILetter(bytes[index + 1])
                || (bytes[index + 1] == UInt8(ascii: "/") && index + 2 < end && isASCIILetter(bytes[index + 2])) {
                var cursor = index + 1
                while cursor < end, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">") { cursor += 1 }
                while let (_, _, next) = attribute(bytes, from: cursor, end: end) { cursor = next }
                index = cursor
                continue
            }
            if index + 1 < end, bytes[index + 1] == UInt8(ascii: "!") || bytes[index + 1] == UInt8(ascii: "/")
                || bytes[index + 1] == UInt8(ascii: "?") {
                index = find(bytes, ">", from: index + 2, end: end).map { $0 + 1 } ?? end
                continue
            }
            index += 1
        }
        return nil
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// Reads one attribute; `nil` at the end of the tag.
    private static func attribute(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int)
        -> (name: String, value: String, next: Int)? {
        var index = start
        while index < end, isSpaceOrSlash(bytes[index]) { index += 1 }
        guard index < end, bytes[index] != UInt8(ascii: ">") else { return nil }
        var name: [UInt8] = []
        while index < end, !isSpaceOrSlash(bytes[index]), bytes[index] != UInt8(ascii: "="),
              bytes[index] != UInt8(ascii: ">") {
            name.append(lowercase(bytes[index])); index += 1
        }
        while index < end, isSpace(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: "=") else {
            return (String(decoding: name, as: UTF8.self), "", index)
        }
        index += 1
        while index < end, isSpace(bytes[index]) { index += 1 }
        var value: [UInt8] = []
        if index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
            let quote = bytes[index]
            index += 1
            while index < end, bytes[index] != quote { value.append(bytes[index]); index += 1 }
            index += 1
        } else {
            while index < end, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                value.append(bytes[index]); index += 1
            }
        }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self), index)
    }

    /// The charset in a `Content-Type` value such as `text/html; charset="utf-8"`.
    static func charsetFromContent(_ content: String) -> String? {
        let lower = content.lowercased()
        guard let range = lower.range(of: "charset") else { return nil }
        var rest = lower[range.upperBound...].drop(while: { $0 == " " })
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop(while: { $0 == " " })
        if let quote = rest.first, quote == "\"" || quote == "'" {
            rest = rest.dropFirst()
            guard let close = rest.firstIndex(of: quote) else { return nil }
            return String(rest[..<close])
        }
        let value = rest.prefix(while: { $0 != ";" && $0 != " " && $0 != "\"" && $0 != "'" })
        return value.isEmpty ? nil : String(value)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { ASCII.isWhitespace(byte) }
    private static func isSpaceOrSlash(_ byte: UInt8) -> Bool { isSpace(byte) || byte == UInt8(ascii: "/") }
    private static func lowercase(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
    }
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where bytes[index + offset] != pointer[offset] { return false }
        return true
    }
    private static func matchesCaseInsensitive(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int,
                                               _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where lowercase(bytes[index + offset]) != pointer[offset] { return false }
        return true
    }
    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString, from: Int, end: Int) -> Int? {
        var index = from
        while index < end {
            if matches(bytes, at: index, literal) { return index }
            index += 1
        }
        return nil
    }
}
