"""Robot mail in a person's plain words, often without any auto-reply header: the
autoresponders of one-person businesses, notices that a mailbox is no longer read, and
institutions' automatic acknowledgements of receipt (14 languages).

Each is a combination no person writing to a privacy mailbox would make in the opening
of their mail; automated.py asks `plain_autoreply` only about short mails whose author
asks nothing about their own data.
"""

from __future__ import annotations

from bot.rules.matching import Alternation
from bot.rules.ruleset import compile_folded as _folded

# A one-person business's autoresponder, in plain words and often without any auto-reply
# header: (a) it cannot answer now (on a job, at a client's, reading mail only in the
# evening), with (b) a deferral ("I'll ring you back tonight") or (c) an emergency line.
# A person may say one of these; the autoresponder says (a) and (b) or (c) in its opening.
_CANNOT_ANSWER_NOW = _folded(
    r"((can'?t|cannot|can not|am unable to|not able to) (answer|reply|respond|get back to you|check|read)"
    r"[^.!?]{0,30}?(straight away|right away|right now|immediately|at the moment|during the day)|"
    r"only (get to|check|read|look at) (my |our )?e-?mails? (in the|every|of an?) ?(evening|night)|"
    r"(go through|check|read) (my |our )?e-?mails? (every|each|only in the|in the) (evening|night)|"
    r"i'?m (out )?on (a )?jobs?\b|out on jobs|"
    r"(kan|kunnen) (nu |momenteel |op dit moment )?niet (direct |meteen )?(antwoorden|reageren)|"
    r"(lees|lezen|bekijk|bekijken) (mijn |onze )?(e-?)?mails? (pas |alleen )?('s|s) ?avonds|"
    r"ben (aan het werk|op (een )?klus|op de werf|bij een klant)|"
    r"(je )?ne (peux|pourrai|pouvons) pas (lire|consulter|repondre|relever)|"
    r"(suis|sommes) en (intervention|chantier|rendez-vous)|"
    r"(lis|consulte|releve) (mes )?(mails|e-?mails|courriels|messages) (uniquement |seulement )?le soir|"
    r"(kann|konnen) (gerade|im moment|derzeit|momentan|zurzeit) nicht (antworten|in die mails)|"
    r"(schaue?n?|lese?n?) (nur|erst) abends (in die|meine|unsere|die) (e-?)?mails|"
    r"(bin|sind) (gerade )?(auf (der|einer) baustelle|beim kunden|bei kunden|auf montage|draussen auf dem feld)|"
    r"no (puedo|podre|podemos) (mirar|leer|revisar|contestar|responder|atender) el (correo|e-?mail)|"
    r"estoy en (una )?obra|(solo )?(miro|leo|reviso) el correo (por la noche|al final del dia|por la tarde)|"
    r"non (riesco a|posso|possiamo) (leggere|rispondere|controllare)|sono in cantiere|"
    r"(leggo|controllo) la posta (solo )?(la sera|di sera)|"
    r"nao (posso|consigo|podemos) (responder|ler|ver)|(so|apenas) (vejo|leio) os e-?mails|"
    r"estou a atender clientes|estou em obra|"
    r"nie (moge|jestem w stanie|mozemy) (teraz |od razu )?(odpisac|odpowiedziec|odebrac|czytac)|"
    r"jestem (teraz )?(na zleceniu|u klienta|na budowie)|"
    r"(czytam|sprawdzam) (maile|poczte|wiadomosci) (dopiero |tylko )?wieczorem|"
    r"(nemohu|nemuzu|nemuzeme) (ted |hned |momentalne )?(odpovedet|odepsat|cist)|"
    r"jsem (ted |prave )?(u zakaznika|na zakazce|v terenu|na stavbe)|"
    r"(ctu|kontroluji) (e-?maily|postu) (az |jen )?vecer|"
    r"ne (mogu|mozemo) (odmah |sada |trenutno )?(odgovoriti|citati|procitati)|(sam|smo) na terenu|"
    r"(citam|pregledavam) (mailove|e-?mailove|postu) (tek |samo )?navecer|"
    r"hinner inte (svara|lasa)|kan inte svara (direkt|just nu)|ar ute pa (jobb|uppdrag)|"
    r"(laser|kollar) (mejlen|mailen|mejl|e-?posten) (forst |bara )?pa kvallen|"
    r"nu (pot|putem) (raspunde|citi)|sunt (pe (un )?santier|la (un )?client)|"
    r"(citesc|verific) (e-?mailurile|mesajele) (doar |abia )?seara|"
    r"δεν (μπορω|μπορουμε) να (απαντησω|απαντησουμε|διαβασω)|ειμαι σε (δουλεια|εργο|πελατη)|"
    r"(διαβαζω|κοιταζω) τα (e-?mail|μηνυματα) (μονο )?το βραδυ|"
    r"не (мога|можем) да (отговоря|отговорим|прочета)|съм (с клиент|на обект)|"
    r"(чета|проверявам) (имейлите|пощата) (само )?вечер)")
