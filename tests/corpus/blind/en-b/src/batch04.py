from common import A, M

MESSAGES = [
M(n=151, slug="withdraw-cancel-please-keep", frm=("Shirley Amos", "shirley@amosbridal.example"),
  acct=3409927, subj="Re: close account", client="gmail", irt=102,
  body="""Hi,

Hold off on closing the account please! The merger has been delayed until spring, so we'll need Runner a few more months. Sorry for the back and forth.

Shirley""",
  i="o", k="withdrawal", b="not", wd=True,
  notes="Puts the earlier closure request on hold (withdrawal)."),

M(n=152, slug="already-cancelled-confirm", frm=("Lena Hoffmann", "lena.hoffmann@hoffmannphoto.example"),
  acct=A(3269574, "hoffmannphoto", "lena.hoffmann@hoffmannphoto.example", status="cancelled", start="2025-01-08", tier="S"), who="de",
  subj="Confirmation of cancellation?", client="gmail",
  body="""Hello,

I have cancelled my subscription in the settings on 2 May but I did not receive any confirmation mail. Can you please send me a confirmation for my documents?

Thank you and best regards
Lena Hoffmann""",
  i="o", k="already_cancelled", b="not", decoys=["2 May"],
  notes="Already cancelled in the app; asks for a confirmation document."),

M(n=153, slug="order-cancel-hardware", frm=("Ricky Alvarez", "ricky@alvarezmechanical.example"),
  acct=A(3270685, "alvarezmech", "ricky@alvarezmechanical.example", start="2025-03-03"),
  subj="cancel order 10294", client="gmail",
  body="""Hey, I ordered two of the card scanners through your store yesterday (order 10294). Turns out my phone does the same thing. Can I cancel that order before it ships?

Ricky""",
  i="o", k="order_cancel", b="not", decoys=["10294"],
  notes="Cancel a hardware order."),

M(n=154, slug="how-to-remove-myself", frm=("Jenny Liu", "jenny.liu88@mailbox.example"),
  subj="remove me", client="iphone",
  body="""Hi I was added to my old office's Runner account. How do I remove myself? I don't work there anymore""",
  i="o", k="how_to", b="maybe", amb=True,
  notes="A seat user (not the owner) asks how to remove herself; she cannot cancel the owner's seat. Other, ambiguous."),

M(n=155, slug="newsletter-unsub-customer", frm=("Colin Marsh", "colin@marshjoinery.example"),
  acct=A(3281796, "marshjoinery", "colin@marshjoinery.example", start="2024-12-20"),
  subj="Unsubscribe from marketing", client="outlook",
  body="""Hi,

Please take me off your marketing emails. I'm happy with the subscription, I just don't need the webinars and offers.

Colin Marsh""",
  i="o", k="newsletter_unsubscribe", b="not",
  notes="Marketing unsubscribe, keeps the subscription."),

M(n=156, slug="refund-accidental-renewal", frm=("Beth Carver", "beth@carverquilts.example"),
  acct=A(3292807, "carverquilts", "beth@carverquilts.example", plan="yearly", start="2025-04-18", tier="S"),
  subj="Renewal", client="apple",
  body="""Hello,

The yearly renewal went through on the 18th and I had forgotten to switch off auto-renew. I don't intend to use CRM Runner anymore now that the shop is online-only with Etsy handling messages. Could you cancel it and refund the $190?

Beth Carver""",
  i="c", k="request", b="clear", refund=True, decoys=["18th", "$190"],
  rk=["the shop is online-only with etsy handling messages"], rc="switched_service",
  notes="Refund plus explicit 'don't intend to use anymore ... cancel it'."),

M(n=157, slug="auto-reply-exchange", frm=("Priscilla Grant", "pgrant@grantlaw.example"),
  subj="Automatic reply: CRM Runner - payment failed", client="auto",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Thank you for your email. I am currently in trial and will respond on my return. If your matter is urgent please call 555-0114.

Priscilla Grant
Grant Law""",
  i="a", k="auto_reply", b="not",
  notes="Lawyer's in-trial auto-reply ('trial' here means court)."),

M(n=158, slug="hypothetical-close-business", frm=("Marvin Tate", "marvin@tateelectrical.example"),
  acct=A(3303918, "tateelectric", "marvin@tateelectrical.example", start="2025-06-06"),
  subj="If we close", client="gmail",
  body="""Hi,

We may have to close the business later this year, depending on a contract decision. If that happens, how much notice do you need to cancel, and can you export the customer list as a CSV for my records?

Marvin Tate""",
  i="o", k="hypothetical", b="maybe",
  notes="Hypothetical closure; closing words present but no request."),

M(n=159, slug="stop-runner-phone-android", frm=("Bongani", "bongani.d@mailbox.example"),
  acct=A(3314029, "bongani", "bongani.d@mailbox.example", start="2025-08-11", tier="S"), who="za",
  subj="stop", client="android",
  body="""Please stop the Runner debit order, I'm leaving the car sales job at month end""",
  i="c", k="request", b="clear", rk=["i'm leaving the car sales job at month end"], rc="other",
  notes="'debit order' (South African term) for the recurring payment."),

M(n=160, slug="complaint-support-no-cancel", frm=("Leonard Fisk", "leonard@fiskplumbing.example"),
  acct=A(3325130, "fiskplumbing", "leonard@fiskplumbing.example", start="2025-01-25"),
  subj="Complaint", client="gmail",
  body="""I want to make a formal complaint about the rep on chat yesterday who told me to 'read the docs' and closed the chat. I've been a customer almost two years. Not good enough.

Leonard Fisk""",
  i="o", k="other", b="not",
  notes="Complaint about support; no wish to leave."),

M(n=161, slug="seat-remove-username-word", frm=("Kathy Brandt", "kathy@brandtinsurance.example"),
  acct=A(3336241, "brandtins", "kathy@brandtinsurance.example", tier="T", start="2024-08-08"),
  subj="Remove the frontdesk login", client="gmail",
  body="""Hello,

We had a shared login for the front desk, username is frontdesk. We don't have a receptionist anymore so please remove that seat from our Team plan.

Thank you,
Kathy Brandt""",
  i="c", k="request_seat", b="clear", un="frontdesk", seat_user=True,
  rk=["we don't have a receptionist anymore"], rc="other",
  notes="Seat removal; the seat's login is the ordinary word 'frontdesk'."),

M(n=162, slug="list-mail-conference", frm=("SmallBiz Expo", "events@smallbizexpo.example"),
  subj="Last chance: early-bird tickets end Friday", client="list",
  list=dict(unsub_url="https://smallbizexpo.example/unsub?id=77"),
  body="""Join 4,000 small-business owners in Denver this October.

Early-bird pricing ends Friday. Cancel free of charge up to 30 days before the event.""",
  hdrs={"List-Id": "SmallBiz Expo <events.smallbizexpo.example>", "Precedence": "bulk"},
  i="o", k="list_mail", b="not",
  notes="Event marketing mail with 'cancel' in the body."),

M(n=163, slug="italian-disdetta", frm=("Marco Bellini", "marco@bellinimoto.example"),
  acct=A(3347352, "bellinimoto", "marco@bellinimoto.example", plan="yearly", start="2025-11-01"), who="it",
  subj="Disdetta abbonamento (cancellation)", client="gmail",
  body="""Good morning,

with this email I communicate the cancellation of the subscription to CRM Runner, with no renewal at the expiry of November. Please send me confirmation.

The program is very nice but we are a little company and we use only the agenda.

Best regards
Marco Bellini""",
  i="c", k="request", b="clear", rk=["we use only the agenda"], rc="unused",
  notes="Italian-style formal cancellation (disdetta) with no renewal at expiry."),

M(n=164, slug="question-what-happens-trial", frm=("Hailey Ross", "hailey@rossdogwalking.example"),
  acct=A(3358463, "rossdogs", "hailey@rossdogwalking.example", status="trial", start="2026-06-01", trial="2026-06-15"),
  subj="trial ending", client="iphone", date="2026-06-12 19:05",
  body="""Hi what happens when my trial ends? Will it charge me automatically? I haven't decided if I'm keeping it""",
  i="o", k="question", b="maybe",
  notes="Trial user asking about automatic charge; undecided."),

M(n=165, slug="forward-inline-sister-cancel", frm=("Anna Kowalczyk", "anna.kowalczyk@mailbox.example"),
  acct=A(3369574, "zofiacakes", "zofia@zofiacakes.example", start="2025-02-22", tier="S"), who="pl",
  subj="Fwd: CRM", client="gmail",
  fwd=dict(frm=("Zofia Kowalczyk", "zofia@zofiacakes.example"), date="2026-07-19 21:10", subj="CRM",
           to="Anna Kowalczyk <anna.kowalczyk@mailbox.example>",
           body="""Anna, can you write to them in English please, I want to finish this CRM Runner, I don't understand it and it cost too much for the cake shop. Thank you sister"""),
  body="""Hello,

My sister Zofia is the owner, she asked me to write because her English is not so good. Please cancel her CRM Runner as she writes below.

Thank you,
Anna""",
  i="c", k="forward_request", b="clear",
  rk=["i don't understand it", "it cost too much"], rc="too_expensive",
  notes="Relative forwards the owner's request; two reasons, cost chosen as code."),

M(n=166, slug="cancel-reminder-emails", frm=("Ted Gruber", "ted@grubertax.example"),
  acct=A(3370685, "grubertax", "ted@grubertax.example", start="2025-03-30"),
  subj="cancel the reminders", client="gmail",
  body="""How do I cancel the automatic birthday emails that go to my clients? One went to a client who passed away last month and it was awful. I need them all off today.

Ted""",
  i="o", k="how_to", b="not",
  notes="Cancel in-product automated e-mails; closing-ish word in the text but not a subscription request."),

M(n=167, slug="gh-chaser-restate", frm=("Kwame Asante", "kwame.asante@asanteagro.example"),
  acct=3242803, subj="Re: Stop the subscription please", client="gmail", irt=81, who="gh",
  body="""Good day,

Please I have not received any reply. I am still asking you to stop the CRM Runner subscription before the next debit on the 28th.

Thank you.
Kwame""",
  i="c", k="follow_up", b="clear", decoys=["28th"],
  notes="Chaser restating the request."),

M(n=168, slug="sales-reseller", frm=("Hamid Rahimi", "hamid@gulfsoftdistribution.example"),
  subj="Reseller partnership - UAE", client="outlook", who="ae",
  body="""Dear CRM Runner team,

We are a software distributor in Dubai and would like to become authorised reseller of CRM Runner for the GCC region. Please share your partner program details and margins.

Best regards,
Hamid Rahimi""",
  i="o", k="sales", b="not",
  notes="Reseller inquiry."),

M(n=169, slug="stop-billing-accountant", frm=("Gwen Harris", "gwen@harrisbookkeeping.example"),
  acct=A(3381796, "tidewatermarine", "owner@tidewatermarine.example", start="2024-11-30"),
  subj="Tidewater Marine - CRM Runner", client="outlook",
  body="""Hello,

I'm the bookkeeper for Tidewater Marine. The owner, Rick Dale, has asked me to get the CRM Runner charges stopped - they sold the marina at the end of June. The account is registered to owner@tidewatermarine.example. I've copied Rick.

Gwen Harris
Harris Bookkeeping""",
  cc="Rick Dale <owner@tidewatermarine.example>",
  i="c", k="request", b="clear", em="owner@tidewatermarine.example",
  rk=["they sold the marina"], rc="business_closed",
  notes="Third party (bookkeeper) acting for the owner, owner cc'd; registered address in body."),

M(n=170, slug="bounce-domain-expired", frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Undelivered Mail Returned to Sender", client="dsn",
  dsn=dict(rcpt="hello@shutteredcafe.example", status="5.4.4",
           diag="554 5.4.4 <hello@shutteredcafe.example>: Host or domain name not found",
           rhost="shutteredcafe.example",
           orig=dict(subj="Your payment failed", body="We couldn't charge your card. Please update your payment details.\n\nCRM Runner")),
  i="b", k="bounce", b="not",
  notes="Domain-not-found bounce."),

M(n=171, slug="downgrade-not-cancel-phone", frm=("Dee", "dee.marsh@mailbox.example"),
  acct=A(3392807, "deemarsh", "dee.marsh@mailbox.example", start="2025-05-05"),
  subj="cheaper", client="iphone",
  body="""Can you put me on the cheapest one. Don't cancel me just cheaper""",
  i="o", k="downgrade", b="not",
  notes="Phone downgrade; explicitly not a cancellation."),

M(n=172, slug="outlook-html-not-renew-school", frm=("Patricia Dunmore", "p.dunmore@stmarysacademy.example"),
  acct=A(3403918, "stmarysdev", "development@stmarysacademy.example", plan="yearly", start="2025-09-01", tier="T"),
  subj="CRM Runner - contract end", client="outlook-html",
  sigtable=["Patricia Dunmore", "Business Manager", "St Mary's Academy", "Tel 555-0152"],
  body="""Dear CRM Runner,

Further to the governors' budget review, I am writing to confirm that St Mary's Academy will not be renewing its CRM Runner Team licence (registered to development@stmarysacademy.example) when it expires on 31 August. Please ensure auto-renewal is disabled and no invoice is issued for 2026/27.

Many thanks,""",
  i="c", k="request", b="clear", em="development@stmarysacademy.example",
  decoys=["555-0152", "31 August", "2026/27"], rk=["governors' budget review"], rc="too_expensive",
  notes="School business manager's Outlook HTML notice of non-renewal; registered address in body."),

M(n=173, slug="reactivation", frm=("Greg Owusu", "greg.owusu@owusudesign.example"),
  acct=3114029, subj="coming back", client="gmail",
  body="""Hi, I cancelled in March but I'd like to reactivate - got a big new client. Can I get my old data back?

Greg""",
  i="o", k="other", b="not",
  notes="Reactivation request from a cancelled account."),

M(n=174, slug="cancel-because-price-rise", frm=("Bridget Nolan", "bridget@nolanflowers.example"),
  acct=A(3414029, "nolanflowers", "bridget@nolanflowers.example", start="2024-10-14", tier="S"),
  subj="Price increase", client="gmail",
  body="""Hi,

I saw the email about Starter going up. That's a bit much for what I use it for, so please cancel mine before the new price kicks in.

Bridget""",
  i="c", k="request", b="clear", rk=["that's a bit much for what i use it for"], rc="too_expensive",
  notes="Price-increase reason."),

M(n=175, slug="question-invoice-copy", frm=("Julio Ramos", "julio@ramosdrywall.example"),
  acct=A(3425130, "ramosdrywall", "julio@ramosdrywall.example", start="2025-06-30"), who="mx",
  subj="invoice copy", client="gmail",
  body="""Hi, can you please send me again the invoice of March? I lost it and my accountant need it. Thanks!!

Julio""",
  i="o", k="question", b="not",
  notes="Invoice copy request."),

M(n=176, slug="malaysian-terminate", frm=("Nurul Aziz", "nurul@azizlogistik.example"),
  acct=A(3436241, "azizlogistik", "nurul@azizlogistik.example", start="2025-02-12"), who="my",
  subj="Termination CRM Runner", client="gmail",
  body="""Hi Support,

We would like to terminate the CRM Runner already. Our boss retire and the company will be taken over by his son, he want to use other system lah. Please advise what we need to do.

Thank you
Nurul""",
  i="c", k="request", b="clear", rk=["our boss retire"], rc="business_closed",
  notes="Owner retired; Malaysian English ('lah')."),

M(n=177, slug="refund-only-after-downgrade", frm=("Nadia Haddad", "nadia@haddadevents.example"),
  acct=3180276, subj="Re: Downgrade", client="gmail", irt=21,
  body="""Thanks for moving us to Starter. I was still charged the Pro price this month though - can you refund the $30 difference?

Nadia""",
  i="o", k="refund_only", b="not", refund=True, decoys=["$30"],
  notes="Refund after a downgrade."),

M(n=178, slug="hypothetical-pause-vs-cancel-german", frm=("Stefan Brandt", "stefan@brandt-immobilien.example"),
  acct=A(3447352, "brandtimmo", "stefan@brandt-immobilien.example", start="2025-04-04"), who="de",
  subj="Question to pausing", client="gmail",
  body="""Hello,

is it possible to pause the account for some months or must we cancel it? In the winter the real estate business is very quiet. We do not want to loose the data.

Best regards
Stefan Brandt""",
  i="o", k="pause", b="not",
  notes="Asks about pausing vs cancelling; wants to keep data."),

M(n=179, slug="cancel-runner-iphone-reason", frm=("Jared", "jared.cole@mailbox.example"),
  acct=A(3458463, "jaredcole", "jared.cole@mailbox.example", start="2025-10-10", tier="S"),
  subj="Cancel", client="iphone",
  body="""Please cancel CRMRunner. My boss pays for one at the new job so I don't need my own""",
  i="c", k="request", b="clear", rk=["my boss pays for one at the new job"], rc="switched_service",
  notes="Phone request; has access elsewhere."),

M(n=180, slug="cancel-deal-webinar-mixed", frm=("Samira Khalil", "samira@khalilevents.example"),
  acct=A(3469574, "khalilevents", "samira@khalilevents.example", start="2025-05-15"),
  subj="cancelled event - bulk update?", client="gmail",
  body="""Hi,

One of our corporate clients cancelled a 300-person event, so I need to cancel about 40 related tasks and deals in Runner. Is there a bulk way to do that?

Samira""",
  i="o", k="how_to", b="not", decoys=["300", "40"],
  notes="Cancelled client event; bulk-update how-to."),

M(n=181, slug="no-subject-cancel", frm=("Lou Ferraro", "lou@ferraropizza.example"),
  acct=A(3470685, "ferraropizza", "lou@ferraropizza.example", start="2025-03-03", tier="S"),
  subj=None, client="plain",
  body="""Hi,
please cancel our crm runner, we're a pizza place, we tried it for the catering side but the catering is done now. thanks
Lou""",
  i="c", k="request", b="clear", rk=["the catering is done now"], rc="unused",
  notes="No subject; plain text."),

M(n=182, slug="auto-reply-zendesk", frm=("Greenway Support", "support@greenwaysolar.example"),
  subj="[Greenway Solar] Re: Invoice 2026-09", client="auto",
  hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
  body="""##- Please type your reply above this line -##

Your request (#88134) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.""",
  i="a", k="auto_reply", b="not",
  notes="Helpdesk auto-acknowledgement from a customer's support system."),

M(n=183, slug="withdrawal-keep-team", frm=("Anders Lindqvist", "anders@lindqvistco.example"),
  acct=3385172, subj="Re: cancellation", client="apple", irt=48,
  body="""Hello,

Please disregard the cancellation that Greta forwarded. We had a board meeting and will keep the Team plan for one more year.

Anders""",
  i="o", k="withdrawal", b="not", wd=True,
  notes="Owner withdraws the cancellation his colleague forwarded."),

M(n=184, slug="chinese-how-to-and-decide", frm=("Chen Jie", "chenjie@jiemachinery.example"),
  acct=A(3481796, "jiemachinery", "chenjie@jiemachinery.example", start="2025-07-08"), who="cn",
  subj="how to cancel", client="gmail",
  body="""Hello,

We decide not use CRM Runner anymore. I cannot find where is cancel in the system. Please tell me how to do, or you can help me cancel directly.

Thanks
Chen Jie""",
  i="c", k="request", b="clear",
  notes="How-to plus stated decision and an offer to let support do it: clear cancellation."),

M(n=185, slug="data-export-before-leave-question", frm=("Frances Ibe", "frances@ibecounselling.example"),
  acct=A(3492807, "ibecounsel", "frances@ibecounselling.example", start="2025-04-21", tier="S"),
  subj="deleting client notes", client="gmail",
  body="""Hello,

For confidentiality reasons I need to permanently delete the session notes of two former clients from Runner, including from backups. Can you confirm how this works?

Frances Ibe""",
  i="o", k="data_deletion", b="not",
  notes="Deletion of specific records; not a cancellation."),

M(n=186, slug="argentinian-baja", frm=("Martín Sosa", "martin@sosaconsultora.example"),
  acct=A(3004918, "sosaconsultora", "martin@sosaconsultora.example", start="2025-01-30"), who="ar",
  subj="Cancel the account, please", client="gmail",
  body="""Hi! How are you?

I need to give de baja (cancel) our account of CRM Runner. With the exchange and the taxes for paying in dollars here in Argentina it is imposible to continue, it costs almost double.

Thanks a lot, cheers!
Martín""",
  i="c", k="request", b="clear", rk=["it costs almost double"], rc="too_expensive",
  notes="Code-switching ('give de baja'); cost reason."),

M(n=187, slug="question-seat-added-by-mistake", frm=("Olivia Grant", "olivia@grantmarketing.example"),
  acct=3071190, subj="Re: adding seats", client="gmail", irt=59,
  body="""Thanks! We added the two seats. Quick one - can we add a read-only user for our accountant, or does that count as a seat too?

Olivia""",
  i="o", k="question", b="not",
  notes="Follow-up question on seats; no cancellation."),

M(n=188, slug="seat-remove-outlook-mobile", frm=("Bill Harrington", "bill@harringtoncpa.example"),
  acct=A(3015029, "harringtoncpa", "bill@harringtoncpa.example", tier="T", start="2024-06-24"),
  subj="User removal", client="outlook-mobile",
  body="""Please remove jsimms from our account effective immediately. She has been terminated. Do not let her log in.""",
  i="c", k="request_seat", b="clear", un="jsimms", seat_user=True, rk=["she has been terminated"], rc="other",
  notes="Seat removal; 'terminated' refers to the employee, not the contract."),

M(n=189, slug="angry-threat-conditional", frm=("Roger Pike", "roger@pikefencing.example"),
  acct=A(3026130, "pikefencing", "roger@pikefencing.example", start="2025-03-17"),
  subj="Fix the invoices or we're gone", client="gmail",
  body="""Your invoice template still shows last year's tax rate. My customers are getting wrong invoices. You have until Friday to fix it or we're moving to another CRM.

Roger""",
  i="o", k="bug_report", b="maybe",
  notes="Conditional threat ('or we're moving'); a bug report, not a request."),

M(n=190, slug="thanks-for-refund", frm=("Beth Carver", "beth@carverquilts.example"),
  acct=3292807, subj="Re: Renewal", client="apple", irt=156,
  body="""Refund received, thank you so much for being so understanding.

Beth""",
  i="o", k="thanks", b="not",
  notes="Thanks for refund after cancellation."),

M(n=191, slug="vietnamese-how-to-cancel", frm=("Tran Van Minh", "minh.tran@minhphatco.example"),
  acct=A(3037241, "minhphat", "minh.tran@minhphatco.example", start="2025-08-20"), who="vn",
  subj="cancel question", client="gmail",
  body="""Hello,

Please guide me the steps to cancel subscription. Also, after cancel, the invoice history can still download or not?

Thanks
Minh""",
  i="o", k="how_to", b="maybe", amb=True,
  notes="Asks for steps to cancel without stating a decision; other/how_to, ambiguous."),

M(n=192, slug="pdf-po-cancel-po", frm=("Accounts Payable", "ap@northgatemedical.example"),
  acct=A(3048352, "northgatemed", "ap@northgatemedical.example", tier="T", start="2025-02-01"),
  subj="Cancelled PO 7700-3321", client="outlook", attach="PO_7700-3321_cancelled.pdf",
  body="""Hello,

Please note that purchase order 7700-3321 has been cancelled and replaced by PO 7700-3390 (attached) due to a change in cost centre. Please reference the new PO on future invoices.

Accounts Payable
Northgate Medical Group""",
  i="o", k="order_cancel", b="not", decoys=["7700-3321", "7700-3390"],
  notes="Cancelled PO replaced by a new PO; the subscription continues."),

M(n=193, slug="cancel-we-use-outlook", frm=("Norma Fitzgerald", "norma@fitzgeraldtravel.example"),
  acct=A(3059463, "fitzgeraldtravel", "norma@fitzgeraldtravel.example", start="2024-12-02"),
  subj="no longer needed", client="outlook",
  body="""Good morning,

We've realised Outlook's contacts and categories do everything we were using Runner for. Please end our plan at the end of this billing month.

Norma Fitzgerald""",
  i="c", k="request", b="clear", rk=["outlook's contacts and categories do everything we were using runner for"], rc="switched_service",
  notes="Reason: a tool they already have."),

M(n=194, slug="bounce-quota-no-rfc822", frm=("postmaster", "postmaster@vistaoptics.example"),
  subj="Delivery failure", client="dsn", null_return=True,
  dsn=dict(rcpt="sales@vistaoptics.example", status="5.7.1", headers_only=True,
           diag="550 5.7.1 Message rejected due to content restrictions",
           reporting="mail.vistaoptics.example",
           orig=dict(subj="Re: Cancel CRM Runner", body="")),
  i="b", k="bounce", b="not",
  notes="Bounce with headers only; 'Cancel' only in the returned subject."),

M(n=195, slug="sri-lankan-cancel", frm=("Dilani Perera", "dilani@pereratea.example"),
  acct=A(3060574, "pereratea", "dilani@pereratea.example", start="2025-05-20"), who="lk",
  subj="Cancellation request", client="gmail",
  body="""Dear Sir/Madam,

I kindly request you to cancel our CRM Runner subscription with effect from this month. We are now selling through an export agent, therefore we are not maintaining customer records ourselves.

Thank you.
Dilani Perera""",
  i="c", k="request", b="clear", rk=["selling through an export agent"], rc="other",
  notes="Business model changed."),

M(n=196, slug="question-api-limits", frm=("Ethan Cho", "ethan@chodatalabs.example"),
  acct=A(3071685, "chodata", "ethan@chodatalabs.example", start="2025-06-02"),
  subj="API rate limits", client="thunderbird",
  body="""Hi,

We're hitting 429s on the contacts endpoint at around 60 requests/minute. Is that the documented limit for Pro or is something off? We'd like to sync nightly without throttling.

Ethan""",
  i="o", k="question", b="not", decoys=["429", "60"],
  notes="Technical API question."),

M(n=197, slug="follow-up-thanks-team", frm=("Craig Donnelly", "craig@donnellymotors.example"),
  acct=3082241, subj="RE: remove user", client="outlook", irt=60,
  quote=dict(text="""Hi Craig,

Done - steve.b has been removed and won't appear on your next invoice.

Regards,
Pat | CRM Runner Support"""),
  body="""Cheers Pat, appreciated.""",
  i="o", k="thanks", b="not",
  notes="Thanks after seat removal."),

M(n=198, slug="ambiguous-refund-implies", frm=("Wendy Shaw", "wendy@shawtutoring.example"),
  acct=A(3082796, "shawtutor", "wendy@shawtutoring.example", start="2025-07-15", tier="S"),
  subj="refund", client="gmail",
  body="""I was charged again this month but I haven't logged in since spring. I'd like that money back please.

Wendy""",
  i="o", k="refund_only", b="maybe", amb=True, refund=True,
  notes="Refund request implying non-use but not saying to cancel; other, ambiguous (real-corpus rule 2)."),

M(n=199, slug="czech-end-cooperation", frm=("Jana Dvořáková", "jana@dvorakova-design.example"),
  acct=A(3093907, "dvorakovadesign", "jana@dvorakova-design.example", start="2025-03-09", tier="S"), who="cz",
  subj="End of cooperation", client="gmail",
  body="""Good day,

I would like to end our cooperation and cancel the CRM Runner from next month. I am going on long-term leave and the studio will be closed for at least one year.

Thank you and have a nice day,
Jana Dvořáková""",
  i="c", k="request", b="clear", rk=["the studio will be closed for at least one year"], rc="business_closed",
  notes="'end our cooperation'; temporary closure but asks to cancel, not pause."),

M(n=200, slug="nigerian-follow-up-question", frm=("Olu Bankole", "olu@bankoleprops.example"),
  subj="Re: Pricing for 12 users", client="gmail", irt=99, who="ng",
  body="""Good day,

Thank you for the quote. Please is the price inclusive of VAT? We will revert after our management meeting.

Olu""",
  i="o", k="sales", b="not",
  notes="Prospect follow-up on a quote."),
]
