import Testing

@testable import GenSDKModel

@Suite struct WordsTests {
    static let names = [
        "agreement_no", "REQUEST_PARAM_ILLEGAL", "invalid-parameter", "exclusiveBenefit", "userID", "ID", "a",
        "3d_secure", "zhima.credit.pe", "ZMGoOutDiscountInfo", "v2Api", "x__y", "__", "", "A1b2C3", "HTTPServer",
    ]

    @Test func splitsAtSeparatorsAndCaseChanges() {
        #expect(Words.split("userID") == ["user", "ID"])
        #expect(Words.split("zhima.credit.pe_zmgo") == ["zhima", "credit", "pe", "zmgo"])
        #expect(Words.split("v2Api") == ["v2", "Api"])
        #expect(Words.split("__") == [])
    }

    @Test func joinsInCamelCase() {
        #expect(Words.lowerCamel("REQUEST_PARAM_ILLEGAL") == "requestParamIllegal")
        #expect(Words.lowerCamel("HTTPServer") == "hTTPServer")
        #expect(Words.upperCamel("zhima.credit.pe") == "ZhimaCreditPe")
        #expect(Words.upperCamel("userID") == "UserId")
        #expect(Words.upperCamel("3d_secure") == "3dSecure")
    }

    @Test func dropsTheWordsSharedWithAnotherName() {
        let union = "ZhimaCreditPeZmgoCumulationSyncDefaultResponse"
        #expect(
            Words.droppingSharedWords(of: "ZhimaCreditPeZmgoCumulationSyncErrorResponseModel", with: union)
                == "ErrorResponseModel")
        #expect(Words.droppingSharedWords(of: "CommonErrorType", with: union) == "CommonErrorType")
        #expect(Words.droppingSharedWords(of: "ZhimaCredit", with: "ZhimaCredit") == "Credit")
        #expect(Words.droppingSharedWords(of: "支付宝_ErrorModel", with: "支付宝_DefaultResponse") == "ErrorModel")
        #expect(Words.droppingSharedWords(of: "", with: union) == "")
    }

    /// A trailing non-ASCII separator sends a name down the Unicode path without changing its words,
    /// so both paths must agree.
    @Test(arguments: names)
    func asciiAndUnicodeRulesAgree(name: String) {
        let unicode = name + "\u{2014}"
        #expect(Words.split(name) == Words.split(unicode))
        #expect(Words.lowerCamel(name) == Words.lowerCamel(unicode))
        #expect(Words.upperCamel(name) == Words.upperCamel(unicode))
        #expect(
            Words.droppingSharedWords(of: name, with: "userIdValue")
                == Words.droppingSharedWords(of: unicode, with: "userIdValue"))
    }
}
