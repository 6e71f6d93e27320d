"""Products that mail on their own: scanners, fax and voicemail gateways, webinar
platforms, request portals, login alerts, unused-account notices, parcel pickups,
encryption envelopes, e-filing receipts, challenge-response filters, shop platforms'
templates.

automated.py asks `product_notice` after the headers and before its generic content
rules. The import runs one way, automated.py -> products.py: the senders a product mails
from (no-reply local parts, a mail service's bounce path, gateways, PBX headers) are
defined here and automated.py imports them; what mail systems write is in mailsystems.py.
"""

from __future__ import annotations

import re

from bot.mail.parse import Incoming
from bot.rules.asking import HEAD, asks_about_data, asks_as_self, own_words
from bot.rules.mailsystems import MTA_TEXT
from bot.rules.reading import FIELD_LINES, REPLY_PREFIX, fold
from bot.rules.ruleset import compile_folded as _folded

# Fax-to-mail and voicemail-to-mail gateways' senders.
_GATEWAY_LOCAL = (r"fax2e?mail|faxmail|fax-?to-?e?mail|e-?fax|voice-?mail|vmail|hlasova-?schranka|sprachbox|"
                  r"poczta-?glosowa|govorna-?posta")
# Local parts of "no-reply" senders, which a web form or a person may also use
# (automated.py's _web_form and _person_behind_noreply tell them apart).
NOREPLY_LOCAL = (r"no-?reply|do-?not-?reply|donotreply|noreply-[\w.-]+|[\w.-]+[._-]no-?reply|"
                 # services that only send: notices, receipts, newsletters, surveys, spam digests
                 r"notifications?|notify|alerts?|receipts?|invoices?|billing|e-?racun|e-?faktur\w*|"
                 # "receipts" in the other languages ("kvitto@laddkraft.example")
                 r"kvitto|kvitton|kvittering(er)?|quittung(en)?|ricevut[ae]|recibos?|paragony?|uctenk[ay]|chitant[ae]|"
                 # reporting systems ("rapporter@settle.nordkassa.example": a daily settlement report)
                 r"reports?|reporting|rapport(er|en|s)?|berichte|reportes|informes|rapporti|relatorios|raporty|"
                 r"rapoarte|izvjesca|izvjestaji|vykazy|"
                 r"newsletters?|nieuwsbrief|nyhetsbrev|infolettre|surveys?|encuestas?|enquetes?|umfragen?|"
                 r"antyspam|antispam|quarantine|spam-?digest|"
                 # "notifications" in the other languages ("notificari@requestflow.app")
                 r"notificari|notificacoes|notificaciones|notifiche|notificaties|meldingen|benachrichtigung(en)?|"
                 r"powiadomienia|upozorneni|obavijesti|notiser|aviseringar|izvestiya|izvestia|"
                 # "do not reply" in the other languages ("nie-odpowiadaj@", "ne-pas-repondre@")
                 r"niet-?beantwoorden|geen-?antwoord|ne-?pas-?repondre|ne-?repondez-?pas|nicht-?antworten|"
                 r"keine-?antwort|no-?responder|no-?contestar|non-?rispondere|nao-?respond(a|er)|nie-?odpowiadaj|"
                 r"nie-?odpowiadac|neodpovidejte|neodpovidat|ne-?odgovaraj(te)?|ne-?odgovarati|svara-?inte|"
                 r"nu-?raspunde(ti)?|ne-?otgovaryay(te)?|"
                 # a machine that mails: "automat@" (bank movements), monitoring systems,
                 # fax-to-mail and voicemail-to-mail gateways
                 r"automat|automailer|zabbix|nagios|icinga|uptime-?robot|alertmanager|grafana|pingdom|"
                 r"statuscake|checkmk|prtg|" + _GATEWAY_LOCAL)
