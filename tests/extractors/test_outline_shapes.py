"""Outline shapes of our own: spaced and hyphenated labels, items numbered in parentheses
and where they sit."""

import pytest

from extractors.document import build_document
from extractors.formats import read
from extractors.segment import classify, outline
from tests.conftest import rows


@pytest.mark.parametrize("case", rows("outline_labels.csv"), ids=lambda c: c["line"][:30])
def test_outline_labels(case):
    got = classify(case["line"])
    want = (case["kind"], case["number"], case["body"]) if case["kind"] else None
    assert (got and (got[0], got[1], got[3])) == want, case["why"]


def paths(text: str) -> list[tuple[str, str, str | None]]:
    doc = build_document(read(text.encode("utf-8"), "plan.txt"))
    return [(n.path, n.label, n.parent.path if n.parent else None) for n in outline(doc)]


def test_parenthesised_items_under_a_roman_section_are_its_numbered_items():
    text = ("II. GIẢI PHÁP\n(1) Tăng cường kiểm tra an toàn thực phẩm\nSở Y tế chủ trì.\n"
            "(2) Hỗ trợ chợ đầu mối\nIII. TỔ CHỨC THỰC HIỆN\n(1) Sở Công Thương: chủ trì.\n")
    assert paths(text) == [("II", "II.", None), ("II.1", "(1)", "II"), ("II.2", "(2)", "II"),
                           ("III", "III.", None), ("III.1", "(1)", "III")]


def test_parenthesised_items_under_a_numbered_one_are_its_parts():
    text = ("I. MỤC TIÊU\n1. Mục tiêu chung\nBảo đảm an toàn.\n2. Mục tiêu cụ thể\n(1) Tỷ lệ chợ đạt chuẩn là 60%.\n"
            "(2) Có 14 bếp ăn tập thể được kiểm tra.\na) Riêng năm 2027\n(1) Tăng 5% số chợ.\n3. Chỉ tiêu khác\n")
    assert paths(text) == [("I", "I.", None), ("I.1", "1.", "I"), ("I.2", "2.", "I"), ("I.2.1", "(1)", "I.2"),
                           ("I.2.2", "(2)", "I.2"), ("I.2.a", "a)", "I.2"), ("I.2.a.1", "(1)", "I.2.a"),
                           ("I.3", "3.", "I")]


def test_parentheses_that_are_no_item():
    # a lower-case line and a bare number in parentheses are text: a note, a cross-reference
    text = "II. NHIỆM VỤ\n1. Kiểm tra\n(1) số liệu ước thực hiện.\n(2025) Năm bản lề\n(3)\n2. Tổng kết\n"
    assert paths(text) == [("II", "II.", None), ("II.1", "1.", "II"), ("II.2", "2.", "II")]


def test_parenthesised_items_give_objectives_and_activities():
    from pipeline.process import process
    text = ("KẾ HOẠCH\nBảo đảm an toàn thực phẩm tỉnh Ninh Thuận năm 2027\n"
            "I. MỤC TIÊU\n1. Mục tiêu cụ thể\n(1) Tỷ lệ chợ đạt chuẩn an toàn thực phẩm là 60%.\n"
            "(2) Có 14 bếp ăn tập thể được kiểm tra định kỳ.\n"
            "II. NHIỆM VỤ\n(1) Kiểm tra cơ sở sản xuất nước đá\nSở Y tế chủ trì thực hiện.\n"
            "(2) Tập huấn cho tiểu thương tại chợ\nSở Công Thương chủ trì thực hiện.\n")
    record = process("plan.txt", text.encode("utf-8")).record
    assert [o.text for o in record.objectives] == ["Tỷ lệ chợ đạt chuẩn an toàn thực phẩm là 60%.",
                                                   "Có 14 bếp ăn tập thể được kiểm tra định kỳ."]
    assert [(a.code, a.title, a.lead_agencies) for a in record.activities] == [
        ("1", "Kiểm tra cơ sở sản xuất nước đá", ["Sở Y tế"]), ("2", "Tập huấn cho tiểu thương tại chợ", ["Sở Công Thương"])]
    o = record.objectives[0]
    assert record_text(text, o.span) == o.text


