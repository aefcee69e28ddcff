# Batch 07 — hand-written texts (25 fr, 25 pt)
from common import A, M, Q, OQ

# ============================================================== FRENCH

M(slug="fr-marchal-bouton-introuvable", lang="fr",
  frm=("Bruno Marchal", "bruno.marchal@sfr.example"), date="2026-08-03 21:14 +0200",
  subj="Résiliation", style="qp",
  body="""Bonsoir,

Je veux résilier mais je ne trouve pas le bouton dans mon espace client (j'ai cherché dans Paramètres et dans Facturation). Pouvez-vous le faire pour moi ?

Merci
Bruno""",
  acct="6156937", t="canc request clear",
  notes="Cannot find the button but states the decision and asks support to act.")

M(slug="fr-sujet-seul-iphone", lang="fr",
  frm=("Quentin Moulin", "quentin.moulin@moulin-cuisines.example"), date="2026-08-04 07:41 +0200",
  subj="Résilier mon abonnement svp", style="iphone-plain",
  body="""Envoyé de mon iPhone""",
  acct="6537129", t="canc request clear",
  notes="The request is only in the Subject; the body is just the phone signature.")

M(slug="fr-martin-oui-je-confirme", lang="fr",
  frm=("Boulangerie Martin", "boulangerie.martin@wanadoo.example"), date="2026-04-04 08:02 +0200",
  subj="Re: Confirmez-vous la résiliation de votre abonnement ?", style="plain8",
  body="""Oui, je confirme la résiliation.

Sylvie Martin""",
  quote=Q("Le 03/04/2026 à 10:55, Support CRM Runner a écrit :",
          """Bonjour,

Nous avons reçu, de la part de M. Romain Aubry, une demande de résiliation de votre abonnement CRM Runner. Pour la confirmer, répondez « OUI » à ce message ; pour l'annuler, répondez « NON ».

L'équipe CRM Runner"""),
  acct="6459032", t="canc follow_up clear",
  notes="Owner confirms (from the registered address) a request forwarded earlier by her IT contractor.")

M(slug="fr-picard-renouvellement-auto", lang="fr",
  frm=("Arnaud Picard", "arnaud.picard@picard-finance.example"), date="2026-08-05 10:20 +0200",
  subj="Renouvellement automatique", style="outlook",
  body="""Bonjour,

Merci de désactiver le renouvellement automatique de notre abonnement annuel. Nous l'utiliserons jusqu'à la fin de la période en cours (31 janvier), puis nous passerons sur l'outil choisi par le groupe à l'issue de notre audit.

Cordialement,
Arnaud Picard""",
  acct="7357401", t="canc request clear", rk=["l'outil choisi par le groupe"], rc="switched_service",
  notes="'Désactiver le renouvellement automatique' = stop renewal; no cancel word.")

M(slug="fr-ch-prochain-terme", lang="fr",
  frm=("Fiduciaire Rochat SA", "direction@fiduciaire-rochat.example"), date="2026-08-06 09:05 +0200",
  subj="Résiliation – Fiduciaire Rochat SA", style="outlook",
  sig=("Jean-Daniel Rochat", "Administrateur", "Fiduciaire Rochat SA", "Rue du Rhône 40 – 1204 Genève"),
  body="""Madame, Monsieur,

Nous vous prions de bien vouloir résilier notre abonnement CRM Runner pour le prochain terme.

Nous vous remercions de nous faire parvenir une confirmation écrite.

Avec nos meilleures salutations,""",
  acct=A("6770193", "fiduciairerochat", "direction@fiduciaire-rochat.example", "monthly", "active", "2025-02-03", "99.00", "EUR"),
  t="canc request clear",
  notes="Swiss formal wording 'pour le prochain terme'.")

M(slug="fr-sn-mettre-un-terme", lang="fr",
  frm=("Fatou Ndiaye", "fatou.ndiaye@teranga-immobilier.example"), date="2026-08-07 11:30 +0000",
  subj="Fin de collaboration – N° client 7 905 318", style="gmail",
  body="""Bonjour Madame, Monsieur,

Par la présente, nous souhaitons mettre un terme à notre collaboration et donc à l'abonnement CRM Runner de Teranga Immobilier, N° client 7 905 318.

La raison est que notre agence a été absorbée par un réseau qui dispose déjà de son propre logiciel.

Nous vous prions de bien vouloir prendre les dispositions nécessaires.

Fatou Ndiaye
Directrice – Teranga Immobilier, Dakar""",
  acct=A("7905318", "terangaimmo", "fatou.ndiaye@teranga-immobilier.example", "monthly", "active", "2025-06-09", "65000.00", "XOF"),
  num="7905318", t="canc request clear", rk=["un réseau qui dispose déjà de son propre logiciel"], rc="switched_service",
  notes="Senegalese 'mettre un terme à notre collaboration'; customer number with spaces in Subject and body.")

