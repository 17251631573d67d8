import Foundation
import Testing
import NewsScraperCore

/// 2023-01-01T00:00:00Z: a fixed "now" so that future and plausibility checks are stable.
private let fixedNow = Date(timeIntervalSince1970: 1_672_531_200)
private let parser = DateParser(now: fixedNow)

struct DateParserTests {
    /// (text as a page writes it, expected `iso8601`).
    static let english: [(String, String)] = [
        ("2022-10-10T17:38:16+00:00", "2022-10-10T17:38:16+00:00"),
        ("2022-10-10T17:38:16+0300", "2022-10-10T17:38:16+03:00"),
        ("2022-10-10T17:38:16+03", "2022-10-10T17:38:16+03:00"),
        ("2022-10-10T17:38:16Z", "2022-10-10T17:38:16+00:00"),
        ("2022-10-10T17:38:16.123456Z", "2022-10-10T17:38:16+00:00"),
        ("2022-10-10 17:38:16+03:00", "2022-10-10T17:38:16+03:00"),
        ("2022-10-10", "2022-10-10"),
        ("2022-10-10T17:38", "2022-10-10T17:38:00+00:00"),
        ("2022-10-10T17:38:16", "2022-10-10T17:38:16+00:00"),
        ("2022-10-10T17:38:16-05:00", "2022-10-10T17:38:16-05:00"),
        ("2022-10-10T17:38:16.5+05:30", "2022-10-10T17:38:16+05:30"),
        ("2022-10-10 17:38:16 GMT", "2022-10-10T17:38:16+00:00"),
        ("Mon, 10 Oct 2022 17:38:16 GMT", "2022-10-10T17:38:16+00:00"),
        ("Mon, 10 Oct 2022 17:38:16 +0300", "2022-10-10T17:38:16+03:00"),
        ("Mon, 10 Oct 2022 17:38:16 -0400", "2022-10-10T17:38:16-04:00"),
        ("Mon, 10 Oct 2022 17:38:16 EST", "2022-10-10T17:38:16-05:00"),
        ("Mon, 10 Oct 2022 17:38:16 EDT", "2022-10-10T17:38:16-04:00"),
        ("Sun, 09 Oct 2022 08:00:00 PDT", "2022-10-09T08:00:00-07:00"),
        ("Tue, 11 Jan 2022 10:00:00 PST", "2022-01-11T10:00:00-08:00"),
        ("Mon, 10 Oct 2022 17:38:16 CEST", "2022-10-10T17:38:16+02:00"),
        ("Tue, 11 Jan 2022 10:00:00 CET", "2022-01-11T10:00:00+01:00"),
        ("Mon, 10 Oct 2022 17:38:16 MSK", "2022-10-10T17:38:16+03:00"),
        ("Mon, 10 Oct 2022 17:38:16 UTC", "2022-10-10T17:38:16+00:00"),
        ("1665423496", "2022-10-10T17:38:16+00:00"),
        ("1665423496000", "2022-10-10T17:38:16+00:00"),
        ("10/10/2022", "2022-10-10"),
        ("9/25/2021", "2021-09-25"),
        ("25/9/2021", "2021-09-25"),
        ("03.12.2021", "2021-12-03"),
        ("2021/09/25", "2021-09-25"),
        ("10 Oct, 2022 17:38", "2022-10-10T17:38:00+00:00"),
        ("October 10, 2022", "2022-10-10"),
        ("Oct. 10, 2022 at 5:38 pm EDT", "2022-10-10T17:38:00-04:00"),
        ("10 October 2022", "2022-10-10"),
        ("Published time: 3 Apr, 2016 11:47", "2016-04-03T11:47:00+00:00"),
        ("Edited time: 3 Apr, 2016 16:30", "2016-04-03T16:30:00+00:00"),
        ("Published: October 10, 2022", "2022-10-10"),
        ("Updated: Oct 10, 2022 5:38 a.m.", "2022-10-10T05:38:00+00:00"),
        ("Posted on September 25, 2021", "2021-09-25"),
        ("Sept. 25, 2021 12:00 PM", "2021-09-25T12:00:00+00:00"),
        ("Sept. 25, 2021 12:15 AM", "2021-09-25T00:15:00+00:00"),
        ("December 3rd, 2021", "2021-12-03"),
        ("12:30 PM, Oct 10, 2022", "2022-10-10T12:30:00+00:00"),
        ("Saturday, 25 September 2021 14:05 GMT+3", "2021-09-25T14:05:00+03:00"),
        ("Updated 10 Oct 2022, 5 pm", "2022-10-10T17:00:00+00:00"),
        ("Tuesday, October 11, 2022 3:45 PM ET", "2022-10-11T15:45:00-04:00"),
        ("Dec. 1, 2022 3:45 PM ET", "2022-12-01T15:45:00-05:00"),
        ("5:38PM EDT Oct 10, 2022", "2022-10-10T17:38:00-04:00"),
        ("Mon, 10 Oct 2022 17:38:16 +0000 (UTC)", "2022-10-10T17:38:16+00:00"),
        ("Published on 10 Oct 2022 at 17:38 UTC+3", "2022-10-10T17:38:00+03:00"),
        ("2022-10-10T17:38:16+03:00[Europe/Moscow]", "2022-10-10T17:38:16+03:00"),
    ]

