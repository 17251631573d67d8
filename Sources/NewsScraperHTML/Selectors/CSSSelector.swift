/// A parsed CSS selector list, ready to match many times.
///
/// Parse selectors once (for example when an extractor is created) and reuse
/// them; every `select` call that takes a string parses it again.
///
/// Supported: type and `*`, `.class`, `#id`, `[attr]`, `[attr=v]`, `[attr~=v]`,
/// `[attr|=v]`, `[attr^=v]`, `[attr$=v]`, `[attr*=v]` (with an `i` flag for
/// case-insensitive values), the descendant, `>`, `+` and `~` combinators,
/// comma lists, `:not()`, `:is()`, `:where()`, `:has()`, `:first-child`,
/// `:last-child`, `:only-child`, `:nth-child()`, `:nth-last-child()`,
/// `:nth-of-type()`, `:nth-last-of-type()`, `:first-of-type`,
/// `:last-of-type`, `:only-of-type`, `:empty` and `:root`.
public struct CSSSelector: Sendable, Hashable, CustomStringConvertible {
    /// The selector as written.
    public let source: String
    let list: SelectorList

    /// Parses a selector list.
    /// - Throws: ``HTMLError/invalidSelector(_:)`` saying what was wrong and where.
    public init(_ source: String) throws(HTMLError) {
        self.source = source
        do {
            var parser = SelectorParser(source)
            self.list = try parser.parseSelectorList()
        } catch {
            throw .invalidSelector(error)
        }
    }

    public var description: String { source }

    public static func == (lhs: CSSSelector, rhs: CSSSelector) -> Bool { lhs.source == rhs.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}

// MARK: - Syntax tree

struct SelectorList: Sendable {
    var selectors: [ComplexSelector]
}

/// Compounds joined by combinators, stored right to left for matching:
/// `a > b c` is `[c, b, a]` with combinators `[descendant, child]`.
struct ComplexSelector: Sendable {
    var compounds: [CompoundSelector]
    var combinators: [Combinator]
    /// For relative selectors inside `:has()`: the combinator that joins the
    /// leftmost compound to the anchor element.
    var leadingCombinator: Combinator?
}

enum Combinator: Sendable {
    case descendant, child, nextSibling, subsequentSibling
}

struct CompoundSelector: Sendable {
    /// Lowercase tag name; `nil` for `*` or none.
    var tagName: String?
    var conditions: [SimpleCondition]
}

enum SimpleCondition: Sendable {
    case id(String)
    case className(String)
    case attribute(name: String, match: AttributeMatch, caseInsensitive: Bool)
    case pseudo(PseudoClass)
}

enum AttributeMatch: Sendable {
    case exists
    case equals(String)
    case containsWord(String)
    case dashPrefix(String)
    case prefix(String)
    case suffix(String)
    case substring(String)
}

/// `an+b` positions for the nth-* pseudo-classes.
struct NthPattern: Sendable, Equatable {
    var step: Int
    var offset: Int

    func matches(_ position: Int) -> Bool {
        if step == 0 { return position == offset }
        let distance = position - offset
        return distance % step == 0 && distance / step >= 0
    }
}

indirect enum PseudoClass: Sendable {
    case not(SelectorList)
    case `is`(SelectorList)
    case has([ComplexSelector])
    case nthChild(NthPattern, fromEnd: Bool)
    case nthOfType(NthPattern, fromEnd: Bool)
    case onlyChild, onlyOfType
    case empty, root
}
