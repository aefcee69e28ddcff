# Batch 06 - German. Hand-written texts.
from common import M, A

LANG = "de"

ACCOUNTS = A("""
4310882 ingenieurbuero_haas sekretariat@ib-haas.example yearly tier=pro
5624019 tiger h.berger@berger-gastro.example monthly
3470258 spedition_koenig dispo@spedition-koenig.example monthly tier=team
4199635 yoga_mit_ute ute@yogamitute.example monthly
3812007 autoglas_demir info@autoglas-demir.example monthly
4957341 kosmetik_bella termine@kosmetik-bella.example yearly
3066190 handwerk_schulz schulz@schulz-haustechnik.example yearly tier=pro
5218874 pflegedienst_sonne verwaltung@pflegedienst-sonne.example monthly tier=team
4728463 m.engel marco.engel@gmx.example monthly
3347716 praxis_kaufmann info@ergo-kaufmann.example yearly cur=CHF
4092588 gasthof_post wirt@gasthof-post.example monthly
5480031 druckerei_lang auftrag@druckerei-lang.example monthly tier=pro
3925466 ferienhof_brandl urlaub@ferienhof-brandl.example monthly cur=EUR
4603119 kanzlei_vogel mail@kanzlei-vogel.example yearly tier=pro
5139527 tina.w tina.wolff@posteo.example monthly status=trial
3258840 fitness_fabrik studio@fitness-fabrik.example monthly tier=pro
4876202 architekt_bauer buero@bauer-architektur.example yearly tier=pro
3716935 onlineshop_kerzenwelt shop@kerzenwelt.example monthly
5045378 musikschule_klangraum info@klangraum-musik.example yearly tier=pro
4444106 bestattungen_meier kontakt@bestattungen-meier.example monthly
3601852 julia_schneider julia.schneider@web.example monthly status=cancelled
3601861 nora_lehmann nora.lehmann@web.example monthly status=cancelled
4168744 it_service_kuhn kuhn@kuhn-it.example monthly tier=team
5301669 immo_rheinblick info@immo-rheinblick.example monthly
""")

