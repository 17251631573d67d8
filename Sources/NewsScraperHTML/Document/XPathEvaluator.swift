import CLibXML2

/// Compiles and runs XPath expressions with libxml2, turning failures into
/// ``HTMLError/invalidXPath(expression:reason:)`` instead of stderr output.
enum XPathEvaluator {
    static func nodes(_ expression: String, document: HTMLDocument, context node: HTMLNode?) throws(HTMLError)
        -> [HTMLNode] {
        guard let context = xmlXPathNewContext(document.pointer) else {
            throw .invalidXPath(expression: expression, reason: "libxml2 could not create an XPath context")
        }
        defer { xmlXPathFreeContext(context) }
        newsscraper_silenceXPathErrors(context)
        // Relative expressions need a context node; the document node stands
        // in when none is given, as it does for `document.evaluate` in browsers.
        context.pointee.node = node?.pointer ?? UnsafeMutableRawPointer(document.pointer)
            .assumingMemoryBound(to: xmlNode.self)

        let compiled: xmlXPathCompExprPtr? = expression.withCString { raw in
            raw.withMemoryRebound(to: xmlChar.self, capacity: expression.utf8.count + 1) {
                xmlXPathCtxtCompile(context, $0)
            }
        }
        guard let compiled else {
            throw .invalidXPath(expression: expression, reason: lastErrorMessage(context) ?? "syntax error")
        }
        defer { xmlXPathFreeCompExpr(compiled) }
        guard let result = xmlXPathCompiledEval(compiled, context) else {
            throw .invalidXPath(expression: expression, reason: lastErrorMessage(context) ?? "evaluation failed")
        }
        defer { xmlXPathFreeObject(result) }
        guard result.pointee.type == XPATH_NODESET else {
            throw .invalidXPath(expression: expression, reason: "the expression does not select nodes")
        }
        guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0, let table = set.pointee.nodeTab else {
            return []
        }
        var nodes: [HTMLNode] = []
        nodes.reserveCapacity(Int(set.pointee.nodeNr))
        for index in 0..<Int(set.pointee.nodeNr) {
            // Namespace nodes in a result set are copies that xmlXPathFreeObject
            // frees; a node handed out for one would dangle.
            if let pointer = table[index], pointer.pointee.type != XML_NAMESPACE_DECL {
                nodes.append(HTMLNode(document: document, pointer: pointer))
            }
        }
        return nodes
    }

    private static func lastErrorMessage(_ context: xmlXPathContextPtr) -> String? {
        guard let message = context.pointee.lastError.message else { return nil }
        let text = String(cString: message).trimmingASCIIWhitespace()
        return text.isEmpty ? nil : text
    }
}

extension HTMLNode {
    /// Nodes selected by an XPath expression evaluated with this node as the context node.
    public func xpath(_ expression: String) throws(HTMLError) -> [HTMLNode] {
        try XPathEvaluator.nodes(expression, document: document, context: self)
    }
}
