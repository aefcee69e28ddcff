# Batch 02 — hand-written texts (25 fr, 25 pt)
from common import A, M, Q, OQ

# ============================================================== FRENCH

M(slug="fr-ci-resiliation-base64", lang="fr",
  frm=("KOUASSI Aya Christelle", "aya.kouassi@kouassi-immobilier.example"), date="2026-02-12 09:30 +0000",
  subj="DEMANDE DE RESILIATION", style="b64",
  body="""Monsieur le Directeur,

Je viens très respectueusement par la présente solliciter la résiliation de notre abonnement au logiciel CRM Runner.

En effet, le coût est devenu trop élevé pour notre petite structure depuis la baisse d'activité du dernier trimestre.

Notre identifiant : kouassi.immo

Dans l'attente d'une suite favorable, je vous prie d'agréer, Monsieur le Directeur, l'expression de mes sentiments distingués.

KOUASSI Aya Christelle
Gérante – Kouassi Immobilier, Abidjan Cocody
Tél : +225 07 00 00 00 00""",
  acct=A("7714038", "kouassi.immo", "aya.kouassi@kouassi-immobilier.example", "monthly", "active", "2025-04-15", "32000.00", "XOF"),
  user="kouassi.immo", decoys=["+225 07 00 00 00 00"], t="canc request clear", rk=["le coût est devenu trop élevé"], rc="too_expensive",
  notes="Ivorian formal letter, base64 body; username labelled 'identifiant'.")

M(slug="fr-qc-annuler-trop-complique", lang="fr",
  frm=("Steve Gagnon", "steve@gagnonpaysagiste.example"), date="2026-02-13 16:02 -0500",
  subj="Annuler", style="gmail",
  body="""allo

je veux annuler mon abonnement pis fermer le compte. ca marche pas pour nous autres, cest trop complique pour mes gars sur le terrain, ils louvrent jamais

merci
Steve Gagnon
Gagnon Paysagiste""",
  acct=A("6925173", "gagnonpaysagiste", "steve@gagnonpaysagiste.example", "monthly", "active", "2025-05-02", "65.00", "CAD"),
  t="canc request clear", rk=["trop complique"], rc="too_complex",
  notes="Québec colloquial, no accents: 'annuler mon abonnement pis fermer le compte'.")

M(slug="fr-sans-objet-fin-abonnement", lang="fr",
  frm=("Jacqueline Bertin", "jacqueline.bertin@orange.example"), date="2026-02-16 11:47 +0100",
  subj=None, style="qp",
  body="""Bonjour,

Je souhaite mettre fin à mon abonnement au 30/04.
Pour information, le numéro de la dernière facture que j'ai reçue est F-00012874.

Cordialement,
Jacqueline Bertin""",
  acct=A("6108542", "jbertin", "jacqueline.bertin@orange.example", "monthly", "active", "2024-07-30", "19.00", "EUR"),
  decoys=["F-00012874"], t="canc request clear",
  notes="No Subject; 'mettre fin à mon abonnement' with a date; invoice number is a decoy.")

M(slug="fr-resilier-crm-runner-devis", lang="fr",
  frm=("Mathieu Riviere", "mathieu.riviere@icloud.example"), date="2026-02-17 20:15 +0100",
  subj="Résilier CRM Runner", style="apple",
  body="""Bonjour,

Je souhaite résilier CRM Runner. L'outil est bien fait mais il lui manque la création de devis et de factures, et on en a absolument besoin. On avait demandé la fonctionnalité il y a un an, toujours rien.

Bonne soirée,
Mathieu Rivière""",
  acct=A("7836450", "mriviere", "mathieu.riviere@icloud.example", "monthly", "active", "2025-01-08", "49.00", "EUR"),
  t="canc request clear", rk=["il lui manque la création de devis"], rc="missing_features",
  notes="Product name as the object of 'résilier'; missing quoting/invoicing feature.")

M(slug="fr-supprimer-acces-stagiaire", lang="fr",
  frm=("Émilie Carpentier", "e.carpentier@agence-horizon.example"), date="2026-02-18 10:12 +0100",
  subj="Licence stagiaire", style="outlook",
  body="""Bonjour,

Le stage de Léa Martin se termine vendredi. Pouvez-vous supprimer son accès et retirer sa licence de notre abonnement à partir du mois prochain ?

Notre numéro client : 6 841 227

Merci d'avance,
Émilie Carpentier
Agence Horizon""",
  acct=A("6841227", "agence.horizon", "e.carpentier@agence-horizon.example", "monthly", "active", "2024-09-16", "99.00", "EUR"),
  num="6841227", t="canc request_seat clear", rk=["le stage de léa martin se termine"], rc="other",
  notes="Owner removes an intern's seat; customer number written with spaces.")

M(slug="fr-relance-outlook-sans-reponse", lang="fr",
  frm=("Gilles Barbier", "gilles.barbier@barbier-electricite.example"), date="2026-02-19 08:55 +0100",
  subj="RE: Résiliation abonnement", style="outlook", irt=["<barbier-2026-02-05@barbier-electricite.example>"],
  body="""Bonjour,

Je me permets de vous relancer concernant ma demande de résiliation ci-dessous, restée sans réponse à ce jour. Merci de me confirmer la résiliation avant la prochaine échéance.

Gilles Barbier""",
  quote=OQ("De : Gilles Barbier <gilles.barbier@barbier-electricite.example>\nEnvoyé : jeudi 5 février 2026 17:20\nÀ : support@crmrunner.example\nObjet : Résiliation abonnement",
           """Bonjour,

Je vous demande de résilier l'abonnement de Barbier Électricité, n° client 7190362.

Cordialement,
Gilles Barbier"""),
  acct=A("7190362", "barbier.elec", "gilles.barbier@barbier-electricite.example", "monthly", "active", "2024-06-03", "49.00", "EUR"),
  t="canc follow_up clear",
  notes="Outlook follow-up above his own earlier request; customer number appears only in the quoted part, so account_number is null (account known from the sender).")

