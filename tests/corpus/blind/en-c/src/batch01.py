from common import A, M

CHOIR = A(4000112, "stcuthberts", "treasurer@stcuthberts-choir.example", plan="yearly", tier="S", start="2024-09-14", cur="GBP", price="190.00")
INK = A(4001207, "blacklotusink", "bookings@blacklotus-tattoo.example", tier="P", start="2025-02-03")
FREIGHT = A(4002350, "vdmeer-freight", "ops@vandermeer-forwarding.example", plan="yearly", tier="T", start="2024-11-01", cur="EUR", price="990.00")
THER = A(4003018, "calmharbour", "ruth.okafor@calmharbour.example", tier="S", start="2025-06-20")
LAB = A(4004471, "lab", "labmanager@biochem.uni-leiden.example", plan="yearly", tier="T", start="2024-03-01", cur="EUR", price="990.00")
FRAN = A(4005590, "sparkwash-ns", "franchise7@sparkwash.example", tier="P", start="2025-01-10")
PROP = A(4006633, "harbourlets", "admin@harbourlets.example", tier="T", start="2024-08-19")
ACCT_CLIENT = A(4007045, "doyleplumbing", "mike@doyleplumbing.example", tier="S", start="2025-03-02")
ESTATE = A(4008120, "gordonantiques", "gordon@gordonantiques.example", tier="P", start="2023-05-11")
ASSIST = A(4009876, "ferreira-design", "paulo@ferreiradesign.example", tier="P", start="2025-04-07")
HOSP = A(4010234, "stmarys-it", "it.apps@stmaryshospital.example", plan="yearly", tier="T", start="2024-02-01")
TEEN = A(4011560, "sunshine", "dylan.b2009@mailbox.example", tier="S", start="2026-01-20")
BAKERY = A(4012008, "office", "hello@rosiesbakehouse.example", tier="S", start="2025-07-01")
YOGA = A(4013377, "flowyoga", "meena@flowyoga-pune.example", tier="S", start="2025-09-09", cur="INR", price="1599.00")
DRIVING = A(4014090, "lagosdrive", "tunde@lagosdrive.example", tier="P", start="2025-05-05")
VET = A(4015512, "pawsandclaws", "reception@pawsclaws-vet.example", tier="T", start="2025-01-15")
ROOF = A(4016044, "kowalski-roof", "marek@kowalskiroofing.example", tier="P", start="2025-03-30")
FLOR = A(4017729, "bloomroom", "ines@bloomroom.example", tier="S", start="2025-10-12")
SURF = A(4018305, "tidecraft", "jess@tidecraft-surf.example", tier="P", start="2025-08-08", cur="AUD", price="69.00")
CATER = A(4019661, "manila-feast", "grace@manilafeast.example", tier="P", start="2025-04-22")

