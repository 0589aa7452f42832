"""pdfplumber's grouping of a page's characters and edges, as the PDF reader uses it on
pages PDFium reads (extractors.formats.pdf, _FastPage): words (`extract_words`), the
cells the table finder makes of the edges (`intersections_to_cells`), and a table's cell
texts (`Table.extract`). The same rules on the same numbers, so the same results, value
for value (tests/extractors/test_pdf_grouping.py holds them against pdfplumber's own
functions), without what makes pdfplumber's slow in pure Python: a generic word extractor
checking directions and options at every character, sets of edge boxes made anew at each
of thousands of point pairs, each cell's character centres computed again, cells removed
from a list one by one.

Only upright characters read left to right with pdfplumber's default options (those the
reader passes) take the short way; anything else goes to pdfplumber's functions.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import groupby
from operator import itemgetter

from pdfplumber.table import Table, TableFinder, TableSettings
from pdfplumber.utils.clustering import make_cluster_dict
from pdfplumber.utils.text import DEFAULT_X_TOLERANCE, DEFAULT_Y_TOLERANCE, LIGATURES
from pdfplumber.utils.text import extract_words as plumber_words

_TOP = itemgetter("top")
_X0 = itemgetter("x0")  # a line's order (pdfplumber's key (x0, x0) orders alike)
_UPRIGHT = itemgetter("upright")
_FIELDS = itemgetter("text", "x0", "top", "x1", "bottom")


def extract_words(chars: list[dict], x_tolerance: float = DEFAULT_X_TOLERANCE, y_tolerance: float = DEFAULT_Y_TOLERANCE,
                  extra_attrs: list[str] | None = None) -> list[dict]:
    """pdfplumber.utils.text.extract_words(chars, x_tolerance=..., y_tolerance=...,
    extra_attrs=...), its other options at their defaults: runs of characters alike in
    `upright` and the extra attributes, each cut into lines (tops within y_tolerance,
    chained), each line sorted by x0 and cut into words where a character is blank, starts
    left of the one before, more than x_tolerance right of its end, or more than
    y_tolerance above or below it."""
    extra = list(extra_attrs or [])
    if not all(map(_UPRIGHT, chars)):  # rotated text: pdfplumber's own reading (any true `upright` reads as True)
        return plumber_words(chars, x_tolerance=x_tolerance, y_tolerance=y_tolerance, extra_attrs=extra)
    words: list[dict] = []
    for _, run in groupby(chars, itemgetter("upright", *extra)):  # as iter_extract_tuples groups them
        _run_words(list(run), x_tolerance, y_tolerance, extra, words)
    return words


def _run_words(chars: list[dict], xt: float, yt: float, extra: list[str], out: list[dict]) -> None:
    """The words of one run of alike characters (WordExtractor.iter_chars_to_lines and
    iter_chars_to_words, then merge_chars), appended to `out`."""
    lines = _lines(chars, yt)
    lig = LIGATURES.get
    for line in lines:
        line.sort(key=_X0)
        open_ = False  # a word is under way: its first character, texts, box so far (x0 is its first's: the line's order)
        px0 = px1 = ptop = None  # the word's last character's x0, x1 and top
        for c, (text, x0, ctop, cx1, cbottom) in zip(line, map(_FIELDS, line)):
            if text.isspace():
                if open_:
                    out.append(_word(first, texts, top, x1, bottom, extra))
                open_ = False
                continue
            if text == "":  # pdfplumber's split_at_punctuation is "", and "" is in "": a word of its own
                if open_:
                    out.append(_word(first, texts, top, x1, bottom, extra))
                out.append(_word(c, [""], ctop, cx1, cbottom, extra))
                open_ = False
                continue
            if open_ and not (x0 < px0 or x0 > px1 + xt or abs(ctop - ptop) > yt):
                texts.append(lig(text, text))
                if ctop < top:  # min() and max(): the first of equal values stays
                    top = ctop
                if cx1 > x1:
                    x1 = cx1
                if cbottom > bottom:
                    bottom = cbottom
            else:
                if open_:
                    out.append(_word(first, texts, top, x1, bottom, extra))
                first, texts, top, x1, bottom = c, [lig(text, text)], ctop, cx1, cbottom
                open_ = True
            px0, px1, ptop = x0, cx1, ctop
        if open_:
            out.append(_word(first, texts, top, x1, bottom, extra))


def _word(first: dict, texts: list[str], top: float, x1: float, bottom: float, extra: list[str]) -> dict:
    """WordExtractor.merge_chars for upright characters read left to right: `first` is the
    word's first character (its x0 is the word's), the box's other sides as found."""
    x0 = first["x0"]
    word = {"text": "".join(texts), "x0": x0, "x1": x1, "top": top, "doctop": top + (first["doctop"] - first["top"]),
            "bottom": bottom, "upright": first["upright"], "height": bottom - top, "width": x1 - x0, "direction": "ltr"}
    for k in extra:
        word[k] = first[k]
    return word


