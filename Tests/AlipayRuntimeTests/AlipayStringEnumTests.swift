import AlipayRuntime
import Foundation
import Testing

/// Open string enums: unknown values survive, and a string literal is a value.
@Suite struct AlipayStringEnumTests {
    /// As the generator writes a business enum.
    private enum TradeStatus: AlipayStringEnum {
        case tradeSuccess
        case tradeClosed
        case unknown(String)

        init(rawValue: String) {
            switch rawValue {
            case "TRADE_SUCCESS": self = .tradeSuccess
            case "TRADE_CLOSED": self = .tradeClosed
            default: self = .unknown(rawValue)
            }
        }

        var rawValue: String {
            switch self {
            case .tradeSuccess: return "TRADE_SUCCESS"
            case .tradeClosed: return "TRADE_CLOSED"
            case .unknown(let value): return value
            }
        }

        var isKnown: Bool {
            if case .unknown = self { return false }
            return true
        }
    }

    private struct Trade: AlipayModel {
        var status: TradeStatus?

        init() {}

        init(status: TradeStatus?) {
            self.status = status
        }

        static let fields: [AlipayField<Self>] = [AlipayField("trade_status", \.status)]
    }

    @Test func aLiteralIsTheCaseOfItsValue() {
        let literal: TradeStatus = "TRADE_SUCCESS"
        #expect(literal == .tradeSuccess)
        #expect(literal.isKnown)
        #expect(Trade(status: "TRADE_CLOSED") == Trade(status: .tradeClosed))
    }

    @Test func aLiteralOfAnUnknownValueIsUnknown() {
        let literal: TradeStatus = "NEW_VALUE"
        #expect(literal == .unknown("NEW_VALUE"))
        #expect(!literal.isKnown)
        #expect(literal.rawValue == "NEW_VALUE")
    }

    @Test func anUnknownValueSurvivesARoundTrip() throws {
        let json = #"{"trade_status":"NEW_VALUE"}"#
        let trade = try JSONDecoder().decode(Trade.self, from: Data(json.utf8))
        #expect(trade.status == .unknown("NEW_VALUE"))
        #expect(String(decoding: try JSONEncoder().encode(trade), as: UTF8.self) == json)
    }
}
