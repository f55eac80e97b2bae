import AlipayRuntime
import Foundation
import Testing

@Suite struct AlipayCodingKeyTests {
    private struct Sample: Codable, Equatable {
        var name: String?
        var count: Int?

        init(name: String?, count: Int?) {
            self.name = name
            self.count = count
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AlipayCodingKey.self)
            self.name = try container.decodeField("out_name")
            self.count = try container.decodeField("count")
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AlipayCodingKey.self)
            try container.encodeField(self.name, "out_name")
            try container.encodeField(self.count, "count")
        }
    }

    @Test func fieldsAreReadByWireNameAndAbsentOrNullIsNil() throws {
        let decoder = JSONDecoder()
        #expect(
            try decoder.decode(Sample.self, from: Data(#"{"out_name":"a","count":2}"#.utf8))
                == Sample(name: "a", count: 2))
        #expect(
            try decoder.decode(Sample.self, from: Data(#"{"out_name":null}"#.utf8)) == Sample(name: nil, count: nil))
        #expect(throws: DecodingError.self) {
            try decoder.decode(Sample.self, from: Data(#"{"count":"2"}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try decoder.decode(Sample.self, from: Data(#"[1]"#.utf8))
        }
    }

    @Test func nilFieldsAreLeftOut() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(
            String(decoding: try encoder.encode(Sample(name: "a", count: nil)), as: UTF8.self) == #"{"out_name":"a"}"#)
        #expect(String(decoding: try encoder.encode(Sample(name: nil, count: nil)), as: UTF8.self) == "{}")
    }

    @Test func keysAreNeverIntegers() {
        let key: AlipayCodingKey = "x"
        #expect(key.stringValue == "x")
        #expect(key.intValue == nil)
        #expect(AlipayCodingKey(intValue: 1) == nil)
    }
}
