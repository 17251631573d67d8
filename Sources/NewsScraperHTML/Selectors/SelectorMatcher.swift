import CLibXML2

/// Matches parsed selectors against elements, right to left, walking
/// ancestors and siblings through the tree's own links (no recursion over
/// the page: only over the selector's compounds).
enum SelectorMatcher {
    static func matches(_ node: HTMLNode, _ list: SelectorList) -> Bool {
        list.selectors.contains { matches(node, $0, anchor: nil) }
    }

    /// Whether `node` matches `selector`; with an `anchor`, the selector is
    /// relative (inside `:has()`), and its leftmost compound must be joined
    /// to the anchor by the leading combinator.
    static func matches(_ node: HTMLNode, _ selector: ComplexSelector, anchor: HTMLNode?) -> Bool {
        matchFrom(node, selector, position: 0, anchor: anchor)
    }

    private static func matchFrom(_ node: HTMLNode, _ selector: ComplexSelector, position: Int, anchor: HTMLNode?)
        -> Bool {
        guard matchesCompound(node, selector.compounds[position]) else { return false }
        if position == selector.compounds.count - 1 {
            guard let anchor else { return true }
            return isJoined(node, to: anchor, by: selector.leadingCombinator ?? .descendant)
        }
        let next = position + 1
        switch selector.combinators[position] {
        case .child:
            guard let parent = node.parent else { return false }
            return matchFrom(parent, selector, position: next, anchor: anchor)
        case .descendant:
            var ancestor = node.parent
            while let current = ancestor {
                if matchFrom(current, selector, position: next, anchor: anchor) { return true }
                ancestor = current.parent
            }
            return false
        case .nextSibling:
            guard let sibling = node.previousElementSibling else { return false }
            return matchFrom(sibling, selector, position: next, anchor: anchor)
        case .subsequentSibling:
            var sibling = node.previousElementSibling
            while let current = sibling {
                if matchFrom(current, selector, position: next, anchor: anchor) { return true }
                sibling = current.previousElementSibling
            }
            return false
        }
    }

    private static func isJoined(_ node: HTMLNode, to anchor: HTMLNode, by combinator: Combinator) -> Bool {
        switch combinator {
        case .child: return node.parent == anchor
        case .descendant: return node != anchor && anchor.contains(node)
        case .nextSibling: return node.previousElementSibling == anchor
        case .subsequentSibling:
            var sibling = node.previousElementSibling
            while let current = sibling {
                if current == anchor { return true }
                sibling = current.previousElementSibling
            }
            return false
        }
    }

    static func matchesCompound(_ node: HTMLNode, _ compound: CompoundSelector) -> Bool {
        guard node.isElement else { return false }
        if let tagName = compound.tagName, !node.hasTagName(tagName) { return false }
        for condition in compound.conditions where !matchesCondition(node, condition) { return false }
        return true
    }

    private static func matchesCondition(_ node: HTMLNode, _ condition: SimpleCondition) -> Bool {
        switch condition {
        case let .id(id):
            return node.attribute("id") == id
        case let .className(name):
            return node.hasClass(name)
        case let .attribute(name, match, caseInsensitive):
            guard var value = node.attribute(name) else { return false }
            if caseInsensitive { value = value.lowercased() }
            switch match {
            case .exists: return true
            case let .equals(expected): return value == expected
            case let .containsWord(word):
                return !word.isEmpty && value.split(whereSeparator: { $0.isWhitespace }).contains { $0 == word }
            case let .dashPrefix(prefix): return value == prefix || value.hasPrefix(prefix + "-")
            case let .prefix(prefix): return !prefix.isEmpty && value.hasPrefix(prefix)
            case let .suffix(suffix): return !suffix.isEmpty && value.hasSuffix(suffix)
            case let .substring(part): return !part.isEmpty && value.contains(part)
            }
        case let .pseudo(pseudo):
            return matchesPseudo(node, pseudo)
        }
    }

