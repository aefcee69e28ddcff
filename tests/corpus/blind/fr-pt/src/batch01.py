# Batch 01 — hand-written texts (25 fr, 25 pt)
from common import A, M, Q, OQ

# ============================================================== FRENCH

M(slug="fr-lettre-resiliation-outlook", lang="fr",
  frm=("Bertrand Lefèvre", "b.lefevre@cabinet-lefevre.example"), date="2026-01-06 10:47 +0100",
  subj="Résiliation abonnement CRM Runner - n° client 6120457", style="outlook",
  sig=("Bertrand Lefèvre", "Expert-comptable associé", "Cabinet Lefèvre & Associés", "12 rue des Tanneurs – 59000 Lille", "Tél. : 03 53 01 22 41"),
  body="""Madame, Monsieur,

Par la présente, je vous prie de bien vouloir procéder à la résiliation de l'abonnement CRM Runner souscrit par notre cabinet (formule Pro, facturation mensuelle), à la date d'échéance la plus proche.

Je vous remercie de bien vouloir m'adresser une confirmation écrite de la prise en compte de cette demande ainsi que la date effective de fin de contrat.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.""",
  acct=A("6120457", "cabinet.lefevre", "b.lefevre@cabinet-lefevre.example", "monthly", "active", "2024-09-02", "49.00", "EUR"),
  num="6120457", decoys=["03 53 01 22 41"], t="canc request clear",
  notes="Formal resignation letter; customer number only in the Subject; sent from the registered address.")

M(slug="fr-iphone-nutilise-plus", lang="fr",
  frm=("Nathalie Roux", "nath.roux@wanadoo.example"), date="2026-01-07 07:58 +0100",
  subj="Abonnement", style="iphone-plain",
  body="""Bonjour
Merci d'arrêter mon abonnement, je ne m'en sers plus du tout depuis la rentrée.
Bonne journée
Nathalie

Envoyé de mon iPhone""",
  acct=A("6233871", "nroux", "nath.roux@wanadoo.example", "monthly", "active", "2025-06-18", "19.00", "EUR"),
  t="canc request clear", rk=["je ne m'en sers plus"], rc="unused",
  notes="Short phone request 'arrêter mon abonnement' with reason; no identifier, sender is the registered address.")

M(slug="fr-tutoiement-coupe-abo", lang="fr",
  frm=("Julien", "julien.b@free.example"), date="2026-01-08 22:31 +0100",
  subj="abo", style="plain7",
  body="""Salut,

tu peux couper mon abo Runner stp ? on a pris Hubspot finalement, c'est l'agence qui a decide.
Merci et bonne soiree

Julien""",
  acct=A("7045512", "julienb", "julien.b@free.example", "monthly", "active", "2025-03-27", "49.00", "EUR"),
  t="canc request clear", rk=["on a pris hubspot"], rc="switched_service",
  notes="Informal tutoiement, no accents, 'couper mon abo'; moved to a competitor.")

M(slug="fr-procedure-resiliation", lang="fr",
  frm=("Claire Vasseur", "claire.vasseur@atelier-vasseur.example"), date="2026-01-09 14:05 +0100",
  subj="Question sur la résiliation", style="gmail",
  body="""Bonjour,

Pourriez-vous m'indiquer quelle est la procédure de résiliation de l'abonnement et s'il y a un préavis à respecter ? Je préfère savoir à l'avance comment ça se passe avant d'en parler à mon associé.

Merci d'avance,
Claire Vasseur""",
  acct=A("6388204", "atelier.vasseur", "claire.vasseur@atelier-vasseur.example", "monthly", "active", "2025-01-14", "49.00", "EUR"),
  t="other how_to not",
  notes="Asks how cancellation works and about notice; no decision stated.")

M(slug="fr-passage-annuel", lang="fr",
  frm=("Marc Delattre", "marc@delattre-immo.example"), date="2026-01-12 11:20 +0100",
  subj="Passage en facturation annuelle", style="outlook",
  body="""Bonjour,

Je vous avoue qu'on a pensé à résilier en fin d'année vu les prix, mais après réflexion on reste chez vous.

Par contre nous souhaitons passer de la facturation mensuelle à la facturation annuelle (formule Team) pour bénéficier de la remise. Pouvez-vous faire le changement à partir de la prochaine échéance ?

Merci,
Marc Delattre
Delattre Immobilier""",
  acct=A("6517390", "delattre.immo", "marc@delattre-immo.example", "monthly", "active", "2024-11-05", "99.00", "EUR"),
  t="other plan_change not",
  notes="Monthly to yearly plan change; mentions having thought about cancelling but explicitly stays.")

M(slug="fr-preleve-apres-resiliation", lang="fr",
  frm=("Isabelle Morin", "isabelle.morin@laposte.example"), date="2026-03-09 09:02 +0100",
  subj="Prélèvement après résiliation", style="qp",
  body="""Bonjour,

J'ai résilié mon abonnement le 3 février (vous m'avez même envoyé une confirmation), et pourtant j'ai encore été prélevée de 19,00 € le 5 mars.

La facture correspondante porte le numéro FA-2026-03-1182.

Merci de me rembourser cette somme dans les plus brefs délais.

Isabelle Morin""",
  acct=A("7210946", "imorin", "isabelle.morin@laposte.example", "monthly", "cancelled", "2025-04-05", "19.00", "EUR"),
  t="other already_cancelled not", decoys=["FA-2026-03-1182"], refund=True,
  notes="Billing dispute after a confirmed cancellation; invoice number is a decoy; asks refund.")

