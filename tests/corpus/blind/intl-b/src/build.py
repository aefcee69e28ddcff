#!/usr/bin/env python3
"""Render the hand-written de/es/fr/pt blind corpus (intl-b, and intl-c through its shim) into .eml + .json files.

Usage: python3 src/build.py          (rebuild everything, run the checks)

The texts live in src/batchNN.py (hand-written, one dict per message).
This script only chooses the MIME wrapping (Gmail / Outlook / Apple /
plain / DSN ...) named by each message's `form`/`mime`, writes the label
JSON, the accounts CSV, checks everything and updates the README counts.
Deterministic: the same sources give byte-identical output.
"""
import base64
import collections
import csv
import datetime as dt
import email
import email.charset
import email.policy
import email.utils
import hashlib
import html as htmlmod
import importlib
import io
import json
import random
import re
import sys
from email.header import Header
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "messages"
sys.path.insert(0, str(HERE))

import common  # noqa: E402  (this writer's: its account-number range)

SUPPORT = "support@crmrunner.example"
CRLF = "\r\n"

INTENTS = {"cancellation", "other", "auto_reply", "bounce"}
KINDS = {"request", "request_seat", "forward_request", "follow_up", "plan_change",
         "pause", "downgrade", "how_to", "hypothetical", "already_cancelled",
         "refund_only", "order_cancel", "meeting_cancel", "newsletter_unsubscribe",
         "data_deletion", "withdrawal", "thanks", "question", "bug_report", "sales",
         "auto_reply", "bounce", "list_mail", "other"}
BANDS = {"clear", "maybe", "not"}
LANGS = ("de", "es", "fr", "pt")
DEFAULT_TZ = {"de": "Europe/Berlin", "es": "Europe/Madrid", "fr": "Europe/Paris", "pt": "America/Sao_Paulo"}
REASONS = {"too_expensive", "missing_features", "switched_service", "unused",
           "customer_service", "too_complex", "low_quality", "business_closed", "other"}


def h(*parts, n=16):
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- headers

def enc_words(s, charset="utf-8", q=True):
    if all(ord(c) < 128 for c in s):
        return s
    cs = email.charset.Charset(charset)
    cs.header_encoding = email.charset.QP if q else email.charset.BASE64
    return Header(s, cs, maxlinelen=76).encode(linesep=CRLF)


def fmt_addr(name, addr, style="q", charset="utf-8"):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            name = '"' + name.replace('\\', '\\\\').replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    return f"{enc_words(name, charset, q=(style != 'b'))} <{addr}>"


def parse_frm(frm, acct_email):
    """'Name' -> Name <account email>; 'a@b' -> bare; 'Name <a@b>' as is."""
    m = re.match(r"^(.*?)\s*<([^>]+)>$", frm)
    if m:
        return m.group(1).strip().strip('"'), m.group(2)
    if "@" in frm:
        return None, frm
    if not acct_email:
        raise ValueError(f"From {frm!r} without address and no account")
    return frm, acct_email


# ---------------------------------------------------------------- bodies

def qp(text, charset="utf-8"):
    cs = email.charset.Charset(charset)
    raw = text.encode(charset).decode("latin-1")
    return email.quoprimime.body_encode(raw, maxlinelen=76, eol=CRLF)


def b64(data):
    return base64.encodebytes(data).decode("ascii").replace("\n", CRLF)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", CRLF)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra_params="", extra_headers=()):
    """A single text part: headers + encoded body (str, ascii or 8bit)."""
    text = crlf(text)
    if cte == "7bit" and any(ord(c) > 127 for c in text):
        cte = "quoted-printable"
    hdr = [f"Content-Type: {ctype}; charset=\"{charset}\"{extra_params}" if charset else f"Content-Type: {ctype}"]
    hdr.append(f"Content-Transfer-Encoding: {cte}")
    hdr.extend(extra_headers)
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text.encode(charset))
    elif cte in ("8bit", "7bit"):
        body = text.encode(charset).decode("latin-1") if charset else text
    else:
        raise ValueError(cte)
    if not body.endswith(CRLF):
        body += CRLF
    return CRLF.join(hdr) + CRLF + CRLF + body


def multipart(subtype, parts, boundary, extra=""):
    out = [f"Content-Type: multipart/{subtype};{CRLF} boundary=\"{boundary}\"{extra}", "", ""]
    s = CRLF.join(out[:1]) + CRLF + CRLF
    for p in parts:
        s += f"--{boundary}{CRLF}{p}"
        if not s.endswith(CRLF):
            s += CRLF
    s += f"--{boundary}--{CRLF}"
    return s


# ------------------------------------------------------------- HTML styles

def esc(s):
    return htmlmod.escape(s, quote=False)


def split_quote(text):
    """Yield ('text'|'quote', lines) groups; '>' lines are quotes."""
    groups = []
    for line in text.split("\n"):
        kind = "quote" if line.startswith(">") else "text"
        if kind == "quote":
            line = re.sub(r"^> ?", "", line)
        if groups and groups[-1][0] == kind:
            groups[-1][1].append(line)
        else:
            groups.append((kind, [line]))
    return groups


