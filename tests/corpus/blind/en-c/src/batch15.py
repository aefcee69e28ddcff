from common import A, M
from batch01 import YOGA, FRAN, SURF
from batch03 import TEXT, WINE
from batch09 import PHARM
from batch11 import RECRUIT

MESSAGES = [
M(n=174, slug="ooo-yoga-hindi-festival", frm=("Meena Kulkarni", "meena@flowyoga-pune.example"),
  subj="Auto Reply: Regarding my account", client="auto", date="2026-05-24 06:00 +0530",
  hdrs={"Auto-Submitted": "auto-replied"},
  body="""Namaste! Thank you for writing to Flow Yoga. Studio is closed for Buddha Purnima, classes resume Monday. For cancelling or rescheduling a class please WhatsApp +91 98XXX 01234.""",
  i="a", k="auto_reply", b="not", acct=YOGA, decoys=["+91 98XXX 01234"],
  notes="Studio holiday auto-reply mentioning class cancellations."),

M(n=175, slug="ooo-franchisee-closed", frm=("Darnell Price", "franchise7@sparkwash.example"),
  subj="Re: Your CRM Runner account has been cancelled", client="auto", date="2026-07-01 00:05 -0500",
  hdrs={"Auto-Submitted": "auto-replied"},
  body="""Sparkwash North Shore is now permanently closed. Thank you to all our customers for 6 great years. For Sparkwash locations near you visit sparkwash.example/locations.""",
  i="a", k="auto_reply", b="not", acct=FRAN,
  notes="Closed-business auto-reply in response to the cancellation confirmation."),

M(n=176, slug="ooo-textile-no-headers", frm=("Anatolia Tekstil Export", "export@anatoliatekstil.example"),
  subj="Re: About closing account", client="auto", date="2026-03-19 08:00 +0300",
  body="""Dear Sender,
Thank you for your mail. I am attending Heimtextil fair in Frankfurt until 22 March, I will answer when I return.
Best Regards
Mehmet Yılmaz""",
  i="a", k="auto_reply", b="not", acct=TEXT,
  notes="Trade-fair auto-reply with no auto headers, subject mentions closing account."),

M(n=177, slug="ooo-recruit-left-company", frm=("Kendra Mills", "ops@talentbridge.example"),
  subj="Automatic reply: Your account is scheduled to end", client="auto", date="2026-11-20 10:00 -0500",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Thank you for your message. Kendra Mills is no longer with TalentBridge Staffing. Please direct operations questions to Marcus Webb (marcus.webb@talentbridge.example).""",
  i="a", k="auto_reply", b="not", acct=RECRUIT,
  notes="'No longer with the company' auto-reply."),

M(n=178, slug="bounce-winery-typo", frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Undelivered Mail Returned to Sender", client="dsn", date="2026-05-05 02:10 -0400",
  dsn=dict(rcpt="orders@hiltopwines.example", rhost="hiltopwines.example",
           diag="550 5.1.2 Host or domain name not found. Name service error for name=hiltopwines.example type=A: Host not found",
           status="5.1.2",
           orig=dict(subj="Re: Subscription", body="Hi Lachlan,\n\nThanks for reaching out. Before we process anything, we wanted to let you know about a couple of options...\n\nOlivia\nCRM Runner Customer Success")),
  i="b", k="bounce", b="not",
  notes="Bounce for a misspelled domain; original contains cancellation wording."),

M(n=179, slug="bounce-headers-only", frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Undelivered Mail Returned to Sender", client="dsn", date="2026-08-22 11:00 -0400",
  dsn=dict(rcpt="sam@muddypawswalks.example", rhost="mx.muddypawswalks.example", headers_only=True,
           diag="550 5.7.1 Message rejected as spam by Content Filtering.", status="5.7.1",
           orig=dict(subj="We're sorry to see you go, Sam", body="(not included)")),
  i="b", k="bounce", b="not",
  notes="Spam-rejection DSN with headers only."),

M(n=180, slug="bounce-quota-exchange", frm=("Microsoft Outlook", "postmaster@mediquick-pharmacy.example"),
  subj="Undeliverable: New pricing for your CRM Runner plan", client="dsn", date="2026-01-07 12:00 -0500",
  dsn=dict(mta="exchange", rcpt="manager@mediquick-pharmacy.example", status="5.2.2",
           diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
           why="The recipient's mailbox is full and can't accept messages now.",
           orig=dict(subj="New pricing for your CRM Runner plan", body="Hi Sunil,\n\nFrom February, the Pro plan will be $64/month.\n\nCRM Runner")),
  i="b", k="bounce", b="not",
  notes="Mailbox-full NDR from Exchange."),

M(n=181, slug="list-community-forum-digest", frm=("CRM Runner Community", "community@forum.crmrunner-users.example"),
  subj="[Runner Users] Daily digest: 'How I cancelled and came back'", client="list", date="2026-06-15 05:00 +0000",
  list=dict(unsub_url="https://forum.crmrunner-users.example/email/unsubscribe"),
  hdrs={"List-Id": "Runner Users <digest.forum.crmrunner-users.example>", "Precedence": "bulk", "Auto-Submitted": "auto-generated"},
  body="""Top topics today:

"How I cancelled and came back" - 14 replies
"Terminate the Zapier zap when a deal is lost?" - 3 replies
"Close all tickets older than 30 days" - 6 replies

You are receiving the daily digest of the Runner Users forum.""",
  i="o", k="list_mail", b="not",
  notes="User-forum digest with cancellation-like topic titles."),

M(n=182, slug="list-surf-assoc", frm=("Surfing Queensland", "news@surfingqld.example"),
  subj="Competition update: Round 3 cancelled", client="list", date="2026-04-29 08:00 +1000",
  list=dict(unsub_url="https://surfingqld.example/unsubscribe"),
  hdrs={"List-Unsubscribe": "<https://surfingqld.example/unsubscribe>", "Precedence": "bulk"},
  body="""Round 3 at Snapper Rocks has been cancelled due to flat conditions. Entry fees will roll over to Round 4.

See you in the water!""",
  i="o", k="list_mail", b="not",
  notes="Sports newsletter (support box subscribed by mistake)."),

M(n=183, slug="pharmacy-after-price-decided", frm=("Sunil Patel", "manager@mediquick-pharmacy.example"),
  subj="RE: Price increase", client="outlook-mobile", irt=118,
  body="""Understood that you can't keep the old price. In that case we'll leave at the end of January, please don't charge the new rate in February.""",
  quote=dict(text="""Hi Sunil,

Unfortunately we're unable to keep legacy pricing past February 1st. We'd be happy to offer a 10% discount on an annual plan instead.

Best,
Leo
CRM Runner Billing"""),
  i="c", k="request", b="clear", acct=PHARM, rk=["you can't keep the old price"], rc="too_expensive",
  notes="Conditional threat from the earlier mail becomes a request."),

M(n=184, slug="surf-followup-handover-q", frm=("Jess Whitfield", "jess@tidecraft-surf.example"),
  subj="Re: Lesson packs import + a thing", client="gmail", irt=20,
  body="""Thanks heaps. One more - can the new owners just take over our account instead of us cancelling? They might want to keep using it after all. If yes, ignore my P.S. for now and I'll confirm next week.

Jess""",
  i="o", k="withdrawal", b="maybe", amb=True, acct=SURF, wd=True,
  notes="Puts the earlier non-renewal on hold pending an account transfer; ambiguous."),

M(n=185, slug="winery-thanks-after", frm=("Lachlan Reid", "orders@hilltopwines.example"),
  subj="Re: Subscription", client="gmail", irt=43, refs=[42],
  body="""Got the confirmation, cheers. All the best.

Lachlan""",
  i="o", k="thanks", b="not", acct=WINE,
  notes="Thanks after confirmation."),
]