NOREPLY = re.compile(rf"^({NOREPLY_LOCAL})([+.-][^@]*)?$", re.IGNORECASE)
# Voicemail and PBX gateways name the caller in headers of their own
# ("X-Voicemail-Caller", Asterisk's "X-Asterisk-CallerID").
_PBX_HEADER = re.compile(r"^x-(voicemail|asterisk|vm)-", re.IGNORECASE)
# Mail services (SendGrid, Mailgun, SES, Mailchimp...) return bounces to a VERP address:
# bounces+<id>@, bounce-<id>@, <id>@<host>.bnc.<service>. No person's client does.
_ESP_PATH = re.compile(r"^(bounces?[+=-][^@]+@|bnc[+=-]|msprvs\d*=|[^@]+@(em\d+|bnc|bounces?|mail-?bounces?)\.)", re.IGNORECASE)


def esp_bounce_path(mail: Incoming) -> bool:
    """The Return-Path is a mail service's VERP bounce address."""
    return bool(mail.return_path) and _ESP_PATH.match(mail.return_path or "") is not None


# Products that mail on their own: a multifunction printer scanning to e-mail, a fax or
# voicemail gateway, a webinar platform, a request portal (DSAR tool), a login alert, a
# carrier's pickup notice. Read after the headers and before the generic content rules:
# a portal's notice quotes the request it received, which must not make it a person.

# Scan-to-e-mail: the device names itself in X-Mailer ("RICOH IM C3000", "Canon iR-ADV
# C5535 Mail Sender", "KONICA MINOLTA bizhub C258", "Brother MFC-L2750DW series"), in the
# From name (a model with its number, or a default host name: Brother BRN+MAC, HP
# NPI+MAC, Xerox XRX+MAC, Konica Minolta KM_/SKM_), or in its Message-ID.
_MFP = (r"xerox|altalink|versalink|workcentre|phaser|ricoh|aficio|canon|imagerunner|ir-adv|i-sensys|brother|"
        r"konica ?minolta|bizhub|kyocera|taskalfa|ecosys|laserjet|officejet|pagewide|hp (envy|smart|eprint|"
        r"scan|digital sending)|lexmark|sharp mx|e-studio|develop ineo|epson (wf|et|workforce)")
_MFP_MAILER = re.compile(rf"\b({_MFP})\b", re.IGNORECASE)
_MFP_NAME = re.compile(rf"^\W*((({_MFP})\b.*\d)|(brn|brw)[0-9a-f]{{12}}$|npi[0-9a-f]{{6}}$|xrx[0-9a-f]{{12}}$|"
                       rf"s?km_\w+$)", re.IGNORECASE)
_MFP_ID = re.compile(r"^<(xrx[0-9a-f]{12}_|npi[0-9a-f]{6}\.)|[._](s?km_\w+|ir-adv-[\w-]+)@|@(brn|brw)[0-9a-f]{12}>$",
                     re.IGNORECASE)
# A device's text is field lines ("Pages: 2") and a product sentence or two; a note the
# sender typed on the panel or in the phone app is prose (about 30 words at most for
# the device: Xerox's two sentences).
_TYPED_NOTE_WORDS = 40

# Fax-to-mail and voicemail-to-mail: the subject names a caller's number, the text opens
# with "you have a new voice message / fax", the sender is the gateway. Two of the three
# (or a PBX header) make one: the transcript of a voicemail may ask anything, and is
# still a robot's mail; a person forwarding one adds "Fwd:" and their own opening.
_FAX_VM = (r"(voice ?mail|voice message|fax|faks|telefax|spraakbericht|voicemailbericht|message vocal|"
           r"sprachnachricht|mensaje de voz|messaggio vocale|mensagem de voz|wiadomosc glosowa|hlasova zprava|"
           r"glasovna poruka|govorna poruka|rostmeddelande|mesaj vocal|φωνητικο μηνυμα|φαξ|гласово съобщение|факс)")
_FAX_VM_SUBJECT = _folded(
    r"^\s*(\[[^\]\n]*\]\s*)?((new|nieuwe?|nouveau|nouvel|neue?s?|nuevo|nueva|nuovo|nuova|novo|nova|nowa|nowy|"
    r"novy|novi|ny|nytt|nou|noua|νεο|нов|нова|ново|primljen|recu|empfangen|recibido|ricevuto|recebido|"
    r"odebrany|prijaty|mottaget|primit|ληφθεν|получен)\s+)?"
    rf"{_FAX_VM}\b[^\n]{{0,40}}?[+(]?\d[\d ()/.-]{{5,}}\d")
