/// The changes faults make to a node's JSON text after it was signed.
enum V2NodeFaults {
    /// A different node: a field added to an object, or one character of an encrypted (string) node changed.
    static func tampered(_ node: String) -> String {
        if node.hasPrefix("{") {
            return node == "{}" ? "{\"tampered\":\"true\"}" : "{\"tampered\":\"true\"," + node.dropFirst()
        }
        guard node.hasPrefix("\""), node.count > 2 else { return node + " " }
        let second = node[node.index(after: node.startIndex)]
        return "\"" + (second == "A" ? "B" : "A") + node.dropFirst(2)
    }

    /// A forged copy: another `trade_status` when there is one (so that a client reading the last copy
    /// sees a payment), otherwise the tampered node.
    static func forged(_ node: String) -> String {
        let marker = "\"trade_status\":\""
        guard let start = node.range(of: marker), let end = node[start.upperBound...].firstIndex(of: "\"") else {
            return tampered(node)
        }
        let status = node[start.upperBound..<end] == "TRADE_SUCCESS" ? "TRADE_FINISHED" : "TRADE_SUCCESS"
        return node[..<start.upperBound] + status + node[end...]
    }

    /// Every `/` written `\/`, as Alipay has sent nodes it signed with plain `/`.
    static func escapingSlashes(_ node: String) -> String {
        var result = ""
        var backslashes = 0
        for character in node {
            if character == "/" && backslashes % 2 == 0 { result.append("\\") }
            backslashes = character == "\\" ? backslashes + 1 : 0
            result.append(character)
        }
        return result
    }
}
