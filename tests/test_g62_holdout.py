"""Hold-out round G62 (tests/invented/build_g62.py): the round's four documents scored alone against their golds.

The documents: a district's plan as text (one "Căn cứ" running three documents together with "và" and "; ", a basis
that is the district's own plan, a target year by year "năm 2027 đạt 60%, năm 2028 đạt 75%, đến năm 2030 đạt 100%",
"giảm ... từ 18% ... còn dưới 5%", "không quá", "Tối thiểu", "Ít nhất", each task's unit, partners and time on the
line under it, 18,6 tỷ đồng and its sources in triệu đồng, "3. Các Ban, ngành, đoàn thể" bare beside "Ban Thanh tra
nhân dân các xã" and "các Ban giám sát đầu tư của cộng đồng"); a province's decision approving the plan attached to
it in Word (the executors under Điều 3, "Chủ tịch UBND các huyện: A, B, C"; "(sau đây gọi tắt là Ban QLDA)" in the
plan's prose after "Ủy ban nhân dân tỉnh giao ...", the task table's cells "Ban QLDA"; a total in tỷ đồng and its
years in triệu đồng); a commune's plan on its portal ("(sau đây gọi tắt là BCĐ)", a cell "BCĐ chủ trì; các Ban, ngành
phối hợp", a lead cell "BCĐ", "các Ban, ngành" bare); a ministry's plan as Markdown (bases run together with "và", the
ministry's own plan a basis, targets year by year with ";", "xuống còn không quá 10%", lead and partners on labelled
lines under each task, the ministry's units).
"""

from __future__ import annotations

# First pass, golds committed before any extraction (42c80862, the code of BASE e80aaeab): 192/197/199 (micro 0.970).
# Whole: the ministry's plan, the commune's (the bare "các Ban, ngành" there matched by the scorer's fuzzy names, read
# bare all the same) and the district's (the same). The misses: the project board's "Ban QLDA" read by the general
# abbreviations as "Ban Quản lý dự án" (4 cells and a heading): the definition after "Ủy ban nhân dân tỉnh giao ..." was
# not found (tests/test_g62_defined_after_giver.py); and the gold was wrong on the districts after "Chủ tịch UBND các
# huyện: A, B, C" (the set reads them as the collective with its places, one body with the bare one the plan names:
# test_e3_holdout; the gold mended, 56f02ab2). The bare "các Ban, ngành" now the issuer's level
# (tests/test_g62_bare_branches.py). After: 196/196/196, the floor. Probing the round's shapes in other words: levels
# "lần lượt" gives with their years after them ("vào các năm 2028, 2029, 2030") no year
# (tests/test_g62_respective_years.py); "Thủ trưởng các sở, ngành: A, B, Công an tỉnh" no distributive head
# (tests/test_g62_branches_head.py); "3.250 triệu đồng (tương đương 3,25 tỷ đồng)" two statements
# (tests/test_g62_restated_sum.py); a Party committee's bare "các ban, ngành, đoàn thể" (tests/test_g62_bare_branches.py);
# "tối thiểu 60% ..., trong đó năm 2029 đạt 40%, năm 2030 đạt 50%" aimed at the last milestone
# (tests/test_g62_milestones_on_the_way.py); the council's "các Ban giám sát việc thực hiện ..." read as a "Ban giám sát"
# and "các Ban, các Tổ đại biểu" left bare after its standing committee (tests/test_g62_council_organs.py). The whole
# invented set, the sample and dev: no other record changed (byte for byte against BASE's records).
# Held already: initials defined in a layout text's or a page's task table, "(sau đây viết tắt là "X")", a short name in
# words in cells; "- Đơn vị thực hiện: ...; phối hợp: ...; thời gian: ..." and "* Chủ trì: X. Phối hợp: Y."; run-on
# bases with "Chỉ thị", "Công văn", a Party resolution; a total in tỷ with its years and sources in triệu.

G62_FLOOR = 1.0


def test_the_rounds_documents_score_at_the_floor(tmp_path):
    from tests.holdout_round import score_round

    f1, report = score_round("g62_", 4, tmp_path)
    assert f1 >= G62_FLOOR, report[-4000:]
