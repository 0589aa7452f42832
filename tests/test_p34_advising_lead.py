"""Who leads a task, said three more ways: the body that advises on it and carries it out with others after the
task's own sentence ("Tập huấn cán bộ; Phòng Kinh tế tham mưu, phối hợp với Phòng Tài chính thực hiện"); the body
it is given to in a bracket ("Rà soát thủ tục (giao Văn phòng HĐND và UBND xã)"); a coordinating council whose name
holds "phối hợp" ("Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện chủ trì": the council is not cut to
"Hội đồng"). Not "tham mưu" that follows no named body ("Nâng cao chất lượng tham mưu của ..."), nor a bracket of
other words that opens with "giao" ("(giao thông nông thôn)"), nor a council that does the coordinating
("Hội đồng phối hợp với ...")."""

from __future__ import annotations

import pytest

from pipeline.process import process

DOC = """ỦY BAN NHÂN DÂN
XÃ {upper}
Số: 27/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 09 tháng 3 năm 2027

KẾ HOẠCH
Thực hiện công tác tư pháp xã {place} năm 2027

I. NHIỆM VỤ
1. {task}
2. Kiểm tra công tác chứng thực
Kiểm tra 02 đợt trong năm. Giao Công an xã thực hiện.

II. TỔ CHỨC THỰC HIỆN
Các ban, ngành, đoàn thể xã thực hiện theo chức năng.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Thắm
"""


def _first(task: str, place: str = "Nậm Cang") -> dict:
    text = DOC.format(place=place, upper=place.upper(), task=task)
    record = process("ke-hoach.txt", text.encode("utf-8")).record.model_dump(mode="json")
    first = record["activities"][0]
    assert first["code"] == "1"
    return first


def _roles(task: str, place: str = "Nậm Cang") -> tuple[list[str], list[str], str]:
    first = _first(task, place)
    return first["lead_agencies"], first["partner_agencies"], first["title"]


