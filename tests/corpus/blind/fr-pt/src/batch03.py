# Batch 03 — hand-written texts (25 fr, 25 pt)
from common import A, M, Q, OQ

# ============================================================== FRENCH

M(slug="fr-tresoriere-association-longue", lang="fr",
  frm=("Monique Perrin", "monique.perrin@laposte.example"), date="2026-04-01 22:14 +0200",
  subj="Abonnement de l'association Les Amis du Vieux Lavoir", style="flowed",
  body="""Bonjour,

Je suis trésorière bénévole de l'association Les Amis du Vieux Lavoir (patrimoine et randonnées, une soixantaine d'adhérents). C'est notre ancien président, M. Gérard, qui avait souscrit à votre logiciel il y a deux ans pour gérer les adhésions et les relances de cotisations. Il a malheureusement quitté le bureau en décembre et personne parmi nous ne sait vraiment s'en servir, je vous avoue que j'ai moi-même un peu de mal avec l'informatique.

Lors de l'assemblée générale du 28 mars, le bureau a décidé de revenir à un simple tableur pour les adhésions, c'est largement suffisant pour notre taille.

Je vous demande donc de ne pas renouveler l'abonnement annuel, qui arrive à échéance le 15 mai si je ne me trompe pas. L'adresse avec laquelle M. Gérard avait créé le compte est amis.vieuxlavoir@laposte.example (c'est la boîte de l'association, je la consulte rarement, c'est pourquoi je vous écris de la mienne).

En vous remerciant par avance, et avec toutes mes excuses si je ne m'adresse pas au bon service.

Bien cordialement,
Monique Perrin
Trésorière""",
  acct=A("6293058", "vieuxlavoir", "amis.vieuxlavoir@laposte.example", "yearly", "active", "2024-05-15", "190.00", "EUR"),
  email="amis.vieuxlavoir@laposte.example", t="canc request clear",
  rk=["revenir à un simple tableur"], rc="switched_service",
  notes="Long rambling letter (Thunderbird, format=flowed); 'ne pas renouveler l'abonnement annuel'; registered address written in the body, sent from the treasurer's own address.")

M(slug="fr-latin9-budget-euro", lang="fr",
  frm=("Jean-Luc Moreau", "jl.moreau@moreau-plomberie.example"), date="2026-04-02 08:26 +0200",
  subj="Résiliation", style="latin9",
  body="""Bonjour,

Je vous informe de ma décision de résilier mon abonnement CRM Runner (formule Team).

99 € par mois, c'est au-dessus de notre budget depuis que nous avons perdu notre principal client.

Merci de me confirmer la date de fin.

Jean-Luc Moreau
Moreau Plomberie""",
  acct=A("7086235", "moreau.plomberie", "jl.moreau@moreau-plomberie.example", "monthly", "active", "2024-02-19", "99.00", "EUR"),
  t="canc request clear", rk=["au-dessus de notre budget"], rc="too_expensive",
  notes="iso-8859-15 body with the euro sign; plain request with price reason.")

M(slug="fr-consultant-transfert-piece-jointe", lang="fr",
  frm=("Romain Aubry", "romain.aubry@aubry-conseil-it.example"), date="2026-04-03 10:40 +0200",
  subj="TR: arrêt du logiciel", style="outlook",
  att=dict(frm=("Boulangerie Martin", "boulangerie.martin@wanadoo.example"), to="romain.aubry@aubry-conseil-it.example",
           date="2026-04-02 18:05 +0200", subj="arrêt du logiciel", fname="arrêt du logiciel.eml", style="plain8",
           body="""Bonsoir Romain,

Comme je vous l'ai dit au téléphone, on arrête le logiciel CRM à la fin du mois, on n'a jamais eu le temps de s'y mettre avec la boutique. Pouvez-vous faire le nécessaire auprès d'eux ?

Merci
Sylvie Martin"""),
  body="""Bonjour,

Je suis le prestataire informatique de la Boulangerie Martin. Ma cliente m'a envoyé le message ci-joint : elle souhaite arrêter son abonnement CRM Runner. Le compte est à son nom et à son adresse.

Pouvez-vous procéder à la résiliation et lui confirmer directement ?

Cordialement,
Romain Aubry
Aubry Conseil IT""",
  acct=A("6459032", "boulangeriemartin", "boulangerie.martin@wanadoo.example", "monthly", "active", "2025-03-03", "19.00", "EUR"),
  account="6459032", t="canc forward_request clear",
  rk=["on n'a jamais eu le temps de s'y mettre"], rc="unused",
  notes="IT contractor forwards the customer's mail as an attached message/rfc822; account identified by the attached From.")

M(slug="fr-qc-reponse-nom-utilisateur", lang="fr",
  frm=("Sylvain Marcoux", "sylvain.marcoux@marcoux-immeubles.example"), date="2026-04-06 14:12 -0400",
  subj="Re: Votre demande d'annulation", style="gmail",
  body="""Bonjour,

Mon nom d'utilisateur c'est marcoux_imm. Oui je veux annuler, merci de procéder.

Sylvain""",
  quote=Q("Le lun. 6 avr. 2026, à 11 h 02, Support CRM Runner <support@crmrunner.example> a écrit :",
          """Bonjour,

Nous avons bien reçu votre demande d'annulation. Afin de retrouver votre compte, pouvez-vous nous indiquer votre nom d'utilisateur ou votre numéro de compte ?

L'équipe CRM Runner"""),
  acct=A("7532980", "marcoux_imm", "sylvain.marcoux@marcoux-immeubles.example", "monthly", "active", "2025-09-08", "65.00", "CAD"),
  user="marcoux_imm", t="canc follow_up clear",
  notes="Québec reply above support's request for an identifier; gives username and restates the request.")

