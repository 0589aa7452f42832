"""check_record, rewritten to walk each span's values once, reports exactly what the code it
replaced reported, in the same order: spans outside the text, empty spans, values not held
(raw, a section's label and heading, an activity's lettered code, a footnote's marker),
values held only once white space and Unicode form are set aside."""

import unicodedata

import pytest

from pipeline.validate import SPAN_VALUES, _norm, _path, _spans, check_record

TEXT = "Kế hoạch số 12/KH-UBND\nI. MỤC TIÊU\n2. Nội dung\na) Tập huấn cán bộ\nKinh phí 67.400 triệu đồng.\n¹ Ghi chú"


def _check_record_plain(record, text):
    problems = []
    for where, owner, value, sp in _spans(record):
        start, end = sp.get("start"), sp.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
            problems.append(f"{_path(where)}: span {start}-{end} outside the text (length {len(text)})")
            continue
        names = ("raw",) + SPAN_VALUES.get(owner, ())
        checks = [(k, value[k]) for k in names if isinstance(value.get(k), str) and value[k].strip()]
        if not checks:
            if start == end:
                problems.append(f"{_path(where)}: span {start}-{end} is empty")
            continue
        held = text[start:end]
        normalized = None
        for k, v in checks:
            if k == "code" and v[-2:-1] == "." and v[-1:].isalpha():
                v = v[-1]
            if v in held:
                continue
            normalized = normalized if normalized is not None else _norm(held)
            if _norm(v) not in normalized:
                problems.append(f"{_path(where)}: span {start}-{end} does not contain its {k} {v[:80]!r}")
    return problems


def _at(sub, n=0):
    start = TEXT.index(sub)
    return {"start": start + n, "end": start + len(sub)}


RECORDS = [
    {"number": "12/KH-UBND", "budget": {"statements": [{"raw": "67.400 triệu đồng", "span": _at("67.400 triệu đồng")}]}},
    {"budget": {"statements": [{"raw": "67.400 tỷ đồng", "span": _at("67.400 triệu đồng")}]}},  # not held
    {"budget": {"items": [{"raw": "67.400", "span": {"start": 5, "end": 99999}}]}},  # outside
    {"budget": {"items": [{"raw": "67.400", "span": {"start": "5", "end": 9}}, {"raw": " ", "span": {"start": 3, "end": 3}}]}},
    {"sections": [{"label": "I.", "heading": "MỤC TIÊU", "span": _at("I. MỤC TIÊU")},
                  {"label": "II.", "heading": "MỤC TIÊU", "span": _at("I. MỤC TIÊU")},
                  {"label": "", "heading": None, "span": {"start": 7, "end": 7}}]},  # empty, no value
    {"activities": [{"code": "2.a", "title": "Tập huấn cán bộ", "span": _at("a) Tập huấn cán bộ")},
                    {"code": "2.e", "title": "Tập huấn cán bộ", "span": _at("a) Tập huấn cán bộ")},
                    {"code": "2", "title": "Nội  dung", "span": _at("2. Nội dung")}]},  # held once spaces are set aside
    {"footnotes": [{"marker": "¹", "text": "Ghi chú", "span": _at("¹ Ghi chú")},
                   {"marker": "2", "text": "Ghi chú", "span": _at("¹ Ghi chú")}]},
    {"objectives": [{"text": unicodedata.normalize("NFD", "Tập huấn cán bộ"), "span": _at("Tập huấn cán bộ")},
                    {"text": "Tập huấn", "raw": "cán bộ", "span": _at("Tập huấn cán bộ")},
                    {"text": "Kinh phí", "raw": "không có", "span": _at("Tập huấn cán bộ")}]},
    {"legal_bases": [{"number": "12/KH-UBND", "title": "anything", "span": _at("12/KH-UBND")}], "x": [[{"span": {"start": 1, "end": 1}}]]},
    {"agencies": [{"name": "Sở Y tế", "span": {"start": 0, "end": 0}}], "signer": {"raw": "Kế hoạch", "span": {"start": 0, "end": 8}}},
    {},
]


@pytest.mark.parametrize("record", RECORDS)
def test_check_record_reports_as_before(record):
    assert check_record(record, TEXT) == _check_record_plain(record, TEXT)


def test_check_record_finds_each_shape():
    found = [p for r in RECORDS for p in check_record(r, TEXT)]
    assert any("outside the text" in p for p in found) and any("is empty" in p for p in found)
    assert any("does not contain its raw '67.400 tỷ đồng'" in p for p in found)
    assert any("does not contain its code 'e'" in p for p in found)
    assert any("does not contain its marker '2'" in p for p in found)
    assert not check_record(RECORDS[0], TEXT) and not check_record(RECORDS[-1], TEXT)
