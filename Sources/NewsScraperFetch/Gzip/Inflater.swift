/// A small DEFLATE (RFC 1951) decoder.
///
/// Foundation on Linux offers no decompression and zlib is not part of the C
/// shim, yet gzip-compressed sitemaps (`sitemap.xml.gz`) are served as opaque
/// bytes that URLSession does not unpack. This decoder favours clarity over
/// speed: sitemaps are at most 50 MB uncompressed, and the output is bounded.
struct Inflater {
    private let input: [UInt8]
    private var position: Int
    private var bitBuffer: UInt32 = 0
    private var bitCount: Int = 0
    private let outputLimit: Int
    private(set) var output: [UInt8] = []

    init(input: [UInt8], start: Int, outputLimit: Int) {
        self.input = input
        self.position = start
        self.outputLimit = outputLimit
    }

    /// The offset of the first byte after the DEFLATE stream (the bit reader
    /// discards the partial last byte, as the format requires).
    var endOffset: Int { position - bitCount / 8 }

    mutating func inflate() throws(GzipError) {
        var isFinal = false
        while !isFinal {
            isFinal = try bits(1) == 1
            switch try bits(2) {
            case 0: try storedBlock()
            case 1: try huffmanBlock(literals: Self.fixedLiterals, distances: Self.fixedDistances)
            case 2:
                let (literals, distances) = try dynamicTables()
                try huffmanBlock(literals: literals, distances: distances)
            default: throw .corrupt("reserved block type")
            }
        }
    }

    // MARK: Bits

    private mutating func bits(_ count: Int) throws(GzipError) -> Int {
        while bitCount < count {
            guard position < input.count else { throw .truncated }
            bitBuffer |= UInt32(input[position]) << UInt32(bitCount)
            position += 1
            bitCount += 8
        }
        let value = Int(bitBuffer & ((1 << UInt32(count)) - 1))
        bitBuffer >>= UInt32(count)
        bitCount -= count
        return value
    }

    private mutating func emit(_ byte: UInt8) throws(GzipError) {
        guard output.count < outputLimit else { throw .outputTooLarge(limit: outputLimit) }
        output.append(byte)
    }

    // MARK: Blocks

    private mutating func storedBlock() throws(GzipError) {
        // Stored blocks start on a byte boundary.
        bitBuffer = 0
        position -= bitCount / 8
        bitCount = 0
        guard position + 4 <= input.count else { throw .truncated }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        guard length == ~complement & 0xFFFF else { throw .corrupt("stored block length check") }
        position += 4
        guard position + length <= input.count else { throw .truncated }
        guard output.count + length <= outputLimit else { throw .outputTooLarge(limit: outputLimit) }
        output.append(contentsOf: input[position..<(position + length)])
        position += length
    }

    private static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                            35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                             3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
                                              257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
                                              8193, 12289, 16385, 24577]
    private static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
                                               7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    private mutating func huffmanBlock(literals: HuffmanTable, distances: HuffmanTable) throws(GzipError) {
        while true {
            let symbol = try decode(literals)
            if symbol < 256 {
                try emit(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let index = symbol - 257
                guard index < Self.lengthBase.count else { throw .corrupt("length symbol \(symbol)") }
                let length = Self.lengthBase[index] + (try bits(Self.lengthExtra[index]))
                let distanceSymbol = try decode(distances)
                guard distanceSymbol < Self.distanceBase.count else { throw .corrupt("distance symbol \(distanceSymbol)") }
                let distance = Self.distanceBase[distanceSymbol] + (try bits(Self.distanceExtra[distanceSymbol]))
                guard distance <= output.count else { throw .corrupt("distance beyond output") }
                guard output.count + length <= outputLimit else { throw .outputTooLarge(limit: outputLimit) }
                // Byte by byte: the source may overlap the bytes being written.
                let start = output.count - distance
                for offset in 0..<length { output.append(output[start + offset]) }
            }
        }
    }

    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private mutating func dynamicTables() throws(GzipError) -> (HuffmanTable, HuffmanTable) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        var codeLengthLengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            codeLengthLengths[Self.codeLengthOrder[index]] = try bits(3)
        }
        let codeLengthTable = try HuffmanTable(lengths: codeLengthLengths)
        var lengths: [Int] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try decode(codeLengthTable)
            switch symbol {
            case 0...15: lengths.append(symbol)
            case 16:
                guard let previous = lengths.last else { throw .corrupt("repeat with no previous length") }
                lengths.append(contentsOf: repeatElement(previous, count: 3 + (try bits(2))))
            case 17: lengths.append(contentsOf: repeatElement(0, count: 3 + (try bits(3))))
            case 18: lengths.append(contentsOf: repeatElement(0, count: 11 + (try bits(7))))
            default: throw .corrupt("code length symbol \(symbol)")
            }
        }
        guard lengths.count == literalCount + distanceCount else { throw .corrupt("code lengths overflow") }
        guard lengths[256] > 0 else { throw .corrupt("no end-of-block code") }
        return (try HuffmanTable(lengths: Array(lengths[0..<literalCount])),
                try HuffmanTable(lengths: Array(lengths[literalCount...])))
    }

    /// Decodes one symbol by walking canonical codes one bit at a time
    /// (the "puff" method: simple, and fast enough for sitemaps).
    private mutating func decode(_ table: HuffmanTable) throws(GzipError) -> Int {
        var code = 0
        var first = 0
        var index = 0
        for length in 1...15 {
            code |= try bits(1)
            let count = table.counts[length]
            if code - first < count {
                return table.symbols[index + code - first]
            }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        throw .corrupt("invalid Huffman code")
    }

    private static let fixedLiterals: HuffmanTable = {
        var lengths = [Int](repeating: 8, count: 288)
        for symbol in 144..<256 { lengths[symbol] = 9 }
        for symbol in 256..<280 { lengths[symbol] = 7 }
        // The fixed code is well-formed by construction.
        return try! HuffmanTable(lengths: lengths)
    }()

    private static let fixedDistances: HuffmanTable = try! HuffmanTable(lengths: [Int](repeating: 5, count: 30))
}

/// Canonical Huffman code as symbol counts per length and symbols in code order.
struct HuffmanTable: Sendable {
    var counts = [Int](repeating: 0, count: 16)
    var symbols: [Int]

    init(lengths: [Int]) throws(GzipError) {
        for length in lengths { counts[length] += 1 }
        counts[0] = 0
        // Reject over-subscribed codes; incomplete codes are allowed (RFC 1951
        // permits a single distance code).
        var left = 1
        for length in 1...15 {
            left <<= 1
            left -= counts[length]
            if left < 0 { throw .corrupt("over-subscribed Huffman code") }
        }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
        symbols = [Int](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length != 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
    }
}
