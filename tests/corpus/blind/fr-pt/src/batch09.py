# Batch 09 — hand-written texts (25 fr, 25 pt)
from common import A, M, Q, OQ

# ============================================================== FRENCH

M(slug="fr-b64-perdu-dans-les-menus", lang="fr",
  frm=("", "dydy.traiteur974@hotmail.example"), date="2026-10-01 22:40 +0200",
  subj="resiliation", style="b64",
  body="""cc, svp resilier mon abonnement crm runner jy arrive pas jsuis perdu avec tt ces menus et ces onglets
c dylan (traiteur)
mrc""",
  acct=A("7562081", "dylantraiteur", "dydy.traiteur974@hotmail.example", "monthly", "active", "2026-08-25", "19.00", "EUR"),
  t="canc request clear", rk=["jsuis perdu avec tt ces menus"], rc="too_complex",
  notes="SMS style in a base64 body; too complicated.")

M(slug="fr-assistante-piece-jointe-gmail", lang="fr",
  frm=("Secrétariat Dr Lemaître", "secretariat.lemaitre@gmail.example"), date="2026-10-02 09:12 +0200",
  subj="Fwd: Abonnement CRM", style="gmail",
  att=dict(frm=("Dr Hugues Lemaître", "dr.lemaitre@cabinet-lemaitre-dentaire.example"), to="secretariat.lemaitre@gmail.example",
           date="2026-10-01 20:05 +0200", subj="Abonnement CRM", fname="Abonnement CRM.eml",
           body="""Bonsoir Marine,

Merci d'écrire à CRM Runner pour résilier notre abonnement. Le logiciel de gestion du cabinet fait désormais les rappels de rendez-vous, on n'a plus besoin du leur.

Dr Lemaître"""),
  body="""Bonjour,

Vous trouverez ci-joint la demande du Dr Lemaître, titulaire du compte, concernant la résiliation de l'abonnement du cabinet.

Bien cordialement,
Marine, secrétariat médical""",
  acct=A("6338471", "lemaitredentaire", "dr.lemaitre@cabinet-lemaitre-dentaire.example", "monthly", "active", "2025-01-13", "49.00", "EUR"),
  account="6338471", t="canc forward_request clear",
  rk=["le logiciel de gestion du cabinet fait désormais les rappels"], rc="switched_service",
  notes="Secretary forwards the account holder's e-mail as an attached message/rfc822 from a Gmail address.")

M(slug="fr-geste-commercial-sinon", lang="fr",
  frm=("Vincent Lopez", "vincent.lopez@lopez-climatisation.example"), date="2026-10-05 11:30 +0200",
  subj="Geste commercial", style="outlook",
  body="""Bonjour,

Client depuis 2024, je trouve le tarif Pro élevé pour une petite entreprise. Si vous ne pouvez pas me faire un geste commercial, je résilie à la fin du mois.

Vincent Lopez""",
  acct=A("8063174", "lopezclim", "vincent.lopez@lopez-climatisation.example", "monthly", "active", "2024-06-17", "49.00", "EUR"),
  t="other other maybe", amb=True,
  notes="Conditional threat ('si vous ne pouvez pas ... je résilie'); negotiation, not yet a request. Other, ambiguous.")

M(slug="fr-kine-oui-cest-moi", lang="fr",
  frm=("Cabinet Kiné Fabre", "cabinet.kine.fabre@wanadoo.example"), date="2026-09-02 08:15 +0200",
  subj="Re: Confirmez-vous la résiliation de votre abonnement ?", style="iphone",
  body="""Oui, c'est bien moi, je confirme la résiliation.
Marie-Laure Fabre

Envoyé de mon iPhone""",
  quote=Q("Le 1 sept. 2026 à 17:30, Support CRM Runner <support@crmrunner.example> a écrit :",
          """Bonjour,

Une demande de résiliation concernant votre cabinet nous est parvenue depuis l'adresse ml.fabre.nimes@gmail.example. Si vous en êtes l'auteur, répondez « OUI » à ce message.

L'équipe CRM Runner"""),
  acct="8514307", t="canc follow_up clear",
  notes="Owner confirms from the registered address the request she sent from her personal address.")

