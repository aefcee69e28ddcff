# Batch 08 — hand-written texts (25 fr, 25 pt)
from common import A, M, Q, OQ

# ============================================================== FRENCH

M(slug="fr-adresse-perso-sans-identifiant", lang="fr",
  frm=("Marie-Laure Fabre", "ml.fabre.nimes@gmail.example"), date="2026-09-01 12:40 +0200",
  subj="Résiliation abonnement", style="gmail",
  body="""Bonjour,

Je voudrais résilier mon abonnement CRM Runner. Je suis Marie-Laure Fabre, cabinet de kinésithérapie à Nîmes. Je vous écris de mon adresse personnelle car je n'ai plus accès à celle du cabinet.

Merci,
Marie-Laure Fabre""",
  acct=A("8514307", "kinefabre", "cabinet.kine.fabre@wanadoo.example", "monthly", "active", "2024-03-18", "49.00", "EUR"),
  t="canc request clear",
  notes="Request from a personal address with no identifier; the account (registered to the practice address) cannot be told from the message.")

M(slug="fr-numero-objet-seul", lang="fr",
  frm=("Arnaud Vidal", "arnaud.vidal@vidal-taxi.example"), date="2026-09-02 08:05 +0200",
  subj="7 318 406 résiliation", style="plain8",
  body="""Bonjour,

Comme indiqué en objet.

Cordialement,
A. Vidal""",
  acct=A("7318406", "vidaltaxi", "arnaud.vidal@vidal-taxi.example", "monthly", "active", "2025-04-30", "19.00", "EUR"),
  num="7318406", t="canc request clear",
  notes="Account number and intent only in the Subject; body says 'comme indiqué en objet'.")

M(slug="fr-ref-client-prefixe", lang="fr",
  frm=("Hélène Barre", "helene.barre@barre-immobilier.example"), date="2026-09-03 10:18 +0200",
  subj="Demande de résiliation", style="outlook",
  body="""Bonjour,

Je vous demande de bien vouloir résilier l'abonnement de l'agence.
Réf. client : CR-6624093

L'agence a fermé ses portes fin août.

Cordialement,
Hélène Barre""",
  acct=A("6624093", "barreimmo", "helene.barre@barre-immobilier.example", "monthly", "active", "2024-05-06", "49.00", "EUR"),
  num="6624093", t="canc request clear", rk=["l'agence a fermé ses portes"], rc="business_closed",
  notes="Customer reference written with a 'CR-' prefix; the digits are the account number.")

M(slug="fr-sn-attendons-confirmation", lang="fr",
  frm=("Fatou Ndiaye", "fatou.ndiaye@teranga-immobilier.example"), date="2026-08-24 10:15 +0000",
  subj="Re: Fin de collaboration – N° client 7 905 318", style="gmail", irt="fr-sn-mettre-un-terme",
  body="""Bonjour,

Nous attendons toujours la confirmation de la résiliation demandée le 7 août pour Teranga Immobilier (N° client 7905318). Merci de bien vouloir la traiter avant la prochaine facturation.

Fatou Ndiaye""",
  acct="7905318", num="7905318", t="canc follow_up clear",
  notes="Follow-up (In-Reply-To, no quote) restating the pending résiliation with the customer number.")

M(slug="fr-guerin-retirer-paul", lang="fr",
  frm=("Sabrina Guerin", "sabrina.guerin@guerin-immobilier.example"), date="2026-09-04 09:30 +0200",
  subj="Retrait licence", style="outlook",
  body="""Bonjour,

Identifiant du compte : guerin.immo
Merci de retirer la licence de Paul Lenoir, qui part à la retraite fin septembre.

Sabrina Guerin""",
  acct="6724590", user="guerin.immo", t="canc request_seat clear", rk=["qui part à la retraite"], rc="other",
  notes="Seat removal with the account username.")

M(slug="fr-collet-numero-majuscules", lang="fr",
  frm=("DENISE COLLET", "denise.collet@yahoo.example"), date="2026-04-15 10:02 +0200",
  subj="Re: RESILIATION", style="yahoo",
  body="""MON NUMERO CLIENT EST LE 6015874 JE VEUX TOUJOURS RESILIER MERCI""",
  quote=Q("Le mercredi 8 avril 2026 à 09:15:02 UTC+2, Support CRM Runner <support@crmrunner.example> a écrit :",
          "Bonjour Madame,\n\nPour traiter votre demande, pouvez-vous nous indiquer votre numéro client ?\n\nL'équipe CRM Runner"),
  acct="6015874", num="6015874", t="canc follow_up clear",
  notes="All-caps answer to support's question, with the customer number, restating the request.")

