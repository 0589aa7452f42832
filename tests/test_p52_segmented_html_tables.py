"""A word-segmented Markdown scrape whose tables are HTML blocks (a portal's Markdown with its header and tables
left as <table>, then a tokenizer's output): the tokenizer spaced every tag and attribute apart ("< td rowspan = \" 2 \"
>", "< / td >", "<_strong >"). De-segmenting set only inline tags together again ("<br>", "<strong>"), so the table
tags stayed text: no header, no task table, no budget table. normalizers.text.desegment now writes a table's tags
and their attributes as a page writes them ("<td rowspan=\"2\">").

SEGMENTED is PLAIN through underthesea's word_tokenize(line, format="text") line by line, as tests.renditions.generate
makes the `segmented` renditions, saved as it came out."""

from __future__ import annotations

import pytest

from normalizers.text import desegment
from pipeline.process import process
from tests.metamorphic import assert_read_alike

PLAIN = '<table>\n<tr><td align="center"><strong>ỦY BAN NHÂN DÂN<br>XÃ TÂN HƯNG TÂY</strong></td>\n<td align="center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</strong></td></tr>\n<tr><td align="center">Số: 17/KH-UBND</td><td align="center"><em>Tân Hưng Tây, ngày 03 tháng 3 năm 2029</em></td></tr>\n</table>\n\n**KẾ HOẠCH**\n\n**Phòng, chống thiên tai xã Tân Hưng Tây năm 2029**\n\nCăn cứ Kế hoạch số 58/KH-UBND ngày 15 tháng 01 năm 2029 của Ủy ban nhân dân tỉnh Long Điền về phòng, chống thiên tai năm 2029;\n\nỦy ban nhân dân xã ban hành Kế hoạch như sau:\n\n**I. MỤC TIÊU**\n\n- 100% hộ dân vùng trũng thấp được hướng dẫn phương án sơ tán.\n- 95% thôn có lực lượng xung kích phòng, chống thiên tai được tập huấn.\n\n**II. NHIỆM VỤ**\n\n<table>\n<thead>\n<tr><th>STT</th><th>Nhiệm vụ</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian</th></tr>\n</thead>\n<tbody>\n<tr><td colspan="5"><strong>I. Công tác chuẩn bị</strong></td></tr>\n<tr><td>1</td><td>Rà soát phương án sơ tán dân vùng trũng thấp</td><td rowspan="2">Ban Chỉ huy Quân sự xã</td><td>Công an xã</td><td>Quý I/2029</td></tr>\n<tr><td>2</td><td>Tập huấn lực lượng xung kích các thôn</td><td>Hội Chữ thập đỏ xã</td><td>Quý II/2029</td></tr>\n<tr><td colspan="5"><strong>II. Công tác ứng phó</strong></td></tr>\n<tr><td>3</td><td>Dự trữ lương thực, thuốc men tại các điểm sơ tán</td><td>Trạm Y tế xã</td><td>Hội Liên hiệp Phụ nữ xã</td><td>Tháng 6/2029</td></tr>\n</tbody>\n</table>\n\n**III. KINH PHÍ**\n\nTổng kinh phí thực hiện là 640 triệu đồng, chi tiết như sau:\n\n<table>\n<tr><th>STT</th><th>Nội dung</th><th>Tổng số</th><th>Ngân sách xã</th><th>Xã hội hóa</th></tr>\n<tr><td>1</td><td>Tập huấn lực lượng xung kích</td><td>180</td><td>180</td><td>-</td></tr>\n<tr><td>2</td><td>Dự trữ lương thực, thuốc men</td><td>460</td><td>260</td><td>200</td></tr>\n<tr><td></td><td><strong>Tổng cộng</strong></td><td><strong>640</strong></td><td><strong>440</strong></td><td><strong>200</strong></td></tr>\n</table>\n\n**IV. TỔ CHỨC THỰC HIỆN**\n\nCác đơn vị căn cứ nhiệm vụ được giao triển khai thực hiện Kế hoạch này./.\n\n**TM. ỦY BAN NHÂN DÂN**\n\n**CHỦ TỊCH**\n\n**Đặng Văn Thạch**\n'

