# Batch 06 — hand-written texts (25 fr, 25 pt)
from common import A, M, Q, OQ

# ============================================================== FRENCH

M(slug="fr-peeters-cette-fois", lang="fr",
  frm=("Luc Peeters", "luc.peeters@peeters-renovation.example"), date="2026-07-06 18:20 +0200",
  subj="Résiliation (cette fois c'est la bonne)", style="apple",
  body="""Bonjour,

En mars je vous avais demandé d'ignorer ma demande de résiliation. Cette fois c'est la bonne : merci de résilier notre abonnement à la fin du mois. On a perdu le gros chantier de la commune et on réduit la voilure.

Bien à vous,
Luc Peeters""",
  acct="6713486", t="canc request clear", rk=["on a perdu le gros chantier"], rc="other",
  notes="Same customer who withdrew in March now cancels for good.")

M(slug="fr-lemoine-retraite", lang="fr",
  frm=("Patricia Lemoine", "patricia.lemoine@sfr.example"), date="2026-07-07 10:44 +0200",
  subj="Fin d'abonnement", style="yahoo",
  body="""Bonjour,

Après la newsletter en janvier, c'est au tour de l'abonnement : je pars à la retraite fin juillet et je ferme mon cabinet de conseil. Merci de mettre fin à mon abonnement CRM Runner à cette date.

Cordialement
P. Lemoine""",
  acct="6702958", t="canc request clear", rk=["je pars à la retraite"], rc="business_closed",
  notes="Earlier unsubscribed from the newsletter only; now ends the subscription.")

M(slug="fr-fontaine-jamais-rembourse", lang="fr",
  frm=("Hugo Fontaine", "hugo.fontaine@orange.example"), date="2026-03-16 19:08 +0100",
  subj="Re: Prélevé deux fois", style="qp", irt="fr-double-prelevement",
  body="""Bonjour,

Six semaines après, le double prélèvement n'est toujours pas remboursé et personne ne me répond. Dans ces conditions je résilie mon abonnement, et je veux toujours mes 19 €.

Hugo Fontaine""",
  quote=Q("Le 03/02/2026 à 08:49, Hugo Fontaine a écrit :",
          "J'ai été débité deux fois ce mois-ci : 2 × 19,00 € le 1er février sur ma carte se terminant par 4417."),
  acct="6483015", refund=True, t="canc request clear", rk=["personne ne me répond"], rc="customer_service",
  notes="Earlier refund-only request escalates into a cancellation plus refund; card digits only in the quote.")

M(slug="fr-faure-meme-en-starter", lang="fr",
  frm=("Christine Faure", "christine.faure@faure-coaching.example"), date="2026-07-08 08:30 +0200",
  subj="Mettre fin à mon abonnement", style="apple",
  body="""Bonjour,

Même en Starter, je n'arrive pas à rentabiliser l'outil avec mon volume de clients. Je préfère mettre fin à mon abonnement à la prochaine échéance.

Merci pour tout,
Christine Faure""",
  acct="6469310", t="canc request clear", rk=["je n'arrive pas à rentabiliser l'outil"], rc="too_expensive",
  notes="After an earlier downgrade, now ends the subscription.")

M(slug="fr-outlook-iso-contrat-interne", lang="fr",
  frm=("Béatrice Marchand", "b.marchand@marchand-freres.example"), date="2026-07-09 14:16 +0200",
  subj="Résiliation du contrat n° 2024-CR-0087", style="outlook-html", cs="iso-8859-1",
  sig=("Béatrice Marchand", "Responsable des services généraux", "Marchand Frères SA", "Tél. 05 36 49 10 20"),
  body="""Madame, Monsieur,

Nous vous informons de notre décision de résilier le contrat référencé en objet (référence interne à notre société), relatif à l'abonnement CRM Runner, avec effet à la prochaine échéance.

Ce logiciel ne répond plus à nos besoins depuis la réorganisation de notre force de vente.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.""",
  acct=A("6926147", "marchandfreres", "b.marchand@marchand-freres.example", "monthly", "active", "2024-01-22", "99.00", "EUR"),
  decoys=["05 36 49 10 20", "2024-CR-0087"], t="canc request clear", rk=["ne répond plus à nos besoins"], rc="missing_features",
  notes="HTML-only Outlook in iso-8859-1; their internal contract reference is not an account number.")

