# Batch 6: messages 251-300, written by hand.
from common import A, M

SUP = ("CRM Runner Support", "support@crmrunner.example")

MESSAGES = [

M(n=251, slug="never-mind-just-cancel-it", client="iphone", irt=6,
  frm=("Beth Ann Crowley", "bethann.crowley@icloud.example"), subj="Re: how do I cancel",
  body="Never mind, I still can't find it. Can you just cancel it for me please",
  quote=dict(frm=("Beth Ann Crowley", "bethann.crowley@icloud.example"),
             text="How do I cancel my subscription? I looked under Settings and Billing and can't find it"),
  acct=1386620,
  i="c", k="request", b="clear",
  notes="Her earlier how-to (quoted) becomes a request: 'just cancel it for me'."),

M(n=252, slug="thanks-downgrade-done", client="gmail", irt=8,
  frm=("Tessa Grünewald", "tessa.gruenewald@gmail.example"), subj="Re: Downgrade instead",
  body="""Thank you! I see Starter on my billing page now. Much better for my budget.

Tessa""",
  acct=1914026,
  i="o", k="thanks", b="not",
  notes="Thanks after a downgrade."),

M(n=253, slug="cant-pause-then-cancel", client="apple", irt=9,
  frm=("Luca Ferraro", "luca@ferraroboats.example"), subj="Re: Pause over the summer?",
  body="""Hi,

Thanks for explaining. If a pause isn't possible then please cancel the subscription from the end of May. We will sign up again in September when the season is over.

Luca""",
  quote=dict(frm=SUP, text="""Hi Luca,

Unfortunately we can't pause subscriptions at the moment. You can downgrade to Starter for the summer, or cancel and sign up again later - your data is kept for 90 days after cancellation.

CRM Runner Support"""),
  acct=2380154,
  i="c", k="request", b="clear", rk=["a pause isn't possible"], rc="other",
  notes="After being told a pause isn't possible he asks to cancel; quote has support's options."),

M(n=254, slug="indian-pricing-15-users", client="gmail", who="in",
  frm=("Nikhil Joshi", "nikhil.joshi@joshiinfra.example"), subj="Pricing details required",
  body="""Dear Sir,

Kindly share the pricing details for 15 users on yearly basis along with GST invoice option. Also please let us know if a demo can be arranged this week.

Regards,
Nikhil Joshi
Joshi Infra Projects""",
  i="o", k="sales", b="not",
  notes="Indian English sales inquiry from a prospect."),

M(n=255, slug="unknown-sender-no-ids", client="plain",
  frm=("Mark J", "markj1979@hotmail.example"), subj="cancel",
  body="""Hi, cancel my CRM Runner subscription please. Thanks, Mark""",
  i="c", k="request", b="clear",
  notes="Clear request from an address that is not registered and with no identifier; account cannot be told (needs info)."),

M(n=256, slug="pull-the-plug-reporting", client="gmail", irt=49,
  frm=("Tyler Grant", "tyler@grantco.example"), subj="Re: thinking about it",
  body="""Decided to pull the plug. The reporting still doesn't do what we need. Please cancel at the end of the month.

Tyler""",
  quote=dict(frm=SUP, text="""Hi Tyler,

Thanks for the honest feedback. Custom reports are on our roadmap for later this year. In the meantime, the Pipeline Summary export might help. Let us know what you decide!

CRM Runner Support"""),
  acct=1257003,
  i="c", k="request", b="clear", rk=["reporting still doesn't do what we need"], rc="missing_features",
  notes="Earlier undecided (msg 49); now decides to cancel."),

M(n=257, slug="chinese-how-delete-contact", client="gmail", who="cn",
  frm=("Liu Yang", "liuyang.sales@gmail.example"), subj="how to delete",
  body="""Hello,

How to delete a contact in the app? I made two same contact by mistake. I can not find delete button.

Thanks""",
  acct=A(2095530, "liuyang", "liuyang.sales@gmail.example", "monthly", start="2025-09-23", tier="S"),
  i="o", k="how_to", b="not",
  notes="Chinese writer; 'delete' refers to a contact."),

M(n=258, slug="automatic-reply-outlook", client="auto",
  frm=("Deborah Nash", "dnash@nashandco.example"), subj="Automatic reply: Please confirm cancellation of your account",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "dnash@nashandco.example"},
  body="""Thank you for your email. I am away from the office until Tuesday 17 February. If your matter is urgent, please call the office.

Kind regards
Deborah""",
  i="a", k="auto_reply", b="not",
  notes="Exchange automatic reply to a confirmation request."),

