"""A budget table in `pdftotext -layout` text whose amounts are set right of their headings
(numbers right-aligned in their cells): the last header line runs two headings together one
space apart ("sách tỉnh sách xã"), and is cut where the heading above it starts, not at the
amounts' start (extractors.layout.grid._cut_at_amounts). Must-match and must-not-match rows;
the tables are invented (helper P)."""

from extractors.layout.text import read_text

INTRO = "Tổng kinh phí thực hiện Kế hoạch là 2.150 triệu đồng (chi tiết tại biểu dưới đây)."


def header_rows(lines: list[str]) -> list[list[str]]:
    blocks, _ = read_text("\n".join([INTRO, ""] + lines + ["", "V. TỔ CHỨC THỰC HIỆN"]) + "\n")
    tables = [b.rows for b in blocks if b.kind == "table"]
    assert tables, [b.text for b in blocks]
    return tables[0]


def at(*cells: tuple[int, str]) -> str:
    """A line with each text at its character position."""
    line = ""
    for x, text in cells:
        line = line.ljust(x) + text
    return line


# the amounts right-aligned in cells 12 characters wide: "Vốn" over the third column at 44,
# its amounts end at 49
RIGHT_SET = [at((0, "STT"), (11, "Nội dung"), (22, "Tổng"), (34, "Nguồn vốn")),
             at((22, "vốn"), (34, "Vốn"), (44, "Vốn"), (56, "Xã hội")),
             at((34, "huyện cấp xã cấp"), (56, "hóa")),
             at((0, "1"), (11, "Nạo vét"), (22, "150"), (34, "-"), (47, "90"), (56, "60")),
             at((11, "kênh")),
             at((0, "2"), (11, "Kè bờ"), (22, "2.000"), (34, "1.200"), (46, "500"), (56, "300")),
             at((11, "sông")),
             at((11, "Tổng"), (22, "2.150"), (34, "1.200"), (46, "590"), (56, "360"))]


def test_headings_run_together_are_cut_where_the_heading_above_starts():
    rows = header_rows(RIGHT_SET)
    assert rows[1][3:] == ["Vốn huyện cấp", "Vốn xã cấp", "Xã hội hóa"], rows
    assert rows[2][:3] == ["1", "Nạo vét kênh", "150"], rows


LEFT_SET = [at((0, "STT"), (11, "Nội dung"), (22, "Tổng"), (34, "Nguồn vốn")),
            at((22, "vốn"), (34, "Vốn"), (46, "Vốn"), (58, "Xã hội")),
            at((34, "huyện cấp"), (46, "xã cấp"), (58, "hóa")),
            at((0, "1"), (11, "Nạo vét"), (22, "150"), (34, "-"), (46, "90"), (58, "60")),
            at((11, "kênh")),
            at((0, "2"), (11, "Kè bờ"), (22, "2.000"), (34, "1.200"), (46, "500"), (58, "300")),
            at((11, "sông")),
            at((11, "Tổng"), (22, "2.150"), (34, "1.200"), (46, "590"), (58, "360"))]


def test_headings_apart_stay_as_they_are():
    # must not: headings set apart over left-aligned amounts read as before
    rows = header_rows(LEFT_SET)
    assert rows[1][3:] == ["Vốn huyện cấp", "Vốn xã cấp", "Xã hội hóa"], rows