M(slug="fr-millet-dgccrf", lang="fr",
  frm=("Franck Millet", "franck.millet@millet-auto.example"), date="2026-04-06 08:30 +0200",
  subj="Re: Ras le bol", style="latin1", irt="fr-latin1-plante-tout-le-temps",
  body="""Bonjour,

Je vous ai écrit le 24 février pour résilier. Vous avez prélevé en mars ET en avril. Si la résiliation n'est pas effective sous 8 jours je saisis la DGCCRF et ma banque.

RÉSILIEZ MON ABONNEMENT.

Franck Millet""",
  quote=Q("Le 24/02/2026 à 09:08, Franck Millet a écrit :",
          "Le logiciel plante tous les jours [...] Je résilie. Merci de ne plus rien prélever à partir de maintenant."),
  acct="7367281", t="canc follow_up clear",
  notes="Angry follow-up with a legal threat; restates the request in capitals; reason only in the quote.")

M(slug="fr-ci-desinscrire-lent", lang="fr",
  frm=("Konan Serge", "serge.konan@ivoire-pharma-distrib.example"), date="2026-08-10 13:02 +0000",
  subj="desinscription", style="plain7",
  body="""Bonjour Monsieur,

Je veux me desinscrire du logiciel CRM Runner car il est tres lent sur notre connexion internet ici a Bouake, les pages ne chargent pas. Merci de arreter notre abonnement.

Mon identifiant : ipd_konan

Cordialement
KONAN Serge""",
  acct=A("6452718", "ipd_konan", "serge.konan@ivoire-pharma-distrib.example", "monthly", "active", "2025-10-13", "12500.00", "XOF"),
  user="ipd_konan", t="canc request clear", rk=["il est tres lent"], rc="low_quality",
  notes="Ivorian writer without accents; 'me desinscrire du logiciel' means leave the service.")

M(slug="fr-glacier-plutot-arreter", lang="fr",
  frm=("Aurélie Masson", "aurelie@glacier-masson.example"), date="2026-09-28 18:40 +0200",
  subj="Re: Suspendre l'abonnement l'hiver ?", style="apple", irt="fr-suspendre-ete",
  body="""Bonjour,

Vu qu'une pause n'est pas possible, on préfère arrêter : personne ne s'en sert d'octobre à mars et on paie pour rien. Merci de résilier à la fin du mois.

Aurélie""",
  quote=Q("Le 5 mai 2026 à 09:10, Support CRM Runner <support@crmrunner.example> a écrit :",
          "Bonjour,\n\nNous ne proposons malheureusement pas de suspension saisonnière.\n\nL'équipe CRM Runner"),
  acct="7120384", t="canc request clear", rk=["personne ne s'en sert"], rc="unused",
  notes="After a refused pause, the customer cancels.")

M(slug="fr-plus-besoin-merci-pour-tout", lang="fr",
  frm=("Sylvie Carré", "sylvie.carre@carre-coiffure.example"), date="2026-08-11 12:15 +0200",
  subj="Merci", style="android",
  body="""bjr plus besoin de loutil jai vendu le salon. merci pour tout !!

Envoyé depuis mon smartphone Samsung Galaxy""",
  acct="6112874", t="canc request maybe", amb=True, rk=["jai vendu le salon"], rc="business_closed",
  notes="Says she no longer needs the tool (sold the salon) without asking anything; read as cancellation, ambiguous.")

M(slug="fr-noe-jamais-demande", lang="fr",
  frm=("Noé Girard", "noe.girard@atelier-noe.example"), date="2026-08-12 09:48 +0200",
  subj="Re: Confirmez-vous la résiliation de votre abonnement ?", style="gmail",
  body="""NON. Je n'ai jamais demandé de résiliation ! Qui a fait cette demande ? Merci de ne rien changer à notre abonnement.

Noé Girard
Atelier Noé""",
  quote=Q("Le mer. 12 août 2026 à 08:30, Support CRM Runner <support@crmrunner.example> a écrit :",
          """Bonjour,

Nous avons reçu une demande de résiliation de votre abonnement CRM Runner envoyée depuis l'adresse compta@atelier-noe.example. Pour la confirmer, répondez « OUI » ; sinon répondez « NON ».

L'équipe CRM Runner"""),
  acct="7041985", t="other follow_up not",
  notes="Owner answers NO to a confirmation request; keeps the subscription.")

