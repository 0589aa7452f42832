"""A budget table that states no unit ("Đơn vị tính" missing above it, or printed under it where no reader
looks) while the prose states its grand total with one: "Tổng kinh phí ... là 12.450.000 nghìn đồng" over a
table whose "Tổng cộng" row reads 12.450.000. The table counts in the unit that makes the two the same
amount (extractors.tables.budget._unit_told_by_statements), said with an info issue; the size of the numbers
(the old assumption, `table.unit_assumed`) decides only when no statement states the table's largest amount."""

from __future__ import annotations

import pytest

from pipeline.process import process

HEAD = """UBND HUYỆN {place_upper}
Số: {number}/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

{place}, ngày 14 tháng 5 năm 2027

KẾ HOẠCH
Phát triển giao thông nông thôn huyện {place} giai đoạn 2027 - 2029

I. MỤC TIÊU
Cứng hóa 100% đường trục xã vào năm 2029.

II. KINH PHÍ THỰC HIỆN
{statement}

| Năm | Tổng cộng | Ngân sách tỉnh | Ngân sách huyện |
|---|---|---|---|
| 2027 | {a} | {a1} | {a2} |
| 2028 | {b} | {b1} | {b2} |
| Tổng cộng | {t} | {t1} | {t2} |

{after}
III. TỔ CHỨC THỰC HIỆN
Phòng Kinh tế và Hạ tầng chủ trì theo dõi, tổng hợp.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hà Văn Tùng
"""


def _record(statement: str, cells: dict, after: str = "", place: str = "Đông Sơn") -> dict:
    text = HEAD.format(place=place, place_upper=place.upper(), number=318, statement=statement, after=after, **cells)
    outcome = process("ke-hoach.md", text.encode("utf-8"))
    assert outcome.record is not None, outcome.error
    return outcome.record.model_dump(mode="json"), outcome.text


THOUSANDS = dict(a="5.150.000", a1="3.000.000", a2="2.150.000", b="7.300.000", b1="4.000.000", b2="3.300.000",
                 t="12.450.000", t1="7.000.000", t2="5.450.000")
BILLIONS = dict(a="14,5", a1="9", a2="5,5", b="23", b1="15", b2="8", t="37,5", t1="24", t2="13,5")


@pytest.mark.parametrize("statement,cells,after,total_vnd", [
    # the grand total stated in nghìn đồng, the table's numbers in the millions (read as đồng before)
    ("Tổng kinh phí thực hiện là 12.450.000 nghìn đồng, phân theo năm và nguồn như sau:", THOUSANDS, "",
     12_450_000_000),
    # the unit printed under the table, where no reader looks: the prose still tells it
    ("Tổng kinh phí: 12.450.000 nghìn đồng (Mười hai tỷ, bốn trăm năm mươi triệu đồng).", THOUSANDS,
     "Đơn vị tính: nghìn đồng\n", 12_450_000_000),
    # tỷ đồng, the table's numbers small (read as triệu đồng before)
    ("Tổng vốn đầu tư giai đoạn 2027 - 2029 khoảng 37,5 tỷ đồng.", BILLIONS, "", 37_500_000_000),
])
def test_a_table_takes_the_unit_the_prose_states_its_total_in(statement, cells, after, total_vnd):
    record, text = _record(statement, cells, after)
    items = record["budget"]["items"]
    total = [i for i in items if i["row_kind"] == "total" and i["source"] == "total"]
    assert [i["amount_vnd"] for i in total] == [total_vnd]
    codes = [q["code"] for q in record["quality"]["issues"]]
    assert "table.unit_from_prose" in codes and "table.unit_assumed" not in codes
    for i in items:  # provenance: each cell's span holds its figure
        assert text[i["span"]["start"]:i["span"]["end"]] == i["raw"]


@pytest.mark.parametrize("statement,cells,total_vnd", [
    # another figure than the table's total: the size of the numbers decides, as before
    ("Tổng kinh phí thực hiện là 12.400.000 nghìn đồng.", THOUSANDS, 12_450_000),
    # the prose states one year's row, not the table's largest amount
    ("Riêng năm 2027 bố trí 5.150.000 nghìn đồng.", THOUSANDS, 12_450_000),
    # a rate per person is no statement of the table's amount
    ("Mức hỗ trợ 37,5 nghìn đồng/người/ngày.", BILLIONS, 37_500_000),
])
def test_without_a_statement_of_the_total_the_unit_stays_assumed(statement, cells, total_vnd):
    record, _ = _record(statement, cells, place="Yên Thành")
    total = [i for i in record["budget"]["items"] if i["row_kind"] == "total" and i["source"] == "total"]
    assert [i["amount_vnd"] for i in total] == [total_vnd]
    codes = [q["code"] for q in record["quality"]["issues"]]
    assert "table.unit_assumed" in codes and "table.unit_from_prose" not in codes
