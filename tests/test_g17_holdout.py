"""Round G17's rules, found on hold-out resolutions of targets and decisions allocating money by locality
(tests/invented/build_g17.py).

- An article that gives its first agency a task and, after a semicolon, other agencies theirs ("Điều 2. Giao Ủy ban
  nhân dân tỉnh tổ chức thực hiện Nghị quyết; Thường trực Hội đồng nhân dân tỉnh, các Ban và đại biểu Hội đồng nhân
  dân tỉnh giám sát việc thực hiện.", "Điều 2. Giao Sở X, Sở Y hướng dẫn ...; Ủy ban nhân dân các huyện phân bổ chi
  tiết ..."): each clause's agencies are responsible (not a clause that goes on with the first agency's duties in
  small letters, nor one that names no agency, nor one that says what an agency did); so too when a page's lines
  broke the article after the semicolon, the later clause on a line of its own (not an article that opens with a list
  of agencies going on to the next line: "Điều 3. Chánh Văn phòng ...;" / "Giám đốc Sở ... chịu trách nhiệm thi
  hành").
- A collective named bare and then with its places ("Giao Ủy ban nhân dân các xã ..." / "Chủ tịch UBND các xã Vĩnh
  Thạnh Tây, Cẩm Đường, Lộc Điền chịu trách nhiệm thi hành") is one body, under the name it was given first.
- The act a decision performs on the money before "với tổng số N" (no "vốn" after "tổng số"): "Phân bổ vốn Chương
  trình ... năm 2014 cho các huyện với tổng số 58.600 triệu đồng, trong đó: ngân sách trung ương A; ngân sách tỉnh B"
  states the whole (scope total), its parts by source; a project's sum after a bare "tổng số" is the project's.
- A sum whose label opens with "Tổng" and names the state budget ("Tổng vốn đầu tư từ ngân sách nhà nước ... N,
  trong đó: ngân sách trung ương A; ngân sách địa phương B") is the whole (source total), not the state budget as
  one part of a sum ("Nguồn vốn: ngân sách nhà nước A; xã hội hóa B" stays "other").
- A table column of a year's money that names no source ("Vốn năm 2024", "Vốn bố trí năm 2019") is all sources
  together (total), as "Kế hoạch vốn năm 2024" is; not a kind of capital or a source of its own ("Vốn sự nghiệp năm
  2025", "Vốn vay năm 2025": other).
Every name, place and number below is invented and differs from the documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

DECISION = """ỦY BAN NHÂN DÂN
TỈNH BẮC SƠN
Số: 1942/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Sơn, ngày 21 tháng 11 năm 2018

QUYẾT ĐỊNH
Về việc phân bổ vốn sự nghiệp năm 2019

ỦY BAN NHÂN DÂN TỈNH BẮC SƠN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. {money}
Điều 2. {article}
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""

MONEY = "Phân bổ vốn năm 2019 cho các huyện theo Phụ lục kèm theo."
ARTICLE = "Giao Sở Tài chính hướng dẫn các huyện sử dụng vốn đúng mục đích."


def _record(money: str = MONEY, article: str = ARTICLE) -> dict:
    text = DECISION.format(money=money, article=article)
    return process("quyet-dinh.txt", text.encode("utf-8")).record.model_dump(mode="json")


