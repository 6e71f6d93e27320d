"""Twenty-first set, robot mail from services and gateways, and people who look like robots (pl cs hr sv ro el bg). Written apart from the code."""

ROBOTS = [
    ('pl', 'wp-pl-quota-bounce-deletion-quoted', 'automated', (), """Return-Path: <>
Received: from mx.wp.pl (mx.wp.pl [212.77.101.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Kw2Tj1mZbz9sQ
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 10:41:07 +0100 (CET)
Received: by mx.wp.pl (Postfix)
	id 4Kw2Th6Qfhz1wM; Thu, 12 Nov 2026 10:41:05 +0100 (CET)
Date: Thu, 12 Nov 2026 10:41:05 +0100 (CET)
From: MAILER-DAEMON@wp.pl (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Kw2Th6Qfhz1wM.1794476465/mx.wp.pl"
Content-Transfer-Encoding: 8bit
Message-Id: <20261112094105.4Kw2Th6Qfhz1wM@mx.wp.pl>

This is a MIME-encapsulated message.

--4Kw2Th6Qfhz1wM.1794476465/mx.wp.pl
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

To jest automatyczna wiadomość systemu pocztowego Wirtualnej Polski.

Nie udało się dostarczyć Twojej wiadomości do jednego lub więcej odbiorców.
Skrzynka odbiorcy jest przepełniona - odbiorca musi usunąć część
wiadomości, zanim będzie mógł otrzymywać nową pocztę.
Nie odpowiadaj na tę wiadomość.

------------------------------------------------------------------------

This is the mail system at host mx.wp.pl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<anna.wisniewska@wp.pl>: host lmtp.wp.pl[private/dovecot-lmtp] said: 552
    5.2.2 <anna.wisniewska@wp.pl> Quota exceeded (mailbox for user is full)
    (in reply to end of DATA command)

--4Kw2Th6Qfhz1wM.1794476465/mx.wp.pl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.wp.pl
X-Postfix-Queue-ID: 4Kw2Th6Qfhz1wM
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 12 Nov 2026 10:41:04 +0100 (CET)

Final-Recipient: rfc822; anna.wisniewska@wp.pl
Original-Recipient: rfc822;anna.wisniewska@wp.pl
Action: failed
Status: 5.2.2
Remote-MTA: dns; lmtp.wp.pl
Diagnostic-Code: smtp; 552 5.2.2 <anna.wisniewska@wp.pl> Quota exceeded
    (mailbox for user is full)

--4Kw2Th6Qfhz1wM.1794476465/mx.wp.pl
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Date: Thu, 12 Nov 2026 10:40:51 +0100
From: Shop.example.be - Ochrona danych <privacy@shop.example.be>
To: anna.wisniewska@wp.pl
Subject: =?UTF-8?Q?Potwierdzenie_usuni=C4=99cia_Twoich_danych_osobowych?=
Message-ID: <del-20261112-0093@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

zgodnie z Twoim =C5=BC=C4=85daniem z dnia 2 listopada 2026 r. (art. 17 RODO=
) usun=C4=99li=C5=9Bmy
Twoje konto klienta, histori=C4=99 zam=C3=B3wie=C5=84 niepowi=C4=85zan=C4=
=85 z obowi=C4=85zkami
ksi=C4=99gowymi oraz dane karty lojalno=C5=9Bciowej. Tw=C3=B3j adres zosta=
=C5=82 wypisany
z newslettera.

Faktury musimy przechowywa=C4=87 przez 7 lat na podstawie przepis=C3=B3w po=
datkowych.

Z powa=C5=BCaniem
Zesp=C3=B3=C5=82 ochrony danych
shop.example.be

--4Kw2Th6Qfhz1wM.1794476465/mx.wp.pl--
"""),
    ('pl', 'onet-account-inactive-identity-check-quoted', 'automated', (), """Return-Path: <>
Received: from smtp.poczta.onet.pl (smtp.poczta.onet.pl [213.180.149.143])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KxHq70Lc4z9sV
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 07:02:19 +0100 (CET)
Date: Mon, 16 Nov 2026 07:02:17 +0100
From: Administrator Poczty Onet <postmaster@onet.pl>
To: privacy@shop.example.be
Subject: Zwrot poczty - konto odbiorcy nieaktywne
Message-ID: <ret.2026111607021.81822@smtp.poczta.onet.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-2
Content-Transfer-Encoding: quoted-printable

Witaj,

Twoja wiadomo=B6=E6 do t.kaczmarek1987@onet.pl nie zosta=B3a dostarczona.

Konto odbiorcy zosta=B3o zablokowane z powodu braku aktywno=B6ci
(brak logowania przez ponad 12 miesi=EAcy). Wiadomo=B6ci na ten adres
nie s=B1 przyjmowane.

Kod b=B3=EAdu: 550 5.2.1 Mailbox disabled / Skrzynka wy=B3=B1czona

Poni=BFej nag=B3=F3wki i pocz=B1tek zwr=F3conej wiadomo=B6ci:

----- Wiadomo=B6=E6 oryginalna -----
Date: Mon, 16 Nov 2026 07:01:58 +0100
From: privacy@shop.example.be
To: t.kaczmarek1987@onet.pl
Subject: Weryfikacja to=BFsamo=B6ci - Twoje =BF=B1danie dost=EApu do danych
Message-ID: <idv-20261116-0011@shop.example.be>

Dzie=F1 dobry,

otrzymali=B6my Twoje =BF=B1danie dost=EApu do danych osobowych (art. 15 ROD=
O).
Zanim prze=B6lemy kopi=EA danych, musimy potwierdzi=E6 Twoj=B1 to=BFsamo=B6=
=E6.
Prosimy o odpowied=BC z tego adresu e-mail i podanie numeru ostatniego
zam=F3wienia lub numeru karty lojalno=B6ciowej.
[...]

--
Poczta Onet - wiadomo=B6=E6 wygenerowana automatycznie, prosimy na ni=B1 ni=
e odpowiada=E6.
"""),
    ('pl', 'exchange-online-ooo', 'automated', (), """Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2110.outbound.protection.outlook.com [40.107.20.110])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KwZ0q2r1Fz9sT
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 14:22:40 +0100 (CET)
From: Katarzyna Nowak <k.nowak@logi-trans.pl>
To: "Shop.example.be - Ochrona danych" <privacy@shop.example.be>
Subject: =?utf-8?q?Odpowied=C5=BA_automatyczna=3A_Zapytanie_dotycz=C4=85ce_przesy?=
 =?utf-8?q?=C5=82ki_100482_-_dane_odbiorcy?=
Thread-Topic: Zapytanie =?utf-8?Q?dotycz=C4=85ce?= przesyłki 100482 - dane odbiorcy
Thread-Index: AQHbNj3sQ4bmk0z0m0uTQ3m4Cb1d2w==
Date: Fri, 13 Nov 2026 13:22:37 +0000
Message-ID: <5b2f7a8e1c0a4c6e9f3d2a1b7c8e9f01@DB9PR02MB7263.eurprd02.prod.outlook.com>
In-Reply-To: <proc-20261113-0417@shop.example.be>
References: <proc-20261113-0417@shop.example.be>
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-AuthAs: Internal
X-MS-Exchange-Organization-AuthSource: DB9PR02MB7263.eurprd02.prod.outlook.com
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Type: multipart/alternative;
	boundary="_000_5b2f7a8e1c0a4c6e9f3d2a1b7c8e9f01DB9PR02MB7263eurprd02_"
MIME-Version: 1.0

--_000_5b2f7a8e1c0a4c6e9f3d2a1b7c8e9f01DB9PR02MB7263eurprd02_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RHppZcWEIGRvYnJ5LAoKZHppxJlrdWrEmSB6YSB3aWFkb21vxZvEhy4gRG8gMjAgbGlzdG9wYWRh
IDIwMjYgci4gcHJ6ZWJ5d2FtIG5hIHVybG9waWUKeiBvZ3Jhbmljem9ueW0gZG9zdMSZcGVtIGRv
IHBvY3p0eS4KVyBzcHJhd2FjaCBwaWxueWNoIHByb3N6xJkgbyBrb250YWt0IHogRHppYcWCZW0g
T2JzxYJ1Z2kgS2xpZW50YToKYm9rQGxvZ2ktdHJhbnMucGwsIHRlbC4gKzQ4IDIyIDQxMiA4MCAw
MC4KClBvemRyYXdpYW0KS2F0YXJ6eW5hIE5vd2FrClNwZWNqYWxpc3RhIGRzLiBSZWtsYW1hY2pp
CkxvZ2ktVHJhbnMgU3AuIHogby5vLgo=

--_000_5b2f7a8e1c0a4c6e9f3d2a1b7c8e9f01DB9PR02MB7263eurprd02_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+CjxtZXRhIGh0dHAtZXF1aXY9IkNvbnRlbnQtVHlwZSIgY29udGVudD0idGV4
dC9odG1sOyBjaGFyc2V0PXV0Zi04Ij4KPHN0eWxlIHR5cGU9InRleHQvY3NzIiBzdHlsZT0iZGlz
cGxheTpub25lOyI+IFAge21hcmdpbi10b3A6MDttYXJnaW4tYm90dG9tOjA7fSA8L3N0eWxlPgo8
L2hlYWQ+Cjxib2R5IGRpcj0ibHRyIj4KPGRpdiBzdHlsZT0iZm9udC1mYW1pbHk6IEFwdG9zLCBB
cHRvc19FbWJlZGRlZEZvbnQsIEFwdG9zX01TRm9udFNlcnZpY2UsIENhbGlicmksIEhlbHZldGlj
YSwgc2Fucy1zZXJpZjsgZm9udC1zaXplOiAxMnB0OyBjb2xvcjogcmdiKDAsIDAsIDApOyI+CkR6
aWXFhCBkb2JyeSw8YnI+PGJyPmR6acSZa3VqxJkgemEgd2lhZG9tb8WbxIcuIERvIDIwIGxpc3Rv
cGFkYSAyMDI2IHIuIHByemVieXdhbSBuYSB1cmxvcGllIHogb2dyYW5pY3pvbnltIGRvc3TEmXBl
bSBkbyBwb2N6dHkuPGJyPgpXIHNwcmF3YWNoIHBpbG55Y2ggcHJvc3rEmSBvIGtvbnRha3QgeiBE
emlhxYJlbSBPYnPFgnVnaSBLbGllbnRhOiA8YSBocmVmPSJtYWlsdG86Ym9rQGxvZ2ktdHJhbnMu
cGwiPmJva0Bsb2dpLXRyYW5zLnBsPC9hPiwgdGVsLiArNDggMjIgNDEyIDgwIDAwLjxicj48YnI+
ClBvemRyYXdpYW08YnI+S2F0YXJ6eW5hIE5vd2FrPGJyPlNwZWNqYWxpc3RhIGRzLiBSZWtsYW1h
Y2ppPGJyPkxvZ2ktVHJhbnMgU3AuIHogby5vLjwvZGl2Pgo8L2JvZHk+CjwvaHRtbD4K

--_000_5b2f7a8e1c0a4c6e9f3d2a1b7c8e9f01DB9PR02MB7263eurprd02_--
"""),
    ('pl', 'freshmail-double-optin', 'automated', (), """Received: from mta-41.freshmail.pl (mta-41.freshmail.pl [185.21.176.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KyM1c5DcRz9sW
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 21:13:02 +0100 (CET)
Date: Wed, 18 Nov 2026 21:13:00 +0100
From: =?UTF-8?Q?Zielony_Zak=C4=85tek?= <newsletter@zielonyzakatek.pl>
Reply-To: sklep@zielonyzakatek.pl
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Potwierd=C5=BA_zapis_do_newslettera?=
Message-ID: <8kq2w1dmzt.3fa91b0c2e.1794514380@freshmail.pl>
X-Mailer: FreshMail
X-FM-Campaign: optin
Feedback-ID: 8kq2w1dmzt:optin:freshmail
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_fm_6a1c0d3b9e7f"

--=_fm_6a1c0d3b9e7f
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Potwierd=C5=BA zapis do newslettera

Kto=C5=9B (prawdopodobnie Ty) zapisa=C5=82 adres privacy@shop.example.be do=
 newslettera
sklepu Zielony Zak=C4=85tek.

Aby potwierdzi=C4=87 zapis, kliknij w poni=C5=BCszy link:
https://zielonyzakatek.freshmail.io/c/confirm/8kq2w1dmzt/3fa91b0c2e

Je=C5=9Bli to nie Ty, po prostu zignoruj t=C4=99 wiadomo=C5=9B=C4=87 - nie =
zostaniesz zapisany.

Administratorem Twoich danych osobowych jest Zielony Zak=C4=85tek Sp. z o.o.
z siedzib=C4=85 w Poznaniu. Dane przetwarzamy w celu wysy=C5=82ki newslette=
ra na
podstawie Twojej zgody (art. 6 ust. 1 lit. a RODO). Masz prawo dost=C4=99pu=
 do
danych, ich sprostowania, usuni=C4=99cia, ograniczenia przetwarzania, przen=
oszenia
danych oraz prawo do cofni=C4=99cia zgody w dowolnym momencie i wniesienia =
skargi
do Prezesa UODO.

Wiadomo=C5=9B=C4=87 wys=C5=82ana przez FreshMail.

--=_fm_6a1c0d3b9e7f
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html lang=3D"pl"><head><meta charset=3D"utf-8"><title>Potwi=
erd=C5=BA zapis</title></head>
<body style=3D"margin:0;padding:0;background:#f3f5ef;">
<table width=3D"100%" cellpadding=3D"0" cellspacing=3D"0" role=3D"presentat=
ion"><tr><td align=3D"center">
<table width=3D"600" cellpadding=3D"24" cellspacing=3D"0" style=3D"backgrou=
nd:#ffffff;font-family:Arial,sans-serif;color:#333;">
<tr><td><img src=3D"https://zielonyzakatek.freshmail.io/img/logo.png" alt=
=3D"Zielony Zak=C4=85tek" width=3D"180"></td></tr>
<tr><td><h1 style=3D"font-size:22px;">Potwierd=C5=BA zapis do newslettera</=
h1>
<p>Kto=C5=9B (prawdopodobnie Ty) zapisa=C5=82 adres <b>privacy@shop.example=
.be</b> do newslettera sklepu Zielony Zak=C4=85tek.</p>
<p style=3D"text-align:center;"><a href=3D"https://zielonyzakatek.freshmail=
.io/c/confirm/8kq2w1dmzt/3fa91b0c2e" style=3D"background:#4c8c2b;color:#fff=
;padding:12px 28px;text-decoration:none;border-radius:4px;">Potwierdzam zap=
is</a></p>
<p>Je=C5=9Bli to nie Ty, po prostu zignoruj t=C4=99 wiadomo=C5=9B=C4=87 - n=
ie zostaniesz zapisany.</p>
<p style=3D"font-size:11px;color:#777;">Administratorem Twoich danych osobo=
wych jest Zielony Zak=C4=85tek Sp. z o.o. z siedzib=C4=85 w Poznaniu. Dane =
przetwarzamy w celu wysy=C5=82ki newslettera na podstawie Twojej zgody (art=
. 6 ust. 1 lit. a RODO). Masz prawo dost=C4=99pu do danych, ich sprostowani=
a, usuni=C4=99cia, ograniczenia przetwarzania, przenoszenia danych oraz pra=
wo do cofni=C4=99cia zgody w dowolnym momencie i wniesienia skargi do Preze=
sa UODO.</p>
<p style=3D"font-size:11px;color:#777;">Wiadomo=C5=9B=C4=87 wys=C5=82ana pr=
zez <a href=3D"https://freshmail.pl">FreshMail</a>.</p></td></tr>
</table></td></tr></table>
<img src=3D"https://zielonyzakatek.freshmail.io/o/8kq2w1dmzt/3fa91b0c2e.gif=
" width=3D"1" height=3D"1" alt=3D"">
</body></html>

--=_fm_6a1c0d3b9e7f--
"""),
    ('pl', 'salesmanago-gdpr-notification', 'automated', (), """Received: from mail12.salesmanago.com (mail12.salesmanago.com [91.211.120.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KyfZr0YxBz9sR
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 08:15:11 +0100 (CET)
Date: Thu, 19 Nov 2026 08:15:09 +0100 (CET)
From: SALESmanago <noreply@salesmanago.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?=5BSALESmanago=5D_=C5=BB=C4=85danie_usuni=C4=99cia_danych_kontaktu?=
 =?utf-8?q?_p=2Elewandowski=40interia=2Epl?=
Message-ID: <1438802215.2287711.1794554109411@app3.salesmanago.com>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLEhlbHZldGljYSxzYW5zLXNlcmlm
O2ZvbnQtc2l6ZToxM3B4O2NvbG9yOiMyMjIiPgo8cD48Yj5Qb3dpYWRvbWllbmllIHN5c3RlbW93
ZSBTQUxFU21hbmFnbzwvYj48L3A+CjxwPktvbnRha3QgPGI+cC5sZXdhbmRvd3NraUBpbnRlcmlh
LnBsPC9iPiBza29yenlzdGHFgiB6IGxpbmt1IHcgc3RvcGNlIHdpYWRvbW/Fm2NpIGkgemfFgm9z
acWCIMW8xIVkYW5pZSB1c3VuacSZY2lhIGRhbnljaCAoUk9ETywgYXJ0LiAxNykuPC9wPgo8dGFi
bGUgY2VsbHBhZGRpbmc9IjQiIHN0eWxlPSJib3JkZXItY29sbGFwc2U6Y29sbGFwc2U7Zm9udC1z
aXplOjEzcHgiPgo8dHI+PHRkPktvbnRvOjwvdGQ+PHRkPnNob3AuZXhhbXBsZS5iZSAoSUQgNDE4
NzcpPC90ZD48L3RyPgo8dHI+PHRkPkRhdGEgemfFgm9zemVuaWE6PC90ZD48dGQ+MjAyNi0xMS0x
OSAwODoxNDo1MjwvdGQ+PC90cj4KPHRyPjx0ZD7FuXLDs2TFgm86PC90ZD48dGQ+U3RvcGthIG5l
d3NsZXR0ZXJhIOKAnkplc2llbm5lIHBvcnrEhWRraSB3IG9ncm9kemll4oCdPC90ZD48L3RyPgo8
dHI+PHRkPlN0YXR1cyBrb250YWt0dTo8L3RkPjx0ZD5XeXBpc2FueSAob3B0LW91dCksIG9jemVr
dWplIG5hIGFub25pbWl6YWNqxJk8L3RkPjwvdHI+CjwvdGFibGU+CjxwPktvbnRha3Qgem9zdGFu
aWUgYXV0b21hdHljem5pZSB6YW5vbmltaXpvd2FueSBwbyAzMCBkbmlhY2gsIGNoeWJhIMW8ZSBh
ZG1pbmlzdHJhdG9yIGtvbnRhIHptaWVuaSB1c3Rhd2llbmlhIHcgPGk+VXN0YXdpZW5pYSAmZ3Q7
IFJPRE8gJmd0OyBQcmF3byBkbyBieWNpYSB6YXBvbW5pYW55bTwvaT4uPC9wPgo8cCBzdHlsZT0i
Y29sb3I6Izg4ODtmb250LXNpemU6MTFweCI+VGEgd2lhZG9tb8WbxIcgem9zdGHFgmEgd3lnZW5l
cm93YW5hIGF1dG9tYXR5Y3puaWUuIE5pZSBvZHBvd2lhZGFqIG5hIG5pxIUuIFBvd2lhZG9taWVu
aWEgbW/FvGVzeiB3ecWCxIVjennEhyB3IHVzdGF3aWVuaWFjaCBrb250YS48L3A+CjwvYm9keT48
L2h0bWw+Cg==
"""),
    ('pl', 'thunderbird-mdn-displayed', 'automated', (), """Received: from poczta.kancelaria-wrobel.pl (poczta.kancelaria-wrobel.pl [185.243.52.17])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Kz0s31t2Kz9sQ
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 11:48:31 +0100 (CET)
Message-ID: <b61e9f3c-5a40-4d1c-9c2b-7e1d0c88aa31@kancelaria-wrobel.pl>
Date: Fri, 20 Nov 2026 11:48:29 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: =?UTF-8?Q?Pawe=C5=82_Wr=C3=B3bel?= <p.wrobel@kancelaria-wrobel.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Potwierdzenie_odbioru_=28wy=C5=9Bwietlono=29_-_Odpowied=C5=BA_na_=C5=BC=C4=85danie_dost=C4=99pu_do_danych?=
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------Gy0f2EwH3aT9qXbV1LmN6c4R"

This is a multi-part message in MIME format.
--------------Gy0f2EwH3aT9qXbV1LmN6c4R
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

To jest potwierdzenie odbioru wiadomości wysłanej do <p.wrobel@kancelaria-wrobel.pl>.

Uwaga: To potwierdzenie odbioru oznacza jedynie, że wiadomość została wyświetlona na komputerze odbiorcy. Nie ma gwarancji, że odbiorca przeczytał lub zrozumiał treść wiadomości.

--------------Gy0f2EwH3aT9qXbV1LmN6c4R
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: kancelaria-wrobel.pl; Mozilla Thunderbird
Final-Recipient: rfc822;p.wrobel@kancelaria-wrobel.pl
Original-Message-ID: <acc-20261119-0207@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--------------Gy0f2EwH3aT9qXbV1LmN6c4R
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

Date: Thu, 19 Nov 2026 16:05:12 +0100
From: privacy@shop.example.be
To: p.wrobel@kancelaria-wrobel.pl
Subject: =?UTF-8?Q?Odpowied=C5=BA_na_=C5=BC=C4=85danie_dost=C4=99pu_do_danych?=
Message-ID: <acc-20261119-0207@shop.example.be>
Disposition-Notification-To: privacy@shop.example.be

--------------Gy0f2EwH3aT9qXbV1LmN6c4R--
"""),
    ('pl', 'person-iphone-disclaimer', 'deletion', ('withdraw_consent',), """Received: from mail.kancelaria-zielinski.pl (mail.kancelaria-zielinski.pl [91.227.18.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KvQ8m3xYkz9sS
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 22:47:18 +0100 (CET)
Content-Type: multipart/alternative; boundary=Apple-Mail-6E2C1B0A-93F4-4C1D-8E22-5A7B3D9C4F10
Content-Transfer-Encoding: 7bit
From: =?utf-8?Q?Marek_Zieli=C5=84ski?= <m.zielinski@kancelaria-zielinski.pl>
Mime-Version: 1.0 (1.0)
Date: Tue, 10 Nov 2026 22:47:11 +0100
Subject: =?utf-8?Q?Usuni=C4=99cie_konta_i_danych?=
Message-Id: <7D1B9E52-0C3A-4F8B-A6D2-91E4C0B7F3A8@kancelaria-zielinski.pl>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)


--Apple-Mail-6E2C1B0A-93F4-4C1D-8E22-5A7B3D9C4F10
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,
prosz=C4=99 o usuni=C4=99cie mojego konta w Pa=C5=84stwa sklepie (login m.z=
ielinski@kancelaria-zielinski.pl) i wszystkich moich danych osobowych, =C5=
=82=C4=85cznie z kart=C4=85 sta=C5=82ego klienta. Cofam te=C5=BC zgod=C4=99=
 na newsletter i na smsy marketingowe - prosze nic wiecej nie wysy=C5=82a=
=C4=87.
Prosz=C4=99 o potwierdzenie mailem jak b=C4=99dzie zrobione.

Pozdrawiam
Marek Zieli=C5=84ski

Wys=C5=82ane z iPhone'a

________________________________
Niniejsza wiadomo=C5=9B=C4=87 wraz z za=C5=82=C4=85cznikami mo=C5=BCe zawie=
ra=C4=87 informacje poufne lub prawnie chronione, w tym obj=C4=99te tajemni=
c=C4=85 adwokack=C4=85, przeznaczone wy=C5=82=C4=85cznie dla adresata. Je=
=C5=BCeli nie s=C4=85 Pa=C5=84stwo zamierzonym adresatem niniejszej wiadomo=
=C5=9Bci, informujemy, =C5=BCe jakiekolwiek jej rozpowszechnianie, kopiowan=
ie lub inne wykorzystanie jest zabronione. W takim przypadku prosimy o niez=
w=C5=82oczne powiadomienie nadawcy poprzez odpowied=C5=BA na t=C4=99 wiadom=
o=C5=9B=C4=87 oraz o jej trwa=C5=82e usuni=C4=99cie wraz ze wszystkimi kopi=
ami.
Administratorem danych osobowych przetwarzanych w zwi=C4=85zku z koresponde=
ncj=C4=85 jest Kancelaria Adwokacka Marek Zieli=C5=84ski, ul. Piotrkowska 1=
12, 90-006 =C5=81=C3=B3d=C5=BA. Informacje o przetwarzaniu danych osobowych=
 dost=C4=99pne s=C4=85 na stronie www.kancelaria-zielinski.pl/rodo.
This message and any attachments may contain confidential or legally privil=
eged information intended solely for the addressee. If you are not the inte=
nded recipient, please notify the sender and delete this message.

--Apple-Mail-6E2C1B0A-93F4-4C1D-8E22-5A7B3D9C4F10
Content-Type: text/html;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"content-type" content=3D"text/html; charset=
=3Dutf-8"></head><body dir=3D"auto"><div dir=3D"ltr">Dzie=C5=84 dobry,</div=
><div dir=3D"ltr">prosz=C4=99 o usuni=C4=99cie mojego konta w Pa=C5=84stwa =
sklepie (login m.zielinski@kancelaria-zielinski.pl) i wszystkich moich dany=
ch osobowych, =C5=82=C4=85cznie z kart=C4=85 sta=C5=82ego klienta. Cofam te=
=C5=BC zgod=C4=99 na newsletter i na smsy marketingowe - prosze nic wiecej =
nie wysy=C5=82a=C4=87.</div><div dir=3D"ltr">Prosz=C4=99 o potwierdzenie ma=
ilem jak b=C4=99dzie zrobione.</div><div dir=3D"ltr"><br></div><div dir=3D"=
ltr">Pozdrawiam</div><div dir=3D"ltr">Marek Zieli=C5=84ski<br><br><div dir=
=3D"ltr">Wys=C5=82ane z iPhone'a</div><div dir=3D"ltr"><br></div><div dir=
=3D"ltr"><span style=3D"font-size: 9px; color: rgb(128, 128, 128);">_______=
_________________________<br>Niniejsza wiadomo=C5=9B=C4=87 wraz z za=C5=82=
=C4=85cznikami mo=C5=BCe zawiera=C4=87 informacje poufne lub prawnie chroni=
one, w tym obj=C4=99te tajemnic=C4=85 adwokack=C4=85, przeznaczone wy=C5=82=
=C4=85cznie dla adresata. Je=C5=BCeli nie s=C4=85 Pa=C5=84stwo zamierzonym =
adresatem niniejszej wiadomo=C5=9Bci, informujemy, =C5=BCe jakiekolwiek jej=
 rozpowszechnianie, kopiowanie lub inne wykorzystanie jest zabronione. W ta=
kim przypadku prosimy o niezw=C5=82oczne powiadomienie nadawcy poprzez odpo=
wied=C5=BA na t=C4=99 wiadomo=C5=9B=C4=87 oraz o jej trwa=C5=82e usuni=C4=
=99cie wraz ze wszystkimi kopiami.<br>Administratorem danych osobowych prze=
twarzanych w zwi=C4=85zku z korespondencj=C4=85 jest Kancelaria Adwokacka M=
arek Zieli=C5=84ski, ul. Piotrkowska 112, 90-006 =C5=81=C3=B3d=C5=BA. Infor=
macje o przetwarzaniu danych osobowych dost=C4=99pne s=C4=85 na stronie www=
.kancelaria-zielinski.pl/rodo.<br>This message and any attachments may cont=
ain confidential or legally privileged information intended solely for the =
addressee. If you are not the intended recipient, please notify the sender =
and delete this message.</span></div></div></body></html>

--Apple-Mail-6E2C1B0A-93F4-4C1D-8E22-5A7B3D9C4F10--
"""),
    ('pl', 'person-website-contact-form', 'access', (), """Received: from web02.shop.example.be (web02.shop.example.be [10.20.0.12])
	by mx1.shop.example.be (Postfix) with ESMTP id 4KwG6b0P7Cz9sT
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 19:31:44 +0100 (CET)
Date: Thu, 12 Nov 2026 19:31:44 +0100
From: Formularz kontaktowy shop.example.be <no-reply@shop.example.be>
Reply-To: =?UTF-8?Q?Ewa_Soko=C5=82owska?= <ewa.sokolowska@o2.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?[Formularz_kontaktowy]_Temat:_Ochrona_danych_osobowych?=
Message-ID: <f3c81e0b2a7d9e44a1c6@web02.shop.example.be>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Nowa wiadomość z formularza kontaktowego (shop.example.be/pl/kontakt)

Imię i nazwisko: Ewa Sokołowska
E-mail: ewa.sokolowska@o2.pl
Telefon: 601 224 318
Numer zamówienia: 
Temat: Ochrona danych osobowych
Wiadomość:
Witam, dostaje od Was maile i smsy chociaż nie pamiętam zebym zakładała konto. Chce wiedziec jakie dane na mój temat macie, skąd je macie i komu je przekazaliście. Proszę o przesłanie kopii tych danych na mój adres e-mail.
Ewa Sokołowska

Zgoda na przetwarzanie danych w celu odpowiedzi: TAK
--
Wysłano: 12.11.2026 19:31:44
IP: 83.29.141.77
"""),
    ('cs', 'seznam-mailbox-full-export-ready-quoted', 'automated', (), """Return-Path: <>
Received: from mxb.seznam.cz (mxb.seznam.cz [77.75.76.81])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KwnCq4HbTz9sQ
	for <privacy@shop.example.be>; Sat, 14 Nov 2026 09:12:55 +0100 (CET)
Date: Sat, 14 Nov 2026 09:12:53 +0100 (CET)
From: Mail Delivery System <MAILER-DAEMON@email.seznam.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nedoru=C4=8Den=C3=A1_zpr=C3=A1va_/_Undelivered_Mail_Returned_to_Sender?=
Message-Id: <20261114081253.4A1E21C00F2@mxb.seznam.cz>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4A1E21C00F2.1794643973/mxb.seznam.cz"

This is a MIME-encapsulated message.

--4A1E21C00F2.1794643973/mxb.seznam.cz
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

toto je automatick=C3=A1 zpr=C3=A1va po=C5=A1tovn=C3=ADho serveru Seznam.cz.

Va=C5=A1i zpr=C3=A1vu se nepoda=C5=99ilo doru=C4=8Dit n=C3=A1sleduj=C3=ADc=
=C3=ADmu adres=C3=A1tovi:

    jana.dvorakova@seznam.cz

D=C5=AFvod: schr=C3=A1nka adres=C3=A1ta je pln=C3=A1 (byla p=C5=99ekro=C4=
=8Dena kv=C3=B3ta). Adres=C3=A1t mus=C3=AD
nejprve uvolnit m=C3=ADsto ve sv=C3=A9 schr=C3=A1nce. Zkuste zpr=C3=A1vu od=
eslat pozd=C4=9Bji.

Na tuto zpr=C3=A1vu pros=C3=ADm neodpov=C3=ADdejte.

------------------------------------------------------------------

Your message could not be delivered to jana.dvorakova@seznam.cz:
the recipient's mailbox is full (quota exceeded).

552 5.2.2 <jana.dvorakova@seznam.cz>: Mailbox full

--4A1E21C00F2.1794643973/mxb.seznam.cz
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mxb.seznam.cz
X-Postfix-Queue-ID: 4A1E21C00F2
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Sat, 14 Nov 2026 09:12:52 +0100 (CET)

Final-Recipient: rfc822; jana.dvorakova@seznam.cz
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; mailbox full

--4A1E21C00F2.1794643973/mxb.seznam.cz
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [195.130.140.21])
	by mxb.seznam.cz (szn-email-smtpd) with ESMTPS
	for <jana.dvorakova@seznam.cz>; Sat, 14 Nov 2026 09:12:52 +0100 (CET)
Date: Sat, 14 Nov 2026 09:12:49 +0100
From: "shop.example.be - Ochrana osobních údajů" <privacy@shop.example.be>
To: jana.dvorakova@seznam.cz
Subject: =?UTF-8?Q?Va=C5=A1e_osobn=C3=AD_=C3=BAdaje_jsou_p=C5=99ipraveny_ke_sta=C5=BEen=C3=AD?=
Message-ID: <exp-20261114-0031@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--4A1E21C00F2.1794643973/mxb.seznam.cz--
"""),
    ('cs', 'exchange-online-ndr-recipient-not-found', 'automated', (), """Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2091.outbound.protection.outlook.com [40.107.103.91])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Kx6mY3b5jz9sV
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 15:03:22 +0100 (CET)
From: postmaster@stavebnikysvoboda.onmicrosoft.com
To: privacy@shop.example.be
Date: Tue, 17 Nov 2026 14:03:20 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ad1e7b9c-2f05-4b6a-9d11-0c4e3f8a7b21"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: cs-CZ
Message-ID: <0b8c1d6e-2a3f-47b9-8e0d-55c1f2a9d3e4@VI1PR08MB5412.eurprd08.prod.outlook.com>
In-Reply-To: <obj-20261117-0144@shop.example.be>
References: <obj-20261117-0144@shop.example.be>
Thread-Topic: =?utf-8?b?UG90dnJ6ZW7DrTogTsOhbWl0a2EgcHJvdGkgemFzw61sw6Fuw60gbmFiw61kZWs=?=
Subject: =?utf-8?b?TmVkb3J1xI1pdGVsbsOpOiBQb3R2cnplbsOtOiBOw6FtaXRrYSBwcm90aSB6YXM=?=
 =?utf-8?b?w61sw6Fuw60gbmFiw61kZWs=?=
MIME-Version: 1.0
X-MS-Exchange-Organization-SCL: -1

--ad1e7b9c-2f05-4b6a-9d11-0c4e3f8a7b21
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="e3b9f0a2-6c41-4d8e-b7a5-1f2d3c4b5a69"

--e3b9f0a2-6c41-4d8e-b7a5-1f2d3c4b5a69
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

WnByw6F2dSBwcm8gYWRyZXPDoXRhIHBldHIuc3ZvYm9kYUBzdGF2ZWJuaW55LXN2b2JvZGEuY3og
c2UgbmVwb2RhxZlpbG8gZG9ydcSNaXQuCgpBZHJlc2EgcGV0ci5zdm9ib2RhIG5lYnlsYSB2IGRv
bcOpbsSbIHN0YXZlYm5pbnktc3ZvYm9kYS5jeiBuYWxlemVuYS4gTcWvxb5lIGLDvXQgY2h5Ym7E
myBuYXBzYW7DoSBuZWJvIHXFviBuZW11c8OtIGV4aXN0b3ZhdC4KCkphayB0ZW50byBwcm9ibMOp
bSB2ecWZZcWhaXQ/ClpwcsOhdnUgb2RlxaFsZXRlIHpub3Z1LiBOZWpkxZnDrXYgYWxlIHprb250
cm9sdWp0ZSwgamVzdGxpIGplIGFkcmVzYSBzcHLDoXZuw6EuIFBva3VkIHBvdcW+w612w6F0ZSBh
dXRvbWF0aWNrw6kgZG9rb27EjW92w6Fuw60sIG9kc3RyYcWIdGUgbmFiw616ZW5vdSBhZHJlc3Ug
YSBuYXBpxaF0ZSBqaSB6bm92dSBjZWxvdS4KCkRpYWdub3N0aWNrw6kgaW5mb3JtYWNlIHBybyBz
cHLDoXZjZToKR2VuZXJ1asOtY8OtIHNlcnZlcjogVkkxUFIwOE1CNTQxMi5ldXJwcmQwOC5wcm9k
Lm91dGxvb2suY29tCnBldHIuc3ZvYm9kYUBzdGF2ZWJuaW55LXN2b2JvZGEuY3oKUmVtb3RlIHNl
cnZlciByZXR1cm5lZCAnNTUwIDUuMS4xMCBSRVNPTFZFUi5BRFIuUmVjaXBpZW50Tm90Rm91bmQ7
IFJlY2lwaWVudCBub3QgZm91bmQgYnkgU01UUCBhZGRyZXNzIGxvb2t1cCcK

--e3b9f0a2-6c41-4d8e-b7a5-1f2d3c4b5a69
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT4KPGRpdiBzdHlsZT0iZm9udC1mYW1p
bHk6J1NlZ29lIFVJJyxGcnV0aWdlcixBcmlhbCxzYW5zLXNlcmlmO2ZvbnQtc2l6ZToxNnB4O2Nv
bG9yOiMyMTIxMjEiPgo8cD48Yj48c3BhbiBzdHlsZT0iY29sb3I6I2MwMDAwMCI+VmHFoWUgenBy
w6F2YSBwcm8gYWRyZXPDoXRhIHBldHIuc3ZvYm9kYUBzdGF2ZWJuaW55LXN2b2JvZGEuY3ogc2Ug
bmVwb2RhxZlpbG8gZG9ydcSNaXQuPC9zcGFuPjwvYj48L3A+CjxwPkFkcmVzYSA8Yj5wZXRyLnN2
b2JvZGE8L2I+IG5lYnlsYSB2IGRvbcOpbsSbIDxiPnN0YXZlYm5pbnktc3ZvYm9kYS5jejwvYj4g
bmFsZXplbmEuIE3Fr8W+ZSBiw710IGNoeWJuxJsgbmFwc2Fuw6EgbmVibyB1xb4gbmVtdXPDrSBl
eGlzdG92YXQuPC9wPgo8dGFibGUgY2VsbHBhZGRpbmc9IjAiIGNlbGxzcGFjaW5nPSIwIj48dHI+
PHRkIHN0eWxlPSJwYWRkaW5nOjhweCAwIj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjE1cHg7YmFj
a2dyb3VuZDojZmZmIj5wcml2YWN5PC9zcGFuPjxicj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjEy
cHg7Y29sb3I6IzY2NiI+T2Rlc8OtbGF0ZWw8L3NwYW4+PC90ZD48dGQgc3R5bGU9InBhZGRpbmc6
OHB4IDIwcHg7Y29sb3I6I2MwMDAwMDtmb250LXNpemU6MjBweCI+JiMxMDAwNjs8L3RkPjx0ZD48
c3BhbiBzdHlsZT0iZm9udC1zaXplOjE1cHgiPlN0YXZlYm5pbnkgU3ZvYm9kYTwvc3Bhbj48YnI+
PHNwYW4gc3R5bGU9ImZvbnQtc2l6ZToxMnB4O2NvbG9yOiM2NjYiPkV4Y2hhbmdlPC9zcGFuPjwv
dGQ+PC90cj48L3RhYmxlPgo8cD48Yj5KYWsgdGVudG8gcHJvYmzDqW0gdnnFmWXFoWl0PzwvYj48
L3A+CjxwPlpwcsOhdnUgb2RlxaFsZXRlIHpub3Z1LiBOZWpkxZnDrXYgYWxlIHprb250cm9sdWp0
ZSwgamVzdGxpIGplIGFkcmVzYSBzcHLDoXZuw6EuPC9wPgo8cCBzdHlsZT0iZm9udC1zaXplOjEz
cHg7Y29sb3I6IzY2NiI+PGI+RGlhZ25vc3RpY2vDqSBpbmZvcm1hY2UgcHJvIHNwcsOhdmNlOjwv
Yj48YnI+R2VuZXJ1asOtY8OtIHNlcnZlcjogVkkxUFIwOE1CNTQxMi5ldXJwcmQwOC5wcm9kLm91
dGxvb2suY29tPGJyPnBldHIuc3ZvYm9kYUBzdGF2ZWJuaW55LXN2b2JvZGEuY3o8YnI+UmVtb3Rl
IHNlcnZlciByZXR1cm5lZCAnNTUwIDUuMS4xMCBSRVNPTFZFUi5BRFIuUmVjaXBpZW50Tm90Rm91
bmQ7IFJlY2lwaWVudCBub3QgZm91bmQgYnkgU01UUCBhZGRyZXNzIGxvb2t1cCc8L3A+CjwvZGl2
PjwvYm9keT48L2h0bWw+Cg==

--e3b9f0a2-6c41-4d8e-b7a5-1f2d3c4b5a69--

--ad1e7b9c-2f05-4b6a-9d11-0c4e3f8a7b21
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR08MB5412.eurprd08.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Tue, 17 Nov 2026 14:03:19 +0000

Final-Recipient: rfc822;petr.svoboda@stavebniny-svoboda.cz
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup


--ad1e7b9c-2f05-4b6a-9d11-0c4e3f8a7b21
Content-Type: text/rfc822-headers

From: privacy@shop.example.be
To: petr.svoboda@stavebniny-svoboda.cz
Subject: =?utf-8?Q?Potvrzen=C3=AD:_N=C3=A1mitka_proti_zas=C3=ADl=C3=A1n=C3=AD_nab=C3=ADdek?=
Date: Tue, 17 Nov 2026 15:03:14 +0100
Message-ID: <obj-20261117-0144@shop.example.be>

--ad1e7b9c-2f05-4b6a-9d11-0c4e3f8a7b21--
"""),
    ('cs', 'hospital-exchange-onprem-ooo', 'automated', (), """Received: from mail.fnbrno-demo.cz (mail.fnbrno-demo.cz [147.251.202.30])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KxKjM0wN9z9sS
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 10:20:03 +0100 (CET)
Received: from EXCH02.fn.local (10.1.4.22) by EXCH01.fn.local (10.1.4.21)
 with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; Mon, 16 Nov
 2026 10:20:01 +0100
From: =?iso-8859-2?Q?Hor=E1kov=E1_Lenka?= <Horakova.Lenka@fnbrno-demo.cz>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-2?Q?Automatick=E1_odpov=EC=EF:_Faktura_=E8._2026-10488_-_dotaz?=
Thread-Topic: =?iso-8859-2?Q?Faktura_=E8._2026-10488_-_dotaz?=
Thread-Index: AQHbN8Ohl3s7Lc2T5kuYJ0fQyBv3bQ==
Date: Mon, 16 Nov 2026 09:20:01 +0000
Message-ID: <d3a1f5c9e0b24c7a8a9d1b2e3f4c5d6e@EXCH02.fn.local>
In-Reply-To: <inv-20261116-0009@shop.example.be>
Accept-Language: cs-CZ, en-US
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-AuthSource: EXCH02.fn.local
X-MS-Exchange-Organization-AuthAs: Internal
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Dobr=FD den,

od 16. 11. do 27. 11. 2026 =E8erp=E1m dovolenou a nem=E1m p=F8=EDstup k e-m=
ailu. Va=B9e zpr=E1va nebude p=F8eposl=E1na.
V nal=E9hav=FDch z=E1le=BEitostech se pros=EDm obra=BBte na sekretari=E1t =
=FAseku ekonomick=E9ho =F8editele, tel. 532 23 4011, sekretariat.eko@fnbrno=
-demo.cz.

S pozdravem

Ing. Lenka Hor=E1kov=E1
referent n=E1kupu
Fakultn=ED nemocnice - =FAsek ekonomick=E9ho =F8editele
"""),
    ('cs', 'smartemailing-double-optin', 'automated', (), """Received: from out-4.smartemailing.cz (out-4.smartemailing.cz [185.138.133.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KxYr90kDmz9sR
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 18:44:10 +0100 (CET)
Date: Tue, 17 Nov 2026 18:44:08 +0100
From: =?UTF-8?Q?Zahradn=C3=AD_r=C3=A1j?= <info@zahradniraj-demo.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Potvr=C4=8Fte_pros=C3=ADm_p=C5=99ihl=C3=A1=C5=A1en=C3=AD_k_odb=C4=9Bru_novinek?=
Message-ID: <se.7f1e0a9b3c.41.1794505448@smartemailing.cz>
X-Mailer: SmartEmailing
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="se_b1_7f1e0a9b3c"

--se_b1_7f1e0a9b3c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

d=C4=9Bkujeme za z=C3=A1jem o novinky e-shopu Zahradn=C3=AD r=C3=A1j. Pro d=
okon=C4=8Den=C3=AD p=C5=99ihl=C3=A1=C5=A1en=C3=AD
k odb=C4=9Bru pros=C3=ADm potvr=C4=8Fte svou e-mailovou adresu kliknut=C3=
=ADm na odkaz:

https://app.smartemailing.cz/public/confirm?c=3D7f1e0a9b3c&l=3D41&e=3Dpriva=
cy%40shop.example.be

Pokud jste se k odb=C4=9Bru nep=C5=99ihla=C5=A1ovali, tento e-mail ignorujt=
e. Bez potvrzen=C3=AD
V=C3=A1m nebudeme nic zas=C3=ADlat.

Zpracov=C3=A1n=C3=AD osobn=C3=ADch =C3=BAdaj=C5=AF se =C5=99=C3=ADd=C3=AD z=
=C3=A1sadami na www.zahradniraj-demo.cz/gdpr.
Sv=C3=A9 souhlasy m=C5=AF=C5=BEete kdykoli odvolat.

Zahradn=C3=AD r=C3=A1j s.r.o.

--se_b1_7f1e0a9b3c
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWYiPjxwPkRvYnLD
vSBkZW4sPC9wPjxwPmTEm2t1amVtZSB6YSB6w6FqZW0gbyBub3Zpbmt5IGUtc2hvcHUgWmFocmFk
bsOtIHLDoWouIFBybyBkb2tvbsSNZW7DrSBwxZlpaGzDocWhZW7DrSBrIG9kYsSbcnUgcHJvc8Ot
bSBwb3R2csSPdGUgc3ZvdSBlLW1haWxvdm91IGFkcmVzdSBrbGlrbnV0w61tIG5hIG9ka2F6Ojwv
cD48cD5odHRwczovL2FwcC5zbWFydGVtYWlsaW5nLmN6L3B1YmxpYy9jb25maXJtP2M9N2YxZTBh
OWIzYyZsPTQxJmU9cHJpdmFjeSU0MHNob3AuZXhhbXBsZS5iZTwvcD48cD5Qb2t1ZCBqc3RlIHNl
IGsgb2RixJtydSBuZXDFmWlobGHFoW92YWxpLCB0ZW50byBlLW1haWwgaWdub3J1anRlLiBCZXog
cG90dnJ6ZW7DrSBWw6FtIG5lYnVkZW1lIG5pYyB6YXPDrWxhdC48L3A+PHA+WnByYWNvdsOhbsOt
IG9zb2Juw61jaCDDumRhasWvIHNlIMWZw61kw60gesOhc2FkYW1pIG5hIHd3dy56YWhyYWRuaXJh
ai1kZW1vLmN6L2dkcHIuIFN2w6kgc291aGxhc3kgbcWvxb5ldGUga2R5a29saSBvZHZvbGF0Ljwv
cD48cD5aYWhyYWRuw60gcsOhaiBzLnIuby4gPC9wPjwvYm9keT48L2h0bWw+Cg==

--se_b1_7f1e0a9b3c--
"""),
    ('cs', 'eset-mail-security-quarantine', 'automated', (), """Received: from mail.lekarna-zdravi.cz (mail.lekarna-zdravi.cz [89.187.161.93])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Kz3Ff1BvYz9sW
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 13:37:50 +0100 (CET)
From: ESET Mail Security <postmaster@lekarna-zdravi.cz>
To: privacy@shop.example.be
Subject: Zprava nebyla dorucena - umistena do karanteny / Message quarantined
Date: Fri, 20 Nov 2026 13:37:48 +0100
Message-ID: <EMSX.20261120133748.00417@SRV-EXCH.lekarna.local>
X-EsetId: 37F7D3A91B0C6E3F2A8D54
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Dobry den,

Vase zprava byla zachycena serverem ESET Mail Security a umistena do
karanteny. Adresat ji zatim neobdrzel.

Odesilatel:  privacy@shop.example.be
Prijemce:    objednavky@lekarna-zdravi.cz
Predmet:     Vase zadost o vymaz osobnich udaju - potvrzeni
Datum:       20.11.2026 13:37:45
Duvod:       Antispam - podezrela priloha (vymaz_potvrzeni.pdf)

Pokud je zprava v poradku, kontaktujte spravce IT: it@lekarna-zdravi.cz.

---
Your message was quarantined by ESET Mail Security and has not been
delivered. This is an automatically generated notification.
"""),
    ('cs', 'person-reply-in-autoreply-thread', 'restriction', (), """Received: from mail.ukazka-mesto.cz (mail.ukazka-mesto.cz [193.86.74.18])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KyDg81w2Tz9sT
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 08:41:27 +0100 (CET)
From: =?iso-8859-2?Q?Proch=E1zkov=E1_Alena?= <alena.prochazkova@ukazka-mesto.cz>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-2?Q?RE:_Automatick=E1_odpov=EC=EF:_=AE=E1dost_o_v=FDmaz_=FAdaj=F9?=
Thread-Topic: =?iso-8859-2?Q?Automatick=E1_odpov=EC=EF:_=AE=E1dost_o_v=FDmaz_=FAdaj=F9?=
Thread-Index: AQHbN8Ohl3s7Lc2T5kuYJ0fQyBv3bQGw4kq8AAGz0Yk=
Date: Mon, 23 Nov 2026 07:41:25 +0000
Message-ID: <a7c2e9f0b1d34e5f8a6b7c9d0e1f2a3b@EXMB01.mesto.local>
References: <9f1e2d3c4b5a@EXMB01.mesto.local> <ack-20261116-0902@shop.example.be>
In-Reply-To: <ack-20261116-0902@shop.example.be>
Accept-Language: cs-CZ, en-US
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Dobr=FD den,

omlouv=E1m se, minul=FD t=FDden jsem byla na dovolen=E9, proto V=E1m p=F8i=
=B9la jen ta automatick=E1 odpov=EC=EF.

K v=ECci: v=EDm, =BEe mou =BE=E1dost o v=FDmaz nem=F9=BEete hned vy=F8=EDdi=
t, proto=BEe s V=E1mi =F8e=B9=EDm reklamaci zahradn=EDho n=E1bytku (obj. 20=
26-88412). Do doby, ne=BE bude reklamace uzav=F8en=E1, ale =BE=E1d=E1m, aby=
ste moje osobn=ED =FAdaje nepou=BE=EDvali k ni=E8emu jin=E9mu ne=BE k t=E9 =
reklamaci - =BE=E1dn=FD marketing, =BE=E1dn=E9 p=F8ed=E1v=E1n=ED partner=F9=
m, jen je uchovejte. Tedy omezen=ED zpracov=E1n=ED podle =E8l. 18 GDPR.

D=ECkuji
Mgr. Alena Proch=E1zkov=E1

________________________________
Od: privacy@shop.example.be <privacy@shop.example.be>
Odesl=E1no: pond=ECl=ED 16. listopadu 2026 9:02
Komu: Proch=E1zkov=E1 Alena <alena.prochazkova@ukazka-mesto.cz>
P=F8edm=ECt: RE: Automatick=E1 odpov=EC=EF: =AE=E1dost o v=FDmaz =FAdaj=F9

Dobr=FD den, pan=ED Proch=E1zkov=E1,
Va=B9i =BE=E1dost jsme obdr=BEeli, s vy=F8=EDzen=EDm v=FDmazu v=B9ak mus=ED=
me po=E8kat do uzav=F8en=ED reklamace ...

________________________________
Od: Proch=E1zkov=E1 Alena
Odesl=E1no: =E8tvrtek 12. listopadu 2026 14:10
P=F8edm=ECt: Automatick=E1 odpov=EC=EF: =AE=E1dost o v=FDmaz =FAdaj=F9

Dobr=FD den, do 20. 11. jsem mimo kancel=E1=F8. ...
"""),
    ('cs', 'person-seznam-webmail-html-only', 'portability', (), """Received: from email.seznam.cz (email-smtpc10b.ng.seznam.cz [77.75.78.70])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KvxK04Pz3z9sQ
	for <privacy@shop.example.be>; Wed, 11 Nov 2026 20:05:36 +0100 (CET)
Received: from email.seznam.cz by email-smtpc10b.ng.seznam.cz (email-smtpc10b.ng.seznam.cz [10.23.18.54])
	id 2b7c4e9a1f0d3c5e81b1a2f3;
	Wed, 11 Nov 2026 20:05:33 +0100 (CET)
From: =?utf-8?q?Tom=C3=A1=C5=A1_Bene=C5=A1?= <tomas.benes@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?P=C5=99enos_m=C3=BDch_dat?=
Date: Wed, 11 Nov 2026 20:05:33 +0100 (CET)
Message-Id: <5BO.Aiq4.3e7Hc9kVRfx.1eLzNd@seznam.cz>
Mime-Version: 1.0 (szn-mime-2.1.61)
X-Mailer: szn-ebox-5.4.29
Content-Type: text/html;
	charset=utf-8
Content-Transfer-Encoding: base64

PGRpdj5Eb2Jyw70gZGVuLDwvZGl2PjxkaXY+PGJyPjwvZGl2PjxkaXY+cMWZZWNow6F6w61tIGsg
amluw6ltdSBvYmNob2R1IGEgcsOhZCBieWNoIHNpIHZ6YWwgcyBzZWJvdSBzdm9qZSBkYXRhIHog
dsSbcm5vc3Ruw61obyBwcm9ncmFtdSBhIGhpc3RvcmlpIG7DoWt1cMWvLiBQb8WhbGV0ZSBtaSBq
ZSBwcm9zw61tIHZlIHN0cm9qb3bEmyDEjWl0ZWxuw6ltIGZvcm3DoXR1IChDU1YgbmVibyBKU09O
LCBuZSBQREYpLCBqYWsgbWkgdW1vxb7FiHVqZSDEjWwuIDIwIEdEUFIuPC9kaXY+PGRpdj5Qb2t1
ZCB0byBqZGUsIGtsaWRuxJsgamUgcm92bm91IHDFmWVkZWp0ZSBmaXJtxJsgWmFocmFkbsOtIGNl
bnRydW0gSG9ydHVzIHMuci5vLiwgYWRyZXNhIHBybyBwxZnDrWplbSBqZSBkYXRhQGhvcnR1cy1k
ZW1vLmN6LjwvZGl2PjxkaXY+PGJyPjwvZGl2PjxkaXY+xIzDrXNsbyB2xJtybm9zdG7DrSBrYXJ0
eTogNDQxMCAwMjg3IDMzMTI8L2Rpdj48ZGl2Pjxicj48L2Rpdj48ZGl2PkTEm2t1amksIDwvZGl2
PjxkaXY+VG9tw6HFoSBCZW5lxaE8L2Rpdj48ZGl2Pjxicj48L2Rpdj4=
"""),
    ('hr', 't-com-htnet-user-unknown', 'automated', (), """Return-Path: <>
Received: from mx.htnet.hr (mx.htnet.hr [195.29.150.140])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KwBz35HkMz9sS
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 16:27:44 +0100 (CET)
Date: Thu, 12 Nov 2026 16:27:42 +0100
From: Mail Delivery Subsystem <MAILER-DAEMON@htnet.hr>
To: <privacy@shop.example.be>
Subject: =?UTF-8?Q?Poruka_nije_isporu=C4=8Dena_/_Returned_mail:_User_unknown?=
Message-Id: <202611121527.2ACFRgHq019033@mx.htnet.hr>
Auto-Submitted: auto-generated (failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="2ACFRgHq019033.1794498462/mx.htnet.hr"

This is a MIME-encapsulated message

--2ACFRgHq019033.1794498462/mx.htnet.hr
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Poštovani,

Vaša poruka nije isporučena jer adresa primatelja ne postoji
na poslužitelju Hrvatskog Telekoma:

   ivana.babic@htnet.hr  (550 5.1.1 korisnik nepoznat)

Provjerite je li adresa ispravno upisana. Ovo je automatska poruka,
molimo ne odgovarajte na nju.

   ----- The following addresses had permanent fatal errors -----
<ivana.babic@htnet.hr>
    (reason: 550 5.1.1 <ivana.babic@htnet.hr>... User unknown)

   ----- Transcript of session follows -----
... while talking to mbox3.htnet.hr.:
>>> RCPT To:<ivana.babic@htnet.hr>
<<< 550 5.1.1 <ivana.babic@htnet.hr>... User unknown
550 5.1.1 <ivana.babic@htnet.hr>... User unknown

--2ACFRgHq019033.1794498462/mx.htnet.hr
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.htnet.hr
Received-From-MTA: DNS; mx1.shop.example.be
Arrival-Date: Thu, 12 Nov 2026 16:27:41 +0100

Final-Recipient: RFC822; ivana.babic@htnet.hr
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mbox3.htnet.hr
Diagnostic-Code: SMTP; 550 5.1.1 <ivana.babic@htnet.hr>... User unknown
Last-Attempt-Date: Thu, 12 Nov 2026 16:27:42 +0100

--2ACFRgHq019033.1794498462/mx.htnet.hr
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Date: Thu, 12 Nov 2026 16:27:38 +0100
From: privacy@shop.example.be
To: ivana.babic@htnet.hr
Subject: =?UTF-8?Q?Va=C5=A1_zahtjev_za_ispravak_podataka_je_izvr=C5=A1en?=
Message-ID: <cor-20261112-0058@shop.example.be>

--2ACFRgHq019033.1794498462/mx.htnet.hr--
"""),
    ('hr', 'university-exchange-online-ooo', 'automated', (), """Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2118.outbound.protection.outlook.com [40.107.247.118])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KxNn73Xq2z9sR
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 12:09:58 +0100 (CET)
From: =?iso-8859-2?Q?Marko_Peri=E6?= <marko.peric@fer-demo.unizg.hr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-2?Q?Automatski_odgovor:_Ponuda_za_opremanje_vrta_fakultet?=
 =?iso-8859-2?Q?a_-_podaci_za_fakturu?=
Thread-Topic: =?iso-8859-2?Q?Ponuda_za_opremanje_vrta_fakulteta_-_podaci_za_fakturu?=
Thread-Index: AQHbOAe1c2zTQ3RyfU6Lk9a7bB8Xww==
Date: Mon, 16 Nov 2026 11:09:56 +0000
Message-ID: <AM9PR03MB6913B1E0C84A2F6D7E3C1A52D4E02@AM9PR03MB6913.eurprd03.prod.outlook.com>
In-Reply-To: <b2b-20261116-0031@shop.example.be>
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Po=B9tovani,

od 16. do 25. studenoga 2026. nalazim se na konferenciji u inozemstvu s ogr=
ani=E8enim pristupom e-po=B9ti. Na poruke =E6u odgovoriti po povratku.
Za hitna pitanja vezana uz nabavu obratite se Slu=BEbi za javnu nabavu: nab=
ava@fer-demo.unizg.hr.

Lijep pozdrav,
izv. prof. dr. sc. Marko Peri=E6
Sveu=E8ili=B9te u Zagrebu
"""),
    ('hr', 'secretary-rule-autoreply-no-headers', 'automated', (), """Received: from mail.opcina-demo.hr (mail.opcina-demo.hr [213.202.85.14])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KypT04vWdz9sV
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 08:00:31 +0100 (CET)
From: =?utf-8?B?VGFqbmnFoXR2byBPcMSHaW5l?= <tajnistvo@opcina-demo.hr>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?RE:_Zahtjev_za_brisanje_podataka_-_potvrda_primitka?=
Date: Fri, 20 Nov 2026 08:00:29 +0100
Message-ID: <000601db5b1e$4c2a7f10$e47f5d30$@opcina-demo.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Content-Language: hr
Thread-Index: AQJk3xX0m9LwQyJ7c3pYbZ1e0n8QAA==

Poštovani,

zahvaljujemo na Vašoj poruci koja je zaprimljena u Tajništvu Općine.

Tajništvo je zatvoreno od 20. do 27. studenoga 2026. godine zbog godišnjeg odmora. Poruke zaprimljene u tom razdoblju neće se čitati niti prosljeđivati. Molimo da nakon 30. studenoga poruku pošaljete ponovno ili se u hitnim slučajevima obratite pisarnici na broj 049 / 214 500.

S poštovanjem,
Tajništvo Općine
"""),
    ('hr', 'zendesk-ack-quotes-deletion-request', 'automated', (), """Received: from outbyoip12.pod18.euw1.zdsys.com (outbyoip12.pod18.euw1.zdsys.com [188.172.138.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KyQ5Y2kFvz9sS
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 21:14:40 +0100 (CET)
Date: Wed, 18 Nov 2026 20:14:38 +0000
From: PartnerPlus Loyalty <podrska@partnerplus-demo.zendesk.com>
Reply-To: PartnerPlus Loyalty <podrska@partnerplus-demo.zendesk.com>
To: =?UTF-8?Q?Nikolina_Juri=C4=87?= <nikolina.juric@gmail.com>
Cc: privacy@shop.example.be
Message-ID: <7XK2MQR41V_6765a1b2c3d4e_1f0e9d_sprut@zendesk.com>
In-Reply-To: <CAF8mZ3q0y2xR1nvH7Z=8kq3Wm9fHcY2r@mail.gmail.com>
Subject: =?UTF-8?Q?[PartnerPlus]_Re:_Brisanje_mojih_podataka?=
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_6765a1b2d0f1e_3a2e1b4c1290a";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 9c4f1e2
X-Zendesk-Email-Id: 01JCX7B9K3W0Q2ZV8E6M4N1RTD
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

----==_mimepart_6765a1b2d0f1e_3a2e1b4c1290a
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Molimo upi=C5=A1ite odgovor iznad ove linije -##

Va=C5=A1 zahtjev (48217) je zaprimljen i pregledava ga na=C5=A1e osoblje za=
 podr=C5=A1ku.

Da biste dodali dodatne komentare, odgovorite na ovu e-poruku.

----------------------------------------------

Nikolina Juri=C4=87, 18. stu 2026., 21:14 CET

Po=C5=A1tovani,

tra=C5=BEim da izbri=C5=A1ete sve moje osobne podatke iz va=C5=A1eg sustava=
 programa vjernosti i da ih prestanete dijeliti s web trgovinom shop.exampl=
e.be (kopija ove poruke ide i njima). Molim potvrdu.

Nikolina Juri=C4=87

--------------------------------
Ovu e-poruku poslao je PartnerPlus Loyalty.

----==_mimepart_6765a1b2d0f1e_3a2e1b4c1290a
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><head><meta http-equiv=3D"Content-Type" content=3D"tex=
t/html; charset=3Dutf-8"></head><body>
<div style=3D"color:#b5b5b5">##- Molimo upi=C5=A1ite odgovor iznad ove lini=
je -##</div>
<p dir=3D"ltr">Va=C5=A1 zahtjev (48217) je zaprimljen i pregledava ga na=C5=
=A1e osoblje za podr=C5=A1ku.</p>
<p dir=3D"ltr">Da biste dodali dodatne komentare, odgovorite na ovu e-poruk=
u.</p>
<div style=3D"margin-top:25px" data-version=3D"2"><table width=3D"100%" cel=
lpadding=3D"0" cellspacing=3D"0" border=3D"0"><tr><td width=3D"100%" style=
=3D"padding:15px 0;border-top:1px dotted #c5c5c5">
<p style=3D"margin:0"><strong>Nikolina Juri=C4=87</strong> <span style=3D"c=
olor:#bbb">18. stu 2026., 21:14 CET</span></p>
<div class=3D"zd-comment" dir=3D"auto"><p>Po=C5=A1tovani,</p><p>tra=C5=BEim=
 da izbri=C5=A1ete sve moje osobne podatke iz va=C5=A1eg sustava programa v=
jernosti i da ih prestanete dijeliti s web trgovinom shop.example.be (kopij=
a ove poruke ide i njima). Molim potvrdu.</p><p>Nikolina Juri=C4=87</p></di=
v>
</td></tr></table></div>
<div style=3D"color:#aaa;font-size:11px;margin-top:20px">Ovu e-poruku posla=
o je PartnerPlus Loyalty. [7XK2MQ-R41V]</div>
<span style=3D"color:#FFFFFF" aria-hidden=3D"true">[7XK2MQ-R41V]</span>
</body></html>

----==_mimepart_6765a1b2d0f1e_3a2e1b4c1290a--
"""),
    ('hr', 'mimecast-held-notice-admin-text', 'automated', (), """Received: from eu-smtp-delivery-1.mimecast.com (eu-smtp-delivery-1.mimecast.com [185.58.86.151])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Kz7Wm2c0Hz9sT
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 10:12:09 +0100 (CET)
Date: Sat, 21 Nov 2026 09:12:07 +0000
From: Postmaster <postmaster@osiguranje-demo.hr>
To: <privacy@shop.example.be>
Subject: Obavijest o zadrzanoj poruci / Message Held Notification
Message-ID: <mimecast-ntf-EU-4bR7tLq2NQm-1794561127@eu-api.mimecast.com>
X-MC-Unique: 4bR7tLq2NQm_r_9vPk1ZA
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_mc_alt_4bR7tLq2NQm"

--=_mc_alt_4bR7tLq2NQm
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit

Postovani,

poruka koju ste poslali zadrzana je od strane sigurnosnog sustava i nije
isporucena primatelju. Poruka ce biti pregledana od strane IT sluzbe.
Ne saljite poruku ponovno.

Your message has been held and has not been delivered.

  From:     privacy@shop.example.be
  To:       ljudski.resursi@osiguranje-demo.hr
  Subject:  Odgovor na zahtjev za pristup osobnim podacima
  Reason:   Attachment policy - encrypted archive (podaci_export.zip)
  Date:     21/11/2026 09:12

This is an automated message from Mimecast. Please do not reply.

--=_mc_alt_4bR7tLq2NQm
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 7bit

<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Postovani,</p>
<p>poruka koju ste poslali zadrzana je od strane sigurnosnog sustava i nije isporucena primatelju. Poruka ce biti pregledana od strane IT sluzbe. Ne saljite poruku ponovno.</p>
<p><b>Your message has been held and has not been delivered.</b></p>
<table style="font-size:13px"><tr><td>From:</td><td>privacy@shop.example.be</td></tr>
<tr><td>To:</td><td>ljudski.resursi@osiguranje-demo.hr</td></tr>
<tr><td>Subject:</td><td>Odgovor na zahtjev za pristup osobnim podacima</td></tr>
<tr><td>Reason:</td><td>Attachment policy - encrypted archive (podaci_export.zip)</td></tr>
<tr><td>Date:</td><td>21/11/2026 09:12</td></tr></table>
<p style="color:#888;font-size:11px">This is an automated message from Mimecast. Please do not reply.</p>
</body></html>

--=_mc_alt_4bR7tLq2NQm--
"""),
    ('hr', 'person-forwards-own-bounce', 'correction', (), """Received: from mail-ed1-f49.google.com (mail-ed1-f49.google.com [209.85.208.49])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KyWc71Sxqz9sQ
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 17:05:12 +0100 (CET)
MIME-Version: 1.0
References: <CAH3wq7b2T0=Kq9x8ZfG1e3Lm5YpR4D@mail.gmail.com> <6765b7e2.050a0220.1c3f2a.0001.GMR@mx.google.com>
In-Reply-To: <6765b7e2.050a0220.1c3f2a.0001.GMR@mx.google.com>
From: Petra Horvat <petra.kovacevic@gmail.com>
Date: Thu, 19 Nov 2026 17:04:58 +0100
Message-ID: <CAH3wq7aP1uQ9nS0Yb-2xK4LdMvE7jW5tC8@mail.gmail.com>
Subject: Fwd: Delivery Status Notification (Failure)
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000a71c2f0625f3e8b1"

--000000000000a71c2f0625f3e8b1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

poslala sam ovo prije tjedan dana na adresu s va=C5=A1e stare stranice i vr=
atilo mi se kao neisporu=C4=8Deno, pa =C5=A1aljem ponovo ovdje. Molim da mi=
 ispravite adresu za dostavu i prezime na ra=C4=8Dunu, udala sam se i prese=
lila.

Staro: Petra Kova=C4=8Devi=C4=87, Ilica 45, 10000 Zagreb
Novo: Petra Horvat, Vukovarska 12, 21000 Split

Korisni=C4=8Dki ra=C4=8Dun je na ovu mail adresu. Hvala!

Petra Horvat

---------- Forwarded message ---------
Od: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: =C4=8Det, 12. stu 2026. u 18:22
Subject: Delivery Status Notification (Failure)
To: <petra.kovacevic@gmail.com>


** Adresa nije prona=C4=91ena **

Va=C5=A1a poruka nije isporu=C4=8Dena na adresu podaci@shop-example-old.be =
jer adresa nije prona=C4=91ena ili ne mo=C5=BEe primati po=C5=A1tu.

Odgovor udaljenog poslu=C5=BEitelja:
550 5.1.1 <podaci@shop-example-old.be>: Recipient address rejected: User un=
known in virtual mailbox table



---------- Forwarded message ----------
From: Petra Kova=C4=8Devi=C4=87 <petra.kovacevic@gmail.com>
To: podaci@shop-example-old.be
Cc:=20
Bcc:=20
Date: Thu, 12 Nov 2026 18:22:03 +0100
Subject: Ispravak podataka
----- Message truncated -----

--000000000000a71c2f0625f3e8b1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Po=C5=A1tovani,</div><div dir=3D"ltr"><br></div><div dir=
=3D"ltr">poslala sam ovo prije tjedan dana na adresu s va=C5=A1e stare stra=
nice i vratilo mi se kao neisporu=C4=8Deno, pa =C5=A1aljem ponovo ovdje. Mo=
lim da mi ispravite adresu za dostavu i prezime na ra=C4=8Dunu, udala sam s=
e i preselila.</div><div dir=3D"ltr"><br></div><div dir=3D"ltr">Staro: Petr=
a Kova=C4=8Devi=C4=87, Ilica 45, 10000 Zagreb<br>Novo: Petra Horvat, Vukova=
rska 12, 21000 Split</div><div dir=3D"ltr"><br></div><div dir=3D"ltr">Koris=
ni=C4=8Dki ra=C4=8Dun je na ovu mail adresu. Hvala!</div><div dir=3D"ltr"><=
br></div><div dir=3D"ltr">Petra Horvat</div><div dir=3D"ltr"><br></div><div=
 dir=3D"ltr"></div><br><div class=3D"gmail_quote"><div dir=3D"ltr" class=3D=
"gmail_attr">---------- Forwarded message ---------<br>Od: <strong class=3D=
"gmail_sendername" dir=3D"auto">Mail Delivery Subsystem</strong> <span dir=
=3D"auto">&lt;<a href=3D"mailto:mailer-daemon@googlemail.com">mailer-daemon=
@googlemail.com</a>&gt;</span><br>Date: =C4=8Det, 12. stu 2026. u 18:22<br>=
Subject: Delivery Status Notification (Failure)<br>To: &lt;<a href=3D"mailt=
o:petra.kovacevic@gmail.com">petra.kovacevic@gmail.com</a>&gt;<br></div><br=
><br><table><tr><td><h2 style=3D"font-size:22px">Adresa nije prona=C4=91ena=
</h2><p>Va=C5=A1a poruka nije isporu=C4=8Dena na adresu <a style=3D"color:#=
212121;text-decoration:none"><b>podaci@shop-example-old.be</b></a> jer adre=
sa nije prona=C4=91ena ili ne mo=C5=BEe primati po=C5=A1tu.</p><p>Odgovor u=
daljenog poslu=C5=BEitelja:<br>550 5.1.1 &lt;podaci@shop-example-old.be&gt;=
: Recipient address rejected: User unknown in virtual mailbox table</p></td=
></tr></table></div>

--000000000000a71c2f0625f3e8b1--
"""),
    ('hr', 'person-reply-on-ticket-ack-unanswered', 'complaint', ('access',), """Received: from mail.t-com.hr (smtp.t-com.hr [195.29.150.131])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Kz9bL0N2rz9sW
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 12:48:03 +0100 (CET)
Date: Sat, 21 Nov 2026 12:48:00 +0100
From: Zoran Matic <zoran.matic@t-com.hr>
To: privacy@shop.example.be
Subject: Re: [PRIV-2026-0318] Zaprimili smo Vas zahtjev / We received your request
Message-ID: <0a1b2c3d4e5f.zoran.matic@t-com.hr>
In-Reply-To: <ack-PRIV-2026-0318@shop.example.be>
References: <ack-PRIV-2026-0318@shop.example.be>
User-Agent: Roundcube Webmail/1.6.9
MIME-Version: 1.0
Content-Type: text/plain; charset=US-ASCII;
 format=flowed
Content-Transfer-Encoding: 7bit

Postovani,

na ovu vasu automatsku potvrdu sam cekao vise od mjesec dana i osim nje 
nisam dobio nista. Zahtjev sam poslao 14.10. i rok od mjesec dana je 
prosao. Ponovo trazim kopiju svih osobnih podataka koje o meni imate 
(narudzbe, kartica vjernosti, sto ste dali partnerima za reklame).
Ako ne odgovorite do kraja mjeseca, podnosim prituzbu AZOP-u.

Zoran Matic

On 2026-10-14 09:03, privacy@shop.example.be wrote:
> Ovo je automatska poruka. This is an automated message.
>
> Postovani,
> zaprimili smo Vas zahtjev i dodijelili mu broj PRIV-2026-0318.
> Odgovorit cemo u roku od mjesec dana.
> Molimo ne odgovarajte na ovu poruku.
>
> shop.example.be - zastita podataka
"""),
    ('sv', 'telia-mailbox-full', 'automated', (), """Return-Path: <>
Received: from mx.telia.com (mx-out-3.telia.com [81.236.60.179])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KvK2f5J3Hz9sR
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 13:55:20 +0100 (CET)
Date: Tue, 10 Nov 2026 13:55:18 +0100
From: "Mail Delivery System" <MAILER-DAEMON@telia.com>
To: privacy@shop.example.be
Subject: =?ISO-8859-1?Q?Meddelandet_kunde_inte_levereras_/_Undeliverable_mail?=
Message-ID: <ndr.8e1f0c2b7a.20261110125518@mx-out-3.telia.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="----=_NDR_8e1f0c2b7a"

------=_NDR_8e1f0c2b7a
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Hej!

Ditt meddelande kunde inte levereras till f=F6ljande mottagare:

  lars.lindqvist@telia.com

Mottagarens brevl=E5da =E4r full. Meddelandet kan inte levereras f=F6rr=E4n
mottagaren har rensat sin brevl=E5da. F=F6rs=F6k igen senare.

Detta =E4r ett automatiskt meddelande fr=E5n Telia. Svara inte p=E5 det.

--

Your message could not be delivered to lars.lindqvist@telia.com.
The recipient's mailbox is full.
Remote server said: 452 4.2.2 Mailbox full - Brevl=E5dan =E4r full

------=_NDR_8e1f0c2b7a
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out-3.telia.com
Arrival-Date: Tue, 10 Nov 2026 13:51:02 +0100

Final-Recipient: rfc822; lars.lindqvist@telia.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

------=_NDR_8e1f0c2b7a
Content-Type: text/rfc822-headers

Date: Tue, 10 Nov 2026 13:50:58 +0100
From: privacy@shop.example.be
To: lars.lindqvist@telia.com
Subject: =?UTF-8?Q?Din_beg=C3=A4ran_om_radering_=C3=A4r_genomf=C3=B6rd?=
Message-ID: <del-20261110-0047@shop.example.be>

------=_NDR_8e1f0c2b7a--
"""),
    ('sv', 'loopia-delay-warning-no-diacritics', 'automated', (), """Return-Path: <>
Received: from mailcluster.loopia.se (mailcluster.loopia.se [93.188.3.37])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Kx3Tr6LPyz9sT
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 06:14:40 +0100 (CET)
Date: Tue, 17 Nov 2026 06:14:38 +0100 (CET)
From: MAILER-DAEMON@mailcluster.loopia.se (Mail Delivery System)
Subject: Delayed Mail (still being retried) - Fordrojd leverans
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5C2D11A0041.1794899678/mailcluster.loopia.se"
Content-Transfer-Encoding: 7bit
Message-Id: <20261117051438.7E90A1A0042@mailcluster.loopia.se>

This is a MIME-encapsulated message.

--5C2D11A0041.1794899678/mailcluster.loopia.se
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

OBS: detta ar ENDAST en varning. Du behover inte skicka om meddelandet.
Meddelandet har annu inte kunnat levereras. Vi forsoker igen i upp till
5 dagar innan det returneras.

This is the mail system at host mailcluster.loopia.se.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<info@tradgardsbutiken-demo.se>: connect to mx.tradgardsbutiken-demo.se[194.9.95.112]:25:
    Connection timed out

--5C2D11A0041.1794899678/mailcluster.loopia.se
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mailcluster.loopia.se
X-Postfix-Queue-ID: 5C2D11A0041
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 17 Nov 2026 02:03:11 +0100 (CET)

Final-Recipient: rfc822; info@tradgardsbutiken-demo.se
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.tradgardsbutiken-demo.se[194.9.95.112]:25:
    Connection timed out
Will-Retry-Until: Sun, 22 Nov 2026 02:03:11 +0100 (CET)

--5C2D11A0041.1794899678/mailcluster.loopia.se
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Date: Tue, 17 Nov 2026 02:03:09 +0100
From: privacy@shop.example.be
To: info@tradgardsbutiken-demo.se
Subject: Vidarebefordrad invandning mot direktmarknadsforing
Message-ID: <fwd-20261117-0003@shop.example.be>

--5C2D11A0041.1794899678/mailcluster.loopia.se--
"""),
    ('sv', 'kommun-exchange-online-ooo', 'automated', (), """Received: from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2119.outbound.protection.outlook.com [40.107.7.119])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KyJ2S3vGqz9sS
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 09:31:05 +0100 (CET)
From: Johanna Eriksson <johanna.eriksson@kommun-demo.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatiskt_svar:_Svar_p=C3=A5_din_beg=C3=A4ran_om_registerutdrag?=
Thread-Topic: =?utf-8?Q?Svar_p=C3=A5_din_beg=C3=A4ran_om_registerutdrag?=
Thread-Index: AQHbOZ1z5wQe2u0WvUe7Pz4Qa1k0Tg==
Date: Wed, 18 Nov 2026 08:31:03 +0000
Message-ID: <f0e1d2c3b4a5968778695a4b3c2d1e0f@HE1PR0701MB2841.eurprd07.prod.outlook.com>
In-Reply-To: <acc-20261118-0061@shop.example.be>
References: <acc-20261118-0061@shop.example.be>
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_f0e1d2c3b4a5968778695a4b3c2d1e0fHE1PR0701MB2841eurprd07_"
MIME-Version: 1.0

--_000_f0e1d2c3b4a5968778695a4b3c2d1e0fHE1PR0701MB2841eurprd07_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SGVqIQoKVGFjayBmw7ZyIGRpdHQgbWVqbC4gSmFnIMOkciBmw7Zyw6RsZHJhbGVkaWcgdGlsbCBv
Y2ggbWVkIDQgZGVjZW1iZXIgMjAyNiBvY2ggbMOkc2VyIGludGUgbWluIGUtcG9zdC4Kw4RyZW5k
ZW4gc29tIGfDpGxsZXIgdXBwaGFuZGxpbmcgc2tpY2thcyB0aWxsIHVwcGhhbmRsaW5nQGtvbW11
bi1kZW1vLnNlLiBGw7ZyIGFsbG3DpG5uYSBmcsOlZ29yLCBrb250YWt0YSBrb21tdW5lbnMga29u
dGFrdGNlbnRlciBww6UgMDQ4MC00NSAwMCAwMC4KCk9tIGRpdHQgbWVqbCBpbm5laMOlbGxlciBw
ZXJzb251cHBnaWZ0ZXIgYmVoYW5kbGFzIGRlIGVubGlndCBrb21tdW5lbnMgaW50ZWdyaXRldHNw
b2xpY3ksIHNlIHd3dy5rb21tdW4tZGVtby5zZS9wZXJzb251cHBnaWZ0ZXIuCgpWw6RubGlnYSBo
w6Rsc25pbmdhcgpKb2hhbm5hIEVyaWtzc29uCklua8O2cGFyZSwgRWtvbm9taWF2ZGVsbmluZ2Vu
Cg==

--_000_f0e1d2c3b4a5968778695a4b3c2d1e0fHE1PR0701MB2841eurprd07_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48ZGl2IHN0eWxlPSJmb250LWZhbWls
eTpDYWxpYnJpLEFyaWFsLEhlbHZldGljYSxzYW5zLXNlcmlmO2ZvbnQtc2l6ZToxMXB0Ij5IZWoh
PGJyPgo8YnI+ClRhY2sgZsO2ciBkaXR0IG1lamwuIEphZyDDpHIgZsO2csOkbGRyYWxlZGlnIHRp
bGwgb2NoIG1lZCA0IGRlY2VtYmVyIDIwMjYgb2NoIGzDpHNlciBpbnRlIG1pbiBlLXBvc3QuPGJy
PgrDhHJlbmRlbiBzb20gZ8OkbGxlciB1cHBoYW5kbGluZyBza2lja2FzIHRpbGwgdXBwaGFuZGxp
bmdAa29tbXVuLWRlbW8uc2UuIEbDtnIgYWxsbcOkbm5hIGZyw6Vnb3IsIGtvbnRha3RhIGtvbW11
bmVucyBrb250YWt0Y2VudGVyIHDDpSAwNDgwLTQ1IDAwIDAwLjxicj4KPGJyPgpPbSBkaXR0IG1l
amwgaW5uZWjDpWxsZXIgcGVyc29udXBwZ2lmdGVyIGJlaGFuZGxhcyBkZSBlbmxpZ3Qga29tbXVu
ZW5zIGludGVncml0ZXRzcG9saWN5LCBzZSB3d3cua29tbXVuLWRlbW8uc2UvcGVyc29udXBwZ2lm
dGVyLjxicj4KPGJyPgpWw6RubGlnYSBow6Rsc25pbmdhcjxicj4KSm9oYW5uYSBFcmlrc3Nvbjxi
cj4KSW5rw7ZwYXJlLCBFa29ub21pYXZkZWxuaW5nZW48YnI+CjwvZGl2PjwvYm9keT48L2h0bWw+
Cg==

--_000_f0e1d2c3b4a5968778695a4b3c2d1e0fHE1PR0701MB2841eurprd07_--
"""),
    ('sv', 'sieve-roundcube-vacation-no-prefix', 'automated', (), """Return-Path: <>
Received: from mailrelay3-1.pub.mailoutpod2-cph3.one.com (mailrelay3-1.pub.mailoutpod2-cph3.one.com [46.30.211.242])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Kz8Lk6Xq0z9sV
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 11:40:13 +0100 (CET)
Date: Sat, 21 Nov 2026 10:40:11 +0000
From: Anders Holm <anders@holmsbygg-demo.se>
To: privacy@shop.example.be
Subject: Borta till 30/11
In-Reply-To: <corr-20261121-0022@shop.example.be>
References: <corr-20261121-0022@shop.example.be>
Message-ID: <dovecot-sieve-1794562811-7413-0@mailstorage2.cph3.one.com>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.21
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej,

jag är på resande fot och är tillbaka måndag 30 november. Mejl läses
sporadiskt. Brådskande ärenden om pågående byggen: ring Emma på
070-512 33 48.

/Anders
Holms Bygg AB
"""),
    ('sv', 'mailchimp-double-optin', 'automated', (), """Received: from mail134.suw111.mcdlv.net (mail134.suw111.mcdlv.net [198.2.134.134])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KwP8v2XmFz9sQ
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 20:02:44 +0100 (CET)
Date: Fri, 13 Nov 2026 19:02:41 +0000
From: =?utf-8?Q?V=C3=A4xthuset?= <info@vaxthuset-demo.se>
Reply-To: =?utf-8?Q?V=C3=A4xthuset?= <info@vaxthuset-demo.se>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?V=C3=A4xthuset:_Bekr=C3=A4fta_din_prenumeration?=
Message-ID: <4f2b8c1e9d0a7.c1a2b3d4e5.20261113190241.e4d9b2a13f.2a7c5e90@mail134.suw111.mcdlv.net>
X-Mailer: MailChimp Mailer - **CIDc1a2b3d4e5**
X-Campaign: mailchimp4f2b8c1e9d0a7.c1a2b3d4e5
X-campaignid: mailchimp4f2b8c1e9d0a7.c1a2b3d4e5
X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=4f2b8c1e9d0a7&id=c1a2b3d4e5&e=9f8e7d6c5b
X-MC-User: 4f2b8c1e9d0a7
Feedback-ID: 131702215:131702215.2345781:us21:mc
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_----------=_MCPart_1926384571"

This is a multi-part message in MIME format

--_----------=_MCPart_1926384571
Content-Type: text/plain; charset="utf-8"; format="fixed"
Content-Transfer-Encoding: quoted-printable

Bekr=C3=A4fta din prenumeration

Ja, prenumerera p=C3=A5 den h=C3=A4r listan.
https://vaxthuset-demo.us21.list-manage.com/subscribe/confirm?u=3D4f2b8c1e9=
d0a7&id=3Dc1a2b3d4e5&e=3D9f8e7d6c5b

Om du fick det h=C3=A4r e-postmeddelandet av misstag tar du bara bort det. =
Du prenumererar inte om du inte klickar p=C3=A5 bekr=C3=A4ftelsel=C3=A4nken=
 ovan.

F=C3=B6r fr=C3=A5gor om den h=C3=A4r listan, kontakta:
info@vaxthuset-demo.se

--_----------=_MCPart_1926384571
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html lang=3D"sv"><head><meta charset=3D"UTF-8"><meta name=
=3D"viewport" content=3D"width=3Ddevice-width, initial-scale=3D1.0"><title>=
Bekr=C3=A4fta din prenumeration</title></head>
<body style=3D"background:#f7f7f7;font-family:Helvetica,Arial,sans-serif">
<table align=3D"center" width=3D"600" style=3D"background:#fff;padding:30px=
"><tr><td>
<h2 style=3D"color:#241c15">Bekr=C3=A4fta din prenumeration</h2>
<p><a href=3D"https://vaxthuset-demo.us21.list-manage.com/subscribe/confirm=
?u=3D4f2b8c1e9d0a7&amp;id=3Dc1a2b3d4e5&amp;e=3D9f8e7d6c5b" style=3D"display=
:inline-block;background:#007c89;color:#fff;padding:14px 24px;border-radius=
:4px;text-decoration:none">Ja, prenumerera p=C3=A5 den h=C3=A4r listan.</a>=
</p>
<p style=3D"font-size:13px;color:#6b6b6b">Om du fick det h=C3=A4r e-postmed=
delandet av misstag tar du bara bort det. Du prenumererar inte om du inte k=
lickar p=C3=A5 bekr=C3=A4ftelsel=C3=A4nken ovan.</p>
<p style=3D"font-size:13px;color:#6b6b6b">F=C3=B6r fr=C3=A5gor om den h=C3=
=A4r listan, kontakta:<br><a href=3D"mailto:info@vaxthuset-demo.se">info@va=
xthuset-demo.se</a></p>
<p><a href=3D"https://mailchimp.com/?utm_source=3Dfreemium_newsletter"><img=
 src=3D"https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-t=
ext-dark.png" alt=3D"Intuit Mailchimp" width=3D"139"></a></p>
</td></tr></table></body></html>

--_----------=_MCPart_1926384571--
"""),
    ('sv', 'person-stop-automatic-emails', 'withdraw_consent', (), """Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Kx4qQ1cRvz9sR
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 07:26:19 +0100 (CET)
MIME-Version: 1.0
From: =?UTF-8?Q?Karin_Sj=C3=B6berg?= <karin.sjoberg72@gmail.com>
Date: Tue, 17 Nov 2026 07:26:05 +0100
Message-ID: <CAK2pX7s1Lm0Qw8vZ3yR9t=Hd6nFb4Ue5cA@mail.gmail.com>
Subject: Sluta skicka automatiska mejl
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000f24e8b0625f1c3a9"

--000000000000f24e8b0625f1c3a9
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hej,

jag f=C3=A5r hela tiden era automatiska mejl - "Du gl=C3=B6mde n=C3=A5got i=
 varukorgen", "Veckans erbjudanden", "Grattis p=C3=A5 f=C3=B6delsedagen" os=
v. Jag vill inte ha dem l=C3=A4ngre. Jag tar tillbaka mitt samtycke till ma=
rknadsf=C3=B6ring via mejl och sms, och avregistrera mig fr=C3=A5n nyhetsbr=
evet. Avregistreringsl=C3=A4nken l=C3=A4ngst ner i mejlen leder bara till e=
n inloggningssida, d=C3=A4rf=C3=B6r skriver jag hit.

Mitt konto och kundkortet kan ni beh=C3=A5lla, jag handlar g=C3=A4rna igen.

Mvh
Karin Sj=C3=B6berg

--000000000000f24e8b0625f1c3a9
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hej,<br><br>jag f=C3=A5r hela tiden era automatiska mejl -=
 "Du gl=C3=B6mde n=C3=A5got i varukorgen", "Veckans erbjudanden", "Grattis =
p=C3=A5 f=C3=B6delsedagen" osv. Jag vill inte ha dem l=C3=A4ngre. Jag tar t=
illbaka mitt samtycke till marknadsf=C3=B6ring via mejl och sms, och avregi=
strera mig fr=C3=A5n nyhetsbrevet. Avregistreringsl=C3=A4nken l=C3=A4ngst n=
er i mejlen leder bara till en inloggningssida, d=C3=A4rf=C3=B6r skriver ja=
g hit.<br><br>Mitt konto och kundkortet kan ni beh=C3=A5lla, jag handlar g=
=C3=A4rna igen.<br><br>Mvh<br>Karin Sj=C3=B6berg<br></div>

--000000000000f24e8b0625f1c3a9--
"""),
    ('sv', 'person-reply-to-our-autoreply-wants-human', 'deletion', (), """Received: from smtp.bredband2.com (smtp.bredband2.com [83.219.192.146])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KyZk75Fp1z9sT
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 21:33:47 +0100 (CET)
Message-ID: <3e9b1f62-48a0-4c77-b1d5-0f6a2e8c9d14@bredband2.com>
Date: Thu, 19 Nov 2026 21:33:44 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: =?UTF-8?Q?Re=3A_Automatiskt_svar=3A_Ta_bort_mig?=
To: privacy@shop.example.be
References: <CAB0xq1=mn4Kc9ZpE@mail.gmail.com>
 <autoreply-20261119-2119@shop.example.be>
In-Reply-To: <autoreply-20261119-2119@shop.example.be>
From: =?UTF-8?Q?G=C3=B6ran_Nystr=C3=B6m?= <goran.nystrom@bredband2.com>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Hej

Er robot svarade mig direkt med en massa länkar till FAQ och formulär. 
Jag vill inte fylla i något formulär, jag vill att en människa läser det 
här:

Radera mitt konto och alla mina personuppgifter hos er. Kontot är 
registrerat på den här adressen. Jag vill ha en bekräftelse när det är 
gjort.

Göran Nyström

Den 2026-11-19 kl. 21:19, privacy@shop.example.be skrev:
> Detta är ett automatiskt svar. Tack för ditt meddelande!
> Vanliga frågor om personuppgifter hittar du på shop.example.be/sv/faq.
> Använd gärna vårt formulär shop.example.be/sv/integritet/begaran.
> Svara inte på detta meddelande.
"""),
    ('ro', 'digi-rcs-rds-user-unknown-no-diacritics', 'automated', (), """Return-Path: <>
Received: from mx.rdslink.ro (mx3.rdslink.ro [193.231.236.53])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KvTg2447Yz9sS
	for <privacy@shop.example.be>; Wed, 11 Nov 2026 08:17:30 +0100 (CET)
Date: Wed, 11 Nov 2026 09:17:28 +0200
From: Mail Delivery System <MAILER-DAEMON@mx3.rdslink.ro>
To: privacy@shop.example.be
Subject: Mesaj nelivrat / Undelivered Mail Returned to Sender
Message-Id: <20261111071728.3F2E8A0112@mx3.rdslink.ro>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3F2E8A0112.1794381448/mx3.rdslink.ro"

This is a MIME-encapsulated message.

--3F2E8A0112.1794381448/mx3.rdslink.ro
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

Mesajul dumneavoastra nu a putut fi livrat catre unul sau mai multi
destinatari. Adresa de e-mail nu exista pe serverele Digi (RCS & RDS).
Verificati adresa si incercati din nou. Acesta este un mesaj generat
automat, va rugam nu raspundeti.

This is the mail system at host mx3.rdslink.ro.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<mihai.constantin@rdslink.ro>: host mbox.rdslink.ro[10.10.4.21] said: 550
    5.1.1 <mihai.constantin@rdslink.ro>: Recipient address rejected: User
    unknown in local recipient table (in reply to RCPT TO command)

--3F2E8A0112.1794381448/mx3.rdslink.ro
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.rdslink.ro
X-Postfix-Queue-ID: 3F2E8A0112
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 11 Nov 2026 09:17:27 +0200 (EET)

Final-Recipient: rfc822; mihai.constantin@rdslink.ro
Original-Recipient: rfc822;mihai.constantin@rdslink.ro
Action: failed
Status: 5.1.1
Remote-MTA: dns; mbox.rdslink.ro
Diagnostic-Code: smtp; 550 5.1.1 <mihai.constantin@rdslink.ro>: Recipient
    address rejected: User unknown in local recipient table

--3F2E8A0112.1794381448/mx3.rdslink.ro
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Date: Wed, 11 Nov 2026 08:17:22 +0100
From: privacy@shop.example.be
To: mihai.constantin@rdslink.ro
Subject: =?UTF-8?Q?Confirmare:_v-ati_retras_consim=C8=9Bam=C3=A2ntul_pentru_newsletter?=
Message-ID: <wc-20261111-0004@shop.example.be>

--3F2E8A0112.1794381448/mx3.rdslink.ro--
"""),
    ('ro', 'gmail-dsn-address-not-found', 'automated', (), """Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KwVx15Gm3z9sR
	for <privacy@shop.example.be>; Sat, 14 Nov 2026 11:05:39 +0100 (CET)
Received: by 2002:a05:6a10:8b12:b0:5c3:1e0a:7f44 with SMTP id q18csp2231804pxl;
        Sat, 14 Nov 2026 02:05:38 -0800 (PST)
X-Failed-Recipients: andreea.stan1990@yahoo.ro
Auto-Submitted: auto-replied
Message-ID: <6765c3f2.170a0220.2b7e4d.01a4.GMR@mx.google.com>
Date: Sat, 14 Nov 2026 02:05:38 -0800 (PST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Subject: Delivery Status Notification (Failure)
References: <acc-20261114-0019@shop.example.be>
In-Reply-To: <acc-20261114-0019@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; boundary="00000000000071a9e20625f40c1b"; report-type=delivery-status

--00000000000071a9e20625f40c1b
Content-Type: multipart/related; boundary="00000000000071b3640625f40c1c"

--00000000000071b3640625f40c1c
Content-Type: multipart/alternative; boundary="00000000000071b3690625f40c1d"

--00000000000071b3690625f40c1d
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable


** Adresa nu a fost g=C4=83sit=C4=83 **

Mesajul nu a fost livrat la andreea.stan1990@yahoo.ro deoarece adresa nu a =
fost g=C4=83sit=C4=83 sau nu poate primi e-mailuri.

Afl=C4=83 mai multe la https://support.google.com/mail/?p=3DNoSuchUser

R=C4=83spunsul primit de la serverul de la distan=C8=9B=C4=83 a fost:
554 delivery error: dd This user doesn't have a yahoo.ro account (andreea.s=
tan1990@yahoo.ro) [0] - mta4471.mail.ir2.yahoo.com

--00000000000071b3690625f40c1d
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<style>
* {
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}
</style>
</head>
<body>
<table cellpadding=3D"0" cellspacing=3D"0" class=3D"email-wrapper" style=3D=
"padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding=3D0 cellspacing=3D0><tbody>
<tr><td style=3D"max-width:560px;padding:24px 24px 32px;background-color:#f=
afafa;border:1px solid #e0e0e0;border-radius:2px">
<img style=3D"padding:0 24px 16px 0;float:left" width=3D72 height=3D72 alt=
=3D"Pictograma de eroare" src=3D"cid:icon.png">
<table style=3D"min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style=3D"font-size:20px;color:#212121;font-weight:bold;margin:0=
">
Adresa nu a fost g=C4=83sit=C4=83
</h2></td></tr>
<tr><td style=3D"padding-top:20px;color:#757575;font-size:16px;font-weight:=
normal;text-align:left">
Mesajul nu a fost livrat la <a style=3D'color:#212121;text-decoration:none'=
><b>andreea.stan1990@yahoo.ro</b></a> deoarece adresa nu a fost g=C4=83sit=
=C4=83 sau nu poate primi e-mailuri.
</td></tr>
<tr><td style=3D"padding-top:24px;color:#4285F4;font-size:14px;font-weight:=
bold;text-align:left">
<a style=3D"text-decoration:none" href=3D"https://support.google.com/mail/?=
p=3DNoSuchUser">AFL=C4=82 MAI MULTE</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style=3D"border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align=3D"left" style=3D"padding:48px 10px">
R=C4=83spunsul primit de la serverul de la distan=C8=9B=C4=83 a fost:<br/>
<p style=3D"font-family:monospace">
554 delivery error: dd This user doesn&#39;t have a yahoo.ro account (andre=
ea.stan1990@yahoo.ro) [0] - mta4471.mail.ir2.yahoo.com
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--00000000000071b3690625f40c1d--
--00000000000071b3640625f40c1c
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=
--00000000000071b3640625f40c1c--
--00000000000071a9e20625f40c1b
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; privacy@shop.example.be
Arrival-Date: Sat, 14 Nov 2026 02:05:37 -0800 (PST)
X-Original-Message-ID: <acc-20261114-0019@shop.example.be>

Final-Recipient: rfc822; andreea.stan1990@yahoo.ro
Action: failed
Status: 5.0.0
Remote-MTA: dns; mx-eu.mail.am0.yahoodns.net. (188.125.72.74, the server for
 the domain yahoo.ro.)
Diagnostic-Code: smtp; 554 delivery error: dd This user doesn't have a yahoo.ro account (andreea.stan1990@yahoo.ro) [0] - mta4471.mail.ir2.yahoo.com
Last-Attempt-Date: Sat, 14 Nov 2026 02:05:38 -0800 (PST)

--00000000000071a9e20625f40c1b
Content-Type: message/rfc822

From: privacy@shop.example.be
Date: Sat, 14 Nov 2026 11:05:33 +0100
Message-ID: <acc-20261114-0019@shop.example.be>
Subject: =?UTF-8?Q?Copia_datelor_dumneavoastr=C4=83_personale_(art._15_GDPR)?=
To: andreea.stan1990@yahoo.ro
Content-Type: text/plain; charset="UTF-8"

----- Message truncated -----
--00000000000071a9e20625f40c1b--
"""),
    ('ro', 'hospital-exchange-ooo', 'automated', (), """Received: from mail.spitaljudetean-demo.ro (mail.spitaljudetean-demo.ro [89.42.139.20])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KxQm43YRvz9sT
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 13:48:10 +0100 (CET)
From: Cristina Dumitrescu <cristina.dumitrescu@spitaljudetean-demo.ro>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?R=C4=83spuns_automat=3A_Comanda_2026-77120_-_solicitare_date_factu?=
 =?utf-8?q?rare?=
Thread-Topic: Comanda 2026-77120 - solicitare date facturare
Thread-Index: AQHbOBRwZ3U5XyNAQ0yBo2bJbi1K9w==
Date: Mon, 16 Nov 2026 12:48:08 +0000
Message-ID: <b9c8d7e6f5a44b3c9d2e1f0a1b2c3d4e@SRV-MAIL01.scju.local>
In-Reply-To: <ord-20261116-0205@shop.example.be>
Accept-Language: ro-RO, en-US
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

QnVuxIMgeml1YSwKClbEgyBtdWzIm3VtZXNjIHBlbnRydSBtZXNhai4gw45uIHBlcmlvYWRhIDE2
LTI3IG5vaWVtYnJpZSAyMDI2IHN1bnQgw65uIGNvbmNlZGl1IGRlIG9kaWhuxIMuClBlbnRydSBw
cm9ibGVtZSB1cmdlbnRlIGxlZ2F0ZSBkZSBhcHJvdml6aW9uYXJlLCB2xIMgcm9nIHPEgyBjb250
YWN0YcibaSBTZXJ2aWNpdWwgQWNoaXppyJtpaSBQdWJsaWNlIGxhIGFjaGl6aXRpaUBzcGl0YWxq
dWRldGVhbi1kZW1vLnJvIHNhdSBsYSB0ZWxlZm9uIDAyNjQgNTU1IDEyMC4KCkN1IHN0aW3EgywK
RWMuIENyaXN0aW5hIER1bWl0cmVzY3UKU2VydmljaXVsIEFjaGl6acibaWkgUHVibGljZQpTcGl0
YWx1bCBDbGluaWMgSnVkZcibZWFuIGRlIFVyZ2VuyJvEgwo=
"""),
    ('ro', 'getresponse-double-optin', 'automated', (), """Received: from m4b-r12.getresponse.com (m4b-r12.getresponse.com [104.160.64.212])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Kyt3v0NqJz9sV
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 17:20:06 +0100 (CET)
Date: Fri, 20 Nov 2026 16:20:04 +0000
From: =?UTF-8?B?R3LEg2RpbmEgVmVyZGU=?= <newsletter@gradinaverde-demo.ro>
To: privacy@shop.example.be
Subject: =?utf-8?q?Confirm=C4=83-=C8=9Bi_abonarea_la_Gr=C4=83dina_Verde?=
Message-ID: <GR.Xq2Lw.optin.1794586804.8173@gr-mailer-12>
X-Mailer: GetResponse
X-GR-Campaign: Xq2Lw
List-Unsubscribe: <https://gr8.com/unsubscribe/Xq2Lw>, <mailto:unsubscribe-Xq2Lw@gr8.com>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="GR_ALT_3f8d91c2"

--GR_ALT_3f8d91c2
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

Q29uZmlybcSDLcibaSBhYm9uYXJlYQoKQnVuxIMsCgphaSBzb2xpY2l0YXQgYWJvbmFyZWEgYWRy
ZXNlaSBwcml2YWN5QHNob3AuZXhhbXBsZS5iZSBsYSBuZXdzbGV0dGVydWwgR3LEg2RpbmEgVmVy
ZGUuClRlIHJ1Z8SDbSBzxIMgY29uZmlybWkgYWJvbmFyZWEgZsSDY8OibmQgY2xpYyBwZSBsaW5r
dWwgZGUgbWFpIGpvczoKCmh0dHBzOi8vZ3I4LmNvbS9jL1hxMkx3L2NvbmZpcm0vcHJpdmFjeSU0
MHNob3AuZXhhbXBsZS5iZQoKRGFjxIMgbnUgYWkgc29saWNpdGF0IGFib25hcmVhLCBpZ25vcsSD
IGFjZXN0IG1lc2FqIMiZaSBudSB2ZWkgZmkgYWTEg3VnYXQgw65uIGxpc3TEgy4KCkdyxINkaW5h
IFZlcmRlIFNSTCwgU3RyLiBGbG9yaWxvciAxNCwgQ2x1ai1OYXBvY2EKVHJpbWlzIHByaW4gR2V0
UmVzcG9uc2UK

--GR_ALT_3f8d91c2
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsIj48aDE+Q29uZmlybcSDLcibaSBh
Ym9uYXJlYTwvaDE+PHA+QnVuxIMsPC9wPjxwPmFpIHNvbGljaXRhdCBhYm9uYXJlYSBhZHJlc2Vp
IDxiPnByaXZhY3lAc2hvcC5leGFtcGxlLmJlPC9iPiBsYSBuZXdzbGV0dGVydWwgR3LEg2RpbmEg
VmVyZGUuPC9wPjxwPjxhIGhyZWY9Imh0dHBzOi8vZ3I4LmNvbS9jL1hxMkx3L2NvbmZpcm0vcHJp
dmFjeSU0MHNob3AuZXhhbXBsZS5iZSIgc3R5bGU9ImJhY2tncm91bmQ6IzAwYmFmZjtjb2xvcjoj
ZmZmO3BhZGRpbmc6MTJweCAyNHB4O3RleHQtZGVjb3JhdGlvbjpub25lIj5Db25maXJtIGFib25h
cmVhPC9hPjwvcD48cD5EYWPEgyBudSBhaSBzb2xpY2l0YXQgYWJvbmFyZWEsIGlnbm9yxIMgYWNl
c3QgbWVzYWogyJlpIG51IHZlaSBmaSBhZMSDdWdhdCDDrm4gbGlzdMSDLjwvcD48cCBzdHlsZT0i
Zm9udC1zaXplOjExcHg7Y29sb3I6Izk5OSI+R3LEg2RpbmEgVmVyZGUgU1JMLCBTdHIuIEZsb3Jp
bG9yIDE0LCBDbHVqLU5hcG9jYTxicj5UcmltaXMgcHJpbiBHZXRSZXNwb25zZTwvcD48L2JvZHk+
PC9odG1sPgo=

--GR_ALT_3f8d91c2--
"""),
    ('ro', 'freshdesk-ack-quotes-objection', 'automated', (), """Received: from mail-eu.freshemail.io (mail-eu.freshemail.io [185.12.81.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KzMq15bTrz9sS
	for <privacy@shop.example.be>; Sun, 22 Nov 2026 09:33:27 +0100 (CET)
Date: Sun, 22 Nov 2026 08:33:25 +0000
From: Suport Curier Rapid Demo <suport@curier-demo.ro>
Reply-To: Suport Curier Rapid Demo <suport@curier-demo.ro>
To: Vlad Ionescu <vlad.ionescu@yahoo.com>
Cc: privacy@shop.example.be
Subject: =?utf-8?q?Solicitare_primit=C4=83=3A_Nu_mai_vreau_SMS-uri_cu_reclame_=5B=239?=
 =?utf-8?q?1544=5D?=
Message-ID: <ticket.91544.1794990805.a8c1@curier-demo.freshdesk.com>
In-Reply-To: <1594027712.318290.1794990740@mail.yahoo.com>
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_fd_91544"

----==_mimepart_fd_91544
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua Vlad,

V=C4=83 mul=C8=9Bumim c=C4=83 ne-a=C8=9Bi contactat. Am =C3=AEnregistrat so=
licitarea dumneavoastr=C4=83 cu num=C4=83rul #91544, iar un coleg din echip=
a de suport v=C4=83 va r=C4=83spunde =C3=AEn cel mai scurt timp (de regul=
=C4=83 =C3=AEn 48 de ore lucr=C4=83toare).

Detaliile solicit=C4=83rii:
Subiect: Nu mai vreau SMS-uri cu reclame
Mesaj: M=C4=83 opun folosirii num=C4=83rului meu de telefon pentru reclame =
=C8=99i sondaje. Num=C4=83rul vi l-a dat magazinul shop.example.be doar pen=
tru livrare (le trimit =C8=99i lor copie).

Pute=C8=9Bi vedea starea solicit=C4=83rii aici: https://suport-curier-demo.=
freshdesk.com/helpdesk/tickets/91544

Cu stim=C4=83,
Echipa Suport Clien=C8=9Bi
Curier Rapid Demo

Acest e-mail a fost trimis automat. V=C4=83 rug=C4=83m s=C4=83 nu modifica=
=C8=9Bi subiectul c=C3=A2nd r=C4=83spunde=C8=9Bi.

----==_mimepart_fd_91544
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<div style=3D"font-family:Helvetica,Arial,sans-serif;font-size:14px"><p>Bun=
=C4=83 ziua Vlad,</p><p>V=C4=83 mul=C8=9Bumim c=C4=83 ne-a=C8=9Bi contactat=
. Am =C3=AEnregistrat solicitarea dumneavoastr=C4=83 cu num=C4=83rul #91544=
, iar un coleg din echipa de suport v=C4=83 va r=C4=83spunde =C3=AEn cel ma=
i scurt timp (de regul=C4=83 =C3=AEn 48 de ore lucr=C4=83toare).</p><p>Deta=
liile solicit=C4=83rii:<br>Subiect: Nu mai vreau SMS-uri cu reclame<br>Mesa=
j: M=C4=83 opun folosirii num=C4=83rului meu de telefon pentru reclame =C8=
=99i sondaje. Num=C4=83rul vi l-a dat magazinul shop.example.be doar pentru=
 livrare (le trimit =C8=99i lor copie).</p><p>Pute=C8=9Bi vedea starea soli=
cit=C4=83rii aici: https://suport-curier-demo.freshdesk.com/helpdesk/ticket=
s/91544</p><p>Cu stim=C4=83,<br>Echipa Suport Clien=C8=9Bi<br>Curier Rapid =
Demo</p><p>Acest e-mail a fost trimis automat. V=C4=83 rug=C4=83m s=C4=83 n=
u modifica=C8=9Bi subiectul c=C3=A2nd r=C4=83spunde=C8=9Bi.<br></p></div>

----==_mimepart_fd_91544--
"""),
    ('ro', 'person-contact-form-no-reply', 'objection', (), """Received: from web01.shop.example.be (web01.shop.example.be [10.20.0.11])
	by mx1.shop.example.be (Postfix) with ESMTP id 4KvZb25TmPz9sV
	for <privacy@shop.example.be>; Wed, 11 Nov 2026 14:09:51 +0100 (CET)
Date: Wed, 11 Nov 2026 13:09:51 +0000
To: privacy@shop.example.be
From: shop.example.be <wordpress@shop.example.be>
Reply-To: Daniela Munteanu <daniela.munteanu@gmail.com>
Subject: =?UTF-8?Q?shop.example.be_=22Formular_de_contact_-_Protec=C8=9Bia_datelor=22?=
Message-ID: <Kq8xP2vWmZ0aN4rT7bY1cL5dF9gH3jS6@shop.example.be>
X-Mailer: WPMailSMTP/Mailer/smtp 4.2.0
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

De la: Daniela Munteanu <daniela.munteanu@gmail.com>
Subiect: Profilare si publicitate

Mesaj:
Buna ziua,
am observat ca dupa ce cumpar ceva de la voi, imi apar reclame cu produsele voastre pe Facebook si Instagram, si primesc "recomandari personalizate". Ma opun profilarii mele pe baza istoricului de cumparaturi si trimiterii datelor mele (email, telefon) catre Meta sau alti parteneri de publicitate. Va rog sa incetati aceasta prelucrare, conform art. 21 GDPR.
Contul meu ramane activ, comenzile vreau sa le fac in continuare.

Multumesc,
Daniela Munteanu
tel. 0744 118 902

-- 
Acest e-mail a fost trimis de la un formular de contact de pe shop.example.be (https://shop.example.be/ro/contact)
"""),
    ('ro', 'person-yahoo-html-only', 'correction', (), """Received: from sonic314-21.consmr.mail.ir2.yahoo.com (sonic314-21.consmr.mail.ir2.yahoo.com [77.238.177.147])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KwWd60yXhz9sQ
	for <privacy@shop.example.be>; Sat, 14 Nov 2026 12:11:02 +0100 (CET)
Date: Sat, 14 Nov 2026 11:10:58 +0000 (UTC)
From: Elena Ionescu <elena_ionescu85@yahoo.ro>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1187620455.2304511.1794654658302@mail.yahoo.com>
Subject: =?UTF-8?Q?Corectare_date_cont?=
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: WebService/1.1.22806 YMailNorrin

<html><head></head><body><div class=3D"ydp4f1a2b3cyahoo-style-wrap" style=
=3D"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px=
;"><div dir=3D"ltr" data-setdir=3D"false">Bun=C4=83 ziua,</div><div dir=3D"=
ltr" data-setdir=3D"false"><br></div><div dir=3D"ltr" data-setdir=3D"false"=
>=C3=AEn contul meu de client numele este scris gre=C8=99it (Ionesu =C3=AEn=
 loc de Ionescu) =C8=99i data na=C8=99terii este 03.07.1985, nu 07.03.1985.=
 Din cauza asta nu primesc nici reducerea de ziua mea la cardul de fidelita=
te :) V=C4=83 rog s=C4=83 corecta=C8=9Bi datele.</div><div dir=3D"ltr" data=
-setdir=3D"false"><br></div><div dir=3D"ltr" data-setdir=3D"false">Mul=C8=
=9Bumesc,</div><div dir=3D"ltr" data-setdir=3D"false">Elena Ionescu</div><d=
iv dir=3D"ltr" data-setdir=3D"false">card fidelitate 7700 4418 2290</div><d=
iv><br></div></div><div id=3D"ydp4f1a2b3cyahoo_quoted" class=3D"ydp4f1a2b3c=
yahoo_quoted"></div></body></html>"""),
    ('el', 'cosmote-mailbox-full-export-ready-quoted', 'automated', (), """Return-Path: <>
Received: from mx-in.otenet.gr (mx-in02.otenet.gr [83.235.69.42])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KvpR31XyBz9sT
	for <privacy@shop.example.be>; Wed, 11 Nov 2026 17:44:20 +0100 (CET)
Date: Wed, 11 Nov 2026 18:44:18 +0200 (EET)
From: MAILER-DAEMON@otenet.gr (Mail Delivery System)
Subject: =?utf-8?b?zqTOvyDOvM6uzr3Phc68zrEgzrTOtc69IM+AzrHPgc6xzrTPjM64zrfOus61IC8g?=
 =?utf-8?b?VW5kZWxpdmVyZWQgTWFpbCBSZXR1cm5lZCB0byBTZW5kZXI=?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7B3D2C0A19.1794415458/mx-in02.otenet.gr"
Message-Id: <20261111164418.7B3D2C0A19@mx-in02.otenet.gr>

This is a MIME-encapsulated message.

--7B3D2C0A19.1794415458/mx-in02.otenet.gr
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Αυτό είναι ένα αυτόματο μήνυμα του συστήματος ηλεκτρονικού ταχυδρομείου
COSMOTE.

Το μήνυμά σας δεν ήταν δυνατό να παραδοθεί στον παρακάτω παραλήπτη,
επειδή η θυρίδα του είναι πλήρης. Ο παραλήπτης πρέπει να διαγράψει
μηνύματα για να λάβει νέα αλληλογραφία. Παρακαλούμε δοκιμάστε αργότερα.

Παρακαλούμε μην απαντάτε σε αυτό το μήνυμα.

This is the mail system at host mx-in02.otenet.gr.

<m.papadopoulou@otenet.gr>: host mailstore5.otenet.gr[10.1.20.15] said: 552
    5.2.2 Mailbox full / Η θυρίδα είναι πλήρης (in reply to RCPT TO command)

--7B3D2C0A19.1794415458/mx-in02.otenet.gr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-in02.otenet.gr
X-Postfix-Queue-ID: 7B3D2C0A19
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 11 Nov 2026 18:44:17 +0200 (EET)

Final-Recipient: rfc822; m.papadopoulou@otenet.gr
Action: failed
Status: 5.2.2
Remote-MTA: dns; mailstore5.otenet.gr
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--7B3D2C0A19.1794415458/mx-in02.otenet.gr
Content-Description: Undelivered Message
Content-Type: message/rfc822

Date: Wed, 11 Nov 2026 17:44:12 +0100
From: =?UTF-8?Q?shop.example.be_-_=CE=A0=CF=81=CE=BF=CF=83=CF=84=CE=B1=CF=83=CE=AF=CE=B1_=CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD?= <privacy@shop.example.be>
To: m.papadopoulou@otenet.gr
Subject: =?utf-8?b?zqTOsSDOtM61zrTOv868zq3Ovc6xIM+DzrHPgiDOtc6vzr3Osc65IM6tz4TOv865?=
 =?utf-8?b?zrzOsSDOs865zrEgzrvOrs+Izrc=?=
Message-ID: <exp-20261111-0027@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

zpHOs86xz4DOt8+Ezq4gzrrPhc+Bzq/OsSDOoM6xz4DOsc60zr/PgM6/z43Ou86/z4UsCgrPjM+A
z4nPgiDOts63z4TOrs+DzrHPhM61ICjOrM+BzrjPgc6/IDIwIM6TzprOoM6UKSwgzrXPhM6/zrnO
vM6sz4POsc68zrUgzrHPgc+HzrXOr86/IM68zrUgz4TOsSDPgM+Bzr/Pg8+Jz4DOuc66zqwgz4PO
sc+CCs60zrXOtM6/zrzOrc69zrEgz4POtSDOvM63z4fOsc69zrHOs869z47Pg865zrzOtyDOvM6/
z4HPhs6uIChKU09OIM66zrHOuSBDU1YpOiDPg8+Ezr/Ouc+HzrXOr86xIM67zr/Os86xz4HOuc6x
z4POvM6/z40sCs65z4PPhM6/z4HOuc66z4wgz4DOsc+BzrHOs86zzrXOu865z47OvSDOus6xzrkg
z4DPjM69z4TOv8+Fz4IgzrrOrM+Bz4TOsc+CIM61z4DOuc6yz4HOrM6yzrXPhc+DzrfPgi4KCs6c
z4DOv8+BzrXOr8+EzrUgzr3OsSDPhM6/IM66zrHPhM61zrLOrM+DzrXPhM61IM61zrTPjiAozr8g
z4PPjc69zrTOtc+DzrzOv8+CIM65z4PPh8+NzrXOuSA3IM63zrzOrc+BzrXPgik6Cmh0dHBzOi8v
c2hvcC5leGFtcGxlLmJlL2dkcHIvZXhwb3J0LzVmMWM5ZTJhN2IKCs6TzrnOsSDOu8+MzrPOv8+F
z4IgzrHPg8+GzrHOu861zq/Osc+CIM64zrEgz4POsc+CIM62zrfPhM63zrjOtc6vIM6/IM66z4nO
tM65zrrPjM+CIM+Ezr/PhSDOu86/zrPOsc+BzrnOsc+DzrzOv8+NIM+DzrHPgi4KCs6czrUgzrXO
us+Ezq/OvM63z4POtywKzp/OvM6szrTOsSDOoM+Bzr/Pg8+EzrHPg86vzrHPgiDOlM61zrTOv868
zq3Ovc+Jzr0Kc2hvcC5leGFtcGxlLmJlCg==

--7B3D2C0A19.1794415458/mx-in02.otenet.gr--
"""),
    ('el', 'forthnet-account-inactive-uppercase', 'automated', (), """Return-Path: <>
Received: from mx.forthnet.gr (mx2.forthnet.gr [193.92.150.102])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KwCn23RqLz9sV
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 17:02:44 +0100 (CET)
Date: Thu, 12 Nov 2026 18:02:42 +0200
From: Postmaster <postmaster@forthnet.gr>
To: privacy@shop.example.be
Subject: =?iso-8859-7?b?wdDP1NXXycEg0MHRwcTP08fTIMzHzdXMwdTP0yAtIEFjY291bnQgaW5hY3Rp?=
 =?iso-8859-7?b?dmU=?=
Message-ID: <bounce.20261112160242.4471@mx2.forthnet.gr>
X-Loop: postmaster@forthnet.gr
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-7
Content-Transfer-Encoding: quoted-printable

=C1=D0=CF=D4=D5=D7=C9=C1 =D0=C1=D1=C1=C4=CF=D3=C7=D3 =CC=C7=CD=D5=CC=C1=D4=
=CF=D3

=CF =CB=CF=C3=C1=D1=C9=C1=D3=CC=CF=D3 =D4=CF=D5 =D0=C1=D1=C1=CB=C7=D0=D4=C7=
 =C5=C9=CD=C1=C9 =C1=CD=C5=CD=C5=D1=C3=CF=D3 =CA=C1=C9 =C4=C5=CD =C4=C5=D7=
=C5=D4=C1=C9 =CC=C7=CD=D5=CC=C1=D4=C1.
=D0=C1=D1=C1=CB=C7=D0=D4=C7=D3: g.nikolaou@forthnet.gr

THE RECIPIENT ACCOUNT IS INACTIVE / DISABLED.
550 5.2.1 <g.nikolaou@forthnet.gr>: account inactive

---- =C1=D1=D7=C9=CA=CF =CC=C7=CD=D5=CC=C1 / ORIGINAL MESSAGE HEADERS ----
From: privacy@shop.example.be
To: g.nikolaou@forthnet.gr
Date: Thu, 12 Nov 2026 17:02:39 +0100
Subject: =D4=E1=F5=F4=EF=F0=EF=DF=E7=F3=E7 =E3=E9=E1 =F4=EF =E1=DF=F4=E7=EC=
=E1 =E4=E9=E1=E3=F1=E1=F6=DE=F2 =F3=E1=F2
Message-ID: <idv-20261112-0071@shop.example.be>

=C1=D5=D4=CF =C5=C9=CD=C1=C9 =C1=D5=D4=CF=CC=C1=D4=CF =CC=C7=CD=D5=CC=C1 - =
=D0=C1=D1=C1=CA=C1=CB=CF=D5=CC=C5 =CC=C7=CD =C1=D0=C1=CD=D4=C1=D4=C5.
"""),
    ('el', 'university-exchange-ooo', 'automated', (), """Received: from EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2100.outbound.protection.outlook.com [40.107.14.100])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KxW5b0xHcz9sR
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 10:15:33 +0100 (CET)
From: =?iso-8859-7?b?xevd7ecgw+X58ePf7/U=?= <egeorgiou@bio-demo.uoa.gr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiDOoM+Bzr/Pg8+Gzr8=?=
 =?utf-8?b?z4HOrCDOs865zrEgz4bPhc+EzqwgzrXPg8+Jz4TOtc+BzrnOus6/z40gz4fPjs+B?=
 =?utf-8?b?zr/PhSAtIM+Dz4TOv865z4fOtc6vzrEgz4TOuc68zr/Ou8+MzrPOt8+DzrfPgg==?=
Thread-Topic: =?utf-8?b?zqDPgc6/z4PPhs6/z4HOrCDOs865zrEgz4bPhc+EzqwgzrXPg8+Jz4TOtc+Bzrk=?=
 =?utf-8?b?zrrOv8+NIM+Hz47Pgc6/z4UgLSDPg8+Ezr/Ouc+HzrXOr86xIM+EzrnOvM6/zrs=?=
 =?utf-8?b?z4zOs863z4POt8+C?=
Thread-Index: AQHbOJ0dFqYx8l3q9UeVq6F2sHc5dg==
Date: Tue, 17 Nov 2026 09:15:31 +0000
Message-ID: <VI1PR02MB6224A7F3E09C1B4D2E81F0C3D9E12@VI1PR02MB6224.eurprd02.prod.outlook.com>
In-Reply-To: <b2b-20261117-0048@shop.example.be>
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs64zrEgzrHPgM6/z4XPg865zqzOts+JIM6xz4DP
jCDPhM6/IM6zz4HOsc+GzrXOr86/IM6tz4nPgiDOus6xzrkgz4TOt869IM6gzrHPgc6xz4POus61
z4XOriAyNy8xMS8yMDI2IM67z4zOs8+JIM61zrrPgM6xzrnOtM61z4XPhM65zrrOrs+CIM6szrTO
tc65zrHPgiwgz4fPic+Bzq/PgiDPhM6xzrrPhM65zrrOriDPgM+Bz4zPg86yzrHPg863IM+Dz4TO
vyDOt867zrXOus+Ez4HOv869zrnOus+MIM+EzrHPh8+FzrTPgc6/zrzOtc6vzr8uCs6TzrnOsSDO
uM6tzrzOsc+EzrEgz4DPgc6/zrzOt864zrXOuc+Ozr0gz4DOsc+BzrHOus6xzrvPjiDOsc+AzrXP
hc64z4XOvc64zrXOr8+EzrUgz4PPhM63IM6Tz4HOsc68zrzOsc+EzrXOr86xIM+Ezr/PhSDOpM68
zq7OvM6xz4TOv8+CIChncmFtbUBiaW8tZGVtby51b2EuZ3IsIM+EzrfOuy4gMjEwIDcyNyA0MDAw
KS4KCs6czrUgzrXOus+Ezq/OvM63z4POtywKzpTPgS4gzpXOu86tzr3OtyDOk861z4nPgc6zzq/O
v8+FCs6Vz4HOs86xz4PPhM63z4HOuc6xzrrPjCDOlM65zrTOsc66z4TOuc66z4wgzqDPgc6/z4PP
ic+AzrnOus+MCs6kzrzOrs68zrEgzpLOuc6/zrvOv86zzq/Osc+CCg==
"""),
    ('el', 'mailerlite-double-optin', 'automated', (), """Received: from smtp-out-81.mlsend.com (smtp-out-81.mlsend.com [185.136.204.81])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KySq55cWnz9sT
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 22:41:07 +0100 (CET)
Date: Wed, 18 Nov 2026 21:41:05 +0000
From: =?utf-8?b?zprOrs+Azr/PgiAmIM6jz4DOr8+Ezrk=?= <info@kipossspiti-demo.gr>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpXPgM65zrLOtc6yzrHOuc+Oz4PPhM61IM+EzrfOvSDOtc6zzrPPgc6xz4bOriA=?=
 =?utf-8?b?z4POsc+C?=
Message-ID: <ml.a8d2k1.9981245712.1794519665@mlsend.com>
X-Mailer: MailerLite
X-MLSend-Type: double-optin
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="ml_alt_9981245712"

--ml_alt_9981245712
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

zpXPgM65zrLOtc6yzrHOuc+Oz4PPhM61IM+EzrfOvSDOtc6zzrPPgc6xz4bOriDPg86xz4IKCs6T
zrXOuc6xIM+DzrHPgiEKCs6jzrHPgiDOtc+Fz4fOsc+BzrnPg8+Ezr/Pjc68zrUgzrPOuc6xIM+E
zrfOvSDOtc6zzrPPgc6xz4bOriDPg8+Ezr8gzrXOvc63zrzOtc+Bz4nPhM65zrrPjCDOtM61zrvP
hM6vzr8gz4TOv8+FIM6azq7PgM6/z4IgJiDOo8+Azq/PhM65LgrOk865zrEgzr3OsSDOv867zr/O
us67zrfPgc+JzrjOtc6vIM63IM61zrPOs8+BzrHPhs6uLCDPgM6xz4TOrs+Dz4TOtSDPhM6/IM+A
zrHPgc6xzrrOrM+Ez4kgzrrOv8+FzrzPgM6vOgoKzp3Osc65LCDOtc+AzrnOss61zrLOsc65z47O
vc+JIM+EzrfOvSDOtc6zzrPPgc6xz4bOriDOvM6/z4UKaHR0cHM6Ly9wcmV2aWV3Lm1haWxlcmxp
dGUuaW8vd2ViZm9ybXMvY29uZmlybS9hOGQyazEvOTk4MTI0NTcxMgoKzpHOvSDOtM61zr0gzrrO
rM69zrHPhM61IM61z4POtc6vz4Igz4TOt869IM61zrPOs8+BzrHPhs6uLCDOsc6zzr3Ov86uz4PP
hM61IM6xz4XPhM+MIM+Ezr8gzrzOrs69z4XOvM6xLgoKzprOrs+Azr/PgiAmIM6jz4DOr8+Ezrks
IM6bzrXPic+GLiDOms63z4bOuc+Dzq/Osc+CIDEyMCwgzpHOuM6uzr3OsQo=

--ml_alt_9981245712
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsIj48aDEgc3R5bGU9ImZvbnQtc2l6
ZToyNHB4Ij7Olc+AzrnOss61zrLOsc65z47Pg8+EzrUgz4TOt869IM61zrPOs8+BzrHPhs6uIM+D
zrHPgjwvaDE+PHA+zpPOtc65zrEgz4POsc+CITwvcD48cD7Oo86xz4IgzrXPhc+HzrHPgc65z4PP
hM6/z43OvM61IM6zzrnOsSDPhM63zr0gzrXOs86zz4HOsc+Gzq4gz4PPhM6/IM61zr3Ot868zrXP
gc+Jz4TOuc66z4wgzrTOtc67z4TOr86/IM+Ezr/PhSDOms6uz4DOv8+CICZhbXA7IM6jz4DOr8+E
zrkuIM6TzrnOsSDOvc6xIM6/zrvOv866zrvOt8+Bz4nOuM61zq8gzrcgzrXOs86zz4HOsc+Gzq4s
IM+AzrHPhM6uz4PPhM61IM+Ezr8gz4DOsc+BzrHOus6sz4TPiSDOus6/z4XOvM+Azq86PC9wPjxw
PjxhIGhyZWY9Imh0dHBzOi8vcHJldmlldy5tYWlsZXJsaXRlLmlvL3dlYmZvcm1zL2NvbmZpcm0v
YThkMmsxLzk5ODEyNDU3MTIiIHN0eWxlPSJiYWNrZ3JvdW5kOiMwOWMyNjk7Y29sb3I6I2ZmZjtw
YWRkaW5nOjEycHggMjBweDtib3JkZXItcmFkaXVzOjNweDt0ZXh0LWRlY29yYXRpb246bm9uZSI+
zp3Osc65LCDOtc+AzrnOss61zrLOsc65z47Ovc+JIM+EzrfOvSDOtc6zzrPPgc6xz4bOriDOvM6/
z4U8L2E+PC9wPjxwPs6Rzr0gzrTOtc69IM66zqzOvc6xz4TOtSDOtc+DzrXOr8+CIM+EzrfOvSDO
tc6zzrPPgc6xz4bOriwgzrHOs869zr/Ors+Dz4TOtSDOsc+Fz4TPjCDPhM6/IM68zq7Ovc+FzrzO
sS48L3A+PHAgc3R5bGU9ImZvbnQtc2l6ZToxMXB4O2NvbG9yOiM4ODgiPs6azq7PgM6/z4IgJmFt
cDsgzqPPgM6vz4TOuSwgzpvOtc+Jz4YuIM6azrfPhs65z4POr86xz4IgMTIwLCDOkc64zq7Ovc6x
PC9wPjwvYm9keT48L2h0bWw+Cg==

--ml_alt_9981245712--
"""),
    ('el', 'outlook-read-receipt', 'automated', (), """Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2131.outbound.protection.outlook.com [40.107.22.131])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KyYs91f4Gz9sW
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 11:47:54 +0100 (CET)
From: =?utf-8?B?zqPPhM6xz43Pgc6/z4IgzpHOu861zr7Or86/z4U=?= <s.alexiou@lawfirm-demo.gr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?zpTOuc6xzrLOrM+Dz4TOt866zrU6IM6Rz4DOrM69z4TOt8+Dzrcgz4PPhM6/IM6x?=
 =?utf-8?b?zq/PhM63zrzOsSDPgM+Bz4zPg86yzrHPg863z4Igz4PPhM6xIM+Az4HOv8+Dz4k=?=
 =?utf-8?b?z4DOuc66zqwgz4POsc+CIM60zrXOtM6/zrzOrc69zrE=?=
Thread-Topic: =?utf-8?b?zpHPgM6szr3PhM63z4POtyDPg8+Ezr8gzrHOr8+EzrfOvM6xIM+Az4HPjM+DzrI=?=
 =?utf-8?b?zrHPg863z4Igz4PPhM6xIM+Az4HOv8+Dz4nPgM65zrrOrCDPg86xz4IgzrTOtc60?=
 =?utf-8?b?zr/OvM6tzr3OsQ==?=
Date: Thu, 19 Nov 2026 10:47:50 +0000
Message-ID: <AM6PR04MB59111C9F0E2B3A4D5C6E7F8091A2B@AM6PR04MB5911.eurprd04.prod.outlook.com>
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_AM6PR04MB59111C9F0E2B3A4D5C6E7F8091A2B_"
MIME-Version: 1.0

--_000_AM6PR04MB59111C9F0E2B3A4D5C6E7F8091A2B_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zqTOvyDOvM6uzr3Phc68zqwgz4POsc+CCgogICAgzqDPgc6/z4I6IM6jz4TOsc+Nz4HOv8+CIM6R
zrvOtc6+zq/Ov8+FCiAgICDOmM6tzrzOsTogzpHPgM6szr3PhM63z4POtyDPg8+Ezr8gzrHOr8+E
zrfOvM6xIM+Az4HPjM+DzrLOsc+DzrfPgiDPg8+EzrEgz4DPgc6/z4PPic+AzrnOus6sIM+DzrHP
giDOtM61zrTOv868zq3Ovc6xCiAgICDOlc+Dz4TOrM67zrc6IM6gzq3OvM+Az4TOtywgMTkgzp3O
v861zrzOss+Bzq/Ov8+FIDIwMjYgMTE6MDI6MTQgz4AuzrwuIChVVEMrMDE6MDApIM6Sz4HPhc6+
zq3Ou867zrXPgiwgzprOv8+AzrXOs8+HzqzOs863LCDOnM6xzrTPgc6vz4TOtywgzqDOsc+Bzq/P
g865CgrOtM65zrHOss6sz4PPhM63zrrOtSDPhM63zr0gzqDOrc68z4DPhM63LCAxOSDOnc6/zrXO
vM6yz4HOr86/z4UgMjAyNiAxMjo0Nzo1MCDOvC7OvC4gKFVUQyswMjowMCkgzpHOuM6uzr3OsSwg
zpLOv8+FzrrOv8+Fz4HOrc+Dz4TOuS4K

--_000_AM6PR04MB59111C9F0E2B3A4D5C6E7F8091A2B_
Content-Type: message/disposition-notification

Reporting-UA: AM6PR04MB5911.eurprd04.prod.outlook.com; Microsoft Exchange Server 15
Final-recipient: RFC822; s.alexiou@lawfirm-demo.gr
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: Rj8k2Q1mT0a3yNq5Yx0g7w==
Original-Message-ID: <acc-20261119-0133@shop.example.be>

--_000_AM6PR04MB59111C9F0E2B3A4D5C6E7F8091A2B_--
"""),
    ('el', 'person-reply-on-ticket-ack-adds-request', 'portability', (), """Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03olkn2081.outbound.protection.outlook.com [40.92.59.81])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KxBq40Y1Mz9sQ
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 19:22:08 +0100 (CET)
From: =?iso-8859-7?b?zd/q7/Igyvnt8/Th7fTf7e/1?= <nkonst@hotmail.gr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-7?b?UkU6IFtQUklWLTIwMjYtMDQwN10gy9zi4ezlIPTvIOHf9Ofs3CDz4fIgLyBX?=
 =?iso-8859-7?b?ZSByZWNlaXZlZCB5b3VyIHJlcXVlc3Q=?=
Date: Mon, 16 Nov 2026 18:22:05 +0000
Message-ID: <AS8P193MB1285E3F0A1B2C3D4E5F60718293A@AS8P193MB1285.EURP193.PROD.OUTLOOK.COM>
In-Reply-To: <ack-PRIV-2026-0407@shop.example.be>
References: <ack-PRIV-2026-0407@shop.example.be>
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-7"
Content-Transfer-Encoding: quoted-printable

=CA=E1=EB=E7=F3=F0=DD=F1=E1,

=F3=E5 =F3=F5=ED=DD=F7=E5=E9=E1 =F4=EF=F5 =E1=E9=F4=DE=EC=E1=F4=FC=F2 =EC=
=EF=F5 =E3=E9=E1 =F4=EF newsletter (=E1=F5=F4=FC =F4=EF =DD=F7=F9 =DE=E4=E7=
 =EB=FD=F3=E5=E9 =E1=F0=FC =F4=EF=ED =EB=EF=E3=E1=F1=E9=E1=F3=EC=FC =EC=EF=
=F5), =E8=E1 =DE=E8=E5=EB=E1 =E5=F0=E9=F0=EB=DD=EF=ED =ED=E1 =EC=EF=F5 =F3=
=F4=E5=DF=EB=E5=F4=E5 =F4=EF =E9=F3=F4=EF=F1=E9=EA=FC =F4=F9=ED =E1=E3=EF=
=F1=FE=ED =EC=EF=F5 =EA=E1=E9 =F4=EF=F5=F2 =F0=FC=ED=F4=EF=F5=F2 =F4=E7=F2 =
=EA=DC=F1=F4=E1=F2 =E5=F0=E9=E2=F1=DC=E2=E5=F5=F3=E7=F2 =F3=E5 =E1=F1=F7=E5=
=DF=EF =F0=EF=F5 =ED=E1 =E1=ED=EF=DF=E3=E5=E9 =F3=E5 =F5=F0=EF=EB=EF=E3=E9=
=F3=F4=DE (CSV =DE Excel), =FE=F3=F4=E5 =ED=E1 =F4=E1 =EC=E5=F4=E1=F6=DD=F1=
=F9 =F3=E5 =DC=EB=EB=EF =EA=E1=F4=DC=F3=F4=E7=EC=E1. =C4=E9=EA=E1=DF=F9=EC=
=E1 =F6=EF=F1=E7=F4=FC=F4=E7=F4=E1=F2, =DC=F1=E8=F1=EF 20 =C3=CA=D0=C4.

=C5=F5=F7=E1=F1=E9=F3=F4=FE,
=CD=DF=EA=EF=F2 =CA=F9=ED=F3=F4=E1=ED=F4=DF=ED=EF=F5

=D3=F4=DC=EB=E8=E7=EA=E5 =E1=F0=FC =F4=EF =D4=E1=F7=F5=E4=F1=EF=EC=E5=DF=EF=
 =E3=E9=E1 Windows

=C1=F0=FC: privacy@shop.example.be
=D3=F4=DC=EB=E8=E7=EA=E5: =C4=E5=F5=F4=DD=F1=E1, 16 =CD=EF=E5=EC=E2=F1=DF=
=EF=F5 2026 10:05 =F0=EC
=D0=F1=EF=F2: nkonst@hotmail.gr
=C8=DD=EC=E1: [PRIV-2026-0407] =CB=DC=E2=E1=EC=E5 =F4=EF =E1=DF=F4=E7=EC=DC=
 =F3=E1=F2 / We received your request

=C1=F5=F4=FC =E5=DF=ED=E1=E9 =DD=ED=E1 =E1=F5=F4=FC=EC=E1=F4=EF =EC=DE=ED=
=F5=EC=E1. This is an automated message.
=CB=DC=E2=E1=EC=E5 =F4=EF =E1=DF=F4=E7=EC=DC =F3=E1=F2 =EA=E1=E9 =F4=EF=F5 =
=E4=FE=F3=E1=EC=E5 =F4=EF=ED =E1=F1=E9=E8=EC=FC PRIV-2026-0407. =C8=E1 =E1=
=F0=E1=ED=F4=DE=F3=EF=F5=EC=E5 =E5=ED=F4=FC=F2 =E5=ED=FC=F2 =EC=E7=ED=FC=F2.
"""),
    ('el', 'person-stop-automatic-emails-profiling', 'objection', (), """Received: from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KysF73dVqz9sR
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 09:12:40 +0100 (CET)
MIME-Version: 1.0
From: =?utf-8?b?zpHOuc66zrHPhM61z4HOr869zrcgzpzOsc+Fz4HOr860zr/PhQ==?= <kmavridou@gmail.com>
Date: Fri, 20 Nov 2026 10:12:27 +0200
Message-ID: <CAMx9vR0kTq3pW8nZ1yLfB6eH2sJ4dG7cXa@mail.gmail.com>
Subject: =?utf-8?b?zqTOsSDOsc+Fz4TPjM68zrHPhM6xIGVtYWlsIM+DzrHPgg==?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000009c3a1e0625f6a4d2"

--0000000000009c3a1e0625f6a4d2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

zprOsc67zrfOvM6tz4HOsSDPg86xz4IsCgrOtc60z44gzrrOsc65IM66zrHOuc+Bz4wgzrzOv8+F
IM6tz4HPh86/zr3PhM6xzrkgzrHPhc+Ez4zOvM6xz4TOsSBlbWFpbCDPhM6/z4Ugz4TPjc+Azr/P
hSDCq86Vz4DOuc67zrXOs868zq3Ovc6xIM6zzrnOsSDOtc+DzqzPgsK7IM66zrHOuSDCq86Vzq/O
tM6xzrzOtSDPjM+Ezrkgz4POsc+CIM6sz4HOtc+DzrUuLi7Cuywgz4bPhM65zrHOs868zq3Ovc6x
IM68zrUgzrLOrM+Dzrcgz4TOuSDOus6/zrnPhM6szrbPiSDPg8+Ezr8gc2l0ZSDOus6xzrkgz4TO
uSDOsc6zzr/Pgc6szrbPiS4gzpXPgM6vz4POt8+CIM61zq/OtM6xIM+Mz4TOuSDPhM6xIGVtYWls
IM+DzrHPgiDOrc+Hzr/Phc69IHBpeGVsIM+AzrHPgc6xzrrOv867zr/Pjc64zrfPg863z4IuCgrO
kc69z4TOuc+Ezq/OuM61zrzOsc65LCDPg8+NzrzPhs+Jzr3OsSDOvM61IM+Ezr8gzqzPgc64z4HO
vyAyMSDOk86azqDOlCwgz4PPhM63IM60zrfOvM65zr/Phc+BzrPOr86xIM+Az4HOv8+Gzq/OuyDO
vM61IM+EzrEgzrTOtc60zr/OvM6tzr3OsSDOvM6/z4UgzrPOuc6xIM60zrnOsc+GzrfOvM65z4PP
hM65zrrOv8+Nz4Igz4POus6/z4DOv8+Nz4IgzrrOsc65IM+Dz4TOt869IM+AzrHPgc6xzrrOv867
zr/Pjc64zrfPg863IM+Ezr/PhSDOsc69IM6xzr3Ov86vzrPPiSDPhM6xIGVtYWlsIM+DzrHPgi4g
zqPPhM6xzrzOsc+Ezq7Pg8+EzrUgzrHPhc+Ezq4gz4TOt869IM61z4DOtc6+zrXPgc6zzrHPg86v
zrEuIM6kzrEgZW1haWwgzrPOuc6xIM+EzrnPgiDPgM6xz4HOsc6zzrPOtc67zq/Otc+CIM68zr/P
hSAozrXPgM65zrLOtc6yzrHOr8+Jz4POtywgzrHPgM6/z4PPhM6/zrvOrikgzr3OsSDPg8+Fzr3O
tc+Hzq/Pg86/z4XOvSDOvc6xIM6tz4HPh86/zr3PhM6xzrkgzrrOsc69zr/Ovc65zrrOrC4KCs6c
zrUgzrXOus+Ezq/OvM63z4POtywKzpHOuc66zrHPhM61z4HOr869zrcgzpzOsc+Fz4HOr860zr/P
hQo=

--0000000000009c3a1e0625f6a4d2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

PGRpdiBkaXI9Imx0ciI+zprOsc67zrfOvM6tz4HOsSDPg86xz4IsPGJyPjxicj7Otc60z44gzrrO
sc65IM66zrHOuc+Bz4wgzrzOv8+FIM6tz4HPh86/zr3PhM6xzrkgzrHPhc+Ez4zOvM6xz4TOsSBl
bWFpbCDPhM6/z4Ugz4TPjc+Azr/PhSDCq86Vz4DOuc67zrXOs868zq3Ovc6xIM6zzrnOsSDOtc+D
zqzPgsK7IM66zrHOuSDCq86Vzq/OtM6xzrzOtSDPjM+Ezrkgz4POsc+CIM6sz4HOtc+DzrUuLi7C
uywgz4bPhM65zrHOs868zq3Ovc6xIM68zrUgzrLOrM+Dzrcgz4TOuSDOus6/zrnPhM6szrbPiSDP
g8+Ezr8gc2l0ZSDOus6xzrkgz4TOuSDOsc6zzr/Pgc6szrbPiS4gzpXPgM6vz4POt8+CIM61zq/O
tM6xIM+Mz4TOuSDPhM6xIGVtYWlsIM+DzrHPgiDOrc+Hzr/Phc69IHBpeGVsIM+AzrHPgc6xzrrO
v867zr/Pjc64zrfPg863z4IuPGJyPjxicj7Okc69z4TOuc+Ezq/OuM61zrzOsc65LCDPg8+NzrzP
hs+Jzr3OsSDOvM61IM+Ezr8gzqzPgc64z4HOvyAyMSDOk86azqDOlCwgz4PPhM63IM60zrfOvM65
zr/Phc+BzrPOr86xIM+Az4HOv8+Gzq/OuyDOvM61IM+EzrEgzrTOtc60zr/OvM6tzr3OsSDOvM6/
z4UgzrPOuc6xIM60zrnOsc+GzrfOvM65z4PPhM65zrrOv8+Nz4Igz4POus6/z4DOv8+Nz4IgzrrO
sc65IM+Dz4TOt869IM+AzrHPgc6xzrrOv867zr/Pjc64zrfPg863IM+Ezr/PhSDOsc69IM6xzr3O
v86vzrPPiSDPhM6xIGVtYWlsIM+DzrHPgi4gzqPPhM6xzrzOsc+Ezq7Pg8+EzrUgzrHPhc+Ezq4g
z4TOt869IM61z4DOtc6+zrXPgc6zzrHPg86vzrEuIM6kzrEgZW1haWwgzrPOuc6xIM+EzrnPgiDP
gM6xz4HOsc6zzrPOtc67zq/Otc+CIM68zr/PhSAozrXPgM65zrLOtc6yzrHOr8+Jz4POtywgzrHP
gM6/z4PPhM6/zrvOrikgzr3OsSDPg8+Fzr3Otc+Hzq/Pg86/z4XOvSDOvc6xIM6tz4HPh86/zr3P
hM6xzrkgzrrOsc69zr/Ovc65zrrOrC48YnI+PGJyPs6czrUgzrXOus+Ezq/OvM63z4POtyw8YnI+
zpHOuc66zrHPhM61z4HOr869zrcgzpzOsc+Fz4HOr860zr/PhTxicj48L2Rpdj4K

--0000000000009c3a1e0625f6a4d2--
"""),
    ('bg', 'abv-mailbox-full-identity-check-quoted', 'automated', (), """Return-Path: <>
Received: from mx.abv.bg (mx2.abv.bg [194.153.145.70])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KvD7r0hPqz9sS
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 09:30:17 +0100 (CET)
Date: Tue, 10 Nov 2026 10:30:15 +0200
From: ABV Mail Delivery System <MAILER-DAEMON@abv.bg>
To: privacy@shop.example.be
Subject: =?windows-1251?b?zeXk7vHy4OLl7e4g8fru4fnl7ejlIC8gTWFpbCBkZWxpdmVyeSBmYWls?=
 =?windows-1251?b?ZWQ=?=
Message-ID: <abv-ndr-1794299415-22781@mx2.abv.bg>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="ABV-NDR-22781"

--ABV-NDR-22781
Content-Type: text/plain; charset=windows-1251
Content-Transfer-Encoding: quoted-printable

=C7=E4=F0=E0=E2=E5=E9=F2=E5,

=C2=E0=F8=E5=F2=EE =F1=FA=EE=E1=F9=E5=ED=E8=E5 =ED=E5 =EC=EE=E6=E5 =E4=E0 =
=E1=FA=E4=E5 =E4=EE=F1=F2=E0=E2=E5=ED=EE =E4=EE =F1=EB=E5=E4=ED=E8=FF =EF=
=EE=EB=F3=F7=E0=F2=E5=EB:

    stoyan.georgiev@abv.bg

=CF=F0=E8=F7=E8=ED=E0: =EF=EE=F9=E5=ED=F1=EA=E0=F2=E0 =EA=F3=F2=E8=FF =ED=
=E0 =EF=EE=EB=F3=F7=E0=F2=E5=EB=FF =E5 =EF=FA=EB=ED=E0. =CF=EE=EB=F3=F7=E0=
=F2=E5=EB=FF=F2 =F2=F0=FF=E1=E2=E0 =E4=E0
=E8=E7=F2=F0=E8=E5 =F7=E0=F1=F2 =EE=F2 =EF=E8=F1=EC=E0=F2=E0 =F1=E8, =EF=F0=
=E5=E4=E8 =E4=E0 =EC=EE=E6=E5 =E4=E0 =EF=EE=EB=F3=F7=E0=E2=E0 =ED=EE=E2=E0 =
=EF=EE=F9=E0.

=D2=EE=E2=E0 =E5 =E0=E2=F2=EE=EC=E0=F2=E8=F7=ED=EE =F1=FA=EE=E1=F9=E5=ED=E8=
=E5 =EE=F2 ABV.bg. =CC=EE=EB=FF, =ED=E5 =EE=F2=E3=EE=E2=E0=F0=FF=E9=F2=E5 =
=ED=E0 =ED=E5=E3=EE.

---------------------------------------------------------------
Your message could not be delivered: recipient mailbox is full.
552 5.2.2 Mailbox full

------ =C7=E0=E3=EB=E0=E2=ED=E0 =F7=E0=F1=F2 =E8 =ED=E0=F7=E0=EB=EE =ED=E0 =
=EE=F0=E8=E3=E8=ED=E0=EB=ED=EE=F2=EE =F1=FA=EE=E1=F9=E5=ED=E8=E5 ------
Date: Tue, 10 Nov 2026 09:30:11 +0100
From: privacy@shop.example.be
To: stoyan.georgiev@abv.bg
Subject: =CF=EE=F2=E2=FA=F0=E6=E4=E0=E2=E0=ED=E5 =ED=E0 =F1=E0=EC=EE=EB=E8=
=F7=ED=EE=F1=F2=F2=E0 - =C2=E0=F8=E5=F2=EE =E8=F1=EA=E0=ED=E5 =E7=E0 =E4=EE=
=F1=F2=FA=EF =E4=EE =E4=E0=ED=ED=E8
Message-ID: <idv-20261110-0015@shop.example.be>

=C7=E4=F0=E0=E2=E5=E9=F2=E5, =E3-=ED =C3=E5=EE=F0=E3=E8=E5=E2,
=EF=EE=EB=F3=F7=E8=F5=EC=E5 =C2=E0=F8=E5=F2=EE =E8=F1=EA=E0=ED=E5 =E7=E0 =
=E4=EE=F1=F2=FA=EF =E4=EE =EB=E8=F7=ED=E8=F2=E5 =C2=E8 =E4=E0=ED=ED=E8 (=F7=
=EB. 15 =EE=F2 =CE=D0=C7=C4).
=C7=E0 =E4=E0 =E7=E0=F9=E8=F2=E8=EC =E4=E0=ED=ED=E8=F2=E5 =C2=E8, =EC=EE=EB=
=FF, =EF=EE=F2=E2=FA=F0=E4=E5=F2=E5 =F1=E0=EC=EE=EB=E8=F7=ED=EE=F1=F2=F2=E0=
 =F1=E8, =EA=E0=F2=EE
=EE=F2=E3=EE=E2=EE=F0=E8=F2=E5 =EE=F2 =F2=EE=E7=E8 =E8=EC=E5=E9=EB =E0=E4=
=F0=E5=F1 =E8 =EF=EE=F1=EE=F7=E8=F2=E5 =ED=EE=EC=E5=F0=E0 =ED=E0 =EF=EE=F1=
=EB=E5=E4=ED=E0=F2=E0 =F1=E8 =EF=EE=F0=FA=F7=EA=E0.
[...]

--ABV-NDR-22781
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.abv.bg
Arrival-Date: Tue, 10 Nov 2026 10:30:14 +0200

Final-Recipient: rfc822; stoyan.georgiev@abv.bg
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--ABV-NDR-22781--
"""),
    ('bg', 'mail-bg-user-unknown', 'automated', (), """Return-Path: <>
Received: from mx.mail.bg (mx.mail.bg [193.201.172.118])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KwGvQ4m8Xz9sR
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 20:02:51 +0100 (CET)
Date: Thu, 12 Nov 2026 21:02:49 +0200 (EET)
From: MAILER-DAEMON@mail.bg (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="2F7C18E0B3.1794510169/mx.mail.bg"
Content-Transfer-Encoding: 8bit
Message-Id: <20261112190249.2F7C18E0B3@mx.mail.bg>

This is a MIME-encapsulated message.

--2F7C18E0B3.1794510169/mx.mail.bg
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Това е пощенската система на mx.mail.bg.

За съжаление Вашето съобщение не можа да бъде доставено до един или
повече получатели. Адресът не съществува.

This is the mail system at host mx.mail.bg.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<desislava.petrova@mail.bg>: host store.mail.bg[private/dovecot-lmtp] said:
    550 5.1.1 <desislava.petrova@mail.bg> User doesn't exist:
    desislava.petrova@mail.bg (in reply to RCPT TO command)

--2F7C18E0B3.1794510169/mx.mail.bg
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.mail.bg
X-Postfix-Queue-ID: 2F7C18E0B3
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 12 Nov 2026 21:02:48 +0200 (EET)

Final-Recipient: rfc822; desislava.petrova@mail.bg
Original-Recipient: rfc822;desislava.petrova@mail.bg
Action: failed
Status: 5.1.1
Remote-MTA: dns; store.mail.bg
Diagnostic-Code: smtp; 550 5.1.1 <desislava.petrova@mail.bg> User doesn't
    exist: desislava.petrova@mail.bg

--2F7C18E0B3.1794510169/mx.mail.bg
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Date: Thu, 12 Nov 2026 20:02:45 +0100
From: privacy@shop.example.be
To: desislava.petrova@mail.bg
Subject: =?utf-8?b?0JLQsNGI0LjRj9GCINC/0YDQvtGE0LjQuyDQtSDQuNC30YLRgNC40YI=?=
Message-ID: <del-20261112-0102@shop.example.be>

--2F7C18E0B3.1794510169/mx.mail.bg--
"""),
    ('bg', 'municipality-exchange-ooo', 'automated', (), """Received: from mail.obshtina-demo.bg (mail.obshtina-demo.bg [212.5.152.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KzRp80JmYz9sV
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 11:14:22 +0100 (CET)
From: =?windows-1251?b?yOLg7SDE6Ozo8vDu4g==?= <i.dimitrov@obshtina-demo.bg>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?windows-1251?b?wOLy7uzg8uj35e0g7vLj7uLu8DogzvTl8PLgIOfgIO7n5evl7f/i4O3l?=
 =?windows-1251?b?IO3gIOzl5uTz4evu6u7i6CDv8O7x8vDg7fHy4uA=?=
Thread-Topic: =?windows-1251?b?zvTl8PLgIOfgIO7n5evl7f/i4O3lIO3gIOzl5uTz4evu6u7i6CDv8O7x?=
 =?windows-1251?b?8vDg7fHy4uA=?=
Thread-Index: AQHbPYk2u7e0g9kE0UGk7mFxJ3a0Wg==
Date: Mon, 23 Nov 2026 10:14:20 +0000
Message-ID: <6e5d4c3b2a19487f9e8d7c6b5a493827@EX2016.obshtina.local>
In-Reply-To: <b2b-20261123-0007@shop.example.be>
Accept-Language: bg-BG, en-US
Content-Language: bg-BG
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

=C7=E4=F0=E0=E2=E5=E9=F2=E5,

=C1=EB=E0=E3=EE=E4=E0=F0=FF =E7=E0 =EF=E8=F1=EC=EE=F2=EE. =C2 =EF=E5=F0=E8=
=EE=E4=E0 23.11.2026 - 04.12.2026 =E3. =F1=FA=EC =E2 =EF=EB=E0=F2=E5=ED =E3=
=EE=E4=E8=F8=E5=ED =EE=F2=EF=F3=F1=EA.
=CF=EE =E2=FA=EF=F0=EE=F1=E8, =F1=E2=FA=F0=E7=E0=ED=E8 =F1 =EE=E1=F9=E5=F1=
=F2=E2=E5=ED=E8 =EF=EE=F0=FA=F7=EA=E8, =EC=EE=EB=FF, =EE=E1=F0=FA=F9=E0=E9=
=F2=E5 =F1=E5 =EA=FA=EC =E3-=E6=E0 =CC=E0=F0=E8=FF =D2=EE=E4=EE=F0=EE=E2=E0=
, =F2=E5=EB. 02 9377 412, m.todorova@obshtina-demo.bg.

=D1 =F3=E2=E0=E6=E5=ED=E8=E5,
=C8=E2=E0=ED =C4=E8=EC=E8=F2=F0=EE=E2
=C3=EB=E0=E2=E5=ED =E5=EA=F1=EF=E5=F0=F2, =E4=E8=F0=E5=EA=F6=E8=FF =84=CE=
=E1=F9=E5=F1=F2=E2=E5=ED=E8 =EF=EE=F0=FA=F7=EA=E8=93
=D1=F2=EE=EB=E8=F7=ED=E0 =EE=E1=F9=E8=ED=E0 - =F0=E0=E9=EE=ED =C4=E5=EC=EE
"""),
    ('bg', 'm365-quarantine-notification', 'automated', (), """Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2070.outbound.protection.outlook.com [40.107.241.70])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KzXb13Nf6z9sT
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 08:02:11 +0100 (CET)
From: Quarantine <quarantine@messaging.microsoft.com>
To: <privacy@shop.example.be>
Subject: =?utf-8?b?0JfQsNGJ0LjRgtCwINC90LAgTWljcm9zb2Z0IDM2NTog0JjQvNCw0YLQtSDRgdGK?=
 =?utf-8?b?0L7QsdGJ0LXQvdC40Y8g0L/QvtC0INC60LDRgNCw0L3RgtC40L3QsA==?=
Date: Tue, 24 Nov 2026 07:02:09 +0000
Message-ID: <8d1f7a2e-3c4b-4e59-a6d7-90b1c2e3f4a5@az.westeurope.production.microsoft.com>
Content-Language: bg-BG
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Generated-Message-Source: Quarantine Notification Agent
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD4KPGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OidT
ZWdvZSBVSScsVGFob21hLHNhbnMtc2VyaWY7Zm9udC1zaXplOjE0cHg7Y29sb3I6IzMzMyI+Cjx0
YWJsZSB3aWR0aD0iNjQwIiBjZWxscGFkZGluZz0iMCIgY2VsbHNwYWNpbmc9IjAiPjx0cj48dGQg
c3R5bGU9InBhZGRpbmc6MTZweCAwIj48aW1nIHNyYz0iaHR0cHM6Ly9yZXMuY2RuLm9mZmljZS5u
ZXQvcXVhcmFudGluZS9taWNyb3NvZnQtbG9nby5wbmciIGFsdD0iTWljcm9zb2Z0IiB3aWR0aD0i
MTA4Ij48L3RkPjwvdHI+Cjx0cj48dGQ+PGgyIHN0eWxlPSJmb250LXdlaWdodDo2MDA7Zm9udC1z
aXplOjIwcHgiPtCY0LzQsNGC0LUg0YHRitC+0LHRidC10L3QuNGPINC/0L7QtCDQutCw0YDQsNC9
0YLQuNC90LA8L2gyPgo8cD7Qn9GA0LXQs9C70LXQtNCw0LnRgtC1INGC0LXQt9C4INGB0YrQvtCx
0YnQtdC90LjRjyDQv9C+0LQg0LrQsNGA0LDQvdGC0LjQvdCwLCDQutC+0LjRgtC+INGB0LAg0LjQ
t9C/0YDQsNGC0LXQvdC4INC00L4g0LLQsNGBLiDQmNC80LXQudC7INGB0YrQvtCx0YnQtdC90LjR
j9GC0LAsINC30LAg0LrQvtC40YLQviDRgdC1INGB0LzRj9GC0LAsINGH0LUg0YHQsCDQvdC10LbQ
tdC70LDQvdCwINC/0L7RidCwINC40LvQuCDRhNC40YjQuNC90LMsINGB0LUg0L/QvtGB0YLQsNCy
0Y/RgiDQv9C+0LQg0LrQsNGA0LDQvdGC0LjQvdCwLCDQt9CwINC00LAg0LLQuCDQv9GA0LXQtNC/
0LDQt9GP0YIuINCc0L7QttC10YLQtSDQtNCwINC+0YHQstC+0LHQvtC00LjRgtC1INGB0YrQvtCx
0YnQtdC90LjRj9GC0LAg0LjQu9C4INC00LAg0LPQuCDQv9GA0LXQs9C70LXQtNCw0YLQtSDQsiDQ
v9C+0YDRgtCw0LvQsCDQt9CwINC60LDRgNCw0L3RgtC40L3QsC48L3A+CjxwPjxiPtCh0YrQvtCx
0YnQtdC90LjRjyDQv9C+0LQg0LrQsNGA0LDQvdGC0LjQvdCwOiAxPC9iPjwvcD4KPHRhYmxlIHdp
ZHRoPSIxMDAlIiBjZWxscGFkZGluZz0iNiIgc3R5bGU9ImJvcmRlci1jb2xsYXBzZTpjb2xsYXBz
ZTtmb250LXNpemU6MTNweCI+Cjx0ciBzdHlsZT0iYmFja2dyb3VuZDojZjNmMmYxIj48dGQ+PGI+
0J/QvtC00LDRgtC10Ls6PC9iPjwvdGQ+PHRkPm5vcmVwbHlAc2hvcC1leGFtcGxlLWJlLmluZm88
L3RkPjwvdHI+Cjx0cj48dGQ+PGI+0KLQtdC80LA6PC9iPjwvdGQ+PHRkPtCh0L/QtdGI0L3Qvjog
0L/QvtGC0LLRitGA0LTQtdGC0LUg0LjQt9GC0YDQuNCy0LDQvdC10YLQviDQvdCwINC70LjRh9C9
0LjRgtC1INGB0Lgg0LTQsNC90L3QuDwvdGQ+PC90cj4KPHRyIHN0eWxlPSJiYWNrZ3JvdW5kOiNm
M2YyZjEiPjx0ZD48Yj7QlNCw0YLQsDo8L2I+PC90ZD48dGQ+MjQuMTEuMjAyNiDQsy4gNzo0MTow
ODwvdGQ+PC90cj4KPHRyPjx0ZD48Yj7Qn9GA0LjRh9C40L3QsDo8L2I+PC90ZD48dGQ+0KTQuNGI
0LjQvdCzINGBINCy0LjRgdC+0LrQsCDRgdGC0LXQv9C10L0g0L3QsCDRgdC40LPRg9GA0L3QvtGB
0YI8L3RkPjwvdHI+CjwvdGFibGU+CjxwPjxhIGhyZWY9Imh0dHBzOi8vc2VjdXJpdHkubWljcm9z
b2Z0LmNvbS9xdWFyYW50aW5lP2lkPTVmMmMxZTBiLTdhOWQtNGIzOC05ZTYxLTJkNGY4YzBhMWIz
NyIgc3R5bGU9ImJhY2tncm91bmQ6IzAwNzhkNDtjb2xvcjojZmZmO3BhZGRpbmc6OHB4IDE2cHg7
dGV4dC1kZWNvcmF0aW9uOm5vbmUiPtCf0YDQtdCz0LvQtdC0INC90LAg0YHRitC+0LHRidC10L3Q
uNC10YLQvjwvYT4KJm5ic3A7PGEgaHJlZj0iaHR0cHM6Ly9zZWN1cml0eS5taWNyb3NvZnQuY29t
L3F1YXJhbnRpbmU/aWQ9NWYyYzFlMGItN2E5ZC00YjM4LTllNjEtMmQ0ZjhjMGExYjM3JmFtcDth
Y3Rpb249cmVsZWFzZSIgc3R5bGU9ImJhY2tncm91bmQ6IzAwNzhkNDtjb2xvcjojZmZmO3BhZGRp
bmc6OHB4IDE2cHg7dGV4dC1kZWNvcmF0aW9uOm5vbmUiPtCe0YHQstC+0LHQvtC20LTQsNCy0LDQ
vdC1PC9hPjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMnB4O2NvbG9yOiM2NjYiPtCY0LfQv9GA
0LDRgtC10L3QviDQvtGCIE1pY3Jvc29mdCAzNjUgRGVmZW5kZXIuINCi0L7QstCwINC1INCw0LLR
gtC+0LzQsNGC0LjRh9C90L4g0LPQtdC90LXRgNC40YDQsNC90L4g0YHRitC+0LHRidC10L3QuNC1
LiDQndC1INC+0YLQs9C+0LLQsNGA0Y/QudGC0LUuPGJyPk1pY3Jvc29mdCBDb3Jwb3JhdGlvbiwg
T25lIE1pY3Jvc29mdCBXYXksIFJlZG1vbmQsIFdBIDk4MDUyPC9wPgo8L3RkPjwvdHI+PC90YWJs
ZT48L2JvZHk+PC9odG1sPgo=
"""),
    ('bg', 'local-courier-ticket-ack-quotes-access-request', 'automated', (), """Received: from mail.kurier-demo.bg (mail.kurier-demo.bg [185.17.75.30])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KzFc63t9Tz9sS
	for <privacy@shop.example.be>; Sun, 22 Nov 2026 15:26:40 +0100 (CET)
Date: Sun, 22 Nov 2026 16:26:38 +0200
From: =?utf-8?b?0JrRg9GA0LjQtdGAINCU0LXQvNC+IC0g0JrQu9C40LXQvdGC0YHQutC4INGG0LU=?=
 =?utf-8?b?0L3RgtGK0YA=?= <no-reply@kurier-demo.bg>
To: =?utf-8?b?0KDQsNC00L7RgdGC0LjQvdCwINCY0LvQuNC10LLQsA==?= <radostina.ilieva@dir.bg>
Cc: privacy@shop.example.be
Subject: =?utf-8?b?0KHQuNCz0L3QsNC7IOKEliAyMDI2LTU1ODEyINC1INGA0LXQs9C40YHRgtGA0Lg=?=
 =?utf-8?b?0YDQsNC9?=
Message-ID: <signal.2026-55812.1794929198@crm.kurier-demo.bg>
X-Mailer: KurierCRM 3.8
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Уважаема г-жо Илиева,

Вашият сигнал е регистриран под № 2026-55812.
Ще получите отговор в срок до 30 дни.

Съдържание на сигнала:
"Здравейте, моля да ми предоставите информация кои мои лични данни
обработвате (адреси, телефони, история на пратките) и от кого сте ги
получили - предполагам от магазина shop.example.be, затова са в копие."

Това е автоматично генерирано писмо. Моля, не отговаряйте на него.
Куриер Демо ЕООД | Клиентски център | 0700 12 345
"""),
    ('bg', 'person-outlook-reply-in-autoreply-thread', 'withdraw_consent', ('objection',), """Received: from mail.stroitel-demo.bg (mail.stroitel-demo.bg [87.120.36.17])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KzRt20c1Qz9sW
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 11:20:06 +0100 (CET)
From: =?windows-1251?b?wuXx5evo7eAg0fLu/+3u4uA=?= <v.stoyanova@stroitel-demo.bg>
To: <privacy@shop.example.be>
References: <autoreply-ex-1794567720@stroitel-demo.bg> <re-20261113-1610@shop.example.be>
In-Reply-To: <re-20261113-1610@shop.example.be>
Subject: =?windows-1251?b?UkU6IMDi8u7s4PLo9+XtIO7y4+7i7vA6IM/w7uzl7egg4iDz8evu4uj/?=
 =?windows-1251?b?8uAg5+Ag7+7i5fDo8uXr7e7x8g==?=
Date: Mon, 23 Nov 2026 12:20:02 +0200
Message-ID: <003b01db5d8f$a14c2e90$e3e48bb0$@stroitel-demo.bg>
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQKx3mV0cF2nYh9KqJv0Q1d7sRtWuAHP0a1ds5R0o3A=
Content-Language: bg

=C7=E4=F0=E0=E2=E5=E9=F2=E5,

=E2=FA=F0=ED=E0=F5 =F1=E5 =EE=F2 =EE=F2=EF=F3=F1=EA =E8 =E2=E8=E4=FF=F5, =
=F7=E5 =F1=F2=E5 =EC=E8 =EF=E8=F1=E0=EB=E8 =E2 =EE=F2=E3=EE=E2=EE=F0 =ED=E0=
 =E0=E2=F2=EE=EC=E0=F2=E8=F7=ED=E8=FF =EC=E8 =EE=F2=E3=EE=E2=EE=F0. =C4=E0,=
 =E0=E7 =F1=FA=EC - =E8 =E2=E8 =EF=E8=F8=E0 =F1=FA=E2=F1=E5=EC =F1=E5=F0=E8=
=EE=E7=ED=EE:

1. =CE=F2=F2=E5=E3=EB=FF=EC =F1=FA=E3=EB=E0=F1=E8=E5=F2=EE =F1=E8 =E7=E0 =
=EF=EE=EB=F3=F7=E0=E2=E0=ED=E5 =ED=E0 =E1=FE=EB=E5=F2=E8=ED=E0 =E8 =ED=E0 S=
MS-=E8 =F1 =EF=F0=EE=EC=EE=F6=E8=E8.
2. =C2=FA=E7=F0=E0=E7=FF=E2=E0=EC =F1=F0=E5=F9=F3 =F2=EE=E2=E0 =E4=E0 =EF=
=F0=E5=E4=EE=F1=F2=E0=E2=FF=F2=E5 =E8=EC=E5=E9=EB=E0 =E8 =F2=E5=EB=E5=F4=EE=
=ED=E0 =EC=E8 =ED=E0 "=EF=E0=F0=F2=ED=FC=EE=F0=E8" =E7=E0 =F0=E5=EA=EB=E0=
=EC=E0 =E2=FA=E2 Facebook =E8 Google. =CD=E5 =E8=F1=EA=E0=EC =E4=E0 =EC=E5 =
=EF=F0=EE=F4=E8=EB=E8=F0=E0=F2=E5.

=CF=F0=EE=F4=E8=EB=FA=F2 =E8 =EA=E0=F0=F2=E0=F2=E0 =E7=E0 =EB=EE=FF=EB=ED=
=EE=F1=F2 =E4=E0 =F1=E8 =EE=F1=F2=E0=ED=E0=F2, =F9=E5 =EF=E0=E7=E0=F0=F3=E2=
=E0=EC =EF=E0=EA.

=CF=EE=E7=E4=F0=E0=E2=E8,
=C2=E5=F1=E5=EB=E8=ED=E0 =D1=F2=EE=FF=ED=EE=E2=E0

-----Original Message-----
From: privacy@shop.example.be <privacy@shop.example.be>
Sent: Friday, November 13, 2026 4:10 PM
To: =C2=E5=F1=E5=EB=E8=ED=E0 =D1=F2=EE=FF=ED=EE=E2=E0 <v.stoyanova@stroitel=
-demo.bg>
Subject: RE: =C0=E2=F2=EE=EC=E0=F2=E8=F7=E5=ED =EE=F2=E3=EE=E2=EE=F0: =CF=
=F0=EE=EC=E5=ED=E8 =E2 =F3=F1=EB=EE=E2=E8=FF=F2=E0 =E7=E0 =EF=EE=E2=E5=F0=
=E8=F2=E5=EB=ED=EE=F1=F2

=C7=E4=F0=E0=E2=E5=E9=F2=E5, =E3-=E6=EE =D1=F2=EE=FF=ED=EE=E2=E0, =EF=EE=EB=
=F3=F7=E8=F5=EC=E5 =E0=E2=F2=EE=EC=E0=F2=E8=F7=E5=ED =EE=F2=E3=EE=E2=EE=F0 =
=EE=F2 =C2=E0=F8=E8=FF =E0=E4=F0=E5=F1. =C0=EA=EE =E8=EC=E0=F2=E5 =E2=FA=EF=
=F0=EE=F1=E8 =EE=F2=ED=EE=F1=ED=EE =EB=E8=F7=ED=E8=F2=E5 =F1=E8 =E4=E0=ED=
=ED=E8, =EF=F0=EE=F1=F2=EE =EE=F2=E3=EE=E2=EE=F0=E5=F2=E5 =ED=E0 =F2=EE=E7=
=E8 =E8=EC=E5=E9=EB.

-----Original Message-----
From: =C2=E5=F1=E5=EB=E8=ED=E0 =D1=F2=EE=FF=ED=EE=E2=E0
Sent: Friday, November 13, 2026 10:02 AM
Subject: =C0=E2=F2=EE=EC=E0=F2=E8=F7=E5=ED =EE=F2=E3=EE=E2=EE=F0: =CF=F0=EE=
=EC=E5=ED=E8 =E2 =F3=F1=EB=EE=E2=E8=FF=F2=E0 =E7=E0 =EF=EE=E2=E5=F0=E8=F2=
=E5=EB=ED=EE=F1=F2

=C2 =EE=F2=EF=F3=F1=EA =F1=FA=EC =E4=EE 20.11.2026 =E3.
"""),
    ('bg', 'person-abv-webmail-html-only', 'access', (), """Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.99])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KwWq92Lm7z9sT
	for <privacy@shop.example.be>; Sat, 14 Nov 2026 12:40:19 +0100 (CET)
Received: from nm81.abv.bg (nm81.ni.bg [192.168.151.170])
	by smtp-out.abv.bg (Postfix) with ESMTP id 7C1E2A0F31
	for <privacy@shop.example.be>; Sat, 14 Nov 2026 13:40:17 +0200 (EET)
Date: Sat, 14 Nov 2026 13:40:17 +0200 (EET)
From: =?utf-8?b?0JzQsNGA0LjRjyDQktCw0YHQuNC70LXQstCw?= <maria_vasileva@abv.bg>
To: privacy@shop.example.be
Message-ID: <1480294117.91773.1794656417581@nm81.abv.bg>
Subject: =?utf-8?b?0JvQuNGH0L3QuCDQtNCw0L3QvdC4?=
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Priority: 3
Importance: Normal
X-Mailer: AbvMail 3.0

<div>Здравейте,</div><div>&nbsp;</div><div>искам да знам какви лични данни имате за мен и за какво ги използвате. Моля да ми изпратите копие на всичко, което пазите – поръчки, адреси, телефон, данни от картата за лоялност, записи от разговори с обслужване на клиенти, ако има такива.</div><div>&nbsp;</div><div>Регистрирана съм с този имейл.</div><div>&nbsp;</div><div>Благодаря предварително,</div><div>Мария Василева</div><div>&nbsp;</div>
"""),
]
