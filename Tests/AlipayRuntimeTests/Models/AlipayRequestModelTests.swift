@_spi(Generated) import AlipayRuntime
import Foundation
import Testing

/// A model with required fields, written as the generator writes one: its required fields are always
/// written and must be present to decode.
@Suite struct AlipayRequestModelTests {
    private struct TradeCreate: AlipayRequestModel {
        var storeId: String?
        var outTradeNo: String
        var amount: Int

        init(storeId: String? = nil, outTradeNo: String, amount: Int) {
            self.storeId = storeId
            self.outTradeNo = outTradeNo
            self.amount = amount
        }

        init(from decoder: any Decoder) throws {
            let reader = try AlipayFieldReader<Self>(decoder)
            self.storeId = try reader.decode(\.storeId)
            self.outTradeNo = try reader.decode(\.outTradeNo)
            self.amount = try reader.decode(\.amount)
        }

        static let fields: [AlipayField<Self>] = [
            AlipayField("store_id", \.storeId),
            AlipayField("out_trade_no", required: \.outTradeNo),
            AlipayField("total_amount", required: \.amount),
        ]
    }

    /// A model whose required field has a default, so that it has an empty value to decode into.
    private struct Defaulted: AlipayModel {
        var code = ""
        var note: String?

        static let fields: [AlipayField<Self>] = [
            AlipayField("code", required: \.code),
            AlipayField("note", \.note),
        ]
    }

    private func decode<Model: Decodable>(_ type: Model.Type, _ json: String) throws -> Model {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    private func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func requiredFieldsAreReadByTheirKeysAndOptionalOnesMayBeAbsent() throws {
        #expect(
            try decode(TradeCreate.self, #"{"out_trade_no":"1","total_amount":5,"store_id":"s"}"#)
                == TradeCreate(storeId: "s", outTradeNo: "1", amount: 5))
        #expect(
            try decode(TradeCreate.self, #"{"out_trade_no":"1","total_amount":5,"store_id":null}"#)
                == TradeCreate(outTradeNo: "1", amount: 5))
    }

    @Test func anAbsentRequiredFieldIsKeyNotFound() throws {
        #expect {
            try decode(TradeCreate.self, #"{"out_trade_no":"1"}"#)
        } throws: { error in
            guard case DecodingError.keyNotFound(let key, _) = error else { return false }
            return key.stringValue == "total_amount"
        }
        #expect {
            try decode(Defaulted.self, #"{"note":"n"}"#)
        } throws: { error in
            guard case DecodingError.keyNotFound(let key, _) = error else { return false }
            return key.stringValue == "code"
        }
        #expect(try decode(Defaulted.self, #"{"code":"c"}"#).code == "c")
    }

    @Test func aNullRequiredFieldOrOneOfTheWrongTypeThrows() {
        #expect(throws: DecodingError.self) {
            try decode(TradeCreate.self, #"{"out_trade_no":null,"total_amount":5}"#)
        }
        #expect(throws: DecodingError.self) {
            try decode(TradeCreate.self, #"{"out_trade_no":"1","total_amount":"5"}"#)
        }
    }

    @Test func requiredFieldsAreAlwaysWrittenAndNilOptionalOnesLeftOut() throws {
        #expect(try json(TradeCreate(outTradeNo: "", amount: 0)) == #"{"out_trade_no":"","total_amount":0}"#)
        #expect(
            try json(TradeCreate(storeId: "s", outTradeNo: "1", amount: 5))
                == #"{"out_trade_no":"1","store_id":"s","total_amount":5}"#)
        #expect(try json(Defaulted()) == #"{"code":""}"#)
    }

    @Test func modelsAreEqualWhenEveryFieldIs() {
        let trade = TradeCreate(storeId: "s", outTradeNo: "1", amount: 5)
        #expect(trade == TradeCreate(storeId: "s", outTradeNo: "1", amount: 5))
        #expect(trade != TradeCreate(storeId: "s", outTradeNo: "2", amount: 5))
        #expect(trade != TradeCreate(outTradeNo: "1", amount: 5))
    }

    /// A reader asked for a property the model does not list is an error, not a guess.
    @Test func aPropertyMissingFromTheListIsAnError() {
        struct Unlisted: AlipayRequestModel {
            var listed: String
            var unlisted: String

            init(from decoder: any Decoder) throws {
                let reader = try AlipayFieldReader<Self>(decoder)
                self.listed = try reader.decode(\.listed)
                self.unlisted = try reader.decode(\.unlisted)
            }

            static let fields: [AlipayField<Self>] = [AlipayField("listed", required: \.listed)]
        }
        #expect {
            try decode(Unlisted.self, #"{"listed":"a","unlisted":"b"}"#)
        } throws: { error in
            guard case DecodingError.dataCorrupted = error else { return false }
            return true
        }
    }
}
