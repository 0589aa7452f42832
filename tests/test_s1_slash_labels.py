"""Items numbered with a slash or a dash, as many offices number them: "I/ MỤC TIÊU", "2/ Công tác ...", "b/ Nguồn
vốn ...", "3- Kiểm tra ...", "II- NHIỆM VỤ". The patterns that knew "1.", "a)" and "I." did not know them:
- a plain text's wrap repair joined a slash-numbered heading with the paragraph under it ("2/ Công tác y tế dự
  phòng" / "Giám sát chặt chẽ ...": one task title) (layout.wrap.STARTS_BLOCK, _NUMBERED_LABEL);
- a spaced table took the numbered heading above it ("2/ Các chỉ tiêu chủ yếu") into its header, and lost its rows
  (layout.grid.OUTLINE_HEADING, _ROMAN_HEADING);
- an amending decision's quoted new tasks numbered with slashes ('"4/ Cứng hóa ...') were no tasks
  (fields.common.QUOTE_OPENS_ITEM, fields.activities._quoted_tasks).
Found by a perturbation of the sets' txt/md files that numbers with slashes. The names, places and numbers here are
invented. Must-not rows: a date, a fraction, a range of numbers at a line's start are no labels ("12/2025",
"1/2 số xã", "3-5 ngày")."""

from __future__ import annotations

import pytest

from extractors.formats.text import read
from extractors.layout.grid import OUTLINE_HEADING
from extractors.layout.wrap import STARTS_BLOCK, Style, joins
from pipeline.process import process


def _paragraphs(text: str) -> list[str]:
    return [b.text for b in read(text.encode("utf-8"), "ke-hoach.txt").blocks if b.kind == "paragraph"]


BODY = ("Theo dõi chặt chẽ các bệnh truyền nhiễm gây dịch tại các xã vùng cao; tổ chức tiêm chủng định kỳ hằng "
        "quý. Khoa Kiểm soát bệnh tật chủ trì thực hiện.")
OTHER = ("Rà soát, cập nhật danh sách người cao tuổi, người khuyết tật trên địa bàn; hoàn thành trước tháng 9. "
         "Phòng Dân số chủ trì thực hiện.")


@pytest.mark.parametrize("label", ["2/", "3-", "b/", "c-", "12/"])
def test_a_slash_or_dash_numbered_heading_stands_over_its_paragraph(label):
    text = (f"KẾ HOẠCH\n\nI/ NHIỆM VỤ\n\n1/ Công tác khám chữa bệnh ngoại trú\n{OTHER}\n\n"
            f"{label} Công tác phòng bệnh ở cơ sở\n{BODY}\n\n4/ Công tác truyền thông giáo dục sức khỏe\n{OTHER}\n\n"
            f"II/ TỔ CHỨC THỰC HIỆN\n\n{OTHER}\n\n{BODY}\n")
    paras = _paragraphs(text)
    assert f"{label} Công tác phòng bệnh ở cơ sở" in paras
    assert BODY in paras


@pytest.mark.parametrize("line", ["2/ Công tác phòng bệnh", "IV/ TỔ CHỨC THỰC HIỆN", "II- NHIỆM VỤ", "b/ Nguồn vốn",
                                  "đ- Kiểm tra", "3- Kiểm tra, giám sát", "2.1/ Tuyên truyền", "1. Mục tiêu",
                                  "a) Vốn"])
def test_slash_and_dash_labels_start_a_block(line):
    assert STARTS_BLOCK.match(line)
    assert OUTLINE_HEADING.match(line)


@pytest.mark.parametrize("line", ["12/2025 là hạn hoàn thành", "1/2 số xã còn lại", "3-5 ngày một lần", "2020-2025",
                                  "15 - 20% số hộ", "30/4/2026 hoàn thành"])
def test_a_date_a_fraction_a_range_start_no_block(line):
    assert not STARTS_BLOCK.match(line)
    assert not OUTLINE_HEADING.match(line)


FULL = "Phấn đấu đến hết năm 2027 hoàn thành cứng hóa đường giao thông nội đồng tại các xã theo"


@pytest.mark.parametrize("nxt, joined", [
    ("1/2 số xã còn lại của huyện Tây Lĩnh.", True),
    ("3-5 tuyến mỗi xã, ưu tiên các xã vùng cao.", True),
    ("12/2025 của Hội đồng nhân dân huyện.", True),
    ("2/ Kiểm tra, giám sát việc thực hiện", False),
    ("b/ Huy động nguồn lực xã hội hóa", False),
    ("4- Tổng kết, đánh giá kết quả", False),
])
def test_a_full_line_goes_on_with_a_fraction_not_with_a_numbered_item(nxt, joined):
    assert joins(FULL, nxt, Style(wrap_width=len(FULL)), True) is joined


TABLE = """KẾ HOẠCH

1/ Mục tiêu chung
Phát triển thủy sản bền vững, nâng cao giá trị sản phẩm của các xã ven biển.
{heading}
TT    Chỉ tiêu                              Năm        KH năm   KH năm
                                            2024       2025     2026
1     Sản lượng nuôi trồng thủy sản         12.400     13.100   14.000
      (tấn)
2     Diện tích nuôi tôm công nghệ cao      230        260      300
      (ha)
III/ TỔ CHỨC THỰC HIỆN
"""


