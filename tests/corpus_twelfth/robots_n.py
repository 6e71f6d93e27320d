"""Twelfth set, a week of robot mail and people who look like robots, as raw RFC 5322 messages. Written apart from the code."""

ROBOTS = [
    ('en', 'exim-bounce', 'automated', (), """Return-path: <>
Envelope-to: privacy@shop.example.be
Delivery-date: Mon, 16 Nov 2026 09:14:03 +0100
Received: from mailnull by srv12.hostingbox.eu with local (Exim 4.97.1)
	id 1tC9xQ-0007Ld-2k
	for privacy@shop.example.be;
	Mon, 16 Nov 2026 09:14:03 +0100
X-Failed-Recipients: m.hargreaves@btinternet.con
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@srv12.hostingbox.eu>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1763280843-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tC9xQ-0007Ld-2k@srv12.hostingbox.eu>
Date: Mon, 16 Nov 2026 09:14:03 +0100

--1763280843-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  m.hargreaves@btinternet.con
    Unrouteable address

--1763280843-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; srv12.hostingbox.eu

Action: failed
Final-Recipient: rfc822;m.hargreaves@btinternet.con
Status: 5.0.0

--1763280843-eximdsn-1804289383
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from [10.0.4.21] (port=51844 helo=bot.shop.example.be)
	by srv12.hostingbox.eu with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97.1)
	(envelope-from <privacy@shop.example.be>)
	id 1tC9xP-0007LZ-35
	for m.hargreaves@btinternet.con;
	Mon, 16 Nov 2026 09:14:02 +0100
From: Privacy Team <privacy@shop.example.be>
To: Martin Hargreaves <m.hargreaves@btinternet.con>
Subject: Re: please remove everything you hold on me
Date: Mon, 16 Nov 2026 09:14:01 +0100
Message-ID: <20261116081401.5521.privacy@shop.example.be>
In-Reply-To: <CAJ8kq0tR2z@mail.gmail.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear Mr Hargreaves,

Thank you for your request of 12 November 2026 for the erasure of your
personal data.

We confirm that your customer account, your order history older than the
legal retention period and your loyalty card data have now been deleted.
Invoices must be kept for seven years under Belgian accounting law; they
are stored separately and no longer used for any other purpose.

If you have any questions about your request, simply reply to this e-mail.

Kind regards,
The Privacy Team
shop.example.be

--1763280843-eximdsn-1804289383--
"""),
    ('nl', 'postfix-bounce', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: by plesk-07.webhosting-antwerpen.be (Postfix)
	id 4Yk2Rb0Q1Tz9sWm; Mon, 16 Nov 2026 11:02:47 +0100 (CET)
Date: Mon, 16 Nov 2026 11:02:47 +0100 (CET)
From: MAILER-DAEMON@plesk-07.webhosting-antwerpen.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Yk2Rb0Q1Tz9sWm.1763287367/plesk-07.webhosting-antwerpen.be"
Content-Transfer-Encoding: 8bit
Message-Id: <4Yk2Rb0Q1Tz9sWm@plesk-07.webhosting-antwerpen.be>

This is a MIME-encapsulated message.

--4Yk2Rb0Q1Tz9sWm.1763287367/plesk-07.webhosting-antwerpen.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host plesk-07.webhosting-antwerpen.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<els.dewilde@telenet.be>: host mx.telenet-ops.be[195.130.132.36] said: 552
    5.2.2 <els.dewilde@telenet.be>: Mailbox full (in reply to RCPT TO command)

--4Yk2Rb0Q1Tz9sWm.1763287367/plesk-07.webhosting-antwerpen.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; plesk-07.webhosting-antwerpen.be
X-Postfix-Queue-ID: 4Yk2Rb0Q1Tz9sWm
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 16 Nov 2026 11:02:45 +0100 (CET)

Final-Recipient: rfc822; els.dewilde@telenet.be
Original-Recipient: rfc822;els.dewilde@telenet.be
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.telenet-ops.be
Diagnostic-Code: smtp; 552 5.2.2 <els.dewilde@telenet.be>: Mailbox full

--4Yk2Rb0Q1Tz9sWm.1763287367/plesk-07.webhosting-antwerpen.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: Els De Wilde <els.dewilde@telenet.be>
Subject: =?utf-8?q?Uw_verzoek_om_inzage_in_uw_persoonsgegevens?=
Date: Mon, 16 Nov 2026 11:02:44 +0100
Message-ID: <20261116100244.8830.privacy@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="===============7714259960345021218=="

--===============7714259960345021218==
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Beste mevrouw De Wilde,

U vroeg ons op 9 november welke persoonsgegevens wij over u bijhouden.
In bijlage vindt u een overzicht van alle gegevens die aan uw klantaccount
en uw klantenkaart gekoppeld zijn: uw contactgegevens, uw bestellingen van
de afgelopen drie jaar, uw voorkeuren voor onze nieuwsbrief en de
gegevens die wij met onze marketingpartners delen.

Het bestand is beveiligd met een wachtwoord dat wij u afzonderlijk per
sms bezorgen.

Hebt u nog vragen over uw verzoek, antwoord dan gewoon op deze e-mail.

Met vriendelijke groeten,
Het privacyteam van shop.example.be

--===============7714259960345021218==
Content-Type: application/zip; name="gegevens_De_Wilde.zip"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="gegevens_De_Wilde.zip"

UEsDBBQACQAIAHWLcFnq3B0xRAAAAEEAAAAUABwAZ2VnZXZlbnNfb3ZlcnppY2h0LmNzdlVUCQAD
2W04Z9ltOGd1eAsAAQToAwAABOgDAADn2Xq0YjX8l3vH0q9L5v1bS3cC0dQa9ApGvEo4Yq1x9bsc
--===============7714259960345021218==--

--4Yk2Rb0Q1Tz9sWm.1763287367/plesk-07.webhosting-antwerpen.be--
"""),
    ('fr', 'synology-vacation', 'automated', (), """Return-Path: <s.marchal@cabinet-marchal.be>
Delivered-To: privacy@shop.example.be
Received: from nas-cabinet.synology.me (unknown [81.246.12.77])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4YkB0s3xVqz1kQ
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 14:21:09 +0100 (CET)
Date: Mon, 16 Nov 2026 14:21:08 +0100
From: Sophie Marchal <s.marchal@cabinet-marchal.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Absente_jusqu=27au_23/11_-_Re:_Votre_demande_d=27acc=C3=A8s_?=
 =?UTF-8?Q?=E2=80=93_dossier_2026-118?=
Message-ID: <vacation.1763299268.6617@nas-cabinet.synology.me>
In-Reply-To: <20261116132101.1104.privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: Synology MailPlus Server

Bonjour,

Je suis absente du cabinet jusqu'au lundi 23 novembre inclus et ne consulte
pas mes e-mails.

Pour toute question urgente concernant un dossier en cours, vous pouvez
joindre Ma=C3=AEtre Lef=C3=A8vre au 02 512 48 90 ou par e-mail =C3=A0
secretariat@cabinet-marchal.be.

Cordialement,

Sophie Marchal
Avocate
Cabinet Marchal & Lef=C3=A8vre
Avenue Louise 231, 1050 Bruxelles
"""),
    ('de', 'kolab-sieve-vacation', 'automated', (), """Return-Path: <>
Received: from imap01.kolab.kanzlei-brandl.de (imap01.kolab.kanzlei-brandl.de [10.1.0.11])
	by mx.kanzlei-brandl.de (Postfix) with ESMTP id 3F1C2E0123
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 16:40:55 +0100 (CET)
From: Thomas Brandl <t.brandl@kanzlei-brandl.de>
To: privacy@shop.example.be
Subject: =?utf-8?q?Abwesenheitsnotiz=3A_Re=3A_Auskunftsersuchen_Ihres_Mandanten_Herrn?=
 =?utf-8?q?_Vogt?=
Message-ID: <sieve-vacation-1763307655-2201@imap01.kolab.kanzlei-brandl.de>
In-Reply-To: <20261116154049.2207.privacy@shop.example.be>
References: <20261116154049.2207.privacy@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
Date: Mon, 16 Nov 2026 16:40:55 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

vielen Dank f=C3=BCr Ihre Nachricht. Ich bin bis einschlie=C3=9Flich Freita=
g, 20.11.,
nicht im B=C3=BCro und habe in dieser Zeit keinen Zugriff auf meine E-Mails.
Ihre Nachricht wird nicht automatisch weitergeleitet.

In dringenden F=C3=A4llen wenden Sie sich bitte an Frau Sommer
(datenschutz@kanzlei-brandl.de, Tel. 089 2180 554-0).

Mit freundlichen Gr=C3=BC=C3=9Fen
Thomas Brandl
"""),
    ('es', 'axigen-bounce', 'automated', (), """Return-Path: <>
Received: from mail.gestoriaruiz.es by mail.gestoriaruiz.es (Axigen)
	with ESMTP id 1B2F7A; Tue, 17 Nov 2026 08:05:31 +0100
Date: Tue, 17 Nov 2026 08:05:31 +0100
From: MAILER-DAEMON@mail.gestoriaruiz.es
To: privacy@shop.example.be
Subject: =?UTF-8?B?Tm8gc2UgaGEgcG9kaWRvIGVudHJlZ2FyIGVsIG1lbnNhamU6IFJlOiBjb3JyZWNjacOzbiBkZSBtaXMgZGF0b3M=?=
Message-Id: <AXIGEN-DSN-1B2F7A.1763363131@mail.gestoriaruiz.es>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="--=_Axigen-DSN_1B2F7A"
X-AxigenSpam-Level: 0

----=_Axigen-DSN_1B2F7A
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Este es el agente de entrega de correo de mail.gestoriaruiz.es.

No ha sido posible entregar su mensaje a los siguientes destinatarios:

  <jlopez@gestoriaruiz.es>: el buz=C3=B3n de destino no existe (5.1.1)

Este mensaje se ha generado autom=C3=A1ticamente. Por favor, no responda a
este correo.

----=_Axigen-DSN_1B2F7A
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.gestoriaruiz.es
Arrival-Date: Tue, 17 Nov 2026 08:05:30 +0100

Final-Recipient: rfc822; jlopez@gestoriaruiz.es
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist

----=_Axigen-DSN_1B2F7A
Content-Type: message/rfc822

From: Privacidad shop.example.be <privacy@shop.example.be>
To: jlopez@gestoriaruiz.es
Subject: =?utf-8?q?Re:_correcci=C3=B3n_de_mis_datos?=
Date: Tue, 17 Nov 2026 08:05:28 +0100
Message-ID: <20261117070528.3318.privacy@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Estimado Sr. L=C3=B3pez:

Le confirmamos que, tal como nos pidi=C3=B3 en su correo del 10 de noviembr=
e,
hemos rectificado la direcci=C3=B3n postal y el n=C3=BAmero de tel=C3=A9fon=
o asociados a
su cuenta de cliente. A partir de ahora sus pedidos y su tarjeta de
fidelidad utilizar=C3=A1n los datos corregidos:

  C/ Alcal=C3=A1 214, 3.=C2=BA B, 28028 Madrid
  +34 612 48 90 17

Si detecta cualquier otro dato incorrecto, puede responder a este mismo
correo.

Atentamente,
El equipo de privacidad de shop.example.be

----=_Axigen-DSN_1B2F7A--
"""),
    ('it', 'smartermail-autoresponder', 'automated', (), """Return-Path: <ordini@ferramentabianchi.it>
Received: from mail.ferramentabianchi.it (mail.ferramentabianchi.it [93.63.211.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4YkXq83kZ2z9hT
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 09:47:12 +0100 (CET)
Received: from mail.ferramentabianchi.it by mail.ferramentabianchi.it with MailEnable ESMTP; Tue, 17 Nov 2026 09:47:11 +0100
From: "Ferramenta Bianchi - Ordini" <ordini@ferramentabianchi.it>
To: <privacy@shop.example.be>
Subject: =?utf-8?B?UmlzcG9zdGEgYXV0b21hdGljYTogUjogY29uZmVybWEgZCdvcmRpbmUgbi4gMjAyNi8xMTg3?=
Date: Tue, 17 Nov 2026 09:47:11 +0100
Message-ID: <a81c44e0b2f94d6e8f0c1d2e3f405162@mail.ferramentabianchi.it>
X-SmarterMail-AutoResponder: true
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_NextPart_000_0004_01DB38A1.5E2C8A40"

------=_NextPart_000_0004_01DB38A1.5E2C8A40
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Gentile cliente,

grazie per averci scritto.

Il nostro magazzino rester=C3=A0 chiuso per inventario da luned=C3=AC 16 a =
mercoled=C3=AC
18 novembre compresi: gli ordini ricevuti in questi giorni verranno
evasi a partire da gioved=C3=AC 19.

Risponderemo alla Sua e-mail il prima possibile.

Cordiali saluti
Ferramenta Bianchi s.n.c.
Via dell'Artigianato 12 - 36061 Bassano del Grappa (VI)

------=_NextPart_000_0004_01DB38A1.5E2C8A40
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><p>Gentile cliente,</p><p>grazie per averci scritto.</p><p>Il n=
ostro magazzino rester=C3=A0 chiuso per inventario da luned=C3=AC 16 a merc=
oled=C3=AC 18 novembre compresi: gli ordini ricevuti in questi giorni verra=
nno evasi a partire da gioved=C3=AC 19.</p><p>Risponderemo alla Sua e-mail =
il prima possibile.</p><p>Cordiali saluti<br>Ferramenta Bianchi s.n.c.<br>V=
ia dell'Artigianato 12 - 36061 Bassano del Grappa (VI)</p></body></html>

------=_NextPart_000_0004_01DB38A1.5E2C8A40--
"""),
    ('pt', 'hmailserver-bounce', 'automated', (), """Return-Path: <>
Received: from mail.ferreira-associados.pt ([188.81.44.19])
	by mx1.shop.example.be (Postfix) with ESMTP id 4Ykc0w1Gm3z7Rp
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 11:30:04 +0100 (CET)
Message-ID: <4C2F8E1A-7B10-4D2E-9A11-3F6E0C5D2A90@mail.ferreira-associados.pt>
From: mailer-daemon@mail.ferreira-associados.pt
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Mensagem_n=C3=A3o_entregue:_Re:_Pedido_de_portabilidade_dos_seu?=
 =?UTF-8?Q?s_dados?=
Date: Tue, 17 Nov 2026 10:30:03 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

A sua mensagem n=C3=A3o chegou a alguns ou a todos os destinat=C3=A1rios.

   Enviada: Tue, 17 Nov 2026 10:29:58 +0000
   Assunto: Re: Pedido de portabilidade dos seus dados

N=C3=A3o foi poss=C3=ADvel entregar a mensagem aos seguintes destinat=C3=A1=
rios:

rita.ferreira@ferreira-associados.pt
   Sem caixa de correio com este endere=C3=A7o.

   Erro 550 5.1.1 recebido do servidor.


----- In=C3=ADcio da mensagem original -----

Exma. Senhora D. Rita Ferreira,

Na sequ=C3=AAncia do seu pedido de 5 de novembro, enviamos em anexo um
ficheiro CSV e um ficheiro JSON com os dados pessoais que nos forneceu
(conta de cliente, encomendas e cart=C3=A3o de fideliza=C3=A7=C3=A3o), num =
formato
estruturado e de leitura autom=C3=A1tica, para que os possa transmitir a
outro respons=C3=A1vel pelo tratamento.

Com os melhores cumprimentos,
Equipa de Privacidade
shop.example.be

----- Fim da mensagem original -----
"""),
    ('pl', 'open-xchange-vacation', 'automated', (), """Return-Path: <k.wojcik@ogrody-wojcik.pl>
Received: from ox.home.pl (ox.home.pl [79.96.170.21])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Ykg7L2nTfz5Wq
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 13:15:40 +0100 (CET)
Date: Tue, 17 Nov 2026 13:15:40 +0100 (CET)
From: =?UTF-8?Q?Katarzyna_W=C3=B3jcik?= <k.wojcik@ogrody-wojcik.pl>
To: privacy@shop.example.be
Message-ID: <1183712.4401.1763381740112@ox.home.pl>
Subject: =?UTF-8?Q?Nieobecno=C5=9B=C4=87_w_biurze_do_27.11?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied
X-Mailer: Open-Xchange Mailer v7.10.6-Rev58

Dzie=C5=84 dobry,

dzi=C4=99kuj=C4=99 za wiadomo=C5=9B=C4=87. Do 27 listopada przebywam na url=
opie i nie mam
dost=C4=99pu do poczty.

W sprawach zam=C3=B3wie=C5=84 i reklamacji prosz=C4=99 pisa=C4=87 na biuro@=
ogrody-wojcik.pl
lub dzwoni=C4=87 pod numer 58 340 12 77 (pon.=E2=80=93pt. 8:00=E2=80=9316:0=
0).

Pozdrawiam
Katarzyna W=C3=B3jcik
Ogrody W=C3=B3jcik sp. z o.o.
"""),
    ('cs', 'mta-bounce-localized', 'automated', (), """Return-Path: <>
Received: from mx3.pobox-cz.net (mx3.pobox-cz.net [185.8.236.94])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Ykm1d0yJvz3Ld
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 17:52:19 +0100 (CET)
Date: Tue, 17 Nov 2026 17:52:18 +0100
From: =?utf-8?q?Syst=C3=A9m_pro_doru=C4=8Dov=C3=A1n=C3=AD_po=C5=A1ty?= <MAILER-DAEMON@mx3.pobox-cz.net>
To: privacy@shop.example.be
Subject: =?UTF-8?B?TmVkb3J1xI1pdGVsbsOhIHpwcsOhdmE6IFZhxaFlIMW+w6Fkb3N0IG8gb21lemVuw60genByYWNvdsOhbsOt?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="Nedor_1763398338_8812"
Message-Id: <20261117165218.BF71A40C2A@mx3.pobox-cz.net>

--Nedor_1763398338_8812
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Toto je automaticky vygenerovan=C3=A1 zpr=C3=A1va po=C5=A1tovn=C3=ADho serv=
eru mx3.pobox-cz.net.

Va=C5=A1i zpr=C3=A1vu se nepoda=C5=99ilo doru=C4=8Dit jednomu nebo v=C3=ADc=
e p=C5=99=C3=ADjemc=C5=AFm.
P=C5=AFvodn=C3=AD zpr=C3=A1va je p=C5=99ilo=C5=BEena n=C3=AD=C5=BEe.

<j.horakova@pobox-cz.net>: Schr=C3=A1nka p=C5=99=C3=ADjemce je zablokov=C3=
=A1na pro
    ne=C4=8Dinnost (550 5.2.1 mailbox disabled)

Na tuto zpr=C3=A1vu neodpov=C3=ADdejte.

--Nedor_1763398338_8812
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.pobox-cz.net
Arrival-Date: Tue, 17 Nov 2026 17:52:17 +0100

Final-Recipient: rfc822; j.horakova@pobox-cz.net
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 mailbox disabled

--Nedor_1763398338_8812
Content-Type: message/rfc822

From: Ochrana osobních údajů <privacy@shop.example.be>
To: Jana Horáková <j.horakova@pobox-cz.net>
Subject: =?utf-8?b?VmHFoWUgxb7DoWRvc3QgbyBvbWV6ZW7DrSB6cHJhY292w6Fuw60=?=
Date: Tue, 17 Nov 2026 17:52:15 +0100
Message-ID: <20261117165215.4410.privacy@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

VsOhxb5lbsOhIHBhbsOtIEhvcsOha292w6EsCgpwb3R2cnp1amVtZSwgxb5lIGpzbWUgbmEgesOh
a2xhZMSbIFZhxaHDrSDFvsOhZG9zdGkgemUgZG5lIDYuIGxpc3RvcGFkdSBvbWV6aWxpCnpwcmFj
b3bDoW7DrSBWYcWhaWNoIG9zb2Juw61jaCDDumRhasWvLiDDmmRhamUgayBWYcWhZW11IHrDoWth
em5pY2vDqW11IMO6xI10dSBhCnbEm3Jub3N0bsOtIGthcnTEmyB6xa9zdMOhdmFqw60gdWxvxb5l
bnksIGFsZSBkbyB2ecWZZcWhZW7DrSBWYcWhw60gbsOhbWl0a3kgb2hsZWRuxJsKamVqaWNoIHDF
mWVzbm9zdGkgamUgbmVidWRlbWUgcG91xb7DrXZhdCBrIMW+w6FkbsOpbXUgamluw6ltdSDDusSN
ZWx1LgoKUMWZZWQgcMWZw61wYWRuw71tIHpydcWhZW7DrW0gb21lemVuw60gVsOhcyBidWRlbWUg
aW5mb3Jtb3ZhdC4KClMgcG96ZHJhdmVtClTDvW0gb2NocmFueSBvc29ibsOtY2ggw7pkYWrFrwpz
aG9wLmV4YW1wbGUuYmUK

--Nedor_1763398338_8812--
"""),
    ('hr', 'public-body-autoreply', 'automated', (), """Return-Path: <azop@azop.hr>
Received: from mail.azop.hr (mail.azop.hr [195.29.148.70])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Ylh0X2QwNz8Bc
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 08:12:44 +0100 (CET)
From: Agencija za zastitu osobnih podataka <azop@azop.hr>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Potvrda_primitka_e-poruke_/_Automatski_odgovor?=
Date: Wed, 18 Nov 2026 08:12:43 +0100
Message-ID: <d3a7f2c1e0b84a5f9c6d7e8f90a1b2c3@mail.azop.hr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

ovim putem potvr=C4=91ujemo da je Va=C5=A1a e-poruka zaprimljena u Agenciji=
 za
za=C5=A1titu osobnih podataka.

Va=C5=A1 podnesak bit =C4=87e evidentiran i proslije=C4=91en nadle=C5=BEnoj=
 ustrojstvenoj
jedinici u rokovima propisanima zakonom. Molimo Vas da ne =C5=A1aljete isti
podnesak vi=C5=A1e puta jer to ne ubrzava postupanje.

Ova poruka poslana je automatski. Na nju nije potrebno odgovarati.

Agencija za za=C5=A1titu osobnih podataka
Selska cesta 136, 10 000 Zagreb
"""),
    ('sv', 'public-body-autoreply', 'automated', (), """Return-Path: <imy@imy.se>
Received: from mx.imy.se (mx.imy.se [194.17.40.18])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Ylk6v1mRgz2Ft
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 10:03:27 +0100 (CET)
From: IMY Registrator <imy@imy.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Tack_f=F6r_ditt_mejl_/_Thank_you_for_your_e-mail?=
Thread-Topic: Question regarding a data request from a customer in Sweden
Date: Wed, 18 Nov 2026 09:03:26 +0000
Message-ID: <HE1PR0901MB2187C4A1E2@HE1PR0901MB2187.eurprd09.prod.outlook.com>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hej!

Tack f=F6r ditt mejl. Vi har tagit emot det och det kommer att registreras
hos Integritetsskyddsmyndigheten.

Observera att e-post som kommer in till myndigheten normalt blir allm=E4n
handling. Skicka d=E4rf=F6r inte k=E4nsliga personuppgifter i on=F6dan.

Vi besvarar fr=E5gor s=E5 snart vi kan. Om ditt =E4rende g=E4ller ett klago=
m=E5l
kommer du att f=E5 ett diarienummer per post eller e-post.

Med v=E4nliga h=E4lsningar
Integritetsskyddsmyndigheten (IMY)

----

Thank you for your e-mail. It has been received and will be registered
by the Swedish Authority for Privacy Protection (IMY).
"""),
    ('ro', 'partner-privacy-ack', 'automated', (), """Return-Path: <bounces+8812@em.reclama-digitala.ro>
Received: from o1.em.reclama-digitala.ro (o1.em.reclama-digitala.ro [167.89.12.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4YlnRt4cWrz6Pp
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 11:48:02 +0100 (CET)
From: "Protectia Datelor - Reclama Digitala SRL" <no-reply@reclama-digitala.ro>
Reply-To: dpo@reclama-digitala.ro
To: privacy@shop.example.be
Subject: =?UTF-8?B?QW0gcHJpbWl0IHNvbGljaXRhcmVhIGR1bW5lYXZvYXN0csSDIFtEUE8tMjAyNi00NDcxXQ==?=
Date: Wed, 18 Nov 2026 10:48:01 +0000
Message-ID: <20261118104801.4471.dpo-desk@reclama-digitala.ro>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: OOF, AutoReply
List-Unsubscribe: <mailto:unsubscribe@em.reclama-digitala.ro?subject=8812>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_a44f0e8c2d61b7e3"

--b1_a44f0e8c2d61b7e3
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

V=C4=83 mul=C8=9Bumim pentru mesaj. Solicitarea dumneavoastr=C4=83 privind =
datele cu
caracter personal a fost =C3=AEnregistrat=C4=83 cu num=C4=83rul DPO-2026-44=
71.

Responsabilul nostru cu protec=C8=9Bia datelor o va analiza =C8=99i v=C4=83=
 va r=C4=83spunde
=C3=AEn termen de cel mult 30 de zile, conform art. 12 din Regulamentul (UE)
2016/679. Dac=C4=83 solicitarea prive=C8=99te =C8=99tergerea datelor unui c=
lient al
dumneavoastr=C4=83, v=C4=83 rug=C4=83m s=C4=83 nu o retransmite=C8=9Bi: o p=
roces=C4=83m o singur=C4=83 dat=C4=83.

Acesta este un mesaj generat automat. V=C4=83 rug=C4=83m s=C4=83 nu r=C4=83=
spunde=C8=9Bi la
aceast=C4=83 adres=C4=83.

Echipa de protec=C8=9Bie a datelor
Reclama Digital=C4=83 SRL, Bucure=C8=99ti

--b1_a44f0e8c2d61b7e3
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><body style=3D"font-family:Arial,sans-serif;font-size:=
14px">
<p>Bun=C4=83 ziua,</p>
<p>V=C4=83 mul=C8=9Bumim pentru mesaj. Solicitarea dumneavoastr=C4=83 privi=
nd datele cu caracter personal a fost =C3=AEnregistrat=C4=83 cu num=C4=83ru=
l <b>DPO-2026-4471</b>.</p>
<p>Responsabilul nostru cu protec=C8=9Bia datelor o va analiza =C8=99i v=C4=
=83 va r=C4=83spunde =C3=AEn termen de cel mult 30 de zile, conform art. 12=
 din Regulamentul (UE) 2016/679. Dac=C4=83 solicitarea prive=C8=99te =C8=99=
tergerea datelor unui client al dumneavoastr=C4=83, v=C4=83 rug=C4=83m s=C4=
=83 nu o retransmite=C8=9Bi: o proces=C4=83m o singur=C4=83 dat=C4=83.</p>
<p style=3D"color:#888">Acesta este un mesaj generat automat. V=C4=83 rug=
=C4=83m s=C4=83 nu r=C4=83spunde=C8=9Bi la aceast=C4=83 adres=C4=83.</p>
<p>Echipa de protec=C8=9Bie a datelor<br>Reclama Digital=C4=83 SRL, Bucure=
=C8=99ti</p>
</body></html>

--b1_a44f0e8c2d61b7e3--
"""),
    ('el', 'mta-bounce-localized', 'automated', (), """Return-Path: <>
Received: from mx-in02.mailhost-gr.net (mx-in02.mailhost-gr.net [62.103.2.61])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4YlsD91pXbz4Kk
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 13:27:40 +0100 (CET)
Date: Wed, 18 Nov 2026 14:27:39 +0200
From: =?UTF-8?B?zqPPjc+Dz4TOt868zrEgzqDOsc+BzqzOtM6/z4POt8+CIM6RzrvOu863zrvOv86zz4HOsc+Gzq/Osc+C?= <MAILER-DAEMON@mx-in02.mailhost-gr.net>
To: privacy@shop.example.be
Subject: =?UTF-8?B?zpHPgM6/z4TPhc+Hzq/OsSDPgM6xz4HOrM60zr/Pg863z4IgzrzOt869z43OvM6xz4TOv8+C?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="----=_DSN_20261118122739_77310"
Message-Id: <DSN.20261118122739.77310@mx-in02.mailhost-gr.net>

------=_DSN_20261118122739_77310
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

zpHPhc+Ez4wgz4TOvyDOvM6uzr3Phc68zrEgzrTOt868zrnOv8+Fz4HOs86uzrjOt866zrUgzrHP
hc+Ez4zOvM6xz4TOsSDOsc+Az4wgz4TOvyDPg8+Nz4PPhM63zrzOsSDPgM6xz4HOrM60zr/Pg863
z4IgzrHOu867zrfOu86/zrPPgc6xz4bOr86xz4IuCgrOpM6/IM68zq7Ovc+FzrzOrCDPg86xz4Ig
zrTOtc69IM6uz4TOsc69IM60z4XOvc6xz4TPjCDOvc6xIM+AzrHPgc6xzrTOv864zrXOryDPg8+E
zr/OvSDPgM6xz4HOsc66zqzPhM+JIM+AzrHPgc6xzrvOrs+Az4TOty4KzqDPgc+MzrrOtc65z4TO
sc65IM6zzrnOsSDOvM+Mzr3Ouc68zr8gz4PPhs6szrvOvM6xwrcgzrTOtc69IM64zrEgzrPOr869
zrXOuSDOvc6tzrEgz4DPgc6/z4PPgM6szrjOtc65zrEgzrHPgM6/z4PPhM6/zrvOrs+CLgoKICBn
LnBhcGFkb3BvdWxvc0BtYWlsaG9zdC1nci5uZXQKICAgIM6fIM67zr/Os86xz4HOuc6xz4POvM+M
z4Igz4TOv8+FIM+AzrHPgc6xzrvOrs+Az4TOtyDOtM61zr0gz4XPgM6sz4HPh861zrkgKDU1MCA1
LjEuMSBVc2VyIHVua25vd24pCgrOoM6xz4HOsc66zrHOu86/z43OvM61IM68zrfOvSDOsc+AzrHO
vc+Ezq7Pg861z4TOtSDPg861IM6xz4XPhM+MIM+Ezr8gzrzOrs69z4XOvM6xLgo=

------=_DSN_20261118122739_77310
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-in02.mailhost-gr.net

Final-Recipient: rfc822; g.papadopoulos@mailhost-gr.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

------=_DSN_20261118122739_77310
Content-Type: message/rfc822

From: shop.example.be <privacy@shop.example.be>
To: =?UTF-8?B?zpPOuc+Oz4HOs86/z4IgzqDOsc+AzrHOtM+Mz4DOv8+FzrvOv8+C?= <g.papadopoulos@mailhost-gr.net>
Subject: =?UTF-8?B?UmU6IM6UzrnOsc6zz4HOsc+Gzq4gzrvOv86zzrHPgc65zrHPg868zr/PjQ==?=
Date: Wed, 18 Nov 2026 13:27:36 +0100
Message-ID: <20261118122736.6021.privacy@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

zpHOs86xz4DOt8+Ezq0gzrrPjc+BzrnOtSDOoM6xz4DOsc60z4zPgM6/z4XOu861LAoKz4POtSDP
g8+Fzr3Orc+HzrXOuc6xIM+Ezr/PhSDOsc65z4TOrs68zrHPhM+Mz4Igz4POsc+CIM+EzrfPgiA4
zrfPgiDOnc6/zrXOvM6yz4HOr86/z4UsIM+DzrHPgiDOtc69zrfOvM61z4HPjs69zr/Phc68zrUg
z4zPhM65Cs60zrnOsc6zz4HOrM+IzrHOvM61IM+Ezr/OvSDOu86/zrPOsc+BzrnOsc+DzrzPjCDP
g86xz4IgzrrOsc65IM+EzrEgz4DPgc6/z4PPic+AzrnOus6sIM+DzrHPgiDOtM61zrTOv868zq3O
vc6xIM6xz4DPjCDPhM6xCs+Dz4XPg8+Ezq7OvM6xz4TOrCDOvM6xz4IuIM6XIM66zqzPgc+EzrEg
z4DOuc+Dz4TPjM+EzrfPhM6xz4Igz4DOv8+FIM61zq/Ph86xz4TOtSDOrc+HzrXOuSDOsc+AzrXO
vc61z4HOs86/z4DOv865zrfOuM61zq8uCgrOpM6xIM+EzrnOvM6/zrvPjM6zzrnOsSDPhM+Jzr0g
zrHOs86/z4HPjs69IM+DzrHPgiDOuM6xIM60zrnOsc+EzrfPgc63zrjOv8+Nzr0gzrzPjM69zr8g
zrPOuc6xIM+Mz4POvyDPh8+Bz4zOvc6/IM6/z4HOr862zrXOuSDOtwrPhs6/z4HOv867zr/Os865
zrrOriDOvc6/zrzOv864zrXPg86vzrEuCgrOnM61IM61zrrPhM6vzrzOt8+DzrcsCs6XIM6/zrzO
rM60zrEgz4DPgc6/z4PPhM6xz4POr86xz4IgzrTOtc60zr/OvM6tzr3Pic69CnNob3AuZXhhbXBs
ZS5iZQo=

------=_DSN_20261118122739_77310--
"""),
    ('bg', 'mta-bounce-localized', 'automated', (), """Return-Path: <>
Received: from mx.abv.bg (mx.abv.bg [194.153.145.104])
	by mx1.shop.example.be (Postfix) with ESMTP id 4YlxT53bFyz1Hw
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 16:09:58 +0100 (CET)
From: =?UTF-8?B?0J/QvtGJ0LXQvdGB0LrQuCDRgdGK0YDQstGK0YA=?= <mailer-daemon@abv.bg>
To: privacy@shop.example.be
Date: Wed, 18 Nov 2026 17:09:57 +0200
Subject: =?UTF-8?B?0J3QtdC00L7RgdGC0LDQstC10L3QviDRgdGK0L7QsdGJ0LXQvdC40LU6INCS0LDRiNC10YLQviDQstGK0LfRgNCw0LbQtdC90LjQtSDRgdGA0LXRidGDINC00LjRgNC10LrRgtC90LjRjyDQvNCw0YDQutC10YLQuNC90LM=?=
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_abv_ndr_6f1e2a"
Message-ID: <ndr.6f1e2a.1763478597@abv.bg>

--=_abv_ndr_6f1e2a
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравейте,

Съжаляваме, но съобщението Ви не можа да бъде доставено до:

    m.ivanova84@abv.bg

Причина: пощенската кутия на получателя е пълна (552 Quota exceeded).
Получателят трябва да освободи място, преди да може да получава нови писма.

Това е автоматично генерирано съобщение. Моля, не отговаряйте.

--=_abv_ndr_6f1e2a
Content-Type: message/rfc822
Content-Disposition: attachment; filename="original.eml"

From: shop.example.be <privacy@shop.example.be>
To: m.ivanova84@abv.bg
Subject: =?UTF-8?B?0JLQsNGI0LXRgtC+INCy0YrQt9GA0LDQttC10L3QuNC1INGB0YDQtdGJ0YMg0LTQuNGA0LXQutGC0L3QuNGPINC80LDRgNC60LXRgtC40L3Qsw==?=
Date: Wed, 18 Nov 2026 16:09:55 +0100
Message-ID: <20261118150955.7719.privacy@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=D0=A3=D0=B2=D0=B0=D0=B6=D0=B0=D0=B5=D0=BC=D0=B0 =D0=B3-=D0=B6=D0=BE =D0=98=
=D0=B2=D0=B0=D0=BD=D0=BE=D0=B2=D0=B0,

=D0=9F=D0=BE=D1=82=D0=B2=D1=8A=D1=80=D0=B6=D0=B4=D0=B0=D0=B2=D0=B0=D0=BC=D0=
=B5, =D1=87=D0=B5 =D1=81=D1=87=D0=B8=D1=82=D0=B0=D0=BD=D0=BE =D0=BE=D1=82 =
=D0=B4=D0=BD=D0=B5=D1=81 =D0=BD=D1=8F=D0=BC=D0=B0 =D0=B4=D0=B0 =D0=B8=D0=B7=
=D0=BF=D0=BE=D0=BB=D0=B7=D0=B2=D0=B0=D0=BC=D0=B5 =D0=92=D0=B0=D1=88=D0=B8=
=D1=82=D0=B5 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8 =D0=B7=D0=B0
=D0=B4=D0=B8=D1=80=D0=B5=D0=BA=D1=82=D0=B5=D0=BD =D0=BC=D0=B0=D1=80=D0=BA=
=D0=B5=D1=82=D0=B8=D0=BD=D0=B3 =D0=B8 =D0=B7=D0=B0 =D0=BF=D0=B5=D1=80=D1=81=
=D0=BE=D0=BD=D0=B0=D0=BB=D0=B8=D0=B7=D0=B8=D1=80=D0=B0=D0=BD=D0=B8 =D0=BE=
=D1=84=D0=B5=D1=80=D1=82=D0=B8. =D0=92=D0=B0=D1=88=D0=B8=D1=8F=D1=82 =D0=B8=
=D0=BC=D0=B5=D0=B9=D0=BB =D0=B0=D0=B4=D1=80=D0=B5=D1=81 =D0=B5
=D0=BE=D1=82=D0=B1=D0=B5=D0=BB=D1=8F=D0=B7=D0=B0=D0=BD =D0=B2 =D0=BD=D0=B0=
=D1=88=D0=B8=D1=82=D0=B5 =D1=81=D0=B8=D1=81=D1=82=D0=B5=D0=BC=D0=B8, =D1=82=
=D0=B0=D0=BA=D0=B0 =D1=87=D0=B5 =D0=B4=D0=B0 =D0=BD=D0=B5 =D0=BF=D0=BE=D0=
=BB=D1=83=D1=87=D0=B0=D0=B2=D0=B0=D1=82=D0=B5 =D1=80=D0=B5=D0=BA=D0=BB=D0=
=B0=D0=BC=D0=BD=D0=B8 =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D1=
=8F,
=D0=B2=D0=BA=D0=BB=D1=8E=D1=87=D0=B8=D1=82=D0=B5=D0=BB=D0=BD=D0=BE =D0=BE=
=D1=82 =D0=BD=D0=B0=D1=88=D0=B8=D1=82=D0=B5 =D0=BF=D0=B0=D1=80=D1=82=D0=BD=
=D1=8C=D0=BE=D1=80=D0=B8.

=D0=90=D0=BA=D0=BE =D0=B8=D0=BC=D0=B0=D1=82=D0=B5 =D0=B2=D1=8A=D0=BF=D1=80=
=D0=BE=D1=81=D0=B8, =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D0=B5=D1=82=
=D0=B5 =D0=BD=D0=B0 =D1=82=D0=BE=D0=B2=D0=B0 =D0=BF=D0=B8=D1=81=D0=BC=D0=BE.

=D0=A1 =D1=83=D0=B2=D0=B0=D0=B6=D0=B5=D0=BD=D0=B8=D0=B5,
=D0=95=D0=BA=D0=B8=D0=BF=D1=8A=D1=82 =D0=BF=D0=BE =D0=B7=D0=B0=D1=89=D0=B8=
=D1=82=D0=B0 =D0=BD=D0=B0 =D0=BB=D0=B8=D1=87=D0=BD=D0=B8=D1=82=D0=B5 =D0=B4=
=D0=B0=D0=BD=D0=BD=D0=B8
shop.example.be

--=_abv_ndr_6f1e2a--
"""),
    ('en', 'shopify-order-notification', 'automated', (), """Return-Path: <bounces+1744098-f2c1-privacy=shop.example.be@email.shopify.com>
Received: from o7.email.shopify.com (o7.email.shopify.com [167.89.101.2])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Ym0bR0kPqz9Cv
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 19:44:31 +0100 (CET)
From: Garden Outlet UK <mailer@shopify.com>
Reply-To: jane.whitfield@outlook.com
To: privacy@shop.example.be
Subject: [Garden Outlet UK] Order #GO10482 placed by Jane Whitfield
Date: Wed, 18 Nov 2026 18:44:30 +0000
Message-ID: <69f3c1a7e2b84_3c1f2a4e18824b@shopify-mail-7d9c.mail>
X-Shopify-Shop-Id: 64817219
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_69f3c1a7e0c9_3c1f2a4e1882298"
Content-Transfer-Encoding: 7bit

----==_mimepart_69f3c1a7e0c9_3c1f2a4e1882298
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Jane Whitfield placed order #GO10482 on Nov 18 at 6:44 pm.

View order: https://admin.shopify.com/store/garden-outlet-uk/orders/5821904412

Order summary
-------------
Rattan lounge set "Capri", grey x 1       GBP 649.00
Weatherproof cover 220 cm x 1             GBP 39.95

Subtotal   GBP 688.95
Shipping   GBP 0.00 (Free delivery)
Tax        GBP 114.83
Total      GBP 688.95

Payment processing method: Shopify Payments
Delivery method: Standard Delivery

Shipping address
Jane Whitfield
14 Mill Lane
Harrogate HG1 4QT
United Kingdom
+44 7700 900412

Customer email: jane.whitfield@outlook.com
The customer agreed to receive marketing emails.

You're receiving this email because privacy@shop.example.be is listed as a
staff order notification recipient for Garden Outlet UK.
Manage notifications: https://admin.shopify.com/store/garden-outlet-uk/settings/notifications

----==_mimepart_69f3c1a7e0c9_3c1f2a4e1882298
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 7bit

<html><body><table width="100%"><tr><td>
<h2>Order #GO10482 placed by Jane Whitfield</h2>
<p><a href="https://admin.shopify.com/store/garden-outlet-uk/orders/5821904412">View order</a></p>
<table><tr><td>Rattan lounge set "Capri", grey &times; 1</td><td>GBP 649.00</td></tr>
<tr><td>Weatherproof cover 220 cm &times; 1</td><td>GBP 39.95</td></tr>
<tr><td><b>Total</b></td><td><b>GBP 688.95</b></td></tr></table>
<p>Shipping address<br>Jane Whitfield<br>14 Mill Lane<br>Harrogate HG1 4QT<br>United Kingdom</p>
<p>Customer email: jane.whitfield@outlook.com<br>The customer agreed to receive marketing emails.</p>
<p style="color:#999;font-size:12px">You're receiving this email because privacy@shop.example.be is listed as a staff order notification recipient for Garden Outlet UK.</p>
</td></tr></table></body></html>

----==_mimepart_69f3c1a7e0c9_3c1f2a4e1882298--
"""),
    ('nl', 'woocommerce-order-status', 'automated', (), """Return-Path: <wordpress@potterie-dekleine.nl>
Received: from vps4411.mijnhost.nl (vps4411.mijnhost.nl [185.182.57.103])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Ym6Lm2VrFz3Nn
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 07:58:12 +0100 (CET)
Date: Thu, 19 Nov 2026 06:58:11 +0000
To: privacy@shop.example.be
From: Potterie De Kleine <info@potterie-dekleine.nl>
Reply-To: Potterie De Kleine <info@potterie-dekleine.nl>
Subject: =?UTF-8?Q?Je_bestelling_bij_Potterie_De_Kleine_is_verzonden_=F0=9F=93=A6?=
Message-ID: <Ic1pX8bD6ZQkN0Lr4ymEhY0o3R2vXWq8Gf1tQ5sKc@potterie-dekleine.nl>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html lang=3D"nl-NL"><head><meta http-equiv=3D"Content-Type" content=3D"tex=
t/html; charset=3DUTF-8"><title>Potterie De Kleine</title></head>
<body leftmargin=3D"0" marginwidth=3D"0" topmargin=3D"0" marginheight=3D"0"=
 offset=3D"0">
<div id=3D"wrapper" dir=3D"ltr"><table border=3D"0" cellpadding=3D"0" cells=
pacing=3D"0" height=3D"100%" width=3D"100%"><tr><td align=3D"center" valign=
=3D"top">
<div id=3D"template_header_image"></div>
<table border=3D"0" cellpadding=3D"0" cellspacing=3D"0" width=3D"600" id=3D=
"template_container">
<tr><td align=3D"center" valign=3D"top"><h1>Je bestelling is verzonden</h1>=
</td></tr>
<tr><td valign=3D"top" id=3D"body_content_inner">
<p>Hallo shop.example.be,</p>
<p>Goed nieuws: je bestelling #8817 is vandaag met PostNL verstuurd. Je kun=
t je pakket volgen met de track &amp; trace-code 3SPKDK0481772.</p>
<h2>[Bestelling #8817] (17 november 2026)</h2>
<table class=3D"td" cellspacing=3D"0" cellpadding=3D"6" border=3D"1">
<thead><tr><th>Product</th><th>Aantal</th><th>Prijs</th></tr></thead>
<tbody>
<tr><td>Terracotta pot &#8216;Siena&#8217; 40 cm</td><td>12</td><td>&euro;&=
nbsp;298,80</td></tr>
<tr><td>Schotel terracotta 35 cm</td><td>12</td><td>&euro;&nbsp;71,40</td><=
/tr>
</tbody>
<tfoot><tr><th colspan=3D"2">Subtotaal:</th><td>&euro;&nbsp;370,20</td></tr>
<tr><th colspan=3D"2">Verzending:</th><td>&euro;&nbsp;14,95 via PostNL</td>=
</tr>
<tr><th colspan=3D"2">Totaal:</th><td>&euro;&nbsp;385,15 <small>(incl. &eur=
o;&nbsp;66,84 BTW)</small></td></tr></tfoot>
</table>
<h2>Factuuradres</h2>
<address>shop.example.be BV<br>Industrieweg 9<br>9000 Gent<br>privacy@shop.=
example.be</address>
<p>Bedankt voor je bestelling bij Potterie De Kleine!</p>
</td></tr></table>
<p id=3D"credit">Potterie De Kleine &mdash; Gemaakt met WooCommerce</p>
</td></tr></table></div></body></html>
"""),
    ('fr', 'prestashop-order-status', 'automated', (), """Return-Path: <noreply@jardin-et-lumiere.fr>
Received: from smtp.jardin-et-lumiere.fr (ns3140027.ip-51-91-11.eu [51.91.11.187])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Ym9wX0cBqz8Tt
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 10:16:52 +0100 (CET)
Date: Thu, 19 Nov 2026 10:16:51 +0100
From: =?utf-8?Q?Jardin_&_Lumi=C3=A8re?= <noreply@jardin-et-lumiere.fr>
To: shop example <privacy@shop.example.be>
Subject: =?utf-8?Q?[Jardin_&_Lumi=C3=A8re]_Colis_exp=C3=A9di=C3=A9?=
Message-ID: <5f0b2c1a9e3d4b7c8a6f1e2d3c4b5a69@jardin-et-lumiere.fr>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_=_swift_1763543811_8f3d1a0c4b2e6f7a_=_"

--_=_swift_1763543811_8f3d1a0c4b2e6f7a_=_
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour shop example,

Votre commande ayant la r=C3=A9f=C3=A9rence KXWQZRTNB du 17/11/2026 vient
d'=C3=AAtre exp=C3=A9di=C3=A9e.

Vous pouvez suivre l'acheminement de votre colis via le lien suivant :
https://www.colissimo.fr/portail_colissimo/suivre.do?colispart=3D6A21894470=
312

Vous pouvez acc=C3=A9der au suivi de votre commande et t=C3=A9l=C3=A9charge=
r votre
facture dans "Historique des commandes" de la rubrique "Mon compte" sur
notre site.

Si vous avez un compte invit=C3=A9, vous pouvez suivre votre commande dans =
la
section "Suivi de commande invit=C3=A9" de notre site.

Jardin & Lumi=C3=A8re (https://www.jardin-et-lumiere.fr/) r=C3=A9alis=C3=A9=
 avec
PrestaShop=E2=84=A2

--_=_swift_1763543811_8f3d1a0c4b2e6f7a_=_
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><head><title>Message de {shop_name}</title></head><body><table class=
=3D"table table-mail" style=3D"width:100%"><tr><td align=3D"center">
<p style=3D"font-size:22px">Bonjour shop example,</p>
<p>Votre commande ayant la r=C3=A9f=C3=A9rence <b>KXWQZRTNB</b> du 17/11/20=
26 vient d'=C3=AAtre exp=C3=A9di=C3=A9e.</p>
<p>Vous pouvez suivre l'acheminement de votre colis via <a href=3D"https://=
www.colissimo.fr/portail_colissimo/suivre.do?colispart=3D6A21894470312">ce =
lien</a>.</p>
<p>Vous pouvez acc=C3=A9der au suivi de votre commande et t=C3=A9l=C3=A9cha=
rger votre facture dans <a href=3D"https://www.jardin-et-lumiere.fr/histori=
que-commandes">"Historique des commandes"</a> de la rubrique <a href=3D"htt=
ps://www.jardin-et-lumiere.fr/mon-compte">"Mon compte"</a> sur notre site.<=
/p>
<p><a href=3D"https://www.jardin-et-lumiere.fr/">Jardin &amp; Lumi=C3=A8re<=
/a> r=C3=A9alis=C3=A9 avec <a href=3D"https://www.prestashop.com/">PrestaSh=
op=E2=84=A2</a></p>
</td></tr></table></body></html>

--_=_swift_1763543811_8f3d1a0c4b2e6f7a_=_--
"""),
    ('de', 'magento-newsletter-confirmation', 'automated', (), """Return-Path: <shop@gartenmoebel-zentrale.de>
Received: from web02.gartenmoebel-zentrale.de (web02.gartenmoebel-zentrale.de [88.99.72.14])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4YmF2k5TgNz2Rr
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 12:31:05 +0100 (CET)
Date: Thu, 19 Nov 2026 11:31:04 +0000
From: =?utf-8?Q?Gartenm=C3=B6bel_Zentrale?= <shop@gartenmoebel-zentrale.de>
To: privacy@shop.example.be
Subject: Newsletter-Abonnement erfolgreich
Message-ID: <b9e1f0c2a7d34e8b@gartenmoebel-zentrale.de>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!doctype html>
<html lang=3D"de"><head><meta charset=3D"utf-8"><meta name=3D"viewport" con=
tent=3D"width=3Ddevice-width, initial-scale=3D1.0"></head>
<body><!-- Magento email template: newsletter_subscription_success_email_te=
mplate -->
<table class=3D"wrapper" width=3D"100%"><tr><td class=3D"wrapper-inner" ali=
gn=3D"center">
<table class=3D"main" align=3D"center">
<tr><td class=3D"header"><a class=3D"logo" href=3D"https://www.gartenmoebel=
-zentrale.de/"><img width=3D"180" src=3D"https://www.gartenmoebel-zentrale.=
de/static/frontend/GMZ/default/de_DE/Magento_Email/logo_email.png" alt=3D"G=
artenm=C3=B6bel Zentrale" border=3D"0"></a></td></tr>
<tr><td class=3D"main-content">
<p>Sie haben unseren Newsletter erfolgreich abonniert.</p>
<p>Ab sofort erhalten Sie regelm=C3=A4=C3=9Fig Angebote, Pflegetipps und Ne=
uheiten rund um Garten und Terrasse an privacy@shop.example.be.</p>
<p>Sie k=C3=B6nnen sich jederzeit =C3=BCber den Link am Ende jedes Newslett=
ers oder in Ihrem Kundenkonto abmelden.</p>
</td></tr>
<tr><td class=3D"footer"><p>Gartenm=C3=B6bel Zentrale GmbH &middot; Industr=
iestra=C3=9Fe 40 &middot; 33334 G=C3=BCtersloh</p></td></tr>
</table></td></tr></table></body></html>
"""),
    ('en', 'm365-ndr-with-original', 'automated', (), """Return-Path: <>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2070.outbound.protection.outlook.com [40.107.22.70])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4YmK9t2XwZz6Vb
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 14:55:21 +0100 (CET)
From: postmaster@okaforconsulting.ie
To: <privacy@shop.example.be>
Date: Thu, 19 Nov 2026 13:55:20 +0000
Subject: Undeliverable: Your data export is ready
Content-Type: multipart/report; report-type=delivery-status;
	boundary="8a1e4f2b-33c0-4b7d-a9e2-6c5f1d0b7e31"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <3b7e0c9d-2a41-4f58-9e63-1d8b2c4a5f70@AM9PR02MB7314.eurprd02.prod.outlook.com>
In-Reply-To: <20261119135518.9904.privacy@shop.example.be>
References: <20261119135518.9904.privacy@shop.example.be>
Thread-Topic: Your data export is ready
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
MIME-Version: 1.0

--8a1e4f2b-33c0-4b7d-a9e2-6c5f1d0b7e31
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="5d9c2e7a-0b14-4a3f-8c61-e2f7b9d04a18"

--5d9c2e7a-0b14-4a3f-8c61-e2f7b9d04a18
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to adaeze@okaforconsulting.ie couldn't be delivered.

adaeze wasn't found at okaforconsulting.ie.

privacy     Office 365     adaeze
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the fol=
lowing:
- Retype the recipient's address, then resend the message.
- Remove the recipient from your Outlook Contacts, then create a new entry=
 for them.

Was this helpful? Send feedback to Microsoft.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's email address can't be found in=
 the recipient's email system.

Original Message Details
Created Date:    11/19/2026 1:55:18 PM
Sender Address:  privacy@shop.example.be
Recipient Address:  adaeze@okaforconsulting.ie
Subject:  Your data export is ready

Error Details
Error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient adaeze@okafor=
consulting.ie not found by SMTP address lookup
Message rejected by:  AM9PR02MB7314.eurprd02.prod.outlook.com

--5d9c2e7a-0b14-4a3f-8c61-e2f7b9d04a18
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dus-ascii"></head><body><div style=3D"font-family:'Segoe UI',Arial"><p st=
yle=3D"font-size:17pt;color:#000">Your message to <span style=3D"color:#006=
5b3">adaeze@okaforconsulting.ie</span> couldn't be delivered.</p><p>adaeze =
wasn't found at okaforconsulting.ie.</p><p><b>Status code: 550 5.1.10</b></=
p></div></body></html>

--5d9c2e7a-0b14-4a3f-8c61-e2f7b9d04a18--

--8a1e4f2b-33c0-4b7d-a9e2-6c5f1d0b7e31
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR02MB7314.eurprd02.prod.outlook.com
Received-From-MTA: dns;bot.shop.example.be
Arrival-Date: Thu, 19 Nov 2026 13:55:19 +0000

Final-Recipient: rfc822;adaeze@okaforconsulting.ie
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient adaeze@okaforconsulting.ie not found by SMTP address lookup


--8a1e4f2b-33c0-4b7d-a9e2-6c5f1d0b7e31
Content-Type: message/rfc822

Received: from bot.shop.example.be (bot.shop.example.be [193.191.10.44])
	by AM9PR02MB7314.eurprd02.prod.outlook.com with ESMTPS; Thu, 19 Nov 2026 13:55:19 +0000
From: Privacy Team <privacy@shop.example.be>
To: Adaeze Okafor <adaeze@okaforconsulting.ie>
Subject: Your data export is ready
Date: Thu, 19 Nov 2026 14:55:18 +0100
Message-ID: <20261119135518.9904.privacy@shop.example.be>
In-Reply-To: <AS8PR10MB6741A2@AS8PR10MB6741.EURPRD10.PROD.OUTLOOK.COM>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear Ms Okafor,

Your data export is ready.

Following your request of 10 November 2026 to receive your personal
data in a structured, machine-readable format, we have prepared an
export of your customer account, your orders, your loyalty card points
and your newsletter preferences (JSON and CSV).

Download it here within 7 days:
https://shop.example.be/privacy/export/7f3a9c21e6b04d5f

For your security the link works only once and expires on 26 November
2026. If you did not make this request, please let us know by replying
to this e-mail.

Kind regards,
The Privacy Team
shop.example.be

--8a1e4f2b-33c0-4b7d-a9e2-6c5f1d0b7e31--
"""),
    ('de', 'exchange-ndr-localized', 'automated', (), """Return-Path: <>
Received: from mail.vogt-haustechnik.de (mail.vogt-haustechnik.de [217.91.36.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4YmQb23hLmz5Jj
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 17:20:48 +0100 (CET)
From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@vogt-haustechnik.de>
To: <privacy@shop.example.be>
Date: Thu, 19 Nov 2026 17:20:47 +0100
Subject: Unzustellbar: Ihr Widerspruch gegen Werbung
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_3d0c5e7b2a194c8e9f1b7a6d5e4c3b21EXCH01vogthaustechnik_"
Thread-Topic: Ihr Widerspruch gegen Werbung
Thread-Index: AQHbOqCk3R5n2Vw0k0iA7rSMbYw6tA==
Message-ID: <3d0c5e7b2a194c8e9f1b7a6d5e4c3b21@EXCH01.vogt-haustechnik.local>
Content-Language: de-DE
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied
MIME-Version: 1.0

--_000_3d0c5e7b2a194c8e9f1b7a6d5e4c3b21EXCH01vogthaustechnik_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Die Zustellung an folgende Empf=E4nger oder Gruppen ist fehlgeschlagen:

m.vogt@vogt-haustechnik.de
Das Postfach des Empf=E4ngers ist voll und kann derzeit keine Nachrichten a=
nnehmen. Versuchen Sie es sp=E4ter erneut, oder wenden Sie sich direkt an d=
en Empf=E4nger.

Diagnoseinformationen f=FCr Administratoren:

Generierender Server: EXCH01.vogt-haustechnik.local

m.vogt@vogt-haustechnik.de
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaE=
xceededException.MapiExceptionShutoffQuotaExceeded' zur=FCckgegeben.

Urspr=FCngliche Nachrichtenkopfzeilen:

From: Datenschutz shop.example.be <privacy@shop.example.be>
To: Markus Vogt <m.vogt@vogt-haustechnik.de>
Subject: Ihr Widerspruch gegen Werbung
Date: Thu, 19 Nov 2026 17:20:44 +0100
Message-ID: <20261119162044.1130.privacy@shop.example.be>
Auto-Submitted: auto-replied

--_000_3d0c5e7b2a194c8e9f1b7a6d5e4c3b21EXCH01vogthaustechnik_
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.vogt-haustechnik.local
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Thu, 19 Nov 2026 16:20:45 +0000

Final-Recipient: rfc822;m.vogt@vogt-haustechnik.de
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full

--_000_3d0c5e7b2a194c8e9f1b7a6d5e4c3b21EXCH01vogthaustechnik_
Content-Type: message/rfc822

From: Datenschutz shop.example.be <privacy@shop.example.be>
To: Markus Vogt <m.vogt@vogt-haustechnik.de>
Subject: Ihr Widerspruch gegen Werbung
Date: Thu, 19 Nov 2026 17:20:44 +0100
Message-ID: <20261119162044.1130.privacy@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrter Herr Vogt,

wir best=C3=A4tigen den Eingang Ihres Widerspruchs vom 11. November 2026.
Wir verwenden Ihre Kaufhistorie ab sofort nicht mehr f=C3=BCr personalisier=
te
Werbung und geben Ihre Daten nicht mehr an unsere Werbepartner weiter.

Ihre Bestellungen und Ihr Kundenkonto bleiben davon unber=C3=BChrt.

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihr Datenschutzteam von shop.example.be

--_000_3d0c5e7b2a194c8e9f1b7a6d5e4c3b21EXCH01vogthaustechnik_--
"""),
    ('it', 'pec-non-accepted', 'automated', (), """Return-Path: <posta-certificata@pec.aruba.it>
Received: from smtpdh.pec.aruba.it (smtpdh.pec.aruba.it [62.149.158.91])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4YmWx60GpKz1Dd
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 08:40:17 +0100 (CET)
Date: Fri, 20 Nov 2026 08:40:16 +0100
From: "Posta Certificata" <posta-certificata@pec.aruba.it>
To: privacy@shop.example.be
Subject: AVVISO DI MANCATA CONSEGNA: Re: Sua richiesta di cancellazione dei dati personali
Message-ID: <opec210.20261120084016.28874.811.1.53@pec.aruba.it>
X-Riferimento-Message-ID: <20261120074012.2290.privacy@shop.example.be>
X-Trasporto: errore
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Avviso di mancata consegna

Il giorno 20/11/2026 alle ore 08:40:16 (+0100) il messaggio
"Re: Sua richiesta di cancellazione dei dati personali" proveniente da "pri=
vacy@shop.example.be"
e destinato all'utente "studiolegale.rinaldi@pec.it"
non =E8 stato consegnato.

Motivo: la casella di destinazione =E8 abilitata alla sola ricezione di
messaggi di posta elettronica certificata; i messaggi provenienti da
caselle di posta ordinaria non vengono accettati.

Identificativo messaggio: opec210.20261120084016.28874.811.1.53@pec.aruba.it

Questo =E8 un messaggio generato automaticamente dal sistema. Si prega di
non rispondere.
"""),
    ('es', 'zendesk-ticket-ack', 'automated', (), """Return-Path: <support+id88213@mediaclick.zendesk.com>
Received: from out-2.smtp.zendesk.com (out-2.smtp.zendesk.com [192.161.148.2])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Ymb3N5sHtz4Gg
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 10:02:33 +0100 (CET)
Date: Fri, 20 Nov 2026 09:02:32 +0000
From: =?utf-8?q?Protecci=C3=B3n_de_Datos_=7C_MediaClick?= <privacidad@mediaclick.es>
Reply-To: =?utf-8?q?Protecci=C3=B3n_de_Datos_=7C_MediaClick?= <support+id88213@mediaclick.zendesk.com>
To: "shop.example.be Privacy" <privacy@shop.example.be>
Message-ID: <ZX7R2K9PQ1_691ec4b8_4d8e2@zendesk.com>
In-Reply-To: <ZX7R2K9PQ1@zendesk.com>
Subject: =?UTF-8?Q?[MediaClick]_Hemos_recibido_su_solicitud_(#88213)?=
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_691ec4b8_1a2b_3c4d";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 8f1c20a
X-Zendesk-Email-Id: 01KAB5N2X3QH8F6M7RZ0W4T9YE
Auto-Submitted: auto-generated

----==_mimepart_691ec4b8_1a2b_3c4d
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Por favor, escriba su respuesta encima de esta l=C3=ADnea -##

Hola, shop.example.be Privacy:

Hemos recibido su solicitud (#88213) =C2=ABSolicitud de supresi=C3=B3n de d=
atos
de un cliente com=C3=BAn=C2=BB y nuestro equipo de Protecci=C3=B3n de Datos=
 la est=C3=A1
revisando.

Le responderemos en el plazo establecido por el RGPD. Si desea a=C3=B1adir
informaci=C3=B3n adicional (por ejemplo, el correo electr=C3=B3nico o el
identificador del interesado), basta con responder a este mensaje.

No es necesario que abra una nueva solicitud.

Atentamente,
Equipo de Protecci=C3=B3n de Datos
MediaClick Marketing S.L.

Este correo electr=C3=B3nico es un servicio de MediaClick. Desarrollado por=
 Zendesk.
[8Q2K7R-ZX1P]

----==_mimepart_691ec4b8_1a2b_3c4d
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><head><meta http-equiv=3D"Content-Type" content=3D"tex=
t/html; charset=3Dutf-8"></head><body>
<div style=3D"color:#b5b5b5">##- Por favor, escriba su respuesta encima de =
esta l=C3=ADnea -##</div>
<p>Hola, shop.example.be Privacy:</p>
<p>Hemos recibido su solicitud (#88213) =C2=ABSolicitud de supresi=C3=B3n d=
e datos de un cliente com=C3=BAn=C2=BB y nuestro equipo de Protecci=C3=B3n =
de Datos la est=C3=A1 revisando.</p>
<p>Le responderemos en el plazo establecido por el RGPD. Si desea a=C3=B1ad=
ir informaci=C3=B3n adicional (por ejemplo, el correo electr=C3=B3nico o el=
 identificador del interesado), basta con responder a este mensaje.</p>
<p>No es necesario que abra una nueva solicitud.</p>
<p>Atentamente,<br>Equipo de Protecci=C3=B3n de Datos<br>MediaClick Marketi=
ng S.L.</p>
<p style=3D"color:#aaa;font-size:11px">Este correo electr=C3=B3nico es un s=
ervicio de MediaClick. Desarrollado por <a href=3D"https://www.zendesk.es/"=
>Zendesk</a>.</p>
<span style=3D"color:#FFFFFF" aria-hidden=3D"true">[8Q2K7R-ZX1P]</span>
</body></html>

----==_mimepart_691ec4b8_1a2b_3c4d--
"""),
    ('fr', 'public-body-autoreply', 'automated', (), """Return-Path: <contact@apd-gba.be>
Received: from mail.apd-gba.be (mail.apd-gba.be [193.191.208.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4YmfKc1vQwz7Mm
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 11:24:06 +0100 (CET)
From: =?utf-8?Q?Autorit=C3=A9_de_protection_des_donn=C3=A9es?= <contact@apd-gba.be>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Accus=C3=A9_de_r=C3=A9ception_-_Ontvangstbevestiging?=
Date: Fri, 20 Nov 2026 10:24:05 +0000
Message-ID: <AM0PR03MB6180E2B4C7@AM0PR03MB6180.eurprd03.prod.outlook.com>
X-Auto-Response-Suppress: All
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Madame, Monsieur,

Nous accusons bonne r=C3=A9ception de votre message.

Nous mettons tout en =C5=93uvre pour y donner suite dans les meilleurs d=C3=
=A9lais.
En raison du nombre =C3=A9lev=C3=A9 de demandes, le d=C3=A9lai de traitemen=
t peut
toutefois =C3=AAtre de plusieurs semaines.

Si votre message concerne le signalement d'une fuite de donn=C3=A9es, nous =
vous
rappelons que celui-ci doit =C3=AAtre effectu=C3=A9 via le formulaire en li=
gne
disponible sur notre site.

Ceci est un message automatique, merci de ne pas y r=C3=A9pondre.

L'Autorit=C3=A9 de protection des donn=C3=A9es

---

Geachte mevrouw, geachte heer,

Wij bevestigen de goede ontvangst van uw bericht. Dit is een automatisch
bericht, gelieve er niet op te antwoorden.

De Gegevensbeschermingsautoriteit
"""),
    ('nl', 'exchange-oof', 'automated', (), """Return-Path: <jeroen.maes@tuinarchitectuur-maes.be>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2109.outbound.protection.outlook.com [40.107.104.109])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4YmjR04kXyz3Qq
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 13:07:44 +0100 (CET)
From: Jeroen Maes <jeroen.maes@tuinarchitectuur-maes.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatisch antwoord: Re: vraag over mijn klantgegevens
Thread-Topic: vraag over mijn klantgegevens
Thread-Index: AQHbOs1vRmQ2A0nLxUKvYb8rZw9xA7Lr1a2b
Date: Fri, 20 Nov 2026 12:07:43 +0000
Message-ID: <DB9PR07MB8921B6B3E0C8F2@DB9PR07MB8921.eurprd07.prod.outlook.com>
In-Reply-To: <20261120120740.3081.privacy@shop.example.be>
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-Exchange-Inbox-Rules-Loop: jeroen.maes@tuinarchitectuur-maes.be
X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Type: multipart/alternative;
	boundary="_000_DB9PR07MB8921B6B3E0C8F2DB9PR07MB8921eurprd07prod_"
MIME-Version: 1.0

--_000_DB9PR07MB8921B6B3E0C8F2DB9PR07MB8921eurprd07prod_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RGFnLAoKSWsgYmVuIGFmd2V6aWcgdG90IGVuIG1ldCBtYWFuZGFnIDMwIG5vdmVtYmVyLiBJayBs
ZWVzIG1pam4gbWFpbHMgbmlldCBlbiB6ZSB3b3JkZW4gbmlldCBkb29yZ2VzdHV1cmQuCgpWb29y
IGRyaW5nZW5kZSB6YWtlbiBrYW4gdSB0ZXJlY2h0IGJpaiBMb3R0ZSBvcCAwMyA0NTggMjEgOTAg
b2YgdmlhIGluZm9AdHVpbmFyY2hpdGVjdHV1ci1tYWVzLmJlLgoKR3JvZXRlbiwKSmVyb2VuCg==

--_000_DB9PR07MB8921B6B3E0C8F2DB9PR07MB8921eurprd07prod_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48ZGl2IHN0eWxlPSJmb250LWZhbWls
eTogQXB0b3MsIENhbGlicmksIHNhbnMtc2VyaWY7IGZvbnQtc2l6ZTogMTFwdDsiPkRhZyw8YnI+
PGJyPklrIGJlbiBhZndlemlnIHRvdCBlbiBtZXQgbWFhbmRhZyAzMCBub3ZlbWJlci4gSWsgbGVl
cyBtaWpuIG1haWxzIG5pZXQgZW4gemUgd29yZGVuIG5pZXQgZG9vcmdlc3R1dXJkLjxicj48YnI+
Vm9vciBkcmluZ2VuZGUgemFrZW4ga2FuIHUgdGVyZWNodCBiaWogTG90dGUgb3AgMDMgNDU4IDIx
IDkwIG9mIHZpYSBpbmZvQHR1aW5hcmNoaXRlY3R1dXItbWFlcy5iZS48YnI+PGJyPkdyb2V0ZW4s
PGJyPkplcm9lbjwvZGl2PjwvYm9keT48L2h0bWw+Cg==

--_000_DB9PR07MB8921B6B3E0C8F2DB9PR07MB8921eurprd07prod_--
"""),
    ('pt', 'freshdesk-ticket-ack', 'automated', (), """Return-Path: <bounces+freshdesk@email.freshdesk.com>
Received: from mail-a1.freshemail.io (mail-a1.freshemail.io [168.245.71.8])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Ymn0x2BdSz9Ww
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 15:33:58 +0100 (CET)
Date: Fri, 20 Nov 2026 14:33:57 +0000
From: =?utf-8?q?Encomendas_R=C3=A1pidas_-_Prote=C3=A7=C3=A3o_de_Dados?= <privacidade@encomendasrapidas.pt>
To: privacy@shop.example.be
Message-ID: <1763649237.7710f4c1a2@freshdesk.com>
Subject: =?UTF-8?Q?Pedido_recebido_[#5532]_-_Elimina=C3=A7=C3=A3o_de_dados_de_cliente?=
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-FD-Email: true
X-Auto-Response-Suppress: All
Precedence: auto_reply

<div dir=3D"ltr"><p>Ol=C3=A1,</p>
<p>Obrigado por nos contactar. Este e-mail confirma que recebemos o seu ped=
ido e que foi registado com o n=C3=BAmero <b>#5532</b>.</p>
<p>Um membro da nossa equipa de prote=C3=A7=C3=A3o de dados ir=C3=A1 analis=
=C3=A1-lo e responder-lhe-=C3=A1 o mais brevemente poss=C3=ADvel, dentro do=
 prazo legal de um m=C3=AAs.</p>
<p>Pode acompanhar o estado do pedido atrav=C3=A9s do nosso <a href=3D"http=
s://encomendasrapidas.freshdesk.com/support/tickets/5532">portal de apoio</=
a>.</p>
<p>Com os melhores cumprimentos,<br>Equipa de Prote=C3=A7=C3=A3o de Dados<b=
r>Encomendas R=C3=A1pidas, Lda.</p>
<p style=3D"font-size:11px;color:#999">Esta =C3=A9 uma mensagem autom=C3=A1=
tica. Por favor, n=C3=A3o altere o assunto se responder.</p></div>
"""),
    ('pl', 'mailman-moderation', 'automated', (), """Return-Path: <rodo-ecommerce-bounces@lists.ecommerce-polska.pl>
Received: from lists.ecommerce-polska.pl (lists.ecommerce-polska.pl [91.185.185.77])
	by mx1.shop.example.be (Postfix) with ESMTP id 4YmqH63NpRz2Xx
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 16:45:10 +0100 (CET)
Subject: =?utf-8?q?Twoja_wiadomo=C5=9B=C4=87_do_listy_Rodo-ecommerce_oczekuje_na_zatwierdzenie?=
From: rodo-ecommerce-owner@lists.ecommerce-polska.pl
To: privacy@shop.example.be
Message-ID: <mailman.118.1763653510.2241.rodo-ecommerce@lists.ecommerce-polska.pl>
Date: Fri, 20 Nov 2026 16:45:10 +0100
Precedence: bulk
X-BeenThere: rodo-ecommerce@lists.ecommerce-polska.pl
X-Mailman-Version: 2.1.39
X-List-Administrivia: yes
List-Id: Dyskusje o RODO w handlu internetowym <rodo-ecommerce.lists.ecommerce-polska.pl>
Errors-To: rodo-ecommerce-bounces@lists.ecommerce-polska.pl
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Twoja wiadomość do listy Rodo-ecommerce o temacie

    Re: [Rodo-ecommerce] Jak długo przechowujecie dane po usunięciu konta?

oczekuje na zatwierdzenie przez moderatora listy.

Powód wstrzymania wiadomości:

    Wiadomość wysłana przez osobę niebędącą członkiem listy

Wiadomość zostanie albo wysłana na listę, albo otrzymasz
powiadomienie o decyzji moderatora. Jeśli chcesz anulować wysłanie
wiadomości, odwiedź stronę:

    https://lists.ecommerce-polska.pl/mailman/confirm/rodo-ecommerce/4f1a9c0e2b7d63a58e1f0c2d4b6a8e9f1c3d5e7a
"""),
    ('sv', 'm365-ndr-localized', 'automated', (), """Return-Path: <>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2041.outbound.protection.outlook.com [40.107.241.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Ymvd52WqHz6Ss
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 09:11:36 +0100 (CET)
From: postmaster@lindqvistbygg.se
To: <privacy@shop.example.be>
Date: Sat, 21 Nov 2026 08:11:35 +0000
Subject: =?iso-8859-1?Q?Det_gick_inte_att_leverera:_Vi_har_raderat_ditt_konto?=
Content-Type: multipart/report; report-type=delivery-status;
	boundary="f4b1c7a2-9e03-4d6b-8a15-2c7e9d0f3b64"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
Message-ID: <a2e9d17c-5b30-4c8f-b1e6-7f0d3a9c2e58@VI1PR08MB5327.eurprd08.prod.outlook.com>
In-Reply-To: <20261121081133.2204.privacy@shop.example.be>
References: <20261121081133.2204.privacy@shop.example.be>
Thread-Topic: Vi har raderat ditt konto
Auto-Submitted: auto-replied
MIME-Version: 1.0

--f4b1c7a2-9e03-4d6b-8a15-2c7e9d0f3b64
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Det gick inte att leverera ditt meddelande till anna.lindqvist@lindqvistbyg=
g.se.

Det finns ingen anna.lindqvist p=C3=A5 lindqvistbygg.se.

=C3=85tg=C3=A4rd kr=C3=A4vs

Ok=C3=A4nd mottagaradress

S=C3=A5 h=C3=A4r =C3=A5tg=C3=A4rdar du det
Adressen kan vara felstavad eller finns kanske inte. Prova n=C3=A5got av f=
=C3=B6ljande:
- Skriv mottagarens adress p=C3=A5 nytt och skicka sedan meddelandet igen.
- Ta bort mottagaren fr=C3=A5n dina kontakter i Outlook och skapa en ny pos=
t.

Mer information f=C3=B6r e-postadministrat=C3=B6rer
Statuskod: 550 5.1.10

Det h=C3=A4r felet uppst=C3=A5r eftersom mottagarens e-postadress inte finn=
s i
mottagarens e-postsystem.

Ursprungliga meddelandeuppgifter
Skapad:          2026-11-21 08:11:33
Avs=C3=A4ndaradress:  privacy@shop.example.be
Mottagaradress:  anna.lindqvist@lindqvistbygg.se
=C3=84mne:            Vi har raderat ditt konto

Felinformation
Fel:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient anna.lindqvist@l=
indqvistbygg.se not found by SMTP address lookup
Meddelandet avvisades av:  VI1PR08MB5327.eurprd08.prod.outlook.com

--f4b1c7a2-9e03-4d6b-8a15-2c7e9d0f3b64
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR08MB5327.eurprd08.prod.outlook.com
Received-From-MTA: dns;bot.shop.example.be
Arrival-Date: Sat, 21 Nov 2026 08:11:34 +0000

Final-Recipient: rfc822;anna.lindqvist@lindqvistbygg.se
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound


--f4b1c7a2-9e03-4d6b-8a15-2c7e9d0f3b64
Content-Type: message/rfc822

From: Integritet shop.example.be <privacy@shop.example.be>
To: Anna Lindqvist <anna.lindqvist@lindqvistbygg.se>
Subject: Vi har raderat ditt konto
Date: Sat, 21 Nov 2026 09:11:33 +0100
Message-ID: <20261121081133.2204.privacy@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hej Anna,

Vi har nu raderat ditt kundkonto och de uppgifter som h=C3=B6r till det,
enligt din beg=C3=A4ran den 13 november. Du kommer inte l=C3=A4ngre att f=
=C3=A5
nyhetsbrev eller erbjudanden fr=C3=A5n oss.

Kvitton och fakturor sparar vi bara s=C3=A5 l=C3=A4nge bokf=C3=B6ringslagen=
 kr=C3=A4ver.

V=C3=A4nliga h=C3=A4lsningar
Integritetsteamet, shop.example.be

--f4b1c7a2-9e03-4d6b-8a15-2c7e9d0f3b64--
"""),
    ('ro', 'outlook-read-receipt', 'automated', (), """Return-Path: <andreea.stan@yahoo.com>
Received: from sonic309-21.consmr.mail.ir2.yahoo.com (sonic309-21.consmr.mail.ir2.yahoo.com [77.238.179.86])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4YmzT80FhDz8Hh
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 11:02:19 +0100 (CET)
From: Andreea Stan <andreea.stan@yahoo.com>
To: <privacy@shop.example.be>
Subject: =?utf-8?B?Q2l0aXQ6IFJlOiBTb2xpY2l0YXJlYSBkdW1uZWF2b2FzdHLEgyBwcml2aW5kIGRhdGVsZSBwZXJzb25hbGU=?=
Date: Sat, 21 Nov 2026 12:02:17 +0200
Message-ID: <000601db5b1c$4a2e7f10$de8b6d30$@yahoo.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0007_01DB5B2D.0DB74F10"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdtbHEmW0d4cXq3uSbS4m0zUc0Kx3Q==
Content-Language: ro

This is a multipart message in MIME format.

------=_NextPart_000_0007_01DB5B2D.0DB74F10
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Mesajul dvs.

   C=C4=83tre: privacy@shop.example.be
   Subiect: Re: Solicitarea dumneavoastr=C4=83 privind datele personale
   Trimis: vineri, 20 noiembrie 2026 17:40

a fost citit pe s=C3=A2mb=C4=83t=C4=83, 21 noiembrie 2026 12:02.

------=_NextPart_000_0007_01DB5B2D.0DB74F10
Content-Type: message/disposition-notification

Reporting-UA: LAPTOP-ANDREEA; Microsoft Outlook 16.0
Final-Recipient: rfc822;andreea.stan@yahoo.com
Original-Message-ID: <20261120154012.6612.privacy@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0007_01DB5B2D.0DB74F10--
"""),
    ('el', 'public-body-autoreply', 'automated', (), """Return-Path: <complaints@dpa.gr>
Received: from mail.dpa.gr (mail.dpa.gr [194.219.190.20])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Yn2q13ZcMz4Bb
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 13:48:51 +0100 (CET)
From: =?UTF-8?B?zpHPgc+Hzq4gzqDPgc6/z4PPhM6xz4POr86xz4IgzpTOtc60zr/OvM6tzr3Pic69?= <complaints@dpa.gr>
To: privacy@shop.example.be
Subject: =?UTF-8?B?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiDOoM6xz4HOsc67zrHOss6uIM68zrfOvc+NzrzOsc+Ezr/Pgg==?=
Date: Sat, 21 Nov 2026 14:48:50 +0200
Message-ID: <autoreply.1763729330.51@mail.dpa.gr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

zpHOs86xz4DOt8+Ezq0vzq4gzrrPjc+BzrnOtS/Ous+Fz4HOr86xLAoKzqPOsc+CIM61zr3Ot868
zrXPgc+Ozr3Ov8+FzrzOtSDPjM+Ezrkgz4TOvyDOvM6uzr3Phc68zqwgz4POsc+CIM+AzrHPgc61
zrvOrs+GzrjOtyDOsc+Az4wgz4TOt869IM6Rz4HPh86uIM6gz4HOv8+Dz4TOsc+Dzq/Osc+CCs6U
zrXOtM6/zrzOrc69z4nOvSDOoM+Bzr/Pg8+Jz4DOuc66zr/PjSDOp86xz4HOsc66z4TOrs+BzrEg
zrrOsc65IM64zrEgz4DPgc+Jz4TOv866zr/Ou867zrfOuM61zq8uCgrOpc+AzrXOvc64z4XOvM6v
zrbOtc+EzrHOuSDPjM+Ezrkgzr/OuSDOus6xz4TOsc6zzrPOtc67zq/Otc+CIM+Fz4DOv86yzqzO
u867zr/Ovc+EzrHOuSDOvM6tz4PPiSDPhM63z4IgzrfOu861zrrPhM+Bzr/Ovc65zrrOrs+CCs+A
z43Ou863z4Igz4TOt8+CIM6Rz4HPh86uz4IuIM6fzrkgzrPOvc+Jz4PPhM6/z4DOv865zq7Pg861
zrnPgiDPgM61z4HOuc+Dz4TOsc+EzrnOus+Ozr0gz4DOsc+BzrHOss6vzrHPg863z4IgzrTOtc60
zr/OvM6tzr3Pic69Cs+Fz4DOv86yzqzOu867zr/Ovc+EzrHOuSDOsc+Azr/Ous67zrXOuc+Dz4TO
uc66zqwgzrzOtSDPhM6/IM61zrnOtM65zrrPjCDOrc69z4TPhc+Azr8uCgrOpM6/IM+AzrHPgc+M
zr0gzrzOrs69z4XOvM6xIM6tz4fOtc65IM+Dz4TOsc67zrXOryDOsc+Fz4TPjM68zrHPhM6xLiDO
oM6xz4HOsc66zrHOu86/z43OvM61IM68zrfOvSDOsc+AzrHOvc+Ezq7Pg861z4TOtS4KCs6Rz4HP
h86uIM6gz4HOv8+Dz4TOsc+Dzq/Osc+CIM6UzrXOtM6/zrzOrc69z4nOvSDOoM+Bzr/Pg8+Jz4DO
uc66zr/PjSDOp86xz4HOsc66z4TOrs+BzrEK
"""),
    ('bg', 'plain-out-of-office', 'automated', (), """Return-Path: <d.petrova@zelen-dvor.bg>
Received: from mail.zelen-dvor.bg (mail.zelen-dvor.bg [212.5.158.34])
	by mx1.shop.example.be (Postfix) with ESMTP id 4Yn5Zt1KnPz7Ff
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 15:20:02 +0100 (CET)
From: =?UTF-8?B?0JTQtdGB0LjRgdC70LDQstCwINCf0LXRgtGA0L7QstCw?= <d.petrova@zelen-dvor.bg>
To: privacy@shop.example.be
Subject: =?UTF-8?B?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgDogUmU6INCU0L7Qs9C+0LLQvtGAINC30LAg0L7QsdGA0LDQsdC+0YLQstCw0L3QtSDQvdCwINC70LjRh9C90Lgg0LTQsNC90L3QuA==?=
Date: Sat, 21 Nov 2026 16:20:01 +0200
Message-ID: <vac.20261121142001.3321@mail.zelen-dvor.bg>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравейте,

Благодаря за съобщението. В отпуск съм до 25.11.2026 г. включително и
имам ограничен достъп до пощата си.

По спешни въпроси, свързани с договори и доставки, моля пишете на
office@zelen-dvor.bg или звънете на 02 981 44 10.

Поздрави,
Десислава Петрова
„Зелен двор“ ЕООД
"""),
    ('en', 'boxtrapper-challenge', 'automated', (), """Return-path: <>
Envelope-to: privacy@shop.example.be
Delivery-date: Sat, 21 Nov 2026 18:33:47 +0100
Received: from [198.54.117.200] (port=41022 helo=server218.web-hosting.com)
	by mx1.shop.example.be with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97.1)
	id 1tEaBc-0004Ru-1x
	for privacy@shop.example.be;
	Sat, 21 Nov 2026 18:33:47 +0100
Received: from bt by server218.web-hosting.com with local (Exim 4.96.2)
	id 1tEaBb-00Gq3k-2F
	for privacy@shop.example.be;
	Sat, 21 Nov 2026 12:33:46 -0500
To: privacy@shop.example.be
Subject: Verify email address: Re: Your access request - ref 2026-0387
From: dave@halesgardenservices.co.uk
Auto-Submitted: auto-replied
Precedence: bulk
X-Boxtrapper: 40d9a3b72c6e5f18
Message-Id: <E1tEaBb-00Gq3k-2F@server218.web-hosting.com>
Date: Sat, 21 Nov 2026 12:33:46 -0500

The message you sent requires that you verify that you
are a real live human being and not a spam source.

To complete this verification, simply reply to this message and leave
the subject line intact or click the link below:

https://server218.web-hosting.com:2096/cgi-sys/bxd.cgi?a=dave@halesgardenservices.co.uk&verify=40d9a3b72c6e5f18

The headers of the message sent from your address are shown below:

From privacy@shop.example.be Sat Nov 21 12:33:44 2026
Received: from bot.shop.example.be ([193.191.10.44])
	by server218.web-hosting.com with esmtps (TLS1.3) (Exim 4.96.2)
	(envelope-from <privacy@shop.example.be>)
	id 1tEaBa-00Gq2w-0L
	for dave@halesgardenservices.co.uk;
	Sat, 21 Nov 2026 12:33:44 -0500
From: Privacy Team <privacy@shop.example.be>
To: Dave Hale <dave@halesgardenservices.co.uk>
Subject: Re: Your access request - ref 2026-0387
Date: Sat, 21 Nov 2026 18:33:42 +0100
Message-ID: <20261121173342.5512.privacy@shop.example.be>
Auto-Submitted: auto-replied
"""),
    ('hr', 'zimbra-out-of-office', 'automated', (), """Return-Path: <ivana.kovacevic@vrtni-centar-kovacevic.hr>
Received: from zimbra.vrtni-centar-kovacevic.hr (zimbra.vrtni-centar-kovacevic.hr [213.202.91.6])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Yn9gK4RcTz1Ll
	for <privacy@shop.example.be>; Sun, 22 Nov 2026 10:05:23 +0100 (CET)
Date: Sun, 22 Nov 2026 10:05:22 +0100 (CET)
From: =?utf-8?Q?Ivana_Kova=C4=8Devi=C4=87?= <ivana.kovacevic@vrtni-centar-kovacevic.hr>
To: privacy@shop.example.be
Message-ID: <1549011276.188734.1763802322104.JavaMail.zimbra@vrtni-centar-kovacevic.hr>
Subject: =?utf-8?Q?Odsutna_sam_do_30.11.?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)

Po=C5=A1tovani,

hvala na poruci. Od 20. do 30. studenoga sam na godi=C5=A1njem odmoru i
povremeno provjeravam e-po=C5=A1tu.

Za narud=C5=BEbe i reklamacije obratite se kolegici Marini Juri=C4=87 na
narudzbe@vrtni-centar-kovacevic.hr ili na 01 6655 218.

Lijep pozdrav,
Ivana Kova=C4=8Devi=C4=87
Vrtni centar Kova=C4=8Devi=C4=87 d.o.o.
"""),
    ('nl', 'human-quotes-autoreply', 'complaint', ('deletion',), """Return-Path: <ilse.verhaegen@gmail.com>
Received: from mail-wm1-f41.google.com (mail-wm1-f41.google.com [209.85.128.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4YkqT72mBvz6Gh
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 21:47:12 +0100 (CET)
MIME-Version: 1.0
References: <20261117081203.4471.privacy@shop.example.be>
In-Reply-To: <20261117081203.4471.privacy@shop.example.be>
From: Ilse Verhaegen <ilse.verhaegen@gmail.com>
Date: Tue, 17 Nov 2026 21:47:10 +0100
Message-ID: <CAF3kQ+x1vE0pR7oZ9mTnK2aYb4@mail.gmail.com>
Subject: Re: Automatisch antwoord: wij hebben uw bericht goed ontvangen
To: "Privacy shop.example.be" <privacy@shop.example.be>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Op di 17 nov 2026 om 09:12 schreef Privacy shop.example.be <privacy@shop.ex=
ample.be>:

> Dit is een automatisch antwoord.
>
> Wij hebben uw bericht goed ontvangen. Wij behandelen het zo snel
> mogelijk en in elk geval binnen de wettelijke termijn van =C3=A9=C3=A9n m=
aand.
> Gelieve niet op dit bericht te antwoorden.
>
> Met vriendelijke groeten,
> Team Privacy
> shop.example.be

Alweer dat automatisch antwoord. Ik schrijf jullie nu voor de derde keer si=
nds half oktober en van een mens heb ik nog niks gehoord. Ik wil dat mijn g=
egevens gewist worden, nu.

Ilse Verhaegen
"""),
    ('de', 'human-shared-mailbox', 'withdraw_consent', (), """Return-Path: <info@gartenbau-huber.de>
Received: from mout.kundenserver.de (mout.kundenserver.de [212.227.126.134])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4YmXe93cRtz2Pq
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 08:52:40 +0100 (CET)
From: "Gartenbau Huber - Info" <info@gartenbau-huber.de>
To: <privacy@shop.example.be>
Subject: Newsletter
Date: Fri, 20 Nov 2026 08:52:37 +0100
Message-ID: <002b01db5a2f$8c4d1e60$a4e75b20$@gartenbau-huber.de>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Content-Language: de

Guten Morgen,

an diese Adresse kommt seit ein paar Wochen fast jeden zweiten Tag Ihr News=
letter. Den brauchen wir hier nicht mehr, bitte nehmen Sie info@gartenbau-h=
uber.de aus dem Verteiler raus. =C3=9Cber den Link unten im Newsletter hat =
es bei mir irgendwie nicht geklappt, deshalb auf diesem Weg.

Danke & Gru=C3=9F
Martina Huber

--
Gartenbau Huber GmbH & Co. KG
Am M=C3=BChlbach 7 | 85368 Moosburg a.d. Isar
Tel. 08761 72 39 0 | info@gartenbau-huber.de
Gesch=C3=A4ftsf=C3=BChrer: Josef Huber | AG Landshut HRA 10458

Dieses Postfach wird am Wochenende nicht betreut. Nachrichten, die nach Fre=
itag 14:00 Uhr eingehen, bearbeiten wir am n=C3=A4chsten Werktag.
Diese E-Mail wurde automatisch auf Viren gepr=C3=BCft.
"""),
    ('es', 'human-asks-about-bounce', 'access', (), """Return-Path: <nuria.castell@hotmail.es>
Received: from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04olkn2012.outbound.protection.outlook.com [40.92.74.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4YmcF41XyQz5Cc
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 10:31:15 +0100 (CET)
From: Nuria Castell <nuria.castell@hotmail.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Undeliverable?
Date: Fri, 20 Nov 2026 09:31:13 +0000
Message-ID: <AS8P190MB1732C0E1F2A39B@AS8P190MB1732.EURP190.PROD.OUTLOOK.COM>
Accept-Language: es-ES
Content-Language: es-ES
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hola,

el lunes os escrib=C3=AD a privacidad@shop.example.be, que es la direcci=C3=
=B3n que pone en vuestra pol=C3=ADtica de privacidad, y me ha vuelto un cor=
reo en ingl=C3=A9s que dice "Undeliverable" y que la direcci=C3=B3n no exis=
te. =C2=BFEs esta la buena? Porque si no, no s=C3=A9 c=C3=B3mo contactar co=
n vosotros.

Os lo vuelvo a mandar por aqu=C3=AD por si acaso: me gustar=C3=ADa saber qu=
=C3=A9 datos m=C3=ADos ten=C3=A9is guardados (tengo cuenta desde 2023 y la =
tarjeta de puntos) y que me envi=C3=A9is una copia.

Gracias,
Nuria Castell Roig
"""),
    ('pl', 'human-forwards-bounce', 'deletion', (), """Return-Path: <agnieszka.zajac1988@gmail.com>
Received: from mail-ej1-f54.google.com (mail-ej1-f54.google.com [209.85.218.54])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Ymqx01TgVz3Rr
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 19:58:41 +0100 (CET)
MIME-Version: 1.0
References: <6919a4c3.050a0220.3e1f2b.0001.GMR@mx.google.com>
In-Reply-To: <6919a4c3.050a0220.3e1f2b.0001.GMR@mx.google.com>
From: =?UTF-8?B?QWduaWVzemthIFphasSFYw==?= <agnieszka.zajac1988@gmail.com>
Date: Fri, 20 Nov 2026 19:58:28 +0100
Message-ID: <CAOp9sK1y3+ZtQm2hW8fV0bNcR4uE@mail.gmail.com>
Subject: Fwd: Delivery Status Notification (Failure)
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,
pisa=C5=82am na adres dpo@shop.example.be, kt=C3=B3ry mam w starym mailu od=
 Pa=C5=84stwa, ale wiadomo=C5=9B=C4=87 wr=C3=B3ci=C5=82a (poni=C5=BCej). Ma=
m nadziej=C4=99, =C5=BCe ten adres dzia=C5=82a.

Prosz=C4=99 o usuni=C4=99cie mojego konta i wszystkich moich danych, nie ro=
bi=C4=99 ju=C5=BC u Pa=C5=84stwa zakup=C3=B3w. Konto jest za=C5=82o=C5=BCon=
e na ten adres e-mail.

Agnieszka Zaj=C4=85c

---------- Forwarded message ---------
Od: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: =C5=9Br., 18 lis 2026 o 21:14
Subject: Delivery Status Notification (Failure)
To: <agnieszka.zajac1988@gmail.com>


Nie znaleziono adresu

Wiadomo=C5=9B=C4=87 nie zosta=C5=82a dostarczona do dpo@shop.example.be, po=
niewa=C5=BC nie uda=C5=82o si=C4=99 znale=C5=BA=C4=87 adresu lub nie mo=C5=
=BCe on odbiera=C4=87 poczty.

Odpowied=C5=BA serwera:
550 5.1.1 <dpo@shop.example.be>: Recipient address rejected: User unknown i=
n virtual mailbox table


----- Original message -----

Subject: usuni=C4=99cie konta
To: dpo@shop.example.be
"""),
    ('it', 'human-ooo-style-opening', 'objection', (), """Return-Path: <chiara.moretti@libero.it>
Received: from smtp-31.iol.local (smtp-31.italiaonline.it [213.209.10.31])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Yn1bC0DkWz9Nn
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 12:40:05 +0100 (CET)
From: Chiara Moretti <chiara.moretti@libero.it>
To: privacy@shop.example.be
Subject: fuori ufficio - ma leggete questa
Date: Sat, 21 Nov 2026 12:40:01 +0100
Message-ID: <MTAwMDAxOC5jaGlhcmEubW9yZXR0aQ==.1763725201@libero.it>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Outlook for Android

Sono fuori ufficio fino al 30 novembre e leggo la posta solo dal telefono, =
quindi scusate la brevit=C3=A0.

Da quando ho fatto due ordini da voi (mobili da giardino) vedo le vostre pu=
bblicit=C3=A0 su Instagram e su altri siti, con esattamente i prodotti che =
ho guardato. Preferirei di no: mi oppongo a che usiate i miei acquisti e la=
 mia navigazione per farmi un profilo e mandarmi pubblicit=C3=A0 mirate, e =
non voglio che passiate i miei dati ai vostri partner pubblicitari.

La newsletter invece potete continuare a mandarmela, quella mi interessa.

Chiara Moretti
(cliente, account con questa email)

Inviato da Outlook per Android
"""),
    ('cs', 'human-via-request-service', 'access', (), """Return-Path: <bounce-7731@mail.mojeudaje.cz>
Received: from mail.mojeudaje.cz (mail.mojeudaje.cz [46.28.105.61])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Yn8sV2GpJz4Zz
	for <privacy@shop.example.be>; Sun, 22 Nov 2026 09:18:37 +0100 (CET)
From: =?UTF-8?B?VG9tw6HFoSBEdm/FmcOhayBwxZllcyBNb2plw5pkYWplLmN6?= <no-reply@mojeudaje.cz>
Reply-To: =?UTF-8?B?VG9tw6HFoSBEdm/FmcOhaw==?= <tomas.dvorak@seznam.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?B?xb3DoWRvc3QgbyBpbmZvcm1hY2UgbyB6cHJhY292w6Fuw60gb3NvYm7DrWNoIMO6ZGFqxa8g4oCTIFRvbcOhxaEgRHZvxZnDoWs=?=
Date: Sun, 22 Nov 2026 08:18:36 +0000
Message-ID: <req-7731-20261122081836@mojeudaje.cz>
X-Mailer: MojeUdaje.cz/2.4
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

p=C3=AD=C5=A1u V=C3=A1m prost=C5=99ednictv=C3=ADm slu=C5=BEby Moje=C3=9Adaj=
e.cz. Jsem Va=C5=A1=C3=ADm z=C3=A1kazn=C3=ADkem (z=C3=A1kaznick=C3=BD =C3=
=BA=C4=8Det na e-mail tomas.dvorak@seznam.cz, v=C4=9Brnostn=C3=AD karta =C4=
=8D. 4820 0193 7712) a r=C3=A1d bych v=C4=9Bd=C4=9Bl, jak=C3=A9 osobn=C3=AD=
 =C3=BAdaje o mn=C4=9B vedete.

Pros=C3=ADm o:
- kopii v=C5=A1ech =C3=BAdaj=C5=AF, kter=C3=A9 o mn=C4=9B zpracov=C3=A1v=C3=
=A1te,
- informaci, k jak=C3=BDm =C3=BA=C4=8Del=C5=AFm je pou=C5=BE=C3=ADv=C3=A1te=
 a komu je p=C5=99ed=C3=A1v=C3=A1te (nap=C5=99. reklamn=C3=ADm partner=C5=
=AFm),
- informaci, jak dlouho je budete uchov=C3=A1vat a odkud jste je z=C3=ADska=
li, pokud ne p=C5=99=C3=ADmo ode m=C4=9B.

Odpov=C4=9B=C4=8F pros=C3=ADm po=C5=A1lete p=C5=99=C3=ADmo na m=C5=AFj e-ma=
il tomas.dvorak@seznam.cz =E2=80=93 sta=C4=8D=C3=AD kliknout na Odpov=C4=9B=
d=C4=9Bt.

D=C4=9Bkuji a p=C5=99eji hezk=C3=BD den
Tom=C3=A1=C5=A1 Dvo=C5=99=C3=A1k

--
Tato zpr=C3=A1va byla vygenerov=C3=A1na a odesl=C3=A1na automaticky slu=C5=
=BEbou Moje=C3=9Adaje.cz jm=C3=A9nem v=C3=BD=C5=A1e uveden=C3=A9 osoby, kte=
r=C3=A1 jej=C3=AD obsah schv=C3=A1lila. Na adresu no-reply@mojeudaje.cz pro=
s=C3=ADm neodpov=C3=ADdejte.
"""),
]
