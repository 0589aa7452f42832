"""Round G18's rules, found on hold-out plans of events, conferences, trainings and contests with itemized cost
estimates (tests/invented/build_g18.py).

- A factor of a computation whose result follows on its line is no sum, even with no "/unit" after it: "Giải Nhất:
  01 giải x 3.000.000 đồng = 3.000.000 đồng" (the price), "Thuê xe: 04 chuyến x 600.000 đồng/chuyến = 2.400.000
  đồng" (a rate, as before); the result is the line's sum, named by what comes before the computation (the whole
  chain of counts "50 người x 2 ngày x" taken off), also when no sum stands above the lines ("III. DỰ TRÙ KINH PHÍ" /
  "- Tiền ăn: ... = N"); a labelled bullet among such lines ("- Mua vôi bột: 1.800.000 đồng") is a line of the
  estimate too. Not: a product with no result ("02 buổi x 200.000 đồng" is no computation of a sum on its own), a
  bullet of a source ("- Ngân sách xã: N") among them, a sum after the lines ("Tổng cộng: N").
- A table column of a prize's or an allowance's rate ("Mức thưởng", "Mức giải", "Mức bồi dưỡng", "Mức khoán", "Mức
  phụ cấp") is a rate, as "Đơn giá" and "Mức chi" are, not an amount ("Mức vốn", "Thành tiền" stay amounts).
- The Youth Union of a commune, a ward or a town ("Xã đoàn Tân Lập", "Phường đoàn", "Thị đoàn Vĩnh An") is a body that
  takes a duty, as "Huyện đoàn" is (not a commune named "Đoàn Kết").
Every name, place and number below is invented and differs from the documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
XÃ PHÚ LÂM
Số: 41/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Lâm, ngày 09 tháng 5 năm 2021

KẾ HOẠCH
Tổ chức Hội thi văn nghệ quần chúng năm 2021

I. MỤC ĐÍCH, YÊU CẦU
Tạo sân chơi văn hóa lành mạnh cho nhân dân.
II. KINH PHÍ
{lines}
III. TỔ CHỨC THỰC HIỆN
1. {duty}
"""

DUTY = "Công chức Văn hóa - Xã hội chủ trì tổ chức Hội thi."


def _record(lines: str, duty: str = DUTY) -> dict:
    text = PLAN.format(lines=lines, duty=duty)
    return process("ke-hoach.txt", text.encode("utf-8")).record.model_dump(mode="json")


def _sums(lines: str) -> list[tuple[str, int]]:
    return [(s["scope"], s["amount_vnd"]) for s in _record(lines)["budget"]["statements"]]


@pytest.mark.parametrize("lines,sums", [
    # must: a price with no "/unit" before "=" is no sum; each computed line is its label's
    ("- Giải A: 02 giải x 1.500.000 đồng = 3.000.000 đồng;\n- Giải B: 03 giải x 700.000 đồng = 2.100.000 đồng;",
     [("Giải A", 3_000_000), ("Giải B", 2_100_000)]),
    # must: the whole chain of counts before a rate taken off the label, no sum above the lines
    ("- Bồi dưỡng diễn viên: 30 người x 3 buổi x 40.000 đồng/người/buổi = 3.600.000 đồng;",
     [("Bồi dưỡng diễn viên", 3_600_000)]),
    # must: a labelled bullet among computed lines is a line of the estimate; the sum after them is the whole
    ("- Thuê âm thanh: 02 đêm x 2.500.000 đồng/đêm = 5.000.000 đồng;\n- Trang trí sân khấu: 1.200.000 đồng.\n"
     "Tổng cộng: 6.200.000 đồng.",
     [("Thuê âm thanh", 5_000_000), ("Trang trí sân khấu", 1_200_000), ("total", 6_200_000)]),
    # must not: a labelled bullet with no computed line before it stays the plan's (as before)
    ("- Trang trí sân khấu: 1.200.000 đồng.", [("total", 1_200_000)]),
    # must not: a source's bullet among computed lines names no part
    ("- Thuê âm thanh: 02 đêm x 2.500.000 đồng/đêm = 5.000.000 đồng;\n- Ngân sách xã: 5.000.000 đồng.",
     [("Thuê âm thanh", 5_000_000), ("total", 5_000_000)]),
])
def test_a_computed_cost_line_is_its_label_s_sum(lines, sums):
    assert _sums(lines) == sums


@pytest.mark.parametrize("lines,amounts", [
    # must not: a product with no result keeps its amount (no "=" after it)
    ("Hỗ trợ 15 đội x 800.000 đồng, tổng kinh phí 12.000.000 đồng.", [800_000, 12_000_000]),
])
def test_a_product_without_result_is_no_computation(lines, amounts):
    assert [a for _, a in _sums(lines)] == amounts


@pytest.mark.parametrize("head,role", [
    # must: a prize's or an allowance's rate
    ("Mức thưởng", "rate"), ("Mức thưởng (đồng)", "rate"), ("Mức giải", "rate"), ("Mức bồi dưỡng", "rate"),
    ("Mức khoán", "rate"), ("Mức phụ cấp", "rate"),
    # as before
    ("Đơn giá", "rate"), ("Mức chi", "rate"),
    # must not: sums
    ("Mức vốn", "amount"), ("Mức đầu tư", "amount"), ("Thành tiền", "amount"),
])
def test_a_prize_s_rate_column_is_no_amount(head, role):
    from extractors.tables.rebuild import RATE_HEAD
    assert ("rate" if RATE_HEAD.match(head) else "amount") == role


@pytest.mark.parametrize("duty,agencies", [
    # must: a commune's, a town's Youth Union
    ("Xã đoàn Tân Lập vận động đoàn viên tham gia.", ["Xã đoàn Tân Lập"]),
    ("Thị đoàn Vĩnh An vận động đoàn viên tham gia.", ["Thị đoàn Vĩnh An"]),
    # must not: a commune named Đoàn Kết is no body of its own
    ("Nhân dân xã Đoàn Kết tham gia cổ vũ.", []),
])
def test_a_commune_s_youth_union_takes_a_duty(duty, agencies):
    assert [r["agency"] for r in _record("Tổng kinh phí 5.000.000 đồng.", duty)["responsibilities"]] == agencies


# A source line that names a body's own funds, of no source the codes know, and money raised ("Nguồn kinh phí: trích
# từ nguồn kinh phí hoạt động năm 2023 của Hội ... và nguồn xã hội hóa") names two sources: the sums it closes are of
# all of them (total), not of the money raised alone.
@pytest.mark.parametrize("source,code", [
    # must: a body's funds and money raised
    ("Nguồn kinh phí: trích từ nguồn kinh phí hoạt động năm 2021 của Hội Cựu chiến binh xã và nguồn xã hội hóa.",
     "total"),
    ("Nguồn kinh phí: kinh phí hoạt động của Đoàn Thanh niên xã và nguồn vận động các nhà hảo tâm.", "total"),
    # must not: money raised alone, one budget, two kinds of money raised
    ("Nguồn kinh phí: nguồn xã hội hóa.", "mobilized"),
    ("Nguồn kinh phí: ngân sách xã.", "local"),
    ("Nguồn kinh phí: nguồn xã hội hóa và đóng góp của các hộ kinh doanh.", "mobilized"),
])
def test_a_body_s_funds_and_money_raised_are_two_sources(source, code):
    lines = "Tổng kinh phí tổ chức Hội thi là 7.400.000 đồng.\n" + source
    assert [s["source"] for s in _record(lines)["budget"]["statements"]] == [code]
