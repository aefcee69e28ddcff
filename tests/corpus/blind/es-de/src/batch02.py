# Batch 02 - German (DE/AT/CH). Hand-written texts.
from common import M, A

LANG = "de"

ACCOUNTS = A("""
4203318 hoffmann_steuer kanzlei@hoffmann-steuerberatung.example yearly tier=pro
3378842 jana.k jana.krause@gmx.example monthly
5012276 sonne sonnenschein.yoga@web.example monthly
4460917 fahrschule_beck info@fahrschule-beck.example monthly
3827705 elektro_wagner buero@elektro-wagner.example yearly tier=team
4095521 lindnerdesign t.lindner@lindner-design.example monthly tier=pro
3136604 timo_r timo.richter@t-online.example monthly
4751190 meyer_logistik it@meyer-logistik.example monthly tier=team
5290033 bauunternehmung_kraus gf@kraus-bau.example monthly tier=pro
5127764 physio_am_markt praxis@physio-am-markt.example yearly
3903327 a.schulte anja.schulte@posteo.example yearly
4618850 hubers_hofladen hofladen.huber@aon.example monthly cur=EUR
3561209 treuhand_gisler info@gisler-treuhand.example monthly cur=CHF
5388014 kfz_ozturk kfz.ozturk@gmx.example monthly
4112786 event_schmid events@schmid-agentur.example monthly tier=pro
3655402 kerstin.vogt kerstin.vogt@web.example monthly tier=pro
3744981 baeckerei_wolf baeckerei.wolf@t-online.example yearly
5561903 m.brandt marlene.brandt@gmail.example monthly status=trial
3456789 oldenburg_immo verwaltung@oldenburg-immobilien.example yearly
4870115 piotr_k piotr.kowalski@gmail.example monthly
4039977 nagel_versicherung n.nagel@nagel-versicherungsmakler.example yearly
3217750 zahnarzt_dr_roth praxis@dr-roth-zahnarzt.example yearly tier=pro
4925506 fotostudio_licht hallo@fotostudio-licht.example monthly
3589032 weber.it weber@weber-it-service.example monthly tier=team
5179348 caro_m carolin.maier@gmx.example monthly status=cancelled
4344216 sprachschule_alpha verwaltung@sprachschule-alpha.example monthly tier=pro
3982264 reisebuero_sonnig team@reisebuero-sonnig.example monthly status=suspended
5706631 gartenbau_fink info@gartenbau-fink.example monthly
4266058 s.yilmaz s.yilmaz@outlook.example monthly
3320719 autohaus_berger verkauf@autohaus-berger.example yearly tier=team
4581137 dominik_h dominik.hartmann@web.example monthly
""")

