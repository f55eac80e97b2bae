@_exported import AlipayRuntime