M(slug="fr-annuler-invitation", lang="fr",
  frm=("Delphine Roche", "delphine.roche@roche-interim.example"), date="2026-08-13 15:02 +0200",
  subj="Annuler une invitation", style="outlook",
  body="""Bonjour,

J'ai invité par erreur marc.dupuis@roche-intreim.example (faute de frappe dans le domaine). Pouvez-vous annuler cette invitation ? Je renverrai la bonne.

Delphine""",
  acct="7462590", t="other other not",
  notes="Cancel a user invitation sent to a mistyped address.")

M(slug="fr-annuler-campagne-programmee", lang="fr",
  frm=("Gérard Blanc", "gerard.blanc@blanc-motoculture.example"), date="2026-08-14 13:20 +0200",
  subj="URGENT annuler envoi", style="plain8",
  body="""Bonjour, URGENT : comment annuler l'envoi programmé de la campagne « Soldes d'été » prévu à 14h ? Il y a une erreur dans les prix.

Gérard Blanc""",
  acct="8250761", t="other question not",
  notes="Cancel a scheduled e-mail campaign; nothing to do with the subscription.")

M(slug="fr-fermer-ticket", lang="fr",
  frm=("Élise Gauthier", "elise.gauthier@gauthier-textile.example"), date="2026-08-17 10:12 +0200",
  subj="Re: [Ticket #7731] Doublons de contacts", style="gmail",
  body="""Problème résolu de notre côté, vous pouvez fermer le ticket. Merci !

Élise""",
  quote=Q("Le ven. 14 août 2026 à 17:40, Support CRM Runner <support@crmrunner.example> a écrit :",
          "Bonjour Élise,\n\nAvez-vous pu fusionner les doublons avec l'outil de dédoublonnage ?\n\nL'équipe CRM Runner"),
  acct="6960472", decoys=["7731"], t="other other not",
  notes="Asks to close a support ticket; ticket number is a decoy.")

M(slug="fr-arreter-sms-rappel", lang="fr",
  frm=("Benjamin Favre", "benjamin@ecole-glisse-savoie.example"), date="2026-08-18 11:40 +0200",
  subj="Stopper les SMS de rappel", style="gmail",
  body="""Bonjour,

Je voudrais arrêter les SMS de rappel envoyés automatiquement à nos clients la veille des cours, plusieurs se plaignent. Où est le réglage ?

Benjamin""",
  acct="6047319", t="other question not",
  notes="'Arrêter les SMS de rappel' is a settings question.")

M(slug="fr-be-transferer-repreneur", lang="fr",
  frm=("Valérie Delvaux", "v.delvaux@delvaux-consulting.example"), date="2026-08-19 14:25 +0200",
  subj="Transfert du compte au repreneur", style="outlook",
  body="""Bonjour,

Je cède mon bureau de consultance au 1er octobre. Le repreneur souhaite garder CRM Runner et toutes les données : comment transférer le compte (titulaire, facturation) à son nom ?

Bien à vous,
Valérie Delvaux""",
  acct="6339518", t="other question not",
  notes="Account ownership transfer; subscription continues.")

M(slug="fr-cgv-preavis-annuel", lang="fr",
  frm=("Corinne Lemaire", "corinne.lemaire@lemaire-sa.example"), date="2026-08-20 09:33 +0200",
  subj="CGV – préavis de résiliation", style="outlook",
  body="""Bonjour,

Notre service juridique me demande de vérifier dans vos CGV le préavis de résiliation applicable à un abonnement annuel. Pouvez-vous m'indiquer l'article concerné ?

Corinne Lemaire""",
  acct="7599103", t="other how_to not",
  notes="Asks about the contractual notice period for legal review.")

M(slug="fr-annuel-vers-mensuel", lang="fr",
  frm=("Hélène Vasseur", "helene@ferme-des-saules.example"), date="2026-08-21 17:02 +0200",
  subj="Renouvellement", style="gmail",
  body="""Bonjour,

Nous ne souhaitons pas reconduire la formule annuelle en octobre, mais passer au paiement mensuel : c'est plus souple pour la trésorerie de la ferme.

Merci de me dire si c'est possible.
Hélène""",
  acct=A("8046372", "fermedessaules", "helene@ferme-des-saules.example", "yearly", "active", "2025-10-12", "190.00", "EUR"),
  t="other plan_change not",
  notes="'Ne pas reconduire la formule annuelle' but to switch to monthly: plan change.")