M(slug="fr-lrar-code-consommation", lang="fr",
  frm=("Joëlle Marchetti", "joelle.marchetti@marchetti-couture.example"), date="2026-09-07 16:45 +0200",
  subj="Résiliation – copie de mon courrier recommandé", style="outlook",
  body="""Madame, Monsieur,

Je vous informe que je vous ai adressé ce jour, par lettre recommandée avec accusé de réception (n° 1A 123 456 7890 1), ma demande de résiliation de l'abonnement CRM Runner, conformément à l'article L215-1 du Code de la consommation. Vous en trouverez la copie ci-dessous.

« Je soussignée Joëlle Marchetti, gérante de Marchetti Couture, vous notifie ma décision de ne pas reconduire mon abonnement CRM Runner et vous demande de procéder à sa résiliation à l'échéance. »

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Joëlle Marchetti""",
  acct=A("8608514", "marchetticouture", "joelle.marchetti@marchetti-couture.example", "monthly", "active", "2025-01-05", "19.00", "EUR"),
  decoys=["1A 123 456 7890 1"], t="canc request clear",
  notes="Copy of a registered letter; the postal tracking number is a decoy.")

M(slug="fr-augmentation-inacceptable", lang="fr",
  frm=("Inès Bouaziz", "ines.bouaziz@gmail.example"), date="2026-09-08 18:22 +0200",
  subj="Augmentation de tarif", style="android",
  body="""Bonjour, votre augmentation de 20 % au 1er octobre est inacceptable pour une indépendante. Je résilie mon abonnement avant cette date.

Envoyé depuis mon smartphone Samsung Galaxy""",
  acct="6271590", t="canc request clear", rk=["votre augmentation de 20 %"], rc="too_expensive",
  notes="Price increase; 'je résilie'.")

M(slug="fr-qc-pipedrive-ferme-compte", lang="fr",
  frm=("Marc-André Roy", "marcandre.roy@gmail.example"), date="2026-09-09 20:10 -0400",
  subj="on s'en va", style="plain7",
  body="""allo, on sen va chez Pipedrive, ferme mon compte svp
identifiant: batisseursduroy
merci""",
  acct=A("6237490", "batisseursduroy", "info@batisseursduroy.example", "monthly", "active", "2025-03-17", "65.00", "CAD"),
  user="batisseursduroy", t="canc request clear", rk=["on sen va chez pipedrive"], rc="switched_service",
  notes="Québec, no accents, from a personal address; username identifies the account.")

M(slug="fr-fournier-tout-resilier", lang="fr",
  frm=("Direction Fournier Bois", "direction@fournier-bois.example"), date="2026-09-10 11:05 +0200",
  subj="Abonnement CRM Runner", style="outlook",
  body="""Bonjour,

Merci de supprimer l'accès de Fabien dès maintenant, et au passage de résilier tout l'abonnement à la fin de l'année : nous passons sur le module CRM de notre nouvel ERP.

Didier Fournier
Fournier Bois & Matériaux""",
  acct="7814925", t="canc request clear", rk=["le module crm de notre nouvel erp"], rc="switched_service",
  notes="Full cancellation (plus a seat removal) from an address that is not the registered one, with no identifier; account cannot be told from the message.")

M(slug="fr-supprimer-tous-contacts", lang="fr",
  frm=("Olivier Charpentier", "olivier.charpentier@charpentier-bois.example"), date="2026-09-11 14:30 +0200",
  subj="Supprimer tous les contacts", style="gmail",
  body="""Bonjour,

Comment supprimer tous les contacts d'un coup ? J'ai fait un import raté (3 000 lignes en double) et je veux repartir de zéro.

O. Charpentier""",
  acct="8362087", t="other question not",
  notes="'Supprimer tous les contacts' after a bad import; settings question.")

M(slug="fr-facture-mention-preavis", lang="fr",
  frm=("Gilles Perrin", "gilles.perrin@perrin-ambulances.example"), date="2026-09-14 09:12 +0200",
  subj="Mention sur la facture", style="qp",
  body="""Bonjour,

Sur ma dernière facture il est écrit « préavis de résiliation : 30 jours ». Qu'est-ce que ça veut dire ? Je n'ai rien demandé du tout, je veux garder mon abonnement.

Gilles Perrin""",
  acct=A("7023185", "perrinambulances", "gilles.perrin@perrin-ambulances.example", "monthly", "active", "2024-08-05", "49.00", "EUR"),
  t="other question not",
  notes="Worried by a mention on the invoice; explicitly keeps the subscription.")

