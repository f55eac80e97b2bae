extension String {
    /// The text with `0`s in front up to `width` characters; as it is when it is that long already.
    package func zeroPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
