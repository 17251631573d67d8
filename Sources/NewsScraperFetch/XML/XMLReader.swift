import CLibXML2
import Foundation

/// The result of reading an XML document with libxml2's recovering parser.
struct XMLReadResult: Sendable {
    /// The root element, or `nil` when nothing could be recovered.
    var root: ParsedXMLElement?
    /// What went wrong while parsing (empty for well-formed input).
    var warnings: [String]
}

/// Reads XML bytes into ``ParsedXMLElement`` values with libxml2.
///
/// The libxml2 tree lives only inside ``read(_:)``: the document is converted
/// to values and freed before returning, so results are `Sendable`.
enum XMLReader {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Recover from broken markup (feeds in the wild often are), stay silent,
    /// never fetch external entities or DTDs (no network, no XXE).
    private static let options = Int32(
        XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
    )

    /// Elements deeper than this are dropped: recursion over hostile input
    /// must not exhaust the stack.
    static let maximumDepth = 256

    static func read(_ bytes: [UInt8]) -> XMLReadResult {
        _ = initialized
        guard !bytes.isEmpty else { return XMLReadResult(root: nil, warnings: ["empty document"]) }
        guard let context = xmlNewParserCtxt() else { return XMLReadResult(root: nil, warnings: ["libxml2 out of memory"]) }
        defer { xmlFreeParserCtxt(context) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(context, $0, Int32(clamping: buffer.count), nil, nil, options)
            }
        }
        var warnings: [String] = []
        if context.pointee.wellFormed == 0 {
            var message = "malformed XML; kept what the parser recovered"
            if let error = xmlCtxtGetLastError(context), let text = error.pointee.message {
                let detail = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
                message += " (line \(error.pointee.line): \(detail))"
            }
            warnings.append(message)
        }
        guard let document else { return XMLReadResult(root: nil, warnings: warnings + ["no document recovered"]) }
        defer { xmlFreeDoc(document) }
        guard let rootNode = xmlDocGetRootElement(document) else {
            return XMLReadResult(root: nil, warnings: warnings + ["no root element"])
        }
        return XMLReadResult(root: convert(rootNode, depth: 0), warnings: warnings)
    }

    private static func convert(_ node: xmlNodePtr, depth: Int) -> ParsedXMLElement {
        let name = String(cString: node.pointee.name)
        let prefix = node.pointee.ns?.pointee.prefix.map { String(cString: $0) }
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let attributeName = String(cString: current.pointee.name)
            if let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                attributes[attributeName] = String(cString: value)
                newsscraper_xmlFree(value)
            } else {
                attributes[attributeName] = ""
            }
            attribute = current.pointee.next
        }
        var children: [ParsedXMLElement] = []
        var text = ""
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                if depth < maximumDepth { children.append(convert(current, depth: depth + 1)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { text += String(cString: content) }
            case XML_ENTITY_REF_NODE:
                // DTD-declared entities are deliberately not expanded: expanding
                // them (even via xmlNodeGetContent) is how "billion laughs"
                // documents exhaust memory. Predefined entities never reach here.
                break
            default:
                break
            }
            child = current.pointee.next
        }
        return ParsedXMLElement(name: name, prefix: prefix, attributes: attributes, children: children, text: text)
    }
}