def extract_text(chars: list[dict]) -> str:
    """pdfplumber.utils.text.extract_text(chars) with its defaults (what Table.extract
    gives a cell): the words (x and y tolerance 3), their lines (tops within 3, chained),
    a space between words and a line end between lines."""
    if not chars:
        return ""
    words = extract_words(chars)
    if len(words) == 1:  # one word, one line
        return words[0]["text"]
    lines = _lines(words, DEFAULT_Y_TOLERANCE)
    return "\n".join(" ".join(w["text"] for w in line) for line in lines)


def _lines(objs: list[dict], tolerance: float) -> list[list[dict]]:
    """cluster_objects(objs, top, tolerance): the distinct tops sorted, each within
    `tolerance` of the one before in the same cluster (make_cluster_dict), the objects of
    each cluster in their order, the clusters top first."""
    cluster: dict = {}
    n = -1
    last = None
    for top in sorted(set(map(_TOP, objs))):
        if last is None or not top <= last + tolerance:
            n += 1
        cluster[top] = n
        last = top
    if n == 0:  # one line (a run of one font on one line, a cell of one line): all of them in order
        return [list(objs)]
    lines: list[list[dict]] = [[] for _ in range(n + 1)]
    for o in objs:
        lines[cluster[o["top"]]].append(o)
    return lines


class FastTable(Table):
    """A pdfplumber Table whose `extract()` is table_extract."""

    def extract(self, **kwargs) -> list[list[str | None]]:
        if kwargs:
            return super().extract(**kwargs)
        return table_extract(self)


