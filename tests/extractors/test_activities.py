"""Activities on short documents of our own: task tables in every form, sections decided by
what their items are, agencies inside the task sentence; spans hold the task."""

import io

import pytest
import yaml

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.fields.task_tables import roles_of, table_activities
from extractors.formats import read
from extractors.segment import outline
from tests.conftest import CASES

CASES_ = yaml.safe_load((CASES / "activities.yaml").read_text(encoding="utf-8"))


def doc_of(text: str, name: str):
    return build_document(read(text.encode("utf-8"), name))


def _check_spans(d, acts):
    for a in acts:  # the span holds the task's title
        held = " ".join(d.text[a["span"]["start"]: a["span"]["end"]].split())
        assert " ".join(a["title"].split()[:3]) in held


@pytest.mark.parametrize("case", CASES_, ids=[c["name"] for c in CASES_])
def test_activity_cases(case):
    d = doc_of(case["text"], case["file"])
    acts = extract_activities(d, outline(d))
    got = [[a["code"], a["title"][: len(w[1])], a["lead_agencies"], a["partner_agencies"]]
           for a, w in zip(acts, case["want"] + [[None, ""]] * len(acts))]
    assert got == case["want"]
    _check_spans(d, acts)


@pytest.mark.parametrize("header, roles", [
    (["STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì thực hiện", "Phối hợp thực hiện"],
     ["code", "task", "other", "other", "lead", "partner"]),
    (["TT", "Nội dung", "Cơ quan thực hiện", "Thời gian thực hiện"], ["code", "task", "lead", "other"]),
    (["Số TT", "Công việc", "Đơn vị chủ trì", "Ghi chú"], ["code", "task", "lead", "other"]),
    (["STT", "TÊN NHIỆM VỤ", "CƠ QUAN PHỐI HỢP"], ["code", "task", "partner"]),
    # must not match
    (["STT", "Nội dung", "Kinh phí", "Năm 2027"], None),
    (["STT", "Đơn vị được kiểm tra", "Thời gian"], None),
    (["TT", "Tên nhiệm vụ", "Vai trò (Chủ trì/ Phối hợp)"], None),
    (["Nhiệm vụ", "Chủ trì", "Phối hợp"], None),
])
def test_task_table_header(header, roles):
    assert roles_of([header]) == roles


