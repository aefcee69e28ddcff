from common import A, M
from batch02 import LAW

WELD = A(4161486, "sparks-fab", "shop@sparksfab.example", tier="P", start="2025-02-27")
CHILDMIND = A(4162747, "tiny-tutors", "tinytutors.ann@mailbox.example", tier="S", start="2025-09-14")
FISH = A(4163008, "catch-of-day", "orders@catchofday-fish.example", tier="S", start="2025-04-09")
BRIDAL = A(4164369, "veil-and-lace", "boutique@veilandlace.example", tier="P", start="2025-01-11")
HVAC = A(4165620, "coolbreeze", "office@coolbreezehvac.example", tier="T", start="2024-06-15")
ZAGREB = A(4166981, "adria-apartments", "host@adria-apartments.example", tier="S", start="2025-05-30", cur="EUR", price="19.00")

MESSAGES = [
M(n=213, slug="weld-shop-wife-assistant", frm=("Donna Sparks", "donna.sparks@mailbox.example"),
  subj="Sparks Fabrication account", client="yahoo", date="2026-02-17 13:00 -0600",
  body="""Hello, I do the books for my husband's welding shop, Sparks Fabrication. He asked me to get rid of the CRM thing, he never opens it. The account is under shop@sparksfab.example. Please cancel it and send me confirmation at this address since he doesn't check email.

Donna Sparks""",
  i="c", k="request", b="clear", acct=WELD, em="shop@sparksfab.example", rk=["he never opens it"], rc="unused",
  notes="Spouse who does the books writes from her own address; registered address given."),

M(n=214, slug="tiny-tutors-end-trial-wrong", frm=("Ann Whitley", "tinytutors.ann@mailbox.example"),
  subj="charged after trial??", client="gmail", date="2026-01-20 09:30",
  body="""I thought I had 30 days trial but I was charged $19 today. I want to keep using it, I just want to know why the trial ended early. Can you check?

Ann""",
  i="o", k="question", b="not", acct=CHILDMIND, decoys=["$19"],
  notes="Trial-ended-early billing question; wants to keep using."),

M(n=215, slug="fish-shop-one-word", frm=("Catch of the Day", "orders@catchofday-fish.example"),
  subj="STOP", client="android", date="2026-10-01 05:30 -0400",
  body="""stop the subscription. closing shop. thank you""",
  i="c", k="request", b="clear", acct=FISH, rk=["closing shop"], rc="business_closed",
  notes="Terse phone request."),

M(n=216, slug="bridal-boutique-reply-above-long-quote", frm=("Veil & Lace Boutique", "boutique@veilandlace.example"),
  subj="Re: Checking in on your account", client="apple", date="2026-06-09 11:00 -0500",
  body="""Hi Olivia,

Thanks for checking in! Honestly we love it, and the appointment reminders cut our no-shows in half. No plans to go anywhere. Could you send me the guide for the new bridal-party pipeline template you mentioned?

Sofia""",
  quote=dict(text="""Hi Sofia,

I noticed your team hasn't logged in much this month and wanted to check in. If CRM Runner isn't working for you, we can talk about options - including pausing or cancelling your plan, or moving you to Starter.

We've also just launched a bridal-party pipeline template that might help!

Olivia
CRM Runner Customer Success"""),
  i="o", k="question", b="not", acct=BRIDAL,
  notes="Happy reply; cancel/pause wording only in support's quoted check-in."),

M(n=217, slug="hvac-outlook-html-terminate-sub", frm=("CoolBreeze HVAC Office", "office@coolbreezehvac.example"),
  subj="Account termination - CoolBreeze HVAC (acct 4165620)", client="outlook-html", date="2026-11-17 08:45 -0500",
  sigtable=["Linda Ferraro", "Office Manager", "CoolBreeze Heating & Air", "Lic. #TACLA00123456C", "555-0170"],
  disclaimer="The information in this email is confidential and may be legally privileged.",
  body="""Good morning,

Please terminate our CRM Runner subscription effective at the end of the current billing period. We've been bought out by a regional group that uses ServiceTitan for everything, dispatch included.

Please confirm the end date and whether our 14 users will lose access on that date or immediately.

Thank you,""",
  i="c", k="request", b="clear", acct=HVAC, an=4165620, decoys=["TACLA00123456C", "555-0170"],
  rk=["bought out by a regional group that uses servicetitan"], rc="switched_service",
  notes="Outlook HTML-only with signature table and disclaimer; account number in subject; licence/phone decoys."),

M(n=218, slug="croatia-apartments-airbnb", frm=("Adria Apartments", "host@adria-apartments.example"),
  subj="Guests cancellation sync", client="gmail", date="2026-07-14 20:00 +0200",
  body="""Hello,

When a guest cancels on Booking.com, the booking stays active in CRM Runner and the guest still gets our welcome email. Can the cancellation from Booking be synced automatically?

Thanks,
Ivana""",
  i="o", k="question", b="not", acct=ZAGREB,
  notes="Guest booking cancellations sync question. Croatian writer, fluent."),

M(n=219, slug="law-ooo-court", frm=("Nadia Hassan", "nadia@hassanlaw.example"),
  subj="Automatic reply: Your CRM Runner annual renewal", client="auto", date="2026-02-26 09:00 -0500",
  hdrs={"Auto-Submitted": "auto-replied"},
  body="""I am in court today and will respond to emails tomorrow. This mailbox does not accept service of process.

Hassan Law PLLC""",
  i="a", k="auto_reply", b="not", acct=LAW,
  notes="Court-day auto-reply."),

M(n=220, slug="bounce-funeral-old-address", frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.example"),
  subj="Delivery Status Notification (Failure)", client="dsn", date="2026-03-14 10:00 -0600",
  dsn=dict(mta="gmail", rcpt="walter@peacefulrest-old.example", status="5.1.1", rhost="peacefulrest-old.example",
           diag="550 5.1.1 The email account that you tried to reach does not exist.",
           orig=dict(subj="Re: Automated birthday emails to deceased", body="Dear Walter,\n\nWe're so sorry. To turn off the birthday workflow go to Automations > Birthday > Deactivate.\n\nCRM Runner Support")),
  i="b", k="bounce", b="not",
  notes="Gmail-style bounce to an old address."),
]