_FAX_VM_OPENING = _folded(
    r"(you have (received )?a new (voice ?mail|voice message|fax)|(u|je) (hebt|heeft) een nieuw\w* "
    r"(voicemail|spraakbericht|fax)|vous avez (recu )?un nouveau (message vocal|fax)|"
    r"sie haben (eine neue (sprachnachricht|voicemail)|ein neues fax)|(tiene|tienes|ha recibido) un nuevo "
    r"(mensaje de voz|fax)|(hai|ha) (ricevuto )?un nuovo (messaggio vocale|fax)|recebeu (um )?novo fax|"
    r"(tem|recebeu) uma nova mensagem de voz|(masz|otrzymales|otrzymano) now\w* (wiadomosc glosowa|faks)|"
    r"mate novou hlasovou zpravu|(prijali jste|mate) novy fax|primljen je novi faks|imate novu (glasovnu|govornu) "
    r"poruku|du har (fatt )?ett nytt (rostmeddelande|fax)|ati primit un (nou )?(mesaj vocal|fax)|"
    r"εχετε (ενα )?νεο (φωνητικο μηνυμα|φαξ)|имате ново гласово съобщение|получихте нов факс)")
_FAX_VM_LOCAL = re.compile(rf"^(fax|voicebox|mesagerie-?vocala|{_GATEWAY_LOCAL})\b", re.IGNORECASE)

# Webinar and event platforms: a registration that carries its iCalendar invitation
# (METHOD:REQUEST), or a reminder with the platform's join link, sent by the platform (a
# no-reply sender, a mail service's bounce address, a no-reply ORGANIZER). A person's
# own invitation comes from the person's address, and one who asks in the first person
# is a person whatever the tool.
_ICAL_REQUEST = re.compile(rb"text/calendar;[^:]{0,120}?method=\"?request|^METHOD:REQUEST",
                           re.IGNORECASE | re.MULTILINE)
_ORGANIZER = re.compile(rb"^ORGANIZER[^\r\n]*?mailto:([^\s;>\"]+)", re.IGNORECASE | re.MULTILINE)
_JOIN_LINK = re.compile(r"https?://[\w.-]*(zoom\.us/(w|j|webinar|meeting|s)/|gotowebinar\.com/(join|register)|"
                        r"livestorm\.co/p/|webex\.com/|teams\.microsoft\.com/l/meetup-join|on24\.com/|bigmarker\.com/|"
                        r"demio\.com/|airmeet\.com/|hopin\.com/|streamyard\.com/|clickmeeting\.com/|webinarjam\.com/)",
                        re.IGNORECASE)

# A request portal (DSAR tool) telling its customer that a request came in: "A new request
# was submitted through your privacy portal", "Ați primit o cerere nouă de la o persoană
# vizată prin portalul de confidențialitate". It quotes the request; a service sends it.
_NEW = (r"new|nieuwe?|nouvelle|neue|nueva|nuova|nova|novo|nowe|nowy|nowa|novy|nova|novi|ny|nytt|noua|"
        r"νεο|νεα|ново|нова")
_REQ = (r"request|verzoek|aanvraag|demande|anfrage|antrag|solicitud|peticion|richiesta|pedido|solicitacao|"
        r"zadanie|wniosek|zadost|pozadavek|zahtjev|begaran|arende|cerere|αιτημα|искане|заявка")
_DSAR_NOTICE = _folded(
    rf"(\b({_NEW})\b[^.\n]{{0,40}}?\b({_REQ})\w*|\b({_REQ})\w*\s+({_NEW})\b)[^.]{{0,120}}?"
    r"\b(through|via|prin|par|uber|a traves de|tramite|atraves d[oa]|za posrednictwem|przez|prostrednictvim|putem|"
    r"genom|μεσω|чрез|on|from|op|sur|auf|en|su|no|na|pe|στο|на)\b[^.]{0,40}?"
    r"\b(portal\w*|portail|formulaire|formular\w*|modulo|formularz\w*|obrazac|πυλη|портал\w*)")
