"""OCR of pages without a usable text layer, (cid:NN) decoding, split legacy glyphs, and
the missing-Tesseract error: real Tesseract on images and PDFs made here."""

import json

import numpy as np
import pytest
from PIL import Image

from extractors.formats import ocr, read
from extractors.formats.base import ReadOptions
from extractors.formats.pdf import join_split_glyphs
from pipeline.process import Options, process
from pipeline.run import run
from tests.conftest import rows
from tests.renditions.fontpdf import cid_pdf, stamped_scan_pdf
from tests.renditions.tableimage import table_image

K = 300 / 72  # pixels per point at 300 dpi
HEADER_LINES = ["ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Số: 45/KH-UBND", "Quảng Trị, ngày 18 tháng 3 năm 2022",
                "KẾ HOẠCH", "Phát triển thủy lợi nội đồng giai đoạn 2022-2023",
                "Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;", "I. MỤC ĐÍCH, YÊU CẦU",
                "Nâng cao hiệu quả tưới tiêu cho sản xuất nông nghiệp."]


def _record(data: bytes, name: str = "plan.pdf", **options) -> tuple[dict, str]:
    out = process(name, data, Options(**options))
    assert out.record is not None, out.error
    return out.record.model_dump(mode="json"), out.text


# --- ruled tables in an image --------------------------------------------------------

def test_runs_keep_only_long_runs():
    mask = np.array([[1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1]], dtype=bool)
    assert ocr._runs(mask, 3).astype(int).tolist() == [[1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1]]
    assert ocr._runs(mask, 4).astype(int).tolist() == [[0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]]
    assert not ocr._runs(mask, 12).any()


def test_grid_merges_cells_without_a_rule_between_them():
    rows = [["TT", "Nội dung", "Chia ra", ""], ["TT", "Nội dung", "Năm 2022", "Năm 2023"], ["1", "Kênh", "1.500", "50"]]
    page = np.array(table_image(rows, [40, 200, 90, 90], merges={(0, 2): 2}))
    hsegs, vsegs = ocr._rules(page < ocr.DARK, K)
    grids = ocr._tables(hsegs, vsegs, K)
    assert len(grids) == 1
    g = grids[0]
    assert (len(g.ys), len(g.xs)) == (4, 5)  # 3 rows, 4 columns
    assert g.region[0][2] == g.region[0][3] and g.region[1][2] != g.region[1][3]
    # the letters' stems ("l", "d", "1") are not rules: no extra column
    assert len(g.regions()) == 11


def test_text_without_rules_is_no_table():
    page = Image.new("L", (800, 400), 255)
    from PIL import ImageDraw
    ImageDraw.Draw(page).line([(50, 300), (700, 300)], fill=0, width=3)  # an underline, no verticals
    hsegs, vsegs = ocr._rules(np.array(page) < ocr.DARK, K)
    assert ocr._tables(hsegs, vsegs, K) == []


def test_ocr_reads_a_ruled_table_cell_by_cell():
    rows = [["TT", "Nội dung", "Chia ra", ""], ["TT", "Nội dung", "Năm 2022", "Năm 2023"],
            ["I", "Kiên cố hóa kênh mương", "1.500", "50"], ["1", "Nạo vét hồ chứa", "-", "2.650"],
            ["II", "Tập huấn nông dân", "425", "450"]]
    page = table_image(rows, [40, 200, 90, 90], merges={(0, 2): 2}, title="BẢNG DỰ TOÁN KINH PHÍ")
    result = ocr.ocr_page(page, K, "vie", 60)
    assert [w["text"] for w in result.words] == ["BẢNG", "DỰ", "TOÁN", "KINH", "PHÍ"]
    assert len(result.tables) == 1
    expected = [r[:] for r in rows]
    expected[0][3] = "Chia ra"  # a merged cell's text over every column it covers
    assert result.tables[0].rows == expected
    assert result.tables[0].suspect == set()
    x0, top, x1, bottom = result.tables[0].bbox
    assert abs(x0 - 60) < 2 and abs(x1 - 480) < 2 and top > 100  # points, below the title
    for w in result.words:  # pdfplumber's keys, in points, and Tesseract's confidence
        assert set(w) == {"text", "x0", "x1", "top", "bottom", "conf"} and 0 <= w["conf"] <= 100
        assert 50 < w["x0"] < w["x1"] < 545 and 70 < w["top"] < w["bottom"] < 110