M(slug="fr-date-effet-resiliation", lang="fr",
  frm=("Sandrine Leroy", "sandrine.leroy@leroy-osteo.example"), date="2026-02-20 13:33 +0100",
  subj="Re: Votre résiliation est enregistrée", style="gmail",
  body="""Bonjour,

Merci pour votre message. À quelle date exactement l'accès sera-t-il coupé ? Je dois exporter mes fiches patients avant et je ne voudrais pas me retrouver bloquée.

Sandrine Leroy""",
  quote=Q("Le ven. 20 févr. 2026 à 09:14, Support CRM Runner <support@crmrunner.example> a écrit :",
          """Bonjour,

Votre demande de résiliation a bien été enregistrée. Vous recevrez un dernier prélèvement à la prochaine échéance.

L'équipe CRM Runner"""),
  acct=A("6390745", "leroy.osteo", "sandrine.leroy@leroy-osteo.example", "monthly", "active", "2025-03-20", "19.00", "EUR"),
  t="other follow_up not",
  notes="Follow-up after a registered cancellation asking only about the cut-off date; does not restate a request.")

M(slug="fr-desabonnement-cp1252", lang="fr",
  frm=("Roger Lambert", "roger.lambert@club-internet.example"), date="2026-02-23 17:41 +0100",
  subj="désabonnement", style="cp1252",
  body="""Madame, Monsieur,

Je demande le désabonnement de mon compte à compter de ce jour. Je suis à la retraite depuis janvier et je n'ai plus l'utilité du logiciel.

Mon nom d'utilisateur : rlambert

Salutations,
Roger Lambert""",
  acct=A("6064319", "rlambert", "roger.lambert@club-internet.example", "yearly", "active", "2025-09-10", "190.00", "EUR"),
  user="rlambert", t="canc request clear", rk=["je suis à la retraite"], rc="business_closed",
  notes="windows-1252 8bit body; 'désabonnement de mon compte'; retiring.")

M(slug="fr-latin1-plante-tout-le-temps", lang="fr",
  frm=("Franck Millet", "franck.millet@millet-auto.example"), date="2026-02-24 09:08 +0100",
  subj="Ras le bol", style="latin1",
  body="""Bonjour,

Le logiciel plante tous les jours, la synchronisation de l'agenda est cassée depuis la mise à jour de janvier et les relances partent en double chez mes clients. J'en ai marre.

Je résilie. Merci de ne plus rien prélever à partir de maintenant.

Franck Millet
Millet Automobiles""",
  acct=A("7367281", "millet.auto", "franck.millet@millet-auto.example", "monthly", "active", "2024-11-25", "49.00", "EUR"),
  t="canc request clear", rk=["le logiciel plante tous les jours"], rc="low_quality",
  notes="iso-8859-1 quoted-printable; 'Je résilie' because of bugs.")

M(slug="fr-annuler-facture-siret", lang="fr",
  frm=("Comptabilité Atelier Noé", "compta@atelier-noe.example"), date="2026-02-25 14:20 +0100",
  subj="Annulation facture FA-2026-02-0931", style="outlook",
  body="""Bonjour,

Pouvez-vous annuler la facture FA-2026-02-0931 et en réémettre une au nom de la société (Atelier Noé SAS, SIRET 812 345 678 00021) au lieu du nom du gérant ?

Merci,
Service comptabilité""",
  acct=A("7041985", "atelier.noe", "noe.girard@atelier-noe.example", "monthly", "active", "2025-02-14", "49.00", "EUR"),
  decoys=["FA-2026-02-0931", "812 345 678 00021"], t="other other not",
  notes="Asks to cancel and re-issue an invoice; nothing about the subscription. Sender is not the registered address and gives no account id.")

M(slug="fr-webinar-annuler-inscription", lang="fr",
  frm=("Lucie Renard", "lucie.renard@gmail.example"), date="2026-03-02 12:04 +0100",
  subj="Webinar du 12 mars", style="gmail",
  body="""Bonjour,

Je ne pourrai finalement pas assister au webinar du 12 mars « Automatiser vos relances ». Merci d'annuler mon inscription, et si le replay est disponible ensuite je suis preneuse !

Bonne journée,
Lucie""",
  t="other meeting_cancel not",
  notes="Cancels a webinar registration.")

M(slug="fr-question-synchro-outlook", lang="fr",
  frm=("Pierre-Yves Le Gall", "py.legall@armor-nautisme.example"), date="2026-03-03 09:50 +0100",
  subj="Synchronisation Outlook 365", style="outlook",
  body="""Bonjour,

Est-ce que CRM Runner permet de synchroniser les rendez-vous avec les agendas Outlook 365 de l'équipe, dans les deux sens ? Et est-ce inclus dans la formule Pro ou seulement dans Team ?

Merci,
Pierre-Yves Le Gall
Armor Nautisme""",
  acct=A("6578823", "armor.nautisme", "py.legall@armor-nautisme.example", "monthly", "active", "2025-07-01", "49.00", "EUR"),
  t="other question not",
  notes="Feature question.")

