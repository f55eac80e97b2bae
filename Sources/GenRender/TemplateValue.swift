import Mustache

/// Context values in the shapes swift-mustache resolves with the fewest dynamic casts: text that
/// renders itself, and objects that answer lookups by name. Rendering thousands of files spends most
/// of its time in those casts, so contexts are converted once before rendering.
enum TemplateValue {
    /// `value` with every `String` and `[String: Any]` inside it converted.
    static func prepare(_ value: Any) -> Any {
        switch value {
        case let text as String:
            return Text(text)
        case let object as [String: Any]:
            return Object(object.mapValues(prepare))
        case let list as [[String: Any]]:
            return list.map { Object($0.mapValues(prepare)) }
        case let list as [String]:
            return list.map(Text.init)
        default:
            return value
        }
    }

    struct Text: MustacheCustomRenderable {
        let renderText: String
        var isNull: Bool { false }

        init(_ text: String) {
            renderText = text
        }
    }

    final class Object: MustacheParent {
        let values: [String: Any]

        init(_ values: [String: Any]) {
            self.values = values
        }

        func child(named name: String) -> Any? {
            values[name]
        }
    }
}
