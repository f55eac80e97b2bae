public enum AlipayTestGatewayPlaceholder {}
