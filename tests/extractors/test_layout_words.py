"""Layout rules for positioned words (PDF text layer, OCR boxes) on synthetic lines and words (no PDF needed): columns on offset
baselines, paragraphs that wrap at the margin, and dash-led wraps."""

from extractors.layout.paragraphs import assemble as _assemble
from extractors.layout.words import lines_of as _lines
from extractors.layout.words import page_items


def word(text, x0, top, width=None):
    return {"text": text, "x0": x0, "x1": x0 + (width or 6 * len(text)), "top": top, "bottom": top + 11}


def test_side_by_side_columns_on_offset_baselines_are_one_row():
    # "- Bộ Tài chính" on the left, "KT. CHỦ TỊCH" 2.5 pt lower on the right
    words = [word("-", 57, 656), word("Bộ", 63, 656), word("Tài", 80, 656), word("chính", 100, 656),
             word("KT.", 380, 658.5), word("CHỦ", 405, 658.5), word("TỊCH", 437, 658.5)]
    lines = _lines(words)
    assert len(lines) == 1 and [w["text"] for w in lines[0]] == ["-", "Bộ", "Tài", "chính", "KT.", "CHỦ", "TỊCH"]
    # lines that overlap horizontally stay apart however close they are
    stacked = [word("Một", 57, 100), word("Hai", 57, 106)]
    assert len(_lines(stacked)) == 2


def test_columns_are_read_one_after_the_other():
    words = [word("Nơi", 57, 600), word("nhận:", 80, 600),
             word("-", 57, 630), word("Bộ", 63, 630), word("Y", 80, 630), word("tế;", 90, 630),
             word("TM.", 350, 631), word("ỦY", 378, 631), word("BAN", 400, 631),
             word("-", 57, 655), word("Lưu:", 63, 655), word("VT.", 95, 655),
             word("CHỦ", 380, 658), word("TỊCH", 410, 658)]
    texts = [p[2] for kind, p in page_items(words) if kind == "line"]
    assert texts == ["Nơi nhận:", "- Bộ Y tế;", "- Lưu: VT.", "TM. ỦY BAN", "CHỦ TỊCH"]


def lines_page(*lines):
    return [("line", line) for line in lines]


FULL = 540  # a line that reaches the right margin


def test_full_line_ending_a_sentence_continues_where_paragraphs_are_marked():
    page = lines_page(*[(57, 300, f"- Mục {i} ngắn.") for i in range(6)],
                      (57, FULL, "- 100% các huyện xây dựng kế hoạch bảo vệ trẻ em."),
                      (57, 400, "Giảm tỷ lệ trẻ em bị xâm hại."),
                      (57, 300, "- Mục cuối."))
    texts = [b.text for b in _assemble([page])]
    assert "- 100% các huyện xây dựng kế hoạch bảo vệ trẻ em. Giảm tỷ lệ trẻ em bị xâm hại." in texts
    assert texts[-1] == "- Mục cuối."


def test_full_line_ending_a_sentence_ends_the_paragraph_where_paragraphs_are_not_marked():
    page = lines_page(*[(57, 300, f"Đoạn {i} ngắn.") for i in range(6)],
                      (57, FULL, "Câu kết thúc đúng lề phải."),
                      (57, 400, "Đoạn mới không thụt lề."))
    texts = [b.text for b in _assemble([page])]
    assert texts[-2:] == ["Câu kết thúc đúng lề phải.", "Đoạn mới không thụt lề."]


def test_dash_led_wrap_continues_a_full_line():
    page = lines_page((57, 300, "a) Nội dung:"),
                      (57, FULL, "c) Cơ quan phối hợp: các sở, ngành và các tổ chức Chính trị"),
                      (57, 200, "- Xã hội có liên quan."),
                      (57, 200, "- Một gạch đầu dòng thật."))
    texts = [b.text for b in _assemble([page])]
    assert "c) Cơ quan phối hợp: các sở, ngành và các tổ chức Chính trị - Xã hội có liên quan." in texts
    assert texts[-1] == "- Một gạch đầu dòng thật."  # after a short line, a dash is a bullet


def row_words(top, cells):
    """Words for one line of an unruled table: (x0, text) cells, right-aligned numbers."""
    out = []
    for x0, text in cells:
        x = x0
        for w in text.split():
            out.append(word(w, x, top))
            x += 6 * len(w) + 4
    return out


