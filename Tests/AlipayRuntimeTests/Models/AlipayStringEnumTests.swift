@_spi(Generated) import AlipayRuntime
import Foundation
import Testing

/// Open string enums: unknown values survive, and a string literal is a value.
@Suite struct AlipayStringEnumTests {
    /// As the generator writes a business enum.
    private enum TradeStatus: AlipayStringEnum {
        case tradeSuccess
        case tradeClosed
        case unknown(String)

        static let knownValues: AlipayKnownValues<Self> = [.tradeSuccess, .tradeClosed]

        var rawValue: String {
            switch self {
            case .tradeSuccess: return "TRADE_SUCCESS"
            case .tradeClosed: return "TRADE_CLOSED"
            case .unknown(let value): return value
            }
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

    @Test func theTableReadsRawValuesBack() {
        // Matched as a case, not with `==`, which compares raw values.
        guard case .tradeClosed = TradeStatus(rawValue: "TRADE_CLOSED") else {
            Issue.record("TRADE_CLOSED did not decode to .tradeClosed")
            return
        }
        #expect(TradeStatus.tradeClosed.rawValue == "TRADE_CLOSED")
        #expect(TradeStatus.knownValues.values == [.tradeSuccess, .tradeClosed])
        #expect(TradeStatus.knownValues.value(forRawValue: "NEW_VALUE") == nil)
        #expect(TradeStatus.tradeSuccess.isKnown)
    }

    /// Equal raw values are equal values: a match on `unknown` survives the SDK naming the value.
    @Test func anUnknownValueEqualsTheCaseOfTheSameRawValue() {
        #expect(TradeStatus.unknown("TRADE_CLOSED") == .tradeClosed)
        #expect(Set<TradeStatus>([.unknown("TRADE_CLOSED"), .tradeClosed]).count == 1)
    }

    @Test func ofTwoCasesWithOneRawValueTheFirstIsKept() {
        let table: AlipayKnownValues<TradeStatus> = [.tradeClosed, .unknown("TRADE_CLOSED"), .tradeSuccess]
        guard case .tradeClosed? = table.value(forRawValue: "TRADE_CLOSED") else {
            Issue.record("the first case listed for TRADE_CLOSED was not kept")
            return
        }
        #expect(table.values.count == 3)
    }
}
