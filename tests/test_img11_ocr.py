"""Round IMG11: what the OCR path lost on G12's documents as scans (tests/renditions/ARCHIVE_SCANS.md, "Round IMG11")."""

import numpy as np
import pytest

from extractors.formats import ocr

SCALE = 300 / 72


def _page_with(line_spec: list[tuple[str, int, float]]) -> tuple[np.ndarray, list[list[dict]], dict]:
    """A page of five usual lines (three words, strokes 6 px thick) and one more line of stretches
    (text, stroke in px, left edge in points), each word's box filled with upright strokes that thick."""
    gray = np.full((1200, 2400), 255, np.uint8)
    boxes: dict[int, tuple[int, int, int, int]] = {}

    def word(text: str, x0_pt: float, row: int, stroke: int) -> dict:
        x0, y0 = round(x0_pt * SCALE), 60 + row * 120
        x1, y1 = x0 + 40 * len(text), y0 + 40
        for x in range(x0, x1 - stroke, 3 * stroke):
            gray[y0:y1, x:x + stroke] = 0
        w = {"text": text, "x0": x0 / SCALE, "x1": x1 / SCALE, "top": y0 / SCALE, "bottom": y1 / SCALE, "conf": 95.0}
        boxes[id(w)] = (x0, y0, x1, y1)
        return w

    lines = []
    for row in range(5):
        x = 40.0
        line = []
        for t in ("Kinh", "phí", "năm"):
            line.append(word(t, x, row, 6))
            x = line[-1]["x1"] + 4
        lines.append(line)
    last = []
    for text, stroke, x0 in line_spec:
        x = x0
        for t in text.split():
            last.append(word(t, x, 5, stroke))
            x = last[-1]["x1"] + 4
    lines.append(last)
    return gray, lines, boxes


