"""An item line that closes a quote opened on the line before it, when the two lines stay two paragraphs ('- Ít nhất
2/3 số xã xây dựng mô hình "Khu' / 'dân cư an toàn về phòng cháy, chữa cháy";'): the quote mark left out of the
item's text takes the stop after it along, so that the text is one run of the line and its span holds it."""

import pytest

from extractors.fields.common import unquoted
from pipeline.process import process

# (line, text without its closing mark): the result is always a run of the line
ROWS = [
    ('dân cư an toàn về phòng cháy, chữa cháy";', "dân cư an toàn về phòng cháy, chữa cháy"),
    ("thôn văn hóa kiểu mẫu”.", "thôn văn hóa kiểu mẫu"),
    ('xã đạt chuẩn "Xanh - Sạch - Đẹp" đạt 80%.";', 'xã đạt chuẩn "Xanh - Sạch - Đẹp" đạt 80%.'),
    ('"- Tỷ lệ hộ dùng nước sạch đạt 95%."', "- Tỷ lệ hộ dùng nước sạch đạt 95%."),
    # must not: a pair that opens and closes on the line stays whole
    ('- 100% thôn có mô hình "Đường hoa";', '- 100% thôn có mô hình "Đường hoa";'),
    ("- Xây dựng 12 “Tổ tự quản”.", "- Xây dựng 12 “Tổ tự quản”."),
]


@pytest.mark.parametrize("line,expected", ROWS)
def test_a_closing_mark_is_left_out_with_its_stop(line, expected):
    out = unquoted(line)
    assert out == expected
    assert out.strip() in line


DOC = """ỦY BAN NHÂN DÂN
HUYỆN ĐÔNG SƠN LÂM
Số: 41/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đông Sơn Lâm, ngày 12 tháng 2 năm 2019

KẾ HOẠCH
Phòng cháy, chữa cháy năm 2019

I. MỤC TIÊU, CHỈ TIÊU

1. Mục tiêu
Nâng cao hiệu quả công tác phòng cháy, chữa cháy trên địa bàn huyện.

2. Chỉ tiêu

- Giảm ít nhất 8% số vụ cháy so với năm 2018;

- Ít nhất 3/4 số xã, thị trấn xây dựng được mô hình "Tổ liên gia

an toàn phòng cháy, chữa cháy";

- 100% cơ sở thuộc diện quản lý có phương án chữa cháy được duyệt.

II. TỔ CHỨC THỰC HIỆN
Công an huyện chủ trì, phối hợp với các xã, thị trấn triển khai Kế hoạch này.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
"""


def test_every_objective_span_holds_its_text():
    out = process("p37-quote.txt", DOC.encode("utf-8"))
    record = out.dump
    assert not [i for i in record["quality"]["issues"] if i["code"] == "record.span_invalid"]
    objectives = record["objectives"]
    assert any(o["text"].startswith("an toàn phòng cháy, chữa cháy") or "Tổ liên gia" in o["text"] for o in objectives)
    for o in objectives:
        held = out.text[o["span"]["start"]: o["span"]["end"]]
        assert o["text"] in held
