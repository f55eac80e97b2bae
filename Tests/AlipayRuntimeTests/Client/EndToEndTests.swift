import AlipayRuntime
import AlipayTestGateway
import Foundation
import Testing

@Suite("End to end over HTTP with AlipayTestGateway")
struct EndToEndTests {
    static let model = SyncModel(
        agreementNo: "20195108518085620000", bizAction: "ORDER_PAID", userId: "2088602002015001")

    func sync(_ client: AlipayClient, options: AlipayRequestOptions = AlipayRequestOptions()) async throws
        -> SyncResponse
    {
        try await client.send(
            AlipayRequest(method: .post, path: syncPath, body: .json(Self.model)), options: options,
            returning: SyncResponse.self, errorDetail: SyncErrorDetail.self)
    }

    static func echoRoute(_ gateway: AlipayTestGateway) async {
        await gateway.route(.post, syncPath) { request in
            let model = try request.decode(SyncModel.self)
            return .json(SyncResponse(agreementNo: model.agreementNo, failReason: nil))
        }
    }

    @Test(
        "key mode: a JSON call round-trips and is checked by the gateway",
        arguments: [GatewayMode.key, .certificate], TransportKind.allCases)
    func jsonCall(mode: GatewayMode, transport: TransportKind) async throws {
        try await withGateway(mode, transport: transport) { gateway, client in
            await Self.echoRoute(gateway)
            let response = try await sync(client, options: AlipayRequestOptions(requestId: "rid-1"))
            #expect(response == SyncResponse(agreementNo: "20195108518085620000"))
            let received = try #require(await gateway.receivedRequests.last)
            #expect(received.requestId == "rid-1")
            #expect(!received.wasEncrypted)
            #expect(try received.decode(SyncModel.self) == Self.model)
            #expect(await gateway.rejections.isEmpty)
        }
    }

    @Test(
        "AES: the request is encrypted, the gateway decrypts, the response comes back encrypted",
        arguments: [GatewayMode.key, .certificate], TransportKind.allCases)
    func encrypted(mode: GatewayMode, transport: TransportKind) async throws {
        try await withGateway(mode, encrypt: true, transport: transport) { gateway, client in
            await Self.echoRoute(gateway)
            #expect(try await sync(client).agreementNo == "20195108518085620000")
            let received = try #require(await gateway.receivedRequests.last)
            #expect(received.wasEncrypted)
            #expect(received.body?.contains("ORDER_PAID") == true)

            let raw = try await client.execute(method: .post, path: syncPath, body: #"{"agreement_no":"A"}"#)
            #expect(raw.text == #"{"agreement_no":"A"}"#)
            #expect(raw.headers["Content-Type"] == "text/plain")
        }
    }

    @Test(
        "multipart: data part and files arrive; only data is signed", arguments: [false, true], TransportKind.allCases)
    func multipart(encrypt: Bool, transport: TransportKind) async throws {
        try await withGateway(.key, encrypt: encrypt, transport: transport) { gateway, client in
            await gateway.route(.post, "/v3/alipay/open/file/upload") { request in
                .json([
                    "file_id": "F-\(request.files.count)",
                    "biz": try request.decode([String: String].self)["biz_code"] ?? "",
                ])
            }
            let image = Data((0..<3000).map { UInt8($0 % 256) })
            let files = [
                AlipayFilePart(
                    name: "file_content",
                    file: AlipayFile(bytes: image, fileName: "logo \"1\".png", contentType: "image/png")),
                AlipayFilePart(
                    name: "business_license_pic", file: AlipayFile(bytes: Data("%PDF".utf8), fileName: "执照.pdf")),
            ]
            let response = try await client.execute(
                AlipayRequest(
                    method: .post, path: "/v3/alipay/open/file/upload",
                    body: .multipart(data: ["biz_code": "openpay"], files: files)))
            #expect(try response.decode([String: String].self) == ["file_id": "F-2", "biz": "openpay"])
            let received = try #require(await gateway.receivedRequests.last)
            #expect(received.wasEncrypted == encrypt)
            #expect(received.files.map(\.name) == ["file_content", "business_license_pic"])
            #expect(received.files.map(\.file.fileName) == ["logo \"1\".png", "执照.pdf"])
            #expect(received.files[0].file.bytes == image)
            #expect(received.files[0].file.contentType == "image/png")
        }
    }

    @Test("app auth token is sent and signed", arguments: TransportKind.allCases)
    func appAuthToken(transport: TransportKind) async throws {
        try await withGateway(.certificate, transport: transport) { gateway, client in
            await Self.echoRoute(gateway)
            _ = try await sync(client, options: AlipayRequestOptions(appAuthToken: "202509BB8e0c4a5b"))
            #expect(await gateway.receivedRequests.last?.appAuthToken == "202509BB8e0c4a5b")
        }
    }

    @Test("execute: GET with awkward query values, path parameters, extra headers", arguments: TransportKind.allCases)
    func execute(transport: TransportKind) async throws {
        try await withGateway(.key, transport: transport) { gateway, client in
            await gateway.route(.get, "/v3/alipay/marketing/activity/{activity_id}") { request in
                .json([
                    "id": request.pathParameters["activity_id"] ?? "",
                    "q": request.queryValue("q") ?? "",
                    "extra": request.headers["x-extra"] ?? "",
                ])
            }
            let path = "/v3/alipay/marketing/activity/" + AlipayRequest.pathSegment("A 1/中")
            let response = try await client.execute(
                method: .get, path: path, query: [AlipayQueryItem(name: "q", value: "a b&c=d+e 中文~")],
                options: AlipayRequestOptions(
                    headers: ["x-extra": "yes"], queryItems: [AlipayQueryItem(name: "page", value: "2")]))
            #expect(response.status == 200)
            #expect(response.traceId?.count == 32)
            #expect(
                try response.decode([String: String].self) == ["id": "A 1/中", "q": "a b&c=d+e 中文~", "extra": "yes"])
            #expect(await gateway.receivedRequests.last?.queryValue("page") == "2")
        }
    }

    @Test("an empty 2xx body decodes as {}", arguments: TransportKind.allCases)
    func emptyBody(transport: TransportKind) async throws {
        try await withGateway(.key, transport: transport) { gateway, client in
            await gateway.route(.post, "/v3/empty") { _ in AlipayTestGateway.Response(status: 200) }
            let response = try await client.send(
                AlipayRequest(method: .post, path: "/v3/empty"), returning: AlipayEmptyBody.self)
            #expect(response == AlipayEmptyBody())
        }
    }

    @Test("concurrent calls on one client", arguments: TransportKind.allCases)
    func concurrent(transport: TransportKind) async throws {
        try await withGateway(.key, transport: transport) { gateway, client in
            await Self.echoRoute(gateway)
            try await withThrowingTaskGroup(of: SyncResponse.self) { group in
                for _ in 0..<16 { group.addTask { try await sync(client) } }
                for try await response in group { #expect(response.agreementNo == "20195108518085620000") }
            }
            #expect(await gateway.receivedRequests.count == 16)
        }
    }
}
