"""Hold-out round T: headers, signers and legal bases of issuers the invented set lacked (a bank's
branch, a court, a procuracy, a university's member school, a broadcaster, a statistics office's letter
signed "TL."), with names, places and numbers of our own (not those of the documents in
tests/invented/raw/t_*).

- a body outside the State's administration heads its document ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" /
  "CHI NHÁNH TỈNH X", "TÒA ÁN NHÂN DÂN" / "TỈNH X", "ĐẠI HỌC X" / "TRƯỜNG ĐẠI HỌC Y", "ĐÀI PHÁT THANH VÀ
  TRUYỀN HÌNH" / "TỈNH X"): it is the issuer, a branch named after the bank it belongs to;
- the head of a unit signs "TL." for the head of the body, the unit named on the title line ("TL. CỤC
  TRƯỞNG" / "TRƯỞNG PHÒNG THỐNG KÊ XÃ HỘI");
- a code cited with its number ("Bộ luật Dân sự số 91/2015/QH13") is a Luật titled "Bộ luật ...", as a
  code cited by its name alone already was;
- an issuer named "... tỉnh X" is of a province X, never of a district X of another province;
- the procuracy ("Viện kiểm sát nhân dân các huyện"), its words in lower case, is an agency;
- a short `pdftotext -layout` text that wraps only twice (its other lines whole paragraphs, some longer
  than the wrapped ones) has its wraps joined: two of its few full lines that stop mid-sentence go on in
  lower case; a text of one paragraph per line where only two of many such lines do is left alone.
"""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.header import extract_header, extract_signature
from extractors.fields.legal_bases import extract_legal_bases
from extractors.formats import read
from normalizers.agencies import AGENCY_AT_START
from normalizers.places import issuer_place

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
BODY = "KẾ HOẠCH\nTriển khai công tác năm 2025\nI. MỤC TIÊU\n- Hoàn thành nhiệm vụ được giao.\n"


def _doc(text: str):
    return build_document(read(text.encode("utf-8"), "plan.txt"))


def _issuer(lines: list[str]) -> dict:
    text = "\n".join(lines) + "\nSố: 17/KH-X\n" + MOTTO + "Quảng Lĩnh, ngày 03 tháng 4 năm 2025\n" + BODY
    return extract_header(_doc(text))["issuer"]


