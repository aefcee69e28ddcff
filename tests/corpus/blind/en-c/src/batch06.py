from common import A, M
from batch01 import HOSP, FREIGHT, LAB, PROP
from batch02 import REAL, SOLAR
from batch05 import MAG

MESSAGES = [
M(n=76, slug="ooo-hospital-received", frm=("Raj Menon", "raj.menon@stmaryshospital.example"),
  subj="Automatic reply: RE: CRM Runner - decommission", client="auto", date="2026-11-05 09:00 -0500",
  hdrs={"Auto-Submitted": "auto-replied"},
  body="""Yes, I have received your email. I am on leave until November 16. For anything related to the decommissioning of applications, please log a request with the IT Service Desk (x5000) and quote your change number.

Raj""",
  i="a", k="auto_reply", b="not", acct=HOSP, decoys=["x5000"],
  notes="Auto-reply starting 'Yes, I have received your email', mentions decommissioning."),

M(n=77, slug="ooo-freight-dutch", frm=("Van der Meer Forwarding", "ops@vandermeer-forwarding.example"),
  subj="Afwezig: Re: Notice of termination", client="auto", date="2026-10-03 07:12 +0200",
  hdrs={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
  body="""Beste afzender, dear sender,

Thank you for your e-mail. Our office is closed on Saturday and Sunday. For urgent shipments please call our 24/7 desk +31 10 555 0190. Your message will be handled on Monday.

Van der Meer Forwarding B.V.""",
  i="a", k="auto_reply", b="not", acct=FREIGHT, decoys=["+31 10 555 0190"],
  notes="Weekend auto-reply to support's confirmation of termination."),

M(n=78, slug="ooo-ticket-system", frm=("Biochem Helpdesk", "helpdesk@biochem.uni-leiden.example"),
  subj="[BIO-HD #20411] Re: Your CRM Runner invoice", client="auto", date="2026-06-02 03:30 +0200",
  hdrs={"Auto-Submitted": "auto-generated", "X-Autoreply": "yes"},
  body="""This is an automated message. Your request has been received and assigned ticket number BIO-HD #20411. A member of the department support team will respond within 2 working days.

To close this ticket, reply with CLOSE in the subject line.""",
  i="a", k="auto_reply", b="not", decoys=["20411"],
  notes="Helpdesk ticket acknowledgement; 'close this ticket'."),

M(n=79, slug="ooo-no-header-plain", frm=("Keith Morrow", "broker@keyrealty.example"),
  subj="Re: Your CRM Runner renewal", client="auto", date="2026-08-18 12:00 -0700",
  body="""Thanks for your email. I'm showing properties all day today and will respond this evening. If this is about a listing, please call the office at 555-0134.

Keith Morrow
Key Realty Group""",
  i="a", k="auto_reply", b="not", acct=REAL, decoys=["555-0134"],
  notes="Auto-reply without Auto-Submitted header."),

M(n=80, slug="ooo-maternity", frm=("Aroha Ngata", "sales@sunvolt.example"),
  subj="Out of office", client="auto", date="2026-09-14 08:00 +1200",
  hdrs={"Auto-Submitted": "auto-replied"},
  body="""Kia ora, I'm on parental leave until March 2027. This inbox is no longer monitored - please contact hemi@sunvolt.example for anything sales related. If you need to cancel or change an installation booking, call 0800 555 012.""",
  i="a", k="auto_reply", b="not", acct=SOLAR, decoys=["0800 555 012"],
  notes="Parental-leave auto-reply that mentions cancelling installation bookings."),

M(n=81, slug="bounce-exchange-ngo", frm=("Microsoft Outlook", "postmaster@northbyte-it.example"),
  subj="Undeliverable: Your CRM Runner seats have changed", client="dsn", date="2026-10-04 10:00 +0100",
  dsn=dict(mta="exchange", rcpt="o.hughes@northbyte-it.example", rhost="northbyte-it.mail.protection.outlook.example",
           diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
           reporting="AM7EUR03.prod.outlook.example",
           orig=dict(subj="Your CRM Runner seats have changed", body="Hi Owen,\n\nYour access to the NorthByte IT workspace has been removed by an administrator.\n\nCRM Runner")),
  i="b", k="bounce", b="not",
  notes="Exchange NDR for a removed seat's notification."),

M(n=82, slug="bounce-gmail-mailbox-full", frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.example"),
  subj="Delivery Status Notification (Failure)", client="dsn", date="2026-04-11 15:15 -0500",
  dsn=dict(mta="gmail", rcpt="angela.brooks@homemail.example", status="5.2.2", rhost="homemail.example",
           diag="552 5.2.2 The recipient's inbox is out of storage space.",
           orig=dict(subj="Your refund has been processed", body="Hi Angela,\n\nWe've refunded $19.00 to the card ending 0042 and cancelled the account for Dylan.\n\nCRM Runner Billing")),
  i="b", k="bounce", b="not",
  notes="Mailbox-full bounce of a refund confirmation that says 'cancelled'."),

M(n=83, slug="bounce-postfix-delay", frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Delayed Mail (still being retried)", client="dsn", date="2026-07-02 09:30 -0400",
  dsn=dict(rcpt="julia@sparkleclean.example", status="4.4.1", action="delayed", rhost="mx.sparkleclean.example",
           diag="421 4.4.1 Connection timed out",
           human="This is the mail system at host mx1.crmrunner.example.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for 4 hours.\nIt will be retried until it is 5 days old.\n",
           orig=dict(subj="Re: my user", body="Hi Julia,\n\nWe've removed your user julia.r. The account continues under Luis.\n\nCRM Runner Support")),
  i="b", k="bounce", b="not",
  notes="Delay warning DSN."),

M(n=84, slug="list-saas-digest", frm=("SaaS Founders Weekly", "digest@saasfounders.example"),
  subj="Churn week: why your customers cancel (and how to stop them)", client="list", date="2026-03-04 06:00 -0500",
  list=dict(unsub_url="https://saasfounders.example/unsub/77"),
  hdrs={"List-Id": "SaaS Founders Weekly <weekly.saasfounders.example>", "List-Unsubscribe": "<https://saasfounders.example/unsub/77>", "Precedence": "list"},
  body="""This week: three founders on cutting churn by 30 %.

"Most customers don't wake up and decide to cancel. They drift away for months first," says one.

Also: a template for the 'we're sorry to see you go' email, and why a pause button beats a discount.

Read the full issue online.""",
  i="o", k="list_mail", b="not",
  notes="Newsletter about churn, full of cancel wording."),

M(n=85, slug="list-google-group", frm=("Barossa Small Business Network", "barossa-biz@groups.example"),
  subj="[barossa-biz] Anyone else leaving their CRM?", client="list", date="2026-05-20 19:30 +0930",
  list=dict(unsub_url="https://groups.example/g/barossa-biz/unsubscribe"),
  hdrs={"List-Id": "<barossa-biz.groups.example>", "Precedence": "list", "List-Post": "<mailto:barossa-biz@groups.example>"},
  body="""Posted by Lachlan Reid:

Anyone else cancelling their CRM this year? We've told Runner we're done, just using a spreadsheet now. Curious what others use for wholesale orders.

---
You received this message because you are subscribed to the Barossa Small Business Network group.""",
  i="o", k="list_mail", b="not",
  notes="List post (support address subscribed to a group) where a member discusses leaving; not addressed to support."),

M(n=86, slug="list-vendor-promo", frm=("Spreadsheet Pro", "offers@spreadsheetpro.example"),
  subj="Switching from CRM Runner? Import in one click", client="list", date="2026-09-09 10:00 -0700",
  list=dict(unsub_url="https://spreadsheetpro.example/u/abc"),
  hdrs={"List-Unsubscribe": "<https://spreadsheetpro.example/u/abc>", "Precedence": "bulk"},
  body="""Tired of your CRM? Cancel it and move your contacts to Spreadsheet Pro in one click.

Use code BYECRM for 50 % off your first year.""",
  i="o", k="list_mail", b="not", decoys=["BYECRM"],
  notes="Competitor promotional mail."),

M(n=87, slug="editor-thanks", frm=("Eleanor Finch", "editor@quarterlyreview.example"),
  subj="Re: Subscriber tags, and our renewal", client="apple", irt=70,
  body="""Dear Sam,

Thank you - that's exactly what I needed. I have the confirmation that the account will run until 31 December and then stop. Much obliged.

Eleanor""",
  quote=dict(text="""Hi Eleanor,

Done - we've turned off auto-renewal. Your account stays fully active until 31 December and won't be billed after that. Nested tags aren't supported yet, but you can use a naming convention like "Donor/Patron".

Best,
Sam
CRM Runner Support"""),
  i="o", k="thanks", b="not", acct=MAG,
  notes="Thanks for the processed non-renewal; cancellation wording only in the quote context."),

M(n=88, slug="property-12-seats-ps", frm=("Declan Murphy", "declan@harbourlets.example"),
  subj="Re: Admin rights", client="outlook", irt=7,
  body="""Hi,

Thanks for making me admin. Got everything working - the maintenance pipeline is brilliant.

One more thing: we're letting go of four of the twelve seats as the Cork office is closing. Their logins are cork1, cork2, cork3 and cork4. Can you remove those and bill us for eight from next month?

Declan Murphy
Harbour Lets""",
  i="c", k="request_seat", b="clear", acct=PROP, un="cork1", seat_user=True,
  rk=["the cork office is closing"], rc="business_closed",
  notes="Removal of four seats (first login labelled); the account itself continues."),
]
