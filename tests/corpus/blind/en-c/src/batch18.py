from common import A, M
from batch05 import CHARITY
from batch12 import ORTHO

ROWING = A(4155620, "riverside-rowing", "captain@riversiderowing.example", plan="yearly", tier="S", start="2025-03-05", cur="GBP", price="150.00")
CLINIC2 = A(4156981, "mindful-path", "intake@mindfulpath.example", tier="P", start="2025-04-04")
SOAP = A(4157242, "lather-lab", "lather.lab@mailbox.example", tier="S", start="2025-06-16")
EXPORTER = A(4158503, "chennai-exports", "ravi@chennaiexports.example", tier="P", start="2025-01-18", cur="INR", price="3999.00")
ITALY = A(4159864, "trattoria-nonna", "info@trattorianonna.example", tier="S", start="2025-05-21", cur="EUR", price="19.00")
TUTOR2 = A(4160125, "ielts-prep-dhaka", "farhana@ieltsprepdhaka.example", tier="S", start="2025-08-01")

MESSAGES = [
M(n=205, slug="foodbank-real-owner-confirms", frm=("Mark Ellis", "volunteers@eastfoodbank.example"),
  subj="Re: Food bank account", client="gmail", date="2026-07-29 10:00 +0100",
  body="""Hi, Mark here - I'm the one who set up the account. Jenny's right, please go ahead and close it. I still have access to this mailbox for now.

Mark""",
  i="c", k="follow_up", b="clear", acct=CHARITY,
  notes="The registered owner confirms the volunteer's earlier request."),

M(n=206, slug="rowing-club-ooo-human-fake", frm=("Riverside Rowing Club", "captain@riversiderowing.example"),
  subj="Re: Renewal reminder", client="gmail", date="2026-03-01 07:00 +0000",
  body="""Not auto-reply, real person! Yes we'd like to renew, please keep us on Starter for another year. Card is the same.

Tom, Club Captain""",
  i="o", k="other", b="not", acct=ROWING,
  notes="Human reply confirming renewal."),

M(n=207, slug="mindful-path-confidential-delete", frm=("Mindful Path Intake", "intake@mindfulpath.example"),
  subj="Delete all client data", client="outlook", date="2026-10-09 15:00 -0700",
  sigtable=["Intake Coordinator", "Mindful Path Counseling", "Fax 555-0188"],
  disclaimer="CONFIDENTIALITY: This message may contain protected health information under HIPAA.",
  body="""Hello,

We are moving all client records to a HIPAA-compliant EHR. Please permanently delete all of our client data from CRM Runner once we confirm the migration is complete (expected end of October). We want to keep the account itself for our marketing list of workshop attendees.

Thank you,""",
  i="o", k="data_deletion", b="not", acct=CLINIC2, decoys=["555-0188"],
  notes="Data deletion, account kept."),

M(n=208, slug="soap-i-quit", frm=("Lather Lab", "lather.lab@mailbox.example"),
  subj="I quit", client="iphone", date="2026-11-06 22:30 -0800",
  body="""Too many features I don't need and $19 a month adds up when you sell soap at markets. I quit, please end it. Thx, Juniper""",
  i="c", k="request", b="clear", acct=SOAP, decoys=["$19"],
  rk=["too many features i don't need", "$19 a month adds up"], rc="too_expensive",
  notes="'I quit, please end it'."),

M(n=209, slug="chennai-exports-indian-long", frm=("Ravi Krishnan", "ravi@chennaiexports.example"),
  subj="Regarding subscription and GST invoice", client="outlook", date="2026-08-05 11:00 +0530",
  sigtable=["Ravi Krishnan", "Proprietor, Chennai Exports", "GSTIN 33AABCC1234D1Z9", "+91 44 5550 1122"],
  body="""Dear Sir/Madam,

Greetings of the day.

Firstly, I request you to kindly send the GST invoice for July month with our GSTIN mentioned, as our auditor is asking for the same. The invoice sent by you (INV-IN-07-2291) does not have the GSTIN.

Secondly, as discussed with your Mr. Arjun over phone, we will be discontinuing the CRM Runner subscription from September onwards since our buyers in Europe have reduced orders and we have to cut costs. Hence kindly do not debit for September.

Thanking you,""",
  who="in", i="c", k="request", b="clear", acct=EXPORTER, decoys=["33AABCC1234D1Z9", "INV-IN-07-2291", "+91 44 5550 1122"],
  rk=["buyers in europe have reduced orders", "we have to cut costs"], rc="too_expensive",
  notes="Request second after an invoice request; GSTIN/invoice/phone decoys."),

M(n=210, slug="trattoria-italian-menu", frm=("Trattoria Nonna", "info@trattorianonna.example"),
  subj="Closing for holidays", client="gmail", date="2026-07-28 23:00 +0200",
  body="""Hello,

We close the restaurant for holidays in all August, like every year. Is possible to stop the subscription only for August and pay again from September? We don't want lose the customers list.

Grazie,
Giulia""",
  who="it", i="o", k="pause", b="not", acct=ITALY,
  notes="Wants to stop only for August: a pause."),

M(n=211, slug="ielts-bangladeshi-please-i-want", frm=("Farhana Akter", "farhana@ieltsprepdhaka.example"),
  subj="Request to cancel", client="gmail", date="2026-05-02 14:00 +0600",
  body="""Dear Concern,

I want to cancel my subscription of CRM Runner. I am shifting to Canada for higher study in this month so I will close my coaching center. Please cancel it before the next billing.

Also can I get the invoice of April for my records?

Best Regards,
Farhana Akter""",
  who="bd", i="c", k="request", b="clear", acct=TUTOR2, rk=["shifting to canada for higher study", "close my coaching center"], rc="business_closed",
  notes="Clear request with an invoice question."),

M(n=212, slug="ortho-wrong-kind-account-number", frm=("StraightSmiles Billing", "billing@straightsmiles.example"),
  subj="Merchant account number change", client="outlook", date="2026-09-12 10:00 -0400",
  body="""Hi,

Our bank changed our merchant account number to 7733019284 for patient payments collected through CRM Runner's payment links. Where do we update it? Nothing else is changing.

Thank you,
Donna""",
  i="o", k="how_to", b="not", acct=ORTHO, decoys=["7733019284"],
  notes="Bank merchant account number (decoy), not the CRM account number."),
]
