"""Hold-out round G13 (a commune's plan after the 2025 reform, plans of 2009-2013, a plan amending an earlier one, a
Sở Nông nghiệp và Môi trường's portal plan, a Sở Khoa học và Công nghệ's PDF plan, a merged province's plan with
"Đề nghị ..." duties, a Sở Tài nguyên và Môi trường's plan of 2013): the shapes its invented documents
(tests/invented/raw/g13_*) showed, each with rows that must match and rows that must not (other names, places and
numbers than the documents')."""

from __future__ import annotations

import pytest


def _statements(body: str) -> list[tuple[str, str, int]]:
    from extractors.document import build_document
    from extractors.fields.budget_statements import extract_statements
    from extractors.formats import read
    text = "KẾ HOẠCH\nCông tác năm 2027\n\nI. MỤC TIÊU\n\nĐạt 100% kế hoạch.\n\nII. KINH PHÍ\n\n" + body + \
        "\n\nIII. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị triển khai thực hiện./.\n"
    doc = build_document(read(text.encode(), "plan.md"))
    return [(s["scope"], s["source"], s["amount_vnd"]) for s in extract_statements(doc, {"start_year": 2027,
                                                                                         "end_year": 2027})]


# Each task's money in a sentence of its own, opened by the task's label: "Nhiệm vụ 1: 450 triệu đồng, trong đó ngân
# sách tỉnh hỗ trợ 300 triệu đồng, ngân sách xã 150 triệu đồng." The sum and its parts are the task's (scope: its
# code, as the task is numbered), not the plan's. Not a label with no number ("Nhiệm vụ trọng tâm: ..."), nor a
# sentence that only names the tasks ("Kinh phí thực hiện các nhiệm vụ là ...").
@pytest.mark.parametrize("body, expected", [
    ("Nhiệm vụ 1: 270 triệu đồng, trong đó ngân sách tỉnh hỗ trợ 200 triệu đồng, ngân sách xã 70 triệu đồng.\n\n"
     "Nhiệm vụ 2: 95 triệu đồng từ ngân sách xã.",
     [("1", "total", 270_000_000), ("1", "local", 200_000_000), ("1", "local", 70_000_000),
      ("2", "local", 95_000_000)]),
    ("Nội dung 1: 1.250 triệu đồng, gồm ngân sách trung ương 1.000 triệu đồng và ngân sách tỉnh 250 triệu đồng.\n\n"
     "Nội dung 2: 3,4 tỷ đồng, gồm ngân sách trung ương 2 tỷ đồng và ngân sách tỉnh 1,4 tỷ đồng.",
     [("1", "total", 1_250_000_000), ("1", "central", 1_000_000_000), ("1", "local", 250_000_000),
      ("2", "total", 3_400_000_000), ("2", "central", 2_000_000_000), ("2", "local", 1_400_000_000)]),
    ("- Giải pháp 3: 60 triệu đồng (nguồn xã hội hóa).\n- Hoạt động 2.1: 45 triệu đồng.",
     [("3", "mobilized", 60_000_000), ("2.1", "total", 45_000_000)]),
    # must not: no task number, or the plan's own sum
    ("Nhiệm vụ trọng tâm: 500 triệu đồng từ ngân sách huyện.", [("total", "local", 500_000_000)]),
    ("Kinh phí thực hiện các nhiệm vụ là 730 triệu đồng, trong đó ngân sách huyện 500 triệu đồng.",
     [("total", "total", 730_000_000), ("total", "local", 500_000_000)]),
    ("Dự án 2: 8 tỷ đồng từ ngân sách trung ương.", [("Dự án 2", "central", 8_000_000_000)]),
])
def test_a_tasks_money_in_a_sentence_of_its_own(body, expected):
    assert _statements(body) == expected


