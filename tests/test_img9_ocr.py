"""Round IMG9: what the OCR path lost on G10's documents as scans (tests/renditions/ARCHIVE_SCANS.md, "Round IMG9")."""

import pytest

from extractors.formats import ocr
from extractors.formats.vi_syllable import repair_section_heading


def _line(*texts: str) -> list[dict]:
    return [{"text": t, "x0": 60.0 + 50 * n, "x1": 100.0 + 50 * n, "top": 100.0, "bottom": 112.0, "conf": 90.0}
            for n, t in enumerate(texts)]


# A section heading numbered with a slash ("I/ MỤC TIÊU", an older office's style) read with a wrong tone: the
# slash is a section number's sign as a stop is.
@pytest.mark.parametrize("words, repaired", [
    (["I/", "MỤC", "TIỂU"], ["I/", "MỤC", "TIÊU"]),
    (["1/", "MỤC", "TIỂU"], ["1/", "MỤC", "TIÊU"]),
    (["IV/", "TỔ", "CHỨC", "THỤC", "HIỆN"], ["IV/", "TỔ", "CHỨC", "THỰC", "HIỆN"]),
    # must not
    (["1/", "Mục", "tiểu"], ["1/", "Mục", "tiểu"]),                       # not in capitals
    (["12/2014/", "MỤC", "TIỂU"], ["12/2014/", "MỤC", "TIỂU"]),           # a date, not a number
    (["I/", "MỤC", "LỤC"], ["I/", "MỤC", "LỤC"]),                         # no heading
])
def test_slash_section_number(words, repaired):
    assert repair_section_heading(words) == repaired


# A capital heading's Roman number: "III/" read "IH/" (its last two strokes run together, as "H." for "II.").
@pytest.mark.parametrize("texts, two, after", [
    (["IH/", "KINH", "PHÍ"], True, "III/"),
    (["IH.", "NHIỆM", "VỤ"], True, "III."),
    (["H/", "GIẢI", "PHÁP"], True, "II/"),
    # must not
    (["IH/", "Kinh", "phí"], False, None),        # not in capitals
    (["IHS.", "NHIỆM", "VỤ"], False, None),
    (["HH.", "NHIỆM", "VỤ"], False, None),
])
def test_three_read_as_ih(texts, two, after):
    line = _line(*texts)
    assert ocr._two_read_as_h(line) is two
    if two:
        assert line[0]["text"].replace("H", "II") == after


# The Roman numbers of a page's capital headings, a stroke short or a first "I" read as the digit "1".
@pytest.mark.parametrize("numbers, repaired", [
    (["1/", "II/", "III/"], ["I/", "II/", "III/"]),          # the first "I" read "1"
    (["1/", "I/", "II/"], ["I/", "II/", "III/"]),            # ... and each after it a stroke short
    (["I.", "I.", "III."], ["I.", "II.", "III."]),
    (["1.", "I.", "II.", "IV."], ["I.", "II.", "III.", "IV."]),
    (["I.", "II.", "II"], ["I.", "II.", "III."]),            # IMG8's
    # must not
    (["1.", "2.", "II."], ["1.", "2.", "II."]),              # headings numbered 1, 2 under a Roman one
    (["1.", "II/"], ["1.", "II/"]),                          # another sign after each
    (["II.", "II."], ["II.", "II."]),                        # no "I" before them
    (["I.", "II.", "III."], ["I.", "II.", "III."]),
    (["I.", "III.", "II."], ["I.", "III.", "II."]),
    (["I.", "II.", "V.", "II."], ["I.", "II.", "V.", "II."]),
    (["I.", "IV.", "IV."], ["I.", "IV.", "IV."]),
    (["2.", "I.", "II."], ["2.", "I.", "II."]),
])
def test_repair_roman_sequence(numbers, repaired):
    assert ocr.repair_roman_sequence(numbers) == repaired


@pytest.mark.parametrize("texts, heading", [
    (["I/", "MỤC", "TIÊU"], True),
    (["1/", "MỤC", "TIỂU"], True),
    # must not
    (["1/", "Mục", "tiêu"], False),
    (["123/", "MỤC", "TIÊU"], False),
])
def test_capitals_heading_with_slash(texts, heading):
    assert ocr._capitals_heading(_line(*texts)) == heading


# The page's first heading's "I." read with its stroke as "L" or "l" ("IL. MỤC TIÊU"), told by the heading after it.
@pytest.mark.parametrize("numbers, repaired", [
    (["IL.", "II.", "II."], ["I.", "II.", "III."]),
    (["Il.", "II.", "III."], ["I.", "II.", "III."]),
    (["IL.", "III.", "IV."], ["II.", "III.", "IV."]),
    (["I1/", "I/"], ["I/", "II/"]),
    # must not
    (["IL.", "V."], ["IL.", "V."]),
    (["IL.", "II/"], ["IL.", "II/"]),              # another sign
    (["II.", "IL."], ["II.", "IL."]),              # not the first
    (["1.", "III."], ["1.", "III."]),
])
def test_first_heading_stroke_read_as_l(numbers, repaired):
    assert ocr.repair_roman_sequence(numbers) == repaired


# A header's line in bold capitals read with its spaces lost: "HUYỆNUỶTÂNLÂM" is "HUYỆN UỶ TÂN LÂM" ("iê", "yê",
# "uô", "ươ" take a final: "HUYỆ" is no syllable).
@pytest.mark.parametrize("word, repaired", [
    ("HUYỆNUỶTÂNLÂM", "HUYỆN UỶ TÂN LÂM"),
    ("HUYỆNỦYBÌNHSƠN", "HUYỆN ỦY BÌNH SƠN"),
    ("XÃMƯỜNGLÁT", "XÃ MƯỜNG LÁT"),
    # must not
    ("HUYỆN", "HUYỆN"),
    ("NGHỊQUYẾT", "NGHỊQUYẾT"),                  # no level word first
    ("Huyệnuỷtânlâm", "Huyệnuỷtânlâm"),          # not in capitals
])
def test_glued_party_committee(word, repaired):
    from extractors.formats.vi_syllable import repair_glued_place
    assert repair_glued_place([word]) == [repaired]


@pytest.mark.parametrize("piece, syllable", [
    ("huyện", True), ("muốn", True), ("người", True), ("rượu", True), ("chuối", True), ("yêu", True), ("thuở", True),
    ("mía", True), ("cua", True), ("mưa", True),
    # must not: a nucleus "iê", "yê", "uô", "ươ" with nothing after it
    ("huyệ", False), ("biê", False), ("muố", False), ("ngườ", False),
])
def test_closed_nuclei(piece, syllable):
    from extractors.formats.vi_syllable import _syllable
    assert _syllable(piece) is syllable