M(slug="fr-devis-50-licences", lang="fr",
  frm=("Nadia Haddad", "nadia.haddad@groupe-medisud.example"), date="2026-03-04 15:26 +0100",
  subj="Demande de devis – 50 utilisateurs", style="outlook",
  sig=("Nadia Haddad", "Responsable des achats", "Groupe Médisud", "Tél. 04 65 71 88 02"),
  body="""Bonjour,

Nous étudions le remplacement de notre CRM actuel (contrat en cours de résiliation chez notre fournisseur) et souhaiterions recevoir un devis pour 50 utilisateurs en formule Team, facturation annuelle.

Pouvez-vous également nous indiquer vos conditions d'engagement ?

Bien cordialement,""",
  decoys=["04 65 71 88 02"], t="other sales not",
  notes="Sales inquiry; 'résiliation' refers to their contract with another vendor.")

M(slug="fr-reactiver-compte", lang="fr",
  frm=("Alain Dumas", "alain.dumas@dumas-photo.example"), date="2026-03-05 18:12 +0100",
  subj="Réactivation", style="qp",
  body="""Bonjour,

J'avais résilié mon abonnement l'an dernier (identifiant : dumasphoto). L'activité repart, je voudrais réactiver mon compte. Est-ce que mes contacts ont été conservés ?

Merci,
Alain Dumas""",
  acct=A("7259014", "dumasphoto", "alain.dumas@dumas-photo.example", "monthly", "cancelled", "2024-03-01", "19.00", "EUR"),
  user="dumasphoto", t="other other not",
  notes="Reactivation request from a cancelled account.")

M(slug="fr-be-ignorer-demande", lang="fr",
  frm=("Luc Peeters", "luc.peeters@peeters-renovation.example"), date="2026-03-06 08:21 +0100",
  subj="Re: Résiliation", style="apple", irt=["<peeters-resil-0305@peeters-renovation.example>"],
  body="""Bonjour,

Merci d'ignorer mon mail d'hier concernant la résiliation. On en a rediscuté avec mon associé et on reste chez vous finalement.

Bien à vous,
Luc Peeters""",
  quote=Q("Le 5 mars 2026 à 19:47, Luc Peeters <luc.peeters@peeters-renovation.example> a écrit :",
          "Bonjour,\nJe souhaite résilier notre abonnement CRM Runner à la fin du mois.\nLuc Peeters"),
  acct=A("6713486", "peeters.reno", "luc.peeters@peeters-renovation.example", "monthly", "active", "2024-12-02", "49.00", "EUR"),
  t="other withdrawal not", wd=True,
  notes="Belgian customer withdraws yesterday's request (quoted below his text).")

M(slug="fr-conge-sans-entete", lang="fr",
  frm=("Marion Leclerc", "marion.leclerc@leclerc-traiteur.example"), date="2026-03-09 07:02 +0100",
  subj="Re: Votre demande de résiliation", style="gmail",
  body="""Bonjour,

Je suis en congé jusqu'au 23 mars inclus. Votre message ne sera pas transféré.

En cas d'urgence, vous pouvez joindre l'accueil au 02 61 91 45 10.

Marion Leclerc""",
  acct=A("6826901", "leclerc.traiteur", "marion.leclerc@leclerc-traiteur.example", "monthly", "active", "2025-06-09", "49.00", "EUR"),
  decoys=["02 61 91 45 10"], t="auto auto_reply not",
  notes="Vacation auto-reply without any Auto-Submitted/X-Autoreply header; subject mentions résiliation.")

M(slug="fr-ndr-exchange-entetes", lang="fr",
  frm=("Microsoft Outlook", "postmaster@transports-roussel.example"), date="2026-03-10 10:44 +0100",
  subj="Non remis : Re: Fermeture de compte", style="dsn",
  body="""Remise à ces destinataires ou groupes impossible :

jp.roussel@transports-roussel.example
L'adresse e-mail que vous avez entrée est introuvable. Vérifiez l'adresse e-mail du destinataire et renvoyez le message. Si le problème persiste, contactez votre service d'assistance.

Informations de diagnostic pour les administrateurs :

Serveur de génération : PR3P191MB0834.EURP191.PROD.OUTLOOK.COM

jp.roussel@transports-roussel.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""",
  dsn=dict(mta="PR3P191MB0834.EURP191.PROD.OUTLOOK.COM", rcpt="jp.roussel@transports-roussel.example", status="5.1.10",
           diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", headers_only=True,
           orig=dict(frm=("Support CRM Runner", "support@crmrunner.example"), to="jp.roussel@transports-roussel.example",
                     date="2026-03-10 10:43 +0100", subj="Re: Fermeture de compte",
                     body="Bonjour,\n\nNous confirmons la fermeture de votre compte.\n")),
  t="bounce bounce not",
  notes="Exchange Online NDR in French with text/rfc822-headers of support's reply about an account closure.")

M(slug="fr-plus-besoin-que-faire", lang="fr",
  frm=("Thierry Vidal", "thierry.vidal@vidal-distribution.example"), date="2026-03-11 11:18 +0100",
  subj="Abonnement CRM", style="outlook",
  body="""Bonjour,

Depuis que l'équipe commerciale a été réduite à une personne, on n'a plus vraiment besoin du CRM. Que faut-il faire de notre côté ?

Thierry Vidal""",
  acct=A("7608251", "vidal.distrib", "thierry.vidal@vidal-distribution.example", "monthly", "active", "2024-10-07", "99.00", "EUR"),
  t="canc request maybe", amb=True, rk=["plus vraiment besoin du crm"], rc="unused",
  notes="States no longer needing the CRM and asks what to do; could be a how-to or a request. Labelled cancellation, ambiguous.")

