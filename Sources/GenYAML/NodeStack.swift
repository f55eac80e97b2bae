/// The finished nodes of the collections still being read, in event order.
///
/// When a collection ends, its children are moved off the top into the collection's own array,
/// so building a tree copies and reference-counts nothing twice.
final class NodeStack {
    private var base: UnsafeMutablePointer<Node>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func push(_ node: Node) {
        if count == capacity {
            grow()
        }
        (base + count).initialize(to: node)
        count += 1
    }

    /// Moves the nodes from `start` to the top into an array, in order.
    func popItems(from start: Int) -> [Node] {
        let size = count - start
        let items = [Node](unsafeUninitializedCapacity: size) { buffer, initialized in
            buffer.baseAddress?.moveInitialize(from: base + start, count: size)
            initialized = size
        }
        count = start
        return items
    }

    /// Moves the nodes from `start` to the top, alternately keys and values, into pairs.
    ///
    /// A key without a value (which libyaml never produces) is dropped.
    func popPairs(from start: Int) -> [Node.Pair] {
        let size = (count - start) / 2
        let pairs = [Node.Pair](unsafeUninitializedCapacity: size) { buffer, initialized in
            var source = base + start
            for index in 0..<size {
                (buffer.baseAddress! + index).initialize(to: Node.Pair(key: source.move(), value: (source + 1).move()))
                source += 2
            }
            initialized = size
        }
        if (count - start) % 2 == 1 {
            (base + count - 1).deinitialize(count: 1)
        }
        count = start
        return pairs
    }

    private func grow() {
        let newCapacity = capacity * 2
        let newBase = UnsafeMutablePointer<Node>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
