/// Reads the calendar fields out of a date written for people, in any of the
/// supported languages: `Mon, 10 Oct 2022 17:38:16 GMT`, `Oct. 10, 2022 at 5:38 pm EDT`,
/// `3 декабря 2021, 14:05`, `3 décembre 2021 à 14h05`, `السبت 25 أيلول 2021 - 14:05`,
/// `03.12.2021`, `9/25/2021`.
///
/// It finds a date (three numbers, or a month name with a day and a four-digit
/// year), then the time nearest after it, then an AM/PM marker and a zone right
/// after the time. Words it does not know — labels such as "Published time:",
/// weekday names, "at", "à", "Uhr" — are skipped, which is how labels are
/// stripped without a list of every label in every language.
enum DateTextReader {
    /// Where a date was found among the tokens.
    private struct DatePart {
        var year: Int, month: Int, day: Int
        var range: ClosedRange<Int>
    }

    /// Where a time of day was found among the tokens.
    private struct TimePart {
        var hour: Int, minute: Int, second: Int, nanosecond: Int
        var range: ClosedRange<Int>
        /// `true` when the time was only an hour with a meridiem (`5 pm`), which then is not re-read.
        var meridiemConsumed: DateVocabulary.Meridiem?
    }

    static func read(_ text: String) -> CivilDateTime? {
        let tokens = DateTokenizer.tokenize(text)
        guard let date = numericDate(tokens) ?? unitDate(tokens) ?? wordDate(tokens) else { return nil }
        var result = CivilDateTime(year: date.year, month: date.month, day: date.day)
        guard let time = time(tokens, around: date.range) else { return result }

        var hour = time.hour
        var meridiem = time.meridiemConsumed
        var index = time.range.upperBound + 1
        if meridiem == nil, let (found, next) = self.meridiem(tokens, at: index) {
            meridiem = found
            index = next
        }
        if let meridiem {
            guard (1...12).contains(hour) || hour == 0 else { return nil }
            if meridiem == .pm, hour < 12 { hour += 12 }
            if meridiem == .am, hour == 12 { hour = 0 }
        }
        result.hour = hour
        result.minute = time.minute
        result.second = time.second
        result.nanosecond = time.nanosecond
        result.hasTime = true
        result.offsetSeconds = zone(tokens, at: index)
        if result.offsetSeconds == nil { result.zoneIdentifier = regionalZone(tokens, at: index) }
        return result
    }

    // MARK: Dates

    /// `D.M.YYYY`, `D-M-YYYY`, `M/D/YYYY` (US order unless the first number cannot be
    /// a month), and year-first `YYYY-M-D`, `YYYY/M/D`, `YYYY.M.D`.
    private static func numericDate(_ tokens: [DateToken]) -> DatePart? {
        guard tokens.count >= 5 else { return nil }
        for start in 0...(tokens.count - 5) {
            guard let first = tokens[start].number, let second = tokens[start + 2].number,
                  let third = tokens[start + 4].number,
                  case let .symbol(separator) = tokens[start + 1].kind,
                  tokens[start + 3].isSymbol(separator), separator == "/" || separator == "." || separator == "-"
            else { continue }
            // `-` and `/` must be tight (`2021 - 14` is not a date); `03. 12. 2021` is fine.
            if separator != "." {
                guard !tokens[start + 1].spaceBefore, !tokens[start + 2].spaceBefore,
                      !tokens[start + 3].spaceBefore, !tokens[start + 4].spaceBefore else { continue }
            }
            // A longer chain of numbers (`1.2.3.2021`, a version or phone number) is not a date.
            if start >= 2, tokens[start - 1].isSymbol(separator), tokens[start - 2].number != nil { continue }
            if start + 6 < tokens.count, tokens[start + 5].isSymbol(separator), tokens[start + 6].number != nil {
                continue
            }
            let range = start...(start + 4)
            if first.digits == 4, (1...2).contains(second.digits), (1...2).contains(third.digits) {
                return DatePart(year: first.value, month: second.value, day: third.value, range: range)
            }
            guard third.digits == 4, (1...2).contains(first.digits), (1...2).contains(second.digits) else { continue }
            if separator == "/", first.value <= 12 {
                return DatePart(year: third.value, month: first.value, day: second.value, range: range)
            }
            return DatePart(year: third.value, month: second.value, day: first.value, range: range)
        }
        return nil
    }