_CANNOT_ANSWER_SEARCH = Alternation(_CANNOT_ANSWER_NOW)
_DEFERRAL = _folded(
    r"(i'?ll (ring|call|phone|text|write|reply|get back|answer)\b|i will (ring|call|phone|write|reply|get back)|"
    r"we'?ll (ring|call|get back|be in touch|reply)|(get|be) back (to you|in touch)|"
    r"(ik|we|wij) (bel|bellen|reageer|reageren|antwoord|antwoorden) (u|je|jou)? ?(terug|vanavond|zo snel)|"
    r"(ik|we) (neem|nemen) (zo snel mogelijk |vanavond |later )?contact|(laat|laten) [^.]{0,25}van (me|mij|ons) horen|"
    r"(je|nous) vous (rappelle|rappellerai|rappelons|rappellerons|repondrai|repondrons|recontacte|recontacterai)|"
    r"(je )?(reviens|reviendrai|revenons) vers vous|"
    r"(ich|wir) (melde|melden) (mich|uns) (so schnell|heute abend|spater|baldmoglichst|zuruck|bei (ihnen|dir|euch))|"
    r"(ich|wir) (rufe|rufen) (sie|dich|euch) [^.]{0,25}zuruck|"
    r"\b(te|le|les|os) (llamo|llamare|respondo|respondere|contesto|contestare|escribo|escribire)\b|"
    r"\b(vi|ti|la|le) (richiamo|richiamero|rispondo|rispondero|ricontatto|ricontattero|scrivo|scrivero)\b|"
    r"(respondo|ligo|escrevo)-(lhe|te)|respondo assim que|responderei|entrarei em contacto|(vou|irei) (responder|ligar)|"
    r"oddzwoni\w*|odpisze\b|odpowiem\b|odezwe sie|skontaktuje sie|"
    r"ozvu se|ozveme se|zavolam\b|zavolame\b|odpovim\b|odpovime\b|odepisu\b|"
    r"javit (cu|cemo) se|javim se|nazvat (cu|cemo)|odgovorit (cu|cemo)|nazovem vas|"
    r"(hor|horer) (vi |jag )?av (oss|mig)|ringer (upp|tillbaka)|(jag|vi) svarar (sa snart|ikvall|i kvall)|aterkommer|"
    r"(va|te) (sun|voi suna|vom suna|raspund|voi raspunde|vom raspunde|contactez)\b|revin\b|revenim\b|"
    r"θα (σας|σε) (παρω|παρουμε) τηλεφωνο|θα (σας|σου) (απαντησω|απαντησουμε|γραψω|τηλεφωνησω)|θα επικοινωνησω|"
    r"ще (ви|ти) (пиша|се обадя|отговоря|звънна)|ще се свържа)")
_EMERGENCY_LINE = _folded(
    r"\b(emergenc\w*|urgen\w*|dringend\w*|noodgeval\w*|spoed\w*|pilne|pilnych|naleh\w*|hitn\w*|bradskande|"
    r"akut\w*|επειγ\w*|спешн\w*)\b.{0,100}?\+?\d[\d ()/.-]{5,}\d")