# A header's two columns read by Tesseract as one line, the issuer's line in bold beside the date line in italics
# ("ĐẢNG ỦY KHỐI CÁC CƠ" ... "Bắc Sơn, ngày 14 tháng 02 năm 2025"): the line's median stroke is the italics', the
# issuer's line not told bold, and the issuer's name not joined over its wrapped lines ('... các cơ quận Tỉnh').
@pytest.mark.parametrize("spec, bold", [
    ([("ĐOÀN THANH NIÊN", 10, 30.0), ("Lạc Sơn, ngày 3 tháng 5 năm 2026", 5, 300.0)], [True, False]),
    ([("SỞ Y TẾ", 11, 30.0), ("Độc lập - Tự do - Hạnh phúc là", 6, 250.0)], [True, False]),
    ([("Số: 12/KH-UBND", 6, 30.0), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 10, 250.0)], [False, True]),
    # must not
    ([("Số: 12/KH-UBND", 6, 30.0), ("Vĩnh Đông, ngày 3 tháng 5 năm 2026", 5, 250.0)], [False, False]),
    ([("UBND HUYỆN MỘC", 10, 30.0), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", 10, 250.0)], [True, True]),
    ([("1. Tuyên truyền sâu rộng trong nhân dân", 6, 30.0)], [False]),
    ([("II. NHIỆM VỤ GIẢI PHÁP", 10, 30.0)], [True]),
    ([("- - -", 12, 30.0), ("Hà Tây, ngày 3 tháng 5", 6, 250.0)], [False, False]),  # no letters
])
def test_bold_told_by_stretch(spec, bold):
    gray, lines, boxes = _page_with(spec)
    ocr._mark_bold(gray, lines, boxes)
    parts = ocr.stretches(lines[-1])
    assert len(parts) == len(spec)
    assert [all(w.get("fontname") == "OCR-Bold" for w in p) for p in parts] == bold
    assert not any(w.get("fontname") for line in lines[:-1] for w in line)



def _budget(total: str, items: tuple[str, ...] = ("2.500", "3.000"), label: str = "Tổng cộng") -> list[list[str]]:
    rows = [["Năm", "Tổng số", "Ngân sách trung ương", "Xã hội hóa"]]
    rows += [[f"Năm {2030 + k}", "-", item, "90"] for k, item in enumerate(items)]
    return rows + [[label, "-", total, "180"]]


# A budget table's total read with one digit too many ("5.500" read "5.9500": a group of four digits, no amount's
# shape), its column's amounts read right: the central budget's total lost (5.950.000.000 for 5.500.000.000).
@pytest.mark.parametrize("rows, fixed", [
    (_budget("5.9500"), "5.500"),
    (_budget("2.0050", ("1.200", "850")), "2.050"),
    (_budget("14.7300", ("6.100", "4.200", "4.430"), "Cộng"), "14.730"),
    (_budget("1.2805.000", ("640.000", "640.000")), "1.280.000"),
    # must not
    (_budget("5.500"), None),                       # read right
    (_budget("5.9900"), None),                      # no one digit's drop adds up
    (_budget("5.9500", label="Ghi chú"), None),     # no total row
    (_budget("5.9500", ("2.500",)), None),          # one amount: nothing to tell by
    (_budget("5.9500", ("2.500", "3.0O0")), None),  # an amount misread too
    (_budget("5.9500", ("2.500", "2.500", "3.000", "-2.500")), None),  # a number of another shape
])
def test_total_told_by_its_amounts(rows, fixed):
    found = ocr.amounts_told_by_total(rows)
    assert found.get((len(rows) - 1, 2)) == fixed
    assert all(c == 2 for _, c in found)


# A list's number read as a letter it looks like ("3." read "s."): the third responsibility ("s. Ủy ban nhân dân
# các huyện, thị xã, thành phố: chỉ đạo ...") lost. Lines as (first word, its left edge in points, second word).
@pytest.mark.parametrize("starts, repaired", [
    ([("1.", 70, "Sở"), ("2.", 70, "Sở"), ("s.", 70, "Ủy")], ["1.", "2.", "3."]),
    ([("4)", 85, "Phòng"), ("S)", 85, "Công"), ("6)", 85, "Trường")], ["4)", "5)", "6)"]),
    ([("7.", 70, "Hội"), ("B.", 70, "Đoàn")], ["7.", "8."]),
    ([("11.", 70, "Ban"), ("tiếp", 56, "tục"), ("1Z.", 70, "Các")], ["11.", "tiếp", "12."]),
    # must not
    ([("1.", 70, "Sở"), ("2.", 70, "Sở"), ("s.", 70, "Ủy"), ("3.", 70, "Ban")], ["1.", "2.", "s.", "3."]),  # 3 follows
    ([("1.", 70, "Sở"), ("2.", 70, "Sở"), ("s.", 140, "Ủy")], ["1.", "2.", "s."]),   # another indent
    ([("1.", 70, "Sở"), ("2.", 70, "Sở"), ("s.", 70, "các")], ["1.", "2.", "s."]),   # no item's capital after it
    ([("1.", 70, "Sở"), ("3.", 70, "Sở"), ("s.", 70, "Ủy")], ["1.", "3.", "s."]),    # 4 is no "s"
    ([("1)", 70, "Sở"), ("2)", 70, "Sở"), ("s.", 70, "Ủy")], ["1)", "2)", "s."]),    # another sign
    ([("a.", 70, "Sở"), ("b.", 70, "Sở"), ("c.", 70, "Ủy")], ["a.", "b.", "c."]),    # a list of letters
    ([("s.", 70, "Ủy"), ("2.", 70, "Sở")], ["s.", "2."]),                            # nothing before it
])
def test_list_number_read_as_letter(starts, repaired):
    assert ocr.repair_list_numbers(starts) == repaired


# A budget table's source column "Nhân dân đóng góp" (the people's contribution) read "Nhân dần đóng góp": its
# three amounts taken as another source ('other' for 'mobilized'). The heading is of the closed vocabulary.
@pytest.mark.parametrize("cell, repaired", [
    ("Nhân dần đóng góp", "Nhân dân đóng góp"),
    ("Nhân dân đỏng góp", "Nhân dân đóng góp"),
    ("NHÂN DẦN ĐÓNG GÓP", "NHÂN DÂN ĐÓNG GÓP"),
    # must not
    ("Nhân dân đóng góp", "Nhân dân đóng góp"),
    ("Nhân dân đóng góp ý kiến", "Nhân dân đóng góp ý kiến"),
    ("Nhân dần", "Nhân dần"),
    ("Doanh nghiệp đóng góp", "Doanh nghiệp đóng góp"),
])
def test_people_contribution_heading(cell, repaired):
    from extractors.formats.vi_syllable import repair_heading
    assert repair_heading(cell) == repaired


# A header's name wrapped in a narrow column and read in bold capitals with its space lost ("TRƯỜNG THPT HÒA" /
# "VANGBẮC"): the issuer 'Trường THPT Hòa Vangbắc'. The page writes the name apart ("Trường THPT Hòa Vang Bắc
# xây dựng ...").
@pytest.mark.parametrize("lines, repaired", [
    ([["VANGBẮC"], ["Trường", "THPT", "Hòa", "Vang", "Bắc", "xây"]], ["VANG BẮC"]),
    ([["SƠNTÂY,"], ["tại", "xã", "Sơn", "Tây."]], ["SƠN TÂY,"]),
    ([["(ĐỒNGXUÂNLỘC)"], ["huyện", "Đồng", "Xuân", "Lộc"]], ["(ĐỒNG XUÂN LỘC)"]),
    ([["NGHỊQUYẾT"], ["Nghị", "quyết"]], ["NGHỊ QUYẾT"]),  # any words the page writes apart
    # must not
    ([["VANGBẮC"], ["Trường", "THPT", "Hòa", "Vang", "Nam"]], ["VANGBẮC"]),        # not written apart
    ([["VANGBẮC"], ["Vang", "và", "Bắc"]], ["VANGBẮC"]),                          # not one after the other
    ([["TRƯỜNG"], ["Trường", "THPT"]], ["TRƯỜNG"]),                               # a syllable
    ([["Vangbắc"], ["Vang", "Bắc"]], ["Vangbắc"]),                                # not in capitals
])
def test_glued_capitals_told_by_page(lines, repaired):
    from extractors.formats.vi_syllable import repair_glued_told_by_page
    assert repair_glued_told_by_page(lines)[0] == repaired


# A place and date line's comma read as a quote glued to "ngày" ('Kim Sơn "ngày 12 tháng 3 năm 2025', under an
# archive's receipt stamp): the place, the date and the title lost.
@pytest.mark.parametrize("words, repaired", [
    ('Kim Sơn "ngày 12 tháng 3 năm 2025', "Kim Sơn, ngày 12 tháng 3 năm 2025"),
    ("Lạc Dương “ngày 5 tháng 11 năm 2026", "Lạc Dương, ngày 5 tháng 11 năm 2026"),
    ("Vĩnh Tây 'ngày 30 tháng 4 năm 2024", "Vĩnh Tây, ngày 30 tháng 4 năm 2024"),
    # must not
    ("Kim Sơn, ngày 12 tháng 3 năm 2025", "Kim Sơn, ngày 12 tháng 3 năm 2025"),
    ('tổ chức "ngày 12 tháng 3"', 'tổ chức "ngày 12 tháng 3"'),              # no place before it
    ('Hưởng ứng "ngày hội đại đoàn kết"', 'Hưởng ứng "ngày hội đại đoàn kết"'),  # no day's number
    ('Sơn; "ngày 12', 'Sơn; "ngày 12'),                                        # a sign before it
])
def test_date_comma_read_as_quote(words, repaired):
    assert " ".join(ocr.repair_date_comma(words.split())) == repaired
