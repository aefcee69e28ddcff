from common import A, M

OSAKA = A(4098583, "takumi-knives", "sato@takumiknives.example", tier="P", start="2025-03-03")
PRAGUE = A(4099844, "vltava-tours", "info@vltavatours.example", tier="S", start="2025-05-20", cur="EUR", price="19.00")
ATHENS = A(4100105, "olive-grove", "nikos@olivegrove-export.example", tier="P", start="2024-11-30", cur="EUR", price="49.00")
BUCHAREST = A(4101466, "dev-sprint", "andrei@devsprint.example", tier="T", start="2025-01-15", cur="EUR", price="99.00")
KL = A(4102727, "kl-weddings", "siti@klweddings.example", tier="P", start="2025-06-10")
COLOMBO = A(4103088, "ceylon-spice", "dilani@ceylonspice.example", tier="S", start="2025-04-30")
DUBAI = A(4104349, "gulf-interiors", "accounts@gulfinteriors.example", plan="yearly", tier="T", start="2025-02-01")
BOGOTA = A(4105610, "cafe-andino", "camilo@cafeandino.example", tier="S", start="2025-07-12")
CAPE = A(4106971, "karoo-lodge", "reservations@karoolodge.example", tier="P", start="2025-03-01", cur="ZAR", price="899.00")
BA = A(4107232, "tango-studio", "lucia@tangostudio-ba.example", tier="S", start="2025-09-01")
SHENZHEN = A(4108593, "sz-components", "sales@szcomponents.example", tier="T", start="2024-10-20")

