# Batch 04 — hand-written texts (25 fr, 25 pt); many from customers already met earlier
from common import A, M, Q, OQ

# ============================================================== FRENCH

M(slug="fr-lefevre-sans-nouvelles", lang="fr",
  frm=("Bertrand Lefèvre", "b.lefevre@cabinet-lefevre.example"), date="2026-01-21 09:12 +0100",
  subj="RE: Résiliation abonnement CRM Runner - n° client 6120457", style="outlook", irt="fr-lettre-resiliation-outlook",
  sig=("Bertrand Lefèvre", "Expert-comptable associé", "Cabinet Lefèvre & Associés"),
  body="""Madame, Monsieur,

Sans nouvelles de votre part depuis mon courrier du 6 janvier reproduit ci-dessous, je vous remercie de bien vouloir me confirmer sous huitaine la résiliation de notre abonnement.

À défaut, je me verrai contraint de faire opposition aux prélèvements.

Salutations distinguées,""",
  quote=OQ("De : Bertrand Lefèvre\nEnvoyé : mardi 6 janvier 2026 10:47\nÀ : support@crmrunner.example\nObjet : Résiliation abonnement CRM Runner - n° client 6120457",
           """Madame, Monsieur,

Par la présente, je vous prie de bien vouloir procéder à la résiliation de l'abonnement CRM Runner souscrit par notre cabinet (formule Pro, facturation mensuelle), à la date d'échéance la plus proche."""),
  acct="6120457", num="6120457", t="canc follow_up clear",
  notes="Formal follow-up above his quoted letter; customer number in the Subject of the new message.")

M(slug="fr-arvel-merci-direct", lang="fr",
  frm=("Olivier Arvel", "olivier.arvel@groupe-arvel.example"), date="2026-01-20 18:40 +0100",
  subj="Re: Confirmation de résiliation – Groupe Arvel", style="apple",
  body="""Bien reçu, merci pour la rapidité.

Olivier Arvel
Envoyé de mon iPad""",
  quote=Q("Le 20 janv. 2026 à 11:05, Support CRM Runner <support@crmrunner.example> a écrit :",
          """Bonjour Monsieur Arvel,

À la demande transmise par Mme Petit, nous vous confirmons la suspension de votre abonnement annuel CRM Runner à compter de ce jour.

L'équipe CRM Runner"""),
  acct="7563108", t="other thanks not",
  notes="Short thanks after the confirmation of his forwarded request.")

M(slug="fr-vasseur-decision-prise", lang="fr",
  frm=("Claire Vasseur", "claire.vasseur@atelier-vasseur.example"), date="2026-01-27 10:30 +0100",
  subj="Re: Question sur la résiliation", style="gmail", irt="fr-procedure-resiliation",
  body="""Bonjour,

Merci pour vos explications. Nous avons pris notre décision : merci de résilier notre abonnement à la prochaine échéance. Mon associé part à la retraite et je reprends seule une activité beaucoup plus réduite.

Bien cordialement,
Claire Vasseur""",
  quote=Q("Le lun. 12 janv. 2026 à 09:40, Support CRM Runner <support@crmrunner.example> a écrit :",
          """Bonjour Madame Vasseur,

La résiliation peut être demandée à tout moment par e-mail. Pour un abonnement mensuel, un préavis de 30 jours s'applique.

L'équipe CRM Runner"""),
  acct="6388204", t="canc request clear", rk=["mon associé part à la retraite"], rc="other",
  notes="After her earlier how-to question, she now states the decision and asks to cancel.")

M(slug="fr-colin-on-arrete", lang="fr",
  frm=("Stéphane Colin", "stephane.colin@colin-menuiserie.example"), date="2026-02-09 07:48 +0100",
  subj="Re: Tarif", style="gmail", irt="fr-trop-cher-hesite",
  body="""Bonjour,

Pas de réponse à ma question sur un tarif plus bas, donc on arrête. Merci de résilier l'abonnement de Colin Menuiserie, c'est trop cher pour ce qu'on en fait.

Stéphane""",
  quote=Q("Le lun. 26 janv. 2026 à 17:52, Stéphane Colin <stephane.colin@colin-menuiserie.example> a écrit :",
          "Bonjour,\n\n49 € par mois pour l'usage qu'on en fait, c'est franchement beaucoup. [...]\n\nStéphane"),
  acct="6259731", t="canc request clear", rk=["trop cher pour ce qu'on en fait"], rc="too_expensive",
  notes="Earlier hesitation (quoted) becomes a decision: 'merci de résilier'.")

M(slug="fr-soleil-toujours-preleve", lang="fr",
  frm=("", "soleil.karine83@hotmail.example"), date="2026-03-06 20:51 +0100",
  subj="Re: stop", style="plain7", irt="fr-sms-arretez-prelevements",
  body="""toujours preleve ce mois ci alors que jai demande darreter !!! arretez tout et remboursez moi les 19e svp

karine""",
  quote=Q("Le 04/02/2026 21:07, soleil.karine83@hotmail.example a ecrit :",
          "bjr je veux plus du crm, arretez les prelevements svp\nidentifiant : soleil\nmrc"),
  acct="7831206", t="canc follow_up clear", refund=True,
  notes="SMS-style follow-up: charged again after her request; restates 'arretez tout' and asks for a refund; username only in the quote, account known from the sender.")

