"""Round IMG9: what the OCR path lost on G10's documents as scans (tests/renditions/ARCHIVE_SCANS.md, "Round IMG9")."""

import pytest

from extractors.formats import ocr
from extractors.formats.vi_syllable import repair_section_heading


def _line(*texts: str) -> list[dict]:
    return [{"text": t, "x0": 60.0 + 50 * n, "x1": 100.0 + 50 * n, "top": 100.0, "bottom": 112.0, "conf": 90.0}
            for n, t in enumerate(texts)]


# A section heading numbered with a slash ("I/ MỤC TIÊU", an older office's style) read with a wrong tone: the
# slash is a section number's sign as a stop is.
@pytest.mark.parametrize("words, repaired", [
    (["I/", "MỤC", "TIỂU"], ["I/", "MỤC", "TIÊU"]),
    (["1/", "MỤC", "TIỂU"], ["1/", "MỤC", "TIÊU"]),
    (["IV/", "TỔ", "CHỨC", "THỤC", "HIỆN"], ["IV/", "TỔ", "CHỨC", "THỰC", "HIỆN"]),
    # must not
    (["1/", "Mục", "tiểu"], ["1/", "Mục", "tiểu"]),                       # not in capitals
    (["12/2014/", "MỤC", "TIỂU"], ["12/2014/", "MỤC", "TIỂU"]),           # a date, not a number
    (["I/", "MỤC", "LỤC"], ["I/", "MỤC", "LỤC"]),                         # no heading
])
def test_slash_section_number(words, repaired):
    assert repair_section_heading(words) == repaired


# A capital heading's Roman number: "III/" read "IH/" (its last two strokes run together, as "H." for "II.").
@pytest.mark.parametrize("texts, two, after", [
    (["IH/", "KINH", "PHÍ"], True, "III/"),
    (["IH.", "NHIỆM", "VỤ"], True, "III."),
    (["H/", "GIẢI", "PHÁP"], True, "II/"),
    # must not
    (["IH/", "Kinh", "phí"], False, None),        # not in capitals
    (["IHS.", "NHIỆM", "VỤ"], False, None),
    (["HH.", "NHIỆM", "VỤ"], False, None),
])
def test_three_read_as_ih(texts, two, after):
    line = _line(*texts)
    assert ocr._two_read_as_h(line) is two
    if two:
        assert line[0]["text"].replace("H", "II") == after


# The Roman numbers of a page's capital headings, a stroke short or a first "I" read as the digit "1".
@pytest.mark.parametrize("numbers, repaired", [
    (["1/", "II/", "III/"], ["I/", "II/", "III/"]),          # the first "I" read "1"
    (["1/", "I/", "II/"], ["I/", "II/", "III/"]),            # ... and each after it a stroke short
    (["I.", "I.", "III."], ["I.", "II.", "III."]),
    (["1.", "I.", "II.", "IV."], ["I.", "II.", "III.", "IV."]),
    (["I.", "II.", "II"], ["I.", "II.", "III."]),            # IMG8's
    # must not
    (["1.", "2.", "II."], ["1.", "2.", "II."]),              # headings numbered 1, 2 under a Roman one
    (["1.", "II/"], ["1.", "II/"]),                          # another sign after each
    (["II.", "II."], ["II.", "II."]),                        # no "I" before them
    (["I.", "II.", "III."], ["I.", "II.", "III."]),
    (["I.", "III.", "II."], ["I.", "III.", "II."]),
    (["I.", "II.", "V.", "II."], ["I.", "II.", "V.", "II."]),
    (["I.", "IV.", "IV."], ["I.", "IV.", "IV."]),
    (["2.", "I.", "II."], ["2.", "I.", "II."]),
])
def test_repair_roman_sequence(numbers, repaired):
    assert ocr.repair_roman_sequence(numbers) == repaired


@pytest.mark.parametrize("texts, heading", [
    (["I/", "MỤC", "TIÊU"], True),
    (["1/", "MỤC", "TIỂU"], True),
    # must not
    (["1/", "Mục", "tiêu"], False),
    (["123/", "MỤC", "TIÊU"], False),
])
def test_capitals_heading_with_slash(texts, heading):
    assert ocr._capitals_heading(_line(*texts)) == heading


# The page's first heading's "I." read with its stroke as "L" or "l" ("IL. MỤC TIÊU"), told by the heading after it.
@pytest.mark.parametrize("numbers, repaired", [
    (["IL.", "II.", "II."], ["I.", "II.", "III."]),
    (["Il.", "II.", "III."], ["I.", "II.", "III."]),
    (["IL.", "III.", "IV."], ["II.", "III.", "IV."]),
    (["I1/", "I/"], ["I/", "II/"]),
    # must not
    (["IL.", "V."], ["IL.", "V."]),
    (["IL.", "II/"], ["IL.", "II/"]),              # another sign
    (["II.", "IL."], ["II.", "IL."]),              # not the first
    (["1.", "III."], ["1.", "III."]),
])
def test_first_heading_stroke_read_as_l(numbers, repaired):
    assert ocr.repair_roman_sequence(numbers) == repaired


