"""Speed rewrites of the budget statement units and the flattened-table row cuts answer
exactly as the code they replaced: each fast path is compared, row by row, with the
plain computation (kept here as the reference), on inputs of every shape the fast path
treats differently (trailing stars and spaces, short and long lines, notes after a line
or not, rows of every width)."""

import pytest

from extractors.document import Block
from extractors.fields import budget_statements as bs
from extractors.tables import rebuild
from extractors.tables.rebuild import Cell

# line ends: a sentence end, a function word, stars and spaces after them, none, empty
ENDS = [
    "Tổng kinh phí thực hiện năm 2026.", "Tổng kinh phí thực hiện năm 2026. ", "Tổng kinh phí thực hiện năm 2026.**",
    "Tổng kinh phí thực hiện;* *", "Có đúng không?", "Tuyệt vời!", "Kinh phí do ngân sách tỉnh bảo đảm",
    "... xử lý khác về", "... xử lý khác về **", "Tài chính là", "các năm tiếp theo", "phối hợp theo",
    "thực hiện theo  * ", "VỀ", "về", "bằng", "Được", "ĐƯỢC *", "trong", "ở trong\n", "", " ", "*", "**  **",
    ".", ";", "a.b", "số 5.", "đến", "tính đến", "kinh phí từ", "dotheo", "vềnh", "hay do", "x do.", "do\u00a0",
    "Hội đồng nhân dân tỉnh giao17.", "khoảng 300 tỷ đồng,", "theo:", "của *\t", "Tiếp theo",
]


@pytest.mark.parametrize("text", ENDS)
def test_sentence_end_from_the_words_end_answers_as_the_search(text):
    assert bs._sentence_ends(text) == bool(bs.SENTENCE_END.search(text))


@pytest.mark.parametrize("text", ENDS)
def test_open_end_from_the_words_end_answers_as_the_search(text):
    assert bs._open_ends(text) == bool(bs.OPEN_END.search(text))


def test_open_end_still_reads_what_it_must():
    assert bs._open_ends("Kinh phí thực hiện do ngân sách tỉnh và")
    assert bs._open_ends("được phân bổ cho *")
    assert not bs._open_ends("các năm tiếp theo")  # the look-behind sees before the start
    assert not bs._open_ends("Kinh phí thực hiện.")
    assert bs._sentence_ends("năm 2026. **")
    assert not bs._sentence_ends("")


def _continues_slow(a, b, length):
    if len(a.text) <= 20:
        if bs.BARE_MARKER.match(a.text):
            return bool(bs._HAS_WORD.search(b.text))
        if bs.NOTE_START.match(a.text) and b.text.lstrip(" *")[:1].islower():
            return True
    if length < 25 or bs.SENTENCE_END.search(a.text) or bs.BULLET.match(b.text):
        return False
    first = b.text.lstrip(" *")
    if first[:1].isdigit():
        return not bs.ITEM_START.match(first)
    if bs.OPEN_END.search(a.text):
        return not bs.classify(first)
    return first[:1].islower() and not bs.LETTER_ITEM.match(first)


NEXT = ["tiếp tục thực hiện", "2. Nội dung", "560 tỷ đồng [1], bằng", "- Sở Tài chính", "Ngân sách tỉnh", "a) nội dung",
        "b.1. Vốn", "I. KINH PHÍ", "thể: giảm thuế", "", "* về sau"]


def _block(text, index=0):
    return Block("paragraph", text, 0, len(text), {}, index=index)


@pytest.mark.parametrize("a", ENDS + ["2.2.", "[1]", "[2] Cụ", "a)"])
def test_continues_answers_as_before(a):
    for b in NEXT:
        for length in (0, 24, 25, 80):
            assert bs._continues(_block(a), _block(b), length) == _continues_slow(_block(a), _block(b), length)


