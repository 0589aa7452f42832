"""Hold-out round G66's probes (tests/invented/build_g66.py): a plan that amends an earlier plan ("Sửa đổi, bổ sung một
số nội dung của Kế hoạch số ..."), its points numbered. Two shapes:

- the new wording of an objectives point quoted with its heading and its aim on one line ('1. Sửa đổi điểm b khoản 2
  Mục I như sau:' / '"b) Mục tiêu cụ thể: Phấn đấu 60% ..."'): before, extractors.fields.objectives._quoted_aims
  asked the quoted wording to open on an aim ("Phấn đấu", "Tỷ lệ", "Đến năm ...") and the heading's words came first:
  no objective. Now a heading before a colon (HEAD_ON_LINE) is left out and gives the kind (and a year it names).
- the point that keeps the rest of the earlier plan ("4. Các nội dung khác giữ nguyên theo Kế hoạch số ...", "Những
  nội dung còn lại thực hiện theo ..."): before, a task led by the body the next line names ("Giao Sở X chủ trì ...");
  now no task (activities.KEPT_REST), as the amending points themselves (activities.AMENDS) are none.

Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HẢI KHÊ
Số: 240/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Khê, ngày 12 tháng 9 năm 2028
KẾ HOẠCH
Sửa đổi, bổ sung một số nội dung của Kế hoạch số 75/KH-UBND ngày 02/4/2028 của Ủy ban nhân dân tỉnh về phát triển thể thao thành tích cao năm 2028
Căn cứ Kế hoạch số 75/KH-UBND ngày 02/4/2028 của Ủy ban nhân dân tỉnh về phát triển thể thao thành tích cao năm 2028;
Ủy ban nhân dân tỉnh sửa đổi, bổ sung một số nội dung của Kế hoạch số 75/KH-UBND như sau:
1. Sửa đổi điểm b khoản 2 Mục I như sau:
{quoted}
2. Bổ sung nhiệm vụ 6 vào Mục II như sau:
"6. Tổ chức tập huấn đội tuyển trẻ tại Trung tâm Huấn luyện thể thao tỉnh. Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; phối hợp: Sở Y tế; thời gian: Quý IV/2028."
3. {kept}
Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Ngô Quang Trường
"""

KEPT = "Các nội dung khác giữ nguyên theo Kế hoạch số 75/KH-UBND."


def _record(quoted: str, kept: str = KEPT) -> dict:
    text = PLAN.replace("{quoted}", quoted).replace("{kept}", kept)
    return process("kh.txt", text.encode("utf-8")).record.model_dump(mode="json")


@pytest.mark.parametrize("quoted, kind, values", [
    # must: the heading and its aim on one quoted line
    ('"b) Mục tiêu cụ thể: Phấn đấu 45% vận động viên đội tuyển tỉnh đạt đẳng cấp quốc gia."', "specific", [45.0]),
    ('“b) Chỉ tiêu cụ thể: Tỷ lệ huấn luyện viên đạt chuẩn đạt 90%; tỷ lệ vận động viên trẻ được tuyển chọn đạt 30%.”',
     "specific", [90.0, 30.0]),
    ('"b) Mục tiêu chung: Phấn đấu đến năm 2028 có 25% môn thể thao trọng điểm đạt thành tích quốc gia."', "general",
     [25.0]),
    # must not: the readings of before (the aim opens the quote; the heading alone on its line, the aims under it)
    ('"b) Phấn đấu 45% vận động viên đội tuyển tỉnh đạt đẳng cấp quốc gia."', "specific", [45.0]),
    ('"b) Mục tiêu cụ thể:\n- Phấn đấu 45% vận động viên đội tuyển tỉnh đạt đẳng cấp quốc gia."', "specific", [45.0]),
])
def test_a_quoted_heading_and_its_aim(quoted, kind, values):
    record = _record(quoted)
    assert [(o["kind"], [t["value"] for t in o["targets"] if t["unit"] == "percent"]) for o in record["objectives"]] \
        == [(kind, values)]


@pytest.mark.parametrize("kept", [
    # must: the point that keeps the rest is no task
    KEPT,
    "Những nội dung còn lại thực hiện theo Kế hoạch số 75/KH-UBND.",
    "Các điểm, khoản khác của Kế hoạch số 75/KH-UBND không thay đổi.",
])
def test_the_rest_kept_is_no_task(kept):
    record = _record('"b) Phấn đấu 45% vận động viên đội tuyển tỉnh đạt đẳng cấp quốc gia."', kept)
    assert [(a["code"], a["lead_agencies"]) for a in record["activities"]] == [("6", ["Sở Văn hóa, Thể thao và Du lịch"])]


def test_a_task_of_other_contents_stays():
    # must not: a task that opens on other words ("Các nhiệm vụ khác", "Các hoạt động khác") keeps today's reading
    record = _record('"b) Phấn đấu 45% vận động viên đội tuyển tỉnh đạt đẳng cấp quốc gia."',
                     "Các hoạt động khác của ngành thể thao năm 2028")
    assert ("3", ["Sở Văn hóa, Thể thao và Du lịch"]) in [(a["code"], a["lead_agencies"]) for a in record["activities"]]