MESSAGES = [

M("fristgerechte-kuendigung-steuerkanzlei", "Kanzlei Hoffmann", "Kündigung Vertrag CRM Runner – Kundennummer 4203318",
"""Steuerberatung Hoffmann & Partner
Lindenstraße 12
30159 Hannover

CRM Runner
Kundenservice

Hannover, 02.03.2026

Kündigung des Vertrages, Kundennummer 4203318

Sehr geehrte Damen und Herren,

hiermit kündigen wir den mit Ihnen geschlossenen Vertrag über die Nutzung von CRM Runner (Tarif Pro, jährliche Zahlweise) fristgerecht zum nächstmöglichen Zeitpunkt.

Bitte bestätigen Sie uns den Eingang dieser Kündigung sowie das genaue Vertragsende schriftlich. Einer weiteren Verlängerung des Vertrages widersprechen wir ausdrücklich.

Mit freundlichen Grüßen

i. A. Sabine Köhler
""", sig=["Sabine Köhler", "Büroleitung", "Steuerberatung Hoffmann & Partner mbB", "Lindenstraße 12 · 30159 Hannover", "Tel. 0511 000 4410"],
i="cancellation", k="request", date="2026-03-02 09:14", acct="4203318", an="4203318", form="outlook-html",
notes="Classic formal German Kündigung letter (fristgerecht, nächstmöglicher Zeitpunkt), Outlook HTML only, customer number in subject and body."),

M("iphone-abo-kuendigen", "Jana Krause", "Abo",
"""bitte mein abo kündigen danke

Von meinem iPhone gesendet
""", i="cancellation", k="request", date="2026-01-08 07:32", acct="3378842", form="iphone",
sloppy=True, notes="Phone one-liner from the registered address."),

M("du-brauch-das-crm-nicht-mehr", "Lea Sonnenschein <lea.sonnenschein@gmail.example>", "abo beenden",
"""Hey ihr Lieben,

ich brauch das CRM nicht mehr, seit ich nur noch zwei Kurse die Woche gebe mach ich alles wieder mit meinem Notizbuch 😅 Könnt ihr mein Abo beenden?

Benutzername: sonne (angemeldet bin ich mit der Yoga-Adresse, schreib grad vom privaten Handy)

Danke euch & liebe Grüße
Lea
""", i="cancellation", k="request", date="2026-01-10 19:55", acct="5012276",
un="sonne", rk=["ich brauch das crm nicht mehr"], rc="unused", form="gmail-alt",
notes="Sent from a private address; Informal du-mail, 'Abo beenden'; username is an ordinary word labelled as Benutzername."),

M("keine-abbuchungen-mehr-fahrschule", "Rainer Beck <r.beck@t-online.example>", "Abbuchungen stoppen",
"""Guten Tag,

ich möchte, dass ab sofort keine Abbuchungen mehr von unserem Konto für CRM Runner erfolgen. Wir nutzen das Programm seit dem Sommer nicht mehr, ich habe es leider erst jetzt auf dem Kontoauszug gesehen (IBAN endet auf 4471). Das Konto bei Ihnen läuft über info@fahrschule-beck.example.

Mit freundlichen Grüßen
Rainer Beck
Fahrschule Beck
""", i="cancellation", k="request", date="2026-01-13 14:02", acct="4460917", em="info@fahrschule-beck.example",
dec=["4471"], rk=["seit dem sommer nicht mehr"], rc="unused", form="plain-qp",
notes="Sent from the owner's private address; registered address written in the body. Never says kündigen: 'keine Abbuchungen mehr' + not used = stop the subscription. IBAN fragment is a decoy."),

M("jahresabo-nicht-verlaengern", "Thomas Wagner <t.wagner@elektro-wagner.example>", "Jahresabo nicht verlängern",
"""Hallo,

unser Jahresabo (Team) bitte nicht verlängern. Es läuft im Frühjahr aus, danach brauchen wir es nicht mehr, wir bekommen eine Branchensoftware vom Innungsverband gestellt.

Gruß
Thomas Wagner
Elektro Wagner GmbH
Kd-Nr. 3827705
""", i="cancellation", k="request", date="2026-01-16 11:40", acct="3827705", an="3827705",
rk=["wir bekommen eine branchensoftware vom innungsverband gestellt"], rc="switched_service", form="outlook-alt",
notes="From the owner's personal address at the company domain; customer number in the signature. Non-renewal of the yearly plan; reason: they get another tool."),

M("konto-loeschen-zu-teuer", "Tobias Lindner", "Konto löschen",
"""Hallo zusammen,

bitte löschen Sie mein Konto. 49 € im Monat sind mir als Einzelunternehmer auf Dauer einfach zu teuer, so viele Kunden habe ich nicht.

Viele Grüße
Tobias Lindner
""", i="cancellation", k="request", date="2026-01-21 16:25", acct="4095521",
rk=["zu teuer"], rc="too_expensive", dec=["49 €"], form="apple-alt",
notes="'Konto löschen' because of price: the customer wants to end the paid account."),

M("crm-runner-kuendigen-timo", "Timo Richter", "CRM Runner kündigen",
"""Hallo,

ich will CRM Runner kündigen. Geht das noch zum Monatsende?

Gruß Timo
""", i="cancellation", k="request", date="2026-01-27 21:03", acct="3136604", form="plain-qp",
notes="Product name as the object of kündigen; the question is about timing, the decision is stated."),

M("zugang-mitarbeiter-entfernen", "Meyer Logistik IT", "Lizenz Herr Becker entfernen",
"""Hallo CRM Runner Team,

bitte entfernen Sie den Zugang von Herrn Markus Becker (markus.becker@meyer-logistik.example) aus unserem Team-Konto. Herr Becker ist zum 28.02. bei uns ausgeschieden, die Lizenz brauchen wir nicht mehr und möchten dafür ab März auch nicht mehr zahlen.

Danke und Gruß
Stefan Oertel
IT / Meyer Logistik GmbH & Co. KG
""", i="cancellation", k="request_seat", date="2026-02-26 08:47", acct="4751190",
form="outlook-alt",
notes="Team owner asks to remove one colleague's seat and stop paying for it; the colleague's address is not an account email."),

M("weiterleitung-geschaeftsfuehrer-outlook", "Petra Lang <p.lang@kraus-bau.example>", "WG: CRM Runner Abo",
"""Sehr geehrte Damen und Herren,

anbei die Nachricht unseres Geschäftsführers mit der Bitte um Bearbeitung.

Freundliche Grüße
Petra Lang
Sekretariat
Bauunternehmung Kraus GmbH

-----Ursprüngliche Nachricht-----
Von: Michael Kraus <gf@kraus-bau.example>
Gesendet: Montag, 9. März 2026 17:31
An: Petra Lang <p.lang@kraus-bau.example>
Betreff: CRM Runner Abo

Petra,

bitte kündige unser CRM Runner Abo zum nächstmöglichen Termin. Wir stellen auf das CRM von unserem ERP-Anbieter um, das ist im Wartungsvertrag schon drin.

MK
""", i="cancellation", k="forward_request", date="2026-03-10 08:15", acct="5290033",
rk=["wir stellen auf das crm von unserem erp-anbieter um"], rc="switched_service",
form="forward-inline", mime="outlook-alt",
notes="Secretary forwards the managing director's instruction (Outlook 'Ursprüngliche Nachricht' block); the director's address is the registered one."),

M("weiterleitung-anhang-physio", "Jonas Albrecht <jonas.albrecht@physio-am-markt.example>", "Fwd: Kündigung CRM",
"""Hallo,

unsere Chefin bat mich, Ihnen ihre Kündigung weiterzuleiten (siehe Anhang). Kundennummer 5127764.

Viele Grüße
Jonas Albrecht
Physiotherapie am Markt
""", inner=dict(frm="Dr. Katrin Seidel <praxis@physio-am-markt.example>", to="Jonas Albrecht <jonas.albrecht@physio-am-markt.example>",
                 subj="Kündigung CRM", date="2026-03-11 12:58", mime="apple-alt", fname="Kuendigung CRM.eml",
                 body="""Jonas, kannst du bitte bei CRM Runner kündigen? Wir haben die Terminverwaltung jetzt komplett in der Praxissoftware, das CRM braucht keiner mehr.

Danke!
Katrin

Von meinem iPad gesendet
"""),
i="cancellation", k="forward_request", date="2026-03-12 08:30", acct="5127764", an="5127764",
rk=["das crm braucht keiner mehr"], rc="unused", form="forward-rfc822", mime="flowed",
notes="Employee forwards the owner's request as an attached message/rfc822 (Thunderbird); customer number in his own text."),

M("antwort-oben-export-danke", "Anja Schulte", "Re: Export vor Kündigung",
"""Danke für die schnelle Antwort, der Export hat geklappt. Dann bitte jetzt kündigen.

Anja

Am 12.02.2026 um 10:14 schrieb CRM Runner Support <support@crmrunner.example>:

> Hallo Frau Schulte,
>
> Ihre Kontakte können Sie unter Einstellungen > Daten > Export als CSV herunterladen.
> Sobald Sie den Export haben, antworten Sie einfach auf diese Nachricht, dann
> bearbeiten wir Ihre Kündigung.
>
> Viele Grüße
> Ihr CRM Runner Support
>
>> Am 11.02.2026 um 18:40 schrieb Anja Schulte <anja.schulte@posteo.example>:
>>
>> Hallo, ich möchte kündigen, muss aber vorher meine Kontakte sichern. Wie geht das?
""", i="cancellation", k="request", date="2026-02-12 13:27", acct="3903327",
irt="<reply-3903327-a1@crmrunner.example>", form="reply-above-quote", mime="apple-alt",
notes="Short reply above the quoted thread: 'Dann bitte jetzt kündigen' is the request."),

M("servus-geschaeft-zusperren", "Maria Huber <maria.huber1961@gmx.example>", "Kündigung",
"""Servus,

bitte um Kündigung meines CRM Runner Abos. Wir sperren den Hofladen mit Ende März zu, mein Mann und ich gehen in Pension.

Benutzername: hubers_hofladen

Danke für alles und lg aus der Steiermark
Maria Huber
""", i="cancellation", k="request", date="2026-02-17 18:10", tz="Europe/Vienna", acct="4618850", un="hubers_hofladen",
rk=["wir sperren den hofladen mit ende märz zu"], rc="business_closed", form="gmail-alt",
notes="From a private address, identified by username; Austrian informal ('Servus', 'zusperren', 'lg'); closing the farm shop."),

M("grueezi-kuendigung-treuhand", "Treuhand Gisler", "Kündigung Abonnement",
"""Grüezi

Hiermit kündige ich unser Abonnement für CRM Runner per Ende Monat. Bei unserer Grösse lohnt sich das nicht, wir sind nur noch zu zweit im Büro.

Freundliche Grüsse

Beat Gisler
Gisler Treuhand AG
Zug
""", i="cancellation", k="request", date="2026-02-18 10:02", tz="Europe/Zurich", acct="3561209",
rk=["lohnt sich das nicht"], rc="too_expensive", form="outlook-alt",
notes="Swiss German spelling (ss for ß, 'Grüezi', 'per Ende Monat'); reason: not worth the price for a small office."),

M("ohne-umlaute-zu-viele-fehler", "kfz ozturk <kfz.ozturk@gmx.example>", "kuendigung",
"""hallo, moechte mein abo kuendigen, bin mit dem programm nicht zufrieden, zu viele fehler beim kalender und die app stuerzt staendig ab.
gruesse
""", i="cancellation", k="request", date="2026-02-20 20:44", acct="5388014",
rk=["zu viele fehler", "die app stuerzt staendig ab"], rc="low_quality", form="plain-7bit",
sloppy=True, notes="Sloppy writing without umlauts (ae/oe/ue); reason: bugs."),

M("wuetend-ticket-sofort", "Jan Schmid", "Kündigung mit sofortiger Wirkung",
"""Seit drei Wochen warte ich auf eine Antwort auf mein Ticket #20931. Niemand ruft zurück, niemand schreibt. Mir reicht's.

Ich kündige hiermit mit sofortiger Wirkung und erwarte die Erstattung des laufenden Monats.

Jan Schmid
Schmid Eventagentur
""", i="cancellation", k="request", date="2026-02-24 09:05", acct="4112786", refund=True,
dec=["#20931"], rk=["seit drei wochen warte ich auf eine antwort"], rc="customer_service", form="plain-qp",
notes="Angry request with immediate effect plus refund; ticket number is a decoy."),

M("datev-schnittstelle-fehlt", "Kerstin Vogt <k.vogt@vogt-immobilien.example>", "Kündigung zum Ende der Laufzeit",
"""Sehr geehrtes CRM Runner Team,

leider fehlt uns nach wie vor die DATEV-Schnittstelle, die für unsere Buchhaltung unverzichtbar ist. Wir haben lange darauf gewartet, jetzt müssen wir eine Entscheidung treffen: Wir kündigen unser Abo zum Ende der aktuellen Laufzeit.

Das Konto ist auf kerstin.vogt@web.example registriert.

Mit freundlichen Grüßen
Kerstin Vogt
""", i="cancellation", k="request", date="2026-03-03 15:20", acct="3655402", em="kerstin.vogt@web.example",
rk=["fehlt uns nach wie vor die datev-schnittstelle"], rc="missing_features", form="outlook-alt",
notes="Sent from her business address; registered address in the body. Cancellation at end of term because of a missing DATEV interface."),

M("baeckerei-anderer-anbieter-rechnung", "Bäckerei Wolf", "Kündigung",
"""Hallo,

wir sind zu einem anderen Anbieter gewechselt und möchten CRM Runner deshalb kündigen.

Benutzername: baeckerei_wolf
Letzte Rechnung: RE-2026-00417

Bitte schicken Sie uns eine kurze Bestätigung.

Mit freundlichen Grüßen
Hannelore Wolf
""", i="cancellation", k="request", date="2026-03-05 06:50", acct="3744981",
un="baeckerei_wolf", dec=["RE-2026-00417"], rk=["zu einem anderen anbieter gewechselt"], rc="switched_service",
form="plain-qp",
notes="Request with username and an invoice number (decoy); switched provider."),

M("testphase-zu-kompliziert", "Marlene Brandt", "Konto schließen",
"""Hallo,

ich habe mich letzte Woche zum Testen angemeldet, aber das ist mir alles viel zu kompliziert mit den Pipelines und Feldern. Bitte schließen Sie mein Konto und buchen Sie nichts ab.

Danke
Marlene Brandt
""", i="cancellation", k="request", date="2026-03-09 12:12", acct="5561903",
rk=["viel zu kompliziert"], rc="too_complex", form="gmail-alt",
notes="Trial user asks to close the account and not be charged; reason too complicated."),

M("kd-nr-mit-leerzeichen", "Oldenburg Immobilien Verwaltung", "Kündigung Kd.-Nr. 345 6789",
"""Sehr geehrte Damen und Herren,

hiermit kündigen wir unseren Vertrag mit CRM Runner. Unsere Kundennummer lautet 345 6789, die letzte Bestellnummer war 2025-118834.

Mit freundlichen Grüßen
Hausverwaltung Oldenburg
""", i="cancellation", k="request", date="2026-03-13 10:45", acct="3456789", an="3456789",
dec=["2025-118834"], form="latin9",
notes="Customer number written with a space ('345 6789') in subject and body; order number is a decoy; ISO-8859-15."),

M("nicht-muttersprachler-polen", "Piotr Kowalski", "kundigung konto",
"""Guten Tag,

Ich bitte Sie mein Konto kundigen, weil ich gehe zuruck nach Polen und mache die Firma hier zu. Bitte keine Geld mehr nehmen von meine Karte.

Danke schön
Piotr Kowalski
""", i="cancellation", k="request", date="2026-03-19 17:36", acct="4870115",
rk=["mache die firma hier zu"], rc="business_closed", form="plain-qp",
sloppy=True, notes="Non-native German with missing umlauts and grammar errors; closing the company."),

M("pdf-anhang-kuendigung", "Norbert Nagel <norbert@nagel-versicherungsmakler.example>", "Kündigung",
"""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Kündigung als PDF. Bitte bestätigen Sie den Eingang.

Kundennummer: 4039977

Mit freundlichen Grüßen
Norbert Nagel
""", attach=["Kuendigung_CRM_Runner.pdf"],
i="cancellation", k="request", date="2026-03-24 11:00", acct="4039977", an="4039977",
form="attachment-pdf", mime="outlook-alt",
notes="The letter itself is a PDF attachment; the body says 'anbei unsere Kündigung'. No reason; customer number in the body; sent from a personal address at the company domain."),

M("follow-up-kuendigung-erhalten", "Kanzlei Hoffmann", "AW: Kündigung Vertrag CRM Runner – Kundennummer 4203318",
"""Sehr geehrte Damen und Herren,

haben Sie unsere Kündigung vom 02.03.2026 erhalten? Wir haben bis heute keine Bestätigung bekommen. Bitte bestätigen Sie uns kurzfristig, dass der Vertrag zum nächstmöglichen Zeitpunkt endet und nicht verlängert wird.

Mit freundlichen Grüßen
i. A. Sabine Köhler

Von: Kanzlei Hoffmann <kanzlei@hoffmann-steuerberatung.example>
Gesendet: Montag, 2. März 2026 09:14
An: support@crmrunner.example
Betreff: Kündigung Vertrag CRM Runner – Kundennummer 4203318

Sehr geehrte Damen und Herren,

hiermit kündigen wir den mit Ihnen geschlossenen Vertrag über die Nutzung von CRM Runner (Tarif Pro, jährliche Zahlweise) fristgerecht zum nächstmöglichen Zeitpunkt.
""", i="cancellation", k="follow_up", date="2026-03-16 14:30", acct="4203318", an="4203318",
irt="fristgerechte-kuendigung-steuerkanzlei", form="follow-up", mime="outlook-alt",
notes="Follow-up asking whether the Kündigung arrived and restating that the contract must end: cancellation (same case). Number in subject."),

# ---------------------------------------------------------------- look-alikes

M("umstellung-jaehrlich", "Svenja Kurz <svenja@fotostudio-licht.example>", "Umstellung auf jährliche Zahlung",
"""Hallo,

wir würden gerne von monatlicher auf jährliche Zahlung umstellen, weil das günstiger ist. Geht das direkt zum nächsten Abrechnungsdatum?

Viele Grüße
Svenja vom Fotostudio Licht
""", i="other", k="plan_change", date="2026-01-12 10:11", acct="4925506", form="gmail-alt",
notes="Sender is an employee address at the customer's domain (registered is hallo@). Billing interval change monthly->yearly."),

M("pro-auf-starter-statt-kuendigen", "Dominik Hartmann", "Tarifwechsel",
"""Hi,

können wir vom Pro- auf den Starter-Tarif wechseln? Ehrlich gesagt wollte ich schon kündigen, aber für den kleineren Tarif bleiben wir noch. Die Automationen brauchen wir eh nicht.

Danke
Dominik
""", i="other", k="downgrade", date="2026-01-29 13:33", acct="4581137", form="plain-qp",
notes="Downgrade instead of cancelling; 'wollte ich schon kündigen' is past consideration, not a request."),

M("pausieren-elternzeit", "Carina Roth <carina.roth@web.example>", "Abo pausieren?",
"""Hallo,

ich gehe ab Mai für ein halbes Jahr in Elternzeit. Kann man das Abo so lange pausieren, ohne dass die Daten verloren gehen? Danach möchte ich weitermachen.

Liebe Grüße
Carina
""", i="other", k="pause", date="2026-04-02 08:20", form="apple-alt",
notes="Asks to pause during parental leave; sender address not registered (account not identifiable)."),

M("kuendigungsfrist-frage", "Sprachschule Alpha", "Frage zur Kündigungsfrist",
"""Guten Tag,

welche Kündigungsfrist gilt bei Ihnen für das Monatsabo, und wie würde eine Kündigung ablaufen (per E-Mail oder im Kundenbereich)? Wir planen gerade das Budget für das zweite Halbjahr.

Freundliche Grüße
Verwaltung Sprachschule Alpha
""", i="other", k="how_to", date="2026-04-08 11:15", acct="4344216", form="outlook-alt",
notes="Asks about the notice period and how cancelling would work; no decision."),

M("was-passiert-mit-daten", "Weber IT-Service", "Was passiert, wenn wir kündigen?",
"""Hallo,

kurze Frage: Was passiert mit unseren Kontakten und Notizen, wenn wir kündigen? Werden die sofort gelöscht oder kann man sie noch eine Zeit lang exportieren? Wir überlegen noch.

Gruß
Frank Weber
""", i="other", k="hypothetical", date="2026-04-13 16:45", acct="3589032", form="plain-qp",
notes="Hypothetical: 'was passiert, wenn wir kündigen', 'wir überlegen noch'."),

M("bereits-gekuendigt-abgebucht", "Carolin Maier", "Abbuchung trotz Kündigung",
"""Sehr geehrte Damen und Herren,

ich habe bereits im Januar gekündigt (die Bestätigung von Ihnen liegt mir vor) und trotzdem wurden am 01.02. wieder 19,00 € von meinem Konto abgebucht. Bitte erstatten Sie mir den Betrag umgehend.

Mit freundlichen Grüßen
Carolin Maier
""", i="other", k="already_cancelled", date="2026-02-03 19:20", acct="5179348", refund=True,
dec=["19,00 €"], form="gmail-alt",
notes="Already cancelled, charged again: billing dispute with refund, not a new request."),

M("doppelt-abgebucht", "Gartenbau Fink", "Doppelte Abbuchung März",
"""Hallo,

im März wurde der Beitrag für CRM Runner doppelt abgebucht (zweimal 49,00 € am 03.03.). Bitte einen Betrag zurücküberweisen. Sonst ist alles gut.

Gruß
Andreas Fink
""", i="other", k="refund_only", refund=True, date="2026-03-06 07:58", acct="5706631",
dec=["49,00 €"], form="plain-qp",
notes="Double charge refund; keeps the subscription."),

M("bestellung-sms-paket-stornieren", "Sevgi Yilmaz", "Bestellung stornieren",
"""Hallo,

ich habe gestern aus Versehen das SMS-Zusatzpaket bestellt (Bestellnummer B-100233). Können Sie die Bestellung bitte stornieren? Das Abo selbst bleibt natürlich.

Danke!
Sevgi Yilmaz
""", i="other", k="order_cancel", date="2026-03-26 09:37", acct="4266058",
dec=["B-100233"], form="gmail-alt",
notes="Cancels an add-on order; keeps the subscription."),

M("onboarding-termin-absagen", "Autohaus Berger", "Termin Donnerstag",
"""Hallo Herr Neumann,

leider muss ich unseren Onboarding-Termin am Donnerstag um 14 Uhr absagen, bei uns ist die halbe Mannschaft krank. Können wir einen neuen Termin in der Woche nach Ostern finden?

Viele Grüße
Claudia Berger
Autohaus Berger
""", i="other", k="meeting_cancel", date="2026-03-30 08:05", acct="3320719", form="outlook-alt",
notes="Cancels an onboarding appointment (Termin absagen) and asks to reschedule."),

M("webinar-abmelden", "Kerstin Vogt", "Abmeldung Webinar 21.04.",
"""Hallo,

ich muss mich leider vom Webinar am 21.04. wieder abmelden, da habe ich einen Kundentermin. Gibt es eine Aufzeichnung?

Danke
Kerstin Vogt
""", i="other", k="meeting_cancel", date="2026-04-16 12:00", acct="3655402", form="outlook-alt",
notes="Withdraws from a webinar registration ('abmelden'), not from the subscription."),

M("newsletter-austragen", "Heinz Pohl <heinz.pohl@t-online.example>", "abmelden",
"""Bitte tragen Sie mich aus Ihrem Newsletter aus. Ich habe nie einen bestellt.

H. Pohl
""", i="other", k="newsletter_unsubscribe", date="2026-04-17 22:10", form="plain-qp",
notes="Newsletter unsubscribe by a non-customer; 'abmelden' subject."),

M("dsgvo-art17-loeschung", "Klaus Dietrich <k.dietrich@mailbox.example>", "Antrag auf Löschung gemäß Art. 17 DSGVO",
"""Sehr geehrte Damen und Herren,

gemäß Art. 17 DSGVO fordere ich Sie auf, sämtliche mich betreffenden personenbezogenen Daten unverzüglich zu löschen. Ich hatte vor zwei Jahren einen Testzugang bei Ihnen, den ich nie weiter genutzt habe.

Bitte bestätigen Sie mir die Löschung innerhalb der gesetzlichen Frist von einem Monat (Art. 12 Abs. 3 DSGVO).

Mit freundlichen Grüßen
Klaus Dietrich
""", i="other", k="data_deletion", date="2026-04-20 10:30", form="plain-qp",
notes="GDPR erasure request from a former trial user; not a subscription cancellation."),

M("kuendigung-ignorieren-lindner", "Tobias Lindner", "Re: Konto löschen",
"""Hallo nochmal,

bitte ignorieren Sie meine Mail von gestern, ich hab mir das nochmal durchgerechnet und wir bleiben doch. Das Konto also bitte NICHT löschen.

Sorry für die Verwirrung
Tobias
""", i="other", k="withdrawal", wd=True, date="2026-01-22 09:12", acct="4095521",
irt="konto-loeschen-zu-teuer", form="apple-alt",
notes="Withdraws yesterday's request in the same thread."),

M("danke-bestaetigung", "Jana Krause", "Re: Ihre Kündigung",
"""Danke für die Bestätigung!

Von meinem iPhone gesendet
""", i="other", k="thanks", date="2026-01-09 08:02", acct="3378842",
irt="<reply-3378842-a1@crmrunner.example>", form="iphone",
notes="Thanks after the confirmation of her cancellation; no new request."),

M("outlook-integration-frage", "Sprachschule Alpha", "Outlook Kalender",
"""Guten Tag,

gibt es eine Möglichkeit, die Termine aus CRM Runner mit dem Outlook-Kalender zu synchronisieren? Wir finden die Einstellung nicht.

Freundliche Grüße
Verwaltung Sprachschule Alpha
""", i="other", k="question", date="2026-02-10 09:50", acct="4344216", form="outlook-alt",
notes="Feature question."),

M("export-fehler-bug", "Weber IT-Service", "Export bricht ab",
"""Hallo,

beim CSV-Export der Kontakte kommt nach ein paar Sekunden "Fehler 500" und es wird nichts heruntergeladen. Browser: Firefox 128, auch in Edge getestet. Könnt ihr euch das anschauen?

Gruß
Frank Weber
""", i="other", k="bug_report", date="2026-02-27 15:10", acct="3589032", form="plain-qp",
notes="Bug report about export; no cancellation."),

M("angebot-15-nutzer", "Ralf Köster <r.koester@koester-maschinenbau.example>", "Angebot für 15 Nutzer",
"""Sehr geehrte Damen und Herren,

wir interessieren uns für CRM Runner im Tarif Team für ca. 15 Nutzer und bitten um ein Angebot bei jährlicher Zahlweise. Wie sieht es mit der Vertragslaufzeit und den Kündigungsfristen aus?

Mit freundlichen Grüßen
Ralf Köster
Einkauf
Köster Maschinenbau GmbH
""", i="other", k="sales", date="2026-05-04 10:00", form="outlook-html",
sig=["Ralf Köster", "Einkauf", "Köster Maschinenbau GmbH", "Industriestraße 7 · 33609 Bielefeld"],
notes="Sales inquiry; asks about notice periods for a future contract."),

M("passwort-vergessen", "dominik hartmann <dominik.hartmann@web.example>", "passwort",
"""hi, ich komm nicht mehr rein, passwort vergessen und die reset mail kommt nicht an. kann man das manuell zurücksetzen?
""", i="other", k="other", date="2026-02-14 23:41", acct="4581137", form="plain-qp",
sloppy=True, notes="Password reset problem."),

M("rechnung-stornieren-adresse", "Gartenbau Fink", "Rechnung stornieren",
"""Hallo,

bitte stornieren Sie die Rechnung RE-2026-00388, da ist noch unsere alte Adresse drauf. Die neue lautet: Gartenbau Fink, Am Anger 3, 91074 Herzogenaurach. Bitte neu ausstellen.

Danke
Andreas Fink
""", i="other", k="other", date="2026-04-01 08:30", acct="5706631",
dec=["RE-2026-00388"], form="plain-qp",
notes="'Rechnung stornieren' = reissue an invoice with a new address."),

M("konto-wieder-freischalten", "Reisebüro Sonnig", "Zugang gesperrt",
"""Hallo,

unser Konto ist seit gestern gesperrt, vermutlich weil die Lastschrift zurückging (neue Bankverbindung). Wir haben die offene Rechnung heute überwiesen. Bitte schalten Sie den Zugang wieder frei, wir brauchen das CRM dringend!

Viele Grüße
Team Reisebüro Sonnig
""", i="other", k="other", date="2026-05-12 09:02", acct="3982264", form="gmail-alt",
notes="Reactivation of a suspended account; wants to keep using it."),

M("verbandsnewsletter-kuendigungsfristen", "Verband Digitaler Mittelstand <newsletter@vdm-verband.example>",
"VDM-Newsletter 06/2026: Kündigungsfristen bei Software-Abos richtig planen",
"""VDM-Newsletter Juni 2026

Liebe Mitglieder,

in dieser Ausgabe:

1. Kündigungsfristen bei Software-Abos: Worauf Sie bei Monats- und Jahresverträgen achten sollten
2. Praxisbericht: Wie ein Handwerksbetrieb sein CRM gewechselt hat
3. Termine: Digitalstammtisch am 18. Juni

Kündigen Sie rechtzeitig! Viele SaaS-Verträge verlängern sich automatisch um ein Jahr, wenn nicht fristgerecht gekündigt wird. Unser Tipp: Legen Sie sich eine Liste aller Abos mit den Kündigungsterminen an.

...

Sie erhalten diesen Newsletter, weil Sie Mitglied im VDM sind. Abmelden: https://vdm-verband.example/abmelden
""", i="other", k="list_mail", date="2026-06-03 06:00",
hdrs={"List-Id": "VDM Newsletter <newsletter.vdm-verband.example>", "List-Unsubscribe": "<https://vdm-verband.example/abmelden>",
      "Precedence": "bulk"}, form="plain-qp",
notes="Bulk newsletter of an association talking about Kündigung in general; mailing-list mail, never a request."),

M("frage-jahresabo-nachgehakt", "Fotostudio Licht", "Re: Umstellung auf jährliche Zahlung",
"""Hallo nochmal, habt ihr meine Mail zur Umstellung aufs Jahresabo bekommen? Bisher keine Antwort.

Svenja
""", i="other", k="follow_up", date="2026-01-19 11:00", acct="4925506", irt="umstellung-jaehrlich", form="gmail-alt",
notes="Follow-up about a plan change, not about cancelling."),

# ---------------------------------------------------------------- edge cases

M("abwesenheit-bis-16-02", "Sabine Köhler <kanzlei@hoffmann-steuerberatung.example>", "Abwesenheitsnotiz: Ihre Kündigung ist eingegangen",
"""Sehr geehrte Damen und Herren,

ich bin bis einschließlich 20.03.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Herrn Hoffmann unter kanzlei@hoffmann-steuerberatung.example.

Mit freundlichen Grüßen
Sabine Köhler
""", i="auto_reply", k="auto_reply", date="2026-03-17 10:01", acct="4203318",
hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
irt="<reply-4203318-a2@crmrunner.example>", form="outlook-alt",
notes="Out-of-office reply to our confirmation; the subject mentions Kündigung."),

M("automatische-antwort-ohne-header", "Thomas Wagner <buero@elektro-wagner.example>", "Automatische Antwort: Jahresabo nicht verlängern",
"""Vielen Dank für Ihre Nachricht.

Ich bin bis zum 02.02. im Urlaub. Ihre E-Mail wird nicht weitergeleitet. Bei dringenden Anliegen rufen Sie bitte unser Büro an: 07121 000 330.

Mit freundlichen Grüßen
Thomas Wagner
""", i="auto_reply", k="auto_reply", date="2026-01-17 09:00", acct="3827705",
irt="<reply-3827705-a1@crmrunner.example>", form="outlook-alt",
notes="Exchange-style 'Automatische Antwort' without Auto-Submitted header; labelled from the text."),

M("ticketsystem-eingangsbestaetigung", "Meyer Logistik Servicedesk <servicedesk@meyer-logistik.example>", "[SD-77120] Ihre Anfrage ist bei uns eingegangen",
"""Guten Tag,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Nummer SD-77120 erfasst und wird schnellstmöglich bearbeitet. Bitte antworten Sie nicht auf diese E-Mail.

Ihr Meyer Logistik Servicedesk
""", i="auto_reply", k="auto_reply", date="2026-02-26 09:10",
hdrs={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
irt="<reply-4751190-a1@crmrunner.example>", dec=["SD-77120"], form="plain-qp",
notes="A customer's helpdesk system acknowledges our reply automatically."),

M("unzustellbar-exchange", "Microsoft Outlook <postmaster@physio-am-markt.example>", "Unzustellbar: Ihre Kündigung – Bestätigung",
"", dsn=dict(
    mta="mail.physio-am-markt.example", rcpt="j.albrecht@physio-am-markt.example", status="5.1.1",
    diag="smtp; 550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    human="""Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:

j.albrecht@physio-am-markt.example
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie, die Nachricht erneut zu senden. Falls das Problem weiterhin besteht, wenden Sie sich an Ihren E-Mail-Administrator.

Diagnoseinformationen für Administratoren:

Generierender Server: mail.physio-am-markt.example

j.albrecht@physio-am-markt.example
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
    returned=dict(frm="CRM Runner Support <support@crmrunner.example>", to="j.albrecht@physio-am-markt.example",
                  subj="Ihre Kündigung – Bestätigung", date="2026-03-12 08:31", mime="plain-qp",
                  body="""Hallo Herr Albrecht,

wir haben die weitergeleitete Kündigung erhalten. Zur Bestätigung schreiben wir an die registrierte Adresse des Kontos.

Am 12.03.2026 um 08:30 schrieb Jonas Albrecht:
> unsere Chefin bat mich, Ihnen ihre Kündigung weiterzuleiten (siehe Anhang).
""")),
i="bounce", k="bounce", date="2026-03-12 08:32", form="exchange-dsn",
notes="German Exchange NDR 'Unzustellbar' for our acknowledgement; the returned text quotes a Kündigung."),

M("mail-delivery-failed-postfach-voll", "Mail Delivery System <Mailer-Daemon@mx1.crmrunner.example>", "Mail delivery failed: returning message to sender",
"", dsn=dict(
    mta="mx1.crmrunner.example", rcpt="kfz.ozturk@gmx.example", status="5.2.2", remote="mx00.gmx.example",
    action="failed",
    diag="smtp; 552 5.2.2 Postfach voll / mailbox full",
    human="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  kfz.ozturk@gmx.example
    host mx00.gmx.example [192.0.2.61]
    SMTP error from remote mail server after RCPT TO:<kfz.ozturk@gmx.example>:
    552 5.2.2 Postfach voll / mailbox full
""", headers_only=True,
    returned=dict(frm="CRM Runner Support <support@crmrunner.example>", to="kfz.ozturk@gmx.example",
                  subj="Re: kuendigung [#CR-5388014]", date="2026-02-20 20:46", mime="plain-qp",
                  body="Hallo,\n\nIhre Kündigung ist eingegangen.\n")),
i="bounce", k="bounce", date="2026-02-20 20:47", form="dsn",
notes="Exim-style bounce (mailbox full) with only the returned headers."),

M("brauchen-wir-nicht-mehr-was-tun", "Autohaus Berger", "CRM",
"""Hallo, das CRM brauchen wir nicht mehr. Was muss ich tun?

Claudia Berger
""", i="cancellation", k="request", amb=True, date="2026-09-14 16:02", acct="3320719",
rk=["das crm brauchen wir nicht mehr"], rc="unused", form="outlook-alt",
notes="Ambiguous between a how-to question and a request; states the decision ('brauchen wir nicht mehr'), read as cancellation."),

M("zugang-sperren-mitarbeiter-gekuendigt", "Elektro Wagner GmbH", "Zugang sperren",
"""Hallo,

unser Mitarbeiter Kevin Hahn hat zum 31.05. gekündigt. Bitte sperren Sie seinen Zugang zum CRM ab dem 01.06.

Danke
Thomas Wagner
""", i="other", k="other", amb=True, date="2026-05-28 15:55", acct="3827705", form="outlook-alt",
notes="Ambiguous: 'gekündigt' refers to the employee's job; blocking a login is not clearly removing a paid seat. Labelled other."),

M("geld-zurueck-benutze-nicht-mehr", "Sevgi Yilmaz", "Geld zurück",
"""Ich möchte mein Geld für diesen Monat zurück. Das Programm kann nicht, was auf Ihrer Webseite versprochen wird, und ich benutze es nicht mehr.
""", i="cancellation", k="request", amb=True, refund=True, date="2026-06-09 20:30", acct="4266058",
rk=["ich benutze es nicht mehr", "das programm kann nicht, was auf ihrer webseite versprochen wird"], rc="low_quality",
form="plain-qp",
notes="Refund demand that also says she no longer uses it; read as a cancellation, ambiguous (could be refund-only)."),
]