M(slug="fr-lefevre-preleve-apres-fin", lang="fr",
  frm=("Bertrand Lefèvre", "b.lefevre@cabinet-lefevre.example"), date="2026-03-05 10:40 +0100",
  subj="Prélèvement du 2 mars", style="outlook",
  sig=("Bertrand Lefèvre", "Cabinet Lefèvre & Associés"),
  body="""Madame, Monsieur,

Votre confirmation indiquait une fin d'abonnement au 2 mars. Or un prélèvement de 49,00 € a été effectué le 2 mars. Je vous remercie de procéder à son remboursement.

Salutations distinguées,""",
  acct="6120457", refund=True, t="other already_cancelled not",
  notes="Billing dispute after the confirmed cancellation.")

M(slug="fr-qc-remise-fidelite", lang="fr",
  frm=("Réjean Côté", "rejean.cote@videotron.example"), date="2026-07-20 10:10 -0400",
  subj="Re: annulation", style="gmail", irt="fr-qc-comment-faire-annuler",
  body="""Merci pour la réponse. Une autre question : si j'annule maintenant et que je reviens au printemps, est-ce que je perds mon rabais de fidélité ?

Réjean""",
  quote=Q("Le ven. 17 juill. 2026, à 16 h 30, Support CRM Runner <support@crmrunner.example> a écrit :",
          "Bonjour,\n\nPour annuler, il suffit de répondre à ce courriel en confirmant votre demande.\n\nL'équipe CRM Runner"),
  acct="8413796", t="other hypothetical not",
  notes="Hypothetical question in the thread after the how-to; no decision.")

M(slug="fr-qc-ajout-utilisateurs", lang="fr",
  frm=("Mathieu Bélanger", "mbelanger@belanger-excavation.example"), date="2026-09-15 07:40 -0400",
  subj="Ajout d'utilisateurs", style="gmail",
  body="""Bonjour,

On engage deux contremaîtres pour l'automne. Pouvez-vous ajouter deux licences à notre abonnement Team à partir du 1er octobre?

Merci,
Mathieu""",
  acct="6497032", t="other plan_change not",
  notes="Adds seats.")

M(slug="fr-marchand-annulons-demande", lang="fr",
  frm=("Béatrice Marchand", "b.marchand@marchand-freres.example"), date="2026-07-13 11:00 +0200",
  subj="Annulation de notre demande de résiliation", style="outlook-html", cs="iso-8859-1",
  body="""Madame, Monsieur,

Après discussion avec la direction, nous annulons notre demande de résiliation du 9 juillet. Merci de maintenir l'abonnement CRM Runner en l'état.

Béatrice Marchand""",
  acct="6926147", t="other withdrawal not", wd=True,
  notes="Formal withdrawal ('nous annulons notre demande de résiliation').")

M(slug="fr-caron-supprimer-donnees", lang="fr",
  frm=("Max", "max@studio-caron.example"), date="2026-05-04 11:30 +0200",
  subj="Suppression des données", style="plain8",
  body="""Hello,

Maintenant que le plan est cancelled, merci de supprimer définitivement toutes nos données (contacts, deals, fichiers) de vos serveurs.

Cheers,
Max""",
  acct="7947082", t="other data_deletion not",
  notes="Franglais data-deletion request after the cancellation.")

M(slug="fr-tremblay-merci", lang="fr",
  frm=("Geneviève Tremblay", "genevieve.tremblay@videotron.example"), date="2026-01-16 09:15 -0500",
  subj="Re: Me désabonner", style="gmail",
  body="""Merci beaucoup pour la confirmation, bonne continuation!

Geneviève""",
  quote=Q("Le jeu. 15 janv. 2026, à 14 h 20, Support CRM Runner <support@crmrunner.example> a écrit :",
          "Bonjour,\n\nVotre abonnement est annulé ; l'accès reste ouvert jusqu'au 11 février.\n\nL'équipe CRM Runner"),
  acct="7398015", t="other thanks not",
  notes="Thanks from the registered address after the confirmation.")

M(slug="fr-annuler-visio-jeudi", lang="fr",
  frm=("Clément Garnier", "clement.garnier@garnier-energies.example"), date="2026-09-16 17:20 +0200",
  subj="Visio de jeudi", style="apple",
  body="""Bonjour,

Je suis obligé d'annuler notre visio de jeudi 10h, je suis en déplacement chez un client. Je reviens vers vous pour une autre date.

Clément Garnier""",
  t="other meeting_cancel not",
  notes="Cancels a video call; prospect.")

