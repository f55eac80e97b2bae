/// A set of names kept as a list while there are few, as in most scopes the generator names things
/// in (a model's properties, an enum's cases), where comparing a few strings costs less than
/// hashing one; as a set once there are more.
struct NameSet {
    private static let listLimit = 16
    private var list: [String] = []
    private var set: Set<String>?

    init(capacity: Int) {
        if capacity > Self.listLimit {
            set = Set(minimumCapacity: capacity)
        } else {
            list.reserveCapacity(capacity)
        }
    }

    /// Adds `name`; `false` if it was there.
    mutating func insert(_ name: String) -> Bool {
        if set != nil {
            return set!.insert(name).inserted
        }
        let length = name.utf8.count
        if list.contains(where: { $0.utf8.count == length && $0 == name }) {
            return false
        }
        if list.count == Self.listLimit {
            set = Set(list + [name])
            list = []
        } else {
            list.append(name)
        }
        return true
    }
}
