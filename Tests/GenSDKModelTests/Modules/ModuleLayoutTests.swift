import Testing

@testable import GenSDKModel

@Suite struct ModuleLayoutTests {
    private func api(_ tag: String, returning returnType: SwiftType, parameter: SwiftType? = nil) -> APIClass {
        APIClass(
            name: Identifiers.apiClass(tag: tag), tag: tag, documentation: [],
            methods: [
                APIMethod(
                    name: "query", operationId: tag + ".query", httpMethod: "POST", path: "/v3/x",
                    parameters:
                        parameter.map {
                            [
                                MethodParameter(
                                    name: "model", wireName: "model", type: $0, role: .body, isOptional: false,
                                    documentation: [])
                            ]
                        } ?? [],
                    body: .none, summary: [], documentation: [], deprecated: false, returnType: returnType,
                    errorType: .named("CommonErrorType"))
            ])
    }

    private func structure(_ name: String, _ types: [SwiftType] = []) -> ModelType {
        ModelType(
            name: name, schemaName: name,
            kind: .structure(
                types.enumerated().map {
                    ModelProperty(
                        name: "p\($0.offset)", wireName: "p\($0.offset)", type: $0.element, documentation: [],
                        example: nil, deprecated: false, requiredInSpec: false)
                }))
    }

    @Test func aFamilyIsTheTagsFirstTwoSegments() {
        #expect(ModuleLayout.family(ofTag: "zhima.credit.pe.zmgo.cumulation") == "zhima.credit")
        #expect(ModuleLayout.family(ofTag: "alipay.trade") == "alipay.trade")
        #expect(ModuleLayout.family(ofTag: "operation") == "operation")
        // Empty segments count as segments.
        #expect(ModuleLayout.family(ofTag: "alipay..trade") == "alipay.")
        #expect(ModuleLayout.family(ofTag: ".alipay.trade") == ".alipay")
        #expect(ModuleLayout.family(ofTag: "ä.ö.ü") == "ä.ö")
        #expect(ModuleLayout.moduleName(family: "alipay.trade") == "AlipayTrade")
        #expect(ModuleLayout.moduleName(family: "zhima.credit") == "AlipayZhimaCredit")
        #expect(ModuleLayout.moduleName(family: "ant.merchant") == "AlipayAntMerchant")
    }

    @Test func aModelLivesWithTheOnlyFamilyThatUsesItElseInTheSharedModule() {
        var apis = [
            api("zhima.credit.pe.zmgo", returning: .named("ZmgoResult"), parameter: .array(.named("ZmgoInput"))),
            api("alipay.trade.pay", returning: .named("PayResult")),
            api("zhima.credit.score", returning: .emptyBody),
        ]
        var models = [
            structure("ZmgoResult", [.named("Amount"), .object(of: .named("ZmgoDetail"))]),
            structure("ZmgoInput"),
            structure("ZmgoDetail"),
            structure("PayResult", [.named("Amount")]),
            structure("Amount", [.named("Currency")]),
            structure("Currency"),
            structure("CommonErrorType"),
            structure("Unused", [.named("UsedByUnused"), .named("PayResult")]),
            structure("UsedByUnused"),
        ]
        let families = ModuleLayout.assign(apis: &apis, models: &models)
        #expect(families == ["AlipayTrade", "AlipayZhimaCredit"])
        #expect(apis.map(\.module) == ["AlipayZhimaCredit", "AlipayTrade", "AlipayZhimaCredit"])
        let modules = Dictionary(uniqueKeysWithValues: models.map { ($0.name, $0.module) })
        #expect(
            modules == [
                "ZmgoResult": "AlipayZhimaCredit", "ZmgoInput": "AlipayZhimaCredit", "ZmgoDetail": "AlipayZhimaCredit",
                // Also reached from an unused model, which is shared.
                "PayResult": "AlipaySharedModels",
                // Reached from both families, directly or through a shared model.
                "Amount": "AlipaySharedModels", "Currency": "AlipaySharedModels",
                "CommonErrorType": "AlipaySharedModels",
                // Reached from none: kept, in the shared module.
                "Unused": "AlipaySharedModels", "UsedByUnused": "AlipaySharedModels",
            ])
        // A type one API class alone uses goes in that class's file; `Amount` has two users, so a file of its own.
        let owners = Dictionary(uniqueKeysWithValues: models.map { ($0.name, $0.apiClass ?? "-") })
        #expect(
            owners == [
                "ZmgoResult": "ZhimaCreditPeZmgoApi", "ZmgoInput": "ZhimaCreditPeZmgoApi",
                "ZmgoDetail": "ZhimaCreditPeZmgoApi", "PayResult": "-", "Amount": "-", "Currency": "-",
                "CommonErrorType": "-", "Unused": "-", "UsedByUnused": "-",
            ])
    }

    @Test func familyModulesNeverTakeAnotherTargetsOrATypesNameInAnyCase() {
        var apis = [
            api("alipay.sdk.x", returning: .named("A")), api("alipay.runtime", returning: .named("A")),
            api("Alipay.SDK.y", returning: .named("A")),
        ]
        var models = [structure("A"), structure("AlipayTrade")]
        apis.append(api("alipay.trade.pay", returning: .named("AlipayTrade")))
        let families = ModuleLayout.assign(apis: &apis, models: &models)
        #expect(families == ["AlipayRuntime2", "AlipaySdk2", "AlipaySdk3", "AlipayTrade2"])
        #expect(Set(apis.map(\.module)).count == 4)
    }
}

@Suite struct ModuleNamesTests {
    @Test func theDefaultPrefixGivesThisPackagesNames() {
        let names = ModuleNames()
        #expect(
            [names.shared, names.umbrella, names.examples] == ["AlipaySharedModels", "AlipaySDK", "AlipaySDKExamples"])
        #expect(names.family("alipay.trade") == "AlipayTrade")
        #expect(names.family("zhima.credit") == "AlipayZhimaCredit")
    }

    @Test func anotherPrefixNamesEveryModule() {
        let names = ModuleNames(prefix: "Shop")
        #expect([names.shared, names.umbrella, names.examples] == ["ShopSharedModels", "ShopSDK", "ShopSDKExamples"])
        #expect(names.family("alipay.trade") == "ShopTrade", "the family's own `Alipay` is not kept")
        #expect(names.family("zhima.credit") == "ShopZhimaCredit")
    }

    @Test func familiesTakeTheirModulesAfterThePrefix() {
        var apis = [
            APIClass(name: "AlipayTradeApi", tag: "alipay.trade", documentation: [], methods: []),
            APIClass(name: "ZhimaCreditApi", tag: "zhima.credit.pe", documentation: [], methods: []),
        ]
        var models: [ModelType] = []
        let families = ModuleLayout.assign(apis: &apis, models: &models, names: ModuleNames(prefix: "Shop"))
        #expect(families == ["ShopTrade", "ShopZhimaCredit"])
        #expect(apis.map(\.module) == ["ShopTrade", "ShopZhimaCredit"])
    }

    @Test func aPrefixIsAnIdentifier() {
        #expect(ModuleNames.isValidPrefix("Shop"))
        #expect(ModuleNames.isValidPrefix("_My2"))
        #expect(!ModuleNames.isValidPrefix(""))
        #expect(!ModuleNames.isValidPrefix("2Shop"))
        #expect(!ModuleNames.isValidPrefix("My-Shop"))
        #expect(!ModuleNames.isValidPrefix("Caf\u{E9}"))
    }
}
