import AlipayPaymentExamples
import AlipaySDK
import AlipayTestGateway
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The README's "Query and refund": the same code as the compiled target, run over a checkout that
/// v2 page pay started and the test gateway paid.
@Suite struct QueryAndRefundTests {
    @Test func readmeShowsTheCompiledExamples() throws {
        try ReadmeExamples.expectBlocks(
            ofSection: "Query and refund", count: 3, in: "Sources/AlipayPaymentExamples/QueryAndRefund.swift")
    }

    @Test func aPagePayCheckoutIsQueriedAndRefundedWithTypedCalls() async throws {
        try await withKeyModeGateway { gateway in
            let client = try keyModeClient(for: gateway)
            let url = try client.v2.pageExecute(
                "alipay.trade.page.pay",
                bizContent: [
                    "out_trade_no": "QR-1", "total_amount": "88.88", "subject": "Order QR-1",
                    "product_code": "FAST_INSTANT_TRADE_PAY",
                ],
                httpMethod: .get)
            let (_, page) = try await URLSession.shared.data(from: try #require(URL(string: url)))
            #expect((page as? HTTPURLResponse)?.statusCode == 200)
            #expect(try await QueryAndRefund.isPaid(orderId: "QR-1", client: client) == false)

            _ = try await gateway.pay(outTradeNo: "QR-1")
            #expect(try await QueryAndRefund.isPaid(orderId: "QR-1", client: client))
            #expect(try await QueryAndRefund.isRefunded(orderId: "QR-1", requestId: "R1", client: client) == false)

            let refund = try await QueryAndRefund.refund(
                orderId: "QR-1", amount: "9.00", requestId: "R1", client: client)
            #expect(refund.fundChange == .y && refund.refundFee == "9.00")
            let again = try await QueryAndRefund.refund(
                orderId: "QR-1", amount: "9.00", requestId: "R1", client: client)
            #expect(again.fundChange == .n && again.refundFee == "9.00")
            #expect(try await QueryAndRefund.isRefunded(orderId: "QR-1", requestId: "R1", client: client))

            await #expect(throws: AlipayError.self) {
                try await QueryAndRefund.refund(orderId: "QR-1", amount: "80.00", requestId: "R2", client: client)
            }
            do {
                _ = try await QueryAndRefund.refund(orderId: "QR-1", amount: "80.00", requestId: "R2", client: client)
            } catch AlipayError.api(let error) {
                #expect(error.code == "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL")
                if case .errorResponseModel(let detail) = error.detail as? AlipayTradeRefundErrorBody {
                    #expect(detail.code == .acqRefundAmtNotEqualTotal)
                } else {
                    Issue.record("the error body was not decoded as the operation's error model: \(error)")
                }
            }
        }
    }
}
