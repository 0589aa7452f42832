"""Round G21's rules, found on hold-out plans whose targets stand in indicator tables that name their bodies, in task
tables whose rows carry a target, and in rows grouped by field (tests/invented/build_g21.py).

- A basis cut by a paragraph break inside its issuer, as PDF readers give a line's end ("... của Thủ tướng" / "Chính
  phủ phê duyệt ...", "... của Hội đồng nhân dân" / "huyện về ..."), is one basis, its issuer whole
  (legal_bases._cut_bases). Not: a basis whose next paragraph opens another basis, or the sentence that adopts the
  plan ("Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:"), or a paragraph after an issuer that is whole.
- What follows an objectives heading on its own line and only leads in the table or the items under it ("2. Mục tiêu
  cụ thể: phấn đấu đạt các chỉ tiêu sau:") is no objective, as the same words on a line of their own are none
  (objectives._leads_in). Not: an aim written after the heading, a lead that commits to a level of its own.
- An indicator table that names the bodies answering for each row ("TT | Tên chỉ tiêu | ĐVT | Mục tiêu năm 2020 | Cơ
  quan chủ trì | Cơ quan phối hợp", "Nội dung chỉ tiêu") is no task table: its rows are objectives, no activities
  (task_tables.INDICATOR_HEAD; "Tên ", "Nội dung" had made its indicator column a task column). Not: a column that
  names tasks, or tasks and indicators ("Chỉ tiêu, nhiệm vụ").
- An indicator table's unit column that writes its percent with more ("%/năm", "Tỷ lệ %", "(%)", "điểm %") sets
  percentages (objectives.PERCENT_UNIT). Not: "‰", a counted unit.
- An indicator table's level cell written with the verb that sets it or what its percent counts ("Đạt 78", "Giảm 2",
  "Phấn đấu đạt 66", "100% số hộ") is a level (objectives.CELL_LEVEL). Not: a cell with no number, a multiple
  ("Tăng 2 lần"), a count in a percent row ("15 xã").
- A unit named at one level ends at its level word when a lower-case word follows, also when the sentence's full stop
  is all that ends the subject ("Bảo hiểm xã hội tỉnh phát triển người tham gia bảo hiểm y tế.": no verb the list of
  predicates knows; normalizers.agencies.leading_agency). Not: a level word followed by a place's name, "và", "cấp tỉnh".
Every name, place and number below is invented and differs from the documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

HEAD = """ỦY BAN NHÂN DÂN
HUYỆN LƯƠNG ĐIỀN
Số: 28/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lương Điền, ngày 15 tháng 5 năm 2019

KẾ HOẠCH
Phát triển chăn nuôi huyện Lương Điền năm 2019 - 2020

{bases}