M(slug="fr-be-cessation-activite", lang="fr",
  frm=("Van Damme, Sophie", "sophie.vandamme@fleurs-vandamme.example"), date="2026-01-13 16:44 +0100",
  subj="Clôture du compte suite à cessation d'activité", style="outlook-html",
  sig=("Sophie Van Damme", "Fleurs Van Damme SRL", "Chaussée de Wavre 212 – 1050 Ixelles", "TVA BE 0712.345.678"),
  body="""Bonjour,

Suite à la cessation de mes activités au 31 mars, je vous prie de bien vouloir clôturer mon compte CRM Runner et de ne plus effectuer de domiciliation sur mon compte bancaire à partir d'avril.

Mon identifiant de connexion est : fleursvd

Je vous remercie d'avance et vous souhaite une bonne continuation.

Bien à vous,""",
  acct=A("6874120", "fleursvd", "sophie.vandamme@fleurs-vandamme.example", "monthly", "active", "2024-05-21", "49.00", "EUR"),
  user="fleursvd", decoys=["0712.345.678"], t="canc request clear",
  rk=["cessation de mes activités"], rc="business_closed",
  notes="Belgian shop closing; asks to close account and stop direct debit ('domiciliation'); VAT number is a decoy; HTML-only Outlook.")

M(slug="fr-qc-desabonner-courriel", lang="fr",
  frm=("Geneviève Tremblay", "gtremblay@cliniqueboreale.example"), date="2026-01-14 13:12 -0500",
  subj="Me désabonner", style="gmail",
  body="""Bonjour,

Je voudrais me désabonner de CRM Runner s.v.p. Je vous écris de mon adresse du travail, mais le compte est à mon courriel personnel : genevieve.tremblay@videotron.example

On ferme le volet prospection à la clinique, donc on n'en a plus besoin.

Merci et bonne journée!
Geneviève""",
  acct=A("7398015", "gtremblay", "genevieve.tremblay@videotron.example", "monthly", "active", "2025-08-11", "25.00", "CAD"),
  email="genevieve.tremblay@videotron.example", t="canc request clear",
  rk=["on n'en a plus besoin"], rc="unused",
  notes="Québec 'me désabonner de CRM Runner'; registered address given in the body, sent from another address.")

M(slug="fr-retirer-licence-collegue", lang="fr",
  frm=("Hélène Garnier", "h.garnier@transports-garnier.example"), date="2026-01-15 09:37 +0100",
  subj="Supprimer un utilisateur", style="outlook",
  body="""Bonjour,

Thomas Girard (t.girard@transports-garnier.example) a quitté l'entreprise fin décembre. Pouvez-vous supprimer sa licence de notre compte Team pour qu'elle ne soit plus facturée ?

On garde l'abonnement pour le reste de l'équipe bien sûr.

Merci,
Hélène Garnier
Responsable administrative""",
  acct=A("6045873", "transports.garnier", "h.garnier@transports-garnier.example", "monthly", "active", "2024-03-11", "99.00", "EUR"),
  t="canc request_seat clear", rk=["a quitté l'entreprise"], rc="other",
  notes="Account owner asks to remove a departed colleague's seat; subscription itself continues. Colleague's address is not an account identifier.")

M(slug="fr-transfert-directeur", lang="fr",
  frm=("Laura Petit", "laura.petit@groupe-arvel.example"), date="2026-01-16 15:03 +0100",
  subj="TR: Résiliation CRM", style="outlook", fwd=True,
  body="""Bonjour,

Je vous transfère la demande de mon directeur ci-dessous. Merci de faire le nécessaire et de lui confirmer directement.

Laura Petit
Assistante de direction

De : Olivier Arvel <olivier.arvel@groupe-arvel.example>
Envoyé : vendredi 16 janvier 2026 14:41
À : Laura Petit <laura.petit@groupe-arvel.example>
Objet : Résiliation CRM

Laura,

Peux-tu écrire à CRM Runner pour résilier notre abonnement ? On bascule tout sur l'outil du groupe au 1er février, on n'a plus besoin du leur.

Merci
Olivier""",
  acct=A("7563108", "groupe.arvel", "olivier.arvel@groupe-arvel.example", "yearly", "active", "2025-02-01", "990.00", "EUR"),
  email="olivier.arvel@groupe-arvel.example", t="canc forward_request clear",
  rk=["on bascule tout sur l'outil du groupe"], rc="switched_service",
  notes="Assistant forwards the director's request inline; director's registered address appears in the forwarded header block.")

M(slug="fr-relance-demande", lang="fr",
  frm=("Nathalie Roux", "nath.roux@wanadoo.example"), date="2026-01-13 18:22 +0100",
  subj="Re: Abonnement", style="iphone", irt="fr-iphone-nutilise-plus",
  body="""Bonjour,
Avez-vous bien reçu ma demande ? Je n'ai eu aucune réponse et je ne veux pas être prélevée le 18. Merci de résilier comme demandé.
Nathalie

Envoyé de mon iPhone""",
  quote=Q("Le 7 janv. 2026 à 07:58, Nathalie Roux <nath.roux@wanadoo.example> a écrit :",
          "Bonjour\nMerci d'arrêter mon abonnement, je ne m'en sers plus du tout depuis la rentrée.\nBonne journée\nNathalie"),
  acct="6233871", t="canc follow_up clear",
  notes="Follow-up on her own earlier request, restates 'merci de résilier'; reason only in the quoted text, so no reason keywords.")

M(slug="fr-annuler-rdv-demo", lang="fr",
  frm=("Karim Benali", "karim.benali@optimum-conseil.example"), date="2026-01-19 08:15 +0100",
  subj="Annulation rendez-vous démo jeudi", style="gmail",
  body="""Bonjour,

Je dois malheureusement annuler notre rendez-vous de démonstration prévu jeudi à 14h, j'ai un empêchement de dernière minute.

Serait-il possible de le décaler à la semaine prochaine, mardi ou mercredi après-midi ?

Merci et désolé pour le contretemps,
Karim Benali""",
  t="other meeting_cancel not",
  notes="Cancels a demo meeting, asks to reschedule; prospect, no account.")