    static let arabic: [(String, String)] = [
        ("٢٥ سبتمبر ٢٠٢١", "2021-09-25"),
        ("۲۵ سبتمبر ۲۰۲۱", "2021-09-25"),
        ("السبت 25 أيلول 2021 - 14:05", "2021-09-25T14:05:00+00:00"),
        ("تاريخ النشر: ٠٣ ديسمبر ٢٠٢١ - ١٤:٠٥", "2021-12-03T14:05:00+00:00"),
        ("نشر في 10 أكتوبر 2022", "2022-10-10"),
        ("الأحد ١٠ تشرين الأول ٢٠٢٢", "2022-10-10"),
        ("5 كانون الثاني 2022", "2022-01-05"),
        ("12 كانون الأول 2021", "2021-12-12"),
        ("3 تشرين الثاني 2021", "2021-11-03"),
        ("1 شباط 2022", "2022-02-01"),
        ("15 آذار 2022", "2022-03-15"),
        ("20 نيسان 2022", "2022-04-20"),
        ("7 أيار 2022", "2022-05-07"),
        ("9 حزيران 2022", "2022-06-09"),
        ("14 تموز 2022", "2022-07-14"),
        ("2 آب 2022", "2022-08-02"),
        ("٢٥ يونيو ٢٠٢١ ١٠:٣٠ م", "2021-06-25T22:30:00+00:00"),
        ("الخميس ٠١ أبريل ٢٠٢١ ٠٩:١٥ ص", "2021-04-01T09:15:00+00:00"),
        ("13 إبريل 2021", "2021-04-13"),
        ("8 يوليه 2021", "2021-07-08"),
        ("25 اغسطس 2021", "2021-08-25"),
        ("4 فبراير 2022", "2022-02-04"),
        ("16 يناير 2022", "2022-01-16"),
        ("30 نوفمبر 2021", "2021-11-30"),
        ("1 مايو 2022", "2022-05-01"),
        ("21 مارس 2022، 08:00", "2022-03-21T08:00:00+00:00"),
        ("\u{200F}٢٥/٠٩/٢٠٢١", "2021-09-25"),
    ]