@pytest.mark.parametrize("task,lead,partners,title", [
    ("Tổ chức 03 lớp tập huấn nghiệp vụ hộ tịch; Phòng Kinh tế tham mưu, phối hợp với Phòng Tài chính thực hiện.",
     ["Phòng Kinh tế"], ["Phòng Tài chính"], "Tổ chức 03 lớp tập huấn nghiệp vụ hộ tịch"),
    ("Rà soát quy chế dân chủ ở cơ sở. Văn phòng HĐND và UBND xã tham mưu, phối hợp với Mặt trận Tổ quốc xã thực hiện.",
     ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"], ["Mặt trận Tổ quốc xã"], "Rà soát quy chế dân chủ ở cơ sở"),
    ("Xây dựng quy ước thôn, bản; Công chức Tư pháp - Hộ tịch tham mưu thực hiện.",
     ["Công chức Tư pháp - Hộ tịch"], [], "Xây dựng quy ước thôn, bản"),
])
def test_the_advising_body_after_the_task_leads(task, lead, partners, title):
    assert _roles(task) == (lead, partners, title)


@pytest.mark.parametrize("task,lead,title", [
    ("Rà soát, công bố thủ tục hành chính (giao Văn phòng HĐND và UBND xã).",
     ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"], "Rà soát, công bố thủ tục hành chính"),
    ("Cập nhật cơ sở dữ liệu hộ tịch (Giao Công an xã, Công chức Tư pháp - Hộ tịch)",
     ["Công an xã", "Công chức Tư pháp - Hộ tịch"], "Cập nhật cơ sở dữ liệu hộ tịch"),
])
def test_the_body_a_bracket_gives_the_task_to_leads(task, lead, title):
    found = _roles(task, place="Pà Vầy Sủ")
    assert (found[0], found[2]) == (lead, title)


@pytest.mark.parametrize("task,lead,partners", [
    ("Tuyên truyền Luật Hòa giải ở cơ sở. Giao Hội đồng phối hợp phổ biến, giáo dục pháp luật xã chủ trì, phối hợp với "
     "Đoàn Thanh niên xã thực hiện.", ["Hội đồng phối hợp phổ biến, giáo dục pháp luật xã"], ["Đoàn Thanh niên xã"]),
    ("Tổ chức Ngày Pháp luật 9/11. Hội đồng phối hợp liên ngành về trợ giúp pháp lý huyện chủ trì thực hiện.",
     ["Hội đồng phối hợp liên ngành về trợ giúp pháp lý huyện"], []),
])
def test_a_council_named_for_coordinating_keeps_its_name(task, lead, partners):
    found = _roles(task)
    assert (found[0], found[1]) == (lead, partners)


@pytest.mark.parametrize("task", [
    "Nâng cao chất lượng công tác tham mưu của công chức, phối hợp với các thôn thực hiện.",
    "Sửa chữa cầu tràn (giao thông nông thôn).",
])
def test_no_named_body_no_lead(task):
    assert _roles(task, place="Tà Xùa")[:2] == ([], [])


def test_a_council_that_coordinates_is_no_name():
    found = _roles("Tổ chức thi tìm hiểu pháp luật. Hội đồng Thi đua - Khen thưởng xã chủ trì, phối hợp với Hội "
                   "Nông dân xã thực hiện.")
    assert (found[0], found[1]) == (["Hội đồng Thi đua - Khen thưởng xã"], ["Hội Nông dân xã"])


# -- a task's lead by its label "Cơ quan tham mưu:", and lettered tasks naming their bodies in brackets ------------

TASKS = """ỦY BAN NHÂN DÂN
HUYỆN {upper}
Số: 88/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 21 tháng 5 năm 2024

KẾ HOẠCH
Cải cách hành chính huyện {place} năm 2024

I. NHIỆM VỤ
{tasks}

II. TỔ CHỨC THỰC HIỆN
Các phòng, ban chuyên môn thực hiện theo chức năng.
"""


def _tasks(tasks: str, place: str = "Mường Tè") -> list[tuple[str, list[str], list[str]]]:
    text = TASKS.format(place=place, upper=place.upper(), tasks=tasks)
    record = process("ke-hoach.txt", text.encode("utf-8")).record.model_dump(mode="json")
    return [(a["code"], a["lead_agencies"], a["partner_agencies"]) for a in record["activities"]]


@pytest.mark.parametrize("label", ["Cơ quan tham mưu", "Đơn vị tham mưu"])
def test_the_advising_body_by_its_label_leads(label):
    tasks = ("1. Tăng cường tuyên truyền cải cách hành chính\nCác cơ quan, đơn vị tổ chức tuyên truyền trên hệ thống "
             f"truyền thanh. {label}: Phòng Văn hóa, Khoa học và Thông tin; phối hợp: Trung tâm Văn hóa huyện.\n"
             "2. Kiểm tra công vụ\nKiểm tra 05 cơ quan. Cơ quan chủ trì: Phòng Nội vụ.")
    assert _tasks(tasks)[0] == ("1", ["Phòng Văn hóa, Khoa học và Thông tin"], ["Trung tâm Văn hóa huyện"])


@pytest.mark.parametrize("tasks,want", [
    ("1. Hoàn thiện thể chế\na) Ban hành quy chế phối hợp giữa các phòng (Văn phòng UBND huyện).\n"
     "b) Rà soát văn bản quy phạm pháp luật (Phòng Tư pháp).",
     [("1.a", ["Văn phòng Ủy ban nhân dân huyện"], []), ("1.b", ["Phòng Tư pháp"], [])]),
    ("1. Hoàn thiện thể chế\na) Ban hành quy chế làm việc mới (Văn phòng HĐND và UBND huyện; quý III/2024).\n"
     "b) Công bố danh mục thủ tục hành chính (Phòng Tư pháp, Công an huyện, trước 30/9/2024).",
     [("1.a", ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"], []),
      ("1.b", ["Phòng Tư pháp", "Công an huyện"], [])]),
])
def test_lettered_tasks_that_name_their_bodies_in_brackets(tasks, want):
    assert _tasks(tasks, place="Sìn Hồ") == want


@pytest.mark.parametrize("tasks", [
    # one sentence each, no body named: the numbered task's content
    "1. Hoàn thiện thể chế\na) Ban hành quy chế phối hợp giữa các phòng (quý III/2024).\n"
    "b) Rà soát văn bản quy phạm pháp luật (nếu có).",
])
def test_lettered_lines_naming_no_body_stay_content(tasks):
    assert [code for code, _, _ in _tasks(tasks, place="Phong Thổ")] == ["1"]


def test_a_deadline_in_the_bracket_is_no_body():
    tasks = ("1. Ban hành quy chế làm việc (Văn phòng UBND huyện; quý I/2024).\n"
             "2. Rà soát văn bản quy phạm pháp luật (Phòng Tư pháp, trước 30/6/2024).")
    assert _tasks(tasks, place="Tam Đường") == [("1", ["Văn phòng Ủy ban nhân dân huyện"], []),
                                               ("2", ["Phòng Tư pháp"], [])]
