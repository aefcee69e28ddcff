#!/usr/bin/env python3
"""Render the hand-written fr/pt blind corpus into .eml + .json files and check them.

    python3 src/build.py            # render everything, run the checks, rewrite counts in README
    python3 src/build.py --check    # only check what is on disk

The texts are in src/batchNN.py (hand-written, one M(...) per message). This script
only wraps them in headers and the chosen MIME form; it writes no text of its own
except MIME boilerplate (HTML markup, DSN status fields, PDF stub bytes).
"""
import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import html
import importlib
import io
import json
import quopri
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

SRC = Path(__file__).resolve().parent
ROOT = SRC.parent
OUT = ROOT / "messages"
sys.path.insert(0, str(SRC))

import common  # noqa: E402

SUPPORT = "support@crmrunner.example"
CRLF = "\r\n"

INTENTS = {"cancellation", "other", "auto_reply", "bounce"}
KINDS = {"request", "request_seat", "forward_request", "follow_up", "plan_change", "pause",
         "downgrade", "how_to", "hypothetical", "already_cancelled", "refund_only",
         "order_cancel", "meeting_cancel", "newsletter_unsubscribe", "data_deletion",
         "withdrawal", "thanks", "question", "bug_report", "sales", "auto_reply", "bounce",
         "list_mail", "other"}
BANDS = {"clear", "maybe", "not"}
REASONS = {"too_expensive", "missing_features", "switched_service", "unused", "customer_service",
           "too_complex", "low_quality", "business_closed", "other"}
INTENT_ABBR = {"canc": "cancellation", "other": "other", "auto": "auto_reply", "bounce": "bounce"}

FORM_TAG = {
    "plain7": "plain-7bit", "plain8": "plain-8bit", "qp": "plain-qp", "b64": "base64",
    "latin1": "latin1", "latin1-8": "latin1-8bit", "latin9": "latin9", "cp1252": "cp1252",
    "flowed": "plain-flowed", "gmail": "gmail-alt", "outlook": "outlook-alt",
    "outlook-html": "outlook-html", "apple": "apple-alt", "iphone": "iphone",
    "iphone-plain": "iphone-plain", "android": "android-alt", "yahoo": "yahoo-alt",
    "dsn": "dsn", "html-only": "html-only",
}


def h(s, n=8):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


# --------------------------------------------------------------------------- headers

PHRASE_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def q_word(s, charset):
    out = []
    for b in s.encode(charset):
        if b == 0x20:
            out.append("_")
        elif b in PHRASE_SAFE:
            out.append(chr(b))
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encode_words(s, mode, charset="utf-8"):
    """RFC 2047-encode s (if needed). mode: 'B', 'Q' or 'raw' (8-bit header)."""
    if mode == "raw" or all(ord(c) < 128 for c in s):
        return [s]
    cs_label = {"utf-8": "UTF-8", "iso-8859-1": "iso-8859-1", "iso-8859-15": "iso-8859-15",
                "windows-1252": "Windows-1252"}[charset]
    if cs_label == "UTF-8" and mode == "Q":
        cs_label = "utf-8"
    # split into chunks so that each encoded word stays <= 75 chars
    words, cur = [], ""
    budget = 75 - len("=?%s?X??=" % cs_label)
    def size(x):
        return (len(x.encode(charset)) + 2) // 3 * 4 if mode == "B" else len(q_word(x, charset))
    for tok in re.findall(r"\S+\s*|\s+", s):
        if size(cur + tok) <= budget:
            cur += tok
            continue
        if cur:
            words.append(cur)
            cur = ""
        for ch in tok:
            if cur and size(cur + ch) > budget:
                words.append(cur)
                cur = ""
            cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        if mode == "B":
            out.append("=?%s?B?%s?=" % (cs_label, base64.b64encode(w.encode(charset)).decode()))
        else:
            out.append("=?%s?Q?%s?=" % (cs_label, q_word(w, charset)))
    return out


def subject_header(s, mode, charset):
    if mode == "raw" or all(ord(c) < 128 for c in s):
        return fold_plain("Subject: " + s)
    return "Subject: " + (CRLF + " ").join(encode_words(s, mode, charset))


def fold_plain(line, width=78):
    if len(line) <= width:
        return line
    parts = line.split(" ")
    out, cur = [], parts[0]
    for p in parts[1:]:
        if len(cur) + 1 + len(p) > width:
            out.append(cur)
            cur = " " + p
        else:
            cur += " " + p
    out.append(cur)
    return CRLF.join(out)


def addr_header(name, addr, mode, charset):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    if mode == "raw":
        return '"%s" <%s>' % (name, addr) if re.search(r'[,.]', name) else "%s <%s>" % (name, addr)
    return " ".join(encode_words(name, mode, charset)) + " <%s>" % addr


DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def parse_date(s):
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)(?::(\d\d))? ([+-]\d{4})", s)
    if not m:
        raise ValueError("bad date " + s)
    y, mo, d, H, Mi, S, tz = m.groups()
    return dt.datetime(int(y), int(mo), int(d), int(H), int(Mi), int(S or 0)), tz