M(slug="fr-delattre-reste-mensuel", lang="fr",
  frm=("Marc Delattre", "marc@delattre-immo.example"), date="2026-01-14 16:05 +0100",
  subj="Re: Passage en facturation annuelle", style="outlook", irt="fr-passage-annuel",
  body="""Bonjour,

Contrordre : mon associée préfère qu'on reste en facturation mensuelle pour l'instant. Merci d'annuler ma demande de passage à l'annuel.

Marc""",
  quote=OQ("De : Marc Delattre <marc@delattre-immo.example>\nEnvoyé : lundi 12 janvier 2026 11:20\nÀ : support@crmrunner.example\nObjet : Passage en facturation annuelle",
           "Bonjour,\n\nJe vous avoue qu'on a pensé à résilier en fin d'année vu les prix, mais après réflexion on reste chez vous.\n[...]"),
  acct="6517390", t="other plan_change not",
  notes="Cancels ('annuler ma demande') a pending plan change, not the subscription; the quote mentions résilier.")

M(slug="fr-lettre-structuree-ia", lang="fr",
  frm=("Sébastien Noël", "sebastien.noel@noel-solutions.example"), date="2026-05-11 09:20 +0200",
  subj="Demande de résiliation de l'abonnement CRM Runner", style="gmail",
  body="""Objet : Demande de résiliation de l'abonnement CRM Runner

Madame, Monsieur,

**Résumé de la demande**
Je souhaite résilier l'abonnement CRM Runner (formule Pro, mensuelle) de la société Noël Solutions.

**Contexte**
Nous avons internalisé le développement d'un outil sur mesure, intégré à notre ERP, qui couvre désormais la gestion de la relation client.

**Ce que j'attends de votre part**
1. La confirmation écrite de la résiliation ;
2. La date effective de fin d'abonnement ;
3. La procédure pour exporter nos données avant cette date.

Je vous remercie par avance pour votre diligence.

Cordialement,
Sébastien Noël""",
  acct=A("6988304", "noelsolutions", "sebastien.noel@noel-solutions.example", "monthly", "active", "2025-04-14", "49.00", "EUR"),
  t="canc request clear", rk=["nous avons internalisé le développement d'un outil sur mesure"], rc="switched_service",
  notes="Chatbot-style structured letter with Markdown bold left in.")

M(slug="fr-suspendu-cloturer", lang="fr",
  frm=("Gaëlle Tessier", "gaelle.tessier@tessier-events.example"), date="2026-05-12 14:03 +0200",
  subj="Compte suspendu", style="qp",
  body="""Bonjour,

Mon compte est suspendu pour impayé depuis avril. Je ne souhaite pas régulariser : l'activité événementielle est à l'arrêt. Merci de clôturer définitivement le compte et de ne plus tenter de prélèvement.

Gaëlle Tessier""",
  acct=A("7267915", "tessierevents", "gaelle.tessier@tessier-events.example", "monthly", "suspended", "2024-06-10", "49.00", "EUR"),
  t="canc request clear", rk=["l'activité événementielle est à l'arrêt"], rc="business_closed",
  notes="Suspended account (unpaid) asks for definitive closure.")

M(slug="fr-essai-ne-pas-continuer", lang="fr",
  frm=("Florian Bailly", "florian.bailly@bailly-drone.example"), date="2026-05-13 21:10 +0200",
  subj="Fin de l'essai", style="apple",
  body="""Bonjour,

Je suis en période d'essai depuis le 5 mai. Je ne souhaite pas continuer après l'essai : il y a trop de fonctionnalités dont je n'ai pas besoin, je cherche quelque chose de plus léger.

Merci de ne rien prélever.

Florian Bailly""",
  acct=A("8145236", "baillydrone", "florian.bailly@bailly-drone.example", "monthly", "trial", "2026-05-05", "19.00", "EUR", trial="2026-05-19"),
  t="canc request clear", rk=["trop de fonctionnalités dont je n'ai pas besoin"], rc="too_complex",
  notes="Trial user does not want to continue after the trial; no cancel word.")

M(slug="fr-numero-client-errone", lang="fr",
  frm=("Pascal Bonnet", "pascal.bonnet@bonnet-carrelage.example"), date="2026-05-14 08:42 +0200",
  subj="Résiliation", style="outlook",
  body="""Bonjour,

Je souhaite résilier mon abonnement.
N° client : 7045512
Identifiant : pbonnet

Cordialement,
Pascal Bonnet
Bonnet Carrelage""",
  acct=A("6603847", "pbonnet", "pascal.bonnet@bonnet-carrelage.example", "monthly", "active", "2025-08-04", "19.00", "EUR"),
  num="7045512", user="pbonnet", mismatch_ok=True, t="canc request clear",
  notes="Customer number written (7045512) belongs to another account; username and sender match 6603847, which is the account the mail is about (identity mismatch case).")

M(slug="fr-rachat-societe-hypothese", lang="fr",
  frm=("Corinne Lemaire", "corinne.lemaire@lemaire-sa.example"), date="2026-05-15 11:56 +0200",
  subj="Rachat de la société", style="outlook",
  body="""Bonjour,

Notre société est en cours de rachat. Si le repreneur ne souhaite pas conserver CRM Runner, pourrons-nous résilier en cours de période annuelle, et dans quelles conditions ? Rien n'est décidé pour l'instant.

Corinne Lemaire
Direction administrative""",
  acct=A("7599103", "lemaire.sa", "corinne.lemaire@lemaire-sa.example", "yearly", "active", "2025-10-20", "990.00", "EUR"),
  t="other hypothetical not",
  notes="Hypothetical cancellation after an acquisition; nothing decided.")

