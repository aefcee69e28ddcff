from common import A, M

MESSAGES = [
M(n=201, slug="acct-number-and-card", frm=("Lorna McKay", "lorna@mckaykennels.example"),
  acct=A(3104063, "mckaykennels", "lorna@mckaykennels.example", start="2025-02-05", tier="S"),
  subj="Cancel please", client="gmail",
  body="""Hello,

Please cancel CRM Runner account #3104063 - it's billed to my Mastercard ending 5512. We've gone back to the paper booking diary, the dogs don't care either way!

Lorna McKay
McKay Kennels""",
  i="c", k="request", b="clear", an=3104063, decoys=["5512"],
  rk=["gone back to the paper booking diary"], rc="switched_service",
  notes="Account number with '#' and card last-4 decoy."),

M(n=202, slug="plan-change-cancel-possible", frm=("Dan Whitmore", "dan@whitmorecycles.example"),
  acct=A(3115174, "whitmorecycles", "dan@whitmorecycles.example", plan="yearly", start="2025-08-01"),
  subj="yearly to monthly?", client="gmail",
  body="""Hi,

Can we switch from yearly to monthly at the renewal in August? Cash flow is tight this year and I'd rather not pay 490 in one go. If that's not possible I suppose I'd have to cancel, but I'd much rather stay.

Dan""",
  i="o", k="plan_change", b="maybe", decoys=["490"],
  notes="Yearly->monthly switch with cancelling mentioned only as a fallback; other, maybe."),

M(n=203, slug="already-cancelled-still-access", frm=("Tiffany Hale", "tiffany@halestyling.example"),
  acct=A(3126285, "halestyling", "tiffany@halestyling.example", status="cancelled", start="2025-01-15", tier="S"),
  subj="cancelled but can still log in", client="iphone",
  body="""I cancelled last month but I can still log in and see everything. Is it really cancelled? I don't want another charge""",
  i="o", k="already_cancelled", b="maybe",
  notes="Already cancelled, wants reassurance; no new request."),

M(n=204, slug="seat-remove-two", frm=("Graham Okoro", "graham@okorosolicitors.example"),
  acct=A(3137396, "okorosolicitors", "graham@okorosolicitors.example", tier="T", plan="yearly", start="2024-09-09"),
  subj="Seats", client="outlook",
  body="""Hi,

Two of our paralegals finished their contracts on Friday. Please take their logins off our Team plan: bwatts and lkeane. We'll keep the remaining four seats.

Graham Okoro""",
  i="c", k="request_seat", b="clear", un="bwatts", seat_user=True,
  rk=["finished their contracts"], rc="other",
  notes="Two seats removed; username label holds the first login (bwatts), lkeane also named."),

M(n=205, slug="auto-reply-yes-received", frm=("Sunrise Bakery", "orders@sunrisebakery.example"),
  subj="Re: Your CRM Runner invoice is ready", client="auto",
  body="""Yes, I have received your email! Thank you for contacting Sunrise Bakery. We reply to all orders within one working day. Custom cake orders need 72 hours notice.""",
  i="a", k="auto_reply", b="not",
  notes="Auto-reply starting 'Yes, I have received your email', no headers (rule 5)."),

M(n=206, slug="pause-sabbatical", frm=("Ruth Abernathy", "ruth@abernathycoaching.example"),
  acct=A(3148407, "abernathycoach", "ruth@abernathycoaching.example", start="2025-03-03"),
  subj="Sabbatical", client="apple",
  body="""Hello,

I'm taking a three-month sabbatical from June to August. Could you put my Pro account on hold for that period and restart billing in September? I'll need everything exactly as it is when I return.

Warmly,
Ruth""",
  i="o", k="pause", b="not",
  notes="Pause for a sabbatical."),

M(n=207, slug="cancel-because-retired-number", frm=("Ed Kowalski", "edkowalski@mailbox.example"),
  acct=A(3159518, "kowalskiappraisals", "ed@kowalskiappraisals.example", start="2024-04-04"),
  subj="CRM Runner 3159518", client="plain",
  body="""Please cancel account 3159518. I have retired and shut down Kowalski Appraisals. My business email will stop working soon so please reply here.

Ed Kowalski""",
  i="c", k="request", b="clear", an=3159518,
  rk=["i have retired and shut down kowalski appraisals"], rc="business_closed",
  notes="Account number in subject and body; writes from a personal address; closing words in reason."),

M(n=208, slug="how-to-cancel-yahoo", frm=("Doris Blake", "dorisblake@yahoo-like.example"),
  acct=A(3160629, "dorisb", "dorisblake@yahoo-like.example", start="2025-05-05", tier="S"),
  subj="cancel", client="yahoo",
  body="""How do I cancel this? I can't find it anywhere and I don't want it anymore. Can you just do it for me.

Doris""",
  i="c", k="request", b="clear",
  notes="How-to with a decision and a direct ask ('do it for me'): clear cancellation."),

M(n=209, slug="webinar-question-cancel-policy", frm=("Amir Haddad", "amir@haddadlegal.example"),
  acct=A(3171730, "haddadlegal", "amir@haddadlegal.example", start="2025-07-07"),
  subj="cancellation policy question for my clients", client="gmail",
  body="""Hi,

I'm setting up appointment booking in Runner. Can I add a cancellation policy that clients see when they cancel an appointment, like "48 hours notice or you're charged"?

Amir""",
  i="o", k="how_to", b="not", decoys=["48 hours"],
  notes="Appointment cancellation policy feature question."),

M(n=210, slug="forward-rfc822-ceo", frm=("Laura Beckett", "laura.beckett@beckettgroup.example"),
  acct=A(3182841, "beckettgroup", "ceo@beckettgroup.example", tier="T", plan="yearly", start="2025-05-01"),
  subj="FW: Runner", client="outlook",
  fwd=dict(mode="rfc822", frm=("James Beckett", "ceo@beckettgroup.example"), date="2026-04-14 06:30", subj="Runner",
           to="Laura Beckett <laura.beckett@beckettgroup.example>",
           body="""Laura,

We're not renewing Runner in May. Tell them. The sales team has been living in the ERP's CRM module since January anyway.

J."""),
  body="""Hello,

Please see the attached message from our CEO, who holds the account. Kindly confirm that the subscription will end in May and not renew.

Laura Beckett
Executive Assistant""",
  i="c", k="forward_request", b="clear", rk=["living in the erp's crm module since january"], rc="switched_service",
  notes="Forward of the owner's instruction as an attached message."),

M(n=211, slug="gdpr-delete-ex-employee", frm=("Kerry Doyle", "kerry.doyle@mailbox.example"),
  subj="Delete my user data", client="gmail",
  body="""Hi,

I used to have a login on my old employer's CRM Runner account. I'd like my personal data (name, phone, profile photo) deleted under GDPR. I don't have an account of my own.

Kerry Doyle""",
  i="o", k="data_deletion", b="not",
  notes="Ex-seat user's GDPR erasure."),

M(n=212, slug="chaser-with-question-mark", frm=("Lydia", "lydia.fontaine@mailbox.example"),
  acct=3225580, subj=None, client="android", irt=29,
  body="""Hello?? I asked u to stop the payments. Is that done?""",
  i="c", k="follow_up", b="clear",
  notes="Chaser that restates the wish ('I asked u to stop the payments') with a status question."),

M(n=213, slug="list-digest-saas-reviews", frm=("ReviewHub", "noreply@reviewhub.example"),
  subj="You have a new review on ReviewHub", client="list",
  list=dict(unsub_url="https://reviewhub.example/prefs"),
  body="""A user left a 2-star review of CRM Runner: "Hard to cancel, took three emails."

Respond publicly from your vendor dashboard.""",
  hdrs={"List-Id": "ReviewHub vendor alerts <alerts.reviewhub.example>", "Precedence": "bulk", "Auto-Submitted": "auto-generated"},
  i="o", k="list_mail", b="not",
  notes="Review-site notification quoting a customer's words about cancelling."),

M(n=214, slug="meeting-cancel-qbr", frm=("Monica Reyes", "mreyes@atlasstaffing.example"),
  acct=A(3193952, "atlasstaffing", "mreyes@atlasstaffing.example", tier="T", start="2024-07-01"),
  subj="Cancel QBR Thursday", client="outlook",
  body="""Hi Ben,

Let's cancel Thursday's quarterly review - half my team is at a conference. Can you send some alternative slots for the week after?

Thanks,
Monica""",
  i="o", k="meeting_cancel", b="not",
  notes="Cancels a quarterly business review meeting."),

M(n=215, slug="turkish-stop-no-renew-chase", frm=("Emre Yıldız", "emre@yildiztekstil.example"),
  acct=3162944, subj="Re: About our agreement", client="outlook", irt=71, who="tr",
  body="""Dear CRM Runner,

We did not get confirmation yet. Again I write: please no automatic renewal of our agreement in September.

Best regards
Emre""",
  i="c", k="follow_up", b="clear",
  notes="Chaser restating the non-renewal."),

M(n=216, slug="question-two-factor", frm=("Lucas Meyer", "lucas@meyerbrewing.example"),
  acct=A(3204063, "meyerbrewing", "lucas@meyerbrewing.example", start="2025-01-01"),
  subj="2FA lost phone", client="gmail",
  body="""Hi, I got a new phone and lost my authenticator codes. How do I get back into my account? My username is meyerbrewing.

Lucas""",
  i="o", k="question", b="not", un="meyerbrewing",
  notes="2FA recovery; username given."),

M(n=217, slug="indian-cancel-ambiguous-delete", frm=("Karthik Subramanian", "karthik@ksdigital.example"),
  acct=A(3215174, "ksdigital", "karthik@ksdigital.example", start="2025-06-15"), who="in",
  subj="Delete my account", client="gmail",
  body="""Hi team,

Please delete my account and all data. The tool did not work out for our agency, too many steps for simple follow up. Also please make sure no more charges.

Regards,
Karthik""",
  i="c", k="request", b="clear", rk=["too many steps for simple follow up"], rc="too_complex",
  notes="'Delete my account' because it didn't work out plus 'no more charges': a cancellation, not GDPR erasure."),

M(n=218, slug="refund-only-wrong-currency", frm=("Harriet Cole", "harriet@colebooks.example"),
  acct=A(3226285, "colebooks", "harriet@colebooks.example", start="2025-02-20", cur="GBP", price="39.00"),
  subj="Charged in dollars", client="gmail",
  body="""Hello,

I'm in the UK and was supposed to be billed in pounds. This month I was charged $49 plus a foreign transaction fee. Could you refund the fee and fix the currency? Otherwise all fine.

Harriet""",
  i="o", k="refund_only", b="not", refund=True, decoys=["$49"],
  notes="Currency problem; refund of a fee only."),

M(n=219, slug="angry-cancel-customer-service", frm=("Vince Lombardi", "vince@lombardiautobody.example"),
  acct=A(3237396, "lombardibody", "vince@lombardiautobody.example", start="2025-03-25"),
  subj="done with you", client="gmail",
  body="""Six days. Six days waiting for someone to fix my import. Your "priority support" is a joke. Shut it off, I'm not paying for this anymore.

Vince""",
  i="c", k="request", b="clear", rk=["six days waiting for someone to fix my import"], rc="customer_service",
  notes="Angry; 'Shut it off, I'm not paying for this anymore'."),

M(n=220, slug="thanks-export-help", frm=("Bruno Costa", "bruno@costacafe.example"),
  acct=3275517, subj="Re: export contacts", client="gmail", irt=85, who="br",
  body="""It worked!! Thank you so much, you are the best 🙏

Bruno""",
  i="o", k="thanks", b="not",
  notes="Thanks for export help."),

M(n=221, slug="bounce-exchange-no-header", frm=("Microsoft Outlook", "postmaster@bluewatercharters.example"),
  subj="Undeliverable: Re: Cancel my account", client="dsn", null_return=True,
  dsn=dict(mta="exchange", rcpt="captain@bluewatercharters.example", status="5.4.1",
           diag="550 5.4.1 Recipient address rejected: Access denied",
           reporting="BN8NAM12HT045.mail.protection.outlook.example",
           orig=dict(subj="Re: Cancel my account", body="Hi,\n\nWe've cancelled your account as requested.\n\nCRM Runner Support")),
  i="b", k="bounce", b="not",
  notes="NDR whose subject contains 'Cancel my account'."),

M(n=222, slug="downgrade-remove-seat-plan", frm=("Julie Tan", "julie@tanarchitecture.example"),
  acct=A(3248407, "tanarch", "julie@tanarchitecture.example", start="2025-04-01"), who="my",
  subj="change to Starter", client="gmail",
  body="""Hi,

Please change our plan to Starter from next month. Business is slow, we just want to keep the contacts and basic reminders.

Thanks,
Julie""",
  i="o", k="downgrade", b="not",
  notes="Downgrade to keep basic features."),

M(n=223, slug="hypothetical-owner-transfer", frm=("Brian Foley", "brian@foleyhardware.example"),
  acct=A(3259518, "foleyhardware", "brian@foleyhardware.example", start="2024-10-10"),
  subj="selling the store", client="outlook",
  body="""Hi,

I'm in talks to sell the hardware store. If the sale goes through, can the account be transferred to the new owner, or would I have to cancel and they'd start fresh? Nothing is signed yet.

Brian Foley""",
  i="o", k="hypothetical", b="maybe",
  notes="Hypothetical ownership transfer; 'sell' words but no request."),

M(n=224, slug="sales-agency-discount", frm=("Penny Lowell", "penny@lowellagency.example"),
  acct=A(3260629, "lowellagency", "penny@lowellagency.example", start="2025-08-18"),
  subj="Agency pricing", client="gmail",
  body="""Hi! We manage CRMs for 8 small clients and would like to move them all onto Runner. Do you have agency/partner pricing?

Penny""",
  i="o", k="sales", b="not", decoys=["8"],
  notes="Partner pricing inquiry from an existing customer."),

M(n=225, slug="ios-outlook-cancel", frm=("Steve Kendall", "steve@kendallsurveys.example"),
  acct=A(3271730, "kendallsurveys", "steve@kendallsurveys.example", start="2025-02-27"),
  subj="Account", client="outlook-ios",
  body="""Morning - please cancel Runner for Kendall Surveys at the end of this month. We've taken on a part-time admin who'd rather work in Excel, and frankly so would I.

Steve""",
  i="c", k="request", b="clear", rk=["who'd rather work in excel"], rc="switched_service",
  notes="Outlook iOS; moved to a spreadsheet."),

M(n=226, slug="withdrawal-mexican", frm=("Alejandro Vega", "alejandro@vegamuebles.example"),
  acct=3332207, subj="Re: Cancelation", client="android", irt=92, who="mx",
  body="""Hi, sorry please dont cancel yet!! My partner wants to try one more month with the WhatsApp integration. I will tell you later.

Alejandro""",
  i="o", k="withdrawal", b="not", wd=True,
  notes="Puts the earlier cancellation on hold."),

M(n=227, slug="cancel-card-update-confusion", frm=("Gina Russo", "gina@russobakery.example"),
  acct=A(3282841, "russobakery", "gina@russobakery.example", start="2025-05-30", tier="S"),
  subj="cancel my card", client="iphone",
  body="""My card got stolen and cancelled by the bank. How do I put the new one in so my account doesn't stop?""",
  i="o", k="how_to", b="not",
  notes="Cancelled card; wants to keep the account."),

M(n=228, slug="korean-polite-request", frm=("Kim Soo-jin", "soojin.kim@seoulbeautylab.example"),
  acct=A(3293952, "seoulbeauty", "soojin.kim@seoulbeautylab.example", start="2025-07-22"), who="kr",
  subj="Cancellation of service", client="gmail",
  body="""Hello,

I would like to request to cancel our CRM Runner service. We have been using it for 1 year but our team members are only two people now, so it is too big for us.

Thank you for your help until now.
Kim Soo-jin""",
  i="c", k="request", b="clear", rk=["our team members are only two people now"], rc="other",
  notes="Team too small."),

M(n=229, slug="auto-reply-left-parental", frm=("Erin Walsh", "erin.walsh@riversidevet.example"),
  subj="Automatic reply: Your CRM Runner trial", client="auto",
  hdrs={"Auto-Submitted": "auto-replied"},
  body="""I'm on parental leave until January. Your message has not been forwarded. Please contact practice@riversidevet.example.""",
  i="a", k="auto_reply", b="not",
  notes="Parental-leave auto-reply."),

M(n=230, slug="other-feature-request", frm=("Owen Price", "owen.price@redkitebikes.example"),
  acct=3191045, subj="feature idea", client="gmail",
  body="""Hi, would be great if I could tag contacts by bike model. Any chance that's on the roadmap?

Owen""",
  i="o", k="other", b="not",
  notes="Feature request."),

M(n=231, slug="cancel-do-not-renew-membership", frm=("Helen Varga", "helen@vargamusicschool.example"),
  acct=A(3304063, "vargamusic", "helen@vargamusicschool.example", plan="yearly", start="2025-09-01", tier="S"),
  subj="membership", client="thunderbird",
  body="""Dear CRM Runner,

Our school year ends in June and we have decided not to renew the CRM Runner membership. Parents now book lessons through the school's own website, so we no longer need the separate enquiry tracking.

Best regards,
Helen Varga
Varga Music School""",
  i="c", k="request", b="clear", rk=["parents now book lessons through the school's own website"], rc="switched_service",
  notes="Non-renewal of 'membership'."),

M(n=232, slug="already-cancelled-trial-charged", frm=("Mason Clark", "mason@clarkfitness.example"),
  acct=A(3315174, "clarkfit", "mason@clarkfitness.example", status="cancelled", start="2026-03-01", trial="2026-03-15"),
  subj="charged after trial cancel", client="gmail", date="2026-03-20 08:14",
  body="""I cancelled my trial on day 10 and still got charged $49 on the 15th. Receipt number 2231-4471. Refund please.

Mason Clark""",
  i="o", k="already_cancelled", b="not", refund=True, decoys=["$49", "15th", "2231-4471"],
  notes="Cancelled trial still charged; refund only."),

M(n=233, slug="question-sso", frm=("Priya Desai", "priya.desai@cobaltfinance.example"),
  acct=A(3326285, "cobaltfin", "priya.desai@cobaltfinance.example", tier="T", start="2025-01-20"), who="in",
  subj="SSO with Azure AD", client="outlook",
  body="""Hello,

Does the Team plan support SAML SSO with Azure AD? Our IT security team requires it for all SaaS tools by Q3.

Regards,
Priya Desai""",
  i="o", k="question", b="not",
  notes="SSO question."),

M(n=234, slug="seat-remove-chase-formal", frm=("Graham Okoro", "graham@okorosolicitors.example"),
  acct=3137396, subj="RE: Seats", client="outlook", irt=204,
  quote=dict(text="""Hi Graham,

We've removed bwatts. Could you confirm the second login you'd like removed? We couldn't find "lkeane".

Thanks,
Sam | CRM Runner Support"""),
  body="""Hi Sam,

Apologies - it's l.keane with a dot. Please remove that one too.

Graham""",
  i="c", k="request_seat", b="clear", un="l.keane", seat_user=True,
  notes="Threaded seat removal correcting the second login."),

M(n=235, slug="ghanaian-question-invoice", frm=("Ama Boateng", "ama@boatengfoods.example"),
  acct=A(3337396, "boatengfoods", "ama@boatengfoods.example", start="2025-03-14"), who="gh",
  subj="Receipt", client="gmail",
  body="""Good morning,

Please can you send me a receipt with our company name Boateng Foods Ltd for the payment of last month? The bank needs it.

Thank you
Ama""",
  i="o", k="question", b="not",
  notes="Receipt request."),

M(n=236, slug="cancel-website-mismatch", frm=("Terry Ashby", "terry@ashbyroofing.example"),
  acct=A(3348407, "ashbyroofing", "terry@ashbyroofing.example", start="2025-06-06"),
  subj="end it", client="gmail",
  body="""Please end our CRM Runner. The website we had built came with its own lead inbox and my guys just use that.

Terry Ashby""",
  i="c", k="request", b="clear", rk=["came with its own lead inbox"], rc="switched_service",
  notes="Product name as object; tool they already have."),

M(n=237, slug="order-cancel-training", frm=("Alison Pryce", "alison@prycehomecare.example"),
  acct=A(3359518, "prycehomecare", "alison@prycehomecare.example", start="2025-02-02"),
  subj="Cancel training booking", client="outlook",
  body="""Hello,

We booked and paid for the 'Runner Admin' training package (booking ref TRN-5520) for next Tuesday. We'd like to cancel it and get the $150 back as our admin has left. Our subscription stays as it is.

Alison Pryce""",
  i="o", k="order_cancel", b="not", refund=True, decoys=["TRN-5520", "$150"],
  notes="Cancels a paid training booking with refund; subscription stays."),

M(n=238, slug="stop-charging-ph-chase", frm=("Maricel Santos", "maricel.santos@islandbreezetours.example"),
  acct=3282460, subj="Re: Cancel po", client="gmail", irt=37, who="ph",
  body="""Hi po, just following up my request to cancel. Please don't charge us anymore po, the business is really closed. Thank you po.""",
  i="c", k="follow_up", b="clear", rk=["the business is really closed"], rc="business_closed",
  notes="Chaser restating the request."),

M(n=239, slug="list-mail-payment-processor", frm=("PayFlow", "notifications@payflow.example"),
  subj="Dispute opened: charge ch_9KQ2 (CRM Runner)", client="list",
  list=dict(unsub_url="https://payflow.example/settings/notifications"),
  body="""A customer has disputed a charge of $49.00. Reason: "subscription cancelled".

Respond with evidence within 7 days in your PayFlow dashboard.""",
  hdrs={"Precedence": "bulk", "Auto-Submitted": "auto-generated"},
  i="o", k="list_mail", b="not",
  notes="Payment-processor notification quoting a dispute reason; machine mail."),

M(n=240, slug="french-resiliation", frm=("Claire Moreau", "claire@moreauimmobilier.example"),
  acct=A(3360629, "moreauimmo", "claire@moreauimmobilier.example", plan="yearly", start="2025-10-15"), who="fr",
  subj="Résiliation de l'abonnement", client="gmail",
  body="""Hello,

I wish to resiliate my subscription to CRM Runner at the end of the current period (October). The agency has been bought by a network which imposes its own software.

Thank you in advance for your confirmation.

Sincerely,
Claire Moreau""",
  i="c", k="request", b="clear", rk=["bought by a network which imposes its own software"], rc="switched_service",
  notes="French 'résilier' calque ('resiliate'); RFC 2047 subject."),

M(n=241, slug="other-testimonial", frm=("Martha Greene", "martha@greenecounselling.example"),
  acct=A(3371730, "greenecounsel", "martha@greenecounselling.example", start="2024-08-01", tier="S"),
  subj="Just a thank you", client="apple",
  body="""Hi there,

Nothing needed - I just wanted to say the new reminder feature has saved me hours this month. Thank you!

Martha""",
  i="o", k="thanks", b="not",
  notes="Unprompted thank-you."),

M(n=242, slug="maybe-cancel-team-member", frm=("Jenna Park", "jenna.park@parkdental.example"),
  acct=A(3382841, "parkdental", "office@parkdental.example", tier="T", start="2025-04-15"),
  subj="cancel", client="iphone",
  body="""Hi please cancel my login, I'm leaving Park Dental on Friday""",
  i="c", k="request_seat", b="maybe", amb=True, rk=["i'm leaving park dental on friday"], rc="other",
  notes="A seat user (not the owner) asks to remove her own login at Park Dental (account identified by the practice named in the text and her address domain); a seat cancellation that needs the owner's consent: maybe, ambiguous."),

M(n=243, slug="bounce-greylisted-delay", frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Delayed Mail (still being retried)", client="dsn",
  dsn=dict(rcpt="info@harbourlightsinn.example", status="4.7.1", action="delayed",
           diag="450 4.7.1 <info@harbourlightsinn.example>: Recipient address rejected: Greylisted, try again later",
           orig=dict(subj="Your CRM Runner renewal is coming up", body="Your plan renews in 7 days.\n\nCRM Runner"),
  human="""This is the mail system at host mx1.crmrunner.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.
"""),
  i="b", k="bounce", b="not",
  notes="Delay notification (4.x); bounce kind."),

M(n=244, slug="cancel-with-ticket-and-phone", frm=("Rhonda Baxter", "rhonda@baxterdaycare.example"),
  acct=A(3393952, "baxterdaycare", "rhonda@baxterdaycare.example", start="2025-01-08", tier="S"),
  subj="Following up on call - case 77120", client="gmail",
  body="""Hi,

I spoke to someone on the phone today (case 77120) and was told to put it in writing, so: please cancel our CRM Runner subscription. The daycare is now part of the county program and parent communications go through their system.

Call me on 555-0108 if you need anything.

Rhonda Baxter""",
  i="c", k="request", b="clear", decoys=["77120", "555-0108"],
  rk=["parent communications go through their system"], rc="switched_service",
  notes="Written confirmation of a phone call; case number and phone are decoys."),

M(n=245, slug="threat-if-price", frm=("Colin Marsh", "colin@marshjoinery.example"),
  acct=3281796, subj="Price rise", client="outlook",
  body="""Hi,

Just read that Pro is going up 20%. If that applies to existing customers I'll be looking elsewhere. Does it?

Colin""",
  i="o", k="question", b="maybe", decoys=["20%"],
  notes="Conditional threat about a price rise; a question."),

M(n=246, slug="chinese-follow-up-thanks", frm=("Li Wei", "liwei.trade@163mail.example"),
  acct=3240907, subj="Re: End membership", client="gmail", irt=31, who="cn",
  body="""Received the confirmation. Thank you very much for your help!

Li Wei""",
  i="o", k="thanks", b="not",
  notes="Thanks after confirmation."),

M(n=247, slug="cancel-team-bigger-tool", frm=("Ashley Brooks", "ashley@brooksrecruiting.example"),
  acct=A(3404063, "brooksrecruit", "ashley@brooksrecruiting.example", tier="T", start="2024-11-05"),
  subj="Moving on", client="gmail",
  body="""Hi team,

We've outgrown Runner - we need proper candidate pipelines and job-board integrations, which you don't have. Please cancel our Team subscription when the current month ends.

Thanks for two good years,
Ashley""",
  i="c", k="request", b="clear", rk=["we've outgrown runner", "job-board integrations, which you don't have"], rc="missing_features",
  notes="Missing features."),

M(n=248, slug="hypothetical-nigerian", frm=("Funmi Adebayo", "funmi@adebayofashion.example"),
  acct=A(3415174, "adebayofashion", "funmi@adebayofashion.example", start="2025-02-18"), who="ng",
  subj="Enquiry", client="android",
  body="""Good evening,

Please if I cancel now, will I still be able to use it till end of the month since I have paid already? I want to know before I decide.

Thanks""",
  i="o", k="hypothetical", b="maybe",
  notes="Hypothetical, explicitly undecided."),

M(n=249, slug="too-complex-cancel", frm=("Glenda Morris", "glenda@morrisfarmstand.example"),
  acct=A(3426285, "morrisfarm", "glenda@morrisfarmstand.example", start="2025-05-10", tier="S"),
  subj="Please cancel", client="plain",
  body="""Hello,

I am 71 and I thought I could manage this but there are too many buttons. My granddaughter has set me up with a notebook and a calendar on the wall which suits me better. Please cancel it and stop the payments.

Thank you dear,
Glenda Morris""",
  i="c", k="request", b="clear", rk=["there are too many buttons"], rc="too_complex",
  notes="Too complex; back to paper."),

M(n=250, slug="thanks-after-seat", frm=("Paul Esposito", "paul@espositolaw.example"),
  acct=3331176, subj="Re: intern's seat", client="iphone", irt=42,
  body="""Perfect thx""",
  i="o", k="thanks", b="not",
  notes="Two-word thanks after seat removal."),
]