# A header's line in bold capitals read with its spaces lost: "HUYỆNUỶTÂNLÂM" is "HUYỆN UỶ TÂN LÂM" ("iê", "yê",
# "uô", "ươ" take a final: "HUYỆ" is no syllable).
@pytest.mark.parametrize("word, repaired", [
    ("HUYỆNUỶTÂNLÂM", "HUYỆN UỶ TÂN LÂM"),
    ("HUYỆNỦYBÌNHSƠN", "HUYỆN ỦY BÌNH SƠN"),
    ("XÃMƯỜNGLÁT", "XÃ MƯỜNG LÁT"),
    # must not
    ("HUYỆN", "HUYỆN"),
    ("NGHỊQUYẾT", "NGHỊQUYẾT"),                  # no level word first
    ("Huyệnuỷtânlâm", "Huyệnuỷtânlâm"),          # not in capitals
])
def test_glued_party_committee(word, repaired):
    from extractors.formats.vi_syllable import repair_glued_place
    assert repair_glued_place([word]) == [repaired]


@pytest.mark.parametrize("piece, syllable", [
    ("huyện", True), ("muốn", True), ("người", True), ("rượu", True), ("chuối", True), ("yêu", True), ("thuở", True),
    ("mía", True), ("cua", True), ("mưa", True),
    # must not: a nucleus "iê", "yê", "uô", "ươ" with nothing after it
    ("huyệ", False), ("biê", False), ("muố", False), ("ngườ", False),
])
def test_closed_nuclei(piece, syllable):
    from extractors.formats.vi_syllable import _syllable
    assert _syllable(piece) is syllable


# The dollar's code read with a barred D ("5,6 triệu USĐ)"): the amount was then taken for đồng.
@pytest.mark.parametrize("words, repaired", [
    (["3,2", "triệu", "USĐ),"], ["3,2", "triệu", "USD),"]),
    (["(USĐ)"], ["(USD)"]),
    (["USĐ"], ["USD"]),
    # must not
    (["triệu", "VNĐ"], ["triệu", "VNĐ"]),
    (["USD"], ["USD"]),
    (["USĐA"], ["USĐA"]),
    (["đồng"], ["đồng"]),
])
def test_dollar_code_barred(words, repaired):
    assert ocr.repair_currency_code(words) == repaired


# A header's place name in capitals wrapped onto a line of its own, its hat lost ("UBND TỈNH QUẢNG" / "LAM"),
# told by the page's own lower-case spelling of the name ("Quảng Lâm, ngày ..."). A line is its words; "||" starts
# another column (Tesseract reads a header's two columns as one line); each line's first word at the `indent`.
def _page(lines: list[list[str]], indents: list[float] | None = None) -> list[list[dict]]:
    out = []
    for k, texts in enumerate(lines):
        x, line = (indents[k] if indents else 60.0), []
        for t in texts:
            if t == "||":
                x += 200
                continue
            line.append({"text": t, "x0": x, "x1": x + 40, "top": 100.0 + 20 * k, "bottom": 112.0 + 20 * k,
                         "conf": 90.0})
            x += 45
        out.append(line)
    return out


@pytest.mark.parametrize("lines, indents, repaired", [
    ([["UBND", "TỈNH", "QUẢNG", "||", "CỘNG", "HÒA"], ["LAM", "||", "NAM"], ["VÀ", "||", "Quảng", "Lâm,", "ngày"]],
     [60, 120, 60],
     [["UBND", "TỈNH", "QUẢNG", "CỘNG", "HÒA"], ["LÂM", "NAM"], ["VÀ", "Quảng", "Lâm,", "ngày"]]),
    ([["HUYỆN", "ĐÔNG", "THANH"], ["của", "huyện", "Đông", "Thành", "về"]], None,
     [["HUYỆN", "ĐÔNG", "THÀNH"], ["của", "huyện", "Đông", "Thành", "về"]]),
    ([["SỞ", "Y", "TẾ", "TỈNH", "BẮC", "VAN"], ["tỉnh", "Bắc", "Vân."]], None,
     [["SỞ", "Y", "TẾ", "TỈNH", "BẮC", "VÂN"], ["tỉnh", "Bắc", "Vân."]]),
    # must not
    ([["UBND", "TỈNH", "QUẢNG"], ["LAM"], ["Quảng", "Lâm", "và", "Quang", "Lam"]], None,   # two spellings
     [["UBND", "TỈNH", "QUẢNG"], ["LAM"], ["Quảng", "Lâm", "và", "Quang", "Lam"]]),
    ([["UBND", "TỈNH", "QUẢNG"], ["LAM"], ["quảng", "lâm"]], None,                         # not a name's capitals
     [["UBND", "TỈNH", "QUẢNG"], ["LAM"], ["quảng", "lâm"]]),
    ([["Quảng", "Lam"], ["Quảng", "Lâm"]], None, [["Quảng", "Lam"], ["Quảng", "Lâm"]]),    # no line in capitals
    ([["TỈNH", "QUẢNG", "LAM"], ["Quảng", "Lâmm"]], None, [["TỈNH", "QUẢNG", "LAM"], ["Quảng", "Lâmm"]]),
    ([["UBND", "TỈNH", "QUẢNG"], ["LAM"], ["Quảng", "Lâm"]], [60, 400, 60],               # another column's line
     [["UBND", "TỈNH", "QUẢNG"], ["LAM"], ["Quảng", "Lâm"]]),
])
def test_names_told_by_page(lines, indents, repaired):
    assert ocr.repair_names_told_by_page(_page(lines, indents)) == repaired


