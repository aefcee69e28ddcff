# Batch 5: messages 201-250, written by hand.
from common import A, M

SUP = ("CRM Runner Support", "support@crmrunner.example")

# the other account named in message 239 (username olsenparts)
A(1522791, "olsenparts", "parts@olsenauto.example", "monthly", start="2025-02-03", tier="S")

MESSAGES = [

M(n=201, slug="no-outlook-addin-plain", client="plain",
  frm=("Richard Vance", "rvance@vanceinsurance.example"), subj="cancellation",
  body="""Hello,

Please cancel our subscription at the end of this month. We held on for a year waiting for a proper Outlook add-in and it still isn't there. Everyone here lives in Outlook, so logging deals in a separate tab never caught on.

Richard Vance
Vance Insurance Group""",
  acct=A(1873306, "vanceinsurance", "rvance@vanceinsurance.example", "monthly", start="2024-08-19", tier="T"),
  i="c", k="request", b="clear", rk=["outlook add-in"], rc="missing_features",
  notes="Plain 7bit; missing feature (Outlook add-in)."),

M(n=202, slug="downgrade-at-renewal-qp", client="plain-qp",
  frm=("Josephine Hart", "jo@hartandhomeinteriors.example"), subj="Change plan at renewal",
  body="""Hi there,

When our yearly Pro plan renews in March, could we drop down to Starter instead? We don't use the automations or the extra pipelines anymore, and the saving would really help.

Thanks so much,
Jo Hart""",
  acct=A(1709452, "hartandhome", "jo@hartandhomeinteriors.example", "yearly", start="2025-03-10"),
  i="o", k="downgrade", b="not",
  notes="Downgrade at renewal; quoted-printable plain text."),

M(n=203, slug="remove-card-pipedrive-iphone", client="iphone",
  frm=("Nick Papadakis", "nick@papadakisremodel.example"), subj="Cancel",
  body="""Please cancel and remove my card. Moving the crew to Pipedrive next week.

Nick""",
  acct=A(2466083, "papadakisremodel", "nick@papadakisremodel.example", "monthly", start="2025-05-25"),
  i="c", k="request", b="clear", rk=["pipedrive"], rc="switched_service",
  notes="Short iPhone request."),

M(n=204, slug="w9-tax-form-outlook-html", client="outlook-html",
  frm=("Accounts Payable", "ap@sterlingdistributors.example"), subj="W-9 request",
  body="""Hello,

Our vendor onboarding requires a current W-9 from CRM Runner before we can process the renewal invoice. Could you please send one to this address?

Thank you,
Accounts Payable
Sterling Distributors""",
  acct=A(2831540, "sterlingdist", "ap@sterlingdistributors.example", "yearly", start="2025-02-12", tier="T"),
  i="o", k="question", b="not",
  notes="Tax form request for a renewal; Outlook HTML only."),

M(n=205, slug="vietnamese-too-difficult-base64", client="base64", who="vn",
  frm=("Nguyen Van Hoang", "hoang.nguyen@hoangphatfurniture.example"), subj="Cancel",
  body="""Dear CRM Runner team,

I want to cancel the subscription. The software is too difficult for my staff, they not understand the pipeline and the automation. We try 3 months but cannot.

Please cancel and confirm.
Thank you
Hoang""",
  acct=A(2553706, "hoangphat", "hoang.nguyen@hoangphatfurniture.example", "monthly", start="2025-06-30"),
  i="c", k="request", b="clear", rk=["too difficult for my staff"], rc="too_complex",
  notes="Vietnamese writer; base64 body."),

M(n=206, slug="renewal-reminder-after-cancel", client="apple",
  frm=("Ellen Byrne", "ellen@byrnepottery.example"), subj="Renewal reminder?",
  body="""Hello,

I cancelled my subscription two weeks ago and got the confirmation, but today I received a "your plan renews in 7 days" email. Is that a mistake? I don't want to be charged.

Ellen""",
  acct=A(1133709, "byrnepottery", "ellen@byrnepottery.example", "monthly", status="cancelled", start="2025-01-11", tier="S"),
  i="o", k="already_cancelled", b="not",
  notes="Already cancelled; asks about a renewal reminder."),

M(n=207, slug="bookkeeper-forwards-client", client="gmail", date="2026-05-19 13:48",
  frm=("Lydia Brennan", "lydia@brennanbookkeeping.example"), subj="Fwd: Please cancel",
  body="""Hi,

Forwarding on behalf of my client below. I manage their software subscriptions. Please cancel and send the confirmation to them and to me.

Lydia Brennan
Brennan Bookkeeping""",
  fwd=dict(mode="inline", frm=("Sam Torres", "sam@torresmechanical.example"), to="Lydia Brennan <lydia@brennanbookkeeping.example>",
           date="2026-05-18 21:07", subj="Please cancel",
           body="""Lydia - can you cancel the CRM Runner thing for us? Username torresmech. We just use the job board in the accounting app now.

Sam"""),
  acct=A(1392051, "torresmech", "sam@torresmechanical.example", "monthly", start="2024-11-26"),
  un="torresmech",
  i="c", k="forward_request", b="clear", rk=["job board in the accounting app"], rc="switched_service",
  notes="Bookkeeper forwards a client's request inline; the username is inside the forwarded text."),

M(n=208, slug="custom-fields-question-thunderbird", client="thunderbird",
  frm=("Ivan Petrovic", "ivan@petrovicsolar.example"), subj="Custom fields on deals",
  body="""Hi,

Can we add custom fields to deals on the Pro plan (e.g. panel count, roof type)? I only see them on contacts.

Thanks
Ivan""",
  acct=A(2649317, "petrovicsolar", "ivan@petrovicsolar.example", "monthly", start="2025-08-07"),
  i="o", k="question", b="not",
  notes="Feature question."),

M(n=209, slug="emailed-two-weeks-ago-cancel-now", client="yahoo",
  frm=("Sharon Pettigrew", "sharon.pettigrew@yahoo.example"), subj="CANCEL - second time asking",
  body="""I emailed two weeks ago to cancel and you charged me again yesterday. Cancel my account NOW and refund yesterday's $19.

Sharon Pettigrew""",
  acct=A(1247713, "spettigrew", "sharon.pettigrew@yahoo.example", "monthly", start="2025-02-24", tier="S"),
  decoys=["$19"],
  i="c", k="follow_up", b="clear", refund=True,
  notes="Unthreaded follow-up restating the request plus a refund."),

M(n=210, slug="call-me-about-bill", client="android", html=False,
  frm=("Ray Simmons", "ray.simmons@gmail.example"), subj="bill",
  body="""pls call me about my bill 555-0193 after 5pm""", sig="Sent from my Galaxy",
  acct=A(1319270, "raysimmons", "ray.simmons@gmail.example", "monthly", start="2025-09-09", tier="S"),
  decoys=["555-0193"],
  i="o", k="question", b="not",
  notes="Asks for a call about his bill; phone number decoy; Android plain text."),

M(n=211, slug="romanian-stop-collaboration", client="outlook", who="ro",
  frm=("Andrei Popescu", "andrei.popescu@popescuconstruct.example"), subj="Stop collaboration",
  body="""Hello,

We inform you that we want to stop the collaboration with CRM Runner starting with next month. Please do not renew the subscription and send us the last invoice.

Thank you for the collaboration.
Andrei Popescu""",
  acct=A(2118064, "popescuconstruct", "andrei.popescu@popescuconstruct.example", "monthly", start="2024-12-27", cur="EUR"),
  i="c", k="request", b="clear",
  notes="Romanian writer; 'stop the collaboration', 'do not renew'."),

M(n=212, slug="on-leave-not-forwarded", client="auto",
  frm=("Beatrice Olsen", "beatrice.olsen@olsenclinic.example"), subj="Out of Office: Your CRM Runner request",
  hdrs={"Auto-Submitted": "auto-replied"},
  body="""I am on leave until 6 July. Your email will not be forwarded. Please resend it after my return or contact the clinic reception.

Beatrice Olsen""",
  i="a", k="auto_reply", b="not",
  notes="Out-of-office with Auto-Submitted."),

M(n=213, slug="purchase-order-renewal-pdf", client="outlook", attach="PO_4500123987.pdf",
  frm=("Purchasing", "purchasing@granitemfg.example"), subj="PO 4500123987 - CRM Runner annual renewal",
  body="""Hello,

Please find attached our purchase order 4500123987 for the annual renewal of CRM Runner Team (10 seats). Please reference the PO number on your invoice.

Regards,
Purchasing Department
Granite Manufacturing""",
  acct=A(1589046, "granitemfg", "purchasing@granitemfg.example", "yearly", start="2025-10-01", tier="T"),
  decoys=["4500123987"],
  i="o", k="other", b="not",
  notes="Purchase order for a renewal (the opposite of cancelling); PDF attachment."),

M(n=214, slug="signed-termination-form-pdf", client="gmail", attach="CRM_Runner_termination_signed.pdf",
  frm=("Angela Russo", "angela@russofamilyfarms.example"), subj="Termination form",
  body="""Hello,

Attached is the signed termination form for our CRM Runner subscription. Please cancel at the end of the current term and confirm by email.

Angela Russo
Russo Family Farms""",
  acct=A(2205741, "russofarms", "angela@russofamilyfarms.example", "yearly", start="2025-06-20"),
  i="c", k="request", b="clear",
  notes="Cancellation with a signed form attached (PDF)."),

M(n=215, slug="old-trial-delete-data", client="gmail",
  frm=("Kurt Jensen", "kurt.jensen@gmail.example"), subj="delete my data",
  body="""Hi, I tried CRM Runner for a week last year and never paid. Please delete everything you have on me and stop the emails. Thanks.""",
  acct=A(1956284, "kjensen", "kurt.jensen@gmail.example", "monthly", status="cancelled", start="2025-04-02", tier="S"),
  i="o", k="data_deletion", b="not",
  notes="Old trial user asks for data deletion and no emails; no subscription to cancel."),

M(n=216, slug="buggy-crashes-ios", client="iphone",
  frm=("Samantha Ruiz", "sam.ruiz@icloud.example"), subj="End subscription",
  body="""End my subscription please. The app crashes every time I open a contact on iOS and it's been like that for a month.""",
  acct=A(1687525, "samruiz", "sam.ruiz@icloud.example", "monthly", start="2025-07-16", tier="S"),
  i="c", k="request", b="clear", rk=["app crashes"], rc="low_quality",
  notes="'End my subscription' because the app is buggy."),

M(n=217, slug="polish-freeze-three-months", client="outlook", who="pl",
  frm=("Tomasz Nowak", "tomasz.nowak@nowakserwis.example"), subj="Freeze account",
  body="""Hello,

We want to freeze our account for 3 months (December - February) because in winter we have very few clients. Is it possible without losing data? After this we continue normally.

Regards,
Tomasz Nowak""",
  acct=A(2988127, "nowakserwis", "tomasz.nowak@nowakserwis.example", "monthly", start="2025-04-23", cur="EUR"),
  i="o", k="pause", b="not",
  notes="Polish writer; freeze (pause) request."),

M(n=218, slug="bounced-between-agents", client="apple",
  frm=("Gwen Holloway", "gwen@hollowayweddings.example"), subj="I give up",
  body="""Hello,

Over the last month I've been bounced between three different support agents about our missing email history. Each one asked me to explain it from the beginning, and nobody ever fixed it.

I give up. Please cancel our subscription. I'd rather pay for something where someone actually reads my emails.

Gwen Holloway""",
  acct=A(1870293, "hollowayweddings", "gwen@hollowayweddings.example", "monthly", start="2024-10-13"),
  i="c", k="request", b="clear", rk=["bounced between three different support agents"], rc="customer_service",
  notes="Reason: bad support experience."),

M(n=219, slug="portuguese-what-if-cancel-8bit", client="plain-8bit", who="pt",
  frm=("Inês Carvalho", "ines.carvalho@carvalhoviagens.example"), subj="Dúvida / question",
  body="""Hello,

If we cancel the subscription in the middle of the month, we pay the full month or only the days we used? We are not decided yet, only want to know.

Obrigada,
Inês Carvalho""",
  acct=A(2603548, "carvalhoviagens", "ines.carvalho@carvalhoviagens.example", "monthly", start="2025-03-01", cur="EUR"),
  i="o", k="hypothetical", b="not",
  notes="Portuguese writer; hypothetical, 'not decided yet'; 8bit UTF-8 body."),

M(n=220, slug="bounce-needs-info-user-unknown", client="dsn",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Undelivered Mail Returned to Sender",
  dsn=dict(mta="postfix", rcpt="m.obi@obifarms.example",
           orig=dict(subj="Re: Cancel",
                     body="""Hello,

Thank you for your message. To cancel, we need to know which account you mean. Please reply with your username or account number.

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="Postfix bounce of a needs-info reply."),

M(n=221, slug="malaysian-remove-staff-ahmad", client="gmail", who="my",
  frm=("Siti Rahman", "siti@rahmanproperties.example"), subj="Remove staff account",
  body="""Hi,

Pls remove our staff Ahmad's account from the CRM, username ahmad.z. He resigned already last week. Also pls reduce the billing to 4 users only.

Thank you,
Siti""",
  acct=A(2412593, "rahmanproperties", "siti@rahmanproperties.example", "monthly", start="2025-01-06", tier="T"),
  un="ahmad.z", seat_user=True,
  i="c", k="request_seat", b="clear",
  notes="Malaysian writer; seat removal for a resigned employee."),

M(n=222, slug="cancel-onboarding-package-order", client="yahoo",
  frm=("Bev Latham", "bev.latham@yahoo.example"), subj="cancel my order",
  body="""Hi, please cancel my order for the onboarding package (order 60217). I've watched the videos and I think I can set it up myself. Keep the subscription though!

Bev""",
  acct=A(1524910, "blatham", "bev.latham@yahoo.example", "monthly", start="2025-11-12"),
  decoys=["60217"],
  i="o", k="order_cancel", b="not",
  notes="Cancels an add-on order, keeps the subscription."),

M(n=223, slug="uae-discontinue-arabic-support", client="outlook-html", who="ae",
  frm=("Khalid Al Mansoori", "k.almansoori@gulfstarrealty.example"), subj="Discontinuation of CRM Runner subscription",
  body="""Dear CRM Runner Team,

Greetings.

We would like to inform you of our decision to discontinue the CRM Runner subscription for Gulf Star Realty at the end of the current billing period. The main reason is the lack of Arabic language support, which most of our agents and clients need.

We appreciate your cooperation and kindly request a written confirmation.

Best regards,""",
  sigtable=["Khalid Al Mansoori", "General Manager", "Gulf Star Realty LLC", "Dubai, UAE"],
  acct=A(2767814, "gulfstarrealty", "k.almansoori@gulfstarrealty.example", "monthly", start="2025-05-08", tier="T"),
  i="c", k="request", b="clear", rk=["arabic language support"], rc="missing_features",
  notes="UAE writer; formal Outlook HTML; missing feature."),

M(n=224, slug="thanks-seat-removed", client="gmail", irt=173,
  frm=("Tamara Wells", "tamara@wellsfamilydental.example"), subj="Re: remove kyle",
  body="""Perfect, thank you for doing that so fast.

Tamara""",
  quote=dict(frm=SUP, text="""Hi Tamara,

Kyle Dunn's login has been removed and his seat will no longer be billed from the next invoice.

CRM Runner Support"""),
  acct=2598610,
  i="o", k="thanks", b="not",
  notes="Thanks after a seat removal."),

M(n=225, slug="unsubscribe-me-from-crm-runner", client="plain",
  frm=("Curtis Bland", "curtis.bland@blandhardware.example"), subj="unsubscribe",
  body="""unsubscribe me from crm runner and stop billing my card. thank you""",
  acct=A(1064297, "blandhardware", "curtis.bland@blandhardware.example", "monthly", start="2025-07-04", tier="S"),
  i="c", k="request", b="clear",
  notes="'Unsubscribe me from crm runner' + 'stop billing' means cancel; not a newsletter request."),

M(n=226, slug="cancellation-fee-question", client="iphone",
  frm=("Derrick Lyons", "derrick.lyons@icloud.example"), subj="Fee?",
  body="Is there a cancellation fee on the yearly plan?",
  acct=A(1742968, "dlyons", "derrick.lyons@icloud.example", "yearly", start="2025-12-15", tier="S"),
  i="o", k="hypothetical", b="maybe",
  notes="Question about a cancellation fee; no decision stated."),

M(n=227, slug="quote-25-team-seats", client="outlook",
  frm=("Rosemary Tate", "rosemary.tate@tatelogistics.example"), subj="Quote request - 25 seats",
  body="""Hello,

Please send a quote for 25 seats on the Team plan, billed yearly, with invoice payment (no card). We'd like to start on 1 September.

Kind regards,
Rosemary Tate
Procurement, Tate Logistics""",
  i="o", k="sales", b="not",
  notes="Sales quote request."),

M(n=228, slug="close-account-username-hello", client="thunderbird",
  frm=("Fredrik Nyberg", "fredrik.nyberg@posteo.example"), subj="Close account",
  body="""Hi,

I'd like to close my CRM Runner account. The username is hello (I set it up ages ago with my old shop address, which doesn't exist anymore). I've moved to a simple spreadsheet, it's enough for me.

Thanks,
Fredrik""",
  acct=A(2360715, "hello", "hello@nybergbikes.example", "monthly", start="2024-06-05", tier="S"),
  un="hello",
  i="c", k="request", b="clear", rk=["simple spreadsheet"], rc="other",
  notes="Username is the ordinary word 'hello'; sender not the registered (defunct) address."),

M(n=229, slug="ghanaian-please-how-do-i-cancel", client="gmail", who="gh",
  frm=("Kwame Mensah", "kwame.mensah@gmail.example"), subj="Cancellation",
  body="""Please how do I cancel my subscription on the app? I have searched but I can't see it.

Thank you.""",
  acct=A(2045178, "kmensah", "kwame.mensah@gmail.example", "monthly", start="2025-08-28", tier="S"),
  i="o", k="how_to", b="maybe",
  notes="Ghanaian writer; how-to question without a stated decision."),

M(n=230, slug="no-longer-works-here", client="plain",
  frm=("Jennifer Ames", "jennifer.ames@coastlinerealestate.example"), subj="Re: Your cancellation request",
  body="""Jennifer Ames no longer works at Coastline Real Estate. Your email has not been forwarded.

Please contact office@coastlinerealestate.example for assistance.""",
  i="a", k="auto_reply", b="not",
  notes="'No longer works here' automatic reply, no auto headers."),

M(n=231, slug="cancel-trial-before-converts", client="gmail", date="2026-09-10 18:02",
  frm=("Ben Schultz", "ben@schultzbarbers.example"), subj="cancel trial",
  body="""Hi, please cancel my trial before it converts to paid. It's a nice tool but overkill for a two-chair barber shop.

Ben""",
  acct=A(2194406, "schultzbarbers", "ben@schultzbarbers.example", "monthly", status="trial", start="2026-09-01",
         tier="S", trial="2026-09-15"),
  i="c", k="request", b="clear", rk=["overkill"], rc="too_complex",
  notes="Trial cancellation."),

M(n=232, slug="cancelled-day-3-prorated", client="gmail",
  frm=("Nora Whelan", "nora@whelanphoto.example"), subj="Prorated refund?",
  body="""Hi,

I cancelled on the 3rd, three days into my new month. Could I get a refund for the rest of the month? I won't be using it.

Nora""",
  acct=A(1409852, "whelanphoto", "nora@whelanphoto.example", "monthly", status="cancelled", start="2025-05-31", tier="S"),
  i="o", k="already_cancelled", b="not", refund=True,
  notes="Already cancelled; asks for a prorated refund."),

M(n=233, slug="stopped-using-acct-dashed", client="apple",
  frm=("Oscar Lindqvist", "oscar@lindqvistcafe.example"), subj="Please don't bill us again",
  body="""Hello,

We've stopped using CRM Runner since we closed the catering side of the cafe. Please don't bill us again.

Acct: 271-9403

Oscar""",
  acct=A(2719403, "lindqvistcafe", "oscar@lindqvistcafe.example", "monthly", start="2024-09-07", tier="S"),
  an=2719403,
  i="c", k="request", b="clear", rk=["closed the catering side"], rc="business_closed",
  notes="Account number written with a dash ('271-9403'); never says cancel."),

M(n=234, slug="invoices-jan-mar-base64", client="base64",
  frm=("Claire Dubois", "claire.dubois@duboisconsulting.example"), subj="Invoices January - March",
  body="""Hello,

Could you send me copies of our invoices for January, February and March? Our accountant needs them for the quarterly return.

Thank you,
Claire Dubois""",
  acct=A(1593774, "duboisconsult", "claire.dubois@duboisconsulting.example", "monthly", start="2025-01-02"),
  i="o", k="question", b="not",
  notes="Invoice copies; base64 body."),

M(n=235, slug="down-to-two-people-outlook-mobile", client="outlook-mobile",
  frm=("Lena Hartmann", "lena@hartmannevents.example"), subj="Cancel our plan",
  body="""Hi - please cancel our plan. We're down to two people and the team is too small to need a CRM now.

Lena""",
  acct=A(2858602, "hartmannevents", "lena@hartmannevents.example", "monthly", start="2025-02-13", tier="T"),
  i="c", k="request", b="clear", rk=["team is too small"], rc="unused",
  notes="Outlook mobile; team too small."),

M(n=236, slug="wrong-renewal-date-bug", client="gmail",
  frm=("Howard Finch", "howard@finchlaw.example"), subj="Renewal date looks wrong",
  body="""Hi, the billing page says our next renewal is 31 February, which isn't a date. Is this a display bug? We're on yearly and started last February.""",
  acct=A(1774530, "finchlaw", "howard@finchlaw.example", "yearly", start="2025-02-28"),
  i="o", k="bug_report", b="not",
  notes="Bug report about a renewal date display."),

M(n=237, slug="indian-ticket-number-cancel-qp", client="plain-qp", who="in",
  frm=("Meenakshi Iyer", "meenakshi.iyer@iyerclinic.example"), subj="Ref: Ticket No. 58213 - Cancellation",
  body="""Dear Support,

Ref: Ticket No. 58213

As discussed over phone with your executive, kindly cancel our subscription of CRM Runner from this month itself. We are not satisfied with the service as the reminders are not going to patients on time.

Regards,
Dr. Meenakshi Iyer
Iyer Clinic""",
  acct=A(2532689, "iyerclinic", "meenakshi.iyer@iyerclinic.example", "monthly", start="2025-03-27"),
  decoys=["58213"],
  i="c", k="request", b="clear", rk=["reminders are not going to patients on time"], rc="low_quality",
  notes="Indian English; ticket number is a decoy."),

M(n=238, slug="stop-marketing-emails-yahoo", client="yahoo",
  frm=("Marvin Keel", "marvin.keel@yahoo.example"), subj="marketing emails",
  body="""Can you stop the marketing emails please. Tips, webinars, all of it. I just need the invoices.""",
  acct=A(1169078, "mkeel", "marvin.keel@yahoo.example", "monthly", start="2025-04-21", tier="S"),
  i="o", k="newsletter_unsubscribe", b="not",
  notes="Stop marketing emails; keeps the account."),

M(n=239, slug="number-and-wrong-username", client="gmail", mismatch=True,
  frm=("Derek Olsen", "derek@olsenauto.example"), subj="Cancel account 1522074",
  body="""Hi,

Please cancel account 1522074, username olsenparts. We closed the parts counter and only do repairs now.

Derek Olsen""",
  acct=A(1522074, "olsenauto", "derek@olsenauto.example", "monthly", start="2024-11-08"),
  an=1522074, un="olsenparts",
  i="c", k="request", b="clear", rk=["closed the parts counter"], rc="business_closed",
  notes="Account number and username point to different accounts (olsenparts is another account); sender owns the numbered one."),

M(n=240, slug="dont-cancel-yet-export-first", client="iphone", irt=216,
  frm=("Samantha Ruiz", "sam.ruiz@icloud.example"), subj="Re: End subscription",
  body="""Wait, don't cancel yet - I need to export my contacts first. I'll email again when I'm done""",
  quote=dict(frm=("Samantha Ruiz", "sam.ruiz@icloud.example"),
             text="End my subscription please. The app crashes every time I open a contact on iOS and it's been like that for a month."),
  acct=1687525,
  i="o", k="withdrawal", b="maybe", wd=True,
  notes="Postpones the quoted request until after an export; a person should hold the case."),

M(n=241, slug="notice-of-termination-contract-no", client="outlook-html",
  frm=("Legal Department", "legal@norcrossindustrial.example"), subj="Notice of Termination",
  body="""Dear Sir or Madam,

Re: Contract no. CR-2024-0117 (CRM Runner Team subscription)

In accordance with the terms of the agreement, Norcross Industrial Supply hereby gives notice that it will not renew the above contract upon expiry of the current term. Please direct any questions regarding this notice to the undersigned.

Sincerely,""",
  sigtable=["Patricia Han", "Corporate Counsel", "Norcross Industrial Supply", "legal@norcrossindustrial.example"],
  acct=A(1296655, "norcross", "it@norcrossindustrial.example", "yearly", start="2024-07-15", tier="T"),
  decoys=["CR-2024-0117"],
  i="c", k="request", b="clear",
  notes="Formal legal notice; the contract number is not the account number; sender is not the registered it@ address, the account is identifiable only by company name and domain."),

M(n=242, slug="yearly-team-10-seats", client="gmail",
  frm=("Victoria Chen", "victoria@chenrealtygroup.example"), subj="Upgrade to Team",
  body="""Hi! We're growing - can we move from Pro monthly to Team yearly with 10 seats? How does the credit for this month work?

Victoria""",
  acct=A(2274719, "chenrealty", "victoria@chenrealtygroup.example", "monthly", start="2025-08-02"),
  i="o", k="plan_change", b="not",
  notes="Upgrade and switch to yearly."),

M(n=243, slug="bounce-relay-denied-exchange", client="dsn",
  frm=("Microsoft Outlook", "postmaster@fairviewschools.example"),
  subj="Undeliverable: Your CRM Runner subscription has been cancelled",
  dsn=dict(mta="exchange", rcpt="admissions@fairviewschools.example", status="5.7.1",
           diag="550 5.7.1 Unable to relay for admissions@fairviewschools.example",
           why="Your message wasn't delivered because the recipient's email provider rejected it.",
           reporting="SN7PR12MB4521.namprd12.prod.outlook.example",
           orig=dict(subj="Your CRM Runner subscription has been cancelled",
                     body="""Hello,

As requested, your CRM Runner subscription (account 2098133) has been cancelled. It remains active until 15 July 2026.

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="Exchange NDR for a cancellation confirmation containing an account number."),

M(n=244, slug="nigerian-no-longer-need-email-given", client="android", who="ng",
  frm=("Ifeoma Okonkwo", "ifeoma.okonkwo@yahoo.example"), subj="Cancel CRM",
  body="""Good evening, please I no longer need the crm, kindly cancel it for me. The email on the account is ifeoma@okonkwofashion.example

Thanks""", sig="Sent from my Tecno",
  acct=A(1842651, "okonkwofashion", "ifeoma@okonkwofashion.example", "monthly", start="2025-07-23", tier="S"),
  em="ifeoma@okonkwofashion.example",
  i="c", k="request", b="clear", rk=["no longer need the crm"], rc="unused",
  notes="Nigerian writer on Android; registered address given in the body differs from the sender."),

M(n=245, slug="bulk-cancel-scheduled-emails", client="apple",
  frm=("Russell Grey", "russell@greyrecruitment.example"), subj="Bulk cancel scheduled emails?",
  body="""Hi,

Is there a way to bulk-cancel scheduled emails in a sequence? I set up 300 follow-ups with the wrong date and cancelling them one by one will take all day.

Russell""",
  acct=A(1902546, "greyrecruit", "russell@greyrecruitment.example", "monthly", start="2025-03-18", tier="T"),
  i="o", k="question", b="not",
  notes="'Cancel' refers to scheduled emails in the product."),

M(n=246, slug="trial-ended-dont-charge", client="gmail", date="2026-03-16 08:30",
  frm=("Monique Laurent", "monique@laurentyoga.example"), subj="trial",
  body="""Hello, my trial is ending and I don't want to continue. Please make sure my card isn't charged.

Monique""",
  acct=A(1635107, "laurentyoga", "monique@laurentyoga.example", "monthly", status="trial", start="2026-03-04",
         tier="S", trial="2026-03-18"),
  i="c", k="request", b="clear",
  notes="Trial user does not want to continue."),

M(n=247, slug="invoice-instead-of-card", client="outlook",
  frm=("Dominic Reyes", "dominic.reyes@reyesengineering.example"), subj="Billing by invoice",
  body="""Hello,

Our finance team would like to move from card payments to annual invoicing (bank transfer) at the next renewal. Is that possible on the Team plan?

Regards,
Dominic Reyes""",
  acct=A(2320498, "reyesengineering", "dominic.reyes@reyesengineering.example", "monthly", start="2025-01-20", tier="T"),
  i="o", k="plan_change", b="not",
  notes="Billing method and period change."),

M(n=248, slug="japanese-auto-reply", client="auto", who="jp",
  frm=("Yuki Tanaka", "y.tanaka@tanaka-seiki.example"), subj="Auto reply: Re: Your cancellation request",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Thank you for your e-mail.

I am out of office from 29 April to 6 May for Golden Week holidays. I will reply to your e-mail after 7 May.

Best regards,
Yuki Tanaka""",
  i="a", k="auto_reply", b="not",
  notes="Japanese writer's holiday auto-reply."),

M(n=249, slug="yahoo-mobile-effective-today", client="yahoo-mobile",
  frm=("Carol Ann Biggs", "carolann.biggs@yahoo.example"), subj="Cancel account",
  body="""Please cancel my account effective today. Thank you.""",
  acct=A(1015836, "cabiggs", "carolann.biggs@yahoo.example", "monthly", start="2025-06-17", tier="S"),
  i="c", k="request", b="clear",
  notes="Yahoo Mail on Android one-liner."),

M(n=250, slug="did-my-cancellation-go-through-case", client="gmail",
  frm=("Felix Armstrong", "felix@armstrongpt.example"), subj="CR-30217",
  body="""Hi, just checking on CR-30217 - did my cancellation go through? I haven't had a confirmation yet.

Felix""",
  acct=A(2436851, "armstrongpt", "felix@armstrongpt.example", "monthly", start="2025-04-09"),
  decoys=["CR-30217"],
  i="o", k="follow_up", b="maybe",
  notes="Asks about an earlier request by case reference; no new request text; case reference is not an account id."),
]
