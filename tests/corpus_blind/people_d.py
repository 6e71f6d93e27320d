"""Blind set, harder people mails (all languages): no article numbers, informal wording,
English subject over a local body, privacy words in mails that are no request, and
requests phrased the way people actually phrase them (see people_a.py)."""

PEOPLE_D = {
    "es": [
        ("deletion", (), "Datos personales",
         """Buenas, ejerzo mi derecho al olvido: eliminad toda la información que tengáis sobre mí.
Un saludo"""),
        ("withdraw_consent", (), "Baja",
         """No deseo recibir más comunicaciones comerciales. Gracias."""),
        ("other", (), "Pregunta sobre protección de datos para un proyecto",
         """Hola, somos una empresa cliente vuestra y necesitamos firmar un contrato de encargado del
tratamiento antes de compartir datos de nuestros clientes. ¿Tenéis un modelo?
Gracias, Departamento de Compras"""),
    ],
    "it": [
        ("access", (), "Dati personali",
         """Buongiorno, vorrei sapere quali dati personali conservate su di me e come li avete ottenuti.
Grazie, Elena"""),
        ("withdraw_consent", (), "Basta email",
         """Non voglio più ricevere le vostre email promozionali. Disiscrivetemi per favore."""),
        ("complaint", (), "Reclamo al Garante",
         """Vi informo che ho presentato un reclamo al Garante per la protezione dei dati personali per
il trattamento illecito dei miei dati (mi avete inviato SMS pubblicitari senza consenso).
Antonio Russo"""),
    ],
    "pt": [
        ("access", (), "Que dados têm sobre mim?",
         """Olá, gostaria de saber que dados pessoais guardam sobre mim. Obrigado"""),
        ("objection", (), "Oposição",
         """Não autorizo a utilização dos meus dados para publicidade personalizada nem para perfis.
Oponho-me a esse tratamento.
Luís"""),
    ],
    "pl": [
        ("withdraw_consent", (), "Rezygnacja z newslettera",
         """Proszę o usunięcie mojego adresu z listy mailingowej. Nie chcę otrzymywać newslettera.
Dziękuję"""),
        ("complaint", ("access",), "Skarga",
         """Minęły już ponad dwa miesiące od mojego wniosku o dostęp do danych, a Państwo nadal nie
odpowiedzieli. Uważam to za naruszenie RODO i złożyłam skargę do UODO.
Anna Zając"""),
    ],
    "cs": [
        ("withdraw_consent", (), "Nechci dostávat reklamu",
         """Dobrý den, nepřeji si nadále dostávat obchodní sdělení. Děkuji."""),
        ("other", (), "Reklamace",
         """Dobrý den, chci reklamovat boty z objednávky 55102, po týdnu se odlepila podrážka.
Jak mám postupovat?"""),
    ],
    "hr": [
        ("access", (), "Koje podatke imate o meni",
         """Bok, zanima me koje sve podatke o meni čuvate i od koga ste ih dobili. Hvala"""),
        ("other", (), "Povrat novca",
         """Poštovani, vratio sam proizvod prije dva tjedna, a novac još nije sjeo na račun.
Lp, Dario"""),
    ],
    "sv": [
        ("withdraw_consent", (), "Sluta skicka reklam",
         """Jag vill inte ha fler utskick från er. Ta bort mig från er e-postlista."""),
        ("complaint", (), "Anmälan till IMY",
         """Jag har idag anmält er till Integritetsskyddsmyndigheten eftersom ni har fortsatt skicka
reklam trots att jag har tackat nej.
Per Olsson"""),
    ],
    "ro": [
        ("withdraw_consent", (), "Nu mai vreau mesaje",
         """Nu mai doresc să primesc mesaje promoționale de la voi. Scoateți-mă din listă."""),
        ("portability", (), "Export date",
         """Bună ziua, aș dori să primesc toate datele mele într-un fișier (CSV sau JSON) ca să le mut
la alt furnizor. Mulțumesc"""),
    ],
    "el": [
        ("access", (), "Τι στοιχεία έχετε για μένα;",
         """Γεια σας, θα ήθελα να μάθω ποια προσωπικά δεδομένα έχετε για μένα. Ευχαριστώ"""),
        ("complaint", (), "Καταγγελία",
         """Σας ενημερώνω ότι υπέβαλα καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα
για τα ανεπιθύμητα μηνύματα που μου στέλνετε.
Κώστας"""),
    ],
    "bg": [
        ("correction", (), "Промяна на адрес",
         """Здравейте, смених адреса си, новият е ул. Раковски 20, Пловдив. Моля, обновете го в
профила ми."""),
        ("objection", (), "Не съм съгласен",
         """Не съм съгласен да използвате данните ми за профилиране и реклама. Възразявам срещу това."""),
    ],
    "da": [
        ("access", (), "Hvilke oplysninger har I om mig?",
         """Hej, jeg vil gerne vide hvilke oplysninger I har gemt om mig. Mvh Kasper"""),
        ("complaint", ("deletion",), "Manglende sletning",
         """Jeg bad jer slette mine data for to måneder siden, men I sender stadig mails. Jeg har nu
indgivet en klage til Datatilsynet.
Line"""),
    ],
    "fi": [
        ("withdraw_consent", (), "Markkinointikielto",
         """En halua enää vastaanottaa markkinointiviestejä. Poistakaa osoitteeni postituslistalta."""),
        ("correction", (), "Nimi väärin",
         """Hei, nimeni on kirjoitettu väärin asiakastiedoissa: oikea on Jääskeläinen. Korjatkaa, kiitos."""),
    ],
    "hu": [
        ("access", (), "Milyen adatokat tárolnak rólam?",
         """Jó napot! Szeretném megtudni, milyen személyes adatokat tárolnak rólam. Köszönöm"""),
        ("deletion", (), "Adataim törlése",
         """Kérem, töröljék az összes rólam tárolt adatot és a regisztrációmat. Köszönöm, Réka"""),
    ],
    "sk": [
        ("deletion", (), "Zrušenie účtu",
         """Dobrý deň, prosím zrušte môj účet a vymažte všetky moje údaje. Ďakujem"""),
        ("complaint", (), "Podnet na úrad",
         """Oznamujem Vám, že som podal podnet na Úrad na ochranu osobných údajov SR, pretože mi
posielate reklamu bez súhlasu.
Juraj"""),
    ],
    "en": [
        ("deletion", (), "",
         """Please delete my account and everything you have on me. I don't use it anymore.

Sent from my iPhone"""),
        ("other", (), "GDPR question",
         """Hello, we are evaluating you as a supplier. Could you send us your data processing
agreement and a list of sub-processors? Our procurement team needs it by Friday.

Kind regards,
Procurement, Northwind Ltd"""),
        ("access", (), "Re: Your order has shipped",
         """Why do you have my phone number? I never gave it to you. What else do you hold about me?

On Mon, 3 Jun 2024, Shop <orders@shop.example.be> wrote:
> Your order 10234 has shipped and will arrive on Wednesday."""),
    ],
    "nl": [
        ("access", (), "Welke gegevens hebben jullie van mij?",
         """Hoi, ik kreeg een brief van jullie maar ik heb nooit iets besteld. Welke gegevens hebben
jullie van mij en waar komen die vandaan?"""),
        ("deletion", (), "Account",
         """Graag mijn account opheffen en al mijn gegevens wissen. Bedankt, Eva"""),
    ],
    "fr": [
        ("deletion", (), "",
         """Bonjour, je souhaite que mon compte soit supprimé ainsi que toutes mes données. Merci."""),
        ("complaint", (), "Plainte CNIL",
         """Je vous informe que j'ai déposé une plainte auprès de la CNIL car vous continuez à m'envoyer
des SMS publicitaires malgré mon opposition.
Marc"""),
    ],
    "de": [
        ("access", (), "Welche Daten haben Sie über mich gespeichert?",
         """Guten Tag, bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben und woher
Sie meine Adresse haben. Mit freundlichen Grüßen, Petra Wagner"""),
        ("objection", (), "Widerspruch",
         """Ich widerspreche der Nutzung meiner Daten für Werbung und Profilbildung. Gruß, Uwe"""),
    ],
}