M(slug="fr-be-nonante-neuf", lang="fr",
  frm=("Nathalie Dubois", "nathalie.dubois@dubois-toiletage.example"), date="2026-10-06 14:05 +0200",
  subj="Fin d'abonnement", style="qp",
  body="""Bonjour,

Je vous prie de mettre fin à mon abonnement : nonante-neuf euros par mois, c'est trop pour ce que j'en fais dans mon salon de toilettage.

Mon nom d'utilisateur est dubois_toilettage.

Bien à vous,
Nathalie Dubois""",
  acct=A("7287350", "dubois_toilettage", "nathalie.dubois@dubois-toiletage.example", "monthly", "active", "2025-03-31", "99.00", "EUR"),
  user="dubois_toilettage", t="canc request clear", rk=["c'est trop pour ce que j'en fais"], rc="too_expensive",
  notes="Belgian ('nonante-neuf'); username given.")

M(slug="fr-be-supprimer-koen-lies", lang="fr",
  frm=("Julie Wouters", "julie.wouters@wouters-immo.example"), date="2026-10-07 10:22 +0200",
  subj="Suppression de deux accès", style="flowed",
  body="""Bonjour,

Nos agents Koen et Lies quittent l'agence à la fin du mois. Pourriez-vous supprimer leurs deux accès et adapter la facturation de notre abonnement en conséquence, à partir de novembre ?

Les autres utilisateurs restent inchangés.

Bien à vous,
Julie Wouters
Wouters Immo""",
  acct="7128460", t="canc request_seat clear", rk=["quittent l'agence"], rc="other",
  notes="Two seats removed, format=flowed.")

M(slug="fr-cm-marche-pas-bien", lang="fr",
  frm=("Jean-Pierre Mbarga", "jp.mbarga@mbarga-btp.example"), date="2026-10-08 16:48 +0100",
  subj="arret", style="plain7",
  body="""Bonjour,

le logiciel ne marche pas bien chez nous, les pages restent blanches et on perd les saisies. donc on arrete. merci de couper l abonnement et de ne plus debiter la carte.

JP Mbarga
Yaounde""",
  acct=A("6571928", "mbargabtp", "jp.mbarga@mbarga-btp.example", "monthly", "active", "2025-07-21", "49.00", "EUR"),
  t="canc request clear", rk=["le logiciel ne marche pas bien"], rc="low_quality",
  notes="Cameroonian writer, no accents; 'couper l abonnement'.")

M(slug="fr-guillot-confirme", lang="fr",
  frm=("Laurent Guillot", "laurent.guillot@free.example"), date="2026-04-26 10:02 +0200",
  subj="Re: ...", style="plain8", irt="fr-fini-entre-nous",
  body="""Pour être clair puisque vous me posez la question : oui, résiliez mon abonnement. Ce n'était pas une blague.

Laurent""",
  quote=Q("Le 25/04/2026 à 09:30, Support CRM Runner a écrit :",
          "Bonjour Laurent,\n\nSouhaitez-vous que nous résiliions votre abonnement ?\n\nL'équipe CRM Runner"),
  acct="7174803", t="canc follow_up clear",
  notes="Clarifies the earlier vague message: explicit request.")

M(slug="fr-starter-sloppy", lang="fr",
  frm=("Gilles Perrin", "gilles.perrin@perrin-ambulances.example"), date="2026-10-09 07:50 +0200",
  subj="formule", style="plain7",
  body="""bjr on veut passer au starter cest trop cher le pro pour ce quon en fait. merci""",
  acct="7023185", t="other downgrade not",
  notes="Sloppy downgrade request; price reason but stays a customer.")

M(slug="fr-fleury-pro-vers-starter", lang="fr",
  frm=("Rémi Fleury", "remi.fleury@fleury-paysage.example"), date="2026-10-12 11:10 +0200",
  subj="Passage en Starter", style="gmail",
  body="""Bonjour,

L'hiver arrive et on tourne au ralenti : nous souhaitons passer de Pro à Starter à partir de novembre. On repassera peut-être en Pro au printemps.

Rémi""",
  acct="7048192", t="other downgrade not",
  notes="Seasonal downgrade.")

M(slug="fr-forum-notification", lang="fr",
  frm=("Forum Entrepreneurs.example", "notifications@forum-entrepreneurs.example"), date="2026-10-13 06:30 +0200",
  subj="Nouveau message dans « Résilier un abonnement SaaS : vos retours ? »", style="html-only",
  hdr=[("List-Id", "Forum Entrepreneurs <notifications.forum-entrepreneurs.example>"),
       ("List-Unsubscribe", "<https://forum-entrepreneurs.example/notifications/off>"), ("Precedence", "bulk")],
  body="""Bonjour,

Un nouveau message a été publié dans le sujet que vous suivez, « Résilier un abonnement SaaS : vos retours ? » :

« Moi j'ai résilié CRM Runner en juin, un mail au support et c'était réglé. » — posté par compta_nath

Se désabonner de ce sujet""",
  t="other list_mail not",
  notes="Forum notification (bulk) quoting a user who cancelled; not a customer request.")