# The same task's money written other ways: after the item's own number ("2. Nội dung 2: N (...)"), after the money's
# word ("Kinh phí thực hiện Nhiệm vụ 1: N; Nhiệm vụ 2: M"), with the task's name in brackets ("Hoạt động 3 (Tập huấn):
# N"), or as parts a sum lists by their tasks' labels ("Tổng kinh phí N, trong đó: Giải pháp 1: A; Giải pháp 2: B"):
# each the task's code. Not a sum in the sentence after the task's ("Nhiệm vụ 1: N. Tổng kinh phí của Kế hoạch là M").
@pytest.mark.parametrize("body, expected", [
    ("2. Nội dung 2: 390 triệu đồng (ngân sách huyện 240 triệu đồng, xã hội hóa 150 triệu đồng).",
     [("2", "total", 390_000_000), ("2", "local", 240_000_000), ("2", "mobilized", 150_000_000)]),
    ("Kinh phí thực hiện Nhiệm vụ 1: 175 triệu đồng; Nhiệm vụ 2: 60 triệu đồng.",
     [("1", "total", 175_000_000), ("2", "total", 60_000_000)]),
    ("Hoạt động 3 (Tập huấn cán bộ thôn): 84 triệu đồng.", [("3", "total", 84_000_000)]),
    ("Tổng kinh phí 1.130 triệu đồng, trong đó: Giải pháp 1: 730 triệu đồng; Giải pháp 2: 400 triệu đồng.",
     [("total", "total", 1_130_000_000), ("1", "total", 730_000_000), ("2", "total", 400_000_000)]),
    # must not: the plan's sum in the sentence after the task's
    ("Nhiệm vụ 1: 215 triệu đồng. Tổng kinh phí của Kế hoạch là 640 triệu đồng, trong đó ngân sách huyện 400 triệu "
     "đồng.",
     [("1", "total", 215_000_000), ("total", "total", 640_000_000), ("total", "local", 400_000_000)]),
])
def test_a_tasks_money_written_other_ways(body, expected):
    assert _statements(body) == expected


def _activities(body: str) -> list[tuple[str, str, list[str], list[str]]]:
    from extractors.document import build_document
    from extractors.fields.activities import extract_activities
    from extractors.formats import read
    from extractors.segment import outline
    text = "KẾ HOẠCH\nCông tác năm 2027\n\nI. MỤC TIÊU\n\nĐạt 100% kế hoạch.\n\n" + body + \
        "\n\nIV. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị triển khai thực hiện./.\n"
    doc = build_document(read(text.encode(), "plan.md"))
    return [(a["code"], a["title"], a["lead_agencies"], a["partner_agencies"])
            for a in extract_activities(doc, outline(doc))]


# A plan whose only section after its objectives is named for the solutions ("II. GIẢI PHÁP", "II. CÁC GIẢI PHÁP CHỦ
# YẾU") and whose items are labelled one by one ("Giải pháp 1. ... Sở X chủ trì, phối hợp với Y thực hiện."): the
# solutions are its tasks. Not a solutions section after a section of tasks (its items stay how, not what), nor one
# whose items are not labelled (general measures, "1. Nâng cao nhận thức ...").
@pytest.mark.parametrize("body, expected", [
    ("II. GIẢI PHÁP\n\nGiải pháp 1. Kiểm tra chất lượng nước sinh hoạt. Trung tâm Kiểm soát bệnh tật chủ trì, phối hợp "
     "với Sở Xây dựng thực hiện.\n\nGiải pháp 2. Cải tạo hệ thống cấp nước. Công ty Cấp nước Hòa Sơn chủ trì thực hiện.",
     [("1", "Kiểm tra chất lượng nước sinh hoạt", ["Trung tâm Kiểm soát bệnh tật"], ["Sở Xây dựng"]),
      ("2", "Cải tạo hệ thống cấp nước", ["Công ty Cấp nước Hòa Sơn"], [])]),
    ("**II. CÁC GIẢI PHÁP CHỦ YẾU**\n\nGiải pháp 1: Đào tạo nghề cho lao động nông thôn. Phòng Nội vụ chủ trì, phối hợp "
     "với Trung tâm Giáo dục nghề nghiệp huyện thực hiện.",
     [("1", "Đào tạo nghề cho lao động nông thôn", ["Phòng Nội vụ"], ["Trung tâm Giáo dục nghề nghiệp huyện"])]),
    # must not: solutions after a section of tasks stay no tasks
    ("II. NHIỆM VỤ\n\n1. Rà soát hộ nghèo. Phòng Nội vụ chủ trì thực hiện.\n\nIII. GIẢI PHÁP\n\nGiải pháp 1. Tăng cường "
     "tuyên truyền. Phòng Văn hóa và Thông tin chủ trì thực hiện.",
     [("1", "Rà soát hộ nghèo", ["Phòng Nội vụ"], [])]),
    # must not: a solutions section whose items are not labelled one by one
    ("II. GIẢI PHÁP\n\n1. Nâng cao nhận thức của người dân về bảo vệ môi trường.\n\n2. Tăng cường kiểm tra, giám sát.",
     []),
])
def test_labelled_solutions_are_the_tasks(body, expected):
    assert _activities(body) == expected


