"""Round IMG33: G42's and G43's documents as scans (OCR path).

- the recipients' label run on with its items in one paragraph ("Nơi nhận: - Bộ Xây dựng (b/c); - UBND tỉnh;": a
  signer's ruled table whose cell lost its line breaks), its bold italic "nhận" read "nhậm" (the n's foot as an m's):
  the label not told, the run-on list not split, every recipient lost. A line whose two first words are a garbled
  "Nơi nhận:" (as ocr.repair_recipients_label tells a label alone on its line) followed by a list's dash is the label
  run on; in a ruled cell as on the page (ocr.recipients_label_in_cell).

Everything here is invented: names, places, numbers.
"""

from __future__ import annotations

import pytest

from extractors.formats import ocr

# (the page's lines as (words, left edge), the words expected after)
LABEL_ROWS = [
    # must: the label run on with its first item, "nhận" read "nhậm"
    ([("Nơi nhậm: - Sở Xây dựng tỉnh Đông Hà (b/c);".split(), 72.0), ("- UBND các phường;".split(), 72.0)],
     ["Nơi nhận: - Sở Xây dựng tỉnh Đông Hà (b/c);".split(), "- UBND các phường;".split()]),
    # must: its first word garbled too ("ợt"), the item's dash an en dash; alone on the page
    ([("ợt nhân: – Như Điều 4;".split(), 60.0)], [["Nơi", "nhận:", "–", "Như", "Điều", "4;"]]),
    # must: a later line of the page (the label under the closing paragraph)
    ([("Trong quá trình thực hiện, có vướng mắc báo cáo về Sở./.".split(), 72.0),
      ("Noi nhậm: - Bộ Tài chính; - Lưu: VT.".split(), 72.0)],
     ["Trong quá trình thực hiện, có vướng mắc báo cáo về Sở./.".split(),
      "Nơi nhận: - Bộ Tài chính; - Lưu: VT.".split()]),
    # must-not: the label read right stays as it is
    ([("Nơi nhận: - Bộ Công Thương;".split(), 72.0)], ["Nơi nhận: - Bộ Công Thương;".split()]),
    # must-not: another word before "nhận:" (a form's "Bên nhận:", "Người nhận:")
    ([("Bên nhận: - Công ty Cổ phần Sông Lam;".split(), 72.0)], ["Bên nhận: - Công ty Cổ phần Sông Lam;".split()]),
    ([("Người nhận: - Trần Văn Hiếu;".split(), 72.0)], ["Người nhận: - Trần Văn Hiếu;".split()]),
    # must-not: no dash after the two words ("Nơi nhậm: ..." of no list; "Nơi nhận hồ sơ: ...")
    ([("Nơi nhậm: Bộ phận một cửa".split(), 72.0)], ["Nơi nhậm: Bộ phận một cửa".split()]),
    ([("Nơi nhận hồ sơ: - Bộ phận một cửa".split(), 72.0)], ["Nơi nhận hồ sơ: - Bộ phận một cửa".split()]),
    # must-not: a word of a sentence before a dash ("Giao nhận: - ..." is two edits too many)
    ([("Giao nhận: - hàng hóa;".split(), 72.0)], ["Giao nhận: - hàng hóa;".split()]),
]


@pytest.mark.parametrize("lines, expected", LABEL_ROWS)
def test_recipients_label_run_on(lines, expected):
    assert ocr.repair_recipients_label(lines) == expected


# (a ruled cell's reading, its lines; the reading expected after)
CELL_ROWS = [
    # must: the signer's table's left cell, its items run on under the label
    ("Nơi nhậm: - Bộ Nông nghiệp và Môi\ntrường (b/c); - UBND tỉnh (b/c); -\nLưu: VT, KHTC.",
     "Nơi nhận: - Bộ Nông nghiệp và Môi\ntrường (b/c); - UBND tỉnh (b/c); -\nLưu: VT, KHTC."),
    # must: the label alone on the cell's first line, the list under it
    ("Nới nhân:\n- Như Điều 3;\n- Lưu: VT.", "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT."),
    # must-not: the label read right; another cell ("KT. CHỦ TỊCH")
    ("Nơi nhận: - Bộ Y tế;\n- Lưu: VT.", "Nơi nhận: - Bộ Y tế;\n- Lưu: VT."),
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
    # must-not: a task's cell that receives ("Tiếp nhận: - hồ sơ ...")
    ("Tiếp nhận: - hồ sơ đăng ký;\n- phiếu góp ý.", "Tiếp nhận: - hồ sơ đăng ký;\n- phiếu góp ý."),
]


@pytest.mark.parametrize("lined, expected", CELL_ROWS)
def test_recipients_label_in_cell(lined, expected):
    assert ocr.recipients_label_in_cell(lined) == expected
