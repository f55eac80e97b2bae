public enum GenRenderPlaceholder {}
