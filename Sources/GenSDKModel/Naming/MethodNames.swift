/// Names the methods of one API class after their operationIds.
enum MethodNames {
    /// The method name of each of `operationIds`, in the order given.
    ///
    /// A method is named by the last segment of its operationId (`Identifiers.method`). When two or more
    /// would share a name, each of them is named instead by the fewest trailing words of its operationId
    /// that no other of them shares: `alipay.commerce.closelyrzone.query` and `alipay.commerce.encrydata.query`
    /// -> `closelyrzoneQuery` and `encrydataQuery`. An operationId that ends another one is named by all of
    /// its words (`a.query`, `b.a.query` -> `aQuery`, `bAQuery`).
    ///
    /// Numbers (`query`, `query2`, in the order given) remain only for names that still clash: those of
    /// identical operationIds, which no words tell apart, and names in `reserved`.
    static func make(for operationIds: [String], reserved: Set<String>) -> [String] {
        var names = operationIds.map(Identifiers.method(operationId:))
        let collisions = Dictionary(grouping: names.indices, by: { Identifiers.plain(names[$0]) })
        for indices in collisions.values where indices.count > 1 {
            let candidates = indices.map { Candidate(operationId: operationIds[$0]) }
            for (index, candidate) in zip(indices, candidates) {
                if let name = candidate.distinguishingName(among: candidates) {
                    names[index] = name
                }
            }
        }
        var allocator = NameAllocator(reserved: reserved, capacity: names.count)
        var unique = names
        let order = names.indices.sorted {
            (Identifiers.plain(names[$0]), operationIds[$0], $0) < (Identifiers.plain(names[$1]), operationIds[$1], $1)
        }
        for index in order {
            unique[index] = allocator.claim(names[index])
        }
        return unique
    }

    /// One of the operations that would share a method name.
    private struct Candidate {
        /// The words of the operationId.
        let words: [String]
        /// How many trailing words the name of the method has; no name is shorter.
        let methodWords: Int
        /// The method name made of every word, which tells whether two operationIds can be told apart.
        let fullName: String

        init(operationId: String) {
            words = Words.split(operationId)
            let lastSegment = operationId.split(separator: ".").last.map(String.init) ?? operationId
            methodWords = max(1, Words.split(lastSegment).count)
            fullName = Identifiers.plain(Identifiers.member(words.joined(separator: "_")))
        }

        /// The method name made of the last `count` words; `count` is at most the number of words.
        func name(ofLast count: Int) -> String {
            Identifiers.member(words.suffix(count).joined(separator: "_"))
        }

        /// `name(ofLast:)` without backticks, or nil when there are fewer than `count` words.
        func plainName(ofLast count: Int) -> String? {
            count <= words.count ? Identifiers.plain(name(ofLast: count)) : nil
        }

        /// The name of the fewest trailing words that none of the `others` that can be told apart shares;
        /// all the words when each shorter name is shared; nil when none of the `others` can be told apart.
        func distinguishingName(among others: [Candidate]) -> String? {
            let distinct = others.filter { $0.fullName != fullName }
            guard !distinct.isEmpty, methodWords <= words.count else { return nil }
            for count in methodWords...words.count {
                let plain = plainName(ofLast: count)
                if distinct.allSatisfy({ $0.plainName(ofLast: count) != plain }) {
                    return name(ofLast: count)
                }
            }
            return name(ofLast: words.count)
        }
    }
}
