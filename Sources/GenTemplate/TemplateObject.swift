/// Named values, as a template's context or one of its objects holds them.
///
/// A context has a few dozen names at most, and a render looks names up far more often than it
/// builds objects, so the names are kept in a plain array and searched: for such small objects,
/// comparing short strings costs less than hashing them, and building one costs no hash table.
/// Names are unique: setting a name replaces its value, and a literal must not repeat one (a
/// debug build stops at one that does; in a release build, which of the two values a render finds
/// is not specified). Equality ignores the order of names.
public struct TemplateObject: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// The names and values in the order they were set; a literal's array, kept as it is.
    private var entries: [(String, TemplateValue)]

    /// An object without values.
    public init() {
        entries = []
    }

    /// The object of a dictionary literal, whose names must differ.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(elements)
    }

    /// The object of `entries`, whose names must differ.
    init(_ entries: [(String, TemplateValue)]) {
        assert(Set(entries.map(\.0)).count == entries.count, "a template object names a value twice")
        self.entries = entries
    }

    /// Whether the object has no names.
    public var isEmpty: Bool { entries.isEmpty }

    /// The value of `name`, or nil when the object has no such name. Setting nil removes the name.
    public subscript(name: String) -> TemplateValue? {
        get { value(of: name, length: name.utf8.count) }
        set {
            entries.removeAll { $0.0 == name }
            if let newValue {
                entries.append((name, newValue))
            }
        }
    }

    /// The value of `name`, whose length in UTF-8 bytes is `length`.
    ///
    /// Most names compared are not the one sought, and most of those differ in length: comparing
    /// lengths first (constant time for Swift's native strings) skips them cheaply.
    func value(of name: String, length: Int) -> TemplateValue? {
        position(of: name, length: length).map { entries[$0].1 }
    }

    /// The value of the first part of `name`: tried first where that tag's name was last found,
    /// since a tag meets objects made by the same code, whose names come in the same order.
    func value(of name: TemplateName) -> TemplateValue? {
        let guess = name.lastPosition.load(ordering: .relaxed)
        if guess < entries.count, entries[guess].0.utf8.count == name.firstLength, entries[guess].0 == name.first {
            return entries[guess].1
        }
        guard let index = position(of: name.first, length: name.firstLength) else { return nil }
        name.lastPosition.store(index, ordering: .relaxed)
        return entries[index].1
    }

    private func position(of name: String, length: Int) -> Int? {
        var index = entries.count - 1
        while index >= 0 {
            if entries[index].0.utf8.count == length, entries[index].0 == name {
                return index
            }
            index -= 1
        }
        return nil
    }

    /// Equal when both have the same names with equal values, in any order.
    public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
        lhs.entries.allSatisfy { rhs[$0.0] == lhs[$0.0] } && rhs.entries.allSatisfy { lhs[$0.0] == rhs[$0.0] }
    }
}