M(slug="fr-cabinet-comptable-piece-jointe", lang="fr",
  frm=("Cabinet Roux Expertise", "secretariat@roux-expertise.example"), date="2026-07-10 09:50 +0200",
  subj="Tr : Résiliation CRM Runner – SARL Le Bon Grain", style="apple",
  att=dict(frm=("Le Bon Grain", "gerance@lebongrain.example"), to="secretariat@roux-expertise.example",
           date="2026-07-09 17:30 +0200", subj="Résiliation CRM Runner", fname="Résiliation CRM Runner.eml", style="plain8",
           body="""Bonjour,

Pouvez-vous vous occuper de résilier l'abonnement CRM Runner de la SARL ? Avec la cession du fonds en septembre, le repreneur a ses propres outils.

Merci,
Valérie Perret
Gérante – Le Bon Grain"""),
  body="""Bonjour,

Nous sommes le cabinet d'expertise comptable de la SARL Le Bon Grain. Notre cliente nous a adressé le message ci-joint : elle souhaite résilier son abonnement CRM Runner. Le compte est ouvert à l'adresse de la gérance.

Merci de lui confirmer directement la résiliation.

Le secrétariat
Cabinet Roux Expertise""",
  acct=A("7849120", "lebongrain", "gerance@lebongrain.example", "monthly", "active", "2024-10-09", "49.00", "EUR"),
  account="7849120", t="canc forward_request clear", rk=["cession du fonds"], rc="business_closed",
  notes="Accounting firm forwards the client's request as an attached message (Apple Mail).")

M(slug="fr-message-vocal-confirme", lang="fr",
  frm=("Nadia Belkacem", "institut.bellepeau@gmail.example"), date="2026-07-13 19:05 +0200",
  subj="Suite message vocal", style="android",
  body="""Bsr suite a mon message vocal de ce matin au standard je confirme on arrete CRM Runner. c Nadia de l institut Belle Peau, rappelez moi au 06 39 98 12 34 si besoin

Envoyé depuis mon smartphone Samsung Galaxy""",
  acct=A("8235704", "bellepeau", "institut.bellepeau@gmail.example", "monthly", "active", "2025-05-26", "19.00", "EUR"),
  decoys=["06 39 98 12 34"], t="canc request clear",
  notes="Confirms a voicemail request: 'on arrête CRM Runner'; phone number is a decoy.")

M(slug="fr-slt-fermer-compte-sans-objet", lang="fr",
  frm=("Lucas R.", "lucas.rivet.pro@gmail.example"), date="2026-07-14 01:12 +0200",
  subj=None, style="plain7",
  body="""slt, tu peux fermer mon compte stp, jen ai plus besoin depuis que jai arrete le freelance. mon login c lucas_r
thx""",
  acct=A("6398752", "lucas_r", "lucas.rivet.pro@gmail.example", "monthly", "active", "2025-08-18", "19.00", "EUR"),
  user="lucas_r", t="canc request clear", rk=["jai arrete le freelance"], rc="business_closed",
  notes="No Subject, SMS style, tutoiement; username given as 'mon login c lucas_r'.")

M(slug="fr-rembourser-3-mois-pas-utilise", lang="fr",
  frm=("Gérald Poirier", "gerald.poirier@poirier-auto-ecole.example"), date="2026-07-15 11:20 +0200",
  subj="Remboursement", style="gmail",
  body="""Bonjour,

Je n'ai pas utilisé le logiciel depuis trois mois (problème de santé). Je voudrais être remboursé de ces trois mois, soit 147 €.

Gérald Poirier
Auto-école Poirier""",
  acct=A("7560328", "poirierautoecole", "gerald.poirier@poirier-auto-ecole.example", "monthly", "active", "2024-12-16", "49.00", "EUR"),
  refund=True, t="other refund_only maybe", amb=True,
  notes="Refund for unused months without asking to cancel; bare refund request is other, ambiguous.")

M(slug="fr-salariee-supprimer-mon-compte", lang="fr",
  frm=("Justine Morel", "justine.morel.perso@gmail.example"), date="2026-07-16 12:45 +0200",
  subj="Supprimer mon compte utilisateur", style="gmail",
  body="""Bonjour,

J'utilisais CRM Runner dans le cadre de mon travail chez Transports Garnier. Je quitte l'entreprise vendredi : pouvez-vous supprimer mon compte utilisateur ? Je ne veux plus recevoir les notifications sur mon téléphone.

Merci,
Justine Morel""",
  t="canc request_seat maybe", amb=True,
  notes="A seat user (not the account owner) asks to delete her own login; the company name is not an identifier. Cancellation of a seat, ambiguous.")

M(slug="fr-qc-comment-faire-annuler", lang="fr",
  frm=("Réjean Côté", "rejean.cote@videotron.example"), date="2026-07-17 15:55 -0400",
  subj="annulation", style="gmail",
  body="""Bonjour, comment faire pour annuler?

Réjean""",
  acct=A("8413796", "rcote", "rejean.cote@videotron.example", "monthly", "active", "2025-10-06", "25.00", "CAD"),
  t="other how_to maybe", amb=True,
  notes="Bare how-to one-liner from Québec; by rule other, but likely wants to cancel. Ambiguous.")

M(slug="fr-qc-si-on-annule-donnees", lang="fr",
  frm=("Geneviève Tremblay", "gtremblay@cliniqueboreale.example"), date="2026-01-12 10:30 -0500",
  subj="Question avant d'annuler", style="gmail",
  body="""Bonjour,

Avant de prendre une décision : si on annule l'abonnement, combien de temps gardez-vous nos données ? On pourrait vouloir revenir dans quelques mois.

Merci!
Geneviève""",
  acct="7398015", t="other hypothetical not",
  notes="Québec hypothetical before deciding; sent from her work address, not the registered one (no identifier).", account=None)

