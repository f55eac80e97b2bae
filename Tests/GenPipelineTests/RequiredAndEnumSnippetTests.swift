import Foundation
import Testing

/// Required request properties, open business enums and the examples that fill them: a YAML fragment
/// in, the exact Swift out.
@Suite struct RequiredAndEnumSnippetTests {
    private let files: [String: String]

    init() throws {
        files = try Snippet.generate(TradeSpec.yaml)
    }

    /// Required properties of a request-only model are non-optional, in the spec's order among the
    /// optional ones; the model has no `init()` and decodes in its own `init(from:)`.
    @Test func requiredRequestPropertiesAreNonOptionalInitializerParameters() throws {
        let model = try #require(TradeSpec.declaration(of: "AlipayTradeCreateModel", in: files))
        let end = try #require(model.range(of: "\n    public enum TradeStatus: AlipayStringEnum {\n"))
        #expect(
            model[..<end.lowerBound] == #"""
                public struct AlipayTradeCreateModel: AlipayRequestModel {
                    /// The JSON field "alipay_store_id".
                    public var alipayStoreId: String?
                    /// Example: `20150320010101001`
                    public var outTradeNo: String
                    /// The JSON field "subject".
                    public var subject: String
                    /// Example: `88.88`
                    public var totalAmount: String
                    /// The JSON field "trade_status".
                    public var tradeStatus: TradeStatus
                    /// The status of a trade.
                    public var status: AlipayTradeStatus?
                    /// The JSON field "extend_params".
                    public var extendParams: ExtendParams
                    /// The JSON field "goods".
                    public var goods: Goods
                    /// The JSON field "goods_detail".
                    public var goodsDetail: [Goods]
                    /// The JSON field "operator".
                    public var `operator`: String

                    /// An object with the fields given; an optional field left out is `nil`.
                    public init(
                        alipayStoreId: String? = nil,
                        outTradeNo: String,
                        subject: String,
                        totalAmount: String,
                        tradeStatus: TradeStatus,
                        status: AlipayTradeStatus? = nil,
                        extendParams: ExtendParams,
                        goods: Goods,
                        goodsDetail: [Goods],
                        `operator`: String
                    ) {
                        self.alipayStoreId = alipayStoreId
                        self.outTradeNo = outTradeNo
                        self.subject = subject
                        self.totalAmount = totalAmount
                        self.tradeStatus = tradeStatus
                        self.status = status
                        self.extendParams = extendParams
                        self.goods = goods
                        self.goodsDetail = goodsDetail
                        self.`operator` = `operator`
                    }

                    /// Reads the object from JSON; a required field that is absent throws `DecodingError.keyNotFound`.
                    public init(from decoder: any Decoder) throws {
                        let reader = try AlipayFieldReader<Self>(decoder)
                        self.alipayStoreId = try reader.decode(\.alipayStoreId)
                        self.outTradeNo = try reader.decode(\.outTradeNo)
                        self.subject = try reader.decode(\.subject)
                        self.totalAmount = try reader.decode(\.totalAmount)
                        self.tradeStatus = try reader.decode(\.tradeStatus)
                        self.status = try reader.decode(\.status)
                        self.extendParams = try reader.decode(\.extendParams)
                        self.goods = try reader.decode(\.goods)
                        self.goodsDetail = try reader.decode(\.goodsDetail)
                        self.`operator` = try reader.decode(\.`operator`)
                    }

                    /// Each field's JSON key and property, in the spec's order.
                    @_spi(Generated) public static let fields: [AlipayField<Self>] = [
                        AlipayField("alipay_store_id", \.alipayStoreId),
                        AlipayField("out_trade_no", required: \.outTradeNo),
                        AlipayField("subject", required: \.subject),
                        AlipayField("total_amount", required: \.totalAmount),
                        AlipayField("trade_status", required: \.tradeStatus),
                        AlipayField("status", \.status),
                        AlipayField("extend_params", required: \.extendParams),
                        AlipayField("goods", required: \.goods),
                        AlipayField("goods_detail", required: \.goodsDetail),
                        AlipayField("operator", required: \.`operator`),
                    ]

                    /// An open list of values: the cases the spec names, and any other as `unknown`.
                """#)
        // A model only reached through a required request model is a request model too.
        #expect(
            TradeSpec.declaration(of: "ExtendParams", in: files) == #"""
                public struct ExtendParams: AlipayRequestModel {
                    /// Example: `3`
                    public var hbFqNum: String
                    /// Example: `1669388400000`
                    public var timeoutExpress: Int64
                    /// The status of a trade.
                    public var status: AlipayTradeStatus

                    /// An object with the fields given; an optional field left out is `nil`.
                    public init(
                        hbFqNum: String,
                        timeoutExpress: Int64,
                        status: AlipayTradeStatus
                    ) {
                        self.hbFqNum = hbFqNum
                        self.timeoutExpress = timeoutExpress
                        self.status = status
                    }

                    /// Reads the object from JSON; a required field that is absent throws `DecodingError.keyNotFound`.
                    public init(from decoder: any Decoder) throws {
                        let reader = try AlipayFieldReader<Self>(decoder)
                        self.hbFqNum = try reader.decode(\.hbFqNum)
                        self.timeoutExpress = try reader.decode(\.timeoutExpress)
                        self.status = try reader.decode(\.status)
                    }

                    /// Each field's JSON key and property, in the spec's order.
                    @_spi(Generated) public static let fields: [AlipayField<Self>] = [
                        AlipayField("hb_fq_num", required: \.hbFqNum),
                        AlipayField("timeout_express", required: \.timeoutExpress),
                        AlipayField("status", required: \.status),
                    ]
                }

                """#)
    }

    /// A body with required properties is a required argument; one without keeps its empty default.
    @Test func aBodyWithRequiredPropertiesHasNoDefault() throws {
        let api = try #require(files["Sources/AlipayTrade/APIs/AlipayTradeApi.swift"])
        #expect(
            api.contains(
                """
                    public func create(
                        _ model: AlipayTradeCreateModel,
                        options: AlipayRequestOptions = AlipayRequestOptions()
                    ) async throws(AlipayError) -> AlipayTradeCreateResponseModel {
                """))
        #expect(
            api.contains(
                """
                    public func query(
                        _ model: AlipayTradeQueryModel = .init(),
                        options: AlipayRequestOptions = AlipayRequestOptions()
                    ) async throws(AlipayError) -> AlipayEmptyBody {
                """))
        let page = try #require(files["docs/AlipayTradeApi.md"])
        #expect(page.contains("| `model` | - | `AlipayTradeCreateModel` | body | yes |  |"))
    }

    /// A model a response carries keeps every property optional, even one a request also carries and
    /// the spec requires: an answer that leaves it out still decodes.
    @Test func modelsAResponseCarriesStayOptional() throws {
        #expect(
            TradeSpec.declaration(of: "Goods", in: files) == #"""
                public struct Goods: AlipayModel {
                    /// The JSON field "goods_name".
                    public var goodsName: String?
                    /// The JSON field "price".
                    public var price: Double?

                    /// An object with the fields given; an optional field left out is `nil`.
                    public init(
                        goodsName: String? = nil,
                        price: Double? = nil
                    ) {
                        self.goodsName = goodsName
                        self.price = price
                    }

                    /// An object whose fields are all `nil`.
                    public init() {}

                    /// Each field's JSON key and property, in the spec's order.
                    @_spi(Generated) public static let fields: [AlipayField<Self>] = [
                        AlipayField("goods_name", \.goodsName),
                        AlipayField("price", \.price),
                    ]
                }

                """#)
        // Nor does a model no operation reaches.
        let unused = try #require(TradeSpec.declaration(of: "UnusedRecord", in: files))
        #expect(
            unused.hasPrefix(
                "public struct UnusedRecord: AlipayModel {\n    /// The JSON field \"record_id\".\n"
                    + "    public var recordId: String?\n"))
        let response = try #require(TradeSpec.declaration(of: "AlipayTradeCreateResponseModel", in: files))
        #expect(response.hasPrefix("public struct AlipayTradeCreateResponseModel: AlipayModel {\n"))
        #expect(response.contains("    public var tradeNo: String?\n"))
        #expect(response.contains("        AlipayField(\"trade_no\", \\.tradeNo),\n"))
    }

    /// An inline business enum is an open enum nested in its model; string literals come from
    /// `AlipayStringEnum`, so the enum declares no literal initializer of its own.
    @Test func inlineBusinessEnumsAreOpenNestedEnums() throws {
        let model = try #require(TradeSpec.declaration(of: "AlipayTradeCreateModel", in: files))
        let start = try #require(model.range(of: "    public enum TradeStatus: AlipayStringEnum {\n"))
        let nested = model[start.lowerBound...]
        #expect(
            nested.hasPrefix(
                """
                    public enum TradeStatus: AlipayStringEnum {
                        case waitBuyerPay
                        case tradeSuccess
                        /// A value this version of the SDK does not know yet.
                        case unknown(String)

                        /// Each case the spec names.
                        @_spi(Generated) public static let knownValues: AlipayKnownValues<Self> = [
                            .waitBuyerPay,
                            .tradeSuccess,
                        ]

                        /// The value as Alipay writes it.
                        public var rawValue: String {
                            switch self {
                            case .waitBuyerPay:
                                return "WAIT_BUYER_PAY"
                            case .tradeSuccess:
                                return "TRADE_SUCCESS"
                """))
        #expect(!nested.contains("stringLiteral"))
    }

    /// A component schema that is a string enum is an open enum at the top level, which properties
    /// name through `$ref`.
    @Test func namedEnumSchemasAreTopLevelOpenEnums() throws {
        let status = try #require(TradeSpec.declaration(of: "AlipayTradeStatus", in: files))
        #expect(
            status.hasPrefix(
                """
                public enum AlipayTradeStatus: AlipayStringEnum {
                    case waitBuyerPay
                    case tradeClosed
                    case tradeSuccess
                    /// A value this version of the SDK does not know yet.
                    case unknown(String)

                """))
        let all = files.values.joined()
        #expect(all.contains("\n/// The status of a trade.\npublic enum AlipayTradeStatus: AlipayStringEnum {\n"))
        #expect(all.contains("    public var status: AlipayTradeStatus?\n"))
        #expect(all.contains("    public var status: AlipayTradeStatus\n"))
    }

    /// The example passes every required property: the spec's example, a placeholder of the type, an
    /// enum's first case, a nested model's example initializer, `[]`; and wraps as the format wants.
    @Test func examplesFillEveryRequiredProperty() throws {
        let examples = try #require(files["Examples/AlipayTradeApiExamples.swift"])
        #expect(
            examples.contains(
                """
                        let api = AlipayTradeApi(client: client)
                        let model = AlipayTradeCreateModel(
                            outTradeNo: "20150320010101001",
                            subject: "value",
                            totalAmount: "88.88",
                            tradeStatus: .waitBuyerPay,
                            extendParams: ExtendParams(hbFqNum: "3", timeoutExpress: 1_669_388_400_000, status: .waitBuyerPay),
                            goods: Goods(),
                            goodsDetail: [],
                            operator: "value"
                        )
                        let response = try await api.create(model)
                """))
        #expect(
            examples.contains(
                """
                        let model = AlipayTradeQueryModel()
                        let response = try await api.query(model)
                """))
        // Required file parts, and a call too long for one line, one argument a line.
        #expect(
            examples.contains(
                """
                        let data = ExtendParams(hbFqNum: "3", timeoutExpress: 1_669_388_400_000, status: .waitBuyerPay)
                        let response = try await api.upload(
                            data: data,
                            businessLicensePicture: AlipayFile(bytes: Data(), fileName: "file.bin"),
                            shopSignBoardPicture: AlipayFile(bytes: Data(), fileName: "file.bin")
                        )
                """))
        #expect(examples.contains("import AlipaySDK\nimport Foundation\n"))
        let page = try #require(files["docs/AlipayTradeApi.md"])
        #expect(page.contains("    let model = AlipayTradeCreateModel(\n        outTradeNo: \"20150320010101001\",\n"))
        #expect(!examples.contains("AlipayTradeCreateModel()"))
    }
}
