# Batch 05 — hand-written texts (25 fr, 25 pt)
from common import A, M, Q, OQ

# ============================================================== FRENCH

M(slug="fr-pharmacie-groupement", lang="fr",
  frm=("Céline Fabre", "celine.fabre@pharmacie-fabre.example"), date="2026-06-08 11:02 +0200",
  subj="Résiliation de notre abonnement", style="outlook-html",
  sig=("Céline Fabre", "Pharmacien titulaire", "Pharmacie Fabre", "2 place du Marché – 34000 Montpellier", "Tél. 04 65 71 20 30"),
  body="""Madame, Monsieur,

Nous rejoignons au 1er juillet un groupement de pharmacies qui impose son propre logiciel de gestion de la relation patients.

Nous vous demandons par conséquent de résilier notre abonnement CRM Runner.
N° de compte client : 6931542

Vous remerciant par avance de votre confirmation,

Cordialement,""",
  acct="6931542", num="6931542", decoys=["04 65 71 20 30"], t="canc request clear",
  rk=["un groupement de pharmacies qui impose son propre logiciel"], rc="switched_service",
  notes="HTML-only Outlook with signature table; customer number in the body.")

M(slug="fr-leclerc-retour-conges", lang="fr",
  frm=("Marion Leclerc", "marion.leclerc@leclerc-traiteur.example"), date="2026-03-24 08:47 +0100",
  subj="Abonnement CRM Runner", style="latin1",
  body="""Bonjour,

De retour de congés, je reviens vers vous comme convenu au téléphone en février : nous souhaitons résilier notre abonnement CRM Runner. Pour un traiteur de notre taille, le carnet de commandes sur papier suffit.

Merci de me confirmer la date de fin.

Marion Leclerc
Leclerc Traiteur""",
  acct="6826901", t="canc request clear", rk=["le carnet de commandes sur papier suffit"], rc="switched_service",
  notes="iso-8859-1; request after a phone call; back to paper.")

M(slug="fr-poulain-plutot-arreter", lang="fr",
  frm=("Audrey Poulain", "audrey.poulain@poulain-deco.example"), date="2026-04-25 16:31 +0200",
  subj="Re: Carte bancaire expirée", style="apple", irt="fr-carte-expire",
  body="""Bonjour,

Finalement, plutôt que de mettre à jour ma carte, je préfère arrêter. Je n'ai plus le temps de m'en occuper depuis que j'ai repris un emploi salarié. Merci de ne pas renouveler l'abonnement.

Audrey""",
  quote=Q("Le 14 avr. 2026 à 12:20, Audrey Poulain <audrey.poulain@poulain-deco.example> a écrit :",
          "Bonjour,\n\nMa carte arrive à expiration fin avril. Comment mettre à jour le moyen de paiement pour éviter que l'abonnement soit suspendu ?"),
  acct="7650139", t="canc request clear", rk=["je n'ai plus le temps de m'en occuper"], rc="unused",
  notes="Earlier payment-method question (quoted); now 'je préfère arrêter ... ne pas renouveler'.")

M(slug="fr-be-pas-accents-vaille-le-coup", lang="fr",
  frm=("Kevin Janssens", "kevin.janssens@skynet.example"), date="2026-06-09 19:55 +0200",
  subj="arret abonnement", style="plain7",
  body="""bonjour

je voudrais arreter labonnement crm runner car on a pas assez de clients pour que ca vaille le coup, on est une petite friterie.
num client 8 112 093

merci bien
kevin""",
  acct=A("8112093", "friterie.janssens", "kevin.janssens@skynet.example", "monthly", "active", "2025-09-15", "19.00", "EUR"),
  num="8112093", t="canc request clear", rk=["pas assez de clients pour que ca vaille le coup"], rc="too_expensive",
  notes="Belgian, no accents and missing apostrophes; customer number with spaces.")

M(slug="fr-garnier-deuxieme-depart", lang="fr",
  frm=("Hélène Garnier", "h.garnier@transports-garnier.example"), date="2026-06-10 09:15 +0200",
  subj="RE: Supprimer un utilisateur", style="outlook", irt="fr-retirer-licence-collegue",
  body="""Bonjour,

Un deuxième départ chez nous : merci de supprimer aussi la licence de Sandrine Meyer (s.meyer@transports-garnier.example) à partir du mois prochain.

Merci,
Hélène Garnier""",
  quote=OQ("De : Support CRM Runner <support@crmrunner.example>\nEnvoyé : jeudi 15 janvier 2026 14:30\nÀ : Hélène Garnier <h.garnier@transports-garnier.example>\nObjet : RE: Supprimer un utilisateur",
           """Bonjour Madame Garnier,

La licence de Thomas Girard a été retirée de votre abonnement Team.

L'équipe CRM Runner"""),
  acct="6045873", t="canc request_seat clear",
  notes="Second seat removal in an old thread; colleague's address is not an account identifier.")

