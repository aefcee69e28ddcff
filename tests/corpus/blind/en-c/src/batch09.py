from common import A, M
from batch01 import LAB, INK, BAKERY

BIKE = A(4088641, "pedalpushers", "shop@pedalpushers.example", tier="S", start="2025-04-02")
MOSQUE = A(4089902, "alnoor-centre", "office@alnoorcentre.example", tier="S", start="2025-01-25", cur="GBP", price="15.00")
ROTTERDAM2 = A(4090283, "portline", "planning@portline-logistics.example", tier="T", start="2024-09-15", cur="EUR", price="99.00")
PHARM = A(4091547, "mediquick", "manager@mediquick-pharmacy.example", tier="P", start="2025-06-01")
STUDIO = A(4092816, "pilatesplace", "info@pilatesplace.example", tier="S", start="2025-02-28")
CLOSER = A(4093078, "jb-roofing", "jb@jbroofingtx.example", tier="P", start="2025-05-15")
JUNK = A(4094339, "haulaway", "owner@haulawayjunk.example", tier="S", start="2025-07-07")
BRAZIL = A(4095600, "cafe-bahia", "contato@cafebahia.example", tier="S", start="2025-08-20")
EGG = A(4096961, "eggcellent", "farmgate@eggcellent.example", tier="S", start="2025-03-14")
POLISH = A(4097222, "nowak-dent", "biuro@nowakdent.example", tier="P", start="2025-02-10", cur="EUR", price="49.00")

