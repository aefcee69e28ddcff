# Batch 08 - German. Hand-written texts.
from common import M, A

LANG = "de"

ACCOUNTS = A("""
3028815 lisa_nails lisa.nails@gmx.example monthly
4591704 kiosk_yildiz kiosk.yildiz@web.example monthly
5369012 olga_s olga.schmidt@mail-de.example monthly
3667120 ryan_m ryan.murphy@gmail.example monthly
4215439 fahrradladen_speiche laden@speiche-rad.example monthly tier=pro
5730096 heizung_brandt service@heizung-brandt.example yearly tier=pro
3474581 schlosserei_nowak nowak@schlosserei-nowak.example monthly
4829960 agentur_weitblick office@weitblick-agentur.example monthly tier=team
3988514 praxis_heller heller@praxis-heller.example monthly tier=team
5102277 holzwurm tischlerei.kern@t-online.example monthly
4055862 friseur_schnittig salon@schnittig.example monthly
3319048 weingut_reber info@weingut-reber.example yearly tier=pro
4660731 dachdecker_pohl pohl@dachdecker-pohl.example monthly
5491185 mode_boutique_elli elli@boutique-elli.example monthly
3145576 verlag_seitenwind redaktion@seitenwind-verlag.example monthly tier=pro
4372204 gemeinschaftspraxis_ost verwaltung@gp-ost.example monthly tier=team
5826743 schuh_hahn filiale@schuhhaus-hahn.example monthly cur=CHF
3550917 pflege_lotte lotte.pflege@gmx.example monthly
4940038 kfz_gutachter_brenner brenner@gutachter-brenner.example monthly
3793401 umzuege_schnell info@schnell-umzuege.example monthly
4105688 falk_ermittelt kontakt@detektei-falk.example monthly
5266314 bildungswerk_nord kurse@bildungswerk-nord.example yearly tier=team
3213570 cafe_kranz cafe@kranz-konditorei.example monthly
4723159 energieberatung_ott ott@energieberatung-ott.example monthly
""")

