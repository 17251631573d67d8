extension DateParser {
    /// Replaces Arabic-Indic (`٠`–`٩`) and Persian (`۰`–`۹`) digits with ASCII digits.
    ///
    /// Arabic pages often write dates and times in their own digits
    /// (`٢٥ سبتمبر ٢٠٢١`); every numeric scanner in this library reads ASCII only,
    /// so text is passed through here first. Other characters are kept as they are.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The same text with those digits replaced by `0`–`9`.
    public static func normalizeDigits(_ text: String) -> String {
        // Most text is ASCII; returning it untouched avoids an allocation per call.
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        var changed = false
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let ascii = asciiDigit(for: scalar) {
                scalars.append(ascii)
                changed = true
            } else {
                scalars.append(scalar)
            }
        }
        return changed ? String(scalars) : text
    }

    /// The ASCII digit for an Arabic-Indic or Persian digit, else `nil`.
    static func asciiDigit(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x0660...0x0669: return Unicode.Scalar(value - 0x0660 + 0x30)
        case 0x06F0...0x06F9: return Unicode.Scalar(value - 0x06F0 + 0x30)
        default: return nil
        }
    }
}
