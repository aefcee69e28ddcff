# Batch 8: messages 351-400, written by hand.
from common import A, M

SUP = ("CRM Runner Support", "support@crmrunner.example")

MESSAGES = [

M(n=351, slug="thought-about-it-dont-renew", client="gmail", irt=199,
  frm=("Alana Rhodes", "alana@rhodesgardendesign.example"), subj="Re: renewal date",
  body="""Thought about it some more. Please don't renew it - a spreadsheet does the job for the number of clients we have.

Alana""",
  acct=1963705,
  i="c", k="request", b="clear", rk=["spreadsheet"], rc="other",
  notes="Earlier ambiguous doubt (msg 199) becomes 'please don't renew'."),

M(n=352, slug="thanks-account-number", client="yahoo", irt=156,
  frm=("Dwayne Fuller", "dwayne.fuller@yahoo.example"), subj="Re: account number",
  body="got it thanks",
  acct=1068315,
  i="o", k="thanks", b="not",
  notes="Two-word thanks."),

M(n=353, slug="ghanaian-still-cannot-see-cancel-for-me", client="gmail", who="gh", irt=229,
  frm=("Kwame Mensah", "kwame.mensah@gmail.example"), subj="Re: Cancellation",
  body="""Thank you for the steps but I still cannot see it on the app. Please cancel it for me, I am not using it again.

Kwame""",
  acct=2045178,
  i="c", k="request", b="clear", rk=["not using it again"], rc="unused",
  notes="Ghanaian writer; earlier how-to (msg 229) becomes a request."),

M(n=354, slug="fee-then-switch-monthly", client="iphone", irt=226,
  frm=("Derrick Lyons", "derrick.lyons@icloud.example"), subj="Re: Fee?",
  body="OK. Can you switch me to monthly when the year is up then?",
  acct=1742968,
  i="o", k="plan_change", b="not",
  notes="Plan change after a fee question."),

M(n=355, slug="remove-licence-tfranklin-html", client="outlook-html",
  frm=("Moira Castle", "moira.castle@castlefinancial.example"), subj="Licence removal - T. Franklin",
  body="""Hello,

Please remove the CRM Runner licence for user tfranklin with effect from today. Tom Franklin has retired from the practice. His clients have been reassigned to me in the app already.

Many thanks,
Moira""",
  sigtable=["Moira Castle", "Practice Manager", "Castle Financial Planning", "01632 960 418"],
  acct=A(2628943, "castlefinancial", "moira.castle@castlefinancial.example", "yearly", start="2025-02-03", tier="T", cur="GBP", price="790.00"),
  un="tfranklin", seat_user=True, decoys=["01632 960 418"],
  i="c", k="request_seat", b="clear",
  notes="Outlook HTML with signature table; licence (seat) removal for a retired colleague."),

M(n=356, slug="indian-continue-proforma", client="gmail", who="in", irt=116,
  frm=("Venkatesh Rao", "venkatesh.rao@srisaiagencies.example"), subj="Re: Query regarding data retention",
  body="""Dear Team,

Thank you for the clarification. We have decided to continue with CRM Runner for the next financial year also. Kindly send the proforma invoice for the yearly renewal.

Regards,
Venkatesh Rao""",
  acct=2407733,
  i="o", k="other", b="not",
  notes="Indian English; decides to continue; asks for a proforma invoice."),

M(n=357, slug="processed-within-3-days-autoreply", client="auto",
  frm=("Accounts Inbox", "accounts@brookfieldmotors.example"), subj="Re: Please confirm the cancellation of your account",
  hdrs={"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
  body="""This is an automatic reply. Emails to this address are processed within 3 business days. For urgent matters please call the dealership.

Brookfield Motors - Accounts""",
  i="a", k="auto_reply", b="not",
  notes="Shared-inbox automatic reply to a confirmation request."),

M(n=358, slug="spanish-baja-8bit", client="plain-8bit", who="es",
  frm=("Lucía Martín", "lucia@martinpapeleria.example"), subj="Baja de la suscripción / cancellation",
  body="""Hello,

I write to ask the cancellation ("baja") of my subscription of CRM Runner. We close the shop in the end of the month, after 22 years. Thank you for everything.

Un saludo,
Lucía Martín""",
  acct=A(2496071, "martinpapeleria", "lucia@martinpapeleria.example", "monthly", start="2025-03-15", tier="S", cur="EUR"),
  i="c", k="request", b="clear", rk=["we close the shop"], rc="business_closed",
  notes="Spanish writer; 8bit body; Spanish/English subject."),

M(n=359, slug="thanks-credit-note", client="outlook", irt=78,
  frm=("Accounts Payable", "ap@meridianhotels.example"), subj="RE: Please cancel invoice 2026-0931",
  body="""Good morning,

Thank you, we have received the credit note for the duplicate invoice. This is resolved.

Kind regards,
Accounts Payable""",
  acct=2801199,
  decoys=["2026-0931"],
  i="o", k="thanks", b="not",
  notes="Thanks for a credit note; subject has 'cancel invoice'."),

M(n=360, slug="wedding-season-over-barely-touched", client="apple", irt=69,
  frm=("Vanessa Cole", "vanessa@colecatering.example"), subj="Cancel",
  body="""Hi,

Wedding season's over and honestly we barely touched the pipeline this year. Please cancel our subscription - I'll come back if things pick up.

Vanessa""",
  acct=1833470,
  i="c", k="request", b="clear", rk=["barely touched the pipeline"], rc="unused",
  notes="Request from an existing customer who earlier asked about an add-on."),

M(n=361, slug="phishing-account-will-be-cancelled", client="plain",
  frm=("Mail Admin", "security-alert@mailbox-verify.example"), subj="Your account will be cancelled in 24 hours",
  body="""Dear user,

Your email account support@crmrunner.example will be cancelled in 24 hours due to failure to verify. To keep your account active, verify your password now:

http://mailbox-verify.example/keep-active

Failure to verify will result in permanent account closure.

Mail Admin Team""",
  i="o", k="other", b="not",
  notes="Phishing spam threatening cancellation of the mailbox; not a customer request."),

M(n=362, slug="swedish-encoded-ascii-subject", client="outlook", who="se", enc_subj=True,
  frm=("Erik Lindström", "erik.lindstrom@nordictrails.example"), subj="Cancel subscription",
  body="""Hello,

Nordic Trails AB wishes to cancel the CRM Runner subscription from the next renewal. We have moved our bookings and customer contacts into a Swedish booking system that has the functions we need.

Best regards,
Erik Lindström""",
  acct=A(2139870, "nordictrails", "erik.lindstrom@nordictrails.example", "yearly", start="2025-05-26", cur="EUR"),
  i="c", k="request", b="clear", rk=["swedish booking system"], rc="switched_service",
  notes="Swedish writer; ASCII subject sent RFC 2047 encoded (B) by the client."),

M(n=363, slug="invoice-address-after-yearly", client="outlook", irt=7,
  frm=("Owen Prichard", "owen@prichardlegal.example"), subj="RE: Switching to annual billing",
  body="""Thanks for switching us. Could the yearly invoice be addressed to "Prichard Legal LLP, Accounts Dept." rather than my name?

Owen""",
  acct=1552093,
  i="o", k="question", b="not",
  notes="Invoice addressing after a plan change."),

M(n=364, slug="bounce-internal-forward-with-request", client="dsn",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Undelivered Mail Returned to Sender",
  dsn=dict(mta="postfix", rcpt="billing-team@crmrunner.example",
           diag="550 5.1.1 <billing-team@crmrunner.example>: Recipient address rejected: User unknown in local recipient table",
           rhost="mx1.crmrunner.example",
           orig=dict(subj="Fwd: Cancel my account", auto=False,
                     body="""FYI - cancellation below, please process.

---------- Forwarded message ---------
From: Harriet Greene <harriet@greenepilates.example>
Subject: Cancel my account

Please cancel my account at the end of the month, I'm closing the studio. Username greenepilates.""")),
  body="", i="b", k="bounce", b="not",
  notes="Bounce of an internal forward to a non-existent billing address; the returned message contains a full cancellation request with a username."),

M(n=365, slug="trial-cancel-pipedrive-iphone", client="iphone", date="2026-10-07 12:20",
  frm=("Aiden Walsh", "aiden@walshcoffee.example"), subj="Trial",
  body="""Please cancel before the trial ends - we decided to go with Pipedrive. Thanks for the help during the trial""",
  acct=A(1267894, "walshcoffee", "aiden@walshcoffee.example", "monthly", status="trial", start="2026-09-29", trial="2026-10-13"),
  i="c", k="request", b="clear", rk=["pipedrive"], rc="switched_service",
  notes="Trial cancellation."),

M(n=366, slug="email-change-not-done", client="gmail", irt=184,
  frm=("Philip Osborne", "philip@osbornetiling.example"), subj="Re: change email",
  body="""Hi, did the email change happen? I'm still getting notifications at this address and the domain goes in two weeks.""",
  acct=2127965,
  i="o", k="question", b="not",
  notes="Follow-up on an email change ('domain goes')."),

M(n=367, slug="username-bakerboy-login", client="yahoo",
  frm=("Terry Baker", "terry.baker55@yahoo.example"), subj="cant get in",
  body="""My username is bakerboy and it says the password is wrong. I tried reset. Order # 1004 from the shop is in there and I need it today.""",
  acct=A(1095163, "bakerboy", "terry.baker55@yahoo.example", "monthly", start="2025-10-18", tier="S"),
  un="bakerboy", decoys=["1004"],
  i="o", k="question", b="not",
  notes="Login problem with an ordinary-word username; order number is his own customer's order."),

M(n=368, slug="reactivated-move-yearly", client="gmail", irt=40,
  frm=("Simone Achebe", "simone@achebeconsulting.example"), subj="Re: Reactivate my account",
  body="""Thanks so much for reactivating it, everything is there. As I mentioned, could you now move us to the yearly Pro plan?

Simone""",
  acct=2440817,
  i="o", k="plan_change", b="not",
  notes="Plan change after reactivation."),

M(n=369, slug="thai-close-restaurant", client="gmail", who="th",
  frm=("Somchai Wongsakul", "somchai@baanthairestaurant.example"), subj="cancel member",
  body="""Hello,

I want to cancel member. Now I close my restaurant because the rent is very high. Thank you for the service.

Somchai""",
  acct=A(2761329, "baanthai", "somchai@baanthairestaurant.example", "monthly", start="2025-04-05", tier="S"),
  i="c", k="request", b="clear", rk=["close my restaurant"], rc="business_closed",
  notes="Thai writer; 'cancel member'."),

M(n=370, slug="refund-received-thanks", client="gmail", irt=106,
  frm=("Victor Salazar", "victor@salazarproduce.example"), subj="Re: STILL BEING CHARGED",
  body="""Refund received. Thank you for sorting it out.

Victor""",
  acct=1919504,
  i="o", k="thanks", b="not",
  notes="Thanks after a refund; thread subject is all caps."),

M(n=371, slug="assistant-forwards-ceo-attached", client="gmail", date="2026-02-26 09:14",
  frm=("Kelly Brandt", "kelly@orionsolar.example"), subj="Fwd: CRM",
  body="""Hello,

Our CEO asked me to forward his email (attached) to you. Could you please confirm once it's done?

Kelly Brandt
Office Coordinator, Orion Solar""",
  fwd=dict(mode="rfc822", client="outlook", frm=("Victor Lam", "victor.lam@orionsolar.example"),
           to="Kelly Brandt <kelly@orionsolar.example>", date="2026-02-25 19:48", subj="CRM", filename="CRM.eml",
           body="""Kelly,

Please tell CRM Runner to cancel our subscription (username orionsolar). The new sales director is bringing Salesforce with him.

Victor"""),
  acct=A(2052418, "orionsolar", "victor.lam@orionsolar.example", "monthly", start="2024-10-03", tier="T"),
  un="orionsolar",
  i="c", k="forward_request", b="clear", rk=["salesforce"], rc="switched_service",
  notes="CEO's request forwarded as an attachment; username inside the attachment."),

M(n=372, slug="bangladeshi-data-later", client="gmail", who="bd",
  frm=("Tanvir Ahmed", "tanvir.ahmed@dhakatraders.example"), subj="data after cancel",
  body="""Dear Sir,

If I cancel my subscription now, can I get back my data later when I subscribe again? Or it will be deleted? Please inform.

Thanks
Tanvir""",
  acct=A(2305817, "dhakatraders", "tanvir.ahmed@dhakatraders.example", "monthly", start="2025-06-08", tier="S"),
  i="o", k="hypothetical", b="maybe",
  notes="Bangladeshi writer; hypothetical about data retention."),

M(n=373, slug="no-custom-fields-cancel", client="thunderbird", irt=208,
  frm=("Ivan Petrovic", "ivan@petrovicsolar.example"), subj="Re: Custom fields on deals",
  body="""Hi,

Thanks for checking. Since custom fields on deals aren't available on any plan, it doesn't fit how we quote jobs. Please cancel our subscription at the end of the month.

Ivan""",
  acct=2649317,
  i="c", k="request", b="clear", rk=["custom fields on deals"], rc="missing_features",
  notes="Missing feature after an earlier question."),

M(n=374, slug="didnt-use-this-month-refund", client="gmail",
  frm=("Sarah Lindgren", "sarah.lindgren@gmail.example"), subj="refund this month",
  body="""Hi, I didn't use CRM Runner at all this month (was in hospital). Is it possible to get this month's payment refunded?""",
  acct=A(1427316, "slindgren", "sarah.lindgren@gmail.example", "monthly", start="2025-04-26", tier="S"),
  i="o", k="refund_only", b="maybe", refund=True, amb=True,
  notes="Refund for an unused month; no sign she wants to stop; ambiguous, labelled other."),

M(n=375, slug="yes-confirm-outlook-reply", client="outlook", irt="<confirm.CR-34102@crmrunner.example>",
  frm=("Gordon Pryce", "gordon@prycefencing.example"), subj="RE: Please confirm: cancel CRM Runner account 1718254?",
  body="""Yes, please cancel. My son sent the first email for me.

Gordon Pryce""",
  quote=dict(frm=SUP, to="gordon@prycefencing.example", subj="Please confirm: cancel CRM Runner account 1718254?",
             text="""Hello,

We received a request to cancel your CRM Runner account 1718254 from another address (jamie.pryce@gmail.example).

Reply YES to confirm, or NO to keep your account.

CRM Runner Support"""),
  acct=A(1718254, "prycefencing", "gordon@prycefencing.example", "monthly", start="2024-12-14"),
  i="c", k="follow_up", b="clear",
  notes="The registered owner answers YES to a confirmation request; the account number is only in the subject and quote (not written by him)."),

M(n=376, slug="how-set-up-automations", client="outlook", irt=108,
  frm=("Allison Webb", "allison@webbphysio.example"), subj="RE: Upgrade to Pro",
  body="""Thanks, we're on Pro now. How do I set up an automation that emails patients 3 days after their last appointment?

Allison""",
  acct=1445726,
  i="o", k="how_to", b="not",
  notes="Product how-to."),

M(n=377, slug="yahoo-away-no-headers", client="plain",
  frm=("Luann Meyers", "luann.meyers@yahoo.example"), subj="Re: Your CRM Runner subscription",
  body="""I'm currently away and will respond when I return. Thanks!""",
  i="a", k="auto_reply", b="not",
  notes="Short away message, no auto-reply headers."),

M(n=378, slug="charged-year-wanted-month", client="apple",
  frm=("Marcus Webb", "marcus@webbtattoo.example"), subj="Charged for a year?!",
  body="""You charged me $490 for a year when I clicked the monthly button. I don't want a year. Cancel this and refund the $490 - I'll decide later whether to sign up monthly.

Marcus""",
  acct=A(2913458, "webbtattoo", "marcus@webbtattoo.example", "yearly", start="2026-05-02"),
  date="2026-05-03 22:10",
  decoys=["$490"],
  i="c", k="request", b="clear", refund=True,
  notes="Cancel a yearly charge he didn't mean to take, plus refund; may resubscribe later."),

M(n=379, slug="back-in-march-still-active", client="iphone", irt=154,
  frm=("Brett Sommers", "brett@sommersmarina.example"), subj="Re: Pause Jan/Feb?",
  body="We're back open in March - is the account still active or do I need to do anything?",
  acct=2137488,
  i="o", k="question", b="not",
  notes="Question after a seasonal break."),

M(n=380, slug="as-discussed-below-internal-thread", client="gmail",
  frm=("Naomi Fields", "naomi@fieldsarchitects.example"), subj="Re: CRM Runner - keep or cancel?",
  body="""Hi CRM Runner team,

As discussed below, please cancel our account at the end of this billing period.

Naomi Fields""",
  quote=dict(frm=("Robert Fields", "robert@fieldsarchitects.example"),
             text="""Naomi,

I looked at the numbers - we've logged into CRM Runner maybe five times since spring. Let's cancel it and put the money towards the new plotter. Can you email them?

Rob"""),
  acct=A(1783005, "fieldsarchitects", "naomi@fieldsarchitects.example", "monthly", start="2025-01-21"),
  i="c", k="request", b="clear",
  notes="Request above a quoted internal thread; the reason is only in the quoted colleague's email (not labelled)."),

M(n=381, slug="downgrade-not-applied-charged-pro", client="plain-qp", irt=202,
  frm=("Josephine Hart", "jo@hartandhomeinteriors.example"), subj="Re: Change plan at renewal",
  body="""Hi,

The plan renewed yesterday at the Pro price ($490) even though we agreed Starter. Could you refund the difference please?

Jo""",
  acct=1709452, refund=True, decoys=["$490"],
  i="o", k="refund_only", b="not",
  notes="Refund of the difference after a downgrade wasn't applied."),

M(n=382, slug="vietnamese-language-prospect", client="gmail", who="vn",
  frm=("Pham Minh Duc", "duc.pham@vietlinktravel.example"), subj="Vietnamese language",
  body="""Hello,

Do CRM Runner have Vietnamese language for the interface? My staff don't read English well. If yes we will buy Team plan.

Thank you""",
  i="o", k="sales", b="not",
  notes="Vietnamese writer; pre-sales question."),

M(n=383, slug="filipino-cancel-refund-remaining", client="gmail", who="ph", irt=122,
  frm=("Rowena Bautista", "rowena.bautista@manilaprinting.example"), subj="Re: Wrong plan charged",
  body="""Hi,

Since it is not possible to change to monthly in the middle of the year, we decided to cancel the subscription instead. Pls refund the remaining months.

Thank you po.
Rowena""",
  acct=2227156, refund=True,
  i="c", k="request", b="clear",
  notes="Filipino writer; cancel + refund after a refused plan change."),

M(n=384, slug="ndr-user-unknown-seat-confirmation", client="dsn",
  frm=("Microsoft Outlook", "postmaster@lakelandsurgery.example"),
  subj="Undeliverable: Seat removed - J. Okafor",
  dsn=dict(mta="exchange", rcpt="j.okafor@lakelandsurgery.example", status="5.1.1",
           diag="550 5.1.1 User unknown",
           reporting="PA4PR03MB7101.eurprd03.prod.outlook.example",
           orig=dict(subj="Seat removed - J. Okafor",
                     body="""Hello,

The seat for j.okafor has been removed from the Lakeland Surgery account.

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="NDR for a seat-removal confirmation sent to the removed user."),

M(n=385, slug="company-reg-number-invoice-name", client="plain",
  frm=("Fiona Grant", "fiona@grantbrothersjoinery.example"), subj="Company name on invoices",
  body="""Hello,

We've changed from a partnership to a limited company. Please show "Grant Brothers Joinery Ltd" on invoices from now on.

Fiona Grant
Grant Brothers Joinery Ltd
Company Reg. No. 08812345
VAT GB 123 4567 89""",
  acct=A(1639284, "grantbrothers", "fiona@grantbrothersjoinery.example", "monthly", start="2024-09-26", cur="GBP", price="39.00"),
  decoys=["08812345", "GB 123 4567 89"],
  i="o", k="question", b="not",
  notes="Invoice name change; company registration and VAT numbers are decoys (one contains '123 4567')."),

M(n=386, slug="book-single-session", client="yahoo", irt=222,
  frm=("Bev Latham", "bev.latham@yahoo.example"), subj="Re: cancel my order",
  body="""Thanks for cancelling the package. Could I book just a single one-hour session instead? Happy to pay for that.""",
  acct=1524910,
  i="o", k="sales", b="not",
  notes="Books a session after an order cancellation."),

M(n=387, slug="gmail-one-click-unsubscribe", client="plain",
  frm=("", "owen.kirby@gmail.example"), subj="Unsubscribe", to="unsubscribe@crmrunner.example",
  body="""This message was automatically generated by Gmail.""",
  i="o", k="newsletter_unsubscribe", b="not",
  notes="Mail-client list-unsubscribe message (mailto) with no display name."),

M(n=388, slug="delete-duplicate-login-seat", client="gmail", irt=292,
  frm=("Daniel Fry", "dan@fryandsonsbuilders.example"), subj="Re: two logins",
  body="""Thanks for merging. Now please delete the dan_old login completely and take its seat off the bill.

Dan""",
  acct=1668851, un="dan_old", seat_user=True,
  i="c", k="request_seat", b="clear",
  notes="Removes a duplicate login and its seat."),

M(n=389, slug="decided-to-continue", client="plain-8bit", who="pt", irt=219,
  frm=("Inês Carvalho", "ines.carvalho@carvalhoviagens.example"), subj="Re: Dúvida / question",
  body="""Thank you for the explanation. We decided to continue with CRM Runner.

Inês""",
  acct=2603548,
  i="o", k="other", b="not",
  notes="Portuguese writer; decides to continue after a hypothetical."),

M(n=390, slug="pakistani-technical-issues-refund", client="gmail", who="pk",
  frm=("Ayesha Siddiqui", "ayesha.siddiqui@lahoreboutique.example"), subj="Cancel and refund",
  body="""Dear Sir/Madam,

Please cancel my account and refund the amount as I was not able to use it due to technical issues, the page was not loading on our office computers since the day I subscribed.

Regards,
Ayesha""",
  acct=A(2684715, "lahoreboutique", "ayesha.siddiqui@lahoreboutique.example", "monthly", start="2026-08-20", tier="S"),
  date="2026-09-02 11:35",
  i="c", k="request", b="clear", refund=True, rk=["technical issues"], rc="low_quality",
  notes="Pakistani writer; cancel + refund in the first month."),

M(n=391, slug="french-delete-former-employee-data", client="outlook", who="fr",
  frm=("Nathalie Girard", "n.girard@girardconseil.example"), subj="Delete data of former employee",
  body="""Hello,

A former employee asked us to delete her personal data. She is also in our CRM Runner as a contact and as an old user. Can you tell us how to delete her data completely, including the activity history?

Best regards,
Nathalie Girard""",
  acct=A(2326658, "girardconseil", "n.girard@girardconseil.example", "monthly", start="2025-02-17", cur="EUR"),
  i="o", k="data_deletion", b="not",
  notes="French writer; asks how to delete a former employee's data."),

M(n=392, slug="too-pricey-reply-old-invoice", client="outlook-mobile",
  frm=("Colin Hayes", "colin@hayesbikes.example"), subj="RE: Your CRM Runner invoice",
  body="""Pls cancel. Too pricey now that it's just me in the shop.""",
  quote=dict(frm=("CRM Runner Billing", "billing@crmrunner.example"), style="outlook", to="colin@hayesbikes.example",
             subj="Your CRM Runner invoice",
             text="""Invoice INV-2026-70331
Pro (monthly) - $49.00

Thank you for your business."""),
  acct=A(1152907, "hayesbikes", "colin@hayesbikes.example", "monthly", start="2024-12-22"),
  decoys=["INV-2026-70331"],
  i="c", k="request", b="clear", rk=["too pricey"], rc="too_expensive",
  notes="Short reply above an invoice email on Outlook mobile; invoice number only in the quote."),

M(n=393, slug="korean-card-declined-yearly", client="gmail", who="kr", irt=273,
  frm=("Park Ji-hoon", "jihoon.park@hanbitcosmetics.example"), subj="Re: yearly billing",
  body="""Hello,

The yearly payment failed, my card was declined because of foreign payment limit. Can I pay by bank transfer?

Park""",
  acct=2708245,
  i="o", k="question", b="not",
  notes="Korean writer; payment method question."),

M(n=394, slug="project-ends-statement", client="gmail",
  frm=("Ravi Chandran", "ravi@chandranconsulting.example"), subj="CRM Runner",
  body="""Hi, we won't be needing the CRM from next month as the project it was set up for ends on the 30th.

Ravi""",
  acct=A(2273596, "chandranconsult", "ravi@chandranconsulting.example", "monthly", start="2025-10-01"),
  i="c", k="request", b="maybe", amb=True, rk=["project it was set up for ends"], rc="unused",
  notes="States they won't need it but doesn't ask for anything; ambiguous, labelled cancellation."),

M(n=395, slug="split-into-starter-accounts", client="gmail", irt=177,
  frm=("Jonah Feldman", "jonah@feldmanrealty.example"), subj="Re: Team plan question",
  body="""The agents agreed to pay for themselves. Can you split our Team plan into 4 separate Starter accounts from next month, one per agent? I'll send their emails.""",
  acct=1624008,
  i="o", k="plan_change", b="not",
  notes="Restructures a Team plan into separate accounts; not a cancellation."),

M(n=396, slug="polish-autoreply", client="auto", who="pl",
  frm=("Agnieszka Wójcik", "a.wojcik@wojcikmeble.example"), subj="Autoreply: Re: Resignation from subscription",
  hdrs={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
  body="""Dzień dobry, jestem na urlopie do 15.07.

Hello, I am on holiday until 15.07. I will answer after my return.""",
  i="a", k="auto_reply", b="not",
  notes="Polish/English autoreply."),

M(n=397, slug="daughter-took-over-lucyloo", client="apple",
  frm=("Lucy Harrington", "lucy.harrington@icloud.example"), subj="Closing my account",
  body="""Hello,

My daughter has taken over the bakery and she uses something else for her customers, so I'd like to close my CRM Runner account.

Thanks,
Lucy (user: lucyloo)""",
  acct=A(1369241, "lucyloo", "lucy@harringtonbakery.example", "monthly", start="2024-08-09", tier="S"),
  un="lucyloo",
  i="c", k="request", b="clear", rk=["uses something else"], rc="switched_service",
  notes="Username only in the sign-off '(user: lucyloo)'; written from a personal iCloud address."),

M(n=398, slug="thanks-workaround", client="apple", irt=245,
  frm=("Russell Grey", "russell@greyrecruitment.example"), subj="Re: Bulk cancel scheduled emails?",
  body="""The filter + bulk action workaround did it. Cheers!

Russell""",
  acct=1902546,
  i="o", k="thanks", b="not",
  notes="Thanks; subject has 'Bulk cancel' (product feature)."),

M(n=399, slug="polish-invoices-in-pln", client="gmail", who="pl",
  frm=("Katarzyna Lewandowska", "k.lewandowska@lewandowskabiuro.example"), subj="Invoices in PLN",
  body="""Hello,

We are considering the Pro plan for our accounting office. Is it possible to receive invoices in PLN with Polish VAT? This is required for us.

Best regards,
Katarzyna""",
  i="o", k="sales", b="not",
  notes="Polish writer; pre-sales invoicing question."),

M(n=400, slug="did-not-go-through-cancel-now", client="gmail", irt=72,
  frm=("Samir Haddad", "samir.haddad@gmail.example"), subj="Re: Did my cancellation go through?",
  body="""Looks like it did NOT go through - I was charged $19 on the 15th. Please cancel it now and refund that charge.

Samir""",
  acct=1370445, refund=True, decoys=["$19"],
  i="c", k="request", b="maybe", amb=True,
  notes="'Already cancelled but charged', but he also asks again to cancel; ambiguous, labelled cancellation."),
]
