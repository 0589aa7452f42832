"""The rendition allowance for a lost task table (tests/renditions/tasks.py, used by
"plain pdftotext: table grid lost" in tests/test_renditions.py): a plain pdftotext rendition
may lack the activities only a Word plan's task table gives and the agencies a task-table
row adds to a task of the body, and nothing else. Records of activities only, as the Word
plans state them (no pipeline run)."""

import copy

import pytest

from tests.renditions.compare import compare
from tests.renditions.generate import PDF_LAYOUT, PDF_PLAIN
from tests.renditions.tasks import from_task_table_only
from tests.test_renditions import ALLOWED


def act(code, title, lead, partner):
    return {"code": code, "project": None, "title": title, "lead_agencies": lead, "partner_agencies": partner}


# the Quảng Trị plan (tests/renditions/wordplans.py): body tasks 1-3, task-table rows 1-4
BODY_2 = act("2", "Triển khai bệnh án điện tử tại các bệnh viện", ["Sở Y tế"],
             ["Bảo hiểm xã hội tỉnh", "Các bệnh viện tuyến tỉnh", "Ủy ban nhân dân các huyện"])
BODY_3 = act("3", "Đào tạo nhân lực công nghệ thông tin y tế", ["Trường Cao đẳng Y tế Quảng Trị"],
             ["Sở Nội vụ", "Sở Y tế"])
ROW_4 = act("4", "Tuyên truyền về hồ sơ sức khỏe điện tử", ["Sở Văn hóa, Thể thao và Du lịch"],
            ["Đài Phát thanh - Truyền hình tỉnh"])
CANONICAL = {"activities": [BODY_2, BODY_3, ROW_4]}


def without(record, *titles):
    out = copy.deepcopy(record)
    out["activities"] = [a for a in out["activities"] if a["title"] not in titles]
    return out


def changed(record, which, **values):
    out = copy.deepcopy(record)
    for a in out["activities"]:
        if a["title"] == which:
            a.update(values)
    return out


def real(rendition, kind=PDF_PLAIN):
    return [str(d) for d in compare(CANONICAL, rendition, kind, ALLOWED) if not d.allowed]


def test_a_plain_rendition_may_lack_what_only_the_task_table_gives():
    lost = changed(without(CANONICAL, ROW_4["title"]), BODY_2["title"],
                   partner_agencies=["Bảo hiểm xã hội tỉnh", "Các bệnh viện tuyến tỉnh"])
    diffs = compare(CANONICAL, lost, PDF_PLAIN, ALLOWED)
    assert len(diffs) == 2 and all(d.allowed == "plain pdftotext: table grid lost" for d in diffs)
    # another rendition loses nothing of the kind
    assert len(real(lost, PDF_LAYOUT)) == 2


@pytest.mark.parametrize("rendition", [
    without(CANONICAL, BODY_3["title"]),  # a task of the body
    changed(CANONICAL, BODY_2["title"], partner_agencies=["Các bệnh viện tuyến tỉnh", "Ủy ban nhân dân các huyện"]),
    changed(CANONICAL, BODY_2["title"], lead_agencies=[]),  # its body lines state it
    changed(CANONICAL, BODY_2["title"], partner_agencies=[*BODY_2["partner_agencies"], "Sở Tài chính"]),  # added
    changed(CANONICAL, BODY_2["title"], partner_agencies=["Ủy ban nhân dân các huyện", "Bảo hiểm xã hội tỉnh",
                                                          "Các bệnh viện tuyến tỉnh"]),  # reordered
    changed(CANONICAL, BODY_3["title"], partner_agencies=["Sở Nội vụ"]),  # no table row adds it
    changed(CANONICAL, ROW_4["title"], title="Tuyên truyền về hồ sơ"),  # a title changed
    changed(CANONICAL, ROW_4["title"], lead_agencies=["Sở Văn hóa"]),  # an agency changed
])
def test_a_plain_rendition_may_lose_nothing_else(rendition):
    assert real(rendition)


@pytest.mark.parametrize("canonical, rendition, allowed", [
    (ROW_4, None, True),
    (act("3", "Lấy mẫu giám sát lưu hành vi rút", ["Trạm Chăn nuôi và Thú y huyện"],
         ["Chi cục Chăn nuôi và Thú y tỉnh"]), None, True),  # the Tiền Hải plan's row 3
    (None, ROW_4, False),  # never an activity the canonical lacks
    (BODY_3, None, False),
    ({**ROW_4, "code": "3"}, None, False),  # the row is numbered 4
    ({**ROW_4, "lead_agencies": ["Sở Y tế"]}, None, False),  # not what the row's cells name
    (act("1", "Công tác tiêm phòng", [], []), None, False),  # a task of the Tiền Hải plan's body
])
def test_from_task_table_only(canonical, rendition, allowed):
    assert from_task_table_only(canonical, rendition) is allowed