def rfc_date(s, seed, style="std"):
    d, tz = parse_date(s)
    if d.second == 0:
        d = d.replace(second=int(h(seed, 4), 16) % 60)
    day = str(d.day) if style in ("gmail", "apple", "iphone", "android") else "%02d" % d.day
    r = "%s, %s %s %d %02d:%02d:%02d %s" % (DOW[d.weekday()], day, MON[d.month - 1], d.year,
                                          d.hour, d.minute, d.second, tz)
    if style == "outlook-tz":
        r += " (CET)" if tz == "+0100" else ""
    return r


def message_id(slug, style, addr):
    dom = addr.split("@")[1]
    k = hashlib.sha256(slug.encode()).hexdigest().upper()
    if style == "gmail":
        b = base64.urlsafe_b64encode(hashlib.sha256(slug.encode()).digest() * 2).decode()
        return "<CA%s%s@mail.gmail.com>" % (b[:30].replace("-", "+").replace("_", "="), b[40:56].replace("-", "x").replace("_", "w"))
    if style in ("outlook", "outlook-html"):
        box = "PR3P%dMB%s" % (190 + int(k[0], 16) % 9, k[1:5])
        return "<%s%s@%s.EURP%d.PROD.OUTLOOK.COM>" % (box, k[5:29], box, 190 + int(k[0], 16) % 9)
    if style in ("apple", "iphone", "iphone-plain"):
        return "<%s-%s-%s-%s-%s@%s>" % (k[0:8], k[8:12], k[12:16], k[16:20], k[20:32], dom)
    if style == "yahoo":
        return "<%s.%s.%s@mail.yahoo.com>" % (int(k[:8], 16), int(k[8:16], 16) % 10**7, int(k[16:20], 16))
    if style == "android":
        return "<%s.%s@email.android.com>" % (k[:12].lower(), k[12:20].lower())
    if style == "dsn":
        return "<%s.%s@%s>" % (k[:10], k[10:18].lower(), dom)
    return "<%s.%s@%s>" % (k[:16].lower(), k[16:24].lower(), dom)


MAILER = {
    "outlook": "Microsoft Outlook 16.0", "outlook-html": "Microsoft Outlook 16.0",
    "apple": "Apple Mail (2.3826.400.131.1.6)", "iphone": "iPhone Mail (22D82)",
    "iphone-plain": "iPhone Mail (21H221)", "flowed": None, "yahoo": "WebService/1.1.24562 YMailNorrin",
}


def boundary(kind, slug, n=0):
    k = hashlib.sha256(("%s/%d" % (slug, n)).encode()).hexdigest()
    if kind == "gmail":
        return "000000000000" + k[:16]
    if kind in ("outlook", "outlook-html"):
        return "_000_%s_" % k[:40].upper()
    if kind in ("apple", "iphone"):
        return "Apple-Mail-%s-%s-%s-%s-%s" % (k[:8].upper(), k[8:12].upper(), k[12:16].upper(), k[16:20].upper(), k[20:32].upper())
    if kind == "yahoo":
        return "----=_Part_%d_%d.%d" % (int(k[:5], 16), int(k[5:14], 16), int(k[14:27], 16))
    return "=_%s" % k[:28]


# --------------------------------------------------------------------------- bodies

def enc_text(text, cte, charset):
    """Return (cte header value, encoded body str with CRLF)."""
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "7bit":
        raw.decode("ascii")
        body = raw.decode("ascii")
    elif cte == "8bit":
        body = raw.decode(charset)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    body = body.replace("\n", CRLF)
    if not body.endswith(CRLF):
        body += CRLF
    return cte, body


def text_of(spec):
    """The plain-text rendering of a message: body, signature, quote."""
    body = spec["body"].strip("\n").rstrip() + "\n"
    sig = spec.get("sig")
    if sig:
        body += "\n" + ("-- \n" if spec.get("sigdash") else "") + "\n".join(sig) + "\n"
    q = spec.get("quote")
    if q:
        kind, head, qt = q
        qt = qt.strip("\n")
        if kind == "gt":
            lines = [(">" + l) if l.startswith(">") else ("> " + l if l else ">") for l in qt.split("\n")]
            body += "\n" + head + "\n" + "\n".join(lines) + "\n"
        else:
            body += "\n" + ("________________________________\n" if spec.get("owa") else "") + head.strip("\n") + "\n\n" + qt + "\n"
    return body


def esc(s):
    return html.escape(s, quote=False)


def lines_html(text, wrap_div=True):
    out = []
    for l in text.split("\n"):
        if wrap_div:
            out.append("<div>%s</div>" % esc(l) if l.strip() else "<div><br></div>")
        else:
            out.append(esc(l) + "<br>")
    return "\n".join(out)


def body_lines(spec):
    body = spec["body"].strip("\n").rstrip()
    sig = spec.get("sig")
    return body, sig


def html_gmail(spec):
    body, sig = body_lines(spec)
    parts = ['<div dir="ltr">' + lines_html(body)]
    if sig:
        parts.append('<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
                     + "<br>".join(esc(s) for s in sig) + "</div></div>")
    parts.append("</div>")
    q = spec.get("quote")
    if q:
        kind, head, qt = q
        if kind == "gt":
            parts.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                         % (esc(head), lines_html(qt.strip("\n"))))
        else:
            parts.append('<br><div class="gmail_quote">' + "<br>".join(esc(l) for l in head.strip().split("\n"))
                         + "<br><br>" + "<br>".join(esc(l) for l in qt.strip().split("\n")) + "</div>")
    return "\n".join(parts) + "\n"


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:%(font)s;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"%(font)s",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"%(font)s",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="%(lang)s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def mso_p(line):
    if not line.strip():
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    return '<p class="MsoNormal">%s<o:p></o:p></p>' % esc(line).replace("  ", " &nbsp;")