M(slug="fr-newsletter-desinscription", lang="fr",
  frm=("Patricia Lemoine", "patricia.lemoine@sfr.example"), date="2026-01-20 12:48 +0100",
  subj="désinscription newsletter", style="qp",
  body="""Bonjour,

Merci de me désinscrire de votre newsletter, je reçois trois mails par semaine sur vos "astuces CRM" et c'est trop.

Je garde mon compte bien sûr, c'est uniquement pour les mails commerciaux.

Cordialement
P. Lemoine""",
  acct=A("6702958", "plemoine", "patricia.lemoine@sfr.example", "monthly", "active", "2025-10-02", "19.00", "EUR"),
  t="other newsletter_unsubscribe not",
  notes="Unsubscribe from the marketing newsletter only; explicitly keeps the account.")

M(slug="fr-rgpd-effacement", lang="fr",
  frm=("Antoine Mercier", "antoine.mercier@gmail.example"), date="2026-01-21 19:30 +0100",
  subj="Demande d'effacement de données personnelles (article 17 RGPD)", style="plain8",
  body="""Madame, Monsieur,

En application de l'article 17 du Règlement général sur la protection des données (RGPD), je vous demande d'effacer l'ensemble des données personnelles me concernant que vous détenez.

Je ne suis pas client : j'ai simplement téléchargé votre livre blanc en novembre dernier et je reçois depuis des sollicitations commerciales.

Je vous remercie de me confirmer l'effacement dans le délai d'un mois prévu par le règlement.

Antoine Mercier""",
  t="other data_deletion not",
  notes="GDPR erasure request from a non-customer (downloaded a white paper).")

M(slug="fr-absence-bureau", lang="fr",
  frm=("Céline Fabre", "celine.fabre@pharmacie-fabre.example"), date="2026-01-22 10:03 +0100",
  subj="Réponse automatique : Votre facture CRM Runner de janvier", style="outlook",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  body="""Bonjour,

Je suis absente du bureau jusqu'au lundi 2 février inclus, avec un accès limité à ma messagerie.

Pour toute urgence, merci de contacter Mme Durand au 04 65 71 20 30.

Cordialement,
Céline Fabre""",
  acct=A("6931542", "pharmafabre", "celine.fabre@pharmacie-fabre.example", "monthly", "active", "2025-02-17", "49.00", "EUR"),
  decoys=["04 65 71 20 30"], t="auto auto_reply not",
  notes="Outlook out-of-office reply to a billing mail, with Auto-Submitted header.")

M(slug="fr-bounce-reponse-resiliation", lang="fr",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"), date="2026-01-23 11:15 +0100",
  subj="Undelivered Mail Returned to Sender", style="dsn",
  body="""This is the mail system at host mx1.crmrunner.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<r.gauthier@numericable.example>: host mx.numericable.example[192.0.2.41] said:
    550 5.1.1 <r.gauthier@numericable.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)""",
  dsn=dict(mta="mx1.crmrunner.example", rcpt="r.gauthier@numericable.example", status="5.1.1",
           remote="mx.numericable.example",
           diag="550 5.1.1 <r.gauthier@numericable.example>: Recipient address rejected: User unknown in virtual mailbox table",
           orig=dict(frm=("Support CRM Runner", "support@crmrunner.example"), to="r.gauthier@numericable.example",
                     date="2026-01-23 11:14 +0100", subj="Re: Résiliation de mon abonnement",
                     body="""Bonjour M. Gauthier,

Nous avons bien reçu votre demande de résiliation. Pour la traiter, pourriez-vous nous indiquer votre identifiant ou votre numéro de client ?

L'équipe CRM Runner

Le 22/01/2026 à 18:40, Romain Gauthier a écrit :
> Bonjour, je souhaite résilier mon abonnement CRM Runner. Merci.
> Romain Gauthier""")),
  t="bounce bounce not",
  notes="Postfix DSN for support's reply; the returned message quotes a cancellation request, which must not be read as one.")

M(slug="fr-trop-cher-hesite", lang="fr",
  frm=("Stéphane Colin", "stephane.colin@colin-menuiserie.example"), date="2026-01-26 17:52 +0100",
  subj="Tarif", style="gmail",
  body="""Bonjour,

49 € par mois pour l'usage qu'on en fait, c'est franchement beaucoup. On est trois dans la boîte et on ne se sert que du carnet d'adresses et des relances.

Je ne sais pas si on va continuer. Vous avez quelque chose de moins cher ou c'est à prendre ou à laisser ?

Stéphane""",
  acct=A("6259731", "colin.menuiserie", "stephane.colin@colin-menuiserie.example", "monthly", "active", "2025-05-09", "49.00", "EUR"),
  t="other other maybe", amb=True,
  notes="Price complaint hinting at leaving but no decision; asks for a cheaper option. Labelled other, ambiguous.")

M(slug="fr-suspendre-ete", lang="fr",
  frm=("Aurélie Masson", "aurelie@glacier-masson.example"), date="2026-05-04 10:26 +0200",
  subj="Suspendre l'abonnement l'hiver ?", style="apple",
  body="""Bonjour,

Nous sommes un glacier, ouvert d'avril à septembre seulement. Est-il possible de suspendre l'abonnement d'octobre à mars plutôt que de payer pour rien, puis de le réactiver au printemps sans perdre nos fiches clients ?

Merci pour votre retour,
Aurélie Masson""",
  acct=A("7120384", "glacier.masson", "aurelie@glacier-masson.example", "monthly", "active", "2025-04-01", "19.00", "EUR"),
  t="other pause not",
  notes="Asks for a seasonal pause with reactivation; not a cancellation.")

