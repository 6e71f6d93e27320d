"""Thirty-second set, people's mail in the week of the shop's Black Friday newsletter and privacy policy update (en nl fr de es it pt). Written apart from the rules (see make_thirtysecond.py)."""

PEOPLE_CA = {
    "en": [
        (
            "withdraw_consent", (),
            "Re: Black Friday: up to 40% off garden furniture \U0001F33F",
            "unsubscibe\n"
            "\n"
            "Sent from my iPhone\n"
            "\n"
            "> On 23 Nov 2026, at 09:14, Shop.example.be <news@shop.example.be> wrote:\n"
            ">\n"
            "> \ufeff\n"
            "> Hi Gary,\n"
            ">\n"
            "> Black Friday is here! Up to 40% off garden furniture, barbecues and outdoor lighting until Monday 30 November.\n"
            "> Use code BF2026 at checkout.\n"
            ">\n"
            "> SHOP NOW <https://shop.example.be/black-friday?utm_source=newsletter&utm_medium=email&utm_campaign=bf2026>\n"
            ">\n"
            "> You are receiving this e-mail because you subscribed to the Shop.example.be newsletter.\n"
            "> Unsubscribe <https://shop.example.be/newsletter/unsubscribe?u=8f3a2c> | Manage preferences <https://shop.example.be/preferences>\n",
            "Gary Whitfield",
        ),
        (
            "complaint", ("withdraw_consent",),
            "RE: Black Friday: up to 40% off garden furniture",
            "Hello,\n"
            "\n"
            "I unsubscribed from your newsletter on 14 October. I clicked the link, got the page saying "
            "\"You have been unsubscribed\", the lot. And yet here is your Black Friday mail, and there was another one "
            "on the 6th. That's not a glitch, that's you ignoring what I asked.\n"
            "\n"
            "Take me off every mailing list you have, for good this time, and please don't make me write a third time.\n"
            "\n"
            "Regards,\n"
            "Helen Marsh\n"
            "\n"
            "-----Original Message-----\n"
            "From: Shop.example.be <news@shop.example.be>\n"
            "Sent: Monday, November 23, 2026 9:14 AM\n"
            "To: helen.marsh@example.co.uk\n"
            "Subject: Black Friday: up to 40% off garden furniture\n"
            "\n"
            "Hi Helen,\n"
            "\n"
            "Black Friday is here! Up to 40% off garden furniture, barbecues and outdoor lighting until Monday 30 November.\n",
            "Helen Marsh",
        ),
        (
            "objection", (),
            "Re: We are updating our privacy policy",
            "Hi there,\n"
            "\n"
            "Re the second point below: I object to my purchase history being shared with your advertising partner, and "
            "I don't want personalised ads based on what I buy from you. Please note that against my account "
            "(loyalty card 6203 1148 0097) before 1 January.\n"
            "\n"
            "To be clear, I'm not closing my account and I'm fine with the normal newsletter. Just no sharing, no ad profiling.\n"
            "\n"
            "Thanks,\n"
            "Priya\n"
            "\n"
            "On Mon, 23 Nov 2026 at 11:02, Shop.example.be <privacy@shop.example.be> wrote:\n"
            "> Dear customer,\n"
            ">\n"
            "> We are updating our privacy policy. From 1 January 2027:\n"
            "> - our new loyalty app replaces the plastic card;\n"
            "> - we share your purchase history with an advertising partner to show you personalised ads, unless you object;\n"
            "> - we keep order data for 7 years instead of 10;\n"
            "> - you can manage your preferences at https://shop.example.be/preferences\n"
            ">\n"
            "> Read the full policy at https://shop.example.be/privacy\n",
            "Priya Raman",
        ),
        (
            "access", ("withdraw_consent",),
            "where did you get my email address??",
            "I got your Black Friday email this morning. I have never bought anything from you and never signed up to anything. "
            "So where exactly did you get this address from? Did you buy it from someone? I'd like to know the source.\n"
            "\n"
            "And take me off whatever list it is on.\n"
            "\n"
            "D. Kowalczyk-Brown",
            "Dan Kowalczyk-Brown",
        ),
        (
            "deletion", (),
            "Close my account",
            "Dear Sir/Madam,\n"
            "\n"
            "I have read your notice about the new privacy policy. I do not accept it, in particular the sharing of purchase data "
            "with an advertising company. Please close my customer account (e-mail: r.ashworth@example.org) and delete the personal "
            "data you hold on me, including the loyalty card.\n"
            "\n"
            "Kindly confirm once this has been done.\n"
            "\n"
            "Yours faithfully,\n"
            "Robert Ashworth",
            "Robert Ashworth",
        ),
        (
            "correction", (),
            "Re: Black Friday: up to 40% off garden furniture",
            "Hi,\n"
            "\n"
            "Small thing but it annoys me every time - your emails still start with \"Hi Jane Doyle\". I've been Jane Okafor since "
            "I got married in 2024 and I changed it in my account ages ago, but the newsletter (and I suspect your customer records) "
            "still have the old surname. Could you update it to Okafor everywhere please?\n"
            "\n"
            "Cheers\n"
            "Jane\n"
            "\n"
            "On 23/11/2026 09:14, Shop.example.be wrote:\n"
            "> Hi Jane Doyle,\n"
            "> Black Friday is here! Up to 40% off garden furniture, barbecues and outdoor lighting until Monday 30 November.\n",
            "Jane Okafor",
        ),
        (
            "restriction", (),
            "Article 18 request - please freeze my data",
            "Hello,\n"
            "\n"
            "Following your notice of the privacy policy changes, I haven't decided yet whether I want to stay a customer. "
            "Until I have, I'm asking you to restrict the processing of my personal data under Article 18 GDPR: keep it stored as it is, "
            "but don't use it for anything else in the meantime. Please do NOT delete it - I need my invoices for the warranty on the "
            "garden shed I bought in May.\n"
            "\n"
            "Account: m.obrien@example.ie\n"
            "\n"
            "Many thanks,\n"
            "Michael O'Brien",
            "Michael O'Brien",
        ),
        (
            "other", (),
            "Re: Black Friday: up to 40% off garden furniture \U0001F33F",
            "Hiya, quick one - does the 40% also apply to the Weber kettle barbecues or only the furniture? And do you deliver to "
            "Northern Ireland in time for Christmas if I order this week?\n"
            "\n"
            "Ta,\n"
            "Siobhan\n"
            "\n"
            "Sent from Outlook for Android\n"
            "________________________________\n"
            "From: Shop.example.be <news@shop.example.be>\n"
            "Sent: Monday, November 23, 2026 9:14:06 AM\n"
            "Subject: Black Friday: up to 40% off garden furniture \U0001F33F\n"
            "\n"
            "Hi Siobhan,\n"
            "\n"
            "Black Friday is here! Up to 40% off garden furniture, barbecues and outdoor lighting until Monday 30 November.\n"
            "Use code BF2026 at checkout.\n"
            "\n"
            "You are receiving this e-mail because you subscribed to the Shop.example.be newsletter.\n"
            "Unsubscribe | Manage preferences\n",
            "Siobhan Quinn",
        ),
        (
            "other", (),
            "Question about the new policy",
            "Hello,\n"
            "\n"
            "I read the notice about the policy update and I'm a bit confused by the wording. Who is the \"advertising partner\" - "
            "is it one company or several, and is it Google/Meta or someone else? And is the new loyalty app compulsory or can "
            "people keep using the plastic card after January?\n"
            "\n"
            "Just trying to understand what changes in general, I'm not asking you to do anything with my account.\n"
            "\n"
            "Best,\n"
            "Tom Hadley",
            "Tom Hadley",
        ),
        (
            "other", (),
            "Your Black Friday email - deliverability",
            "Hi team,\n"
            "\n"
            "I noticed your Black Friday campaign landed in the Promotions tab for most Gmail users we monitor, and the "
            "preheader text was cut off on mobile. At Inboxlift we help European retailers lift open rates by 20-35% during "
            "peak season with proper authentication, segmentation and send-time optimisation.\n"
            "\n"
            "Would you be open to a 15-minute call this week? I can send over a free audit of the 23 November send.\n"
            "\n"
            "Best regards,\n"
            "Chloe Bennett\n"
            "Partnerships Lead | Inboxlift Ltd\n"
            "+44 20 7946 0321",
            "Chloe Bennett",
        ),
    ],
    "nl": [
        (
            "withdraw_consent", (),
            "Re: Black Friday: tot 40% korting op tuinmeubelen",
            "afmleden aub\n"
            "\n"
            "Verstuurd vanaf mijn iPhone\n"
            "\n"
            "> Op 23 nov. 2026 om 09:14 heeft Shop.example.be <news@shop.example.be> het volgende geschreven:\n"
            ">\n"
            "> Dag Marleen,\n"
            ">\n"
            "> Het is Black Friday! Tot 40% korting op tuinmeubelen, barbecues en buitenverlichting, nog tot maandag 30 november.\n"
            "> Gebruik de code BF2026 bij het afrekenen.\n"
            ">\n"
            "> Je ontvangt deze e-mail omdat je je hebt ingeschreven op de nieuwsbrief van Shop.example.be.\n"
            "> Uitschrijven <https://shop.example.be/newsletter/unsubscribe?u=a71c09> | Voorkeuren beheren\n",
            "Marleen Claes",
        ),
        (
            "withdraw_consent", (),
            "uitschrijven lukt niet",
            "Goeiedag,\n"
            "\n"
            "Ik wou mij uitschrijven voor jullie nieuwsbrief via de link onderaan de Black Friday mail, maar ik krijg telkens "
            "\"Error 500 - Internal Server Error\". Ook in een andere browser.\n"
            "\n"
            "Gelieve mij dus zelf uit te schrijven, het gaat om dit adres (pieter.wouters@example.be). Ik wens geen "
            "reclamemails meer te ontvangen.\n"
            "\n"
            "Mvg,\n"
            "Pieter Wouters",
            "Pieter Wouters",
        ),
        (
            "complaint", ("withdraw_consent",),
            "Antw: Black Friday: tot 40% korting op tuinmeubelen",
            "Ik heb mij vorige maand al uitgeschreven, en ik heb daar zelfs een bevestigingsmail van gekregen. Toch krijg ik vandaag "
            "weer jullie Black Friday mail. Dat is nu al de tweede keer na mijn uitschrijving. Dit is niet in orde.\n"
            "\n"
            "Haal mijn adres nu definitief van de lijst.\n"
            "\n"
            "Sofie Peeters\n"
            "\n"
            "Van: Shop.example.be <news@shop.example.be>\n"
            "Verzonden: maandag 23 november 2026 09:14\n"
            "Aan: sofie.peeters@example.be\n"
            "Onderwerp: Black Friday: tot 40% korting op tuinmeubelen\n"
            "\n"
            "Dag Sofie,\n"
            "Het is Black Friday! Tot 40% korting op tuinmeubelen, barbecues en buitenverlichting.\n",
            "Sofie Peeters",
        ),
        (
            "objection", (),
            "Re: We passen ons privacybeleid aan",
            "Hallo,\n"
            "\n"
            "Ik ga niet akkoord dat mijn aankoopgeschiedenis doorgegeven wordt aan een advertentiepartner. Ik maak hierbij "
            "bezwaar tegen het delen van mijn gegevens voor gepersonaliseerde advertenties en tegen het opstellen van een profiel "
            "op basis van mijn aankopen.\n"
            "\n"
            "Mijn klantenaccount mag blijven bestaan.\n"
            "\n"
            "Groeten,\n"
            "Koen Vermeulen\n"
            "\n"
            "Op ma 23 nov 2026 om 11:02 schreef Shop.example.be <privacy@shop.example.be>:\n"
            "> Beste klant,\n"
            ">\n"
            "> We passen ons privacybeleid aan. Vanaf 1 januari 2027:\n"
            "> - vervangt onze nieuwe getrouwheidsapp de klantenkaart;\n"
            "> - delen we je aankoopgeschiedenis met een advertentiepartner om je gepersonaliseerde advertenties te tonen, tenzij je bezwaar maakt;\n"
            "> - bewaren we bestelgegevens 7 jaar in plaats van 10;\n"
            "> - beheer je je voorkeuren via https://shop.example.be/voorkeuren\n",
            "Koen Vermeulen",
        ),
        (
            "deletion", (),
            "account afsluiten",
            "Beste,\n"
            "\n"
            "Naar aanleiding van jullie nieuwe privacybeleid: daar ga ik niet mee akkoord. Sluit mijn account af en verwijder al "
            "mijn gegevens, ook die van mijn klantenkaart.\n"
            "\n"
            "Met vriendelijke groeten,\n"
            "An De Smet\n"
            "Kortrijk",
            "An De Smet",
        ),
        (
            "correction", (),
            "Re: Black Friday: tot 40% korting op tuinmeubelen",
            "Dag,\n"
            "\n"
            "Jullie nieuwsbrief begint met \"Dag Jan\" maar ik heet Jana, niet Jan. Ik denk dat er bij het aanmaken van mijn account "
            "een letter weggevallen is. Kunnen jullie mijn voornaam aanpassen naar Jana?\n"
            "\n"
            "Bedankt!\n"
            "Jana Hermans\n"
            "\n"
            "Op 23-11-2026 09:14 schreef Shop.example.be:\n"
            "> Dag Jan,\n"
            "> Het is Black Friday! Tot 40% korting op tuinmeubelen, barbecues en buitenverlichting.\n",
            "Jana Hermans",
        ),
        (
            "access", (),
            "welke aankopen delen jullie?",
            "Goedemiddag,\n"
            "\n"
            "In jullie bericht over het nieuwe privacybeleid staat dat jullie mijn aankoopgeschiedenis gaan delen met een "
            "advertentiepartner. Welke van mijn aankopen zouden dat dan juist zijn? Ik wil graag een overzicht van alle gegevens "
            "die jullie over mij bijhouden, met mijn aankopen erbij.\n"
            "\n"
            "Klantnummer 448120.\n"
            "\n"
            "Vriendelijke groet,\n"
            "Wim Goossens",
            "Wim Goossens",
        ),
        (
            "other", (),
            "Re: Black Friday: tot 40% korting op tuinmeubelen",
            "Hallo, geldt die korting ook voor een bestelling die ik vorige donderdag geplaatst heb (bestelling 2026-118734)? "
            "Die loungeset is nu 40% goedkoper... Kan ik het verschil terugkrijgen of moet ik annuleren en opnieuw bestellen?\n"
            "\n"
            "groetjes\n"
            "Els\n"
            "\n"
            "Op ma 23 nov. 2026 09:14 schreef Shop.example.be <news@shop.example.be>:\n"
            "> Het is Black Friday! Tot 40% korting op tuinmeubelen, barbecues en buitenverlichting, nog tot maandag 30 november.\n"
            "> Uitschrijven | Voorkeuren beheren\n",
            "Els Maes",
        ),
        (
            "other", (),
            "foutje in de nieuwsbrief",
            "Hoi,\n"
            "\n"
            "Ter info: in de nieuwsbrief van vandaag staat \"geldig t.e.m. 30 november 2025\". Moet dat niet 2026 zijn? En de "
            "doorstreepte prijs van de parasol is dezelfde als de actieprijs (89,99). Misschien handig om even na te kijken.\n"
            "\n"
            "Groetjes,\n"
            "Bart",
            "Bart Lambrechts",
        ),
        (
            "other", (),
            "vraag nieuw privacybeleid",
            "Goedendag,\n"
            "\n"
            "Een algemene vraag over jullie nieuwe beleid: jullie gaan bestelgegevens nog maar 7 jaar bewaren in plaats van 10. "
            "Mag dat eigenlijk, ik dacht dat een winkel facturen 10 jaar moest bijhouden voor de boekhouding? Gewoon uit "
            "nieuwsgierigheid, ik werk zelf als boekhouder.\n"
            "\n"
            "Mvg\n"
            "Luc Van den Broeck",
            "Luc Van den Broeck",
        ),
    ],
    "fr": [
        (
            "withdraw_consent", (),
            "désinscription",
            "Bonjour,\n"
            "\n"
            "Merci de me désinscrire de votre newsletter, je ne souhaite plus recevoir vos offres par e-mail.\n"
            "\n"
            "Cordialement,\n"
            "Nathalie Dubois",
            "Nathalie Dubois",
        ),
        (
            "complaint", ("withdraw_consent",),
            "RE: Black Friday : jusqu'à -40 % sur le mobilier de jardin",
            "Je ne me suis JAMAIS inscrit à votre newsletter et je n'ai jamais donné mon accord pour recevoir vos pubs. "
            "C'est du spam pur et simple, et c'est illégal. Je trouve inadmissible qu'une entreprise belge se permette ça.\n"
            "\n"
            "Retirez immédiatement mon adresse de vos listes.\n"
            "\n"
            "J. Lemaire\n"
            "\n"
            "De : Shop.example.be <news@shop.example.be>\n"
            "Envoyé : lundi 23 novembre 2026 09:14\n"
            "À : jlemaire@example.fr\n"
            "Objet : Black Friday : jusqu'à -40 % sur le mobilier de jardin\n"
            "\n"
            "Bonjour,\n"
            "C'est le Black Friday ! Jusqu'à -40 % sur le mobilier de jardin, les barbecues et l'éclairage extérieur.\n",
            "Jacques Lemaire",
        ),
        (
            "objection", (),
            "Re: Nous mettons à jour notre politique de confidentialité",
            "Bonjour,\n"
            "\n"
            "Je m'oppose au partage de mon historique d'achats avec votre partenaire publicitaire, ainsi qu'à tout profilage "
            "à des fins de publicité ciblée. Merci d'en prendre note pour mon compte (claire.martin@example.be).\n"
            "\n"
            "Bien à vous,\n"
            "Claire Martin\n"
            "\n"
            "Le lun. 23 nov. 2026 à 11:02, Shop.example.be <privacy@shop.example.be> a écrit :\n"
            "> Chère cliente, cher client,\n"
            ">\n"
            "> Nous mettons à jour notre politique de confidentialité. À partir du 1er janvier 2027 :\n"
            "> - notre nouvelle application de fidélité remplace la carte ;\n"
            "> - nous partageons votre historique d'achats avec un partenaire publicitaire afin de vous montrer des publicités personnalisées, sauf si vous vous y opposez ;\n"
            "> - nous conservons les données de commande 7 ans au lieu de 10 ;\n"
            "> - vous pouvez gérer vos préférences sur https://shop.example.be/preferences\n",
            "Claire Martin",
        ),
        (
            "portability", ("deletion",),
            "récupérer mes données avant fermeture du compte",
            "Bonjour,\n"
            "\n"
            "Suite à votre changement de politique, je compte quitter votre boutique. Avant cela, pourriez-vous m'envoyer "
            "l'historique de mes commandes et mes données de compte dans un format exploitable (CSV ou Excel), "
            "que je puisse les réutiliser ailleurs ? Une fois que je les ai reçues, fermez mon compte et effacez mes données.\n"
            "\n"
            "Merci d'avance,\n"
            "Olivier Renard",
            "Olivier Renard",
        ),
        (
            "deletion", ("withdraw_consent",),
            "Suppression compte",
            "bonjour\n"
            "je ne suis pas daccord avec votre nouvelle politique de confidentialité donc je vous demande de supprimer mon compte "
            "et toutes mes donnees. et je ne veux plus recevoir vos mails publicitaires non plus\n"
            "merci\n"
            "Fabienne Leclercq\n"
            "\n"
            "Envoyé de mon Galaxy",
            "Fabienne Leclercq",
        ),
        (
            "access", (),
            "D'où vient mon adresse ?",
            "Bonjour,\n"
            "\n"
            "J'ai reçu ce matin votre newsletter Black Friday. Je n'ai aucun souvenir d'avoir créé un compte chez vous ni de "
            "m'être inscrite. Pourriez-vous m'indiquer d'où vous tenez mon adresse e-mail, et quelles autres données vous "
            "avez à mon sujet ?\n"
            "\n"
            "Merci,\n"
            "Sylvie Moreau",
            "Sylvie Moreau",
        ),
        (
            "complaint", ("deletion",),
            "Rappel - demande de suppression du 2 novembre sans réponse",
            "Madame, Monsieur,\n"
            "\n"
            "Le 2 novembre 2026, je vous ai demandé par e-mail à cette même adresse de supprimer mon compte et mes données. "
            "Je n'ai reçu aucune réponse, pas même un accusé de réception. Et aujourd'hui je reçois votre newsletter Black Friday "
            "ainsi que votre avis sur la nouvelle politique de confidentialité, preuve que mes données sont toujours utilisées.\n"
            "\n"
            "Je vous demande une dernière fois de procéder à l'effacement. Sans réponse de votre part cette semaine, je saisirai "
            "l'Autorité de protection des données.\n"
            "\n"
            "Marc Dupont\n"
            "Rue des Tilleuls 14\n"
            "4000 Liège",
            "Marc Dupont",
        ),
        (
            "other", (),
            "Re: Black Friday : jusqu'à -40 % sur le mobilier de jardin",
            "Bonjour, le code BF2026 ne fonctionne pas, le panier me dit \"code invalide\". J'essaie de commander le salon de jardin "
            "Lisboa. Pouvez-vous vérifier ?\n"
            "Merci\n"
            "Isabelle\n"
            "\n"
            "Le 23/11/2026 à 09:14, Shop.example.be a écrit :\n"
            "> C'est le Black Friday ! Jusqu'à -40 % sur le mobilier de jardin, les barbecues et l'éclairage extérieur, jusqu'au lundi 30 novembre.\n"
            "> Utilisez le code BF2026 lors du paiement.\n"
            "> Se désinscrire | Gérer mes préférences\n",
            "Isabelle Fontaine",
        ),
        (
            "other", (),
            "Proposition de collaboration - campagnes SMS Black Friday",
            "Bonjour,\n"
            "\n"
            "Je me permets de vous contacter car j'ai vu votre opération Black Friday. Notre agence, Pixelune, accompagne les "
            "e-commerçants belges et français dans leurs campagnes SMS et e-mail (segmentation, relances panier, A/B testing).\n"
            "\n"
            "Seriez-vous disponible pour un court échange de 20 minutes cette semaine ou la suivante ?\n"
            "\n"
            "Bien cordialement,\n"
            "Julien Mercier\n"
            "Chargé d'affaires - Pixelune\n"
            "+32 2 555 01 47",
            "Julien Mercier",
        ),
        (
            "other", (),
            "question sur la nouvelle application fidélité",
            "Bonjour,\n"
            "\n"
            "Une question sur votre mail concernant la nouvelle politique : l'application de fidélité sera-t-elle obligatoire "
            "à partir de janvier ? Je n'ai pas de smartphone. Les points déjà accumulés sur la carte seront-ils perdus ?\n"
            "\n"
            "Merci pour votre réponse.\n"
            "Jeanine Collard",
            "Jeanine Collard",
        ),
    ],
    "de": [
        (
            "withdraw_consent", (),
            "AW: Black Friday: bis zu 40 % auf Gartenmöbel",
            "Bitte nehmen Sie mich aus Ihrem Newsletter-Verteiler. Danke.\n"
            "\n"
            "Mit freundlichen Grüßen\n"
            "Thomas Becker\n"
            "\n"
            "-----Ursprüngliche Nachricht-----\n"
            "Von: Shop.example.be <news@shop.example.be>\n"
            "Gesendet: Montag, 23. November 2026 09:14\n"
            "An: thomas.becker@example.de\n"
            "Betreff: Black Friday: bis zu 40 % auf Gartenmöbel\n"
            "\n"
            "Hallo Thomas,\n"
            "es ist Black Friday! Bis zu 40 % Rabatt auf Gartenmöbel, Grills und Außenbeleuchtung, nur bis Montag, 30. November.\n"
            "Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben. Abmelden | Einstellungen verwalten\n",
            "Thomas Becker",
        ),
        (
            "withdraw_consent", (),
            "Abmeldelink funktioniert nicht",
            "Hallo,\n"
            "\n"
            "der Abmeldelink in Ihrer Black-Friday-Mail führt nur auf \"Seite nicht gefunden\". Bitte tragen Sie mich "
            "(sabine.krueger@example.de) manuell aus dem Newsletter aus, ich möchte keine Werbemails mehr bekommen.\n"
            "\n"
            "Grüße\n"
            "Sabine Krüger",
            "Sabine Krüger",
        ),
        (
            "objection", (),
            "Widerspruch gem. Art. 21 DSGVO",
            "Sehr geehrte Damen und Herren,\n"
            "\n"
            "bezugnehmend auf Ihre Mitteilung vom 23.11.2026 zur Änderung Ihrer Datenschutzerklärung widerspreche ich hiermit "
            "gemäß Art. 21 DSGVO der Weitergabe meiner Kaufhistorie an Ihren Werbepartner sowie jeglicher Profilbildung zu "
            "Werbezwecken.\n"
            "\n"
            "Bitte bestätigen Sie mir den Eingang und die Umsetzung meines Widerspruchs schriftlich. Sollte ich innerhalb eines "
            "Monats keine Antwort erhalten, werde ich mich an die zuständige Aufsichtsbehörde wenden.\n"
            "\n"
            "Kundennummer: 553907\n"
            "\n"
            "Mit freundlichen Grüßen\n"
            "Dr. Andreas Vogel",
            "Andreas Vogel",
        ),
        (
            "deletion", (),
            "Kundenkonto löschen",
            "Guten Tag,\n"
            "\n"
            "mit Ihren neuen Datenschutzbestimmungen bin ich nicht einverstanden. Bitte löschen Sie mein Kundenkonto "
            "und alle dazugehörigen Daten.\n"
            "\n"
            "Gruß\n"
            "Monika Schulz\n"
            "\n"
            "Von meinem iPad gesendet",
            "Monika Schulz",
        ),
        (
            "correction", (),
            "AW: Black Friday: bis zu 40 % auf Gartenmöbel",
            "Guten Tag,\n"
            "\n"
            "Sie schreiben mich immer noch mit meinem Mädchennamen an (\"Hallo Brigitte Lenz\"). Seit meiner Heirat heiße ich "
            "Brigitte Hoffmann. Bitte ändern Sie den Nachnamen in Ihren Unterlagen entsprechend.\n"
            "\n"
            "Vielen Dank und freundliche Grüße\n"
            "Brigitte Hoffmann\n"
            "\n"
            "Am Mo., 23. Nov. 2026 um 09:14 Uhr schrieb Shop.example.be <news@shop.example.be>:\n"
            "> Hallo Brigitte Lenz,\n"
            "> es ist Black Friday! Bis zu 40 % Rabatt auf Gartenmöbel, Grills und Außenbeleuchtung.\n",
            "Brigitte Hoffmann",
        ),
        (
            "complaint", ("withdraw_consent",),
            "Schon wieder Werbung trotz Abmeldung",
            "Hallo,\n"
            "\n"
            "ich habe mich am 12. Oktober vom Newsletter abgemeldet und habe die Abmeldebestätigung noch im Postfach. "
            "Trotzdem kam heute Ihre Black-Friday-Werbung. Das ist so nicht in Ordnung, eine Abmeldung ist eine Abmeldung.\n"
            "\n"
            "Ich erwarte, dass Sie meine Adresse jetzt endgültig aus allen Verteilern entfernen.\n"
            "\n"
            "Jürgen Wagner",
            "Jürgen Wagner",
        ),
        (
            "access", (),
            "AW: Wir aktualisieren unsere Datenschutzerklärung",
            "Hallo,\n"
            "\n"
            "welche meiner Einkäufe würden Sie denn genau an den Werbepartner weitergeben? Bevor ich mich entscheide, möchte ich "
            "wissen, welche Daten Sie über mich gespeichert haben. Bitte schicken Sie mir eine Auskunft darüber.\n"
            "\n"
            "Danke\n"
            "Stefan Braun\n"
            "\n"
            "Am 23.11.2026 um 11:02 schrieb Shop.example.be:\n"
            "> Liebe Kundin, lieber Kunde,\n"
            "> wir aktualisieren unsere Datenschutzerklärung. Ab dem 1. Januar 2027:\n"
            "> - ersetzt unsere neue Treue-App die Kundenkarte;\n"
            "> - teilen wir Ihre Kaufhistorie mit einem Werbepartner, um Ihnen personalisierte Werbung anzuzeigen, sofern Sie nicht widersprechen;\n"
            "> - bewahren wir Bestelldaten 7 statt 10 Jahre auf;\n"
            "> - verwalten Sie Ihre Einstellungen unter https://shop.example.be/einstellungen\n",
            "Stefan Braun",
        ),
        (
            "other", (),
            "AW: Black Friday: bis zu 40 % auf Gartenmöbel",
            "Hallo, gelten die Black Friday Angebote auch bei Lieferung nach Österreich? Im Warenkorb wird mir bei PLZ 5020 "
            "kein Rabatt angezeigt.\n"
            "\n"
            "LG Katharina\n"
            "\n"
            "Gesendet von meinem iPhone\n"
            "\n"
            "> Am 23.11.2026 um 09:14 schrieb Shop.example.be <news@shop.example.be>:\n"
            ">\n"
            "> Es ist Black Friday! Bis zu 40 % Rabatt auf Gartenmöbel, Grills und Außenbeleuchtung, nur bis Montag, 30. November.\n"
            "> Abmelden | Einstellungen verwalten\n",
            "Katharina Huber",
        ),
        (
            "other", (),
            "Link \"Einstellungen verwalten\" führt auf englische Seite",
            "Hallo zusammen,\n"
            "\n"
            "nur als Hinweis: In der deutschen Fassung Ihres Hinweises zur neuen Datenschutzerklärung führt der Link "
            "\"Einstellungen verwalten\" auf eine englische Seite, und im zweiten Absatz steht \"Kaufhistroie\". "
            "Vielleicht wollen Sie das korrigieren, bevor die nächste Mail rausgeht.\n"
            "\n"
            "Viele Grüße\n"
            "Markus Neumann",
            "Markus Neumann",
        ),
        (
            "other", (),
            "Frage zur neuen Datenschutzerklärung",
            "Guten Tag,\n"
            "\n"
            "eine allgemeine Frage: Auf welche Rechtsgrundlage stützen Sie die Weitergabe der Kaufhistorie an den Werbepartner - "
            "berechtigtes Interesse? Und wird der Partner in der neuen Erklärung namentlich genannt? Ich frage aus beruflichem "
            "Interesse (ich betreue den Datenschutz in einem kleinen Onlinehandel) und möchte nichts an meinem eigenen Konto ändern.\n"
            "\n"
            "Freundliche Grüße\n"
            "Petra Zimmermann",
            "Petra Zimmermann",
        ),
    ],
    "es": [
        (
            "withdraw_consent", (),
            "RE: Black Friday: hasta un 40 % en muebles de jardín",
            "Dadme de baja de la newsletter, por favor. Gracias\n"
            "\n"
            "Enviado desde mi iPhone\n"
            "\n"
            "> El 23 nov 2026, a las 9:14, Shop.example.be <news@shop.example.be> escribió:\n"
            ">\n"
            "> ¡Llega el Black Friday! Hasta un 40 % de descuento en muebles de jardín, barbacoas e iluminación exterior, hasta el lunes 30 de noviembre.\n"
            "> Recibes este correo porque te suscribiste al boletín de Shop.example.be. Darse de baja | Gestionar preferencias\n",
            "Lucía Fernández",
        ),
        (
            "complaint", ("withdraw_consent",),
            "Ya me di de baja!!",
            "Hola,\n"
            "\n"
            "Me di de baja de vuestro boletín hace un mes (el 20 de octubre) y hoy me llega otra vez el correo del Black Friday. "
            "No es la primera vez que pasa. No entiendo para qué ponéis un enlace de baja si luego no sirve de nada.\n"
            "\n"
            "Quitadme de la lista de una vez.\n"
            "\n"
            "Javier Ortega",
            "Javier Ortega",
        ),
        (
            "objection", (),
            "RE: Actualizamos nuestra política de privacidad",
            "Buenos días:\n"
            "\n"
            "Me opongo a que compartan mi historial de compras con su socio publicitario y a recibir publicidad personalizada "
            "basada en mis compras. Les ruego que lo anoten en mi cuenta (carmen.ruiz@example.es) antes del 1 de enero.\n"
            "\n"
            "Un saludo,\n"
            "Carmen Ruiz\n"
            "\n"
            "El lun, 23 nov 2026 a las 11:02, Shop.example.be (<privacy@shop.example.be>) escribió:\n"
            "> Estimado cliente:\n"
            "> Actualizamos nuestra política de privacidad. A partir del 1 de enero de 2027:\n"
            "> - nuestra nueva app de fidelización sustituye a la tarjeta;\n"
            "> - compartimos tu historial de compras con un socio publicitario para mostrarte anuncios personalizados, salvo que te opongas;\n"
            "> - conservamos los datos de pedidos 7 años en lugar de 10;\n"
            "> - puedes gestionar tus preferencias en https://shop.example.be/preferencias\n",
            "Carmen Ruiz",
        ),
        (
            "portability", (),
            "Solicitud de mis datos en formato CSV",
            "Hola,\n"
            "\n"
            "Quisiera ejercer mi derecho a la portabilidad: enviadme por favor mis datos de cliente y el historial de pedidos "
            "en un formato estructurado y legible por máquina (CSV o JSON), para poder importarlos en otra tienda.\n"
            "\n"
            "Mi cuenta es la de este correo.\n"
            "\n"
            "Gracias,\n"
            "Pablo Moreno",
            "Pablo Moreno",
        ),
        (
            "deletion", (),
            "Borrar mi cuenta",
            "hola, no estoy de acuerdo con la nueva politica de privacidad asi que quiero que borreis mi cuenta y todos mis "
            "datos. gracias\n"
            "\n"
            "Marta Jiménez",
            "Marta Jiménez",
        ),
        (
            "access", (),
            "¿De dónde habéis sacado mi correo?",
            "Hola,\n"
            "\n"
            "Hoy he recibido vuestro correo del Black Friday, pero no recuerdo haberme registrado nunca en vuestra tienda. "
            "¿Me podéis decir de dónde habéis sacado mi dirección de correo y qué datos míos tenéis?\n"
            "\n"
            "Saludos,\n"
            "Andrés Navarro",
            "Andrés Navarro",
        ),
        (
            "withdraw_consent", (),
            "Por favor quitenme de su lista",
            "Buenas tardes,\n"
            "\n"
            "Les agradeceré que me quiten de su lista de correos, ya no vivo en Bélgica y no me interesan sus promociones.\n"
            "\n"
            "Muchas gracias y saludos cordiales,\n"
            "Gabriela Castillo",
            "Gabriela Castillo",
        ),
        (
            "other", (),
            "RE: Black Friday: hasta un 40 % en muebles de jardín",
            "Hola! ¿La oferta vale también para envíos a Canarias? Me interesa la barbacoa de carbón de 57 cm pero en la web no me "
            "deja seleccionar Tenerife como destino.\n"
            "\n"
            "Gracias\n"
            "Rocío\n"
            "\n"
            "________________________________\n"
            "De: Shop.example.be <news@shop.example.be>\n"
            "Enviado: lunes, 23 de noviembre de 2026 9:14\n"
            "Asunto: Black Friday: hasta un 40 % en muebles de jardín\n"
            "\n"
            "¡Llega el Black Friday! Hasta un 40 % de descuento en muebles de jardín, barbacoas e iluminación exterior.\n"
            "Darse de baja | Gestionar preferencias\n",
            "Rocío Delgado",
        ),
        (
            "other", (),
            "Error en el boletín",
            "Hola,\n"
            "\n"
            "Solo para avisaros: en el boletín de hoy la sombrilla sale con precio tachado 89,99 € y precio de oferta 89,99 €, "
            "o sea sin descuento. Y donde pone \"barbacoas\" el enlace lleva a la página de iluminación. Igual queréis revisarlo.\n"
            "\n"
            "Un saludo,\n"
            "Sergio",
            "Sergio Vidal",
        ),
        (
            "other", (),
            "Propuesta: campañas de influencers para vuestro Black Friday",
            "Hola equipo,\n"
            "\n"
            "Soy Laura, de Brotes Agencia Digital. Trabajamos con más de 200 creadores de contenido de jardinería y decoración en "
            "España y Bélgica. Hemos visto vuestra campaña de Black Friday y creemos que podríamos multiplicar su alcance con una "
            "acción de influencers para diciembre.\n"
            "\n"
            "¿Os va bien una videollamada esta semana? Os adjunto nuestro dossier de casos de éxito.\n"
            "\n"
            "Un abrazo,\n"
            "Laura Gil\n"
            "Brotes Agencia Digital",
            "Laura Gil",
        ),
    ],
    "it": [
        (
            "withdraw_consent", (),
            "R: Black Friday: fino al 40% sui mobili da giardino",
            "Cancellatemi dalla newsletter perfavore\n"
            "\n"
            "Inviato da iPhone\n"
            "\n"
            "> Il giorno 23 nov 2026, alle ore 09:14, Shop.example.be <news@shop.example.be> ha scritto:\n"
            ">\n"
            "> È arrivato il Black Friday! Fino al 40% di sconto su mobili da giardino, barbecue e illuminazione esterna, fino a lunedì 30 novembre.\n"
            "> Ricevi questa e-mail perché sei iscritto alla newsletter di Shop.example.be. Annulla l'iscrizione | Gestisci preferenze\n",
            "Francesca Romano",
        ),
        (
            "withdraw_consent", (),
            "link disiscrizione non funziona",
            "Buongiorno,\n"
            "\n"
            "ho provato a disiscrivermi con il link in fondo alla mail del Black Friday ma la pagina dà errore (\"Token non valido\"). "
            "Vi prego di rimuovere voi il mio indirizzo dalla newsletter, non desidero più ricevere comunicazioni promozionali.\n"
            "\n"
            "Grazie,\n"
            "Davide Colombo",
            "Davide Colombo",
        ),
        (
            "complaint", ("withdraw_consent",),
            "Re: Black Friday: fino al 40% sui mobili da giardino",
            "Mi sono già disiscritta il mese scorso e ho anche ricevuto la conferma. Come mai continuate a mandarmi le vostre "
            "promozioni? È scorretto e non è nemmeno legale.\n"
            "\n"
            "Toglietemi da tutte le liste, e che sia l'ultima volta.\n"
            "\n"
            "Elena Ricci\n"
            "\n"
            "Il giorno lun 23 nov 2026 alle ore 09:14 Shop.example.be <news@shop.example.be> ha scritto:\n"
            "> È arrivato il Black Friday! Fino al 40% di sconto su mobili da giardino, barbecue e illuminazione esterna.\n",
            "Elena Ricci",
        ),
        (
            "objection", (),
            "Opposizione alla profilazione",
            "Spett.le Shop.example.be,\n"
            "\n"
            "in riferimento alla vostra comunicazione sull'aggiornamento dell'informativa privacy, con la presente mi oppongo "
            "alla profilazione dei miei acquisti e alla condivisione del mio storico acquisti con il vostro partner pubblicitario "
            "per finalità di pubblicità personalizzata.\n"
            "\n"
            "Distinti saluti,\n"
            "Giuseppe Esposito",
            "Giuseppe Esposito",
        ),
        (
            "restriction", (),
            "Richiesta di limitazione del trattamento (art. 18 GDPR)",
            "Buongiorno,\n"
            "\n"
            "ho un reso contestato con voi per l'ordine n. 2026-104455 (gazebo arrivato danneggiato) e potrei dover agire in sede "
            "legale. Vi chiedo quindi di NON cancellare i miei dati, perché mi servono per far valere i miei diritti, ma di "
            "limitarne il trattamento ai sensi dell'art. 18: conservateli e basta, senza usarli per nient'altro finché la "
            "questione non sarà chiusa.\n"
            "\n"
            "Cordiali saluti,\n"
            "Alessandro Greco",
            "Alessandro Greco",
        ),
        (
            "deletion", (),
            "Chiusura account",
            "Salve,\n"
            "\n"
            "non accetto la nuova informativa sulla privacy. Chiudete il mio account e cancellate i miei dati.\n"
            "\n"
            "Saluti\n"
            "Chiara Conti",
            "Chiara Conti",
        ),
        (
            "access", (),
            "R: Aggiorniamo la nostra informativa sulla privacy",
            "Buonasera,\n"
            "\n"
            "quali dei miei acquisti condividereste con il partner pubblicitario? Vorrei sapere esattamente quali dati personali "
            "avete su di me e ricevere una copia.\n"
            "\n"
            "Grazie\n"
            "Roberto Marino\n"
            "\n"
            "Da: Shop.example.be <privacy@shop.example.be>\n"
            "Inviato: lunedì 23 novembre 2026 11:02\n"
            "A: roberto.marino@example.it\n"
            "Oggetto: Aggiorniamo la nostra informativa sulla privacy\n"
            "\n"
            "Gentile cliente,\n"
            "dal 1° gennaio 2027 condivideremo il tuo storico acquisti con un partner pubblicitario per mostrarti annunci personalizzati, salvo opposizione.\n",
            "Roberto Marino",
        ),
        (
            "other", (),
            "R: Black Friday: fino al 40% sui mobili da giardino",
            "Buongiorno, lo sconto del Black Friday si somma a quello della carta fedeltà o no? E vale anche sui prodotti già in "
            "promozione?\n"
            "Grazie mille\n"
            "Paola\n"
            "\n"
            "-----Messaggio originale-----\n"
            "Da: Shop.example.be <news@shop.example.be>\n"
            "Inviato: lunedì 23 novembre 2026 09:14\n"
            "Oggetto: Black Friday: fino al 40% sui mobili da giardino\n"
            "\n"
            "È arrivato il Black Friday! Fino al 40% di sconto su mobili da giardino, barbecue e illuminazione esterna.\n"
            "Annulla l'iscrizione | Gestisci preferenze\n",
            "Paola Galli",
        ),
        (
            "other", (),
            "domanda sulla nuova app",
            "Salve, ho letto la mail sulla nuova informativa. La nuova app fedeltà sarà obbligatoria dal 1 gennaio? E i punti "
            "accumulati sulla tessera restano validi o si perdono col passaggio all'app?\n"
            "\n"
            "Grazie, buona giornata\n"
            "Luigi Bruno",
            "Luigi Bruno",
        ),
        (
            "other", (),
            "Collaborazione - contenuti giardinaggio",
            "Ciao!\n"
            "\n"
            "Sono Martina, creo contenuti su giardinaggio e terrazzi per Instagram e TikTok (circa 85k follower, pubblico in "
            "Italia e Belgio). Ho visto la vostra promo Black Friday e mi piacerebbe proporvi una collaborazione per dicembre: "
            "reel + stories con codice sconto dedicato.\n"
            "\n"
            "Se vi interessa vi mando il media kit.\n"
            "\n"
            "Un saluto,\n"
            "Martina Fontana\n"
            "@terrazzo.verde",
            "Martina Fontana",
        ),
    ],
    "pt": [
        (
            "withdraw_consent", (),
            "Re: Black Friday: até 40% em mobiliário de jardim",
            "Nao quero receber mais emails vossos. Por favor removam o meu endereço da newsletter.\n"
            "\n"
            "Rui Almeida\n"
            "\n"
            "Em seg., 23 de nov. de 2026 às 09:14, Shop.example.be <news@shop.example.be> escreveu:\n"
            "> Chegou a Black Friday! Até 40% de desconto em mobiliário de jardim, churrasqueiras e iluminação exterior, até segunda-feira, 30 de novembro.\n"
            "> Recebe este e-mail porque subscreveu a newsletter da Shop.example.be. Cancelar subscrição | Gerir preferências\n",
            "Rui Almeida",
        ),
        (
            "complaint", ("withdraw_consent",),
            "Já cancelei a subscrição!",
            "Boa tarde,\n"
            "\n"
            "Cancelei a subscrição da vossa newsletter em outubro e continuo a receber publicidade, hoje foi a da Black Friday. "
            "Acho isto uma falta de respeito. Retirem o meu e-mail de todas as listas de uma vez por todas.\n"
            "\n"
            "Cumprimentos,\n"
            "Teresa Carvalho",
            "Teresa Carvalho",
        ),
        (
            "objection", (),
            "Re: Estamos a atualizar a nossa política de privacidade",
            "Bom dia,\n"
            "\n"
            "Oponho-me à partilha do meu histórico de compras com o vosso parceiro de publicidade e à utilização dos meus dados "
            "para publicidade personalizada. Quero continuar cliente, mas sem isso.\n"
            "\n"
            "Obrigado,\n"
            "Miguel Sousa\n"
            "\n"
            "Em 23/11/2026 11:02, Shop.example.be escreveu:\n"
            "> Caro(a) cliente,\n"
            "> Estamos a atualizar a nossa política de privacidade. A partir de 1 de janeiro de 2027:\n"
            "> - a nossa nova app de fidelização substitui o cartão;\n"
            "> - partilhamos o seu histórico de compras com um parceiro de publicidade para lhe mostrar anúncios personalizados, salvo se se opuser;\n"
            "> - conservamos os dados de encomendas durante 7 anos em vez de 10;\n"
            "> - pode gerir as suas preferências em https://shop.example.be/preferencias\n",
            "Miguel Sousa",
        ),
        (
            "correction", (),
            "Nome errado nos vossos emails",
            "Olá,\n"
            "\n"
            "Os vossos e-mails continuam a tratar-me por \"Ana Sofia Meireles Pinto\", que era o meu nome de casada. "
            "Já me divorciei e o meu nome agora é Ana Sofia Meireles. Podem corrigir o nome na minha conta, por favor?\n"
            "\n"
            "Obrigada,\n"
            "Ana Sofia Meireles",
            "Ana Sofia Meireles",
        ),
        (
            "deletion", ("withdraw_consent",),
            "Excluir minha conta",
            "Olá, boa tarde.\n"
            "\n"
            "Não concordo com a nova política de privacidade de vocês. Quero excluir minha conta e todos os meus dados. "
            "Também não quero receber mais nenhum e-mail de propaganda.\n"
            "\n"
            "Att,\n"
            "Fernanda Lima",
            "Fernanda Lima",
        ),
        (
            "access", (),
            "Onde obtiveram o meu email?",
            "Bom dia,\n"
            "\n"
            "Recebi hoje a vossa newsletter, mas nunca me inscrevi nem comprei nada na vossa loja. Gostaria de saber onde "
            "obtiveram o meu endereço de e-mail e que dados pessoais meus têm guardados.\n"
            "\n"
            "Com os melhores cumprimentos,\n"
            "Pedro Santos",
            "Pedro Santos",
        ),
        (
            "complaint", (),
            "Publicidade sem consentimento - queixa",
            "Exmos. Senhores,\n"
            "\n"
            "Nunca dei o meu consentimento para receber publicidade vossa. Ainda assim, recebi hoje a newsletter da Black Friday "
            "e, no mesmo dia, um aviso sobre a vossa política de privacidade, como se eu fosse cliente. Isto é uma utilização "
            "abusiva dos meus dados.\n"
            "\n"
            "Informo que apresentei hoje queixa à Autoridade de Proteção de Dados belga e à CNPD.\n"
            "\n"
            "Helena Ferreira",
            "Helena Ferreira",
        ),
        (
            "other", (),
            "Re: Black Friday: até 40% em mobiliário de jardim",
            "Boa tarde, a promoção é válida para entregas em Portugal? E quanto tempo demora a entrega para o Porto?\n"
            "\n"
            "Obrigado\n"
            "Nuno\n"
            "\n"
            "Enviado do meu Android\n"
            "\n"
            "-------- Mensagem original --------\n"
            "De: Shop.example.be <news@shop.example.be>\n"
            "Data: 23/11/2026 09:14 (GMT+01:00)\n"
            "Assunto: Black Friday: até 40% em mobiliário de jardim\n"
            "\n"
            "Chegou a Black Friday! Até 40% de desconto em mobiliário de jardim, churrasqueiras e iluminação exterior.\n"
            "Cancelar subscrição | Gerir preferências\n",
            "Nuno Rodrigues",
        ),
        (
            "other", (),
            "erro na newsletter",
            "Olá,\n"
            "\n"
            "Só para avisar que na versão portuguesa da newsletter está escrito \"válido até 30 de novembro de 2025\" e o botão "
            "\"Comprar agora\" leva para a página em neerlandês. Fica o reparo.\n"
            "\n"
            "Cumprimentos,\n"
            "Inês Costa",
            "Inês Costa",
        ),
        (
            "other", (),
            "Parceria em marketing digital",
            "Olá, tudo bem?\n"
            "\n"
            "Sou o Rafael, da Impulso Digital. Somos uma agência especializada em tráfego pago e e-mail marketing para lojas "
            "online na Europa. Vimos a campanha de Black Friday de vocês e acreditamos que conseguimos aumentar bastante a "
            "conversão com automações de carrinho abandonado.\n"
            "\n"
            "Podemos marcar uma conversa rápida esta semana?\n"
            "\n"
            "Abraço,\n"
            "Rafael Oliveira\n"
            "Impulso Digital",
            "Rafael Oliveira",
        ),
    ],
}