M(slug="fr-qc-municipalite-appel-offres", lang="fr",
  frm=("Service du greffe – Ville de Saint-Aubin", "greffe@ville-saint-aubin.example"), date="2026-06-11 14:20 -0400",
  subj="Avis de fin de contrat – CRM Runner", style="outlook",
  pdf=("Resolution_2026-118_fin_contrat.pdf", "Resolution 2026-118 - fin du contrat CRM Runner"),
  sig=("Josée Pelletier", "Greffière adjointe", "Ville de Saint-Aubin", "418 555-0190"),
  body="""Bonjour,

Veuillez trouver ci-joint la résolution 2026-118 du conseil municipal. À la suite d'un appel d'offres, la municipalité a retenu un autre fournisseur et met fin au contrat CRM Runner à son échéance annuelle du 15 août 2026.

Le compte est au nom de la Ville de Saint-Aubin, numéro de compte 6 204 781.

Merci de nous confirmer la réception du présent avis.

Cordialement,""",
  acct=A("6204781", "villesaintaubin", "greffe@ville-saint-aubin.example", "yearly", "active", "2024-08-15", "650.00", "CAD"),
  num="6204781", decoys=["2026-118", "418 555-0190"], t="canc request clear",
  rk=["la municipalité a retenu un autre fournisseur"], rc="switched_service",
  notes="Québec municipality; formal end-of-contract notice with PDF; account number with spaces; resolution number is a decoy.")

M(slug="fr-transfert-gmail-gerant", lang="fr",
  frm=("Chloé Lambert", "chloe@agence-lumiere.example"), date="2026-06-12 10:37 +0200",
  subj="Fwd: CRM", style="gmail", fwd=True,
  body="""Bonjour,

Voir le message de Théo ci-dessous, c'est lui le titulaire du compte. Merci !

Chloé

---------- Forwarded message ---------
De : Théo Marchetti <theo@agence-lumiere.example>
Date: jeu. 11 juin 2026 à 18:22
Subject: CRM
To: Chloé Lambert <chloe@agence-lumiere.example>


Chloé, tu peux leur écrire pour qu'ils arrêtent l'abonnement CRM Runner à la fin du mois ? On passe tout sur Notion.
Merci
Théo""",
  acct=A("7376514", "agencelumiere", "theo@agence-lumiere.example", "monthly", "active", "2025-01-27", "49.00", "EUR"),
  email="theo@agence-lumiere.example", t="canc forward_request clear",
  rk=["on passe tout sur notion"], rc="switched_service",
  notes="Gmail inline forward (French UI with English field names); owner's registered address in the forwarded header.")

M(slug="fr-annuel-renouvele-sans-prevenir", lang="fr",
  frm=("Thomas Roussel", "thomas.roussel@roussel-studio.example"), date="2026-06-15 08:12 +0200",
  subj="Renouvellement annuel non souhaité", style="gmail",
  body="""Bonjour,

Vous avez renouvelé hier mon abonnement annuel (490 €) sans aucun rappel préalable. Je n'utilise plus CRM Runner depuis l'été dernier.

Je vous demande de résilier immédiatement l'abonnement et de me rembourser ce renouvellement.

Thomas Roussel""",
  acct=A("6819452", "rousselstudio", "thomas.roussel@roussel-studio.example", "yearly", "active", "2024-06-14", "490.00", "EUR"),
  refund=True, t="canc request clear", rk=["je n'utilise plus crm runner"], rc="unused",
  notes="Yearly renewal charged; asks to cancel and refund.")

M(slug="fr-on-va-arreter-je-vous-redis", lang="fr",
  frm=("Anne-Sophie Giraud", "as.giraud@giraud-conseil.example"), date="2026-06-16 17:44 +0200",
  subj="fin du mois", style="iphone-plain",
  body="""Bonjour, je pense qu'on va arrêter à la fin du mois, on en parle demain en réunion. Je vous redis.
AS Giraud

Envoyé de mon iPhone""",
  acct=A("7713549", "asgiraud", "as.giraud@giraud-conseil.example", "monthly", "active", "2025-02-16", "49.00", "EUR"),
  t="other other maybe", amb=True,
  notes="Announces a likely decision to come ('je vous redis'); not yet a request. Other, ambiguous.")

M(slug="fr-roche-team-vers-pro", lang="fr",
  frm=("Delphine Roche", "delphine.roche@roche-interim.example"), date="2026-06-17 11:30 +0200",
  subj="Changement de formule", style="outlook",
  body="""Bonjour,

Avec 6 licences désormais, nous voudrions passer de la formule Team à la formule Pro, qui semble suffire pour nos besoins. Pouvez-vous faire le changement à la prochaine échéance ?

Delphine Roche""",
  acct="7462590", t="other downgrade not",
  notes="Downgrade Team to Pro after reducing seats.")

M(slug="fr-starter-annuel-moins-cher", lang="fr",
  frm=("Mickaël Fournier", "mickael.fournier@mf-plaquiste.example"), date="2026-06-18 20:03 +0200",
  subj="Payer moins", style="qp",
  body="""Bsr

jaimerais rester chez vous mais payer moins, je peux passer en starter avec paiement a lannee ? javais pense resilier mais franchement loutil me rend service

Mika""",
  acct=A("8561302", "mfplaquiste", "mickael.fournier@mf-plaquiste.example", "monthly", "active", "2025-05-12", "49.00", "EUR"),
  t="other downgrade not",
  notes="Downgrade to Starter yearly; mentions having thought about cancelling.")

M(slug="fr-vidal-on-reste", lang="fr",
  frm=("Thierry Vidal", "thierry.vidal@vidal-distribution.example"), date="2026-03-16 09:05 +0100",
  subj="RE: Abonnement CRM", style="outlook", irt="fr-plus-besoin-que-faire",
  body="""Bonjour,

Suite à l'appel de votre commerciale, nous restons finalement. Merci de ne pas donner suite à mon message du 11 mars.

Thierry Vidal""",
  quote=OQ("De : Thierry Vidal\nEnvoyé : mercredi 11 mars 2026 11:18\nÀ : support@crmrunner.example\nObjet : Abonnement CRM",
           "Bonjour,\n\nDepuis que l'équipe commerciale a été réduite à une personne, on n'a plus vraiment besoin du CRM. Que faut-il faire de notre côté ?"),
  acct="7608251", t="other withdrawal not", wd=True,
  notes="Withdraws his earlier (ambiguous) message.")

