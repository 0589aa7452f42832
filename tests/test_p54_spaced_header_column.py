"""A header's left column whose paragraphs are set apart (Word's "Spacing after") beside a right column of fewer
lines, printed to PDF. Round P54 (G53's docx2txt text as a Word-made PDF): the issuer's name typed in two paragraphs,
the first wrapped by the narrow cell ("SỞ VĂN HÓA, THỂ" / "THAO", a line apart), the second ("VÀ DU LỊCH") a
paragraph's step below it, more than twice a line's height. The two-column band ended there: the second part of the
name came after the right column's lines ("Sở Văn hóa, Thể thao" the issuer, "và Du lịch" lost). A line of a
column now follows the line above within the column's own widest step in the band too
(extractors.layout.words._column_of).
"""

from __future__ import annotations


from extractors.layout.words import line_items, lines_of

HEIGHT = 13.0


def _line(top: float, x0: float, text: str) -> list[dict]:
    out, x = [], x0
    for word in text.split():
        out.append({"text": word, "x0": x, "x1": x + 8.0 * len(word), "top": top, "bottom": top + HEIGHT,
                    "size": HEIGHT, "fontname": "F"})
        x += 8.0 * len(word) + 4.0
    return out


def _texts(*lines: tuple[float, float, str]) -> list[str]:
    words = [w for top, x0, text in lines for w in _line(top, x0, text)]
    return [item[2] for kind, item in line_items(lines_of(words)) if kind == "line"]


RIGHT = [(83.0, 274.0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"), (101.0, 330.0, "VIỆT NAM"),
         (128.0, 270.0, "Độc lập - Tự do - Hạnh phúc"), (156.0, 330.0, "---------------")]


DATE = "Tân Khê, ngày 14 tháng 4 năm 2027"
LEFT = [(111.0, 88.0, "UBND HUYỆN TÂN"), (128.0, 128.0, "KHÊ"), (156.0, 84.0, "PHÒNG KINH TẾ,"), (174.0, 120.0, "HẠ TẦNG")]


def test_a_paragraph_a_step_below_stays_in_its_column():
    # must: a paragraph a step below the wrapped one above it, within the column's widest step so far ("KHÊ" to
    # "PHÒNG KINH TẾ,"), stays in the column: the issuer's name whole, before the right column's lines
    texts = _texts(*sorted(RIGHT + LEFT + [(201.0, 112.0, "VÀ ĐÔ THỊ"), (211.0, 262.0, DATE),
                                           (229.0, 136.0, "-------"), (256.0, 88.0, "Số: 36/KH-KTHTĐT"),
                                           (360.0, 220.0, "KẾ HOẠCH")]))
    at = texts.index("PHÒNG KINH TẾ,")
    assert texts[at:at + 5] == ["PHÒNG KINH TẾ,", "HẠ TẦNG", "VÀ ĐÔ THỊ", "-------", "Số: 36/KH-KTHTĐT"]
    assert texts.index(DATE) > texts.index("Số: 36/KH-KTHTĐT")


def test_a_line_further_below_ends_the_band():
    # must not: a line under the left column further below than its widest step ends the band: the right
    # column's lines come before it
    texts = _texts(*sorted(RIGHT + LEFT + [(182.0, 262.0, DATE), (216.0, 88.0, "Kính gửi: các xã, thị trấn"),
                                           (360.0, 220.0, "KẾ HOẠCH")]))
    assert texts.index(DATE) < texts.index("Kính gửi: các xã, thị trấn")
    assert texts[texts.index("PHÒNG KINH TẾ,") + 1] == "HẠ TẦNG"
