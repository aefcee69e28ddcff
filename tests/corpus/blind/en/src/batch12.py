# Batch 12: messages 551-600, written by hand.
from common import A, M

SUP = ("CRM Runner Support", "support@crmrunner.example")

MESSAGES = [

M(n=551, slug="ipad-export-appointments", client="ipad",
  frm=("Kim Nguyen", "kim.nguyen@lotusnails.example"), subj="export",
  body="How do I export my appointments list to Excel? I want to print it for the front desk",
  acct=1478893,
  i="o", k="how_to", b="not",
  notes="How-to export; iPad signature."),

M(n=552, slug="cancel-button-fixed-thanks", client="gmail", irt=268,
  frm=("Ethan Kowal", "ethan.kowal@kowaldesign.example"), subj="Re: Bug: cancel subscription button does nothing",
  body="""Cancel button works now - tested on a throwaway account, got the confirmation screen. Thanks for fixing!

Ethan""",
  acct=1509262,
  i="o", k="thanks", b="not",
  notes="Thanks for fixing the cancel button; he tested it on a throwaway account."),

M(n=553, slug="also-cancel-parts-account", client="gmail", irt=239,
  frm=("Derek Olsen", "derek@olsenauto.example"), subj="Re: Cancel account 1522074",
  body="""Sorry, my mistake - olsenparts is our second account, the one for the parts counter. Please cancel that one as well, since the parts counter is closed. Keep 1522074 for now if it hasn't been cancelled yet.

Derek""",
  acct=1522791, un="olsenparts",
  i="c", k="request", b="maybe", amb=True, rk=["parts counter is closed"], rc="business_closed",
  notes="Clarifies the username mix-up of msg 239: cancel the second account (olsenparts) but keep 1522074, which the inherited subject says to cancel; the number is not labelled as the identifier; a person should look."),

M(n=554, slug="saas-legal-digest-auto-renewal", client="list",
  frm=("SaaS Legal Digest", "digest@saaslegal.example"), subj="Auto-renewal laws: what changes for annual plans",
  list=dict(unsub_url="https://saaslegal.example/unsubscribe?id=55c"),
  hdrs={"List-Id": "SaaS Legal Digest <digest.saaslegal.example>", "Precedence": "bulk",
        "List-Unsubscribe": "<https://saaslegal.example/unsubscribe?id=55c>"},
  body="""This month: new auto-renewal rules require a reminder before annual plans renew and an online way to cancel that is as easy as signing up.

Also: how long to keep records of cancellation requests, and whether an email "please cancel" counts as notice.""",
  i="o", k="list_mail", b="not",
  notes="Legal newsletter about cancellation rules."),

M(n=555, slug="merged-bigger-firm-acct-number", client="outlook",
  frm=("Owen Prichard", "owen@prichardlegal.example"), subj="Cancellation - account 1552093",
  body="""Hello,

Prichard Legal has merged with a larger firm and we'll be moving onto their own CRM. Please cancel our subscription (account 1552093) at the end of the current yearly term.

Best,
Owen""",
  acct=1552093, an=1552093,
  i="c", k="request", b="clear", rk=["their own crm"], rc="switched_service",
  notes="Request with account number in subject and body."),

M(n=556, slug="revised-po-seats", client="outlook", irt=422,
  frm=("Purchasing", "purchasing@granitemfg.example"), subj="RE: PO 4500123987 - CRM Runner annual renewal",
  body="""Hello,

Attached is revised PO 4500124410 covering the additional 5 seats. Please reference it on the next invoice.

Regards,
Purchasing Department""",
  attach="PO_4500124410.pdf",
  acct=1589046, decoys=["4500124410", "4500123987"],
  i="o", k="other", b="not",
  notes="Revised purchase order; PDF attachment."),

M(n=557, slug="spanish-autorespuesta", client="auto", who="es",
  frm=("Pilar Navarro", "pilar.navarro@navarroasesores.example"), subj="Respuesta automática: Re: Cancellation",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Estoy fuera de la oficina hasta el 1 de septiembre.

I am out of the office until 1 September. For urgent matters please contact oficina@navarroasesores.example.

Pilar Navarro""",
  i="a", k="auto_reply", b="not",
  notes="Spanish/English auto-reply."),

M(n=558, slug="cancel-team-entirely", client="gmail", irt=395,
  frm=("Jonah Feldman", "jonah@feldmanrealty.example"), subj="Re: Team plan question",
  body="""Change of plan: rather than splitting it, please just cancel the Team account entirely at the end of the month. The agents will sign up on their own.

Jonah""",
  acct=1624008,
  i="c", k="request", b="clear",
  notes="Replaces a restructure request (msg 395) with a cancellation."),

M(n=559, slug="summer-discount-question", client="gmail",
  frm=("Norma Gilchrist", "norma@gilchristtutoring.example"), subj="Summer",
  body="""Do you have any discount for the summer months? Tutoring is very quiet in July and August.""",
  acct=1624773,
  i="o", k="sales", b="not",
  notes="Discount question."),

M(n=560, slug="retiring-bnb-cancel-yearly", client="gmail",
  frm=("Raymond Achterberg", "ray.achterberg@gmail.example"), subj="Retiring",
  body="""Hi,

My wife and I are retiring from the B&B at the end of the season. Please cancel our yearly plan so it doesn't renew.

Many thanks for everything,
Ray""",
  acct=1647702,
  i="c", k="request", b="clear", rk=["retiring from the b&b"], rc="business_closed",
  notes="Retirement; don't renew the yearly plan."),

M(n=561, slug="thanks-for-difference-refund", client="plain-qp", irt=381,
  frm=("Josephine Hart", "jo@hartandhomeinteriors.example"), subj="Re: Change plan at renewal",
  body="""Refund of the difference arrived today – thank you!

Jo""",
  acct=1709452,
  i="o", k="thanks", b="not",
  notes="Thanks for a refund."),

M(n=562, slug="keep-it-for-now", client="outlook", irt=438,
  frm=("Brian Kessler", "b.kessler@kesslerauto.example"), subj="RE: Your question about notice",
  body="""Understood. We'll keep it for now then and revisit in the new year.

Brian""",
  acct=1723019,
  i="o", k="other", b="not",
  notes="Keeps the plan after asking about notice periods."),

M(n=563, slug="monthly-price-question", client="iphone", irt=354,
  frm=("Derrick Lyons", "derrick.lyons@icloud.example"), subj="Re: Fee?",
  body="What will the monthly price be after I switch?",
  acct=1742968,
  i="o", k="question", b="not",
  notes="Price question."),

M(n=564, slug="lets-not-renew-unless", client="gmail", irt=335,
  frm=("Howard Finch", "howard@finchlaw.example"), subj="Renewal",
  body="""Hi,

We're winding down the firm's marketing activity and I'm not sure we'll need CRM Runner going forward. Let's not renew in February unless you hear otherwise from me.

Howard""",
  acct=1774530,
  i="c", k="request", b="maybe", amb=True, rk=["winding down the firm's marketing"], rc="unused",
  notes="Hedged non-renewal ('unless you hear otherwise'); ambiguous, labelled cancellation."),

M(n=565, slug="september-staying", client="gmail", irt=324,
  frm=("Laurel Fitzgerald", "laurel@fitzgeraldstudio.example"), subj="Re: notice period",
  body="""It's September, as promised! We've decided to stay - the autumn bookings look good.

Laurel""",
  acct=1815946,
  i="o", k="other", b="not",
  notes="Decides to stay."),

M(n=566, slug="even-starter-too-much", client="gmail", irt=252,
  frm=("Tessa Grünewald", "tessa.gruenewald@gmail.example"), subj="Re: Downgrade instead",
  body="""Hi again,

I'm afraid even Starter is too much for me now - I've had a very slow year. Please cancel my subscription at the end of this month. Thank you for being so nice about everything.

Tessa""",
  acct=1914026,
  i="c", k="request", b="clear", rk=["even starter is too much"], rc="too_expensive",
  notes="Cancels after an earlier downgrade."),

M(n=567, slug="decided-to-renew", client="outlook", irt=260,
  frm=("Aaron Feld", "aaron.feld@feldandsons.example"), subj="RE: Question about cancelling",
  body="""Hi,

Thanks for all the answers. We've decided to renew for another year.

Aaron""",
  acct=1921145,
  i="o", k="other", b="not",
  notes="Renews after a long 'question about cancelling' thread."),

M(n=568, slug="bounce-old-alias", client="dsn",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Undelivered Mail Returned to Sender",
  dsn=dict(mta="postfix", rcpt="bookings@oldharbourinn.example",
           diag="550 5.1.1 <bookings@oldharbourinn.example>: Recipient address rejected: alias no longer exists",
           orig=dict(subj="Your CRM Runner cancellation is confirmed",
                     body="""Hello,

Your CRM Runner subscription has been cancelled and will end on 30 November 2026.

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="Bounce of a confirmation."),

M(n=569, slug="consultant-forwards-client-attached", client="plain-qp", charset="windows-1252",
  frm=("Annette Voss", "annette@vossconsulting.example"), subj="Fwd: Blue Heron Pottery – cancellation",
  body="""Hi,

Another one of my clients, Blue Heron Pottery, wants to cancel – their email to me is attached. They’re the account holder, I just manage it for them.

Thanks,
Annette""",
  fwd=dict(mode="rfc822", client="apple", frm=("Wren Callaghan", "wren@blueheronpottery.example"),
           to="Annette Voss <annette@vossconsulting.example>", date="2026-09-14 19:50", subj="CRM Runner",
           filename="CRM Runner.eml",
           body="""Hi Annette,

Could you cancel CRM Runner for us? With the studio classes full we just don't have time to keep it up to date.

Wren"""),
  acct=A(1709834, "blueheronpottery", "wren@blueheronpottery.example", "monthly", start="2025-05-06", tier="S"),
  i="c", k="forward_request", b="clear", rk=["don't have time to keep it up to date"], rc="unused",
  notes="Consultant forwards a client's request as an attachment; windows-1252 quoted-printable."),

M(n=570, slug="ticket-transferred-thanks", client="gmail", irt=420,
  frm=("Nadine Okafor", "nadine@okaforrealty.example"), subj="Re: Runner Live - cancel my ticket",
  body="""Thank you for transferring the ticket to my colleague!

Nadine""",
  acct=1982644,
  i="o", k="thanks", b="not",
  notes="Thanks; subject mentions cancelling a ticket."),

M(n=571, slug="grace-took-over-zoho", client="gmail",
  frm=("Grace Oduya", "grace@oduyapartners.example"), subj="Oduya Partners - CRM Runner",
  body="""Hello,

I've taken over Oduya Partners from Martin (the transfer you did earlier this year). We're moving everything to Zoho along with our accounting, so please cancel the CRM Runner subscription at the end of the current term.

Grace Oduya""",
  acct=2015398,
  i="c", k="request", b="clear", rk=["zoho"], rc="switched_service",
  notes="New owner writes from her own address; the account is still registered to Martin."),

M(n=572, slug="stay-after-review", client="gmail", irt=459,
  frm=("Becca Lin", "becca@linstudio.example"), subj="Re: Zapier question",
  body="""Thanks - we finished the review and CRM Runner stays in the stack.

Becca""",
  acct=2040586,
  i="o", k="other", b="not",
  notes="Keeps the product after a hypothetical."),

M(n=573, slug="joining-bigger-firm", client="gmail",
  frm=("Hector Villalobos", "hector@villaloboslaw.example"), subj="Closing my account",
  body="""Hi,

I'm closing my solo practice and joining a bigger firm next month, so please close my CRM Runner account at the end of this billing period.

Thanks for everything,
Hector""",
  acct=2098716,
  i="c", k="request", b="clear", rk=["joining a bigger firm"], rc="business_closed",
  notes="Solo practice closes."),

M(n=574, slug="german-thanks-refund", client="gmail", who="de", irt=262,
  frm=("Katrin Wegner", "k.wegner@wegner-reisen.example"), subj="Re: Account inactive for 2 months?",
  body="""Hello,

thank you, the refund is on our account now.

Best regards
Katrin Wegner""",
  acct=2206645,
  i="o", k="thanks", b="not",
  notes="German writer; thanks for a refund."),

M(n=575, slug="chinese-factory-move-vietnam", client="gmail", who="cn",
  frm=("Chen Jie", "chenjie@dragonlighting.example"), subj="cancel CRM Runner",
  body="""Hello,

Our factory move to Vietnam next year and the new office use other system from the group. So please cancel the CRM Runner after this month.

Thank you for your help always.
Chen Jie""",
  acct=2356217,
  i="c", k="request", b="clear", rk=["use other system"], rc="switched_service",
  notes="Chinese writer; relocation and group system."),

M(n=576, slug="add-seat-junior", client="apple",
  frm=("Rachel Tam", "rachel@tamdesignstudio.example"), subj="One more seat",
  body="""Hi Maya,

We've hired a junior designer - could you add one seat to our yearly plan and prorate it?

Rachel""",
  acct=2365091,
  i="o", k="plan_change", b="not",
  notes="Adds a seat."),

M(n=577, slug="message-received-precedence-bulk", client="plain",
  frm=("Helpdesk", "helpdesk@pioneerlabs.example"), subj="Re: Please confirm the cancellation of your account",
  hdrs={"Precedence": "bulk"},
  body="""Thank you, your message has been received. Please do not reply to this email.""",
  i="a", k="auto_reply", b="not",
  notes="Automatic receipt with only Precedence: bulk."),

M(n=578, slug="indian-gst-invoice-request", client="gmail", who="in",
  frm=("Venkatesh Rao", "venkatesh.rao@srisaiagencies.example"), subj="GST invoice",
  body="""Dear Team,

Kindly share the tax invoice for the yearly renewal with our GSTIN so that we can claim input credit.

Regards,
Venkatesh Rao""",
  acct=2407733,
  i="o", k="question", b="not",
  notes="Indian English; invoice request."),

M(n=579, slug="invoice-split-seats", client="outlook",
  frm=("Judith Carney", "judith.carney@carneylaw.example"), subj="Invoice breakdown",
  body="""Hello,

Could the next invoice show the seats per department (litigation 6, conveyancing 4)? It helps our internal recharging.

Thanks,
Judith""",
  acct=2479368,
  i="o", k="question", b="not",
  notes="Invoice formatting."),

M(n=580, slug="practice-sold-transfer", client="outlook",
  frm=("Deborah Kline", "dkline@klinepediatrics.example"), subj="Practice sale",
  body="""Hello,

Kline Pediatrics is being sold to Dr. Amara Obi from 1 January. She'd like to keep CRM Runner, so please transfer the account to her (amara.obi@obipediatrics.example) rather than closing it.

Deborah""",
  acct=2547138,
  i="o", k="question", b="not",
  notes="Practice sold; account transferred, not closed."),

M(n=581, slug="ap-w9-again", client="outlook",
  frm=("Accounts Payable", "ap@meridianhotels.example"), subj="Updated W-9",
  body="""Good morning,

Our vendor file for CRM Runner has expired. Please send an updated W-9 so we can keep paying your invoices.

Kind regards,
Accounts Payable""",
  acct=2801199,
  i="o", k="question", b="not",
  notes="Tax form request."),

M(n=582, slug="indonesian-close-catering", client="android", who="id",
  frm=("Rizky Pratama", "rizky@pratamacatering.example"), subj="Cancel please",
  body="""Hello,

Please cancel my CRM Runner. We close the catering and open small warung, not need CRM for this.

Terima kasih""",
  acct=2823718,
  i="c", k="request", b="clear", rk=["not need crm"], rc="unused",
  notes="Indonesian writer."),

M(n=583, slug="chinese-two-users-same-time", client="gmail", who="cn",
  frm=("Li Na", "lina.office@xinyuetrading.example"), subj="two people login",
  body="""Hello,

Can two people login the same account at the same time? My colleague want to see the customer list also.

Thank you
Li Na""",
  acct=2863305,
  i="o", k="question", b="not",
  notes="Chinese writer; licensing question."),

M(n=584, slug="freight-will-not-renew-html", client="outlook-html",
  frm=("Janet Okoye", "janet.okoye@meridianfreight.example"), subj="Account 2899062 - non-renewal",
  body="""Dear CRM Runner team,

Meridian Freight will not renew account 2899062 when the current annual term ends in January. Our parent company is rolling out Salesforce across all subsidiaries.

Thank you for the partnership, and please pass my thanks to Tom for the quarterly reviews.

Kind regards,""",
  sigtable=["Janet Okoye", "Head of Commercial", "Meridian Freight", "555-0109"],
  acct=2899062, an=2899062, decoys=["555-0109"],
  i="c", k="request", b="clear", rk=["salesforce"], rc="switched_service",
  notes="Outlook HTML non-renewal with account number."),

M(n=585, slug="egyptian-prospect-arabic", client="gmail", who="eg",
  frm=("Ahmed Fathy", "ahmed.fathy@cairoimports.example"), subj="Price for Egypt",
  body="""Dear Sir,

Kindly we need the price of the Pro plan in EGP and if there is a special price for the Middle East. We are 4 users.

Best regards,
Ahmed Fathy""",
  i="o", k="sales", b="not",
  notes="Egyptian writer; pre-sales."),

M(n=586, slug="ooo-subject-cancellation", client="auto",
  frm=("Laura Bennett", "laura.bennett@bennettdesign.example"), subj="Out of Office: Cancellation of CRM Runner subscription",
  hdrs={"Auto-Submitted": "auto-replied"},
  body="""I'm away until 10 November with no access to email.

Laura""",
  i="a", k="auto_reply", b="not",
  notes="Out-of-office whose subject repeats a cancellation subject."),

M(n=587, slug="polish-maybe-close-what-to-do", client="outlook", who="pl",
  frm=("Tomasz Nowak", "tomasz.nowak@nowakserwis.example"), subj="Close account?",
  body="""Hello,

Maybe better we close the account, we think about it with my partner. If we close, what we must do and what happens with the data?

Tomasz""",
  acct=2988127,
  i="o", k="hypothetical", b="maybe", amb=True,
  notes="Polish writer; still deciding ('we think about it'); ambiguous, labelled other."),

M(n=588, slug="thanks-harriet", client="apple", irt=543,
  frm=("Harriet Vance", "harriet@vancebotanicals.example"), subj="Re: Renewal next month",
  body="Lovely, thank you!",
  acct=2749581,
  i="o", k="thanks", b="not",
  notes="Thanks."),

M(n=589, slug="vietnamese-registered-email-base64", client="base64", who="vn",
  frm=("Le Thi Mai", "mai.le.saigon@gmail.example"), subj="Cancel account",
  body="""Hello,

Please cancel my account. The registered email is contact@maiflowershop.example but I cannot login that email anymore. My shop is closed from this month.

Thank you
Mai""",
  acct=A(2742906, "maiflowers", "contact@maiflowershop.example", "monthly", start="2025-06-15", tier="S"),
  em="contact@maiflowershop.example",
  i="c", k="request", b="clear", rk=["my shop is closed"], rc="business_closed",
  notes="Vietnamese writer; registered address given in the body; base64."),

M(n=590, slug="thanks-downgrade-pro", client="plain-qp", irt=404,
  frm=("Dominic Reyes", "dominic.reyes@reyesengineering.example"), subj="RE: Billing by invoice",
  body="""Thanks, I can see the renewal will be on Pro now.

Dominic""",
  acct=2320498,
  i="o", k="thanks", b="not",
  notes="Thanks after a downgrade."),

M(n=591, slug="thinking-closing-salon-january", client="outlook",
  frm=("Fiona Hale", "fiona.hale@halebeauty.example"), subj="January",
  body="""Hi,

We're thinking of closing the salon in January. If we do, can we cancel straight away or do we need to give notice?

Fiona""",
  acct=2341690,
  i="o", k="hypothetical", b="maybe",
  notes="Conditional future closure; asks about notice."),

M(n=592, slug="photography-mobile-app-question", client="apple",
  frm=("Connor Blake", "connor@blakephotography.example"), subj="Assistant login",
  body="""Hey, the assistant can't see my calendar in the mobile app even though she's on the Team plan now. Permission thing?

Connor""",
  acct=1604457,
  i="o", k="question", b="not",
  notes="Permissions question."),

M(n=593, slug="bounce-quota-needs-info", client="dsn",
  frm=("Mail Delivery Subsystem", "mailer-daemon@mx1.crmrunner.example"),
  subj="Delivery Status Notification (Failure)",
  dsn=dict(mta="gmail", rcpt="bobby.k.1968@gmail.example", status="5.2.2",
           diag="552 5.2.2 The recipient's inbox is out of storage space.",
           orig=dict(subj="Re: cancel my account",
                     body="""Hello,

We couldn't find an account for this address. Could you tell us your username, or the email address you signed up with?

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="Bounce of a needs-info reply."),

M(n=594, slug="to-clarify-do-not-renew", client="outlook", irt=545,
  frm=("Accounts Payable", "ap@sterlingdistributors.example"), subj="RE: W-9 request",
  body="""Hello,

To clarify our earlier note: Sterling Distributors does not wish to renew the CRM Runner subscription. Please do not issue a renewal invoice. Our sales team has moved to the CRM in our new ERP.

Accounts Payable""",
  acct=2831540,
  i="c", k="request", b="clear", rk=["crm in our new erp"], rc="switched_service",
  notes="Clarifies the ambiguous note of msg 545: a clear non-renewal."),

M(n=595, slug="own-product-updates-newsletter", client="list",
  frm=("CRM Runner", "news@crmrunner.example"), subj="What's new in CRM Runner - November",
  list=dict(unsub_url="https://crmrunner.example/email-preferences"),
  hdrs={"List-Id": "CRM Runner News <news.crmrunner.example>", "Precedence": "bulk",
        "List-Unsubscribe": "<https://crmrunner.example/email-preferences>"},
  body="""What's new in November

- Pause your subscription: Starter and Pro customers can now pause billing for up to 3 months instead of cancelling.
- Seat management: remove a user's seat yourself in Settings > Team.
- Faster exports.

You're receiving this because you have a CRM Runner account.""",
  i="o", k="list_mail", b="not",
  notes="The company's own newsletter (seed copy to support) announcing pause and seat removal features."),

M(n=596, slug="thanks-got-admin-access", client="outlook-mobile", irt=516,
  frm=("Jon Kestrel", "jon@kestrelsurveying.example"), subj="Re: Account owner?",
  body="""All sorted - I'm admin now. Thanks for your patience.

Jon""",
  acct=1856321,
  i="o", k="thanks", b="not",
  notes="Thanks; sender not the registered office@ address."),

M(n=597, slug="meant-for-my-bank-cancel-card", client="gmail",
  frm=("Dorothy Hale", "dorothy.hale@gmail.example"), subj="Cancel my card",
  body="""Please cancel my debit card ending 8812, I think it has been stolen. Send me a new one to my home address.

Dorothy Hale""",
  decoys=["8812"],
  i="o", k="other", b="not",
  notes="Misdirected email meant for a bank (cancel a stolen card); not a CRM Runner customer."),

M(n=598, slug="kenyan-deactivate-yahoo-mobile", client="yahoo-mobile", who="ke",
  frm=("Peter Mwangi", "peter.mwangi@yahoo.example"), subj="Deactivate",
  body="""Hello, please deactivate my account and stop the monthly charges. I am not able to use it because the internet here is not stable.

Peter""",
  acct=A(1365209, "pmwangi", "peter.mwangi@yahoo.example", "monthly", start="2025-07-19", tier="S"),
  i="c", k="request", b="clear", rk=["internet here is not stable"], rc="other",
  notes="Kenyan writer; 'deactivate my account' and stop charges; Yahoo Mail on Android."),

M(n=599, slug="indian-thanks-confirmation", client="gmail", who="in", irt=515,
  frm=("Karthik Subramanian", "karthik.s@chennaitextiles.example"), subj="Re: Discontinuation of CRM Runner subscription",
  body="""Dear Team,

Thank you for the confirmation.

Regards,
Karthik""",
  acct=2190337,
  i="o", k="thanks", b="not",
  notes="Indian English; thanks after confirmation; subject is about discontinuation."),

M(n=600, slug="changed-minds-notion-iphone", client="iphone", irt=572,
  frm=("Becca Lin", "becca@linstudio.example"), subj="Re: Zapier question",
  body="""Ugh, changed our minds again - the team voted to consolidate everything in Notion. Please cancel at the end of the month. Sorry!""",
  acct=2040586,
  i="c", k="request", b="clear", rk=["notion"], rc="switched_service",
  notes="Reverses her earlier 'stays in the stack' (msg 572) and asks to cancel."),
]
