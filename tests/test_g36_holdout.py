"""Hold-out round G36 (tests/invented/build_g36.py): the round's four documents scored alone against their golds.

The documents: a ministry's plan giving its Cục, Vụ, Viện and the provinces tasks in a Word table with a products column
and deadlines by quarter; a province's plan for a World Bank loan project printed to PDF by LibreOffice (the loan in USD
with its equivalent in tỷ đồng, the counterpart funds by year, a table of components in tỷ đồng); a province council's
resolution on the 2027 socio-economic plan scraped to Markdown (indicators in prose with ranges, the economy's money
ranges no budget); a province's clean-water plan whose targets are given by phase and by area, as a crawler saves the
portal page's text. The shapes missed when probing beside them in the files of this round's owner are probed with
other names and numbers in tests/test_g36_agency_role.py and tests/test_g36_region_unit.py."""

from __future__ import annotations

# First pass, golds committed before any extraction (1ab5667, the code of 72f8506): 225/231/231 (0.974); every header,
# recipient, basis, objective, target, activity and responsibility found, the components table's 14 items too. The
# misses are all in budget_statements (another's file this session, sent to the lead): the ministry's "vốn hỗ trợ của
# các tổ chức quốc tế và nguồn hợp pháp khác 23,3 tỷ đồng" after "trong đó" given that label as its scope, not the
# whole's ("total"); the counterpart funds by year, "Kế hoạch bố trí vốn đối ứng theo năm: năm 2027 là 48 tỷ đồng; ...",
# read with the scope "Vốn đối ứng theo năm" and the source "total" (the province's counterpart, "local", the list's
# "theo năm" no part of a scope). The lead mended that file after the round (the part named as support mobilized, the
# by-year label's "theo năm" out of the scope, a bare counterpart taking the source the document named for it:
# tests/test_p45_support_and_by_year_sources.py): 231/231/231, the floor.

G36_FLOOR = 1.0


def test_the_rounds_documents_score_at_the_floor(tmp_path):
    from tests.holdout_round import score_round

    f1, report = score_round("g36_", 4, tmp_path)
    assert f1 >= G36_FLOOR, report[-4000:]
