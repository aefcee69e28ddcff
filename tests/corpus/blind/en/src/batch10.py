# Batch 10: messages 451-500, written by hand.
from common import A, M

SUP = ("CRM Runner Support", "support@crmrunner.example")

MESSAGES = [

M(n=451, slug="hospital-group-customer-id-html", client="outlook-html",
  frm=("Contracts Office", "contracts@stlukeshealth.example"), subj="CRM Runner - we will not renew",
  body="""Dear CRM Runner Account Team,

This is to notify you that St Luke's Health Partners will not renew the CRM Runner agreement when the current annual term ends. Customer ID: 1874220.

Our patient liaison team is moving to the CRM module within our electronic health record system. Please confirm the termination date and any steps required for data export.

Kind regards,""",
  sigtable=["Contracts Office", "St Luke's Health Partners", "Procurement & Contracts", "Tel. 555-0114"],
  disclaimer="CONFIDENTIALITY NOTICE: This message is intended only for the addressee. If you received it in error, notify the sender and delete it.",
  acct=A(1874220, "stlukeshealth", "liaison@stlukeshealth.example", "yearly", start="2025-05-15", tier="T"),
  an=1874220, decoys=["555-0114"],
  i="c", k="request", b="clear", rk=["electronic health record system"], rc="switched_service",
  notes="Formal non-renewal; 'Customer ID' is the account number; sender is the contracts office, not the registered liaison@ address."),

M(n=452, slug="pricing-newsletter-pause-option", client="list",
  frm=("Price Points", "hello@pricepoints-newsletter.example"), subj="Issue #88: Let customers pause instead of cancel",
  list=dict(unsub_url="https://pricepoints-newsletter.example/unsubscribe/9a1e"),
  hdrs={"List-Id": "Price Points <pricepoints-newsletter.example>", "Precedence": "bulk",
        "List-Unsubscribe": "<https://pricepoints-newsletter.example/unsubscribe/9a1e>"},
  body="""Issue #88

This week: three SaaS companies that added a "pause subscription" option next to "cancel" and what happened to their churn. Spoiler: one in four customers who clicked cancel chose pause instead.

Plus: why annual plans need a clear notice period.""",
  i="o", k="list_mail", b="not",
  notes="Newsletter about pause vs cancel."),

M(n=453, slug="partner-moved-abroad-dfoster", client="iphone",
  frm=("Chris Malone", "chris.malone@icloud.example"), subj="Cancel for my partner",
  body="""Hi, please cancel my business partner's account, username dfoster. He's moved abroad and asked me to sort it as he can't get into his old email.""",
  acct=A(1643170, "dfoster", "dave@fostermalonebuilders.example", "monthly", start="2025-01-26"),
  un="dfoster",
  i="c", k="request", b="clear", rk=["moved abroad"], rc="other",
  notes="Partner asks on the holder's behalf; username only; sender not the owner."),

M(n=454, slug="dpa-signature-ticket", client="plain",
  frm=("Legal Ops", "legalops@veritasadvisory.example"), subj="DPA signature - ticket 99812",
  body="""Hello,

Further to ticket 99812, could you countersign the attached-by-link Data Processing Agreement? Our audit requires it before the next renewal.

Regards,
Legal Ops, Veritas Advisory""",
  acct=A(2547305, "veritasadvisory", "legalops@veritasadvisory.example", "yearly", start="2025-09-01", tier="T"),
  decoys=["99812"],
  i="o", k="question", b="not",
  notes="Contract paperwork; ticket number decoy."),

M(n=455, slug="filipino-no-time-to-use", client="yahoo", who="ph",
  frm=("Liza Manalo", "liza.manalo@yahoo.example"), subj="cancel subscription",
  body="""Hi,

I would like to cancel na my subscription because I have no time to use it, I have a new work now. Thank you po for the help.

Liza""",
  acct=A(2813046, "lizamanalo", "liza.manalo@yahoo.example", "monthly", start="2025-08-25", tier="S"),
  i="c", k="request", b="clear", rk=["no time to use it"], rc="unused",
  notes="Filipino writer (Taglish 'na', 'po')."),

M(n=456, slug="on-ice-or-think-about-cancelling", client="apple",
  frm=("Rupert Hale", "rupert@halesurveying.example"), subj="Put the account on ice?",
  body="""Hello,

Could we put the account on ice until the new year? Work has dried up for the autumn. If that's not possible we'll have to think about cancelling.

Rupert""",
  acct=A(1497330, "halesurveying", "rupert@halesurveying.example", "monthly", start="2025-02-27"),
  i="o", k="pause", b="maybe", amb=True,
  notes="Pause request with a conditional cancellation; ambiguous, labelled other (pause)."),

M(n=457, slug="changed-jobs-account-number-email", client="plain-qp",
  frm=("Hugh Barrington", "hugh.barrington@gmail.example"), subj="Change account email - account 2316482",
  body="""Hello,

I've changed jobs and lost access to the address the account is registered to (hugh@barringtonmarine.example). The account number is 2316482. Could you change the login email to this one? I'm still running the business on the side and want to keep the account.

Hugh""",
  acct=A(2316482, "barringtonmarine", "hugh@barringtonmarine.example", "monthly", start="2024-07-29"),
  an=2316482, em="hugh@barringtonmarine.example",
  i="o", k="question", b="not",
  notes="Account number and registered email given, but the request is an email change (keeps the account)."),

M(n=458, slug="indian-on-leave-autoreply", client="auto", who="in",
  frm=("Suresh Pillai", "suresh.pillai@pillaiexports.example"), subj="Auto Reply: Re: Please confirm cancellation",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Dear Sender,

Thanks for your mail. I am on leave till 12th and will have limited access to mails. For urgent matters kindly contact Mr. Anil on anil@pillaiexports.example.

Regards,
Suresh""",
  i="a", k="auto_reply", b="not",
  notes="Indian English auto-reply to a confirmation request."),

M(n=459, slug="does-cancelling-delete-zapier", client="gmail",
  frm=("Becca Lin", "becca@linstudio.example"), subj="Zapier question",
  body="""Hypothetically - if we cancelled, would our Zapier zaps that push leads into CRM Runner just fail, or would they be deleted too? We're reviewing our stack.""",
  acct=A(2040586, "linstudio", "becca@linstudio.example", "monthly", start="2025-05-22"),
  i="o", k="hypothetical", b="not",
  notes="Explicitly hypothetical."),

M(n=460, slug="german-azubi-user-delete", client="thunderbird", who="de",
  frm=("Sabine Hartmann", "s.hartmann@hartmann-sanitaer.example"), subj="Delete user of apprentice",
  body="""Hello,

our apprentice (Azubi) has finished his training and left the company. Please delete his user (username azubi2024) and remove the licence from our contract.

Thank you and best regards
Sabine Hartmann""",
  acct=A(2982604, "hartmannsanitaer", "s.hartmann@hartmann-sanitaer.example", "monthly", start="2024-09-02", tier="T", cur="EUR"),
  un="azubi2024", seat_user=True,
  i="c", k="request_seat", b="clear",
  notes="German writer; seat removal for an apprentice."),

M(n=461, slug="remove-staff-from-marketing", client="outlook",
  frm=("Office Manager", "office@harlowtownplanning.example"), subj="Marketing emails",
  body="""Hello,

Please remove all our staff (@harlowtownplanning.example) from your marketing list. We get webinar invites several times a week. We're happy customers, we just don't need the promotions.

Thanks""",
  acct=A(1760293, "harlowplanning", "office@harlowtownplanning.example", "monthly", start="2025-03-13", tier="T"),
  i="o", k="newsletter_unsubscribe", b="not",
  notes="Marketing list removal for the whole domain."),

M(n=462, slug="lost-my-job-android", client="android", html=False,
  frm=("Tyrone Jackson", "tyrone.jackson@gmail.example"), subj="stop my subscription",
  body="""stop my subscription i lost my job and cant pay for it right now""", sig="Sent from my Galaxy",
  acct=A(1203948, "tjackson", "tyrone.jackson@gmail.example", "monthly", start="2025-10-05", tier="S"),
  i="c", k="request", b="clear", rk=["lost my job"], rc="too_expensive",
  notes="Short request; can't afford after losing his job."),

M(n=463, slug="cancelled-can-i-still-log-in", client="yahoo",
  frm=("Wanda Pierce", "wanda.pierce@yahoo.example"), subj="still log in?",
  body="""I cancelled last week. Can I still log in until the end of the month to copy my contacts?""",
  acct=A(1081637, "wpierce", "wanda.pierce@yahoo.example", "monthly", status="cancelled", start="2025-04-11", tier="S"),
  i="o", k="already_cancelled", b="not",
  notes="Already cancelled; access question."),

M(n=464, slug="bounce-followup-reply", client="dsn",
  frm=("Mail Delivery Subsystem", "mailer-daemon@mx1.crmrunner.example"),
  subj="Delivery Status Notification (Failure)",
  dsn=dict(mta="gmail", rcpt="kbarnes.realty@gmail.example",
           diag="550 5.1.1 The email account that you tried to reach does not exist.",
           orig=dict(subj="Re: any update on my cancellation?",
                     body="""Hello,

Your cancellation was processed on 4 May. You will not be charged again.

> any update on my cancellation?

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="Bounce of a reply to a follow-up."),

M(n=465, slug="its-the-one-under-hq", client="outlook", irt="<CR-36177.ask@crmrunner.example>",
  frm=("Adrian Cole", "adrian.cole@colebrothersltd.example"), subj="RE: Which account? [CR-36177]",
  body="""Hi,

It's the one registered to hq@colebrothersltd.example - yes, please cancel that one. The branch accounts stay.

Adrian""",
  quote=dict(frm=SUP, to="adrian.cole@colebrothersltd.example", subj="Which account? [CR-36177]",
             text="""Hello Adrian,

We found more than one account for Cole Brothers. Which one would you like to cancel? Please reply with the registered email or the account number.

CRM Runner Support"""),
  acct=A(2153387, "colebrothers_hq", "hq@colebrothersltd.example", "yearly", start="2025-01-05", tier="T"),
  em="hq@colebrothersltd.example",
  decoys=["CR-36177"],
  i="c", k="request", b="clear",
  notes="Reply to a 'which account?' question naming the registered address and restating the request."),

M(n=466, slug="fwd-customer-feature-request", client="gmail", date="2026-08-12 10:31",
  frm=("Ivy Chen", "ivy@chenrealtygroup.example"), subj="Fwd: CRM suggestion",
  body="""Hi CRM Runner,

One of our agents sent me this suggestion, passing it on. Would love to see it.

Ivy""",
  fwd=dict(mode="inline", frm=("Marco Diaz", "marco@chenrealtygroup.example"), to="Ivy Chen <ivy@chenrealtygroup.example>",
           date="2026-08-11 16:02", subj="CRM suggestion",
           body="""Ivy - could you ask CRM Runner to add a way to tag a contact as "Do not call"? Right now I have to put it in the notes and people miss it."""),
  acct=2274719,
  i="o", k="question", b="not",
  notes="Forwarded feature request; colleague of the registered owner (same company)."),

M(n=467, slug="done-with-whole-thing-delete-sub", client="gmail", irt=331,
  frm=("Mateo Silva", "mateo.silva@gmail.example"), subj="Re: Unsubscribe link doesn't work",
  body="""Update: forget the digest, I'm done with the whole thing. Please delete my subscription.

Mateo""",
  acct=2164493,
  i="c", k="request", b="clear",
  notes="Earlier newsletter bug report (msg 331); now 'delete my subscription'."),

M(n=468, slug="mexican-downgrade-starter", client="apple", who="mx",
  frm=("Diego Hernández", "diego@hernandezmudanzas.example"), subj="Change to Starter",
  body="""Hello,

We want to change to the Starter plan please, the Pro is too much for us now. We still want to keep the account and the history of clients.

Gracias,
Diego""",
  acct=A(2478592, "hernandezmudanzas", "diego@hernandezmudanzas.example", "monthly", start="2025-06-26"),
  i="o", k="downgrade", b="not",
  notes="Mexican writer; downgrade."),

M(n=469, slug="letterhead-notice-pdf-account", client="outlook", attach="Cancellation_notice_Brookside_Vets.pdf",
  frm=("Brookside Veterinary Centre", "admin@brooksidevets.example"), subj="Notice of cancellation - account 1598026",
  body="""Dear CRM Runner,

Please find attached our notice of cancellation on practice letterhead for account 1598026. We would like the subscription to end at the close of the current month.

Kind regards,
Brookside Veterinary Centre""",
  acct=A(1598026, "brooksidevets", "admin@brooksidevets.example", "monthly", start="2024-10-08", tier="T"),
  an=1598026,
  i="c", k="request", b="clear",
  notes="Cancellation with account number and a PDF notice attached."),

M(n=470, slug="partner-program-newsletter", client="list",
  frm=("CRM Runner Partners", "partners@crmrunner.example"), subj="[partners] Q3 partner update: new commission tiers",
  list=dict(unsub_url="https://partners.crmrunner.example/unsubscribe"),
  hdrs={"List-Id": "CRM Runner Partners <partners.crmrunner.example>", "Precedence": "list",
        "List-Unsubscribe": "<https://partners.crmrunner.example/unsubscribe>"},
  body="""Q3 partner update

- New commission tiers from 1 October
- Reminder: referred customers who cancel within 60 days are not commissionable
- Partner portal downtime on Saturday night

Thanks for being a partner!""",
  i="o", k="list_mail", b="not",
  notes="Internal partner list mail mentioning customers who cancel."),

M(n=471, slug="nigerian-stop-for-now-base64", client="base64", who="ng",
  frm=("Chiamaka Obi", "chiamaka.obi@obiinteriors.example"), subj="Stop CRM for now",
  body="""Good afternoon,

Please I want to stop the CRM for now until business pick up again, maybe early next year. I don't want any debit in the meantime.

Thank you.
Chiamaka""",
  acct=A(2270431, "obiinteriors", "chiamaka.obi@obiinteriors.example", "monthly", start="2025-03-20", tier="S"),
  i="c", k="request", b="maybe", amb=True, rk=["until business pick up"], rc="unused",
  notes="Nigerian writer; 'stop for now' could be a pause or a cancellation; no debits wanted; ambiguous, labelled cancellation; base64."),

M(n=472, slug="cancel-email-sent-by-mistake", client="iphone",
  frm=("Gina Russo", "gina@russoevents.example"), subj="Unsend?",
  body="Can I cancel an email I just sent to a client from CRM Runner by mistake? It went to the wrong Sarah",
  acct=A(1928605, "russoevents", "gina@russoevents.example", "monthly", start="2025-07-31", tier="S"),
  i="o", k="question", b="not",
  notes="'Cancel an email' in the product."),

M(n=473, slug="it-admin-for-cfo", client="gmail",
  frm=("IT Service Desk", "servicedesk@kingsleyfoods.example"), subj="Termination request on behalf of CFO",
  body="""Hello,

On behalf of our CFO, Andrea Kingsley (andrea.kingsley@kingsleyfoods.example), we request termination of the CRM Runner subscription registered to her address, effective at the end of the billing period. Procurement has consolidated our CRM tools.

Regards,
IT Service Desk
Kingsley Foods""",
  acct=A(2680374, "kingsleyfoods", "andrea.kingsley@kingsleyfoods.example", "monthly", start="2025-02-19", tier="T"),
  em="andrea.kingsley@kingsleyfoods.example",
  i="c", k="request", b="clear", rk=["consolidated our crm tools"], rc="switched_service",
  notes="IT desk writes for the CFO; her registered address in the body."),

M(n=474, slug="rfp-invitation-html", client="outlook-html",
  frm=("Procurement", "tenders@northbridgecollege.example"), subj="Invitation to tender: CRM platform (NBC-2026-14)",
  body="""Dear Supplier,

Northbridge College invites you to submit a proposal for a CRM platform for our admissions team (approx. 35 users). The tender documents are available on our portal under reference NBC-2026-14. Deadline for submissions: 30 September.

Regards,
Procurement Team""",
  decoys=["NBC-2026-14"],
  i="o", k="sales", b="not",
  notes="Tender invitation."),

M(n=475, slug="french-resilier-8bit", client="plain-8bit", who="fr",
  frm=("Hélène Rousseau", "helene.rousseau@rousseaufleurs.example"), subj="Résiliation abonnement",
  body="""Bonjour,

I wish to resign my subscription ("résilier") to CRM Runner at the end of this month. Thank you to confirm me by email.

Cordialement,
Hélène Rousseau""",
  acct=A(2199362, "rousseaufleurs", "helene.rousseau@rousseaufleurs.example", "monthly", start="2025-04-07", tier="S", cur="EUR"),
  i="c", k="request", b="clear",
  notes="French writer; 'resign my subscription (résilier)'; French subject; 8bit."),

M(n=476, slug="hello-its-been-a-week", client="android", html=False, irt=462,
  frm=("Tyrone Jackson", "tyrone.jackson@gmail.example"), subj="Re: stop my subscription",
  body="""hello?? its been a week""", sig="Sent from my Galaxy",
  acct=1203948,
  i="o", k="follow_up", b="maybe",
  notes="Chaser without restating the request; labelled other/maybe (belongs to the earlier case)."),

M(n=477, slug="yahoo-vacation-reply", client="auto",
  frm=("Phyllis Granger", "phyllis.granger@yahoo.example"), subj="Vacation reply",
  hdrs={"Auto-Submitted": "auto-replied", "X-Yahoo-Autoreply": "1"},
  body="""Hello, I'm visiting my grandchildren until the 3rd and not checking email much. Talk soon! Phyllis""",
  i="a", k="auto_reply", b="not",
  notes="Yahoo vacation reply."),

M(n=478, slug="account-number-from-invoice-header", client="outlook",
  frm=("Samuel Osei", "samuel.osei@oseiengineering.example"), subj="Cancellation",
  body="""Hello,

Please cancel our subscription. Account: 1702983 (as on the invoice header). We'll run our projects from Microsoft Dynamics from next quarter, which came with our new licence agreement.

Regards,
Samuel Osei""",
  acct=A(1702983, "oseiengineering", "samuel.osei@oseiengineering.example", "yearly", start="2025-03-09", tier="T"),
  an=1702983,
  i="c", k="request", b="clear", rk=["microsoft dynamics"], rc="switched_service",
  notes="Account number copied from the invoice header."),

M(n=479, slug="thanks-will-data-be-deleted", client="apple", irt=191,
  frm=("Martin Kessler", "m.kessler@kesslerpumps.example"), subj="Re: Closing our account",
  body="""Thanks for confirming. Will our data be deleted automatically after the account closes, or do I need to ask for that separately?

Martin""",
  acct=2334685,
  i="o", k="question", b="not",
  notes="Question after a confirmed closure."),

M(n=480, slug="please-stop-everything-overwhelmed", client="iphone",
  frm=("Irene Castro", "irene.castro@icloud.example"), subj="Stop",
  body="Please stop everything. I'm overwhelmed with all of it",
  acct=A(1337528, "icastro", "irene.castro@icloud.example", "monthly", start="2025-08-16", tier="S"),
  i="c", k="request", b="maybe", amb=True, rk=["overwhelmed"], rc="too_complex",
  notes="'Stop everything' could mean notifications or the subscription; ambiguous, labelled cancellation."),

M(n=481, slug="indian-convert-to-annual", client="gmail", who="in",
  frm=("Harish Agarwal", "harish@agarwalsteels.example"), subj="Conversion to annual plan",
  body="""Dear Team,

Kindly convert our plan from monthly to annual with immediate effect and adjust the balance of current month. Please share the revised invoice with GST details.

Regards,
Harish Agarwal""",
  acct=A(2863579, "agarwalsteels", "harish@agarwalsteels.example", "monthly", start="2025-01-31"),
  i="o", k="plan_change", b="not",
  notes="Indian English; monthly to annual."),

M(n=482, slug="remove-jakes-seat-part-time", client="outlook-mobile",
  frm=("Holly Sanders", "holly@sandersdesignbuild.example"), subj="Jake's seat",
  body="""Hi, please remove Jake's seat (jake.s) - he's going part-time and won't be using the CRM anymore.

Holly""",
  acct=A(1426857, "sandersdesign", "holly@sandersdesignbuild.example", "monthly", start="2025-02-22", tier="T"),
  un="jake.s", seat_user=True,
  i="c", k="request_seat", b="clear",
  notes="Seat removal."),

M(n=483, slug="withdraw-notice-of-termination", client="plain", irt=241,
  frm=("Legal Department", "legal@norcrossindustrial.example"), subj="Re: Notice of Termination",
  body="""Dear Sir or Madam,

Further to our Notice of Termination regarding Contract no. CR-2024-0117, the board has voted to continue the service. Please treat our notice as withdrawn and renew the contract on its current terms.

Sincerely,
Patricia Han
Corporate Counsel""",
  acct=1296655, decoys=["CR-2024-0117"],
  i="o", k="withdrawal", b="not", wd=True,
  notes="Withdraws an earlier formal notice; contract number decoy; sender not the registered it@ address."),

M(n=484, slug="bounce-policy-rejected-headers", client="dsn",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Undelivered Mail Returned to Sender",
  dsn=dict(mta="postfix", rcpt="info@tallpinescamp.example", status="5.7.0", headers_only=True,
           diag="550 5.7.0 Message rejected: policy violation (external sender)",
           orig=dict(subj="Re: cancel our account - Tall Pines Camp", body="(headers only)")),
  body="", i="b", k="bounce", b="not",
  notes="Policy rejection DSN with returned headers only."),

M(n=485, slug="ghanaian-terminate-forthwith", client="yahoo", who="gh",
  frm=("Akosua Boateng", "akosua.boateng@yahoo.example"), subj="Termination",
  body="""Dear Sir/Madam,

Kindly terminate my subscription forthwith and confirm to me by mail. I have been charged for a service I am not enjoying.

Akosua""",
  acct=A(2734091, "aboateng", "akosua.boateng@yahoo.example", "monthly", start="2025-05-14", tier="S"),
  i="c", k="request", b="clear", rk=["not enjoying"], rc="low_quality",
  notes="Ghanaian writer; 'terminate forthwith'."),

M(n=486, slug="charged-for-removed-seat", client="apple",
  frm=("Tamara Wells", "tamara@wellsfamilydental.example"), subj="Charged for Kyle's seat",
  body="""Hi,

This month's invoice still includes the seat for Kyle, which you removed in August. Can you refund that seat?

Tamara""",
  acct=2598610, refund=True,
  i="o", k="refund_only", b="not",
  notes="Refund for a seat already removed."),

M(n=487, slug="frontdesk-password-reset", client="thunderbird",
  frm=("Clinic Admin", "admin@riversidephysio.example"), subj="Password for frontdesk",
  body="""Hello,

Can you send a password reset for the username frontdesk? The receptionist who knew it has left.

Thanks""",
  acct=A(2567349, "frontdesk", "reception@riversidephysio.example", "monthly", start="2025-06-03"),
  un="frontdesk",
  i="o", k="question", b="not",
  notes="Password reset for an ordinary-word username; 'has left' refers to a person."),

M(n=488, slug="cancelled-call-reminder-bug", client="gmail",
  frm=("Pablo Ortega", "pablo@ortegalandscapes.example"), subj="Bug: reminders after cancelling",
  body="""Hi,

When I cancel a scheduled call in the calendar, the client still gets the automatic reminder the day before. Happened twice this week. Can you look?

Pablo""",
  acct=A(1978142, "ortegalandscapes", "pablo@ortegalandscapes.example", "monthly", start="2025-04-28"),
  i="o", k="bug_report", b="not",
  notes="Bug report about cancelled calendar events."),

M(n=489, slug="following-up-from-the-2nd", client="apple",
  frm=("Jocelyn Price", "jocelyn@pricefinearts.example"), subj="Following up - cancellation",
  body="""Hello,

Following up on my cancellation request from the 2nd. Please confirm my subscription is cancelled - I don't want the renewal to go through on the 20th.

Jocelyn Price""",
  acct=A(2496833, "pricefinearts", "jocelyn@pricefinearts.example", "monthly", start="2025-03-20"),
  i="c", k="follow_up", b="clear",
  notes="Unthreaded follow-up that restates she doesn't want the renewal."),

M(n=490, slug="contract-copy-for-audit", client="outlook",
  frm=("Audit Team", "audit@meridianfreight.example"), subj="Contract copy",
  body="""Hello,

For our annual audit, please send a copy of the current agreement and order form for our CRM Runner subscription.

Regards,
Audit Team""",
  acct=2899062,
  i="o", k="question", b="not",
  notes="Contract copy request from a colleague address."),

M(n=491, slug="chinese-boss-dont-allow", client="gmail", who="cn",
  frm=("Liu Yang", "liuyang.sales@gmail.example"), subj="cancel account",
  body="""Hello,

I want to cancel my account. My new boss don't allow to use outside software for customer information. Sorry and thank you.

Liu Yang""",
  acct=2095530,
  i="c", k="request", b="clear", rk=["don't allow to use outside software"], rc="other",
  notes="Chinese writer; company policy reason."),

M(n=492, slug="cheapest-plan-now", client="iphone", irt=210,
  frm=("Ray Simmons", "ray.simmons@gmail.example"), subj="Re: bill",
  body="whats the cheapest plan you got now",
  acct=1319270,
  i="o", k="question", b="not",
  notes="Price question."),

M(n=493, slug="high-volume-autoack", client="auto",
  frm=("Customer Care", "care@bloomfieldgardens.example"), subj="We've received your email",
  hdrs={"Auto-Submitted": "auto-generated"},
  body="""Thank you for your email. We're experiencing higher than usual volumes and will respond within 5 working days.

Bloomfield Gardens Customer Care""",
  i="a", k="auto_reply", b="not",
  notes="Customer-care auto-acknowledgement."),

M(n=494, slug="close-acct-pls-unregistered", client="plain",
  frm=("", "bigjohn.haulage@outlook.example"), subj="close acct",
  body="""close acct 2911873 pls. truck sold""",
  acct=A(2911873, "johnhaulage", "john@johnstonehaulage.example", "monthly", start="2024-11-13", tier="S"),
  an=2911873,
  i="c", k="request", b="clear", rk=["truck sold"], rc="business_closed",
  notes="Terse request with account number from an unregistered address with no display name."),

M(n=495, slug="patient-cancel-my-reminders", client="gmail",
  frm=("Joan Whitby", "joan.whitby@gmail.example"), subj="Please cancel my reminders",
  body="""Hello,

I keep getting appointment reminder texts and emails from Smith Family Dental and the emails say "sent with CRM Runner". I've moved to another dentist. Please cancel my reminders and remove me.

Joan Whitby""",
  i="o", k="data_deletion", b="not",
  notes="A customer's patient asks to stop reminders; not a CRM Runner subscriber."),

M(n=496, slug="what-would-i-need-to-do", client="yahoo",
  frm=("Herb Collins", "herb.collins@yahoo.example"), subj="question",
  body="""what would I need to do to cancel""",
  acct=A(1039276, "hcollins", "herb.collins@yahoo.example", "monthly", start="2025-07-01", tier="S"),
  i="o", k="how_to", b="maybe", amb=True,
  notes="Bare how-to; no decision; ambiguous, labelled other."),

M(n=497, slug="remove-all-users-downgrade-html", client="outlook-html",
  frm=("Lorna Fitzpatrick", "lorna@fitzpatrickauctions.example"), subj="Reduce to one user",
  body="""Hello,

We're scaling back. Please remove all users except me and move us from Team down to Starter from the next billing date. Their deals can be reassigned to me.

Thanks,
Lorna""",
  acct=A(1563914, "fitzpatrickauctions", "lorna@fitzpatrickauctions.example", "monthly", start="2024-12-05", tier="T"),
  i="o", k="downgrade", b="maybe",
  notes="Removes all other seats and downgrades; keeps the account; a person should handle it (seat removals), labelled downgrade."),

M(n=498, slug="user-group-digest", client="list",
  frm=("crmrunner-users", "crmrunner-users@groups.example"), subj="[crmrunner-users] Digest for crmrunner-users - 3 updates in 2 topics",
  list=dict(unsub_url="https://groups.example/g/crmrunner-users/unsubscribe"),
  hdrs={"List-Id": "<crmrunner-users.groups.example>", "Precedence": "list",
        "List-Unsubscribe": "<mailto:crmrunner-users+unsubscribe@groups.example>", "X-Google-Group-Id": "771203998"},
  body="""Topic: anyone else cancel after the price change?
  "We cancelled last month, moved to Pipedrive." - Dave
  "Stayed, the grandfathered price is fine." - Priya

Topic: best way to bulk close lost deals?
  "Use the filter + bulk edit." - Sam""",
  i="o", k="list_mail", b="not",
  notes="User-group digest quoting people who cancelled."),

M(n=499, slug="spaced-account-number-refund", client="gmail",
  frm=("Geoffrey Pike", "geoffrey@pikeorchards.example"), subj="Cancel + refund",
  body="""Hello,

Please cancel account 2 158 604 and refund this month. The orchard lost its main wholesale contract and we have to cut every cost we can.

Geoffrey Pike""",
  acct=A(2158604, "pikeorchards", "geoffrey@pikeorchards.example", "monthly", start="2025-02-18"),
  an=2158604, refund=True,
  i="c", k="request", b="clear", rk=["lost its main wholesale contract", "cut every cost"], rc="too_expensive",
  notes="Account number written '2 158 604'; cancel plus refund."),

M(n=500, slug="cancel-auto-renewal-keep-monthly", client="outlook",
  frm=("Fiona Hale", "fiona.hale@halebeauty.example"), subj="Auto-renewal",
  body="""Hi,

We'd like to cancel the auto-renewal of our yearly plan but carry on month to month after it ends. Is that possible?

Fiona""",
  acct=A(2341690, "halebeauty", "fiona.hale@halebeauty.example", "yearly", start="2025-11-14", tier="S"),
  i="o", k="plan_change", b="maybe", amb=True,
  notes="'Cancel the auto-renewal' but continue monthly: a plan change; ambiguous wording, labelled other."),
]
