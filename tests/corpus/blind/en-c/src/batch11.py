from common import A, M

WIDOW = A(4109854, "dalesflorist", "dales.florist@mailbox.example", tier="S", start="2024-04-04", cur="GBP", price="15.00")
SCOUT = A(4110115, "troop42", "troop42.treasurer@mailbox.example", tier="S", start="2025-08-30")
MECH = A(4111476, "torque-garage", "shop@torquegarage.example", tier="P", start="2025-01-09")
LAWN = A(4112737, "greenthumb", "greenthumb.lawns@mailbox.example", tier="S", start="2025-04-01")
HOTEL = A(4113098, "admin", "gm@seasidehotel-brighton.example", tier="T", start="2024-03-03", cur="GBP", price="79.00")
DJ = A(4114359, "djmaxx", "maxx@djmaxx.example", tier="S", start="2025-10-10")
RECRUIT = A(4115620, "talentbridge", "ops@talentbridge.example", tier="T", start="2024-08-01")
CANDLE = A(4116981, "wickandwax", "orders@wickandwax.example", tier="S", start="2025-09-09")
NAILS = A(4117242, "glamnails", "glamnails.tina@mailbox.example", tier="S", start="2025-02-02")
INSUR = A(4118503, "shield-insurance", "agency@shieldins.example", tier="P", start="2024-12-12")