M(slug="fr-horizon-ne-pas-supprimer", lang="fr",
  frm=("Émilie Carpentier", "e.carpentier@agence-horizon.example"), date="2026-02-19 15:40 +0100",
  subj="RE: Licence stagiaire", style="outlook", irt="fr-supprimer-acces-stagiaire",
  body="""Rebonjour,

Bonne nouvelle, Léa prolonge son stage jusqu'en juin. Merci de NE PAS supprimer sa licence finalement.

Émilie""",
  quote=OQ("De : Émilie Carpentier\nEnvoyé : mercredi 18 février 2026 10:12\nÀ : support@crmrunner.example\nObjet : Licence stagiaire",
           "Bonjour,\n\nLe stage de Léa Martin se termine vendredi. Pouvez-vous supprimer son accès et retirer sa licence de notre abonnement à partir du mois prochain ?"),
  acct="6841227", t="other withdrawal not", wd=True,
  notes="Withdraws yesterday's seat removal request.")

M(slug="fr-aubert-derniere-facture", lang="fr",
  frm=("Régis Aubert", "regis.aubert@aubert-btp.example"), date="2026-02-16 10:25 +0100",
  subj="Re: Confirmation de résiliation", style="plain8",
  body="""Bonjour,

Merci d'avoir enfin résilié. Pouvez-vous m'envoyer la dernière facture en PDF pour mon comptable ?

R. Aubert""",
  quote=Q("Le 12/02/2026 à 14:10, Support CRM Runner a écrit :",
          "Bonjour Monsieur Aubert,\n\nVotre abonnement est résilié. Toutes nos excuses pour le délai de traitement.\n\nL'équipe CRM Runner"),
  acct="7004631", t="other follow_up not",
  notes="After confirmation, asks only for the last invoice.")

M(slug="fr-liste-club-entrepreneurs", lang="fr",
  frm=("Club des Entrepreneurs du Var", "club-entrepreneurs-var@lists.ce-var.example"), date="2026-06-19 07:00 +0200",
  subj="[CE-Var] Résumé du jour – 3 messages", style="plain8",
  hdr=[("List-Id", "Club des Entrepreneurs du Var <club-entrepreneurs-var.lists.ce-var.example>"),
       ("List-Unsubscribe", "<mailto:club-entrepreneurs-var-unsubscribe@lists.ce-var.example>"),
       ("Precedence", "list"), ("Sender", "club-entrepreneurs-var-bounces@lists.ce-var.example")],
  body="""Résumé du jour – Club des Entrepreneurs du Var

Sujets du jour :
1. Quelqu'un a déjà résilié CRM Runner ?
2. Cherche expert-comptable à Toulon
3. Afterwork du 25 juin

----------------------------------------------------------------------

Message : 1
De : Patrice V. <patrice.v@pv-elec.example>
Objet : Quelqu'un a déjà résilié CRM Runner ?

Bonjour à tous, quelqu'un a déjà résilié CRM Runner ? Ça se passe bien ou c'est la galère ? Je me tâte.

----------------------------------------------------------------------

Message : 2
De : Sonia R. <sonia@atelier-sr.example>
Objet : Cherche expert-comptable à Toulon

Des recommandations ?

----------------------------------------------------------------------

Message : 3
De : Le bureau du club
Objet : Afterwork du 25 juin

Inscriptions ouvertes !

Pour vous désinscrire : club-entrepreneurs-var-unsubscribe@lists.ce-var.example""",
  t="other list_mail not",
  notes="Mailing-list digest (List-Id, Precedence: list) containing a member's question about cancelling CRM Runner.")

M(slug="fr-question-multidevises", lang="fr",
  frm=("Hamid Berrada", "hamid.berrada@berrada-export.example"), date="2026-06-22 10:50 +0200",
  subj="Devis en plusieurs devises", style="gmail",
  body="""Bonjour,

Est-ce que les opportunités peuvent être saisies en plusieurs devises (EUR, MAD, USD) avec conversion automatique dans les tableaux de bord ?

Merci,
Hamid Berrada""",
  acct=A("7290435", "berradaexport", "hamid.berrada@berrada-export.example", "monthly", "active", "2025-11-24", "49.00", "EUR"),
  t="other question not",
  notes="Feature question.")

M(slug="fr-armor-passer-team", lang="fr",
  frm=("Pierre-Yves Le Gall", "py.legall@armor-nautisme.example"), date="2026-06-23 09:25 +0200",
  subj="Passage en Team + 3 utilisateurs", style="outlook",
  body="""Bonjour,

Suite à votre réponse sur la synchronisation Outlook, nous souhaitons passer de la formule Pro à Team et ajouter trois utilisateurs pour la saison.

Merci de m'indiquer le nouveau tarif mensuel.

Pierre-Yves Le Gall""",
  acct="6578823", t="other plan_change not",
  notes="Upgrade and added seats.")