# "This mailbox is no longer read": a notice left on an abandoned address, sent to whoever
# writes to it. A person moving house or address writes "I have a new address, please
# update it"; only the notice says that nobody reads the mailbox.
_DEAD_MAILBOX = _folded(
    r"((no ?one|nobody) (reads|checks|monitors) (this|my) (inbox|mailbox|address|e-?mail)|"
    r"(this|my|the) (inbox|mailbox|e-?mail address|address|account) (is|will) no longer (be )?(read|monitored|checked)|"
    r"(deze|dit|mijn) (mailbox|postvak|(e-?mail)?adres) wordt niet meer (gelezen|bekeken|gecontroleerd)|"
    r"(cette|ma) (boite|adresse)[^.]{0,25} n.?est plus (consultee|lue|relevee)|"
    r"(dieses|mein) (e-?mail-?)?postfach wird nicht mehr (gelesen|abgerufen|genutzt)|"
    r"(este|mi) (buzon|correo)[^.]{0,15} ya no se (lee|revisa|consulta)|"
    r"(questa|questo|la mia|il mio) (casella|indirizzo)[^.]{0,20} non (e|viene) piu (letta|letto|controllata|controllato)|"
    r"(esta|este|a minha|o meu) (caixa|endereco)[^.]{0,20} (ja )?nao e (mais )?(lida|lido|consultada|consultado)|"
    r"(ta|ten|moja|moj) (skrzynka|adres)[^.]{0,20} nie jest juz (czytan[ya]|sprawdzan[ya])|"
    r"(tato|tahle|moje) (schranka|adresa)[^.]{0,20} (uz |jiz )?neni (ctena|kontrolovana)|"
    r"(ova|moja) (adresa|posta|e-?mail adresa|e-?posta)[^.]{0,10} se (vise )?ne (cita|provjerava)|"
    r"(denna|min) (brevlada|inkorg|adress|e-?postadress)[^.]{0,10} (lases|kontrolleras) inte (langre)?|"
    r"(aceasta|aceasta casuta|adresa mea)[^.]{0,20} nu mai este (citita|verificata)|"
    r"(αυτη η|η) (διευθυνση|θυριδα)[^.]{0,20} δεν (διαβαζεται|ελεγχεται) πλεον|δεν διαβαζεται πια|"
    r"(тази|моята) (поща|кутия|адрес)[^.]{0,20} (вече )?не се (чете|проверява))")
