from common import A, M

PODCAST = A(4119864, "mic-drop", "hosts@micdroppod.example", tier="S", start="2025-05-05")
BUILDER = A(4120125, "oakbuild", "estimates@oakbuild.example", tier="T", start="2024-06-06")
ESL = A(4121486, "englishfirst-hcm", "thao@englishfirst-hcm.example", tier="P", start="2025-03-03")
SURFCAMP = A(4122747, "rip-curl-camp", "bookings@baleal-surfcamp.example", tier="P", start="2025-04-10", cur="EUR", price="49.00")
ORTHO = A(4123008, "straightsmiles", "billing@straightsmiles.example", tier="T", start="2024-09-01")
BEES = A(4124369, "busybees", "honey@busybeesapiary.example", tier="S", start="2025-06-21")

MESSAGES = [
M(n=146, slug="podcast-how-to-cancel-first", frm=("Mic Drop Pod", "hosts@micdroppod.example"),
  subj="cancelling?", client="gmail", date="2026-04-02 13:00",
  body="""Hey, we're thinking about whether Runner is worth it for a two-person podcast. How does cancelling work, do we lose the sponsor contacts straight away?

Dee & Jo""",
  i="o", k="how_to", b="maybe", acct=PODCAST,
  notes="Thinking about it; how-to question only."),

M(n=147, slug="podcast-decided", frm=("Mic Drop Pod", "hosts@micdroppod.example"),
  subj="Re: cancelling?", client="gmail", irt=146,
  body="""OK we talked it over and we're pulling the plug. Please end it at the end of the month. We exported the sponsor list already.

Dee""",
  quote=dict(text="""Hi Dee & Jo,

If you cancel, your account stays active until the end of the current billing month, and your data is kept for 30 days after that so you can export it.

Cheers,
Nina
CRM Runner Support"""),
  i="c", k="request", b="clear", acct=PODCAST,
  notes="Second mail in thread: decision made ('pulling the plug')."),

M(n=148, slug="podcast-changed-mind", frm=("Mic Drop Pod", "hosts@micdroppod.example"),
  subj="Re: cancelling?", client="gmail", irt=147, refs=[146],
  body="""Scratch that!! We just landed a network deal and need the CRM more than ever. Please don't close the account, keep us on. Sorry for the back and forth.

Jo""",
  i="o", k="withdrawal", b="not", acct=PODCAST, wd=True,
  notes="Third mail: withdraws the cancellation."),

M(n=149, slug="builder-estimates-outlook-disclaimer", frm=("Oak Build Estimating", "estimates@oakbuild.example"),
  subj="Cancel estimate EST-20931", client="outlook-html", date="2026-08-19 10:30 -0600",
  sigtable=["Rita Vance", "Estimator", "OakBuild Construction", "555-0199"],
  disclaimer="This email and any files transmitted with it are confidential. OakBuild Construction accepts no liability for the content of this email.",
  body="""Hi,

I accidentally sent estimate EST-20931 to the wrong client from CRM Runner. Can the email be recalled or the estimate link cancelled so they can't open it? It has another client's pricing on it.

Urgent, thanks,""",
  i="o", k="question", b="not", acct=BUILDER, decoys=["EST-20931", "555-0199"],
  notes="Cancel a sent estimate link; urgent privacy concern."),

M(n=150, slug="esl-school-vietnam-partial", frm=("Tran Thi Thao", "thao@englishfirst-hcm.example"),
  subj="About our plan", client="gmail", date="2026-10-05 15:00 +0700",
  body="""Dear CRM Runner,

Our English center in District 3 will close in November because the building owner take back the place. Our center in District 7 still open. We have only one account for both center.

So we don't want cancel, we just need remove the 3 teachers users of District 3 (d3.teacher1, d3.teacher2, d3.teacher3) and change to smaller plan if possible.

Thank you,
Thao""",
  who="vn", i="c", k="request_seat", b="clear", acct=ESL, un="d3.teacher1", seat_user=True,
  rk=["building owner take back the place"], rc="business_closed",
  notes="'we don't want cancel' the account, but remove three seats; also a downgrade question."),

M(n=151, slug="surfcamp-portugal-season-end", frm=("Baleal Surf Camp", "bookings@baleal-surfcamp.example"),
  subj="End of collaboration", client="gmail", date="2026-10-20 18:30 +0100",
  body="""Hello,

The owners decided to sell the surf camp to a hotel group, and the hotel has its own reservation system. So this is the end of our collaboration with CRM Runner. Please don't renew in November.

Thank you for everything and boas ondas!
Rita""",
  who="pt", i="c", k="request", b="clear", acct=SURFCAMP, rk=["sell the surf camp to a hotel group"], rc="business_closed",
  notes="'end of our collaboration' + don't renew."),

M(n=152, slug="ortho-billing-question-card", frm=("StraightSmiles Billing", "billing@straightsmiles.example"),
  subj="Card declined?", client="outlook", date="2026-07-03 09:20 -0400",
  body="""Good morning,

We got an email saying our payment failed. The card on file (Amex ending 1009) expired last month. I've added a new card ending 2231 - could you retry the charge so we don't lose access? Please cancel the failed invoice 2026-07-INV-553 if a new one is needed.

Thank you,
Donna""",
  i="o", k="question", b="not", acct=ORTHO, decoys=["1009", "2231", "2026-07-INV-553"],
  notes="Failed payment, new card; 'cancel the failed invoice'."),

M(n=153, slug="beekeeper-lapse-ps", frm=("Busy Bees Apiary", "honey@busybeesapiary.example"),
  subj="Thank you", client="apple", date="2026-11-08 12:00 -0800",
  body="""Hi CRM Runner folks,

Just wanted to say thanks - your team helped me set up the farmers market mailing list last spring and it doubled my honey sales.

Sadly the bees didn't survive the wildfire smoke this autumn and I'm taking a break from beekeeping.

Hannah

PS could you let the account lapse at the end of the month? No need to reply.""",
  i="c", k="request", b="clear", acct=BEES, rk=["the bees didn't survive the wildfire smoke", "taking a break from beekeeping"], rc="business_closed",
  notes="Thank-you mail with the request in the PS."),
]
