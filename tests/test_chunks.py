"""Chunks of a longer document (a corpus that cuts documents into pieces of a few thousand
characters): a chunk from the middle of the tasks has no heading over them. Its items that
name who leads them are still its tasks; items that name no one, and a chunk of the
organization section, give none. Texts of our own."""

import pytest

from pipeline.process import process

TASKS_MD = """### 2. Phát triển hạ tầng du lịch nông thôn

a) Nâng cấp đường vào khu sinh thái thác Bản Khoang. Giao: Sở Xây dựng chủ trì, phối hợp với UBND huyện Sa Pa thực hiện; thời gian: năm 2026.

b) Xây dựng 03 nhà vệ sinh công cộng đạt chuẩn tại các điểm dừng chân. Giao: UBND huyện Bát Xát chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch thực hiện.

### 3. Đào tạo nguồn nhân lực du lịch

Mở 12 lớp bồi dưỡng kỹ năng phục vụ homestay cho người dân. Giao: Trường Cao đẳng Lào Cai chủ trì, phối hợp với Hội Nông dân tỉnh thực hiện.
"""

TASKS_TXT = """c. Tổ chức ngày hội đọc sách cho thiếu nhi tại các xã vùng cao
Thư viện tỉnh chủ trì, phối hợp với Tỉnh đoàn thực hiện.
d. Số hóa tài liệu địa chí của tỉnh
Thư viện tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ thực hiện.
đ. Luân chuyển sách về các điểm bưu điện văn hóa xã
Bưu điện tỉnh chủ trì, phối hợp với Thư viện tỉnh thực hiện.
"""

LABELLED_TXT = """1. Rà soát, cập nhật cơ sở dữ liệu hộ nghèo, hộ cận nghèo
- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.
- Cơ quan phối hợp: UBND các xã, phường.
2. Hỗ trợ sinh kế cho hộ nghèo vùng đồng bào dân tộc thiểu số
- Cơ quan chủ trì: Ban Dân tộc tỉnh.
- Cơ quan phối hợp: Ngân hàng Chính sách xã hội chi nhánh tỉnh.
"""


@pytest.mark.parametrize("name,text,expected", [
    ("chunk.md", TASKS_MD, [("2.a", ["Sở Xây dựng"]), ("2.b", ["Ủy ban nhân dân huyện Bát Xát"]),
                            ("3", ["Trường Cao đẳng Lào Cai"])]),
    ("chunk.txt", TASKS_TXT, [("c", ["Thư viện tỉnh"]), ("d", ["Thư viện tỉnh"]), ("đ", ["Bưu điện tỉnh"])]),
    ("chunk.txt", LABELLED_TXT, [("1", ["Sở Nông nghiệp và Môi trường"]), ("2", ["Ban Dân tộc tỉnh"])]),
])
def test_a_chunk_of_tasks_gives_its_tasks(name, text, expected):
    record = process(name, text.encode()).record.model_dump(mode="json")
    assert [(a["code"], a["lead_agencies"]) for a in record["activities"]] == expected


@pytest.mark.parametrize("text", [
    # must not: numbered items that name no one who leads them
    "1. Xây dựng bộ công cụ giám sát\n2. Tổ chức giám sát tại các xã\n3. Tổng hợp kết quả giám sát\n",
    # must not: one item led, the rest not (no sign the chunk is a list of tasks)
    "1. Nâng cấp trạm bơm Đồng Tâm. Giao: Công ty Thủy lợi chủ trì.\n2. Hằng năm đánh giá kết quả.\n"
    "3. Báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12.\n",
    # must not: a chunk of the organization section (agencies that open their items are responsibilities)
    "1. Sở Tài chính: chủ trì, phối hợp với các sở bố trí kinh phí.\n"
    "2. Sở Nội vụ: chủ trì, phối hợp với Sở Tài chính hướng dẫn tuyển dụng.\n"
    "3. UBND các xã: chủ trì triển khai trên địa bàn.\n",
])
def test_a_chunk_with_no_tasks_gives_none(text):
    record = process("chunk.txt", text.encode()).record.model_dump(mode="json")
    assert record["activities"] == []


