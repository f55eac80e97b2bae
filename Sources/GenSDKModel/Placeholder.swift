public enum GenSDKModelPlaceholder {}