M(slug="fr-annuler-commande-lecteur", lang="fr",
  frm=("Hélène Vasseur", "helene@ferme-des-saules.example"), date="2026-09-17 10:50 +0200",
  subj="Commande CMD-80412", style="gmail",
  body="""Bonjour,

Merci d'annuler la commande CMD-80412 (lecteur de cartes de visite), on en a trouvé un d'occasion.

Hélène""",
  acct="8046372", decoys=["CMD-80412"], t="other order_cancel not",
  notes="Cancels a hardware order.")

M(slug="fr-preleve-avant-fin-essai", lang="fr",
  frm=("Louise Bernard", "louise.bernard@bernard-traduction.example"), date="2026-09-18 08:55 +0200",
  subj="Débitée avant la fin de l'essai", style="qp",
  body="""Bonjour,

Je compte bien continuer avec CRM Runner, mais j'ai été débitée de 19 € trois jours avant la fin de ma période d'essai. Pouvez-vous me rembourser ces 19 € ? Le premier paiement devrait tomber le 21.

Louise Bernard""",
  acct=A("6792041", "lbernard", "louise.bernard@bernard-traduction.example", "monthly", "trial", "2026-09-07", "19.00", "EUR", trial="2026-09-21"),
  refund=True, t="other refund_only not",
  notes="Charged before the end of the trial; keeps the subscription.")

M(slug="fr-notif-autre-editeur", lang="fr",
  frm=("Factura Cloud", "no-reply@factura-cloud.example"), date="2026-09-21 03:12 +0200",
  subj="Votre abonnement Factura Cloud a été résilié", style="html-only",
  body="""Bonjour,

Nous vous confirmons la résiliation de votre abonnement Factura Cloud (offre Solo). Vous conservez l'accès jusqu'au 30 septembre 2026.

Référence : FC-2026-778120

L'équipe Factura Cloud""",
  decoys=["FC-2026-778120"], t="other other not",
  notes="Transactional notice from another vendor about CRM Runner's own subscription there; not a customer request.")

M(slug="fr-qc-vacances-construction", lang="fr",
  frm=("Marc-André Roy", "info@batisseursduroy.example"), date="2026-07-24 08:00 -0400",
  subj="Réponse automatique: Votre facture", style="outlook",
  hdr=[("Auto-Submitted", "auto-replied")],
  body="""Bonjour,

Nos bureaux sont fermés pour les vacances de la construction, du 19 juillet au 2 août. Nous vous répondrons dès notre retour.

Les Bâtisseurs du Roy""",
  acct="6237490", t="auto auto_reply not",
  notes="Québec construction-holiday auto-reply with Auto-Submitted.")

M(slug="fr-yahoo-message-absence", lang="fr",
  frm=("Mickaël Fournier", "mickael.fournier@mf-plaquiste.example"), date="2026-09-22 12:00 +0200",
  subj="Message d'absence", style="yahoo",
  hdr=[("X-Autoreply", "yes")],
  body="""Bonjour, je suis en arrêt maladie jusqu'au 2 novembre. Je ne consulte pas mes mails. Merci de votre compréhension.""",
  acct="8561302", t="auto auto_reply not",
  notes="Absence message with only X-Autoreply.")

M(slug="fr-bounce-sendmail", lang="fr",
  frm=("Mail Delivery Subsystem", "MAILER-DAEMON@relay.crmrunner.example"), date="2026-09-23 10:41 +0200",
  subj="Returned mail: see transcript for details", style="dsn",
  body="""The original message was received at Wed, 23 Sep 2026 10:40:12 +0200
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<jp.morin@cabinet-morin.example>
    (reason: 550 5.1.1 User unknown)

   ----- Transcript of session follows -----
... while talking to mx.cabinet-morin.example.:
>>> DATA
<<< 550 5.1.1 <jp.morin@cabinet-morin.example>... User unknown""",
  dsn=dict(mta="relay.crmrunner.example", rcpt="jp.morin@cabinet-morin.example", status="5.1.1",
           remote="mx.cabinet-morin.example", diag="550 5.1.1 User unknown",
           orig=dict(frm=("Support CRM Runner", "support@crmrunner.example"), to="jp.morin@cabinet-morin.example",
                     date="2026-09-23 10:40 +0200", subj="Accusé de réception de votre demande",
                     body="""Bonjour,

Nous accusons réception, le 23/09/2026 à 10:39, de votre demande :

« Bonjour, merci de résilier notre abonnement, identifiant cabinetmorin. JP Morin »

Elle sera traitée sous 48 heures.

L'équipe CRM Runner""")),
  t="bounce bounce not",
  notes="Sendmail DSN; the returned acknowledgement quotes a cancellation request with a username.")