DECISION_CHUNK = """trên địa bàn tỉnh giai đoạn 2026 - 2030;

Căn cứ Quyết định số 1520/QĐ-UBND ngày 14/8/2025 của UBND tỉnh phê duyệt Đề án phát triển mạng lưới trường học;

Căn cứ Nghị quyết số 27/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh;

Theo đề nghị của Sở Tài chính tại Tờ trình số 41/TTr-STC ngày 05/02/2026.

QUYẾT ĐỊNH:

**Điều 1.** Phân bổ kế hoạch vốn năm 2026 với tổng số vốn 36.500 triệu đồng.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_a_chunk_of_a_decision_after_its_title_keeps_its_bases():
    """The enacting "QUYẾT ĐỊNH:" after the bases is no type line: the bases before it are the
    preamble's (the chunk's title was in the chunk before)."""
    record = process("chunk.md", DECISION_CHUNK.encode()).record.model_dump(mode="json")
    assert record["title"] is None
    assert [(b["number"], b["relation"]) for b in record["legal_bases"]] == [
        ("1520/QĐ-UBND", "can_cu"), ("27/NQ-HĐND", "can_cu"), ("41/TTr-STC", "thuc_hien")]


def test_a_whole_decision_keeps_its_type_line_and_title():
    """must not: the type line before the bases stays the type line."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 312/QĐ-UBND\nLạng Sơn, ngày 20 tháng 02 năm 2026\n\nQUYẾT ĐỊNH\n\n"
            "Về việc phân bổ kế hoạch vốn năm 2026\n\n" + DECISION_CHUNK.split("\n", 2)[2])
    record = process("qd.md", text.encode()).record.model_dump(mode="json")
    assert (record["doc_type"], record["title"]) == ("Quyết định", "Về việc phân bổ kế hoạch vốn năm 2026")
    assert len(record["legal_bases"]) == 3


@pytest.mark.parametrize("opening", ["QUYẾT ĐỊNH:", "**QUYẾT ĐỊNH:**", "QUYẾT NGHỊ:", "QUYẾT ĐỊNH"])
def test_a_chunk_cut_at_the_enacting_word_has_no_type_line_or_title(opening):
    """A chunk of a decision cut at its enacting word opens on it, its first article straight under it: no
    type line (an article is no title), as a chunk cut after its bases reads (above)."""
    text = opening + "\n\n" + DECISION_CHUNK.split("QUYẾT ĐỊNH:\n\n", 1)[1]
    record = process("chunk.md", text.encode()).record.model_dump(mode="json")
    assert (record["doc_type"], record["title"]) == (None, None)


@pytest.mark.parametrize("title", ["Về việc phân bổ kế hoạch vốn năm 2026", "Phân bổ kế hoạch vốn năm 2026"])
def test_a_type_line_over_its_title_stays_the_type_line(title):
    """must not: a type line whose next line is its title (even one that opens on the act the first article
    names) is the document's type line."""
    text = "QUYẾT ĐỊNH\n\n" + title + "\n\n" + DECISION_CHUNK.split("\n", 2)[2]
    record = process("qd.md", text.encode()).record.model_dump(mode="json")
    assert (record["doc_type"], record["title"]) == ("Quyết định", title)


def test_a_chunk_that_ends_in_the_next_section_keeps_its_leading_tasks():
    """The tasks before the chunk's first Roman heading (the end of a task section, then
    "III. KINH PHÍ") are still tasks; the sections after the heading read as ever."""
    text = TASKS_MD + "\n## III. KINH PHÍ THỰC HIỆN\n\nTổng kinh phí 1.200 triệu đồng từ ngân sách tỉnh.\n"
    record = process("chunk.md", text.encode()).record.model_dump(mode="json")
    assert [a["code"] for a in record["activities"]] == ["2.a", "2.b", "3"]
    assert [s["amount_vnd"] for s in record["budget"]["statements"]] == [1_200_000_000]