def _damaged_table_page() -> Image.Image:
    rows = [["TT", "Nội dung", "Tổng", "Năm 2022", "Năm 2023"], ["1", "Kênh mương", "3.100", "1.500", "1.600"],
            ["2", "Hồ chứa", "1.250", "650", "600"], ["", "Tổng cộng", "4.350", "2.150", "2.200"]]
    page = np.array(table_image(rows, [40, 200, 80, 80, 80], title="Đơn vị tính: triệu đồng"))
    # a scratch across the digits of "1.250" (row 2, "Tổng"): Tesseract reads them, unsure
    x, y = round((60 + 240 + 3) * K), round((80 + 33 + 2 * 22 + 4.4) * K)
    page[y + round(3 * K): y + round(5 * K), x: x + round(35 * K)] = 255
    return Image.fromarray(page)


def test_a_number_read_with_low_confidence_is_flagged_on_its_item():
    page = _damaged_table_page()
    assert (2, 2) in ocr.ocr_page(page, K, "vie", 60).tables[0].suspect
    record, text = _record(stamped_scan_pdf(page, 300, []), "annex.pdf")
    item = next(i for i in record["budget"]["items"] if i["row_code"] == "2" and i["year"] is None)
    # the flag lets the sum checks read the cell as its row and column agree (1.250)
    assert "number.ocr_suspected" in item["flags"] and item["amount_vnd"] == 1_250_000_000
    assert text[item["span"]["start"]:item["span"]["end"]] == item["raw"]
    clean = [i for i in record["budget"]["items"] if i is not item]
    assert len(clean) == 8 and not any(i["flags"] for i in clean)


# --- scans, stamps, (cid:NN) -----------------------------------------------------------

def _text_page_image(lines: list[str]) -> Image.Image:
    from PIL import ImageDraw, ImageFont

    from tests.renditions.fontpdf import FONT_DIR
    page = Image.new("L", (round(595 * K), round(842 * K)), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), round(12 * K))
    for n, line in enumerate(lines):
        draw.text((56 * K, (60 + 20 * n) * K), line, font=font, fill=0)
    return page


def test_a_scan_under_a_signature_stamp_is_read_by_ocr():
    stamp = ["Ky boi: Van phong UBND tinh", "Thoi gian ky: 18.03.2022 09:12:44 +07:00"]
    data = stamped_scan_pdf(_text_page_image(HEADER_LINES), 300, stamp)
    record, text = _record(data)
    assert record["number"] == "45/KH-UBND" and record["issued_date"] == "2022-03-18"
    assert record["issuer"]["name"] == "Ủy ban nhân dân tỉnh Quảng Trị" and record["doc_type"] == "Kế hoạch"
    issues = [i for i in record["quality"]["issues"] if i["code"] == "pdf.ocr_used"]
    assert len(issues) == 1 and issues[0]["where"] == "pages 1" and "mean word confidence" in issues[0]["message"]
    assert "Thoi gian ky" in text  # the stamp is in the image OCR reads (rendered with the page)
    raw = read(data, "plan.pdf")
    assert all(b.location.get("ocr") is True for b in raw.blocks)


def test_ocr_never_leaves_a_scan_unread():
    data = stamped_scan_pdf(_text_page_image(HEADER_LINES), 300, [])
    out = process("scan.pdf", data, Options(ocr="never"))
    assert out.record is None and out.error.stage == "read"
    assert "no usable text layer" in out.error.message


def test_ocr_always_reads_a_text_page_by_ocr_too():
    data = cid_pdf(HEADER_LINES, names=False, cmap=True)  # a text layer pdfminer reads
    raw_text = read(data, "plan.pdf")
    raw_ocr = read(data, "plan.pdf", options=ReadOptions(ocr="always"))
    assert not any(b.location.get("ocr") for b in raw_text.blocks)
    assert all(b.location.get("ocr") for b in raw_ocr.blocks)
    assert [b.text for b in raw_ocr.blocks][:3] == [b.text for b in raw_text.blocks][:3]


