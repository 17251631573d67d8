/// Limits and choices for parsing one page.
public struct HTMLParseOptions: Sendable, Hashable {
    /// Pages larger than this are refused with ``HTMLError/inputTooLarge(byteCount:limit:)``
    /// before any parsing. The default, 32 MiB, is far above any real article page.
    public var maximumInputBytes: Int

    /// Whether text that was encoded as UTF-8 twice (`doesnâ€™t` for `doesn’t`, `Ã©` for `é`)
    /// is decoded once more before parsing. On by default: such text is damage done by some
    /// tool between the writer and the page, and a reader wants the words. A page is repaired
    /// only when it holds at least three such characters, each of which must decode to
    /// well-formed UTF-8; ``CharsetDecision/repairedCharacters`` says how many were.
    public var repairsDoubleEncoding: Bool

    /// Creates options; the defaults suit pages fetched from the web.
    public init(maximumInputBytes: Int = 32 << 20, repairsDoubleEncoding: Bool = true) {
        self.maximumInputBytes = maximumInputBytes
        self.repairsDoubleEncoding = repairsDoubleEncoding
    }

    /// The default options.
    public static let `default` = HTMLParseOptions()
}