@pytest.mark.parametrize("lines, want", [
    # must match: a body outside the administration, a branch under its bank
    (["NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "CHI NHÁNH TỈNH QUẢNG LĨNH"],
     ("Ngân hàng Chính sách xã hội chi nhánh tỉnh Quảng Lĩnh", "department", "Quảng Lĩnh")),
    (["NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "PHÒNG GIAO DỊCH HUYỆN BẢN XÈO"],
     ("Phòng giao dịch Ngân hàng Chính sách xã hội huyện Bản Xèo", "department", "Bản Xèo")),
    (["TÒA ÁN NHÂN DÂN", "TỈNH QUẢNG LĨNH"], ("Tòa án nhân dân tỉnh Quảng Lĩnh", "department", "Quảng Lĩnh")),
    (["TÒA ÁN NHÂN DÂN TỈNH BẮC VÂN"], ("Tòa án nhân dân tỉnh Bắc Vân", "department", "Bắc Vân")),
    (["ĐẠI HỌC QUẢNG LĨNH", "TRƯỜNG ĐẠI HỌC Y DƯỢC"], ("Trường Đại học Y Dược", "department", None)),
    (["ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH", "TỈNH BẮC VÂN"],
     ("Đài Phát thanh và Truyền hình tỉnh Bắc Vân", "department", "Bắc Vân")),
    # must not match: the administration's own headers read as before
    (["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG LĨNH"], ("Ủy ban nhân dân tỉnh Quảng Lĩnh", "province", "Quảng Lĩnh")),
    (["UBND TỈNH BẮC VÂN", "SỞ Y TẾ"], ("Sở Y tế tỉnh Bắc Vân", "department", "Bắc Vân")),
    (["UBND HUYỆN BẢN XÈO", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"],
     ("Phòng Tài chính - Kế hoạch huyện Bản Xèo", "department", "Bản Xèo")),
    (["KHO BẠC NHÀ NƯỚC", "CHI NHÁNH TỈNH QUẢNG LĨNH"],
     ("Kho bạc nhà nước chi nhánh tỉnh Quảng Lĩnh", "department", "Quảng Lĩnh")),
])
def test_a_body_outside_the_administration_is_the_issuer(lines, want):
    issuer = _issuer(lines)
    assert (issuer["name"], issuer["level"], issuer["locality"]) == want


@pytest.mark.parametrize("signature, want", [
    # must match: the head of a unit signs for the head of the body, the unit on the title line
    (["TL. CỤC TRƯỞNG", "TRƯỞNG PHÒNG THỐNG KÊ XÃ HỘI", "Ngô Thị Lan"],
     ("Ngô Thị Lan", "Trưởng phòng Thống kê xã hội", ["TL. Cục trưởng"])),
    (["TL. GIÁM ĐỐC", "PHÓ TRƯỞNG PHÒNG KẾ HOẠCH - TÀI CHÍNH", "Đinh Văn Hòa"],
     ("Đinh Văn Hòa", "Phó Trưởng phòng Kế hoạch - Tài chính", ["TL. Giám đốc"])),
    # must not match: a unit's head with no authority line over it is no signature's title line (the name
    # alone as the document's last line after the recipients still signs, round G3's rule);
    # a title naming its body under TUQ. reads as before
    (["TRƯỞNG PHÒNG THỐNG KÊ XÃ HỘI", "Ngô Thị Lan"], ("Ngô Thị Lan", None, [])),
    (["TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ", "Lê Văn Tám"], ("Lê Văn Tám", "Giám đốc Sở Nội vụ", ["TUQ. Chủ tịch"])),
])
def test_the_head_of_a_unit_signs_under_tl(signature, want):
    text = BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + "\n".join(signature) + "\n"
    signer = extract_signature(_doc(text))
    assert (signer["name"], signer["title"], signer["authority"]) == want


@pytest.mark.parametrize("basis, want", [
    # must match: a code with its number
    ("Căn cứ Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015;", ("Luật", "91/2015/QH13", "2015-11-24", "Bộ luật Dân sự")),
    ("Căn cứ Bộ luật Tố tụng hình sự số 101/2015/QH13 ngày 27 tháng 11 năm 2015;",
     ("Luật", "101/2015/QH13", "2015-11-27", "Bộ luật Tố tụng hình sự")),
    # must not match: a law with its number keeps its name alone
    ("Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18/01/2024;", ("Luật", "31/2024/QH15", "2024-01-18", "Đất đai")),
])
def test_a_code_cited_with_its_number_is_a_law(basis, want):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC VÂN\nSố: 17/KH-UBND\n" + MOTTO + "Bắc Vân, ngày 03 tháng 4 năm 2025\n"
            "KẾ HOẠCH\nTriển khai công tác năm 2025\n" + basis + "\nI. MỤC TIÊU\n- Hoàn thành nhiệm vụ.\n")
    doc = _doc(text)
    bases = extract_legal_bases(doc, extract_header(doc)["title_end"])
    assert [(b["doc_type"], b["number"], b["issued_date"], b["title"]) for b in bases] == [want]


@pytest.mark.parametrize("name, locality, want", [
    # must match: "tỉnh X" where X is no province (a district of another province has that name)
    ("Bảo hiểm xã hội tỉnh Cẩm Thủy", "Cẩm Thủy", (None, None, "Cẩm Thủy")),
    ("Cục Thuế tỉnh Kim Sơn", "Kim Sơn", (None, None, "Kim Sơn")),
    # must not match: a district named as one, a real province, a body with no level word
    ("Bảo hiểm xã hội huyện Kim Sơn", "Kim Sơn", ("Ninh Bình", "huyện Kim Sơn", None)),
    ("Cục Thống kê tỉnh Hà Giang", "Hà Giang", ("Hà Giang", None, "Hà Giang")),
    ("Sở Y tế", "Lâm Đồng", ("Lâm Đồng", None, "Lâm Đồng")),
])
def test_an_issuer_named_for_a_province_is_of_no_district(name, locality, want):
    place = issuer_place(name, "department", locality)
    got = (place.province.name if place.province else None,
           f"{place.district.kind} {place.district.name}" if place.district else None, place.province_written)
    assert got == want


@pytest.mark.parametrize("text, want", [
    ("Viện kiểm sát nhân dân các huyện, thành phố: xây dựng kế hoạch", True),  # must match
    ("Viện kiểm sát nhân dân tỉnh Bắc Vân chủ trì", True),
    ("Viện dẫn các quy định của pháp luật", False),  # must not match
    ("Viện kiểm sát việc thi hành án", False),
])
def test_the_procuracy_is_an_agency(text, want):
    assert bool(AGENCY_AT_START.match(text)) is want


SHORT_LAYOUT = """\
      ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      HUYỆN ĐÔNG SƠN LA                          Độc lập - Tự do - Hạnh phúc

   Số: 41/KH-UBND                                Đông Sơn La, ngày 02 tháng 8 năm 2024

                                        KẾ HOẠCH
                  Phòng, chống dịch bệnh trên gia súc, gia cầm năm 2024

   Căn cứ Quyết định số 172/QĐ-UBND ngày 20/01/2024 của Ủy ban nhân dân tỉnh Bắc Lâm về phòng,
chống dịch bệnh động vật;
   Thực hiện Kế hoạch số 33/KH-SNN ngày 05/3/2024 của Sở Nông nghiệp và Phát triển nông thôn về
tiêm phòng vắc xin cho đàn vật nuôi năm 2024;
   Ủy ban nhân dân huyện ban hành Kế hoạch phòng, chống dịch bệnh trên gia súc năm 2024 như sau:
   I. MỤC TIÊU
   - Tỷ lệ tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò trên địa bàn huyện đạt trên 80%.
   - Phát hiện sớm, xử lý kịp thời 100% ổ dịch phát sinh tại các xã, thị trấn trong toàn huyện.
   II. TỔ CHỨC THỰC HIỆN
   1. Phòng Nông nghiệp và Phát triển nông thôn: chủ trì, hướng dẫn các xã tổ chức tiêm phòng vắc xin.
   2. Trung tâm Dịch vụ nông nghiệp: cung ứng vắc xin, vật tư; tập huấn cho đội ngũ thú y viên cơ sở.
   3. Ủy ban nhân dân các xã, thị trấn: tổ chức tiêm phòng, giám sát dịch bệnh đến từng thôn, bản.
"""
ONE_A_LINE = [
    "Kế hoạch phòng, chống dịch bệnh trên gia súc, gia cầm trên địa bàn huyện Đông Sơn La năm 2024",
    "trong đó tập trung vào các xã vùng cao.",
    "Tổ chức tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò tại các xã vùng cao của huyện",
    "tiêm phòng đợt 1 từ tháng 3 đến tháng 4.",
    "Tập huấn kỹ năng phát hiện, báo cáo dịch bệnh cho đội ngũ thú y viên cơ sở tại các xã, thị trấn",
    "Giám sát chặt chẽ việc vận chuyển, buôn bán gia súc, gia cầm qua địa bàn các xã giáp ranh huyện",
    "Tổng kết, đánh giá kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân huyện trước ngày 15/12",
    "Phòng Nông nghiệp và Phát triển nông thôn huyện chủ trì tham mưu tổ chức thực hiện Kế hoạch này.",
    "Trung tâm Dịch vụ nông nghiệp huyện cung ứng vắc xin, vật tư và tập huấn cho thú y viên cơ sở.",
    "Ủy ban nhân dân các xã, thị trấn tổ chức tiêm phòng, giám sát dịch bệnh đến từng thôn, bản.",
    "Các cơ quan, đơn vị liên quan phối hợp thực hiện theo chức năng, nhiệm vụ được giao.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Ủy ban nhân dân huyện.",
]


def _paragraphs(text: str) -> list[str]:
    return [p.text for p in _doc(text).paragraphs if p.text]


def test_a_short_layout_text_that_wraps_twice_is_joined():  # must match
    paras = _paragraphs(SHORT_LAYOUT)
    assert ("Căn cứ Quyết định số 172/QĐ-UBND ngày 20/01/2024 của Ủy ban nhân dân tỉnh Bắc Lâm về phòng, chống dịch "
            "bệnh động vật;") in paras
    assert ("Thực hiện Kế hoạch số 33/KH-SNN ngày 05/3/2024 của Sở Nông nghiệp và Phát triển nông thôn về tiêm phòng "
            "vắc xin cho đàn vật nuôi năm 2024;") in paras
    doc = _doc(SHORT_LAYOUT)
    bases = extract_legal_bases(doc, extract_header(doc)["title_end"])
    assert [b["title"] for b in bases] == ["Phòng, chống dịch bệnh động vật",
                                           "Tiêm phòng vắc xin cho đàn vật nuôi năm 2024"]


def test_one_paragraph_a_line_with_two_lower_case_starts_is_left():  # must not match
    assert _paragraphs("\n".join(ONE_A_LINE)) == ONE_A_LINE