def test_cid_glyphs_decoded_from_the_font_programs_glyph_names():
    data = cid_pdf(HEADER_LINES, names=True, cmap=False)
    import io

    import pdfplumber
    assert "(cid:" in pdfplumber.open(io.BytesIO(data)).pages[0].extract_text()  # what pdfminer alone gives
    record, text = _record(data)
    assert record["number"] == "45/KH-UBND" and record["place"] == "Quảng Trị"
    assert record["title"] == "Phát triển thủy lợi nội đồng giai đoạn 2022-2023"
    assert not [i for i in record["quality"]["issues"] if i["code"].startswith("pdf.")]  # no OCR was needed
    assert "(cid:" not in text and "(cid:" not in json.dumps(record, ensure_ascii=False)


def test_cid_glyphs_a_font_says_nothing_about_go_to_ocr():
    data = cid_pdf(HEADER_LINES, names=False, cmap=False)
    record, text = _record(data)
    assert record["number"] == "45/KH-UBND" and record["issued_date"] == "2022-03-18"
    assert [i["code"] for i in record["quality"]["issues"] if i["code"].startswith("pdf.")] == ["pdf.ocr_used"]
    assert "(cid:" not in text and "(cid:" not in json.dumps(record, ensure_ascii=False)


def test_a_few_unknown_glyphs_on_a_text_page_are_left_out():
    lines = HEADER_LINES[:3] + ["• Nâng cao hiệu quả tưới tiêu"]  # a bullet no cmap or name explains
    data = cid_pdf(lines, names=False, cmap=True, unmapped="•")
    import io

    import pdfplumber
    assert "(cid:" in pdfplumber.open(io.BytesIO(data)).pages[0].extract_text()
    raw = read(data, "a.pdf")
    text = " ".join(b.text for b in raw.blocks)
    assert "(cid:" not in text and "Nâng cao hiệu quả tưới tiêu" in text
    assert [i["message"] for i in raw.issues] == ["1 glyph(s) without a Unicode map or a named glyph in their font "
                                                  "were left out"]


# --- legacy fonts: a syllable split where a glyph starts ----------------------------------

@pytest.mark.parametrize("pieces, space_em, expected", [
    # (text, x0, x1) at 12 pt; a space is 0.25 em = 3 pt unless the page says otherwise
    ([("v", 0, 6), ("ùng", 7.5, 25)], {}, ["vùng"]),  # 1.5 pt: inside a syllable
    ([("200", 0, 18), ("3", 19.2, 25)], {}, ["2003"]),
    ([("l", 0, 3), ("ĩnh", 3.4, 20)], {}, ["lĩnh"]),
    ([("cao", 0, 18), ("năm", 21.5, 40)], {}, ["cao", "năm"]),  # 3.5 pt: a word space
    ([("cao", 0, 18), ("năm", 20.5, 40)], {"F": 0.1}, ["cao", "năm"]),  # a narrow font's space: 1.2 pt
    ([("v", 0, 6), ("ùng", 8.8, 25)], {}, ["v", "ùng"]),  # 2.8 pt: more than 0.75 of a space
])
def test_join_split_glyphs(pieces, space_em, expected):
    words = [{"text": t, "x0": a, "x1": b, "top": 100.0, "bottom": 112.0, "size": 12.0, "fontname": "F"}
             for t, a, b in pieces]
    assert [w["text"] for w in join_split_glyphs(words, space_em)] == expected


def test_words_on_other_lines_are_not_joined():
    words = [{"text": "năm", "x0": 0, "x1": 20, "top": 100.0, "bottom": 112.0, "size": 12.0, "fontname": "F"},
             {"text": "2020", "x0": 20.5, "x1": 40, "top": 118.0, "bottom": 130.0, "size": 12.0, "fontname": "F"}]
    assert [w["text"] for w in join_split_glyphs(words, {})] == ["năm", "2020"]


def test_pdf_with_glyphs_moved_inside_words_reads_whole_syllables():
    lines = [["Phát triển v", -180, "ùng cao năm 200", -170, "3"], "Quảng Trị"]
    data = cid_pdf(lines, names=False, cmap=True)
    import io

    import pdfplumber
    words = [w["text"] for w in pdfplumber.open(io.BytesIO(data)).pages[0].extract_words(x_tolerance=1.5)]
    assert "v" in words and "ùng" in words  # what the words were before the fix
    text = " ".join(b.text for b in read(data, "a.pdf").blocks)
    assert "vùng cao năm 2003" in text


# --- Tesseract missing -------------------------------------------------------------------