M(slug="fr-desabonner-appli-mobile", lang="fr",
  frm=("Inès Bouaziz", "ines.bouaziz@gmail.example"), date="2026-05-18 13:14 +0200",
  subj="Se désabonner depuis l'appli", style="android",
  body="""bonjour, cmt on se desabonne depuis lappli ? sur lordi je vois ou cest mais je lai pas sous la main et sur le tel je trouve pas

Envoyé depuis mon smartphone Samsung Galaxy""",
  acct=A("6271590", "ibouaziz", "ines.bouaziz@gmail.example", "monthly", "active", "2025-12-08", "19.00", "EUR"),
  t="other how_to maybe", amb=True,
  notes="How-to about unsubscribing in the mobile app; intent to cancel likely but not stated. Other, ambiguous.")

M(slug="fr-stop-newsletter-reponse", lang="fr",
  frm=("Gérard Blanc", "gerard.blanc@blanc-motoculture.example"), date="2026-05-19 07:31 +0200",
  subj="Re: Les nouveautés CRM Runner de mai", style="qp",
  body="""STOP""",
  quote=Q("Le 19/05/2026 06:00, CRM Runner <news@crmrunner.example> a écrit :",
          """Découvrez les nouveautés de mai : relances automatiques par SMS, nouveau tableau de bord, et bien plus.

Vous recevez ce message car vous êtes client CRM Runner. Se désinscrire des actualités"""),
  acct=A("8250761", "blancmotoculture", "gerard.blanc@blanc-motoculture.example", "monthly", "active", "2024-04-29", "49.00", "EUR"),
  t="other newsletter_unsubscribe maybe", amb=True,
  notes="'STOP' replied to a product newsletter; most likely unsubscribe from the news, possibly the service. Other, ambiguous.")

M(slug="fr-integrateur-revendeur", lang="fr",
  frm=("Antoine Garnier", "a.garnier@digitalis-integration.example"), date="2026-05-20 10:05 +0200",
  subj="Partenariat revendeur", style="outlook",
  sig=("Antoine Garnier", "Directeur commercial", "Digitalis Intégration", "www.digitalis-integration.example"),
  body="""Bonjour,

Nous sommes intégrateurs de solutions de gestion pour les PME de la région Auvergne-Rhône-Alpes et souhaiterions devenir revendeurs de CRM Runner.

Pourriez-vous nous mettre en relation avec votre responsable partenariats ?

Cordialement,""",
  t="other sales not",
  notes="Reseller partnership inquiry.")

M(slug="fr-page-resilier-erreur-500", lang="fr",
  frm=("Rémi Fleury", "remi.fleury@fleury-paysage.example"), date="2026-05-21 17:26 +0200",
  subj="Erreur 500 sur la page Résilier", style="gmail",
  body="""Bonjour,

En voulant vérifier ma date d'échéance, je suis tombé sur la page « Résilier mon abonnement » qui affiche une erreur 500 (Firefox, Windows 11). Je ne veux pas résilier, hein, c'est juste pour vous signaler le problème.

Rémi""",
  acct=A("7048192", "fleurypaysage", "remi.fleury@fleury-paysage.example", "monthly", "active", "2025-03-10", "49.00", "EUR"),
  t="other bug_report not",
  notes="Bug report about the cancellation page; explicitly does not want to cancel.")

M(slug="fr-be-tva-autoliquidation", lang="fr",
  frm=("Comptabilité Delvaux", "compta@delvaux-consulting.example"), date="2026-05-22 09:41 +0200",
  subj="Remboursement TVA facture INV-2026-0412", style="outlook",
  body="""Bonjour,

Vous nous avez facturé la TVA française alors que nous sommes une entreprise belge assujettie (autoliquidation, TVA intracommunautaire BE 0458.112.903).

Merci de nous rembourser la TVA de la facture INV-2026-0412 et de corriger nos données de facturation.

Bien à vous,
Service comptable – Delvaux Consulting""",
  acct=A("6339518", "delvauxconsulting", "v.delvaux@delvaux-consulting.example", "monthly", "active", "2025-05-05", "99.00", "EUR"),
  decoys=["INV-2026-0412", "0458.112.903"], refund=True, t="other refund_only not",
  notes="VAT refund on one invoice; not about ending the subscription. Sender is not the registered address.")

M(slug="fr-accuse-reception-compta", lang="fr",
  frm=("Service Comptabilité Fournier", "comptabilite@fournier-bois.example"), date="2026-05-25 08:00 +0200",
  subj="Accusé de réception : Votre facture CRM Runner n° INV-2026-0518", style="html-only",
  hdr=[("Auto-Submitted", "auto-replied")],
  body="""Bonjour,

Nous accusons réception de votre message. Votre facture sera traitée dans les meilleurs délais par notre service comptabilité.

Ceci est un message automatique, merci de ne pas y répondre.

Fournier Bois & Matériaux""",
  acct=A("7814925", "fournierbois", "comptabilite@fournier-bois.example", "monthly", "active", "2024-02-26", "99.00", "EUR"),
  decoys=["INV-2026-0518"], t="auto auto_reply not",
  notes="Automatic acknowledgement from a customer's accounts department (HTML only, Auto-Submitted).")

