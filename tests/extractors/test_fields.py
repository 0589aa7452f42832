"""Field extractors on short documents of our own (not from the corpus): each rule with
varied wording, capitalization, numbering and layout."""

import pytest
import yaml

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.fields.budget_statements import extract_statements
from extractors.fields.header import extract_header, extract_recipients, extract_signature
from extractors.fields.legal_bases import extract_legal_bases
from extractors.fields.objectives import extract_objectives
from extractors.fields.responsibilities import extract_responsibilities
from extractors.formats import read
from extractors.segment import numbering_issues, outline
from tests.conftest import CASES

PLAN = """ỦY BAN NHÂN DÂN
HUYỆN ĐẮK HÀ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45 /KH - UBND
Đắk Hà, ngày 9 tháng 3 năm 2022
KẾ HOẠCH
PHÁT TRIỂN GIÁO DỤC MẦM NON HUYỆN ĐẮK HÀ
GIAI ĐOẠN 2022 - 2025
Căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 15/7/2021 của Hội đồng nhân dân tỉnh về chính sách hỗ trợ; Quyết định số 300/QĐ-UBND ngày 02 tháng 8 năm 2021 của UBND tỉnh phê duyệt đề án;
Thực hiện Công văn số 77/SGDĐT-GDMN ngày 10/01/2022 của Sở Giáo dục và Đào tạo về việc triển khai nhiệm vụ;
I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao chất lượng chăm sóc, giáo dục trẻ.
2. Mục tiêu cụ thể đến năm 2025
- Phấn đấu 95% trẻ 5 tuổi ra lớp; ít nhất 70,5 % trường đạt chuẩn.
- Xây dựng 04 trường đạt chuẩn quốc gia.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Nhiệm vụ 1: Phát triển mạng lưới trường lớp
- Rà soát quy hoạch mạng lưới.
Đơn vị thực hiện: Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Phòng Tài chính - Kế hoạch và UBND các xã, thị trấn.
2. Nâng cao chất lượng đội ngũ
2.1. Bồi dưỡng giáo viên
a) Cơ quan chủ trì: Phòng Nội vụ.
b) Cơ quan phối hợp: Phòng GD&ĐT; Trung tâm Chính trị huyện.
2.3. Tuyển dụng giáo viên
- Tuyển đủ giáo viên theo định mức.
III. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch: 12.500 triệu đồng, trong đó:
- Ngân sách tỉnh: 7.000 triệu đồng;
- Xã hội hóa: 5.500 triệu đồng.
Kinh phí năm 2023: 1,5 tỷ đồng (trong đó: Ngân sách trung ương: 1 tỷ đồng).
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo: Chủ trì tham mưu triển khai Kế hoạch.
2. Phòng Tài chính - Kế hoạch, Kho bạc Nhà nước huyện
- Bố trí kinh phí.
3. Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể huyện: Phối hợp tuyên truyền.
Nơi nhận:
- Sở GD&ĐT (b/c);
- TT Huyện ủy;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
Nguyễn Văn An
"""


def doc_of(text: str, name: str = "plan.txt"):
    return build_document(read(text.encode("utf-8"), name))


def test_header():
    h = extract_header(doc_of(PLAN))
    assert h["number"] == "45/KH-UBND"
    assert h["issued_date"] == "2022-03-09" and h["place"] == "Đắk Hà"
    assert h["doc_type"] == "Kế hoạch"
    assert h["issuer"] == {"name": "Ủy ban nhân dân huyện Đắk Hà", "level": "district", "locality": "Đắk Hà"}
    assert h["title"].lower() == "phát triển giáo dục mầm non huyện đắk hà giai đoạn 2022 - 2025"
    assert h["period"] == {"start_year": 2022, "end_year": 2025}
    assert not [i for i in h["issues"] if i["code"].startswith("header.missing")]


def test_header_missing_block_is_flagged():
    h = extract_header(doc_of("KẾ HOẠCH\nThực hiện công tác năm 2023\nI. MỤC TIÊU\n"))
    codes = {i["code"] for i in h["issues"]}
    assert h["number"] is None and h["issued_date"] is None
    assert {"header.missing_number", "header.missing_date"} <= codes
    assert h["period"] == {"start_year": 2023, "end_year": 2023}