_DEAD_MAILBOX_SEARCH = Alternation(_DEAD_MAILBOX)
# An organisation's automatic acknowledgement of receipt (a town hall's registry, a school's
# office): "we have received your message" or "we thank you for your message" opens it, and
# it (a) registers the message under a number, (b) forwards it to the competent department,
# or (c) promises an answer within a period. A person says "I received your message", or
# "we received your parcel"; and one who asks about their data is a person (read by mine()).
_ACK_RECEIPT = _folded(
    r"(we (have )?(duly |safely |successfully )?received your (message|e-?mail|mail|letter|enquiry|inquiry)|"
    r"we (hereby )?(acknowledge|confirm) (the )?receipt of your|thank you for your (message|e-?mail|letter|enquiry|inquiry)|"
    r"(wij hebben|we hebben) uw (e-?mail|mail|bericht|brief|schrijven) (goed |in goede orde )?ontvangen|"
    r"(wij ontvingen|we ontvingen) uw (e-?mail|mail|bericht|brief|schrijven)|"
    r"(wij )?(bedanken u|danken u) voor uw (e-?mail|mail|bericht|brief)|(hartelijk )?(bedankt|dank u) voor uw (e-?mail|mail|bericht|brief)|"
    r"nous (avons (bien )?recu|accusons (bonne )?reception de) votre (message|e-?mail|courriel|mail|lettre|demande)|"
    r"(nous vous remercions|merci) (pour|de) votre (message|e-?mail|courriel|mail|lettre)|"
    r"wir haben ihre (nachricht|e-?mail|mail|zuschrift|anfrage) (erhalten|empfangen)|"
    r"wir bestatigen den (eingang|empfang) ihrer|(vielen )?dank fur ihre (nachricht|e-?mail|mail|zuschrift)|"
    r"(hemos recibido|recibimos) su (mensaje|correo|e-?mail|escrito|consulta)|acusamos recibo de su|"
    # "we have registered your enquiry" (a helpdesk opening a case)
    r"we have (registered|logged) your (enquiry|inquiry|request|message|case)|"
    r"(wij hebben|we hebben) uw (vraag|verzoek|bericht|melding) geregistreerd|"
    r"nous avons enregistre votre (demande|message|requete)|wir haben ihre (anfrage|nachricht) (registriert|aufgenommen)|"
    r"hemos registrado su (consulta|solicitud|mensaje|peticion)|abbiamo registrato la sua (richiesta|segnalazione)|"
    r"registamos o seu (pedido|contacto)|registramos (a sua|sua) (solicitacao|mensagem)|"
    r"gracias por su (mensaje|correo|e-?mail|escrito)|"
    r"abbiamo ricevuto (il suo|la sua|il vostro|la vostra) (messaggio|e-?mail|mail|comunicazione)|"
    r"(confermiamo|diamo conferma di) (la |l.?avvenuta )?ricezione|(la )?ringraziamo per (il suo|la sua) (messaggio|e-?mail|mail)|"
    r"recebemos (a sua|o seu|sua|seu) (mensagem|e-?mail|pedido de contacto)|acusamos a rece[cp]?cao|"
    r"agradecemos (a sua|o seu|pel[ao] sua|pel[ao] seu) (mensagem|e-?mail|contacto|contato)|"
    r"otrzymal(ismy|ysmy) (pana |pani |panstwa |twoja )?(wiadomosc|e-?mail|korespondencje)|potwierdzamy otrzymanie|"
    r"dziekujemy za (pana |pani |panstwa )?(wiadomosc|e-?mail|korespondencje)|"
    r"(obdrzeli|prijali) jsme (vasi |vas )?(zpravu|e-?mail|podani)|potvrzujeme (prijeti|obdrzeni)|"
    r"dekujeme (vam )?za (vasi |vas )?(zpravu|e-?mail)|"
    r"primili smo (vasu |vas )?(poruku|e-?mail|e-?postu|dopis)|potvrdujemo primitak|"
    r"zahvaljujemo (vam )?na (vasoj |vasem )?(poruci|e-?mailu|e-?posti|dopisu)|"
    r"vi har (tagit emot|mottagit|fatt) ditt (meddelande|mejl|mail|e-?postmeddelande|brev)|"
    r"tack for ditt (meddelande|mejl|mail|e-?postmeddelande|brev)|"
    r"am primit (mesajul|e-?mailul|scrisoarea) (dumneavoastra|dvs|tau)|confirmam primirea|"
    r"(va )?multumim pentru (mesaj|e-?mail|scrisoare)|"
    r"(λαβαμε|παραλαβαμε) το (μηνυμα|e-?mail|email) σας|(σας )?ευχαριστουμε για το (μηνυμα|e-?mail|email) σας|"
    r"получихме (вашето|твоето) (съобщение|писмо|имейл|e-?mail)|благодарим (ви )?за (вашето )?(съобщение|писмо|имейл))")