MESSAGES = [
M(n=136, slug="widow-husbands-shop", frm=("Jean Dale", "jean.dale@mailbox.example"),
  subj="My husband's flower shop", client="plain", date="2026-05-04 10:00 +0100",
  body="""Dear Sir or Madam,

I'm sorry to be writing this. My husband Peter ran Dale's Florist and he passed away in March. I have been going through the bank statements and I see you are still taking £15 every month. His email address for it was dales.florist@mailbox.example but I do not know the password.

The shop has been shut since he died. Could you please stop it. I don't know how these things work but if any of the money could be returned since March I would be grateful, if not I understand.

Yours faithfully,
Jean Dale""",
  i="c", k="request", b="clear", acct=WIDOW, em="dales.florist@mailbox.example", refund=True, decoys=["£15"],
  rk=["passed away in march", "the shop has been shut since he died"], rc="business_closed",
  notes="Widow writes from her own address, gives the registered address; refund asked politely."),

M(n=137, slug="scout-treasurer-handover-question", frm=("Troop 42 Treasurer", "troop42.treasurer@mailbox.example"),
  subj="Change of treasurer", client="gmail", date="2026-09-06 20:00",
  body="""Hello,

I'm stepping down as treasurer of Troop 42 at the end of September. The new treasurer, Mrs. Okoro, will take over the account. How do we change the billing card and the account email to hers without closing the account? We definitely want to keep all the family records.

Thanks,
Bill Harmon""",
  i="o", k="how_to", b="not", acct=SCOUT,
  notes="Account ownership transfer; explicitly keep."),

M(n=138, slug="garage-buried-middle", frm=("Torque Garage", "shop@torquegarage.example"),
  subj="couple things", client="gmail", date="2026-06-22 12:30 -0400",
  body="""Hey guys

1) the text reminder for oil changes is sending at 3am, can you check the timezone on our account, we're Eastern.
2) can I get last year's invoices in one PDF for my accountant? Order #TG-2025 is what he calls it in his files lol
3) we're actually going to stop using Runner after this month, the new shop management software we bought has reminders built in. so no more billing after June please
4) is there a way to export the vehicle notes field? it didn't come through on the last export

thanks
Sal""",
  i="c", k="request", b="clear", acct=MECH, decoys=["#TG-2025"],
  rk=["the new shop management software we bought has reminders built in"], rc="switched_service",
  notes="Request buried as point 3 of a numbered list."),

M(n=139, slug="lawn-seasonal-hypothetical-to-request", frm=("Green Thumb Lawns", "greenthumb.lawns@mailbox.example"),
  subj="winter", client="iphone", date="2026-11-14 16:00 -0500",
  body="""Season's over. Just shut it off and I'll sign up again in March if I need it. Thx -Gus""",
  i="c", k="request", b="clear", acct=LAWN, rk=["season's over"], rc="unused",
  notes="'shut it off' with plan to possibly re-sign: a cancellation, not a pause request."),

M(n=140, slug="hotel-admin-username-seat-keep", frm=("Seaside Hotel GM", "gm@seasidehotel-brighton.example"),
  subj="User 'admin'", client="outlook", date="2026-02-09 11:30 +0000",
  body="""Hi,

Our account username is 'admin' (I know, I know). Could you tell me how to delete the old 'nightshift' user? We don't have a night auditor anymore. I don't want to remove anything else, and we're definitely keeping the account.

Regards,
Mark Fenwick
General Manager""",
  i="c", k="request_seat", b="maybe", amb=True, acct=HOTEL, un="nightshift", seat_user=True,
  rk=["we don't have a night auditor anymore"], rc="other",
  notes="How-to for deleting a seat with a clear decision (rule 1) -> request_seat, ambiguous; 'admin' is the account username, 'nightshift' the seat."),

M(n=141, slug="dj-meeting-reschedule", frm=("DJ Maxx", "maxx@djmaxx.example"),
  subj="Cancel our onboarding call", client="iphone", date="2026-10-16 14:00 -0700",
  body="""yo, need to cancel the onboarding call thursday, got a wedding gig. can we do next week? still super keen to get set up""",
  i="o", k="meeting_cancel", b="not", acct=DJ,
  notes="Cancels onboarding call."),

M(n=142, slug="recruit-long-reply-quote", frm=("Talent Bridge Ops", "ops@talentbridge.example"),
  subj="RE: Your renewal quote for 2027", client="outlook", date="2026-10-27 16:45 -0400",
  sigtable=["Kendra Mills", "Operations Director", "TalentBridge Staffing", "555-0103"],
  body="""Hi Jordan,

Thanks for the quote. We've reviewed it internally and the 18% increase doesn't work for us, especially with placements down this year. We've decided not to move forward with a renewal. Please make sure the account doesn't auto-renew on Nov 30 and send the final invoice to ops@.

Appreciate all your help over the last two years.

Kendra""",
  quote=dict(text="""Hi Kendra,

As discussed, here is your renewal quote for 2027:

Team plan, 25 seats, annual: $29,700 (previously $25,170)
Quote Q-2027-0412, valid until Nov 15.

Let me know if you'd like to go over it.

Jordan Blake
Account Executive, CRM Runner""", frm=("Jordan Blake", "jordan.blake@crmrunner.example"), subj="Your renewal quote for 2027"),
  i="c", k="request", b="clear", acct=RECRUIT, decoys=["555-0103"],
  rk=["the 18% increase doesn't work for us", "placements down this year"], rc="too_expensive",
  notes="Non-renewal above a quoted sales quote (quote ids only in the quote)."),

M(n=143, slug="candle-delete-contacts", frm=("Wick & Wax", "orders@wickandwax.example"),
  subj="delete all contacts?", client="gmail", date="2026-01-30 22:15",
  body="""Is there a way to delete ALL contacts at once and start again? I imported the wrong file (my personal phone contacts, yikes). Don't want to delete the account, just the contacts.

Thanks!
Meg""",
  i="o", k="how_to", b="not", acct=CANDLE,
  notes="Delete contacts, keep the account."),

M(n=144, slug="nails-vietnamese-american-close", frm=("Tina Nguyen", "glamnails.tina@mailbox.example"),
  subj="close account", client="android", date="2026-07-19 10:40 -0500",
  body="""Hi, I want close my account for Glam Nails. My customer all book by Instagram now, I not use the system. Please no more charge. Thank you""",
  who="vn", i="c", k="request", b="clear", acct=NAILS, rk=["book by instagram now", "i not use the system"], rc="unused",
  notes="Short non-native request."),

M(n=145, slug="insurance-agency-terminate-policy", frm=("Shield Insurance Agency", "agency@shieldins.example"),
  subj="Terminate policy automation", client="outlook", date="2026-03-31 13:00 -0500",
  body="""Hello,

We need to terminate the automation that sends renewal reminders for policies that were cancelled by the carrier. Right now clients whose policies were cancelled are still getting "your policy renews soon" emails. How do we stop the workflow for contacts tagged "Cancelled - carrier"?

Thanks,
Donna Ruiz
Shield Insurance Agency""",
  i="o", k="how_to", b="not", acct=INSUR,
  notes="Stop a workflow for cancelled insurance policies; heavy cancel wording."),
]
