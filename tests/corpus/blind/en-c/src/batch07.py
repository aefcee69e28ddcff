from common import A, M

LOCK = A(4068552, "keymaster", "dale@keymasterlocksmiths.example", tier="S", start="2025-04-14")
CRECHE = A(4069031, "abc-creche", "owner@abccreche-lagos.example", tier="P", start="2025-05-01")
SCHOOL = A(4070418, "dancefeet", "office@dancefeet-academy.example", tier="P", start="2024-09-09")
POOL = A(4071764, "bluewater", "service@bluewaterpools.example", tier="P", start="2025-03-19")
COWORK = A(4072195, "hivecowork", "hello@hivecowork-lisbon.example", tier="T", start="2024-06-30", cur="EUR", price="99.00")
EDU = A(4073580, "sharma-coaching", "vikram@sharmacoaching.example", tier="P", start="2025-07-10", cur="INR", price="3999.00")
MANILA = A(4074826, "sales", "sales@pinoyprint.example", tier="S", start="2025-02-25")
ARCHIVE = A(4075233, "oakfield-history", "secretary@oakfieldhistory.example", tier="S", start="2024-10-01", cur="GBP", price="15.00")
VINYL = A(4076649, "spinningwax", "crate@spinningwax.example", tier="S", start="2025-09-30")
MARINE = A(4077910, "nordic-marine", "lars@nordicmarine.example", tier="T", start="2024-04-01", cur="EUR", price="99.00")

