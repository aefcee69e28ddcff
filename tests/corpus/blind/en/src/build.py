#!/usr/bin/env python3
"""Render the hand-written blind corpus (en, and en-b and en-c through their shims) into .eml + .json files and check it.

    python3 src/build.py

The texts are in src/batchNN.py (one M(...) per message, written by hand).
This script only does what a mail client does: wraps the text in headers and
the chosen MIME form (plain 7bit/QP/base64, Gmail/Outlook/Apple HTML, quoted
replies, forwards, attachments, DSNs, auto-replies, list mail).
Output is deterministic (byte-identical on every run).
"""
import base64
import collections
import csv
import datetime as dt
import email
import email.policy
import glob
import hashlib
import html
import importlib
import io
import json
import os
import quopri
import random
import re
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "messages")
sys.path.insert(0, HERE)

import common  # noqa: E402

SUPPORT = ("CRM Runner Support", "support@crmrunner.example")
CRLF = "\r\n"

KINDS = {"request", "request_seat", "forward_request", "follow_up", "plan_change", "pause",
         "downgrade", "how_to", "hypothetical", "already_cancelled", "refund_only",
         "order_cancel", "meeting_cancel", "newsletter_unsubscribe", "data_deletion",
         "withdrawal", "thanks", "question", "bug_report", "sales", "auto_reply", "bounce",
         "list_mail", "other"}
REASONS = {"too_expensive", "missing_features", "switched_service", "unused",
           "customer_service", "too_complex", "low_quality", "business_closed", "other"}
BANDS = {"clear", "maybe", "not"}
INTENTS = {"cancellation", "other", "auto_reply", "bounce"}

ORIGIN = {  # writer background for non-native English writers -> (label, tz offsets)
    "in": ("Indian", ["+0530"]), "ng": ("Nigerian", ["+0100"]), "ph": ("Filipino", ["+0800"]),
    "cn": ("Chinese", ["+0800"]), "br": ("Brazilian", ["-0300"]), "de": ("German", ["+0100", "+0200"]),
    "fr": ("French", ["+0100", "+0200"]), "es": ("Spanish", ["+0100", "+0200"]),
    "it": ("Italian", ["+0100", "+0200"]), "pl": ("Polish", ["+0100", "+0200"]),
    "ru": ("Russian", ["+0300"]), "tr": ("Turkish", ["+0300"]), "vn": ("Vietnamese", ["+0700"]),
    "id": ("Indonesian", ["+0700"]), "pk": ("Pakistani", ["+0500"]), "ke": ("Kenyan", ["+0300"]),
    "mx": ("Mexican", ["-0600"]), "jp": ("Japanese", ["+0900"]), "kr": ("Korean", ["+0900"]),
    "nl": ("Dutch", ["+0100", "+0200"]), "eg": ("Egyptian", ["+0200"]), "ar": ("Argentinian", ["-0300"]),
    "ua": ("Ukrainian", ["+0200"]), "gh": ("Ghanaian", ["+0000"]), "my": ("Malaysian", ["+0800"]),
    "bd": ("Bangladeshi", ["+0600"]), "th": ("Thai", ["+0700"]), "pt": ("Portuguese", ["+0000", "+0100"]),
    "ro": ("Romanian", ["+0200"]), "za": ("South African (Afrikaans)", ["+0200"]),
    "ae": ("Arabic (UAE)", ["+0400"]), "co": ("Colombian", ["-0500"]), "se": ("Swedish", ["+0100", "+0200"]), "no": ("Norwegian", ["+0100", "+0200"]),
    "cz": ("Czech", ["+0100", "+0200"]), "gr": ("Greek", ["+0200", "+0300"]), "lk": ("Sri Lankan", ["+0530"]),
}
NATIVE_TZ = ["-0500", "-0500", "-0400", "-0600", "-0700", "-0800", "+0000", "+0100", "+1000", "-0500"]

START = dt.datetime(2026, 1, 5, 0, 0)
END = dt.datetime(2026, 11, 20, 23, 0)


# ----------------------------------------------------------------------------
# small encoders

def rnd(n, salt=""):
    return random.Random(hashlib.sha256(("%s|%s" % (n, salt)).encode()).hexdigest())


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def q_word(s, charset="UTF-8"):
    out = []
    for b in s.encode(charset):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128 or c in "!*+-/":
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def b_word(s, charset="UTF-8"):
    return "=?%s?B?%s?=" % (charset, base64.b64encode(s.encode(charset)).decode())


def enc_words(s, mode="Q", charset="UTF-8"):
    """Encode s as one or more encoded-words, each at most ~75 chars."""
    words, cur = [], ""
    for ch in s:
        trial = cur + ch
        w = q_word(trial, charset) if mode == "Q" else b_word(trial, charset)
        if len(w) > 72 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    f = q_word if mode == "Q" else b_word
    return (CRLF + " ").join(f(w, charset) for w in words)


