"""Sixtysecond set: robot mail of care homes, social-welfare and guardianship offices, courts, notaries, hospitals, relay and accessibility services, banks and e-signature platforms, plus people who look automatic (pl, cs, hr, sv, ro, el, bg). Written apart from the code."""

ROBOTS = [
    ('pl', 'exchange-ooo-care-home-social-worker', 'automated', (),
'''Return-Path: <a.wisniewska@dps-lipowa.example.pl>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2110.outbound.protection.outlook.com [198.51.100.110])
        by mx1.shop.example.be (Postfix) with ESMTPS id 7C1E23A0B4F
        for <privacy@shop.example.be>; Tue, 13 Jan 2026 09:14:52 +0100 (CET)
ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;
 b=GXaEhMmK3yTsZVd5FqFebt4m3LmU1ShmWYJcjBbUKTJXwvWSGUuThcWreJn72+oBaXga5YWg2eD8BkAN4ynpMV
Received: from AM9PR04MB8412.eurprd04.prod.outlook.com (2603:10a6:20b:3e1::17)
 by AM9PR04MB8412.eurprd04.prod.outlook.com with HTTPS; Tue, 13 Jan 2026 08:14:50 +0000
From: =?utf-8?B?QW5uYSBXacWbbmlld3NrYQ==?= <a.wisniewska@dps-lipowa.example.pl>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: =?utf-8?B?T2Rwb3dpZWTFuiBhdXRvbWF0eWN6bmE6IFBhbmkgSGFsaW5hIFphasSF?=
 =?utf-8?B?YyDigJMgemFweXRhbmllIG8gcGXFgm5vbW9jbmljdHdvIFtQUklWLTI2?=
 =?utf-8?B?LTAwMzExXQ==?=
Thread-Topic: =?utf-8?B?UGFuaSBIYWxpbmEgWmFqxIVjIOKAkyB6YXB5dGFuaWUgbyBwZcWCbm9t?=
 =?utf-8?B?b2NuaWN0d28gW1BSSVYtMjYtMDAzMTFd?=
Thread-Index: AQHchF2kV0n8qT3YzEeB1m6xRk4W9g==
Date: Tue, 13 Jan 2026 08:14:50 +0000
Message-ID: <AM9PR04MB84126E0F1B2C3D4A5E6F7A8B9C@AM9PR04MB8412.eurprd04.prod.outlook.com>
In-Reply-To: <20260113081402.4B1F2A3C55@mail.shop.example.be>
References: <20260113081402.4B1F2A3C55@mail.shop.example.be>
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Transport-FromEntityHeader: Hosted
X-MS-PublicTrafficType: Email
Content-Type: multipart/alternative;
	boundary="_000_AM9PR04MB84126E0F1B2C3D4A5E6F7A8B9CAM9PR04MB8412eurp_"
MIME-Version: 1.0

--_000_AM9PR04MB84126E0F1B2C3D4A5E6F7A8B9CAM9PR04MB8412eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RHppZcWEIGRvYnJ5LAoKZHppxJlrdWrEmSB6YSB3aWFkb21vxZvEhy4gRG8gMjMgc3R5Y3puaWEg
MjAyNiByLiBwcnplYnl3YW0gbmEgdXJsb3BpZSBpIG5pZSBtYW0gZG9zdMSZcHUgZG8gcG9jenR5
IHPFgnXFvGJvd2VqLgoKVyBzcHJhd2FjaCBtaWVzemthxYRjw7N3IERQUyDigJ5MaXBvd2HigJ0g
4oCTIHcgdHltIHBlxYJub21vY25pY3R3LCBrb250YWt0dSB6IHJvZHppbmFtaSwga29yZXNwb25k
ZW5jamkga2llcm93YW5laiBkbyBtaWVzemthxYRjw7N3IG9yYXogaWNoIGRhbnljaCBvc29ib3d5
Y2gg4oCTIHByb3N6xJkga29udGFrdG93YcSHIHNpxJkgeiBraWVyb3duaWtpZW0gRHppYcWCdSBP
cGlla3XFhGN6by1UZXJhcGV1dHljem5lZ28sIHBhbmVtIFRvbWFzemVtIEdyYWJvd3NraW06CmUt
bWFpbDogdC5ncmFib3dza2lAZHBzLWxpcG93YS5leGFtcGxlLnBsCnRlbC4gMTIgMzQ1IDY3IDgw
IHdldy4gMjE0CgpVcHJ6ZWptaWUgaW5mb3JtdWrEmSwgxbxlIERQUyBuaWUgdWR6aWVsYSB0ZWxl
Zm9uaWN6bmllIGFuaSBlLW1haWxvd28gaW5mb3JtYWNqaSBvIHN5dHVhY2ppIG1pZXN6a2HFhGPD
s3cgb3NvYm9tLCBrdMOzcmUgbmllIHpvc3RhxYJ5IHByemV6IG5pY2ggdXBvd2HFvG5pb25lLgoK
V2lhZG9tb8WbxIcgbmllIHpvc3RhbmllIHByemVrYXphbmEgYXV0b21hdHljem5pZS4KClogcG93
YcW8YW5pZW0KQW5uYSBXacWbbmlld3NrYQpzdGFyc3p5IHByYWNvd25payBzb2NqYWxueQpEb20g
UG9tb2N5IFNwb8WCZWN6bmVqIOKAnkxpcG93YeKAnQp1bC4gTGlwb3dhIDE0LCAzMC03MDIgS3Jh
a8Ozdwo=

--_000_AM9PR04MB84126E0F1B2C3D4A5E6F7A8B9CAM9PR04MB8412eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHkgbGFuZz0iRU4tVVMiPgo8ZGl2
IGNsYXNzPSJXb3JkU2VjdGlvbjEiPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj5EemllxYQgZG9icnks
PC9wPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj5kemnEmWt1asSZIHphIHdpYWRvbW/Fm8SHLiBEbyAy
MyBzdHljem5pYSAyMDI2IHIuIHByemVieXdhbSBuYSB1cmxvcGllIGkgbmllIG1hbSBkb3N0xJlw
dSBkbyBwb2N6dHkgc8WCdcW8Ym93ZWouPC9wPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj5XIHNwcmF3
YWNoIG1pZXN6a2HFhGPDs3cgRFBTIOKAnkxpcG93YeKAnSDigJMgdyB0eW0gcGXFgm5vbW9jbmlj
dHcsIGtvbnRha3R1IHogcm9kemluYW1pLCBrb3Jlc3BvbmRlbmNqaSBraWVyb3dhbmVqIGRvIG1p
ZXN6a2HFhGPDs3cgb3JheiBpY2ggZGFueWNoIG9zb2Jvd3ljaCDigJMgcHJvc3rEmSBrb250YWt0
b3dhxIcgc2nEmSB6IGtpZXJvd25pa2llbSBEemlhxYJ1IE9waWVrdcWEY3pvLVRlcmFwZXV0eWN6
bmVnbywgcGFuZW0gVG9tYXN6ZW0gR3JhYm93c2tpbTo8YnI+CmUtbWFpbDogdC5ncmFib3dza2lA
ZHBzLWxpcG93YS5leGFtcGxlLnBsPGJyPgp0ZWwuIDEyIDM0NSA2NyA4MCB3ZXcuIDIxNDwvcD4K
PHAgY2xhc3M9Ik1zb05vcm1hbCI+VXByemVqbWllIGluZm9ybXVqxJksIMW8ZSBEUFMgbmllIHVk
emllbGEgdGVsZWZvbmljem5pZSBhbmkgZS1tYWlsb3dvIGluZm9ybWFjamkgbyBzeXR1YWNqaSBt
aWVzemthxYRjw7N3IG9zb2JvbSwga3TDs3JlIG5pZSB6b3N0YcWCeSBwcnpleiBuaWNoIHVwb3dh
xbxuaW9uZS48L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwiPldpYWRvbW/Fm8SHIG5pZSB6b3N0YW5p
ZSBwcnpla2F6YW5hIGF1dG9tYXR5Y3puaWUuPC9wPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj5aIHBv
d2HFvGFuaWVtPGJyPgpBbm5hIFdpxZtuaWV3c2thPGJyPgpzdGFyc3p5IHByYWNvd25payBzb2Nq
YWxueTxicj4KRG9tIFBvbW9jeSBTcG/FgmVjem5laiDigJ5MaXBvd2HigJ08YnI+CnVsLiBMaXBv
d2EgMTQsIDMwLTcwMiBLcmFrw7N3PC9wPgo8L2Rpdj4KPC9ib2R5Pgo8L2h0bWw+Cg==

--_000_AM9PR04MB84126E0F1B2C3D4A5E6F7A8B9CAM9PR04MB8412eurp_--
'''),
    ('pl', 'postfix-bounce-deceased-mailbox-closed', 'automated', (),
'''Return-Path: <>
Received: from mx.poczta-sowa.example.pl (mx.poczta-sowa.example.pl [203.0.113.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 9A03F3A1C27
        for <privacy@shop.example.be>; Wed, 04 Feb 2026 14:36:44 +0100 (CET)
Received: by mx.poczta-sowa.example.pl (Postfix)
        id 2B7D1C0344; Wed, 04 Feb 2026 14:36:42 +0100 (CET)
Date: Wed, 04 Feb 2026 14:36:42 +0100 (CET)
From: MAILER-DAEMON@mx.poczta-sowa.example.pl (System pocztowy)
Subject: =?utf-8?B?Wndyb3QgbmllZG9zdGFyY3pvbmVqIHdpYWRvbW/Fm2NpIGRvIG5hZGF3?=
 =?utf-8?B?Y3k=?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="2B7D1C0344.1770212202/mx.poczta-sowa.example.pl"
Content-Transfer-Encoding: 8bit
Message-Id: <20260204133642.2B7D1C0344@mx.poczta-sowa.example.pl>

This is a MIME-encapsulated message.

--2B7D1C0344.1770212202/mx.poczta-sowa.example.pl
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

To jest system pocztowy na serwerze mx.poczta-sowa.example.pl.

Z przykrością informujemy, że Twoja wiadomość nie mogła zostać
dostarczona do jednego lub więcej odbiorców. Szczegóły znajdują się
poniżej.

W razie pytań prosimy o kontakt z <postmaster>. Możesz usunąć własny
tekst z załączonego raportu o błędzie.

                   System pocztowy

<stanislaw.kubiak@poczta-sowa.example.pl>: host
    lmtp.poczta-sowa.example.pl[10.20.0.14] said: 550 5.2.1
    <stanislaw.kubiak@poczta-sowa.example.pl>: Mailbox disabled - konto
    zamkniete na wniosek rodziny (zgon wlasciciela) (in reply to RCPT TO
    command)

--2B7D1C0344.1770212202/mx.poczta-sowa.example.pl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.poczta-sowa.example.pl
X-Postfix-Queue-ID: 2B7D1C0344
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 04 Feb 2026 14:36:41 +0100 (CET)

Final-Recipient: rfc822; stanislaw.kubiak@poczta-sowa.example.pl
Original-Recipient: rfc822;stanislaw.kubiak@poczta-sowa.example.pl
Action: failed
Status: 5.2.1
Remote-MTA: dns; lmtp.poczta-sowa.example.pl
Diagnostic-Code: smtp; 550 5.2.1 <stanislaw.kubiak@poczta-sowa.example.pl>:
    Mailbox disabled - konto zamkniete na wniosek rodziny (zgon wlasciciela)

--2B7D1C0344.1770212202/mx.poczta-sowa.example.pl
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [192.0.2.25])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
        by mx.poczta-sowa.example.pl (Postfix) with ESMTPS id 2B7D1C0344
        for <stanislaw.kubiak@poczta-sowa.example.pl>; Wed, 04 Feb 2026 14:36:41 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
        s=mail2026; t=1770212199;
        bh=1csbtmifWVp2btzaCCv76RdBqnEpQRD36TZk7QZ36Pp=;
        h=From:To:Subject:Date:Message-ID;
        b=dlbd5UwaznI6Vic9uz+VHmediyPp/tIutJUCnzBjcQmMj2m8+1rBD3PIUR2Q/g2X
        hc42O15z6fvklR3kc29wOGeZ+4AeldhKs0vvF+k39y0DI09GBfwRgCbIALmnwPgf
From: =?UTF-8?Q?Shop_Example_BV_=E2=80=93_Ochrona_danych?= <privacy@shop.example.be>
To: stanislaw.kubiak@poczta-sowa.example.pl
Subject: =?UTF-8?Q?Potwierdzenie=3A_zamkni=C4=99cie_konta_i_karty_Klub+_=5BPR?=
 =?UTF-8?Q?IV-26-00482=5D?=
Date: Wed, 04 Feb 2026 14:36:39 +0100
Message-ID: <20260204133639.5E1A2B3C44@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

--2B7D1C0344.1770212202/mx.poczta-sowa.example.pl--
'''),
    ('pl', 'court-registry-auto-acknowledgement', 'automated', (),
'''Return-Path: <>
Received: from poczta.krakow-nh.sr.example.pl (poczta.krakow-nh.sr.example.pl [203.0.113.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 1F6B03A0D91
        for <privacy@shop.example.be>; Mon, 09 Feb 2026 11:20:07 +0100 (CET)
Received: from localhost (localhost [127.0.0.1])
        by poczta.krakow-nh.sr.example.pl (Postfix) with ESMTP id 4D2E1801A7
        for <privacy@shop.example.be>; Mon, 09 Feb 2026 11:20:05 +0100 (CET)
From: =?utf-8?B?Qml1cm8gUG9kYXdjemUgU8SFZHUgUmVqb25vd2VnbyBkbGEgS3Jha293?=
 =?utf-8?B?YS1Ob3dlaiBIdXR5?= <biuro.podawcze@krakow-nh.sr.example.pl>
To: privacy@shop.example.be
Subject: =?utf-8?B?UG90d2llcmR6ZW5pZSBvdHJ6eW1hbmlhIHdpYWRvbW/Fm2NpOiBQcm8=?=
 =?utf-8?B?xZtiYSBvIHBvdHdpZXJkemVuaWUgcG9zdGFub3dpZW5pYSDigJMgc3ln?=
 =?utf-8?B?bi4gYWt0IElWIFJOcyA4OC8yNQ==?=
Date: Mon, 09 Feb 2026 11:20:05 +0100
Message-ID: <autoreply.1770632405.41877@krakow-nh.sr.example.pl>
In-Reply-To: <20260209101958.7A21B0C3D2@mail.shop.example.be>
References: <20260209101958.7A21B0C3D2@mail.shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Szanowni Pa=C5=84stwo,

potwierdzamy otrzymanie wiadomo=C5=9Bci przes=C5=82anej na adres biuro.poda=
wcze@krakow-nh.sr.example.pl.

Wiadomo=C5=9B=C4=87 zosta=C5=82a wygenerowana automatycznie =E2=80=93 prosi=
my na ni=C4=85 nie odpowiada=C4=87.

Uprzejmie informujemy, =C5=BCe wniesienie pisma za po=C5=9Brednictwem zwyk=
=C5=82ej poczty elektronicznej nie wywo=C5=82uje skutk=C3=B3w prawnych, jak=
ie ustawa wi=C4=85=C5=BCe z wniesieniem pisma do s=C4=85du. Pisma w sprawac=
h opieku=C5=84czych (m.in. ustanowienie opiekuna lub kuratora dla osoby ube=
zw=C5=82asnowolnionej, zezwolenia dla opiekuna na dokonanie czynno=C5=9Bci,=
 sprawozdania opiekuna) nale=C5=BCy sk=C5=82ada=C4=87 w formie pisemnej w B=
iurze Podawczym lub za po=C5=9Brednictwem operatora pocztowego.

Informacji o stanie sprawy oraz o tre=C5=9Bci orzecze=C5=84 udziela si=C4=
=99 wy=C5=82=C4=85cznie stronom i uczestnikom post=C4=99powania oraz ich pe=
=C5=82nomocnikom =E2=80=93 po potwierdzeniu to=C5=BCsamo=C5=9Bci, w Biurze =
Obs=C5=82ugi Interesant=C3=B3w lub przez Portal Informacyjny S=C4=85d=C3=B3=
w Powszechnych. S=C4=85d nie potwierdza podmiotom trzecim, czy wobec danej =
osoby ustanowiono opiekuna, i nie przekazuje danych osobowych uczestnik=C3=
=B3w post=C4=99powania na podstawie zapyta=C5=84 przes=C5=82anych poczt=C4=
=85 elektroniczn=C4=85.

Informacja o przetwarzaniu danych osobowych przez S=C4=85d dost=C4=99pna je=
st na stronie internetowej S=C4=85du w zak=C5=82adce =E2=80=9EOchrona danyc=
h osobowych=E2=80=9D.

Biuro Podawcze
S=C4=85d Rejonowy dla Krakowa-Nowej Huty w Krakowie
ul. Przyja=C5=BAni 7, 31-925 Krak=C3=B3w
'''),
    ('pl', 'esignature-power-of-attorney-signed', 'automated', (),
'''Return-Path: <0107019c3a5e7f21-8d1e2f3a-41b7-4c09-9a55-3e7d21f0c8aa-000000@eu-central-1.amazonses.com>
Received: from b224-12.smtp-out.eu-central-1.amazonses.com (b224-12.smtp-out.eu-central-1.amazonses.com [198.51.100.224])
        by mx1.shop.example.be (Postfix) with ESMTPS id 5E2D73A0A18
        for <privacy@shop.example.be>; Thu, 05 Feb 2026 10:55:11 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
	s=sn2025; d=sygnanet.example.pl; t=1770285310;
	h=From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date;
	bh=hq3yYI3myMKoLHtgrZoOWXvTNbprYEcPV+rHjttWOG6=;
	b=2SGF+DhgPcaBAs+5Rb7CV2xOB5cNXxjc29gzegRROZKB4tE4e95f6aATqcPR4Aatsm7Lroi9sPZR
	wICI7ndSCJiyZG3n2Pw+a5lZTi9mgOrw5zpBRIu5y/HdMMVR++SKob7g0iWnItp7rCBdCn/qIMpS
	BThsIEUorJ3H+96p4azqPF4jv6qo5i6shepbCdtU=
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
	s=shh3fegwg5fppqsuzphvschd53n6ihuv; d=amazonses.com; t=1770285310;
	h=From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;
	bh=65R4fmp6IglSJ5DfPEivXvuuiGxCo4li5aICgVVDLMu=;
	b=h/zmqA4H5zQ7ZjlxUHrLzu/Gw17rT4Zh4awrWTVnD+yhwmKd+kthm3A7+nsGL7hYzbQ14HBkFy5F
	0vn2IMPzxkPeMNZYrZq1lUbREWYxP4yAGV4fvWOQq3Me1VQojV9HUCrQiBf46TTbJB6vbnMlKi25
	NnScqX/0twLxw9GY9No7AfavSEdfPE+0FJdutSf0=
From: SygnaNet <powiadomienia@sygnanet.example.pl>
Reply-To: nie-odpowiadaj@sygnanet.example.pl
To: privacy@shop.example.be
Subject: =?utf-8?B?RG9rdW1lbnQgcG9kcGlzYW55IHByemV6IHdzenlzdGtpZSBzdHJvbnk6?=
 =?utf-8?B?IFBlxYJub21vY25pY3R3byDigJMgSGFsaW5hIFphasSFYw==?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_Part_884213_1399264510.1770284110114"
Message-ID: <0107019c3a5e7f21-8d1e2f3a-41b7-4c09-9a55-3e7d21f0c8aa-000000@eu-central-1.amazonses.com>
Date: Thu, 05 Feb 2026 09:55:10 +0000
Feedback-ID: ::1.eu-central-1.kR4wQ2nV8aLmT0pYx3cJ5sHdE9uBfGz1oNiWq7XvC6k=:AmazonSES
X-SES-Outgoing: 2026.02.05-198.51.100.224

------=_Part_884213_1399264510.1770284110114
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

dokument =E2=80=9EPe=C5=82nomocnictwo do reprezentowania w sprawach konta k=
lienta i danych osobowych=E2=80=9D zosta=C5=82 podpisany przez wszystkie st=
rony. Otrzymujesz t=C4=99 wiadomo=C5=9B=C4=87, poniewa=C5=BC nadawca dokume=
ntu wskaza=C5=82 Tw=C3=B3j adres jako odbiorc=C4=99 kopii.

Nadawca: Marek Zaj=C4=85c (marek.zajac@poczta-example.pl)
Podpisuj=C4=85cy:
1. Halina Zaj=C4=85c =E2=80=93 podpis elektroniczny, 05.02.2026 10:41 (wery=
fikacja kodem SMS)
2. Marek Zaj=C4=85c =E2=80=93 podpis elektroniczny, 05.02.2026 10:52 (weryf=
ikacja kodem SMS)
Identyfikator dokumentu: SN-7Q4K-29XD-81LM

Pobierz dokument wraz z raportem podpis=C3=B3w (audit trail):
https://app.sygnanet.example.pl/d/SN-7Q4K-29XD-81LM?r=3Dcc

Link jest wa=C5=BCny przez 30 dni. Po tym czasie kopia dla odbiorc=C3=B3w z=
ostanie usuni=C4=99ta z naszych serwer=C3=B3w zgodnie z polityk=C4=85 przec=
howywania danych.

Tre=C5=9B=C4=87 dokumentu (streszczenie wygenerowane automatycznie): pe=C5=
=82nomocnictwo upowa=C5=BCnia pe=C5=82nomocnika do sk=C5=82adania w imieniu=
 mocodawcy wniosk=C3=B3w o dost=C4=99p do danych osobowych, ich sprostowani=
e lub usuni=C4=99cie, do cofania zg=C3=B3d marketingowych oraz do zamkni=C4=
=99cia konta i karty lojalno=C5=9Bciowej. SygnaNet nie weryfikuje tre=C5=9B=
ci dokument=C3=B3w ani zdolno=C5=9Bci do czynno=C5=9Bci prawnych podpisuj=
=C4=85cych.

Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wys=C5=82ana automatycznie. Nie odpowia=
daj na ni=C4=85.
SygnaNet sp. z o.o., ul. Prosta 51, 00-838 Warszawa
Polityka prywatno=C5=9Bci: https://sygnanet.example.pl/prywatnosc

------=_Part_884213_1399264510.1770284110114
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html>
<head>
<meta charset=3D"utf-8">
</head>
<body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Dzie=C5=84 dobry,</p>
<p>dokument =E2=80=9EPe=C5=82nomocnictwo do reprezentowania w sprawach kont=
a klienta i danych osobowych=E2=80=9D zosta=C5=82 podpisany przez wszystkie=
 strony. Otrzymujesz t=C4=99 wiadomo=C5=9B=C4=87, poniewa=C5=BC nadawca dok=
umentu wskaza=C5=82 Tw=C3=B3j adres jako odbiorc=C4=99 kopii.</p>
<p>Nadawca: Marek Zaj=C4=85c (marek.zajac@poczta-example.pl)<br>
Podpisuj=C4=85cy:<br>
1. Halina Zaj=C4=85c =E2=80=93 podpis elektroniczny, 05.02.2026 10:41 (wery=
fikacja kodem SMS)<br>
2. Marek Zaj=C4=85c =E2=80=93 podpis elektroniczny, 05.02.2026 10:52 (weryf=
ikacja kodem SMS)<br>
Identyfikator dokumentu: SN-7Q4K-29XD-81LM</p>
<p>Pobierz dokument wraz z raportem podpis=C3=B3w (audit trail):<br>
<a href=3D"https://app.sygnanet.example.pl/d/SN-7Q4K-29XD-81LM?r=3Dcc">http=
s://app.sygnanet.example.pl/d/SN-7Q4K-29XD-81LM?r=3Dcc</a></p>
<p>Link jest wa=C5=BCny przez 30 dni. Po tym czasie kopia dla odbiorc=C3=B3=
w zostanie usuni=C4=99ta z naszych serwer=C3=B3w zgodnie z polityk=C4=85 pr=
zechowywania danych.</p>
<p>Tre=C5=9B=C4=87 dokumentu (streszczenie wygenerowane automatycznie): pe=
=C5=82nomocnictwo upowa=C5=BCnia pe=C5=82nomocnika do sk=C5=82adania w imie=
niu mocodawcy wniosk=C3=B3w o dost=C4=99p do danych osobowych, ich sprostow=
anie lub usuni=C4=99cie, do cofania zg=C3=B3d marketingowych oraz do zamkni=
=C4=99cia konta i karty lojalno=C5=9Bciowej. SygnaNet nie weryfikuje tre=C5=
=9Bci dokument=C3=B3w ani zdolno=C5=9Bci do czynno=C5=9Bci prawnych podpisu=
j=C4=85cych.</p>
<p>Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wys=C5=82ana automatycznie. Nie odpo=
wiadaj na ni=C4=85.<br>
SygnaNet sp. z o.o., ul. Prosta 51, 00-838 Warszawa<br>
Polityka prywatno=C5=9Bci: <a href=3D"https://sygnanet.example.pl/prywatnos=
c">https://sygnanet.example.pl/prywatnosc</a></p>
</body>
</html>

------=_Part_884213_1399264510.1770284110114--
'''),
    ('pl', 'guardian-reply-above-notice-asks-data', 'access', (),
'''Return-Path: <k.nowicki@poczta-tarnow.example.pl>
Received: from smtp.poczta-tarnow.example.pl (smtp.poczta-tarnow.example.pl [203.0.113.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id C44E83A0F02
        for <privacy@shop.example.be>; Wed, 11 Feb 2026 19:48:33 +0100 (CET)
Received: from [192.168.1.23] (89-64-12-7.dynamic.chello.example.pl [192.0.2.87])
        (Authenticated sender: k.nowicki@poczta-tarnow.example.pl)
        by smtp.poczta-tarnow.example.pl (Postfix) with ESMTPSA id 6B1D220041;
        Wed, 11 Feb 2026 19:48:31 +0100 (CET)
Message-ID: <4b7e9d21-3c5a-4f08-a2e6-91d0c7b3e5f4@poczta-tarnow.example.pl>
Date: Wed, 11 Feb 2026 19:48:30 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: =?UTF-8?Q?Re=3A_Zmiana_Regulaminu_programu_Klub+_i_Polityki_prywatno?=
 =?UTF-8?Q?=C5=9Bci?=
To: privacy@shop.example.be
References: <20260210100214.3C9D8E1F20@mail.shop.example.be>
Content-Language: pl
From: Krzysztof Nowicki <k.nowicki@poczta-tarnow.example.pl>
In-Reply-To: <20260210100214.3C9D8E1F20@mail.shop.example.be>
Content-Type: multipart/mixed; boundary="------------0kQm3Xv7RfT2bLw9YpHs4N1c"

This is a multi-part message in MIME format.
--------------0kQm3Xv7RfT2bLw9YpHs4N1c
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dzień dobry,

piszę jako opiekun prawny pana Józefa Malinowskiego (ur. 1941), który
jest całkowicie ubezwłasnowolniony – postanowienie Sądu Rejonowego
w Tarnowie z 12.11.2025 r., sygn. akt V RNs 214/25, skan w załączeniu.

Pan Malinowski dostaje od Państwa maile takie jak ten poniżej i zupełnie
ich nie rozumie. Proszę o informację, jakie dane pana Malinowskiego
Państwo przechowują (konto, karta Klub+, historia zakupów, numer
telefonu), skąd je Państwo mają i komu zostały przekazane. Odpowiedź
proszę przesłać listownie na mój adres:
Krzysztof Nowicki, ul. Słoneczna 8/3, 33-100 Tarnów.

Z poważaniem
Krzysztof Nowicki
tel. 601 234 567

W dniu 10.02.2026 o 11:02, Shop Example BV pisze:
> Szanowny Kliencie,
>
> informujemy, że z dniem 1 marca 2026 r. zmienia się Regulamin programu
> lojalnościowego Klub+ oraz Polityka prywatności Shop Example BV.
> Szczegóły znajdziesz na https://www.shop.example.be/pl/regulamin
>
> Ta wiadomość została wygenerowana automatycznie, prosimy na nią nie
> odpowiadać.
>
> Shop Example BV | Kouter 112, 9000 Gent, Belgia

--------------0kQm3Xv7RfT2bLw9YpHs4N1c
Content-Type: application/pdf; name="postanowienie_V_RNs_214-25.pdf"
Content-Disposition: attachment; filename="postanowienie_V_RNs_214-25.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4K
ZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAg
MCA1OTUgODQyXSA+PgplbmRvYmoKdHJhaWxlcgo8PCAvUm9vdCAxIDAgUiA+PgolJUVPRgo=

--------------0kQm3Xv7RfT2bLw9YpHs4N1c--
'''),
    ('cs', 'zimbra-vacation-public-guardian', 'automated', (),
'''Return-Path: <jana.horakova@mm-lipovec.example.cz>
Received: from zimbra.mm-lipovec.example.cz (zimbra.mm-lipovec.example.cz [203.0.113.130])
        by mx1.shop.example.be (Postfix) with ESMTPS id 0D7A23A0C55
        for <privacy@shop.example.be>; Tue, 03 Mar 2026 08:02:19 +0100 (CET)
Received: from localhost (localhost [127.0.0.1])
        by zimbra.mm-lipovec.example.cz (Postfix) with ESMTP id 8E4C21C0F3
        for <privacy@shop.example.be>; Tue, 03 Mar 2026 08:02:18 +0100 (CET)
Date: Tue, 03 Mar 2026 08:02:18 +0100 (CET)
From: =?UTF-8?B?SmFuYSBIb3LDoWtvdsOh?= <jana.horakova@mm-lipovec.example.cz>
To: privacy@shop.example.be
Message-ID: <1204187221.88412.1772521338311.JavaMail.zimbra@mm-lipovec.example.cz>
In-Reply-To: <20260303070211.2F9E0A1B77@mail.shop.example.be>
Subject: =?UTF-8?B?UmU6IERvdGF6IGsgb3BhdHJvdm5pY3R2w60gcGFuw60gTWFyaWUgU3Zv?=
 =?UTF-8?B?Ym9kb3bDqSBbUFJJVi0yNi0wMDc0NV0=?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)
Thread-Topic: =?UTF-8?B?RG90YXogayBvcGF0cm92bmljdHbDrSBwYW7DrSBNYXJpZSBTdm9ib2Rv?=
 =?UTF-8?B?dsOpIFtQUklWLTI2LTAwNzQ1XQ==?=
Thread-Index: 9kQ2aXv7RfT2bLw9YpHs4N1cUe0=

Dobr=C3=BD den,

od 2. 3. do 13. 3. 2026 =C4=8Derp=C3=A1m dovolenou a po=C5=A1tu ne=C4=8Dtu.

V z=C3=A1le=C5=BEitostech klient=C5=AF =E2=80=93 zejm=C3=A9na ve v=C4=9Bcec=
h opatrovnictv=C3=AD, podp=C5=AFrn=C3=BDch opat=C5=99en=C3=AD, zastoupen=C3=
=AD =C4=8Dlenem dom=C3=A1cnosti a ochrany osobn=C3=ADch =C3=BAdaj=C5=AF opa=
trovanc=C5=AF =E2=80=93 se pros=C3=ADm obracejte na kolegyni Mgr. Petru Dvo=
=C5=99=C3=A1kovou, tel. 475 271 318, e-mail petra.dvorakova@mm-lipovec.exam=
ple.cz.

Va=C5=A1e zpr=C3=A1va nebude automaticky p=C5=99eposl=C3=A1na.

Bc. Jana Hor=C3=A1kov=C3=A1
soci=C3=A1ln=C3=AD pracovnice =E2=80=93 ve=C5=99ejn=C3=BD opatrovn=C3=ADk
Odbor soci=C3=A1ln=C3=ADch v=C4=9Bc=C3=AD, Magistr=C3=A1t m=C4=9Bsta Lipovec
'''),
    ('cs', 'exim-bounce-mailbox-closed-care-home', 'automated', (),
'''Return-path: <>
Envelope-to: privacy@shop.example.be
Received: from mail.sluzby-hosting.example.cz ([203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 3B90E3A0D12
        for <privacy@shop.example.be>; Thu, 05 Mar 2026 15:32:36 +0100 (CET)
Received: from mailnull by mail.sluzby-hosting.example.cz with local (Exim 4.97.1)
	id 1vXyZq-0003aB-2c
	for privacy@shop.example.be;
	Thu, 05 Mar 2026 15:32:34 +0100
X-Failed-Recipients: jaroslav.novotny@sluzby-hosting.example.cz
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.sluzby-hosting.example.cz>
To: privacy@shop.example.be
References: <20260305143229.6D1E2F3A40@mail.shop.example.be>
Content-Type: multipart/report; report-type=delivery-status; boundary=1772721154-eximdsn-1804289383
MIME-Version: 1.0
Subject: =?utf-8?B?RG9ydcSNZW7DrSB6cHLDoXZ5IHNlbGhhbG86IHZyYWPDrW0genByw6F2?=
 =?utf-8?B?dSBvZGVzw61sYXRlbGk=?=
Message-Id: <E1vXyZq-0003aB-2c@mail.sluzby-hosting.example.cz>
Date: Thu, 05 Mar 2026 15:32:34 +0100

--1772721154-eximdsn-1804289383
Content-type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Tato zpráva byla vytvořena automaticky programem pro doručování pošty.

Zprávu nebylo možné doručit jednomu nebo více příjemcům.
Jedná se o trvalou chybu. Doručení na následující adresu selhalo:

  jaroslav.novotny@sluzby-hosting.example.cz
    Schránka byla zrušena na žádost rodiny – majitel se přestěhoval
    do domova pro seniory. Poštu na tuto adresu již nepřijímáme.

--1772721154-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; mail.sluzby-hosting.example.cz

Action: failed
Final-Recipient: rfc822;jaroslav.novotny@sluzby-hosting.example.cz
Status: 5.0.0

--1772721154-eximdsn-1804289383
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from mail.shop.example.be ([192.0.2.25])
	by mail.sluzby-hosting.example.cz with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97.1)
	(envelope-from <privacy@shop.example.be>)
	id 1vXyZq-0003a7-1F
	for jaroslav.novotny@sluzby-hosting.example.cz;
	Thu, 05 Mar 2026 15:32:33 +0100
From: =?UTF-8?Q?Shop_Example_BV_=E2=80=93_Ochrana_osobn=C3=ADch_=C3=BAdaj?=
 =?UTF-8?Q?=C5=AF?= <privacy@shop.example.be>
To: =?UTF-8?Q?Jaroslav_Novotn=C3=BD?= <jaroslav.novotny@sluzby-hosting.example.cz>
Subject: =?UTF-8?Q?Va=C5=A1e_=C5=BE=C3=A1dost_o_zru=C5=A1en=C3=AD_karty_Klub+?=
 =?UTF-8?Q?_=E2=80=93_pot=C5=99ebujeme_Va=C5=A1e_potvrzen=C3=AD_=5BPR?=
 =?UTF-8?Q?IV-26-00803=5D?=
Date: Thu, 05 Mar 2026 15:32:29 +0100
Message-ID: <20260305143229.6D1E2F3A40@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den, pane Novotn=C3=BD,

d=C4=9Bkujeme za Va=C5=A1i zpr=C3=A1vu. Abychom mohli vy=C5=99=C3=ADdit =C5=
=BE=C3=A1dost o zru=C5=A1en=C3=AD v=C4=9Brnostn=C3=AD karty Klub+ podanou V=
a=C5=A1=C3=AD dcerou, pot=C5=99ebujeme ov=C4=9B=C5=99it, =C5=BEe s n=C3=AD =
souhlas=C3=ADte, nebo obdr=C5=BEet kopii pln=C3=A9 moci =C4=8Di rozhodnut=
=C3=AD soudu o opatrovnictv=C3=AD.

Sta=C4=8D=C3=AD odpov=C4=9Bd=C4=9Bt na tento e-mail.

S pozdravem
T=C3=BDm ochrany osobn=C3=ADch =C3=BAdaj=C5=AF
Shop Example BV

--1772721154-eximdsn-1804289383--
'''),
    ('cs', 'outlook-read-receipt-care-home', 'automated', (),
'''Return-Path: <reditelka@domov-vlasim.example.cz>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2071.outbound.protection.outlook.com [198.51.100.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 61A8C3A0B90
        for <privacy@shop.example.be>; Mon, 16 Mar 2026 11:03:24 +0100 (CET)
Received: from PA4PR07MB7389.eurprd07.prod.outlook.com (2603:10a6:102:d2::9)
 by PA4PR07MB7389.eurprd07.prod.outlook.com with HTTPS; Mon, 16 Mar 2026 10:03:21 +0000
From: =?utf-8?B?SW5nLiBSYWRrYSBCZW5lxaFvdsOh?= <reditelka@domov-vlasim.example.cz>
To: =?utf-8?B?U2hvcCBFeGFtcGxlIEJWIOKAkyBPY2hyYW5hIG9zb2Juw61jaCDDumRh?=
 =?utf-8?B?asWv?= <privacy@shop.example.be>
Subject: =?utf-8?B?UMWZZcSNdGVubzogUG90dnJ6ZW7DrSBwxZlpamV0w60gxb7DoWRvc3Rp?=
 =?utf-8?B?IG8gdsO9bWF6IOKAkyBwYW7DrSBMdWRtaWxhIEtyb3Vwb3bDoSBbUFJJ?=
 =?utf-8?B?Vi0yNi0wMDk3N10=?=
Thread-Topic: =?utf-8?B?UG90dnJ6ZW7DrSBwxZlpamV0w60gxb7DoWRvc3RpIG8gdsO9bWF6IA==?=
 =?utf-8?B?4oCTIHBhbsOtIEx1ZG1pbGEgS3JvdXBvdsOhIFtQUklWLTI2LTAwOTc3?=
 =?utf-8?B?XQ==?=
Thread-Index: AQHctT0lq8m1ZbWvSkq2n7c0fYd3RA==
Date: Mon, 16 Mar 2026 10:03:20 +0000
Message-ID: <PA4PR07MB738941C0D7E2F9A6B3C8D1E0F5@PA4PR07MB7389.eurprd07.prod.outlook.com>
References: <20260316091247.1C7D2E3F90@mail.shop.example.be>
In-Reply-To: <20260316091247.1C7D2E3F90@mail.shop.example.be>
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_B8F2C1D0-4A3E-4E7B-9C51-2D6F0A8E3B17_"
MIME-Version: 1.0

--_B8F2C1D0-4A3E-4E7B-9C51-2D6F0A8E3B17_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Va=C5=A1e zpr=C3=A1va

  Komu: Ing. Radka Bene=C5=A1ov=C3=A1 <reditelka@domov-vlasim.example.cz>
  P=C5=99edm=C4=9Bt: Potvrzen=C3=AD p=C5=99ijet=C3=AD =C5=BE=C3=A1dosti o v=
=C3=BDmaz =E2=80=93 pan=C3=AD Ludmila Kroupov=C3=A1 [PRIV-26-00977]
  Odesl=C3=A1no: pond=C4=9Bl=C3=AD 16. b=C5=99ezna 2026 10:12:47 (UTC+01:00=
) B=C4=9Blehrad, Bratislava, Budape=C5=A1=C5=A5, Lubla=C5=88, Praha

byla p=C5=99e=C4=8Dtena dne pond=C4=9Bl=C3=AD 16. b=C5=99ezna 2026 11:03:20=
 (UTC+01:00) B=C4=9Blehrad, Bratislava, Budape=C5=A1=C5=A5, Lubla=C5=88, Pr=
aha.

--_B8F2C1D0-4A3E-4E7B-9C51-2D6F0A8E3B17_
Content-Type: message/disposition-notification

Reporting-UA: domov-vlasim.example.cz; Microsoft Outlook 16.0
Final-Recipient: rfc822;reditelka@domov-vlasim.example.cz
Original-Message-ID: <20260316091247.1C7D2E3F90@mail.shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_B8F2C1D0-4A3E-4E7B-9C51-2D6F0A8E3B17_--
'''),
    ('cs', 'blind-mail-service-ack-unreadable-export', 'automated', (),
'''Return-Path: <>
Received: from brana.tyflodopis.example.cz (brana.tyflodopis.example.cz [203.0.113.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id A7F5B3A0E64
        for <privacy@shop.example.be>; Thu, 19 Mar 2026 16:41:05 +0100 (CET)
Received: by brana.tyflodopis.example.cz (Postfix, from userid 998)
        id 52C0E40128; Thu, 19 Mar 2026 16:41:04 +0100 (CET)
From: =?utf-8?B?VHlmbG9Eb3BpcyDigJMgYXV0b21hdGlja8OhIHpwcsOhdmE=?= <nedoruceno@tyflodopis.example.cz>
To: privacy@shop.example.be
Subject: =?utf-8?B?UG90dnJ6ZW7DrSBwxZlpamV0w60genByw6F2eSBwcm8ga2xpZW50YSA=?=
 =?utf-8?B?xI0uIDIwNDE3IOKAkyB1cG96b3JuxJtuw60gayBwxZnDrWxvaMOhbQ==?=
Date: Thu, 19 Mar 2026 16:41:04 +0100
Message-ID: <ack-20417-1773934864-7731@tyflodopis.example.cz>
In-Reply-To: <20260319154051.0A1B2C3D4E@mail.shop.example.be>
Auto-Submitted: auto-replied
X-Mailer: TyfloDopis Gateway 3.2
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

RG9icsO9IGRlbiwKCnRhdG8genByw6F2YSBieWxhIHZ5dHZvxZllbmEgYXV0b21hdGlja3kgc2x1
xb5ib3UgVHlmbG9Eb3Bpcywga3RlcsOhIHDFmWV2w6Fkw60gcG/FoXR1IHBybyBuZXZpZG9tw6kg
YSBzbGFib3pyYWvDqSBrbGllbnR5IGRvIGhsYXNvdsOpIHBvZG9ieSBhIGRvIEJyYWlsbG92YSBw
w61zbWEuCgpWYcWhZSB6cHLDoXZhIHMgcMWZZWRtxJt0ZW0g4oCeS29waWUgVmHFoWljaCBvc29i
bsOtY2ggw7pkYWrFryBbUFJJVi0yNi0wMTAzMl3igJwgYnlsYSBwxZlpamF0YSBwcm8ga2xpZW50
YSDEjS4gMjA0MTcgYSBidWRlIG11IHDFmWXEjXRlbmEgbmVqcG96ZMSbamkgbsOhc2xlZHVqw61j
w60gcHJhY292bsOtIGRlbi4KClVwb3pvcm7Em27DrSBrIHDFmcOtbG9ow6FtOgotIFDFmcOtbG9o
YSDigJ5leHBvcnRfb3NvYm5pY2hfdWRhanUucGRm4oCcIG5lb2JzYWh1amUgdGV4dG92b3UgdnJz
dHZ1IChqZGUgbyBuYXNrZW5vdmFuw70gb2Jyw6F6ZWspIGEgbmVsemUgamkgcMWZZXbDqXN0IGRv
IMWZZcSNaSBhbmkgZG8gQnJhaWxsb3ZhIHDDrXNtYS4KLSBTb3Vib3Ig4oCeZXhwb3J0Lmpzb27i
gJwgYnlsIHDFmWVkw6FuIGtsaWVudG92aSBiZXplIHptxJtueTsgamVobyBvYnNhaCBuZWJ1ZGUg
cMWZZcSNdGVuLgoKUG9rdWQgY2hjZXRlLCBhYnkga2xpZW50IG9ic2FoIHDFmcOtbG9oIG9iZHLF
vmVsLCB6YcWhbGV0ZSBqZSBwcm9zw61tIGpha28gcHJvc3TDvSB0ZXh0LCBkb2t1bWVudCBET0NY
IG5lYm8gcMWZw61zdHVwbsOpIFBERiBzIHRleHRvdm91IHZyc3R2b3UuCgpPc29ibsOtIMO6ZGFq
ZSBrbGllbnTFryBhbmkgb2JzYWggenByw6F2IG5lcMWZZWTDoXbDoW1lIHTFmWV0w61tIHN0cmFu
w6FtIGEgcG8gcMWZZcSNdGVuw60gamUgbWHFvmVtZSBkbyAzMCBkbsWvLiBJbmZvcm1hY2UgbyB6
cHJhY292w6Fuw60gb3NvYm7DrWNoIMO6ZGFqxa86IGh0dHBzOi8vdHlmbG9kb3Bpcy5leGFtcGxl
LmN6L29jaHJhbmEtdWRhanUKCk5hIHR1dG8genByw6F2dSBuZW9kcG92w61kZWp0ZSDigJMgc2No
csOhbmthIG5lbsOtIG9ic2x1aG92w6FuYS4KClR5ZmxvRG9waXMsIHouIMO6Lgo=
'''),
    ('cs', 'son-replies-to-newsletter-for-mother', 'withdraw_consent', (),
'''Return-Path: <zdenka.maresova@centrum-posta.example.cz>
Received: from smtp.centrum-posta.example.cz (smtp.centrum-posta.example.cz [203.0.113.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id E3B193A0A47
        for <privacy@shop.example.be>; Sat, 28 Mar 2026 21:17:42 +0100 (CET)
Received: from webmail.centrum-posta.example.cz (unknown [10.1.2.30])
        by smtp.centrum-posta.example.cz (Postfix) with ESMTPA id 8F2D1A0036
        for <privacy@shop.example.be>; Sat, 28 Mar 2026 21:17:41 +0100 (CET)
MIME-Version: 1.0
Date: Sat, 28 Mar 2026 21:17:41 +0100
From: =?UTF-8?Q?Zde=C5=88ka_Mare=C5=A1ov=C3=A1?= <zdenka.maresova@centrum-posta.example.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Re=3A_JARN=C3=8D_SLEVY_A=C5=BD_40_=25_=E2=80=93_JEN_DO_NED?=
 =?UTF-8?Q?=C4=9ALE!?=
In-Reply-To: <nl.20260327.cz.118244.5521@news.shop.example.be>
References: <nl.20260327.cz.118244.5521@news.shop.example.be>
User-Agent: Roundcube Webmail/1.6.9
Message-ID: <a91c3e0f7d2b4e5f8a6c1d0e9b7f3a21@centrum-posta.example.cz>
X-Sender: zdenka.maresova@centrum-posta.example.cz
Content-Type: text/plain; charset=UTF-8;
 format=flowed
Content-Transfer-Encoding: 8bit

Dobrý den,

píšu za maminku, paní Zdeňku Marešovou – tuhle adresu jsem jí kdysi zakládal já. Maminka má Alzheimerovu chorobu, tyhle nabídky nechápe a pořád podle nich objednává, minulý měsíc za skoro 9 000 Kč. Odkaz „odhlásit“ dole nefunguje, nebo ho neumím najít.

Odhlaste ji prosím ze všech newsletterů, akčních nabídek a SMS. Souhlas s reklamou už dávat nemůže, nerozumí tomu.

Děkuji
Ondřej Mareš (syn)
tel. 737 412 905


Dne 2026-03-27 06:00, Shop Example napsal:
> JARNÍ SLEVY AŽ 40 % – JEN DO NEDĚLE!
>
> Milá paní Zdeňko,
> vybrali jsme pro Vás novinky podle Vašich posledních nákupů:
> * Sada hrnců Gastro Plus – nyní 1 990 Kč
> * Masážní polštář Relax – nyní 749 Kč
> * Doprava zdarma nad 1 000 Kč
>
> Nakupujte na https://www.shop.example.be/cz
>
> Tento e-mail jste obdrželi, protože jste přihlášeni k odběru novinek.
> Odhlásit se z odběru | Nastavení souhlasů
> Otázky k ochraně osobních údajů: privacy@shop.example.be
'''),
    ('hr', 'gmail-vacation-notary-office', 'automated', (),
'''Return-Path: <ured@jb-maric.example.hr>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [198.51.100.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 2C61D3A0B33
        for <privacy@shop.example.be>; Wed, 08 Apr 2026 13:26:58 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=jb-maric.example.hr; s=google; t=1775647617; x=1776252417;
        h=to:subject:message-id:date:from:in-reply-to:references
         :auto-submitted:mime-version:from:to:cc:subject:date:message-id
         :reply-to;
        bh=xCyzTLpB843G0UhU8/EEDA65B9zfgiKFt7bCFI986eJ=;
        b=FgDE793P3TqOijV7trcJ7GrzGemR9MxxfcBRSXAZE5WAyfB8Ory6U78m+uJezcKcSvRvVm
         IJ0qMfLhcP2bnFpBvsyK3fZAVyaO6it0E8nO/bNdywusONvkI3ilCK1hBSH1078KwoUcfi
         JhCZDk1A34u9YUa42llEki5vPwERkGrGAJ6yp/hab1/4aFZzPwhOqViTo/SNFtDbqO/jZT
         llqSADKWaZxQWNKxYrH99crqnX9Yds==
X-Google-Smtp-Source: AGHT+Iu8cMtrr+7W4hszP7KctnjGStMRz+NCfSZqXIQsIvYv1o6UQpzXHUbJuybIZq
X-Received: by 2002:a17:907:7f24:b0:b2e:41c7:9d0a with SMTP id qf36mr4412877ejc.51;
        Wed, 08 Apr 2026 04:26:57 -0700 (PDT)
MIME-Version: 1.0
References: <20260408112649.5B2C3D4E61@mail.shop.example.be>
In-Reply-To: <20260408112649.5B2C3D4E61@mail.shop.example.be>
Auto-Submitted: auto-replied
From: =?UTF-8?B?VXJlZCBqYXZub2cgYmlsamXFvm5pa2EgSXZhbmUgTWFyacSH?= <ured@jb-maric.example.hr>
Date: Wed, 08 Apr 2026 04:26:57 -0700
Message-ID: <CAJk7vQm2xRt+8Ff0aZ4b1EwN3uVg5sLq9Hc6dKpYj0Tn2o7Wiw@mail.gmail.com>
Subject: =?UTF-8?B?R29kacWhbmppIG9kbW9yIOKAkyB1cmVkIHphdHZvcmVuIGRvIDE3LiA0?=
 =?UTF-8?B?LiAyMDI2Lg==?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000c3a81d0641f7e2b9"

--000000000000c3a81d0641f7e2b9
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

Ured javnog bilje=C5=BEnika Ivane Mari=C4=87 zatvoren je od 6. do 17. travn=
ja 2026. zbog kori=C5=A1tenja godi=C5=A1njeg odmora.

Za to vrijeme poslove ureda obavlja zamjenik, javni bilje=C5=BEnik Davor Kn=
e=C5=BEevi=C4=87, Vla=C5=A1ka ulica 214, Zagreb, tel. 01 3456 789, e-po=C5=
=A1ta: ured@jb-knezevic.example.hr. Ondje se mogu ovjeriti potpisi na punom=
o=C4=87ima, sastaviti punomo=C4=87i za zastupanje starijih i bolesnih osoba=
 te podnijeti zahtjev za preslike javnobilje=C5=BEni=C4=8Dkih akata.

Napominjemo da preslike isprava i podatke iz spisa ureda (punomo=C4=87i, an=
ticipirane naredbe, izjave o imenovanju skrbnika) izdajemo isklju=C4=8Divo =
strankama i osobama koje doka=C5=BEu pravni interes, uz osobnu identifikaci=
ju. Na upite poslane e-po=C5=A1tom o osobnim podacima stranaka ne odgovaram=
o.

Va=C5=A1a poruka nije proslije=C4=91ena.

S po=C5=A1tovanjem,
Ured javnog bilje=C5=BEnika Ivane Mari=C4=87
Savska cesta 41, Zagreb

--000000000000c3a81d0641f7e2b9
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Po=C5=A1tovani,</div><div><br></div>
<div>Ured javnog bilje=C5=BEnika Ivane Mari=C4=87 zatvoren je od 6. do 17. =
travnja 2026. zbog kori=C5=A1tenja godi=C5=A1njeg odmora.</div><div><br></d=
iv>
<div>Za to vrijeme poslove ureda obavlja zamjenik, javni bilje=C5=BEnik Dav=
or Kne=C5=BEevi=C4=87, Vla=C5=A1ka ulica 214, Zagreb, tel. 01 3456 789, e-p=
o=C5=A1ta: ured@jb-knezevic.example.hr. Ondje se mogu ovjeriti potpisi na p=
unomo=C4=87ima, sastaviti punomo=C4=87i za zastupanje starijih i bolesnih o=
soba te podnijeti zahtjev za preslike javnobilje=C5=BEni=C4=8Dkih akata.</d=
iv><div><br></div>
<div>Napominjemo da preslike isprava i podatke iz spisa ureda (punomo=C4=87=
i, anticipirane naredbe, izjave o imenovanju skrbnika) izdajemo isklju=C4=
=8Divo strankama i osobama koje doka=C5=BEu pravni interes, uz osobnu ident=
ifikaciju. Na upite poslane e-po=C5=A1tom o osobnim podacima stranaka ne od=
govaramo.</div><div><br></div>
<div>Va=C5=A1a poruka nije proslije=C4=91ena.</div><div><br></div>
<div>S po=C5=A1tovanjem,<br>Ured javnog bilje=C5=BEnika Ivane Mari=C4=87<br=
>Savska cesta 41, Zagreb</div><div><br></div></div>

--000000000000c3a81d0641f7e2b9--
'''),
    ('hr', 'hospital-patient-mail-acknowledgement', 'automated', (),
'''Return-Path: <posta.pacijenti@kbc-primorje.example.hr>
Received: from mail.kbc-primorje.example.hr (mail.kbc-primorje.example.hr [203.0.113.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4E8F13A0C01
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 11:47:31 +0200 (CEST)
Received: from pzp-app01.kbc-primorje.local (pzp-app01.kbc-primorje.local [10.40.3.21])
        by mail.kbc-primorje.example.hr (Postfix) with ESMTP id 7B3D900E1;
        Tue, 14 Apr 2026 11:47:30 +0200 (CEST)
From: =?utf-8?B?UG/FoXRhIHphIHBhY2lqZW50ZSDigJMgS0JDIFByaW1vcmpl?= <posta.pacijenti@kbc-primorje.example.hr>
To: privacy@shop.example.be
Subject: =?utf-8?B?UG90dnJkYSBwcmltaXRrYSBwb3J1a2UgUFpQLTIwMjYtMDQxODc3?=
Date: Tue, 14 Apr 2026 11:47:30 +0200
Message-ID: <pzp.2026-041877.ack@kbc-primorje.example.hr>
In-Reply-To: <20260414094712.8C1D2E3F51@mail.shop.example.be>
Auto-Submitted: auto-replied
X-Loop: posta.pacijenti@kbc-primorje.example.hr
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani,

ovo je automatska potvrda sustava „Pošta za pacijente” Kliničkog
bolničkog centra Primorje.

Vaša poruka primljena je 14. 4. 2026. u 11:47 pod brojem
PZP-2026-041877. Ako se pacijent kojem je poruka namijenjena nalazi
na bolničkom liječenju, poruka će biti ispisana i uručena mu na odjelu
najkasnije sljedećeg radnog dana. Ako pacijent nije ili više nije
hospitaliziran, poruka se uništava bez obavijesti pošiljatelju.

Radi zaštite osobnih podataka ne potvrđujemo je li određena osoba
hospitalizirana, na kojem je odjelu niti kakvo joj je zdravstveno
stanje. Pacijenti putem ove usluge ne mogu odgovoriti e-poštom.

Molimo da putem ove adrese ne šaljete medicinsku dokumentaciju,
punomoći, preslike osobnih iskaznica ni brojeve kartica. Upiti o
obradi osobnih podataka upućuju se službeniku za zaštitu podataka:
szop@kbc-primorje.example.hr.

Na ovu poruku nemojte odgovarati – adresa se ne prati.

KBC Primorje
Pošta za pacijente
'''),
    ('hr', 'deaf-relay-service-request-registered', 'automated', (),
'''Return-Path: <noreply@relej.example.hr>
Received: from web01.relej.example.hr (web01.relej.example.hr [203.0.113.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 8D0A43A0F15
        for <privacy@shop.example.be>; Sat, 18 Apr 2026 09:12:44 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=relej.example.hr;
	s=default; t=1776496363;
	bh=QQHB3f2QAiHncXBXZ2jmCwcuGAkD2tI1QyUCbst2YBr=;
	h=Date:To:From:Subject:Message-ID:MIME-Version:Content-Type;
	b=oZi9OOB4VZXB2mTewE9dE9/ppXD2u9G1+GrmfGQy7Jbzdeu5mNwIwvO0PzMEiQsqmmGiU3
	 LAQj4uHUVwf04f7Rg3hSITFXnWWo9Zk6ToeEHVJvR+ga9N7LcDmQgOGBB3ln20SQaR6dqq
	 TQENd01CMtk60ZkNkxE0EYJ5wOuHeZJB=
Date: Sat, 18 Apr 2026 09:12:43 +0200
To: privacy@shop.example.be
From: =?utf-8?B?UmVsZWogemEgZ2x1aGUgaSBuYWdsdWhl?= <noreply@relej.example.hr>
Subject: =?utf-8?B?WmFodGpldiB6YSBwb3NyZWRvdmFuaSBwb3ppdiBSRUwtMjAyNi0wNDE4?=
 =?utf-8?B?LTAzMTIgamUgemFwcmltbGplbg==?=
Message-ID: <Q2mV7xRt8Ff0aZ4b1EwN3uVg5sLq9Hc6dKpYj0T@relej.example.hr>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="b1_Q2mV7xRt8Ff0aZ4b1EwN3uVg5sLq9Hc6dKpYj0T"
Content-Transfer-Encoding: 8bit

This is a multi-part message in MIME format.
--b1_Q2mV7xRt8Ff0aZ4b1EwN3uVg5sLq9Hc6dKpYj0T
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

UG/FoXRvdmFuaSwKClZhxaEgemFodGpldiB6YSBwb3NyZWRvdmFuaSBwb3ppdiB6YXByaW1samVu
IGplIHUgc3VzdGF2dSBSZWxlamEgemEgZ2x1aGUgaSBuYWdsdWhlIG9zb2JlLgoKQnJvaiB6YWh0
amV2YTogUkVMLTIwMjYtMDQxOC0wMzEyCk5hcnXEjWl0ZWxqOiBTaG9wIEV4YW1wbGUgQlYg4oCT
IFphxaF0aXRhIHBvZGF0YWthCktvcmlzbmlrIHVzbHVnZTogZ2x1aGEgb3NvYmEgKHBvZGFjaSBz
a3JpdmVuaSkKVnJzdGEgcG9zcmVkb3ZhbmphOiB0ZWtzdCDihpQgZ292b3IgKGNoYXQpClByZWRs
b8W+ZW5pIHRlcm1pbjogMjEuIDQuIDIwMjYuIHUgMTA6MzAKClBvc3JlZG5payDEh2UgdSBkb2dv
dm9yZW5vIHZyaWplbWUgdXNwb3N0YXZpdGkgdmV6dSBzIGtvcmlzbmlrb20gaSBzIFZhbWEuIFBv
c3JlZG5payBwcmVub3NpIHJhemdvdm9yIGRvc2xvdm5vIGkgbmUgbW/FvmUgdSBpbWUga29yaXNu
aWthIGRhdmF0aSBpemphdmUsIHBvdHZyxJFpdmF0aSBpZGVudGl0ZXQgbml0aSBvZGdvdmFyYXRp
IG5hIHNpZ3Vybm9zbmEgcGl0YW5qYS4gQWtvIFZhbSBqZSBwb3ppdiBwb3RyZWJhbiByYWRpIHBy
b3ZqZXJlIGlkZW50aXRldGEga29yaXNuaWthLCBtb2xpbW8gZG9nb3Zvcml0ZSBzIGtvcmlzbmlr
b20gcGlzYW5pIG5hxI1pbiBwcm92amVyZS4KClphxaF0aXRhIG9zb2JuaWggcG9kYXRha2E6IHNh
ZHLFvmFqIHBvc3JlZG92YW5paCByYXpnb3ZvcmEgbmUgc25pbWEgc2UgaSBuZSBwb2hyYW5qdWpl
IG5ha29uIHphdnLFoWV0a2EgcG96aXZhLiBFdmlkZW50aXJhbW8gc2FtbyBicm9qIHphaHRqZXZh
LCB2cmlqZW1lIGkgdHJhamFuamUgcG96aXZhLiBWacWhZSB1IEl6amF2aSBvIHByaXZhdG5vc3Rp
OiBodHRwczovL3JlbGVqLmV4YW1wbGUuaHIvcHJpdmF0bm9zdAoKWmEgb3RrYXppdmFuamUgaWxp
IHByb21qZW51IHRlcm1pbmEga29yaXN0aXRlIHBvdmV6bmljdToKaHR0cHM6Ly9yZWxlai5leGFt
cGxlLmhyL3phaHRqZXYvUkVMLTIwMjYtMDQxOC0wMzEyCgpPdmEgamUgcG9ydWthIHBvc2xhbmEg
YXV0b21hdHNraS4gTW9saW1vIG5lIG9kZ292YXJhanRlIG5hIG5qdS4KVWRydWdhIFJlbGVqIOKA
kyB1c2x1Z2EgcG9zcmVkb3ZhbmphIHphIGdsdWhlIGkgbmFnbHVoZSBvc29iZQo=

--b1_Q2mV7xRt8Ff0aZ4b1EwN3uVg5sLq9Hc6dKpYj0T
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+CjxodG1sPgo8aGVhZD4KPG1ldGEgY2hhcnNldD0idXRmLTgiPgo8L2hl
YWQ+Cjxib2R5IHN0eWxlPSJmb250LWZhbWlseTpBcmlhbCxzYW5zLXNlcmlmO2ZvbnQtc2l6ZTox
NHB4O2NvbG9yOiMyMjIiPgo8cD5Qb8WhdG92YW5pLDwvcD4KPHA+VmHFoSB6YWh0amV2IHphIHBv
c3JlZG92YW5pIHBveml2IHphcHJpbWxqZW4gamUgdSBzdXN0YXZ1IFJlbGVqYSB6YSBnbHVoZSBp
IG5hZ2x1aGUgb3NvYmUuPC9wPgo8cD5Ccm9qIHphaHRqZXZhOiBSRUwtMjAyNi0wNDE4LTAzMTI8
YnI+Ck5hcnXEjWl0ZWxqOiBTaG9wIEV4YW1wbGUgQlYg4oCTIFphxaF0aXRhIHBvZGF0YWthPGJy
PgpLb3Jpc25payB1c2x1Z2U6IGdsdWhhIG9zb2JhIChwb2RhY2kgc2tyaXZlbmkpPGJyPgpWcnN0
YSBwb3NyZWRvdmFuamE6IHRla3N0IOKGlCBnb3ZvciAoY2hhdCk8YnI+ClByZWRsb8W+ZW5pIHRl
cm1pbjogMjEuIDQuIDIwMjYuIHUgMTA6MzA8L3A+CjxwPlBvc3JlZG5payDEh2UgdSBkb2dvdm9y
ZW5vIHZyaWplbWUgdXNwb3N0YXZpdGkgdmV6dSBzIGtvcmlzbmlrb20gaSBzIFZhbWEuIFBvc3Jl
ZG5payBwcmVub3NpIHJhemdvdm9yIGRvc2xvdm5vIGkgbmUgbW/FvmUgdSBpbWUga29yaXNuaWth
IGRhdmF0aSBpemphdmUsIHBvdHZyxJFpdmF0aSBpZGVudGl0ZXQgbml0aSBvZGdvdmFyYXRpIG5h
IHNpZ3Vybm9zbmEgcGl0YW5qYS4gQWtvIFZhbSBqZSBwb3ppdiBwb3RyZWJhbiByYWRpIHByb3Zq
ZXJlIGlkZW50aXRldGEga29yaXNuaWthLCBtb2xpbW8gZG9nb3Zvcml0ZSBzIGtvcmlzbmlrb20g
cGlzYW5pIG5hxI1pbiBwcm92amVyZS48L3A+CjxwPlphxaF0aXRhIG9zb2JuaWggcG9kYXRha2E6
IHNhZHLFvmFqIHBvc3JlZG92YW5paCByYXpnb3ZvcmEgbmUgc25pbWEgc2UgaSBuZSBwb2hyYW5q
dWplIG5ha29uIHphdnLFoWV0a2EgcG96aXZhLiBFdmlkZW50aXJhbW8gc2FtbyBicm9qIHphaHRq
ZXZhLCB2cmlqZW1lIGkgdHJhamFuamUgcG96aXZhLiBWacWhZSB1IEl6amF2aSBvIHByaXZhdG5v
c3RpOiA8YSBocmVmPSJodHRwczovL3JlbGVqLmV4YW1wbGUuaHIvcHJpdmF0bm9zdCI+aHR0cHM6
Ly9yZWxlai5leGFtcGxlLmhyL3ByaXZhdG5vc3Q8L2E+PC9wPgo8cD5aYSBvdGtheml2YW5qZSBp
bGkgcHJvbWplbnUgdGVybWluYSBrb3Jpc3RpdGUgcG92ZXpuaWN1Ojxicj4KPGEgaHJlZj0iaHR0
cHM6Ly9yZWxlai5leGFtcGxlLmhyL3phaHRqZXYvUkVMLTIwMjYtMDQxOC0wMzEyIj5odHRwczov
L3JlbGVqLmV4YW1wbGUuaHIvemFodGpldi9SRUwtMjAyNi0wNDE4LTAzMTI8L2E+PC9wPgo8cD5P
dmEgamUgcG9ydWthIHBvc2xhbmEgYXV0b21hdHNraS4gTW9saW1vIG5lIG9kZ292YXJhanRlIG5h
IG5qdS48YnI+ClVkcnVnYSBSZWxlaiDigJMgdXNsdWdhIHBvc3JlZG92YW5qYSB6YSBnbHVoZSBp
IG5hZ2x1aGUgb3NvYmU8L3A+CjwvYm9keT4KPC9odG1sPgo=

--b1_Q2mV7xRt8Ff0aZ4b1EwN3uVg5sLq9Hc6dKpYj0T--
'''),
    ('hr', 'carer-one-line-forward-stop-profiled-offers', 'objection', ('withdraw_consent',),
'''Return-Path: <snjezana.horvat@t-posta.example.hr>
Received: from smtp.t-posta.example.hr (smtp.t-posta.example.hr [203.0.113.164])
        by mx1.shop.example.be (Postfix) with ESMTPS id F10C23A0D88
        for <privacy@shop.example.be>; Sun, 19 Apr 2026 08:31:09 +0200 (CEST)
Received: from smtpclient.apple (cpe-46-188-12-9.dynamic.t-posta.example.hr [192.0.2.150])
        (Authenticated sender: snjezana.horvat@t-posta.example.hr)
        by smtp.t-posta.example.hr (Postfix) with ESMTPSA id 3A7E1C0091
        for <privacy@shop.example.be>; Sun, 19 Apr 2026 08:31:08 +0200 (CEST)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Snjezana Horvat <snjezana.horvat@t-posta.example.hr>
Mime-Version: 1.0 (1.0)
Subject: =?UTF-8?B?RndkOiBHb3Nwb8SRbyBManViaWNhLCBvZGFicmFsaSBzbW8gemEgVmFz?=
 =?UTF-8?B?IDEyIG5vdmloIHByb2l6dm9kYQ==?=
Date: Sun, 19 Apr 2026 08:30:52 +0200
Message-Id: <6F1B2C3D-4E5A-4B6C-9D7E-8F9A0B1C2D3E@t-posta.example.hr>
References: <offer.20260419.hr.55102.8841@news.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (23E254)

Mama ovo dobiva skoro svaki dan i sve naruci, ima demenciju i ne razumije d=
a su to reklame. Prestanite joj slati te "osobne ponude" na temelju onoga s=
to kupuje, odmah!! Ja sam joj skrbnica, rjesenje mogu poslati.
Snjezana Horvat

Poslano s mog iPhonea

Po=C4=8Detak proslije=C4=91ene poruke:

> =C5=A0alje: Shop Example <ponude@shop.example.be>
> Datum: 19. travnja 2026. u 07:02:11 CEST
> Prima: ljubica.horvat@t-posta.example.hr
> Predmet: Gospo=C4=91o Ljubica, odabrali smo za Vas 12 novih proizvoda
>
> Draga gospo=C4=91o Ljubica,
>
> na temelju Va=C5=A1ih nedavnih kupnji pripremili smo ponude samo za Vas:
>
> Ortopedski jastuk Comfort =E2=80=93 29,90 EUR (umjesto 44,90 EUR)
> Elektri=C4=8Dni grija=C4=8D za noge =E2=80=93 39,90 EUR
> Set posuda za pe=C4=87nicu, 5 dijelova =E2=80=93 24,90 EUR
>
> Naru=C4=8Di odmah: https://www.shop.example.be/hr/za-vas
>
> Ovu poruku primate jer ste =C4=8Dlan programa Klub+. Postavke privatnosti
> i odjava: https://www.shop.example.be/hr/postavke
'''),
    ('sv', 'sieve-vacation-god-man', 'automated', (),
'''Return-Path: <>
Received: from mail.godman-lundqvist.example.se (mail.godman-lundqvist.example.se [203.0.113.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 6A1E93A0C70
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 10:05:12 +0200 (CEST)
Received: by mail.godman-lundqvist.example.se (Postfix)
        id 91C2E2A0114; Tue, 21 Apr 2026 10:05:11 +0200 (CEST)
Message-ID: <dovecot-sieve-1776758711-418233-0@mail.godman-lundqvist.example.se>
Date: Tue, 21 Apr 2026 10:05:11 +0200
X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)
From: Karin Lundqvist <karin@godman-lundqvist.example.se>
To: <privacy@shop.example.be>
Subject: =?UTF-8?Q?Auto=3A_Ang=2E_er_huvudman_Sven-Olof_Berg_=E2=80=93_beg?=
 =?UTF-8?Q?=C3=A4ran_om_registerutdrag_=5BPRIV-26-01190=5D?=
In-Reply-To: <20260421080458.2D3E4F5A66@mail.shop.example.be>
References: <20260421080458.2D3E4F5A66@mail.shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej,

tack för ditt mejl. Jag är på semester till och med den 26 april och
läser inte mejl under tiden.

Ärenden som gäller mina huvudmän – till exempel fullmakter, räkningar,
avtal, abonnemang och frågor om deras personuppgifter – handläggs
under tiden av min kollega Per Sandberg,
per.sandberg@godman-lundqvist.example.se, tel. 070-312 45 67.

Brådskande frågor om ett godmanskap eller förvaltarskap kan också
ställas till Överförmyndarnämnden i Bergsvik, tel. 0472-55 10 00.

Vänliga hälsningar
Karin Lundqvist
God man och förvaltare
'''),
    ('sv', 'exchange-online-ndr-recipient-removed', 'automated', (),
'''Return-Path: <>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2094.outbound.protection.outlook.com [198.51.100.94])
        by mx1.shop.example.be (Postfix) with ESMTPS id 0B4D83A0E29
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 14:18:09 +0200 (CEST)
From: Microsoft Outlook <postmaster@ekstromfamilj.onmicrosoft.com>
To: privacy@shop.example.be
Date: Mon, 27 Apr 2026 12:18:06 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_d8a41f3c-2e7b-4a90-b1c5-6f0e9d2a7b34_"
Content-Language: sv-SE
Message-ID: <f41b9c27-0d3e-4a8f-b6e1-2c7d9a5e3f10@DB9PR02MB7012.eurprd02.prod.outlook.com>
In-Reply-To: <20260427121802.4E5F6A7B88@mail.shop.example.be>
References: <20260427121802.4E5F6A7B88@mail.shop.example.be>
Thread-Topic: =?utf-8?B?QmVrcsOkZnRhIGRpbiBpZGVudGl0ZXQgLSBiZWfDpHJhbiBvbSBhdHQg?=
 =?utf-8?B?YXZzbHV0YSBrdW5ka29udG90IFtQUklWLTI2LTAxMjM2XQ==?=
Subject: =?utf-8?B?T2xldmVyZXJiYXJ0OiBCZWtyw6RmdGEgZGluIGlkZW50aXRldCAtIGJl?=
 =?utf-8?B?Z8OkcmFuIG9tIGF0dCBhdnNsdXRhIGt1bmRrb250b3QgW1BSSVYtMjYt?=
 =?utf-8?B?MDEyMzZd?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--_d8a41f3c-2e7b-4a90-b1c5-6f0e9d2a7b34_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_a3c9e1f0-7b2d-4e58-9a16-0c4f8d3b2e71_"

--_a3c9e1f0-7b2d-4e58-9a16-0c4f8d3b2e71_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Det gick inte att leverera till f=C3=B6ljande mottagare eller grupper:

gunnel.ekstrom@ekstrom-familj.example.se
Det gick inte att hitta e-postadressen du angav. Kontrollera mottagarens e-=
postadress och f=C3=B6rs=C3=B6k skicka meddelandet igen. Kontakta din e-pos=
tadministrat=C3=B6r om problemet kvarst=C3=A5r.

Diagnostikinformation f=C3=B6r administrat=C3=B6rer:

Genererande server: DB9PR02MB7012.eurprd02.prod.outlook.com

gunnel.ekstrom@ekstrom-familj.example.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t gunnel.ekstrom@ekstrom-familj.example.se not found by SMTP address lookup'

Ursprungliga meddelanderubriker:

From: Shop Example BV - Dataskydd <privacy@shop.example.be>
To: gunnel.ekstrom@ekstrom-familj.example.se
Subject: Bekr=C3=A4fta din identitet - beg=C3=A4ran om att avsluta kundkont=
ot [PRIV-26-01236]
Date: Mon, 27 Apr 2026 14:18:02 +0200
Message-ID: <20260427121802.4E5F6A7B88@mail.shop.example.be>

--_a3c9e1f0-7b2d-4e58-9a16-0c4f8d3b2e71_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body lang=3D"EN-US">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Det gick inte att leverera till f=C3=B6ljande mottag=
are eller grupper:</p>
<p class=3D"MsoNormal">gunnel.ekstrom@ekstrom-familj.example.se<br>
Det gick inte att hitta e-postadressen du angav. Kontrollera mottagarens e-=
postadress och f=C3=B6rs=C3=B6k skicka meddelandet igen. Kontakta din e-pos=
tadministrat=C3=B6r om problemet kvarst=C3=A5r.</p>
<p class=3D"MsoNormal">Diagnostikinformation f=C3=B6r administrat=C3=B6rer:=
</p>
<p class=3D"MsoNormal">Genererande server: DB9PR02MB7012.eurprd02.prod.outl=
ook.com</p>
<p class=3D"MsoNormal">gunnel.ekstrom@ekstrom-familj.example.se<br>
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t gunnel.ekstrom@ekstrom-familj.example.se not found by SMTP address lookup=
'</p>
<p class=3D"MsoNormal">Ursprungliga meddelanderubriker:</p>
<p class=3D"MsoNormal">From: Shop Example BV - Dataskydd &lt;privacy@shop.e=
xample.be&gt;<br>
To: gunnel.ekstrom@ekstrom-familj.example.se<br>
Subject: Bekr=C3=A4fta din identitet - beg=C3=A4ran om att avsluta kundkont=
ot [PRIV-26-01236]<br>
Date: Mon, 27 Apr 2026 14:18:02 +0200<br>
Message-ID: &lt;20260427121802.4E5F6A7B88@mail.shop.example.be&gt;</p>
</div>
</body>
</html>

--_a3c9e1f0-7b2d-4e58-9a16-0c4f8d3b2e71_--

--_d8a41f3c-2e7b-4a90-b1c5-6f0e9d2a7b34_
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7012.eurprd02.prod.outlook.com
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Mon, 27 Apr 2026 12:18:04 +0000

Original-Recipient: rfc822;gunnel.ekstrom@ekstrom-familj.example.se
Final-Recipient: rfc822;gunnel.ekstrom@ekstrom-familj.example.se
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient gunnel.ekstrom@ekstrom-familj.example.se not found by SMTP address lookup

--_d8a41f3c-2e7b-4a90-b1c5-6f0e9d2a7b34_
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (192.0.2.25) by
 DB9PR02MB7012.mail.protection.outlook.com (10.167.242.61) with Microsoft SMTP
 Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9132.9 via
 Frontend Transport; Mon, 27 Apr 2026 12:18:04 +0000
From: Shop Example BV - Dataskydd <privacy@shop.example.be>
To: gunnel.ekstrom@ekstrom-familj.example.se
Subject: =?UTF-8?Q?Bekr=C3=A4fta_din_identitet_-_beg=C3=A4ran_om_att_avsluta_?=
 =?UTF-8?Q?kundkontot_=5BPRIV-26-01236=5D?=
Date: Mon, 27 Apr 2026 14:18:02 +0200
Message-ID: <20260427121802.4E5F6A7B88@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

--_d8a41f3c-2e7b-4a90-b1c5-6f0e9d2a7b34_--
'''),
    ('sv', 'lasting-power-of-attorney-in-force-notice', 'automated', (),
'''Return-Path: <bounce+8d1f2a.4c7e-privacy=shop.example.be@mg.fullmaktsportalen.example.se>
Received: from m228-41.mailgun.example.net (m228-41.mailgun.example.net [198.51.100.228])
        by mx1.shop.example.be (Postfix) with ESMTPS id D27F53A0B66
        for <privacy@shop.example.be>; Mon, 04 May 2026 16:40:27 +0200 (CEST)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=mg.fullmaktsportalen.example.se;
 q=dns/txt; s=krs; t=1777905626; h=Content-Type: Mime-Version: Subject:
 Subject: From: From: To: To: Date: Message-Id: Sender: Sender;
 bh=uMvc/vepBTOGYJ65igzSBWTmmhlSQ1862aTUBUETRXi=;
 b=7gKAozEQKhx5K95pozzFeN9WueXt8hxUXQn/YEpNzHvqYTnDVvEFL+dvEanhB37Q2JDhrR7iSIGr
 Yrw9Z5ALrAS5hsbGIZiZVRD/633umi0wTD//Vy+k6KnCPwSfoZjbWn/P36FWabouQgBW+ZBorbvD
 m+cB4tkyjUXGyrvr/XFN==
X-Mailgun-Sending-Ip: 198.51.100.228
X-Mailgun-Sid: WyI0ZDFjMiIsInByaXZhY3lAc2hvcC5leGFtcGxlLmJlIiwiOGQxZjJhIl0=
Sender: noreply=fullmaktsportalen.example.se@mg.fullmaktsportalen.example.se
Content-Type: multipart/alternative; boundary="6b1c9e4f2a7d4e0b8c3f5a9d1e7b2c04"
Mime-Version: 1.0
Subject: =?utf-8?B?RnJhbXRpZHNmdWxsbWFrdCBoYXIgdHLDpHR0IGkga3JhZnQg4oCTIEJp?=
 =?utf-8?B?cmdpdHRhIEhvbG0gKEZQLTIwMjQtMTE4LTQ0NzEp?=
From: Fullmaktsportalen <noreply@fullmaktsportalen.example.se>
To: privacy@shop.example.be
Date: Mon, 04 May 2026 14:40:26 +0000
Message-Id: <20260504144026.8d1f2a4c7e3b9a10@mg.fullmaktsportalen.example.se>
X-Mailgun-Tag: underrattelse-ikrafttradande
List-Unsubscribe: <https://app.fullmaktsportalen.example.se/installningar/underrattelser?u=7f3c9a21>

--6b1c9e4f2a7d4e0b8c3f5a9d1e7b2c04
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset="utf-8"

Hej,

Du f=C3=A5r det h=C3=A4r meddelandet eftersom du har angetts som part som s=
ka underr=C3=A4ttas n=C3=A4r en framtidsfullmakt som registrerats hos Fullm=
aktsportalen tr=C3=A4der i kraft.

Fullmaktsgivare: Birgitta Holm (f. 1938)
Fullmaktshavare: Anders Holm
Registreringsnummer: FP-2024-118-4471
I kraft fr=C3=A5n: 4 maj 2026

Fullmaktshavaren har intygat att fullmaktsgivaren inte l=C3=A4ngre kan ta h=
and om de angel=C3=A4genheter som fullmakten avser. L=C3=A4karintyg har lad=
dats upp.

Fullmaktens omfattning enligt dokumentet: ekonomiska angel=C3=A4genheter, a=
vtal och abonnemang, inklusive att beg=C3=A4ra ut, r=C3=A4tta och radera pe=
rsonuppgifter, =C3=A5terkalla samtycken samt avsluta kundkonton och kundklu=
bbsmedlemskap.

Logga in f=C3=B6r att se fullmakten och intyget (BankID kr=C3=A4vs):
https://app.fullmaktsportalen.example.se/u/7f3c9a21

Fullmaktsportalen pr=C3=B6var inte fullmaktens giltighet. Vid tveksamhet ka=
n fr=C3=A5gan pr=C3=B6vas av tingsr=C3=A4tten.

Du kan =C3=A4ndra vilka underr=C3=A4ttelser du f=C3=A5r under Inst=C3=A4lln=
ingar. S=C3=A5 behandlar vi personuppgifter: https://fullmaktsportalen.exam=
ple.se/integritet

Det h=C3=A4r =C3=A4r ett automatiskt meddelande och g=C3=A5r inte att besva=
ra.
Fullmaktsportalen AB

--6b1c9e4f2a7d4e0b8c3f5a9d1e7b2c04
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset="utf-8"

<!DOCTYPE html>
<html>
<head>
<meta charset=3D"utf-8">
</head>
<body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Hej,</p>
<p>Du f=C3=A5r det h=C3=A4r meddelandet eftersom du har angetts som part so=
m ska underr=C3=A4ttas n=C3=A4r en framtidsfullmakt som registrerats hos Fu=
llmaktsportalen tr=C3=A4der i kraft.</p>
<p>Fullmaktsgivare: Birgitta Holm (f. 1938)<br>
Fullmaktshavare: Anders Holm<br>
Registreringsnummer: FP-2024-118-4471<br>
I kraft fr=C3=A5n: 4 maj 2026</p>
<p>Fullmaktshavaren har intygat att fullmaktsgivaren inte l=C3=A4ngre kan t=
a hand om de angel=C3=A4genheter som fullmakten avser. L=C3=A4karintyg har =
laddats upp.</p>
<p>Fullmaktens omfattning enligt dokumentet: ekonomiska angel=C3=A4genheter=
, avtal och abonnemang, inklusive att beg=C3=A4ra ut, r=C3=A4tta och radera=
 personuppgifter, =C3=A5terkalla samtycken samt avsluta kundkonton och kund=
klubbsmedlemskap.</p>
<p>Logga in f=C3=B6r att se fullmakten och intyget (BankID kr=C3=A4vs):<br>
<a href=3D"https://app.fullmaktsportalen.example.se/u/7f3c9a21">https://app=
.fullmaktsportalen.example.se/u/7f3c9a21</a></p>
<p>Fullmaktsportalen pr=C3=B6var inte fullmaktens giltighet. Vid tveksamhet=
 kan fr=C3=A5gan pr=C3=B6vas av tingsr=C3=A4tten.</p>
<p>Du kan =C3=A4ndra vilka underr=C3=A4ttelser du f=C3=A5r under Inst=C3=A4=
llningar. S=C3=A5 behandlar vi personuppgifter: <a href=3D"https://fullmakt=
sportalen.example.se/integritet">https://fullmaktsportalen.example.se/integ=
ritet</a></p>
<p>Det h=C3=A4r =C3=A4r ett automatiskt meddelande och g=C3=A5r inte att be=
svara.<br>
Fullmaktsportalen AB</p>
</body>
</html>

--6b1c9e4f2a7d4e0b8c3f5a9d1e7b2c04--
'''),
    ('sv', 'dictated-forward-of-tracking-mail-second-person', 'other', (),
'''Return-Path: <maria.lind@bredband-norr.example.se>
Received: from smtp.bredband-norr.example.se (smtp.bredband-norr.example.se [203.0.113.96])
        by mx1.shop.example.be (Postfix) with ESMTPS id 5C3A13A0D40
        for <privacy@shop.example.be>; Mon, 04 May 2026 19:22:15 +0200 (CEST)
Received: from DESKTOP-MLIND (h-98-128-7-44.na.bredband-norr.example.se [192.0.2.44])
        (Authenticated sender: maria.lind@bredband-norr.example.se)
        by smtp.bredband-norr.example.se (Postfix) with ESMTPSA id 17B2E40092
        for <privacy@shop.example.be>; Mon, 04 May 2026 19:22:14 +0200 (CEST)
From: Maria Lind <maria.lind@bredband-norr.example.se>
To: <privacy@shop.example.be>
Subject: =?utf-8?B?VkI6IERpbiBiZXN0w6RsbG5pbmcgNDQwMDkxMiDDpHIgcMOlIHbDpGc=?=
Date: Mon, 04 May 2026 19:22:11 +0200
Message-ID: <000b01dcdbd8$4e7a2c10$eb6e8430$@bredband-norr.example.se>
MIME-Version: 1.0
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHc2+1Xq3mR0c7wS0y1V8k9bZpL4A==
Content-Language: sv

Hej!

Jag skriver f=C3=B6r min pappa G=C3=B6sta Lind som bor hemma men har hemtj=
=C3=A4nst. Tv=C3=A5 fr=C3=A5gor:

1. G=C3=A5r det att l=C3=A4gga till mig som andra person p=C3=A5 hans kundk=
onto, s=C3=A5 att jag kan se best=C3=A4llningarna och f=C3=A5 sms om levera=
nsen? Eller m=C3=A5ste jag skapa ett eget konto och betala d=C3=A4rifr=C3=
=A5n?

2. Finns det leveranstider p=C3=A5 eftermiddagen, efter klockan 14? Hemtj=
=C3=A4nsten =C3=A4r hos honom p=C3=A5 f=C3=B6rmiddagen och han h=C3=B6r int=
e d=C3=B6rrklockan n=C3=A4r han =C3=A4r ensam komma.

Tack p=C3=A5 f=C3=B6rhand!
Maria Lind

Detta meddelande =C3=A4r dikterat med r=C3=B6stigenk=C3=A4nningsprogram och=
 kan inneh=C3=A5lla felaktiga ord. Ring 073-845 12 09 om n=C3=A5got =C3=A4r=
 oklart.

Fr=C3=A5n: Shop Example <leverans@shop.example.be>
Skickat: den 4 maj 2026 08:12
Till: gosta.lind@bredband-norr.example.se
=C3=84mne: Din best=C3=A4llning 4400912 =C3=A4r p=C3=A5 v=C3=A4g

Hej G=C3=B6sta!

Din best=C3=A4llning 4400912 har l=C3=A4mnat v=C3=A5rt lager och levereras =
av BudNord.
Ber=C3=A4knad leverans: tisdag 5 maj mellan 08:00 och 12:00.
Sp=C3=A5ra paketet: https://www.shop.example.be/sv/spara/4400912

Det h=C3=A4r mejlet g=C3=A5r inte att besvara.
'''),
    ('ro', 'qmail-bounce-account-holder-mailbox-gone', 'automated', (),
'''Return-Path: <>
Received: from mail.net-carpati.example.ro (mail.net-carpati.example.ro [203.0.113.140])
        by mx1.shop.example.be (Postfix) with SMTP id 7E2B63A0A91
        for <privacy@shop.example.be>; Tue, 12 May 2026 11:41:29 +0200 (CEST)
Received: (qmail 28417 invoked for bounce); 12 May 2026 09:41:27 -0000
Date: 12 May 2026 09:41:27 -0000
From: MAILER-DAEMON@mail.net-carpati.example.ro
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mail.net-carpati.example.ro.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ion.dumitrescu@net-carpati.example.ro>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28410 invoked from network); 12 May 2026 09:41:26 -0000
Received: from mail.shop.example.be (192.0.2.25)
  by mail.net-carpati.example.ro with SMTP; 12 May 2026 09:41:26 -0000
From: =?UTF-8?Q?Shop_Example_BV_=E2=80=93_Protec=C8=9Bia_datelor?= <privacy@shop.example.be>
To: ion.dumitrescu@net-carpati.example.ro
Subject: =?UTF-8?Q?Cerere_de_=C3=AEnchidere_a_contului_Shop_Example_=5BPRIV-2?=
 =?UTF-8?Q?6-01488=5D?=
Date: Tue, 12 May 2026 11:41:24 +0200
Message-ID: <20260512094124.3F4A5B6C71@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

U3RpbWF0ZSBkb21udWxlIER1bWl0cmVzY3UsCgpBbSBwcmltaXQgZGUgbGEgZmlpY2EgZHVtbmVh
dm9hc3RyxIMsIGRvYW1uYSBBZHJpYW5hIER1bWl0cmVzY3UsIG8gY2VyZXJlIGRlIMOubmNoaWRl
cmUgYSBjb250dWx1aSBTaG9wIEV4YW1wbGUgyJlpIGEgY2FyZHVsdWkgZGUgZmlkZWxpdGF0ZSBD
bHViKyBhc29jaWF0ZSBhY2VzdGVpIGFkcmVzZSBkZSBlLW1haWwuCgpWb20gw65uY2hpZGUgY29u
dHVsIMiZaSB2b20gyJl0ZXJnZSBkYXRlbGUgZHVtbmVhdm9hc3RyxIMgcGVyc29uYWxlLCBjdSBl
eGNlcMibaWEgY2Vsb3IgcGUgY2FyZSBsZWdlYSBuZSBvYmxpZ8SDIHPEgyBsZSBwxINzdHLEg20g
KGRlIGV4ZW1wbHUgZmFjdHVyaWxlKSwgZHVwxIMgY2UgcHJpbWltIGRvY3VtZW50ZWxlIHNvbGlj
aXRhdGUuIERhY8SDIG51IHN1bnRlyJtpIGRlIGFjb3JkIGN1IGFjZWFzdMSDIGNlcmVyZSwgdsSD
IHJ1Z8SDbSBzxIMgbmUgc2NyaWXIm2kgw65uIHRlcm1lbiBkZSAxNCB6aWxlLgoKQ3Ugc3RpbcSD
LApFY2hpcGEgcGVudHJ1IHByb3RlY8ibaWEgZGF0ZWxvcgpTaG9wIEV4YW1wbGUgQlYK
'''),
    ('ro', 'social-welfare-registry-auto-acknowledgement', 'automated', (),
'''Return-Path: <registratura@dgaspc-s9.example.ro>
Received: from mail.dgaspc-s9.example.ro (mail.dgaspc-s9.example.ro [203.0.113.208])
        by mx1.shop.example.be (Postfix) with ESMTPS id B91D03A0C18
        for <privacy@shop.example.be>; Thu, 14 May 2026 09:22:51 +0200 (CEST)
Received: from eregistratura.dgaspc-s9.local (10.10.1.40) by mail.dgaspc-s9.example.ro
        with Microsoft SMTP Server id 15.2.1544.11; Thu, 14 May 2026 10:22:49 +0300
From: =?UTF-8?Q?Registratura_DGASPC_Sector_9?= <registratura@dgaspc-s9.example.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Confirmare_de_primire_=E2=80=93_nr=2E_=C3=AEnregistrare_48?=
 =?UTF-8?Q?213/14=2E05=2E2026?=
Date: Thu, 14 May 2026 10:22:49 +0300
Message-ID: <eReg.48213.20260514102249@dgaspc-s9.example.ro>
In-Reply-To: <20260514072210.5A6B7C8D92@mail.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Mailer: eRegistratura 4.2
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Stimat=C4=83 doamn=C4=83/Stimate domn,

V=C4=83 confirm=C4=83m primirea mesajului dumneavoastr=C4=83 din data de 14=
.05.2026, ora 10:22, cu subiectul =E2=80=9ESolicitare informa=C8=9Bii privi=
nd reprezentantul legal al doamnei Elena Marinescu [PRIV-26-01544]=E2=80=9D.

Documentul a fost =C3=AEnregistrat cu nr. 48213/14.05.2026 =C8=99i repartiz=
at Serviciului de Asisten=C8=9B=C4=83 Social=C4=83 pentru Persoane V=C3=A2r=
stnice. Termenul legal de solu=C8=9Bionare a peti=C8=9Biilor este de 30 de =
zile de la data =C3=AEnregistr=C4=83rii.

V=C4=83 inform=C4=83m c=C4=83 D.G.A.S.P.C. nu comunic=C4=83 date cu caracte=
r personal ale beneficiarilor =E2=80=93 inclusiv informa=C8=9Bii privind in=
stituirea unei m=C4=83suri de ocrotire (asisten=C8=9B=C4=83 pentru =C3=AEnc=
heierea actelor juridice, consiliere judiciar=C4=83 sau tutel=C4=83 special=
=C4=83) =E2=80=93 dec=C3=A2t persoanelor =C3=AEndrept=C4=83=C8=9Bite, pe ba=
za documentelor justificative =C8=99i a actului de identitate. Datele dumne=
avoastr=C4=83 cu caracter personal sunt prelucrate conform Regulamentului (=
UE) 2016/679, exclusiv =C3=AEn scopul solu=C8=9Bion=C4=83rii peti=C8=9Biei.

Acesta este un mesaj generat automat. V=C4=83 rug=C4=83m s=C4=83 nu r=C4=83=
spunde=C8=9Bi la acest mesaj.

Registratura General=C4=83
Direc=C8=9Bia General=C4=83 de Asisten=C8=9B=C4=83 Social=C4=83 =C8=99i Pro=
tec=C8=9Bia Copilului Sector 9
'''),
    ('ro', 'bank-fraud-case-update-vishing', 'automated', (),
'''Return-Path: <bounces-fraude@banca-nord.example.ro>
Received: from mta2.banca-nord.example.ro (mta2.banca-nord.example.ro [203.0.113.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4A8C73A0E07
        for <privacy@shop.example.be>; Wed, 20 May 2026 14:07:40 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=banca-nord.example.ro;
	s=notif2026; t=1779278859;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	bh=3nejmfRPX8h9DCADnwyHA8HToSn6ozzk6mY95/uGMkF=;
	b=Oea835Xoy2a0ANQW1Xa7fHRKVkOD830vRAilx9u1hPjQ/r11uhBIyFoG9ohv8NqpWOo1hu6QTTUJ
	6AQUCBtfOiHWidZBEHvompMmcda6H1jUreusqGn1WfKwU1xGCj8XzpGR4nFG0qaaDZAHTIvfsL8m
	awTbF4wJcPnC4gmwJm5f==
From: =?utf-8?B?QmFuY2FOb3JkIOKAkyBQcmV2ZW5pcmUgRnJhdWRl?= <notificari-fraude@banca-nord.example.ro>
To: privacy@shop.example.be
Subject: =?utf-8?B?RG9zYXIgZnJhdWTEgyBGUi0yMDI2LTExODgzNCDigJMgYWN0dWFsaXph?=
 =?utf-8?B?cmUgYXV0b21hdMSD?=
Date: Wed, 20 May 2026 15:07:39 +0300
Message-ID: <FR-2026-118834.upd.3.1779278859@banca-nord.example.ro>
Auto-Submitted: auto-generated
X-Mailer: CaseNotify 2.4
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_alt_7c41e9b2d05f4a8e9b13_"

--=_alt_7c41e9b2d05f4a8e9b13_
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

QnVuxIMgeml1YSwKCkFjZXN0YSBlc3RlIHVuIG1lc2FqIGF1dG9tYXQgYWwgRGlyZWPIm2llaSBQ
cmV2ZW5pcmUgRnJhdWRlIGEgQmFuY2FOb3JkLgoKRG9zYXJ1bCBGUi0yMDI2LTExODgzNCBhIGZv
c3QgYWN0dWFsaXphdCBsYSAyMC4wNS4yMDI2LCBvcmEgMTU6MDcuCgpUaXAgY2F6OiBmcmF1ZMSD
IHByaW4gYXBlbCB0ZWxlZm9uaWMgKHZpc2hpbmcpIOKAkyBhcGVsYW50dWwgcy1hIHByZXplbnRh
dCBkcmVwdCBhbmdhamF0IGFsIGNvbWVyY2lhbnR1bHVpCkNvbWVyY2lhbnQ6IFNIT1AgRVhBTVBM
RSBCViwgTUlEIDAwMDQxMjk5ODczMQpUcmFuemFjyJtpaSBjb250ZXN0YXRlOiAzICh0b3RhbCAy
LjE0OCwwMCBST04pClN0YXJlOiDDrm4gYW5hbGl6xIMg4oCTIGRvY3VtZW50ZSBzb2xpY2l0YXRl
IGNvbWVyY2lhbnR1bHVpCgpUaXR1bGFydWwgY2FyZHVsdWksIHBlcnNvYW7EgyB2w6Jyc3RuaWPE
gywgYSBkZWNsYXJhdCBjxIMgYXBlbGFudHVsIMOuaSBjdW5vyJl0ZWEgbnVtZWxlLCBhZHJlc2Eg
yJlpIHVsdGltZWxlIGNvbWVuemkgZsSDY3V0ZSBsYSBjb21lcmNpYW50LiBWxIMgcnVnxINtIHPE
gyB2ZXJpZmljYcibaSBkYWPEgyBhIGV4aXN0YXQgdW4gaW5jaWRlbnQgZGUgc2VjdXJpdGF0ZSBw
cml2aW5kIGRhdGVsZSBjdSBjYXJhY3RlciBwZXJzb25hbCBhbGUgY2xpZW7Im2lsb3IgyJlpIHPE
gyDDrm5jxINyY2HIm2ksIMOubiB0ZXJtZW4gZGUgMTAgemlsZSBsdWNyxIN0b2FyZSwgcsSDc3B1
bnN1bCDImWkgZG9jdW1lbnRlbGUganVzdGlmaWNhdGl2ZSAoZG92YWRhIGxpdnLEg3JpaSwganVy
bmFsdWwgY29tZW56aWxvcikgZXhjbHVzaXYgcHJpbiBQb3J0YWx1bCBDb21lcmNpYW7Im2k6Cmh0
dHBzOi8vY29tZXJjaWFudGkuYmFuY2Etbm9yZC5leGFtcGxlLnJvL2Rvc2FyZS9GUi0yMDI2LTEx
ODgzNAoKRGluIG1vdGl2ZSBkZSBzZWN1cml0YXRlLCBudSB0cmFuc21pdGXIm2kgcHJpbiBlLW1h
aWwgZGF0ZSBjdSBjYXJhY3RlciBwZXJzb25hbCBhbGUgY2xpZW7Im2lsb3IsIGRhdGUgZGUgY2Fy
ZCBzYXUgcGFyb2xlLiBNZXNhamVsZSB0cmltaXNlIGxhIGFjZWFzdMSDIGFkcmVzxIMgbnUgc3Vu
dCBjaXRpdGUuCgpCYW5jYU5vcmQgcHJlbHVjcmVhesSDIGRhdGVsZSBjdSBjYXJhY3RlciBwZXJz
b25hbCDDrm4gY29uZm9ybWl0YXRlIGN1IFJlZ3VsYW1lbnR1bCAoVUUpIDIwMTYvNjc5LiBJbmZv
cm1hyJtpaTogaHR0cHM6Ly93d3cuYmFuY2Etbm9yZC5leGFtcGxlLnJvL2NvbmZpZGVudGlhbGl0
YXRlCgpDdSBzdGltxIMsCkJhbmNhTm9yZCDigJMgRGlyZWPIm2lhIFByZXZlbmlyZSBGcmF1ZGUK

--=_alt_7c41e9b2d05f4a8e9b13_
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+CjxodG1sPgo8aGVhZD4KPG1ldGEgY2hhcnNldD0idXRmLTgiPgo8L2hl
YWQ+Cjxib2R5IHN0eWxlPSJmb250LWZhbWlseTpBcmlhbCxzYW5zLXNlcmlmO2ZvbnQtc2l6ZTox
NHB4O2NvbG9yOiMyMjIiPgo8cD5CdW7EgyB6aXVhLDwvcD4KPHA+QWNlc3RhIGVzdGUgdW4gbWVz
YWogYXV0b21hdCBhbCBEaXJlY8ibaWVpIFByZXZlbmlyZSBGcmF1ZGUgYSBCYW5jYU5vcmQuPC9w
Pgo8cD5Eb3NhcnVsIEZSLTIwMjYtMTE4ODM0IGEgZm9zdCBhY3R1YWxpemF0IGxhIDIwLjA1LjIw
MjYsIG9yYSAxNTowNy48L3A+CjxwPlRpcCBjYXo6IGZyYXVkxIMgcHJpbiBhcGVsIHRlbGVmb25p
YyAodmlzaGluZykg4oCTIGFwZWxhbnR1bCBzLWEgcHJlemVudGF0IGRyZXB0IGFuZ2FqYXQgYWwg
Y29tZXJjaWFudHVsdWk8YnI+CkNvbWVyY2lhbnQ6IFNIT1AgRVhBTVBMRSBCViwgTUlEIDAwMDQx
Mjk5ODczMTxicj4KVHJhbnphY8ibaWkgY29udGVzdGF0ZTogMyAodG90YWwgMi4xNDgsMDAgUk9O
KTxicj4KU3RhcmU6IMOubiBhbmFsaXrEgyDigJMgZG9jdW1lbnRlIHNvbGljaXRhdGUgY29tZXJj
aWFudHVsdWk8L3A+CjxwPlRpdHVsYXJ1bCBjYXJkdWx1aSwgcGVyc29hbsSDIHbDonJzdG5pY8SD
LCBhIGRlY2xhcmF0IGPEgyBhcGVsYW50dWwgw65pIGN1bm/ImXRlYSBudW1lbGUsIGFkcmVzYSDI
mWkgdWx0aW1lbGUgY29tZW56aSBmxINjdXRlIGxhIGNvbWVyY2lhbnQuIFbEgyBydWfEg20gc8SD
IHZlcmlmaWNhyJtpIGRhY8SDIGEgZXhpc3RhdCB1biBpbmNpZGVudCBkZSBzZWN1cml0YXRlIHBy
aXZpbmQgZGF0ZWxlIGN1IGNhcmFjdGVyIHBlcnNvbmFsIGFsZSBjbGllbsibaWxvciDImWkgc8SD
IMOubmPEg3JjYcibaSwgw65uIHRlcm1lbiBkZSAxMCB6aWxlIGx1Y3LEg3RvYXJlLCByxINzcHVu
c3VsIMiZaSBkb2N1bWVudGVsZSBqdXN0aWZpY2F0aXZlIChkb3ZhZGEgbGl2csSDcmlpLCBqdXJu
YWx1bCBjb21lbnppbG9yKSBleGNsdXNpdiBwcmluIFBvcnRhbHVsIENvbWVyY2lhbsibaTo8YnI+
CjxhIGhyZWY9Imh0dHBzOi8vY29tZXJjaWFudGkuYmFuY2Etbm9yZC5leGFtcGxlLnJvL2Rvc2Fy
ZS9GUi0yMDI2LTExODgzNCI+aHR0cHM6Ly9jb21lcmNpYW50aS5iYW5jYS1ub3JkLmV4YW1wbGUu
cm8vZG9zYXJlL0ZSLTIwMjYtMTE4ODM0PC9hPjwvcD4KPHA+RGluIG1vdGl2ZSBkZSBzZWN1cml0
YXRlLCBudSB0cmFuc21pdGXIm2kgcHJpbiBlLW1haWwgZGF0ZSBjdSBjYXJhY3RlciBwZXJzb25h
bCBhbGUgY2xpZW7Im2lsb3IsIGRhdGUgZGUgY2FyZCBzYXUgcGFyb2xlLiBNZXNhamVsZSB0cmlt
aXNlIGxhIGFjZWFzdMSDIGFkcmVzxIMgbnUgc3VudCBjaXRpdGUuPC9wPgo8cD5CYW5jYU5vcmQg
cHJlbHVjcmVhesSDIGRhdGVsZSBjdSBjYXJhY3RlciBwZXJzb25hbCDDrm4gY29uZm9ybWl0YXRl
IGN1IFJlZ3VsYW1lbnR1bCAoVUUpIDIwMTYvNjc5LiBJbmZvcm1hyJtpaTogPGEgaHJlZj0iaHR0
cHM6Ly93d3cuYmFuY2Etbm9yZC5leGFtcGxlLnJvL2NvbmZpZGVudGlhbGl0YXRlIj5odHRwczov
L3d3dy5iYW5jYS1ub3JkLmV4YW1wbGUucm8vY29uZmlkZW50aWFsaXRhdGU8L2E+PC9wPgo8cD5D
dSBzdGltxIMsPGJyPgpCYW5jYU5vcmQg4oCTIERpcmVjyJtpYSBQcmV2ZW5pcmUgRnJhdWRlPC9w
Pgo8L2JvZHk+CjwvaHRtbD4K

--=_alt_7c41e9b2d05f4a8e9b13_--
'''),
    ('ro', 'neighbour-types-for-elderly-lady-delete-account', 'deletion', (),
'''Return-Path: <g.vasilescu@posta-brasov.example.ro>
Received: from smtp.posta-brasov.example.ro (smtp.posta-brasov.example.ro [203.0.113.222])
        by mx1.shop.example.be (Postfix) with ESMTPS id 29F6E3A0B51
        for <privacy@shop.example.be>; Fri, 22 May 2026 18:03:47 +0200 (CEST)
Received: from [10.97.4.18] (unknown [192.0.2.201])
        by smtp.posta-brasov.example.ro (Postfix) with ESMTPSA id 0E3C2B4417
        for <privacy@shop.example.be>; Fri, 22 May 2026 19:03:45 +0300 (EEST)
Date: Fri, 22 May 2026 19:03:41 +0300
From: Gheorghe Vasilescu <g.vasilescu@posta-brasov.example.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Re=3A_Contul_dumneavoastr=C4=83_Shop_Example_va_fi_dezacti?=
 =?UTF-8?Q?vat?=
User-Agent: K-9 Mail for Android
In-Reply-To: <acct.inactive.20260521.ro.30417@mail.shop.example.be>
References: <acct.inactive.20260521.ro.30417@mail.shop.example.be>
Message-ID: <B2C7E1A4-93D0-4F6B-8E21-5A0C9D7F3B16@posta-brasov.example.ro>
MIME-Version: 1.0
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Scriu acest mesaj pentru doamna Maria Stoica, vecina mea, care st=C4=83 aic=
i l=C3=A2ng=C4=83 mine. D=C3=A2nsa are 86 de ani, nu vede bine =C8=99i nu a=
re calculator, de aceea folosesc adresa mea de e-mail. Mesajul de mai jos i=
-a venit pe telefon =C8=99i mi l-a trimis mie ca s=C4=83 v=C4=83 r=C4=83spu=
nd.

Doamna Stoica vrea s=C4=83 =C8=99terge=C8=9Bi complet contul ei =C8=99i toa=
te datele ei, nu doar s=C4=83-l dezactiva=C8=9Bi. Cardul Club+ l-a t=C4=83i=
at deja. Nu mai cump=C4=83r=C4=83 nimic online, fiul d=C3=A2nsei f=C4=83cea=
 comenzile, dar a plecat =C3=AEn Spania.

V=C4=83 rug=C4=83m s=C4=83-i r=C4=83spunde=C8=9Bi prin scrisoare la adresa =
ei: Maria Stoica, Str. Teilor nr. 7, 500113 Bra=C8=99ov, =C8=99i nu la adre=
sa mea de e-mail.

Cu stim=C4=83,
Gheorghe Vasilescu, vecin
(pentru Maria Stoica, care a ascultat mesajul =C8=99i este de acord)

--
Trimis de pe dispozitivul meu Android cu K-9 Mail.

Pe 21 mai 2026 09:14:03 EEST, Shop Example <cont@shop.example.be> a scris:
>Stimat=C4=83 doamn=C4=83 Stoica,
>
>Contul dumneavoastr=C4=83 Shop Example nu a fost folosit de peste 24 de lu=
ni.
>Dac=C4=83 nu v=C4=83 autentifica=C8=9Bi p=C3=A2n=C4=83 la 20.06.2026, cont=
ul va fi dezactivat
>automat.
>
>Acesta este un mesaj generat automat. V=C4=83 rug=C4=83m s=C4=83 nu r=C4=
=83spunde=C8=9Bi.
>
>Shop Example BV
'''),
    ('el', 'exchange-ooo-municipal-social-worker', 'automated', (),
'''Return-Path: <e.georgiou@dimos-nearkadias.example.gr>
Received: from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2102.outbound.protection.outlook.com [198.51.100.102])
        by mx1.shop.example.be (Postfix) with ESMTPS id 3D5E83A0F41
        for <privacy@shop.example.be>; Tue, 02 Jun 2026 10:44:18 +0200 (CEST)
Received: from VI1PR08MB5421.eurprd08.prod.outlook.com (2603:10a6:803:112::14)
 by VI1PR08MB5421.eurprd08.prod.outlook.com with HTTPS; Tue, 02 Jun 2026 08:44:16 +0000
From: =?utf-8?B?zpXOu86tzr3OtyDOk861z4nPgc6zzq/Ov8+F?= <e.georgiou@dimos-nearkadias.example.gr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiDOkc6vz4Q=?=
 =?utf-8?B?zrfOvM6xIM6zzrnOsSDPhM63zr0gzrrOsSDOo86/z4bOr86xIM6Rzrs=?=
 =?utf-8?B?zrXOvs6vzr/PhSDigJMgzrXOvs6/z4XPg865zr/OtM+Mz4TOt8+Dzrcg?=
 =?utf-8?B?W1BSSVYtMjYtMDE3MTJd?=
Thread-Topic: =?utf-8?B?zpHOr8+EzrfOvM6xIM6zzrnOsSDPhM63zr0gzrrOsSDOo86/z4bOr86x?=
 =?utf-8?B?IM6RzrvOtc6+zq/Ov8+FIOKAkyDOtc6+zr/Phc+DzrnOv860z4zPhM63?=
 =?utf-8?B?z4POtyBbUFJJVi0yNi0wMTcxMl0=?=
Thread-Index: AQHc1o5Ff3XwQm0l8EuT2kYb9RjV3g==
Date: Tue, 02 Jun 2026 08:44:16 +0000
Message-ID: <VI1PR08MB54217A3C9E0D4F1B2A6C8E7D5F3A0@VI1PR08MB5421.eurprd08.prod.outlook.com>
In-Reply-To: <20260602084402.6B7C8D9EA3@mail.shop.example.be>
References: <20260602084402.6B7C8D9EA3@mail.shop.example.be>
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Transport-FromEntityHeader: Hosted
Content-Type: multipart/alternative;
	boundary="_000_VI1PR08MB54217A3C9E0D4F1B2A6C8E7D5F3A0VI1PR08MB5421eurp_"
MIME-Version: 1.0

--_000_VI1PR08MB54217A3C9E0D4F1B2A6C8E7D5F3A0VI1PR08MB5421eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=B1 =CF=83=CE=B1=CF=82,

=CE=A3=CE=B1=CF=82 =CE=B5=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=CF=84=CF=8E =
=CE=B3=CE=B9=CE=B1 =CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=AC =CF=83=
=CE=B1=CF=82. =CE=98=CE=B1 =CE=B1=CF=80=CE=BF=CF=85=CF=83=CE=B9=CE=AC=CE=B6=
=CF=89 =CE=B1=CF=80=CF=8C =CF=84=CE=BF =CE=B3=CF=81=CE=B1=CF=86=CE=B5=CE=AF=
=CE=BF =CE=AD=CF=89=CF=82 =CE=BA=CE=B1=CE=B9 =CF=84=CE=B7=CE=BD =CE=A0=CE=
=B1=CF=81=CE=B1=CF=83=CE=BA=CE=B5=CF=85=CE=AE 5 =CE=99=CE=BF=CF=85=CE=BD=CE=
=AF=CE=BF=CF=85 2026, =CF=87=CF=89=CF=81=CE=AF=CF=82 =CF=80=CF=81=CF=8C=CF=
=83=CE=B2=CE=B1=CF=83=CE=B7 =CF=83=CF=84=CE=BF =CE=B7=CE=BB=CE=B5=CE=BA=CF=
=84=CF=81=CE=BF=CE=BD=CE=B9=CE=BA=CF=8C =CF=84=CE=B1=CF=87=CF=85=CE=B4=CF=
=81=CE=BF=CE=BC=CE=B5=CE=AF=CE=BF.

=CE=93=CE=B9=CE=B1 =CE=B8=CE=AD=CE=BC=CE=B1=CF=84=CE=B1 =CF=89=CF=86=CE=B5=
=CE=BB=CE=BF=CF=85=CE=BC=CE=AD=CE=BD=CF=89=CE=BD =CF=84=CE=BF=CF=85 =CF=80=
=CF=81=CE=BF=CE=B3=CF=81=CE=AC=CE=BC=CE=BC=CE=B1=CF=84=CE=BF=CF=82 =C2=AB=
=CE=92=CE=BF=CE=AE=CE=B8=CE=B5=CE=B9=CE=B1 =CF=83=CF=84=CE=BF =CE=A3=CF=80=
=CE=AF=CF=84=CE=B9=C2=BB (=CE=B5=CE=BE=CE=BF=CF=85=CF=83=CE=B9=CE=BF=CE=B4=
=CE=BF=CF=84=CE=AE=CF=83=CE=B5=CE=B9=CF=82, =CE=B5=CF=80=CE=B9=CE=BA=CE=BF=
=CE=B9=CE=BD=CF=89=CE=BD=CE=AF=CE=B1 =CE=BC=CE=B5 =CF=83=CF=85=CE=B3=CE=B3=
=CE=B5=CE=BD=CE=B5=CE=AF=CF=82, =CE=B1=CE=B9=CF=84=CE=AE=CE=BC=CE=B1=CF=84=
=CE=B1 =CF=80=CE=BF=CF=85 =CE=B1=CF=86=CE=BF=CF=81=CE=BF=CF=8D=CE=BD =CF=80=
=CF=81=CE=BF=CF=83=CF=89=CF=80=CE=B9=CE=BA=CE=AC =CE=B4=CE=B5=CE=B4=CE=BF=
=CE=BC=CE=AD=CE=BD=CE=B1 =CF=89=CF=86=CE=B5=CE=BB=CE=BF=CF=85=CE=BC=CE=AD=
=CE=BD=CF=89=CE=BD) =CF=80=CE=B1=CF=81=CE=B1=CE=BA=CE=B1=CE=BB=CF=8E =CE=B1=
=CF=80=CE=B5=CF=85=CE=B8=CF=85=CE=BD=CE=B8=CE=B5=CE=AF=CF=84=CE=B5 =CF=83=
=CF=84=CE=B7 =CF=83=CF=85=CE=BD=CE=AC=CE=B4=CE=B5=CE=BB=CF=86=CE=BF =CE=BA=
=CE=B1 =CE=9C=CE=B1=CF=81=CE=AF=CE=B1 =CE=A0=CE=B1=CF=80=CE=B1=CE=B4=CE=BF=
=CF=80=CE=BF=CF=8D=CE=BB=CE=BF=CF=85, =CE=BA=CE=BF=CE=B9=CE=BD=CF=89=CE=BD=
=CE=B9=CE=BA=CE=AE =CE=BB=CE=B5=CE=B9=CF=84=CE=BF=CF=85=CF=81=CE=B3=CF=8C:
m.papadopoulou@dimos-nearkadias.example.gr, =CF=84=CE=B7=CE=BB. 2310 555 12=
3.

=CE=A4=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=AC =CF=83=CE=B1=CF=82 =CE=B4=
=CE=B5=CE=BD =CE=B8=CE=B1 =CF=80=CF=81=CE=BF=CF=89=CE=B8=CE=B7=CE=B8=CE=B5=
=CE=AF =CE=B1=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=B1.

=CE=9C=CE=B5 =CE=B5=CE=BA=CF=84=CE=AF=CE=BC=CE=B7=CF=83=CE=B7,
=CE=95=CE=BB=CE=AD=CE=BD=CE=B7 =CE=93=CE=B5=CF=89=CF=81=CE=B3=CE=AF=CE=BF=
=CF=85
=CE=9A=CE=BF=CE=B9=CE=BD=CF=89=CE=BD=CE=B9=CE=BA=CE=AE =CE=9B=CE=B5=CE=B9=
=CF=84=CE=BF=CF=85=CF=81=CE=B3=CF=8C=CF=82
=CE=94=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7 =CE=9A=CE=BF=CE=B9=
=CE=BD=CF=89=CE=BD=CE=B9=CE=BA=CE=AE=CF=82 =CE=A0=CF=81=CE=BF=CF=83=CF=84=
=CE=B1=CF=83=CE=AF=CE=B1=CF=82
=CE=94=CE=AE=CE=BC=CE=BF=CF=82 =CE=9D=CE=AD=CE=B1=CF=82 =CE=91=CF=81=CE=BA=
=CE=B1=CE=B4=CE=AF=CE=B1=CF=82

--_000_VI1PR08MB54217A3C9E0D4F1B2A6C8E7D5F3A0VI1PR08MB5421eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body lang=3D"EN-US">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=
=B1 =CF=83=CE=B1=CF=82,</p>
<p class=3D"MsoNormal">=CE=A3=CE=B1=CF=82 =CE=B5=CF=85=CF=87=CE=B1=CF=81=CE=
=B9=CF=83=CF=84=CF=8E =CE=B3=CE=B9=CE=B1 =CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=
=85=CE=BC=CE=AC =CF=83=CE=B1=CF=82. =CE=98=CE=B1 =CE=B1=CF=80=CE=BF=CF=85=
=CF=83=CE=B9=CE=AC=CE=B6=CF=89 =CE=B1=CF=80=CF=8C =CF=84=CE=BF =CE=B3=CF=81=
=CE=B1=CF=86=CE=B5=CE=AF=CE=BF =CE=AD=CF=89=CF=82 =CE=BA=CE=B1=CE=B9 =CF=84=
=CE=B7=CE=BD =CE=A0=CE=B1=CF=81=CE=B1=CF=83=CE=BA=CE=B5=CF=85=CE=AE 5 =CE=
=99=CE=BF=CF=85=CE=BD=CE=AF=CE=BF=CF=85 2026, =CF=87=CF=89=CF=81=CE=AF=CF=
=82 =CF=80=CF=81=CF=8C=CF=83=CE=B2=CE=B1=CF=83=CE=B7 =CF=83=CF=84=CE=BF =CE=
=B7=CE=BB=CE=B5=CE=BA=CF=84=CF=81=CE=BF=CE=BD=CE=B9=CE=BA=CF=8C =CF=84=CE=
=B1=CF=87=CF=85=CE=B4=CF=81=CE=BF=CE=BC=CE=B5=CE=AF=CE=BF.</p>
<p class=3D"MsoNormal">=CE=93=CE=B9=CE=B1 =CE=B8=CE=AD=CE=BC=CE=B1=CF=84=CE=
=B1 =CF=89=CF=86=CE=B5=CE=BB=CE=BF=CF=85=CE=BC=CE=AD=CE=BD=CF=89=CE=BD =CF=
=84=CE=BF=CF=85 =CF=80=CF=81=CE=BF=CE=B3=CF=81=CE=AC=CE=BC=CE=BC=CE=B1=CF=
=84=CE=BF=CF=82 =C2=AB=CE=92=CE=BF=CE=AE=CE=B8=CE=B5=CE=B9=CE=B1 =CF=83=CF=
=84=CE=BF =CE=A3=CF=80=CE=AF=CF=84=CE=B9=C2=BB (=CE=B5=CE=BE=CE=BF=CF=85=CF=
=83=CE=B9=CE=BF=CE=B4=CE=BF=CF=84=CE=AE=CF=83=CE=B5=CE=B9=CF=82, =CE=B5=CF=
=80=CE=B9=CE=BA=CE=BF=CE=B9=CE=BD=CF=89=CE=BD=CE=AF=CE=B1 =CE=BC=CE=B5 =CF=
=83=CF=85=CE=B3=CE=B3=CE=B5=CE=BD=CE=B5=CE=AF=CF=82, =CE=B1=CE=B9=CF=84=CE=
=AE=CE=BC=CE=B1=CF=84=CE=B1 =CF=80=CE=BF=CF=85 =CE=B1=CF=86=CE=BF=CF=81=CE=
=BF=CF=8D=CE=BD =CF=80=CF=81=CE=BF=CF=83=CF=89=CF=80=CE=B9=CE=BA=CE=AC =CE=
=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CE=B1 =CF=89=CF=86=CE=B5=CE=BB=CE=
=BF=CF=85=CE=BC=CE=AD=CE=BD=CF=89=CE=BD) =CF=80=CE=B1=CF=81=CE=B1=CE=BA=CE=
=B1=CE=BB=CF=8E =CE=B1=CF=80=CE=B5=CF=85=CE=B8=CF=85=CE=BD=CE=B8=CE=B5=CE=
=AF=CF=84=CE=B5 =CF=83=CF=84=CE=B7 =CF=83=CF=85=CE=BD=CE=AC=CE=B4=CE=B5=CE=
=BB=CF=86=CE=BF =CE=BA=CE=B1 =CE=9C=CE=B1=CF=81=CE=AF=CE=B1 =CE=A0=CE=B1=CF=
=80=CE=B1=CE=B4=CE=BF=CF=80=CE=BF=CF=8D=CE=BB=CE=BF=CF=85, =CE=BA=CE=BF=CE=
=B9=CE=BD=CF=89=CE=BD=CE=B9=CE=BA=CE=AE =CE=BB=CE=B5=CE=B9=CF=84=CE=BF=CF=
=85=CF=81=CE=B3=CF=8C:<br>
m.papadopoulou@dimos-nearkadias.example.gr, =CF=84=CE=B7=CE=BB. 2310 555 12=
3.</p>
<p class=3D"MsoNormal">=CE=A4=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=AC =
=CF=83=CE=B1=CF=82 =CE=B4=CE=B5=CE=BD =CE=B8=CE=B1 =CF=80=CF=81=CE=BF=CF=89=
=CE=B8=CE=B7=CE=B8=CE=B5=CE=AF =CE=B1=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=
=CE=B1.</p>
<p class=3D"MsoNormal">=CE=9C=CE=B5 =CE=B5=CE=BA=CF=84=CE=AF=CE=BC=CE=B7=CF=
=83=CE=B7,<br>
=CE=95=CE=BB=CE=AD=CE=BD=CE=B7 =CE=93=CE=B5=CF=89=CF=81=CE=B3=CE=AF=CE=BF=
=CF=85<br>
=CE=9A=CE=BF=CE=B9=CE=BD=CF=89=CE=BD=CE=B9=CE=BA=CE=AE =CE=9B=CE=B5=CE=B9=
=CF=84=CE=BF=CF=85=CF=81=CE=B3=CF=8C=CF=82<br>
=CE=94=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7 =CE=9A=CE=BF=CE=B9=
=CE=BD=CF=89=CE=BD=CE=B9=CE=BA=CE=AE=CF=82 =CE=A0=CF=81=CE=BF=CF=83=CF=84=
=CE=B1=CF=83=CE=AF=CE=B1=CF=82<br>
=CE=94=CE=AE=CE=BC=CE=BF=CF=82 =CE=9D=CE=AD=CE=B1=CF=82 =CE=91=CF=81=CE=BA=
=CE=B1=CE=B4=CE=AF=CE=B1=CF=82</p>
</div>
</body>
</html>

--_000_VI1PR08MB54217A3C9E0D4F1B2A6C8E7D5F3A0VI1PR08MB5421eurp_--
'''),
    ('el', 'magistrates-court-auto-acknowledgement', 'automated', (),
'''Return-Path: <>
Received: from mail.eirinodikeio-nearkadias.example.gr (mail.eirinodikeio-nearkadias.example.gr [203.0.113.176])
        by mx1.shop.example.be (Postfix) with ESMTPS id 81B0C3A0D26
        for <privacy@shop.example.be>; Mon, 08 Jun 2026 12:15:33 +0200 (CEST)
Received: by mail.eirinodikeio-nearkadias.example.gr (Postfix, from userid 5000)
        id 6E2A1180C4; Mon, 08 Jun 2026 13:15:32 +0300 (EEST)
From: =?utf-8?B?zpPPgc6xzrzOvM6xz4TOtc6vzrEgzpXOuc+BzrfOvc6/zrTOuc66zrU=?=
 =?utf-8?B?zq/Ov8+FIM6dzq3Osc+CIM6Rz4HOus6xzrTOr86xz4I=?= <grammateia@eirinodikeio-nearkadias.example.gr>
To: privacy@shop.example.be
Subject: =?utf-8?B?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863IOKAkyDOoM6x?=
 =?utf-8?B?z4HOsc67zrHOss6uIM68zrfOvc+NzrzOsc+Ezr/Pgg==?=
Date: Mon, 08 Jun 2026 13:15:32 +0300
Message-ID: <ar.1780913732.22871@eirinodikeio-nearkadias.example.gr>
In-Reply-To: <20260608101521.7C8D9EAFB4@mail.shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Το μήνυμά σας παρελήφθη από τη Γραμματεία του Ειρηνοδικείου Νέας Αρκαδίας.

Παρακαλούμε σημειώστε:

- Η αποστολή μηνύματος ηλεκτρονικού ταχυδρομείου δεν επέχει θέση
  κατάθεσης δικογράφου ή αίτησης. Αιτήσεις εκούσιας δικαιοδοσίας (π.χ.
  για υποβολή σε δικαστική συμπαράσταση ή αντικατάσταση δικαστικού
  συμπαραστάτη) κατατίθενται από πληρεξούσιο δικηγόρο.

- Αντίγραφα αποφάσεων και πληροφορίες για την πορεία υποθέσεων
  χορηγούνται μόνο στους διαδίκους, στους δικαστικούς συμπαραστάτες και
  στους πληρεξουσίους δικηγόρους τους, ύστερα από ταυτοποίηση. Η
  Γραμματεία δεν επιβεβαιώνει σε τρίτους, τηλεφωνικά ή με e-mail, αν ένα
  πρόσωπο τελεί υπό δικαστική συμπαράσταση.

- Τα δεδομένα προσωπικού χαρακτήρα που περιέχονται στο μήνυμά σας
  υφίστανται επεξεργασία σύμφωνα με τον Κανονισμό (ΕΕ) 2016/679 και τον
  ν. 4624/2019, αποκλειστικά για τη διεκπεραίωση του αιτήματός σας.

Ωράριο εξυπηρέτησης κοινού: Δευτέρα – Παρασκευή, 08:00 – 14:00.

Το παρόν μήνυμα δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε.

Γραμματεία Ειρηνοδικείου Νέας Αρκαδίας
'''),
    ('el', 'notary-eservice-power-of-attorney-shared', 'automated', (),
'''Return-Path: <noreply@e-koinopoiisi.example.gr>
Received: from out2.e-koinopoiisi.example.gr (out2.e-koinopoiisi.example.gr [203.0.113.243])
        by mx1.shop.example.be (Postfix) with ESMTPS id C6E203A0A75
        for <privacy@shop.example.be>; Wed, 10 Jun 2026 11:31:22 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=e-koinopoiisi.example.gr;
	s=mail; t=1781083880;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	bh=gjd2Jr18wG1FQW1PboWLSspY7ONtF7xA/uVS6+CUVKZ=;
	b=DpJ0eg87lGx2uSJ2NX3urZY/iZ+T/eqDRxqsc5NVmpvJ65X+D9coyXxWyfWie/XtkjxaGdftWqzT
	+BmH75tnFPiuuhJC5eqLlK+Catev5//yiwo3tgXJe5I0Ki/7W/sp+Y7xk7MmbJu9nZpP/wHjCrUd
	xEX2Rq2vuVArZ6MOIxHB==
From: =?utf-8?B?ZS3Oms6/zrnOvc6/z4DOv86vzrfPg863?= <noreply@e-koinopoiisi.example.gr>
To: privacy@shop.example.be
Subject: =?utf-8?B?zqPOsc+CIM66zr/Ouc69zr/PgM6/zrnOrs64zrfOus61IM6tzrPOs8+B?=
 =?utf-8?B?zrHPhs6/OiDOlc65zrTOuc66z4wgz4DOu863z4HOtc6+zr/Pjc+Dzrk=?=
 =?utf-8?B?zr8gzrHPgS4gNC41MTIvMjAyNg==?=
Date: Wed, 10 Jun 2026 12:31:20 +0300
Message-ID: <share.7KQ2-M4XP.1781083880@e-koinopoiisi.example.gr>
X-Mailer: e-Koinopoiisi Notifier 1.8
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_NextPart_4F2A_91C3_7E0B5D68.2A41C9F0"

This is a multi-part message in MIME format.

------=_NextPart_4F2A_91C3_7E0B5D68.2A41C9F0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs6kzr8gzqPPhc68zrLOv867zrHOuc6/zrPPgc6x
z4bOtc6vzr8gzpHOuc66zrHPhM61z4HOr869zrfPgiDOnc65zrrOv867zqzOv8+FIM+DzqzPgiDO
us6/zrnOvc6/z4DOv86vzrfPg861IM63zrvOtc66z4TPgc6/zr3Ouc66zqwgz4TOvyDOsc66z4zO
u86/z4XOuM6/IM6tzrPOs8+BzrHPhs6/IM68zq3Pg8+JIM+EzrfPgiDPhc+AzrfPgc61z4POr86x
z4IgZS3Oms6/zrnOvc6/z4DOv86vzrfPg863OgoKzojOs86zz4HOsc+Gzr86IM6VzrnOtM65zrrP
jCDPgM67zrfPgc61zr7Ov8+Nz4POuc6/IM6xz4EuIDQuNTEyLzIwMjYKzqDOu863z4HOtc6+zr/P
hc+DzrnOv860z4zPhM63z4I6IM6TzrXPjs+BzrPOuc6/z4IgzqPPhM6xzrzOsc+Ezq/Ov8+FCs6g
zrvOt8+BzrXOvs6/z43Pg865zrE6IM6Uzq3Pg8+Azr/Ouc69zrEgzqPPhM6xzrzOsc+Ezq/Ov8+F
Cs6Rzr3PhM65zrrOtc6vzrzOtc69zr8gKM+Dz43Ovc6/z4jOtyk6IM61zrrPgM+Bzr/Pg8+Oz4DO
t8+DzrcgzrXOvc+Oz4DOuc6/zr0gzrXPhM6xzrnPgc61zrnPjs69IM66zrHOuSDPhs6/z4HOrc+J
zr0gzrPOuc6xIM+EzrcgzrTOuc6xz4fOtc6vz4HOuc+DzrcgzrvOv86zzrHPgc65zrHPg868z47O
vSDPgM61zrvOrM+EzrcsIM+EzrfOvSDOrM+DzrrOt8+DzrcgzrTOuc66zrHOuc+JzrzOrM+Ez4nO
vSDPgM+Bz4zPg86yzrHPg863z4IsIM60zrnPjM+BzrjPic+DzrfPgiDOus6xzrkgzrTOuc6xzrPP
gc6xz4bOrs+CIM+Az4HOv8+Dz4nPgM65zrrPjs69IM60zrXOtM6/zrzOrc69z4nOvSDOus6xzrkg
z4TOt869IM6xzr3OrM66zrvOt8+Dzrcgz4PPhc6zzrrOsc+EzqzOuM61z4POt8+CIM6zzrnOsSDO
tc68z4DOv8+BzrnOus6uIM61z4DOuc66zr/Ouc69z4nOvc6vzrEuCs6XzrzOtc+Bzr/OvM63zr3O
r86xIM66zr/Ouc69zr/PgM6/zq/Ot8+DzrfPgjogMTAvMDYvMjAyNiAxMjozMQoKzpPOuc6xIM69
zrEgzrTOtc6vz4TOtSDOus6xzrkgzr3OsSDOus6xz4TOtc6yzqzPg861z4TOtSDPhM6/IM61z4DO
uc66z4XPgc+JzrzOrc69zr8gzrHOvc+Ezq/Os8+BzrHPhs6/LCDOsc66zr/Ou86/z4XOuM6uz4PP
hM61IM+Ezr/OvSDPg8+Nzr3OtM61z4POvM6/IM66zrHOuSDOtc65z4POsc6zzqzOs861z4TOtSDP
hM6/zr0gzrrPic60zrnOus+MIM+Az4HPjM+DzrLOsc+DzrfPgiDPgM6/z4UgzrjOsSDPg86xz4Ig
zrTPjs+DzrXOuSDOtyDPgM67zrfPgc61zr7Ov8+Nz4POuc6xOgpodHRwczovL2Uta29pbm9wb2lp
c2kuZXhhbXBsZS5nci9kLzdLUTItTTRYUAoKzp8gz4PPjc69zrTOtc+DzrzOv8+CIM67zq7Os861
zrkgz4POtSAxNSDOt868zq3Pgc61z4IuIM6czrXPhM6sIM+EzrcgzrvOrs6+zrcgz4TOvyDOsc69
z4TOr86zz4HOsc+Gzr8gzrTOuc6xzrPPgc6sz4bOtc+EzrHOuSDOsc+Az4wgz4TOt869IM+AzrvO
sc+Ez4bPjM+BzrzOsS4KCs6Rz4XPhM+MIM61zq/Ovc6xzrkgzrHPhc+Ezr/OvM6xz4TOv8+Azr/O
uc63zrzOrc69zr8gzrzOrs69z4XOvM6xLiDOnM63zr0gzrHPgM6xzr3PhM6uz4POtc+EzrUgz4PO
tSDOsc+Fz4TOriDPhM63IM60zrnOtc+NzrjPhc69z4POty4gzpPOuc6xIM+EzrfOvSDOtc+AzrXO
vs61z4HOs86xz4POr86xIM+Ez4nOvSDPgM+Bzr/Pg8+Jz4DOuc66z47OvSDPg86xz4IgzrTOtc60
zr/OvM6tzr3Pic69IM60zrXOr8+EzrU6IGh0dHBzOi8vZS1rb2lub3BvaWlzaS5leGFtcGxlLmdy
L2Fwb3JyaXRvCg==

------=_NextPart_4F2A_91C3_7E0B5D68.2A41C9F0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+CjxodG1sPgo8aGVhZD4KPG1ldGEgY2hhcnNldD0idXRmLTgiPgo8L2hl
YWQ+Cjxib2R5IHN0eWxlPSJmb250LWZhbWlseTpBcmlhbCxzYW5zLXNlcmlmO2ZvbnQtc2l6ZTox
NHB4O2NvbG9yOiMyMjIiPgo8cD7Oms6xzrvOt8+Dz4DOrc+BzrEgz4POsc+CLDwvcD4KPHA+zqTO
vyDOo8+FzrzOss6/zrvOsc65zr/Os8+BzrHPhs61zq/OvyDOkc65zrrOsc+EzrXPgc6vzr3Ot8+C
IM6dzrnOus6/zrvOrM6/z4Ugz4POrM+CIM66zr/Ouc69zr/PgM6/zq/Ot8+DzrUgzrfOu861zrrP
hM+Bzr/Ovc65zrrOrCDPhM6/IM6xzrrPjM67zr/Phc64zr8gzq3Os86zz4HOsc+Gzr8gzrzOrc+D
z4kgz4TOt8+CIM+Fz4DOt8+BzrXPg86vzrHPgiBlLc6azr/Ouc69zr/PgM6/zq/Ot8+Dzrc6PC9w
Pgo8cD7OiM6zzrPPgc6xz4bOvzogzpXOuc60zrnOus+MIM+AzrvOt8+BzrXOvs6/z43Pg865zr8g
zrHPgS4gNC41MTIvMjAyNjxicj4KzqDOu863z4HOtc6+zr/Phc+DzrnOv860z4zPhM63z4I6IM6T
zrXPjs+BzrPOuc6/z4IgzqPPhM6xzrzOsc+Ezq/Ov8+FPGJyPgrOoM67zrfPgc61zr7Ov8+Nz4PO
uc6xOiDOlM6tz4PPgM6/zrnOvc6xIM6jz4TOsc68zrHPhM6vzr/PhTxicj4KzpHOvc+EzrnOus61
zq/OvM61zr3OvyAoz4PPjc69zr/PiM63KTogzrXOus+Az4HOv8+Dz47PgM63z4POtyDOtc69z47P
gM65zr/OvSDOtc+EzrHOuc+BzrXOuc+Ozr0gzrrOsc65IM+Gzr/Pgc6tz4nOvSDOs865zrEgz4TO
tyDOtM65zrHPh861zq/Pgc65z4POtyDOu86/zrPOsc+BzrnOsc+DzrzPjs69IM+AzrXOu86sz4TO
tywgz4TOt869IM6sz4POus63z4POtyDOtM65zrrOsc65z4nOvM6sz4TPic69IM+Az4HPjM+DzrLO
sc+DzrfPgiwgzrTOuc+Mz4HOuM+Jz4POt8+CIM66zrHOuSDOtM65zrHOs8+BzrHPhs6uz4Igz4DP
gc6/z4PPic+AzrnOus+Ozr0gzrTOtc60zr/OvM6tzr3Pic69IM66zrHOuSDPhM63zr0gzrHOvc6s
zrrOu863z4POtyDPg8+FzrPOus6xz4TOrM64zrXPg863z4IgzrPOuc6xIM61zrzPgM6/z4HOuc66
zq4gzrXPgM65zrrOv865zr3Pic69zq/OsS48YnI+Cs6XzrzOtc+Bzr/OvM63zr3Or86xIM66zr/O
uc69zr/PgM6/zq/Ot8+DzrfPgjogMTAvMDYvMjAyNiAxMjozMTwvcD4KPHA+zpPOuc6xIM69zrEg
zrTOtc6vz4TOtSDOus6xzrkgzr3OsSDOus6xz4TOtc6yzqzPg861z4TOtSDPhM6/IM61z4DOuc66
z4XPgc+JzrzOrc69zr8gzrHOvc+Ezq/Os8+BzrHPhs6/LCDOsc66zr/Ou86/z4XOuM6uz4PPhM61
IM+Ezr/OvSDPg8+Nzr3OtM61z4POvM6/IM66zrHOuSDOtc65z4POsc6zzqzOs861z4TOtSDPhM6/
zr0gzrrPic60zrnOus+MIM+Az4HPjM+DzrLOsc+DzrfPgiDPgM6/z4UgzrjOsSDPg86xz4IgzrTP
js+DzrXOuSDOtyDPgM67zrfPgc61zr7Ov8+Nz4POuc6xOjxicj4KPGEgaHJlZj0iaHR0cHM6Ly9l
LWtvaW5vcG9paXNpLmV4YW1wbGUuZ3IvZC83S1EyLU00WFAiPmh0dHBzOi8vZS1rb2lub3BvaWlz
aS5leGFtcGxlLmdyL2QvN0tRMi1NNFhQPC9hPjwvcD4KPHA+zp8gz4PPjc69zrTOtc+DzrzOv8+C
IM67zq7Os861zrkgz4POtSAxNSDOt868zq3Pgc61z4IuIM6czrXPhM6sIM+EzrcgzrvOrs6+zrcg
z4TOvyDOsc69z4TOr86zz4HOsc+Gzr8gzrTOuc6xzrPPgc6sz4bOtc+EzrHOuSDOsc+Az4wgz4TO
t869IM+AzrvOsc+Ez4bPjM+BzrzOsS48L3A+CjxwPs6Rz4XPhM+MIM61zq/Ovc6xzrkgzrHPhc+E
zr/OvM6xz4TOv8+Azr/Ouc63zrzOrc69zr8gzrzOrs69z4XOvM6xLiDOnM63zr0gzrHPgM6xzr3P
hM6uz4POtc+EzrUgz4POtSDOsc+Fz4TOriDPhM63IM60zrnOtc+NzrjPhc69z4POty4gzpPOuc6x
IM+EzrfOvSDOtc+AzrXOvs61z4HOs86xz4POr86xIM+Ez4nOvSDPgM+Bzr/Pg8+Jz4DOuc66z47O
vSDPg86xz4IgzrTOtc60zr/OvM6tzr3Pic69IM60zrXOr8+EzrU6IDxhIGhyZWY9Imh0dHBzOi8v
ZS1rb2lub3BvaWlzaS5leGFtcGxlLmdyL2Fwb3JyaXRvIj5odHRwczovL2Uta29pbm9wb2lpc2ku
ZXhhbXBsZS5nci9hcG9ycml0bzwvYT48L3A+CjwvYm9keT4KPC9odG1sPgo=

------=_NextPart_4F2A_91C3_7E0B5D68.2A41C9F0--
'''),
    ('el', 'social-worker-phone-disclaimer-correct-address', 'correction', (),
'''Return-Path: <e.tsolaki@dimos-nearkadias.example.gr>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2118.outbound.protection.outlook.com [198.51.100.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 97C1F3A0B28
        for <privacy@shop.example.be>; Mon, 15 Jun 2026 09:41:57 +0200 (CEST)
Received: from AS8PR09MB6123.eurprd09.prod.outlook.com (2603:10a6:20b:5a7::19)
 by AS8PR09MB6123.eurprd09.prod.outlook.com with HTTPS; Mon, 15 Jun 2026 07:41:55 +0000
From: =?utf-8?B?zpXPhc6xzrPOs861zrvOr86xIM6kz4POv867zqzOus63?= <e.tsolaki@dimos-nearkadias.example.gr>
To: =?utf-8?B?U2hvcCBFeGFtcGxlIEJWIOKAkyBQcml2YWN5?= <privacy@shop.example.be>
Subject: =?utf-8?B?UkU6IM6bzqzOss6xzrzOtSDPhM6/IM6xzq/PhM63zrzOrCDPg86xz4Ig?=
 =?utf-8?B?W1BSSVYtMjYtMDE3OThdIOKAkyDOkc+Fz4TPjM68zrHPhM6/IM68zq4=?=
 =?utf-8?B?zr3Phc68zrE=?=
Thread-Topic: =?utf-8?B?zpvOrM6yzrHOvM61IM+Ezr8gzrHOr8+EzrfOvM6sIM+DzrHPgiBbUFJJ?=
 =?utf-8?B?Vi0yNi0wMTc5OF0g4oCTIM6Rz4XPhM+MzrzOsc+Ezr8gzrzOrs69z4U=?=
 =?utf-8?B?zrzOsQ==?=
Thread-Index: AQHc3Jt2bVw7Rk1mQ0eA8xLn5T4pZrA0pN8x
Date: Mon, 15 Jun 2026 07:41:55 +0000
Message-ID: <AS8PR09MB61237D0E5C9A4B1F3E2D8C6A0B7F1@AS8PR09MB6123.eurprd09.prod.outlook.com>
References: <ack.PRIV-26-01798.20260615070312@shop.example.be>
In-Reply-To: <ack.PRIV-26-01798.20260615070312@shop.example.be>
Accept-Language: el-GR, en-US
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
	boundary="_000_AS8PR09MB61237D0E5C9A4B1F3E2D8C6A0B7F1AS8PR09MB6123eurp_"
MIME-Version: 1.0

--_000_AS8PR09MB61237D0E5C9A4B1F3E2D8C6A0B7F1AS8PR09MB6123eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zprOsc67zrfOvM6tz4HOsSDPg86xz4IsCgrOo86xz4IgzrPPgc6sz4bPiSDPic+CIM66zr/Ouc69
z4nOvc65zrrOriDOu861zrnPhM6/z4XPgc6zz4zPgiDPhM63z4IgzrrOsc+CIM6RzrnOus6xz4TO
tc+Bzq/Ovc63z4IgzpzOsc+Fz4HOr860zr/PhSwgz4nPhs61zrvOv8+NzrzOtc69zrfPgiDPhM6/
z4Ugz4DPgc6/zrPPgc6szrzOvM6xz4TOv8+CIMKrzpLOv86uzrjOtc65zrEgz4PPhM6/IM6jz4DO
r8+EzrnCuyDPhM6/z4UgzpTOrs68zr/PhSDOvM6xz4IuIM6XIM66zrEgzpzOsc+Fz4HOr860zr/P
hSDOvM61z4TOsc+Gzq3Pgc64zrfOus61IM68z4zOvc65zrzOsSDPg861IM6czr/Ovc6szrTOsSDO
ps+Bzr/Ovc+Ezq/OtM6xz4IgzpfOu865zrrOuc+JzrzOrc69z4nOvSDOus6xzrkgzrTOtc69IM68
z4DOv8+BzrXOryDPgM67zq3Ov869IM69zrEgz4fOtc65z4HOuc+Dz4TOtc6vIGVtYWlsLgoKzqDO
sc+BzrHOus6xzrvPjiDOtM65zr/Pgc64z47Pg8+EzrUgz4PPhM6/zr0gzrvOv86zzrHPgc65zrHP
g868z4wgz4TOt8+CIM66zrHOuSDPg8+EzrfOvSDOus6sz4HPhM6xIM68zq3Ou86/z4XPgiDPhM63
IM60zrnOtc+NzrjPhc69z4POtyDOus6xzrkgz4TOvyDPhM63zrvOrc+Gz4nOvc6/LCDOs865zrHP
hM6vIM+EzrEgzrPPgc6szrzOvM6xz4TOsSDOus6xzrkgz4TOsSBTTVMgz4DOt86zzrHOr869zr/P
hc69IM6xzrrPjM68zrEgz4PPhM6/IM+AzrHOu865z4wgz4PPgM6vz4TOuSwgz4DOv8+FIM61zq/O
vc6xzrkgzrrOu861zrnPg8+Ez4w6Cs6dzq3OsSDOtM65zrXPjc64z4XOvc+Dzrc6IM6czqbOlyDC
q86RzrPOr86xIM6jzrrOrc+AzrfCuywgzp/OtM+Mz4IgzpXOu865zqzPgiAxMiwgNTcwMDEgzp3O
rc6xIM6Rz4HOus6xzrTOr86xCs6dzq3OvyDPhM63zrvOrc+Gz4nOvc6/OiAyMzEwIDU1NSA5ODAg
KM6zz4HOsc68zrzOsc+EzrXOr86xIM+EzrfPgiDOvM6/zr3OrM60zrHPgikKCs6XIM66zrEgzpzO
sc+Fz4HOr860zr/PhSDOrc+HzrXOuSDPhc+Azr/Os8+BzqzPiM61zrkgzrXOvs6/z4XPg865zr/O
tM+Mz4TOt8+DzrcgzrzOtSDOuM61z47Pgc63z4POtyDOs869zrfPg86vzr/PhSDPhc+Azr/Os8+B
zrHPhs6uz4IsIM+EzrfOvSDOv8+Azr/Or86xIM68z4DOv8+Bz44gzr3OsSDPg86xz4Igz4PPhM61
zq/Ou8+JLgoKzpXPhc+HzrHPgc65z4PPhM+OLArOlc+FzrHOs86zzrXOu86vzrEgzqTPg86/zrvO
rM66zrcKzprOv865zr3Pic69zrnOus6uIM6bzrXOuc+Ezr/Phc+BzrPPjM+CCs6Uzq7OvM6/z4Ig
zp3Orc6xz4IgzpHPgc66zrHOtM6vzrHPggoKzpvOrs+Izrcgz4TOv8+FIE91dGxvb2sgzrPOuc6x
IEFuZHJvaWQKCs6VzpzOoM6ZzqPOpM6VzqXOpM6ZzprOnyDigJMgzpHOoM6fzqDOn86ZzpfOo86X
IM6VzqXOmM6lzp3Ol86jOiDOpM6/IM+AzrHPgc+Mzr0gzrzOrs69z4XOvM6xIM63zrvOtc66z4TP
gc6/zr3Ouc66zr/PjSDPhM6xz4fPhc60z4HOv868zrXOr86/z4UgzrrOsc65IM+Ez4XPh8+Mzr0g
z4PPhc69zrfOvM68zq3Ovc6xIM6xz4HPh861zq/OsSDOtc6vzr3Osc65IM61zrzPgM65z4PPhM61
z4XPhM65zrrOrCDOus6xzrkgz4DPgc6/zr/Pgc6vzrbOv869z4TOsc65IM6xz4DOv866zrvOtc65
z4PPhM65zrrOrCDOs865zrEgz4TOv869IM+AzrHPgc6xzrvOrs+Az4TOtyDPg8+Ezr/OvSDOv8+A
zr/Or86/IM6xz4DOtc+FzrjPjc69zr/Ovc+EzrHOuS4gzpXOvc60zq3Ph861z4TOsc65IM69zrEg
z4DOtc+BzrnOrc+Hzr/Phc69IM60zrXOtM6/zrzOrc69zrEgz4DPgc6/z4PPic+AzrnOus6/z40g
z4fOsc+BzrHOus+Ezq7Pgc6xLCDPg8+FzrzPgM61z4HOuc67zrHOvM6yzrHOvc6/zrzOrc69z4nO
vSDOtc65zrTOuc66z47OvSDOus6xz4TOt86zzr/Pgc65z47OvSDOtM61zrTOv868zq3Ovc+Jzr0s
IM+Azr/PhSDPgM+Bzr/Pg8+EzrHPhM61z43Ov869z4TOsc65IM6xz4DPjCDPhM6/zr0gzprOsc69
zr/Ovc65z4POvM+MICjOlc6VKSAyMDE2LzY3OSDOus6xzrkgz4TOv869IM69LiA0NjI0LzIwMTku
IM6Rzr0gzrvOrM6yzrHPhM61IM+Ezr8gzrzOrs69z4XOvM6xIM61zrogz4DOsc+BzrHOtM+Bzr/O
vM6uz4IsIM+AzrHPgc6xzrrOsc67zr/Pjc68zrUgzr3OsSDOtc69zrfOvM61z4HPjs+DzrXPhM61
IM6xzrzOrc+Dz4nPgiDPhM6/zr0gzrHPgM6/z4PPhM6/zrvOrc6xIM66zrHOuSDOvc6xIM+Ezr8g
zrTOuc6xzrPPgc6sz4jOtc+EzrUuIM6Rz4DOsc6zzr/Pgc61z43Otc+EzrHOuSDOtyDOsc69z4TO
uc6zz4HOsc+Gzq4sIM+Hz4HOrs+Dzrcgzq4gzrrOv865zr3Ov8+Azr/Or863z4POriDPhM6/z4Ug
z4POtSDPhM+Bzq/PhM6/z4XPgi4gzp8gzpTOrs68zr/PgiDOnc6tzrHPgiDOkc+BzrrOsc60zq/O
sc+CIM60zrXOvSDPhs6tz4HOtc65IM61z4XOuM+Nzr3OtyDOs865zrEgzrnOv8+Nz4Igzq4gzrPO
uc6xIM6xzrvOu86/zrnPjs+DzrXOuc+CIM+Ezr/PhSDOvM63zr3Pjc68zrHPhM6/z4IgzrrOsc+E
zqwgz4TOtyDOvM61z4TOrM60zr/Pg863LgoKX19fX19fX19fX19fX19fX19fX19fX19fX19fX19f
X18KzpHPgM+MOiBTaG9wIEV4YW1wbGUgQlYg4oCTIFByaXZhY3kgPHByaXZhY3lAc2hvcC5leGFt
cGxlLmJlPgrOo8+EzqzOu864zrfOus61OiDOlM61z4XPhM6tz4HOsSwgMTUgzpnOv8+Fzr3Or86/
z4UgMjAyNiAxMDowMzoxMiDPgC7OvC4KzqDPgc6/z4I6IGUudHNvbGFraUBkaW1vcy1uZWFya2Fk
aWFzLmV4YW1wbGUuZ3IKzpjOrc68zrE6IM6bzqzOss6xzrzOtSDPhM6/IM6xzq/PhM63zrzOrCDP
g86xz4IgW1BSSVYtMjYtMDE3OThdIOKAkyDOkc+Fz4TPjM68zrHPhM6/IM68zq7Ovc+FzrzOsQoK
zpHOs86xz4DOt8+Ezq0vzq4gzrHOuc+Ezr/Pjc69z4TOsS/Ov8+Nz4POsSwKCs6bzqzOss6xzrzO
tSDPhM6/IM6xzq/PhM63zrzOrCDPg86xz4Igz4PPh861z4TOuc66zqwgzrzOtSDPgM+Bzr/Pg8+J
z4DOuc66zqwgzrTOtc60zr/OvM6tzr3OsSDOus6xzrkgz4TOv8+FIM60z47Pg86xzrzOtSDPhM6/
zr0gzrHPgc65zrjOvM+MIFBSSVYtMjYtMDE3OTguIM6YzrEgz4POsc+CIM6xz4DOsc69z4TOrs+D
zr/Phc68zrUgzrXOvc+Ez4zPgiDOtc69z4zPgiDOvM6uzr3OsS4gzpHPhc+Ez4wgzrXOr869zrHO
uSDOsc+Fz4TPjM68zrHPhM6/IM68zq7Ovc+FzrzOscK3IM68zrfOvSDOsc+AzrHOvc+EzqzPhM61
IM+DzrUgzrHPhc+Ez4wuCgpTaG9wIEV4YW1wbGUgQlYg4oCTIM6fzrzOrM60zrEgzqDPgc6/z4PP
hM6xz4POr86xz4IgzpTOtc60zr/OvM6tzr3Pic69Cg==

--_000_AS8PR09MB61237D0E5C9A4B1F3E2D8C6A0B7F1AS8PR09MB6123eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHkgbGFuZz0iRU4tVVMiPgo8ZGl2
IGNsYXNzPSJXb3JkU2VjdGlvbjEiPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj7Oms6xzrvOt868zq3P
gc6xIM+DzrHPgiw8L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwiPs6jzrHPgiDOs8+BzqzPhs+JIM+J
z4IgzrrOv865zr3Pic69zrnOus6uIM67zrXOuc+Ezr/Phc+BzrPPjM+CIM+EzrfPgiDOus6xz4Ig
zpHOuc66zrHPhM61z4HOr869zrfPgiDOnM6xz4XPgc6vzrTOv8+FLCDPic+GzrXOu86/z43OvM61
zr3Ot8+CIM+Ezr/PhSDPgM+Bzr/Os8+BzqzOvM68zrHPhM6/z4IgwqvOks6/zq7OuM61zrnOsSDP
g8+Ezr8gzqPPgM6vz4TOucK7IM+Ezr/PhSDOlM6uzrzOv8+FIM68zrHPgi4gzpcgzrrOsSDOnM6x
z4XPgc6vzrTOv8+FIM68zrXPhM6xz4bOrc+BzrjOt866zrUgzrzPjM69zrnOvM6xIM+DzrUgzpzO
v869zqzOtM6xIM6mz4HOv869z4TOr860zrHPgiDOl867zrnOus65z4nOvM6tzr3Pic69IM66zrHO
uSDOtM61zr0gzrzPgM6/z4HOtc6vIM+AzrvOrc6/zr0gzr3OsSDPh861zrnPgc65z4PPhM61zq8g
ZW1haWwuPC9wPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj7OoM6xz4HOsc66zrHOu8+OIM60zrnOv8+B
zrjPjs+Dz4TOtSDPg8+Ezr/OvSDOu86/zrPOsc+BzrnOsc+DzrzPjCDPhM63z4IgzrrOsc65IM+D
z4TOt869IM66zqzPgc+EzrEgzrzOrc67zr/Phc+CIM+EzrcgzrTOuc61z43OuM+Fzr3Pg863IM66
zrHOuSDPhM6/IM+EzrfOu86tz4bPic69zr8sIM6zzrnOsc+Ezq8gz4TOsSDOs8+BzqzOvM68zrHP
hM6xIM66zrHOuSDPhM6xIFNNUyDPgM63zrPOsc6vzr3Ov8+Fzr0gzrHOus+MzrzOsSDPg8+Ezr8g
z4DOsc67zrnPjCDPg8+Azq/PhM65LCDPgM6/z4UgzrXOr869zrHOuSDOus67zrXOuc+Dz4TPjDo8
YnI+Cs6dzq3OsSDOtM65zrXPjc64z4XOvc+Dzrc6IM6czqbOlyDCq86RzrPOr86xIM6jzrrOrc+A
zrfCuywgzp/OtM+Mz4IgzpXOu865zqzPgiAxMiwgNTcwMDEgzp3Orc6xIM6Rz4HOus6xzrTOr86x
PGJyPgrOnc6tzr8gz4TOt867zq3Phs+Jzr3OvzogMjMxMCA1NTUgOTgwICjOs8+BzrHOvM68zrHP
hM61zq/OsSDPhM63z4IgzrzOv869zqzOtM6xz4IpPC9wPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj7O
lyDOus6xIM6czrHPhc+Bzq/OtM6/z4Ugzq3Ph861zrkgz4XPgM6/zrPPgc6sz4jOtc65IM61zr7O
v8+Fz4POuc6/zrTPjM+EzrfPg863IM68zrUgzrjOtc+Oz4HOt8+DzrcgzrPOvc63z4POr86/z4Ug
z4XPgM6/zrPPgc6xz4bOrs+CLCDPhM63zr0gzr/PgM6/zq/OsSDOvM+Azr/Pgc+OIM69zrEgz4PO
sc+CIM+Dz4TOtc6vzrvPiS48L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwiPs6Vz4XPh86xz4HOuc+D
z4TPjiw8YnI+Cs6Vz4XOsc6zzrPOtc67zq/OsSDOpM+Dzr/Ou86szrrOtzxicj4KzprOv865zr3P
ic69zrnOus6uIM6bzrXOuc+Ezr/Phc+BzrPPjM+CPGJyPgrOlM6uzrzOv8+CIM6dzq3Osc+CIM6R
z4HOus6xzrTOr86xz4I8L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwiPs6bzq7PiM63IM+Ezr/PhSBP
dXRsb29rIM6zzrnOsSBBbmRyb2lkPC9wPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj7Olc6czqDOmc6j
zqTOlc6lzqTOmc6azp8g4oCTIM6RzqDOn86gzp/Omc6XzqPOlyDOlc6lzpjOpc6dzpfOozogzqTO
vyDPgM6xz4HPjM69IM68zq7Ovc+FzrzOsSDOt867zrXOus+Ez4HOv869zrnOus6/z40gz4TOsc+H
z4XOtM+Bzr/OvM61zq/Ov8+FIM66zrHOuSDPhM+Fz4fPjM69IM+Dz4XOvc63zrzOvM6tzr3OsSDO
sc+Bz4fOtc6vzrEgzrXOr869zrHOuSDOtc68z4DOuc+Dz4TOtc+Fz4TOuc66zqwgzrrOsc65IM+A
z4HOv86/z4HOr862zr/Ovc+EzrHOuSDOsc+Azr/Ous67zrXOuc+Dz4TOuc66zqwgzrPOuc6xIM+E
zr/OvSDPgM6xz4HOsc67zq7PgM+Ezrcgz4PPhM6/zr0gzr/PgM6/zq/OvyDOsc+AzrXPhc64z43O
vc6/zr3PhM6xzrkuIM6Vzr3OtM6tz4fOtc+EzrHOuSDOvc6xIM+AzrXPgc65zq3Ph86/z4XOvSDO
tM61zrTOv868zq3Ovc6xIM+Az4HOv8+Dz4nPgM65zrrOv8+NIM+HzrHPgc6xzrrPhM6uz4HOsSwg
z4PPhc68z4DOtc+BzrnOu86xzrzOss6xzr3Ov868zq3Ovc+Jzr0gzrXOuc60zrnOus+Ozr0gzrrO
sc+EzrfOs86/z4HOuc+Ozr0gzrTOtc60zr/OvM6tzr3Pic69LCDPgM6/z4Ugz4DPgc6/z4PPhM6x
z4TOtc+Nzr/Ovc+EzrHOuSDOsc+Az4wgz4TOv869IM6azrHOvc6/zr3Ouc+DzrzPjCAozpXOlSkg
MjAxNi82NzkgzrrOsc65IM+Ezr/OvSDOvS4gNDYyNC8yMDE5LiDOkc69IM67zqzOss6xz4TOtSDP
hM6/IM68zq7Ovc+FzrzOsSDOtc66IM+AzrHPgc6xzrTPgc6/zrzOrs+CLCDPgM6xz4HOsc66zrHO
u86/z43OvM61IM69zrEgzrXOvc63zrzOtc+Bz47Pg861z4TOtSDOsc68zq3Pg8+Jz4Igz4TOv869
IM6xz4DOv8+Dz4TOv867zq3OsSDOus6xzrkgzr3OsSDPhM6/IM60zrnOsc6zz4HOrM+IzrXPhM61
LiDOkc+AzrHOs86/z4HOtc+NzrXPhM6xzrkgzrcgzrHOvc+EzrnOs8+BzrHPhs6uLCDPh8+Bzq7P
g863IM6uIM66zr/Ouc69zr/PgM6/zq/Ot8+Dzq4gz4TOv8+FIM+DzrUgz4TPgc6vz4TOv8+Fz4Iu
IM6fIM6Uzq7OvM6/z4Igzp3Orc6xz4IgzpHPgc66zrHOtM6vzrHPgiDOtM61zr0gz4bOrc+BzrXO
uSDOtc+FzrjPjc69zrcgzrPOuc6xIM65zr/Pjc+CIM6uIM6zzrnOsSDOsc67zrvOv865z47Pg861
zrnPgiDPhM6/z4UgzrzOt869z43OvM6xz4TOv8+CIM66zrHPhM6sIM+EzrcgzrzOtc+EzqzOtM6/
z4POty48L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwiPl9fX19fX19fX19fX19fX19fX19fX19fX19f
X19fX19fPGJyPgrOkc+Az4w6IFNob3AgRXhhbXBsZSBCViDigJMgUHJpdmFjeSAmbHQ7cHJpdmFj
eUBzaG9wLmV4YW1wbGUuYmUmZ3Q7PGJyPgrOo8+EzqzOu864zrfOus61OiDOlM61z4XPhM6tz4HO
sSwgMTUgzpnOv8+Fzr3Or86/z4UgMjAyNiAxMDowMzoxMiDPgC7OvC48YnI+Cs6gz4HOv8+COiBl
LnRzb2xha2lAZGltb3MtbmVhcmthZGlhcy5leGFtcGxlLmdyPGJyPgrOmM6tzrzOsTogzpvOrM6y
zrHOvM61IM+Ezr8gzrHOr8+EzrfOvM6sIM+DzrHPgiBbUFJJVi0yNi0wMTc5OF0g4oCTIM6Rz4XP
hM+MzrzOsc+Ezr8gzrzOrs69z4XOvM6xPC9wPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj7Okc6zzrHP
gM63z4TOrS/OriDOsc65z4TOv8+Nzr3PhM6xL86/z43Pg86xLDwvcD4KPHAgY2xhc3M9Ik1zb05v
cm1hbCI+zpvOrM6yzrHOvM61IM+Ezr8gzrHOr8+EzrfOvM6sIM+DzrHPgiDPg8+HzrXPhM65zrrO
rCDOvM61IM+Az4HOv8+Dz4nPgM65zrrOrCDOtM61zrTOv868zq3Ovc6xIM66zrHOuSDPhM6/z4Ug
zrTPjs+DzrHOvM61IM+Ezr/OvSDOsc+BzrnOuM68z4wgUFJJVi0yNi0wMTc5OC4gzpjOsSDPg86x
z4IgzrHPgM6xzr3PhM6uz4POv8+FzrzOtSDOtc69z4TPjM+CIM61zr3PjM+CIM68zq7Ovc6xLiDO
kc+Fz4TPjCDOtc6vzr3Osc65IM6xz4XPhM+MzrzOsc+Ezr8gzrzOrs69z4XOvM6xwrcgzrzOt869
IM6xz4DOsc69z4TOrM+EzrUgz4POtSDOsc+Fz4TPjC48L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwi
PlNob3AgRXhhbXBsZSBCViDigJMgzp/OvM6szrTOsSDOoM+Bzr/Pg8+EzrHPg86vzrHPgiDOlM61
zrTOv868zq3Ovc+Jzr08L3A+CjwvZGl2Pgo8L2JvZHk+CjwvaHRtbD4K

--_000_AS8PR09MB61237D0E5C9A4B1F3E2D8C6A0B7F1AS8PR09MB6123eurp_--
'''),
    ('bg', 'cpanel-autoresponder-care-home', 'automated', (),
'''Return-Path: <office@dom-svpetka.example.bg>
Received: from cpanel12.hosting-bg.example.net (cpanel12.hosting-bg.example.net [203.0.113.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 15D4A3A0C93
        for <privacy@shop.example.be>; Mon, 22 Jun 2026 15:10:48 +0200 (CEST)
Received: from [127.0.0.1] (port=51822 helo=cpanel12.hosting-bg.example.net)
	by cpanel12.hosting-bg.example.net with esmtpa (Exim 4.98)
	(envelope-from <office@dom-svpetka.example.bg>)
	id 1wAb3C-00071k-0Q
	for privacy@shop.example.be;
	Mon, 22 Jun 2026 16:10:47 +0300
To: privacy@shop.example.be
Subject: =?utf-8?B?0J/QvtC70YPRh9C10L3QvjogUkU6INCf0LjRgdC80L4g0LfQsCDQsy0=?=
 =?utf-8?B?0L0g0KHRgtC+0Y/QvSDQmNC70LjQtdCyIOKAkyDQt9Cw0LrRgNC40LI=?=
 =?utf-8?B?0LDQvdC1INC90LAg0L/RgNC+0YTQuNC7IFtQUklWLTI2LTAxODU1XQ==?=
X-Autorespond: =?utf-8?B?UkU6INCf0LjRgdC80L4g0LfQsCDQsy3QvSDQodGC0L7Rj9C9INCY0Ls=?=
 =?utf-8?B?0LjQtdCyIOKAkyDQt9Cw0LrRgNC40LLQsNC90LUg0L3QsCDQv9GA0L4=?=
 =?utf-8?B?0YTQuNC7IFtQUklWLTI2LTAxODU1XQ==?=
Precedence: auto_reply
X-Precedence: auto_reply
Auto-Submitted: auto-replied
From: =?utf-8?B?0JTQvtC8INC30LAg0YHRgtCw0YDQuCDRhdC+0YDQsCDigJ7QodCy0LU=?=
 =?utf-8?B?0YLQsCDQn9C10YLQutCw4oCc?= <office@dom-svpetka.example.bg>
Date: Mon, 22 Jun 2026 16:10:47 +0300
Message-Id: <E1wAb3C-00071k-0Q@cpanel12.hosting-bg.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Здравейте,

Благодарим Ви за писмото до Дом за стари хора „Света Петка“. То е получено и ще бъде разгледано в работно време (понеделник – петък, 8:30 – 17:00).

Писма, адресирани до наши живущи, се предават лично от социалния работник. Живущите не могат да отговарят по имейл.

Ако пишете относно лични данни на живущ, пълномощно, настойничество или попечителство, моля, не изпращайте документи и лични данни по имейл. Свържете се с управителя г-жа Десислава Петрова на тел. 032 555 417 или изпратете документите по пощата на адрес: ул. „Липа“ 22, 4000 Пловдив.

Това е автоматичен отговор.
'''),
    ('bg', 'sendmail-dsn-mailbox-closed-deceased', 'automated', (),
'''Return-Path: <MAILER-DAEMON@mail.vratsa-net.example.bg>
Received: from mail.vratsa-net.example.bg (mail.vratsa-net.example.bg [203.0.113.185])
        by mx1.shop.example.be (Postfix) with ESMTPS id 6F0E23A0D57
        for <privacy@shop.example.be>; Fri, 19 Jun 2026 11:20:47 +0200 (CEST)
Received: from localhost (localhost)
	by mail.vratsa-net.example.bg (8.17.1/8.17.1) id 65GBq4xK018342;
	Fri, 19 Jun 2026 12:20:44 +0300
Date: Fri, 19 Jun 2026 12:20:44 +0300
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.vratsa-net.example.bg>
Message-Id: <202606190920.65GBq4xK018342@mail.vratsa-net.example.bg>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="65GBq4xK018342.1781860844/mail.vratsa-net.example.bg"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--65GBq4xK018342.1781860844/mail.vratsa-net.example.bg

The original message was received at Fri, 19 Jun 2026 12:20:43 +0300
from mail.shop.example.be [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<r.koleva@vratsa-net.example.bg>
    (reason: 550 5.2.1 Mailbox disabled - account closed (holder deceased))

   ----- Transcript of session follows -----
... while talking to local mailer:
550 5.2.1 <r.koleva@vratsa-net.example.bg>... Mailbox disabled - account closed (holder deceased)

--65GBq4xK018342.1781860844/mail.vratsa-net.example.bg
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.vratsa-net.example.bg
Received-From-MTA: DNS; mail.shop.example.be
Arrival-Date: Fri, 19 Jun 2026 12:20:43 +0300

Final-Recipient: RFC822; r.koleva@vratsa-net.example.bg
Action: failed
Status: 5.2.1
Diagnostic-Code: X-Unix; 550 5.2.1 Mailbox disabled - account closed (holder deceased)
Last-Attempt-Date: Fri, 19 Jun 2026 12:20:44 +0300

--65GBq4xK018342.1781860844/mail.vratsa-net.example.bg
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [192.0.2.25])
	by mail.vratsa-net.example.bg (8.17.1/8.17.1) with ESMTPS id 65GBq4xJ018339
	(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NO)
	for <r.koleva@vratsa-net.example.bg>; Fri, 19 Jun 2026 12:20:43 +0300
From: =?UTF-8?Q?Shop_Example_BV_=E2=80=93_=D0=97=D0=B0=D1=89=D0=B8=D1=82?=
 =?UTF-8?Q?=D0=B0_=D0=BD=D0=B0_=D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82?=
 =?UTF-8?Q?=D0=B5?= <privacy@shop.example.be>
To: r.koleva@vratsa-net.example.bg
Subject: =?UTF-8?Q?=D0=9F=D0=BE=D1=82=D0=B2=D1=8A=D1=80=D0=B6=D0=B4=D0=B5?=
 =?UTF-8?Q?=D0=BD=D0=B8=D0=B5=3A_=D1=80=D0=B5=D0=BA=D0=BB=D0=B0=D0=BC?=
 =?UTF-8?Q?=D0=BD=D0=B8=D1=82=D0=B5_=D1=81=D1=8A=D0=BE=D0=B1=D1=89?=
 =?UTF-8?Q?=D0=B5=D0=BD=D0=B8=D1=8F_=D1=81=D0=B0_=D1=81=D0=BF=D1=80?=
 =?UTF-8?Q?=D0=B5=D0=BD=D0=B8_=5BPRIV-26-01841=5D?=
Date: Fri, 19 Jun 2026 11:20:40 +0200
Message-ID: <20260619092040.8D9EAFB0C5@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

0KPQstCw0LbQsNC10LzQsCDQsy3QttC+INCa0L7Qu9C10LLQsCwKCtCf0L7RgtCy0YrRgNC20LTQ
sNCy0LDQvNC1LCDRh9C1INC/0L4g0LzQvtC70LHQsCDQvdCwINCS0LDRiNC40Y8g0YHQuNC9LCDQ
sy3QvSDQndC40LrQvtC70LDQuSDQmtC+0LvQtdCyLCDRgdC/0YDRj9GF0LzQtSDQuNC30L/RgNCw
0YnQsNC90LXRgtC+INC90LAg0YDQtdC60LvQsNC80L3QuCDQuNC80LXQudC70Lgg0LggU01TINGB
0YrQvtCx0YnQtdC90LjRjyDQtNC+INCS0LDRgS4KCtCQ0LrQviDQuNGB0LrQsNGC0LUg0YHRitGJ
0L4g0LTQsCDQt9Cw0LrRgNC40LXRgtC1INC/0YDQvtGE0LjQu9CwINGB0Lgg0Lgg0LrQsNGA0YLQ
sNGC0LAgQ2x1Yisg0LjQu9C4INC00LAg0L/QvtC70YPRh9C40YLQtSDQutC+0L/QuNC1INC+0YIg
0LvQuNGH0L3QuNGC0LUg0YHQuCDQtNCw0L3QvdC4LCDQvtGC0LPQvtCy0L7RgNC10YLQtSDQvdCw
INGC0L7QstCwINC/0LjRgdC80L4g0LjQu9C4INC90Lgg0L/QuNGI0LXRgtC1INC90LAgcHJpdmFj
eUBzaG9wLmV4YW1wbGUuYmUuCgrQoSDRg9Cy0LDQttC10L3QuNC1LArQldC60LjQv9GK0YIg0L/Q
viDQt9Cw0YnQuNGC0LAg0L3QsCDQu9C40YfQvdC40YLQtSDQtNCw0L3QvdC4ClNob3AgRXhhbXBs
ZSBCVgo=

--65GBq4xK018342.1781860844/mail.vratsa-net.example.bg--
'''),
    ('bg', 'bank-fraud-department-auto-acknowledgement', 'automated', (),
'''Return-Path: <fraud-noreply@bankarodopa.example.bg>
Received: from smtp-out1.bankarodopa.example.bg (smtp-out1.bankarodopa.example.bg [203.0.113.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 0A9B53A0E88
        for <privacy@shop.example.be>; Wed, 24 Jun 2026 10:02:36 +0200 (CEST)
Received: from EXCH02.bankarodopa.local (10.21.4.12) by EXCH01.bankarodopa.local
 (10.21.4.11) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; Wed, 24 Jun 2026 11:02:34 +0300
From: =?utf-8?B?0JHQsNC90LrQsCDQoNC+0LTQvtC/0LAg4oCTINCf0YDQtdCy0LXQvdGG?=
 =?utf-8?B?0LjRjyDQvdCwINC40LfQvNCw0LzQuA==?= <fraud-noreply@bankarodopa.example.bg>
To: privacy@shop.example.be
Subject: =?utf-8?B?0KDQtdCz0LjRgdGC0YDQuNGA0LDQvSDRgdC40LPQvdCw0Lsg4oSWIEZS?=
 =?utf-8?B?LTI2MDYyNC0wNDU3IOKAkyDQv9C+0YLQstGK0YDQttC00LXQvdC40LUg?=
 =?utf-8?B?0LfQsCDQv9C+0LvRg9GH0LDQstCw0L3QtQ==?=
Date: Wed, 24 Jun 2026 08:02:34 +0000
Message-ID: <c3f1a9e2b7d04f68a1e5@EXCH02.bankarodopa.local>
In-Reply-To: <20260624080219.9EAFB0C1D6@mail.shop.example.be>
References: <20260624080219.9EAFB0C1D6@mail.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Language: bg-BG
X-MS-Has-Attach:
X-MS-Exchange-Organization-AuthSource: EXCH02.bankarodopa.local
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=D0=A3=D0=B2=D0=B0=D0=B6=D0=B0=D0=B5=D0=BC=D0=B8 =D0=BF=D0=BE=D0=B4=D0=B0=
=D1=82=D0=B5=D0=BB,

=D0=A2=D0=BE=D0=B2=D0=B0 =D0=B5 =D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=
=D0=B8=D1=87=D0=BD=D0=BE =D0=BF=D0=BE=D1=82=D0=B2=D1=8A=D1=80=D0=B6=D0=B4=
=D0=B5=D0=BD=D0=B8=D0=B5. =D0=92=D0=B0=D1=88=D0=B5=D1=82=D0=BE =D1=81=D1=8A=
=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5 =D0=BE=D1=82 24.06.2026 =D0=B3. =
=D1=81 =D1=82=D0=B5=D0=BC=D0=B0 =E2=80=9E=D0=A1=D0=B8=D0=B3=D0=BD=D0=B0=D0=
=BB: =D1=82=D0=B5=D0=BB=D0=B5=D1=84=D0=BE=D0=BD=D0=BD=D0=B0 =D0=B8=D0=B7=D0=
=BC=D0=B0=D0=BC=D0=B0 =D0=BE=D1=82 =D0=B8=D0=BC=D0=B5=D1=82=D0=BE =D0=BD=D0=
=B0 Shop Example =E2=80=93 =D0=BA=D0=BB=D0=B8=D0=B5=D0=BD=D1=82 =D0=A0=D0=
=B0=D0=B4=D0=BA=D0=B0 =D0=9C=D0=B0=D1=80=D0=B8=D0=BD=D0=BE=D0=B2=D0=B0 [PRI=
V-26-01877]=E2=80=9C =D0=B5 =D0=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B5=D0=BD=D0=
=BE =D0=BE=D1=82 =D0=BE=D1=82=D0=B4=D0=B5=D0=BB =E2=80=9E=D0=9F=D1=80=D0=B5=
=D0=B2=D0=B5=D0=BD=D1=86=D0=B8=D1=8F =D0=BD=D0=B0 =D0=B8=D0=B7=D0=BC=D0=B0=
=D0=BC=D0=B8=E2=80=9C =D0=BD=D0=B0 =D0=91=D0=B0=D0=BD=D0=BA=D0=B0 =D0=A0=D0=
=BE=D0=B4=D0=BE=D0=BF=D0=B0 =D0=B8 =D0=B5 =D1=80=D0=B5=D0=B3=D0=B8=D1=81=D1=
=82=D1=80=D0=B8=D1=80=D0=B0=D0=BD=D0=BE =D0=BA=D1=8A=D0=BC =D0=BF=D1=80=D0=
=B5=D0=BF=D0=B8=D1=81=D0=BA=D0=B0 =E2=84=96 FR-260624-0457.

=D0=A1=D0=BB=D1=83=D0=B6=D0=B8=D1=82=D0=B5=D0=BB =D1=89=D0=B5 =D1=81=D0=B5 =
=D1=81=D0=B2=D1=8A=D1=80=D0=B6=D0=B5 =D1=81 =D0=92=D0=B0=D1=81, =D0=B0=D0=
=BA=D0=BE =D0=B5 =D0=BD=D0=B5=D0=BE=D0=B1=D1=85=D0=BE=D0=B4=D0=B8=D0=BC=D0=
=B0 =D0=B4=D0=BE=D0=BF=D1=8A=D0=BB=D0=BD=D0=B8=D1=82=D0=B5=D0=BB=D0=BD=D0=
=B0 =D0=B8=D0=BD=D1=84=D0=BE=D1=80=D0=BC=D0=B0=D1=86=D0=B8=D1=8F. =D0=A1=D1=
=80=D0=BE=D0=BA=D1=8A=D1=82 =D0=B7=D0=B0 =D0=BF=D1=80=D0=BE=D0=B8=D0=B7=D0=
=BD=D0=B0=D1=81=D1=8F=D0=BD=D0=B5 =D0=BF=D0=BE =D1=81=D0=B8=D0=B3=D0=BD=D0=
=B0=D0=BB=D0=B8 =D0=BE=D1=82 =D1=82=D1=8A=D1=80=D0=B3=D0=BE=D0=B2=D1=86=D0=
=B8 =D0=B5 =D0=B4=D0=BE 15 =D1=80=D0=B0=D0=B1=D0=BE=D1=82=D0=BD=D0=B8 =D0=
=B4=D0=BD=D0=B8.

=D0=9C=D0=BE=D0=BB=D1=8F, =D0=BE=D0=B1=D1=8A=D1=80=D0=BD=D0=B5=D1=82=D0=B5 =
=D0=B2=D0=BD=D0=B8=D0=BC=D0=B0=D0=BD=D0=B8=D0=B5:
=E2=80=A2 =D0=9D=D0=B5 =D0=B8=D0=B7=D0=BF=D1=80=D0=B0=D1=89=D0=B0=D0=B9=D1=
=82=D0=B5 =D0=BF=D0=BE =D0=B8=D0=BC=D0=B5=D0=B9=D0=BB =D0=BD=D0=BE=D0=BC=D0=
=B5=D1=80=D0=B0 =D0=BD=D0=B0 =D0=BA=D0=B0=D1=80=D1=82=D0=B8, =D0=9F=D0=98=
=D0=9D, =D0=BA=D0=BE=D0=B4=D0=BE=D0=B2=D0=B5 =D0=B7=D0=B0 =D0=BF=D0=BE=D1=
=82=D0=B2=D1=8A=D1=80=D0=B6=D0=B4=D0=B5=D0=BD=D0=B8=D0=B5 =D0=B8=D0=BB=D0=
=B8 =D0=BA=D0=BE=D0=BF=D0=B8=D1=8F =D0=BD=D0=B0 =D0=BB=D0=B8=D1=87=D0=BD=D0=
=B8 =D0=BA=D0=B0=D1=80=D1=82=D0=B8 =D0=BD=D0=B0 =D0=BA=D0=BB=D0=B8=D0=B5=D0=
=BD=D1=82=D0=B8.
=E2=80=A2 =D0=90=D0=BA=D0=BE =D1=80=D0=B0=D0=B7=D0=BF=D0=BE=D0=BB=D0=B0=D0=
=B3=D0=B0=D1=82=D0=B5 =D1=81 =D0=B4=D0=BE=D0=BA=D0=B0=D0=B7=D0=B0=D1=82=D0=
=B5=D0=BB=D1=81=D1=82=D0=B2=D0=B0 =D0=B7=D0=B0 =D0=B8=D0=B7=D1=82=D0=B8=D1=
=87=D0=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =D0=BB=D0=B8=D1=87=D0=BD=D0=B8 =D0=B4=D0=
=B0=D0=BD=D0=BD=D0=B8 =D0=BD=D0=B0 =D0=BA=D0=BB=D0=B8=D0=B5=D0=BD=D1=82=D0=
=B8 (=D0=BD=D0=B0=D0=BF=D1=80. =D0=B7=D0=B0=D0=BF=D0=B8=D1=81=D0=B8 =D0=BD=
=D0=B0 =D0=BE=D0=B1=D0=B0=D0=B6=D0=B4=D0=B0=D0=BD=D0=B8=D1=8F, =D0=BD=D0=BE=
=D0=BC=D0=B5=D1=80=D0=B0, =D0=BE=D1=82 =D0=BA=D0=BE=D0=B8=D1=82=D0=BE =D0=
=B5 =D0=B7=D0=B2=D1=8A=D0=BD=D1=8F=D0=BD=D0=BE), =D1=89=D0=B5 =D0=92=D0=B8 =
=D0=B8=D0=B7=D0=BF=D1=80=D0=B0=D1=82=D0=B8=D0=BC =D0=B2=D1=80=D1=8A=D0=B7=
=D0=BA=D0=B0 =D0=B7=D0=B0 =D1=81=D0=B8=D0=B3=D1=83=D1=80=D0=BD=D0=BE =D0=BA=
=D0=B0=D1=87=D0=B2=D0=B0=D0=BD=D0=B5.
=E2=80=A2 =D0=9A=D0=BB=D0=B8=D0=B5=D0=BD=D1=82=D0=B8=D1=82=D0=B5 =D0=BD=D0=
=B0 =D0=B1=D0=B0=D0=BD=D0=BA=D0=B0=D1=82=D0=B0, =D0=BF=D0=BE=D1=81=D1=82=D1=
=80=D0=B0=D0=B4=D0=B0=D0=BB=D0=B8 =D0=BE=D1=82 =D0=B8=D0=B7=D0=BC=D0=B0=D0=
=BC=D0=B0, =D1=81=D0=BB=D0=B5=D0=B4=D0=B2=D0=B0 =D0=B4=D0=B0 =D1=81=D0=B5 =
=D0=BE=D0=B1=D1=8A=D1=80=D0=BD=D0=B0=D1=82 =D0=BB=D0=B8=D1=87=D0=BD=D0=BE =
=D0=BA=D1=8A=D0=BC =D0=B1=D0=B0=D0=BD=D0=BA=D0=B0=D1=82=D0=B0 =D0=BD=D0=B0 =
=D1=82=D0=B5=D0=BB. 0700 12 345.

=D0=91=D0=B0=D0=BD=D0=BA=D0=B0 =D0=A0=D0=BE=D0=B4=D0=BE=D0=BF=D0=B0 =D0=90=
=D0=94 =D0=BE=D0=B1=D1=80=D0=B0=D0=B1=D0=BE=D1=82=D0=B2=D0=B0 =D0=BB=D0=B8=
=D1=87=D0=BD=D0=B8=D1=82=D0=B5 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8, =D1=81=D1=8A=
=D0=B4=D1=8A=D1=80=D0=B6=D0=B0=D1=89=D0=B8 =D1=81=D0=B5 =D0=B2 =D1=81=D0=B8=
=D0=B3=D0=BD=D0=B0=D0=BB=D0=B0, =D0=B2 =D1=81=D1=8A=D0=BE=D1=82=D0=B2=D0=B5=
=D1=82=D1=81=D1=82=D0=B2=D0=B8=D0=B5 =D1=81 =D0=A0=D0=B5=D0=B3=D0=BB=D0=B0=
=D0=BC=D0=B5=D0=BD=D1=82 (=D0=95=D0=A1) 2016/679 =D0=B5=D0=B4=D0=B8=D0=BD=
=D1=81=D1=82=D0=B2=D0=B5=D0=BD=D0=BE =D0=B7=D0=B0 =D1=86=D0=B5=D0=BB=D0=B8=
=D1=82=D0=B5 =D0=BD=D0=B0 =D0=BF=D1=80=D0=BE=D0=B2=D0=B5=D1=80=D0=BA=D0=B0=
=D1=82=D0=B0 =D0=B8 =D0=BF=D1=80=D0=B5=D0=B4=D0=BE=D1=82=D0=B2=D1=80=D0=B0=
=D1=82=D1=8F=D0=B2=D0=B0=D0=BD=D0=B5=D1=82=D0=BE =D0=BD=D0=B0 =D0=B8=D0=B7=
=D0=BC=D0=B0=D0=BC=D0=B8.

=D0=9C=D0=BE=D0=BB=D1=8F, =D0=BD=D0=B5 =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=B0=
=D1=80=D1=8F=D0=B9=D1=82=D0=B5 =D0=BD=D0=B0 =D1=82=D0=BE=D0=B2=D0=B0 =D1=81=
=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5 =E2=80=93 =D0=BF=D0=BE=D1=
=89=D0=B5=D0=BD=D1=81=D0=BA=D0=B0=D1=82=D0=B0 =D0=BA=D1=83=D1=82=D0=B8=D1=
=8F =D0=BD=D0=B5 =D1=81=D0=B5 =D1=81=D0=BB=D0=B5=D0=B4=D0=B8.

=D0=91=D0=B0=D0=BD=D0=BA=D0=B0 =D0=A0=D0=BE=D0=B4=D0=BE=D0=BF=D0=B0 =D0=90=
=D0=94
=D0=9E=D1=82=D0=B4=D0=B5=D0=BB =E2=80=9E=D0=9F=D1=80=D0=B5=D0=B2=D0=B5=D0=
=BD=D1=86=D0=B8=D1=8F =D0=BD=D0=B0 =D0=B8=D0=B7=D0=BC=D0=B0=D0=BC=D0=B8=E2=
=80=9C
'''),
    ('bg', 'blind-customer-forwards-export-notice-complains', 'complaint', ('access',),
'''Return-Path: <petar.kostov@abv-posta.example.bg>
Received: from smtp.abv-posta.example.bg (smtp.abv-posta.example.bg [203.0.113.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4C8D13A0F66
        for <privacy@shop.example.be>; Mon, 29 Jun 2026 13:55:02 +0200 (CEST)
Received: from [192.168.0.104] (unknown [192.0.2.133])
	(Authenticated sender: petar.kostov@abv-posta.example.bg)
	by smtp.abv-posta.example.bg (Postfix) with ESMTPSA id 2B7E0C0381
	for <privacy@shop.example.be>; Mon, 29 Jun 2026 14:55:00 +0300 (EEST)
Message-ID: <8e2d4f1a-6b3c-4a97-b0e5-c71f9d2a3e84@abv-posta.example.bg>
Date: Mon, 29 Jun 2026 14:54:58 +0300
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: bg
To: privacy@shop.example.be
From: =?UTF-8?Q?=D0=9F=D0=B5=D1=82=D1=8A=D1=80_=D0=9A=D0=BE=D1=81=D1=82?=
 =?UTF-8?Q?=D0=BE=D0=B2?= <petar.kostov@abv-posta.example.bg>
Subject: =?UTF-8?Q?Fwd=3A_=D0=92=D0=B0=D1=88=D0=B8=D1=8F=D1=82_=D0=B5=D0=BA?=
 =?UTF-8?Q?=D1=81=D0=BF=D0=BE=D1=80=D1=82_=D0=BD=D0=B0_=D0=BB=D0=B8?=
 =?UTF-8?Q?=D1=87=D0=BD=D0=B8_=D0=B4=D0=B0=D0=BD=D0=BD=D0=B8_=D0=B5_?=
 =?UTF-8?Q?=D0=B3=D0=BE=D1=82=D0=BE=D0=B2_=5BPRIV-26-01420=5D?=
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравейте,

Пиша ви за трети път. Аз съм незрящ и работя с екранен четец (NVDA). Писмото по-долу е автоматично и в него пише, че данните ми са готови, но:

1. Файлът „export_danni.pdf“ е сканирано изображение – четецът не прочита нито една дума.
2. Формулярът за проверка на самоличността на сайта иска да препиша код от картинка, а аудио вариант няма. Не мога да го попълня сам.
3. На двете ми предишни писма (от 12 май и от 2 юни) никой не отговори.

Искам да получа данните си в достъпен вид – обикновен текст, Word или достъпен PDF – или отпечатани с едър шрифт по пощата на адрес: Петър Костов, ж.к. „Тракия“, бл. 41, вх. Б, ап. 12, 4023 Пловдив. Моля и проверката на самоличността да стане по друг начин, например по телефона.

Ако до 14 дни не получа отговор, ще подам жалба до Комисията за защита на личните данни и до Комисията за защита от дискриминация.

Петър Костов
тел. 0888 123 456


-------- Препратено съобщение --------
Тема: 	Вашият експорт на лични данни е готов [PRIV-26-01420]
Дата: 	Mon, 11 May 2026 06:00:14 +0200
От: 	Shop Example BV <no-reply@shop.example.be>
До: 	petar.kostov@abv-posta.example.bg



Здравейте,

Копието на вашите лични данни, което поискахте, е готово. Изтеглете го до 25.05.2026 от:
https://www.shop.example.be/bg/privacy/export/8f41c2

Това е автоматично съобщение. Моля, не отговаряйте.

Shop Example BV
'''),
]
