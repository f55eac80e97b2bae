import Foundation

/// A verified asynchronous notification: what Alipay POSTs to `notify_url`.
///
/// Only `AlipayClient.notification(formBody:)` and `notification(_:)` make one, after checking the
/// signature and `app_id`; holding one means Alipay sent it to this app. Still check `outTradeNo`
/// and `totalAmount` against your order before acting, then answer the bare text `success`.
///
/// The typed properties read the fields of a trade notification (`notify_type` `trade_status_sync`);
/// every field, of any kind of notification, is there by name through the subscript and `fields`.
/// Amounts are yuan as text (`88.88`), as the v3 models keep them; times are Alipay's text,
/// `yyyy-MM-dd HH:mm:ss` in Beijing time (UTC+8).
public struct AlipayNotification: Sendable, Hashable {
    /// Every field as received, percent-decoded once, `sign` and `sign_type` included.
    public let fields: [String: String]

    package init(fields: [String: String]) {
        self.fields = fields
    }

    /// The field `name` as received, e.g. `n["passback_params"]`; `nil` when absent.
    public subscript(_ name: String) -> String? {
        fields[name]
    }

    /// `app_id`: the configured app's, as checked.
    public var appId: String { fields["app_id"] ?? "" }
    /// `notify_type`, e.g. `trade_status_sync`.
    public var notifyType: String? { fields["notify_type"] }
    /// `notify_id`: the same across Alipay's retries of one notification.
    public var notifyId: String? { fields["notify_id"] }
    /// `notify_time`: when Alipay sent it.
    public var notifyTime: String? { fields["notify_time"] }
    /// `trade_status`; a state this version does not know is `.unknown`.
    public var tradeStatus: AlipayTradeStatus? { fields["trade_status"].map(AlipayTradeStatus.init(rawValue:)) }
    /// `out_trade_no`: your order number.
    public var outTradeNo: String? { fields["out_trade_no"] }
    /// `trade_no`: Alipay's trade number.
    public var tradeNo: String? { fields["trade_no"] }
    /// `out_biz_no`: your refund request number, in a notification about a refund.
    public var outBizNo: String? { fields["out_biz_no"] }
    /// `total_amount`: the order's amount.
    public var totalAmount: String? { fields["total_amount"] }
    /// `receipt_amount`: what the seller received.
    public var receiptAmount: String? { fields["receipt_amount"] }
    /// `invoice_amount`: the amount that can be invoiced.
    public var invoiceAmount: String? { fields["invoice_amount"] }
    /// `buyer_pay_amount`: what the buyer paid.
    public var buyerPayAmount: String? { fields["buyer_pay_amount"] }
    /// `point_amount`: the part paid with points.
    public var pointAmount: String? { fields["point_amount"] }
    /// `refund_fee`: the total refunded so far.
    public var refundFee: String? { fields["refund_fee"] }
    /// `subject`: the order's title.
    public var subject: String? { fields["subject"] }
    /// `body`: the order's description.
    public var body: String? { fields["body"] }
    /// `buyer_id`: the buyer's Alipay user id.
    public var buyerId: String? { fields["buyer_id"] }
    /// `buyer_logon_id`: the buyer's Alipay account, masked.
    public var buyerLogonId: String? { fields["buyer_logon_id"] }
    /// `seller_id`: the seller's Alipay user id.
    public var sellerId: String? { fields["seller_id"] }
    /// `seller_email`: the seller's Alipay account.
    public var sellerEmail: String? { fields["seller_email"] }
    /// `gmt_create`: when the trade was created.
    public var gmtCreate: String? { fields["gmt_create"] }
    /// `gmt_payment`: when the buyer paid.
    public var gmtPayment: String? { fields["gmt_payment"] }
    /// `gmt_refund`: when a refund was made.
    public var gmtRefund: String? { fields["gmt_refund"] }
    /// `gmt_close`: when the trade was closed.
    public var gmtClose: String? { fields["gmt_close"] }
    /// `passback_params`: what you passed when creating the order, returned as is.
    public var passbackParams: String? { fields["passback_params"] }

    /// `fund_bill_list` decoded from its JSON text (on each read); `nil` when absent or not a JSON
    /// list of fund bills. The text itself is `self["fund_bill_list"]`.
    public var fundBillList: [AlipayFundBill]? {
        guard let text = fields["fund_bill_list"] else { return nil }
        return try? JSONDecoder().decode([AlipayFundBill].self, from: Data(text.utf8))
    }
}