MESSAGES = [

M("kuendigung-31-12-ingenieurbuero", "Ingenieurbüro Haas", "Kündigung zum 31.12.2026",
"""Sehr geehrte Damen und Herren,

hiermit kündigen wir unseren Jahresvertrag für CRM Runner fristgerecht zum 31.12.2026, hilfsweise zum nächstmöglichen Termin.

Kundennummer: 4310882

Wir bitten um eine kurze schriftliche Bestätigung.

Mit freundlichen Grüßen
Ingenieurbüro Haas
Sekretariat

________________________________
Ingenieurbüro Haas GmbH · Sitz: Ulm · Registergericht Ulm HRB 000000 · Geschäftsführer: Dipl.-Ing. Rolf Haas
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.
""", i="cancellation", k="request", date="2026-07-01 08:30", acct="4310882", an="4310882",
dec=["HRB 000000"], form="outlook-latin1",
notes="Formal yearly-contract termination with 'hilfsweise zum nächstmöglichen Termin' and a long legal disclaimer footer."),

M("gastro-benutzername-tiger", "Harald Berger <harald.berger@gmx.example>", "Konto löschen",
"""Hallo,

bitte das Konto löschen und nichts mehr abbuchen. Benutzername: tiger

Wir haben das Restaurant zum 30. Juni abgegeben.

H. Berger
""", i="cancellation", k="request", date="2026-07-02 11:20", acct="5624019", un="tiger",
rk=["wir haben das restaurant zum 30. juni abgegeben"], rc="business_closed", form="plain-qp",
notes="Sent from a private address; Username is an ordinary word ('tiger'); closing the account because the restaurant was handed over."),

M("lange-geschichte-spedition", "Walter König <w.koenig@spedition-koenig.example>", "Unser CRM Runner Konto",
"""Hallo liebes CRM Runner Team,

ich muss ein bisschen ausholen. Wir sind eine kleine Spedition mit 14 Lkw und haben vor gut zwei Jahren mit CRM Runner angefangen, weil unser damaliger Vertriebsleiter das unbedingt wollte. Am Anfang lief das auch gut, wir hatten alle Kunden drin, die Angebote, die Erinnerungen für die Rückrufe und so weiter. Dann ist der Vertriebsleiter letztes Jahr gegangen und seitdem pflegt eigentlich niemand mehr die Daten. Die Disponenten machen alles am Telefon und in ihrer Tabelle, und ich selbst komme einfach nicht dazu.

Jetzt hat mein Sohn die Buchhaltung übernommen und gefragt, was wir da eigentlich jeden Monat für 99 Euro bezahlen. Gute Frage. Ehrlich gesagt: für nichts mehr. Das liegt nicht an Ihrem Programm, das ist schon in Ordnung, aber bei uns passt es einfach nicht mehr rein.

Deshalb möchte ich unser Abo kündigen, am liebsten so schnell wie möglich. Die Daten brauchen wir nicht, die können Sie löschen.

Vielen Dank und schöne Grüße aus Kassel
Walter König
Spedition König GmbH
""", i="cancellation", k="request", date="2026-07-03 16:40", acct="3470258",
dec=["99 Euro"], rk=["seitdem pflegt eigentlich niemand mehr die daten"], rc="unused", form="gmail-alt",
notes="Sent from the owner's personal address at the company domain (registered is dispo@); Long rambling letter; the request and the reason are in the middle of a story."),

M("schluss-nichts-mehr-abbuchen", "Ute Hansen", "Schluss",
"""Hallo,

ich mache Schluss mit dem CRM. Bitte buchen Sie ab August nichts mehr ab. Ich habe gemerkt, dass ich für meine 20 Yogaschüler kein CRM brauche.

Namaste
Ute
""", i="cancellation", k="request", date="2026-07-06 07:15", acct="4199635",
rk=["für meine 20 yogaschüler kein crm brauche"], rc="unused", form="apple-alt",
notes="Never says kündigen: 'Schluss machen' + 'nichts mehr abbuchen'."),

M("tim-rausnehmen-user-weniger", "Autoglas Demir", "Tim rausnehmen",
"""hey,

koennt ihr tim aus unserem account rausnehmen? der is seit letzter woche nich mehr bei uns. dann zahlen wir ja auch nen user weniger oder? waer wichtig

gruss murat
""", i="cancellation", k="request_seat", date="2026-07-07 13:00", acct="3812007",
form="plain-qp",
sloppy=True, notes="Informal seat removal; wants to stop paying for that user."),

M("gmail-fwd-assistenz-kosmetik", "Nina Roth <nina.roth.assistenz@gmail.example>", "Fwd: CRM kündigen",
"""Hallo,

ich bin die Assistenz von Frau Bella Krüger und leite Ihnen ihre Nachricht weiter. Bitte kündigen Sie den Zugang für Kosmetik Bella.

Viele Grüße
Nina Roth

---------- Forwarded message ---------
Von: Bella Krüger <termine@kosmetik-bella.example>
Date: Di., 7. Juli 2026 um 20:14 Uhr
Subject: CRM kündigen
To: Nina Roth <nina.roth.assistenz@gmail.example>


Nina, kannst du bitte das CRM kündigen? Die Terminbuchung macht jetzt komplett Treatwell, das reicht uns.
Danke dir!
Bella
""", i="cancellation", k="forward_request", date="2026-07-08 09:45", acct="4957341",
rk=["die terminbuchung macht jetzt komplett treatwell"], rc="switched_service", form="forward-inline",
notes="Gmail-style German forward; the owner's registered address is in the forwarded header only."),

M("steuerberater-im-auftrag-mandant", "Steuerkanzlei Albers <info@stb-albers.example>", "Kündigung im Auftrag unseres Mandanten Schulz Haustechnik",
"""Sehr geehrte Damen und Herren,

im Auftrag und mit Vollmacht unseres Mandanten, der Schulz Haustechnik GmbH (registrierte E-Mail-Adresse: schulz@schulz-haustechnik.example), kündigen wir den Vertrag über CRM Runner zum nächstmöglichen Zeitpunkt. Die Vollmacht fügen wir bei.

Der Betrieb wird zum 30.09.2026 aufgegeben.

Mit freundlichen Grüßen
Dr. Petra Albers
Steuerberaterin
""", attach=["Vollmacht_Schulz_Haustechnik.pdf"],
i="cancellation", k="request", date="2026-07-09 10:00", acct="3066190",
em="schulz@schulz-haustechnik.example", rk=["der betrieb wird zum 30.09.2026 aufgegeben"], rc="business_closed",
form="attachment-pdf", mime="outlook-alt",
notes="Tax advisor cancels on behalf of a client with power of attorney (PDF); identifies by the registered address; sender not the owner."),

M("anwalt-namens-und-in-vollmacht", "RA Dr. Wendland <kanzlei@ra-wendland.example>", "Pflegedienst Sonne ./. CRM Runner – Az. 118/26",
"""Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass wir die Pflegedienst Sonne GmbH anwaltlich vertreten. Namens und in Vollmacht unserer Mandantin kündigen wir den zwischen Ihnen und unserer Mandantin bestehenden Vertrag über die Software CRM Runner außerordentlich und fristlos, hilfsweise ordentlich zum nächstmöglichen Termin.

Zur Begründung: Seit dem 12.06.2026 ist die Software wiederholt über mehrere Tage nicht nutzbar gewesen, wodurch unserer Mandantin erhebliche Schäden in der Tourenplanung entstanden sind. Ihre Supportanfragen (Ticket 90112, 90377) blieben unbeantwortet.

Wir fordern Sie auf, die Beendigung bis zum 24.07.2026 schriftlich zu bestätigen und die für Juli bereits eingezogenen Entgelte zu erstatten.

Mit freundlichen Grüßen
Dr. Wendland
Rechtsanwalt
""", i="cancellation", k="request", date="2026-07-10 11:30", acct="5218874", refund=True,
dec=["118/26", "90112", "90377"],
rk=["wiederholt über mehrere tage nicht nutzbar"], rc="low_quality", form="outlook-html",
notes="Lawyer's letter: extraordinary termination for the client plus refund; file and ticket numbers are decoys; sender not the owner, no registered identifier."),

M("bitte-nicht-verlaengern-antwort", "Marco Engel", "Re: Ihr Abo verlängert sich am 15.07.",
"""Bitte nicht verlängern! Ich hab schon länger nichts mehr damit gemacht.

Am Mi., 1. Juli 2026 um 09:00 Uhr schrieb CRM Runner <billing@crmrunner.example>:
> Hallo Marco,
>
> Ihr Abo CRM Runner Starter verlängert sich am 15.07.2026 automatisch um einen
> weiteren Monat. Der Betrag von 19,00 EUR wird von Ihrer hinterlegten Karte
> abgebucht.
>
> Ihr CRM Runner Team
""", i="cancellation", k="request", date="2026-07-01 12:33", acct="4728463",
irt="<renewal-4728463-2026-07@crmrunner.example>",
rk=["ich hab schon länger nichts mehr damit gemacht"], rc="unused",
form="reply-above-quote", mime="gmail-alt",
notes="Reply to a renewal reminder: 'Bitte nicht verlängern!' above the quote."),

M("zweite-erinnerung-kuendigung-ch", "Ergotherapie Kaufmann", "2. Erinnerung: Kündigung Kundennummer 3347716",
"""Guten Tag

Ich habe Ihnen am 22. Juni unsere Kündigung geschickt und bis heute keine Antwort erhalten. Ich wiederhole hiermit die Kündigung unseres Abonnements per Ende der Laufzeit und erwarte eine Bestätigung.

Freundliche Grüsse
Marianne Kaufmann
Ergotherapie Kaufmann, Winterthur
""", i="cancellation", k="follow_up", date="2026-07-13 08:20", tz="Europe/Zurich", acct="3347716", an="3347716",
irt="<kaufmann-kuendigung-2206@ergo-kaufmann.example>", form="follow-up", mime="outlook-alt",
notes="Swiss follow-up that explicitly repeats the Kündigung; customer number in the subject."),

M("kundigen-schnell-sloppy", "gasthof post <wirt@gasthof-post.example>", "kundigen",
"""hallo ich will kundigen bitte schnell. danke
""", i="cancellation", k="request", date="2026-07-14 23:55", acct="4092588", form="plain-7bit",
sloppy=True, notes="Misspelled 'kundigen' (no umlaut, no e), one line."),

M("mir-brauchen-des-nimmer", "Druckerei Lang", "CRM",
"""Servus,

mir brauchen des CRM nimmer, die Aufträge kommen eh alle übers Webportal. Bitte kündigen.

Pfiat eich
Sepp Lang
""", i="cancellation", k="request", date="2026-07-15 10:10", tz="Europe/Vienna", acct="5480031",
rk=["die aufträge kommen eh alle übers webportal"], rc="switched_service", form="plain-qp",
sloppy=True, notes="Bavarian/Austrian dialect spelling ('mir brauchen des nimmer', 'Pfiat eich')."),

M("keine-imap-integration", "Resi Brandl <resi.brandl@gmail.example>", "Kündigung",
"""Hallo,

leider müssen wir kündigen. Uns fehlt die Anbindung an unser normales E-Mail-Postfach (IMAP), wir müssen jede Gäste-Mail von Hand reinkopieren. Das war in der Testphase nicht so klar.

(Konto: urlaub@ferienhof-brandl.example)

Viele Grüße vom Ferienhof
Resi Brandl
""", i="cancellation", k="request", date="2026-07-16 19:30", acct="3925466", em="urlaub@ferienhof-brandl.example",
rk=["uns fehlt die anbindung an unser normales e-mail-postfach"], rc="missing_features", form="gmail-alt",
notes="Private address; registered address in the body. Missing feature (IMAP integration)."),

M("hotline-nie-erreichbar", "Kanzlei Vogel", "Kündigung – Support nicht erreichbar",
"""Sehr geehrte Damen und Herren,

Ihre Hotline ist nie erreichbar und auf E-Mails antworten Sie, wenn überhaupt, nach einer Woche. Für eine Kanzlei ist das nicht akzeptabel. Wir kündigen hiermit zum nächstmöglichen Termin.

Mit freundlichen Grüßen
RAin Dr. Vogel
""", i="cancellation", k="request", date="2026-07-17 14:05", acct="4603119",
rk=["ihre hotline ist nie erreichbar"], rc="customer_service", form="cp1252",
notes="Customer-service reason."),

M("testzugang-nicht-umwandeln", "Tina Wolff <tina.projekte@posteo.example>", "Testzugang",
"""Hallo,

bitte meinen Testzugang beenden und NICHT automatisch in die Bezahlversion übergehen lassen. Für mich als Freelancerin ist das Programm zu überladen. Angemeldet bin ich mit tina.wolff@posteo.example.

LG Tina
""", i="cancellation", k="request", date="2026-07-20 17:45", acct="5139527", em="tina.wolff@posteo.example",
rk=["zu überladen"], rc="too_complex", form="gmail-alt",
notes="From her project address; registered address in the body. Trial user ends the trial before conversion."),

M("sync-handy-erstattung", "Fitness Fabrik", "Kündigung + Erstattung",
"""Hallo,

die Synchronisation mit der Handy-App klappt seit Wochen nicht, die Trainer sehen keine Termine. Wir kündigen deshalb und möchten den Beitrag für Juli zurück, weil wir das Programm praktisch nicht nutzen konnten.

Sportliche Grüße
Fitness Fabrik
""", i="cancellation", k="request", date="2026-07-21 12:00", acct="3258840", refund=True,
rk=["die synchronisation mit der handy-app klappt seit wochen nicht"], rc="low_quality", form="plain-qp",
notes="Cancellation plus refund because of sync bugs."),

M("crmrunner-account-schliessen", "Architekturbüro Bauer", "CRMRunner Account schließen",
"""Guten Tag,

bitte schließen Sie unseren CRMRunner-Account zum Ende der Laufzeit. Keiner im Büro nutzt es.

Danke
K. Bauer
Kd.-Nr. 4876202
""", i="cancellation", k="request", date="2026-07-22 09:00", acct="4876202", an="4876202",
rk=["keiner im büro nutzt es"], rc="unused", form="outlook-alt",
notes="Product written as 'CRMRunner'; close the account at end of term."),

M("wechsel-zu-pipewerk", "Onlineshop Kerzenwelt", "Wir wechseln",
"""Hallo zusammen,

nach langem Hin und Her sind wir zu Pipewerk gewechselt, die haben eine direkte Shopify-Anbindung. Bitte kündigt unser Abo zum Monatsende.

Danke und alles Gute
Kerzenwelt-Team
""", i="cancellation", k="request", date="2026-07-23 15:15", acct="3716935",
rk=["sind wir zu pipewerk gewechselt"], rc="switched_service", form="gmail-alt",
notes="Switched to a competitor."),

M("raus-aus-dem-vertrag-vorzeitig", "Musikschule Klangraum", "Vertrag",
"""Hallo,

wir wollen raus aus dem Vertrag. Geht das vorzeitig oder müssen wir bis zum Ende zahlen?

Grüße
Musikschule Klangraum
""", i="cancellation", k="request", amb=True, date="2026-07-24 10:30", acct="5045378",
form="plain-qp",
notes="Ambiguous: states the wish to leave but asks whether early exit is possible; labelled cancellation for review."),

M("rufen-sie-mich-an-kuendigung", "Bestattungen Meier", "Kündigung",
"""Guten Tag,

bitte rufen Sie mich wegen der Kündigung an: 0761 000 2210. Ich erreiche Sie telefonisch nie.

Meier
""", i="other", k="other", amb=True, date="2026-07-27 08:40", acct="4444106",
dec=["0761 000 2210"], form="plain-qp",
notes="Ambiguous: wants a call 'wegen der Kündigung' without saying to cancel; labelled other (a person must call)."),

M("abo-laeuft-aus-das-wars", "IT-Service Kuhn", "Abo",
"""Unser Abo läuft im September aus. Das war's dann.

Kuhn
""", i="cancellation", k="request", amb=True, date="2026-07-28 18:00", acct="4168744",
form="plain-qp",
notes="Ambiguous statement ('läuft aus – das war's'); a monthly plan does not simply run out, so read as a non-renewal wish."),

# ---------------------------------------------------------------- look-alikes

M("team-auf-pro-und-jaehrlich", "IT-Service Kuhn", "Tarifwechsel",
"""Hallo,

wir möchten von Team auf Pro wechseln und gleichzeitig auf jährliche Zahlung umstellen. Ab wann gilt das?

Gruß
Kuhn
""", i="other", k="downgrade", date="2026-05-20 09:00", acct="4168744", form="plain-qp",
notes="Tier downgrade + interval change."),

M("ruhen-lassen-umbau", "Gasthof Post", "Abo ruhen lassen",
"""Grüß Gott,

wir bauen im Winter um und haben von November bis März geschlossen. Kann man das Abo so lange ruhen lassen? Im April geht's weiter.

Wirt Gasthof Post
""", i="other", k="pause", date="2026-06-30 15:00", acct="4092588", form="plain-qp",
notes="Pause during renovation."),

M("einzelnen-nutzer-kuendigen-wie", "Spedition König", "Frage Nutzer",
"""Hallo,

wie kündige ich eigentlich einen einzelnen Nutzer, falls mal jemand geht? Im Moment ist alles gut, ich will es nur wissen.

Gruß
W. König
""", i="other", k="how_to", date="2026-04-14 11:00", acct="3470258", form="gmail-alt",
notes="How-to about removing a user in the future; nothing to do now."),

M("angenommen-kuendigung-jahresende", "Architekturbüro Bauer", "Zugriff nach Kündigung?",
"""Guten Tag,

angenommen, wir kündigen zum Jahresende – haben wir dann bis zum letzten Tag vollen Zugriff, oder wird das Konto sofort eingeschränkt?

Danke
K. Bauer
""", i="other", k="hypothetical", date="2026-06-10 10:00", acct="4876202", form="outlook-alt",
notes="Hypothetical ('angenommen, wir kündigen')."),

M("ueber-app-gekuendigt-noch-aktiv", "Nora Lehmann", "Kündigung nicht übernommen?",
"""Hallo,

ich hatte letzte Woche über die App gekündigt, aber im Kundenkonto steht immer noch "aktiv". Ist das normal? Ich will nicht nochmal bezahlen.

Nora
""", i="other", k="already_cancelled", amb=True, date="2026-07-02 19:20", acct="3601861", form="iphone",
notes="Ambiguous: says she already cancelled and asks why the status shows active; labelled already_cancelled/other, a person should check."),

M("falsche-mwst-erstattung", "Immo Rheinblick", "Falsche MwSt",
"""Hallo,

auf den letzten drei Rechnungen wurde uns 19 % MwSt berechnet, obwohl wir Reverse Charge haben (USt-IdNr. DE000000000). Bitte erstatten Sie die Mehrwertsteuer bzw. korrigieren Sie die Rechnungen.

Grüße
Immo Rheinblick
""", i="other", k="refund_only", refund=True, date="2026-07-06 09:30", acct="5301669",
dec=["DE000000000"], form="plain-qp",
notes="Tax correction / refund only."),

M("einrichtungspaket-stornieren", "Musikschule Klangraum", "Stornierung Einrichtungspaket",
"""Hallo,

bitte stornieren Sie unsere Bestellung des Einrichtungspakets (Auftrag EP-77810). Wir richten das selbst ein.

Danke
""", i="other", k="order_cancel", date="2026-05-26 14:20", acct="5045378", dec=["EP-77810"], form="plain-qp",
notes="Cancels a setup-package order."),

M("migrationstermin-absagen", "Pflegedienst Sonne", "Termin Datenmigration",
"""Hallo Frau Dietz,

den Termin zur Datenmigration am Montag müssen wir leider absagen, unsere IT ist krank. Können wir auf Donnerstag gehen?

Viele Grüße
Verwaltung Pflegedienst Sonne
""", i="other", k="meeting_cancel", date="2026-04-24 08:10", acct="5218874", form="outlook-alt",
notes="Cancels a migration appointment."),

M("von-mailingliste-streichen", "Ute Hansen", "Mailingliste",
"""Bitte streichen Sie mich von der Mailingliste für Produktneuigkeiten. Danke!
""", i="other", k="newsletter_unsubscribe", date="2026-05-02 07:00", acct="4199635", form="plain-qp",
notes="Mailing-list removal only."),

M("interessent-kontakt-loeschen", "Bernd Vogt <bernd.vogt@vogt-elektro.example>", "Löschung meiner Daten",
"""Guten Tag,

Ihr Vertrieb hat mich mehrfach angerufen, nachdem ich auf einer Messe meine Visitenkarte abgegeben habe. Bitte löschen Sie meine Kontaktdaten aus Ihrer Vertriebsdatenbank und bestätigen Sie mir die Löschung nach Art. 17 DSGVO.

Bernd Vogt
""", i="other", k="data_deletion", date="2026-07-08 12:00", form="plain-qp",
notes="Prospect asks erasure of contact data."),

M("kuendigung-widerrufen-vogel", "Kanzlei Vogel", "Widerruf unserer Kündigung",
"""Sehr geehrte Damen und Herren,

hiermit widerrufen wir unsere Kündigung vom 17.07.2026. Nach dem Gespräch mit Ihrem Teamleiter sind die Supportprobleme geklärt; der Vertrag soll unverändert fortbestehen.

Mit freundlichen Grüßen
RAin Dr. Vogel
""", i="other", k="withdrawal", wd=True, date="2026-07-21 16:00", acct="4603119",
irt="hotline-nie-erreichbar", form="outlook-alt",
notes="'Widerruf unserer Kündigung' = withdrawal of the cancellation (contrast with the consumer Widerruf of a contract)."),

M("danke-kuendigung-bestaetigt-kerzen", "Onlineshop Kerzenwelt", "Re: Wir wechseln",
"""Super, danke für die Bestätigung und die Hilfe beim Export!

Kerzenwelt-Team
""", i="other", k="thanks", date="2026-07-24 09:00", acct="3716935",
irt="<reply-3716935-a1@crmrunner.example>", form="gmail-alt",
notes="Thanks after confirmation."),

M("xrechnung-frage", "Pflegedienst Sonne", "XRechnung",
"""Guten Tag,

können Sie uns die Rechnungen künftig als XRechnung schicken? Unser Kostenträger verlangt das.

Mit freundlichen Grüßen
Verwaltung
""", i="other", k="question", date="2026-03-17 10:00", acct="5218874", form="outlook-alt",
notes="Invoice-format question."),

M("bestaetigung-falsches-datum", "Julia Schneider", "Fehler in der Kündigungsbestätigung",
"""Hallo,

in der Kündigungsbestätigung, die ich heute bekommen habe, steht als Vertragsende der 31.06.2026 – den Tag gibt es gar nicht. Welches Datum gilt denn nun?

Julia Schneider
""", i="other", k="bug_report", date="2026-06-05 18:10", acct="3601852", form="gmail-alt",
notes="Bug in a confirmation she already received; no new request."),

M("schulung-interesse", "Fitness Fabrik", "Schulung für neue Trainer",
"""Hallo, bietet ihr auch Schulungen für neue Mitarbeiter an? Wir haben drei neue Trainer und die sollen das System kennenlernen. Was kostet das?
""", i="other", k="sales", date="2026-04-01 12:00", acct="3258840", form="plain-qp",
notes="Sales inquiry about training."),

M("firmierung-geaendert", "Immo Rheinblick", "Neue Firmierung",
"""Hallo,

wir firmieren ab 01.08. als Immo Rheinblick GmbH (vorher UG). Bitte ändern Sie die Rechnungsanschrift entsprechend. Sonst bleibt alles wie gehabt.

Grüße
""", i="other", k="other", date="2026-07-29 10:00", acct="5301669", form="plain-qp",
notes="Company name change for invoices."),

M("abo-wieder-aufnehmen-julia", "Julia Schneider", "Abo wieder aufnehmen",
"""Hallo,

ich möchte mein Abo wieder aufnehmen, ich habe doch wieder mehr Kunden als gedacht. Geht das mit meinen alten Daten?

Julia
""", i="other", k="other", date="2026-09-10 11:00", acct="3601852", form="iphone",
notes="Reactivation of a cancelled account."),

M("exit-umfrage-antwort", "Julia Schneider", "Re: Warum haben Sie gekündigt? (2 Minuten Umfrage)",
"""Kündigungsgrund: zu teuer für eine Einzelperson. Und die App war oft langsam.

Am 06.06.2026 um 10:00 schrieb CRM Runner:
> Schade, dass Sie gehen! Verraten Sie uns, warum Sie gekündigt haben?
""", i="other", k="other", date="2026-06-06 14:30", acct="3601852",
irt="<survey-3601852@crmrunner.example>", form="plain-qp",
notes="Answer to an exit survey from a customer who already cancelled: gives a reason but requests nothing."),

M("bewerbung-werkstudent", "Lena Hofmann <lena.hofmann@uni-mail.example>", "Bewerbung Werkstudentin Support",
"""Sehr geehrte Damen und Herren,

auf Ihrer Website habe ich gesehen, dass Sie Werkstudierende im Kundensupport suchen. Anbei sende ich Ihnen meine Bewerbungsunterlagen.

Mit freundlichen Grüßen
Lena Hofmann
""", attach=["Bewerbung_Lena_Hofmann.pdf"], i="other", k="other", date="2026-07-30 20:00", form="attachment-pdf",
notes="Job application sent to the support address."),

M("seo-angebot-spam", "Kevin Maurer <k.maurer@seo-boost-agentur.example>", "Mehr Kunden für CRM Runner?",
"""Hallo CRM Runner Team,

ich habe mir Ihre Website angeschaut und sehe großes Potenzial: Mit unserer SEO-Strategie ranken Sie in 3 Monaten auf Seite 1 für "CRM kündigen" und "CRM Alternative". Hätten Sie diese Woche 15 Minuten für einen kurzen Call?

Beste Grüße
Kevin Maurer
SEO Boost Agentur
""", i="other", k="sales", date="2026-07-31 09:12", form="gmail-alt",
notes="Cold sales pitch that happens to contain 'CRM kündigen' as a search keyword."),

M("nachfrage-ticket-export", "Architekturbüro Bauer", "Re: Export",
"""Gibt es schon Neuigkeiten zu meinem Ticket wegen des PDF-Exports?

K. Bauer
""", i="other", k="follow_up", date="2026-05-18 08:00", acct="4876202",
irt="<ticket-4876202-export@crmrunner.example>", form="outlook-alt",
notes="Follow-up about an unrelated ticket."),

# ---------------------------------------------------------------- edge cases

M("exchange-abwesend-auto-generated", "Ingenieurbüro Haas <sekretariat@ib-haas.example>", "Automatische Antwort: Ihre Kündigung – Eingangsbestätigung",
"""Vielen Dank für Ihre Nachricht. Das Sekretariat ist bis zum 17.07.2026 nicht besetzt. Ihre E-Mail wird nicht weitergeleitet.
""", i="auto_reply", k="auto_reply", date="2026-07-01 08:35", acct="4310882",
hdrs={"Auto-Submitted": "auto-generated", "X-MS-Exchange-Inbox-Rules-Loop": "sekretariat@ib-haas.example"},
irt="<reply-4310882-a1@crmrunner.example>", form="outlook-alt",
notes="Exchange OOF with Auto-Submitted: auto-generated."),

M("elternzeit-abwesend", "Tina Wolff <tina.wolff@posteo.example>", "Abwesend",
"""Hallo! Ich bin bis Ende Oktober in Elternzeit und lese meine Mails nur sporadisch. In dringenden Fällen: tina.projekte@posteo.example.

Tina
""", i="auto_reply", k="auto_reply", date="2026-07-21 08:00", acct="5139527",
hdrs={"Auto-Submitted": "auto-replied"}, irt="<reply-5139527-a1@crmrunner.example>", form="plain-qp",
notes="Parental-leave auto-reply."),

M("ticket-angelegt-helpdesk", "Kuhn IT Helpdesk <helpdesk@kuhn-it.example>", "[Ticket#2026072810000031] Ihre Anfrage: Abo",
"""Vielen Dank für Ihre Anfrage. Ihr Ticket wurde mit der Nummer 2026072810000031 angelegt. Wir melden uns so schnell wie möglich bei Ihnen.

Ihr Kuhn IT Helpdesk
""", i="auto_reply", k="auto_reply", date="2026-07-28 18:05",
hdrs={"Auto-Submitted": "auto-replied", "Precedence": "bulk"}, irt="<reply-4168744-a1@crmrunner.example>",
dec=["2026072810000031"], form="plain-qp",
notes="Ticket-system acknowledgement (OTRS-like) from the customer's side."),

M("betriebsurlaub-druckerei", "Druckerei Lang <auftrag@druckerei-lang.example>", "Betriebsurlaub",
"""Sehr geehrte Kundin, sehr geehrter Kunde,

unser Betrieb ist vom 3. bis 21. August wegen Betriebsurlaub geschlossen. Ihre Nachricht wird nach unserer Rückkehr bearbeitet.

Druckerei Lang
""", i="auto_reply", k="auto_reply", date="2026-08-04 07:30", tz="Europe/Vienna", acct="5480031",
irt="<notice-5480031@crmrunner.example>", form="plain-qp",
notes="Company holiday auto-reply without headers."),

M("postfix-unknown-user-kuendigung", "Mail Delivery System <MAILER-DAEMON@mx1.crmrunner.example>", "Undelivered Mail Returned to Sender",
"", dsn=dict(
    mta="mx1.crmrunner.example", postfix=True, rcpt="studio@fitness-fabrick.example", status="5.1.1",
    remote="mx.fitness-fabrick.example",
    diag="smtp; 550 5.1.1 <studio@fitness-fabrick.example>: Recipient address rejected: User unknown in virtual mailbox table",
    human="""This is the mail system at host mx1.crmrunner.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<studio@fitness-fabrick.example>: host mx.fitness-fabrick.example[192.0.2.90]
    said: 550 5.1.1 <studio@fitness-fabrick.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
""",
    returned=dict(frm="CRM Runner Support <support@crmrunner.example>", to="studio@fitness-fabrick.example",
                  subj="Re: Kündigung + Erstattung", date="2026-07-21 12:10", mime="plain-qp",
                  body="""Hallo,

Ihre Kündigung ist eingegangen. Über die Erstattung entscheidet unser Team.

> die Synchronisation mit der Handy-App klappt seit Wochen nicht
""")),
i="bounce", k="bounce", date="2026-07-21 12:11", form="dsn",
notes="Postfix bounce; the returned reply quotes the customer's reason."),

M("gmx-mailsystem-bounce", "Mail Delivery System <mailer-daemon@gmx.example>", "Mail delivery failed: returning message to sender",
"", dsn=dict(
    mta="mout.gmx.example", rcpt="marco.engel@gmx.example", status="5.2.1",
    diag="smtp; 550 5.2.1 Mailbox disabled / Postfach deaktiviert",
    human="""Diese Nachricht wurde automatisch vom Mailsystem erstellt.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden:

marco.engel@gmx.example
  Das Postfach des Empfängers ist deaktiviert. (550 5.2.1)
""", headers_only=True,
    returned=dict(frm="CRM Runner Support <support@crmrunner.example>", to="marco.engel@gmx.example",
                  subj="Re: Ihr Abo verlängert sich am 15.07.", date="2026-07-01 12:40", mime="plain-qp", body="Hallo Marco,\n")),
i="bounce", k="bounce", date="2026-07-01 12:41", form="dsn",
notes="German provider bounce (mailbox disabled), headers only."),

M("exchange-ndr-verzoegert", "Microsoft Outlook <postmaster@kanzlei-vogel.example>", "Zustellung verzögert: Re: Kündigung – Support nicht erreichbar",
"", dsn=dict(
    mta="mail.kanzlei-vogel.example", rcpt="mail@kanzlei-vogel.example", status="4.4.7", action="delayed",
    diag="smtp; 400 4.4.7 Message delayed",
    human="""Die Zustellung an folgende Empfänger oder Gruppen verzögert sich:

mail@kanzlei-vogel.example

Betreff: Re: Kündigung – Support nicht erreichbar

Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.

Der Server versucht noch 1 Tag(e) und 19 Stunde(n) lang, die Nachricht zuzustellen. Sie werden benachrichtigt, falls die Nachricht bis dahin nicht zugestellt werden kann.
""", headers_only=True,
    returned=dict(frm="CRM Runner Support <support@crmrunner.example>", to="mail@kanzlei-vogel.example",
                  subj="Re: Kündigung – Support nicht erreichbar", date="2026-07-17 14:20", mime="plain-qp", body="Guten Tag,\n")),
i="bounce", k="bounce", date="2026-07-17 18:25", form="exchange-dsn",
notes="Exchange delay notification in German (4.4.7)."),
]