M(n=259, slug="username-sales-change-email", client="apple",
  frm=("Amelia Cross", "amelia@brightpathtours.example"), subj="Account email change (username: sales)",
  body="""Hello,

Our account was set up with username sales and the email sales@brightpathtours.example. Could you change the account email to me (amelia@brightpathtours.example)? The sales inbox is going to be shut down.

Thanks,
Amelia Cross""",
  acct=A(1347082, "sales", "sales@brightpathtours.example", "monthly", start="2025-04-29"),
  un="sales", em="sales@brightpathtours.example",
  i="o", k="question", b="not",
  notes="Ordinary-word username 'sales'; account email change; 'shut down' refers to an inbox."),

M(n=260, slug="export-deal-history", client="outlook", irt=23,
  frm=("Aaron Feld", "aaron.feld@feldandsons.example"), subj="RE: Question about cancelling",
  body="""Thanks. One more - how do we export the full deal history with notes? The CSV seems to leave out notes.

Aaron""",
  acct=1921145,
  i="o", k="question", b="not",
  notes="Export question in a thread about cancelling; still no decision."),

M(n=261, slug="filipino-registered-email-given", client="gmail", who="ph",
  frm=("Angelica Santos", "angelica.santos22@gmail.example"), subj="Cancellation of subscription",
  body="""Hi Sir/Ma'am,

Good morning! Pls cancel our subscription in CRM Runner effective end of this month. The registered email is marketing@bluewaveresorts.example. I am the new marketing assistant, the one who registered is already resigned.

Our management decided to cut costs this year.

Thank you po!
Angelica""",
  acct=A(2581139, "bluewaveresorts", "marketing@bluewaveresorts.example", "monthly", start="2025-01-17"),
  em="marketing@bluewaveresorts.example",
  i="c", k="request", b="clear", rk=["cut costs"], rc="too_expensive",
  notes="Filipino writer; registered address in the body, sender is a new employee."),

M(n=262, slug="german-cancelled-in-july-invoice", client="gmail", who="de", irt=81,
  frm=("Katrin Wegner", "k.wegner@wegner-reisen.example"), subj="Re: Account inactive for 2 months?",
  body="""Hello,

after your answer that a pause is not possible we have cancelled our account in July in the settings. But now in September we got again an invoice. Please cancel this invoice and refund the money.

Best regards
Katrin Wegner""",
  acct=2206645, refund=True,
  i="o", k="already_cancelled", b="not",
  notes="German writer; says she already cancelled in the app, disputes a later invoice ('cancel this invoice' = billing)."),

M(n=263, slug="no-refund-then-cancel", client="gmail", irt=43,
  frm=("Lauren Pike", "lauren.pike@gmail.example"), subj="Re: refund",
  body="""OK, if a refund isn't possible then at least cancel it so it doesn't renew again next year.""",
  quote=dict(frm=SUP, text="""Hi Lauren,

Yearly plans aren't refundable once the new term has started, as set out in our refund policy. Your plan is active until next July.

CRM Runner Support"""),
  acct=1975330,
  i="c", k="request", b="clear",
  notes="After a refund refusal she asks to stop the renewal."),

M(n=264, slug="never-signed-up-charged", client="gmail",
  frm=("Patrick Doyle", "patrick.doyle@gmail.example"), subj="Charge I don't recognise",
  body="""Hi,

There's a $49.00 charge from "CRMRUNNER*PRO" on my card ending 2290. I've never heard of you and never signed up. Please stop charging this card and refund it, or I'll report it as fraud to my bank.

Patrick Doyle""",
  decoys=["$49.00", "2290"],
  i="o", k="refund_only", b="maybe", refund=True, amb=True,
  notes="Unrecognised charge from an unregistered address; wants charges stopped and refunded; possibly someone else's account on his card; ambiguous, labelled other."),

