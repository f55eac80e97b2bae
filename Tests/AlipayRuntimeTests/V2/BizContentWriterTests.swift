@_spi(Generated) import AlipayRuntime
import Foundation
import Testing

/// `biz_content` written straight from a model's field table is byte for byte what `JSONEncoder`
/// writes with sorted keys and unescaped slashes, the untyped calls' encoding.
@Suite struct BizContentWriterTests {
    private enum Mode: AlipayStringEnum {
        case fast
        case unknown(String)

        static let knownValues: AlipayKnownValues<Self> = [.fast]

        var rawValue: String {
            switch self {
            case .fast: "fast"
            case .unknown(let value): value
            }
        }
    }

    private struct Item: AlipayModel {
        var name: String?
        var count: Int64?
        var tags: [String]?

        static let fields: [AlipayField<Self>] = [
            AlipayField("name", \.name), AlipayField("count", \.count), AlipayField("tags", \.tags),
        ]
    }

    /// Fields listed out of key order, as a spec may list them.
    private struct Order: AlipayRequestModel {
        var subject: String
        var amount: String
        var items: [Item]?
        var main: Item?
        var mode: Mode?
        var flag: Bool?
        var small: Int32?
        var rate: Double?
        var extra: AlipayJSONValue?
        var matrix: [[Int]]?

        init(subject: String, amount: String) {
            self.subject = subject
            self.amount = amount
        }

        init(from decoder: any Decoder) throws {
            let reader = try AlipayFieldReader<Self>(decoder)
            subject = try reader.decode(\.subject)
            amount = try reader.decode(\.amount)
        }

        static let fields: [AlipayField<Self>] = [
            AlipayField("subject", required: \.subject), AlipayField("total_amount", required: \.amount),
            AlipayField("items", \.items), AlipayField("main", \.main), AlipayField("mode", \.mode),
            AlipayField("flag", \.flag), AlipayField("a_small", \.small), AlipayField("rate", \.rate),
            AlipayField("extra", \.extra), AlipayField("matrix", \.matrix),
        ]
    }

    /// In key order until the last field: the writer finds out only after writing a nested model.
    private struct LateDisorder: AlipayModel {
        var main: Item?
        var zeta: String?
        var alpha: String?

        static let fields: [AlipayField<Self>] = [
            AlipayField("main", \.main), AlipayField("zeta", \.zeta), AlipayField("alpha", \.alpha),
        ]
    }

    private func encoderJSON(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func theWriterWritesWhatJSONEncoderWrites() throws {
        var order = Order(subject: "测试 \"quoted\" \\ / <b>&</b>\n\r\t\u{8}\u{C}\u{1}\u{1F}\u{7F} 😀", amount: "88.88")
        #expect(try BizContentWriter.json(order) == encoderJSON(order))
        #expect(try BizContentWriter.json(order).hasPrefix(#"{"subject":"测试 \"quoted\" \\ / <b>&</b>\n\r\t\b\f\u0001"#))

        order.items = [Item(name: "a", count: 2, tags: ["x", "y"]), Item(), Item(tags: [])]
        order.main = Item(name: "m", count: -9_007_199_254_740_993)
        order.mode = "slow"
        order.flag = false
        order.small = -3
        order.rate = 0.1
        order.extra = .object(["z": .array([.null, .bool(true), .number(1.5)]), "a": .string("é")])
        order.matrix = [[1, 2], []]
        let written = try BizContentWriter.json(order)
        #expect(written == (try encoderJSON(order)))
        #expect(
            written.hasPrefix(#"{"a_small":-3,"extra":{"a":"é","z":[null,true,1.5]},"flag":false,"items":[{"count":2"#))
    }

    @Test func aTableOutOfOrderIsWrittenInKeyOrderEvenWhenFoundLate() throws {
        let model = LateDisorder(main: Item(name: "m", count: 1, tags: ["t"]), zeta: "z", alpha: "a")
        let written = try BizContentWriter.json(model)
        #expect(written == #"{"alpha":"a","main":{"count":1,"name":"m","tags":["t"]},"zeta":"z"}"#)
        #expect(written == (try encoderJSON(model)))
        #expect(try BizContentWriter.json(LateDisorder()) == "{}")
    }
}