M(slug="fr-qc-absent-bilingue", lang="fr",
  frm=("Mathieu Bélanger", "mbelanger@belanger-excavation.example"), date="2026-05-26 06:15 -0400",
  subj="Absent / Out of office", style="plain8",
  body="""Bonjour,

Je suis présentement absent du bureau et de retour le 8 juin. Pour une urgence, communiquez avec Josée au 418 555-0134.

Hello,

I am currently out of the office and will be back on June 8. For urgent matters please contact Josée at 418 555-0134.

Mathieu Bélanger""",
  acct=A("6497032", "belangerexcavation", "mbelanger@belanger-excavation.example", "monthly", "active", "2025-04-06", "129.00", "CAD"),
  decoys=["418 555-0134"], t="auto auto_reply not",
  notes="Québec bilingual out-of-office without auto-reply headers.")

M(slug="fr-be-bounce-spam", lang="fr",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx2.crmrunner.example"), date="2026-05-27 12:08 +0200",
  subj="Undelivered Mail Returned to Sender", style="dsn",
  body="""This is the mail system at host mx2.crmrunner.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

                   The mail system

<info@maes-bakkerij.example>: host mail.maes-bakkerij.example[203.0.113.9] said:
    550 5.7.1 Message rejected as spam by Content Filtering (in reply to end of
    DATA command)""",
  dsn=dict(mta="mx2.crmrunner.example", rcpt="info@maes-bakkerij.example", status="5.7.1",
           remote="mail.maes-bakkerij.example", diag="550 5.7.1 Message rejected as spam by Content Filtering",
           headers_only=True,
           orig=dict(frm=("Support CRM Runner", "support@crmrunner.example"), to="info@maes-bakkerij.example",
                     date="2026-05-27 12:07 +0200", subj="Confirmation de résiliation",
                     body="Bonjour,\n\nVotre résiliation est confirmée.\n")),
  t="bounce bounce not",
  notes="Spam-rejection DSN with only the headers of support's confirmation.")

M(slug="fr-mettre-en-veille", lang="fr",
  frm=("Olivier Charpentier", "olivier.charpentier@charpentier-bois.example"), date="2026-05-28 18:32 +0200",
  subj="Compte en veille", style="gmail",
  body="""Bonjour,

Mettez le compte en veille svp on l utilise plus pour le moment.

O. Charpentier""",
  acct=A("8362087", "charpentierbois", "olivier.charpentier@charpentier-bois.example", "monthly", "active", "2024-11-04", "49.00", "EUR"),
  t="other pause maybe", amb=True,
  notes="'Mettre en veille' could mean pause or stop; labelled pause (other), ambiguous.")

M(slug="fr-chevalier-ne-renouvellerons-pas", lang="fr",
  frm=("Vincent Chevalier", "v.chevalier@chevalier-avocats.example"), date="2026-06-02 10:11 +0200",
  subj="RE: Votre abonnement annuel sera renouvelé le 30 juin", style="outlook",
  body="""Bonjour,

Nous ne renouvellerons pas. Merci de ne procéder à aucun prélèvement au 30 juin.

Vincent Chevalier""",
  quote=OQ("De : CRM Runner <billing@crmrunner.example>\nEnvoyé : lundi 1 juin 2026 08:00\nÀ : v.chevalier@chevalier-avocats.example\nObjet : Votre abonnement annuel sera renouvelé le 30 juin",
           """Bonjour,

Votre abonnement annuel CRM Runner (formule Pro) sera automatiquement renouvelé le 30 juin 2026 pour un montant de 490,00 €.

Pour toute question, répondez simplement à ce message."""),
  acct="6650982", t="canc request clear",
  notes="Reply to a renewal reminder: 'Nous ne renouvellerons pas'; no cancel word.")

M(slug="fr-be-bon-de-commande-telephonie", lang="fr",
  frm=("Julie Wouters", "julie.wouters@wouters-immo.example"), date="2026-06-03 14:45 +0200",
  subj="Annulation bon de commande BC-2026-117", style="outlook",
  body="""Bonjour,

Merci d'annuler notre bon de commande BC-2026-117 pour le module téléphonie. Notre standard ne le supporte pas finalement.

Le reste de l'abonnement ne change pas.

Bien à vous,
Julie Wouters""",
  acct=A("7128460", "woutersimmo", "julie.wouters@wouters-immo.example", "monthly", "active", "2025-02-02", "99.00", "EUR"),
  decoys=["BC-2026-117"], t="other order_cancel not",
  notes="Belgian customer cancels a purchase order for an add-on.")

M(slug="fr-kevin-tu-peux-resilier", lang="fr",
  frm=("Kevin", "kevin.leblanc@icloud.example"), date="2026-06-04 22:37 +0200",
  subj="resiliation", style="iphone-plain", irt=False,
  body="""Yo c'est Kevin (identifiant kleblanc), j'avais demandé pour le préavis. Tu peux me résilier stp ? merci

Envoyé de mon iPhone""",
  acct="7293650", user="kleblanc", t="canc request clear",
  notes="Informal tutoiement, earlier asked about notice; now asks to be cancelled.")