MESSAGES = [

M("wollte-fragen-ob-ihr-beenden-koennt", "lisa nails <lisa.nails@gmx.example>", "abo",
"""hallo wollte fragen ob ihr mein abo beenden koennt hab kein bedarf mehr
lg lisa
""", i="cancellation", k="request", date="2026-08-03 21:30", acct="3028815",
rk=["hab kein bedarf mehr"], rc="unused", form="plain-7bit", sloppy=True,
notes="Request phrased as a question ('wollte fragen ob ihr ... beenden koennt'), no umlauts, lowercase."),

M("laden-geschlossen-nicht-muttersprachler", "Mehmet Yildiz <m.yildiz.kiosk@gmail.example>", "Kündigung",
"""Sehr geehrte Damen und Herren

ich möchte mein Vertrag kündigen weil mein Laden ist geschlossen seit 1 August. Bitte keine Geld mehr abbuchen. Mein email bei Ihnen ist kiosk.yildiz@web.example

Mit freundliche Grüße
Yildiz
""", i="cancellation", k="request", date="2026-08-04 10:15", acct="4591704", em="kiosk.yildiz@web.example",
rk=["mein laden ist geschlossen"], rc="business_closed", form="plain-qp", sloppy=True,
notes="From another address; registered address in the body. Non-native German (grammar errors)."),

M("abonement-brauche-nicht-mehr", "Olga Schmidt", "Abonement",
"""Guten Tag,

bitte kündigen Sie meine Abonement. Ich brauche nicht mehr. Benutzer olga_s

Danke
Olga Schmidt
""", i="cancellation", k="request", date="2026-08-05 12:00", acct="5369012", un="olga_s",
rk=["ich brauche nicht mehr"], rc="unused", form="gmail-alt", sloppy=True,
notes="Non-native German with spelling errors."),

M("cancel-my-konto-leaving-germany", "Ryan Murphy", "Konto cancel",
"""Hallo,

please cancel my Konto, I am leaving Germany end of August and won't need it anymore. Vielen Dank für alles!

Ryan
""", i="cancellation", k="request", date="2026-08-06 18:45", acct="3667120",
rk=["i am leaving germany"], rc="other", form="gmail-alt", sloppy=True,
notes="English-speaking expat mixing German words."),

M("capslock-doppelt-abgebucht", "Fahrradladen Speiche", "SOFORT KÜNDIGEN",
"""ICH WILL SOFORT KÜNDIGEN!!! IHR BUCHT EINFACH DOPPELT AB UND KEINER MELDET SICH. ICH WILL MEIN GELD ZURÜCK, BEIDE BETRÄGE!!!

Speiche
""", i="cancellation", k="request", date="2026-08-07 09:02", acct="4215439", refund=True,
rk=["ihr bucht einfach doppelt ab"], rc="other", form="plain-qp", sloppy=True,
notes="All-caps angry cancellation + refund after a double charge."),

M("vorab-per-email-original-post", "Heizung Brandt", "Kündigung – vorab per E-Mail",
"""Sehr geehrte Damen und Herren,

vorab per E-Mail, das Original folgt per Post:

Hiermit kündigen wir den Vertrag über CRM Runner (Jahresabonnement, Tarif Pro) zum Ablauf der aktuellen Vertragslaufzeit. Eine stillschweigende Verlängerung lehnen wir ab.

Bitte senden Sie uns eine Kündigungsbestätigung mit Angabe des Vertragsendes.

Mit freundlichen Grüßen

Heizung Brandt GmbH & Co. KG
Kerstin Brandt
Kaufmännische Leitung
""", i="cancellation", k="request", date="2026-08-10 08:00", acct="5730096", form="outlook-html",
sig=["Heizung Brandt GmbH & Co. KG", "Gewerbering 9 · 48155 Münster", "Tel. 0251 000 770"],
notes="Formal 'vorab per E-Mail' letter, Outlook HTML only, no identifiers."),

M("knr-nur-im-betreff", "Schlosserei Nowak", "Kündigungsbestätigung erbeten – KNr. 3474581",
"""Hallo,

wie telefonisch besprochen kündige ich zum Monatsende. Bitte eine kurze Bestätigung.

Gruß
Nowak
""", i="cancellation", k="request", date="2026-08-11 07:30", acct="3474581", an="3474581",
form="plain-qp",
notes="Account number only in the subject ('KNr.')."),

M("praktikantin-zugang-loeschen", "Agentur Weitblick", "Zugang Praktikantin",
"""Hi,

das Praktikum von Mia ist vorbei, bitte den Zugang mia@weitblick-agentur.example löschen, damit wir die Lizenz nicht weiter zahlen.

Danke & Grüße
Jonas
Weitblick
""", i="cancellation", k="request_seat", date="2026-08-12 14:00", acct="4829960",
form="gmail-alt",
notes="Seat removal (intern's login) to stop paying for it."),

M("mitglied-will-eigenen-nutzer-entfernen", "Dr. Paul Wegner <p.wegner@praxis-heller.example>", "Mein Zugang",
"""Guten Tag,

ich verlasse die Praxis Heller zum 31.08. Bitte nehmen Sie meinen Nutzer aus dem Team-Konto der Praxis und berechnen Sie ihn ab September nicht mehr.

Mit freundlichen Grüßen
Dr. Paul Wegner
""", i="cancellation", k="request_seat", band="maybe", date="2026-08-13 17:20", acct="3988514",
form="outlook-alt",
notes="A team member (not the owner) asks to remove his own seat; a seat cancellation, but the owner must agree (band maybe)."),

M("selbst-weitergeleitet-vertrieb", "Tischlerei Kern", "WG: Kündigung",
"""Hallo, das hatte ich vor zwei Wochen an Ihren Vertrieb geschickt und nie eine Antwort bekommen. Hier nochmal:

Von: Tischlerei Kern <tischlerei.kern@t-online.example>
Gesendet: Montag, 27. Juli 2026 08:12
An: vertrieb@crmrunner.example
Betreff: Kündigung

Hallo, ich kündige hiermit meinen Zugang zum CRM. Benutzer: holzwurm. Wir sind zu klein für so ein Programm.

Gruß Kern
""", i="cancellation", k="forward_request", date="2026-08-14 07:50", acct="5102277",
rk=["wir sind zu klein für so ein programm"], rc="other", form="forward-inline", mime="outlook-alt",
notes="The customer forwards his own earlier mail (sent to sales) with 'Hier nochmal'; username 'holzwurm' appears only in the forwarded part, so not labelled."),

M("vertrieb-leitet-kunden-weiter", "Sven Mertens <sven.mertens@crmrunner.example>", "Fwd: Kündigung Friseur Schnittig",
"""Hallo Support,

dieser Kunde hat mir direkt geschrieben, bitte bearbeitet das wie üblich. Mail hängt an.

Danke!
Sven
Vertrieb
""", inner=dict(frm="Salon Schnittig <salon@schnittig.example>", to="Sven Mertens <sven.mertens@crmrunner.example>",
                 subj="Kündigung", date="2026-08-16 19:00", mime="iphone", fname="Kuendigung Schnittig.eml",
                 body="""Hallo Herr Mertens, wir kündigen das CRM zum Monatsende. Die Kundinnen buchen eh alle über Instagram. Grüße Sandra

Von meinem iPhone gesendet
"""),
i="cancellation", k="forward_request", date="2026-08-17 08:40", acct="4055862",
rk=["die kundinnen buchen eh alle über instagram"], rc="switched_service", form="forward-rfc822", mime="gmail-alt",
notes="Internal colleague (sales) forwards a customer's cancellation as an attachment; sender is not the owner."),

M("schade-dann-kuendigen-wir", "Weingut Reber", "Re: Frage Offline-Nutzung",
"""Schade. Dann kündigen wir zum Ende der Laufzeit, ohne Offline-Modus bringt uns das im Weinberg und auf den Messen nichts.

Viele Grüße
Familie Reber

Am 17.08.2026 um 11:05 schrieb CRM Runner Support <support@crmrunner.example>:

> Hallo Familie Reber,
>
> einen Offline-Modus bietet CRM Runner derzeit leider nicht an und er ist
> auch für dieses Jahr nicht geplant.
>
> Viele Grüße
> CRM Runner Support
""", i="cancellation", k="request", date="2026-08-17 15:30", acct="3319048",
rk=["ohne offline-modus"], rc="missing_features", irt="<reply-3319048-a1@crmrunner.example>",
form="reply-above-quote", mime="apple-alt",
notes="Reply above support's answer; decides to cancel because of a missing feature."),

M("nochmals-um-kuendigung", "Dachdecker Pohl", "Kündigung – 2. Versuch",
"""Guten Tag,

haben Sie meine Kündigung vom 3. August erhalten? Ich bitte nochmals um Kündigung zum nächstmöglichen Termin und um eine Bestätigung.

Pohl
""", i="cancellation", k="follow_up", date="2026-08-18 08:00", acct="4660731",
irt="<pohl-kuendigung-0308@dachdecker-pohl.example>", form="plain-qp",
notes="Follow-up that asks whether the Kündigung arrived and repeats it: cancellation."),

M("bis-wann-zahlen", "Elli <elli.k@icloud.example>", None,
"""Hallo,

ich kündige hiermit mein Abo. Bis wann muss ich noch zahlen?

Elli
""", i="cancellation", k="request", date="2026-08-19 13:10", form="iphone",
notes="No Subject; sent from an unregistered address with only a first name: account cannot be told (null). Clear request plus a question about the last payment."),

M("keine-mehrbenutzer-kalender", "Marie Jansen <m.jansen@seitenwind-verlag.example>", "Kündigung zum Monatsende",
"""Hallo,

wir kündigen zum Monatsende. Ohne gemeinsamen Kalender für mehrere Nutzer ist CRM Runner für unsere Redaktion leider nicht geeignet.

Unser Benutzername ist verlag_seitenwind.

Beste Grüße
Marie Jansen
Redaktion Seitenwind
""", i="cancellation", k="request", date="2026-08-20 16:00", acct="3145576", un="verlag_seitenwind",
rk=["ohne gemeinsamen kalender für mehrere nutzer"], rc="missing_features", form="gmail-alt",
notes="From an editor's own address; username given. Missing shared calendar."),

M("oberflaeche-unuebersichtlich", "Gemeinschaftspraxis Ost", "Kündigung CRM Runner",
"""Sehr geehrte Damen und Herren,

hiermit kündigen wir zum nächstmöglichen Zeitpunkt. Die Oberfläche ist für unsere MFAs zu unübersichtlich, nach drei Monaten kommen sie immer noch nicht klar.

Mit freundlichen Grüßen
Praxisverwaltung
""", i="cancellation", k="request", date="2026-08-21 12:30", acct="4372204",
rk=["die oberfläche ist für unsere mfas zu unübersichtlich"], rc="too_complex", form="cp1252",
notes="Too complicated UI."),

M("chatbot-hilft-nicht-ch", "Schuhhaus Hahn", "Kündigung",
"""Grüezi

Ihr Chatbot hilft nicht und einen Menschen erreicht man nie. Wir kündigen unser Abo per Ende Monat.

Freundliche Grüsse
Schuhhaus Hahn, Filiale Luzern
""", i="cancellation", k="request", date="2026-08-24 10:00", tz="Europe/Zurich", acct="5826743",
rk=["ihr chatbot hilft nicht"], rc="customer_service", form="outlook-alt",
notes="Swiss; customer-service reason."),

M("verband-crm-kostenlos", "Lotte Pflege", "Kündigung",
"""Hallo,

unser Pflegeverband stellt seinen Mitgliedern ab Oktober ein CRM kostenlos zur Verfügung. Deshalb kündige ich mein Abo bei Ihnen zum 30.09.

Freundliche Grüße
Lotte Berg
""", i="cancellation", k="request", date="2026-08-25 09:45", acct="3550917",
rk=["unser pflegeverband stellt seinen mitgliedern ab oktober ein crm kostenlos zur verfügung"], rc="switched_service",
form="plain-qp",
notes="Switching to a free CRM from the association."),

M("insolvenzverwalter-kuendigt", "RA Marc Pfeiffer <insolvenz@kanzlei-pfeiffer.example>", "Insolvenzverfahren Umzüge Schnell GmbH – Az. 12 IN 345/26",
"""Sehr geehrte Damen und Herren,

mit Beschluss des Amtsgerichts Leipzig vom 20.08.2026 (Az. 12 IN 345/26) wurde ich zum vorläufigen Insolvenzverwalter über das Vermögen der Umzüge Schnell GmbH bestellt.

In dieser Eigenschaft kündige ich den mit der Schuldnerin bestehenden Vertrag über die Nutzung von CRM Runner zum nächstmöglichen Zeitpunkt. Weitere Lastschriften vom Konto der Schuldnerin sind zu unterlassen.

Mit freundlichen Grüßen
Marc Pfeiffer
Rechtsanwalt, vorläufiger Insolvenzverwalter
""", i="cancellation", k="request", date="2026-08-26 11:00", acct="3793401",
dec=["12 IN 345/26"], rk=["insolvenzverwalter"], rc="business_closed", form="outlook-alt",
notes="Insolvency administrator cancels for the debtor company; court file number is a decoy; sender not the owner, company identified only by name."),

M("benutzer-in-signatur", "Detektei Falk", "Kündigung",
"""Guten Tag,

bitte kündigen Sie unser Abo zum nächsten Termin.

Mit freundlichen Grüßen
K. Falk
--
Detektei Falk · Diskretion seit 1998
CRM-Benutzer: falk_ermittelt
""", i="cancellation", k="request", date="2026-08-27 15:15", acct="4105688",
un="falk_ermittelt", form="flowed",
notes="Username only in the signature block ('CRM-Benutzer: falk_ermittelt'), Thunderbird format=flowed."),

M("ch-latin1-per-ende-jahr", "Bildungswerk Nord", "Kündigung per Ende Jahr",
"""Sehr geehrte Damen und Herren

Hiermit kündigen wir unser Jahresabonnement per Ende Laufzeit. Die Kurse werden ab 2027 über die Plattform des Dachverbands verwaltet.

Freundliche Grüsse
Bildungswerk Nord
Sekretariat
""", i="cancellation", k="request", date="2026-08-28 10:00", acct="5266314",
rk=["über die plattform des dachverbands verwaltet"], rc="switched_service", form="latin1",
notes="ISO-8859-1 quoted-printable; switching to the umbrella organisation's platform."),

M("konto-stilllegen", "Café Kranz", None,
"""hallo bitte konto stilllegen danke kranz
""", i="cancellation", k="request", amb=True, date="2026-08-31 14:00", acct="3213570", form="plain-qp",
sloppy=True, notes="Ambiguous: 'stilllegen' can mean pause or close; labelled cancellation for review."),

M("nutzen-nicht-mehr-pruefen-offen", "Energieberatung Ott", "Unser Konto",
"""Hallo,

wir nutzen CRM Runner nicht mehr. Bitte prüfen Sie, ob bei uns noch etwas offen ist.

Ott
""", i="cancellation", k="request", amb=True, date="2026-09-01 09:00", acct="4723159",
rk=["wir nutzen crm runner nicht mehr"], rc="unused", form="plain-qp",
notes="Ambiguous: states non-use and asks about open items, not explicitly to cancel."),

M("sepa-mandat-widerrufen", "KFZ-Gutachter Brenner", "Widerruf SEPA-Lastschriftmandat",
"""Hiermit widerrufe ich das SEPA-Lastschriftmandat für CRM Runner mit sofortiger Wirkung.

Brenner
""", i="other", k="other", amb=True, date="2026-09-02 16:30", acct="4940038", form="plain-qp",
notes="Ambiguous: revoking the direct-debit mandate stops payments but does not say to end the subscription; labelled other."),

# ---------------------------------------------------------------- look-alikes

M("versehentlich-jahresabo", "Mode Boutique Elli", "Versehentlich Jahresabo gebucht",
"""Hallo, ich habe aus Versehen das Jahresabo gebucht, wollte aber monatlich. Können Sie das umstellen und mir die Differenz erstatten?

Elli
""", i="other", k="plan_change", refund=True, date="2026-04-20 12:00", acct="5491185", form="plain-qp",
notes="Booked yearly by mistake: plan change plus refund of the difference."),

M("pro-auf-starter-naechster-monat", "Agentur Weitblick", "Tarif runter",
"""Hi, ab nächstem Monat bitte von Team auf Pro runter. Wir sind gerade nur noch zu viert.

Jonas
""", i="other", k="downgrade", date="2026-05-28 10:30", acct="4829960", form="gmail-alt",
notes="Downgrade."),

M("aussetzen-krankheit", "Olga Schmidt", "Pause",
"""Guten Tag, ich bin krank für lange Zeit. Kann ich das Abo aussetzen für 3 Monate? Danach will ich weiter machen.

Olga
""", i="other", k="pause", date="2026-06-03 10:00", acct="5369012", form="gmail-alt", sloppy=True,
notes="Pause request by a non-native writer."),

M("wie-kann-man-bei-euch-kuendigen", "Dachdecker Pohl", "Frage",
"""Wie kann man bei euch kündigen? Steht nirgends.
""", i="other", k="how_to", amb=True, date="2026-07-30 20:10", acct="4660731", form="plain-qp",
notes="Bare how-to question (often meant as a request); labelled other, ambiguous."),

M("mindestlaufzeit-frage", "Detektei Falk", "Mindestlaufzeit?",
"""Guten Tag, gibt es beim Monatsabo eine Mindestlaufzeit oder kann man jederzeit kündigen? Danke.
""", i="other", k="question", date="2026-03-02 11:00", acct="4105688", form="plain-qp",
notes="Question about contract terms."),

M("inkasso-trotz-kuendigung", "Pflege Lotte <lotte.pflege@gmx.example>", "Inkasso trotz Kündigung!",
"""Hallo,

ich habe heute ein Schreiben von einem Inkassobüro bekommen (Forderung 57,00 €, Az. INK-88213), angeblich wegen offener Beiträge bei CRM Runner. Ich habe aber zum 30.09. gekündigt und alles bezahlt! Bitte klären Sie das sofort.

Lotte Berg
""", i="other", k="already_cancelled", date="2026-10-20 18:00", acct="3550917",
dec=["INK-88213", "57,00 €"], form="plain-qp",
notes="Already cancelled, disputes a debt-collection letter."),

M("addon-visitenkartenscanner-stornieren", "Heizung Brandt", "Add-on stornieren",
"""Guten Tag,

bitte stornieren Sie das gestern gebuchte Add-on "Visitenkarten-Scanner" (Bestellung A-20931). Das Hauptabo bleibt wie es ist.

Mit freundlichen Grüßen
Kerstin Brandt
""", i="other", k="order_cancel", date="2026-05-06 09:00", acct="5730096", dec=["A-20931"], form="outlook-alt",
notes="Cancels an add-on order; main subscription stays."),

M("quartalsgespraech-absage", "Gemeinschaftspraxis Ost", "Absage: Quartalsgespräch",
"""Absage: Quartalsgespräch CRM Runner – Do 10.09., 15:00

Leider schaffen wir den Termin nicht. Wir melden uns für einen neuen.

Praxisverwaltung
""", i="other", k="meeting_cancel", date="2026-09-08 13:00", acct="4372204", form="outlook-alt",
notes="Meeting decline ('Absage') in Outlook style."),

M("keine-werbung-mehr", "Schlosserei Nowak", "Werbung",
"""Bitte schicken Sie mir keine Werbemails mehr. Das Programm nutze ich weiter, aber die Angebote will ich nicht.

Nowak
""", i="other", k="newsletter_unsubscribe", date="2026-06-22 07:00", acct="3474581", form="plain-qp",
notes="No more marketing e-mails; keeps using the product."),

M("endkundin-friseur-daten-loeschen", "Sabine Ludwig <sabine.ludwig@web.example>", "Löschung meiner Daten",
"""Guten Tag,

mein Friseursalon (Salon Schnittig) nutzt Ihr CRM, und ich bekomme ständig SMS-Erinnerungen, obwohl ich dort nicht mehr Kundin bin. Bitte löschen Sie meine Daten (Handynummer 0170 0000000) aus dem System.

Sabine Ludwig
""", i="other", k="data_deletion", date="2026-06-30 19:00", dec=["0170 0000000"], form="plain-qp",
notes="End customer of a CRM Runner customer asks for erasure of her data; not a subscription cancellation."),

M("vergessen-sie-meine-kuendigung", "lisa nails <lisa.nails@gmx.example>", "Re: abo",
"""vergessen sie meine kuendigung bitte, hab doch wieder mehr kundinnen. bleibe drin :)
lisa
""", i="other", k="withdrawal", wd=True, date="2026-08-04 11:00", acct="3028815",
irt="wollte-fragen-ob-ihr-beenden-koennt", form="plain-7bit", sloppy=True,
notes="Sloppy withdrawal of yesterday's request."),

M("merci-vielmal", "Schuhhaus Hahn", "AW: Kündigung",
"""Merci vielmal für die rasche Bestätigung.

Freundliche Grüsse
Schuhhaus Hahn
""", i="other", k="thanks", date="2026-08-24 15:00", tz="Europe/Zurich", acct="5826743",
irt="<reply-5826743-a1@crmrunner.example>", form="outlook-alt",
notes="Swiss thanks after confirmation."),

M("kunden-als-gekuendigt-markieren", "Verlag Seitenwind", "Status 'gekündigt' für Abonnenten?",
"""Hallo,

wir verwalten unsere Zeitschriften-Abonnenten in CRM Runner. Kann man einen Kontakt als "gekündigt" markieren, wenn ein Abonnent kündigt, und dann automatisch eine Abschiedsmail schicken?

Beste Grüße
Redaktion Seitenwind
""", i="other", k="question", date="2026-03-25 10:30", acct="3145576", form="gmail-alt",
notes="Feature question about marking THEIR subscribers as cancelled."),

M("kuendigungsfrist-jahresvertrag-frage", "Bildungswerk Nord", "Kündigungsfrist",
"""Guten Tag, wie lange ist die Kündigungsfrist beim Jahresvertrag? Wir möchten das für unsere Vertragsübersicht notieren.
""", i="other", k="question", date="2026-02-16 09:00", acct="5266314", form="plain-qp",
notes="Question about the notice period for the records."),

M("bestaetigung-falsche-adresse", "Detektei Falk", "Bestätigung an falsche Adresse",
"""Guten Tag,

Ihre Kündigungsbestätigung ging an unsere alte Adresse info@detektei-falk.example statt an kontakt@. Bitte schicken Sie sie nochmal an die richtige Adresse.

K. Falk
""", i="other", k="follow_up", date="2026-08-28 09:00", acct="4105688", form="plain-qp",
notes="Asks to resend a confirmation already sent; the cancellation is done."),

M("preisliste-bitte", "Martina Voss <m.voss@voss-consulting.example>", "Preise",
"""Hallo, können Sie mir eine aktuelle Preisliste mit allen Tarifen schicken? Danke, M. Voss
""", i="other", k="sales", date="2026-09-03 12:00", form="plain-qp",
notes="Sales inquiry."),

M("rechnung-an-buchhaltung", "Umzüge Schnell", "Rechnungsempfänger",
"""Hallo, bitte schicken Sie die Rechnungen ab sofort an buchhaltung@schnell-umzuege.example statt an info@. Danke!
""", i="other", k="other", date="2026-05-11 08:00", acct="3793401", form="plain-qp",
notes="Change of invoice recipient."),

M("nachfolger-uebernimmt-konto", "Tobias Kranz <tobias.kranz@kranz-konditorei.example>", "Betriebsübergabe",
"""Guten Tag,

mein Vater übergibt das Café zum 1. Oktober an mich. Wir möchten CRM Runner weiter nutzen, bitte stellen Sie das Konto (cafe@kranz-konditorei.example) auf mich als Ansprechpartner um. Die Rechnungsadresse bleibt gleich.

Viele Grüße
Tobias Kranz
""", i="other", k="other", date="2026-09-15 10:00", acct="3213570", em="cafe@kranz-konditorei.example",
form="gmail-alt",
notes="Business handover; the successor wants to continue the account (not a cancellation)."),

M("phishing-konto-wird-gekuendigt", "Energieberatung Ott", "Ist diese Mail echt?",
"""Hallo,

ich habe folgende Mail bekommen und bin unsicher, ob die von Ihnen ist:

"Ihr CRM Runner Konto wird in 24 Stunden gekündigt. Bestätigen Sie Ihre Zahlungsdaten unter crm-runner-login.example, um die Kündigung zu verhindern."

Ist das Phishing? Ich will natürlich nicht, dass mein Konto gekündigt wird.

Ott
""", i="other", k="question", date="2026-06-17 08:30", acct="4723159", form="plain-qp",
notes="Asks whether a phishing mail about 'Kündigung' is genuine; does not want to cancel."),

M("digest-selbststaendige-leipzig", "Gruppe Selbstständige Leipzig <digest@gruppen-forum.example>", "Zusammenfassung für Selbstständige Leipzig – 3 Nachrichten in 2 Themen",
"""Heutige Themenübersicht:

* CRM Runner kündigen – Erfahrungen? (2 Nachrichten)
* Steuerberater in Plagwitz gesucht (1 Nachricht)

------------------------------
Thema: CRM Runner kündigen – Erfahrungen?

Von: Kai
Hat jemand schon mal CRM Runner gekündigt? Geht das per Mail oder nur im Kundenbereich?

Von: Anja
Ich hab einfach eine Mail an den Support geschrieben, ging problemlos.

------------------------------
Sie erhalten diese Nachricht, weil Sie die Gruppe "Selbstständige Leipzig" abonniert haben. Abbestellen: digest-abmelden@gruppen-forum.example
""", i="other", k="list_mail", date="2026-09-04 06:00",
hdrs={"List-Id": "<selbststaendige-leipzig.gruppen-forum.example>", "Precedence": "list",
      "List-Unsubscribe": "<mailto:digest-abmelden@gruppen-forum.example>"}, form="plain-qp",
notes="Group digest discussing how to cancel CRM Runner; list mail."),

M("nachfrage-zu-umstellung-elli", "Mode Boutique Elli", "Re: Versehentlich Jahresabo gebucht",
"""Hallo, gibt es schon eine Rückmeldung zur Umstellung auf monatlich? Danke!
""", i="other", k="follow_up", date="2026-04-27 12:00", acct="5491185", irt="versehentlich-jahresabo", form="plain-qp",
notes="Follow-up about a plan change."),

# ---------------------------------------------------------------- edge cases

M("nicht-mehr-im-unternehmen", "Agentur Weitblick <mia@weitblick-agentur.example>", "Automatische Antwort: Ihr Zugang wird entfernt",
"""Ich bin nicht mehr bei der Agentur Weitblick tätig. Ihre Nachricht wird nicht weitergeleitet. Bitte wenden Sie sich an office@weitblick-agentur.example.
""", i="auto_reply", k="auto_reply", date="2026-08-12 14:30",
hdrs={"Auto-Submitted": "auto-replied"}, irt="<seat-4829960-mia@crmrunner.example>", form="outlook-alt",
notes="Auto-reply from the removed intern's mailbox."),

M("gmail-urlaub-deutsch", "Ryan Murphy <ryan.murphy@gmail.example>", "Re: Konto cancel",
"""Hi! Ich bin bis 5. September unterwegs und habe kaum Internet. I'll get back to you when I'm back.

Ryan
""", i="auto_reply", k="auto_reply", date="2026-08-06 18:50", acct="3667120",
hdrs={"Auto-Submitted": "auto-replied"}, irt="<reply-3667120-a1@crmrunner.example>", form="gmail-alt",
notes="Gmail vacation responder (mixed German/English) with a plain 'Re:' subject."),

M("eingangsbestaetigung-bildungswerk", "Bildungswerk Nord <kurse@bildungswerk-nord.example>", "Eingangsbestätigung",
"""Ihre Nachricht ist bei uns eingegangen. Wir bearbeiten Anfragen in der Reihenfolge des Eingangs. Bitte sehen Sie von Rückfragen ab.

Bildungswerk Nord – Kursverwaltung
""", i="auto_reply", k="auto_reply", date="2026-08-28 10:05", acct="5266314",
hdrs={"Auto-Submitted": "auto-generated"}, irt="<reply-5266314-a1@crmrunner.example>", form="plain-qp",
notes="Automatic receipt confirmation."),

M("undeliverable-englisch-exchange", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@gp-ost.example>", "Undeliverable: Kündigung CRM Runner",
"", dsn=dict(
    mta="mail.gp-ost.example", rcpt="verwaltung@gp-ost.example", status="5.4.1",
    diag="smtp; 550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
    human="""Your message to verwaltung@gp-ost.example couldn't be delivered.

verwaltung wasn't found at gp-ost.example.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
""",
    returned=dict(frm="CRM Runner Support <support@crmrunner.example>", to="verwaltung@gp-ost.example",
                  subj="Re: Kündigung CRM Runner", date="2026-08-21 12:35", mime="plain-qp",
                  body="""Sehr geehrte Damen und Herren,

Ihre Kündigung ist eingegangen. Das Vertragsende teilen wir Ihnen gesondert mit.

CRM Runner Support
""")),
i="bounce", k="bounce", date="2026-08-21 12:36", form="exchange-dsn",
notes="English Exchange Online NDR at a German customer ('Undeliverable: Kündigung ...')."),

M("relay-access-denied", "Mail Delivery System <MAILER-DAEMON@mx1.crmrunner.example>", "Undelivered Mail Returned to Sender",
"", dsn=dict(
    mta="mx1.crmrunner.example", postfix=True, rcpt="kontakt@detektei-falk.example", status="5.7.1",
    remote="mx.detektei-falk.example",
    diag="smtp; 554 5.7.1 <kontakt@detektei-falk.example>: Relay access denied",
    human="""This is the mail system at host mx1.crmrunner.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<kontakt@detektei-falk.example>: host mx.detektei-falk.example[192.0.2.18]
    said: 554 5.7.1 <kontakt@detektei-falk.example>: Relay access denied (in
    reply to RCPT TO command)
""", headers_only=True,
    returned=dict(frm="CRM Runner Support <support@crmrunner.example>", to="kontakt@detektei-falk.example",
                  subj="Ihre Kündigungsbestätigung", date="2026-08-28 09:10", mime="plain-qp", body="Guten Tag,\n")),
i="bounce", k="bounce", date="2026-08-28 09:11", form="dsn",
notes="Postfix bounce, relay access denied, headers only."),

M("qmail-plain-bounce", "MAILER-DAEMON@mail.kiosk-hosting.example", "failure notice",
"""Hi. This is the qmail-send program at mail.kiosk-hosting.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<kiosk.yildiz@web.example>:
192.0.2.45 does not like recipient.
Remote host said: 550 5.1.1 Benutzer unbekannt / user unknown
Giving up on 192.0.2.45.

--- Below this line is a copy of the message.

Return-Path: <support@crmrunner.example>
From: CRM Runner Support <support@crmrunner.example>
To: kiosk.yildiz@web.example
Subject: Re: Kündigung
Date: Tue, 4 Aug 2026 10:20:11 +0200

Sehr geehrte Damen und Herren,

Ihre Kündigung ist eingegangen.

> ich möchte mein Vertrag kündigen weil mein Laden ist geschlossen seit 1 August.
""", i="bounce", k="bounce", date="2026-08-04 10:21", form="bounce-plain", mime="plain-qp",
notes="qmail-style bounce as plain text (no multipart/report), quoting the customer's Kündigung; still a bounce."),
]