def test_missing_tesseract_is_a_clear_error_record_and_the_run_goes_on(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "scan.pdf").write_bytes(stamped_scan_pdf(_text_page_image(HEADER_LINES[:3]), 150, []))
    (tmp_path / "in" / "note.txt").write_text("KẾ HOẠCH\nPhát triển thủy lợi nội đồng năm 2022\n", encoding="utf-8")
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no tesseract (nor anything else) on PATH
    summary = run([tmp_path / "in"], tmp_path / "out", Options())
    outcomes = {e["path"]: e for e in summary.entries}
    assert outcomes["note.txt"]["outcome"] == "record"
    err = outcomes["scan.pdf"]
    assert err["outcome"] == "error" and err["stage"] == "read"
    assert err["message"].startswith("read.ocr_unavailable")
    assert "tesseract" in err["message"] and "sudo apt-get install -y tesseract-ocr tesseract-ocr-vie" in err["message"]
    saved = json.loads(next((tmp_path / "out" / "v1" / "errors").glob("*.json")).read_text(encoding="utf-8"))
    assert saved["error_type"] == "OcrUnavailable"


def test_missing_language_data_names_its_package():
    with pytest.raises(Exception, match="tesseract-ocr-xyz"):
        ocr.check_language("vie+xyz")


# --- a tone mark the spelling proves lost --------------------------------------------------

@pytest.mark.parametrize("case", rows("stop_tones.csv"), ids=lambda c: c["word"])
def test_stop_final_syllables_get_their_lost_dot_back(case):
    assert ocr._repaired(case["word"]) == case["expected"], case["why"]


@pytest.mark.parametrize("case", rows("roman_lookalikes.csv"), ids=lambda c: c["token"])
def test_roman_section_numbers_read_with_lookalike_letters(case):
    from extractors.formats.vi_syllable import repair_roman
    assert repair_roman(case["token"]) == case["expected"], case["why"]


def test_ocr_stops_at_the_documents_time_limit(tmp_path, monkeypatch):
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(stamped_scan_pdf(_text_page_image(HEADER_LINES), 300, []))
    summary = run([scan], tmp_path / "out", Options(timeout_seconds=0.5, page_seconds=0))  # (no allowance a page)
    entry = summary.entries[0]
    assert entry["outcome"] == "error" and "took longer than 0.5 s" in entry["message"]
    assert not list(tmp_path.glob("vnplan-ocr-*"))  # the page image and Tesseract's files are gone


