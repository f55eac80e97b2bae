/// The answers `gateway.do` gives, with Alipay's codes and messages.
extension AlipayTestGateway.V2Rejection {
    /// `40001 Missing Required Arguments`.
    static func missing(_ subCode: String, _ subMsg: String) -> Self {
        Self(code: "40001", msg: "Missing Required Arguments", subCode: subCode, subMsg: subMsg)
    }

    /// `40002 Invalid Arguments`.
    static func invalid(_ subCode: String, _ subMsg: String) -> Self {
        Self(code: "40002", msg: "Invalid Arguments", subCode: subCode, subMsg: subMsg)
    }

    /// `40004 Business Failed`, with an API's own sub code such as `ACQ.TRADE_NOT_EXIST`.
    static func business(_ subCode: String, _ subMsg: String) -> Self {
        Self(code: "40004", msg: "Business Failed", subCode: subCode, subMsg: subMsg)
    }

    /// `20000 Service Currently Unavailable`.
    static func unavailable(_ subMsg: String) -> Self {
        Self(code: "20000", msg: "Service Currently Unavailable", subCode: "isp.unknow-error", subMsg: subMsg)
    }

    static func invalidParameter(_ detail: String) -> Self {
        invalid("isv.invalid-parameter", "参数无效: \(detail)")
    }

    static let invalidAppId = invalid("isv.invalid-app-id", "无效的AppID参数")
    static let invalidMethod = invalid("isv.invalid-method", "不存在的方法名")

    /// The gateway's own sign content closes the message, `&` written as `&amp;` as Alipay writes it.
    static func invalidSignature(signContent: String) -> Self {
        invalid(
            "isv.invalid-signature",
            "验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为："
                + signContent.replacingOccurrences(of: "&", with: "&amp;"))
    }

    static let tradeNotExist = business("ACQ.TRADE_NOT_EXIST", "交易不存在")
    static let tradeHasSuccess = business("ACQ.TRADE_HAS_SUCCESS", "交易已被支付")
    static let tradeHasClosed = business("ACQ.TRADE_HAS_CLOSE", "交易已经关闭")
    static let tradeStatusError = business("ACQ.TRADE_STATUS_ERROR", "交易状态不合法")
    static let contextInconsistent = business("ACQ.CONTEXT_INCONSISTENT", "交易信息被篡改")
    static let refundAmountExceeded = business("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", "退款金额超限")
    static let discordantRepeatRequest = business("ACQ.DISCORDANT_REPEAT_REQUEST", "这个 out_request_no 先前用于另一退款金额")
    static let tradeBuyerNotMatch = business("ACQ.TRADE_BUYER_NOT_MATCH", "买家与开单时的买家不同")

    static func tradeParameter(_ detail: String) -> Self {
        business("ACQ.INVALID_PARAMETER", "参数无效: \(detail)")
    }

    /// The node text: `{"code":…,"msg":…,"sub_code":…,"sub_msg":…}` followed by `extra` fields.
    func nodeJSON(extra: [(String, String)] = []) -> String {
        GatewayJSONText.object(
            [("code", code), ("msg", msg), ("sub_code", subCode), ("sub_msg", subMsg)] + extra)
    }
}
