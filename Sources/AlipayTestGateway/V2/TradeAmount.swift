/// An amount in yuan with at most two decimals, kept in fen so that sums are exact.
struct TradeAmount: Sendable, Hashable, Comparable, CustomStringConvertible {
    var fen: Int

    static let zero = TradeAmount(fen: 0)

    init(fen: Int) {
        self.fen = fen
    }

    /// Reads `9.9`, `9.90` or `10`; `nil` for anything else (signs, three decimals, exponents).
    init?(_ text: String) {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let decimals = parts.count == 2 ? parts[1] : ""
        let isDigits = { (part: Substring) in part.utf8.allSatisfy { (0x30...0x39).contains($0) } }
        guard !whole.isEmpty, whole.count <= 12, isDigits(whole), isDigits(decimals), decimals.count <= 2,
            parts.count == 1 || !decimals.isEmpty, let yuan = Int(whole)
        else { return nil }
        fen = yuan * 100 + (Int(decimals.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0)
    }

    /// Two decimals, as Alipay writes amounts: `9.90`.
    var description: String {
        let cents = fen % 100
        return "\(fen / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    static func < (lhs: TradeAmount, rhs: TradeAmount) -> Bool {
        lhs.fen < rhs.fen
    }

    static func + (lhs: TradeAmount, rhs: TradeAmount) -> TradeAmount {
        TradeAmount(fen: lhs.fen + rhs.fen)
    }
}