def test_cli_takes_the_ocr_options_into_the_manifest(tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT
    src = tmp_path / "note.txt"
    src.write_text("KẾ HOẠCH\nThủy lợi\n", encoding="utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pipeline", "extract", str(src), "--out", str(out), "--quiet"]
    ok = subprocess.run(cmd + ["--ocr", "always", "--ocr-lang", "vie+eng", "--ocr-dpi", "250"], cwd=ROOT,
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    options = json.loads((out / "v1" / "manifest.json").read_text(encoding="utf-8"))["options"]
    assert (options["ocr"], options["ocr_lang"], options["ocr_dpi"]) == ("always", "vie+eng", 250)
    for bad in (["--ocr", "sometimes"], ["--ocr-dpi", "20"]):
        assert subprocess.run(cmd + bad, cwd=ROOT, capture_output=True).returncode == 2


@pytest.mark.parametrize("case", rows("section_heading_tones.csv"), ids=lambda c: c["line"])
def test_section_headings_read_with_a_wrong_tone(case):
    from extractors.formats.vi_syllable import repair_section_heading
    assert " ".join(repair_section_heading(case["line"].split())) == case["expected"], case["why"]


def _page_words(monkeypatch, lines: list[list[tuple[str, int, int, float]]]) -> list[str]:
    """The texts tesseract_words keeps of a page Tesseract read as `lines` of (text, left,
    width, confidence) in pixels at 300 dpi (a fake TSV reading)."""
    tsv = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    for n, words in enumerate(lines, 1):
        tsv.append(f"4\t1\t1\t1\t{n}\t0\t100\t{100 * n}\t2000\t50\t-1\t")
        for i, (word, left, width, conf) in enumerate(words, 1):
            tsv.append(f"5\t1\t1\t1\t{n}\t{i}\t{left}\t{100 * n}\t{width}\t50\t{conf}\t{word}")
    monkeypatch.setattr(ocr.tools, "tesseract", lambda: "tesseract")
    monkeypatch.setattr(ocr.tools, "run", lambda *a, **k: "\n".join(tsv).encode("utf-8"))
    return [w["text"] for w in ocr.tesseract_words(np.full((50, 50), 255, dtype=np.uint8), 300 / 72, "vie", 10)]


def _spaced(words: list[str], conf: float = 90.0) -> list[tuple[str, int, int, float]]:
    return [(w, 300 + 200 * i, 150, conf) for i, w in enumerate(words)]


def test_a_page_reading_repairs_its_section_headings(monkeypatch):
    """A heading line is repaired, the same words inside a sentence's line are not."""
    lines = [_spaced(["II.", "MỤC", "TIỂU"]), _spaced(["nhằm", "MỤC", "TIỂU", "chung"])]
    assert _page_words(monkeypatch, lines) == ["II.", "MỤC", "TIÊU", "nhằm", "MỤC", "TIỂU", "chung"]


@pytest.mark.parametrize("line, kept", [
    # must drop: tone marks lifted off the line under them, read unsurely, a column's gap from
    # any word (on a line of their own, or on the line of the column beside)
    ([(";", 410, 12, 24.0), ("ˆ", 620, 15, 46.0), ("VIỆT", 1275, 115, 96.0), ("NAM", 1410, 115, 96.0)],
     ["VIỆT", "NAM"]),
    ([("‹", 400, 12, 30.0)], []),
    ([("`", 400, 12, 30.0), ("'", 700, 12, 20.0)], []),
    # must keep: a bullet or a dash near a word, signs read surely, a word with a letter or digit
    ([("-", 400, 12, 40.0), ("Lưu:", 440, 100, 95.0)], ["-", "Lưu:"]),
    ([("2025", 400, 100, 95.0), ("-", 520, 12, 30.0), ("2030", 550, 100, 95.0)], ["2025", "-", "2030"]),
    ([("-------", 400, 200, 90.0)], ["-------"]),
    ([("e", 400, 12, 20.0)], ["e"]),
    # a sign that means something alone: "-" or "%" in a cell of a table drawn without rules
    ([("%", 400, 30, 50.0), ("9,8", 700, 60, 95.0)], ["%", "9,8"]),
    ([("1.200", 400, 100, 95.0), ("-", 700, 12, 30.0), ("300", 900, 60, 95.0)], ["1.200", "-", "300"]),
])
def test_marks_apart_from_every_word_are_no_text(monkeypatch, line, kept):
    assert _page_words(monkeypatch, [line]) == kept


@pytest.mark.parametrize("case", rows("place_name_tones.csv"), ids=lambda c: c["line"])
def test_place_names_in_capitals_read_with_wrong_marks(case):
    assert " ".join(ocr.repair_place_names(case["line"].split())) == case["expected"], case["why"]


@pytest.mark.parametrize("line, kept", [
    # must repair: a round bullet read as a low line, or as a dash and a low line
    (["_", "Đến", "hết"], ["-", "Đến", "hết"]),
    (["-_", "Huy", "động"], ["-", "Huy", "động"]),
    (["-", "_", "Tỷ", "lệ"], ["-", "Tỷ", "lệ"]),
    # must not: a dash bullet read right, a line of dashes (a separator), signs alone
    (["-", "Sở", "Y", "tế;"], ["-", "Sở", "Y", "tế;"]),
    (["-------"], ["-------"]),
    (["___", "___"], ["___", "___"]),
    (["Ký", "tên:", "_"], ["Ký", "tên:", "_"]),
])
def test_a_round_bullet_read_as_a_low_line_is_a_dash(monkeypatch, line, kept):
    assert _page_words(monkeypatch, [[(w, 300 + 100 * i, 60, 90.0) for i, w in enumerate(line)]]) == kept


# --- a header's words, the archive line and marks lifted off their words ---------------------

@pytest.mark.parametrize("case", rows("header_vocabulary_tones.csv"), ids=lambda c: c["line"])
def test_header_vocabulary_read_with_wrong_marks(case):
    from extractors.formats.vi_syllable import repair_vocabulary
    assert " ".join(repair_vocabulary(case["line"].split())) == case["expected"], case["why"]


def test_the_vocabulary_phrases_are_told_apart_by_their_letters():
    from extractors.fields.common import untoned as fold
    from extractors.formats.vi_syllable import VOCABULARY
    keys = [tuple(fold(w) for w in p.split()) for p in VOCABULARY]
    assert len(set(keys)) == len(keys)


@pytest.mark.parametrize("case", rows("archive_clerk.csv"), ids=lambda c: c["line"])
def test_the_archive_lines_clerk_read_with_a_wrong_letter(case):
    assert " ".join(ocr.repair_archive(case["line"].split())) == case["expected"], case["why"]


def test_a_page_reading_repairs_header_words_column_by_column(monkeypatch):
    """Tesseract reads a header's two columns as one line: the issuer's stretch (in capitals)
    is repaired on its own; the motto beside it keeps the line from being one in capitals.
    A stretch in mixed case keeps its short phrases."""
    left = [("TĨNH", 300, 120, 95.0), ("QUẢNG", 440, 150, 95.0), ("TRỊ", 610, 80, 95.0)]
    right = [("Độc", 1300, 90, 95.0), ("lập", 1410, 80, 95.0), ("-", 1510, 20, 95.0), ("Tự", 1550, 60, 95.0),
             ("do", 1630, 60, 95.0)]
    signer = [("TM.", 1300, 90, 95.0), ("ÚY", 1410, 60, 95.0), ("BAN", 1490, 90, 95.0), ("NHÂN", 1600, 110, 95.0),
              ("DÂN", 1730, 90, 95.0)]
    prose = [("Sơ", 300, 60, 95.0), ("Tài", 380, 70, 95.0), ("chính", 470, 110, 95.0)]
    assert _page_words(monkeypatch, [left + right, [("-", 300, 20, 95.0), ("Lưu:", 340, 90, 95.0),
                                                    ("VF.", 450, 70, 95.0)] + signer, prose]) == [
        "TỈNH", "QUẢNG", "TRỊ", "Độc", "lập", "-", "Tự", "do",
        "-", "Lưu:", "VT.", "TM.", "ỦY", "BAN", "NHÂN", "DÂN", "Sơ", "Tài", "chính"]


def _boxed_words(monkeypatch, lines: list[list[tuple[str, int, int, int, int]]]) -> list[str]:
    """The texts tesseract_words keeps of a page read as `lines` of (text, left, top, width,
    height) in pixels at 300 dpi, each line's box around its words' (a fake TSV reading)."""
    tsv = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    for n, words in enumerate(lines, 1):
        top, bottom = min(w[2] for w in words), max(w[2] + w[4] for w in words)
        tsv.append(f"4\t1\t1\t1\t{n}\t0\t100\t{top}\t2000\t{bottom - top}\t-1\t")
        for i, (word, left, wtop, width, height) in enumerate(words, 1):
            tsv.append(f"5\t1\t1\t1\t{n}\t{i}\t{left}\t{wtop}\t{width}\t{height}\t90\t{word}")
    monkeypatch.setattr(ocr.tools, "tesseract", lambda: "tesseract")
    monkeypatch.setattr(ocr.tools, "run", lambda *a, **k: "\n".join(tsv).encode("utf-8"))
    return [w["text"] for w in ocr.tesseract_words(np.full((50, 50), 255, dtype=np.uint8), 300 / 72, "vie", 10)]


ISSUER = [("ỦY", 375, 295, 67, 49), ("BAN", 460, 309, 103, 35), ("NHÂN", 582, 300, 149, 44), ("DÂN", 750, 300, 106, 44)]
SECOND = [("TỈNH", 375, 412, 125, 35), ("BẮC", 517, 412, 110, 35), ("KẠN", 646, 412, 120, 35)]


@pytest.mark.parametrize("between, kept", [
    # must drop: a tilde read as "-" right over a word of the next line, alone on its line or
    # a column's gap from the words of the line beside ("VIỆT NAM")
    ([("-", 553, 404, 14, 5)], []),
    ([("-", 553, 404, 14, 5), ("VIỆT", 1274, 361, 116, 52), ("NAM", 1407, 370, 116, 35)], ["VIỆT", "NAM"]),
    # must keep: a sign far over the next line, a wide rule, a dash beside a word, a sign over no word
    ([("-", 553, 360, 14, 5)], ["-"]),
    ([("-------", 375, 404, 200, 5)], ["-------"]),
    ([("-", 553, 404, 14, 5), ("Lưu", 600, 380, 90, 35)], ["-", "Lưu"]),
    ([("-", 1553, 404, 14, 5)], ["-"]),
])
def test_a_tone_mark_read_as_a_sign_over_its_word_is_no_text(monkeypatch, between, kept):
    got = _boxed_words(monkeypatch, [ISSUER, between, SECOND])
    assert got == ["ỦY", "BAN", "NHÂN", "DÂN"] + kept + ["TỈNH", "BẮC", "KẠN"]


@pytest.mark.parametrize("text, lines", [
    # a signature block's cell: its title repaired line by line, a line of marks left out
    ("KT. CHU TỊCH\n„\nPHO CHỦ TICH\n(Đã ký)\nHà Văn Sơn", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Hà Văn Sơn"]),
    # a header's cell: a wrap's cut end goes back on its line
    ("Bắc Kạn, ngày 3 tháng 6 năm\n2027", ["Bắc Kạn, ngày 3 tháng 6 năm 2027"]),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]),
    # must not join: two lines that are two lines
    ("Nơi nhận:\n- Như trên;\n- Lưu: VF.", ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]),
])
def test_a_layout_cells_lines(text, lines):
    assert ocr.cell_lines(text) == lines


