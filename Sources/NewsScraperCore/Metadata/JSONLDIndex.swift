import Foundation

/// The flattened nodes of all JSON-LD blocks of a page and an index of their
/// `@id`s, with the small readers every JSON-LD property needs.
struct JSONLDIndex: Sendable {
    /// An object found anywhere in the blocks.
    struct Entry: Sendable {
        var node: JSONValue
        /// Whether the object sits inside another entity's property rather
        /// than at the top level or in `@graph`.
        var isNested: Bool
    }

    /// Stops flattening after this many objects, so that a huge generated
    /// block costs bounded time.
    static let maximumObjects = 20_000

    let baseURL: URL?
    private(set) var entries: [Entry] = []
    private var definitions: [String: JSONValue] = [:]

    init(values: [JSONValue], baseURL: URL?) {
        self.baseURL = baseURL
        for value in values { flatten(value) }
    }

    /// Top-level and `@graph` entities in document order.
    var topLevelNodes: [JSONValue] { entries.filter { !$0.isNested }.map(\.node) }

    /// Walks a block without recursion: nesting in real blocks is shallow,
    /// but hostile input is not.
    private mutating func flatten(_ root: JSONValue) {
        var pending: [(JSONValue, Bool)] = [(root, false)]
        while let (value, isNested) = pending.popLast(), entries.count < Self.maximumObjects {
            switch value {
            case .array(let elements):
                pending.append(contentsOf: elements.reversed().map { ($0, isNested) })
            case .object(let members):
                var children: [(JSONValue, Bool)] = []
                if let graph = members["@graph"] {
                    children.append((graph, isNested))
                }
                let isEntity = members.keys.contains { $0 != "@context" && $0 != "@graph" }
                if isEntity {
                    entries.append(Entry(node: value, isNested: isNested))
                    if let id = members["@id"]?.stringValue, isDefinition(members), definitions[id] == nil {
                        definitions[id] = value
                    }
                    // Sorted so that nested entities keep a stable order.
                    for key in members.keys.sorted() where key != "@graph" && key != "@context" {
                        if let member = members[key], member.objectValue != nil || member.arrayValue != nil {
                            children.append((member, true))
                        }
                    }
                }
                pending.append(contentsOf: children.reversed())
            default:
                break
            }
        }
    }

    /// Whether an object says something beyond naming itself; only such
    /// objects are targets of `@id` references.
    private func isDefinition(_ members: [String: JSONValue]) -> Bool {
        members.keys.contains { $0 != "@id" && $0 != "@type" && $0 != "@context" }
    }

    /// The definition a reference such as `{"@id": "#author"}` points to;
    /// other values come back unchanged.
    func resolve(_ value: JSONValue) -> JSONValue {
        guard case .object(let members) = value, let id = members["@id"]?.stringValue, !isDefinition(members)
        else { return value }
        return definitions[id] ?? value
    }

    func node(withID id: String) -> JSONValue? { definitions[id] }

    // MARK: Property readers

    /// Cleaned text of a property: a string, a number, the first usable
    /// element of an array, or a `{"@value": ...}` literal.
    func text(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        switch value {
        case .string, .number: return MetadataText.clean(value.scalarText)
        case .array(let elements):
            for element in elements { if let text = text(element) { return text } }
            return nil
        case .object(let members):
            return text(members["@value"])
        default:
            return nil
        }
    }

    /// A URL property: a string, or an object carrying `url` or `@id`.
    func url(_ value: JSONValue?) -> URL? {
        guard let value else { return nil }
        for item in value.listValue {
            let item = resolve(item)
            let raw = item.stringValue ?? item["url"].flatMap(text) ?? item["@id"]?.stringValue
            if let url = MetadataURL.resolve(raw, against: baseURL) { return url }
        }
        return nil
    }

    /// Names of people or organisations: strings, objects, arrays of
    /// either, and `@id` references.
    func people(_ value: JSONValue?) -> [MetadataAuthor] {
        guard let value else { return [] }
        var result: [MetadataAuthor] = []
        for item in value.listValue {
            let item = resolve(item)
            if let string = item.stringValue {
                guard let name = MetadataText.clean(string), !MetadataURL.looksLikeWebAddress(name) else { continue }
                result.append(MetadataAuthor(name: name))
                continue
            }
            guard item.objectValue != nil else { continue }
            let types = JSONLDTypes.types(of: item)
            var name = text(item["name"])
            if name == nil, let given = text(item["givenName"]) {
                name = [given, text(item["familyName"])].compactMap { $0 }.joined(separator: " ")
            }
            guard let name = name ?? text(item["alternateName"]) else { continue }
            result.append(MetadataAuthor(name: name, url: url(item["url"]),
                                         isOrganization: JSONLDTypes.isOrganization(types)))
        }
        return result
    }

    /// Images: URL strings, `ImageObject`s (`url` or `contentUrl`, with
    /// width, height and caption), arrays of either, and references.
    func images(_ value: JSONValue?) -> [MetadataImage] {
        guard let value else { return [] }
        var result: [MetadataImage] = []
        for item in value.listValue {
            let item = resolve(item)
            if let string = item.stringValue {
                if let url = MetadataURL.resolve(string, against: baseURL) { result.append(MetadataImage(url: url)) }
                continue
            }
            guard item.objectValue != nil else { continue }
            let raw = text(item["url"]) ?? text(item["contentUrl"]) ?? item["@id"]?.stringValue
            guard let raw, let url = MetadataURL.resolve(raw, against: baseURL) else { continue }
            result.append(MetadataImage(url: url, width: pixels(item["width"]), height: pixels(item["height"]),
                                        caption: text(item["caption"]) ?? text(item["description"])))
        }
        return result
    }

    /// A size given as a number, a string such as `"1200px"`, or a
    /// `QuantitativeValue` object.
    private func pixels(_ value: JSONValue?) -> Int? {
        guard let value else { return nil }
        if case .object(let members) = value { return pixels(members["value"]) }
        return MetadataImage.pixels(value.scalarText)
    }

    /// Terms from a property that may be a comma-separated string, an array
    /// of strings, or an array of `DefinedTerm` objects.
    func terms(_ value: JSONValue?, splitOnCommas: Bool) -> [String] {
        guard let value else { return [] }
        var result: [String] = []
        for item in value.listValue {
            let item = resolve(item)
            guard let raw = item.objectValue != nil ? text(item["name"]) : text(item) else { continue }
            if splitOnCommas {
                result.append(contentsOf: raw.split(separator: ",").compactMap { MetadataText.clean(String($0)) })
            } else {
                result.append(raw)
            }
        }
        return result
    }

    /// A language given as a code, or as a `Language` object (whose
    /// `alternateName` is the code).
    func language(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        for item in value.listValue {
            let item = resolve(item)
            if item.objectValue != nil {
                if let code = text(item["alternateName"]) ?? text(item["name"]) { return code }
            } else if let code = text(item) {
                return code
            }
        }
        return nil
    }
}