M(slug="fr-yahoo-majuscules", lang="fr",
  frm=("DENISE COLLET", "denise.collet@yahoo.example"), date="2026-04-07 17:58 +0200",
  subj="RESILIATION", style="yahoo",
  body="""BONJOUR JE VEUX RESILIER MON CONTRAT AVEC VOUS MERCI DE ME REPONDRE RAPIDEMENT ET DE NE PLUS ME PRELEVER

MME COLLET""",
  acct=A("6015874", "dcollet", "denise.collet@yahoo.example", "monthly", "active", "2025-11-21", "19.00", "EUR"),
  t="canc request clear",
  notes="All caps, no accents, Yahoo webmail; 'résilier mon contrat'.")

M(slug="fr-entetes-8bit-compte", lang="fr",
  frm=("Benoît Lacroix", "benoit.lacroix@lacroix-vins.example"), date="2026-04-08 11:31 +0200",
  subj="Résiliation – compte 7401552", style="plain8", henc="raw",
  body="""Bonjour,

Merci de résilier le compte 7401552 (Lacroix Vins) à la prochaine échéance. Nous regroupons nos outils chez notre distributeur, qui nous fournit un CRM.

Cordialement,
Benoît Lacroix""",
  acct=A("7401552", "lacroixvins", "benoit.lacroix@lacroix-vins.example", "monthly", "active", "2024-12-12", "49.00", "EUR"),
  num="7401552", t="canc request clear", rk=["notre distributeur, qui nous fournit un crm"], rc="switched_service",
  notes="Raw 8-bit UTF-8 Subject and From name (no RFC 2047); account number in subject and body.")

M(slug="fr-supprimer-utilisateur-jmorel", lang="fr",
  frm=("Sabrina Guerin", "sabrina.guerin@guerin-immobilier.example"), date="2026-04-09 09:05 +0200",
  subj="Suppression utilisateur", style="outlook",
  body="""Bonjour,

Merci de supprimer l'utilisateur « j.morel » de notre compte : Jérôme a quitté l'agence le 31 mars. Merci aussi de réduire la facturation en conséquence.

Bonne journée,
Sabrina Guerin
Guerin Immobilier""",
  acct=A("6724590", "guerin.immo", "sabrina.guerin@guerin-immobilier.example", "monthly", "active", "2024-06-24", "99.00", "EUR"),
  t="canc request_seat clear", rk=["jérôme a quitté l'agence"], rc="other",
  notes="Seat removal; 'j.morel' is the departed colleague's login, not the account's username (username label null).")

M(slug="fr-annuel-fermeture-restaurant", lang="fr",
  frm=("Paolo Ferri", "paolo@trattoria-ferri.example"), date="2026-04-10 15:47 +0200",
  subj="Résiliation + remboursement", style="gmail",
  body="""Bonjour,

Nous avons payé l'abonnement annuel en septembre dernier. Malheureusement nous fermons le restaurant fin avril.

Merci de résilier notre abonnement et de nous rembourser les mois non utilisés (mai à août), si c'est possible.

Cordialement,
Paolo Ferri
Trattoria Ferri, Grenoble""",
  acct=A("7908416", "trattoriaferri", "paolo@trattoria-ferri.example", "yearly", "active", "2025-09-01", "490.00", "EUR"),
  refund=True, t="canc request clear", rk=["nous fermons le restaurant"], rc="business_closed",
  notes="Yearly plan; cancel and pro-rata refund because the restaurant closes.")

M(slug="fr-fai-resilie-changement-adresse", lang="fr",
  frm=("Hervé Gillet", "herve.gillet@gmail.example"), date="2026-04-13 10:02 +0200",
  subj="Changement d'adresse mail", style="gmail",
  body="""Bonjour,

Mon fournisseur d'accès m'a résilié par erreur et j'ai perdu mon ancienne adresse (herve.gillet@numericable.example). Je ne reçois donc plus vos mails ni les factures.

Pouvez-vous remplacer l'adresse du compte par celle-ci, herve.gillet@gmail.example ?

Merci,
Hervé Gillet""",
  acct=A("6582041", "hgillet", "herve.gillet@numericable.example", "monthly", "active", "2025-01-13", "19.00", "EUR"),
  email="herve.gillet@numericable.example", t="other question not",
  notes="'résilié' refers to his internet provider; asks to change the account e-mail. Registered (old) address given in body.")

M(slug="fr-carte-expire", lang="fr",
  frm=("Audrey Poulain", "audrey.poulain@poulain-deco.example"), date="2026-04-14 12:20 +0200",
  subj="Carte bancaire expirée", style="apple",
  body="""Bonjour,

Ma carte arrive à expiration fin avril. Comment mettre à jour le moyen de paiement pour éviter que l'abonnement soit suspendu ? Je ne trouve pas la rubrique.

Merci,
Audrey""",
  acct=A("7650139", "poulaindeco", "audrey.poulain@poulain-deco.example", "monthly", "active", "2025-02-05", "49.00", "EUR"),
  t="other question not",
  notes="Payment method update to avoid suspension.")

M(slug="fr-conge-maternite-geler", lang="fr",
  frm=("Camille Royer", "camille.royer@royer-archi.example"), date="2026-04-15 09:48 +0200",
  subj="Geler l'abonnement pendant mon congé", style="gmail",
  body="""Bonjour,

Je pars en congé maternité pour quatre mois à partir du 1er mai. Étant seule au cabinet, personne n'utilisera le CRM pendant ce temps.

Est-ce qu'on peut geler l'abonnement jusqu'à fin août et le reprendre en septembre sans rien perdre ?

Merci beaucoup,
Camille Royer""",
  acct=A("6147205", "royerarchi", "camille.royer@royer-archi.example", "monthly", "active", "2024-09-30", "19.00", "EUR"),
  t="other pause not",
  notes="Pause ('geler') during maternity leave.")