    private static func matchesPseudo(_ node: HTMLNode, _ pseudo: PseudoClass) -> Bool {
        switch pseudo {
        case let .not(list): return !matches(node, list)
        case let .is(list): return matches(node, list)
        case let .has(relatives): return relatives.contains { hasMatch(anchor: node, $0) }
        case let .nthChild(pattern, fromEnd):
            guard node.parent != nil else { return false }
            return pattern.matches(position(of: node, fromEnd: fromEnd, sameType: false))
        case let .nthOfType(pattern, fromEnd):
            guard node.parent != nil else { return false }
            return pattern.matches(position(of: node, fromEnd: fromEnd, sameType: true))
        case .onlyChild:
            return node.parent != nil && node.previousElementSibling == nil && node.nextElementSibling == nil
        case .onlyOfType:
            return node.parent != nil && position(of: node, fromEnd: false, sameType: true) == 1
                && position(of: node, fromEnd: true, sameType: true) == 1
        case .empty:
            var child = node.pointer.pointee.children
            while let current = child {
                let type = current.pointee.type
                if type == XML_ELEMENT_NODE { return false }
                if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE,
                   let content = current.pointee.content, content.pointee != 0 { return false }
                child = current.pointee.next
            }
            return true
        case .root:
            return node.parent == nil
        }
    }

    /// 1-based position among element siblings (of the same type, optionally).
    private static func position(of node: HTMLNode, fromEnd: Bool, sameType: Bool) -> Int {
        var count = 1
        let name = sameType ? node.tagName : ""
        var sibling = fromEnd ? node.nextElementSibling : node.previousElementSibling
        while let current = sibling {
            if !sameType || current.tagName == name { count += 1 }
            sibling = fromEnd ? current.nextElementSibling : current.previousElementSibling
        }
        return count
    }

    private static func hasMatch(anchor: HTMLNode, _ selector: ComplexSelector) -> Bool {
        let leading = selector.leadingCombinator ?? .descendant
        switch leading {
        case .descendant, .child:
            for candidate in anchor.descendants where candidate.isElement {
                if matches(candidate, selector, anchor: anchor) { return true }
            }
            return false
        case .nextSibling, .subsequentSibling:
            var sibling = anchor.nextElementSibling
            while let current = sibling {
                if matches(current, selector, anchor: anchor) { return true }
                for candidate in current.descendants where candidate.isElement {
                    if matches(candidate, selector, anchor: anchor) { return true }
                }
                sibling = current.nextElementSibling
            }
            return false
        }
    }
}

extension HTMLNode {
    /// Whether this element matches a selector.
    public func matches(_ selector: CSSSelector) -> Bool {
        SelectorMatcher.matches(self, selector.list)
    }

    /// Whether this element matches a selector given as text.
    public func matches(_ selector: String) throws(HTMLError) -> Bool {
        matches(try CSSSelector(selector))
    }

    /// Descendant elements matching a selector, in document order.
    public func select(_ selector: CSSSelector, includingSelf: Bool = false) -> [HTMLNode] {
        var result: [HTMLNode] = []
        if includingSelf, isElement, matches(selector) { result.append(self) }
        for node in descendants where node.isElement && SelectorMatcher.matches(node, selector.list) {
            result.append(node)
        }
        return result
    }

    /// Descendant elements matching a selector given as text, in document order.
    public func select(_ selector: String, includingSelf: Bool = false) throws(HTMLError) -> [HTMLNode] {
        select(try CSSSelector(selector), includingSelf: includingSelf)
    }

    /// The first descendant element matching a selector.
    public func selectFirst(_ selector: CSSSelector, includingSelf: Bool = false) -> HTMLNode? {
        if includingSelf, isElement, matches(selector) { return self }
        return descendants.first { $0.isElement && SelectorMatcher.matches($0, selector.list) }
    }

    /// The first descendant element matching a selector given as text.
    public func selectFirst(_ selector: String, includingSelf: Bool = false) throws(HTMLError) -> HTMLNode? {
        selectFirst(try CSSSelector(selector), includingSelf: includingSelf)
    }
}

extension HTMLDocument {
    /// Elements matching a parsed selector, in document order.
    public func select(_ selector: CSSSelector) -> [HTMLNode] {
        root?.select(selector, includingSelf: true) ?? []
    }

    /// The first element matching a parsed selector.
    public func selectFirst(_ selector: CSSSelector) -> HTMLNode? {
        root?.selectFirst(selector, includingSelf: true)
    }
}
