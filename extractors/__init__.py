"""Everything that reads: format readers, the document model, field and table extractors."""
