"""extractors.formats.pdf_grouping gives exactly what pdfplumber's own functions give
(words, cell texts, the table finder's cells and tables), value for value and key for
key: on every page of the sample PDF and of the office export fixture, with PDFium's
characters and with pdfminer's, and on random pages built to sit on the tolerances
(characters and edges on, just inside and just outside each one)."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from pdfplumber.table import TableFinder, TableSettings, edges_to_intersections
from pdfplumber.table import cells_to_tables as plumber_tables
from pdfplumber.table import intersections_to_cells as plumber_cells
from pdfplumber.utils.text import extract_text as plumber_text
from pdfplumber.utils.text import extract_words as plumber_words

from extractors.formats import pdf_grouping as grouping
from extractors.formats.pdfium_words import page_chars, page_edges
from tests.conftest import RAW

SAMPLE = RAW / "kontum_787-KH-UBND_2018.pdf"
FIXTURE = Path(__file__).parent.parent / "fixtures" / "pdf_tables" / "ruled_vi.pdf"
WORD_OPTIONS = [  # what the reader asks for (page words), and pdfplumber's defaults (cell texts)
    {"x_tolerance": 1.5, "extra_attrs": ["fontname", "size"]},
    {},
]


class _Page:
    """The parts of a page the table finder reads."""

    def __init__(self, chars, edges, bbox=(0, 0, 595, 842)):
        self.chars, self.edges, self.bbox = chars, edges, bbox


def _same(ours, theirs) -> None:
    """Equal values, and dicts with their keys in the same order."""
    assert ours == theirs
    assert [list(w) for w in ours] == [list(w) for w in theirs]


def _check_words(chars) -> int:
    for options in WORD_OPTIONS:
        theirs = plumber_words(chars, keep_blank_chars=False, use_text_flow=False, **options)
        _same(grouping.extract_words(chars, **options), theirs)
    assert grouping.extract_text(chars) == plumber_text(chars)
    return len(chars)


def _check_tables(page, settings=None) -> int:
    theirs = TableFinder(page, settings).tables
    ours = grouping.find_tables(page, settings)
    assert [t.cells for t in ours] == [t.cells for t in theirs]
    for o, t in zip(ours, theirs):
        assert o.extract() == t.extract()
    return len(ours)


def _pdfium_pages(path: Path):
    doc = pdfium.PdfDocument(path.read_bytes())
    for i in range(len(doc)):
        page = doc[i]
        chars, _ = page_chars(page)
        edges = page_edges(page) or []
        yield chars, edges, (0, 0, *page.get_size())


def _tolerance_settings():
    base = TableSettings()
    for d in (-0.05, 0.05, -1.0, 1.0):  # the reader's margins, and wider
        yield {"snap_tolerance": base.snap_tolerance + d, "join_tolerance": base.join_tolerance + d,
               "intersection_tolerance": base.intersection_tolerance + d,
               "edge_min_length": base.edge_min_length - d, "edge_min_length_prefilter": base.edge_min_length_prefilter - d}


@pytest.mark.parametrize("path", [SAMPLE, FIXTURE], ids=["sample", "office export"])
def test_pdfium_pages_group_as_pdfplumber_groups_them(path):
    chars = tables = 0
    for page_chars_, edges, bbox in _pdfium_pages(path):
        chars += _check_words(page_chars_)
        page = _Page(page_chars_, edges, bbox)
        tables += _check_tables(page)
        for settings in _tolerance_settings():
            _check_tables(page, settings)
    assert chars > 1000
    if path == FIXTURE:
        assert tables >= 2


@pytest.mark.parametrize("path", [SAMPLE, FIXTURE], ids=["sample", "office export"])
def test_pdfminer_pages_group_as_pdfplumber_groups_them(path):
    """pdfminer's characters (other boxes, every space, rotated ones where a page has them)."""
    with pdfplumber.open(io.BytesIO(path.read_bytes())) as pdf:
        for page in pdf.pages[:12]:
            _check_words(page.chars)
            _check_tables(_Page(page.chars, page.edges, page.bbox))


