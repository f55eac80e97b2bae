/// The HTML a browser gets from page and WAP pay: a small cashier, or the error page Alipay shows.
enum CashierPage {
    /// The methods a browser submits (a self-submitting form or a URL), answered with a page.
    static let methods: Set<String> = ["alipay.trade.page.pay", "alipay.trade.wap.pay"]

    /// The cashier for `trade`, its fields in elements with ids for tests to find.
    static func cashier(for trade: Trade) -> String {
        page(
            title: "支付宝 - 网上支付 安全快速！",
            fields: [
                ("out_trade_no", trade.outTradeNo), ("trade_no", trade.tradeNo),
                ("total_amount", trade.totalAmount.description), ("subject", trade.subject),
                ("trade_status", trade.status.rawValue),
            ])
    }

    /// The page shown when the submission is refused.
    static func error(_ rejection: AlipayTestGateway.V2Rejection) -> String {
        page(
            title: "支付宝 - 错误",
            fields: [
                ("code", rejection.code), ("msg", rejection.msg), ("sub_code", rejection.subCode),
                ("sub_msg", rejection.subMsg),
            ])
    }

    private static func page(title: String, fields: [(String, String)]) -> String {
        let rows = fields.map { "<dt>\($0.0)</dt><dd id=\"\($0.0)\">\(escaped($0.1))</dd>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>\(title)</title></head>
            <body><dl>
            \(rows)
            </dl></body></html>
            """
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