    static let russian: [(String, String)] = [
        ("3 декабря 2021, 14:05", "2021-12-03T14:05:00+00:00"),
        ("3 декабря 2021 г.", "2021-12-03"),
        ("15 января 2022", "2022-01-15"),
        ("28 февраля 2022, 09:30", "2022-02-28T09:30:00+00:00"),
        ("8 марта 2022", "2022-03-08"),
        ("12 апреля 2021", "2021-04-12"),
        ("9 мая 2021", "2021-05-09"),
        ("1 июня 2022", "2022-06-01"),
        ("4 июля 2021", "2021-07-04"),
        ("20 августа 2021", "2021-08-20"),
        ("1 сентября 2021", "2021-09-01"),
        ("31 октября 2021", "2021-10-31"),
        ("7 ноября 2021", "2021-11-07"),
        ("3 декабря 2021, 14:05 мск", "2021-12-03T14:05:00+03:00"),
        ("03.12.2021 14:05", "2021-12-03T14:05:00+00:00"),
        ("Опубликовано: 3 декабря 2021 года", "2021-12-03"),
        ("1 май 2022", "2022-05-01"),
        ("3-го декабря 2021", "2021-12-03"),
        ("25.09.2021 в 14:05", "2021-09-25T14:05:00+00:00"),
        ("14:05 3 декабря 2021", "2021-12-03T14:05:00+00:00"),
    ]

    static let french: [(String, String)] = [
        ("3 décembre 2021 à 14h05", "2021-12-03T14:05:00+00:00"),
        ("1er mars 2022", "2022-03-01"),
        ("15 février 2022", "2022-02-15"),
        ("15 fevrier 2022", "2022-02-15"),
        ("20 août 2021", "2021-08-20"),
        ("20 aout 2021", "2021-08-20"),
        ("Publié le 3 décembre 2021", "2021-12-03"),
        ("mardi 12 avril 2022, 10:15", "2022-04-12T10:15:00+00:00"),
        ("7 juin 2022", "2022-06-07"),
        ("14 juillet 2021", "2021-07-14"),
        ("Le 3 janv. 2022 à 9h", "2022-01-03T09:00:00+00:00"),
        ("12 DÉCEMBRE 2021 14 h 30", "2021-12-12T14:30:00+00:00"),
    ]

    static let german: [(String, String)] = [
        ("3. Dezember 2021, 14:05 Uhr", "2021-12-03T14:05:00+00:00"),
        ("15. März 2022", "2022-03-15"),
        ("15. Maerz 2022", "2022-03-15"),
        ("1. Januar 2022", "2022-01-01"),
        ("20. Februar 2022", "2022-02-20"),
        ("Veröffentlicht am 3. Mai 2021", "2021-05-03"),
        ("12. Okt. 2022", "2022-10-12"),
        ("03.12.2021, 14:05 Uhr", "2021-12-03T14:05:00+00:00"),
        ("Montag, 10. Oktober 2022 17:38 MESZ", "2022-10-10T17:38:00+02:00"),
        ("1. Juli 2021", "2021-07-01"),
    ]

    static let spanish: [(String, String)] = [
        ("3 de diciembre de 2021, 14:05", "2021-12-03T14:05:00+00:00"),
        ("3 dic 2021", "2021-12-03"),
        ("25 de septiembre de 2021", "2021-09-25"),
        ("sábado, 25 de setiembre de 2021", "2021-09-25"),
        ("1 de enero de 2022", "2022-01-01"),
        ("15 de agosto de 2021", "2021-08-15"),
        ("Publicado: 10 oct 2022 17:38 GMT", "2022-10-10T17:38:00+00:00"),
        ("7 de mayo de 2022", "2022-05-07"),
        ("2 abr 2022", "2022-04-02"),
    ]

    static let serbian: [(String, String)] = [
        ("3. decembra 2021.", "2021-12-03"),
        ("3. decembar 2021", "2021-12-03"),
        ("3. децембра 2021.", "2021-12-03"),
        ("14. jula 2022. 10:15", "2022-07-14T10:15:00+00:00"),
    ]