M(slug="fr-double-prelevement", lang="fr",
  frm=("Hugo Fontaine", "hugo.fontaine@orange.example"), date="2026-02-03 08:49 +0100",
  subj="Prélevé deux fois", style="qp",
  body="""Bonjour,

J'ai été débité deux fois ce mois-ci : 2 × 19,00 € le 1er février sur ma carte se terminant par 4417.

Pouvez-vous rembourser un des deux prélèvements ? Tout le reste va bien, je continue à utiliser le CRM normalement.

Merci
Hugo Fontaine""",
  acct=A("6483015", "hfontaine", "hugo.fontaine@orange.example", "monthly", "active", "2025-09-01", "19.00", "EUR"),
  t="other refund_only not", decoys=["4417"], refund=True,
  notes="Double-charge refund; keeps using the product; card digits are a decoy.")

M(slug="fr-sms-arretez-prelevements", lang="fr",
  frm=("", "soleil.karine83@hotmail.example"), date="2026-02-04 21:07 +0100",
  subj="stop", style="plain7",
  body="""bjr je veux plus du crm, arretez les prelevements svp
identifiant : soleil
mrc""",
  acct=A("7831206", "soleil", "soleil.karine83@hotmail.example", "monthly", "active", "2025-07-14", "19.00", "EUR"),
  user="soleil", t="canc request clear",
  notes="SMS-style, no accents, 'arretez les prelevements'; username is an ordinary word labelled 'identifiant'.")

M(slug="fr-si-on-resilie-export", lang="fr",
  frm=("Vincent Chevalier", "v.chevalier@chevalier-avocats.example"), date="2026-02-05 15:31 +0100",
  subj="Export des données en cas de résiliation", style="outlook",
  body="""Bonjour,

Une question pratique : si nous résilions en cours d'année, est-ce que nous pourrons récupérer l'ensemble de nos contacts et de l'historique des échanges en export (CSV ou autre) ? Et pendant combien de temps les données restent-elles accessibles après la fin de l'abonnement ?

Ce n'est pas décidé, c'est pour préparer une réunion d'associés.

Cordialement,
Vincent Chevalier""",
  acct=A("6650982", "chevalier.avocats", "v.chevalier@chevalier-avocats.example", "yearly", "active", "2025-06-30", "490.00", "EUR"),
  t="other hypothetical not",
  notes="Hypothetical 'si nous résilions', explicitly not decided.")

M(slug="fr-sn-lettre-pdf", lang="fr",
  frm=("Mamadou Diallo", "m.diallo@sahel-logistique.example"), date="2026-02-06 11:04 +0000",
  subj="Lettre de résiliation - Sahel Logistique", style="gmail",
  pdf=("lettre_resiliation_sahel_logistique.pdf", "Lettre de resiliation - Sahel Logistique"),
  body="""Bonjour,

Veuillez trouver ci-joint la lettre de résiliation de notre abonnement CRM Runner.

Je viens par la présente vous notifier notre décision de mettre fin à l'abonnement souscrit au nom de Sahel Logistique SARL, numéro client 7652310, pour des raisons budgétaires.

Je vous saurais gré de bien vouloir nous faire parvenir la confirmation de la résiliation.

Veuillez agréer, Monsieur, Madame, l'expression de nos salutations distinguées.

Mamadou Diallo
Directeur administratif et financier
Sahel Logistique SARL – Dakar""",
  acct=A("7652310", "sahel.logistique", "m.diallo@sahel-logistique.example", "monthly", "active", "2025-01-20", "32000.00", "XOF"),
  num="7652310", t="canc request clear", rk=["raisons budgétaires"], rc="too_expensive",
  notes="Senegalese company, formal 'mettre fin à l'abonnement' with a PDF letter attached; customer number in body.")

M(slug="fr-colere-fermez-compte", lang="fr",
  frm=("Régis Aubert", "regis.aubert@aubert-btp.example"), date="2026-02-09 08:03 +0100",
  subj="TROISIEME DEMANDE !!!", style="plain8",
  body="""Bonjour,

Ça fait trois fois que je vous écris. FERMEZ MON COMPTE. Je ne veux plus entendre parler de votre logiciel et je ne veux plus voir un seul prélèvement.

Votre support ne répond jamais, c'est inadmissible. Si je suis encore prélevé le mois prochain je fais opposition auprès de ma banque.

R. Aubert""",
  acct=A("7004631", "aubertbtp", "regis.aubert@aubert-btp.example", "monthly", "active", "2024-10-14", "49.00", "EUR"),
  t="canc follow_up clear", rk=["votre support ne répond jamais"], rc="customer_service",
  notes="Angry repeated request 'FERMEZ MON COMPTE'; mentions earlier unanswered messages (no thread headers).")

M(slug="fr-merci-confirmation", lang="fr",
  frm=("Bernadette Huet", "bernadette.huet@neuf.example"), date="2026-02-10 14:18 +0100",
  subj="Re: Confirmation de résiliation", style="gmail",
  body="""Merci pour la confirmation, tout est clair. Bonne continuation à toute l'équipe !

Bernadette""",
  quote=Q("Le mar. 10 févr. 2026 à 09:02, Support CRM Runner <support@crmrunner.example> a écrit :",
          """Bonjour Madame Huet,

Nous vous confirmons la résiliation de votre abonnement CRM Runner. Il prendra fin le 28 février 2026 et aucun prélèvement ne sera effectué après cette date.

Cordialement,
L'équipe CRM Runner"""),
  acct=A("6327450", "bhuet", "bernadette.huet@neuf.example", "monthly", "cancelled", "2024-12-28", "19.00", "EUR"),
  t="other thanks not",
  notes="Thanks after a confirmation; the quoted confirmation mentions résiliation but the new text asks nothing.")

