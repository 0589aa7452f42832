"""Word plans of our own for the rendition tests, built with python-docx.

The content is invented (provinces, agencies, people and numbers that appear in no
sample or dev document). Each plan has what a real one has: a header layout table
(issuer and number on the left, motto and place/date on the right), "Căn cứ" lines,
objectives with % targets, numbered activities with their agencies, a budget table with
a `Đơn vị tính: triệu đồng` line, a years x sources header with merged cells and a total
row that sums, a task table (STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp |
Thời gian hoàn thành) and a signature block with "Nơi nhận".

The three plans differ in the ways real ones do: the header table in two rows or in one
row of multi-line cells, the budget table in the body or in a landscape appendix, with
group rows or without, sources named in full or abbreviated, the task table inside the
content section or after the signature.

`build(plan)` gives the .docx bytes, the same bytes on every run (fixed core properties
and zip timestamps)."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import datetime

# the zip entries' timestamp and the core properties' dates: fixed, so the bytes are stable
FIXED_TIME = datetime(2024, 1, 2, 3, 4, 5)


@dataclass(frozen=True)
class BudgetRow:
    code: str
    label: str
    # one amount per (year, source) column in millions of đồng, None for an empty "-" cell;
    # None for the whole row: a group row, the sum of the rows below it up to the next group
    amounts: tuple[int | None, ...] | None = None


@dataclass(frozen=True)
class Budget:
    intro: str  # the paragraph above the table (its title)
    years: tuple[int, ...]
    sources: tuple[str, ...]  # one header label per source column, repeated for every year
    rows: tuple[BudgetRow, ...]
    total_label: str = "Tổng cộng"
    total_header: str = "Tổng cộng"
    label_header: str = "Nội dung"
    code_header: str = "STT"


@dataclass(frozen=True)
class Task:
    content: str
    lead: str
    partner: str
    deadline: str


@dataclass(frozen=True)
class WordPlan:
    name: str  # file stem
    issuer_lines: tuple[str, ...]  # left header column, as printed (capitals)
    number_line: str  # "Số: 142/KH-UBND"
    place_date: str  # "Quảng Trị, ngày 06 tháng 10 năm 2025"
    header_in_one_row: bool  # one row of multi-line cells, else issuer|motto over number|date
    body: tuple[tuple[str, str], ...]  # (kind, text): "title", "h", "p", or "budget"/"tasks" placeholders
    budget: Budget
    tasks: tuple[Task, ...]
    tasks_after_signature: bool
    recipients: tuple[str, ...]  # "Nơi nhận" lines as printed
    authority: tuple[str, ...]  # "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"
    signer_title: str
    signer_name: str
    landscape_appendix: bool = False


MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


def fmt_amount(value: int | None) -> str:
    """12400 -> '12.400' (Vietnamese thousands dots); None -> '-'."""
    return "-" if value is None else f"{value:,}".replace(",", ".")


def budget_table(budget: Budget) -> tuple[list[list[str]], list[tuple[int, ...]]]:
    """The table's body rows as cell texts (group and total rows summed), and per row the
    amounts (0 for '-') so that a caller can state totals in prose."""
    width = len(budget.years) * len(budget.sources)
    leaves = [r.amounts for r in budget.rows if r.amounts is not None]
    assert all(len(a) == width for a in leaves), "every leaf row has one amount per year and source"

    def total(amounts: list[tuple[int | None, ...]]) -> tuple[int, ...]:
        return tuple(sum(a[i] or 0 for a in amounts) for i in range(width))

    sums: list[tuple[int, ...]] = []
    for i, row in enumerate(budget.rows):
        if row.amounts is None:
            below = []
            for nxt in budget.rows[i + 1:]:
                if nxt.amounts is None:
                    break
                below.append(nxt.amounts)
            sums.append(total(below))
        else:
            sums.append(tuple(a or 0 for a in row.amounts))
    grand = total(leaves)
    cells = []
    for row, amounts in zip(budget.rows, sums):
        shown = row.amounts if row.amounts is not None else amounts
        cells.append([row.code, row.label, fmt_amount(sum(amounts)), *map(fmt_amount, shown)])
    cells.append(["", budget.total_label, fmt_amount(sum(grand)), *map(fmt_amount, grand)])
    return cells, [*sums, grand]


def totals(budget: Budget) -> dict:
    """The plan's grand total and its split by source (millions), for the prose."""
    _, sums = budget_table(budget)
    grand = sums[-1]
    n = len(budget.sources)
    by_source = [sum(grand[y * n + s] for y in range(len(budget.years))) for s in range(n)]
    by_year = [sum(grand[y * n:(y + 1) * n]) for y in range(len(budget.years))]
    return {"total": sum(grand), "by_source": by_source, "by_year": by_year}


