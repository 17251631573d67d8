/// Cleans the strings that metadata sources deliver.
///
/// Meta attributes arrive decoded once by libxml2, but JSON-LD strings are
/// raw script text, and many sites escape twice (`&amp;#39;`). Every value
/// therefore goes through the same cleaning: entities decoded, stray tags
/// removed, whitespace collapsed, empty results dropped.
enum MetadataText {
    /// Decodes entities, strips tags, collapses whitespace and trims;
    /// `nil` when nothing is left.
    static func clean(_ raw: String?) -> String? {
        guard let raw, !raw.isEmpty else { return nil }
        var text = raw
        if containsByte(UInt8(ascii: "&"), in: text) { text = decodeEntities(text) }
        if containsByte(UInt8(ascii: "<"), in: text) { text = stripTags(text) }
        let collapsed = collapseWhitespace(text)
        return collapsed.isEmpty ? nil : collapsed
    }

    /// `text.utf8.contains(byte)`, searched in the contiguous bytes where the string has them:
    /// the generic search over the view cost more than the cleaning it guards.
    private static func containsByte(_ byte: UInt8, in text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? text.utf8.contains(byte)
    }

    /// Collapses runs of whitespace (including no-break and zero-width
    /// spaces, which templates leave around values) into one space and trims.
    static func collapseWhitespace(_ text: String) -> String {
        // Over UTF-8 bytes, copying whole scalars: a Unicode property lookup and a scalar append for
        // every character made this a visible share of metadata reading.
        var text = text
        return text.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            // Bytes kept since the last collapsed scalar, from `runStart`: copied as one run.
            var runStart = 0
            while index < bytes.count {
                let lead = bytes[index]
                let length = ValidUTF8.sequenceLength(startingWith: lead)
                if isCollapsed(bytes, at: index, lead: lead) {
                    if runStart < index {
                        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    }
                    pendingSpace = !result.isEmpty
                    index += length
                    runStart = min(index, bytes.count)
                } else {
                    if pendingSpace {
                        result.append(0x20)
                        pendingSpace = false
                    }
                    index += length
                }
            }
            if runStart < bytes.count {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Whether the scalar starting at `index` is whitespace (Unicode's White_Space), U+200B or U+FEFF.
    private static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lead: UInt8) -> Bool {
        switch lead {
        case 0x09...0x0D, 0x20: return true
        case 0x00...0x7F: return false
        case 0xC2: return index + 1 < bytes.count && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0)
        case 0xE1: return index + 2 < bytes.count && bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80  // U+1680
        case 0xE2:
            guard index + 2 < bytes.count else { return false }
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80 { return third <= 0x8B || third == 0xA8 || third == 0xA9 || third == 0xAF }  // U+2000–200B, 2028, 2029, 202F
            return second == 0x81 && third == 0x9F  // U+205F
        case 0xE3: return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80  // U+3000
        case 0xEF: return index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF  // U+FEFF
        default: return false
        }
    }

    /// Removes `<tag ...>` markup that some sites put into descriptions and
    /// headlines. A `<` not followed by a letter, `/` or `!` is kept, so
    /// "a < b" survives.
    static func stripTags(_ text: String) -> String {
        var result = ""
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            guard scalar == "<", let next = scalars.first,
                  next.properties.isAlphabetic || next == "/" || next == "!",
                  let close = scalars.firstIndex(of: ">") else {
                result.unicodeScalars.append(scalar)
                continue
            }
            scalars = scalars[scalars.index(after: close)...]
            result.unicodeScalars.append(" ")
        }
        return result
    }

    /// Decodes HTML character references. Runs twice when the first pass
    /// produced a new reference, because double-escaped text
    /// (`&amp;quot;`) is common in templated metadata.
    static func decodeEntities(_ text: String) -> String {
        let once = decodeEntitiesOnce(text)
        guard once != text, once.utf8.contains(UInt8(ascii: "&")) else { return once }
        return decodeEntitiesOnce(once)
    }

    private static func decodeEntitiesOnce(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "&", let (decoded, length) = reference(in: scalars, at: index) else {
                result.unicodeScalars.append(scalar)
                index += 1
                continue
            }
            result.unicodeScalars.append(contentsOf: decoded.unicodeScalars)
            index += length
        }
        return result
    }

    /// The reference starting at `start` (which holds `&`) and its length,
    /// including the `;`.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var end = start + 1
        let limit = min(scalars.count, start + 34)
        while end < limit, scalars[end] != ";", scalars[end] != "&", !scalars[end].properties.isWhitespace { end += 1 }
        guard end < limit, scalars[end] == ";", end > start + 1 else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        let length = end - start + 1
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value else { return nil }
            // Browsers read C1 code points in references as Windows-1252.
            let mapped = windows1252[value] ?? value
            guard mapped != 0, let decoded = Unicode.Scalar(mapped) else { return ("\u{FFFD}", length) }
            return (String(Character(decoded)), length)
        }
        if let named = namedEntities[body] ?? namedEntities[body.lowercased()] { return (named, length) }
        return nil
    }

    private static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// The named references that occur in news metadata in practice; the
    /// full HTML list (over 2,000 names) is not worth its weight here.
    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}", "laquo": "\u{00AB}", "raquo": "\u{00BB}",
        "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{00B7}",
        "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "deg": "\u{00B0}", "euro": "\u{20AC}",
        "pound": "\u{00A3}", "yen": "\u{00A5}", "cent": "\u{00A2}", "sect": "\u{00A7}", "para": "\u{00B6}",
        "times": "\u{00D7}", "divide": "\u{00F7}", "plusmn": "\u{00B1}", "frac12": "\u{00BD}", "shy": "\u{00AD}",
        "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "zwj": "\u{200D}", "zwnj": "\u{200C}",
        "lrm": "\u{200E}", "rlm": "\u{200F}", "iexcl": "\u{00A1}", "iquest": "\u{00BF}", "prime": "\u{2032}",
        "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "auml": "ä", "aring": "å", "aelig": "æ",
        "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê", "euml": "ë", "igrave": "ì", "iacute": "í",
        "icirc": "î", "iuml": "ï", "ntilde": "ñ", "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ",
        "ouml": "ö", "oslash": "ø", "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý",
        "szlig": "ß", "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Auml": "Ä", "Ccedil": "Ç", "Egrave": "È",
        "Eacute": "É", "Ecirc": "Ê", "Iacute": "Í", "Ntilde": "Ñ", "Oacute": "Ó", "Ouml": "Ö", "Uacute": "Ú",
        "Uuml": "Ü", "oelig": "œ", "OElig": "Œ", "scaron": "š", "Scaron": "Š",
    ]
}