    /// A year, a month and a day each followed by its unit: `2023年10月3日`, `2023년 10월 3일`.
    private static func unitDate(_ tokens: [DateToken]) -> DatePart? {
        guard tokens.count >= 6 else { return nil }
        for start in 0...(tokens.count - 6) {
            guard let year = tokens[start].number, year.digits == 4,
                  let yearUnit = tokens[start + 1].word, DateVocabulary.yearUnits.contains(yearUnit),
                  let month = tokens[start + 2].number, (1...2).contains(month.digits),
                  let monthUnit = tokens[start + 3].word, DateVocabulary.monthUnits.contains(monthUnit),
                  let day = tokens[start + 4].number, (1...2).contains(day.digits),
                  let dayUnit = tokens[start + 5].word?.first, DateVocabulary.dayUnits.contains(dayUnit)
            else { continue }
            return DatePart(year: year.value, month: month.value, day: day.value, range: start...(start + 5))
        }
        return nil
    }

    /// A month name with a day beside it and a four-digit year near it.
    private static func wordDate(_ tokens: [DateToken]) -> DatePart? {
        for index in tokens.indices {
            guard let (month, monthEnd) = month(tokens, at: index) else { continue }
            let before = dayBefore(tokens, monthAt: index)
            let after = before == nil ? dayAfter(tokens, monthEnd: monthEnd) : nil
            guard let (day, dayIndex) = before ?? after else { continue }
            let lower = min(index, dayIndex), upper = max(monthEnd, dayIndex)
            if let (year, yearIndex) = yearAfter(tokens, from: upper) {
                return DatePart(year: year, month: month, day: day, range: lower...yearIndex)
            }
            if let (year, yearIndex) = yearBefore(tokens, from: lower) {
                return DatePart(year: year, month: month, day: day, range: yearIndex...upper)
            }
        }
        return nil
    }

    /// The month named at `index`, and the index of its last token (Levantine
    /// months take two words).
    private static func month(_ tokens: [DateToken], at index: Int) -> (Int, Int)? {
        guard let word = tokens[index].word else { return nil }
        if let month = DateVocabulary.months[word] { return (month, index) }
        if let ordinals = DateVocabulary.levantinePairs[word], index + 1 < tokens.count,
           let next = tokens[index + 1].word, let month = ordinals[next] {
            return (month, index + 1)
        }
        return nil
    }

    private static func isDayNumber(_ token: DateToken) -> Int? {
        guard let number = token.number, (1...2).contains(number.digits), (1...31).contains(number.value) else {
            return nil
        }
        return number.value
    }

    /// Punctuation and filler words allowed between a day or year and its month.
    private static func isGlue(_ token: DateToken) -> Bool {
        switch token.kind {
        case let .symbol(symbol): return symbol == "." || symbol == "," || symbol == "-"
        case let .word(word): return DateVocabulary.fillers.contains(word)
        case .number: return false
        }
    }

    private static func dayBefore(_ tokens: [DateToken], monthAt index: Int) -> (Int, Int)? {
        var cursor = index - 1
        while cursor >= 0, isGlue(tokens[cursor]) { cursor -= 1 }
        guard cursor >= 0, let day = isDayNumber(tokens[cursor]) else { return nil }
        // The minutes of a preceding time (`17:38 Oct 10`) are not a day.
        if cursor >= 1, tokens[cursor - 1].isSymbol(":"), !tokens[cursor].spaceBefore { return nil }
        return (day, cursor)
    }

