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
    ///
    /// `XML_PARSE_HUGE` lifts libxml2 2.9's nesting limit of 256 elements: past
    /// it, libxml2 does not just stop nesting, it halts the parser and drops
    /// the rest of the page. Input size is bounded by
    /// ``HTMLParseOptions/maximumInputBytes`` instead, and every walk of the
    /// tree here (and libxml2's own free, dump and content routines in 2.9.11+)
    /// is iterative, so depth cannot overflow the stack.
    static let htmlParseOptions: Int32 = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue
    )
}
