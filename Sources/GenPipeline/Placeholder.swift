public enum GenPipelinePlaceholder {}