M(slug="fr-cmt-on-fait", lang="fr",
  frm=("", "wilfried.k@orange.example"), date="2026-10-14 23:12 +0200",
  subj="??", style="plain7",
  body="""cmt on fait pr resilier ?? merci""",
  acct=A("6903842", "wilfriedk", "wilfried.k@orange.example", "monthly", "active", "2026-06-01", "19.00", "EUR"),
  t="other how_to maybe", amb=True,
  notes="Sloppy bare how-to; by rule other, likely wants to cancel. Ambiguous.")

M(slug="fr-si-jarrete-mois-en-cours", lang="fr",
  frm=("Sophie Martel", "sophie.martel@martel-fleurs.example"), date="2026-10-15 13:40 +0200",
  subj="question", style="qp",
  body="""bonjour, si jarrete le mois prochain je paye quand meme le mois en cours ? cest juste pour savoir, je decide pas tout de suite

sophie""",
  acct=A("7406813", "martelfleurs", "sophie.martel@martel-fleurs.example", "monthly", "active", "2025-09-22", "19.00", "EUR"),
  t="other hypothetical not",
  notes="Sloppy hypothetical, explicitly undecided.")

M(slug="fr-anglais-interface", lang="fr",
  frm=("James Whitfield", "james@whitfield-gites.example"), date="2026-10-16 10:05 +0200",
  subj="Interface en anglais", style="gmail",
  body="""Bonjour,

Je suis anglais, excusez mon français. Est-ce que je peux avoir l'interface de CRM Runner en anglais ? Mon épouse utilise en français, moi je préfère anglais. Nous gardons l'abonnement bien sûr.

Merci beaucoup,
James""",
  acct=A("8327451", "whitfieldgites", "james@whitfield-gites.example", "monthly", "active", "2025-05-04", "19.00", "EUR"),
  t="other question not",
  notes="Non-native French; interface language question.")

M(slug="fr-qc-pause-hiver", lang="fr",
  frm=("Réjean Côté", "rejean.cote@videotron.example"), date="2026-10-19 09:30 -0400",
  subj="Pause pour l'hiver", style="gmail",
  body="""Bonjour,

Finalement je n'annule pas : est-ce qu'on peut mettre le compte sur pause de décembre à mars? Mon commerce saisonnier est fermé l'hiver.

Réjean""",
  acct="8413796", t="other pause not",
  notes="Pause instead of cancelling.")

M(slug="fr-appli-plante-annuler-rdv", lang="fr",
  frm=("Pascal Bonnet", "pascal.bonnet@bonnet-carrelage.example"), date="2026-10-20 08:20 +0200",
  subj="Appli qui plante", style="iphone-plain",
  body="""Bonjour, l'appli iPhone plante quand je clique sur « Annuler le rendez-vous » dans l'agenda. Version 4.2.1, iOS 18.

Envoyé de mon iPhone""",
  acct="6603847", t="other bug_report not",
  notes="Bug report about an 'Annuler le rendez-vous' button.")

M(slug="fr-prospect-effacez-donnees", lang="fr",
  frm=("", "c.nguyen75@free.example"), date="2026-10-21 19:55 +0200",
  subj="arretez", style="plain7",
  body="""arretez de m ecrire et effacez mes donnees svp, je suis pas client et jai jamais demande vos mails""",
  t="other data_deletion not",
  notes="Non-customer asks to stop mails and erase data (sloppy).")

M(slug="fr-merci-suspension", lang="fr",
  frm=("Mickaël Fournier", "mickael.fournier@mf-plaquiste.example"), date="2026-08-26 09:00 +0200",
  subj="Re: Arrêt maladie", style="qp",
  body="""merci bcp pour la suspension cest sympa. a novembre !

Mika""",
  quote=Q("Le 25/08/2026 à 17:20, Support CRM Runner a écrit :",
          "Bonjour Mickaël,\n\nVotre abonnement est suspendu jusqu'au 31 octobre, sans facturation. Bon rétablissement !\n\nL'équipe CRM Runner"),
  acct="8561302", t="other thanks not",
  notes="Thanks after a suspension.")

M(slug="fr-combien-3-users", lang="fr",
  frm=("", "bastien.pro@gmail.example"), date="2026-10-22 12:12 +0200",
  subj="prix", style="plain7",
  body="""bonjour combien pour 3 users en pro ? et ya un engagement ?""",
  t="other sales not",
  notes="Sloppy sales question from a prospect.")