M(slug="fr-iphone-preavis", lang="fr",
  frm=("Kevin Leblanc", "kevin.leblanc@icloud.example"), date="2026-04-16 19:03 +0200",
  subj="Préavis", style="iphone-plain",
  body="""Bjr c combien de temps le preavis pour resilier ? et ca se fait par mail ou ds lappli ?

Envoyé de mon iPhone""",
  acct=A("7293650", "kleblanc", "kevin.leblanc@icloud.example", "monthly", "active", "2025-10-27", "19.00", "EUR"),
  t="other how_to not",
  notes="How-to question about notice and channel; no decision.")

M(slug="fr-annule-essai-debite", lang="fr",
  frm=("Sarah Benoit", "sarah.benoit@orange.example"), date="2026-04-17 08:37 +0200",
  subj="Débitée après annulation de l'essai", style="qp",
  body="""Bonjour,

J'avais annulé pendant l'essai gratuit (le 6 avril, j'ai la capture d'écran) et j'ai quand même été débitée de 49 € ce matin.

Je vous demande le remboursement immédiat de cette somme.

Sarah Benoit""",
  acct=A("6834916", "sbenoit", "sarah.benoit@orange.example", "monthly", "cancelled", "2026-04-02", "49.00", "EUR", trial="2026-04-16"),
  refund=True, t="other already_cancelled not",
  notes="Charged after cancelling during the trial; refund dispute.")

M(slug="fr-rgpd-acces-donnees", lang="fr",
  frm=("Arnaud Picard", "arnaud.picard@picard-finance.example"), date="2026-04-20 16:11 +0200",
  subj="Demande d'accès RGPD", style="outlook",
  body="""Madame, Monsieur,

En application de l'article 15 du RGPD, je souhaite obtenir une copie de l'ensemble des données personnelles me concernant que vous traitez, ainsi que la liste des sous-traitants auxquels elles sont communiquées.

Je reste client, cette demande s'inscrit dans notre audit de conformité annuel.

Cordialement,
Arnaud Picard
DPO – Picard Finance""",
  acct=A("7357401", "picardfinance", "arnaud.picard@picard-finance.example", "yearly", "active", "2025-01-31", "990.00", "EUR"),
  t="other other not",
  notes="GDPR access request (Art. 15), not erasure; stays a customer.")

M(slug="fr-merci-import-pensais-resilier", lang="fr",
  frm=("Élise Gauthier", "elise.gauthier@gauthier-textile.example"), date="2026-04-21 11:25 +0200",
  subj="Re: Import de contacts bloqué", style="gmail",
  body="""Un grand merci à Julie pour son aide, l'import fonctionne parfaitement maintenant. J'avoue que je pensais résilier à cause de ce problème, mais tout est rentré dans l'ordre.

Belle journée,
Élise""",
  quote=Q("Le mar. 21 avr. 2026 à 10:02, Julie – Support CRM Runner <support@crmrunner.example> a écrit :",
          """Bonjour Élise,

Le correctif est en place, vous pouvez relancer l'import de votre fichier.

Julie"""),
  acct=A("6960472", "gauthiertextile", "elise.gauthier@gauthier-textile.example", "monthly", "active", "2025-07-16", "49.00", "EUR"),
  t="other thanks not",
  notes="Thanks for support; mentions having thought about cancelling.")

M(slug="fr-auto-ne-fait-plus-partie", lang="fr",
  frm=("Nicolas Brun", "nicolas.brun@brun-industrie.example"), date="2026-04-22 14:00 +0200",
  subj="Réponse automatique : Résiliation de votre abonnement", style="outlook",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "nicolas.brun@brun-industrie.example")],
  body="""Bonjour,

Nicolas Brun ne fait plus partie de la société Brun Industrie depuis le 1er avril 2026.

Pour toute question commerciale, merci de contacter commercial@brun-industrie.example.
Pour toute question administrative : administration@brun-industrie.example.

Ce message est généré automatiquement.""",
  acct=A("8027346", "brunindustrie", "nicolas.brun@brun-industrie.example", "monthly", "active", "2024-04-22", "99.00", "EUR"),
  t="auto auto_reply not",
  notes="'No longer with the company' auto-reply, Auto-Submitted header; subject mentions résiliation.")

M(slug="fr-bounce-orange-boite-pleine", lang="fr",
  frm=("Service de messagerie Orange", "postmaster@smtp.orange.example"), date="2026-04-23 09:17 +0200",
  subj="Message non délivré", style="dsn",
  body="""Votre message n'a pas pu être remis à un ou plusieurs destinataires.

Destinataire : gisele.armand@orange.example
Raison : la boîte aux lettres du destinataire est pleine.

Ce message a été généré automatiquement, merci de ne pas y répondre.""",
  dsn=dict(mta="smtp.orange.example", rcpt="gisele.armand@orange.example", status="4.2.2",
           diag="452 4.2.2 Mailbox full",
           orig=dict(frm=("Support CRM Runner", "support@crmrunner.example"), to="gisele.armand@orange.example",
                     date="2026-04-23 09:16 +0200", subj="Confirmation de résiliation",
                     body="""Bonjour Madame Armand,

Nous vous confirmons la résiliation de votre abonnement CRM Runner (identifiant : garmand). Il prendra fin le 2 mai 2026.

L'équipe CRM Runner""")),
  t="bounce bounce not",
  notes="Orange mailbox-full DSN for support's confirmation; returned text contains a username and 'résiliation'.")