def _bases(line: str) -> list[tuple[str | None, str | None]]:
    from extractors.document import build_document
    from extractors.fields.header import extract_header
    from extractors.fields.legal_bases import extract_legal_bases
    from extractors.formats import read
    text = "ỦY BAN NHÂN DÂN\n\nTỈNH LAM HÀ\n\nSố: 31/KH-UBND\n\nLam Hà, ngày 9 tháng 8 năm 2026\n\nKẾ HOẠCH\n\n" \
        "Công tác năm 2027\n\n" + line + \
        "\n\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC TIÊU\n\nĐạt 100% kế hoạch.\n"
    doc = build_document(read(text.encode(), "plan.txt"))
    return [(b["issuer"], b["title"]) for b in extract_legal_bases(doc, extract_header(doc)["title_end"])]


# A council's or a committee's act whose title opens on what it decides, a verb the issuer runs into: "của Hội đồng
# nhân dân tỉnh X điều chỉnh kế hoạch đầu tư công ...", "... thông qua Đề án ...", "... phân bổ vốn ...", "... thành
# lập Ban Chỉ đạo ...". The issuer ends before the verb. Not a name whose own words are lower case ("Ủy ban An toàn
# giao thông quốc gia", "Ban Chỉ đạo phòng, chống thiên tai tỉnh").
@pytest.mark.parametrize("line, expected", [
    ("Căn cứ Nghị quyết số 27/2026/NQ-HĐND ngày 14 tháng 7 năm 2026 của Hội đồng nhân dân tỉnh Lam Hà điều chỉnh kế "
     "hoạch tài chính 05 năm giai đoạn 2026 - 2030;",
     [("Hội đồng nhân dân tỉnh Lam Hà", "Điều chỉnh kế hoạch tài chính 05 năm giai đoạn 2026 - 2030")]),
    ("Căn cứ Nghị quyết số 08/NQ-HĐND ngày 02/3/2026 của HĐND huyện Tân Lạc Bắc thông qua Đề án phát triển chăn nuôi;",
     [("Hội đồng nhân dân huyện Tân Lạc Bắc", "Thông qua Đề án phát triển chăn nuôi")]),
    ("Căn cứ Quyết định số 412/QĐ-UBND ngày 05/02/2026 của Ủy ban nhân dân tỉnh Lam Hà phân bổ vốn sự nghiệp năm 2026;",
     [("Ủy ban nhân dân tỉnh Lam Hà", "Phân bổ vốn sự nghiệp năm 2026")]),
    # must not: a body's own lower-case words stay in its name
    ("Căn cứ Công văn số 95/UBATGTQG ngày 10/01/2026 của Ủy ban An toàn giao thông quốc gia về bảo đảm trật tự an toàn "
     "giao thông;",
     [("Ủy ban An toàn giao thông quốc gia", "Bảo đảm trật tự an toàn giao thông")]),
])
def test_a_basis_issuer_ends_before_the_verb_its_title_opens_on(line, expected):
    assert _bases(line) == expected


# "về việc" as older letters abbreviate it, "V/v" (or "v/v"), after the issuer: "của UBND tỉnh V/v triển khai ...". The
# issuer ends before it; the title is what follows.
@pytest.mark.parametrize("line, expected", [
    ("Căn cứ Công văn số 845/UBND-VX ngày 18/5/2011 của UBND tỉnh Lam Hà V/v hướng dẫn tổ chức Tháng hành động vì trẻ "
     "em;",
     [("Ủy ban nhân dân tỉnh Lam Hà", "Hướng dẫn tổ chức Tháng hành động vì trẻ em")]),
    ("Căn cứ Công văn số 207/SNN-KH ngày 02/4/2012 của Sở Nông nghiệp và Phát triển nông thôn v/v xây dựng kế hoạch "
     "năm 2013;",
     [("Sở Nông nghiệp và Phát triển nông thôn", "Xây dựng kế hoạch năm 2013")]),
    # must not: "về việc" written out, as before
    ("Căn cứ Công văn số 312/UBND-KT ngày 05/3/2012 của UBND tỉnh Lam Hà về việc lập kế hoạch vốn;",
     [("Ủy ban nhân dân tỉnh Lam Hà", "Lập kế hoạch vốn")]),
])
def test_an_abbreviated_ve_viec_ends_the_issuer(line, expected):
    assert _bases(line) == expected


