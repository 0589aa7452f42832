"""Lines of a text laid out in spaces, as `pdftotext -layout` writes a table, for the layout tests."""


def at(*cells: tuple[int, str]) -> str:
    """A line with each text starting at its column: at((0, "TT"), (6, "Nội dung")) is "TT    Nội dung"."""
    line = ""
    for x, text in cells:
        line = line.ljust(x) + text
    return line