def html_outlook(spec, cs):
    body, sig = body_lines(spec)
    lang = "FR" if spec["lang"] == "fr" else ("PT-BR" if spec.get("region", "br") == "br" else "PT")
    font = spec.get("font", "Calibri" if int(h(spec["slug"], 2), 16) % 2 else "Aptos")
    out = [OUTLOOK_HEAD % dict(cs=cs, lang=lang, font=font)]
    out += [mso_p(l) for l in body.split("\n")]
    if sig:
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        out.append('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tr>\n'
                   '<td width="6" style="width:4.5pt;border:none;border-right:solid #2F5496 2.25pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><o:p>&nbsp;</o:p></p></td>\n'
                   '<td style="padding:0cm 5.4pt 0cm 5.4pt">')
        for i, s in enumerate(sig):
            if i == 0:
                out.append('<p class="MsoNormal"><b><span style="font-size:10.0pt;color:#1F3864">%s</span></b><o:p></o:p></p>' % esc(s))
            else:
                out.append('<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">%s</span><o:p></o:p></p>' % esc(s))
        out.append("</td>\n</tr>\n</table>")
    q = spec.get("quote")
    if q:
        kind, head, qt = q
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        if kind == "ol":
            hl = []
            for l in head.strip("\n").split("\n"):
                if ":" in l:
                    k, v = l.split(":", 1)
                    hl.append("<b>%s:</b>%s" % (esc(k).replace(" ", "&nbsp;") if k.endswith(" ") else esc(k), esc(v)))
                else:
                    hl.append(esc(l))
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">'
                       + "<br>\n".join(hl) + "<o:p></o:p></p>\n</div>")
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            out += [mso_p(l) for l in qt.strip("\n").split("\n")]
        else:
            out.append(mso_p(head))
            out.append('<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt;margin-right:0cm">')
            out += [mso_p(l) for l in qt.strip("\n").split("\n")]
            out.append("</blockquote>")
    out.append("</div>\n</body>\n</html>")
    return "\n".join(out) + "\n"


def html_apple(spec, dir_auto=False):
    body, sig = body_lines(spec)
    if dir_auto:
        out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">']
    else:
        out = ['<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
               '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">']
    out.append(lines_html(body))
    if sig:
        out.append("<div><br></div>" + "".join("<div>%s</div>" % esc(s) for s in sig))
    q = spec.get("quote")
    if q:
        kind, head, qt = q
        out.append('<div><br><blockquote type="cite"><div>%s</div><br><div>%s</div></blockquote></div>'
                   % (esc(head).replace("\n", "<br>"), lines_html(qt.strip("\n"))))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def html_simple(spec, kind):
    body, sig = body_lines(spec)
    inner = lines_html(body)
    if sig:
        inner += "\n<div><br></div>" + "".join("<div>%s</div>" % esc(s) for s in sig)
    q = spec.get("quote")
    if q:
        k, head, qt = q
        inner += '\n<div><br></div><div>%s</div><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % (
            esc(head).replace("\n", "<br>"), lines_html(qt.strip("\n")))
    if kind == "yahoo":
        return ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                '<div dir="ltr" data-setdir="false">' + inner + "</div></div></body></html>\n")
    if kind == "android":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">'
                + inner + "</div></body></html>\n")
    return "<html><body>" + inner + "</body></html>\n"


