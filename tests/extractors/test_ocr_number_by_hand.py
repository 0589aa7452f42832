"""A header's number written by hand after the signing ("Số: 996 /KH-..." in a marker's bold strokes),
which the page's Vietnamese model reads as letters ("Só:đÓ6"): the line is read again by the digits'
model, and its digits take the number's place; "Số" and the code stay as the page read them. Found on
a real scan of a central task force's plan (its number lost); the rows use other numbers and codes.
The page's and the line's readings are fake TSV, so that the rule is tested whatever Tesseract reads
of an image (a real scan of the shape is dev p16)."""

import numpy as np
import pytest

from extractors.formats import ocr

@pytest.fixture(autouse=True)
def _languages_asked_afresh():
    """The languages a fake Tesseract lists are not kept for the tests after these."""
    ocr.installed_languages.cache_clear()
    yield
    ocr.installed_languages.cache_clear()


HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _tsv(lines: list[list[tuple[str, float]]]) -> bytes:
    rows = [HEAD]
    for n, words in enumerate(lines, 1):
        rows.append(f"4\t1\t1\t1\t{n}\t0\t100\t{100 * n}\t2000\t50\t-1\t")
        for i, (word, conf) in enumerate(words, 1):
            rows.append(f"5\t1\t1\t1\t{n}\t{i}\t{300 + 260 * i}\t{100 * n}\t240\t50\t{conf}\t{word}")
    return "\n".join(rows).encode("utf-8")


def _read(monkeypatch, page_line: list[str], digits_reading: str | None, other: list[str] | None = None) -> tuple[list[str], list]:
    """The page's words, and the calls made to Tesseract's digits' model."""
    calls = []

    def run(args, **kw):
        if "--list-langs" in args:
            return b"List of available languages (2):\neng\nvie\n"
        lang = args[args.index("-l") + 1] if "-l" in args else ""
        if lang == ocr.DIGITS_LANG:
            calls.append(args)
            return _tsv([[(w, 90.0) for w in digits_reading.split()]] if digits_reading else [])
        if "7" in args and lang == "vie":  # the line read alone by the page's model: no better
            return _tsv([[(w, 40.0) for w in page_line]])
        return _tsv([[(w, 40.0) for w in page_line]] + ([[(w, 95.0) for w in other]] if other else []))

    monkeypatch.setattr(ocr.tools, "tesseract", lambda: "tesseract")
    monkeypatch.setattr(ocr.tools, "run", run)
    words = ocr.tesseract_words(np.full((1200, 2400), 255, dtype=np.uint8), 300 / 72, "vie", 10)
    return [w["text"] for w in words], calls


@pytest.mark.parametrize("page_line, digits_reading, expected", [
    (["Só:đÓ6", "/KH-TCTLNTW-C04"], "S6:996 /KH-TCTLNTW-C04", "Số: 996 /KH-TCTLNTW-C04"),
    (["Số:", "Ø5", "/KH-UBND"], "S6: 85 /KH-UBND", "Số: 85 /KH-UBND"),
    # the code keeps the page's letters ("QĐ"), which the digits' model cannot read
    (["Số:", "J†§", "/QĐ-UBND"], "S6: 1275 /QD-UBND", "Số: 1275 /QĐ-UBND"),
])
def test_a_number_written_by_hand_is_read_by_the_digits_model(monkeypatch, page_line, digits_reading, expected):
    words, calls = _read(monkeypatch, page_line, digits_reading)
    assert " ".join(words) == expected and len(calls) == 1


@pytest.mark.parametrize("page_line, digits_reading", [
    (["Số:", "J†§", "/STTTT-CNTT"], "S6: Jt /STTTT-CNTT"),  # the digits' model reads no digit either: as read
    (["Số:", "/KH-UBND"], "S6: 45 /KH-UBND"),  # a draft's blank number
    (["Số:", ".........", "/KH-UBND"], "S6: 45 /KH-UBND"),  # a dotted blank
    (["Số:", "12-KH/TU"], "S6: 12-KH/TU"),  # a Party document's number, read right
    (["Số:", "45/KH-UBND"], "S6: 46/KH-UBND"),  # read right
])
def test_a_number_read_right_or_blank_keeps_its_reading(monkeypatch, page_line, digits_reading):
    words, _calls = _read(monkeypatch, page_line, digits_reading)
    assert " ".join(words) == " ".join(page_line)


def test_a_body_line_with_a_fraction_is_no_number_line(monkeypatch):
    """must not: "Số lượng: 12/15 người" is no header's number."""
    words, calls = _read(monkeypatch, ["Số", "lượng:", "12/15", "người"], "S6 luong: 12/15 nguoi")
    assert words == ["Số", "lượng:", "12/15", "người"] and calls == []