M(slug="fr-fini-entre-nous", lang="fr",
  frm=("Laurent Guillot", "laurent.guillot@free.example"), date="2026-04-24 23:47 +0200",
  subj="...", style="plain8",
  body="""bon ben je crois que cest fini entre nous runner. trop de bugs, trop de pages blanches, trop de temps perdu

laurent""",
  acct=A("7174803", "lguillot", "laurent.guillot@free.example", "monthly", "active", "2025-05-30", "19.00", "EUR"),
  t="canc request maybe", amb=True, rk=["trop de bugs"], rc="low_quality",
  notes="Vague break-up message ('c'est fini entre nous') with no explicit ask; read as cancellation, ambiguous.")

M(slug="fr-comment-supprimer-nen-veux-plus", lang="fr",
  frm=("Jessica Marty", "jess.marty@hotmail.example"), date="2026-04-27 13:36 +0200",
  subj="supprimer compte", style="qp",
  body="""bonjour comment je supprime mon compte ? jen veux plus, jai trouve plus simple ailleurs

jessica""",
  acct=A("6708351", "jmarty", "jess.marty@hotmail.example", "monthly", "active", "2026-02-09", "19.00", "EUR"),
  t="canc request clear", rk=["jai trouve plus simple ailleurs"], rc="switched_service",
  notes="Sloppy how-to wording but states the decision ('jen veux plus'): cancellation.")

M(slug="fr-revoquer-mandat-sepa", lang="fr",
  frm=("Frédéric Hamel", "frederic.hamel@hamel-transports.example"), date="2026-04-28 10:15 +0200",
  subj="Mandat SEPA", style="outlook",
  body="""Bonjour,

Merci de révoquer le mandat de prélèvement SEPA (RUM CRMR-000482) et de ne plus prélever sur notre compte bancaire : à partir de mai nous paierons l'abonnement par carte, c'est plus simple pour notre comptabilité.

Cordialement,
Frédéric Hamel""",
  acct=A("7735264", "hameltransports", "frederic.hamel@hamel-transports.example", "monthly", "active", "2024-08-12", "99.00", "EUR"),
  decoys=["CRMR-000482"], t="other other not",
  notes="'Ne plus prélever' but only to switch payment method to card; subscription continues. Mandate reference is a decoy.")

M(slug="fr-tr-gerant-identifiant", lang="fr",
  frm=("Accueil Simon Optique", "accueil@simon-optique.example"), date="2026-04-29 09:33 +0200",
  subj="TR: Abonnement CRM Runner", style="outlook", fwd=True,
  body="""Bonjour,

Ci-dessous la demande de M. Simon, gérant. Merci de résilier.

Accueil Simon Optique

De : Patrick Simon <p.simon@simon-optique.example>
Envoyé : mardi 28 avril 2026 19:12
À : Accueil Simon Optique <accueil@simon-optique.example>
Objet : Abonnement CRM Runner

Bonjour,
Merci d'envoyer un mail à CRM Runner pour arrêter l'abonnement, on ne s'en sert plus depuis le changement de logiciel de caisse. Identifiant : simonoptique
Patrick""",
  acct=A("6390012", "simonoptique", "p.simon@simon-optique.example", "monthly", "active", "2024-10-01", "49.00", "EUR"),
  user="simonoptique", email="p.simon@simon-optique.example", t="canc forward_request clear",
  rk=["on ne s'en sert plus"], rc="unused",
  notes="Front desk forwards the manager's request inline; username and the manager's registered address are in the forwarded part.")

M(slug="fr-maroc-changement-prestataire", lang="fr",
  frm=("Youssef El Amrani", "y.elamrani@atlas-voyages-pro.example"), date="2026-05-04 12:50 +0100",
  subj="Arrêt de l'abonnement", style="gmail",
  body="""Bonjour,

Je vous écris pour arrêter l'abonnement de la société Atlas Voyages Pro. Nous avons changé de prestataire et nous utilisons désormais Zoho CRM, comme notre maison mère.

Merci de nous confirmer l'arrêt et de ne plus débiter la carte.

Cordialement,
Youssef El Amrani
Casablanca""",
  acct=A("8104257", "atlasvoyages", "y.elamrani@atlas-voyages-pro.example", "monthly", "active", "2025-03-24", "99.00", "EUR"),
  t="canc request clear", rk=["nous utilisons désormais zoho crm"], rc="switched_service",
  notes="Moroccan company 'arrêter l'abonnement', switched to Zoho.")

M(slug="fr-reduire-licences-10-6", lang="fr",
  frm=("Delphine Roche", "delphine.roche@roche-interim.example"), date="2026-05-05 16:22 +0200",
  subj="Réduction du nombre de licences", style="outlook",
  body="""Bonjour,

Suite à la réorganisation de notre agence, nous souhaitons réduire le nombre de licences de 10 à 6 à partir du 1er juin. Les comptes à retirer : Marc, Aline, Bastien et Coralie.

Merci de me confirmer la nouvelle facturation.

Delphine Roche
Roche Intérim""",
  acct=A("7462590", "rocheinterim", "delphine.roche@roche-interim.example", "monthly", "active", "2024-03-25", "99.00", "EUR"),
  t="canc request_seat clear", rk=["réorganisation de notre agence"], rc="other",
  notes="Removes four seats of a Team account; subscription continues.")

M(slug="fr-annuler-formation-lyon", lang="fr",
  frm=("Quentin Moulin", "quentin.moulin@moulin-cuisines.example"), date="2026-05-06 08:09 +0200",
  subj="Annulation participation formation 14 avril", style="qp",
  body="""Bonjour,

Je voudrais annuler ma participation à la formation CRM Runner du 19 mai à Lyon (inscription n° INS-3318). J'ai un salon professionnel à la même date.

Y aura-t-il une autre session à l'automne ?

Quentin Moulin""",
  acct=A("6537129", "moulincuisines", "quentin.moulin@moulin-cuisines.example", "monthly", "active", "2025-06-16", "49.00", "EUR"),
  decoys=["INS-3318"], t="other meeting_cancel not",
  notes="Cancels attendance at a training session (subject has a wrong date, as people do); registration number is a decoy.")