# ---------------------------------------------------------------------------
# python-docx


def _set_cell_borders(table, on: bool) -> None:
    """Single borders on every cell edge (a ruled table) or none (a layout table)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single" if on else "nil")
        if on:
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    tbl_pr.append(borders)


def _paragraph(container, text: str, *, bold=False, italic=False, center=False, justify=False, size=None,
               space_after=4):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = container.add_paragraph()
    run = p.add_run(text)
    run.bold, run.italic = bold or None, italic or None
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif justify:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(space_after)
    return p


def _cell_lines(cell, lines, *, bold_upto=0, center=True, size=None, italic_last=False) -> None:
    """Fill a cell with one paragraph per line (the cell's own empty paragraph reused)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        if i < bold_upto:
            run.bold = True
        if italic_last and i == len(lines) - 1:
            run.italic = True
        if size:
            run.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)


def _header(doc, plan: WordPlan) -> None:
    left = [*plan.issuer_lines, "-------"]
    right = [*MOTTO, "---------------"]
    table = doc.add_table(rows=1 if plan.header_in_one_row else 2, cols=2)
    _set_cell_borders(table, on=False)
    _widths(table, [6.0, 10.0])
    if plan.header_in_one_row:
        _cell_lines(table.cell(0, 0), [*left, plan.number_line], bold_upto=len(plan.issuer_lines), size=11)
        _cell_lines(table.cell(0, 1), [*right, plan.place_date], bold_upto=2, size=11, italic_last=True)
    else:
        _cell_lines(table.cell(0, 0), left, bold_upto=len(plan.issuer_lines), size=11)
        _cell_lines(table.cell(0, 1), right, bold_upto=2, size=11)
        _cell_lines(table.cell(1, 0), [plan.number_line], size=11)
        _cell_lines(table.cell(1, 1), [plan.place_date], size=11, italic_last=True)


def _budget(doc, budget: Budget, width_cm: float) -> None:
    from docx.shared import Pt
    _paragraph(doc, budget.intro, bold=True, center=True)
    p = _paragraph(doc, "Đơn vị tính: triệu đồng", italic=True)
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    body, _ = budget_table(budget)
    n_src = len(budget.sources)
    n_cols = 3 + len(budget.years) * n_src
    table = doc.add_table(rows=2 + len(body), cols=n_cols)
    _set_cell_borders(table, on=True)
    # header: code, label and total span both header rows; each year spans its sources
    for col, text in ((0, budget.code_header), (1, budget.label_header), (2, budget.total_header)):
        merged = table.cell(0, col).merge(table.cell(1, col))
        _cell_lines(merged, [text], bold_upto=1, size=10)
    for y, year in enumerate(budget.years):
        first = 3 + y * n_src
        merged = table.cell(0, first).merge(table.cell(0, first + n_src - 1))
        _cell_lines(merged, [f"Năm {year}"], bold_upto=1, size=10)
        for s, source in enumerate(budget.sources):
            _cell_lines(table.cell(1, first + s), [source], bold_upto=1, size=10)
    for r, cells in enumerate(body, start=2):
        is_total = r == len(body) + 1
        is_group = not is_total and budget.rows[r - 2].amounts is None
        for c, text in enumerate(cells):
            _cell_lines(table.cell(r, c), [text], bold_upto=1 if (is_total or is_group) else 0, size=10,
                        center=c != 1)
    for r in table.rows:
        for i, cell in enumerate(r.cells):
            for para in cell.paragraphs:
                para.paragraph_format.space_after = Pt(0)
    amount_cm = 2.0 if n_cols <= 7 else 1.9
    _widths(table, [1.1, width_cm - 1.1 - amount_cm * (n_cols - 2)] + [amount_cm] * (n_cols - 2))


