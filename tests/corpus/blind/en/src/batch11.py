# Batch 11: messages 501-550, written by hand.
from common import A, M

SUP = ("CRM Runner Support", "support@crmrunner.example")

MESSAGES = [

M(n=501, slug="no-ice-then-cancel-spring", client="apple", irt=456,
  frm=("Rupert Hale", "rupert@halesurveying.example"), subj="Re: Put the account on ice?",
  body="""Thanks for getting back to me. As there's no way to put it on ice, please cancel the subscription from the end of this month - work hasn't picked up and I can't carry the cost. We'll likely be back in the spring.

Rupert""",
  acct=1497330,
  i="c", k="request", b="clear", rk=["work hasn't picked up"], rc="unused",
  notes="After a refused pause (msg 456) he cancels."),

M(n=502, slug="invoices-to-accountant", client="iphone",
  frm=("Greg Lasko", "greg.lasko@icloud.example"), subj="Invoices",
  body="Can invoices be emailed to my accountant automatically as well as me? Her email is books@laskoaccounts.example",
  acct=1519927,
  i="o", k="question", b="not",
  notes="Billing contact question."),

M(n=503, slug="cancelling-then-before-renewal", client="outlook-ios", irt=312,
  frm=("Gavin Shore", "gavin@shoreelectrical.example"), subj="Re: Renewal on 03/14",
  body="""OK, cancelling then. Please make sure the 03/14 renewal doesn't go through.

Gavin""",
  acct=1549703, decoys=["03/14"],
  i="c", k="request", b="clear",
  notes="After his notice-period question (msg 312) he cancels; the date is a decoy."),

M(n=504, slug="toolstack-deals-list", client="list",
  frm=("ToolStack Deals", "deals@toolstack.example"), subj="This week's software deals: 50% off CRMs, help desks and more",
  list=dict(unsub_url="https://toolstack.example/u/1f77"),
  hdrs={"List-Id": "ToolStack Deals <deals.toolstack.example>", "Precedence": "bulk",
        "List-Unsubscribe": "<https://toolstack.example/u/1f77>, <mailto:leave@toolstack.example>"},
  body="""This week's deals

- 50% off the first year of PipeFix CRM (cancel any time)
- Lifetime deal on a help desk that "replaces your CRM inbox"
- 3 months free on an email marketing tool

Deals end Sunday at midnight.""",
  i="o", k="list_mail", b="not",
  notes="Deals newsletter to the support address."),

M(n=505, slug="auction-house-closing-close-account", client="outlook-html", irt=497,
  frm=("Lorna Fitzpatrick", "lorna@fitzpatrickauctions.example"), subj="RE: Reduce to one user",
  body="""Hello,

Please ignore my request to reduce to one user - we've had news this week that the auction house is closing in December. Could you close the account altogether at the end of the current billing period instead?

Thank you,
Lorna""",
  acct=1563914,
  i="c", k="request", b="clear", rk=["auction house is closing"], rc="business_closed",
  notes="Replaces her earlier downgrade (msg 497) with a closure request; 'ignore my request' refers to the downgrade."),

M(n=506, slug="upgrade-for-assistant", client="apple", irt=309,
  frm=("Connor Blake", "connor@blakephotography.example"), subj="Re: Pro vs Team",
  body="""Makes sense, thanks. Let's go to Team from the next billing date - the assistant starts in two weeks.

Connor""",
  acct=1604457,
  i="o", k="plan_change", b="not",
  notes="Upgrade."),

M(n=507, slug="ooo-reply-acct-subject", client="auto",
  frm=("Derek Olsen", "derek@olsenauto.example"), subj="Out of Office: Re: Cancel account 1522074",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""I'm out of the workshop until Thursday. For urgent repairs call the front desk.

Derek""",
  i="a", k="auto_reply", b="not",
  notes="Out-of-office echoing a subject with an account number."),

M(n=508, slug="brother-for-fiona-joinery-closing", client="thunderbird",
  frm=("Alasdair Grant", "alasdair.grant@posteo.example"), subj="Cancel - Grant Brothers Joinery",
  body="""Hello,

My sister Fiona asked me to write as she's in hospital this week. Please cancel the CRM Runner subscription registered to fiona@grantbrothersjoinery.example. We're closing the joinery at the end of the month after our father's retirement.

Alasdair Grant""",
  acct=1639284,
  em="fiona@grantbrothersjoinery.example",
  i="c", k="request", b="clear", rk=["closing the joinery"], rc="business_closed",
  notes="Brother writes for the registered owner; her address in the body."),

M(n=509, slug="reseller-consolidated-invoice-qp", client="plain-qp",
  frm=("Ruth Abernathy", "ruth@abernathyfinance.example"), subj="Consolidated invoice for our bundle",
  body="""Hi,

Could we get one consolidated monthly invoice for all the client accounts on our reseller bundle, rather than one per client? It would save our bookkeeper a lot of time.

Thanks,
Ruth""",
  acct=1699214,
  i="o", k="question", b="not",
  notes="Reseller billing question."),

M(n=510, slug="receipt-for-last-month", client="gmail",
  frm=("Wendy Carlisle", "wendy@carlislecakes.example"), subj="Receipt",
  body="""Hi, could you resend last month's receipt? I deleted the email by accident.""",
  acct=1724851,
  i="o", k="question", b="not",
  notes="Receipt request; 'deleted' refers to an email."),

M(n=511, slug="owner-confirms-admin-rights", client="gmail", irt=412,
  frm=("Martha Quill", "martha@quillsurveyors.example"), subj="Re: Admin rights",
  body="""Yes, please give Peter (pquill) admin rights. He's our new office manager.

Martha""",
  acct=1734592,
  i="o", k="question", b="not",
  notes="Owner confirms an admin-rights change; starts with 'Yes' but is not about a cancellation."),

M(n=512, slug="bounce-duplicate-reply", client="dsn",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Undelivered Mail Returned to Sender",
  dsn=dict(mta="postfix", rcpt="sales@oldmillantiques.example",
           orig=dict(subj="Re: Cancel again",
                     body="""Hello,

We already have your cancellation request from 3 June on file. Your subscription ends on 3 July 2026 and you will not be charged again.

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="Bounce of a duplicate-request reply."),

M(n=513, slug="planning-merged-hubspot", client="outlook",
  frm=("Ben Harlow", "ben.harlow@harlowtownplanning.example"), subj="Closing our CRM Runner account",
  body="""Hello,

Harlow Town Planning has merged into Calder Associates, who run everything through HubSpot. Please close our CRM Runner account at the end of the current month. Our office address (office@harlowtownplanning.example) will stay live until then if you need to confirm anything.

Regards,
Ben Harlow
Director""",
  acct=1760293, em="office@harlowtownplanning.example",
  i="c", k="request", b="clear", rk=["hubspot"], rc="switched_service",
  notes="Director writes from his own address; the registered office@ address is in the body."),

M(n=514, slug="team-trial-ended-keep-pro", client="gmail",
  frm=("Tina Vukovic", "tina@vukovicmedia.example"), subj="Team trial",
  body="""Hi, the 14-day Team trial you gave me after my accidental upgrade ended. Just confirming I stay on Pro and don't get billed for Team?""",
  acct=1846265,
  i="o", k="question", b="not",
  notes="Billing question about a trial of a higher tier."),

M(n=515, slug="indian-discontinue-cost-cutting", client="outlook", who="in",
  frm=("Karthik Subramanian", "karthik.s@chennaitextiles.example"), subj="Discontinuation of CRM Runner subscription",
  body="""Dear Team,

This is to inform you that our management has decided to discontinue the CRM Runner subscription w.e.f. next month due to cost cutting measures. Kindly cancel the subscription and confirm.

Thanks & Regards,
Karthik""",
  acct=2190337,
  i="c", k="request", b="clear", rk=["cost cutting"], rc="too_expensive",
  notes="Indian English; management decision."),

M(n=516, slug="still-need-admin-access", client="outlook-mobile", irt=341,
  frm=("Jon Kestrel", "jon@kestrelsurveying.example"), subj="Re: Account owner?",
  body="""Thanks - I've asked the old office manager to forward your verification email from the office@ mailbox. How long do we have before the account gets locked?

Jon""",
  acct=1856321,
  i="o", k="question", b="not",
  notes="Follow-up about account access; sender not the registered office@ address."),

M(n=517, slug="how-remove-temp-seat-myself", client="gmail",
  frm=("Russell Grey", "russell@greyrecruitment.example"), subj="Temp seats",
  body="""Hi, we hire temps for a few weeks at a time. Can I add and remove their seats myself without emailing you each time?""",
  acct=1902546,
  i="o", k="how_to", b="not",
  notes="How-to about seats; nobody to remove now."),

M(n=518, slug="turkish-continue-eur", client="gmail", who="tr", irt=277,
  frm=("Elif Demir", "elif.demir@demirtekstil.example"), subj="Re: Payment currency",
  body="""Hello,

Thank you for the answer. If TRY is not possible, can we pay in EUR? We will continue the subscription in any case.

Elif""",
  acct=2840316,
  i="o", k="question", b="not",
  notes="Turkish writer; currency question; continues."),

M(n=519, slug="winter-question-price", client="iphone",
  frm=("Gina Russo", "gina@russoevents.example"), subj="Winter",
  body="Winter is always dead for events. Is there any cheaper plan just for Dec-Feb?",
  acct=1928605,
  i="o", k="question", b="not",
  notes="Asks for a cheaper seasonal option."),

M(n=520, slug="not-erased-yet", client="outlook", irt=311,
  frm=("Helena Marsh", "helena.marsh@protonmail.example"), subj="RE: Subject access request",
  body="""Dear Sir/Madam,

It has now been five weeks since my erasure request and I have not had confirmation that my data has been erased. Please confirm by return, otherwise I will contact the supervisory authority.

Helena Marsh""",
  acct=1933502,
  i="o", k="data_deletion", b="not",
  notes="Chases a GDPR erasure request."),

M(n=521, slug="nigerian-after-stress-cancel", client="gmail", who="ng", irt=347,
  frm=("Adaeze Nwosu", "adaeze.nwosu@gmail.example"), subj="Re: Double debit",
  body="""Good evening,

I have finally received the reversal, thank you. But after all the stress with the double debit, please just cancel my subscription at the end of this month.

Adaeze""",
  acct=1957206,
  i="c", k="request", b="clear", rk=["stress with the double debit"], rc="customer_service",
  notes="Nigerian writer; cancels after a billing problem."),

M(n=522, slug="thanks-reminder-bug-fixed", client="gmail", irt=488,
  frm=("Pablo Ortega", "pablo@ortegalandscapes.example"), subj="Re: Bug: reminders after cancelling",
  body="""Confirmed fixed on our side, no reminders went out for the cancelled calls this week. Thanks!""",
  acct=1978142,
  i="o", k="thanks", b="not",
  notes="Thanks; 'cancelled calls' refers to calendar events."),

M(n=523, slug="owner-cancels-after-all", client="plain", irt=439,
  frm=("Margaret Yoon", "margaret@yoonpharmacy.example"), subj="Re: Please disregard yesterday's cancellation email",
  body="""Hello again,

I've since looked at the numbers myself and my pharmacist was right. Please cancel our CRM Runner account at the end of this month after all - we hardly use it.

Margaret Yoon""",
  acct=2026493,
  i="c", k="request", b="clear", rk=["hardly use it"], rc="unused",
  notes="Owner who withdrew an employee's request (msg 439) now cancels herself."),

M(n=524, slug="japanese-prospect-sso", client="gmail", who="jp",
  frm=("Hiroshi Sato", "h.sato@satoelectronics.example"), subj="Inquiry about SSO",
  body="""Dear Sir or Madam,

We are considering CRM Runner for our sales department (about 20 persons). Could you tell us if single sign-on with our identity provider is supported on the Team plan?

Best regards,
Hiroshi Sato""",
  i="o", k="sales", b="not",
  notes="Japanese writer; pre-sales."),

M(n=525, slug="cancel-at-renewal-acct-hash", client="plain", irt=447,
  frm=("Office", "office@greenleafcleaning.example"), subj="Re: Account #2041655",
  body="""Hello,

Thanks for the details. Please cancel account #2041655 at the renewal - our bookkeeper says we can't justify it for a cleaning company of our size.

Thanks""",
  acct=2041655, an=2041655,
  i="c", k="request", b="clear", rk=["can't justify it"], rc="too_expensive",
  notes="Request with '#NNNNNNN' after a plan question."),

M(n=526, slug="share-login-question", client="gmail", irt=318,
  frm=("Hector Villalobos", "hector@villaloboslaw.example"), subj="Sharing a login",
  body="""Can a second lawyer in my office share my login, or do we need a second seat?""",
  acct=2098716,
  i="o", k="question", b="not",
  notes="Licensing question."),

M(n=527, slug="out-sick-no-headers", client="plain",
  frm=("Patrick Nolan", "patrick.nolan@nolanjoinery.example"), subj="Re: Your CRM Runner subscription",
  body="""I'm off sick this week and not checking emails. Please contact the office on 555-0176 if urgent.

Patrick""",
  i="a", k="auto_reply", b="not",
  notes="Sick-leave auto-reply without headers; phone number in text."),

M(n=528, slug="domain-gone-wound-down", client="gmail", irt=366,
  frm=("Philip Osborne", "philip.osborne@gmail.example"), subj="Re: change email",
  body="""Hi,

The old domain is gone now, so I'm writing from my Gmail. Change of plan: the tiling business is being wound down, so rather than changing the email please just cancel the account that's registered to philip@osbornetiling.example.

Philip""",
  acct=2127965, em="philip@osbornetiling.example",
  i="c", k="request", b="clear", rk=["wound down"], rc="business_closed",
  notes="Writes from a new address (the registered domain is gone); registered address given in the body."),

M(n=529, slug="pause-again-this-winter", client="iphone", irt=379,
  frm=("Brett Sommers", "brett@sommersmarina.example"), subj="Re: Pause Jan/Feb?",
  body="Same question as last year - any pause option for Jan and Feb yet?",
  acct=2137488,
  i="o", k="pause", b="not",
  notes="Pause question."),

M(n=530, slug="legal-ops-forwards-partner-attached", client="outlook", date="2026-08-25 09:20",
  frm=("Legal Ops", "legalops@veritasadvisory.example"), subj="FW: CRM Runner renewal",
  body="""Hello,

Please see the attached instruction from our managing partner regarding the CRM Runner renewal.

Regards,
Legal Ops, Veritas Advisory""",
  fwd=dict(mode="rfc822", client="outlook", frm=("Eleanor Vance", "e.vance@veritasadvisory.example"),
           to="Legal Ops <legalops@veritasadvisory.example>", date="2026-08-24 18:05", subj="CRM Runner renewal",
           filename="CRM Runner renewal.eml",
           body="""Team,

We will not renew CRM Runner in September. We are standardising on the firm-wide practice management system. Please notify them.

Eleanor"""),
  acct=2547305,
  i="c", k="forward_request", b="clear", rk=["practice management system"], rc="switched_service",
  notes="Registered address forwards the managing partner's instruction as an attachment."),

M(n=531, slug="bangladeshi-will-continue", client="gmail", who="bd", irt=372,
  frm=("Tanvir Ahmed", "tanvir.ahmed@dhakatraders.example"), subj="Re: data after cancel",
  body="""Thank you for the information. Then we will continue for now.

Tanvir""",
  acct=2305817,
  i="o", k="other", b="not",
  notes="Bangladeshi writer; decides to continue."),

M(n=532, slug="wind-down-marine-acct-number", client="gmail", irt=457,
  frm=("Hugh Barrington", "hugh.barrington@gmail.example"), subj="Re: Change account email - account 2316482",
  body="""Hello again,

I've decided to wind down the marine business after all, so please cancel account 2316482 instead of changing the email.

Hugh""",
  acct=2316482, an=2316482,
  i="c", k="request", b="clear", rk=["wind down"], rc="business_closed",
  notes="Request with account number from a non-registered address."),

M(n=533, slug="thanks-monthly-switch", client="outlook", irt=500,
  frm=("Fiona Hale", "fiona.hale@halebeauty.example"), subj="RE: Auto-renewal",
  body="""Perfect, thank you - monthly after November is exactly what we wanted.

Fiona""",
  acct=2341690,
  i="o", k="thanks", b="not",
  notes="Thanks after a plan change."),

M(n=534, slug="funding-didnt-come-through", client="gmail", irt=429,
  frm=("Anita Reddy", "anita@brightminds-tutoring.example"), subj="Re: Possible cancellation",
  body="""The funding didn't come through, unfortunately. Please cancel before the next charge.

Anita""",
  acct=2395504,
  i="c", k="request", b="clear", rk=["funding didn't come through"], rc="too_expensive",
  notes="Her conditional (msg 429) becomes a request."),

M(n=535, slug="thanks-got-it-case", client="gmail", irt=250,
  frm=("Felix Armstrong", "felix@armstrongpt.example"), subj="Re: CR-30217",
  body="Got the confirmation now, thanks.",
  acct=2436851,
  decoys=["CR-30217"],
  i="o", k="thanks", b="not",
  notes="Thanks after a confirmation."),

M(n=536, slug="mexican-starter-still-too-much", client="apple", who="mx", irt=468,
  frm=("Diego Hernández", "diego@hernandezmudanzas.example"), subj="Re: Change to Starter",
  body="""Hello,

Starter is still too much for us this season. Better we stop the account, or is there something cheaper?

Diego""",
  acct=2478592,
  i="c", k="request", b="maybe", amb=True, rk=["still too much"], rc="too_expensive",
  notes="Mexican writer; leans to stopping but asks for a cheaper option; ambiguous, labelled cancellation."),

M(n=537, slug="chat-app-unread-notification", client="list",
  frm=("Chatter", "notifications@chatter.example"), subj="You have 12 unread messages in #support-escalations",
  list=dict(unsub_url="https://chatter.example/settings/notifications"),
  hdrs={"Precedence": "bulk", "Auto-Submitted": "auto-generated",
        "List-Unsubscribe": "<https://chatter.example/settings/notifications>"},
  to="support@crmrunner.example",
  body="""#support-escalations

Dana: customer on the Team plan wants to cancel 3 seats, can someone check the invoice?
Raj: the cancel button 500 is back for EU accounts
+10 more messages

Open Chatter to reply.""",
  i="o", k="list_mail", b="not",
  notes="Team chat notification digest quoting colleagues talking about cancellations."),

M(n=538, slug="frontdesk-practice-closing", client="thunderbird", irt=487,
  frm=("Clinic Admin", "admin@riversidephysio.example"), subj="Re: Password for frontdesk",
  body="""Hello,

Thanks for the reset. Sadly we've just been told the practice is closing at the end of next month, so please close the account with username frontdesk at that point.

Clinic Admin""",
  acct=2567349, un="frontdesk",
  i="c", k="request", b="clear", rk=["practice is closing"], rc="business_closed",
  notes="Ordinary-word username; sender not the registered reception@ address."),

M(n=539, slug="portuguese-add-colleague", client="plain-8bit", who="pt", irt=389,
  frm=("Inês Carvalho", "ines.carvalho@carvalhoviagens.example"), subj="Re: Dúvida / question",
  body="""Hello,

How can I add my colleague João to the account? He starts next Monday.

Inês""",
  acct=2603548,
  i="o", k="how_to", b="not",
  notes="Portuguese writer; how to add a user."),

M(n=540, slug="deal-bug-still-there", client="gmail", irt=168,
  frm=("Gordon Ashby", "gordon@ashbyelectric.example"), subj="Re: Bug: cancelling a deal",
  body="""Two months on and the disappearing-deals bug when cancelling a deal is still there. Any ETA?""",
  acct=2670453,
  i="o", k="bug_report", b="not",
  notes="Chases a bug about cancelling deals."),

M(n=541, slug="korean-thanks-bank-transfer", client="gmail", who="kr", irt=393,
  frm=("Park Ji-hoon", "jihoon.park@hanbitcosmetics.example"), subj="Re: yearly billing",
  body="""Thank you, the bank transfer is done. Please check.

Park""",
  acct=2708245,
  i="o", k="thanks", b="not",
  notes="Korean writer; payment done."),

M(n=542, slug="polish-reset-user-kowalczyk", client="gmail", who="pl",
  frm=("Piotr Kowalczyk", "piotr.kowalczyk@gmail.example"), subj="Password reset user kowalczyk_auto",
  body="""Hello,

Please reset password for user kowalczyk_auto. The email on account is old and I not have access. Postal code 00-950, phone 555-0158 if you need verify.

Piotr""",
  acct=A(2620417, "kowalczyk_auto", "biuro@kowalczykauto.example", "monthly", start="2025-03-05", cur="EUR"),
  un="kowalczyk_auto", decoys=["00-950", "555-0158"],
  i="o", k="question", b="not",
  notes="Polish writer; password reset; postal code and phone number decoys."),

M(n=543, slug="keep-monthly-for-now", client="apple", irt=300,
  frm=("Harriet Vance", "harriet@vancebotanicals.example"), subj="Re: Renewal next month",
  body="""Thanks for switching us. We'll stay monthly for now and reassess in spring as planned.

Harriet""",
  acct=2749581,
  i="o", k="other", b="not",
  notes="Keeps the plan."),

M(n=544, slug="ndr-hop-count-loop", client="dsn",
  frm=("Microsoft Outlook", "postmaster@crestviewhomes.example"),
  subj="Undeliverable: Re: Re: Re: cancel",
  dsn=dict(mta="exchange", rcpt="info@crestviewhomes.example", status="5.4.14",
           diag="554 5.4.14 Hop count exceeded - possible mail loop ATTR34",
           why="Your message couldn't be delivered because of a mail loop at the recipient's organization.",
           reporting="CO1NAM11HT045.mail.protection.outlook.example",
           orig=dict(subj="Re: Re: Re: cancel",
                     body="""Hello,

We haven't received an answer to our confirmation request yet. Would you still like us to cancel?

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="NDR for a mail loop."),

M(n=545, slug="ap-will-not-process-renewal", client="outlook", irt=204,
  frm=("Accounts Payable", "ap@sterlingdistributors.example"), subj="RE: W-9 request",
  body="""Hello,

Thank you for the W-9. Please note we will not be processing the renewal invoice this year.

Accounts Payable
Sterling Distributors""",
  acct=2831540,
  i="c", k="request", b="maybe", amb=True,
  notes="Accounts payable says they won't pay the renewal: likely non-renewal, possibly an AP hold; ambiguous, labelled cancellation."),

M(n=546, slug="czech-thanks", client="plain-8bit", who="cz", irt=418,
  frm=("Tomáš Dvořák", "tomas.dvorak@dvorakstavby.example"), subj="Re: Invoices after cancelling?",
  body="""Thank you, that is clear. Děkuji.

Tomáš""",
  acct=2842265,
  i="o", k="thanks", b="not",
  notes="Czech writer; thanks; subject mentions cancelling."),

M(n=547, slug="ooo-meetings-cancelled", client="auto",
  frm=("Valerie Stone", "valerie.stone@stonegroupre.example"), subj="Out of office",
  hdrs={"Auto-Submitted": "auto-replied"},
  body="""Thank you for your message. I'm unexpectedly out of the office this week and all my meetings are cancelled. I'll reply when I'm back on Monday.

Valerie""",
  i="a", k="auto_reply", b="not",
  notes="Out-of-office saying 'all my meetings are cancelled'."),

M(n=548, slug="indian-cancel-annual-refund-balance", client="gmail", who="in", irt=481,
  frm=("Harish Agarwal", "harish@agarwalsteels.example"), subj="Re: Conversion to annual plan",
  body="""Dear Team,

Due to sudden change in management decision, we have to discontinue CRM Runner. Kindly cancel the annual plan and refund the balance amount for the unused months.

Regards,
Harish Agarwal""",
  acct=2863579, refund=True,
  i="c", k="request", b="clear", rk=["change in management decision"], rc="other",
  notes="Indian English; cancel annual plan with refund request."),

M(n=549, slug="indian-revised-invoice", client="gmail", who="in", irt=158,
  frm=("Pooja Sharma", "pooja.sharma@sharmahealthcare.example"), subj="Re: Plan downgrade request",
  body="""Hello Team,

Thanks for the downgrade. Kindly share the revised invoice with our GSTIN mentioned.

Regards,
Pooja""",
  acct=2951126,
  i="o", k="question", b="not",
  notes="Indian English; invoice request after a downgrade."),

M(n=550, slug="polish-thanks-continue-spring", client="outlook", who="pl", irt=217,
  frm=("Tomasz Nowak", "tomasz.nowak@nowakserwis.example"), subj="RE: Freeze account",
  body="""Hello,

OK, if freeze is not possible we will keep paying, it is not so much. Thank you for the quick answer.

Tomasz""",
  acct=2988127,
  i="o", k="other", b="not",
  notes="Polish writer; keeps paying after a refused freeze."),
]
