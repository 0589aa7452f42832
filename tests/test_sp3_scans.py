"""SP3: passes of the text layout that asked a pattern of every line now ask only the lines a search of the whole
text finds it in (extractors.layout.scan): the motto and "Nơi nhận:" (one_line.put_back_header_and_signature), a
label alone (one_line.rejoin_labels), the recipients run on with their first item (cells.wrapped_signature_cells),
the collapsed signature (text._uncollapsed_signature, which now returns at once when no line can hold it). The
candidates must hold every line the pattern matches, line by line; each pass must still change the text it
changed (must rows) and leave the rest as it is (must-not rows). Texts invented."""

from __future__ import annotations

import pytest

from extractors.layout import cells, one_line, scan
from extractors.layout import text as layout_text

LINE_TEXTS = [
    "",
    "\n",
    "Độc lập - Tự do - Hạnh phúc",
    "ỦY BAN NHÂN DÂN\nĐỘC LẬP - TỰ DO - HẠNH PHÚC\n\nđộc  lập – tự do – hạnh phúc  ",
    "Độc lập -\nTự do - Hạnh phúc\nĐộc lập - Tự do - Hạnh phúc Số: 4/KH-UBND",  # a motto over two lines, then one
    "Nơi nhận:\n- Như trên;\n  NƠI  NHẬN :- Sở Tài chính;\r\nnơi nhận: TM. ỦY BAN NHÂN DÂN",
    "Nơi nhận: KT. CHỦ TỊCH\nNơi nhận:  CHỦ TỊCH\nNơi nhận:   TM. ỦY BAN\nNơi\nnhận: TL. GIÁM ĐỐC",
    "1.\nNâng cao năng lực\n\na)\nTổ chức tập huấn\nĐiều 3 .\nb )\r\nIV.",
    "\t\n  \nNơi nhận: - Sở Y tế;\nNơi nhận:\n- Lưu: VT.",
]


@pytest.mark.parametrize("pattern,scan_with,how", [
    (one_line.MOTTO, one_line.MOTTO, "search"),  # (searched in a line: the motto itself finds the candidates)
    (one_line._RECIPIENTS, one_line._RECIPIENTS_LINES, "match"),
    (one_line.LONE_LABEL, one_line._LONE_LABELS, "match"),
    (cells._RECIPIENTS_RUN_ON, cells._RECIPIENTS_RUN_ON_LINES, "match"),
    (layout_text.COLLAPSED_RECIPIENTS, layout_text._COLLAPSED_LINES, "match"),
])
@pytest.mark.parametrize("text", LINE_TEXTS)
def test_candidates_hold_every_line_the_pattern_finds(pattern, scan_with, how, text):
    lines = text.split("\n")
    matched = [k for k, line in enumerate(lines) if getattr(pattern, how)(line)]
    found = scan.candidates(text, scan_with)
    assert set(matched) <= set(found) and found == sorted(set(found))
    if how == "match":  # and the one search the collapsed signature's pass asks finds something when a line does
        assert bool(matched) <= bool(scan_with.search("\n" + text))


HEADER_ROW = ("ỦY BAN NHÂN DÂN XÃ PHÚ LÂM ---- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---- "
              "Số: 31/KH-UBND Phú Lâm, ngày 12 tháng 5 năm 2026")

PUT_BACK_MUST = [
    # the header's row flattened onto one line, among other lines: broken where its lines were
    ("Kế hoạch\n" + HEADER_ROW + "\nNội dung", lambda out: "Số: 31/KH-UBND" in out.split("\n")),
    # the recipients' column with the signature after it, a line among others
    ("I. MỤC TIÊU\nNơi nhận: - Sở Xây dựng; - Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lò Văn Thắm\nhết",
     lambda out: out.split("\n")[1] == "Nơi nhận: - Sở Xây dựng; - Lưu: VT." and out.split("\n")[-1] == "hết"),
]
PUT_BACK_MUST_NOT = [
    "Độc lập - Tự do - Hạnh phúc\nSố: 31/KH-UBND\nNơi nhận:\n- Sở Xây dựng;",  # a header and a list as they were written
    "Hạnh phúc gia đình\nNơi nhận là xã Phú Lâm",  # the words, not the marks
    "Nơi nhận: - Sở Xây dựng; - Lưu: VT, KT. TM. UBND TỈNH.",  # a list whose last entry names a body: no signature
]


@pytest.mark.parametrize("text,check", PUT_BACK_MUST)
def test_header_and_signature_put_back(text, check):
    out = one_line.put_back_header_and_signature(text)
    assert out != text and check(out)