M(slug="fr-runner-fitness-confusion", lang="fr",
  frm=("Manon Dubois", "manon.dubois56@gmail.example"), date="2026-05-07 21:18 +0200",
  subj="annulation abonnement Runner", style="gmail",
  body="""Bonjour,

Je voudrais annuler mon abonnement à la salle Runner Fitness de Vannes, je déménage à Nantes en juin. Mon numéro d'adhérente est le 40218.

Merci de me confirmer par mail.

Manon Dubois""",
  decoys=["40218"], t="other other maybe", amb=True,
  notes="Wants to cancel a gym membership ('Runner Fitness'), wrong company; not a CRM Runner customer. Other, ambiguous because of the name.")

# ============================================================== PORTUGUESE

M(slug="pt-br-desabafo-planilha", lang="pt",
  frm=("Sandra Regina Lopes", "sandra.lopes@lopesflores.example"), date="2026-04-01 21:55 -0300",
  subj="Sobre a assinatura", style="gmail",
  body="""Boa noite,

Vou explicar a situação porque acho justo. A gente assinou o CRM Runner em 2024 quando a floricultura estava crescendo e eu tinha duas vendedoras. No começo foi ótimo, organizou os pedidos de casamento e os orçamentos, mas aí uma das meninas saiu, a outra nunca se acostumou com o sistema, e no fim eu mesma acabava anotando tudo no caderno e passando pra planilha à noite.

Faz uns seis meses que ninguém abre o sistema. Conversei com meu marido e a gente voltou pra planilha de vez, que é o que dá conta pra gente hoje.

Então peço o cancelamento da assinatura. Não tenho nada contra vocês, o problema foi nosso mesmo.

Um abraço,
Sandra
Lopes Flores e Eventos""",
  acct=A("8318047", "lopesflores", "sandra.lopes@lopesflores.example", "monthly", "active", "2024-03-12", "249.00", "BRL"),
  t="canc request clear", rk=["voltou pra planilha"], rc="switched_service",
  notes="Rambling story ending in 'peço o cancelamento'; went back to a spreadsheet.")

M(slug="pt-br-flowed-usuario-sol", lang="pt",
  frm=("Ana Cláudia Ribeiro", "anaclaudia.ribeiro@ribeiroodonto.example"), date="2026-04-02 10:22 -0300",
  subj="Encerramento de conta", style="flowed",
  body="""Prezados,

Solicito o encerramento da conta vinculada ao usuário "sol", de titularidade da clínica Ribeiro Odontologia, bem como a interrupção de todas as cobranças futuras a partir desta data.

Informo que a clínica passou a utilizar o sistema de gestão oferecido pelo nosso convênio, que já inclui o módulo de relacionamento com pacientes.

Atenciosamente,
Dra. Ana Cláudia Ribeiro""",
  acct=A("7019573", "sol", "anaclaudia.ribeiro@ribeiroodonto.example", "monthly", "active", "2025-02-26", "249.00", "BRL"),
  user="sol", t="canc request clear", rk=["sistema de gestão oferecido pelo nosso convênio"], rc="switched_service",
  notes="Formal, format=flowed; username is the ordinary word 'sol'.")

M(slug="pt-pt-reencaminho-eng-costa", lang="pt", region="pt",
  frm=("Marta Lourenço", "marta.lourenco@costa-engenharia.example"), date="2026-04-03 11:48 +0100",
  subj="FW: CRM Runner", style="outlook",
  att=dict(frm=("Eng. Henrique Costa", "henrique.costa@costa-engenharia.example"), to="marta.lourenco@costa-engenharia.example",
           date="2026-04-03 09:15 +0100", subj="CRM Runner", fname="CRM Runner.eml",
           body="""Marta,

Por favor peça ao CRM Runner para cancelar a nossa subscrição no fim do período. Ninguém no gabinete o usa.

Obrigado,
Henrique Costa"""),
  body="""Bom dia,

Reencaminho em anexo o e-mail do Eng. Henrique Costa, titular da conta, a pedir o cancelamento da subscrição.

Obrigada,
Marta Lourenço
Secretariado – Costa Engenharia""",
  acct=A("6860234", "costaeng", "henrique.costa@costa-engenharia.example", "yearly", "active", "2025-06-01", "490.00", "EUR"),
  account="6860234", t="canc forward_request clear", rk=["ninguém no gabinete o usa"], rc="unused",
  notes="Secretary forwards the account holder's e-mail as an attachment (message/rfc822).")

M(slug="pt-br-tirar-cartao-sloppy", lang="pt",
  frm=("", "kaique.dias2001@gmail.example"), date="2026-04-06 00:32 -0300",
  subj="cartao", style="plain7",
  body="""vc pode tirar meu cartao da assinatura e nao cobrar mais?? nao quero mais, nem uso
kaique""",
  acct=A("7788406", "kaiquedias", "kaique.dias2001@gmail.example", "monthly", "active", "2025-12-22", "99.00", "BRL"),
  t="canc request clear", rk=["nem uso"], rc="unused",
  notes="Sloppy, no accents: 'nao cobrar mais', 'nao quero mais'; no cancel word.")