M(slug="fr-bug-bouton-annuler-fiche", lang="fr",
  frm=("Damien Perrot", "damien.perrot@perrot-assurances.example"), date="2026-02-11 10:40 +0100",
  subj="Bug bouton Annuler dans la fiche contact", style="outlook",
  body="""Bonjour,

Je vous signale un bug : quand je modifie une fiche contact et que je clique sur « Annuler », les modifications sont quand même enregistrées. Ça m'est arrivé trois fois ce matin sur Chrome (version 132) et sur Edge.

Ticket interne chez nous : INC-20417, si besoin.

Merci de regarder ça,
Damien Perrot""",
  acct=A("7489213", "perrot.assurances", "damien.perrot@perrot-assurances.example", "monthly", "active", "2025-03-03", "99.00", "EUR"),
  t="other bug_report not", decoys=["INC-20417"],
  notes="Bug report about a Cancel ('Annuler') button in a contact form; nothing to cancel.")

# ============================================================== PORTUGUESE

M(slug="pt-br-cancelar-assinatura-simples", lang="pt",
  frm=("Fernanda Albuquerque", "fernanda.albuquerque@gmail.example"), date="2026-01-06 09:41 -0300",
  subj="Cancelamento", style="gmail",
  body="""Olá,

Gostaria de cancelar minha assinatura do CRM Runner.

Obrigada,
Fernanda""",
  acct=A("8012374", "fernanda.alb", "fernanda.albuquerque@gmail.example", "monthly", "active", "2025-07-22", "99.00", "BRL"),
  t="canc request clear",
  notes="Plain polite request from the registered address, no identifier, no reason.")

M(slug="pt-br-vcs-cancelar-gato", lang="pt",
  frm=("", "lu.mendes92@hotmail.example"), date="2026-01-07 23:48 -0300",
  subj="cancelar", style="plain7",
  body="""oi, vcs podem cancelar meu plano? n to usando mais
usuario: gato
vlw""",
  acct=A("7740295", "gato", "luana.mendes@bol.example", "monthly", "active", "2025-11-03", "99.00", "BRL"),
  user="gato", t="canc request clear", rk=["n to usando mais"], rc="unused",
  notes="SMS style ('vcs', 'n to'), username is an ordinary word; written from an address other than the registered one.")

M(slug="pt-pt-rescisao-contrato-outlook", lang="pt", region="pt",
  frm=("Rui Carvalho", "rui.carvalho@tecnisul.example"), date="2026-01-08 15:22 +0000",
  subj="Rescisão de contrato - cliente n.º 7301845", style="outlook",
  sig=("Rui Carvalho", "Diretor Comercial", "Tecnisul – Equipamentos Industriais, Lda.", "Av. da República, 120 – 1050-190 Lisboa", "NIF 512 345 678"),
  body="""Exmos. Senhores,

Venho por este meio solicitar a rescisão do contrato de subscrição do CRM Runner (plano Team, faturação anual) associado ao nosso n.º de cliente 7301845, com efeitos na próxima data de renovação.

A Tecnisul foi integrada num grupo que já utiliza o Salesforce, pelo que deixaremos de necessitar da vossa solução.

Agradeço confirmação por escrito.

Com os melhores cumprimentos,""",
  acct=A("7301845", "tecnisul", "rui.carvalho@tecnisul.example", "yearly", "active", "2025-03-01", "990.00", "EUR"),
  num="7301845", decoys=["512 345 678"], t="canc request clear",
  rk=["já utiliza o salesforce"], rc="switched_service",
  notes="European Portuguese formal 'rescisão do contrato'; customer number in subject and body; NIF is a decoy.")

M(slug="pt-br-parem-de-cobrar", lang="pt",
  frm=("Marcos Vinícius Prado", "marcosvprado@uol.example"), date="2026-01-09 20:14 -0300",
  subj="PAREM DE COBRAR", style="android",
  body="""Parem de cobrar no meu cartão!!! Já falei que não quero mais esse sistema, é a segunda vez que mando email. Final do cartão 8812.

Se cobrar de novo vou abrir reclamação no Procon.

Enviado do meu Galaxy""",
  acct=A("8235016", "marcosprado", "marcosvprado@uol.example", "monthly", "active", "2025-08-15", "249.00", "BRL"),
  decoys=["8812"], t="canc request clear",
  notes="Angry 'parem de cobrar' = stop the subscription; no word cancel; card digits are a decoy.")

M(slug="pt-br-mensal-para-anual", lang="pt",
  frm=("Tatiane Moreira", "tatiane@moreiraimoveis.example"), date="2026-01-12 10:05 -0300",
  subj="Mudar para plano anual", style="gmail",
  body="""Bom dia!

A gente chegou a pensar em cancelar por causa do preço, mas vimos que no plano anual sai bem mais em conta. Queremos mudar do mensal para o anual (plano Pro) a partir da próxima cobrança.

Como fazemos?

Tatiane Moreira
Moreira Imóveis""",
  acct=A("7925681", "moreiraimoveis", "tatiane@moreiraimoveis.example", "monthly", "active", "2025-02-10", "249.00", "BRL"),
  t="other plan_change not",
  notes="Monthly to yearly change; mentions having thought about cancelling.")

M(slug="pt-br-como-cancelar-multa", lang="pt",
  frm=("Eduardo Lins", "eduardo.lins@linsadvocacia.example"), date="2026-01-13 14:37 -0300",
  subj="Dúvida cancelamento", style="outlook",
  body="""Boa tarde,

Como faço para cancelar a assinatura? Existe multa se o cancelamento for antes de completar 12 meses?

Att.,
Eduardo Lins""",
  acct=A("8460132", "linsadv", "eduardo.lins@linsadvocacia.example", "monthly", "active", "2025-09-01", "249.00", "BRL"),
  t="other how_to not",
  notes="How-to question about cancelling and penalty; no decision stated.")

