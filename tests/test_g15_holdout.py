"""Round G15's rules, found on commune-level hold-out documents (tests/invented/build_g15.py).

- A commune's (or a district's) money from the level above it, "ngân sách cấp trên hỗ trợ", "NS cấp trên", is local
  money (the province's), not a total; "cấp trên" with no money word ("báo cáo cấp trên") names no source.
- The heads of a ward's residential groups, "Tổ trưởng các tổ dân phố", stand for them as "Trưởng các thôn" do: they
  lead, partner and answer for their part (named by their groups, "Các tổ dân phố", as the heads of the thôn are
  named "Các thôn"); a list "Công an phường và Tổ trưởng các tổ dân phố" is two bodies.
- A post of the commune's hamlets is one whatever the hamlets are called: "Thú y viên các khu phố", "Khuyến nông viên
  các tổ dân phố", "Nhân viên thú y các xóm", as "Thú y viên các thôn" was.
- A mountain hamlet's word ("bản", "xóm", "buôn", "làng") ends a body before a task's verb too ("phối hợp với Trưởng
  các bản thực hiện"), not only before a comma, a colon or "và"; not "các bản báo cáo", copies of a paper.
Every name, place and number below is invented and differs from the documents'."""

from __future__ import annotations

import pytest

from extractors.fields.budget_statements import source_of
from normalizers.agencies import leading_agency
from pipeline.process import process


@pytest.mark.parametrize("text,source", [
    # must: the level above's money
    ("Ngân sách cấp trên hỗ trợ", "local"),
    ("NS cấp trên", "local"),
    ("Kinh phí cấp trên cấp", "local"),
    ("vốn cấp trên bổ sung có mục tiêu", "local"),
    # must not: no money word, or every level's
    ("báo cáo cấp trên", "total"),
    ("theo chỉ đạo của cấp trên", "total"),
    ("Ngân sách các cấp", "total"),
    ("Nhân dân đóng góp", "mobilized"),
])
def test_the_level_above_s_money_is_local(text, source):
    assert source_of(text) == source


DOC = """ỦY BAN NHÂN DÂN
{unit_upper} {place_upper}
Số: 23/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 14 tháng 5 năm 2026

KẾ HOẠCH
Vệ sinh môi trường trên địa bàn {unit} năm 2026

I. NHIỆM VỤ
1. Khơi thông cống rãnh
Nạo vét 4 tuyến mương. {task}
2. Tuyên truyền
Phát thanh mỗi tuần 2 buổi. Giao Đài Truyền thanh {unit} thực hiện.

II. KINH PHÍ
Tổng kinh phí: 230.000.000 đồng (Bằng chữ: Hai trăm ba mươi triệu đồng), gồm: {above} 170.000.000 đồng; ngân sách {unit} 60.000.000 đồng.

III. TỔ CHỨC THỰC HIỆN
1. {post}: vận động các hộ dân thực hiện.
2. Công an {unit}: bảo đảm trật tự.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Vi Thị Lan
"""


def _record(task: str, post: str = "Công an phường", unit: str = "phường", place: str = "Tân Vĩnh",
            above: str = "ngân sách cấp trên hỗ trợ") -> dict:
    text = DOC.format(unit=unit, unit_upper=unit.upper(), place=place, place_upper=place.upper(), task=task,
                      post=post, above=above)
    return process("ke-hoach.txt", text.encode("utf-8")).record.model_dump(mode="json")


@pytest.mark.parametrize("unit,above,sources", [
    ("phường", "ngân sách cấp trên hỗ trợ", ["total", "local", "local"]),
    ("xã", "NS cấp trên bổ sung", ["total", "local", "local"]),
    ("thị trấn", "nhân dân đóng góp", ["total", "mobilized", "local"]),  # must not turn another source local
])
def test_a_commune_s_money_from_the_level_above(unit, above, sources):
    statements = _record("Giao Công an {0} thực hiện.".format(unit), unit=unit, above=above)["budget"]["statements"]
    assert [(s["source"], s["amount_vnd"]) for s in statements] == list(zip(sources, [230000000, 170000000, 60000000]))


@pytest.mark.parametrize("text,name", [
    # must: the heads of the residential groups, alone or after another body
    ("Tổ trưởng các tổ dân phố: phổ biến đến từng hộ.", "Tổ trưởng các tổ dân phố"),
    ("Tổ trưởng các tổ tự quản vận động hộ dân.", "Tổ trưởng các tổ tự quản"),
    # must: a post of the hamlets, whatever they are called
    ("Thú y viên các khu phố chủ trì thực hiện.", "Thú y viên các khu phố"),
    ("Khuyến nông viên các tổ dân phố hướng dẫn kỹ thuật.", "Khuyến nông viên các tổ dân phố"),
    ("Nhân viên thú y các xóm theo dõi đàn vật nuôi.", "Nhân viên thú y các xóm"),
    ("Thú y viên các bản chủ trì thực hiện.", "Thú y viên các bản"),
    # must: a mountain hamlet's word before a task's verb
    ("Trưởng các xóm vận động hộ dân tham gia.", "Trưởng các xóm"),
    ("Trưởng các buôn chủ trì tổ chức lễ ra quân.", "Trưởng các buôn"),
    ("Trưởng các bản: phân công tổ ngày công.", "Trưởng các bản"),
])
def test_heads_of_residential_groups_and_hamlet_posts_are_agencies(text, name):
    span = leading_agency(text)
    assert span is not None and text[span[0]:span[1]] == name


@pytest.mark.parametrize("text", [
    "Tổ trưởng, tổ phó các tổ hòa giải được bồi dưỡng nghiệp vụ.",  # a head in lower-case words, no body named
    "Thú y viên được hưởng phụ cấp hằng tháng.",  # a post with no hamlet after it
    "Thú y viên các khu công nghiệp kiểm tra.",  # no hamlet
    "tổ trưởng các tổ dân phố được hưởng phụ cấp.",  # in lower case, inside a sentence
    "Các bản báo cáo tổng hợp gửi về Văn phòng.",  # copies of a paper
    "Các làng nghề thực hiện cam kết bảo vệ môi trường.",  # craft villages, no hamlets' body
])
def test_no_agency_in_other_shapes(text):
    assert leading_agency(text) is None


@pytest.mark.parametrize("task,lead,partners", [
    ("Giao Công an phường chủ trì, phối hợp với Ban Chỉ huy Quân sự phường và Tổ trưởng các tổ dân phố thực hiện.",
     "Công an phường", ["Ban Chỉ huy Quân sự phường", "Các tổ dân phố"]),
    ("Giao Thú y viên các khu phố chủ trì, phối hợp với Trưởng các khu phố thực hiện.",
     "Thú y viên các khu phố", ["Các khu phố"]),
    ("Giao Ban Chỉ đạo xóa nhà tạm chủ trì, phối hợp với Trưởng các xóm thực hiện.",
     "Ban Chỉ đạo xóa nhà tạm", ["Các xóm"]),
])
def test_a_task_s_lead_and_partners(task, lead, partners):
    first = _record(task)["activities"][0]
    assert first["title"] == "Khơi thông cống rãnh"
    assert (first["lead_agencies"], first["partner_agencies"]) == ([lead], partners)


def test_the_heads_answer_for_their_part():
    agencies = [r["agency"] for r in _record("Giao Công an phường thực hiện.", post="Tổ trưởng các tổ dân phố")
                ["responsibilities"]]
    assert agencies == ["Các tổ dân phố", "Công an phường"]
