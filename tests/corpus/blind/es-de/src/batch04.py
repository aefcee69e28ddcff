# Batch 04 - German. Hand-written texts.
from common import M, A

LANG = "de"

ACCOUNTS = A("""
4406128 praxis_dr_lenz praxis@dr-lenz-hausarzt.example yearly tier=pro
5833190 n.fischer nadine.fischer@gmx.example monthly start=2026-04-29
3093315 jannik_dev jannik.peters@mailbox.example monthly
4157702 tanzschule_rhythmus info@tanzschule-rhythmus.example monthly
3721084 steuerbuero_klein kanzlei@steuerbuero-klein.example monthly tier=team
4639956 gl_immobilien office@gl-immobilien.example yearly tier=pro
5277541 malerbetrieb_otto otto@malerbetrieb-otto.example yearly
3388064 k.brunner k.brunner@bluewin.example monthly cur=CHF
4902317 buchhandlung_seiler info@buchhandlung-seiler.example monthly
3865509 mo_bauer moritz.bauer@web.example monthly
4388201 schreinerei_holzmann holzmann@schreinerei-holzmann.example yearly
5066482 emily_w emily.watson@gmail.example monthly
4480036 coaching_neumann hallo@neumann-coaching.example yearly
3239178 zimmerei_gruber buero@zimmerei-gruber.example monthly
5504327 hpeters_vater h.peters@t-online.example yearly
4717620 blumen_anke anke@blumen-anke.example monthly
3600945 agentur_pixelwerk hello@pixelwerk.example monthly tier=team
5148803 hotel_alpenblick rezeption@hotel-alpenblick.example monthly cur=EUR
4023564 verein_tsv geschaeftsstelle@tsv-oberhausen.example monthly
3948721 lorenz.it info@lorenz-it.example yearly tier=pro
5395046 bio_hof_lammers hof@biohof-lammers.example monthly
4272280 susanne_k susanne.kaiser@web.example monthly status=cancelled
3159904 kita_sonnenblume leitung@kita-sonnenblume.example monthly
4825513 physiopraxis_wendt wendt@physio-wendt.example monthly
3501177 finanz_berater_roth roth@roth-finanzberatung.example yearly tier=pro
""")