def record_text(source: str, span) -> str:
    from extractors.formats import read as read_
    doc = build_document(read_(source.encode("utf-8"), "plan.txt"))
    start, end = (span.start, span.end) if hasattr(span, "start") else span
    return doc.text[start:end]


def test_unnumbered_headings_in_capitals_are_the_sections():
    text = ("KẾ HOẠCH\nTỔ CHỨC THỰC HIỆN TIÊM PHÒNG GIA CẦM NĂM 2027\n"  # a title's line: not a section
            "Căn cứ tình hình dịch bệnh, Ủy ban nhân dân xã Ninh Hưng ban hành Kế hoạch.\n"
            "MỤC TIÊU\nMục tiêu chung\nKhông để dịch lây lan.\nMục tiêu cụ thể:\n- Tiêm phòng đạt 85% tổng đàn.\n"
            "ĐỘI NGŨ CÁN BỘ THÚ Y XÃ\n"  # capitals, but no section's words
            "Gồm 4 người.\nNHIỆM VỤ\n1. Tiêm phòng đợt một\n2. Tiêu độc khử trùng\n"
            "KINH PHÍ THỰC HIỆN CHIẾM 60% DỰ TOÁN.\n"  # a sentence in capitals
            "TỔ CHỨC THỰC HIỆN:\n1. Ban Thú y xã: chủ trì.\n")
    assert paths(text) == [("I", "", None), ("I.1", "", "I"), ("I.2", "", "I"), ("II", "", None), ("II.1", "1.", "II"),
                           ("II.2", "2.", "II"), ("III", "", None), ("III.1", "1.", "III")]
    doc = build_document(read(text.encode("utf-8"), "plan.txt"))
    assert [n.heading for n in outline(doc) if n.label == ""] == [
        "MỤC TIÊU", "Mục tiêu chung", "Mục tiêu cụ thể", "NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"]


def test_unnumbered_headings_give_way_to_numbered_sections():
    # a document with Roman sections: a line in capitals inside one is no section of its own
    text = "I. MỤC TIÊU\nNâng cao chất lượng.\nNHIỆM VỤ TRỌNG TÂM\n1. Tuyên truyền\nII. KINH PHÍ\n"
    assert paths(text) == [("I", "I.", None), ("I.1", "1.", "I"), ("II", "II.", None)]
    # "Mục tiêu chung" alone under a section on something else is text
    text = "I. MỤC TIÊU\nMục tiêu chung\nNâng cao chất lượng.\nII. NHIỆM VỤ\nMục tiêu chung\n"
    assert paths(text) == [("I", "I.", None), ("I.1", "", "I"), ("II", "II.", None)]


def test_unnumbered_headings_give_objectives_and_activities():
    from pipeline.process import process
    html = ("<html><body><p><strong>KẾ HOẠCH</strong></p><p>Phát triển cây dược liệu huyện Bác Ái năm 2027</p>"
            "<p><strong>MỤC TIÊU</strong></p><p><strong><em>Mục tiêu chung</em></strong></p>"
            "<p>Hình thành vùng trồng dược liệu tập trung.</p><p><strong><em>Mục tiêu cụ thể</em></strong></p>"
            "<p>- Đến năm 2027, diện tích dược liệu đạt 120 ha.</p><p><strong>NHIỆM VỤ</strong></p>"
            "<p>1. Quy hoạch vùng trồng sâm</p><p>Phòng Nông nghiệp chủ trì thực hiện.</p>"
            "<p><strong>TỔ CHỨC THỰC HIỆN</strong></p><p>1. Phòng Tài chính - Kế hoạch: Bố trí kinh phí.</p></body></html>")
    record = process("plan.html", html.encode("utf-8")).record
    assert record.title == "Phát triển cây dược liệu huyện Bác Ái năm 2027"  # the title stops at the first section
    assert [(o.kind, o.text) for o in record.objectives] == [
        ("general", "Hình thành vùng trồng dược liệu tập trung."), ("specific", "Đến năm 2027, diện tích dược liệu đạt 120 ha.")]
    assert [(a.code, a.title, a.lead_agencies) for a in record.activities] == [
        ("1", "Quy hoạch vùng trồng sâm", ["Phòng Nông nghiệp"])]
    assert [r.agency for r in record.responsibilities] == ["Phòng Tài chính - Kế hoạch"]


