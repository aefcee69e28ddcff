from common import A, M

WINE = A(4036124, "cellar-door", "orders@hilltopwines.example", tier="P", start="2024-09-01", cur="AUD", price="69.00")
SHOE = A(4037455, "kasutsu", "yuki@kasutsu-shop.example", tier="S", start="2025-04-18")
TEXT = A(4038802, "anatolia-tekstil", "export@anatoliatekstil.example", tier="T", start="2024-05-05")
EVENT = A(4039016, "bali-moments", "putu@balimoments.example", tier="P", start="2025-07-07")
SAFARI = A(4040383, "mara-trails", "bookings@maratrails.example", tier="P", start="2025-02-02")
NGO = A(4041729, "hope-schools", "finance@hopeschools-ngo.example", plan="yearly", tier="T", start="2024-04-15")
DHAKA = A(4042250, "dhakaprint", "rahim@dhakaprint.example", tier="S", start="2025-10-01")
BAKE2 = A(4043611, "patisserie-lune", "camille@patisserielune.example", tier="S", start="2025-01-30", cur="EUR", price="19.00")
MUSIC = A(4044905, "violinstudio", "chiara.v@studiomusica.example", tier="S", start="2025-05-25")
SPA = A(4045178, "hello", "info@serenaspa-madrid.example", tier="P", start="2025-03-15", cur="EUR", price="49.00")
IT_MSP = A(4046390, "northbyte", "accounts@northbyte-it.example", tier="T", start="2024-01-20")
BREW = A(4047731, "hopscotch", "mgr@hopscotchbrewing.example", tier="P", start="2025-06-11")
KARACHI = A(4048064, "zaidi-traders", "imran@zaiditraders.example", tier="P", start="2025-08-01")
POTTERY = A(4049427, "claybody", "fern@claybodystudio.example", tier="S", start="2025-11-02")
MOVERS = A(4050816, "swiftmove", "dispatch@swiftmove.example", tier="T", start="2024-12-01")

RETENTION = """Hi {name},

Thanks for reaching out. Before we process anything, we wanted to let you know about a couple of options:

1. We can pause your account for up to 3 months at no charge.
2. We can move you to the Starter plan at $19/month, which keeps all your contacts.
3. We can apply a 40% discount for the next 6 months.

If none of those work for you, just reply and let us know and we'll take care of the cancellation.

Warm regards,
Olivia
CRM Runner Customer Success"""

