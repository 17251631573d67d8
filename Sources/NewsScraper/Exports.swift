// One import gives users the whole library.
@_exported import NewsScraperCore
@_exported import NewsScraperFetch
@_exported import NewsScraperGeneric
@_exported import NewsScraperHTML
@_exported import NewsScraperRT