M(slug="fr-tessier-relance-impaye", lang="fr",
  frm=("Gaëlle Tessier", "gaelle.tessier@tessier-events.example"), date="2026-07-20 09:14 +0200",
  subj="Relance d'impayé ??", style="qp",
  body="""Bonjour,

Je reçois une relance d'impayé de 49 € alors que j'ai demandé la clôture de mon compte en mai et que vous me l'aviez confirmée. Merci d'annuler cette relance et de ne plus m'écrire à ce sujet.

Gaëlle Tessier""",
  acct="7267915", t="other already_cancelled not",
  notes="Dunning letter after a confirmed closure; 'annuler cette relance' refers to the reminder.")

M(slug="fr-be-facture-team-au-lieu-pro", lang="fr",
  frm=("Julie Wouters", "julie.wouters@wouters-immo.example"), date="2026-07-21 10:05 +0200",
  subj="Erreur de facturation", style="outlook",
  body="""Bonjour,

Ce mois-ci nous avons été facturés au tarif Team (99 €) au lieu du tarif Pro (49 €). Merci de nous rembourser la différence de 50 €.

Bien à vous,
Julie Wouters""",
  acct="7128460", refund=True, t="other refund_only not",
  notes="Billing error, refund of the difference.")

M(slug="fr-ecole-ski-pause", lang="fr",
  frm=("Benjamin Favre", "benjamin@ecole-glisse-savoie.example"), date="2026-04-14 17:30 +0200",
  subj="Pause hors saison", style="gmail",
  body="""Bonjour,

On est une école de ski, donc on n'a quasiment aucune activité de mai à novembre. Est-ce possible de mettre l'abonnement en pause pendant cette période et de le relancer début décembre ?

Merci,
Benjamin Favre""",
  acct=A("6047319", "glissesavoie", "benjamin@ecole-glisse-savoie.example", "monthly", "active", "2024-12-01", "49.00", "EUR"),
  t="other pause not",
  notes="Seasonal pause request.")

M(slug="fr-ancien-salarie-rgpd", lang="fr",
  frm=("Kévin Baron", "kevin.baron@laposte.example"), date="2026-07-22 20:40 +0200",
  subj="RGPD – mes données chez un de vos clients", style="plain8",
  body="""Bonjour,

J'ai travaillé jusqu'en 2025 chez Aubert BTP, qui utilise votre logiciel. Mes coordonnées personnelles (téléphone, adresse) y sont encore enregistrées. Je demande leur effacement au titre de l'article 17 du RGPD.

Kévin Baron""",
  t="other data_deletion not",
  notes="Former employee of a customer asks for erasure of his data; not an account holder.")

M(slug="fr-demande-demo", lang="fr",
  frm=("Sophie Lenoir", "sophie.lenoir@lenoir-paysages.example"), date="2026-07-23 11:08 +0200",
  subj="Démo CRM Runner", style="outlook",
  body="""Bonjour,

Nous sommes une entreprise de paysagisme de 12 personnes. Pourriez-vous nous proposer une démonstration en visio la semaine prochaine ?

Cordialement,
Sophie Lenoir""",
  t="other sales not",
  notes="Demo request from a prospect.")

M(slug="fr-henry-merci-siege", lang="fr",
  frm=("Caroline Henry", "contact@henry-sports.example"), date="2026-06-08 09:10 +0200",
  subj="Re: Supprimer un siège", style="gmail",
  body="""Merci, c'est parfait. Bonne journée !

Caroline""",
  quote=Q("Le lun. 8 juin 2026 à 08:45, Support CRM Runner <support@crmrunner.example> a écrit :",
          "Bonjour,\n\nLe siège de Bastien a été retiré ; votre prochaine facture en tiendra compte.\n\nL'équipe CRM Runner"),
  acct="6157834", t="other thanks not",
  notes="Thanks after a seat removal, from the registered address.")

M(slug="fr-lambert-remboursement-annuel", lang="fr",
  frm=("Roger Lambert", "roger.lambert@club-internet.example"), date="2026-03-02 10:18 +0100",
  subj="Re: désabonnement", style="cp1252", cte="quoted-printable",
  body="""Bonjour,

Vous m'avez confirmé la résiliation, merci. Mais mon abonnement était annuel, payé jusqu'en septembre : suis-je remboursé des mois restants ?

Roger Lambert""",
  quote=Q("Le 26/02/2026 11:02, Support CRM Runner a écrit :",
          "Bonjour Monsieur Lambert,\n\nVotre abonnement est suspendu à compter de ce jour.\n\nL'équipe CRM Runner"),
  acct="6064319", refund=True, t="other follow_up not",
  notes="windows-1252 quoted-printable; after the confirmation asks about a refund for the remaining months.")

