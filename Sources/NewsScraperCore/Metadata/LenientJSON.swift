/// A forgiving JSON reader for the JSON embedded in web pages.
///
/// Pages hand-write or template their JSON-LD, and browsers never check it,
/// so real blocks carry trailing commas, raw newlines inside strings,
/// single quotes, JavaScript comments, HTML comment and CDATA wrappers, a
/// byte order mark, or several values back to back. ``parse(_:)`` accepts all
/// of these and still rejects input that has no sensible reading.
///
/// The parser is iterative: nesting lives in an explicit stack capped at
/// ``maximumDepth``, so hostile input cannot overflow the call stack.
public enum LenientJSON {
    /// The deepest nesting of arrays and objects accepted; deeper input is rejected.
    public static let maximumDepth = 512

    /// Parses `text` leniently.
    ///
    /// - Returns: The value, or `nil` when no value could be read. When the
    ///   text holds several top-level values back to back, they come back
    ///   wrapped in one `.array`. When a later value is broken, the values
    ///   before it are kept.
    public static func parse(_ text: String) -> JSONValue? {
        let values = parseAll(text)
        switch values.count {
        case 0: return nil
        case 1: return values[0]
        default: return .array(values)
        }
    }

    /// Parses every top-level value in `text`, stopping at the first that
    /// cannot be read.
    public static func parseAll(_ text: String) -> [JSONValue] {
        var text = text
        return text.withUTF8 { buffer in
            var reader = LenientJSONReader(bytes: buffer)
            return reader.readAll()
        }
    }
}

