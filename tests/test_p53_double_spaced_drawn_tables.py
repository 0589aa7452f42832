"""A converter's drawn table in a text saved double-spaced, a blank line after every line (a legacy converter's or a
text browser's dump copied through a tool that spaces lines): "|TT  |Nội dung   |Chủ trì |" / "" / "|1   |Tuyên
truyền|Công an |" / "" / ... Round P53 (the perturbed-texts check on G51's antiword and w3m documents): the blank
lines broke the table's lines apart and no table was read. A blank line alone between two lines of a drawn table is
now left out before the table is looked for (extractors.layout.drawn_tables._close_drawn_lines). Names invented;
must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.drawn_tables import rewritten

PIPES = ["|TT  |Nội dung công  |Chủ trì      |Phối hợp     |",
         "|1   |Tuyên truyền   |Công an xã   |Các thôn     |",
         "|    |phòng cháy     |             |             |",
         "|2   |Diễn tập phương|Ban Chỉ huy  |Công an xã   |",
         "|    |án chữa cháy   |Quân sự xã   |             |"]
BOX = ["┌──┬──────────────┬────────────┐",
       "│TT│Nhiệm vụ      │Chủ trì     │",
       "├──┼──────────────┼────────────┤",
       "│1 │Khảo sát bản  │Phòng Kinh  │",
       "│  │du lịch       │tế          │",
       "├──┼──────────────┼────────────┤",
       "│2 │Tập huấn hộ   │Phòng Văn   │",
       "│  │làm du lịch   │hóa - Xã hội│",
       "└──┴──────────────┴────────────┘"]


def _doubled(lines: list[str]) -> str:
    return "".join(line + "\n\n" for line in ["KẾ HOẠCH", "II. NHIỆM VỤ"] + lines + ["III. TỔ CHỨC THỰC HIỆN"])


@pytest.mark.parametrize("lines", [PIPES, BOX])
def test_a_double_spaced_drawn_table_is_read(lines):
    # must: the table read as it is when its lines stand one under the other
    plain = rewritten("".join(line + "\n" for line in ["KẾ HOẠCH", "II. NHIỆM VỤ"] + lines + ["III. TỔ CHỨC THỰC HIỆN"]))
    got = rewritten(_doubled(lines))
    rows = [line for line in got.split("\n") if line.startswith("| ")]
    assert rows and rows == [line for line in plain.split("\n") if line.startswith("| ")]


def test_prose_keeps_its_blank_lines():
    # must not: the blank lines between the text's paragraphs, and between a table and the prose, stay
    got = rewritten(_doubled(PIPES))
    assert "KẾ HOẠCH\n\nII. NHIỆM VỤ\n\n" in got and "\n\nIII. TỔ CHỨC THỰC HIỆN" in got
    text = "Căn cứ Luật Phòng cháy và chữa cháy;\n\n|a| b |\n\nỦy ban nhân dân xã ban hành Kế hoạch.\n"
    assert rewritten(text) == text