M(slug="pt-br-cancelar-pedido-licencas", lang="pt",
  frm=("Priscila Nogueira", "priscila.nogueira@agenciaprisma.example"), date="2026-01-14 11:02 -0300",
  subj="Cancelar pedido de licenças", style="gmail",
  body="""Olá,

Fiz ontem por engano o pedido nº 48213 de 5 licenças adicionais. Preciso cancelar esse pedido, era para ser só 1 licença.

A assinatura continua normal, é só esse pedido mesmo.

Obrigada!
Priscila""",
  acct=A("7158340", "agenciaprisma", "priscila.nogueira@agenciaprisma.example", "monthly", "active", "2025-05-06", "499.00", "BRL"),
  decoys=["48213"], t="other order_cancel not",
  notes="Cancels an order for extra licences placed by mistake; subscription continues.")

M(slug="pt-br-cancelar-reuniao-onboarding", lang="pt",
  frm=("Diego Farias", "diego.farias@fariaseletro.example"), date="2026-01-15 08:20 -0300",
  subj="Reunião de onboarding amanhã", style="iphone",
  body="""oi tudo bem?
vou precisar cancelar a reuniao de onboarding de amanha as 10h, surgiu uma viagem. da pra remarcar pra semana q vem?
abs
diego

Enviado do meu iPhone""",
  acct=A("8356107", "fariaseletro", "diego.farias@fariaseletro.example", "monthly", "trial", "2026-01-09", "249.00", "BRL", trial="2026-01-23"),
  t="other meeting_cancel not",
  notes="Cancels an onboarding meeting, asks to reschedule; trial customer.")

M(slug="pt-br-lgpd-eliminacao", lang="pt",
  frm=("Carolina Bastos", "carol.bastos@terra.example"), date="2026-01-16 17:45 -0300",
  subj="Solicitação LGPD - eliminação de dados", style="qp",
  body="""Prezados,

Com base no art. 18, inciso VI, da Lei nº 13.709/2018 (LGPD), solicito a eliminação de todos os meus dados pessoais tratados por vocês.

Não tenho conta no CRM Runner; recebi e-mails de vocês depois de participar de um evento em São Paulo e não autorizei esse contato.

Aguardo confirmação.

Carolina Bastos""",
  t="other data_deletion not", decoys=["13.709/2018"],
  notes="LGPD erasure request from a non-customer; the law number is not an identifier.")

M(slug="pt-br-cancelei-continua-cobrando", lang="pt",
  frm=("Roberto Siqueira", "roberto.siqueira@siqueiratransportes.example"), date="2026-04-06 09:12 -0300",
  subj="Cobrança indevida após cancelamento", style="outlook",
  body="""Bom dia,

Cancelei a assinatura em março, recebi inclusive o e-mail de confirmação, e mesmo assim vocês cobraram R$ 249,00 no dia 2 de abril.

Quero o estorno desse valor. Já abri o protocolo 2026041187 no chat e ninguém resolveu.

Roberto Siqueira""",
  acct=A("8129456", "siqueiratransp", "roberto.siqueira@siqueiratransportes.example", "monthly", "cancelled", "2024-08-02", "249.00", "BRL"),
  decoys=["2026041187"], refund=True, t="other already_cancelled not",
  notes="Charged after cancelling; wants the charge refunded ('estorno'); protocol number is a decoy.")

M(slug="pt-br-encaminha-email-anexo", lang="pt",
  frm=("Camila Rezende", "camila.rezende@rezendeagro.example"), date="2026-01-19 13:58 -0300",
  subj="Fwd: Cancelamento CRM Runner", style="gmail",
  att=dict(frm=("Ricardo Rezende", "ricardo@rezendeagro.example"), to="camila.rezende@rezendeagro.example",
           date="2026-01-19 12:31 -0300", subj="Cancelamento CRM Runner", fname="Cancelamento CRM Runner.eml",
           body="""Camila,

Pode pedir pra cancelarem o CRM Runner no fim do mês. Vamos centralizar tudo no Pipedrive junto com a matriz.

Ricardo"""),
  body="""Olá, boa tarde.

Segue em anexo o e-mail do Ricardo (sócio-diretor) pedindo o cancelamento. A conta está no nome e no e-mail dele.

Qualquer coisa me avisem.

Camila Rezende
Financeiro""",
  acct=A("7567829", "rezendeagro", "ricardo@rezendeagro.example", "monthly", "active", "2024-06-17", "499.00", "BRL"),
  account="7567829", t="canc forward_request clear",
  rk=["vamos centralizar tudo no pipedrive"], rc="switched_service",
  notes="Employee forwards the owner's request as an attached message/rfc822; account identified by the attached message's From.")

M(slug="pt-pt-nao-renovar-anual", lang="pt", region="pt",
  frm=("Inês Figueiredo", "ines.figueiredo@sapo.example"), date="2026-04-02 16:40 +0100",
  subj="Não renovação da subscrição anual", style="apple",
  body="""Boa tarde,

Informo que não pretendo renovar a subscrição anual do CRM Runner, que termina a 14 de maio. Peço que não efetuem nova cobrança.

Obrigada pela atenção.

Cumprimentos,
Inês Figueiredo""",
  acct=A("6195308", "ines.figueiredo", "ines.figueiredo@sapo.example", "yearly", "active", "2025-05-14", "190.00", "EUR"),
  t="canc request clear",
  notes="European Portuguese 'não pretendo renovar', yearly plan; no cancel word.")

