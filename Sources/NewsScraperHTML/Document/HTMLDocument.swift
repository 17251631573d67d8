import CLibXML2
import Foundation

/// A parsed HTML page.
///
/// A document owns its libxml2 tree. It is deliberately not `Sendable`: keep it
/// inside the task that parsed it and hand out values (strings, URLs, your own
/// `Sendable` models) instead. Nodes keep their document alive, so a node can
/// never point into a freed tree.
///
/// The tree is libxml2 2.9's, an HTML4 parser's: HTML5 elements are kept, but
/// a `<p>` is not closed by `<section>` or `<article>`, so code reading the
/// tree must not assume HTML5 tree construction. Nesting depth is not capped
/// (libxml2's own cap of 256 would drop the rest of the page); the size of
/// the input is, by ``HTMLParseOptions/maximumInputBytes``.
public final class HTMLDocument {
    let pointer: htmlDocPtr
    /// Nodes removed from the tree, freed with the document so that node
    /// values still referring to them stay valid.
    private var detachedNodes: [xmlNodePtr] = []
    /// Names and text roles of recently read tag names, by a hash of the name's bytes. (libxml2's HTML
    /// parser copies every element's name, so the name pointer cannot be the key: a dictionary keyed by
    /// it grew by one entry per element.) Held by pointer, not in an Array property: every element's
    /// name and text role is read here, and each access to a class's Array property paid a dynamic
    /// exclusivity check. The document belongs to one task, so accesses never overlap.
    private let recentNames: UnsafeMutablePointer<RecentName> = {
        let table = UnsafeMutablePointer<RecentName>.allocate(capacity: HTMLDocument.recentNameSlots)
        table.initialize(repeating: RecentName(), count: HTMLDocument.recentNameSlots)
        return table
    }()
    private static let recentNameSlots = 256
    /// The number the next node given one gets (see ``HTMLNode/number``).
    var nextNodeNumber = 0

    /// The encoding the bytes were decoded with, and why.
    public let charset: CharsetDecision
    /// The page's own URL, as given by the caller.
    public let url: URL?
    /// The URL relative links resolve against: `<base href>` resolved against
    /// ``url``, else ``url``.
    public private(set) lazy var baseURL: URL? = computeBaseURL()

    /// Parses a page from its bytes.
    ///
    /// - Parameters:
    ///   - bytes: The page as received.
    ///   - url: The page's URL, used to resolve relative links.
    ///   - charsetHint: The charset of the HTTP `Content-Type` header, if known.
    ///   - options: Limits for this parse.
    /// - Throws: ``HTMLError`` for empty, binary, oversized or unparsable input.
    public convenience init<Bytes: Collection>(
        bytes: Bytes, url: URL? = nil, charsetHint: String? = nil, options: HTMLParseOptions = .default
    ) throws(HTMLError) where Bytes.Element == UInt8 {
        let parsed: Result<(htmlDocPtr, CharsetDecision), HTMLError>
        if let direct = bytes.withContiguousStorageIfAvailable({ buffer in
            Self.parse(buffer, url: url, charsetHint: charsetHint, options: options)
        }) {
            parsed = direct
        } else {
            parsed = Array(bytes).withUnsafeBufferPointer {
                Self.parse($0, url: url, charsetHint: charsetHint, options: options)
            }
        }
        let (pointer, charset) = try parsed.get()
        self.init(pointer: pointer, charset: charset, url: url)
    }

    /// Parses a page held as a string (UTF-8; any `<meta charset>` in it is ignored).
    public convenience init(html: String, url: URL? = nil, options: HTMLParseOptions = .default) throws(HTMLError) {
        var html = html
        let parsed = html.withUTF8 { Self.parse($0, url: url, charsetHint: "utf-8", options: options) }
        let (pointer, charset) = try parsed.get()
        self.init(pointer: pointer, charset: charset, url: url)
    }

    private init(pointer: htmlDocPtr, charset: CharsetDecision, url: URL?) {
        StrayContentRepair.repair(pointer)
        self.pointer = pointer
        self.charset = charset
        self.url = url
    }