def fold(name, value):
    """Fold an unstructured header at spaces (RFC 5322 2.2.3)."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or "=?" in value:
        return line
    out, cur = [], ""
    for tok in re.split(r"(?= )", line):
        if cur and len(cur) + len(tok) > 76:
            out.append(cur)
            cur = tok
        else:
            cur += tok
    out.append(cur)
    return (CRLF).join(out)


def addr(name, address, mode="Q"):
    if not name:
        return address
    if not is_ascii(name):
        return "%s <%s>" % (enc_words(name, mode), address)
    if re.search(r'[,.;:@()<>\[\]"]', name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), address)
    return "%s <%s>" % (name, address)


def qp(text):
    data = text.replace("\r\n", "\n").encode("utf-8")
    enc = quopri.encodestring(data, quotetabs=False).decode("ascii")
    return enc.replace("\n", CRLF)


def qp_cs(text, charset):
    data = text.replace("\r\n", "\n").encode(charset)
    return quopri.encodestring(data, quotetabs=False).decode("ascii").replace("\n", CRLF)


def b64(text_or_bytes):
    data = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    return base64.encodebytes(data).decode("ascii").replace("\n", CRLF)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", CRLF)


def fmt_date(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def parse_date(s, tz):
    """'2026-03-04 10:15' (+ optional ' +0100') -> aware datetime."""
    parts = s.split()
    if len(parts) == 3:
        tz = parts[2]
    d = dt.datetime.strptime(parts[0] + " " + (parts[1] if len(parts) > 1 else "09:00"),
                             "%Y-%m-%d %H:%M")
    off = int(tz[:3]) * 60 + (int(tz[0] + tz[3:]) if len(tz) > 3 else 0)
    return d.replace(tzinfo=dt.timezone(dt.timedelta(minutes=off)))


def long_date(d):
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + \
        d.strftime("%I:%M %p").lstrip("0")


def outlook_date(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0")


def apple_date(d):
    return d.strftime("%b ") + str(d.day) + d.strftime(", %Y, at ") + d.strftime("%I:%M %p").lstrip("0")


# ----------------------------------------------------------------------------
# HTML renderers

def esc(s):
    return html.escape(s, quote=False)


def linkify(s):
    s = esc(s)
    s = re.sub(r"([\w.+-]+@[\w-]+(\.[\w-]+)+)", r'<a href="mailto:\1">\1</a>', s)
    return s


def gmail_html(text, quote_html=""):
    lines = text.split("\n")
    divs = []
    for ln in lines:
        divs.append("<div>%s</div>" % (linkify(ln) if ln.strip() else "<br>"))
    return '<div dir="ltr">' + "".join(divs) + "</div>" + quote_html


def apple_html(text, quote_html=""):
    parts = []
    for ln in text.split("\n"):
        parts.append((linkify(ln) if ln.strip() else "") + "<br>")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + "".join(parts) + quote_html + "</body></html>")


def iphone_html(text, quote_html=""):
    parts = []
    for ln in text.split("\n"):
        parts.append("<div dir=\"ltr\">%s</div>" % (linkify(ln) if ln.strip() else "<br>"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">' + "".join(parts) + quote_html + "</body></html>")


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0in;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-ligatures:standardcontextual;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:10.0pt;
\tmso-ligatures:none;}
@page WordSection1
\t{size:8.5in 11.0in;
\tmargin:1.0in 1.0in 1.0in 1.0in;}
div.WordSection1
\t{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_p(text):
    out = []
    for ln in text.split("\n"):
        if ln.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % linkify(ln))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def outlook_sigtable(lines):
    rows = []
    for i, ln in enumerate(lines):
        style = "font-size:10.0pt;color:#1F3864" if i else "font-size:10.0pt;color:#1F3864;font-weight:bold"
        inner = "<b><span style=\"%s\">%s</span></b>" % (style, esc(ln)) if i == 0 else \
            "<span style=\"%s\">%s</span>" % (style, linkify(ln))
        rows.append('<p class="MsoNormal">%s<o:p></o:p></p>' % inner)
    return ('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
            '<tr>\n<td width="80" valign="top" style="width:60.0pt;border:none;border-right:solid #2F5496 1.5pt;padding:0in 5.4pt 0in 5.4pt">\n'
            '<p class="MsoNormal"><span style="font-size:18.0pt;color:#2F5496">&#9632;</span><o:p></o:p></p>\n</td>\n'
            '<td valign="top" style="padding:0in 5.4pt 0in 5.4pt">\n' + "\n".join(rows) + "\n</td>\n</tr>\n</table>\n"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')


def outlook_html(text, sigtable=None, quote_html="", disclaimer=None):
    body = outlook_p(text)
    if sigtable:
        body += "\n" + outlook_sigtable(sigtable)
    if disclaimer:
        body += '\n<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">%s<o:p></o:p></span></p>' % esc(disclaimer)
    return OUTLOOK_HEAD + body + "\n" + quote_html + "</div>\n</body>\n</html>\n"


def yahoo_html(text, quote_html=""):
    parts = []
    for ln in text.split("\n"):
        parts.append("<div>%s</div>" % (linkify(ln) if ln.strip() else "<br clear=\"none\">"))
    return ('<html><head></head><body><div class="ydp3f1c0b8yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            + "".join(parts) + "</div>" + quote_html + "</body></html>")


# ----------------------------------------------------------------------------
# message assembly

CLIENT_SIG = {
    "iphone": "Sent from my iPhone",
    "ipad": "Sent from my iPad",
    "android": "Sent from my Galaxy",
    "outlook-mobile": "Get Outlook for Android",
    "outlook-ios": "Get Outlook for iOS",
    "yahoo-mobile": "Sent from Yahoo Mail on Android",
}


class Msg:
    def __init__(self, e, by_n):
        self.e = e
        self.n = e["n"]
        self.r = rnd(self.n)
        self.by_n = by_n


def pick_tz(e):
    if e.get("tz"):
        return e["tz"]
    who = e.get("who")
    r = rnd(e["n"], "tz")
    if who:
        return r.choice(ORIGIN[who][1])
    return r.choice(NATIVE_TZ)


def msg_date(e, by_n, cache):
    n = e["n"]
    if n in cache:
        return cache[n]
    tz = pick_tz(e)
    if e.get("date"):
        d = parse_date(e["date"], tz)
        if len(e["date"].split()) > 1 and e["date"].split()[1].count(":") == 1:
            d = d.replace(second=rnd(n, "sec").randint(0, 59))
    elif isinstance(e.get("irt"), int) and e["irt"] in by_n:
        parent = msg_date(by_n[e["irt"]], by_n, cache)
        r = rnd(n, "fu")
        d = parent + dt.timedelta(days=r.randint(1, 8), minutes=r.randint(-300, 300))
        if d.replace(tzinfo=None) > END - dt.timedelta(days=1):
            d = parent + dt.timedelta(hours=r.randint(2, 20))
        d = d.astimezone(dt.timezone(dt.timedelta(minutes=int(tz[:3]) * 60 + int(tz[0] + tz[3:]))))
    else:
        r = rnd(n, "date")
        span = (END - START).total_seconds()
        base = START + dt.timedelta(seconds=r.random() * span)
        hour = r.choice([7, 8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 16, 17, 18, 20, 21, 22, 23, 1])
        base = base.replace(hour=hour, second=r.randint(0, 59))
        off = int(tz[:3]) * 60 + int(tz[0] + tz[3:])
        d = base.replace(tzinfo=dt.timezone(dt.timedelta(minutes=off)))
    cache[n] = d
    return d


def make_msgid(e, client, frm_addr, d):
    r = rnd(e["n"], "mid")
    dom = frm_addr.split("@")[1]
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    if client in ("gmail", "android", "plain-gmail"):
        s = "".join(r.choice(alnum + "-_=+") for _ in range(40))
        return "<CA%s@mail.gmail.com>" % s
    if client.startswith("outlook"):
        srv = r.choice(["AM9PR07MB", "DB9PR02MB", "PH0PR11MB", "SN7PR12MB", "BY5PR04MB", "LV3PR08MB", "PA4PR03MB"])
        num = r.randint(1000, 9999)
        hexs = "".join(r.choice("0123456789ABCDEF") for _ in range(28))
        region = {"AM": "eurprd07", "DB": "eurprd02", "PA": "eurprd03"}.get(srv[:2], "namprd%02d" % r.randint(1, 20))
        return "<%s%d%s@%s%d.%s.prod.outlook.com>" % (srv, num, hexs, srv, num, region)
    if client in ("apple", "iphone", "ipad"):
        u = "%08X-%04X-%04X-%04X-%012X" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16),
                                           r.getrandbits(16), r.getrandbits(48))
        return "<%s@%s>" % (u, dom)
    if client.startswith("yahoo"):
        return "<%d.%d.%d@mail.yahoo.example>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 5, 10 ** 6),
                                                 r.randint(10 ** 12, 10 ** 13))
    if client == "thunderbird":
        u = "%08x-%04x-%04x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16),
                                           r.getrandbits(16), r.getrandbits(48))
        return "<%s@%s>" % (u, dom)
    s = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    return "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), s, dom)


def boundary(e, salt, client):
    r = rnd(e["n"], "b" + salt)
    if client in ("gmail", "android"):
        return "0000000000" + "".join(r.choice("0123456789abcdef") for _ in range(18))
    if client.startswith("outlook"):
        return "_%03d_%s_" % (r.randint(0, 9), "".join(r.choice("0123456789ABCDEF") for _ in range(40)))
    if client in ("apple", "iphone", "ipad"):
        return "Apple-Mail-%08X-%04X-%04X-%04X-%012X" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16),
                                                        r.getrandbits(16), r.getrandbits(48))
    if client.startswith("yahoo"):
        return "----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 12, 10 ** 13))
    return "------------%s" % "".join(r.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(24))


def text_part(text, cte, subtype="plain", charset="utf-8", flowed=False):
    """Return (headers list, encoded body) for a single text part."""
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct = "text/%s; charset=%s; format=flowed" % (subtype, charset.upper())
    if cte == "auto":
        longest = max((len(l) for l in text.split("\n")), default=0)
        cte = "7bit" if is_ascii(text) and longest <= 76 else "quoted-printable"
    if cte == "7bit" and not is_ascii(text):
        cte = "8bit"
    if cte == "quoted-printable":
        body = qp_cs(text, charset) if charset.lower() not in ("utf-8",) else qp(text)
    elif cte == "base64":
        body = b64(text.encode(charset))
    else:
        body = crlf(text)
    hdrs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
    if not body.endswith(CRLF):
        body += CRLF
    return hdrs, body


def multipart(subtype, bnd, parts, extra_ct=""):
    """parts: list of (headers, body). Returns (headers, body)."""
    out = ""
    for hdrs, body in parts:
        if not body.endswith(CRLF):
            body += CRLF
        out += "--" + bnd + CRLF + CRLF.join(hdrs) + CRLF + CRLF + body
    out += "--" + bnd + "--" + CRLF
    return ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, bnd, extra_ct)], out


def flow(text, width=72):
    """format=flowed soft wrap (RFC 3676)."""
    out = []
    for ln in text.split("\n"):
        if ln.startswith(">") or len(ln) <= width:
            out.append(ln.rstrip(" ") if not ln.startswith("-- ") else ln)
            continue
        words = ln.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def render_quote(e, q, client, d):
    """Returns (text_block, html_block)."""
    qfrm = q.get("frm", SUPPORT)
    qd = parse_date(q["date"], q.get("tz", "-0500")) if q.get("date") else d - dt.timedelta(days=2, hours=3, minutes=17)
    style = q.get("style") or ("outlook" if client.startswith("outlook") else
                               "apple" if client in ("apple", "iphone", "ipad") else "gmail")
    qtext = q["text"]
    if style == "outlook":
        to = q.get("to") or (e["frm"][0] + " <" + e["frm"][1] + ">")
        hdr = ["From: %s <%s>" % qfrm, "Sent: " + outlook_date(qd), "To: " + to,
               "Subject: " + q.get("subj", "RE: " + (e.get("subj") or ""))]
        tb = "\n\n________________________________\n" + "\n".join(hdr) + "\n\n" + qtext
        hb = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
              '<p class="MsoNormal"><b>From:</b> %s &lt;%s&gt;<br>\n<b>Sent:</b> %s<br>\n<b>To:</b> %s<br>\n<b>Subject:</b> %s<o:p></o:p></p>\n</div>\n'
              % (esc(qfrm[0]), esc(qfrm[1]), esc(outlook_date(qd)), esc(to), esc(hdr[3][9:]))) + \
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + outlook_p(qtext) + "\n"
        return tb, hb
    if style == "apple":
        on = "On %s, %s <%s> wrote:" % (apple_date(qd), qfrm[0], qfrm[1])
        tb = "\n\n" + on + "\n\n" + quote_lines(qtext)
        hb = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>'
              '<blockquote type="cite"><div dir="ltr">%s</div></blockquote>'
              % (esc(on), "<br>".join(esc(l) for l in qtext.split("\n"))))
        return tb, hb
    on = "On %s %s <%s> wrote:" % (long_date(qd), qfrm[0], qfrm[1])
    tb = "\n\n" + on + "\n\n" + quote_lines(qtext)
    hb = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
          '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
          % (esc(on).replace("&lt;", '&lt;<a href="mailto:%s">' % qfrm[1], 1).replace("&gt;", "</a>&gt;", 1),
             "<br>".join(linkify(l) for l in qtext.split("\n"))))
    return tb, hb


def render_fwd_inline(f, client):
    fd = parse_date(f["date"], f.get("tz", "-0500"))
    ffrm = f["frm"]
    if client.startswith("outlook"):
        hdr = ["From: %s <%s>" % ffrm, "Sent: " + outlook_date(fd), "To: " + f.get("to", SUPPORT[1]),
               "Subject: " + f["subj"]]
        tb = "\n\n-----Original Message-----\n" + "\n".join(hdr) + "\n\n" + f["body"]
        hb = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
              '<p class="MsoNormal"><b>From:</b> %s &lt;%s&gt;<br>\n<b>Sent:</b> %s<br>\n<b>To:</b> %s<br>\n<b>Subject:</b> %s<o:p></o:p></p>\n</div>\n'
              % (esc(ffrm[0]), esc(ffrm[1]), esc(outlook_date(fd)), esc(f.get("to", SUPPORT[1])), esc(f["subj"]))) + \
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + outlook_p(f["body"]) + "\n"
        return tb, hb
    if client in ("apple", "iphone"):
        tb = ("\n\nBegin forwarded message:\n\nFrom: %s <%s>\nSubject: %s\nDate: %s\nTo: %s\n\n%s"
              % (ffrm[0], ffrm[1], f["subj"], apple_date(fd).replace(", at", " at"), f.get("to", SUPPORT[1]), f["body"]))
        hb = "<div><br><blockquote type=\"cite\"><div>Begin forwarded message:</div><br>" + \
            "<div><b>From:</b> %s &lt;%s&gt;<br><b>Subject:</b> %s<br><b>Date:</b> %s<br><b>To:</b> %s<br></div><br>" % (
                esc(ffrm[0]), esc(ffrm[1]), esc(f["subj"]), esc(apple_date(fd)), esc(f.get("to", SUPPORT[1]))) + \
            "<div>" + "<br>".join(linkify(l) for l in f["body"].split("\n")) + "</div></blockquote></div>"
        return tb, hb
    hdr = "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s" % (
        ffrm[0], ffrm[1], long_date(fd).replace(" at ", " at "), f["subj"], f.get("to", SUPPORT[1]))
    tb = "\n\n" + hdr + "\n\n\n" + f["body"]
    hb = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
          'From: <strong class="gmail_sendername" dir="auto">%s</strong> <span dir="auto">&lt;<a href="mailto:%s">%s</a>&gt;</span><br>'
          'Date: %s<br>Subject: %s<br>To: %s<br></div><br><br>%s</div>'
          % (esc(ffrm[0]), ffrm[1], ffrm[1], esc(long_date(fd)), esc(f["subj"]), esc(f.get("to", SUPPORT[1])),
             "".join("<div>%s</div>" % (linkify(l) if l.strip() else "<br>") for l in f["body"].split("\n"))))
    return tb, hb


PDF_STUB = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n"
            b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")


def body_for(e, client, d, text, quote=None, fwd=None):
    """Build (content headers, body) for the customer's own part(s)."""
    sig = e.get("sig", CLIENT_SIG.get(client))
    if sig:
        text = text.rstrip("\n") + "\n\n" + sig
    qt, qh = ("", "")
    if quote:
        qt, qh = render_quote(e, quote, client, d)
    ft, fh = ("", "")
    if fwd and fwd.get("mode", "inline") == "inline":
        ft, fh = render_fwd_inline(fwd, client)
    full_text = text + qt + ft
    cte = e.get("cte", "auto")
    charset = e.get("charset", "utf-8")

    if client in ("plain", "plain-gmail", "auto", "yahoo-plain"):
        return text_part(full_text, cte if cte != "auto" else "7bit" if is_ascii(full_text) else "8bit", charset=charset)
    if client == "plain-qp":
        return text_part(full_text, "quoted-printable", charset=charset)
    if client == "base64":
        return text_part(full_text, "base64", charset=charset)
    if client == "plain-8bit":
        return text_part(full_text, "8bit", charset=charset)
    if client == "thunderbird":
        return text_part(flow(full_text), "7bit" if is_ascii(full_text) else "8bit", charset="utf-8", flowed=True)
    if client in ("iphone", "ipad"):
        if e.get("html"):
            p1 = text_part(full_text, "quoted-printable" if not is_ascii(full_text) or max(len(l) for l in full_text.split("\n")) > 76 else "7bit",
                           charset="utf-8")
            p2 = text_part(iphone_html(text + ft, qh + fh), "quoted-printable", subtype="html")
            return multipart("alternative", boundary(e, "alt", client), [p1, p2])
        return text_part(full_text, "quoted-printable" if (not is_ascii(full_text) or
                         max(len(l) for l in full_text.split("\n")) > 76) else "7bit", charset="utf-8")
    if client in ("android", "outlook-mobile", "outlook-ios", "yahoo-mobile", "gmail"):
        if client == "android" and not e.get("html", True):
            return text_part(full_text, cte)
        if client.startswith("outlook-"):
            p1 = text_part(full_text, "quoted-printable")
            p2 = text_part(outlook_html(text, None, qh + fh), "quoted-printable", subtype="html")
            return multipart("alternative", boundary(e, "alt", "outlook"), [p1, p2])
        p1 = text_part(full_text, cte)
        p2 = text_part(gmail_html(text, qh + fh), cte if cte != "auto" else "auto", subtype="html")
        return multipart("alternative", boundary(e, "alt", client), [p1, p2])
    if client == "apple":
        p1 = text_part(full_text, "quoted-printable" if not is_ascii(full_text) or max(len(l) for l in full_text.split("\n")) > 76 else "7bit",
                       charset="utf-8")
        p2 = text_part(apple_html(text, qh + fh), "quoted-printable", subtype="html")
        return multipart("alternative", boundary(e, "alt", client), [p1, p2])
    if client in ("yahoo",):
        p1 = text_part(full_text, "7bit" if is_ascii(full_text) else "quoted-printable")
        p2 = text_part(yahoo_html(text, qh + fh), "7bit" if is_ascii(text + qh + fh) else "quoted-printable", subtype="html")
        return multipart("alternative", boundary(e, "alt", client), [p1, p2])
    if client == "outlook":
        st = e.get("sigtable")
        ptext = text + ("\n\n" + "\n".join(st) if st else "") + (("\n\n" + e["disclaimer"]) if e.get("disclaimer") else "")
        p1 = text_part(ptext + qt + ft, "quoted-printable", charset=charset)
        p2 = text_part(outlook_html(text, st, qh + fh, e.get("disclaimer")), "quoted-printable", subtype="html")
        return multipart("alternative", boundary(e, "alt", client), [p1, p2])
    if client == "outlook-html":
        st = e.get("sigtable")
        return text_part(outlook_html(text, st, qh + fh, e.get("disclaimer")), e.get("cte", "quoted-printable")
                         if e.get("cte", "auto") != "auto" else "quoted-printable", subtype="html")
    raise ValueError("unknown client %r" % client)