M(slug="fr-compte-bloque-tentatives", lang="fr",
  frm=("Sylvie Carré", "sylvie.carre@carre-coiffure.example"), date="2026-06-24 08:03 +0200",
  subj="Compte bloqué", style="android",
  body="""Bonjour, mon compte est bloqué après trop de tentatives de connexion. Identifiant : carrecoiffure. Pouvez-vous le débloquer ? J'ai des rendez-vous clients à saisir ce matin.

Envoyé depuis mon smartphone Samsung Galaxy""",
  acct=A("6112874", "carrecoiffure", "sylvie.carre@carre-coiffure.example", "monthly", "active", "2025-06-05", "19.00", "EUR"),
  user="carrecoiffure", t="other other not",
  notes="Locked-out login, wants the account unblocked.")

M(slug="fr-annuler-rdv-commerciale", lang="fr",
  frm=("Jean-Marc Lebrun", "jm.lebrun@lebrun-assurances.example"), date="2026-06-25 16:38 +0200",
  subj="Rendez-vous téléphonique de demain", style="outlook",
  body="""Bonjour,

Je dois annuler le rendez-vous téléphonique avec Mme Ferrand prévu demain à 10h30, au sujet de l'offre Team. Je la recontacterai la semaine prochaine.

Jean-Marc Lebrun""",
  t="other meeting_cancel not",
  notes="Cancels a sales call; prospect.")

M(slug="fr-morin-opposition", lang="fr",
  frm=("Isabelle Morin", "isabelle.morin@laposte.example"), date="2026-04-08 10:10 +0200",
  subj="Re: Prélèvement après résiliation", style="qp", irt="fr-preleve-apres-resiliation",
  body="""Bonjour,

Mon mail du 9 mars est resté sans réponse. Comme vous avez encore prélevé en avril, j'ai fait opposition auprès de ma banque. Je ne veux plus recevoir de relances d'impayé : mon abonnement est résilié depuis février.

Isabelle Morin""",
  quote=Q("Le 09/03/2026 à 09:02, Isabelle Morin a écrit :",
          "J'ai résilié mon abonnement le 3 février (vous m'avez même envoyé une confirmation), et pourtant j'ai encore été prélevée de 19,00 € le 5 mars."),
  acct="7210946", t="other already_cancelled not",
  notes="Billing dispute after cancellation (bank opposition); no new request.")

M(slug="fr-mari-decede", lang="fr",
  frm=("Martine Joly", "martine.joly@orange.example"), date="2026-06-26 14:17 +0200",
  subj="Abonnement de mon mari", style="qp",
  body="""Bonjour,

Mon mari, Daniel Joly, est décédé le mois dernier. Il utilisait votre logiciel pour son activité de plombier-chauffagiste. Je souhaite arrêter son abonnement et qu'il n'y ait plus de prélèvements sur notre compte.

Son adresse mail pour le compte était daniel.joly.plomberie@orange.example. Je peux vous envoyer l'acte de décès si nécessaire.

Merci de votre compréhension.
Martine Joly""",
  acct=A("6681937", "djolyplomberie", "daniel.joly.plomberie@orange.example", "monthly", "active", "2023-11-06", "19.00", "EUR"),
  email="daniel.joly.plomberie@orange.example", t="canc request clear",
  rk=["mon mari, daniel joly, est décédé"], rc="business_closed",
  notes="Widow asks to stop her late husband's subscription; registered address in the body, sender is not the owner.")

M(slug="fr-merci-export-ok", lang="fr",
  frm=("Sandrine Leroy", "sandrine.leroy@leroy-osteo.example"), date="2026-02-23 12:01 +0100",
  subj="Re: Votre résiliation est enregistrée", style="gmail", irt="fr-date-effet-resiliation",
  body="""Parfait, j'ai pu tout exporter. Merci pour votre réactivité !

Sandrine""",
  quote=Q("Le lun. 23 févr. 2026 à 09:30, Support CRM Runner <support@crmrunner.example> a écrit :",
          "Bonjour,\n\nVotre accès restera ouvert jusqu'au 20 mars inclus.\n\nL'équipe CRM Runner"),
  acct="6390745", t="other thanks not",
  notes="Thanks after getting the cut-off date.")

M(slug="fr-auto-conge-maternite", lang="fr",
  frm=("Camille Royer", "camille.royer@royer-archi.example"), date="2026-06-29 09:00 +0200",
  subj="Réponse automatique : Votre abonnement est en pause", style="outlook",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  body="""Bonjour,

Je suis en congé maternité jusqu'au 1er septembre. Les messages ne sont pas consultés pendant cette période.

Camille Royer – Royer Architecture""",
  acct="6147205", t="auto auto_reply not",
  notes="Out-of-office reply (Auto-Submitted) to the pause confirmation.")

M(slug="fr-auto-ticket-helpdesk", lang="fr",
  frm=("Support Logistique Vernet", "support@vernet-logistique.example"), date="2026-06-30 13:12 +0200",
  subj="[Ticket #48213] Votre demande a bien été reçue", style="html-only",
  body="""Bonjour,

Votre demande a bien été reçue et un ticket a été créé (#48213). Notre équipe vous répondra dans un délai de 24 à 48 heures ouvrées.

Merci de ne pas modifier l'objet de ce message si vous nous répondez.

Le support Vernet Logistique""",
  acct=A("8671420", "vernetlogistique", "support@vernet-logistique.example", "monthly", "active", "2024-10-28", "99.00", "EUR"),
  decoys=["48213"], t="auto auto_reply not",
  notes="Customer helpdesk acknowledgement, no auto-reply headers.")