M(slug="pt-br-remover-acesso-colaboradora", lang="pt",
  frm=("Paulo Henrique Cunha", "paulo.cunha@cunhacontabil.example"), date="2026-01-21 10:10 -0300",
  subj="Remover usuária do plano", style="gmail",
  body="""Oi pessoal,

Preciso remover o acesso da Juliana Reis (juliana.reis@cunhacontabil.example) do nosso plano Team, ela saiu do escritório na sexta. Se possível já diminuam a cobrança a partir deste mês.

Valeu,
Paulo Henrique""",
  acct=A("8603941", "cunhacontabil", "paulo.cunha@cunhacontabil.example", "monthly", "active", "2024-04-08", "499.00", "BRL"),
  t="canc request_seat clear", rk=["ela saiu do escritório"], rc="other",
  notes="Owner asks to remove a departed employee's seat; colleague's address is not an account identifier.")

M(slug="pt-br-resposta-email-cadastro", lang="pt",
  frm=("Simone Arruda", "simone.arruda@outlook.example"), date="2026-01-22 18:31 -0300",
  subj="RE: [CRM Runner] Precisamos de mais informações", style="outlook",
  body="""O e-mail do cadastro é simone@arrudadoces.example (é o da loja). É esse mesmo, pode cancelar.

Simone""",
  quote=OQ("De: Support CRM Runner <support@crmrunner.example>\nEnviada em: quinta-feira, 22 de janeiro de 2026 14:05\nPara: simone.arruda@outlook.example\nAssunto: [CRM Runner] Precisamos de mais informações",
           """Olá,

Recebemos seu pedido de cancelamento, mas não encontramos nenhuma conta com o endereço simone.arruda@outlook.example.

Poderia nos informar o e-mail usado no cadastro ou o número da conta?

Equipe CRM Runner"""),
  acct=A("7082516", "arrudadoces", "simone@arrudadoces.example", "monthly", "active", "2025-10-20", "99.00", "BRL"),
  email="simone@arrudadoces.example", t="canc follow_up clear",
  notes="Reply above quoted support request for info; gives registered address and restates 'pode cancelar'.")

M(slug="pt-br-resposta-automatica-ferias", lang="pt",
  frm=("Gustavo Rocha", "gustavo.rocha@rochaengenharia.example"), date="2026-01-23 07:00 -0300",
  subj="Resposta automática: Sua fatura CRM Runner", style="qp",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  body="""Olá,

Estou de férias até 09/02 com acesso restrito ao e-mail. Assuntos urgentes, favor falar com a Bianca pelo bianca@rochaengenharia.example.

Obrigado,
Gustavo Rocha""",
  acct=A("8271493", "rochaeng", "gustavo.rocha@rochaengenharia.example", "monthly", "active", "2025-03-18", "249.00", "BRL"),
  t="auto auto_reply not",
  notes="Vacation auto-reply with Auto-Submitted header.")

M(slug="pt-br-bounce-caixa-cheia", lang="pt",
  frm=("Mail Delivery Subsystem", "mailer-daemon@mx.crmrunner.example"), date="2026-01-26 10:32 -0300",
  subj="Falha na entrega da mensagem: Re: Cancelamento da assinatura", style="dsn",
  body="""Não foi possível entregar sua mensagem para o destinatário abaixo.

<andre.lopes@bol.example>: a caixa postal do destinatário está cheia.
552 5.2.2 Mailbox full

Esta é uma mensagem automática, não responda.""",
  dsn=dict(mta="mx.crmrunner.example", rcpt="andre.lopes@bol.example", status="5.2.2",
           remote="mx.bol.example", diag="552 5.2.2 <andre.lopes@bol.example>: Mailbox full",
           orig=dict(frm=("Suporte CRM Runner", "support@crmrunner.example"), to="andre.lopes@bol.example",
                     date="2026-01-26 10:31 -0300", subj="Re: Cancelamento da assinatura",
                     body="""Olá André,

Confirmamos o cancelamento da sua assinatura do CRM Runner. O acesso continua ativo até 14/02/2026.

Equipe CRM Runner

Em 25/01/2026 21:10, André Lopes escreveu:
> Quero cancelar minha assinatura, por favor. Está muito caro pra mim.""")),
  t="bounce bounce not",
  notes="Mailbox-full DSN for support's confirmation; the returned text quotes a cancellation request.")

M(slug="pt-br-nao-compensa-99", lang="pt",
  frm=("Wellington Souza", "wellington.souza@yahoo.example"), date="2026-01-27 21:03 -0300",
  subj="valor da assinatura", style="yahoo",
  body="""Boa noite,

Sinceramente não está compensando pagar 99 reais por mês, uso pouco o sistema. O que vocês podem fazer por mim? Senão vou ter que pensar no que fazer.

Wellington""",
  acct=A("7693528", "wsouza", "wellington.souza@yahoo.example", "monthly", "active", "2025-06-25", "99.00", "BRL"),
  t="other other maybe", amb=True,
  notes="Price complaint and retention ask; hints at leaving but states no decision. Other, ambiguous.")

M(slug="pt-br-pausar-3-meses", lang="pt",
  frm=("Luciana Prates", "luciana.prates@pratesfotografia.example"), date="2026-06-01 13:15 -0300",
  subj="Pausar assinatura", style="iphone",
  body="""oi! da pra pausar minha assinatura uns 3 meses? vou passar uma temporada fora do pais e n vou usar. em setembro volto e qro continuar c tudo igual

bjs
Lu

Enviado do meu iPhone""",
  acct=A("8544710", "pratesfoto", "luciana.prates@pratesfotografia.example", "monthly", "active", "2025-01-30", "99.00", "BRL"),
  t="other pause not",
  notes="Pause for three months and continue afterwards.")