M(slug="fr-premier-mois-remboursement", lang="fr",
  frm=("Yasmine Cherif", "yasmine.cherif@gmail.example"), date="2026-03-12 21:36 +0100",
  subj="Annulation et remboursement", style="gmail",
  body="""Bonjour,

J'ai souscrit il y a dix jours à la formule Pro. Finalement ça ne correspond pas à ce que je cherchais (je voulais surtout un outil de prise de rendez-vous en ligne).

Merci d'annuler mon abonnement et de me rembourser les 49 € prélevés.

Yasmine Cherif""",
  acct=A("6247163", "ycherif", "yasmine.cherif@gmail.example", "monthly", "active", "2026-03-02", "49.00", "EUR"),
  t="canc request clear", refund=True, rk=["ça ne correspond pas à ce que je cherchais"], rc="other",
  notes="First-month cancellation with a refund request.")

M(slug="fr-franglais-on-arrete", lang="fr",
  frm=("Maxime Caron", "max@studio-caron.example"), date="2026-03-13 17:09 +0100",
  subj="On arrête", style="plain8",
  body="""Hello,

On arrête tout avec Runner, le business a pivoté vers du B2C et on n'a plus de pipe commercial à suivre. Merci de canceller notre plan Pro à la fin du billing cycle.

Cheers,
Max""",
  acct=A("7947082", "studiocaron", "max@studio-caron.example", "monthly", "active", "2025-02-24", "49.00", "EUR"),
  t="canc request clear", rk=["le business a pivoté"], rc="other",
  notes="Franglais ('canceller notre plan', 'billing cycle'); business changed.")

M(slug="fr-passer-starter", lang="fr",
  frm=("Christine Faure", "christine.faure@faure-coaching.example"), date="2026-03-16 10:37 +0100",
  subj="Changement de formule", style="apple",
  body="""Bonjour,

Je souhaiterais passer de la formule Pro à la formule Starter, je n'utilise pas les automatisations et le Pro devient trop cher pour moi seule.

Est-ce possible dès le mois prochain ?

Christine Faure""",
  acct=A("6469310", "cfaure", "christine.faure@faure-coaching.example", "monthly", "active", "2025-04-22", "49.00", "EUR"),
  t="other downgrade not",
  notes="Downgrade Pro to Starter; price reason but stays a customer.")

M(slug="fr-cm-mot-de-passe-fermer", lang="fr",
  frm=("Ngo Biyong Estelle", "estelle.ngobiyong@gmail.example"), date="2026-03-17 14:55 +0100",
  subj="fermeture de compte", style="gmail",
  body="""Bonjour Madame, Monsieur,

Je n'arrive plus à me connecter à mon compte (mot de passe oublié, le lien ne marche pas) et de toute façon je veux fermer ce compte car je n'utilise plus le logiciel.

Mon adresse d'inscription est estelle.biyong@yahoo.example

Merci de faire le nécessaire.
Estelle, Douala""",
  acct=A("8430517", "ebiyong", "estelle.biyong@yahoo.example", "monthly", "active", "2025-08-28", "12500.00", "XOF"),
  email="estelle.biyong@yahoo.example", t="canc request clear", rk=["je n'utilise plus le logiciel"], rc="unused",
  notes="Cameroon; wants to close the account and cannot log in; registered address differs from sender.")

M(slug="fr-annuler-commande-formation", lang="fr",
  frm=("Olivia Brunet", "olivia.brunet@brunet-conseil.example"), date="2026-03-18 09:14 +0100",
  subj="Annulation commande CMD-77812", style="outlook",
  body="""Bonjour,

Merci d'annuler la commande n° CMD-77812 (pack formation 3 heures). Finalement l'équipe a déjà été formée en interne.

Bonne journée,
Olivia Brunet""",
  acct=A("7512647", "brunet.conseil", "olivia.brunet@brunet-conseil.example", "monthly", "active", "2025-11-12", "99.00", "EUR"),
  decoys=["CMD-77812"], t="other order_cancel not",
  notes="Cancels an order for a training pack; subscription untouched.")

M(slug="fr-si-annuel-arret-6-mois", lang="fr",
  frm=("Bruno Marchal", "bruno.marchal@sfr.example"), date="2026-03-19 19:44 +0100",
  subj="Question facturation annuelle", style="qp",
  body="""Bonsoir,

Si je passe à l'annuel et que je veux arrêter au bout de 6 mois, est-ce que je suis remboursé des mois restants ou pas du tout ?

Merci
Bruno""",
  acct=A("6156937", "bmarchal", "bruno.marchal@sfr.example", "monthly", "active", "2025-10-03", "19.00", "EUR"),
  t="other hypothetical not",
  notes="Hypothetical about stopping a yearly plan early.")

