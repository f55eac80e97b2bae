/// What generated models compare their fields with in `==`.
public enum AlipayFields {
    /// Whether two values of a field are equal (both `nil` counts). One generic function rather
    /// than the `==` operator, whose every overload the compiler would weigh for each field.
    @inlinable
    public static func equal<Value: Equatable>(_ lhs: Value?, _ rhs: Value?) -> Bool {
        lhs == rhs
    }
}
