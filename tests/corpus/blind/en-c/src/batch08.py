from common import A, M

WEDDING = A(4078364, "forevervows", "planner@forevervows.example", tier="P", start="2025-01-18")
CHIRO = A(4079705, "alignchiro", "drkim@alignchiro.example", tier="P", start="2024-12-03")
FOODTRUCK = A(4080142, "tacoloco", "tacoloco.truck@mailbox.example", tier="S", start="2025-05-05")
SECURITY = A(4081498, "guardline", "contracts@guardline-security.example", plan="yearly", tier="T", start="2025-02-01")
HANOI = A(4082819, "hanoi-homestay", "linh@hanoihomestay.example", tier="S", start="2025-06-18")
GRAPHIC = A(4083057, "pixelfox", "ari@pixelfox.example", tier="S", start="2025-03-09")
AGENCY = A(4084326, "brightlane-agency", "finance@brightlane.example", tier="T", start="2024-02-14")
CLIENT_OF_AGENCY = A(4084327, "greenleaf-dental", "office@greenleafdental.example", tier="P", start="2025-04-04")
UNI = A(4085690, "gradadmissions", "admissions-crm@stateu.example", plan="yearly", tier="T", start="2024-07-01")
PLUMB2 = A(4086011, "aqua-fix", "bookings@aquafix.example", tier="S", start="2025-08-08")
KOREA = A(4087372, "seoul-kbeauty", "minji@seoulkbeauty.example", tier="P", start="2025-03-27")

