from common import A, M

TRIAL = A(4145620, "brightpath-coach", "coach.lena@brightpath.example", status="trial", tier="P", start="2026-05-01", trial="2026-05-15")
CAMPAIGN = A(4146981, "harvestfest", "events@harvestfest.example", tier="P", start="2025-06-01")
VOLVO = A(4147242, "fjord-fleet", "it@fjordfleet.example", tier="T", start="2024-08-20", cur="EUR", price="99.00")
ANTIQUE = A(4148503, "oldcurio", "curio.shop@mailbox.example", tier="S", start="2025-01-30", cur="GBP", price="15.00")
LAGOS2 = A(4149864, "naija-logistics", "ops@naijalogistics.example", tier="T", start="2025-02-12")
HOMECARE = A(4150125, "kindhands", "coordinator@kindhandscare.example", tier="P", start="2024-10-10")
MEXICO = A(4151486, "taller-ramos", "taller.ramos@mailbox.example", tier="S", start="2025-07-07")
STUDENT = A(4152747, "uni-robotics", "robotics.club@stateu.example", tier="S", start="2025-09-20")
ARTGAL = A(4153008, "gallery-nine", "info@gallerynine.example", tier="P", start="2025-03-03")
TAXPREP = A(4154369, "quicktax-jk", "jk@quicktaxprep.example", tier="S", start="2025-01-05")

MESSAGES = [
M(n=195, slug="trial-dont-convert", frm=("Lena Hartmann", "coach.lena@brightpath.example"),
  subj="Trial", client="gmail", date="2026-05-12 08:30 +0200",
  body="""Hi,

Thanks for the trial, but it's not for me - I need something that works with my Calendly and Runner doesn't. Please don't convert my trial to a paid plan on the 15th.

Lena""",
  who="de", i="c", k="request", b="clear", acct=TRIAL, rk=["i need something that works with my calendly"], rc="missing_features",
  notes="Stop trial from converting to paid = cancellation."),

M(n=196, slug="campaign-cancel-scheduled", frm=("Harvest Fest Events", "events@harvestfest.example"),
  subj="URGENT cancel scheduled email", client="iphone", date="2026-09-18 05:55 -0500",
  body="""URGENT - please cancel the scheduled email campaign "Gates open 9am!" going out at 7am. Festival is postponed for weather. I can't get into the app on my phone. Campaign ID 88-2041.""",
  i="o", k="other", b="not", acct=CAMPAIGN, decoys=["88-2041"],
  notes="Cancel a scheduled email campaign."),

M(n=197, slug="fjord-fleet-norway-sso", frm=("Fjord Fleet IT", "it@fjordfleet.example"),
  subj="Deactivate users from Azure AD", client="outlook", date="2026-02-02 09:00 +0100",
  body="""Hello,

When we deactivate a user in Azure AD, the user is not deactivated in CRM Runner. Is SCIM provisioning supported on Team plan? We have 40 users and manual offboarding is risky.

Regards,
Ingrid Solberg
IT, Fjord Fleet AS""",
  who="no", i="o", k="question", b="not", acct=VOLVO,
  notes="SCIM/deactivation question."),

M(n=198, slug="curio-shop-pensioner", frm=("Old Curiosity Shop", "curio.shop@mailbox.example"),
  subj="no longer required", client="plain", date="2026-06-19 14:00 +0100",
  body="""Dear Sirs,

Your service is no longer required. I am 79 and my granddaughter set it up and she has gone to university. I do not understand it. Kindly stop taking the money.

Mr. A. Pendleton""",
  i="c", k="request", b="clear", acct=ANTIQUE, rk=["i do not understand it", "my granddaughter set it up and she has gone to university"], rc="too_complex",
  notes="'no longer required' + stop taking money."),

M(n=199, slug="naija-logistics-partial-threat", frm=("Emeka Okonkwo", "ops@naijalogistics.example"),
  subj="Our account - serious issue", client="gmail", date="2026-10-22 11:00 +0100",
  body="""Good day,

Since last week the app is logging our drivers out every hour and they cannot update delivery status. We are losing money. I have sent 3 emails (ticket 66102) and nobody responded.

If this problem is not solved within 48 hours we will have no choice than to terminate our subscription and ask for refund of this month.

Emeka Okonkwo
Operations Manager""",
  who="ng", i="o", k="bug_report", b="maybe", acct=LAGOS2, decoys=["66102"],
  notes="Conditional termination threat with 48-hour deadline; not yet a request."),

M(n=200, slug="homecare-seat-deceased-client-confusion", frm=("Kind Hands Coordinator", "coordinator@kindhandscare.example"),
  subj="Remove client", client="gmail", date="2026-08-27 16:00 -0400",
  body="""Hi,

One of our home care clients passed away last week. How do I archive her record so the caregivers stop getting her visit reminders? I don't want to delete her notes, we have to keep them for 7 years.

Thanks,
Maria""",
  i="o", k="how_to", b="not", acct=HOMECARE,
  notes="Archive a deceased client's record (inside the CRM)."),

M(n=201, slug="taller-mexican-terminar", frm=("Taller Ramos", "taller.ramos@mailbox.example"),
  subj="Terminate", client="android", date="2026-04-25 19:00 -0600",
  body="""Hi good evening, I want to finish with the service of CRM Runner because my workshop is very small and I do not have time for the computer. Please not charge my card more. Thanks, Jorge Ramos""",
  who="mx", i="c", k="request", b="clear", acct=MEXICO, rk=["i do not have time for the computer"], rc="unused",
  notes="'finish with the service'."),

M(n=202, slug="robotics-club-student-exec", frm=("Priya Raman", "robotics.club@stateu.example"),
  subj="Club account - new exec board", client="gmail", date="2026-09-25 21:00 -0500",
  body="""Hi!

I'm the new treasurer of the Robotics Club. Last year's board set up CRM Runner for sponsors and graduated. We'd like to keep it, but please remove last year's officers' users: alex.k and sam.t. They don't have school emails anymore anyway.

Thanks!
Priya""",
  i="c", k="request_seat", b="clear", acct=STUDENT, un="alex.k", seat_user=True,
  rk=["they don't have school emails anymore"], rc="other",
  notes="Seat removals of graduated officers; account kept."),

M(n=203, slug="gallery-end-exhibition-question", frm=("Gallery Nine", "info@gallerynine.example"),
  subj="End of exhibition", client="apple", date="2026-05-31 18:00 +0100",
  body="""Hello,

Our summer exhibition ends on 30 June and we'd like to end the artist contact pipeline for it and archive all deals. Is there a bulk archive? We'll start a new pipeline for the autumn show.

Warmly,
Clara""",
  i="o", k="how_to", b="not", acct=ARTGAL,
  notes="'end the pipeline' (CRM object), not the subscription."),

M(n=204, slug="taxprep-seasonal-stop", frm=("JK Quick Tax", "jk@quicktaxprep.example"),
  subj="Tax season over", client="gmail", date="2026-04-20 21:30 -0400",
  body="""Tax season's over. Please cancel my plan now and I'll decide in January whether to sign up again. Will I get a refund for the rest of April?

Jamal""",
  i="c", k="request", b="clear", acct=TAXPREP, refund=True, rk=["tax season's over"], rc="unused",
  notes="Clear cancellation with a refund question."),
]