def _widths(table, cm: list[float]) -> None:
    """Column widths for Word (cell widths) and LibreOffice (the table grid)."""
    from docx.shared import Cm
    table.autofit = False
    for col, width in zip(table._tbl.tblGrid.gridCol_lst, cm):
        col.w = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, cm):
            cell.width = Cm(width)


def _tasks(doc, tasks: tuple[Task, ...]) -> None:
    heads = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    table = doc.add_table(rows=1 + len(tasks), cols=5)
    _set_cell_borders(table, on=True)
    for c, text in enumerate(heads):
        _cell_lines(table.cell(0, c), [text], bold_upto=1, size=11)
    for r, task in enumerate(tasks, start=1):
        for c, text in enumerate((str(r), task.content, task.lead, task.partner, task.deadline)):
            _cell_lines(table.cell(r, c), [text], size=11, center=c in (0, 4))
    _widths(table, [1.3, 5.4, 3.3, 3.5, 2.5])


def _signature(doc, plan: WordPlan) -> None:
    table = doc.add_table(rows=1, cols=2)
    _set_cell_borders(table, on=False)
    _widths(table, [8.5, 7.5])
    left, right = table.cell(0, 0), table.cell(0, 1)
    _cell_lines(left, ["Nơi nhận:", *plan.recipients], bold_upto=1, center=False, size=11)
    _cell_lines(right, [*plan.authority, plan.signer_title, "", "", plan.signer_name],
                bold_upto=len(plan.authority) + 4, size=13)


def office_style(doc) -> None:
    """Times New Roman 13 pt, A4 with the decree's margins, as an office's Word template sets them."""
    from docx.shared import Cm, Pt

    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)


def build(plan: WordPlan) -> bytes:
    """The plan as .docx bytes, identical on every run."""
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm, Pt

    doc = docx.Document()
    office_style(doc)

    _header(doc, plan)
    for kind, text in plan.body:
        if kind == "title":
            _paragraph(doc, text, bold=True, center=True, size=14)
        elif kind == "h":
            _paragraph(doc, text, bold=True, justify=True)
        elif kind == "p":
            _paragraph(doc, text, justify=True)
        elif kind == "budget":
            if plan.landscape_appendix:
                continue
            _budget(doc, plan.budget, 16.0)
        elif kind == "tasks":
            if not plan.tasks_after_signature:
                _tasks(doc, plan.tasks)
        else:
            raise ValueError(f"unknown body kind {kind!r}")
    _signature(doc, plan)
    if plan.tasks_after_signature or plan.landscape_appendix:
        new = doc.add_section(WD_SECTION.NEW_PAGE)
        if plan.landscape_appendix:
            new.orientation = WD_ORIENT.LANDSCAPE
            new.page_width, new.page_height = Cm(29.7), Cm(21)
            new.left_margin = new.right_margin = Cm(2)
            _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
            _budget(doc, plan.budget, 25.7)
        if plan.tasks_after_signature:
            _paragraph(doc, "PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ", bold=True, center=True)
            _tasks(doc, plan.tasks)

    props = doc.core_properties
    props.author = props.last_modified_by = "vn-plan-extract tests"
    props.title = plan.name
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return _stable_zip(buf.getvalue())