def _rest_after_notes_slow(runs, i, k):
    head = runs[i][:k]
    last = head[-1].text.rstrip(" *")
    notes = runs[i][k] if k < len(runs[i]) else (runs[i + 1][0] if i + 1 < len(runs) else None)
    if (sum(len(b.text) for b in head) < 25 or not last or bs.SENTENCE_END.search(last) or last.endswith(":")
            or notes is None or not bs.PAGE_NOTE.match(notes.text)):
        return None
    for j in range(i + 1 if k < len(runs[i]) else i + 2, min(len(runs), i + 2 + bs.NOTE_GAP)):
        text = runs[j][0].text
        first = text.lstrip(" *")
        if first[:1].islower() and not bs.LETTER_ITEM.match(first) and not bs.BULLET.match(text):
            return j
        if not (bs.PAGE_NOTE.match(text) or bs.BULLET.match(text)):
            return None
    return None


def _rejoin_slow(runs):
    out = list(runs)
    i = 0
    while i < len(out):
        run = out[i]
        k = next((k for k in range(1, len(run)) if bs.PAGE_NOTE.match(run[k].text)), len(run))
        j = _rest_after_notes_slow(out, i, k)
        if j is None:
            i += 1
            continue
        out[j] = run[:k] + out[j]
        if k < len(run):
            out[i] = run[k:]
            i += 1
        else:
            del out[i]
    return out


OPEN = "Ủy ban nhân dân tỉnh phân bổ 100% kế hoạch vốn"  # a sentence a page's footnotes cut
RUN_SHAPES = [
    # the sentence, footnotes, a bullet, the rest of the sentence
    [[OPEN], ["16 Kế hoạch số 12/KH-UBND ngày 5/1/2026"], ["17 Trong đó:"], ["- vốn tỉnh"], ["được giao với tổng dự toán là 9 tỷ đồng"]],
    # the footnote read as a wrapped figure inside the sentence's run
    [[OPEN, "16 Kế hoạch số 12/KH-UBND"], ["được giao với tổng dự toán là 9 tỷ đồng"]],
    # a sentence that ends: nothing to join
    [[OPEN + "."], ["16 Kế hoạch số 12"], ["được giao"]],
    # a short line, a colon, no note after, a note then a capital
    [["Ngắn"], ["16 Kế hoạch"], ["được giao"]],
    [[OPEN + ":"], ["[2] Cụ thể"], ["được giao"]],
    [[OPEN], ["Một đoạn mới"], ["được giao"]],
    [[OPEN], ["[3] Ghi chú"], ["Một đoạn mới"]],
    [[OPEN], ["16 Kế hoạch"], ["a) nội dung"], ["được giao"]],
    [[OPEN]],
    [[OPEN, "tiếp tục", "16 Kế hoạch"]] + [["17 Ghi chú"]] * 9 + [["được giao"]],
    [[OPEN], ["16 Kế hoạch"]] + [["- ý"]] * 3 + [["còn lại"]],
]


@pytest.mark.parametrize("shape", RUN_SHAPES)
def test_rejoin_answers_as_before(shape):
    index = iter(range(1000))
    runs = [[_block(t, next(index)) for t in run] for run in shape]
    assert bs._rejoin([list(r) for r in runs]) == _rejoin_slow([list(r) for r in runs])


def _row_bounds_slow(cells, width):
    bounds = []
    s = 0
    limit = len(cells)
    while s < limit:
        candidates = [k for k in range(s + 2, min(limit - 1, s + 2 * width + 1))
                      if rebuild._is_code(cells[k].text) and rebuild._is_label(cells[k + 1].text)]
        near = [k for k in candidates if abs(k - (s + width)) <= 3]
        if near:
            pool = [k for k in near if cells[k].text.strip()] or near
            k = min(pool, key=lambda k: (abs(k - (s + width)), k))
            bounds.append((s, k))
        else:
            k = candidates[0] if candidates else limit
            end = k
            if k > s + width and not any(c.text.strip() for c in cells[s + width: k]):
                end = s + width
            else:
                end = next((n for n in range(s + 2, k) if not rebuild.NUMERIC.match(cells[n].text.strip())), k)
                while end > s + width and not cells[end - 1].text.strip():
                    end -= 1
            bounds.append((s, end))
            if not candidates:
                return bounds
        s = k
    return bounds


