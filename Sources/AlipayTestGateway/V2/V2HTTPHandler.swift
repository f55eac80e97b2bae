import FlyingFox
import Foundation

/// `gateway.do`: reads the parameters, checks them, and answers from a route or a built-in method.
struct V2HTTPHandler: Sendable {
    let checker: V2RequestChecker
    let writer: V2ResponseWriter
    let state: GatewayState
    let v2: V2GatewayState

    typealias Rejection = AlipayTestGateway.V2Rejection

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let faults = await state.faults
        let isPost = request.method == .POST
        let body = try await request.bodyData
        let parameters: V2ReceivedParameters
        do {
            parameters = try V2ReceivedParameters.read(
                query: request.target.query(), body: body, contentType: request.headers[.contentType], isPost: isPost)
        } catch {
            return await refuse(.invalidParameter(error.detail), method: nil, signed: false, faults: faults)
        }
        let checked: AlipayTestGateway.V2Request
        do {
            checked = try checker.check(parameters.values, files: parameters.files, httpMethod: isPost ? "POST" : "GET")
        } catch {
            return await refuse(
                error.rejection, method: parameters.values["method"], signed: error.appKnown, faults: faults)
        }

        if let handler = await v2.route(for: checked.method) {
            await v2.record(checked)
            let response: AlipayTestGateway.V2Response
            do {
                response = try await handler(checked)
            } catch {
                response = .init(node: Rejection.unavailable("the test route threw \(type(of: error))").nodeJSON())
            }
            return await answer(response, to: checked, faults: faults)
        }
        switch await V2BuiltInMethods(state: state, v2: v2).answer(checked) {
        case nil:
            return await refuse(.invalidMethod, method: checked.method, signed: true, faults: faults)
        case .node(let response)?:
            await v2.record(checked)
            return await answer(response, to: checked, faults: faults)
        case .page(let html)?:
            await v2.record(checked)
            return await ResponseSigner.transportFaults(faults) ?? V2ResponseWriter.html(html)
        }
    }

    /// A business answer: encrypted when the request was.
    private func answer(
        _ response: AlipayTestGateway.V2Response, to request: AlipayTestGateway.V2Request,
        faults: [AlipayTestGateway.Fault]
    ) async -> HTTPResponse {
        await writer.httpResponse(
            nodeName: V2ResponseWriter.nodeName(method: request.method), node: response.node,
            encrypt: request.wasEncrypted, identity: await state.identity, faults: faults + response.faults)
    }

    /// A refusal: plain, in the method's node and signed once the app is known, else an unsigned
    /// `error_response`; an error page for a browser's page or WAP pay.
    private func refuse(_ rejection: Rejection, method: String?, signed: Bool, faults: [AlipayTestGateway.Fault])
        async -> HTTPResponse
    {
        await v2.reject(rejection)
        if let method, CashierPage.methods.contains(method) {
            return await ResponseSigner.transportFaults(faults) ?? V2ResponseWriter.html(CashierPage.error(rejection))
        }
        return await writer.httpResponse(
            nodeName: signed ? V2ResponseWriter.nodeName(method: method) : "error_response",
            node: rejection.nodeJSON(), encrypt: false, identity: signed ? await state.identity : nil, faults: faults)
    }
}
