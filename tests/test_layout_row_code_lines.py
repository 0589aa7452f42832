"""A page number's pattern (a bare number) repeats at the bottom of most pages, and is dropped
there as furniture; a bare number inside a page is not: a task table flattened into lines (a
LibreOffice PDF of a table it could not keep) puts its row codes "1", "2", "3" alone on their
lines (extractors.layout.paragraphs.assemble). Invented pages."""

from extractors.layout.paragraphs import assemble

LEFT, RIGHT = 72.0, 520.0


def page(number: int, body: list[str]) -> list[tuple[str, object]]:
    return [("line", (LEFT, RIGHT, text)) for text in body] + [("line", (290.0, 300.0, str(number)))]


def prose(n: int) -> list[str]:
    return [f"Ủy ban nhân dân huyện tổ chức triển khai nhiệm vụ thứ {n} về trồng rừng năm 2027 trên địa bàn.",
            f"Các xã chủ động bố trí quỹ đất, nhân lực và vật tư cho đợt trồng rừng thứ {n} theo kế hoạch."]


TABLE = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "1", "Trồng mới 120 ha rừng phòng hộ đầu nguồn",
         "Hạt Kiểm lâm huyện", "2", "Chăm sóc rừng trồng năm thứ hai", "Ủy ban nhân dân các xã"]


def text_of(pages) -> str:
    return " | ".join(b.text for b in assemble(pages) if b.text)


def pages() -> list:
    return [page(11, prose(1)), page(12, prose(2) + TABLE), page(13, prose(3)), page(14, prose(4))]


def test_a_row_code_alone_inside_a_page_is_kept():
    got = text_of(pages())
    assert "Hạt Kiểm lâm huyện 2 Chăm sóc" in got, got


def test_must_not_keep_the_page_numbers():
    got = text_of(pages())
    assert not any(n in got.split() for n in ("11", "12", "13", "14")), got
