"""Hold-out round G68 (tests/invented/build_g68.py): the round's four documents scored alone against their golds.

The documents, aimed at FIELD shapes: a forest protection sub-department's plan as Markdown whose legal bases are a
table under "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" (a Party committee's directive among them), its targets bounds and ranges,
its tasks with "Thời gian hoàn thành" and "Sản phẩm" columns, its money in tỷ đồng with a part "lồng ghép" from two
programmes; a commune's school's plan in Word acting on "Thực hiện"/"Triển khai" only (its Party cell's resolution
"07-NQ/CB"), with counts in digits and words and money per unit multiplied in nghìn đồng; a state forestry company's
plan as text ("Thực hiện" its Party committee's resolution, "Triển khai" the province's decision, "Theo" its board's),
its units "Lâm trường X", money in tỷ đồng with decimal commas and the company's own capital; a commune's plan on its
portal (a Party standing board's directive, a commune's bodies, money of tens of million đồng per unit multiplied).
"""

from __future__ import annotations

# First pass, golds committed before any extraction (beab2da8, the code of BASE bda16f35): 194/202/208 (micro
# 0.946): the table of bases unread (4 bases; tests/test_g68_bases_table.py); "Lâm trường Suối Mơ, Lâm trường Đăk Ri"
# one body and "Các Lâm trường:" no body given duties (tests/test_g68_forestry_company_units.py); two costs computed
# through a count per unit ("06 đội tuyển x 70 tiết/đội x 150 nghìn đồng/tiết = ...") read as the plan's total, a
# source's part told with its channel ("Ngân sách tỉnh cấp qua dự toán của Chi cục Kiểm lâm: ...") read as the
# estimate's line, the company's own capital ("Vốn sản xuất kinh doanh của Công ty: ...") as a line of its own
# (tests/test_g68_money_shapes.py); "Trưởng các thôn" read "Các thôn", the set's convention (c2 xa-hunglam, g52
# xa-myluong): the gold was wrong and now accepts it (4bdf5e5d). After the fixes: 208/208/208.
# The round's probes (bases tables in a web page and in Word, under "CƠ SỞ PHÁP LÝ", of one column of whole
# citations; targets "từ 8 đến 10%", "không thấp hơn 90%", "ít nhất 05 (năm) mô hình, trong đó tối thiểu 60%",
# "trên 35% vào năm 2028 và không dưới 50% vào năm 2030"; costs with "×", "đồng/tháng", "ngày/lớp"; a ward's plan with
# a Party committee's resolution in a table) found three more misses, fixed: a section headed "CƠ SỞ PHÁP LÝ" unknown
# as one of bases, a table of bases of one column, and one whose name's column stands beside its number's
# (tests/test_g68_bases_table.py). The dev set then showed the
# channel's "qua" too broad (a council's "thông qua tổng thu ngân sách nhà nước N", p30_camau, lost its line's label):
# now only after a verb that hands the money (tests/test_g68_money_shapes.py).

G68_FLOOR = 0.99


def test_the_rounds_documents_score_at_the_floor(tmp_path):
    from tests.holdout_round import score_round

    f1, report = score_round("g68_", 4, tmp_path)
    assert f1 >= G68_FLOOR, report[-4000:]
