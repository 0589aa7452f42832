"""Hold-out round G33 (tests/invented/build_g33.py): the story of another document's issue in a letter or a plan.

- A paragraph that tells of another document being issued, its date first ("Ngày 05 tháng 8 năm 2027, Ủy ban nhân dân
  tỉnh Hà Tiên ban hành Kế hoạch số 214/KH-UBND về ... giai đoạn 2027 - 2031. ... Tổng kinh phí thực hiện Kế hoạch là
  12.300 triệu đồng, trong đó ngân sách tỉnh 9.000 triệu đồng."): its period is no period of the letter that quotes
  it (extractors.fields.header, common.RECITAL), its sums are no statements of the letter
  (extractors.fields.budget_statements). So too a paragraph whose subject is the other document, by its number and
  date, and what it sets ("Kế hoạch số 214/KH-UBND ngày 05/8/2027 của ... về ... đặt mục tiêu ...; tổng kinh phí ...").
  Not: a paragraph of the letter's own that names a period or a sum, a decision named first that gives the letter
  its own money.
- Its carrying-out sentence in a later paragraph of the preamble ("Để triển khai có hiệu quả Kế hoạch, Giám đốc Sở
  yêu cầu:", after a paragraph of results between): the story names the basis (extractors.fields.legal_bases
  CARRIES_LATER; was found only when the same paragraph carried it out). Not: a later paragraph that carries out a
  document of another type ("Để triển khai Nghị quyết ..."), a story followed by no carrying out.
Every name, place and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process


def _record(text: str, name: str = "cong-van.md") -> dict:
    return process(name, text.encode("utf-8")).record.model_dump(mode="json")


LETTER = """**ỦY BAN NHÂN DÂN TỈNH HÀ TIÊN
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH**

Số: 2210/SVHTTDL-QLDL

V/v triển khai Kế hoạch số 214/KH-UBND ngày 05/8/2027 của UBND tỉnh

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc**

*Hà Tiên, ngày 19 tháng 8 năm 2027*

Kính gửi: Ủy ban nhân dân các xã, phường.

{story}

Kết quả năm 2026, toàn tỉnh đón 1,2 triệu lượt khách du lịch cộng đồng, đạt 92% kế hoạch năm.

{carry}

1\\. Ủy ban nhân dân các xã, phường: Rà soát các điểm du lịch cộng đồng trên địa bàn, báo cáo trước ngày 30/9/2027.

2\\. Phòng Quản lý du lịch: Hướng dẫn các xã xây dựng sản phẩm du lịch đặc trưng.

**Nơi nhận:**
\\- Như trên;
\\- Lưu: VT, QLDL.

**KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC**