M(slug="fr-giraud-deux-fois-juin", lang="fr",
  frm=("Anne-Sophie Giraud", "as.giraud@giraud-conseil.example"), date="2026-07-02 09:30 +0200",
  subj="Double facturation juin", style="b64",
  body="""Bonjour,

Nous avons été facturés deux fois pour le mois de juin (factures F-2026-06-2231 et F-2026-06-2232). Merci de rembourser l'une des deux.

Finalement nous continuons avec vous, comme convenu avec votre commerciale.

AS Giraud""",
  acct="7713549", refund=True, decoys=["F-2026-06-2231", "F-2026-06-2232"], t="other refund_only not",
  notes="Double charge (base64 body); invoice numbers are decoys; confirms staying.")

M(slug="fr-vidal-taxi-ne-resiliez-pas", lang="fr",
  frm=("Arnaud Vidal", "arnaud.vidal@vidal-taxi.example"), date="2026-09-03 18:30 +0200",
  subj="Re: 7 318 406 résiliation", style="plain8", irt="fr-numero-objet-seul",
  body="""Bonjour,

Finalement ne résiliez pas, j'ai trouvé un associé qui reprend la moitié des courses et on garde le logiciel.

A. Vidal""",
  acct="7318406", num="7318406", t="other withdrawal not", wd=True,
  notes="Withdrawal; the account number appears in the Subject carried over from the original request.")

M(slug="fr-be-absent-afwezig", lang="fr",
  frm=("Luc Peeters", "luc.peeters@peeters-renovation.example"), date="2026-07-08 07:00 +0200",
  subj="Absent / Afwezig", style="outlook",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  body="""Je suis absent jusqu'au 20 juillet. En cas d'urgence : 02 555 01 23.

Ik ben afwezig tot 20 juli. Voor dringende zaken: 02 555 01 23.

Luc Peeters""",
  acct="6713486", decoys=["02 555 01 23"], t="auto auto_reply not",
  notes="Belgian bilingual (French/Dutch) out-of-office with Auto-Submitted.")

M(slug="fr-auto-mission-interieur", lang="fr",
  frm=("Fatou Ndiaye", "fatou.ndiaye@teranga-immobilier.example"), date="2026-08-25 08:00 +0000",
  subj="Re: Votre demande de résiliation", style="gmail",
  body="""Bonjour,

Je suis en mission à l'intérieur du pays jusqu'au 5 septembre, avec un accès très limité à internet. Je répondrai à votre message à mon retour.

Fatou Ndiaye""",
  acct="7905318", t="auto auto_reply not",
  notes="Senegalese out-of-office without auto-reply headers; subject mentions the résiliation.")

M(slug="fr-bounce-quota-free", lang="fr",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"), date="2026-10-26 14:12 +0100",
  subj="Undelivered Mail Returned to Sender", style="dsn",
  body="""This is the mail system at host mx1.crmrunner.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<wilfried.k@orange.example>: host smtp-in.orange.example[192.0.2.90] said:
    552 5.2.2 Mailbox quota exceeded (in reply to RCPT TO command)""",
  dsn=dict(mta="mx1.crmrunner.example", rcpt="wilfried.k@orange.example", status="5.2.2",
           remote="smtp-in.orange.example", diag="552 5.2.2 Mailbox quota exceeded",
           orig=dict(frm=("Support CRM Runner", "support@crmrunner.example"), to="wilfried.k@orange.example",
                     date="2026-10-26 14:11 +0100", subj="Re: ??",
                     body="""Bonjour,

Pour résilier, il suffit de nous répondre en confirmant votre demande.

L'équipe CRM Runner

Le 14/10/2026 à 23:12, wilfried.k@orange.example a écrit :
> cmt on fait pr resilier ?? merci""")),
  t="bounce bounce not",
  notes="Quota DSN for support's answer to a how-to question.")