M(slug="fr-lettre-experts-liste", lang="fr",
  frm=("La Lettre des Entrepreneurs", "newsletter@lettre-entrepreneurs.example"), date="2026-03-20 06:00 +0100",
  subj="Loi Chatel, résiliation en 3 clics : ce qui change pour vos contrats", style="html-only",
  hdr=[("List-Unsubscribe", "<https://lettre-entrepreneurs.example/desinscription?u=9f31c>"),
       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
       ("List-Id", "La Lettre des Entrepreneurs <lettre.lettre-entrepreneurs.example>")],
  body="""La Lettre des Entrepreneurs – n° 214

Résiliation en 3 clics : depuis le 1er juin 2023, tout contrat conclu par voie électronique doit pouvoir être résilié en ligne. Que faut-il prévoir dans vos CGV ?

Aussi dans ce numéro :
– Facturation électronique : le calendrier 2026
– Prélèvements SEPA : comment réduire les impayés

Vous recevez cet e-mail car vous êtes inscrit à La Lettre des Entrepreneurs. Se désinscrire""",
  t="other list_mail not",
  notes="Bulk newsletter (List-Unsubscribe, Precedence: bulk) about résiliation law; not a customer message.")

# ============================================================== PORTUGUESE

M(slug="pt-br-conta-numero-base64", lang="pt",
  frm=("Marcelo Antunes", "marcelo.antunes@antunesdistribuidora.example"), date="2026-02-12 10:18 -0300",
  subj="Cancelamento da conta nº 7812345", style="b64",
  body="""Bom dia,

Por favor cancelem a assinatura da conta nº 7812345 (Antunes Distribuidora). Achamos outro sistema mais barato que já vem integrado com o nosso ERP.

Att,
Marcelo Antunes""",
  acct=A("7812345", "antunesdist", "marcelo.antunes@antunesdistribuidora.example", "monthly", "active", "2024-05-13", "249.00", "BRL"),
  num="7812345", t="canc request clear", rk=["achamos outro sistema mais barato"], rc="switched_service",
  notes="Base64 body; account number in subject and body; moved to a cheaper competitor.")

M(slug="pt-pt-podes-cancelar", lang="pt", region="pt",
  frm=("Tiago Martins", "tiago.martins@gmail.example"), date="2026-02-13 22:07 +0000",
  subj="cancelar subscrição", style="iphone-plain",
  body="""Olá, podes cancelar a minha subscrição do CRM Runner? Já não preciso disto, mudei de emprego.
Obrigado
Tiago

Enviado do meu iPhone""",
  acct=A("6301459", "tiagom", "tiago.martins@gmail.example", "monthly", "active", "2025-06-02", "19.00", "EUR"),
  t="canc request clear", rk=["já não preciso disto"], rc="unused",
  notes="European Portuguese with 'tu' ('podes cancelar'), phone signature.")

M(slug="pt-br-sloppy-complicado-email", lang="pt",
  frm=("Joao Pedro", "jpedro.vendas@outlook.example"), date="2026-02-16 15:40 -0300",
  subj="cancelamento", style="plain7",
  body="""boa tarde queria cancelar o crm pq nao consegui usar direito, mto complicado pra mim
meu email de cadastro e joao.pedro.silva@hotmail.example
obg""",
  acct=A("8179324", "joaopedrosilva", "joao.pedro.silva@hotmail.example", "monthly", "active", "2026-01-20", "99.00", "BRL"),
  email="joao.pedro.silva@hotmail.example", t="canc request clear", rk=["mto complicado"], rc="too_complex",
  notes="No accents, 'pq', 'mto'; registered address in body differs from sender.")

M(slug="pt-br-notificacao-rescisao-pdf", lang="pt",
  frm=("Dra. Beatriz Valente", "beatriz.valente@valenteadvogados.example"), date="2026-02-18 11:00 -0300",
  subj="Notificação de rescisão contratual", style="outlook",
  pdf=("Notificacao_rescisao_CRM_Runner.pdf", "Notificacao de rescisao contratual - Valente Advogados"),
  sig=("Beatriz Valente", "Sócia", "Valente & Associados Advogados", "OAB/SP 123.456"),
  body="""Prezados Senhores,

Segue anexa a notificação de rescisão do contrato de prestação de serviços (Contrato nº CT-2025-0199) firmado entre o escritório Valente & Associados Advogados e o CRM Runner.

Nos termos da cláusula 9ª, comunicamos que não renovaremos o contrato e solicitamos o encerramento da conta a partir do próximo vencimento.

Solicitamos confirmação do recebimento.

Atenciosamente,""",
  acct=A("6682503", "valenteadv", "beatriz.valente@valenteadvogados.example", "yearly", "active", "2025-03-05", "2490.00", "BRL"),
  decoys=["CT-2025-0199", "123.456"], t="canc request clear",
  notes="Law firm's formal notice ('não renovaremos o contrato', 'encerramento da conta') with a PDF; contract and OAB numbers are decoys.")

M(slug="pt-br-baixa-mei", lang="pt",
  frm=("Cláudia Ramos", "claudiaramos.doces@gmail.example"), date="2026-02-19 09:27 -0300",
  subj="Encerramento", style="gmail",
  body="""Bom dia!

Dei baixa no meu MEI semana passada, não tenho mais empresa. Por favor encerrem minha conta e parem as cobranças no cartão.

CNPJ (já baixado): 45.678.901/0001-23

Obrigada
Cláudia""",
  acct=A("7320916", "claudiadoces", "claudiaramos.doces@gmail.example", "monthly", "active", "2025-02-03", "99.00", "BRL"),
  decoys=["45.678.901/0001-23"], t="canc request clear", rk=["dei baixa no meu mei"], rc="business_closed",
  notes="Closed her micro-company (MEI); CNPJ is a decoy.")

