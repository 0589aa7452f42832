"""Hard-wrapped text (pdftotext -layout of a PDF, a text file filled to a width): a line that
ends in "ngày", "tháng" or "năm" was wrapped before its number, but one that ends in "hằng
năm", "hàng tháng" (every year, every month) may end a heading (extractors.layout.wrap.
CONNECTOR_END). Must-match and must-not-match rows; the lines are invented (helper P)."""

import pytest

from extractors.layout.text import read_text

PROSE = ["Ủy ban nhân dân huyện Bảo Lạc ban hành Kế hoạch phát triển văn hóa đọc trong",
         "cộng đồng giai đoạn 2027 - 2030 nhằm nâng cao đời sống tinh thần của nhân dân,",
         "phát huy vai trò của hệ thống thư viện cơ sở trên địa bàn các xã, thị trấn và",
         "khuyến khích thanh thiếu niên hình thành thói quen đọc sách hằng ngày.",
         "1. Phát triển tủ sách cộng đồng",
         "Xây dựng mới 40 tủ sách tại nhà văn hóa thôn, bản; luân chuyển sách giữa các",
         "tủ sách theo định kỳ sáu tháng một lần; bổ sung sách về khoa học kỹ thuật,",
         "chăn nuôi, trồng trọt phù hợp với nhu cầu của người dân từng thôn, bản.",
         "Huy động các doanh nghiệp, nhà hảo tâm ủng hộ sách, báo cho tủ sách cộng đồng",
         "và các điểm trường vùng sâu, vùng xa của huyện theo đúng quy định hiện hành."]


def paragraphs(lines: list[str]) -> list[str]:
    blocks, _ = read_text("\n".join(PROSE + lines + PROSE[4:]) + "\n")
    return [b.text for b in blocks if b.text]


# (headings as long as the prose's full lines, so that their length does not end them)
@pytest.mark.parametrize("heading", ["2. Tổ chức Ngày hội đọc sách, phát động phong trào đọc hằng năm",
                                     "2. Kiểm tra, đánh giá hoạt động của tủ sách cộng đồng hàng tháng",
                                     "2. Cập nhật số liệu lượt mượn, trả sách tại tủ sách xã hằng ngày"])
def test_a_heading_ending_in_every_year_ends_its_paragraph(heading):
    got = paragraphs([heading, "Tổ chức các hoạt động đọc sách, thi kể chuyện theo sách tại các xã."])
    assert heading in got, got


def test_a_line_ending_before_its_date_goes_on():
    # must not: "... vào ngày" / "Thứ Bảy ..." is one sentence the wrap cut
    got = paragraphs(["Các tủ sách mở cửa phục vụ người dân đọc sách miễn phí vào ngày",
                      "Thứ Bảy và Chủ nhật của tuần cuối cùng mỗi tháng tại nhà văn hóa thôn."])
    assert any("vào ngày Thứ Bảy" in t for t in got), got
