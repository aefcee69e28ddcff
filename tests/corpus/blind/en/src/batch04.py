# Batch 4: messages 151-200, written by hand.
from common import A, M

SUP = ("CRM Runner Support", "support@crmrunner.example")

MESSAGES = [

M(n=151, slug="moved-to-zoho-invoice-7digit", client="apple",
  frm=("Graham Ellison", "graham@ellisonjoinery.example"), subj="Cancel please",
  body="""Hi,

Please cancel my CRM Runner subscription - we've moved over to Zoho along with our accounting. Invoice 2231904 was my last payment and I'd like that to be the last one.

Cheers,
Graham""",
  acct=A(1651390, "ellisonjoinery", "graham@ellisonjoinery.example", "monthly", start="2024-09-12"),
  decoys=["2231904"],
  i="c", k="request", b="clear", rk=["zoho"], rc="switched_service",
  notes="The only 7-digit number is an invoice number in the account-number range (decoy); the account comes from the sender address."),

M(n=152, slug="billing-address-change", client="outlook",
  frm=("Ursula Kemp", "ursula.kemp@kempveterinary.example"), subj="Change billing address",
  body="""Hello,

We moved premises. Please update the billing address on our invoices to:
Kemp Veterinary Ltd, Unit 4, Mill Lane Business Park, Harrogate

Thank you,
Ursula Kemp""",
  acct=A(1286657, "kempvet", "ursula.kemp@kempveterinary.example", "yearly", start="2025-02-01", cur="GBP", price="390.00"),
  i="o", k="question", b="not",
  notes="Billing address change."),

M(n=153, slug="pakistani-shifting-abroad", client="gmail", who="pk",
  frm=("Usman Tariq", "usman.tariq@gmail.example"), subj="Close my account",
  body="""Dear Sir,

I want to close my account as I am shifting abroad for my studies and will not be able to run the business. Kindly close it and confirm me on this email.

My user name is usman_tariq_traders.

Regards,
Usman Tariq""",
  acct=A(2824557, "usman_tariq_traders", "usman.tariq@gmail.example", "monthly", start="2025-04-08", tier="S"),
  un="usman_tariq_traders",
  i="c", k="request", b="clear", rk=["shifting abroad"], rc="business_closed",
  notes="Pakistani writer; 'close my account', 'user name'."),

M(n=154, slug="pause-jan-feb-closed", client="iphone",
  frm=("Brett Sommers", "brett@sommersmarina.example"), subj="Pause Jan/Feb?",
  body="""Hey, the marina is closed January and February. Any chance we can pause billing for those two months and turn it back on in March?

Brett""",
  acct=A(2137488, "sommersmarina", "brett@sommersmarina.example", "monthly", start="2025-03-14"),
  i="o", k="pause", b="not",
  notes="Seasonal pause request."),

M(n=155, slug="checking-you-got-this-before-1st", client="gmail", irt=125,
  frm=("Heather Lund", "heather.lund@gmail.example"), subj="Re: please cancel",
  body="""Hi, just checking you got my email below? I still need this cancelled before the 1st so I'm not charged again.

Heather""",
  quote=dict(frm=("Heather Lund", "heather.lund@gmail.example"),
             text="""Hi there, can you please cancel my account? I'm not using it and I keep forgetting to do it myself. Username is bluefern.

Thanks!
Heather"""),
  acct=1486030,
  i="c", k="follow_up", b="clear",
  notes="Threaded follow-up restating that she still needs it cancelled; username and reason only in the quote."),

M(n=156, slug="what-is-my-account-number", client="yahoo",
  frm=("Dwayne Fuller", "dwayne.fuller@yahoo.example"), subj="account number",
  body="""what is my account number? my accountant needs it for the tax stuff""",
  acct=A(1068315, "dfuller", "dwayne.fuller@yahoo.example", "monthly", start="2025-05-09", tier="S"),
  i="o", k="question", b="not",
  notes="Asks for his own account number."),

M(n=157, slug="username-office-leeds-branch", client="gmail",
  frm=("Rebecca Thornton", "rebecca.thornton@brightwaterlets.example"), subj="Cancel Leeds account",
  body="""Hi,

We're closing the Leeds branch at the end of the month. Please cancel the CRM Runner account it used - the username is office. The Manchester and York accounts stay as they are.

Thanks,
Rebecca Thornton
Regional Manager, Brightwater Lettings""",
  acct=A(1502334, "office", "leeds@brightwaterlets.example", "monthly", start="2024-07-01", cur="GBP", price="39.00"),
  un="office",
  i="c", k="request", b="clear", rk=["closing the leeds branch"], rc="business_closed",
  notes="Username is the ordinary word 'office'; sender is a regional manager, not the registered leeds@ address."),

M(n=158, slug="indian-downgrade-team-to-pro", client="gmail", who="in",
  frm=("Pooja Sharma", "pooja.sharma@sharmahealthcare.example"), subj="Plan downgrade request",
  body="""Hello Team,

We want to downgrade our plan from Team to Pro from next billing cycle as 3 of our staff have left and we are only 2 users now. Please do the needful and share the revised invoice.

Thanks & Regards,
Pooja Sharma""",
  acct=A(2951126, "sharmahealthcare", "pooja.sharma@sharmahealthcare.example", "monthly", start="2025-01-14", tier="T"),
  i="o", k="downgrade", b="not",
  notes="Indian English; downgrade request because staff left (not a seat removal of a named user)."),

M(n=159, slug="parental-leave-precedence-only", client="auto",
  frm=("Isaac Morland", "isaac.morland@morlandpress.example"), subj="Re: Your request has been received",
  hdrs={"Precedence": "auto_reply"},
  body="""Hi, thanks for your email. I'm on parental leave until the end of November and not checking email.

For anything to do with Morland Press accounts, contact our office at hello@morlandpress.example.

Isaac""",
  i="a", k="auto_reply", b="not",
  notes="Out-of-office with only a Precedence: auto_reply header."),

M(n=160, slug="ndr-recipient-not-found-seat", client="dsn",
  frm=("Microsoft Outlook", "postmaster@bayfrontmedical.example"),
  subj="Undeliverable: Re: Remove user Dr. Amir Sadeghi",
  dsn=dict(mta="exchange", rcpt="amir.sadeghi@bayfrontmedical.example", status="5.1.10",
           diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
           reporting="BY5PR04MB7283.namprd04.prod.outlook.example",
           orig=dict(subj="Re: Remove user Dr. Amir Sadeghi",
                     body="""Hello,

The seat for amir.sadeghi has been removed from the Bayfront Medical account. Your next invoice will show 6 seats.

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="Exchange NDR for a seat-removal confirmation."),

M(n=161, slug="dutch-terminate-per-1-may", client="thunderbird", who="nl",
  frm=("Joost van Dijk", "joost@vandijkfietsen.example"), subj="Termination subscription",
  body="""Dear CRM Runner,

We would like to terminate our subscription per 1 May. Can you confirm that there will be no more invoices after April?

Met vriendelijke groet,
Joost van Dijk
Van Dijk Fietsen""",
  date="2026-04-02 10:11",
  acct=A(2710284, "vandijkfietsen", "joost@vandijkfietsen.example", "monthly", start="2024-02-29", cur="EUR"),
  i="c", k="request", b="clear",
  notes="Dutch writer; 'terminate our subscription per 1 May'; Thunderbird format=flowed."),

M(n=162, slug="if-we-give-notice-now", client="gmail",
  frm=("Laurel Fitzgerald", "laurel@fitzgeraldstudio.example"), subj="notice period",
  body="""Hi, if we gave notice today, when would our last charge be? Trying to work out whether to do it now or after the summer.""",
  acct=A(1815946, "fitzgeraldstudio", "laurel@fitzgeraldstudio.example", "monthly", start="2025-06-09"),
  i="o", k="hypothetical", b="maybe",
  notes="Hypothetical about timing; has not decided when (or whether) to give notice."),

M(n=163, slug="update-wiped-pipeline-refund", client="gmail",
  frm=("Nolan Pierce", "nolan@piercehomeinspections.example"), subj="Your update wiped our pipeline",
  body="""Your update on Tuesday wiped our pipeline stages and moved 40 deals into "New". We spent two days fixing it by hand.

I want a refund for this month and I want to cancel. This is not what I pay for.

Nolan Pierce""",
  acct=A(2282907, "piercehomeinsp", "nolan@piercehomeinspections.example", "monthly", start="2025-01-25"),
  i="c", k="request", b="clear", refund=True, rk=["wiped our pipeline stages"], rc="low_quality",
  notes="Angry cancel + refund after a data-loss bug."),

M(n=164, slug="subject-access-request", client="outlook",
  frm=("Helena Marsh", "helena.marsh@protonmail.example"), subj="Subject access request",
  body="""Dear Sir/Madam,

Under Article 15 of the GDPR, please provide me with a copy of all personal data you hold about me, the purposes of processing and the recipients. I have an account under this email address.

This is not a request to close my account.

Regards,
Helena Marsh""",
  acct=A(1933502, "hmarsh", "helena.marsh@protonmail.example", "monthly", start="2025-08-21", tier="S"),
  i="o", k="other", b="not",
  notes="GDPR access request, explicitly not closing the account."),

M(n=165, slug="back-to-paper-iphone-html", client="iphone", html=True,
  frm=("Kayla Brooks", "kayla.brooks@icloud.example"), subj="Cancel",
  body="""Hi - can you cancel my sub? Going back to a paper diary lol. It was nice but not for me""",
  acct=A(1544871, "kbrooks", "kayla.brooks@icloud.example", "monthly", start="2025-09-19", tier="S"),
  i="c", k="request", b="clear", rk=["going back to a paper diary"], rc="other",
  notes="iPhone with HTML part; casual request."),

M(n=166, slug="thanks-for-refund-too", client="gmail", irt=33,
  frm=("Jorge Castillo", "jorge.castillo@castilloplumbing.example"), subj="Re: cancel + refund",
  body="""Got it, thank you. And thanks for the refund too, appreciate it.

Jorge""",
  quote=dict(frm=SUP, text="""Hi Jorge,

Your CRM Runner subscription has been cancelled and the $49.00 payment has been refunded to your card. It may take 5-10 business days to appear.

CRM Runner Support"""),
  acct=1267581,
  i="o", k="thanks", b="not",
  notes="Thanks after confirmation; cancellation vocabulary only in the quote."),

M(n=167, slug="french-terminate-not-used-since", client="gmail", who="fr",
  frm=("Céline Moreau", "celine.moreau@moreau-immobilier.example"), subj="Terminate subscription",
  body="""Hello,

I would like to terminate my subscription to CRM Runner. I don't use it since several months, we have returned to our old software.

Can you confirm me the termination by email?

Best regards,
Céline Moreau""",
  acct=A(2429618, "moreauimmo", "celine.moreau@moreau-immobilier.example", "monthly", start="2024-10-30", cur="EUR"),
  i="c", k="request", b="clear", rk=["returned to our old software"], rc="switched_service",
  notes="French writer; 'terminate my subscription'."),

M(n=168, slug="cancel-deal-cancels-pipeline-bug", client="gmail",
  frm=("Gordon Ashby", "gordon@ashbyelectric.example"), subj="Bug: cancelling a deal",
  body="""Hi,

When I mark a deal as "Cancelled" in the Jobs pipeline, every other deal in that stage disappears from the board too. They come back after a refresh. Happens every time. Chrome on Windows 11.

Gordon""",
  acct=A(2670453, "ashbyelectric", "gordon@ashbyelectric.example", "monthly", start="2025-06-27"),
  i="o", k="bug_report", b="not",
  notes="'Cancel' refers to a deal status in the product."),

M(n=169, slug="husband-forwards-wifes-request-rfc822", client="apple",
  frm=("Peter Novak", "peter.novak@icloud.example"), subj="Fwd: CRM Runner",
  body="""Hello,

My wife asked me to send this on to you, her email keeps getting rejected by your server for some reason. See attached.

Peter Novak""",
  fwd=dict(mode="rfc822", client="apple", frm=("Anna Novak", "anna@novakceramics.example"),
           to="Peter Novak <peter.novak@icloud.example>", date="2026-10-04 20:31", subj="CRM Runner",
           filename="CRM Runner.eml",
           body="""Hi CRM Runner,

Please cancel my subscription, account 1479225. I'm taking a break from selling to shops and only doing markets now.

Anna Novak"""),
  acct=A(1479225, "novakceramics", "anna@novakceramics.example", "monthly", start="2025-02-19", tier="S"),
  an=1479225,
  i="c", k="forward_request", b="clear", rk=["taking a break from selling to shops"], rc="unused",
  notes="Husband forwards his wife's request as an attachment; the account number is inside the forwarded request."),

M(n=170, slug="reseller-partnership", client="gmail",
  frm=("Omar Haddad", "omar@levantdigital.example"), subj="Reseller partnership",
  body="""Hello,

We are a digital agency in Amman with about 60 SME clients. Do you have a reseller or referral programme for CRM Runner? We'd like to offer it bundled with our web packages.

Best,
Omar Haddad""",
  i="o", k="sales", b="not",
  notes="Partnership inquiry."),

M(n=171, slug="end-my-plan-email-in-body", client="outlook-ios",
  frm=("Sean Gallagher", "sean.g@gallagherfloors.example"), subj="End plan",
  body="""Hi please end my plan at the end of this billing period. My account email is seangallagher.floors@gmail.example

Sean""",
  acct=A(1197364, "gallagherfloors", "seangallagher.floors@gmail.example", "monthly", start="2025-03-05"),
  em="seangallagher.floors@gmail.example",
  i="c", k="request", b="clear",
  notes="Outlook for iOS; registered address given in the body differs from the sender."),

M(n=172, slug="nigerian-cancelled-still-debited", client="gmail", who="ng",
  frm=("Babatunde Adeyemi", "tunde.adeyemi@adeyemilogistics.example"), subj="Debit after cancellation",
  body="""Good morning,

I have cancelled my subscription since last month through the settings but you still went ahead to debit me on 5th of this month. Please I need my money refunded back to me.

Thank you.
Tunde""",
  acct=A(2087139, "adeyemilogistics", "tunde.adeyemi@adeyemilogistics.example", "monthly", status="cancelled", start="2025-02-05"),
  i="o", k="already_cancelled", b="not", refund=True,
  notes="Nigerian writer; already cancelled, debited again, asks for refund."),

M(n=173, slug="remove-kyle-let-go", client="gmail",
  frm=("Tamara Wells", "tamara@wellsfamilydental.example"), subj="remove kyle",
  body="""Hi, please remove Kyle Dunn from our account, we had to let him go today. His email is kyle.dunn@wellsfamilydental.example. Please make sure he can't log in anymore.

Tamara""",
  acct=A(2598610, "wellsdental", "tamara@wellsfamilydental.example", "monthly", start="2024-12-02", tier="T"),
  i="c", k="request_seat", b="clear",
  notes="Owner removes a colleague's login, identified by his (non-registered) address."),

M(n=174, slug="chinese-new-year-pause", client="gmail", who="cn",
  frm=("Chen Jie", "chenjie@dragonlighting.example"), subj="stop for one month",
  body="""Hello,

Our factory have holiday for Chinese New Year all February. Can we stop the payment for one month and start again in March? We don't want cancel, only stop one month.

Thanks
Chen Jie""",
  acct=A(2356217, "dragonlighting", "chenjie@dragonlighting.example", "monthly", start="2025-05-20"),
  i="o", k="pause", b="not",
  notes="Chinese writer; one-month pause, explicitly not cancelling."),

M(n=175, slug="helpdesk-autoack-request-received", client="auto",
  frm=("Summit Outdoor Help", "support@summitoutdoor.example"), subj="Request received: Re: Your CRM Runner subscription [#48211]",
  hdrs={"Auto-Submitted": "auto-generated", "X-Mailer": "Helpdesk Mailer"},
  body="""Your request (48211) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from Summit Outdoor.""",
  decoys=["48211"],
  i="a", k="auto_reply", b="not",
  notes="Helpdesk auto-acknowledgement from a customer's support desk."),

M(n=176, slug="long-letter-support-slow-qp", client="plain-qp",
  frm=("Diane Whitcombe", "diane@whitcombeinteriors.example"), subj="Cancelling our account – sorry",
  body="""Hello,

I'm writing with some regret. We've used CRM Runner for nearly two years and for the first year it was great. Since the spring, though, getting help has become really hard. Our question about the duplicate contacts took eleven days to get a first answer, and the answer was a link to an article we'd already read. Then the email integration stopped syncing and it took another week.

We're a small team and we can't afford to lose a week every time something goes wrong. So, reluctantly, please cancel our subscription at the end of the current month.

Thank you to Priya, who was always lovely on the phone – it's not her fault.

Diane Whitcombe
Whitcombe Interiors""",
  acct=A(1763518, "whitcombeinteriors", "diane@whitcombeinteriors.example", "monthly", start="2024-05-28"),
  i="c", k="request", b="clear", rk=["getting help has become really hard", "eleven days"], rc="customer_service",
  notes="Long letter; reason is slow support; quoted-printable with en dashes."),

M(n=177, slug="if-cancel-team-users-keep", client="gmail",
  frm=("Jonah Feldman", "jonah@feldmanrealty.example"), subj="Team plan question",
  body="""If I cancel our Team plan, can the individual agents keep their own logins on a Starter plan and pay for themselves? Or does everything go?""",
  acct=A(1624008, "feldmanrealty", "jonah@feldmanrealty.example", "monthly", start="2025-07-11", tier="T"),
  i="o", k="hypothetical", b="not",
  notes="Hypothetical question about cancelling a Team plan."),

M(n=178, slug="all-caps-no-punctuation", client="yahoo",
  frm=("DOROTHY KEMPER", "dotkemper@yahoo.example"), subj="CANCEL",
  body="""PLEASE CANCEL MY ACCOUNT I NO LONGER NEED IT THANK YOU""",
  acct=A(1023650, "dkemper", "dotkemper@yahoo.example", "monthly", start="2025-04-17", tier="S"),
  i="c", k="request", b="clear", rk=["no longer need it"], rc="unused",
  notes="All caps, no punctuation."),

M(n=179, slug="status-page-maintenance", client="list",
  frm=("CRM Runner Status", "noreply@status.crmrunner.example"), subj="[Scheduled] Database maintenance on Sunday 02:00-04:00 UTC",
  list=dict(unsub_url="https://status.crmrunner.example/unsubscribe/7d2c"),
  hdrs={"List-Id": "CRM Runner Status <status.crmrunner.example>", "Precedence": "bulk",
        "List-Unsubscribe": "<https://status.crmrunner.example/unsubscribe/7d2c>", "Auto-Submitted": "auto-generated"},
  body="""Scheduled maintenance

We will be performing database maintenance on Sunday between 02:00 and 04:00 UTC. The web app and API may be unavailable for up to 15 minutes during this window. Scheduled emails will be delayed, not cancelled.

You are receiving this because you subscribed to updates for CRM Runner.""",
  i="o", k="list_mail", b="not",
  notes="Status-page notification to the support address; 'not cancelled' refers to emails."),

M(n=180, slug="charity-lost-funding-username-manager", client="gmail",
  frm=("Evelyn Marsh-Tully", "evelyn.mt@gmail.example"), subj="Account closure - Hillside Youth Trust",
  body="""Dear CRM Runner,

Hillside Youth Trust has lost its main funding and we are winding down our outreach programme. Please close our CRM Runner account - username: manager. I'm a trustee; the account email belongs to our former coordinator who has already left.

With thanks,
Evelyn Marsh-Tully""",
  acct=A(2741136, "manager", "coordinator@hillsideyouth.example", "monthly", start="2024-09-02", tier="S"),
  un="manager",
  i="c", k="request", b="clear", rk=["lost its main funding"], rc="business_closed",
  notes="Username is the ordinary word 'manager'; trustee writes from a personal address."),

M(n=181, slug="mexican-want-to-come-back", client="gmail", who="mx",
  frm=("Alejandra Ruiz", "alejandra@ruizeventos.example"), subj="I want to come back",
  body="""Hello!

Last year I cancel my account because the low season, but now we have many events again and I want to come back. It is possible to recover my old account with all the contacts?

Thank you so much
Alejandra""",
  acct=A(2011587, "ruizeventos", "alejandra@ruizeventos.example", "monthly", status="cancelled", start="2024-10-09"),
  i="o", k="other", b="not",
  notes="Mexican writer; reactivation of a cancelled account."),

M(n=182, slug="fixed-fast-well-stay", client="gmail", irt=163,
  frm=("Nolan Pierce", "nolan@piercehomeinspections.example"), subj="Re: Your update wiped our pipeline",
  body="""OK - your team restored the stages from backup within an hour of my email, credit where it's due. Forget my last email, we'll stay.

Nolan""",
  quote=dict(frm=("Nolan Pierce", "nolan@piercehomeinspections.example"),
             text="""Your update on Tuesday wiped our pipeline stages and moved 40 deals into "New". We spent two days fixing it by hand.

I want a refund for this month and I want to cancel. This is not what I pay for."""),
  acct=2282907,
  i="o", k="withdrawal", b="not", wd=True,
  notes="Withdraws the quoted cancel+refund request."),

M(n=183, slug="outlook-reply-to-renewal-receipt", client="outlook",
  frm=("Francesca Lowe", "francesca@lowegallery.example"), subj="RE: Receipt for your CRM Runner renewal",
  body="""Hi,

We did not authorise this renewal - we meant to cancel before it renewed but missed the email. Please cancel the subscription and refund the yearly charge.

Francesca Lowe""",
  quote=dict(frm=("CRM Runner Billing", "billing@crmrunner.example"), to="francesca@lowegallery.example",
             subj="Receipt for your CRM Runner renewal",
             text="""Receipt

Invoice: CRM-2026-118204
Plan: Pro (yearly)
Amount: $490.00
Card: Visa ending 7731

Thank you for your business."""),
  acct=A(1358802, "lowegallery", "francesca@lowegallery.example", "yearly", start="2025-07-22"),
  decoys=["CRM-2026-118204", "7731", "$490.00"],
  i="c", k="request", b="clear", refund=True,
  notes="Reply above a renewal receipt: cancel and refund; invoice number and card digits are only in the quote."),

M(n=184, slug="change-login-email", client="gmail",
  frm=("Philip Osborne", "philip@osbornetiling.example"), subj="change email",
  body="""Hi, can I change the email on my account to philip.osborne@gmail.example? I'm shutting down the old domain but keeping the business and the CRM.""",
  acct=A(2127965, "osbornetiling", "philip@osbornetiling.example", "monthly", start="2025-01-29", tier="S"),
  i="o", k="question", b="not",
  notes="Change of login email; 'shutting down the old domain' but keeps the CRM."),

M(n=185, slug="indian-closure-ac-no", client="outlook", who="in",
  frm=("Arvind Menon", "arvind.menon@menonassociates.example"), subj="Request for closure of A/c",
  body="""Dear Sir/Madam,

Sub: Closure of CRM Runner account

With reference to the above subject, we request you to kindly close our account (A/c No. 2650912) with effect from the end of current billing cycle, as we have migrated to an in-house developed CRM application.

Kindly acknowledge the receipt of this mail.

Thanking you,
Yours faithfully,
Arvind Menon
Menon & Associates""",
  acct=A(2650912, "menonassoc", "arvind.menon@menonassociates.example", "yearly", start="2025-04-01"),
  an=2650912,
  i="c", k="request", b="clear", rk=["in-house developed crm"], rc="switched_service",
  notes="Indian English formal letter; 'A/c No.' account number."),

M(n=186, slug="unsubscribe-reply-to-newsletter", client="gmail",
  frm=("Trevor Mills", "trevor@millsauto.example"), subj="Re: 5 pipeline tips for Q4",
  body="unsubscribe",
  quote=dict(frm=("CRM Runner", "news@crmrunner.example"),
             text="""5 pipeline tips for Q4

1. Archive stale deals
2. Set follow-up reminders
3. ...

You're receiving this because you have a CRM Runner account. Manage your email preferences in Settings."""),
  acct=A(1448571, "millsauto", "trevor@millsauto.example", "monthly", start="2025-06-06"),
  i="o", k="newsletter_unsubscribe", b="not",
  notes="'unsubscribe' in reply to a newsletter."),

M(n=187, slug="bounce-mailbox-full-quotes-request", client="dsn",
  frm=("Mail Delivery Subsystem", "mailer-daemon@mx1.crmrunner.example"),
  subj="Delivery Status Notification (Failure)",
  dsn=dict(mta="gmail", rcpt="zoe.hartley@gmail.example", status="5.2.2",
           diag="552 5.2.2 The recipient's inbox is out of storage space.",
           orig=dict(subj="Re: cancel my subscription please",
                     body="""Hi Zoe,

We could not find a CRM Runner account for zoe.hartley@gmail.example. Could you reply with the username or the account number?

On Thu, Oct 1, 2026, Zoe Hartley wrote:
> cancel my subscription please, it's under my old email

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="Gmail-style bounce (mailbox full) of a needs-info reply that quotes a request."),

M(n=188, slug="emoji-casual-not-for-me", client="iphone",
  frm=("Maddie Fischer", "maddie.fischer@icloud.example"), subj="👋 cancel",
  body="""hey 👋 pls cancel my crm runner sub, thx! tried it for a month, not for me 🙂""",
  acct=A(1605879, "maddief", "maddie.fischer@icloud.example", "monthly", start="2025-10-26", tier="S"),
  i="c", k="request", b="clear", rk=["not for me"], rc="other",
  notes="Casual with emoji (emoji in RFC 2047 subject)."),

M(n=189, slug="cancel-training-session", client="outlook",
  frm=("Judith Carney", "judith.carney@carneylaw.example"), subj="Cancel training session 12th",
  body="""Hello,

Please cancel the team training session booked for the 12th at 3pm. Half our staff are at a conference that week. We'll rebook in the new year.

Thanks,
Judith""",
  acct=A(2479368, "carneylaw", "judith.carney@carneylaw.example", "yearly", start="2025-03-31", tier="T"),
  i="o", k="meeting_cancel", b="not",
  notes="Cancels a training session."),

M(n=190, slug="how-do-i-cancel-auto-renew", client="yahoo",
  frm=("Larry Whitmore", "larry.whitmore@yahoo.example"), subj="auto renew",
  body="""how do i cancel auto renew""",
  acct=A(1150248, "lwhitmore", "larry.whitmore@yahoo.example", "yearly", start="2025-05-13", tier="S"),
  i="o", k="how_to", b="maybe", amb=True,
  notes="Bare how-to about auto-renew; probably wants to stop renewal but states no decision; ambiguous, labelled other."),

M(n=191, slug="bring-sales-in-house-erp", client="apple",
  frm=("Martin Kessler", "m.kessler@kesslerpumps.example"), subj="Closing our account",
  body="""Hello,

We won't be needing CRM Runner after this month, so please close our account. We've decided to bring the sales pipeline into our ERP, which now has a CRM module.

Thanks for the help over the years.

Martin Kessler""",
  acct=A(2334685, "kesslerpumps", "m.kessler@kesslerpumps.example", "monthly", start="2024-03-03", tier="T"),
  i="c", k="request", b="clear", rk=["erp"], rc="switched_service",
  notes="Close account; moved to ERP's CRM module."),

M(n=192, slug="indian-deducted-twice", client="gmail", who="in",
  frm=("Karthik Subramanian", "karthik.s@chennaitextiles.example"), subj="Amount deducted twice",
  body="""Hi Team,

Amount of Rs. 4,067 has been deducted twice from my card for this month subscription. Txn ref 88213045 and 88213046. Kindly refund the extra amount at the earliest.

Regards,
Karthik""",
  acct=A(2190337, "chennaitextiles", "karthik.s@chennaitextiles.example", "monthly", start="2025-03-16"),
  decoys=["Rs. 4,067", "88213045", "88213046"],
  i="o", k="refund_only", b="not", refund=True,
  notes="Indian English; double deduction; transaction refs are 8 digits (decoys)."),

M(n=193, slug="daughter-for-elderly-father", client="gmail",
  frm=("Karen Whitlock", "karen.whitlock@gmail.example"), subj="Cancelling my father's subscription",
  body="""Hello,

I'm writing on behalf of my father, Leonard Whitlock, who is 81. He signed up for CRM Runner for his stamp dealing business but he can't manage it and it's been charging him every month. His account email is len.whitlock@whitlockstamps.example.

Please cancel it. I'm cc'ing him so he can confirm.

Karen Whitlock""",
  cc="Len Whitlock <len.whitlock@whitlockstamps.example>",
  acct=A(1817402, "whitlockstamps", "len.whitlock@whitlockstamps.example", "monthly", start="2025-06-03", tier="S"),
  em="len.whitlock@whitlockstamps.example",
  i="c", k="request", b="clear", rk=["can't manage it"], rc="too_complex",
  notes="Daughter writes for her father; his registered address in the body and in Cc."),

M(n=194, slug="export-before-end-date", client="gmail",
  frm=("Melanie Cross", "melanie@crossphysio.example"), subj="Exporting data",
  body="""Hi, I cancelled last week (ends on the 30th). How do I export all the contacts and notes before then? The export button only gives me contacts.""",
  acct=A(2524017, "crossphysio", "melanie@crossphysio.example", "monthly", status="cancelled", start="2025-02-28"),
  i="o", k="question", b="not",
  notes="Already cancelled; export question."),

M(n=195, slug="russian-we-not-use-base64", client="base64", who="ru",
  frm=("Dmitry Volkov", "d.volkov@volkovtrans.example"), subj="Cancel subscription",
  body="""Hello.

Please cancel my subscription. We not use it, our managers work in Bitrix. Thanks.

Dmitry Volkov""",
  acct=A(2866721, "volkovtrans", "d.volkov@volkovtrans.example", "monthly", start="2025-01-18"),
  i="c", k="request", b="clear", rk=["bitrix"], rc="switched_service",
  notes="Russian writer; base64 body."),

M(n=196, slug="presales-cancel-anytime", client="gmail",
  frm=("Tom Akers", "tom@akersroofing.example"), subj="Monthly plan question",
  body="""Hi, before I sign up: on the monthly plan can I cancel any time, or is there a minimum term? Don't want to get stuck.""",
  i="o", k="sales", b="not",
  notes="Pre-sales question about cancellation terms."),

M(n=197, slug="french-reponse-automatique", client="auto", who="fr",
  frm=("Sophie Laurent", "s.laurent@laurentarchitectes.example"), subj="Réponse automatique : Re: Cancellation",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Bonjour,

Je suis absente jusqu'au 2 septembre.

Hello, I am out of the office until 2 September with no access to my emails. For urgent matters please write to contact@laurentarchitectes.example.

Sophie Laurent""",
  i="a", k="auto_reply", b="not",
  notes="French/English automatic reply."),

M(n=198, slug="close-intern-login-outlook-html", client="outlook-html",
  frm=("Greg Halvorsen", "greg@halvorsenmarketing.example"), subj="Close intern login",
  body="""Hi,

Our summer intern finished last Friday. Please close the CRM Runner login with username intern2025 and take it off our bill.

Thanks,
Greg""",
  sigtable=["Greg Halvorsen", "Managing Director", "Halvorsen Marketing", "555-0171"],
  acct=A(1284436, "halvorsenmktg", "greg@halvorsenmarketing.example", "monthly", start="2024-04-22", tier="T"),
  un="intern2025", seat_user=True, decoys=["555-0171"],
  i="c", k="request_seat", b="clear",
  notes="Outlook HTML; remove the intern's seat; username is the seat's login."),

M(n=199, slug="not-sure-we-need-this", client="gmail",
  frm=("Alana Rhodes", "alana@rhodesgardendesign.example"), subj="renewal date",
  body="""Not sure we still need this to be honest. When is our renewal?""",
  acct=A(1963705, "rhodesgarden", "alana@rhodesgardendesign.example", "yearly", start="2025-05-30", tier="S"),
  i="o", k="question", b="maybe", amb=True,
  notes="Doubts about needing it plus a renewal-date question; no request; ambiguous, labelled other."),

M(n=200, slug="please-do-it-for-me", client="apple",
  frm=("Frank Delaney", "frank@delaneyprinting.example"), subj="Re: How do I cancel?",
  body="""Please do it for me, thanks!

Frank""",
  quote=dict(frm=SUP, text="""Hi Frank,

You can cancel any time under Settings > Billing > Cancel subscription, or just reply to this email and we can do it for you.

CRM Runner Support"""),
  acct=A(2297548, "delaneyprinting", "frank@delaneyprinting.example", "monthly", start="2025-04-04", tier="S"),
  i="c", k="request", b="clear",
  notes="'Please do it for me' only makes sense with the quoted support answer offering to cancel; a careful agent acts on it."),
]
