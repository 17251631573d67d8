import NewsScraperHTML

/// How many of the elements that tell kinds of pages apart a page, or its
/// main content, holds: forms, inputs and buttons abound on service and
/// product pages, `<time>` and `<article>` repeat on forums and listings,
/// code on documentation. Counted by tag name, so it works in any language.
struct TagCensus: Equatable {
    var time = 0
    var code = 0
    var pre = 0
    var form = 0
    var input = 0
    var button = 0
    var select = 0
    var article = 0
    var image = 0
    var link = 0
    var h1 = 0
    var textarea = 0
    var blockquote = 0
    var svg = 0
    var nav = 0
    var iframe = 0
    var aside = 0
    var footer = 0
    var table = 0

    init() {}

    /// Counts every element in the given subtrees.
    init(counting roots: [HTMLNode]) {
        for root in roots {
            root.walk { node, event in
                guard event == .enter else { return .descend }
                guard node.isElement else { return .skipChildren }
                count(node.tagName)
                return .descend
            }
        }
    }

    /// Counts one element by its lower-case tag name.
    mutating func count(_ name: String) {
        // This runs for every element of a page, and most (div, span, p, li) are not counted:
        // their length and first letter rule them out before the switch, whose failed string
        // comparisons cost a call each.
        guard let initial = name.utf8.first, initial < 128, name.utf8.count < 32,
              Self.countedLengthsByInitial[Int(initial)] & (1 << name.utf8.count) != 0 else { return }
        countBySwitch(name)
    }

    /// For each ASCII initial, a bit for each length of a counted tag name starting with it
    /// (bit 3 of entry "n" for `nav`).
    static let countedLengthsByInitial: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 128)
        for name in countedNames {
            table[Int(name.utf8.first!)] |= 1 << name.utf8.count
        }
        return table
    }()

    /// The tag names ``countBySwitch(_:)`` counts.
    static let countedNames = ["a", "img", "time", "code", "pre", "form", "input", "button", "select", "article", "h1",
                               "textarea", "blockquote", "svg", "nav", "iframe", "aside", "footer", "table"]

    /// Counts one element by its lower-case tag name, testing every counted name.
    mutating func countBySwitch(_ name: String) {
        switch name {
        case "a": link += 1
        case "img": image += 1
        case "time": time += 1
        case "code": code += 1
        case "pre": pre += 1
        case "form": form += 1
        case "input": input += 1
        case "button": button += 1
        case "select": select += 1
        case "article": article += 1
        case "h1": h1 += 1
        case "textarea": textarea += 1
        case "blockquote": blockquote += 1
        case "svg": svg += 1
        case "nav": nav += 1
        case "iframe": iframe += 1
        case "aside": aside += 1
        case "footer": footer += 1
        case "table": table += 1
        default: break
        }
    }
}