SEGMENTED = '< table >\n< tr > < td align = " center " > <_strong > ỦY_BAN_NHÂN_DÂN <_br > XÃ TÂN_HƯNG_TÂY < / strong > < / td >\n< td align = " center " > <_strong > CỘNG_HÒA XÃ_HỘI_CHỦ_NGHĨA_VIỆT_NAM <_br > Độc_lập - Tự_do - Hạnh_phúc < / strong > < / td > < / tr >\n< tr > < td align = " center " > Số : 17 / KH-UBND < / td > < td align = " center " > < em > Tân_Hưng_Tây , ngày 03 tháng 3 năm 2029 < / em > < / td > < / tr >\n< / table >\n\n* * KẾ_HOẠCH * *\n\n* * Phòng , chống thiên_tai xã Tân_Hưng_Tây năm 2029 * *\n\nCăn_cứ Kế_hoạch số 58 / KH-UBND ngày 15 tháng 01 năm 2029 của Ủy_ban_nhân_dân tỉnh Long_Điền về phòng , chống thiên_tai năm 2029 ;\n\nỦy ban_nhân_dân xã ban_hành Kế_hoạch như sau :\n\n* * I. MỤC_TIÊU * *\n\n- 100 % hộ dân vùng trũng thấp được hướng_dẫn phương_án sơ_tán .\n- 95 % thôn có lực_lượng xung_kích phòng , chống thiên_tai được tập_huấn .\n\n* * II. NHIỆM_VỤ * *\n\n< table >\n< thead >\n< tr > < th > STT < / th > <_th > Nhiệm_vụ < / th > <_th > Đơn_vị chủ_trì < / th > <_th > Đơn_vị phối_hợp < / th > <_th > Thời_gian < / th > < / tr >\n< / thead >\n< tbody >\n< tr > < td colspan = " 5 " > <_strong > I. Công_tác chuẩn_bị < / strong > < / td > < / tr >\n< tr > < td > 1 < / td > <_td > Rà_soát phương_án sơ_tán dân vùng trũng thấp < / td > < td rowspan = " 2 " > Ban_Chỉ_huy Quân_sự xã < / td > <_td > Công_an xã < / td > <_td > Quý I / 2029 < / td > < / tr >\n< tr > <_td > 2 < / td > <_td > Tập_huấn lực_lượng xung_kích các thôn < / td > <_td > Hội_Chữ_thập_đỏ xã < / td > <_td > Quý II / 2029 < / td > < / tr >\n< tr > < td colspan = " 5 " > <_strong > II. Công_tác ứng_phó < / strong > < / td > < / tr >\n< tr > < td > 3 < / td > <_td > Dự_trữ lương_thực , thuốc_men tại các điểm sơ_tán < / td > <_td > Trạm Y_tế xã < / td > <_td > Hội Liên_hiệp Phụ_nữ xã < / td > <_td > Tháng 6/2029 < / td > < / tr >\n< / tbody >\n< / table >\n\n* * III. KINH_PHÍ * *\n\nTổng kinh_phí thực_hiện là 640 triệu đồng , chi_tiết như sau :\n\n< table >\n< tr > < th > STT < / th > <_th > Nội_dung < / th > <_th > Tổng_số < / th > <_th > Ngân_sách_xã < / th > <_th > Xã_hội hóa < / th > < / tr >\n< tr > < td > 1 < / td > <_td > Tập_huấn lực_lượng xung_kích < / td > <_td > 180 < / td > <_td > 180 < / td > <_td > - < / td > < / tr >\n< tr > <_td > 2 < / td > <_td > Dự_trữ lương_thực , thuốc_men < / td > <_td > 460 < / td > <_td > 260 < / td > <_td > 200 < / td > < / tr >\n< tr > <_td > < / td > <_td > <_strong > Tổng_cộng < / strong > < / td > <_td > <_strong > 640 < / strong > < / td > <_td > <_strong > 440 < / strong > < / td > <_td > <_strong > 200 < / strong > < / td > < / tr >\n< / table >\n\n* * IV. TỔ_CHỨC THỰC_HIỆN * *\n\nCác đơn_vị căn_cứ nhiệm_vụ được giao triển_khai thực_hiện Kế_hoạch này . / .\n\n* * TM. ỦY_BAN_NHÂN_DÂN * *\n\n* * CHỦ_TỊCH * *\n\n* * Đặng_Văn_Thạch * *\n'


def test_segmented_markdown_with_html_tables_reads_as_the_plain_one():
    plain = process("tan-hung-tay.md", PLAIN.encode("utf-8"))
    segmented = process("tan-hung-tay.md", SEGMENTED.encode("utf-8"))
    record = segmented.record
    assert record.number == "17/KH-UBND"
    assert [a.lead_agencies for a in record.activities] == [
        ["Ban Chỉ huy Quân sự xã"], ["Ban Chỉ huy Quân sự xã"], ["Trạm Y tế xã"]]
    assert [(i.row_label, i.source, i.amount_vnd) for i in record.budget.items] == [
        (i.row_label, i.source, i.amount_vnd) for i in plain.record.budget.items]
    assert ("Dự trữ lương thực, thuốc men", 460_000_000) in [(i.row_label, i.amount_vnd) for i in record.budget.items]
    for a in record.activities:  # provenance: each activity's span holds its title
        assert a.title in segmented.text[a.span.start:a.span.end]
    assert_read_alike(plain, segmented, "text.word_segmented")


# (a tokenizer's line, the line de-segmented): tags and attributes set together again
MUST = [
    ('< tr > < td align = " center " > <_strong > ỦY_BAN_NHÂN_DÂN <_br > XÃ AN_PHÚ < / strong > < / td >',
     '<tr> <td align="center"> <strong> ỦY BAN NHÂN DÂN <br> XÃ AN PHÚ </strong> </td>'),
    ('< th rowspan = " 2 " > STT < / th > <_th colspan = " 3 " > Nguồn vốn < / th >',
     '<th rowspan="2"> STT </th> <th colspan="3"> Nguồn vốn </th>'),
    ("< table border = 1 > < tbody > < tr > < td > 1 < / td >", '<table border="1"> <tbody> <tr> <td> 1 </td>'),
    ('< / tbody > < / table >', "</tbody></table>".replace("><", "> <")),
]


@pytest.mark.parametrize("line, expected", MUST)
def test_spaced_tags_set_together(line, expected):
    assert desegment(line) == expected


# comparisons and angle brackets that are no tags: left as they are
MUST_NOT = [
    ("tỷ_lệ hộ nghèo < 3 % và > 1 % .", "tỷ lệ hộ nghèo < 3% và > 1%."),
    ("giá_trị a < b và c > d", "giá trị a < b và c > d"),
    ("< < Quay lại > >", "< < Quay lại > >"),
]


@pytest.mark.parametrize("line, expected", MUST_NOT)
def test_no_tag_left_alone(line, expected):
    assert desegment(line) == expected