    private static func dayAfter(_ tokens: [DateToken], monthEnd: Int) -> (Int, Int)? {
        var cursor = monthEnd + 1
        while cursor < tokens.count, isGlue(tokens[cursor]) { cursor += 1 }
        guard cursor < tokens.count, let day = isDayNumber(tokens[cursor]) else { return nil }
        // The hour of a following time (`Oct 17:38`, `Oct 14h05`) is not a day.
        if cursor + 1 < tokens.count {
            let next = tokens[cursor + 1]
            if next.isSymbol(":") || (next.word == "h" && !next.spaceBefore) { return nil }
        }
        return (day, cursor)
    }

    private static func isYear(_ token: DateToken) -> Int? {
        guard let number = token.number, number.digits == 4 else { return nil }
        return number.value
    }

    private static func yearAfter(_ tokens: [DateToken], from index: Int) -> (Int, Int)? {
        var cursor = index + 1
        while cursor < tokens.count, isGlue(tokens[cursor]) { cursor += 1 }
        guard cursor < tokens.count, let year = isYear(tokens[cursor]) else { return nil }
        return (year, cursor)
    }

    private static func yearBefore(_ tokens: [DateToken], from index: Int) -> (Int, Int)? {
        var cursor = index - 1
        while cursor >= 0, isGlue(tokens[cursor]) { cursor -= 1 }
        guard cursor >= 0, let year = isYear(tokens[cursor]) else { return nil }
        return (year, cursor)
    }

    // MARK: Times

    /// The first time after the date, else the last one before it.
    private static func time(_ tokens: [DateToken], around date: ClosedRange<Int>) -> TimePart? {
        var index = date.upperBound + 1
        while index < tokens.count {
            if let time = time(tokens, at: index) { return time }
            index += 1
        }
        var last: TimePart?
        index = 0
        while index < date.lowerBound {
            if let time = time(tokens, at: index), time.range.upperBound < date.lowerBound { last = time }
            index += 1
        }
        return last
    }

    /// `hh:mm[:ss[.fff]]`, French `14h05` / `14 h 05` / `14h`, or `5 pm`.
    private static func time(_ tokens: [DateToken], at index: Int) -> TimePart? {
        guard let hourToken = tokens[index].number, (1...2).contains(hourToken.digits), hourToken.value <= 24 else {
            return nil
        }
        // Not the tail of another number group (`10.10.2022` read from its middle).
        if index >= 1, case .symbol = tokens[index - 1].kind, !tokens[index].spaceBefore,
           tokens[index - 1].isSymbol(":") || tokens[index - 1].isSymbol(".") {
            return nil
        }
        func twoDigits(_ at: Int) -> Int? {
            guard at < tokens.count, let number = tokens[at].number, number.digits == 2,
                  !tokens[at].spaceBefore else { return nil }
            return number.value
        }
        let hour = hourToken.value
        if index + 2 < tokens.count, tokens[index + 1].isSymbol(":"), !tokens[index + 1].spaceBefore,
           let minute = twoDigits(index + 2) {
            var time = TimePart(hour: hour, minute: minute, second: 0, nanosecond: 0, range: index...(index + 2))
            if index + 4 < tokens.count, tokens[index + 3].isSymbol(":"), let second = twoDigits(index + 4) {
                time.second = second
                time.range = index...(index + 4)
                if index + 6 < tokens.count, tokens[index + 5].isSymbol(".") || tokens[index + 5].isSymbol(","),
                   !tokens[index + 6].spaceBefore, !tokens[index + 5].spaceBefore,
                   let fraction = tokens[index + 6].number, fraction.digits <= 18 {
                    var nanos = fraction.value
                    if fraction.digits < 9 {
                        for _ in fraction.digits..<9 { nanos *= 10 }
                    } else {
                        for _ in 9..<fraction.digits { nanos /= 10 }
                    }
                    time.nanosecond = nanos
                    time.range = index...(index + 6)
                }
            }
            return time
        }
        if index + 1 < tokens.count, tokens[index + 1].word == "h" {
            var time = TimePart(hour: hour, minute: 0, second: 0, nanosecond: 0, range: index...(index + 1))
            if index + 2 < tokens.count, let minute = tokens[index + 2].number, minute.digits == 2 {
                time.minute = minute.value
                time.range = index...(index + 2)
            }
            return time
        }
        if let (meridiem, next) = meridiem(tokens, at: index + 1) {
            return TimePart(hour: hour, minute: 0, second: 0, nanosecond: 0, range: index...(next - 1),
                            meridiemConsumed: meridiem)
        }
        return nil
    }

