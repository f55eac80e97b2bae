import Foundation

/// v2 times: `yyyy-MM-dd HH:mm:ss` in Beijing time (GMT+8), whatever the machine's zone.
enum GatewayBeijingClock {
    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        // GMT+8 always exists.
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
        return calendar
    }

    /// `date` as Alipay writes it, e.g. `2024-07-01 12:34:56`.
    static func string(from date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String {
            let text = String(value ?? 0)
            return text.count < 2 ? "0" + text : text
        }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) "
            + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
    }

    /// `yyyyMMdd` in Beijing time, as trade numbers start.
    static func day(of date: Date) -> String {
        String(string(from: date).prefix(10).filter(\.isNumber))
    }

    /// The moment `text` names, or `nil` unless it is exactly `yyyy-MM-dd HH:mm:ss` and a real time.
    static func date(from text: String) -> Date? {
        let bytes = Array(text.utf8)
        let digitPositions = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        guard bytes.count == 19, digitPositions.allSatisfy({ (0x30...0x39).contains(bytes[$0]) }),
            bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: " "),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":")
        else { return nil }
        func number(_ start: Int, _ length: Int) -> Int {
            Int(String(decoding: bytes[start..<(start + length)], as: UTF8.self)) ?? -1
        }
        let parts = DateComponents(
            year: number(0, 4), month: number(5, 2), day: number(8, 2), hour: number(11, 2), minute: number(14, 2),
            second: number(17, 2))
        guard let date = calendar.date(from: parts), string(from: date) == text else { return nil }
        return date
    }
}