M(slug="fr-proprio-supprimer-siege-autre-adresse", lang="fr",
  frm=("Caroline Henry", "caroline.henry73@gmail.example"), date="2026-06-05 12:58 +0200",
  subj="Supprimer un siège", style="gmail",
  body="""Bonjour,

Je suis la gérante du compte contact@henry-sports.example (je vous écris de mon adresse perso, je n'ai pas accès à la boîte du magasin ce week-end).

Merci de retirer le siège de Bastien de notre abonnement, il ne travaille plus chez nous depuis le 1er juin.

Caroline Henry
Henry Sports, Chambéry""",
  acct=A("6157834", "henrysports", "contact@henry-sports.example", "monthly", "active", "2024-09-23", "99.00", "EUR"),
  email="contact@henry-sports.example", t="canc request_seat clear", rk=["il ne travaille plus chez nous"], rc="other",
  notes="Seat removal by the manager from a personal address; registered address written in the body.")

M(slug="fr-effacer-donnees-apres-resiliation", lang="fr",
  frm=("Bernadette Huet", "bernadette.huet@neuf.example"), date="2026-03-10 15:22 +0100",
  subj="Effacement de mes données", style="gmail",
  body="""Bonjour,

Suite à ma résiliation effective au 28 février, je vous demande d'effacer toutes mes données personnelles et celles de mes contacts de vos serveurs, conformément au RGPD.

Merci de me confirmer quand ce sera fait.

Bernadette Huet""",
  acct="6327450", t="other data_deletion not",
  notes="GDPR erasure after a completed cancellation.")

# ============================================================== PORTUGUESE

M(slug="pt-br-gato-cancelaram", lang="pt",
  frm=("", "lu.mendes92@hotmail.example"), date="2026-02-10 21:14 -0300",
  subj="Re: cancelar", style="plain7", irt="pt-br-vcs-cancelar-gato",
  body="""e ai, cancelaram meu plano? ainda to sendo cobrada. cancela logo pf
usuario gato""",
  quote=Q("Em 07/01/2026 23:48, lu.mendes92@hotmail.example escreveu:",
          "oi, vcs podem cancelar meu plano? n to usando mais\nusuario: gato\nvlw"),
  acct="7740295", user="gato", t="canc follow_up clear",
  notes="Sloppy follow-up: asks whether it was done and restates 'cancela logo'; username repeated in the new text; sender not the registered address.")

M(slug="pt-br-fernanda-agora-sim", lang="pt",
  frm=("Fernanda Albuquerque", "fernanda.albuquerque@gmail.example"), date="2026-05-11 10:03 -0300",
  subj="Cancelamento (agora é definitivo)", style="gmail",
  body="""Olá,

Em janeiro pedi o cancelamento e depois desisti. Agora sim: podem cancelar minha assinatura. Meu sócio saiu da sociedade e vou fechar o escritório no fim do mês.

Obrigada por tudo,
Fernanda""",
  acct="8012374", t="canc request clear", rk=["vou fechar o escritório"], rc="business_closed",
  notes="Same customer who withdrew in January; now a definite request.")

M(slug="pt-br-wsouza-ninguem-respondeu", lang="pt",
  frm=("Wellington Souza", "wellington.souza@yahoo.example"), date="2026-02-16 20:44 -0300",
  subj="Re: valor da assinatura", style="yahoo", irt="pt-br-nao-compensa-99",
  body="""Boa noite,

Como ninguém respondeu minha mensagem, decidi cancelar. Por favor cancelem a assinatura.

Wellington""",
  quote=Q("Em terça-feira, 27 de janeiro de 2026 21:03:10 BRT, Wellington Souza <wellington.souza@yahoo.example> escreveu:",
          "Boa noite,\n\nSinceramente não está compensando pagar 99 reais por mês, uso pouco o sistema. O que vocês podem fazer por mim?"),
  acct="7693528", t="canc request clear", rk=["ninguém respondeu"], rc="customer_service",
  notes="The earlier price complaint (quoted) turns into a request because support did not answer.")

M(slug="pt-br-moura-caiu-de-novo", lang="pt",
  frm=("Patrícia Moura", "patricia.moura@mouraclinica.example"), date="2026-03-30 11:22 -0300",
  subj="Re: Sistema fora do ar DE NOVO", style="gmail", irt="pt-br-se-continuar-caindo",
  body="""Caiu de novo hoje de manhã. Chega, cancelem a assinatura da Clínica Moura.

Patrícia""",
  quote=Q("Em qua., 18 de mar. de 2026 às 16:48, Patrícia Moura <patricia.moura@mouraclinica.example> escreveu:",
          "Boa tarde,\n\nÉ a terceira vez este mês que o sistema fica fora do ar no meio do expediente. Não vou continuar pagando por isso se continuar caindo assim."),
  acct="6207358", t="canc request clear", rk=["caiu de novo"], rc="low_quality",
  notes="After the earlier conditional threat (quoted), now an explicit request.")

M(slug="pt-br-tavares-exportei", lang="pt",
  frm=("Fábio Tavares", "fabio.tavares@tavaresautopecas.example"), date="2026-05-12 15:40 -0300",
  subj="Re: Dados após cancelamento", style="gmail", irt="pt-br-se-cancelar-perde-dados",
  body="""Oi, exportei tudo seguindo as instruções de vocês. Agora pode cancelar nossa conta.

Valeu!
Fábio""",
  quote=Q("Em seg., 2 de fev. de 2026 às 17:05, Suporte CRM Runner <support@crmrunner.example> escreveu:",
          """Olá Fábio,

Você pode exportar clientes e histórico em Configurações > Exportar, a qualquer momento, inclusive antes de um eventual cancelamento.

Equipe CRM Runner"""),
  acct="7976140", t="canc request clear",
  notes="After the hypothetical question, the customer now asks to cancel.")

