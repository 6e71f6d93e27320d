"""Fifth set, people: agents, services and mixed-language mails. Written apart from the rules (see make_fifth.py)."""

PEOPLE_K = {
    "en": [
        # --- on behalf: removal services, agents, lawyers, parents, guardians, heirs, employers ---
        ("deletion", (), "Request for erasure of personal data pursuant to Article 17 GDPR - Ref. EP-2291-8834", """Dear Sir or Madam,

We are contacting you on behalf of our client, Ms. Hanne Verstraeten (email: hanne.verstraeten@mailbox.be, date of birth 14/02/1988), who has authorized ErasurePoint to exercise her data protection rights.

Pursuant to Article 17 of the General Data Protection Regulation, our client requests the erasure of all personal data your organization holds about her, including any customer account, order history, loyalty card and marketing records.

Please confirm the deletion in writing within one month of receipt, as required by Article 12(3) GDPR. A signed authorization and a redacted copy of our client's identity document are attached to this email.

Please reply to this address and quote the reference above.

Kind regards,
Privacy Operations Team
ErasurePoint B.V.""", "ErasurePoint Privacy Operations"),

        ("deletion", (), "Personal data removal request for Jonas De Wilde", """Hello,

I am a privacy advisor at DeletePilot and I represent Jonas De Wilde, who has subscribed to our data removal service. Mr De Wilde has asked us to make sure that no personal information about him remains in your systems.

Identifying details:
Name: Jonas De Wilde
Email: j.dewilde77@webpost.be
Phone: +32 478 21 90 44
Address: Kerkstraat 18, 9000 Gent

Please delete all records matching these details and confirm once this is done. Our authorization letter, signed by Mr De Wilde, is attached. If you need anything further to verify the request, please contact me directly rather than our client.

Thank you,
Megan Hart
Privacy Advisor, DeletePilot""", "Megan Hart (DeletePilot)"),

        ("access", (), "Data subject access request on behalf of member #A-55102", """Dear Data Protection Officer,

PrivaShield acts as the authorized agent of Mr. Pieter Claes (pieter.claes@telenetmail.be, phone +32 495 33 12 07). Under Article 15 GDPR, our member requests:

1. confirmation as to whether you process personal data concerning him;
2. a copy of that data;
3. the purposes of the processing, the recipients, the retention period and the source of any data not collected from him.

Please send the response to this mailbox. The mandate signed by Mr. Claes is attached as a PDF.

Regards,
Rights Desk
PrivaShield""", "PrivaShield Rights Desk"),

        ("deletion", (), "Sara Janssens asked us to help her reclaim her data", """Hi there,

This message is sent through Unfindable on behalf of Sara Janssens (sara.janssens@postmail.be). Our app scanned Sara's inbox and found that your company holds her personal data. Sara would like you to delete her data and close any account associated with this email address.

Please reply directly to this email with a confirmation when the erasure is complete. Sara is copied on this message and can confirm the request if needed.

Thanks,
The Unfindable team, on behalf of Sara Janssens""", "Sara Janssens via Unfindable"),

        ("access", ("deletion",), "Find out and delete: request from Tom Peeters", """Dear Privacy Team,

We write on behalf of our customer, Tom Peeters, whose identity we have verified. Tom would like to know what personal data you hold about him and then have it removed.

Firstly, under Article 15 GDPR, please provide a copy of all the personal data you hold about him, together with the information on purposes and recipients. Secondly, once you have sent that copy, please erase his data under Article 17 GDPR and confirm that this has been done.

Tom's details: tom.peeters@kpnmail.be, +32 486 74 20 11, customer since around 2019.

Our letter of authority is attached.

Yours faithfully,
MyDataBack Ltd""", "MyDataBack"),

        ("deletion", (), "Delete my data - sent via QuietTrace", """To whom it may concern,

QuietTrace is an authorized agent acting for the consumer identified below. The consumer has directed us to request that you delete the personal information you have collected about them.

Consumer: Lotte Wouters
Email: lotte.w@skynet-mail.be
Phone: +32 471 09 88 36

Please process this deletion request and notify us of the outcome at requests@quiettrace.example. A copy of the consumer's signed permission is attached. If you cannot verify the consumer, let us know what additional information you require.

QuietTrace Requests""", "QuietTrace Requests"),

        ("objection", (), "Objection to profiling - Art. 21 GDPR - client K. Mertens", """Dear Sir or Madam,

We are writing on behalf of our client, Mr. Kevin Mertens (kevin.mertens@mailbox.be, loyalty card no. 6043 1187 2290), who has mandated TraceLess to act for him in privacy matters.

Our client objects, under Article 21 GDPR, to the use of his purchase history and app usage to build a profile of him, and to the personalised offers and recommendations based on that profile. He also objects to the tracking of his behaviour in your app for analytics purposes based on your legitimate interest.

Our client does not request the closure of his account; he wishes to keep using his loyalty card. Please confirm that the profiling and tracking have stopped.

Signed authorization attached.

Best regards,
TraceLess Client Services""", "TraceLess Client Services"),

        ("portability", (), "Data portability request (Art. 20 GDPR) - client E. Lambert", """Dear Privacy Officer,

On behalf of our client, Ms. Elise Lambert (elise.lambert@post.example.be), we request that you provide the personal data she has provided to you, in particular her account details, order history and loyalty points history, in a structured, commonly used and machine-readable format such as CSV or JSON, pursuant to Article 20 GDPR.

Ms. Lambert intends to move to another retailer and would like to take her records with her. Please send the files to her email address above, with a copy to us.

Her signed mandate is attached.

Sincerely,
ClearMyData Agency""", "ClearMyData Agency"),

        ("access", (), "Our client Mr. Arnaud Dubois - request for access to personal data", """Dear Sirs,

We act for Mr. Arnaud Dubois, residing at Rue des Tanneurs 45, 1000 Brussels, customer number C-1048832.

Our client is in a dispute with your company regarding loyalty points that disappeared from his account in the course of 2023. In order to assess his position, our client hereby exercises his right of access under Article 15 GDPR and requests a copy of all personal data relating to him, including the transaction log of his loyalty account, the notes in your customer service system and any recordings of his calls.

A power of attorney signed by our client is enclosed.

Yours faithfully,
Charlotte Van Acker
Attorney at law, Van Acker & Partners""", "Charlotte Van Acker"),

        ("correction", (), "Request for rectification on behalf of a member", """Dear Madam, Dear Sir,

I am a legal adviser at a consumer association and I am writing on behalf of one of our members, Mr. Youssef El Amrani, who has authorised me to contact you (authorisation attached).

Since he moved in January, your records still show his old address (Lange Lozanastraat 102, 2018 Antwerpen) and his surname is spelled "El Amrami". As a result, two parcels were sent to the wrong address. He tried to change the address in his account himself, but the field is locked.

Please rectify his data as follows: surname El Amrani, address Turnhoutsebaan 233, 2140 Borgerhout. Please confirm once this has been corrected.

Kind regards,
Nathalie Goossens
Legal adviser""", "Nathalie Goossens"),

        ("deletion", (), "Please delete my son's account", """Hello,

My son Lucas (15) created an account on your website and installed your app without asking us. He used the email address lucas.vermeulen2009@mailbox.be. I am his father and I do not want him to have an account with a web shop at his age.

Please delete his account and all the data you have about him, including the app profile. I can send a copy of his ID and mine if you need proof that I am his parent.

Thank you,
Bart Vermeulen""", "Bart Vermeulen"),

        ("withdraw_consent", (), "Stop the SMS to my daughter's phone", """Hi,

My daughter Emma is 13. At the checkout in one of your stores she gave her mobile number (+32 470 55 61 28) to get a discount, and since then she gets two or three promotional text messages every week.

As her mother, I withdraw any consent she gave for SMS marketing. Please remove her number from your SMS list. We do not need anything else, only that the messages stop.

Thanks,
Ines Michiels""", "Ines Michiels"),

        ("access", (), "Request for a copy of data - person under administration", """Dear Data Protection Officer,

I have been appointed by the Justice of the Peace of Leuven as the administrator of the property of Mr. Frans Hermans (born 03/06/1941), who lives in a care home. A copy of the court order is attached.

While reviewing Mr. Hermans' expenses I found several payments to your shop. Under Article 15 GDPR, I request on his behalf a copy of the personal data you hold about him, including his account details, the orders placed and the payment methods registered.

Kind regards,
Griet Vandenbroucke
Court-appointed administrator""", "Griet Vandenbroucke"),

        ("deletion", (), "Account of my late father", """Dear Sir or Madam,

My father, Willy Lemmens, passed away on 12 February. He had an account with you under the email address willy.lemmens@skynet-mail.be and a loyalty card.

As his son and executor I ask you to delete his account and all his personal data. I have attached the death certificate and a certificate of inheritance.

Thank you for your understanding.

Marc Lemmens""", "Marc Lemmens"),

        ("access", (), "Copy of the data of my deceased mother", """Hello,

My mother, Rita Smets, died in March. While settling her affairs I noticed monthly card payments to your shop. As her heir, I would like to receive a copy of the personal data you hold about her: the account details, the orders of the last two years and any payment card registered on the account.

I am her only heir; the certificate of inheritance and the death certificate are attached.

Best regards,
Kristel Smets""", "Kristel Smets"),

        ("access", (), "Access request for our employee Mr. Dirk Aerts", """Good morning,

I am the HR manager of Vanhove Logistics NV. Our employee Mr. Dirk Aerts is currently abroad on a long posting without reliable internet access and asked me to contact you for him. He would like a copy of all personal data your company holds about him (account, orders, loyalty card).

His signed authorisation and a copy of his ID card are attached. Please send the data directly to his private email address, dirk.aerts@postmail.be, and not to me.

Kind regards,
Sofie Dewulf
HR Manager, Vanhove Logistics NV""", "Sofie Dewulf"),

        ("restriction", (), "Request for restriction of processing - client Mrs. L. Dumont", """Dear Sir or Madam,

We represent Mrs. Laura Dumont in the dispute concerning order no. 2024-118734, which your company claims she placed and has not paid. Our client contests that she ever placed this order and has filed a complaint with the police for identity fraud.

Pending the outcome of this dispute, our client requests, pursuant to Article 18 GDPR, that you restrict the processing of the personal data linked to this order: do not pass it on to a debt collection agency and do not use it for any other purpose, but do not delete it either, since it will be needed as evidence.

The power of attorney is attached.

Yours faithfully,
Olivier Renard
Attorney at law""", "Olivier Renard"),

        # --- mixed language / non-native English ---
        ("deletion", (), "delete account", """Hello,

I want that you delete my account in your shop and all my datas. I was buying there when I was living in Brussels but now I am back in Poland and I not need this account anymore. My email is k.nowak.88@poczta-mail.pl and the card of loyalty number is 6043 2219 0871.

Please to confirm me when it is done.

Thank you very much,
Katarzyna Nowak""", "Katarzyna Nowak"),

        ("access", (), "Request for my personal datas", """Dear Sirs,

I am customer of your shop since 2020. Please to send me my datas which you are keeping about me, all of them, also the history of my orders and what you know from the application. I want to see what informations you have collect about me.

My email for the account is giorgos.pap@mailgr.example.

With respect,
Georgios Papadopoulos""", "Georgios Papadopoulos"),

        ("deletion", ("withdraw_consent",), "Erasing of my datas", """Good day,

I am asking for the erasing of my personal datas from your data base, according with the GDPR law. Also I want to not receive more SMS with promotions on my number +32 489 20 14 66, I receive them every week and I am tired of it.

My name is Andreea Popescu and the email of the account is andreea.popescu@postmail.be.

Thank you in advance,
Andreea""", "Andreea Popescu"),

        ("correction", (), "Mistake in my name", """Hello,

My family name is wrote wrong in your system. On all the letters and on the loyalty card is written "Georgiva" but the correct is "Georgieva". Also my first name is Desislava, not Desislav, I am a woman. Please to make this correct in my account, the email is desi.georgieva@abv-mail.bg.

Regards,
Desislava Georgieva""", "Desislava Georgieva"),

        ("objection", (), "I not agree with profile", """Hello,

I read in your privacy policy that you analyse what I buy and what I look in the app for make a profile and show me personal offers. I not agree with this. I am objecting against this profiling and please stop to follow what I do in the app. The account I want to keep, I buy there often, only no profile please.

Account email: petr.dvorak@seznam-mail.cz

Best regards,
Petr Dvořák""", "Petr Dvořák"),

        ("withdraw_consent", (), "Newsletter", """Hello,

Please stop to send me the newsletter, I don't want it anymore. I gave agreement when I made the account but now I take it back. It is coming every day, it is too much for me. The account I want to keep.

My email is ivana.horvat@tportal-mail.hr

Thanks,
Ivana Horvat""", "Ivana Horvat"),

        ("portability", (), "My datas in a file", """Good afternoon,

I would like to receive my datas in a file for to bring them to other shop. I mean the list of all my orders and my informations of the account, in a format like Excel or CSV that the other program can to read. I know this is my right by the GDPR, the article 20.

The account is in the name of João Ferreira, email joao.ferreira@sapo-mail.pt.

Thank you very much for the attention,
João Ferreira""", "João Ferreira"),

        ("access", (), "Question about my data", """Hi,

I wonder if I could get a copy of all the personal data you have saved about me? I have been a customer since a couple of years and use both the app and the loyalty card, and I would like to see what information is stored, where it comes from and who you share it with. I would be glad if you could send it as a PDF or similar.

My account email is erik.lindqvist@bredband-mail.se.

Thanks in advance!
Best regards,
Erik Lindqvist""", "Erik Lindqvist"),

        ("deletion", (), "RE: Uw verzoek tot verwijdering - ticket 48213", """Hello,

Sorry, I don't speak Dutch, so I used a translator for your message below. I understand you need me to confirm that I sent the request from my own address. Yes, I confirm it: I am Daniel Okafor, this is my email address, and I still want you to delete my account and all my personal data.

Please go ahead.

Daniel Okafor

-----Original message-----
From: privacy@shop.example.be
Subject: Uw verzoek tot verwijdering - ticket 48213

Beste klant,

Wij hebben uw verzoek tot verwijdering van uw gegevens goed ontvangen. Om uw identiteit te controleren, vragen wij u vriendelijk om te bevestigen dat u dit verzoek zelf heeft ingediend vanaf het e-mailadres dat aan uw account gekoppeld is.

Met vriendelijke groeten,
Het privacyteam""", "Daniel Okafor"),

        ("complaint", ("access",), "Re: Votre demande d'accès - dossier 20931", """Hello,

Your message below (in French, which I had to translate) promised that I would receive a copy of my personal data "within 30 days". That was on 4 March. It is now 22 May and I have received nothing, not even a second message.

I asked for access to my data under Article 15 GDPR and I expect to receive it now. If I do not get it within ten days I will file a complaint with the Belgian Data Protection Authority.

Michael Turner

> Le 4 mars, privacy@shop.example.be a écrit :
> Madame, Monsieur,
> Nous accusons bonne réception de votre demande d'accès à vos données personnelles. Vous recevrez une copie de vos données dans un délai de 30 jours.
> Cordialement,
> L'équipe vie privée""", "Michael Turner"),

        ("withdraw_consent", (), "Fwd: Ihre Vorteile diese Woche", """Hello,

I keep receiving your newsletter, now even in German (see below), although I live in Ghent and never chose German. The unsubscribe link at the bottom leads to an error page. Please remove olivia.grant@mailbox.be from your mailing list; I no longer want to receive any marketing emails from you.

Regards,
Olivia Grant

---------- Forwarded message ---------
Von: Shop Newsletter <news@shop.example.be>
Betreff: Ihre Vorteile diese Woche

Liebe Kundin, lieber Kunde,
entdecken Sie unsere Angebote der Woche: bis zu 30 % Rabatt auf ausgewählte Artikel!
Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben. Abmelden""", "Olivia Grant"),

        ("deletion", (), "Request of suppression of the data", """Madam, Sir,

By the present I request to you the suppression of the totality of my personal data which are found in your files of customers, conforming to the article 17 of the general regulation on the protection of the data. I do not desire any more to be customer of your society and I pray you to close my account of customer number 20417793.

I thank you to make me know in return of mail when the suppression will be effected.

Please agree, Madam, Sir, the expression of my distinguished salutations.

Mohamed Benali""", "Mohamed Benali"),

        # --- other: not data-subject requests ---
        ("other", (), "Handling data deletion requests at scale? Meet ErasurePoint for Business", """Hi privacy team,

If your mailbox is filling up with erasure and access requests from services like ours, you are not alone: in 2024 the number of GDPR requests sent by authorized agents grew by more than 60%.

That is why we built ErasurePoint for Business, a portal where you receive all agent requests in one place, verify the mandate with one click and send deletion confirmations automatically. Retailers using it answer data subject requests in 3 days on average instead of 24.

Join our free webinar on 18 June at 11:00 CET, or book a 20-minute demo with our team.

Best,
Lena Vos
Partnerships, ErasurePoint for Business

You receive this message because your address is published as the privacy contact on your website.""", "ErasurePoint for Business"),

        ("other", (), "Press inquiry: reports of a customer data leak", """Hello,

I'm a reporter with a Brussels-based news site and I'm working on a story about customer data leaks at Belgian web shops. Several readers told us they received phishing SMS messages that mentioned their recent orders at your shop.

Could your DPO or a spokesperson comment on whether there was a breach, whether the Data Protection Authority has been notified and how many customers were affected? Our deadline is Thursday at 5 pm.

Best regards,
Laura Mills
The Brussels Bulletin""", "Laura Mills"),

        ("other", (), "Data sharing agreement - loyalty programme partnership", """Dear colleague,

As the DPO of FreshFuel NV, I am sending you the draft data sharing agreement for the joint loyalty programme that our commercial teams agreed on last month. The agreement defines both companies as independent controllers, describes the categories of data exchanged (card number, points balance, marketing opt-in status) and the legal basis for each transfer.

Could you review the draft, in particular Annex 2 (technical and organisational measures), and send us your comments by 30 June? I am happy to schedule a call if that is easier.

Kind regards,
Jeroen Baert
Data Protection Officer, FreshFuel NV""", "Jeroen Baert"),

        ("other", (), "How do I reset the privacy settings in the app?", """Hi,

In the app I went to Settings > Privacy and switched off a lot of things, and now I don't get any push notifications about my deliveries anymore, and the app keeps asking me to allow location access. Is there a way to reset all privacy settings to the default? I can't find a reset button anywhere. I'm on Android, app version 5.2.1.

Thanks,
Sam Verhoeven""", "Sam Verhoeven"),

        ("other", (), "Research interview request - DPO practices in e-commerce", """Dear Data Protection Officer,

I am a PhD researcher in law and technology at a Belgian university. My project studies how small and medium-sized online retailers handle data subject requests, in particular requests submitted by authorised agents and data removal services.

Would you be willing to take part in a 45-minute online interview? Participation is voluntary and anonymous: neither your name nor the name of your company will appear in any publication. I have attached an information sheet and an informed consent form.

Thank you for considering this request.

Kind regards,
Hannah Claessens""", "Hannah Claessens"),

        ("other", (), "URGENT: Notice of GDPR violation - case GBA/2024/88317", """Data Protection Authority of Belgium
Notice of Non-Compliance

Dear Data Controller,

Following an automated audit of your website, our inspection service has found that your cookie banner does not comply with Article 7 GDPR. An administrative fine of EUR 4,850 has been imposed on your company.

To avoid the fine being increased to EUR 25,000, you must regularise your situation within 48 hours by downloading the attached compliance form and paying via the secure link below:

http://gba-belgium-compliance.example.net/pay

This is an automatically generated message. Do not reply.

Inspection Service""", "Data Protection Authority (noreply)"),

        ("other", (), "Are you GDPR compliant?", """Hello,

Before I create an account and order a sofa, I'd like to know a few things. Are you GDPR compliant? Are your servers located in the EU or in the US? Do you sell customer data to third parties? And can I order as a guest without creating an account?

Thanks,
Rachel Dumont""", "Rachel Dumont"),

        ("other", (), "Two accounts - can you merge them?", """Hi,

I think I have two accounts with you. I created one years ago with my old work email, but I can't remember which address I used exactly (possibly j.hendrickx@ or jan.hendrickx@ something). My current account is jan.hendrickx@mailbox.be. My loyalty points seem to be split over the two.

Could you merge them into my current account so that all my points and orders are together?

Best,
Jan Hendrickx""", "Jan Hendrickx"),

        ("other", (), "Cancel order 2024-553201 and my box subscription", """Hello,

Please cancel order 2024-553201, which I placed yesterday; I ordered the wrong size. And please also cancel my subscription to the monthly Home Essentials box (EUR 29.95 per month). I don't want to receive or pay for any more boxes after this month.

Thank you,
Priya Nair""", "Priya Nair"),

        # --- complaints and escalations ---
        ("complaint", ("deletion",), "Second notice: erasure request of 11 March remains unanswered - Ref. EP-1877-2201", """Dear Sir or Madam,

On 11 March we sent you, on behalf of our client Mr. Stijn Jacobs, a request for erasure under Article 17 GDPR, together with a signed authorization. To date we have received neither an acknowledgment nor a response. The one-month deadline under Article 12(3) GDPR expired on 11 April.

We ask you to complete the erasure and confirm it within seven days. Failing that, our client has instructed us to lodge a complaint with the Belgian Data Protection Authority on his behalf.

ErasurePoint Privacy Operations""", "ErasurePoint Privacy Operations"),

        ("complaint", ("access",), "Formal notice of default - access request of our client Ms. N. Aydin", """Dear Sirs,

By letter and email of 8 January, we requested, on behalf of our client Ms. Nisa Aydin, access to her personal data under Article 15 GDPR. Despite a reminder on 20 February, you have not replied.

You are hereby formally put on notice to provide the complete copy of our client's data within eight days of this letter. If you fail to do so, we have instructions to file a complaint with the Data Protection Authority and to claim compensation under Article 82 GDPR, without further notice.

Yours faithfully,
Pieter-Jan Coene
Attorney at law""", "Pieter-Jan Coene"),

        ("complaint", ("deletion",), "You are sending marketing to my 11-year-old!", """I am absolutely furious. My daughter Nore is ELEVEN. Somehow she ended up in your loyalty programme and now she receives emails with "personal offers just for you" and SMS messages with discount codes, on a phone I gave her for emergencies. How on earth can you collect data from a child and use it to sell things to her?

I want her account and every piece of data about her deleted immediately, and I expect an explanation of how this happened. If I don't hear from you this week, I will report you to the Data Protection Authority.

Evelien De Smet
(mother of Nore De Smet, email nore.desmet@mailbox.be)""", "Evelien De Smet"),

        ("complaint", ("deletion",), "Complaint lodged with the Belgian Data Protection Authority", """Dear Sir or Madam,

I am informing you that today I lodged a complaint against your company with the Belgian Data Protection Authority (Gegevensbeschermingsautoriteit / Autorité de protection des données), Drukpersstraat 35, 1000 Brussels.

On 2 February I asked you to delete my account and all my data. You confirmed the deletion on 15 February, yet last week I received your newsletter again at the same address and my loyalty card still works at the checkout. Clearly my data was not deleted.

I have attached your confirmation and the newsletter to my complaint. I still expect you to delete my data.

Koen Vandeputte""", "Koen Vandeputte"),

        ("complaint", (), "Phishing after your data leak - on behalf of our members", """Dear Sir or Madam,

Our consumer association has received more than forty reports from members who are customers of your shop. Since the end of April they have been receiving SMS messages that use their name, their last order number and the exact amount paid, asking them to "confirm delivery fees" via a link. Several members lost money.

This strongly suggests that customer data was leaked from your systems. Yet none of our members received any notification from you, as Article 34 GDPR requires. We find this unacceptable. We call on you to inform the affected customers without delay and to tell us what happened. We are also informing the Data Protection Authority.

Sincerely,
Dirk Verbeke
Head of Legal Service""", "Dirk Verbeke"),
    ],

    "nl": [
        ("deletion", (), "Verzoek tot gegevenswissing - cliënte mevrouw S. Van den Broeck", """Geachte heer, mevrouw,

Ik treed op als raadsman van mevrouw Sofie Van den Broeck, wonende te Hoogstraat 12, 8500 Kortrijk.

Namens mijn cliënte verzoek ik u, op grond van artikel 17 van de Algemene Verordening Gegevensbescherming, alle persoonsgegevens die u over haar verwerkt te wissen, met inbegrip van haar klantaccount (e-mailadres sofie.vdbroeck@mailbox.be), haar klantenkaart en haar bestelgeschiedenis, voor zover u die niet wettelijk moet bewaren.

Gelieve mij binnen de wettelijke termijn van een maand schriftelijk te bevestigen dat de wissing werd uitgevoerd. De volmacht van mijn cliënte gaat als bijlage.

Met voorname groeten,
Meester Thomas De Clercq
Advocaat""", "Thomas De Clercq"),

        ("deletion", ("withdraw_consent",), "Account van mijn dochter verwijderen", """Goedendag,

Mijn dochter Fien (14 jaar) heeft zonder onze toestemming een account en een klantenkaart aangemaakt bij jullie, met haar eigen gsm-nummer (0472 18 39 50) en het e-mailadres fien.maes@mailbox.be. Ze krijgt nu elke week sms'jes met promoties.

Als haar moeder vraag ik om haar account en al haar gegevens te verwijderen. En zorg er alsjeblieft voor dat die sms'jes ondertussen meteen stoppen.

Ik kan een kopie van haar identiteitskaart en de mijne opsturen als dat nodig is.

Vriendelijke groeten,
Liesbeth Maes""", "Liesbeth Maes"),

        ("deletion", ("withdraw_consent",), "Overlijden klant - account afsluiten", """Geachte,

Op 3 januari is mijn moeder, Maria Goossens, overleden. Zij had bij u een account met klantenkaart en kreeg uw nieuwsbrief op maria.goossens@telenet-mail.be. Het is pijnlijk om elke week nog berichten op haar naam te zien binnenkomen.

Als erfgename vraag ik u om haar account af te sluiten, al haar gegevens te verwijderen en de nieuwsbrief onmiddellijk stop te zetten. Een kopie van de overlijdensakte en het attest van erfopvolging vindt u in bijlage.

Met vriendelijke groet,
Annemie Wuyts""", "Annemie Wuyts"),

        ("access", (), "Data Subject Access Request (Art. 15 GDPR)", """Geachte heer, mevrouw,

Hierbij verzoek ik u, op grond van artikel 15 van de AVG, mij een kopie te bezorgen van alle persoonsgegevens die u over mij verwerkt. Ik wil ook graag weten voor welke doeleinden u mijn gegevens gebruikt, aan wie u ze doorgeeft, hoe lang u ze bewaart en van waar u ze hebt gekregen als dat niet van mij is.

Mijn gegevens: Wim Vercammen, Kapelstraat 4, 2800 Mechelen, klantnummer 30981146, e-mail wim.vercammen@mailbox.be.

Ik zie uw antwoord graag binnen de termijn van een maand tegemoet.

Met vriendelijke groet,
Wim Vercammen""", "Wim Vercammen"),

        ("objection", (), "Bezwaar tegen profilering namens onze klant", """Geachte,

Wij contacteren u namens onze klant, de heer Bram Willems (bram.willems@mailbox.be), die ons daartoe schriftelijk heeft gemachtigd (machtiging in bijlage).

Op grond van artikel 21 AVG maakt onze klant bezwaar tegen de profilering op basis van zijn aankoopgedrag en tegen het volgen van zijn gedrag in uw app voor gepersonaliseerde advertenties. Onze klant wenst zijn account en klantenkaart wel te behouden.

Gelieve ons te bevestigen dat deze verwerkingen werden stopgezet.

Met vriendelijke groeten,
Privacyloket vzw""", "Privacyloket vzw"),

        ("other", (), "Vordering tot inlichtingen - PV nr. AN.55.L1.012345/2024", """Geachte,

In het kader van een lopend gerechtelijk onderzoek naar oplichting verzoekt de lokale politie, op vordering van de procureur des Konings, u de volgende gegevens te bezorgen over de klant die op 14 maart 2024 bestelling 2024-210987 heeft geplaatst: naam, leveringsadres, e-mailadres, telefoonnummer, IP-adres bij de bestelling en betaalgegevens.

De vordering van de procureur des Konings gaat als bijlage. Gelieve de gegevens uitsluitend via het beveiligde kanaal te bezorgen en de betrokkene niet op de hoogte te brengen.

Met de meeste hoogachting,
Inspecteur Kristof Van Hecke
Lokale Recherche, politiezone Antwerpen""", "Kristof Van Hecke"),

        ("other", (), "Intrekking sollicitatie magazijnmedewerker", """Beste,

Vorige week heb ik gesolliciteerd voor de vacature van magazijnmedewerker in Wilrijk. Intussen heb ik een andere job aangenomen, dichter bij huis. Ik trek mijn kandidatuur dus in en zal donderdag niet naar het gesprek komen.

Bedankt voor jullie interesse en veel succes met de zoektocht.

Groeten,
Jelle Peeters""", "Jelle Peeters"),

        ("complaint", ("access",), "Ingebrekestelling - inzageverzoek cliënt dhr. R. Aerts", """Geachte,

Op 15 januari heb ik u namens mijn cliënt, de heer Rudi Aerts, verzocht om inzage in zijn persoonsgegevens overeenkomstig artikel 15 AVG. Tot op heden heb ik geen enkel antwoord ontvangen, ook niet na mijn herinnering van 19 februari.

Bij deze stel ik u formeel in gebreke. Indien ik binnen acht dagen geen volledig antwoord ontvang, heb ik de opdracht een klacht in te dienen bij de Gegevensbeschermingsautoriteit en de nodige gerechtelijke stappen te zetten.

Met voorname groeten,
Meester Ellen Vermeersch""", "Ellen Vermeersch"),

        ("complaint", ("deletion",), "Klacht bij de Gegevensbeschermingsautoriteit", """Geachte,

Ik laat u weten dat ik vandaag een klacht heb ingediend bij de Gegevensbeschermingsautoriteit in Brussel.

Op 5 maart heb ik u gevraagd om mijn account en al mijn gegevens te verwijderen. Ik heb niets meer van u gehoord, en intussen krijg ik nog steeds reclame op mijn naam. Een ontvangstbevestiging was wel het minste geweest.

Ik verwacht nog altijd dat u mijn gegevens verwijdert.

Hilde Claes""", "Hilde Claes"),
    ],

    "fr": [
        ("access", (), "Demande d'accès aux données - notre client M. Julien Lefèvre", """Madame, Monsieur,

Nous intervenons en qualité de conseil de Monsieur Julien Lefèvre, domicilié Avenue Louise 210, 1050 Ixelles.

Au nom de notre client, nous exerçons par la présente le droit d'accès prévu à l'article 15 du RGPD et vous prions de nous communiquer une copie de l'ensemble des données à caractère personnel le concernant, ainsi que les informations relatives aux finalités, aux destinataires et à la durée de conservation.

Vous trouverez en annexe la procuration signée par notre client ainsi qu'une copie de sa carte d'identité.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Maître Camille Leroy
Avocate au barreau de Bruxelles""", "Camille Leroy"),

        ("objection", (), "Opposition au profilage - pour le compte de Mme Delvaux", """Madame, Monsieur,

Je suis juriste au sein d'une association de défense des consommateurs et j'interviens à la demande de Madame Martine Delvaux, membre de notre association, qui m'a donné mandat (document joint).

Madame Delvaux s'oppose, sur la base de l'article 21 du RGPD, au profilage réalisé à partir de ses achats et de sa carte de fidélité, ainsi qu'au suivi de sa navigation dans votre application à des fins publicitaires. Elle ne souhaite pas fermer son compte.

Je vous remercie de confirmer la prise en compte de cette opposition.

Cordialement,
Sophie Mathieu, juriste""", "Sophie Mathieu"),

        ("withdraw_consent", (), "Retrait du consentement - mon fils mineur", """Bonjour,

Mon fils Hugo, 12 ans, s'est inscrit à votre newsletter et aux SMS promotionnels lors d'un concours dans votre magasin de Namur. Il reçoit maintenant des offres presque tous les jours.

En tant que mère et représentante légale, je retire ce consentement. Merci de le désinscrire de la newsletter (hugo.collard@mail-be.example) et des SMS (0476 32 18 90).

Bien à vous,
Aurélie Collard""", "Aurélie Collard"),

        ("deletion", (), "Clôture du compte de mon père décédé", """Madame, Monsieur,

Mon père, Jean-Pierre Dupont, est décédé le 27 novembre dernier. Il possédait un compte client sur votre site ainsi qu'une carte de fidélité (n° 6043 5510 2284).

En ma qualité d'héritier, je vous demande de clôturer son compte et de supprimer l'ensemble de ses données personnelles. Vous trouverez ci-joint l'acte de décès et l'acte d'hérédité.

Je vous remercie de me confirmer la suppression.

Cordialement,
Nicolas Dupont""", "Nicolas Dupont"),

        ("deletion", (), "Demande de suppression de mes données", """Bonjour,

J'ai trouvé ce modèle sur internet, je le colle ci-dessous parce que je ne sais pas comment on formule ça correctement. En gros : je veux que vous supprimiez mon compte et toutes mes données.

---
Dear Sir/Madam,
I am writing to request that you erase all personal data about me that you hold, in accordance with Article 17 of the General Data Protection Regulation (GDPR). I no longer have any relationship with your organisation and there is no legal ground for you to keep my data. Please confirm in writing that my data has been erased without undue delay, and in any case within one month of receipt of this request.
Yours faithfully,
[Name]
---

Mon nom : Chloé Martin, e-mail du compte : chloe.martin@webmail-be.example.

Merci d'avance,
Chloé""", "Chloé Martin"),

        ("other", (), "Demande de renseignements - article 322 CIR 92", """Madame, Monsieur,

Dans le cadre d'un contrôle fiscal, l'Administration générale de la Fiscalité vous demande, en application de l'article 322 du Code des impôts sur les revenus 1992, de communiquer les informations suivantes concernant votre client Monsieur Karim Haddad, né le 12/07/1985 : le relevé des achats effectués entre le 1er janvier 2022 et le 31 décembre 2023, les moyens de paiement utilisés et les adresses de livraison.

Les renseignements doivent nous parvenir dans un délai d'un mois à l'adresse indiquée ci-dessous.

SPF Finances - Centre de contrôle de Liège
Vincent Lambotte, inspecteur""", "Vincent Lambotte (SPF Finances)"),

        ("complaint", ("deletion",), "Utilisation des données de ma fille mineure à des fins publicitaires", """Madame, Monsieur,

Je suis scandalisé. Ma fille Léa a 10 ans. J'ai découvert que votre application lui envoie des notifications avec des « offres personnalisées » basées sur ses recherches de jouets, et qu'elle reçoit vos e-mails promotionnels à son adresse. Elle n'a jamais eu le droit de créer un compte et personne ne lui a jamais demandé son âge !

J'exige la suppression immédiate de son compte et de toutes ses données, ainsi qu'une explication. Sans réponse de votre part dans la semaine, je saisirai l'Autorité de protection des données.

Thierry Lambert""", "Thierry Lambert"),

        ("complaint", ("access",), "Plainte déposée auprès de l'Autorité de protection des données", """Madame, Monsieur,

Le 10 janvier, je vous ai demandé une copie de mes données personnelles (article 15 du RGPD). Je vous ai relancés le 14 février. Je n'ai reçu aucune réponse.

Je vous informe que j'ai déposé ce jour une plainte auprès de l'Autorité de protection des données, rue de la Presse 35 à Bruxelles. Je joins à ce courriel une copie de ma plainte.

Valérie Simon""", "Valérie Simon"),
    ],

    "de": [
        ("deletion", ("objection",), "Löschung personenbezogener Daten - Mandant Herr Markus Schmitz", """Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass wir die rechtlichen Interessen von Herrn Markus Schmitz, Aachener Straße 51, 4700 Eupen, vertreten. Eine auf uns lautende Vollmacht liegt bei.

Namens und im Auftrag unseres Mandanten widersprechen wir gemäß Art. 21 DSGVO der Verarbeitung seiner Daten zum Zwecke der Profilbildung und verlangen gemäß Art. 17 DSGVO die vollständige Löschung aller ihn betreffenden personenbezogenen Daten, einschließlich seines Kundenkontos.

Bitte bestätigen Sie uns die Löschung schriftlich innerhalb eines Monats.

Mit freundlichen Grüßen
Dr. Anna Keller
Rechtsanwältin""", "Dr. Anna Keller"),

        ("withdraw_consent", (), "Widerruf der Einwilligung - Frau Hildegard Krämer", """Sehr geehrte Damen und Herren,

ich wurde vom Friedensrichter in Eupen zum Verwalter der Person und des Vermögens von Frau Hildegard Krämer (geb. 21.09.1938) bestellt; der Beschluss liegt bei.

Frau Krämer erhält von Ihnen regelmäßig Werbe-SMS und Newsletter per E-Mail und hat daraufhin mehrfach Bestellungen aufgegeben, die sie nicht braucht. In ihrem Namen widerrufe ich hiermit alle Einwilligungen in den Erhalt von Newslettern und SMS-Werbung. Das Kundenkonto soll bestehen bleiben, da noch eine Rücksendung offen ist.

Mit freundlichen Grüßen
Bernd Huppertz""", "Bernd Huppertz"),

        ("access", (), "Auskunftsersuchen nach Art. 15 DSGVO im Auftrag von Frau Julia Weber", """Sehr geehrte Damen und Herren,

wir sind ein Datenschutzdienstleister und wurden von Frau Julia Weber (julia.weber@post-mail.de, Kundennummer 40119872) bevollmächtigt, ihre Rechte nach der DSGVO wahrzunehmen. Die unterschriebene Vollmacht finden Sie im Anhang.

Im Namen von Frau Weber bitten wir um Auskunft darüber, ob und welche personenbezogenen Daten Sie über sie verarbeiten, sowie um eine Kopie dieser Daten gemäß Art. 15 Abs. 3 DSGVO.

Bitte senden Sie die Auskunft direkt an Frau Weber.

Mit freundlichen Grüßen
Ihr Team von DatenFrei""", "DatenFrei Betroffenenrechte"),

        ("deletion", ("access",), "Demande de suppression - compte de feu M. Heinz Lentz", """Sehr geehrte Damen und Herren,

entschuldigen Sie, dass der Betreff auf Französisch ist - ich habe ihn aus Ihrem Kontaktformular übernommen. Ich schreibe lieber auf Deutsch.

Mein Vater, Heinz Lentz, ist am 8. Januar verstorben. Er hatte bei Ihnen ein Kundenkonto (heinz.lentz@skynet-mail.be). Als sein Erbe möchte ich zunächst wissen, welche Daten Sie über ihn gespeichert haben, insbesondere ob noch eine Zahlungskarte hinterlegt ist. Danach bitte ich Sie, das Konto zu schließen und alle seine Daten zu löschen.

Sterbeurkunde und Erbschein liegen bei.

Mit freundlichen Grüßen
Stefan Lentz""", "Stefan Lentz"),

        ("other", (), "Auftragsverarbeitungsvertrag - Versanddienstleistungen", """Sehr geehrte Kolleginnen und Kollegen,

als Datenschutzbeauftragter der PaketPlus GmbH übersende ich Ihnen anbei den aktualisierten Auftragsverarbeitungsvertrag nach Art. 28 DSGVO für unsere Versanddienstleistungen. Geändert wurden vor allem die Liste der Unterauftragsverarbeiter (Anlage 3) und die technischen und organisatorischen Maßnahmen (Anlage 2).

Bitte prüfen Sie den Vertrag und senden Sie uns ein unterschriebenes Exemplar bis zum 31. Juli zurück. Für Rückfragen stehe ich gerne zur Verfügung.

Mit freundlichen Grüßen
Thomas Berger
Datenschutzbeauftragter, PaketPlus GmbH""", "Thomas Berger"),

        ("other", (), "Letzte Mahnung: Datenschutzverstoß festgestellt - Aktenzeichen DSB-2024-0419", """Sehr geehrter Verantwortlicher,

die Datenschutzbehörde hat bei einer automatisierten Prüfung Ihrer Website schwerwiegende Verstöße gegen die DSGVO festgestellt (fehlende Cookie-Einwilligung, unverschlüsselte Formulare).

Gegen Ihr Unternehmen wurde ein Bußgeld in Höhe von 3.900 EUR festgesetzt. Um ein Gerichtsverfahren zu vermeiden, begleichen Sie den Betrag innerhalb von 24 Stunden über das folgende Portal und laden Sie das beigefügte Prüfprotokoll (Protokoll.zip) herunter:

https://dsb-bussgeld-portal.example.com/zahlung

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht.""", "Datenschutzbehörde - Bußgeldstelle"),

        ("complaint", ("deletion",), "Erinnerung: Löschersuchen vom 4. März 2024 weiterhin unbeantwortet", """Sehr geehrte Damen und Herren,

am 4. März 2024 haben wir Ihnen im Namen unseres Kunden, Herrn Lukas Braun, ein Löschersuchen nach Art. 17 DSGVO samt Vollmacht übermittelt. Bis heute haben wir weder eine Eingangsbestätigung noch eine Antwort erhalten, obwohl die Frist von einem Monat nach Art. 12 Abs. 3 DSGVO abgelaufen ist.

Wir fordern Sie auf, die Löschung innerhalb von 14 Tagen durchzuführen und zu bestätigen. Andernfalls werden wir im Auftrag unseres Kunden Beschwerde bei der zuständigen Datenschutzaufsichtsbehörde einlegen.

Mit freundlichen Grüßen
DatenFrei - Team Betroffenenrechte""", "DatenFrei Betroffenenrechte"),

        ("complaint", (), "Meine Rechnung ist bei einem fremden Kunden gelandet", """Guten Tag,

heute hat mich ein Mann aus Sankt Vith angerufen, den ich nicht kenne. Er hat von Ihnen zusammen mit seiner Bestellung MEINE Rechnung erhalten - mit meinem Namen, meiner Adresse, meiner Telefonnummer und allem, was ich bestellt habe, darunter sehr persönliche Artikel.

Ich finde das unglaublich. Wie kann so etwas passieren? Ich erwarte eine Erklärung, was genau passiert ist und welche Maßnahmen Sie ergreifen. Außerdem überlege ich, mich bei der Datenschutzbehörde zu beschweren.

Monika Schröder""", "Monika Schröder"),
    ],

    "es": [
        ("deletion", (), "Solicitud de supresión de datos en nombre de nuestro cliente - Ref. BR-40921", """Estimados señores:

Nos ponemos en contacto con ustedes en nombre de nuestro cliente, D. Alejandro Ruiz Martín (alejandro.ruiz@correo-es.example), quien ha autorizado a BorraYa a ejercer sus derechos en materia de protección de datos.

De conformidad con el artículo 17 del Reglamento General de Protección de Datos, nuestro cliente solicita la supresión de todos los datos personales que su empresa conserva sobre él, incluida su cuenta de cliente y su historial de pedidos, salvo aquellos que deban conservar por obligación legal.

Adjuntamos la autorización firmada. Les rogamos que nos confirmen la supresión en el plazo de un mes.

Atentamente,
Equipo de Privacidad de BorraYa""", "BorraYa Privacidad"),

        ("deletion", (), "Cuenta de mi hijo menor de edad", """Hola:

Mi hijo Pablo, de 13 años, ha creado una cuenta en su tienda con el correo pablo.garcia.2011@correo-es.example para comprar un juego. No tenía nuestro permiso.

Como su madre, les pido que eliminen su cuenta y todos los datos que tengan de él. Si necesitan una copia del libro de familia o de mi DNI, se la envío.

Gracias,
María García López""", "María García López"),

        ("portability", (), "Data portability request", """Buenos días:

Les escribo en español porque no me siento seguro con el inglés, aunque el asunto lo he puesto en inglés.

Me voy a cambiar a otra tienda online y quiero llevarme mis datos. Según el artículo 20 del RGPD, les pido que me envíen en un formato estructurado y legible por máquina (CSV o JSON) los datos que les he facilitado: los datos de mi cuenta, mis direcciones de entrega y el historial de pedidos.

Mi cuenta está a nombre de Javier Moreno, correo javier.moreno@correo-es.example.

Un saludo,
Javier Moreno""", "Javier Moreno"),

        ("other", (), "Solicitud de entrevista para un estudio sobre protección de datos", """Estimado/a Delegado/a de Protección de Datos:

Soy investigadora en una universidad española y estamos realizando un estudio comparativo sobre cómo las tiendas online europeas gestionan las solicitudes de ejercicio de derechos del RGPD.

¿Estaría usted dispuesto/a a participar en una entrevista de unos 30 minutos por videollamada? La entrevista es confidencial y no se publicará el nombre de su empresa. Le adjunto la hoja informativa del proyecto.

Un cordial saludo,
Dra. Lucía Navarro""", "Lucía Navarro"),

        ("complaint", ("access",), "Reclamación: mi solicitud de acceso sigue sin respuesta", """Buenas tardes:

El 12 de febrero les envié una solicitud de acceso a mis datos personales conforme al artículo 15 del RGPD. Han pasado más de tres meses y no he recibido ninguna respuesta, ni siquiera un acuse de recibo.

Les recuerdo que el plazo legal es de un mes. Si no recibo una copia de mis datos en los próximos diez días, presentaré una reclamación ante la autoridad de protección de datos de Bélgica.

Carmen Sánchez Ortega""", "Carmen Sánchez Ortega"),
    ],

    "it": [
        ("access", (), "Richiesta di accesso ai dati personali - assistito Sig. Marco Bianchi", """Spettabile società,

scrivo in qualità di legale del Sig. Marco Bianchi, nato a Torino il 05/09/1979 e residente in Rue Haute 88, 1000 Bruxelles, come da procura allegata.

Per conto del mio assistito, esercito il diritto di accesso di cui all'art. 15 del GDPR e chiedo copia di tutti i dati personali che lo riguardano, comprese le registrazioni delle telefonate al servizio clienti e le note interne relative al reclamo n. 88213.

Distinti saluti,
Avv. Francesca Romano""", "Francesca Romano"),

        ("deletion", (), "Cancellazione account di mia madre defunta", """Buongiorno,

mia madre, Giuseppina Russo, è deceduta il 2 aprile. Aveva un account presso il vostro negozio online e la carta fedeltà.

In qualità di figlio ed erede, vi chiedo di chiudere il suo account e di cancellare tutti i suoi dati personali. Allego il certificato di morte e la dichiarazione di successione.

Cordiali saluti,
Alessandro Russo""", "Alessandro Russo"),

        ("objection", (), "Opposizione al trattamento", """Buongiorno,

non sono un esperto, quindi vi incollo qui sotto il testo in inglese che mi ha dato un amico avvocato. In breve: non voglio che usiate i miei acquisti per farmi un profilo e mostrarmi pubblicità personalizzata nell'app. L'account però lo tengo.

"Pursuant to Article 21 GDPR, I object to the processing of my personal data for profiling and for any purposes based on your legitimate interests, including behavioural analysis and personalised advertising. Please confirm that such processing has ceased."

Account: luca.conti@posta-it.example

Grazie,
Luca Conti""", "Luca Conti"),

        ("complaint", (), "Violazione dei miei dati - segnalazione al Garante", """Spett.le servizio privacy,

ieri ho ricevuto la vostra e-mail in cui comunicate che, a causa di un "incidente di sicurezza", nome, indirizzo e storico ordini di alcuni clienti potrebbero essere stati sottratti. L'incidente risale a febbraio e voi lo comunicate solo adesso, a maggio!

Sono molto arrabbiato: nel frattempo ho ricevuto telefonate truffa da persone che conoscevano i miei ultimi acquisti. Ho presentato una segnalazione al Garante per la protezione dei dati personali e valuterò di chiedere il risarcimento.

Roberto Ferri""", "Roberto Ferri"),
    ],

    "pt": [
        ("access", (), "Pedido de acesso a dados pessoais em nome da nossa cliente", """Exmos. Senhores,

Contactamo-los em nome da nossa cliente, a Sra. Ana Sofia Rodrigues (anasofia.rodrigues@correio-pt.example), que mandatou a ApagaJá para exercer os seus direitos ao abrigo do RGPD. Junto enviamos a procuração assinada.

Nos termos do artigo 15.º do RGPD, a nossa cliente solicita a confirmação de que tratam dados pessoais que lhe digam respeito e uma cópia desses dados, bem como informação sobre as finalidades, os destinatários e o prazo de conservação.

Com os melhores cumprimentos,
Equipa de Privacidade ApagaJá""", "ApagaJá Privacidade"),

        ("withdraw_consent", (), "Newsletter da minha filha", """Boa tarde,

A minha filha Beatriz tem 12 anos e inscreveu-se na vossa newsletter com o email bia.santos2012@correio-pt.example durante uma promoção. Como mãe, retiro esse consentimento: por favor, deixem de lhe enviar newsletters e e-mails promocionais.

Obrigada,
Cláudia Santos""", "Cláudia Santos"),

        ("other", (), "Duas contas com emails diferentes", """Olá,

Acho que tenho duas contas na vossa loja. Uma criei há uns anos, mas já não me lembro com que email (talvez o do meu antigo trabalho). A outra é a atual, pedro.almeida@correio-pt.example. Os pontos do cartão de cliente estão divididos entre as duas.

É possível juntar tudo na conta atual?

Obrigado,
Pedro Almeida""", "Pedro Almeida"),

        ("complaint", ("access",), "Os meus dados foram partilhados sem autorização", """Boa tarde,

Recebi ontem um SMS de uma empresa de crédito que nunca contactei, a dizer que "em parceria com a vossa loja" me oferecem um empréstimo. Liguei-lhes e disseram que obtiveram o meu número através de vocês.

Nunca autorizei que o meu número fosse dado a terceiros! Isto é inaceitável. Quero saber imediatamente a quem transmitiram os meus dados, e estou a pensar apresentar queixa na autoridade de proteção de dados.

Rui Carvalho""", "Rui Carvalho"),
    ],

    "pl": [
        ("deletion", (), "Żądanie usunięcia danych osobowych - mocodawca Pan Tomasz Wiśniewski", """Szanowni Państwo,

działając jako pełnomocnik Pana Tomasza Wiśniewskiego (pełnomocnictwo w załączeniu), na podstawie art. 17 RODO wnoszę o niezwłoczne usunięcie wszystkich danych osobowych mojego mocodawcy, w tym konta klienta powiązanego z adresem t.wisniewski@poczta-pl.example oraz karty lojalnościowej.

Proszę o pisemne potwierdzenie usunięcia danych w terminie jednego miesiąca.

Z poważaniem,
adw. Magdalena Kowalczyk""", "Magdalena Kowalczyk"),

        ("correction", (), "Poprawienie adresu mojej mamy", """Dzień dobry,

piszę w imieniu mojej mamy, Pani Haliny Zielińskiej, która ma 82 lata i nie korzysta z poczty e-mail. Upoważnienie podpisane przez mamę przesyłam w załączniku.

Mama przeprowadziła się do mnie, a w jej koncie nadal widnieje stary adres. Proszę o poprawienie adresu na: Rue de la Station 14, 1400 Nivelles, oraz numeru telefonu na +32 491 22 07 85.

Dziękuję,
Krzysztof Zieliński""", "Krzysztof Zieliński"),

        ("other", (), "Pytanie o RODO przed założeniem konta", """Dzień dobry,

chciałabym założyć konto w Państwa sklepie i zapisać się do programu lojalnościowego, ale najpierw mam kilka pytań. Czy przestrzegają Państwo RODO? Czy dane klientów są przechowywane na serwerach w UE? Czy przekazują Państwo dane firmom trzecim w celach reklamowych?

Pozdrawiam,
Agnieszka Lewandowska""", "Agnieszka Lewandowska"),

        ("complaint", ("deletion",), "Ponaglenie - brak odpowiedzi na żądanie usunięcia danych", """Szanowni Państwo,

15 marca wysłałem żądanie usunięcia moich danych osobowych i konta. Minęły ponad dwa miesiące, nie otrzymałem żadnej odpowiedzi, a konto nadal działa.

Jeżeli w ciągu 7 dni nie otrzymam potwierdzenia usunięcia danych, złożę skargę do belgijskiego organu ochrony danych.

Marek Jankowski""", "Marek Jankowski"),

        ("objection", (), "Re: Your personalised recommendations", """Dzień dobry,

odpisuję na Państwa wiadomość poniżej. Nie chcę, żeby analizowali Państwo moje zakupy i zachowanie w aplikacji w celu tworzenia mojego profilu i spersonalizowanych rekomendacji. Na podstawie art. 21 RODO wnoszę sprzeciw wobec takiego profilowania. Konto chcę zachować.

Paweł Wójcik

> From: Shop <news@shop.example.be>
> Subject: Your personalised recommendations
> Hi Paweł, based on your recent purchases and browsing we picked these products just for you!""", "Paweł Wójcik"),
    ],

    "cs": [
        ("deletion", (), "Žádost o výmaz osobních údajů jménem klientky", """Vážení,

obracíme se na Vás jménem naší klientky, paní Lucie Novotné (lucie.novotna@posta-cz.example), která nás zmocnila k uplatnění svých práv podle GDPR. Plná moc je v příloze.

Podle článku 17 GDPR žádáme o výmaz veškerých osobních údajů naší klientky, včetně zákaznického účtu a věrnostní karty. Prosíme o písemné potvrzení výmazu do jednoho měsíce.

S pozdravem,
Tým ochrany soukromí, SmazatTo s.r.o.""", "SmazatTo s.r.o."),

        ("access", (), "Žádost o kopii údajů - účet mého zesnulého otce", """Dobrý den,

můj otec, pan Jiří Procházka, zemřel v lednu. Měl u Vás zákaznický účet (jiri.prochazka@posta-cz.example). Jako jeho dědic bych rád obdržel kopii údajů, které o něm vedete, zejména přehled objednávek a informaci, zda je u účtu uložena platební karta.

Úmrtní list a usnesení o dědictví přikládám.

S pozdravem,
Martin Procházka""", "Martin Procházka"),

        ("other", (), "Stažení přihlášky do výběrového řízení", """Dobrý den,

minulý týden jsem se přihlásila na pozici zákaznické podpory s češtinou v Bruselu. Mezitím jsem přijala jinou nabídku, proto svou přihlášku stahuji a na pohovor v pátek nepřijdu.

Děkuji za Váš čas a přeji hodně úspěchů.

S pozdravem,
Tereza Veselá""", "Tereza Veselá"),

        ("complaint", ("access",), "Stížnost - nevyřízená žádost o přístup k údajům", """Dobrý den,

dne 3. února jsem Vás požádal o kopii svých osobních údajů podle článku 15 GDPR. Do dnešního dne jsem nedostal žádnou odpověď. Oznamuji Vám, že jsem dnes podal stížnost u Úřadu pro ochranu osobních údajů, který ji předá belgickému dozorovému úřadu.

Stále očekávám, že mi kopii údajů zašlete.

Jan Kučera""", "Jan Kučera"),
    ],

    "hr": [
        ("deletion", (), "Brisanje računa mog sina", """Poštovani,

moj sin Luka ima 14 godina i otvorio je korisnički račun u vašoj trgovini i aplikaciji bez našeg dopuštenja (e-mail: luka.babic@posta-hr.example). Kao njegov otac, tražim da obrišete njegov račun i sve osobne podatke koje imate o njemu.

Ako trebate dokaz da sam mu roditelj, mogu poslati kopiju rodnog lista.

Lijep pozdrav,
Ante Babić""", "Ante Babić"),

        ("other", (), "Postavke privatnosti u aplikaciji", """Pozdrav,

u aplikaciji sam isključila dopuštenje za lokaciju, ali sada ne mogu vidjeti najbližu trgovinu ni vrijeme preuzimanja narudžbe. Kako da ponovo uključim lokaciju samo za tu funkciju? Koristim iPhone.

Hvala,
Marija Kovačević""", "Marija Kovačević"),

        ("complaint", ("withdraw_consent",), "Još uvijek primam SMS poruke", """Poštovani,

prije mjesec dana (10. travnja) zatražila sam da mi više ne šaljete SMS poruke s promocijama na broj +32 484 77 10 29. Nitko mi nije odgovorio, a poruke i dalje stižu, čak i nedjeljom navečer.

Ako ovo odmah ne prestane, prijavit ću vas belgijskom tijelu za zaštitu podataka.

Petra Jurić""", "Petra Jurić"),
    ],

    "sv": [
        ("deletion", (), "Begäran om radering av personuppgifter för vår kund", """Hej,

Vi kontaktar er på uppdrag av vår kund, Anna Karlsson (anna.karlsson@post-se.example), som har gett Raderat AB fullmakt att utöva hennes rättigheter enligt dataskyddsförordningen. Fullmakten bifogas.

Enligt artikel 17 i GDPR begär vår kund att ni raderar alla personuppgifter ni har om henne, inklusive kundkonto och orderhistorik, och att ni bekräftar raderingen skriftligen inom en månad.

Med vänliga hälsningar,
Raderat AB, integritetsteamet""", "Raderat AB"),

        ("withdraw_consent", (), "Återkallande av samtycke för min huvudman", """Hej,

Jag är god man för Gunnar Lindberg (född 1940), som bodde många år i Bryssel och handlade hos er men nu har flyttat tillbaka till Sverige. Förordnandet från tingsrätten bifogas.

Gunnar får fortfarande era nyhetsbrev via e-post och sms-erbjudanden varje vecka och blir förvirrad av dem. För hans räkning återkallar jag samtycket till nyhetsbrev och sms-marknadsföring. Kontot kan finnas kvar.

Vänliga hälsningar,
Karin Sjöberg""", "Karin Sjöberg"),

        ("other", (), "Kundkort utan app?", """Hej,

Kan jag använda ert kundkort utan att installera appen? Jag vill av integritetsskäl inte ha fler appar på telefonen, men jag vill gärna samla poäng när jag handlar i butiken i Gent. Finns det ett vanligt plastkort?

Tack på förhand,
Maja Eriksson""", "Maja Eriksson"),

        ("complaint", ("deletion",), "Anmälan till IMY", """Hej,

Den 2 april bad jag er radera mitt konto och alla mina uppgifter. Ni svarade att det var gjort, men i går fick jag ett nyhetsbrev från er till samma adress med rubriken "Välkommen tillbaka, Sofia!". Uppenbarligen har ni inte raderat någonting.

Jag har därför i dag lämnat in ett klagomål till Integritetsskyddsmyndigheten (IMY). Jag kräver fortfarande att ni raderar mina uppgifter.

Sofia Nilsson""", "Sofia Nilsson"),
    ],

    "ro": [
        ("access", (), "Data Subject Access Request - client Mr. Mihai Ionescu", """Stimată doamnă, stimate domn,

În calitate de avocat al domnului Mihai Ionescu (împuternicirea avocațială este atașată), vă solicit, în temeiul art. 15 din Regulamentul (UE) 2016/679, să îmi comunicați o copie a tuturor datelor cu caracter personal pe care le prelucrați cu privire la clientul meu, precum și scopurile prelucrării, destinatarii și perioada de stocare.

Cu stimă,
Av. Elena Dumitrescu""", "Elena Dumitrescu"),

        ("deletion", (), "Ștergerea contului fiicei mele", """Bună ziua,

Fiica mea, Ioana, are 15 ani și și-a făcut cont pe site-ul dumneavoastră fără acordul nostru (ioana.stan@posta-ro.example). Ca mamă, vă rog să ștergeți contul și toate datele ei personale.

Vă pot trimite o copie a certificatului ei de naștere dacă este nevoie.

Mulțumesc,
Gabriela Stan""", "Gabriela Stan"),

        ("other", (), "Comandă fără cont", """Bună ziua,

Aș vrea să comand un aspirator de pe site, dar nu vreau să îmi fac cont și nici să îmi salvați datele cardului, din motive de confidențialitate. Se poate plăti ca vizitator, fără înregistrare? Și, dacă da, se poate ridica produsul din magazin?

Mulțumesc,
Cristina Marin""", "Cristina Marin"),

        ("complaint", (), "Datele altui client au ajuns la mine", """Bună ziua,

Am primit un e-mail de la dumneavoastră cu factura altui client: nume, adresă, număr de telefon și toate produsele comandate. Dacă mie mi-ați trimis datele lui, înseamnă că și datele mele pot ajunge la oricine!

Este inadmisibil. Am depus deja o plângere la ANSPDCP și aștept explicații despre ce s-a întâmplat.

Adrian Georgescu""", "Adrian Georgescu"),
    ],

    "el": [
        ("deletion", (), "Αίτημα διαγραφής προσωπικών δεδομένων - εντολέας κ. Νικόλαος Κωνσταντίνου", """Αξιότιμοι κύριοι,

Ενεργώντας ως πληρεξούσια δικηγόρος του κ. Νικολάου Κωνσταντίνου (το πληρεξούσιο επισυνάπτεται), σας ζητώ, σύμφωνα με το άρθρο 17 του ΓΚΠΔ, να διαγράψετε όλα τα προσωπικά δεδομένα του εντολέα μου, συμπεριλαμβανομένου του λογαριασμού πελάτη και της κάρτας επιβράβευσης.

Παρακαλώ να μου επιβεβαιώσετε εγγράφως τη διαγραφή εντός ενός μηνός.

Με εκτίμηση,
Ελένη Παπαδάκη
Δικηγόρος""", "Ελένη Παπαδάκη"),

        ("other", (), "Πρόταση συνεργασίας - βάση δεδομένων καταναλωτών", """Καλησπέρα σας,

Είμαστε εταιρεία ψηφιακού μάρκετινγκ με έδρα την Αθήνα. Διαθέτουμε βάση με 120.000 επαφές καταναλωτών στην Ελλάδα και την Κύπρο, όλες με «συγκατάθεση σύμφωνα με τον ΓΚΠΔ», κατάλληλες για καμπάνιες e-mail και SMS.

Θα θέλατε να σας στείλουμε προσφορά για ενοικίαση της λίστας;

Με φιλικούς χαιρετισμούς,
Δημήτρης Αλεξίου
Διευθυντής Πωλήσεων""", "Δημήτρης Αλεξίου"),

        ("complaint", ("deletion",), "Χρήση των δεδομένων του ανήλικου γιου μου για διαφήμιση", """Κύριοι,

Ο γιος μου είναι 12 ετών και λαμβάνει από την εφαρμογή σας ειδοποιήσεις με «προσωποποιημένες προσφορές» για βιντεοπαιχνίδια. Ποτέ δεν δώσαμε συγκατάθεση ως γονείς. Είναι απαράδεκτο να χρησιμοποιείτε τα δεδομένα ενός παιδιού για διαφήμιση.

Απαιτώ να διαγράψετε αμέσως τον λογαριασμό του και όλα τα δεδομένα του. Διαφορετικά θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Σταύρος Οικονόμου""", "Σταύρος Οικονόμου"),
    ],

    "bg": [
        ("access", (), "Искане за достъп до лични данни от името на клиент", """Уважаеми дами и господа,

Пишем ви от името на нашия клиент г-н Иван Петров (ivan.petrov@poshta-bg.example), който ни е упълномощил да упражнява правата си по ОРЗД чрез нас. Пълномощното е приложено. По-долу прилагаме и стандартния текст на искането на английски език.

Моля, изпратете копие от данните директно на г-н Петров.

С уважение,
Екип „Защита на лични данни“

Pursuant to Article 15 GDPR, the data subject requests confirmation as to whether personal data concerning him are being processed and, where that is the case, a copy of such data together with the information listed in Article 15(1)(a) to (h).""", "Екип Защита на лични данни"),

        ("deletion", (), "Закриване на профила на починалата ми съпруга", """Здравейте,

Съпругата ми, Мария Димитрова, почина през февруари. Тя имаше профил във вашия онлайн магазин и карта за лоялност. Като неин наследник моля да закриете профила ѝ и да изтриете всички нейни лични данни.

Прилагам копие от смъртния акт и удостоверение за наследници.

С уважение,
Стефан Димитров""", "Стефан Димитров"),

        ("complaint", ("deletion",), "Жалба - неизпълнено искане за изтриване", """Здравейте,

На 20 март поисках да изтриете профила ми и всички мои лични данни. Минаха два месеца, не получих отговор, а продължавам да получавам рекламни имейли. Днес подадох жалба до Комисията за защита на личните данни, която ще я препрати на белгийския надзорен орган.

Все още очаквам данните ми да бъдат изтрити.

Николай Тодоров""", "Николай Тодоров"),
    ],
}
