from common import A, M
from batch04 import TOWING

FERRY = A(4136981, "island-hopper", "office@islandhopper-ferries.example", tier="T", start="2024-05-01", cur="EUR", price="99.00")
CRAFT = A(4137242, "knitwit", "knitwit.yarns@mailbox.example", tier="S", start="2025-10-01")
SALON2 = A(4138503, "manager2", "frontdesk@curlupdye.example", tier="S", start="2025-03-03")
CPA = A(4139864, "ledgerline", "admin@ledgerline-cpa.example", tier="T", start="2024-01-10")
CPA_CLIENT = A(4140125, "bluefin-sushi", "owner@bluefinsushi.example", tier="S", start="2025-02-02")
MONTESSORI = A(4141486, "little-oaks", "office@littleoaks-montessori.example", tier="P", start="2025-08-15")
BOAT = A(4142747, "saltwater-charters", "captain@saltwatercharters.example", tier="S", start="2025-04-25")
TAILOR = A(4143008, "sharma-tailors", "deepak@sharmatailors.example", tier="S", start="2025-05-05")
FUNERAL = A(4144369, "peaceful-rest", "director@peacefulrest.example", tier="P", start="2024-11-11")

MESSAGES = [
M(n=186, slug="ferry-greek-seasonal-question", frm=("Island Hopper Ferries", "office@islandhopper-ferries.example"),
  subj="Winter schedule", client="outlook", date="2026-10-10 12:00 +0300",
  body="""Dear support,

From November to March we run only 2 routes and we have 4 staff instead of 14. What is the best option: to remove 10 users for winter and add them again in April, or is there a seasonal plan? We don't want to stop the account.

Best regards,
Eleni Georgiou
Island Hopper Ferries""",
  who="gr", i="o", k="question", b="not", acct=FERRY,
  notes="Asks about seasonal seat options; no decision, explicitly keeps the account."),

M(n=187, slug="knitwit-cancel-order-shop", frm=("Knitwit Yarns", "knitwit.yarns@mailbox.example"),
  subj="customer wants to cancel order", client="gmail", date="2026-02-08 18:00",
  body="""Hiya, a customer emailed to cancel her order #1047 (3 skeins of merino) - it came through the Runner web form. Is there a cancel button on the order record or do I just delete the deal?

Bex""",
  i="o", k="how_to", b="not", acct=CRAFT, decoys=["#1047"],
  notes="Shop order cancellation via CRM, how-to."),

M(n=188, slug="salon-username-manager2-ps", frm=("Curl Up & Dye", "frontdesk@curlupdye.example"),
  subj="Login problem", client="gmail", date="2026-07-07 10:15 -0400",
  body="""Hi,

I can't log in with username manager2, it says my password expired but the reset email never comes. Can you reset it manually?

Thanks,
Trish

p.s. once I'm in I want to download everything because the salon is closing end of August - so please also make sure it stops billing after August. Not before, we still need it till then.""",
  i="c", k="request", b="clear", acct=SALON2, un="manager2", rk=["the salon is closing end of august"], rc="business_closed",
  notes="Login problem with the request in the p.s.; ordinary-ish username."),

M(n=189, slug="cpa-for-client-outlook-forward", frm=("LedgerLine CPA Admin", "admin@ledgerline-cpa.example"),
  subj="FW: Bluefin Sushi - close software accounts", client="outlook", date="2026-04-16 11:00 -0700",
  sigtable=["Monica Tran, CPA", "LedgerLine CPA Group", "EIN 12-3456789"],
  body="""Hello,

We handle bookkeeping for Bluefin Sushi. Please see the owner's instructions below and close their CRM Runner account (not ours - LedgerLine remains a customer). Their registered email is owner@bluefinsushi.example.

Thank you,
Monica""",
  fwd=dict(frm=("Kenji Mori", "owner@bluefinsushi.example"), date="2026-04-15 22:00 -0700", to="admin@ledgerline-cpa.example",
           subj="close software accounts",
           body="""Monica,

We close the restaurant April 30. Please close all the software: Square, CRM Runner, 7shifts. No more payments after April.

Kenji"""),
  i="c", k="forward_request", b="clear", acct=CPA_CLIENT, em="owner@bluefinsushi.example", decoys=["12-3456789"],
  rk=["we close the restaurant april 30"], rc="business_closed",
  notes="CPA forwards the client's instruction (Outlook forward); CPA's own account kept; EIN decoy. Forwarded writer is Japanese."),

M(n=190, slug="montessori-unsubscribe-parents", frm=("Little Oaks Office", "office@littleoaks-montessori.example"),
  subj="Parents unsubscribed by mistake", client="gmail", date="2026-09-15 09:00 -0500",
  body="""Hello,

Several parents accidentally clicked "unsubscribe" on our newsletter sent through CRM Runner and now they don't get school closure notices. How can we re-subscribe them? They asked us to.

Thank you,
Ms. Alvarez""",
  i="o", k="how_to", b="not", acct=MONTESSORI,
  notes="Unsubscribe problem for the customer's own contacts."),

M(n=191, slug="charters-storm-boat-sunk", frm=("Captain Rob", "captain@saltwatercharters.example"),
  subj="Boat's gone", client="iphone", date="2026-09-30 18:00 -0400",
  body="""Hurricane took the boat. Insurance is paying out but I'm not rebuilding at 64. Close out the account for Saltwater Charters and stop billing. Thanks for the help over the years.

Rob""",
  i="c", k="request", b="clear", acct=BOAT, rk=["hurricane took the boat", "i'm not rebuilding"], rc="business_closed",
  notes="'Close out the account' + stop billing."),

M(n=192, slug="tailor-indian-please-confirm", frm=("Deepak Sharma", "deepak@sharmatailors.example"),
  subj="Kindly close", client="gmail", date="2026-06-30 12:00 +0530",
  body="""Dear Sir,

Kindly close my account as I am not getting time to update the customer measurements in the system. My son will handle the shop from now and he is using paper register only.

Kindly do the needful at the earliest and confirm.

Regards,
Deepak Sharma
Sharma Tailors, Karol Bagh
Ph: 011-555-0101""",
  who="in", i="c", k="request", b="clear", acct=TAILOR, decoys=["011-555-0101"],
  rk=["not getting time to update the customer measurements"], rc="unused",
  notes="'Kindly close my account'."),

M(n=193, slug="funeral-home-sensitive-template", frm=("Peaceful Rest Funeral Home", "director@peacefulrest.example"),
  subj="Automated birthday emails to deceased", client="outlook", date="2026-03-11 13:30 -0600",
  body="""Good afternoon,

We have a serious problem. Your system sent "Happy Birthday!" emails to families on behalf of people who have passed away, because their contact records still have birth dates. Two families called us very upset.

Please tell me how to terminate the birthday workflow completely. This must never happen again.

Walter Pryce
Funeral Director""",
  i="o", k="how_to", b="not", acct=FUNERAL,
  notes="Terminate a workflow; upset but no intent to leave."),

M(n=194, slug="towing-third-mail-thanks-refund", frm=("Big John", "john@bigjohnstowing.example"),
  subj="Re: WHY AM I STILL BEING CHARGED", client="yahoo", irt=61, refs=[60],
  body="""ok refund came through. account closed. we're good""",
  i="o", k="thanks", b="not", acct=TOWING,
  notes="Third mail in thread: refund received."),
]