**Bạch Văn Quý**
"""

STORY = ("Ngày {date}, Ủy ban nhân dân tỉnh Hà Tiên {verb} Kế hoạch số 214/KH-UBND về phát triển du lịch cộng đồng "
         "giai đoạn 2027 - 2031. Kế hoạch đặt mục tiêu đến năm 2031 có 60% số thôn có điểm du lịch cộng đồng. Tổng kinh "
         "phí thực hiện Kế hoạch là 12.300 triệu đồng, trong đó ngân sách tỉnh 9.000 triệu đồng.")
CARRY = "Để triển khai có hiệu quả {kind}, Giám đốc Sở Văn hóa, Thể thao và Du lịch yêu cầu:"


def _letter(date: str = "05 tháng 8 năm 2027", verb: str = "ban hành", kind: str = "Kế hoạch",
            story: str | None = None) -> dict:
    return _record(LETTER.format(story=story or STORY.format(date=date, verb=verb), carry=CARRY.format(kind=kind)))


@pytest.mark.parametrize("date", ["05 tháng 8 năm 2027", "05/8/2027"])
def test_a_quoted_plans_period_and_sums_are_not_the_letters(date):
    record = _letter(date=date)
    assert (record["period"]["start_year"], record["period"]["end_year"]) != (2027, 2031)
    amounts = {s["amount_vnd"] for s in record["budget"]["statements"]}
    assert not amounts & {12_300_000_000, 9_000_000_000}


@pytest.mark.parametrize("date, kind", [("05 tháng 8 năm 2027", "Kế hoạch"), ("05/8/2027", "Kế hoạch này")])
def test_a_story_carried_out_in_a_later_paragraph_is_the_basis(date, kind):
    bases = _letter(date=date, kind=kind)["legal_bases"]
    found = [b for b in bases if b["number"] == "214/KH-UBND"]
    assert len(found) == 1
    assert found[0]["relation"] == "thuc_hien"
    assert found[0]["issued_date"] == "2027-08-05"
    assert found[0]["doc_type"] == "Kế hoạch"


# must-not rows: the letter's own period and sums; a story not carried out, or a later paragraph carrying out a
# document of another type
OWN = ("Trong giai đoạn 2027 - 2029, Sở tập trung phát triển du lịch cộng đồng tại các xã vùng cao. Tổng kinh phí "
       "thực hiện là 850 triệu đồng.")


def test_the_letters_own_period_and_sum_are_kept():
    record = _letter(story=OWN)
    assert (record["period"]["start_year"], record["period"]["end_year"]) == (2027, 2029)
    assert 850_000_000 in {s["amount_vnd"] for s in record["budget"]["statements"]}


@pytest.mark.parametrize("kind", ["Nghị quyết", "Chỉ thị số 08/CT-UBND"])
def test_a_story_not_carried_out_is_no_basis(kind):
    bases = _letter(kind=kind)["legal_bases"]
    assert not [b for b in bases if b["number"] == "214/KH-UBND"]


def test_a_story_that_is_not_an_issue_is_read_as_before():
    # "tổ chức hội nghị triển khai" is no issue of a document: the letter's own sum stays
    story = ("Ngày 05/8/2027, Ủy ban nhân dân tỉnh Hà Tiên tổ chức hội nghị triển khai công tác du lịch cộng đồng; tổng "
             "kinh phí tổ chức là 120 triệu đồng.")
    record = _letter(story=story)
    assert 120_000_000 in {s["amount_vnd"] for s in record["budget"]["statements"]}


# the other document the paragraph's subject, by its number and date, and what it sets ("Kế hoạch số N ngày D của X
# về ... đặt mục tiêu ...; tổng kinh phí thực hiện Kế hoạch là M"): its period and sums are that document's too
SUBJECT = ("{kind} số 214/{code} ngày 05/8/2027 của Ủy ban nhân dân tỉnh Hà Tiên về phát triển du lịch cộng đồng giai "
           "đoạn 2027 - 2031 {sets} 60% số thôn có điểm du lịch cộng đồng; tổng kinh phí thực hiện là 12.300 triệu "
           "đồng, trong đó ngân sách tỉnh 9.000 triệu đồng.")


@pytest.mark.parametrize("kind, code, sets", [("Kế hoạch", "KH-UBND", "đặt mục tiêu đến năm 2031 có"),
                                              ("Đề án", "ĐA-UBND", "đã đề ra chỉ tiêu đến năm 2031 có")])
def test_a_paragraph_about_another_documents_targets_is_not_the_letters(kind, code, sets):
    record = _letter(story=SUBJECT.format(kind=kind, code=code, sets=sets))
    assert (record["period"]["start_year"], record["period"]["end_year"]) != (2027, 2031)
    assert not {s["amount_vnd"] for s in record["budget"]["statements"]} & {12_300_000_000, 9_000_000_000}


def test_a_paragraph_opening_on_a_decision_that_gives_money_is_read_as_before():
    # the document named first gives the letter its own money: no story of what it sets
    story = ("Quyết định số 15/QĐ-UBND ngày 03/01/2028 của Ủy ban nhân dân tỉnh Hà Tiên giao Sở kinh phí phát triển du "
             "lịch cộng đồng năm 2028; tổng kinh phí thực hiện là 850 triệu đồng.")
    assert 850_000_000 in {s["amount_vnd"] for s in _letter(story=story)["budget"]["statements"]}
