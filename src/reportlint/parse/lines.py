"""Lines: the Lark grammar (grammars/report.lark) turns text into typed lines of cells."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from reportlint.model import slot_init
from reportlint.parse.report_parser import LarkError, Token, Transformer

if TYPE_CHECKING:
    from reportlint.parse.report_parser import Lark


@cache  # (on first use: only pipe tables need it)
def _separator_cell() -> re.Pattern[str]:
    return re.compile(r"^\s*:?-{2,}:?\s*$")


@cache
def _value_cell() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:[-\u2212]?\d+(?:,\d{3})*(?:\.\d+)?|[/\-\u2014\u2013]{1,2})?\s*$")


@dataclass(frozen=True, slots=True)
class RawCell:
    """One cell of a typed line: its text, its ordinal, whether it is bold, and where it is."""

    text: str  # the cell text after its ordinal and leading bold marker, stripped
    ordinal: str | None
    bold: bool
    line: int
    column: int  # 1-based, code points, where `text` starts
    end_column: int  # exclusive


slot_init(RawCell)  # (made ~400 times a report)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the input as the grammar typed it (heading, pipe row, tab row, text …), with its cells."""

    no: int
    kind: str  # "heading", "pipe", "pipe_sep", "tab", "text", "blank"
    cells: tuple[RawCell, ...]
    md_level: int = 0
    exact: bool = False  # a row of a source's own grid (HTML): each cell one cell, no padding for merged ones

    @property
    def text(self) -> str:
        return " ".join(c.text for c in self.cells if c.text)


slot_init(Line)  # (made for every line of a report)


def _blank(line: int, column: int) -> RawCell:
    return RawCell("", None, False, line, column, column)


def _text_cell(raw: str, ordinal: str | None, bold: bool, line: int, column: int) -> RawCell:
    """A cell from its raw text starting at `column`: surrounding spaces trimmed, positions kept."""
    text = raw.strip()
    if len(text) == len(raw):  # (most cells: nothing to trim)
        return RawCell(raw, ordinal, bold, line, column, column + len(raw))
    lead = len(raw) - len(raw.lstrip())
    return RawCell(text, ordinal, bold, line, column + lead, column + lead + len(text))


# A cell's opening as the grammar lexes it (STARS then ORDINAL, grammars/report.lark), to split the tokens
# that hold an opening and its text (OPENED_TEXT, TAB_TEXT, PIPE_TEXT) where those tokens would have.
_OPENING = re.compile(r"(\*{2,3})?([ ]*[一二三四五六七八九十]{1,3}[、,][ ]*"
                      r"|[ ]*\([ ]?[一二三四五六七八九十]{1,3}[ ]?\)[ ]*"
                      r"|[ ]*\d{1,2}(?:、|\.(?!\d))[ ]*|[ ]*\(\d{1,2}\)[ ]*)?")


def _opened_cell(tok: Token, skip: int) -> RawCell:
    """The cell of a token holding its opening (bold markers, an ordinal) and text, after `skip` characters
    (its separator), up to a line break: as `_ToLines.cell` makes it from the tokens STARS? ORDINAL? TEXT."""
    value = str(tok).rstrip("\r\n")
    return _opened(value, skip, len(value), _at(tok.line), _at(tok.column))


def _opened_cells(tok: Token, sep: str) -> list[RawCell]:
    """The cells of a run of separators each with its cell (TAB_TEXT, PIPE_TEXT): no cell holds `sep`."""
    value = str(tok)
    line, column = _at(tok.line), _at(tok.column)
    out = []
    start = 0
    while start < len(value):
        end = value.find(sep, start + 1)
        end = len(value) if end < 0 else end
        out.append(_opened(value, start + 1, end, line, column))
        start = end
    return out


def _opened(value: str, start: int, end: int, line: int, column: int) -> RawCell:
    """The cell value[start:end] (`column`: where value starts) read as STARS? ORDINAL? TEXT."""
    m = _OPENING.match(value, start, end)
    assert m is not None  # (both groups optional: it always matches)
    stars, ordinal = m.group(1, 2)
    if stars is None and ordinal is None:
        return _text_cell(value[start:end], None, False, line, column + start)
    return _text_cell(value[m.end():end], ordinal.strip() if ordinal else None, stars is not None, line,
                      column + m.end())


def _at(position: int | None) -> int:
    """A token's line or column (the parser keeps positions: never None)."""
    assert position is not None
    return position


