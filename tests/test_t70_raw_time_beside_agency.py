"""A task table copied out of a PDF cell after cell, a product column after the time, whose time's first word stands
beside the last agency's line ("Sở Nội vụ Hằng" / "năm" / "Lớp bồi" / "dưỡng"), round T70 (G10's 34-task table as
`pdftotext -raw`: the row was left unread, its cells run into its task).

Must-not rows: a time's word that starts no whole time beside a name ("Hội Nông dân xã Năm Sơn", a place) stays the
name's; a row whose time starts its own line reads as on bda16f35. Names and numbers invented."""

from __future__ import annotations

from extractors.layout.raw_tasks import _cells

KINDS = ["code", "task", "lead", "partner", "time", "product"]


def test_time_beside_the_last_agency():
    # must: the partner, the time over two lines, the product after it
    row = ["4 Tập huấn kỹ năng", "cho cán bộ hội", "Hội Liên hiệp", "Phụ nữ tỉnh", "Sở Tư pháp Hằng", "năm", "Lớp tập",
           "huấn"]
    assert _cells(row, KINDS) == ["4", "Tập huấn kỹ năng cho cán bộ hội", "Hội Liên hiệp Phụ nữ tỉnh", "Sở Tư pháp",
                                  "Hằng năm", "Lớp tập huấn"]
    row = ["7 Xây dựng cơ sở", "dữ liệu đất đai", "Sở Xây dựng", "Ủy ban nhân dân", "các xã Quý", "IV/2029", "Cơ sở",
           "dữ liệu"]
    got = _cells(row, KINDS)
    assert got is not None and got[3:] == ["Ủy ban nhân dân các xã", "Quý IV/2029", "Cơ sở dữ liệu"]


def test_a_places_time_word_stays_the_names():
    # must-not: "Năm Sơn" is a place, no time: the row has no time here (no reading, as on bda16f35)
    row = ["5 Hỗ trợ nông dân", "Sở Xây dựng", "Hội Nông dân xã Năm", "Sơn", "Mô hình"]
    assert _cells(row, KINDS) is None


def test_time_on_its_own_line_as_today():
    # must-not: the time starting its own line reads as before
    row = ["2 Tổ chức hội thi", "Sở Tư pháp", "Đoàn Thanh niên", "tỉnh", "Quý III/2029", "Hội thi"]
    assert _cells(row, KINDS) == ["2", "Tổ chức hội thi", "Sở Tư pháp", "Đoàn Thanh niên tỉnh", "Quý III/2029", "Hội thi"]
