extension String {
    /// The first Character from `start` on that equals one of `targets`: ASCII characters other than `;`,
    /// `` ` `` and `K`, the only ones that another Unicode character is canonically equal to.
    ///
    /// Found on UTF-8 bytes: a Character equal to such a character is that one byte, so only the
    /// matching bytes need a look at the Characters around them.
    func firstIndex(ofASCII targets: [UInt8], from start: Index) -> Index? {
        assert(targets.allSatisfy { $0 < 0x80 && !";`K".utf8.contains($0) })
        var searchStart = start
        while let byte = utf8[searchStart...].firstIndex(where: targets.contains) {
            if let index = Index(byte, within: self), self[index].utf8.count == 1 {
                return index
            }
            searchStart = utf8.index(after: byte)
        }
        return nil
    }
}
