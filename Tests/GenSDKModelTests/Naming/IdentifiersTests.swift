import Testing

@testable import GenSDKModel

@Suite struct IdentifiersTests {
    @Test(arguments: [
        ("agreement_no", "agreementNo"),
        ("user_id", "userId"),
        ("orderStr", "orderStr"),
        ("REQUEST_PARAM_ILLEGAL", "requestParamIllegal"),
        ("invalid-parameter", "invalidParameter"),
        ("exclusiveBenefit", "exclusiveBenefit"),
        ("fail_reaseon", "failReaseon"),
        ("3d_secure", "_3dSecure"),
        ("default", "`default`"),
        ("class", "`class`"),
        ("self", "selfValue"),
        ("Type", "type"),
        ("init", "initValue"),
        ("", "value"),
        ("a.b c", "aBC"),
    ])
    func memberNames(wire: String, expected: String) {
        #expect(Identifiers.member(wire) == expected)
    }

    @Test func typeNamesKeepAlipaySpelling() {
        #expect(Identifiers.type("ZMGoOutDiscountInfo") == "ZMGoOutDiscountInfo")
        #expect(Identifiers.type("ZhimaCreditPeZmgoCumulationSyncModel") == "ZhimaCreditPeZmgoCumulationSyncModel")
        #expect(Identifiers.type("alipay_open_file_upload_request") == "AlipayOpenFileUploadRequest")
        #expect(Identifiers.type("2ndLevel") == "_2ndLevel")
    }

    @Test func typeNamesNeverShadowStandardOrRuntimeTypes() {
        #expect(Identifiers.type("Data") == "DataModel")
        #expect(Identifiers.type("Error") == "ErrorModel")
        #expect(Identifiers.type("AlipayClient") == "AlipayClientModel")
        #expect(Identifiers.type("Protocol") == "ProtocolModel")
    }

    /// Every runtime type the templates write unqualified is a name no generated type takes.
    @Test(arguments: ["AlipayV2Client", "AlipayKnownValues", "AlipayFilePart", "AlipayFieldReader", "AlipayOneOf"])
    func typeNamesNeverShadowTypesTheTemplatesName(runtimeType: String) {
        #expect(Identifiers.type(runtimeType) == runtimeType + "Model")
    }

    @Test func apiClassAndMethodNames() {
        #expect(Identifiers.apiClass(tag: "zhima.credit.pe.zmgo.cumulation") == "ZhimaCreditPeZmgoCumulationApi")
        #expect(Identifiers.method(operationId: "zhima.credit.pe.zmgo.cumulation.sync") == "sync")
        #expect(Identifiers.method(operationId: "alipay.marketing.activity.ordervoucher.batchquery") == "batchquery")
        #expect(Identifiers.method(operationId: "alipay.x.import") == "`import`")
    }

    @Test func collisionsResolveInOrder() {
        var names = NameAllocator(reserved: ["options"])
        #expect(names.claim("userId") == "userId")
        #expect(names.claim("userId") == "userId2")
        #expect(names.claim("userId") == "userId3")
        #expect(names.claim("options") == "options2")
        #expect(names.claim("`default`") == "`default`")
        #expect(names.claim("`default`") == "default2")
    }

    @Test func enumCasesKeepUnknownFree() {
        var cache = NameCache()
        let cases = EnumCases.make(["ORDER_PAID", "unknown", "order-paid", "", "ORDER_PAID"], names: &cache)
        #expect(cases.map(\.name) == ["orderPaid", "unknown2", "orderPaid2", "empty"])
        #expect(cases.map(\.rawValue) == ["ORDER_PAID", "unknown", "order-paid", ""])
    }
}