MESSAGES = [

M("sonderkuendigung-preiserhoehung", "Praxis Dr. Lenz", "Sonderkündigung wegen Preiserhöhung",
"""Sehr geehrte Damen und Herren,

mit Ihrer E-Mail vom 20.04.2026 haben Sie uns eine Preiserhöhung für unseren Tarif zum 01.06.2026 angekündigt. Aufgrund dieser Preiserhöhung machen wir von unserem Sonderkündigungsrecht Gebrauch und kündigen den Vertrag über CRM Runner zum Zeitpunkt des Inkrafttretens der Preiserhöhung.

Bitte bestätigen Sie uns die Kündigung schriftlich.

Mit freundlichen Grüßen

Dr. med. Stefan Lenz
Facharzt für Allgemeinmedizin
""", i="cancellation", k="request", date="2026-04-23 18:20", acct="4406128",
rk=["aufgrund dieser preiserhöhung"], rc="too_expensive", form="outlook-alt",
sig=["Hausarztpraxis Dr. Lenz", "Bahnhofstraße 5 · 79098 Freiburg"],
notes="Special termination right invoked because of a price increase."),

M("widerruf-14-tage", "Nadine Fischer", "Widerruf",
"""Sehr geehrte Damen und Herren,

hiermit widerrufe ich den von mir am 29.04.2026 abgeschlossenen Vertrag über die Nutzung von CRM Runner (Starter, monatlich). Bitte erstatten Sie mir den bereits abgebuchten Betrag.

Mit freundlichen Grüßen
Nadine Fischer
""", i="cancellation", k="request", date="2026-05-04 10:40", acct="5833190", refund=True,
form="gmail-alt",
notes="Consumer 'Widerruf' of a new contract within 14 days = ending the subscription + refund. Not a withdrawal of a cancellation (withdrawal=false)."),

M("moin-acc-kuendigen-notion", "jannik peters <jannik.peters@mailbox.example>", "acc kündigen",
"""moin, kannst du meinen acc kündigen? hab jetzt nen anderes tool, notion reicht mir völlig für die paar kunden.
danke dir!
jannik
""", i="cancellation", k="request", date="2026-05-05 23:12", acct="3093315",
rk=["notion reicht mir völlig"], rc="switched_service", form="plain-8bit",
sloppy=True, notes="Informal northern German, lowercase, 'acc kündigen'; switched to another tool."),

M("mitgliedschaft-beenden-tanzschule", "Bettina Ross <bettina@tanzschule-rhythmus.example>", "Mitgliedschaft beenden",
"""Hallo liebes CRM-Runner-Team,

wir möchten unsere Mitgliedschaft zum Ende des Monats beenden. Wir haben gemerkt, dass wir das Programm kaum nutzen, die Anmeldungen laufen inzwischen alle über unsere Website.

Benutzer: tanzschule_rhythmus

Trotzdem danke und alles Gute!
Tanzschule Rhythmus
Bettina & Olaf
""", i="cancellation", k="request", date="2026-05-07 14:33", acct="4157702", un="tanzschule_rhythmus",
rk=["dass wir das programm kaum nutzen"], rc="unused", form="apple-alt",
notes="From a co-owner's own address; username given. 'Mitgliedschaft beenden' instead of kündigen."),

M("lizenz-reduzieren-rente", "Steuerbüro Klein", "Lizenzen reduzieren",
"""Guten Tag,

bitte reduzieren Sie unsere Lizenzen von 5 auf 4. Frau Jung geht zum 30.06. in Rente, ihr Zugang (b.jung@steuerbuero-klein.example) kann dann gelöscht werden und soll nicht mehr berechnet werden.

Mit freundlichen Grüßen
Werner Klein
""", i="cancellation", k="request_seat", date="2026-06-15 09:10", acct="3721084",
form="outlook-alt",
notes="Remove one paid seat (5 -> 4 licences) because a colleague retires."),

M("anfang-weitergeleitete-nachricht", "Lisa Grün <lisa.gruen@gl-immobilien.example>", "WG: CRM Runner",
"""Hallo,

anbei die Nachricht von Herrn Lorenz. Bitte kündigen Sie wie unten beschrieben und schicken Sie die Bestätigung an office@gl-immobilien.example.

Danke und viele Grüße
Lisa Grün

Anfang der weitergeleiteten Nachricht:

Von: Georg Lorenz <office@gl-immobilien.example>
Betreff: CRM Runner
Datum: 18. Mai 2026 um 19:44:12 MESZ
An: Lisa Grün <lisa.gruen@gl-immobilien.example>

Lisa, bitte kündige bei CRM Runner zum nächsten Termin. Wir machen die Vermietung ab Juli über die Hausverwaltersoftware, da ist alles drin.

Gruß G.L.
""", i="cancellation", k="forward_request", date="2026-05-19 08:02", acct="4639956",
em="office@gl-immobilien.example",
rk=["da ist alles drin"], rc="switched_service", form="forward-inline", mime="apple-alt",
notes="Apple Mail forward ('Anfang der weitergeleiteten Nachricht'); the boss's registered address is also written in the assistant's text."),

M("buchhaltung-leitet-brief-weiter", "Buchhaltung Malerbetrieb Otto <buchhaltung@malerbetrieb-otto.example>", "WG: Kündigung",
"""Sehr geehrte Damen und Herren,

im Auftrag von Herrn Otto leite ich Ihnen seine Kündigung weiter (Nachricht im Anhang).

Mit freundlichen Grüßen
Ingrid Schäfer
Buchhaltung
""", inner=dict(frm="Jürgen Otto <otto@malerbetrieb-otto.example>", to="Buchhaltung Malerbetrieb Otto <buchhaltung@malerbetrieb-otto.example>",
                 subj="Kündigung", date="2026-05-20 07:15", mime="outlook-alt", fname="Kündigung.eml",
                 body="""Frau Schäfer,

bitte kündigen Sie das CRM Runner Abo. Ich mach das wieder mit Zettel und Stift, das ganze Computerzeug ist mir zu umständlich.

J. Otto
"""),
i="cancellation", k="forward_request", date="2026-05-20 10:30", acct="5277541",
rk=["mir zu umständlich"], rc="too_complex", form="forward-rfc822", mime="outlook-alt",
notes="Bookkeeping forwards the owner's instruction as attached message/rfc822."),

M("dann-kuendige-ich-lieber", "Katharina Brunner", "AW: Preis Pro-Tarif",
"""Danke für die Auskunft. Wenn es keinen Rabatt für Einzelpersonen gibt, dann kündige ich lieber. Bitte das Abo zum nächsten Termin beenden.

Freundliche Grüsse
K. Brunner

Von: CRM Runner Support <support@crmrunner.example>
Gesendet: Montag, 25. Mai 2026 11:02
An: Katharina Brunner <k.brunner@bluewin.example>
Betreff: AW: Preis Pro-Tarif

Guten Tag Frau Brunner

Leider können wir für Einzelpersonen keinen Rabatt auf den Pro-Tarif anbieten. Gerne können Sie in den Starter-Tarif wechseln.

Freundliche Grüsse
CRM Runner Support
""", i="cancellation", k="request", date="2026-05-25 13:47", tz="Europe/Zurich", acct="3388064",
rk=["wenn es keinen rabatt für einzelpersonen gibt"], rc="too_expensive",
irt="<reply-3388064-a1@crmrunner.example>", form="reply-above-quote", mime="outlook-alt",
notes="Swiss customer replies above an Outlook quote block; decides to cancel because no discount."),

M("nachfrage-bestaetigung-31-05", "Buchhandlung Seiler", "Nachfrage: Kündigung vom 04.05.",
"""Sehr geehrte Damen und Herren,

ich hatte am 4. Mai per E-Mail gekündigt und warte noch immer auf die Bestätigung. Bitte kündigen Sie wie gewünscht zum 31.05. und bestätigen Sie mir das kurz.

Mit freundlichen Grüßen
Ulrike Seiler
Buchhandlung Seiler
""", i="cancellation", k="follow_up", date="2026-05-18 09:30", acct="4902317",
irt="<CAseiler0405kuendigung@mail.gmail.example>", form="gmail-alt",
notes="Follow-up that restates the request ('bitte kündigen Sie wie gewünscht'): cancellation."),

M("haben-sie-meine-kuendigung-erhalten", "Moritz Bauer", "Re: Runner kündigen",
"""Haben Sie meine Kündigung erhalten?

Am Mo., 8. Juni 2026 um 21:05 Uhr schrieb Moritz Bauer <moritz.bauer@web.example>:
> Hi, bitte Runner zum Monatsende kündigen. Nutzer: mo_bauer
""", i="other", k="follow_up", band="maybe", date="2026-06-12 12:00", acct="3865509",
irt="runner-kuendigen-mo-bauer", form="follow-up", mime="gmail-alt",
notes="Only asks whether the Kündigung arrived; the request is in the quote. Labelled other (belongs to the open case), band maybe. The username appears only in the quote."),

M("runner-kuendigen-mo-bauer", "Moritz Bauer", "Runner kündigen",
"""Hi, bitte Runner zum Monatsende kündigen. Nutzer: mo_bauer
""", i="cancellation", k="request", date="2026-06-08 21:05", acct="3865509", un="mo_bauer",
form="gmail-alt",
notes="Short request, product nickname 'Runner', username labelled 'Nutzer'."),

M("ch-firma-verkauft-ohne-umlaute", "Reto Keller <reto.keller@bluewin.example>", "Abo kuendigen",
"""Guten Tag

Ich moechte das Abo per sofort kuendigen. Wir haben die Firma verkauft und der neue Besitzer arbeitet mit einem eigenen System. Das Konto laeuft ueber die Adresse k.brunner@bluewin.example (meine Frau).

Besten Dank
Reto Keller
""", i="cancellation", k="request", date="2026-06-02 08:15", tz="Europe/Zurich", acct="3388064",
em="k.brunner@bluewin.example", rk=["wir haben die firma verkauft"], rc="business_closed", form="plain-7bit",
sloppy=True, notes="Swiss, no umlauts (Swiss keyboard habit); writes for his wife's account, identified by the registered address in the body; sender not the owner."),

M("at-ersuche-um-bestaetigung", "Schreinerei Holzmann", "Kündigung KdNr 4388201",
"""Sehr geehrte Damen und Herren,

hiermit kündige ich das Jahresabonnement für CRM Runner mit Ablauf der Vertragslaufzeit. Das Programm wurde bei uns zu wenig genutzt, die Kollegen in der Werkstatt haben sich nie daran gewöhnt.

Ich ersuche um eine schriftliche Bestätigung.

Mit freundlichen Grüßen
Franz Holzmann
Schreinerei Holzmann, Wels
""", i="cancellation", k="request", date="2026-06-03 07:45", tz="Europe/Vienna", acct="4388201", an="4388201",
rk=["zu wenig genutzt"], rc="unused", form="outlook-alt",
notes="Austrian formal ('ersuche um'), account number only in the subject ('KdNr')."),

M("englisch-deutsch-abo-kuendigen", "Emily Watson <emily@watson-translations.example>", "kündigen",
"""Hallo,

I would like to kündigen my Abo please. Sorry, mein Deutsch ist nicht so gut. I am moving back to Canada next month and will not need the CRM anymore. My account email is emily.watson@gmail.example.

Danke!
Emily
""", i="cancellation", k="request", date="2026-06-05 16:20", acct="5066482", em="emily.watson@gmail.example",
rk=["moving back to canada"], rc="other", form="gmail-alt",
sloppy=True, notes="From her business address; registered address in the body. Non-native mix of English and German."),

M("nur-noch-zu-dritt", "Andrea Neumann <andrea.neumann@gmail.example>", "Kündigung",
"""Hallo,

hiermit kündige ich mein Abo bei euch. Wir sind nur noch zu dritt und brauchen so ein großes System einfach nicht mehr. Mein Konto läuft über hallo@neumann-coaching.example.

Viele Grüße
Andrea Neumann
""", i="cancellation", k="request", date="2026-06-09 11:11", acct="4480036", em="hallo@neumann-coaching.example",
rk=["wir sind nur noch zu dritt"], rc="other", form="base64",
notes="Private address; registered address in the body; base64 body. Team too small."),

M("vertrag-beenden-base64", "Zimmerei Gruber", "Vertrag beenden",
"""Hallo,

ich möchte den Vertrag zum 30.06. beenden. Bitte keine weiteren Lastschriften mehr einziehen.

Gruß
Sepp Gruber
""", i="cancellation", k="request", date="2026-06-10 06:30", acct="3239178", form="base64",
notes="Base64 body; 'Vertrag beenden' + 'keine weiteren Lastschriften'."),

M("vater-verstorben", "Henrik Peters <henrik.peters@posteo.example>", "Kündigung wegen Todesfall",
"""Sehr geehrte Damen und Herren,

mein Vater, Hans Peters, ist am 2. Juni verstorben. Er hatte für seine Versicherungsagentur ein Abo bei Ihnen (E-Mail-Adresse: h.peters@t-online.example). Ich bitte Sie, das Abo zu kündigen und keine weiteren Beträge abzubuchen. Eine Kopie der Sterbeurkunde kann ich Ihnen gerne zusenden.

Mit freundlichen Grüßen
Henrik Peters
""", i="cancellation", k="request", date="2026-06-16 13:00", acct="5504327",
em="h.peters@t-online.example", rk=["ist am 2. juni verstorben"], rc="business_closed", form="plain-qp",
notes="Son cancels for his late father; identifies by the registered address; sender not the owner."),

M("latin1-kuendigung-blumen", "Blumen Anke", "Kündigung",
"""Hallo,

hiermit kündige ich mein Abo zum nächstmöglichen Termin. Das Geschäft läuft zu schlecht, ich muss überall sparen.

Benutzername: blumen_anke

Gruß Anke Möller
Blumen Anke
""", i="cancellation", k="request", date="2026-06-11 19:02", acct="4717620", un="blumen_anke",
rk=["ich muss überall sparen"], rc="too_expensive", form="latin1-8bit",
notes="ISO-8859-1 8bit body; cost-saving reason."),

M("konto-deaktivieren", "Agentur Pixelwerk", "Konto deaktivieren",
"""Hi,

können Sie unser Konto deaktivieren? Wir haben gerade kaum Projekte und brauchen es die nächsten Monate nicht.

Danke
Pixelwerk
""", i="cancellation", k="request", amb=True, date="2026-06-18 10:20", acct="3600945",
rk=["wir haben gerade kaum projekte"], rc="unused", form="gmail-alt",
notes="Ambiguous: 'deaktivieren' for 'the next months' could mean a pause or a cancellation; labelled cancellation for review."),

M("zu-viel-zahlen-sonst-weg", "Hotel Alpenblick", "Preis",
"""Grüß Gott,

für die paar Funktionen, die wir wirklich brauchen, zahlen wir zu viel. Was können Sie uns anbieten? Sonst sind wir weg.

Mit freundlichen Grüßen
Rezeption Hotel Alpenblick
""", i="other", k="other", amb=True, date="2026-06-22 15:00", tz="Europe/Vienna", acct="5148803",
form="outlook-alt",
notes="Ambiguous: a price negotiation with a threat to leave; no request yet. Labelled other."),

# ---------------------------------------------------------------- look-alikes

M("upgrade-team", "Lorenz IT", "Upgrade auf Team",
"""Hallo,

wir wachsen und möchten vom Pro- auf den Team-Tarif wechseln. Läuft das jährlich weiter wie bisher?

Gruß
Martin Lorenz
""", i="other", k="plan_change", date="2026-04-27 09:00", acct="3948721", form="plain-qp",
notes="Upgrade request."),

M("jahresabo-nicht-verlaengern-monatlich", "Schreinerei Holzmann", "Jahresabo -> Monatsabo",
"""Guten Tag,

bitte verlängern Sie unser Jahresabo im Herbst nicht automatisch, sondern stellen Sie uns stattdessen auf das Monatsabo um. Wir wollen flexibler sein, bleiben aber Kunde.

Mit freundlichen Grüßen
Franz Holzmann
""", i="other", k="plan_change", date="2026-04-30 08:10", tz="Europe/Vienna", acct="4388201", form="outlook-alt",
notes="'Nicht verlängern' but switch to monthly: a plan change, not a cancellation."),

M("winterpause-biohof", "Heike Lammers <heike.lammers@gmail.example>", "Winterpause",
"""Hallo,

wir haben einen Saisonbetrieb (Hofladen und Ferienwohnungen) und im Januar und Februar ist bei uns zu. Kann man das Abo für diese zwei Monate ruhen lassen? Unsere Kundennummer ist 5395046.

Viele Grüße
Heike Lammers
""", i="other", k="pause", date="2026-10-12 17:45", acct="5395046", an="5395046", form="gmail-alt",
notes="Pause for the winter season."),

M("wo-finde-ich-kuendigungsfunktion", "Kita Sonnenblume", "Kündigung im Kundenbereich?",
"""Guten Tag,

wo finde ich im Kundenbereich die Kündigungsfunktion? Ich möchte nur wissen, wie das geht, falls der Träger im Herbst auf ein anderes System umstellt. Entschieden ist noch nichts.

Freundliche Grüße
Birgit Hahn
Kita-Leitung
""", i="other", k="how_to", date="2026-07-01 13:20", acct="3159904", form="plain-qp",
notes="How-to question; 'entschieden ist noch nichts'."),

M("falls-wir-kuendigen-anteilig", "Roth Finanzberatung", "Frage Jahresabo",
"""Sehr geehrte Damen und Herren,

falls wir unser Jahresabo vorzeitig kündigen, bekommen wir dann den Beitrag anteilig zurück? Wir überlegen, im Herbst umzustellen, wollen aber vorher die Kosten kennen.

Mit freundlichen Grüßen
Dieter Roth
""", i="other", k="hypothetical", date="2026-07-02 10:05", acct="3501177", form="outlook-alt",
notes="Hypothetical refund question ('falls wir kündigen')."),

M("mahnung-trotz-kuendigung", "Susanne Kaiser", "Mahnung trotz Kündigung??",
"""Hallo,

ich habe im März gekündigt und die Kündigung wurde mir von Ihnen bestätigt. Jetzt bekomme ich eine Mahnung über 19,00 € für Mai (Rechnung RE-2026-01122). Das kann ja wohl nicht sein. Bitte stornieren Sie die Mahnung.

Susanne Kaiser
""", i="other", k="already_cancelled", date="2026-06-04 20:15", acct="4272280",
dec=["RE-2026-01122", "19,00 €"], form="gmail-alt",
notes="Already cancelled and confirmed; disputes a reminder. Not a new request."),

M("gutschrift-ausfall", "Physiopraxis Wendt", "Gutschrift für Ausfall",
"""Hallo,

am 12.05. war CRM Runner bei uns fast den ganzen Tag nicht erreichbar, wir konnten keine Termine einsehen. Wir hätten gerne eine Gutschrift für diesen Tag.

Grüße
Tim Wendt
""", i="other", k="refund_only", refund=True, date="2026-05-13 08:30", acct="4825513", form="plain-qp",
notes="Asks for a credit for an outage; no cancellation."),

M("schulung-stornieren", "TSV Oberhausen Geschäftsstelle", "Stornierung Schulung",
"""Hallo,

wir möchten die gebuchte Online-Schulung am 09.07. (Buchung S-2026-0457) leider stornieren, es haben sich zu wenige Ehrenamtliche angemeldet.

Sportliche Grüße
Geschäftsstelle TSV Oberhausen
""", i="other", k="order_cancel", date="2026-06-25 18:00", acct="4023564",
dec=["S-2026-0457"], form="plain-qp",
notes="Cancels a booked training session."),

M("vertriebstermin-absagen", "Roth Finanzberatung", "Absage Termin 14.07.",
"""Sehr geehrter Herr Wolff,

den Termin am 14.07. zur Vorstellung des Team-Tarifs muss ich leider absagen. Ich melde mich nach dem Urlaub wieder.

Mit freundlichen Grüßen
Dieter Roth
""", i="other", k="meeting_cancel", date="2026-07-08 09:00", acct="3501177", form="outlook-alt",
notes="Cancels a sales appointment."),

M("newsletter-abbestellen-kunde", "Lorenz IT", "Newsletter abbestellen",
"""Hallo,

bitte den Newsletter für info@lorenz-it.example abbestellen. Das Abo selbst wollen wir natürlich behalten, nur die Werbemails nerven.

Gruß
Martin Lorenz
""", i="other", k="newsletter_unsubscribe", date="2026-07-09 11:30", acct="3948721", form="plain-qp",
notes="A customer unsubscribes from the newsletter but keeps the subscription ('Abo behalten')."),

M("av-vertrag-dsb", "Datenschutz Steuerbüro Klein <datenschutz@steuerbuero-klein.example>", "Auftragsverarbeitungsvertrag (AVV)",
"""Sehr geehrte Damen und Herren,

als externer Datenschutzbeauftragter des Steuerbüros Klein bitte ich um Übersendung Ihres Auftragsverarbeitungsvertrags nach Art. 28 DSGVO sowie der Liste der Unterauftragsverarbeiter.

Mit freundlichen Grüßen
Dr. Jens Albers
Externer Datenschutzbeauftragter
""", i="other", k="question", date="2026-07-10 14:00", acct="3721084", form="outlook-alt",
notes="DPA/AVV request from a customer's data protection officer."),

M("kuendigung-zurueckziehen-lenz", "Praxis Dr. Lenz", "AW: Sonderkündigung wegen Preiserhöhung",
"""Sehr geehrte Damen und Herren,

nach dem Telefonat mit Ihrer Kollegin und dem Angebot, den bisherigen Preis für ein weiteres Jahr beizubehalten, ziehen wir unsere Kündigung vom 23.04.2026 zurück. Der Vertrag soll also weiterlaufen.

Mit freundlichen Grüßen
Dr. med. Stefan Lenz
""", i="other", k="withdrawal", wd=True, date="2026-04-28 12:30", acct="4406128",
irt="sonderkuendigung-preiserhoehung", form="outlook-alt",
notes="Withdraws the special termination after a retention offer."),

M("danke-schnelle-bearbeitung", "Zimmerei Gruber", "Re: Vertrag beenden",
"""Danke für die schnelle Bearbeitung. Alles Gute euch!

Sepp Gruber
""", i="other", k="thanks", date="2026-06-11 07:10", acct="3239178",
irt="<reply-3239178-a1@crmrunner.example>", form="plain-qp",
notes="Thanks after confirmation."),

M("api-zugang-frage", "Agentur Pixelwerk", "API",
"""hey gibts ne api mit der wir kontakte aus unserm shop automatisch anlegen können? und is die im team tarif drin? thx
pixelwerk
""", i="other", k="question", date="2026-05-27 16:30", acct="3600945", form="gmail-alt",
sloppy=True, notes="Feature question."),

M("uebersetzungsfehler-menue", "Lorenz IT", "Kleiner Fehler im Menü",
"""Hallo,

kleiner Hinweis: Unter Einstellungen > Abrechnung steht der Punkt "Abo kündigen" doppelt und beim zweiten fehlt das ü ("Abo kndigen"). Ist nur kosmetisch.

Gruß
Martin Lorenz
""", i="other", k="bug_report", date="2026-05-29 09:40", acct="3948721", form="plain-qp",
notes="Bug report quoting the menu label 'Abo kündigen'; no request."),

M("rabatt-fuer-vereine", "TSV Oberhausen Geschäftsstelle", "Vereinsrabatt?",
"""Hallo,

gibt es bei Ihnen einen Rabatt für gemeinnützige Vereine? Wir würden gerne eine zweite Lizenz für die Jugendabteilung dazunehmen.

Sportliche Grüße
Geschäftsstelle TSV Oberhausen
""", i="other", k="sales", date="2026-05-11 19:00", acct="4023564", form="plain-qp",
notes="Discount inquiry for an additional licence."),

M("zahlung-auf-rechnung", "Kita Sonnenblume", "Zahlungsart",
"""Guten Tag,

kann der Träger statt per Lastschrift auch auf Rechnung zahlen? Die Verwaltung möchte keine Lastschriften mehr erteilen.

Freundliche Grüße
Birgit Hahn
""", i="other", k="question", date="2026-05-14 10:30", acct="3159904", form="plain-qp",
notes="'Keine Lastschriften mehr' refers to the payment method; they want to pay by invoice instead."),

M("konto-nochmal-oeffnen-daten", "Susanne Kaiser", "Zugang nochmal öffnen?",
"""Hallo,

mein Konto ist ja gekündigt, aber ich habe vergessen, die Kundenliste zu exportieren. Könnten Sie den Zugang für ein, zwei Tage nochmal freischalten? Ich brauche die Daten für die Steuer.

Danke!
Susanne Kaiser
""", i="other", k="other", date="2026-06-20 10:00", acct="4272280", form="gmail-alt",
notes="Temporary reactivation of a cancelled account for data export."),

M("bank-lastschrift-benachrichtigung", "Sparkasse Musterstadt <noreply@sparkasse-musterstadt.example>", "Ihre Lastschrift wurde ausgeführt",
"""Guten Tag,

die folgende Lastschrift wurde Ihrem Konto belastet:

Empfänger: CRM Runner
Betrag: 49,00 EUR
Mandatsreferenz: CRMR-0004825513
Verwendungszweck: Abo CRM Runner Pro

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.

Ihre Sparkasse
""", i="other", k="other", date="2026-07-03 06:00", hdrs={"Auto-Submitted": "auto-generated"},
dec=["CRMR-0004825513", "49,00 EUR"], form="plain-qp",
notes="A bank notification that ended up in the support mailbox (customer set the wrong forward); automated, not a request. The mandate reference contains an account number but is a decoy."),

M("nachfrage-rechnungskopie", "Buchhandlung Seiler", "Re: Rechnungskopie",
"""Hallo, haben Sie meine Anfrage wegen der Rechnungskopie für Februar bekommen? Der Steuerberater wartet.

Ulrike Seiler
""", i="other", k="follow_up", date="2026-04-14 10:20", acct="4902317",
irt="<CAseilerrechnung@mail.gmail.example>", form="gmail-alt",
notes="Follow-up about an invoice copy."),

# ---------------------------------------------------------------- edge cases

M("ab-10-08-wieder-erreichbar", "Jannik Peters <jannik.peters@mailbox.example>", "Abwesend: Re: acc kündigen",
"""Hi,

ich bin bis 9. August im Urlaub und ab dem 10.08. wieder erreichbar. Deine Mail lese ich danach.

Jannik
""", i="auto_reply", k="auto_reply", date="2026-07-28 09:00", acct="3093315",
hdrs={"Auto-Submitted": "auto-replied"}, irt="<reply-3093315-a1@crmrunner.example>", form="plain-qp",
notes="Vacation auto-reply with Auto-Submitted header; subject carries 'kündigen'."),

M("auf-urlaub-oesterreich", "Hotel Alpenblick <rezeption@hotel-alpenblick.example>", "Urlaub",
"""Grüß Gott!

Wir sind vom 1. bis 20. November auf Urlaub. Das Hotel ist in dieser Zeit geschlossen. Ab 21. November sind wir wieder für Sie da.

Familie Steiner
Hotel Alpenblick
""", i="auto_reply", k="auto_reply", date="2026-11-02 08:00", tz="Europe/Vienna", acct="5148803",
irt="<notice-5148803-invoice@crmrunner.example>", form="plain-qp",
notes="Austrian hotel closing-time auto-reply without auto-reply headers."),

M("ch-abwesend-precedence", "Katharina Brunner <k.brunner@bluewin.example>", "Abwesenheit",
"""Besten Dank für Ihre Nachricht. Ich bin bis am 14. September abwesend und habe nur beschränkten Zugriff auf meine E-Mails.

Freundliche Grüsse
Katharina Brunner
""", i="auto_reply", k="auto_reply", date="2026-09-01 12:00", tz="Europe/Zurich", acct="3388064",
hdrs={"X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"}, form="outlook-alt",
notes="Swiss out-of-office with only Precedence/X-Auto-Response-Suppress headers."),

M("adresse-nicht-mehr-betreut", "Malerbetrieb Otto <buchhaltung@malerbetrieb-otto.example>", "Automatische Antwort: WG: Kündigung",
"""Diese E-Mail-Adresse wird nicht mehr betreut. Frau Schäfer ist nicht mehr in unserem Unternehmen tätig. Bitte wenden Sie sich an otto@malerbetrieb-otto.example.
""", i="auto_reply", k="auto_reply", date="2026-08-03 10:00",
hdrs={"Auto-Submitted": "auto-replied"}, irt="<reply-5277541-a2@crmrunner.example>", form="outlook-alt",
notes="'Address no longer monitored' auto-reply."),

M("unzustellbar-postfach-voll-exchange", "Microsoft Outlook <postmaster@steuerbuero-klein.example>", "Unzustellbar: Lizenzen reduzieren",
"", dsn=dict(
    mta="mail.steuerbuero-klein.example", rcpt="b.jung@steuerbuero-klein.example", status="5.2.2",
    diag="smtp; 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
    human="""Die Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: Lizenzen reduzieren
Gesendet: 15.06.2026 09:12

Die Nachricht konnte von folgenden Empfängern nicht empfangen werden:

b.jung@steuerbuero-klein.example am 15.06.2026 09:12
Das Postfach des Empfängers ist voll, und es können keine Nachrichten angenommen werden. Versuchen Sie es später erneut, oder wenden Sie sich direkt an den Empfänger.
""",
    returned=dict(frm="CRM Runner Support <support@crmrunner.example>", to="b.jung@steuerbuero-klein.example",
                  cc="kanzlei@steuerbuero-klein.example",
                  subj="Lizenzen reduzieren", date="2026-06-15 09:12", mime="plain-qp",
                  body="""Hallo Frau Jung,

Ihr Zugang wird zum 30.06. entfernt. Bitte exportieren Sie vorher Ihre persönlichen Notizen.

Viele Grüße
CRM Runner Support
""")),
i="bounce", k="bounce", date="2026-06-15 09:13", form="exchange-dsn",
notes="Exchange NDR (German, mailbox full) for our note to the seat being removed."),

M("t-online-nicht-zugestellt", "Mail Delivery System <MAILER-DAEMON@mailout.t-online.example>", "Ihre Nachricht konnte nicht zugestellt werden",
"", dsn=dict(
    mta="mailout.t-online.example", rcpt="h.peters@t-online.example", status="5.1.1",
    diag="smtp; 550 5.1.1 Mailbox unavailable / Postfach nicht vorhanden",
    human="""Ihre Nachricht konnte nicht an folgende Empfänger zugestellt werden:

  h.peters@t-online.example
    Postfach nicht vorhanden (550 5.1.1)

Die Originalnachricht ist angehängt.
""",
    returned=dict(frm="CRM Runner Support <support@crmrunner.example>", to="h.peters@t-online.example",
                  subj="Bitte bestätigen: Kündigung Ihres CRM Runner Abos", date="2026-06-16 13:05", mime="plain-qp",
                  body="""Guten Tag,

wir haben eine Kündigung für Ihr Konto erhalten. Bitte bestätigen Sie diese mit einer Antwort auf diese E-Mail.

> Ich bitte Sie, das Abo zu kündigen und keine weiteren Beträge abzubuchen.

CRM Runner Support
""")),
i="bounce", k="bounce", date="2026-06-16 13:06", form="dsn",
notes="German bounce of our confirmation request to the registered address of a deceased customer; the returned text quotes a Kündigung."),

M("bounce-mit-zitierter-kuendigung", "Mail Delivery System <MAILER-DAEMON@mx1.crmrunner.example>", "Undelivered Mail Returned to Sender",
"", dsn=dict(
    mta="mx1.crmrunner.example", postfix=True, rcpt="buero@zimmerei-gruber.example", status="5.7.1",
    remote="mx.zimmerei-gruber.example",
    diag="smtp; 550 5.7.1 Message rejected as spam by Content Filtering",
    human="""This is the mail system at host mx1.crmrunner.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<buero@zimmerei-gruber.example>: host mx.zimmerei-gruber.example[192.0.2.140]
    said: 550 5.7.1 Message rejected as spam by Content Filtering (in reply to
    end of DATA command)
""",
    returned=dict(frm="CRM Runner Support <support@crmrunner.example>", to="buero@zimmerei-gruber.example",
                  subj="Re: Vertrag beenden [#CR-3239178]", date="2026-06-10 06:35", mime="plain-qp",
                  body="""Hallo Herr Gruber,

Ihre Kündigung ist eingegangen und wird zum 30.06.2026 wirksam.

Am 10.06.2026 um 06:30 schrieb Zimmerei Gruber:
> Hallo,
>
> ich möchte den Vertrag zum 30.06. beenden. Bitte keine weiteren Lastschriften mehr einziehen.
>
> Gruß
> Sepp Gruber
""")),
i="bounce", k="bounce", date="2026-06-10 06:36", form="dsn",
notes="Postfix bounce (rejected as spam); the returned confirmation quotes the full Kündigung, which must not be read as a new request."),
]
