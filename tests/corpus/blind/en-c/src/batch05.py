from common import A, M

TEA = A(4056781, "leafandbrew", "wei.chen@leafandbrew.example", tier="P", start="2025-05-12")
FITOUT = A(4057092, "sydneyfitouts", "ops@sydneyfitouts.example", tier="T", start="2024-11-11", cur="AUD", price="149.00")
MED = A(4058430, "clinica-sol", "admin@clinicasol.example", tier="P", start="2025-02-20")
CAR = A(4059815, "kyiv-autoparts", "olena@kyivautoparts.example", tier="S", start="2025-09-15")
THAI = A(4060127, "siam-tours", "niran@siamtours.example", tier="P", start="2025-04-04")
HAIR = A(4061566, "frontdesk", "salon@fadeandshave.example", tier="S", start="2025-07-19")
MAG = A(4062893, "quarterlyreview", "editor@quarterlyreview.example", tier="P", start="2024-08-08")
ELECT = A(4063204, "volt-bros", "gino@voltbros.example", tier="P", start="2025-03-01")
CHARITY = A(4064518, "foodbank-east", "volunteers@eastfoodbank.example", tier="S", start="2025-01-01")
RUS = A(4065902, "petrova-translations", "anna@petrova-translate.example", tier="S", start="2025-06-06", cur="EUR", price="19.00")
SEAT_OWNER = A(4066219, "harlow-accountants", "partners@harlowaccountants.example", tier="T", start="2024-05-20", cur="GBP", price="79.00")
CAIRO = A(4067347, "nile-dental", "dr.youssef@niledental.example", tier="P", start="2025-08-25")

