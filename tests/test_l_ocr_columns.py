"""Two columns side by side on a scanned page (the recipients and the signature): Tesseract
joins their lines, and a body line's last word may stand where the right column starts
(round L, from the scan renditions of the invented documents)."""

from __future__ import annotations

from extractors.formats import ocr


def _word(text: str, x0: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": 602.0, "bottom": 621.0, "conf": 90.0}


def test_a_line_joined_across_the_column_gap_takes_each_columns_own_height():
    """must match: "- TT Tỉnh ủy, TT HĐND tỉnh;" and "PHÓ CHỦ TỊCH" (a line higher in its own
    column) were one Tesseract line with one top; each stretch gets its own ink's."""
    left = [_word("-", 86), _word("TT", 92), _word("Tỉnh", 110), _word("ủy,", 139)]
    right = [_word("PHÓ", 370), _word("CHỦ", 394), _word("TỊCH", 418)]
    ink = {id(w): (t, t + 12) for w, t in zip(left + right, (612, 609, 607.5, 609, 593.5, 594, 594))}
    ocr._stretch_heights(left + right, ink)
    assert [w["top"] for w in left] == [607.5] * 4
    assert [w["top"] for w in right] == [593.5] * 3
    assert [w["bottom"] for w in right] == [593.5 + 19.0] * 3  # the line's height kept


def test_a_line_of_one_column_keeps_the_lines_height():
    """must not: with no column gap in it, the line's top and bottom (a text layer's) stay."""
    line = [_word("-", 86), _word("Sở", 92), _word("Tài", 110), _word("chính;", 130)]
    ink = {id(w): (t, t + 12) for w, t in zip(line, (612, 609, 608, 608))}
    ocr._stretch_heights(line, ink)
    assert [(w["top"], w["bottom"]) for w in line] == [(602.0, 621.0)] * 4


def _placed(rows: list[tuple[float, list[tuple[float, str]]]], gaps: dict[str, float] | None = None) -> list[str]:
    """Page lines from words placed as OCR gives them: 6 pt a letter, 3.5 pt between words, or
    the gap `gaps` names before a word."""
    from extractors.layout.words import page_items
    words = []
    for top, cells in rows:
        for x0, text in cells:
            x = x0
            for n, w in enumerate(text.split()):
                if n and gaps and w in gaps:
                    x += gaps[w] - 3.5
                words.append({"text": w, "x0": x, "x1": x + 6 * len(w), "top": top, "bottom": top + 12})
                x += 6 * len(w) + 3.5
    return [p[2] for kind, p in page_items(words) if kind == "line"]


# (the body line's last word, "này./.", lands at x = 292, where "TM." starts)
SIGNATURE_BAND = [(560, [(86, "Nơi nhận:"), (292, "TM. ỦY BAN NHÂN DÂN")]),
                  (576, [(86, "- Như Điều 4;"), (322, "KT. CHỦ TỊCH")]),
                  (592, [(86, "- Sở Tài chính;"), (318, "PHÓ CHỦ TỊCH")]),
                  (608, [(86, "- Lưu: VT, KGVX.")]),
                  (650, [(312, "Trần Văn Hòa")])]


def test_a_body_lines_last_word_over_the_signature_stays_on_its_line():
    """must not: the body's last line, whose last word OCR placed a little further off than
    the others and where the signature's column starts below, is no header of two cells."""
    body = (540, [(86, "chịu trách nhiệm thi hành Quyết định này./.")])
    got = _placed([body] + SIGNATURE_BAND, gaps={"này./.": 5.0})
    assert got[0] == "chịu trách nhiệm thi hành Quyết định này./.", got
    assert got[1:] == ["Nơi nhận:", "- Như Điều 4;", "- Sở Tài chính;", "- Lưu: VT, KGVX.", "TM. ỦY BAN NHÂN DÂN",
                       "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Hòa"], got


def test_a_header_in_capitals_over_two_columns_is_still_cut_at_a_narrow_gap():
    """must match: two header cells side by side ("UBND TỈNH BẮC LAM" | "CỘNG HÒA ..."), the
    right one's first word where the right column starts below (x = 157.5)."""
    got = _placed([(60, [(58, "UBND TỈNH BẮC LAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]),
                   (76, [(58, "SỞ XÂY DỰNG"), (157.5, "Độc lập - Tự do - Hạnh phúc")]),
                   (160, [(260, "KẾ HOẠCH")])], gaps={"CỘNG": 5.0})
    assert got[:4] == ["UBND TỈNH BẮC LAM", "SỞ XÂY DỰNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                       "Độc lập - Tự do - Hạnh phúc"], got


def test_a_speck_beside_a_line_keeps_the_lines_height():
    """must not: a speck read as a letter far right of "- Lưu: VT, QLCL." (its ink a line
    lower, by the signer's name) is no column: it stays on its line and leaves the name alone."""
    line = [_word("-", 86), _word("Lưu:", 93), _word("VT,", 121), _word("QLCL.", 144), _word("Ộ", 384)]
    ink = {id(w): (t, t + 10) for w, t in zip(line, (586.3, 581.8, 581.8, 581.5, 592.3))}
    ocr._stretch_heights(line, ink)
    assert [w["top"] for w in line] == [602.0] * 5