# ============================================================== PORTUGUESE

M(slug="pt-br-email-pessoal-loja", lang="pt",
  frm=("Simone Vasconcelos", "si.vasconcelos@gmail.example"), date="2026-09-01 19:22 -0300",
  subj="cancelamento", style="iphone",
  body="""Oi, quero cancelar o CRM Runner da minha loja de roupas infantis aqui em Campinas. Estou escrevendo do meu e-mail pessoal.

Simone

Enviado do meu iPhone""",
  acct=A("6902751", "pequenosestilos", "contato@pequenosestilos.example", "monthly", "active", "2025-02-24", "99.00", "BRL"),
  t="canc request clear",
  notes="Request from a personal address with no identifier; the account (registered to the shop address) cannot be told from the message.")

M(slug="pt-br-conta-so-no-assunto", lang="pt",
  frm=("Paulo Sérgio Dantas", "paulo.dantas@dantasrefrigeracao.example"), date="2026-09-02 07:30 -0300",
  subj="conta 8 016 254 - cancelar", style="plain7",
  body="""conforme assunto. obrigado""",
  acct=A("8016254", "dantasrefri", "paulo.dantas@dantasrefrigeracao.example", "monthly", "active", "2025-06-23", "99.00", "BRL"),
  num="8016254", t="canc request clear",
  notes="Intent and account number only in the Subject.")

M(slug="pt-br-id-cliente-prefixo", lang="pt",
  frm=("Carla Moreira", "carla.moreira@moreiraodonto.example"), date="2026-09-03 11:12 -0300",
  subj="Cancelamento", style="gmail",
  body="""Olá,

Solicito o cancelamento da assinatura.
ID do cliente: CR7462013

A clínica foi incorporada por uma rede que já tem sistema próprio.

Carla Moreira""",
  acct=A("7462013", "moreiraodonto", "carla.moreira@moreiraodonto.example", "monthly", "active", "2024-10-07", "249.00", "BRL"),
  num="7462013", t="canc request clear", rk=["uma rede que já tem sistema próprio"], rc="switched_service",
  notes="Customer ID with a 'CR' prefix.")

M(slug="pt-pt-almeida-reiteramos", lang="pt", region="pt",
  frm=("Dr. Francisco Almeida", "francisco.almeida@almeida-advogados.example"), date="2026-08-25 09:40 +0100",
  subj="RE: Denúncia do contrato de subscrição – cliente n.º 6953402", style="outlook", irt="pt-pt-denuncia-contrato",
  body="""Exmos. Senhores,

Não tendo recebido qualquer confirmação, reiteramos a denúncia do contrato de subscrição (cliente n.º 6953402) comunicada a 4 de agosto.

Com os melhores cumprimentos,
Francisco Almeida""",
  acct="6953402", num="6953402", t="canc follow_up clear",
  notes="Formal follow-up restating the termination notice.")

M(slug="pt-br-lemos-remover-vitor", lang="pt",
  frm=("Márcia Lemos", "marcia.lemos@lemosautomoveis.example"), date="2026-09-04 10:05 -0300",
  subj="Remover licença", style="outlook",
  body="""Bom dia,

Usuário da conta: lemosautomoveis
Por favor removam a licença do Vitor Hugo Lins, que saiu da empresa em julho. Ele inclusive escreveu pra vocês pedindo.

Att.,
Márcia Lemos""",
  acct="8379150", user="lemosautomoveis", t="canc request_seat clear", rk=["saiu da empresa em julho"], rc="other",
  notes="Owner confirms the seat removal asked earlier by the seat user; account username given.")

M(slug="pt-br-resposta-numero-conta", lang="pt",
  frm=("Eliane Rocha", "eliane.rocha@rochacosturas.example"), date="2026-09-08 14:40 -0300",
  subj="Re: Precisamos do número da sua conta", style="gmail",
  body="""A conta é 6 821 570. Pode cancelar, por favor.

Eliane""",
  quote=Q("Em seg., 7 de set. de 2026 às 17:00, Suporte CRM Runner <support@crmrunner.example> escreveu:",
          "Olá Eliane,\n\nPara cancelar, precisamos do número da sua conta ou do usuário.\n\nEquipe CRM Runner"),
  acct=A("6821570", "rochacosturas", "eliane.rocha@rochacosturas.example", "monthly", "active", "2025-08-12", "99.00", "BRL"),
  num="6821570", t="canc follow_up clear",
  notes="Answer to support's request for the account number; restates the request.")

