/// A recursive-descent parser for CSS selector lists. Nesting only comes
/// from `:not()`, `:is()` and `:has()` in the selector text itself, so its
/// depth is bounded by the selector, never by the page.
struct SelectorParser {
    private let source: String
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var nesting = 0
    private static let maximumNesting = 32

    init(_ source: String) {
        self.source = source
        self.scalars = Array(source.unicodeScalars)
    }

    mutating func parseSelectorList() throws(SelectorSyntaxError) -> SelectorList {
        let list = try parseList(relative: false)
        skipWhitespace()
        if index < scalars.count { throw error("unexpected \"\(scalars[index])\"") }
        return list
    }

    // MARK: Lists and complex selectors

    private mutating func parseList(relative: Bool) throws(SelectorSyntaxError) -> SelectorList {
        var selectors: [ComplexSelector] = []
        repeat {
            skipWhitespace()
            selectors.append(try parseComplex(relative: relative))
            skipWhitespace()
        } while consume(",")
        return SelectorList(selectors: selectors)
    }

    private mutating func parseComplex(relative: Bool) throws(SelectorSyntaxError) -> ComplexSelector {
        var leading: Combinator?
        if relative {
            skipWhitespace()
            leading = parseExplicitCombinator() ?? .descendant
            skipWhitespace()
        }
        var compounds = [try parseCompound()]
        var combinators: [Combinator] = []
        while true {
            let hadWhitespace = skipWhitespace()
            guard index < scalars.count, peek() != ",", peek() != ")" else { break }
            var combinator = parseExplicitCombinator()
            if combinator == nil {
                guard hadWhitespace else { throw error("expected a combinator or the end of the selector") }
                combinator = .descendant
            }
            skipWhitespace()
            guard index < scalars.count else { throw error("a combinator must be followed by a selector") }
            combinators.append(combinator!)
            compounds.append(try parseCompound())
        }
        return ComplexSelector(compounds: compounds.reversed(), combinators: combinators.reversed(),
                               leadingCombinator: leading)
    }

    private mutating func parseExplicitCombinator() -> Combinator? {
        if consume(">") { return .child }
        if consume("+") { return .nextSibling }
        if consume("~") { return .subsequentSibling }
        return nil
    }

    // MARK: Compound selectors

    private mutating func parseCompound() throws(SelectorSyntaxError) -> CompoundSelector {
        var compound = CompoundSelector(tagName: nil, conditions: [])
        var sawAnything = false
        if consume("*") {
            sawAnything = true
        } else if let first = peek(), isIdentifierStart(first) {
            compound.tagName = try parseIdentifier().lowercased()
            sawAnything = true
        }
        if peek() == "|" && peek(offset: 1) != "=" { throw error("namespace prefixes are not supported") }
        loop: while let next = peek() {
            switch next {
            case "#":
                index += 1
                compound.conditions.append(.id(try parseIdentifier()))
            case ".":
                index += 1
                compound.conditions.append(.className(try parseIdentifier()))
            case "[":
                index += 1
                compound.conditions.append(try parseAttribute())
            case ":":
                index += 1
                compound.conditions.append(.pseudo(try parsePseudo()))
            default:
                break loop
            }
            sawAnything = true
        }
        guard sawAnything else {
            if let next = peek() { throw error("unexpected \"\(next)\"") }
            throw error("expected a selector")
        }
        return compound
    }

    private mutating func parseAttribute() throws(SelectorSyntaxError) -> SimpleCondition {
        skipWhitespace()
        let name = try parseIdentifier().lowercased()
        skipWhitespace()
        guard let next = peek() else { throw error("unclosed attribute selector") }
        if consume("]") { return .attribute(name: name, match: .exists, caseInsensitive: false) }
        var operatorPrefix: Unicode.Scalar?
        if next != "=" {
            guard ["~", "|", "^", "$", "*"].contains(next), peek(offset: 1) == "=" else {
                throw error("expected an attribute operator or \"]\"")
            }
            operatorPrefix = next
            index += 1
        }
        guard consume("=") else { throw error("expected \"=\"") }
        skipWhitespace()
        let value: String
        if let quote = peek(), quote == "\"" || quote == "'" {
            value = try parseString()
        } else {
            value = try parseIdentifier()
        }
        skipWhitespace()
        var caseInsensitive = false
        if let flag = peek(), flag == "i" || flag == "I" || flag == "s" || flag == "S" {
            caseInsensitive = flag == "i" || flag == "I"
            index += 1
            skipWhitespace()
        }
        guard consume("]") else { throw error("expected \"]\"") }
        let stored = caseInsensitive ? value.lowercased() : value
        let match: AttributeMatch
        switch operatorPrefix {
        case nil: match = .equals(stored)
        case "~": match = .containsWord(stored)
        case "|": match = .dashPrefix(stored)
        case "^": match = .prefix(stored)
        case "$": match = .suffix(stored)
        default: match = .substring(stored)
        }
        return .attribute(name: name, match: match, caseInsensitive: caseInsensitive)
    }

    // MARK: Pseudo-classes