M(slug="fr-bounce-accuse-html", lang="fr",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx2.crmrunner.example"), date="2026-11-03 09:45 +0100",
  subj="Undelivered Mail Returned to Sender", style="dsn",
  body="""This is the mail system at host mx2.crmrunner.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

                   The mail system

<contact@ancienne-adresse-plomberie.example>: Host or domain name not found.
    Name service error for name=ancienne-adresse-plomberie.example type=MX""",
  dsn=dict(mta="mx2.crmrunner.example", rcpt="contact@ancienne-adresse-plomberie.example", status="5.4.4",
           diag="Host or domain name not found",
           orig=dict(frm=("Support CRM Runner", "support@crmrunner.example"), to="contact@ancienne-adresse-plomberie.example",
                     date="2026-11-03 09:44 +0100", subj="Votre résiliation est confirmée", style="gmail",
                     body="""Bonjour,

Votre résiliation est confirmée. Votre abonnement prendra fin le 3 décembre 2026.

L'équipe CRM Runner""")),
  t="bounce bounce not",
  notes="DSN whose returned message is a multipart/alternative confirmation of résiliation.")

# ============================================================== PORTUGUESE

M(slug="pt-br-b64-empresa-fechou", lang="pt",
  frm=("", "andreia.bolos@gmail.example"), date="2026-10-01 15:20 -0300",
  subj="cancelar", style="b64",
  body="""boa tarde, gostaria de cancelar pq a empresa fechou. obrigada
andreia""",
  acct=A("8573046", "andreiabolos", "andreia.bolos@gmail.example", "monthly", "active", "2025-10-27", "99.00", "BRL"),
  t="canc request clear", rk=["a empresa fechou"], rc="business_closed",
  notes="Sloppy one-liner in a base64 body.")

M(slug="pt-br-encaminhada-outlook", lang="pt",
  frm=("Recepção Clínica Vida", "recepcao@clinicavida.example"), date="2026-10-02 10:40 -0300",
  subj="ENC: Cancelamento do CRM", style="outlook", fwd=True,
  body="""Bom dia,

Encaminho abaixo o pedido da Dra. Paula, responsável pela conta.

Recepção – Clínica Vida

De: Dra. Paula Menezes <paula.menezes@clinicavida.example>
Enviada em: quinta-feira, 1 de outubro de 2026 19:50
Para: Recepção Clínica Vida <recepcao@clinicavida.example>
Assunto: Cancelamento do CRM

Oi, pode pedir o cancelamento do CRM Runner? O sistema do convênio novo já faz os lembretes de consulta.
Obrigada
Paula""",
  acct=A("7653210", "clinicavida", "paula.menezes@clinicavida.example", "monthly", "active", "2024-09-30", "249.00", "BRL"),
  email="paula.menezes@clinicavida.example", t="canc forward_request clear",
  rk=["o sistema do convênio novo já faz os lembretes"], rc="switched_service",
  notes="Outlook inline forward ('ENC:') in Portuguese; owner's registered address in the forwarded header.")

M(slug="pt-br-remover-carol", lang="pt",
  frm=("Renata Cunha", "renata.cunha@cunhaimportados.example"), date="2026-10-05 08:30 -0300",
  subj="Remover usuária", style="iphone",
  body="""Oi! Remove a Carol do nosso plano por favor, ela saiu da loja semana passada.

Renata

Enviado do meu iPhone""",
  acct="7530196", t="canc request_seat clear", rk=["ela saiu da loja"], rc="other",
  notes="Seat removal from a phone.")

M(slug="pt-pt-latin9-nova-administracao", lang="pt", region="pt",
  frm=("Helena Marques", "helena.marques@marques-distribuicao.example"), date="2026-10-06 14:15 +0100",
  subj="Rescisão da subscrição", style="latin9",
  body="""Boa tarde,

Na sequência da fusão, a nova administração decidiu adotar o software de gestão comercial do grupo. Venho assim rescindir a subscrição anual do CRM Runner, com efeitos no termo do período em curso.

Cumprimentos,
Helena Marques""",
  acct="6748051", t="canc request clear", rk=["adotar o software de gestão comercial do grupo"], rc="switched_service",
  notes="iso-8859-15 body; after earlier hypothetical questions, now a decision.")

M(slug="pt-br-outlook-html-conta-pontos", lang="pt",
  frm=("Jurídico Grupo Horizonte", "juridico@grupohorizonte.example"), date="2026-10-07 16:00 -0300",
  subj="Encerramento de conta", style="outlook-html",
  sig=("Departamento Jurídico", "Grupo Horizonte Participações", "Av. Paulista, 1000 – São Paulo/SP"),
  body="""Prezados,

Solicitamos o encerramento da conta nº 7.623.904 e o cancelamento da respectiva assinatura, com efeito a partir do próximo vencimento, em razão da reestruturação das empresas do grupo.

A conta está cadastrada no e-mail ti@grupohorizonte.example.

Atenciosamente,""",
  acct=A("7623904", "grupohorizonte", "ti@grupohorizonte.example", "monthly", "active", "2024-04-15", "499.00", "BRL"),
  num="7623904", email="ti@grupohorizonte.example", t="canc request clear",
  rk=["reestruturação das empresas do grupo"], rc="other",
  notes="HTML-only Outlook; account number with dots; registered address in the body differs from sender.")

