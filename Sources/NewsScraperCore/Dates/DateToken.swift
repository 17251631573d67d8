/// One piece of a date written in prose: a run of digits, a run of letters, or a
/// single punctuation mark. Whitespace is not a token; it is remembered as
/// ``spaceBefore`` because adjacency matters (`+0300` is an offset, `- 14:05` is not).
struct DateToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// ASCII digits (after digit normalisation); `digits` is how many were written,
        /// so `05` and `5` can be told apart. `value` saturates on absurdly long runs.
        case number(value: Int, digits: Int)
        /// Letters, lowercased and folded (accents, Arabic letter variants) for lookup.
        case word(String)
        /// One character that is neither a letter, a digit nor whitespace.
        case symbol(Character)
    }

    var kind: Kind
    /// The letters as written, for the few checks that are case-sensitive (zone names).
    var original: String
    var spaceBefore: Bool

    var number: (value: Int, digits: Int)? {
        if case let .number(value, digits) = kind { return (value, digits) }
        return nil
    }

    var word: String? {
        if case let .word(word) = kind { return word }
        return nil
    }

    func isSymbol(_ character: Character) -> Bool {
        if case let .symbol(symbol) = kind { return symbol == character }
        return false
    }
}
