"""Round G20's rules, found on hold-out sector plans whose targets are measured in money, physical units and rates
(tests/invented/build_g20.py).

- A table's column of money per head, per hectare or per household ("Thu nhập bình quân (triệu đồng/người/năm)",
  "Lợi nhuận (tr.đ/ha)") is a rate, not a budget amount: a table of targets by locality holds no budget items.
  Not: a column of money a year ("Kinh phí (triệu đồng/năm)") nor a plain amount column ("Thành tiền (đồng)").
- A yield's worth or a sum per hectare or per head in prose ("giá trị sản phẩm thu hoạch trên 01 ha đất trồng trọt
  đạt 135 triệu đồng") is no budget statement. Not: the plan's money in the same document.
- A part ("trong đó ...") of a figure that is no budget is none either ("thu nhập bình quân đạt 72 triệu đồng/người,
  trong đó khu vực nông thôn đạt 58 triệu đồng"). Not: a part of the plan's money.
- Fines a body keeps to spend, named as a source of the plan's money ("nguồn thu xử phạt vi phạm hành chính được để
  lại N"), are a statement; fines collected ("nộp ngân sách") stay none.
- A bracketed line that only sends the reader to a table ("(Chỉ tiêu từng năm theo bảng dưới đây)", "(Chỉ tiêu theo
  từng huyện tại Biểu kèm theo)") is no objective. Not: an item in brackets with a level of its own.
- A clause of a target item that opens on a year before the plan's period and tells its level ("Năm 2020 tỷ lệ che
  phủ rừng đạt 46,2%; phấn đấu đến năm 2025 ... 47%", "..., đến năm 2030 đạt 45%") is the result the item starts
  from: no target. Not: a level of a year of the plan ("năm 2027 đạt 60%; năm 2028 đạt 75%"), nor a past clause with
  no later year after it.
Every name, place and number below is invented and differs from the documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

HEAD = """ỦY BAN NHÂN DÂN
TỈNH {province}
Số: 73/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 12 tháng 4 năm {year}

KẾ HOẠCH
Phát triển {topic} giai đoạn {start} - {end}