M(slug="pt-br-pequenos-sim-sou-eu", lang="pt",
  frm=("Pequenos Estilos", "contato@pequenosestilos.example"), date="2026-09-02 09:10 -0300",
  subj="Re: Confirme o cancelamento da sua assinatura", style="gmail",
  body="""Sim, sou eu mesma. Pode cancelar.

Simone""",
  quote=Q("Em ter., 1 de set. de 2026 às 20:00, Suporte CRM Runner <support@crmrunner.example> escreveu:",
          """Olá,

Recebemos de si.vasconcelos@gmail.example um pedido de cancelamento da sua assinatura. Se foi você, responda SIM a esta mensagem.

Equipe CRM Runner"""),
  acct="6902751", t="canc follow_up clear",
  notes="Owner confirms from the registered address the request sent from her personal address.")

M(slug="pt-br-portunhol", lang="pt",
  frm=("Martín Giménez", "martin.gimenez@gimenezimport.example"), date="2026-10-08 11:45 -0300",
  subj="cancelar suscripción", style="plain8",
  body="""Hola, boa tarde. Quiero cancelar la suscripción do CRM Runner, por favor. Nosotros agora usamos otro sistema de la casa matriz en Buenos Aires.

Obrigado / gracias
Martín Giménez""",
  acct=A("8174052", "gimenezimport", "martin.gimenez@gimenezimport.example", "monthly", "active", "2025-02-17", "249.00", "BRL"),
  t="canc request clear", rk=["otro sistema de la casa matriz"], rc="switched_service",
  notes="Non-native writer mixing Spanish and Portuguese ('portunhol').")

M(slug="pt-br-se-nao-baixarem-preco", lang="pt",
  frm=("Wellington Reis", "wellington.reis@reisautopecas.example"), date="2026-10-09 17:20 -0300",
  subj="Preço", style="gmail",
  body="""Boa tarde,

Se não baixarem o preço do plano Pro, vou cancelar no mês que vem. Os concorrentes estão cobrando metade.

Wellington""",
  acct=A("6468350", "reisautopecas", "wellington.reis@reisautopecas.example", "monthly", "active", "2025-04-07", "249.00", "BRL"),
  t="other other maybe", amb=True,
  notes="Conditional threat tied to a price cut; negotiation, not a request. Other, ambiguous.")

M(slug="pt-br-pausar-janeiro-sloppy", lang="pt",
  frm=("Kátia Reis", "katia.reis@reisbuffet.example"), date="2026-10-12 21:30 -0300",
  subj="pausa", style="plain7",
  body="""oi da pra pausar em janeiro q vou viajar? volto em fevereiro e qro continuar""",
  acct="6684129", t="other pause not",
  notes="Sloppy pause request.")

M(slug="pt-br-suspender-obra", lang="pt",
  frm=("Sandra Figueira", "sandra.figueira@figueiraarquitetura.example"), date="2026-10-13 10:10 -0300",
  subj="Suspender assinatura", style="outlook",
  body="""Bom dia,

O escritório vai passar por reforma e ficaremos dois meses sem atender. Conseguimos suspender a assinatura em novembro e dezembro e retomar em janeiro?

Sandra""",
  acct="7151836", t="other pause not",
  notes="Temporary suspension during renovation.")

M(slug="pt-br-para-de-mandar-promocao", lang="pt",
  frm=("Wagner Coelho", "wagner.coelho@coelhoimoveis.example"), date="2026-10-14 08:05 -0300",
  subj="emails", style="android",
  body="""Para de me mandar email de promoção por favor, todo dia chega um. Só quero os avisos do sistema.

Enviado do meu Galaxy""",
  acct="6310875", t="other newsletter_unsubscribe not",
  notes="Stop marketing e-mails only.")