M(slug="pt-br-conta-hash-one-liner", lang="pt",
  frm=("Everton Pires", "everton@piresvidros.example"), date="2026-04-07 07:45 -0300",
  subj="conta #6543210", style="plain7",
  body="""favor cancelar a conta #6543210. obrigado""",
  acct=A("6543210", "piresvidros", "everton@piresvidros.example", "monthly", "active", "2025-04-07", "249.00", "BRL"),
  num="6543210", t="canc request clear",
  notes="One-liner with '#'-style account number in subject and body.")

M(slug="pt-br-cpf-no-nome", lang="pt",
  frm=("Raimundo Nonato Araújo", "raimundo.araujo@bol.example"), date="2026-04-08 14:29 -0300",
  subj="Cancelar assinatura", style="qp",
  body="""Boa tarde,

Quero cancelar a assinatura que está no meu nome. CPF 123.456.789-09. A cobrança vem no cartão final 3021.

Não tenho mais condições de pagar, a situação está difícil.

Raimundo""",
  acct=A("8652704", "raimundoaraujo", "raimundo.araujo@bol.example", "monthly", "active", "2025-06-30", "99.00", "BRL"),
  decoys=["123.456.789-09", "3021"], t="canc request clear", rk=["não tenho mais condições de pagar"], rc="too_expensive",
  notes="CPF and card digits are decoys; sender is the registered address.")

M(slug="pt-br-telefone-para-contato", lang="pt",
  frm=("Juliana Sampaio", "juliana.sampaio@sampaiobeleza.example"), date="2026-04-09 16:40 -0300",
  subj="Cancelamento CRM Runner", style="gmail",
  body="""Olá, tudo bem?

Quero cancelar o CRM Runner do salão. Meu e-mail de cadastro é sampaiobeleza@gmail.example. Se precisarem falar comigo meu celular é (21) 99876-5432.

Obrigada!
Juliana""",
  acct=A("7246051", "sampaiobeleza", "sampaiobeleza@gmail.example", "monthly", "active", "2025-01-15", "99.00", "BRL"),
  email="sampaiobeleza@gmail.example", decoys=["99876-5432"], t="canc request clear",
  notes="Product name as object; registered address in body differs from sender; phone number is a decoy.")

M(slug="pt-br-mantem-decisao-desconto", lang="pt",
  frm=("Felipe Andrade", "felipe.andrade@andradelogistica.example"), date="2026-04-10 09:58 -0300",
  subj="RE: Uma oferta especial antes de você ir", style="outlook",
  body="""Bom dia,

Obrigado pela oferta de desconto, mas vamos manter a decisão de cancelar. Por favor sigam com o cancelamento.

Felipe Andrade""",
  quote=OQ("De: Suporte CRM Runner <support@crmrunner.example>\nEnviada em: quinta-feira, 9 de abril de 2026 17:30\nPara: Felipe Andrade <felipe.andrade@andradelogistica.example>\nAssunto: Uma oferta especial antes de você ir",
           """Olá Felipe,

Sentimos muito que você queira cancelar. Que tal 30% de desconto nos próximos 3 meses?

Equipe CRM Runner"""),
  acct=A("6417983", "andradelog", "felipe.andrade@andradelogistica.example", "monthly", "active", "2024-07-08", "249.00", "BRL"),
  t="canc follow_up clear",
  notes="Declines a retention offer and confirms the cancellation, above the quoted offer.")

M(slug="pt-br-funcionario-desligado-login", lang="pt",
  frm=("Márcia Lemos", "marcia.lemos@lemosautomoveis.example"), date="2026-04-13 11:07 -0300",
  subj="Remover login de funcionário", style="outlook",
  body="""Bom dia,

O funcionário Carlos Mendes foi desligado ontem. Por favor removam o login dele (usuário: carlos.m) e tirem essa licença da nossa cobrança.

Att.,
Márcia Lemos
Lemos Automóveis""",
  acct=A("8379150", "lemosautomoveis", "marcia.lemos@lemosautomoveis.example", "monthly", "active", "2024-05-27", "499.00", "BRL"),
  t="canc request_seat clear", rk=["foi desligado"], rc="other",
  notes="Seat removal; 'carlos.m' is the removed employee's login, not the account username (label null).")

M(slug="pt-br-antecedencia-anual", lang="pt",
  frm=("Rafael Guimarães", "rafael.guimaraes@guimaraestech.example"), date="2026-04-14 15:33 -0300",
  subj="Prazo para cancelar plano anual", style="gmail",
  body="""Olá,

Com quantos dias de antecedência preciso avisar para cancelar o plano anual sem ser cobrado na renovação? E o aviso tem que ser por e-mail?

Obrigado,
Rafael""",
  acct=A("7545816", "guimaraestech", "rafael.guimaraes@guimaraestech.example", "yearly", "active", "2025-06-20", "2490.00", "BRL"),
  t="other how_to not",
  notes="How-to about notice period; no decision.")

M(slug="pt-br-caso-migre-pipedrive", lang="pt",
  frm=("Lucas Barros", "lucas.barros@barroscorretagem.example"), date="2026-04-15 10:12 -0300",
  subj="Exportação de dados", style="outlook",
  body="""Olá,

Caso a gente migre para o Pipedrive no ano que vem, vocês ajudam na exportação dos dados? Tem algum custo? Ainda é só uma possibilidade que a diretoria está estudando.

Lucas Barros""",
  acct=A("6235874", "barroscorretagem", "lucas.barros@barroscorretagem.example", "yearly", "active", "2025-11-03", "990.00", "BRL"),
  t="other hypothetical not",
  notes="Hypothetical migration question.")

