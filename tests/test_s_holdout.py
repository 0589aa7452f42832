"""Hold-out round S: the shapes its documents and a real plan's PDF showed, each with rows that
must match and rows that must not (names and numbers of our own)."""

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.formats import read
from extractors.segment import outline


def _titles(text: str, name: str = "plan.txt") -> list[tuple[str, str]]:
    doc = build_document(read(text.encode(), name))
    return [(a["code"], a["title"]) for a in extract_activities(doc, outline(doc))]


def _tasks(items: str) -> str:
    return ("ỦY BAN NHÂN DÂN\nXÃ PHÚ LƯƠNG ĐÔNG\n\nSố: 33/KH-UBND\n\nPhú Lương Đông, ngày 14 tháng 4 năm 2026\n\n"
            "KẾ HOẠCH\nPhòng, chống dịch bệnh trên đàn gia súc năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
            "Chủ động phòng ngừa dịch bệnh.\n\nII. NHIỆM VỤ\n\n" + items +
            "\n\nIII. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị triển khai thực hiện.\n")


GLUED = [
    # must match: a letter glued to its title by a full stop or a slash is an item as "b. " is
    ("a. Rà soát tổng đàn gia súc trên địa bàn.\n\nb.Tổ chức tiêm phòng đợt 1 cho đàn trâu, bò.\n\n"
     "c.Tổ chức tiêm phòng đợt 2 cho đàn lợn.",
     ["Rà soát tổng đàn gia súc trên địa bàn", "Tổ chức tiêm phòng đợt 1 cho đàn trâu, bò",
      "Tổ chức tiêm phòng đợt 2 cho đàn lợn"]),
    ("a/Thống kê số hộ chăn nuôi.\n\nb/Cấp phát vắc xin cho các thôn.",
     ["Thống kê số hộ chăn nuôi", "Cấp phát vắc xin cho các thôn"]),
    # must not: a wrapped line that opens with an abbreviated place or a name stays in its item
    ("a. Tổ chức tiêm phòng tại các thôn giáp ranh với\nx.Tân Hòa huyện Phú Lương.\n\n"
     "b. Hỗ trợ vắc xin cho hộ của ông\nđ.Lê Văn Tám, thôn 3.",
     ["Tổ chức tiêm phòng tại các thôn giáp ranh với", "Hỗ trợ vắc xin cho hộ của ông"]),
]


@pytest.mark.parametrize("items,expected", GLUED, ids=[g[0][:30] for g in GLUED])
def test_a_label_glued_to_its_title_is_an_item(items, expected):
    got = _titles(_tasks(items))
    assert got == list(zip("abcdefg", expected))
