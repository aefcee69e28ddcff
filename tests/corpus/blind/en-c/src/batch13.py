from common import A, M
from batch01 import CATER, ESTATE, TEEN
from batch05 import CAIRO

ESCAPE = A(4125620, "lockedin-escape", "gm@lockedin-escape.example", tier="P", start="2025-02-14")
CHOIRB = A(4126981, "harmonia", "harmonia.choir@mailbox.example", tier="S", start="2025-09-01")
AUCTION = A(4127242, "gavelhouse", "office@gavelhouse.example", tier="T", start="2024-03-15")
TRANSL = A(4128503, "lingua-bridge", "pm@linguabridge.example", tier="P", start="2025-05-05")
SIGN = A(4129864, "signs-now", "jobs@signsnow.example", tier="S", start="2025-08-08")
KIDSPORT = A(4130125, "kickstart-soccer", "coach@kickstartsoccer.example", tier="S", start="2025-03-01")

MESSAGES = [
M(n=154, slug="caterer-followup-refund-chase", frm=("Grace Villanueva", "grace@manilafeast.example"),
  subj="Re: Cancellation and refund", client="gmail", irt=21,
  body="""Hello po,

I received the confirmation of cancellation, thank you. But I am still charged last July 11 for the new month. Can you refund it please since I cancelled on the same day?

Salamat,
Grace""",
  who="ph", i="o", k="refund_only", b="not", acct=CATER, refund=True,
  notes="Follow-up chasing a refund after a processed cancellation."),

M(n=155, slug="executor-followup-certificate", frm=("Catherine Gordon", "cath.gordon@fastmail.example"),
  subj="Re: Gordon Antiques - account of the late Robert Gordon", client="gmail", irt=9,
  body="""Dear Alex,

Thank you for your kind reply. Attached is a scan of the death certificate as requested. Please let me know once the account has been closed and the refund sent.

Catherine Gordon""",
  attach="death_certificate_scan.pdf",
  quote=dict(text="""Dear Catherine,

I'm very sorry for your loss. To close the account and refund the charges since 11 September, could you send us a copy of the death certificate or grant of probate?

With sympathy,
Alex
CRM Runner Support"""),
  i="c", k="follow_up", b="clear", acct=ESTATE, refund=True,
  notes="Executor sends the certificate and restates closure + refund; PDF attached with a quote.", form="pdf-attachment"),

M(n=156, slug="teen-himself-writes", frm=("Dylan B", "dylan.b2009@mailbox.example"),
  subj="pls dont delete my stuff", client="iphone", irt=12,
  body="""hi my mom emailed u to close my account, thats fine but can i download my contacts list first? its for my school project grade. thx""",
  i="o", k="question", b="not", acct=TEEN,
  notes="Son asks for an export before the closure his mother requested; not a new request."),

M(n=157, slug="cairo-withdraw-after-fix", frm=("Dr. Youssef Hamed", "dr.youssef@niledental.example"),
  subj="Re: Complaint", client="gmail", irt=75,
  body="""Dear Karim,

Thank you for calling me and fixing the SMS time problem. I tested and now it is correct. In this case please ignore my cancellation, we will continue with you. And the refund you offered for October is enough.

Regards,
Dr. Youssef""",
  who="eg", i="o", k="withdrawal", b="not", acct=CAIRO, wd=True,
  notes="Withdraws the earlier cancellation after the fix."),

M(n=158, slug="escape-room-ooo-style-human", frm=("Locked In Escape Rooms", "gm@lockedin-escape.example"),
  subj="on vacation - but quick one", client="iphone", date="2026-07-20 09:00 -0400",
  body="""On vacation this week but saw the renewal reminder. We're still on the fence about keeping Runner. Don't do anything yet, I'll decide when I'm back on the 28th.

Carl""",
  i="o", k="other", b="maybe", acct=ESCAPE,
  notes="Human mail (not an auto-reply) saying undecided; explicitly don't act."),

M(n=159, slug="choir-b-hypothetical-rehearsal", frm=("Harmonia Choir", "harmonia.choir@mailbox.example"),
  subj="Rehearsal cancellations", client="gmail", date="2026-11-12 10:00",
  body="""Hello, is there a way to send a text to all members at once when a rehearsal is cancelled (snow etc.)? We're on Starter. Thanks, Agnes""",
  i="o", k="how_to", b="not", acct=CHOIRB,
  notes="Bulk SMS for cancelled rehearsals."),

M(n=160, slug="auction-house-assistant-for-owner", frm=("Penny Hale", "penny@gavelhouse.example"),
  subj="On behalf of Mr. Gavel", client="outlook", date="2026-05-26 14:00 +0100",
  sigtable=["Penny Hale", "PA to Mr. Edward Gavel", "Gavel House Auctioneers"],
  body="""Good afternoon,

Mr. Gavel has asked me to let you know that Gavel House will not be continuing with CRM Runner once the current billing month ends. The auction house has been sold to a larger auction group and their bidder database replaces ours.

He'd be grateful for confirmation to office@gavelhouse.example, which is the address on the account.

Kind regards,
Penny""",
  i="c", k="request", b="clear", acct=AUCTION, em="office@gavelhouse.example",
  rk=["the auction house has been sold", "their bidder database replaces ours"], rc="business_closed",
  notes="Assistant writes for the owner (not forwarded); registered address named."),

M(n=161, slug="translation-agency-upgrade", frm=("Lingua Bridge PM", "pm@linguabridge.example"),
  subj="Move to yearly", client="gmail", date="2026-01-19 10:30 +0100",
  body="""Hi, we'd like to switch from monthly to yearly billing on the Pro plan to get the discount. Please terminate the monthly billing when the yearly starts so we're not charged twice.

Thanks,
Elif""",
  who="tr", i="o", k="plan_change", b="not", acct=TRANSL,
  notes="'terminate the monthly billing' as part of switching to yearly."),

M(n=162, slug="signs-now-angry-cancel-with-refund", frm=("Signs Now", "jobs@signsnow.example"),
  subj="Cancel immediately", client="gmail", date="2026-09-03 08:05 -0500",
  body="""I was promised on the sales call that the Starter plan includes quotes with our logo. It doesn't. That's the only reason I signed up. Cancel immediately and refund the $19 from Sept 1.

Dave Koenig
Signs Now""",
  i="c", k="request", b="clear", acct=SIGN, refund=True, decoys=["$19"],
  rk=["the starter plan includes quotes with our logo"], rc="missing_features",
  notes="Clear, angry, with refund."),

M(n=163, slug="soccer-coach-kids-cancelled-season", frm=("Coach Ray", "coach@kickstartsoccer.example"),
  subj="season cancelled", client="android", date="2026-04-06 17:00 -0500",
  body="""Our spring season got cancelled because the city closed the fields for resurfacing. Can I stop paying for the CRM until fall? Not closing the account, I need the parent contacts for fall signups.

Ray""",
  i="o", k="pause", b="not", acct=KIDSPORT,
  notes="Pause until fall; 'season cancelled' is about the league."),
]