def _random_chars(rng: random.Random, n: int) -> list[dict]:
    """Characters on a few lines, their gaps and line offsets drawn around the tolerances
    (x 1.5 and 3, y 3), with spaces, empty texts, ligatures, two fonts and sizes, and a
    doctop apart from the top."""
    chars = []
    x, top = 50.0, 100.0
    for _ in range(n):
        if rng.random() < 0.08:  # a new line, near or far
            top += rng.choice([0.0, 1.5, 2.999, 3.0, 3.001, 3.5, 12.0, -3.0, -2.0])
            x = 50.0 + rng.choice([0.0, 10.0, -5.0])
        width = rng.choice([3.0, 5.5, 6.0])
        text = rng.choice(["a", "b", "ơ", "ế", " ", "", "ﬁ", "1", ".", "\t"])
        chars.append({"text": text, "x0": x, "x1": x + width, "top": top + rng.choice([0.0, 0.0, 0.2, -0.2]),
                      "doctop": top + 842.0, "bottom": top + 12.0, "upright": True,
                      "fontname": rng.choice(["Times", "Times", "Arial"]), "size": rng.choice([12.0, 12.0, 10.5])})
        chars[-1]["doctop"] = chars[-1]["top"] + 842.0
        x += width + rng.choice([0.0, 0.0, 1.0, 1.5, 1.5001, 2.9, 3.0, 3.0001, 4.0, -7.0])
    if rng.random() < 0.5:
        rng.shuffle(chars)  # content order is no reading order
    return chars


def test_random_characters_group_as_pdfplumber_groups_them():
    rng = random.Random(20260)
    for _ in range(300):
        _check_words(_random_chars(rng, rng.randint(0, 120)))


def test_rotated_characters_are_left_to_pdfplumber():
    rng = random.Random(7)
    chars = _random_chars(rng, 60)
    for c in chars[::5]:
        c["upright"] = False
    _check_words(chars)


def _random_edges(rng: random.Random) -> list[dict]:
    """Ruling lines of a grid, some broken, shifted by amounts around the snap, join and
    intersection tolerances, some too short to count."""
    xs = sorted(rng.sample(range(50, 550, 20), rng.randint(2, 7)))
    ys = sorted(rng.sample(range(50, 800, 25), rng.randint(2, 9)))
    jitter = [0.0, 0.0, 0.0, 0.5, 1.0, 2.95, 3.0, 3.05, -3.0, -1.0]
    edges = []
    for y in ys:
        for a, b in zip(xs, xs[1:]):
            if rng.random() < 0.15:
                continue  # a missing side
            e = {"x0": min(a, b) + rng.choice(jitter), "x1": b + rng.choice(jitter), "top": y + rng.choice(jitter)}
            e["x0"], e["x1"] = min(e["x0"], e["x1"]), max(e["x0"], e["x1"])
            edges.append({**e, "bottom": e["top"], "width": e["x1"] - e["x0"], "height": 0.0, "orientation": "h",
                          "object_type": "line", "doctop": e["top"]})
    for x in xs:
        for a, b in zip(ys, ys[1:]):
            if rng.random() < 0.15:
                continue
            e = {"x0": x + rng.choice(jitter), "top": a + rng.choice(jitter), "bottom": b + rng.choice(jitter)}
            e["top"], e["bottom"] = min(e["top"], e["bottom"]), max(e["top"], e["bottom"])
            edges.append({**e, "x1": e["x0"], "width": 0.0, "height": e["bottom"] - e["top"], "orientation": "v",
                          "object_type": "line", "doctop": e["top"]})
    if rng.random() < 0.3:  # a stub too short for the finder
        edges.append({"x0": 300.0, "x1": 302.0, "top": 400.0, "bottom": 400.0, "width": 2.0, "height": 0.0,
                      "orientation": "h", "object_type": "line", "doctop": 400.0})
    rng.shuffle(edges)
    return edges


def test_random_rulings_make_pdfplumbers_cells_and_tables():
    rng = random.Random(31)
    tables = 0
    for _ in range(150):
        edges = _random_edges(rng)
        chars = [{**c, "x0": c["x0"] + rng.uniform(0, 450), "x1": c["x1"] + 0.0} for c in _random_chars(rng, 80)]
        for c in chars:
            c["x1"] = c["x0"] + 5.0
            c["top"] += rng.uniform(0, 600)
            c["bottom"] = c["top"] + 10.0
        page = _Page(chars, edges)
        s = TableSettings()
        cells = plumber_cells(edges_to_intersections(edges, s.intersection_x_tolerance, s.intersection_y_tolerance))
        assert grouping.intersections_to_cells(edges_to_intersections(edges, s.intersection_x_tolerance,
                                                                      s.intersection_y_tolerance)) == cells
        assert grouping.cells_to_tables(cells) == plumber_tables(cells)
        shuffled = rng.sample(cells, len(cells))  # in another order the passes take other cells first
        assert grouping.cells_to_tables(shuffled) == plumber_tables(shuffled)
        tables += _check_tables(page)
        for settings in _tolerance_settings():
            _check_tables(page, settings)
    assert tables > 50  # most grids made tables, some several