M(slug="fr-jambe-cassee-pause", lang="fr",
  frm=("Mickaël Fournier", "mickael.fournier@mf-plaquiste.example"), date="2026-08-24 19:12 +0200",
  subj="Arrêt maladie", style="qp",
  body="""Bsr,

je me suis casse la jambe sur un chantier, arret 2 mois mini. on peut suspendre labonnement le temps de larret ? je reprends en novembre normalement

Mika""",
  acct="8561302", t="other pause not",
  notes="Pause for sick leave.")

M(slug="fr-roux-encore-acces", lang="fr",
  frm=("Nathalie Roux", "nath.roux@wanadoo.example"), date="2026-02-26 09:12 +0100",
  subj="Encore accès ?", style="iphone-plain",
  body="""Bonjour
J'ai résilié en janvier mais j'ai encore accès au logiciel. Est-ce normal ? Je ne veux pas être facturée en mars.
Nathalie

Envoyé de mon iPhone""",
  acct="6233871", t="other already_cancelled not",
  notes="Already cancelled; asks why access remains and wants no further charge.")

M(slug="fr-module-sms-ajout", lang="fr",
  frm=("Hamid Berrada", "hamid.berrada@berrada-export.example"), date="2026-08-25 10:50 +0200",
  subj="Module SMS", style="gmail",
  body="""Bonjour,

Nous voudrions ajouter le module SMS à notre abonnement. Quel est le tarif pour 500 SMS par mois vers le Maroc ?

Hamid""",
  acct="7290435", t="other sales not",
  notes="Add-on purchase inquiry.")

M(slug="fr-qc-infolettre", lang="fr",
  frm=("Mathieu Bélanger", "mbelanger@belanger-excavation.example"), date="2026-08-26 07:55 -0400",
  subj="Désabonnez-moi", style="gmail",
  body="""Bonjour,

Désabonnez-moi de l'infolettre s.v.p., je la reçois en double. Pour le reste tout est beau.

Mathieu""",
  acct="6497032", t="other newsletter_unsubscribe not",
  notes="Québec 'Désabonnez-moi de l'infolettre': newsletter only.")

M(slug="fr-auto-fermeture-estivale", lang="fr",
  frm=("Pascal Bonnet", "pascal.bonnet@bonnet-carrelage.example"), date="2026-08-03 08:00 +0200",
  subj="Réponse automatique : Votre demande de résiliation", style="outlook",
  hdr=[("Auto-Submitted", "auto-replied")],
  body="""Bonjour,

L'entreprise Bonnet Carrelage est en fermeture estivale du 1er au 23 août. Votre message sera traité à notre retour.

Cordialement""",
  acct="6603847", t="auto auto_reply not",
  notes="Summer closure auto-reply (Auto-Submitted); subject mentions résiliation.")

M(slug="fr-auto-nouvelle-adresse", lang="fr",
  frm=("Jacqueline Bertin", "jacqueline.bertin@orange.example"), date="2026-08-27 14:00 +0200",
  subj="Changement d'adresse électronique", style="qp",
  body="""Bonjour,

Cette adresse ne sera bientôt plus consultée. Merci de noter ma nouvelle adresse : jacqueline.bertin@laposte.example

Ceci est une réponse automatique.

Jacqueline Bertin""",
  acct="6108542", t="auto auto_reply not",
  notes="Automatic change-of-address notice without auto-reply headers.")

M(slug="fr-ndr-exchange-local", lang="fr",
  frm=("Administrateur système", "postmaster@cabinet-durand-notaires.example"), date="2026-08-28 16:20 +0200",
  subj="Non remis : Re: Demande de résiliation", style="dsn",
  body="""Votre message n'a pas pu être remis à certains ou à l'ensemble des destinataires.

Objet : Re: Demande de résiliation
Envoyé le : 28/08/2026 16:19

Impossible d'atteindre le(s) destinataire(s) suivant(s) :

      'm.durand@cabinet-durand-notaires.example' le 28/08/2026 16:20
            Cette boîte aux lettres a été désactivée.""",
  dsn=dict(mta="exch01.cabinet-durand-notaires.example", rcpt="m.durand@cabinet-durand-notaires.example", status="5.2.1",
           diag="550 5.2.1 Mailbox disabled",
           orig=dict(frm=("Support CRM Runner", "support@crmrunner.example"), to="m.durand@cabinet-durand-notaires.example",
                     date="2026-08-28 16:19 +0200", subj="Re: Demande de résiliation",
                     body="""Bonjour Maître,

Votre demande de résiliation a bien été reçue ; pour la traiter, merci de nous indiquer votre numéro de client.

L'équipe CRM Runner

-----Message d'origine-----
De : Michel Durand
Envoyé : vendredi 28 août 2026 11:05
Objet : Demande de résiliation

Je vous prie de résilier l'abonnement de l'étude.""")),
  t="bounce bounce not",
  notes="On-premises Exchange NDR in French; the returned support reply quotes a cancellation request.")