@pytest.mark.parametrize("text", PUT_BACK_MUST_NOT)
def test_header_and_signature_left(text):
    assert one_line.put_back_header_and_signature(text) is text


def test_labels_rejoined_only_when_two_are_alone():
    text = "Mở đầu\n1.\nTăng cường kiểm tra\n2.\n\nRà soát hồ sơ\nKết thúc"
    assert one_line.rejoin_labels(text) == "Mở đầu\n1. Tăng cường kiểm tra\n2. Rà soát hồ sơ\nKết thúc"
    alone_once = "Mở đầu\n1.\nTăng cường kiểm tra\n2. Rà soát hồ sơ"
    assert one_line.rejoin_labels(alone_once) is alone_once
    last_line = "Mở đầu\nTăng cường kiểm tra\n3."  # (a label on the last line has no item after it)
    assert one_line.rejoin_labels(last_line) is last_line


WRAPPED_MUST = [
    # the recipients' cell and the signature's run on over lines: each cell again, the name last
    "Nội dung\nNơi nhận: - Sở Nội vụ; - UBND\nhuyện Ia Mơ; - Lưu: VT.\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH\nRơ Châm Hiên\n",
]
WRAPPED_MUST_NOT = [
    "Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\nKT. CHỦ TỊCH",  # the list a line an item
    "Nơi nhận: - Sở Nội vụ; - Lưu: VT.\nKT. CHỦ TỊCH",  # one line ending in "."
]


@pytest.mark.parametrize("text", WRAPPED_MUST)
def test_wrapped_signature_cells_split(text):
    out = cells.wrapped_signature_cells(text)
    assert out != text and "Rơ Châm Hiên" in out.split("\n") and "- Lưu: VT." in out.split("\n")


@pytest.mark.parametrize("text", WRAPPED_MUST_NOT)
def test_wrapped_signature_cells_left(text):
    assert cells.wrapped_signature_cells(text) == text


def test_collapsed_signature_in_two_columns_again_and_only_it():
    text = "Nội dung\nNơi nhận: KT. CHỦ TỊCH\n- Sở Công Thương;\n- Lưu: VT. PHÓ CHỦ TỊCH\n\nĐinh Văn Quyết"
    out = layout_text._uncollapsed_signature(text).split("\n")
    assert out[1].startswith("Nơi nhận:") and out[1].endswith("KT. CHỦ TỊCH") and "  " in out[1]
    for same in ["Nơi nhận:\nKT. CHỦ TỊCH", "Nơi nhận: Sở Công Thương", "Nơi\nnhận: KT. CHỦ TỊCH"]:
        assert layout_text._uncollapsed_signature(same) == same


# -- grid.find_text_tables asks for a padded table only where a code heading is near -----------------------------

from extractors.layout import grid  # noqa: E402
from tests.test_p_padded_tables import ROWS, at, tables  # noqa: E402

CODE_HEADINGS = ["STT", "TT", "tt", "Stt.", "Số TT", "số thứ tự", "S11", "5TT", "\u017ftt"]  # (the long s reads as s)
NO_CODE_HEADINGS = ["Nội dung", "Tổng", "Sở Y tế", "T", "Thời gian", " STT", "STT 1"]


@pytest.mark.parametrize("text", CODE_HEADINGS)
def test_a_code_heading_segment_is_seen(text):
    assert grid._holds_code_head([(0.0, 4.0, "Nội dung"), (10.0, 13.0, text)])


@pytest.mark.parametrize("text", NO_CODE_HEADINGS)
def test_no_code_heading_segment_is_seen(text):
    assert not grid._holds_code_head([(0.0, 4.0, "Nội dung"), (10.0, 13.0, text)])


HEADING_LINES = [at((42, "Đơn vị thực hiện")), at((67, "Thời gian")), at((11, "Nội dung công việc")),
                 at((67, "hoàn thành")), at((40, "Chủ trì"), (54, "Phối hợp"))]


def test_a_padded_header_with_its_code_heading_on_its_last_line_is_read():
    """The code heading on the sixth and last line a padded header may take (grid.PADDED_HEADER_LINES): the
    table is read (the lines asked for one reach that far)."""
    found = tables(HEADING_LINES + [at((0, "STT")), ""] + ROWS)
    assert len(found) == 1 and found[0][1][:3] == ["STT", "Nội dung công việc", "Chủ trì"]


def test_a_header_longer_than_a_padded_header_is_no_table():
    assert tables([at((42, "Đơn vị")), at((42, "thực hiện"))] + HEADING_LINES + [at((0, "STT")), ""] + ROWS) == []