def test_a_table_read_with_options_is_pdfplumbers_own_reading():
    """FastTable.extract with options (layout) is Table.extract's."""
    for chars, edges, bbox in _pdfium_pages(FIXTURE):
        page = _Page(chars, edges, bbox)
        for o, t in zip(grouping.find_tables(page), TableFinder(page).tables):
            assert o.extract(x_tolerance=1) == t.extract(x_tolerance=1)


def test_lines_are_pdfplumbers_clusters_of_tops():
    from pdfplumber.utils.clustering import cluster_objects
    rng = random.Random(5)
    for _ in range(300):
        tops = [rng.choice([0.0, 3.0, 2.999, 3.001, 6.0, 9.0005, 100.0, -0.0]) + rng.choice([0.0, 0.0, 1e-9, 12.0])
                for _ in range(rng.randint(0, 25))]
        objs = [{"top": t, "n": i} for i, t in enumerate(tops)]
        for tolerance in (0, 1.5, 3):
            assert grouping._lines(objs, tolerance) == cluster_objects(objs, lambda o: o["top"], tolerance)


def test_a_band_of_centres_is_the_scans_in_the_same_order():
    """_band_finder: the centres with top <= y < bottom, in their own order, as a scan of
    them all finds them: sides on a centre (the top in, the bottom out), equal ys, an
    empty band, a band above and below all."""
    import random

    from extractors.formats.pdf_grouping import _band_finder
    rng = random.Random(7)
    centres = [(rng.uniform(0, 500), float(rng.choice(range(0, 800, 7))) + rng.choice((0.0, 0.5)), k) for k in range(600)]
    in_band = _band_finder(centres)
    ys = sorted({t[1] for t in centres})
    bands = [(ys[3], ys[9]), (ys[9], ys[9]), (ys[0], ys[-1]), (-5.0, ys[0]), (ys[-1], 1e9), (ys[5] + 0.1, ys[5] + 0.2)]
    bands += [tuple(sorted((rng.uniform(-10, 810), rng.uniform(-10, 810)))) for _ in range(50)]
    for top, bottom in bands:
        assert in_band(top, bottom) == [t for t in centres if t[1] >= top and t[1] < bottom], (top, bottom)
    assert _band_finder([])(0.0, 10.0) == []


def _edge_values(edges: list[dict]) -> list[tuple]:
    return [(e["x0"], e["top"], e["x1"], e["bottom"], e["width"], e["height"], e["orientation"]) for e in edges]


def test_the_table_finders_edges_are_pdfplumbers_number_for_number():
    """table_edges gives TableFinder.get_edges()'s edges, in its order, to the last bit (box,
    lengths, orientation), and crossings its edges_to_intersections: on random rulings sitting
    on the tolerances, with the default settings, the reader's stricter and looser ones, wider
    ones, and with a snap in one direction only or none; and on every page of the sample PDF
    and of the office export fixture."""
    rng = random.Random(53)
    pages = [_Page([], _random_edges(rng)) for _ in range(200)]
    # and in numbers binary fractions cannot hold (a third of each), where the order of the sums shows
    pages += [_Page([], [{k: v / 3 if isinstance(v, float) else v for k, v in e.items()} for e in _random_edges(rng)])
              for _ in range(200)]
    pages += [_Page(chars, edges, bbox) for path in (SAMPLE, FIXTURE) for chars, edges, bbox in _pdfium_pages(path)]
    every = [None, *_tolerance_settings(), {"snap_x_tolerance": 0}, {"snap_tolerance": 0}, {"join_tolerance": 0},
             {"snap_y_tolerance": 0.7, "join_x_tolerance": 5}]
    for page in pages:
        for settings in every:
            s = TableSettings.resolve(settings)
            finder = TableFinder.__new__(TableFinder)
            finder.page, finder.settings = page, s
            theirs = finder.get_edges()
            ours = grouping.table_edges(page.edges, s)
            assert _edge_values(ours) == _edge_values(theirs), settings
            crossed = grouping.crossings(ours, s.intersection_x_tolerance, s.intersection_y_tolerance)
            plumbers = edges_to_intersections(theirs, s.intersection_x_tolerance, s.intersection_y_tolerance)
            assert list(crossed) == list(plumbers)
            assert [(_edge_values(p["v"]), _edge_values(p["h"])) for p in crossed.values()] == \
                [(_edge_values(p["v"]), _edge_values(p["h"])) for p in plumbers.values()]