FLAT_BODIES = [
    # code, label, amounts (a row short of a cell, an empty code, a total row, a trailing note)
    ["1", "Tuyên truyền", "100", "60", "40", "2", "Tập huấn", "200", "120", "80", "", "Tổng cộng", "300", "180", "120"],
    ["I", "Vốn tỉnh", "500", "", "a", "Hội nghị", "50", "30", "20", "-", "In ấn", "20", "20", "Ghi chú dài"],
    ["1", "Nội dung", "1.000", "500", "500", "", "", "", "2", "Khác", "5", "5", "5", "x"],
    ["1", "Nội dung"],
    [],
    ["", "Tổng cộng", "9.500", "2026", "3", "Việc ba", "1", "1", "1", "4", "Việc bốn", "2", "2", "2", "5"],
]


@pytest.mark.parametrize("texts", FLAT_BODIES)
@pytest.mark.parametrize("width", [2, 4, 5, 6])
def test_row_bounds_answers_as_before(texts, width):
    cells = [Cell(t, n * 10, n * 10 + len(t)) for n, t in enumerate(texts)]
    assert rebuild._row_bounds(cells, width) == _row_bounds_slow(cells, width)


def test_document_sorts_blocks_once_per_list_of_blocks():
    from extractors.document import Document
    blocks = [_block("Mục tiêu", 0), Block("table", "a | b", 9, 14, {}, index=1), _block("Nội dung", 2)]
    doc = Document("", blocks)
    assert [b.text for b in doc.paragraphs] == ["Mục tiêu", "Nội dung"] and [b.text for b in doc.tables] == ["a | b"]
    doc.paragraphs.pop()  # a caller's list is its own
    assert len(doc.paragraphs) == 2
    doc.blocks.append(Block("table", "c | d", 20, 25, {}, index=3))  # the blocks change: sorted again
    assert [b.text for b in doc.tables] == ["a | b", "c | d"]
    doc.blocks = [_block("Một", 0)]
    assert [b.text for b in doc.paragraphs] == ["Một"] and doc.tables == []


# -- prefilters in the activities and the closings ---------------------------------------------
from extractors.fields import activities as acts  # noqa: E402
from extractors.fields import common  # noqa: E402

ROLE_LINES = [
    "Cơ quan chủ trì: Sở Y tế; cơ quan phối hợp: Sở Tài chính", "b) Đơn vị chủ trì: Sở Nội vụ; c) Đơn vị phối hợp: "
    "Sở Tư pháp d) Thời hạn: năm 2027", "Đơn vị thực hiện: Sở Xây dựng chủ trì, phối hợp với UBND các huyện",
    "Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện", "- Chủ trì: Chi cục Kiểm lâm", "Phối hợp: các xã",
    "Trách nhiệm thực hiện: Công an tỉnh", "thực hiện kế hoạch này", "Cơ quan chủ trì Sở Công Thương",
    "Đơn vị thực hiện Trung tâm Khuyến nông", "đơn vị chủ trì. tiến độ: quý II", "Tham gia: Hội Nông dân", "",
]



@pytest.mark.parametrize("text", ROLE_LINES)
def test_field_cut_of_a_line_without_colon_is_the_line(text):
    line = common.strip_bullet(text.strip())
    if ":" not in line:
        assert acts.FIELD_CUT.split(line) == [line]


@pytest.mark.parametrize("text, expected", [
    ("Cơ quan chủ trì: Sở Y tế; cơ quan phối hợp: Sở Tài chính", (["Sở Y tế"], ["Sở Tài chính"])),
    ("Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện", None),
    ("Trách nhiệm thực hiện: Công an tỉnh", (["Công an tỉnh"], [])),
])
def test_labelled_roles_reads_labels(text, expected):
    assert acts.labelled_roles(text) == expected


def test_role_patterns_need_what_their_prefilters_ask():
    # a colon for the inline label and the field cuts, a bracket for the roles after a title
    for line in ROLE_LINES + ["Truyền thông. Đơn vị thực hiện Trung tâm Y tế", "In tờ rơi Trung tâm Văn hóa thực hiện"]:
        if ":" not in line:
            assert not acts.INLINE_ROLE_LABEL.search(line) and not acts.FIELD_CUT.search(line)
        if "(" not in line:
            assert not acts.TITLE_ROLES.search(line)