MESSAGES = [
M(n=89, slug="locksmith-how-to-then", frm=("Dale Pritchard", "dale@keymasterlocksmiths.example"),
  subj="billing question", client="gmail", date="2026-03-10 12:00",
  body="""Hey, when does my plan renew each month and is there a minimum term? Trying to work out my outgoings for the tax year.

Dale""",
  i="o", k="question", b="not", acct=LOCK,
  notes="Renewal date question, no intent."),

M(n=90, slug="locksmith-then-request", frm=("Dale Pritchard", "dale@keymasterlocksmiths.example"),
  subj="Re: billing question", client="gmail", irt=89,
  body="""Cheers for that. Having done the sums, I'm going to knock it on the head - I'm a one-man band and the diary on my phone does the job. Please don't take the payment on the 14th.

Dale""",
  quote=dict(text="""Hi Dale,

Your Starter plan renews on the 14th of each month, and there's no minimum term - you can stop at any time and keep access until the end of the paid month.

Thanks,
Nina
CRM Runner Support"""),
  i="c", k="request", b="clear", acct=LOCK, rk=["i'm a one-man band", "the diary on my phone does the job"], rc="unused",
  notes="Question becomes a request; 'knock it on the head' + don't take the payment."),

M(n=91, slug="creche-nigerian-pdf-letter", frm=("Mrs. Funke Adebayo", "owner@abccreche-lagos.example"),
  subj="LETTER OF DISCONTINUATION", client="gmail", date="2026-07-31 14:20 +0100", attach="Discontinuation_letter_ABC_Creche.pdf",
  body="""Dear Sir/Ma,

Please find attached our letter of discontinuation of the CRM Runner service.

In summary, the proprietress has decided to discontinue the use of the software with effect from 1st September 2026 due to the high exchange rate. Kindly do the needful and acknowledge receipt.

Thank you.
Mrs. Funke Adebayo
ABC Creche & Nursery, Ikeja""",
  who="ng", i="c", k="request", b="clear", acct=CRECHE, rk=["due to the high exchange rate"], rc="too_expensive",
  notes="Request summarised in the body with a PDF letter attached."),

M(n=92, slug="dance-school-any-update", frm=("Dance Feet Academy", "office@dancefeet-academy.example"),
  subj="Re: Term invoices", client="gmail", date="2026-02-05 09:30 -0500",
  body="""Any update on this?""",
  quote=dict(text="""Hi,

Could you tell me why the January invoice shows 11 seats when we only have 9 instructors? Invoice 2026-0113.

Thanks,
Carla
Dance Feet Academy""", frm=("Dance Feet Academy", "office@dancefeet-academy.example")),
  i="o", k="follow_up", b="not", acct=SCHOOL, decoys=["2026-0113"],
  notes="Bare chaser about an invoice question."),

M(n=93, slug="pool-cancel-subscription-of-customer", frm=("Rick Alvarez", "service@bluewaterpools.example"),
  subj="How do I cancel a customer's maintenance plan in the app?", client="gmail", date="2026-06-14 16:00 -0700",
  body="""Hi,

One of our pool customers is cancelling their weekly maintenance contract with us. In CRM Runner I have them set up with a recurring deal "Weekly service - $140/mo". How do I cancel that recurring deal without deleting the customer's history?

Rick
Bluewater Pools""",
  i="o", k="how_to", b="not", acct=POOL, decoys=["$140/mo"],
  notes="Cancelling a recurring deal inside the CRM, not the subscription."),

M(n=94, slug="cowork-lisbon-reduce", frm=("Beatriz Sousa", "hello@hivecowork-lisbon.example"),
  subj="Change of plan", client="gmail", date="2026-01-12 10:00 +0000",
  body="""Olá,

We are a coworking in Lisbon and we have the Team plan. After the new year we lost two community managers, so we are now only 3 users. Can we pass to the Pro plan? We don't want to close the account, only pay less.

Obrigada,
Beatriz""",
  who="pt", i="o", k="downgrade", b="not", acct=COWORK,
  notes="Downgrade, explicitly not closing."),

M(n=95, slug="coaching-indian-discontinue", frm=("Vikram Sharma", "vikram@sharmacoaching.example"),
  subj="Discontinue services - Sharma Coaching Classes", client="outlook", date="2026-04-01 11:30 +0530",
  sigtable=["Vikram Sharma", "Director, Sharma Coaching Classes", "Mob: +91 98XXX 55501", "GSTIN 27AAAPS1234F1Z5"],
  body="""Respected Sir/Madam,

This is to inform you that we wish to discontinue the services of CRM Runner w.e.f. 30th April 2026. We have shifted our student enquiries to the in-house app developed by my nephew.

Kindly confirm the same and do not auto-debit from our account from May onwards.

Thanking you,""",
  who="in", i="c", k="request", b="clear", acct=EDU, decoys=["27AAAPS1234F1Z5", "+91 98XXX 55501"],
  rk=["shifted our student enquiries to the in-house app"], rc="switched_service",
  notes="'discontinue the services w.e.f.'; GSTIN decoy."),

M(n=96, slug="pinoy-sales-username", frm=("Jerome Dizon", "jerome.dizon@mailbox.example"),
  subj="Pinoy Print subscription", client="gmail", date="2026-08-08 21:00 +0800",
  body="""Hi CRM Runner,

I am the new owner of Pinoy Print, I bought the shop from Ma'am Lorna last month. Her account with you is under the username sales (the shop email is sales@pinoyprint.example). I don't plan to use a CRM, so kindly close it na and please don't charge her card anymore, she asked me to handle it.

Thank you po,
Jerome Dizon""",
  who="ph", i="c", k="request", b="maybe", amb=True, acct=MANILA, un="sales", em="sales@pinoyprint.example",
  rk=["i don't plan to use a crm"], rc="unused",
  notes="New shop owner writes for the previous owner's account from a personal address; verification needed, hence maybe."),

M(n=97, slug="history-society-retention-decline", frm=("Gwen Patterson", "secretary@oakfieldhistory.example"),
  subj="Re: We'd hate to see you go", client="plain", date="2026-09-17 15:30 +0100",
  body="""Dear Olivia,

That is very kind, but a discount doesn't change the fact that our members are mostly in their eighties and will not use e-mail. I'm afraid my answer stands: please close the Society's account at the end of September.

Yours sincerely,
Gwen Patterson
Hon. Secretary, Oakfield Local History Society""",
  quote=dict(text="""Hi Gwen,

We'd hate to see you go! As a registered charity, the Society qualifies for 50% off for a year. Would that change your mind?

Olivia
CRM Runner Customer Success"""),
  i="c", k="request", b="clear", acct=ARCHIVE, rk=["members are mostly in their eighties and will not use e-mail"], rc="unused",
  notes="Declines retention discount and restates the request."),

M(n=98, slug="vinyl-refund-question-only", frm=("Crate", "crate@spinningwax.example"),
  subj="refunds?", client="iphone", date="2026-10-30 23:59 -0500",
  body="""do you guys do refunds if you cancel mid month? not saying I am, just want to know before i commit to another year of the shop lol""",
  i="o", k="hypothetical", b="not", acct=VINYL,
  notes="Refund policy question, explicitly not cancelling."),

M(n=99, slug="marine-swedish-long-complaint", frm=("Lars Lindqvist", "lars@nordicmarine.example"),
  subj="Feedback after two years", client="thunderbird", date="2026-03-24 08:50 +0100",
  body="""Hello,

I want to give some honest feedback after two years with CRM Runner. The product was good in the beginning. Since the redesign in autumn it is slower, the mobile app logs out my salesmen every day, and the export to our accounting (Visma) has broken three times. Each time your support answered after 4-5 days.

We have decided to use Visma's own CRM from 1 April. So this is also our notice: we will not continue, please end the Team subscription when the current month is paid.

I hope the feedback is useful for you.

Best regards
Lars Lindqvist
Nordic Marine Supply AB, Org.nr 556677-8899""",
  who="se", i="c", k="request", b="clear", acct=MARINE, decoys=["556677-8899"],
  rk=["mobile app logs out my salesmen", "use visma's own crm"], rc="switched_service",
  notes="Notice given after long feedback; org number decoy."),

M(n=100, slug="marine-ack-thanks", frm=("Lars Lindqvist", "lars@nordicmarine.example"),
  subj="Re: Feedback after two years", client="thunderbird", irt=99,
  body="""Thank you for the quick confirmation this time :)

Lars""",
  quote=dict(text="""Hi Lars,

Thank you for the detailed feedback - I've passed it to our product team. Your Team subscription will end on 1 April and you won't be charged again.

Regards,
Jonas
CRM Runner Support"""),
  i="o", k="thanks", b="not", acct=MARINE,
  notes="Thanks after confirmation."),
]
