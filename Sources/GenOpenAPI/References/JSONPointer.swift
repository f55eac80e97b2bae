/// JSON pointers (RFC 6901) in their URI-fragment form, `#/paths/~1v3~1foo/post`.
enum JSONPointer {
    /// The pointer to the node reached by `segments` (unescaped keys and indices) from the root.
    static func make(_ segments: [String]) -> String {
        var pointer = "#"
        for segment in segments {
            pointer += "/"
            pointer += escape(segment)
        }
        return pointer
    }

    /// `~` becomes `~0` and `/` becomes `~1`.
    static func escape(_ segment: String) -> String {
        guard segment.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else {
            return segment
        }
        return segment.replacing("~", with: "~0").replacing("/", with: "~1")
    }

    /// The inverse of `escape`.
    static func unescape(_ segment: Substring) -> String {
        guard segment.utf8.contains(UInt8(ascii: "~")) else {
            return String(segment)
        }
        return String(segment.replacing("~1", with: "/").replacing("~0", with: "~"))
    }
}