def flow(text, width=72):
    """format=flowed soft wrapping (RFC 3676)."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


PDF_TMPL = """%%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj
4 0 obj << /Length 44 >> stream
BT /F1 12 Tf 72 770 Td (%s) Tj ET
endstream endobj
trailer << /Root 1 0 R >>
%%%%EOF
"""


# --------------------------------------------------------------------------- rendering

def part_text(text, cte, charset, extra_ct=""):
    cte, body = enc_text(text, cte, charset)
    return ("Content-Type: text/plain; charset=%s%s" % (q_cs(charset), extra_ct) + CRLF +
            "Content-Transfer-Encoding: " + cte + CRLF + CRLF + body)


def q_cs(cs):
    return {"utf-8": '"UTF-8"', "iso-8859-1": '"iso-8859-1"', "iso-8859-15": "iso-8859-15",
            "windows-1252": '"Windows-1252"', "us-ascii": "us-ascii"}[cs]


def part_html(htm, cte, charset):
    cte, body = enc_text(htm, cte, charset)
    return ("Content-Type: text/html; charset=%s" % q_cs(charset) + CRLF +
            "Content-Transfer-Encoding: " + cte + CRLF + CRLF + body)


def multipart(sub, bnd, parts, extra=""):
    s = "Content-Type: multipart/%s;%s boundary=\"%s\"%s" % (sub, CRLF, bnd, extra) + CRLF + CRLF
    for p in parts:
        s += "--" + bnd + CRLF + p
        if not s.endswith(CRLF):
            s += CRLF
    s += "--" + bnd + "--" + CRLF
    return s


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def content_for(spec, style):
    """Return the MIME entity (Content-* headers + body) for the message's main content."""
    slug = spec["slug"]
    text = text_of(spec)
    cs = spec.get("cs")
    if style == "plain7":
        return part_text(text, "7bit", cs or "us-ascii")
    if style == "plain8":
        return part_text(text, "8bit", cs or "utf-8")
    if style == "qp":
        return part_text(text, "quoted-printable", cs or "utf-8")
    if style == "b64":
        return part_text(text, "base64", cs or "utf-8")
    if style == "latin1":
        return part_text(text, "quoted-printable", "iso-8859-1")
    if style == "latin1-8":
        return part_text(text, "8bit", "iso-8859-1")
    if style == "latin9":
        return part_text(text, "quoted-printable", "iso-8859-15")
    if style == "cp1252":
        return part_text(text, spec.get("cte", "8bit"), "windows-1252")
    if style == "flowed":
        return part_text(flow(text), "8bit" if not is_ascii(text) else "7bit", cs or "utf-8", "; format=flowed")
    if style == "iphone-plain":
        return part_text(text, "quoted-printable" if not is_ascii(text) else "7bit", "utf-8")
    if style == "gmail":
        tcte = "quoted-printable" if not is_ascii(text) or max(len(l) for l in text.split("\n")) > 76 else "7bit"
        return multipart("alternative", boundary("gmail", slug), [
            part_text(text, tcte, "utf-8"), part_html(html_gmail(spec), "quoted-printable", "utf-8")])
    if style in ("outlook", "outlook-html"):
        ocs = cs or "utf-8"
        htm = html_outlook(spec, ocs)
        if style == "outlook-html":
            return part_html(htm, spec.get("cte", "quoted-printable"), ocs)
        return multipart("alternative", boundary("outlook", slug), [
            part_text(text, "quoted-printable", ocs), part_html(htm, "quoted-printable", ocs)])
    if style in ("apple", "iphone"):
        return multipart("alternative", boundary("apple", slug), [
            part_text(text, "quoted-printable", "utf-8"),
            part_html(html_apple(spec, dir_auto=(style == "iphone")), "quoted-printable", "utf-8")])
    if style in ("android", "yahoo", "html-only"):
        htm = html_simple(spec, style)
        if style == "html-only":
            return part_html(htm, "quoted-printable", cs or "utf-8")
        return multipart("alternative", boundary(style, slug), [
            part_text(text, "quoted-printable" if not is_ascii(text) else "7bit", "utf-8"),
            part_html(htm, "quoted-printable", "utf-8")])
    raise ValueError("unknown style " + style)


def header_mode(spec, style):
    if spec.get("henc"):
        return spec["henc"]
    return {"gmail": "B", "android": "B", "yahoo": "B", "b64": "B"}.get(style, "Q")


def header_cs(spec, style):
    cs = spec.get("cs")
    if cs in ("iso-8859-1", "iso-8859-15", "windows-1252"):
        return cs
    if style in ("latin1", "latin1-8"):
        return "iso-8859-1"
    if style == "latin9":
        return "iso-8859-15"
    if style == "cp1252":
        return "windows-1252"
    return "utf-8"


