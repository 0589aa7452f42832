"""Reader shape of hold-out round G51 (tests/invented/build_g51.py): a task table whose rows a text-mode browser ran
together and wrapped at the page's width (`lynx -dump`: a row's cells one space apart on one line, the rest of a
long row on the next line at the same indent). extractors.layout.browser_rows puts each row back on one line, where
the line above was full, so that the task table's reader (extractors.layout.raw_tasks) reads its cells by their
words; rows written a cell a line and other numbered lines stay as they are. Every text here is invented."""

from __future__ import annotations

import textwrap

import pytest

from extractors.document import build_document
from extractors.formats import read
from extractors.layout.browser_rows import unwrapped

_PROSE = [
    "Nâng cao chất lượng công tác bảo vệ môi trường tại các khu dân cư, cơ sở sản xuất, kinh doanh trên địa bàn "
    "tỉnh; kiểm soát chặt chẽ các nguồn gây ô nhiễm, xử lý dứt điểm các điểm nóng về rác thải sinh hoạt tồn đọng.",
    "Huy động sự tham gia của cả hệ thống chính trị, các tổ chức, đoàn thể và người dân vào công tác bảo vệ môi "
    "trường; đẩy mạnh tuyên truyền, vận động người dân phân loại chất thải rắn sinh hoạt tại nguồn, giảm sử dụng "
    "túi ni lông khó phân hủy.",
    "Bảo đảm nguồn lực cho công tác bảo vệ môi trường; thường xuyên kiểm tra, đôn đốc, sơ kết, đánh giá kết quả thực "
    "hiện và kịp thời khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác bảo vệ môi trường.",
]
_HEAD = ("   ỦY BAN NHÂN DÂN TỈNH KHÁNH LÂM\n   SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "   Độc lập - Tự do - Hạnh phúc\n               Số: 58/KH-SNNMT                                 Khánh Lâm, "
         "ngày 11 tháng 9 năm 2029\n\n                                     KẾ HOẠCH\n            Bảo vệ môi trường "
         "tỉnh Khánh Lâm năm 2029\n\n   I. MỤC TIÊU\n\n")
_TAIL = "\n\n   III. TỔ CHỨC THỰC HIỆN\n\n   Các đơn vị triển khai Kế hoạch này.\n"
WIDTH = 92


def _page(rows: list[str], head: str = "STT Nội dung Đơn vị chủ trì Đơn vị phối hợp Thời gian",
          more: str = "   ") -> str:
    prose = "\n\n".join(textwrap.fill(p, WIDTH, initial_indent="   ", subsequent_indent="   ") for p in _PROSE * 2)
    table = "\n".join(textwrap.fill(r, WIDTH, initial_indent="   ", subsequent_indent=more) for r in rows)
    return _HEAD + prose + "\n\n   II. NHIỆM VỤ\n   " + head + "\n" + table + _TAIL


_R1 = ("1", "Thu gom, xử lý rác thải sinh hoạt tồn đọng tại các khu dân cư ven sông Cầu Đỏ",
       "Ủy ban nhân dân các xã, phường", "Sở Xây dựng", "Quý II/2029")
_R2 = ("2", "Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường của các cơ sở sản xuất", "Sở Nông nghiệp và Môi "
       "trường", "Công an tỉnh", "Năm 2029")
_R3 = ("3", "Tuyên truyền phân loại chất thải rắn sinh hoạt tại nguồn cho người dân", "Hội Liên hiệp Phụ nữ tỉnh",
       "Tỉnh đoàn", "Tháng 6/2029")

# (the rows as written on one line each, the tasks read: code, title, leads, partners)
WRAPPED = [
    ([" ".join(r) for r in (_R1, _R2, _R3)], [(r[0], r[1], [r[2]], [r[3]]) for r in (_R1, _R2, _R3)]),
    # a row whose time alone wraps, the others short
    ([" ".join(_R1), "2 Trồng cây xanh tại các trường học Tỉnh đoàn Sở Giáo dục và Đào tạo Năm 2029"],
     [(_R1[0], _R1[1], [_R1[2]], [_R1[3]]), ("2", "Trồng cây xanh tại các trường học", ["Tỉnh đoàn"],
                                              ["Sở Giáo dục và Đào tạo"])]),
]


NO_TIME = "STT Nội dung Đơn vị chủ trì Đơn vị phối hợp"
# a table with no time column (the task table's reader leaves it): its rows read here, wrapped or not
UNTIMED = [
    ([" ".join(r[:4]) for r in (_R1, _R2, _R3)], [(r[0], r[1], [r[2]], [r[3]]) for r in (_R1, _R2, _R3)]),
    (["1 Trồng cây xanh tại các trường học Tỉnh đoàn Sở Giáo dục và Đào tạo",
      "2 Nạo vét kênh mương nội đồng Ủy ban nhân dân các xã Hội Nông dân tỉnh"],
     [("1", "Trồng cây xanh tại các trường học", ["Tỉnh đoàn"], ["Sở Giáo dục và Đào tạo"]),
      ("2", "Nạo vét kênh mương nội đồng", ["Ủy ban nhân dân các xã"], ["Hội Nông dân tỉnh"])]),
]


@pytest.mark.parametrize("rows,tasks,head", [(r, t, None) for r, t in WRAPPED] + [(r, t, NO_TIME) for r, t in UNTIMED])
def test_a_browsers_wrapped_rows_are_read_as_a_task_table(rows, tasks, head):
    from pipeline.process import extract_fields

    text = _page(rows, head) if head else _page(rows)
    doc = build_document(read(text.encode("utf-8"), "plan.txt"))
    acts = extract_fields(doc)["activities"]
    assert [(a["code"], a["title"], a["lead_agencies"], a["partner_agencies"]) for a in acts] == tasks
    for a in acts:
        assert a["title"] in doc.text[a["span"]["start"]:a["span"]["end"]]


# texts left as they are: a table a cell a line (short lines), rows that fit on their lines, numbered lines under no
# task table's header, a row's next line at another indent
LEFT = [
    _page(["1 Thu gom rác", "thải tồn đọng", "Ủy ban nhân dân", "các xã", "Quý II/2029", "2 Kiểm tra cơ sở",
           "Công an tỉnh",
           "Năm 2029"]),
    _page(["1 Thu gom rác thải Ủy ban nhân dân các xã Sở Xây dựng Quý II/2029",
           "2 Kiểm tra cơ sở Công an tỉnh Sở Tư pháp Năm 2029"]),
    _page([" ".join(_R1), " ".join(_R2)], head="Các nhiệm vụ trọng tâm năm 2029 như sau:"),
    _page([" ".join(_R1), " ".join(_R2)], more="       "),
    # no time column, a row that names no agency
    _page(["1 Trồng cây xanh tại các trường học Tỉnh đoàn Sở Giáo dục và Đào tạo", "2 Nạo vét kênh mương nội đồng"],
          head=NO_TIME),
]


@pytest.mark.parametrize("text", LEFT)
def test_other_lines_are_left_as_they_are(text):
    assert unwrapped(text) is text