# ============================================================== PORTUGUESE

M(slug="pt-br-rezende-sim-confirmo", lang="pt",
  frm=("Ricardo Rezende", "ricardo@rezendeagro.example"), date="2026-01-20 07:45 -0300",
  subj="Re: Confirme o cancelamento da sua assinatura", style="iphone",
  body="""SIM, confirmo o cancelamento.

Ricardo

Enviado do meu iPhone""",
  quote=Q("Em 19 de jan. de 2026, à(s) 16:20, Suporte CRM Runner <support@crmrunner.example> escreveu:",
          """Olá,

Recebemos de camila.rezende@rezendeagro.example um pedido de cancelamento da sua assinatura. Para confirmar, responda SIM; para recusar, responda NÃO.

Equipe CRM Runner"""),
  acct="7567829", t="canc follow_up clear",
  notes="Owner confirms, from the registered address, a request forwarded by an employee.")

M(slug="pt-br-melo-desativar-renovacao", lang="pt",
  frm=("Cristiane Melo", "cristiane.melo@meloturismo.example"), date="2026-04-28 10:12 -0300",
  subj="Re: Renovação do plano", style="gmail", irt="pt-br-nao-renovar-anual-passar-mensal",
  body="""Oi, mudei de ideia: não quero nem o mensal. Desativem a renovação automática, por favor. A agência vai focar só em pacotes corporativos e o sistema da operadora já atende.

Cristiane""",
  quote=Q("Em qui., 16 de abr. de 2026 às 13:50, Cristiane Melo <cristiane.melo@meloturismo.example> escreveu:",
          "Não quero renovar o plano anual em maio. Quero que, no vencimento, passe para o mensal"),
  acct="8163490", t="canc request clear", rk=["o sistema da operadora já atende"], rc="switched_service",
  notes="Earlier plan change becomes a stop-renewal request.")

M(slug="pt-pt-denuncia-contrato", lang="pt", region="pt",
  frm=("Dr. Francisco Almeida", "francisco.almeida@almeida-advogados.example"), date="2026-08-04 15:10 +0100",
  subj="Denúncia do contrato de subscrição – cliente n.º 6953402", style="outlook",
  pdf=("Carta_denuncia_contrato.pdf", "Denuncia do contrato - Almeida Advogados"),
  sig=("Francisco Almeida", "Advogado", "Almeida & Associados – Sociedade de Advogados", "Rua Garrett 12 – 1200-204 Lisboa"),
  body="""Exmos. Senhores,

Serve a presente, e a carta em anexo, para denunciar o contrato de subscrição do CRM Runner celebrado pela nossa sociedade (cliente n.º 6953402), com efeitos no termo do atual período anual, opondo-nos à sua renovação automática.

Solicitamos confirmação da receção.

Com os melhores cumprimentos,""",
  acct=A("6953402", "almeidaadv", "francisco.almeida@almeida-advogados.example", "yearly", "active", "2025-09-30", "490.00", "EUR"),
  num="6953402", t="canc request clear",
  notes="European Portuguese legal term 'denunciar o contrato' (oppose renewal), with PDF.")

M(slug="pt-br-gisele-amiga-era-eu", lang="pt",
  frm=("Gisele Ramos", "gisele.ramos@gmail.example"), date="2026-08-05 19:30 -0300",
  subj="Re: dúvida", style="gmail", irt="pt-br-amiga-como-cancelar",
  body="""Oi de novo kkk na verdade a amiga era eu 🙈 Quero desistir do plano, não me adaptei ao sistema. Podem cancelar?

Gisele""",
  quote=Q("Em qui., 21 de mai. de 2026 às 12:12, Gisele Ramos <gisele.ramos@gmail.example> escreveu:",
          "Oi! Uma amiga minha usa o CRM Runner e quer saber como cancelar o plano dela"),
  acct="7275438", t="canc request clear", rk=["não me adaptei ao sistema"], rc="too_complex",
  notes="'Desistir do plano' = cancel; earlier how-to was for herself.")

