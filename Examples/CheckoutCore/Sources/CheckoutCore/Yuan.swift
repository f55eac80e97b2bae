/// Yuan amounts compared as numbers: `9.9` and `9.90` are the same amount.
public enum Yuan {
    /// The amount in fen, or `nil` unless it is a number of zero or more with at most two decimals.
    public static func fen(_ text: String) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCII),
            let whole = Int(parts[0]), whole >= 0
        else { return nil }
        guard parts.count == 2 else { return whole * 100 }
        guard (1...2).contains(parts[1].count), parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
            let cents = Int(parts[1])
        else { return nil }
        return whole * 100 + (parts[1].count == 1 ? cents * 10 : cents)
    }

    /// Two decimals, as Alipay writes amounts.
    public static func text(fen: Int) -> String {
        let cents = fen % 100
        return "\(fen / 100).\(cents < 10 ? "0" : "")\(cents)"
    }
}