M(n=265, slug="school-district-not-renew-html", client="outlook-html",
  frm=("Business Office", "businessoffice@maplegroveschools.example"), subj="CRM Runner contract - Acct. No.: 2214706",
  body="""Good afternoon,

Please be advised that Maple Grove School District will not renew the contract for CRM Runner (Acct. No.: 2214706) for the 2026-27 school year. The board approved a district-wide platform that includes family communications.

We ask that no renewal invoice be issued. Thank you for your service to our enrollment office.

Respectfully,""",
  sigtable=["Business Office", "Maple Grove School District", "Purchase Order Dept."],
  acct=A(2214706, "maplegrove", "enrollment@maplegroveschools.example", "yearly", start="2025-07-01", tier="T"),
  an=2214706,
  i="c", k="request", b="clear", rk=["district-wide platform"], rc="switched_service",
  notes="Outlook HTML-only non-renewal; account number in subject and body; sender not the registered enrollment@ address."),

M(n=266, slug="launch-digest-list", client="list",
  frm=("LaunchList Daily", "daily@launchlist.example"), subj="Today's top launches: AI note-taker, a CRM for plumbers, and more",
  list=dict(unsub_url="https://launchlist.example/settings/email?unsub=daily"),
  hdrs={"List-Id": "LaunchList Daily <daily.launchlist.example>", "List-Unsubscribe": "<https://launchlist.example/settings/email?unsub=daily>",
        "Precedence": "bulk"},
  body="""Today's top launches

1. Scribe - AI meeting notes that write your follow-ups
2. PipeFix - a CRM built for plumbing and HVAC crews
3. Quitly - let your customers cancel subscriptions in one click

Upvote your favourites and see you tomorrow.""",
  i="o", k="list_mail", b="not",
  notes="Launch digest newsletter to the support address."),

M(n=267, slug="remove-jmartinez-reassign", client="gmail",
  frm=("Carl Ingram", "carl@ingrampools.example"), subj="Remove user jmartinez",
  body="""Hi,

Julia Martinez has moved to our sister company. Please remove the seat for user jmartinez from our account and reassign her open deals to me.

Thanks,
Carl""",
  acct=A(1928337, "ingrampools", "carl@ingrampools.example", "monthly", start="2025-03-06", tier="T"),
  un="jmartinez", seat_user=True,
  i="c", k="request_seat", b="clear",
  notes="Seat removal plus reassigning deals."),

M(n=268, slug="any-update-cancel-button-bug", client="gmail", irt=37,
  frm=("Ethan Kowal", "ethan.kowal@kowaldesign.example"), subj="Re: Bug: cancel subscription button does nothing",
  body="""Any update on this? Still getting the 500 on the cancel button today. Again, not cancelling, just reporting.

Ethan""",
  acct=1509262,
  i="o", k="follow_up", b="not",
  notes="Follows up on a bug report about the cancel button; explicitly not cancelling."),

M(n=269, slug="partner-forwards-owner-apple", client="apple", date="2026-07-08 12:15",
  frm=("Jess Whitaker", "jess@whitakerhousecleaning.example"), subj="Fwd: CRM Runner",
  body="""Hi,

Forwarding from my business partner Liz, who owns the account. She's on holiday but wanted this done before the renewal.

Jess""",
  fwd=dict(mode="inline", frm=("Liz Whitaker", "liz@whitakerhousecleaning.example"), to="Jess Whitaker <jess@whitakerhousecleaning.example>",
           date="2026-07-06 07:40", subj="CRM Runner",
           body="""Jess, can you email CRM Runner and tell them we're cancelling? We've only got four regular clients left on the books since we scaled back, it's not worth it.

Liz"""),
  acct=A(1405683, "whitakerclean", "liz@whitakerhousecleaning.example", "monthly", start="2025-02-08", tier="S"),
  i="c", k="forward_request", b="clear", rk=["scaled back", "not worth it"], rc="unused",
  notes="Apple Mail 'Begin forwarded message'; the owner's request is in the forwarded part."),

M(n=270, slug="brazilian-remove-user-now", client="gmail", who="br", irt=144,
  frm=("Rafael Souza", "rafael@souzacontabil.example"), subj="Re: remove user",
  body="""Hi,

Now the person left the company. Please remove the user rafael.lima from our account and reduce to 4 users.

Thanks
Rafael""",
  acct=2171603, un="rafael.lima", seat_user=True,
  i="c", k="request_seat", b="clear",
  notes="Brazilian writer; his earlier how-to (msg 144) becomes a seat removal request."),

M(n=271, slug="refund-within-first-month-prospect", client="gmail",
  frm=("Hannah Yoder", "hannah.yoder@gmail.example"), subj="refund question",
  body="""Hi! Thinking of signing up for Pro. Would I get a refund if I cancel within the first month?""",
  i="o", k="hypothetical", b="not",
  notes="Prospect asks about refunds."),

