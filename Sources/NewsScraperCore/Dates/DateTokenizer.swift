/// Splits date text into ``DateToken``s in one pass over its scalars.
///
/// Folding happens here, once, so that every table lookup afterwards is a plain
/// dictionary hit: Latin accents are removed (`décembre` → `decembre`, `März` →
/// `marz`), `ё` becomes `е`, and Arabic letter variants that writers use
/// interchangeably are unified (`أ إ آ` → `ا`, `ى` → `ي`, `ة` → `ه`), with
/// short vowels and tatweel dropped.
enum DateTokenizer {
    static func tokenize(_ text: String) -> [DateToken] {
        var tokens: [DateToken] = []
        tokens.reserveCapacity(16)
        var spaceBefore = false
        // Words are gathered as UTF-8 and made Strings once each: appending to a String's
        // scalar view cost hundreds of instructions a scalar.
        var word: [UInt8] = []
        var original: [UInt8] = []
        var numberValue = 0, numberDigits = 0

        func flushWord() {
            guard !original.isEmpty else { return }
            tokens.append(DateToken(kind: .word(String(decoding: word, as: UTF8.self)),
                                    original: String(decoding: original, as: UTF8.self), spaceBefore: spaceBefore))
            word.removeAll(keepingCapacity: true)
            original.removeAll(keepingCapacity: true)
            spaceBefore = false
        }
        func flushNumber() {
            guard numberDigits > 0 else { return }
            tokens.append(DateToken(kind: .number(value: numberValue, digits: numberDigits), original: "",
                                    spaceBefore: spaceBefore))
            numberValue = 0
            numberDigits = 0
            spaceBefore = false
        }

        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x30 && value <= 0x39 {
                flushWord()
                // Saturate rather than overflow; no date field needs more than 18 digits.
                if numberDigits < 18 { numberValue = numberValue * 10 + Int(value - 0x30) }
                numberDigits += 1
                continue
            }
            if isIgnorable(value) { continue }
            if isSpace(scalar) {
                flushWord()
                flushNumber()
                spaceBefore = true
                continue
            }
            if isAlphabetic(scalar) {
                flushNumber()
                appendUTF8(scalar, to: &original)
                appendFolded(scalar, to: &word)
                continue
            }
            flushWord()
            flushNumber()
            tokens.append(DateToken(kind: .symbol(symbol(for: scalar)), original: "", spaceBefore: spaceBefore))
            spaceBefore = false
        }
        flushWord()
        flushNumber()
        return tokens
    }

    /// Arabic short vowels, tatweel and invisible format marks: dropped without
    /// ending the word they sit in, since they only decorate it.
    private static func isIgnorable(_ value: UInt32) -> Bool {
        switch value {
        case 0x064B...0x0652, 0x0670, 0x0640: return true
        default: return false
        }
    }

    /// Whitespace plus the bidirectional marks that right-to-left pages sprinkle
    /// between words and numbers; both separate tokens.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // ASCII answered without a property lookup: its whitespace is tab to carriage return and space.
        case 0x09...0x0D, 0x20: return true
        case 0x00..<0x80: return false
        case 0x200B...0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return true
        default: return scalar.properties.isWhitespace
        }
    }

    /// `scalar.properties.isAlphabetic`, answered for ASCII (whose alphabetic scalars are the
    /// letters) without a property lookup.
    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value < 0x80 else { return scalar.properties.isAlphabetic }
        return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
    }

    private static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.value < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    /// Maps look-alike punctuation onto the ASCII mark the reader checks for.
    private static func symbol(for scalar: Unicode.Scalar) -> Character {
        switch scalar.value {
        case 0x060C: return ","          // Arabic comma
        case 0x2010...0x2015, 0x2212: return "-"   // hyphens, dashes, minus
        default: return Character(scalar)
        }
    }

    private static func appendFolded(_ scalar: Unicode.Scalar, to word: inout [UInt8]) {
        let value = scalar.value
        if value >= 0x41 && value <= 0x5A {
            word.append(UInt8(value + 32))
            return
        }
        if value < 0x80 {
            word.append(UInt8(value))
            return
        }
        if let folded = foldings[value] {
            appendUTF8(folded, to: &word)
            return
        }
        word.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
    }

    /// Letters whose variants should compare equal in month and zone tables.
    /// Both cases are listed so no lowercasing is needed first.
    private static let foldings: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        let latin: [(String, Unicode.Scalar)] = [
            ("àáâãäåÀÁÂÃÄÅ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"),
            ("ñÑ", "n"), ("òóôõöÒÓÔÕÖ", "o"), ("ùúûüÙÚÛÜ", "u"),
            ("ёЁ", "е"),
            ("أإآٱ", "ا"), ("ىی", "ي"), ("ة", "ه"), ("ک", "ك"),
        ]
        for (variants, target) in latin {
            for scalar in variants.unicodeScalars { table[scalar.value] = target }
        }
        return table
    }()
}