M(slug="fr-bounce-delai-expire-confirmation", lang="fr",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"), date="2026-07-01 06:40 +0200",
  subj="Undelivered Mail Returned to Sender", style="dsn",
  body="""This is the mail system at host mx1.crmrunner.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<paolo@trattoria-ferri.example>: connect to mx.trattoria-ferri.example[192.0.2.77]:25:
    Connection timed out (message expired after 5 days in queue)""",
  dsn=dict(mta="mx1.crmrunner.example", rcpt="paolo@trattoria-ferri.example", status="4.4.1",
           remote="mx.trattoria-ferri.example", diag="connect to mx.trattoria-ferri.example: Connection timed out",
           orig=dict(frm=("Support CRM Runner", "support@crmrunner.example"), to="paolo@trattoria-ferri.example",
                     date="2026-06-26 06:39 +0200", subj="Confirmez-vous la résiliation de votre abonnement ?",
                     body="""Bonjour,

Nous avons reçu une demande de résiliation de votre abonnement CRM Runner. Pour la confirmer, répondez « OUI » à ce message.

L'équipe CRM Runner""")),
  t="bounce bounce not",
  notes="Expired-in-queue DSN for a confirmation request sent to a registered owner.")

# ============================================================== PORTUGUESE

M(slug="pt-br-prisma-assinatura-inteira", lang="pt",
  frm=("Priscila Nogueira", "priscila.nogueira@agenciaprisma.example"), date="2026-06-08 10:20 -0300",
  subj="Cancelamento – conta 715-8340", style="gmail",
  body="""Olá,

Agora é a assinatura inteira mesmo: queremos cancelar o plano da Agência Prisma (conta 715-8340). Perdemos dois clientes grandes e precisamos cortar custos.

Obrigada,
Priscila""",
  acct="7158340", num="7158340", t="canc request clear", rk=["precisamos cortar custos"], rc="too_expensive",
  notes="Account number written with a hyphen; same customer earlier cancelled only an order.")

M(slug="pt-br-castro-agora-assinatura", lang="pt",
  frm=("Helena Castro", "helena.castro@castroarquitetura.example"), date="2026-06-09 18:06 -0300",
  subj="Cancelar assinatura (não só a newsletter)", style="gmail",
  body="""Olá de novo,

Em janeiro pedi para sair só da newsletter. Agora quero cancelar a assinatura mesmo: vou fechar o escritório e trabalhar numa construtora a partir de julho.

Helena Castro""",
  acct="7419063", t="canc request clear", rk=["vou fechar o escritório"], rc="business_closed",
  notes="Distinguishes newsletter unsubscribe (earlier) from the subscription cancellation (now).")

M(slug="pt-pt-antunes-nao-renovar", lang="pt", region="pt",
  frm=("Sofia Antunes", "sofia.antunes@antunes-ceramicas.example"), date="2026-08-24 11:40 +0100",
  subj="Subscrição anual – não renovação", style="outlook",
  body="""Bom dia,

Informamos que não vamos renovar a subscrição anual do CRM Runner, que termina a 1 de outubro. O volume de clientes atual não justifica o custo.

Agradecemos que não efetuem qualquer débito na data de renovação.

Cumprimentos,
Sofia Antunes
Antunes Cerâmicas, Lda.""",
  acct="7428530", t="canc request clear", rk=["não justifica o custo"], rc="too_expensive",
  notes="European Portuguese non-renewal of a yearly plan.")

M(slug="pt-br-qro-cancelar-cpf", lang="pt",
  frm=("", "dayane.s.costa@hotmail.example"), date="2026-06-10 23:02 -0300",
  subj="cancelamento", style="plain7",
  body="""boa noite qro cancelar pq ta mto caro msm, n da pra mim. cpf 987.654.321-00
dayane""",
  acct=A("6741289", "dayanecosta", "dayane.s.costa@hotmail.example", "monthly", "active", "2026-02-14", "99.00", "BRL"),
  decoys=["987.654.321-00"], t="canc request clear", rk=["mto caro"], rc="too_expensive",
  notes="SMS style ('qro', 'pq', 'mto', 'msm', 'n'); CPF is a decoy.")

M(slug="pt-br-gringo-misturado", lang="pt",
  frm=("Mike Sullivan", "mike.sullivan@sullivanimports.example"), date="2026-06-11 09:14 -0300",
  subj="cancelar subscription", style="plain7",
  body="""Hi, sorry meu portugues nao e bom. I want cancelar my subscription do CRM Runner, por favor. We are going back to the US office system.

Usuario: mike_sp

Obrigado,
Mike""",
  acct=A("8287134", "mike_sp", "mike.sullivan@sullivanimports.example", "monthly", "active", "2025-07-28", "249.00", "BRL"),
  user="mike_sp", t="canc request clear", rk=["going back to the us office system"], rc="switched_service",
  notes="Non-native writer mixing English and Portuguese; username labelled 'Usuario'.")

M(slug="pt-br-cunha-remover-estagiario", lang="pt",
  frm=("Paulo Henrique Cunha", "paulo.cunha@cunhacontabil.example"), date="2026-06-12 11:45 -0300",
  subj="Re: Remover usuária do plano", style="gmail", irt="pt-br-remover-acesso-colaboradora",
  body="""Oi pessoal, mais uma: podem remover também o acesso do estagiário Lucas Prado, o contrato dele terminou. Obrigado!

Paulo Henrique""",
  quote=Q("Em qua., 21 de jan. de 2026 às 15:12, Suporte CRM Runner <support@crmrunner.example> escreveu:",
          "Olá Paulo,\n\nO acesso da Juliana foi removido e a cobrança será ajustada na próxima fatura.\n\nEquipe CRM Runner"),
  acct="8603941", t="canc request_seat clear", rk=["o contrato dele terminou"], rc="other",
  notes="Another seat removal in an old thread.")

