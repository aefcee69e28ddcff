# Batch 2: messages 51-100, written by hand.
from common import A, M

SUP = ("CRM Runner Support", "support@crmrunner.example")

MESSAGES = [

M(n=51, slug="no-subject-stop-end-of-month", client="plain", subj=None,
  frm=("Dolores Finch", "dolores.finch@finchbookkeeping.example"),
  body="""hi, i want to stop my subscription at the end of this month. my login email is dolores.finch@finchbookkeeping.example

thanks
Dolores""",
  acct=A(1623408, "dfinch", "dolores.finch@finchbookkeeping.example", "monthly", start="2024-10-28", tier="S"),
  em="dolores.finch@finchbookkeeping.example",
  i="c", k="request", b="clear",
  notes="No Subject header; lowercase plain text; 'stop my subscription'."),

M(n=52, slug="username-admin-pipedrive", client="thunderbird",
  frm=("Stefan Iversen", "stefan@iversenlogistics.example"), subj="Cancel account",
  body="""Hello,

Please cancel our CRM Runner account. The username is admin (yes, I know, the previous IT guy set it up that way). We have switched to Pipedrive and everything is migrated.

Best regards,
Stefan Iversen
Iversen Logistics""",
  acct=A(2330617, "admin", "office@iversenlogistics.example", "monthly", start="2024-06-11", tier="T"),
  un="admin",
  i="c", k="request", b="clear", rk=["pipedrive"], rc="switched_service",
  notes="Username is the ordinary word 'admin'; sender is a colleague on the same domain, not the registered office@ address; Thunderbird format=flowed."),

M(n=53, slug="fwd-attached-boss-salesforce", client="outlook", date="2026-03-17 15:02",
  frm=("Melissa Grant", "mgrant@carverfreight.example"), subj="FW: CRM Runner subscription",
  body="""Hello,

Forwarding the attached message from our COO, Dan Carver. Please process his request and confirm to him directly.

Thank you,
Melissa Grant
Executive Assistant""",
  fwd=dict(mode="rfc822", client="outlook", filename="CRM Runner subscription.eml",
           frm=("Dan Carver", "dan.carver@carverfreight.example"), to="Melissa Grant <mgrant@carverfreight.example>",
           date="2026-03-16 18:40", subj="CRM Runner subscription",
           body="""Melissa,

Please cancel our CRM Runner subscription. We are consolidating everything on Salesforce from April. The account is 1786340.

Dan"""),
  acct=A(1786340, "carverfreight", "dan.carver@carverfreight.example", "yearly", start="2025-04-02", tier="T"),
  an=1786340,
  i="c", k="forward_request", b="clear", rk=["salesforce"], rc="switched_service",
  notes="Assistant forwards the COO's request as an attached message (message/rfc822); the account number and reason are only inside the attachment, which is the request being forwarded."),

M(n=54, slug="cancel-with-invoice-pdf", client="gmail", attach="Invoice_INV-88213.pdf",
  frm=("Harold Nkemelu", "harold@nkemeluarchitects.example"), subj="Cancellation - invoice attached",
  body="""Hello,

Please cancel our CRM Runner plan. I've attached our last invoice (INV-88213) so you can find the account.

Regards,
Harold Nkemelu""",
  acct=A(2478105, "nkemeluarch", "harold@nkemeluarchitects.example", "monthly", start="2025-01-09"),
  decoys=["INV-88213"],
  i="c", k="request", b="clear",
  notes="Request with a PDF invoice attached; the invoice number is not an identifier."),

M(n=55, slug="outlook-reply-username-go-ahead", client="outlook", who="in",
  irt="<CR-31177.ask@crmrunner.example>",
  frm=("Rohan Bhatt", "rohan.bhatt@bhattexports.example"), subj="RE: Your cancellation request [CR-31177]",
  body="""Hi,

My username is rbhatt_sales. Please go ahead and cancel the subscription as requested earlier.

Regards,
Rohan Bhatt""",
  quote=dict(frm=SUP, to="Rohan Bhatt <rohan.bhatt@bhattexports.example>", subj="Your cancellation request [CR-31177]",
             text="""Hello,

Thank you for your message. We could not find an account for the address you wrote from. Could you tell us your username or account number?

Best regards,
CRM Runner Support"""),
  acct=A(1244719, "rbhatt_sales", "rohan.bhatt@bhattexports.example", "monthly", start="2025-02-17"),
  un="rbhatt_sales",
  decoys=["CR-31177"],
  i="c", k="request", b="clear",
  notes="Reply above support's question (Outlook header block); restates the request and gives the username."),

M(n=56, slug="where-is-cancel-option-1252", client="plain-qp", charset="windows-1252",
  frm=("Annette Voss", "annette@vossconsulting.example"), subj="Where’s the cancel option?",
  body="""Hi,

Quick question – where’s the cancel option in the mobile app? I manage CRM Runner for three of my clients and one of them is thinking about closing their account next month, so I want to know how it works before they ask me.

Thanks,
Annette""",
  acct=A(1961532, "vossconsulting", "annette@vossconsulting.example", "monthly", start="2025-03-25"),
  i="o", k="how_to", b="not",
  notes="How-to on behalf of a client who is only thinking about it; windows-1252 quoted-printable with curly quotes and en dash."),

M(n=57, slug="refund-if-cancel-next-year", client="gmail",
  frm=("Paul Sandoval", "paul@sandovalsigns.example"), subj="yearly plan question",
  body="""Hi,

We're thinking of switching to the yearly plan. If we cancel next year halfway through, do we get a refund for the months we don't use?

Paul""",
  acct=A(1410288, "sandovalsigns", "paul@sandovalsigns.example", "monthly", start="2025-07-30", tier="S"),
  i="o", k="hypothetical", b="not",
  notes="Hypothetical refund question before a plan change."),

M(n=58, slug="subject-only-acct", client="gmail",
  frm=("Irene Castellanos", "irene.castellanos@gmail.example"), subj="Cancel acct 2378851",
  body="""As per subject. Thank you.""",
  acct=A(2378851, "icastellanos", "irene@castellanosdesign.example", "monthly", start="2024-12-01"),
  an=2378851,
  i="c", k="request", b="clear",
  notes="Account number only in the subject; body 'as per subject'; sender is a personal address, not the registered one."),

M(n=59, slug="spaced-account-number-solo", client="apple",
  frm=("Nathan Ellery", "nathan@elleryadvisory.example"), subj="Cancellation",
  body="""Hello,

Please cancel my plan - account 146 2209. It's too expensive for a solo consultant, I only use the contacts part.

Nathan Ellery""",
  acct=A(1462209, "ellery", "nathan@elleryadvisory.example", "monthly", start="2025-04-18"),
  an=1462209,
  i="c", k="request", b="clear", rk=["too expensive"], rc="too_expensive",
  notes="Account number written with a space ('146 2209')."),

M(n=60, slug="ticket-and-phone-decoys", client="gmail",
  frm=("Lorraine Byrd", "lorraine@byrdcleaning.example"), subj="Re ticket #48213",
  body="""Hi,

Re ticket #48213 - I called 555-0188 yesterday and the lady said I have to email to cancel, so here it is. Please cancel my plan. I paid $19 on 04/03 and I don't want another payment.

Lorraine Byrd""",
  acct=A(1136904, "byrdcleaning", "lorraine@byrdcleaning.example", "monthly", start="2025-05-04", tier="S"),
  decoys=["48213", "555-0188", "$19", "04/03"],
  i="c", k="request", b="clear",
  notes="Ticket number, phone number, amount and date are all decoys."),

M(n=61, slug="exchange-automatic-reply", client="auto",
  frm=("Franklin Osei-Bonsu", "f.oseibonsu@accraagro.example"), subj="Automatic reply: Cancellation",
  hdrs={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All",
        "X-MS-Exchange-Inbox-Rules-Loop": "f.oseibonsu@accraagro.example"},
  body="""Thank you for your message. I am currently out of the office on business travel and will respond on my return on 3 November.

For accounts and billing please contact accounts@accraagro.example.

Regards,
Franklin""",
  i="a", k="auto_reply", b="not",
  notes="Exchange automatic reply (Auto-Submitted: auto-generated) to a thread titled Cancellation."),

M(n=62, slug="bounce-gmail-confirmation-request", client="dsn",
  frm=("Mail Delivery Subsystem", "mailer-daemon@mx1.crmrunner.example"),
  subj="Delivery Status Notification (Failure)",
  dsn=dict(mta="gmail", rcpt="old.owner@greenfieldfarms.example",
           diag="550 5.1.1 The email account that you tried to reach does not exist.",
           orig=dict(subj="Please confirm: cancel CRM Runner account 2250174?",
                     body="""Hello,

We received a request to cancel the CRM Runner account 2250174, sent from another address.

If you want us to cancel it, reply to this message with YES. If you did not ask for this, reply NO or ignore this message.

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="Gmail-style DSN for a confirmation request; the returned text mentions cancel and an account number."),

M(n=63, slug="chinese-downgrade-team", client="gmail", who="cn",
  frm=("Zhou Min", "zhoumin@jinhuaparts.example"), subj="change plan",
  body="""Dear support,

We want change our plan from Team to Starter. Now only 2 people use the system, Team plan is too many seat for us. Please help to change from next month, we still want use CRM Runner.

Thanks
Zhou Min""",
  acct=A(2682519, "jinhuaparts", "zhoumin@jinhuaparts.example", "monthly", start="2024-11-22", tier="T"),
  i="o", k="downgrade", b="not",
  notes="Chinese writer; downgrade from Team to Starter, still wants the product."),

M(n=64, slug="vietnamese-cancel-auto-renew", client="gmail", who="vn",
  frm=("Tran Thi Thu", "thu.tran@saigonspa.example"), subj="auto renew",
  body="""Hello CRM Runner,

How i can cancel the auto renew? I want keep use the account until end of this year but after that i dont want pay again, the price increase is too much for my spa.

Thank you""",
  acct=A(2014867, "saigonspa", "thu.tran@saigonspa.example", "yearly", start="2025-12-28", tier="S"),
  i="c", k="request", b="maybe", amb=True, rk=["price increase is too much"], rc="too_expensive",
  notes="Phrased as how-to but states the decision not to renew; labelled cancellation (stop renewal), ambiguous."),

M(n=65, slug="support-is-a-joke", client="gmail",
  frm=("Roger Haines", "roger@hainesautoglass.example"), subj="Done",
  body="""Three weeks waiting for a reply about the sync bug, two tickets, zero answers. I'm done. Cancel my account today.

Your support is a joke.

Roger Haines""",
  acct=A(1598744, "hainesglass", "roger@hainesautoglass.example", "monthly", start="2024-04-09"),
  i="c", k="request", b="clear", rk=["waiting for a reply", "support is a joke"], rc="customer_service",
  notes="Angry request; reason is slow support."),

M(n=66, slug="calendar-sync-broken", client="outlook",
  frm=("Elaine Marsh", "elaine.marsh@marshrealty.example"), subj="Cancellation at end of term",
  body="""Hello,

The calendar sync has been broken since your update in August, and half our contacts now appear twice. We've reported it several times. We can't run the office on a tool that loses appointments.

Please cancel our subscription at the end of the current term.

Regards,
Elaine Marsh
Marsh Realty""",
  acct=A(2159983, "marshrealty", "elaine.marsh@marshrealty.example", "yearly", start="2025-02-20", tier="T"),
  i="c", k="request", b="clear", rk=["calendar sync has been broken", "contacts now appear twice"], rc="low_quality",
  notes="Request citing bugs (low quality)."),

M(n=67, slug="whatsapp-missing", client="gmail", who="br",
  frm=("Fernanda Ribeiro", "fernanda@ribeiroturismo.example"), subj="Cancel subscription",
  body="""Hi!

We really needed a WhatsApp integration, 90% of our clients talk with us by WhatsApp. It is "coming soon" since one year. So sorry but we will cancel our subscription, please cancel it.

Obrigada,
Fernanda""",
  acct=A(2733051, "ribeiroturismo", "fernanda@ribeiroturismo.example", "monthly", start="2024-09-30"),
  i="c", k="request", b="clear", rk=["whatsapp integration"], rc="missing_features",
  notes="Brazilian writer; missing feature."),

M(n=68, slug="it-consultant-forwards-client", client="gmail", date="2026-06-03 11:30",
  frm=("Neil Ashworth", "neil@ashworth-it.example"), subj="Fwd: crm",
  body="""Hi,

I look after IT for Pinecrest Vets. See their request below - can you cancel their CRM Runner account? The owner is cc'd.

Neil Ashworth
Ashworth IT Services""",
  cc="Dr. Joanna Pierce <joanna@pinecrestvets.example>",
  fwd=dict(mode="inline", frm=("Joanna Pierce", "joanna@pinecrestvets.example"), to="Neil Ashworth <neil@ashworth-it.example>",
           date="2026-06-02 20:14", subj="crm",
           body="""Hi Neil,

Can you sort out cancelling that CRM Runner thing? We never really got going with it and I'd rather not keep paying for it.

Thanks!
Jo"""),
  acct=A(1207736, "pinecrestvets", "joanna@pinecrestvets.example", "monthly", start="2025-08-08", tier="S"),
  i="c", k="forward_request", b="clear", rk=["never really got going with it"], rc="unused",
  notes="IT consultant forwards the customer's request; owner in Cc and in the forwarded header."),

M(n=69, slug="extra-pipeline-addon-price", client="gmail",
  frm=("Vanessa Cole", "vanessa@colecatering.example"), subj="Add-on pricing",
  body="""Hi there,

How much is the extra pipelines add-on on the Pro plan? We want a separate pipeline for weddings. Monthly is fine.

Vanessa""",
  acct=A(1833470, "colecatering", "vanessa@colecatering.example", "monthly", start="2025-06-01"),
  i="o", k="sales", b="not",
  notes="Existing customer asking about an add-on."),

M(n=70, slug="thanks-quick-help", client="iphone",
  frm=("Greg Lasko", "greg.lasko@icloud.example"), subj="Re: import problem",
  irt="<CR-30562.reply@crmrunner.example>",
  body="Thanks for the quick help yesterday, the import worked!",
  acct=A(1519927, "glasko", "greg.lasko@icloud.example", "monthly", start="2025-10-14", tier="S"),
  i="o", k="thanks", b="not",
  notes="Thanks for help with an import."),

M(n=71, slug="yearly-back-to-monthly", client="outlook",
  frm=("Deborah Kline", "dkline@klinepediatrics.example"), subj="Billing question",
  body="""Hi,

Our yearly plan ends in October. Can we go back to monthly billing after that instead of renewing for a whole year? Cash flow is tight this year.

Thanks,
Deborah""",
  acct=A(2547138, "klinepeds", "dkline@klinepediatrics.example", "yearly", start="2025-10-20"),
  i="o", k="plan_change", b="not",
  notes="Yearly to monthly plan change; 'instead of renewing for a whole year' is not a cancellation."),

M(n=72, slug="cancelled-no-confirmation", client="gmail",
  frm=("Samir Haddad", "samir.haddad@gmail.example"), subj="Did my cancellation go through?",
  body="""Hi, I cancelled my subscription from the billing page on Sunday but I never got a confirmation email. Can you confirm it's cancelled and that I won't be charged on the 15th?

Samir""",
  acct=A(1370445, "shaddad", "samir.haddad@gmail.example", "monthly", start="2025-03-15", tier="S"),
  i="o", k="already_cancelled", b="maybe",
  notes="Says he already cancelled in the app and asks for confirmation; a person should check the account."),

M(n=73, slug="spanish-unsubscribe-of-crm", client="gmail", who="es",
  frm=("Álvaro Gutiérrez", "alvaro@gutierrezreformas.example"), subj="unsubscribe",
  body="""Hello,

I want to unsubscribe of CRM Runner, we dont need more because we are only two persons now in the office. Please confirm me.

Best regards
Álvaro""",
  acct=A(2291406, "gutierrezreformas", "alvaro@gutierrezreformas.example", "monthly", start="2025-01-27", tier="S"),
  i="c", k="request", b="clear", rk=["only two persons now"], rc="unused",
  notes="Spanish writer; 'unsubscribe of CRM Runner' means ending the subscription, not a newsletter."),

M(n=74, slug="integration-partner-webinar", client="list",
  frm=("Zaply Partner Team", "partners@zaply.example"), subj="[Webinar] Automate your CRM follow-ups in 20 minutes",
  list=dict(unsub_url="https://zaply.example/email/unsubscribe/3f9a2"),
  hdrs={"List-Id": "<partners.zaply.example>", "List-Unsubscribe": "<https://zaply.example/email/unsubscribe/3f9a2>",
        "Precedence": "bulk", "X-Campaign": "PARTNER-2026-07"},
  body="""Hi CRM Runner team,

Join us on Thursday for a live session on connecting your CRM to 300+ apps. We'll show how to send a Slack alert when a deal is lost and how to sync new contacts automatically.

Can't make it? Register anyway and we'll send you the recording.

Save my seat: https://zaply.example/webinars/crm-followups

The Zaply Partner Team""",
  i="o", k="list_mail", b="not",
  notes="Partner marketing email to the support address; 'save my seat' is not about CRM Runner seats."),

M(n=75, slug="any-update-subject-acct", client="gmail", irt=58,
  frm=("Irene Castellanos", "irene.castellanos@gmail.example"), subj="Re: Cancel acct 2378851",
  body="any update?",
  quote=dict(frm=("Irene Castellanos", "irene.castellanos@gmail.example"), text="As per subject. Thank you."),
  acct=2378851, an=2378851,
  i="o", k="follow_up", b="maybe",
  notes="'any update?' chasing her earlier request; the account number is in the (Re:) subject; no new request text, labelled other/maybe."),

M(n=76, slug="cancel-trial-indian", client="android", who="in", date="2026-07-21 22:10",
  frm=("Abhishek Verma", "abhishek.verma@gmail.example"), subj="Cancel trial",
  body="""Hi pls cancel my trial, I dont want to be charged after the 14 days. It is not suitable for my requirement.

Thanks""",
  acct=A(2872014, "abhiverma", "abhishek.verma@gmail.example", "monthly", status="trial", start="2026-07-15",
         trial="2026-07-29"),
  i="c", k="request", b="clear", rk=["not suitable for my requirement"], rc="other",
  notes="Trial cancellation from the registered address."),

M(n=77, slug="cancel-and-delete-data", client="gmail",
  frm=("Caroline Dupree", "caroline@dupreeflorist.example"), subj="Cancel and delete",
  body="""Hello,

Please cancel my subscription and delete all of my data from your servers afterwards. I've exported what I need.

Caroline Dupree""",
  acct=A(1669530, "dupreeflorist", "caroline@dupreeflorist.example", "monthly", start="2025-02-02", tier="S"),
  i="c", k="request", b="clear",
  notes="Cancellation plus data deletion; the cancellation is explicit."),

M(n=78, slug="cancel-duplicate-invoice", client="outlook",
  frm=("Accounts Payable", "ap@meridianhotels.example"), subj="Please cancel invoice 2026-0931",
  body="""Good morning,

We received two invoices for the same period: 2026-0931 and 2026-0932. Please cancel invoice 2026-0931 and confirm that only one charge will be taken.

Kind regards,
Accounts Payable
Meridian Hotels""",
  acct=A(2801199, "meridianhotels", "ap@meridianhotels.example", "yearly", start="2025-05-19", tier="T"),
  decoys=["2026-0931", "2026-0932"],
  i="o", k="order_cancel", b="not",
  notes="Asks to cancel a duplicate invoice, not the subscription."),

M(n=79, slug="were-done-one-line", client="gmail",
  frm=("Jeff Morrow", "jeff@morrowpainting.example"), subj="crm runner",
  body="We're done with CRM Runner.",
  acct=A(1744062, "morrowpainting", "jeff@morrowpainting.example", "monthly", start="2025-03-11", tier="S"),
  i="c", k="request", b="maybe", amb=True,
  notes="One line that most likely means 'cancel us', but asks for nothing explicitly; ambiguous, labelled cancellation."),

M(n=80, slug="rambling-bakery-letter", client="apple",
  frm=("Ingrid Sorensen", "ingrid@sorensenbakehouse.example"), subj="A long overdue email",
  body="""Hello there,

I've been meaning to write this for a few weeks now. When we signed up last spring my son set CRM Runner up for us because he thought we should be "more organised" with our wholesale customers, the cafes and the two hotels. And it was lovely for a while, he put everyone in and we had the little reminders.

Then he went back to university in September and honestly since then nobody has time to keep it up. My husband does the deliveries and I'm in the kitchen from four in the morning. We write the orders in the big book again like we always did.

So I think it's best we stop. Could you please cancel our subscription? I don't want to keep paying for something that just sits there. If there's anything we need to do on our side please tell me in simple words!

Thank you, and sorry for the long letter.

Ingrid Sorensen
Sorensen Bakehouse""",
  acct=A(2925307, "sorensenbake", "ingrid@sorensenbakehouse.example", "monthly", start="2025-04-06", tier="S"),
  i="c", k="request", b="clear", rk=["nobody has time to keep it up"], rc="unused",
  notes="Long rambling letter; the request comes near the end."),

M(n=81, slug="german-betriebsferien-pause", client="gmail", who="de",
  frm=("Katrin Wegner", "k.wegner@wegner-reisen.example"), subj="Account inactive for 2 months?",
  body="""Hello,

our company has Betriebsferien (company holidays) in July and August. Is it possible to set our account inactive for these 2 months, so we must not pay? In September we want to use it again normally.

Thank you and best regards
Katrin Wegner""",
  acct=A(2206645, "wegnerreisen", "k.wegner@wegner-reisen.example", "monthly", start="2024-08-26"),
  i="o", k="pause", b="not",
  notes="German writer; asks to pause for two months."),

M(n=82, slug="nigerian-debited-twice", client="gmail", who="ng",
  frm=("Adaeze Nwosu", "adaeze.nwosu@gmail.example"), subj="Double debit",
  body="""Good afternoon,

I was debited twice for my subscription this month, N78,400 each time, on 12th and 13th. Please I need the second debit to be reversed back to my card as soon as possible. I am still using the CRM, it is just the double debit.

Thank you.
Adaeze""",
  acct=A(1957206, "adanwosu", "adaeze.nwosu@gmail.example", "monthly", start="2025-06-12"),
  decoys=["N78,400"],
  i="o", k="refund_only", b="not", refund=True,
  notes="Nigerian writer; double debit reversal; still using the product."),

M(n=83, slug="filipino-how-to-cancel-po", client="gmail", who="ph",
  frm=("Jerome Villanueva", "jerome.villanueva@cebuhomes.example"), subj="How to cancel",
  body="""Hi po,

How to cancel our account po? Our boss said we will use other system starting next month because the head office already have one. But we want to download first the reports before we cancel.

Thank you po.
Jerome""",
  acct=A(2340921, "cebuhomes", "admin@cebuhomes.example", "monthly", start="2025-03-02"),
  i="c", k="request", b="maybe", amb=True, rk=["use other system"], rc="switched_service",
  notes="Filipino writer; phrased as how-to but the decision is made; sender is not the registered admin@ address; ambiguous."),

M(n=84, slug="disregard-notice-renew", client="outlook", irt=66,
  frm=("Elaine Marsh", "elaine.marsh@marshrealty.example"), subj="RE: Cancellation at end of term",
  body="""Hello,

Please disregard our notice below. The sync issue was fixed this week and management has decided to renew after all.

Regards,
Elaine""",
  quote=dict(frm=("Elaine Marsh", "elaine.marsh@marshrealty.example"), to="support@crmrunner.example",
             subj="Cancellation at end of term",
             text="""Hello,

The calendar sync has been broken since your update in August, and half our contacts now appear twice. We've reported it several times. We can't run the office on a tool that loses appointments.

Please cancel our subscription at the end of the current term.

Regards,
Elaine Marsh
Marsh Realty"""),
  acct=2159983,
  i="o", k="withdrawal", b="not", wd=True,
  notes="Withdraws the quoted notice; cancellation wording only in the quote."),

M(n=85, slug="remove-lisa-login", client="gmail",
  frm=("Howard Tsai", "howard@tsaiaccounting.example"), subj="remove a user",
  body="""Hi,

Lisa Brennan is no longer with us. Could you remove her login (lisa.b) and take her seat off our plan? We'll be 3 users instead of 4 from now on.

Thanks,
Howard""",
  acct=A(1492870, "tsaiaccounting", "howard@tsaiaccounting.example", "monthly", start="2024-07-19", tier="T"),
  un="lisa.b", seat_user=True,
  i="c", k="request_seat", b="clear",
  notes="Owner removes a departed colleague's seat; username is the colleague's login."),

M(n=86, slug="close-immediately-cheaper", client="yahoo",
  frm=("Terri Lynn Boggs", "terrilynn.boggs@yahoo.example"), subj="close account",
  body="""close my account immediately please i found a cheaper option""",
  acct=A(1051733, "tlboggs", "terrilynn.boggs@yahoo.example", "monthly", start="2025-09-01", tier="S"),
  i="c", k="request", b="clear", rk=["cheaper option"], rc="too_expensive",
  notes="One line, no punctuation; reason is price."),

M(n=87, slug="iphone-cell-signature", client="iphone",
  frm=("Russell Keane", "russ@keanelandscaping.example"), subj="Cancel subscription",
  body="""Please cancel my subscription effective immediately.

Russell Keane
Keane Landscaping
Cell: 555-0147""",
  acct=A(2063389, "keanelandscaping", "russ@keanelandscaping.example", "monthly", start="2025-03-21"),
  decoys=["555-0147"],
  i="c", k="request", b="clear",
  notes="Short request with a phone number in the signature."),

M(n=88, slug="gmail-vacation-responder", client="auto",
  frm=("Hollie Brandt", "hollie.brandt@gmail.example"), subj="Out of office",
  hdrs={"Auto-Submitted": "auto-replied"},
  body="""Hi! I'm away hiking until the 14th with no signal. I'll reply when I'm back.

Hollie""",
  i="a", k="auto_reply", b="not",
  notes="Gmail-style vacation responder."),

M(n=89, slug="bounce-exim-mail-delivery-failed", client="dsn",
  frm=("Mail Delivery System", "Mailer-Daemon@mx1.crmrunner.example"),
  subj="Mail delivery failed: returning message to sender",
  dsn=dict(mta="exim", rcpt="accounts@lakesidemotel.example", status="5.0.0",
           diag="550 Unrouteable address",
           human="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  accounts@lakesidemotel.example
    Unrouteable address
""",
           orig=dict(subj="Re: cancel our plan",
                     body="""Hello,

Your CRM Runner subscription has been cancelled. It stays active until 12 June 2026 and will not renew.

On 10 May 2026, accounts@lakesidemotel.example wrote:
> Hi please cancel our plan, the motel is sold.

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="Exim bounce; the returned confirmation quotes a cancellation request."),

M(n=90, slug="vat-on-invoices", client="outlook", who="nl",
  frm=("Pieter de Groot", "pieter@degrootinstallatie.example"), subj="VAT number on invoices",
  body="""Hello,

Is it possible to have our VAT number NL001234567B01 on the invoices? Our accountant needs it for the last 6 invoices too.

Kind regards,
Pieter de Groot""",
  acct=A(2128840, "degroot", "pieter@degrootinstallatie.example", "monthly", start="2025-01-13", cur="EUR"),
  decoys=["NL001234567B01"],
  i="o", k="question", b="not",
  notes="Dutch writer; invoice question; VAT number contains a 7-digit-like run (decoy)."),

M(n=91, slug="polish-cancel-invoice-decoy", client="gmail", who="pl",
  frm=("Marta Zielińska", "marta.zielinska@zielinskabiuro.example"), subj="Resignation from subscription",
  body="""Good morning,

I would like to resign from the CRM Runner subscription from next month. Our last invoice was FV/2026/03/118. We are not using all functions and it is too expensive for our small office.

Please confirm.

Best regards,
Marta Zielińska""",
  acct=A(2547761, "zielinskabiuro", "marta.zielinska@zielinskabiuro.example", "monthly", start="2024-12-18", cur="EUR"),
  decoys=["FV/2026/03/118"],
  i="c", k="request", b="clear", rk=["too expensive"], rc="too_expensive",
  notes="Polish writer; 'resign from the subscription' means cancel; invoice number decoy."),

M(n=92, slug="if-i-cancel-now-access", client="gmail",
  frm=("Chloe Barrett", "chloe.barrett@gmail.example"), subj="access after cancelling?",
  body="""Hi! If I cancel now, do I still have access until the end of the month I paid for, or does it stop straight away?""",
  acct=A(1305561, "chloebarrett", "chloe.barrett@gmail.example", "monthly", start="2025-11-09", tier="S"),
  i="o", k="hypothetical", b="maybe",
  notes="Question before deciding; likely to cancel soon but asks only about access."),

M(n=93, slug="nonprofit-discount", client="gmail",
  frm=("Martha Quinlan", "martha@riversidefoodbank.example"), subj="Nonprofit pricing?",
  body="""Hello,

We're a small food bank run mostly by volunteers. Do you offer a nonprofit discount on the Pro plan? We'd need about 6 users.

Thank you,
Martha Quinlan""",
  i="o", k="sales", b="not",
  notes="Sales question."),

M(n=94, slug="left-the-practice-work-email", client="gmail",
  frm=("Jamie Rivers", "jamie.rivers87@gmail.example"), subj="Cancel account under my old work email",
  body="""Hi,

I signed up for CRM Runner with my work email (j.rivers@riversdental.example) when I was managing the front desk. I don't work there anymore and the practice doesn't use it, but the card on file is still my personal one.

Please cancel that account so I stop being charged.

Jamie Rivers""",
  acct=A(1580427, "jrivers", "j.rivers@riversdental.example", "monthly", start="2024-10-05", tier="S"),
  em="j.rivers@riversdental.example",
  i="c", k="request", b="clear", rk=["doesn't use it"], rc="unused",
  notes="Writes from a personal address about an account registered to an old work address given in the body."),

M(n=95, slug="please-delete-my-account", client="iphone",
  frm=("Olivia Harper", "olivia.harper@icloud.example"), subj="Delete account",
  body="Please delete my account",
  acct=A(1738296, "oharper", "olivia.harper@icloud.example", "monthly", start="2025-05-27", tier="S"),
  i="c", k="request", b="maybe", amb=True,
  notes="Bare 'delete my account' from a paying customer: could be cancellation or a privacy deletion; ambiguous, labelled cancellation."),

M(n=96, slug="dont-renew-reply-to-reminder", client="gmail",
  frm=("Ahmed Siddiqui", "ahmed@siddiquitravel.example"), subj="Re: Your CRM Runner plan renews in 7 days",
  body="Don't renew. Thanks.",
  quote=dict(frm=("CRM Runner Billing", "billing@crmrunner.example"),
             text="""Hi Ahmed,

Just a heads-up: your CRM Runner Pro (yearly) plan renews on 2 September 2026 for $490.00.

Nothing to do if you'd like to continue. To make changes, visit Settings > Billing.

CRM Runner Billing"""),
  acct=A(2463057, "siddiquitravel", "ahmed@siddiquitravel.example", "yearly", start="2025-09-02"),
  decoys=["$490.00"],
  i="c", k="request", b="clear",
  notes="Two-word reply above a renewal reminder; 'Don't renew' is the request."),

M(n=97, slug="support-slow-complaint-only", client="gmail",
  frm=("Patricia Gomez", "patricia@gomezinsure.example"), subj="Still waiting",
  body="""I opened a ticket about the email templates 5 days ago and nobody has answered. Is anyone there? This is really frustrating when we're paying for Pro.""",
  acct=A(1884401, "gomezinsure", "patricia@gomezinsure.example", "monthly", start="2025-08-19"),
  i="o", k="other", b="not",
  notes="Complaint about slow support; no cancellation asked."),

M(n=98, slug="indonesian-price-too-high", client="gmail", who="id",
  frm=("Dewi Lestari", "dewi@lestaribatik.example"), subj="stop subscription",
  body="""Dear CRM Runner,

I want stop subscription because the price is too high for small business in Indonesia, with the exchange rate now it is very expensive. Please dont charge my card again.

Terima kasih,
Dewi""",
  acct=A(2794460, "lestaribatik", "dewi@lestaribatik.example", "monthly", start="2025-04-30", tier="S"),
  i="c", k="request", b="clear", rk=["price is too high"], rc="too_expensive",
  notes="Indonesian writer; stop subscription and stop charges."),

M(n=99, slug="japanese-polite-end-of-march", client="outlook", who="jp",
  frm=("Kenji Watanabe", "k.watanabe@watanabe-trading.example"), subj="Request of cancellation of contract",
  body="""Dear CRM Runner Support Team,

Thank you very much for your kind support for long time.

We would like to request the cancellation of our contract at the end of March. Because our Tokyo branch will be integrated to head office, we will use the system of head office from April.

I am sorry for the inconvenience and thank you for your understanding.

Best regards,
Kenji Watanabe""",
  acct=A(2680093, "watanabetrading", "k.watanabe@watanabe-trading.example", "yearly", start="2025-04-01"),
  i="c", k="request", b="clear", rk=["use the system of head office"], rc="switched_service",
  notes="Japanese writer; very polite formal request."),

M(n=100, slug="fwd-rfc822-customer-double-charge", client="apple",
  frm=("Ruth Abernathy", "ruth@abernathyfinance.example"), subj="Fwd: double charge",
  body="""Hi,

One of our clients sent this to me instead of you. Can you look into it? They are on our reseller bundle.

Ruth""",
  fwd=dict(mode="rfc822", client="gmail", frm=("Desmond Hale", "desmond.hale@halefurniture.example"),
           to="Ruth Abernathy <ruth@abernathyfinance.example>", date="2026-09-08 08:15",
           subj="double charge", filename="double charge.eml",
           body="""Hi Ruth,

CRM Runner charged us twice this month ($99 on the 1st and again on the 2nd). Can you get one of them refunded? Everything else is fine.

Desmond"""),
  acct=A(1699214, "abernathyfin", "ruth@abernathyfinance.example", "monthly", start="2024-06-30", tier="T"),
  decoys=["$99"],
  i="o", k="refund_only", b="not", refund=True,
  notes="Forwarded (attached) double-charge complaint; refund only, not a cancellation; account from the sender's registered address."),
]