    private mutating func parsePseudo() throws(SelectorSyntaxError) -> PseudoClass {
        if peek() == ":" { throw error("pseudo-elements cannot match elements") }
        let start = index
        let name = try parseIdentifier().lowercased()
        if consume("(") {
            skipWhitespace()
            let pseudo: PseudoClass
            switch name {
            case "not", "is", "where", "matches":
                let list = try nested { (parser: inout SelectorParser) throws(SelectorSyntaxError) in
                    try parser.parseList(relative: false)
                }
                pseudo = name == "not" ? .not(list) : .is(list)
            case "has":
                let list = try nested { (parser: inout SelectorParser) throws(SelectorSyntaxError) in
                    try parser.parseList(relative: true)
                }
                pseudo = .has(list.selectors)
            case "nth-child": pseudo = .nthChild(try parseNth(), fromEnd: false)
            case "nth-last-child": pseudo = .nthChild(try parseNth(), fromEnd: true)
            case "nth-of-type": pseudo = .nthOfType(try parseNth(), fromEnd: false)
            case "nth-last-of-type": pseudo = .nthOfType(try parseNth(), fromEnd: true)
            default:
                index = start
                throw error("unknown pseudo-class \":\(name)()\"")
            }
            skipWhitespace()
            guard consume(")") else { throw error("expected \")\"") }
            return pseudo
        }
        switch name {
        case "first-child": return .nthChild(NthPattern(step: 0, offset: 1), fromEnd: false)
        case "last-child": return .nthChild(NthPattern(step: 0, offset: 1), fromEnd: true)
        case "only-child": return .onlyChild
        case "first-of-type": return .nthOfType(NthPattern(step: 0, offset: 1), fromEnd: false)
        case "last-of-type": return .nthOfType(NthPattern(step: 0, offset: 1), fromEnd: true)
        case "only-of-type": return .onlyOfType
        case "empty": return .empty
        case "root": return .root
        default:
            index = start
            throw error("unknown pseudo-class \":\(name)\"")
        }
    }

    private mutating func nested<T>(_ body: (inout SelectorParser) throws(SelectorSyntaxError) -> T)
        throws(SelectorSyntaxError) -> T {
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= Self.maximumNesting else { throw error("selectors nested too deeply") }
        return try body(&self)
    }

    /// Parses `odd`, `even`, `b`, `an`, `an+b` and their signed forms.
    private mutating func parseNth() throws(SelectorSyntaxError) -> NthPattern {
        var text = ""
        while let next = peek(), next != ")" {
            if !next.isASCIIWhitespace { text.unicodeScalars.append(next) }
            index += 1
        }
        let lower = text.lowercased()
        if lower == "odd" { return NthPattern(step: 2, offset: 1) }
        if lower == "even" { return NthPattern(step: 2, offset: 0) }
        guard !lower.isEmpty else { throw error("expected an+b") }
        if let nIndex = lower.firstIndex(of: "n") {
            let stepText = String(lower[..<nIndex])
            let step: Int?
            switch stepText {
            case "", "+": step = 1
            case "-": step = -1
            default: step = Int(stepText)
            }
            let rest = String(lower[lower.index(after: nIndex)...])
            let offset: Int? = rest.isEmpty ? 0 : (rest.first == "+" || rest.first == "-") ? Int(rest) : nil
            guard let step, let offset else { throw error("invalid an+b expression \"\(text)\"") }
            return NthPattern(step: step, offset: offset)
        }
        guard let offset = Int(lower) else { throw error("invalid an+b expression \"\(text)\"") }
        return NthPattern(step: 0, offset: offset)
    }

    // MARK: Tokens

    private mutating func parseIdentifier() throws(SelectorSyntaxError) -> String {
        var result = String.UnicodeScalarView()
        if peek() == "-" {
            result.append("-")
            index += 1
        }
        while let next = peek() {
            if next == "\\" {
                index += 1
                guard let escaped = peek() else { throw error("unfinished escape") }
                if escaped.properties.isASCIIHexDigit {
                    var hex = ""
                    while let digit = peek(), digit.properties.isASCIIHexDigit, hex.count < 6 {
                        hex.unicodeScalars.append(digit)
                        index += 1
                    }
                    if let space = peek(), space.isASCIIWhitespace { index += 1 }
                    guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                        throw error("invalid escape")
                    }
                    result.append(scalar)
                } else {
                    result.append(escaped)
                    index += 1
                }
            } else if isIdentifierCharacter(next) {
                result.append(next)
                index += 1
            } else {
                break
            }
        }
        guard !result.isEmpty, String(result) != "-" else {
            if let next = peek() { throw error("expected a name, found \"\(next)\"") }
            throw error("expected a name")
        }
        return String(result)
    }

    private mutating func parseString() throws(SelectorSyntaxError) -> String {
        guard let quote = peek() else { throw error("expected a string") }
        index += 1
        var result = String.UnicodeScalarView()
        while let next = peek() {
            index += 1
            if next == quote { return String(result) }
            if next == "\\", let escaped = peek() {
                result.append(escaped)
                index += 1
            } else {
                result.append(next)
            }
        }
        throw error("unclosed string")
    }

    @discardableResult
    private mutating func skipWhitespace() -> Bool {
        let start = index
        while let next = peek(), next.isASCIIWhitespace { index += 1 }
        return index > start
    }

    private mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
        guard peek() == scalar else { return false }
        index += 1
        return true
    }

    private func peek(offset: Int = 0) -> Unicode.Scalar? {
        let position = index + offset
        return position < scalars.count ? scalars[position] : nil
    }

    private func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "_" || scalar == "\\" || scalar.properties.isAlphabetic || scalar.value >= 0x80
    }

    private func isIdentifierCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "_" || ("0"..."9").contains(scalar) || scalar.properties.isAlphabetic
            || scalar.value >= 0x80
    }

    private func error(_ reason: String) -> SelectorSyntaxError {
        SelectorSyntaxError(selector: source, offset: index, reason: reason)
    }
}
