"""A scanned table's row-number heading ("TT") in a cell merged down over two header rows,
read as "1": both header rows get the heading back, not only the first (round L, from the
scan renditions: the second header row "1 | Nội dung | Chủ trì | Phối hợp | Thời gian" was
read as the first task, and the lead and partner columns lost their names)."""

from __future__ import annotations

from extractors.formats import ocr

# TT | Nội dung | Đơn vị thực hiện (over Chủ trì | Phối hợp) | Thời gian, then tasks;
# columns at x = 0, 100, ..., 500, rows at y = 0, 100, ...
HEADER = {(0, 0): "1", (0, 1): "Nội dung", (0, 2): "Đơn vị thực hiện", (0, 4): "Thời gian",
          (1, 2): "Chủ trì", (1, 3): "Phối hợp"}
TASKS = [["1", "Rà soát các điểm sạt lở", "Sở Nông nghiệp", "UBND các xã", "Quý II"],
         ["2", "Diễn tập ứng phó", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Tháng 6"]]


def _grid(header_rows: int) -> ocr._Grid:
    """A header of one row, or of two whose first, second and last cells are merged down."""
    rows = header_rows + len(TASKS)
    bottom = 100 * rows
    hsegs = [(y, 0, 500, 1) for y in range(0, bottom + 1, 100) if not (header_rows == 2 and y == 100)]
    vsegs = [(x, 0, bottom, 1) for x in (0, 100, 200, 400, 500)]
    if header_rows == 2:
        hsegs.append((100, 200, 400, 1))  # the rule under "Đơn vị thực hiện" only
        vsegs.append((300, 100, bottom, 1))  # "Chủ trì" | "Phối hợp" under it
    else:
        vsegs.append((300, 0, bottom, 1))
    g = ocr._Grid(hsegs, vsegs, 1.0, 2)
    texts = dict(HEADER) if header_rows == 2 else {(0, 0): "1", (0, 1): "Nội dung", (0, 2): "Chủ trì",
                                                   (0, 3): "Phối hợp", (0, 4): "Thời gian"}
    for n, task in enumerate(TASKS):
        texts.update({(header_rows + n, c): text for c, text in enumerate(task)})
    for (r, c), text in texts.items():
        g.texts[g.region[r][c]] = text
    return g


def test_a_heading_merged_down_is_repaired_in_every_row_it_covers():
    g = _grid(header_rows=2)
    assert g.region[0][0] == g.region[1][0]  # the grid sees the merged cell
    rows = g.table().rows
    assert [row[0] for row in rows] == ["STT", "STT", "1", "2"]
    assert rows[1][1:] == ["Nội dung", "Chủ trì", "Phối hợp", "Thời gian"]


def test_the_first_task_under_a_one_row_heading_keeps_its_number():
    """must not: the "1" under a heading row of its own is the first task's number."""
    assert [row[0] for row in _grid(header_rows=1).table().rows] == ["STT", "1", "2"]
