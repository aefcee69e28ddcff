from common import A, M

DENT = A(4020117, "brightsmile-ldn", "practice@brightsmile-dental.example", tier="T", start="2024-06-01", cur="GBP", price="79.00")
GYM = A(4021448, "ironworks", "owner@ironworksgym.example", tier="P", start="2025-02-14")
LAW = A(4022903, "hassan-law", "nadia@hassanlaw.example", plan="yearly", tier="P", start="2025-03-10")
BAND = A(4023315, "brassmonkeys", "bookings@brassmonkeys-band.example", tier="S", start="2025-06-06")
COFFEE = A(4024780, "roastery", "ops@kettleroast.example", tier="P", start="2025-01-22")
CHURCH = A(4025066, "gracechapel", "admin@gracechapel-accra.example", tier="S", start="2025-04-01")
SOLAR = A(4026231, "sunvolt-nz", "sales@sunvolt.example", tier="T", start="2024-10-10", cur="NZD", price="149.00")
PHOTO = A(4027594, "lensandlight", "mai@lensandlight.example", tier="S", start="2025-08-15")
CLEAN = A(4028842, "sparkleclean", "julia@sparkleclean.example", tier="P", start="2025-05-19")
TUTOR = A(4029103, "mathsmentor", "ahmed.tutor@mailbox.example", tier="S", start="2025-09-02")
PRINT = A(4030477, "inkjetty", "accounts@inkjetty-print.example", tier="P", start="2024-12-12")
ARCH = A(4031650, "studio-koh", "jiwoo@studiokoh.example", tier="T", start="2025-02-28")
REAL = A(4032209, "manager", "broker@keyrealty.example", tier="T", start="2024-07-07")
FARM = A(4033518, "greenacre", "tom@greenacrefarm.example", tier="S", start="2025-03-03")
DOG = A(4034701, "muddypaws", "sam@muddypawswalks.example", tier="S", start="2025-06-30")
GARAGE = A(4035390, "autohaus-bauer", "service@autohaus-bauer.example", tier="P", start="2025-01-07", cur="EUR", price="49.00")