OBJECTIVES_CHUNK = """- Đến năm 2030 có 85% cán bộ, công chức cấp xã được bồi dưỡng kiến thức về chuyển đổi số; 70% người dân
biết sử dụng dịch vụ công trực tuyến.

- Phấn đấu 100% trường học kết nối Internet băng thông rộng.

- Tối thiểu 60% hộ gia đình có thành viên sử dụng thanh toán không dùng tiền mặt.
"""


def test_a_chunk_of_objective_bullets_gives_its_targets():
    result = process("chunk.txt", OBJECTIVES_CHUNK.encode())
    record = result.record.model_dump(mode="json")
    got = [(o["kind"], o["target_year"], [t["value"] for t in o["targets"] if t["unit"] == "percent"])
           for o in record["objectives"]]
    assert got == [("specific", 2030, [85.0, 70.0]), ("specific", None, [100.0]), ("specific", None, [60.0])]
    for o in record["objectives"]:  # provenance: each target's span holds it as written
        for t in o["targets"]:
            assert result.text[t["span"]["start"]:t["span"]["end"]] == t["raw"]


@pytest.mark.parametrize("text", [
    # must not: results of a report
    "- Năm 2025, toàn tỉnh đã đạt 95% số xã đạt chuẩn; tăng 3% so với cùng kỳ.\n"
    "- Tỷ lệ hộ nghèo giảm còn 4,2%, đạt được mục tiêu đề ra.\n",
    # must not: tasks that name who leads them
    "- Sở Y tế chủ trì, phấn đấu 100% trạm y tế có bác sĩ.\n- Sở Nội vụ phối hợp, bảo đảm 90% hồ sơ đúng hạn.\n",
    # must not: one bullet alone
    "- Phấn đấu 100% xã có nhà văn hóa.\nCác nội dung khác thực hiện theo quy định.\n",
    # must not: bullets under an outline of sections (read by their headings, as ever)
    "I. KẾT QUẢ\n- Phấn đấu đạt 90% kế hoạch.\n- Tối thiểu 80% xã hoàn thành.\nII. NHIỆM VỤ\n- Tuyên truyền.\n",
    # must not: a whole plan whose header and preamble come before its first section
    "KẾ HOẠCH\nPhát triển du lịch năm 2026\n- Phấn đấu 90% xã có điểm du lịch.\n- Tối thiểu 80% hộ tham gia.\n"
    "I. MỤC ĐÍCH\nPhát triển du lịch.\n",
])
def test_a_chunk_with_no_objective_bullets_gives_none(text):
    record = process("chunk.txt", text.encode()).record.model_dump(mode="json")
    assert record["objectives"] == []


@pytest.mark.parametrize("text,expected", [
    ("- Sở Y tế: Chủ trì hướng dẫn các trạm y tế triển khai; tổng hợp báo cáo.\n"
     "- Sở Tài chính: Bố trí kinh phí thực hiện.\n- Công an tỉnh: Bảo đảm an ninh trật tự tại các điểm tiêm.\n",
     ["Sở Y tế", "Sở Tài chính", "Công an tỉnh"]),
    # must not: one such line alone
    ("- Sở Y tế: Chủ trì hướng dẫn các trạm y tế triển khai.\nCác đơn vị báo cáo kết quả trước ngày 15/12.\n", []),
    # must not: assignment lines under tasks (no colon after the agency: the tasks' leads)
    ("a. Tổ chức ngày hội đọc sách\nThư viện tỉnh chủ trì, phối hợp với Tỉnh đoàn thực hiện.\n"
     "b. Số hóa tài liệu địa chí\nThư viện tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ thực hiện.\n", []),
])
def test_a_chunk_of_the_organization_section_gives_its_agencies(text, expected):
    record = process("chunk.txt", text.encode()).record.model_dump(mode="json")
    assert [r["agency"] for r in record["responsibilities"]] == expected