M(slug="fr-cherif-annulez-ma-demande", lang="fr",
  frm=("Yasmine Cherif", "yasmine.cherif@gmail.example"), date="2026-03-13 09:22 +0100",
  subj="Re: Annulation et remboursement", style="gmail", irt="fr-premier-mois-remboursement",
  body="""Bonjour,

Finalement j'ai trouvé le module de prise de rendez-vous en ligne, il était dans les extensions ! Annulez ma demande de résiliation, je garde l'abonnement. Désolée pour le dérangement.

Yasmine""",
  quote=Q("Le jeu. 12 mars 2026 à 21:36, Yasmine Cherif <yasmine.cherif@gmail.example> a écrit :",
          "Merci d'annuler mon abonnement et de me rembourser les 49 € prélevés."),
  acct="6247163", t="other withdrawal not", wd=True,
  notes="'Annulez ma demande de résiliation': a withdrawal, not a request.")

M(slug="fr-fleury-export-accents", lang="fr",
  frm=("Rémi Fleury", "remi.fleury@fleury-paysage.example"), date="2026-07-24 14:02 +0200",
  subj="Export CSV – accents cassés", style="gmail",
  body="""Bonjour,

Quand j'exporte les contacts en CSV, les accents sont remplacés par des caractères bizarres (Ã© au lieu de é) dans Excel. C'est gênant pour les publipostages.

Rémi""",
  acct="7048192", t="other bug_report not",
  notes="Bug report about CSV encoding.")

M(slug="fr-auto-absence-latin1", lang="fr",
  frm=("Benoît Lacroix", "benoit.lacroix@lacroix-vins.example"), date="2026-04-09 09:00 +0200",
  subj="Absence du bureau", style="latin1",
  hdr=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
  body="""Bonjour,

Je suis en déplacement sur les salons jusqu'au 20 avril. Je traiterai votre message à mon retour.

Benoît Lacroix
Lacroix Vins""",
  acct="7401552", t="auto auto_reply not",
  notes="iso-8859-1 auto-reply with Auto-Submitted, sent in answer to support's acknowledgement.")

M(slug="fr-ma-fermeture-bureaux", lang="fr",
  frm=("Atlas Voyages Pro", "y.elamrani@atlas-voyages-pro.example"), date="2026-07-27 08:00 +0100",
  subj="Réponse automatique : Re: Arrêt de l'abonnement", style="qp",
  hdr=[("X-Autoreply", "yes")],
  body="""Bonjour,

Nos bureaux sont fermés pour congés annuels du 27 juillet au 14 août. Votre message sera traité à notre retour.

Cordialement,
L'équipe Atlas Voyages Pro""",
  acct="8104257", t="auto auto_reply not",
  notes="Company holiday auto-reply (X-Autoreply only); subject quotes the cancellation thread.")

M(slug="fr-bounce-gmail-introuvable", lang="fr",
  frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.example"), date="2026-07-28 16:45 +0200",
  subj="Delivery Status Notification (Failure)", style="dsn",
  body="""Adresse introuvable

Votre message n'a pas été distribué à lucas.rivet@gmail.example, car l'adresse est introuvable ou ne peut pas recevoir de messages.

La réponse du serveur distant était :
550 5.1.1 The email account that you tried to reach does not exist.""",
  dsn=dict(mta="googlemail.example", rcpt="lucas.rivet@gmail.example", status="5.1.1",
           diag="550-5.1.1 The email account that you tried to reach does not exist.",
           orig=dict(frm=("Support CRM Runner", "support@crmrunner.example"), to="lucas.rivet@gmail.example",
                     date="2026-07-28 16:44 +0200", subj="Votre demande de fermeture de compte",
                     body="""Bonjour,

Nous avons bien reçu votre demande de fermeture du compte (identifiant lucas_r). Elle sera effective à la fin de votre période en cours.

L'équipe CRM Runner""")),
  t="bounce bounce not",
  notes="Gmail-style DSN in French for support's reply; returned text mentions a username and an account closure.")

M(slug="fr-dsn-retarde", lang="fr",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx2.crmrunner.example"), date="2026-07-29 11:30 +0200",
  subj="Delayed Mail (still being retried)", style="dsn",
  body="""This is the mail system at host mx2.crmrunner.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<contact@fromagerie-vial.example>: connect to mx.fromagerie-vial.example[192.0.2.15]:25:
    Connection refused""",
  dsn=dict(mta="mx2.crmrunner.example", rcpt="contact@fromagerie-vial.example", status="4.4.1", action="delayed",
           remote="mx.fromagerie-vial.example", diag="connect to mx.fromagerie-vial.example: Connection refused",
           headers_only=True,
           orig=dict(frm=("Support CRM Runner", "support@crmrunner.example"), to="contact@fromagerie-vial.example",
                     date="2026-07-29 07:20 +0200", subj="Re: Résiliation", body="Bonjour,\n\nC'est noté.\n")),
  t="bounce bounce not",
  notes="Delay warning DSN (Action: delayed) for support's reply in a résiliation thread.")