# ...and gives its customer the legal deadline as a field ("Due date:", "Termen legal:"); an
# agent writing to us on a person's behalf asks for an answer in its own sentences
_DUE_FIELD = _folded(
    r"\s*(due( date)?|deadline|response due|termijn|uiterste datum|delai( de reponse)?|antwortfrist|frist|"
    r"plazo|scadenza|prazo|termin( odpowiedzi)?|lhuta|rok( za odgovor)?|svarsfrist|termen( legal)?|προθεσμια|срок)"
    r"\b[^\n:]{0,25}:")

# A login alert: the service "noticed a new sign-in to your account".
_LOGIN_ALERT = _folded(
    r"(we (noticed|detected|saw) (a )?(new|unusual|recent) (sign-?in|log-?in|login)|"
    r"new (sign-?in|log-?in|login) (to|on|into) your (\w+ )?(account|profile)|"
    r"we hebben een (nieuwe )?(aanmelding|inlog\w*) (op|bij|in) (uw|je) (account|profiel)|"
    r"nous avons (remarque|detecte|constate) une (nouvelle )?connexion|"
    r"wir haben eine (neue )?anmeldung (bei|in|auf|zu) (ihrem|deinem) (konto|profil|account)|"
    r"hemos detectado un (nuevo )?inicio de sesion|abbiamo rilevato un (nuovo )?accesso|"
    r"(detetamos|detectamos) um (novo )?(inicio de sessao|acesso|login)|wykryli?smy (nowe )?logowanie|"
    r"zaznamenali jsme (nove )?prihlaseni|primijetili smo (novu )?prijavu|"
    r"vi har (upptackt|noterat|markt) en (ny )?inloggning|am (detectat|observat) o (noua )?(autentificare|conectare)|"
    r"εντοπισαμε (μια )?(νεα )?συνδεση|(забелязахме|открихме) ново влизане)")

# A service warning its customer that an unused account will be deleted: "nobody has logged
# in to your account for 24 months". It names the deletion and the data; a person asking to
# delete an unused account speaks of "my account" (read by asks_as_self).
_INACTIVE_ACCOUNT = _folded(
    r"((no ?one|nobody) has (logged|signed) in|you (have not|haven'?t) (logged|signed) in (to|into) your|"
    r"(niemand|er is [^.\n]{0,30}niemand) [^.\n]{0,40}?(ingelogd|aangemeld)|(u bent|je bent) [^.\n]{0,40}?niet (meer )?"
    r"(ingelogd|aangemeld)|personne ne s.?est connecte|vous ne vous etes pas connecte|"
    r"(hat sich|haben sich) [^.\n]{0,40}?niemand (angemeldet|eingeloggt)|sie haben sich [^.\n]{0,40}?nicht "
    r"(angemeldet|eingeloggt)|nadie ha iniciado sesion|no (has|ha) iniciado sesion|"
    r"nessuno ha effettuato l.?accesso|non (hai|ha) effettuato l.?accesso|"
    r"ninguem (iniciou sessao|acedeu|acessou)|(voce|nao) (nao )?(iniciou sessao|acedeu a|acessou a) (sua )?conta|"
    r"nikt (sie )?nie logowal|nie logowal(es|as|a)? sie|nikdo (se )?neprihlasil|(jste|ste) se neprihlasil|"
    r"nitko se nije prijavio|niste se prijavili|ingen har loggat in|du har inte loggat in|"
    r"nimeni nu s-a (conectat|autentificat)|nu v-ati (conectat|autentificat)|"
    r"κανεις δεν (εχει )?συνδεθει|δεν εχετε συνδεθει|никой не е влизал|не сте влизали)")