M(slug="pt-br-prates-obrigada-pausa", lang="pt",
  frm=("Luciana Prates", "luciana.prates@pratesfotografia.example"), date="2026-06-03 09:15 -0300",
  subj="Re: Pausar assinatura", style="iphone",
  body="""Perfeito, muito obrigada! Nos vemos em setembro 😊

Luciana

Enviado do meu iPhone""",
  quote=Q("Em 2 de jun. de 2026, à(s) 18:02, Suporte CRM Runner <support@crmrunner.example> escreveu:",
          """Olá Luciana,

Pausamos sua assinatura de 1º de junho a 31 de agosto. Nenhuma cobrança será feita nesse período.

Equipe CRM Runner"""),
  acct="8544710", t="other thanks not",
  notes="Thanks after a pause was granted.")

M(slug="pt-br-carta-estruturada-ia", lang="pt",
  frm=("Leonardo Farias", "leonardo.farias@fariasconsultoria.example"), date="2026-05-14 10:48 -0300",
  subj="Solicitação de Cancelamento de Assinatura", style="gmail",
  body="""Prezada equipe do CRM Runner,

**Assunto:** Solicitação de cancelamento de assinatura

**Resumo:** Solicito o cancelamento da assinatura do plano Pro da Farias Consultoria.

**Detalhes:**
- Plano: Pro (mensal)
- Motivo: as funcionalidades de automação de e-mail não atendem às nossas necessidades
- Data desejada: próximo vencimento

**O que espero:**
1. Confirmação do cancelamento por escrito;
2. Garantia de que não haverá novas cobranças.

Agradeço desde já.

Atenciosamente,
Leonardo Farias""",
  acct=A("6217460", "fariasconsultoria", "leonardo.farias@fariasconsultoria.example", "monthly", "active", "2025-06-11", "249.00", "BRL"),
  t="canc request clear", rk=["as funcionalidades de automação de e-mail não atendem"], rc="missing_features",
  notes="Chatbot-style structured request with Markdown bold.")

M(slug="pt-br-suspensa-encerrar-de-vez", lang="pt",
  frm=("Edson Batista", "edson.batista@batistaserralheria.example"), date="2026-05-15 08:30 -0300",
  subj="conta suspensa", style="qp",
  body="""Bom dia,

Minha conta foi suspensa por falta de pagamento. Não quero regularizar, quero encerrar de vez. A serralheria tá sem movimento e não tenho como pagar.

Edson""",
  acct=A("8709413", "batistaserralheria", "edson.batista@batistaserralheria.example", "monthly", "suspended", "2025-01-22", "99.00", "BRL"),
  t="canc request clear", rk=["não tenho como pagar"], rc="too_expensive",
  notes="Suspended account asks to close for good.")

M(slug="pt-br-teste-gratis-nao-cobrem", lang="pt",
  frm=("Tamires Oliveira", "tamires.oliveira@gmail.example"), date="2026-05-18 19:05 -0300",
  subj="Teste grátis", style="android",
  body="""oi to no teste gratis e nao quero continuar, por favor nao cobrem nada no meu cartao qdo acabar o teste. achei mto complexo pra minha lojinha

Enviado do meu Galaxy""",
  acct=A("6384120", "tamireso", "tamires.oliveira@gmail.example", "monthly", "trial", "2026-05-10", "99.00", "BRL", trial="2026-05-24"),
  t="canc request clear", rk=["mto complexo"], rc="too_complex",
  notes="Trial user does not want to continue; 'não cobrem nada'.")

M(slug="pt-br-usuario-conta-divergentes", lang="pt",
  frm=("Nelson Tecnoval", "nelson@tecnoval.example"), date="2026-05-19 13:30 -0300",
  subj="Cancelamento", style="outlook",
  body="""Boa tarde,

Solicito o cancelamento da assinatura.
Usuário: tecnoval
Conta: 8129456

Nelson
Tecnoval Automação""",
  acct=A("7481305", "tecnoval", "nelson@tecnoval.example", "monthly", "active", "2024-10-14", "499.00", "BRL"),
  num="8129456", user="tecnoval", mismatch_ok=True, t="canc request clear",
  notes="Account number written belongs to another account (8129456); username and sender point to 7481305 (identity mismatch case).")

M(slug="pt-pt-fusao-hipotese", lang="pt", region="pt",
  frm=("Helena Marques", "helena.marques@marques-distribuicao.example"), date="2026-05-20 16:10 +0100",
  subj="Questão contratual", style="outlook",
  body="""Boa tarde,

Estamos em processo de fusão com outra empresa. Se a nova administração decidir não continuar com o CRM Runner, é possível rescindir o contrato anual antes do fim? Há penalização?

Ainda não há decisão nenhuma, é apenas para prepararmos a reunião.

Com os melhores cumprimentos,
Helena Marques""",
  acct=A("6748051", "marquesdist", "helena.marques@marques-distribuicao.example", "yearly", "active", "2025-07-01", "490.00", "EUR"),
  t="other hypothetical not",
  notes="Hypothetical 'se ... decidir não continuar'; no decision.")

