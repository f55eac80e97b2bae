/// A template's nodes laid out flat, the form a render walks.
///
/// A step holds only numbers, so reading one copies no reference: its text is a range of one byte
/// array, its name an entry of a table, and a section's body the steps that follow it, up to the
/// section's end.
struct TemplateCode: Sendable {
    /// One step of a render.
    enum Step: Sendable {
        /// The bytes `text[start..<end]`.
        case text(start: Int, end: Int)
        /// The value of `names[name]`; escaped unless the content type is text.
        case variable(name: Int, escaped: Bool)
        /// The section of `names[name]`, whose body is the steps from the next one up to `end`.
        case section(name: Int, inverted: Bool, end: Int)
        /// The template `partials[partial].name`, each of its lines indented by `indentation`.
        case partial(Int)
        /// Whether the variables that follow are HTML-escaped.
        case contentType(escapesHTML: Bool)
    }

    private(set) var steps: [Step] = []
    /// The UTF-8 of every text, one after another.
    private(set) var text: [UInt8] = []
    private(set) var names: [TemplateName] = []
    private(set) var partials: [(name: String, indentation: String)] = []

    /// The steps of `nodes`, in order.
    init(_ nodes: [TemplateNode]) {
        append(nodes)
    }

    private mutating func append(_ nodes: [TemplateNode]) {
        for node in nodes {
            switch node {
            case .text(let string):
                let start = text.count
                text += string.utf8
                steps.append(.text(start: start, end: text.count))
            case .variable(let name, let escaped):
                names.append(name)
                steps.append(.variable(name: names.count - 1, escaped: escaped))
            case .section(let name, let inverted, let body):
                names.append(name)
                let nameIndex = names.count - 1
                let stepIndex = steps.count
                steps.append(.section(name: nameIndex, inverted: inverted, end: stepIndex + 1))
                append(body)
                steps[stepIndex] = .section(name: nameIndex, inverted: inverted, end: steps.count)
            case .partial(let name, let indentation):
                partials.append((name, indentation))
                steps.append(.partial(partials.count - 1))
            case .contentType(let escapesHTML):
                steps.append(.contentType(escapesHTML: escapesHTML))
            }
        }
    }
}