MESSAGES = [
M(n=1, slug="choir-treasurer-lapse", frm=("Margaret Ellison", "treasurer@stcuthberts-choir.example"),
  subj="Choir accounts - renewal", client="thunderbird", date="2026-08-29 19:40 +0100",
  body="""Dear CRM Runner people,

I am the treasurer of St Cuthbert's Community Choir and I look after our subscription to your
system, which our previous secretary set up to keep track of members and concert ticket sales.

Our AGM last week voted to go back to a paper register and a shared spreadsheet, because
frankly only two of us ever logged in. So please let the subscription lapse when it comes up
for renewal on 14 September. We do not want it to renew.

Could you send me a final statement for the church accounts? The auditor likes paper.

With thanks,
Margaret Ellison
Hon. Treasurer, St Cuthbert's Community Choir""",
  i="c", k="request", b="clear", acct=CHOIR, rk=["only two of us ever logged in"], rc="unused",
  notes="Non-renewal without the word cancel ('let the subscription lapse'); asks for a statement, not a refund."),

M(n=2, slug="tattoo-card-on-file", frm=("Kai Moana", "bookings@blacklotus-tattoo.example"),
  subj="cancel card on file", client="iphone", date="2026-03-12 22:14 -0800",
  body="""hey can you cancel the card on file ending 4417, its been reported stolen. new card coming next week, ill add it then. dont want the account interrupted tho""",
  i="o", k="other", b="not", acct=INK, decoys=["4417"],
  notes="Cancel the card, not the subscription; explicitly wants the account to continue."),

M(n=3, slug="freight-clause9", frm=("Joost van der Meer", "ops@vandermeer-forwarding.example"),
  subj="Notice of termination - Van der Meer Forwarding B.V.", client="outlook", date="2026-09-30 10:02 +0200",
  sigtable=["Joost van der Meer", "Managing Director", "Van der Meer Forwarding B.V.", "Waalhaven Z.z. 21, 3089 JH Rotterdam", "KvK 24123456 | VAT NL812345678B01"],
  disclaimer="This e-mail and any attachments are confidential and intended solely for the addressee. If you received it in error please notify the sender and delete it.",
  body="""Dear Sir, Madam,

Hereby we terminate our agreement with CRM Runner per clause 9 of the terms of service, with
effect from the end of the current contract year (31 October 2026).

Reason is that our mother company in Hamburg imposes one CRM for the whole group from 2027 on
and we have to migrate to their system.

Please confirm the termination in writing and let us know until when data export is possible.

Kind regards,""",
  who="nl", i="c", k="request", b="clear", acct=FREIGHT, decoys=["3089 JH", "24123456", "NL812345678B01"],
  rk=["mother company in hamburg imposes one crm"], rc="switched_service",
  notes="Formal termination per clause 9 without 'cancel'; KvK/VAT/postcode in signature are decoys."),

M(n=4, slug="therapist-how-stop", frm=("Ruth Okafor", "ruth.okafor@calmharbour.example"),
  subj="Question", client="apple", date="2026-07-03 08:05",
  body="""Hello,

I'm a therapist in private practice and I signed up for the Starter plan in June last year. I've
found I don't really need a CRM for a caseload of twelve clients, and honestly I worry about
keeping client notes in a third-party system at all.

I'd like to stop. What do I have to do to make sure I'm not charged again?

Ruth""",
  i="c", k="request", b="maybe", amb=True, acct=THER,
  rk=["don't really need a crm", "keeping client notes in a third-party system"], rc="unused",
  notes="How-to phrasing but with a stated decision ('I'd like to stop'); labelled cancellation per rule 1, ambiguous."),

M(n=5, slug="lab-xero-terminate", frm=("Dr. Anneke Vos", "labmanager@biochem.uni-leiden.example"),
  subj="Terminate Xero integration", client="outlook", date="2026-04-15 14:22 +0200",
  sigtable=["Dr. Anneke Vos", "Lab manager, Dept. of Biochemistry", "Tel. +31 71 555 0142"],
  body="""Hello,

Our finance department has moved from Xero to SAP, so please terminate the integration with
Xero on our account. We will keep using CRM Runner for the supplier contacts as before.

Is there an SAP connector, or must we export CSV each month?

Best regards,""",
  who="nl", i="o", k="question", b="not", acct=LAB, decoys=["+31 71 555 0142"],
  notes="Terminate an integration, keep the subscription; question about a connector."),

M(n=6, slug="franchisee-winding-down", frm=("Darnell Price", "franchise7@sparkwash.example"),
  subj="Sparkwash North Shore", client="gmail", date="2026-06-18 17:31",
  body="""Hi there,

Sparkwash corporate is not renewing my franchise agreement and we're winding down the North
Shore location at the end of this month. The CRM was something I paid for myself, not through
corporate, so it's on me to sort out.

Please close us out after the June billing. Nothing after that.

Thanks,
Darnell""",
  i="c", k="request", b="clear", acct=FRAN, rk=["not renewing my franchise agreement", "winding down the north shore location"], rc="business_closed",
  notes="'winding down' + 'close us out', no cancel word."),

M(n=7, slug="property-remove-admin", frm=("Sinead Walsh", "s.walsh@harbourlets.example"),
  subj="Admin rights", client="outlook", date="2026-05-06 09:12 +0100",
  body="""Hi,

I'm leaving Harbour Lets on Friday. Please remove me as admin but keep the account - Declan
(declan@harbourlets.example) will take over as the admin. All 12 seats stay as they are.

Thanks,
Sinead Walsh
Harbour Lets Property Management""",
  i="o", k="other", b="not", acct=PROP,
  notes="Admin hand-over; account and seats explicitly kept. Sender is not the registered address."),

M(n=8, slug="accountant-for-plumber", frm=("Helen Brice ACA", "helen@bricebookkeeping.example"),
  subj="Client: Doyle Plumbing - CRM Runner subscription", client="outlook", date="2026-02-10 11:45 +0000",
  sigtable=["Helen Brice ACA", "Brice Bookkeeping Ltd", "01632 960 418"],
  body="""Good morning,

I act for Mike Doyle of Doyle Plumbing, who is retiring at the end of February. I have his
authority to deal with his subscriptions. His account with you is under mike@doyleplumbing.example.

Please end the subscription with effect from 28 February and make sure no further direct debits
are taken. Please copy Mike on your reply (he is cc'd).

Kind regards,
Helen""",
  cc="mike@doyleplumbing.example", i="c", k="request", b="clear", acct=ACCT_CLIENT, em="mike@doyleplumbing.example",
  decoys=["01632 960 418"], rk=["retiring at the end of february"], rc="business_closed",
  notes="Accountant acting for the client, registered address given in the body."),

M(n=9, slug="executor-owner-died", frm=("Catherine Gordon", "cath.gordon@fastmail.example"),
  subj="Gordon Antiques - account of the late Robert Gordon", client="gmail", date="2026-10-02 21:03 +0100",
  body="""To whom it may concern,

I am writing as executor of the estate of my father, Robert Gordon, who passed away on 11
September. He ran Gordon Antiques and I believe he used your software for his customer list.
The login he used was gordonantiques.

The shop will not reopen. I would be grateful if you could bring the account to an end and
stop the monthly payments from his business account. If there have been any charges since
11 September I would ask that these be refunded to the estate.

I can provide a copy of the death certificate if you need it.

Yours faithfully,
Catherine Gordon""",
  i="c", k="request", b="clear", acct=ESTATE, un="gordonantiques", refund=True,
  rk=["passed away", "the shop will not reopen"], rc="business_closed",
  notes="Executor writes; 'bring the account to an end'; asks refund of post-death charges."),

M(n=10, slug="assistant-forward-rfc822", frm=("Luana Costa", "luana@ferreiradesign.example"),
  subj="Fwd: crm runner", client="gmail", date="2026-09-14 10:30 -0300",
  body="""Hello support, please see below from my boss Paulo. He asked me to send to you. Thank you!

Luana
Assistente, Ferreira Design""",
  fwd=dict(mode="rfc822", frm=("Paulo Ferreira", "paulo@ferreiradesign.example"), date="2026-09-13 19:12 -0300",
           to="luana@ferreiradesign.example", subj="crm runner",
           body="""Lu, pode mandar isso pro suporte do CRM Runner? In english:

We are not using CRM Runner anymore since we moved everything to HubSpot in August. Please
cancel the Pro plan and do not charge September.

Paulo"""),
  who="br", i="c", k="forward_request", b="clear", acct=ASSIST,
  rk=["moved everything to hubspot"], rc="switched_service",
  notes="Assistant forwards the owner's request as an attachment; owner address is registered."),

M(n=11, slug="hospital-deactivate-everything", frm=("Raj Menon", "raj.menon@stmaryshospital.example"),
  subj="CRM Runner - decommission", client="outlook-html", date="2026-11-03 16:40 -0500",
  sigtable=["Raj Menon", "Application Services, IT Department", "St Mary's Hospital", "Ext. 4471 | Ticket desk x5000"],
  disclaimer="CONFIDENTIALITY NOTICE: This message may contain protected health information. If you are not the intended recipient, you are hereby notified that any review or distribution is prohibited.",
  body="""Hi,

Per change request CHG0048812, the Foundation fundraising team has moved to the Epic-integrated
donor module and CRM Runner is being decommissioned.

Please deactivate everything on the St Mary's account (stmarys-it) effective 30 November, and
confirm there will be no renewal invoice in February.

We also need written confirmation of data destruction for our records after the export is
done.

Thanks,""",
  i="c", k="request", b="clear", acct=HOSP, un="stmarys-it", decoys=["CHG0048812", "4471", "5000"],
  rk=["moved to the epic-integrated donor module"], rc="switched_service",
  notes="'deactivate everything', change-request number and extensions are decoys; data destruction asked in addition."),

M(n=12, slug="parent-found-charge", frm=("Angela Brooks", "angela.brooks@homemail.example"),
  subj="Charge on my card - I think my son signed up??", client="yahoo", date="2026-02-27 20:51 -0600",
  body="""Hi,

I found a $19 charge from CRMRUNNER on my credit card this month and I had no idea what it was. Turns out my 16 year old son Dylan signed up for it for some school business project using my card. His email is dylan.b2009@mailbox.example and he says his username is "sunshine" (don't ask).

He doesn't need it, the project is over. Please shut it down and I'd really appreciate the $19 back, he is a minor and I never agreed to this.

Angela Brooks""",
  i="c", k="request", b="clear", acct=TEEN, em="dylan.b2009@mailbox.example", un="sunshine", refund=True,
  decoys=["$19"], rk=["the project is over"], rc="unused",
  notes="Parent writes about son's account; registered email and ordinary-word username given; refund asked."),

M(n=13, slug="bakery-duplicate-charge", frm=("Rosie Lane", "hello@rosiesbakehouse.example"),
  subj="Cancel the duplicate charge please", client="gmail", date="2026-04-04 06:12 +0100",
  body="""Morning!

You've charged me twice for April - two lots of £19 on the 1st, invoice INV-20260401-3321 and INV-20260401-3322. Can you cancel the duplicate charge and refund one of them?

Love the app otherwise, the order reminders are saving my life.

Rosie""",
  i="o", k="refund_only", b="not", acct=BAKERY, decoys=["£19", "INV-20260401-3321", "INV-20260401-3322"],
  refund=True, notes="Duplicate charge, happy customer; 'cancel' applies to the charge."),

M(n=14, slug="yoga-end-of-road", frm=("Meena Kulkarni", "meena@flowyoga-pune.example"),
  subj="Regarding my account", client="gmail", date="2026-05-22 13:18",
  body="""Dear team,

Greetings from Pune. I have been using CRM Runner for my yoga studio from last September. It is
nice product but for my small studio the cost in INR is too much now after your price increase,
and most of my students are contacting on WhatsApp only.

So I think this is end of the road for us. Kindly stop the subscription from this month itself
and confirm me on this mail.

Thanks and regards,
Meena Kulkarni
Flow Yoga, Kothrud""",
  who="in", i="c", k="request", b="clear", acct=YOGA,
  rk=["cost in inr is too much", "after your price increase"], rc="too_expensive",
  notes="'end of the road for us' + 'stop the subscription'."),

M(n=15, slug="driving-threat-friday", frm=("Tunde Adeyemi", "tunde@lagosdrive.example"),
  subj="SMS reminders not working AGAIN", client="android", date="2026-03-19 09:44",
  body="""Good morning,

This is the third time this month that the lesson reminder SMS did not go out to my students. Two of them did not show up yesterday and I lost the money for those slots. Ticket #58213 is still open since 2 weeks.

I am paying for Pro for exactly this feature. Fix it by Friday or we are done with CRM Runner, I am not joking.

Tunde Adeyemi
Lagos Drive Academy""",
  who="ng", i="o", k="bug_report", b="maybe", acct=DRIVING, decoys=["58213"],
  notes="Conditional threat ('fix it by Friday or we are done'), not a request yet."),

M(n=16, slug="driving-threat-followup", frm=("Tunde Adeyemi", "tunde@lagosdrive.example"),
  subj="Re: SMS reminders not working AGAIN", client="android", irt=15,
  body="""Friday has passed and reminders still failing. Like I said. Please cancel my subscription now, I have moved to another booking app. Don't renew me on the 5th.""",
  quote=dict(text="""Hi Tunde,

Thanks for your patience. Our engineers are looking into the SMS delivery issue for Nigerian numbers. We'll update ticket #58213 as soon as we know more.

Best,
Priya
CRM Runner Support"""),
  who="ng", i="c", k="request", b="clear", acct=DRIVING, decoys=["#58213"],
  rk=["reminders still failing", "moved to another booking app"], rc="low_quality",
  notes="Threat from the earlier mail carried out; clear request above a quoted support reply."),

M(n=17, slug="vet-close-ticket", frm=("Front desk - Paws & Claws", "reception@pawsclaws-vet.example"),
  subj="Re: [Case 77120] Calendar sync", client="outlook", date="2026-06-01 12:03 -0400",
  body="""Hi, the sync works again after the update, you can close the ticket. Thanks for the help!

Bea""",
  quote=dict(text="""Hello Bea,

We pushed a fix for the Google Calendar sync last night. Could you check whether appointments are showing up again? If so, we'll close case 77120.

Kind regards,
Tom
CRM Runner Support""", subj="[Case 77120] Calendar sync"),
  i="o", k="thanks", b="not", acct=VET, decoys=["77120"],
  notes="'close the ticket' refers to a support case."),

M(n=18, slug="roofer-pulling-out", frm=("Marek Kowalski", "marek@kowalskiroofing.example"),
  subj="Kowalski roofing", client="gmail", date="2026-10-20 07:02 -0500",
  body="""Hello,

We are pulling out from CRM Runner. Season is over and my nephew who was doing the office job went back to Poland, nobody here is using the computer stuff. Please no more payments from my card after this month.

Marek Kowalski
Kowalski Roofing LLC
(555) 010-7788""",
  who="pl", i="c", k="request", b="clear", acct=ROOF, decoys=["(555) 010-7788"],
  rk=["nobody here is using the computer stuff"], rc="unused",
  notes="'pulling out' + no more payments; phone number decoy."),

M(n=19, slug="florist-end-trial-early", frm=("Ines Carvalho", "ines@bloomroom.example"),
  subj="end trial early?", client="iphone", date="2026-01-08 11:20 +0000",
  body="""Hi! Can I end the trial early and start paying now? I want the Pro features for Valentine's orders and the trial only has Starter limits. Thanks x""",
  i="o", k="plan_change", b="not", acct=FLOR,
  notes="'end the trial' in order to start paying / upgrade."),

M(n=20, slug="surf-ps-cancel", frm=("Jess Whitfield", "jess@tidecraft-surf.example"),
  subj="Lesson packs import + a thing", client="gmail", date="2026-04-28 16:55 +1000",
  body="""Hey team,

Quick one about the CSV import - when I bring in the lesson pack purchases from Square, the dates come through as US format so 04/05 becomes April 5 instead of 4 May. Is there a setting for Australian dates? I had a hunt in Settings > Import and couldn't see one.

Also the tag colours reset every time I log out, not a big deal.

Cheers,
Jess

P.S. Forgot the main thing - we're selling the school at the end of May and the new owners have their own system, so please don't renew us after May. The import question is just so I can hand over clean data.""",
  i="c", k="request", b="clear", acct=SURF, rk=["we're selling the school"], rc="business_closed",
  notes="Non-renewal buried in a P.S. after a how-to and a bug."),

M(n=21, slug="caterer-cancel-refund-q", frm=("Grace Villanueva", "grace@manilafeast.example"),
  subj="Cancellation and refund", client="gmail", date="2026-07-11 14:00 +0800",
  body="""Good afternoon po,

Please cancel my CRM Runner Pro subscription. We are closing the catering business because my husband is going abroad to work and I will follow him next year.

I paid for the whole year before? or is it monthly, I am confused. If it is yearly will I get refund for the unused months?

Thank you po,
Grace Villanueva
Manila Feast Catering""",
  who="ph", i="c", k="request", b="clear", acct=CATER, refund=True,
  rk=["closing the catering business"], rc="business_closed",
  notes="Clear request with a refund question attached (account is monthly)."),
]