M(slug="pt-br-amiga-como-cancelar", lang="pt",
  frm=("Gisele Ramos", "gisele.ramos@gmail.example"), date="2026-05-21 12:12 -0300",
  subj="dúvida", style="gmail",
  body="""Oi! Uma amiga minha usa o CRM Runner e quer saber como cancelar o plano dela, ela não é muito de computador. É pelo site ou tem que mandar e-mail? Vou ajudar ela.

Gisele""",
  acct=A("7275438", "gisele.ramos", "gisele.ramos@gmail.example", "monthly", "active", "2025-09-29", "99.00", "BRL"),
  t="other how_to not",
  notes="Asks how a friend can cancel; the sender's own account is not concerned.")

M(slug="pt-br-sair-newsletter-resposta", lang="pt",
  frm=("Joel Cardoso", "joel.cardoso@cardosoferragens.example"), date="2026-05-22 07:44 -0300",
  subj="RES: Novidades do CRM Runner – maio", style="outlook",
  body="""SAIR""",
  quote=OQ("De: CRM Runner <news@crmrunner.example>\nEnviada em: sexta-feira, 22 de maio de 2026 06:00\nPara: joel.cardoso@cardosoferragens.example\nAssunto: Novidades do CRM Runner – maio",
           """Confira as novidades do mês: lembretes por WhatsApp, novo painel de vendas e muito mais.

Você recebe este e-mail por ser cliente CRM Runner. Descadastrar"""),
  acct=A("8452719", "cardosoferragens", "joel.cardoso@cardosoferragens.example", "monthly", "active", "2025-03-16", "249.00", "BRL"),
  t="other newsletter_unsubscribe maybe", amb=True,
  notes="'SAIR' replied to a newsletter; probably unsubscribe, possibly leave the service. Other, ambiguous.")

M(slug="pt-br-agencia-revenda", lang="pt",
  frm=("Pedro Magalhães", "pedro@magalhaesdigital.example"), date="2026-05-25 15:20 -0300",
  subj="Parceria de revenda", style="gmail",
  body="""Olá, tudo bem?

Somos uma agência de marketing em Curitiba e muitos clientes nossos pedem indicação de CRM. Vocês têm programa de parceria ou revenda, com comissão ou desconto?

Abraço,
Pedro Magalhães""",
  t="other sales not",
  notes="Partnership inquiry.")

M(slug="pt-br-pagina-cancelamento-erro", lang="pt",
  frm=("Caio Mendonça", "caio.mendonca@mendoncatech.example"), date="2026-05-26 10:02 -0300",
  subj="Erro na página de cancelamento", style="gmail",
  body="""Bom dia,

Conferindo a fatura, cliquei sem querer em "Cancelar assinatura" e a página deu erro 500. Não quero cancelar, tá? Só estou avisando do bug.

Caio""",
  acct=A("6925804", "mendoncatech", "caio.mendonca@mendoncatech.example", "monthly", "active", "2025-05-26", "249.00", "BRL"),
  t="other bug_report not",
  notes="Bug report about the cancellation page; explicitly does not want to cancel.")

M(slug="pt-br-iof-reembolso", lang="pt",
  frm=("Renata Cunha", "renata.cunha@cunhaimportados.example"), date="2026-05-27 14:34 -0300",
  subj="Cobrança de IOF", style="outlook",
  body="""Boa tarde,

Na fatura do cartão a cobrança de vocês veio com IOF de compra internacional (R$ 16,19), como se fosse em dólar. Vocês cobram em reais, certo? Quero o reembolso desse valor ou um ajuste na próxima fatura.

Renata Cunha""",
  acct=A("7530196", "cunhaimportados", "renata.cunha@cunhaimportados.example", "monthly", "active", "2024-12-02", "249.00", "BRL"),
  refund=True, t="other refund_only not",
  notes="Refund of a foreign-transaction tax; not a cancellation.")

M(slug="pt-br-recebemos-seu-email-auto", lang="pt",
  frm=("SAC Alves Calçados", "sac@alvescalcados.example"), date="2026-05-28 09:00 -0300",
  subj="Recebemos seu e-mail [Ticket #20931]", style="qp",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  body="""Olá!

Recebemos seu e-mail e em breve um de nossos atendentes vai responder. Nosso horário é de segunda a sexta, das 8h às 18h.

SAC Alves Calçados""",
  acct=A("8803417", "alvescalcados", "sac@alvescalcados.example", "monthly", "active", "2025-02-10", "249.00", "BRL"),
  decoys=["20931"], t="auto auto_reply not",
  notes="Helpdesk acknowledgement with Auto-Submitted; ticket number is a decoy.")

M(slug="pt-pt-ferias-sem-cabecalho", lang="pt", region="pt",
  frm=("Ana Rita Vaz", "anarita.vaz@vaz-arquitetos.example"), date="2026-07-20 10:00 +0100",
  subj="Re: A sua subscrição CRM Runner", style="apple",
  body="""Olá,

Encontro-me de férias até 7 de agosto, com acesso limitado ao e-mail. Responderei assim que possível.

Obrigada,
Ana Rita Vaz""",
  acct=A("6059381", "vazarquitetos", "anarita.vaz@vaz-arquitetos.example", "monthly", "active", "2025-08-01", "49.00", "EUR"),
  t="auto auto_reply not",
  notes="Portuguese vacation reply without auto-reply headers.")

