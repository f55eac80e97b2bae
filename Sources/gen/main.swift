print("gen: not built yet")
