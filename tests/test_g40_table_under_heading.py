"""Hold-out round G40 (tests/invented/build_g40.py): a numbered heading whose content is a task table, "1. Kiểm tra theo
kế hoạch" / one lead-in line / the table of the units inspected (rows "1", "2", ...), then "2. Kiểm tra đột xuất" in
prose. The heading was read as a task and took the table's row "1" as its own by the code (the titles share "kiểm tra"),
and "2. Kiểm tra đột xuất" took row "2": two rows lost, their leads given to the headings. A heading that holds a task
table as its content is the rows' heading, not a task, and the rows are numbered in a series of their own: no body task
of another heading is theirs by its code (extractors.fields.activities._held_rows, _merge_tables). A table after the
body's numbered tasks that repeats them (a table of its own section, or under a heading with prose of its own) still
adds its agencies to them by the code.
Every name, place and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

HEAD = """<html><body>
<p>ỦY BAN NHÂN DÂN TỈNH LONG GIANG</p><p>SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG</p><p>Số: 52/KH-SNNMT</p>
<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>
<p>Long Giang, ngày 09 tháng 01 năm 2029</p>
<p><b>KẾ HOẠCH</b></p><p><b>Kiểm tra chuyên ngành nông nghiệp năm 2029</b></p>
<p>Căn cứ Luật Thanh tra ngày 14 tháng 11 năm 2022;</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p>Phát hiện, chấn chỉnh kịp thời các vi phạm trong sản xuất, kinh doanh vật tư nông nghiệp.</p>
"""

TAIL = """<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Văn phòng Sở: Theo dõi, tổng hợp kết quả kiểm tra.</p>
<p>2. Chi cục Thủy lợi: Cử công chức tham gia đoàn kiểm tra.</p>
</body></html>"""

HELD = """<p><b>II. NỘI DUNG, ĐỐI TƯỢNG KIỂM TRA</b></p>
<p><b>1. Kiểm tra theo kế hoạch</b></p>
<p>Năm 2029, Sở tiến hành 03 cuộc kiểm tra tại các đơn vị sau:</p>
<table border="1">
<tr><th>TT</th><th>Nội dung kiểm tra</th><th>Đơn vị được kiểm tra</th><th>Thời gian</th><th>Đơn vị chủ trì</th></tr>
<tr><td>1</td><td>Kiểm tra điều kiện sản xuất, kinh doanh phân bón</td><td>Công ty TNHH Phân bón Hưng Phát</td><td>Quý II/2029; 05 ngày làm việc</td><td>Chi cục Trồng trọt và Bảo vệ thực vật</td></tr>
<tr><td>2</td><td>Kiểm tra việc chấp hành quy định về an toàn đập, hồ chứa nước</td><td>Công ty TNHH MTV Khai thác thủy lợi Long Giang</td><td>Quý III/2029; 10 ngày làm việc</td><td>Chi cục Thủy lợi</td></tr>
<tr><td>3</td><td>Kiểm tra công tác kiểm dịch động vật</td><td>Trạm Kiểm dịch động vật Cửa khẩu Bắc Lâm</td><td>Quý IV/2029; 05 ngày làm việc</td><td>Chi cục Chăn nuôi và Thú y</td></tr>
</table>
<p><b>2. Kiểm tra đột xuất</b></p>
<p>Tiến hành kiểm tra đột xuất khi phát hiện dấu hiệu vi phạm hoặc theo chỉ đạo của Ủy ban nhân dân tỉnh.</p>
<p><b>III. KINH PHÍ</b></p>
<p>Từ nguồn chi thường xuyên của Sở năm 2029.</p>
"""

REPEATED = """<p><b>II. NHIỆM VỤ</b></p>
<p>1. Kiểm tra điều kiện sản xuất, kinh doanh phân bón trên địa bàn tỉnh: tập trung các cơ sở sản xuất lớn.</p>
<p>2. Kiểm tra an toàn đập, hồ chứa nước trước mùa mưa bão: ưu tiên các hồ chứa xung yếu.</p>
<p><b>III. PHÂN CÔNG THỰC HIỆN</b></p>
<table border="1">
<tr><th>TT</th><th>Nhiệm vụ</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th></tr>
<tr><td>1</td><td>Kiểm tra sản xuất, kinh doanh phân bón</td><td>Chi cục Trồng trọt và Bảo vệ thực vật</td><td>Công an tỉnh</td></tr>
<tr><td>2</td><td>Kiểm tra an toàn đập, hồ chứa nước</td><td>Chi cục Thủy lợi</td><td>Ủy ban nhân dân các xã</td></tr>
</table>
"""


def _activities(body: str) -> dict[str, dict]:
    record = process("plan.html", (HEAD + body + TAIL).encode("utf-8")).record.model_dump(mode="json")
    return {f"{a['code']} {a['title']}": a for a in record["activities"]}


@pytest.mark.parametrize("key, lead", [
    # must: the rows of the table the heading holds, with their own leads
    ("1 Kiểm tra điều kiện sản xuất, kinh doanh phân bón", ["Chi cục Trồng trọt và Bảo vệ thực vật"]),
    ("2 Kiểm tra việc chấp hành quy định về an toàn đập, hồ chứa nước", ["Chi cục Thủy lợi"]),
    # must: the next heading's task keeps no row's lead
    ("2 Kiểm tra đột xuất", []),
    # must not: the heading over the table is no task
    ("1 Kiểm tra theo kế hoạch", None),
])
def test_a_heading_that_holds_a_task_table_gives_way_to_its_rows(key, lead):
    found = _activities(HELD)
    if lead is None:
        assert key not in found, sorted(found)
    else:
        assert key in found, sorted(found)
        assert found[key]["lead_agencies"] == lead


@pytest.mark.parametrize("key, lead, partner", [
    # must not change: a table of its own section that repeats the body's tasks adds their agencies by the code
    ("1 Kiểm tra điều kiện sản xuất, kinh doanh phân bón trên địa bàn tỉnh", ["Chi cục Trồng trọt và Bảo vệ thực vật"],
     ["Công an tỉnh"]),
    ("2 Kiểm tra an toàn đập, hồ chứa nước trước mùa mưa bão", ["Chi cục Thủy lợi"], ["Ủy ban nhân dân các xã"]),
])
def test_a_table_that_repeats_the_body_tasks_still_adds_its_agencies(key, lead, partner):
    found = _activities(REPEATED)
    assert len(found) == 2, sorted(found)
    (act,) = [a for k, a in found.items() if k.startswith(key)]
    assert act["lead_agencies"] == lead and act["partner_agencies"] == partner