    deinit {
        recentNames.deinitialize(count: Self.recentNameSlots)
        recentNames.deallocate()
        for node in detachedNodes { xmlFreeNode(node) }
        xmlFreeDoc(pointer)
    }

    // MARK: Entry points into the tree

    /// The `<html>` element.
    public var root: HTMLNode? {
        xmlDocGetRootElement(pointer).map { HTMLNode(document: self, pointer: $0) }
    }

    /// The `<head>` element, if the page has one.
    public var head: HTMLNode? { root?.firstChildElement(named: "head") }

    /// The `<body>` element, if the page has one.
    public var body: HTMLNode? { root?.firstChildElement(named: "body") }

    /// The text of the first `<title>`, whitespace-normalised.
    public var title: String? {
        guard let title = head?.firstChildElement(named: "title") ?? root?.firstDescendant(named: "title") else {
            return nil
        }
        let text = title.text
        return text.isEmpty ? nil : text
    }

    /// Elements matching a CSS selector, in document order.
    public func select(_ selector: String) throws(HTMLError) -> [HTMLNode] {
        try root?.select(selector, includingSelf: true) ?? []
    }

    /// The first element matching a CSS selector.
    public func selectFirst(_ selector: String) throws(HTMLError) -> HTMLNode? {
        try root?.selectFirst(selector, includingSelf: true)
    }