@pytest.mark.parametrize("heading", ["2/ Các chỉ tiêu chủ yếu", "b/ Chỉ tiêu cụ thể", "3- Các chỉ tiêu phát triển",
                                     "2. Các chỉ tiêu chủ yếu"])
def test_a_slash_numbered_heading_stays_out_of_the_table_under_it(heading):
    blocks = read(TABLE.format(heading=heading).encode("utf-8"), "ke-hoach.txt").blocks
    tables = [b for b in blocks if b.kind == "table"]
    assert tables and tables[0].rows[0][1] == "Chỉ tiêu"
    assert heading in [b.text for b in blocks if b.kind == "paragraph"]


DECISION = """ỦY BAN NHÂN DÂN
HUYỆN LAM SƠN HẠ
Số: 208/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lam Sơn Hạ, ngày 05 tháng 8 năm 2021

QUYẾT ĐỊNH
Về việc sửa đổi, bổ sung Kế hoạch số 33/KH-UBND ngày 11 tháng 3 năm 2021 của Ủy ban nhân dân huyện

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN LAM SƠN HẠ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung một số nội dung của Kế hoạch số 33/KH-UBND như sau:
{points}

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


def _tasks(points: str) -> list[tuple]:
    record = process("quyet-dinh.txt", DECISION.format(points=points).encode("utf-8")).record.model_dump(mode="json")
    return [(a["code"], a["title"], a["lead_agencies"]) for a in record["activities"]]


@pytest.mark.parametrize("mark", ["/", "-"])
def test_quoted_new_tasks_numbered_with_a_slash_or_a_dash(mark):
    points = (f"1{mark} Bổ sung nhiệm vụ vào Phần II như sau:\n"
              f"\"6{mark} Nạo vét kênh tưới tiêu tại các xã Đông Yên, Hà Lộc. Giao Phòng Nông nghiệp chủ trì thực "
              f"hiện.\n7{mark} Tổ chức hội thi \"Nhà nông giỏi\" tại các thôn. Giao Hội Nông dân huyện chủ trì thực "
              f"hiện.\"\n2{mark} Khoản 1 Phần III được sửa đổi như sau: \"Kinh phí do ngân sách huyện bảo đảm.\"")
    assert _tasks(points) == [
        ("6", "Nạo vét kênh tưới tiêu tại các xã Đông Yên, Hà Lộc", ["Phòng Nông nghiệp"]),
        ("7", "Tổ chức hội thi \"Nhà nông giỏi\" tại các thôn", ["Hội Nông dân huyện"])]


def test_a_quoted_sentence_with_a_date_adds_no_task():
    points = ("1/ Bổ sung nhiệm vụ vào Phần II như sau:\n"
              "\"12/2021 là hạn hoàn thành nạo vét kênh tưới tiêu của các xã.\"")
    assert _tasks(points) == []


# --- the budget statements: items numbered with a dash, as with a slash ('1- Tổng vốn ...', 'b- Ngân sách tỉnh: ...')

RESOLUTION = """# NGHỊ QUYẾT

Về Đề án nâng cấp đê bao chống lũ tỉnh Hạ Nguyên giai đoạn 2021 - 2025

**Điều 1.** Thông qua Đề án nâng cấp đê bao chống lũ giai đoạn 2021 - 2025.

**Điều 2.** Nguồn vốn và phân kỳ đầu tư

1{m} Tổng vốn thực hiện Đề án giai đoạn 2021 - 2025 là 615 tỷ đồng, trong đó ngân sách tỉnh 245 tỷ đồng, ngân sách trung ương hỗ trợ 270 tỷ đồng, vốn huy động hợp pháp khác 100 tỷ đồng.

2{m} Phân kỳ đầu tư:

- Giai đoạn 2021 - 2023: 300 tỷ đồng;

- Giai đoạn 2024 - 2025: 315 tỷ đồng.

**Điều 3.** Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
"""


@pytest.mark.parametrize("mark", ["-", "/", "."])
def test_a_dash_numbered_total_is_no_part_of_the_heading_above_it(mark):
    # (a Markdown text: "1- Tổng vốn ..." was read as the wrapped rest of "Nguồn vốn và phân kỳ đầu tư", the scope)
    record = process("nghi-quyet.md", RESOLUTION.format(m=mark).encode("utf-8")).dump
    got = [(s["scope"], s["source"], s["amount_vnd"]) for s in record["budget"]["statements"]]
    assert got[:4] == [("total", "total", 615_000_000_000), ("total", "local", 245_000_000_000),
                       ("total", "central", 270_000_000_000), ("total", "mobilized", 100_000_000_000)]


@pytest.mark.parametrize("line, item", [("5- Kiểm tra", True), ("12- Tổng hợp", True), ("3-5 ngày", False),
                                        ("15 - 20 tỷ đồng", False), ("12/2025", False), ("1/2 số xã", False)])
def test_a_dash_numbered_line_is_an_item_a_range_is_none(line, item):
    from extractors.fields.budget_statements import ITEM_START
    assert bool(ITEM_START.match(line)) is item
