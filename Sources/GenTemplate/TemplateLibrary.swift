/// Named templates that can include each other as partials.
public struct TemplateLibrary: Sendable {
    /// What is wrong in one template of the library, and where: a partial tag that names no
    /// template or includes its own template again, or a tag whose name a render's context lacks.
    public struct Problem: Error, Sendable, Equatable {
        /// The template's name.
        public let template: String
        /// What is wrong, and where in the template.
        public let error: TemplateError

        /// The problem `error` of `template`.
        public init(template: String, error: TemplateError) {
            self.template = template
            self.error = error
        }
    }

    private let templates: [String: Template]

    /// Checks that every partial names a template of the library and that no template includes
    /// itself, directly or through others; returns every problem found.
    public init(_ templates: [String: Template]) throws(TemplateLibraryError) {
        var problems: [Problem] = []
        for (name, template) in templates.sorted(by: { $0.key < $1.key }) {
            for partial in template.partials where templates[partial.name] == nil {
                problems.append(
                    Problem(
                        template: name,
                        error: TemplateError(
                            "partial '\(partial.name)' names no template", line: partial.line, column: partial.column)))
            }
        }
        problems += Self.inclusionCycles(templates)
        guard problems.isEmpty else { throw TemplateLibraryError(problems: problems) }
        self.templates = templates
    }

    /// Renders the template `name` with `value`; nil if there is no such template. A tag whose name
    /// `value` does not have (a value that is ``TemplateValue/null`` is had) stops the render: the
    /// problem names the template, partial or not, that holds the tag.
    public func render(_ name: String, with value: TemplateValue) throws(Problem) -> String? {
        var output: [UInt8] = []
        guard try render(name, with: value, appendingTo: &output) else { return nil }
        return String(decoding: output, as: UTF8.self)
    }

    /// Renders the template `name` with `value` as UTF-8 at the end of `output`; `false` if there
    /// is no such template. Several renders into one array make one file without a string each.
    /// On a problem `output` is left as it was.
    public func render(_ name: String, with value: TemplateValue, appendingTo output: inout [UInt8])
        throws(Problem) -> Bool
    {
        guard let template = templates[name] else { return false }
        // Half the files are over 2 kB: growing from a few bytes would copy each of them several times.
        var rendering = Rendering(templates: templates, output: RenderBuffer(capacity: 1 << 12))
        defer { rendering.output.free() }
        try rendering.render(template, named: name, with: value)
        rendering.output.copy(to: &output)
        return true
    }

    /// Templates that include themselves: each reported at its first partial tag on the cycle.
    private static func inclusionCycles(_ templates: [String: Template]) -> [Problem] {
        var problems: [Problem] = []
        for (name, template) in templates.sorted(by: { $0.key < $1.key }) {
            for partial in template.partials where reaches(name, from: partial.name, in: templates) {
                problems.append(
                    Problem(
                        template: name,
                        error: TemplateError(
                            "partial '\(partial.name)' includes '\(name)' again, which would never end",
                            line: partial.line, column: partial.column)))
                break
            }
        }
        return problems
    }

    private static func reaches(_ target: String, from start: String, in templates: [String: Template]) -> Bool {
        var seen: Set<String> = []
        var queue = [start]
        while let name = queue.popLast() {
            if name == target { return true }
            guard seen.insert(name).inserted, let template = templates[name] else { continue }
            queue += template.partials.map(\.name)
        }
        return false
    }
}

/// Every problem of a template library.
public struct TemplateLibraryError: Error, Sendable {
    /// The problems, in the order they were found.
    public let problems: [TemplateLibrary.Problem]
}