CLOSING_LINES = ["Nơi nhận:", "NƠI NHẬN:", "ơi nhận:", "Noi nhan:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/M UBND",
                 "K/T GIÁM ĐỐC", "PHỤ LỤC I", "Phụ lục 2", "Trên đây là Kế hoạch", "TRÊN ĐÂY LÀ", "  Nơi nhận", "",
                 "Ông A", "Kính gửi", "tm. x", "Ơi nhận", "Ổi nhận", "Ñoi nhan", "Tên", "Đây là", "phụ lục"]


@pytest.mark.parametrize("text", CLOSING_LINES)
def test_is_closing_first_letter_answers_as_the_pattern(text):
    block = Block("paragraph", text, 0, len(text), {})
    assert common.is_closing(block) == bool(common._CLOSING.match(common.untoned(text.strip()[:40])))


# -- prose sums against table totals ------------------------------------------------------------
from extractors.tables import budget as tb  # noqa: E402


def _statement_checks_plain(statements, tables, items):
    import re
    issues = []
    for s in statements:
        if s.get("partial"):
            continue
        pm = re.match(r"Dự án (\d+)", s["scope"])
        if not pm and s["scope"] != "total":
            continue
        for t in tables:
            named = re.search(r"DỰ ÁN\s*(\d+)", (t["title"] or "").upper())
            if (pm and (not named or named.group(1) != pm.group(1))) or (not pm and named):
                continue
            cands = [i for i in items if i["table"] == t["id"] and i["row_kind"] == "total" and i["year"] is None
                     and i["source"] == s["source"]]
            if not cands:
                continue
            if all(s["amount_vnd"] not in tb._readings(i, t["multiplier"]) for i in cands):
                s["flags"].append("budget.statement_table_mismatch")
                issues.append({"code": "budget.statement_table_mismatch", "severity": "warning",
                               "message": f"{s['scope']} {s['source']}: prose says {s['raw']}, table {t['id']} says "
                                          f"{cands[0]['raw']}", "where": f"{s['span']['start']}-{s['span']['end']}"})
            break
    return issues


def _statements_and_tables():
    tables = [{"id": "t1", "title": "Phụ lục I: Kinh phí Dự án 1", "multiplier": 10**6},
              {"id": "t2", "title": "TỔNG HỢP KINH PHÍ", "multiplier": 10**6},
              {"id": "t3", "title": None, "multiplier": 10**9},
              {"id": "t4", "title": "Kinh phí dự án 2", "multiplier": 10**6}]

    def item(table, raw, vnd, source="total", kind="total", year=None):
        return {"table": table, "raw": raw, "amount_vnd": vnd, "source": source, "row_kind": kind, "year": year}

    items = [item("t1", "500", 500 * 10**6), item("t1", "300", 300 * 10**6, "central"),
             item("t1", "200", 200 * 10**6, year=2026), item("t1", "40", 40 * 10**6, kind="item"),
             item("t2", "1.000", 10**9), item("t2", "600", 600 * 10**6, "local"), item("t3", "2", 2 * 10**9),
             item("t4", "70", 70 * 10**6), item("t4", "75", 75 * 10**6)]

    def stmt(scope, source, vnd, partial=False):
        return {"scope": scope, "source": source, "amount_vnd": vnd, "raw": "x", "flags": [], "partial": partial,
                "span": {"start": 0, "end": 1}}

    statements = [stmt("Dự án 1", "total", 500 * 10**6), stmt("Dự án 1", "total", 510 * 10**6),
                  stmt("Dự án 1", "central", 1), stmt("total", "total", 10**9), stmt("total", "total", 9),
                  stmt("total", "local", 600 * 10**6), stmt("total", "mobilized", 5), stmt("Dự án 2", "total", 75 * 10**6),
                  stmt("Dự án 2", "total", 71 * 10**6), stmt("Dự án 3", "total", 1), stmt("Thu nội địa", "total", 1),
                  stmt("total", "total", 1, partial=True)]
    return statements, tables, items


