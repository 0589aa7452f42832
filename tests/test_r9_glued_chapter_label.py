"""A chapter's or a part's label glued to its title in capitals, where a converter joined a centred
paragraph's two lines with nothing between (BeautifulSoup's get_text(): "<b>Chương II</b><br><b>NHIỆM
VỤ</b>" -> "Chương IINHIỆM VỤ"): the Roman numeral is cut where the rest opens with a Vietnamese
syllable ("II|NHIỆM", "I|MỤC", not "IM|ỤC"; "III|KINH"; "X|XÂY", a consonant first). Applied where the
text shows lost breaks (extractors.formats.glued.put_back). Must-not rows: a label with a space after its
numeral, a numeral alone, a word that is no numeral then syllable ("Chương MỤC"), a label in lower
case in a sentence."""

from __future__ import annotations

import pytest

from extractors.formats import glued


@pytest.mark.parametrize("text, want", [
    ("Chương IMỤC TIÊU", "Chương I\nMỤC TIÊU"),
    ("Chương IINHIỆM VỤ VÀ GIẢI PHÁP", "Chương II\nNHIỆM VỤ VÀ GIẢI PHÁP"),
    ("Chương IIIKINH PHÍ", "Chương III\nKINH PHÍ"),
    ("Chương IVTỔ CHỨC THỰC HIỆN", "Chương IV\nTỔ CHỨC THỰC HIỆN"),
    ("Chương XXÂY DỰNG NÔNG THÔN MỚI", "Chương X\nXÂY DỰNG NÔNG THÔN MỚI"),
    ("CHƯƠNG IIQUY ĐỊNH CHUNG", "CHƯƠNG II\nQUY ĐỊNH CHUNG"),
    ("Phần IIGIẢI PHÁP", "Phần II\nGIẢI PHÁP"),
    # must not
    ("Chương II NHIỆM VỤ", "Chương II NHIỆM VỤ"),
    ("Chương II", "Chương II"),
    ("Chương MỤC TIÊU", "Chương MỤC TIÊU"),
    ("chương IIKHÁC", "chương IIKHÁC"),
    ("Chương IIA", "Chương IIA"),
])
def test_a_glued_chapter_label(text, want):
    assert glued.chapter_labels_unglued(text) == want


def test_put_back_cuts_the_label_before_its_title_not_inside_the_numeral():
    assert "Chương I\nMỤC TIÊU" in glued.put_back("Hạnh phúcSố: 5\nChương IMỤC TIÊU\n")