def client_headers(e, client, d, r):
    h = []
    if client in ("iphone", "ipad"):
        h.append("X-Mailer: iPhone Mail (%s)" % r.choice(["22D82", "21G93", "23A341", "22E240", "23B85"]))
    elif client == "apple":
        h.append("X-Mailer: Apple Mail (2.%s)" % r.choice(["3826.400.131.1.6", "3774.600.62", "3731.700.6", "3864.100.1"]))
    elif client == "thunderbird":
        h.append("User-Agent: Mozilla Thunderbird")
    elif client.startswith("yahoo"):
        h.append("X-Mailer: WebService/1.1.%d YMailNorrin" % r.randint(22000, 24000))
    elif client.startswith("outlook"):
        h.append("Thread-Topic: %s" % (e.get("subj") or ""))
        h.append("Thread-Index: %s" % base64.b64encode(bytes(r.getrandbits(8) for _ in range(22))).decode())
        h.append("Accept-Language: en-US")
        h.append("Content-Language: en-US")
        h.append("X-MS-Has-Attach: %s" % ("yes" if e.get("attach") or (e.get("fwd") or {}).get("mode") == "rfc822" else ""))
        h.append("X-MS-TNEF-Correlator: ")
        h.append("x-originating-ip: [%d.%d.%d.%d]" % (198, 51, 100, r.randint(2, 250)))
    return h