def test_statement_checks_answer_as_before():
    a, tables, items = _statements_and_tables()
    b, _, _ = _statements_and_tables()
    assert tb._statement_checks(a, tables, items) == _statement_checks_plain(b, tables, items)
    assert [s["flags"] for s in a] == [s["flags"] for s in b]
    assert sum(1 for s in a if s["flags"]) == 4  # 510, central 1, total 9 and Dự án 2's 71 disagree


# -- a heading's year: the pattern opens on "năm", the words it must not follow looked at behind ----
HEADING_YEAR_PLAIN = __import__("re").compile(
    r"(?<!đến )(?<!tới )(?<!tầm nhìn )(?<!tháng \d )(?<!tháng \d\d )năm\s+((?:19|20)\d{2})"
    r"(?!\s*[-–]\s*(?:19|20)?\d{2})(?!\s*(?:và các năm|trở đi|về sau))", __import__("re").I)

HEADINGS = [
    "2. Tình hình thực hiện dự toán ngân sách năm 2025", "đến năm 2030", "ĐẾN NĂM 2030", "Đến Năm 2030", "tới năm 2028",
    "tầm nhìn năm 2045", "Tầm nhìn năm 2045", "ngày 05 tháng 3 năm 2024", "ngày 5 tháng 12 năm 2024", "tháng 3 năm 2024",
    "năm 2026 và các năm tiếp theo", "năm 2026 trở đi", "năm 2026 về sau", "năm 2021-2025", "năm 2021 - 25", "năm 2021–2025",
    "NĂM 2027", "Năm 2027:", "năm  2027", "năm 1999", "năm 2101", "năm 20", "kế hoạch năm 2026, đến năm 2030",
    "đến  năm 2030", "đếnnăm 2030", "xđến năm 2030", "tháng 13 năm 2024", "tháng a năm 2024", "tới năm 2026 và năm 2027",
    "năm", "", "nămnăm 2025", "đến năm năm 2025", "Dự toán NĂM 2026 (thực hiện)",
]


@pytest.mark.parametrize("text", HEADINGS)
def test_heading_year_answers_as_the_plain_pattern(text):
    new, old = bs.HEADING_YEAR.search(text), HEADING_YEAR_PLAIN.search(text)
    assert (new and (new.span(), new.groups())) == (old and (old.span(), old.groups()))


# -- the header's prefilters ---------------------------------------------------------------------
from extractors.fields import header as hd  # noqa: E402

HEADER_LINES = [
    "ỦY BAN NHÂN DÂN TỈNH CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HUYỆN NGA SƠN Độc lập - Tự do - Hạnh phúc",
    "HUYỆN X ĐỘC LẬP – TỰ DO - HẠNH PHÚC", "TỈNH ỦY Y ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "SỞ Y TẾ CỘNG HOÀ XÃ HỘI", "Cộng hòa xã hội", "ĐỘC LẬP", "Ninh Thuận, ngày 1 5 tháng 0 6 năm 2026",
    "Huế, ngày 0 5 tháng 1 2 năm 2027", "NGÀY 1 2 THÁNG 3", "ngày 12 tháng 3 năm 2026", "số 1 2", "tháng 1 2\t",
    "Số: 12/KH-UBND Hà Nội, ngày 3 1 tháng 5", "", "Kế hoạch", "12 3", "ngày 1 2",
]


@pytest.mark.parametrize("text", HEADER_LINES)
def test_header_prefilters_answer_as_the_patterns(text):
    if not hd._MOTTO_WORD.search(text):
        assert hd.MOTTO_GLUED.sub("", text) == text
    if not hd._DIGIT_GAP.search(text):
        assert hd.SPLIT_DIGITS.sub(r"\1 \2\3", text) == text


def test_header_prefilters_let_the_shapes_through():
    assert hd.MOTTO_GLUED.sub("", HEADER_LINES[0]) == "ỦY BAN NHÂN DÂN TỈNH CÀ MAU"
    assert hd._DIGIT_GAP.search(HEADER_LINES[8]) and hd.SPLIT_DIGITS.sub(r"\1 \2\3", HEADER_LINES[8]).startswith(
        "Ninh Thuận, ngày 15 tháng 06")


