"""Reader shapes found with hold-out round G59 (tests/invented/build_g59.py, a Word plan whose labels are Word's):
automatic numbering that does not restart as a plain outline does (extractors.formats.docx_numbering).

A level's w:lvlRestart says after which higher level it starts again: 0 never (a plan's tasks numbered on across
their groups "I. ... 1. 2. II. ... 3. 4."), 1 only after the first level (items "a)" lettered on across the
numbered headings of one Roman part); Word's legal numbering (w:isLgl) writes every level's number in Arabic digits
("1.2." for a level "%1.%2." under "I."). The reader restarted every level under any higher one and wrote "I.2.":
the tasks of the second group came out "1.", "2." again (codes twice over), the legal labels in Roman. A level
without w:lvlRestart, one whose w:lvlRestart names itself or a deeper level (ignored, as Word does), and w:isLgl
switched off keep the outline's count. A list instance that redefines a level (a w:lvl inside its w:lvlOverride:
"a)" where the list it shares numbers "1.") was drawn with the shared level's "3.", "4.": its own level and count
now; a restart alone (w:startOverride) keeps the shared level's format. Every text here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.formats import read
from tests.invented.build_g53 import _docx, _runs, _zip

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _level(ilvl: int, fmt: str, text: str, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/>{extra}<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            '<w:lvlJc w:val="left"/></w:lvl>')


def _numbering(levels: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {_NS}>'
            f'<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
            '<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num></w:numbering>')


def _item(ilvl: int, text: str) -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="7"/></w:numPr></w:pPr>{_runs(text)}'
            "</w:p>")


def _lines(levels: str, items: list[tuple[int, str]], tmp_path: Path) -> list[str]:
    parts = _docx("".join(_item(ilvl, text) for ilvl, text in items))
    parts["word/numbering.xml"] = _numbering(levels)
    path = tmp_path / "ke-hoach.docx"
    _zip(parts, path)
    return [b.text for b in read(path.read_bytes(), path.name).blocks if b.text.strip()]


_ROMAN = _level(0, "upperRoman", "%1.")
_TASKS = [(0, "CÔNG TÁC TUYÊN TRUYỀN"), (1, "Tuyên truyền trên hệ thống loa truyền thanh xã"),
          (1, "Phát hành tờ rơi đến các hộ chăn nuôi"), (0, "CÔNG TÁC CHUYÊN MÔN"),
          (1, "Tiêm phòng vắc xin đợt 1 cho đàn gia súc"), (1, "Tiêu độc, khử trùng chuồng trại")]
_TASK_TEXTS = [t for _, t in _TASKS]
_PARTS = [(0, "NHIỆM VỤ"), (1, "Rà soát đàn vật nuôi"), (2, "Lập danh sách hộ chăn nuôi"), (2, "Cập nhật số liệu"),
          (1, "Tuyên truyền"), (2, "In tờ rơi"), (0, "TỔ CHỨC THỰC HIỆN"), (1, "Trạm Thú y huyện"),
          (2, "Chủ trì tiêm phòng")]
_PART_TEXTS = [t for _, t in _PARTS]


def _labelled(labels: list[str], texts: list[str]) -> list[str]:
    return [f"{label} {text}" for label, text in zip(labels, texts)]


# (levels, paragraphs, the lines read)
MUST = [
    # tasks numbered on across their groups
    (_ROMAN + _level(1, "decimal", "%2.", '<w:lvlRestart w:val="0"/>'), _TASKS,
     _labelled(["I.", "1.", "2.", "II.", "3.", "4."], _TASK_TEXTS)),
    # legal numbering under a Roman level
    (_ROMAN + _level(1, "decimal", "%1.%2.", "<w:isLgl/>"), _TASKS,
     _labelled(["I.", "1.1.", "1.2.", "II.", "2.1.", "2.2."], _TASK_TEXTS)),
    # items lettered on across the numbered headings of one part, again from "a)" in the next part
    (_ROMAN + _level(1, "decimal", "%2.") + _level(2, "lowerLetter", "%3)", '<w:lvlRestart w:val="1"/>'), _PARTS,
     _labelled(["I.", "1.", "a)", "b)", "2.", "c)", "II.", "1.", "a)"], _PART_TEXTS)),
]

MUST_NOT = [
    (_ROMAN + _level(1, "decimal", "%2."), _TASKS, _labelled(["I.", "1.", "2.", "II.", "1.", "2."], _TASK_TEXTS)),
    (_ROMAN + _level(1, "decimal", "%1.%2.", '<w:isLgl w:val="0"/>'), _TASKS,
     _labelled(["I.", "I.1.", "I.2.", "II.", "II.1.", "II.2."], _TASK_TEXTS)),
    (_ROMAN + _level(1, "decimal", "%2.", '<w:lvlRestart w:val="2"/>'), _TASKS,
     _labelled(["I.", "1.", "2.", "II.", "1.", "2."], _TASK_TEXTS)),
    (_ROMAN + _level(1, "decimal", "%2.") + _level(2, "lowerLetter", "%3)"), _PARTS,
     _labelled(["I.", "1.", "a)", "b)", "2.", "a)", "II.", "1.", "a)"], _PART_TEXTS)),
]


@pytest.mark.parametrize("levels, items, lines", MUST)
def test_a_level_restarts_as_its_numbering_says(levels, items, lines, tmp_path):
    assert _lines(levels, items, tmp_path) == lines


@pytest.mark.parametrize("levels, items, lines", MUST_NOT)
def test_an_outline_restarts_under_each_higher_level(levels, items, lines, tmp_path):
    assert _lines(levels, items, tmp_path) == lines


def _two_instances(override: str) -> str:
    """Numbering whose list 7 numbers "1.", and list 8 is the same list with its level 0 overridden by `override`."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {_NS}>'
            f'<w:abstractNum w:abstractNumId="3">{_level(0, "decimal", "%1.")}</w:abstractNum>'
            '<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>'
            f'<w:num w:numId="8"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0">{override}</w:lvlOverride>'
            "</w:num></w:numbering>")


@pytest.mark.parametrize("override, labels", [
    # must: the level redefined for the second list (w:lvl inside w:lvlOverride), counted on its own
    (_level(0, "lowerLetter", "%1)"), ["1.", "2.", "a)", "b)"]),
    # must not: a restart alone (w:startOverride) keeps the level's format
    ('<w:startOverride w:val="1"/>', ["1.", "2.", "1.", "2."]),
])
def test_a_level_redefined_for_one_list(override, labels, tmp_path):
    texts = ["Mục tiêu chung", "Mục tiêu cụ thể", "Rà soát hồ sơ", "Tuyên truyền"]
    body = "".join(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
                   f"{_runs(text)}</w:p>" for num, text in zip((7, 7, 8, 8), texts))
    parts = _docx(body)
    parts["word/numbering.xml"] = _two_instances(override)
    path = tmp_path / "ke-hoach.docx"
    _zip(parts, path)
    assert [b.text for b in read(path.read_bytes(), path.name).blocks] == _labelled(labels, texts)