def render(e, by_n, dates, mids):
    n = e["n"]
    r = rnd(n, "hdr")
    client = e.get("client", "gmail")
    d = msg_date(e, by_n, dates)
    name, faddr = e["frm"]
    mid = mids[n]
    hmode = "B" if client.startswith("outlook") or client in ("apple", "iphone") else "Q"
    H = []
    if client == "dsn" or e.get("null_return"):
        H.append("Return-Path: <>")
    else:
        H.append("Return-Path: <%s>" % faddr)
    H.append("Delivered-To: " + SUPPORT[1])
    recv = d + dt.timedelta(seconds=r.randint(2, 40))
    host = {"gmail": "mail-%s-f%d.google.com" % (r.choice(["yw1", "wm1", "lf1", "pj1", "qk1"]), r.randint(40, 199)),
            "android": "mail-ej1-f%d.google.com" % r.randint(40, 199)}.get(client)
    if host is None and client.startswith("outlook"):
        host = "mail-%s.outbound.protection.outlook.com" % r.choice(["db8eur05on2070", "bn8nam12on2109", "am7eur03on2111", "co1nam11on2045"])
    if host is None:
        dom = faddr.split("@")[1]
        host = dom if dom.split(".")[0] in ("mx", "mx1", "mail", "smtp") else "mail.%s" % dom
    H.append("Received: from %s (%s [192.0.2.%d])\r\n\tby mx1.crmrunner.example (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
        host, host, r.randint(2, 250), "".join(r.choice("0123456789BCDFGHJKLMNPQRSTVWXZ") for _ in range(11)),
        SUPPORT[1], fmt_date(recv.astimezone(dt.timezone(dt.timedelta(hours=-5 if recv.month < 3 or recv.month > 10 else -4))))))
    H.append("MIME-Version: 1.0" + (" (1.0)" if client in ("iphone", "ipad") else ""))
    for hk, hv in (e.get("hdrs_top") or {}).items():
        H.append("%s: %s" % (hk, hv))
    H.append("Date: " + fmt_date(d))
    H.append("Message-ID: " + mid)
    irt = e.get("irt")
    if irt is not None:
        pid = mids[irt] if isinstance(irt, int) else irt
        refs = []
        for x in e.get("refs", []):
            refs.append(mids[x] if isinstance(x, int) else x)
        if pid not in refs:
            refs.append(pid)
        H.append("In-Reply-To: " + pid)
        H.append("References: " + (CRLF + " ").join(refs))
    subj = e.get("subj")
    if subj is not None:
        if not is_ascii(subj) or e.get("enc_subj"):
            cs = e.get("charset", "UTF-8")
            H.append("Subject: " + enc_words(subj, "B" if hmode == "B" else "Q", cs))
        else:
            H.append(fold("Subject", subj))
    H.append("From: " + addr(name, faddr, hmode))
    to = e.get("to", SUPPORT)
    if isinstance(to, tuple):
        H.append("To: " + addr(to[0], to[1]))
    else:
        H.append("To: " + to)
    if e.get("cc"):
        H.append("Cc: " + e["cc"])
    if e.get("reply_to"):
        H.append("Reply-To: " + e["reply_to"])
    H.extend(client_headers(e, client, d, r))
    for hk, hv in (e.get("hdrs") or {}).items():
        H.append("%s: %s" % (hk, hv))

    if client == "dsn":
        ch, body = render_dsn(e, d, by_n, dates, mids)
    elif client == "list":
        ch, body = render_list(e)
    else:
        ch, body = body_for(e, client, d, e["body"], e.get("quote"), e.get("fwd"))
        parts_extra = []
        fwd = e.get("fwd")
        if fwd and fwd.get("mode") == "rfc822":
            inner = render_inner(fwd, n)
            parts_extra.append(([ "Content-Type: message/rfc822",
                                  'Content-Disposition: attachment; filename="%s"' % fwd.get("filename", "Fwd message.eml")], inner))
        if e.get("attach"):
            fn = e["attach"]
            parts_extra.append((['Content-Type: application/pdf; name="%s"' % fn,
                                 'Content-Disposition: attachment; filename="%s"' % fn,
                                 "Content-Transfer-Encoding: base64"], b64(PDF_STUB + ("%% %s\n" % fn).encode())))
        if parts_extra:
            ch, body = multipart("mixed", boundary(e, "mixed", client), [(ch, body)] + parts_extra)
    raw = CRLF.join(H + ch) + CRLF + CRLF + body
    return raw.encode("utf-8"), d


