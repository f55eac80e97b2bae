import Foundation

/// The v2 gateway's clock: `yyyy-MM-dd HH:mm:ss` in Beijing time (UTC+8, no daylight saving),
/// whatever the machine's own time zone is.
package enum BeijingTime {
    /// `date` as the gateway's `timestamp` parameter, e.g. `2024-07-01 12:34:56`.
    package static func timestamp(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down)) + 8 * 3600
        let (days, secondOfDay) = floorDivision(seconds, 86_400)
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        let hour = secondOfDay / 3600
        let minute = secondOfDay % 3600 / 60
        let second = secondOfDay % 60
        var text = String(year).zeroPadded(to: 4) + "-"
        text += String(month).zeroPadded(to: 2) + "-" + String(day).zeroPadded(to: 2) + " "
        text += String(hour).zeroPadded(to: 2) + ":" + String(minute).zeroPadded(to: 2) + ":"
        return text + String(second).zeroPadded(to: 2)
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let quotient = value >= 0 ? value / divisor : (value - divisor + 1) / divisor
        return (quotient, value - quotient * divisor)
    }

    /// The proleptic Gregorian date of a day count from 1970-01-01.
    private static func civilDate(daysSinceEpoch days: Int64) -> (Int64, Int64, Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
