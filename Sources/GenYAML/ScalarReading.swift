/// How YAML readers type a plain scalar, for writing strings that read back as strings.
enum ScalarReading {
    /// Words that YAML 1.1 or 1.2 readers take for a null or a boolean.
    private static let typedWords: Set<String> = [
        "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
        "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N",
    ]

    /// Whether some YAML reader would read `text`, written plain, as something other than a string:
    /// a null, a boolean, a number, a date or a time. Errs on the side of yes: text that starts like a
    /// number (a digit, a sign or a dot) counts.
    static func readsAsOtherType(_ text: String) -> Bool {
        guard let first = text.utf8.first else {
            return true
        }
        if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || first == UInt8(ascii: "+")
            || first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
        {
            return true
        }
        return text.utf8.count <= 5 && typedWords.contains(text)
    }
}