@pytest.mark.parametrize("article,agencies", [
    # must: a later clause's agencies after a semicolon
    ("Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; Thường trực Hội đồng nhân dân tỉnh, các Ban và đại "
     "biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện.",
     ["Ủy ban nhân dân tỉnh", "Thường trực Hội đồng nhân dân tỉnh", "Các Ban Hội đồng nhân dân tỉnh",
      "Đại biểu Hội đồng nhân dân tỉnh"]),  # (the council's Ban: round G60, tests/test_g60_council_ban.py)
    ("Giao Sở Kế hoạch và Đầu tư, Sở Tài chính hướng dẫn các huyện sử dụng vốn đúng mục tiêu; Ủy ban nhân dân các "
     "huyện phân bổ chi tiết cho các xã trước ngày 15/01/2019.",
     ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Ủy ban nhân dân các huyện"]),
    ("Sở Nông nghiệp và Phát triển nông thôn chủ trì hướng dẫn thực hiện; Kho bạc Nhà nước tỉnh kiểm soát chi theo "
     "quy định.", ["Sở Nông nghiệp và Phát triển nông thôn", "Kho bạc Nhà nước tỉnh"]),
    # must not: the first agency's duties go on after the semicolon, or a later clause says what was done
    ("Giao Sở Tài chính hướng dẫn các huyện sử dụng vốn; phối hợp với Kho bạc Nhà nước tỉnh kiểm soát chi.",
     ["Sở Tài chính"]),
    ("Giao Sở Tài chính hướng dẫn các huyện sử dụng vốn; Kho bạc Nhà nước tỉnh đã kiểm soát chi năm 2018.",
     ["Sở Tài chính"]),
    ("Giao Sở Tài chính hướng dẫn các huyện sử dụng vốn; Thời hạn báo cáo trước ngày 30/6/2019.",
     ["Sở Tài chính"]),
])
def test_an_article_s_later_clause_names_agencies_of_its_own(article, agencies):
    assert [r["agency"] for r in _record(article=article)["responsibilities"]] == agencies


@pytest.mark.parametrize("money,scopes", [
    # must: the act's whole before "với tổng số N"
    ("Phân bổ vốn sự nghiệp năm 2019 cho các huyện với tổng số 37.250 triệu đồng, trong đó: ngân sách trung ương "
     "25.000 triệu đồng; ngân sách tỉnh 12.250 triệu đồng.", ["total", "total", "total"]),
    ("Giao kế hoạch vốn năm 2019 cho các xã với tổng số 8.400 triệu đồng.", ["total"]),
    # must: a project's sum after a bare "tổng số" is the project's, as after "tổng mức đầu tư"
    ("Dự án Kè sông Lô với tổng số 64 tỷ đồng được bố trí từ ngân sách tỉnh.", ["Dự án Kè sông Lô"]),
    # must not: a project's own sum stays the project's (no act before it)
    ("Dự án Đường tỉnh 561 với tổng mức đầu tư 95 tỷ đồng được bố trí từ ngân sách tỉnh.", ["Dự án Đường tỉnh 561"]),
])
def test_the_act_s_sum_after_with_the_total(money, scopes):
    statements = _record(money=money)["budget"]["statements"]
    assert [s["scope"] for s in statements] == scopes


@pytest.mark.parametrize("money,sources", [
    # must: the state budget named as the whole after "Tổng" is the whole's, its parts by source
    ("Tổng vốn đầu tư từ ngân sách nhà nước giai đoạn 2019 - 2020 dự kiến 750 tỷ đồng, trong đó: ngân sách trung "
     "ương 400 tỷ đồng; ngân sách tỉnh 350 tỷ đồng.", ["total", "central", "local"]),
    ("Tổng kinh phí từ ngân sách nhà nước là 1.200 triệu đồng.", ["total"]),
    # must not: the state budget as one part of a sum stays a part of its own
    ("Nguồn vốn: ngân sách nhà nước 500 triệu đồng; xã hội hóa 200 triệu đồng.", ["other", "mobilized"]),
    ("Kinh phí thực hiện: 900 triệu đồng, trong đó: vốn ngân sách nhà nước 600 triệu đồng; vốn vay 300 triệu đồng.",
     ["total", "other", "other"]),
])
def test_the_state_budget_named_as_the_whole(money, sources):
    statements = _record(money=money)["budget"]["statements"]
    assert [s["source"] for s in statements] == sources


@pytest.mark.parametrize("article,agencies", [
    # must: the later clause on a line of its own (a page's lines broke after the semicolon)
    ("Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết;\nThường trực Hội đồng nhân dân tỉnh, các Ban và đại "
     "biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện.",
     ["Ủy ban nhân dân tỉnh", "Thường trực Hội đồng nhân dân tỉnh", "Các Ban Hội đồng nhân dân tỉnh",
      "Đại biểu Hội đồng nhân dân tỉnh"]),  # (the council's Ban: round G60, tests/test_g60_council_ban.py)
    ("Giao Sở Xây dựng hướng dẫn các huyện lập hồ sơ;\nỦy ban nhân dân các huyện triển khai thực hiện trên địa bàn.",
     ["Sở Xây dựng", "Ủy ban nhân dân các huyện"]),
    # must not: an article that opens with a list of agencies going on to the next line is one list
    ("Chánh Văn phòng Ủy ban nhân dân tỉnh;\nGiám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này.",
     ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Tài chính"]),
])
def test_an_article_s_later_clause_on_a_line_of_its_own(article, agencies):
    assert [r["agency"] for r in _record(article=article)["responsibilities"]] == agencies


@pytest.mark.parametrize("article,agencies", [
    # must: a collective named bare and then with its places is one body, under its first name
    ("Giao Ủy ban nhân dân các xã quản lý vốn đúng mục đích. Chủ tịch UBND các xã Tân Lập, Phú Hòa, Mỹ Thạnh chịu "
     "trách nhiệm thi hành Quyết định này.", ["Ủy ban nhân dân các xã", "Ủy ban nhân dân các xã"]),
    # must not: a collective named only with its places keeps them; two levels stay apart
    ("Giao Sở Tài chính hướng dẫn. Chủ tịch UBND các huyện Tân Lập, Phú Hòa chịu trách nhiệm thi hành Quyết định này.",
     ["Sở Tài chính", "Ủy ban nhân dân các huyện Tân Lập, Phú Hòa"]),
    ("Giao Ủy ban nhân dân các huyện chỉ đạo. Chủ tịch UBND các xã Tân Lập, Phú Hòa chịu trách nhiệm thi hành Quyết "
     "định này.", ["Ủy ban nhân dân các huyện", "Ủy ban nhân dân các xã Tân Lập, Phú Hòa"]),
])
def test_a_collective_named_with_and_without_its_places(article, agencies):
    assert [r["agency"] for r in _record(article=article)["responsibilities"]] == agencies


@pytest.mark.parametrize("head,source", [
    # must: the money of a year with no source named is all sources together
    ("Vốn năm 2025", "total"),
    ("Vốn bố trí năm 2019", "total"),
    ("Vốn kế hoạch năm 2022", "total"),
    ("Vốn được giao năm 2017", "total"),
    # must not: a kind of capital or a source of its own, or a source named
    ("Vốn sự nghiệp năm 2025", "other"),
    ("Vốn vay năm 2025", "other"),
    ("Vốn đối ứng năm 2024", "other"),
    ("Vốn lồng ghép", "other"),
    ("Vốn ngân sách tỉnh năm 2024", "local"),
])
def test_a_year_s_capital_column_names_no_source(head, source):
    from extractors.tables.rebuild import source_of_leaf
    assert source_of_leaf(head) == source