# A carrier's pickup notice: "your parcel ... is waiting for you at the pickup point".
_PARCEL_PICKUP = _folded(
    r"(your (parcel|package|shipment)[^.\n]{0,80}? is (waiting|ready) (for you )?(for (collection|pick-?up) )?at|"
    r"(uw|je) pakket[^.\n]{0,80}? ligt (klaar|voor (u|je) klaar)|votre colis[^.\n]{0,80}? (vous attend|est disponible)|"
    r"(ihr|dein) (paket|sendung)[^.\n]{0,80}? (liegt|wartet|ist) (zur abholung|in der|an der|bereit)|"
    r"(tu|su) (paquete|envio|pedido)[^.\n]{0,80}? (te espera|le espera|esta listo para (recoger|su recogida))|"
    r"(il tuo|il suo) (pacco|collo)[^.\n]{0,80}? (ti aspetta|la aspetta|e pronto per il ritiro)|"
    r"(a sua|o seu) (encomenda|volume)[^.\n]{0,80}? (esta disponivel para levantamento|aguarda levantamento)|"
    r"paczka[^.\n]{0,80}? (czeka na (ciebie|odbior)|jest gotowa do odbioru)|"
    r"zasilka[^.\n]{0,80}? (na vas ceka|ceka na vas|je pripravena k vyzvednuti)|"
    r"posiljka[^.\n]{0,80}? (ceka na (vas|preuzimanje)|spremna (je )?za preuzimanje)|"
    r"paket[^.\n]{0,80}? (vantar pa dig|finns att hamta|kan hamtas)|"
    r"coletul[^.\n]{0,80}? (te asteapta|va asteapta|este gata de ridicare)|"
    r"δεμα σας[^.\n]{0,80}? (σας περιμενει|ειναι ετοιμο για παραλαβη)|"
    r"пратка[^.\n]{0,80}? (ви очаква|ви чака|е готова за получаване))")


# An encryption gateway's envelope (Proofpoint Encryption, Cisco Secure Email Encryption /
# CRES, Zix, Echoworx): the letter travels as an attachment to open in a portal; the mail
# itself is the product's text. The product names itself in a header or in the envelope's
# file name, and its text opens "You have received a secure message"; a person who writes
# "I received your secure message" is no envelope.
_ENVELOPE_HEADERS = ("X-Proofpoint-Encryption", "X-CRES-Encrypted", "X-Zix-Encrypted", "X-Echoworx-Encrypted")
_ENVELOPE_FILES = (b"SecureMessageAtt.html", b"securedoc_", b"ZixMessage", b"SecureMessage.html")
_SECURE_MESSAGE = _folded(
    r"(you (have|'ve) received (a|an) (secure|encrypted|protected) (message|e-?mail)|"
    r"(u hebt|u heeft|je hebt) een (beveiligd|versleuteld) (bericht|e-?mailbericht) ontvangen|"
    r"vous avez recu un (message|courriel|e-?mail) (securise|chiffre|crypte|protege)|"
    r"sie haben eine (sichere|verschlusselte|geschutzte) (nachricht|e-?mail) (erhalten|empfangen)|"
    r"(ha|has) recibido un (mensaje|correo) (seguro|cifrado|protegido)|"
    r"(hai|ha) ricevuto un (messaggio|e-?mail) (sicuro|crittografato|protetto|cifrato)|"
    r"recebeu uma mensagem (segura|encriptada|criptografada|protegida)|"
    r"(otrzymal(es|as)|otrzymano|otrzymali ?scie) (bezpieczna|zaszyfrowana|chroniona) wiadomosc|"
    r"(obdrzeli|obdrzel|prijali|prijal) jste (zabezpecenou|sifrovanou|chranenou) zpravu|"
    r"primili ste (sigurnu|sifriranu|zasticenu) poruku|du har (fatt|tagit emot) ett (sakert|krypterat|skyddat) "
    r"(meddelande|e-?postmeddelande)|ati primit un mesaj (securizat|criptat|protejat)|"
    r"(λαβατε|εχετε λαβει) (ενα )?(ασφαλες|κρυπτογραφημενο|προστατευμενο) μηνυμα|"
    r"(получихте|получили сте) (защитено|криптирано|шифровано) съобщение)")

