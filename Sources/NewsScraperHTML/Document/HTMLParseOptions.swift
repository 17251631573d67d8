/// Limits and choices for parsing one page.
public struct HTMLParseOptions: Sendable, Hashable {
    /// Pages larger than this are refused with ``HTMLError/inputTooLarge(byteCount:limit:)``
    /// before any parsing. The default, 32 MiB, is far above any real article page.
    public var maximumInputBytes: Int

    /// Creates options; the defaults suit pages fetched from the web.
    public init(maximumInputBytes: Int = 32 << 20) {
        self.maximumInputBytes = maximumInputBytes
    }

    /// The default options.
    public static let `default` = HTMLParseOptions()
}