M(slug="pt-br-remover-duas-licencas", lang="pt",
  frm=("Vanessa Teixeira", "vanessa@teixeiraeventos.example"), date="2026-02-20 14:16 -0300",
  subj="Remover licenças", style="outlook",
  body="""Olá,

Quero remover 2 licenças do nosso plano (as do Marcos e da Bia) a partir do próximo mês. Eles não usam mais o sistema. Ficamos com 3 usuários.

Obrigada,
Vanessa Teixeira
Teixeira Eventos""",
  acct=A("8497215", "teixeiraeventos", "vanessa@teixeiraeventos.example", "monthly", "active", "2024-11-11", "499.00", "BRL"),
  t="canc request_seat clear", rk=["eles não usam mais o sistema"], rc="unused",
  notes="Owner asks to remove two seats; the subscription continues with three users.")

M(slug="pt-br-receberam-meu-email", lang="pt",
  frm=("Sérgio Matos", "sergio.matos@matosrefrigeracao.example"), date="2026-02-23 08:40 -0300",
  subj="Vocês receberam meu email?", style="qp",
  body="""Bom dia,

Vocês receberam meu email? Mandei semana passada pedindo o cancelamento da assinatura e até agora nada. Não quero ser cobrado de novo, por favor cancelem.

Sérgio Matos""",
  acct=A("6950631", "matosrefri", "sergio.matos@matosrefrigeracao.example", "monthly", "active", "2025-01-27", "249.00", "BRL"),
  t="canc follow_up clear",
  notes="Follow-up without thread headers; restates 'por favor cancelem'.")

M(slug="pt-br-alguma-novidade-quote", lang="pt",
  frm=("Isabela Duarte", "isabela.duarte@belladoces.example"), date="2026-03-02 17:05 -0300",
  subj="Re: Cancelar assinatura", style="gmail", irt=["<CAisabela-cancelar-0224@mail.gmail.com>"],
  body="""Oi, alguma novidade? Continuo querendo cancelar, a fatura vence dia 10.

Isabela""",
  quote=Q("Em ter., 24 de fev. de 2026 às 10:12, Isabela Duarte <isabela.duarte@belladoces.example> escreveu:",
          """Olá, quero cancelar minha assinatura.
Usuário: bela_doces
Obrigada"""),
  acct=A("7073841", "bela_doces", "isabela.duarte@belladoces.example", "monthly", "active", "2025-05-10", "99.00", "BRL"),
  t="canc follow_up clear",
  notes="Follow-up above her own quoted request; username only in the quote so not labelled; account known from sender.")

M(slug="pt-br-onde-fica-opcao", lang="pt",
  frm=("Renato Paiva", "renato.paiva@paivacorretora.example"), date="2026-03-03 13:22 -0300",
  subj="Opção de cancelamento", style="gmail",
  body="""Boa tarde, onde fica a opção de cancelamento no painel? Procurei em Configurações > Assinatura e não achei nada.

Renato""",
  acct=A("8015682", "paivacorretora", "renato.paiva@paivacorretora.example", "monthly", "active", "2025-09-19", "249.00", "BRL"),
  t="other how_to maybe", amb=True,
  notes="Asks where the cancel option is ('não achei'); no decision stated. Other (how-to), ambiguous since he is likely trying to cancel.")

M(slug="pt-br-cobrado-duas-vezes", lang="pt",
  frm=("Leandro Gomes", "leandro.gomes@uol.example"), date="2026-03-06 10:03 -0300",
  subj="Cobrança duplicada", style="outlook",
  body="""Bom dia,

Fui cobrado duas vezes no cartão este mês (R$ 99,00 em 05/03, duas transações). Peço o estorno de uma das cobranças. O código da transação que aparece na fatura é 8834-2210-77.

O sistema está ótimo, é só isso mesmo.

Leandro Gomes""",
  acct=A("6531478", "leandrog", "leandro.gomes@uol.example", "monthly", "active", "2025-08-05", "99.00", "BRL"),
  decoys=["8834-2210-77"], refund=True, t="other refund_only not",
  notes="Double charge; refund of one charge only; keeps using the product.")

M(slug="pt-br-cancelar-inscricao-webinar", lang="pt",
  frm=("Mariana Freitas", "mariana.freitas@gmail.example"), date="2026-03-09 18:50 -0300",
  subj="Webinar de quinta", style="android",
  body="""oi! nao vou conseguir participar do webinar de quinta sobre funil de vendas. podem cancelar minha inscricao? se tiver gravacao me mandem pf

Enviado do meu Galaxy""",
  t="other meeting_cancel not",
  notes="Cancels a webinar registration.")

M(slug="pt-pt-faturas-nif", lang="pt", region="pt",
  frm=("Sofia Antunes", "sofia.antunes@antunes-ceramicas.example"), date="2026-03-10 11:31 +0000",
  subj="Dados de faturação", style="outlook",
  body="""Bom dia,

Precisamos que as faturas passem a ser emitidas em nome da empresa, com o NIF 509 876 543, e não em meu nome pessoal. É possível alterar já a partir da próxima?

Obrigada,
Sofia Antunes
Antunes Cerâmicas, Lda.""",
  acct=A("7428530", "antunesceramicas", "sofia.antunes@antunes-ceramicas.example", "yearly", "active", "2025-10-01", "490.00", "EUR"),
  decoys=["509 876 543"], t="other question not",
  notes="Billing details change; NIF is a decoy.")