    /// Every element with the given tag name (ignoring ASCII case), in
    /// document order: what the XPath `//name` selects, found by a plain walk
    /// without compiling and evaluating an expression.
    public func elements(named name: String) -> [HTMLNode] {
        var found: [HTMLNode] = []
        let wanted = name.utf8.map(ASCII.lowercase)
        let start = UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: xmlNode.self)
        var next = start.pointee.children
        while let node = next {
            if node.pointee.type == XML_ELEMENT_NODE, let own = node.pointee.name, ASCII.equalsIgnoringCase(own, wanted) {
                found.append(HTMLNode(document: self, pointer: node))
            }
            next = TreeWalk.following(node, within: start)
        }
        return found
    }

    /// Every element that has an attribute of exactly this name (case-sensitive, no namespace),
    /// in document order: for a name without a colon, what the XPath `//*[@name]` selects,
    /// found by a plain walk. (That query compiles, evaluates and sorts a node set of every
    /// element of the page.)
    public func elements(havingAttribute name: String) -> [HTMLNode] {
        var found: [HTMLNode] = []
        var name = name
        name.withUTF8 { wanted in
            let start = UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: xmlNode.self)
            var next = start.pointee.children
            while let node = next {
                if node.pointee.type == XML_ELEMENT_NODE {
                    var property = node.pointee.properties
                    while let current = property {
                        if current.pointee.ns == nil, let own = current.pointee.name, Self.equals(own, wanted) {
                            found.append(HTMLNode(document: self, pointer: node))
                            break
                        }
                        property = current.pointee.next
                    }
                }
                next = TreeWalk.following(node, within: start)
            }
        }
        return found
    }

    /// Whether a NUL-terminated name is exactly the bytes `name`.
    private static func equals(_ own: UnsafePointer<xmlChar>, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<name.count where own[index] != name[index] { return false }
        return own[name.count] == 0
    }

    /// Nodes selected by an XPath expression evaluated from the document.
    public func xpath(_ expression: String) throws(HTMLError) -> [HTMLNode] {
        try XPathEvaluator.nodes(expression, document: self, context: nil)
    }

    // MARK: Internals shared with nodes

    func detach(_ node: xmlNodePtr) {
        xmlUnlinkNode(node)
        detachedNodes.append(node)
    }

    /// The name as a String. Names of up to 16 bytes (nearly all) are looked
    /// up by their bytes in a small table, so repeated names cost no String
    /// creation; longer ones are made each time.
    func name(of pointer: UnsafePointer<xmlChar>) -> String {
        guard let packed = PackedName(pointer) else { return String(cString: pointer) }
        let slot = packed.slot(among: Self.recentNameSlots)
        if recentNames[slot].packed == packed { return recentNames[slot].name }
        let name = String(cString: pointer)
        recentNames[slot] = RecentName(packed: packed, name: name, textRole: TextRole(tagName: name))
        return name
    }

    /// How text extraction treats an element, found by its name like ``name(of:)``.
    func textRole(of element: xmlNodePtr) -> TextRole {
        guard let namePointer = element.pointee.name else { return .inline }
        guard let packed = PackedName(namePointer) else { return TextRole(tagName: String(cString: namePointer)) }
        let slot = packed.slot(among: Self.recentNameSlots)
        if recentNames[slot].packed != packed { _ = name(of: namePointer) }
        return recentNames[slot].textRole
    }

    private func computeBaseURL() -> URL? {
        if let base = head?.firstChildElement(named: "base")?.attribute("href"),
           let resolved = URL(string: base.trimmingASCIIWhitespace(), relativeTo: url)?.absoluteURL {
            return resolved
        }
        return url
    }

    // MARK: Parsing

    private static func parse(
        _ input: UnsafeBufferPointer<UInt8>, url: URL?, charsetHint: String?, options: HTMLParseOptions
    ) -> Result<(htmlDocPtr, CharsetDecision), HTMLError> {
        LibXML2Runtime.ensureInitialized()
        guard input.count <= options.maximumInputBytes else {
            return .failure(.inputTooLarge(byteCount: input.count, limit: options.maximumInputBytes))
        }
        guard input.contains(where: { !ASCII.isWhitespace($0) }) else {
            return .failure(.emptyInput)
        }
        var decision = CharsetDetector.decide(input, transportHint: charsetHint)
        var body = UnsafeBufferPointer(rebasing: input[...])
        if let bom = CharsetDetector.byteOrderMark(input), bom.encoding == decision.encoding {
            body = UnsafeBufferPointer(rebasing: input[bom.length...])
        }
        let isUTF16 = decision.encoding.hasPrefix("utf-16")
        if !isUTF16, let share = BinarySniffer.controlByteShare(body), share > BinarySniffer.threshold {
            return .failure(.binaryInput(controlByteShare: share))
        }
        if options.repairsDoubleEncoding, let misdeclared = misdeclaredUTF8(body, decision: decision) {
            decision = misdeclared
        }
        if MultiByteTranscoder.handles(decision.encoding),
           let utf8 = MultiByteTranscoder.utf8(from: body, canonical: decision.encoding) {
            return utf8.withUnsafeBufferPointer { read($0, url: url, decision: decision, parserEncoding: "UTF-8", options: options) }
        }
        if !isUTF16, decision.encoding != "utf-8", let transcoder = SingleByteTranscoder.forEncoding(decision.encoding),
           transcoder.hasUnmappedBytes(body) {
            let utf8 = transcoder.utf8(from: body)
            return utf8.withUnsafeBufferPointer { read($0, url: url, decision: decision, parserEncoding: "UTF-8", options: options) }
        }
        // libxml2 stops reading at a NUL byte; browsers drop it. Copy only when needed.
        if !isUTF16, containsNUL(body) {
            let cleaned = body.filter { $0 != 0 }
            return cleaned.withUnsafeBufferPointer { read($0, url: url, decision: decision, options: options) }
        }
        return read(body, url: url, decision: decision, options: options)
    }

    /// A page declared windows-1252 (or Latin-1, its WHATWG alias) whose bytes are well-formed
    /// UTF-8 with at least ``DoubleEncodingRepair/minimumRuns`` multi-byte characters is UTF-8
    /// under a wrong label: read through the label, every such character would come out encoded
    /// twice (`â€™` for `’`), and undoing that is reading the bytes as UTF-8. Legacy text almost
    /// never forms valid UTF-8 sequences (a letter such as `Ã` followed by a symbol such as `©`).
    /// The decision keeps the declaration's source and label, with UTF-8 as its encoding.
    private static func misdeclaredUTF8(_ body: UnsafeBufferPointer<UInt8>, decision: CharsetDecision) -> CharsetDecision? {
        guard decision.encoding == "windows-1252", decision.source != .fallback else { return nil }
        let census = UTF8Census(body)
        guard census.invalidSequences == 0, census.multiByteSequences >= DoubleEncodingRepair.minimumRuns else { return nil }
        var misdeclared = CharsetDecision(encoding: "utf-8", source: decision.source, declaredLabel: decision.declaredLabel)
        misdeclared.repairedCharacters = census.multiByteSequences
        return misdeclared
    }

    /// `memchr` rather than `contains`: this scans every page, and must cost
    /// next to nothing beside the parse even in debug builds.
    private static func containsNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return false }
        return memchr(base, 0, bytes.count) != nil
    }

    private static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, url: URL?, decision: CharsetDecision, parserEncoding: String? = nil,
        options: HTMLParseOptions
    ) -> Result<(htmlDocPtr, CharsetDecision), HTMLError> {
        guard bytes.count > 0 else { return .failure(.emptyInput) }
        let encoding = parserEncoding ?? CharsetLabels.parserName(for: decision.encoding)
        // Text encoded twice is found in the UTF-8 the parser is given, however the page was decoded.
        if encoding == "UTF-8", options.repairsDoubleEncoding,
           DoubleEncodingRepair.count(in: bytes, upTo: DoubleEncodingRepair.minimumRuns) >= DoubleEncodingRepair.minimumRuns {
            let (repaired, runs) = DoubleEncodingRepair.repaired(bytes)
            var decision = decision
            decision.repairedCharacters += runs
            var once = options
            once.repairsDoubleEncoding = false
            return repaired.withUnsafeBufferPointer {
                read($0, url: url, decision: decision, parserEncoding: encoding, options: once)
            }
        }
        // Long verbatim texts are cut out of the parser's input and put back after it (see
        // VerbatimTextElision); when that cannot be vouched for, the page is parsed as it is.
        if encoding == "UTF-8", let elision = VerbatimTextElision(bytes),
           let document = elision.elidedInput.withUnsafeBufferPointer({ libxml2Read($0, url: url, encoding: encoding) }) {
            if elision.restore(in: document, from: bytes) { return .success((document, decision)) }
            xmlFreeDoc(document)
        }
        guard let document = libxml2Read(bytes, url: url, encoding: encoding) else { return .failure(.unparsable) }
        return .success((document, decision))
    }

    /// libxml2's parse of `bytes` as they are, in `encoding` (a name libxml2 knows).
    static func libxml2Read(_ bytes: UnsafeBufferPointer<UInt8>, url: URL?, encoding: String) -> htmlDocPtr? {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return nil }
        return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
            htmlReadMemory(chars, Int32(clamping: bytes.count), url?.absoluteString, encoding,
                           LibXML2Runtime.htmlParseOptions)
        }
    }
}

