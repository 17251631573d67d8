import CLibXML2

/// ASCII-only comparisons: HTML tag and attribute names are case-insensitive
/// in ASCII only, and comparing bytes in place avoids allocating lowercased copies.
enum ASCII {
    @inline(__always)
    static func lowercase(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
    }

    /// HTML's "ASCII whitespace": tab, line feed, form feed, carriage return, space.
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    /// Whether a NUL-terminated libxml2 name equals `name`, ignoring ASCII case.
    static func equalsIgnoringCase(_ cString: UnsafePointer<xmlChar>, _ name: String) -> Bool {
        var index = 0
        for byte in name.utf8 {
            let own = cString[index]
            if own == 0 || lowercase(own) != lowercase(byte) { return false }
            index += 1
        }
        return cString[index] == 0
    }

    /// Whether a NUL-terminated libxml2 name equals the UTF-8 bytes `name`, ignoring ASCII case.
    @inline(__always)
    static func equalsIgnoringCase(_ cString: UnsafePointer<xmlChar>, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<name.count {
            let own = cString[index]
            if own == 0 || lowercase(own) != lowercase(name[index]) { return false }
        }
        return cString[name.count] == 0
    }

    /// Whether a NUL-terminated libxml2 name equals `lowercaseName` (already
    /// lowercase ASCII bytes), ignoring ASCII case: for loops that test many
    /// names against one.
    static func equalsIgnoringCase(_ cString: UnsafePointer<xmlChar>, _ lowercaseName: [UInt8]) -> Bool {
        for (index, byte) in lowercaseName.enumerated() {
            let own = cString[index]
            if own == 0 || lowercase(own) != byte { return false }
        }
        return cString[lowercaseName.count] == 0
    }
}

extension Character {
    /// HTML's "ASCII whitespace": tab, line feed, form feed, carriage return, space.
    /// A no-break space inside a class attribute is part of a class name.
    var isASCIIWhitespaceCharacter: Bool {
        switch self {
        case " ", "\t", "\n", "\r\n", "\r", "\u{0C}": return true
        default: return false
        }
    }
}