M(slug="pt-br-arrependimento-cdc", lang="pt",
  frm=("Felipe Rezende", "felipe.rezende@rezendepiscinas.example"), date="2026-09-09 10:25 -0300",
  subj="Direito de arrependimento – art. 49 do CDC", style="outlook",
  body="""Prezados,

Contratei o plano Pro em 04/09/2026. Venho exercer o direito de arrependimento previsto no art. 49 do Código de Defesa do Consumidor, dentro do prazo de 7 dias, e solicito o cancelamento da assinatura com a devolução integral do valor pago (R$ 249,00).

Atenciosamente,
Felipe Rezende""",
  acct=A("8760135", "rezendepiscinas", "felipe.rezende@rezendepiscinas.example", "monthly", "active", "2026-09-04", "249.00", "BRL"),
  refund=True, t="canc request clear",
  notes="Brazilian consumer-law withdrawal right within 7 days: cancel and full refund; no reason given.")

M(slug="pt-br-reajuste-abusivo", lang="pt",
  frm=("Igor Batista", "igor.batista@batistamoveis.example"), date="2026-09-10 18:30 -0300",
  subj="Reajuste", style="plain8",
  body="""Reajuste de 25% é abusivo. Cancelem minha assinatura, usuário igorbm.

Igor""",
  acct="7395146", user="igorbm", t="canc request clear", rk=["reajuste de 25% é abusivo"], rc="too_expensive",
  notes="Price increase; username given.")

M(slug="pt-br-migrou-hubspot", lang="pt",
  frm=("Danilo Rocha", "danilo.rocha.sp@gmail.example"), date="2026-09-11 21:02 -0300",
  subj="cancela ai", style="plain7",
  body="""fala pessoal, a gente migrou pro hubspot, cancela ai a conta rochaimoveis. vlw""",
  acct="6573082", user="rochaimoveis", t="canc request clear", rk=["a gente migrou pro hubspot"], rc="switched_service",
  notes="Informal, from a personal address; username identifies the account.")

M(slug="pt-br-alves-diretoria-sem-id", lang="pt",
  frm=("Diretoria Alves Calçados", "diretoria@alvescalcados.example"), date="2026-09-14 09:15 -0300",
  subj="Cancelar CRM", style="outlook",
  body="""Bom dia,

Por favor cancelem a assinatura do CRM Runner da Alves Calçados. Vamos concentrar tudo no sistema da franqueadora.

Ronaldo Alves
Diretor""",
  acct="8803417", t="canc request clear", rk=["sistema da franqueadora"], rc="switched_service",
  notes="From the director's address, not the registered one (sac@), with no identifier; account cannot be told from the message.")

M(slug="pt-br-excluir-contatos-lote", lang="pt",
  frm=("Thiago Nascimento", "thiago.nascimento@nascimentosoft.example"), date="2026-09-15 10:40 -0300",
  subj="Excluir contatos em lote", style="gmail",
  body="""Oi, como excluir todos os contatos de uma vez? Importei uma planilha errada.

Thiago""",
  acct="8648015", t="other question not",
  notes="Bulk contact deletion question.")

M(slug="pt-br-fatura-aviso-previo", lang="pt",
  frm=("Sandra Figueira", "sandra.figueira@figueiraarquitetura.example"), date="2026-09-16 09:50 -0300",
  subj="Dúvida na fatura", style="qp",
  body="""Bom dia,

Minha fatura fala em "aviso prévio de cancelamento de 30 dias". O que é isso? Não pedi cancelamento nenhum e quero continuar.

Sandra""",
  acct=A("7151836", "figueiraarq", "sandra.figueira@figueiraarquitetura.example", "monthly", "active", "2025-05-19", "249.00", "BRL"),
  t="other question not",
  notes="Question about an invoice mention; explicitly keeps the subscription.")

M(slug="pt-br-fernanda-cobraram-depois", lang="pt",
  frm=("Fernanda Albuquerque", "fernanda.albuquerque@gmail.example"), date="2026-06-23 10:00 -0300",
  subj="Cobrança após cancelamento", style="gmail",
  body="""Olá,

Vocês confirmaram o cancelamento para 11/06, mas cobraram R$ 99,00 no dia 22/06. Peço o estorno.

Fernanda""",
  acct="8012374", refund=True, t="other already_cancelled not",
  notes="Charged after the confirmed cancellation; refund request.")

