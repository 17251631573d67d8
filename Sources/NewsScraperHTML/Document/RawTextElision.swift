import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Spares libxml2 reading `<script>` and `<style>` bodies one character at a time.
///
/// libxml2 2.9 reads a raw-text body character by character, with a decoding call for each,
/// and grows the body's text 1,000 bytes at a time. On news pages these bodies are about half
/// of the bytes and a third of the parse. So libxml2 is given a copy of the page in which each
/// body is a short placeholder, and after the parse each placeholder's text is set to the
/// body's bytes. Those are exactly the text libxml2 would have kept: a body is cut only when it
/// is valid UTF-8 without the characters libxml2 drops (C0 controls other than tab, line feed
/// and carriage return; U+FFFE; U+FFFF), and only pages read as UTF-8 are cut, where libxml2
/// copies the bytes as they are.
///
/// The prescan below follows libxml2's own tokenizer (comments, processing instructions,
/// quoted attribute values, where a raw-text body ends), but it only has to be right, not
/// complete: what it cannot vouch for it leaves in the copy, and unless every placeholder
/// comes back as the whole text of an element of the name it was cut from,
/// ``restoreBodies(in:from:)`` refuses and the caller parses the original bytes. That check
/// is enough because libxml2 reads left to right: up to the first cut both inputs are the
/// same; a placeholder that is the whole text of its element was read as a raw-text body
/// from its first byte; the original body, holding no end tag of that element, is read as
/// raw text to the same end; so the parser is in the same state after it, and so on to the
/// next cut. (Line numbers libxml2 records in nodes do differ; nothing here reads them.)
struct RawTextElision {
    /// Placeholders are this byte, the body's number in decimal, and this byte again. DEL is
    /// a character libxml2 keeps, and pages that contain one are not cut, so a placeholder
    /// cannot be confused with page text.
    private static let marker: UInt8 = 0x7F
    /// Bodies shorter than this are left in place: restoring them would cost about what
    /// libxml2 spends reading them.
    static let minimumBodyLength = 64

    private let cuts: [RawTextScanner.Body]
    /// The page with each cut body replaced by its placeholder.
    let elidedInput: [UInt8]

    /// Plans the cuts for a page to be parsed as UTF-8; nil when there is nothing to cut.
    init?(_ input: UnsafeBufferPointer<UInt8>) {
        guard let base = input.baseAddress, input.count >= Self.minimumBodyLength,
              memchr(base, Int32(Self.marker), input.count) == nil else { return nil }
        let cuts = RawTextScanner(base: base, count: input.count).bodies()
        guard !cuts.isEmpty else { return nil }
        var elided: [UInt8] = []
        elided.reserveCapacity(input.count - cuts.reduce(0) { $0 + $1.body.count } + cuts.count * 8)
        var copied = 0
        for (number, cut) in cuts.enumerated() {
            elided.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<cut.body.lowerBound]))
            elided.append(Self.marker)
            Self.appendDecimal(number, to: &elided)
            elided.append(Self.marker)
            copied = cut.body.upperBound
        }
        elided.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied...]))
        self.cuts = cuts
        self.elidedInput = elided
    }

    /// Puts the original bodies back into a tree parsed from ``elidedInput``. False (with the
    /// tree partly restored, to be freed) unless every placeholder is found as the only text
    /// of a `<script>` or `<style>` element, whichever it was cut from.
    func restoreBodies(in document: htmlDocPtr, from input: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = input.baseAddress else { return false }
        var restored = [Bool](repeating: false, count: cuts.count)
        var remaining = cuts.count
        let start = UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self)
        var next = start.pointee.children
        while let node = next, remaining > 0 {
            if node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name,
               let child = node.pointee.children, child.pointee.next == nil,
               child.pointee.type == XML_CDATA_SECTION_NODE, let content = child.pointee.content,
               let number = Self.placeholderNumber(content), number < cuts.count, !restored[number] {
                let cut = cuts[number]
                guard Self.isNamed(name, cut.isScript ? "script" : "style") else { return false }
                xmlNodeSetContentLen(child, base + cut.body.lowerBound, Int32(cut.body.count))
                restored[number] = true
                remaining -= 1
            }
            next = TreeWalk.following(node, within: start)
        }
        return remaining == 0
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

    private static func appendDecimal(_ number: Int, to bytes: inout [UInt8]) {
        if number >= 10 { appendDecimal(number / 10, to: &bytes) }
        bytes.append(UInt8(0x30 + number % 10))
    }

    private static func isNamed(_ name: UnsafePointer<xmlChar>, _ expected: StaticString) -> Bool {
        xmlStrEqual(name, UnsafeRawPointer(expected.utf8Start).assumingMemoryBound(to: xmlChar.self)) != 0
    }
}