I. MỤC TIÊU
1. Mục tiêu chung: Phát triển chăn nuôi theo hướng an toàn sinh học.
{targets}
II. NHIỆM VỤ
1. Tiêm phòng cho đàn gia súc, gia cầm.
III. TỔ CHỨC THỰC HIỆN
{duties}
"""
TARGETS = "2. Mục tiêu cụ thể\n- Tỷ lệ trang trại chăn nuôi an toàn sinh học đạt 35%.\n"
DUTIES = "1. Phòng Nông nghiệp và Phát triển nông thôn chủ trì thực hiện Kế hoạch.\n"


def _record(bases: str = "", targets: str = TARGETS, duties: str = DUTIES, name: str = "ke-hoach.md") -> dict:
    text = HEAD.format(bases=bases, targets=targets, duties=duties)
    return process(name, text.encode("utf-8")).record.model_dump(mode="json")


# --- a basis cut inside its issuer ---------------------------------------------------------------------------

@pytest.mark.parametrize("bases, expected", [
    ("Căn cứ Quyết định số 1534/QĐ-TTg ngày 22 tháng 9 năm 2016 của Thủ tướng\n\nChính phủ phê duyệt Đề án phát triển "
     "chăn nuôi bền vững;", [("1534/QĐ-TTg", "Thủ tướng Chính phủ")]),
    ("Căn cứ Nghị quyết số 17/NQ-HĐND ngày 20 tháng 12 năm 2018 của Hội đồng nhân dân\n\nhuyện về kế hoạch đầu tư "
     "công năm 2019;", [("17/NQ-HĐND", "Hội đồng nhân dân huyện")]),
    ("Căn cứ Nghị quyết số 06-NQ/TU ngày 14 tháng 3 năm 2017 của Ban Chấp hành\n\nĐảng bộ tỉnh về phát triển nông "
     "nghiệp;", [("06-NQ/TU", "Ban Chấp hành Đảng bộ tỉnh")]),
    ("Căn cứ Thông tư số 23/2018/TT-BNNPTNT ngày 29 tháng 11 năm 2018 của Bộ trưởng\n\nBộ Nông nghiệp và Phát triển "
     "nông thôn quy định về chăn nuôi;\n\nCăn cứ Kế hoạch số 61/KH-UBND ngày 02 tháng 4 năm 2019 của Ủy ban nhân dân\n\n"
     "tỉnh về phát triển chăn nuôi;",
     [("23/2018/TT-BNNPTNT", "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"), ("61/KH-UBND", "Ủy ban nhân dân tỉnh")]),
    # must not: the next paragraph opens another basis, adopts the plan, or follows an issuer that is whole
    ("Căn cứ Quyết định số 410/QĐ-UBND ngày 03 tháng 3 năm 2019 của Chủ tịch\n\nThực hiện Kế hoạch số 92/KH-UBND ngày "
     "11 tháng 4 năm 2019 của Ủy ban nhân dân tỉnh;", [("410/QĐ-UBND", "Chủ tịch"), ("92/KH-UBND", "Ủy ban nhân dân tỉnh")]),
    ("Căn cứ Quyết định số 77/QĐ-UBND ngày 08 tháng 01 năm 2019 của Ủy ban nhân dân\n\nỦy ban nhân dân huyện xây dựng "
     "Kế hoạch như sau:", [("77/QĐ-UBND", "Ủy ban nhân dân")]),
    ("Căn cứ Kế hoạch số 145/KH-SNN ngày 19 tháng 3 năm 2019 của Sở Nông nghiệp và Phát triển nông thôn\n\nNhằm phát "
     "triển chăn nuôi bền vững, Ủy ban nhân dân huyện ban hành Kế hoạch.",
     [("145/KH-SNN", "Sở Nông nghiệp và Phát triển nông thôn")]),
])
def test_basis_cut_inside_its_issuer(bases, expected):
    found = [(b["number"], b["issuer"]) for b in _record(bases)["legal_bases"]]
    assert found == expected


# --- the words after an objectives heading that lead in its table ---------------------------------------------

TABLE = """
| STT | Chỉ tiêu | Đơn vị tính | Năm 2019 | Năm 2020 | Cơ quan chủ trì |
|---|---|---|---|---|---|
| I | Lĩnh vực thú y | | | | |
| 1 | Tỷ lệ đàn lợn được tiêm phòng | % | 82 | 88 | Trạm Chăn nuôi và Thú y |
"""


@pytest.mark.parametrize("targets, texts", [
    ("2. Mục tiêu cụ thể: phấn đấu đạt các chỉ tiêu sau:\n" + TABLE, ["Tỷ lệ đàn lợn được tiêm phòng"]),
    ("2. Chỉ tiêu cụ thể: Đến năm 2020 đạt các chỉ tiêu chủ yếu như sau:\n- Tỷ lệ hộ chăn nuôi xa khu dân cư đạt 45%.\n",
     ["Tỷ lệ hộ chăn nuôi xa khu dân cư đạt 45%."]),
    # must not: an aim after the heading, a lead with a level of its own, a lead with nothing under it
    ("2. Mục tiêu cụ thể: Tỷ lệ cơ sở giết mổ tập trung đạt 60% vào năm 2020.\n",
     ["Tỷ lệ cơ sở giết mổ tập trung đạt 60% vào năm 2020."]),
    ("2. Mục tiêu cụ thể: phấn đấu 70% số xã đạt các chỉ tiêu sau:\n- Có cán bộ thú y xã.\n",
     ["phấn đấu 70% số xã đạt các chỉ tiêu sau:", "Có cán bộ thú y xã."]),
])
def test_words_after_the_heading_that_lead_in(targets, texts):
    found = [o["text"] for o in _record(targets=targets)["objectives"] if o["kind"] == "specific"]
    assert found == texts


def test_the_table_after_the_lead_keeps_its_levels():
    record = _record(targets="2. Mục tiêu cụ thể: phấn đấu đạt các chỉ tiêu sau:\n" + TABLE)
    (row,) = [o for o in record["objectives"] if o["kind"] == "specific"]
    assert [t["value"] for t in row["targets"]] == [82.0, 88.0] and row["target_year"] == 2020


# --- a unit named at one level, then a verb the list does not know --------------------------------------------

@pytest.mark.parametrize("duty, agency", [
    ("Bảo hiểm xã hội huyện phát triển đối tượng tham gia bảo hiểm y tế tự nguyện.", "Bảo hiểm xã hội huyện"),
    ("Trung tâm Y tế huyện phát triển mạng lưới cộng tác viên thú y.", "Trung tâm Y tế huyện"),
    ("Ngân hàng Chính sách xã hội huyện cho vay vốn ưu đãi.", "Ngân hàng Chính sách xã hội huyện"),
    ("Trung tâm Văn hóa - Thể thao huyện dàn dựng các tiết mục văn nghệ.", "Trung tâm Văn hóa - Thể thao huyện"),
    # must not: a level word before a place's name, before "và", after "cấp"; a verb the list knows
    ("Công an huyện và Đội Quản lý thị trường số 3 kiểm tra việc vận chuyển gia súc.",
     "Công an huyện và Đội Quản lý thị trường số 3"),
    ("Ủy ban nhân dân huyện Lương Điền chỉ đạo các xã.", "Ủy ban nhân dân huyện Lương Điền"),
    ("Trạm Chăn nuôi và Thú y huyện chủ trì giám sát dịch bệnh.", "Trạm Chăn nuôi và Thú y huyện"),
])
def test_a_unit_ends_at_its_level_word(duty, agency):
    from normalizers.agencies import leading_agency
    found = leading_agency(duty)
    assert found is not None and duty[found[0]:found[1]] == agency


def test_the_unit_is_the_responsibility():
    record = _record(duties=DUTIES + "2. Bảo hiểm xã hội huyện phát triển đối tượng tham gia bảo hiểm y tế tự nguyện.\n")
    assert [r["agency"] for r in record["responsibilities"]] == [
        "Phòng Nông nghiệp và Phát triển nông thôn", "Bảo hiểm xã hội huyện"]


# --- an indicator table that names its bodies is no task table; its percent unit written with more ---------------

INDICATORS = """| TT | {head} | ĐVT | Mục tiêu năm 2020 | Cơ quan chủ trì | Cơ quan phối hợp |
|---|---|---|---|---|---|
| 1 | Tỷ lệ xã có cán bộ thú y được đào tạo | {unit} | 75 | Trạm Chăn nuôi và Thú y | Phòng Nội vụ |
| 2 | Tỷ lệ trang trại được cấp mã số | {unit} | 40 | Phòng Nông nghiệp và Phát triển nông thôn | Ủy ban nhân dân các xã |
"""


@pytest.mark.parametrize("head, tasks", [
    ("Tên chỉ tiêu", []),
    ("Nội dung chỉ tiêu", []),
    # must not: a column that names tasks, or tasks and indicators; (kept) one that names the main indicators
    ("Các chỉ tiêu chủ yếu", []),
    ("Nhiệm vụ", ["Tỷ lệ xã có cán bộ thú y được đào tạo", "Tỷ lệ trang trại được cấp mã số"]),
    ("Chỉ tiêu, nhiệm vụ", ["Tỷ lệ xã có cán bộ thú y được đào tạo", "Tỷ lệ trang trại được cấp mã số"]),
])
def test_an_indicator_table_naming_its_bodies_is_no_task_table(head, tasks):
    record = _record(targets="2. Mục tiêu cụ thể\n" + INDICATORS.format(head=head, unit="%"))
    assert [a["title"] for a in record["activities"] if a["title"].startswith("Tỷ lệ")] == tasks


def test_the_indicator_rows_stay_objectives():  # (must not: the rows stay objectives)
    record = _record(targets="2. Mục tiêu cụ thể\n" + INDICATORS.format(head="Tên chỉ tiêu", unit="%"))
    assert [([t["value"] for t in o["targets"]], o["target_year"]) for o in record["objectives"]
            if o["kind"] == "specific"] == [([75.0], 2020), ([40.0], 2020)]


@pytest.mark.parametrize("unit, expected", [
    ("%/năm", "percent"),
    ("Tỷ lệ %", "percent"),
    ("(%)", "percent"),
    ("điểm %", "percent"),
    # must not: a rate per mille, a count
    ("‰", "‰"),
    ("xã", "xã"),
])
def test_a_percent_unit_written_with_more(unit, expected):
    record = _record(targets="2. Mục tiêu cụ thể\n" + INDICATORS.format(head="Chỉ tiêu", unit=unit))
    units = {t["unit"] for o in record["objectives"] for t in o["targets"]}
    assert units == {expected}


LEVEL_CELLS = """| TT | Chỉ tiêu | ĐVT | Năm 2019 | Năm 2020 | Cơ quan chủ trì |
|---|---|---|---|---|---|
| 1 | Tỷ lệ gia súc được tiêm phòng | % | {a} | {b} | Trạm Chăn nuôi và Thú y |
"""


@pytest.mark.parametrize("a, b, expected", [
    ("Đạt 78", "Đạt 83,5", [78.0, 83.5]),
    ("Giảm 2", "Giảm 1,8", [2.0, 1.8]),
    ("100% số hộ", "100% số trang trại", [100.0, 100.0]),
    ("Phấn đấu đạt 66", "trên 70", [66.0, 70.0]),
    # must not: a cell with no level, a multiple, a count
    ("Đạt chuẩn", "Tăng 2 lần", []),
    ("Khoảng 3 lần", "15 xã", []),
])
def test_a_level_cell_with_its_verb(a, b, expected):
    record = _record(targets="2. Mục tiêu cụ thể\n" + LEVEL_CELLS.format(a=a, b=b))
    assert [t["value"] for o in record["objectives"] for t in o["targets"]] == expected
