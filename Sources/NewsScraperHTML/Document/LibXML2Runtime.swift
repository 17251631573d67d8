import CLibXML2

/// libxml2's process-wide initialisation, done once before the first parse:
/// concurrent first parses race inside libxml2 otherwise.
enum LibXML2Runtime {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func ensureInitialized() {
        _ = initialized
    }

    /// Options for every HTML parse: recover from broken markup, stay silent,
    /// never touch the network. Passed per call because libxml2's global
    /// defaults are per OS thread and Swift tasks move between threads.
    static let htmlParseOptions: Int32 = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
    )
}
