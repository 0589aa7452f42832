"""A budget table's cells run together by a web page's text with no separator (BeautifulSoup's get_text(), lxml's
text_content()), round P44 (the invented web pages as such text):

- amounts under a thousand among the amounts in groups ("1.9009006003001.000700300": 1.900 | 900 | 600 | 300 |
  1.000 | 700 | 300): the run was cut only where every amount but the last had groups, so such a row kept its
  amounts glued to its label and the table was not read. After the run's first amount in groups, an amount of up to
  three digits may stand among them where an amount in groups follows, and up to three end them;
- two headings of the header glued after a year ("Năm 2027Năm 2028", "Thực hiện 2024Kế hoạch 2025"): a break
  after the year of a heading (a word, a space, the year), so that the header's cells are read apart.

Must-not rows: amounts all under a thousand (no amount in groups to anchor them), a number glued before an amount
in groups with no amount before it ("năm 20261.500"), one amount alone, a range in a sentence, a year at a line's
start ("2030Kế hoạch", tests/test_r22_glued_row_number_and_body.py), a year inside a number. Names and numbers
invented."""

from __future__ import annotations

import pytest

from extractors.formats import glued
from pipeline.process import Options, process


@pytest.mark.parametrize("run, cells", [
    # must: plain amounts among the amounts in groups, two plain amounts at the end
    ("2.7001.2008004001.500900600", ["2.700", "1.200", "800", "400", "1.500", "900", "600"]),
    # must: a plain amount between two in groups, one at the end
    ("3.6009003.1002.500600", ["3.600", "900", "3.100", "2.500", "600"]),
    # must: an empty cell's dash among them still
    ("1.450-1.450750700", ["1.450", "-", "1.450", "750", "700"]),
])
def test_plain_amounts_among_glued_amounts(run, cells):
    assert glued.amounts_unglued(run) == "\n".join(cells)


@pytest.mark.parametrize("text", [
    "450300150",           # must not: amounts all under a thousand: nothing anchors a cut
    "năm 20261.500",       # must not: a number glued before the first amount in groups
    "1.250.000",           # one amount alone
    "từ 1.000-1.500 hộ",   # a range in a sentence
])
def test_left_as_is(text):
    assert glued.amounts_unglued(text) == text


@pytest.mark.parametrize("line, cut", [
    ("Năm 2027Năm 2028", "Năm 2027\nNăm 2028"),  # must
    ("Thực hiện 2024Kế hoạch 2025So sánh (%)", "Thực hiện 2024\nKế hoạch 2025\nSo sánh (%)"),  # must
    ("2030Kế hoạch", "2030Kế hoạch"),  # must not: a year at a line's start
    ("Mã số 120261Hà", "Mã số 120261Hà"),  # must not: no year, the digits of a longer number
])
def test_headings_glued_after_a_year(line, cut):
    assert glued.put_back("\n" + line) == "\n" + cut


HEADER = "UBND TỈNH LAM KHÊSỞ CÔNG THƯƠNG-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc\n"


def test_a_glued_budget_table_reads_its_rows():
    # must: the table's rows read with their cells apart: each amount an item of its year
    text = (HEADER + "Số: 12/KH-SCTLam Khê, ngày 02 tháng 3 năm 2027\nKẾ HOẠCH\nHỗ trợ doanh nghiệp năm 2027 - 2028\n"
            "I. KINH PHÍ\nĐơn vị tính: triệu đồng\nSTTNội dungTổng cộngNăm 2027Năm 2028\n"
            "1Tập huấn kỹ năng số2.7001.2001.500\n2Hỗ trợ tham gia hội chợ1.800900900\nTổng cộng4.5002.1002.400\n")
    record = process("ke-hoach.txt", text.encode("utf-8"), Options()).record
    items = {(i.row_label, i.year): i.amount_vnd for i in record.budget.items}
    assert items[("Hỗ trợ tham gia hội chợ", 2027)] == 900_000_000
    assert items[("Tập huấn kỹ năng số", 2028)] == 1_500_000_000
