"""Thirty-ninth set, robot mail from schools, care and family services, plus people whose mail looks automatic (14 languages). Written apart from the code."""

ROBOTS = [
    # ------------------------------------------------------------------ en
    ('en', 'exchange-ooo-international-school-teacher-autumn-break', 'automated', (),
'''Return-Path: <>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2107.outbound.protection.outlook.com [40.107.249.107])
        by mx1.shop.example.be (Postfix) with ESMTPS id 7C1E21C03A2
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 09:14:37 +0100 (CET)
Received: from DB9PR02MB7268.eurprd02.prod.outlook.com (2603:10a6:10:2b1::14)
 by AS8PR02MB9530.eurprd02.prod.outlook.com (2603:10a6:20b:5a3::9) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8093.21; Tue, 27 Oct
 2026 08:14:36 +0000
From: Hannah Whitlock <h.whitlock@oakfield-school.be>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatic reply: Your request to Shop Example - we need to confirm
 your identity (ref. PRV-2026-10812)
Thread-Topic: Your request to Shop Example - we need to confirm your identity
 (ref. PRV-2026-10812)
Thread-Index: AQHbKE1x0Z3cYk2fQ0uV7bq9JmT3ZbT0m3Wx
Date: Tue, 27 Oct 2026 08:14:36 +0000
Message-ID:
 <DB9PR02MB72681C0E5A7B3F24D9E01A6FB62A2@DB9PR02MB7268.eurprd02.prod.outlook.com>
In-Reply-To: <20261027091402.3B7A41C0211@out1.shop.example.be>
References: <20261027091402.3B7A41C0211@out1.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: h.whitlock@oakfield-school.be
X-MS-TNEF-Correlator:
Content-Language: en-GB
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Thank you for your email.

Oakfield is closed for the autumn break from Monday 19 October until Friday=
 30 October. I am not checking my school inbox during the holiday and will r=
eply after we return on Monday 2 November.

If your message concerns your child and cannot wait, please contact the sch=
ool office (office@oakfield-school.be, +32 2 555 01 40), which is staffed on=
 Tuesday 27 and Thursday 29 October from 9:00 to 12:00.

For safeguarding concerns please contact our Designated Safeguarding Lead, =
Mr Daniel Osei, via the office.

Kind regards,

Hannah Whitlock
Year 4 Class Teacher
Oakfield International School, Brussels
'''),

    ('en', 'gp-practice-autoreply-no-clinical-info-base64', 'automated', (),
'''Return-Path: <reception@avenuemedical.be>
Received: from mail.avenuemedical.be (mail.avenuemedical.be [185.94.32.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 2F81A1C04B9
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 19:42:05 +0100 (CET)
Received: by mail.avenuemedical.be (Postfix, from userid 5003)
        id 8E0A2600C1; Wed, 28 Oct 2026 19:42:04 +0100 (CET)
From: Avenue Medical Centre - Reception <reception@avenuemedical.be>
To: privacy@shop.example.be
Subject: Auto-reply: Re: A copy of your personal data (ref. PRV-2026-10790)
Date: Wed, 28 Oct 2026 19:42:04 +0100
Message-ID: <autoreply.1793212924.8812@mail.avenuemedical.be>
In-Reply-To: <20261028194158.91C2E1C0217@out1.shop.example.be>
References: <20261028194158.91C2E1C0217@out1.shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

VGhhbmsgeW91IGZvciB5b3VyIG1lc3NhZ2UuDQoNClRoaXMgaW5ib3ggaXMgY2hlY2tlZCBvbiB3
ZWVrZGF5cyBvbmx5LiBQbGVhc2UgZG8gbm90IHNlbmQgbWVkaWNhbA0KaW5mb3JtYXRpb24gb3Ig
cmVzdWx0cyBieSBlLW1haWwuIEluIGFuIGVtZXJnZW5jeSwgY2FsbCAxMTIuDQoNCkF2ZW51ZSBN
ZWRpY2FsIENlbnRyZQ0K
'''),

    ('en', 'class-platform-new-story-notification', 'automated', (),
'''Return-Path: <bounces+4419823-a1f2-privacy=shop.example.be@em7731.classnest.com>
Received: from o1.ptr7731.classnest.com (o1.ptr7731.classnest.com [167.89.41.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 5E0D41C0A11
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 16:05:48 +0100 (CET)
Received: by filterdrecv-6b9c5d4f7-x2lq8 with SMTP id filterdrecv-6b9c5d4f7-x2lq8-1-6720F83B-2C
        2026-10-29 15:05:47.618402137 +0000 UTC m=+1822041.391827503
Date: Thu, 29 Oct 2026 15:05:47 +0000 (UTC)
From: ClassNest <no-reply@classnest.com>
Reply-To: ClassNest <no-reply@classnest.com>
To: privacy@shop.example.be
Message-ID: <Kq3vT8wRS9uYb2xM4d1N0A@geopod-ismtpd-12>
Subject: Ms Patel posted a new Story in Reception Blue
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_6720f83b9c2f1_1f2a3c"
List-Unsubscribe: <https://www.classnest.com/email/unsubscribe?t=eyJ1IjoiNDQxOTgyMyJ9.Zq1>,
 <mailto:unsubscribe@classnest.com?subject=unsub-4419823>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-SG-EID: u001.kP2rX9c0mQ7vL3tYb8sW1nZ4hJ6dF0aE
X-Entity-ID: u001.Hq7cWm2xR8vN1tL5

----==_mimepart_6720f83b9c2f1_1f2a3c
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Ms Patel posted a new Story in Reception Blue

"Pumpkin week! Today we weighed our pumpkins, counted the seeds and made p=
umpkin soup together. Ask your child which pumpkin was the heaviest =F0=9F=
=8E=83"

3 photos

See the Story: https://home.classnest.com/story/8f2c1d94

You're receiving this because privacy@shop.example.be is connected as a par=
ent to Leo M. in Reception Blue at Oakfield International School. Not you? =
Let us know: https://www.classnest.com/help/wrong-email

Manage notification settings: https://home.classnest.com/settings/notificat=
ions
ClassNest, 735 Market Street, San Francisco, CA 94103

----==_mimepart_6720f83b9c2f1_1f2a3c
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><body style=3D"font-family:Helvetica,Arial,sans-serif">
<p><b>Ms Patel</b> posted a new Story in <b>Reception Blue</b></p>
<blockquote>Pumpkin week! Today we weighed our pumpkins, counted the seeds =
and made pumpkin soup together. Ask your child which pumpkin was the heavie=
st =F0=9F=8E=83</blockquote>
<p><a href=3D"https://home.classnest.com/story/8f2c1d94">See the Story (3 p=
hotos)</a></p>
<p style=3D"font-size:11px;color:#888">You're receiving this because privac=
y@shop.example.be is connected as a parent to Leo M. in Reception Blue at O=
akfield International School. <a href=3D"https://www.classnest.com/help/wro=
ng-email">Not you?</a><br>ClassNest, 735 Market Street, San Francisco, CA 9=
4103</p>
</body></html>

----==_mimepart_6720f83b9c2f1_1f2a3c--
'''),

    ('en', 'postfix-dsn-school-mailbox-over-quota', 'automated', (),
'''Return-Path: <>
Received: from mail.scholengroep-zuidrand.be (mail.scholengroep-zuidrand.be [91.183.40.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 1D44C1C02F7
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 11:15:13 +0100 (CET)
Received: by mail.scholengroep-zuidrand.be (Postfix)
        id 7D9E41E0C44; Tue, 27 Oct 2026 11:15:12 +0100 (CET)
Date: Tue, 27 Oct 2026 11:15:12 +0100 (CET)
From: MAILER-DAEMON@mail.scholengroep-zuidrand.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="5A3C2E0B1F.1793096112/mail.scholengroep-zuidrand.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261027101512.7D9E41E0C44@mail.scholengroep-zuidrand.be>

This is a MIME-encapsulated message.

--5A3C2E0B1F.1793096112/mail.scholengroep-zuidrand.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.scholengroep-zuidrand.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<an.devos@scholengroep-zuidrand.be>: host 127.0.0.1[127.0.0.1] said: 552
    5.2.2 <an.devos@scholengroep-zuidrand.be> Quota exceeded (mailbox for user
    is full) (in reply to end of DATA command)

--5A3C2E0B1F.1793096112/mail.scholengroep-zuidrand.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.scholengroep-zuidrand.be
X-Postfix-Queue-ID: 5A3C2E0B1F
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 27 Oct 2026 11:15:11 +0100 (CET)

Final-Recipient: rfc822; an.devos@scholengroep-zuidrand.be
Original-Recipient: rfc822;an.devos@scholengroep-zuidrand.be
Action: failed
Status: 5.2.2
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 552 5.2.2 <an.devos@scholengroep-zuidrand.be> Quota
    exceeded (mailbox for user is full)

--5A3C2E0B1F.1793096112/mail.scholengroep-zuidrand.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [195.130.144.21])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
        by mail.scholengroep-zuidrand.be (Postfix) with ESMTPS id 5A3C2E0B1F
        for <an.devos@scholengroep-zuidrand.be>; Tue, 27 Oct 2026 11:15:11 +0100 (CET)
From: Shop Example Privacyteam <privacy@shop.example.be>
To: an.devos@scholengroep-zuidrand.be
Subject: Uw vraag aan Shop Example - bevestiging van uw identiteit (ref.
 PRV-2026-10815)
Date: Tue, 27 Oct 2026 11:15:09 +0100
Message-ID: <20261027111509.4C0B31C0213@out1.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--5A3C2E0B1F.1793096112/mail.scholengroep-zuidrand.be--
'''),

    ('en', 'person-parent-forwards-school-photo-notice-asks-removal', 'deletion', (),
'''Return-Path: <becca.hall77@gmail.com>
Received: from mail-wm1-f46.google.com (mail-wm1-f46.google.com [209.85.128.46])
        by mx1.shop.example.be (Postfix) with ESMTPS id 9A3B71C0D52
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 10:27:19 +0100 (CET)
Received: by mail-wm1-f46.google.com with SMTP id 5b1f17b1804b1-43159c9f617so21877305e9.2
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 02:27:18 -0700 (PDT)
MIME-Version: 1.0
From: Rebecca Hall <becca.hall77@gmail.com>
Date: Sat, 31 Oct 2026 10:27:05 +0100
Message-ID: <CAH7pXk0n9QeR5m1W+Vb3tLz2s8YqJfD0aP4cGh6uNw3kE1rT9w@mail.gmail.com>
Subject: Fwd: New photos from Sports Day are online!
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hello,

I'm forwarding this because the school's photo service says the Sports Day=
 photos are also on your "Back to School" page, as you sponsored the day. M=
y son Oliver (Year 2, blue cap, he's in photos 14 to 19 and in the banner a=
t the top of your page) is in several of them, and nobody ever asked us.

Please take down and delete every photo of him from your website, your Inst=
agram and anywhere else you have put them, and let me know once it's done.

Thanks,
Rebecca Hall

---------- Forwarded message ---------
From: SnapClass Photos <no-reply@snapclass.photos>
Date: Fri, 30 Oct 2026 at 16:02
Subject: New photos from Sports Day are online!
To: <becca.hall77@gmail.com>


Hi Rebecca,

42 new photos have been added to the album "Sports Day 2026 - sponsored by =
Shop Example" for Oakfield International School.

A selection of the photos can also be seen on our sponsor's website.

View album: https://oakfield.snapclass.photos/albums/sports-day-2026

You are receiving this email because you are a parent in Year 2 at Oakfield=
 International School. To stop these emails, change your preferences in th=
e SnapClass app.
'''),

    # ------------------------------------------------------------------ nl
    ('nl', 'school-platform-new-message-notification', 'automated', (),
'''Return-Path: <bounce-1829371@mailer.schoolwijzer.be>
Received: from mailer.schoolwijzer.be (mailer.schoolwijzer.be [91.183.22.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 3D2C81C0E77
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 07:45:12 +0100 (CET)
Date: Mon, 2 Nov 2026 07:45:11 +0100
From: Schoolwijzer <noreply@schoolwijzer.be>
To: privacy@shop.example.be
Subject: Nieuw bericht van juf Els - Basisschool De Regenboog
Message-ID: <6f0c2a1e9b7d4c55.1793601911@schoolwijzer.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Beste ouder,

Je hebt een nieuw bericht ontvangen op Schoolwijzer.

Van: Els Peeters (klastitularis 2B)
Onderwerp: Oudercontact op dinsdag 10 november
Bijlagen: 1

Lees het bericht in de Schoolwijzer-app of via
https://deregenboog.schoolwijzer.be/berichten

Deze e-mail werd automatisch verstuurd omdat je meldingen per e-mail hebt
ingeschakeld voor het account van Noor Janssens (2B). Antwoorden op deze
e-mail worden niet gelezen. Je kan je meldingen aanpassen via Instellingen >
Meldingen.

Schoolwijzer - het digitale schoolplatform voor basis- en secundair onderwijs
'''),

    ('nl', 'health-fund-ticket-acknowledgement', 'automated', (),
'''Return-Path: <noreply@zorgkring.be>
Received: from smtp-out2.zorgkring.be (smtp-out2.zorgkring.be [193.191.201.36])
        by mx1.shop.example.be (Postfix) with ESMTPS id 8B7E41C0F03
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 14:10:22 +0100 (CET)
From: Ziekenfonds Zorgkring - Klantendienst <noreply@zorgkring.be>
To: privacy@shop.example.be
Subject: Ontvangstbevestiging van uw e-mail [Dossier ZK-2026-0481773]
Date: Tue, 3 Nov 2026 14:10:21 +0100
Message-ID: <ZK-2026-0481773.1793711421@crm.zorgkring.be>
In-Reply-To: <20261103141004.5C1AE1C0219@out1.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Geachte heer, mevrouw,

Wij hebben uw e-mail goed ontvangen. Uw vraag werd geregistreerd onder
dossiernummer ZK-2026-0481773.

Een medewerker van onze klantendienst behandelt uw vraag binnen tien
werkdagen. Vermeld het dossiernummer in het onderwerp als u ons hierover
opnieuw contacteert.

Opgelet: stuur geen medische documenten, attesten of getuigschriften voor
verstrekte hulp via e-mail. Gebruik hiervoor het beveiligde ledenportaal
Mijn Zorgkring of bezorg ze in een van onze kantoren.

Voor dringende vragen over een terugbetaling of een hospitalisatie kan u
ons bellen op 078 15 20 25 (werkdagen van 8.30 tot 17 uur).

Met vriendelijke groeten,
Klantendienst Ziekenfonds Zorgkring

Dit is een automatisch bericht. Antwoorden op dit adres worden niet gelezen=
.
'''),

    ('nl', 'kindergarten-teacher-vacation-reply-term-time-only', 'automated', (),
'''Return-Path: <sofie.maes@hetzonnetje-lier.be>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
        by mx1.shop.example.be (Postfix) with SMTPS id 1A9F21C0B38
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 11:03:51 +0100 (CET)
Received: by mail-sor-f69.google.com (Google Transport Security);
        Tue, 27 Oct 2026 03:03:50 -0700 (PDT)
MIME-Version: 1.0
References: <20261027110312.E44D21C0220@out1.shop.example.be>
In-Reply-To: <20261027110312.E44D21C0220@out1.shop.example.be>
From: Juf Sofie - Kleuterschool Het Zonnetje <sofie.maes@hetzonnetje-lier.be>
Date: Tue, 27 Oct 2026 03:03:50 -0700
Message-ID: <CAJv0Fq8wR3nB1xZk5mT2pLq7yHd9sGc4eVu6aN0oJ1fXb8iK2Q@mail.gmail.com>
Subject: Herfstvakantie - afwezig t.e.m. 1 november
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000a1b2c3062f4d5e6f"

--000000000000a1b2c3062f4d5e6f
Content-Type: text/plain; charset="UTF-8"

Dag,

Het is herfstvakantie! Van maandag 26 oktober tot en met zondag 1 november
is de school gesloten. Deze mailbox wordt enkel gelezen op schooldagen.
Vanaf maandag 2 november lees ik je bericht.

Gaat het over de opvang? Die loopt via de gemeente: buitenschoolse opvang
De Speelvogel, 03 480 12 12.

Fijne vakantie!
Juf Sofie
K2 Vlindertjes - Kleuterschool Het Zonnetje

--000000000000a1b2c3062f4d5e6f
Content-Type: text/html; charset="UTF-8"

<div dir="ltr">Dag,<br><br>Het is herfstvakantie! Van maandag 26 oktober tot en met zondag 1 november is de school gesloten. Deze mailbox wordt enkel gelezen op schooldagen. Vanaf maandag 2 november lees ik je bericht.<br><br>Gaat het over de opvang? Die loopt via de gemeente: buitenschoolse opvang De Speelvogel, 03 480 12 12.<br><br>Fijne vakantie!<br>Juf Sofie<br>K2 Vlindertjes - Kleuterschool Het Zonnetje</div>

--000000000000a1b2c3062f4d5e6f--
'''),

    ('nl', 'hospital-mail-gateway-rejects-encrypted-attachment', 'automated', (),
'''Return-Path: <>
Received: from mgw2.azscheldeland.be (mgw2.azscheldeland.be [212.71.9.68])
        by mx1.shop.example.be (Postfix) with ESMTPS id C4E0B1C0A74
        for <privacy@shop.example.be>; Wed, 4 Nov 2026 10:31:09 +0100 (CET)
From: Mailbeveiliging AZ Scheldeland <postmaster@azscheldeland.be>
To: privacy@shop.example.be
Subject: Niet afgeleverd: Uw gegevens - antwoord op uw inzageverzoek (ref.
 PRV-2026-10733)
Date: Wed, 4 Nov 2026 10:31:08 +0100
Message-ID: <mgw2-20261104103108-77f1c2@azscheldeland.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="=_mgw2_dsn_7f3a9c01"

--=_mgw2_dsn_7f3a9c01
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dit is een automatisch bericht van de e-mailbeveiliging van AZ Scheldeland.

Uw bericht aan de onderstaande ontvanger werd NIET afgeleverd:

    Ontvanger:  lies.verstraete@azscheldeland.be
    Onderwerp:  Uw gegevens - antwoord op uw inzageverzoek (ref. PRV-2026-10733)
    Verzonden:  04-11-2026 10:30:57

Reden: het bericht bevat een versleutelde bijlage
(Gegevensoverzicht_PRV-2026-10733.zip). Versleutelde archieven kunnen niet
op virussen worden gescand en worden daarom, omwille van de
informatieveiligheid van het ziekenhuis, geweigerd.

Wat kunt u doen?
- verstuur de bestanden zonder versleuteling, of
- gebruik een beveiligde downloadlink, of
- neem langs een ander kanaal contact op met de ontvanger.

Denkt u dat dit een vergissing is? Neem dan contact op met de ICT-servicedesk
van AZ Scheldeland (servicedesk@azscheldeland.be) en vermeld het kenmerk
MGW2-7f3a9c01.

Beantwoord dit bericht niet.

--=_mgw2_dsn_7f3a9c01
Content-Type: message/delivery-status

Reporting-MTA: dns; mgw2.azscheldeland.be
Arrival-Date: Wed, 4 Nov 2026 10:30:58 +0100

Final-Recipient: rfc822; lies.verstraete@azscheldeland.be
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Message rejected by content policy:
    encrypted attachment not allowed

--=_mgw2_dsn_7f3a9c01
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [195.130.144.21])
        by mgw2.azscheldeland.be with ESMTPS id 7f3a9c01
        for <lies.verstraete@azscheldeland.be>; Wed, 04 Nov 2026 10:30:58 +0100
From: Shop Example Privacyteam <privacy@shop.example.be>
To: lies.verstraete@azscheldeland.be
Subject: Uw gegevens - antwoord op uw inzageverzoek (ref. PRV-2026-10733)
Date: Wed, 4 Nov 2026 10:30:57 +0100
Message-ID: <20261104103057.2B81F1C0225@out1.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="------------b7Qx1M2v0ZqJ"

--=_mgw2_dsn_7f3a9c01--
'''),

    ('nl', 'person-head-nurse-correction-with-hospital-disclaimer', 'correction', (),
'''Return-Path: <katrien.vandamme@hhkempen.be>
Received: from mail.hhkempen.be (mail.hhkempen.be [193.53.77.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 6E3A71C0C19
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 13:52:40 +0100 (CET)
Received: from EXCH02.hhkempen.local (10.20.1.32) by EXCH01.hhkempen.local
 (10.20.1.31) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Thu, 29 Oct
 2026 13:52:38 +0100
From: "Van Damme Katrien" <katrien.vandamme@hhkempen.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: aanpassen gegevens klantenkaart
Thread-Topic: aanpassen gegevens klantenkaart
Thread-Index: AdtJ2F0k7Q1xYbRzS3qz5cVh8A9mLw==
Date: Thu, 29 Oct 2026 12:52:37 +0000
Message-ID: <8c41f0e2a7d94b1c9e55a0f3d2b6c781@hhkempen.be>
Accept-Language: nl-BE, en-US
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-originating-ip: [10.31.8.144]
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Goedemiddag,

Bij jullie sta ik nog ingeschreven als "Katrien Van Dam", met mijn oude adr=
es in Mechelen. Kunnen jullie dat aanpassen in mijn klantenaccount (kaartnu=
mmer 2441 0093 7125)?

- naam: Katrien Van Damme (met -me op het einde)
- nieuw adres sinds augustus: Lindenlaan 14, 2440 Geel
- geboortedatum: 14/03/1986 (nu staat er 03/01/1986)

De kaart van mijn dochter Fien hangt aan mijn account, daar mag het adres o=
ok mee aangepast worden.

Alvast bedankt,
Katrien

Katrien Van Damme
Hoofdverpleegkundige Kinderafdeling (E-dienst)
Heilig Hart Ziekenhuis Kempen
Campus Sint-Jozef | Ziekenhuisstraat 1, 2440 Geel
T +32 14 57 00 00 | www.hhkempen.be

-------------------------------------------------------------------------
DISCLAIMER
Dit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd
voor de geadresseerde(n). Het kan medische of andere persoonsgegevens
bevatten die beschermd zijn door het beroepsgeheim en door de wetgeving
inzake de bescherming van persoonsgegevens. Bent u niet de geadresseerde,
verwittig dan onmiddellijk de afzender en verwijder dit bericht. Elk
gebruik, elke openbaarmaking, verspreiding of kopie van dit bericht zonder
toestemming is verboden. Heilig Hart Ziekenhuis Kempen kan niet aansprakel=
ijk worden gesteld voor schade die voortvloeit uit de elektronische verzend=
ing van dit bericht.
Meer over hoe wij met uw persoonsgegevens omgaan: www.hhkempen.be/privacy
-------------------------------------------------------------------------
Denk aan het milieu voor u deze e-mail afdrukt.
'''),

    ('nl', 'person-reply-above-ticket-ack-second-request', 'complaint', ('access',),
'''Return-Path: <bart.claes@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [195.130.137.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id D71B21C0E20
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 21:16:44 +0100 (CET)
Received: from [192.168.1.23] ([84.195.61.7])
        by michel.telenet-ops.be with cmsmtp
        id xKGj2C00F0Pq9Zp01KGjkM; Fri, 30 Oct 2026 21:16:43 +0100
Message-ID: <4b7e2f0a-9c3d-4e1b-a8f2-61d0c5e7b932@telenet.be>
Date: Fri, 30 Oct 2026 21:16:41 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: [Shop Example] We hebben uw vraag goed ontvangen (ticket
 #PRV-48213)
To: Shop Example Privacy <privacy@shop.example.be>
References: <ack.PRV-48213.1790063161@helpdesk.shop.example.be>
Content-Language: nl
From: Bart Claes <bart.claes@telenet.be>
In-Reply-To: <ack.PRV-48213.1790063161@helpdesk.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Goedenavond,

Dit is mijn tweede mail over hetzelfde. Op 22 september heb ik gevraagd
welke gegevens jullie over mij en over mijn zoon Lowie bijhouden. Hij
heeft een account aangemaakt via die actie op school ("Schoolstart met
Shop Example") en ik wil weten wat daar allemaal in staat en of dat met
derden gedeeld wordt.

Het enige wat ik ooit kreeg, is het automatische bericht hieronder.
Verder niets, zelfs geen vraag om mijn identiteit te bewijzen. Dat is nu
meer dan vijf weken geleden, terwijl jullie volgens de wet binnen de
maand moeten antwoorden.

Ik verwacht dat overzicht alsnog, en snel. Als ik tegen 13 november niets
gehoord heb, dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Bart Claes
Kortrijksesteenweg 221, 9000 Gent


Op 22/09/2026 om 09:46 schreef Shop Example Klantendienst:
> Beste klant,
>
> Bedankt voor uw bericht. We hebben uw vraag goed ontvangen onder
> ticketnummer #PRV-48213.
>
> We behandelen vragen in volgorde van ontvangst. U krijgt zo snel
> mogelijk een antwoord van een van onze medewerkers.
>
> Dit is een automatisch bericht, u hoeft hier niet op te antwoorden.
>
> Met vriendelijke groeten,
> Het team van Shop Example
'''),

    # ------------------------------------------------------------------ fr
    ('fr', 'medical-practice-sieve-vacation-no-medical-info-112', 'automated', (),
'''Return-Path: <secretariat@cabinet-tilleuls.be>
Received: from mo4-p00-ob.smtp.rzone.example-hosting.be (mo4-p00-ob.smtp.rzone.example-hosting.be [81.88.49.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 3B19F1C0A67
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 18:03:22 +0100 (CET)
Received: from imap.cabinet-tilleuls.be (localhost [127.0.0.1])
        by imap.cabinet-tilleuls.be (Pigeonhole) with LMTP id 6Kc2D0oKZ2n9
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 18:03:21 +0100
Date: Mon, 26 Oct 2026 18:03:21 +0100
From: =?utf-8?Q?Secr=C3=A9tariat_du_Cabinet_m=C3=A9dical_des_Tilleuls?=
 <secretariat@cabinet-tilleuls.be>
To: privacy@shop.example.be
Subject: =?utf-8?Q?R=C3=A9ponse_automatique_:_?=
 =?utf-8?Q?V=C3=A9rification_de_votre_identit=C3=A9_?=
 =?utf-8?Q?=28r=C3=A9f=2E_PRV-2026-10877=29?=
Message-ID: <dovecot-sieve-1793034201-48112-0@imap.cabinet-tilleuls.be>
In-Reply-To: <20261026180311.0A2F41C0210@out1.shop.example.be>
References: <20261026180311.0A2F41C0210@out1.shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.21
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Nous avons bien re=C3=A7u votre message. Cette adresse est consult=C3=A9e u=
niquement pendant les heures d'ouverture du secr=C3=A9tariat (du lundi au v=
endredi, de 8h =C3=A0 12h).

Pour des raisons de confidentialit=C3=A9, merci de ne pas nous envoyer d'in=
formations m=C3=A9dicales (r=C3=A9sultats, photos, documents) par e-mail.

En cas d'urgence, appelez le 112.
Le soir, la nuit et le week-end : poste m=C3=A9dical de garde, 1733.

Prise de rendez-vous en ligne : www.cabinet-tilleuls.be/rdv

Le secr=C3=A9tariat du Cabinet m=C3=A9dical des Tilleuls
Dr A. Lef=C3=A8vre =E2=80=93 Dr M. Dumont =E2=80=93 Dr S. Haddad
M=C3=A9decine g=C3=A9n=C3=A9rale et p=C3=A9diatrie
'''),

    ('fr', 'family-allowance-fund-ticket-acknowledgement', 'automated', (),
'''Return-Path: <info@famisol.be>
Received: from helpdesk.famisol.be (helpdesk.famisol.be [193.58.16.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 91D2E1C0B05
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 10:48:37 +0100 (CET)
From: Famisol - Service clients <info@famisol.be>
To: privacy@shop.example.be
Subject: [Ticket#2026102810000231] =?UTF-8?Q?Accus=C3=A9_de_r=C3=A9ception_de_?=
 =?UTF-8?Q?votre_message?=
Date: Wed, 28 Oct 2026 10:48:36 +0100
Message-ID: <1793180916.481233.119420662@helpdesk.famisol.be>
In-Reply-To: <20261028104822.7E1B51C0216@out1.shop.example.be>
References: <20261028104822.7E1B51C0216@out1.shop.example.be>
X-Mailer: Znuny Mail Service (6.5.x)
Auto-Submitted: auto-replied
X-Loop: yes
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Madame, Monsieur,

Nous accusons bonne réception de votre message du 28/10/2026, enregistré sous la référence Ticket#2026102810000231.

Un gestionnaire vous répondra dans un délai de 15 jours ouvrables. Merci de conserver cette référence dans l'objet de vos prochains courriels.

Vous pouvez suivre votre dossier d'allocations familiales (paiements, suppléments, attestations) 24h/24 sur MyFamisol, avec votre carte d'identité électronique ou itsme.

Pour tout changement de situation (naissance, déménagement, séparation, reprise d'études), utilisez le formulaire en ligne : ce canal ne permet pas d'enregistrer une déclaration.

Ceci est un message automatique. Merci de ne pas y répondre.

Famisol – Caisse d'allocations familiales
Rue de l'Industrie 12, 5000 Namur
'''),

    ('fr', 'nursery-app-new-photo-in-daily-log', 'automated', (),
'''Return-Path: <bounce+8d21f3.4c7a-privacy=shop.example.be@mg.petitpas.app>
Received: from m228-14.mg.petitpas.app (m228-14.mg.petitpas.app [159.135.228.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4F0C61C0E92
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 16:48:05 +0100 (CET)
Date: Mon, 02 Nov 2026 15:48:03 +0000
From: Petitpas <notifications@petitpas.app>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nouvelle_photo_de_Lina_dans_le_journal_du_jour_=F0=9F=93=B8?=
Message-ID: <20261102154803.7c1e2a9b4f3d0e61@mg.petitpas.app>
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="a7e4c9f1b2d84e60a3c5f7d9e1b2c4a6"
List-Unsubscribe: <https://app.petitpas.app/preferences/emails?token=Zk7Q2mP>
X-Mailgun-Tag: journal-photo
X-Mailgun-Sid: WyI4ZDIxZiIsICJwcml2YWN5QHNob3AuZXhhbXBsZS5iZSIsICI0YzdhIl0=

--a7e4c9f1b2d84e60a3c5f7d9e1b2c4a6
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

La cr=C3=A8che Les P'tits Loups a ajout=C3=A9 une nouvelle photo de Lina au=
 journal du jour.

Lundi 2 novembre
- Repas de midi : pur=C3=A9e potiron et poulet =E2=80=93 tout mang=C3=A9 !
- Sieste : 12h40 =E2=80=93 14h55
- Activit=C3=A9 : peinture avec les doigts =F0=9F=8E=A8

Voir la photo : https://app.petitpas.app/journal/lina/2026-11-02

Vous recevez cet e-mail parce que cette adresse est enregistr=C3=A9e comme =
contact parent de Lina D. aupr=C3=A8s de la cr=C3=A8che Les P'tits Loups (W=
avre). Ce n'est pas vous ? Signalez-le =C3=A0 la cr=C3=A8che.
G=C3=A9rer mes notifications : https://app.petitpas.app/preferences/emails

Petitpas SRL =E2=80=93 le carnet de liaison num=C3=A9rique des cr=C3=A8ches

--a7e4c9f1b2d84e60a3c5f7d9e1b2c4a6
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;color:#333">
<p>Bonjour,</p>
<p>La cr=C3=A8che <b>Les P'tits Loups</b> a ajout=C3=A9 une nouvelle photo =
de <b>Lina</b> au journal du jour.</p>
<ul><li>Repas de midi : pur=C3=A9e potiron et poulet =E2=80=93 tout mang=C3=
=A9 !</li><li>Sieste : 12h40 =E2=80=93 14h55</li><li>Activit=C3=A9 : peint=
ure avec les doigts =F0=9F=8E=A8</li></ul>
<p><a href=3D"https://app.petitpas.app/journal/lina/2026-11-02">Voir la pho=
to</a></p>
<p style=3D"font-size:11px;color:#999">Vous recevez cet e-mail parce que ce=
tte adresse est enregistr=C3=A9e comme contact parent de Lina D. aupr=C3=A8=
s de la cr=C3=A8che Les P'tits Loups (Wavre).</p>
</body></html>

--a7e4c9f1b2d84e60a3c5f7d9e1b2c4a6--
'''),

    ('fr', 'm365-ndr-school-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2100.outbound.protection.outlook.com [40.107.105.100])
        by mx1.shop.example.be (Postfix) with ESMTPS id 0B6F31C0D88
        for <privacy@shop.example.be>; Thu, 5 Nov 2026 11:20:33 +0100 (CET)
Received: from PA4PR03MB7136.eurprd03.prod.outlook.com (2603:10a6:102:ea::11)
 by PA4PR03MB7136.eurprd03.prod.outlook.com with Microsoft SMTP Server id
 15.20.8093.21; Thu, 5 Nov 2026 10:20:32 +0000
From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@arjodoigne.be>
To: <privacy@shop.example.be>
Date: Thu, 5 Nov 2026 10:20:32 +0000
Content-Type: multipart/report; report-type=delivery-status;
 boundary="3f0c77a2-9e1d-4b5a-8c61-2d7e0b4f9a13"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID:
 <7a1e3c90-5b2f-4d8e-9c04-e6b1a2f3d5c7@PA4PR03MB7136.eurprd03.prod.outlook.com>
In-Reply-To: <20261105112017.6D4A21C0229@out1.shop.example.be>
References: <20261105112017.6D4A21C0229@out1.shop.example.be>
Subject: =?utf-8?Q?Non_remis=C2=A0:_Votre_demande_de_rectification_-_?=
 =?utf-8?Q?r=C3=A9f=2E_PRV-2026-10923?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--3f0c77a2-9e1d-4b5a-8c61-2d7e0b4f9a13
Content-Type: multipart/alternative; differences=Content-Type;
 boundary="b4e2d1f0-7c3a-4e59-a8d2-5f1c0e9b7a64"

--b4e2d1f0-7c3a-4e59-a8d2-5f1c0e9b7a64
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message =C3=A0 julie.lambert@arjodoigne.be n'a pas pu =C3=AAtre remis=
.

julie.lambert est introuvable dans arjodoigne.be.

privacy     Office 365     julie.lambert
Action requise                Destinataire

Destinataire inconnu

Comment r=C3=A9soudre ce probl=C3=A8me
L'adresse de messagerie indiqu=C3=A9e est introuvable. V=C3=A9rifiez l'adre=
sse du destinataire, puis renvoyez le message. Si le probl=C3=A8me persiste=
, contactez le destinataire par un autre moyen (par exemple, par t=C3=A9l=
=C3=A9phone) et demandez-lui de vous communiquer son adresse correcte.

Plus d'informations et d'aide pour r=C3=A9soudre ce probl=C3=A8me : https:/=
/go.microsoft.com/fwlink/?LinkId=3D389361

Informations suppl=C3=A9mentaires pour les administrateurs de messagerie
Serveur distant ayant renvoy=C3=A9 '550 5.1.10 RESOLVER.ADR.RecipientNotFou=
nd; Recipient julie.lambert@arjodoigne.be not found by SMTP address lookup'

--b4e2d1f0-7c3a-4e59-a8d2-5f1c0e9b7a64--

--3f0c77a2-9e1d-4b5a-8c61-2d7e0b4f9a13
Content-Type: message/delivery-status

Reporting-MTA: dns;PA4PR03MB7136.eurprd03.prod.outlook.com
Received-From-MTA: dns;out1.shop.example.be
Arrival-Date: Thu, 5 Nov 2026 10:20:19 +0000

Final-Recipient: rfc822;julie.lambert@arjodoigne.be
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 julie.lambert@arjodoigne.be not found by SMTP address lookup

--3f0c77a2-9e1d-4b5a-8c61-2d7e0b4f9a13
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
From: =?utf-8?Q?=C3=89quipe_vie_priv=C3=A9e_Shop_Example?= <privacy@shop.example.be>
To: julie.lambert@arjodoigne.be
Subject: =?utf-8?Q?Votre_demande_de_rectification_-_r=C3=A9f=2E_PRV-2026-10923?=
Date: Thu, 5 Nov 2026 11:20:17 +0100
Message-ID: <20261105112017.6D4A21C0229@out1.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour Madame Lambert,

Nous avons corrigé votre adresse de livraison et votre date de naissance dans votre compte client, comme demandé le 2 novembre.

Bien à vous,
L'équipe vie privée de Shop Example

--3f0c77a2-9e1d-4b5a-8c61-2d7e0b4f9a13--
'''),

    ('fr', 'person-forwards-pharmacy-auto-mail-asks-what-was-shared', 'access', (),
'''Return-Path: <nadia.benali@skynet.be>
Received: from mailsec109.isp.belgacom.be (mailsec109.isp.belgacom.be [195.238.20.105])
        by mx1.shop.example.be (Postfix) with ESMTPS id 47C0E1C0F51
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 08:12:26 +0100 (CET)
From: "Nadia Benali" <nadia.benali@skynet.be>
To: <privacy@shop.example.be>
Subject: TR: =?utf-8?Q?Votre_carte_Shop_Example_est_d=C3=A9sormais_li=C3=A9e_?=
 =?utf-8?Q?=C3=A0_votre_compte_Pharmacie_du_Parc?=
Date: Mon, 2 Nov 2026 08:12:19 +0100
Message-ID: <000601dc4a8e$3b2f1c40$b18d54c0$@skynet.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHcSo40p3Xk1r0y2T8lq9Q7xBz9cA==
Content-Language: fr-be

Bonjour,

Pourquoi cette pharmacie a-t-elle mon num=C3=A9ro de carte Shop Example ? J=
e n'ai jamais rien demand=C3=A9 de tel. Dites-moi ce que vous leur avez tra=
nsmis exactement, et =C3=A0 qui d'autre.

Nadia Benali

De : Pharmacie du Parc <ne-pas-repondre@pharmaciesduparc.be>
Envoy=C3=A9 : lundi 2 novembre 2026 07:31
=C3=80 : nadia.benali@skynet.be
Objet : Votre carte Shop Example est d=C3=A9sormais li=C3=A9e =C3=A0 votre =
compte Pharmacie du Parc

Bonjour Madame Benali,

Bonne nouvelle : votre carte de fid=C3=A9lit=C3=A9 Shop Example (n=C2=B0 =
=E2=80=A2=E2=80=A2=E2=80=A2=E2=80=A2 4471) est d=C3=A9sormais li=C3=A9e =C3=
=A0 votre compte client Pharmacie du Parc.

Vous cumulez vos points sur vos achats de parapharmacie et de pu=C3=A9ricul=
ture dans nos 6 pharmacies, et vous recevrez nos conseils sant=C3=A9 person=
nalis=C3=A9s.

Votre prochaine commande en click & collect : 10 % de r=C3=A9duction avec l=
e code PARC10.

Ceci est un message automatique, merci de ne pas y r=C3=A9pondre.
Pharmacie du Parc =E2=80=93 Uccle =C2=B7 Ixelles =C2=B7 Etterbeek
Se d=C3=A9sinscrire
'''),

    # ------------------------------------------------------------------ de
    ('de', 'exchange-ooo-school-office-autumn-holidays', 'automated', (),
'''Return-Path: <>
Received: from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2092.outbound.protection.outlook.com [40.107.7.92])
        by mx1.shop.example.be (Postfix) with ESMTPS id 62A0D1C0C3E
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 14:31:55 +0100 (CET)
Received: from AM9PR05MB8871.eurprd05.prod.outlook.com (2603:10a6:20b:41c::7)
 by DU0PR05MB9310.eurprd05.prod.outlook.com (2603:10a6:10:3e2::16) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8093.21; Wed, 28 Oct
 2026 13:31:54 +0000
From: Sekretariat Gemeindeschule Kettenis <sekretariat@gs-kettenis.be>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatische_Antwort:_Ihre_Anfrage_-_Best=C3=A4tigung_Ihrer_?=
 =?utf-8?Q?Identit=C3=A4t_=28Ref=2E_PRV-2026-10844=29?=
Thread-Topic: =?utf-8?Q?Ihre_Anfrage_-_Best=C3=A4tigung_Ihrer_Identit=C3=A4t_?=
 =?utf-8?Q?=28Ref=2E_PRV-2026-10844=29?=
Thread-Index: AQHbKTt3m1c7QkV0dEG8c2pZq1Yx4A==
Date: Wed, 28 Oct 2026 13:31:54 +0000
Message-ID:
 <AM9PR05MB8871E2C41B7D90A3F5C6D12EA44B2@AM9PR05MB8871.eurprd05.prod.outlook.com>
In-Reply-To: <20261028143140.18C7E1C0214@out1.shop.example.be>
References: <20261028143140.18C7E1C0214@out1.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: sekretariat@gs-kettenis.be
X-MS-TNEF-Correlator:
Content-Language: de-DE
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Guten Tag,

vielen Dank f=C3=BCr Ihre Nachricht.

W=C3=A4hrend der Herbstferien (19. bis 30. Oktober 2026) ist das Schulsekre=
tariat nicht besetzt. Dieses Postfach wird nur w=C3=A4hrend der Schulzeit g=
elesen. Ab Montag, dem 2. November, sind wir wieder f=C3=BCr Sie da.

In dringenden F=C3=A4llen erreichen Sie die Schulleitung, Frau Mertes, unte=
r 087 55 42 10.
Krankmeldungen von Sch=C3=BClerinnen und Sch=C3=BClern bitte nach den Ferie=
n wie gewohnt =C3=BCber die Schul-App.

Mit freundlichen Gr=C3=BC=C3=9Fen
Sekretariat der Gemeindeschule Kettenis
'''),

    ('de', 'hospital-patient-portal-new-message-notice', 'automated', (),
'''Return-Path: <no-reply@portal.klinik-hertogenwald.be>
Received: from smtp-out.klinik-hertogenwald.be (smtp-out.klinik-hertogenwald.be [194.78.201.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id A08B21C0F14
        for <privacy@shop.example.be>; Wed, 4 Nov 2026 16:22:41 +0100 (CET)
Date: Wed, 4 Nov 2026 16:22:40 +0100 (CET)
From: Patientenportal Klinik Hertogenwald <no-reply@portal.klinik-hertogenwald.be>
To: privacy@shop.example.be
Message-ID: <1480337712.88213.1793805760447@portal-app01>
Subject: =?UTF-8?Q?Neue_Nachricht_in_Ihrem_Patientenportal_=E2=80=9EMein_Hertogenwald=E2=80=9C?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply

Sehr geehrte Patientin, sehr geehrter Patient,

in Ihrem Patientenportal „Mein Hertogenwald“ liegt eine neue Nachricht für Sie bereit.

    Absender:     Kinder- und Jugendmedizin – Ambulanz
    Eingegangen:  04.11.2026, 16:22 Uhr

Aus Datenschutzgründen enthält diese E-Mail keine Inhalte. Bitte melden Sie sich im Portal an, um die Nachricht zu lesen:
https://portal.klinik-hertogenwald.be

Sie erhalten diese Benachrichtigung, weil für Ihr Konto E-Mail-Benachrichtigungen aktiviert sind. Haben Sie kein Konto bei uns, wurde Ihre E-Mail-Adresse vermutlich irrtümlich angegeben – bitte informieren Sie in diesem Fall unsere Patientenaufnahme unter 087 59 30 00.

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.

Klinik Hertogenwald · Hufengasse 4–8 · 4700 Eupen
'''),

    ('de', 'exchange-ndr-teacher-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2139.outbound.protection.outlook.com [40.107.21.139])
        by mx1.shop.example.be (Postfix) with ESMTPS id 2C5E91C0B81
        for <privacy@shop.example.be>; Fri, 6 Nov 2026 09:05:48 +0100 (CET)
Received: from DB8PR04MB6971.eurprd04.prod.outlook.com (2603:10a6:10:11d::9) by
 DB8PR04MB6971.eurprd04.prod.outlook.com with Microsoft SMTP Server id
 15.20.8093.21; Fri, 6 Nov 2026 08:05:47 +0000
From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@schulen-raeren.be>
To: <privacy@shop.example.be>
Date: Fri, 6 Nov 2026 08:05:47 +0000
Content-Type: multipart/report; report-type=delivery-status;
 boundary="c81e0a47-3b92-4f6d-a1c5-90e7d2b4f316"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID:
 <e2b7c4f1-08a3-4d9e-b6c2-7f15a0d93e48@DB8PR04MB6971.eurprd04.prod.outlook.com>
In-Reply-To: <20261106090533.5F2C81C0231@out1.shop.example.be>
References: <20261106090533.5F2C81C0231@out1.shop.example.be>
Subject: =?utf-8?Q?Unzustellbar:_Ihr_Antrag_auf_L=C3=B6schung_Ihres_Kundenkontos_?=
 =?utf-8?Q?=28Ref=2E_PRV-2026-10851=29?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--c81e0a47-3b92-4f6d-a1c5-90e7d2b4f316
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht an j.kohnen@schulen-raeren.be konnte nicht zugestellt werden=
.

Das Postfach von j.kohnen ist voll.

privacy     Office 365     j.kohnen
Aktion erforderlich           Empf=C3=A4nger

Postfach voll

Wie behebe ich das Problem?
Das Postfach des Empf=C3=A4ngers ist voll und kann derzeit keine Nachricht=
en annehmen. Versuchen Sie sp=C3=A4ter, die Nachricht erneut zu senden, ode=
r wenden Sie sich auf anderem Weg (z. B. telefonisch) an den Empf=C3=A4nger=
 und bitten Sie ihn, Elemente aus seinem Postfach zu l=C3=B6schen.

Weitere Informationen f=C3=BCr E-Mail-Administratoren
Vom Remoteserver wurde '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:=
QuotaExceededException.MapiExceptionShutoffQuotaExceeded' zur=C3=BCckgegebe=
n.

--c81e0a47-3b92-4f6d-a1c5-90e7d2b4f316
Content-Type: message/delivery-status

Reporting-MTA: dns;DB8PR04MB6971.eurprd04.prod.outlook.com
Received-From-MTA: dns;out1.shop.example.be
Arrival-Date: Fri, 6 Nov 2026 08:05:35 +0000

Final-Recipient: rfc822;j.kohnen@schulen-raeren.be
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--c81e0a47-3b92-4f6d-a1c5-90e7d2b4f316
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: Shop Example Datenschutz <privacy@shop.example.be>
To: j.kohnen@schulen-raeren.be
Subject: =?utf-8?Q?Ihr_Antrag_auf_L=C3=B6schung_Ihres_Kundenkontos_=28Ref=2E_PRV-2026-10851=29?=
Date: Fri, 6 Nov 2026 09:05:33 +0100
Message-ID: <20261106090533.5F2C81C0231@out1.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--c81e0a47-3b92-4f6d-a1c5-90e7d2b4f316--
'''),

    ('de', 'person-school-secretary-bulk-order-invoice-question', 'other', (),
'''Return-Path: <sekretariat@gs-eynatten.be>
Received: from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2110.outbound.protection.outlook.com [40.107.15.110])
        by mx1.shop.example.be (Postfix) with ESMTPS id 7D3F01C0A29
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 10:18:07 +0100 (CET)
From: Sekretariat GS Eynatten <sekretariat@gs-eynatten.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Anfrage Sammelbestellung Bastelmaterial / Rechnung an die Gemeinde
Thread-Topic: Anfrage Sammelbestellung Bastelmaterial / Rechnung an die
 Gemeinde
Thread-Index: AdtMN5b4h0Qz8yK2T0eRj1vH9aXw7A==
Date: Tue, 3 Nov 2026 09:18:05 +0000
Message-ID:
 <VI1PR07MB6324A5C0E1B9F2D37486E0C1F53C2@VI1PR07MB6324.eurprd07.prod.outlook.com>
Accept-Language: de-DE, de-BE
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Sehr geehrte Damen und Herren,

f=C3=BCr unser Nikolausfest am 4. Dezember m=C3=B6chten wir bei Ihnen Bast=
elmaterial bestellen (etwa 150 Sets =E2=80=9EWeihnachtsstern=E2=80=9C aus I=
hrem Online-Shop, Artikel 884213).

Dazu zwei Fragen:
1. K=C3=B6nnen wir auf Rechnung an die Gemeinde bestellen? Bei Kartenzahlun=
g bekommen wir das Geld nur sehr umst=C3=A4ndlich zur=C3=BCck. Die Rechnung=
 br=C3=A4uchten wir mit der MwSt.-Nummer der Gemeinde.
2. Gibt es f=C3=BCr Schulen einen Mengenrabatt?

Auf Ihrer Website habe ich leider nur diese Adresse gefunden. Falls ich hie=
r falsch bin, leiten Sie meine Mail bitte an die zust=C3=A4ndige Abteilung =
weiter.

Vielen Dank und freundliche Gr=C3=BC=C3=9Fe

Monika Schleck
Sekretariat

Gemeindeschule Eynatten
Aachener Stra=C3=9Fe 27 =C2=B7 4731 Eynatten
Tel. 087 85 19 40 =C2=B7 sekretariat@gs-eynatten.be
B=C3=BCrozeiten: Mo=E2=80=93Fr 8:00=E2=80=9312:30 (nicht w=C3=A4hrend der =
Schulferien)

Diese Nachricht wurde vom Sekretariat der Gemeindeschule Eynatten versendet=
. Sie kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtig=
e Adressat sind, informieren Sie bitte den Absender und l=C3=B6schen Sie di=
ese E-Mail.
'''),

    # ------------------------------------------------------------------ es
    ('es', 'school-teacher-auto-reply-all-saints-bridge', 'automated', (),
'''Return-Path: <>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2098.outbound.protection.outlook.com [40.107.247.98])
        by mx1.shop.example.be (Postfix) with ESMTPS id 5B7A21C0D14
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 12:40:19 +0100 (CET)
Received: from PR3PR09MB5422.eurprd09.prod.outlook.com (2603:10a6:102:b3::18)
 by PR3PR09MB5422.eurprd09.prod.outlook.com with Microsoft SMTP Server id
 15.20.8093.21; Fri, 30 Oct 2026 11:40:18 +0000
From: =?iso-8859-1?Q?Elena_Mart=EDn_Casado?= <emartin@colegiopilar-valladolid.es>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Respuesta_autom=E1tica:_Su_solicitud_de_acceso_a_sus_dat?=
 =?iso-8859-1?Q?os_=28ref=2E_PRV-2026-10866=29?=
Thread-Topic: Su solicitud de acceso a sus datos (ref. PRV-2026-10866)
Thread-Index: AQHbKl9c4f2M0eWQk0y7aT3sJv9X1g==
Date: Fri, 30 Oct 2026 11:40:18 +0000
Message-ID:
 <PR3PR09MB54229C0B7E1A34F2D58E60A1C8492@PR3PR09MB5422.eurprd09.prod.outlook.com>
In-Reply-To: <20261030124005.3E9D71C0218@out1.shop.example.be>
References: <20261030124005.3E9D71C0218@out1.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: emartin@colegiopilar-valladolid.es
Content-Language: es-ES
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Buenos d=EDas:

Gracias por su correo. Este buz=F3n solo se atiende en horario lectivo (de =
lunes a viernes, de 9:00 a 14:00). Con motivo del puente de Todos los Santo=
s, el centro permanecer=E1 cerrado del viernes 30 de octubre al lunes 2 de =
noviembre, ambos incluidos.

Leer=E9 su mensaje a partir del martes 3 de noviembre.

Para comunicar faltas de asistencia del alumnado, utilice la plataforma del=
 centro. Para cualquier asunto urgente, llame a Secretar=EDa: 983 20 41 16.

Un saludo,

Elena Mart=EDn Casado
Tutora de 4.=BA B de Educaci=F3n Primaria
Colegio Santa Mar=EDa del Pilar (Valladolid)
'''),

    ('es', 'paediatric-clinic-autoresponder-no-health-data', 'automated', (),
'''Return-Path: <citas@clinicalosalmendros.es>
Received: from server12.hostingclinicas.es (server12.hostingclinicas.es [185.42.105.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 8A1E51C0C70
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 20:11:48 +0100 (CET)
Received: from citas by server12.hostingclinicas.es with local (Exim 4.98)
        (envelope-from <citas@clinicalosalmendros.es>)
        id 1vF4kq-0002Pz-1R
        for privacy@shop.example.be; Mon, 02 Nov 2026 20:11:47 +0100
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Respuesta_autom=C3=A1tica_-_Cl=C3=ADnica_Pedi=C3=A1trica_Los_Almendros?=
X-Autorespond: Re: Confirmation of your request (ref. PRV-2026-10884)
In-Reply-To: <20261102201140.1D0F51C0223@out1.shop.example.be>
References: <20261102201140.1D0F51C0223@out1.shop.example.be>
Precedence: auto_reply
X-Precedence: auto_reply
Auto-Submitted: auto-replied
From: =?UTF-8?Q?Cl=C3=ADnica_Pedi=C3=A1trica_Los_Almendros?= <citas@clinicalosalmendros.es>
Message-Id: <E1vF4kq-0002Pz-1R@server12.hostingclinicas.es>
Date: Mon, 02 Nov 2026 20:11:47 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Este es un mensaje automático.

Hemos recibido su correo en Clínica Pediátrica Los Almendros. Le responderemos en un plazo máximo de 48 horas laborables.

Por su seguridad, NO envíe por correo electrónico informes médicos, resultados de pruebas, fotografías ni otros datos de salud de su hijo o hija. Para ello utilice el Área del Paciente de nuestra web.

Para pedir, cambiar o anular una cita: app «Los Almendros» o teléfono 916 30 22 45 (L–V, 8:30–20:30).
Si se trata de una urgencia, llame al 112 o acuda a su servicio de urgencias más cercano.

Clínica Pediátrica Los Almendros
Avda. de los Almendros, 14 – 28232 Las Rozas (Madrid)

Información básica sobre protección de datos. Responsable: Clínica Pediátrica Los Almendros, S.L. Finalidad: atender su consulta. Derechos: acceso, rectificación, supresión y otros, como se explica en www.clinicalosalmendros.es/privacidad.
'''),

    ('es', 'town-hall-family-department-receipt-not-registration', 'automated', (),
'''Return-Path: <no-responder@villanuevadelprado.es>
Received: from correo.villanuevadelprado.es (correo.villanuevadelprado.es [82.159.71.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 93C4F1C0E61
        for <privacy@shop.example.be>; Wed, 4 Nov 2026 12:17:33 +0100 (CET)
Date: Wed, 4 Nov 2026 12:17:31 +0100 (CET)
From: =?UTF-8?Q?Ayuntamiento_de_Villanueva_del_Prado_-_=C3=81rea_de_Familia_e_Infancia?=
 <no-responder@villanuevadelprado.es>
To: privacy@shop.example.be
Message-ID: <acuse.20261104121731.51873@correo.villanuevadelprado.es>
Subject: Acuse de recibo: su correo ha sido recibido
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All

Estimado/a ciudadano/a:

Le confirmamos que su correo electrónico ha sido recibido en el buzón del Área de Familia e Infancia del Ayuntamiento de Villanueva del Prado con fecha 04/11/2026 a las 12:17.

Le informamos de que este acuse de recibo NO constituye registro de entrada ni inicia ningún procedimiento administrativo. Para presentar solicitudes (plazas en escuelas infantiles municipales, ayudas por nacimiento, título de familia numerosa, campamentos de Navidad) debe utilizar la Sede Electrónica, https://sede.villanuevadelprado.es, o acudir con cita previa a la Oficina de Asistencia en Materia de Registro.

Las consultas se contestarán por orden de llegada en un plazo aproximado de 10 días hábiles.

Este mensaje ha sido generado automáticamente. Por favor, no responda a este correo.

Área de Familia e Infancia
Ayuntamiento de Villanueva del Prado
Plaza Mayor, 1
'''),

    ('es', 'person-forwards-swimming-club-notice-stop-marketing', 'withdraw_consent', ('objection',),
'''Return-Path: <marta_quintana_r@hotmail.com>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05olkn2081.outbound.protection.outlook.com [40.92.89.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id E21B81C0B99
        for <privacy@shop.example.be>; Sun, 1 Nov 2026 21:37:05 +0100 (CET)
Received: from DB7P194MB0482.EURP194.PROD.OUTLOOK.COM (2603:10a6:10:1c4::7)
 by DB7P194MB0482.EURP194.PROD.OUTLOOK.COM with Microsoft SMTP Server id
 15.20.8093.21; Sun, 1 Nov 2026 20:37:03 +0000
From: Marta Quintana <marta_quintana_r@hotmail.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?RV:_Bienvenue_au_Cercle_de_Natation_d'Etterbeek_-_saison_2026?=
 =?utf-8?Q?-2027?=
Thread-Topic: Bienvenue au Cercle de Natation d'Etterbeek - saison 2026-2027
Thread-Index: AQHbK2y8dH0sT4q1nUu9Cc1mGfW3Ww==
Date: Sun, 1 Nov 2026 20:37:02 +0000
Message-ID:
 <DB7P194MB0482C1A5E3F9B02D6A7E4C1FB9262@DB7P194MB0482.EURP194.PROD.OUTLOOK.COM>
Accept-Language: es-ES, en-US
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hola:

Os reenv=C3=ADo el correo que me ha mandado el club de nataci=C3=B3n de mi =
hijo. Seg=C3=BAn pone abajo, les han pasado mis datos a vosotros como patro=
cinador para mandarme ofertas. Yo no he aceptado nada de eso.

No quiero recibir publicidad vuestra de ning=C3=BAn tipo (ni correos, ni SM=
S, ni el folleto) y tampoco quiero que us=C3=A9is para nada los datos que o=
s haya pasado el club.

Gracias,
Marta Quintana

________________________________
De: Cercle de Natation d'Etterbeek <info@cne-natation.be>
Enviado: jueves, 29 de octubre de 2026 18:05
Para: marta_quintana_r@hotmail.com <marta_quintana_r@hotmail.com>
Asunto: Bienvenue au Cercle de Natation d'Etterbeek - saison 2026-2027

Chers parents,

Bienvenue au CNE pour la saison 2026-2027 ! L'inscription de Daniel (groupe=
 Dauphins, mercredi 14h30) est confirm=C3=A9e.

Bonne nouvelle : gr=C3=A2ce =C3=A0 notre nouveau partenaire Shop Example, c=
haque famille membre re=C3=A7oit une r=C3=A9duction de 15 % sur le mat=C3=
=A9riel de natation. Vos coordonn=C3=A9es (nom, adresse e-mail, t=C3=A9l=C3=
=A9phone) ont =C3=A9t=C3=A9 transmises =C3=A0 Shop Example, qui vous enverr=
a vos avantages et ses offres.

Sportivement,
Le comit=C3=A9 du CNE

Ce message a =C3=A9t=C3=A9 envoy=C3=A9 automatiquement par notre logiciel d=
e gestion des membres. Merci de ne pas y r=C3=A9pondre.
'''),

    # ------------------------------------------------------------------ it
    ('it', 'school-register-new-notice-board-item', 'automated', (),
'''Return-Path: <bounce-it-77410293@mail.registroscuola.it>
Received: from mail.registroscuola.it (mail.registroscuola.it [5.249.148.62])
        by mx1.shop.example.be (Postfix) with ESMTPS id 1F6C91C0D03
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 14:02:27 +0100 (CET)
Date: Thu, 29 Oct 2026 14:02:26 +0100 (CET)
From: RegistroScuola - IC Giovanni Pascoli <noreply@registroscuola.it>
To: privacy@shop.example.be
Message-ID: <rs.bacheca.77410293.1793278946@registroscuola.it>
Subject: Nuova comunicazione in bacheca: Uscita didattica del 12 novembre
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk

Gentile genitore,

nella bacheca dell'Istituto Comprensivo "Giovanni Pascoli" di Monza è stata pubblicata una nuova comunicazione che richiede presa visione e adesione.

Oggetto: Uscita didattica al Museo della Scienza – classi 4A e 4B – 12 novembre 2026
Destinatari: genitori di MARINI SOFIA (classe 4A, scuola primaria)
Scadenza adesione: 06/11/2026

Per leggere la comunicazione e dare l'adesione accedi a RegistroScuola dal sito o dall'app Famiglia.

Questa e-mail è stata generata automaticamente: si prega di non rispondere. Per modificare l'indirizzo e-mail a cui ricevi le notifiche rivolgiti alla segreteria didattica.
'''),

    ('it', 'certified-mail-pec-school-accepts-only-pec', 'automated', (),
'''Return-Path: <posta-certificata@pec.aruba.it>
Received: from smtpdoc.pec.aruba.it (smtpdoc.pec.aruba.it [62.149.158.219])
        by mx1.shop.example.be (Postfix) with ESMTPS id 6D0B31C0A58
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 09:12:46 +0100 (CET)
Date: Tue, 03 Nov 2026 09:12:44 +0100
Subject: =?UTF-8?Q?POSTA_CERTIFICATA:_Risposta_automatica:_Richiesta_di_conferma_?=
 =?UTF-8?Q?identit=C3=A0_=28rif=2E_PRV-2026-10902=29?=
From: "Per conto di: rmic8gl00d@pec.istruzione.it" <posta-certificata@pec.aruba.it>
Reply-To: rmic8gl00d@pec.istruzione.it
To: privacy@shop.example.be
X-Riferimento-Message-ID: <20261103091240.C5E811C0227@out1.shop.example.be>
X-Trasporto: posta-certificata
Message-ID: <opec210312.20261103091244.112233.45.1.6@pec.aruba.it>
MIME-Version: 1.0
Content-Type: multipart/signed; protocol="application/pkcs7-signature";
 micalg=sha-256; boundary="----D5B1C7A0E3F2489A9C01"

This is an S/MIME signed message

------D5B1C7A0E3F2489A9C01
Content-Type: multipart/mixed; boundary="----=_Part_881204_1193871245.1793693564"

------=_Part_881204_1193871245.1793693564
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Messaggio di posta certificata

Il giorno 03/11/2026 alle ore 09:12:44 (+0100) il messaggio
"Risposta automatica: Richiesta di conferma identit=C3=A0 (rif. PRV-2026-10=
902)" =C3=A8 stato inviato da "rmic8gl00d@pec.istruzione.it"
indirizzato a:
privacy@shop.example.be
Il messaggio originale =C3=A8 incluso in allegato.
Identificativo messaggio: opec210312.20261103091244.112233.45.1.6@pec.aruba=
.it

------=_Part_881204_1193871245.1793693564
Content-Type: message/rfc822; name="postacert.eml"
Content-Disposition: inline; filename="postacert.eml"

Date: Tue, 3 Nov 2026 09:12:43 +0100
From: rmic8gl00d@pec.istruzione.it
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Risposta_automatica:_Richiesta_di_conferma_identit=C3=A0_?=
 =?UTF-8?Q?=28rif=2E_PRV-2026-10902=29?=
Auto-Submitted: auto-replied
Message-ID: <autoreply.rmic8gl00d.1793693563@pec.istruzione.it>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Si comunica che la presente casella di Posta Elettronica Certificata è abilitata alla sola ricezione di messaggi provenienti da altre caselle PEC. I messaggi inviati da caselle di posta ordinaria non vengono letti né protocollati.

Per comunicazioni di posta ordinaria si prega di utilizzare l'indirizzo rmic8gl00d@istruzione.it.

Distinti saluti
La Segreteria
Istituto Comprensivo "Via dei Glicini" - Roma

------=_Part_881204_1193871245.1793693564
Content-Type: application/xml; name="daticert.xml"
Content-Disposition: inline; filename="daticert.xml"
Content-Transfer-Encoding: 7bit

<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="posta-certificata" errore="nessuno">
  <intestazione>
    <mittente>rmic8gl00d@pec.istruzione.it</mittente>
    <destinatari tipo="esterno">privacy@shop.example.be</destinatari>
    <risposte>rmic8gl00d@pec.istruzione.it</risposte>
    <oggetto>Risposta automatica: Richiesta di conferma identit&#224; (rif. PRV-2026-10902)</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>
    <data zona="+0100">
      <giorno>03/11/2026</giorno>
      <ora>09:12:44</ora>
    </data>
    <identificativo>opec210312.20261103091244.112233.45.1.6@pec.aruba.it</identificativo>
    <msgid>&lt;autoreply.rmic8gl00d.1793693563@pec.istruzione.it&gt;</msgid>
  </dati>
</postacert>

------=_Part_881204_1193871245.1793693564--

------D5B1C7A0E3F2489A9C01
Content-Type: application/pkcs7-signature; name="smime.p7s"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="smime.p7s"

MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAKCAMIIH
QjCCBiqgAwIBAgIQFq3vX0mK2cT8bW1eN4aYdzANBgkqhkiG9w0BAQsFADBrMQswCQYDVQQGEwJJ
VDEOMAwGA1UEBwwFQXJlenpvMRswGQYDVQQKDBJBcnViYVBFQyBTLnAuQS4gMRcwFQYDVQQLDA5D
ZXJ0aWZpY2F0aW9uMRYwFAYDVQQDDA1BcnViYVBFQyBDQSAzAAAAAAAA
------D5B1C7A0E3F2489A9C01--
'''),

    ('it', 'childrens-hospital-public-relations-office-auto-reply', 'automated', (),
'''Return-Path: <urp@ospedalesangiorgio.it>
Received: from mx-out.ospedalesangiorgio.it (mx-out.ospedalesangiorgio.it [93.57.12.208])
        by mx1.shop.example.be (Postfix) with ESMTPS id B37E01C0C12
        for <privacy@shop.example.be>; Thu, 5 Nov 2026 15:44:10 +0100 (CET)
Date: Thu, 5 Nov 2026 15:44:09 +0100
From: URP Ospedale dei Bambini San Giorgio <urp@ospedalesangiorgio.it>
To: privacy@shop.example.be
Subject: Risposta automatica: Rettifica dei suoi dati - rif. PRV-2026-10871
Message-ID: <zimbra.autoreply.2291044.1793889849@mail.ospedalesangiorgio.it>
In-Reply-To: <20261105154402.7B3F01C0230@out1.shop.example.be>
References: <20261105154402.7B3F01C0230@out1.shop.example.be>
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Gentile utente,

la Sua e-mail è stata ricevuta dall'Ufficio Relazioni con il Pubblico dell'Ospedale dei Bambini San Giorgio.
Le richieste vengono evase in ordine di arrivo, di norma entro 30 giorni.

La preghiamo di NON inviare tramite posta elettronica referti, cartelle cliniche o altra documentazione sanitaria. Per richiedere copia della documentazione clinica utilizzi l'apposito modulo disponibile sul sito aziendale.

Per prenotare visite ed esami contatti il CUP al numero verde 800 638 638 (lun–ven 8:00–18:00).
In caso di emergenza chiami il 112.

Questo messaggio è generato automaticamente, si prega di non rispondere.

URP – Ospedale dei Bambini San Giorgio
'''),

    ('it', 'person-mother-quotes-our-bounce-complains-asks-child-account-deletion', 'complaint', ('deletion',),
'''Return-Path: <francesca.moretti82@libero.it>
Received: from libero.it (smtp-33.iol.local [10.101.8.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 0E9A41C0F88
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 22:05:57 +0100 (CET)
Received: from [127.0.0.1] ([151.38.112.204])
        by smtp-33.iol.local with ESMTPA
        id DqP4vkXr2nGe4DqP4vQyAb; Mon, 26 Oct 2026 22:05:56 +0100
Date: Mon, 26 Oct 2026 22:05:55 +0100 (CET)
From: Francesca Moretti <francesca.moretti82@libero.it>
To: privacy@shop.example.be
Message-ID: <1581427302.1142.1793048755604@mail1.libero.it>
Subject: cancellazione account di mio figlio - terza volta che scrivo
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Priority: 3
Importance: Normal
X-Mailer: Libero Mail

Buongiorno,

vi scrivo per la terza volta e comincio a perdere la pazienza.

Il 5 ottobre ho chiesto di cancellare l'account che mio figlio Tommaso (14 anni) ha aperto sulla vostra app senza il mio permesso, con l'indirizzo tommy.moretti09@gmail.com. Ho scritto all'indirizzo del responsabile della protezione dei dati indicato nella vostra informativa privacy, dpo@shop.example.be, e mi è tornato indietro il messaggio che trovate qui sotto. Il 19 ottobre ho riprovato con il modulo sul sito: nessuna risposta.

Trovo gravissimo che l'indirizzo del DPO scritto nella vostra informativa non esista nemmeno. Vi chiedo di cancellare subito l'account di mio figlio e tutti i suoi dati e di confermarmelo per iscritto. Se entro una settimana non ricevo risposta presenterò reclamo all'autorità per la protezione dei dati.

Francesca Moretti


---------- Messaggio inoltrato ----------
Da: Mail Delivery System <MAILER-DAEMON@mx1.shop.example.be>
A: francesca.moretti82@libero.it
Data: 5 ottobre 2026 alle 11.41
Oggetto: Undelivered Mail Returned to Sender

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dpo@shop.example.be>: User unknown in virtual alias table
'''),

    # ------------------------------------------------------------------ pt
    ('pt', 'community-school-teacher-ooo-autumn-holidays', 'automated', (),
'''Return-Path: <>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2120.outbound.protection.outlook.com [40.107.104.120])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4A2B91C0E35
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 16:52:08 +0100 (CET)
Received: from AS2PR08MB8744.eurprd08.prod.outlook.com (2603:10a6:20b:545::19)
 by AS2PR08MB8744.eurprd08.prod.outlook.com with Microsoft SMTP Server id
 15.20.8093.21; Tue, 27 Oct 2026 15:52:07 +0000
From: Teresa Matos <teresa.matos@escolaportuguesa-bxl.be>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?Q?Resposta_autom=C3=A1tica:_Pedido_de_acesso_aos_seus_dados_?=
 =?utf-8?Q?=28ref=2E_PRV-2026-10857=29?=
Thread-Topic: Pedido de acesso aos seus dados (ref. PRV-2026-10857)
Thread-Index: AQHbKDm7u1Jr9T2cS0iFw6q4Zn8Y0A==
Date: Tue, 27 Oct 2026 15:52:07 +0000
Message-ID:
 <AS2PR08MB8744F03B1D6E2C9A57B40E81A62A3@AS2PR08MB8744.eurprd08.prod.outlook.com>
In-Reply-To: <20261027165158.8A0C21C0222@out1.shop.example.be>
References: <20261027165158.8A0C21C0222@out1.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: teresa.matos@escolaportuguesa-bxl.be
Content-Language: pt-PT
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Bom dia,

Obrigada pela sua mensagem.

Durante as f=C3=A9rias de outono das escolas belgas esta caixa de correio n=
=C3=A3o =C3=A9 consultada. Responderei a partir de segunda-feira, 2 de nove=
mbro.

Para inscri=C3=A7=C3=B5es nos cursos de L=C3=ADngua e Cultura Portuguesas a=
o s=C3=A1bado, contacte a secretaria da escola: secretaria@escolaportuguesa=
-bxl.be.

Com os melhores cumprimentos,
Teresa Matos
Professora de L=C3=ADngua e Cultura Portuguesas
Escola Portuguesa Comunit=C3=A1ria de Bruxelas
'''),

    ('pt', 'hospital-citizen-office-auto-reply-sns24', 'automated', (),
'''Return-Path: <gabinete.cidadao@ulsribeiraalta.min-saude.pt>
Received: from mail.min-saude.pt (mail.min-saude.pt [193.137.64.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 7F4E21C0B66
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 10:26:52 +0100 (CET)
Date: Thu, 29 Oct 2026 09:26:51 +0000
From: =?UTF-8?Q?Gabinete_do_Cidad=C3=A3o_-_ULS_Ribeira_Alta?=
 <gabinete.cidadao@ulsribeiraalta.min-saude.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Resposta_autom=C3=A1tica:_Re:_O_seu_pedido_=28ref=2E_PRV-2026-10859=29?=
Message-ID: <autoresp-20261029092651-3391@ulsribeiraalta.min-saude.pt>
In-Reply-To: <20261029102640.2C8A41C0224@out1.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Exmo.(a) Senhor(a),

Acusamos a receção da sua mensagem, que será encaminhada para o serviço competente.

Por motivos de confidencialidade, não envie por correio eletrónico informação clínica, relatórios ou resultados de exames. Os pedidos de acesso à informação clínica devem ser feitos através do formulário próprio, disponível no nosso sítio na internet.

Em caso de emergência, ligue 112.
Para aconselhamento clínico, contacte o SNS 24: 808 24 24 24.

Esta mensagem foi gerada automaticamente. Por favor, não responda.

Gabinete do Cidadão
Unidade Local de Saúde da Ribeira Alta
'''),

    ('pt', 'm365-ndr-nursery-recipient-size-limit', 'automated', (),
'''Return-Path: <>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2103.outbound.protection.outlook.com [40.107.13.103])
        by mx1.shop.example.be (Postfix) with ESMTPS id D5A0C1C0C47
        for <privacy@shop.example.be>; Wed, 4 Nov 2026 15:09:21 +0100 (CET)
Received: from DU2PR10MB7905.EURPRD10.PROD.OUTLOOK.COM (2603:10a6:10:4a1::22)
 by DU2PR10MB7905.EURPRD10.PROD.OUTLOOK.COM with Microsoft SMTP Server id
 15.20.8093.21; Wed, 4 Nov 2026 14:09:20 +0000
From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ji-girassol.pt>
To: <privacy@shop.example.be>
Date: Wed, 4 Nov 2026 14:09:20 +0000
Content-Type: multipart/report; report-type=delivery-status;
 boundary="5d9a1e3c-40b7-4e28-9f6a-c3b0d8e21f75"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pt-PT
Message-ID:
 <0b3f7e91-c2d4-4a68-8e15-93f0a7b6c2d1@DU2PR10MB7905.EURPRD10.PROD.OUTLOOK.COM>
In-Reply-To: <20261104150853.1F6B31C0228@out1.shop.example.be>
References: <20261104150853.1F6B31C0228@out1.shop.example.be>
Subject: =?utf-8?Q?N=C3=A3o_entregue:_C=C3=B3pia_dos_seus_dados_em_formato_CSV_?=
 =?utf-8?Q?=28ref=2E_PRV-2026-10895=29?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--5d9a1e3c-40b7-4e28-9f6a-c3b0d8e21f75
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

A sua mensagem para rui.almeida@ji-girassol.pt não foi entregue porque é demasiado grande para este destinatário.

privacy     Office 365     rui.almeida
Ação Necessária               Remetente

Mensagem demasiado grande

Como Corrigir
A sua mensagem (27 MB) excede o tamanho máximo permitido para este destinatário (10 MB). Reduza o tamanho da mensagem, por exemplo removendo anexos ou enviando-os através de uma ligação partilhada, e tente enviá-la novamente.

Mais informações para Administradores de E-mail
O servidor remoto devolveu '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient'

--5d9a1e3c-40b7-4e28-9f6a-c3b0d8e21f75
Content-Type: message/delivery-status

Reporting-MTA: dns;DU2PR10MB7905.EURPRD10.PROD.OUTLOOK.COM
Received-From-MTA: dns;out1.shop.example.be
Arrival-Date: Wed, 4 Nov 2026 14:08:57 +0000

Final-Recipient: rfc822;rui.almeida@ji-girassol.pt
Action: failed
Status: 5.2.3
Diagnostic-Code: smtp;550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large
 for this recipient

--5d9a1e3c-40b7-4e28-9f6a-c3b0d8e21f75
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: Shop Example Privacy Team <privacy@shop.example.be>
To: rui.almeida@ji-girassol.pt
Subject: =?utf-8?Q?C=C3=B3pia_dos_seus_dados_em_formato_CSV_=28ref=2E_PRV-2026-10895=29?=
Date: Wed, 4 Nov 2026 15:08:53 +0100
Message-ID: <20261104150853.1F6B31C0228@out1.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="------------Wz3pQ8mD1kXv"

--5d9a1e3c-40b7-4e28-9f6a-c3b0d8e21f75--
'''),

    ('pt', 'person-iphone-signature-asks-purchase-history-csv', 'portability', (),
'''Return-Path: <joana.ferreira@sapo.pt>
Received: from smtp.sapo.pt (relay6.ptmail.sapo.pt [213.13.146.142])
        by mx1.shop.example.be (Postfix) with ESMTPS id 3C8D71C0D26
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 15:33:40 +0100 (CET)
Received: from smtpclient.apple (a89-154-62-17.cpe.netcabo.pt [89.154.62.17])
        (Authenticated sender: joana.ferreira@sapo.pt)
        by smtp.sapo.pt (Postfix) with ESMTPSA id 8B1D3A0049
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 14:33:39 +0000 (WET)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Joana Ferreira <joana.ferreira@sapo.pt>
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?Hist=C3=B3rico_de_compras?=
Date: Sat, 31 Oct 2026 14:33:27 +0000
Message-Id: <7E2F4C91-3A0B-4D5E-9C18-B6F02A7D3E54@sapo.pt>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (23B85)

Boa tarde,

Queria pedir-vos o hist=C3=B3rico de todas as minhas compras (loja online e=
 lojas f=C3=ADsicas, cart=C3=A3o de cliente n.=C2=BA 2 4410 5518 0936) num =
ficheiro Excel ou CSV, com data, artigo e valor. Uso uma aplica=C3=A7=C3=A3=
o de or=C3=A7amento familiar e gostava de importar l=C3=A1 esses dados.

Se for poss=C3=ADvel, enviem o ficheiro para este e-mail.

Obrigada,
Joana

Joana Ferreira
Educadora de Inf=C3=A2ncia
Creche e Jardim de Inf=C3=A2ncia O Girassol

Enviado do meu iPhone=
'''),

    # ------------------------------------------------------------------ pl
    ('pl', 'school-e-register-new-message-notification', 'automated', (),
'''Return-Path: <powiadomienia@mojdziennik.pl>
Received: from mx-out3.mojdziennik.pl (mx-out3.mojdziennik.pl [185.243.52.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 2B9C41C0A83
        for <privacy@shop.example.be>; Wed, 4 Nov 2026 19:30:14 +0100 (CET)
Date: Wed, 4 Nov 2026 19:30:12 +0100
From: mojDziennik <powiadomienia@mojdziennik.pl>
To: privacy@shop.example.be
Message-ID: <msg-notify.3318275.1793817012@mojdziennik.pl>
Subject: =?UTF-8?Q?Nowa_wiadomo=C5=9B=C4=87_od:_Anna_Kowalczyk_=28wychowawca_3b=29?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

Dzień dobry,

w systemie mojDziennik czeka na Ciebie nowa wiadomość.

Nadawca: Anna Kowalczyk (wychowawca klasy 3b)
Temat: Zebranie z rodzicami – 12 listopada, godz. 17:30
Szkoła: Szkoła Podstawowa nr 7 w Piasecznie

Aby przeczytać wiadomość, zaloguj się na https://mojdziennik.pl lub otwórz aplikację mobilną mojDziennik.

Otrzymujesz to powiadomienie, ponieważ adres privacy@shop.example.be jest przypisany do konta rodzica ucznia: Wiśniewski Jakub. Jeśli to pomyłka, skontaktuj się z sekretariatem szkoły.

Wiadomość została wygenerowana automatycznie – prosimy na nią nie odpowiadać.
'''),

    ('pl', 'parental-control-app-weekly-activity-report', 'automated', (),
'''Return-Path: <bounces+7710024@em.safekids-family.com>
Received: from o7.em.safekids-family.com (o7.em.safekids-family.com [149.72.120.55])
        by mx1.shop.example.be (Postfix) with ESMTPS id 6A1F01C0B27
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 08:00:31 +0100 (CET)
Date: Mon, 02 Nov 2026 07:00:29 +0000 (UTC)
From: SafeKids Family <raporty@safekids-family.com>
To: privacy@shop.example.be
Message-ID: <weekly.7710024.20261102070029@safekids-family.com>
Subject: =?UTF-8?Q?Raport_tygodniowy:_Zosia_=E2=80=93_26_pa=C5=BA_=E2=80=93_1_lis?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="sk_7710024_b9d3e1f0a2c4"
List-Unsubscribe: <https://app.safekids-family.com/settings/emails?u=7710024&t=weekly>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Campaign: weekly-report-pl

--sk_7710024_b9d3e1f0a2c4
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Cześć,

oto podsumowanie aktywności Zosi (urządzenie: Galaxy Tab A9) w minionym tygodniu.

Czas przed ekranem: 14 godz. 22 min (o 8% więcej niż tydzień wcześniej)
Najdłużej: sobota, 3 godz. 41 min

Najczęściej używane aplikacje:
1. YouTube Kids – 5 godz. 10 min
2. Roblox – 4 godz. 02 min
3. Duolingo – 1 godz. 15 min

Zablokowane próby: 6 (gry online, media społecznościowe)
Cisza nocna: przestrzegana 7/7 dni

Pełny raport: https://app.safekids-family.com/reports/weekly

Otrzymujesz tę wiadomość, bo jesteś opiekunem w rodzinie „Nowakowie”.
Zmień ustawienia powiadomień: https://app.safekids-family.com/settings/emails

--sk_7710024_b9d3e1f0a2c4
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif">
<h2>Raport tygodniowy: Zosia</h2>
<p>Czas przed ekranem: <b>14 godz. 22 min</b> (+8%)</p>
<ol><li>YouTube Kids – 5 godz. 10 min</li><li>Roblox – 4 godz. 02 min</li><li>Duolingo – 1 godz. 15 min</li></ol>
<p>Zablokowane próby: 6 &middot; Cisza nocna: 7/7 dni</p>
<p><a href="https://app.safekids-family.com/reports/weekly">Zobacz pełny raport</a></p>
<p style="font-size:11px;color:#999">Otrzymujesz tę wiadomość, bo jesteś opiekunem w rodzinie „Nowakowie”.</p>
</body></html>

--sk_7710024_b9d3e1f0a2c4--
'''),

    ('pl', 'family-clinic-auto-reply-no-medical-records', 'automated', (),
'''Return-Path: <rejestracja@zdrowedziecko-piaseczno.pl>
Received: from s52.home.pl (s52.home.pl [79.96.170.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 9E3D51C0E09
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 09:55:47 +0100 (CET)
Date: Fri, 30 Oct 2026 09:55:46 +0100
From: =?UTF-8?Q?Przychodnia_Rodzinna_=E2=80=9EZdrowe_Dziecko=E2=80=9D?=
 <rejestracja@zdrowedziecko-piaseczno.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Odpowied=C5=BA_automatyczna:_Potwierdzenie_to=C5=BCsamo=C5=9Bci_?=
 =?UTF-8?Q?=28PRV-2026-10888=29?=
Message-ID: <vacation-1793350546.41877@s52.home.pl>
In-Reply-To: <20261030095538.4E0F11C0226@out1.shop.example.be>
References: <20261030095538.4E0F11C0226@out1.shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dzień dobry,

dziękujemy za wiadomość. Skrzynka rejestracji jest obsługiwana w dni robocze w godzinach 8:00–18:00. Odpowiemy najszybciej, jak to możliwe.

Prosimy nie przesyłać e-mailem dokumentacji medycznej, wyników badań ani zdjęć zmian skórnych. W sprawach zdrowotnych prosimy o kontakt przez Internetowe Konto Pacjenta lub umówienie teleporady.

Rejestracja na wizyty: tel. 22 757 40 40 lub przez aplikację.
W nagłych przypadkach zagrożenia życia lub zdrowia dzwoń pod numer 112.
Nocna i świąteczna opieka zdrowotna: ul. Lipowa 5, tel. 22 757 40 99.

Wiadomość wygenerowana automatycznie.
Przychodnia Rodzinna „Zdrowe Dziecko”, ul. Brzozowa 12, 05-500 Piaseczno
'''),

    ('pl', 'person-stop-reply-through-sms-to-mail-gateway', 'withdraw_consent', (),
'''Return-Path: <mo-bounce@reply.smsrelay.eu>
Received: from gw2.smsrelay.eu (gw2.smsrelay.eu [91.214.65.20])
        by mx1.shop.example.be (Postfix) with ESMTPS id 5C7B21C0F36
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 18:22:44 +0100 (CET)
From: "SMS +32 471 55 82 03" <32471558203@reply.smsrelay.eu>
To: privacy@shop.example.be
Subject: SMS reply from +32471558203 (campaign HERFST26-SCHOOL)
Date: Tue, 3 Nov 2026 18:22:43 +0100
Message-ID: <mo.8841927731.32471558203@gw2.smsrelay.eu>
X-SMSRelay-Campaign: HERFST26-SCHOOL
X-SMSRelay-Direction: MO
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Incoming SMS
From:      +32 471 55 82 03
To:        8810 (Shop Example)
Received:  03/11/2026 18:22:41 CET
Campaign:  HERFST26-SCHOOL

Message:
STOP. Nie chcę więcej tych SMS-ów, nigdy się na nie nie zapisywałam. Proszę usunąć mój numer z listy.

--
In reply to:
Shop Example: -20% op alle schoolspullen t/m 8/11 met je klantenkaart. Stop? Antwoord STOP
--
This message was relayed by SMSRelay (smsrelay.eu). Replies to this e-mail are not delivered to the mobile number.
'''),

    # ------------------------------------------------------------------ cs
    ('cs', 'school-information-system-new-message-notice', 'automated', (),
'''Return-Path: <noreply@zakovnik.cz>
Received: from out2.zakovnik.cz (out2.zakovnik.cz [46.234.101.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 0F4A81C0C55
        for <privacy@shop.example.be>; Wed, 4 Nov 2026 13:05:39 +0100 (CET)
Date: Wed, 4 Nov 2026 13:05:38 +0100
From: =?UTF-8?Q?=C5=BD=C3=A1kovn=C3=ADk_-_Z=C5=A0_Komensk=C3=A9ho_Kol=C3=ADn?= <noreply@zakovnik.cz>
To: privacy@shop.example.be
Message-ID: <komunikace.5521907.1793793938@zakovnik.cz>
Subject: =?UTF-8?Q?Nov=C3=A1_zpr=C3=A1va_ve_=C5=A1koln=C3=ADm_syst=C3=A9mu?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk

Dobrý den,

ve školním informačním systému Žákovník máte novou zprávu.

Od: Mgr. Petra Dvořáková (třídní učitelka 5.A)
Předmět: Plavecký výcvik – změna termínu
Odesláno: 4. 11. 2026 13:05

Zprávu si přečtete po přihlášení na https://zskomenskeho-kolin.zakovnik.cz nebo v mobilní aplikaci.

Tento e-mail byl vygenerován automaticky, neodpovídejte na něj. Upozornění na nové zprávy můžete vypnout v nastavení svého účtu.

ZŠ Komenského Kolín
'''),

    ('cs', 'health-insurer-e-filing-receipt-reference-number', 'automated', (),
'''Return-Path: <podatelna@zpmorava.cz>
Received: from mail.zpmorava.cz (mail.zpmorava.cz [194.108.63.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 8C2E31C0D70
        for <privacy@shop.example.be>; Thu, 5 Nov 2026 09:47:15 +0100 (CET)
Date: Thu, 5 Nov 2026 09:47:13 +0100
From: =?UTF-8?Q?Elektronick=C3=A1_podatelna_ZP_Morava?= <podatelna@zpmorava.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Potvrzen=C3=AD_o_p=C5=99ijet=C3=AD_pod=C3=A1n=C3=AD_=C4=8D=2E_j=2E_ZPM/2026/114587?=
Message-ID: <podatelna.ZPM-2026-114587@zpmorava.cz>
In-Reply-To: <20261105094702.3A9D51C0232@out1.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Vážená paní, vážený pane,

potvrzujeme, že Vaše elektronické podání bylo doručeno na elektronickou podatelnu Zdravotní pojišťovny Morava.

Číslo jednací:        ZPM/2026/114587
Datum a čas doručení: 05.11.2026 09:47:12
Odesílatel:           privacy@shop.example.be
Věc:                  Odpověď na Vaši žádost – Shop Example (PRV-2026-10910)
Počet příloh:         0

Podání bude vyřízeno v zákonné lhůtě. Na tuto zprávu prosím neodpovídejte, byla vygenerována automaticky.

Upozornění: údaje o zdravotním stavu nám zasílejte pouze prostřednictvím Klientského portálu nebo datové schránky.

Zdravotní pojišťovna Morava
'''),

    ('cs', 'family-location-app-weekly-summary', 'automated', (),
'''Return-Path: <bounce-cs-448120@mail.familydot.app>
Received: from mail.familydot.app (mail-a12.familydot.app [198.2.180.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 3E7D91C0A46
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 06:00:44 +0100 (CET)
Date: Mon, 02 Nov 2026 05:00:42 +0000
From: FamilyDot <prehled@familydot.app>
To: privacy@shop.example.be
Message-ID: <weekly-digest.448120.20261102@familydot.app>
Subject: =?UTF-8?Q?T=C3=BDdenn=C3=AD_p=C5=99ehled_rodiny_Nov=C3=A1kov=C3=BDch_=2826=2E_10=2E_?=
 =?UTF-8?Q?=E2=80=93_1=2E_11=2E=29?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
List-Unsubscribe: <https://familydot.app/u/weekly?l=cs&id=448120>
Precedence: bulk

Ahoj Jano,

tady je přehled toho, jak se vaší rodině dařilo minulý týden.

Eliška
• 38 příjezdů a odjezdů
• Nejčastější místo: Škola (ZŠ Komenského) – 5 dní
• Nejdelší doba mimo domov: sobota, 7 h 12 min
• Baterie telefonu klesla pod 10 %: 3×

Tomáš
• Najeto 212 km, nejvyšší rychlost 128 km/h (D11, pátek)
• 2× prudké brzdění

Upozornění na místa (Domov, Škola, Babička) fungovala bez výpadků.

Podrobnosti najdete v aplikaci FamilyDot.
Týdenní přehledy vypnete v Nastavení > Oznámení nebo zde: https://familydot.app/u/weekly?l=cs&id=448120

FamilyDot – vaše rodina v bezpečí
'''),

    ('cs', 'person-ward-nurse-freeze-hacked-account-keep-history', 'restriction', (),
'''Return-Path: <lucie.horakova@nemocnice-brezova.cz>
Received: from mail.nemocnice-brezova.cz (mail.nemocnice-brezova.cz [212.96.160.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id B19E61C0C08
        for <privacy@shop.example.be>; Sun, 1 Nov 2026 07:41:26 +0100 (CET)
Received: from NB-EXCH01.nemocnice.local (10.1.2.21) by NB-EXCH01.nemocnice.local
 (10.1.2.21) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; Sun, 1 Nov
 2026 07:41:24 +0100
From: =?utf-8?Q?Hor=C3=A1kov=C3=A1_Lucie?= <lucie.horakova@nemocnice-brezova.cz>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?Zneu=C5=BEit=C3=BD_=C3=BA=C4=8Det_-_objedn=C3=A1vka_3019-88412?=
Thread-Topic: =?utf-8?Q?Zneu=C5=BEit=C3=BD_=C3=BA=C4=8Det_-_objedn=C3=A1vka_3019-88412?=
Thread-Index: AQHbK8r0Qv5cN2m9X0iWb1pL7tYf3Q==
Date: Sun, 1 Nov 2026 06:41:22 +0000
Message-ID: <b2e81c47f9a34d06a1c5e7d30f82b9a4@nemocnice-brezova.cz>
Accept-Language: cs-CZ, en-US
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dobrý den,

minulý týden mi přišlo potvrzení objednávky č. 3019-88412, kterou jsem neudělala (autosedačka a kočárek s doručením na adresu v Liberci, kterou vůbec neznám). Vypadá to, že se mi někdo dostal do účtu.

Dokud to neprošetříte, prosím můj účet zablokujte a s mými údaji nic nedělejte – žádné objednávky, žádné změny, žádné e-maily. Zároveň ale nic nemažte, historii objednávek a přihlášení budu potřebovat pro policii a pro banku.

Heslo jsem si mezitím změnila.

Děkuji
Lucie Horáková

Odesláno z Outlooku pro Android

--
Bc. Lucie Horáková, DiS.
staniční sestra | Dětské oddělení
Nemocnice Březová, a. s. | Nemocniční 1 | 123 45 Březová
tel.: +420 499 000 312

Tento e-mail a jeho případné přílohy jsou důvěrné a mohou obsahovat informace podléhající lékařskému tajemství nebo osobní údaje chráněné právními předpisy. Pokud nejste zamýšleným adresátem, informujte prosím neprodleně odesílatele a zprávu včetně příloh vymažte. Jakékoli jiné užití, kopírování či šíření je zakázáno.
This e-mail and any attachments are confidential and may contain information protected by medical secrecy or personal data. If you are not the intended recipient, please notify the sender immediately and delete this message.
'''),

    # ------------------------------------------------------------------ hr
    ('hr', 'primary-teacher-ooo-autumn-break', 'automated', (),
'''Return-Path: <>
Received: from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2131.outbound.protection.outlook.com [40.107.6.131])
        by mx1.shop.example.be (Postfix) with ESMTPS id 7B0E41C0E52
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 17:20:03 +0100 (CET)
Received: from VI1PR06MB6650.eurprd06.prod.outlook.com (2603:10a6:800:12a::8)
 by VI1PR06MB6650.eurprd06.prod.outlook.com with Microsoft SMTP Server id
 15.20.8093.21; Thu, 29 Oct 2026 16:20:02 +0000
From: Marija Horvat <marija.horvat@skole.hr>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatski_odgovor:_Va=C5=A1_zahtjev_-_potvrda_identiteta_?=
 =?utf-8?Q?=28PRV-2026-10880=29?=
Thread-Topic: =?utf-8?Q?Va=C5=A1_zahtjev_-_potvrda_identiteta_=28PRV-2026-10880=29?=
Thread-Index: AQHbKhWc8b1n4E2yS0uXz7oP1qK9Zw==
Date: Thu, 29 Oct 2026 16:20:02 +0000
Message-ID:
 <VI1PR06MB6650A8E2C3F0417B9D52E6C0F7482@VI1PR06MB6650.eurprd06.prod.outlook.com>
In-Reply-To: <20261029171955.6F3A01C0219@out1.shop.example.be>
References: <20261029171955.6F3A01C0219@out1.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: marija.horvat@skole.hr
Content-Language: hr-HR
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Po=C5=A1tovani,

zahvaljujem na poruci. Zbog jesenskih praznika u=C4=8Denika od 29. listopa=
da do 1. studenoga 2026. ne =C4=8Ditam e-po=C5=A1tu. Na Va=C5=A1u poruku o=
dgovorit =C4=87u nakon povratka, u ponedjeljak 2. studenoga.

U hitnim slu=C4=8Dajevima obratite se tajni=C5=A1tvu =C5=A1kole na broj 01=
 6187 220 ili na tajnistvo@os-vrbik-istok-zg.skole.hr.

Lijep pozdrav,
Marija Horvat, u=C4=8Diteljica razredne nastave
O=C5=A0 Vrbik-Istok, Zagreb
'''),

    ('hr', 'school-register-new-grade-notification', 'automated', (),
'''Return-Path: <obavijesti@skolski-imenik.hr>
Received: from smtp.skolski-imenik.hr (smtp.skolski-imenik.hr [31.147.204.36])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4D8F21C0B14
        for <privacy@shop.example.be>; Thu, 5 Nov 2026 12:40:08 +0100 (CET)
Date: Thu, 5 Nov 2026 12:40:07 +0100
From: =?UTF-8?Q?=C5=A0kolski_imenik?= <obavijesti@skolski-imenik.hr>
To: privacy@shop.example.be
Message-ID: <ocjena.2026.9931764@skolski-imenik.hr>
Subject: =?UTF-8?Q?Nova_ocjena_=E2=80=93_Matematika?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk

Poštovani roditelju / skrbniče,

učeniku Luka Babić (6.b, OŠ Vrbik-Istok) upisana je nova ocjena.

Predmet: Matematika
Element vrednovanja: Usvojenost znanja
Datum: 5. 11. 2026.

Ocjenu i bilješku učitelja možete vidjeti nakon prijave u Školski imenik (https://imenik.skolski-imenik.hr) ili u mobilnoj aplikaciji.

Ovo je automatska poruka. Molimo ne odgovarajte na nju. Obavijesti možete isključiti u postavkama korisničkog računa.
'''),

    ('hr', 'challenge-response-sender-verification-kindergarten-teacher', 'automated', (),
'''Return-Path: <>
Received: from provjera.mojmail.hr (provjera.mojmail.hr [78.134.250.9])
        by mx1.shop.example.be (Postfix) with ESMTPS id E0C3A1C0D91
        for <privacy@shop.example.be>; Thu, 5 Nov 2026 16:40:29 +0100 (CET)
Date: Thu, 5 Nov 2026 16:40:28 +0100
From: =?UTF-8?Q?Provjera_po=C5=A1iljatelja_-_mojmail=2Ehr?= <provjera@mojmail.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?[Provjera]_Potvrdite_da_ste_poslali_poruku:_Potvrda_brisanja_?=
 =?UTF-8?Q?Va=C5=A1eg_ra=C4=8Duna_=28PRV-2026-10899=29?=
Message-ID: <cr-7Fq2xK9mLp04@provjera.mojmail.hr>
In-Reply-To: <20261105164019.2D7C01C0233@out1.shop.example.be>
Auto-Submitted: auto-replied
Precedence: junk
X-Challenge-Response: challenge
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Poštovani,

Vaša poruka za vesna.juric@mojmail.hr zadržana je jer adresa privacy@shop.example.be nije na popisu odobrenih pošiljatelja ovog korisnika.

Kako bismo spriječili neželjenu poštu, molimo Vas da jednom potvrdite da ste stvarna osoba. Kliknite na poveznicu u roku od 72 sata:

https://provjera.mojmail.hr/potvrdi?id=7Fq2xK9mLp04

Nakon potvrde Vaša će poruka biti isporučena, a sve buduće poruke s ove adrese stizat će izravno.

Podaci o zadržanoj poruci:
  Od:        privacy@shop.example.be
  Za:        vesna.juric@mojmail.hr
  Predmet:   Potvrda brisanja Vašeg računa (PRV-2026-10899)
  Primljeno: 05.11.2026. 16:40

Ako niste poslali ovu poruku, zanemarite ovu obavijest.

Ova je poruka poslana automatski, ne odgovarajte na nju.
'''),

    ('hr', 'person-iphone-objects-to-profiling-keeps-newsletter', 'objection', (),
'''Return-Path: <ivana.kovacevic84@gmail.com>
Received: from mail-ej1-f54.google.com (mail-ej1-f54.google.com [209.85.218.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 1C9B51C0E73
        for <privacy@shop.example.be>; Wed, 4 Nov 2026 21:48:12 +0100 (CET)
Received: by mail-ej1-f54.google.com with SMTP id a640c23a62f3a-ad2240c7e61so40931266b.1
        for <privacy@shop.example.be>; Wed, 04 Nov 2026 12:48:11 -0800 (PST)
Received: from smtpclient.apple ([188.252.197.40])
        by smtp.gmail.com with ESMTPSA id a640c23a62f3a-ad5c8e2b9f1sm1124406566b.41
        for <privacy@shop.example.be>;
        Wed, 04 Nov 2026 12:48:10 -0800 (PST)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?Q?Ivana_Kova=C4=8Devi=C4=87?= <ivana.kovacevic84@gmail.com>
Mime-Version: 1.0 (1.0)
Subject: Re: Ivana, we picked these for you this week
Date: Wed, 4 Nov 2026 21:48:00 +0100
Message-Id: <D41A7C0E-92B3-4F58-8E6D-0C3B5A19F7E2@gmail.com>
References: <nl.20261104.7731.ivana@mail.shop.example.be>
In-Reply-To: <nl.20261104.7731.ivana@mail.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (23B85)

Dobar dan,

primijetila sam da mi u newsletteru nudite stvari to=C4=8Dno za dob moje k=
=C4=87eri (zimske jakne vel. 104, igra=C4=8Dke za =C4=8Detverogodi=C5=A1nj=
ake), o=C4=8Dito na temelju onoga =C5=A1to kupujem karticom. To mi se ne sv=
i=C4=91a. Ne =C5=BEelim da iz mojih kupnji radite profil mene i moje djece =
niti da mi na temelju toga prilago=C4=91avate ponude.

Newsletter mi mo=C5=BEete i dalje slati, ali bez tog pra=C4=87enja i person=
alizacije.

Ivana Kova=C4=8Devi=C4=87

Poslano s mog iPhonea

> Dana 4. stu 2026., u 08:00, Shop Example <news@mail.shop.example.be> je n=
apisao/la:
>
> =EF=BB=BF
> Hi Ivana, we picked these for you this week!
>
> Winter jacket "Snowy" (size 104) - EUR 39.95
> Wooden puzzle set, 4+ - EUR 14.99
> Advent calendar for little ones - EUR 19.99
>
> Recommended based on your recent purchases.
> Unsubscribe | Preferences
'''),

    # ------------------------------------------------------------------ sv
    ('sv', 'preschool-teacher-ooo-autumn-break-week-44', 'automated', (),
'''Return-Path: <>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2112.outbound.protection.outlook.com [40.107.241.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 5F1A81C0B72
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 10:07:44 +0100 (CET)
Received: from GV1PR09MB7412.eurprd09.prod.outlook.com (2603:10a6:150:1c3::5)
 by GV1PR09MB7412.eurprd09.prod.outlook.com with Microsoft SMTP Server id
 15.20.8093.21; Mon, 26 Oct 2026 09:07:43 +0000
From: Sara Lindgren <sara.lindgren@utb.norrvika.se>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatiskt_svar:_Din_beg=C3=A4ran_om_radering_=28PRV-2026-10862=29?=
Thread-Topic: =?utf-8?Q?Din_beg=C3=A4ran_om_radering_=28PRV-2026-10862=29?=
Thread-Index: AQHbJ0pV2s8mX1fE0kUy9cTq3bR7Hw==
Date: Mon, 26 Oct 2026 09:07:43 +0000
Message-ID:
 <GV1PR09MB74125C3E0A9D81F6B27E4A05C9362@GV1PR09MB7412.eurprd09.prod.outlook.com>
In-Reply-To: <20261026100731.4B2E61C0212@out1.shop.example.be>
References: <20261026100731.4B2E61C0212@out1.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: sara.lindgren@utb.norrvika.se
Content-Language: sv-SE
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hej!

Tack f=C3=B6r ditt mejl. Jag =C3=A4r ledig under h=C3=B6stlovet vecka 44 o=
ch l=C3=A4ser inte min e-post. Jag =C3=A4r tillbaka m=C3=A5ndag 2 november=
.

G=C3=A4ller det ditt barns vistelse p=C3=A5 f=C3=B6rskolan? Ring avdelning=
 Bl=C3=A5b=C3=A4ret p=C3=A5 0611-34 88 20 eller skicka ett meddelande i ap=
pen. Fr=C3=A5nvaro och sjukanm=C3=A4lan g=C3=B6rs som vanligt i appen.

V=C3=A4nliga h=C3=A4lsningar
Sara Lindgren
F=C3=B6rskoll=C3=A4rare, Ekbackens f=C3=B6rskola
Norrvika kommun
'''),

    ('sv', 'parents-association-mailing-list-held-for-moderation', 'automated', (),
'''Return-Path: <foraldraforeningen-bounces@listor.ekbacksskolan.se>
Received: from listor.ekbacksskolan.se (listor.ekbacksskolan.se [194.17.41.96])
        by mx1.shop.example.be (Postfix) with ESMTPS id 2A6F91C0C31
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 14:22:26 +0100 (CET)
Received: from listor.ekbacksskolan.se (localhost [127.0.0.1])
        by listor.ekbacksskolan.se (Postfix) with ESMTP id 6E2B43E0A1
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 14:22:25 +0100 (CET)
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Subject: =?utf-8?q?Ditt_meddelande_till_Foraldraforeningen_v=C3=A4ntar_p=C3=A5?=
 =?utf-8?q?_moderatorns_godk=C3=A4nnande?=
From: foraldraforeningen-owner@listor.ekbacksskolan.se
To: privacy@shop.example.be
Message-ID: <mailman.12.1793712145.2291.foraldraforeningen@listor.ekbacksskolan.se>
Date: Tue, 03 Nov 2026 14:22:25 +0100
Precedence: bulk
X-BeenThere: foraldraforeningen@listor.ekbacksskolan.se
X-Mailman-Version: 2.1.39
List-Id: =?utf-8?q?F=C3=B6r=C3=A4ldraf=C3=B6reningen_Ekbacksskolan?=
 <foraldraforeningen.listor.ekbacksskolan.se>
X-List-Administrivia: yes
Errors-To: foraldraforeningen-bounces@listor.ekbacksskolan.se
Sender: "Foraldraforeningen" <foraldraforeningen-bounces@listor.ekbacksskolan.se>

Ditt e-brev till 'Foraldraforeningen' med ämnet

    Re: Fråga om elevbilder i er reklam (PRV-2026-10870)

hålls tillbaka tills moderatorn kan granska det för godkännande.

Anledningen till att det hålls tillbaka:

    Avsändaren är inte medlem i listan

Antingen kommer meddelandet att skickas till listan, eller så får du
ett meddelande om moderatorns beslut. Om du vill dra tillbaka
meddelandet, besök följande webbadress:

    https://listor.ekbacksskolan.se/mailman/confirm/foraldraforeningen/5c1f08e2b7a94d3e61c0af72d9b8e4f3a1c6d507
'''),

    ('sv', 'm365-ndr-municipal-school-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2115.outbound.protection.outlook.com [40.107.22.115])
        by mx1.shop.example.be (Postfix) with ESMTPS id 9D4B01C0F62
        for <privacy@shop.example.be>; Fri, 6 Nov 2026 13:58:50 +0100 (CET)
Received: from GV1PR09MB7412.eurprd09.prod.outlook.com (2603:10a6:150:1c3::5)
 by GV1PR09MB7412.eurprd09.prod.outlook.com with Microsoft SMTP Server id
 15.20.8093.21; Fri, 6 Nov 2026 12:58:49 +0000
From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@utb.norrvika.se>
To: <privacy@shop.example.be>
Date: Fri, 6 Nov 2026 12:58:49 +0000
Content-Type: multipart/report; report-type=delivery-status;
 boundary="e63a0f1b-2c84-4d97-b5e0-18a9c7f3d246"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
Message-ID:
 <41c9e0b2-7a3f-4e18-9d65-b2f0c8a7e193@GV1PR09MB7412.eurprd09.prod.outlook.com>
In-Reply-To: <20261106135836.7C2D91C0234@out1.shop.example.be>
References: <20261106135836.7C2D91C0234@out1.shop.example.be>
Subject: =?utf-8?Q?Kan_inte_levereras:_Ditt_konto_hos_Shop_Example_har_raderats_?=
 =?utf-8?Q?=28PRV-2026-10874=29?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--e63a0f1b-2c84-4d97-b5e0-18a9c7f3d246
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Det gick inte att leverera meddelandet till karin.lindqvist@utb.norrvika.se.

Det gick inte att hitta karin.lindqvist på utb.norrvika.se.

privacy     Office 365     karin.lindqvist
Åtgärd krävs                  Mottagare

Okänd mottagare

Så här åtgärdar du det
Det gick inte att hitta e-postadressen du angav. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen. Om problemet kvarstår kan du kontakta mottagaren på annat sätt (t.ex. via telefon) och be om rätt adress.

Mer information för e-postadministratörer
Fjärrservern returnerade '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient karin.lindqvist@utb.norrvika.se not found by SMTP address lookup'

--e63a0f1b-2c84-4d97-b5e0-18a9c7f3d246
Content-Type: message/delivery-status

Reporting-MTA: dns;GV1PR09MB7412.eurprd09.prod.outlook.com
Received-From-MTA: dns;out1.shop.example.be
Arrival-Date: Fri, 6 Nov 2026 12:58:38 +0000

Final-Recipient: rfc822;karin.lindqvist@utb.norrvika.se
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 karin.lindqvist@utb.norrvika.se not found by SMTP address lookup

--e63a0f1b-2c84-4d97-b5e0-18a9c7f3d246
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: Shop Example Privacy Team <privacy@shop.example.be>
To: karin.lindqvist@utb.norrvika.se
Subject: Ditt konto hos Shop Example har raderats (PRV-2026-10874)
Date: Fri, 6 Nov 2026 13:58:36 +0100
Message-ID: <20261106135836.7C2D91C0234@out1.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--e63a0f1b-2c84-4d97-b5e0-18a9c7f3d246--
'''),

    ('sv', 'person-teacher-outlook-ios-municipal-gdpr-footer-delete-and-unsubscribe', 'deletion', ('withdraw_consent',),
'''Return-Path: <anna.bergstrom@utb.norrvika.se>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2118.outbound.protection.outlook.com [40.107.22.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 0C5E21C0D47
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 19:14:58 +0100 (CET)
Received: from GV1PR09MB7412.eurprd09.prod.outlook.com (2603:10a6:150:1c3::5)
 by GV1PR09MB7412.eurprd09.prod.outlook.com with Microsoft SMTP Server id
 15.20.8093.21; Thu, 29 Oct 2026 18:14:57 +0000
From: =?utf-8?Q?Anna_Bergstr=C3=B6m?= <anna.bergstrom@utb.norrvika.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Mitt konto hos er
Thread-Topic: Mitt konto hos er
Thread-Index: AQHbKkV2bN3xG0rT8eS1cWq5Zu7Y9A==
Date: Thu, 29 Oct 2026 18:14:56 +0000
Message-ID:
 <GV1PR09MB7412B7D2E05C18A39F64E2D1C9362@GV1PR09MB7412.eurprd09.prod.outlook.com>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hej!

Jag skaffade konto och kundkort hos er när vi bodde i Bryssel, men nu har vi flyttat hem till Sverige och jag kommer inte att handla hos er igen. Ta bort kontot och allt ni har sparat om mig (och om barnen, om det finns något). Och sluta skicka nyhetsbrevet, det kommer fortfarande två gånger i veckan.

Tack på förhand!
Anna Bergström

Skickat från Outlook för iOS
________________________________
Norrvika kommun
Utbildningsförvaltningen
Hagaskolan, lärare åk 4–6

När du skickar e-post till Norrvika kommun behandlar vi dina personuppgifter enligt dataskyddsförordningen (GDPR). Läs mer om hur vi behandlar personuppgifter på www.norrvika.se/personuppgifter.
E-post till Norrvika kommun kan komma att diarieföras och bli allmän handling.
'''),

    # ------------------------------------------------------------------ ro
    ('ro', 'school-form-teacher-auto-reply-autumn-holiday', 'automated', (),
'''Return-Path: <ioana.muresan@scoala14cluj.ro>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with SMTPS id 6C2D01C0A95
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 15:31:17 +0100 (CET)
Received: by mail-sor-f41.google.com (Google Transport Security);
        Mon, 26 Oct 2026 07:31:16 -0700 (PDT)
MIME-Version: 1.0
References: <20261026153104.5E8B11C0215@out1.shop.example.be>
In-Reply-To: <20261026153104.5E8B11C0215@out1.shop.example.be>
From: =?UTF-8?Q?Ioana_Mure=C8=99an?= <ioana.muresan@scoala14cluj.ro>
Date: Mon, 26 Oct 2026 07:31:16 -0700
Message-ID: <CAMf9pQ2rT4kY8bN1vXs0Lz7cJh3eWd6gUa5oRi2mKp8tBn4yFq@mail.gmail.com>
Subject: =?UTF-8?Q?R=C4=83spuns_automat:_Solicitarea_dvs=2E_=E2=80=93_confirmarea_?=
 =?UTF-8?Q?identit=C4=83=C8=9Bii_=28PRV-2026-10869=29?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Bună ziua,

Vă mulțumesc pentru mesaj. În perioada vacanței de toamnă (24 octombrie – 1 noiembrie 2026) nu verific această adresă de e-mail. Voi răspunde după reluarea cursurilor, luni, 2 noiembrie.

Pentru situații urgente vă rog să contactați secretariatul școlii la 0264 598 114 sau secretariat@scoala14cluj.ro.

Cu stimă,
Prof. Ioana Mureșan
Diriginte, clasa a VI-a B
Școala Gimnazială nr. 14 Cluj-Napoca
'''),

    ('ro', 'paediatric-hospital-public-relations-auto-reply', 'automated', (),
'''Return-Path: <relatii.publice@spitalpediatrievm.ro>
Received: from mail.spitalpediatrievm.ro (mail.spitalpediatrievm.ro [86.125.113.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 1E8C71C0C86
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 08:44:30 +0100 (CET)
Date: Wed, 28 Oct 2026 09:44:29 +0200
From: =?UTF-8?Q?Biroul_de_Rela=C8=9Bii_cu_Publicul?= <relatii.publice@spitalpediatrievm.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Confirmare_primire_mesaj_=E2=80=93_Spitalul_de_Pediatrie_Valea_?=
 =?UTF-8?Q?Mure=C8=99ului?=
Message-ID: <ar.20261028094429.6631@spitalpediatrievm.ro>
In-Reply-To: <20261028084418.0F3A91C0215@out1.shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Stimată doamnă / Stimate domn,

Acesta este un mesaj generat automat. Mesajul dumneavoastră a fost primit de Biroul de Relații cu Publicul al Spitalului de Pediatrie Valea Mureșului și va fi înregistrat.

Vă rugăm să NU transmiteți prin e-mail documente medicale, rezultate de analize, scrisori medicale sau alte date privind starea de sănătate. Cererile de copii după documentele medicale se depun pe formularul dedicat, la registratura spitalului.

Programări în ambulatoriu: 0265 210 400, luni–vineri, 8:00–15:00.
În caz de urgență sunați la 112.

Vă mulțumim,
Biroul de Relații cu Publicul
'''),

    ('ro', 'city-hall-electronic-registry-number-child-protection', 'automated', (),
'''Return-Path: <registratura@primariasalcioara.ro>
Received: from registratura.primariasalcioara.ro (registratura.primariasalcioara.ro [89.36.214.52])
        by mx1.shop.example.be (Postfix) with ESMTP id 5A9E31C0E18
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 11:05:09 +0100 (CET)
Date: Tue, 3 Nov 2026 12:05:07 +0200
From: Registratura electronica - Primaria Municipiului Salcioara <registratura@primariasalcioara.ro>
To: privacy@shop.example.be
Subject: Nr. inregistrare 48213 / 03.11.2026
Message-ID: <reg-48213-20261103120507@primariasalcioara.ro>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Stimate petent,

Documentul transmis de dumneavoastra prin e-mail a fost inregistrat la Primaria Municipiului Salcioara cu numarul 48213 din data de 03.11.2026 si a fost repartizat catre: Directia de Asistenta Sociala - Compartimentul Protectia Copilului si Familiei.

Termenul legal de solutionare este de 30 de zile de la data inregistrarii.

Va rugam sa pastrati numarul de inregistrare pentru orice corespondenta ulterioara.

Acest mesaj a fost generat automat. Va rugam nu raspundeti la acest e-mail.

Registratura Generala
Primaria Municipiului Salcioara
'''),

    ('ro', 'person-forwards-school-platform-alert-complains-ads-to-child', 'complaint', ('access', 'deletion'),
'''Return-Path: <mihaela_popescu80@yahoo.com>
Received: from sonic309-21.consmr.mail.ir2.yahoo.com (sonic309-21.consmr.mail.ir2.yahoo.com [77.238.179.86])
        by mx1.shop.example.be (Postfix) with ESMTPS id 8F0D41C0B53
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 17:56:40 +0100 (CET)
Received: from sonic.gate.mail.ne1.yahoo.com by sonic309.consmr.mail.ir2.yahoo.com with HTTP; Mon, 2 Nov 2026 16:56:39 +0000
Date: Mon, 2 Nov 2026 16:56:34 +0000 (UTC)
From: Mihaela Popescu <mihaela_popescu80@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1280465193.2284107.1793638594877@mail.yahoo.com>
Subject: =?UTF-8?Q?Fw:_Notificare:_mesaj_extern_=C3=AEn_contul_=C8=99colar_al_lui_Andrei?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: WebService/1.1.24562 YMailNorrin

Bună ziua,

Vă trimit mai jos notificarea primită de la platforma școlii. Fiul meu, Andrei, are 11 ani. Pe adresa lui de e-mail de la școală, pe care o folosește doar pentru teme, a primit reclamă de la voi.

De unde aveți adresa copilului meu? Nimeni din familie nu v-a dat-o. Vreau să știu de unde ați luat-o, ce alte date mai aveți despre el și cui le-ați mai dat. Și vreau să o ștergeți imediat, împreună cu tot ce aveți despre el.

Mi se pare inadmisibil să trimiteți reclame unui copil de 11 ani.

Mihaela Popescu


----- Forwarded Message -----
From: Platforma Școlară <notificari@edu-platforma.ro>
To: mihaela_popescu80@yahoo.com <mihaela_popescu80@yahoo.com>
Sent: Monday, November 2, 2026 at 05:10:17 PM GMT+2
Subject: Notificare: mesaj extern în contul școlar al lui Andrei

Stimate părinte,

Contul școlar al elevului POPESCU ANDREI (clasa a V-a A) a primit un mesaj de la un expeditor din afara școlii:

Expeditor: Shop Example <news@mail.shop.example.be>
Subiect: Back to school: 20% off everything for your backpack!
Data: 02.11.2026, 16:58

Conform setărilor școlii, părinții sunt anunțați automat când elevii primesc mesaje din exterior.

Acesta este un mesaj automat, vă rugăm nu răspundeți.
'''),

    # ------------------------------------------------------------------ el
    ('el', 'school-teacher-vacation-reply-national-holiday', 'automated', (),
'''Return-Path: <aikgeorgiou@sch.gr>
Received: from mail.sch.gr (mailout3.sch.gr [83.212.5.43])
        by mx1.shop.example.be (Postfix) with ESMTPS id 2D7B91C0A39
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 12:20:12 +0100 (CET)
Received: from mailbox2.sch.gr (localhost [127.0.0.1])
        by mailbox2.sch.gr (Pigeonhole) with LMTP
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 13:20:11 +0200
Date: Tue, 27 Oct 2026 13:20:11 +0200
From: =?UTF-8?Q?=CE=91=CE=B9=CE=BA=CE=B1=CF=84=CE=B5=CF=81=CE=AF=CE=BD=CE=B7_=CE=93=CE=B5=CF=89=CF=81=CE=B3=CE=AF=CE=BF=CF=85?= <aikgeorgiou@sch.gr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=CE=91=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=B7_?=
 =?UTF-8?Q?=CE=B1=CF=80=CE=AC=CE=BD=CF=84=CE=B7=CF=83=CE=B7:?= Your request -
 identity check (ref. PRV-2026-10891)
Message-ID: <dovecot-sieve-1793100011-30418-0@mailbox2.sch.gr>
In-Reply-To: <20261027122004.1B3D81C0221@out1.shop.example.be>
References: <20261027122004.1B3D81C0221@out1.shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Καλημέρα σας,

Σας ευχαριστώ για το μήνυμά σας. Λόγω της εθνικής εορτής της 28ης Οκτωβρίου το σχολείο θα παραμείνει κλειστό και δεν θα έχω πρόσβαση στο ηλεκτρονικό ταχυδρομείο έως και την Πέμπτη 29 Οκτωβρίου. Θα σας απαντήσω το συντομότερο δυνατό μετά την επιστροφή μου.

Για επείγοντα θέματα που αφορούν μαθητές, παρακαλώ επικοινωνήστε με το γραφείο του Διευθυντή στο 2310 302 114.

Με εκτίμηση,
Αικατερίνη Γεωργίου
Εκπαιδευτικός ΠΕ70
2ο Δημοτικό Σχολείο Πυλαίας
'''),

    ('el', 'paediatric-practice-cpanel-autoresponder', 'automated', (),
'''Return-Path: <info@paidiatros-papadakis.gr>
Received: from gr-srv41.cloudhost-gr.net (gr-srv41.cloudhost-gr.net [185.4.132.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 7E2A51C0D64
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 20:05:36 +0100 (CET)
Received: from paidiat by gr-srv41.cloudhost-gr.net with local (Exim 4.98)
        (envelope-from <info@paidiatros-papadakis.gr>)
        id 1vFMq1-00A7cZ-3T
        for privacy@shop.example.be; Fri, 30 Oct 2026 21:05:35 +0200
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=CE=91=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=B7_?=
 =?UTF-8?Q?=CE=B1=CF=80=CE=AC=CE=BD=CF=84=CE=B7=CF=83=CE=B7:?= Your data access
 request (ref. PRV-2026-10903)
X-Autorespond: Your data access request (ref. PRV-2026-10903)
In-Reply-To: <20261030200527.3C1F71C0229@out1.shop.example.be>
References: <20261030200527.3C1F71C0229@out1.shop.example.be>
Precedence: auto_reply
X-Precedence: auto_reply
Auto-Submitted: auto-replied
From: info@paidiatros-papadakis.gr
Message-Id: <E1vFMq1-00A7cZ-3T@gr-srv41.cloudhost-gr.net>
Date: Fri, 30 Oct 2026 21:05:35 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Λάβαμε το μήνυμά σας. Το ιατρείο διαβάζει τα email μόνο τις εργάσιμες ημέρες και ώρες.

Παρακαλούμε ΜΗΝ αποστέλλετε με email ιατρικές γνωματεύσεις, αποτελέσματα εξετάσεων ή φωτογραφίες του παιδιού. Για ραντεβού καλέστε στο 2310 240 118 (Δευτέρα–Παρασκευή 9:00–14:00 και 17:00–20:30).

Σε περίπτωση έκτακτης ανάγκης καλέστε το 166 ή το 112.

Παιδιατρικό Ιατρείο Νικολάου Παπαδάκη
Εγνατίας 100, Θεσσαλονίκη
'''),

    ('el', 'exchange-read-receipt-clinic-nurse', 'automated', (),
'''Return-Path: <eleni.papadopoulou@paidokliniki-aigaio.gr>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2127.outbound.protection.outlook.com [40.107.103.127])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4B9E21C0F70
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 11:02:49 +0100 (CET)
Received: from PA6P190MB1284.EURP190.PROD.OUTLOOK.COM (2603:10a6:102:3c1::9)
 by PA6P190MB1284.EURP190.PROD.OUTLOOK.COM with Microsoft SMTP Server id
 15.20.8093.21; Mon, 2 Nov 2026 10:02:48 +0000
From: =?utf-8?Q?=CE=95=CE=BB=CE=AD=CE=BD=CE=B7_=CE=A0=CE=B1=CF=80=CE=B1=CE=B4=CE=BF=CF=80=CE=BF=CF=8D=CE=BB=CE=BF=CF=85?=
 <eleni.papadopoulou@paidokliniki-aigaio.gr>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?Q?=CE=91=CE=BD=CE=B1=CE=B3=CE=BD=CF=8E=CF=83=CF=84=CE=B7=CE=BA=CE=B5:?=
 Your request - identity check (ref. PRV-2026-10905)
Thread-Topic: Your request - identity check (ref. PRV-2026-10905)
Thread-Index: AQHbLHt0cT2pV4fJ0kyGm8wB3sQa1g==
Date: Mon, 2 Nov 2026 10:02:47 +0000
Message-ID:
 <PA6P190MB1284F9A3C2E07B15D48E6A20BB472@PA6P190MB1284.EURP190.PROD.OUTLOOK.COM>
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="_000_PA6P190MB1284F9A3C2E07B15D48E6A20BB472PA6P190MB1284EURP_"
MIME-Version: 1.0

--_000_PA6P190MB1284F9A3C2E07B15D48E6A20BB472PA6P190MB1284EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Το μήνυμά σας

  Προς: Ελένη Παπαδοπούλου
  Θέμα: Your request - identity check (ref. PRV-2026-10905)
  Στάλθηκε: Δευτέρα, 2 Νοεμβρίου 2026 11:14:03 πμ (UTC+02:00) Αθήνα, Βουκουρέστι

αναγνώστηκε τη Δευτέρα, 2 Νοεμβρίου 2026 12:02:47 μμ (UTC+02:00) Αθήνα, Βουκουρέστι.

--_000_PA6P190MB1284F9A3C2E07B15D48E6A20BB472PA6P190MB1284EURP_
Content-Type: message/disposition-notification

Reporting-UA: PA6P190MB1284.EURP190.PROD.OUTLOOK.COM; Microsoft Exchange Server
Final-Recipient: rfc822;eleni.papadopoulou@paidokliniki-aigaio.gr
Original-Message-ID: <20261102101403.4E7C21C0224@out1.shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_PA6P190MB1284F9A3C2E07B15D48E6A20BB472PA6P190MB1284EURP_--
'''),

    ('el', 'person-nurse-replies-above-own-out-of-office-access-request', 'access', (),
'''Return-Path: <d.konstantinou@gnermoupolis.gr>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2135.outbound.protection.outlook.com [40.107.247.135])
        by mx1.shop.example.be (Postfix) with ESMTPS id 9C3F01C0B40
        for <privacy@shop.example.be>; Wed, 4 Nov 2026 07:31:22 +0100 (CET)
Received: from AM8P190MB0977.EURP190.PROD.OUTLOOK.COM (2603:10a6:20b:1d6::14)
 by AM8P190MB0977.EURP190.PROD.OUTLOOK.COM with Microsoft SMTP Server id
 15.20.8093.21; Wed, 4 Nov 2026 06:31:21 +0000
From: =?utf-8?Q?=CE=9A=CF=89=CE=BD=CF=83=CF=84=CE=B1=CE=BD=CF=84=CE=AF=CE=BD=CE=BF=CF=85_=CE=94=CE=AE=CE=BC=CE=B7=CF=84=CF=81=CE=B1?= <d.konstantinou@gnermoupolis.gr>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?Q?=CE=91=CE=A0:_Re:_=CE=91=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=B7_?=
 =?utf-8?Q?=CE=B1=CF=80=CE=AC=CE=BD=CF=84=CE=B7=CF=83=CE=B7:_Your_request_-_?=
 =?utf-8?Q?identity_check_=28ref=2E_PRV-2026-10886=29?=
Thread-Topic: Your request - identity check (ref. PRV-2026-10886)
Thread-Index: AQHbKQx3fA7u1Wm2gE2Gz3CkR0s4VwAC1kYwAJ2tXkA=
Date: Wed, 4 Nov 2026 06:31:20 +0000
Message-ID:
 <AM8P190MB09770B4E7D2C19F35A86E2C1BA462@AM8P190MB0977.EURP190.PROD.OUTLOOK.COM>
References: <20261028150141.6A2E91C0217@out1.shop.example.be>
 <AM8P190MB0977E1D0C5B34A7F92C8E0D5BA442@AM8P190MB0977.EURP190.PROD.OUTLOOK.COM>
 <20261029102011.93B4C1C0220@out1.shop.example.be>
In-Reply-To: <20261029102011.93B4C1C0220@out1.shop.example.be>
Accept-Language: el-GR, en-US
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Καλημέρα σας,

Επέστρεψα από την άδεια, συγγνώμη για την καθυστέρηση. Το αντίγραφο της ταυτότητάς μου το ανέβασα σήμερα το πρωί στη φόρμα σας.

Για να είμαι σαφής, το αίτημά μου είναι το εξής: θέλω αντίγραφο όλων των προσωπικών δεδομένων που έχετε για μένα και για τα δύο παιδιά μου, που είναι συνδεδεμένα στον οικογενειακό λογαριασμό της κάρτας μου (αριθμός 2 4410 7730 1158). Θέλω επίσης να μάθω από πού τα πήρατε, σε ποιους τα έχετε δώσει και για πόσο καιρό θα τα κρατήσετε.

Ευχαριστώ,
Δήμητρα Κωνσταντίνου
Προϊσταμένη Νοσηλεύτρια, Παιδιατρική Κλινική
Γενικό Νοσοκομείο Ερμούπολης

________________________________
Από: Shop Example Privacy Team <privacy@shop.example.be>
Στάλθηκε: Πέμπτη, 29 Οκτωβρίου 2026 11:20 πμ
Προς: Κωνσταντίνου Δήμητρα <d.konstantinou@gnermoupolis.gr>
Θέμα: Re: Αυτόματη απάντηση: Your request - identity check (ref. PRV-2026-10886)

Dear Ms Konstantinou,

Thank you - we see from your automatic reply that you are away. There is no rush: we will keep your request open until you are back. When you return, please send us a copy of an identity document (you may black out the photo and the ID number) so that we can handle your request.

Kind regards,
Lotte Vermeulen
Privacy Team, Shop Example BV

________________________________
Από: Κωνσταντίνου Δήμητρα
Στάλθηκε: Τετάρτη, 28 Οκτωβρίου 2026 4:02 μμ
Προς: Shop Example Privacy Team
Θέμα: Αυτόματη απάντηση: Your request - identity check (ref. PRV-2026-10886)

Είμαι εκτός γραφείου έως τις 3 Νοεμβρίου και δεν έχω πρόσβαση στο email μου. Για θέματα της Παιδιατρικής Κλινικής επικοινωνήστε με την αναπληρώτρια προϊσταμένη, κ. Μαρία Λαμπράκη (m.lamprakis@gnermoupolis.gr, εσωτ. 2417).

I am out of the office until 3 November with no access to e-mail. For matters concerning the Paediatric Ward please contact Ms Maria Lamprakis (m.lamprakis@gnermoupolis.gr, ext. 2417).
'''),

    # ------------------------------------------------------------------ bg
    ('bg', 'school-class-teacher-ooo-autumn-break', 'automated', (),
'''Return-Path: <>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2124.outbound.protection.outlook.com [40.107.21.124])
        by mx1.shop.example.be (Postfix) with ESMTPS id 3F8A01C0C92
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 09:48:27 +0100 (CET)
Received: from AS4PR10MB5620.EURPRD10.PROD.OUTLOOK.COM (2603:10a6:20b:4f8::12)
 by AS4PR10MB5620.EURPRD10.PROD.OUTLOOK.COM with Microsoft SMTP Server id
 15.20.8093.21; Fri, 30 Oct 2026 08:48:26 +0000
From: =?utf-8?Q?=D0=93=D0=B0=D0=BB=D0=B8=D0=BD=D0=B0_=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2=D0=B0?=
 <2118543@edu.mon.bg>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?Q?=D0=90=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=B5=D0=BD_?=
 =?utf-8?Q?=D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80:?= Your request - identity
 check (ref. PRV-2026-10897)
Thread-Topic: Your request - identity check (ref. PRV-2026-10897)
Thread-Index: AQHbKlZ3Kx0o9T5eW1CvHk7dQm2Y6w==
Date: Fri, 30 Oct 2026 08:48:26 +0000
Message-ID:
 <AS4PR10MB5620D3B18E27C40F9A61E5B2C5502@AS4PR10MB5620.EURPRD10.PROD.OUTLOOK.COM>
In-Reply-To: <20261030094814.2E9B01C0227@out1.shop.example.be>
References: <20261030094814.2E9B01C0227@out1.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: 2118543@edu.mon.bg
Content-Language: bg-BG
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Здравейте,

Благодаря за писмото. По време на есенната ваканция (30 октомври – 2 ноември 2026 г.) няма да проверявам служебната си поща. Ще отговоря след 3 ноември.

За спешни въпроси, свързани с учениците, се обърнете към канцеларията на училището: 02 973 21 46, info-189@edu.mon.bg.

Поздрави,
Галина Петрова
класен ръководител на 4 „В“ клас
189 ОУ, София
'''),

    ('bg', 'childrens-clinic-appointment-reminder', 'automated', (),
'''Return-Path: <no-reply@detskozdrave.bg>
Received: from mail.detskozdrave.bg (mail.detskozdrave.bg [87.120.41.209])
        by mx1.shop.example.be (Postfix) with ESMTPS id 6B4D21C0A17
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 09:00:06 +0100 (CET)
Date: Tue, 3 Nov 2026 10:00:04 +0200
From: Detsko Zdrave Medical Center <no-reply@detskozdrave.bg>
To: privacy@shop.example.be
Message-ID: <reminder.77120384.20261103100004@detskozdrave.bg>
Subject: =?UTF-8?Q?=D0=9D=D0=B0=D0=BF=D0=BE=D0=BC=D0=BD=D1=8F=D0=BD=D0=B5_=D0=B7=D0=B0_?=
 =?UTF-8?Q?=D1=87=D0=B0=D1=81:_4_=D0=BD=D0=BE=D0=B5=D0=BC=D0=B2=D1=80=D0=B8=2C_10:30?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

Здравейте,

Напомняме Ви, че имате записан час:

Пациент: Виктория Г.
Лекар: д-р Мария Иванова, педиатър
Дата и час: сряда, 4 ноември 2026 г., 10:30
Адрес: ул. „Оборище“ 20, ет. 2, София

Моля, носете здравната книжка и имунизационния паспорт на детето.

Ако не можете да дойдете, откажете часа най-късно 24 часа предварително:
https://detskozdrave.bg/chas/otkaz?id=77120384

Това е автоматично съобщение. Моля, не отговаряйте на този имейл.
'''),

    ('bg', 'swimming-club-membership-fee-reminder', 'automated', (),
'''Return-Path: <bounce-8812@mailer.clubhub.bg>
Received: from mailer.clubhub.bg (mailer.clubhub.bg [194.145.63.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 0D2F81C0E44
        for <privacy@shop.example.be>; Sun, 1 Nov 2026 09:15:02 +0100 (CET)
Date: Sun, 1 Nov 2026 10:15:01 +0200
From: SK Delfin via ClubHub <noreply@clubhub.bg>
Reply-To: SK Delfin <kasa@sk-delfin.bg>
To: privacy@shop.example.be
Message-ID: <fee-reminder.8812.20261101@clubhub.bg>
Subject: =?UTF-8?Q?=D0=A7=D0=BB=D0=B5=D0=BD=D1=81=D0=BA=D0=B8_=D0=B2=D0=BD=D0=BE=D1=81_=D0=B7=D0=B0_?=
 =?UTF-8?Q?=D0=BD=D0=BE=D0=B5=D0=BC=D0=B2=D1=80=D0=B8_2026?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Precedence: bulk
List-Unsubscribe: <https://clubhub.bg/profile/notifications?u=8812>

Уважаеми родители,

Напомняме, че членският внос за месец ноември 2026 г. е дължим до 10.11.2026 г.

Състезател: Калоян Димитров
Група: Начинаещи 2 (вторник и четвъртък, 17:30)
Сума: 35,00 €

Можете да платите онлайн с карта в профила си в ClubHub, по банков път (IBAN: BG80 BNBG 9661 1020 3456 78, основание: име на детето + „ноември“) или на място в басейна.

Ако вече сте платили, моля, игнорирайте това съобщение.

Поздрави,
Спортен клуб по плуване „Делфин“ – София

Получавате този имейл, защото сте посочени като родител/настойник на член на клуба. Управление на известията: https://clubhub.bg/profile/notifications
'''),

    ('bg', 'person-sunday-school-director-asks-invoice-for-school', 'other', (),
'''Return-Path: <rositsa.stoyanova@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.99])
        by mx1.shop.example.be (Postfix) with ESMTPS id A7E3C1C0D18
        for <privacy@shop.example.be>; Thu, 5 Nov 2026 10:42:51 +0100 (CET)
Received: from nm52.abv.bg (nm52.ni.bg [192.168.151.15])
        by smtp-out.abv.bg (Postfix) with ESMTP id 3F1C84A0B2
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:42:50 +0200 (EET)
Date: Thu, 5 Nov 2026 11:42:49 +0200 (EET)
From: =?UTF-8?B?0KDQvtGB0LjRhtCwINCh0YLQvtGP0L3QvtCy0LA=?= <rositsa.stoyanova@abv.bg>
To: privacy@shop.example.be
Message-ID: <1640317229.71884.1793871769310@nm52.abv.bg>
Subject: =?UTF-8?Q?=D0=92=D1=8A=D0=BF=D1=80=D0=BE=D1=81_=D0=B7=D0=B0_=D1=84=D0=B0=D0=BA=D1=82=D1=83=D1=80=D0=B0?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравейте,

Пиша Ви от името на Българското неделно училище „Родина“ в Брюксел. Миналата седмица купихме от Вашия магазин в Андерлехт материали за празника на 1 ноември (Ден на народните будители) – бои, картони и лепила, на обща стойност 186,40 €. Платих на касата и показах личната си карта за лоялност, но ни трябва фактура на училището (сдружението е регистрирано в Белгия, ДДС номер BE 0712.345.678).

Може ли да се издаде фактура сега, след покупката, и ако да – на кой адрес да изпратя касовата бележка? Ако не пиша на правилното място, моля, препратете писмото на колегите.

Благодаря предварително!

С уважение,
Росица Стоянова
директор
Българско неделно училище „Родина“ – Брюксел
тел.: +32 486 12 40 77
'''),
]
