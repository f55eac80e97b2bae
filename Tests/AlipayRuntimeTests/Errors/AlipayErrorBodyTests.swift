@_spi(Generated) import AlipayRuntime
import Foundation
import Testing

/// An operation's error body: `CommonErrorType` when the platform knows the code, the operation's
/// own model otherwise, including for codes neither knows.
@Suite struct AlipayErrorBodyTests {
    private enum PlatformCode: AlipayStringEnum {
        case invalidParameter
        case unknown(String)

        static let knownValues: AlipayKnownValues<Self> = [.invalidParameter]

        var rawValue: String {
            switch self {
            case .invalidParameter: return "INVALID_PARAMETER"
            case .unknown(let value): return value
            }
        }
    }

    private enum OperationCode: AlipayStringEnum {
        case tradeNotExist
        case unknown(String)

        static let knownValues: AlipayKnownValues<Self> = [.tradeNotExist]

        var rawValue: String {
            switch self {
            case .tradeNotExist: return "TRADE_NOT_EXIST"
            case .unknown(let value): return value
            }
        }
    }

    private typealias Body = AlipayErrorBody<PlatformCode, OperationCode>

    private func decode(_ json: String) throws -> Body {
        try JSONDecoder().decode(Body.self, from: Data(json.utf8))
    }

    @Test func theMemberThatKnowsTheCodeWins() throws {
        #expect(
            try decode(#"{"code":"INVALID_PARAMETER","message":"m"}"#)
                == .commonErrorType(.init(code: .invalidParameter, message: "m")))
        #expect(
            try decode(#"{"code":"TRADE_NOT_EXIST","message":"m","links":"https://example.com"}"#)
                == .errorResponseModel(.init(code: .tradeNotExist, links: "https://example.com", message: "m")))
    }

    @Test func aCodeNeitherKnowsIsTheOperations() throws {
        #expect(try decode(#"{"code":"NEW_CODE"}"#) == .errorResponseModel(.init(code: .unknown("NEW_CODE"))))
        #expect(try decode("{}") == .errorResponseModel(.init()))
    }

    @Test func aBodyOfTheWrongShapeIsAnError() {
        #expect(throws: DecodingError.self) { try decode(#"{"code":7}"#) }
        #expect(throws: DecodingError.self) { try decode("[]") }
    }

    @Test func encodesAsTheMemberAndLeavesNilOut() throws {
        let body = Body.errorResponseModel(.init(code: .tradeNotExist, message: "gone"))
        let json = String(decoding: try JSONEncoder().encode(body), as: UTF8.self)
        #expect(json.contains(#""code":"TRADE_NOT_EXIST""#) && json.contains(#""message":"gone""#))
        #expect(!json.contains("links"))
        #expect(try decode(json) == body)
    }

    @Test func theModelNamesItsCodeEnumAndWireKeys() {
        let code: AlipayErrorModel<OperationCode>.Code = .tradeNotExist
        #expect(code == OperationCode.tradeNotExist)
        #expect(AlipayErrorModel<OperationCode>.fields.map(\.key) == ["code", "links", "message"])
    }
}
