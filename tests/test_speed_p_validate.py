"""The span walk of pipeline/validate.py passes over lists and dicts of leaves alone (a row's
cells, a span's offsets, flags) without looking at their values one by one: it must still
find every span the plain walk finds, wherever it sits (a list that opens on strings and
holds a dict later, a dict subclass, a span under a key of leaves, deep nesting), and
check_record must report the same problems."""

from collections import OrderedDict

import pytest

from pipeline import validate


def _spans_reference(record):
    """The walk as it was written before the pass-over (every value looked at)."""
    stack = [(record, None, "")]
    while stack:
        value, where, owner = stack.pop()
        if isinstance(value, dict):
            span = value.get("span")
            if isinstance(span, dict):
                yield where, owner, value, span
            for k, v in value.items():
                if k != "span" and isinstance(v, (dict, list)):
                    stack.append((v, (where, k), k if isinstance(k, str) else owner))
        else:
            for i, v in enumerate(value):
                if isinstance(v, (dict, list)):
                    stack.append((v, (where, i), owner))


TEXT = "Kinh phí thực hiện: 420 triệu đồng. Sở Nông nghiệp chủ trì; Dự án 3: 75 tỷ đồng."

RECORDS = {
    "flat lists of leaves": {"recipients": ["Sở A", "Sở B"], "signer": {"name": "Lê Văn Tâm", "authority": []},
                             "budget": {"tables": [{"rows": [{"cells": ["1", "2", "-"]}], "span": {"start": 0, "end": 8}}]}},
    "list opens on strings, a dict later": {"activities": ["ghi chú", 3, None, {"code": "phí", "title": "Kinh phí",
                                                                               "span": {"start": 0, "end": 8}}]},
    "dict subclass": {"objectives": [OrderedDict(text="Kinh phí", span=OrderedDict(start=0, end=8))]},
    "span beside leaves only": {"footnotes": [{"marker": "1", "text": "Dự án 3", "span": {"start": 56, "end": 63}}]},
    "a wrong span": {"sections": [{"label": "Kinh", "heading": "Nông nghiệp", "span": {"start": 0, "end": 4}}]},
    "an empty span": {"budget": {"statements": [{"raw": "", "span": {"start": 5, "end": 5}}]}},
    "out of the text": {"budget": {"items": [{"raw": "75 tỷ đồng", "flags": ["x.y"], "span": {"start": 70, "end": 999}}]}},
    "deep": {"a": [[[{"b": [{"raw": "420 triệu đồng", "span": {"start": 20, "end": 34}}]}]]]},
    "span of a span-less dict": {"quality": {"issues": [{"code": "a.b", "where": None}]}, "span": {"start": 0, "end": 3}},
    "empty containers": {"sections": [], "budget": {}, "x": [[], {}]},
}


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_the_walk_finds_every_span_the_plain_walk_finds(name):
    record = RECORDS[name]
    assert list(validate._spans(record)) == list(_spans_reference(record))


PROBLEMS = [("a wrong span", "does not contain its heading"), ("an empty span", "is empty"),
            ("out of the text", "outside the text"), ("dict subclass", None), ("deep", None),
            ("list opens on strings, a dict later", None)]


@pytest.mark.parametrize("name,problem", PROBLEMS)
def test_check_record_still_reports_what_it_must(name, problem):
    found = validate.check_record(RECORDS[name], TEXT)
    assert (problem in found[0] and len(found) == 1) if problem else found == []


def test_a_list_of_leaves_is_passed_over_and_one_with_a_dict_is_not():
    assert not validate._may_hold_spans(["a", 1, 2.5, None, True])
    assert not validate._may_hold_spans({"start": 0, "end": 3})
    assert validate._may_hold_spans(["a", {"span": {"start": 0, "end": 1}}])
    assert validate._may_hold_spans({"flags": [], "span": {"start": 0, "end": 1}})
    assert validate._may_hold_spans([OrderedDict(span=OrderedDict(start=0, end=1))])
