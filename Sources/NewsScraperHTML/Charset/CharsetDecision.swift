/// The character encoding chosen for a page, and the evidence it came from.
public struct CharsetDecision: Sendable, Hashable, Codable {
    /// Where the decision came from, in the order browsers consult them.
    public enum Source: String, Sendable, Hashable, Codable {
        /// A byte-order mark at the very start of the bytes.
        case byteOrderMark
        /// The charset given by the caller, usually the HTTP `Content-Type` charset.
        case transportHint
        /// A `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 1024 bytes.
        case metaPrescan
        /// No declaration; the bytes are valid UTF-8.
        case validUTF8
        /// No declaration; the bytes are UTF-8 apart from a few stray bytes,
        /// which decode as U+FFFD.
        case mostlyUTF8
        /// No declaration and the bytes are not UTF-8: windows-1252, as browsers do.
        case fallback
    }

    /// The canonical (WHATWG) name of the encoding, such as `utf-8` or `windows-1256`.
    public let encoding: String
    /// How the encoding was decided.
    public let source: Source
    /// The label as it was written, when the decision came from a declaration.
    public let declaredLabel: String?
    /// How many characters of the page had been encoded as UTF-8 twice (`â€™` for `’`) and
    /// were decoded once more; 0 when none were, or when
    /// ``HTMLParseOptions/repairsDoubleEncoding`` was off.
    public internal(set) var repairedCharacters: Int

    public init(encoding: String, source: Source, declaredLabel: String? = nil) {
        self.encoding = encoding
        self.source = source
        self.declaredLabel = declaredLabel
        self.repairedCharacters = 0
    }

    private enum CodingKeys: String, CodingKey {
        case encoding, source, declaredLabel, repairedCharacters
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        encoding = try container.decode(String.self, forKey: .encoding)
        source = try container.decode(Source.self, forKey: .source)
        declaredLabel = try container.decodeIfPresent(String.self, forKey: .declaredLabel)
        // Decisions written before repairs were counted have none.
        repairedCharacters = try container.decodeIfPresent(Int.self, forKey: .repairedCharacters) ?? 0
    }
}
