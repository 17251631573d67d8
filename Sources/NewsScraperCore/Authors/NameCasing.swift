/// Capitalisation fixes for names.
enum NameCasing {
    /// Title-cases a name written entirely in capitals ("JOHN SMITH" → "John Smith",
    /// "O'BRIEN" → "O'Brien", "JEAN-PIERRE" → "Jean-Pierre"); leaves any name with a
    /// lowercase letter as written, since its capitals are then deliberate ("McDonald").
    static func titleCaseIfAllCaps(_ name: String) -> String {
        let cased = name.filter { $0.isUppercase || $0.isLowercase }
        guard cased.count >= 2, cased.allSatisfy(\.isUppercase) else { return name }
        var result = ""
        var previousIsLetter = false
        for character in name {
            if character.isLetter {
                result += previousIsLetter ? character.lowercased() : String(character)
                previousIsLetter = true
            } else {
                result.append(character)
                previousIsLetter = false
            }
        }
        return result
    }
}
