import AlipaySDK
import AlipayTestGateway
import Foundation
import Testing

/// The generated API classes through the real URLSession transport against the loopback gateway.
@Suite struct GeneratedAPITests {
    @Test func seedSendsWireNamesAndDecodesTheResponse() async throws {
        try await withKeyModeGateway { gateway in
            await gateway.route(.post, "/v3/zhima/credit/pe/zmgo/cumulation/sync") { request in
                .json(text: #"{"agreement_no":"A1","out_biz_no":"B2","user_id":"2088","new_field":1}"#)
            }
            let api = ZhimaCreditPeZmgoCumulationApi(client: try keyModeClient(for: gateway))
            let model = ZhimaCreditPeZmgoCumulationSyncModel(
                agreementNo: "20195108518085620000",
                amountTypeData: AmountTypeData(
                    name: "n",
                    outDiscountInfos: [ZMGoOutDiscountInfo(discountAmount: "8.75", discountType: "exclusiveBenefit")],
                    tradeInfo: ZMGoTradeInfo(amount: "3.57", tradeNo: "T")),
                bizAction: "ORDER_PAID", hasAlipayTrade: false, userId: "2088602002015001")
            let response = try await api.sync(model, options: AlipayRequestOptions(requestId: "req-1"))
            #expect(
                response
                    == ZhimaCreditPeZmgoCumulationSyncResponseModel(agreementNo: "A1", outBizNo: "B2", userId: "2088"))

            let received = try #require(await gateway.receivedRequests.last)
            #expect(received.requestId == "req-1")
            let body = try #require(received.body)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            #expect(
                Set(json.keys) == ["agreement_no", "amount_type_data", "biz_action", "has_alipay_trade", "user_id"])
            let amount = try #require(json["amount_type_data"] as? [String: Any])
            #expect((amount["out_discount_infos"] as? [[String: Any]])?.first?["discount_amount"] as? String == "8.75")
            #expect(await gateway.rejections.isEmpty)
        }
    }

    @Test func getSendsOptionalQueryParametersThatAreSet() async throws {
        try await withKeyModeGateway { gateway in
            await gateway.route(.get, "/v3/zhima/merchant/zmgo/cumulate/query") { request in
                .json(text: #"{"aggr_times":1669388400000,"detail_list":[{"out_biz_no":"X"}]}"#)
            }
            let api = ZhimaMerchantZmgoCumulateApi(client: try keyModeClient(for: gateway))
            let response = try await api.query(agreementId: "AG 1&2", needDetail: true, pageNo: 3)
            #expect(response.aggrTimes == 1_669_388_400_000)
            #expect(response.detailList?.first?.outBizNo == "X")

            let received = try #require(await gateway.receivedRequests.last)
            #expect(received.query.map(\.name) == ["agreement_id", "need_detail", "page_no"])
            #expect(received.queryValue("agreement_id") == "AG 1&2")
            #expect(received.queryValue("need_detail") == "true")
            #expect(received.queryValue("page_no") == "3")
        }
    }

    @Test func pathParametersArePercentEncoded() async throws {
        try await withKeyModeGateway { gateway in
            await gateway.route(
                .post, "/v3/alipay/marketing/ordervoucher/activity/{activity_id}/voucher/{voucher_code}/refund"
            ) {
                request in
                .json([
                    "activity_id": request.pathParameters["activity_id"] ?? "",
                    "voucher_code": request.pathParameters["voucher_code"] ?? "",
                ])
            }
            let api = AlipayMarketingActivityOrdervoucherApi(client: try keyModeClient(for: gateway))
            _ = try await api.refund(activityId: "A/1 2", voucherCode: "V%3")
            let received = try #require(await gateway.receivedRequests.last)
            #expect(received.pathParameters == ["activity_id": "A/1 2", "voucher_code": "V%3"])
            #expect(received.path == "/v3/alipay/marketing/ordervoucher/activity/A%2F1%202/voucher/V%253/refund")
        }
    }

    @Test(arguments: [false, true])
    func multipartUploadSendsDataAndFile(encrypt: Bool) async throws {
        try await withKeyModeGateway(encrypt: encrypt) { gateway in
            await gateway.route(.post, "/v3/alipay/open/file/upload") { request in
                .json(["file_id": "\(request.files.first?.file.bytes.count ?? 0)"])
            }
            let api = AlipayOpenFileApi(client: try keyModeClient(for: gateway, encrypt: encrypt))
            let bytes = Data((0..<5000).map { UInt8($0 % 251) })
            let response = try await api.upload(
                data: AlipayOpenFileUploadModel(bizCode: "content_creation"),
                fileContent: AlipayFile(bytes: bytes, fileName: "photo.jpg", contentType: "image/jpeg"))
            #expect(response.fileId == "5000")

            let received = try #require(await gateway.receivedRequests.last)
            #expect(received.files.map(\.name) == ["file_content"])
            #expect(
                received.files.first?.file == AlipayFile(bytes: bytes, fileName: "photo.jpg", contentType: "image/jpeg")
            )
            #expect(received.body?.contains("content_creation") == true)
            #expect(received.wasEncrypted == encrypt)
        }
    }

    @Test func emptyResponseObjectDecodes() async throws {
        try await withKeyModeGateway { gateway in
            await gateway.route(.delete, "/v3/alipay/iservice/ccm/role/delete") { _ in .json(text: "{}") }
            let api = AlipayIserviceCcmRoleApi(client: try keyModeClient(for: gateway))
            let response = try await api.delete(id: "R1", options: AlipayRequestOptions(appAuthToken: "token-1"))
            #expect(response == AlipayIserviceCcmRoleDeleteResponseModel())
            #expect(await gateway.receivedRequests.last?.appAuthToken == "token-1")
        }
    }

    @Test func businessErrorsAreTypedPerOperation() async throws {
        try await withKeyModeGateway { gateway in
            let api = ZhimaCreditPeZmgoCumulationApi(client: try keyModeClient(for: gateway))
            let cases: [(code: String, expected: ZhimaCreditPeZmgoCumulationSyncErrorBody)] = [
                (
                    "INVALID_BIZ_ACTION",
                    .errorResponseModel(.init(code: .invalidBizAction, links: nil, message: "bad action"))
                ),
                (
                    "invalid-parameter",
                    .commonErrorType(.init(code: .invalidParameter, links: nil, message: "bad action"))
                ),
                (
                    "BRAND_NEW_CODE",
                    .errorResponseModel(.init(code: .unknown("BRAND_NEW_CODE"), links: nil, message: "bad action"))
                ),
            ]
            for (code, expected) in cases {
                await gateway.route(.post, "/v3/zhima/credit/pe/zmgo/cumulation/sync") { _ in
                    .error(status: 400, code: code, message: "bad action")
                }
                do {
                    _ = try await api.sync()
                    Issue.record("an error response was accepted")
                } catch AlipayError.api(let error) {
                    #expect(error.status == 400)
                    #expect(error.code == code)
                    #expect(error.message == "bad action")
                    let detail = try #require(error.detail as? ZhimaCreditPeZmgoCumulationSyncErrorBody)
                    #expect(detail == expected)
                } catch {
                    Issue.record("expected an API error, got \(error)")
                }
            }
        }
    }

    @Test(arguments: [
        AlipayTestGateway.Links.text("https://open.alipay.com/x"),
        .list([AlipayErrorLink(link: "https://open.alipay.com/x", desc: "why")]),
    ])
    func errorLinksInEitherShapeKeepTheTypedDetail(links: AlipayTestGateway.Links) async throws {
        try await withKeyModeGateway { gateway in
            await gateway.route(.post, "/v3/zhima/credit/pe/zmgo/cumulation/sync") { _ in
                .error(status: 400, code: "IDEMPOTENT_ERROR", message: "m", links: links)
            }
            let api = ZhimaCreditPeZmgoCumulationApi(client: try keyModeClient(for: gateway))
            do {
                _ = try await api.sync()
                Issue.record("an error response was accepted")
            } catch AlipayError.api(let error) {
                #expect(error.links.map(\.link) == ["https://open.alipay.com/x"])
                let detail = try #require(error.detail as? ZhimaCreditPeZmgoCumulationSyncErrorBody)
                #expect(
                    detail
                        == .errorResponseModel(
                            .init(code: .idempotentError, links: "https://open.alipay.com/x", message: "m")))
            }
        }
    }

    @Test func unknownEnumValuesRoundTrip() throws {
        let decoded = try JSONDecoder().decode(
            ZhimaCreditPeZmgoCumulationSyncErrorResponseModel.self,
            from: Data(#"{"code":"NOT_IN_THE_SPEC","message":"m"}"#.utf8))
        #expect(decoded.code == .unknown("NOT_IN_THE_SPEC"))
        #expect(decoded.code?.isKnown == false)
        #expect(String(decoding: try JSONEncoder().encode(decoded.code), as: UTF8.self) == #""NOT_IN_THE_SPEC""#)
        #expect(
            ZhimaCreditPeZmgoCumulationSyncErrorResponseModel.Code(rawValue: "IDEMPOTENT_ERROR") == .idempotentError)
        #expect(CommonErrorType.Code(rawValue: "invalid-signature") == .invalidSignature)
    }
}
