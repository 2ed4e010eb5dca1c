"""SourceView: the source article with quotes highlighted, and a list to jump between them.

The article is shown paragraph by paragraph (one Static each) so that jumping
to a quote can scroll its paragraph into view whatever the wrapping; the text
stays selectable with the mouse (Textual's text selection, ctrl+c copies).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from debate.scenario.source import SourceText

_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the source: its text and where it starts in the whole."""

    start: int
    text: str


def paragraphs(text: str) -> list[Paragraph]:
    """Split at blank lines, remembering where each paragraph starts."""
    result: list[Paragraph] = []
    position = 0
    for match in [*_PARAGRAPH.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[position:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            result.append(Paragraph(position + lead, chunk.strip()))
        position = match.end() if match else len(text)
    return result


class SourceView(Vertical):
    """The article with ``quotes`` highlighted; choose a quote in the list to jump to it.

    Keys: ↑/↓ in the list, enter jumps to the quote; tab moves into the article.
    """

    DEFAULT_CSS: ClassVar[str] = """
    SourceView {
        height: 1fr;
    }
    SourceView > #quotes {
        height: auto;
        max-height: 7;
        border: tall $primary 40%;
    }
    SourceView > #article {
        height: 1fr;
        padding: 0 1;
    }
    SourceView .paragraph {
        margin-bottom: 1;
    }
    """

    def __init__(self, source: SourceText, quotes: Sequence[str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.source = source
        self.quotes = tuple(dict.fromkeys(quotes))
        self.spans = {quote: source.spans(quote) for quote in self.quotes}
        self.paragraphs = paragraphs(source.text)
        self.current: str | None = None

    def compose(self) -> ComposeResult:
        options = [
            Option(Text(f"“{quote}”", overflow="ellipsis", no_wrap=True), id=f"q{index}")
            for index, quote in enumerate(self.quotes)
            if self.spans[quote]
        ]
        quotes = OptionList(*options, id="quotes")
        quotes.border_title = f"Quotes used ({len(options)}) · enter jumps to one"
        quotes.display = bool(options)
        yield quotes
        with VerticalScroll(id="article", can_focus=True):
            for index, paragraph in enumerate(self.paragraphs):
                yield Static(self._paragraph_text(paragraph), id=f"p{index}", classes="paragraph")

    def _paragraph_text(self, paragraph: Paragraph) -> Text:
        text = Text(paragraph.text)
        end = paragraph.start + len(paragraph.text)
        for quote, spans in self.spans.items():
            style = "bold reverse" if quote == self.current else "bold underline"
            for first, last in spans:
                if first < end and last > paragraph.start:
                    text.stylize(
                        style,
                        max(first, paragraph.start) - paragraph.start,
                        min(last, end) - paragraph.start,
                    )
        return text

    def jump_to(self, quote: str) -> None:
        """Mark ``quote`` as the current one and scroll its paragraph into view."""
        spans = self.spans.get(quote)
        if not spans:
            return
        self.current = quote
        target = None
        for index, paragraph in enumerate(self.paragraphs):
            self.query_one(f"#p{index}", Static).update(self._paragraph_text(paragraph))
            if target is None and paragraph.start <= spans[0][0] < paragraph.start + len(
                paragraph.text
            ):
                target = index
        if target is not None:
            self.query_one("#article", VerticalScroll).scroll_to_widget(
                self.query_one(f"#p{target}"), animate=False, top=True
            )

    @on(OptionList.OptionSelected, "#quotes")
    @on(OptionList.OptionHighlighted, "#quotes")
    def _chosen(self, event: OptionList.OptionSelected | OptionList.OptionHighlighted) -> None:
        if event.option.id is not None:
            shown = [quote for quote in self.quotes if self.spans[quote]]
            self.jump_to(shown[int(event.option.id[1:])])
