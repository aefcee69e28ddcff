from common import A, M
from batch03 import MUSIC, SPA, IT_MSP, BREW, KARACHI, POTTERY, MOVERS, RETENTION

KIDS = A(4051203, "littlesprouts", "director@littlesprouts-daycare.example", tier="P", start="2025-01-05")
CONSULT = A(4052574, "mwconsult", "m.weber@weber-consult.example", tier="S", start="2025-03-21", cur="EUR", price="19.00")
TOWING = A(4053918, "bigjohns", "john@bigjohnstowing.example", tier="P", start="2024-10-30")
BOOKS = A(4054035, "pageturners", "shop@pageturners-books.example", tier="S", start="2025-06-01", cur="GBP", price="15.00")
ESTATE2 = A(4055462, "test", "linda.marsh@marshcounselling.example", tier="S", start="2025-02-11")

MESSAGES = [
M(n=51, slug="violin-italian-lapse", frm=("Chiara Valenti", "chiara.v@studiomusica.example"),
  subj="my subscription", client="gmail", date="2026-06-28 22:30 +0200",
  body="""Good evening,

I am a violin teacher and I used CRM Runner for my students and the payments of the lessons. In July I move back to Bologna to teach in the conservatory, so I will not have private students anymore.

I would like to not continue the subscription after June. Can you confirm that there will be no more payments? Thank you so much for the nice tool, it was very useful.

Chiara""",
  who="it", i="c", k="request", b="clear", acct=MUSIC,
  rk=["i will not have private students anymore"], rc="unused",
  notes="'not continue the subscription after June'."),

M(n=52, slug="spa-hello-username-forward", frm=("Lucía Martín", "lucia.martin@gestoriamartin.example"),
  subj="Baja de servicio - Serena Spa", client="gmail", date="2026-09-22 12:10 +0200",
  body="""Hello,

I am the gestora (accountant) of Serena Spa in Madrid. The owner, Sra. Elena Ruiz, asked me to manage the cancellation of the software because the spa is closing on 30 September. The username of the account is hello and the email is info@serenaspa-madrid.example.

Please cancel from October and send the cancellation confirmation to me and to her. Our reference for this client is EXP-2291.

Kind regards,
Lucía Martín
Gestoría Martín, C/ Alcalá 155, 28009 Madrid""",
  who="es", i="c", k="request", b="clear", acct=SPA, un="hello", em="info@serenaspa-madrid.example",
  decoys=["EXP-2291", "28009"], rk=["the spa is closing"], rc="business_closed",
  notes="Accountant acts for the owner; ordinary-word username 'hello' plus registered e-mail; non-ASCII name and subject."),

M(n=53, slug="msp-client-seat", frm=("Gareth Llewellyn", "accounts@northbyte-it.example"),
  subj="Licence reconciliation Q3", client="outlook", date="2026-09-30 17:20 +0100",
  sigtable=["Gareth Llewellyn", "Service Delivery Manager", "NorthByte IT Ltd", "Company No. 09876543"],
  body="""Hi,

Doing our quarterly licence reconciliation. Three of the seats on our Team account belong to engineers who left in the summer:

- o.hughes
- p.nowak
- r.adeyemi

Please remove o.hughes only - the other two logins are being reassigned to new starters next week, so leave those. Can you also confirm the seat count we'll be billed for in October?

Thanks,""",
  i="c", k="request_seat", b="clear", acct=IT_MSP, un="o.hughes", seat_user=True, decoys=["09876543"],
  rk=["engineers who left in the summer"], rc="other",
  notes="One of three listed seats to be removed (o.hughes); others explicitly kept."),

M(n=54, slug="brewery-we-are-done-conditional-met", frm=("Shane O'Leary", "mgr@hopscotchbrewing.example"),
  subj="RE: Invoice 2026-08 (Pro)", client="outlook-mobile", date="2026-08-07 19:50 -0700",
  body="""You charged us for Team when we're on Pro, second month running. I said last time if it happened again we're done. Here we are. I want the difference back for both months and then please close the account. We're finished.""",
  i="c", k="request", b="clear", acct=BREW, refund=True, decoys=["2026-08"],
  rk=["charged us for team when we're on pro"], rc="customer_service",
  notes="Angry billing complaint ending in a clear close request with refund."),

M(n=55, slug="karachi-how-to-remove-card", frm=("Imran Zaidi", "imran@zaiditraders.example"),
  subj="Remove card", client="gmail", date="2026-03-03 11:11 +0500",
  body="""Dear support,

How I can remove my old Visa card from the account and add company Mastercard? The old card is my personal, I don't want company charges on it. Please guide.

Regards,
Imran Zaidi
Zaidi Traders, Karachi""",
  who="pk", i="o", k="how_to", b="not", acct=KARACHI,
  notes="Payment method change, not a cancellation."),

M(n=56, slug="pottery-short-reply-yes", frm=("Fern Abbott", "fern@claybodystudio.example"),
  subj="Re: Confirm cancellation?", client="apple", date="2026-11-12 09:00",
  body="""Yes please.

Fern""",
  quote=dict(text="""Hi Fern,

We received a message from your account asking to close Claybody Studio's subscription. Before we do anything, could you confirm you'd like us to cancel your Starter plan at the end of the current period (2 December)?

Thanks,
Marcus
CRM Runner Support"""),
  i="c", k="follow_up", b="clear", acct=POTTERY,
  notes="'Yes please' under support's confirmation request: a cancellation by thread meaning."),

M(n=57, slug="movers-order-cancel", frm=("Dispatch", "dispatch@swiftmove.example"),
  subj="Cancel order #SM-44120 (printed brochures)", client="gmail", date="2026-05-19 07:55 -0500",
  body="""Hi - we ordered 500 printed brochures through your marketplace partner with order #SM-44120, please cancel that order, we found a typo in the phone number. We'll reorder after fixing it.

SwiftMove Dispatch""",
  i="o", k="order_cancel", b="not", acct=MOVERS, decoys=["#SM-44120"],
  notes="Order cancellation for printed material."),

M(n=58, slug="daycare-refund-only", frm=("Patricia Nwosu", "director@littlesprouts-daycare.example"),
  subj="Refund for the annual charge by mistake", client="gmail", date="2026-02-02 13:00",
  body="""Hello,

I meant to stay monthly but clicked the annual plan by mistake on the billing page yesterday and I was charged $490. Could you switch me back to monthly and refund the difference? We're staying with you, it's just a cash flow thing for a daycare in February.

Thank you,
Patricia Nwosu
Director, Little Sprouts Daycare""",
  i="o", k="refund_only", b="not", acct=KIDS, refund=True, decoys=["$490"],
  notes="Refund of a mistaken annual charge; staying."),

M(n=59, slug="consultant-german-please-confirm", frm=("Dr. Markus Weber", "m.weber@weber-consult.example"),
  subj="Termination of contract", client="thunderbird", date="2026-04-30 21:45 +0200",
  body="""Dear Sir or Madam,

I hereby terminate my contract (Starter plan, customer since March 2025) at the next possible date. I am retiring and will close my consulting practice.

I ask for a short written confirmation, including the date on which the contract ends.

Yours sincerely
Dr. Markus Weber""",
  who="de", i="c", k="request", b="clear", acct=CONSULT, rk=["i am retiring", "close my consulting practice"], rc="business_closed",
  notes="Formal German-style termination."),

M(n=60, slug="towing-already-cancelled", frm=("Big John", "john@bigjohnstowing.example"),
  subj="WHY AM I STILL BEING CHARGED", client="yahoo", date="2026-07-06 06:30 -0500",
  body="""I cancelled this thing in May through the website, got the email and everything. Now I see $49 again on June 30. Give me my money back. Confirmation number was CXL-88213.""",
  i="o", k="already_cancelled", b="not", acct=TOWING, refund=True, decoys=["$49", "CXL-88213"],
  notes="Already cancelled, charged again; refund, no new request."),

M(n=61, slug="towing-followup-again", frm=("Big John", "john@bigjohnstowing.example"),
  subj="Re: WHY AM I STILL BEING CHARGED", client="yahoo", irt=60,
  body="""Still waiting. And while you're at it make sure the account is closed for real this time, I don't trust your website. Close it. Today.""",
  i="c", k="follow_up", b="maybe", amb=True, acct=TOWING,
  notes="Chaser that restates the wish to close (rule 2: asks again), ambiguous since it was already cancelled."),

M(n=62, slug="bookshop-newsletter-unsub", frm=("Page Turners", "shop@pageturners-books.example"),
  subj="Stop sending me the product newsletter", client="gmail", date="2026-03-26 10:40 +0000",
  body="""Hi, I'm getting your 'What's new in Runner' newsletter every week now, can I unsubscribe from that please? The link at the bottom goes to a 404. Still love the product, just not the emails.

Ta,
Olive""",
  i="o", k="newsletter_unsubscribe", b="not", acct=BOOKS,
  notes="Newsletter unsubscribe, keeps the product."),

M(n=63, slug="counsellor-test-username", frm=("Linda Marsh", "linda.marsh@marshcounselling.example"),
  subj="Closing my practice account", client="gmail", date="2026-10-08 14:00",
  body="""Hi,

When I signed up I chose the username "test" because I thought I was just trying it out - and then I never changed it! Anyway, it's that account. I'm moving my practice to a clinic that has its own records system, so please close the CRM Runner account and stop the Starter subscription at the end of this billing month.

Thanks,
Linda Marsh, MA LPC""",
  i="c", k="request", b="clear", acct=ESTATE2, un="test",
  rk=["moving my practice to a clinic that has its own records system"], rc="switched_service",
  notes="Ordinary-word username 'test'."),
]