M(slug="pt-br-rangel-procon", lang="pt",
  frm=("Marcelo Rangel", "marcelo.rangel@gmail.example"), date="2026-05-20 08:10 -0300",
  subj="Re: Reembolso", style="gmail", irt="pt-br-nao-usei-dinheiro-volta",
  body="""Já que ninguém respondeu nem devolveu nada, cancelem minha assinatura agora e devolvam o valor do mês. Se não resolverem vou registrar no Procon.

Marcelo""",
  quote=Q("Em qua., 29 de abr. de 2026 às 19:25, Marcelo Rangel <marcelo.rangel@gmail.example> escreveu:",
          "Não usei nada esse mês, nem entrei no sistema. Quero meu dinheiro de volta."),
  acct="7381620", refund=True, t="canc request clear", rk=["ninguém respondeu nem devolveu nada"], rc="customer_service",
  notes="Earlier bare refund demand turns into an explicit cancellation plus refund.")

M(slug="pt-br-assinatura-do-marido", lang="pt",
  frm=("Lúcia Fernandes", "lucia.fernandes@hotmail.example"), date="2026-08-06 14:48 -0300",
  subj="Cancelar assinatura do meu marido", style="android",
  body="""Boa tarde,

Meu marido pediu pra eu escrever porque ele está sem acesso ao e-mail. Ele quer cancelar a assinatura do CRM Runner, a conta é no e-mail dele: claudio.fernandes.rep@gmail.example. Ele parou de trabalhar como representante.

Obrigada
Lúcia

Enviado do meu Galaxy""",
  acct=A("8142635", "claudiorep", "claudio.fernandes.rep@gmail.example", "monthly", "active", "2024-11-25", "99.00", "BRL"),
  email="claudio.fernandes.rep@gmail.example", t="canc request clear",
  rk=["ele parou de trabalhar como representante"], rc="business_closed",
  notes="Wife writes for her husband; registered address in the body; sender is not the owner.")

M(slug="pt-br-kero-cancela-palavrao", lang="pt",
  frm=("", "tony.auto.som@bol.example"), date="2026-08-07 23:55 -0300",
  subj="CANCELA", style="plain7",
  body="""kero cancela essa porra de sistema q n funciona direito, trava td hora. n quero mais pagar""",
  acct=A("7286104", "tonyautosom", "tony.auto.som@bol.example", "monthly", "active", "2026-03-30", "99.00", "BRL"),
  t="canc request clear", rk=["trava td hora"], rc="low_quality",
  notes="SMS style with profanity ('kero cancela', 'n', 'td', 'q').")

M(slug="pt-br-fonseca-nao-acho-onde", lang="pt",
  frm=("Daniel Fonseca", "daniel.fonseca@fonsecabikes.example"), date="2026-07-15 08:40 -0300",
  subj="Re: cancelar", style="android", irt="pt-br-como-cancelo",
  body="""Quero cancelar mas não acho onde no app. Podem fazer por mim? Obrigado

Enviado do meu Galaxy""",
  quote=Q("Em 14/07/2026 19:21, Daniel Fonseca <daniel.fonseca@fonsecabikes.example> escreveu:",
          "Como cancelo?"),
  acct="7918352", t="canc follow_up clear",
  notes="After a bare how-to, now states the decision and asks support to do it.")

M(slug="pt-br-vieira-dar-baixa", lang="pt",
  frm=("Bruna Vieira", "bruna.vieira@vieiramodas.example"), date="2026-08-10 10:30 -0300",
  subj="Baixa na assinatura", style="gmail",
  body="""Bom dia,

Favor dar baixa na assinatura da Vieira Modas. A loja virtual vai fechar no fim do mês.

Obrigada,
Bruna""",
  acct="6384795", t="canc request clear", rk=["a loja virtual vai fechar"], rc="business_closed",
  notes="'Dar baixa na assinatura' = cancel.")

M(slug="pt-br-nao-precisamos-mais", lang="pt",
  frm=("Sabrina Leite", "sabrina.leite@leitecosmeticos.example"), date="2026-08-11 17:05 -0300",
  subj="Obrigada", style="outlook",
  body="""Boa tarde,

Não precisamos mais do sistema. Obrigada por tudo!

Sabrina""",
  acct="7068230", t="canc request maybe", amb=True,
  notes="States no longer needing the system without asking anything; read as cancellation, ambiguous.")