M(slug="pt-br-descadastrar-marketing", lang="pt",
  frm=("Helena Castro", "helena.castro@castroarquitetura.example"), date="2026-01-29 11:47 -0300",
  subj="Descadastrar", style="gmail",
  body="""Olá,

Por favor, me descadastrem da lista de e-mails de marketing de vocês. Continuo cliente, só não quero receber as promoções e os convites de webinar.

Obrigada,
Helena""",
  acct=A("7419063", "castroarq", "helena.castro@castroarquitetura.example", "monthly", "active", "2025-04-12", "249.00", "BRL"),
  t="other newsletter_unsubscribe not",
  notes="'Descadastrar' from the marketing list; explicitly stays a customer.")

M(slug="pt-br-esqueci-senha", lang="pt",
  frm=("Adriana Lima Pereira", "adriana.lp@ig.example"), date="2026-01-30 08:55 -0300",
  subj="Não consigo acessar", style="plain8",
  body="""Bom dia, esqueci minha senha e o link de redefinição não chega no meu e-mail (já olhei no spam). Meu usuário é adrianalp. Podem me ajudar? Preciso acessar hoje ainda.

Adriana""",
  acct=A("6842057", "adrianalp", "adriana.lp@ig.example", "monthly", "active", "2025-12-01", "99.00", "BRL"),
  user="adrianalp", t="other other not",
  notes="Password reset problem; username given but nothing to cancel.")

M(slug="pt-br-se-cancelar-perde-dados", lang="pt",
  frm=("Fábio Tavares", "fabio.tavares@tavaresautopecas.example"), date="2026-02-02 16:20 -0300",
  subj="Dados após cancelamento", style="gmail",
  body="""oi uma duvida: se a gente cancelar perde os dados? da pra exportar os clientes e o historico antes? ainda tamo avaliando, n decidimos nada

fabio""",
  acct=A("7976140", "tavaresautopecas", "fabio.tavares@tavaresautopecas.example", "monthly", "active", "2025-07-07", "249.00", "BRL"),
  t="other hypothetical not",
  notes="Hypothetical 'se a gente cancelar', explicitly undecided.")

M(slug="pt-br-fechando-loja-galaxy", lang="pt",
  frm=("Rosângela Batista", "rosangela.batista@gmail.example"), date="2026-02-03 19:38 -0300",
  subj="Encerrar conta", style="android",
  body="""boa noite quero encerrar minha conta no crm runner, vamos fechar a loja no fim do mes. obg por tudo

Rosangela

Enviado do meu Galaxy""",
  acct=A("8091532", "rosangelabatista", "rosangela.batista@gmail.example", "monthly", "active", "2024-12-09", "99.00", "BRL"),
  t="canc request clear", rk=["vamos fechar a loja"], rc="business_closed",
  notes="'Encerrar minha conta' because the shop is closing; phone signature.")

M(slug="pt-br-cnpj-nota-fiscal", lang="pt",
  frm=("Financeiro Vale Verde", "financeiro@valeverdealimentos.example"), date="2026-02-04 10:06 -0300",
  subj="Solicitação de cancelamento de assinatura", style="outlook",
  sig=("Departamento Financeiro", "Vale Verde Alimentos Ltda.", "CNPJ 12.345.678/0001-90", "(11) 3555-0142"),
  body="""Prezados, bom dia.

Solicitamos o cancelamento da assinatura do CRM Runner da empresa Vale Verde Alimentos Ltda., cadastrada com o e-mail comercial@valeverdealimentos.example.

Pedimos também que não sejam emitidos novos boletos. A última cobrança recebida foi referente à NF 000.482.

Atenciosamente,""",
  acct=A("6574891", "valeverde", "comercial@valeverdealimentos.example", "monthly", "active", "2024-07-01", "499.00", "BRL"),
  email="comercial@valeverdealimentos.example", decoys=["12.345.678/0001-90", "000.482", "3555-0142"],
  t="canc request clear",
  notes="Finance department writes for the company; registered address in body differs from sender; CNPJ, invoice (NF) and phone are decoys.")

M(slug="pt-br-desconsiderem-pedido", lang="pt",
  frm=("Fernanda Albuquerque", "fernanda.albuquerque@gmail.example"), date="2026-01-07 11:12 -0300",
  subj="Re: Cancelamento", style="gmail", irt="pt-br-cancelar-assinatura-simples",
  body="""Oi, desconsiderem meu pedido de cancelamento de ontem, por favor. Conversei com meu sócio e vamos continuar com vocês.

Obrigada e desculpem o transtorno!
Fernanda""",
  quote=Q("Em ter., 6 de jan. de 2026 às 09:41, Fernanda Albuquerque <fernanda.albuquerque@gmail.example> escreveu:",
          "Olá,\n\nGostaria de cancelar minha assinatura do CRM Runner.\n\nObrigada,\nFernanda"),
  acct="8012374", t="other withdrawal not", wd=True,
  notes="Withdraws her own cancellation request of the day before; quoted text is the original request.")

M(slug="pt-br-team-para-starter", lang="pt",
  frm=("Otávio Medeiros", "otavio@medeirosconsultoria.example"), date="2026-02-06 14:44 -0300",
  subj="Downgrade de plano", style="outlook",
  body="""Boa tarde,

Queremos passar do plano Team para o Starter. A equipe diminuiu e agora somos só 2 pessoas. Cogitamos cancelar, mas o Starter atende o que precisamos.

A mudança pode valer a partir da próxima fatura?

Obrigado,
Otávio Medeiros""",
  acct=A("7245670", "medeirosconsult", "otavio@medeirosconsultoria.example", "monthly", "active", "2024-10-21", "499.00", "BRL"),
  t="other downgrade not",
  notes="Downgrade Team to Starter; mentions having considered cancelling.")