# ============================================================== PORTUGUESE

M(slug="pt-br-prates-encerrar-depois-pausa", lang="pt",
  frm=("Luciana Prates", "luciana.prates@pratesfotografia.example"), date="2026-09-02 10:30 -0300",
  subj="Encerrar conta", style="iphone",
  body="""Oi, voltei de viagem e resolvi encerrar a conta. Agora vou fotografar só casamentos através de uma agência, que já cuida dos clientes.

Obrigada pela pausa e por tudo!
Luciana

Enviado do meu iPhone""",
  acct="8544710", t="canc request clear", rk=["vou fotografar só casamentos através de uma agência"], rc="other",
  notes="After a pause, the customer closes the account.")

M(slug="pt-br-leandro-estorno-nunca-veio", lang="pt",
  frm=("Leandro Gomes", "leandro.gomes@uol.example"), date="2026-04-13 09:40 -0300",
  subj="RE: Cobrança duplicada", style="outlook", irt="pt-br-cobrado-duas-vezes",
  body="""Bom dia,

Mais de um mês e o estorno nunca veio, nem resposta. Assim não dá: cancelem minha assinatura e devolvam os R$ 99,00 cobrados a mais.

Leandro""",
  quote=OQ("De: Leandro Gomes\nEnviada em: sexta-feira, 6 de março de 2026 10:03\nPara: support@crmrunner.example\nAssunto: Cobrança duplicada",
           "Fui cobrado duas vezes no cartão este mês (R$ 99,00 em 05/03, duas transações). Peço o estorno de uma das cobranças."),
  acct="6531478", refund=True, t="canc request clear", rk=["o estorno nunca veio, nem resposta"], rc="customer_service",
  notes="Earlier refund-only request escalates into a cancellation plus refund.")

M(slug="pt-br-adriana-perdi-paciencia", lang="pt",
  frm=("Adriana Lima Pereira", "adriana.lp@ig.example"), date="2026-02-05 16:02 -0300",
  subj="Re: Não consigo acessar", style="plain8", irt="pt-br-esqueci-senha",
  body="""Já faz uma semana e ninguém me ajudou a recuperar a senha. Perdi a paciência: cancelem minha assinatura. Usuário adrianalp.

Adriana""",
  quote=Q("Em 30/01/2026 08:55, Adriana Lima Pereira escreveu:",
          "Bom dia, esqueci minha senha e o link de redefinição não chega no meu e-mail (já olhei no spam)."),
  acct="6842057", user="adrianalp", t="canc request clear", rk=["ninguém me ajudou a recuperar a senha"], rc="customer_service",
  notes="Earlier password problem turns into a cancellation.")

M(slug="pt-br-outlook-iso-codigo-cliente", lang="pt",
  frm=("Marcos Albuquerque", "marcos.albuquerque@albuquerquetintas.example"), date="2026-07-06 11:15 -0300",
  subj="Cancelamento de assinatura - código do cliente 8.412.057", style="outlook", cs="iso-8859-1",
  sig=("Marcos Albuquerque", "Gerente Administrativo", "Albuquerque Tintas Ltda.", "(62) 3555-0123"),
  body="""Prezados,

Solicito o cancelamento da assinatura do CRM Runner da Albuquerque Tintas, código do cliente 8.412.057, a partir do próximo vencimento.

A empresa foi vendida e os novos sócios usam outro sistema.

Atenciosamente,""",
  acct=A("8412057", "albuquerquetintas", "marcos.albuquerque@albuquerquetintas.example", "monthly", "active", "2024-06-03", "249.00", "BRL"),
  num="8412057", decoys=["3555-0123"], t="canc request clear", rk=["os novos sócios usam outro sistema"], rc="switched_service",
  notes="Brazilian Outlook in iso-8859-1; customer code written with dots.")

M(slug="pt-br-cp1252-rescisao", lang="pt",
  frm=("Adm. Condomínio Jardim das Palmeiras", "administracao@jardimpalmeiras.example"), date="2026-07-07 15:40 -0300",
  subj="Rescisão", style="cp1252",
  body="""Prezados,

Por decisão da assembleia de condôminos, solicitamos a rescisão do contrato de assinatura do CRM Runner. A administradora contratada pelo condomínio já utiliza sistema próprio.

Síndico: Luiz Antônio Teles

Atenciosamente,
Administração""",
  acct=A("7067513", "jardimpalmeiras", "administracao@jardimpalmeiras.example", "monthly", "active", "2025-03-02", "99.00", "BRL"),
  t="canc request clear", rk=["já utiliza sistema próprio"], rc="switched_service",
  notes="windows-1252 8bit; condominium 'rescisão do contrato'.")

M(slug="pt-br-sem-assunto-nao-uso", lang="pt",
  frm=("Jéssica Prado", "jessica.prado.mkt@gmail.example"), date="2026-07-08 22:48 -0300",
  subj=None, style="plain7",
  body="""oi, quero cancelar, nao uso mais. obg""",
  acct=A("6230785", "jessicaprado", "jessica.prado.mkt@gmail.example", "monthly", "active", "2026-04-20", "99.00", "BRL"),
  t="canc request clear", rk=["nao uso mais"], rc="unused",
  notes="No Subject, one line, no accents.")

