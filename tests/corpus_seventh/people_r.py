"""Seventh set, people: personal stories with copied fragments. Written apart from the rules (see make_seventh.py)."""

PEOPLE_R = {
    "en": [
        ("access", (),
         "someone called me and knew my order??",
         """Hi,

Yesterday evening I got a call from a man who said he was from "customer protection" and that there was a problem with the payment for my garden hose reel. He knew my name, my street and that I'd ordered the reel from you in April. I hung up because he started asking for my card number, so no harm done I think.

But it has been bugging me all night. How did he know? I'm not accusing you of anything, it could have come from the courier or anywhere.

So I would like to know what you actually have on me. I read online that "under Article 15 GDPR I am entitled to obtain confirmation as to whether or not personal data concerning me are being processed, and access to that data", plus who you shared it with. That last part is the one I really care about: which companies got my name and address from you (delivery firms, marketing, anyone).

Also, is this kind of call something other customers have reported? Just curious.

Thanks,
Gwen Hollis""",
         "Gwen Hollis"),

        ("correction", (),
         "",
         """Hello

I'm going through the fun job of changing my name everywhere after my divorce, and your shop is on the list (sorry, you're number 23 or so).

My account is still under Sarah Whitcombe. It should be Sarah Dunmore now, that's my maiden name and the one on my ID. The address is also the old one in Mechelen, I'm at Kapucijnenvoer 41, 3000 Leuven since June.

The email address on the account is mine so no change there, but the phone number ending in 338 was the house landline and my ex still has it. Please replace it with 0478 21 65 90.

To say it once more so there's no confusion: new surname Dunmore, new address in Leuven, new mobile. Invoices too please, my accountant gets confused.

Sarah""",
         "Sarah Dunmore"),

        ("deletion", (),
         "My father's account",
         """Dear Sir or Madam,

My father, Raymond Keating, passed away on 2 September. Sorting through his emails I found that he had an account with you and the loyalty card (he loved his garden, I think half of his shed came from your shop).

I'm his son and the executor of his estate. I'd like his account closed and his details removed from your systems please. There's nothing pending as far as I can see, the last order was delivered in July.

I can send a copy of the death certificate if you need one, just tell me where to send it. I'd rather not have to keep getting "Raymond, we miss you!" emails in his inbox, it's a bit much at the moment.

Kind regards,
Daniel Keating""",
         "Daniel Keating"),

        ("portability", (),
         "Exporting my order history before I move",
         """Hi there,

I'm relocating to Toronto for work at the end of next month and won't be ordering from you anymore, sadly (shipping to Canada is not a thing I assume).

Before I go: I've kept my whole garden project in your order history, all the plants, the irrigation kit, the dates. Could you send me my order history and loyalty transactions as a file I can open in Excel or Google Sheets? CSV is perfect. Screenshots or a PDF won't really work for me, I want to re-sort it and carry on planning from there.

A friend sent me this wording, apparently it's the right one: "I request that you provide me with the personal data I have provided to you, in a structured, commonly used and machine-readable format, pursuant to Article 20 GDPR."

Keep the account open for now, I'll close it myself when I'm settled.

Cheers,
Priya Ramaswamy""",
         "Priya Ramaswamy"),

        ("restriction", (),
         "Order 5512093 - please don't delete anything",
         """Good afternoon,

The patio heater I bought from you (order 5512093, delivered 11 March) caught fire on our terrace last month. Nobody was hurt, thank God, but the awning and part of the facade are damaged and I've filed a claim with my home insurer (Ethias). They may contact you or the manufacturer.

My concern: your privacy policy says you remove old customer data after a while. Please do NOT do that now. I need the order details, the delivery record and my correspondence with your service desk to stay exactly as they are.

At the same time I don't want them used for anything else while this is going on. Basically: freeze it. Keep it, don't touch it, don't delete it, until I tell you the claim is closed. I believe this is what Article 18 calls "restriction of processing" but I'm no lawyer.

A short confirmation would be appreciated.

Regards,
Martin Oyelaran""",
         "Martin Oyelaran"),

        ("objection", (),
         "data brokers",
         """Hi,

I've just read a long piece in the Guardian about how shops pass customer lists to Facebook and Google to "match" them for ads, and now I can't unsee it. I'm pretty sure I saw one of your ads on Instagram two hours after I'd looked at a lawnmower on your site.

I don't know if this is called deletion or objection, but I don't want to be deleted, I still want to buy stuff from you. What I want is: stop uploading my email/phone to Facebook, Google or any other ad platform, and stop building a profile of what I look at to decide what to show me. Normal emails about my orders are fine.

From the article: "You have the right to object at any time to processing of personal data concerning you for direct marketing, including profiling." So, I object to that.

Thanks
Tom""",
         "Tom Aldridge"),

        ("withdraw_consent", (),
         "23:04 on a Tuesday",
         """Hello,

Your text message about "MIDNIGHT DEALS on garden furniture!!" arrived at 23:04 last night and woke up my baby, who had taken an hour to get to sleep. I'm sure it seemed like a great idea to someone in marketing.

I probably ticked a box for SMS offers when I got the loyalty card at the Gent pop-up. Consider it unticked. No more texts, no more promotional emails either while we're at it. I take back whatever consent I gave for any of that.

I still want the delivery notifications for the order I placed on Friday, obviously.

Jess""",
         "Jessica Moorcroft"),

        ("complaint", ("deletion",),
         "Re: Delete my account - SECOND REQUEST",
         """To whom it may concern,

On 4 March I wrote to this address asking you to delete my account and all my personal data (copy of that email below). I got your automatic "we have received your message" reply and then nothing. It is now 22 April.

Not only have I not had confirmation, I received your spring catalogue by post last week and two newsletters since. So the account is obviously still there and you're still using my details.

The GDPR gives you one month. That's passed. I'm repeating the request: erase my account and data, and confirm in writing when it's done. If I don't hear back within 10 days I'll file a complaint with the Belgian Data Protection Authority, I've already found the form.

Honestly disappointed, I've been a customer since 2017.

Alan Pritchard

> From: Alan Pritchard
> Sent: 4 March
> Subject: Delete my account
> Please delete my account (alan.pritchard@...) and all data you hold about me. Thanks.""",
         "Alan Pritchard"),

        ("other", (),
         "Gift card question",
         """Hi,

Bit of an odd one. My best friend is one of those people who covers her laptop camera and uses a different email for every website. Her birthday is coming up and she's just bought a house with a huge garden, so a gift card from you would be perfect.

Does the person receiving a gift card have to create an account or give you their email to use it? Or can she just walk in with a code / use it as a guest? I don't want to give her a present that comes with "please register" attached, she would actually be annoyed.

Also do they come in a physical version? Would rather put it in a card.

Thank you!
Lottie""",
         "Charlotte Beaumont"),

        ("other", (),
         "school project on cookies",
         """Hello,

I'm in my final year of secondary school (International School of Brussels) and for my IT project I'm comparing the cookie banners of 10 Belgian webshops. Yours is one of them.

I have three questions, if someone has the time:
1. Why does your banner have "accept all" as a big green button but "settings" only as small text? Is that a legal decision or a design decision?
2. Does clicking "reject" really switch off the Google Analytics cookie? In my browser tools I still saw a _ga cookie after rejecting, but maybe I did something wrong.
3. Who decides what goes in the banner, the IT team or a lawyer?

I'm not asking about my own data, it's just for the project. I will quote you anonymously if you answer.

Thanks a lot,
Noah Van Damme""",
         "Noah Van Damme"),

        ("deletion", ("withdraw_consent",),
         "My daughter signed up without asking",
         """Hello,

I found out today that my daughter (she is 13) created an account on your website using her school email and signed up for your newsletter, apparently to get a 10% code for a hammock. She paid with a gift card from her grandmother, so no harm, but I didn't know about it and I'm not comfortable with a 13 year old having an account and getting marketing.

Please remove her account and everything you have about her. Her name is Emma Lindqvist, the email is emma.lindqvist@sint-lukas-school.be (or something very close, she's not very forthcoming).

And until that's done, please stop the newsletters to that address straight away. She can get the hammock code some other way.

Thanks for your understanding,
Karin Lindqvist (her mum)""",
         "Karin Lindqvist"),

        ("access", ("portability",),
         "Subject access request",
         """Dear Data Protection Officer,

I've recently started a new job as a privacy analyst and, as part of learning the ropes, I'm exercising my own rights with a few companies I use. Nothing personal, you are a randomly chosen victim :)

Please provide, under Article 15 GDPR:
- a copy of all personal data you hold about me;
- the purposes of the processing;
- the recipients or categories of recipients;
- the retention period, or the criteria used to set it;
- the source of the data if not collected from me;
- whether any automated decision-making (including profiling) is used.

Separately, for the data I gave you myself (account details, addresses, orders, loyalty points), I'd like a machine-readable export, JSON or CSV, under Article 20. I know these are two different rights and that the Art. 15 copy can be a PDF; I'd like both.

My account email is this one. Happy to verify my identity however you prefer.

Best regards,
Hannah Osei""",
         "Hannah Osei"),

        ("complaint", (),
         "someone else's invoice in my parcel",
         """Hi,

My parcel arrived this morning (order 5530872, two planters) and inside the box, next to my own packing slip, was the invoice of another customer. Full name, home address in Hasselt, phone number, email, what she bought and how much she paid.

I'm not going to do anything with it, I'll shred it, but this really isn't OK. If her invoice ended up in my box, where did mine end up? I would like to know that you take this seriously and that someone actually looks at how your packing works. I also think she should be told.

I'm not asking for anything for myself, I just want this reported and handled properly.

Regards,
Oliver Grant""",
         "Oliver Grant"),
    ],

    "nl": [
        ("deletion", (),
         "sollicitatie magazijnmedewerker",
         """Dag,

Ik heb drie weken geleden via jullie site gesolliciteerd voor de job als magazijnmedewerker in Wetteren. Ondertussen heb ik elders een contract getekend, en eerlijk gezegd had ik in dat cv ook dingen gezet die ik liever niet bij jullie laat rondslingeren (mijn vorige werkgever, een periode van ziekte).

Mag ik vragen om mijn kandidatuur in te trekken en mijn cv, motivatiebrief en wat er verder nog in jullie systeem staat over die sollicitatie te verwijderen? Ook niet "bijhouden voor toekomstige vacatures" aub, daar heb ik nooit voor gekozen.

Alvast bedankt en sorry voor de moeite.

Groetjes
Jolien De Smet""",
         "Jolien De Smet"),

        ("access", (),
         "vraag ivm mijn account",
         """Goeiemiddag,

Ik ben sinds februari gescheiden van mijn partner en we hadden samen één account bij jullie, op mijn naam en met mijn e-mailadres, maar hij kende het wachtwoord. Ik heb het wachtwoord ondertussen veranderd, maar ik vermoed dat hij voordien nog dingen besteld heeft en ze naar zijn nieuwe adres heeft laten leveren.

Kunnen jullie mij een overzicht geven van wat er allemaal aan mijn account hangt? Dus de leveradressen die opgeslagen zijn, de bestellingen sinds januari, en als jullie dat bijhouden ook wanneer er ingelogd is en vanwaar. Ik heb gelezen dat ik daar recht op heb ("recht op inzage, artikel 15 AVG").

Ik wil voorlopig niks laten wissen, ik wil eerst gewoon weten hoe het zit.

Vriendelijke groeten,
Annelies Verhaegen""",
         "Annelies Verhaegen"),

        ("correction", (),
         "Re: Uw bestelling 5540012 is onderweg",
         """Hallo,

Wij zijn verhuisd van Kortrijk naar Roeselare. Ik probeer het adres in mijn account aan te passen maar de site geeft telkens een foutmelding bij de postcode (8800 wordt niet aanvaard??).

Nieuw adres: Zuidstraat 112 bus 3, 8800 Roeselare.

Ik antwoord even op deze mail omdat de levering nog naar het oude adres dreigt te gaan. Kunnen jullie het adres aanpassen in mijn klantgegevens, zowel het facturatie- als het leveradres? Mijn klantenkaart staat ook nog op het oude adres, dat moet dus ook mee.

Dank u
Geert Vandenbussche""",
         "Geert Vandenbussche"),

        ("portability", (),
         "",
         """Hoi,

Ik hou sinds dit jaar al mijn uitgaven bij in een budgetapp (zo'n ding dat je bankrekening uitleest, mijn vrouw vond dat we teveel uitgaven aan "den hof"). Ik zou graag mijn bestellingen bij jullie van de laatste drie jaar daarin importeren, met datum, product en bedrag.

Kunnen jullie die gegevens in een bestand zetten dat ik kan inladen? Excel of csv, zolang het geen pdf is. Volgens een artikel op de site van Test-Aankoop heet dat "recht op overdraagbaarheid van gegevens" en moeten jullie dat in een "gestructureerde, gangbare en machineleesbare vorm" geven.

Mijn klantennummer is 20418877.

Mvg
Pieter""",
         "Pieter Claes"),

        ("restriction", (),
         "Betwiste factuur 2024-88127",
         """Geachte,

Ik kreeg vorige week een brief van incassobureau Fiducre over een onbetaalde factuur van jullie winkel (2024-88127, 349 euro, een tuinset). Ik heb die tuinset nooit besteld. Het leveradres op de factuur is niet het mijne; alleen mijn naam en geboortedatum kloppen.

Ik heb aangifte gedaan bij de politie en dien een formeel bezwaar in bij het incassobureau.

Wat ik van jullie vraag: zolang dit niet uitgeklaard is, wil ik niet dat mijn gegevens verder gebruikt worden, niet voor die invordering en ook niet voor iets anders. Gooi ze ook niet weg, want ik heb ze misschien nodig als bewijs. Beperk de verwerking dus, zoals artikel 18 AVG dat noemt, tot het onderzoek afgerond is.

Met vriendelijke groet,
Marc Peeters""",
         "Marc Peeters"),

        ("objection", (),
         "klantenkaart en 'persoonlijke aanbiedingen'",
         """Beste,

Elke keer als ik iets koop met mijn klantenkaart krijg ik een paar dagen later "speciaal voor u geselecteerde" aanbiedingen. Na de potgrond kwamen de bloembakken, na het vogelhuisje het vogelvoer. Grappig in het begin, nu vind ik het eigenlijk wat eng.

Ik wil mijn kaart houden voor de punten, maar ik wil niet dat jullie mijn aankopen analyseren om te voorspellen wat ik nog zou kopen. Ik maak daarom gebruik van mijn recht van bezwaar tegen profilering (art. 21 AVG). Ook geen gerichte reclame op basis van mijn koopgedrag meer, niet in de mails, niet op sociale media.

De gewone nieuwsbrief mag blijven komen, die lees ik wel.

Groeten
Hilde Maes""",
         "Hilde Maes"),

        ("withdraw_consent", (),
         "nieuwsbrief",
         """Dag,

Mijn man en ik gebruiken hetzelfde mailadres (ja ik weet het) en hij heeft zich blijkbaar ingeschreven op jullie nieuwsbrief toen hij die grasmaaier kocht. Nu krijgen we er drie per week en onze inbox is al een ramp.

Kan dit adres van de lijst? De link onderaan de mail brengt me naar een pagina die niet laadt.

Merci
Lut""",
         "Lut Wouters"),

        ("complaint", ("access",),
         "HERINNERING: verzoek tot inzage van 12 januari",
         """Geachte heer, mevrouw,

Op 12 januari heb ik per mail een verzoek tot inzage ingediend (zie onderaan). Ik heb daarop niets ontvangen, zelfs geen ontvangstbevestiging. Vandaag is het 19 maart, meer dan twee maanden later.

Volgens de AVG moet u binnen één maand antwoorden. Ik herhaal daarom mijn vraag: bezorg mij een kopie van alle persoonsgegevens die u over mij bewaart, met de doeleinden en de ontvangers.

Als ik binnen veertien dagen niets hoor, dien ik klacht in bij de Gegevensbeschermingsautoriteit. Ik hoop dat dat niet nodig is.

Hoogachtend,
Bart Goossens

-----
Verzonden: 12 januari
Onderwerp: inzage persoonsgegevens
Graag ontving ik een kopie van de gegevens die jullie over mij hebben. Klantnummer 10377254.""",
         "Bart Goossens"),

        ("other", (),
         "Valse mail in jullie naam",
         """Hallo,

Ter info: ik kreeg vanmorgen een mail met jullie logo, "Uw pakket kon niet geleverd worden, betaal 1,99 euro verzendkosten". De afzender was iets als levering@shop-example-be.info en de link ging naar een rare site.

Ik ben geen klant van jullie en heb nooit iets besteld, dus ze hebben mijn adres zeker niet van jullie. Ik heb er niet op geklikt. Maar misschien willen jullie het weten, zodat jullie jullie klanten kunnen waarschuwen of het laten offline halen.

Ik heb de mail als bijlage toegevoegd.

Groetjes,
Sofie""",
         "Sofie Jacobs"),

        ("other", (),
         "Bestelling annuleren",
         """Goeiedag

Ik vond op jullie site geen ander mailadres dan dit, dus ik probeer het maar hier. Sorry als ik bij de verkeerde ben.

Ik heb gisteren twee bestellingen geplaatst, per ongeluk dubbel (nummer 5541029 en 5541030, allebei hetzelfde windscherm). Kan de tweede geannuleerd worden? Betaald met Bancontact.

Dank u wel
R. Dewulf""",
         "Rita Dewulf"),

        ("withdraw_consent", ("objection",),
         "sms om 22u47",
         """Goedenavond (want het is avond, net als toen jullie me een sms stuurden),

22u47. "Laatste kans: -30% op tuinverlichting". Ik lag al in bed.

Ik wil geen sms'en meer met promoties, en eigenlijk ook geen reclamemails. Ik trek mijn toestemming daarvoor in, hoe ik die ook gegeven heb.

En nu ik toch bezig ben: ik heb in jullie privacyverklaring gelezen dat jullie gegevens delen met "reclamepartners". Daar maak ik bezwaar tegen. Ik wil niet dat mijn nummer of mailadres bij Facebook, Google of wie dan ook terechtkomt om mij advertenties te tonen.

Groet,
Koen Vermeulen""",
         "Koen Vermeulen"),

        ("correction", ("restriction",),
         "geboortedatum klopt niet",
         """Hallo,

Bij het activeren van mijn klantenkaart heeft de medewerker aan de kassa in Aalst blijkbaar mijn geboortedatum verkeerd ingetikt: er staat 03/11/1958, het moet 11/03/1985 zijn. Ik ben dus niet 66, hoe graag jullie mij ook seniorenkorting aanbieden :)

Graag aanpassen naar 11 maart 1985.

En tot dat in orde is: gebruik die datum alsjeblieft nergens voor, ook niet voor die "verjaardagsverrassing" of om mij in een leeftijdscategorie te steken. Ik heb gelezen dat je kan vragen om de verwerking te beperken zolang de juistheid betwist wordt (art. 18), dus bij deze.

Vriendelijke groeten,
Elke Van Hoeck""",
         "Elke Van Hoeck"),

        ("complaint", ("access", "deletion"),
         "Datalek?? Waarom lees ik dit in de krant",
         """Geachte,

Vanmorgen in Het Laatste Nieuws: gegevens van klanten van "een Belgische webwinkel voor huis en tuin" liggen te koop op een hackersforum, en volgens de journalist gaat het om jullie. Ik heb geen enkele mail van jullie gekregen.

Ik vind het onaanvaardbaar dat ik dit uit de krant moet vernemen. Als jullie gehackt zijn, moeten jullie dat aan de getroffen klanten melden, dat weet ik toch.

Ik wil weten welke van mijn gegevens erbij zitten: enkel naam en mail, of ook adres, telefoon, betaalgegevens? En daarna wil ik dat mijn account en alles wat jullie van mij hebben verwijderd wordt. Ik heb geen vertrouwen meer.

Ik overweeg een klacht bij de GBA.

Jan Hermans""",
         "Jan Hermans"),
    ],

    "fr": [
        ("access", (),
         "D'où viennent mes coordonnées ?",
         """Bonjour,

J'ai reçu la semaine dernière un courrier d'une société de vérandas, « Alu Concept Wallonie », qui m'écrit que « en tant que client(e) de [votre enseigne], vous bénéficiez d'une offre exclusive ». Je n'ai jamais donné mon adresse à cette société.

Je voudrais donc savoir exactement quelles données vous détenez à mon sujet, et surtout à qui vous les avez communiquées, depuis quand et dans quel but. J'ai lu sur le site de l'APD que je peux demander « la confirmation que des données me concernant sont ou ne sont pas traitées, et lorsqu'elles le sont, l'accès auxdites données ainsi que les destinataires ».

Merci de me répondre par courrier électronique.

Bien à vous,
Dominique Lambert
Rue des Tilleuls 14
5000 Namur""",
         "Dominique Lambert"),

        ("correction", (),
         "",
         """Bonjour,

Depuis que j'ai créé mon compte, toutes vos factures et vos e-mails sont adressés à « Monsieur Helene Lefevre ». Je suis une femme, et je m'appelle Hélène Lefèvre, avec les accents.

Ce n'est pas bien grave mais c'est agaçant, et le livreur m'a demandé hier si « Monsieur » était là.

Pourriez-vous corriger la civilité (Madame) et l'orthographe de mon nom et prénom dans votre fichier ? Je n'arrive pas à le faire moi-même, le champ « civilité » est grisé dans mon espace client.

Merci d'avance,
Hélène""",
         "Hélène Lefèvre"),

        ("deletion", (),
         "je pars",
         """Bonsoir,

Je quitte la Belgique en janvier pour m'installer à Montréal, pour de bon cette fois. Je fais le ménage dans toutes mes inscriptions, et je préfère ne rien laisser traîner derrière moi.

Pouvez-vous fermer mon compte client et effacer tout ce qui me concerne ? Les points de fidélité, tant pis, il doit m'en rester une trentaine, donnez-les à quelqu'un qui jardine.

Je ne sais pas si vous êtes obligés de garder les factures pour la comptabilité, si c'est le cas gardez-les, mais le reste, je n'en veux plus chez vous.

Merci et bonne continuation,
Julien Marchal""",
         "Julien Marchal"),

        ("portability", (),
         "Demande suite sinistre - liste de mes achats",
         """Madame, Monsieur,

Notre maison a été cambriolée le mois dernier et une bonne partie de l'outillage du garage a disparu (tondeuse, taille-haie, souffleur, et pas mal d'autres choses achetées chez vous depuis 2019).

Mon assureur me demande une liste détaillée avec les dates et les prix. J'ai retrouvé quelques factures mais pas toutes. Il me serait très utile de recevoir l'historique complet de mes commandes dans un fichier que je peux retravailler (Excel, CSV...), pas en PDF, car je dois le reformater pour le formulaire de l'assurance.

D'après ce que j'ai trouvé, l'article 20 du RGPD me permet de « recevoir les données à caractère personnel me concernant que j'ai fournies, dans un format structuré, couramment utilisé et lisible par machine ».

Je vous remercie de votre aide dans ces circonstances un peu pénibles.

Cordialement,
Christophe Dubois""",
         "Christophe Dubois"),

        ("restriction", (),
         "Compte au nom de mon époux et moi",
         """Bonjour,

Je suis en instance de divorce. Notre compte chez vous est à mon nom, mais c'est surtout mon mari qui l'utilisait pour les achats du jardin.

Mon premier réflexe a été de vouloir tout supprimer. Mon avocate me l'a déconseillé : les commandes et les adresses de livraison pourraient servir à établir qui a acheté quoi, et quand.

Je vous demande donc de ne rien effacer, mais de ne plus utiliser ces données pour quoi que ce soit d'autre que leur conservation, jusqu'à ce que la procédure soit terminée. Je crois que cela s'appelle la « limitation du traitement ». Je vous préviendrai quand ce sera fini.

Pourriez-vous me confirmer que c'est possible ?

Bien cordialement,
Nathalie Jacquet""",
         "Nathalie Jacquet"),

        ("objection", (),
         "pistage",
         """Bonjour,

J'ai installé une extension de navigateur qui m'affiche les traqueurs, et votre site en charge douze. Douze ! Meta, TikTok, Criteo, et d'autres dont je n'ai jamais entendu parler.

Je suis cliente et je compte le rester, mais je ne veux plus que mes achats et ma navigation servent à me cibler, ni chez vous ni chez vos « partenaires ». Je m'oppose au profilage me concernant et à l'utilisation de mes données à des fins de publicité ciblée (art. 21 du RGPD, si j'ai bien compris).

Je ne demande pas la suppression de mon compte, j'en ai besoin.

Cordialement
Isabelle Renard""",
         "Isabelle Renard"),

        ("withdraw_consent", (),
         "Newsletter",
         """Bonjour,

En commandant un barbecue il y a deux ans, j'ai coché sans faire attention la case pour recevoir vos « bons plans ». Je les reçois toujours, et franchement je ne les lis jamais.

Je retire mon consentement pour la newsletter et pour toute autre communication commerciale par e-mail. Les e-mails liés à mes commandes, eux, peuvent continuer évidemment.

Bonne journée,
F. Collard""",
         "François Collard"),

        ("complaint", (),
         "Appel de votre service client - inadmissible",
         """Madame, Monsieur,

Hier, j'ai été appelée sur mon portable par une personne se présentant comme employée de votre service client, au sujet d'un retour de colis. Jusque-là, rien d'anormal.

Mais au cours de la conversation, elle s'est permise de commenter mes achats précédents (« ah, vous avez pris le répulsif à rats, vous avez des soucis dans le quartier ? ») et m'a dit connaître ma voisine, qui commande aussi chez vous. J'ai trouvé cela déplacé et inquiétant.

Je considère que mes données ont été consultées et utilisées au-delà de ce qui était nécessaire pour traiter mon retour. Je souhaite que cet incident soit examiné et que vous m'indiquiez les mesures prises. Faute de réponse sérieuse, je saisirai l'Autorité de protection des données.

Martine Gérard""",
         "Martine Gérard"),

        ("other", (),
         "Article sur le RGPD dans le commerce en ligne",
         """Bonjour,

Je suis journaliste pour un magazine consacré au jardinage et à la maison (Jardins & Terrasses), et je prépare un dossier sur la façon dont les boutiques en ligne belges gèrent les données de leurs clients, six ans après l'entrée en vigueur du RGPD.

Accepteriez-vous de répondre à quelques questions, par écrit ou par téléphone ? Par exemple : combien de demandes recevez-vous par an, quelles sont les plus fréquentes, avez-vous un DPO interne ou externe...

Le bouclage est prévu pour le 15 du mois prochain.

Bien à vous,
Aurélie Mathy
Rédactrice
0494 55 12 08""",
         "Aurélie Mathy"),

        ("other", (),
         "candidature spontanée",
         """Bonjour,

Je n'ai pas trouvé d'adresse pour les ressources humaines sur votre site, alors je me permets de vous écrire ici. J'espère que vous pourrez transmettre mon message au bon service.

Je suis à la recherche d'un emploi comme conseiller de vente au rayon jardin, de préférence à Liège ou dans les environs. J'ai cinq ans d'expérience chez un grand fleuriste. Vous trouverez mon CV et ma lettre de motivation en pièces jointes.

Je reste à votre disposition pour tout entretien.

Cordialement,
Kevin Lejeune""",
         "Kevin Lejeune"),

        ("access", ("deletion",),
         "arnaque téléphonique",
         """Bonjour,

Ce matin une femme m'a appelé en prétendant être de chez vous, pour « valider le remboursement » d'une commande annulée. Elle avait mon nom, mon numéro de commande de mars (un abri de jardin) et mon adresse. Elle voulait mes codes bancaires. J'ai raccroché et prévenu ma banque.

Je ne vous accuse pas, ça peut venir de n'importe où, mais je voudrais comprendre. Pouvez-vous m'envoyer la liste de toutes les données que vous avez sur moi, et me dire à quelles sociétés vous les avez transmises (transporteur, sous-traitants, etc.) ?

Une fois que j'aurai eu votre réponse, je souhaite que mon compte soit supprimé avec toutes mes données. Je ne commanderai plus en ligne pendant un bon moment, je crois.

Merci,
Patrick Henrard""",
         "Patrick Henrard"),

        ("deletion", ("withdraw_consent", "objection"),
         "GDPR request",
         """Madame, Monsieur,

Conformément à l'article 17 du Règlement général sur la protection des données (RGPD), je vous demande d'effacer l'ensemble des données à caractère personnel me concernant, y compris mon compte client et ma carte de fidélité.

Je retire également tout consentement que j'aurais pu donner à la réception de communications commerciales (e-mail, SMS, courrier).

Enfin, je m'oppose, en vertu de l'article 21, à ce que mes données soient transmises à des tiers à des fins de prospection.

Bon, voilà pour le modèle que j'ai trouvé sur internet. En clair : je ne veux plus rien recevoir de vous et je ne veux plus figurer dans vos fichiers. Mon adresse e-mail chez vous est celle-ci. Si je n'ai pas de réponse dans un mois, je m'adresserai à l'APD.

Sophie Wathelet""",
         "Sophie Wathelet"),

        ("complaint", ("access",),
         "Relance - toujours pas de réponse",
         """Bonjour,

Je vous ai écrit le 2 mai pour obtenir une copie de mes données personnelles. Depuis, j'ai seulement reçu un accusé de réception automatique avec un numéro de ticket (#48213), puis plus rien. Nous sommes le 10 juin.

Je vous relance donc : merci de m'envoyer cette copie. Je commence à trouver le silence un peu long.

Cordialement,
Vincent Moreau""",
         "Vincent Moreau"),
    ],

    "de": [
        ("access", (),
         "Auskunftsersuchen nach Art. 15 DSGVO",
         """Sehr geehrte Damen und Herren,

nach dem Datenleck bei meinem Mobilfunkanbieter im Sommer gehe ich gerade systematisch durch, wer eigentlich alles Daten von mir hat. Sie gehören dazu, ich habe 2021 und 2023 bei Ihnen Gartenmöbel bestellt.

Ich bitte Sie daher um Auskunft gemäß Art. 15 DSGVO, und zwar über:
1. die bei Ihnen gespeicherten personenbezogenen Daten zu meiner Person,
2. die Verarbeitungszwecke,
3. die Empfänger, insbesondere in Drittländern,
4. die geplante Speicherdauer,
5. die Herkunft der Daten, soweit nicht bei mir erhoben.

Bitte schicken Sie mir außerdem eine Kopie der Daten (Art. 15 Abs. 3).

Ich gehe davon aus, dass Sie die gesetzliche Frist von einem Monat einhalten. Andernfalls müsste ich mich an die zuständige Aufsichtsbehörde wenden.

Mit freundlichen Grüßen
Stefan Krämer
Aachen""",
         "Stefan Krämer"),

        ("correction", (),
         "neue Handynummer",
         """Hallo,

ich habe eine neue Handynummer. Die alte (0160 ... 4471) habe ich gekündigt und der Anbieter hat sie inzwischen wohl jemand anderem gegeben, jedenfalls hat mich eine Nachbarin gefragt, warum ihr Neffe SMS von einem Gartenshop über "meine" Bestellung bekommt.

Bitte ändern Sie die Nummer in meinem Kundenkonto auf 0151 2278 9034. Und wir sind auch umgezogen, nach Eupen, Aachener Straße 67, 4700 Eupen. Das Konto läuft auf Birgit Schröder.

Danke!
Birgit""",
         "Birgit Schröder"),

        ("deletion", (),
         "",
         """Guten Tag,

ich mache gerade so eine Art digitalen Frühjahrsputz und lösche überall meine Konten, die ich nicht mehr brauche. Bei Ihnen habe ich zuletzt 2020 was bestellt.

Keine Ahnung, ob das jetzt Löschung oder Widerspruch heißt, ist mir aber auch egal: Ich möchte, dass es mein Kundenkonto nicht mehr gibt und Sie meine Daten nicht mehr haben. Auch die Kundenkarte kann weg, die liegt eh irgendwo in einer Schublade.

Gruß
Lena Hoffmann""",
         "Lena Hoffmann"),

        ("portability", (),
         "Export meiner Bestelldaten (Art. 20)",
         """Hallo zusammen,

ich bin Softwareentwickler und baue mir gerade ein kleines Dashboard für unseren Haushalt (Ausgaben, Garantiefristen, wann was gekauft wurde). Dafür hätte ich gerne meine Daten aus Ihrem Shop.

Konkret: Bestellhistorie mit Artikelnummern, Datum, Preis, Lieferadresse, und die Bonuspunkte-Buchungen. Am liebsten als JSON, CSV geht aber auch. Bitte kein PDF, das müsste ich dann wieder mühsam auslesen.

Rechtsgrundlage wäre wohl Art. 20 DSGVO ("in einem strukturierten, gängigen und maschinenlesbaren Format").

Falls Sie eine API für sowas haben, noch besser, aber ich nehme an eher nicht :)

Viele Grüße
Jonas Weber""",
         "Jonas Weber"),

        ("restriction", (),
         "Bitte Daten sperren - Versicherungsfall",
         """Sehr geehrte Damen und Herren,

die Hollywoodschaukel, die ich im Mai bei Ihnen gekauft habe (Bestellnr. 5498120), ist im August unter meinem Schwiegervater zusammengebrochen. Er hat sich dabei das Handgelenk gebrochen. Die Sache liegt jetzt bei unserer Haftpflichtversicherung und einem Anwalt.

Ich bitte Sie, sämtliche Daten zu dieser Bestellung und zu meinem Kundenkonto zu sperren: nicht löschen, nicht verändern, aber bitte auch nicht mehr anderweitig verwenden, bis die Angelegenheit geklärt ist. Ich brauche die Unterlagen möglicherweise als Beweis.

Mein Anwalt meinte, das nenne sich "Einschränkung der Verarbeitung" nach Art. 18 DSGVO. Ich gebe Ihnen Bescheid, sobald der Fall abgeschlossen ist.

Mit freundlichen Grüßen
Thomas Becker""",
         "Thomas Becker"),

        ("objection", (),
         "Katalog",
         """Sehr geehrte Damen und Herren,

seit ich vor einem Jahr eine Gießkanne (!) bei Ihnen bestellt habe, bekomme ich alle zwei Monate einen dicken Katalog per Post. Das ist Papierverschwendung und ich möchte das nicht.

Hiermit widerspreche ich der Nutzung meiner Adresse und meiner sonstigen Daten für Werbezwecke, egal ob per Post oder auf anderem Weg (Art. 21 Abs. 2 DSGVO). Geben Sie meine Adresse bitte auch nicht an andere Firmen für Werbung weiter.

Mit freundlichen Grüßen
Ingrid Schulze""",
         "Ingrid Schulze"),

        ("withdraw_consent", (),
         "WhatsApp Nachrichten",
         """Hallo,

ich hab mich bei der Eröffnung Ihrer Filiale in Lüttich für den WhatsApp-Service angemeldet, weil es da einen Gutschein gab. Jetzt kommen fast täglich Angebote und ich finde nirgends, wie man sich abmeldet.

Ich widerrufe hiermit meine Einwilligung für die WhatsApp-Werbung und auch für den Newsletter per Mail. Bitte beides abstellen.

Danke und schöne Grüße
Marco""",
         "Marco Rossi-Lang"),

        ("complaint", ("deletion",),
         "Zweite Aufforderung - Löschung meines Kontos",
         """Sehr geehrte Damen und Herren,

am 8. Januar habe ich Sie aufgefordert, mein Kundenkonto und alle meine Daten zu löschen. Am 10. Januar bekam ich eine Mail "Ihr Anliegen wird bearbeitet". Seitdem nichts.

Heute ist der 20. Februar, ich kann mich immer noch in mein Konto einloggen, und letzte Woche kam sogar ein Geburtstagsgutschein.

Ich fordere Sie hiermit ein letztes Mal auf, meine Daten zu löschen und mir die Löschung schriftlich zu bestätigen. Eine Beschwerde bei der belgischen Datenschutzbehörde habe ich bereits vorbereitet; ich werde sie einreichen, wenn ich bis zum 1. März nichts von Ihnen höre.

Mit freundlichen Grüßen
Dr. Ulrike Brandt""",
         "Ulrike Brandt"),

        ("other", (),
         "Phishing-Mail mit Ihrem Logo",
         """Hallo,

nur zur Info: Ich habe heute eine Mail bekommen, die aussieht wie von Ihnen ("Ihr Treuebonus von 50 EUR verfällt heute!"), mit Link auf eine Seite, die nach Kreditkartendaten fragt. Absender war eine Gmail-Adresse.

Ich bin gar kein Kunde bei Ihnen, die Adresse haben die also nicht von Ihnen, ich bekomme solchen Müll ständig. Aber Ihr Logo und Ihre Farben waren ziemlich gut nachgemacht, vielleicht wollen Sie Ihre Kunden warnen.

Screenshot hängt an.

Gruß
Felix Neumann""",
         "Felix Neumann"),

        ("other", (),
         "Bewerbung",
         """Sehr geehrte Damen und Herren,

auf Ihrer Webseite habe ich gesehen, dass Sie für Ihr Lager in Eupen Mitarbeiter suchen. Leider funktioniert das Bewerbungsformular bei mir nicht (es kommt immer "Upload fehlgeschlagen"), deshalb schicke ich meine Unterlagen an diese Adresse, die einzige, die ich gefunden habe.

Könnten Sie meine Bewerbung bitte an die Personalabteilung weiterleiten? Lebenslauf und Zeugnisse im Anhang.

Vielen Dank und freundliche Grüße
Sebastian Kowalczyk""",
         "Sebastian Kowalczyk"),

        ("access", ("correction",),
         "Was haben Sie über mich gespeichert?",
         """Hallo,

ich war drei Jahre beruflich in Singapur und habe jetzt mein altes Kundenkonto bei Ihnen wiederentdeckt. Da steht bestimmt noch allerlei Veraltetes drin.

Bevor ich wieder bestelle, möchte ich gern wissen, welche Daten Sie überhaupt von mir haben (Adressen, Telefonnummern, Zahlungsarten, was auch immer). Bitte schicken Sie mir eine Übersicht.

Und was falsch ist, bitte gleich richtigstellen: meine aktuelle Adresse ist Rue Haute 9, 1000 Brüssel, und die Festnetznummer können Sie streichen, die gibt es nicht mehr.

Beste Grüße
Katharina Vogel""",
         "Katharina Vogel"),

        ("deletion", ("access",),
         "gemeinsames Konto mit meinem Ex",
         """Hallo,

mein Ex-Freund und ich hatten ein Kundenkonto bei Ihnen, das auf meinen Namen und meine Mailadresse läuft. Wir sind seit Oktober getrennt und ich habe das Gefühl, dass er das Konto weiter nutzt (ich habe eine Versandbestätigung bekommen für etwas, das ich nicht bestellt habe, Lieferung nach Verviers, wo er jetzt wohnt).

Ich möchte das Konto komplett auflösen und meine Daten gelöscht haben. Ich will damit nichts mehr zu tun haben.

Vorher würde ich aber gerne noch wissen, welche Bestellungen seit Oktober über das Konto gelaufen sind und an welche Adressen, damit ich weiß, ob ich da noch etwas klären muss.

Danke,
Miriam Haas""",
         "Miriam Haas"),

        ("complaint", ("withdraw_consent",),
         "Schon wieder SMS um 23 Uhr",
         """Guten Abend,

ich habe mich im Januar per Link in der SMS und zusätzlich per Mail an Sie von Ihren Werbe-SMS abgemeldet. Trotzdem kam gestern um 23:12 wieder eine ("Nur heute: Pavillons -40%").

Das ist jetzt das dritte Mal seit meiner Abmeldung. Entweder funktioniert Ihre Abmeldung nicht, oder sie wird ignoriert. Beides ist ein Verstoß, so wie ich das verstehe.

Ich widerrufe hiermit nochmals ausdrücklich jede Einwilligung in Werbung per SMS. Sollte noch eine einzige Nachricht kommen, beschwere ich mich bei der Datenschutzbehörde.

R. Zimmermann""",
         "Ralf Zimmermann"),
    ],

    "es": [
        ("access", (),
         "Subject access request - L. Ferrer",
         """Hola:

Acabo de empezar a trabajar en el departamento de cumplimiento de un banco y en la formación de RGPD nos animaron a ejercer nuestros propios derechos "para ver cómo funciona desde el otro lado". Así que aquí estoy, lo siento :)

Soy cliente vuestra desde que vivía en Bruselas (2018-2022). Quisiera una copia de los datos personales que tenéis sobre mí, y saber para qué los usáis, con quién los compartís y cuánto tiempo pensáis guardarlos. Lo dice el artículo 15: "el interesado tendrá derecho a obtener del responsable del tratamiento confirmación de si se están tratando o no datos personales que le conciernen".

Por curiosidad también: ¿cuánto suele tardar esto? No tengo ninguna prisa.

Un saludo,
Lucía Ferrer Gil""",
         "Lucía Ferrer Gil"),

        ("correction", (),
         "mi apellido",
         """Buenas,

En todas vuestras facturas y en la tarjeta de fidelidad aparezco como "Pablo NuÃ±ez", con unos símbolos raros en lugar de la ñ, y además falta mi segundo apellido. Lo correcto es Pablo Núñez Ortega.

Ya sé que parece una tontería, pero necesito las facturas para la empresa (soy autónomo) y mi gestor me las devuelve porque el nombre no coincide con el de mi NIF.

¿Podéis corregirlo en vuestra base de datos? Gracias.

Pablo""",
         "Pablo Núñez Ortega"),

        ("deletion", (),
         "",
         """Hola,

Abrí la cuenta con el correo de mi antiguo trabajo, que voy a perder a final de mes porque cambio de empresa. No pienso volver a comprar en la tienda online (vivo en Valencia y los gastos de envío son una locura).

No quiero dejar una cuenta abandonada por ahí con mis datos, así que os pido que la borréis, junto con todo lo que tengáis de mí.

Gracias,
Marta Casals""",
         "Marta Casals"),

        ("portability", (),
         "Historial de pedidos en Excel",
         """Buenos días,

Me vuelvo a vivir a España después de seis años en Bélgica y estoy intentando reconstruir qué muebles de jardín y herramientas me llevo y cuáles vendo. Casi todo lo compré con vosotros.

¿Me podéis mandar mi historial de pedidos en un archivo que pueda abrir con Excel? Fechas, productos, precios. He leído que tengo derecho a recibir mis datos "en un formato estructurado, de uso común y lectura mecánica" (artículo 20 del RGPD), y un PDF no me sirve.

Muchas gracias,
Álvaro Medina""",
         "Álvaro Medina"),

        ("restriction", (),
         "No borréis mi cuenta, por favor",
         """Hola,

Me voy un año de voluntariado a Guatemala y mi pareja me dice que "aproveche para darme de baja de todo". Pero en vuestro caso no quiero: tengo la garantía de la cortacésped ligada a la cuenta y a la vuelta quiero seguir comprando.

Lo que sí os pido es que durante ese año no uséis mis datos para nada: ni ofertas, ni encuestas, ni "hace tiempo que no te vemos". Que se queden guardados y bloqueados, sin borrarlos, hasta que vuelva en septiembre del año que viene. Os escribiré yo para desbloquearlo.

¿Esto se puede hacer? Creo que en el reglamento se llama "limitación del tratamiento".

Un abrazo,
Irene Salvador""",
         "Irene Salvador"),

        ("objection", (),
         "recomendaciones personalizadas",
         """Hola,

No sé si esto se llama oposición o supresión, así que os lo explico: no quiero que borréis mi cuenta. Lo que no quiero es que uséis lo que compro y lo que miro en la web para "recomendarme" cosas, ni en la página ni en los correos ni en anuncios de Instagram.

Me agobia un poco que después de mirar un columpio para mi sobrina me persigan columpios por todo internet durante dos semanas.

Así que me opongo a que elaboréis un perfil con mis datos para publicidad. Los correos de mis pedidos, bien.

Gracias,
Carlos Ibáñez""",
         "Carlos Ibáñez"),

        ("withdraw_consent", (),
         "WhatsApp a las 23:15",
         """Buenas noches,

A las 23:15 me ha llegado un WhatsApp vuestro con "¡ofertas de medianoche!". Mañana madrugo.

No recuerdo haber dado permiso para esto, pero si lo di, lo retiro. No quiero más mensajes promocionales, ni por WhatsApp ni por SMS ni por email.

Saludos
Javi""",
         "Javier Romero"),

        ("complaint", (),
         "Correo con todos los clientes en copia",
         """Buenas tardes:

Esta mañana he recibido un correo vuestro sobre "cambios en el horario de la tienda de Lieja" enviado a unas 200 direcciones en copia visible. Puedo ver el email de todos los demás clientes, nombres y apellidos incluidos en muchos casos, y ellos pueden ver el mío.

Esto es una brecha de datos de manual. Me parece muy grave que una empresa de vuestro tamaño cometa este error. Quiero saber si lo vais a notificar a la autoridad de protección de datos y qué medidas vais a tomar para que no vuelva a pasar.

Atentamente,
Elena Prieto Vidal""",
         "Elena Prieto Vidal"),

        ("other", (),
         "tarjeta regalo",
         """Hola!

Quiero regalar una tarjeta regalo a mi hermano para su cumpleaños. Es de los que no tienen redes sociales, usa un móvil de hace diez años y se niega a dar su correo a ninguna tienda.

¿Puede usar la tarjeta sin registrarse ni dar su email? ¿Se puede comprar en tienda física y pagar en efectivo? Así tampoco os doy los datos de él por equivocación al comprarla online.

Gracias!!
Nuria""",
         "Nuria Pastor"),

        ("other", (),
         "Anular pedido",
         """Hola, perdonad que escriba aquí pero el teléfono de atención al cliente no contesta.

Quiero anular el pedido 5547731 (una sombrilla y su base). Me he dado cuenta de que la he pedido en el color equivocado. Todavía no lo habéis enviado según el seguimiento.

Gracias,
Rocío""",
         "Rocío Delgado"),

        ("deletion", ("withdraw_consent", "objection"),
         "Mi hija de 14 años",
         """Hola,

Mi hija Alba, de 14 años, se ha creado una cuenta en vuestra web con su propio correo (alba.gomez.2010@...) para un trabajo de tecnología en el que tenían que "simular una compra online". Nadie nos avisó de que iba a acabar registrada en una tienda de verdad.

Os pido que borréis su cuenta y todos sus datos. Mientras tanto, que no le llegue ni un solo correo publicitario más: retiro el consentimiento que ella haya podido marcar. Y, por supuesto, no quiero que sus datos se cedan a ninguna empresa colaboradora para publicidad; me opongo a ello como madre.

Un saludo,
Beatriz Gómez""",
         "Beatriz Gómez"),

        ("complaint", ("access",),
         "RE: Solicitud de acceso a mis datos",
         """Buenos días,

Os escribí el 3 de febrero pidiendo una copia de mis datos personales (os copio el mensaje abajo). Ha pasado más de un mes y no he recibido ninguna respuesta.

Os lo vuelvo a pedir: enviadme una copia de mis datos y decidme con quién los habéis compartido. Si en quince días no tengo respuesta, presentaré una reclamación ante la autoridad de protección de datos belga, o ante la AEPD, que según he leído también me puede ayudar.

Saludos,
Sergio Molina

---
El 3 feb, Sergio Molina escribió:
Hola, quisiera una copia de los datos que tenéis sobre mí. Gracias.""",
         "Sergio Molina"),

        ("portability", ("deletion",),
         "cerrar cuenta",
         """Hola,

Voy a cerrar mi cuenta, pero antes quiero quedarme con mis datos: pedidos, direcciones, puntos. En un CSV o similar, algo que pueda importar en una hoja de cálculo. Es para tener el registro de las garantías.

Cuando me lo hayáis enviado, borrad la cuenta y todos mis datos, por favor. En ese orden, que si no me quedo sin nada.

Gracias!
Andrea Fuentes""",
         "Andrea Fuentes"),
    ],

    "it": [
        ("access", (),
         "telefonata sospetta",
         """Buongiorno,

ieri sera mi ha chiamato un numero belga, un signore in italiano un po' stentato che diceva di essere del vostro "ufficio rimborsi". Sapeva il mio nome, il mio indirizzo di Charleroi e che avevo comprato da voi un set di vasi a maggio. Voleva i dati della carta "per accreditarmi il rimborso". Ho riattaccato.

Non so da dove abbia preso queste informazioni. Per capirci qualcosa, vorrei sapere quali dati personali avete su di me e a chi li avete comunicati (corrieri, agenzie, ditte esterne). Ho letto che ne ho diritto in base all'art. 15 del GDPR.

Grazie,
Giuseppe Lo Russo""",
         "Giuseppe Lo Russo"),

        ("correction", (),
         "",
         """Salve,

mi sono sposata a settembre e ho cambiato l'indirizzo di fatturazione: adesso le fatture devono andare alla mia ditta individuale, con la partita IVA.

Dati corretti:
Francesca Bellini
Studio Verde di Francesca Bellini
Via Roma 21 (sì, abbiamo una via Roma anche qui, a La Louvière)
P. IVA BE0767.123.456

Nel mio profilo c'è ancora l'indirizzo di casa dei miei genitori. Potete aggiornare voi? Dal sito non riesco a modificare la sezione fatturazione.

Grazie mille,
Francesca""",
         "Francesca Bellini"),

        ("deletion", (),
         "diritto all'oblio",
         """Gentili signori,

ho letto un articolo sul "diritto all'oblio" e mi sono reso conto di avere account sparsi ovunque, compreso il vostro, che non uso da anni.

Vi chiedo quindi di cancellare definitivamente il mio account e tutti i dati che mi riguardano. Non voglio ricevere una mail di "conferma che vuoi davvero andartene?", vorrei semplicemente che lo faceste.

Distinti saluti,
Alessandro Ferri""",
         "Alessandro Ferri"),

        ("portability", (),
         "Trasferimento dati",
         """Buongiorno,

ho aderito al programma fedeltà di un'altra catena (Jardiland) che mi offre di "riconoscere lo storico acquisti" presso altri negozi per partire con un livello più alto. Mi hanno detto che posso chiedervi di trasmettere i miei dati direttamente a loro, in base all'art. 20 del GDPR.

Vi chiedo quindi di inviare direttamente a loro, in formato strutturato e leggibile da dispositivo automatico, lo storico dei miei acquisti e dei punti fedeltà. Se per voi è più semplice, potete mandare il file a me e lo giro io.

Lo so, è un po' strano chiedervelo per andare dalla concorrenza. Scusate!

Cordiali saluti,
Valentina Marchetti""",
         "Valentina Marchetti"),

        ("restriction", (),
         "sinistro - conservate i dati",
         """Buongiorno,

la lampada da esterno acquistata da voi (ordine 5520047) ha provocato un cortocircuito che ha bruciato la centralina del giardino. Ho aperto un sinistro con l'assicurazione e c'è un perito che sta valutando.

Vi chiedo di non cancellare nulla relativo a quell'ordine e al mio account, ma al tempo stesso di non usare i miei dati per altro finché la pratica non è chiusa. In pratica: "congelate" tutto. Credo sia la limitazione di trattamento dell'art. 18.

Vi avviserò io quando potrete tornare alla normalità.

Saluti,
Roberto Esposito""",
         "Roberto Esposito"),

        ("objection", (),
         "Meta pixel",
         """Buonasera,

lavoro nel marketing digitale e so bene come funziona: il vostro sito usa il pixel di Meta e, immagino, anche le "Custom Audiences" caricando gli indirizzi email dei clienti.

Da cliente, però, non mi va. Mi oppongo al trattamento dei miei dati per finalità di marketing diretto e di profilazione, compreso l'invio del mio indirizzo email o del mio numero a Meta, Google o altre piattaforme pubblicitarie (art. 21 GDPR).

Non chiedo la cancellazione dell'account.

Grazie,
Daniele Greco""",
         "Daniele Greco"),

        ("withdraw_consent", (),
         "basta newsletter",
         """ciao,
ricevo la vostra newsletter tutti i giorni, a volte due volte. non trovo da nessuna parte il link per disiscrivermi.
revoco il consenso, toglietemi dalla lista per favore.
grazie
chiara""",
         "Chiara Fontana"),

        ("complaint", ("deletion",),
         "SOLLECITO - richiesta di cancellazione del 15/01",
         """Spettabile azienda,

il 15 gennaio vi ho chiesto per email di cancellare il mio account e tutti i miei dati. A distanza di oltre due mesi non ho ricevuto nessuna risposta, né una conferma di cancellazione. Anzi, continuo a ricevere le vostre offerte.

Vi sollecito a procedere immediatamente alla cancellazione e a darmene conferma scritta. In mancanza, presenterò reclamo all'Autorità per la protezione dei dati belga (e, per conoscenza, al Garante italiano).

Distinti saluti,
Paola Gentile""",
         "Paola Gentile"),

        ("other", (),
         "progetto scolastico",
         """Buongiorno,

sono la mamma di Luca, che fa la terza media alla scuola europea di Bruxelles. Per un progetto di educazione civica deve spiegare "come un sito chiede il consenso ai cookie" e ha scelto il vostro (perché è quello dove compriamo i semi per l'orto!).

Potreste spiegarci in due righe cosa succede quando si clicca "rifiuta" e perché alcuni cookie restano anche se si rifiuta tutto? Non riguarda i nostri dati, è solo per capire.

Grazie di cuore,
Silvia Moretti""",
         "Silvia Moretti"),

        ("other", (),
         "Candidature spontanée",
         """Buongiorno,

non trovando un indirizzo dell'ufficio personale, mi permetto di scrivere a questa casella. Vi sarei grato se poteste inoltrare il mio curriculum (in allegato) a chi si occupa delle assunzioni.

Ho esperienza come giardiniere e come magazziniere e parlo italiano, francese e un po' di olandese.

Cordiali saluti,
Matteo Rinaldi""",
         "Matteo Rinaldi"),

        ("deletion", ("access",),
         "la mia candidatura",
         """Buongiorno,

a marzo ho inviato una candidatura spontanea tramite il vostro sito. Ora lavoro altrove e, a essere sinceri, mi pento di aver mandato un CV così dettagliato (c'erano anche la mia data di nascita, la situazione familiare e una foto).

Vi chiedo di eliminare il CV, la lettera e qualsiasi altra informazione legata alla mia candidatura.

E, se possibile, vorrei sapere chi ha avuto accesso al mio CV e se è stato inviato a qualcuno fuori dalla vostra azienda (agenzie interinali, ecc.).

Grazie,
Federica Sala""",
         "Federica Sala"),

        ("correction", ("withdraw_consent",),
         "email sbagliata",
         """Salve,

da qualche settimana non mi arrivano più le conferme d'ordine. Ho controllato: il mio indirizzo email nel vostro sistema ha un errore, c'è "marco.riccci" con tre c. Per questo le mie mail finiscono chissà dove e io le vedo solo quando le cerco nella posta del sito.

Vi chiedo di correggerlo in marco.ricci@... (due c).

Già che ci siamo, non iscrivetemi alla newsletter quando correggete l'indirizzo: non la voglio più, né sull'indirizzo vecchio né su quello nuovo.

Marco Ricci""",
         "Marco Ricci"),

        ("complaint", (),
         "violazione dei dati",
         """Buongiorno,

ho letto sul giornale che la vostra azienda ha subito un attacco informatico e che sono stati sottratti dati dei clienti, tra cui indirizzi e numeri di telefono. Io non ho ricevuto alcuna comunicazione da parte vostra, mentre da una settimana ricevo SMS truffa con il mio nome.

Trovo molto grave che una violazione di questo tipo non sia stata comunicata direttamente ai clienti coinvolti. Presento quindi formale reclamo e mi riservo di rivolgermi all'autorità di controllo.

Antonella Caruso""",
         "Antonella Caruso"),
    ],

    "pt": [
        ("access", (),
         "Pedido de acesso",
         """Boa tarde,

Separei-me há pouco tempo e tenho razões para achar que o meu ex-companheiro sabe o que eu encomendo e para onde (apareceu na minha nova morada no dia em que chegou uma encomenda vossa). A conta está em meu nome, mas ele pode ter ficado com a palavra-passe.

Gostaria de saber que dados pessoais têm sobre mim: moradas guardadas, números de telefone, histórico de encomendas e, se for possível, de onde e quando foi feito login na minha conta nos últimos meses.

Segundo o artigo 15.º do RGPD, "o titular dos dados tem o direito de obter do responsável pelo tratamento a confirmação de que os dados pessoais que lhe digam respeito são ou não objeto de tratamento".

Obrigada,
Ana Sofia Rodrigues""",
         "Ana Sofia Rodrigues"),

        ("correction", (),
         "",
         """Bom dia

Mudei de casa, agora moro em Liège: Rue Saint-Gilles 88, 4000 Liège. E o meu telemóvel mudou também, agora é +32 485 67 21 09.

Podem atualizar na minha ficha de cliente? No site não consigo, diz "erro de validação".

Cumprimentos
Manuel Sousa""",
         "Manuel Sousa"),

        ("deletion", (),
         "Conta da minha mãe",
         """Exmos. Senhores,

A minha mãe, Maria da Conceição Ferreira, faleceu no mês passado. Ela tinha uma conta na vossa loja online e o cartão de cliente, que usava para comprar as coisas da varanda.

Continuam a chegar e-mails e cartas em nome dela e custa-me muito recebê-los. Peço-vos que apaguem a conta dela e todos os dados que tenham sobre ela.

Se precisarem da certidão de óbito, digam-me para onde a devo enviar.

Com os melhores cumprimentos,
Rui Ferreira""",
         "Rui Ferreira"),

        ("portability", (),
         "exportar dados",
         """Olá,

Trabalho como contabilista por conta própria e queria juntar todas as despesas de jardinagem do último ano para a declaração de impostos (parte é para o escritório, que tem jardim).

Podem enviar-me o histórico das minhas compras num ficheiro CSV ou Excel? Preciso de data, artigo e valor com IVA. Li que tenho direito a receber os meus dados "num formato estruturado, de uso corrente e de leitura automática".

Obrigado
Tiago Pereira""",
         "Tiago Pereira"),

        ("restriction", (),
         "Pontos de fidelização errados - não apaguem",
         """Boa tarde,

Desde outubro o saldo de pontos do meu cartão de cliente baixou de 1.240 para 80 sem que eu tenha usado nada. A vossa loja de Bruxelas diz que os pontos "expiraram", eu acho que não, e já pedi ao apoio ao cliente para verificar.

Enquanto isto não estiver resolvido, peço que não alterem nem apaguem nada no meu cartão nem no histórico de compras, e que também não usem estes dados para mais nada. Quero que fique tudo como está até se verificar quem tem razão. Acho que é o direito à limitação do tratamento (art. 18.º).

Cumprimentos,
Joana Lopes""",
         "Joana Lopes"),

        ("objection", (),
         "partilha com parceiros",
         """Olá,

Na vossa política de privacidade diz que partilham dados com "parceiros comerciais selecionados" para "publicidade relevante". Não quero isso.

Oponho-me a que os meus dados sejam partilhados com parceiros para fins publicitários e a que façam perfis com base nas minhas compras. Continuo a querer ser cliente, não apaguem a conta.

Obrigado,
Bruno Carvalho""",
         "Bruno Carvalho"),

        ("withdraw_consent", (),
         "Não quero mais receber",
         """Boa noite,

Já não quero receber as vossas promoções por e-mail. Inscrevi-me quando comprei um baloiço para o meu neto mas não me interessa receber todas as semanas.

Retiro o consentimento. Obrigada.

Fernanda Oliveira""",
         "Fernanda Oliveira"),

        ("complaint", ("access",),
         "Segundo pedido - sem resposta",
         """Exmos. Senhores,

No dia 14 de março enviei para este endereço um pedido de acesso aos meus dados pessoais. Até hoje, 2 de maio, não obtive qualquer resposta.

O prazo legal de um mês já foi largamente ultrapassado. Volto a pedir uma cópia dos meus dados e a informação sobre com quem foram partilhados.

Se não receber resposta nos próximos 10 dias, apresentarei queixa à autoridade belga de proteção de dados e à CNPD.

Com os melhores cumprimentos,
Paulo Martins""",
         "Paulo Martins"),

        ("other", (),
         "e-mail falso?",
         """Olá,

Recebi hoje uma mensagem que diz ser da vossa loja, a dizer que ganhei um "cabaz de jardinagem" e que tenho de pagar 2 euros de portes. O remetente era estranho e o link não era do vosso site.

Nunca comprei nada aí, por isso acho que não têm os meus dados, deve ser uma lista qualquer. Só queria avisar, caso estejam a usar o vosso nome para enganar pessoas.

Cumprimentos,
Cláudia""",
         "Cláudia Antunes"),

        ("other", (),
         "Vale de oferta",
         """Bom dia,

Queria oferecer um vale de compras à minha cunhada, que é muito cuidadosa com a privacidade e não gosta de criar contas em lado nenhum.

Ela pode usar o vale numa loja física sem dar o nome nem o e-mail? E os vales têm prazo de validade?

Obrigada pela ajuda,
Marta""",
         "Marta Gonçalves"),

        ("deletion", ("withdraw_consent",),
         "o meu filho",
         """Olá, bom dia.

O meu filho de 12 anos criou uma conta no vosso site para participar num passatempo (ganhar um trampolim, claro) e ficou inscrito na newsletter. Eu não dei autorização.

Peço que apaguem a conta dele e os dados todos. E que deixem de lhe mandar e-mails de publicidade desde já, mesmo antes de apagarem.

Obrigada,
Sandra Costa""",
         "Sandra Costa"),

        ("access", ("correction",),
         "os meus dados",
         """Bom dia,

Recebi uma carta vossa dirigida a "Sr. Jose Silva" numa morada onde já não moro há dois anos (o novo inquilino entregou-ma). Fiquei a pensar o que mais terão de antigo ou errado.

Podem mandar-me tudo o que têm guardado sobre mim? Depois de ver, digo-vos o resto, mas para já corrijam pelo menos isto: o nome é José Silva, com acento, e a morada atual é Avenue de la Couronne 201, 1050 Ixelles.

Obrigado,
José Silva""",
         "José Silva"),

        ("complaint", ("deletion",),
         "continuo a receber e-mails depois de apagar a conta",
         """Boa tarde,

Em janeiro pedi a eliminação da minha conta e recebi a vossa confirmação: "os seus dados foram eliminados". Mesmo assim, esta semana recebi dois e-mails promocionais com o meu nome, e ontem uma carta com um catálogo na minha morada.

Ou seja, os meus dados não foram eliminados, apesar do que me disseram. Considero isto grave e quero uma explicação.

Peço, mais uma vez, que apaguem de facto todos os meus dados, incluindo das listas de envio e de qualquer empresa que trate dos vossos envios.

Luís Almeida""",
         "Luís Almeida"),
    ],
}
