"""HTML mail bodies to plain text (inscriptis on lxml), with blockquotes kept as "> " lines."""

from __future__ import annotations

from html.parser import HTMLParser

import lxml.html
from inscriptis import Inscriptis
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.html_properties import Display
from inscriptis.model.config import ParserConfig
from inscriptis.model.html_element import HtmlElement
from lxml import etree

# A rule (<hr>) separates a reply from the quoted message in Outlook and webmail.
_CSS = CSS_PROFILES["strict"].copy() | {"hr": HtmlElement(display=Display.block)}
_CONFIG = ParserConfig(css=_CSS)
_DROP = ("script", "style", "head", "title", "template", "noscript")
_MAX_HTML = 2_000_000  # characters; bigger bodies are cut, never parsed whole


def html_to_text(html: str) -> str:
    """Readable text of an HTML body; quoted parts (``<blockquote>``) get "> " line prefixes."""
    html = html[:_MAX_HTML].replace("\x00", "")
    if not html.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return _fallback_text(html)
    try:
        etree.strip_elements(root, *_DROP, with_tail=False)
        _mark_quotes(root)
        text = Inscriptis(root, _CONFIG).get_text()
    except (RecursionError, ValueError, TypeError, etree.LxmlError):
        # Pathological nesting: still give the words, without layout.
        return _fallback_text(html)
    return _tidy(text)


def _mark_quotes(root: lxml.html.HtmlElement) -> None:
    """Replace each outermost blockquote by a <pre> of its own text with "> " prefixes."""
    for quote in list(root.iter("blockquote")):
        if any(anc.tag == "blockquote" for anc in quote.iterancestors()):
            continue  # handled by its outermost blockquote
        inner = lxml.html.fragment_fromstring("<div></div>")
        inner.extend(list(quote))
        inner.text = quote.text
        _mark_quotes(inner)
        body = _tidy(Inscriptis(inner, _CONFIG).get_text())
        pre = lxml.html.Element("pre")
        pre.text = "\n" + "\n".join(f"> {line}".rstrip() for line in body.split("\n")) + "\n"
        pre.tail = quote.tail
        parent = quote.getparent()
        if parent is not None:
            parent.replace(quote, pre)


def _tidy(text: str) -> str:
    """Trim trailing spaces and runs of blank lines that layout conversion leaves."""
    lines = [line.rstrip().replace("\xa0", " ") for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")


class _Words(HTMLParser):
    """The stdlib tokenizer as a last resort: text nodes outside script/style, one per line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _DROP:
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.parts.append(" ".join(data.split()))


def _fallback_text(html: str) -> str:
    parser = _Words()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # the last resort must not fail either
        pass
    return "\n".join(parser.parts)
