from common import A, M

MESSAGES = [
M(n=101, slug="yes-please-under-offer", frm=("Ian Brody", "ian@brodyelectric.example"),
  acct=A(3398812, "brodyelectric", "ian@brodyelectric.example", start="2025-03-04"),
  subj="Re: Your question about billing", client="gmail",
  quote=dict(text="""Hi Ian,

Thanks for getting in touch. If you'd like, I can cancel the Pro plan for you now so that it doesn't renew on the 12th. Just reply to let me know.

Best,
Dana | CRM Runner Support"""),
  body="""Yes please, go ahead.

Ian""",
  i="c", k="request", b="clear",
  notes="Short reply whose meaning depends on the quoted offer to cancel: a cancellation (rule 4)."),

M(n=102, slug="account-number-body-phone-decoy", frm=("Shirley Amos", "shirley@amosbridal.example"),
  acct=A(3409927, "amosbridal", "shirley@amosbridal.example", start="2024-11-19"),
  subj="close account", client="gmail",
  body="""Hi,

Account no. 3409927. Please close it down, we're merging with another boutique and they use a different system. You can reach me on 555-0163 if there's a problem.

Shirley Amos""",
  i="c", k="request", b="clear", an=3409927, decoys=["555-0163"],
  rk=["we're merging with another boutique and they use a different system"], rc="switched_service",
  notes="Account number in body next to a phone number decoy."),

M(n=103, slug="withdrawal-after-request", frm=("Vanessa Cole", "vanessa@colewellness.example"),
  acct=3236114, subj="Re: Calendar sync broken AGAIN", client="gmail", irt=30,
  body="""Sync has been fine since Tuesday's fix, so forget what I said about leaving. Thanks for sorting it.

Vanessa""",
  i="o", k="thanks", b="not",
  notes="Takes back a threat (not a request), thanks for the fix; not a withdrawal of a cancellation."),

M(n=104, slug="japanese-polite", frm=("Takahashi Yuki", "y.takahashi@sakuradesign.example"),
  acct=A(3410035, "sakuradesign", "y.takahashi@sakuradesign.example", start="2025-06-20"), who="jp",
  subj="Request of cancellation", client="gmail",
  body="""Dear CRM Runner Support Team,

Thank you always for your service.
I am sorry to trouble you, but we would like to cancel the contract of CRM Runner at end of this month. Our Tokyo headquarter has introduced Salesforce for whole group, so we must follow.

Thank you for your understanding.

Best regards,
Yuki Takahashi""",
  i="c", k="request", b="clear", rk=["introduced salesforce for whole group"], rc="switched_service",
  notes="Polite Japanese-style cancellation; switched to group tool."),

M(n=105, slug="how-to-downgrade-or-what", frm=("Kirk Maddox", "kirk@maddoxtowing.example"),
  acct=A(3421143, "maddoxtow", "kirk@maddoxtowing.example", start="2025-02-07"),
  subj="??", client="android",
  body="""What happens to my stuff if I go down to starter? Do I lose the email templates""",
  i="o", k="hypothetical", b="not",
  notes="Hypothetical about downgrading; no cancellation."),

M(n=106, slug="end-membership-yoga", frm=("Beatrice Lowe", "beatrice@lowepilates.example"),
  acct=A(3432251, "lowepilates", "beatrice@lowepilates.example", start="2025-05-01", tier="S"),
  subj="Ending my membership", client="apple",
  body="""Hello,

I'd like to end my membership with CRM Runner, effective at the end of the current month. The studio is small enough that I can keep track of my clients through the booking app, which already sends reminders.

Many thanks,
Beatrice Lowe""",
  i="c", k="request", b="clear", rk=["the booking app, which already sends reminders"], rc="switched_service",
  notes="'end my membership'; reason: a tool they already have."),

M(n=107, slug="ipad-cancel-for-mum", frm=("Tom Archer", "tom.archer@homeinbox.example"),
  acct=A(3443364, "archerknits", "margaret@archerknits.example", start="2024-09-02", tier="S"),
  subj="My mum's account", client="ipad",
  body="""Hello, I'm writing for my mother Margaret Archer, who has passed away. Her CRM Runner account is under margaret@archerknits.example. Please cancel it and stop any further payments. Thank you.

Tom Archer""",
  i="c", k="request", b="clear", em="margaret@archerknits.example", rk=["who has passed away"], rc="other",
  notes="Relative cancels for a deceased owner; registered address in body."),

M(n=108, slug="auto-reply-left-company", frm=("Jake Morrison", "jake.morrison@summitfreight.example"),
  subj="Automatic reply: Action needed: update your payment method", client="auto",
  hdrs={"Auto-Submitted": "auto-replied"},
  body="""Jake Morrison no longer works at Summit Freight. Please direct billing questions to ap@summitfreight.example. This mailbox is not monitored.""",
  i="a", k="auto_reply", b="not",
  notes="Left-company auto-reply."),

M(n=109, slug="monthly-yearly-considered-cancel", frm=("Hollie Franks", "hollie@franksfloristry.example"),
  acct=A(3454478, "franksflorist", "hollie@franksfloristry.example", start="2025-07-17", tier="S"),
  subj="Billing", client="gmail",
  body="""Hi,

I was about to cancel because the monthly fees add up, but then I saw there's a yearly price. Could I switch to paying yearly on Starter? If yes please do it from the next bill.

Hollie""",
  i="o", k="plan_change", b="not",
  notes="Considered cancelling, chooses yearly billing instead."),

M(n=110, slug="angry-cancel-refund", frm=("Russell Boyd", "rboyd@boydconcrete.example"),
  acct=A(3465589, "boydconcrete", "rboyd@boydconcrete.example", start="2025-04-11"),
  subj="Refund and cancel", client="outlook-mobile",
  body="""I signed up for a trial and you charged me $49 without any warning. I never used it after day one. Cancel this and refund me or I'm disputing it with my bank.""",
  i="c", k="request", b="clear", refund=True, decoys=["$49"],
  rk=["i never used it after day one"], rc="unused",
  notes="Cancel plus refund with a chargeback threat."),

M(n=111, slug="seat-remove-formal", frm=("Moira Flanagan", "mflanagan@flanaganaccountants.example"),
  acct=A(3476692, "flanaganacc", "mflanagan@flanaganaccountants.example", tier="T", plan="yearly", start="2025-01-10"),
  subj="Removal of user licence", client="outlook",
  sigtable=["Moira Flanagan FCA", "Partner", "Flanagan & Co Chartered Accountants"],
  body="""Good afternoon,

Please remove the user licence for our former trainee, Aoife Brennan (login: abrennan), from our CRM Runner Team subscription with effect from today, and credit the unused portion against our next annual invoice if that is possible.

Kind regards""",
  i="c", k="request_seat", b="clear", un="abrennan", seat_user=True, refund=True,
  notes="Formal seat removal with a credit request (asks money back)."),

M(n=112, slug="bounce-gmail", frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.example"),
  subj="Delivery Status Notification (Failure)", client="dsn", null_return=True,
  dsn=dict(mta="gmail", rcpt="tonyb.fitness@gmail-like.example", status="5.1.1",
           diag="550 5.1.1 The email account that you tried to reach does not exist.",
           reporting="mx.googlemail.example",
           orig=dict(subj="Welcome to CRM Runner!", body="Welcome aboard! Here's how to get started.\n\nCRM Runner")),
  i="b", k="bounce", b="not",
  notes="Gmail-style address-not-found bounce."),

M(n=113, slug="indonesian-stop", frm=("Dewi Kartika", "dewi@kartikabatik.example"),
  acct=A(3487701, "kartikabatik", "dewi@kartikabatik.example", start="2025-03-26", tier="S"), who="id",
  subj="Stop subscription", client="gmail",
  body="""Dear CRM Runner,

I want to stop subscription because my online shop now is handled by my cousin, and he use Shopee seller center for all customer data. So we not need CRM anymore.

Thank you,
Dewi""",
  i="c", k="request", b="clear", rk=["he use shopee seller center for all customer data"], rc="switched_service",
  notes="Indonesian writer; marketplace tool replaces CRM."),

M(n=114, slug="cancel-or-not-ambiguous", frm=("Shaun Mercer", "shaun@mercerpest.example"),
  acct=A(3498815, "mercerpest", "shaun@mercerpest.example", start="2025-08-03"),
  subj="thinking of cancelling", client="gmail",
  body="""Honestly thinking of cancelling. The app on Android keeps logging me out and the guys in the vans can't use it. Is there a fix coming or should I just pull the plug?

Shaun""",
  i="o", k="bug_report", b="maybe", amb=True,
  notes="'thinking of cancelling' with a bug; not a decision yet. Other, ambiguous."),

M(n=115, slug="chase-do-not-renew", frm=("Ingrid Solberg", "ingrid@solbergdesign.example"),
  acct=3303871, subj="Re: renewal", client="apple", irt=39,
  body="""Hi again, just checking you got my note - we don't want the Runner plan renewed in October. Can you confirm?

Ingrid""",
  i="c", k="follow_up", b="clear",
  notes="Chaser restating the do-not-renew wish."),

M(n=116, slug="newsletter-unsub-yahoo", frm=("Gloria Santiago", "gloriasantiago@yahoo-like.example"),
  subj="STOP EMAILS", client="yahoo-mobile",
  body="""I never signed up for your CRM thing. Stop sending me emails about webinars. Remove this address.""",
  i="o", k="newsletter_unsubscribe", b="not",
  notes="Marketing unsubscribe from a non-customer."),

M(n=117, slug="qp-rambling-cancel", frm=("Dorothy Keane", "dorothy.keane@keanegardens.example"),
  acct=A(3003390, "keanegardens", "dorothy.keane@keanegardens.example", start="2024-06-06"),
  subj="Our CRM Runner", client="plain-qp",
  body="""Dear CRM Runner team,

I want to start by saying you have always been very helpful on the phone, particularly the young man called Ollie who helped me set up the mailing list for the garden centre's spring open day. It worked a treat and we had more visitors than ever.

Unfortunately the council has bought the land for the new school and we must be out by the end of the year. My husband and I have decided not to relocate at our age. So there is no garden centre to run after December and I would be grateful if you could end our CRM Runner at the end of November and not take the December money.

With kind regards,
Dorothy Keane
Keane Gardens""",
  i="c", k="request", b="clear",
  rk=["the council has bought the land", "decided not to relocate at our age"], rc="business_closed",
  notes="Long rambling letter, request near the end ('end our CRM Runner')."),

M(n=118, slug="refund-question-only", frm=("Lamar Hughes", "lamar@hughesdetailing.example"),
  acct=A(3014027, "hughesdetail", "lamar@hughesdetailing.example", start="2025-09-09", tier="S"),
  subj="Refund policy?", client="iphone",
  body="""Do you guys do refunds if you cancel mid month? Asking for later""",
  i="o", k="hypothetical", b="maybe",
  notes="Refund policy question framed as hypothetical."),

M(n=119, slug="romanian-stop-auto", frm=("Andrei Popescu", "andrei@popescuauto.example"),
  acct=A(3025138, "popescuauto", "andrei@popescuauto.example", start="2025-02-15"), who="ro",
  subj="Please stop the automatic payment", client="gmail",
  body="""Hello,

Please to stop the automatic payment for CRM Runner starting with next month. We have too few clients this year to justify 49 dollars monthly.

Thank you,
Andrei Popescu""",
  i="c", k="request", b="clear", decoys=["49 dollars"],
  rk=["too few clients this year to justify 49 dollars monthly"], rc="too_expensive",
  notes="Stop automatic payment; cost relative to use."),

M(n=120, slug="fwd-rfc822-assistant", frm=("Jessie Wong", "jessie@wongdentistry.example"),
  acct=A(3036249, "wongdds", "dr.wong@wongdentistry.example", tier="T", start="2024-07-01"),
  subj="Fwd: please handle", client="outlook",
  fwd=dict(mode="rfc822", frm=("Dr. Albert Wong", "dr.wong@wongdentistry.example"), date="2026-09-02 07:55",
           subj="please handle", to="Jessie Wong <jessie@wongdentistry.example>",
           body="""Jessie, please contact CRM Runner and terminate our account before it bills again. We're going with the dental software's patient CRM. Albert""", client="iphone", sig="Sent from my iPhone"),
  body="""Hello,

Forwarding Dr. Wong's instructions. Please cancel our CRM Runner account and confirm.

Jessie Wong
Practice Manager""",
  i="c", k="forward_request", b="clear", rk=["going with the dental software's patient crm"], rc="switched_service",
  notes="Outlook forward with the owner's iPhone message attached as rfc822."),

M(n=121, slug="question-tax-invoice", frm=("Ananya Iyer", "ananya@iyerexports.example"),
  acct=A(3047352, "iyerexports", "ananya@iyerexports.example", start="2025-04-04"), who="in",
  subj="GST invoice required", client="gmail",
  body="""Hello Team,

Kindly share the invoices for April to June with our GSTIN 29ABCDE1234F1Z5 mentioned. Our auditor is asking for the same.

Regards,
Ananya""",
  i="o", k="question", b="not", decoys=["29ABCDE1234F1Z5"],
  notes="Invoice request with tax id decoy."),

M(n=122, slug="stop-charging-me-chinese", frm=("Zhang Min", "zhangmin.studio@mailbox.example"),
  acct=A(3058463, "zhangmin", "zhangmin.studio@mailbox.example", start="2025-05-18", tier="S"), who="cn",
  subj="please no charge", client="android",
  body="""hello, please no charge me again for CRMRunner. i am student now, not work for the studio. thank you""",
  i="c", k="request", b="clear", rk=["i am student now"], rc="other",
  notes="Money-framed phone request; personal situation changed."),

M(n=123, slug="cancel-trial-upgrade-mistake", frm=("Derek Stone", "derek@stonelandscaping.example"),
  acct=A(3069574, "stoneland", "derek@stonelandscaping.example", start="2025-06-25"),
  subj="upgraded by mistake", client="gmail",
  body="""Hi, I hit upgrade to Team by mistake this morning. Can you undo that and put me back on Pro, and refund the difference? Thanks.

Derek""",
  i="o", k="plan_change", b="not", refund=True,
  notes="Undo an accidental upgrade; refund of the difference."),

M(n=124, slug="auto-reply-no-header", frm=("Kaufmann Steuerberatung", "info@kaufmann-stb.example"),
  subj="AW: Your CRM Runner receipt", client="auto",
  body="""Thank you for your message. Our office is closed from 23 December to 6 January. Your e-mail will not be forwarded. In urgent cases please contact our partner office at partner@kaufmann-stb.example.""",
  i="a", k="auto_reply", b="not",
  notes="Holiday auto-reply without Auto-Submitted header (rule 5)."),

M(n=125, slug="project-ended-charity", frm=("Naomi Fischer", "naomi@riverbendtrust.example"),
  acct=A(3070685, "riverbendtrust", "naomi@riverbendtrust.example", start="2025-01-14"),
  subj="Grant project finished", client="thunderbird",
  body="""Hello,

Our capital campaign (which is what we bought CRM Runner for) wrapped up last week, and the donor records now live in the charity database. Please cancel our Pro subscription from the next billing date.

Thanks so much for the discount you gave us,
Naomi Fischer
Riverbend Trust""",
  i="c", k="request", b="clear", rk=["our capital campaign", "wrapped up last week"], rc="unused",
  notes="Project ended; records moved to charity database."),

M(n=126, slug="kenyan-terminate", frm=("Wanjiru Kamau", "wanjiru@kamauagencies.example"),
  acct=A(3081796, "kamauagencies", "wanjiru@kamauagencies.example", start="2025-02-20"), who="ke",
  subj="Termination of CRM Runner", client="gmail",
  body="""Dear Sir/Madam,

Kindly terminate our CRM Runner subscription with effect from 1st November. The directors have resolved to cut down on subscriptions that are not critical to operations.

Kindly acknowledge.

Regards,
Wanjiru Kamau
Finance Officer""",
  i="c", k="request", b="clear", decoys=["1st November"],
  rk=["cut down on subscriptions that are not critical to operations"], rc="too_expensive",
  notes="Formal termination; cost-cutting reason."),

M(n=127, slug="cancel-meeting-onboarding", frm=("Hugo Bennett", "hugo@bennettprint.example"),
  acct=A(3092807, "bennettprint", "hugo@bennettprint.example", start="2026-01-20"),
  subj="Cancel onboarding call", client="gmail", date="2026-02-03 09:40",
  body="""Hi Sara,

Need to cancel tomorrow's onboarding call, sorry - flu. Can we do next Wednesday instead, same time?

Hugo""",
  i="o", k="meeting_cancel", b="not",
  notes="Cancels an onboarding call."),

M(n=128, slug="phone-renew-no", frm=("Pat", "pat.oneil@mailbox.example"),
  acct=A(3103918, "patoneil", "pat.oneil@mailbox.example", plan="yearly", start="2025-12-01", tier="S"),
  subj="renewal notice", client="iphone",
  body="""Got your renewal notice. Don't renew it. Thanks""",
  i="c", k="request", b="clear",
  notes="Short phone 'Don't renew it' after a renewal notice."),

M(n=129, slug="already-cancelled-question", frm=("Greg Owusu", "greg.owusu@owusudesign.example"),
  acct=A(3114029, "owusudesign", "greg.owusu@owusudesign.example", status="cancelled", start="2025-03-01", tier="S"),
  subj="still getting emails", client="gmail",
  body="""I cancelled Runner back in March and I'm still getting "your pipeline summary" emails every Monday. Can you turn those off?

Greg""",
  i="o", k="already_cancelled", b="not",
  notes="Already cancelled; wants notification e-mails stopped."),

M(n=130, slug="portuguese-cancel", frm=("João Pereira", "joao.pereira@pereiravinhos.example"),
  acct=A(3125130, "pereiravinhos", "joao.pereira@pereiravinhos.example", start="2025-05-09"), who="pt",
  subj="Cancelamento / Cancellation", client="gmail",
  body="""Good afternoon,

I come by this means to request the cancellation of our subscription of CRM Runner. The wine exports have been reduced a lot and we have only three clients now, I can manage them by e-mail.

Best regards,
João Pereira""",
  i="c", k="request", b="clear", rk=["we have only three clients now"], rc="unused",
  notes="Portuguese-style formal phrasing ('I come by this means')."),

M(n=131, slug="seat-remove-replace", frm=("Darnell Hayes", "darnell@hayesrealtygroup.example"),
  acct=A(3136241, "hayesrealty", "darnell@hayesrealtygroup.example", tier="T", start="2024-10-10"),
  subj="swap users", client="gmail",
  body="""Hi, can we swap the seat from tiffany.h to our new agent Marcus (marcus@hayesrealtygroup.example)? Tiffany's gone but we want to keep the same number of seats.

Darnell""",
  i="o", k="question", b="not",
  notes="Seat reassignment, keeps the seat count; not a seat removal."),

M(n=132, slug="polish-notice", frm=("Katarzyna Nowak", "k.nowak@nowakbiuro.example"),
  acct=A(3147352, "nowakbiuro", "k.nowak@nowakbiuro.example", plan="yearly", start="2025-10-01"), who="pl",
  subj="Notice of termination", client="outlook-html",
  sigtable=["Katarzyna Nowak", "Biuro Rachunkowe Nowak", "NIP 525-000-11-22"],
  body="""Dear Sirs,

I hereby give notice of termination of the CRM Runner agreement concluded for our accounting office. I ask to not prolong the agreement for the next year and confirm the date of ending by e-mail.

The reason is that our office is joining another company which has its own system.

Yours faithfully,""",
  i="c", k="request", b="clear", decoys=["525-000-11-22"],
  rk=["joining another company which has its own system"], rc="switched_service",
  notes="Outlook HTML formal notice; tax id decoy."),

M(n=133, slug="list-vendor-news", frm=("CRM Runner", "news@crmrunner.example"),
  subj="What's new in Runner: bulk edit, faster search", client="list",
  list=dict(unsub_url="https://crmrunner.example/email/unsubscribe"),
  body="""Bulk edit is here! Select up to 500 contacts and update fields in one go.

Search is now twice as fast for large accounts.

Questions? Just reply to this email.""",
  hdrs={"List-Id": "CRM Runner product news <news.crmrunner.example>", "Precedence": "bulk"},
  i="o", k="list_mail", b="not",
  notes="The vendor's own newsletter landing in the support box."),

M(n=134, slug="cancel-username-test", frm=("Nate Brennan", "nate.brennan@homeinbox.example"),
  acct=A(3158463, "test", "nate@brennanbrewing.example", start="2025-03-12", tier="S"),
  subj="cancel the test account", client="gmail",
  body="""Hey, when we signed up I made the username "test" because I figured we'd change it later. We never did. Anyway please cancel it, the brewery went with the POS system's customer features.

Nate Brennan
Brennan Brewing""",
  i="c", k="request", b="clear", un="test", rk=["the brewery went with the pos system's customer features"], rc="switched_service",
  notes="Username is the ordinary word 'test'; writes from a personal address."),

M(n=135, slug="gdpr-delete-customer-contact", frm=("Peter Walsh", "peter.walsh@mailbox.example"),
  subj="Remove my data from your customer's CRM", client="gmail",
  body="""Hello,

A company that uses your CRM keeps emailing me (Acme Windows). I want my details removed from their CRM Runner database. Can you do that or do I need to contact them?

Peter Walsh""",
  i="o", k="data_deletion", b="not",
  notes="Third party wants his data removed from a customer's CRM."),

M(n=136, slug="egyptian-stop-please", frm=("Mona Farouk", "mona@faroukinteriors.example"),
  acct=A(3169574, "faroukinteriors", "mona@faroukinteriors.example", start="2025-07-07"), who="eg",
  subj="Stop the Runner", client="gmail",
  body="""Dear team,

Kindly I need to stop the Runner for my company from this month. We are working now only on government projects and the CRM is not useful for this type of work.

Best regards
Mona Farouk""",
  i="c", k="request", b="clear", rk=["working now only on government projects"], rc="other",
  notes="'stop the Runner'; business changed."),

M(n=137, slug="hypothetical-team-leaving", frm=("Stuart Gill", "stuart@gillmortgages.example"),
  acct=A(3170685, "gillmortgage", "stuart@gillmortgages.example", tier="T", start="2025-02-02"),
  subj="if an advisor leaves", client="outlook",
  body="""Hi,

If one of our advisors leaves, can we remove their seat mid-month and get credited, or do we pay until the end of the month? Nobody is leaving yet, just planning.

Stuart""",
  i="o", k="hypothetical", b="not",
  notes="Hypothetical seat removal question."),

M(n=138, slug="stop-charging-card-thai", frm=("Somchai Rattanakul", "somchai@siamspice.example"),
  acct=A(3181796, "siamspice", "somchai@siamspice.example", start="2025-03-15", tier="S"), who="th",
  subj="stop charge card", client="gmail",
  body="""Hello sir,

Please stop charge my card for CRM Runner. The restaurant is close now because the rent increase. Thank you for help.

Somchai""",
  i="c", k="request", b="clear", rk=["the restaurant is close now because the rent increase"], rc="business_closed",
  notes="Money-framed; closing word in reason."),

M(n=139, slug="cancel-addon-only", frm=("Maya Patel", "maya@patelpharmacy.example"),
  acct=A(3192807, "patelpharmacy", "maya@patelpharmacy.example", start="2025-01-19"),
  subj="SMS add-on", client="gmail",
  body="""Hi, please cancel the SMS add-on - customers don't reply to texts. Keep the main Pro plan.

Maya""",
  i="o", k="downgrade", b="not",
  notes="Removes an add-on only; main plan stays."),

M(n=140, slug="chase-refund", frm=("Keisha Marlow", "keisha.marlow@lumenyoga.example"),
  acct=3104478, subj="Re: Charged after cancelling", client="gmail", irt=11,
  body="""Hi, it's been a week - any news on the refund?

Keisha""",
  i="o", k="follow_up", b="not",
  notes="Chases a refund for an already-cancelled account."),

M(n=141, slug="cancel-with-order-number", frm=("Ellie Chambers", "ellie@chamberscandles.example"),
  acct=A(3203918, "chamberscandles", "ellie@chamberscandles.example", start="2025-04-08", tier="S"),
  subj="Cancel subscription - order R-88412", client="gmail",
  body="""Hi,

I'd like to cancel my Starter subscription. The only number I have is from the original order confirmation, R-88412. It's just me now, no staff, and I can manage with my inbox.

Ellie""",
  i="c", k="request", b="clear", decoys=["R-88412"],
  rk=["it's just me now, no staff"], rc="other",
  notes="Gives an order number (decoy) as identifier."),

M(n=142, slug="outlook-reply-cancel-confirm", frm=("Martin Albrecht", "m.albrecht@kestrel-logistics.example"),
  acct=3058803, subj="RE: Notice of non-renewal - CRM Runner agreement", client="outlook", irt=6,
  quote=dict(text="""Dear Mr Albrecht,

Thank you for your notice. Before we process it, could you confirm that you want the Team plan to end on 28 February 2027 and not earlier?

Kind regards,
Ruth | CRM Runner Support"""),
  body="""Dear Ruth,

Yes, confirmed - end of term on 28 February, not earlier.

Regards,
Martin Albrecht""",
  i="c", k="follow_up", b="clear", decoys=["28 February"],
  notes="Confirms the non-renewal under support's confirmation request (rule 4)."),

M(n=143, slug="bangladeshi-close", frm=("Tanvir Hossain", "tanvir@hossaingarments.example"),
  acct=A(3214029, "hossaingarments", "tanvir@hossaingarments.example", start="2025-06-01"), who="bd",
  subj="Request to close account", client="gmail",
  body="""Dear Concern,

With due respect, I would like to inform you that we want to close our CRM Runner account. Our buyer communication is now done by buying house portal, so the software is unused for last 3 months.

Please take necessary action.

Thanking you
Tanvir Hossain""",
  i="c", k="request", b="clear", rk=["the software is unused for last 3 months"], rc="unused",
  notes="'Dear Concern' formal South Asian style."),

M(n=144, slug="sales-upgrade-team", frm=("Leah Morgan", "leah@morganevents.example"),
  acct=A(3225130, "morganevents", "leah@morganevents.example", start="2025-05-25"),
  subj="upgrade", client="apple",
  body="""Hi, we'd like to go up to the Team plan next month, we're adding 3 people. Is there anything I need to do other than click upgrade?

Leah""",
  i="o", k="plan_change", b="not",
  notes="Upgrade question."),

M(n=145, slug="iphone-chaser-angry", frm=("Dwayne", "dwayne.hollis@mailbox.example"),
  acct=3020417, subj="Re: Stop charging", client="iphone", irt=4, refs=[2],
  body="""You charged me AGAIN. I said stop. Cancel the crm runner thing now""",
  i="c", k="follow_up", b="clear",
  notes="Third message of the thread; restates the wish to cancel."),

M(n=146, slug="bounce-mailbox-full", frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Undelivered Mail Returned to Sender", client="dsn",
  dsn=dict(rcpt="owner@lakesidecabins.example", status="5.2.2",
           diag="552 5.2.2 <owner@lakesidecabins.example>: Mailbox full",
           orig=dict(subj="Your CRM Runner subscription has been cancelled",
                     body="Hi,\n\nYour subscription has been cancelled as requested.\n\nCRM Runner")),
  i="b", k="bounce", b="not",
  notes="Bounce of a cancellation confirmation (mailbox full); cancellation words only in the returned message."),

M(n=147, slug="greek-cancel", frm=("Nikos Papadakis", "nikos@papadakistravel.example"),
  acct=A(3236241, "papadakistravel", "nikos@papadakistravel.example", start="2025-03-20"), who="gr",
  subj="Cancel CRM Runner", client="gmail",
  body="""Hello,

Please cancel CRM Runner for Papadakis Travel. After the summer season we saw that we used it maybe five times. It is not worth for us.

Best wishes,
Nikos""",
  i="c", k="request", b="clear", rk=["we used it maybe five times"], rc="unused",
  notes="Product name as object."),

M(n=148, slug="password-question", frm=("Faith Ndlovu", "faith@ndlovucatering.example"),
  acct=A(3247352, "ndlovucater", "faith@ndlovucatering.example", start="2025-02-14"),
  subj="can't log in", client="gmail",
  body="""Hi, the reset password link says expired every time I click it. I need to get in today to send quotes. Please help.

Faith""",
  i="o", k="question", b="not",
  notes="Login problem."),

M(n=149, slug="cancel-one-of-two-accounts", frm=("Oscar Lindgren", "oscar@lindgrenpartners.example"),
  acct=A(3258463, "lindgren-old", "oscar@lindgrenpartners.example", start="2024-05-05", tier="S"), who="se",
  _other=A(3258474, "lindgren-pro", "sales@lindgrenpartners.example", start="2025-02-01"),
  subj="Duplicate account", client="gmail",
  body="""Hello,

We accidentally have two CRM Runner accounts. Please cancel the old Starter one under the username lindgren-old and keep the Pro account (lindgren-pro) active.

Best regards,
Oscar Lindgren""",
  i="c", k="request", b="clear", un="lindgren-old", rk=["we accidentally have two crm runner accounts"], rc="other",
  notes="Cancel one of two accounts, identified by username; the other stays."),

M(n=150, slug="thanks-after-cancel-brief", frm=("Hector Ruiz", "hruiz.personal@webmail.example"),
  acct=3213370, subj="Re: please cancel my plan", client="gmail", irt=26,
  body="""Got it, thank you very much.

Hector""",
  i="o", k="thanks", b="not",
  notes="Brief thanks after confirmation; written from a non-registered address."),
]