M(slug="pt-br-encaminhada-gmail-dono", lang="pt",
  frm=("Bruna Siqueira", "bruna@padariasaojorge.example"), date="2026-06-15 08:33 -0300",
  subj="Fwd: cancelar o sistema", style="gmail", fwd=True,
  body="""Bom dia,

Segue o pedido do seu Jorge, dono da padaria. A conta está no e-mail dele.

Bruna

---------- Mensagem encaminhada ---------
De: Jorge Almeida <jorge.almeida@padariasaojorge.example>
Date: dom., 14 de jun. de 2026 às 20:10
Subject: cancelar o sistema
To: Bruna Siqueira <bruna@padariasaojorge.example>


Bruna, manda um e-mail pro pessoal do CRM Runner cancelando a assinatura. Não tá servindo pra padaria, é muita coisa pra pouca venda.

Jorge""",
  acct=A("7849501", "padariasaojorge", "jorge.almeida@padariasaojorge.example", "monthly", "active", "2025-03-09", "99.00", "BRL"),
  email="jorge.almeida@padariasaojorge.example", t="canc forward_request clear",
  rk=["é muita coisa pra pouca venda"], rc="too_complex",
  notes="Gmail inline forward in Portuguese; owner's registered address in the forwarded header.")

M(slug="pt-br-renovou-anual-estorno", lang="pt",
  frm=("Alexandre Pinto", "alexandre.pinto@pintomecanica.example"), date="2026-06-16 09:58 -0300",
  subj="Renovação indevida – conta 7 234 119", style="outlook",
  body="""Bom dia,

Vocês renovaram o plano anual ontem sem nenhum aviso (R$ 2.490,00). Não usamos mais o sistema desde março.

Peço o cancelamento da assinatura e o estorno integral da renovação.

Alexandre Pinto
Pinto Mecânica""",
  acct=A("7234119", "pintomecanica", "alexandre.pinto@pintomecanica.example", "yearly", "active", "2025-06-15", "2490.00", "BRL"),
  num="7234119", refund=True, t="canc request clear", rk=["não usamos mais o sistema"], rc="unused",
  notes="Yearly renewal charged; cancel plus full refund; account number only in the Subject, with spaces.")

M(slug="pt-br-pai-faleceu", lang="pt",
  frm=("Mariana Cavalcanti", "mariana.cavalcanti@gmail.example"), date="2026-06-17 14:27 -0300",
  subj="Conta do meu pai", style="gmail",
  body="""Olá,

Meu pai, Severino Cavalcanti, faleceu no mês passado. Ele tinha uma assinatura do CRM Runner para a corretora dele, no e-mail severino.corretor@uol.example. Quero cancelar a assinatura e parar as cobranças no cartão dele.

Se precisarem da certidão de óbito, posso enviar.

Mariana""",
  acct=A("8026371", "severinocorretor", "severino.corretor@uol.example", "monthly", "active", "2023-09-18", "99.00", "BRL"),
  email="severino.corretor@uol.example", t="canc request clear", rk=["faleceu no mês passado"], rc="business_closed",
  notes="Daughter cancels her late father's subscription; registered address in body.")

M(slug="pt-br-acho-que-vamos-parar", lang="pt",
  frm=("Danilo Rocha", "danilo.rocha@rochaimoveis.example"), date="2026-06-18 18:40 -0300",
  subj="assinatura", style="iphone-plain",
  body="""acho q vamos parar de usar mes q vem, depois confirmo c vcs

Enviado do meu iPhone""",
  acct=A("6573082", "rochaimoveis", "danilo.rocha@rochaimoveis.example", "monthly", "active", "2025-01-19", "249.00", "BRL"),
  t="other other maybe", amb=True,
  notes="Announces a probable stop and promises to confirm later; not yet a request. Other, ambiguous.")

M(slug="pt-br-guimaraes-anual-starter", lang="pt",
  frm=("Rafael Guimarães", "rafael.guimaraes@guimaraestech.example"), date="2026-06-19 10:15 -0300",
  subj="Re: Prazo para cancelar plano anual", style="gmail", irt="pt-br-antecedencia-anual",
  body="""Obrigado pela resposta. Decidimos não cancelar: na renovação de junho queremos só passar do Pro anual para o Starter anual.

Rafael""",
  quote=Q("Em qua., 15 de abr. de 2026 às 09:02, Suporte CRM Runner <support@crmrunner.example> escreveu:",
          "Olá Rafael,\n\nPara o plano anual, basta avisar por e-mail com 30 dias de antecedência da renovação.\n\nEquipe CRM Runner"),
  acct="7545816", t="other downgrade not",
  notes="After asking about cancelling, decides to downgrade instead.")

