# Batch 7: messages 301-350, written by hand.
from common import A, M

SUP = ("CRM Runner Support", "support@crmrunner.example")

MESSAGES = [

M(n=301, slug="decided-against-yearly-stop", client="gmail", irt=57,
  frm=("Paul Sandoval", "paul@sandovalsigns.example"), subj="Re: yearly plan question",
  body="""Thanks for the answer. We talked it over and we're not doing yearly - actually we're going to stop altogether. Please cancel our monthly plan after this billing period.

Paul""",
  acct=1410288,
  i="c", k="request", b="clear",
  notes="Earlier hypothetical (msg 57); now a clear request, no reason given."),

M(n=302, slug="add-seats-for-summer", client="gmail",
  frm=("Darnell Hughes", "darnell@hughesroofing.example"), subj="add 3 seats",
  body="""Summer crew starts Monday - can you add 3 seats to our Team plan? We'll take them off again in September.""",
  acct=1376052,
  i="o", k="plan_change", b="not",
  notes="Adds seats (and mentions removing them later); not a cancellation."),

M(n=303, slug="consultant-closes-client-account", client="plain-qp", irt=56,
  frm=("Annette Voss", "annette@vossconsulting.example"), subj="Re: Where’s the cancel option?",
  charset="windows-1252",
  body="""Hi again,

Following up on my question from last month: my client Harbor Yoga Studio has now decided to close their CRM Runner account. Their username is harboryoga. The owner, Mia, asked me to arrange it – she’s cc’d on this email.

Thanks,
Annette""",
  cc="Mia Lindholm <mia@harboryoga.example>",
  acct=A(1480157, "harboryoga", "mia@harboryoga.example", "monthly", start="2025-04-11", tier="S"),
  un="harboryoga",
  i="c", k="request", b="clear",
  notes="Consultant asks on behalf of a client (owner in Cc); username given; windows-1252 quoted-printable."),

M(n=304, slug="lost-phone-2fa", client="android",
  frm=("Mike Donnelly", "mike.donnelly@donnellyfencing.example"), subj="locked out",
  body="""lost my phone and cant get the 2fa code. how do i get back in? need to send quotes today""", sig="Sent from my Galaxy",
  acct=1188423,
  i="o", k="question", b="not",
  notes="Two-factor lockout."),

M(n=305, slug="office-closed-holidays", client="plain",
  frm=("Reception", "reception@northfieldortho.example"), subj="Re: Cancellation confirmation",
  body="""Thank you for your email. Our office is closed for the holidays from 24 December to 2 January. We will respond to your message when we return.

Northfield Orthodontics""",
  date="2026-11-19 16:40",
  i="a", k="auto_reply", b="not",
  notes="Holiday closure auto-reply without auto-reply headers."),

M(n=306, slug="italian-standby-not-possible-cancel", client="gmail", who="it", irt=118,
  frm=("Giulia Romano", "giulia@romanostudio.example"), subj="Re: stand-by account",
  body="""Hi,

ok if the stand-by is not possible then I prefer to cancel the subscription. I will come back after the maternity leave, maybe in May. Please confirm me when it is cancelled.

Grazie
Giulia""",
  acct=1597432,
  i="c", k="request", b="clear", rk=["maternity leave"], rc="other",
  notes="Italian writer; after a pause is refused she cancels."),

M(n=307, slug="indian-unsubscribe-mailers", client="gmail", who="in",
  frm=("Ramesh Gupta", "ramesh.gupta1968@gmail.example"), subj="Unsubscribe",
  body="""Sir,

Kindly unsubscribe my email id from your mailers. I am receiving daily promotional mails which are not required.

Regards,
Ramesh""",
  i="o", k="newsletter_unsubscribe", b="not",
  notes="Indian English; mailing list removal, not a customer."),

M(n=308, slug="council-termination-tender-html", client="outlook-html",
  frm=("ICT Contracts", "ict.contracts@eastvale.gov.example"), subj="Termination of service agreement - CRM Runner",
  body="""Dear Supplier,

Eastvale District Council gives notice that it will terminate the CRM Runner service agreement at the end of the current annual term. Under our procurement rules the service must now go out to open tender, and we are not in a position to renew directly.

Please do not issue a renewal invoice. Our purchase order reference was PO-EDC-55812.

Yours faithfully,""",
  sigtable=["ICT Contracts Team", "Eastvale District Council", "Civic Offices, Eastvale"],
  acct=A(2467290, "eastvalecouncil", "ict.contracts@eastvale.gov.example", "yearly", start="2025-04-01", tier="T", cur="GBP", price="790.00"),
  decoys=["PO-EDC-55812"],
  i="c", k="request", b="clear", rk=["open tender"], rc="other",
  notes="Public-sector termination notice, Outlook HTML only; PO reference is a decoy."),

M(n=309, slug="pro-vs-team", client="apple",
  frm=("Connor Blake", "connor@blakephotography.example"), subj="Pro vs Team",
  body="""Hey, what's the actual difference between Pro and Team apart from the number of users? Thinking of bringing on an assistant.

Connor""",
  acct=1604457,
  i="o", k="sales", b="not",
  notes="Plan comparison question from an existing customer."),

M(n=310, slug="chinese-company-move-erp", client="gmail", who="cn", irt=63,
  frm=("Zhou Min", "zhoumin@jinhuaparts.example"), subj="Re: change plan",
  body="""Dear support,

Thank you for change to Starter last time. Now our company decide to stop use CRM Runner, because the group company want all branch use the ERP of the group. Please cancel our account from next month.

Thanks
Zhou Min""",
  acct=2682519,
  i="c", k="request", b="clear", rk=["erp of the group"], rc="switched_service",
  notes="Chinese writer; after an earlier downgrade now cancels."),

M(n=311, slug="erase-and-close-after-sar", client="outlook", irt=164,
  frm=("Helena Marsh", "helena.marsh@protonmail.example"), subj="RE: Subject access request",
  body="""Dear Sir/Madam,

Thank you for the data export. Having reviewed it, I now request erasure of all my personal data under Article 17 GDPR, and that my account be closed as part of that.

Regards,
Helena Marsh""",
  acct=1933502,
  i="o", k="data_deletion", b="maybe", amb=True,
  notes="GDPR erasure that includes closing the account: a privacy request that also ends the subscription; ambiguous, labelled other (data deletion)."),

M(n=312, slug="renews-on-date-decoy-question", client="outlook-ios",
  frm=("Gavin Shore", "gavin@shoreelectrical.example"), subj="Renewal on 03/14",
  body="""Hi - my card statement says the plan renews 03/14. If I decide to stop before then, how many days' notice do you need?

Gavin""",
  acct=A(1549703, "shoreelectrical", "gavin@shoreelectrical.example", "monthly", start="2025-02-14"),
  decoys=["03/14"],
  i="o", k="hypothetical", b="maybe",
  notes="Asks about the notice period 'if I decide'; no decision; date decoy."),

M(n=313, slug="yearly-receipt-request", client="gmail", irt=22,
  frm=("Kim Nguyen", "kim.nguyen@lotusnails.example"), subj="Re: question about switching plans",
  body="""Thank you for switching me to yearly without cancelling! Can you send me the receipt for the yearly payment? I need it for my taxes.

Kim""",
  acct=1478893,
  i="o", k="question", b="not",
  notes="Receipt request after a plan change; 'without cancelling'."),

M(n=314, slug="bounce-dmarc-rejected", client="dsn",
  frm=("Mail Delivery Subsystem", "mailer-daemon@mx1.crmrunner.example"),
  subj="Delivery Status Notification (Failure)",
  dsn=dict(mta="gmail", rcpt="tanner.beck@gmail.example", status="5.7.26",
           diag="550 5.7.26 Unauthenticated email from crmrunner.example is not accepted due to domain's DMARC policy.",
           orig=dict(subj="Re: Cancel my plan",
                     body="""Hi Tanner,

Your plan has been cancelled. You'll keep access until 2 March 2026.

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="DMARC rejection DSN."),

M(n=315, slug="stop-meant-the-whole-thing", client="iphone", irt=104,
  frm=("Bill Hathaway", "bill.hathaway@icloud.example"), subj="Re: What's new in CRM Runner - October",
  body="""To be clear, when I said STOP I meant all of it, not just the newsletter. Cancel my account.""",
  acct=1029385,
  i="c", k="request", b="clear",
  notes="Clarifies his earlier ambiguous 'STOP' (msg 104): cancel the account."),

M(n=316, slug="meant-the-emails-not-account", client="gmail", irt=278,
  frm=("Ginny Albright", "ginny.albright@gmail.example"), subj="Re: Unsubscribe",
  body="""Oh no - I meant the emails, not the account! Please don't cancel anything, I just don't want the weekly tips.

Ginny""",
  acct=1253367,
  i="o", k="newsletter_unsubscribe", b="not",
  notes="Clarifies her earlier ambiguous 'unsubscribe me' (msg 278): only the emails."),

M(n=317, slug="nigerian-remove-former-staff", client="gmail", who="ng",
  frm=("Olumide Bakare", "olumide@bakareproperties.example"), subj="Remove former staff",
  body="""Good day,

Please remove our former staff Chinedu Obi from our CRM Runner account, he has been disengaged from the company since last week. His username is chinedu.obi. Kindly stop billing us for his slot from this month.

Thank you.
Olumide Bakare""",
  acct=A(2372816, "bakareproperties", "olumide@bakareproperties.example", "monthly", start="2025-03-03", tier="T"),
  un="chinedu.obi", seat_user=True,
  i="c", k="request_seat", b="clear",
  notes="Nigerian writer; seat removal ('his slot')."),

M(n=318, slug="thanks-for-rescheduling", client="gmail", irt=114,
  frm=("Hector Villalobos", "hector@villaloboslaw.example"), subj="Re: Onboarding call tomorrow",
  body="""Friday at 3 works. Thanks for being flexible.

Hector""",
  acct=2098716,
  i="o", k="thanks", b="not",
  notes="Confirms a rescheduled call."),

M(n=319, slug="dont-want-this-how-do-i-stop", client="yahoo",
  frm=("Edna Forsythe", "edna.forsythe@yahoo.example"), subj="how to stop",
  body="""I don't want this anymore. How do I stop it? I am not good with computers.

Edna Forsythe""",
  acct=A(1035274, "eforsythe", "edna.forsythe@yahoo.example", "monthly", start="2025-09-27", tier="S"),
  i="c", k="request", b="maybe", amb=True, rk=["not good with computers"], rc="too_complex",
  notes="How-to phrasing with a clear decision ('I don't want this anymore'); ambiguous, labelled cancellation."),

M(n=320, slug="if-nobody-answers-by-friday", client="gmail", irt=97,
  frm=("Patricia Gomez", "patricia@gomezinsure.example"), subj="Re: Still waiting",
  body="""It's now been 9 days. If nobody answers about the email templates by Friday, we will cancel.""",
  acct=1884401,
  i="o", k="other", b="maybe", amb=True,
  notes="Conditional threat to cancel; not yet a request; ambiguous, labelled other."),

M(n=321, slug="friday-came-cancel", client="gmail", irt=320,
  frm=("Patricia Gomez", "patricia@gomezinsure.example"), subj="Re: Still waiting",
  body="""Friday came and went. Still no answer. Cancel our account.

Patricia Gomez""",
  acct=1884401,
  i="c", k="request", b="clear", rk=["still no answer"], rc="customer_service",
  notes="Follows her conditional threat with an actual request."),

M(n=322, slug="kenyan-mpesa-prospect", client="gmail", who="ke",
  frm=("Brian Otieno", "brian.otieno@gmail.example"), subj="Payment by M-Pesa",
  body="""Hello,

I am interested in the Starter plan for my small hardware shop. Do you accept payment through M-Pesa or only card?

Regards,
Brian""",
  i="o", k="sales", b="not",
  notes="Kenyan writer; pre-sales payment question."),

M(n=323, slug="moving-to-monday-iphone", client="iphone",
  frm=("Jade Whitman", "jade@whitmanphoto.example"), subj="Cancel membership",
  body="""cancel my membership please, we're moving everything to monday.com""",
  acct=A(1986430, "whitmanphoto", "jade@whitmanphoto.example", "monthly", start="2025-05-17", tier="S"),
  i="c", k="request", b="clear", rk=["monday.com"], rc="switched_service",
  notes="Short iPhone request; moving to monday.com."),

M(n=324, slug="stay-through-summer", client="gmail", irt=162,
  frm=("Laurel Fitzgerald", "laurel@fitzgeraldstudio.example"), subj="Re: notice period",
  body="""Thanks. We'll keep it through the summer and revisit in September.""",
  acct=1815946,
  i="o", k="other", b="not",
  notes="Decides to keep the plan for now; never asked to cancel."),

M(n=325, slug="dutch-automatisch-antwoord", client="auto", who="nl",
  frm=("Sanne Bakker", "sanne@bakkerbloemen.example"), subj="Automatisch antwoord: Re: Termination subscription",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Dank voor uw bericht. Ik ben afwezig tot maandag.

Thank you for your message. I am out of the office until Monday and will reply after my return.

Sanne Bakker""",
  i="a", k="auto_reply", b="not",
  notes="Dutch/English automatic reply."),

M(n=326, slug="hr-forwards-deactivate-login", client="outlook", date="2026-06-22 08:55",
  frm=("Rachel Kim", "rachel.kim@summitdental.example"), subj="FW: Exit checklist - Priya Mehta",
  body="""Hi,

Forwarding our exit checklist item for CRM Runner. Please deactivate Priya's login today and remove her seat.

Thanks,
Rachel Kim
Office Manager""",
  fwd=dict(mode="inline", frm=("HR Summit Dental", "hr@summitdental.example"), to="Rachel Kim <rachel.kim@summitdental.example>",
           date="2026-06-19 17:30", subj="Exit checklist - Priya Mehta",
           body="""Hi Rachel,

Priya Mehta's last day is Friday 19 June. Please action the following:
- Return of keys and badge
- Deactivate CRM Runner login (priya.mehta)
- Remove from the rota

HR"""),
  acct=A(1615240, "summitdental", "rachel.kim@summitdental.example", "monthly", start="2025-01-30", tier="T"),
  un="priya.mehta", seat_user=True,
  i="c", k="request_seat", b="clear",
  notes="Office manager (owner) forwards an HR exit checklist; the seat's username is in the forwarded text."),

M(n=327, slug="grace-confirms-transfer", client="gmail", irt=109,
  frm=("Martin Oduya", "martin@oduyapartners.example"), subj="Re: Change account owner",
  body="""Grace has replied to your verification email, so please go ahead with the transfer. Thanks!

Martin""",
  acct=2015398,
  i="o", k="question", b="not",
  notes="Ownership transfer confirmation."),

M(n=328, slug="ukrainian-war-stop-business", client="base64", who="ua",
  frm=("Oksana Melnyk", "oksana.melnyk@melnykdesign.example"), subj="Cancel please",
  body="""Hello,

Please cancel our subscription. Due to war we stop our business for now and cannot pay. Maybe we will come back later.

Thank you for understanding.
Oksana""",
  acct=A(2945312, "melnykdesign", "oksana.melnyk@melnykdesign.example", "monthly", start="2024-10-21"),
  i="c", k="request", b="clear", rk=["due to war"], rc="business_closed",
  notes="Ukrainian writer; base64 body."),

M(n=329, slug="renewal-already-processed-what-if", client="apple",
  frm=("Wendy Carlisle", "wendy@carlislecakes.example"), subj="Timing question",
  body="""Hi,

If we cancel on the same day the renewal goes through, do we get charged for the new month or not? Just trying to understand how it works.

Wendy""",
  acct=A(1724851, "carlislecakes", "wendy@carlislecakes.example", "monthly", start="2025-03-29", tier="S"),
  i="o", k="hypothetical", b="not",
  notes="Hypothetical timing question."),

M(n=330, slug="ok-cancel-auto-renew-now", client="yahoo", irt=190,
  frm=("Larry Whitmore", "larry.whitmore@yahoo.example"), subj="Re: auto renew",
  body="""ok i want to cancel the auto renew then. i dont want another year of it""",
  acct=1150248,
  i="c", k="request", b="clear",
  notes="Earlier bare how-to (msg 190); now the decision is stated."),

M(n=331, slug="unsubscribe-link-broken", client="gmail",
  frm=("Mateo Silva", "mateo.silva@gmail.example"), subj="Unsubscribe link doesn't work",
  body="""The unsubscribe link at the bottom of your weekly digest gives a 404. Just letting you know - I'd like to stop the digest but keep my account.""",
  acct=A(2164493, "mateosilva", "mateo.silva@gmail.example", "monthly", start="2025-06-19", tier="S"),
  i="o", k="bug_report", b="not",
  notes="Bug report about a newsletter unsubscribe link."),

M(n=332, slug="company-dissolved-director-email", client="gmail",
  frm=("Alan Petrie", "alan.petrie62@gmail.example"), subj="Petrie Logistics Ltd - close account",
  body="""Hello,

Petrie Logistics Ltd was formally dissolved last month. Please close the CRM Runner account, which is registered to director@petrielogistics.example (that mailbox no longer exists). I was the sole director.

Regards,
Alan Petrie""",
  acct=A(1311897, "petrielogistics", "director@petrielogistics.example", "monthly", start="2024-02-05", cur="GBP", price="39.00"),
  em="director@petrielogistics.example",
  i="c", k="request", b="clear", rk=["formally dissolved"], rc="business_closed",
  notes="Former director writes from a personal address; registered address given in the body."),

M(n=333, slug="will-renew-yearly-then", client="outlook", irt=71,
  frm=("Deborah Kline", "dkline@klinepediatrics.example"), subj="RE: Billing question",
  body="""Understood, thank you. We'll renew yearly in October then.

Deborah""",
  acct=2547138,
  i="o", k="other", b="not",
  notes="Accepts yearly renewal."),

M(n=334, slug="got-export-moving-on", client="gmail", irt=128,
  frm=("Simon Whitaker", "simon@whitakertours.example"), subj="Re: CSV export broken",
  body="""Got the export file, thank you. We've now decided to go with Pipedrive, so please cancel our CRM Runner subscription at the end of the current month.

Simon""",
  acct=1713874,
  i="c", k="request", b="clear", rk=["pipedrive"], rc="switched_service",
  notes="Earlier bug report (msg 128) now followed by a request."),

M(n=335, slug="thanks-bug-fixed", client="gmail", irt=236,
  frm=("Howard Finch", "howard@finchlaw.example"), subj="Re: Renewal date looks wrong",
  body="Shows 28 February now. Thanks for fixing.",
  acct=1774530,
  i="o", k="thanks", b="not",
  notes="Thanks after a bug fix."),

M(n=336, slug="filipino-discontinue-manual-process", client="gmail", who="ph",
  frm=("Mark Anthony Reyes", "markanthony.reyes@luzonhardware.example"), subj="Discontinue subscription",
  body="""Hi,

Good day! We would like to discontinue already our subscription with CRM Runner because our company will shift to manual process again starting next month. Kindly advise if there is anything we need to do.

Thank you!
Mark Anthony""",
  acct=A(2776105, "luzonhardware", "markanthony.reyes@luzonhardware.example", "monthly", start="2025-02-26"),
  i="c", k="request", b="clear", rk=["shift to manual process"], rc="other",
  notes="Filipino writer; 'discontinue already our subscription'."),

M(n=337, slug="cancel-extra-seat-purchase", client="gmail",
  frm=("Victoria Chen", "victoria@chenrealtygroup.example"), subj="Cancel seat purchase",
  body="""Hi, I bought one extra seat this morning by mistake (we already had a spare). Please cancel that purchase and refund it. Thanks!""",
  acct=2274719, refund=True,
  i="o", k="order_cancel", b="not",
  notes="Cancels a mistaken seat purchase; not removing an existing colleague."),

M(n=338, slug="ndr-group-restricted", client="dsn",
  frm=("Microsoft Outlook", "postmaster@harbourlinefreight.example"),
  subj="Undeliverable: Re: Your CRM Runner cancellation request",
  dsn=dict(mta="exchange", rcpt="accounts-team@harbourlinefreight.example", status="5.7.133",
           diag="550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required",
           why="Your message couldn't be delivered because delivery to this group is restricted to authenticated senders.",
           reporting="AM9PR07MB7894.eurprd07.prod.outlook.example",
           orig=dict(subj="Re: Your CRM Runner cancellation request",
                     body="""Hello,

We have received your cancellation request. Your subscription will end on 14 August 2026.

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="Exchange NDR (group restricted)."),

M(n=339, slug="fine-no-refund-cancel", client="gmail", irt=146,
  frm=("Amber Nolan", "amber@nolanevents.example"), subj="Re: refund policy",
  body="""Fine, no refund then. Please cancel so it doesn't renew next March.""",
  acct=2309774,
  i="c", k="request", b="clear",
  notes="Earlier 'before I cancel' question (msg 146) becomes a request."),

M(n=340, slug="indonesian-stop-during-ramadan", client="gmail", who="id",
  frm=("Rizky Pratama", "rizky@pratamacatering.example"), subj="Stop for 1 month",
  body="""Hello,

During Ramadan our catering business is closed for one month. Can we stop the payment for that month only and continue after? We still want to use CRM Runner.

Thank you
Rizky""",
  acct=A(2823718, "pratamacatering", "rizky@pratamacatering.example", "monthly", start="2025-05-09", tier="S"),
  i="o", k="pause", b="not",
  notes="Indonesian writer; one-month pause, wants to continue."),

M(n=341, slug="who-is-account-owner", client="outlook-mobile",
  frm=("Jon Kestrel", "jon@kestrelsurveying.example"), subj="Account owner?",
  body="""Hi - who is listed as the owner on the Kestrel Surveying account? Our previous office manager set it up and left. I need to get admin access.

Jon""",
  acct=A(1856321, "kestrelsurveying", "office@kestrelsurveying.example", "monthly", start="2024-07-08"),
  i="o", k="question", b="not",
  notes="Asks who owns the account; sender not the registered office@ address (account identifiable by company and domain)."),

M(n=342, slug="add-second-user-question", client="gmail", irt=14,
  frm=("Raymond Achterberg", "ray.achterberg@gmail.example"), subj="second user",
  body="""Hi, thanks for stopping the newsletters. Different question: how do I add a second user? My wife is going to help with the bookings.""",
  acct=1647702,
  i="o", k="how_to", b="not",
  notes="How-to add a user."),

M(n=343, slug="ooo-mentions-cancelling", client="auto",
  frm=("Nina Patel", "nina.patel@patelpharmacy.example"), subj="Out of office: Re: Your CRM Runner subscription",
  hdrs={"Auto-Submitted": "auto-replied"},
  body="""I'm out of the office until 3 August.

If your email is about cancelling our CRM Runner subscription or any other software contract, please speak to Mark Ellis (mark.ellis@patelpharmacy.example) who is handling this while I'm away.

Nina""",
  i="a", k="auto_reply", b="not",
  notes="Out-of-office that mentions 'cancelling our CRM Runner subscription'."),

M(n=344, slug="italian-unsubscribe-from-service", client="thunderbird", who="it",
  frm=("Marco Bianchi", "marco.bianchi@bianchiarredamenti.example"), subj="Unsubscribe from service",
  body="""Good morning,

I would like to unsubscribe from CRM Runner service. There are too many functions that I don't use and for me is complicated. Please stop the payment from next month.

Best regards
Marco Bianchi""",
  acct=A(2081576, "bianchiarredamenti", "marco.bianchi@bianchiarredamenti.example", "monthly", start="2025-01-12", cur="EUR"),
  i="c", k="request", b="clear", rk=["too many functions", "complicated"], rc="too_complex",
  notes="Italian writer; 'unsubscribe from CRM Runner service' means cancel."),

M(n=345, slug="undo-my-cancellation", client="gmail",
  frm=("Hannah Osei", "hannah.osei@outlook.example"), subj="Undo cancellation?",
  body="""Hi, after all the back and forth about the charge, we actually need CRM Runner again for a new project. Can you reactivate my account instead of me signing up fresh? I'd like to keep my old data.

Hannah""",
  acct=1265430,
  i="o", k="other", b="not",
  notes="Reactivation of a cancelled account."),

M(n=346, slug="dutch-retiring-terminate", client="outlook", who="nl", irt=90,
  frm=("Pieter de Groot", "pieter@degrootinstallatie.example"), subj="Termination",
  body="""Hello,

I am retiring at the end of this year and the company will stop. Please terminate our subscription at the end of December. Thank you for the VAT invoices last time.

Kind regards,
Pieter de Groot""",
  acct=2128840,
  i="c", k="request", b="clear", rk=["retiring"], rc="business_closed",
  notes="Dutch writer; 'terminate our subscription'."),

M(n=347, slug="nigerian-still-awaiting-reversal", client="gmail", who="ng", irt=82,
  frm=("Adaeze Nwosu", "adaeze.nwosu@gmail.example"), subj="Re: Double debit",
  body="""Good morning,

Please I am still awaiting the reversal of the double debit. It is over two weeks now. Kindly treat as urgent.

Adaeze""",
  acct=1957206, refund=True,
  i="o", k="refund_only", b="not",
  notes="Nigerian writer; chases a refund, not a cancellation."),

M(n=348, slug="brenda-lakeside-call-me", client="gmail",
  frm=("Brenda Hollis", "brenda@lakesidedental.example"), subj="cancel crm runner",
  body="""Hi this is Brenda from Lakeside Dental. Please cancel our crm runner. The doctor decided we don't need it. Call me at 555-0129 if you need anything.""",
  decoys=["555-0129"],
  i="c", k="request", b="clear", rk=["don't need it"], rc="unused",
  notes="Clear request from an unregistered address with only a practice name and a phone number (decoy); account cannot be told."),

M(n=349, slug="community-forum-digest", client="list",
  frm=("CRM Runner Community", "community@crmrunner.example"), subj="Community digest: 5 new topics this week",
  list=dict(unsub_url="https://community.crmrunner.example/email/unsubscribe/digest"),
  hdrs={"List-Id": "CRM Runner Community <digest.community.crmrunner.example>", "Precedence": "bulk",
        "List-Unsubscribe": "<https://community.crmrunner.example/email/unsubscribe/digest>", "Auto-Submitted": "auto-generated"},
  body="""Popular this week

- How do I cancel a recurring task without deleting the history?
- Best way to close a deal as lost in bulk
- Feature request: pause a sequence for a contact
- Anyone using the Zapier integration to remove old leads?
- Tip: end-of-month pipeline review template

Join the conversation on the community site.""",
  i="o", k="list_mail", b="not",
  notes="Community digest with cancel/close/pause/remove vocabulary about product features."),

M(n=350, slug="german-on-premise-prospect", client="gmail", who="de",
  frm=("Matthias Krüger", "m.krueger@krueger-anlagenbau.example"), subj="On-premise version?",
  body="""Hello,

do you offer an on-premise version of CRM Runner, or only cloud? Our IT policy does not allow customer data outside our own servers.

Best regards
Matthias Krüger""",
  i="o", k="sales", b="not",
  notes="German writer; pre-sales question."),
]
