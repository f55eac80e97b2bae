@_spi(Generated) import AlipayRuntime
import Foundation
import Testing

/// A model's Codable and Equatable conformances, which come from its list of fields.
@Suite struct AlipayModelTests {
    private struct Sample: AlipayModel {
        var name: String?
        var count: Int?
        var tags: [String]?
        var inner: Inner?

        init() {}

        init(name: String? = nil, count: Int? = nil, tags: [String]? = nil, inner: Inner? = nil) {
            self.name = name
            self.count = count
            self.tags = tags
            self.inner = inner
        }

        static let fields: [AlipayField<Self>] = [
            AlipayField("out_name", \.name),
            AlipayField("count", \.count),
            AlipayField("tag_list", \.tags),
            AlipayField("inner", \.inner),
        ]
    }

    private struct Inner: AlipayModel {
        var code: String?

        init() {}

        init(code: String?) {
            self.code = code
        }

        static let fields: [AlipayField<Self>] = [AlipayField("code", \.code)]
    }

    @Test func fieldsAreReadByTheirKeysAndAbsentOrNullIsNil() throws {
        let decoder = JSONDecoder()
        let json = #"{"out_name":"a","count":2,"tag_list":["x","y"],"inner":{"code":"c"},"other":1}"#
        #expect(
            try decoder.decode(Sample.self, from: Data(json.utf8))
                == Sample(name: "a", count: 2, tags: ["x", "y"], inner: Inner(code: "c")))
        #expect(try decoder.decode(Sample.self, from: Data(#"{"out_name":null}"#.utf8)) == Sample())
        #expect(try decoder.decode(Sample.self, from: Data("{}".utf8)) == Sample())
    }

    @Test func aFieldOfTheWrongTypeOrABodyThatIsNoObjectThrows() {
        let decoder = JSONDecoder()
        #expect(throws: DecodingError.self) {
            try decoder.decode(Sample.self, from: Data(#"{"count":"2"}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try decoder.decode(Sample.self, from: Data(#"{"inner":{"code":3}}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try decoder.decode(Sample.self, from: Data(#"[1]"#.utf8))
        }
    }

    @Test func fieldsAreWrittenUnderTheirKeysAndNilIsLeftOut() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        func json(_ sample: Sample) throws -> String {
            String(decoding: try encoder.encode(sample), as: UTF8.self)
        }
        #expect(try json(Sample(name: "a")) == #"{"out_name":"a"}"#)
        #expect(
            try json(Sample(name: "a", count: 1, tags: [], inner: Inner(code: nil)))
                == #"{"count":1,"inner":{},"out_name":"a","tag_list":[]}"#)
        #expect(try json(Sample()) == "{}")
    }

    @Test func modelsAreEqualWhenEveryFieldIs() {
        let sample = Sample(name: "a", count: 1, tags: ["x"], inner: Inner(code: "c"))
        #expect(sample == sample)
        #expect(Sample() == Sample())
        #expect(sample != Sample(name: "a", count: 1, tags: ["x"], inner: Inner(code: "d")))
        #expect(sample != Sample(name: "a", count: 1, tags: ["x"]))
        #expect(sample != Sample(name: "a", count: 2, tags: ["x"], inner: Inner(code: "c")))
        #expect(Sample(tags: []) != Sample())
    }

    @Test func theListNamesEachKeyOnce() {
        #expect(Sample.fields.map(\.key) == ["out_name", "count", "tag_list", "inner"])
    }

    @Test func keysAreNeverIntegers() {
        let key: AlipayCodingKey = "x"
        #expect(key.stringValue == "x")
        #expect(key.intValue == nil)
        #expect(AlipayCodingKey(intValue: 1) == nil)
    }
}