M(slug="pt-br-lista-contadores", lang="pt",
  frm=("Contadores BR", "contadores-br@listas.contadores.example"), date="2026-10-15 07:00 -0300",
  subj="[Contadores BR] Resumo diário – 2 mensagens", style="plain8",
  hdr=[("List-Id", "Contadores BR <contadores-br.listas.contadores.example>"),
       ("List-Unsubscribe", "<mailto:contadores-br-sair@listas.contadores.example>"), ("Precedence", "list")],
  body="""Resumo diário – Contadores BR

1. Cancelamento de CRM: experiências?
De: Marli (Marli Contabilidade)
"Alguém aqui já cancelou o CRM Runner para um cliente? Precisa ser o titular que pede?"

2. Prazo da DCTFWeb
De: Osvaldo
"Lembrando que o prazo vence dia 15."

Para sair da lista, envie um e-mail para contadores-br-sair@listas.contadores.example""",
  t="other list_mail not",
  notes="Mailing-list digest mentioning cancelling CRM Runner; not a request to us.")

M(slug="pt-br-botao-cancelar-tarefa", lang="pt",
  frm=("", "ze.motos@bol.example"), date="2026-10-16 13:13 -0300",
  subj="bug", style="plain7",
  body="""o botao de cancelar tarefa n funciona, clico e a tarefa continua la. arruma ai pf""",
  acct=A("7845206", "zemotos", "ze.motos@bol.example", "monthly", "active", "2025-12-08", "99.00", "BRL"),
  t="other bug_report not",
  notes="Sloppy bug report about a 'cancelar tarefa' button.")

M(slug="pt-br-vc-sabe-como-cancela", lang="pt",
  frm=("Bia", "bia.doceria@gmail.example"), date="2026-10-19 20:40 -0300",
  subj="duvida", style="iphone-plain",
  body="""vc sabe como cancela? so curiosidade kkk to gostando

Enviado do meu iPhone""",
  acct=A("6593018", "biadoceria", "bia.doceria@gmail.example", "monthly", "active", "2026-05-04", "99.00", "BRL"),
  t="other how_to not",
  notes="Sloppy how-to 'só curiosidade', says she likes the product.")

M(slug="pt-br-tem-multa-sloppy", lang="pt",
  frm=("", "edu.fotografo@hotmail.example"), date="2026-10-20 11:02 -0300",
  subj="multa", style="plain7",
  body="""se eu cancelar tem multa? pq no anual eu paguei adiantado""",
  acct=A("8296175", "edufoto", "edu.fotografo@hotmail.example", "yearly", "active", "2026-02-02", "990.00", "BRL"),
  t="other hypothetical not",
  notes="Sloppy hypothetical about a penalty.")

M(slug="pt-br-qro-plano-mais-barato", lang="pt",
  frm=("Thiago Nascimento", "thiago.nascimento@nascimentosoft.example"), date="2026-10-21 09:09 -0300",
  subj="plano", style="plain7",
  body="""qro muda pro plano mais barato, o pro ta sobrando pra gente""",
  acct="8648015", t="other downgrade not",
  notes="Sloppy downgrade.")

M(slug="pt-br-nota-fiscal-servico", lang="pt",
  frm=("Financeiro Silveira", "financeiro@silveiraagro.example"), date="2026-10-22 14:30 -0300",
  subj="Nota fiscal de serviço", style="outlook",
  body="""Boa tarde,

As notas fiscais de serviço de vocês estão saindo sem a retenção de ISS. Podem verificar com a contabilidade de vocês? Precisamos disso para fechar o mês.

Financeiro – Silveira Agro""",
  acct="6460829", t="other question not",
  notes="Tax invoice question.")

M(slug="pt-br-nobre-obrigado-reativacao", lang="pt",
  frm=("Gerência Nobre Móveis", "gerencia@nobremoveis.example"), date="2026-07-24 10:00 -0300",
  subj="Re: Reativação da conta", style="gmail",
  body="""Perfeito, já conseguimos entrar e está tudo lá. Muito obrigado!

Gerência – Nobre Móveis""",
  quote=Q("Em qui., 23 de jul. de 2026 às 16:40, Suporte CRM Runner <support@crmrunner.example> escreveu:",
          "Olá,\n\nSua conta foi reativada com todos os dados.\n\nEquipe CRM Runner"),
  acct="7885013", t="other thanks not",
  notes="Thanks after a reactivation; sender is not the registered address and gives no identifier (account from the thread only).", account=None)

M(slug="pt-br-apaga-meus-dados", lang="pt",
  frm=("", "lucas.ferreira.99@gmail.example"), date="2026-10-23 22:15 -0300",
  subj="dados", style="plain7",
  body="""apaga meus dados ai pf, nem sou cliente de vcs e to recebendo email""",
  t="other data_deletion not",
  notes="Sloppy erasure request from a non-customer.")

