"""Outline shapes probed in round C: capital letters that group the items of a Roman
section ("III. NHIỆM VỤ" over "A) LĨNH VỰC KINH TẾ" over "1. ..."), told apart from
capital letters that stand over the Roman sections ("A. PHẦN MỞ ĐẦU" over "I. ..."); a
programme's chapters and their sections ("Chương II" over "Mục 1." over "1.")."""

import pytest

from extractors.document import build_document
from extractors.formats import read
from extractors.segment import outline


def paths(text: str) -> list[tuple[str, int, str | None]]:
    doc = build_document(read(text.encode("utf-8"), "plan.txt"))
    return [(n.path, n.level, n.parent.path if n.parent else None) for n in outline(doc)]


CASES = [
    # must nest: the letters group the items of III, and IV goes on with the numbering
    ("letters inside a Roman section, the next Roman goes on",
     "I. MỤC TIÊU\nBảo đảm an ninh trật tự.\nII. NHIỆM VỤ\nA) CÔNG TÁC PHÒNG NGỪA\n1. Tuần tra khu dân cư\n"
     "2. Lắp camera tại ngã ba\nB) CÔNG TÁC XỬ LÝ\n1. Giải quyết tin báo\nIII. TỔ CHỨC THỰC HIỆN\n1. Công an xã: chủ trì.\n",
     [("I", 1, None), ("II", 1, None), ("II.A", 2, "II"), ("II.A.1", 3, "II.A"), ("II.A.2", 3, "II.A"),
      ("II.B", 2, "II"), ("II.B.1", 3, "II.B"), ("III", 1, None), ("III.1", 2, "III")]),
    ("letters inside the last Roman section, with a full stop",
     "I. MỤC ĐÍCH\nNâng cao nhận thức.\nII. NỘI DUNG\nA. NHÓM GIẢI PHÁP KỸ THUẬT\n1. Nạo vét kênh mương\n"
     "B. NHÓM GIẢI PHÁP QUẢN LÝ\n1. Kiện toàn tổ thủy nông\n",
     [("I", 1, None), ("II", 1, None), ("II.A", 2, "II"), ("II.A.1", 3, "II.A"), ("II.B", 2, "II"),
      ("II.B.1", 3, "II.B")]),
    # must not nest: the letters stand over the Roman sections, which start again under each
    ("letters over the Roman sections, numbering starts again",
     "A. PHẦN MỞ ĐẦU\nI. SỰ CẦN THIẾT\nII. CĂN CỨ\nB. NỘI DUNG KẾ HOẠCH\nI. MỤC TIÊU\n1. Mục tiêu chung\n",
     [("P1", 1, None), ("P1.I", 2, "P1"), ("P1.II", 2, "P1"), ("P2", 1, None), ("P2.I", 2, "P2"),
      ("P2.I.1", 3, "P2.I")]),
    ("a second letter after a Part, the Roman numbering going on across Parts",
     "A. KẾT QUẢ THỰC HIỆN\nI. CÔNG TÁC TUYÊN TRUYỀN\nII. CÔNG TÁC KIỂM TRA\nB. PHƯƠNG HƯỚNG NĂM TỚI\n"
     "III. NHIỆM VỤ TRỌNG TÂM\n1. Tiếp tục kiểm tra\n",
     [("P1", 1, None), ("P1.I", 2, "P1"), ("P1.II", 2, "P1"), ("P2", 1, None), ("P2.III", 2, "P2"),
      ("P2.III.1", 3, "P2.III")]),
    ("a letter in capitals before any Roman section is a Part",
     "A. MỞ ĐẦU\nVăn bản này hướng dẫn.\nB. NỘI DUNG\nI. MỤC TIÊU\n",
     [("P1", 1, None), ("P2", 1, None), ("P2.I", 2, "P2")]),
    # chapters and their sections: "Chương II" over "Mục 1." over "1."
    ("chapters with sections, the title of a chapter on its next line",
     "Chương I\nQUAN ĐIỂM, MỤC TIÊU\nMục 1. QUAN ĐIỂM\n1. Phát triển xanh.\nMục 2. MỤC TIÊU\n1. Mục tiêu chung\n"
     "Chương II\nNHIỆM VỤ\nMục 1. NHIỆM VỤ VỀ SẢN XUẤT\n1. Cải tạo vườn tạp\nChương III\nTỔ CHỨC THỰC HIỆN\n"
     "1. Sở Tài chính: bố trí kinh phí.\n",
     [("P1", 1, None), ("P1.I", 2, "P1"), ("P1.I.1", 3, "P1.I"), ("P1.II", 2, "P1"), ("P1.II.1", 3, "P1.II"),
      ("P2", 1, None), ("P2.I", 2, "P2"), ("P2.I.1", 3, "P2.I"), ("P3", 1, None), ("P3.1", 2, "P3")]),
    ("a programme's type line and its sentences about a chapter are no outline",
     "CHƯƠNG TRÌNH\nHành động về chuyển đổi số\nI. MỤC TIÊU\nChương trình này nhằm nâng cao.\n"
     "Mục tiêu cụ thể như sau.\n1. Số hóa hồ sơ\n",
     [("I", 1, None), ("I.1", 2, "I")]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_capital_letters_group_or_stand_over_roman_sections(name, text, want):
    assert paths(text) == want


def test_items_under_grouping_letters_are_the_tasks():
    from pipeline.process import process
    text = ("KẾ HOẠCH\nBảo đảm an ninh trật tự năm 2025\n"
            "I. MỤC TIÊU\nBảo đảm an ninh trật tự.\nII. NHIỆM VỤ\nA) CÔNG TÁC PHÒNG NGỪA\n1. Tuần tra khu dân cư\n"
            "- Duy trì tổ tuần tra ban đêm.\n2. Lắp camera tại ngã ba\n- Lắp 04 camera.\nB) CÔNG TÁC XỬ LÝ\n"
            "1. Giải quyết tin báo\n- Tiếp nhận tin báo.\nIII. TỔ CHỨC THỰC HIỆN\n1. Công an xã: chủ trì.\n")
    record = process("plan.txt", text.encode("utf-8")).record
    assert [(a.code, a.title) for a in record.activities] == [
        ("1", "Tuần tra khu dân cư"), ("2", "Lắp camera tại ngã ba"), ("1", "Giải quyết tin báo")]
    assert [r.agency for r in record.responsibilities] == ["Công an xã"]


NAMED = [
    # must be items: right under a Roman section, one after another
    ("tasks numbered by their name under a Roman section",
     "I. MỤC TIÊU\nTăng thu nhập.\nII. NỘI DUNG\nNhiệm vụ 1: Khuyến nông cây ăn quả\n- Tập huấn.\n"
     "Nhiệm vụ 2: Khuyến nông thủy sản\nIII. TỔ CHỨC THỰC HIỆN\n",
     [("I", 1, None), ("II", 1, None), ("II.1", 2, "II"), ("II.2", 2, "II"), ("III", 1, None)]),
    # must not be items: a sentence that names a task, a task named under a numbered item
    ("a sentence about a task, and a named task under a numbered item",
     "I. NỘI DUNG\n1. Khuyến nông cây ăn quả\nNhiệm vụ 1: Tập huấn cho nông dân\nNhiệm vụ này do huyện làm.\n"
     "Dự án 2 của Chương trình được lồng ghép.\n",
     [("I", 1, None), ("I.1", 2, "I")]),
]


@pytest.mark.parametrize("name,text,want", NAMED, ids=[c[0] for c in NAMED])
def test_tasks_numbered_by_their_name(name, text, want):
    assert paths(text) == want


def test_tasks_numbered_by_their_name_are_activities_with_their_labels_roles():
    from pipeline.process import process
    text = ("KẾ HOẠCH\nKhuyến nông năm 2026\nI. MỤC TIÊU\nTăng thu nhập.\nII. NỘI DUNG\n"
            "Nhiệm vụ 1: Khuyến nông cây ăn quả\n- Cơ quan chủ trì: Trung tâm Khuyến nông; Cơ quan phối hợp: Hội Nông dân tỉnh.\n"
            "Dự án 2: Hỗ trợ giống thủy sản\n- Cơ quan chủ trì: Chi cục Thủy sản.\nIII. TỔ CHỨC THỰC HIỆN\n")
    record = process("plan.txt", text.encode("utf-8")).record
    assert [(a.code, a.project, a.title, a.lead_agencies, a.partner_agencies) for a in record.activities] == [
        ("1", None, "Khuyến nông cây ăn quả", ["Trung tâm Khuyến nông"], ["Hội Nông dân tỉnh"]),
        ("2", "Dự án 2", "Hỗ trợ giống thủy sản", ["Chi cục Thủy sản"], [])]
