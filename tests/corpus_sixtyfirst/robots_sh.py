"""Set sixtyfirst: robot mail that answers the privacy team's own mails (out-of-office and vacation replies, bounces, read receipts, file-transfer, case-system, request-tool, challenge and quarantine notices), plus people who look automatic (pl, cs, hr, sv, ro, el, bg). Written apart from the code."""

ROBOTS = [
    ('pl', 'exchange-online-ooo-to-identity-check', 'automated', (),
'''Return-Path: <marta.zielinska@kancelaria-zielinska.pl>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2108.outbound.protection.outlook.com [40.107.20.108])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rk7Tq1Wb2z9sLm
        for <privacy@shop.example.be>; Mon, 12 Oct 2026 10:41:07 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
 d=kancelariazielinska.onmicrosoft.com; s=selector2-kancelariazielinska-onmicrosoft-com;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
 bh=Wq3v0m2dJ8yT1nQhX7cKpZ4rB6sL9fE0uA5gH2iM1oY=;
 b=Kx8fP2mQ7vR1tY4wZ0aB3cD6eF9gH2iJ5kL8mN1oP4qR7sT0uV3wX6yZ9aB2cD5eF8gH1iJ4kL7mN0oP3qR6sT9uV2wX5yZ8aB1cD4eF7gH0iJ3kL6mN9oP2qR5sT8uV1wX4yZ7aB0cD3eF6gH9iJ2kL5mN8oP1qR4sT7uV0wX3yZ6aB9cD2eF5g==
Received: from PA4PR07MB8123.eurprd07.prod.outlook.com (2603:10a6:102:2a1::9) by
 AS8PR07MB7650.eurprd07.prod.outlook.com (2603:10a6:20b:3a5::14) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8398.21; Mon, 12 Oct
 2026 08:41:05 +0000
From: =?utf-8?q?Marta_Zieli=C5=84ska?= <marta.zielinska@kancelaria-zielinska.pl>
To: "Shop Example BV - Privacy" <privacy@shop.example.be>
Subject: =?utf-8?q?Odpowied=C5=BA_automatyczna=3A_Potwierd=C5=BA=2C_=C5=BCe_to_Ty_?=
 =?utf-8?q?=E2=80=93_wniosek_2026-0387?=
Thread-Topic: =?utf-8?q?Potwierd=C5=BA=2C_=C5=BCe_to_Ty_=E2=80=93_wniosek_2026-0387?=
Thread-Index: AQHbH2xk3q9LrP0aT0mZk1YtB8yq2LLgYh0Q
Date: Mon, 12 Oct 2026 08:41:04 +0000
Message-ID: <PA4PR07MB8123F2A1C6E0B4D7A3E9C1D0F54A2@PA4PR07MB8123.eurprd07.prod.outlook.com>
In-Reply-To: <20261012083955.2026-0387.c4e1@shop.example.be>
References: <20261012083955.2026-0387.c4e1@shop.example.be>
Accept-Language: pl-PL, en-US
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: marta.zielinska@kancelaria-zielinska.pl
Content-Type: multipart/alternative;
	boundary="_000_PA4PR07MB8123F2A1C6E0B4D7A3E9C1D0F54A2PA4PR07MB8123eurp_"
MIME-Version: 1.0

--_000_PA4PR07MB8123F2A1C6E0B4D7A3E9C1D0F54A2PA4PR07MB8123eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RHppZcWEIGRvYnJ5LAoKZG8gMjMgcGHFumR6aWVybmlrYSAyMDI2IHIuIHfFgsSFY3puaWUgcHJ6
ZWJ5d2FtIHBvemEgYml1cmVtIGkgbWFtIG9ncmFuaWN6b255CmRvc3TEmXAgZG8gcG9jenR5LiBX
aWFkb21vxZtjaSBuaWUgc8SFIHByemVrYXp5d2FuZSBkYWxlai4KClcgc3ByYXdhY2ggcGlsbnlj
aCwgdyB0eW0gZG90eWN6xIVjeWNoIHRlcm1pbsOzdyBwcm9jZXNvd3ljaCwgcHJvc3rEmSBvIGtv
bnRha3QKeiBzZWtyZXRhcmlhdGVtIEthbmNlbGFyaWk6IHNla3JldGFyaWF0QGthbmNlbGFyaWEt
emllbGluc2thLnBsLAp0ZWwuICs0OCAyMiA2MTEgNDggMzAuCgpaIHBvd2HFvGFuaWVtCk1hcnRh
IFppZWxpxYRza2EKcmFkY2EgcHJhd255CkthbmNlbGFyaWEgUmFkY3kgUHJhd25lZ28gTWFydGEg
WmllbGnFhHNrYQo=
--_000_PA4PR07MB8123F2A1C6E0B4D7A3E9C1D0F54A2PA4PR07MB8123eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD4KPGJvZHk+PGRpdiBzdHlsZT0iZm9udC1mYW1p
bHk6Q2FsaWJyaSxBcmlhbCxIZWx2ZXRpY2Esc2Fucy1zZXJpZjtmb250LXNpemU6MTFwdCI+Cjxw
PkR6aWXFhCBkb2JyeSw8L3A+CjxwPmRvIDIzIHBhxbpkemllcm5pa2EgMjAyNiByLiB3xYLEhWN6
bmllIHByemVieXdhbSBwb3phIGJpdXJlbSBpIG1hbSBvZ3Jhbmljem9ueSBkb3N0xJlwIGRvIHBv
Y3p0eS4gV2lhZG9tb8WbY2kgbmllIHPEhSBwcnpla2F6eXdhbmUgZGFsZWouPC9wPgo8cD5XIHNw
cmF3YWNoIHBpbG55Y2gsIHcgdHltIGRvdHljesSFY3ljaCB0ZXJtaW7Ds3cgcHJvY2Vzb3d5Y2gs
IHByb3N6xJkgbyBrb250YWt0IHogc2VrcmV0YXJpYXRlbSBLYW5jZWxhcmlpOiA8YSBocmVmPSJt
YWlsdG86c2VrcmV0YXJpYXRAa2FuY2VsYXJpYS16aWVsaW5za2EucGwiPnNla3JldGFyaWF0QGth
bmNlbGFyaWEtemllbGluc2thLnBsPC9hPiwgdGVsLiArNDggMjIgNjExIDQ4IDMwLjwvcD4KPHA+
WiBwb3dhxbxhbmllbTxicj5NYXJ0YSBaaWVsacWEc2thPGJyPnJhZGNhIHByYXdueTxicj5LYW5j
ZWxhcmlhIFJhZGN5IFByYXduZWdvIE1hcnRhIFppZWxpxYRza2E8L3A+CjwvZGl2PjwvYm9keT48
L2h0bWw+Cg==
--_000_PA4PR07MB8123F2A1C6E0B4D7A3E9C1D0F54A2PA4PR07MB8123eurp_--
'''),
    ('pl', 'postfix-bounce-mailbox-full-export', 'automated', (),
'''Return-Path: <>
Received: from mx.netkom-slask.pl (mx.netkom-slask.pl [91.207.14.36])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rm2Hc0Pz8z9tQw
        for <privacy@shop.example.be>; Wed, 14 Oct 2026 16:22:51 +0200 (CEST)
Received: by mx.netkom-slask.pl (Postfix)
	id 4Rm2Hb6XkTz1xGv; Wed, 14 Oct 2026 16:22:48 +0200 (CEST)
Date: Wed, 14 Oct 2026 16:22:48 +0200 (CEST)
From: MAILER-DAEMON@mx.netkom-slask.pl (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Rm2Hb6XkTz1xGv.1792160568/mx.netkom-slask.pl"
Content-Transfer-Encoding: 8bit
Message-Id: <4Rm2Hb6XkTz1xGv@mx.netkom-slask.pl>

This is a MIME-encapsulated message.

--4Rm2Hb6XkTz1xGv.1792160568/mx.netkom-slask.pl
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx.netkom-slask.pl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<t.nowak@netkom-slask.pl>: host mailstore2.netkom-slask.pl[private/dovecot-lmtp]
    said: 552 5.2.2 <t.nowak@netkom-slask.pl> Quota exceeded (mailbox for user
    is full) (in reply to end of DATA command)

--4Rm2Hb6XkTz1xGv.1792160568/mx.netkom-slask.pl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.netkom-slask.pl
X-Postfix-Queue-ID: 4Rm2Hb6XkTz1xGv
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 14 Oct 2026 16:22:47 +0200 (CEST)

Final-Recipient: rfc822; t.nowak@netkom-slask.pl
Original-Recipient: rfc822;t.nowak@netkom-slask.pl
Action: failed
Status: 5.2.2
Diagnostic-Code: lmtp; 552 5.2.2 <t.nowak@netkom-slask.pl> Quota exceeded
    (mailbox for user is full)

--4Rm2Hb6XkTz1xGv.1792160568/mx.netkom-slask.pl
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out2.shop.example.be (out2.shop.example.be [193.58.201.12])
	by mx.netkom-slask.pl (Postfix) with ESMTPS id 4Rm2Hb6XkTz1xGv
	for <t.nowak@netkom-slask.pl>; Wed, 14 Oct 2026 16:22:47 +0200 (CEST)
From: Shop Example BV - Privacy Team <privacy@shop.example.be>
To: Tomasz Nowak <t.nowak@netkom-slask.pl>
Subject: =?utf-8?q?Tw=C3=B3j_eksport_danych_jest_gotowy_=E2=80=93_wniosek_2026-0402?=
Date: Wed, 14 Oct 2026 16:22:39 +0200
Message-ID: <20261014142239.2026-0402.e7b3@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_sx_9f2c61a0"

--4Rm2Hb6XkTz1xGv.1792160568/mx.netkom-slask.pl--
'''),
    ('pl', 'secure-transfer-file-downloaded-notice', 'automated', (),
'''Return-Path: <bounce+5c1e7a.2f90@notify.transferio.eu>
Received: from o12.notify.transferio.eu (o12.notify.transferio.eu [167.89.52.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rn0Ld3Vyqz9sKp
        for <privacy@shop.example.be>; Thu, 15 Oct 2026 21:07:14 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=transferio.eu;
	h=content-type:from:mime-version:subject:to:cc:content-type:from:subject:to;
	s=s1; bh=hM0eQ2pR7tV4xZ9bD1fH6jK3lN8oQ5sU2wY7aC0eG4I=;
	b=pQ3sR6tU9vW2xY5zA8bC1dE4fG7hI0jK3lM6nO9pQ2rS5tU8vW1xY4zA7bC0dE3fG6hI9jK2lM5nO8pQ1rS4tU7vW0xY3zA6bC9dE2fG5hI8jK1lM4nO7pQ0rS3tU6vW9xY2zA5bC8dE1fG4hI7jK0lM3nO6p=
Content-Type: multipart/alternative; boundary=8d1f3c0a7e5b49a2b6c4e0f1a9d2c7e3
Date: Thu, 15 Oct 2026 19:07:12 +0000 (UTC)
From: Transferio <no-reply@notify.transferio.eu>
Mime-Version: 1.0
Message-ID: <tr-dl.7Hq2kX9mPzR4vN1b@notify.transferio.eu>
Subject: =?utf-8?q?Plik_zosta=C5=82_pobrany=3A_eksport=5Fdanych=5F2026-0409=2Ezip?=
To: privacy@shop.example.be
Auto-Submitted: auto-generated
Feedback-ID: 5c1e7a:transfer-downloaded:transferio
X-Entity-ID: kD3mN8pQ1rS4tU7vW0xY

--8d1f3c0a7e5b49a2b6c4e0f1a9d2c7e3
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=utf-8
Mime-Version: 1.0

Transferio =E2=80=93 powiadomienie o pobraniu

Tw=C3=B3j plik zosta=C5=82 pobrany.

Nadawca: privacy@shop.example.be (Shop Example BV)
Odbiorca: k.lewandowska@wp.pl
Plik: eksport_danych_2026-0409.zip (14,2 MB)
Zawarto=C5=9B=C4=87 oznaczona przez nadawc=C4=99 jako: dane osobowe =E2=80=
=93 kopia danych (art. 15 RODO)
Pobrano: 15.10.2026, 21:06 (CEST), adres IP 83.21.xxx.xxx, Polska
Liczba pobra=C5=84: 1 z 3 dozwolonych
Link wyga=C5=9Bnie: 29.10.2026 =E2=80=93 po tej dacie plik zostanie trwale =
usuni=C4=99ty z naszych serwer=C3=B3w.

Has=C5=82o do pliku zosta=C5=82o przekazane osobnym kana=C5=82em i nie jest=
 przechowywane przez Transferio.

Histori=C4=99 transferu, dziennik dost=C4=99pu oraz potwierdzenie pobrania =
(PDF) znajdziesz w panelu:
https://app.transferio.eu/t/7Hq2kX9mPzR4vN1b

Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wygenerowana automatycznie. Prosimy na =
ni=C4=85 nie odpowiada=C4=87.
Ustawienia powiadomie=C5=84: https://app.transferio.eu/settings/notificatio=
ns

Transferio sp. z o.o., ul. Przemys=C5=82owa 12, 60-123 Pozna=C5=84
Polityka prywatno=C5=9Bci: https://transferio.eu/prywatnosc
--8d1f3c0a7e5b49a2b6c4e0f1a9d2c7e3
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=utf-8
Mime-Version: 1.0

<!DOCTYPE html>
<html lang=3D"pl"><head><meta charset=3D"utf-8"><title>Plik zosta=C5=82 pob=
rany</title></head>
<body style=3D"margin:0;padding:0;background:#f4f6f8;font-family:Arial,sans=
-serif">
<table width=3D"100%" cellpadding=3D"0" cellspacing=3D"0"><tr><td align=3D"=
center">
<table width=3D"560" cellpadding=3D"24" style=3D"background:#ffffff">
<tr><td><h2 style=3D"color:#1b3a57">Tw=C3=B3j plik zosta=C5=82 pobrany</h2>
<p><b>Odbiorca:</b> k.lewandowska@wp.pl<br>
<b>Plik:</b> eksport_danych_2026-0409.zip (14,2 MB)<br>
<b>Zawarto=C5=9B=C4=87:</b> dane osobowe =E2=80=93 kopia danych (art. 15 RO=
DO)<br>
<b>Pobrano:</b> 15.10.2026, 21:06 (CEST)<br>
<b>Liczba pobra=C5=84:</b> 1 z 3<br>
<b>Link wyga=C5=9Bnie:</b> 29.10.2026</p>
<p><a href=3D"https://app.transferio.eu/t/7Hq2kX9mPzR4vN1b" style=3D"backgr=
ound:#1b6ef5;color:#fff;padding:10px 18px;text-decoration:none">Zobacz hist=
ori=C4=99 transferu</a></p>
<p style=3D"font-size:12px;color:#777">Ta wiadomo=C5=9B=C4=87 zosta=C5=82a =
wygenerowana automatycznie. Prosimy na ni=C4=85 nie odpowiada=C4=87.<br>
Transferio sp. z o.o., ul. Przemys=C5=82owa 12, 60-123 Pozna=C5=84</p></td>=
</tr>
</table></td></tr></table></body></html>
--8d1f3c0a7e5b49a2b6c4e0f1a9d2c7e3--
'''),
    ('pl', 'consumer-foundation-zendesk-reply-registered', 'automated', (),
'''Return-Path: <support+id48213@fpkc.zendesk.com>
Received: from outbyoip7.pod19.euc1.zdsys.com (outbyoip7.pod19.euc1.zdsys.com [188.172.138.7])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rr5Wf2Kbcz9tMn
        for <privacy@shop.example.be>; Tue, 20 Oct 2026 11:15:36 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=fpkc.org.pl;
	s=zendesk1; t=1792487733;
	bh=Vn5qL2xR8tZ0cB3eG6iK9mO1qS4uW7yA0cE3gI6kM9o=;
	h=Date:From:Reply-To:To:Message-ID:In-Reply-To:References:Subject:
	 Mime-Version:Content-Type:Content-Transfer-Encoding;
	b=Zx1Yw2Vu3Ts4Rq5Po6Nm7Lk8Ji9Hg0Fe1Dc2Ba3Zy4Xw5Vu6Ts7Rq8Po9Nm0Lk1Ji2Hg3Fe4Dc5Ba6Zy7Xw8Vu9Ts0Rq1Po2Nm3Lk4Ji5Hg6Fe7Dc8Ba9Zy0Xw1Vu2Ts3Rq4Po5Nm6Lk7Ji8Hg9Fe0Dc1Ba2Zy3=
Date: Tue, 20 Oct 2026 09:15:33 +0000
From: Fundacja Praw Konsumenta Cyfrowego <pomoc@fpkc.org.pl>
Reply-To: Fundacja Praw Konsumenta Cyfrowego <pomoc@fpkc.org.pl>
To: "Shop Example BV - Privacy" <privacy@shop.example.be>
Message-ID: <K3M9QX7V2P_6a0f2c1be94d7_8c4e2a1f7b3d9_sprut@zendesk.com>
In-Reply-To: <20261020090412.2026-0395.a1d0@shop.example.be>
References: <K3M9QX7V2P@zendesk.com> <20261020090412.2026-0395.a1d0@shop.example.be>
Subject: =?utf-8?q?=5BFPKC=5D_Re=3A_Zg=C5=82oszenie_=2348213_=E2=80=93_wniosek_o_usun?=
 =?utf-8?q?i=C4=99cie_danych_=28Shop_Example_BV=29?=
Mime-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 6a0f2c1
X-Zendesk-Email-Id: 01HZQ7K3M9QX7V2P8R4T6W1Y3B

##- Prosimy wpisa=C4=87 odpowied=C5=BA powy=C5=BCej tej linii -##

Dzie=C5=84 dobry,

dzi=C4=99kujemy =E2=80=93 Pa=C5=84stwa wiadomo=C5=9B=C4=87 zosta=C5=82a dod=
ana do zg=C5=82oszenia #48213
("Wniosek o usuni=C4=99cie danych osobowych =E2=80=93 Shop Example BV").

Odpowied=C5=BA administratora danych zosta=C5=82a zarejestrowana w dniu 20.=
10.2026
i przekazana cz=C5=82onkowi Fundacji, w kt=C3=B3rego imieniu z=C5=82o=C5=BC=
yli=C5=9Bmy wniosek
na podstawie art. 17 i art. 80 RODO. Nasz zesp=C3=B3=C5=82 ds. ochrony dany=
ch
przeanalizuje, czy usuni=C4=99cie danych (konto klienta, karta lojalno=C5=
=9Bciowa,
zgody marketingowe, historia zam=C3=B3wie=C5=84) zosta=C5=82o potwierdzone =
w pe=C5=82nym
zakresie. Je=C5=BCeli b=C4=99d=C4=85 potrzebne dodatkowe informacje, skonta=
ktujemy si=C4=99
w ramach tego zg=C5=82oszenia.

Status zg=C5=82oszenia: Oczekuje na weryfikacj=C4=99
Termin odpowiedzi administratora: 05.11.2026

Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wys=C5=82ana automatycznie. Odpowied=C5=
=BA na ni=C4=85 zostanie
do=C5=82=C4=85czona do zg=C5=82oszenia #48213.

Zesp=C3=B3=C5=82 Pomocy
Fundacja Praw Konsumenta Cyfrowego
https://fpkc.org.pl

[48213]
'''),
    ('pl', 'person-export-unreadable-missing-2019-k9', 'access', (),
'''Return-Path: <k.lewandowska@wp.pl>
Received: from smtp.wp.pl (smtp.wp.pl [212.77.101.9])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rn7Bx1Rtmz9sWc
        for <privacy@shop.example.be>; Fri, 16 Oct 2026 07:48:25 +0200 (CEST)
Received: from [10.77.14.203] (unknown [83.21.118.44])
	(Authenticated sender: k.lewandowska@wp.pl)
	by smtp.wp.pl (Postfix) with ESMTPSA id 4Rn7Bw6Jqcz1yL0
	for <privacy@shop.example.be>; Fri, 16 Oct 2026 07:48:24 +0200 (CEST)
Date: Fri, 16 Oct 2026 07:48:21 +0200
From: Katarzyna Lewandowska <k.lewandowska@wp.pl>
To: "Shop Example BV - Privacy Team" <privacy@shop.example.be>
Subject: =?utf-8?q?Re=3A_Tw=C3=B3j_eksport_danych_jest_gotowy_=E2=80=93_wniosek_2026-?=
 =?utf-8?q?0409?=
User-Agent: K-9 Mail for Android
In-Reply-To: <20261015090211.2026-0409.b52e@shop.example.be>
References: <20261015090211.2026-0409.b52e@shop.example.be>
Message-ID: <4F6C2B91-3D8E-4A77-9E1C-52A0B7D3E118@wp.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dzień dobry,

plik pobrałam, ale w środku jest jakiś "dane.json", którego nie umiem otworzyć. Na telefonie pokazuje mi tylko nawiasy i cudzysłowy, na laptopie też nic sensownego. Czy mogą Państwo przesłać to samo jako PDF albo chociaż CSV, żebym mogła to normalnie przeczytać?

I druga rzecz: brakuje zamówień z 2019 roku. Kupowałam wtedy sporo, w sklepie w Brukseli i przez aplikację, a w pliku wszystko zaczyna się od 2021. Nie ma też nagrań moich rozmów z infolinią z marca tego roku (dzwoniłam dwa razy w sprawie zwrotu, konsultant mówił, że rozmowa jest nagrywana). Proszę o komplet moich danych, razem z tym, komu je Państwo przekazywali.

Pozdrawiam
Katarzyna Lewandowska

--
Wysłane z mojego urządzenia Android z K-9 Mail.

dnia 15 października 2026 11:02:11 CEST, Shop Example BV - Privacy Team <privacy@shop.example.be> napisał(a):
>Dzień dobry,
>
>Twój eksport danych jest gotowy. Zgodnie z wnioskiem nr 2026-0409
>przesyłamy kopię danych osobowych, które przetwarzamy w związku z
>Twoim kontem klienta, kartą lojalnościową i zamówieniami.
>
>Plik możesz pobrać za pomocą bezpiecznego linku (ważnego 14 dni):
>https://transfer.shop.example.be/d/2026-0409
>Hasło wyślemy w osobnej wiadomości SMS.
>
>Dane są w formacie JSON, zgodnie z opisem w załączonym pliku README.
>
>Z poważaniem
>Zespół ds. ochrony danych
>Shop Example BV
>
>Ta wiadomość została wysłana w odpowiedzi na Twój wniosek. Możesz na nią odpowiedzieć.
'''),
    ('cs', 'exim-bounce-attachment-too-large', 'automated', (),
'''Return-Path: <>
Received: from mail.stavby-horak.cz (mail.stavby-horak.cz [185.8.164.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rq8Nv3Gdlz9sTf
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 13:05:43 +0200 (CEST)
Received: from Debian-exim by mail.stavby-horak.cz with local (Exim 4.97)
	id 1tCq8X-0004Qh-2F
	for privacy@shop.example.be; Mon, 19 Oct 2026 13:05:40 +0200
X-Failed-Recipients: petr.horak@stavby-horak.cz
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.stavby-horak.cz>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1792407940-eximdsn-1681692777
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tCq8X-0004Qh-2F@mail.stavby-horak.cz>
Date: Mon, 19 Oct 2026 13:05:40 +0200

--1792407940-eximdsn-1681692777
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  petr.horak@stavby-horak.cz
    host exch01.stavby-horak.local [10.20.0.15]
    SMTP error from remote mail server after end of data:
    552 5.3.4 Message size exceeds fixed maximum message size

--1792407940-eximdsn-1681692777
Content-type: message/delivery-status

Reporting-MTA: dns; mail.stavby-horak.cz

Action: failed
Final-Recipient: rfc822;petr.horak@stavby-horak.cz
Status: 5.0.0
Remote-MTA: dns; exch01.stavby-horak.local
Diagnostic-Code: smtp; 552 5.3.4 Message size exceeds fixed maximum message size

--1792407940-eximdsn-1681692777
Content-type: text/rfc822-headers

Return-path: <privacy@shop.example.be>
Received: from out1.shop.example.be ([193.58.201.11])
	by mail.stavby-horak.cz with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97)
	(envelope-from <privacy@shop.example.be>)
	id 1tCq8T-0004Pz-0q
	for petr.horak@stavby-horak.cz; Mon, 19 Oct 2026 13:05:36 +0200
From: Shop Example BV - Privacy Team <privacy@shop.example.be>
To: =?utf-8?q?Petr_Hor=C3=A1k?= <petr.horak@stavby-horak.cz>
Subject: =?utf-8?b?UmU6IFZhxaFlIMW+w6Fkb3N0IDIwMjYtMDQ1NSDigJMga29waWUgb3NvYm7DrWNo?=
 =?utf-8?b?IMO6ZGFqxa8gKHDFmcOtbG9oYSk=?=
Date: Mon, 19 Oct 2026 13:05:29 +0200
Message-ID: <20261019110529.2026-0455.3f9a@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_sx_41d7e0b2"

--1792407940-eximdsn-1681692777--
'''),
    ('cs', 'thunderbird-read-receipt-identity-check', 'automated', (),
'''Return-Path: <jana.svobodova@seznam.cz>
Received: from mxout3.seznam.cz (mxout3.seznam.cz [77.75.76.43])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rl5Jm0Cvgz9sPq
        for <privacy@shop.example.be>; Tue, 13 Oct 2026 21:17:05 +0200 (CEST)
DKIM-Signature: a=rsa-sha256; t=1792005422; x=1792610222; s=beta; d=seznam.cz;
	c=relaxed/relaxed; v=1;
	bh=Aq7Rt2Yu5Io8Pa1Sd4Fg7Hj0Kl3Zx6Cv9Bn2Mq5We8=;
	h=Received:From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=Mf3Gh6Jk9Lz2Xc5Vb8Nm1Qw4Er7Ty0Ui3Op6As9Df2Gh5Jk8Lz1Xc4Vb7Nm0Qw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0Xc3Vb6Nm9Qw2Er5Ty8Ui1Op4As7Df0Gh3Jk6Lz9Xc2Vb5Nm8Qw1Er4Ty7Ui0Op3As6Df9=
Received: from [192.168.1.24] (ip-89-102-17-6.bb.example.cz [89.102.17.6])
	by smtp.seznam.cz (Postfix) with ESMTPA id 4Rl5Jl5TbRz2pW8
	for <privacy@shop.example.be>; Tue, 13 Oct 2026 21:17:03 +0200 (CEST)
Message-ID: <8e21a6d4-5b0f-4c73-a9e2-1d7f3c6b0a85@seznam.cz>
Date: Tue, 13 Oct 2026 21:17:02 +0200
MIME-Version: 1.0
From: =?utf-8?q?Jana_Svobodov=C3=A1?= <jana.svobodova@seznam.cz>
To: "Shop Example BV - Privacy Team" <privacy@shop.example.be>
Subject: =?utf-8?b?UG90dnJ6ZW7DrSBvIHDFmWXEjXRlbsOtICh6b2JyYXplbm8pIC0gUG90dnLEj3Rl?=
 =?utf-8?b?IHByb3PDrW0sIMW+ZSBqc3RlIHRvIFZ5IOKAkyDFvsOhZG9zdCAyMDI2LTAzOTE=?=
User-Agent: Mozilla Thunderbird
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------MGsE0jF2hQp1vYkT7nWc4aRb"

This is a multi-part message in MIME format.
--------------MGsE0jF2hQp1vYkT7nWc4aRb
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Toto je potvrzení o přečtení zprávy, kterou jste odeslali na adresu jana.svobodova@seznam.cz.

Poznámka: Toto potvrzení o přečtení pouze informuje, že zpráva byla zobrazena na počítači příjemce. Nezaručuje, že příjemce zprávu četl nebo porozuměl jejímu obsahu.

--------------MGsE0jF2hQp1vYkT7nWc4aRb
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: seznam.cz; Mozilla Thunderbird
Final-Recipient: rfc822;jana.svobodova@seznam.cz
Original-Message-ID: <20261013074410.2026-0391.9c2d@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--------------MGsE0jF2hQp1vYkT7nWc4aRb
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

From: Shop Example BV - Privacy Team <privacy@shop.example.be>
To: =?utf-8?q?Jana_Svobodov=C3=A1?= <jana.svobodova@seznam.cz>
Subject: =?utf-8?b?UG90dnLEj3RlIHByb3PDrW0sIMW+ZSBqc3RlIHRvIFZ5IOKAkyDFvsOhZG9zdCAy?=
 =?utf-8?b?MDI2LTAzOTE=?=
Date: Tue, 13 Oct 2026 09:44:10 +0200
Message-ID: <20261013074410.2026-0391.9c2d@shop.example.be>
Disposition-Notification-To: privacy@shop.example.be
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

--------------MGsE0jF2hQp1vYkT7nWc4aRb--
'''),
    ('cs', 'sieve-vacation-czech-university', 'automated', (),
'''Return-Path: <>
Received: from mail.fakulta-example.cz (mail.fakulta-example.cz [147.251.48.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rs3Kp5Wfnz9sHd
        for <privacy@shop.example.be>; Thu, 22 Oct 2026 10:30:14 +0200 (CEST)
Received: from imap2.fakulta-example.cz
	by mail.fakulta-example.cz (Dovecot) with LMTP id sF2kM7Zf+GVpQwAAe3n0xA
	for <privacy@shop.example.be>; Thu, 22 Oct 2026 10:30:11 +0200
Message-ID: <dovecot-sieve-1792650611-418204-0@imap2.fakulta-example.cz>
Date: Thu, 22 Oct 2026 10:30:11 +0200
X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)
From: <ondrej.kral@fakulta-example.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?b?QXV0bzogUmU6IFZhxaFlIMW+w6Fkb3N0IDIwMjYtMDQ0OCDigJMgcG90xZllYnVq?=
 =?utf-8?b?ZW1lIGplxaF0xJsgamVkZW4gbcSbc8OtYw==?=
In-Reply-To: <20261022082958.2026-0448.77ac@shop.example.be>
References: <20261022082958.2026-0448.77ac@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

od 19. 10. do 1. 11. 2026 čerpám dovolenou a e-maily nečtu.
Vaše zpráva nebude přeposlána. Po návratu se Vám ozvu.

Ve studijních záležitostech kontaktujte studijní oddělení
(studijni@fakulta-example.cz), v ostatních věcech sekretariát
katedry (tel. +420 549 49 1234).

S pozdravem
Ondřej Král

---
Hello, I am on leave until 1 November 2026 and not reading e-mail.
Your message will not be forwarded.
'''),
    ('cs', 'law-firm-case-system-filing-receipt', 'automated', (),
'''Return-Path: <spisy@ak-dvorak-horakova.cz>
Received: from smtp.ak-dvorak-horakova.cz (smtp.ak-dvorak-horakova.cz [46.28.105.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rv1Tg8Mhkz9sRb
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 11:03:01 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=ak-dvorak-horakova.cz;
	s=mail2026; t=1793008977;
	bh=Lp4Rt7Yv0Bx3Cz6Dw9Eq2Fs5Gt8Hu1Iv4Jw7Kx0Ly3M=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=Tq9Wr2Es5Ty8Ui1Op4As7Df0Gh3Jk6Lz9Xc2Vb5Nm8Qw1Er4Ty7Ui0Op3As6Df9Gh2Jk5Lz8Xc1Vb4Nm7Qw0Er3Ty6Ui9Op2As5Df8Gh1Jk4Lz7Xc0Vb3Nm6Qw9Er2Ty5Ui8Op1As4Df7Gh0Jk3Lz6Xc9Vb2Nm5=
From: =?utf-8?b?U3Bpc292w6Egc2x1xb5iYSBBSyBEdm/FmcOhayBIb3LDoWtvdsOh?= <spisy@ak-dvorak-horakova.cz>
To: privacy@shop.example.be
Subject: =?utf-8?b?UG90dnJ6ZW7DrSBwxZlpamV0w60genByw6F2eSDigJMgc3AuIHpuLiAyMDI2LzA4?=
 =?utf-8?b?NzcgKFNob3AgRXhhbXBsZSBCViDigJMgdsO9bWF6IG9zb2Juw61jaCDDumRhasWv?=
 =?utf-8?b?KQ==?=
Date: Mon, 26 Oct 2026 11:02:57 +0100
Message-ID: <receipt.2026-0877.20261026100257.5521@ak-dvorak-horakova.cz>
In-Reply-To: <20261026095914.2026-0421.0b6e@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Mailer: LexSpis 5.2 (notifikace)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

QWR2b2vDoXRuw60ga2FuY2Vsw6HFmSBEdm/FmcOhayBIb3LDoWtvdsOhIHMuci5vLgpTcGlzb3bD
oSBzbHXFvmJhIOKAkyBhdXRvbWF0aWNrw6kgcG90dnJ6ZW7DrQoKVmHFoWUgenByw6F2YSBieWxh
IHDFmWlqYXRhIGEgemHFmWF6ZW5hIGRvIHNwaXN1OgoKICBTcGlzb3bDoSB6bmHEjWthOiAgIDIw
MjYvMDg3NwogIEtsaWVudDogICAgICAgICAgIE1nci4gTHVjaWUgQmVuZcWhb3bDoQogIFbEm2M6
ICAgICAgICAgICAgICBTaG9wIEV4YW1wbGUgQlYg4oCTIMW+w6Fkb3N0IG8gdsO9bWF6IG9zb2Ju
w61jaCDDumRhasWvCiAgICAgICAgICAgICAgICAgICAgYSBvZHZvbMOhbsOtIHNvdWhsYXN1IHMg
bWFya2V0aW5nZW0gKMSNbC4gMTcgYSDEjWwuIDcKICAgICAgICAgICAgICAgICAgICBvZHN0LiAz
IEdEUFIpCiAgUMWZaWphdG86ICAgICAgICAgIDI2LiAxMC4gMjAyNiAxMTowMgogIFDFmWVkbcSb
dCB6cHLDoXZ5OiAgIFJlOiBWYcWhZSDFvsOhZG9zdCAyMDI2LTA0MjEg4oCTIHbDvW1heiBwcm92
ZWRlbgogIFBvxI1ldCBwxZnDrWxvaDogICAgIDEgKHBvdHZyemVuaV92eW1henVfMjAyNi0wNDIx
LnBkZikKClpwcsOhdnUgcG9zb3Vkw60gb2Rwb3bEm2Ruw70gYWR2b2vDoXQuIFRvdG8gcG90dnJ6
ZW7DrSBuZXpuYW1lbsOhIHNvdWhsYXMKcyBvYnNhaGVtIHpwcsOhdnkgYW5pIHV6bsOhbsOtIGph
a8OpaG9rb2xpIG7DoXJva3UuCgpUYXRvIHpwcsOhdmEgYnlsYSB2eWdlbmVyb3bDoW5hIGF1dG9t
YXRpY2t5IHN5c3TDqW1lbSBzcHLDoXZ5IHNwaXPFry4KTmVvZHBvdsOtZGVqdGUgbmEgbmkuIEtv
cmVzcG9uZGVuY2kgdmUgdsSbY2kgemFzw61sZWp0ZSBuYSBhZHJlc3UKYWR2b2vDoXRhIHV2ZWRl
bm91IHYgcGxuw6kgbW9jaSwgdsW+ZHkgc2Ugc3Bpc292b3Ugem5hxI1rb3UgdiBwxZllZG3Em3R1
LgoKQWR2b2vDoXRuw60ga2FuY2Vsw6HFmSBEdm/FmcOhayBIb3LDoWtvdsOhIHMuci5vLgpOw6Fy
b2Ruw60gNDEsIDExMCAwMCBQcmFoYSAxCkluZm9ybWFjZSBvIHpwcmFjb3bDoW7DrSBvc29ibsOt
Y2ggw7pkYWrFrzogaHR0cHM6Ly9hay1kdm9yYWstaG9yYWtvdmEuY3ovZ2Rwcgo=
'''),
    ('cs', 'person-forwards-extension-one-line-thunderbird', 'complaint', (),
'''Return-Path: <m.cerny@centrum.cz>
Received: from smtp2.centrum.cz (smtp2.centrum.cz [82.208.17.55])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rw9Ys4Fqbz9sTn
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 22:14:13 +0100 (CET)
Received: from [192.168.0.107] (ip-94-113-52-19.net.example.cz [94.113.52.19])
	(Authenticated sender: m.cerny@centrum.cz)
	by smtp2.centrum.cz (Postfix) with ESMTPSA id 4Rw9Yr6DlTz3kQs
	for <privacy@shop.example.be>; Wed, 28 Oct 2026 22:14:11 +0100 (CET)
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit
Message-ID: <c7d1f9a2-84e6-4b3d-b05a-6e2f18c9d431@centrum.cz>
Date: Wed, 28 Oct 2026 22:14:09 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: =?UTF-8?Q?Martin_=C4=8Cern=C3=BD?= <m.cerny@centrum.cz>
To: privacy@shop.example.be
Subject: =?utf-8?b?RndkOiBWYcWhZSDFvsOhZG9zdCAyMDI2LTA0Mzkg4oCTIHBvdMWZZWJ1amVtZSBq?=
 =?utf-8?b?ZcWhdMSbIGplZGVuIG3Em3PDrWM=?=
References: <20261027153002.2026-0439.d40f@shop.example.be>
X-Forwarded-Message-Id: <20261027153002.2026-0439.d40f@shop.example.be>

To není přijatelné. Žádost jsem podal 28. září, pokud do 6. listopadu nedostanu všechna data, podávám stížnost u dozorového úřadu.

M. Černý


-------- Přeposlaná zpráva --------
Předmět: 	Vaše žádost 2026-0439 – potřebujeme ještě jeden měsíc
Datum: 	Tue, 27 Oct 2026 16:30:02 +0100
Od: 	Shop Example BV - Privacy Team <privacy@shop.example.be>
Komu: 	Martin Černý <m.cerny@centrum.cz>



Dobrý den,

děkujeme za Vaši žádost o přístup k osobním údajům ze dne 28. 9. 2026
(č. 2026-0439).

Vzhledem k počtu systémů, ve kterých Vaše údaje vyhledáváme (e-shop,
aplikace, věrnostní karta, prodejny a marketplace), potřebujeme lhůtu
k vyřízení prodloužit o jeden měsíc, jak umožňuje čl. 12 odst. 3 GDPR.
Odpověď Vám zašleme nejpozději do 28. 11. 2026.

Omlouváme se za zdržení.

S pozdravem
Tým pro ochranu osobních údajů
Shop Example BV

Tato zpráva byla odeslána v reakci na Vaši žádost. Můžete na ni odpovědět.
'''),
    ('hr', 'zimbra-vacation-reply-to-our-answer', 'automated', (),
'''Return-Path: <>
Received: from mail.brodomerkur-example.hr (mail.brodomerkur-example.hr [78.134.200.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rs8Hq2Jwxz9sVf
        for <privacy@shop.example.be>; Wed, 21 Oct 2026 15:40:05 +0200 (CEST)
Received: from mail.brodomerkur-example.hr (localhost [127.0.0.1])
	by mail.brodomerkur-example.hr (Postfix) with ESMTP id 3C1A520E41
	for <privacy@shop.example.be>; Wed, 21 Oct 2026 15:40:02 +0200 (CEST)
Date: Wed, 21 Oct 2026 15:40:02 +0200 (CEST)
From: =?utf-8?Q?Ana_Kova=C4=8Devi=C4=87?= <ana.kovacevic@brodomerkur-example.hr>
To: privacy@shop.example.be
Message-ID: <1902338417.84512.1792590002318.JavaMail.zimbra@brodomerkur-example.hr>
In-Reply-To: <20261021133951.2026-0431.5e02@shop.example.be>
Subject: =?utf-8?q?Godi=C5=A1nji_odmor_/_Out_of_office?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.8_GA_4625 (zclient/10.0.8_GA_4625)

Po=C5=A1tovani,

na godi=C5=A1njem sam odmoru od 19. do 30. listopada 2026. Poruke ne =C4=8D=
itam
i ne=C4=87e biti proslije=C4=91ene.

Za hitne upite iz nabave obratite se kolegi Marku Juri=C4=87u
(marko.juric@brodomerkur-example.hr, +385 21 456 780).

Lijep pozdrav,
Ana Kova=C4=8Devi=C4=87

---
I am on annual leave from 19 to 30 October 2026. Your message will not
be forwarded. For urgent purchasing matters please contact Marko Juri=C4=87.
'''),
    ('hr', 'challenge-response-verify-sender', 'automated', (),
'''Return-Path: <potvrda@cr.mreza-plus.example.hr>
Received: from cr1.mreza-plus.example.hr (cr1.mreza-plus.example.hr [195.29.150.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rt4Nb7Kqsz9sLx
        for <privacy@shop.example.be>; Fri, 23 Oct 2026 08:12:48 +0200 (CEST)
From: =?utf-8?b?TXJlxb5hIFBsdXMg4oCTIHphxaF0aXRhIG9kIG5lxb5lbGplbmUgcG/FoXRl?= <potvrda@cr.mreza-plus.example.hr>
To: privacy@shop.example.be
Subject: =?utf-8?q?Potvrdite_slanje_poruke_za_ivana=2Ebabic=40mreza-plus=2Eexample=2E?=
 =?utf-8?q?hr?=
Date: Fri, 23 Oct 2026 08:12:45 +0200
Message-ID: <cr-8f3a91c2e7d04b56@cr.mreza-plus.example.hr>
Auto-Submitted: auto-replied
Precedence: bulk
X-Auto-Response-Suppress: All
X-CR-Challenge-ID: 8f3a91c2e7d04b56
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_CR_8f3a91c2e7d04b56"

------=_CR_8f3a91c2e7d04b56
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani pošiljatelju,

primateljica ivana.babic@mreza-plus.example.hr koristi uslugu provjere
pošiljatelja. Vaša poruka je privremeno zadržana:

  Predmet: Re: Vaš zahtjev 2026-0431 – molimo potvrdite svoj identitet
  Poslano: 23.10.2026. 08:12

Da bi poruka bila isporučena, potvrdite da ste stvarna osoba otvaranjem
sljedeće poveznice i prepisivanjem koda sa slike:

  https://cr.mreza-plus.example.hr/potvrda/8f3a91c2e7d04b56

Potvrdu je potrebno napraviti samo jednom; nakon toga će Vaše poruke
ovoj primateljici stizati izravno. Ako potvrda ne bude izvršena u roku
od 72 sata, poruka će biti automatski obrisana.

Ovo je automatska poruka. Molimo ne odgovarajte na nju.

Mreža Plus d.o.o. – usluga AntiSpam Potvrda
------=_CR_8f3a91c2e7d04b56
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Poštovani pošiljatelju,</p>
<p>primateljica <b>ivana.babic@mreza-plus.example.hr</b> koristi uslugu provjere pošiljatelja. Vaša poruka je privremeno zadržana:</p>
<p>Predmet: <i>Re: Vaš zahtjev 2026-0431 – molimo potvrdite svoj identitet</i><br>Poslano: 23.10.2026. 08:12</p>
<p><a href="https://cr.mreza-plus.example.hr/potvrda/8f3a91c2e7d04b56">Potvrdite da ste stvarna osoba</a></p>
<p>Ako potvrda ne bude izvršena u roku od 72 sata, poruka će biti automatski obrisana.</p>
<p style="color:#888">Ovo je automatska poruka. Molimo ne odgovarajte na nju.<br>Mreža Plus d.o.o. – usluga AntiSpam Potvrda</p>
</body></html>
------=_CR_8f3a91c2e7d04b56--
'''),
    ('hr', 'dlp-quarantine-personal-data-export', 'automated', (),
'''Return-Path: <>
Received: from mailgw1.jadran-osiguranje.example.hr (mailgw1.jadran-osiguranje.example.hr [213.147.99.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rw0Cm1Lpdz9sHk
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 14:55:34 +0100 (CET)
From: =?utf-8?q?Sustav_za_za=C5=A1titu_e-po=C5=A1te?= <quarantine-notify@jadran-osiguranje.example.hr>
To: privacy@shop.example.be
Subject: =?utf-8?q?Poruka_zadr=C5=BEana_u_karanteni=3A_Re=3A_Va=C5=A1_zahtjev_za_pris?=
 =?utf-8?q?tup_podacima_2026-0444?=
Date: Tue, 27 Oct 2026 14:55:30 +0100
Message-ID: <qn.20261027135530.6b7e2f@mailgw1.jadran-osiguranje.example.hr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_qn_6b7e2f41a9"

--=_qn_6b7e2f41a9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

OBAVIJEST O KARANTENI

Va=C5=A1a poruka nije isporu=C4=8Dena primatelju i zadr=C5=BEana je u karan=
teni.

Po=C5=A1iljatelj:   privacy@shop.example.be
Primatelj:     dario.peric@jadran-osiguranje.example.hr
Predmet:       Re: Va=C5=A1 zahtjev za pristup podacima 2026-0444
Veli=C4=8Dina:      3,8 MB
Vrijeme:       27.10.2026. 14:55

Razlog: Pravilo za=C5=A1tite od curenja podataka (DLP)
  - "Osobni podaci =E2=80=93 OIB, broj osobne iskaznice, datum ro=C4=91enja"
  - "=C5=A0ifrirani privitak koji nije mogu=C4=87e skenirati" (kopija_osobn=
ih_podataka.zip)

Poruke koje sadr=C5=BEe osobne podatke i =C5=A1ifrirane privitke iz vanjski=
h izvora
pregledava slu=C5=BEba informacijske sigurnosti. Ako je poruka legitimna,
bit =C4=87e pu=C5=A1tena u roku od jednog radnog dana; u suprotnom =C4=87e =
biti
izbrisana nakon 14 dana.

Ne odgovarajte na ovu poruku. Za pitanja se obratite na
servicedesk@jadran-osiguranje.example.hr i navedite ID karantene
Q-20261027-6B7E2F.

Jadran osiguranje d.d. =E2=80=93 Informacijska sigurnost
--=_qn_6b7e2f41a9
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Segoe UI,Arial,sans-serif;font-size:13px">
<h3 style=3D"color:#b00020">Obavijest o karanteni</h3>
<p>Va=C5=A1a poruka nije isporu=C4=8Dena primatelju i zadr=C5=BEana je u ka=
ranteni.</p>
<table cellpadding=3D"3" style=3D"font-size:13px">
<tr><td>Po=C5=A1iljatelj:</td><td>privacy@shop.example.be</td></tr>
<tr><td>Primatelj:</td><td>dario.peric@jadran-osiguranje.example.hr</td></t=
r>
<tr><td>Predmet:</td><td>Re: Va=C5=A1 zahtjev za pristup podacima 2026-0444=
</td></tr>
<tr><td>Razlog:</td><td>DLP =E2=80=93 osobni podaci (OIB, broj osobne iskaz=
nice); =C5=A1ifrirani privitak kopija_osobnih_podataka.zip</td></tr>
<tr><td>ID karantene:</td><td>Q-20261027-6B7E2F</td></tr>
</table>
<p style=3D"color:#777">Ne odgovarajte na ovu poruku. Jadran osiguranje d.d=
. =E2=80=93 Informacijska sigurnost</p>
</body></html>
--=_qn_6b7e2f41a9--
'''),
    ('hr', 'person-deleted-but-newsletter-iphone', 'withdraw_consent', ('complaint',),
'''Return-Path: <lucija.matic@icloud.com>
Received: from st43p00im-zteg10062001.me.com (st43p00im-zteg10062001.me.com [17.58.63.171])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rx3Dk9Mbrz9sWq
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 19:32:52 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com;
	s=1a1hai; t=1793298771;
	bh=Ck6Ev9Gx2Iz5Kb8Md1Of4Qh7Sj0Ul3Wn6Yp9Ar2Ct5E=;
	h=Content-Type:Mime-Version:Subject:From:Date:Message-Id:To;
	b=Hn2Jp5Lr8Nt1Pv4Rx7Tz0Vb3Xd6Zf9Bh2Dj5Fl8Hn1Jp4Lr7Nt0Pv3Rx6Tz9Vb2Xd5Zf8Bh1Dj4Fl7Hn0Jp3Lr6Nt9Pv2Rx5Tz8Vb1Xd4Zf7Bh0Dj3Fl6Hn9Jp2Lr5Nt8Pv1Rx4Tz7Vb0Xd3Zf6Bh9Dj2Fl5=
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?Re:_Va=C5=A1_ra=C4=8Dun_je_izbrisan?=
From: =?utf-8?Q?Lucija_Mati=C4=87?= <lucija.matic@icloud.com>
In-Reply-To: <20261016101544.2026-0417.f1a3@shop.example.be>
Date: Thu, 29 Oct 2026 19:32:47 +0100
Message-Id: <A4E9C1F2-7B3D-4E58-9A06-D21C8F5B7E30@icloud.com>
References: <20261016101544.2026-0417.f1a3@shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

Po=C5=A1tovani,

16. listopada ste mi napisali da je moj ra=C4=8Dun izbrisan. Super, ali new=
sletter mi i dalje sti=C5=BEe svaki tjedan, zadnji ju=C4=8Der (=E2=80=9EJes=
enski popusti do -40 %=E2=80=9C). Molim vas da me odmah maknete s newslette=
ra i sa svih marketin=C5=A1kih poruka, i e-mailom i SMS-om.

I iskreno, ako je ra=C4=8Dun stvarno izbrisan, kako to da jo=C5=A1 imate mo=
ju adresu?

Lucija Mati=C4=87

Poslano s mog iPhonea

> Dana 16. lis 2026., u 12:15, Shop Example BV - Privacy Team <privacy@shop=
.example.be> napisao je:
>
> Po=C5=A1tovana gospo=C4=91o Mati=C4=87,
>
> potvr=C4=91ujemo da smo na temelju Va=C5=A1eg zahtjeva br. 2026-0417 izbr=
isali
> Va=C5=A1 korisni=C4=8Dki ra=C4=8Dun, podatke kartice vjernosti i povijest=
 narud=C5=BEbi,
> osim ra=C4=8Duna koje smo zakonski du=C5=BEni =C4=8Duvati.
>
> Lijep pozdrav,
> Tim za za=C5=A1titu privatnosti
> Shop Example BV
'''),
    ('sv', 'gmail-vacation-responder-to-export', 'automated', (),
'''Return-Path: <erik.lindqvist72@gmail.com>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with SMTPS id 4Rn9Fg3Tjsz9sMb
        for <privacy@shop.example.be>; Fri, 16 Oct 2026 12:01:22 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1792159279; x=1792764079; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references:auto-submitted
         :mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=Xp1Rq4Ts7Uv0Wx3Yz6Ab9Cd2Ef5Gh8Ij1Kl4Mn7Op0Q=;
        b=Uq7Ws0Ey3Ga6Ic9Ke2Mg5Oi8Qk1Sm4Uo7Wq0Ys3Au6Cw9Ey2Ga5Ic8Ke1Mg4Oi7Qk0Sm3Uo6Wq9Ys2Au5Cw8Ey1Ga4Ic7Ke0Mg3Oi6Qk9Sm2Uo5Wq8Ys1Au4Cw7Ey0Ga3Ic6Ke9Mg2Oi5Qk8Sm1Uo4Wq7Ys0Au3C==
X-Google-Smtp-Source: AGHT+IFq7kR2mV9xZ4bN1cP6dS3fG8hJ0kL5nQ2rT7vW9yA4bC6eD1fG3hJ8kL0mN5pQ==
X-Received: by 2002:a17:907:7e94:b0:a9e:d2c1:4b7f with SMTP id qb20-20020a1709077e9400b00a9ed2c14b7fmr1932455ejc.41.1792159279812;
        Fri, 16 Oct 2026 03:01:19 -0700 (PDT)
MIME-Version: 1.0
Auto-Submitted: auto-replied
References: <20261016095905.2026-0427.8d6b@shop.example.be>
In-Reply-To: <20261016095905.2026-0427.8d6b@shop.example.be>
From: Erik Lindqvist <erik.lindqvist72@gmail.com>
Date: Fri, 16 Oct 2026 12:01:19 +0200
Message-ID: <CAJ7x2Kq8RvN5pT0mWz3Lb9Yc1Fd6Hs4Gk2Qn7Vt5Xa8Ue0Ro3Pw@mail.gmail.com>
Subject: Semester till 2 november
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000c4f7a10624b18e3d"

--000000000000c4f7a10624b18e3d
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hej!

Jag =C3=A4r p=C3=A5 semester och l=C3=A4ser inte mejl f=C3=B6rr=C3=A4n m=C3=
=A5ndag 2 november.
=C3=84renden som inte kan v=C3=A4nta: ring mig p=C3=A5 070-381 22 45 (endas=
t SMS).

H=C3=A4lsningar
Erik
--000000000000c4f7a10624b18e3d
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Hej!</div><div><br></div><div>Jag =C3=A4r p=C3=A5 sem=
ester och l=C3=A4ser inte mejl f=C3=B6rr=C3=A4n m=C3=A5ndag 2 november.</di=
v><div>=C3=84renden som inte kan v=C3=A4nta: ring mig p=C3=A5 070-381 22 45=
 (endast SMS).</div><div><br></div><div>H=C3=A4lsningar</div><div>Erik</div=
></div>
--000000000000c4f7a10624b18e3d--
'''),
    ('sv', 'exchange-ndr-swedish-recipient-gone', 'automated', (),
'''Return-Path: <>
Received: from mail.nordvik-logistik.example.se (mail.nordvik-logistik.example.se [194.17.88.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ry6Wn2Hcfz9sRp
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 09:20:18 +0100 (CET)
Received: from NVEXCH02.nordvik.local (10.1.4.22) by NVEXCH02.nordvik.local
 (10.1.4.22) with Microsoft SMTP Server id 15.1.2507.39; Tue, 3 Nov 2026
 09:20:14 +0100
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nordvik-logistik.example.se>
To: <privacy@shop.example.be>
Date: Tue, 3 Nov 2026 09:20:14 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="2b1e7d40-9c3a-4f85-b6e2-0a7f1c9d5e31"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
Message-ID: <7a3c91e5-04d2-4b8f-a61e-5f0b2d8c7e94@NVEXCH02.nordvik.local>
In-Reply-To: <20261103081958.2026-0466.2ce7@shop.example.be>
References: <20261103081958.2026-0466.2ce7@shop.example.be>
Thread-Topic: =?utf-8?q?Ditt_=C3=A4rende_2026-0466_=E2=80=93_vi_beh=C3=B6ver_en_m=C3=A5nad?=
 =?utf-8?q?_till?=
Thread-Index: AQHcTq3v8h2Kj0mRdUyT5zW1b6fN9A==
Subject: =?utf-8?q?Ej_levererbart=3A_Ditt_=C3=A4rende_2026-0466_=E2=80=93_vi_beh?=
 =?utf-8?q?=C3=B6ver_en_m=C3=A5nad_till?=
Auto-Submitted: auto-replied

--2b1e7d40-9c3a-4f85-b6e2-0a7f1c9d5e31
Content-Type: multipart/alternative;
	differences=Content-Type;
	boundary="6d0f3a82-e1b7-4c59-9a24-3f8e0c6b1d57"

--6d0f3a82-e1b7-4c59-9a24-3f8e0c6b1d57
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RGV0IGdpY2sgaW50ZSBhdHQgbGV2ZXJlcmEgdGlsbCBmw7ZsamFuZGUgbW90dGFnYXJlIGVsbGVy
IGdydXBwZXI6Cgpqb2hhbi5la0Bub3JkdmlrLWxvZ2lzdGlrLmV4YW1wbGUuc2UKRGV0IGdpY2sg
aW50ZSBhdHQgaGl0dGEgZGVuIGUtcG9zdGFkcmVzcyBkdSBhbmdhdi4gS29udHJvbGxlcmEgbW90
dGFnYXJlbnMgZS1wb3N0YWRyZXNzIG9jaCBmw7Zyc8O2ayBza2lja2EgbWVkZGVsYW5kZXQgaWdl
bi4gS29udGFrdGEgc3VwcG9ydGF2ZGVsbmluZ2VuIG9tIHByb2JsZW1ldCBrdmFyc3TDpXIuCgoK
CgoKCgpEaWFnbm9zdGlzayBpbmZvcm1hdGlvbiBmw7ZyIGFkbWluaXN0cmF0w7ZyZXI6CgpHZW5l
cmVyYW5kZSBzZXJ2ZXI6IE5WRVhDSDAyLm5vcmR2aWsubG9jYWwKCmpvaGFuLmVrQG5vcmR2aWst
bG9naXN0aWsuZXhhbXBsZS5zZQpSZW1vdGUgU2VydmVyIHJldHVybmVkICc1NTAgNS4xLjEgUkVT
T0xWRVIuQURSLlJlY2lwTm90Rm91bmQ7IG5vdCBmb3VuZCcKClVyc3BydW5nbGlnYSBtZWRkZWxh
bmRlaHV2dWRlbjoKClJlY2VpdmVkOiBmcm9tIG1haWwubm9yZHZpay1sb2dpc3Rpay5leGFtcGxl
LnNlICgxOTQuMTcuODguMjAzKSBieQogTlZFWENIMDIubm9yZHZpay5sb2NhbCAoMTAuMS40LjIy
KSB3aXRoIE1pY3Jvc29mdCBTTVRQIFNlcnZlciAodmVyc2lvbj1UTFMxXzIsCiBjaXBoZXI9VExT
X0VDREhFX1JTQV9XSVRIX0FFU18yNTZfR0NNX1NIQTM4NCkgaWQgMTUuMS4yNTA3LjM5OyBUdWUs
IDMgTm92CiAyMDI2IDA5OjIwOjEzICswMTAwCkZyb206IFNob3AgRXhhbXBsZSBCViAtIFByaXZh
Y3kgVGVhbSA8cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU+ClRvOiBKb2hhbiBFayA8am9oYW4uZWtA
bm9yZHZpay1sb2dpc3Rpay5leGFtcGxlLnNlPgpTdWJqZWN0OiA9P3V0Zi04P3E/RGl0dF89QzM9
QTRyZW5kZV8yMDI2LTA0NjZfPUUyPTgwPTkzX3ZpX2JlaD1DMz1CNnZlcl9lbl9tPUMzPUE1bmFk
X3RpbGw/PQpEYXRlOiBUdWUsIDMgTm92IDIwMjYgMDk6MTk6NTggKzAxMDAKTWVzc2FnZS1JRDog
PDIwMjYxMTAzMDgxOTU4LjIwMjYtMDQ2Ni4yY2U3QHNob3AuZXhhbXBsZS5iZT4KTUlNRS1WZXJz
aW9uOiAxLjAKQ29udGVudC1UeXBlOiB0ZXh0L3BsYWluOyBjaGFyc2V0PSJ1dGYtOCIKQ29udGVu
dC1UcmFuc2Zlci1FbmNvZGluZzogcXVvdGVkLXByaW50YWJsZQo=
--6d0f3a82-e1b7-4c59-9a24-3f8e0c6b1d57
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD4KPGJvZHk+PHA+PGI+PGZvbnQgY29sb3I9IiMw
MDAwNjYiIHNpemU9IjMiIGZhY2U9IkFyaWFsIj5EZXQgZ2ljayBpbnRlIGF0dCBsZXZlcmVyYSB0
aWxsIGbDtmxqYW5kZSBtb3R0YWdhcmUgZWxsZXIgZ3J1cHBlcjo8L2ZvbnQ+PC9iPjwvcD4KPHA+
PGEgaHJlZj0ibWFpbHRvOmpvaGFuLmVrQG5vcmR2aWstbG9naXN0aWsuZXhhbXBsZS5zZSI+am9o
YW4uZWtAbm9yZHZpay1sb2dpc3Rpay5leGFtcGxlLnNlPC9hPjxicj4KPGZvbnQgc2l6ZT0iMiIg
ZmFjZT0iVGFob21hIj5EZXQgZ2ljayBpbnRlIGF0dCBoaXR0YSBkZW4gZS1wb3N0YWRyZXNzIGR1
IGFuZ2F2LiBLb250cm9sbGVyYSBtb3R0YWdhcmVucyBlLXBvc3RhZHJlc3Mgb2NoIGbDtnJzw7Zr
IHNraWNrYSBtZWRkZWxhbmRldCBpZ2VuLiBLb250YWt0YSBzdXBwb3J0YXZkZWxuaW5nZW4gb20g
cHJvYmxlbWV0IGt2YXJzdMOlci48L2ZvbnQ+PC9wPgo8YnI+PGJyPjxicj4KPHA+PGZvbnQgY29s
b3I9IiM4MDgwODAiIHNpemU9IjIiIGZhY2U9IlRhaG9tYSI+PGI+RGlhZ25vc3Rpc2sgaW5mb3Jt
YXRpb24gZsO2ciBhZG1pbmlzdHJhdMO2cmVyOjwvYj48L2ZvbnQ+PC9wPgo8cD48Zm9udCBjb2xv
cj0iIzgwODA4MCIgc2l6ZT0iMiIgZmFjZT0iVGFob21hIj5HZW5lcmVyYW5kZSBzZXJ2ZXI6IE5W
RVhDSDAyLm5vcmR2aWsubG9jYWw8L2ZvbnQ+PC9wPgo8cD48Zm9udCBjb2xvcj0iIzgwODA4MCIg
c2l6ZT0iMiIgZmFjZT0iVGFob21hIj5qb2hhbi5la0Bub3JkdmlrLWxvZ2lzdGlrLmV4YW1wbGUu
c2U8YnI+UmVtb3RlIFNlcnZlciByZXR1cm5lZCAnNTUwIDUuMS4xIFJFU09MVkVSLkFEUi5SZWNp
cE5vdEZvdW5kOyBub3QgZm91bmQnPC9mb250PjwvcD4KPC9ib2R5PjwvaHRtbD4K
--6d0f3a82-e1b7-4c59-9a24-3f8e0c6b1d57--

--2b1e7d40-9c3a-4f85-b6e2-0a7f1c9d5e31
Content-Type: message/delivery-status

Reporting-MTA: dns;NVEXCH02.nordvik.local
Received-From-MTA: dns;mail.nordvik-logistik.example.se
Arrival-Date: Tue, 3 Nov 2026 08:20:13 +0000

Final-Recipient: rfc822;johan.ek@nordvik-logistik.example.se
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--2b1e7d40-9c3a-4f85-b6e2-0a7f1c9d5e31
Content-Type: text/rfc822-headers

Received: from mail.nordvik-logistik.example.se (194.17.88.203) by
 NVEXCH02.nordvik.local (10.1.4.22) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; Tue, 3 Nov
 2026 09:20:13 +0100
From: Shop Example BV - Privacy Team <privacy@shop.example.be>
To: Johan Ek <johan.ek@nordvik-logistik.example.se>
Subject: =?utf-8?q?Ditt_=C3=A4rende_2026-0466_=E2=80=93_vi_beh=C3=B6ver_en_m=C3=A5nad_till?=
Date: Tue, 3 Nov 2026 09:19:58 +0100
Message-ID: <20261103081958.2026-0466.2ce7@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--2b1e7d40-9c3a-4f85-b6e2-0a7f1c9d5e31--
'''),
    ('sv', 'secure-transfer-link-expired-not-downloaded', 'automated', (),
'''Return-Path: <bounces+u4417@mail.sakerfil.example.se>
Received: from mail.sakerfil.example.se (mail.sakerfil.example.se [185.45.120.9])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ry0Ap7Xknz9sJd
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 01:00:35 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sakerfil.example.se; s=sf2026;
	t=1793577631; h=from:to:subject:date:message-id:mime-version:content-type;
	bh=Rg3Ti6Vk9Xm2Zo5Bq8Ds1Fu4Hw7Jy0La3Nc6Pe9Rg2T=;
	b=Ft8Hv1Jx4Lz7Nb0Pd3Rf6Th9Vj2Xl5Zn8Bp1Dr4Ft7Hv0Jx3Lz6Nb9Pd2Rf5Th8Vj1Xl4Zn7Bp0Dr3Ft6Hv9Jx2Lz5Nb8Pd1Rf4Th7Vj0Xl3Zn6Bp9Dr2Ft5Hv8Jx1Lz4Nb7Pd0Rf3Th6Vj9Xl2Zn5Bp8D=
From: =?utf-8?b?U8Oka2VyZmls?= <no-reply@sakerfil.example.se>
To: privacy@shop.example.be
Subject: =?utf-8?q?L=C3=A4nken_har_g=C3=A5tt_ut_=E2=80=93_dataexport=5F2026-0452=2Ezi?=
 =?utf-8?q?p_h=C3=A4mtades_aldrig?=
Date: Mon, 2 Nov 2026 00:00:31 +0000
Message-ID: <expired.u4417.t90318@sakerfil.example.se>
Auto-Submitted: auto-generated
Feedback-ID: transfer-expired:u4417:sakerfil
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hej,

l=C3=A4nken till din =C3=B6verf=C3=B6ring har g=C3=A5tt ut och filen har in=
te h=C3=A4mtats.

  =C3=96verf=C3=B6ring:  T-90318
  Fil:         dataexport_2026-0452.zip (22,7 MB)
  Mottagare:   sofie.nyberg@telia-kund.example.se
  Skickad:     19 oktober 2026 10:42
  Gick ut:     2 november 2026 00:00
  H=C3=A4mtningar:  0

Eftersom du markerade =C3=B6verf=C3=B6ringen som "Inneh=C3=A5ller personupp=
gifter" har
filen raderats permanent fr=C3=A5n v=C3=A5ra servrar n=C3=A4r l=C3=A4nken g=
ick ut. Vi kan
inte =C3=A5terst=C3=A4lla den. Vill du skicka filen igen beh=C3=B6ver du sk=
apa en ny
=C3=B6verf=C3=B6ring.

Mottagaren har f=C3=A5tt tv=C3=A5 p=C3=A5minnelser (26 och 31 oktober).

Det h=C3=A4r mejlet skickades automatiskt fr=C3=A5n S=C3=A4kerfil. Svara in=
te p=C3=A5 det.
Hantera aviseringar: https://app.sakerfil.example.se/installningar/aviserin=
gar

S=C3=A4kerfil AB =C2=B7 Box 4412 =C2=B7 102 69 Stockholm
'''),
    ('sv', 'person-keeps-invoices-then-lock-them-outlook-ios', 'restriction', (),
'''Return-Path: <sofia.berg@outlook.com>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03olkn2014.outbound.protection.outlook.com [40.92.59.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rs1Mh6Vqpz9sQc
        for <privacy@shop.example.be>; Wed, 21 Oct 2026 08:58:44 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=outlook.com;
 s=selector1;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
 bh=Nd5Pf8Rh1Tj4Vl7Xn0Zp3Br6Dt9Fv2Hx5Jz8Lb1Nd4P=;
 b=Wk2Ym5Ao8Cq1Es4Gu7Iw0Ky3Ma6Oc9Qe2Sg5Ui8Wk1Ym4Ao7Cq0Es3Gu6Iw9Ky2Ma5Oc8Qe1Sg4Ui7Wk0Ym3Ao6Cq9Es2Gu5Iw8Ky1Ma4Oc7Qe0Sg3Ui6Wk9Ym2Ao5Cq8Es1Gu4Iw7Ky0Ma3Oc6Qe9Sg2Ui5W==
Received: from DB9P189MB1748.EURP189.PROD.OUTLOOK.COM (2603:10a6:10:2d4::11)
 by PAWP189MB2590.EURP189.PROD.OUTLOOK.COM (2603:10a6:102:377::8) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8398.17; Wed, 21 Oct
 2026 06:58:41 +0000
From: Sofia Berg <sofia.berg@outlook.com>
To: "Shop Example BV - Privacy Team" <privacy@shop.example.be>
Subject: =?utf-8?q?SV=3A_Ditt_=C3=A4rende_2026-0436_=E2=80=93_radering_delvis_genomf?=
 =?utf-8?q?=C3=B6rd?=
Thread-Topic: =?utf-8?q?Ditt_=C3=A4rende_2026-0436_=E2=80=93_radering_delvis_genomf=C3=B6r?=
 =?utf-8?q?d?=
Thread-Index: AQHcQb7TnF3kVxL0Qk2l9yAbC1dE4Ww8wP9x
Date: Wed, 21 Oct 2026 06:58:40 +0000
Message-ID: <DB9P189MB1748B3E1A07F6C2D9E514A8FC52F2@DB9P189MB1748.EURP189.PROD.OUTLOOK.COM>
References: <20261020120544.2026-0436.9f31@shop.example.be>
In-Reply-To: <20261020120544.2026-0436.9f31@shop.example.be>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

SGVqLAoKTmkgc2tyaXZlciBhdHQgbmkgbcOlc3RlIHNwYXJhIG1pbmEgZmFrdHVyb3IgaSA3IMOl
ciBlbmxpZ3QgYm9rZsO2cmluZ3NyZWdsZXJuYSBvY2ggZMOkcmbDtnIgaW50ZSBrYW4gcmFkZXJh
IGRlbS4gT2tlaiwgZGV0IGbDpXIgamFnIGFjY2VwdGVyYS4gTWVuIGTDpSB2aWxsIGphZyBhdHQg
bmkgQkFSQSBzcGFyYXIgZGVtLiBBbnbDpG5kIGRlbSBpbnRlIHRpbGwgbsOlZ290IGFubmF0OiBp
bmdhIGvDtnBhbmFseXNlciwgaW5nZW4gcHJvZmlsZXJpbmcsIGluZ2EgZXJianVkYW5kZW4gYmFz
ZXJhZGUgcMOlIHZhZCBqYWcgaGFyIGvDtnB0LCBpbmdlbiBkZWxuaW5nIG1lZCBtYXJrbmFkc3Bs
YXRzZW5zIHPDpGxqYXJlLiBMw6VzIGRlbSBoZWx0IGVua2VsdCB0aWxscyB0aWRlbiBoYXIgZ8Ol
dHQgdXQgb2NoIHJhZGVyYSBkZW0gc2VkYW4uCgpCZWtyw6RmdGEgZ8Okcm5hIGF0dCBkZXQgw6Ry
IGdqb3J0LgoKTXZoClNvZmlhIEJlcmcKCkjDpG10YSBPdXRsb29rIGbDtnIgaU9TPGh0dHBzOi8v
YWthLm1zL28wdWtlZj4KX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fX18KRnLDpW46IFNo
b3AgRXhhbXBsZSBCViAtIFByaXZhY3kgVGVhbSA8cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU+ClNr
aWNrYXQ6IHRpc2RhZywgb2t0b2JlciAyMCwgMjAyNiAxNDowNQpUaWxsOiBzb2ZpYS5iZXJnQG91
dGxvb2suY29tIDxzb2ZpYS5iZXJnQG91dGxvb2suY29tPgrDhG1uZTogRGl0dCDDpHJlbmRlIDIw
MjYtMDQzNiDigJMgcmFkZXJpbmcgZGVsdmlzIGdlbm9tZsO2cmQKCkhlaiBTb2ZpYSwKClZpIGhh
ciByYWRlcmF0IGRpdHQga3VuZGtvbnRvLCBkaXR0IGxvamFsaXRldHNrb3J0IG9jaCBkaW5hIHNw
YXJhZGUgYWRyZXNzZXIgZW5saWd0IGRpbiBiZWfDpHJhbiAow6RyZW5kZSAyMDI2LTA0MzYpLgoK
RGluYSBmYWt0dXJvciBvY2ggYmV0YWxuaW5nc3VwcGdpZnRlciBmw7ZyIGvDtnAgZGUgc2VuYXN0
ZSA3IMOlcmVuIGthbiB2aSB0eXbDpHJyIGludGUgcmFkZXJhLCBlZnRlcnNvbSB2aSBlbmxpZ3Qg
bGFnIG3DpXN0ZSBiZXZhcmEgYm9rZsO2cmluZ3N1bmRlcmxhZy4gRGUgcmFkZXJhcyBhdXRvbWF0
aXNrdCBuw6RyIGxhZ3JpbmdzdGlkZW4gbMO2cGVyIHV0LgoKVsOkbmxpZ2EgaMOkbHNuaW5nYXIK
SW50ZWdyaXRldHN0ZWFtZXQKU2hvcCBFeGFtcGxlIEJWCg==
'''),
    ('ro', 'qmail-bounce-no-mailbox', 'automated', (),
'''Return-Path: <>
Received: from mail.tipografia-arges.example.ro (mail.tipografia-arges.example.ro [89.40.118.77])
        by mx1.shop.example.be (Postfix) with SMTP id 4Rp1Kx8Zmwz9sFt
        for <privacy@shop.example.be>; Thu, 15 Oct 2026 10:23:12 +0200 (CEST)
Date: 15 Oct 2026 08:23:09 -0000
From: MAILER-DAEMON@mail.tipografia-arges.example.ro
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mail.tipografia-arges.example.ro.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ion.popescu@tipografia-arges.example.ro>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28114 invoked from network); 15 Oct 2026 08:23:08 -0000
Received: from out1.shop.example.be (193.58.201.11)
  by mail.tipografia-arges.example.ro with ESMTPS (TLS_AES_256_GCM_SHA384); 15 Oct 2026 08:23:08 -0000
From: Shop Example BV - Privacy Team <privacy@shop.example.be>
To: Ion Popescu <ion.popescu@tipografia-arges.example.ro>
Subject: =?utf-8?q?Re=3A_Solicitarea_dvs=2E_2026-0415_=E2=80=93_v=C4=83_rug=C4=83m_s?=
 =?utf-8?q?=C4=83_confirma=C8=9Bi_identitatea?=
Date: Thu, 15 Oct 2026 10:23:01 +0200
Message-ID: <20261015082301.2026-0415.61b9@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua, domnule Popescu,

Am primit cererea dvs. de acces la datele personale (nr. 2026-0415).
Pentru a v=C4=83 proteja datele, trebuie s=C4=83 ne asigur=C4=83m c=C4=83 c=
ererea vine de
la titularul contului. V=C4=83 rug=C4=83m s=C4=83 r=C4=83spunde=C8=9Bi la a=
cest mesaj de la
adresa de e-mail asociat=C4=83 contului dvs. sau s=C4=83 ne indica=C8=9Bi n=
um=C4=83rul
cardului de fidelitate.

Cu stim=C4=83,
Echipa de protec=C8=9Bie a datelor
Shop Example BV
'''),
    ('ro', 'exchange-online-ooo-romanian', 'automated', (),
'''Return-Path: <andreea.dumitrescu@constructii-delta.example.ro>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2071.outbound.protection.outlook.com [40.107.241.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rq7Dz0Njtz9sKh
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 08:10:47 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
 d=constructiidelta.onmicrosoft.com; s=selector1-constructiidelta-onmicrosoft-com;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
 bh=Hs4Ju7Lw0Ny3Pa6Rc9Te2Vg5Xi8Zk1Bm4Do7Fq0Hs3J=;
 b=Dk8Fm1Ho4Jq7Ls0Nu3Pw6Ry9Ta2Vc5Xe8Zg1Bi4Dk7Fm0Ho3Jq6Ls9Nu2Pw5Ry8Ta1Vc4Xe7Zg0Bi3Dk6Fm9Ho2Jq5Ls8Nu1Pw4Ry7Ta0Vc3Xe6Zg9Bi2Dk5Fm8Ho1Jq4Ls7Nu0Pw3Ry6Ta9Vc2Xe5Zg8B==
Received: from VI1PR03MB6217.eurprd03.prod.outlook.com (2603:10a6:800:14b::19)
 by AM9PR03MB7034.eurprd03.prod.outlook.com (2603:10a6:20b:2d6::7) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8398.21; Mon, 19 Oct
 2026 06:10:45 +0000
From: Andreea Dumitrescu <andreea.dumitrescu@constructii-delta.example.ro>
To: "Shop Example BV - Privacy Team" <privacy@shop.example.be>
Subject: =?utf-8?q?R=C4=83spuns_automat=3A_Re=3A_Solicitarea_dvs=2E_2026-0478_?=
 =?utf-8?q?=E2=80=93_v=C4=83_rug=C4=83m_s=C4=83_confirma=C8=9Bi_identitatea?=
Thread-Topic: =?utf-8?q?Re=3A_Solicitarea_dvs=2E_2026-0478_=E2=80=93_v=C4=83_rug=C4=83m_s?=
 =?utf-8?q?=C4=83_confirma=C8=9Bi_identitatea?=
Thread-Index: AQHcQ5pR0Tm2uFk8TUaN4cY7xXq1Bw==
Date: Mon, 19 Oct 2026 06:10:44 +0000
Message-ID: <VI1PR03MB62174C8E2B19A7D3F06E5B91A41C2@VI1PR03MB6217.eurprd03.prod.outlook.com>
In-Reply-To: <20261019061032.2026-0478.4a7d@shop.example.be>
References: <20261019061032.2026-0478.4a7d@shop.example.be>
Accept-Language: ro-RO, en-US
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: andreea.dumitrescu@constructii-delta.example.ro
Content-Type: multipart/alternative;
	boundary="_000_VI1PR03MB62174C8E2B19A7D3F06E5B91A41C2VI1PR03MB6217eurp_"
MIME-Version: 1.0

--_000_VI1PR03MB62174C8E2B19A7D3F06E5B91A41C2VI1PR03MB6217eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Sunt =C3=AEn concediu de odihn=C4=83 =C3=AEn perioada 19 =E2=80=93 30 octom=
brie 2026, f=C4=83r=C4=83 acces la e-mail.
Pentru probleme urgente legate de ofertare v=C4=83 rog s=C4=83 o contacta=
=C8=9Bi pe colega mea, Cristina Marin (cristina.marin@constructii-delta.exa=
mple.ro, 0744 218 903).

Mul=C8=9Bumesc,
Andreea Dumitrescu
Manager achizi=C8=9Bii | Construc=C8=9Bii Delta SRL
--_000_VI1PR03MB62174C8E2B19A7D3F06E5B91A41C2VI1PR03MB6217eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body><div style=3D"font-family:Aptos,Calibri,Helvetica,sans-serif;font-siz=
e:12pt">
<p>Bun=C4=83 ziua,</p>
<p>Sunt =C3=AEn concediu de odihn=C4=83 =C3=AEn perioada 19 =E2=80=93 30 oc=
tombrie 2026, f=C4=83r=C4=83 acces la e-mail.<br>
Pentru probleme urgente legate de ofertare v=C4=83 rog s=C4=83 o contacta=
=C8=9Bi pe colega mea, Cristina Marin (cristina.marin@constructii-delta.exa=
mple.ro, 0744 218 903).</p>
<p>Mul=C8=9Bumesc,<br>Andreea Dumitrescu<br>Manager achizi=C8=9Bii | Constr=
uc=C8=9Bii Delta SRL</p>
</div></body></html>
--_000_VI1PR03MB62174C8E2B19A7D3F06E5B91A41C2VI1PR03MB6217eurp_--
'''),
    ('ro', 'request-platform-operator-reply-registered', 'automated', (),
'''Return-Path: <bounces+38120447-a6f1-privacy=shop.example.be@em7341.drepturidate.example.ro>
Received: from o2.em7341.drepturidate.example.ro (o2.em7341.drepturidate.example.ro [149.72.146.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rz4Pc2Wgbz9sXm
        for <privacy@shop.example.be>; Wed, 4 Nov 2026 11:44:06 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=drepturidate.example.ro;
	h=content-type:from:mime-version:subject:reply-to:to:cc:content-type:from:
	subject:to;
	s=s1; bh=Bv6Dx9Fz2Hb5Jd8Lf1Nh4Pj7Rl0Tn3Vp6Xr9Zt2Bv5D=;
	b=Cw3Ey6Ga9Ic2Ke5Mg8Oi1Qk4Sm7Uo0Wq3Ys6Au9Cw2Ey5Ga8Ic1Ke4Mg7Oi0Qk3Sm6Uo9Wq2Ys5Au8Cw1Ey4Ga7Ic0Ke3Mg6Oi9Qk2Sm5Uo8Wq1Ys4Au7Cw0Ey3Ga6Ic9Ke2Mg5Oi8Qk1Sm4Uo7Wq0Ys3A=
Content-Type: multipart/alternative; boundary=b4f9c2e71a5d403688e0f3a7c1b9d256
Date: Wed, 04 Nov 2026 10:44:02 +0000 (UTC)
From: "DrepturiDate.ro" <nu-raspunde@drepturidate.example.ro>
Mime-Version: 1.0
Message-ID: <Xq8TbN2vRm6LkP0wYc4HsA@geopod-ismtpd-7>
Reply-To: cerere-dd2026118342@relay.drepturidate.example.ro
Subject: =?utf-8?q?Confirmare=3A_r=C4=83spunsul_operatorului_a_fost_=C3=AEnregistrat_?=
 =?utf-8?q?=E2=80=93_cererea_DD-2026-118342?=
To: privacy@shop.example.be
Auto-Submitted: auto-generated
X-SG-EID: u001.Kp3Rt6Vx9Zb2Dd5Ff8Hh1Jj4Ll7Nn0Pp3Rr6Tt9Vv2Xx5Zz8Bb1Dd4Ff7Hh0Jj3Ll6Nn9Pp2Rr5
X-Entity-ID: u001.Qm7Sp0Ur3Wt6Yv9
Feedback-ID: 38120447:SG

--b4f9c2e71a5d403688e0f3a7c1b9d256
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=utf-8
Mime-Version: 1.0

DrepturiDate.ro =E2=80=93 platforma pentru exercitarea drepturilor GDPR

C=C4=83tre: Shop Example BV (operator de date)

Am primit r=C4=83spunsul dvs. la cererea DD-2026-118342.

Tip cerere:     Acces la datele personale (art. 15 GDPR) =C8=99i =C8=99terg=
ere
                a datelor de marketing (art. 17 GDPR)
Persoana vizat=C4=83: utilizator DrepturiDate.ro (identitate verificat=C4=
=83
                de platform=C4=83, mandat semnat la 06.10.2026)
Depus=C4=83 la:      06.10.2026
R=C4=83spuns primit: 04.11.2026, 11:43 (ora Rom=C3=A2niei)
Ata=C8=99amente:     2 (export_date_2026-0463.zip, scrisoare_raspuns.pdf)

R=C4=83spunsul a fost transmis persoanei vizate. Aceasta are 14 zile pentru
a confirma c=C4=83 r=C4=83spunsul este complet sau pentru a semnala lipsuri.
V=C4=83 vom notifica automat prin acest canal.

V=C4=83 rug=C4=83m s=C4=83 nu r=C4=83spunde=C8=9Bi la acest mesaj. Corespon=
den=C8=9Ba ulterioar=C4=83
legat=C4=83 de aceast=C4=83 cerere trebuie trimis=C4=83 exclusiv la adresa:
cerere-dd2026118342@relay.drepturidate.example.ro

Politica de confiden=C8=9Bialitate: https://drepturidate.example.ro/confide=
ntialitate
DrepturiDate.ro este un serviciu al Asocia=C8=9Biei pentru Drepturi Digital=
e,
str. Lalelelor 14, 400 123 Cluj-Napoca.
--b4f9c2e71a5d403688e0f3a7c1b9d256
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=utf-8
Mime-Version: 1.0

<html><body style=3D"font-family:Helvetica,Arial,sans-serif;color:#222">
<h2>R=C4=83spunsul operatorului a fost =C3=AEnregistrat</h2>
<p>Am primit r=C4=83spunsul dvs. la cererea <b>DD-2026-118342</b> (acces la=
 datele personale =C8=99i =C8=99tergere a datelor de marketing).</p>
<p>R=C4=83spuns primit: 04.11.2026, 11:43 =C2=B7 Ata=C8=99amente: 2</p>
<p>R=C4=83spunsul a fost transmis persoanei vizate, care are 14 zile pentru=
 a confirma c=C4=83 este complet.</p>
<p style=3D"font-size:12px;color:#777">V=C4=83 rug=C4=83m s=C4=83 nu r=C4=
=83spunde=C8=9Bi la acest mesaj. Coresponden=C8=9Ba ulterioar=C4=83: cerere=
-dd2026118342@relay.drepturidate.example.ro</p>
</body></html>
--b4f9c2e71a5d403688e0f3a7c1b9d256--
'''),
    ('ro', 'person-thanks-then-wrong-address-order-yahoo', 'other', (),
'''Return-Path: <mirela.stan84@yahoo.com>
Received: from sonic311-24.consmr.mail.ir2.yahoo.com (sonic311-24.consmr.mail.ir2.yahoo.com [77.238.176.156])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rx5Gt3Bvnz9sLw
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 19:05:18 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=1793383513;
	bh=Jm2Lo5Nq8Ps1Ru4Tw7Vy0Xa3Zc6Be9Dg2Fi5Hk8Jm1L=;
	h=Date:From:To:In-Reply-To:References:Subject:From:Subject:Reply-To;
	b=Ep4Gr7It0Kv3Mx6Oz9Qb2Sd5Uf8Wh1Yj4Al7Cn0Ep3Gr6It9Kv2Mx5Oz8Qb1Sd4Uf7Wh0Yj3Al6Cn9Ep2Gr5It8Kv1Mx4Oz7Qb0Sd3Uf6Wh9Yj2Al5Cn8Ep1Gr4It7Kv0Mx3Oz6Qb9Sd2Uf5Wh8Yj1Al4Cn7E==
Received: by hermes--production-ir2-85d9f4c7b-x7k2p (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID 6b1e0f3a9c4d27e58b0a1f6c3d9e4b72
          for <privacy@shop.example.be>;
          Fri, 30 Oct 2026 18:05:14 +0000 (UTC)
Date: Fri, 30 Oct 2026 18:05:13 +0000 (UTC)
From: Mirela Stan <mirela.stan84@yahoo.com>
To: "Shop Example BV - Privacy Team" <privacy@shop.example.be>
Message-ID: <1238847512.2204871.1793383513240@mail.yahoo.com>
In-Reply-To: <20261028140311.2026-0459.c83e@shop.example.be>
References: <20261028140311.2026-0459.c83e@shop.example.be>
Subject: =?utf-8?q?Re=3A_Solicitarea_dvs=2E_2026-0459_=E2=80=93_r=C4=83spunsul_nostru?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: WebService/1.1.24562 YMailNorrinAndroid

Bună ziua,

Mulțumesc pentru răspuns, am primit fișierul și e în regulă.

Vă scriu aici pentru că nu găsesc alt e-mail: comanda nr. 700-3318842 din 22 octombrie a fost livrată la adresa mea veche din Cluj, deși am schimbat adresa în aplicație (Brașov) înainte să comand. Curierul spune că a predat coletul, dar eu nu l-am primit. Ce pot să fac? Îmi trimiteți alt colet sau îmi dați banii înapoi?

Mulțumesc,
Mirela Stan
0723 514 880

Trimis de pe Yahoo Mail pe Android

   Pe mie., oct. 28, 2026 la 15:03, Shop Example BV - Privacy Team<privacy@shop.example.be> a scris:   Bună ziua, doamnă Stan,

Vă transmitem în atașament copia datelor dvs. personale, conform cererii nr. 2026-0459. Fișierul conține datele contului, istoricul comenzilor și datele cardului de fidelitate.

Dacă aveți întrebări despre datele dvs., puteți răspunde la acest mesaj.

Cu stimă,
Echipa de protecție a datelor
Shop Example BV
'''),
    ('el', 'exchange-onprem-ooo-greek', 'automated', (),
'''Return-Path: <g.antoniou@thessaloniki-trade.example.gr>
Received: from mail.thessaloniki-trade.example.gr (mail.thessaloniki-trade.example.gr [62.103.44.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rr6Yh5Cmqz9sNv
        for <privacy@shop.example.be>; Tue, 20 Oct 2026 10:33:31 +0200 (CEST)
Received: from TTEXCH01.tt.local (192.168.10.5) by TTEXCH01.tt.local
 (192.168.10.5) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.2507.39; Tue, 20 Oct
 2026 11:33:27 +0300
From: =?utf-8?b?zpPOuc+Oz4HOs86/z4IgzpHOvc+Ez4nOvc6vzr/PhQ==?= <g.antoniou@thessaloniki-trade.example.gr>
To: "Shop Example BV - Privacy Team" <privacy@shop.example.be>
Subject: =?utf-8?b?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiDOpM6/IM6xzq/PhM63?=
 =?utf-8?b?zrzOrCDPg86xz4IgMjAyNi0wNDkwIOKAkyDPh8+BzrXOuc6xzrbPjM68zrHPg8+E?=
 =?utf-8?b?zrUgzrXPgM65zrLOtc6yzrHOr8+Jz4POtyDPhM6xz4XPhM+Mz4TOt8+EzrHPgg==?=
Thread-Topic: =?utf-8?b?zqTOvyDOsc6vz4TOt868zqwgz4POsc+CIDIwMjYtMDQ5MCDigJMgz4fPgc61zrk=?=
 =?utf-8?b?zrHOts+MzrzOsc+Dz4TOtSDOtc+AzrnOss61zrLOsc6vz4nPg863IM+EzrHPhc+E?=
 =?utf-8?b?z4zPhM63z4TOsc+C?=
Thread-Index: AQHcQrWx7mN2fT9kR0OcXk3pZ8dE5A==
Date: Tue, 20 Oct 2026 11:33:27 +0300
Message-ID: <b3e1d8f27c4a4e95a0f6c2d71e8b9a34@TTEXCH01.tt.local>
In-Reply-To: <20261020083315.2026-0490.e2b4@shop.example.be>
References: <20261020083315.2026-0490.e2b4@shop.example.be>
Accept-Language: el-GR, en-US
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: g.antoniou@thessaloniki-trade.example.gr
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs6YzrEgzrHPgM6/z4XPg865zqzOts+JIM6xz4DP
jCDPhM6/IM6zz4HOsc+GzrXOr86/IM6tz4nPgiDOus6xzrkgz4TOt869IM6gzrHPgc6xz4POus61
z4XOriAzMCDOn866z4TPic6yz4HOr86/z4UgMjAyNiwgz4fPic+Bzq/PgiDPgM+Bz4zPg86yzrHP
g863IM+Dz4TOvyDOt867zrXOus+Ez4HOv869zrnOus+MIM+EzrHPh8+FzrTPgc6/zrzOtc6vzr8u
Cs6TzrnOsSDOtc+AzrXOr86zzr/Ovc+EzrEgzrjOrc68zrHPhM6xIM+AzrHPgc6xzrrOsc67z44g
zrXPgM65zrrOv865zr3Pic69zq7Pg8+EzrUgzrzOtSDPhM6/IM67zr/Os865z4PPhM6uz4HOuc6/
IM+Dz4TOvyAyMzEwIDU1NSAyMTQgzq4gz4PPhM6/IGFjY291bnRpbmdAdGhlc3NhbG9uaWtpLXRy
YWRlLmV4YW1wbGUuZ3IuCgrOnM61IM61zrrPhM6vzrzOt8+DzrcsCs6TzrnPjs+BzrPOv8+CIM6R
zr3PhM+Jzr3Or86/z4UKCkkgYW0gb3V0IG9mIHRoZSBvZmZpY2UgdW50aWwgRnJpZGF5IDMwIE9j
dG9iZXIgMjAyNiB3aXRoIG5vIGFjY2VzcyB0byBlLW1haWwuCg==
'''),
    ('el', 'sendmail-bounce-user-unknown-university', 'automated', (),
'''Return-Path: <>
Received: from mail.chem.panepistimio.example.gr (mail.chem.panepistimio.example.gr [195.134.71.10])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rs9Ld2Mqfz9sVx
        for <privacy@shop.example.be>; Thu, 22 Oct 2026 15:48:06 +0200 (CEST)
Received: from localhost (localhost)
	by mail.chem.panepistimio.example.gr (8.17.2/8.17.2) id 59MDm3Kq041187;
	Thu, 22 Oct 2026 16:48:03 +0300
Date: Thu, 22 Oct 2026 16:48:03 +0300
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.chem.panepistimio.example.gr>
Message-Id: <202610221348.59MDm3Kq041187@mail.chem.panepistimio.example.gr>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="59MDm3Kq041187.1792676883/mail.chem.panepistimio.example.gr"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--59MDm3Kq041187.1792676883/mail.chem.panepistimio.example.gr

The original message was received at Thu, 22 Oct 2026 16:48:02 +0300
from out2.shop.example.be [193.58.201.12]

   ----- The following addresses had permanent fatal errors -----
<n.georgiou@chem.panepistimio.example.gr>
    (reason: 550 5.1.1 <n.georgiou@chem.panepistimio.example.gr>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailhost.chem.panepistimio.example.gr.:
>>> DATA
<<< 550 5.1.1 <n.georgiou@chem.panepistimio.example.gr>... User unknown
550 5.1.1 <n.georgiou@chem.panepistimio.example.gr>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

--59MDm3Kq041187.1792676883/mail.chem.panepistimio.example.gr
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.chem.panepistimio.example.gr
Received-From-MTA: DNS; out2.shop.example.be
Arrival-Date: Thu, 22 Oct 2026 16:48:02 +0300

Final-Recipient: RFC822; n.georgiou@chem.panepistimio.example.gr
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailhost.chem.panepistimio.example.gr
Diagnostic-Code: SMTP; 550 5.1.1 <n.georgiou@chem.panepistimio.example.gr>... User unknown
Last-Attempt-Date: Thu, 22 Oct 2026 16:48:03 +0300

--59MDm3Kq041187.1792676883/mail.chem.panepistimio.example.gr
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out2.shop.example.be (out2.shop.example.be [193.58.201.12])
	by mail.chem.panepistimio.example.gr (8.17.2/8.17.2) with ESMTP id 59MDm2Gx041181
	for <n.georgiou@chem.panepistimio.example.gr>; Thu, 22 Oct 2026 16:48:02 +0300
From: Shop Example BV - Privacy Team <privacy@shop.example.be>
To: =?utf-8?b?zp3Or866zr/PgiDOk861z4nPgc6zzq/Ov8+F?= <n.georgiou@chem.panepistimio.example.gr>
Subject: =?utf-8?b?UmU6IM6kzr8gzrHOr8+EzrfOvM6sIM+DzrHPgiAyMDI2LTA0NzIg4oCTIM63IM61?=
 =?utf-8?b?zr7Osc6zz4nOs86uIM+Ez4nOvSDOtM61zrTOv868zq3Ovc+Jzr0gz4POsc+CIM61?=
 =?utf-8?b?zq/Ovc6xzrkgzq3PhM6/zrnOvM63?=
Date: Thu, 22 Oct 2026 15:47:55 +0200
Message-ID: <20261022134755.2026-0472.5d18@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

--59MDm3Kq041187.1792676883/mail.chem.panepistimio.example.gr--
'''),
    ('el', 'law-firm-case-system-receipt-greek', 'automated', (),
'''Return-Path: <ypotheseis@karagianni-law.example.gr>
Received: from smtp.karagianni-law.example.gr (smtp.karagianni-law.example.gr [94.70.231.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rz6Qn4Dwkz9sBf
        for <privacy@shop.example.be>; Thu, 5 Nov 2026 08:12:44 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=karagianni-law.example.gr;
	s=default; t=1793599960;
	bh=Px7Rz0Tb3Vd6Xf9Zh2Bj5Dl8Fn1Hp4Jr7Lt0Nv3Px6R=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=Gs1Iu4Kw7My0Oa3Qc6Se9Ug2Wi5Yk8Am1Co4Eq7Gs0Iu3Kw6My9Oa2Qc5Se8Ug1Wi4Yk7Am0Co3Eq6Gs9Iu2Kw5My8Oa1Qc4Se7Ug0Wi3Yk6Am9Co2Eq5Gs8Iu1Kw4My7Oa0Qc3Se6Ug9Wi2Yk5Am8Co1E=
From: =?utf-8?b?zprOsc+BzrHOs865zqzOvc69zrcgJiDOo8+Fzr3Otc+BzrPOrM+EzrXPgg==?= <ypotheseis@karagianni-law.example.gr>
To: privacy@shop.example.be
Cc: e.karagianni@karagianni-law.example.gr
Subject: =?utf-8?b?W86lz4DPjM64zrXPg863IDIwMjYvMTE4N10gzpHPgM6/zrTOtc65zrrPhM65zro=?=
 =?utf-8?b?z4wgz4DOsc+BzrHOu86xzrLOrs+CIM68zrfOvc+NzrzOsc+Ezr/Pgg==?=
Date: Thu, 5 Nov 2026 09:12:40 +0200
Message-ID: <case-2026-1187.rcpt.7f21c9@karagianni-law.example.gr>
In-Reply-To: <20261105071228.2026-0484.0c5a@shop.example.be>
Auto-Submitted: auto-replied
X-Mailer: CaseDesk 4.3 Notification Service
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

zpTOuc66zrfOs86/z4HOuc66zq4gzpXPhM6xzrnPgc61zq/OsSDOms6xz4HOsc6zzrnOrM69zr3O
tyAmIM6jz4XOvc61z4HOs86sz4TOtc+CCs6jz43Pg8+EzrfOvM6xIM60zrnOsc+HzrXOr8+BzrnP
g863z4Igz4XPgM6/zrjOrc+DzrXPic69IOKAkyDOsc+Fz4TPjM68zrHPhM6/IM6xz4DOv860zrXO
uc66z4TOuc66z4wgz4DOsc+BzrHOu86xzrLOrs+CCgrOpM6/IM68zq7Ovc+FzrzOrCDPg86xz4Ig
z4DOsc+BzrXOu86uz4bOuM63IM66zrHOuSDOus6xz4TOsc+Hz4nPgc6vz4PPhM63zrrOtSDPg8+E
zr/OvSDPhs6szrrOtc67zr8gz4TOt8+CIM+Fz4DPjM64zrXPg863z4IuCgogIM6Rz4HOuc64zrzP
jM+CIM+Fz4DPjM64zrXPg863z4I6ICAyMDI2LzExODcKICDOlc69z4TOv867zq3Osc+COiAgICAg
ICAgICDOlC4gzqPPhM6xzrzOsc+Ezr/PgM6/z43Ou86/z4UKICDOkc69z4TOuc66zrXOr868zrXO
vc6/OiAgICAgICBTaG9wIEV4YW1wbGUgQlYg4oCTIM6xzq/PhM63zrzOsSDPgM+Bz4zPg86yzrHP
g863z4Igz4PPhM6xIM+Az4HOv8+Dz4nPgM65zrrOrAogICAgICAgICAgICAgICAgICAgICDOtM61
zrTOv868zq3Ovc6xIM66zrHOuSDOtc69zrHOvc+Ezq/Pic+Dzrcgz4PPhM63zr0gzrrOsc+EzqzP
gc+EzrnPg863IM+Az4HOv8+Gzq/OuwogICAgICAgICAgICAgICAgICAgICAozqzPgc64z4HOsSAx
NSDOus6xzrkgMjEgzpPOms6gzpQpCiAgzpjOrc68zrEgzrzOt869z43OvM6xz4TOv8+COiAgICBS
ZTogzqTOvyDOsc6vz4TOt868zrEgMjAyNi0wNDg0IOKAkyDPgM6xz4HOrM+EzrHPg863IM+Az4HO
v864zrXPg868zq/Osc+CIM66zrHPhM6sIM6tzr3Osc69IM68zq7Ovc6xCiAgzqDOsc+BzrHOu86x
zrLOrjogICAgICAgICAgMDUuMTEuMjAyNiwgMDk6MTIKICDOo8+Fzr3Ot868zrzOrc69zrE6ICAg
ICAgICAgMAoKzpcgz4DOsc+BzrHOu86xzrLOriDPhM6/z4UgzrzOt869z43OvM6xz4TOv8+CIM60
zrXOvSDPg8+Fzr3Ouc+Dz4TOrCDOsc+Azr/OtM6/z4fOriDPhM6/z4Ugz4DOtc+BzrnOtc+Hzr/O
vM6tzr3Ov8+FIM+Ezr/PhSDOv8+Nz4TOtQrPgM6xz4HOsc6vz4TOt8+DzrcgzrHPgM+MIM6/z4DO
v865zr/OtM6uz4DOv8+EzrUgzrTOuc66zrHOr8+JzrzOsSDPhM6/z4UgzrXOvc+Ezr/Ou86tzrEg
zrzOsc+CLiDOnyDPh861zrnPgc65z4PPhM6uz4IKzrTOuc66zrfOs8+Mz4HOv8+CIM64zrEgzrXP
gM65zrrOv865zr3Pic69zq7Pg861zrkgzrzOsc62zq8gz4POsc+CIM61z4bPjM+Dzr/OvSDOsc+A
zrHOuc+EzrXOr8+EzrHOuS4KCs6Rz4XPhM+MIM+Ezr8gzrzOrs69z4XOvM6xIM60zrfOvM65zr/P
hc+BzrPOrs64zrfOus61IM6xz4XPhM+MzrzOsc+EzrEuIM6gzrHPgc6xzrrOsc67zr/Pjc68zrUg
zrzOt869IM6xz4DOsc69z4TOrs+DzrXPhM61LgrOk865zrEgz4TOt869IM6xzrvOu863zrvOv86z
z4HOsc+Gzq/OsSDPg86xz4IgzrHOvc6xz4bOrc+BzrXPhM61IM+AzqzOvc+EzrEgz4TOv869IM6x
z4HOuc64zrzPjCDPhc+Az4zOuM61z4POt8+CIM+Dz4TOvyDOuM6tzrzOsS4KCs6azrHPgc6xzrPO
uc6szr3Ovc63ICYgzqPPhc69zrXPgc6zzqzPhM61z4Ig4oCTIM6UzrnOus63zrPOv8+BzrnOus6u
IM6Vz4TOsc65z4HOtc6vzrEKzpvOtc+Jz4YuIM6SzrHPg865zrvOr8+Dz4POt8+CIM6jzr/Phs6v
zrHPgiA4OCwgMTE1IDI4IM6RzrjOrs69zrEK
'''),
    ('el', 'person-received-fine-correct-surname-outlook-disclaimer', 'correction', (),
'''Return-Path: <d.papadopoulou@aegean-shipping.example.gr>
Received: from mail.aegean-shipping.example.gr (mail.aegean-shipping.example.gr [212.205.18.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rv2Kf7Hmrz9sDq
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 12:28:01 +0100 (CET)
From: =?utf-8?b?zpTOrs68zrfPhM+BzrEgzqDOsc+AzrHOtM6/z4DOv8+NzrvOv8+F?= <d.papadopoulou@aegean-shipping.example.gr>
To: "'Shop Example BV - Privacy Team'" <privacy@shop.example.be>
Subject: =?utf-8?b?zpHOoDogzpcgzrXOvs6xzrPPic6zzq4gz4TPic69IM60zrXOtM6/zrzOrc69z4k=?=
 =?utf-8?b?zr0gz4POsc+CIM61zq/Ovc6xzrkgzq3PhM6/zrnOvM63IOKAkyDOsc6vz4TOt868?=
 =?utf-8?b?zrEgMjAyNi0wNDQ5?=
Date: Mon, 26 Oct 2026 13:27:55 +0200
Message-ID: <000b01dc4530$7a2e91c0$6e8bb540$@aegean-shipping.example.gr>
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_NextPart_000_000C_01DC4541.3DB761C0"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQIb9Kc3Wz1rT0pLx8d2QfE5mN7sVAGk2Rt8s3hYf0A=
Content-Language: el
In-Reply-To: <20261023101402.2026-0449.7b20@shop.example.be>
References: <20261023101402.2026-0449.7b20@shop.example.be>

This is a multipart message in MIME format.

------=_NextPart_000_000C_01DC4541.3DB761C0
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=B1 =CF=83=CE=B1=CF=82,

=CE=A4=CE=BF =CE=B1=CF=81=CF=87=CE=B5=CE=AF=CE=BF =CF=84=CE=BF =CF=80=CE=B1=
=CF=81=CE=AD=CE=BB=CE=B1=CE=B2=CE=B1 =CE=BA=CE=B1=CE=BD=CE=BF=CE=BD=CE=B9=
=CE=BA=CE=AC =CE=BA=CE=B1=CE=B9 =CF=84=CE=BF =CE=AC=CE=BD=CE=BF=CE=B9=CE=BE=
=CE=B1 =CF=87=CF=89=CF=81=CE=AF=CF=82 =CF=80=CF=81=CF=8C=CE=B2=CE=BB=CE=B7=
=CE=BC=CE=B1, =CF=83=CE=B1=CF=82 =CE=B5=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=
=CF=84=CF=8E =CE=B3=CE=B9=CE=B1 =CF=84=CE=B7=CE=BD =CF=84=CE=B1=CF=87=CF=8D=
=CF=84=CE=B7=CF=84=CE=B1.

=CE=88=CE=BD=CE=B1 =CF=80=CF=81=CE=AC=CE=B3=CE=BC=CE=B1 =CE=BC=CF=8C=CE=BD=
=CE=BF: =CF=83=CF=84=CE=B1 =CF=83=CF=84=CE=BF=CE=B9=CF=87=CE=B5=CE=AF=CE=B1=
 =CF=84=CE=BF=CF=85 =CE=BB=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=B1=CF=83=CE=BC=
=CE=BF=CF=8D =CE=BA=CE=B1=CE=B9 =CF=84=CE=B7=CF=82 =CE=BA=CE=AC=CF=81=CF=84=
=CE=B1=CF=82 =CE=BC=CE=AD=CE=BB=CE=BF=CF=85=CF=82 =CF=84=CE=BF =CE=B5=CF=80=
=CF=8E=CE=BD=CF=85=CE=BC=CF=8C =CE=BC=CE=BF=CF=85 =CE=B5=CE=AF=CE=BD=CE=B1=
=CE=B9 =CE=B3=CF=81=CE=B1=CE=BC=CE=BC=CE=AD=CE=BD=CE=BF =C2=AB=CE=A0=CE=B1=
=CF=80=CE=B1=CE=B4=CF=8C=CF=80=CE=BF=CF=85=CE=BB=CE=BF=CF=82=C2=BB =CE=B1=
=CE=BD=CF=84=CE=AF =CE=B3=CE=B9=CE=B1 =C2=AB=CE=A0=CE=B1=CF=80=CE=B1=CE=B4=
=CE=BF=CF=80=CE=BF=CF=8D=CE=BB=CE=BF=CF=85=C2=BB, =CE=BA=CE=B1=CE=B9 =CE=B7=
 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7 =CE=B3=CF=81=CE=AC=
=CF=86=CE=B5=CE=B9 =C2=AB=CE=91=CE=B3. =CE=94=CE=B7=CE=BC=CE=B7=CF=84=CF=81=
=CE=AF=CE=BF=CF=85 41=C2=BB =CE=B5=CE=BD=CF=8E =CF=84=CE=BF =CF=83=CF=89=CF=
=83=CF=84=CF=8C =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 14. =CE=9C=CF=80=CE=BF=CF=81=
=CE=B5=CE=AF=CF=84=CE=B5 =CE=BD=CE=B1 =CF=84=CE=B1 =CE=B4=CE=B9=CE=BF=CF=81=
=CE=B8=CF=8E=CF=83=CE=B5=CF=84=CE=B5;

=CE=95=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=CF=84=CF=8E,
=CE=94=CE=AE=CE=BC=CE=B7=CF=84=CF=81=CE=B1 =CE=A0=CE=B1=CF=80=CE=B1=CE=B4=
=CE=BF=CF=80=CE=BF=CF=8D=CE=BB=CE=BF=CF=85

=CE=94=CE=AE=CE=BC=CE=B7=CF=84=CF=81=CE=B1 =CE=A0=CE=B1=CF=80=CE=B1=CE=B4=
=CE=BF=CF=80=CE=BF=CF=8D=CE=BB=CE=BF=CF=85
=CE=A5=CF=80=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CE=B7 =CE=9D=CE=B1=CF=85=CE=BB=
=CF=8E=CF=83=CE=B5=CF=89=CE=BD | Chartering Manager
Aegean Shipping Services =CE=91.=CE=95.
=CE=91=CE=BA=CF=84=CE=AE =CE=9C=CE=B9=CE=B1=CE=BF=CF=8D=CE=BB=CE=B7 53, 185=
 36 =CE=A0=CE=B5=CE=B9=CF=81=CE=B1=CE=B9=CE=AC=CF=82
=CE=A4: +30 210 428 7731 | =CE=9A: +30 694 512 0387

=CE=91=CE=A0=CE=9F=CE=A0=CE=9F=CE=99=CE=97=CE=A3=CE=97 =CE=95=CE=A5=CE=98=
=CE=A5=CE=9D=CE=97=CE=A3: =CE=A4=CE=BF =CF=80=CE=B1=CF=81=CF=8C=CE=BD =CE=
=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1 =CE=B7=CE=BB=CE=B5=CE=BA=CF=84=CF=81=CE=
=BF=CE=BD=CE=B9=CE=BA=CE=BF=CF=8D =CF=84=CE=B1=CF=87=CF=85=CE=B4=CF=81=CE=
=BF=CE=BC=CE=B5=CE=AF=CE=BF=CF=85 =CE=BA=CE=B1=CE=B9 =CF=84=CF=85=CF=87=CF=
=8C=CE=BD =CF=83=CF=85=CE=BD=CE=B7=CE=BC=CE=BC=CE=AD=CE=BD=CE=B1 =CE=B1=CF=
=81=CF=87=CE=B5=CE=AF=CE=B1 =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=B5=CE=BC=CF=
=80=CE=B9=CF=83=CF=84=CE=B5=CF=85=CF=84=CE=B9=CE=BA=CE=AC =CE=BA=CE=B1=CE=
=B9 =CF=80=CF=81=CE=BF=CE=BF=CF=81=CE=AF=CE=B6=CE=BF=CE=BD=CF=84=CE=B1=CE=
=B9 =CE=B1=CF=80=CE=BF=CE=BA=CE=BB=CE=B5=CE=B9=CF=83=CF=84=CE=B9=CE=BA=CE=
=AC =CE=B3=CE=B9=CE=B1 =CF=87=CF=81=CE=AE=CF=83=CE=B7 =CE=B1=CF=80=CF=8C =
=CF=84=CE=BF=CE=BD =CF=80=CE=B1=CF=81=CE=B1=CE=BB=CE=AE=CF=80=CF=84=CE=B7 =
=CF=83=CF=84=CE=BF=CE=BD =CE=BF=CF=80=CE=BF=CE=AF=CE=BF =CE=B1=CF=80=CE=B5=
=CF=85=CE=B8=CF=8D=CE=BD=CE=BF=CE=BD=CF=84=CE=B1=CE=B9. =CE=95=CE=AC=CE=BD =
=CF=84=CE=BF =CE=BB=CE=AC=CE=B2=CE=B1=CF=84=CE=B5 =CE=B5=CE=BA =CF=80=CE=B1=
=CF=81=CE=B1=CE=B4=CF=81=CE=BF=CE=BC=CE=AE=CF=82, =CF=80=CE=B1=CF=81=CE=B1=
=CE=BA=CE=B1=CE=BB=CE=BF=CF=8D=CE=BC=CE=B5 =CE=B5=CE=BD=CE=B7=CE=BC=CE=B5=
=CF=81=CF=8E=CF=83=CF=84=CE=B5 =CE=B1=CE=BC=CE=AD=CF=83=CF=89=CF=82 =CF=84=
=CE=BF=CE=BD =CE=B1=CF=80=CE=BF=CF=83=CF=84=CE=BF=CE=BB=CE=AD=CE=B1 =CE=BA=
=CE=B1=CE=B9 =CE=B4=CE=B9=CE=B1=CE=B3=CF=81=CE=AC=CF=88=CF=84=CE=B5 =CF=84=
=CE=BF =CE=B1=CF=80=CF=8C =CF=84=CE=BF =CF=83=CF=8D=CF=83=CF=84=CE=B7=CE=BC=
=CE=AC =CF=83=CE=B1=CF=82. =CE=91=CF=80=CE=B1=CE=B3=CE=BF=CF=81=CE=B5=CF=8D=
=CE=B5=CF=84=CE=B1=CE=B9 =CE=BA=CE=AC=CE=B8=CE=B5 =CE=BC=CE=B7 =CE=B5=CE=BE=
=CE=BF=CF=85=CF=83=CE=B9=CE=BF=CE=B4=CE=BF=CF=84=CE=B7=CE=BC=CE=AD=CE=BD=CE=
=B7 =CF=87=CF=81=CE=AE=CF=83=CE=B7, =CE=B1=CE=BD=CF=84=CE=B9=CE=B3=CF=81=CE=
=B1=CF=86=CE=AE =CE=AE =CE=BA=CE=BF=CE=B9=CE=BD=CE=BF=CF=80=CE=BF=CE=AF=CE=
=B7=CF=83=CE=B7. =CE=97 Aegean Shipping Services =CE=91.=CE=95. =CE=B4=CE=
=B5=CE=BD =CE=B5=CF=85=CE=B8=CF=8D=CE=BD=CE=B5=CF=84=CE=B1=CE=B9 =CE=B3=CE=
=B9=CE=B1 =CF=84=CF=85=CF=87=CF=8C=CE=BD =CE=B9=CE=BF=CF=8D=CF=82 =CE=AE =
=CE=B3=CE=B9=CE=B1 =CF=84=CE=B7=CE=BD =CF=80=CE=BB=CE=B7=CF=81=CF=8C=CF=84=
=CE=B7=CF=84=CE=B1 =CF=84=CE=BF=CF=85 =CF=80=CE=B5=CF=81=CE=B9=CE=B5=CF=87=
=CE=BF=CE=BC=CE=AD=CE=BD=CE=BF=CF=85. =CE=A4=CE=B1 =CF=80=CF=81=CE=BF=CF=83=
=CF=89=CF=80=CE=B9=CE=BA=CE=AC =CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=
=CE=B1 =CF=80=CE=BF=CF=85 =CF=80=CE=B5=CF=81=CE=B9=CE=AD=CF=87=CE=BF=CE=BD=
=CF=84=CE=B1=CE=B9 =CF=83=CF=84=CE=BF =CF=80=CE=B1=CF=81=CF=8C=CE=BD =CF=85=
=CF=80=CE=BF=CE=B2=CE=AC=CE=BB=CE=BB=CE=BF=CE=BD=CF=84=CE=B1=CE=B9 =CF=83=
=CE=B5 =CE=B5=CF=80=CE=B5=CE=BE=CE=B5=CF=81=CE=B3=CE=B1=CF=83=CE=AF=CE=B1 =
=CF=83=CF=8D=CE=BC=CF=86=CF=89=CE=BD=CE=B1 =CE=BC=CE=B5 =CF=84=CE=BF=CE=BD =
=CE=9A=CE=B1=CE=BD=CE=BF=CE=BD=CE=B9=CF=83=CE=BC=CF=8C (=CE=95=CE=95) 2016/=
679.
DISCLAIMER: This e-mail and any attachments are confidential and intended s=
olely for the addressee. If you have received it in error, please notify th=
e sender immediately and delete it. Any unauthorised use, copying or disclo=
sure is prohibited. Aegean Shipping Services S.A. accepts no liability for =
viruses or for the completeness of the content. Personal data contained her=
ein are processed in accordance with Regulation (EU) 2016/679.
Please consider the environment before printing this e-mail.

=CE=91=CF=80=CF=8C: Shop Example BV - Privacy Team <privacy@shop.example.be>
=CE=A3=CF=84=CE=AC=CE=BB=CE=B8=CE=B7=CE=BA=CE=B5: =CE=A0=CE=B1=CF=81=CE=B1=
=CF=83=CE=BA=CE=B5=CF=85=CE=AE, 23 =CE=9F=CE=BA=CF=84=CF=89=CE=B2=CF=81=CE=
=AF=CE=BF=CF=85 2026 1:14 =CE=BC=CE=BC
=CE=A0=CF=81=CE=BF=CF=82: d.papadopoulou@aegean-shipping.example.gr
=CE=98=CE=AD=CE=BC=CE=B1: =CE=97 =CE=B5=CE=BE=CE=B1=CE=B3=CF=89=CE=B3=CE=AE=
 =CF=84=CF=89=CE=BD =CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD =
=CF=83=CE=B1=CF=82 =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=AD=CF=84=CE=BF=CE=B9=
=CE=BC=CE=B7 =E2=80=93 =CE=B1=CE=AF=CF=84=CE=B7=CE=BC=CE=B1 2026-0449

=CE=91=CE=B3=CE=B1=CF=80=CE=B7=CF=84=CE=AE =CE=BA=CF=85=CF=81=CE=AF=CE=B1 =
=CE=A0=CE=B1=CF=80=CE=B1=CE=B4=CE=BF=CF=80=CE=BF=CF=8D=CE=BB=CE=BF=CF=85,

=CE=97 =CE=B5=CE=BE=CE=B1=CE=B3=CF=89=CE=B3=CE=AE =CF=84=CF=89=CE=BD =CE=B4=
=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD =CF=83=CE=B1=CF=82 =CE=B5=
=CE=AF=CE=BD=CE=B1=CE=B9 =CE=AD=CF=84=CE=BF=CE=B9=CE=BC=CE=B7. =CE=A3=CE=B1=
=CF=82 =CE=B5=CF=80=CE=B9=CF=83=CF=85=CE=BD=CE=AC=CF=80=CF=84=CE=BF=CF=85=
=CE=BC=CE=B5 =CE=B1=CE=BD=CF=84=CE=AF=CE=B3=CF=81=CE=B1=CF=86=CE=BF =CF=84=
=CF=89=CE=BD =CF=80=CF=81=CE=BF=CF=83=CF=89=CF=80=CE=B9=CE=BA=CF=8E=CE=BD =
=CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD =CF=80=CE=BF=CF=85 =
=CE=B5=CF=80=CE=B5=CE=BE=CE=B5=CF=81=CE=B3=CE=B1=CE=B6=CF=8C=CE=BC=CE=B1=CF=
=83=CF=84=CE=B5 =CE=B3=CE=B9=CE=B1 =CF=84=CE=BF=CE=BD =CE=BB=CE=BF=CE=B3=CE=
=B1=CF=81=CE=B9=CE=B1=CF=83=CE=BC=CF=8C =CF=83=CE=B1=CF=82, =CF=84=CE=B7=CE=
=BD =CE=BA=CE=AC=CF=81=CF=84=CE=B1 =CE=BC=CE=AD=CE=BB=CE=BF=CF=85=CF=82 =CE=
=BA=CE=B1=CE=B9 =CF=84=CE=B9=CF=82 =CF=80=CE=B1=CF=81=CE=B1=CE=B3=CE=B3=CE=
=B5=CE=BB=CE=AF=CE=B5=CF=82 =CF=83=CE=B1=CF=82 (=CE=B1=CE=AF=CF=84=CE=B7=CE=
=BC=CE=B1 2026-0449), =CF=83=CE=B5 =CE=BC=CE=BF=CF=81=CF=86=CE=AE PDF =CE=
=BA=CE=B1=CE=B9 CSV.

=CE=9C=CE=B5 =CE=B5=CE=BA=CF=84=CE=AF=CE=BC=CE=B7=CF=83=CE=B7,
=CE=9F=CE=BC=CE=AC=CE=B4=CE=B1 =CE=A0=CF=81=CE=BF=CF=83=CF=84=CE=B1=CF=83=
=CE=AF=CE=B1=CF=82 =CE=94=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD
Shop Example BV
------=_NextPart_000_000C_01DC4541.3DB761C0
Content-Type: text/html;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:o=3D"urn:schemas-microsoft-com:office:office"><head><meta http-=
equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8"></head>
<body lang=3D"EL" link=3D"#0563C1"><div class=3D"WordSection1">
<p class=3D"MsoNormal">=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=
=B1 =CF=83=CE=B1=CF=82,</p>
<p class=3D"MsoNormal">=CE=A4=CE=BF =CE=B1=CF=81=CF=87=CE=B5=CE=AF=CE=BF =
=CF=84=CE=BF =CF=80=CE=B1=CF=81=CE=AD=CE=BB=CE=B1=CE=B2=CE=B1 =CE=BA=CE=B1=
=CE=BD=CE=BF=CE=BD=CE=B9=CE=BA=CE=AC =CE=BA=CE=B1=CE=B9 =CF=84=CE=BF =CE=AC=
=CE=BD=CE=BF=CE=B9=CE=BE=CE=B1 =CF=87=CF=89=CF=81=CE=AF=CF=82 =CF=80=CF=81=
=CF=8C=CE=B2=CE=BB=CE=B7=CE=BC=CE=B1, =CF=83=CE=B1=CF=82 =CE=B5=CF=85=CF=87=
=CE=B1=CF=81=CE=B9=CF=83=CF=84=CF=8E =CE=B3=CE=B9=CE=B1 =CF=84=CE=B7=CE=BD =
=CF=84=CE=B1=CF=87=CF=8D=CF=84=CE=B7=CF=84=CE=B1.</p>
<p class=3D"MsoNormal">=CE=88=CE=BD=CE=B1 =CF=80=CF=81=CE=AC=CE=B3=CE=BC=CE=
=B1 =CE=BC=CF=8C=CE=BD=CE=BF: =CF=83=CF=84=CE=B1 =CF=83=CF=84=CE=BF=CE=B9=
=CF=87=CE=B5=CE=AF=CE=B1 =CF=84=CE=BF=CF=85 =CE=BB=CE=BF=CE=B3=CE=B1=CF=81=
=CE=B9=CE=B1=CF=83=CE=BC=CE=BF=CF=8D =CE=BA=CE=B1=CE=B9 =CF=84=CE=B7=CF=82 =
=CE=BA=CE=AC=CF=81=CF=84=CE=B1=CF=82 =CE=BC=CE=AD=CE=BB=CE=BF=CF=85=CF=82 =
=CF=84=CE=BF =CE=B5=CF=80=CF=8E=CE=BD=CF=85=CE=BC=CF=8C =CE=BC=CE=BF=CF=85 =
=CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=B3=CF=81=CE=B1=CE=BC=CE=BC=CE=AD=CE=BD=
=CE=BF =C2=AB=CE=A0=CE=B1=CF=80=CE=B1=CE=B4=CF=8C=CF=80=CE=BF=CF=85=CE=BB=
=CE=BF=CF=82=C2=BB =CE=B1=CE=BD=CF=84=CE=AF =CE=B3=CE=B9=CE=B1 =C2=AB=CE=A0=
=CE=B1=CF=80=CE=B1=CE=B4=CE=BF=CF=80=CE=BF=CF=8D=CE=BB=CE=BF=CF=85=C2=BB, =
=CE=BA=CE=B1=CE=B9 =CE=B7 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=
=CE=B7 =CE=B3=CF=81=CE=AC=CF=86=CE=B5=CE=B9 =C2=AB=CE=91=CE=B3. =CE=94=CE=
=B7=CE=BC=CE=B7=CF=84=CF=81=CE=AF=CE=BF=CF=85 41=C2=BB =CE=B5=CE=BD=CF=8E =
=CF=84=CE=BF =CF=83=CF=89=CF=83=CF=84=CF=8C =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =
14. =CE=9C=CF=80=CE=BF=CF=81=CE=B5=CE=AF=CF=84=CE=B5 =CE=BD=CE=B1 =CF=84=CE=
=B1 =CE=B4=CE=B9=CE=BF=CF=81=CE=B8=CF=8E=CF=83=CE=B5=CF=84=CE=B5;</p>
<p class=3D"MsoNormal">=CE=95=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=CF=84=CF=
=8E,<br>=CE=94=CE=AE=CE=BC=CE=B7=CF=84=CF=81=CE=B1 =CE=A0=CE=B1=CF=80=CE=B1=
=CE=B4=CE=BF=CF=80=CE=BF=CF=8D=CE=BB=CE=BF=CF=85</p>
<p class=3D"MsoNormal" style=3D"font-size:8pt;color:gray">=CE=91=CE=A0=CE=
=9F=CE=A0=CE=9F=CE=99=CE=97=CE=A3=CE=97 =CE=95=CE=A5=CE=98=CE=A5=CE=9D=CE=
=97=CE=A3: =CE=A4=CE=BF =CF=80=CE=B1=CF=81=CF=8C=CE=BD =CE=BC=CE=AE=CE=BD=
=CF=85=CE=BC=CE=B1 =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=B5=CE=BC=CF=80=CE=B9=
=CF=83=CF=84=CE=B5=CF=85=CF=84=CE=B9=CE=BA=CF=8C. DISCLAIMER: This e-mail i=
s confidential.</p>
<div style=3D"border-top:solid #E1E1E1 1pt"><p class=3D"MsoNormal"><b>=CE=
=91=CF=80=CF=8C:</b> Shop Example BV - Privacy Team &lt;privacy@shop.exampl=
e.be&gt;<br><b>=CE=A3=CF=84=CE=AC=CE=BB=CE=B8=CE=B7=CE=BA=CE=B5:</b> =CE=A0=
=CE=B1=CF=81=CE=B1=CF=83=CE=BA=CE=B5=CF=85=CE=AE, 23 =CE=9F=CE=BA=CF=84=CF=
=89=CE=B2=CF=81=CE=AF=CE=BF=CF=85 2026 1:14 =CE=BC=CE=BC<br><b>=CE=98=CE=AD=
=CE=BC=CE=B1:</b> =CE=97 =CE=B5=CE=BE=CE=B1=CE=B3=CF=89=CE=B3=CE=AE =CF=84=
=CF=89=CE=BD =CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD =CF=83=
=CE=B1=CF=82 =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=AD=CF=84=CE=BF=CE=B9=CE=BC=
=CE=B7 =E2=80=93 =CE=B1=CE=AF=CF=84=CE=B7=CE=BC=CE=B1 2026-0449</p></div>
<p class=3D"MsoNormal">=CE=97 =CE=B5=CE=BE=CE=B1=CE=B3=CF=89=CE=B3=CE=AE =
=CF=84=CF=89=CE=BD =CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD =
=CF=83=CE=B1=CF=82 =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=AD=CF=84=CE=BF=CE=B9=
=CE=BC=CE=B7.</p>
</div></body></html>
------=_NextPart_000_000C_01DC4541.3DB761C0--
'''),
    ('bg', 'cpanel-autoresponder-bulgarian', 'automated', (),
'''Return-Path: <>
Received: from srv41.hosting-sofia.example.bg (srv41.hosting-sofia.example.bg [87.120.36.141])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rl9Qw2Tdkz9sMf
        for <privacy@shop.example.be>; Tue, 13 Oct 2026 16:45:24 +0200 (CEST)
Received: from peter by srv41.hosting-sofia.example.bg with local (Exim 4.98)
	(envelope-from <>)
	id 1t9xQe-00072K-1a
	for privacy@shop.example.be; Tue, 13 Oct 2026 17:45:20 +0300
From: =?utf-8?b?0J/QtdGC0YrRgCDQodGC0L7Rj9C90L7Qsg==?= <p.stoyanov@stoyanov-design.example.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?0J7RgtC/0YPRgdC6INC00L4gMjYuMTAg4oCTIFJlOiDQnNC+0LvRjywg0L/QvtGC?=
 =?utf-8?b?0LLRitGA0LTQtdGC0LUsINGH0LUg0YLQvtCy0LAg0YHRgtC1INCS0LjQtSAo0Lc=?=
 =?utf-8?b?0LDRj9Cy0LrQsCAyMDI2LTAzOTcp?=
Auto-Submitted: auto-replied
Precedence: auto_reply
In-Reply-To: <20261013144458.2026-0397.1e8c@shop.example.be>
Message-Id: <E1t9xQe-00072K-1a@srv41.hosting-sofia.example.bg>
Date: Tue, 13 Oct 2026 17:45:20 +0300
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Здравейте,

Благодаря за съобщението. В отпуск съм до 26 октомври 2026 г. и няма да проверявам пощата си редовно.

За спешни въпроси относно текущи проекти се обръщайте към офиса: office@stoyanov-design.example.bg, тел. 02 981 44 17.

Поздрави,
Петър Стоянов
Стоянов Дизайн ЕООД
'''),
    ('bg', 'outlook-read-receipt-deletion-confirmation', 'automated', (),
'''Return-Path: <r.dimitrova@balkan-pharma.example.bg>
Received: from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2133.outbound.protection.outlook.com [40.107.15.133])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rt2Jc6Nwvz9sGp
        for <privacy@shop.example.be>; Fri, 23 Oct 2026 09:19:55 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
 d=balkanpharma.onmicrosoft.com; s=selector2-balkanpharma-onmicrosoft-com;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
 bh=Ty5Va8Xc1Ze4Bg7Di0Fk3Hm6Jo9Lq2Ns5Pu8Rw1Ty4V=;
 b=Mh6Oj9Ql2Sn5Up8Wr1Yt4Av7Cx0Ez3Gb6Id9Kf2Mh5Oj8Ql1Sn4Up7Wr0Yt3Av6Cx9Ez2Gb5Id8Kf1Mh4Oj7Ql0Sn3Up6Wr9Yt2Av5Cx8Ez1Gb4Id7Kf0Mh3Oj6Ql9Sn2Up5Wr8Yt1Av4Cx7Ez0Gb3Id6K==
Received: from AM0PR02MB5571.eurprd02.prod.outlook.com (2603:10a6:208:15b::21)
 by DU0PR02MB9418.eurprd02.prod.outlook.com (2603:10a6:10:41d::6) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8398.21; Fri, 23 Oct
 2026 07:19:52 +0000
From: =?utf-8?b?0KDQsNC00L7RgdGC0LjQvdCwINCU0LjQvNC40YLRgNC+0LLQsA==?= <r.dimitrova@balkan-pharma.example.bg>
To: "Shop Example BV - Privacy Team" <privacy@shop.example.be>
Subject: =?utf-8?b?0J/RgNC+0YfQtdGC0LXQvdC+OiDQktCw0YjQuNGP0YIg0L/RgNC+0YTQuNC7INCx?=
 =?utf-8?b?0LXRiNC1INC40LfRgtGA0LjRgiDigJMg0LfQsNGP0LLQutCwIDIwMjYtMDQyNA==?=
Thread-Topic: =?utf-8?b?0JLQsNGI0LjRj9GCINC/0YDQvtGE0LjQuyDQsdC10YjQtSDQuNC30YLRgNC40YIg?=
 =?utf-8?b?4oCTINC30LDRj9Cy0LrQsCAyMDI2LTA0MjQ=?=
Thread-Index: AQHcRJ0k7Yb2mQ9nSvK3fXo1tL8uBw==
Date: Fri, 23 Oct 2026 07:19:51 +0000
Message-ID: <AM0PR02MB5571E4A9C2F17B30D86A5E1BC92D0@AM0PR02MB5571.eurprd02.prod.outlook.com>
References: <20261022155012.2026-0424.a9f3@shop.example.be>
In-Reply-To: <20261022155012.2026-0424.a9f3@shop.example.be>
Accept-Language: bg-BG, en-US
Content-Language: bg-BG
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_002_AM0PR02MB5571E4A9C2F17B30D86A5E1BC92D0AM0PR02MB5571eurp_"
MIME-Version: 1.0

--_002_AM0PR02MB5571E4A9C2F17B30D86A5E1BC92D0AM0PR02MB5571eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

0JLQsNGI0LXRgtC+INGB0YrQvtCx0YnQtdC90LjQtQoKICDQlNC+OiDQoNCw0LTQvtGB0YLQuNC9
0LAg0JTQuNC80LjRgtGA0L7QstCwCiAg0KLQtdC80LA6INCS0LDRiNC40Y/RgiDQv9GA0L7RhNC4
0Lsg0LHQtdGI0LUg0LjQt9GC0YDQuNGCIOKAkyDQt9Cw0Y/QstC60LAgMjAyNi0wNDI0CiAg0JjQ
t9C/0YDQsNGC0LXQvdC+OiDRh9C10YLQstGK0YDRgtGK0LosIDIyINC+0LrRgtC+0LzQstGA0Lgg
MjAyNiDQsy4gMTg6NTA6MTIgKFVUQyswMjowMCkg0JDRgtC40L3QsCwg0JHRg9C60YPRgNC10YkK
CtCx0LXRiNC1INC/0YDQvtGH0LXRgtC10L3QviDQvdCwINC/0LXRgtGK0LosIDIzINC+0LrRgtC+
0LzQstGA0LggMjAyNiDQsy4gMTA6MTk6NDggKFVUQyswMjowMCkg0JDRgtC40L3QsCwg0JHRg9C6
0YPRgNC10YkuCg==
--_002_AM0PR02MB5571E4A9C2F17B30D86A5E1BC92D0AM0PR02MB5571eurp_
Content-Type: message/disposition-notification

Reporting-UA: AM0PR02MB5571.eurprd02.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;r.dimitrova@balkan-pharma.example.bg
Original-Message-ID: <20261022155012.2026-0424.a9f3@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_002_AM0PR02MB5571E4A9C2F17B30D86A5E1BC92D0AM0PR02MB5571eurp_--
'''),
    ('bg', 'consumer-association-osticket-reply-noted', 'automated', (),
'''Return-Path: <signali@cifrovi-prava.example.bg>
Received: from mail.cifrovi-prava.example.bg (mail.cifrovi-prava.example.bg [79.124.62.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4S01Rv8Fqcz9sTk
        for <privacy@shop.example.be>; Mon, 9 Nov 2026 09:03:20 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=cifrovi-prava.example.bg;
	s=default; t=1793948596;
	bh=Qa8Sc1Ue4Wg7Yi0Ak3Cm6Eo9Gq2Is5Ku8Mw1Oy4Qa7S=;
	h=Date:From:To:Subject:Message-ID:MIME-Version:Content-Type;
	b=Xn4Zp7Br0Dt3Fv6Hx9Jz2Lb5Nd8Pf1Rh4Tj7Vl0Xn3Zp6Br9Dt2Fv5Hx8Jz1Lb4Nd7Pf0Rh3Tj6Vl9Xn2Zp5Br8Dt1Fv4Hx7Jz0Lb3Nd6Pf9Rh2Tj5Vl8Xn1Zp4Br7Dt0Fv3Hx6Jz9Lb2Nd5Pf8Rh1Tj4V=
Date: Mon, 9 Nov 2026 10:03:16 +0200
From: =?utf-8?b?0KbQuNGE0YDQvtCy0Lgg0L/RgNCw0LLQsCDigJMg0YHQuNCz0L3QsNC70Lg=?= <signali@cifrovi-prava.example.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?WyM0ODIxMTNdINCe0YLQs9C+0LLQvtGA0YrRgiDQktC4INC1INC/0L7Qu9GD0Yc=?=
 =?utf-8?b?0LXQvQ==?=
Message-ID: <ost-482113-9c1e7a2f-b30d@cifrovi-prava.example.bg>
In-Reply-To: <20261109080247.2026-0481.6f27@shop.example.be>
References: <ost-482113-1ac5e0d3@cifrovi-prava.example.bg> <20261109080247.2026-0481.6f27@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: ALL, AutoReply
Precedence: auto_reply
X-Mailer: osTicket Mailer
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_a7e2c90f4b1d3568e0f2c7a9b14d6e83"

--=_a7e2c90f4b1d3568e0f2c7a9b14d6e83
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

0KPQstCw0LbQsNC10LzQuCDQs9C+0YHQv9C+0LTQuNC9L9Cz0L7RgdC/0L7QttC+LAoK0JLQsNGI
0LjRj9GCINC+0YLQs9C+0LLQvtGAINC/0L4g0YHQuNCz0L3QsNC7IOKEljQ4MjExMyDQsdC10YjQ
tSDQv9C+0LvRg9GH0LXQvSDQuCDQtNC+0LHQsNCy0LXQvSDQutGK0Lwg0L/RgNC10L/QuNGB0LrQ
sNGC0LAuCgrQodC40LPQvdCw0Ls6ICAgICAg4oSWNDgyMTEzIOKAkyBTaG9wIEV4YW1wbGUgQlY6
INC90LXQuNC30L/RitC70L3QtdC90L4g0LjRgdC60LDQvdC1INC30LAg0LjQt9GC0YDQuNCy0LDQ
vdC1CiAgICAgICAgICAgICDQvdCwINC70LjRh9C90Lgg0LTQsNC90L3QuCDQuCDQv9GA0L7QtNGK
0LvQttCw0LLQsNGJ0Lgg0LzQsNGA0LrQtdGC0LjQvdCz0L7QstC4INGB0YrQvtCx0YnQtdC90LjR
jwrQn9C+0YLRgNC10LHQuNGC0LXQuzogINCdLiDQktCw0YHQuNC70LXQstCwICjRg9C/0YrQu9C9
0L7QvNC+0YnQuNC70LAg0KHQtNGA0YPQttC10L3QuNC10YLQvikK0J/QvtC70YPRh9C10L3Qvjog
ICAgMDkuMTEuMjAyNiDQsy4sIDEwOjAzCtCh0YLQsNGC0YPRgTogICAgICDQkiDQv9GA0L7RhtC1
0YEg0L3QsCDRgNCw0LfQs9C70LXQttC00LDQvdC1CgrQndCw0Ygg0Y7RgNC40YHRgiDRidC1INC/
0YDQtdCz0LvQtdC00LAg0L7RgtCz0L7QstC+0YDQsCDQuCDRidC1INC/0YDQtdGG0LXQvdC4INC0
0LDQu9C4INC40YHQutCw0L3QtdGC0L4g0LfQsCDQuNC30YLRgNC40LLQsNC90LUK0L3QsCDQu9C4
0YfQvdC40YLQtSDQtNCw0L3QvdC4INC4INC+0YLRgtC10LPQu9GP0L3QtdGC0L4g0L3QsCDRgdGK
0LPQu9Cw0YHQuNC10YLQviDQt9CwINC80LDRgNC60LXRgtC40L3QsyDRgdCwINC40LfQv9GK0LvQ
vdC10L3QuArQuNC30YbRj9C70L4uINCf0YDQuCDQvdC10L7QsdGF0L7QtNC40LzQvtGB0YIg0YnQ
tSDRgdC1INGB0LLRitGA0LbQtdC8INGBINCS0LDRgSDQuNC70Lgg0YnQtSDQvtGC0L3QtdGB0LXQ
vCDRgdC70YPRh9Cw0Y8g0LTQvgrQutC+0LzQv9C10YLQtdC90YLQvdC40Y8g0L3QsNC00LfQvtGA
0LXQvSDQvtGA0LPQsNC9LgoK0KLQvtCy0LAg0LUg0LDQstGC0L7QvNCw0YLQuNGH0L3QviDRgdGK
0L7QsdGJ0LXQvdC40LUuINCc0L7Qu9GPLCDQvdC1INC/0YDQvtC80LXQvdGP0LnRgtC1INGC0LXQ
vNCw0YLQsCDQv9GA0Lgg0L7RgtCz0L7QstC+0YAsCtC30LAg0LTQsCDQsdGK0LTQtSDQtNC+0LHQ
sNCy0LXQvSDRgtC+0Lkg0LrRitC8INGB0YrRidC40Y8g0YHQuNCz0L3QsNC7LgoK0KHQtNGA0YPQ
ttC10L3QuNC1IOKAntCm0LjRhNGA0L7QstC4INC/0YDQsNCy0LAg0L3QsCDQv9C+0YLRgNC10LHQ
uNGC0LXQu9GP4oCcCmh0dHBzOi8vY2lmcm92aS1wcmF2YS5leGFtcGxlLmJnCg==
--=_a7e2c90f4b1d3568e0f2c7a9b14d6e83
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXpl
OjE0cHgiPgo8cD7Qo9Cy0LDQttCw0LXQvNC4INCz0L7RgdC/0L7QtNC40L0v0LPQvtGB0L/QvtC2
0L4sPC9wPgo8cD7QktCw0YjQuNGP0YIg0L7RgtCz0L7QstC+0YAg0L/QviDRgdC40LPQvdCw0Lsg
PGI+4oSWNDgyMTEzPC9iPiDQsdC10YjQtSDQv9C+0LvRg9GH0LXQvSDQuCDQtNC+0LHQsNCy0LXQ
vSDQutGK0Lwg0L/RgNC10L/QuNGB0LrQsNGC0LAuPC9wPgo8cD7QodC40LPQvdCw0Ls6IFNob3Ag
RXhhbXBsZSBCVjog0L3QtdC40LfQv9GK0LvQvdC10L3QviDQuNGB0LrQsNC90LUg0LfQsCDQuNC3
0YLRgNC40LLQsNC90LUg0L3QsCDQu9C40YfQvdC4INC00LDQvdC90Lgg0Lgg0L/RgNC+0LTRitC7
0LbQsNCy0LDRidC4INC80LDRgNC60LXRgtC40L3Qs9C+0LLQuCDRgdGK0L7QsdGJ0LXQvdC40Y88
YnI+CtCh0YLQsNGC0YPRgTog0JIg0L/RgNC+0YbQtdGBINC90LAg0YDQsNC30LPQu9C10LbQtNCw
0L3QtTwvcD4KPHA+0KLQvtCy0LAg0LUg0LDQstGC0L7QvNCw0YLQuNGH0L3QviDRgdGK0L7QsdGJ
0LXQvdC40LUuINCc0L7Qu9GPLCDQvdC1INC/0YDQvtC80LXQvdGP0LnRgtC1INGC0LXQvNCw0YLQ
sCDQv9GA0Lgg0L7RgtCz0L7QstC+0YAuPC9wPgo8cD7QodC00YDRg9C20LXQvdC40LUg4oCe0KbQ
uNGE0YDQvtCy0Lgg0L/RgNCw0LLQsCDQvdCwINC/0L7RgtGA0LXQsdC40YLQtdC70Y/igJw8L3A+
CjwvYm9keT48L2h0bWw+Cg==
--=_a7e2c90f4b1d3568e0f2c7a9b14d6e83--
'''),
    ('bg', 'person-deleted-but-can-still-log-in-roundcube', 'deletion', (),
'''Return-Path: <ivaylo.georgiev@mail-bg.example.bg>
Received: from smtp.mail-bg.example.bg (smtp.mail-bg.example.bg [193.201.172.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rx1Sb5Kpnz9sFh
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 20:40:09 +0100 (CET)
Received: from webmail.mail-bg.example.bg (localhost [127.0.0.1])
	(Authenticated sender: ivaylo.georgiev@mail-bg.example.bg)
	by smtp.mail-bg.example.bg (Postfix) with ESMTPA id 4Rx1Sb1Wm7z4vYc
	for <privacy@shop.example.be>; Wed, 28 Oct 2026 21:40:05 +0200 (EET)
MIME-Version: 1.0
Date: Wed, 28 Oct 2026 21:40:05 +0200
From: =?utf-8?b?0JjQstCw0LnQu9C+INCT0LXQvtGA0LPQuNC10LI=?= <ivaylo.georgiev@mail-bg.example.bg>
To: "Shop Example BV - Privacy Team" <privacy@shop.example.be>
Subject: =?utf-8?b?UmU6INCS0LDRiNC40Y/RgiDQv9GA0L7RhNC40Lsg0LHQtdGI0LUg0LjQt9GC0YA=?=
 =?utf-8?b?0LjRgiDigJMg0LfQsNGP0LLQutCwIDIwMjYtMDQyOA==?=
In-Reply-To: <20261027121833.2026-0428.3d6c@shop.example.be>
References: <20261027121833.2026-0428.3d6c@shop.example.be>
Message-ID: <5e8c21f0b7a94d3e6a1f0c2d9b84e7a1@mail-bg.example.bg>
X-Sender: ivaylo.georgiev@mail-bg.example.bg
User-Agent: Roundcube Webmail/1.6.9
Content-Type: text/plain; charset=UTF-8;
 format=flowed
Content-Transfer-Encoding: 8bit

Здравейте,

Получих писмото ви, че профилът ми е изтрит. Само че днес влязох в приложението със същия имейл и парола без никакъв проблем – поръчките ми, адресът, картата за лоялност с точките, всичко си е там. Значи нищо не е изтрито.

Моля, изтрийте профила ми наистина, заедно с всички данни към него, и ми пишете, когато е направено. Не искам да получавам повече писмо „профилът е изтрит“, ако не е вярно.

Поздрави,
Ивайло Георгиев

На 2026-10-27 13:18, Shop Example BV - Privacy Team написа:
> Здравейте, г-н Георгиев,
> 
> Потвърждаваме, че по Вашата заявка № 2026-0428 профилът Ви в
> онлайн магазина и приложението беше изтрит, заедно с данните от
> картата за лоялност. Фактурите за Вашите покупки ще съхраняваме
> само докато това се изисква от закона.
> 
> С уважение,
> Екипът по защита на личните данни
> Shop Example BV
'''),
]