/// The byte-level reader behind ``LenientJSON``.
struct LenientJSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// One open array or object. Members are kept in two parallel arrays and
    /// turned into a dictionary only when the object closes, so appending
    /// never copies a dictionary.
    private struct Container {
        var isObject: Bool
        var values: [JSONValue] = []
        var keys: [String] = []
        var pendingKey: String?

        func finish() -> JSONValue {
            guard isObject else { return .array(values) }
            var members: [String: JSONValue] = Dictionary(minimumCapacity: keys.count)
            for (key, value) in zip(keys, values) { members[key] = value }
            return .object(members)
        }
    }

    /// What the reader expects next inside the open containers.
    private enum Step {
        case value, key, afterValue
    }

    mutating func readAll() -> [JSONValue] {
        var values: [JSONValue] = []
        while true {
            skipTopLevelTrivia()
            guard index < bytes.count else { break }
            guard let value = readValue() else { break }
            values.append(value)
        }
        return values
    }

    // MARK: Values

    private mutating func readValue() -> JSONValue? {
        var stack: [Container] = []
        var step = Step.value
        while true {
            skipTrivia()
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            var completed: JSONValue?
            switch step {
            case .value:
                if let top = stack.last, !top.isObject {
                    if byte == UInt8(ascii: "]") {
                        index += 1
                        completed = stack.removeLast().finish()
                        break
                    }
                    if byte == UInt8(ascii: ",") {
                        // An elision such as `[1,,2]`: skip it rather than fail.
                        index += 1
                        continue
                    }
                }
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                    guard stack.count < LenientJSON.maximumDepth else { return nil }
                    index += 1
                    let isObject = byte == UInt8(ascii: "{")
                    stack.append(Container(isObject: isObject))
                    step = isObject ? .key : .value
                    continue
                }
                guard let scalar = readScalar() else { return nil }
                completed = scalar
            case .key:
                if byte == UInt8(ascii: "}") {
                    index += 1
                    completed = stack.removeLast().finish()
                    break
                }
                if byte == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                guard let key = readKey() else { return nil }
                skipTrivia()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: "=")
                else { return nil }
                index += 1
                stack[stack.count - 1].pendingKey = key
                step = .value
                continue
            case .afterValue:
                guard let top = stack.last else { return nil }
                if byte == UInt8(ascii: ",") {
                    index += 1
                    step = top.isObject ? .key : .value
                    continue
                }
                if byte == UInt8(ascii: top.isObject ? "}" : "]") {
                    index += 1
                    completed = stack.removeLast().finish()
                    break
                }
                if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { return nil }
                // A missing comma between members: read on as if it were there.
                step = top.isObject ? .key : .value
                continue
            }
            guard let value = completed else { continue }
            guard !stack.isEmpty else { return value }
            let last = stack.count - 1
            if stack[last].isObject {
                guard let key = stack[last].pendingKey else { return nil }
                stack[last].keys.append(key)
                stack[last].pendingKey = nil
            }
            stack[last].values.append(value)
            step = .afterValue
        }
    }

    private mutating func readScalar() -> JSONValue? {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return readString().map(JSONValue.string)
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return readNumber()
        default:
            guard let word = readIdentifier() else { return nil }
            switch word {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null", "undefined": return .null
            default: return nil
            }
        }
    }

    private mutating func readKey() -> String? {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { return readString() }
        // JavaScript object literals leave simple keys unquoted.
        return readIdentifier()
    }

    private mutating func readIdentifier() -> String? {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            let isWordByte = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$") || byte == UInt8(ascii: "@")
                || byte >= 0x80
            guard isWordByte else { break }
            index += 1
        }
        guard index > start else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    private mutating func readNumber() -> JSONValue? {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            let isNumberByte = (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
            guard isNumberByte else { break }
            index += 1
        }
        var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if text.hasPrefix("+") { text.removeFirst() }
        guard let number = Double(text), number.isFinite else { return nil }
        return .number(number)
    }

    /// Reads a string opened by `"` or `'`. Raw control characters are kept
    /// as they are; unknown escapes stand for the escaped character.
    private mutating func readString() -> String? {
        let quote = bytes[index]
        index += 1
        let start = index
        // Fast path: most strings hold no escapes and can be decoded in one go.
        while index < bytes.count, bytes[index] != quote, bytes[index] != UInt8(ascii: "\\") { index += 1 }
        guard index < bytes.count else { return nil }
        if bytes[index] == quote {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            index += 1
            return text
        }
        var output = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            if byte == quote {
                index += 1
                return String(decoding: output, as: UTF8.self)
            }
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                index += 1
                continue
            }
            index += 1
            guard index < bytes.count else { return nil }
            let escaped = bytes[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "u"): appendScalar(readUnicodeEscape(), to: &output)
            case UInt8(ascii: "x"):
                if let value = readHex(digits: 2) {
                    appendScalar(Unicode.Scalar(value), to: &output)
                } else {
                    output.append(escaped)
                }
            case 0x0A:
                break // A backslash before a newline continues the line, as in JavaScript.
            default: output.append(escaped)
            }
        }
        return nil
    }

    /// Reads the four hex digits after `\u`, joining a surrogate pair when a
    /// second `\u` escape follows. Lone surrogates become U+FFFD.
    private mutating func readUnicodeEscape() -> Unicode.Scalar? {
        guard let first = readHex(digits: 4) else { return nil }
        if (0xD800...0xDBFF).contains(first) {
            let save = index
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                index += 2
                if let second = readHex(digits: 4), (0xDC00...0xDFFF).contains(second) {
                    return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
                }
            }
            index = save
            return "\u{FFFD}"
        }
        if (0xDC00...0xDFFF).contains(first) { return "\u{FFFD}" }
        return Unicode.Scalar(first)
    }

    private mutating func readHex(digits: Int) -> UInt32? {
        guard index + digits <= bytes.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<digits {
            let byte = bytes[index + offset]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value << 4 | digit
        }
        index += digits
        return value
    }

    private func appendScalar(_ scalar: Unicode.Scalar?, to output: inout [UInt8]) {
        let scalar = scalar ?? "\u{FFFD}"
        output.append(contentsOf: UTF8.encode(scalar)!)
    }

    // MARK: Trivia

    /// Skips whitespace (including no-break spaces and a byte order mark)
    /// and JavaScript comments.
    private mutating func skipTrivia() {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x0B {
                index += 1
            } else if byte == 0xC2, hasPrefix([0xC2, 0xA0]) {
                index += 2
            } else if byte == 0xEF, hasPrefix([0xEF, 0xBB, 0xBF]) {
                index += 3
            } else if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
            } else if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                index += 2
                while index + 1 < bytes.count,
                      !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) {
                    index += 1
                }
                index = min(index + 2, bytes.count)
            } else {
                return
            }
        }
    }

    /// Between top-level values pages also leave HTML comment and CDATA
    /// markers (kept from the days when scripts had to hide from old
    /// browsers) and JavaScript semicolons.
    private mutating func skipTopLevelTrivia() {
        while true {
            skipTrivia()
            guard index < bytes.count else { return }
            if bytes[index] == UInt8(ascii: ";") || bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard let marker = Self.wrapperMarkers.first(where: { hasPrefix($0) }) else { return }
            index += marker.count
        }
    }

    private static let wrapperMarkers: [[UInt8]] = ["<!--", "-->", "<![CDATA[", "]]>"].map { Array($0.utf8) }

    private func hasPrefix(_ prefix: [UInt8]) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for offset in prefix.indices where bytes[index + offset] != prefix[offset] { return false }
        return true
    }
}