def render(spec, mids):
    """Render one spec to the message string (CRLF)."""
    style = spec["style"]
    slug = spec["slug"]
    name, addr = spec["frm"]
    mode = header_mode(spec, style)
    hcs = header_cs(spec, style)
    hdrs = []
    for k, v in spec.get("pre", []):  # Received etc. that come first
        hdrs.append("%s: %s" % (k, v))
    dstyle = "gmail" if style in ("gmail", "apple", "iphone", "iphone-plain", "android") else "std"
    if style == "dsn":
        hdrs.append("Date: " + rfc_date(spec["date"], slug))
        hdrs.append("From: " + addr_header(name, addr, "Q", "utf-8"))
        hdrs.append("To: " + spec.get("to", SUPPORT))
        if spec.get("subj") is not None:
            hdrs.append(subject_header(spec["subj"], mode, hcs))
        hdrs.append("Message-ID: " + mids[slug])
        hdrs.append("Auto-Submitted: auto-replied")
    else:
        to = spec.get("to", SUPPORT)
        frm = addr_header(name, addr, mode, hcs)
        if style in ("outlook", "outlook-html"):
            hdrs.append("From: " + frm)
            hdrs.append("To: " + to)
            if spec.get("cc"):
                hdrs.append("CC: " + spec["cc"])
            if spec.get("subj") is not None:
                hdrs.append(subject_header(spec["subj"], mode, hcs))
            hdrs.append("Thread-Topic: " + (" ".join(encode_words(spec.get("subj") or "", mode, hcs)) if spec.get("subj") else ""))
            hdrs.append("Thread-Index: AQH" + base64.b64encode(hashlib.sha256(slug.encode()).digest()[:18]).decode())
            hdrs.append("Date: " + rfc_date(spec["date"], slug, "outlook"))
            hdrs.append("Message-ID: " + mids[slug])
            if spec.get("irt"):
                hdrs.append("References: " + refs(spec, mids))
                hdrs.append("In-Reply-To: " + mids_of(spec["irt"], mids)[-1])
            hdrs.append("Accept-Language: " + ("fr-FR, en-US" if spec["lang"] == "fr" else "pt-BR, en-US"))
            hdrs.append("Content-Language: " + ("fr-FR" if spec["lang"] == "fr" else "pt-BR"))
            hdrs.append("X-MS-Has-Attach: " + ("yes" if spec.get("pdf") or spec.get("att") else ""))
        else:
            hdrs.append("From: " + frm)
            hdrs.append("To: " + to)
            if spec.get("cc"):
                hdrs.append("Cc: " + spec["cc"])
            if spec.get("subj") is not None:
                hdrs.append(subject_header(spec["subj"], mode, hcs))
            hdrs.append("Date: " + rfc_date(spec["date"], slug, dstyle))
            hdrs.append("Message-ID: " + mids[slug])
            if spec.get("irt"):
                hdrs.append("In-Reply-To: " + mids_of(spec["irt"], mids)[-1])
                hdrs.append("References: " + refs(spec, mids))
        if MAILER.get(style):
            hdrs.append("X-Mailer: " + MAILER[style])
        if style == "flowed":
            hdrs.append("User-Agent: Mozilla Thunderbird")
    for k, v in spec.get("hdr", []):
        hdrs.append("%s: %s" % (k, v))
    hdrs.append("MIME-Version: 1.0")

    if style == "dsn":
        content = dsn_content(spec, mids)
    elif spec.get("att") or spec.get("pdf"):
        base = spec.get("inner_style", style)
        parts = [content_for(spec, base)]
        if spec.get("att"):
            parts.append(rfc822_part(spec, mids))
        if spec.get("pdf"):
            fname, ptxt = spec["pdf"]
            pdf = (PDF_TMPL % ptxt.encode("latin-1", "replace").decode("latin-1")).encode("latin-1")
            b = base64.encodebytes(pdf).decode().replace("\n", CRLF)
            fn = fname if is_ascii(fname) else None
            disp = ('attachment; filename="%s"' % fname) if fn else ("attachment; filename*=utf-8''%s" % "".join(
                c if c.isalnum() or c in "._-" else "%%%02X" % x for c in fname for x in c.encode()) )
            if not fn:
                disp = "attachment; filename*=utf-8''" + "".join(
                    chr(x) if (chr(x).isalnum() and x < 128) or chr(x) in "._-" else "%%%02X" % x for x in fname.encode())
            parts.append('Content-Type: application/pdf; name="%s"' % (fname if fn else "document.pdf") + CRLF +
                         "Content-Disposition: " + disp + CRLF +
                         "Content-Transfer-Encoding: base64" + CRLF + CRLF + b)
        content = multipart("mixed", boundary("mixed", slug, 1), parts)
    else:
        content = content_for(spec, style)
    msg = CRLF.join(hdrs) + CRLF + content
    return msg


def mids_of(irt, mids):
    if isinstance(irt, str):
        irt = [irt]
    return [mids[x] if x in mids else x for x in irt]


def refs(spec, mids):
    return (CRLF + " ").join(mids_of(spec["irt"], mids))


def rfc822_part(spec, mids):
    inner = dict(spec["att"])
    inner.setdefault("lang", spec["lang"])
    inner.setdefault("style", "qp")
    inner["slug"] = spec["slug"] + "/inner"
    imids = dict(mids)
    imids[inner["slug"]] = inner.get("mid") or message_id(inner["slug"], inner["style"], inner["frm"][1])
    raw = render(inner, imids)
    fname = inner.get("fname", "message.eml")
    disp = 'attachment; filename="%s"' % fname if is_ascii(fname) else "attachment"
    return "Content-Type: message/rfc822" + CRLF + "Content-Disposition: " + disp + CRLF + CRLF + raw


def dsn_content(spec, mids):
    d = spec["dsn"]
    slug = spec["slug"]
    text = text_of(spec)
    st = [
        "Reporting-MTA: dns; " + d["mta"],
        "Arrival-Date: " + rfc_date(spec["date"], slug + "/a"),
        "",
        "Final-Recipient: rfc822; " + d["rcpt"],
        "Action: " + d.get("action", "failed"),
        "Status: " + d["status"],
    ]
    if d.get("remote"):
        st.append("Remote-MTA: dns; " + d["remote"])
    st.append("Diagnostic-Code: smtp; " + d["diag"])
    status_part = "Content-Type: message/delivery-status" + CRLF + CRLF + CRLF.join(st) + CRLF
    orig = dict(d["orig"])
    orig.setdefault("lang", spec["lang"])
    orig.setdefault("style", "qp")
    orig["slug"] = slug + "/orig"
    omids = dict(mids)
    omids[orig["slug"]] = orig.get("mid") or message_id(orig["slug"], "std", orig["frm"][1])
    raw = render(orig, omids)
    if d.get("headers_only"):
        hdr_only = raw.split(CRLF + CRLF, 1)[0] + CRLF
        orig_part = "Content-Type: text/rfc822-headers" + CRLF + CRLF + hdr_only
    else:
        orig_part = "Content-Type: message/rfc822" + CRLF + CRLF + raw
    return multipart("report", boundary("dsn", slug), [
        part_text(text, "quoted-printable" if not is_ascii(text) else "7bit", "utf-8"),
        status_part, orig_part], extra="; report-type=delivery-status")


# --------------------------------------------------------------------------- labels

LABEL_KEYS = ["intent", "kind", "band", "account_number", "username", "email_given", "account",
              "sender_is_owner", "decoy_ids", "language", "asks_refund", "withdrawal",
              "reason_keywords", "reason_code", "ambiguous", "form", "notes"]