def render_inner(f, n):
    """A forwarded message as message/rfc822 (a complete message)."""
    fd = parse_date(f["date"], f.get("tz", "-0500"))
    r = rnd(n, "inner")
    fclient = f.get("client", "gmail")
    fe = {"n": "inner%s" % n, "subj": f["subj"], "frm": f["frm"], "sig": f.get("sig"),
          "sigtable": f.get("sigtable")}
    mid = make_msgid({"n": "inner%s" % n}, fclient, f["frm"][1], fd)
    H = ["MIME-Version: 1.0", "Date: " + fmt_date(fd), "Message-ID: " + mid,
         fold("Subject", f["subj"]) if is_ascii(f["subj"]) else "Subject: " + enc_words(f["subj"]),
         "From: " + addr(f["frm"][0], f["frm"][1]),
         "To: " + f.get("to", SUPPORT[1])]
    ch, body = body_for(fe, fclient, fd, f["body"])
    return CRLF.join(H + ch) + CRLF + CRLF + body


def render_dsn(e, d, by_n, dates, mids):
    ds = e["dsn"]
    mta = ds.get("mta", "postfix")
    rcpt = ds["rcpt"]
    status = ds.get("status", "5.1.1")
    diag = ds.get("diag", "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % rcpt)
    o = ds["orig"]
    od = d - dt.timedelta(minutes=rnd(e["n"], "od").randint(1, 50))
    if mta == "postfix":
        human = ("This is the mail system at host mx1.crmrunner.example.\n\n"
                 "I'm sorry to have to inform you that your message could not\n"
                 "be delivered to one or more recipients. It's attached below.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\n"
                 "delete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n"
                 "<%s>: host %s said: %s (in reply to RCPT TO command)\n" % (rcpt, ds.get("rhost", "mx." + rcpt.split("@")[1]), diag))
    elif mta == "exchange":
        human = ("Your message to %s couldn't be delivered.\n\n%s\n\n%s\n\nAction Required\n\n"
                 "Remote Server returned '%s'\n" % (rcpt, ds.get("why", "%s wasn't found at %s." % (rcpt.split("@")[0], rcpt.split("@")[1])),
                                                      ds.get("office", "Office 365"), diag))
    elif mta == "gmail":
        human = ("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, "
                 "or is unable to receive mail.\n\nThe response from the remote server was:\n%s\n" % (rcpt, diag))
    else:
        human = ds["human"]
    if ds.get("human"):
        human = ds["human"]
    rq = rnd(e["n"], "q")
    dstat = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nArrival-Date: %s\n\n"
             "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n"
             "Remote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n" % (
                 ds.get("reporting", "mx1.crmrunner.example"), "4F" + "".join(rq.choice("0123456789ABCDEF") for _ in range(9)),
                 fmt_date(od), rcpt, rcpt, ds.get("action", "failed"), status, ds.get("rhost", "mx." + rcpt.split("@")[1]), diag))
    ofrm = o.get("frm", SUPPORT)
    omid = "<reply.%s@crmrunner.example>" % hashlib.sha1(str(e["n"]).encode()).hexdigest()[:16]
    oh = ["Return-Path: <%s>" % ofrm[1], "Date: " + fmt_date(od), "From: " + addr(*ofrm), "To: " + rcpt,
          fold("Subject", o["subj"]), "Message-ID: " + omid]
    if o.get("irt"):
        oh.append("In-Reply-To: " + o["irt"])
    if o.get("auto", True):
        oh.append("Auto-Submitted: auto-replied")
    oh += ["MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 7bit" if is_ascii(o["body"]) else "Content-Transfer-Encoding: 8bit"]
    if ds.get("headers_only"):
        third = (["Content-Type: text/rfc822-headers"], CRLF.join(oh) + CRLF)
    else:
        third = (["Content-Type: message/rfc822"], CRLF.join(oh) + CRLF + CRLF + crlf(o["body"]) + CRLF)
    parts = [(["Content-Description: Notification", 'Content-Type: text/plain; charset="us-ascii"'], crlf(human)),
             (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], crlf(dstat)),
             (["Content-Description: Undelivered Message"] + third[0], third[1])]
    rb = rnd(e["n"], "bb")
    bnd = "%s.%d/%s" % ("".join(rb.choice("0123456789ABCDEF") for _ in range(10)), 1767225600 + rb.randint(0, 28000000),
                        ds.get("reporting", "mx1.crmrunner.example"))
    return multipart("report", bnd, parts, extra_ct="; report-type=delivery-status")