def table_extract(table: Table) -> list[list[str | None]]:
    """Table.extract() with no options: per row, the characters whose centre lies in the
    row's box (left and top sides in, right and bottom out), then per cell those of the
    row's in the cell's box, read by extract_text; None for a cell the table lacks. Each
    character's centre is found once, not once per row and cell."""
    centres = getattr(table.page, "centres", None)  # the reader's tables carry them (extractors.formats.pdf)
    if centres is None:
        centres = [((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2, c) for c in table.page.chars]
    out: list[list[str | None]] = []
    in_band = _band_finder(centres)
    for row in table.rows:
        x0, top, x1, bottom = row.bbox
        row_chars = [t for t in in_band(top, bottom) if t[0] >= x0 and t[0] < x1]
        cells: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                cells.append(None)
                continue
            cx0, ctop, cx1, cbottom = cell
            inside = [t[2] for t in row_chars if t[0] >= cx0 and t[0] < cx1 and t[1] >= ctop and t[1] < cbottom]
            cells.append(extract_text(inside) if inside else "")
        out.append(cells)
    return out


def _band_finder(centres: list[tuple]):
    """A function that gives the centres (x, y, character) with top <= y < bottom, in
    their order in `centres`: found by bisection among the centres sorted by y, not by a
    scan of all of them for each row of a table."""
    y = [t[1] for t in centres]
    order = sorted(range(len(centres)), key=y.__getitem__)
    ys = [y[k] for k in order]

    def in_band(top: float, bottom: float) -> list[tuple]:
        found = order[bisect_left(ys, top):bisect_left(ys, bottom)]
        found.sort()  # the centres' own order (a row's text depends on it)
        return [centres[k] for k in found]
    return in_band


def find_tables(page, settings=None, intersections: dict | None = None) -> list[FastTable]:
    """TableFinder(page, settings).tables, as FastTables: pdfplumber's edges and their
    intersections (or those given, as intersections_of found them), then
    intersections_to_cells and cells_to_tables below."""
    if intersections is None:
        intersections = intersections_of(page, settings)
    return [FastTable(page, group) for group in cells_to_tables(intersections_to_cells(intersections))]


def intersections_of(page, settings=None) -> dict:
    """The intersections of the page's edges that TableFinder(page, settings) finds (its
    __init__ up to the cells)."""
    s = TableSettings.resolve(settings)
    if (s.vertical_strategy, s.horizontal_strategy) == ("lines", "lines") and not (
            s.explicit_vertical_lines or s.explicit_horizontal_lines):
        edges = table_edges(page.edges, s)
    else:
        finder = TableFinder.__new__(TableFinder)
        finder.page = page
        finder.settings = s
        edges = finder.get_edges()
    return crossings(edges, s.intersection_x_tolerance, s.intersection_y_tolerance)


# An edge while the table finder's edges are made: its box and the two lengths, as
# numbers (x0, top, x1, bottom, width, height); its orientation is the list it is in.
_BOX = itemgetter("x0", "top", "x1", "bottom", "width", "height")


def table_edges(edges: list[dict], s: TableSettings) -> list[dict]:
    """TableFinder.get_edges() with the "lines" strategies and no explicit lines: the
    edges long enough (edge_min_length_prefilter), snapped (each orientation's positions
    clustered, every edge moved to its cluster's mean), joined where they touch along one
    line, kept if long enough (edge_min_length). The same arithmetic in the same order, so
    the same numbers, on tuples instead of a new dict per edge at each step; the edges
    made as dicts of what the finder reads of them (box, lengths, orientation)."""
    pre = s.edge_min_length_prefilter
    v = [_BOX(e) for e in edges if e["orientation"] == "v" and e["height"] >= pre]
    h = [_BOX(e) for e in edges if e["orientation"] == "h" and e["width"] >= pre]
    if s.snap_x_tolerance > 0 or s.snap_y_tolerance > 0:
        v = _snapped(v, 0, 2, s.snap_x_tolerance)  # x0 to the mean, x1 moved alike
        h = _snapped(h, 1, 3, s.snap_y_tolerance)  # top to the mean, bottom moved alike
    out: list[dict] = []
    h.sort(key=_AT[1])  # merge_edges' groups: horizontal ones by top, then vertical ones by x0
    for _, group in groupby(h, _AT[1]):
        for x0, top, x1, bottom, width, height in _joined(list(group), 0, 2, s.join_x_tolerance):
            if width >= s.edge_min_length:
                out.append({"x0": x0, "top": top, "x1": x1, "bottom": bottom, "width": width, "height": height,
                            "orientation": "h"})
    v.sort(key=_AT[0])
    for _, group in groupby(v, _AT[0]):
        for x0, top, x1, bottom, width, height in _joined(list(group), 1, 3, s.join_y_tolerance):
            if height >= s.edge_min_length:
                out.append({"x0": x0, "top": top, "x1": x1, "bottom": bottom, "width": width, "height": height,
                            "orientation": "v"})
    return out


_AT = [itemgetter(k) for k in range(6)]


def _snapped(edges: list[tuple], at: int, other: int, tolerance: float) -> list[tuple]:
    """pdfplumber's snap_objects: the positions `at` clustered (cluster_list: sorted, a
    new cluster after a gap over `tolerance`), the edges cluster by cluster (each in its
    order), each moved by its cluster's mean minus its position (`at` and `other` alike)."""
    cluster = make_cluster_dict(map(_AT[at], edges), tolerance)
    edges = sorted(edges, key=lambda e: cluster[e[at]])
    out = []
    for _, group in groupby(edges, lambda e: cluster[e[at]]):
        group = list(group)
        mean = sum(map(_AT[at], group)) / len(group)
        for e in group:
            d = mean - e[at]
            e = list(e)
            e[at] += d
            e[other] += d
            out.append(tuple(e))
    return out


def _joined(group: list[tuple], lo: int, hi: int, tolerance: float) -> list[tuple]:
    """pdfplumber's join_edge_group: edges of one line by their start (`lo`), each that
    starts within `tolerance` of the end (`hi`) of the one before extending it (its length
    grown as resize_object grows it)."""
    group.sort(key=_AT[lo])
    joined = [group[0]]
    for e in group[1:]:
        last = joined[-1]
        if e[lo] <= last[hi] + tolerance:
            if e[hi] > last[hi]:
                x0, top, x1, bottom, width, height = last
                if hi == 2:  # a horizontal edge's x1 (its width from x0)
                    joined[-1] = (x0, top, e[hi], bottom, e[hi] - x0, height)
                else:  # a vertical edge's bottom (its height grown by as much)
                    joined[-1] = (x0, top, x1, e[hi], width, height + (e[hi] - bottom))
        else:
            joined.append(e)
    return joined


def crossings(edges: list[dict], x_tolerance: float, y_tolerance: float) -> dict:
    """pdfplumber's edges_to_intersections(edges, x_tolerance, y_tolerance), the
    horizontal edges sorted once rather than once for each vertical one."""
    v_edges = sorted([e for e in edges if e["orientation"] == "v"], key=itemgetter("x0", "top"))
    h_edges = sorted([e for e in edges if e["orientation"] == "h"], key=itemgetter("top", "x0"))
    intersections: dict = {}
    for v in v_edges:
        vtop, vbottom, vx = v["top"], v["bottom"], v["x0"]
        for h in h_edges:
            if vtop <= h["top"] + y_tolerance and vbottom >= h["top"] - y_tolerance and \
                    vx >= h["x0"] - x_tolerance and vx <= h["x1"] + x_tolerance:
                vertex = (vx, h["top"])
                if vertex not in intersections:
                    intersections[vertex] = {"v": [], "h": []}
                intersections[vertex]["v"].append(v)
                intersections[vertex]["h"].append(h)
    return intersections


def shape(intersections: dict) -> dict:
    """All that intersections_to_cells reads of the intersections: each point's vertical
    and horizontal edge boxes. Intersections of one shape make the same cells."""
    box = itemgetter("x0", "top", "x1", "bottom")
    return {p: (frozenset(map(box, e["v"])), frozenset(map(box, e["h"]))) for p, e in intersections.items()}


def intersections_to_cells(intersections: dict) -> list[tuple]:
    """pdfplumber.table.intersections_to_cells: for each intersection in sorted order, the
    smallest cell it is the top left corner of: the first point below it (nearest first)
    that an edge joins to it, with the first point to its right an edge joins to it, whose
    fourth corner is an intersection joined to both. Each point's edge boxes are made into
    sets once, and the points below and to the right of each are found by its column and
    row, not by a scan of all later points."""
    box = itemgetter("x0", "top", "x1", "bottom")
    vertical, horizontal = {}, {}
    columns: dict = {}
    rows: dict = {}
    for p in sorted(intersections):  # each column and row in sorted order
        vertical[p] = set(map(box, intersections[p]["v"]))
        horizontal[p] = set(map(box, intersections[p]["h"]))
        columns.setdefault(p[0], []).append(p)
        rows.setdefault(p[1], []).append(p)
    seen_in_row = dict.fromkeys(rows, 0)  # points of each row met so far: sorted order is column by column
    cells = []
    for column in columns.values():  # the points in sorted order
        for j, pt in enumerate(column):
            k = seen_in_row[pt[1]]
            seen_in_row[pt[1]] = k + 1
            v, h = vertical[pt], horizontal[pt]
            right = None
            found = None
            for b in column[j + 1:]:  # below, nearest first
                if v.isdisjoint(vertical[b]):
                    continue
                if right is None:
                    right = [r for r in rows[pt[1]][k + 1:] if not h.isdisjoint(horizontal[r])]
                for r in right:
                    corner_v = vertical.get((r[0], b[1]))
                    if (corner_v is not None and not corner_v.isdisjoint(vertical[r])
                            and not horizontal[(r[0], b[1])].isdisjoint(horizontal[b])):
                        found = (pt[0], pt[1], r[0], b[1])
                        break
                if found:
                    break
            if found:
                cells.append(found)
    return cells


def cells_to_tables(cells: list[tuple]) -> list[list[tuple]]:
    """pdfplumber.table.cells_to_tables: passes over the cells not yet placed, in order, each
    taking into the current table every cell that shares a corner with it (the first cell
    of a table starts it); a pass that takes none closes the table. Tables sorted by their
    topmost then leftmost corner, those of one cell dropped. The cells left are kept as a
    list rather than removed one by one (intersections_to_cells makes no cell twice)."""
    remaining = list(cells)
    corners: set = set()
    current: list[tuple] = []
    tables = []
    while remaining:
        before = len(current)
        left = []
        for cell in remaining:
            x0, top, x1, bottom = cell
            four = ((x0, top), (x0, bottom), (x1, top), (x1, bottom))
            if not current or any(c in corners for c in four):
                corners.update(four)
                current.append(cell)
            else:
                left.append(cell)
        remaining = left
        if len(current) == before:
            tables.append(list(current))
            corners.clear()
            current.clear()
    if current:
        tables.append(list(current))
    tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in tables if len(t) > 1]