UNSET = object()


def labels_of(spec):
    intent, kind, band = spec["t"].split()
    intent = INTENT_ABBR.get(intent, intent)
    acct = spec.get("acct")
    addr = spec["frm"][1].lower()
    accts = common.ACCOUNTS
    owner_email = accts[acct]["email"].lower() if acct else None
    num, user, em = spec.get("num"), spec.get("user"), spec.get("email")
    account = spec.get("account", UNSET)
    if account is UNSET:
        account = acct if acct and (num or user or em or addr == owner_email) else None
    if account is not None:
        sender_is_owner = addr == accts[account]["email"].lower()
    else:
        sender_is_owner = bool(acct) and addr == owner_email
    style = spec["style"]
    form = spec.get("form") or FORM_TAG[style]
    extras = []
    if spec.get("att"):
        extras.append("forward-rfc822")
    if spec.get("pdf"):
        extras.append("attachment-pdf")
    if spec.get("fwd"):
        extras.append("forward-inline")
    if spec.get("quote"):
        extras.append("reply-above-quote")
    if spec.get("subj") is None and style != "dsn":
        extras.append("no-subject")
    if spec.get("hdr") and any(k.lower() == "auto-submitted" for k, _ in spec["hdr"]):
        extras.append("auto-submitted")
    if extras and not spec.get("form"):
        form = "+".join([form] + extras)
    return OrderedDict([
        ("intent", intent), ("kind", kind), ("band", band),
        ("account_number", num), ("username", user), ("email_given", em),
        ("account", account), ("sender_is_owner", sender_is_owner),
        ("decoy_ids", list(spec.get("decoys", []))), ("language", spec["lang"]),
        ("asks_refund", bool(spec.get("refund", False))), ("withdrawal", bool(spec.get("wd", False))),
        ("reason_keywords", list(spec.get("rk", []))), ("reason_code", spec.get("rc")),
        ("ambiguous", bool(spec.get("amb", False))), ("form", form), ("notes", spec["notes"]),
    ])


# --------------------------------------------------------------------------- checks

def decoded_text(msg):
    """Subject + every text part (HTML as text) + attached messages, decoded."""
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "text/plain" or ct == "text/rfc822-headers" or ct == "message/delivery-status":
            try:
                out.append(part.get_content() if ct == "text/plain" else part.get_payload(decode=False) if isinstance(part.get_payload(), str) else str(part))
            except Exception as e:  # pragma: no cover
                out.append("")
        elif ct == "text/html":
            t = part.get_content()
            t = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", t)
            t = re.sub(r"(?s)<!--.*?-->", " ", t)
            t = re.sub(r"<[^>]+>", " ", t)
            out.append(html.unescape(t))
        elif ct == "message/rfc822":
            pass  # walk() descends into it
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                out.append(str(sub.get("Subject", "")))
                out.append(str(sub.get("From", "")))
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).lower()