I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao hiệu quả sản xuất và đời sống người dân trên địa bàn tỉnh.
2. Mục tiêu cụ thể
{targets}
II. KINH PHÍ
{money}
III. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.
"""


def _record(targets: str, money: str = "Kinh phí thực hiện do ngân sách tỉnh bảo đảm.", start: int = 2022,
            end: int = 2026, table: str = "", name: str = "ke-hoach.md") -> dict:
    text = HEAD.format(province="HÀ NAM SƠN", place="Hà Nam Sơn", year=start, topic="nông nghiệp", start=start,
                       end=end, targets=targets, money=money) + table
    return process(name, text.encode("utf-8")).record.model_dump(mode="json")


def _percents(record: dict) -> list[float]:
    return [t["value"] for o in record["objectives"] for t in o["targets"] if t["unit"] == "percent"]


# --- a column of money per thing is a rate ---------------------------------------------------------------------

@pytest.mark.parametrize("head, role", [
    ("Thu nhập bình quân (triệu đồng/người/năm)", "rate"),
    ("Lợi nhuận (tr.đ/ha)", "rate"),
    ("Doanh thu bình quân (nghìn đồng/hộ/tháng)", "rate"),
    ("Thu nhập/khẩu (nghìn đồng)", "rate"),
    ("Hỗ trợ/hộ (đồng)", "rate"),
    # must not
    ("Kinh phí (triệu đồng/năm)", "amount"),
    ("Thành tiền (đồng)", "amount"),
    ("Ngân sách huyện", "amount"),
    ("Tổng kinh phí (triệu đồng)", "amount"),
])
def test_money_per_thing_heads_a_rate_column(head, role):
    from extractors.tables.rebuild import _plain_column
    assert _plain_column(head).role == role


TABLE_BY_PLACE = """
| TT | Đơn vị | Thu nhập bình quân (triệu đồng/người/năm) | Số xã đạt chuẩn (xã) |
|---|---|---|---|
| 1 | Huyện Bắc Mê Linh | 71 | 8 |
| 2 | Huyện Sơn Hà Tây | 64 | 6 |
"""

TABLE_MONEY = """
| TT | Nội dung | Kinh phí (triệu đồng) |
|---|---|---|
| 1 | Tập huấn kỹ thuật | 340 |
| 2 | Xây dựng mô hình | 1.260 |
"""


def test_a_table_of_income_by_locality_holds_no_budget_items():
    record = _record("- Thu nhập bình quân đầu người nông thôn đạt 66 triệu đồng/người/năm.", table=TABLE_BY_PLACE)
    assert record["budget"]["items"] == []


def test_a_money_table_keeps_its_items():
    record = _record("- Tỷ lệ hộ áp dụng quy trình sản xuất an toàn đạt 70%.", table=TABLE_MONEY)
    assert sorted(i["amount_vnd"] for i in record["budget"]["items"]) == [340_000_000, 1_260_000_000]


# --- worth per hectare in prose ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "- Giá trị sản phẩm thu hoạch trên 01 ha đất canh tác đạt 162 triệu đồng.",
    "- Giá trị thu hoạch trên 1 ha mặt nước nuôi trồng thủy sản đạt 240 triệu đồng.",
    "- Phấn đấu giá trị sản phẩm trên 01 ha đất lúa đạt 118 triệu đồng vào năm 2026.",
])
def test_worth_per_hectare_is_no_budget(line):
    record = _record(line, money="Tổng kinh phí thực hiện Kế hoạch là 27.500 triệu đồng.")
    assert [s["amount_vnd"] for s in record["budget"]["statements"]] == [27_500_000_000]


# --- fines kept to spend -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "- Phấn đấu thu nhập bình quân đầu người đạt 81 triệu đồng/người, trong đó khu vực nông thôn đạt 63 triệu đồng.",
    "- Giá trị sản xuất bình quân đạt 2.450 tỷ đồng, trong đó thủy sản đạt 610 tỷ đồng.",
])
def test_a_part_of_a_figure_that_is_no_budget_is_none(line):
    record = _record(line, money="Tổng kinh phí thực hiện Kế hoạch là 27.500 triệu đồng.")
    assert [s["amount_vnd"] for s in record["budget"]["statements"]] == [27_500_000_000]


def test_a_part_of_the_budget_stays():
    money = "Tổng kinh phí thực hiện Kế hoạch là 27.500 triệu đồng, trong đó ngân sách tỉnh 19.000 triệu đồng."
    got = sorted(s["amount_vnd"] for s in _record("- Tỷ lệ hộ dùng điện đạt 99%.", money=money)["budget"]["statements"])
    assert got == [19_000_000_000, 27_500_000_000]


def test_fines_kept_to_spend_are_a_source():
    money = ("Kinh phí thực hiện năm 2022 là 7.400 triệu đồng, trong đó: ngân sách tỉnh 5.300 triệu đồng; nguồn thu "
             "xử phạt vi phạm hành chính được để lại 2.100 triệu đồng.")
    got = sorted(s["amount_vnd"] for s in _record("- Giảm 6% số vụ tai nạn.", money=money)["budget"]["statements"])
    assert got == [2_100_000_000, 5_300_000_000, 7_400_000_000]


def test_fines_collected_are_none():
    money = ("Năm 2021 xử phạt vi phạm hành chính nộp ngân sách nhà nước 41,7 tỷ đồng. Kinh phí thực hiện Kế hoạch là "
             "6.900 triệu đồng từ ngân sách tỉnh.")
    got = [s["amount_vnd"] for s in _record("- Giảm 6% số vụ tai nạn.", money=money)["budget"]["statements"]]
    assert got == [6_900_000_000]


# --- a bracketed note pointing to a table -------------------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "(Chỉ tiêu từng năm theo bảng dưới đây)",
    "(Chỉ tiêu theo từng xã tại Biểu kèm theo)",
    "(Chi tiết các chỉ tiêu tại Phụ lục số 03 kèm theo)",
    "(Có biểu chỉ tiêu chi tiết đính kèm)",
])
def test_a_note_pointing_to_a_table_is_no_objective(note):
    record = _record(f"- Tỷ lệ hộ sử dụng nước sạch đạt 88%.\n{note}")
    assert not any(o["text"].lstrip("(").startswith(note.strip("()")[:12]) for o in record["objectives"])
    assert _percents(record) == [88.0]


def test_a_bracketed_item_with_a_level_stays():
    record = _record("- Tỷ lệ hộ sử dụng nước sạch đạt 88%.\n(Tỷ lệ xã có chợ đạt chuẩn theo bảng dưới đây đạt 64%)")
    assert sorted(_percents(record)) == [64.0, 88.0]


# --- a past year's level opening a clause --------------------------------------------------------------------------

@pytest.mark.parametrize("line, want", [
    ("- Năm 2021 tỷ lệ che phủ rừng đạt 43,8%; phấn đấu đến năm 2026 đạt 45%.", [45.0]),
    ("- Năm 2020 tỷ lệ trẻ em suy dinh dưỡng là 17,2%; năm 2026 giảm xuống dưới 15%.", [15.0]),
    ("- Cuối năm 2021 tỷ lệ hộ nghèo còn 6,4%; đến năm 2026 giảm còn dưới 3%.", [3.0]),
    ("- Năm 2021 tỷ lệ xã có bưu điện văn hóa đạt 36%, đến năm 2026 đạt 50%.", [50.0]),
    ("- Năm 2021 tỷ lệ đường xã được cứng hóa đạt 58%, năm 2024 đạt 70%, năm 2026 đạt 85%.", [70.0, 85.0]),
    # must not: levels of the plan's own years; a past clause with no later year; a past year inside the clause
    ("- Năm 2023 tỷ lệ hộ dùng nước sạch đạt 60%; năm 2024 đạt 75%.", [60.0, 75.0]),
    ("- Năm 2021 tỷ lệ xã có chợ đạt chuẩn đạt 52%; duy trì và nâng cao chất lượng.", [52.0]),
    ("- Tỷ lệ lao động qua đào tạo đạt 72%, tăng so với năm 2021.", [72.0]),
])
def test_a_past_years_level_is_no_target(line, want):
    assert sorted(_percents(_record(line))) == sorted(want)
