import CLibXML2

/// A fixed list of tag names, in which an element's name is found by its
/// bytes in place.
///
/// Walks that judge every element of a page by its tag name (a scoring walk
/// looks up what the name means for text, for chrome and for the page's kind)
/// spent more on making each name a String and hashing it into a set than on
/// the judging. Here a name is packed into two integers and looked up in a
/// small open-addressing table, with no String and no allocation.
public struct HTMLTagNames: Sendable {
    private let table: PackedNameTable

    /// Lists `names`; each is found at its position in the array.
    ///
    /// - Precondition: every name is non-empty, free of NUL bytes, at most 16 UTF-8 bytes long,
    ///   and listed once.
    public init(_ names: [String]) {
        table = PackedNameTable(names.map { name in
            let bytes = Array(name.utf8) + [0]
            guard let packed = bytes.withUnsafeBufferPointer({ PackedName($0.baseAddress!) }), !name.isEmpty else {
                preconditionFailure("tag name \(name) cannot be listed")
            }
            return packed
        })
    }

    /// The position in the list of the element's tag name (compared byte for byte, as String
    /// equality compares the ASCII names libxml2 gives elements); nil for a name not listed
    /// and for nodes that are not elements.
    public func index(of node: HTMLNode) -> Int? {
        guard node.isElement, let name = node.pointer.pointee.name else { return nil }
        return index(ofName: name)
    }

    /// The position in the list of the NUL-terminated name at `name`, if it is listed.
    func index(ofName name: UnsafePointer<xmlChar>) -> Int? {
        PackedName(name).flatMap(table.index(of:))
    }
}
