@_spi(Generated) import AlipayRuntime
import Foundation
import Testing

/// A `oneOf` body takes the first member whose code the spec names, else the first that decodes,
/// else the last member's decoding error.
@Suite struct AlipayOneOfTests {
    private enum Code: AlipayStringEnum {
        case known
        case unknown(String)

        static let knownValues: AlipayKnownValues<Self> = [.known]

        var rawValue: String {
            switch self {
            case .known: return "KNOWN"
            case .unknown(let value): return value
            }
        }
    }

    private struct Common: Decodable, Equatable {
        var code: Code?
    }

    private struct Own: Decodable, Equatable {
        var code: Code?
        var detail: String
    }

    private enum Body: Decodable, Equatable {
        case common(Common)
        case own(Own)

        init(from decoder: any Decoder) throws {
            var oneOf = try AlipayOneOf<Self>(decoder)
            oneOf.knownCode(Common.self, \.code, Self.common)
            oneOf.knownCode(Own.self, \.code, Self.own)
            oneOf.decodes(Own.self, Self.own)
            self = try oneOf.last(Common.self, Self.common)
        }
    }

    private func body(_ json: String) throws -> Body {
        try JSONDecoder().decode(Body.self, from: Data(json.utf8))
    }

    @Test func aKnownCodeWinsInMemberOrder() throws {
        #expect(try body(#"{"code":"KNOWN","detail":"d"}"#) == .common(Common(code: .known)))
        #expect(try body(#"{"code":"KNOWN"}"#) == .common(Common(code: .known)))
    }

    @Test func withoutAKnownCodeTheFirstMemberThatDecodesWins() throws {
        #expect(try body(#"{"code":"NEW","detail":"d"}"#) == .own(Own(code: .unknown("NEW"), detail: "d")))
        #expect(try body(#"{"code":"NEW"}"#) == .common(Common(code: .unknown("NEW"))))
    }

    @Test func aBodyThatIsNoMemberThrowsTheLastMembersError() {
        #expect(throws: DecodingError.self) {
            try body(#"{"code":3}"#)
        }
        #expect(throws: DecodingError.self) {
            try body("[]")
        }
    }
}
