import AlipaySDK
import Testing

/// Models compare field by field, nested models and lists included, through their list of fields.
@Suite struct ModelEqualityTests {
    private func model(name: String? = "n", trade: String? = "t") -> ZhimaCreditPeZmgoCumulationSyncModel {
        ZhimaCreditPeZmgoCumulationSyncModel(
            agreementNo: "a",
            amountTypeData: AmountTypeData(name: name, tradeInfo: ZMGoTradeInfo(tradeNo: trade)),
            userId: "u")
    }

    @Test func equalFieldsAreEqualAndAnyDifferenceIsNot() {
        #expect(model() == model())
        #expect(model(name: "m") != model())
        #expect(model(name: nil) != model())
        #expect(model(trade: "x") != model())
        #expect(ZhimaCreditPeZmgoCumulationSyncModel() == ZhimaCreditPeZmgoCumulationSyncModel())
        #expect(ZhimaCreditPeZmgoCumulationSyncModel(userId: "u") != ZhimaCreditPeZmgoCumulationSyncModel())
    }

    @available(*, deprecated)
    @Test func deprecatedFieldsCountToo() {
        var changed = ZMGOOpenConfig()
        changed.supportExpireDeferral = true
        #expect(changed != ZMGOOpenConfig())
        #expect(changed == changed)
    }
}