# A public body's electronic filing office (Czech and Slovak "e-podatelna", Polish ePUAP)
# confirms that a filing came in: "Potvrzení o přijetí elektronického podání", "Elektronická
# podatelna ... potvrzuje přijetí Vaší zprávy", "Urzędowe poświadczenie odbioru".
_FILING_RECEIPT = _folded(
    r"(potvrzeni o (prijeti|doruceni) (elektronickeho |datove )?(podani|zpravy)|"
    r"podatelna [^.\n]{0,80}?potvrzuje (prijeti|doruceni)|"
    r"potvrdenie o (prijati|doruceni) (elektronickeho )?(podania|spravy)|"
    r"podateln\w* [^.\n]{0,80}?potvrdzuje (prijatie|dorucenie)|"
    r"urzedowe poswiadczenie (odbioru|przedlozenia))")

# Challenge-response anti-spam filters hold a mail until its sender proves to be a person:
# "Your message to x is being held until you confirm you're a real person", with a link.
_CHALLENGE = _folded(
    r"((is being|has been|was|will be) held until you (confirm|verify)|"
    r"confirm (that )?you(?:'re| are) (a real person|a human|human|not a (robot|spammer))|"
    r"wordt (vastgehouden|tegengehouden) (totdat|tot) u (bevestigt|verifieert)|bevestig dat u een (echt )?(mens|persoon) bent|"
    r"(est|a ete) (retenu|bloque) jusqu.?a ce que vous (confirmiez|validiez)|"
    r"confirme[rz]? que vous etes (une personne|un humain|un etre humain)|"
    r"wird (zuruckgehalten|zuruckgestellt),? bis sie (bestatigen|sich verifizieren)|"
    r"(bestatigen|bestatigen sie),? dass sie ein (echter )?mensch sind|"
    r"(retenido|retenida) hasta que (confirme|confirmes|verifique)|confirm(e|a|ar) que (es|eres) (una persona|un humano|humano)|"
    r"(trattenut[oa]) finche non (confermi|conferma|verifichi)|conferma(re)? che sei una persona|"
    r"(retid[oa]) ate que (confirme|verifique)|confirm(e|ar) que (e|es) (uma pessoa|humano)|"
    r"(zostanie|zostala|jest) wstrzyman\w* do (czasu|momentu) potwierdzenia|potwierdz\w*,? ze jestes (czlowiekiem|prawdziwa osoba)|"
    r"(je|bude) zadrzen\w*,? dokud (nepotvrdite|neoverite)|potvrdte,? ze jste (clovek|skutecna osoba)|"
    r"(je |bit ce )?zadrzan\w* dok ne potvrdite|potvrdite da ste (covjek|stvarna osoba)|"
    r"(halls|hols) kvar tills du (bekraftar|verifierar)|bekrafta att du ar en (riktig )?(manniska|person)|"
    r"(este|a fost) retinut\w* pana (cand|ce) (confirmati|verificati)|confirmati ca sunteti (o persoana|om)|"
    r"επιβεβαιωστε οτι (ειστε|εισαι) (ανθρωπος|πραγματικο προσωπο)|"
    r"потвърдете,? че сте (човек|реален човек))")

# A shop platform's template mail to the shop (an order placed, an order shipped, a
# newsletter subscription confirmed): the platform marks its template (Shopify's header,
# WooCommerce's "body_content_inner" block, Magento's "Magento_Email/" logo path). Its
# contact form relays a person, and names itself so.
_SHOP_TEMPLATE = (b"X-Shopify-", b"body_content_inner", b"Magento_Email/")
_CONTACT_FORM = _folded(
    r"(contact ?form|contactformulier|formulaire de contact|kontaktformular|formulario de conta(c)?to|"
    r"modulo di contatto|form di contatto|formularz\w* kontaktow\w*|kontaktni\w* formular\w*|kontaktn\w* obrazac|"
    r"kontaktformular|formular\w* de contact|φορμα επικοινωνιας|форма(та)? за контакт|контактна(та)? форма|"
    r"new customer message|nieuw klantbericht|nouveau message (de|du) client|neue kundennachricht)")