M(slug="pt-br-silveira-se-cancelar-volta", lang="pt",
  frm=("Financeiro Silveira", "financeiro@silveiraagro.example"), date="2026-09-17 14:20 -0300",
  subj="Dúvida", style="outlook",
  body="""Boa tarde,

Se cancelarmos na entressafra e voltarmos em março, os dados continuam lá? Ainda estamos avaliando com a diretoria.

Financeiro – Silveira Agro""",
  acct="6460829", t="other hypothetical not",
  notes="Hypothetical; undecided.")

M(slug="pt-br-cunha-importados-team", lang="pt",
  frm=("Renata Cunha", "renata.cunha@cunhaimportados.example"), date="2026-09-18 11:00 -0300",
  subj="Upgrade para Team", style="iphone-plain",
  body="""Oi! Queremos passar pro plano Team a partir de outubro, vamos abrir uma segunda loja.

Renata

Enviado do meu iPhone""",
  acct="7530196", t="other plan_change not",
  notes="Upgrade.")

M(slug="pt-br-palmeiras-revogou", lang="pt",
  frm=("Adm. Condomínio Jardim das Palmeiras", "administracao@jardimpalmeiras.example"), date="2026-07-28 16:10 -0300",
  subj="Re: Rescisão", style="cp1252", cte="quoted-printable",
  body="""Prezados,

Uma nova assembleia revogou a decisão anterior. Desconsiderem nosso pedido de rescisão de 07/07 e mantenham a assinatura.

Atenciosamente,
Administração""",
  quote=Q("Em 07/07/2026 15:40, Administração escreveu:",
          "Por decisão da assembleia de condôminos, solicitamos a rescisão do contrato de assinatura do CRM Runner."),
  acct="7067513", t="other withdrawal not", wd=True,
  notes="windows-1252 QP; withdrawal of the rescission request.")

M(slug="pt-br-copia-dados-antes-exclusao", lang="pt",
  frm=("Alexandre Pinto", "alexandre.pinto@pintomecanica.example"), date="2026-06-25 09:10 -0300",
  subj="Cópia dos dados", style="outlook",
  body="""Bom dia,

Antes da exclusão da conta, quero uma cópia completa de todos os nossos dados (clientes, ordens de serviço, histórico) em planilha.

Alexandre""",
  acct="7234119", t="other other not",
  notes="Data export (portability) request after cancelling.")

M(slug="pt-pt-quinta-obrigado", lang="pt", region="pt",
  frm=("Quinta do Vale Fundo", "quintavalefundo@sapo.example"), date="2026-07-14 20:02 +0100",
  subj="Re: Cancelamento da subscrição", style="plain8",
  body="""Muito obrigado pela rapidez. Cumprimentos,
Manuel Vale""",
  quote=Q("Em 14/07/2026 10:30, Suporte CRM Runner escreveu:",
          "Caro cliente,\n\nConfirmamos o cancelamento da subscrição no fim do período anual.\n\nEquipa CRM Runner"),
  acct="6515270", t="other thanks not",
  notes="Thanks after the confirmation.")

M(slug="pt-br-cancelar-visita-tecnica", lang="pt",
  frm=("Rogério Lima", "rogerio.lima@limaclimatizacao.example"), date="2026-09-21 08:12 -0300",
  subj="Visita de amanhã", style="android",
  body="""Bom dia, preciso cancelar a visita do consultor de vocês amanhã às 9h. Surgiu uma emergência. Podemos remarcar?

Enviado do meu Galaxy""",
  t="other meeting_cancel not",
  notes="Cancels a consultant's visit; prospect.")

M(slug="pt-br-pedido-pacote-sms", lang="pt",
  frm=("Wagner Coelho", "wagner.coelho@coelhoimoveis.example"), date="2026-09-22 15:35 -0300",
  subj="Cancelar pedido pacote SMS", style="gmail",
  body="""Olá, quero cancelar o pedido 2026-0815-311 do pacote de 1.000 SMS. Comprei duplicado.

Wagner""",
  acct="6310875", decoys=["2026-0815-311"], t="other order_cancel not",
  notes="Cancels a duplicated add-on order.")