def render_list(e):
    lst = e["list"]
    text = e["body"]
    html_body = lst.get("html") or (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body style="margin:0;background:#f4f4f4">'
        '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        '<table role="presentation" width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;line-height:22px">'
        % esc(e.get("subj") or "") +
        "".join('<tr><td style="padding:8px 24px">%s</td></tr>' % linkify(p) for p in text.split("\n\n")) +
        '<tr><td style="padding:16px 24px;font-size:12px;color:#888">You are receiving this because you subscribed. '
        '<a href="%s">Unsubscribe</a> | <a href="%s">Manage preferences</a></td></tr>'
        '</table></td></tr></table></body></html>' % (lst.get("unsub_url", "https://lists.example.com/u"), lst.get("unsub_url", "https://lists.example.com/u")))
    p1 = text_part(text + "\n\n--\nUnsubscribe: " + lst.get("unsub_url", "https://lists.example.com/u"), "quoted-printable")
    p2 = text_part(html_body, "quoted-printable", subtype="html")
    return multipart("alternative", boundary(e, "alt", "list"), [p1, p2])


# ----------------------------------------------------------------------------
# decoding for checks

def decoded_text(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    chunks = [str(msg.get("Subject", "") or "")]
    defects = list(msg.defects)

    def walk(m):
        for part in m.walk():
            defects.extend(part.defects)
            ct = part.get_content_type()
            if ct == "message/rfc822":
                continue
            if part.is_multipart():
                continue
            if ct in ("text/plain", "text/rfc822-headers", "message/delivery-status"):
                try:
                    chunks.append(part.get_content() if ct == "text/plain" else part.get_payload())
                except Exception as ex:  # pragma: no cover
                    defects.append(ex)
            elif ct == "text/html":
                h = part.get_content()
                h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", h)
                h = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", h)
                h = re.sub(r"<[^>]+>", "", h)
                chunks.append(html.unescape(h))
    walk(msg)
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            chunks.append(str(inner.get("Subject", "") or ""))
    return msg, "\n".join(chunks), defects


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).lower()


# ----------------------------------------------------------------------------

LABEL_KEYS = ["intent", "kind", "band", "account_number", "username", "email_given", "account",
              "sender_is_owner", "decoy_ids", "language", "asks_refund", "withdrawal",
              "reason_keywords", "reason_code", "ambiguous", "form", "notes"]