M(slug="pt-br-valeverde-nao-autorizo", lang="pt",
  frm=("Comercial Vale Verde", "comercial@valeverdealimentos.example"), date="2026-02-05 09:30 -0300",
  subj="Re: Confirme o cancelamento da sua assinatura", style="outlook",
  body="""Bom dia,

NÃO autorizo o cancelamento. O financeiro se precipitou, vamos continuar com o CRM Runner.

Renato – Diretor Comercial""",
  quote=OQ("De: Suporte CRM Runner <support@crmrunner.example>\nEnviada em: quarta-feira, 4 de fevereiro de 2026 15:00\nPara: comercial@valeverdealimentos.example\nAssunto: Confirme o cancelamento da sua assinatura",
           """Olá,

Recebemos de financeiro@valeverdealimentos.example um pedido de cancelamento da sua assinatura. Para confirmar, responda SIM; caso contrário, responda NÃO.

Equipe CRM Runner"""),
  acct="6574891", t="other follow_up not",
  notes="Owner refuses a cancellation requested by the finance department; answer is no.")

M(slug="pt-br-cancelar-disparo-campanha", lang="pt",
  frm=("Renata Cunha", "renata.cunha@cunhaimportados.example"), date="2026-08-07 09:05 -0300",
  subj="cancelar disparo", style="iphone-plain",
  body="""Como cancelo o disparo agendado da campanha de Dia dos Pais? Saiu com o cupom errado.

Enviado do meu iPhone""",
  acct="7530196", t="other question not",
  notes="Cancel a scheduled campaign send.")

M(slug="pt-br-encerrar-chamado", lang="pt",
  frm=("Thiago Moraes", "thiago.moraes@moraesclinica.example"), date="2026-04-29 08:30 -0300",
  subj="Chamado #88142", style="gmail",
  body="""Bom dia, pode encerrar o chamado #88142, já está resolvido. Obrigado!""",
  acct="7902538", decoys=["88142"], t="other other not",
  notes="Close a support ticket ('encerrar o chamado').")

M(slug="pt-br-parar-sincronizacao-google", lang="pt",
  frm=("Thiago Nascimento", "thiago.nascimento@nascimentosoft.example"), date="2026-08-12 14:15 -0300",
  subj="Sincronização Google Agenda", style="gmail",
  body="""Oi, como faço para parar a sincronização com o Google Agenda? Está duplicando todos os eventos da equipe.

Thiago""",
  acct="8648015", t="other question not",
  notes="Stop a calendar sync; settings question.")

M(slug="pt-br-transferir-titularidade", lang="pt",
  frm=("Augusto Lira", "contato@liraengenharia.example"), date="2026-08-13 10:40 -0300",
  subj="Troca de titularidade", style="outlook",
  body="""Bom dia,

Vendi a Lira Engenharia e o novo dono quer continuar usando o CRM Runner. Como transferimos a conta e a cobrança para o CNPJ dele (23.456.789/0001-10)?

Augusto Lira""",
  acct="7012683", decoys=["23.456.789/0001-10"], t="other question not",
  notes="Ownership transfer; the subscription continues. CNPJ is a decoy.")

M(slug="pt-br-pix-cancelar-cartao", lang="pt",
  frm=("Roberta Lima", "roberta.lima@limapapelaria.example"), date="2026-08-14 11:22 -0300",
  subj="Forma de pagamento", style="gmail",
  body="""Olá!

Quero passar a pagar por PIX em vez de cartão. Podem cancelar a cobrança recorrente no cartão a partir do mês que vem? A assinatura continua normal.

Roberta""",
  acct="6126378", t="other other not",
  notes="'Cancelar a cobrança recorrente no cartão' only to pay by PIX; subscription continues.")

M(slug="pt-br-encerrar-teste-assinar", lang="pt",
  frm=("Wagner Coelho", "wagner.coelho@coelhoimoveis.example"), date="2026-08-17 16:44 -0300",
  subj="Encerrar teste", style="gmail",
  body="""Boa tarde,

Gostei muito do sistema. Quero encerrar o teste gratuito agora e já assinar o plano Pro mensal, pra não perder o desconto de lançamento.

Wagner Coelho""",
  acct=A("6310875", "coelhoimoveis", "wagner.coelho@coelhoimoveis.example", "monthly", "trial", "2026-08-10", "249.00", "BRL", trial="2026-08-24"),
  t="other plan_change not",
  notes="'Encerrar o teste' to subscribe now: conversion, not a cancellation.")

M(slug="pt-br-primeiro-mes-reembolso-hipotese", lang="pt",
  frm=("Joel Cardoso", "joel.cardoso@cardosoferragens.example"), date="2026-08-18 09:10 -0300",
  subj="Política de reembolso", style="outlook",
  body="""Bom dia,

Estou pensando em contratar usuários adicionais. Se eu cancelar no primeiro mês, recebo reembolso integral?

Joel""",
  acct="8452719", t="other hypothetical not",
  notes="Hypothetical refund question.")