class _ToLines(Transformer[Token, list[Line]]):
    """Builds `Line` values during the LALR parse (no parse tree is kept)."""

    def cell(self, children: list[Token]) -> RawCell:
        if len(children) == 1:
            tok = children[0]
            if tok.type in ("TEXT", "PTEXT"):  # (most cells: text alone)
                return _text_cell(str(tok), None, False, _at(tok.line), _at(tok.column))
            if tok.type == "OPENED_TEXT":
                return _opened_cell(tok, 0)
        bold = False
        ordinal = None
        last = children[-1]
        text_tok = None
        for tok in children:
            if tok.type == "STARS":
                bold = True
            elif tok.type == "ORDINAL":
                ordinal = str(tok).strip()
            else:
                text_tok = tok
        if text_tok is None:
            return RawCell("", ordinal, bold, _at(last.line), _at(last.end_column), _at(last.end_column))
        return _text_cell(str(text_tok), ordinal, bold, _at(text_tok.line), _at(text_tok.column))

    pcell = cell

    def cells(self, children: list[RawCell | Token]) -> Line:
        out: list[RawCell] = []
        for i, ch in enumerate(children):
            if isinstance(ch, RawCell):
                out.append(ch)
                continue
            if i == 0:  # the line opens with a tab: its first cell is empty
                out.append(_blank(_at(ch.line), _at(ch.column)))
            if ch.type == "TAB_TEXT":
                out.extend(_opened_cells(ch, "\t"))
            elif ch.type == "VALUE_TAB":
                out.append(_text_cell(str(ch)[1:], None, False, _at(ch.line), _at(ch.column) + 1))
            elif ch.type in ("VALUE_TABS", "VALUE_TABS_NL"):
                out.extend(_run_cells(ch, "\t"))
        has_tab = len(children) > 1 or not isinstance(children[0], RawCell)
        return Line(out[0].line, "tab" if has_tab else "text", tuple(out))

    def pipe_row(self, children: list[RawCell | Token]) -> Line:
        out: list[RawCell] = []
        for i, ch in enumerate(children):
            if isinstance(ch, RawCell):
                out.append(ch)
            elif ch.type == "PIPE_TEXT":
                out.extend(_opened_cells(ch, "|"))
            elif ch.type == "VALUE_PIPE":
                value = str(ch)[1:]
                if i == len(children) - 1 and not value.strip():
                    break  # the closing pipe
                out.append(_text_cell(value, None, False, _at(ch.line), _at(ch.column) + 1))
            elif ch.type in ("VALUE_PIPES", "VALUE_PIPES_NL"):
                run = _run_cells(ch, "|")
                if i == len(children) - 1 and not run[-1].text:
                    run.pop()  # the closing pipe
                out.extend(run)
            elif i + 1 < len(children) and not isinstance(children[i + 1], RawCell):
                out.append(_blank(_at(ch.line), _at(ch.column) + 1))  # "||": an empty cell
        kind = "pipe_sep" if out and all(_separator_cell().match(c.text) for c in out) else "pipe"
        return Line(_at(children[0].line), kind, tuple(out))

    def pipe_sep(self, children: list[Token]) -> Line:
        return Line(_at(children[0].line), "pipe_sep", ())

    def heading(self, children: list[Token | RawCell]) -> Line:
        hashes = children[0]
        cells = tuple(ch for ch in children if isinstance(ch, RawCell))
        return Line(_at(hashes.line), "heading", cells, md_level=len(str(hashes)))

    def heading_line(self, children: list[Token]) -> Line:
        """A Markdown heading, its title and line break (HEADING_LINE): as `heading` makes it from the tokens
        MD_HASH SPACE, the title's, and _NL."""
        tok = children[-1]
        value = str(tok)
        hashes = len(value) - len(value.lstrip("#"))
        spaces = len(value) - len(value[hashes:].lstrip(" \u00a0\u3000\u2002\u2003")) - hashes
        return Line(_at(tok.line), "heading", (_opened_cell(tok, hashes + spaces),), md_level=hashes)

    def sep_line(self, children: list[Token]) -> Line:
        return Line(_at(children[-1].line), "pipe_sep", ())

    def text_line(self, children: list[Token]) -> Line:
        """A line of one text cell (its line breaks after it): as `cells` makes it from TEXT or OPENED_TEXT."""
        tok = children[-1]
        if tok.type == "OPENED_LINE":
            return Line(_at(tok.line), "text", (_opened_cell(tok, 0),))
        text = str(tok).rstrip("\r\n")
        return Line(_at(tok.line), "text", (_text_cell(text, None, False, _at(tok.line), _at(tok.column)),))

    def row_line(self, children: list[RawCell | Token]) -> Line:
        """A row closed by a run of values and its line break (VALUE_TABS_NL, VALUE_PIPES_NL): as `cells` or
        `pipe_row` make it from the run and the line break apart (an indentation dropped, as `line` does)."""
        if isinstance(children[0], Token) and children[0].type == "INDENT":
            children = children[1:]
        last = children[-1]
        assert isinstance(last, Token)
        return self.cells(children) if last.type == "VALUE_TABS_NL" else self.pipe_row(children)

    def line(self, children: list[Token | Line]) -> Line | None:
        """An indented line: the indentation dropped, the line kept (its cells keep their columns)."""
        return next((ch for ch in children if isinstance(ch, Line)), None)

    def start(self, children: list[Line | None]) -> list[Line]:
        return [ch for ch in children if isinstance(ch, Line)]