def _stable_zip(data: bytes) -> bytes:
    """The same archive with fixed entry timestamps (python-docx stamps the current time)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------
# The plans. Prose amounts are derived from the tables (totals()), so prose and table agree.


def _quangtri() -> WordPlan:
    budget = Budget(
        intro="DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2026 - 2028",
        years=(2026, 2027, 2028),
        sources=("Ngân sách trung ương", "Ngân sách địa phương"),
        rows=(
            BudgetRow("I", "Hạ tầng kỹ thuật và an toàn thông tin"),
            BudgetRow("1", "Nâng cấp Trung tâm dữ liệu y tế tỉnh", (4200, 1350, 2800, 900, None, 650)),
            BudgetRow("2", "Trang bị máy tính, thiết bị mạng cho trạm y tế xã", (2150, 780, 1900, 640, 1250, 520)),
            BudgetRow("II", "Phần mềm, dữ liệu và nhân lực"),
            BudgetRow("1", "Triển khai bệnh án điện tử tại 9 bệnh viện tuyến tỉnh, tuyến huyện",
                      (3600, 1200, 3100, 1150, 2400, 980)),
            BudgetRow("2", "Đào tạo, tập huấn cán bộ công nghệ thông tin y tế", (None, 310, None, 290, None, 275)),
            BudgetRow("3", "Truyền thông về hồ sơ sức khỏe điện tử", (None, 145, None, 130, None, 120)),
        ),
    )
    t = totals(budget)
    a = fmt_amount
    body = (
        ("title", "KẾ HOẠCH"),
        ("title", "Ứng dụng công nghệ thông tin và chuyển đổi số ngành y tế tỉnh Quảng Trị giai đoạn 2026 - 2028"),
        ("p", "Căn cứ Quyết định số 1274/QĐ-TTg ngày 14/8/2025 của Thủ tướng Chính phủ phê duyệt Đề án phát triển "
              "hệ thống thông tin y tế cơ sở và hồ sơ sức khỏe điện tử trên phạm vi toàn quốc giai đoạn 2025 - 2030;"),
        ("p", "Căn cứ Thông tư số 21/2025/TT-BYT ngày 30/6/2025 của Bộ Y tế quy định về bệnh án điện tử và "
              "kết nối dữ liệu khám bệnh, chữa bệnh;"),
        ("p", "Căn cứ Nghị quyết số 37/NQ-HĐND ngày 22/7/2025 của Hội đồng nhân dân tỉnh Quảng Trị về phát triển "
              "y tế số trên địa bàn tỉnh;"),
        ("p", "Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 315/TTr-SYT ngày 02/10/2025, Ủy ban nhân dân tỉnh "
              "ban hành Kế hoạch thực hiện như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Mục đích: Từng bước hiện đại hóa hoạt động quản lý, khám bệnh, chữa bệnh; nâng cao chất lượng "
              "phục vụ người dân và giảm thủ tục giấy tờ tại các cơ sở y tế."),
        ("p", "2. Yêu cầu: Các nhiệm vụ được triển khai đồng bộ, có lộ trình, bảo đảm an toàn thông tin và "
              "phù hợp với nguồn lực của tỉnh."),
        ("h", "II. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "- Xây dựng nền tảng y tế số đồng bộ, kết nối liên thông dữ liệu giữa các tuyến, phục vụ người dân "
              "và công tác quản lý nhà nước về y tế."),
        ("h", "2. Mục tiêu cụ thể đến năm 2028"),
        ("p", "- 100% bệnh viện tuyến tỉnh, tuyến huyện triển khai bệnh án điện tử trước năm 2027."),
        ("p", "- Phấn đấu 85% trạm y tế xã sử dụng phần mềm quản lý hồ sơ sức khỏe điện tử vào năm 2028."),
        ("p", "- Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt trên 90%; ít nhất 60% giao dịch thanh toán viện phí "
              "không dùng tiền mặt."),
        ("h", "III. NHIỆM VỤ TRỌNG TÂM"),
        ("h", "1. Hoàn thiện hạ tầng kỹ thuật và an toàn thông tin"),
        ("p", "- Nâng cấp Trung tâm dữ liệu y tế tỉnh, bảo đảm dự phòng và sao lưu dữ liệu."),
        ("p", "- Trang bị máy tính, thiết bị mạng cho các trạm y tế xã còn thiếu."),
        ("p", "- Cơ quan chủ trì: Sở Y tế."),
        ("p", "- Cơ quan phối hợp: Sở Khoa học và Công nghệ, Sở Tài chính, Công an tỉnh."),
        ("h", "2. Triển khai bệnh án điện tử tại các bệnh viện"),
        ("p", "- Lựa chọn giải pháp, lập lộ trình triển khai tại từng bệnh viện; kết nối với Cổng dữ liệu y tế quốc gia."),
        ("p", "- Cơ quan chủ trì: Sở Y tế; cơ quan phối hợp: Bảo hiểm xã hội tỉnh, các bệnh viện tuyến tỉnh."),
        ("h", "3. Đào tạo nhân lực công nghệ thông tin y tế"),
        ("p", "- Trường Cao đẳng Y tế Quảng Trị chủ trì, phối hợp với Sở Nội vụ và Sở Y tế tổ chức các lớp tập huấn."),
        ("h", "IV. KINH PHÍ THỰC HIỆN"),
        ("p", f"Tổng kinh phí thực hiện Kế hoạch là {a(t['total'])} triệu đồng, trong đó: ngân sách trung ương "
              f"{a(t['by_source'][0])} triệu đồng; ngân sách địa phương {a(t['by_source'][1])} triệu đồng "
              "(chi tiết tại Phụ lục kèm theo)."),
        ("budget", ""),
        ("h", "V. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Y tế: Chủ trì, hướng dẫn, theo dõi việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân "
              "tỉnh trước ngày 15 tháng 12 hằng năm."),
        ("p", "2. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách."),
        ("p", "3. Sở Khoa học và Công nghệ: Hướng dẫn các tiêu chuẩn kỹ thuật, an toàn thông tin."),
        ("p", "4. Ủy ban nhân dân các huyện, thị xã, thành phố: Chỉ đạo trạm y tế xã phối hợp triển khai Kế hoạch "
              "trên địa bàn."),
        ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Sở Y tế để tổng hợp, "
              "trình Ủy ban nhân dân tỉnh xem xét, quyết định./."),
        ("tasks", ""),
    )
    return WordPlan(
        name="quangtri_142-KH-UBND_2025",
        issuer_lines=("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"),
        number_line="Số: 142/KH-UBND",
        place_date="Quảng Trị, ngày 06 tháng 10 năm 2025",
        header_in_one_row=False,
        body=body, budget=budget,
        tasks=(
            Task("Nâng cấp Trung tâm dữ liệu y tế tỉnh", "Sở Y tế", "Sở Khoa học và Công nghệ", "Quý IV/2026"),
            Task("Triển khai bệnh án điện tử tại các bệnh viện tuyến huyện", "Sở Y tế",
                 "Bảo hiểm xã hội tỉnh; Ủy ban nhân dân các huyện", "Năm 2027"),
            Task("Tập huấn cán bộ công nghệ thông tin y tế", "Trường Cao đẳng Y tế Quảng Trị", "Sở Nội vụ",
                 "Hằng năm"),
            Task("Tuyên truyền về hồ sơ sức khỏe điện tử", "Sở Văn hóa, Thể thao và Du lịch",
                 "Đài Phát thanh - Truyền hình tỉnh", "2026 - 2028"),
        ),
        tasks_after_signature=True,
        recipients=("- Bộ Y tế (b/c);", "- Thường trực Tỉnh ủy (b/c);", "- Thường trực HĐND tỉnh;",
                    "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành tại mục V;",
                    "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT, KGVX."),
        authority=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"),
        signer_title="PHÓ CHỦ TỊCH",
        signer_name="Hoàng Văn Khải",
        landscape_appendix=True,
    )


def _bentre() -> WordPlan:
    budget = Budget(
        intro="Dự toán kinh phí chi tiết như sau:",
        years=(2024, 2025),
        sources=("NS tỉnh", "Xã hội hóa"),
        rows=(
            BudgetRow("1", "Xây dựng vùng nguyên liệu dừa hữu cơ", (1850, 2400, 1620, 2950)),
            BudgetRow("2", "Cấp chứng nhận hữu cơ cho tổ hợp tác", (460, None, 520, None)),
            BudgetRow("3", "Hỗ trợ liên kết tiêu thụ sản phẩm", (315, 1100, 280, 1350)),
            BudgetRow("4", "Tập huấn kỹ thuật canh tác hữu cơ", (190, 45, 210, 60)),
        ),
        total_label="Tổng cộng",
        total_header="Tổng kinh phí",
        label_header="Nội dung",
        code_header="TT",
    )
    t = totals(budget)
    a = fmt_amount
    body = (
        ("title", "KẾ HOẠCH"),
        ("title", "Phát triển chuỗi liên kết sản xuất dừa hữu cơ năm 2024 - 2025"),
        ("p", "Căn cứ Quyết định số 885/QĐ-TTg ngày 23/6/2020 của Thủ tướng Chính phủ phê duyệt Đề án phát triển "
              "nông nghiệp hữu cơ giai đoạn 2020 - 2030;"),
        ("p", "Căn cứ Kế hoạch số 2318/KH-UBND ngày 09/5/2023 của Ủy ban nhân dân tỉnh Bến Tre về phát triển "
              "ngành dừa bền vững;"),
        ("p", "Sở Nông nghiệp và Phát triển nông thôn xây dựng Kế hoạch như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Hình thành các chuỗi liên kết sản xuất, tiêu thụ dừa hữu cơ ổn định, nâng cao thu nhập cho nông dân."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "- Đến cuối năm 2025, diện tích dừa được chứng nhận hữu cơ tăng thêm 25% so với năm 2023."),
        ("p", "- Trên 70% tổ hợp tác trồng dừa tham gia chuỗi liên kết có hợp đồng tiêu thụ."),
        ("h", "II. NỘI DUNG THỰC HIỆN"),
        ("h", "1. Xây dựng vùng nguyên liệu dừa hữu cơ"),
        ("p", "- Rà soát, quy hoạch vùng nguyên liệu tại các huyện Giồng Trôm, Mỏ Cày Nam, Chợ Lách."),
        ("p", "- Đơn vị chủ trì: Chi cục Trồng trọt và Bảo vệ thực vật."),
        ("p", "- Đơn vị phối hợp: Ủy ban nhân dân các huyện, Hội Nông dân tỉnh."),
        ("h", "2. Hỗ trợ liên kết tiêu thụ sản phẩm"),
        ("p", "- Kết nối doanh nghiệp chế biến với tổ hợp tác; hỗ trợ ký kết hợp đồng bao tiêu."),
        ("p", "- Chi cục Phát triển nông thôn chủ trì, phối hợp với Sở Công Thương và Liên minh Hợp tác xã tỉnh "
              "thực hiện."),
        ("p", "Phân công cụ thể các nhiệm vụ như sau:"),
        ("tasks", ""),
        ("h", "III. KINH PHÍ"),
        ("p", f"Tổng kinh phí: {a(t['total'])} triệu đồng, trong đó năm 2024: {a(t['by_year'][0])} triệu đồng, "
              f"năm 2025: {a(t['by_year'][1])} triệu đồng."),
        ("budget", ""),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Chi cục Trồng trọt và Bảo vệ thực vật: Hướng dẫn quy trình canh tác hữu cơ, theo dõi vùng nguyên liệu."),
        ("p", "2. Chi cục Phát triển nông thôn: Tổ chức kết nối tiêu thụ, hướng dẫn thành lập tổ hợp tác."),
        ("p", "3. Phòng Kế hoạch - Tài chính: Tham mưu phân bổ kinh phí, hướng dẫn thanh quyết toán."),
        ("p", "Các đơn vị báo cáo kết quả thực hiện về Sở trước ngày 10 tháng 12 hằng năm./."),
    )
    return WordPlan(
        name="bentre_57-KH-SNN_2024",
        issuer_lines=("UBND TỈNH BẾN TRE", "SỞ NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN"),
        number_line="Số: 57/KH-SNN",
        place_date="Bến Tre, ngày 18 tháng 3 năm 2024",
        header_in_one_row=True,
        body=body, budget=budget,
        tasks=(
            Task("Rà soát, lập bản đồ vùng nguyên liệu dừa hữu cơ", "Chi cục Trồng trọt và Bảo vệ thực vật",
                 "Ủy ban nhân dân các huyện", "Tháng 6/2024"),
            Task("Hỗ trợ cấp chứng nhận hữu cơ cho 12 tổ hợp tác", "Chi cục Phát triển nông thôn",
                 "Hội Nông dân tỉnh", "Năm 2024 - 2025"),
            Task("Tổ chức 2 hội nghị kết nối tiêu thụ dừa hữu cơ", "Chi cục Phát triển nông thôn",
                 "Sở Công Thương", "Quý III hằng năm"),
        ),
        tasks_after_signature=False,
        recipients=("- UBND tỉnh (b/c);", "- Bộ Nông nghiệp và PTNT (b/c);", "- Giám đốc, các PGĐ Sở;",
                    "- UBND các huyện, thành phố;", "- Lưu: VT, KHTC."),
        authority=("KT. GIÁM ĐỐC",),
        signer_title="PHÓ GIÁM ĐỐC",
        signer_name="Lê Thị Kim Thoa",
    )


def _tienhai() -> WordPlan:
    budget = Budget(
        intro="Bảng tổng hợp kinh phí phòng, chống dịch bệnh giai đoạn 2024 - 2026",
        years=(2024, 2025, 2026),
        sources=("Ngân sách huyện", "Huy động hợp pháp khác"),
        rows=(
            BudgetRow("1", "Mua vắc xin tiêm phòng cho đàn lợn, trâu, bò", (1240, 310, 1180, 295, 1100, 280)),
            BudgetRow("2", "Hóa chất tiêu độc, khử trùng", (385, None, 360, None, 340, None)),
            BudgetRow("3", "Hỗ trợ người chăn nuôi có vật nuôi bị tiêu hủy", (600, 150, 550, 150, 500, 150)),
            BudgetRow("4", "Giám sát, lấy mẫu xét nghiệm", (95, None, 95, None, 90, None)),
        ),
        total_label="Cộng",
    )
    t = totals(budget)
    a = fmt_amount
    body = (
        ("title", "KẾ HOẠCH"),
        ("title", "Phòng, chống dịch bệnh nguy hiểm trên đàn gia súc, gia cầm giai đoạn 2024 - 2026"),
        ("p", "Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;"),
        ("p", "Căn cứ Quyết định số 2206/QĐ-UBND ngày 04/8/2023 của Ủy ban nhân dân tỉnh Thái Bình ban hành "
              "Kế hoạch phòng, chống dịch bệnh động vật trên cạn giai đoạn 2023 - 2025;"),
        ("p", "Thực hiện Công văn số 1427/SNN-CNTY ngày 21/8/2023 của Sở Nông nghiệp và Phát triển nông thôn "
              "tỉnh Thái Bình, Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "- Chủ động phát hiện sớm, khống chế kịp thời các ổ dịch, không để dịch lây lan diện rộng."),
        ("h", "II. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "- Giảm thiệt hại do dịch bệnh gây ra, bảo đảm phát triển chăn nuôi bền vững."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "- Tỷ lệ tiêm phòng đạt trên 80% tổng đàn trong diện tiêm vào năm 2026."),
        ("p", "- 100% ổ dịch được phát hiện, xử lý trong vòng 48 giờ; tỷ lệ hộ chăn nuôi áp dụng "
              "an toàn sinh học đạt 45%."),
        ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
        ("h", "1. Công tác tiêm phòng"),
        ("p", "- Tổ chức hai đợt tiêm phòng chính vụ mỗi năm, tiêm bổ sung cho gia súc mới phát sinh."),
        ("p", "- Trạm Chăn nuôi và Thú y huyện chủ trì, phối hợp với Ủy ban nhân dân các xã, thị trấn thực hiện."),
        ("h", "2. Công tác vệ sinh, tiêu độc, khử trùng"),
        ("p", "- Phát động các đợt vệ sinh, tiêu độc môi trường chăn nuôi."),
        ("p", "- Cơ quan chủ trì: Phòng Nông nghiệp và Phát triển nông thôn."),
        ("p", "- Cơ quan phối hợp: Phòng Tài nguyên và Môi trường, Hội Nông dân huyện."),
        ("h", "IV. KINH PHÍ THỰC HIỆN"),
        ("p", f"Tổng kinh phí dự kiến là {a(t['total'])} triệu đồng, trong đó ngân sách huyện {a(t['by_source'][0])} "
              "triệu đồng."),
        ("budget", ""),
        ("h", "V. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Nông nghiệp và Phát triển nông thôn: Là cơ quan thường trực, theo dõi, tổng hợp tình hình dịch bệnh."),
        ("p", "2. Phòng Tài chính - Kế hoạch: Cân đối, bố trí kinh phí thực hiện Kế hoạch."),
        ("p", "3. Ủy ban nhân dân các xã, thị trấn: Tổ chức tiêm phòng, giám sát dịch bệnh tại cơ sở."),
        ("tasks", ""),
    )
    return WordPlan(
        name="tienhai_96-KH-UBND_2023",
        issuer_lines=("ỦY BAN NHÂN DÂN", "HUYỆN TIỀN HẢI"),
        number_line="Số: 96/KH-UBND",
        place_date="Tiền Hải, ngày 12 tháng 9 năm 2023",
        header_in_one_row=True,
        body=body, budget=budget,
        tasks=(
            Task("Tiêm phòng lở mồm long móng, tụ huyết trùng", "Trạm Chăn nuôi và Thú y huyện",
                 "Ủy ban nhân dân các xã, thị trấn", "Tháng 4 và tháng 10 hằng năm"),
            Task("Tháng vệ sinh, tiêu độc, khử trùng", "Phòng Nông nghiệp và Phát triển nông thôn",
                 "Phòng Tài nguyên và Môi trường", "Tháng 5 hằng năm"),
            Task("Lấy mẫu giám sát lưu hành vi rút", "Trạm Chăn nuôi và Thú y huyện",
                 "Chi cục Chăn nuôi và Thú y tỉnh", "Quý II/2024"),
            Task("Kiểm tra việc thực hiện Kế hoạch", "Phòng Nông nghiệp và Phát triển nông thôn",
                 "Phòng Tài chính - Kế hoạch", "Tháng 11 hằng năm"),
        ),
        tasks_after_signature=True,
        recipients=("- UBND tỉnh (b/c);", "- Sở Nông nghiệp và PTNT;", "- TT Huyện ủy, TT HĐND huyện;",
                    "- Chủ tịch, các PCT UBND huyện;", "- Các phòng, ban, ngành liên quan;",
                    "- UBND các xã, thị trấn;", "- Lưu: VT, NN."),
        authority=("TM. ỦY BAN NHÂN DÂN",),
        signer_title="CHỦ TỊCH",
        signer_name="Phạm Đức Thắng",
    )


PLANS: tuple[WordPlan, ...] = (_quangtri(), _bentre(), _tienhai())
