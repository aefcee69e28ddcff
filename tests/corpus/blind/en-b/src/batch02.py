from common import A, M

MESSAGES = [
M(n=51, slug="acct-number-in-subject", frm=("Deborah Klein", "dklein@kleinpediatrics.example"),
  acct=A(3402218, "kleinpeds", "dklein@kleinpediatrics.example", start="2024-07-15", tier="T"),
  subj="Account 3402218 - cancel at renewal", client="outlook",
  body="""Hello,

We have decided not to continue with CRM Runner after the current period. Please let it lapse and make sure nothing is charged on the renewal date.

Our practice group has standardised on the scheduling system's built-in patient CRM.

Deborah Klein
Practice Administrator""",
  i="c", k="request", b="clear", an=3402218,
  rk=["standardised on the scheduling system's built-in patient crm"], rc="switched_service",
  notes="Account number in the subject; 'let it lapse' / nothing charged on renewal."),

M(n=52, slug="one-line-cancel-runner", frm=("Mike T", "miket.roofing@webmail.example"),
  acct=A(3009944, "miketroofing", "miket.roofing@webmail.example", start="2025-09-18", tier="S"),
  subj="cancel runner", client="android",
  body="""cancel runner thanks""",
  i="c", k="request", b="clear",
  notes="Three-word phone request; product name as object."),

M(n=53, slug="invoice-number-only", frm=("Patrice Dumont", "patrice@dumontcatering.example"),
  acct=A(3014483, "dumontcater", "patrice@dumontcatering.example", start="2025-01-06"), who="fr",
  subj="Cancellation CRM Runner - invoice 2026-0412", client="gmail",
  body="""Good morning,

I would like to terminate my subscription to CRM Runner. For reference I join the number of my last invoice: 2026-0412. We have not found the time to really use the tool this year.

Thank you to confirm me the end date.

Cordially,
Patrice Dumont""",
  i="c", k="request", b="clear", decoys=["2026-0412"],
  rk=["we have not found the time to really use the tool"], rc="unused",
  notes="Gives an invoice number as reference (decoy), no account number; French-style phrasing."),

M(n=54, slug="already-cancelled-cancel-again", frm=("Stacy Burke", "stacy.burke@burkeandsons.example"),
  acct=A(3025570, "burkeandsons", "stacy.burke@burkeandsons.example", start="2025-02-14"),
  subj="I ALREADY CANCELLED", client="gmail",
  body="""I cancelled in June through the app and you charged me again in July AND August. Cancel it properly this time, whatever it takes on your end, and give me back the $98.

Stacy Burke""",
  i="c", k="request", b="maybe", amb=True, refund=True, decoys=["$98"],
  notes="Already cancelled but charged, and asks again to cancel properly: cancellation, ambiguous (rule 2)."),

M(n=55, slug="plan-change-yearly-cancel-tried", frm=("Rachel Adeyemi", "rachel@adeyemiconsulting.example"),
  acct=A(3036612, "adeyemicons", "rachel@adeyemiconsulting.example", start="2025-06-30"),
  subj="annual billing", client="apple",
  body="""Hello,

I tried to cancel my monthly plan in the billing page so I could restart on annual, but it warned me I'd lose my automations. I don't want to cancel anything! I just want to pay yearly for Pro. Can you switch it for me?

Thanks,
Rachel""",
  i="o", k="plan_change", b="not",
  notes="Monthly->yearly; cancelling mentioned as tried, explicitly not wanted."),

M(n=56, slug="username-office", frm=("Bev Tanaka", "bev.tanaka@homeinbox.example"),
  acct=A(3047731, "office", "admin@tanakadentallab.example", start="2024-03-10"),
  subj="Cancel", client="yahoo",
  body="""Hi,

I need to stop the CRM Runner for Tanaka Dental Lab. The user name we log in with is office. We sold the lab to a bigger group in May and they don't want it.

Bev Tanaka""",
  i="c", k="request", b="clear", un="office", rk=["we sold the lab to a bigger group"], rc="business_closed",
  notes="Username is an ordinary word ('office'); written from a personal address; lab sold."),

M(n=57, slug="how-to-only-phone", frm=("Jamal Reed", "jamalreed@mailbox.example"),
  acct=A(3059004, "jreed", "jamalreed@mailbox.example", start="2025-10-01", tier="S"),
  subj="Question", client="iphone",
  body="""How do you cancel on the app? Is it only on the website""",
  i="o", k="how_to", b="maybe",
  notes="How-to alone on a phone; no decision stated."),

M(n=58, slug="pakistani-closing-office", frm=("Imran Qureshi", "imran@qureshiimports.example"),
  acct=A(3060817, "qureshiimp", "imran@qureshiimports.example", start="2025-01-25"), who="pk",
  subj="Account closing request", client="gmail",
  body="""Respected Team,

Assalam o Alaikum. I am writing to request you that please close our CRM Runner account as we are winding up our Karachi office and the staff has been relieved. Please do not deduct any further amount from our company card.

I shall be very thankful to you.

Regards,
Imran Qureshi
Qureshi Imports
Cell: 0300-5550143""",
  i="c", k="request", b="clear", decoys=["0300-5550143"],
  rk=["winding up our karachi office"], rc="business_closed",
  notes="Formal South Asian request; reason with a closing word; phone decoy."),

M(n=59, slug="question-seats-price", frm=("Olivia Grant", "olivia@grantmarketing.example"),
  acct=A(3071190, "grantmktg", "olivia@grantmarketing.example", tier="T", start="2025-03-12"),
  subj="adding seats", client="gmail",
  body="""Hi, how much is an extra seat on Team? We're hiring two account managers next month. Thanks!

Olivia""",
  i="o", k="question", b="not",
  notes="Pricing question about adding seats."),

M(n=60, slug="seat-remove-by-email", frm=("Craig Donnelly", "craig@donnellymotors.example"),
  acct=A(3082241, "donnellymotors", "craig@donnellymotors.example", tier="T", start="2024-12-05"),
  subj="remove user", client="outlook",
  body="""Hi team,

Could you delete the user steve.b (Steve Barton) from our CRM Runner please. He's no longer with Donnelly Motors as of today. Please also make sure we're not billed for his seat next month.

Thanks
Craig Donnelly
Sales Manager""",
  i="c", k="request_seat", b="clear", un="steve.b", seat_user=True,
  rk=["he's no longer with donnelly motors"], rc="other",
  notes="Seat removal by owner; colleague login steve.b."),

M(n=61, slug="bounce-exchange", frm=("Microsoft Outlook", "postmaster@hollandmarine.example"),
  subj="Undeliverable: Your CRM Runner receipt", client="dsn", null_return=True,
  dsn=dict(mta="exchange", rcpt="k.vos@hollandmarine.example", status="5.1.10",
           diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
           reporting="DB8EUR05HT123.mail.protection.outlook.example",
           orig=dict(subj="Your CRM Runner receipt", body="Thanks for your payment of $49.00.\n\nCRM Runner")),
  i="b", k="bounce", b="not",
  notes="Exchange NDR for a receipt."),

M(n=62, slug="cancel-deal-in-pipeline", frm=("Ahmed Saleh", "ahmed@salehfitout.example"),
  acct=A(3093377, "salehfitout", "ahmed@salehfitout.example", start="2025-04-16"), who="eg",
  subj="how to cancel a deal", client="gmail",
  body="""Hello,

Customer has cancelled the project so I need to cancel the deal in the pipeline, but if I delete it the report is wrong. Is there a status for cancelled deal, or I must make a new stage?

Thanks
Ahmed""",
  i="o", k="how_to", b="not",
  notes="Cancelling a deal inside the CRM; not about the subscription."),

M(n=63, slug="ticket-ref-cancel", frm=("Laura Svensson", "laura@svenssonyoga.example"),
  acct=A(3104820, "svenssonyoga", "laura@svenssonyoga.example", start="2025-05-19", tier="S"),
  subj="Re: ticket 45771", client="gmail",
  body="""Hi, following up on ticket 45771 where I asked about the price. I've thought about it and I'd rather not keep paying $19 a month for something I open twice a month. Please cancel my CRM Runner.

Laura""",
  i="c", k="request", b="clear", decoys=["45771", "$19"],
  rk=["something i open twice a month"], rc="unused",
  notes="Request referencing a ticket number (decoy)."),

M(n=64, slug="korean-no-more-billing", frm=("Park Ji-hoon", "jihoon.park@hanbitcosmetics.example"),
  acct=A(3115739, "hanbit", "jihoon.park@hanbitcosmetics.example", start="2025-07-01"), who="kr",
  subj="Billing stop request", client="gmail",
  body="""Hello.

I don't want to be billed again for CRM Runner. Our head office in Seoul decided to use one system for all branch, so this US branch will not use CRM Runner from August. Please process it.

Best regards,
Park Ji-hoon""",
  i="c", k="request", b="clear", rk=["decided to use one system for all branch"], rc="switched_service",
  notes="Money-framed ('don't want to be billed again'), with product name."),

M(n=65, slug="thanks-generic", frm=("Priya Raman", "priya.raman@quillstudio.example"),
  acct=3034120, subj="Re: cancelling?", client="gmail", irt=3,
  quote=dict(text="""Hi Priya,

You can cancel any time under Settings > Billing > Manage plan > Cancel plan. It's at the very bottom of the page.

Kind regards,
Ivy | CRM Runner Support"""),
  body="""Found it, thanks Ivy. Not doing it yet, just wanted to know where it is.

Priya""",
  i="o", k="thanks", b="not",
  notes="Thanks for how-to answer; explicitly not cancelling yet."),

M(n=66, slug="stop-my-card-base64", frm=("Eunice Ward", "eunice.ward@oldmail.example"),
  acct=A(3126604, "eward", "eunice.ward@oldmail.example", start="2025-03-03", tier="S"),
  subj="stop taking money", client="base64",
  body="""To whom it may concern

Please stop taking money from my Visa ending 0923 for CRM Runner. My grandson set it up for my sewing business and I never understood how to use it.

Mrs E Ward""",
  i="c", k="request", b="clear", decoys=["0923"],
  rk=["i never understood how to use it"], rc="too_complex",
  notes="Money-framed request; card last-4 decoy; base64 body."),

M(n=67, slug="refund-without-cancel", frm=("Ravi Menon", "ravi@menonlabs.example"),
  acct=A(3137712, "menonlabs", "ravi@menonlabs.example", start="2025-02-02"), who="in",
  subj="Refund for annual charge", client="gmail",
  body="""Hi,

We were charged $490 for annual Pro but we had selected monthly while signing up. Please refund the difference and put us on monthly billing.

Regards,
Ravi""",
  i="o", k="refund_only", b="not", refund=True, decoys=["$490"],
  notes="Billing-period correction with refund; keeps the service."),

M(n=68, slug="new-address-forward-outlook", frm=("Diane Fowler", "dfowler@fowlerhr.example"),
  acct=A(3140155, "fowlerhr", "tom.fowler@fowlerhr.example", start="2024-09-29"),
  subj="FW: CRM Runner", client="outlook",
  fwd=dict(frm=("Tom Fowler", "tom.fowler@fowlerhr.example"), date="2026-08-12 16:15", subj="CRM Runner",
           to="Diane Fowler <dfowler@fowlerhr.example>",
           body="""Diane,

Please get CRM Runner cancelled before the renewal. We're not paying for two systems now that payroll includes the client portal.

Tom"""),
  body="""Hello,

See Tom's note below - he's the account holder. Can you please cancel and confirm to both of us?

Diane Fowler
Office Manager""",
  i="c", k="forward_request", b="clear",
  rk=["we're not paying for two systems", "payroll includes the client portal"], rc="switched_service",
  notes="Outlook inline forward of the owner's instruction by a colleague."),

M(n=69, slug="auto-reply-received-email", frm=("Brookside Vets", "reception@brooksidevets.example"),
  subj="Re: Your trial is ending", client="auto",
  body="""Yes, I have received your email. This is an automated response. Our reception team checks this inbox Monday to Friday, 8am to 6pm, and will get back to you as soon as possible.

For emergencies call 555-0199.""",
  i="a", k="auto_reply", b="not",
  notes="Auto-reply starting 'Yes, I have received your email', no Auto-Submitted header (rule 5)."),

M(n=70, slug="complaint-slow", frm=("Harold Ng", "harold@ngopticians.example"),
  acct=A(3151866, "ngopticians", "harold@ngopticians.example", start="2025-05-05"),
  subj="So slow", client="gmail",
  body="""The contact list takes 20 seconds to load since the last update. We have 3000 contacts, that's not a lot. This is really frustrating for my front desk. Please sort it out.

Harold Ng""",
  i="o", k="bug_report", b="not",
  notes="Performance complaint, no cancellation wish."),

M(n=71, slug="turkish-end-agreement", frm=("Emre Yıldız", "emre@yildiztekstil.example"),
  acct=A(3162944, "yildiztekstil", "emre@yildiztekstil.example", plan="yearly", start="2025-09-01"), who="tr",
  subj="About our agreement", client="outlook",
  body="""Dear CRM Runner,

Our yearly agreement is finishing in September and we will not extend it. The program is good but for us it is too much complicated, our sales people are not computer people.

Please confirm there will not be automatic renewal.

Best regards
Emre Yıldız""",
  i="c", k="request", b="clear", rk=["too much complicated", "our sales people are not computer people"], rc="too_complex",
  notes="Non-renewal of yearly agreement; complexity reason."),

M(n=72, slug="ask-status-bare", frm=("Nora Whitfield", "nora.whitfield@mailbox.example"),
  acct=3345009, subj="Re: unsubscribe", client="gmail", irt=44,
  body="""any update?""",
  i="o", k="follow_up", b="maybe",
  notes="Bare chaser 'any update?' after a cancellation request (rule 4)."),

M(n=73, slug="trial-not-continue", frm=("Megan Doyle", "megan@doylephysio.example"),
  acct=A(3173350, "doylephysio", "megan@doylephysio.example", status="trial", start="2026-04-02", trial="2026-04-16"),
  subj="Trial", date="2026-04-10 11:20",
  client="gmail",
  body="""Hi,

Thanks for the trial. I won't be continuing, please don't charge me when it ends. It just has far more than a two-person clinic needs.

Megan""",
  i="c", k="request", b="clear", rk=["far more than a two-person clinic needs"], rc="other",
  notes="Trial user asks not to be charged when the trial ends."),

M(n=74, slug="phone-runner-done", frm=("Chris", "chris.pappas@mailbox.example"),
  acct=A(3184470, "cpappas", "chris.pappas@mailbox.example", start="2025-11-20", tier="S"),
  subj="Runner", client="iphone",
  body="""Hey pls end Runner for me, found something cheaper""",
  i="c", k="request", b="clear", rk=["found something cheaper"], rc="too_expensive",
  notes="Phone one-liner; 'end Runner'."),

M(n=75, slug="cancel-invoice-wrong", frm=("Sofia Conti", "sofia.conti@contiarredi.example"),
  acct=A(3195512, "contiarredi", "sofia.conti@contiarredi.example", start="2025-03-08"), who="it",
  subj="Please cancel invoice", client="gmail",
  body="""Hello,

The invoice nr. 7730 has our old company name. Can you please cancel this invoice and make a new one with "Conti Arredi S.r.l."? We need it for the accountant.

Thank you
Sofia""",
  i="o", k="other", b="not", decoys=["7730"],
  notes="Cancel/reissue an invoice, not the subscription."),

M(n=76, slug="withdrawal-keep", frm=("Tomasz Wrobel", "tomasz.wrobel@brickline.example"),
  acct=3093317, subj="Re: Question about data", client="gmail", irt=10, who="pl",
  body="""Hello,

Thank you for answer. We decided to stay with you, so no need to worry about export. Have a nice day.

Tomasz""",
  i="o", k="other", b="not",
  notes="After a hypothetical question, says they stay; no earlier cancellation to withdraw."),

M(n=77, slug="dutch-direct", frm=("Pieter de Groot", "pieter@degrootfietsen.example"),
  acct=A(3206005, "degrootfiets", "pieter@degrootfietsen.example", start="2025-01-12", tier="S"), who="nl",
  subj="cancel", client="thunderbird",
  body="""Hello,

Please cancel CRM Runner for De Groot Fietsen per direct. We do not use it, it was an experiment. No need to call me.

Greetings,
Pieter de Groot""",
  i="c", k="request", b="clear", rk=["we do not use it", "it was an experiment"], rc="unused",
  notes="Dutch directness ('per direct'); product name as object."),

M(n=78, slug="data-delete-after-cancel", frm=("Carmen Ortiz", "carmen.ortiz@ortizlegal.example"),
  acct=A(3217330, "ortizlegal", "carmen.ortiz@ortizlegal.example", status="cancelled", start="2024-11-01"),
  subj="Delete our data", client="outlook",
  body="""Hello,

Our subscription ended last month. As a law office we need written confirmation that all client data stored in CRM Runner has been permanently deleted from your servers and backups. Please let me know the timeline.

Carmen Ortiz""",
  i="o", k="data_deletion", b="not",
  notes="Data deletion after subscription already ended."),

M(n=79, slug="pdf-attached-notice", frm=("Gordon Mbeki", "gordon.mbeki@mbekiholdings.example"),
  acct=A(3220678, "mbekiholdings", "gordon.mbeki@mbekiholdings.example", plan="yearly", tier="T", start="2025-07-01"), who="za",
  subj="Termination letter attached", client="outlook", attach="Termination_CRMRunner.pdf",
  body="""Good day,

Please find attached our letter of termination for the CRM Runner Team subscription, effective at the end of the current annual term. In summary: we will not be renewing, please stop all debits after 30 June.

Kind regards
Gordon Mbeki
Mbeki Holdings (Pty) Ltd
Reg. 2011/004512/07""",
  i="c", k="request", b="clear", decoys=["30 June", "2011/004512/07"],
  notes="Termination with a PDF attachment; the body summarises the request. Company registration number decoy."),

M(n=80, slug="webinar-cancel-notice-question", frm=("Jenna Fox", "jenna@foxboutique.example"),
  acct=A(3231149, "foxboutique", "jenna@foxboutique.example", start="2025-04-20", tier="S"),
  subj="email about cancelled webinar", client="iphone",
  body="""Got an email saying the webinar was cancelled - is it rescheduled? Wanted to learn the automations""",
  i="o", k="question", b="not",
  notes="Question about a webinar that was cancelled by the vendor."),

M(n=81, slug="ghanaian-stop", frm=("Kwame Asante", "kwame.asante@asanteagro.example"),
  acct=A(3242803, "asanteagro", "kwame.asante@asanteagro.example", start="2025-02-28"), who="gh",
  subj="Stop the subscription please", client="gmail",
  body="""Hello Sir/Madam,

Please I am kindly asking that you stop the CRM Runner subscription on my card. The exchange rate has made it too costly for us here, the cedi amount keeps going up every month.

Thank you and God bless.
Kwame Asante""",
  i="c", k="request", b="clear", rk=["the exchange rate has made it too costly"], rc="too_expensive",
  notes="Stop subscription on card; currency-cost reason."),

M(n=82, slug="list-community-forum", frm=("CRM Runner Community", "community@forum.crmrunner.example"),
  subj="[Runner Community] New reply in: How to stop auto-renew?", client="list",
  list=dict(unsub_url="https://forum.crmrunner.example/unsubscribe/3321"),
  body="""bkaplan replied to "How to stop auto-renew?":

You can turn it off under Billing > Renewal. Took me a while to find it too.

Visit the topic or reply to this email to respond.""",
  hdrs={"List-Id": "Runner Community <community.forum.crmrunner.example>", "Precedence": "list",
        "List-Unsubscribe": "<https://forum.crmrunner.example/unsubscribe/3321>"},
  i="o", k="list_mail", b="not",
  notes="Forum notification mail with cancel-like words."),

M(n=83, slug="downgrade-team-to-pro", frm=("Alan Fitch", "alan@fitchengineering.example"),
  acct=A(3253361, "fitcheng", "alan@fitchengineering.example", tier="T", start="2024-10-22"),
  subj="Team -> Pro", client="outlook",
  body="""Hi,

We're down to three users so the Team plan doesn't make sense any more. Please move us to Pro from the next cycle. We'll keep using Runner, just on the smaller plan.

Alan""",
  i="o", k="downgrade", b="not",
  notes="Downgrade Team->Pro; keeps using the product."),

M(n=84, slug="stop-renewal-email-given", frm=("Yvonne Harper", "yharper@gmail-like.example"),
  acct=A(3264425, "harperstudio", "studio@harperceramics.example", start="2025-05-30", tier="S"),
  subj="stop renewal", client="gmail",
  body="""Hi there,

Can you stop the renewal on the account registered to studio@harperceramics.example? I'm the owner (Yvonne Harper). We've stopped doing wholesale so there's no one to keep track of anymore.

Yvonne""",
  i="c", k="request", b="clear", em="studio@harperceramics.example",
  rk=["we've stopped doing wholesale"], rc="other",
  notes="Registered address in the body, written from another address."),

M(n=85, slug="question-export", frm=("Bruno Costa", "bruno@costacafe.example"),
  acct=A(3275517, "costacafe", "bruno@costacafe.example", start="2025-06-12", tier="S"), who="br",
  subj="export contacts", client="gmail",
  body="""Hi! How can I export all my contacts in Excel? I want to make a backup. Thanks a lot!!

Bruno""",
  i="o", k="question", b="not",
  notes="Export question, no cancellation context."),

M(n=86, slug="seat-remove-android", frm=("Tasha Green", "tasha@greenclean.example"),
  acct=A(3286620, "greenclean", "tasha@greenclean.example", tier="T", start="2025-01-01"),
  subj="Remove Kev", client="android",
  body="""Can u take Kevin off our account, his login is kevin.clean. He quit. Only want to pay for me and Dee now""",
  i="c", k="request_seat", b="clear", un="kevin.clean", seat_user=True, rk=["he quit"], rc="other",
  notes="Phone seat removal; colleague login kevin.clean."),

M(n=87, slug="sales-cold-pitch", frm=("Brandon Lee", "brandon@leadboostagency.example"),
  subj="Partnership idea for CRM Runner", client="gmail",
  body="""Hi team,

I run a lead generation agency and noticed many of your customers cancel in the first 90 days. We can help with onboarding sequences that cut churn by 30%. Open to a quick call next week?

Brandon Lee
LeadBoost Agency""",
  i="o", k="sales", b="not", decoys=["90", "30%"],
  notes="Vendor cold pitch mentioning churn/cancel."),

M(n=88, slug="cancel-then-question-data", frm=("Irene Molloy", "irene@molloytutoring.example"),
  acct=A(3297714, "molloytutor", "irene@molloytutoring.example", start="2025-08-01", tier="S"),
  subj="Cancel + data", client="gmail",
  body="""Hello,

Please cancel my subscription at the end of this month; I've gone back to keeping students in a Google Sheet. Before it closes, can you tell me how long my data stays available for export?

Irene Molloy""",
  i="c", k="request", b="clear", rk=["gone back to keeping students in a google sheet"], rc="switched_service",
  notes="Clear request plus a question about export."),

M(n=89, slug="ukrainian-not-renew", frm=("Oksana Kovalenko", "oksana@kovalenkotranslations.example"),
  acct=A(3308806, "kovalenkotr", "oksana@kovalenkotranslations.example", plan="yearly", start="2025-09-15", tier="S"), who="ua",
  subj="not renew please", client="gmail",
  body="""Hello,

Please, do not renew my subscription in September. I work now as employee in agency, so I don't have own clients anymore.

Thank you,
Oksana""",
  i="c", k="request", b="clear", rk=["i work now as employee in agency"], rc="other",
  notes="Do-not-renew; business changed (now employed)."),

M(n=90, slug="auto-reply-vacation-gmail", frm=("Luis Herrera", "luis.herrera@herreraroofing.example"),
  acct=A(3310042, "herreraroof", "luis.herrera@herreraroofing.example", start="2025-02-10"),
  subj="Out of office Re: Your invoice is ready", client="auto",
  hdrs={"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
  body="""Hi, I'm on vacation until June 3 with no internet. For roofing emergencies call the office at 555-0131.

Luis""",
  i="a", k="auto_reply", b="not",
  notes="Vacation auto-reply from a registered customer's address."),

M(n=91, slug="angry-threat-cancel-and-review", frm=("Donna Price", "donna@priceplumbingsupply.example"),
  acct=A(3321198, "priceplumbing", "donna@priceplumbingsupply.example", start="2024-12-12"),
  subj="unbelievable", client="gmail",
  body="""Your update wiped out the custom fields I spent a whole weekend setting up. Nobody has replied to my ticket in 4 days. I want this cancelled today and I'll be writing a review about how you treat small businesses.

Donna Price""",
  i="c", k="request", b="clear", decoys=["4 days"],
  rk=["your update wiped out the custom fields", "nobody has replied to my ticket"], rc="low_quality",
  notes="Angry request; reason is lost data and slow support ('this cancelled today')."),

M(n=92, slug="mexican-end-service", frm=("Alejandro Vega", "alejandro@vegamuebles.example"),
  acct=A(3332207, "vegamuebles", "alejandro@vegamuebles.example", start="2025-03-18"), who="mx",
  subj="Cancelation", client="android",
  body="""Hi good afternoon, I want to cancel the service of CRM Runner because we moved the sales to WhatsApp Business and is more easy for us. Thanks for all the support.

Alejandro Vega""",
  i="c", k="request", b="clear", rk=["we moved the sales to whatsapp business"], rc="switched_service",
  notes="Switched to another channel/tool."),

M(n=93, slug="pause-maternity", frm=("Claire Bishop", "claire@bishopbookkeeping.example"),
  acct=A(3343310, "bishopbooks", "claire@bishopbookkeeping.example", start="2025-01-05", tier="S"),
  subj="Maternity leave", client="apple",
  body="""Hi,

I'm going on maternity leave from March for about 6 months. Is there a way to freeze the account so I'm not paying while I'm off, and pick it back up afterwards? I really don't want to lose my setup.

Thanks,
Claire""",
  i="o", k="pause", b="not",
  notes="Pause/freeze request; keeps the account."),

M(n=94, slug="po-number-cancel-outlook", frm=("Rebecca Stahl", "rstahl@cascadeuniversity.example"),
  acct=A(3354419, "cascadeadmissions", "admissions@cascadeuniversity.example", tier="T", plan="yearly", start="2025-08-15"),
  subj="CRM Runner subscription - PO 4500118273", client="outlook",
  sigtable=["Rebecca Stahl", "Purchasing Office", "Cascade University", "Phone 555-0177"],
  body="""Hello,

The Office of Admissions has asked Purchasing to end the CRM Runner Team subscription when it expires on August 14. Please do not renew, and do not issue an invoice against PO 4500118273 for the new term. The account is registered to admissions@cascadeuniversity.example.

Thank you,""",
  i="c", k="request", b="clear", em="admissions@cascadeuniversity.example",
  decoys=["4500118273", "555-0177", "August 14"],
  notes="Purchasing office acting for the account; PO number is a decoy; registered address in body."),

M(n=95, slug="chase-seat", frm=("Tasha Green", "tasha@greenclean.example"),
  acct=3286620, subj="Re: Remove Kev", client="android", irt=86,
  body="""Hi still seeing Kevin on the bill. Pls remove him""",
  i="c", k="follow_up", b="clear", un=None,
  notes="Chaser restating the seat removal wish ('Pls remove him'); colleague login not repeated."),

M(n=96, slug="hypothetical-yearly-refund", frm=("Victor Hale", "victor@haleandco.example"),
  acct=A(3365528, "haleandco", "victor@haleandco.example", plan="yearly", start="2025-11-11"),
  subj="yearly plan question", client="gmail",
  body="""Hi, if we paid for the year and then cancelled after 3 months, would we get a pro-rated refund? Just asking before our board meeting.

Victor Hale""",
  i="o", k="hypothetical", b="maybe",
  notes="Hypothetical refund question about cancelling."),

M(n=97, slug="brazilian-nao", frm=("Fernanda Lima", "fernanda@limaestetica.example"),
  acct=A(3376631, "limaestetica", "fernanda@limaestetica.example", start="2025-04-22", tier="S"), who="br",
  subj="cancel my plan", client="iphone",
  body="""Hi!! Please can you cancel my plan? I am going back to Brazil and closing the clinic here 😢 thank you for everything""",
  i="c", k="request", b="clear", rk=["closing the clinic here"], rc="business_closed",
  notes="Phone request with emoji; clinic closing."),

M(n=98, slug="cancel-but-keep-data-question", frm=("Graham Holt", "graham@holtsurveying.example"),
  acct=A(3387740, "holtsurvey", "graham@holtsurveying.example", start="2025-01-27"),
  subj="Not renewing", client="plain-qp",
  body="""Hello,

We won't be renewing Runner this time around - the guys have gone back to the whiteboard and paper job sheets and honestly they're happier. Could you switch off the auto payment?

Regards
Graham Holt
Holt Surveying""",
  i="c", k="request", b="clear", rk=["gone back to the whiteboard and paper job sheets"], rc="switched_service",
  notes="'won't be renewing Runner', 'switch off the auto payment'."),

M(n=99, slug="sales-inquiry-prospect", frm=("Olu Bankole", "olu@bankoleprops.example"),
  subj="Pricing for 12 users", client="gmail", who="ng",
  body="""Good day,

We are a property firm with 12 staff. Kindly send me a quote for the Team plan for 12 users on annual payment, and whether there is discount for NGOs.

Regards
Olu Bankole""",
  i="o", k="sales", b="not", decoys=["12"],
  notes="Prospect sales inquiry."),

M(n=100, slug="thanks-after-cancel-ng", frm=("Chukwuemeka Obi", "emeka.obi@obitradinghub.example"),
  acct=3163480, subj="Re: STOP MY SUBSCRIPTION", client="android", irt=18, who="ng",
  body="""Thank you very much for the quick response and the refund. God bless your team.

Emeka""",
  i="o", k="thanks", b="not",
  notes="Thanks after confirmation and refund."),
]