M(slug="pt-br-rede-12-lojas", lang="pt",
  frm=("Gabriel Monteiro", "gabriel.monteiro@redesuperbom.example"), date="2026-03-11 15:15 -0300",
  subj="Plano para rede de lojas", style="gmail",
  body="""Olá,

Somos uma rede de 12 lojas de material de construção e estamos avaliando trocar de CRM. Queria saber condições para contratar o plano Team para umas 40 pessoas, e se vocês fazem a migração dos dados do sistema atual.

Abraço,
Gabriel Monteiro""",
  t="other sales not",
  notes="Sales inquiry from a prospect.")

M(slug="pt-br-quero-voltar", lang="pt",
  frm=("Aline Correia", "aline.correia@correiaestetica.example"), date="2026-03-12 09:45 -0300",
  subj="Reativar conta", style="iphone",
  body="""oi cancelei em outubro mas qro voltar, da pra reativar a mesma conta e recuperar meus clientes??

aline

Enviado do meu iPhone""",
  acct=A("8306924", "correiaestetica", "aline.correia@correiaestetica.example", "monthly", "cancelled", "2024-10-15", "99.00", "BRL"),
  t="other other not",
  notes="Reactivation request from a cancelled account; 'cancelei' refers to the past.")

M(slug="pt-pt-afinal-nao-cancelar", lang="pt", region="pt",
  frm=("Nuno Pereira", "nuno.pereira@pereira-seguros.example"), date="2026-03-13 12:09 +0000",
  subj="RE: Pedido de cancelamento", style="outlook",
  body="""Boa tarde,

Afinal não queremos cancelar. Podem manter tudo como está, por favor, e ignorar o meu pedido abaixo.

Cumprimentos,
Nuno Pereira""",
  quote=OQ("De: Nuno Pereira <nuno.pereira@pereira-seguros.example>\nEnviado: 11 de março de 2026 16:02\nPara: support@crmrunner.example\nAssunto: Pedido de cancelamento",
           """Boa tarde,

Solicito o cancelamento da subscrição da Pereira Seguros (cliente n.º 6618024).

Nuno Pereira"""),
  acct=A("6618024", "pereiraseguros", "nuno.pereira@pereira-seguros.example", "monthly", "active", "2024-08-19", "49.00", "EUR"),
  t="other withdrawal not", wd=True,
  notes="Withdrawal above the quoted original request; account number only in the quote.")

M(slug="pt-br-autoresponder-helpdesk", lang="pt",
  frm=("Atendimento Nobre Móveis", "atendimento@nobremoveis.example"), date="2026-03-16 08:00 -0300",
  subj="Re: [CRM Runner] Confirmação de cancelamento", style="html-only",
  body="""Olá!

Recebemos sua mensagem e ela já está na fila do nosso atendimento. Responderemos em até 48 horas úteis.

Número do seu chamado: #55120

Equipe Nobre Móveis""",
  acct=A("7885013", "nobremoveis", "atendimento@nobremoveis.example", "monthly", "cancelled", "2025-01-06", "249.00", "BRL"),
  decoys=["55120"], t="auto auto_reply not",
  notes="Helpdesk autoresponder without auto-reply headers; subject mentions cancellation.")

M(slug="pt-br-bounce-endereco-nao-encontrado", lang="pt",
  frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.example"), date="2026-03-17 14:26 -0300",
  subj="Delivery Status Notification (Failure)", style="dsn",
  body="""Endereço não encontrado

Sua mensagem não foi entregue a thiago.barros.vendas@gmail.example porque o endereço não foi encontrado ou não pode receber e-mails.

A resposta do servidor remoto foi:
550 5.1.1 The email account that you tried to reach does not exist.""",
  dsn=dict(mta="googlemail.example", rcpt="thiago.barros.vendas@gmail.example", status="5.1.1",
           diag="550-5.1.1 The email account that you tried to reach does not exist.",
           orig=dict(frm=("Suporte CRM Runner", "support@crmrunner.example"), to="thiago.barros.vendas@gmail.example",
                     date="2026-03-17 14:25 -0300", subj="Re: quero cancelar",
                     body="""Olá Thiago,

Para concluir o cancelamento precisamos do número da conta ou do e-mail usado no cadastro.

Equipe CRM Runner

Em 17/03/2026 11:02, Thiago Barros escreveu:
> quero cancelar o crm runner, nao uso mais""")),
  t="bounce bounce not",
  notes="Gmail-style DSN in Portuguese; the returned support reply quotes a cancellation request.")

M(slug="pt-br-se-continuar-caindo", lang="pt",
  frm=("Patrícia Moura", "patricia.moura@mouraclinica.example"), date="2026-03-18 16:48 -0300",
  subj="Sistema fora do ar DE NOVO", style="gmail",
  body="""Boa tarde,

É a terceira vez este mês que o sistema fica fora do ar no meio do expediente. Não vou continuar pagando por isso se continuar caindo assim. Preciso de uma posição de vocês.

Patrícia Moura
Clínica Moura""",
  acct=A("6207358", "mouraclinica", "patricia.moura@mouraclinica.example", "monthly", "active", "2024-09-09", "249.00", "BRL"),
  t="other other maybe", amb=True,
  notes="Conditional threat to stop paying if outages continue; complaint, not yet a request. Other, ambiguous.")