def product_notice(mail: Incoming) -> str | None:
    """The product notices above; None for anything else."""
    own = own_words(mail.body[:20_000])
    sender = mail.from_addr or ""
    local = sender.split("@")[0]
    service = bool(NOREPLY.match(local)) or esp_bounce_path(mail)
    # scan to e-mail, unless the sender typed a note (asking, or longer than a device's text)
    device = (_MFP_MAILER.search(mail.header("X-Mailer") or "") or _MFP_NAME.search(mail.from_display or "")
              or _MFP_ID.search((mail.header("Message-ID") or "").strip()))
    if device:
        prose = len(FIELD_LINES.sub(" ", own).split())
        if prose <= _TYPED_NOTE_WORDS and not asks_about_data(own):
            return f"scan to e-mail from a multifunction printer: {device.group(0)[:40]}"
    # fax and voicemail gateways
    if any(_PBX_HEADER.match(name) for name, _ in mail.headers):
        return "voicemail or PBX header"
    marks = [bool(_FAX_VM_SUBJECT.search(fold(mail.subject))), bool(_FAX_VM_OPENING.search(fold(own[:400]))),
             bool(_FAX_VM_LOCAL.match(local))]
    if sum(marks) >= 2:
        return "fax or voicemail sent to e-mail"
    # webinar and event platforms
    organizer = _ORGANIZER.search(mail.raw)
    by_platform = service or bool(organizer and NOREPLY.match(organizer.group(1).decode("latin-1").split("@")[0]))
    event = _ICAL_REQUEST.search(mail.raw) or _JOIN_LINK.search(own)
    if event and by_platform and not REPLY_PREFIX.match(mail.subject) and not asks_as_self(mail):
        return "webinar or event platform (invitation or reminder)"
    folded = fold(own[:HEAD])
    # an encryption gateway's envelope
    if any(mail.header(name) is not None for name in _ENVELOPE_HEADERS) or any(
            name in mail.raw for name in _ENVELOPE_FILES):
        envelope = _SECURE_MESSAGE.search(folded)
        if envelope:
            return f"encryption gateway envelope: {envelope.group(0)[:60]}"
    # an e-filing office's receipt (a person forwarding one and asking is a person)
    if "podatel" in folded or "poswiadczenie" in folded:
        receipt = _FILING_RECEIPT.search(folded)
        if receipt and not asks_as_self(mail):
            return f"e-filing office receipt: {receipt.group(0)[:60]}"
    # a challenge-response filter's request to click a link and prove to be a person
    if "://" in own[:HEAD]:
        challenge = _CHALLENGE.search(folded)
        if challenge and not asks_as_self(mail):
            return f"challenge-response anti-spam filter: {challenge.group(0)[:60]}"
    # a shop platform's template notice, not its contact form
    if any(mark in mail.raw for mark in _SHOP_TEMPLATE):
        template = (mail.header("X-Shopify-Email-Template") or "").lower()
        if ("contact" not in template and not _CONTACT_FORM.search(fold(mail.subject))
                and not _CONTACT_FORM.search(folded) and not asks_as_self(mail)):
            return "shop platform notice (Shopify, WooCommerce or Magento template)"
    # a request portal's notice: its own words say so, and a service sends it; the quoted
    # request does not make it a person's mail
    portal = _DSAR_NOTICE.search(folded)
    if (portal and any(_DUE_FIELD.match(fold(line)) for line in own.splitlines()) and not REPLY_PREFIX.match(mail.subject)
            and (service or MTA_TEXT.search(fold(own)))):
        return f"request portal notice: {portal.group(0)[:60]}"
    # login alerts and pickup notices, unless the author asks about their data
    notice = _LOGIN_ALERT.search(folded) or _PARCEL_PICKUP.search(folded)
    if notice and not asks_about_data(own):
        return f"login alert or parcel notice: {notice.group(0)[:60]}"
    inactive = _INACTIVE_ACCOUNT.search(folded)
    if inactive and not REPLY_PREFIX.match(mail.subject) and not asks_as_self(mail):
        return f"unused-account deletion notice: {inactive.group(0)[:60]}"
    return None