def test_a_reports_forward_part_holds_the_tasks_of_its_roman_sections():
    from pipeline.process import process
    text = ("ỦY BAN NHÂN DÂN\nXÃ PHƯỚC DINH\nSố: 41/BC-UBND\nBÁO CÁO\nKết quả chuyển đổi số năm 2026\n"
            "A. KẾT QUẢ ĐẠT ĐƯỢC\nI. CHỈ ĐẠO, ĐIỀU HÀNH\nỦy ban nhân dân xã ban hành 3 văn bản.\n"
            "II. NHIỆM VỤ ĐÃ TRIỂN KHAI\n1. Số hóa hồ sơ hộ tịch\nCông chức Tư pháp - Hộ tịch thực hiện.\n"
            "2. Lắp đặt wifi công cộng\nB. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\nI. MỤC TIÊU\nHoàn thành số hóa hồ sơ.\n"
            "II. NHIỆM VỤ\n1. Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng\nVăn phòng - Thống kê xã chủ trì thực hiện.\n"
            "2. Triển khai thanh toán không dùng tiền mặt tại chợ\n")
    record = process("report.txt", text.encode("utf-8")).record
    assert [a.title for a in record.activities] == ["Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng",
                                                    "Triển khai thanh toán không dùng tiền mặt tại chợ"]


def test_headings_the_source_marks_are_sections_in_any_case():
    html = ("<html><body><h1>KẾ HOẠCH</h1><p>Phát triển nuôi biển huyện Vạn Ninh năm 2027</p>"
            "<h2>Mục tiêu</h2><p>Sản lượng đạt 3.000 tấn.</p><h2>Vùng nuôi Đầm Môn</h2><p>Rộng 40 ha.</p>"
            "<h2>Nhiệm vụ</h2><p>1. Cấp phép giao mặt nước</p><h3>Nội dung tuyên truyền được đăng trên trang tin.</h3>"
            "<h2>Tổ chức thực hiện</h2><p>1. Phòng Kinh tế: chủ trì.</p></body></html>")
    doc = build_document(read(html.encode("utf-8"), "plan.html"))
    assert [(n.path, n.heading) for n in outline(doc)] == [
        ("I", "Mục tiêu"), ("II", "Nhiệm vụ"), ("II.1", "Cấp phép giao mặt nước"), ("III", "Tổ chức thực hiện"),
        ("III.1", "Phòng Kinh tế")]


def test_items_numbered_with_their_section_and_parts_in_digits():
    text = ("Phần 1\nĐÁNH GIÁ\nNăm qua đạt nhiều kết quả.\nPhần 2: KẾ HOẠCH\nI MỤC TIÊU\nI.1. Mục tiêu chung\n"
            "I.2. Mục tiêu cụ thể\nII NHIỆM VỤ CHỦ YẾU\nII.1- Tổ chức tập huấn\na)Tập huấn cho cán bộ xã\n")
    assert paths(text) == [("P1", "Phần 1", None), ("P2", "Phần 2", None), ("P2.I", "I", "P2"), ("P2.I.1", "I.1.", "P2.I"),
                           ("P2.I.2", "I.2.", "P2.I"), ("P2.II", "II", "P2"), ("P2.II.1", "II.1-", "P2.II"),
                           ("P2.II.1.a", "a)", "P2.II.1")]
