"""A text or Markdown file whose text was typed in a legacy font (VNI-Times, TCVN3's .VnTime) and
kept as the Latin-1 characters of its codes ("Uû ban nh©n d©n", "UÛy ban nhaân daân"), as a PDF's
text or a copy and paste of such a document gives it: converted to Unicode when decoded
(extractors.formats.text.decode_unicode), before the layout rules look for "Số:", "Căn cứ" or
"Độc lập" or "Cơ quan chủ trì". Before, the conversion came after the layout, and a task table
set with spaces, its cells wrapped (its column names in legacy codes), was read as no table.
"""

from __future__ import annotations

import pytest

from extractors.formats.text import decode_unicode
from pipeline.process import process
from tests.metamorphic import _legacy_text

PLAN = """UỶ BAN NHÂN DÂN                 CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN {district_up}                   Độc lập - Tự do - Hạnh phúc

Số: {number}                  {district}, ngày {d} tháng {m} năm {y}

KẾ HOẠCH
{title}

Căn cứ Quyết định số {basis} ngày 10 tháng 1 năm {y} của Uỷ ban nhân dân tỉnh {province};
Uỷ ban nhân dân huyện ban hành Kế hoạch như sau:
I. MỤC TIÊU
- {p1}% trường mầm non đạt chuẩn quốc gia;
- {p2}% trẻ em 5 tuổi được học bán trú.
II. NHIỆM VỤ
                                                                                  Thời gian
 STT        Nhiệm vụ                     Cơ quan chủ trì      Cơ quan phối hợp     thực hiện
  1   Rà soát mạng lưới trường, lớp    Phòng Giáo dục và    Phòng Tài chính -    Quý II/{y}
      mầm non trên địa bàn             Đào tạo              Kế hoạch
  2   Bồi dưỡng chuyên môn cho giáo    Trung tâm Giáo dục   Phòng Nội vụ         Năm {y}
      viên mầm non                     nghề nghiệp
III. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Phòng Tài chính - Kế hoạch tổ chức thực hiện.
2. Uỷ ban nhân dân các xã, thị trấn triển khai thực hiện.
IV. KINH PHÍ
                                                              Đơn vị tính: triệu đồng
 STT   Nội dung                              Tổng cộng    Ngân sách tỉnh    Ngân sách huyện
  1    Sửa chữa phòng học                      {a1}          {b1}              {c1}
  2    Mua sắm thiết bị dạy học                {a2}          {b2}              {c2}
       Tổng cộng                               {a3}          {b3}              {c3}
"""

CASES = [
    dict(district_up="TÂN KỲ", district="Tân Kỳ", number="45/KH-UBND", d=12, m=4, y=2009, basis="210/QĐ-UBND",
         province="Nghệ An", title="Phát triển giáo dục mầm non năm 2009", p1=40, p2=95,
         a1="1.200", b1="  800", c1="  400", a2="  600", b2="  400", c2="  200", a3="1.800", b3="1.200", c3="  600"),
    dict(district_up="YÊN THẾ", district="Yên Thế", number="118/KH-UBND", d=3, m=9, y=2011, basis="1022/QĐ-UBND",
         province="Bắc Giang", title="Phổ cập giáo dục mầm non cho trẻ 5 tuổi năm 2011", p1=35, p2=100,
         a1="2.450", b1="1.450", c1="1.000", a2="  950", b2="  500", c2="  450", a3="3.400", b3="1.950", c3="1.450"),
]


def _fields(rec):
    return (rec.number, rec.place, rec.issued_date, rec.title, [b.number for b in rec.legal_bases],
            [(t.value, t.unit) for o in rec.objectives for t in o.targets], [(a.title, a.lead_agencies, a.partner_agencies) for a in rec.activities],
            sorted(r.agency for r in rec.responsibilities),
            sorted((i.row_label, i.source, i.amount_vnd) for i in rec.budget.items))


@pytest.mark.parametrize("encoding", ["vni", "tcvn3"])
@pytest.mark.parametrize("ext", ["txt", "md"])
@pytest.mark.parametrize("case", CASES, ids=[c["district"] for c in CASES])
def test_a_legacy_font_text_reads_as_the_unicode_text(case, ext, encoding):
    text = PLAN.format(**case)
    plain = process(f"x.{ext}", text.encode()).record
    assert plain.number == case["number"]
    assert [(a.title, a.lead_agencies) for a in plain.activities] == [
        ("Rà soát mạng lưới trường, lớp mầm non trên địa bàn", ["Phòng Giáo dục và Đào tạo"]),
        ("Bồi dưỡng chuyên môn cho giáo viên mầm non", ["Trung tâm Giáo dục nghề nghiệp"])]
    assert len(plain.budget.items) >= 6
    assert [(t.value, t.unit) for o in plain.objectives for t in o.targets] == [(case["p1"], "percent"),
                                                                                (case["p2"], "percent")]
    legacy = process(f"x.{ext}", _legacy_text(text.encode(), encoding)).record
    assert _fields(legacy) == _fields(plain)
    assert "text.legacy_encoding_converted" in [q.code for q in legacy.quality.issues]


@pytest.mark.parametrize("raw,converted", [  # must match
    ("Uû ban nh©n d©n tØnh ®· ban hµnh kÕ ho¹ch thùc hiÖn c¸c nhiÖm vô n¨m 2010", "Ủy ban nhân dân tỉnh đã ban hành kế hoạch"),
    ("UÛy ban nhaân daân tænh ñaõ ban haønh keá hoaïch thöïc hieän caùc nhieäm vuï naêm 2010",
     "Ủy ban nhân dân tỉnh đã ban hành kế hoạch"),
])
def test_legacy_codes_are_converted(raw, converted):
    text, _, issues = decode_unicode(raw.encode())
    assert text.startswith(converted) and [i["code"] for i in issues] == ["text.legacy_encoding_converted"]


@pytest.mark.parametrize("raw", [  # must not: Unicode text, with Latin-1 letters of its own
    "Ủy ban nhân dân tỉnh ban hành kế hoạch năm 2010", "Hội thảo với chuyên gia Đức (Müller, Schröder) về điện gió",
])
def test_unicode_text_is_left_as_it_is(raw):
    text, _, issues = decode_unicode(raw.encode())
    assert text == raw and issues == []
