"""The wrap width of a hard-wrapped text whose short lines outnumber its full ones: a table
copied a cell a line (a viewer's copy, `pdftotext -raw`) among wrapped paragraphs. The wraps
(full lines that go on in lower case) show the width; a text of one paragraph per line shows
none. Table-driven; all text invented."""

import pytest

from extractors.layout import wrap
from pipeline.process import process

PROSE = """- 75% hợp tác xã chăn nuôi ứng dụng phần mềm quản lý đàn trong sản
xuất, kinh doanh;
- 100% cơ sở giết mổ tập trung được giám sát bằng camera kết nối với
cơ quan thú y của tỉnh;
- Trên 90% hồ sơ cấp chứng chỉ hành nghề thú y được tiếp nhận qua
cổng dịch vụ công trực tuyến;
- Xây dựng bản đồ số vùng an toàn dịch bệnh cho 12 xã có chăn nuôi
tập trung, cập nhật hằng quý;
- Tập huấn kỹ năng số cho 500 cán bộ thú y cơ sở và nhân viên khuyến
nông các xã trên địa bàn;"""
CELLS = "\n".join(f"{n}\nNhiệm vụ số {n} của\nphụ lục kèm theo\nChi cục Chăn\nnuôi và Thú y\nQuý {n % 4 + 1}/2027"
                  for n in range(1, 9))
ONE_PER_LINE = "\n".join(f"- Nhiệm vụ thứ {n} được giao cho các đơn vị có liên quan thực hiện đúng hạn." for n in range(1, 6))

CASES = [
    ("wrapped prose among a table's cell lines", PROSE + "\n" + CELLS, True),
    ("wrapped prose alone", PROSE + "\n" + PROSE, True),
    ("one paragraph a line among a table's cell lines", ONE_PER_LINE + "\n" + CELLS, False),
    ("a table's cell lines alone", CELLS, False),
]


@pytest.mark.parametrize("name,text,wrapped", CASES, ids=[c[0] for c in CASES])
def test_wrap_width_among_cell_lines(name, text, wrapped):
    style = wrap.Style.of(text.split("\n"))
    assert (style.wrap_width is not None) == wrapped


PLAN = """ỦY BAN NHÂN DÂN
TỈNH LAM ĐIỀN
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lam Điền, ngày 02 tháng 02 năm 2027
KẾ HOẠCH
Chuyển đổi số ngành chăn nuôi năm 2027
I. MỤC TIÊU
""" + PROSE + """
II. NHIỆM VỤ
""" + CELLS + """
III. TỔ CHỨC THỰC HIỆN
Sở Nông nghiệp và Môi trường chủ trì, theo dõi việc thực hiện.
"""


def test_wrapped_objectives_among_cell_lines():
    record = process("plan.txt", PLAN.encode()).record.model_dump(mode="json")
    texts = [o["text"] for o in record["objectives"]]
    assert not [t for t in texts if t.startswith(("xuất", "cơ quan", "cổng", "tập trung", "nông các"))], texts
    assert any(t.startswith("75% hợp tác xã chăn nuôi") and "kinh doanh" in t for t in texts), texts


FOOTNOTED = """ỦY BAN NHÂN DÂN
PHƯỜNG TÂN HÒA
Số: 12/KH-UBND
Tân Hòa, ngày 05 tháng 01 năm 2027
KẾ HOẠCH
Bảo đảm an toàn thực phẩm năm 2027
I. MỤC TIÊU
""" + PROSE + """
1. 100% cơ sở kinh doanh thực phẩm được kiểm tra định kỳ theo
quy định1
; giảm 20% số vụ ngộ độc thực phẩm so với năm 20262
.
2. Trên 95% bếp ăn tập thể được cấp giấy chứng nhận đủ điều
kiện an toàn thực phẩm.
II. TỔ CHỨC THỰC HIỆN
Trạm Y tế phường chủ trì theo dõi, đôn đốc.
"""


@pytest.mark.parametrize("text,joined", [
    (FOOTNOTED, True),  # the line after a superscript mark goes on: "quy định1" / "; giảm ..."
    (FOOTNOTED.replace("\n; giảm", "\n- giảm").replace("20262\n.", "2026."), False),  # a list item starts its own
])
def test_punctuation_line_goes_on(text, joined):
    texts = [o["text"] for o in process("plan.txt", text.encode()).record.model_dump(mode="json")["objectives"]]
    assert not [t for t in texts if t.startswith((";", "."))], texts
    assert any("kiểm tra định kỳ" in t and "giảm 20% số vụ" in t for t in texts) == joined, texts
