extension String {
    /// The columns the text takes on a line of source: its characters. Most text the generator
    /// measures is ASCII, where that is the byte count, found without Unicode's rules.
    var columns: Int {
        utf8.allSatisfy { $0 < 0x80 } ? utf8.count : count
    }
}