M(slug="pt-br-claudia-ainda-acesso", lang="pt",
  frm=("Cláudia Ramos", "claudiaramos.doces@gmail.example"), date="2026-03-23 15:30 -0300",
  subj="Ainda consigo acessar", style="gmail",
  body="""Oi! Cancelei em fevereiro mas ainda consigo acessar o sistema. Vão me cobrar de novo? Não quero nenhuma cobrança nova.

Cláudia""",
  acct="7320916", t="other already_cancelled not",
  notes="Already cancelled; worried about new charges.")

M(slug="pt-br-descadastrar-clientes-regua", lang="pt",
  frm=("Igor Batista", "igor.batista@batistamoveis.example"), date="2026-08-19 10:02 -0300",
  subj="Descadastrar clientes", style="plain8",
  body="""Bom dia, como descadastrar alguns clientes da régua de e-mails automáticos? Eles pediram pra não receber mais.

Igor""",
  acct="7395146", t="other question not",
  notes="Unsubscribe the customer's own contacts from automated e-mails; settings question.")

M(slug="pt-pt-passar-anual", lang="pt", region="pt",
  frm=("Ana Rita Vaz", "anarita.vaz@vaz-arquitetos.example"), date="2026-08-20 11:00 +0100",
  subj="Faturação anual", style="apple",
  body="""Olá,

Gostaríamos de passar a faturação para anual a partir de setembro, para beneficiar do desconto. É possível?

Obrigada,
Ana Rita Vaz""",
  acct="6059381", t="other plan_change not",
  notes="Monthly to yearly.")

M(slug="pt-br-cobrado-seis-usuarios", lang="pt",
  frm=("Vanessa Teixeira", "vanessa@teixeiraeventos.example"), date="2026-08-21 09:45 -0300",
  subj="Cobrança de usuários", style="outlook",
  body="""Bom dia,

A fatura de agosto veio com 6 usuários, mas temos 5. Por favor devolvam o valor de uma licença.

Vanessa""",
  acct="8497215", refund=True, t="other refund_only not",
  notes="Refund for an over-billed seat.")

M(slug="pt-br-ferias-coletivas-auto", lang="pt",
  frm=("Márcia Lemos", "marcia.lemos@lemosautomoveis.example"), date="2026-08-24 08:00 -0300",
  subj="Resposta automática: Sua fatura CRM Runner", style="qp",
  hdr=[("Auto-Submitted", "auto-replied")],
  body="""Prezado(a),

A Lemos Automóveis está em férias coletivas de 24/08 a 07/09. Retornaremos seu contato após esse período.

Att.,
Márcia Lemos""",
  acct="8379150", t="auto auto_reply not",
  notes="Collective vacation auto-reply with Auto-Submitted.")

M(slug="pt-br-endereco-nao-monitorado", lang="pt",
  frm=("Priscila Nogueira", "priscila.nogueira@agenciaprisma.example"), date="2026-08-25 12:00 -0300",
  subj="Re: Confirmação do cancelamento", style="gmail",
  body="""Este endereço de e-mail não é mais monitorado. Por favor, escreva para contato@agenciaprisma.example.

Mensagem automática.""",
  acct="7158340", t="auto auto_reply not",
  notes="Automatic 'address no longer monitored' notice without auto-reply headers; subject quotes a cancellation.")

M(slug="pt-br-ndr-exchange", lang="pt",
  frm=("Microsoft Outlook", "postmaster@grupoalvorada.example"), date="2026-08-26 15:20 -0300",
  subj="Não entregue: Re: Cancelamento da assinatura", style="dsn",
  body="""Falha na entrega para estes destinatários ou grupos:

jose.alvorada@grupoalvorada.example
O endereço de email que você inseriu não foi encontrado. Verifique o endereço de email do destinatário e tente reenviar a mensagem.

Informações de diagnóstico para administradores:
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""",
  dsn=dict(mta="BN8PR15MB2714.namprd15.prod.outlook.example", rcpt="jose.alvorada@grupoalvorada.example", status="5.1.10",
           diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound",
           orig=dict(frm=("Suporte CRM Runner", "support@crmrunner.example"), to="jose.alvorada@grupoalvorada.example",
                     date="2026-08-26 15:19 -0300", subj="Re: Cancelamento da assinatura",
                     body="""Olá José,

Recebemos seu pedido. Informe o número da conta para prosseguirmos.

Equipe CRM Runner

De: José Alvorada
Enviada em: 26/08/2026 10:02
Assunto: Cancelamento da assinatura

Bom dia, queremos cancelar a assinatura do Grupo Alvorada.""")),
  t="bounce bounce not",
  notes="Exchange NDR in Portuguese; returned reply quotes a cancellation request.")
