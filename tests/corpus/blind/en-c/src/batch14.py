from common import A, M
from batch02 import GYM, CHURCH
from batch07 import SCHOOL
from batch08 import SECURITY
from batch10 import DUBAI

VAN = A(4131486, "vanlife-rentals", "fleet@vanliferentals.example", tier="P", start="2025-01-20")
JEWEL = A(4132747, "goldsmith-ama", "ama@goldsmithama.example", tier="S", start="2025-04-17")
COUNCIL = A(4133008, "ward7-council", "clerk@ward7council.example", tier="P", start="2024-07-07")
DOULA = A(4134369, "gentlebirth", "naomi@gentlebirth.example", tier="S", start="2025-06-06")
GOLF = A(4135620, "pinehills-golf", "proshop@pinehillsgolf.example", tier="P", start="2025-03-15")

MESSAGES = [
M(n=164, slug="van-rentals-competitor-cancelled", frm=("Vanlife Fleet", "fleet@vanliferentals.example"),
  subj="FYI we cancelled Outdoorsy sync", client="gmail", date="2026-05-13 11:00 -0600",
  body="""Heads up - we cancelled our Outdoorsy listing, so the Outdoorsy integration in Runner will probably start throwing errors. Can you disable it on your end? Everything else stays the same, we're keeping Runner for our direct bookings.

Mia""",
  i="o", k="other", b="not", acct=VAN,
  notes="Cancelled a third-party listing, keeps Runner."),

M(n=165, slug="goldsmith-ghanaian-question-price", frm=("Ama Owusu", "ama@goldsmithama.example"),
  subj="Enquiry", client="gmail", date="2026-08-12 13:00 +0000",
  body="""Good afternoon,

Please I want to find out if I can pay for the whole year at once and get discount. I am enjoying the system for my jewellery customers. Also can I pay with mobile money?

Thank you,
Ama""",
  who="gh", i="o", k="question", b="not", acct=JEWEL,
  notes="Billing question, happy customer."),

M(n=166, slug="council-clerk-foia-no-action", frm=("Ward 7 Council Clerk", "clerk@ward7council.example"),
  subj="Records retention question", client="outlook", date="2026-02-20 15:30 -0500",
  body="""Hello,

Our council is subject to public records law. If we ever end our CRM Runner subscription, are we able to get a full archive of all correspondence logged in the system, including deleted items? We are not planning to end it - this is for our records retention policy document.

Thank you,
Doris Fenn, Clerk""",
  i="o", k="hypothetical", b="not", acct=COUNCIL,
  notes="Records-retention hypothetical, explicitly not planning to end."),

M(n=167, slug="doula-closing-practice", frm=("Naomi Reyes", "naomi@gentlebirth.example"),
  subj="Moving on", client="apple", date="2026-09-29 19:45 -0700",
  body="""Hi there,

After eight years supporting families I'm hanging up my doula bag - I've taken a position as a labor and delivery nurse at the hospital. I won't be taking private clients anymore, so I'm done with Runner after this month. Please don't renew.

Thank you for making my admin so much easier.
Naomi""",
  i="c", k="request", b="clear", acct=DOULA, rk=["taken a position as a labor and delivery nurse", "i won't be taking private clients anymore"], rc="business_closed",
  notes="'done with Runner' + don't renew."),

M(n=168, slug="golf-proshop-forward-member", frm=("Pine Hills Pro Shop", "proshop@pinehillsgolf.example"),
  subj="Fwd: cancel my membership", client="gmail", date="2026-03-04 09:20 -0500",
  body="""Hi Runner support - a member sent this to us. How do I mark a member as cancelled in the membership pipeline so the auto-billing reminder stops? The member's number is M-2231.

Thanks, Greg""",
  fwd=dict(frm=("Harold Quinn", "hquinn@mailbox.example"), date="2026-03-03 20:00 -0500", to="proshop@pinehillsgolf.example",
           subj="cancel my membership",
           body="""Please cancel my golf membership effective immediately. My knees aren't what they used to be.

Harold Quinn"""),
  i="o", k="how_to", b="not", acct=GOLF, decoys=["M-2231"],
  notes="Forward of the golf club's member cancelling his club membership; the customer asks a how-to. Not a CRM Runner cancellation."),

M(n=169, slug="gym-owner-after-ben-left", frm=("Rachel Ortiz", "owner@ironworksgym.example"),
  subj="Ben's seat", client="gmail", date="2026-06-25 07:00 -0600",
  body="""Hey - Ben left a few weeks ago and I've been using his login but it's confusing. Can you just remove his seat (ben.carter) and I'll use my own? We're not adding anyone, so 1 seat less on the bill please.

Rach
Ironworks Gym""",
  i="c", k="request_seat", b="clear", acct=GYM, un="ben.carter", seat_user=True,
  rk=["ben left a few weeks ago"], rc="other",
  notes="Owner removes a departed colleague's seat."),

M(n=170, slug="church-accra-thanks-confirm", frm=("Kwame Asante", "admin@gracechapel-accra.example"),
  subj="Re: Stop of subscription", client="gmail", irt=27,
  body="""Dear Sir,

Thank you for the confirmation. We have received the export file. God bless your work.

Elder Kwame""",
  who="gh", i="o", k="thanks", b="not", acct=CHURCH,
  notes="Thanks after cancellation confirmation."),

M(n=171, slug="dance-school-invoice-resolved", frm=("Dance Feet Academy", "office@dancefeet-academy.example"),
  subj="Re: Term invoices", client="gmail", irt=92,
  body="""Thanks, that makes sense now - the two extra were the summer camp helpers. Please remove those 2 seats (camp.helper1, camp.helper2), camp is over.

Carla""",
  i="c", k="request_seat", b="clear", acct=SCHOOL, un="camp.helper1", seat_user=True,
  rk=["camp is over"], rc="unused",
  notes="Invoice thread ends in a seat removal."),

M(n=172, slug="security-ack-of-notice", frm=("Contracts Dept", "contracts@guardline-security.example"),
  subj="RE: Non-renewal notice - Agreement GL-SaaS-2025-014", client="outlook", irt=104,
  body="""Thank you for the acknowledgment. For clarity, our notice of non-renewal remains in effect; we do not wish to discuss alternative pricing.

Contracts Department
Guardline Security Services, Inc.""",
  quote=dict(text="""Hello,

We confirm receipt of your notice of non-renewal. Before the term ends, our renewals team would welcome the chance to discuss alternative pricing options with you.

Regards,
CRM Runner Legal & Contracts""", subj="Non-renewal notice - Agreement GL-SaaS-2025-014"),
  i="c", k="follow_up", b="clear", acct=SECURITY, decoys=["GL-SaaS-2025-014"],
  notes="Restates the non-renewal after support's retention attempt."),

M(n=173, slug="dubai-refund-chase", frm=("Accounts - Gulf Interiors", "accounts@gulfinteriors.example"),
  subj="RE: Cancellation of yearly subscription & refund", client="outlook", irt=131,
  body="""Dear Team,

Kindly update us on the status of the pro-rata refund. It has been two weeks since the cancellation was confirmed and nothing received. Our bank IBAN AE070331234567890123456 was shared in the previous email.

Best Regards,
Fatima""",
  who="ae", i="o", k="refund_only", b="not", acct=DUBAI, refund=True, decoys=["AE070331234567890123456"],
  notes="Refund chase after a confirmed cancellation; IBAN decoy."),
]