def test_signature_and_recipients():
    d = doc_of(PLAN)
    s = extract_signature(d)
    assert s == {"name": "Nguyễn Văn An", "title": "Chủ tịch", "authority": ["TM. Ủy ban nhân dân"]}
    assert [r["text"] for r in extract_recipients(d)] == ["Sở GD&ĐT", "TT Huyện ủy", "Lưu: VT"]


def test_legal_bases_several_per_paragraph():
    d = doc_of(PLAN)
    h = extract_header(d)
    bases = extract_legal_bases(d, h["title_end"])
    assert [(b["relation"], b["doc_type"], b["number"], b["issued_date"]) for b in bases] == [
        ("can_cu", "Nghị quyết", "12/2021/NQ-HĐND", "2021-07-15"),
        ("can_cu", "Quyết định", "300/QĐ-UBND", "2021-08-02"),
        ("thuc_hien", "Công văn", "77/SGDĐT-GDMN", "2022-01-10"),
    ]
    assert bases[0]["issuer"] == "Hội đồng nhân dân tỉnh"
    assert bases[2]["title"].startswith("Triển khai nhiệm vụ")
    for b in bases:
        assert b["number"].split("/")[0] in d.text[b["span"]["start"]:b["span"]["end"]]


def test_objectives_and_targets():
    d = doc_of(PLAN)
    objs = extract_objectives(d, outline(d))
    assert [o["kind"] for o in objs] == ["general", "specific", "specific"]
    assert objs[1]["target_year"] == 2025 and objs[0]["target_year"] is None
    pct = [(t["value"], t["raw"], t["bound"]) for t in objs[1]["targets"] if t["unit"] == "percent"]
    assert pct == [(95.0, "95%", "exact"), (70.5, "70,5 %", "min")]
    assert [(t["value"], t["unit"]) for t in objs[2]["targets"]] == [(4.0, "trường")] or objs[2]["targets"] == []
    for o in objs:
        for t in o["targets"]:
            assert t["raw"] in d.text[t["span"]["start"]:t["span"]["end"]]


def test_activities_agencies_and_grouping():
    d = doc_of(PLAN)
    acts = extract_activities(d, outline(d))
    assert [a["code"] for a in acts] == ["1", "2.1", "2.3"]  # "2." only groups 2.1 and 2.3
    assert acts[0]["title"] == "Phát triển mạng lưới trường lớp"
    assert acts[0]["lead_agencies"] == ["Phòng Giáo dục và Đào tạo"]
    assert acts[0]["partner_agencies"] == ["Phòng Tài chính - Kế hoạch", "UBND các xã, thị trấn"]
    assert acts[0]["content"] == ["Rà soát quy hoạch mạng lưới."]
    assert acts[1]["lead_agencies"] == ["Phòng Nội vụ"]
    assert acts[1]["partner_agencies"] == ["Phòng GD&ĐT", "Trung tâm Chính trị huyện"]


def test_numbering_gap_is_reported():
    d = doc_of(PLAN)
    issues = numbering_issues(outline(d))
    assert any("2.1 then 2.3" in i["message"] for i in issues)


def test_responsibilities_one_per_agency():
    d = doc_of(PLAN)
    resp = extract_responsibilities(d, outline(d))
    assert [r["agency"] for r in resp] == ["Phòng Giáo dục và Đào tạo", "Phòng Tài chính - Kế hoạch",
                                           "Kho bạc Nhà nước huyện", "Ủy ban MTTQ Việt Nam huyện",
                                           "các đoàn thể huyện"]
    assert resp[1]["duties"] == ["Bố trí kinh phí."]


def test_budget_statements():
    d = doc_of(PLAN)
    got = [(s["scope"], s["source"], s["year"], s["amount_vnd"]) for s in extract_statements(d)]
    assert got == [("total", "total", None, 12_500_000_000), ("total", "local", None, 7_000_000_000),
                   ("total", "mobilized", None, 5_500_000_000), ("total", "total", 2023, 1_500_000_000),
                   ("total", "central", 2023, 1_000_000_000)]


def test_markdown_emphasis_and_headings():
    md = "## KẾ HOẠCH\n### Về việc **tăng cường** công tác\n**b) Cơ quan chủ trì thực hiện:** Sở Y tế.\n| TT | Nội dung | 2024 | 2025 |\n|---|---|---|---|\n| 1 | A | 10 | 20 |\n"
    d = doc_of(md, "x.md")
    kinds = [b.kind for b in d.blocks]
    assert kinds[:2] == ["heading", "heading"] and "table" in kinds
    assert d.blocks[1].text == "Về việc tăng cường công tác"
    assert d.blocks[2].text == "b) Cơ quan chủ trì thực hiện: Sở Y tế."


