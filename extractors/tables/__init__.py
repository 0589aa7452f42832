"""Budget tables: locate, rebuild (flattened text), interpret headers, emit tidy items."""