MESSAGES = [
M(n=112, slug="lab-budget-renewal-grant-ended", frm=("Dr. Anneke Vos", "labmanager@biochem.uni-leiden.example"),
  subj="Renewal March 2027", client="outlook", date="2026-11-18 09:05 +0100",
  sigtable=["Dr. Anneke Vos", "Lab manager, Dept. of Biochemistry"],
  body="""Hello,

The ERC grant that paid for CRM Runner ends in February, and the department will not pick up the cost. So we must let the subscription end at the renewal date in March 2027. Please make sure no renewal invoice is sent to our purchasing department (they would pay it automatically, which is the problem).

Best regards,""",
  who="nl", i="c", k="request", b="clear", acct=LAB, rk=["grant that paid for crm runner ends"], rc="too_expensive",
  notes="'let the subscription end'; same lab as an earlier integration question."),

M(n=113, slug="tattoo-new-card-thanks", frm=("Kai Moana", "bookings@blacklotus-tattoo.example"),
  subj="Re: cancel card on file", client="iphone", irt=2,
  body="""new card is on, thx. all good""",
  i="o", k="thanks", b="not", acct=INK,
  notes="Follow-up to the card cancellation; thanks."),

M(n=114, slug="bakery-staying", frm=("Rosie Lane", "hello@rosiesbakehouse.example"),
  subj="Re: Cancel the duplicate charge please", client="gmail", irt=13,
  body="""Brilliant, refund showed up this morning. Thank you!

Rosie""",
  i="o", k="thanks", b="not", acct=BAKERY,
  notes="Thanks for a refunded duplicate charge; subject has 'cancel'."),

M(n=115, slug="bikeshop-base64-winter", frm=("Pedal Pushers", "shop@pedalpushers.example"),
  subj="closing for good", client="base64", date="2026-10-28 18:30 -0600",
  body="""Hi folks,

After 22 years we're closing the shop for good on November 30th. Online sales killed us. Please close out our CRM Runner account at the end of November so nothing else comes out of the business account.

Thanks for everything,
Walt""",
  i="c", k="request", b="clear", acct=BIKE, rk=["online sales killed us"], rc="business_closed",
  notes="Base64-encoded plain text; 'close out our account'."),

M(n=116, slug="mosque-email-unsub-and-cancel", frm=("Al-Noor Centre Office", "office@alnoorcentre.example"),
  subj="Unsubscribe", client="gmail", date="2026-04-14 12:40 +0100",
  body="""Assalamu alaikum,

Please unsubscribe us from CRM Runner and stop billing. The committee agreed that the donations will be handled by the new treasurer with the bank's own software.

JazakAllah khair,
Br. Yusuf
Al-Noor Community Centre""",
  i="c", k="request", b="clear", acct=MOSQUE, rk=["handled by the new treasurer with the bank's own software"], rc="switched_service",
  notes="'Unsubscribe us from CRM Runner and stop billing' is a cancellation (rule 3)."),

M(n=117, slug="portline-rotterdam-terminate-integration", frm=("Sanne de Wit", "planning@portline-logistics.example"),
  subj="Terminate API connection TMS", client="outlook", date="2026-07-08 13:30 +0200",
  body="""Dear support,

We are replacing our transport management system (TMS) next week. Please terminate the API connection with the old TMS (API key ending ...7f3a) so that no more duplicate shipments are created as deals in CRM Runner. The new TMS we will connect ourselves.

Met vriendelijke groet,
Sanne de Wit
Planning, Portline Logistics""",
  who="nl", i="o", k="other", b="not", acct=ROTTERDAM2, decoys=["7f3a"],
  notes="Terminate an API connection; subscription unaffected."),

M(n=118, slug="pharmacy-threat-unconditional", frm=("Sunil Patel", "manager@mediquick-pharmacy.example"),
  subj="Price increase", client="outlook-mobile", date="2026-01-06 19:00 -0500",
  body="""Just saw the new pricing email. 30% increase with two weeks notice is not acceptable. If we're moved to the new price in February we'll be looking elsewhere. Can you keep us on the old price?""",
  i="o", k="question", b="maybe", acct=PHARM,
  notes="Conditional threat over pricing; asks to keep the old price."),

M(n=119, slug="pilates-plain-qp-lapse", frm=("Sofie Lund", "info@pilatesplace.example"),
  subj="Auto renewal off please", client="plain-qp", date="2026-08-31 07:20 +0200",
  body="""Hej,

Please turn off the auto renewal on our account - we're letting it lapse at the end of September because the studio is moving into a gym that already has its own booking and member software. Thank you for the good years with CRM Runner!

Sofie""",
  who="se", i="c", k="request", b="clear", acct=STUDIO, rk=["gym that already has its own booking and member software"], rc="switched_service",
  notes="Auto-renewal off + 'letting it lapse'."),

M(n=120, slug="roofer-sales-call-request", frm=("JB Boudreaux", "jb@jbroofingtx.example"),
  subj="more seats?", client="gmail", date="2026-03-16 08:00 -0500",
  body="""We're hiring 6 canvassers for hail season. What's the best price you can do on 6 extra seats for 4 months? Have someone call me 555-0148.

JB""",
  i="o", k="sales", b="not", acct=CLOSER, decoys=["555-0148"],
  notes="Sales enquiry for extra seats."),

M(n=121, slug="junk-removal-end-of-term", frm=("Haul Away", "owner@haulawayjunk.example"),
  subj="done", client="yahoo", date="2026-11-01 17:45 -0500",
  body="""hey, Runner's fine but I sold the truck and the business name to my cousin and he doesn't want it. please stop the service at the end of the term and don't renew. if there's anything to sign let me know. phone is 555-0112.

Ray""",
  i="c", k="request", b="clear", acct=JUNK, decoys=["555-0112"], rk=["sold the truck and the business name"], rc="business_closed",
  notes="'stop the service at the end of the term'."),

M(n=122, slug="cafe-bahia-brazilian", frm=("Café Bahia", "contato@cafebahia.example"),
  subj="Cancelamento", client="gmail", date="2026-06-06 15:30 -0300",
  body="""Hello, good afternoon.

I would like to make the cancelament of our plan. The café is closing the doors in the end of this month, the rent got very expensive. Please, can you confirm that will not have more charges in the card?

Thank you, hugs
Fernanda""",
  who="br", i="c", k="request", b="clear", acct=BRAZIL, rk=["the café is closing the doors", "the rent got very expensive"], rc="business_closed",
  notes="Portuguese-influenced 'cancelament'; non-ASCII display name and subject word."),

M(n=123, slug="egg-farm-kid-question", frm=("Eggcellent Farm Gate", "farmgate@eggcellent.example"),
  subj="what happens to my data", client="gmail", date="2026-02-12 19:30",
  body="""Hi, if I delete my account will you keep any of my customers' details? I'm not deleting it, I just want to tell my customers on the newsletter what happens to their info.

Cheers,
Pip""",
  i="o", k="hypothetical", b="not", acct=EGG,
  notes="Data-retention question for a privacy note; explicitly not deleting."),

M(n=124, slug="nowak-dent-polish-cancel-with-q", frm=("Gabinet Nowak", "biuro@nowakdent.example"),
  subj="Resignation from subscription", client="outlook", date="2026-05-08 10:10 +0200",
  body="""Good morning,

I am writing on behalf of dr Katarzyna Nowak. We want to resign from the CRM Runner subscription, from next month. The reason is that our new dental software has integrated the patient reminders, so we pay double for the same thing.

Is the data deleted automatically after the resignation or must we ask for it separately? We need the data to be deleted (RODO/GDPR).

Best regards,
Magdalena Zielińska
Reception, Gabinet Stomatologiczny Nowak
NIP 525-123-45-67""",
  who="pl", i="c", k="request", b="clear", acct=POLISH, decoys=["525-123-45-67"],
  rk=["we pay double for the same thing", "new dental software has integrated the patient reminders"], rc="switched_service",
  notes="'resign from the subscription' (Polish calque); NIP tax id decoy; data deletion question attached."),
]