MESSAGES = [
M(n=101, slug="wedding-planner-maternity-pause-vs", frm=("Holly Greene", "planner@forevervows.example"),
  subj="Baby on the way!", client="apple", date="2026-04-22 13:30",
  body="""Hi lovely people,

Bit of personal news - I'm due in August and I'm taking a full year off, no weddings at all in 2027. I won't need Runner for at least 12 months, and honestly I'm not sure I'll go back to planning after.

Rather than keep paying, can you just end my subscription after the July payment? If I come back I'll sign up again.

Thanks so much,
Holly x""",
  i="c", k="request", b="clear", acct=WEDDING, rk=["taking a full year off"], rc="unused",
  notes="Chooses to end rather than pause."),

M(n=102, slug="chiro-korean-american-seat-and-q", frm=("Dr. Daniel Kim", "drkim@alignchiro.example"),
  subj="Front desk staff change", client="outlook", date="2026-05-11 08:10 -0700",
  body="""Hi,

Our receptionist Tammy retired last Friday. We've hired a replacement, Jorge, who starts Monday. Can we just rename Tammy's seat (tammy.front) to Jorge instead of removing it and adding a new one? I'd rather not pay for two seats in the same month.

Thanks,
Daniel Kim, DC""",
  i="o", k="question", b="not", acct=CHIRO,
  notes="Seat transfer, not removal."),

M(n=103, slug="foodtruck-typo-one-liner", frm=("Taco Loco", "tacoloco.truck@mailbox.example"),
  subj="Re: Your receipt from CRM Runner", client="android", date="2026-11-10 15:45 -0600",
  body="""Cancle my acount please truck got sold""",
  quote=dict(text="""Receipt #RCPT-10-88412

CRM Runner Starter - monthly   $19.00
Paid with Visa ending 3390

Questions? Reply to this e-mail.""", frm=("CRM Runner Billing", "billing@crmrunner.example")),
  i="c", k="request", b="clear", acct=FOODTRUCK, rk=["truck got sold"], rc="business_closed",
  notes="Misspelled one-liner above a quoted receipt; receipt ids only in quote."),

M(n=104, slug="security-contract-clause-no-renew", frm=("Contracts Dept", "contracts@guardline-security.example"),
  subj="Non-renewal notice - Agreement GL-SaaS-2025-014", client="outlook-html", date="2026-11-15 10:00 -0500",
  sigtable=["Contracts Department", "Guardline Security Services, Inc.", "1200 Commerce Pkwy, Suite 400", "Phone 555-0177"],
  disclaimer="This communication is intended only for the named recipient and may contain privileged information.",
  body="""To CRM Runner:

Pursuant to Section 12.2 (Term and Renewal) of the above-referenced agreement, Guardline Security Services, Inc. hereby gives notice of its election not to renew the subscription upon expiry of the current term on February 1, 2027.

This notice is provided more than sixty (60) days in advance as required. Please acknowledge receipt.

Sincerely,
Contracts Department""",
  i="c", k="request", b="clear", acct=SECURITY, decoys=["GL-SaaS-2025-014", "555-0177"],
  notes="Formal notice of non-renewal; contract id is a decoy."),

M(n=105, slug="hanoi-homestay-lock", frm=("Nguyen Thuy Linh", "linh@hanoihomestay.example"),
  subj="Please lock my account", client="gmail", date="2026-09-02 20:30 +0700",
  body="""Dear CRM Runner,

Because of the typhoon our homestay is closed for repair maybe 6 months. Please lock my account and stop take money, after repair I will see if I come back. I am not sure.

Thank you very much,
Linh""",
  who="vn", i="c", k="request", b="maybe", amb=True, acct=HANOI, rk=["closed for repair"], rc="business_closed",
  notes="'lock my account and stop take money' could be a pause or a cancellation; stop charging chosen -> cancellation, ambiguous."),

M(n=106, slug="graphic-designer-sales", frm=("Ari Levi", "ari@pixelfox.example"),
  subj="Partnership idea", client="gmail", date="2026-02-25 11:00 +0200",
  body="""Hi team,

I'm a freelance designer and a happy Runner user. I'd love to design email templates for your template marketplace - would you be open to a revenue share? Portfolio at pixelfox.example/work.

Ari""",
  i="o", k="sales", b="not", acct=GRAPHIC,
  notes="Partnership pitch from a customer."),

M(n=107, slug="agency-for-client-inline", frm=("Brightlane Finance", "finance@brightlane.example"),
  subj="Fwd: Greenleaf Dental - stop CRM Runner", client="gmail", date="2026-06-30 15:00 -0400",
  body="""Hi CRM Runner team,

We're the marketing agency for Greenleaf Dental and we manage their tools. See the client's note below - please cancel the Greenleaf Dental account (not ours, Brightlane's account stays!).

Thanks,
Brightlane Finance""",
  fwd=dict(frm=("Dr. Alisha Grant", "office@greenleafdental.example"), date="2026-06-29 17:20 -0400",
           to="finance@brightlane.example", subj="stop CRM Runner",
           body="""Hi Brightlane,

We've been acquired by a DSO and they have their own patient communication system. Please stop the CRM Runner account you set up for us at the end of June. Our account number there is 4084327.

Alisha"""),
  i="c", k="forward_request", b="clear", acct=CLIENT_OF_AGENCY, an=4084327,
  rk=["acquired by a dso"], rc="switched_service",
  notes="Agency forwards a client's request; agency's own account explicitly kept."),

M(n=108, slug="university-admissions-hypothetical-budget", frm=("Tanya Morales", "admissions-crm@stateu.example"),
  subj="FY27 budget - CRM Runner", client="outlook", date="2026-03-02 14:10 -0600",
  sigtable=["Tanya Morales", "Associate Director, Graduate Admissions", "State University", "Office 555-0161"],
  body="""Hello,

Our FY27 budget is under review and there is a possibility that CRM Runner will not be funded. If that happens, what is the latest date we can notify you so that the July renewal does not go through? And would a purchase order already issued (PO 4500091234) need to be cancelled separately?

No decision has been made yet.

Thank you,""",
  i="o", k="hypothetical", b="maybe", acct=UNI, decoys=["4500091234", "555-0161"],
  notes="Budget-dependent hypothetical, no decision."),

M(n=109, slug="university-decision", frm=("Tanya Morales", "admissions-crm@stateu.example"),
  subj="RE: FY27 budget - CRM Runner", client="outlook", irt=108,
  body="""Hello,

Unfortunately the budget decision went against us. Please do not renew the Graduate Admissions subscription in July. Our purchasing office will close PO 4500091234 on their side.

Thank you for your help,
Tanya""",
  i="c", k="request", b="clear", acct=UNI, decoys=["4500091234"],
  rk=["the budget decision went against us"], rc="too_expensive",
  notes="Follow-up in thread becomes a clear non-renewal; PO decoy."),

M(n=110, slug="plumber-cancel-job-in-crm", frm=("Aqua Fix", "bookings@aquafix.example"),
  subj="cancel job", client="iphone", date="2026-01-21 07:30 -0500",
  body="""customer called to cancel the 2pm job, how do i mark it cancelled in the schedule so the tech doesn't get the reminder??""",
  i="o", k="how_to", b="not", acct=PLUMB2,
  notes="Cancelling a job in the schedule."),

M(n=111, slug="kbeauty-korean-i-no-longer", frm=("Kim Minji", "minji@seoulkbeauty.example"),
  subj="Service termination", client="gmail", date="2026-10-12 09:15 +0900",
  body="""Hello,

I no longer wish to continue. Our online shop moved to Cafe24 platform and the CRM is included there. Please do the termination and confirm me by email.

Thank you.
Kim Minji
Seoul K-Beauty""",
  who="kr", i="c", k="request", b="clear", acct=KOREA, rk=["moved to cafe24 platform"], rc="switched_service",
  notes="'I no longer wish to continue'."),
]
