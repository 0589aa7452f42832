"""Round T62 cuts a glued row's run of amounts ("Ngân sách huyện8009009402.640") by trying the ways of cutting it and
keeping the one the table's sums prove. A long run of plain digits can be cut in exponentially many ways: the search is
bounded (steps and ways), and such a run, which no sum could single out, is left as it is (issue 12: bounded cost per
input). The bound must not cost a cut the sums do prove."""

from __future__ import annotations

from extractors.formats.glued import _MAX_CUTS, _cuts, restore_breaks


def test_a_short_run_is_cut_every_way():
    ways = _cuts("8009009402.640", 4)
    assert ("800", "900", "940", "2.640") in ways and len(ways) <= _MAX_CUTS


def test_a_long_run_of_plain_digits_is_no_cut():
    assert _cuts("735" * 12, 12) == []


def test_a_proven_table_still_cut():
    head = "UBND HUYỆN TÂN LẬPCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc\n"
    rows = ("TTNguồn vốnNăm 2027Năm 2028Năm 2029Tổng cộng\n1Ngân sách tỉnh7008009002.400\n"
            "2Ngân sách huyện3004005001.200\n3Xã hội hóa100150200450\n")
    lines = restore_breaks(head + rows).split("\n")
    assert "700" in lines and "2.400" in lines and "150" in lines and "450" in lines
