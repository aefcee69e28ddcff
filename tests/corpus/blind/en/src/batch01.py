# Batch 1: messages 1-50, written by hand.
from common import A, M

SUP = ("CRM Runner Support", "support@crmrunner.example")

MESSAGES = [

M(n=1, slug="cancel-pls-iphone", client="iphone",
  frm=("Dana Whitfield", "dana.whitfield@icloud.example"), subj="Cancel",
  body="cancel pls",
  acct=A(1438207, "dwhitfield", "dana.whitfield@icloud.example", "monthly", start="2025-02-11", tier="S"),
  i="c", k="request", b="clear",
  notes="Two-word request from the registered address on a phone; no identifier but the sender address."),

M(n=2, slug="moving-to-hubspot", client="gmail",
  frm=("Marcus Bell", "marcus@trellisroofing.example"), subj="Cancelling our CRM Runner subscription",
  body="""Hi there,

We've decided to move our sales team over to HubSpot, so please cancel our CRM Runner subscription at the end of the current billing period. The account is under marcus@trellisroofing.example.

Thanks for everything over the last two years.

Marcus Bell
Trellis Roofing Co.""",
  acct=A(1720544, "trellis_marcus", "marcus@trellisroofing.example", "monthly", start="2024-03-18", tier="T"),
  em="marcus@trellisroofing.example",
  i="c", k="request", b="clear", rk=["hubspot"], rc="switched_service",
  notes="Polite request with the reason (moving to HubSpot); registered address given in the body and used as From."),

M(n=3, slug="notice-of-non-renewal-outlook", client="outlook-html", date="2026-02-09 10:42", tz="+0100",
  frm=("Lindqvist, Karin", "k.lindqvist@halvorsenberg.example"),
  subj="Notice of non-renewal - CRM Runner Team subscription",
  body="""Dear Sir or Madam,

We hereby inform you that Halvorsen & Berg AS will not renew the CRM Runner Team subscription (account no. 2215839) when the current contract term ends on 14 March 2026.

Please regard this letter as our formal notice of termination and confirm receipt in writing. Until the end of the term we expect the service to continue as agreed.

Kind regards""",
  sigtable=["Karin Lindqvist", "Head of Procurement", "Halvorsen & Berg AS", "Tel. +47 21 00 00 00"],
  disclaimer="This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail.",
  acct=A(2215839, "hb_admin", "it@halvorsenberg.example", "yearly", start="2025-03-14", tier="T", price="990.00"),
  an=2215839,
  i="c", k="request", b="clear",
  notes="Formal Outlook HTML notice 'will not renew the contract'; account number in text; written by procurement, not the registered IT address; disclaimer says 'delete'."),

M(n=4, slug="stop-charging-my-card-caps", client="yahoo",
  frm=("GARY PLUMMER", "garyplummer61@yahoo.example"), subj="STOP CHARGING ME",
  body="""STOP CHARGING MY CARD!!! I DONT USE YOUR CRM AND I WANT NO MORE PAYMENTS TAKEN. THIS IS THE THIRD MONTH. CARD ENDING 4417. IF I SEE ANOTHER CHARGE I AM CALLING MY BANK""",
  acct=A(1093512, "gplummer", "garyplummer61@yahoo.example", "monthly", start="2025-06-02", tier="S"),
  decoys=["4417"],
  i="c", k="request", b="clear", rk=["dont use your crm"], rc="unused",
  notes="All caps; never says cancel but 'stop charging' / 'no more payments' is the request; card digits are a decoy."),

M(n=5, slug="kindly-cancel-username-zoho", client="gmail", who="in",
  frm=("Rajesh Kumar", "rajeshkumar.blr@gmail.example"), subj="Request for cancellation of subscription",
  body="""Respected Sir/Madam,

Kindly cancel my subscription of CRM Runner with immediate effect. My username is rajesh_k88 .

I am not able to continue because our company has already purchased Zoho CRM for all the branches, so this one is not required now.

Kindly do the needful and revert back at the earliest.

Thanks & Regards,
Rajesh Kumar
Sales Executive, SK Textiles""",
  acct=A(2049317, "rajesh_k88", "rajesh.kumar@sktextiles.example", "monthly", start="2025-01-20"),
  un="rajesh_k88",
  i="c", k="request", b="clear", rk=["zoho crm"], rc="switched_service",
  notes="Indian English formal request; identifies by username; writes from a personal Gmail, not the registered work address."),

M(n=6, slug="how-do-i-cancel", client="iphone",
  frm=("Beth Ann Crowley", "bethann.crowley@icloud.example"), subj="how do I cancel",
  body="How do I cancel my subscription? I looked under Settings and Billing and can't find it",
  acct=A(1386620, "bethannc", "bethann.crowley@icloud.example", "monthly", start="2025-08-30", tier="S"),
  i="o", k="how_to", b="maybe",
  notes="How-to question only; no decision stated or action asked, so not a request, but a person should look."),

M(n=7, slug="switch-to-yearly", client="outlook",
  frm=("Owen Prichard", "owen@prichardlegal.example"), subj="Switching to annual billing",
  body="""Hello,

We have been on the monthly Pro plan for about a year now and we're happy with it. Could we switch to yearly billing from the next renewal? I saw on the pricing page that it works out cheaper.

Please let me know if anything is needed from my side.

Best,
Owen""",
  sigtable=["Owen Prichard", "Office Manager", "Prichard Legal LLP", "555-0134"],
  acct=A(1552093, "prichardlegal", "owen@prichardlegal.example", "monthly", start="2024-11-04"),
  decoys=["555-0134"],
  i="o", k="plan_change", b="not",
  notes="Monthly to yearly plan change; not a cancellation."),

M(n=8, slug="was-going-to-cancel-downgrade", client="gmail",
  frm=("Tessa Grünewald", "tessa.gruenewald@gmail.example"), subj="Downgrade instead",
  body="""Hi,

Honestly I was about to cancel CRM Runner this month because $49 is a lot for a one-person business. But then I saw the Starter plan, which would be enough for me.

Can you move me from Pro to Starter from the next billing date? I don't need the automations.

Thanks,
Tessa""",
  acct=A(1914026, "tessag", "tessa.gruenewald@gmail.example", "monthly", start="2025-04-27"),
  i="o", k="downgrade", b="not",
  notes="Mentions nearly cancelling but asks for a Pro to Starter downgrade; RFC 2047 display name."),

M(n=9, slug="pause-for-summer", client="apple",
  frm=("Luca Ferraro", "luca@ferraroboats.example"), subj="Pause over the summer?",
  body="""Hi CRM Runner team,

We rent boats, so from June to the end of August nobody is in the office to use the CRM. Is it possible to pause or freeze the account for those three months instead of paying? We'd like to keep all the data and pick up again in September.

Luca""",
  acct=A(2380154, "ferraroboats", "luca@ferraroboats.example", "monthly", start="2024-09-09"),
  i="o", k="pause", b="not",
  notes="Asks to pause for the summer and keep the data; not a cancellation."),

M(n=10, slug="cancelled-but-charged-again", client="gmail",
  frm=("Hannah Osei", "hannah.osei@outlook.example"), subj="Charged after I cancelled",
  body="""Hello,

I cancelled my CRM Runner plan on March 2nd. I got an email saying it was cancelled. Today I see another $49 charge on my statement, invoice INV-2026-04417.

Please refund this charge. I'm not happy about having to chase this.

Hannah Osei""",
  acct=A(1265430, "hosei", "hannah.osei@outlook.example", "monthly", status="cancelled", start="2025-07-02"),
  decoys=["INV-2026-04417", "$49"],
  i="o", k="already_cancelled", b="not", refund=True,
  notes="Billing dispute after an earlier cancellation; asks for a refund but does not ask to cancel again."),

M(n=11, slug="ooo-auto-submitted", client="auto", date="2026-03-09 08:02",
  frm=("Andrea Walsh", "andrea.walsh@kiltonbakery.example"),
  subj="Automatic reply: Re: Your cancellation request has been received",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"},
  body="""Thank you for your email. I am out of the office until Monday 16 March with no access to email.

For anything urgent please contact Sam on sam.k@kiltonbakery.example or call the shop.

Andrea""",
  i="a", k="auto_reply", b="not",
  notes="Out-of-office with Auto-Submitted header; subject mentions cancellation."),

M(n=12, slug="bounce-postfix-user-unknown", client="dsn",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Undelivered Mail Returned to Sender",
  dsn=dict(mta="postfix", rcpt="j.kowalski@vistula-trade.example",
           orig=dict(subj="Re: please cancel my account",
                     body="""Hello,

We have received your message and a member of our team will look at it shortly.

Case reference: CR-20817

> please cancel my account, we don't need it anymore
> Jan Kowalski

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="Postfix DSN for a support reply; the returned message quotes a cancellation request."),

M(n=13, slug="fwd-md-wants-it-cancelled", client="gmail", date="2026-04-14 09:12",
  frm=("Priya Raman", "priya.raman@northgateestates.example"),
  subj="Fwd: CRM Runner",
  body="""Hi CRM Runner support,

Please see below from our managing director. Can you action this and send the confirmation to both of us?

Thanks,
Priya""",
  fwd=dict(mode="inline", frm=("Tom Hardcastle", "tom.hardcastle@northgateestates.example"),
           to="Priya Raman <priya.raman@northgateestates.example>", date="2026-04-13 17:55",
           subj="CRM Runner",
           body="""Priya,

Please get the CRM Runner account cancelled. Nobody has logged in since the restructure and I don't want another renewal going through.

Tom"""),
  acct=A(1802266, "northgate", "tom.hardcastle@northgateestates.example", "monthly", start="2024-05-15", tier="T"),
  i="c", k="forward_request", b="clear", rk=["nobody has logged in"], rc="unused",
  notes="Assistant forwards the owner's request inline; the owner's registered address is only in the forwarded header."),

M(n=14, slug="unsubscribe-newsletter-keep-account", client="gmail",
  frm=("Raymond Achterberg", "ray.achterberg@gmail.example"), subj="unsubscribe",
  body="""Please unsubscribe me from the newsletter / product update emails. Three a week is too many.

To be clear I want to KEEP my account, just not the marketing.""",
  acct=A(1647702, "rachterberg", "ray.achterberg@gmail.example", "yearly", start="2025-01-08", tier="S"),
  i="o", k="newsletter_unsubscribe", b="not",
  notes="Newsletter unsubscribe, explicitly keeps the account."),

M(n=15, slug="gdpr-erasure", client="outlook",
  frm=("Sophie Brandt", "s.brandt@posteo.example"), subj="Request for erasure under Article 17 GDPR",
  body="""Dear Data Protection Officer,

I am writing to request that you erase all personal data concerning me, pursuant to Article 17 of the General Data Protection Regulation.

I used a free trial of CRM Runner in 2025 under this email address. I have not continued the service and I do not consent to further processing of my data, including for marketing.

Please confirm the erasure within one month as required by Article 12(3).

Yours faithfully,
Sophie Brandt""",
  i="o", k="data_deletion", b="not",
  notes="GDPR erasure letter from a former trial user; privacy request, not a subscription cancellation."),

M(n=16, slug="stop-debiting-nigerian", client="gmail", who="ng",
  frm=("Chukwuemeka Eze", "emeka.eze@ezeventures.example"), subj="Cancellation of subscription",
  body="""Good day,

Please I want to cancel my subscription with immediate effect. I am no longer using the CRM as business has been slow this period and I cannot be paying for what I am not using.

Kindly stop debiting my account from this month.

Thanks and God bless.
Emeka""",
  acct=A(2566013, "ezeventures", "emeka.eze@ezeventures.example", "monthly", start="2025-05-22", tier="S"),
  i="c", k="request", b="clear", rk=["no longer using the crm", "business has been slow"], rc="unused",
  notes="Nigerian English request with reason; registered sender."),

M(n=17, slug="remove-jenna-seat", client="outlook",
  frm=("Derek Vaughn", "derek@vaughnhvac.example"), subj="Remove user - Jenna Morales",
  body="""Hi,

Jenna Morales left the company last Friday. Please remove her seat from our Team plan and disable her login (jenna.m) so we're not billed for it going forward.

Everything else on the account stays as is.

Thanks
Derek""",
  acct=A(1155480, "vaughnhvac", "derek@vaughnhvac.example", "monthly", start="2024-08-01", tier="T"),
  un="jenna.m", seat_user=True,
  i="c", k="request_seat", b="clear",
  notes="Team owner asks to remove a departed colleague's seat and login; the username is the colleague's seat, not the account's."),

M(n=18, slug="did-you-get-my-email", client="gmail", irt=16, who="ng",
  frm=("Chukwuemeka Eze", "emeka.eze@ezeventures.example"), subj="Re: Cancellation of subscription",
  body="""Hello,

Did you receive my mail last week? I have not heard anything. I still want the subscription cancelled please, I don't want to be debited again at month end.

Emeka""",
  quote=dict(frm=("Chukwuemeka Eze", "emeka.eze@ezeventures.example"),
             text="""Good day,

Please I want to cancel my subscription with immediate effect. I am no longer using the CRM as business has been slow this period and I cannot be paying for what I am not using.

Kindly stop debiting my account from this month.

Thanks and God bless.
Emeka"""),
  acct=2566013,
  i="c", k="follow_up", b="clear",
  notes="Follow-up above a quote of his own request; restates that he still wants to cancel (the quoted reason is not new text)."),

M(n=19, slug="question-marks-followup", client="yahoo", irt=4,
  frm=("GARY PLUMMER", "garyplummer61@yahoo.example"), subj="Re: STOP CHARGING ME",
  body="???",
  acct=1093512,
  i="o", k="follow_up", b="maybe",
  notes="Bare '???' chasing his earlier request; no new request text, labelled other/maybe (belongs to the earlier case)."),

M(n=20, slug="agency-volume-pricing", client="gmail",
  frm=("Nadia Petrov", "nadia@brightsidecreative.example"), subj="Pricing for 40 users",
  body="""Hi,

We're a 40-person creative agency comparing CRMs at the moment (you, Pipedrive and one more). Do you do volume discounts on the Team plan, and is there a minimum contract length? We'd want yearly billing.

Also, can we cancel any time if it doesn't work out, or are we locked in for the year?

Thanks,
Nadia Petrov
Brightside Creative""",
  i="o", k="sales", b="not",
  notes="Pre-sales question; the word cancel only in a question about contract terms."),

M(n=21, slug="cancel-no-longer-needed-base64", client="base64",
  frm=("Walter Fitch", "wfitch@fitchinsurance.example"), subj="account closure",
  body="""To whom it may concern,

Please close my CRM Runner account. I am retiring at the end of this month and will not be needing it any longer.

My account number is 1330918.

Regards,
Walter Fitch
Fitch Insurance Agency""",
  acct=A(1330918, "wfitch", "wfitch@fitchinsurance.example", "yearly", start="2025-04-01", tier="S"),
  an=1330918,
  i="c", k="request", b="clear", rk=["retiring"], rc="business_closed",
  notes="'Close my account' with account number; base64 text/plain body; reason retirement."),

M(n=22, slug="if-i-cancel-monthly-lose-data", client="gmail",
  frm=("Kim Nguyen", "kim.nguyen@lotusnails.example"), subj="question about switching plans",
  body="""Hello, I want to go from monthly to yearly. If I cancel the monthly plan first, will I lose my contacts and the notes? Or can you just change it on your side without me cancelling?

thank you
Kim""",
  acct=A(1478893, "lotusnails", "kim.nguyen@lotusnails.example", "monthly", start="2025-10-03", tier="S"),
  i="o", k="plan_change", b="not",
  notes="Wants to switch monthly to yearly; 'if I cancel the monthly' is a hypothetical about data loss."),

M(n=23, slug="what-happens-if-we-cancel", client="outlook",
  frm=("Aaron Feld", "aaron.feld@feldandsons.example"), subj="Question about cancelling",
  body="""Hi,

Before we decide anything: what happens to our data if we cancel? Can we export the contacts and deal history first, and how long do you keep it after the account is closed?

We haven't made a decision yet, just want to understand our options.

Aaron""",
  acct=A(1921145, "feldandsons", "aaron.feld@feldandsons.example", "yearly", start="2025-06-16", tier="T"),
  i="o", k="hypothetical", b="not",
  notes="Explicitly no decision yet; asks about data after a hypothetical cancellation."),

M(n=24, slug="ooo-no-headers", client="plain",
  frm=("Michelle Tan", "michelle.tan@harbourclinic.example"), subj="Re: Re: remove account",
  body="""Hi, I'm currently on annual leave and will return on 2 June 2026. I will have limited access to my emails during this time.

For urgent clinic matters please email reception@harbourclinic.example.

Kind regards,
Michelle""",
  i="a", k="auto_reply", b="not",
  notes="Out-of-office text without any auto-reply headers; subject looks like a thread about removing an account."),

M(n=25, slug="seat-removal-filipino", client="gmail", who="ph",
  frm=("Ma. Cristina Dela Cruz", "cristina.delacruz@islandpropertyph.example"), subj="Removal of user",
  body="""Hi Ma'am/Sir,

Good afternoon. Please remove the account of our agent Mr. Paolo Reyes (paolo.reyes@islandpropertyph.example) in our CRM Runner, he already resigned last week. We will not be needing his seat anymore so kindly remove it also from our billing.

Thank you po and God bless.

Cristina
Admin Officer""",
  acct=A(2731206, "islandpropertyph", "cristina.delacruz@islandpropertyph.example", "monthly", start="2025-02-03", tier="T"),
  i="c", k="request_seat", b="clear", rk=["he already resigned"], rc="other",
  notes="Filipino English; owner asks to remove a resigned agent's seat; the agent's address is not a registered account email."),

M(n=26, slug="double-charge-refund", client="apple",
  frm=("Connor Blake", "connor@blakephotography.example"), subj="Charged twice this month",
  body="""Hey,

Looks like I was charged twice for May, two payments of $19.00 on the 3rd (order 58821 and 58822). Can you refund one of them? I'm happy with the service, just don't want to pay double.

Cheers,
Connor""",
  acct=A(1604457, "blakephoto", "connor@blakephotography.example", "monthly", start="2025-05-03", tier="S"),
  decoys=["58821", "58822", "$19.00"],
  i="o", k="refund_only", b="not", refund=True,
  notes="Double charge refund; explicitly happy with the service."),

M(n=27, slug="cancel-crm-runner-object", client="gmail", date="2026-05-11 14:20",
  frm=("Fiona McAllister", "fiona@mcallisterevents.example"), subj="Please cancel CRM Runner",
  body="""Hi,

Please cancel CRM Runner for us. We're a small team and it turned out to be more than we need.

Fiona""",
  acct=A(2104479, "mcallisterevents", "fiona@mcallisterevents.example", "monthly", start="2025-11-20"),
  i="c", k="request", b="clear", rk=["more than we need"], rc="too_complex",
  notes="Product name as the object of 'cancel'; reason: more than they need."),

M(n=28, slug="ignore-previous-we-stay", client="gmail", irt=27, date="2026-05-12 09:03",
  frm=("Fiona McAllister", "fiona@mcallisterevents.example"), subj="Re: Please cancel CRM Runner",
  body="""Hi again,

Please ignore my email from yesterday, we've talked it over and we will stay with CRM Runner after all. Sorry for the confusion!

Fiona""",
  quote=dict(frm=("Fiona McAllister", "fiona@mcallisterevents.example"), date="2026-05-11 14:20",
             text="""Hi,

Please cancel CRM Runner for us. We're a small team and it turned out to be more than we need.

Fiona"""),
  acct=2104479,
  i="o", k="withdrawal", b="not", wd=True,
  notes="Withdraws the request quoted below; the cancellation wording is only in the quote."),

M(n=29, slug="cancel-demo-meeting", client="outlook",
  frm=("Grace Liu", "grace.liu@harborview-dental.example"), subj="Cancel demo on Thursday",
  body="""Hi,

I need to cancel the demo we booked for Thursday at 2pm with your sales rep. Something came up at the practice. Could we move it to next week instead?

Thanks,
Grace""",
  i="o", k="meeting_cancel", b="not",
  notes="Cancels a sales demo meeting, not a subscription."),

M(n=30, slug="chinese-writer-not-use-anymore", client="gmail", who="cn",
  frm=("Wang Lei", "wanglei.trade@163mail.example"), subj="cancel the account",
  body="""Hello,

Our company not use CRM Runner anymore from this month, because the boss decide to use the system of our head office. Please help to cancel the account and not charge again.

The register email is sales@hengda-import.example.

Thank you very much!
Wang Lei""",
  acct=A(2817430, "hengda_sales", "sales@hengda-import.example", "monthly", start="2025-03-07"),
  em="sales@hengda-import.example",
  i="c", k="request", b="clear", rk=["use the system of our head office"], rc="switched_service",
  notes="Chinese writer; sends from a personal address and gives the registered address in the body."),

M(n=31, slug="bounce-exchange-mailbox-full", client="dsn",
  frm=("Microsoft Outlook", "postmaster@dunmoreelectrical.example"),
  subj="Undeliverable: Re: Cancel my subscription",
  dsn=dict(mta="exchange", rcpt="paddy@dunmoreelectrical.example", status="5.2.2",
           diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
           why="The recipient's mailbox is full and can't accept messages now.",
           reporting="DB8EUR05HT123.mail.protection.outlook.example",
           orig=dict(subj="Re: Cancel my subscription",
                     body="""Hello Paddy,

Your CRM Runner subscription will end on 30 April 2026. You will not be charged again.

> Cancel my subscription please. Paddy, Dunmore Electrical

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="Exchange-style NDR (mailbox full) for a confirmation reply that quotes the customer's request."),

M(n=32, slug="saas-newsletter-churn", client="list",
  frm=("The SaaS Ops Digest", "digest@saasops-weekly.example"),
  subj="This week: why customers cancel (and how to make it painless)",
  list=dict(unsub_url="https://saasops-weekly.example/unsubscribe?u=8c1f"),
  hdrs={"List-Id": "SaaS Ops Digest <digest.saasops-weekly.example>",
        "List-Unsubscribe": "<https://saasops-weekly.example/unsubscribe?u=8c1f>, <mailto:unsub@saasops-weekly.example>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
  body="""Hi there,

This week we look at cancellation flows. Customers who can cancel in two clicks come back more often than those who have to email support and wait.

1. Put the cancel button where people look for it: Billing.
2. Confirm by email with the effective date.
3. Ask one optional question about why they are leaving.

Read the full article on our site.

The SaaS Ops Digest team""",
  i="o", k="list_mail", b="not",
  notes="Bulk newsletter (List-Id, Precedence: bulk) full of cancellation vocabulary."),

M(n=33, slug="refund-and-cancel-too-expensive", client="gmail",
  frm=("Jorge Castillo", "jorge.castillo@castilloplumbing.example"), subj="cancel + refund",
  body="""Hi

I signed up for the Pro plan last week thinking it was $19 a month, turns out it's $49. That's too expensive for us. Please cancel it and refund the payment, I've barely used it.

Jorge""",
  date="2026-06-08 19:44",
  acct=A(1267581, "castilloplumbing", "jorge.castillo@castilloplumbing.example", "monthly", start="2026-06-01"),
  decoys=["$19", "$49"],
  i="c", k="request", b="clear", refund=True, rk=["too expensive"], rc="too_expensive",
  notes="Cancel plus refund in the first week; price misunderstanding."),

M(n=34, slug="sunshine-username-android", client="android",
  frm=("Rosa Delgado", "rosadelgado77@gmail.example"), subj="End my membership",
  body="""Hi I want to end my membership with crm runner. username: sunshine
I don't need it for my little shop anymore

thanks Rosa""",
  acct=A(1840372, "sunshine", "rosa@delgadoflowers.example", "monthly", start="2025-09-14", tier="S"),
  un="sunshine",
  i="c", k="request", b="clear", rk=["don't need it"], rc="unused",
  notes="'End my membership'; the username is an ordinary word labelled as username; written from a personal address."),

M(n=35, slug="cancel-order-extra-seats", client="outlook",
  frm=("Brian Kessler", "b.kessler@kesslerauto.example"), subj="Cancel order #30518",
  body="""Hello,

Yesterday I placed an order for 3 additional seats (order #30518) by mistake - I meant to order 1. Please cancel that order and I'll place the correct one.

Thanks,
Brian Kessler""",
  acct=A(1723019, "kesslerauto", "b.kessler@kesslerauto.example", "monthly", start="2024-12-10", tier="T"),
  decoys=["30518"],
  i="o", k="order_cancel", b="not",
  notes="Cancels an order for extra seats placed by mistake; keeps the subscription."),

M(n=36, slug="german-kuendigung", client="gmail", who="de",
  frm=("Jürgen Hoffmann", "j.hoffmann@hoffmann-metallbau.example"), subj="Kündigung / termination of contract",
  body="""Dear Sirs,

hereby we terminate our contract for CRM Runner (customer no. 2093364) at the next possible date. Please send us a written confirmation of the termination with the date of the contract end.

We have changed to another software which is already included in our ERP system.

With kind regards
Jürgen Hoffmann
Hoffmann Metallbau GmbH""",
  acct=A(2093364, "hoffmann_mb", "j.hoffmann@hoffmann-metallbau.example", "yearly", start="2024-10-01", tier="T", cur="EUR", price="990.00"),
  an=2093364,
  i="c", k="request", b="clear", rk=["already included in our erp system"], rc="switched_service",
  notes="German writer; 'we terminate our contract'; 'customer no.' is the account number; encoded subject with umlaut."),

M(n=37, slug="cancel-button-broken", client="gmail",
  frm=("Ethan Kowal", "ethan.kowal@kowaldesign.example"), subj="Bug: cancel subscription button does nothing",
  body="""Hi,

Found a bug: on Settings > Billing, clicking "Cancel subscription" just spins and nothing happens. Tried Chrome and Firefox. Console shows a 500 from /api/billing/cancel.

Not trying to cancel myself, I was testing it because one of my clients asked how it works. Figured you'd want to know.

Ethan""",
  acct=A(1509262, "ekowal", "ethan.kowal@kowaldesign.example", "yearly", start="2025-02-28"),
  i="o", k="bug_report", b="not",
  notes="Bug report about the cancel button; explicitly not cancelling."),

M(n=38, slug="thanks-got-confirmation", client="iphone", irt="<case-CR-21340.reply@crmrunner.example>",
  frm=("Pete Alvarez", "pete.alvarez@icloud.example"), subj="Re: Your CRM Runner cancellation",
  body="thanks, got the confirmation 👍",
  acct=A(1371164, "palvarez", "pete.alvarez@icloud.example", "monthly", status="cancelled", start="2025-03-30", tier="S"),
  i="o", k="thanks", b="not",
  notes="Thanks after a cancellation confirmation; emoji; nothing to act on."),

M(n=39, slug="any-update-on-my-cancellation", client="outlook", irt=3, date="2026-02-23 11:05", tz="+0100",
  frm=("Lindqvist, Karin", "k.lindqvist@halvorsenberg.example"),
  subj="RE: Notice of non-renewal - CRM Runner Team subscription",
  body="""Hello,

Any update on this? We have not received a confirmation of our notice yet.

Best regards
Karin Lindqvist""",
  quote=dict(frm=("Lindqvist, Karin", "k.lindqvist@halvorsenberg.example"), date="2026-02-09 10:42", tz="+0100",
             to="support@crmrunner.example", subj="Notice of non-renewal - CRM Runner Team subscription",
             text="""Dear Sir or Madam,

We hereby inform you that Halvorsen & Berg AS will not renew the CRM Runner Team subscription (account no. 2215839) when the current contract term ends on 14 March 2026.

Please regard this letter as our formal notice of termination and confirm receipt in writing. Until the end of the term we expect the service to continue as agreed.

Kind regards"""),
  acct=2215839,
  i="o", k="follow_up", b="maybe",
  notes="Chases confirmation of an earlier notice (quoted); new text does not restate the request, labelled other/maybe; the account number is only in the quote."),

M(n=40, slug="reactivate-account", client="gmail",
  frm=("Simone Achebe", "simone@achebeconsulting.example"), subj="Reactivate my account",
  body="""Hi,

I cancelled my subscription back in January but we've picked up a big new client and I need the CRM again. Can you reactivate my old account so I get my pipeline back? Happy to go on the yearly Pro plan this time.

Simone""",
  acct=A(2440817, "achebeconsulting", "simone@achebeconsulting.example", "monthly", status="cancelled", start="2025-01-15"),
  i="o", k="other", b="not",
  notes="Reactivation request of a cancelled account."),

M(n=41, slug="password-reset", client="android",
  frm=("Mike Donnelly", "mike.donnelly@donnellyfencing.example"), subj="cant log in",
  body="""hi cant log in to crm runner, the reset password email never comes. checked spam. can you send it again

mike""", sig="Sent from my Galaxy",
  acct=A(1188423, "donnellyfence", "mike.donnelly@donnellyfencing.example", "monthly", start="2025-06-21", tier="S"),
  i="o", k="question", b="not",
  notes="Password reset problem."),

M(n=42, slug="business-closing-brazilian", client="gmail", who="br",
  frm=("João Pedro Almeida", "joaopedro@almeidaimoveis.example"), subj="Closing my company",
  body="""Hello, good morning.

Unfortunately I am closing my company in the end of this month, the real estate market here is very difficult. So I need to cancel the CRM Runner, please dont renew more.

My user is jpalmeida.

Thank you for all the support during this years.
João Pedro""",
  acct=A(2905148, "jpalmeida", "joaopedro@almeidaimoveis.example", "monthly", start="2024-07-04"),
  un="jpalmeida",
  i="c", k="request", b="clear", rk=["closing my company"], rc="business_closed",
  notes="Brazilian writer; business closing; username given; encoded display name."),

M(n=43, slug="refund-only-ambiguous", client="gmail",
  frm=("Lauren Pike", "lauren.pike@gmail.example"), subj="refund",
  body="""I was charged $490 for a yearly renewal yesterday. I forgot it was going to renew and I didn't really use it last year. Can I get a refund?""",
  acct=A(1975330, "laurenpike", "lauren.pike@gmail.example", "yearly", start="2025-07-19"),
  decoys=["$490"],
  i="o", k="refund_only", b="maybe", refund=True, amb=True,
  notes="Refund for an unwanted renewal; implies she may not want the service but never asks to end it; ambiguous, labelled other."),

M(n=44, slug="reply-above-old-thread-cancel", client="gmail",
  frm=("Ben Okafor", "ben@okaforfitness.example"), subj="Re: Welcome to CRM Runner!",
  body="""Hi, replying to this as I couldn't find another address. We'd like to cancel our subscription please, the gym is moving to Mindbody which has its own CRM built in.

Ben""",
  quote=dict(frm=("CRM Runner", "hello@crmrunner.example"), date="2025-09-02 08:00",
             text="""Welcome to CRM Runner, Ben!

Your Pro plan is active. Here are three things to do in your first week:
1. Import your contacts
2. Set up your pipeline stages
3. Invite your team

Questions? Just reply to this email.

The CRM Runner team"""),
  acct=A(1690025, "okaforfitness", "ben@okaforfitness.example", "monthly", start="2025-09-02"),
  i="c", k="request", b="clear", rk=["moving to mindbody"], rc="switched_service",
  notes="Request written above a quoted months-old welcome email."),

M(n=45, slug="cancel-webinar-registration", client="yahoo",
  frm=("Doreen Mapplethorpe", "doreen.m@yahoo.example"), subj="cancel my registration",
  body="""Hello,

I registered for the webinar "Getting more from your pipeline" on the 24th, but I can't make it. Please cancel my registration. Will there be a recording?

Doreen""",
  i="o", k="meeting_cancel", b="not",
  notes="Cancels a webinar registration."),

M(n=46, slug="nobody-uses-it-outlook-mobile", client="outlook-mobile",
  frm=("Kevin Strand", "kevin.strand@strandmarine.example"), subj="Cancel",
  body="""Hi - we need to cancel. Honestly nobody on the team uses it, everyone just went back to spreadsheets. Acct 2611904.

Kevin""",
  acct=A(2611904, "strandmarine", "kevin.strand@strandmarine.example", "yearly", start="2025-05-05"),
  an=2611904,
  i="c", k="request", b="clear", rk=["nobody on the team uses it"], rc="unused",
  notes="Short mobile request with 'Acct NNNNNNN'."),

M(n=47, slug="delete-my-subscription-indian", client="gmail", who="in",
  frm=("Sneha Kulkarni", "sneha.kulkarni@gmail.example"), subj="Delete my subscription",
  body="""Hi team,

Please delete my subscription and also my card details from your system. I had taken it for my freelance work but now I have joined a company full time so I will not need it.

My registered mail id is sneha.k.designs@gmail.example

Thanks,
Sneha""",
  acct=A(2169042, "snehadesigns", "sneha.k.designs@gmail.example", "monthly", start="2025-08-12", tier="S"),
  em="sneha.k.designs@gmail.example",
  i="c", k="request", b="clear", rk=["joined a company full time"], rc="other",
  notes="Indian English 'delete my subscription'; gives registered 'mail id' different from the sender."),

M(n=48, slug="too-complicated-apple", client="apple",
  frm=("Margaret Oyelaran", "margaret@oyelaranlaw.example"), subj="Not for us",
  body="""Hello,

I'm sorry to say CRM Runner just isn't working for our office. It's too complicated for my staff and we've spent more time on training than on clients. Please don't renew our plan when it comes up.

Thank you for your patience with all our questions.

Margaret Oyelaran""",
  acct=A(1546718, "oyelaranlaw", "margaret@oyelaranlaw.example", "yearly", start="2025-03-03"),
  i="c", k="request", b="clear", rk=["too complicated"], rc="too_complex",
  notes="'Please don't renew our plan' with reason too complicated."),

M(n=49, slug="maybe-rethinking-ambiguous", client="gmail",
  frm=("Tyler Grant", "tyler@grantco.example"), subj="thinking about it",
  body="""Hey guys, honestly thinking about pulling the plug on CRM Runner. The reporting is pretty weak for what we pay. Not sure yet. What would you suggest?""",
  acct=A(1257003, "grantco", "tyler@grantco.example", "monthly", start="2025-02-14"),
  i="o", k="other", b="maybe", amb=True,
  notes="Considering cancelling but undecided and asks for advice; ambiguous, labelled other."),

M(n=50, slug="auto-reply-x-autoreply", client="auto",
  frm=("Carlos Mendes", "carlos.mendes@mendesauto.example"), subj="Auto: cancel subscription",
  hdrs={"X-Autoreply": "yes", "X-Autorespond": "Carlos Mendes"},
  body="""I'm travelling with limited email until the 20th. Your message has been received and I will reply when I'm back.

Carlos Mendes""",
  i="a", k="auto_reply", b="not",
  notes="Auto-reply with X-Autoreply header only (no Auto-Submitted); echoes a cancellation subject."),
]