    /// Month names of more languages, and dates written with units (Chinese, Japanese, Korean).
    static let moreLanguages: [(String, String)] = [
        ("3 ottobre 2022", "2022-10-03"),
        ("12 dicembre 2021, 14:05", "2021-12-12T14:05:00+00:00"),
        ("5 de março de 2022", "2022-03-05"),
        ("21 de outubro de 2022", "2022-10-21"),
        ("3 maart 2022", "2022-03-03"),
        ("17 mei 2022", "2022-05-17"),
        ("14 augusti 2022", "2022-08-14"),
        ("3 października 2022", "2022-10-03"),
        ("7 lutego 2022", "2022-02-07"),
        ("3. března 2022", "2022-03-03"),
        ("3 жовтня 2022", "2022-10-03"),
        ("3 Ekim 2022", "2022-10-03"),
        ("12 Ağustos 2022", "2022-08-12"),
        ("3 Agustus 2022", "2022-08-03"),
        ("2022. október 3.", "2022-10-03"),
        ("3 octombrie 2022", "2022-10-03"),
        ("2022年10月3日", "2022-10-03"),
        ("2022年10月3日 14:05", "2022-10-03T14:05:00+00:00"),
        ("发布时间：2022年10月3日发布", "2022-10-03"),
        ("2022년 10월 3일", "2022-10-03"),
    ]

    static let all: [(String, String)] = {
        var rows = english
        rows += moreLanguages
        rows += arabic
        rows += russian
        rows += french
        rows += german
        rows += spanish
        rows += serbian
        return rows
    }()

    @Test(arguments: all)
    func parsesToISO8601(text: String, expected: String) {
        #expect(parser.parse(text)?.iso8601 == expected, "\(text)")
    }

    @Test func tableIsLargeAndMultilingual() {
        let sixLanguages = [Self.english, Self.arabic, Self.russian, Self.french, Self.german, Self.spanish]
        #expect(sixLanguages.allSatisfy { $0.count >= 9 })
        #expect(Self.all.count >= 80)
    }

    @Test(arguments: [
        "2023-01-03T00:00:00Z",          // 48 h after now: beyond the 36 h skew
        "2024-06-01",                    // far future
        "2025-01-01",                    // year beyond now + 1
        "1985-05-01",                    // before 1990
        "1970-01-01T00:00:00Z",          // empty-timestamp epoch
        "0000000000",
        "",
        "   ",
        "hello world",
        "Oct 10",                        // no year
        "32.13.2021",
        "2021-02-30",
        "2021-02-29",                    // not a leap year
        "Comments 42",
        "25:61",
        "Декабрь 2021",                  // no day
        "Version 1.2.3.2021",
        "2022-10-10T25:00:00Z",
        "20 hours ago",                  // relative dates need a reference the caller should resolve
        "сегодня, 14:05",
        "منذ 3 ساعات",
        "10.10.22",                      // two-digit years are ambiguous
        "Page 3 of 10 in 2022",
        "9999999999999",
        "3 listopada 2022",              // Croatian October, Polish November: left unread
        "2022年10月",                    // no day
    ])
    func rejects(text: String) {
        #expect(parser.parse(text) == nil, "\(text)")
    }

    @Test func acceptsWithinFutureSkew() throws {
        let value = try #require(parser.parse("2023-01-01T12:00:00Z"))
        #expect(value.date == fixedNow.addingTimeInterval(12 * 3600))
        let strict = DateParser(now: fixedNow, allowedFutureSkew: 0)
        #expect(strict.parse("2023-01-01T12:00:00Z") == nil)
        #expect(strict.parse("2022-12-31T23:59:59Z") != nil)
    }

    @Test func preservesTrimmedRaw() throws {
        let value = try #require(parser.parse("  \n Published: 10 Oct 2022 17:38\t"))
        #expect(value.raw == "Published: 10 Oct 2022 17:38")
        let arabic = try #require(parser.parse(" ٢٥ سبتمبر ٢٠٢١ "))
        #expect(arabic.raw == "٢٥ سبتمبر ٢٠٢١")
    }

    @Test func readsOffsetWithoutColon() throws {
        let value = try #require(parser.parse("2022-10-10T17:38:16+0300"))
        #expect(value.utcOffsetSeconds == 10_800)
        #expect(value.date == Date(timeIntervalSince1970: 1_665_423_496 - 10_800))
        let negative = try #require(parser.parse("Mon, 10 Oct 2022 17:38:16 -0530"))
        #expect(negative.utcOffsetSeconds == -19_800)
    }