M(slug="pt-br-team-para-pro", lang="pt",
  frm=("Sabrina Leite", "sabrina.leite@leitecosmeticos.example"), date="2026-06-22 15:05 -0300",
  subj="Mudar de plano", style="outlook",
  body="""Boa tarde,

Gostaria de mudar do plano Team para o Pro a partir do próximo mês. Não usamos os relatórios avançados.

Att.,
Sabrina Leite""",
  acct=A("7068230", "leitecosmeticos", "sabrina.leite@leitecosmeticos.example", "monthly", "active", "2024-12-30", "499.00", "BRL"),
  t="other downgrade not",
  notes="Downgrade Team to Pro.")

M(slug="pt-br-sales-desconsiderar", lang="pt",
  frm=("Rodrigo Sales", "rodrigo.sales@salesconstrutora.example"), date="2026-03-25 10:12 -0300",
  subj="Re: Chega", style="outlook", irt="pt-br-suporte-uma-semana",
  body="""Bom dia,

O suporte finalmente me ligou e resolveu a importação. Podem desconsiderar o cancelamento, vamos continuar.

Rodrigo""",
  quote=OQ("De: Rodrigo Sales\nEnviada em: segunda-feira, 23 de março de 2026 09:02\nPara: support@crmrunner.example\nAssunto: Chega",
           "Bom dia,\n\nUma semana esperando resposta do suporte sobre a importação de contatos. Chega. Cancelem minha assinatura."),
  acct="6769340", t="other withdrawal not", wd=True,
  notes="Withdraws the angry cancellation after the problem was solved.")

M(slug="pt-br-prado-ate-quando-acesso", lang="pt",
  frm=("Marcos Vinícius Prado", "marcosvprado@uol.example"), date="2026-01-14 12:30 -0300",
  subj="Re: Confirmação de cancelamento", style="android",
  body="""Recebi a confirmação, valeu. Até quando consigo acessar pra baixar os relatórios de vendas?

Enviado do meu Galaxy""",
  quote=Q("Em 13/01/2026 17:40, Suporte CRM Runner <support@crmrunner.example> escreveu:",
          "Olá Marcos,\n\nSua assinatura foi cancelada. Não haverá novas cobranças.\n\nEquipe CRM Runner"),
  acct="8235016", t="other follow_up not",
  notes="After the confirmation, asks until when he can access the data.")

M(slug="pt-br-lista-empreendedores", lang="pt",
  frm=("Empreendedores SP", "empreendedores-sp@googlegroups.example"), date="2026-06-23 12:00 -0300",
  subj="[empreendedores-sp] Alguém já cancelou o CRM Runner?", style="plain8",
  hdr=[("List-Id", "<empreendedores-sp.googlegroups.example>"),
       ("List-Unsubscribe", "<mailto:empreendedores-sp+unsubscribe@googlegroups.example>"),
       ("Precedence", "list"), ("Reply-To", "empreendedores-sp@googlegroups.example")],
  body="""Gente, alguém já cancelou o CRM Runner? Tô pensando em cancelar porque achei caro, mas queria saber se eles criam caso na hora de cancelar.

Valeu,
Fabiana

--
Você está recebendo esta mensagem porque se inscreveu no grupo "empreendedores-sp".
Para cancelar a inscrição neste grupo, envie um e-mail para empreendedores-sp+unsubscribe@googlegroups.example.""",
  t="other list_mail not",
  notes="Mailing-list post (List-Id, Precedence: list) where a member talks about cancelling; addressed to the list, not to us.")

M(slug="pt-br-api-erp", lang="pt",
  frm=("Thiago Nascimento", "thiago.nascimento@nascimentosoft.example"), date="2026-06-24 11:11 -0300",
  subj="API", style="gmail",
  body="""Olá, vocês têm API REST para integrar com o nosso ERP (Bling)? Precisamos sincronizar pedidos e clientes.

Thiago""",
  acct=A("8648015", "nascimentosoft", "thiago.nascimento@nascimentosoft.example", "monthly", "active", "2025-09-08", "249.00", "BRL"),
  t="other question not",
  notes="Feature question.")

M(slug="pt-br-teixeira-voltar-5-usuarios", lang="pt",
  frm=("Vanessa Teixeira", "vanessa@teixeiraeventos.example"), date="2026-06-25 09:40 -0300",
  subj="Adicionar usuários", style="outlook",
  body="""Olá,

Temporada de casamentos chegando: contratamos gente de novo e queremos voltar para 5 usuários a partir de julho.

Obrigada,
Vanessa""",
  acct="8497215", t="other plan_change not",
  notes="Adds seats back (opposite of the earlier seat removal).")

M(slug="pt-br-perdi-celular-2fa", lang="pt",
  frm=("Igor Batista", "igor.batista@batistamoveis.example"), date="2026-06-26 07:52 -0300",
  subj="Autenticação em dois fatores", style="plain8",
  body="""bom dia perdi o celular c o app autenticador e n consigo entrar no crm. meu usuario e igorbm. como desativo o 2fa??

igor""",
  acct=A("7395146", "igorbm", "igor.batista@batistamoveis.example", "monthly", "active", "2025-04-14", "99.00", "BRL"),
  user="igorbm", t="other other not",
  notes="Login problem (2FA); username given.")

M(slug="pt-br-farias-cancelar-treinamento", lang="pt",
  frm=("Diego Farias", "diego.farias@fariaseletro.example"), date="2026-01-21 13:20 -0300",
  subj="Treinamento de sexta", style="iphone",
  body="""Oi! Vou precisar cancelar o treinamento de sexta também, a equipe vai estar numa obra. Me mandem outras datas, por favor.

Diego

Enviado do meu iPhone""",
  acct="8356107", t="other meeting_cancel not",
  notes="Trial customer cancels a training session.")