def test_a_table_drawn_without_rules_becomes_a_grid():
    # TT, label, total, 2024, 2025 at x = 57, 80, 300, 380, 460; row 2 has no 2024 cell
    words = (row_words(100, [(57, "TT"), (80, "Nội dung"), (300, "Tổng"), (380, "Năm 2024"), (460, "Năm 2025")])
             + row_words(120, [(57, "1"), (80, "Hội thảo tỉnh"), (306, "120"), (386, "50"), (466, "70")])
             + row_words(140, [(57, "2"), (80, "Tập huấn"), (306, "30"), (466, "30")])
             + row_words(160, [(80, "Tổng cộng"), (306, "150"), (386, "50"), (466, "100")])
             + [word("Nơi", 57, 200), word("nhận:", 80, 200)])
    items = page_items(words)
    assert [k for k, _ in items] == ["table", "line"]
    rows = items[0][1][1]
    assert rows == [["TT", "Nội dung", "Tổng", "Năm 2024", "Năm 2025"],
                    ["1", "Hội thảo tỉnh", "120", "50", "70"],
                    ["2", "Tập huấn", "30", "", "30"],
                    ["", "Tổng cộng", "150", "50", "100"]]


def test_two_text_columns_are_not_a_table():
    words = (row_words(100, [(57, "Nơi nhận:"), (350, "TM. ỦY BAN NHÂN DÂN")])
             + row_words(120, [(57, "- Như trên;"), (350, "CHỦ TỊCH")])
             + row_words(140, [(57, "- Lưu: VT."), (350, "Nguyễn Văn A")]))
    assert [k for k, _ in page_items(words)] == ["line"] * 6


def test_an_unruled_table_gives_budget_items():
    from extractors.document import build_document
    from extractors.formats.base import RawBlock, RawDocument
    from extractors.tables.budget import extract_budget_tables
    rows = [["TT", "Nội dung", "Tổng", "Năm 2024", "Năm 2025"], ["1", "Hội thảo tỉnh", "120", "50", "70"],
            ["2", "Tập huấn", "30", "", "30"], ["", "Tổng cộng", "150", "50", "100"]]
    doc = build_document(RawDocument([RawBlock("paragraph", "Đơn vị tính: triệu đồng"), RawBlock("table", rows=rows)]))
    items = extract_budget_tables(doc, {}, [])["items"]
    got = {(i["row_code"] or i["row_label"], i["year"]): (i["amount_vnd"], i["flags"]) for i in items}
    assert got[("2", 2025)] == (30_000_000, []) and ("2", 2024) not in got
    assert got[("Tổng cộng", None)] == (150_000_000, [])


def justified(top, text, gap):
    """A justified line: every word `gap` points after the one before (wider than a cell gap)."""
    out, x = [], 57
    for w in text.split():
        out.append(word(w, x, top))
        x += 6 * len(w) + gap
    return out


def test_justified_prose_with_two_numbers_is_not_a_table():
    # a justified line spreads its words wide apart: "... trước ngày 15 tháng 12" has two
    # numbers in cells of their own, but words among them: prose, not a table row
    words = (row_words(100, [(57, "1. Sở Tài chính: Chủ trì, hướng dẫn việc thực hiện Kế hoạch;")])
             + justified(120, "tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12", gap=14)
             + row_words(140, [(57, "hằng năm.")]))
    items = page_items(words)
    assert [k for k, _ in items] == ["line"] * 3
    texts = [p[2] for _, p in items]
    assert texts[1] == "tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12"


def test_a_bare_number_is_a_page_number_only_at_the_page_edge():
    page = lines_page((57, 300, "Đoạn mở đầu."), (57, 300, "Đoạn thứ hai."),
                      (200, 420, "Phát triển du lịch cộng đồng giai đoạn 2026 -"), (290, 330, "2030"),
                      (57, 300, "Đoạn giữa trang."), (57, 300, "Đoạn cuối trang."), (290, 300, "7"))
    texts = [b.text for b in _assemble([page])]
    assert "2030" in texts  # a title's second line, mid-page
    assert "7" not in texts  # the page number at the bottom


def test_a_labelled_bullet_after_a_full_line_is_no_wrap():
    """'- Nội dung: ...' after a full line is a bullet of its own (a task's labelled field),
    not the dash of a hyphenated name the wrap put first."""
    page = lines_page((57, FULL, "2. Xây dựng thương hiệu và truy xuất nguồn gốc sản phẩm cà phê đặc sản"),
                      (57, 400, "- Nội dung: đăng ký nhãn hiệu chứng nhận cho cà phê."),
                      (57, FULL, "c) Cơ quan phối hợp: các sở, ngành và các tổ chức Chính trị"),
                      (57, 200, "- Xã hội có liên quan."))
    texts = [b.text for b in _assemble([page])]
    assert texts[:2] == ["2. Xây dựng thương hiệu và truy xuất nguồn gốc sản phẩm cà phê đặc sản",
                         "- Nội dung: đăng ký nhãn hiệu chứng nhận cho cà phê."]
    assert texts[-1] == "c) Cơ quan phối hợp: các sở, ngành và các tổ chức Chính trị - Xã hội có liên quan."
