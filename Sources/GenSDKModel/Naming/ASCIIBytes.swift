/// ASCII classes and case changes of single UTF-8 bytes; other bytes belong to no class and keep their case.
extension UInt8 {
    var isASCIILowercase: Bool { self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z") }
    var isASCIIUppercase: Bool { self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") }
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    var isASCIILetterOrDigit: Bool { isASCIILowercase || isASCIIUppercase || isASCIIDigit }

    var asciiLowercased: UInt8 { isASCIIUppercase ? self + 0x20 : self }
    var asciiUppercased: UInt8 { isASCIILowercase ? self - 0x20 : self }
}
