import CLibXML2

/// One attribute of an element, as ``HTMLNode/forEachAttribute(_:)`` passes it: for callers that
/// look for several attributes of every element and want one pass over its attributes instead of
/// one per name. Valid while the element's document lives; kept inside the package, as the pointer
/// it wraps must not outlive the tree.
package struct HTMLAttribute {
    let pointer: xmlAttrPtr

    /// The attribute's name as libxml2 holds it (the HTML parser lowercases names), in place.
    package var nameUTF8: UnsafeBufferPointer<UInt8> {
        guard let name = pointer.pointee.name else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name)))
    }

    /// Whether `name` (an attribute's ``nameUTF8``) equals `lowercaseName`, lowercase ASCII,
    /// ignoring ASCII case as ``HTMLNode/attribute(_:)`` does.
    @inlinable
    package static func name(_ name: UnsafeBufferPointer<UInt8>, equals lowercaseName: StaticString) -> Bool {
        guard name.count == lowercaseName.utf8CodeUnitCount else { return false }
        let wanted = lowercaseName.utf8Start
        for index in 0..<name.count {
            let byte = name[index]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != wanted[index] { return false }
        }
        return true
    }

    /// The attribute's value, as ``HTMLNode/attribute(_:)`` reads it.
    package var value: String? { HTMLNode.attributeValue(pointer) }

    /// Calls `body` with the UTF-8 bytes of the value, read in place where libxml2 holds it as
    /// one run of text (as ``HTMLNode/withAttributeUTF8(_:_:)`` does).
    package func withValueUTF8(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if let child = pointer.pointee.children, child.pointee.next == nil,
           child.pointee.type == XML_TEXT_NODE, let content = child.pointee.content {
            body(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
        } else {
            var value = HTMLNode.attributeValue(pointer) ?? ""
            value.withUTF8(body)
        }
    }
}

extension HTMLNode {
    /// Calls `body` with each attribute of the element in source order (none for other nodes).
    package func forEachAttribute(_ body: (HTMLAttribute) -> Void) {
        guard isElement else { return }
        var property = pointer.pointee.properties
        while let current = property {
            if current.pointee.name != nil { body(HTMLAttribute(pointer: current)) }
            property = current.pointee.next
        }
    }
}