def gmail_html(text):
    def block(lines):
        out = []
        for ln in lines:
            out.append("<div><br></div>" if not ln.strip() else f"<div>{esc(ln)}</div>")
        return "".join(out)

    def render(t, depth=0):
        res = []
        groups = split_quote(t)
        for idx, (kind, lines) in enumerate(groups):
            if kind == "text":
                res.append(block(lines))
            else:
                res.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                           + render("\n".join(lines), depth + 1) + "</blockquote>")
        return "".join(res)
    return f'<div dir="ltr">{render(text)}</div>' + CRLF


def apple_html(text):
    parts = []
    for kind, lines in split_quote(text):
        inner = "".join("<div><br></div>" if not ln.strip() else f"<div>{esc(ln)}</div>" for ln in lines)
        if kind == "quote":
            inner = f'<blockquote type="cite"><div dir="ltr">{inner}</div></blockquote>'
        parts.append(inner)
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto" style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
            'line-break: after-white-space;">' + "".join(parts) + "</body></html>" + CRLF)


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.{stylename}
	{{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="{langattr}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""

QUOTE_HDR = re.compile(r"^(Von|De|From|Gesendet|Enviado|Enviado el|Enviada|Envoyé|Sent|An|À|Para|To|Cc|CC|Betreff|Asunto|Assunto|Objet|Subject|Fecha|Datum|Data|Date) ?:\s")


def outlook_html(text, sig, lang, charset="utf-8"):
    langattr = {"de": "DE", "es": "ES", "fr": "FR", "pt": "PT-BR"}.get(lang, "EN-US")
    stylename = {"de": "E-MailFormatvorlage17", "es": "EstiloCorreo17", "fr": "Styledecourrierlectronique17", "pt": "EstilodeEmail17"}.get(lang, "EmailStyle17")
    out = [OUTLOOK_HEAD.format(charset=charset, langattr=langattr, stylename=stylename)]
    lines = text.split("\n")
    in_quote = False
    prev_blank = True
    for ln in lines:
        if ln.startswith("-----") or (prev_blank and re.match(r"^(Von|De|From) ?:\s", ln)):
            if not in_quote:
                out.append('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
                in_quote = True
            if ln.startswith("-----"):
                out.append(f'<p class="MsoNormal">{esc(ln)}<o:p></o:p></p>\n')
                prev_blank = False
                continue
        if not ln.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        elif in_quote and QUOTE_HDR.match(ln):
            key, rest = ln.split(":", 1)
            out.append(f'<p class="MsoNormal"><b><span lang="{langattr}">{esc(key)}:</span></b>'
                       f'<span lang="{langattr}">{esc(rest)}<o:p></o:p></span></p>\n')
        else:
            out.append(f'<p class="MsoNormal"><span lang="{langattr}">{esc(ln)}</span><o:p></o:p></p>\n')
        prev_blank = not ln.strip()
        if in_quote and not ln.strip() and False:
            pass
    if sig:
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        out.append('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" '
                   'style="border-collapse:collapse">\n<tr>\n<td width="301" valign="top" '
                   'style="width:225.75pt;padding:0cm 5.4pt 0cm 5.4pt">\n')
        for i, s in enumerate(sig):
            st = ' style="font-size:10.0pt;color:#1F3864"' if i else ' style="font-size:10.0pt;color:#1F3864;font-weight:bold"'
            out.append(f'<p class="MsoNormal"><span{st}>{esc(s)}<o:p></o:p></span></p>\n')
        out.append('</td>\n</tr>\n</table>\n')
    if in_quote:
        out.append("</div>\n</div>\n")
    out.append("</div>\n</body>\n</html>\n")
    return crlf("".join(out))


def with_sig(text, sig, dashes=False):
    if not sig:
        return text
    sep = "\n-- \n" if dashes else "\n\n"
    # put the signature before any quoted part
    return text.rstrip("\n") + sep + "\n".join(sig) + "\n"


def sig_before_quote(text, sig, dashes=False):
    if not sig:
        return text
    m = re.search(r"\n(?=(-----|Von: |De: |De : |From: |Am .* schrieb|El .* escribió|Le .* a écrit|Em .* escreveu|On .* wrote|>))", text)
    if m:
        head, tail = text[:m.start()], text[m.start():]
        return with_sig(head, sig, dashes).rstrip("\n") + "\n" + tail
    return with_sig(text, sig, dashes)


# ------------------------------------------------------------- message ids

def message_id(spec, addr, style):
    k = h(spec["n"], spec["date"], n=40)
    dom = addr.split("@")[-1]
    if style in ("gmail-alt", "gmail"):
        s = base64.b64encode(bytes.fromhex(k)).decode().replace("/", "_")[:44]
        return f"<CA{s}@mail.gmail.example>"
    if style.startswith("outlook") or style in ("cp1252", "exchange-dsn"):
        host = "AM" if int(k[0], 16) < 8 else "DB"
        box = f"{host}{int(k[1], 16) % 10}PR0{int(k[2], 16) % 9 + 1}MB{int(k[3:7], 16) % 9000 + 1000}"
        return f"<{box}{k[7:27].upper()}@{box}.eurprd0{int(k[2], 16) % 9 + 1}.prod.outlook.example>"
    if style in ("apple-alt", "iphone"):
        u = k.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
    if style in ("flowed",):
        return f"<{k[:8]}-{k[8:12]}-{k[12:16]}-{k[16:20]}-{k[20:32]}@{dom}>"
    if style in ("dsn",):
        return f"<{k[:12].upper()}.{k[12:18].upper()}@{dom}>"
    return f"<{k[:14]}.{int(k[14:20], 16)}@{dom}>"


def local_dt(spec, default_tz):
    tzname = spec.get("tz") or default_tz
    d = dt.datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    sec = int(h(spec["n"], "sec", n=4), 16) % 60
    d = d.replace(second=sec, tzinfo=ZoneInfo(tzname))
    return d


# ------------------------------------------------------------- rendering

X_MAILER = {
    "outlook-alt": "X-Mailer: Microsoft Outlook 16.0",
    "outlook-html": "X-Mailer: Microsoft Outlook 16.0",
    "cp1252": "X-Mailer: Microsoft Outlook 16.0",
    "apple-alt": "X-Mailer: Apple Mail (2.3826.300.87.4.3)",
    "iphone": "X-Mailer: iPhone Mail (22D72)",
    "flowed": "User-Agent: Mozilla Thunderbird",
}


def flow(text, width=72):
    """RFC 3676 format=flowed: soft line breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if line == "-- " or len(line) <= width:
            out.append(line.rstrip(" ") if line != "-- " else line)
            continue
        prefix = re.match(r"^(>+ ?)?", line).group(0)
        words = line[len(prefix):].split(" ")
        cur = ""
        for w in words:
            if cur and len(prefix) + len(cur) + len(w) + 1 > width:
                out.append(prefix + cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(prefix + cur)
    return "\n".join(out)


def render_body(spec, mime, lang):
    """Return (content headers+body string, message-id style)."""
    text = spec["body"]
    sig = spec.get("sig")
    if mime == "plain-7bit":
        return leaf("text/plain", sig_before_quote(text, sig), "us-ascii", "7bit"), mime
    if mime == "plain-8bit":
        return leaf("text/plain", sig_before_quote(text, sig), "utf-8", "8bit"), mime
    if mime in ("plain-qp", "auto"):
        return leaf("text/plain", sig_before_quote(text, sig), "utf-8", "quoted-printable"), mime
    if mime == "base64":
        return leaf("text/plain", sig_before_quote(text, sig), "utf-8", "base64"), mime
    if mime == "android":
        return leaf("text/plain", sig_before_quote(text, sig), "utf-8", "base64"), mime
    if mime == "latin1":
        return leaf("text/plain", sig_before_quote(text, sig), "iso-8859-1", "quoted-printable"), mime
    if mime == "latin1-8bit":
        return leaf("text/plain", sig_before_quote(text, sig), "iso-8859-1", "8bit"), mime
    if mime == "latin9":
        return leaf("text/plain", sig_before_quote(text, sig), "iso-8859-15", "8bit"), mime
    if mime == "cp1252":
        return leaf("text/plain", sig_before_quote(text, sig), "windows-1252", "quoted-printable"), mime
    if mime == "flowed":
        t = flow(sig_before_quote(text, sig, dashes=True))
        return leaf("text/plain", t, "UTF-8", "8bit", "; format=flowed"), mime
    if mime == "iphone":
        return leaf("text/plain", text, "utf-8", "quoted-printable"), mime
    bnd = h(spec["n"], "bnd", n=28)
    if mime == "gmail-alt":
        t = sig_before_quote(text, sig, dashes=True)
        plain = leaf("text/plain", t, "UTF-8", "quoted-printable" if any(ord(c) > 127 for c in t) else "7bit")
        htm = spec.get("html") or gmail_html(t)
        hpart = leaf("text/html", htm, "UTF-8", "quoted-printable")
        return multipart("alternative", [plain, hpart], "000000000000" + bnd[:16]), mime
    if mime == "apple-alt":
        t = sig_before_quote(text, sig)
        plain = leaf("text/plain", t, "utf-8", "quoted-printable")
        hpart = leaf("text/html", spec.get("html") or apple_html(t), "utf-8", "quoted-printable")
        u = bnd.upper()
        return multipart("alternative", [plain, hpart], f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:28]}0000"), mime
    if mime in ("outlook-alt", "outlook-html", "outlook-latin1"):
        cs = "iso-8859-1" if mime == "outlook-latin1" else "utf-8"
        htm = spec.get("html") or outlook_html(text, sig, lang, cs)
        hpart = leaf("text/html", htm, cs, "quoted-printable")
        if mime == "outlook-html":
            return hpart, mime
        plain = leaf("text/plain", sig_before_quote(text, sig), cs, "quoted-printable")
        return multipart("alternative", [plain, hpart], f"_000_{bnd[:20].upper()}_"), "outlook-alt"
    raise ValueError(f"unknown mime {mime}")


def pdf_stub(name, seed):
    body = (f"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            f"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% {name} {seed}\n"
            f"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return body.encode("latin-1")


def fname_param(name):
    if all(ord(c) < 128 for c in name):
        return f'filename="{name}"'
    enc = "".join(chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in ".-_" else "%%%02X" % b
                  for b in name.encode("utf-8"))
    return f"filename*=utf-8''{enc}"


def attachment_part(name, seed):
    data = pdf_stub(name, seed)
    ctype = "application/pdf"
    if not name.lower().endswith(".pdf"):
        ctype = "application/octet-stream"
    fn = name
    return (f"Content-Type: {ctype}; name=\"{fn}\"{CRLF}Content-Disposition: attachment;{CRLF}"
            f" filename=\"{fn}\"{CRLF}Content-Transfer-Encoding: base64{CRLF}{CRLF}" + b64(data))


def render_message(spec, ids, accounts, default_tz, lang, is_inner=False):
    acct = accounts.get(spec.get("acct")) if spec.get("acct") else None
    name, addr = parse_frm(spec["frm"], acct["email"] if acct else None)
    form = spec.get("form") or "plain-qp"
    mime = spec.get("mime") or {
        "forward-inline": "gmail-alt", "forward-rfc822": "plain-qp",
        "reply-above-quote": "plain-qp", "attachment-pdf": "plain-qp",
        "auto-reply": "plain-qp", "follow-up": "plain-qp",
    }.get(form, form)
    d = local_dt(spec, default_tz)
    hdrs = []
    style = mime
    if form in ("dsn", "exchange-dsn"):
        style = "dsn" if form == "dsn" else "exchange-dsn"
    mid = ids[spec["n"]]
    hstyle = "b" if mime.startswith("outlook") or mime == "cp1252" else "q"
    hcs = {"latin1": "iso-8859-1", "latin1-8bit": "iso-8859-1", "latin9": "iso-8859-15",
           "cp1252": "windows-1252", "outlook-latin1": "iso-8859-1"}.get(mime, "utf-8")
    hdrs.append("From: " + fmt_addr(name, addr, hstyle, hcs))
    to = spec.get("to") or SUPPORT
    hdrs.append("To: " + to)
    if spec.get("cc"):
        hdrs.append("Cc: " + spec["cc"])
    if spec.get("subj") is not None:
        hdrs.append("Subject: " + enc_words(spec["subj"], hcs, q=(hstyle == "q")))
    hdrs.append("Date: " + email.utils.format_datetime(d))
    hdrs.append("Message-ID: " + mid)
    irt = spec.get("irt")
    if irt:
        irt_id = ids.get(irt, irt)
        hdrs.append("In-Reply-To: " + irt_id)
        refs = spec.get("refs") or []
        refs = [ids.get(r, r) for r in refs]
        if irt_id not in refs:
            refs.append(irt_id)
        hdrs.append("References: " + (CRLF + " ").join(refs))
    for k_, v in (spec.get("hdrs") or {}).items():
        hdrs.append(f"{k_}: {v}")
    if mime in X_MAILER and not any(x.lower().startswith(("x-mailer", "user-agent")) for x in hdrs):
        hdrs.append(X_MAILER[mime])
    if mime == "iphone":
        hdrs.append("Mime-Version: 1.0 (1.0)")
    else:
        hdrs.append("MIME-Version: 1.0")
    if mime.startswith("outlook") or mime == "cp1252":
        hdrs.append("Content-Language: " + {"de": "de-DE", "es": "es-ES", "fr": "fr-FR", "pt": "pt-BR"}.get(lang, "en-US"))

    if form in ("dsn", "exchange-dsn"):
        body = render_dsn(spec, ids, accounts, default_tz, lang, d)
    elif form == "mdn":
        body = render_mdn(spec, ids, addr)
    else:
        body, _ = render_body(spec, mime, lang)
        if spec.get("inner") or spec.get("attach"):
            parts = [body]
            for a in spec.get("attach") or []:
                parts.append(attachment_part(a, spec["n"]))
            if spec.get("inner"):
                inner = dict(spec["inner"])
                inner.setdefault("n", spec["n"] + "-inner")
                inner.setdefault("form", inner.get("mime") or "plain-qp")
                inner_ids = dict(ids)
                inner_ids[inner["n"]] = message_id(inner, parse_frm(inner["frm"], None)[1],
                                                   inner.get("mime") or "plain-qp")
                inner_bytes = render_message(inner, inner_ids, accounts, inner.get("tz") or default_tz, lang, True)
                parts.append(f"Content-Type: message/rfc822{CRLF}Content-Disposition: attachment;{CRLF}"
                             f" {fname_param(inner.get('fname') or 'message.eml')}{CRLF}{CRLF}"
                             + inner_bytes.decode("latin-1"))
            body = multipart("mixed", parts, "----=_Part_" + h(spec["n"], "mixed", n=20))
    raw = CRLF.join(hdrs) + CRLF + body
    return raw.encode("latin-1")


def render_mdn(spec, ids, addr):
    md = spec["mdn"]
    bnd = "----=_NextPart_" + h(spec["n"], "mdn", n=24).upper()
    human = leaf("text/plain", spec["body"], "utf-8", "quoted-printable")
    orig = ids.get(md["original"], md["original"])
    notif = (f"Content-Type: message/disposition-notification{CRLF}{CRLF}"
             f"Reporting-UA: {md.get('ua', 'Microsoft Outlook 16.0')}{CRLF}"
             f"Final-Recipient: rfc822;{addr}{CRLF}"
             f"Original-Message-ID: {orig}{CRLF}"
             f"Disposition: manual-action/MDN-sent-manually; displayed{CRLF}")
    return multipart("report", [human, notif], bnd, extra="; report-type=disposition-notification")


def render_dsn(spec, ids, accounts, default_tz, lang, d):
    ds = spec["dsn"]
    bnd = h(spec["n"], "dsn", n=16).upper()
    human = leaf("text/plain", ds["human"], "utf-8" if any(ord(c) > 127 for c in ds["human"]) else "us-ascii",
                 "quoted-printable" if any(ord(c) > 127 for c in ds["human"]) else "7bit",
                 extra_headers=("Content-Description: Notification",))
    arr = email.utils.format_datetime(d - dt.timedelta(seconds=9))
    status = (f"Reporting-MTA: dns; {ds['mta']}{CRLF}"
              f"X-Postfix-Queue-ID: {bnd[:10]}{CRLF}" if ds.get("postfix") else
              f"Reporting-MTA: dns; {ds['mta']}{CRLF}")
    status += f"Arrival-Date: {arr}{CRLF}{CRLF}"
    status += f"Final-Recipient: rfc822; {ds['rcpt']}{CRLF}"
    if ds.get("orig"):
        status += f"Original-Recipient: rfc822;{ds['orig']}{CRLF}"
    status += f"Action: {ds.get('action', 'failed')}{CRLF}Status: {ds['status']}{CRLF}"
    if ds.get("remote"):
        status += f"Remote-MTA: dns; {ds['remote']}{CRLF}"
    status += f"Diagnostic-Code: {ds['diag']}{CRLF}"
    dpart = f"Content-Type: message/delivery-status{CRLF}Content-Description: Delivery report{CRLF}{CRLF}" + status
    ret = dict(ds["returned"])
    ret.setdefault("n", spec["n"] + "-returned")
    rids = dict(ids)
    ret_addr = parse_frm(ret["frm"], None)[1]
    rids[ret["n"]] = ret.get("mid") or message_id(ret, ret_addr, ret.get("mime") or "plain-qp")
    ret.setdefault("form", ret.get("mime") or "plain-qp")
    rbytes = render_message(ret, rids, accounts, ret.get("tz") or default_tz, lang, True).decode("latin-1")
    if ds.get("headers_only"):
        rbytes = rbytes.split(CRLF + CRLF, 1)[0] + CRLF
        rpart = f"Content-Type: text/rfc822-headers{CRLF}Content-Description: Undelivered Message Headers{CRLF}{CRLF}" + rbytes
    else:
        rpart = f"Content-Type: message/rfc822{CRLF}Content-Description: Undelivered Message{CRLF}{CRLF}" + rbytes
    return multipart("report", [human, dpart, rpart], f"{bnd}.{int(bnd[:6], 16)}/{ds['mta']}",
                     extra=f"; report-type=delivery-status")


# ------------------------------------------------------------- accounts

PRICES = {
    ("EUR", "monthly"): ["19.00", "49.00", "99.00"], ("EUR", "yearly"): ["190.00", "490.00", "990.00"],
    ("USD", "monthly"): ["19.00", "49.00", "99.00"], ("USD", "yearly"): ["190.00", "490.00", "990.00"],
    ("CHF", "monthly"): ["21.00", "54.00", "109.00"], ("CHF", "yearly"): ["210.00", "540.00", "1090.00"],
    ("BRL", "monthly"): ["99.00", "249.00", "499.00"], ("BRL", "yearly"): ["990.00", "2490.00", "4990.00"],
    ("CAD", "monthly"): ["25.00", "65.00", "129.00"], ("CAD", "yearly"): ["250.00", "650.00", "1290.00"],
    ("MXN", "monthly"): ["399.00", "999.00", "1999.00"], ("MXN", "yearly"): ["3990.00", "9990.00", "19990.00"],
}
TIERS = {"starter": 0, "pro": 1, "team": 2}


def finish_accounts(raw_accounts, first_dates):
    out = {}
    for a in raw_accounts:
        num = a["account_number"]
        rng = random.Random(int(num))
        plan = a.get("plan") or ("monthly" if rng.random() < 0.68 else "yearly")
        status = a.get("status", "active")
        cur = a.get("cur", "EUR")
        tier = a.get("tier") or rng.choices(["starter", "pro", "team"], [45, 40, 15])[0]
        price = a.get("price") or PRICES[(cur, plan)][TIERS[tier]]
        first = first_dates.get(num, dt.date(2026, 6, 1))
        if a.get("start"):
            start = dt.date.fromisoformat(a["start"])
        elif status == "trial":
            start = first - dt.timedelta(days=rng.randint(2, 10))
        else:
            lo = dt.date(2024, 1, 8)
            hi = first - dt.timedelta(days=40)
            start = lo + dt.timedelta(days=rng.randint(0, max(0, (hi - lo).days)))
        trial_end = a.get("trial_end", "")
        if status == "trial" and not trial_end:
            trial_end = (start + dt.timedelta(days=14)).isoformat()
        out[num] = dict(account_number=num, username=a["username"], email=a["email"], plan=plan,
                        status=status, started_on=start.isoformat(), price=price, currency=cur,
                        trial_ends_on=trial_end)
    return out


# ------------------------------------------------------------- checks

def decoded_text(msg):
    chunks = [str(msg.get("Subject") or "")]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ("text/plain", "text/html") and not part.is_attachment() or ct in ("text/plain", "text/html"):
            try:
                t = part.get_content()
            except Exception as e:  # noqa
                raise RuntimeError(f"cannot decode part {ct}: {e}")
            if ct == "text/html":
                t = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", t)
                t = re.sub(r"<[^>]+>", " ", t)
                t = htmlmod.unescape(t)
            chunks.append(t)
        elif ct == "message/rfc822":
            sub = part.get_content()
            chunks.append(str(sub.get("Subject") or ""))
    return "\n".join(chunks)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).lower()


def check(specs, labels, accounts, paths):
    problems = []
    seen_mid = {}
    emails = collections.Counter(a["email"].lower() for a in accounts.values())
    users = collections.Counter(a["username"].lower() for a in accounts.values())
    for e, c in emails.items():
        if c > 1:
            problems.append(f"accounts: email {e} used {c} times")
    for u, c in users.items():
        if c > 1:
            problems.append(f"accounts: username {u} used {c} times")
    by_email = {a["email"].lower(): a["account_number"] for a in accounts.values()}
    for a in accounts.values():
        n = int(a["account_number"])
        if n not in common.NUMBERS or len(a["account_number"]) != 7:
            problems.append(f"accounts: bad number {n}")
        if not re.search(r"@([a-z0-9-]+\.)*(example|example\.(com|net|org))$", a["email"]):
            problems.append(f"accounts: non-reserved email {a['email']}")
    for spec, lab, path in zip(specs, labels, paths):
        p = path.name
        raw = path.read_bytes()
        if b"\n" in raw.replace(b"\r\n", b""):
            problems.append(f"{p}: bare LF")
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
        except Exception as e:
            problems.append(f"{p}: parse error {e}")
            continue
        for part in msg.walk():
            if part.defects:
                problems.append(f"{p}: defects {part.defects}")
        for hname in ("From", "Date", "Message-ID", "MIME-Version", "Content-Type", "To"):
            if msg.get(hname) is None:
                problems.append(f"{p}: missing {hname}")
        mid = str(msg["Message-ID"]).strip()
        if mid in seen_mid:
            problems.append(f"{p}: duplicate Message-ID with {seen_mid[mid]}")
        seen_mid[mid] = p
        dd = msg["Date"].datetime
        if not (dt.datetime(2026, 1, 5, tzinfo=dt.timezone(dt.timedelta(hours=14))) <= dd
                <= dt.datetime(2026, 11, 20, 23, 59, tzinfo=dt.timezone(dt.timedelta(hours=-12)))):
            problems.append(f"{p}: date out of range {dd}")
        try:
            text = decoded_text(msg)
        except Exception as e:
            problems.append(f"{p}: {e}")
            continue
        nt = norm(text)
        digits = re.sub(r"[\s.\-/]", "", text)
        # labels
        if lab["intent"] not in INTENTS:
            problems.append(f"{p}: intent {lab['intent']}")
        if lab["kind"] not in KINDS:
            problems.append(f"{p}: kind {lab['kind']}")
        if lab["band"] not in BANDS:
            problems.append(f"{p}: band {lab['band']}")
        if lab["reason_code"] is not None and lab["reason_code"] not in REASONS:
            problems.append(f"{p}: reason_code {lab['reason_code']}")
        if lab["intent"] != "cancellation" and lab["reason_code"] is not None:
            problems.append(f"{p}: reason_code on non-cancellation")
        if lab["intent"] == "cancellation" and lab["reason_keywords"] and lab["reason_code"] is None:
            problems.append(f"{p}: reason keywords but no reason_code")
        if lab["intent"] == "cancellation" and not lab["reason_keywords"] and lab["reason_code"] is not None:
            problems.append(f"{p}: reason_code without keywords")
        if len(lab["reason_keywords"]) > 3:
            problems.append(f"{p}: >3 reason keywords")
        for kw in lab["reason_keywords"]:
            if kw != kw.lower():
                problems.append(f"{p}: keyword not lowercase {kw!r}")
            if norm(kw) not in nt:
                problems.append(f"{p}: reason keyword {kw!r} not in text")
        if lab["intent"] == "auto_reply" and lab["kind"] != "auto_reply":
            problems.append(f"{p}: auto_reply kind")
        if lab["intent"] == "bounce" and lab["kind"] != "bounce":
            problems.append(f"{p}: bounce kind")
        if lab["band"] == "clear" and lab["intent"] != "cancellation":
            problems.append(f"{p}: band clear on non-cancellation")
        if lab["band"] == "not" and lab["intent"] == "cancellation":
            problems.append(f"{p}: band not on cancellation")
        if lab["ambiguous"] and lab["band"] != "maybe":
            problems.append(f"{p}: ambiguous but band {lab['band']}")
        an = lab["account_number"]
        if an is not None:
            if not re.fullmatch(r"\d{7}", an):
                problems.append(f"{p}: account_number {an}")
            if an not in accounts:
                problems.append(f"{p}: account_number {an} not in accounts.csv")
            if an not in digits:
                problems.append(f"{p}: account_number {an} not in text")
        if lab["account"] is not None and lab["account"] not in accounts:
            problems.append(f"{p}: account {lab['account']} not in accounts.csv")
        if lab["username"] is not None and lab["username"].lower() not in text.lower():
            problems.append(f"{p}: username {lab['username']} not in text")
        if lab["email_given"] is not None:
            if lab["email_given"].lower() not in text.lower():
                problems.append(f"{p}: email_given not in text")
            if lab["email_given"].lower() not in by_email:
                problems.append(f"{p}: email_given {lab['email_given']} not a registered email")
        for dcy in lab["decoy_ids"]:
            if dcy.lower() not in text.lower():
                problems.append(f"{p}: decoy {dcy!r} not in text")
            if re.sub(r"\D", "", dcy) in accounts and len(re.sub(r"\D", "", dcy)) == 7:
                problems.append(f"{p}: decoy {dcy} collides with an account number")
        frm = msg["From"].addresses[0].addr_spec.lower() if msg["From"].addresses else ""
        if frm in by_email and lab["account"] != by_email[frm] and not spec.get("other_owner_ok"):
            problems.append(f"{p}: sender {frm} is registered to {by_email[frm]} but account={lab['account']}")
        if lab["sender_is_owner"] and lab["account"] is None:
            problems.append(f"{p}: owner without account")
        if lab["language"] not in LANGS:
            problems.append(f"{p}: language")
        if lab["kind"] == "withdrawal" and not lab["withdrawal"]:
            problems.append(f"{p}: withdrawal kind without flag")
        for addr in re.findall(r"[\w.+-]+@[\w.-]+\w", text):
            if not re.search(r"(\.example|example\.(com|net|org))$", addr.lower()):
                problems.append(f"{p}: non-reserved address in text {addr}")
        if not lab["notes"]:
            problems.append(f"{p}: no notes")
    return problems


# ------------------------------------------------------------- main

LABEL_KEYS = ["intent", "kind", "band", "account_number", "username", "email_given", "account",
              "sender_is_owner", "decoy_ids", "language", "asks_refund", "withdrawal",
              "reason_keywords", "reason_code", "ambiguous", "form", "notes"]


def load_batches():
    specs, raw_accounts = [], []
    for f in sorted(HERE.glob("batch*.py")):
        mod = importlib.import_module(f.stem)
        lang = getattr(mod, "LANG", None)
        tz = getattr(mod, "TZ", None)
        raw_accounts.extend(getattr(mod, "ACCOUNTS", []))
        for s in mod.MESSAGES:
            s = dict(s)
            s["lang"] = s.get("lang") or lang
            s["default_tz"] = s.get("tz") or (DEFAULT_TZ[s["lang"]] if not tz else tz)
            s["batch"] = f.stem
            specs.append(s)
    return specs, raw_accounts


def counts_md(labels, specs):
    lines = []
    c = collections.Counter
    tot = len(labels)
    lines.append("| | |\n| --- | --- |")
    lines.append(f"| messages | {tot} |")
    for lang in LANGS:
        L = [l for l in labels if l["language"] == lang]
        lines.append(f"| {lang}: messages | {len(L)} |")
        lines.append(f"| {lang}: intent | " + ", ".join(f"{k} {v}" for k, v in c(l['intent'] for l in L).most_common()) + " |")
        lines.append(f"| {lang}: band | " + ", ".join(f"{k} {v}" for k, v in c(l['band'] for l in L).most_common()) + " |")
        lines.append(f"| {lang}: ambiguous | {sum(l['ambiguous'] for l in L)} |")
    lines.append("")
    lines.append("Language × intent × kind:")
    lines.append("")
    lines.append("| language | intent | kind | n |\n| --- | --- | --- | --- |")
    for (lang, it, k), v in sorted(c((l["language"], l["intent"], l["kind"]) for l in labels).items()):
        lines.append(f"| {lang} | {it} | {k} | {v} |")
    lines.append("")
    lines.append("Forms (the `form` label):")
    lines.append("")
    lines.append("| form | " + " | ".join(LANGS) + " |\n| --- |" + " --- |" * len(LANGS))
    fc = c((l["form"], l["language"]) for l in labels)
    for form in sorted({l["form"] for l in labels}):
        lines.append(f"| {form} | " + " | ".join(str(fc[(form, lg)]) for lg in LANGS) + " |")
    lines.append("")
    lines.append("Other properties:")
    lines.append("")
    lines.append("| property | " + " | ".join(LANGS) + " |\n| --- |" + " --- |" * len(LANGS))
    def row(name, pred):
        lines.append(f"| {name} | " + " | ".join(
            str(sum(1 for l, s in zip(labels, specs) if l['language'] == lg and pred(l, s))) for lg in LANGS) + " |")
    row("sloppy or non-native writer", lambda l, s: s.get("sloppy"))
    row("account_number written", lambda l, s: l["account_number"] is not None)
    row("username written", lambda l, s: l["username"] is not None)
    row("registered email written in body", lambda l, s: l["email_given"] is not None)
    row("with decoy ids", lambda l, s: bool(l["decoy_ids"]))
    row("account known (account != null)", lambda l, s: l["account"] is not None)
    row("sender is owner", lambda l, s: l["sender_is_owner"])
    row("account known but sender is not owner", lambda l, s: l["account"] is not None and not l["sender_is_owner"])
    row("asks refund", lambda l, s: l["asks_refund"])
    row("withdrawal", lambda l, s: l["withdrawal"])
    row("with reason keywords", lambda l, s: bool(l["reason_keywords"]))
    row("threaded (In-Reply-To)", lambda l, s: bool(s.get("irt")))
    row("no Subject", lambda l, s: s.get("subj") is None)
    row("non-ASCII subject (RFC 2047)", lambda l, s: s.get("subj") is not None and any(ord(ch) > 127 for ch in s["subj"]))
    lines.append("")
    lines.append("Reason codes (cancellations): " + ", ".join(
        f"{k} {v}" for k, v in c(l["reason_code"] for l in labels if l["reason_code"]).most_common()))
    return "\n".join(lines)


def main():
    specs, raw_accounts = load_batches()
    names = collections.Counter(s["n"] for s in specs)
    dup = [n for n, v in names.items() if v > 1]
    if dup:
        sys.exit(f"duplicate slugs: {dup}")
    first_dates = {}
    for s in specs:
        if s.get("acct"):
            d = dt.date.fromisoformat(s["date"][:10])
            if s["acct"] not in first_dates or d < first_dates[s["acct"]]:
                first_dates[s["acct"]] = d
    accounts = finish_accounts(raw_accounts, first_dates)
    if len(accounts) != len(raw_accounts):
        sys.exit("duplicate account numbers")
    for s in specs:
        if s.get("acct") and s["acct"] not in accounts:
            sys.exit(f"{s['n']}: unknown account {s['acct']}")
    # ids first (threads refer to earlier messages)
    ids = {}
    for s in specs:
        acct = accounts.get(s.get("acct")) if s.get("acct") else None
        addr = parse_frm(s["frm"], acct["email"] if acct else None)[1]
        mime = s.get("mime") or s.get("form") or "plain-qp"
        style = "dsn" if s.get("form") == "dsn" else ("exchange-dsn" if s.get("form") == "exchange-dsn" else mime)
        ids[s["n"]] = message_id(s, addr, style)
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*"):
        old.unlink()
    labels, paths = [], []
    for idx, s in enumerate(specs, 1):
        stem = f"{idx:04d}-{s['n']}"
        raw = render_message(s, ids, accounts, s["default_tz"], s["lang"])
        path = OUT / f"{stem}.eml"
        path.write_bytes(raw)
        acct = accounts.get(s.get("acct")) if s.get("acct") else None
        addr = parse_frm(s["frm"], acct["email"] if acct else None)[1]
        lab = {
            "intent": s["intent"], "kind": s["kind"], "band": s["band"],
            "account_number": s["an"], "username": s["un"], "email_given": s["em"],
            "account": s.get("acct"),
            "sender_is_owner": bool(acct and acct["email"].lower() == addr.lower()),
            "decoy_ids": s["dec"], "language": s["lang"], "asks_refund": s["refund"],
            "withdrawal": s["wd"], "reason_keywords": s["rk"], "reason_code": s["rc"],
            "ambiguous": s["amb"], "form": s["form"], "notes": s["notes"],
        }
        assert list(lab) == LABEL_KEYS
        (OUT / f"{stem}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        labels.append(lab)
        paths.append(path)
    with open(ROOT / "accounts.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["account_number", "username", "email", "plan", "status", "started_on", "price",
                    "currency", "trial_ends_on"])
        for num in sorted(accounts):
            a = accounts[num]
            w.writerow([a[k] for k in ["account_number", "username", "email", "plan", "status",
                                       "started_on", "price", "currency", "trial_ends_on"]])
    problems = check(specs, labels, accounts, paths)
    # dates: account start before every message about it
    for s in specs:
        if s.get("acct"):
            if accounts[s["acct"]]["started_on"] > s["date"][:10]:
                problems.append(f"{s['n']}: account started after message")
    readme = ROOT / "README.md"
    if readme.exists():
        t = readme.read_text(encoding="utf-8")
        t = re.sub(r"(<!-- counts:start -->\n).*?(<!-- counts:end -->)",
                   lambda m: m.group(1) + counts_md(labels, specs) + "\n" + m.group(2), t, flags=re.S)
        readme.write_text(t, encoding="utf-8")
    for pr in problems:
        print("PROBLEM", pr)
    c = collections.Counter((l["language"], l["intent"]) for l in labels)
    print(f"{len(labels)} messages, {len(accounts)} accounts; " + ", ".join(f"{k[0]}/{k[1]} {v}" for k, v in sorted(c.items())))
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