M(slug="pt-br-siqueira-sem-estorno", lang="pt",
  frm=("Roberto Siqueira", "roberto.siqueira@siqueiratransportes.example"), date="2026-05-08 10:44 -0300",
  subj="RE: Cobrança indevida após cancelamento", style="outlook", irt="pt-br-cancelei-continua-cobrando",
  body="""Bom dia,

Já faz mais de 30 dias e o estorno dos R$ 249,00 ainda não apareceu na fatura. Vou abrir reclamação no Reclame Aqui se não resolverem esta semana.

Roberto Siqueira""",
  quote=OQ("De: Roberto Siqueira\nEnviada em: segunda-feira, 6 de abril de 2026 09:12\nPara: support@crmrunner.example\nAssunto: Cobrança indevida após cancelamento",
           "Cancelei a assinatura em março, recebi inclusive o e-mail de confirmação, e mesmo assim vocês cobraram R$ 249,00 no dia 2 de abril."),
  acct="8129456", refund=True, t="other already_cancelled not",
  notes="Still waiting for a refund after cancellation; no new request.")

M(slug="pt-br-moraes-obrigado-botao", lang="pt",
  frm=("Thiago Moraes", "thiago.moraes@moraesclinica.example"), date="2026-04-28 16:02 -0300",
  subj="Re: Bug botão Cancelar agendamento", style="gmail", irt="pt-br-bug-botao-cancelar-agenda",
  body="""Testei aqui e o botão Cancelar agora fecha a janela certinho. Obrigado pela correção rápida!

Thiago""",
  quote=Q("Em ter., 28 de abr. de 2026 às 11:00, Suporte CRM Runner <support@crmrunner.example> escreveu:",
          "Olá Thiago,\n\nPublicamos uma correção para o botão Cancelar na tela de agendamento.\n\nEquipe CRM Runner"),
  acct="7902538", t="other thanks not",
  notes="Thanks for a bug fix about the Cancel button.")

M(slug="pt-pt-cancelar-encomenda-formacao", lang="pt", region="pt",
  frm=("Helena Marques", "helena.marques@marques-distribuicao.example"), date="2026-06-29 14:50 +0100",
  subj="Cancelamento de encomenda ENC-5521", style="outlook",
  body="""Boa tarde,

Solicito o cancelamento da encomenda n.º ENC-5521 (formação presencial para 6 pessoas em Lisboa). Com a fusão em curso, a equipa ainda não está definida.

A subscrição mantém-se.

Cumprimentos,
Helena Marques""",
  acct="6748051", decoys=["ENC-5521"], t="other order_cancel not",
  notes="Cancels an order for on-site training; subscription stays.")

M(slug="pt-br-auto-licenca-maternidade", lang="pt",
  frm=("Juliana Sampaio", "juliana.sampaio@sampaiobeleza.example"), date="2026-06-30 08:00 -0300",
  subj="Resposta automática: Confirme o cancelamento da sua assinatura", style="qp",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  body="""Olá! Estou de licença-maternidade até outubro. Para assuntos do salão, fale com a Kelly pelo WhatsApp (21) 99555-0199.

Juliana""",
  acct="7246051", decoys=["99555-0199"], t="auto auto_reply not",
  notes="Auto-reply to a confirmation request; the subject mentions cancellation.")

M(slug="pt-br-bounce-dominio-inexistente", lang="pt",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"), date="2026-07-01 10:05 -0300",
  subj="Undelivered Mail Returned to Sender", style="dsn",
  body="""This is the mail system at host mx1.crmrunner.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

                   The mail system

<financeiro@construtoraabc-old.example>: Host or domain name not found. Name
    service error for name=construtoraabc-old.example type=MX: Host not found, try again""",
  dsn=dict(mta="mx1.crmrunner.example", rcpt="financeiro@construtoraabc-old.example", status="5.4.4",
           diag="Host or domain name not found",
           orig=dict(frm=("Suporte CRM Runner", "support@crmrunner.example"), to="financeiro@construtoraabc-old.example",
                     date="2026-07-01 10:04 -0300", subj="Confirme o cancelamento da sua assinatura",
                     body="""Olá,

Recebemos um pedido de cancelamento da sua assinatura do CRM Runner. Para confirmar, responda SIM a esta mensagem.

Equipe CRM Runner""")),
  t="bounce bounce not",
  notes="DSN (domain not found) for a cancellation confirmation request.")

M(slug="pt-pt-bounce-quota", lang="pt", region="pt",
  frm=("Sistema de Correio", "postmaster@mail.net-pt.example"), date="2026-07-02 15:30 +0100",
  subj="Notificação de falha na entrega", style="dsn",
  body="""A sua mensagem não pôde ser entregue ao seguinte destinatário:

joao.reis@net-pt.example
Motivo: a caixa de correio do destinatário excedeu a quota.

Esta notificação foi gerada automaticamente.""",
  dsn=dict(mta="mail.net-pt.example", rcpt="joao.reis@net-pt.example", status="5.2.2",
           diag="552 5.2.2 Mailbox quota exceeded", headers_only=True,
           orig=dict(frm=("Suporte CRM Runner", "support@crmrunner.example"), to="joao.reis@net-pt.example",
                     date="2026-07-02 15:29 +0100", subj="Re: Cancelamento da subscrição", body="Olá João,\n\nConfirmado.\n")),
  t="bounce bounce not",
  notes="European Portuguese quota DSN with headers only.")