_ACK_RECEIPT_SEARCH = Alternation(_ACK_RECEIPT)
_ACK_FOLLOW_UP = _folded(
    # (a) registered under a number, or in the registry
    r"((registered|recorded|logged) (under|with) (the )?(number|reference|no)|"
    r"(geregistreerd|ingeschreven) (onder|met) (het )?(nummer|kenmerk|referentie)|"
    r"onder (nummer|kenmerk) [^\s.]{1,20} (geregistreerd|ingeschreven)|"
    r"enregistree? sous (le )?(numero|n[o°])|(registriert|erfasst) unter (der nummer|dem aktenzeichen)|"
    r"unter (der nummer|dem aktenzeichen) [^\s.]{1,20} (registriert|erfasst)|"
    r"registrad[oa] con (el )?(numero|n[o°])|protocollat[oa] (con )?(il )?(numero|n)|registad[oa] com o (numero|n)|"
    r"zarejestrowan\w* pod numerem|zaevidovan\w* pod (cislem|c\. ?j)|zaprimljen\w* pod (brojem|urudzbenim)|"
    r"registrerat (med|under) (diarie)?nummer|inregistrat\w* (la registratur|cu (numarul|nr))|"
    r"καταχωρηθηκε με (αριθμο|αρ\. )?πρωτοκολλου|регистриран\w* (под|с) (входящ )?номер|"
    # (b) forwarded to the competent department
    r"(forwarded|passed on|referred|transferred|sent on) to the (relevant|appropriate|competent|responsible) "
    r"(department|service|team|person|colleague|office)|"
    r"(doorgegeven|doorgestuurd|overgemaakt) aan de (bevoegde|betrokken|juiste|verantwoordelijke) (dienst|afdeling|medewerker)|"
    r"(transmise?|transferee?|redirigee?) (au|a la|aux) (service|personne|departement)s? (competente?s?|concernee?s?)|"
    r"an die zustandige (abteilung|stelle|person|fachabteilung|sachbearbeit\w*) weitergeleitet|"
    r"(remitid|trasladad|reenviad)[oa] al? (departamento|servicio|area) (competente|correspondiente|responsable)|"
    r"(inoltrat|trasmess)[oa] (all.?|al )?(ufficio|servizio|settore) (competente|di competenza)|"
    r"(encaminhad|reencaminhad|transmitid)[oa] (ao|para o|a|para a) (departamento|servico|setor|area) (competente|responsavel)|"
    r"przekazan\w* (do )?(wlasciw|odpowiedni|kompetentn)\w* (dzial|wydzial|pracownik|komork|osob)\w*|"
    r"(predan|postoupen)\w* (prislusn|odpovedn|kompetentn)\w* (pracovnik|oddeleni|odbor|referent)\w*|"
    r"proslijeden\w* (nadlezn|odgovorn)\w* (odjel|sluzb|osob|djelatnik)\w*|"
    r"(vidarebefordras|vidarebefordrats|skickas vidare) till (ratt|ansvarig|berord) (avdelning|handlaggare|person|enhet)|"
    r"(transmis|redirectionat|repartizat)\w* (catre )?(compartiment|departament|serviciu|directi)\w* (de specialitate|competent|responsabil)|"
    r"(διαβιβαστει|προωθηθει|διαβιβαστηκε|προωθηθηκε) (στην|στο|στον) (αρμοδι)\w* (υπηρεσια|τμημα|υπαλληλο|διευθυνση)|"
    r"(препратен|предаден|насочен)\w* (към|на|до) (компетентн|съответн|отговорн)\w* (отдел|служител|звено|дирекция)|"
    # (c) an answer within a period
    r"(you will|you'll|you should) (receive|get) (an? |our )?(answer|reply|response)[^.\n]{0,40}?(within|as soon as)|"
    r"(we|an agent|one of our (agents|advisers|advisors|colleagues)|a member of our team|someone)"
    r"( will|'ll| aim to| shall) (respond|reply|answer|get back to you)[^.\n]{0,40}?(within|as soon as possible)|"
    r"(u|je) (krijgt|ontvangt) [^.\n]{0,40}?(binnen|zo snel mogelijk)[^.\n]{0,40}?(antwoord|reactie)|"
    r"(u|je) (krijgt|ontvangt) (een |ons )?(antwoord|reactie) (binnen|zo snel mogelijk)|"
    r"(wij|we) (antwoorden|reageren|beantwoorden)[^.\n]{0,40}?(binnen|zo snel mogelijk)|"
    r"nous vous repondrons (dans les (meilleurs|plus brefs) delais|sous \d|dans un delai|des que possible|au plus vite)|"
    r"vous recevrez une reponse (dans|sous|d.?ici)|une reponse vous sera (apportee|adressee|communiquee|envoyee)|"
    r"sie (erhalten|bekommen) [^.\n]{0,40}?(antwort|ruckmeldung)[^.\n]{0,40}?(innerhalb|binnen|schnellstmoglich|so schnell wie moglich)|"
    r"sie (erhalten|bekommen) (innerhalb|binnen)[^.\n]{0,40}?(antwort|ruckmeldung)|"
    r"wir (werden|melden uns|antworten|beantworten)[^.\n]{0,60}?(innerhalb|binnen|schnellstmoglich|so schnell wie moglich)|"
    r"(recibira (una )?respuesta|le responderemos|te responderemos|responderemos|(le|te) respondera)[^.\n]{0,40}?"
    r"(en un plazo|en el plazo|en un maximo|dentro de|lo antes posible|a la mayor brevedad)|"
    r"(ricevera (una )?risposta|le risponderemo|ti risponderemo|risponderemo)[^.\n]{0,40}?(entro|al piu presto|quanto prima|nel piu breve tempo)|"
    r"(recebera (uma )?resposta|iremos responder|responderemos)[^.\n]{0,40}?(no prazo|dentro de|num prazo|em ate|o mais breve|logo que possivel)|"
    r"(odpowiada(my)?|odpowiemy|otrzyma (pan|pani|panstwo) odpowiedz|udzielimy odpowiedzi|odpowiedz zostanie udzielona)[^.\n]{0,60}?"
    r"(w ciagu|w terminie|niezwlocznie|najszybciej jak)|"
    r"(odpoved obdrzite|obdrzite odpoved|odpovime|vam odpovime)[^.\n]{0,40}?(do \d|ve? lhute|v terminu|co nejdrive|behem)|"
    r"(odgovor cete (dobiti|primiti)|dobit cete odgovor|odgovorit cemo|odgovaramo)[^.\n]{0,40}?(u roku|unutar|u najkracem|sto je prije moguce)|"
    r"(du (kommer att )?(fa|far) (ett )?svar|vi (svarar|aterkommer|kommer att svara))[^.\n]{0,40}?(inom|sa snart som mojligt|snarast)|"
    r"(veti primi|vei primi|va vom raspunde|iti vom raspunde|vom raspunde)[^.\n]{0,40}?"
    r"(in termen|in cel mult|in maximum|cat mai curand|in cel mai scurt)|"
    r"(θα (λαβετε|λαβεις) απαντηση|θα σας απαντησουμε|θα απαντησουμε)[^.\n]{0,40}?(εντος|μεσα σε|το συντομοτερο)|"
    r"(ще получите отговор|ще ви отговорим|ще отговорим)[^.\n]{0,40}?(в срок|до \d|в рамките на|възможно най-скоро|в най-кратък))")


def plain_autoreply(folded: str) -> str | None:
    """Why the folded own words of a short mail read as one of these robots, or None."""
    # a one-person business's autoresponder: cannot answer now, and defers or gives an
    # emergency line
    opening = folded[:500]
    unable = _CANNOT_ANSWER_SEARCH.search(opening)
    if unable and (_DEFERRAL.search(opening) or _EMERGENCY_LINE.search(opening)):
        return f"autoresponder (cannot answer now): {unable.group(0)[:60]}"
    # an abandoned mailbox's notice that nobody reads it
    dead = _DEAD_MAILBOX_SEARCH.search(folded[:400])
    if dead:
        return f"mailbox no longer read: {dead.group(0)[:60]}"
    # an organisation's acknowledgement of receipt: opens with it, then registers, forwards
    # or promises an answer within a period
    received = _ACK_RECEIPT_SEARCH.search(folded[:300])
    if received and _ACK_FOLLOW_UP.search(folded[received.end():700]):
        return f"acknowledgement of receipt: {received.group(0)[:60]}"
    return None