/// Finds the `<script>` and `<style>` bodies of a page the way libxml2 2.9's HTML tokenizer
/// does, keeping those that can be cut (see ``RawTextElision``). It stops at the first
/// construct whose reading it is not sure of, keeping the bodies found before it.
struct RawTextScanner {
    /// A body that can be cut.
    struct Body {
        /// Where the body lies in the page's bytes.
        let body: Range<Int>
        /// Whether the body is a `<script>`'s (else a `<style>`'s).
        let isScript: Bool
    }

    private let base: UnsafePointer<UInt8>
    private let count: Int

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    func bodies() -> [Body] {
        var found: [Body] = []
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
            // here ("</name" is text to this scan, which never holds a body).
            guard Self.isLetter(next) || next == 0x5F || next == 0x3A else { continue }
            var nameEnd = open + 1
            while nameEnd < count, Self.isNameByte(base[nameEnd]) { nameEnd += 1 }
            let rawText = rawTextName(from: open + 1, to: nameEnd)
            guard let tag = startTagEnd(from: nameEnd) else { break }
            position = tag.end
            guard let rawText, !tag.selfClosing else { continue }
            guard let bodyEnd = rawTextEnd(named: rawText, from: tag.end) else { break }
            position = bodyEnd
            let body = tag.end..<bodyEnd
            if body.count >= RawTextElision.minimumBodyLength, base[body.lowerBound] != 0x3C, isVerbatim(body) {
                found.append(Body(body: body, isScript: rawText.utf8CodeUnitCount == 6))
            }
        }
        return found
    }

    /// "script" or "style" when the name in `start..<end` is one of them, ignoring ASCII case.
    private func rawTextName(from start: Int, to end: Int) -> StaticString? {
        if end - start == 6, matches("script", at: start) { return "script" }
        if end - start == 5, matches("style", at: start) { return "style" }
        return nil
    }

    /// Where a start tag ends (just after its ">" or "/>"), reading attributes as libxml2's
    /// `htmlParseStartTag` does: a quoted value may hold ">", and a stray character starts
    /// a bogus attribute that runs to the next blank or the end of the tag.
    private func startTagEnd(from start: Int) -> (end: Int, selfClosing: Bool)? {
        var index = skipBlanks(from: start)
        while index < count {
            let byte = base[index]
            if byte == 0x3E { return (index + 1, false) }
            if byte == 0x2F, index + 1 < count, base[index + 1] == 0x3E { return (index + 2, true) }
            if Self.isLetter(byte) || byte == 0x5F || byte == 0x3A || byte == 0x2E {
                while index < count, Self.isNameByte(base[index]) { index += 1 }
                index = skipBlanks(from: index)
                if index < count, base[index] == 0x3D {  // =
                    index = skipBlanks(from: index + 1)
                    if index < count, base[index] == 0x22 || base[index] == 0x27 {
                        guard let close = find(base[index], from: index + 1) else { return nil }
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
                  matches(name, at: open + 2) else { continue }
            if open + 2 + length < count, Self.isNameByte(base[open + 2 + length]) { return nil }
            return open
        }
        return nil
    }

    /// Whether libxml2 keeps the body's bytes exactly: valid UTF-8 holding no character that
    /// fails XML's `Char` production (C0 controls but tab, line feed and carriage return;
    /// U+FFFE and U+FFFF; surrogates and overlong forms are already invalid UTF-8).
    private func isVerbatim(_ body: Range<Int>) -> Bool {
        var index = body.lowerBound
        let end = body.upperBound
        while index < end {
            // Bodies are mostly ASCII code: pass eight bytes at a time that hold no byte at or
            // above 0x80 and none below 0x20 (the test for the latter is exact for the whole word).
            while index + 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let belowSpace = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                guard word & 0x8080_8080_8080_8080 == 0, belowSpace == 0 else { break }
                index += 8
            }
            guard index < end else { break }
            let lead = base[index]
            if lead < 0x80 {
                if lead < 0x20, lead != 0x09, lead != 0x0A, lead != 0x0D { return false }
                index += 1
                continue
            }
            var minimumSecond: UInt8 = 0x80
            var maximumSecond: UInt8 = 0xBF
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; minimumSecond = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; maximumSecond = 0x9F
            case 0xF0: length = 4; minimumSecond = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; maximumSecond = 0x8F
            default: return false
            }
            guard index + length <= end else { return false }
            let second = base[index + 1]
            guard second >= minimumSecond, second <= maximumSecond else { return false }
            for offset in 2..<max(2, length) where base[index + offset] & 0xC0 != 0x80 { return false }
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            if lead == 0xEF, second == 0xBF, base[index + 2] >= 0xBE { return false }
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

    private func matches(_ lowercaseName: StaticString, at start: Int) -> Bool {
        let name = lowercaseName.utf8Start
        for offset in 0..<lowercaseName.utf8CodeUnitCount where ASCII.lowercase(base[start + offset]) != name[offset] {
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