M(slug="pt-pt-contabilista-anexo", lang="pt", region="pt",
  frm=("Gabinete Contabilístico Sá", "geral@gabinete-sa.example"), date="2026-07-09 10:25 +0100",
  subj="Reencaminhamento: Cancelamento CRM Runner", style="outlook",
  att=dict(frm=("Quinta do Vale Fundo", "quintavalefundo@sapo.example"), to="geral@gabinete-sa.example",
           date="2026-07-08 19:02 +0100", subj="Cancelamento CRM Runner", fname="Cancelamento CRM Runner.eml",
           body="""Boa noite Dr. Sá,

Peço-lhe que trate do cancelamento da nossa subscrição do CRM Runner. Vamos arrendar a quinta e deixamos de ter turismo rural.

Obrigado,
Manuel Vale"""),
  body="""Bom dia,

Em anexo segue o e-mail do nosso cliente, Quinta do Vale Fundo, titular da conta, a solicitar o cancelamento da subscrição.

Agradecemos que confirmem diretamente ao cliente.

Com os melhores cumprimentos,
Gabinete Contabilístico Sá""",
  acct=A("6515270", "quintavalefundo", "quintavalefundo@sapo.example", "yearly", "active", "2025-04-01", "190.00", "EUR"),
  account="6515270", t="canc forward_request clear", rk=["deixamos de ter turismo rural"], rc="business_closed",
  notes="Portuguese accountant forwards the client's e-mail as message/rfc822.")

M(slug="pt-br-assunto-8bit-ipe", lang="pt",
  frm=("Mônica Ipê", "monica@ipeamarelo-paisagismo.example"), date="2026-07-10 08:55 -0300",
  subj="Cancelamento da assinatura – usuário ipe_amarelo", style="plain8", henc="raw",
  body="""Bom dia,

Peço o cancelamento da assinatura do usuário ipe_amarelo. A empresa vai usar o sistema que veio junto com o novo software de orçamentos.

Mônica""",
  acct=A("8357641", "ipe_amarelo", "monica@ipeamarelo-paisagismo.example", "monthly", "active", "2025-05-05", "99.00", "BRL"),
  user="ipe_amarelo", t="canc request clear", rk=["o sistema que veio junto com o novo software de orçamentos"], rc="switched_service",
  notes="Raw 8-bit UTF-8 Subject and From name; username in Subject and body.")

M(slug="pt-br-sai-da-empresa-excluir-usuario", lang="pt",
  frm=("Vitor Hugo Lins", "vitorhugo.lins@gmail.example"), date="2026-07-13 13:33 -0300",
  subj="Excluir meu usuário", style="gmail",
  body="""Olá,

Saí da Lemos Automóveis, onde usava o CRM Runner. Por favor excluam meu usuário, não quero mais receber notificações no celular.

Vitor Hugo""",
  t="canc request_seat maybe", amb=True,
  notes="A seat user (not the owner) asks to delete his own login; company name is not an identifier. Ambiguous.")

M(slug="pt-br-como-cancelo", lang="pt",
  frm=("Daniel Fonseca", "daniel.fonseca@fonsecabikes.example"), date="2026-07-14 19:21 -0300",
  subj="cancelar", style="android",
  body="""Como cancelo?

Enviado do meu Galaxy""",
  acct=A("7918352", "fonsecabikes", "daniel.fonseca@fonsecabikes.example", "monthly", "active", "2025-12-29", "99.00", "BRL"),
  t="other how_to maybe", amb=True,
  notes="Bare 'Como cancelo?'; by rule a how-to (other), but likely wants to cancel. Ambiguous.")

M(slug="pt-br-se-cancelar-preco-antigo", lang="pt",
  frm=("Kátia Reis", "katia.reis@reisbuffet.example"), date="2026-07-15 10:09 -0300",
  subj="Dúvida", style="gmail",
  body="""Oi! Se eu cancelar agora e voltar daqui a uns 6 meses, eu mantenho o preço antigo ou pago o novo?

Kátia""",
  acct=A("6684129", "reisbuffet", "katia.reis@reisbuffet.example", "monthly", "active", "2024-09-02", "99.00", "BRL"),
  t="other hypothetical not",
  notes="Hypothetical about cancelling and coming back.")

M(slug="pt-br-amaral-serasa", lang="pt",
  frm=("Jorge Amaral", "jorge.amaral@amaralpecas.example"), date="2026-07-16 14:50 -0300",
  subj="Negativação indevida", style="outlook",
  body="""Boa tarde,

Cancelei a assinatura em março e avisei em abril sobre o boleto indevido. Agora meu CNPJ foi negativado no Serasa por causa dessa cobrança de R$ 99,00. Exijo a baixa imediata da negativação.

Jorge Amaral""",
  acct="6098471", t="other already_cancelled not",
  notes="Escalated billing dispute after cancellation (credit bureau listing).")