def _run_cells(run: Token, sep: str) -> list[RawCell]:
    """The cells of a line's closing run of values (a VALUE_TABS / VALUE_PIPES token), each after its separator."""
    out = []
    column = _at(run.column) + 1
    line = _at(run.line)
    for part in str(run).rstrip("\r\n").split(sep)[1:]:  # (a run closing a row_line holds its line break)
        size = len(part)
        if size == len(part.strip()):  # (most values: nothing to trim)
            out.append(RawCell(part, None, False, line, column, column + size))
        else:
            out.append(_text_cell(part, None, False, line, column))
        column += size + 1
    return out


@lru_cache(maxsize=1)
def _parser() -> Lark:
    """The LALR parser of grammars/report.lark, generated ahead of time (python -m reportlint.generate)."""
    from reportlint.parse.report_parser import Lark_StandAlone

    parser: Lark = Lark_StandAlone(transformer=_ToLines())
    return parser


def parse_lines(folded: str) -> list[Line]:
    """Parse folded text into lines; a line the grammar rejects becomes a plain text line."""
    text = folded if folded.endswith("\n") else folded + "\n"
    try:
        lines = _parser().parse(text)
    except LarkError:
        lines = _parse_line_by_line(text)
    return _open_pipe_rows([_untab(line) for line in lines])


def _untab(line: Line) -> Line:
    """A line of one cell indented by tabs is that cell (a paragraph, a heading, a lone value)."""
    if line.kind != "tab" or len(line.cells) < 2 or any(c.text or c.ordinal for c in line.cells[:-1]):
        return line
    if not (line.cells[-1].text or line.cells[-1].ordinal):
        return line  # a row of empty cells (a blank template's 表四), not an indented paragraph
    return Line(line.no, "text", line.cells[-1:], line.md_level)


def _open_pipe_rows(lines: list[Line]) -> list[Line]:
    """Pipe rows written without their opening pipe: `规章 | 0 | 0 | 0 |`, `信息内容| 本年制发件数`.

    A text line holding pipes is a row when it ends with a pipe, holds a value
    cell, or neighbours another pipe row; otherwise it is prose (`说明 | 见附件`).
    """
    split = {i: _pipe_cells(line) for i, line in enumerate(lines) if line.kind == "text" and "|" in line.cells[0].text}
    if not split:
        return lines
    out = list(lines)
    sure = {i for i, cells in split.items() if cells is not None and _row_like(lines[i].cells[0].text, cells)}
    changed = True
    while changed:  # header lines next to rows (a converter's table without outer pipes)
        changed = False
        for i, cells in split.items():
            if i in sure or cells is None or len(cells) < 2:
                continue
            near = (i - 1, i + 1)
            if any(j in sure or (0 <= j < len(lines) and lines[j].kind in ("pipe", "pipe_sep")) for j in near):
                sure.add(i)
                changed = True
    for i in sure:
        cells = split[i]
        assert cells is not None
        if _open_last_cell(lines, split, i):
            cells = [*cells, _blank(lines[i].no, lines[i].cells[0].end_column + 1)]
        kind = "pipe_sep" if all(_separator_cell().match(c.text) for c in cells) else "pipe"
        out[i] = Line(lines[i].no, "text" if len(cells) == 1 else kind, tuple(cells))
    return out


def _open_last_cell(lines: list[Line], split: dict[int, list[RawCell] | None], i: int) -> bool:
    """`行政处罚|` among rows without closing pipes (`行政强制| 12`): its last cell is empty, not a closing pipe."""
    if not lines[i].cells[0].text.rstrip().endswith("|"):
        return False
    for j in (i - 1, i + 1):
        near = split.get(j)
        if near and len(near) >= 2 and not lines[j].cells[0].text.rstrip().endswith("|"):
            return True
    return False


def _pipe_cells(line: Line) -> list[RawCell] | None:
    cell = line.cells[0]
    parts = cell.text.split("|")
    if parts[-1].strip() == "":
        parts.pop()  # the closing pipe
    if not parts:
        return None
    out = []
    offset = 0
    for k, part in enumerate(parts):
        made = _text_cell(part, cell.ordinal if k == 0 else None, cell.bold and k == 0, cell.line,
                          cell.column + offset)
        out.append(made)
        offset += len(part) + 1
    return out


def _row_like(text: str, cells: list[RawCell]) -> bool:
    if text.rstrip().endswith("|"):
        return True
    return len(cells) >= 2 and any(_value_cell().match(c.text) for c in cells[1:])


def _parse_line_by_line(text: str) -> list[Line]:
    out: list[Line] = []
    for no, raw in enumerate(text.split("\n")[:-1], start=1):
        if not raw.strip():
            continue
        try:
            lines = _parser().parse(raw + "\n")
        except LarkError:
            stripped = raw.strip()
            col = raw.find(stripped) + 1
            lines = [Line(1, "text", (RawCell(stripped, None, False, 1, col, col + len(stripped)),))]
        out.extend(_renumber(line, no) for line in lines)
    return out


def _renumber(line: Line, no: int) -> Line:
    cells = tuple(
        RawCell(c.text, c.ordinal, c.bold, no, c.column, c.end_column) for c in line.cells
    )
    return Line(no, line.kind, cells, line.md_level)