M(slug="pt-br-nao-renovar-anual-passar-mensal", lang="pt",
  frm=("Cristiane Melo", "cristiane.melo@meloturismo.example"), date="2026-04-16 13:50 -0300",
  subj="Renovação do plano", style="gmail",
  body="""Oi,

Não quero renovar o plano anual em maio. Quero que, no vencimento, passe para o mensal, porque o fluxo de caixa está apertado e fica mais fácil pagar mês a mês.

Pode ser?
Cristiane""",
  acct=A("8163490", "meloturismo", "cristiane.melo@meloturismo.example", "yearly", "active", "2025-05-18", "990.00", "BRL"),
  t="other plan_change not",
  notes="'Não quero renovar o plano anual' but wants to switch to monthly: plan change, not cancellation.")

M(slug="pt-br-segunda-via-nf", lang="pt",
  frm=("Contas a Pagar", "contasapagar@grupoalvorada.example"), date="2026-04-17 08:44 -0300",
  subj="Segunda via NF", style="outlook",
  body="""Bom dia,

Precisamos da segunda via da nota fiscal 2026/000318, referente à assinatura de março. O arquivo que recebemos veio corrompido.

Obrigado,
Contas a Pagar – Grupo Alvorada""",
  decoys=["2026/000318"], t="other question not",
  notes="Invoice copy request; no account identifier beyond the invoice number (decoy).")

M(slug="pt-br-bug-botao-cancelar-agenda", lang="pt",
  frm=("Thiago Moraes", "thiago.moraes@moraesclinica.example"), date="2026-04-20 17:21 -0300",
  subj="Bug botão Cancelar agendamento", style="gmail",
  body="""Boa tarde,

O botão "Cancelar" na tela de novo agendamento não fecha a janela, tenho que recarregar a página. Acontece no Chrome e no Firefox. Segue print no chamado #88142 que abri ontem.

Thiago""",
  acct=A("7902538", "moraesclinica", "thiago.moraes@moraesclinica.example", "monthly", "active", "2025-08-25", "249.00", "BRL"),
  decoys=["88142"], t="other bug_report not",
  notes="Bug report about a Cancel button in the scheduling screen; ticket number is a decoy.")

M(slug="pt-pt-desmarcar-demonstracao", lang="pt", region="pt",
  frm=("Patrícia Gaspar", "patricia.gaspar@gaspar-imobiliaria.example"), date="2026-04-21 09:18 +0100",
  subj="Demonstração de amanhã", style="apple",
  body="""Bom dia,

Vou ter de desmarcar a demonstração de amanhã às 15h, tenho uma escritura que foi antecipada. Podemos reagendar para a próxima semana?

Com os melhores cumprimentos,
Patrícia Gaspar""",
  t="other meeting_cancel not",
  notes="European Portuguese: cancels ('desmarcar') a demo; prospect.")

M(slug="pt-br-ja-cancelei-boleto", lang="pt",
  frm=("Jorge Amaral", "jorge.amaral@amaralpecas.example"), date="2026-04-22 10:37 -0300",
  subj="Boleto depois do cancelamento", style="qp",
  body="""Bom dia,

Cancelei a assinatura em março, mas chegou boleto de abril com vencimento dia 30. Não vou pagar esse boleto. Peço que cancelem essa cobrança e não mandem mais boletos.

Jorge Amaral""",
  acct=A("6098471", "amaralpecas", "jorge.amaral@amaralpecas.example", "monthly", "cancelled", "2024-12-01", "99.00", "BRL"),
  t="other already_cancelled not",
  notes="Already cancelled; disputes a new boleto ('cancelem essa cobrança' refers to the bill).")

M(slug="pt-br-auto-nao-faz-parte", lang="pt",
  frm=("Roberta Queiroz", "roberta.queiroz@queirozdistribuidora.example"), date="2026-04-23 08:01 -0300",
  subj="Resposta automática: Sua assinatura será renovada", style="qp",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
  body="""Esta colaboradora não faz mais parte da empresa Queiroz Distribuidora.

Favor encaminhar sua mensagem para compras@queirozdistribuidora.example.

Mensagem automática, não responda.""",
  acct=A("7637294", "queirozdist", "roberta.queiroz@queirozdistribuidora.example", "yearly", "active", "2025-05-06", "2490.00", "BRL"),
  t="auto auto_reply not",
  notes="Auto-reply 'no longer at the company' with Auto-Submitted, X-Autoreply and Precedence headers.")

M(slug="pt-pt-ausente-ferias", lang="pt", region="pt",
  frm=("Ricardo Fonseca", "ricardo.fonseca@fonseca-textil.example"), date="2026-04-24 12:00 +0100",
  subj="Ausente: Pedido de cancelamento", style="outlook",
  hdr=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  body="""Obrigado pelo seu e-mail.

Estarei ausente do escritório até dia 4 de maio, sem acesso ao correio eletrónico. Para assuntos urgentes contacte a D. Fernanda pelo telefone 220 000 111.

Cumprimentos,
Ricardo Fonseca""",
  acct=A("8226915", "fonsecatextil", "ricardo.fonseca@fonseca-textil.example", "monthly", "active", "2025-01-09", "99.00", "EUR"),
  decoys=["220 000 111"], t="auto auto_reply not",
  notes="Portuguese Outlook out-of-office 'Ausente:' to a mail about cancellation.")