M(slug="pt-br-medeiros-diferenca", lang="pt",
  frm=("Otávio Medeiros", "otavio@medeirosconsultoria.example"), date="2026-03-09 11:20 -0300",
  subj="Cobrança do plano antigo", style="outlook",
  body="""Bom dia,

Mudamos para o Starter em fevereiro, mas a fatura de março ainda veio com o valor do Team (R$ 499,00). Por favor devolvam a diferença.

Otávio""",
  acct="7245670", refund=True, t="other refund_only not",
  notes="Refund of the difference after a downgrade.")

M(slug="pt-br-cooperativa-entressafra", lang="pt",
  frm=("Cooperativa Agro Sul", "comercial@coopagrosul.example"), date="2026-07-17 08:40 -0300",
  subj="Suspensão temporária", style="outlook",
  body="""Bom dia,

Na entressafra (agosto a outubro) nossa equipe comercial fica praticamente parada. É possível suspender temporariamente a assinatura nesse período, sem perder os dados, e reativar em novembro?

Atenciosamente,
Setor Comercial – Cooperativa Agro Sul""",
  acct=A("8095613", "coopagrosul", "comercial@coopagrosul.example", "yearly", "active", "2025-11-01", "4990.00", "BRL"),
  t="other pause not",
  notes="Temporary suspension request.")

M(slug="pt-br-lgpd-cliente-de-cliente", lang="pt",
  frm=("Rogério Tavares", "rogerio.tavares@terra.example"), date="2026-07-20 21:10 -0300",
  subj="LGPD – meus dados", style="qp",
  body="""Boa noite,

Fui cliente da Tavares Auto Peças, que usa o sistema de vocês. Pela LGPD, quero que meus dados pessoais (CPF, telefone, endereço) sejam apagados do CRM de vocês.

Rogério""",
  t="other data_deletion not",
  notes="A customer of a customer asks for erasure; not an account holder.")

M(slug="pt-br-ong-desconto", lang="pt",
  frm=("Instituto Semear", "contato@institutosemear.example"), date="2026-07-21 15:00 -0300",
  subj="Desconto para ONG", style="gmail",
  body="""Olá,

Somos uma ONG de educação em Salvador e gostaríamos de saber se vocês oferecem desconto para organizações sem fins lucrativos no plano Pro.

Obrigado,
Instituto Semear""",
  t="other sales not",
  notes="Sales question from a non-profit prospect.")

M(slug="pt-br-cunha-obrigado", lang="pt",
  frm=("Paulo Henrique Cunha", "paulo.cunha@cunhacontabil.example"), date="2026-06-15 09:20 -0300",
  subj="Re: Remover usuária do plano", style="gmail",
  body="""Show, obrigado pela agilidade!

Paulo""",
  quote=Q("Em seg., 15 de jun. de 2026 às 08:55, Suporte CRM Runner <support@crmrunner.example> escreveu:",
          "Olá Paulo,\n\nO acesso do Lucas foi removido.\n\nEquipe CRM Runner"),
  acct="8603941", t="other thanks not",
  notes="Thanks after a seat removal.")

M(slug="pt-br-rosangela-ultima-nota", lang="pt",
  frm=("Rosângela Batista", "rosangela.batista@gmail.example"), date="2026-02-12 10:08 -0300",
  subj="Re: Encerrar conta", style="android",
  body="""Bom dia, recebi a confirmação do encerramento. Vocês podem me mandar a última nota fiscal? A contadora pediu.

Enviado do meu Galaxy""",
  quote=Q("Em 11/02/2026 16:30, Suporte CRM Runner <support@crmrunner.example> escreveu:",
          "Olá Rosângela,\n\nSua conta será encerrada em 09/03/2026.\n\nEquipe CRM Runner"),
  acct="8091532", t="other follow_up not",
  notes="After confirmation, asks only for the last invoice.")

M(slug="pt-br-peixoto-aceito-proposta", lang="pt",
  frm=("Larissa Peixoto", "larissa.peixoto@peixotomodas.example"), date="2026-05-07 11:30 -0300",
  subj="Re: Cancelar", style="iphone", irt="pt-br-ficou-muito-caro",
  body="""Oi! Recebi a proposta de desconto e aceito. Cancelem o pedido de cancelamento então 😅

Larissa

Enviado do meu iPhone""",
  quote=Q("Em 5 de mai. de 2026, à(s) 14:47, Larissa Peixoto <larissa.peixoto@peixotomodas.example> escreveu:",
          "Oi, boa tarde! Com o reajuste ficou muito caro pra mim, R$ 249 não cabe mais no orçamento da loja. Quero cancelar, por favor."),
  acct="6691038", t="other withdrawal not", wd=True,
  notes="'Cancelem o pedido de cancelamento' is a withdrawal.")

