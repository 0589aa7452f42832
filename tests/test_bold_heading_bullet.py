"""A heading set in bold whose line runs to the right margin, then a plain bullet ("1. Xây dựng mô hình
... trong cải cách hành chính" / "- Mỗi cơ quan ..."): the bullet starts a paragraph (a wrap keeps its
line's face); a full plain line's wrap that puts a dash first still runs on ("... các tổ chức Chính trị" /
"- Xã hội có liên quan.")."""

import pytest

from extractors.layout.paragraphs import assemble

LEFT, RIGHT = 56.0, 540.0


def _page(*lines: tuple[str, bool, float]) -> list[list[tuple[str, object]]]:
    items = []
    for text, bold, x1 in lines:
        items.append(("line", (LEFT, x1, text, True) if bold else (LEFT, x1, text)))
    # a few ordinary paragraphs to set the page's margins
    for k in range(6):
        items.append(("line", (LEFT, RIGHT, f"Nội dung đoạn văn thứ {k + 1} của kế hoạch được trình bày đầy đủ trên")))
        items.append(("line", (LEFT, 300.0, "một dòng nữa.")))
    return [items]


CASES = [
    # must match: a plain bullet under a full bold heading starts its own paragraph
    ([("1. Xây dựng mô hình điểm về dân vận trong cải cách hành chính ở các xã vùng cao", True, RIGHT),
      ("- Mỗi cơ quan đăng ký ít nhất 01 mô hình.", False, 320.0)],
     ["1. Xây dựng mô hình điểm về dân vận trong cải cách hành chính ở các xã vùng cao",
      "- Mỗi cơ quan đăng ký ít nhất 01 mô hình."]),
    # must not: a plain full line's wrap with the dash first, and a bold one's in bold, run on
    ([("Ủy ban nhân dân các huyện phối hợp với Mặt trận Tổ quốc và các tổ chức Chính trị", False, RIGHT),
      ("- Xã hội có liên quan triển khai.", False, 300.0)],
     ["Ủy ban nhân dân các huyện phối hợp với Mặt trận Tổ quốc và các tổ chức Chính trị - Xã hội có liên quan "
      "triển khai."]),
    ([("2. Phối hợp với Mặt trận Tổ quốc và các tổ chức Chính trị", True, RIGHT),
      ("- Xã hội các cấp", True, 200.0)],
     ["2. Phối hợp với Mặt trận Tổ quốc và các tổ chức Chính trị - Xã hội các cấp"]),
]


@pytest.mark.parametrize("lines, expected", CASES)
def test_bold_heading_bullet(lines, expected):
    blocks = assemble(_page(*lines))
    assert [b.text for b in blocks[:len(expected)]] == expected
