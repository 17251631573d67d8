import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Refuses hosts on loopback, private, link-local and similar networks, so that
/// URLs taken from untrusted feeds cannot make the crawler probe its own
/// infrastructure (server-side request forgery).
///
/// The literal host is checked first (cheap and covers `127.1`, `0x7f.1`, `[::1]`),
/// then every address the name resolves to. A resolver answering differently to
/// URLSession moments later (DNS rebinding) is not covered.
enum AddressGuard {
    /// Why the host is refused, or `nil` when it may be fetched.
    static func literalRefusal(host rawHost: String) -> String? {
        let host = normalized(rawHost)
        if host == "localhost" || host.hasSuffix(".localhost") || host == "localhost.localdomain" {
            return "localhost name"
        }
        for address in addresses(of: host, numericOnly: true) {
            if let reason = refusal(for: address) { return reason }
        }
        return nil
    }

    /// Resolves the host (off the cooperative thread pool: getaddrinfo blocks)
    /// and refuses it if any address is local. Resolution failures are left
    /// for URLSession to report as network errors.
    static func resolvedRefusal(host rawHost: String) async -> String? {
        let host = normalized(rawHost)
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let reasons = addresses(of: host, numericOnly: false).lazy.compactMap(refusal(for:))
                continuation.resume(returning: reasons.first.map { "\(host) resolves to a \($0)" })
            }
        }
    }

    private static func normalized(_ host: String) -> String {
        var host = host.lowercased()
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        while host.hasSuffix(".") { host.removeLast() }
        return host
    }

    enum Address { case v4([UInt8]), v6([UInt8]) }

    static func addresses(of host: String, numericOnly: Bool) -> [Address] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_flags = numericOnly ? AI_NUMERICHOST : 0
        #if canImport(Glibc) || canImport(Musl)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0 else { return [] }
        defer { freeaddrinfo(list) }
        var result: [Address] = []
        var cursor = list
        while let info = cursor {
            if let sockaddrPointer = info.pointee.ai_addr {
                if info.pointee.ai_family == AF_INET {
                    sockaddrPointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { pointer in
                        var raw = pointer.pointee.sin_addr
                        result.append(.v4(withUnsafeBytes(of: &raw) { Array($0) }))
                    }
                } else if info.pointee.ai_family == AF_INET6 {
                    sockaddrPointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                        var raw = pointer.pointee.sin6_addr
                        result.append(.v6(withUnsafeBytes(of: &raw) { Array($0) }))
                    }
                }
            }
            cursor = info.pointee.ai_next
        }
        return result
    }

    static func refusal(for address: Address) -> String? {
        switch address {
        case .v4(let b):
            guard b.count == 4 else { return nil }
            switch (b[0], b[1]) {
            case (0, _): return "\"this network\" address (0.0.0.0/8)"
            case (127, _): return "loopback address (127.0.0.0/8)"
            case (10, _): return "private address (10.0.0.0/8)"
            case (172, 16...31): return "private address (172.16.0.0/12)"
            case (192, 168): return "private address (192.168.0.0/16)"
            case (169, 254): return "link-local address (169.254.0.0/16)"
            case (100, 64...127): return "shared address space (100.64.0.0/10)"
            default: return nil
            }
        case .v6(let b):
            guard b.count == 16 else { return nil }
            if b[0..<15].allSatisfy({ $0 == 0 }) && (b[15] == 1 || b[15] == 0) {
                return b[15] == 1 ? "loopback address (::1)" : "unspecified address (::)"
            }
            // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible addresses carry an IPv4 address.
            if b[0..<10].allSatisfy({ $0 == 0 }) && ((b[10] == 0xFF && b[11] == 0xFF) || (b[10] == 0 && b[11] == 0)) {
                return refusal(for: .v4(Array(b[12..<16])))
            }
            if b[0] & 0xFE == 0xFC { return "unique local address (fc00::/7)" }
            if b[0] == 0xFE && b[1] & 0xC0 == 0x80 { return "link-local address (fe80::/10)" }
            return nil
        }
    }
}