    /// An AM/PM marker at `index` (`pm`, `PM`, `p.m.`, Arabic `م`), and the index after it.
    private static func meridiem(_ tokens: [DateToken], at index: Int) -> (DateVocabulary.Meridiem, Int)? {
        guard index < tokens.count, let word = tokens[index].word else { return nil }
        if let meridiem = DateVocabulary.meridiems[word] {
            var next = index + 1
            if next < tokens.count, tokens[next].isSymbol("."), !tokens[next].spaceBefore { next += 1 }
            return (meridiem, next)
        }
        // `a.m.` / `p.m.`: a letter, a dot, `m`, an optional dot.
        guard word == "a" || word == "p", index + 2 < tokens.count, tokens[index + 1].isSymbol("."),
              tokens[index + 2].word == "m" else { return nil }
        var next = index + 3
        if next < tokens.count, tokens[next].isSymbol(".") { next += 1 }
        return (word == "a" ? .am : .pm, next)
    }

    // MARK: Zones

    /// The offset written right after a time: `Z`, `+0300`, `-05:00`, `+03`,
    /// a zone name (`GMT`, `EDT`, `MSK`, `мск`), or a name with an offset (`GMT+3`,
    /// `UTC+03:00`), possibly in parentheses.
    private static func zone(_ tokens: [DateToken], at start: Int) -> Int? {
        var index = start
        while index < tokens.count, tokens[index].isSymbol("(") { index += 1 }
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if case .word = token.kind {
            if token.original == "Z", index == start, !token.spaceBefore { return 0 }
            guard let base = DateVocabulary.zones[token.original] else { return nil }
            if let (offset, _) = signedOffset(tokens, at: index + 1), !tokens[index + 1].spaceBefore {
                return base + offset
            }
            return base
        }
        guard !token.spaceBefore || index == start, let (offset, _) = signedOffset(tokens, at: index) else {
            return nil
        }
        return offset
    }

    /// A regional zone name (`ET`) right after the time, as a tz database identifier.
    private static func regionalZone(_ tokens: [DateToken], at index: Int) -> String? {
        guard index < tokens.count, case .word = tokens[index].kind else { return nil }
        return DateVocabulary.regionalZones[tokens[index].original]
    }

    /// `±hh`, `±h`, `±hhmm` or `±hh:mm` with the sign touching the digits.
    private static func signedOffset(_ tokens: [DateToken], at index: Int) -> (Int, Int)? {
        guard index + 1 < tokens.count, tokens[index].isSymbol("+") || tokens[index].isSymbol("-"),
              !tokens[index + 1].spaceBefore, let number = tokens[index + 1].number else { return nil }
        let sign = tokens[index].isSymbol("-") ? -1 : 1
        var hours = 0, minutes = 0, end = index + 1
        switch number.digits {
        case 1, 2:
            hours = number.value
            if index + 3 < tokens.count, tokens[index + 2].isSymbol(":"), let next = tokens[index + 3].number,
               next.digits == 2 {
                minutes = next.value
                end = index + 3
            }
        case 4:
            hours = number.value / 100
            minutes = number.value % 100
        default:
            return nil
        }
        guard hours <= 18, minutes < 60 else { return nil }
        return (sign * (hours * 3_600 + minutes * 60), end)
    }
}