MESSAGES = [
M(n=64, slug="tea-chinese-no-need", frm=("Chen Wei", "wei.chen@leafandbrew.example"),
  subj="Please stop my account", client="gmail", date="2026-06-09 10:20 +0800",
  body="""Hello,

Our tea shop change to sell on Tmall only, customers all in Tmall system, so the CRM is no need anymore. Please help to stop my account and not charge the fee next month.

Also please tell me how to download the customer list before stop.

Thanks!
Chen Wei""",
  who="cn", i="c", k="request", b="clear", acct=TEA,
  rk=["change to sell on tmall only", "the crm is no need anymore"], rc="switched_service",
  notes="Clear stop request with an export question."),

M(n=65, slug="fitout-only-how-to", frm=("Brodie Kerr", "ops@sydneyfitouts.example"),
  subj="how do you cancel", client="iphone", date="2026-02-14 12:12 +1100",
  body="""mate where's the cancel button in the new settings? asking for a friend (our sales manager keeps threatening to move us to monday.com lol)""",
  i="o", k="how_to", b="maybe", acct=FITOUT,
  notes="How-to question alone, no decision; joking tone."),

M(n=66, slug="clinic-gdpr-erasure", frm=("Clínica Sol - Administración", "admin@clinicasol.example"),
  subj="Right to erasure - patient data", client="outlook", date="2026-05-05 09:00 +0100",
  body="""Dear CRM Runner,

One of our former patients, Mr. J. Pereira, has exercised his right to erasure under GDPR Art. 17. We have deleted his contact record in CRM Runner, but we would like confirmation that it is also removed from your backups within the legal period.

Our subscription is not affected - we continue with the Pro plan.

Kind regards,
Administração / Administration
Clínica Sol, Faro""",
  who="pt", i="o", k="data_deletion", b="not", acct=MED,
  notes="GDPR erasure for a patient record; subscription continues."),

M(n=67, slug="kyiv-war-stop", frm=("Olena Bondarenko", "olena@kyivautoparts.example"),
  subj="Account", client="gmail", date="2026-03-08 18:00 +0200",
  body="""Good day.

Our warehouse was damaged and we are not working now, we don't know when we can start again. Please stop the subscription, I cannot pay for it now. If we restart I will write to you again.

Olena""",
  who="ua", i="c", k="request", b="clear", acct=CAR, rk=["our warehouse was damaged", "i cannot pay for it now"], rc="business_closed",
  notes="Stop request; possible return mentioned but no pause asked."),

M(n=68, slug="thai-pause-rainy", frm=("Niran Suksawat", "niran@siamtours.example"),
  subj="Low season", client="gmail", date="2026-06-01 08:40 +0700",
  body="""Hello team,

In Thailand rainy season is low season for tours, June to September we have almost no booking. Is it possible to hold my account for these 4 months and not pay, and start again in October? I don't want to lose my data.

Best regards,
Niran""",
  who="th", i="o", k="pause", b="not", acct=THAI,
  notes="Pause request for low season."),

M(n=69, slug="barber-frontdesk-seat", frm=("Marcus Bell", "salon@fadeandshave.example"),
  subj="Remove Tyrell", client="android", date="2026-04-17 20:20 -0500",
  body="""Tyrell don't work here no more, take his login off (tyrell.b) we not paying for him. thanks
Marcus - Fade & Shave""",
  i="c", k="request_seat", b="clear", acct=HAIR, un="tyrell.b", seat_user=True,
  rk=["don't work here no more"], rc="other",
  notes="Seat removal, colloquial."),

M(n=70, slug="magazine-editor-ps-nonrenew", frm=("Eleanor Finch", "editor@quarterlyreview.example"),
  subj="Subscriber tags, and our renewal", client="apple", date="2026-08-12 16:40 -0400",
  body="""Hello,

I've spent a happy morning retagging our subscriber list, and I have a question about whether tags can be nested (e.g. "Donor > Patron > Founding Patron"). It seems not, which is a pity.

Since the Review is being folded into the university press from January, our own subscriber management will be done by the press's fulfilment house. I'll need the account until the end of December to finish the winter issue mailing, but please don't let it renew beyond that.

With thanks for years of reliable service,
Eleanor Finch
Managing Editor, The Quarterly Review""",
  i="c", k="request", b="clear", acct=MAG, rk=["folded into the university press"], rc="switched_service",
  notes="Non-renewal request inside a how-to mail."),

M(n=71, slug="electrician-cancel-appointment", frm=("Gino Russo", "gino@voltbros.example"),
  subj="cancel tomorrow's demo", client="gmail", date="2026-01-29 17:05 -0500",
  body="""Hi Sarah, I need to cancel tomorrow's 10am demo of the Team features, got an emergency job across town. Can we do Monday same time?

Gino
Volt Bros Electric""",
  i="o", k="meeting_cancel", b="not", acct=ELECT,
  notes="Cancels a demo meeting."),

M(n=72, slug="foodbank-volunteer-not-owner", frm=("Jenny Tate", "jenny.t@homemail.example"),
  subj="Food bank account", client="gmail", date="2026-07-25 21:00",
  body="""Hi,

I'm one of the volunteers at East End Food Bank. We don't use the CRM anymore since the coordinator left and I keep getting emails about it. Can you cancel it? I'm not the account holder though - that was Mark, and he's moved away. The email on it is volunteers@eastfoodbank.example I think.

Jenny""",
  i="c", k="request", b="maybe", amb=True, acct=CHARITY, em="volunteers@eastfoodbank.example",
  rk=["we don't use the crm anymore"], rc="unused",
  notes="Request from a non-owner volunteer without authority; a person should verify."),

M(n=73, slug="translator-russian-no-renew", frm=("Anna Petrova", "anna@petrova-translate.example"),
  subj="No renewal", client="thunderbird", date="2026-05-27 11:15 +0300",
  body="""Hello.

I ask not to prolong my subscription for the next month. I work alone and the program is too big for my needs, I use maybe 10 % of functions. Please confirm.

Regards,
Anna Petrova""",
  who="ru", i="c", k="request", b="clear", acct=RUS, rk=["too big for my needs"], rc="too_complex",
  notes="'not to prolong' = no renewal."),

M(n=74, slug="accountants-partner-remove-admin", frm=("Richard Harlow", "richard@harlowaccountants.example"),
  subj="Access", client="outlook", date="2026-10-01 08:30 +0100",
  sigtable=["Richard Harlow FCA", "Senior Partner", "Harlow & Co Chartered Accountants"],
  disclaimer="Harlow & Co is registered to carry on audit work in the UK. This email is confidential.",
  body="""Morning,

I'm stepping back from the firm from 1 November. Please close my user, the account stays with my partner Susan Harlow who is already an admin. She'll carry on paying.

Regards,""",
  i="c", k="request_seat", b="clear", acct=SEAT_OWNER, rk=["stepping back from the firm"], rc="other",
  notes="'close my user, the account stays with my partner' is a seat removal (sender's own seat)."),

M(n=75, slug="nile-dental-cancel-subscription-mid", frm=("Dr. Youssef Hamed", "dr.youssef@niledental.example"),
  subj="Complaint", client="gmail", date="2026-10-19 23:10 +0200",
  body="""Dear Support,

I want to complain about the appointment module. Patients receive the SMS with wrong time (1 hour late) since the clock change, and three patients came late and were angry on my receptionist. I reported this problem two times (ticket 90412 and 90455) and no one answer me properly.

For this reason I decided to cancel the subscription, effective immediately. I need refund of this month since the service did not work.

Dr. Youssef Hamed
Nile Dental Clinic, Nasr City""",
  who="eg", i="c", k="request", b="clear", acct=CAIRO, refund=True, decoys=["90412", "90455"],
  rk=["sms with wrong time", "no one answer me properly"], rc="low_quality",
  notes="Complaint then immediate cancellation with refund; ticket number decoys."),
]