M(n=272, slug="typos-cancle-subscribtion", client="yahoo",
  frm=("Bobby Ray Tucker", "bobbyray.tucker@yahoo.example"), subj="cancle",
  body="""i want to cancle my subscribtion its to expensive for what i use it for. pleas confirm""",
  acct=A(1070418, "brtucker", "bobbyray.tucker@yahoo.example", "monthly", start="2025-03-19", tier="S"),
  i="c", k="request", b="clear", rk=["to expensive"], rc="too_expensive",
  notes="Misspellings 'cancle', 'subscribtion', 'to expensive'."),

M(n=273, slug="korean-yearly-discount", client="gmail", who="kr",
  frm=("Park Ji-hoon", "jihoon.park@hanbitcosmetics.example"), subj="yearly billing",
  body="""Hello,

We want to change our billing to yearly to get the discount. Please tell me how much we pay and when. We are now monthly Pro, 3 users.

Thank you.
Park Ji-hoon""",
  acct=A(2708245, "hanbitcosmetics", "jihoon.park@hanbitcosmetics.example", "monthly", start="2025-07-28"),
  i="o", k="plan_change", b="not",
  notes="Korean writer; switch to yearly."),

M(n=274, slug="bounce-host-not-found", client="dsn",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Undelivered Mail Returned to Sender",
  dsn=dict(mta="postfix", rcpt="owner@sunsetsurfschool.example", status="5.4.4",
           diag="Host or domain name not found. Name service error for name=sunsetsurfschool.example type=A: Host not found",
           human="""This is the mail system at host mx1.crmrunner.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<owner@sunsetsurfschool.example>: Host or domain name not found. Name service
    error for name=sunsetsurfschool.example type=A: Host not found
""",
           orig=dict(subj="Please confirm: cancel your CRM Runner account?",
                     body="""Hello,

We received a request to cancel your CRM Runner account from another address. Reply YES to confirm, or NO if you want to keep your account.

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="Bounce (domain not found) of a confirmation request."),

M(n=275, slug="reply-with-account-number", client="outlook", irt="<CR-33015.ask@crmrunner.example>",
  frm=("Walter Briggs", "walter.briggs@briggsstorage.example"), subj="RE: Your message to CRM Runner Support [CR-33015]",
  body="""Sorry - the account number is #1582260. Please proceed with the cancellation.

Walter""",
  quote=dict(frm=SUP, to="Walter Briggs <walter.briggs@briggsstorage.example>", subj="Your message to CRM Runner Support [CR-33015]",
             text="""Hello Walter,

We'd be glad to help. To find your account, please reply with the account number shown on your invoices.

CRM Runner Support"""),
  acct=A(1582260, "briggsstorage", "accounts@briggsstorage.example", "monthly", start="2024-05-02"),
  an=1582260,
  decoys=["CR-33015"],
  i="c", k="request", b="clear",
  notes="Replies to a needs-info request with the account number and restates the request; sender is not the registered accounts@ address."),

M(n=276, slug="thanks-notification-off", client="gmail", who="cn", irt=120,
  frm=("Li Na", "lina.office@xinyuetrading.example"), subj="Re: how to cancel the email",
  body="""Thank you very much, I turn off the daily summary now. Very helpful!

Li Na""",
  acct=2863305,
  i="o", k="thanks", b="not",
  notes="Chinese writer; thanks after turning off a notification."),

M(n=277, slug="turkish-bill-in-lira", client="base64", who="tr",
  frm=("Elif Demir", "elif.demir@demirtekstil.example"), subj="Payment currency",
  body="""Hello,

Is it possible to pay our subscription in Turkish Lira instead of USD? Because of the exchange rate the price changes every month for us. We want to continue but this is difficult for accounting.

Thank you,
Elif Demir""",
  acct=A(2840316, "demirtekstil", "elif.demir@demirtekstil.example", "monthly", start="2025-02-21"),
  i="o", k="question", b="not",
  notes="Turkish writer; payment currency question, explicitly wants to continue; base64."),

M(n=278, slug="please-unsubscribe-me-bare", client="gmail",
  frm=("Ginny Albright", "ginny.albright@gmail.example"), subj="Unsubscribe",
  body="""Please unsubscribe me.""",
  acct=A(1253367, "galbright", "ginny.albright@gmail.example", "monthly", start="2025-05-05", tier="S"),
  i="o", k="newsletter_unsubscribe", b="maybe", amb=True,
  notes="Bare 'unsubscribe me' from a paying customer, not in reply to anything: could mean the mailing list or the subscription; ambiguous, labelled other."),

M(n=279, slug="price-raise-30-percent", client="gmail",
  frm=("Stuart Mackie", "stuart@mackiejoinery.example"), subj="Price increase",
  body="""You raised the price 30% with two weeks' notice. That's not how you treat customers who've been with you since 2024.

Cancel my subscription.

Stuart Mackie""",
  acct=A(1768140, "mackiejoinery", "stuart@mackiejoinery.example", "monthly", start="2024-04-15"),
  i="c", k="request", b="clear", rk=["raised the price 30%"], rc="too_expensive",
  notes="Angry request about a price increase."),

M(n=280, slug="cancel-qbr-call", client="outlook",
  frm=("Janet Okoye", "janet.okoye@meridianfreight.example"), subj="Cancel QBR call",
  body="""Hi Tom,

I need to cancel our quarterly business review call on Thursday - I'm at a client site. Could your team send the slides instead and we'll pick up next quarter?

Thanks,
Janet""",
  acct=A(2899062, "meridianfreight", "janet.okoye@meridianfreight.example", "yearly", start="2025-01-15", tier="T"),
  i="o", k="meeting_cancel", b="not",
  notes="Cancels a review call."),

M(n=281, slug="were-leaving-hubspot-free", client="apple",
  frm=("Priya Desai", "priya@desaimarketing.example"), subj="We're leaving",
  body="""Hi CRM Runner,

The team voted to go with HubSpot's free tier, so we're leaving. Please close our account when the current month is up.

It's been a good run, thanks.

Priya""",
  acct=A(2033946, "desaimarketing", "priya@desaimarketing.example", "monthly", start="2024-12-20"),
  i="c", k="request", b="clear", rk=["hubspot"], rc="switched_service",
  notes="'We're leaving' plus 'close our account'."),

M(n=282, slug="gdpr-hosting-prospect", client="gmail",
  frm=("Lars Becker", "lars.becker@beckerpartner.example"), subj="GDPR / hosting",
  body="""Hello,

Before we sign up: where is customer data hosted, and can you sign a DPA? We're a German company so this matters for us.

Lars Becker""",
  i="o", k="sales", b="not",
  notes="Pre-sales compliance question."),

M(n=283, slug="vacation-auto-reply-confirm", client="auto",
  frm=("Gary Whitfield", "gary@whitfieldcarpets.example"), subj="Re: Please confirm the cancellation",
  hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
  body="""I'm on vacation until the 28th with very limited access to email. I'll respond as soon as I can after I'm back.

Gary""",
  i="a", k="auto_reply", b="not",
  notes="Vacation auto-reply to a confirmation request."),

M(n=284, slug="argentinian-give-low", client="thunderbird", who="ar",
  frm=("Martín Fernández", "martin@fernandezestudio.example"), subj="Give low the account",
  body="""Hello,

I want to give low the account (in Spanish "dar de baja"), I mean to finish the subscription. We are closing the studio in Buenos Aires.

Thanks for all,
Martín""",
  acct=A(2558427, "fernandezestudio", "martin@fernandezestudio.example", "monthly", start="2024-11-04"),
  i="c", k="request", b="clear", rk=["closing the studio"], rc="business_closed",
  notes="Argentinian writer; literal translation 'give low' (dar de baja) means cancel."),

M(n=285, slug="grandfathered-scratch-that", client="gmail", irt=279,
  frm=("Stuart Mackie", "stuart@mackiejoinery.example"), subj="Re: Price increase",
  body="""Just saw the email saying existing customers keep the old price. Fair enough - scratch the cancellation, we'll stay.

Stuart""",
  quote=dict(frm=("Stuart Mackie", "stuart@mackiejoinery.example"),
             text="""You raised the price 30% with two weeks' notice. That's not how you treat customers who've been with you since 2024.

Cancel my subscription."""),
  acct=1768140,
  i="o", k="withdrawal", b="not", wd=True,
  notes="Withdraws the quoted request."),

M(n=286, slug="no-subject-not-using-it", client="iphone", subj=None,
  frm=("Andre Baptiste", "andre.baptiste@icloud.example"),
  body="Cancel CRM Runner. Not using it.",
  acct=A(1893017, "abaptiste", "andre.baptiste@icloud.example", "monthly", start="2025-08-11", tier="S"),
  i="c", k="request", b="clear", rk=["not using it"], rc="unused",
  notes="No Subject; iPhone one-liner."),

M(n=287, slug="indian-cancel-button-error", client="gmail", who="in",
  frm=("Deepak Malhotra", "deepak.malhotra@malhotraelectricals.example"), subj="Unable to cancel subscription",
  body="""Hello Team,

I am trying to cancel my subscription since 2 days but the cancel button is showing error "Something went wrong". Please check the issue.

Regards,
Deepak""",
  acct=A(2119475, "malhotraelec", "deepak.malhotra@malhotraelectricals.example", "monthly", start="2025-05-30"),
  i="c", k="request", b="maybe", amb=True,
  notes="Indian English; reads as a bug report, but he states he is trying to cancel; ambiguous, labelled cancellation."),

M(n=288, slug="hibernate-account", client="gmail",
  frm=("Oliver Stanton", "oliver@stantonsurveys.example"), subj="Hibernate?",
  body="""Hi, do you have any kind of hibernate mode? We're between projects for about 4 months and want to keep the data but not pay full price.""",
  acct=A(1456928, "stantonsurveys", "oliver@stantonsurveys.example", "monthly", start="2025-01-28"),
  i="o", k="pause", b="not",
  notes="Asks for a low-cost hibernation; pause."),

M(n=289, slug="accountant-forwards-attached-outlook", client="outlook", date="2026-10-12 10:05",
  frm=("Gerald Pike", "gerald@pikeaccountancy.example"), subj="FW: Close the CRM",
  body="""Good morning,

Please see the attached email from my client Mrs Hodge, who has asked me to deal with her software subscriptions as she closes her business.

Kind regards,
Gerald Pike""",
  fwd=dict(mode="rfc822", client="gmail", frm=("Valerie Hodge", "valerie@hodgebridal.example"),
           to="Gerald Pike <gerald@pikeaccountancy.example>", date="2026-10-09 16:22", subj="Close the CRM",
           filename="Close the CRM.eml",
           body="""Gerald,

Could you close the CRM Runner account for me along with the others? The shop closes for good on the 31st.

Thanks, Valerie"""),
  acct=A(2230964, "hodgebridal", "valerie@hodgebridal.example", "monthly", start="2024-08-30", tier="S"),
  i="c", k="forward_request", b="clear", rk=["the shop closes for good"], rc="business_closed",
  notes="Accountant forwards the owner's request as an attached message."),

M(n=290, slug="then-cancel-end-of-month", client="gmail", irt=92,
  frm=("Chloe Barrett", "chloe.barrett@gmail.example"), subj="Re: access after cancelling?",
  body="""Thanks! In that case please cancel it for the end of this month.

Chloe""",
  quote=dict(frm=SUP, text="""Hi Chloe,

If you cancel, you keep access until the end of the month you've paid for.

CRM Runner Support"""),
  acct=1305561,
  i="c", k="request", b="clear",
  notes="Her earlier hypothetical (msg 92) becomes a request."),

M(n=291, slug="thanks-price-answer", client="gmail", irt=137,
  frm=("Norma Gilchrist", "norma@gilchristtutoring.example"), subj="Re: Price going up?",
  body="Good to know, thanks for the quick answer!",
  acct=1624773,
  i="o", k="thanks", b="not",
  notes="Thanks for an answer."),

M(n=292, slug="merge-two-logins", client="gmail",
  frm=("Daniel Fry", "dan@fryandsonsbuilders.example"), subj="two logins",
  body="""Hi, I somehow have two logins, dan_old and dan. Can you merge them into one so I see all my deals in one place? Don't delete anything.""",
  acct=A(1668851, "fryandsons", "dan@fryandsonsbuilders.example", "monthly", start="2025-03-23", tier="T"),
  i="o", k="question", b="not",
  notes="Merge two logins; 'don't delete anything'."),

M(n=293, slug="chinese-cancelled-still-invoice-email", client="gmail", who="cn",
  frm=("Huang Wei", "huangwei@goldenbridgeexport.example"), subj="still receive invoice",
  body="""Hello,

I cancel the account last month already, why I still receive the invoice email this month? Please check, I don't want to pay.

Huang Wei""",
  acct=A(2609413, "goldenbridge", "huangwei@goldenbridgeexport.example", "monthly", status="cancelled", start="2025-04-13"),
  i="o", k="already_cancelled", b="not",
  notes="Chinese writer; already cancelled, asks about an invoice email."),

M(n=294, slug="qmail-bounce", client="dsn",
  frm=("MAILER-DAEMON", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="failure notice",
  dsn=dict(mta="qmail", rcpt="jo@cornerstonebakery.example", status="5.1.1",
           diag="550 5.1.1 sorry, no mailbox here by that name",
           human="""Hi. This is the qmail-send program at mx1.crmrunner.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<jo@cornerstonebakery.example>:
sorry, no mailbox here by that name. (#5.1.1)
""",
           orig=dict(subj="Re: cancel",
                     body="""Hello Jo,

Your subscription has been cancelled and will end on 9 October 2026.

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="qmail-style failure notice (as multipart/report) for a confirmation; 'Sorry it didn't work out' is machine text."),

M(n=295, slug="merged-with-agency-salesforce", client="outlook",
  frm=("Lionel Hart", "lionel@hartcreative.example"), subj="Account closure following merger",
  body="""Hi team,

Hart Creative has merged with Bluefin Agency, and from 1 November we'll be working entirely in their Salesforce instance. Please close our CRM Runner account at the end of October and stop all billing after that.

Thanks for the support over the years.

Lionel Hart
Managing Partner""",
  acct=A(1524388, "hartcreative", "lionel@hartcreative.example", "monthly", start="2024-06-18", tier="T"),
  i="c", k="request", b="clear", rk=["salesforce"], rc="switched_service",
  notes="Closure after a merger; moving to the partner's Salesforce."),

M(n=296, slug="more-storage-addon", client="gmail",
  frm=("Tanya Moss", "tanya@mossarchitecture.example"), subj="Storage",
  body="""We've hit the file storage limit on Pro. Can we buy extra storage without moving to Team?""",
  acct=A(2383275, "mossarch", "tanya@mossarchitecture.example", "monthly", start="2025-02-16"),
  i="o", k="sales", b="not",
  notes="Add-on storage question."),

M(n=297, slug="money-tight-android-plain", client="android", html=False,
  frm=("Kevin Doyle", "kdoyle.detailing@gmail.example"), subj="stop sub",
  body="""pls stop my sub. money is tight rn, might come back next yr""", sig="Sent from my Galaxy",
  acct=A(1177524, "kdoyledetail", "kdoyle.detailing@gmail.example", "monthly", start="2025-06-14", tier="S"),
  i="c", k="request", b="clear", rk=["money is tight"], rc="too_expensive",
  notes="Short request; Android plain text."),

M(n=298, slug="if-we-drop-seats-lose-data", client="outlook", irt=189,
  frm=("Judith Carney", "judith.carney@carneylaw.example"), subj="Seats question",
  body="""Hello,

If we reduce from 10 seats to 5 at renewal, what happens to the deals and notes of the users we remove? Do they stay with the account?

Thanks,
Judith""",
  acct=2479368,
  i="o", k="hypothetical", b="not",
  notes="Hypothetical about reducing seats."),

M(n=299, slug="changed-address-autoreply", client="auto",
  frm=("Rick Olsen", "rick@olsenplumbing.example"), subj="Re: Your CRM Runner subscription",
  hdrs={"Auto-Submitted": "auto-replied"},
  body="""Please note my email address has changed. I no longer read this inbox. Please update your records to rick.olsen.plumbing@gmail.example.

This is an automated message.""",
  i="a", k="auto_reply", b="not",
  notes="Address-changed auto-reply."),

M(n=300, slug="dont-auto-renew-switch-monthly", client="apple",
  frm=("Harriet Vance", "harriet@vancebotanicals.example"), subj="Renewal next month",
  body="""Hello,

Our yearly plan renews next month. Please don't auto-renew it for another year - switch us to monthly instead so we can reassess in spring.

Harriet""",
  acct=A(2749581, "vancebotanicals", "harriet@vancebotanicals.example", "yearly", start="2025-06-25", tier="S"),
  i="o", k="plan_change", b="not",
  notes="'Don't auto-renew' but wants monthly instead: a plan change, not a cancellation."),
]