@pytest.mark.parametrize("title", [
    "Đào tạo nhân lực du lịch. Giao Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với UBND các xã thực hiện",
    "Nạo vét 42 km kênh. Kinh phí dự kiến 45,5 tỷ đồng. Giao Sở Nông nghiệp chủ trì, phối hợp với UBND huyện thực hiện.",
    "Xây dựng cầu. Ban Quản lý dự án là chủ đầu tư", "Tuyên truyền. Sở Y tế thực hiện", "Không có câu nào khác",
    "Tập huấn; Sở Tư pháp phối hợp", "Chủ trì: Sở Nội vụ. Sở Tài chính chủ trì",
])
def test_assigned_after_needs_a_chair_word_in_the_line(title):
    if "chủ" not in title:
        assert not any(acts._CHAIRS_WORD.search(title[m.end():]) for m in acts.SENTENCE_END.finditer(title))
    found = acts._assigned_after(title)
    # (a later sentence that opens on the body carrying the task out assigns it too: "Tuyên truyền. Sở Y tế thực hiện")
    assert (found is not None) == (title.startswith(("Đào", "Nạo", "Xây", "Tuyên")) or title.startswith("Chủ trì"))


# -- the sum checks ask only the children with a row gap to explain a parent's gaps -------------
from extractors.tables import checks as ck  # noqa: E402
from tests.extractors.test_budget_trust import damaged_table  # noqa: E402
from tests.extractors.test_budget_tables import budget_of  # noqa: E402


@pytest.mark.parametrize("seed, mode", [(s, m) for s in range(6) for m in ("slide", "short", "extra")])
def test_sum_checks_answer_as_when_every_child_is_asked(seed, mode, monkeypatch):
    text, _ = damaged_table(seed, groups=6, items=6, p_lost=0.15, p_slip=0.1, mode=mode)
    fast = budget_of(text)
    monkeypatch.setattr(ck.Checker, "_explaining", lambda self, p, override: self.children(p))
    plain = budget_of(text)
    assert (fast["items"], fast["issues"], fast["tables"]) == (plain["items"], plain["issues"], plain["tables"])
    assert any(i["flags"] for i in fast["items"])  # the damage is there to be checked


# -- the outline finds each node's parent on a stack of rising levels ---------------------------
from extractors.segment import outline  # noqa: E402
from extractors.formats import read  # noqa: E402
from extractors.document import build_document  # noqa: E402

OUTLINE_TEXTS = [
    "KẾ HOẠCH\nI. MỤC TIÊU\n1. Mục tiêu chung\na) Nâng cao\nb) Giảm\n2. Mục tiêu cụ thể\nII. NHIỆM VỤ\n1. Tuyên truyền\n"
    "1.1. Báo chí\n1.2. Phát thanh\na) Bản tin\n2. Tập huấn\nIII. KINH PHÍ\n",
    "Phần thứ nhất\nI. KẾT QUẢ\n1. Kinh tế\nPhần thứ hai\nI. NHIỆM VỤ\n2.1. Lẻ\n1. Một\n(1) Một\n(2) Hai\n3. Ba\n",
    "Điều 1. Ban hành\nĐiều 2. Hiệu lực\n1. Một\na) A\nb.1. B\nĐiều 3. Trách nhiệm\n",
    "a) đầu\n1. Một\nb) hai\nI. LA MÃ\nc) ba\n",
]


def _parents_slow(nodes):
    out = []
    for i, node in enumerate(nodes):
        out.append(next((j for j in range(i - 1, -1, -1) if nodes[j].level < node.level), None))
    return out


@pytest.mark.parametrize("text", OUTLINE_TEXTS)
def test_outline_parents_are_the_nearest_lower_nodes(text):
    nodes = outline(build_document(read(text.encode(), "plan.txt")))
    assert len(nodes) >= 4
    index = {id(n): i for i, n in enumerate(nodes)}
    assert [index[id(n.parent)] if n.parent else None for n in nodes] == _parents_slow(nodes)
    for i, n in enumerate(nodes):
        assert [index[id(c)] for c in n.children] == [j for j, m in enumerate(nodes) if m.parent is n]