def _recipients(tail: str) -> list[str]:
    from extractors.document import build_document
    from extractors.fields.header import extract_recipients
    from extractors.formats import read
    text = "ỦY BAN NHÂN DÂN\n\nTỈNH LAM HÀ\n\nSố: 31/KH-UBND\n\nLam Hà, ngày 9 tháng 8 năm 2026\n\nKẾ HOẠCH\n\n" \
        "Công tác năm 2027\n\nI. MỤC TIÊU\n\nĐạt 100% kế hoạch./.\n\nNơi nhận:\n\n- Sở Tài chính;\n\n" + tail
    doc = build_document(read(text.encode(), "plan.txt"))
    return [r["text"] for r in extract_recipients(doc)]


# An annex after the signature opened by a one-word heading ("Biểu", "Phụ lục", "Bảng", "Mẫu") is not the archive
# line's drafter wrapped onto a line of its own ("- Lưu: VT, NC." / "Châu", as before).
@pytest.mark.parametrize("tail, expected", [
    ("- Lưu: VT, TH.\n\nTM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH\n\nLý Văn Sáu\n\nBiểu\n\nDỰ TOÁN KINH PHÍ\n",
     ["Sở Tài chính", "Lưu: VT, TH"]),
    ("- Lưu: VT, KT.\n\nKT. CHỦ TỊCH\n\nPHÓ CHỦ TỊCH\n\nHồ Thị Mai\n\nBảng\n\nPHÂN CÔNG NHIỆM VỤ\n",
     ["Sở Tài chính", "Lưu: VT, KT"]),
    # must not: the drafter's name on the line after the archive's, as before
    ("- Lưu: VT, NC.\n\nChâu\n\nTM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH\n\nLý Văn Sáu\n",
     ["Sở Tài chính", "Lưu: VT, NC.Châu"]),
])
def test_an_annex_heading_after_the_signature_is_no_recipient(tail, expected):
    assert _recipients(tail) == expected


# A task's lead named after a bare label in the task's own paragraph, after its title's sentence: "Nội dung 1: Rà soát
# đối tượng. Thực hiện: Phòng Văn hóa - Xã hội.", "2. Tập huấn. Trách nhiệm thực hiện: UBND các xã." (as "Đơn vị thực
# hiện:" and "Chủ trì:" were read). Not a time after the label ("Thực hiện: Quý III/2026", "Thực hiện: Thường xuyên").
@pytest.mark.parametrize("body, expected", [
    ("II. NỘI DUNG\n\nNội dung 1: Lập danh sách hộ cận nghèo. Thực hiện: Phòng Nội vụ xã Tân Hòa.\n\nNội dung 2: Cấp "
     "thẻ bảo hiểm y tế. Thực hiện: Bảo hiểm xã hội khu vực IV, phối hợp với Trạm Y tế xã.",
     [("1", "Lập danh sách hộ cận nghèo", ["Phòng Nội vụ xã Tân Hòa"], []),
      ("2", "Cấp thẻ bảo hiểm y tế", ["Bảo hiểm xã hội khu vực IV"], ["Trạm Y tế xã"])]),
    ("II. NHIỆM VỤ\n\n1. Tập huấn kỹ năng số. Trách nhiệm thực hiện: Ủy ban nhân dân các phường.",
     [("1", "Tập huấn kỹ năng số", ["Ủy ban nhân dân các phường"], [])]),
    # must not: a time after the label
    ("II. NỘI DUNG\n\nNội dung 1: Lập danh sách hộ cận nghèo. Thực hiện: Quý II/2027.\n\nNội dung 2: Cấp thẻ. Thực "
     "hiện: Thường xuyên.",
     [("1", "Lập danh sách hộ cận nghèo. Thực hiện: Quý II/2027", [], []), ("2", "Cấp thẻ. Thực hiện: Thường xuyên", [], [])]),
])
def test_a_bare_performer_label_after_the_tasks_sentence(body, expected):
    assert _activities(body) == expected
