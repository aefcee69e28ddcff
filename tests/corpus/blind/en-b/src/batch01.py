from common import A, M

MESSAGES = [
M(n=1, slug="cancel-runner-for-us", frm=("Gail Pettersen", "gail@pettersenflooring.example"),
  acct=A(3011842, "pettersenfloor", "gail@pettersenflooring.example", start="2024-09-12", tier="T"),
  subj="Runner", client="gmail",
  body="""Hi there,

Please end Runner for us at the end of this billing period. We've moved everything back into a shared spreadsheet, which honestly works fine for a crew of six.

Thanks,
Gail Pettersen
Pettersen Flooring""",
  i="c", k="request", b="clear", rk=["moved everything back into a shared spreadsheet"], rc="switched_service",
  notes="Product name as the object ('end Runner for us'), no 'account'/'subscription'; reason: back to a spreadsheet."),

M(n=2, slug="iphone-stop-charging", frm=("Dwayne", "dwayne.hollis@mailbox.example"),
  acct=A(3020417, "dhollis", "dwayne.hollis@mailbox.example", start="2025-11-02", tier="S"),
  subj="Stop charging", client="iphone",
  body="""Stop charging my card for crm runner please. Not using it""",
  i="c", k="request", b="clear", rk=["not using it"], rc="unused",
  notes="Phone one-liner framed as money: 'stop charging my card for crm runner'."),

M(n=3, slug="how-do-i-cancel", frm=("Priya Raman", "priya.raman@quillstudio.example"),
  acct=A(3034120, "quillstudio", "priya.raman@quillstudio.example", start="2025-02-20"),
  subj="cancelling?", client="gmail",
  body="""Hello,

Quick one - where is the cancel option? I looked under Settings > Billing and I only see "Change plan". How do I cancel if I need to?

Priya""",
  i="o", k="how_to", b="maybe",
  notes="How-to question alone ('how do I cancel if I need to?'), no stated decision: other/how_to."),

M(n=4, slug="chase-did-you-cancel", frm=("Dwayne", "dwayne.hollis@mailbox.example"),
  acct=3020417, subj="Re: Stop charging", client="iphone", irt=2,
  body="""did you cancel it yet??""",
  i="o", k="follow_up", b="maybe", amb=True,
  notes="Chaser with a question mark after message 2's request; it asks about status and does not restate the wish: other/follow_up, ambiguous."),

M(n=5, slug="remove-seat-jordan", frm=("Hannah Okafor", "hannah@brightpathrealty.example"),
  acct=A(3045561, "brightpath", "hannah@brightpathrealty.example", start="2024-06-03", tier="T", plan="yearly"),
  subj="Remove Jordan's login", client="outlook",
  sigtable=["Hannah Okafor", "Managing Broker | BrightPath Realty", "Tel 555-0142"],
  body="""Hi,

Jordan Reyes left the brokerage on Friday. Could you please remove his login (jreyes) from our Team plan so we stop paying for that seat? Everyone else stays.

Thank you,
Hannah""",
  i="c", k="request_seat", b="clear", un="jreyes", seat_user=True, decoys=["555-0142"],
  rk=["left the brokerage"], rc="other",
  notes="Owner removes a colleague's seat; username is the colleague's login; phone number in signature is a decoy."),

M(n=6, slug="do-not-renew-outlook-letter", frm=("Martin Albrecht", "m.albrecht@kestrel-logistics.example"),
  acct=A(3058803, "kestrel-log", "m.albrecht@kestrel-logistics.example", plan="yearly", tier="T", start="2025-03-01"),
  subj="Notice of non-renewal - CRM Runner agreement", client="outlook-html",
  sigtable=["Martin Albrecht", "Head of Procurement", "Kestrel Logistics Ltd", "m.albrecht@kestrel-logistics.example"],
  disclaimer="This e-mail and any attachments are confidential and intended solely for the addressee.",
  body="""Dear Sir or Madam,

Re: CRM Runner Team plan, contract ref. KL-PO-88213

Please accept this letter as formal notice that Kestrel Logistics Ltd will not renew the above agreement when the current term ends on 28 February 2027. We ask that no further invoices be raised after that date and that the card on file is not charged for a renewal.

Following an internal review we have consolidated our customer management tools into the group-wide platform.

Kindly confirm receipt of this notice in writing.

Yours faithfully,""",
  i="c", k="request", b="clear", decoys=["KL-PO-88213", "28 February 2027"],
  rk=["consolidated our customer management tools into the group-wide platform"], rc="switched_service",
  notes="Formal Outlook HTML notice of non-renewal; PO/contract ref and date are decoys, no account number."),

M(n=7, slug="shutting-down-the-shop", frm=("Rosa Delgado", "rosa@paperandpinecards.example"),
  acct=A(3061290, "paperandpine", "rosa@paperandpinecards.example", start="2025-01-15", tier="S"),
  subj="closing", client="apple",
  body="""Hi CRM Runner folks,

We are shutting down the shop at the end of this month (after nine lovely years!) so I need to cancel our CRM Runner. Please make sure there's no charge in October.

Thank you for everything,
Rosa""",
  i="c", k="request", b="clear", rk=["shutting down the shop"], rc="business_closed",
  notes="Clear request whose reason contains a closing word ('shutting down the shop'); subject only 'closing'."),

M(n=8, slug="monthly-to-yearly", frm=("Ben Castillo", "ben@castillohvac.example"),
  acct=A(3077314, "castillohvac", "ben@castillohvac.example", start="2025-04-08"),
  subj="switching to annual", client="gmail",
  body="""Hey,

I was going to cancel the monthly and sign up again on the yearly plan because that's cheaper, but my bookkeeper says that might lose our history. Can you just switch us from monthly to yearly billing on Pro instead? Same account, same everything.

Ben Castillo""",
  i="o", k="plan_change", b="not",
  notes="Monthly->yearly switch; cancelling mentioned only as a considered route. Not a cancellation."),

M(n=9, slug="username-sunshine", frm=("Lorraine Beck", "lbeck1961@webmail.example"),
  acct=A(3082655, "sunshine", "sunshinebakery@shopmail.example", start="2024-12-01", tier="S"),
  subj="please cancel", client="yahoo",
  body="""Hello I would like to cancel please. I am writing from my personal email because I can't get into the bakery one anymore. My username is sunshine. I closed the bakery in August and I don't need it.

Lorraine Beck""",
  i="c", k="request", b="clear", un="sunshine", rk=["i closed the bakery in august"], rc="business_closed",
  notes="Writes from a non-registered address; identifies with an ordinary-word username 'sunshine'."),

M(n=10, slug="if-i-cancel-data", frm=("Tomasz Wrobel", "tomasz.wrobel@brickline.example"),
  acct=A(3093317, "brickline", "tomasz.wrobel@brickline.example", start="2025-06-19"), who="pl",
  subj="Question about data", client="gmail",
  body="""Hello,

If I cancel the subscription, will my contacts and notes be deleted immediately or can I still export them for some time? We are thinking about it but nothing decided yet.

Best regards
Tomasz""",
  i="o", k="hypothetical", b="maybe",
  notes="Hypothetical ('if I cancel...'), explicitly undecided. Other."),

M(n=11, slug="already-cancelled-charged", frm=("Keisha Marlow", "keisha.marlow@lumenyoga.example"),
  acct=A(3104478, "lumenyoga", "keisha.marlow@lumenyoga.example", status="cancelled", start="2025-02-02", tier="S"),
  subj="Charged after cancelling", client="gmail",
  body="""Hi,

I cancelled our plan on the 3rd of last month (I got the confirmation email and everything) and yet there's a new charge of $19.00 on my card ending 4471 today. Please refund it.

Keisha""",
  i="o", k="already_cancelled", b="not", refund=True, decoys=["$19.00", "4471"],
  notes="Already cancelled but charged; asks refund only. Card last 4 and amount are decoys."),

M(n=12, slug="fwd-from-owner", frm=("Tyler Nguyen", "tyler@greenleafpools.example"),
  acct=A(3115206, "greenleafpools", "sam@greenleafpools.example", start="2024-10-10"),
  subj="Fwd: CRM", client="gmail",
  fwd=dict(frm=("Sam Whitaker", "sam@greenleafpools.example"), date="2026-05-11 08:02", subj="CRM",
           to="Tyler Nguyen <tyler@greenleafpools.example>",
           body="""Tyler - can you tell the CRM Runner people we're done with it after this month? We never got the crew to use it. Thanks. Sam"""),
  body="""Hi, forwarding from my boss Sam who owns the account. Please cancel as he says below.

Tyler""",
  i="c", k="forward_request", b="clear", rk=["we never got the crew to use it"], rc="unused",
  notes="Inline forward by a colleague of the owner's instruction; the account is the owner's (registered address in the forwarded From)."),

M(n=13, slug="pause-for-winter", frm=("Erin Callaghan", "erin@callaghanlandscape.example"),
  acct=A(3120093, "callaghanland", "erin@callaghanlandscape.example", start="2025-03-22"),
  subj="Pause for winter?", client="iphone",
  body="""Hi! We're seasonal, no work Dec-Feb. Can I pause Runner for those 3 months instead of paying? Don't want to lose anything, will need it again in March""",
  i="o", k="pause", b="not",
  notes="Seasonal pause request, wants to keep the service. Not a cancellation."),

M(n=14, slug="unsubscribe-newsletter", frm=("Carl Jenner", "carl.jenner@fastmail.example"),
  acct=A(3131540, "cjenner", "carl.jenner@fastmail.example", start="2025-07-07", tier="S"),
  subj="unsubscribe", client="plain",
  body="""Please take me off the "Runner Tips" newsletter, I get 3 a week. I still use the product, just don't need the emails.

Carl""",
  i="o", k="newsletter_unsubscribe", b="not",
  notes="Newsletter unsubscribe, explicitly keeps the product."),

M(n=15, slug="indian-kindly-close", frm=("Suresh Venkataraman", "suresh.v@sreeconsult.example"),
  acct=A(3148822, "sreeconsult", "suresh.v@sreeconsult.example", start="2025-01-09"), who="in",
  subj="Request for closure of CRM Runner", client="gmail",
  body="""Dear Sir/Madam,

Greetings of the day.

This is to inform you that we are no more requiring the services of CRM Runner as our client base has been shifted to the parent company software. Kindly close the same and stop the auto debit from next month onwards.

Kindly do the needful and revert with confirmation.

Thanks & Regards,
Suresh Venkataraman
Sree Consultancy Services
Mob: +91 98450 55501""",
  i="c", k="request", b="clear", decoys=["+91 98450 55501"],
  rk=["shifted to the parent company software"], rc="switched_service",
  notes="Formal non-native request: close the service and stop auto debit; phone decoy."),

M(n=16, slug="thanks-after-confirmation", frm=("Rosa Delgado", "rosa@paperandpinecards.example"),
  acct=3061290, subj="Re: closing", client="apple", irt=7,
  quote=dict(text="""Hi Rosa,

Your CRM Runner Starter plan has been cancelled and will not renew. No further charges will be made.

Best wishes,
Lena, CRM Runner Support"""),
  body="""Thank you Lena, that's perfect. Take care!

Rosa""",
  i="o", k="thanks", b="not",
  notes="Thanks after a cancellation confirmation; cancellation wording only in the quote."),

M(n=17, slug="refund-only-double", frm=("Marcus Bell", "marcus@bellcarpentry.example"),
  acct=A(3152019, "bellcarpentry", "marcus@bellcarpentry.example", start="2025-08-30"),
  subj="charged twice", client="gmail",
  body="""Hi support,

I got billed twice this month, invoice INV-20441 and INV-20442, both $49. Can you refund one of them please? Happy with the service otherwise.

Marcus""",
  i="o", k="refund_only", b="not", refund=True, decoys=["INV-20441", "INV-20442", "$49"],
  notes="Double charge refund, keeps the service. Invoice numbers are decoys."),

M(n=18, slug="nigerian-please-stop", frm=("Chukwuemeka Obi", "emeka.obi@obitradinghub.example"),
  acct=A(3163480, "obitrading", "emeka.obi@obitradinghub.example", start="2025-05-14"), who="ng",
  subj="STOP MY SUBSCRIPTION", client="android",
  body="""Good afternoon,

Please I want you to stop my subscription with CRM runner with immediate effect. I have been debited two times and the business is not moving as expected so I cannot be paying for something I am not using. Also kindly refund me the last payment.

Thank you
Emeka""",
  i="c", k="request", b="clear", refund=True, rk=["i am not using", "the business is not moving as expected"], rc="unused",
  notes="Cancel plus refund request. Writer: non-native style ('please I want you to')."),

M(n=19, slug="cancel-demo-meeting", frm=("Alicia Fenwick", "afenwick@harbourdental.example"),
  subj="Cancel Thursday demo", client="outlook",
  body="""Hi,

I need to cancel the Team plan demo we booked for Thursday 2pm. Something came up at the practice. Could we move it to next week?

Alicia Fenwick
Harbour Dental""",
  i="o", k="meeting_cancel", b="not", decoys=["2pm"],
  notes="Cancels a demo meeting about the Team plan, not a subscription. Sender not a customer."),

M(n=20, slug="team-too-small", frm=("Joel Hartmann", "joel@hartmannarchitects.example"),
  acct=A(3179954, "hartmannarch", "joel@hartmannarchitects.example", tier="T", start="2024-11-11"),
  subj="Team plan", client="thunderbird",
  body="""Hello,

With two people leaving in spring we're down to just me and Ines, and honestly a CRM is overkill for two architects who sit next to each other. Please cancel our Team plan and don't renew it.

Regards,
Joel Hartmann""",
  i="c", k="request", b="clear", rk=["a crm is overkill for two architects"], rc="other",
  notes="Reason in own words (team too small), no obvious cue words."),

M(n=21, slug="downgrade-pro-starter", frm=("Nadia Haddad", "nadia@haddadevents.example"),
  acct=A(3180276, "haddadevents", "nadia@haddadevents.example", start="2025-02-11"),
  subj="Downgrade", client="gmail",
  body="""Hi, we don't use half of the Pro features. Could you move us down to Starter from the next invoice? I don't want to cancel, just pay less.

Nadia""",
  i="o", k="downgrade", b="not",
  notes="Downgrade Pro->Starter, explicitly not cancelling."),

M(n=22, slug="ooo-autoreply", frm=("Samantha Reid", "s.reid@northwindtravel.example"),
  subj="Automatic reply: Your CRM Runner invoice", client="auto",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""I am out of the office until Monday 14 September with limited access to email. For urgent matters please contact accounts@northwindtravel.example.

Samantha""",
  i="a", k="auto_reply", b="not",
  notes="Out-of-office auto-reply to an invoice e-mail."),

M(n=23, slug="order-cancel-stickers", frm=("Owen Price", "owen.price@redkitebikes.example"),
  acct=A(3191045, "redkitebikes", "owen.price@redkitebikes.example", start="2025-03-30", tier="S"),
  subj="cancel my order", client="iphone",
  body="""Hi I ordered the CRM Runner onboarding pack (order #55120) by mistake, meant to click the free guide. Can you cancel that order? Thx""",
  i="o", k="order_cancel", b="not", decoys=["#55120"],
  notes="Cancel a mistaken add-on order; subscription untouched."),

M(n=24, slug="angry-cancel-now", frm=("Gary Mullins", "gary@mullinsautoglass.example"),
  acct=A(3206631, "mullinsglass", "gary@mullinsautoglass.example", start="2025-01-20"),
  subj="CANCEL", client="gmail",
  body="""I have tried THREE TIMES to get someone on chat and nobody answers. Cancel CRMRunner right now. I am done. If I see one more charge from you I'm calling my bank.

Gary Mullins""",
  i="c", k="request", b="clear", rk=["nobody answers"], rc="customer_service",
  notes="Angry, product name as object ('Cancel CRMRunner'); reason is support not answering."),

M(n=25, slug="gdpr-erase", frm=("Elena Marković", "elena.markovic@posteo.example"),
  subj="Request to erase my personal data", client="thunderbird",
  body="""Hello,

I trialled your product last year with this address. Under Article 17 GDPR I ask you to erase all personal data you hold about me, including marketing lists and logs. I do not have a paid subscription.

Please confirm within one month.

Elena Marković""",
  i="o", k="data_deletion", b="not", decoys=["17"],
  notes="GDPR erasure request by a former trial user, no subscription; not a cancellation."),

M(n=26, slug="email-given-from-other", frm=("Hector Ruiz", "hruiz.personal@webmail.example"),
  acct=A(3213370, "ruizplumb", "office@ruizplumbing.example", start="2025-04-04", tier="S"),
  subj="please cancel my plan", client="gmail",
  body="""Hello,

I'm writing from my own email because the office one is full. The account is under office@ruizplumbing.example. I'd like to cancel, I retired last month and my son is not taking over the business.

Thank you,
Hector Ruiz""",
  i="c", k="request", b="clear", em="office@ruizplumbing.example", rk=["i retired last month"], rc="business_closed",
  notes="Registered address given in the body from a different address; owner retired."),

M(n=27, slug="withdraw-cancellation", frm=("Joel Hartmann", "joel@hartmannarchitects.example"),
  acct=3179954, subj="Re: Team plan", client="thunderbird", irt=20,
  body="""Hello again,

Please ignore my earlier mail - Ines convinced me we'd miss the reminders. Keep the Team plan running as it is, we'll stay.

Joel""",
  i="o", k="withdrawal", b="not", wd=True,
  notes="Withdraws the cancellation in message 20."),

M(n=28, slug="bounce-user-unknown", frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Undelivered Mail Returned to Sender", client="dsn",
  dsn=dict(rcpt="info@oldpinefarm.example",
           orig=dict(subj="Your CRM Runner trial ends in 3 days", body="Hi,\n\nYour trial ends in 3 days. Add a card to keep going.\n\nCRM Runner")),
  i="b", k="bounce", b="not",
  notes="Postfix DSN, user unknown, for a trial reminder."),

M(n=29, slug="phone-no-more-payments", frm=("Lydia", "lydia.fontaine@mailbox.example"),
  acct=A(3225580, "lfontaine", "lydia.fontaine@mailbox.example", start="2025-09-09", tier="S"),
  subj=None, client="android",
  body="""No more payments to runner pls. Ive had enough of it""",
  i="c", k="request", b="clear",
  notes="Phone message without a subject: 'no more payments to runner'. 'had enough' is not a reason in own words; no keywords."),

M(n=30, slug="threat-leave", frm=("Vanessa Cole", "vanessa@colewellness.example"),
  acct=A(3236114, "colewellness", "vanessa@colewellness.example", start="2025-02-26"),
  subj="Calendar sync broken AGAIN", client="gmail",
  body="""Third week in a row the Google Calendar sync drops half my appointments. If this isn't fixed by the end of the month we will be leaving CRM Runner. I mean it this time.

Vanessa Cole""",
  i="o", k="bug_report", b="maybe",
  notes="Threat to leave conditional on a fix; a bug report, not a request."),

M(n=31, slug="chinese-writer-end-membership", frm=("Li Wei", "liwei.trade@163mail.example"),
  acct=A(3240907, "liwei_trade", "liwei.trade@163mail.example", start="2025-05-05"), who="cn",
  subj="End membership", client="gmail",
  body="""Dear support,

I want end my membership of CRM Runner. Our company now use the system from our customer side, so this one not need anymore. Please help to stop and no more charge next month.

Thank you very much!
Li Wei""",
  i="c", k="request", b="clear", rk=["our company now use the system from our customer side"], rc="switched_service",
  notes="'end my membership', stop charging; non-native phrasing."),

M(n=32, slug="how-to-with-decision", frm=("Frank Osei", "frank.osei@oseiphoto.example"),
  acct=A(3252215, "oseiphoto", "frank.osei@oseiphoto.example", start="2025-06-01", tier="S"),
  subj="how to stop this", client="gmail",
  body="""I don't want this anymore, how do I stop it? I can't find any button in the app.

Frank""",
  i="c", k="request", b="maybe", amb=True,
  notes="How-to with a stated decision ('I don't want this anymore'): cancellation per rule 1, ambiguous."),

M(n=33, slug="list-mail-saas-digest", frm=("SaaS Weekly", "digest@saasweekly.example"),
  subj="SaaS Weekly #212: churn, pricing pages and cancel flows", client="list",
  list=dict(unsub_url="https://saasweekly.example/u/88"),
  body="""This week: why customers cancel (and how to make it easy), three pricing-page teardowns, and a look at annual discounts.

Read online at https://saasweekly.example/212

You are on this list because you subscribed at saasweekly.example.""",
  hdrs={"List-Id": "SaaS Weekly <weekly.saasweekly.example>", "List-Unsubscribe": "<https://saasweekly.example/u/88>", "Precedence": "list"},
  i="o", k="list_mail", b="not",
  notes="Newsletter with 'cancel' in the subject; list mail."),

M(n=34, slug="german-contract-termination", frm=("Jürgen Lehmann", "j.lehmann@lehmann-bau.example"),
  acct=A(3267741, "lehmannbau", "j.lehmann@lehmann-bau.example", plan="yearly", start="2025-04-01"), who="de",
  subj="Termination of contract", client="outlook",
  sigtable=["Jürgen Lehmann", "Geschäftsführer", "Lehmann Bau GmbH", "USt-IdNr. DE 298 114 660"],
  body="""Dear Ladies and Gentlemen,

hereby we terminate our contract for CRM Runner (Pro, yearly) at the next possible date. Please send us a written confirmation of the termination with the date of end.

The reason is that we have introduced an ERP system which includes the customer management.

With kind regards""",
  i="c", k="request", b="clear", decoys=["DE 298 114 660"],
  rk=["introduced an erp system which includes the customer management"], rc="switched_service",
  notes="German-style formal termination ('hereby we terminate'); VAT id in the signature is a decoy."),

M(n=35, slug="webinar-cancel", frm=("Tina Brooks", "tbrooks@brooksinsurance.example"),
  acct=A(3271188, "brooksins", "tbrooks@brooksinsurance.example", start="2025-01-30"),
  subj="can't make the webinar", client="gmail",
  body="""Hi, please cancel my registration for the "Pipelines 101" webinar on the 18th, I have a client meeting. Is there a recording afterwards?

Tina""",
  i="o", k="meeting_cancel", b="not", decoys=["18th"],
  notes="Cancels a webinar registration."),

M(n=36, slug="chaser-restates", frm=("Gary Mullins", "gary@mullinsautoglass.example"),
  acct=3206631, subj="Re: CANCEL", client="gmail", irt=24,
  body="""Still nothing back from you. For the last time: I want CRMRunner cancelled and NO renewal on the 20th. Confirm it in writing.

Gary""",
  i="c", k="follow_up", b="clear", decoys=["20th"],
  notes="Chaser that restates the wish to cancel: cancellation/follow_up."),

M(n=37, slug="filipino-po", frm=("Maricel Santos", "maricel.santos@islandbreezetours.example"),
  acct=A(3282460, "islandbreeze", "maricel.santos@islandbreezetours.example", start="2025-03-03", tier="S"), who="ph",
  subj="Cancel po", client="gmail",
  body="""Hi po good day! I would like to cancel our CRM Runner subscription po because our tour business is closed already since the typhoon. Thank you po and God bless.

Maricel""",
  i="c", k="request", b="clear", rk=["our tour business is closed already since the typhoon"], rc="business_closed",
  notes="Filipino politeness markers ('po'); business closed."),

M(n=38, slug="question-invoice-address", frm=("Derek Lam", "derek@lamaccounting.example"),
  acct=A(3290518, "lamaccounting", "derek@lamaccounting.example", start="2025-07-21"),
  subj="Change billing address on invoices", client="outlook",
  body="""Hello,

We moved offices. Please update the billing address on our invoices to 220 Commerce Way, Suite 4, Springfield 62704. Invoice 8812 still shows the old one - could you reissue it?

Derek Lam""",
  i="o", k="question", b="not", decoys=["220", "62704", "8812"],
  notes="Billing address change; numbers are address/postcode/invoice decoys."),

M(n=39, slug="do-not-renew-short", frm=("Ingrid Solberg", "ingrid@solbergdesign.example"),
  acct=A(3303871, "solbergdesign", "ingrid@solbergdesign.example", plan="yearly", start="2025-10-05"),
  subj="renewal", client="apple",
  body="""Hi,

Please do not renew our Runner plan in October. The project we bought it for has ended and we won't need it.

Ingrid""",
  i="c", k="request", b="clear", rk=["the project we bought it for has ended"], rc="unused",
  notes="'do not renew' with product name; project ended."),

M(n=40, slug="refund-only-forgot", frm=("Anton Petrov", "anton.petrov@mailbox.example"),
  acct=A(3317022, "apetrov", "anton.petrov@mailbox.example", status="cancelled", start="2025-03-15", tier="S"),
  subj="Refund request", client="gmail",
  body="""Hello,

My account was cancelled last week after the renewal had already gone through on the 1st. Is it possible to get that last month back since I didn't use it? Transaction id ch_3PbX9Q2.

Thanks,
Anton""",
  i="o", k="refund_only", b="not", refund=True, decoys=["ch_3PbX9Q2"],
  notes="Refund only for an account already cancelled; transaction id decoy."),

M(n=41, slug="spanish-end-service", frm=("Lucía Fernández", "lucia@fernandezinmobiliaria.example"),
  acct=A(3328813, "fernandezinmo", "lucia@fernandezinmobiliaria.example", start="2025-02-17"), who="es",
  subj="Baja del servicio / cancel service", client="gmail",
  body="""Hello,

I write to ask the cancellation of the service CRM Runner for our agency. We have decided to work only with the real estate portal tools, which already have the contacts and agenda.

Thanks in advance and regards,
Lucía Fernández""",
  i="c", k="request", b="clear", rk=["which already have the contacts and agenda"], rc="switched_service",
  notes="Reason is a tool they already have; non-native phrasing ('I write to ask the cancellation')."),

M(n=42, slug="seat-remove-intern", frm=("Paul Esposito", "paul@espositolaw.example"),
  acct=A(3331176, "espositolaw", "paul@espositolaw.example", tier="T", start="2024-08-19"),
  subj="intern's seat", client="iphone",
  body="""Summer intern is finished, pls take maria.g off our Runner account. Thx""",
  i="c", k="request_seat", b="clear", un="maria.g", seat_user=True, rk=["summer intern is finished"], rc="other",
  notes="Phone seat removal: colleague's login 'maria.g'."),

M(n=43, slug="auto-reply-ticket", frm=("Help Desk", "helpdesk@pinecrestschools.example"),
  subj="[Ticket #60114] We have received your request", client="auto",
  hdrs={"Auto-Submitted": "auto-generated"},
  body="""Thank you for contacting Pinecrest Schools IT. Your request has been logged as ticket #60114. A technician will respond within 2 business days.

Please do not reply to this message.""",
  i="a", k="auto_reply", b="not",
  notes="Helpdesk acknowledgement auto-reply."),

M(n=44, slug="stop-billing-unsubscribe", frm=("Nora Whitfield", "nora.whitfield@mailbox.example"),
  acct=A(3345009, "norawhit", "nora.whitfield@mailbox.example", start="2025-08-08", tier="S"),
  subj="unsubscribe", client="gmail",
  body="""Unsubscribe me from crm runner and stop billing me. Thanks""",
  i="c", k="request", b="clear",
  notes="'Unsubscribe me from crm runner and stop billing' is a cancellation (rule 3)."),

M(n=45, slug="rambling-retired", frm=("Walter Pruitt", "wpruitt@pruittinsurance.example"),
  acct=A(3356627, "pruittins", "wpruitt@pruittinsurance.example", start="2024-05-02"),
  subj="From Walter Pruitt", client="plain",
  body="""Good morning,

I hope this finds you well. I have been with CRM Runner for about two years now, my nephew set it up for me originally and I have to say it was a great help with renewals and keeping track of the families I look after. The reminders especially. Anyway after 41 years in the insurance business I am hanging up my hat on the 30th and my book of business is going to Hallmark Agency who have their own systems.

So I suppose what I am asking is that you close things down on your side and stop the monthly payment. I don't know if there is anything I need to sign. My phone is 555-0188 if easier.

With thanks and best wishes,
Walter Pruitt""",
  i="c", k="request", b="clear", decoys=["555-0188", "30th"],
  rk=["hanging up my hat", "my book of business is going to hallmark agency"], rc="business_closed",
  notes="Rambling letter; owner retiring, request at the end ('close things down ... stop the monthly payment'); phone decoy."),

M(n=46, slug="cancel-scheduled-email", frm=("Jade Kim", "jade@kimflorals.example"),
  acct=A(3368890, "kimflorals", "jade@kimflorals.example", start="2025-02-09"),
  subj="cancel a scheduled campaign", client="gmail",
  body="""Hi, I scheduled a Mother's Day email to my whole list for tomorrow 7am and I need to cancel it, the prices are wrong. I can't find where to cancel a scheduled send in Runner. Help!!

Jade""",
  i="o", k="how_to", b="not",
  notes="Cancel a scheduled e-mail campaign inside the product; how-to. Not about the subscription."),

M(n=47, slug="vietnamese-stop-renew", frm=("Nguyen Thi Lan", "lan.nguyen@saigonsilk.example"),
  acct=A(3374451, "saigonsilk", "lan.nguyen@saigonsilk.example", start="2025-06-06", tier="S"), who="vn",
  subj="Stop renew", client="gmail",
  body="""Hello team,

Please help me stop renew CRM Runner from next month. The price is too high for our small shop now, we cannot continue.

Thank you
Lan""",
  i="c", k="request", b="clear", rk=["the price is too high for our small shop"], rc="too_expensive",
  notes="'stop renew' with product name; price reason."),

M(n=48, slug="fwd-rfc822-partner", frm=("Greta Lindqvist", "greta@lindqvistco.example"),
  acct=A(3385172, "lindqvistco", "anders@lindqvistco.example", start="2024-10-01", tier="T"),
  subj="Fwd: cancellation", client="apple",
  fwd=dict(mode="rfc822", frm=("Anders Lindqvist", "anders@lindqvistco.example"), date="2026-06-02 18:40",
           subj="cancellation", to="support@crmrunner.example",
           body="""Hello,

We want to cancel the Team plan. Business has changed a lot this year and we mostly sell through distributors now, so there is little need for tracking leads.

Anders Lindqvist"""),
  body="""Hi,

Anders sent this to you last week but got no answer, so I'm attaching his original. Please action it.

Greta (office manager)""",
  i="c", k="forward_request", b="clear",
  rk=["we mostly sell through distributors now"], rc="other",
  notes="Forwarded as an attached rfc822 message; the owner's request inside counts; business changed."),

M(n=49, slug="hypothetical-downgrade-or-cancel", frm=("Sean O'Leary", "sean@olearybuilders.example"),
  acct=A(3396630, "olearybuild", "sean@olearybuilders.example", start="2025-05-27"),
  subj="options", client="gmail",
  body="""Hi,

Things are slow this quarter. What would be cheaper for me - dropping to Starter, or cancelling and coming back in spring? Would I keep my pipeline stages if I came back?

Sean""",
  i="o", k="hypothetical", b="maybe",
  notes="Weighing options, no decision; hypothetical."),

M(n=50, slug="thanks-seat-removed", frm=("Hannah Okafor", "hannah@brightpathrealty.example"),
  acct=3045561, subj="RE: Remove Jordan's login", client="outlook", irt=5,
  quote=dict(text="""Hi Hannah,

We've removed jreyes from your Team plan. Your next invoice will reflect one seat fewer.

Best,
Marco | CRM Runner Support"""),
  body="""Great, thanks Marco!

Hannah""",
  i="o", k="thanks", b="not",
  notes="Thanks after a seat removal confirmation."),
]