def form_tag(e):
    if e.get("form"):
        return e["form"]
    c = e.get("client", "gmail")
    fwd = e.get("fwd")
    if fwd:
        return "forward-rfc822" if fwd.get("mode") == "rfc822" else (
            "outlook-forward" if c.startswith("outlook") else "forward-inline")
    if e.get("quote"):
        return "outlook-reply" if c.startswith("outlook") else "reply-above-quote"
    if e.get("attach"):
        return "pdf-attachment"
    return {"gmail": "gmail-alt", "plain": "plain-7bit", "plain-gmail": "plain-7bit", "plain-qp": "plain-qp",
            "base64": "base64", "plain-8bit": "plain-8bit", "thunderbird": "thunderbird-flowed",
            "iphone": "iphone", "ipad": "iphone", "android": "android", "outlook-mobile": "outlook-mobile",
            "outlook-ios": "outlook-mobile", "yahoo": "yahoo-alt", "yahoo-mobile": "android",
            "yahoo-plain": "plain-7bit", "apple": "apple-alt", "outlook": "outlook-alt",
            "outlook-html": "outlook-html", "auto": "auto-reply", "dsn": "dsn", "list": "list-html"}[c]


def load():
    entries = []
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        mod = importlib.import_module(os.path.basename(path)[:-3])
        for e in mod.MESSAGES:
            e["_batch"] = os.path.basename(path)
            entries.append(e)
    return entries