@available(*, unavailable, message: "A parsed document belongs to one task; hand out values instead.")
extension HTMLDocument: Sendable {}

/// Tells text from binary data by the share of control bytes near the start.
enum BinarySniffer {
    static let sampleSize = 4096
    static let threshold = 0.10

    static func controlByteShare(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let sample = min(bytes.count, sampleSize)
        guard sample > 0 else { return nil }
        var control = 0
        for index in 0..<sample {
            let byte = bytes[index]
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0C, byte != 0x0D, byte != 0x1B { control += 1 }
        }
        return Double(control) / Double(sample)
    }
}

/// A name of up to 16 bytes packed into two integers, so that comparing two
/// names is comparing two pairs of integers. Names hold no NUL byte, so the
/// zero padding cannot be confused with content.
struct PackedName: Equatable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    init() {}

    /// Nil for names longer than 16 bytes.
    init?(_ name: UnsafePointer<xmlChar>) {
        var length = 0
        while length < 16 {
            let byte = name[length]
            if byte == 0 { return }
            if length < 8 {
                low |= UInt64(byte) << UInt64(8 * length)
            } else {
                high |= UInt64(byte) << UInt64(8 * (length - 8))
            }
            length += 1
        }
        if name[16] != 0 { return nil }
    }

    func slot(among count: Int) -> Int {
        let mixed = (low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 40) & (count - 1)
    }
}

/// An entry of the document's table of recently read names; unused entries
/// stand for the empty name, which is what they hold.
struct RecentName {
    var packed = PackedName()
    var name = ""
    var textRole = TextRole(tagName: "")
}
