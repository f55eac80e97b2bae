import Foundation

/// One channel that paid part of a trade: an entry of a trade notification's `fund_bill_list`.
///
/// Notifications spell the keys in camelCase (`fundChannel`) and trade queries in snake_case
/// (`fund_channel`); both decode. Amounts are yuan as text, e.g. `88.88`.
public struct AlipayFundBill: Codable, Sendable, Hashable {
    /// The channel, e.g. `ALIPAYACCOUNT`, `PCREDIT`, `BANKCARD`.
    public var fundChannel: String
    /// The amount this channel paid.
    public var amount: String
    /// The amount the buyer actually paid through this channel, when Alipay gives it.
    public var realAmount: String?
    /// The kind of funds (for a bank card, `DEBIT_CARD` or `CREDIT_CARD`), when Alipay gives it.
    public var fundType: String?
    /// The bank's code, for bank card channels.
    public var bankCode: String?

    /// A fund bill.
    public init(
        fundChannel: String, amount: String, realAmount: String? = nil, fundType: String? = nil,
        bankCode: String? = nil
    ) {
        self.fundChannel = fundChannel
        self.amount = amount
        self.realAmount = realAmount
        self.fundType = fundType
        self.bankCode = bankCode
    }

    private enum CodingKeys: String, CodingKey {
        case fundChannel, amount, realAmount, fundType, bankCode
        case fundChannelSnake = "fund_channel"
        case realAmountSnake = "real_amount"
        case fundTypeSnake = "fund_type"
        case bankCodeSnake = "bank_code"
    }

    /// Reads a fund bill whose keys are camelCase (as notifications send them) or snake_case.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ camel: CodingKeys, _ snake: CodingKeys) throws -> String? {
            try container.decodeIfPresent(String.self, forKey: camel)
                ?? container.decodeIfPresent(String.self, forKey: snake)
        }
        guard let fundChannel = try text(.fundChannel, .fundChannelSnake) else {
            throw DecodingError.keyNotFound(
                CodingKeys.fundChannel, .init(codingPath: decoder.codingPath, debugDescription: "no fund channel"))
        }
        self.fundChannel = fundChannel
        amount = try container.decode(String.self, forKey: .amount)
        realAmount = try text(.realAmount, .realAmountSnake)
        fundType = try text(.fundType, .fundTypeSnake)
        bankCode = try text(.bankCode, .bankCodeSnake)
    }

    /// Encodes as notifications spell it (camelCase).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(fundChannel, forKey: .fundChannel)
        try container.encode(amount, forKey: .amount)
        try container.encodeIfPresent(realAmount, forKey: .realAmount)
        try container.encodeIfPresent(fundType, forKey: .fundType)
        try container.encodeIfPresent(bankCode, forKey: .bankCode)
    }
}