M(slug="pt-br-bounce-bol-cabecalhos", lang="pt",
  frm=("MAILER-DAEMON", "MAILER-DAEMON@mx.crmrunner.example"), date="2026-05-29 18:22 -0300",
  subj="Mensagem não entregue: Re: cancelar minha assinatura", style="dsn",
  body="""A mensagem para o destinatário abaixo não pôde ser entregue:

jessica.moraes@bol.example
Motivo: 550 5.1.1 Usuário inexistente (user unknown)""",
  dsn=dict(mta="mx.crmrunner.example", rcpt="jessica.moraes@bol.example", status="5.1.1", remote="mx.bol.example",
           diag="550 5.1.1 User unknown", headers_only=True,
           orig=dict(frm=("Suporte CRM Runner", "support@crmrunner.example"), to="jessica.moraes@bol.example",
                     date="2026-05-29 18:21 -0300", subj="Re: cancelar minha assinatura", body="Olá Jéssica,\n\nConfirmado.\n")),
  t="bounce bounce not",
  notes="Portuguese DSN with headers only of support's reply to a cancellation thread.")

M(slug="pt-br-congela-ai", lang="pt",
  frm=("Rafa", "rafael.duarte.arte@gmail.example"), date="2026-06-01 23:19 -0300",
  subj="conta", style="plain8",
  body="""congela minha conta ai, n to usando por enquanto""",
  acct=A("7160284", "rafaduarte", "rafael.duarte.arte@gmail.example", "monthly", "active", "2025-11-17", "99.00", "BRL"),
  t="other pause maybe", amb=True,
  notes="'Congela minha conta' = pause or stop; labelled pause (other), ambiguous.")

M(slug="pt-br-barros-nao-renovaremos", lang="pt",
  frm=("Lucas Barros", "lucas.barros@barroscorretagem.example"), date="2026-10-05 09:30 -0300",
  subj="RE: Sua assinatura anual será renovada em 03/11", style="outlook",
  body="""Bom dia,

Não renovaremos. A diretoria decidiu migrar para o Pipedrive. Favor não efetuar a cobrança de renovação.

Lucas Barros""",
  quote=OQ("De: CRM Runner <billing@crmrunner.example>\nEnviada em: segunda-feira, 5 de outubro de 2026 08:00\nPara: lucas.barros@barroscorretagem.example\nAssunto: Sua assinatura anual será renovada em 03/11",
           """Olá,

Sua assinatura anual do CRM Runner (plano Team) será renovada automaticamente em 03/11/2026 no valor de R$ 990,00.

Equipe CRM Runner"""),
  acct="6235874", t="canc request clear", rk=["decidiu migrar para o pipedrive"], rc="switched_service",
  notes="Reply to renewal reminder: 'Não renovaremos'; same customer asked a hypothetical in April.")

M(slug="pt-br-boleto-duplicado-cancelar", lang="pt",
  frm=("Financeiro Silveira", "financeiro@silveiraagro.example"), date="2026-06-02 11:05 -0300",
  subj="Boleto em duplicidade", style="outlook",
  body="""Bom dia,

Recebemos dois boletos para o mesmo mês. Favor cancelar o boleto duplicado, linha digitável 23793.38128 60000.000003 00000.000407 1 84340000024900. O outro já foi pago.

Atenciosamente,
Financeiro – Silveira Agro""",
  acct=A("6460829", "silveiraagro", "financeiro@silveiraagro.example", "monthly", "active", "2024-08-26", "249.00", "BRL"),
  decoys=["23793.38128"], t="other other not",
  notes="Asks to cancel a duplicate bank slip (boleto), not the subscription.")

M(slug="pt-br-gaucho-tu-cancelar", lang="pt",
  frm=("Guilherme Schmidt", "gui.schmidt@schmidtchurrascaria.example"), date="2026-06-03 20:07 -0300",
  subj="cancelamento", style="plain8",
  body="""Bah, tu pode cancelar a minha assinatura? Não tô mais usando o sistema faz tempo, tchê.

Valeu
Gui""",
  acct=A("8530647", "schmidtchurrasco", "gui.schmidt@schmidtchurrascaria.example", "monthly", "active", "2025-04-21", "99.00", "BRL"),
  t="canc request clear", rk=["não tô mais usando o sistema"], rc="unused",
  notes="Southern Brazilian 'tu' and slang.")

M(slug="pt-br-dono-remover-pedro", lang="pt",
  frm=("Augusto Lira", "augusto.lira.pessoal@gmail.example"), date="2026-06-04 08:50 -0300",
  subj="Remover usuário", style="gmail",
  body="""Bom dia,

Sou o dono da conta contato@liraengenharia.example (estou escrevendo do meu e-mail pessoal). Por favor removam o usuário do Pedro Nunes da nossa assinatura, ele pediu demissão.

Augusto Lira""",
  acct=A("7012683", "liraengenharia", "contato@liraengenharia.example", "monthly", "active", "2024-07-15", "499.00", "BRL"),
  email="contato@liraengenharia.example", t="canc request_seat clear", rk=["ele pediu demissão"], rc="other",
  notes="Seat removal by the owner from a personal address; registered address given in the body.")

M(slug="pt-br-apagar-dados-apos-cancelamento", lang="pt",
  frm=("Carlos Eduardo Nunes", "cadu.nunes@nunesimoveis.example"), date="2026-04-15 10:20 -0300",
  subj="Exclusão de dados", style="gmail",
  body="""Olá,

Minha assinatura já foi cancelada em março. Agora quero que apaguem todos os meus dados e dos meus clientes do sistema, conforme a LGPD.

Obrigado,
Cadu""",
  acct="7966201", t="other data_deletion not",
  notes="LGPD deletion after a completed cancellation.")