M(slug="pt-br-bounce-relay-ingles", lang="pt",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"), date="2026-04-27 15:02 -0300",
  subj="Undelivered Mail Returned to Sender", style="dsn",
  body="""This is the mail system at host mx1.crmrunner.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<vendas@ferreiramaquinas.example>: host mx.ferreiramaquinas.example[198.51.100.23]
    said: 554 5.7.1 <vendas@ferreiramaquinas.example>: Relay access denied (in
    reply to RCPT TO command)""",
  dsn=dict(mta="mx1.crmrunner.example", rcpt="vendas@ferreiramaquinas.example", status="5.7.1",
           remote="mx.ferreiramaquinas.example", diag="554 5.7.1 <vendas@ferreiramaquinas.example>: Relay access denied",
           orig=dict(frm=("Suporte CRM Runner", "support@crmrunner.example"), to="vendas@ferreiramaquinas.example",
                     date="2026-04-27 15:01 -0300", subj="Re: Cancelamento", lang="pt",
                     body="""Olá,

Recebemos seu pedido de cancelamento. Para confirmar, responda a este e-mail a partir do endereço cadastrado na conta.

Equipe CRM Runner

Em 27/04/2026 09:40, Vendas Ferreira escreveu:
> Bom dia, queremos cancelar a assinatura do CRM. Conta 7 321 884.""")),
  t="bounce bounce not",
  notes="Postfix DSN (English) for support's reply; returned text quotes a Portuguese cancellation request with an account number.")

M(slug="pt-br-quero-sair", lang="pt",
  frm=("Bianca Farias", "bianca.farias@hotmail.example"), date="2026-04-28 22:10 -0300",
  subj="CRM", style="android",
  body="""Quero sair.

Enviado do meu Galaxy""",
  acct=A("6872549", "biancafarias", "bianca.farias@hotmail.example", "monthly", "active", "2026-01-11", "99.00", "BRL"),
  t="canc request maybe", amb=True,
  notes="Two-word 'Quero sair' under subject 'CRM'; most likely wants to leave the service, but unclear. Cancellation, ambiguous.")

M(slug="pt-br-nao-usei-dinheiro-volta", lang="pt",
  frm=("Marcelo Rangel", "marcelo.rangel@gmail.example"), date="2026-04-29 19:25 -0300",
  subj="Reembolso", style="gmail",
  body="""Não usei nada esse mês, nem entrei no sistema. Quero meu dinheiro de volta.

Marcelo""",
  acct=A("7381620", "mrangel", "marcelo.rangel@gmail.example", "monthly", "active", "2025-10-29", "99.00", "BRL"),
  refund=True, t="other refund_only maybe", amb=True,
  notes="Refund demand for an unused month without asking to cancel; per rule a bare refund request is other, ambiguous.")

M(slug="pt-br-anual-fechamos-proporcional", lang="pt",
  frm=("Otávio Campos", "otavio.campos@camposgrafica.example"), date="2026-05-04 11:14 -0300",
  subj="Cancelamento plano anual + reembolso proporcional", style="outlook",
  sig=("Otávio Campos", "Sócio-administrador", "Campos Gráfica Rápida", "(31) 3555-0177"),
  body="""Prezados,

Pagamos o plano anual em janeiro. Infelizmente encerramos as atividades da gráfica no fim de abril.

Solicitamos o cancelamento da assinatura e o reembolso proporcional dos meses restantes (maio a dezembro).

Atenciosamente,""",
  acct=A("8014736", "camposgrafica", "otavio.campos@camposgrafica.example", "yearly", "active", "2026-01-05", "2490.00", "BRL"),
  decoys=["3555-0177"], refund=True, t="canc request clear", rk=["encerramos as atividades da gráfica"], rc="business_closed",
  notes="Yearly plan, business closed, asks pro-rata refund; phone in signature is a decoy.")

M(slug="pt-br-ficou-muito-caro", lang="pt",
  frm=("Larissa Peixoto", "larissa.peixoto@peixotomodas.example"), date="2026-05-05 14:47 -0300",
  subj="Cancelar", style="iphone",
  body="""Oi, boa tarde! Com o reajuste ficou muito caro pra mim, R$ 249 não cabe mais no orçamento da loja. Quero cancelar, por favor.

Larissa

Enviado do meu iPhone""",
  acct=A("6691038", "peixotomodas", "larissa.peixoto@peixotomodas.example", "monthly", "active", "2025-03-31", "249.00", "BRL"),
  t="canc request clear", rk=["ficou muito caro"], rc="too_expensive",
  notes="Price increase; clear request.")

M(slug="pt-br-sem-integracao-rd", lang="pt",
  frm=("Vinícius Carvalho", "vinicius@carvalhomarketing.example"), date="2026-05-06 10:30 -0300",
  subj="Cancelamento da assinatura", style="gmail",
  body="""Olá,

Vamos cancelar a assinatura. O CRM Runner não tem integração com o RD Station e a gente depende disso pra passar os leads do marketing pro comercial. Fizemos gambiarra com planilha por meses, não dá mais.

Abs,
Vinícius Carvalho""",
  acct=A("7820569", "carvalhomkt", "vinicius@carvalhomarketing.example", "monthly", "active", "2024-11-18", "249.00", "BRL"),
  t="canc request clear", rk=["não tem integração com o rd station"], rc="missing_features",
  notes="Missing integration.")

M(slug="pt-br-aceito-desconto", lang="pt",
  frm=("Roberta Lima", "roberta.lima@limapapelaria.example"), date="2026-05-07 09:06 -0300",
  subj="Re: Sobre seu pedido de cancelamento", style="gmail",
  body="""Oi! Aceito o desconto de 30% por 3 meses, então não precisa cancelar. Pode manter minha assinatura.

Obrigada pela atenção,
Roberta""",
  quote=Q("Em qua., 6 de mai. de 2026 às 16:40, Suporte CRM Runner <support@crmrunner.example> escreveu:",
          """Olá Roberta,

Antes de processarmos o seu cancelamento, gostaríamos de oferecer 30% de desconto nos próximos 3 meses. Caso aceite, basta responder a este e-mail.

Equipe CRM Runner"""),
  acct=A("6126378", "limapapelaria", "roberta.lima@limapapelaria.example", "monthly", "active", "2025-02-20", "99.00", "BRL"),
  t="other withdrawal not", wd=True,
  notes="Accepts a retention discount and withdraws the cancellation.")
