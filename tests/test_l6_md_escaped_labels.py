"""A label that a Markdown writer escaped at a line's start (round L6, tests/renditions/converters.py
pandoc-md): pandoc writes "a\\) Rà soát ...", "2\\. Tổ chức ...", "II\\. NHIỆM VỤ", "\\- Sở Y tế" so
that the line opens no Markdown list, and hard-wraps its paragraphs at 72 columns. The line still
opens a block of the document: the wrap of the paragraph before it does not run on into it (a
paragraph longer than the width that stopped on ")" was joined with the next item, the escape
hiding the label)."""

from __future__ import annotations

import pytest

from extractors.layout import wrap

WRAPPED = wrap.Style(paragraphs_by_blank_lines=False, wrap_width=72.0)
LONG = ("a) Kiểm tra hoạt động kinh doanh vận tải hành khách bằng xe ô tô, xử lý nghiêm các đơn vị vi phạm. "
        "(Đơn vị thực hiện: Phòng Quản lý vận tải; phối hợp: Thanh tra Sở)")

# (why, line before, next line, the paragraph so far, same blank-line group, joins)
ROWS = [
    # must: an escaped label opens a block
    ("escaped letter label after a closed bracket", "Thanh tra Sở)", "b\\) Giám sát công tác đào tạo, sát hạch",
     LONG, False, False),
    ("escaped letter label with a dot", "Thanh tra Sở)", "c\\. Vốn sự nghiệp bố trí trong dự toán", LONG, False, False),
    ("escaped đ label", "Thanh tra Sở)", "đ\\) tổ chức sơ kết, tổng kết", LONG, False, False),
    ("escaped number label", "Thanh tra Sở)", "2\\. kiểm tra định kỳ các tuyến đường", LONG, False, False),
    ("escaped dash item", "Thanh tra Sở)", "\\- các xã, phường ven biển thực hiện", LONG, False, False),
    ("escaped roman heading", "Thanh tra Sở)", "II\\. NHIỆM VỤ", LONG, False, False),
    # must not: a wrap still runs on, an escape inside a line is no label
    ("a wrap in lower case runs on", "Kiểm tra hoạt động kinh doanh vận tải hành khách bằng xe ô tô, xử lý",
     "nghiêm các đơn vị vi phạm về thời gian", "", True, True),
    ("an escaped star inside the next line", "Kiểm tra hoạt động kinh doanh vận tải hành khách bằng xe ô tô, xử lý",
     "nghiêm các đơn vị \\* vi phạm", "", True, True),
    ("a plain lower-case line after a long paragraph", "Thanh tra Sở)", "bảo đảm an toàn giao thông", LONG, False, True),
]


@pytest.mark.parametrize("why,prev,nxt,para,same,expected", ROWS, ids=[r[0] for r in ROWS])
def test_escaped_label_opens_a_block(why, prev, nxt, para, same, expected):
    assert wrap.joins(prev, nxt, WRAPPED, same, para=para) is expected


@pytest.mark.parametrize("line,expected", [
    ("b\\) Giám sát", "b) Giám sát"), ("1.2\\. Nội dung", "1.2. Nội dung"), ("\\+ Sở Tài chính", "+ Sở Tài chính"),
    ("Giao \\* Sở", "Giao \\* Sở"), ("snake\\_case", "snake\\_case"), ("\\\\. x", "\\\\. x"),
])
def test_label_unescaped(line, expected):
    assert wrap.label_unescaped(line) == expected
