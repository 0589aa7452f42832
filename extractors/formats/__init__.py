"""One reader per input format, all behind `read(data, path) -> RawDocument`."""

from extractors.formats.base import READERS, FORMATS, RawBlock, RawDocument, ReadError, format_of, read

__all__ = ["READERS", "FORMATS", "RawBlock", "RawDocument", "ReadError", "format_of", "read"]