def test_a_layout_tables_cells_keep_their_lines_a_data_tables_are_joined():
    """A ruled table of a signature block keeps its cells' lines (the title over the name);
    a data table's cells are one line each, as a text layer's ("Ngân sách" / "tỉnh")."""
    def grid(texts: list[str]) -> ocr._Grid:  # two rows of two cells
        g = ocr._Grid([(y, 0, 200, 1) for y in (0, 100, 200)], [(x, 0, 200, 1) for x in (0, 100, 200)], 1.0, 2)
        for key, text in enumerate(texts):
            g.texts[key] = ocr.cell_text(text)
            if "\n" in text:
                g.lines[key] = ocr.cell_lines(text)
        return g
    layout = grid(["Nơi nhận:\n- Như trên;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHà Văn Sơn", "", ""])
    assert layout.table().rows == [["Nơi nhận:\n- Như trên;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHà Văn Sơn"],
                                   ["", ""]]
    data = grid(["Ngân sách\ntỉnh", "1.250", "Vốn\nkhác", "300"])
    assert data.table().rows == [["Ngân sách tỉnh", "1.250"], ["Vốn khác", "300"]]


@pytest.mark.parametrize("case", rows("signer_surnames.csv"), ids=lambda c: c["line"])
def test_a_signers_family_name_read_with_a_wrong_mark(case):
    assert " ".join(ocr.repair_surname(case["line"].split())) == case["expected"], case["why"]