MESSAGES = [
M(n=42, slug="winery-first-ask", frm=("Lachlan Reid", "orders@hilltopwines.example"),
  subj="Subscription", client="gmail", date="2026-05-02 11:30 +1000",
  body="""G'day,

We're a small winery in the Barossa and we've been using Runner for the cellar door mailing list and wholesale accounts. Harvest has been a shocker and we're cutting every cost we can.

Can you cancel us from the next billing date please.

Cheers,
Lachlan""",
  i="c", k="request", b="clear", acct=WINE, rk=["harvest has been a shocker", "cutting every cost we can"], rc="too_expensive",
  notes="Clear request; support replies with a retention offer (next message)."),

M(n=43, slug="winery-reply-to-offer", frm=("Lachlan Reid", "orders@hilltopwines.example"),
  subj="Re: Subscription", client="gmail", irt=42,
  body="""Thanks Olivia, appreciate it but none of those will work. Please go ahead.

Lachlan""",
  quote=dict(text=RETENTION.format(name="Lachlan")),
  i="c", k="follow_up", b="clear", acct=WINE,
  notes="'Please go ahead' meaningful only with the quoted retention offer: confirms the cancellation."),

M(n=44, slug="shoe-shop-takes-pause", frm=("Yuki Tanaka", "yuki@kasutsu-shop.example"),
  subj="Re: cancel", client="iphone", date="2026-08-20 13:10 +0900",
  body="""Thank you for kind offer. I will choose number 1, the pause for 3 months. In winter season I restart the shop again.

Yuki Tanaka""",
  quote=dict(text=RETENTION.format(name="Yuki")),
  who="jp", i="o", k="pause", b="not", acct=SHOE,
  notes="Accepts the pause offered in the quote instead of cancelling."),

M(n=45, slug="textile-turkish-close-account", frm=("Mehmet Yilmaz", "export@anatoliatekstil.example"),
  subj="About closing account", client="outlook", date="2026-03-17 10:45 +0300",
  sigtable=["Mehmet Yılmaz", "Export Manager", "Anatolia Tekstil A.Ş.", "Tel: +90 212 555 0183"],
  body="""Hello,

Our company is taking decision to use the ERP CRM module which comes with our new Logo ERP system, so we don't need the second system any more.

Please close our account at end of this month and send the last invoice. Our invoice numbers were starting with CRR-2026-, the last one is CRR-2026-0317.

Best Regards""",
  who="tr", i="c", k="request", b="clear", acct=TEXT, decoys=["+90 212 555 0183", "CRR-2026-0317"],
  rk=["use the erp crm module", "we don't need the second system"], rc="switched_service",
  notes="Clear close-account request; invoice number is a decoy."),

M(n=46, slug="bali-events-buried", frm=("Putu Wirawan", "putu@balimoments.example"),
  subj="Problem with the email templates and other", client="gmail", date="2026-04-10 16:20 +0800",
  body="""Hi support,

I want to tell some problems. First, the email template for wedding package, when I put the picture it become very big in Outlook of my clients, I already resize it 3 times. Second, the WhatsApp button in the contact page is not working for numbers with +62. Third, the report of the month is showing the wrong currency (USD and not IDR).

Honestly, because of these problems and since tourism is slow after the rainy season, I think better we stop using CRM Runner. Please make it not renew on the next month, my boss already agree.

But before, can you help me export all contacts with the tags? I need to move them to Google Sheets.

Terima kasih,
Putu
Bali Moments Wedding & Events""",
  who="id", i="c", k="request", b="clear", acct=EVENT,
  rk=["because of these problems", "tourism is slow"], rc="low_quality",
  notes="Request in the middle of a long bug list, plus export question."),

M(n=47, slug="safari-kenyan-phone", frm=("Wanjiru Kamau", "bookings@maratrails.example"),
  subj="", client="android", date="2026-09-01 07:05 +0300",
  body="""Hallo, kindly deactivate our account Mara Trails we are no longer in need of the system. Mpesa ref QWE7H2K9LP was last payment. Thanks""",
  who="ke", i="c", k="request", b="clear", acct=SAFARI, decoys=["QWE7H2K9LP"],
  rk=["no longer in need of the system"], rc="unused",
  notes="Phone message, empty subject, M-Pesa transaction ref decoy."),

M(n=48, slug="ngo-forward-inline-board", frm=("Grace Wambui", "finance@hopeschools-ngo.example"),
  subj="FW: CRM decision", client="outlook", date="2026-10-15 12:00 +0300",
  body="""Dear CRM Runner,

Please see the decision of our board below. Kindly act on it and confirm to me.

Regards,
Grace Wambui
Finance Officer, Hope Schools Initiative""",
  fwd=dict(frm=("Daniel Otieno", "chair@hopeschools-ngo.example"), date="2026-10-14 18:30 +0300",
           to="finance@hopeschools-ngo.example", subj="CRM decision",
           body="""Grace,

Following yesterday's board meeting: the donor has agreed to give us Salesforce nonprofit licences free of charge, so we will not continue with CRM Runner when the annual subscription ends in April. Please inform them that we will not renew and that we do not want to be invoiced for 2027.

Daniel Otieno
Board Chair"""),
  who="ke", i="c", k="forward_request", b="clear", acct=NGO,
  rk=["salesforce nonprofit licences free of charge"], rc="switched_service",
  notes="Finance officer forwards the board's non-renewal decision inline (Outlook forward)."),

M(n=49, slug="dhaka-please-stop-bill", frm=("Rahim Uddin", "rahim@dhakaprint.example"),
  subj="Want to off the subscription", client="gmail", date="2026-11-01 09:00 +0600",
  body="""Dear Sir,

I want to off the subscription of CRM Runner. My business is not doing good and dollar rate is very high now for us. Please do not cut money from my card 5521 anymore.

Regards
Md. Rahim Uddin
Dhaka Print House""",
  who="bd", i="c", k="request", b="clear", acct=DHAKA, decoys=["5521"],
  rk=["dollar rate is very high"], rc="too_expensive",
  notes="'off the subscription'; card digits decoy."),

M(n=50, slug="patisserie-french-question", frm=("Camille Durand", "camille@patisserielune.example"),
  subj="Question about the engagement", client="apple", date="2026-02-03 15:45 +0100",
  body="""Hello,

I have a question: is there an engagement period with CRM Runner? I mean, if one day I want to stop, must I give a notice of 3 months like with my bank? For the moment all is good, I just want to know.

Thank you,
Camille""",
  who="fr", i="o", k="hypothetical", b="not", acct=BAKE2,
  notes="'engagement' (commitment) question, hypothetical, all is good."),
]