    @Test func zonelessTextHasNoOffsetUnlessDefaultZoneGiven() throws {
        let plain = try #require(parser.parse("10 Oct, 2022 17:38"))
        #expect(plain.utcOffsetSeconds == nil)
        #expect(plain.precision == .time)
        let moscow = DateParser(now: fixedNow, defaultTimeZone: TimeZone(secondsFromGMT: 10_800))
        let local = try #require(moscow.parse("10 Oct, 2022 17:38"))
        #expect(local.iso8601 == "2022-10-10T17:38:00+03:00")
        #expect(local.date == Date(timeIntervalSince1970: 1_665_423_480 - 10_800))
        // An explicit zone in the text wins over the default.
        #expect(moscow.parse("2022-10-10T17:38:16Z")?.utcOffsetSeconds == 0)
    }

    @Test func defaultZoneFollowsDaylightSaving() throws {
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        let parser = DateParser(now: fixedNow, defaultTimeZone: newYork)
        #expect(parser.parse("2022-07-01 12:00")?.iso8601 == "2022-07-01T12:00:00-04:00")
        #expect(parser.parse("2022-12-01 12:00")?.iso8601 == "2022-12-01T12:00:00-05:00")
    }

    @Test func dayOnlyDatesHaveDayPrecision() throws {
        let value = try #require(parser.parse("October 10, 2022"))
        #expect(value.precision == .day)
        #expect(value.utcOffsetSeconds == nil)
        #expect(value.date == Date(timeIntervalSince1970: 1_665_360_000))
    }

    @Test func keepsFractionalSeconds() throws {
        let value = try #require(parser.parse("2022-10-10T17:38:16.250Z"))
        #expect(value.date.timeIntervalSince1970 == 1_665_423_496.25)
    }

    @Test func parsesWithExplicitFormat() throws {
        let moscow = TimeZone(secondsFromGMT: 10_800)
        let dayFirst = try #require(parser.parse("03/09/2021 14:05", format: "dd/MM/yyyy HH:mm",
                                                 timeZone: moscow, locale: nil))
        #expect(dayFirst.iso8601 == "2021-09-03T14:05:00+03:00")
        #expect(dayFirst.precision == .time)

        let dayOnly = try #require(parser.parse("03/09/2021", format: "dd/MM/yyyy", timeZone: nil, locale: nil))
        #expect(dayOnly.iso8601 == "2021-09-03")
        #expect(dayOnly.precision == .day)
        #expect(dayOnly.utcOffsetSeconds == nil)

        let zoned = try #require(parser.parse("Mon, 10 Oct 2022 17:38:16 +0300",
                                              format: "EEE, dd MMM yyyy HH:mm:ss Z", timeZone: nil, locale: nil))
        #expect(zoned.iso8601 == "2022-10-10T17:38:16+03:00")

        let french = try #require(parser.parse("3 décembre 2021 à 14:05", format: "d MMMM yyyy 'à' HH:mm",
                                               timeZone: TimeZone(secondsFromGMT: 3_600),
                                               locale: Locale(identifier: "fr_FR")))
        #expect(french.iso8601 == "2021-12-03T14:05:00+01:00")
        #expect(french.raw == "3 décembre 2021 à 14:05")

        let arabicDigits = try #require(parser.parse("٢٥/٠٩/٢٠٢١", format: "dd/MM/yyyy", timeZone: nil, locale: nil))
        #expect(arabicDigits.iso8601 == "2021-09-25")

        #expect(parser.parse("10 Oct 2022", format: "dd/MM/yyyy", timeZone: nil, locale: nil) == nil)
        #expect(parser.parse("03/09/2030", format: "dd/MM/yyyy", timeZone: nil, locale: nil) == nil)
    }

    @Test func normalizesDigits() {
        #expect(DateParser.normalizeDigits("٠١٢٣٤٥٦٧٨٩") == "0123456789")
        #expect(DateParser.normalizeDigits("۰۱۲۳۴۵۶۷۸۹") == "0123456789")
        #expect(DateParser.normalizeDigits("٢٥ سبتمبر") == "25 سبتمبر")
        #expect(DateParser.normalizeDigits("plain 123") == "plain 123")
    }
}
