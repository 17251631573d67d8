import Foundation

/// Gzip files made with Python's `gzip` module (mtime 0), embedded as base64
/// so the tests need no resources and no tool at run time.
enum Fixtures {
    /// `sitemap.xml` (11 023 bytes, 120 `<url>` entries), level 9, with FNAME set: dynamic Huffman blocks.
    static let sitemapGzip = Data(base64Encoded: """
    H4sICAAAAAAC/3NpdGVtYXAueG1sAK2azW6jNwxF93kKw3vbIkWJ0sDx7PoE7QMEGWMmgH+CfG4zffsmhcnZlEBB3FUQx99dGD7R4RX3X3+eT6u/jm/Ly/XyuKZtWa+Ol+frt5fL98f1H7//thnrr4eH/Z9vp+V4W328+bI8rn/cbq9fdrv39/ft8nI7np9el+317ftuef7x8cuyu7+4K9u5PjysVp+PH/an6/Ph88nl49Hjz6fz6+m4fb6ed5fj+7Irm+V2fft7U/a7z/ftT0/L7Xz9duDCsiltU+jjD/fX9rvPvP+XS/fcSTNK5lwy35NHHVFyzSXXe7I2jZIllyz35K49Sm655HZPbrNFyT2X3C2ZJErWXLLek6XWKHnkksc9uTaOkmcued6TWSlIppIkxRCkGUFIWQiNQioRhZSkkAxDjiikJIVkGE6JMKQkhmQcjh5xSEkOyUDUEYFISRDJSNQSkUhJEslQ7ByhSEkUyVhsErFISRbJYJQewchJGNlgrCOCkZMwssHIM4KRs0eiw0gRjZykkY1GqhGNnKSRjcYWwchJGNlgnBrByEkY2WAcM4KRkzCywTgogpGTMLLBqJXBoscGY28ENr1qMDYtaNUzGGVMsOtVg1HKAMteNRgrK9j2qsHI0sG6V41G6g3se9VpFLDvVYOxgnWvGoqTGax7dfqnQWDdE0NRewH7npAPRxPse8I+HQ2w70n18UjBvifi81EH+540H5Aa2Pek+4QkYN8T9Qmpgn1PjEYiBvueGI2VwLrXDMbZClj3GvmENMG619gnpAH2vebNTVGw7zWvbriDfa95dyMN7Hut+4QkYN9rfjCOCva95vVNYbDvNe9vmMC+172/kQL2vU5+fqHLPfYJaYB1r1efkBSse937G+pg3+ve39QGNr7efUISsPF19Qmpgo2vG4wyGWx83fsbIrDxqfc3tYCNT72/kQk2PmWfkAbY+NRpVLDwqZ+MYN1Tb2+4gXVPf82LAtY9VZ+QKtj31FDsg8G+p97eFAL73vD2hgvY94a3N3WCfW+wT0gD7Huj+oSkYN8b4hNSB/ve8PaGGtj3htFYBax7Q31CqmDdG8P/oTJY94bBqJPAvje9v6EC9r3p/Q1PsO9N729koO9zq09ICva9KT4hdbDvTe9vSgP73vT+hgXse9P7G6lg35t+NDJY96bBOAehL3SLFziloG90izc44eZN+kq3eIUT7t6k73RL9SlJwdZHxW8aw/2brPZRaT4nNbD3UfEaJ9zByYofFe9xwi2crPlRMSo53MPJqh8V45LCTZys+xH94hLsfuSrOBOsfuSbODNcxUkv8fkuzgh3cbLyR76Mo+EyTlb/yLdxeriNk/U/8nWcHq7jZAWQfB+nhfs4Jf3l9kInXMgp6W+333WEGzn/4YD//liOt8PDP1VmEEQPKwAA
    """, options: .ignoreUnknownCharacters)!

    /// The text `sitemapGzip` decodes to, rebuilt the way the Python script wrote it.
    static let sitemapText: String = {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for index in 0..<120 {
            let day = 1 + index % 28
            text += "  <url><loc>https://example.com/news/\(index)-story-\(index * 7919 % 1000)</loc>"
            text += "<lastmod>2024-05-\(day < 10 ? "0" : "")\(day)</lastmod></url>\n"
        }
        return text + "</urlset>\n"
    }()

    /// `"stored block text " * 5` at level 0: a stored block.
    static let storedGzip = Data(base64Encoded: "H4sIAAAAAAAEAwFaAKX/c3RvcmVkIGJsb2NrIHRleHQgc3RvcmVkIGJsb2NrIHRleHQgc3RvcmVkIGJsb2NrIHRleHQgc3RvcmVkIGJsb2NrIHRleHQgc3RvcmVkIGJsb2NrIHRleHQgiJlSQ1oAAAA=")!

    /// `"hello, hello, hello world"`: a fixed-Huffman block with back references.
    static let fixedGzip = Data(base64Encoded: "H4sIAAAAAAACA8tIzcnJ11HIQKIUyvOLclIAlmVt/RkAAAA=")!

    /// Two members, `"first "` and `"second"`, concatenated.
    static let twoMembersGzip = Data(base64Encoded: "H4sIAAAAAAACA0vLLCouUQAA/HrxHAYAAAAfiwgAAAAAAAIDK05Nzs9LAQBpER+2BgAAAA==")!
}