def _two_page_scan() -> bytes:
    import io
    pages = [_text_page_image(HEADER_LINES), _text_page_image(["II. NỘI DUNG", "Nạo vét kênh mương nội đồng."])]
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:], resolution=300.0)
    return buf.getvalue()


def test_a_page_whose_ocr_fails_is_left_out_and_the_other_pages_are_kept(monkeypatch):
    from extractors.formats import tools
    real, calls = ocr.ocr_page, []

    def second_page_fails(image, scale, lang, timeout):
        calls.append(1)
        if len(calls) == 2:
            raise tools.ToolFailed("tesseract failed (exit 1): Error during processing.")
        return real(image, scale, lang, timeout)

    monkeypatch.setattr(ocr, "ocr_page", second_page_fails)
    record, text = _record(_two_page_scan())
    assert record["number"] == "45/KH-UBND" and "Nạo vét" not in text
    failed = [i for i in record["quality"]["issues"] if i["code"] == "pdf.ocr_failed"]
    assert [(i["where"], i["severity"]) for i in failed] == [("page 2", "warning")]
    assert "Error during processing" in failed[0]["message"]


def test_a_scan_whose_every_page_fails_ocr_is_an_error_record(monkeypatch):
    from extractors.formats import tools

    def fails(image, scale, lang, timeout):
        raise tools.ToolFailed("tesseract failed (exit 1): Error during processing.")

    monkeypatch.setattr(ocr, "ocr_page", fails)
    out = process("scan.pdf", _two_page_scan(), Options())
    assert out.record is None and out.error.stage == "read"
    assert "OCR failed on every page" in out.error.message and "Error during processing" in out.error.message