def test_inline_objectives_in_a_project():
    text = ("III. CÁC DỰ ÁN\n1. Dự án 1: Hỗ trợ sản xuất\na) Mục tiêu:\n- Mục tiêu chung: Nâng cao thu nhập cho hộ nghèo.\n"
            "- Mục tiêu cụ thể:\n+ 80% hộ được hỗ trợ giống.\n+ Giảm 3% hộ nghèo mỗi năm.\nb) Phạm vi: toàn huyện.\n")
    d = doc_of(text)
    objs = extract_objectives(d, outline(d))
    assert [(o["kind"], o["text"][:12]) for o in objs] == [("general", "Nâng cao thu"), ("specific", "80% hộ được "),
                                                            ("specific", "Giảm 3% hộ n")]
    assert [t["value"] for t in objs[2]["targets"]] == [3.0]


STATEMENT_CASES = yaml.safe_load((CASES / "statements.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", STATEMENT_CASES, ids=[c["name"] for c in STATEMENT_CASES])
def test_statement_cases(case):
    d = doc_of(case["text"])
    period = dict(zip(("start_year", "end_year"), case.get("period") or (None, None)))
    found = extract_statements(d, period)
    assert [[s["scope"], s["source"], s["year"], s["amount_vnd"]] for s in found] == case["want"]
    for s in found:  # every statement's span holds its raw text
        assert d.text[s["span"]["start"]: s["span"]["end"]] == s["raw"]


def test_header_skips_a_site_menu_above_the_issuer():
    text = ("SỞ TƯ PHÁP\nTin tức - Sự kiện\nThứ Hai, 05/02/2024 - 08:00\nỦY BAN NHÂN DÂN\nHUYỆN CẦU KÈ\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\n"
            "Cầu Kè, ngày 02 tháng 02 năm 2024\nKẾ HOẠCH\nPhòng chống thiên tai năm 2024\nCăn cứ Luật Phòng, chống thiên tai;\n")
    h = extract_header(doc_of(text))
    assert h["issuer"] == {"name": "Ủy ban nhân dân huyện Cầu Kè", "level": "district", "locality": "Cầu Kè"}


def test_body_issuer_takes_the_one_province_the_text_names():
    text = ("KẾ HOẠCH\nTRIỂN KHAI CHƯƠNG TRÌNH Y TẾ CƠ SỞ NĂM 2025\n"
            "Ủy ban nhân dân tỉnh xây dựng Kế hoạch như sau:\nI. MỤC TIÊU\n"
            "Nâng cấp Bệnh viện Đa khoa tỉnh Hà Giang và các trạm y tế huyện Vị Xuyên, huyện Bắc Mê.\n")
    h = extract_header(doc_of(text))
    assert h["issuer"]["name"] == "Ủy ban nhân dân tỉnh Hà Giang" and h["issuer"]["level"] == "province"
    two = text.replace("các trạm y tế", "tỉnh Tuyên Quang và các trạm y tế")
    assert extract_header(doc_of(two))["issuer"]["name"] == "Ủy ban nhân dân tỉnh"  # two provinces: no guess


def test_signature_found_before_a_long_appendix():
    cells = "\n".join(["1", "Hạng mục", "100", "-"] * 200)
    text = (PLAN.split("Nơi nhận:")[0] + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n"
            "PHÓ CHỦ TỊCH\nNguyễn Văn Bình\nPHỤ LỤC\nSTT\nNội dung\nKinh phí\n" + cells + "\n")
    s = extract_signature(doc_of(text))
    assert s["name"] == "Nguyễn Văn Bình" and s["title"] == "Phó Chủ tịch"


def test_objective_year_from_its_own_words():
    text = ("II. MỤC TIÊU\n2. Mục tiêu cụ thể\n- Tăng lên 05 cơ sở vào năm 2027.\n- Đến hết năm 2026 có 80% xã đạt chuẩn.\n"
            "- 90% trẻ em được tiêm chủng.\nIII. NHIỆM VỤ\n")
    d = doc_of(text)
    assert [o["target_year"] for o in extract_objectives(d, outline(d))] == [2027, 2026, None]


def test_targets_keep_ranges_and_bounds():
    text = ("II. MỤC TIÊU\n2. Mục tiêu cụ thể\n- Giảm 2-5% hộ nghèo mỗi năm; xây dựng từ 01 đến 03 mô hình.\n"
            "- Tỷ lệ tiêm chủng từ 90% đến 95%, ít nhất 50% trường đạt chuẩn.\nIII. NHIỆM VỤ\n")
    d = doc_of(text)
    got = [[(t["value"], t.get("value_high"), t["unit"], t["bound"]) for t in o["targets"]]
           for o in extract_objectives(d, outline(d))]
    # "2-5%" commits to both ends, as "từ 90% đến 95%" does (issue 10): a minimum and a maximum
    assert got == [[(2.0, 5.0, "percent", "min"), (5.0, None, "percent", "max"), (1.0, 3.0, "mô hình", "range")],
                   [(90.0, None, "percent", "min"), (95.0, None, "percent", "max"), (50.0, None, "percent", "min")]]
    for o in extract_objectives(d, outline(d)):
        for t in o["targets"]:
            assert d.text[t["span"]["start"]:t["span"]["end"]] == t["raw"]


DECISION = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1234/QĐ-UBND
Quảng Ngãi, ngày 15 tháng 9 năm 2023
QUYẾT ĐỊNH
Ban hành Chương trình phát triển giáo dục nghề nghiệp giai đoạn 2023 - 2025
ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật Giáo dục nghề nghiệp năm 2014;
Căn cứ Bộ luật Lao động ngày 20/11/2019 và Nghị quyết số 05/2023/NQ-HĐND ngày 10/7/2023 của Hội đồng nhân dân tỉnh;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Chương trình.
"""


def test_decision_title_stops_at_the_authority_line():
    h = extract_header(doc_of(DECISION))
    assert h["doc_type"] == "Quyết định" and h["number"] == "1234/QĐ-UBND"
    assert h["title"] == "Ban hành Chương trình phát triển giáo dục nghề nghiệp giai đoạn 2023 - 2025"
    assert h["period"] == {"start_year": 2023, "end_year": 2025}


def test_laws_cited_by_name_are_legal_bases():
    d = doc_of(DECISION)
    got = [(b["doc_type"], b["number"], b["issued_date"], b["title"])
           for b in extract_legal_bases(d, extract_header(d)["title_end"])]
    assert got == [("Luật", None, "2015-06-19", "Tổ chức chính quyền địa phương"),
                   ("Luật", None, None, "Giáo dục nghề nghiệp"),
                   ("Luật", None, "2019-11-20", "Bộ luật Lao động"),
                   ("Nghị quyết", "05/2023/NQ-HĐND", "2023-07-10", None)]


def test_lettered_tasks_are_activities_and_agency_lines_take_several_forms():
    text = ("II. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Lĩnh vực y tế\na) Nâng cấp trạm y tế xã\n- Sửa chữa 05 trạm.\n"
            "- Cơ quan chủ trì: Sở Y tế; cơ quan phối hợp: Sở Tài chính, UBND các huyện.\n"
            "b) Đào tạo nhân viên y tế thôn bản\nChủ trì: Trung tâm Y tế huyện.\nPhối hợp: Hội Chữ thập đỏ huyện.\n"
            "2. Truyền thông\na) Nội dung: in tờ rơi.\nb) Đơn vị thực hiện: Phòng Văn hóa - Thông tin chủ trì, phối hợp với Đài Truyền thanh huyện.\n"
            "III. TỔ CHỨC THỰC HIỆN\n")
    d = doc_of(text)
    got = [(a["code"], a["title"], a["lead_agencies"], a["partner_agencies"]) for a in extract_activities(d, outline(d))]
    assert got == [("1.a", "Nâng cấp trạm y tế xã", ["Sở Y tế"], ["Sở Tài chính", "UBND các huyện"]),
                   ("1.b", "Đào tạo nhân viên y tế thôn bản", ["Trung tâm Y tế huyện"], ["Hội Chữ thập đỏ huyện"]),
                   ("2", "Truyền thông", ["Phòng Văn hóa - Thông tin"], ["Đài Truyền thanh huyện"])]


def test_responsibilities_in_unnumbered_lines():
    text = ("IV. TỔ CHỨC THỰC HIỆN\n- Phòng Y tế: chủ trì, theo dõi và báo cáo kết quả.\n"
            "- Phòng Tài chính - Kế hoạch: bố trí kinh phí.\nUBND các xã, thị trấn: triển khai tại địa phương.\n"
            "Kế hoạch này thay thế kế hoạch trước: từ ngày ký.\n")
    d = doc_of(text)
    got = [(r["agency"], r["duties"]) for r in extract_responsibilities(d, outline(d))]
    assert got == [("Phòng Y tế", ["chủ trì, theo dõi và báo cáo kết quả."]),
                   ("Phòng Tài chính - Kế hoạch", ["bố trí kinh phí."]),
                   ("UBND các xã, thị trấn", ["triển khai tại địa phương."])]


def test_indicator_sections_are_specific_objectives():
    text = ("I. MỤC TIÊU, CHỈ TIÊU\n1. Mục tiêu tổng quát\nNâng cao sức khỏe nhân dân.\n2. Các chỉ tiêu chủ yếu\n"
            "- 95% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ.\n- Giảm tỷ lệ suy dinh dưỡng xuống dưới 15%.\n"
            "II. NHIỆM VỤ\n1. Chỉ tiêu ngành giáo dục sẽ do Sở ban hành.\n")
    d = doc_of(text)
    got = [(o["kind"], o["text"][:12], [t["value"] for t in o["targets"]]) for o in extract_objectives(d, outline(d))]
    assert got == [("general", "Nâng cao sức", []), ("specific", "95% trẻ em d", [95.0]),
                   ("specific", "Giảm tỷ lệ s", [15.0])]


def test_group_labels_in_objectives_are_not_objectives_but_may_date_them():
    text = ("II. MỤC TIÊU\n2. Mục tiêu cụ thể\n2.1. Về giáo dục:\n- 100% trẻ 5 tuổi được đi học.\n"
            "2.2. Về y tế (đến năm 2027):\n- 95% dân số có thẻ bảo hiểm y tế.\nIII. NHIỆM VỤ\n")
    d = doc_of(text)
    got = [(o["text"][:14], o["target_year"]) for o in extract_objectives(d, outline(d))]
    assert got == [("100% trẻ 5 tuổ", None), ("95% dân số có ", 2027)]


def test_period_until_a_year_starts_when_the_plan_is_issued():
    text = DECISION.replace("giai đoạn 2023 - 2025", "đến năm 2030")
    assert extract_header(doc_of(text))["period"] == {"start_year": 2023, "end_year": 2030}
    one_year = DECISION.replace("giai đoạn 2023 - 2025", "năm 2024")
    assert extract_header(doc_of(one_year))["period"] == {"start_year": 2024, "end_year": 2024}


def test_legal_bases_party_numbers_and_plain_letters():
    text = ("KẾ HOẠCH\nPhòng chống dịch năm 2024\nThực hiện văn bản số 123/UBND-KGVX ngày 5/6/2022 của UBND tỉnh về việc "
            "phòng chống dịch; Thông báo kết luận số 45-TB/TU ngày 10/3/2023 của Tỉnh ủy;\n"
            "Căn cứ Nghị quyết số 30-NQ/TW ngày 12/3/2024 của Bộ Chính trị;\nI. MỤC TIÊU\n")
    d = doc_of(text)
    got = [(b["relation"], b["doc_type"], b["number"], b["issued_date"], b["issuer"])
           for b in extract_legal_bases(d, extract_header(d)["title_end"])]
    assert got == [("thuc_hien", "Công văn", "123/UBND-KGVX", "2022-06-05", "Ủy ban nhân dân tỉnh"),
                   ("thuc_hien", "Thông báo", "45-TB/TU", "2023-03-10", "Tỉnh ủy"),
                   ("can_cu", "Nghị quyết", "30-NQ/TW", "2024-03-12", "Bộ Chính trị")]


def test_numbered_objectives_under_a_plain_heading():
    text = ("I. MỤC TIÊU\n1. Phấn đấu 100% xã đạt chuẩn quốc gia về y tế vào năm 2025.\n"
            "2. Nâng cao chất lượng khám chữa bệnh.\nII. NHIỆM VỤ\n1. Truyền thông\n")
    d = doc_of(text)
    got = [(o["kind"], o["target_year"], o["text"][:9]) for o in extract_objectives(d, outline(d))]
    assert got == [("specific", 2025, "Phấn đấu "), ("general", None, "Nâng cao ")]


def test_activities_in_a_plan_without_roman_sections():
    text = ("1. MỤC TIÊU\n- 90% hộ dân được tuyên truyền.\n2. NHIỆM VỤ CỤ THỂ\n2.1. Tuyên truyền pháp luật\n"
            "Cơ quan chủ trì: Phòng Tư pháp.\n2.2. Hòa giải ở cơ sở\nCơ quan chủ trì: UBND các xã.\n3. TỔ CHỨC THỰC HIỆN\n")
    d = doc_of(text)
    got = [(a["code"], a["title"], a["lead_agencies"]) for a in extract_activities(d, outline(d))]
    assert got == [("2.1", "Tuyên truyền pháp luật", ["Phòng Tư pháp"]), ("2.2", "Hòa giải ở cơ sở", ["UBND các xã"])]


def test_plain_objective_heading_with_its_text_on_the_same_line():
    text = ("II. NHIỆM VỤ\n1. Tuyên truyền\na) Mục tiêu: Nâng cao nhận thức của 80% người dân về phòng chống thiên tai.\n"
            "b) Cơ quan chủ trì: Phòng Văn hóa - Thông tin.\n")
    d = doc_of(text)
    got = [(o["kind"], o["text"][:9], [t["value"] for t in o["targets"]]) for o in extract_objectives(d, outline(d))]
    assert got == [("specific", "Nâng cao ", [80.0])]


def test_department_issuer_in_capitals_under_its_parent():
    from extractors.fields.header import issuer_from_caps
    assert issuer_from_caps(["SỞ LAO ĐỘNG - TB&XH"]) == "Sở Lao động - Thương binh và Xã hội"
    assert issuer_from_caps(["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"]) == "Sở Văn hóa, Thể thao và Du lịch"
    assert issuer_from_caps(["TRUNG TÂM Y TẾ HUYỆN ĐẮK HÀ"]) == "Trung tâm Y tế huyện Đắk Hà"
    text = ("UBND TỈNH LÂM ĐỒNG\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 15/KH-SYT\nLâm Đồng, ngày 12 tháng 5 năm 2023\nKẾ HOẠCH\nPhòng chống sốt xuất huyết năm 2023\n")
    assert extract_header(doc_of(text))["issuer"] == {"name": "Sở Y tế tỉnh Lâm Đồng", "level": "department", "locality": "Lâm Đồng"}


def test_decision_in_markdown_with_header_and_signature_tables():
    text = ("**ỦY BAN NHÂN DÂN HUYỆN ĐẮK HÀ**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
            "Số: 125/QĐ-UBND | Đắk Hà, ngày 05 tháng 3 năm 2024\n\n# QUYẾT ĐỊNH\n"
            "## Về việc phê duyệt Kế hoạch phát triển du lịch giai đoạn 2024 - 2026\n\n"
            "**CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐẮK HÀ**\n\nCăn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;\n\n"
            "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\n| KT. CHỦ TỊCH |\n|---|\n| PHÓ CHỦ TỊCH |\n| Nguyễn Văn Hùng |\n")
    d = doc_of(text, "qd.md")
    h = extract_header(d)
    assert (h["number"], h["place"], h["issued_date"]) == ("125/QĐ-UBND", "Đắk Hà", "2024-03-05")
    assert h["title"] == "Về việc phê duyệt Kế hoạch phát triển du lịch giai đoạn 2024 - 2026"
    s = extract_signature(d)
    assert (s["name"], s["title"], s["authority"]) == ("Nguyễn Văn Hùng", "Phó Chủ tịch", ["KT. Chủ tịch"])


def test_recipients_written_without_dashes():
    text = ("KẾ HOẠCH\nPhòng chống thiên tai\nI. MỤC TIÊU\n- 90% hộ dân.\nNơi nhận:\nNhư trên;\nThường trực Huyện ủy (b/c);\n"
            "Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Tám\n")
    assert [r["text"] for r in extract_recipients(doc_of(text))] == ["Như trên", "Thường trực Huyện ủy", "Lưu: VT"]


def test_legal_bases_listed_under_a_colon():
    text = ("KẾ HOẠCH\nPhòng chống dịch năm 2024\nCăn cứ các văn bản sau:\n- Quyết định số 12/QĐ-UBND ngày 02/01/2024 "
            "của UBND tỉnh;\n- Công văn số 34/SYT-NVY ngày 05/01/2024 của Sở Y tế.\nThực hiện chỉ đạo của UBND tỉnh, "
            "Sở Y tế xây dựng kế hoạch như sau:\nI. MỤC TIÊU\n")
    d = doc_of(text)
    got = [(b["relation"], b["number"]) for b in extract_legal_bases(d, extract_header(d)["title_end"])]
    assert got == [("can_cu", "12/QĐ-UBND"), ("can_cu", "34/SYT-NVY")]


def test_an_activity_closed_by_a_sentence_naming_its_lead():
    text = ("II. NHIỆM VỤ\n1. Tiêm chủng mở rộng\n- Tổ chức tiêm chủng đầy đủ cho trẻ em.\n"
            "- Trung tâm Y tế huyện chủ trì, phối hợp với UBND các xã thực hiện.\n2. Truyền thông\n- In tờ rơi.\n")
    d = doc_of(text)
    got = [(a["code"], a["lead_agencies"], a["partner_agencies"], len(a["content"])) for a in extract_activities(d, outline(d))]
    assert got == [("1", ["Trung tâm Y tế huyện"], ["UBND các xã"], 1), ("2", [], [], 1)]


def test_footnotes_in_brackets_after_the_signature():
    from extractors.fields.common import body_end
    from extractors.fields.footnotes import extract_footnotes
    text = "KẾ HOẠCH\nNội dung chính¹.\nNơi nhận:\n- Lưu: VT.\n[1] Theo Quyết định số 12/QĐ-UBND.\n(2) Số liệu năm 2023.\n"
    d = doc_of(text)
    assert [(f["marker"], f["text"]) for f in extract_footnotes(d, body_end(d))] == [
        ("1", "Theo Quyết định số 12/QĐ-UBND."), ("2", "Số liệu năm 2023.")]


def test_objective_items_lose_their_labels_but_not_their_numbers():
    text = ("II. MỤC TIÊU\n2. Mục tiêu cụ thể\na) Phấn đấu 95% xã đạt chuẩn.\n50 cơ sở được nâng cấp.\n"
            "1.500 người được đào tạo nghề.\n2.1. Giảm 2% hộ nghèo.\nIII. NHIỆM VỤ\n")
    d = doc_of(text)
    assert [o["text"][:12] for o in extract_objectives(d, outline(d))] == [
        "Phấn đấu 95%", "50 cơ sở đượ", "1.500 người ", "Giảm 2% hộ n"]


@pytest.mark.parametrize("line, heading", [
    ("1. Mục tiêu", True), ("1) Nội dung", True), ("2.1. Hoạt động 1: Tập huấn", True),
    ("3 Nguồn kinh phí", True), ("2.1 Hoạt động 1: Tập huấn", True),
    ("50 cơ sở được nâng cấp.", False), ("12 xã đạt chuẩn", False), ("25 Xã được hỗ trợ", False),
    ("12/2020/NĐ-CP quy định", False),
])
def test_numbered_headings_and_counts(line, heading):
    from extractors.segment import classify
    assert (classify(line) is not None) == heading


def test_a_qualified_type_line():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 9/KH-UBND\nHà Nam, ngày 2 tháng 3 năm 2024\nKẾ HOẠCH HÀNH ĐỘNG\n"
            "Thực hiện Nghị quyết số 12-NQ/TU về chuyển đổi số\nCăn cứ Luật Giao dịch điện tử;\n")
    h = extract_header(doc_of(text))
    assert h["doc_type"] == "Kế hoạch" and h["title"] == "Thực hiện Nghị quyết số 12-NQ/TU về chuyển đổi số"


def test_activities_under_projects_and_subprojects():
    text = ("II. DỰ ÁN 1: HỖ TRỢ ĐẦU TƯ\n1. Tiểu dự án 1: Hạ tầng\n1.1. Làm đường giao thông\n- Làm 5 km đường.\n"
            "2. Tiểu dự án 2: Nước sạch\n- Xây 2 trạm.\nIII. DỰ ÁN 2: ĐÀO TẠO NGHỀ\n1. Mở lớp nghề\n- 10 lớp.\n")
    d = doc_of(text)
    got = [(a["code"], a["project"]) for a in extract_activities(d, outline(d))]
    assert got == [("1.1", "Dự án 1"), ("2", "Dự án 1"), ("1", "Dự án 2")]