MESSAGES = [
M(n=22, slug="dental-seat-hygienist", frm=("Priya Shah", "practice@brightsmile-dental.example"),
  subj="Remove user", client="outlook", date="2026-03-05 12:30 +0000",
  sigtable=["Priya Shah", "Practice Manager", "BrightSmile Dental, 14 Kings Rd, London SW3 4NP"],
  body="""Hello,

Our hygienist Chloe has left the practice. Please remove her login (chloe.d) and stop charging us for her seat from this month.

Many thanks,""",
  i="c", k="request_seat", b="clear", acct=DENT, un="chloe.d", seat_user=True, decoys=["SW3 4NP"],
  rk=["has left the practice"], rc="other",
  notes="Seat removal for a departed colleague; postcode decoy."),

M(n=23, slug="gym-colleague-leaving", frm=("Ben Carter", "ben@ironworksgym.example"),
  subj="Moving on!", client="gmail", date="2026-05-29 18:10",
  to="team@ironworksgym.example", cc="support@crmrunner.example",
  body="""Hi all,

After four great years I'm leaving Ironworks at the end of next week to start my own PT business in Denver. Thanks for everything - the 6am crew especially.

Rach will take over the member follow-ups in CRM Runner (I've cc'd their support so they know the login changes hands, Rach is getting my seat).

Keep lifting,
Ben""",
  i="o", k="other", b="not", acct=GYM,
  notes="Colleague's leaving announcement cc'd to support; seat handed over, not removed."),

M(n=24, slug="law-cancel-cancellation", frm=("Nadia Hassan", "nadia@hassanlaw.example"),
  subj="Re: Your cancellation is scheduled", client="outlook", date="2026-02-19 09:15 -0500",
  body="""Hi,

I'd like to cancel my cancellation. We just signed two new retainer clients and my paralegal convinced me we need the intake pipeline after all. Please keep the annual plan running.

Nadia Hassan
Hassan Law PLLC""",
  quote=dict(text="""Hi Nadia,

Your CRM Runner Pro (yearly) subscription is scheduled to end on 10 March 2026. You'll keep access until then.

Changed your mind? Just reply to this e-mail.

CRM Runner Billing""", subj="Your cancellation is scheduled"),
  i="o", k="withdrawal", b="not", acct=LAW, wd=True,
  notes="'cancel my cancellation' = withdrawal of an earlier cancellation."),

M(n=25, slug="band-webinar-unsub", frm=("Dave Rourke", "bookings@brassmonkeys-band.example"),
  subj="unsubscribe", client="gmail", date="2026-06-12 23:40",
  body="""please unsubscribe me from the webinar reminders, I get 3 a week. keep the account, just stop the webinar emails""",
  i="o", k="newsletter_unsubscribe", b="not", acct=BAND,
  notes="Unsubscribe from webinar reminders only; keep the account."),

M(n=26, slug="roastery-zoom", frm=("Hannah Kettle", "ops@kettleroast.example"),
  subj="Re: Zoom integration", client="apple", date="2026-07-21 10:05",
  body="""Ah sorry, I think there's a confusion - we cancelled our Zoom, not you! That's why the meeting links stopped being created. We're on Google Meet now. Is there a Meet integration?

Hannah""",
  quote=dict(text="""Hi Hannah,

We noticed the Zoom connection on your account was disconnected. We're sorry to see you go - could you tell us what made you cancel?

CRM Runner Support"""),
  i="o", k="question", b="not", acct=COFFEE,
  notes="Cancelled Zoom, not CRM Runner; support misread it."),

M(n=27, slug="church-accra-please-i-want-stop", frm=("Kwame Asante", "admin@gracechapel-accra.example"),
  subj="Stop of subscription", client="gmail", date="2026-08-03 10:00",
  body="""Dear Sir/Madam,

Greetings in the name of the Lord. I am the administrator of Grace Chapel International, Accra. We registered for CRM Runner to manage our members and tithes records. The church board has decided that we will use the software provided by our mother church in Kumasi from next month.

Please I want you to stop the subscription so that they will not deduct from the church account again. Our username is gracechapel.

God bless you.
Elder Kwame Asante
Administrator""",
  who="gh", i="c", k="request", b="clear", acct=CHURCH, un="gracechapel",
  rk=["use the software provided by our mother church"], rc="switched_service",
  notes="Clear stop request from a church administrator; username given."),

M(n=28, slug="solar-competitor-question", frm=("Aroha Ngata", "sales@sunvolt.example"),
  subj="Moving over from Pipedrive", client="gmail", date="2026-01-27 15:20 +1300",
  body="""Kia ora,

We're about to move our sales team off Pipedrive and onto CRM Runner fully (we've been running both for a month). Do you know how we cancel Pipedrive without losing the deal history? Or do we export first and import into yours - is there an importer for Pipedrive specifically?

Ngā mihi,
Aroha""",
  i="o", k="question", b="not", acct=SOLAR,
  notes="Cancellation question about a competitor; they are moving TO CRM Runner."),

M(n=29, slug="photographer-delete-pipeline", frm=("Mai Tran", "mai@lensandlight.example"),
  subj="delete pipeline", client="iphone", date="2026-03-30 21:15 +0700",
  body="""Hi, how can I delete the pipeline "Weddings 2025"? All the weddings are done, I want only 2026 pipeline. I try but the delete button is grey. Thanks""",
  who="vn", i="o", k="how_to", b="not", acct=PHOTO,
  notes="Delete a pipeline, not the account."),

M(n=30, slug="cleaner-close-my-user", frm=("Julia Romero", "julia@sparkleclean.example"),
  subj="my user", client="android", date="2026-09-09 08:30 -0600",
  body="""Hello, please close my user. The account stays with my partner Luis, he is doing the bookings now and I go back to school. My user is julia.r

Gracias""",
  who="mx", i="c", k="request_seat", b="clear", acct=CLEAN, un="julia.r", seat_user=True,
  rk=["i go back to school"], rc="other",
  notes="Own seat closed, account stays with partner: a seat request, not the whole account."),

M(n=31, slug="tutor-hypothetical", frm=("Ahmed Saleh", "ahmed.tutor@mailbox.example"),
  subj="if I stop in summer", client="gmail", date="2026-05-14 19:00 +0200",
  body="""Hello,

In summer I have no students for two months. If I cancel in June and come back in September, do I lose my contacts and the lesson notes? Or is it better to keep paying? I did not decide yet.

Thanks,
Ahmed""",
  who="eg", i="o", k="hypothetical", b="maybe",  acct=TUTOR,
  notes="Hypothetical 'if I cancel', explicitly undecided."),

M(n=32, slug="print-po-cancel", frm=("Accounts - Inkjetty", "accounts@inkjetty-print.example"),
  subj="PO 7781-22 cancelled", client="outlook", date="2026-04-09 11:00 -0400",
  body="""Hello,

Please note that purchase order PO 7781-22 for the additional 5 seats is cancelled - our director did not approve it. Please do not add the seats. Our existing Pro subscription continues as normal.

Regards,
Accounts Payable
Inkjetty Print Co.""",
  i="o", k="order_cancel", b="not", acct=PRINT, decoys=["7781-22"],
  notes="Cancelled purchase order for extra seats; subscription continues."),

M(n=33, slug="architect-korean-terminate", frm=("Jiwoo Koh", "jiwoo@studiokoh.example"),
  subj="[Studio Koh] Termination request", client="outlook", date="2026-11-02 09:30 +0900",
  body="""Dear CRM Runner team,

Thank you for your service during last two years. Our studio is merging with bigger firm (Haneul Architects) from December and we must use their internal system.

Therefore we would like to terminate our Team subscription at end of November. Please inform us the procedure for data export as well. Our account number is 4031650.

Best regards,
Jiwoo Koh
Principal, Studio Koh""",
  who="kr", i="c", k="request", b="clear", acct=ARCH, an=4031650,
  rk=["merging with bigger firm", "must use their internal system"], rc="switched_service",
  notes="Formal termination with account number."),

M(n=34, slug="realtor-downgrade", frm=("Keith Morrow", "broker@keyrealty.example"),
  subj="Fewer seats / cheaper plan", client="gmail", date="2026-01-15 08:20",
  body="""Market's slow, I've lost three agents since fall. Can we drop from Team to Pro and go from 9 seats to 6? I'm not leaving, just need to cut the bill.

Keith Morrow, Broker
Key Realty Group
Lic. #01987654""",
  i="o", k="downgrade", b="not", acct=REAL, decoys=["01987654"],
  notes="Downgrade and seat reduction, explicitly not leaving; license number decoy."),

M(n=35, slug="farm-dont-bill-after-march", frm=("Tom Hardacre", "tom@greenacrefarm.example"),
  subj="Farm shop", client="plain", date="2026-02-22 20:15 +0000",
  body="""Hello

The farm shop shuts for good at the end of March, we are selling the land. Don't bill us after March.

Tom Hardacre
Greenacre Farm""",
  i="c", k="request", b="clear", acct=FARM, rk=["farm shop shuts for good", "selling the land"], rc="business_closed",
  notes="'Don't bill us after March' as a request to end billing."),

M(n=36, slug="dogwalker-im-out", frm=("Sam", "sam@muddypawswalks.example"),
  subj="im out", client="iphone", date="2026-07-30 07:45 -0700",
  body="""too complicated for a dog walker honestly. i'm out. pls stop charging me""",
  i="c", k="request", b="clear", acct=DOG, rk=["too complicated for a dog walker"], rc="too_complex",
  notes="Phone one-liner, 'I'm out' + stop charging."),

M(n=37, slug="garage-german-stop-at-term", frm=("Bauer, Klaus", "service@autohaus-bauer.example"),
  subj="Kündigung / termination", client="outlook", date="2026-06-25 15:10 +0200",
  sigtable=["Klaus Bauer", "Autohaus Bauer GmbH", "Hauptstraße 12, 74072 Heilbronn", "USt-IdNr. DE123456789"],
  body="""Dear Ladies and Gentlemen,

hereby I ask you to stop the service at the end of the term. We have noticed that we use only the address function, for this we do not need a CRM. Please send me a confirmation of the termination date.

With friendly greetings
Klaus Bauer""",
  who="de", i="c", k="request", b="clear", acct=GARAGE, decoys=["74072", "DE123456789"],
  rk=["we use only the address function"], rc="unused",
  notes="'stop the service at the end of the term'; German subject Kündigung; VAT id and postcode decoys."),

M(n=38, slug="ooo-generic", frm=("Nadia Hassan", "nadia@hassanlaw.example"),
  subj="Automatic reply: Your invoice from CRM Runner", client="auto", date="2026-07-14 02:00 -0400",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""I am out of the office until July 22 with limited access to email. For urgent matters please call the office at (555) 014-2200. If you wish to cancel or reschedule a consultation, please contact reception@hassanlaw.example.

Nadia Hassan""",
  i="a", k="auto_reply", b="not", acct=LAW, decoys=["(555) 014-2200"],
  notes="Out-of-office with the word cancel (about consultations)."),

M(n=39, slug="ooo-no-headers", frm=("Klaus Bauer", "service@autohaus-bauer.example"),
  subj="Abwesenheitsnotiz / Out of office", client="auto", date="2026-08-10 06:00 +0200",
  body="""Vielen Dank für Ihre Nachricht. Ich bin bis 24.08. im Urlaub.
Thank you for your message. I am on holiday until 24 August. Your mail will not be forwarded. In urgent cases please contact werkstatt@autohaus-bauer.example.""",
  i="a", k="auto_reply", b="not", acct=GARAGE,
  notes="Bilingual holiday auto-reply without Auto-Submitted header."),

M(n=40, slug="bounce-former-employee", frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Undelivered Mail Returned to Sender", client="dsn", date="2026-06-03 14:03 -0400",
  dsn=dict(rcpt="ben@ironworksgym.example", rhost="mx.ironworksgym.example",
           orig=dict(subj="Re: Moving on!", body="Hi Ben,\n\nThanks for letting us know. We've noted that Rach will take over your seat.\n\nCRM Runner Support")),
  i="b", k="bounce", b="not",
  notes="Bounce of support's reply to a departed employee."),

M(n=41, slug="list-mail-chamber", frm=("Heilbronn Business Circle", "news@hn-business.example"),
  subj="Your monthly member update - November", client="list", date="2026-11-05 08:00 +0100",
  list=dict(unsub_url="https://hn-business.example/unsubscribe?u=8812"),
  hdrs={"List-Unsubscribe": "<https://hn-business.example/unsubscribe?u=8812>", "Precedence": "bulk"},
  body="""Dear members,

Our Christmas networking evening on 11 December is cancelled because of the renovation of the town hall. Tickets will be refunded automatically.

New members this month: three software companies and a bakery.

See you in January!""",
  i="o", k="list_mail", b="not",
  notes="Newsletter landed in the support box; 'cancelled' event and refunds irrelevant."),
]