M(slug="pt-br-excluir-conta-lgpd", lang="pt",
  frm=("Henrique Barreto", "henrique.barreto@gmail.example"), date="2026-03-19 20:20 -0300",
  subj="Exclusão de conta e dados (LGPD)", style="qp",
  body="""Olá,

Nos termos da LGPD, quero que vocês excluam minha conta e todos os meus dados pessoais dos seus servidores. Não autorizo mais o tratamento dos meus dados.

Henrique Barreto""",
  acct=A("7651248", "hbarreto", "henrique.barreto@gmail.example", "monthly", "active", "2025-12-15", "99.00", "BRL"),
  t="other data_deletion maybe", amb=True,
  notes="Paying customer asks to delete account and data under LGPD; privacy erasure labelled other, ambiguous because deleting the account also ends it.")

M(slug="pt-br-nao-era-o-que-esperava", lang="pt",
  frm=("Daniela Cardoso", "daniela.cardoso@cardosopet.example"), date="2026-03-20 10:11 -0300",
  subj="Cancelamento e reembolso", style="apple",
  body="""Olá,

Assinei o plano Pro semana passada, mas não era o que eu esperava. Quero cancelar e receber o reembolso do valor pago (R$ 249,00).

Obrigada,
Daniela""",
  acct=A("8241607", "cardosopet", "daniela.cardoso@cardosopet.example", "monthly", "active", "2026-03-12", "249.00", "BRL"),
  refund=True, t="canc request clear", rk=["não era o que eu esperava"], rc="other",
  notes="First-week cancellation with refund request.")

M(slug="pt-br-suporte-uma-semana", lang="pt",
  frm=("Rodrigo Sales", "rodrigo.sales@salesconstrutora.example"), date="2026-03-23 09:02 -0300",
  subj="Chega", style="outlook-html",
  body="""Bom dia,

Uma semana esperando resposta do suporte sobre a importação de contatos. Chega. Cancelem minha assinatura.

Rodrigo Sales
Sales Construtora""",
  acct=A("6769340", "salesconstrutora", "rodrigo.sales@salesconstrutora.example", "monthly", "active", "2025-04-28", "249.00", "BRL"),
  t="canc request clear", rk=["uma semana esperando resposta do suporte"], rc="customer_service",
  notes="HTML-only Outlook; cancels because of slow support.")

M(slug="pt-pt-anular-latin1-equipa", lang="pt", region="pt",
  frm=("Joaquim Sousa", "joaquim.sousa@sousa-contabilidade.example"), date="2026-03-24 15:37 +0000",
  subj="Anulação da subscrição", style="latin1",
  body="""Exmos. Senhores,

Pretendo anular a subscrição do CRM Runner a partir do próximo mês. A equipa é muito pequena para justificar um CRM, somos apenas dois.

O meu nome de utilizador é jsousa_cont.

Melhores cumprimentos,
Joaquim Sousa""",
  acct=A("7175923", "jsousa_cont", "joaquim.sousa@sousa-contabilidade.example", "monthly", "active", "2025-05-19", "19.00", "EUR"),
  user="jsousa_cont", t="canc request clear", rk=["a equipa é muito pequena"], rc="other",
  notes="European Portuguese 'anular a subscrição', iso-8859-1; team too small.")

M(slug="pt-br-mudamos-de-ramo", lang="pt",
  frm=("Márcio Fontes", "marcio@fontesbuffet.example"), date="2026-03-25 19:12 -0300",
  subj="Assinatura", style="yahoo",
  body="""boa noite pessoal

mudamos de ramo, agora e so delivery e nao precisamos mais de crm. podem encerrar a assinatura e nao cobrar mais

valeu pela parceria
marcio""",
  acct=A("8587140", "fontesbuffet", "marcio@fontesbuffet.example", "monthly", "active", "2024-12-16", "99.00", "BRL"),
  t="canc request clear", rk=["mudamos de ramo"], rc="other",
  notes="Business changed; 'encerrar a assinatura e não cobrar mais'.")

M(slug="pt-br-cancelar-compra-modulo", lang="pt",
  frm=("Bruna Vieira", "bruna.vieira@vieiramodas.example"), date="2026-03-26 11:58 -0300",
  subj="Cancelar compra do módulo WhatsApp", style="gmail",
  body="""Olá,

Quero cancelar a compra do módulo de WhatsApp (pedido 2026-0331-889). Comprei achando que funcionava com o WhatsApp pessoal, mas é só com a API Business.

O plano continua, é só o módulo.

Bruna""",
  acct=A("6384795", "vieiramodas", "bruna.vieira@vieiramodas.example", "monthly", "active", "2025-07-14", "249.00", "BRL"),
  decoys=["2026-0331-889"], t="other order_cancel not",
  notes="Cancels an add-on purchase (order); plan continues.")

M(slug="pt-br-obrigado-confirmacao", lang="pt",
  frm=("Carlos Eduardo Nunes", "cadu.nunes@nunesimoveis.example"), date="2026-03-27 14:03 -0300",
  subj="Re: Confirmação de cancelamento", style="iphone",
  body="""Obrigado pela confirmação e pelo atendimento. Sucesso pra vocês!

Cadu

Enviado do meu iPhone""",
  quote=Q("Em 27 de mar. de 2026, à(s) 11:20, Suporte CRM Runner <support@crmrunner.example> escreveu:",
          """Olá Carlos,

Confirmamos o cancelamento da sua assinatura. O acesso fica ativo até o fim do período já pago.

Equipe CRM Runner"""),
  acct=A("7966201", "nunesimoveis", "cadu.nunes@nunesimoveis.example", "monthly", "cancelled", "2025-03-27", "249.00", "BRL"),
  t="other thanks not",
  notes="Thanks after the confirmation (quoted).")
