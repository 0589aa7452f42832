"""Markdown with no blank line between its blocks (a scrape that writes one line a block):
a table in outer pipes ends at the first line with no pipe; the header table, the type
line, the title and the sections after it read as they do with blank lines. Texts of our own."""

from extractors.layout.text import read_text
from pipeline.process import process

TIGHT = """| ỦY BAN NHÂN DÂN<br>HUYỆN BẢO YÊN<br>------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>--------------- |
|---|---|
| Số: 57/KH-UBND | *Bảo Yên, ngày 11 tháng 02 năm 2026* |
**KẾ HOẠCH**
**Phát triển cây quế hữu cơ năm 2026**
*Căn cứ Nghị quyết số 09/NQ-HĐND ngày 15 tháng 12 năm 2025 của Hội đồng nhân dân huyện;*
## I. MỤC TIÊU
- Diện tích quế được chứng nhận hữu cơ đạt 35% tổng diện tích.
## II. NHIỆM VỤ
**1. Trồng mới quế hữu cơ**
- Cơ quan chủ trì: Phòng Nông nghiệp và Môi trường.
- Cơ quan phối hợp: UBND các xã.
"""


def test_a_tight_markdown_plan_reads_as_a_spaced_one():
    spaced = TIGHT.replace("|\n**KẾ", "|\n\n**KẾ").replace("*\n## ", "*\n\n## ")
    assert spaced != TIGHT

    def fields(text: str) -> tuple:
        r = process("plan.md", text.encode()).record.model_dump(mode="json")
        return (r["number"], r["place"], r["issued_date"], r["doc_type"], r["title"], r["issuer"]["name"],
                [b["number"] for b in r["legal_bases"]], [[t["value"] for t in o["targets"]] for o in r["objectives"]],
                [(a["code"], a["lead_agencies"]) for a in r["activities"]])
    got = fields(TIGHT)
    assert got == fields(spaced)
    assert got[:6] == ("57/KH-UBND", "Bảo Yên", "2026-02-11", "Kế hoạch", "Phát triển cây quế hữu cơ năm 2026",
                       "Ủy ban nhân dân huyện Bảo Yên")


def test_a_table_without_outer_pipes_goes_on_over_its_broken_cells():
    """must not: html2text's rows without outer pipes run over lines with no pipe (a cell's
    line break), up to a blank line."""
    text = "STT | Nội dung | Kinh phí\n---|---|---\n1 | Sửa chữa trường | 400\n2 | Mua sắm thiết bị\ndạy học | 250\n\nĐoạn sau.\n"
    blocks, _ = read_text(text, markdown=True)
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].rows[-1] == ["2", "Mua sắm thiết bị\ndạy học", "250"]
