/// A JSON value as read by ``LenientJSON``.
///
/// Objects are plain dictionaries: JSON-LD never depends on key order, and a
/// dictionary keeps lookups cheap. When a key repeats, the last value wins,
/// as in browsers' `JSON.parse`.
public enum JSONValue: Sendable, Hashable {
    /// An object; a repeated key keeps its last value.
    case object([String: JSONValue])
    /// An array.
    case array([JSONValue])
    /// A string with escapes decoded (HTML entities are left as written).
    case string(String)
    /// A number; JSON does not tell integers apart.
    case number(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// `null` (also read for JavaScript's `undefined`).
    case null

    /// The member named `key` of an object; `nil` for other values or a missing key.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The element at `index` of an array; `nil` when out of range or not an array.
    public subscript(index: Int) -> JSONValue? {
        if case .array(let elements) = self, elements.indices.contains(index) { return elements[index] }
        return nil
    }

    /// The string of a `.string` value.
    public var stringValue: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    /// The number of a `.number` value.
    public var numberValue: Double? {
        if case .number(let number) = self { return number }
        return nil
    }

    /// The flag of a `.bool` value.
    public var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    /// The elements of an `.array` value.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The members of an `.object` value.
    public var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// Whether the value is `.null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The value as a list: the elements of an array, nothing for `null`,
    /// else the value alone. JSON-LD lets almost every property be one value
    /// or an array of them; this flattens both shapes.
    public var listValue: [JSONValue] {
        switch self {
        case .array(let elements): return elements
        case .null: return []
        default: return [self]
        }
    }

    /// A scalar as text: strings as they are, numbers without a trailing
    /// `.0` when whole, booleans as `true`/`false`. JSON-LD writers put
    /// widths, ids and years sometimes in strings and sometimes in numbers.
    public var scalarText: String? {
        switch self {
        case .string(let string): return string
        case .number(let number):
            if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        default: return nil
        }
    }
}