M(slug="pt-br-multiempresa", lang="pt",
  frm=("Otávio Campos", "otavio.campos@camposgrafica.example"), date="2026-02-20 10:00 -0300",
  subj="Duas empresas na mesma conta", style="outlook",
  body="""Bom dia,

Tenho duas empresas (a gráfica e uma papelaria). Consigo gerenciar as duas na mesma conta do CRM Runner, com funis separados?

Otávio Campos""",
  acct="8014736", t="other question not",
  notes="Feature question from an existing customer.")

M(slug="pt-br-nobre-reativar", lang="pt",
  frm=("Gerência Nobre Móveis", "gerencia@nobremoveis.example"), date="2026-07-22 09:45 -0300",
  subj="Reativação da conta", style="gmail",
  body="""Bom dia,

Cancelamos no ano passado, mas queremos voltar a usar o CRM Runner. A conta era a do e-mail atendimento@nobremoveis.example. Dá pra reativar mantendo os dados?

Gerência – Nobre Móveis""",
  acct="7885013", email="atendimento@nobremoveis.example", t="other other not",
  notes="Reactivation request for a cancelled account; registered address given in the body.")

M(slug="pt-br-auto-fora-escritorio", lang="pt",
  frm=("Felipe Andrade", "felipe.andrade@andradelogistica.example"), date="2026-04-10 17:31 -0300",
  subj="Resposta automática: RE: Uma oferta especial antes de você ir", style="outlook",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  body="""Estou fora do escritório até 13/04, em viagem a trabalho. Para assuntos urgentes, ligue para a recepção: (11) 3555-0188.

Felipe Andrade
Andrade Logística""",
  acct="6417983", decoys=["3555-0188"], t="auto auto_reply not",
  notes="Out-of-office with Auto-Submitted, in a cancellation thread.")

M(slug="pt-pt-ausencia-prolongada", lang="pt", region="pt",
  frm=("Joaquim Sousa", "joaquim.sousa@sousa-contabilidade.example"), date="2026-03-26 08:00 +0000",
  subj="Ausência prolongada", style="latin1",
  body="""Caro(a) remetente,

Informo que me encontro em ausência prolongada até ao final de abril. Durante este período, as mensagens não serão lidas.

Para assuntos urgentes: geral@sousa-contabilidade.example

Joaquim Sousa""",
  acct="7175923", t="auto auto_reply not",
  notes="European Portuguese absence notice without auto-reply headers, iso-8859-1.")

M(slug="pt-br-dsn-atrasado", lang="pt",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"), date="2026-07-23 14:10 -0300",
  subj="Aviso: entrega atrasada", style="dsn",
  body="""AVISO: esta é apenas uma notificação, não é preciso reenviar a mensagem.

Sua mensagem para vendas@loja-mimos.example ainda não foi entregue após 4 horas. Continuaremos tentando por até 5 dias.

Motivo: 421 4.7.0 Try again later""",
  dsn=dict(mta="mx1.crmrunner.example", rcpt="vendas@loja-mimos.example", status="4.7.0", action="delayed",
           remote="mx.loja-mimos.example", diag="421 4.7.0 Try again later",
           orig=dict(frm=("Suporte CRM Runner", "support@crmrunner.example"), to="vendas@loja-mimos.example",
                     date="2026-07-23 10:05 -0300", subj="Re: Encerrar assinatura",
                     body="""Olá,

Recebemos seu pedido para encerrar a assinatura. Ele será concluído no fim do ciclo atual.

Equipe CRM Runner

Em 23/07/2026 09:30, Loja Mimos escreveu:
> Bom dia, quero encerrar a assinatura da Loja Mimos. Obrigada""")),
  t="bounce bounce not",
  notes="Delay DSN in Portuguese; returned message quotes a cancellation request.")

M(slug="pt-br-dsn-spf-microsoft", lang="pt",
  frm=("Microsoft Outlook", "postmaster@outlook.example"), date="2026-07-24 09:12 -0300",
  subj="Não é possível entregar: Re: Cancelamento", style="dsn",
  body="""A mensagem não pôde ser entregue aos seguintes destinatários:

gerencia@casadasbaterias.example
O servidor de e-mail do destinatário rejeitou a mensagem por causa de uma política de autenticação do remetente.

Informações de diagnóstico para administradores:
550 5.7.23 The message was rejected because of Sender Policy Framework violation""",
  dsn=dict(mta="outlook.example", rcpt="gerencia@casadasbaterias.example", status="5.7.23",
           diag="550 5.7.23 The message was rejected because of Sender Policy Framework violation",
           orig=dict(frm=("Suporte CRM Runner", "support@crmrunner.example"), to="gerencia@casadasbaterias.example",
                     date="2026-07-24 09:11 -0300", subj="Re: Cancelamento",
                     body="""Olá,

Para confirmar o cancelamento, precisamos que você responda do e-mail cadastrado na conta.

Equipe CRM Runner""")),
  t="bounce bounce not",
  notes="Exchange-style NDR in Portuguese (SPF rejection) for support's reply.")
