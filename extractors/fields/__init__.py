"""One module per record kind; each reads the normalized Document and returns typed
values (plain dicts shaped like pipeline.models) with spans into Document.text."""
