"""Hold-out round G42 (tests/invented/build_g42.py): the round's four documents scored alone against their golds.

The documents: a province's plan in Word whose task table carries an output column of percents ("100% cán bộ y tế
tuyến xã được tập huấn", "Tối thiểu 85% hồ sơ ...") beside lead, partners and deadline; a province's five-year plan
printed to PDF by LibreOffice whose money by source carries each source's share ("1.050 tỷ đồng (chiếm 72,4%)") and
whose opening gives land and population shares and the current poverty rate; a department's plan scraped to Markdown
whose tasks are "Nhiệm vụ N:" blocks of labelled lines with a focal person's rank and phone; a commune's Hè Thu crop
plan as a crawler saves it (tab tables in ha, tạ/ha, tấn and a seed subsidy in triệu đồng). The shapes missed are
probed with other names and numbers in tests/test_g42_crop_plan.py and tests/test_g42_named_tasks.py."""

from __future__ import annotations

# First pass, golds committed before any extraction (f76225d, the code of 9c0f402): 201/203/202 (0.993); every header,
# recipient, basis, objective and percent (no share, no current level, the output column none), statement and item
# found. The misses, both in the crop plan: its "1. Lịch thời vụ: ...", "2. Cơ cấu giống: ..." read as tasks, and
# "Hợp tác xã nông nghiệp Tân Vĩnh:" no body. Fixed in activities.ATTRIBUTE and normalizers.agencies (round G42):
# 202/202/202, the floor.

G42_FLOOR = 1.0


def test_the_rounds_documents_score_at_the_floor(tmp_path):
    from tests.holdout_round import score_round

    f1, report = score_round("g42_", 4, tmp_path)
    assert f1 >= G42_FLOOR, report[-4000:]