MESSAGES = [
M(n=125, slug="knives-japanese-polite", frm=("Sato Hiroshi", "sato@takumiknives.example"),
  subj="Regarding the contract of CRM Runner", client="gmail", date="2026-07-15 17:00 +0900",
  body="""To CRM Runner support team,

I always appreciate your service.

I am sorry for the sudden contact. From August, our company will be a distributor of a bigger company and they manage the customers. Therefore, I would like to finish the contract of CRM Runner at the end of July.

I am sorry to trouble you, but please tell me the procedure.

Best regards,
Hiroshi Sato
Takumi Knives Co., Ltd.""",
  who="jp", i="c", k="request", b="clear", acct=OSAKA, rk=["they manage the customers"], rc="switched_service",
  notes="'finish the contract at the end of July'; asks for the procedure."),

M(n=126, slug="prague-tours-czech-bug", frm=("Tomáš Dvořák", "info@vltavatours.example"),
  subj="Diacritics broken in export", client="thunderbird", date="2026-04-03 09:00 +0200",
  body="""Hello,

when I export contacts to CSV, all Czech letters are broken (Dvořák becomes DvoÅ™Ã¡k). Excel opens it wrong. Is it possible to export in UTF-8 with BOM? Otherwise I must correct 800 names by hand.

Thank you
Tomáš""",
  who="cz", i="o", k="bug_report", b="not", acct=PRAGUE,
  notes="Encoding bug report; mojibake in body on purpose."),

M(n=127, slug="olive-greek-stop-winter", frm=("Nikos Papadopoulos", "nikos@olivegrove-export.example"),
  subj="Stop", client="gmail", date="2026-11-19 20:10 +0200",
  body="""Dear friends,

The olive harvest is finished and our export season ends, we have no customers to follow until spring. I decided we will not use the CRM anymore, it is more easy for me with the Excel. Please stop the payments from December.

Regards,
Nikos""",
  who="gr", i="c", k="request", b="clear", acct=ATHENS, rk=["more easy for me with the excel"], rc="too_complex",
  notes="Clear stop with reason."),

M(n=128, slug="devsprint-romanian-trial-convert", frm=("Andrei Popescu", "andrei@devsprint.example"),
  subj="Invoice with company details", client="gmail", date="2026-02-18 11:00 +0200",
  body="""Hi,

We need the invoices with our company details for the accounting: DevSprint SRL, CUI RO41234567, Str. Lipscani 10, Bucharest. Can you add them to future invoices and re-issue invoice INV-0219-4410?

Thanks,
Andrei""",
  who="ro", i="o", k="question", b="not", acct=BUCHAREST, decoys=["RO41234567", "INV-0219-4410"],
  notes="Invoice details request; VAT id and invoice number decoys."),

M(n=129, slug="kl-weddings-malaysian-close", frm=("Siti Aminah", "siti@klweddings.example"),
  subj="Close account", client="gmail", date="2026-09-25 22:00 +0800",
  body="""Hi,

Can help close my account ah? I already join my sister's wedding company and we use her system. Don't want to pay two. Thanks ya.

Siti""",
  who="my", i="c", k="request", b="clear", acct=KL, rk=["we use her system", "don't want to pay two"], rc="switched_service",
  notes="Colloquial Malaysian English request."),

M(n=130, slug="ceylon-spice-downgrade-not-cancel", frm=("Dilani Perera", "dilani@ceylonspice.example"),
  subj="Reduce my payment", client="gmail", date="2026-05-16 10:30 +0530",
  body="""Dear Sir/Madam,

I am having only 30 customers for my spice business. Is there a smaller plan than Starter, or any discount for small business in Sri Lanka? I like the product very much and I want to continue, but the payment is difficult for me.

Thank you,
Dilani""",
  who="lk", i="o", k="question", b="not", acct=COLOMBO,
  notes="Asks for a cheaper plan/discount; wants to continue."),

M(n=131, slug="dubai-interiors-yearly-refund-cancel", frm=("Accounts - Gulf Interiors", "accounts@gulfinteriors.example"),
  subj="Cancellation of yearly subscription & refund", client="outlook", date="2026-06-03 12:00 +0400",
  sigtable=["Fatima Al Mansoori", "Accounts Manager", "Gulf Interiors LLC", "TRN 100234567800003"],
  body="""Dear Team,

Kindly note that we would like to cancel our yearly Team subscription, as the company has been restructured and the design department is now part of our parent group which uses Microsoft Dynamics.

As we paid the full year in February, we request a pro-rata refund for the remaining 8 months to our bank account. Please advise the process.

Best Regards,""",
  who="ae", i="c", k="request", b="clear", acct=DUBAI, refund=True, decoys=["100234567800003"],
  rk=["parent group which uses microsoft dynamics"], rc="switched_service",
  notes="Cancel yearly with pro-rata refund; TRN tax number decoy."),

M(n=132, slug="bogota-cafe-colombian-no-more", frm=("Camilo Restrepo", "camilo@cafeandino.example"),
  subj="No more please", client="android", date="2026-08-14 18:00 -0500",
  body="""Hello, I don't want more the service, please not charge more. We are very small coffee shop and my clients I know all by name jaja. Thank you for all.""",
  who="co", i="c", k="request", b="clear", acct=BOGOTA, rk=["my clients i know all by name"], rc="unused",
  notes="Simple non-native request."),

M(n=133, slug="karoo-lodge-afrikaans-loadshedding", frm=("Karoo Lodge Reservations", "reservations@karoolodge.example"),
  subj="Account", client="gmail", date="2026-03-28 16:00 +0200",
  body="""Goeie middag,

With all the load shedding our internet is down half the day and we can't use the online system anyway. The owner says we must go back to the bookings book. So please cancel our Runner account now now, we won't renew.

Thanks,
Annelie
Karoo Lodge""",
  who="za", i="c", k="request", b="clear", acct=CAPE, rk=["our internet is down half the day"], rc="other",
  notes="South African 'now now'; reason is outside the product."),

M(n=134, slug="tango-argentinian-hypothetical", frm=("Lucía Fernández", "lucia@tangostudio-ba.example"),
  subj="Peso and dollar", client="gmail", date="2026-04-20 21:00 -0300",
  body="""Hi! The peso is going crazy again. Is it possible to pay in pesos? Because if the dollar goes up more I will have to leave CRM Runner, and I don't want to, the students love the automatic class reminders.

Besos,
Lucía""",
  who="ar", i="o", k="question", b="maybe", acct=BA,
  notes="Conditional 'I will have to leave' + currency question."),

M(n=135, slug="shenzhen-components-close-branch-seat", frm=("Zhang Lei", "sales@szcomponents.example"),
  subj="Reduce users", client="outlook", date="2026-07-01 09:30 +0800",
  body="""Dear support,

Our Hong Kong branch office is closed from 1 July. Please delete the 2 users of that office: hk.sales01 and hk.sales02. The main account for Shenzhen continue as normal.

Best regards
Zhang Lei""",
  who="cn", i="c", k="request_seat", b="clear", acct=SHENZHEN, un="hk.sales01", seat_user=True,
  rk=["hong kong branch office is closed"], rc="business_closed",
  notes="Two seats removed; main account continues."),
]