def main():
    entries = load()
    problems = []
    by_n = {}
    for e in entries:
        if e["n"] in by_n:
            problems.append("duplicate n %s" % e["n"])
        by_n[e["n"]] = e
    accounts = common.ACCOUNTS
    dates = {}
    mids = {}
    for e in entries:
        d = msg_date(e, by_n, dates)
        mids[e["n"]] = e.get("mid") or make_msgid(e, e.get("client", "gmail"), e["frm"][1], d)
    if len(set(mids.values())) != len(mids):
        problems.append("duplicate Message-IDs")

    os.makedirs(OUT, exist_ok=True)
    written = set()
    stats = collections.Counter()
    rows = []
    for e in sorted(entries, key=lambda x: x["n"]):
        n = e["n"]
        stem = "%04d-%s" % (n, e["slug"])
        try:
            raw, d = render(e, by_n, dates, mids)
        except Exception as ex:
            problems.append("%s: render failed: %r" % (stem, ex))
            raise
        if not (START.date() <= d.date() <= END.date()):
            problems.append("%s: date %s out of range" % (stem, d))
        acct = e.get("acct")
        sender = e["frm"][1].lower()
        owner = bool(acct and accounts[acct]["email"].lower() == sender)
        if e.get("i") in ("cancellation", "other") and acct is None:
            # sender's own address identifies an account if registered
            hits = [a for a, rec in accounts.items() if rec["email"].lower() == sender]
            if hits and not e.get("no_acct_ok"):
                problems.append("%s: sender %s is registered (%s) but acct is None" % (stem, sender, hits))
        lab = {
            "intent": e.get("i"),
            "kind": e.get("k"),
            "band": e.get("b"),
            "account_number": str(e["an"]) if e.get("an") else None,
            "username": e.get("un"),
            "email_given": e.get("em"),
            "account": str(acct) if acct else None,
            "sender_is_owner": owner,
            "decoy_ids": [str(x) for x in e.get("decoys", [])],
            "language": "en",
            "asks_refund": bool(e.get("refund", False)),
            "withdrawal": bool(e.get("wd", False)),
            "reason_keywords": e.get("rk", []),
            "reason_code": e.get("rc"),
            "ambiguous": bool(e.get("amb", False)),
            "form": form_tag(e),
            "notes": e.get("notes", ""),
        }
        if e.get("who"):
            lab["notes"] = lab["notes"].rstrip(".") + ". Writer: non-native (%s English)." % ORIGIN[e["who"]][0]
        # ---- checks
        p = []
        if lab["intent"] not in INTENTS:
            p.append("bad intent")
        if lab["kind"] not in KINDS:
            p.append("bad kind %r" % lab["kind"])
        if lab["band"] not in BANDS:
            p.append("bad band")
        if lab["reason_code"] is not None and lab["reason_code"] not in REASONS:
            p.append("bad reason_code")
        if lab["intent"] != "cancellation" and lab["reason_code"] is not None:
            p.append("reason_code on non-cancellation")
        if lab["intent"] == "cancellation" and lab["reason_keywords"] and not lab["reason_code"]:
            p.append("reason keywords without code")
        if lab["intent"] == "cancellation" and lab["band"] == "not":
            p.append("cancellation with band not")
        if lab["intent"] in ("auto_reply", "bounce") and lab["band"] != "not":
            p.append("auto/bounce must be band not")
        if lab["intent"] == "other" and lab["band"] == "clear":
            p.append("other with band clear")
        if lab["ambiguous"] and lab["band"] != "maybe":
            p.append("ambiguous but band %s" % lab["band"])
        if not lab["notes"]:
            p.append("no notes")
        if lab["account"] and lab["account"] is not None and int(lab["account"]) not in accounts:
            p.append("account not in csv")
        if lab["account_number"] and int(lab["account_number"]) not in accounts:
            p.append("account_number not in csv")
        if lab["account_number"] and lab["account"] and lab["account_number"] != lab["account"] and not e.get("mismatch"):
            p.append("account_number != account")
        if lab["username"] and lab["account"] and not e.get("mismatch") and not e.get("seat_user"):
            if accounts[int(lab["account"])]["username"] != lab["username"]:
                p.append("username %r not the account's" % lab["username"])
        if lab["email_given"] and lab["account"] and not e.get("mismatch"):
            if accounts[int(lab["account"])]["email"].lower() != lab["email_given"].lower():
                p.append("email_given not the account's")
        if lab["account"] and lab["account"] is not None:
            st = dt.date.fromisoformat(accounts[int(lab["account"])]["started_on"])
            if st > d.date():
                p.append("account %s starts after the message" % lab["account"])
        if lab["kind"] in ("auto_reply",) and lab["intent"] != "auto_reply":
            p.append("kind auto_reply needs intent auto_reply")
        if lab["kind"] == "bounce" and lab["intent"] != "bounce":
            p.append("kind bounce needs intent bounce")
        try:
            msg, text, defects = decoded_text(raw)
        except Exception as ex:
            p.append("parse failed %r" % ex)
            msg, text, defects = None, "", []
        if defects:
            p.append("defects %r" % defects)
        if msg is not None:
            for h in ("From", "Date", "Message-ID", "MIME-Version", "Content-Type"):
                if msg.get(h) is None:
                    p.append("missing " + h)
        nt = norm(text)
        ntd = re.sub(r"[\s\-]", "", text)
        for kw in lab["reason_keywords"]:
            if kw != kw.lower():
                p.append("keyword not lowercase %r" % kw)
            if norm(kw) not in nt:
                p.append("reason keyword %r not in text" % kw)
        for dcy in lab["decoy_ids"]:
            if re.fullmatch(r"\d{7}", re.sub(r"\D", "", dcy)) and int(re.sub(r"\D", "", dcy)) in accounts:
                p.append("decoy %r is a real account number" % dcy)
            if norm(dcy) not in nt:
                p.append("decoy %r not in text" % dcy)
        if lab["account_number"] and lab["account_number"] not in ntd:
            p.append("account number not in text")
        if lab["username"] and norm(lab["username"]) not in nt:
            p.append("username not in text")
        if lab["email_given"] and lab["email_given"].lower() not in nt:
            p.append("email_given not in text")
        if b"\n" in raw.replace(b"\r\n", b""):
            p.append("bare LF")
        if b"\r" in raw.replace(b"\r\n", b""):
            p.append("bare CR")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                p.append("line > 998")
                break
        for x in p:
            problems.append("%s: %s" % (stem, x))
        with open(os.path.join(OUT, stem + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump({k: lab[k] for k in LABEL_KEYS}, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
        written.add(stem + ".eml")
        written.add(stem + ".json")
        rows.append((e, lab, raw, msg))

    # remove stale files
    for f in os.listdir(OUT):
        if f not in written:
            os.remove(os.path.join(OUT, f))

    # accounts.csv: every referenced account
    used = set()
    for e, lab, raw, msg in rows:
        for k in ("account", "account_number"):
            if lab[k]:
                used.add(int(lab[k]))
    for a in accounts:
        if a not in used:
            used.add(a)  # declared accounts are referenced (sender addresses, seat owners)
    users = collections.Counter(r["username"] for r in accounts.values())
    mails = collections.Counter(r["email"].lower() for r in accounts.values())
    for u, c in users.items():
        if c > 1:
            problems.append("username %r used by %d accounts" % (u, c))
    for m_, c in mails.items():
        if c > 1:
            problems.append("email %r used by %d accounts" % (m_, c))
    cols = ["account_number", "username", "email", "plan", "status", "started_on", "price", "currency", "trial_ends_on"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for a in sorted(used):
        w.writerow([accounts[a][c] for c in cols])
    with open(os.path.join(ROOT, "accounts.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    write_readme(rows, accounts)
    for p in problems:
        print("PROBLEM:", p)
    print("%d message(s), %d account(s), %d problem(s)" % (len(rows), len(used), len(problems)))
    return 1 if problems else 0


def table(counter, head):
    lines = ["| %s | count |" % head, "| --- | ---: |"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        lines.append("| %s | %d |" % (k, v))
    return "\n".join(lines)


def write_readme(rows, accounts):
    path = os.path.join(ROOT, "README.md")
    if not os.path.exists(path):
        return
    intents = collections.Counter(l["intent"] for e, l, r, m in rows)
    ik = collections.Counter((l["intent"], l["kind"]) for e, l, r, m in rows)
    forms = collections.Counter(l["form"] for e, l, r, m in rows)
    bands = collections.Counter((l["intent"], l["band"]) for e, l, r, m in rows)
    reasons = collections.Counter(l["reason_code"] for e, l, r, m in rows if l["reason_code"])
    who = collections.Counter(ORIGIN[e["who"]][0] for e, l, r, m in rows if e.get("who"))
    ids = collections.Counter()
    for e, l, r, m in rows:
        ids["account_number given"] += bool(l["account_number"])
        ids["username given"] += bool(l["username"])
        ids["email_given"] += bool(l["email_given"])
        ids["decoy ids present"] += bool(l["decoy_ids"])
        ids["account known (account != null)"] += bool(l["account"])
        ids["sender_is_owner"] += l["sender_is_owner"]
        ids["account known but sender not owner"] += bool(l["account"]) and not l["sender_is_owner"]
        ids["asks_refund"] += l["asks_refund"]
        ids["withdrawal"] += l["withdrawal"]
        ids["ambiguous"] += l["ambiguous"]
        ids["reason_keywords given"] += bool(l["reason_keywords"])
    mime = collections.Counter()
    for e, l, raw, m in rows:
        if m is None:
            continue
        mime["Content-Type " + m.get_content_type()] += 1
        for part in m.walk():
            cte = part.get("Content-Transfer-Encoding")
            if cte and not part.is_multipart():
                mime["part CTE " + cte.lower()] += 1
        s = m.get("Subject")
        if s is None:
            mime["no Subject"] += 1
        elif b"=?" in raw.split(b"\r\n\r\n")[0] and re.search(rb"^Subject: =\?", raw, re.M):
            mime["RFC 2047 Subject"] += 1
        if re.search(rb"^From: =\?", raw, re.M):
            mime["RFC 2047 display name"] += 1
        if m.get("In-Reply-To"):
            mime["In-Reply-To"] += 1
        if m.get("Auto-Submitted"):
            mime["Auto-Submitted header"] += 1
    ik_lines = ["| intent | kind | count |", "| --- | --- | ---: |"]
    for (a, b), v in sorted(ik.items()):
        ik_lines.append("| %s | %s | %d |" % (a, b, v))
    band_lines = ["| intent | band | count |", "| --- | --- | ---: |"]
    for (a, b), v in sorted(bands.items()):
        band_lines.append("| %s | %s | %d |" % (a, b, v))
    status = collections.Counter(a["status"] for a in accounts.values())
    plans = collections.Counter(a["plan"] for a in accounts.values())
    block = "\n\n".join([
        "Messages: **%d**; accounts in accounts.csv: **%d** (plans: %s; status: %s)." % (
            len(rows), len(accounts), ", ".join("%s %d" % kv for kv in sorted(plans.items())),
            ", ".join("%s %d" % kv for kv in sorted(status.items()))),
        table(intents, "intent"),
        "\n".join(ik_lines),
        "\n".join(band_lines),
        table(reasons, "reason_code (cancellations)"),
        table(ids, "identification / flags"),
        table(forms, "form"),
        table(mime, "MIME feature"),
        "Non-native English writers: **%d**\n\n" % sum(who.values()) + table(who, "writer background"),
    ])
    with open(path, encoding="utf-8") as fh:
        txt = fh.read()
    new = re.sub(r"(<!-- counts:start -->\n).*?(<!-- counts:end -->)", lambda mm: mm.group(1) + block + "\n" + mm.group(2),
                 txt, flags=re.S)
    if new != txt:
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(new)


if __name__ == "__main__":
    sys.exit(main())
