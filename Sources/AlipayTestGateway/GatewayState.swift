import AlipayRuntime

/// The gateway's mutable state: routes, faults, seen nonces, the request log, and the "Alipay" key and
/// certificates answers are signed with.
actor GatewayState {
    /// What answers are signed with now.
    private(set) var identity: AlipaySigningIdentity
    /// Certificate PEM texts by SN: those the gateway has signed with, served by `alipaycert.download`.
    private var certificates: [String: String]
    private var routes: [GatewayRoute] = []
    private(set) var faults: [AlipayTestGateway.Fault] = []
    /// Nonce → request timestamp, pruned once entries fall outside the timestamp window.
    private var nonces: [String: Int64] = [:]
    /// The size at which old nonces are pruned next: doubled when pruning frees little, so that a
    /// long run within one timestamp window does not filter the whole table on every request.
    private var nonceLimit = 4096
    private let toleranceMilliseconds: Int64
    private(set) var received: [AlipayTestGateway.Request] = []
    private(set) var rejected: [AlipayTestGateway.Rejection] = []
    /// The log keeps the most recent entries only, so long runs stay bounded.
    private let logLimit = 10_000

    /// What to do with a request that passed the stateless checks.
    enum Admission {
        case accepted(GatewayRoute, [String: String], faults: [AlipayTestGateway.Fault])
        case rejected(AlipayTestGateway.Rejection, faults: [AlipayTestGateway.Fault])
    }

    init(timestampTolerance: Duration, identity: AlipaySigningIdentity, certificates: [String: String]) {
        self.identity = identity
        self.certificates = certificates
        toleranceMilliseconds = timestampTolerance.wholeMilliseconds
    }

    func addRoute(_ route: GatewayRoute) {
        routes.removeAll { $0.method == route.method && $0.pattern == route.pattern }
        routes.append(route)
    }

    func setFaults(_ faults: [AlipayTestGateway.Fault]) {
        self.faults = faults
    }

    /// Signs with `identity` from now on and serves `certificatePEM` under its SN.
    func rotate(to identity: AlipaySigningIdentity, certificatePEM: String) {
        self.identity = identity
        if let sn = identity.certificateSN { certificates[sn] = certificatePEM }
    }

    /// The PEM text of a certificate the gateway has signed with, by SN.
    func certificatePEM(sn: String) -> String? {
        certificates[sn]
    }

    /// Rejects a reused nonce, then finds the route; records the outcome.
    func admit(_ request: AlipayTestGateway.Request, nonce: String, timestamp: Int64, now: Int64) -> Admission {
        if nonces.count > nonceLimit {
            nonces = nonces.filter { now - $0.value <= toleranceMilliseconds }
            nonceLimit = max(4096, nonces.count * 2)
        }
        guard nonces.updateValue(timestamp, forKey: nonce) == nil else {
            return .rejected(
                reject(status: 401, code: "suspected-attack", message: "nonce \(nonce) was already used"),
                faults: faults)
        }
        for route in routes.reversed() {
            if let parameters = route.match(method: request.method, path: request.path) {
                var routed = request
                routed.pathParameters = parameters
                append(routed, to: &received)
                return .accepted(route, parameters, faults: faults)
            }
        }
        return .rejected(
            reject(
                status: 404, code: "invalid-method", message: "no route for \(request.method.rawValue) \(request.path)"),
            faults: faults)
    }

    /// Records a rejection and returns it.
    func reject(status: Int, code: String, message: String) -> AlipayTestGateway.Rejection {
        let rejection = AlipayTestGateway.Rejection(status: status, code: code, message: message)
        append(rejection, to: &rejected)
        return rejection
    }

    private func append<Element>(_ element: Element, to log: inout [Element]) {
        // Dropping a quarter at a time keeps appends cheap once the log is full.
        if log.count >= logLimit { log.removeFirst(logLimit / 4) }
        log.append(element)
    }
}