M(slug="pt-br-cobrado-no-teste", lang="pt",
  frm=("Lívia Matos", "livia.matos@matosnutri.example"), date="2026-09-23 12:20 -0300",
  subj="Cobrança no período de teste", style="gmail",
  body="""Olá,

Ainda estou no período de teste e já cobraram R$ 99,00 no cartão. Quero continuar assinando, mas essa cobrança foi antes da hora. Podem estornar?

Lívia""",
  acct=A("8204618", "matosnutri", "livia.matos@matosnutri.example", "monthly", "trial", "2026-09-15", "99.00", "BRL", trial="2026-09-29"),
  refund=True, t="other refund_only not",
  notes="Charged during the trial; keeps the subscription.")

M(slug="pt-br-notificacao-outro-fornecedor", lang="pt",
  frm=("ContaFácil", "nao-responda@contafacil.example"), date="2026-09-24 02:10 -0300",
  subj="Sua assinatura ContaFácil foi cancelada", style="html-only",
  body="""Olá!

Confirmamos o cancelamento da sua assinatura ContaFácil (plano Essencial). Você pode continuar acessando até 30/09/2026.

Protocolo: 20260924-55871

Equipe ContaFácil""",
  decoys=["20260924-55871"], t="other other not",
  notes="Another vendor's cancellation notice received in the mailbox; not a customer request.")

M(slug="pt-br-carnaval-auto", lang="pt",
  frm=("Juliana Sampaio", "sampaiobeleza@gmail.example"), date="2026-02-14 10:00 -0300",
  subj="Resposta automática: Sua fatura CRM Runner", style="gmail",
  hdr=[("Auto-Submitted", "auto-replied")],
  body="""Oi! O salão está fechado para o Carnaval até quarta-feira de cinzas (18/02). Respondo na volta! 🎉""",
  acct="7246051", t="auto auto_reply not",
  notes="Carnival holiday auto-reply with Auto-Submitted.")

M(slug="pt-br-bounce-hospedagem", lang="pt",
  frm=("Mail Delivery System", "MAILER-DAEMON@smtp.hospedagem-br.example"), date="2026-09-25 17:40 -0300",
  subj="Mensagem não entregue", style="dsn",
  body="""Olá, este é o sistema de e-mail de smtp.hospedagem-br.example.

Lamentamos informar que sua mensagem não pôde ser entregue a um ou mais destinatários.

<cobranca@parceiro-cobranca.example>: Recipient address rejected: Access denied""",
  dsn=dict(mta="smtp.hospedagem-br.example", rcpt="cobranca@parceiro-cobranca.example", status="5.7.1",
           diag="550 5.7.1 <cobranca@parceiro-cobranca.example>: Recipient address rejected: Access denied",
           orig=dict(frm=("Suporte CRM Runner", "support@crmrunner.example"), to="cobranca@parceiro-cobranca.example",
                     date="2026-09-25 17:39 -0300", subj="Fwd: Cancelamento",
                     body="""Pessoal da cobrança, favor suspender os boletos deste cliente.

---------- Mensagem encaminhada ---------
De: Mauro Teixeira <mauro@teixeiraeletrica.example>
Assunto: Cancelamento

Boa tarde, quero cancelar minha assinatura do CRM Runner. Usuário: teixeiraeletrica

Mauro""")),
  t="bounce bounce not",
  notes="Bounce of support's forward to an outsourced billing address; the returned message contains a customer's cancellation request with a username.")

M(slug="pt-pt-bounce-ingles", lang="pt", region="pt",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx2.crmrunner.example"), date="2026-09-28 11:05 +0100",
  subj="Undelivered Mail Returned to Sender", style="dsn",
  body="""This is the mail system at host mx2.crmrunner.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

                   The mail system

<geral@padaria-lusitana.example>: host mx.padaria-lusitana.example[198.51.100.61] said:
    554 5.7.1 Service unavailable; Client host blocked using zen.spamhaus.example""",
  dsn=dict(mta="mx2.crmrunner.example", rcpt="geral@padaria-lusitana.example", status="5.7.1",
           remote="mx.padaria-lusitana.example", diag="554 5.7.1 Service unavailable; Client host blocked",
           headers_only=True,
           orig=dict(frm=("Suporte CRM Runner", "support@crmrunner.example"), to="geral@padaria-lusitana.example",
                     date="2026-09-28 11:04 +0100", subj="Re: Cancelamento da subscrição", body="Olá,\n\nConfirmado.\n")),
  t="bounce bounce not",
  notes="English Postfix DSN (blocklist) for support's reply to a Portuguese customer.")