M(slug="pt-br-qnto-custa-10", lang="pt",
  frm=("", "gerencia.pizzaria.napoli@gmail.example"), date="2026-10-26 16:45 -0300",
  subj="preco", style="android",
  body="""qnto custa pra 10 pessoas usar? tem desconto no anual?

Enviado do meu Galaxy""",
  t="other sales not",
  notes="Sloppy pricing question from a prospect.")

M(slug="pt-br-dantas-desconsidera", lang="pt",
  frm=("Paulo Sérgio Dantas", "paulo.dantas@dantasrefrigeracao.example"), date="2026-09-04 08:20 -0300",
  subj="Re: conta 8 016 254 - cancelar", style="plain7", irt="pt-br-conta-so-no-assunto",
  body="""desconsidera o cancelamento, meu filho vai assumir a empresa e quer continuar usando. obrigado""",
  acct="8016254", num="8016254", t="other withdrawal not", wd=True,
  notes="Withdrawal; account number only in the carried-over Subject.")

M(slug="pt-br-feriado-prolongado", lang="pt",
  frm=("Rodrigo Sales", "rodrigo.sales@salesconstrutora.example"), date="2026-11-13 08:00 -0300",
  subj="Resposta automática: Sua fatura CRM Runner de novembro", style="outlook",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  body="""Olá,

Estamos em feriado prolongado e retornamos na segunda-feira, 16/11.

Att.,
Rodrigo Sales""",
  acct="6769340", t="auto auto_reply not",
  notes="Holiday auto-reply with Auto-Submitted.")

M(slug="pt-pt-ausente-outlook-sem-cabecalho", lang="pt", region="pt",
  frm=("Sofia Antunes", "sofia.antunes@antunes-ceramicas.example"), date="2026-08-25 09:00 +0100",
  subj="Resposta Automática: Subscrição anual – não renovação", style="outlook",
  body="""Estou ausente até 31 de agosto. Para assuntos urgentes contacte geral@antunes-ceramicas.example.

Sofia Antunes""",
  acct="7428530", t="auto auto_reply not",
  notes="Portuguese Outlook out-of-office without auto-reply headers, subject quoting a non-renewal notice.")

M(slug="pt-br-dsn-bloqueada", lang="pt",
  frm=("Sistema de Entrega de Mensagens", "mailer-daemon@hostbr.example"), date="2026-11-10 10:30 -0300",
  subj="Falha na entrega: Re: Confirmação de cancelamento", style="dsn",
  body="""Sua mensagem foi bloqueada pelo servidor do destinatário.

Destinatário: andreia.bolos@gmail.example
Motivo: 550 5.7.1 Mensagem identificada como spam""",
  dsn=dict(mta="hostbr.example", rcpt="andreia.bolos@gmail.example", status="5.7.1",
           diag="550 5.7.1 Message identified as spam",
           orig=dict(frm=("Suporte CRM Runner", "support@crmrunner.example"), to="andreia.bolos@gmail.example",
                     date="2026-11-10 10:29 -0300", subj="Re: Confirmação de cancelamento",
                     body="""Olá Andreia,

Seu cancelamento foi confirmado. Sentimos muito pelo fechamento da empresa.

Equipe CRM Runner

Em 01/10/2026 15:20, andreia.bolos@gmail.example escreveu:
> boa tarde, gostaria de cancelar pq a empresa fechou. obrigada""")),
  t="bounce bounce not",
  notes="Spam-block DSN in Portuguese; returned message quotes a cancellation request.")

M(slug="pt-br-dsn-caixa-inexistente", lang="pt",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"), date="2026-11-18 16:05 -0300",
  subj="Undelivered Mail Returned to Sender", style="dsn",
  body="""This is the mail system at host mx1.crmrunner.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

                   The mail system

<ti@grupohorizonte.example>: host mx.grupohorizonte.example[203.0.113.44] said:
    550 5.1.1 <ti@grupohorizonte.example>: mailbox unavailable""",
  dsn=dict(mta="mx1.crmrunner.example", rcpt="ti@grupohorizonte.example", status="5.1.1",
           remote="mx.grupohorizonte.example", diag="550 5.1.1 mailbox unavailable", headers_only=True,
           orig=dict(frm=("Suporte CRM Runner", "support@crmrunner.example"), to="ti@grupohorizonte.example",
                     date="2026-11-18 16:04 -0300", subj="Confirme o encerramento da conta 7623904",
                     body="Olá,\n\nResponda SIM para confirmar.\n")),
  t="bounce bounce not",
  notes="DSN (headers only) for a confirmation request; the Subject of the returned headers contains an account number.")
