# Batch 9: messages 401-450, written by hand.
from common import A, M

SUP = ("CRM Runner Support", "support@crmrunner.example")

MESSAGES = [

M(n=401, slug="reseller-forwards-client-outlook", client="outlook", date="2026-10-20 14:05",
  frm=("Ruth Abernathy", "ruth@abernathyfinance.example"), subj="FW: Hale Furniture - CRM Runner",
  body="""Hello,

Another one from Hale Furniture, I'm afraid. Desmond has decided to stop using CRM Runner - his request is below. Can you cancel his account and let both of us know the end date?

Thanks,
Ruth""",
  fwd=dict(mode="inline", frm=("Desmond Hale", "desmond.hale@halefurniture.example"), to="Ruth Abernathy <ruth@abernathyfinance.example>",
           date="2026-10-19 17:12", subj="Hale Furniture - CRM Runner",
           body="""Hi Ruth,

Please cancel our CRM Runner. After the double charge mess and the price going up, it's not worth it for a shop our size.

Desmond"""),
  acct=A(2185420, "halefurniture", "desmond.hale@halefurniture.example", "monthly", start="2025-03-01"),
  i="c", k="forward_request", b="clear", rk=["not worth it", "price going up"], rc="too_expensive",
  notes="Reseller forwards her client's request (Outlook -----Original Message-----); sender is not the client's registered address."),

M(n=402, slug="payly-webinar-recap-list", client="list",
  frm=("Payly", "events@payly.example"), subj="Recap: Reducing involuntary churn - slides and recording inside",
  list=dict(unsub_url="https://payly.example/preferences?e=support%40crmrunner.example"),
  hdrs={"List-Id": "Payly Events <events.payly.example>", "Precedence": "bulk",
        "List-Unsubscribe": "<https://payly.example/preferences?e=support%40crmrunner.example>"},
  body="""Thanks for registering for "Reducing involuntary churn".

In the session we covered why up to 40% of subscription cancellations are caused by failed payments, how smart retries recover revenue, and how to word a cancellation confirmation email so customers come back.

Watch the recording and download the slides from the link below.

The Payly team""",
  i="o", k="list_mail", b="not",
  notes="Vendor webinar recap full of 'cancellation' vocabulary."),

M(n=403, slug="brightpath-close-entirely", client="iphone", irt=259,
  frm=("Amelia Cross", "amelia@brightpathtours.example"), subj="Re: Account email change (username: sales)",
  body="""Change of plan - the owners have sold the tours business, so please close the Brightpath account (username sales) entirely instead of changing the email. Sorry for the back and forth!

Amelia""",
  acct=1347082, un="sales",
  i="c", k="request", b="clear", rk=["sold the tours business"], rc="business_closed",
  notes="Ordinary-word username 'sales'; sender not the registered address."),

M(n=404, slug="downgrade-team-to-pro-qp", client="plain-qp", irt=247,
  frm=("Dominic Reyes", "dominic.reyes@reyesengineering.example"), subj="RE: Billing by invoice",
  body="""Hello,

Finance has come back and, given the budget cuts, we'd rather stay on card payments but downgrade from Team to Pro at the next renewal. We're only using 3 of the 8 seats anyway.

Regards,
Dominic Reyes""",
  acct=2320498,
  i="o", k="downgrade", b="not",
  notes="Downgrade at renewal; 'budget cuts' but no cancellation."),

M(n=405, slug="parted-ways-thunderbird", client="thunderbird",
  frm=("Claire Dubois", "claire.dubois@duboisconsulting.example"), subj="Time to part ways",
  body="""Hello,

I think it's time we parted ways - CRM Runner has been good to us but my practice has changed a lot this year. Let me know what you need from me.

Claire""",
  acct=1593774,
  i="c", k="request", b="maybe", amb=True, rk=["practice has changed"], rc="other",
  notes="Indirect: 'time we parted ways ... let me know what you need' implies cancelling; ambiguous, labelled cancellation."),

M(n=406, slug="finance-inbox-autoreply", client="auto",
  frm=("Finance", "finance@rosewoodhotels.example"), subj="Automatic reply: Your CRM Runner cancellation request has been received",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Thank you for contacting Rosewood Hotels Finance.

Invoices must be sent to invoices@rosewoodhotels.example and quote a valid purchase order number. This mailbox is checked twice a week.""",
  i="a", k="auto_reply", b="not",
  notes="Finance inbox auto-reply."),

M(n=407, slug="reminder-then-charged-after-cancel", client="apple", irt=206,
  frm=("Ellen Byrne", "ellen@byrnepottery.example"), subj="Re: Renewal reminder?",
  body="""Hello again,

You told me the reminder was a mistake, but today I was charged $19 anyway. I cancelled on the 2nd and have the confirmation. Please refund it and make sure nothing else comes out.

Ellen""",
  acct=1133709, refund=True, decoys=["$19"],
  i="o", k="already_cancelled", b="maybe",
  notes="Charged after a confirmed cancellation; refund plus 'make sure nothing else comes out' - someone should check the account."),

M(n=408, slug="greek-cannot-afford-base64", client="base64", who="gr",
  frm=("Nikos Papadopoulos", "nikos@papadopoulos-travel.example"), subj="Close account",
  body="""Hello,

Please close my account from this month. With the situation this year we cannot afford to pay for the software, the tourists are much less.

Thank you,
Nikos Papadopoulos""",
  acct=A(2634770, "papadopoulostravel", "nikos@papadopoulos-travel.example", "monthly", start="2025-04-19", cur="EUR"),
  i="c", k="request", b="clear", rk=["cannot afford"], rc="too_expensive",
  notes="Greek writer; base64."),

M(n=409, slug="download-all-invoices", client="yahoo", irt=238,
  frm=("Marvin Keel", "marvin.keel@yahoo.example"), subj="invoices",
  body="""Thanks for stopping the marketing. How do I download all my invoices at once for the year?""",
  acct=1169078,
  i="o", k="how_to", b="not",
  notes="How-to about invoices."),

M(n=410, slug="solicitor-on-behalf-of-client-html", client="outlook-html",
  frm=("Hargreaves & Lowe Solicitors", "conveyancing@hargreaveslowe.example"), subj="Our client: Mr D. Penhaligon - termination",
  body="""Dear Sirs,

We act for Mr Daniel Penhaligon, who holds a CRM Runner account registered to daniel@penhaligonestates.example.

Our client has instructed us to give notice terminating his subscription with immediate effect, his business having ceased trading on 30 September. Please confirm the termination and the date of the final charge to this office.

Yours faithfully,""",
  sigtable=["Hargreaves & Lowe Solicitors", "Ref: DP/2231/HL", "14 Chapel Row, Truro"],
  acct=A(2577316, "penhaligon", "daniel@penhaligonestates.example", "monthly", start="2024-06-11"),
  em="daniel@penhaligonestates.example", decoys=["DP/2231/HL"],
  i="c", k="request", b="clear", rk=["ceased trading"], rc="business_closed",
  notes="Solicitor writes for the account holder; registered address in the body; file reference is a decoy."),

M(n=411, slug="remove-card-dont-charge-for-now", client="gmail",
  frm=("Julia Brandt", "julia.brandt@gmail.example"), subj="card details",
  body="""Hi, can you remove my card details? I don't want to be charged anymore for now. Thanks""",
  acct=A(1591846, "jbrandt", "julia.brandt@gmail.example", "monthly", start="2025-07-08", tier="S"),
  i="c", k="request", b="maybe", amb=True,
  notes="Remove card and 'don't want to be charged anymore for now': probably cancel, possibly pause; ambiguous, labelled cancellation."),

M(n=412, slug="admin-asks-admin-rights", client="plain",
  frm=("Peter Quill", "peter.quill@quillsurveyors.example"), subj="Admin rights",
  body="""Hello,

I'm the new office manager at Quill Surveyors. Could you give my login (pquill) admin rights? The owner, Martha, is happy for you to check with her.

Peter""",
  acct=A(1734592, "quillsurveyors", "martha@quillsurveyors.example", "monthly", start="2024-10-25", tier="T"),
  i="o", k="question", b="not",
  notes="Admin rights request from a colleague; not the registered address."),

M(n=413, slug="review-site-notification-list", client="list",
  frm=("ReviewHub", "notifications@reviewhub.example"), subj="New review of CRM Runner: \"Easy to start, easy to cancel\"",
  list=dict(unsub_url="https://reviewhub.example/vendor/notifications/off"),
  hdrs={"List-Id": "<vendor-notifications.reviewhub.example>", "Precedence": "bulk",
        "List-Unsubscribe": "<https://reviewhub.example/vendor/notifications/off>", "Auto-Submitted": "auto-generated"},
  body="""A new review was posted for CRM Runner.

Rating: 4/5
Title: Easy to start, easy to cancel
"We used CRM Runner for a year. Setup was quick and when we outgrew it, cancelling was painless. Support could be faster."

Reply to this review from your vendor dashboard.""",
  i="o", k="list_mail", b="not",
  notes="Review-site notification quoting a reviewer who cancelled."),

M(n=414, slug="phone-address-username-jimbo", client="android", html=False,
  frm=("Jim", "jim.tyler.1975@gmail.example"), subj="cancel",
  body="""Cancel my account thx. username jimbo""", sig="Sent from my Galaxy",
  acct=A(1260739, "jimbo", "jim@tylerlawncare.example", "monthly", start="2025-05-01", tier="S"),
  un="jimbo",
  i="c", k="request", b="clear",
  notes="From a personal address; the username identifies the account."),

M(n=415, slug="no-hibernate-then-downgrade", client="iphone", irt=288,
  frm=("Oliver Stanton", "oliver@stantonsurveys.example"), subj="Re: Hibernate?",
  body="OK, no hibernate. Then please downgrade us to Starter until we pick up work again.",
  acct=1456928,
  i="o", k="downgrade", b="not",
  notes="Downgrade instead of pause."),

M(n=416, slug="bounce-mailbox-disabled", client="dsn",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Undelivered Mail Returned to Sender",
  dsn=dict(mta="postfix", rcpt="mgarcia@sunrisechiro.example", status="5.2.1",
           diag="550 5.2.1 <mgarcia@sunrisechiro.example>: mailbox disabled, not accepting messages",
           orig=dict(subj="Re: STOP",
                     body="""Hello,

We weren't sure what you meant by "STOP". Would you like us to stop marketing emails, or to cancel your CRM Runner subscription? Just reply and let us know.

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="Bounce of a clarification question."),

M(n=417, slug="nobody-answered-three-tickets", client="apple", irt=296,
  frm=("Tanya Moss", "tanya@mossarchitecture.example"), subj="Storage - third time",
  body="""I'm done. Close it.

Nobody answered my three tickets about the storage limit in a month, and we've had to keep drawings on a USB stick.

Tanya Moss""",
  acct=2383275,
  i="c", k="request", b="clear", rk=["nobody answered my three tickets"], rc="customer_service",
  notes="'Close it' without the word cancel; slow support."),

M(n=418, slug="czech-invoices-after-cancel-8bit", client="plain-8bit", who="cz",
  frm=("Tomáš Dvořák", "tomas.dvorak@dvorakstavby.example"), subj="Invoices after cancelling?",
  body="""Hello,

when we cancel the subscription one day, will the old invoices still be accessible in the account, or should we download them before? We have no plan to cancel now, it is for our accountant.

Děkuji,
Tomáš Dvořák""",
  acct=A(2842265, "dvorakstavby", "tomas.dvorak@dvorakstavby.example", "monthly", start="2025-02-11", cur="EUR"),
  i="o", k="hypothetical", b="not",
  notes="Czech writer; hypothetical, 'no plan to cancel now'; 8bit."),

M(n=419, slug="username-test-paying-for-years", client="outlook",
  frm=("Hugo Mertens", "hugo.mertens@mertensprint.example"), subj="Account we don't use",
  body="""Hi,

Going through our card statement I found we're still paying for a CRM Runner account with the username test. Our old developer set it up years ago as a test and it was never used properly. Please cancel it.

Regards,
Hugo Mertens""",
  acct=A(2459308, "test", "dev@mertensprint.example", "monthly", start="2024-03-12", tier="S"),
  un="test",
  i="c", k="request", b="clear", rk=["set it up years ago as a test"], rc="unused",
  notes="Ordinary-word username 'test'; sender not the registered developer address."),

M(n=420, slug="cancel-conference-attendance", client="gmail",
  frm=("Nadine Okafor", "nadine@okaforrealty.example"), subj="Runner Live - cancel my ticket",
  body="""Hi,

I registered for Runner Live in Chicago but can't travel that week. Please cancel my ticket (booking RL-2026-0612) - can it be transferred to my colleague instead?

Nadine""",
  acct=A(1982644, "okaforrealty", "nadine@okaforrealty.example", "yearly", start="2025-08-04"),
  decoys=["RL-2026-0612"],
  i="o", k="meeting_cancel", b="not",
  notes="Cancels a conference ticket; 'Runner' here is the event name."),

M(n=421, slug="husband-wife-runs-account", client="iphone",
  frm=("Tom Brady", "tombrady.builds@icloud.example"), subj="Cancel my wife's account",
  body="""Hi, my wife runs the account (lisa@bradyblinds.example) and asked me to cancel it. We closed the blinds shop last month. Thanks""",
  acct=A(1317952, "bradyblinds", "lisa@bradyblinds.example", "monthly", start="2024-12-30", tier="S"),
  em="lisa@bradyblinds.example",
  i="c", k="request", b="clear", rk=["closed the blinds shop"], rc="business_closed",
  notes="Husband writes for his wife; her registered address in the body."),

M(n=422, slug="add-five-seats", client="outlook", irt=213,
  frm=("Purchasing", "purchasing@granitemfg.example"), subj="RE: PO 4500123987 - CRM Runner annual renewal",
  body="""Hello,

Further to our PO, please add 5 more seats from next month; a revised PO will follow.

Regards,
Purchasing Department""",
  acct=1589046,
  decoys=["4500123987"],
  i="o", k="plan_change", b="not",
  notes="Adds seats."),

M(n=423, slug="boss-texted-me-pasted", client="gmail",
  frm=("Kyle Brennan", "kyle@brennanhvac.example"), subj="cancel crm runner",
  body="""Hi, my boss Gary (owner, gary@brennanhvac.example) just texted me this, pasting it here:

"Kyle cancel crm runner today, we're done with it. Nobody updates it anyway."

So please cancel the account. Thanks!
Kyle""",
  acct=A(2248531, "brennanhvac", "gary@brennanhvac.example", "monthly", start="2025-01-07", tier="T"),
  em="gary@brennanhvac.example",
  i="c", k="forward_request", b="clear", rk=["nobody updates it"], rc="unused",
  notes="Employee pastes the owner's text message; owner's registered address in the body."),

M(n=424, slug="nigerian-refund-not-reflected", client="yahoo", who="ng", irt=172,
  frm=("Babatunde Adeyemi", "tunde.adeyemi@adeyemilogistics.example"), subj="Re: Debit after cancellation",
  body="""Good afternoon,

Thank you for your response. But the refund has not reflected in my account till now. Please what is the transaction reference so that I can check with my bank?

Tunde""",
  acct=2087139, refund=True,
  i="o", k="refund_only", b="not",
  notes="Nigerian writer; chases a refund after a cancelled account."),

M(n=425, slug="this-time-i-mean-it", client="outlook-mobile", irt=111,
  frm=("Leo Marchetti", "leo@marchettigelato.example"), subj="Cancel - acct #1837611",
  body="""Hi, remember me from the accidental cancel? This time I mean it. Please cancel the Pro plan on acct #1837611. The gelato shop closed for good at the end of summer.

Leo""",
  acct=1837611, an=1837611,
  i="c", k="request", b="clear", rk=["closed for good"], rc="business_closed",
  notes="Earlier withdrawal (msg 111); now a real request with the account number."),

M(n=426, slug="thanks-discount-applied", client="apple", irt=126,
  frm=("Rachel Tam", "rachel@tamdesignstudio.example"), subj="Re: Your cancellation request",
  body="""Discount's showing on the invoice - thank you, Maya!

Rachel""",
  acct=2365091,
  i="o", k="thanks", b="not",
  notes="Thanks; thread subject mentions cancellation."),

M(n=427, slug="no-offline-mode-long-qp", client="plain-qp",
  frm=("Duncan Ferrie", "duncan@ferrieagri.example"), subj="Cancellation – Ferrie Agricultural Services",
  body="""Hello,

We've given CRM Runner a fair go since January. The office side works fine, but our reps spend most of the day on farms with no signal, and without an offline mode in the mobile app they can't look up a customer or log a visit until they're back in town. By then half the notes are forgotten.

We asked about offline mode in March and again in June and were told it's "on the roadmap". We can't wait for it.

Please cancel our subscription at the end of the current month.

Duncan Ferrie
Ferrie Agricultural Services""",
  acct=A(2106628, "ferrieagri", "duncan@ferrieagri.example", "monthly", start="2026-01-12", tier="T"),
  date="2026-07-14 07:50",
  i="c", k="request", b="clear", rk=["offline mode"], rc="missing_features",
  notes="Long letter; missing feature (offline mode)."),

M(n=428, slug="automatic-reply-no-headers", client="plain",
  frm=("Carmen Ortega", "carmen.ortega@ortegadental.example"), subj="Automatic reply: Re: Please confirm cancellation",
  body="""I am out of the office with limited access to email. I will respond on my return on Monday.

Carmen""",
  i="a", k="auto_reply", b="not",
  notes="Outlook-style automatic reply subject but no auto-reply headers."),

M(n=429, slug="may-need-to-cancel-funding", client="gmail", date="2026-10-27 09:12",
  frm=("Anita Reddy", "anita@brightminds-tutoring.example"), subj="Possible cancellation",
  body="""Hi,

We may need to cancel depending on a funding decision next week. What's the latest date we can tell you without being charged for next month?

Anita""",
  acct=A(2395504, "brightminds", "anita@brightminds-tutoring.example", "monthly", start="2025-09-18"),
  i="o", k="hypothetical", b="maybe", amb=True,
  notes="Conditional future cancellation; asks for a deadline; ambiguous, labelled other."),

M(n=430, slug="sri-lankan-migrating-zoho", client="thunderbird", who="lk",
  frm=("Dilani Perera", "dilani@pereraspices.example"), subj="Termination of subscription",
  body="""Dear Sir/Madam,

Kindly terminate my subscription with CRM Runner with effect from the end of this month, as I am migrating to Zoho which our distributor is also using.

Thank you.
Dilani Perera""",
  acct=A(2730418, "pereraspices", "dilani@pereraspices.example", "monthly", start="2025-05-31"),
  i="c", k="request", b="clear", rk=["zoho"], rc="switched_service",
  notes="Sri Lankan writer; formal request."),

M(n=431, slug="cancel-2pm-call", client="iphone",
  frm=("Josh Whitley", "josh.whitley@icloud.example"), subj="2pm",
  body="Need to cancel my 2pm call with Sarah today, sorry! Can we do tomorrow?",
  i="o", k="meeting_cancel", b="not",
  notes="Cancels a call."),

M(n=432, slug="see-attached-termination-letter", client="gmail", attach="Termination_letter_CRM_Runner.pdf",
  frm=("Hilary Stokes", "hilary@stokesfunerals.example"), subj="Termination notice",
  body="""Please see the attached termination letter.

Hilary Stokes""",
  acct=A(1547093, "stokesfunerals", "hilary@stokesfunerals.example", "yearly", start="2025-02-05"),
  i="c", k="request", b="clear",
  notes="The text is only 'see the attached termination letter' plus the subject; the letter itself is a PDF."),

M(n=433, slug="delete-our-data-after-term-html", client="outlook-html", irt=134,
  frm=("Craig Bishop", "craig@bishopmoving.example"), subj="Delete data",
  body="""Hi,

Our subscription ended on 30 September as planned. Please now permanently delete all our company data and confirm in writing.

Craig""",
  acct=1258093,
  i="o", k="data_deletion", b="not",
  notes="Data deletion after the subscription ended."),

M(n=434, slug="id-like-to-stop-before-year-ends", client="yahoo",
  frm=("Marian Foley", "marian.foley@yahoo.example"), subj="stop",
  body="""I'd like to stop. Is that possible before the year is up?""",
  acct=A(1658237, "mfoley", "marian.foley@yahoo.example", "yearly", start="2025-12-01", tier="S"),
  i="c", k="request", b="maybe", amb=True,
  notes="States she'd like to stop but frames it as a question about the yearly term; ambiguous, labelled cancellation."),

M(n=435, slug="payly-subscription-canceled-notification", client="plain",
  frm=("Payly", "notifications@payly.example"), subj="Subscription canceled: cus_R8f2kLm91 (Pro monthly)",
  hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
  body="""A subscription was canceled.

Customer: cus_R8f2kLm91
Plan: Pro monthly ($49.00)
Canceled at: period end
Reason: cancellation_requested

View in your Payly dashboard.""",
  decoys=["cus_R8f2kLm91", "$49.00"],
  i="o", k="other", b="not",
  notes="Machine notification from a payment provider that a subscription was canceled; not a customer request."),

M(n=436, slug="accountant-asks-invoices-for-client", client="gmail",
  frm=("Gerald Pike", "gerald@pikeaccountancy.example"), subj="Invoices for Hodge Bridal",
  body="""Hello,

Following the cancellation for my client Valerie Hodge (Hodge Bridal), could you send me copies of all invoices for 2026? I'm closing her books.

Gerald Pike""",
  acct=2230964,
  i="o", k="question", b="not",
  notes="Accountant asks for invoices after a cancellation for his client."),

M(n=437, slug="chinese-start-payment-again-base64", client="base64", who="cn", irt=174,
  frm=("Chen Jie", "chenjie@dragonlighting.example"), subj="Re: stop for one month",
  body="""Hello,

The holiday is finish, our factory start work again. Please start the payment again from March, same as before.

Thanks
Chen Jie""",
  acct=2356217,
  i="o", k="other", b="not",
  notes="Chinese writer; resumes after a break; base64."),

M(n=438, slug="notice-days-question-outlook-reply", client="outlook", irt="<CR-35520.reply@crmrunner.example>",
  frm=("Brian Kessler", "b.kessler@kesslerauto.example"), subj="RE: Your question about notice",
  body="""Thanks. And if we gave notice on the 10th, the charge on the 1st would still go through?

Brian""",
  quote=dict(frm=SUP, to="b.kessler@kesslerauto.example", subj="Your question about notice",
             text="""Hello Brian,

For monthly plans we need 30 days' notice before a renewal date. If you'd like to cancel, just reply and tell us.

CRM Runner Support"""),
  acct=1723019,
  i="o", k="hypothetical", b="maybe",
  notes="Hypothetical follow-up question above a support answer that invites a cancellation."),

M(n=439, slug="disregard-colleague-not-authorised", client="plain",
  frm=("Margaret Yoon", "margaret@yoonpharmacy.example"), subj="Please disregard yesterday's cancellation email",
  body="""Hello,

Yesterday one of our pharmacists emailed you asking to cancel our CRM Runner account. He was not authorised to do that. Please disregard it - we are keeping the account. I'm the owner.

Margaret Yoon""",
  acct=A(2026493, "yoonpharmacy", "margaret@yoonpharmacy.example", "monthly", start="2024-09-16"),
  i="o", k="withdrawal", b="not", wd=True,
  notes="Owner withdraws an unauthorised cancellation sent by an employee."),

M(n=440, slug="chatbot-useless-just-cancel", client="gmail",
  frm=("Leon Hartley", "leon@hartleyglazing.example"), subj="cancel",
  body="""Your chat bot is useless and I can't reach a human. Just cancel my subscription.""",
  acct=A(1864479, "hartleyglazing", "leon@hartleyglazing.example", "monthly", start="2025-06-02"),
  i="c", k="request", b="clear", rk=["chat bot is useless", "can't reach a human"], rc="customer_service",
  notes="Short angry request; support reason."),

M(n=441, slug="indonesian-thanks-continue", client="android", who="id", irt=340,
  frm=("Rizky Pratama", "rizky@pratamacatering.example"), subj="Re: Stop for 1 month",
  body="""Thank you for help. Ramadan is finish now, we continue normal. Terima kasih!""",
  acct=2823718,
  i="o", k="thanks", b="not",
  notes="Indonesian writer; thanks after a break."),

M(n=442, slug="downgrade-or-cancel-whichever", client="apple",
  frm=("Gail Winters", "gail@wintersflorist.example"), subj="$99 a month",
  body="""Hi,

Either downgrade us to the cheapest plan or cancel us - whichever stops the $99 a month. I can't justify it for a florist with two staff.

Gail""",
  acct=A(2601754, "wintersflorist", "gail@wintersflorist.example", "monthly", start="2024-11-19", tier="T"),
  decoys=["$99"],
  i="c", k="request", b="maybe", amb=True, rk=["can't justify it"], rc="too_expensive",
  notes="Downgrade or cancel, either will do; ambiguous, labelled cancellation."),

M(n=443, slug="ndr-message-too-large", client="dsn",
  frm=("Microsoft Outlook", "postmaster@pinnacleplumbing.example"),
  subj="Undeliverable: Your final CRM Runner invoice",
  dsn=dict(mta="exchange", rcpt="accounts@pinnacleplumbing.example", status="5.3.4",
           diag="552 5.3.4 Message size exceeds fixed maximum message size",
           why="Your message is too big to be delivered.",
           reporting="LV3PR08MB9120.namprd08.prod.outlook.example",
           orig=dict(subj="Your final CRM Runner invoice",
                     body="""Hello,

Attached is your final invoice. Your subscription was cancelled as requested and ends today.

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="NDR for a final invoice (message too large)."),

M(n=444, slug="practice-acquired-keep-crm", client="outlook", irt=152,
  frm=("Ursula Kemp", "ursula.kemp@kempveterinary.example"), subj="Change of ownership",
  body="""Hello,

Our practice has been acquired by Northern Vets Group. They'd like to keep using CRM Runner, so please update the company name and billing contact to accounts@northernvets.example from next month.

Thank you,
Ursula Kemp""",
  acct=1286657,
  i="o", k="other", b="not",
  notes="Acquisition but the subscription continues."),

M(n=445, slug="caps-cancel-refund-never-use", client="gmail",
  frm=("Donna Pruett", "donna.pruett@gmail.example"), subj="CANCEL",
  body="""CANCEL AND REFUND. I NEVER USE THIS. I thought I cancelled the trial, obviously not.""",
  acct=A(1126905, "dpruett", "donna.pruett@gmail.example", "monthly", start="2026-04-02", tier="S"),
  date="2026-04-18 21:30",
  i="c", k="request", b="clear", refund=True, rk=["never use this"], rc="unused",
  notes="All-caps cancel + refund after a trial converted."),

M(n=446, slug="reactivate-after-cancel", client="iphone",
  frm=("Nora Whelan", "nora@whelanphoto.example"), subj="Back again",
  body="""Hi! I cancelled in the spring but wedding bookings are up. Can you turn my account back on?""",
  acct=1409852,
  i="o", k="other", b="not",
  notes="Reactivation request."),

M(n=447, slug="what-plan-is-account", client="plain",
  frm=("Office", "office@greenleafcleaning.example"), subj="Account #2041655",
  body="""Hello,

What plan is account #2041655 on, and when is the next payment? Our bookkeeper needs it for the budget.

Thanks""",
  acct=A(2041655, "greenleafclean", "office@greenleafcleaning.example", "yearly", start="2025-03-24"),
  an=2041655,
  i="o", k="question", b="not",
  notes="Question with an account number in subject and body; not a cancellation."),

M(n=448, slug="autoreply-starting-with-yes", client="auto",
  frm=("Neil Chambers", "neil@chambersbuilders.example"), subj="Re: Please confirm: cancel CRM Runner account?",
  hdrs={"Auto-Submitted": "auto-replied"},
  body="""Yes, I have received your email. I am on site all week and will reply properly on Friday.

Neil Chambers
Chambers Builders""",
  i="a", k="auto_reply", b="not",
  notes="Auto-reply to a confirmation request that starts with 'Yes' - not a confirmation."),

M(n=449, slug="brazilian-portuguese-interface", client="gmail", who="br",
  frm=("Carla Mendes", "carla.mendes@mendesimoveis.example"), subj="Portuguese version",
  body="""Hi,

CRM Runner has the interface in Portuguese? My team is 6 brokers and only I speak English. If not, we cannot use it.

Thank you,
Carla""",
  i="o", k="sales", b="not",
  notes="Brazilian writer; pre-sales language question."),

M(n=450, slug="remove-seat-employee-id-decoy", client="outlook",
  frm=("Sharon Mwangi", "sharon.mwangi@eastlinkcourier.example"), subj="Remove user - Employee ID 40127",
  body="""Hello,

Please remove the CRM Runner user for our former dispatcher, Employee ID 40127 (login: dispatch2). His contract ended yesterday.

Regards,
Sharon Mwangi
HR & Admin, Eastlink Courier""",
  acct=A(2299056, "eastlinkcourier", "sharon.mwangi@eastlinkcourier.example", "monthly", start="2025-04-14", tier="T"),
  un="dispatch2", seat_user=True, decoys=["40127"],
  i="c", k="request_seat", b="clear",
  notes="Seat removal; employee ID is a decoy; the login is the seat's username."),
]
