/// The form of `POST /orders`.
public struct NewOrder: Decodable, Sendable {
    /// What the buyer pays for.
    public var subject: String
    /// Yuan, at most two decimals.
    public var amount: String
}

/// The form of `POST /orders/{id}/refund`.
public struct RefundRequest: Decodable, Sendable {
    /// Yuan to refund; all of the order when absent.
    public var amount: String?
    /// `out_request_no`, which makes a repeated refund refund nothing more; derived from the order and
    /// amount when absent.
    public var requestNo: String?

    enum CodingKeys: String, CodingKey {
        case amount
        case requestNo = "request_no"
    }
}
