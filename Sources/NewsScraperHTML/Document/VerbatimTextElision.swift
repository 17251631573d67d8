import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Spares libxml2 reading long verbatim texts — `<script>` and `<style>` bodies, quoted
/// attribute values — one character at a time.
///
/// libxml2 2.9 reads these texts character by character, with a decoding call or two for
/// each, and grows a body's text 1,000 bytes at a time. On news pages the bodies are about half
/// of the bytes, and long attribute values (JSON in `data-` attributes, `srcset`, SVG paths)
/// another sixth; together they were half of the parse. So libxml2 is given a copy of the page
/// in which each such text is a short placeholder, and after the parse each placeholder is
/// replaced by the text's bytes. Those are exactly what libxml2 would have kept: a text is cut
/// only when it is valid UTF-8 without the characters libxml2 drops (C0 controls other than
/// tab, line feed and carriage return; U+FFFE; U+FFFF), an attribute value only when it holds
/// no character reference (no `&`), and only pages read as UTF-8 are cut, where libxml2
/// copies bytes as they are.
///
/// The prescan below follows libxml2's own tokenizer (comments, processing instructions,
/// quoted attribute values, where a raw-text body ends), but it only has to be right, not
/// complete: what it cannot vouch for it leaves in the copy, and unless every placeholder
/// comes back exactly once, as the whole text of the kind of node it was cut from (the body of
/// a `<script>` or `<style>`, the value of an attribute of the same name),
/// ``restore(in:from:)`` refuses and the caller parses the original bytes. That check is
/// enough because libxml2 reads left to right: up to the first cut both inputs are the same; a
/// placeholder that is a whole body was read as a raw-text body from its first byte, and one
/// that is a whole attribute value was read as a value quoted by the byte before it; the
/// original text, holding no end tag of that element or no such quote, is read to the same end;
/// so the parser is in the same state after it, and so on to the next cut. Attributes libxml2
/// gives a meaning while parsing are never cut: `id` (and `name`, `xml:id`), which it indexes,
/// and those of `<meta>` (it looks for a charset), `<html>` and `<body>` (it merges repeated
/// tags). Line numbers libxml2 records in nodes do differ; nothing here reads them.
struct VerbatimTextElision {
    /// One text cut out of the page.
    struct Cut {
        enum Kind {
            case scriptBody
            case styleBody
            /// The value of the attribute whose name (as written) lies at this range of the page.
            case attributeValue(name: Range<Int>)
        }

        /// Where the text lies in the page's bytes.
        let text: Range<Int>
        let kind: Kind
    }

    /// Placeholders are this byte, the text's number in decimal, and this byte again. DEL is
    /// a character libxml2 keeps, and pages that contain one are not cut, so a placeholder
    /// cannot be confused with page text.
    private static let marker: UInt8 = 0x7F
    /// Texts shorter than this are left in place: putting them back costs an allocation, about
    /// what libxml2 spends reading a text of this length.
    static let minimumTextLength = 24

    private let cuts: [Cut]
    /// The page with each cut text replaced by its placeholder.
    let elidedInput: [UInt8]

