/// Maps encoding labels to canonical names the way browsers do (the WHATWG
/// Encoding Standard), so that `latin1` on a page means windows-1252, as it
/// does in every browser, rather than strict ISO-8859-1.
public enum CharsetLabels {
    /// The canonical name for a label, or `nil` when browsers do not know it.
    public static func canonicalName(for label: String) -> String? {
        let key = label.trimmingASCIIWhitespace().lowercased()
        if key.isEmpty { return nil }
        return table[key]
    }

    /// The name libxml2 (and iconv underneath it) accepts for a canonical name.
    static func parserName(for canonical: String) -> String {
        switch canonical {
        case "utf-8": return "UTF-8"
        case "utf-16le": return "UTF-16LE"
        case "utf-16be": return "UTF-16BE"
        case "x-mac-cyrillic": return "MAC-CYRILLIC"
        case "macintosh": return "MACINTOSH"
        case "shift_jis": return "SHIFT_JIS"
        case "gbk": return "GBK"
        default: return canonical.uppercased()
        }
    }

    private static let table: [String: String] = {
        var table: [String: String] = [:]
        func add(_ name: String, _ labels: [String]) {
            table[name] = name
            for label in labels { table[label] = name }
        }
        add("utf-8", ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf8", "x-unicode20utf8"])
        add("ibm866", ["866", "cp866", "csibm866"])
        add("iso-8859-2", ["csisolatin2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"])
        add("iso-8859-3", ["csisolatin3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "l3", "latin3"])
        add("iso-8859-4", ["csisolatin4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "l4", "latin4"])
        add("iso-8859-5", ["csisolatincyrillic", "cyrillic", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5"])
        add("iso-8859-6", ["arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114",
                           "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6"])
        add("iso-8859-7", ["csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-ir-126", "iso8859-7",
                           "iso88597", "iso_8859-7", "sun_eu_greek"])
        add("iso-8859-8", ["csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8-e", "iso-ir-138", "iso8859-8",
                           "iso88598", "iso_8859-8", "visual", "iso-8859-8-i", "csiso88598i", "logical"])
        add("iso-8859-10", ["csisolatin6", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"])
        add("iso-8859-13", ["iso8859-13", "iso885913"])
        add("iso-8859-14", ["iso8859-14", "iso885914"])
        add("iso-8859-15", ["csisolatin9", "iso8859-15", "iso885915", "iso_8859-15", "l9"])
        add("iso-8859-16", [])
        add("koi8-r", ["cskoi8r", "koi", "koi8", "koi8_r"])
        add("koi8-u", ["koi8-ru"])
        add("macintosh", ["csmacintosh", "mac", "x-mac-roman"])
        add("windows-874", ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620"])
        add("windows-1250", ["cp1250", "x-cp1250"])
        add("windows-1251", ["cp1251", "x-cp1251"])
        add("windows-1252", ["ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
                             "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
                             "us-ascii", "x-cp1252", "x-user-defined"])
        add("windows-1253", ["cp1253", "x-cp1253"])
        add("windows-1254", ["cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599",
                             "iso_8859-9", "l5", "latin5", "x-cp1254"])
        add("windows-1255", ["cp1255", "x-cp1255"])
        add("windows-1256", ["cp1256", "x-cp1256"])
        add("windows-1257", ["cp1257", "x-cp1257"])
        add("windows-1258", ["cp1258", "x-cp1258"])
        add("x-mac-cyrillic", ["x-mac-ukrainian"])
        add("gbk", ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "iso-ir-58", "x-gbk"])
        add("gb18030", [])
        add("big5", ["big5-hkscs", "cn-big5", "csbig5", "x-x-big5"])
        add("euc-jp", ["cseucpkdfmtjapanese", "x-euc-jp"])
        add("iso-2022-jp", ["csiso2022jp"])
        add("shift_jis", ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "sjis", "windows-31j", "x-sjis"])
        add("euc-kr", ["cseuckr", "csksc56011987", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989",
                       "ksc5601", "ksc_5601", "windows-949"])
        add("utf-16be", ["unicodefffe"])
        add("utf-16le", ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16"])
        return table
    }()
}

extension String {
    /// The string without ASCII whitespace (tab, line feed, form feed, carriage return, space)
    /// at either end. Trimmed over UTF-8 bytes: these characters are single bytes that never
    /// occur inside a multi-byte sequence, so the cut falls where trimming scalars cuts, and a
    /// string with nothing to trim is returned as it is rather than rebuilt scalar by scalar.
    func trimmingASCIIWhitespace() -> String {
        let utf8 = self.utf8
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start != end, ASCII.isWhitespace(utf8[start]) { start = utf8.index(after: start) }
        while end != start, ASCII.isWhitespace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        if start == utf8.startIndex && end == utf8.endIndex { return self }
        // Bytes, not `self[start..<end]`: that rounds to Character boundaries, and a blank
        // followed by a combining mark is one Character whose blank is trimmed here.
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}

extension Unicode.Scalar {
    var isASCIIWhitespace: Bool {
        switch value {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20: return true
        default: return false
        }
    }
}