# ... and the committee's "ỦY" glued to the place with the level word apart ("HUYỆN", "UỶTÂNLÂM").
@pytest.mark.parametrize("words, repaired", [
    (["HUYỆN", "UỶTÂNLÂM"], ["HUYỆN", "UỶ TÂN LÂM"]),
    (["TỈNH", "ỦYBÌNHSƠN"], ["TỈNH", "ỦY BÌNH SƠN"]),
    # must not
    (["BAN", "UỶTÂNLÂM"], ["BAN", "UỶTÂNLÂM"]),           # no level word before it
    (["HUYỆN", "ỦY"], ["HUYỆN", "ỦY"]),
])
def test_glued_committee_after_level(words, repaired):
    from extractors.formats.vi_syllable import repair_glued_place
    assert repair_glued_place(words) == repaired


# "II. CHỈ TIÊU" read "II. CHỈ TIỂU": the hook read on "CHỈ" tells the targets' heading from "CHI TIÊU" (spending).
@pytest.mark.parametrize("words, repaired", [
    (["II.", "CHỈ", "TIỂU"], ["II.", "CHỈ", "TIÊU"]),
    (["3.", "CHỈ", "TIẾU:"], ["3.", "CHỈ", "TIÊU:"]),
    (["CHỈ", "TIỂU", "CỤ", "THỂ"], ["CHỈ", "TIÊU", "CỤ", "THỂ"]),
    # must not
    (["II.", "CHI", "TIỂU"], ["II.", "CHI", "TIỂU"]),      # no hook read: spending or targets, not told
    (["II.", "Chỉ", "tiểu"], ["II.", "Chỉ", "tiểu"]),      # not in capitals
    (["II.", "CHỈ", "ĐẠO"], ["II.", "CHỈ", "ĐẠO"]),
])
def test_targets_heading_told_by_hook(words, repaired):
    assert repair_section_heading(words) == repaired


# A number line under the issuer's rule read "- Sđ: 52/KH-MTTQ-BTT": the rule a word of its own, "ố" read "đ".
@pytest.mark.parametrize("texts, framed", [
    (["-", "Sđ:", "52/KH-MTTQ-BTT"], True),
    (["—", "Sð:", "7/KH-UBND"], True),
    (["-", "Số:", "52/KH-MTTQ-BTT"], True),
    # must not
    (["-", "Sđ:", "52/KH-MTTQ-BTT", "ngày"], False),
    (["-", "Sở", "Y", "tế"], False),
    (["-", "Sđ", "12", "hộ"], False),
])
def test_frame_before_number_so_as_d(texts, framed):
    assert ocr.frame_before_number(texts) is framed


@pytest.mark.parametrize("read, text", [
    ("Sđ: 52/KH-MTTQ-BTT", "Số: 52/KH-MTTQ-BTT"),
    ("- Sð: 118/QĐ-UBND", "Số: 118/QĐ-UBND"),
    # must not
    ("Sđ 12 hộ", "Sđ 12 hộ"),
    ("Số: 52/KH-MTTQ", "Số: 52/KH-MTTQ"),
])
def test_number_line_so_read_as_d(read, text):
    assert ocr.number_line_read_again(read) == text


# The same with the heading's longer form: "CÁC CHỈ TIỂU" takes "CÁC CHỈ TIÊU" (its words before the last read with
# the heading's marks); "CÁC CHI TIÊU" (spending) stays
@pytest.mark.parametrize("line, repaired", [
    ("III. CÁC CHỈ TIỂU CHỦ YẾU", "III. CÁC CHỈ TIÊU CHỦ YẾU"),
    ("III. CÁC CHI TIÊU THƯỜNG XUYÊN", "III. CÁC CHI TIÊU THƯỜNG XUYÊN"),
])
def test_the_longer_targets_heading_is_told_by_its_marks(line, repaired):
    assert " ".join(repair_section_heading(line.split())) == repaired