    /// Plans the cuts for a page to be parsed as UTF-8; nil when there is nothing to cut.
    init?(_ input: UnsafeBufferPointer<UInt8>) {
        guard let base = input.baseAddress, input.count >= Self.minimumTextLength,
              memchr(base, Int32(Self.marker), input.count) == nil else { return nil }
        let cuts = VerbatimTextScanner(base: base, count: input.count).cuts()
        guard !cuts.isEmpty else { return nil }
        var elided: [UInt8] = []
        elided.reserveCapacity(input.count - cuts.reduce(0) { $0 + $1.text.count } + cuts.count * 8)
        var copied = 0
        for (number, cut) in cuts.enumerated() {
            elided.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<cut.text.lowerBound]))
            elided.append(Self.marker)
            Self.appendDecimal(number, to: &elided)
            elided.append(Self.marker)
            copied = cut.text.upperBound
        }
        elided.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied...]))
        self.cuts = cuts
        self.elidedInput = elided
    }

    /// Puts the original texts back into a tree parsed from ``elidedInput``. False (with the
    /// tree partly restored, to be freed) unless every placeholder is found once, as the whole
    /// text of the kind of node it was cut from.
    func restore(in document: htmlDocPtr, from input: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = input.baseAddress else { return false }
        var restored = [Bool](repeating: false, count: cuts.count)
        var remaining = cuts.count
        /// Restores `text` if it holds a placeholder; false if the placeholder is out of place.
        func restore(_ text: xmlNodePtr, of kind: (Cut.Kind) -> Bool) -> Bool {
            guard let content = text.pointee.content, content[0] == Self.marker else { return true }
            guard let number = Self.placeholderNumber(content), number < cuts.count, !restored[number],
                  kind(cuts[number].kind) else { return false }
            let range = cuts[number].text
            xmlNodeSetContentLen(text, base + range.lowerBound, Int32(range.count))
            restored[number] = true
            remaining -= 1
            return true
        }
        let start = UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self)
        var next = start.pointee.children
        while let node = next, remaining > 0 {
            if node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name {
                var attribute = node.pointee.properties
                while let property = attribute {
                    if let value = property.pointee.children, value.pointee.next == nil, value.pointee.type == XML_TEXT_NODE {
                        let attributeName = property.pointee.name
                        guard restore(value, of: { kind in
                            guard case let .attributeValue(written) = kind, let attributeName else { return false }
                            return Self.equalsLowercased(attributeName, base, written)
                        }) else { return false }
                    }
                    attribute = property.pointee.next
                }
                if let child = node.pointee.children, child.pointee.next == nil, child.pointee.type == XML_CDATA_SECTION_NODE {
                    let isScript = Self.isNamed(name, "script")
                    let isStyle = !isScript && Self.isNamed(name, "style")
                    guard restore(child, of: { kind in
                        switch kind {
                        case .scriptBody: isScript
                        case .styleBody: isStyle
                        case .attributeValue: false
                        }
                    }) else { return false }
                }
            }
            next = TreeWalk.following(node, within: start)
        }
        return remaining == 0
    }

    private static func isNamed(_ name: UnsafePointer<xmlChar>, _ expected: StaticString) -> Bool {
        xmlStrEqual(name, UnsafeRawPointer(expected.utf8Start).assumingMemoryBound(to: xmlChar.self)) != 0
    }

    /// The number in a placeholder that makes up the whole of `content`.
    private static func placeholderNumber(_ content: UnsafePointer<xmlChar>) -> Int? {
        guard content[0] == marker else { return nil }
        var number = 0
        var index = 1
        while content[index] >= 0x30 && content[index] <= 0x39 {
            number = number * 10 + Int(content[index] - 0x30)
            index += 1
            if index > 10 { return nil }
        }
        guard index > 1, content[index] == marker, content[index + 1] == 0 else { return nil }
        return number
    }

    /// Appends the number's decimal digits. (A placeholder is written for every cut: most
    /// numbers have three or four digits.)
    private static func appendDecimal(_ number: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        var rest = number
        while divisor > 0 {
            bytes.append(UInt8(0x30 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Whether libxml2's (lowercased) name equals the name written at `range` of the page.
    private static func equalsLowercased(_ name: UnsafePointer<xmlChar>, _ page: UnsafePointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = 0
        for position in range {
            if name[index] != ASCII.lowercase(page[position]) { return false }
            index += 1
        }
        return name[index] == 0
    }
}

/// Finds the texts of a page that ``VerbatimTextElision`` can cut, reading the page the way
/// libxml2 2.9's HTML tokenizer does. It stops at the first construct whose reading it is not
/// sure of, keeping the texts found before it.
struct VerbatimTextScanner {
    typealias Cut = VerbatimTextElision.Cut

    private let base: UnsafePointer<UInt8>
    private let count: Int

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    func cuts() -> [Cut] {
        var found: [Cut] = []
        var attributeNames: [Range<Int>] = []
        var position = 0
        while let open = find(0x3C, from: position) {  // <
            position = open + 1
            guard open + 1 < count else { break }
            let next = base[open + 1]
            if next == 0x21 {  // <!
                // A comment runs to the first "-->" after "<!--"; any other "<!" is read as text
                // (or a DOCTYPE, which holds no "<").
                if open + 3 < count, base[open + 2] == 0x2D, base[open + 3] == 0x2D {
                    guard let close = findCommentEnd(from: open + 4) else { break }
                    position = close
                }
                continue
            }
            if next == 0x3F {  // <? a processing instruction, to the next ">"
                guard let close = find(0x3E, from: open + 2) else { break }
                position = close + 1
                continue
            }
            // Only "<" and a letter, "_" or ":" opens an element; "</" and the rest are skipped
            // here ("</name" is text to this scan, which never holds a cut).
            guard Self.isLetter(next) || next == 0x5F || next == 0x3A else { continue }
            var nameEnd = open + 1
            while nameEnd < count, Self.isNameByte(base[nameEnd]) { nameEnd += 1 }
            let name = open + 1..<nameEnd
            let rawText: StaticString? = if matches("script", at: name) { "script" }
                else if matches("style", at: name) { "style" } else { nil }
            let cutsAttributes = !matches("meta", at: name) && !matches("html", at: name) && !matches("head", at: name)
                && !matches("body", at: name)
            guard let tag = startTagEnd(from: nameEnd, cuttingValues: cutsAttributes, names: &attributeNames, into: &found)
            else { break }
            position = tag.end
            guard let rawText, !tag.selfClosing else { continue }
            guard let bodyEnd = rawTextEnd(named: rawText, from: tag.end) else { break }
            position = bodyEnd
            let body = tag.end..<bodyEnd
            // A body starting with "<" may be read as a tag before libxml2 turns to raw text.
            if body.count >= VerbatimTextElision.minimumTextLength, base[body.lowerBound] != 0x3C, isVerbatim(body) {
                found.append(Cut(text: body, kind: rawText.utf8CodeUnitCount == 6 ? .scriptBody : .styleBody))
            }
        }
        return found
    }

    /// Where a start tag ends (just after its ">" or "/>"), reading attributes as libxml2's
    /// `htmlParseStartTag` does: a quoted value may hold ">", and a stray character starts
    /// a bogus attribute that runs to the next blank or the end of the tag. Quoted values that
    /// can be cut are added to `found` when `cuttingValues`, except where the tag names the
    /// attribute twice (libxml2 keeps the first, and `names`, scratch space for the tag's
    /// attribute names, finds repeats).
    private func startTagEnd(
        from start: Int, cuttingValues: Bool, names: inout [Range<Int>], into found: inout [Cut]
    ) -> (end: Int, selfClosing: Bool)? {
        names.removeAll(keepingCapacity: true)
        var index = skipBlanks(from: start)
        while index < count {
            let byte = base[index]
            if byte == 0x3E { return (index + 1, false) }
            if byte == 0x2F, index + 1 < count, base[index + 1] == 0x3E { return (index + 2, true) }
            if Self.isLetter(byte) || byte == 0x5F || byte == 0x3A || byte == 0x2E {
                let nameStart = index
                while index < count, Self.isNameByte(base[index]) { index += 1 }
                let name = nameStart..<index
                let isRepeat = cuttingValues && names.contains { sameName($0, name) }
                if cuttingValues { names.append(name) }
                index = skipBlanks(from: index)
                if index < count, base[index] == 0x3D {  // =
                    index = skipBlanks(from: index + 1)
                    if index < count, base[index] == 0x22 || base[index] == 0x27 {
                        guard let close = find(base[index], from: index + 1) else { return nil }
                        let value = index + 1..<close
                        if cuttingValues, !isRepeat, value.count >= VerbatimTextElision.minimumTextLength,
                           !matches("id", at: name), !matches("name", at: name), !matches("xml:id", at: name),
                           memchr(base + value.lowerBound, 0x26, value.count) == nil, isVerbatim(value) {
                            found.append(Cut(text: value, kind: .attributeValue(name: name)))
                        }
                        index = close + 1
                    } else {
                        while index < count, !Self.isBlank(base[index]), base[index] != 0x3E { index += 1 }
                    }
                }
            } else {
                while index < count, !Self.isBlank(base[index]), base[index] != 0x3E,
                      !(base[index] == 0x2F && index + 1 < count && base[index + 1] == 0x3E) {
                    index += 1
                }
            }
            index = skipBlanks(from: index)
        }
        return nil
    }

    /// Where a raw-text body ends: at the first "</" followed by the element's name, ignoring
    /// case. Nil when the name is followed by another name character: libxml2 stops there,
    /// ignores that end tag, drops its bytes and reads on, which a cut would not reproduce.
    private func rawTextEnd(named name: StaticString, from start: Int) -> Int? {
        var position = start
        let length = name.utf8CodeUnitCount
        while let open = find(0x3C, from: position) {
            position = open + 1
            guard open + 1 < count, base[open + 1] == 0x2F, open + 2 + length <= count,
                  matches(name, at: open + 2..<open + 2 + length) else { continue }
            if open + 2 + length < count, Self.isNameByte(base[open + 2 + length]) { return nil }
            return open
        }
        return nil
    }

    /// Whether libxml2 keeps the text's bytes exactly: valid UTF-8 holding no character that
    /// fails XML's `Char` production (C0 controls but tab, line feed and carriage return;
    /// U+FFFE and U+FFFF; surrogates and overlong forms are already invalid UTF-8).
    func isVerbatim(_ text: Range<Int>) -> Bool {
        var index = text.lowerBound
        let end = text.upperBound
        while index < end {
            // Texts are mostly ASCII: pass 32 bytes at a time, then eight, that hold no byte at or
            // above 0x80 and none below 0x20 (see ``isPlainASCII(_:)``), or only tabs, line feeds and
            // carriage returns below it: scripts and styles have one every line.
            while index + 32 <= end {
                let bytes = UnsafeRawPointer(base + index)
                let first = bytes.loadUnaligned(as: UInt64.self)
                let second = bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                let third = bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
                let fourth = bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                let high = (first | second | third | fourth) & 0x8080_8080_8080_8080
                guard high == 0 else { break }
                let belowSpace = (Self.belowSpaceBits(first) | Self.belowSpaceBits(second) | Self.belowSpaceBits(third)
                    | Self.belowSpaceBits(fourth))
                guard belowSpace == 0 || (Self.keepsAllControls(first) && Self.keepsAllControls(second)
                    && Self.keepsAllControls(third) && Self.keepsAllControls(fourth)) else { break }
                index += 32
            }
            while index + 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                guard Self.isPlainASCII(word) || (word & 0x8080_8080_8080_8080 == 0 && Self.keepsAllControls(word))
                else { break }
                index += 8
            }
            guard index < end else { break }
            guard let length = verbatimCharacterLength(at: index, end: end) else { return false }
            index += length
        }
        return true
    }

    /// The length of the character at `index` when libxml2 keeps it as it is (see
    /// ``isVerbatim(_:)``), else nil.
    @inline(__always)
    private func verbatimCharacterLength(at index: Int, end: Int) -> Int? {
        let lead = base[index]
        if lead < 0x80 {
            return lead < 0x20 && lead != 0x09 && lead != 0x0A && lead != 0x0D ? nil : 1
        }
        guard let sequence = UTF8LeadByte(lead) else { return nil }
        let length = sequence.length
        guard index + length <= end else { return nil }
        let second = base[index + 1]
        guard sequence.secondByte.contains(second) else { return nil }
        for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return nil }
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
        if lead == 0xEF, second == 0xBF, base[index + 2] >= 0xBE { return nil }
        return length
    }

    /// Whether eight bytes hold no byte at or above 0x80 and none below 0x20.
    @inline(__always)
    private static func isPlainASCII(_ word: UInt64) -> Bool {
        word & 0x8080_8080_8080_8080 == 0 && belowSpaceBits(word) == 0
    }

    /// Whether every byte below 0x20 in a word with no byte at or above 0x80 is a tab, line feed or
    /// carriage return, which libxml2 keeps. Per byte and without carries between bytes: a byte
    /// plus 0x60 reaches 0x80 exactly when it is at least 0x20, and a byte plus 0x7F exactly when
    /// it is not zero (zero after the XOR with the control it is compared with).
    @inline(__always)
    private static func keepsAllControls(_ word: UInt64) -> Bool {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let below = ~(word &+ 0x6060_6060_6060_6060) & highBits
        func equalBytes(_ control: UInt64) -> UInt64 {
            let difference = word ^ control
            return ~((difference &+ 0x7F7F_7F7F_7F7F_7F7F) | difference) & highBits
        }
        let kept = equalBytes(0x0909_0909_0909_0909) | equalBytes(0x0A0A_0A0A_0A0A_0A0A) | equalBytes(0x0D0D_0D0D_0D0D_0D0D)
        return below & ~kept == 0
    }

    /// Top bits marking bytes below 0x20 (and, past the first such byte, maybe more, through the
    /// borrow): zero exactly when no byte is below 0x20, for a word with no byte at or above 0x80.
    @inline(__always)
    private static func belowSpaceBits(_ word: UInt64) -> UInt64 {
        (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
    }

    /// ``isVerbatim(_:)`` as it was, passing ASCII eight bytes at a time: the reference in tests.
    func isVerbatimEightBytesAtATime(_ text: Range<Int>) -> Bool {
        var index = text.lowerBound
        let end = text.upperBound
        while index < end {
            while index + 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let belowSpace = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                guard word & 0x8080_8080_8080_8080 == 0, belowSpace == 0 else { break }
                index += 8
            }
            guard index < end else { break }
            guard let length = verbatimCharacterLength(at: index, end: end) else { return false }
            index += length
        }
        return true
    }

    private func findCommentEnd(from start: Int) -> Int? {
        var position = start
        while let dash = find(0x2D, from: position) {
            if dash + 2 < count, base[dash + 1] == 0x2D, base[dash + 2] == 0x3E { return dash + 3 }
            position = dash + 1
        }
        return nil
    }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        guard start < count, let found = memchr(base + start, Int32(byte), count - start) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    private func skipBlanks(from start: Int) -> Int {
        var index = start
        while index < count, Self.isBlank(base[index]) { index += 1 }
        return index
    }

    /// Whether the names at two ranges of the page are the same, ignoring ASCII case.
    private func sameName(_ one: Range<Int>, _ other: Range<Int>) -> Bool {
        guard one.count == other.count else { return false }
        for offset in 0..<one.count
        where ASCII.lowercase(base[one.lowerBound + offset]) != ASCII.lowercase(base[other.lowerBound + offset]) {
            return false
        }
        return true
    }

    /// Whether the name at `range` is `lowercaseName`, ignoring ASCII case. (Inlined: it is asked
    /// six times for every tag, and most answers are the length test's.)
    @inline(__always)
    private func matches(_ lowercaseName: StaticString, at range: Range<Int>) -> Bool {
        guard range.count == lowercaseName.utf8CodeUnitCount else { return false }
        let name = lowercaseName.utf8Start
        for offset in 0..<range.count where ASCII.lowercase(base[range.lowerBound + offset]) != name[offset] {
            return false
        }
        return true
    }

    /// libxml2's blanks: space, tab, line feed, carriage return (not form feed).
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    /// Characters of an HTML name as libxml2 reads one: letters, digits, ":", "-", "_", ".".
    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x3A || byte == 0x2D || byte == 0x5F || byte == 0x2E
    }
}