def test_task_table_in_word_with_merged_rows():
    """A Word task table (no numbers, column headings) is data; a task whose STT and task
    cells span two rows is one activity with both rows' agencies."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("II. NHIỆM VỤ")
    table = document.add_table(rows=4, cols=4)
    # merge first, as Word does (python-docx's merge joins the texts of the cells it merges)
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(1, 1).merge(table.cell(2, 1))
    for r, row in enumerate([["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp"],
                             ["1", "Xây dựng quy chế phối hợp", "Sở Tư pháp", ""],
                             [None, None, "Các sở, ban, ngành", "Sở Tư pháp"],
                             ["2", "Kiểm tra việc thi hành", "Thanh tra tỉnh", "Sở Nội vụ; Sở Tài chính"]]):
        for c, text in enumerate(row):
            if text is not None:
                table.cell(r, c).text = text
    buf = io.BytesIO()
    document.save(buf)
    d = build_document(read(buf.getvalue(), "plan.docx"))
    acts = table_activities(d)
    assert [(a["code"], a["title"], a["lead_agencies"], a["partner_agencies"]) for a in acts] == [
        ("1", "Xây dựng quy chế phối hợp", ["Sở Tư pháp", "Các sở, ban, ngành"], ["Sở Tư pháp"]),
        ("2", "Kiểm tra việc thi hành", ["Thanh tra tỉnh"], ["Sở Nội vụ", "Sở Tài chính"])]
    _check_spans(d, acts)


def test_lettered_rows_under_a_numbered_group_row():
    text = ("STT\nNội dung\nChủ trì\n1\nTuyên truyền\na\nIn tờ rơi\nPhòng Văn hóa\nb\nPhát thanh lưu động\n"
            "Đài Truyền thanh huyện\n2\nKiểm tra\nPhòng Kinh tế\n")
    d = doc_of(text, "plan.txt")
    got = [(a["code"], a["title"], a["lead_agencies"]) for a in table_activities(d)]
    assert got == [("1.a", "In tờ rơi", ["Phòng Văn hóa"]), ("1.b", "Phát thanh lưu động", ["Đài Truyền thanh huyện"]),
                   ("2", "Kiểm tra", ["Phòng Kinh tế"])]


@pytest.mark.parametrize("text, roles", [
    ("Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện", (["Sở Y tế"], ["Sở Tài chính"])),
    ("Giao Sở Nội vụ chủ trì; các sở, ngành liên quan phối hợp", (["Sở Nội vụ"], ["các sở, ngành liên quan"])),
    ("Sở Công Thương chủ trì, Sở Tài chính và các huyện phối hợp", (["Sở Công Thương"], ["Sở Tài chính", "các huyện"])),
    ("Công an tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh triển khai", (["Công an tỉnh"], ["Bộ Chỉ huy Quân sự tỉnh"])),
    ("Ban Dân tộc là cơ quan chủ trì", (["Ban Dân tộc"], [])),
    # each name followed by its role in brackets
    ("Sở Tư pháp (chủ trì); Liên đoàn Lao động tỉnh (phối hợp)", (["Sở Tư pháp"], ["Liên đoàn Lao động tỉnh"])),
    ("Sở Xây dựng (chủ trì), Sở Tài chính, Công an tỉnh (phối hợp)",
     (["Sở Xây dựng"], ["Sở Tài chính", "Công an tỉnh"])),
    ("Ủy ban nhân dân các huyện (chủ trì); các xã, thị trấn", (["Ủy ban nhân dân các huyện"], ["các xã, thị trấn"])),
    # must not match
    ("Tổ chức hội nghị (phối hợp) với các đơn vị", None),
    ("Cơ quan chủ trì: Sở Y tế", None),
    ("Tổ chức tập huấn, phối hợp với các đơn vị", None),
    ("Chủ trì xây dựng kế hoạch", None),
])
def test_roles_in_a_sentence(text, roles):
    from normalizers.agencies import roles_in
    assert roles_in(text) == roles


def test_a_title_wrapped_by_the_page_is_joined():
    """PDF lines a reader boxed as a one-column table are paragraphs; a full line that
    does not end a sentence continues on the next, a short heading does not."""
    from extractors.formats.base import RawBlock, RawDocument
    lines = ["II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2028",
             "1. Đẩy mạnh ứng dụng công nghệ số trong giải quyết thủ tục hành chính, bảo",
             "đảm thông suốt, QPPL được công khai đầy đủ trên cổng thông tin của tỉnh.",
             "2. Kiện toàn bộ máy",
             "Rà soát chức năng, nhiệm vụ của các phòng chuyên môn thuộc Ủy ban nhân dân cấp xã."]
    raw = RawDocument([RawBlock("paragraph", "BÁO CÁO", {"page": 1})]
                      + [RawBlock("paragraph", t, {"page": 3, "row": n, "cell": 0}) for n, t in enumerate(lines)])
    d = build_document(raw)
    got = [(a["code"], a["title"]) for a in extract_activities(d, outline(d))]
    assert got == [("1", "Đẩy mạnh ứng dụng công nghệ số trong giải quyết thủ tục hành chính, bảo đảm thông suốt, "
                         "QPPL được công khai đầy đủ trên cổng thông tin của tỉnh"),
                   ("2", "Kiện toàn bộ máy")]


def test_an_ocr_reading_is_read_with_one_edit_in_keywords_and_labels():
    from extractors.formats.base import RawBlock, RawDocument
    lines = ["II. NỌI DUNG", "1, Kiểm tra hồ sơ thuốc thú y", "Co quan chu trl: Chi cục Chăn nuôi và Thú y",
             "Don vi phoi hqp: Công an tỉnh", "III. T0 CHỨC THỰC HIỆN", "1. Sở Nông nghiệp và Môi trường: chủ trì."]
    plain = RawDocument([RawBlock("paragraph", t, {"page": 1}) for t in lines])
    scanned = RawDocument([RawBlock("paragraph", t, {"page": 1}) for t in lines], metadata={"ocr": True})
    d = build_document(scanned)
    got = [(a["code"], a["lead_agencies"], a["partner_agencies"]) for a in extract_activities(d, outline(d))]
    assert got == [("1", ["Chi cục Chăn nuôi và Thú y"], ["Công an tỉnh"])]
    d = build_document(plain)  # not an OCR reading: "1," is no marker, "chu trl" no label
    assert [(a["code"], a["lead_agencies"]) for a in extract_activities(d, outline(d))] == []


@pytest.mark.parametrize("line,label", [
    ("1/ Tuyên truyền", True), ("2.1/ Kiểm tra", True), ("b/ Hỗ trợ", True), ("3) Tổng kết", True), ("a) Rà soát", True),
    # must not: a document number or a date that a wrap put at the start of a line
    ("76/NQ-CP ngày 15/7/2021 của Chính phủ", False), ("15/7/2021 của Chính phủ", False), ("b/c UBND tỉnh", False),
])
def test_item_labels(line, label):
    from extractors.fields.activities import ITEM_LABEL
    assert bool(ITEM_LABEL.match(line)) == label


@pytest.mark.parametrize("code, held, ok", [
    # a lettered task under a numbered item: its span is the "b)" item, which holds the letter
    ("2.b", "b) Xúc tiến thương mại", True),
    ("2.1", "2.1. Xúc tiến thương mại", True),
    # must not pass: a span that holds neither the letter nor the code
    ("2.b", "Tuyên truyền", False),
    ("2.1", "3. Xúc tiến thương mại", False),
])
def test_a_lettered_code_is_checked_by_its_letter(code, held, ok):
    from pipeline.validate import check_record
    record = {"activities": [{"code": code, "title": "", "span": {"start": 0, "end": len(held)}}]}
    assert (check_record(record, held) == []) == ok


@pytest.mark.parametrize("text, heading", [
    ("Phần thứ hai\nNHIỆM VỤ, GIẢI PHÁP\n1. Phát triển thư viện\n", "NHIỆM VỤ, GIẢI PHÁP"),
    ("PHẦN II\nTỔ CHỨC THỰC HIỆN\n1. Sở Tài chính bố trí kinh phí.\n", "TỔ CHỨC THỰC HIỆN"),
    # must not take the next line: a numbered item, or a sentence
    ("Phần thứ hai\n1. Phát triển thư viện\n", ""),
    ("Phần thứ hai\nCác nhiệm vụ trọng tâm như sau.\n", ""),
])
def test_a_parts_title_on_the_next_line(text, heading):
    d = doc_of(text, "plan.txt")
    part = outline(d)[0]
    assert part.heading == heading
    if heading:  # the section's span reaches over its title
        assert heading in d.text[part.block.start: part.heading_end]
