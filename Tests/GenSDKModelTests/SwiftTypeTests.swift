import GenRender
import Testing

@testable import GenSDKModel

/// Swift types are values: built once by the SDK model, asked what they are, and written out as code by
/// the render stage.
@Suite struct SwiftTypeTests {
    private static let code = SwiftType.nested(in: .named("TradeErrorResponseModel"), name: "Code")

    @Test(arguments: [
        (SwiftType.string, "String"),
        (.optional(.file), "AlipayFile?"),
        (.array(.named("ZMGoTradeInfo")), "[ZMGoTradeInfo]"),
        (.object(of: .jsonValue), "[String: AlipayJSONValue]"),
        (.optional(.array(.object(of: .array(.data)))), "[[String: [Data]]]?"),
        (.object(of: .optional(.int64)), "[String: Int64?]"),
        (.array(.optional(.named("Item"))), "[Item?]"),
        (.optional(.optional(.bool)), "Bool??"),
        (code, "TradeErrorResponseModel.Code"),
        (
            .generic(RuntimeNames.errorBody, arguments: [.nested(in: .named("CommonErrorType"), name: "Code"), code]),
            "AlipayErrorBody<CommonErrorType.Code, TradeErrorResponseModel.Code>"
        ),
        (
            .generic(RuntimeNames.errorModel, arguments: [.named("TradeErrorCode")]),
            "AlipayErrorModel<TradeErrorCode>"
        ),
        (
            .optional(.generic("Box", arguments: [.array(.double), .object(of: .float)])),
            "Box<[Double], [String: Float]>?"
        ),
    ])
    func writesSwiftCode(type: SwiftType, code: String) {
        #expect(type.code == code)
    }

    @Test func namesAreEveryNameInTheOrderTheCodeWritesThem() {
        #expect(SwiftType.object(of: .named("ZMGoTradeInfo")).names == ["String", "ZMGoTradeInfo"])
        #expect(
            SwiftType.optional(.array(.object(of: Self.code))).names == ["String", "TradeErrorResponseModel", "Code"])
        #expect(
            SwiftType.generic("Box", arguments: [.array(.named("A")), .optional(.named("B"))]).names == [
                "Box", "A", "B",
            ])
        #expect(SwiftType.named("A_1").names == ["A_1"])
        var names = ["Before"]
        SwiftType.array(.named("After")).appendNames(to: &names)
        #expect(names == ["Before", "After"])
    }

    @Test func containsFindsAPartOnlyAsAWholeType() {
        #expect(SwiftType.data.contains(.data))
        #expect(SwiftType.optional(.object(of: .array(.data))).contains(.data))
        #expect(SwiftType.generic("Box", arguments: [.data]).contains(.data))
        #expect(SwiftType.object(of: .jsonValue).contains(.string), "the key is a part")
        #expect(!SwiftType.named("DataInfo").contains(.data))
        #expect(!SwiftType.named("MetaData").contains(.data))
        #expect(
            !SwiftType.nested(in: .named("Model"), name: "Data").contains(.data), "a nested Data is not Foundation's")
        #expect(!SwiftType.array(.string).contains(.data))
        #expect(SwiftType.nested(in: .named("Model"), name: "Code").contains(.named("Model")))
    }

    @Test func optionalsUnwrapOneLevel() {
        #expect(SwiftType.optional(.string).isOptional)
        #expect(!SwiftType.array(.optional(.string)).isOptional)
        #expect(SwiftType.optional(.string).unwrapped == .string)
        #expect(SwiftType.optional(.optional(.string)).unwrapped == .optional(.string))
        #expect(SwiftType.array(.string).unwrapped == .array(.string))
    }

    @Test func onlyANamedTypeHasAName() {
        #expect(SwiftType.named("TradeInfo").name == "TradeInfo")
        #expect(SwiftType.optional(.named("TradeInfo")).name == nil)
        #expect(Self.code.name == nil)
    }

    /// A union member's case name comes from the names its type mentions, as the code spells them.
    @Test func unionMemberNamesComeFromTheNamesOfTheType() {
        #expect(
            TypeAssigner.memberName(
                .named("ZhimaCreditPeZmgoCumulationSyncErrorResponseModel"),
                in: "ZhimaCreditPeZmgoCumulationSyncDefaultResponse") == "ErrorResponseModel")
        #expect(TypeAssigner.memberName(.object(of: .named("Detail")), in: "PayDefaultResponse") == "StringDetail")
        #expect(TypeAssigner.memberName(.array(.named("_2ndLevel")), in: "Union") == "2ndLevel")
    }
}