RESERVED = re.compile(r"(\.example|@example\.(com|net|org)|^example\.(com|net|org))$", re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")


def check_all(specs, mids):
    problems = []
    accts = common.ACCOUNTS
    users, emails = Counter(), Counter()
    for a in accts.values():
        n = int(a["account_number"])
        if not (6000000 <= n <= 8999999):
            problems.append("account number out of range: %s" % n)
        users[a["username"].lower()] += 1
        emails[a["email"].lower()] += 1
        if not RESERVED.search(a["email"]):
            problems.append("account email not reserved: " + a["email"])
        if a["plan"] not in ("monthly", "yearly"):
            problems.append("bad plan " + a["account_number"])
        if a["status"] not in ("trial", "active", "suspended", "blocked", "cancelled", "terminated"):
            problems.append("bad status " + a["account_number"])
        if a["status"] == "trial" and not a["trial_ends_on"]:
            pass
    for k, v in users.items():
        if v > 1:
            problems.append("duplicate username " + k)
    for k, v in emails.items():
        if v > 1:
            problems.append("duplicate email " + k)
    seen_mid = set()
    for spec in specs:
        stem = spec["stem"]
        p = OUT / (stem + ".eml")
        raw = p.read_bytes()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            problems.append(stem + ": not CRLF-only")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                problems.append("%s: defects %s" % (stem, part.defects))
        for k in ("From", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if msg[k] is None:
                problems.append("%s: missing %s" % (stem, k))
        mid = str(msg["Message-ID"]).strip()
        if mid in seen_mid:
            problems.append(stem + ": duplicate Message-ID")
        seen_mid.add(mid)
        d = msg["Date"].datetime
        if not (dt.date(2026, 1, 5) <= d.date() <= dt.date(2026, 11, 20)):
            problems.append(stem + ": date out of range")
        lab = json.loads((OUT / (stem + ".json")).read_text(encoding="utf-8"))
        if list(lab.keys()) != LABEL_KEYS:
            problems.append(stem + ": label keys")
        if lab["intent"] not in INTENTS or lab["kind"] not in KINDS or lab["band"] not in BANDS:
            problems.append(stem + ": bad enum %s/%s/%s" % (lab["intent"], lab["kind"], lab["band"]))
        if lab["reason_code"] is not None and lab["reason_code"] not in REASONS:
            problems.append(stem + ": bad reason_code")
        if lab["reason_code"] is not None and lab["intent"] != "cancellation":
            problems.append(stem + ": reason_code on non-cancellation")
        if lab["intent"] == "cancellation" and lab["reason_keywords"] and lab["reason_code"] is None:
            problems.append(stem + ": reason keywords but no reason_code")
        if lab["intent"] == "cancellation" and lab["band"] == "not":
            problems.append(stem + ": cancellation with band not")
        if lab["intent"] != "cancellation" and lab["band"] == "clear":
            problems.append(stem + ": non-cancellation with band clear")
        if lab["intent"] in ("auto_reply", "bounce") and lab["kind"] != lab["intent"]:
            problems.append(stem + ": kind/intent mismatch")
        if lab["ambiguous"] and lab["band"] != "maybe":
            problems.append(stem + ": ambiguous but band %s" % lab["band"])
        if lab["withdrawal"] and lab["intent"] == "cancellation":
            problems.append(stem + ": withdrawal labelled cancellation")
        if len(lab["reason_keywords"]) > 3:
            problems.append(stem + ": too many reason keywords")
        text = norm(decoded_text(msg))
        digits_text = re.sub(r"(?<=\d)[ .\-](?=\d)", "", text)
        for kw in lab["reason_keywords"]:
            if kw != kw.lower() or norm(kw) not in text:
                problems.append("%s: reason keyword not in text: %r" % (stem, kw))
        for dcy in lab["decoy_ids"]:
            if norm(dcy) not in text:
                problems.append("%s: decoy not in text: %r" % (stem, dcy))
        if lab["account_number"] is not None:
            if lab["account_number"] not in accts:
                problems.append("%s: account_number %s not in accounts" % (stem, lab["account_number"]))
            if lab["account_number"] not in digits_text:
                problems.append("%s: account_number not in text" % stem)
        if lab["account"] is not None and lab["account"] not in accts:
            problems.append("%s: account %s not in accounts" % (stem, lab["account"]))
        if lab["username"] is not None:
            if norm(lab["username"]) not in text:
                problems.append("%s: username not in text" % stem)
            if lab["account"] and accts[lab["account"]]["username"] != lab["username"] and not spec.get("mismatch_ok"):
                problems.append("%s: username %s != account's %s" % (stem, lab["username"], accts[lab["account"]]["username"]))
        if lab["email_given"] is not None:
            if lab["email_given"].lower() not in text:
                problems.append("%s: email_given not in text" % stem)
            if lab["account"] and accts[lab["account"]]["email"].lower() != lab["email_given"].lower() and not spec.get("mismatch_ok"):
                problems.append("%s: email_given is not the account's email" % stem)
        if lab["account_number"] and lab["account"] and lab["account_number"] != lab["account"] and not spec.get("mismatch_ok"):
            problems.append("%s: account_number != account" % stem)
        # reserved addresses only
        hdrtext = "\n".join("%s: %s" % (k, v) for part in msg.walk() for k, v in part.items())
        for a in set(EMAIL_RE.findall(text)) | set(EMAIL_RE.findall(hdrtext)):
            dom = a.split("@")[1].lower().rstrip(".")
            if not (dom.endswith(".example") or dom in ("example.com", "example.net", "example.org")
                    or dom.endswith("outlook.com") and a.upper() == a or dom == "mail.gmail.com"
                    or dom in ("mail.yahoo.com", "email.android.com")):
                problems.append("%s: non-reserved address %s" % (stem, a))
    return problems


# --------------------------------------------------------------------------- counts / README

LANG_NAME = {"fr": "French", "pt": "Portuguese"}


def counts_table(specs, labels):
    rows = []
    n = len(labels)
    rows.append("| messages | %d (%s) |" % (n, ", ".join("%s %d" % (LANG_NAME[k], v) for k, v in sorted(Counter(l["language"] for l in labels).items()))))
    for lang in ("fr", "pt"):
        ls = [l for l in labels if l["language"] == lang]
        rows.append("| %s intent | %s |" % (lang, ", ".join("%s %d" % kv for kv in Counter(l["intent"] for l in ls).most_common())))
        rows.append("| %s band | %s |" % (lang, ", ".join("%s %d" % kv for kv in Counter(l["band"] for l in ls).most_common())))
    out = ["| | |", "| --- | --- |"] + rows + [""]
    out.append("Language × intent × kind:")
    out.append("")
    out.append("| language | intent | kind | n |")
    out.append("| --- | --- | --- | ---: |")
    c = Counter((l["language"], l["intent"], l["kind"]) for l in labels)
    for (lang, it, k), v in sorted(c.items()):
        out.append("| %s | %s | %s | %d |" % (lang, it, k, v))
    out.append("")
    out.append("Other label counts:")
    out.append("")
    out.append("| | fr | pt |")
    out.append("| --- | ---: | ---: |")

    def cnt(pred, lang):
        return sum(1 for l in labels if l["language"] == lang and pred(l))
    for name, pred in [
        ("ambiguous", lambda l: l["ambiguous"]),
        ("account_number given", lambda l: l["account_number"] is not None),
        ("username given", lambda l: l["username"] is not None),
        ("registered email written in body", lambda l: l["email_given"] is not None),
        ("account identifiable (account not null)", lambda l: l["account"] is not None),
        ("sender is the registered owner", lambda l: l["sender_is_owner"]),
        ("with decoy ids", lambda l: bool(l["decoy_ids"])),
        ("asks refund", lambda l: l["asks_refund"]),
        ("withdrawal", lambda l: l["withdrawal"]),
        ("with reason keywords", lambda l: bool(l["reason_keywords"])),
    ]:
        out.append("| %s | %d | %d |" % (name, cnt(pred, "fr"), cnt(pred, "pt")))
    out.append("")
    out.append("Reason codes (cancellations):")
    out.append("")
    rc = Counter((l["language"], l["reason_code"]) for l in labels if l["reason_code"])
    out.append("| reason_code | fr | pt |")
    out.append("| --- | ---: | ---: |")
    for code in sorted({k[1] for k in rc}):
        out.append("| %s | %d | %d |" % (code, rc[("fr", code)], rc[("pt", code)]))
    out.append("")
    out.append("MIME forms (base form tag, before `+` modifiers):")
    out.append("")
    out.append("| form | fr | pt |")
    out.append("| --- | ---: | ---: |")
    fc = Counter((l["language"], l["form"].split("+")[0]) for l in labels)
    for f in sorted({k[1] for k in fc}):
        out.append("| %s | %d | %d |" % (f, fc[("fr", f)], fc[("pt", f)]))
    out.append("")
    mods = Counter()
    for l in labels:
        for m in l["form"].split("+")[1:]:
            mods[m] += 1
    out.append("Form modifiers: " + ", ".join("%s %d" % kv for kv in sorted(mods.items())) + ".")
    out.append("")
    accts = common.ACCOUNTS
    out.append("Accounts: %d (%s; %s; %s)." % (
        len(accts),
        ", ".join("%s %d" % kv for kv in Counter(a["plan"] for a in accts.values()).most_common()),
        ", ".join("%s %d" % kv for kv in Counter(a["status"] for a in accts.values()).most_common()),
        ", ".join("%s %d" % kv for kv in Counter(a["currency"] for a in accts.values()).most_common())))
    return "\n".join(out)


def update_readme(table):
    p = ROOT / "README.md"
    if not p.exists():
        return
    t = p.read_text(encoding="utf-8")
    a, b = "<!-- counts:start -->", "<!-- counts:end -->"
    if a in t and b in t:
        pre, rest = t.split(a, 1)
        _, post = rest.split(b, 1)
        p.write_text(pre + a + "\n" + table + "\n" + b + post, encoding="utf-8")


# --------------------------------------------------------------------------- main

def slugify(s):
    return s


def load():
    batches = sorted(SRC.glob("batch*.py"))
    for b in batches:
        importlib.import_module(b.stem)
    specs = common.MESSAGES
    for i, spec in enumerate(specs, 1):
        subj = spec.get("subj") or ""
        if "irt" not in spec and spec.get("quote") and re.match(r"(?i)(re|res|ref|réf)\s*:", subj):
            spec["irt"] = ["<%s.%s@crmrunner.example>" % (h(spec["slug"] + "/p", 12), h(spec["slug"] + "/q", 6))]
        if spec.get("irt") is False:
            del spec["irt"]
        if not re.fullmatch(r"[a-z0-9-]+", spec["slug"]):
            raise ValueError("bad slug " + spec["slug"])
        spec["stem"] = "%04d-%s" % (i, spec["slug"])
    slugs = Counter(s["slug"] for s in specs)
    dup = [k for k, v in slugs.items() if v > 1]
    if dup:
        raise ValueError("duplicate slugs %s" % dup)
    return specs


def main():
    specs = load()
    mids = {}
    for spec in specs:
        mids[spec["slug"]] = spec.get("mid") or message_id(spec["slug"], spec["style"], spec["frm"][1])
    check_only = "--check" in sys.argv
    labels = []
    if not check_only:
        for old in OUT.glob("*"):
            old.unlink()
    for spec in specs:
        lab = labels_of(spec)
        labels.append(lab)
        if not check_only:
            raw = render(spec, mids)
            (OUT / (spec["stem"] + ".eml")).write_bytes(raw.encode("utf-8") if spec["style"] not in ("latin1-8", "cp1252") else raw.encode(header_cs(spec, spec["style"])))
            (OUT / (spec["stem"] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if not check_only:
        with open(ROOT / "accounts.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            cols = ["account_number", "username", "email", "plan", "status", "started_on", "price", "currency", "trial_ends_on"]
            w.writerow(cols)
            for num in sorted(common.ACCOUNTS):
                a = common.ACCOUNTS[num]
                w.writerow([a[c] for c in cols])
    problems = check_all(specs, mids)
    by_slug = {s["slug"]: s for s in specs}
    for spec in specs:
        irt = spec.get("irt") or []
        for r in ([irt] if isinstance(irt, str) else irt):
            if r in by_slug:
                d0, z0 = parse_date(by_slug[r]["date"])
                d1, z1 = parse_date(spec["date"])
                off = lambda z: dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:])) * (1 if z[0] == "+" else -1)
                if d1 - off(z1) <= d0 - off(z0):
                    problems.append("%s: replies to a later message %s" % (spec["stem"], r))
    for p in problems:
        print("PROBLEM", p)
    print("%d message(s), %d account(s), %d problem(s)" % (len(specs), len(common.ACCOUNTS), len(problems)))
    table = counts_table(specs, labels)
    if not check_only:
        update_readme(table)
    if "-v" in sys.argv:
        print(table)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
