"""Set fiftyeighth: robot mail of data brokers, list brokers, address-validation and moved services, print and mailing houses, lettershops, partner campaigns and their auto-replies and bounces, plus people who look automatic (pl cs hr sv ro el bg). Written apart from the code."""

ROBOTS = [
    ('pl', 'printhouse-prepress-proof-approved', 'automated', (),
'''Return-Path: <noreply@prepress.wislaprint.pl>
Received: from mail.wislaprint.pl (mail.wislaprint.pl [91.212.40.17])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Tj26ZKDJtQZ2S
        for <privacy@shop.example.be>; Tue, 13 Oct 2026 16:42:09 +0200 (CEST)
Received: from prepress.wislaprint.pl (prepress.wislaprint.pl [10.20.0.15])
        by mail.wislaprint.pl (Postfix) with ESMTP id 2F1C8A0042;
        Tue, 13 Oct 2026 16:42:09 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=wislaprint.pl; s=pp2026;
        t=1791902529; h=From:To:Cc:Subject:Date:Message-ID;
        bh=Gn9LhyNpgXbSWsyIbbIEgGSCbAefIiirtFnW6kKnrX4=;
        b=ObBJEr88piT8dpQVkbVSpjclwKGZC20LxwhObdCh5+MF7LMnzPZ4A2uVOvKUE5ZDArhdUj
         nGv79EkyRu/I0XM7DTy9y20laM/sbQ6DgwpwH66a/nEXqgge/NH9QUZluJV0VG+1dvwzoD
         VZvPm1PFl45hrwH9yleJ8HvXS+RZNqfjy4ma7AhC+K+7N1xcucYTVBMLiPSC3VW8hdF0uV
         fmlv+GFr3URKX7muszynkV1KZt/k0HWrBVhKVjHa1KDf7EBISDfmVX80WDT6/3BxbaL1HS
         VktgqVgaTKPqywC6VoGiQvZ4RGe3S+Cm4T3vuSe0Qb/yD/aRX2b6dHQkHzc6uQ==
Date: Tue, 13 Oct 2026 16:42:09 +0200
To: Shop Example Marketing <marketing@shop.example.be>, privacy@shop.example.be
From: =?utf-8?q?Wis=C5=82a-Print_PrePress?= <noreply@prepress.wislaprint.pl>
Subject: =?utf-8?q?=5BWP-26-1187=5D_Korekta_zatwierdzona_-_Katalog_Jesie?=
 =?utf-8?q?=C5=84/Zima_2026_=28NL/FR=29?=
Message-ID: <JPhswVnPqwD3XkKRETLmmpSKMRBrCh8K@prepress.wislaprint.pl>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="b1_ba5d4f681c5d7467940ed1c15d4acb0b"
Content-Transfer-Encoding: 8bit

This is a multi-part message in MIME format.

--b1_ba5d4f681c5d7467940ed1c15d4acb0b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

to jest automatyczne powiadomienie z portalu PrePress drukarni Wis=C5=82a-P=
rint.

Zlecenie:   WP-26-1187
Tytu=C5=82:      Katalog Jesie=C5=84/Zima 2026 - Shop Example BV
Wersje:     NL (31 400 egz.), FR (16 812 egz.)
Status:     KOREKTA ZATWIERDZONA
Zatwierdzi=C5=82: j.claes@shop.example.be, 13.10.2026 16:41

Nast=C4=99pne etapy:
  - na=C5=9Bwietlanie p=C5=82yt: 14.10.2026
  - druk i oprawa: 15-16.10.2026
  - personalizacja adresowa (inkjet) i foliowanie: 19.10.2026
  - przekazanie przesy=C5=82ek operatorowi pocztowemu (bpost, Brussel X): 2=
0.10.2026

Dane osobowe z pliku adresowego (48 212 rekord=C3=B3w: imi=C4=99, nazwisko,=
 adres
pocztowy) przetwarzamy wy=C5=82=C4=85cznie w celu personalizacji i nadania =
przesy=C5=82ek,
na podstawie umowy powierzenia przetwarzania danych osobowych z dnia
02.03.2026. Plik adresowy zostanie trwale usuni=C4=99ty 14 dni po nadaniu;
automatyczne potwierdzenie usuni=C4=99cia danych zostanie wys=C5=82ane na t=
en adres.

Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wygenerowana automatycznie - prosimy na=
 ni=C4=85 nie
odpowiada=C4=87. W sprawach zlecenia prosimy kontaktowa=C4=87 si=C4=99 z op=
iekunk=C4=85
klienta: Marta Koz=C5=82owska, tel. +48 12 345 67 80.

--
Drukarnia Wis=C5=82a-Print sp. z o.o.
ul. Przemys=C5=82owa 14, 32-050 Skawina

--b1_ba5d4f681c5d7467940ed1c15d4acb0b
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"font-family:Arial,sans-serif;font-size:13px;color:#222">
<p>Dzie=C5=84 dobry,</p>
<p>to jest automatyczne powiadomienie z portalu <b>PrePress</b> drukarni Wi=
s=C5=82a-Print.</p>
<table cellpadding=3D"4" style=3D"border-collapse:collapse;border:1px solid=
 #ccc">
<tr><td>Zlecenie</td><td><b>WP-26-1187</b></td></tr>
<tr><td>Tytu=C5=82</td><td>Katalog Jesie=C5=84/Zima 2026 - Shop Example BV<=
/td></tr>
<tr><td>Wersje</td><td>NL (31 400 egz.), FR (16 812 egz.)</td></tr>
<tr><td>Status</td><td style=3D"color:#1a7f37"><b>KOREKTA ZATWIERDZONA</b><=
/td></tr>
<tr><td>Zatwierdzi=C5=82</td><td>j.claes@shop.example.be, 13.10.2026 16:41<=
/td></tr>
</table>
<p>Nast=C4=99pne etapy: na=C5=9Bwietlanie p=C5=82yt 14.10.2026; druk i opra=
wa 15-16.10.2026; personalizacja adresowa (inkjet) i foliowanie 19.10.2026;=
 przekazanie przesy=C5=82ek operatorowi pocztowemu (bpost, Brussel X) 20.10=
.2026.</p>
<p style=3D"font-size:11px;color:#555">Dane osobowe z pliku adresowego (48 =
212 rekord=C3=B3w: imi=C4=99, nazwisko, adres pocztowy) przetwarzamy wy=C5=
=82=C4=85cznie w celu personalizacji i nadania przesy=C5=82ek, na podstawie=
 umowy powierzenia przetwarzania danych osobowych z dnia 02.03.2026. Plik a=
dresowy zostanie trwale usuni=C4=99ty 14 dni po nadaniu; automatyczne potwi=
erdzenie usuni=C4=99cia danych zostanie wys=C5=82ane na ten adres.</p>
<p style=3D"font-size:11px;color:#555">Ta wiadomo=C5=9B=C4=87 zosta=C5=82a =
wygenerowana automatycznie - prosimy na ni=C4=85 nie odpowiada=C4=87.</p>
<p style=3D"font-size:11px;color:#555">Drukarnia Wis=C5=82a-Print sp. z o.o=
., ul. Przemys=C5=82owa 14, 32-050 Skawina</p>
</body></html>

--b1_ba5d4f681c5d7467940ed1c15d4acb0b--
'''),
    ('pl', 'exchange-ndr-listbroker-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2082.outbound.protection.outlook.com [40.107.22.82])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4DmTJh0VjkXzkt
        for <privacy@shop.example.be>; Wed, 21 Oct 2026 09:14:06 +0200 (CEST)
Received: from DB9PR03MB7211.eurprd03.prod.outlook.com ([fe80::7d2a:1c44:9e0b:31f6])
 by DB9PR03MB7211.eurprd03.prod.outlook.com ([fe80::7d2a:1c44:9e0b:31f6%5]) with
 mapi id 15.20.8093.014; Wed, 21 Oct 2026 09:14:06 +0200
MIME-Version: 1.0
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@listapro.pl>
To: privacy@shop.example.be
Date: Wed, 21 Oct 2026 09:14:06 +0200
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_800_2zmfBdghYAWYWM9JfwzM_"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pl-PL
Message-ID: <1896bdd0-161e-9125-3605-003d51515b59@DB9PR03MB7211.eurprd03.prod.outlook.com>
In-Reply-To: <a52d414b7edd.3a445c03@shop.example.be>
References: <a52d414b7edd.3a445c03@shop.example.be>
Thread-Topic: =?utf-8?q?Pytanie_o_=C5=BAr=C3=B3d=C5=82o_danych_adresowych_?=
 =?utf-8?q?-_art=2E_14_RODO_/_source_of_rented_addresses?=
Thread-Index: cH/k86V8qSai6zkv8ONi5ldNpXRyzg==
Subject: =?utf-8?q?Niedostarczalne=3A_Pytanie_o_=C5=BAr=C3=B3d=C5=82o_dany?=
 =?utf-8?q?ch_adresowych_-_art=2E_14_RODO_/_source_of_rented_addresses?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-TrafficTypeDiagnostic: DB9PR03MB7211:EE_|AM8P193MB0981:EE_

--_800_2zmfBdghYAWYWM9JfwzM_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_74c_8WQXdsKk48X4GFqBC05s_"

--_74c_8WQXdsKk48X4GFqBC05s_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RG9zdGFyY3phbmllIGRvIHR5Y2ggYWRyZXNhdMOzdyBsdWIgZ3J1cCBuaWUgcG93aW9kxYJvIHNp
xJk6Cgprb250YWt0LnJvZG9AbGlzdGFwcm8ucGwgKGtvbnRha3Qucm9kb0BsaXN0YXByby5wbCkK
TmllIG1vxbxuYSB6bmFsZcW6xIcgd3Byb3dhZHpvbmVnbyBhZHJlc3UgZS1tYWlsLiBTcHJhd2TF
uiBhZHJlcyBlLW1haWwgYWRyZXNhdGEgaSBzcHLDs2J1aiBwb25vd25pZSB3eXPFgmHEhyB3aWFk
b21vxZvEhy4gSmXFm2xpIHByb2JsZW0gYsSZZHppZSBzacSZIHBvd3RhcnphxYIsIHNrb250YWt0
dWogc2nEmSB6IHBvbW9jxIUgdGVjaG5pY3puxIUuCgpJbmZvcm1hY2plIGRpYWdub3N0eWN6bmUg
ZGxhIGFkbWluaXN0cmF0b3LDs3c6CgpTZXJ3ZXIgZ2VuZXJ1asSFY3k6IERCOVBSMDNNQjcyMTEu
ZXVycHJkMDMucHJvZC5vdXRsb29rLmNvbQoKa29udGFrdC5yb2RvQGxpc3RhcHJvLnBsClJlbW90
ZSBTZXJ2ZXIgcmV0dXJuZWQgJzU1MCA1LjEuMTAgUkVTT0xWRVIuQURSLlJlY2lwaWVudE5vdEZv
dW5kOyBSZWNpcGllbnQga29udGFrdC5yb2RvQGxpc3RhcHJvLnBsIG5vdCBmb3VuZCBieSBTTVRQ
IGFkZHJlc3MgbG9va3VwJwoKT3J5Z2luYWxuZSBuYWfFgsOzd2tpIHdpYWRvbW/Fm2NpOgoKUmVj
ZWl2ZWQ6IGZyb20gbWFpbG91dDEuc2hvcC5leGFtcGxlLmJlICgyMDMuMC4xMTMuMjYpIGJ5CiBE
QjVQRVBGMDAwMTRCOEEubWFpbC5wcm90ZWN0aW9uLm91dGxvb2suY29tICgxMC4xNjcuOC4yMDAp
IHdpdGggTWljcm9zb2Z0IFNNVFAKIFNlcnZlciAodmVyc2lvbj1UTFMxXzMsIGNpcGhlcj1UTFNf
QUVTXzI1Nl9HQ01fU0hBMzg0KSBpZCAxNS4yMC44MDkzLjE0IHZpYQogRnJvbnRlbmQgVHJhbnNw
b3J0OyBXZWQsIDIxIE9jdCAyMDI2IDA5OjE0OjAyICswMjAwCkZyb206IFNob3AgRXhhbXBsZSBC
ViAtIFByaXZhY3kgVGVhbSA8cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU+ClRvOiBrb250YWt0LnJv
ZG9AbGlzdGFwcm8ucGwKU3ViamVjdDogUHl0YW5pZSBvIMW6csOzZMWCbyBkYW55Y2ggYWRyZXNv
d3ljaCAtIGFydC4gMTQgUk9ETyAvIHNvdXJjZSBvZiByZW50ZWQgYWRkcmVzc2VzCkRhdGU6IFdl
ZCwgMjEgT2N0IDIwMjYgMDk6MTQ6MDIgKzAyMDAKTWVzc2FnZS1JRDogPGE1MmQ0MTRiN2VkZC4z
YTQ0NWMwM0BzaG9wLmV4YW1wbGUuYmU+Cg==

--_74c_8WQXdsKk48X4GFqBC05s_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxwPjxiPjxmb250IGNvbG9y
PSIjMDAwMDY2IiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+RG9zdGFyY3phbmllIGRvIHR5Y2ggYWRy
ZXNhdMOzdyBsdWIgZ3J1cCBuaWUgcG93aW9kxYJvIHNpxJk6PC9mb250PjwvYj48L3A+CjxwPjxm
b250IGNvbG9yPSIjMDAwMDAwIiBzaXplPSIyIiBmYWNlPSJUYWhvbWEiPjxhIGhyZWY9Im1haWx0
bzprb250YWt0LnJvZG9AbGlzdGFwcm8ucGwiPmtvbnRha3Qucm9kb0BsaXN0YXByby5wbCAoa29u
dGFrdC5yb2RvQGxpc3RhcHJvLnBsKTwvYT48YnI+Ck5pZSBtb8W8bmEgem5hbGXFusSHIHdwcm93
YWR6b25lZ28gYWRyZXN1IGUtbWFpbC4gU3ByYXdkxbogYWRyZXMgZS1tYWlsIGFkcmVzYXRhIGkg
c3Byw7NidWogcG9ub3duaWUgd3lzxYJhxIcgd2lhZG9tb8WbxIcuIEplxZtsaSBwcm9ibGVtIGLE
mWR6aWUgc2nEmSBwb3d0YXJ6YcWCLCBza29udGFrdHVqIHNpxJkgeiBwb21vY8SFIHRlY2huaWN6
bsSFLjxicj4KPC9mb250PjwvcD4KPHA+PGZvbnQgY29sb3I9IiM4MDgwODAiIHNpemU9IjIiIGZh
Y2U9IlRhaG9tYSI+PGJyPgo8YnI+Cjxicj4KPGJyPgo8Yj5JbmZvcm1hY2plIGRpYWdub3N0eWN6
bmUgZGxhIGFkbWluaXN0cmF0b3LDs3c6PC9iPjwvZm9udD48L3A+CjxwPjxmb250IGNvbG9yPSIj
ODA4MDgwIiBzaXplPSIyIiBmYWNlPSJUYWhvbWEiPlNlcndlciBnZW5lcnVqxIVjeTogREI5UFIw
M01CNzIxMS5ldXJwcmQwMy5wcm9kLm91dGxvb2suY29tPC9mb250PjwvcD4KPHA+PGZvbnQgY29s
b3I9IiM4MDgwODAiIHNpemU9IjIiIGZhY2U9IlRhaG9tYSI+a29udGFrdC5yb2RvQGxpc3RhcHJv
LnBsPGJyPgpSZW1vdGUgU2VydmVyIHJldHVybmVkICc1NTAgNS4xLjEwIFJFU09MVkVSLkFEUi5S
ZWNpcGllbnROb3RGb3VuZDsgUmVjaXBpZW50IGtvbnRha3Qucm9kb0BsaXN0YXByby5wbCBub3Qg
Zm91bmQgYnkgU01UUCBhZGRyZXNzIGxvb2t1cCc8L2ZvbnQ+PC9wPgo8L2JvZHk+CjwvaHRtbD4K

--_74c_8WQXdsKk48X4GFqBC05s_--

--_800_2zmfBdghYAWYWM9JfwzM_
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR03MB7211.eurprd03.prod.outlook.com
Received-From-MTA: dns;mailout1.shop.example.be
Arrival-Date: Wed, 21 Oct 2026 09:14:02 +0200

Final-Recipient: rfc822;kontakt.rodo@listapro.pl
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient kontakt.rodo@listapro.pl not found by SMTP address lookup

--_800_2zmfBdghYAWYWM9JfwzM_
Content-Type: message/rfc822

Received: from mailout1.shop.example.be (203.0.113.26) by
 DB5PEPF00014B8A.mail.protection.outlook.com (10.167.8.200) with Microsoft SMTP
 Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8093.14 via
 Frontend Transport; Wed, 21 Oct 2026 09:14:02 +0200
From: Shop Example BV - Privacy Team <privacy@shop.example.be>
To: kontakt.rodo@listapro.pl
Subject: =?utf-8?q?Pytanie_o_=C5=BAr=C3=B3d=C5=82o_danych_adresowych_-_art?=
 =?utf-8?q?=2E_14_RODO_/_source_of_rented_addresses?=
Date: Wed, 21 Oct 2026 09:14:02 +0200
Message-ID: <a52d414b7edd.3a445c03@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: 7bit

Dear ListaPro team,

A person who received our autumn catalogue through the list rental of your
order LP/2026/0912 ("Magazyn Polonia Benelux" subscriber list) asks us where
her name and postal address come from.

Could you please confirm:
- the original source of the list (list owner / publisher),
- when and how the address was collected,
- on what basis the list owner may share it for postal marketing by third
  parties?

Please also add her to your suppression file (details in our secure upload,
reference PRV-2026-2291).

Kind regards,

Privacy Team
Shop Example BV

--_800_2zmfBdghYAWYWM9JfwzM_--
'''),
    ('pl', 'outlook-ooo-printhouse-account-manager', 'automated', (),
'''Return-Path: <m.kozlowska@wislaprint.pl>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2091.outbound.protection.outlook.com [40.107.105.91])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4pthMgBtn8gQ1B
        for <privacy@shop.example.be>; Wed, 21 Oct 2026 09:31:55 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=wislaprint.pl; s=selector1;
        t=1792567915; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
        bh=XnQxU/z4yrYW3yyzUdjgMWOVajcsvis7EoWU9PChvm8=;
        b=MEUdODR/n1f0yh6ixQqDxPKCViAcc5lJeQBfukPo+Jh+a4J8V9fYVkT/6j/JeQRRnBShw5
         U6bklzcG/XuaS0tFRqkT16aPY5eRPKYdGxiSLy2UuOINBXhZppqklR/dLNuxKL4yxBKVs3
         IjOURAVI0GHSa9Bk+IP5p1YdpFANXc7e1u3RDqZ+Ak0YFnx9kB5EjwpSZKwAbXlA7yTf1p
         Fep2DdOncR7X1vfGC8H5mOj35nu9U6KIedTVFZqqlWWHvpeuKluG7fdfOQ5gk+q4NaMJSI
         meirlJOrFgz/T8gm0l9T+CznocGvShlkF6jzn7WwZEbMKgtC9JPuk+mJZY7QMw==
From: =?utf-8?q?Marta_Koz=C5=82owska?= <m.kozlowska@wislaprint.pl>
To: Shop Example BV - Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?q?Odpowied=C5=BA_automatyczna=3A_Pro=C5=9Bba_o_potwierdze?=
 =?utf-8?q?nie_usuni=C4=99cia_pliku_adresowego_-_zlecenie_WP-26-1187?=
Thread-Topic: =?utf-8?q?Pro=C5=9Bba_o_potwierdzenie_usuni=C4=99cia_pliku_a?=
 =?utf-8?q?dresowego_-_zlecenie_WP-26-1187?=
Thread-Index: bsFsENYKYLtQM9A7a8vspoQBbdr75Q==
Date: Wed, 21 Oct 2026 09:31:55 +0200
Message-ID: <2b275460a0e8db25@AS8PR03MB8042.eurprd03.prod.outlook.com>
In-Reply-To: <eeaef7d7932c.46050103@shop.example.be>
References: <eeaef7d7932c.46050103@shop.example.be>
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
x-ms-exchange-parent-message-id: <eeaef7d7932c.46050103@shop.example.be>
x-ms-exchange-generated-message-source: Mailbox Rules Agent
Content-Type: multipart/alternative;
	boundary="_000_k4DsxQF4NWm2Yv00dwj3c9nnNMDzd4wNfPBNv906_"
MIME-Version: 1.0

--_000_k4DsxQF4NWm2Yv00dwj3c9nnNMDzd4wNfPBNv906_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RHppZcWEIGRvYnJ5LAoKZHppxJlrdWrEmSB6YSB3aWFkb21vxZvEhy4gRG8gMjMuMTAuMjAyNiBw
cnplYnl3YW0gbmEgdXJsb3BpZSBpIG5pZSBtYW0gZG9zdMSZcHUgZG8gcG9jenR5LiBXaWFkb21v
xZtjaSBuaWUgc8SFIHByemVrYXp5d2FuZSBkYWxlai4KClcgc3ByYXdhY2ggcGlsbnljaCBkb3R5
Y3rEhWN5Y2ggemxlY2XFhCBwcm9zesSZIGtvbnRha3Rvd2HEhyBzacSZIHogQml1cmVtIE9ic8WC
dWdpIEtsaWVudGE6IGJva0B3aXNsYXByaW50LnBsLCB0ZWwuICs0OCAxMiAzNDUgNjcgMDAuClcg
c3ByYXdhY2ggb2Nocm9ueSBkYW55Y2ggb3NvYm93eWNoIChtLmluLiB1c3VuacSZY2llIHBsaWvD
s3cgYWRyZXNvd3ljaCwgdW1vd3kgcG93aWVyemVuaWEpIHByb3N6xJkgcGlzYcSHIG5hIGFkcmVz
OiBpb2RAd2lzbGFwcmludC5wbC4KClogcG93YcW8YW5pZW0KTWFydGEgS296xYJvd3NrYQpPcGll
a3VuIEtsaWVudGEgfCBEcnVrYXJuaWEgV2lzxYJhLVByaW50IHNwLiB6IG8uby4K

--_000_k4DsxQF4NWm2Yv00dwj3c9nnNMDzd4wNfPBNv906_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjxzdHlsZT5wLk1zb05vcm1hbHttYXJnaW46MGNtO2ZvbnQt
c2l6ZToxMS4wcHQ7Zm9udC1mYW1pbHk6IkNhbGlicmkiLHNhbnMtc2VyaWY7fTwvc3R5bGU+PC9o
ZWFkPgo8Ym9keSBsYW5nPSJQTCIgbGluaz0iIzA1NjNDMSIgdmxpbms9IiM5NTRGNzIiPjxkaXYg
Y2xhc3M9IldvcmRTZWN0aW9uMSI+CjxwIGNsYXNzPSJNc29Ob3JtYWwiPkR6aWXFhCBkb2JyeSw8
L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwiPiZuYnNwOzwvcD4KPHAgY2xhc3M9Ik1zb05vcm1hbCI+
ZHppxJlrdWrEmSB6YSB3aWFkb21vxZvEhy4gRG8gMjMuMTAuMjAyNiBwcnplYnl3YW0gbmEgdXJs
b3BpZSBpIG5pZSBtYW0gZG9zdMSZcHUgZG8gcG9jenR5LiBXaWFkb21vxZtjaSBuaWUgc8SFIHBy
emVrYXp5d2FuZSBkYWxlai48L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwiPiZuYnNwOzwvcD4KPHAg
Y2xhc3M9Ik1zb05vcm1hbCI+VyBzcHJhd2FjaCBwaWxueWNoIGRvdHljesSFY3ljaCB6bGVjZcWE
IHByb3N6xJkga29udGFrdG93YcSHIHNpxJkgeiBCaXVyZW0gT2JzxYJ1Z2kgS2xpZW50YTogPGEg
aHJlZj0ibWFpbHRvOmJva0B3aXNsYXByaW50LnBsIj5ib2tAd2lzbGFwcmludC5wbDwvYT4sIHRl
bC4gKzQ4IDEyIDM0NSA2NyAwMC48YnI+VyBzcHJhd2FjaCBvY2hyb255IGRhbnljaCBvc29ib3d5
Y2ggKG0uaW4uIHVzdW5pxJljaWUgcGxpa8OzdyBhZHJlc293eWNoLCB1bW93eSBwb3dpZXJ6ZW5p
YSkgcHJvc3rEmSBwaXNhxIcgbmEgYWRyZXM6IDxhIGhyZWY9Im1haWx0bzppb2RAd2lzbGFwcmlu
dC5wbCI+aW9kQHdpc2xhcHJpbnQucGw8L2E+LjwvcD4KPHAgY2xhc3M9Ik1zb05vcm1hbCI+Jm5i
c3A7PC9wPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj5aIHBvd2HFvGFuaWVtPGJyPk1hcnRhIEtvesWC
b3dza2E8YnI+T3BpZWt1biBLbGllbnRhIHwgRHJ1a2FybmlhIFdpc8WCYS1QcmludCBzcC4geiBv
Lm8uPC9wPgo8L2Rpdj48L2JvZHk+PC9odG1sPgo=

--_000_k4DsxQF4NWm2Yv00dwj3c9nnNMDzd4wNfPBNv906_--
'''),
    ('pl', 'listbroker-suppression-file-report', 'automated', (),
'''Return-Path: <bounce-lp@system.listapro.pl>
Received: from system.listapro.pl (system.listapro.pl [185.36.170.44])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4nPQTE40EHhWpN
        for <privacy@shop.example.be>; Fri, 09 Oct 2026 03:17:41 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=listapro.pl; s=sys1;
        t=1791508661; h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
        bh=Ps679Tw2zfEPM/HhLIAh0k+IogfRZtU4wRYakHutlO4=;
        b=dg+igPXQmz+fpdSfuOPUXtqXiWSAYOD8ipfpe7YybFmHi/LkTnARWtaVPs+38UVsZxv6J6
         9OZZn043fzwt4UpAWTJ8RG/Iaq14Bdt8WxzuqnZ5r8XVzxHN0mpE6vMFyNVeRUz9mZhqQw
         5tyCjMNXWVtMIEMbaei6/6+ww5E4R3eOElbNXN6T/sz58j0/i2udTr0hs8YS6iKGViUrME
         h/AncPW0+iQvMSgFAYeynaVULW0PXiT2biCkddMwJ6oZNn5B9VOFhqQgTIHVtjUVTcZGQb
         lL85CRQpw/qM/+MQapSCwuT0XucMqoUYDp/Qry23hF7wPDpoLTjWkUqx+RzNBQ==
Message-ID: <lp.sel.20261009031741.437d5b1ba0@system.listapro.pl>
Date: Fri, 09 Oct 2026 03:17:41 +0200
From: ListaPro - System Selekcji <no-reply@system.listapro.pl>
To: privacy@shop.example.be, j.claes@shop.example.be
Subject: =?utf-8?q?Raport=3A_plik_wyklucze=C5=84_przetworzony_-_zam=C3=B3w?=
 =?utf-8?q?ienie_LP/2026/0912?=
X-Mailer: ListaPro Notifier 3.2
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/mixed;
 boundary="=_6468f3fb4f14577e7349c628b3997b0e"

--=_6468f3fb4f14577e7349c628b3997b0e
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

UmFwb3J0IGF1dG9tYXR5Y3pueSBzeXN0ZW11IExpc3RhUHJvIFNlbGVrY2plCj09PT09PT09PT09
PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0KCktsaWVudDogICAgICAgICBTaG9w
IEV4YW1wbGUgQlYgKEJFMDk5OS4xMjMuNDU2KQpaYW3Ds3dpZW5pZTogICAgIExQLzIwMjYvMDkx
MiAtIG5hamVtIGxpc3R5ICJNYWdhenluIFBvbG9uaWEgQmVuZWx1eCAtIHByZW51bWVyYXRvcnp5
IgpUeXAgemFkYW5pYTogICAgcHJ6ZXR3b3J6ZW5pZSBwbGlrdSB3eWtsdWN6ZcWEIChzdXBwcmVz
c2lvbikgKyBkZWR1cGxpa2FjamEKWmFrb8WEY3pvbm86ICAgICAwOS4xMC4yMDI2IDAzOjE3CgpX
eW5pa2kKLS0tLS0tClJla29yZHkgdyBwbGlrdSB3eWtsdWN6ZcWEIGtsaWVudGE6ICAgICAgICAg
ICAgICAgICAxIDIwNApEb3Bhc293YW5lIGRvIGxpc3R5IG5ham11ICh1c3VuacSZdGUgeiB3eXN5
xYJraSk6ICAgICAgMzExCld5a2x1Y3pvbmUgLSBMaXN0YSBSb2JpbnNvbiAvICJuaWUga29udGFr
dG93YcSHIjogICAgICA1NwpXeWtsdWN6b25lIC0gemdvbnkgKGFrdHVhbGl6YWNqYSAwOS8yMDI2
KTogICAgICAgICAgICAxMgpXeWtsdWN6b25lIC0gc3ByemVjaXcgd29iZWMgbWFya2V0aW5ndSB1
IHfFgmHFm2NpY2llbGE6IDIzCkR1cGxpa2F0eSBnb3Nwb2RhcnN0dyBkb21vd3ljaDogICAgICAg
ICAgICAgICAgICAgICAgNDA2CkFkcmVzeSBkbyB3eXN5xYJraSBwbyB3eWtsdWN6ZW5pYWNoOiAg
ICAgICAgICAgICAgIDIzIDY4OQoKUGxpayBkbyB3eXN5xYJraSAoZGFuZSBvc29ib3dlOiBpbWnE
mSwgbmF6d2lza28sIGFkcmVzKSB6b3N0YW5pZSBwcnpla2F6YW55CmJlenBvxZtyZWRuaW8gZG8g
ZHJ1a2Fybmkgd3NrYXphbmVqIHcgemFtw7N3aWVuaXUgKFdpc8WCYS1QcmludCwgU0ZUUCkuCkts
aWVudCBuaWUgb3RyenltdWplIGtvcGlpIGxpc3R5LiBaZ29kbmllIHogd2FydW5rYW1pIG5ham11
IGFkcmVzeSBtb2fEhSBiecSHCnXFvHl0ZSBqZWRub3Jhem93bzsgZGFuZSBvc29ib3dlIHpvc3Rh
bsSFIHVzdW5pxJl0ZSBwcnpleiBkcnVrYXJuacSZIHBvIG5hZGFuaXUuCgpaYcWCxIVjem9ueSBy
YXBvcnQgQ1NWIHphd2llcmEgd3nFgsSFY3puaWUgZGFuZSB6YWdyZWdvd2FuZSAoYmV6IGRhbnlj
aCBvc29ib3d5Y2gpLgoKV2lhZG9tb8WbxIcgd3lnZW5lcm93YW5hIGF1dG9tYXR5Y3puaWUuIFBy
b3NpbXkgbmllIG9kcG93aWFkYcSHIG5hIHRlbiBhZHJlcy4KUHl0YW5pYSBkb3R5Y3rEhWNlIHph
bcOzd2llbmlhOiBoYW5kbG93eUBsaXN0YXByby5wbApTcHJhd3kgb2Nocm9ueSBkYW55Y2g6IGlv
ZEBsaXN0YXByby5wbAoKTGlzdGFQcm8gc3AuIHogby5vLiwgdWwuIEdyb2Nob3dza2EgMzA2LCAw
My04NDAgV2Fyc3phd2EK

--=_6468f3fb4f14577e7349c628b3997b0e
Content-Type: text/csv; charset=UTF-8; name="raport_LP-2026-0912.csv"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="raport_LP-2026-0912.csv"

a2F0ZWdvcmlhO2xpY3piYQpwbGlrX3d5a2x1Y3plbl9rbGllbnRhOzEyMDQKZG9wYXNvd2FuZV91
c3VuaWV0ZTszMTEKcm9iaW5zb25fbmllX2tvbnRha3Rvd2FjOzU3Cnpnb255OzEyCnNwcnplY2l3
X3Vfd2xhc2NpY2llbGE7MjMKZHVwbGlrYXR5X2dvc3BvZGFyc3R3OzQwNgpkb193eXN5bGtpOzIz
Njg5Cg==

--=_6468f3fb4f14577e7349c628b3997b0e--
'''),
    ('pl', 'person-asks-source-above-helpdesk-ack', 'access', (),
'''Return-Path: <a.wroblewska@telenet.be>
Received: from mail-relay.telenet-ops.be (michel.telenet-ops.be [195.130.132.52])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 40ZnbQAGdXBmQB
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 21:08:33 +0100 (CET)
Received: from [192.168.1.34] ([84.196.77.150])
	by michel.telenet-ops.be with cmsmtp
	id Xk812C00J3fQhpW01k81Fj; Tue, 27 Oct 2026 21:08:33 +0100
Message-ID: <63c280e9-f4e9-06c8-4dd4-f66f513017f8@telenet.be>
Date: Tue, 27 Oct 2026 21:08:33 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: =?utf-8?q?Fwd=3A_Re=3A_=5BZg=C5=82oszenie_=2320461=5D_Potwierdzen?=
 =?utf-8?q?ie_przyj=C4=99cia_zg=C5=82oszenia?=
Content-Language: pl
To: privacy@shop.example.be
From: =?utf-8?q?Agnieszka_Wr=C3=B3blewska?= <a.wroblewska@telenet.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dzień dobry,

piszę do Państwa, bo dostałam do domu Wasz katalog (Jesień/Zima 2026),
zaadresowany imiennie na mnie. Nigdy nic u Was nie kupiłam, nie mam karty
ani konta w sklepie i nigdy nie podawałam Wam swojego adresu.

Napisałam najpierw do "Magazynu Polonia Benelux", który prenumeruję, i
dostałam tylko automatyczną odpowiedź (poniżej). Później ktoś od nich
powiedział mi przez telefon, że "lista mogła być wynajęta przez pośrednika".

Dlatego proszę, na podstawie art. 15 RODO, o informację:
- skąd dokładnie macie moje imię, nazwisko i adres (od kogo i kiedy),
- jakie dane o mnie przechowujecie,
- komu je przekazaliście (drukarnia? pośrednik?).

Adres na katalogu: Agnieszka Wróblewska, Lange Kievitstraat 58 bus 3,
2018 Antwerpen.

Pozdrawiam
Agnieszka Wróblewska

W dniu 22.10.2026 o 14:02, Magazyn Polonia Benelux pisze:
> Dziękujemy za kontakt z Magazynem Polonia Benelux!
>
> To jest automatyczne potwierdzenie. Twoje zgłoszenie zostało
> zarejestrowane pod numerem #20461. Odpowiemy w ciągu 5 dni roboczych.
>
> Temat: katalog sklepu Shop Example - skąd mają mój adres?
> Status: Otwarte
>
> Prosimy nie odpowiadać na tę wiadomość.
> --
> Biuro Obsługi Prenumeratorów
> Magazyn Polonia Benelux
'''),
    ('cs', 'printhouse-dispatch-catalogue-run', 'automated', (),
'''Return-Path: <expedice@vltavaprint.cz>
Received: from smtp.vltavaprint.cz (smtp.vltavaprint.cz [77.93.211.40])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 40TXbVkwhf8Yhw
        for <privacy@shop.example.be>; Wed, 04 Nov 2026 17:05:12 +0100 (CET)
Received: from mis01.vltavaprint.local (unknown [10.1.4.21])
	by smtp.vltavaprint.cz (Postfix) with ESMTP id 4F2A1C0B9E;
	Wed, 04 Nov 2026 17:05:12 +0100
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=vltavaprint.cz; s=mail;
        t=1793808312; h=From:To:Subject:Date:Message-ID;
        bh=SB97Xu0UziDcBayTrd29YjhAroWOSH8uyr0bfKX/jXM=;
        b=q+Z3Hc2x+jMjDYPM0WwqogrexitrPEJUzU+dRP+hZAcMKRXx/h1IZy6D4wS6sCA201dTpR
         0IUU/+NSEeiYWB4Y+ntpqSyK8A9c5TqO6JOFTFYSpMJomsTqLq5VCEedZOp4vEk8F5xx6Q
         Nbq+iDqhYsXYLJK34GnwQRIFgPJKTF9a0vrfXT2leNTbDBHHACI4VknUbDaDiSM+v00Fo+
         lg0T27LQE8LaZXdb/YqBbQn387t04rFS1zEFP5/yj1+PAUnOrnPYRJ6Hb8cbKUDu0WKGjk
         h1GWncLasvQukoXgB0NYtL+hrTWxyHIV2Ftzo32McsZFjBuZyY316gidaaZ1KQ==
Date: Wed, 04 Nov 2026 17:05:12 +0100
From: Vltava Print - Expedice <expedice@vltavaprint.cz>
To: Shop Example - Catalogus <catalogus@shop.example.be>, privacy@shop.example.be
Message-ID: <2017525.516.1762272312000@mis01.vltavaprint.local>
Subject: =?utf-8?q?Expedice_dokon=C4=8Dena=3A_Katalog_V=C3=A1noce_2026_-_5?=
 =?utf-8?q?2_480_ks_p=C5=99ed=C3=A1no_=28zak=C3=A1zka_VP-2611=29?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_Part_283714_614147206.1762272312000"
X-Mailer: VP-MIS Expedice 4.1
Auto-Submitted: auto-generated

------=_Part_283714_614147206.1762272312000
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

RG9icsO9IGRlbiwKCnRvdG8gamUgYXV0b21hdGlja8OhIHpwcsOhdmEgc3lzdMOpbXUgZXhwZWRp
Y2UgdGlza8Ohcm55IFZsdGF2YSBQcmludC4KClpha8OhemthOiAgICAgICAgVlAtMjYxMSAvIFNo
b3AgRXhhbXBsZSBCVgpUaXR1bDogICAgICAgICAgS2F0YWxvZyBWw6Fub2NlIDIwMjYgKHBlcnNv
bmFsaXpvdmFuw70sIGbDs2xpZSkKUMWZZWTDoW5vOiAgICAgICAgNC4gMTEuIDIwMjYgMTU6NDAs
IHDFmWVwcmF2Y2UgVHJhbnNFdXJvcGEgRnJlaWdodCwgU1BaIDVBQiA0NDEwCk3DrXN0byB1csSN
ZW7DrTogICBicG9zdCwgTWFpbCBDZW50cmUgQnJ1c3NlbCBYIChwb2TDoW7DrSA2LiAxMS4gMjAy
NikKUG/EjWV0IHrDoXNpbGVrOiAgTkwgMzUgMTIwIGtzLCBGUiAxNyAzNjAga3MsIGNlbGtlbSA1
MiA0ODAga3MKUGFsZXR5OiAgICAgICAgIDM4IChkb2RhY8OtIGxpc3QgREwtMjAyNi0xMS0wNDEy
IHYgcMWZw61sb3plIHBvcnTDoWx1KQoKTmVkb3J1xI1pdGVsbsOpIHrDoXNpbGt5IHZyw6F0w60g
YnBvc3QgbmEgYWRyZXN1IHpwxJt0bsOpaG8gcG9kw6Fuw60gdXZlZGVub3UKbmEgb2LDoWxjZSAo
U2hvcCBFeGFtcGxlIEJWLCBQQiAxMDAwLCAxMDAwIEJydXNzZWwpLgoKT2NocmFuYSBvc29ibsOt
Y2ggw7pkYWrFrzogYWRyZXNuw60gc291Ym9yIHDFmcOtamVtY8WvIChqbcOpbm8sIHDFmcOtam1l
bsOtLApwb8WhdG92bsOtIGFkcmVzYSkganNtZSB6cHJhY292w6F2YWxpIHBvdXplIHBybyBwZXJz
b25hbGl6YWNpIGEgZXhwZWRpY2kKcG9kbGUgc21sb3V2eSBvIHpwcmFjb3bDoW7DrSBvc29ibsOt
Y2ggw7pkYWrFryB6ZSBkbmUgMTIuIDIuIDIwMjYuIFNvdWJvcgpidWRlIHNtYXrDoW4gZG8gMzAg
ZG7FryBvZCBwxZllZMOhbsOtOyBwcm90b2tvbCBvIHbDvW1henUgdsOhbSBzeXN0w6ltCnphxaFs
ZSBhdXRvbWF0aWNreSBuYSB0dXRvIGFkcmVzdS4KCk5hIHR1dG8genByw6F2dSBuZW9kcG92w61k
ZWp0ZSwgc2NocsOhbmthIG5lbsOtIG1vbml0b3JvdsOhbmEuCktvbnRha3QgcHJvIHpha8Ohemt1
OiBvYmNob2RAdmx0YXZhcHJpbnQuY3osICs0MjAgMzgwIDEyMyA0NTYKClZsdGF2YSBQcmludCBh
LnMuLCBUb3bDoXJuw60gMjIsIDM4MSAwMSDEjGVza8O9IEtydW1sb3YK

------=_Part_283714_614147206.1762272312000
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0idXRmLTgiPjwvaGVhZD48
Ym9keSBzdHlsZT0iZm9udC1mYW1pbHk6U2Vnb2UgVUksQXJpYWwsc2Fucy1zZXJpZjtmb250LXNp
emU6MTRweCI+CjxoMyBzdHlsZT0iY29sb3I6IzBiNGY4YSI+RXhwZWRpY2UgZG9rb27EjWVuYTwv
aDM+CjxwPkRvYnLDvSBkZW4sPGJyPnRvdG8gamUgYXV0b21hdGlja8OhIHpwcsOhdmEgc3lzdMOp
bXUgZXhwZWRpY2UgdGlza8Ohcm55IFZsdGF2YSBQcmludC48L3A+Cjx0YWJsZSBib3JkZXI9IjAi
IGNlbGxwYWRkaW5nPSIzIj4KPHRyPjx0ZD5aYWvDoXprYTwvdGQ+PHRkPjxiPlZQLTI2MTEgLyBT
aG9wIEV4YW1wbGUgQlY8L2I+PC90ZD48L3RyPgo8dHI+PHRkPlRpdHVsPC90ZD48dGQ+S2F0YWxv
ZyBWw6Fub2NlIDIwMjYgKHBlcnNvbmFsaXpvdmFuw70sIGbDs2xpZSk8L3RkPjwvdHI+Cjx0cj48
dGQ+UMWZZWTDoW5vPC90ZD48dGQ+NC4gMTEuIDIwMjYgMTU6NDAsIHDFmWVwcmF2Y2UgVHJhbnNF
dXJvcGEgRnJlaWdodDwvdGQ+PC90cj4KPHRyPjx0ZD5Nw61zdG8gdXLEjWVuw608L3RkPjx0ZD5i
cG9zdCwgTWFpbCBDZW50cmUgQnJ1c3NlbCBYIChwb2TDoW7DrSA2LiAxMS4gMjAyNik8L3RkPjwv
dHI+Cjx0cj48dGQ+UG/EjWV0IHrDoXNpbGVrPC90ZD48dGQ+TkwgMzUgMTIwIGtzLCBGUiAxNyAz
NjAga3MsIGNlbGtlbSA8Yj41MiA0ODAga3M8L2I+PC90ZD48L3RyPgo8L3RhYmxlPgo8cD5OZWRv
cnXEjWl0ZWxuw6kgesOhc2lsa3kgdnLDoXTDrSBicG9zdCBuYSBhZHJlc3UgenDEm3Ruw6lobyBw
b2TDoW7DrSB1dmVkZW5vdSBuYSBvYsOhbGNlLjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMnB4
O2NvbG9yOiM2NjYiPk9jaHJhbmEgb3NvYm7DrWNoIMO6ZGFqxa86IGFkcmVzbsOtIHNvdWJvciBw
xZnDrWplbWPFryBqc21lIHpwcmFjb3bDoXZhbGkgcG91emUgcHJvIHBlcnNvbmFsaXphY2kgYSBl
eHBlZGljaSBwb2RsZSBzbWxvdXZ5IG8genByYWNvdsOhbsOtIG9zb2Juw61jaCDDumRhasWvIHpl
IGRuZSAxMi4gMi4gMjAyNi4gU291Ym9yIGJ1ZGUgc21hesOhbiBkbyAzMCBkbsWvIG9kIHDFmWVk
w6Fuw607IHByb3Rva29sIG8gdsO9bWF6dSB2w6FtIHN5c3TDqW0gemHFoWxlIGF1dG9tYXRpY2t5
LjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMnB4O2NvbG9yOiM2NjYiPk5hIHR1dG8genByw6F2
dSBuZW9kcG92w61kZWp0ZSwgc2NocsOhbmthIG5lbsOtIG1vbml0b3JvdsOhbmEuPC9wPgo8L2Jv
ZHk+PC9odG1sPgo=

------=_Part_283714_614147206.1762272312000--
'''),
    ('cs', 'zimbra-vacation-address-validation-service', 'automated', (),
'''Return-Path: <petr.dvorak@adresni-servis.cz>
Received: from mail.adresni-servis.cz (mail.adresni-servis.cz [46.28.105.130])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YrwTVGJq8sx00
        for <privacy@shop.example.be>; Thu, 22 Oct 2026 11:02:48 +0200 (CEST)
Received: from localhost (localhost [127.0.0.1])
	by mail.adresni-servis.cz (Postfix) with ESMTP id 6B0F2260A3C
	for <privacy@shop.example.be>; Thu, 22 Oct 2026 11:02:48 +0200
Received: from mail.adresni-servis.cz ([127.0.0.1])
	by localhost (mail.adresni-servis.cz [127.0.0.1]) (amavis, port 10032) with ESMTP
	id Qe7Xw2bN1dLs for <privacy@shop.example.be>;
	Thu, 22 Oct 2026 11:02:48 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=adresni-servis.cz; s=zimbra;
        t=1792659768; h=Date:From:To:Message-ID:In-Reply-To:Subject:MIME-Version:Content-Type;
        bh=P9KEENi309DT4HI0LJgTF6centFx+z1dMwGIuEb5ZvQ=;
        b=S6xnUj8pym8aVMFdRwMZ5dtCtUqoWORlfCvfqDnLFCo92y21xfycR53HYFtuNLOY5izE/6
         +z1spr7YpNK5ROf+nzN4HuidKmoX0bmWzkqp5LMnAPETAunKP7/p6hh2PKIqF9/hALZ1kG
         XfbgsN6MomrIsEECaYOJzMuubwzax01aHOMet6DmDtqKpBQG0egrOZcQLNCpQCoPfdELfm
         A8X7AQKtyrNtx3jyKSsWy/HfMkDk8ccHjkb6ZCEq5O6eIQoLe2k/FMpRAM2SofuX2yqGY/
         zVElzC4E/ugXKSSntQ7vg0C/EAFFlLCMJZnPgayS4qd23tBVC+Z1IQP1+lGLbA==
Date: Thu, 22 Oct 2026 11:02:48 +0200
From: =?utf-8?b?UGV0ciBEdm/FmcOhaw==?= <petr.dvorak@adresni-servis.cz>
To: privacy@shop.example.be
Message-ID: <945152833.7233864.1761123768257.JavaMail.zimbra@adresni-servis.cz>
In-Reply-To: <4e713d968fe2.1c3ebf49@shop.example.be>
Subject: =?utf-8?b?UmU6IERvdGF6OiBwxa92b2QgYWRyZXMgdmUgc2x1xb5ixJsgIlA=?=
 =?utf-8?b?xZllc3TEm2hvdmFuw60iIC0gZMOhdmthIEFWLTIwMjYtMTA=?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
X-Mailer: Zimbra 8.8.15_GA_4545 (zclient/8.8.15_GA_4545)

Dobr=C3=BD den,

do 2. 11. 2026 =C4=8Derp=C3=A1m dovolenou a k e-mailu nem=C3=A1m p=C5=99=C3=
=ADstup. Va=C5=A1e zpr=C3=A1va nebude p=C5=99eposl=C3=A1na.

V nal=C3=A9hav=C3=BDch p=C5=99=C3=ADpadech t=C3=BDkaj=C3=ADc=C3=ADch se akt=
ualizace adres (slu=C5=BEba P=C5=99est=C4=9Bhovan=C3=AD, validace adres) ko=
ntaktujte technickou podporu: podpora@adresni-servis.cz, tel. +420 222 111 =
333.

=C5=BD=C3=A1dosti subjekt=C5=AF =C3=BAdaj=C5=AF a dotazy k p=C5=AFvodu dat =
vy=C5=99izuje n=C3=A1=C5=A1 pov=C4=9B=C5=99enec pro ochranu osobn=C3=ADch =
=C3=BAdaj=C5=AF: dpo@adresni-servis.cz.

S pozdravem
Ing. Petr Dvo=C5=99=C3=A1k
Adresn=C3=AD servis s.r.o.
'''),
    ('cs', 'lettershop-returned-mail-weekly-report', 'automated', (),
'''Return-Path: <reporty@lettershop-morava.cz>
Received: from mx.lettershop-morava.cz (mx.lettershop-morava.cz [89.185.230.77])
        by mx1.shop.example.be (Postfix) with ESMTP id 48P15HWzPm2fWm
        for <privacy@shop.example.be>; Mon, 16 Nov 2026 06:00:04 +0100 (CET)
Received: by mx.lettershop-morava.cz (Postfix, from userid 1003)
	id 0A3E5400D1; Mon, 16 Nov 2026 06:00:04 +0100
Date: Mon, 16 Nov 2026 06:00:04 +0100
From: Lettershop Morava - Reporty <reporty@lettershop-morava.cz>
To: privacy@shop.example.be, retour@shop.example.be
Subject: =?utf-8?q?T=C3=BDdenn=C3=AD_report_vratek=3A_1_318_nedoru=C4=8Dit?=
 =?utf-8?q?eln=C3=BDch_z=C3=A1silek_=28SE-KAT-FW26=2C_t=C3=BDden_46=29?=
Message-ID: <20261116060004.0A3E5400D1@mx.lettershop-morava.cz>
Auto-Submitted: auto-generated
Precedence: bulk
X-Report-Job: vratky-weekly/SE-KAT-FW26
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

TÝDENNÍ REPORT VRATEK - automaticky generováno
Kampaň:   SE-KAT-FW26 (Shop Example BV, katalog Podzim/Zima 2026)
Období:   9. 11. 2026 - 15. 11. 2026 (týden 46)

Důvod vrácení (kód bpost)             Počet
-------------------------------------------
Adresát neznámý          (01)           612
Odstěhoval se            (02)           402
Zemřel                   (07)            37
Odmítnuto                (04)            44
Nedostatečná adresa      (03)           223
-------------------------------------------
Celkem                                1 318

Doporučení systému:
 * záznamy s kódem 07 (Zemřel) a 04 (Odmítnuto) zařaďte do svého
   seznamu potlačení (suppression), aby se neopakovalo zasílání;
 * záznamy s kódem 02 lze předat službě aktualizace adres.

Soubor vratky_SE-KAT-FW26_t46.csv obsahuje osobní údaje adresátů
(jméno, adresa, kód důvodu). Je k dispozici ke stažení na zabezpečeném
portálu https://portal.lettershop-morava.cz/reporty do 30. 11. 2026, poté
bude automaticky a nevratně smazán. Fyzické vratky skartujeme po
naskenování (protokol o skartaci na vyžádání).

Tento e-mail je generován automaticky, neodpovídejte na něj.
Lettershop Morava s.r.o. | Průmyslová 1410, 686 01 Uherské Hradiště
'''),
    ('cs', 'person-asks-where-ordered-catalogue-is', 'other', (),
'''Return-Path: <tomas@novakovi-rodina.cz>
Received: from wes1-so2.wedos.net (wes1-so2.wedos.net [46.28.105.25])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 454Z20yKm5gn58
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 19:44:20 +0100 (CET)
Received: from webmail.wedos.net (unknown [46.28.104.12])
	by wes1-so2.wedos.net (Postfix) with ESMTPSA id 4W8bK05QHtz1yL
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 19:44:20 +0100
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=novakovi-rodina.cz; s=wes1;
        t=1794509060; h=MIME-Version:Date:From:To:Subject:In-Reply-To:Message-ID:Content-Type;
        bh=ANot72+9+DMwVuwSRE47BOwL6CbUCEDxfHfFgWglV94=;
        b=EwbYrrDOF8TGUpj87le2xlCYfCeBGTltzSOwbk4nxHoNA0yJ+78248LSX4PHd6brG9OCkO
         UguwENitMMBwG8BXE1w9acd5mSCV+bGyMfvmiVrBBXopKL6D3y/Xddyk4IOQHoYpWB/aKM
         elVmAp5I9GMCZyyQioiv2BVK1YvWbei21ie+XF9DirGTrUeUGHM2tM4cqfRb70hpIF4tPi
         I05UtkIi3HbkZXINRVyoJKxKcQ9hmbLmTOxZBRROFAuEQSH7K7VnMqK8HBETsVkjEMTO+i
         qB4dTKgLjyJe1DlHsX1WIVRj3eJpJqI4MUdnV97miurYJhqo0tP1Z7PfPmZo0Q==
MIME-Version: 1.0
Date: Thu, 12 Nov 2026 19:44:20 +0100
From: =?utf-8?q?Tom=C3=A1=C5=A1_Nov=C3=A1k?= <tomas@novakovi-rodina.cz>
To: privacy@shop.example.be
Subject: Re: Bevestiging: je catalogusaanvraag CAT-2026-88412
In-Reply-To: <cat-req-88412.e7e7cb1928@mailer.shop.example.be>
Message-ID: <388b17a69fd79479340de0c479b9ae51@novakovi-rodina.cz>
X-Sender: tomas@novakovi-rodina.cz
User-Agent: Roundcube Webmail/1.6.9
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

p=C5=99ed t=C5=99emi t=C3=BDdny jsem si na va=C5=A1em webu objednal ti=C5=
=A1t=C4=9Bn=C3=BD katalog (potvrzen=C3=AD
je n=C3=AD=C5=BEe), ale dodnes nep=C5=99i=C5=A1el. Adresa v potvrzen=C3=AD =
je spr=C3=A1vn=C4=9B. Mohli byste ho
pros=C3=ADm poslat znovu? A vych=C3=A1z=C3=AD katalog i v angli=C4=8Dtin=C4=
=9B nebo jen v
nizozem=C5=A1tin=C4=9B a francouz=C5=A1tin=C4=9B? Man=C5=BEelka francouzsky=
 moc neum=C3=AD.

D=C4=9Bkuji a p=C5=99eji hezk=C3=BD den
Tom=C3=A1=C5=A1 Nov=C3=A1k

Dne 2026-10-21 10:15, Shop Example napsal:
> Bedankt voor je aanvraag! / Merci pour votre demande !
>
> Je gratis catalogus Herfst/Winter 2026 wordt binnen 10 werkdagen
> verstuurd naar:
>
>   Tom=C3=A1=C5=A1 Nov=C3=A1k
>   Naamsesteenweg 201
>   3001 Heverlee
>
> Aanvraagnummer: CAT-2026-88412
>
> Dit is een automatisch bericht, je kunt er niet op antwoorden.
> Shop Example BV - klantendienst@shop.example.be
'''),
    ('hr', 'gmail-vacation-coregistration-agency', 'automated', (),
'''Return-Path: <ivana.peric@adriatic-direct.hr>
Received: from mail-wm1-f44.google.com (mail-wm1-f44.google.com [209.85.128.44])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4BnnznXNPGJMy6
        for <privacy@shop.example.be>; Wed, 07 Oct 2026 13:26:03 +0200 (CEST)
Received: by mail-wm1-f44.google.com with SMTP id 5b1f17b1804b1-4314f38d274so21887545e9.1
        for <privacy@shop.example.be>; Wed, 07 Oct 2026 04:26:03 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=adriatic-direct.hr; s=google;
        t=1791372363; h=auto-submitted:message-id:references:in-reply-to:subject:to:from:date:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=XqDwFZgJTPRDKxmJYj/w4Fgx2pVbVH1RxEdkNCbXsJI=;
        b=7YFKL7QXkJFDbogRzGgxmzyNENYaNQtNOmfdeCMyxDxC/ub40fOfK3wstW/TX+3Bs5zMaS
         T4H7YFQ2C/UQGa69P+MDKmblor2AQ3d45xQOLuFZg+4Ax3TAsomcDcQfm/sPhRWarkcDvg
         2YeIgdIk1kSkBpIML+5S3I01cEqqmfTKMZUER7QtjEBvpiZsxrFaLPY4U2IW9KFpknIKz9
         9kLyxOrZsVyKVzGHtWO4bTm3ouQHEE5WAWMT33D+RNT24q+lz5O7SnH91Yo9LpoCJOjZcr
         DSgsCeQGlx2vCpvV52Lv8FhXpOfuHtRD374M9NVp5q/AkR+C9aJHN771MZkCmg==
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t=1791372363;
        h=auto-submitted:message-id:references:in-reply-to:subject:to:from
         :date:mime-version:x-gm-message-state:from:to:cc:subject:date;
        bh=MZtlIwZjwGbPuNIdLBIMlEkVz6ILP3P5iXjYcUMehTw=;
        b=tHZp+GdMpxNMajqPb9GRi/kQ5gGQzgF8ZO3ISzOAiM3UDReo/3+Xvbz/WLBRajIp/4Zhqbl2M6D5HZiWYXFGKiTblwkWqKD2qv/9RXlD1SBRL3YZrlIPcQCrPO9WYzY/
X-Gm-Message-State: AOJu0YSzBGCzzYhjnM9AjDsfxrC6Lw0fqzKhQFJKK5ghHkff4wH7nCACR9sfnWWcM6
X-Google-Smtp-Source: AGHT+I9M9d3yn097DrQgWpTSFqDYAjwKHQ6S3Ay32JdNHK3d8q1gGwnVRQ7Fn23p6hWdFS6GbrBZ
X-Received: by 2002:a05:600c:1c87:b0:431:5c17:d575 with SMTP id 5b1f17b1804b1-4315c17d6b0mr1187455e9.9;
        Wed, 07 Oct 2026 04:26:03 -0700 (PDT)
MIME-Version: 1.0
Date: Wed, 7 Oct 2026 04:26:03 -0700
From: =?utf-8?q?Ivana_Peri=C4=87?= <ivana.peric@adriatic-direct.hr>
To: privacy@shop.example.be
Subject: =?utf-8?q?Godi=C5=A1nji_odmor_do_19=2E10=2E_/_Annual_leave_until_?=
 =?utf-8?q?19_Oct?=
In-Reply-To: <f3532131f523.19c768c3@shop.example.be>
References: <f3532131f523.19c768c3@shop.example.be>
Message-ID: <CAKmKYByCkKH2hPLf9D9s1FVzDN4HNXVQ5h7VTx7vtn@mail.gmail.com>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="0000000000002be97cd73f7770f9"

--0000000000002be97cd73f7770f9
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

na godi=C5=A1njem sam odmoru do 19. listopada 2026. i povremeno provjeravam=
 e-po=C5=A1tu.

Za pitanja o co-registracijskoj kampanji "Nagradna igra Jesen 2026", izvozi=
ma privola sudionika i prijenosu kontakata partnerima obratite se kolegi Da=
riju Mati=C4=87u (dario.matic@adriatic-direct.hr, +385 1 4890 222).

Zahtjeve u vezi sa za=C5=A1titom osobnih podataka molimo slati na zop@adria=
tic-direct.hr.

Lijep pozdrav,
Ivana Peri=C4=87
Account Manager | Adriatic Direct d.o.o.

--0000000000002be97cd73f7770f9
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Po=C5=A1tovani,</div><div><br></div><div>na godi=C5=
=A1njem sam odmoru do 19. listopada 2026. i povremeno provjeravam e-po=C5=
=A1tu.</div><div><br></div><div>Za pitanja o co-registracijskoj kampanji &q=
uot;Nagradna igra Jesen 2026&quot;, izvozima privola sudionika i prijenosu =
kontakata partnerima obratite se kolegi Dariju Mati=C4=87u (<a href=3D"mail=
to:dario.matic@adriatic-direct.hr">dario.matic@adriatic-direct.hr</a>, +385=
 1 4890 222).</div><div><br></div><div>Zahtjeve u vezi sa za=C5=A1titom oso=
bnih podataka molimo slati na <a href=3D"mailto:zop@adriatic-direct.hr">zop=
@adriatic-direct.hr</a>.</div><div><br></div><div>Lijep pozdrav,</div><div>=
Ivana Peri=C4=87</div><div>Account Manager | Adriatic Direct d.o.o.</div></=
div>

--0000000000002be97cd73f7770f9--
'''),
    ('hr', 'partner-coregistration-consent-report', 'automated', (),
'''Return-Path: <010701940ab6ab9e-04c304a0-d7f6-9a63-4625-b0f5c0a0f061-000000@eu-central-1.amazonses.com>
Received: from a7-18.smtp-out.eu-central-1.amazonses.com (a7-18.smtp-out.eu-central-1.amazonses.com [54.240.7.18])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Z33PZzY1DNfrp
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 07:00:18 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=adriatic-direct.hr; s=x3kq7vbb2ul4s5mfd2ehaqrgrfq2d6rj;
        t=1792386018; h=From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:List-Unsubscribe;
        bh=Gu2VDk9X0VLSSNiNav/GFPO9qberKWxYzV41KW9/YHU=;
        b=sa0YcFbjI2gn9QC1wTNctv4AhUe5T9CKqp2H7XhbY+kIXTRtSnAjKCP4mnhlGswSyGfbiM
         qMVSCTTRVDUI7q0FZDv/FlXshuQQT1kUPeMW66A4HwzXC/Oag5qL1szGtI51YpaJrNIBlA
         mZIH3/QDb4qVhVuVCV4dAN0ByuzDx12z1LO+8RvggaNg7dvXotgomqjExeNk1sE84Tnf2p
         bL1HW1Bm/JEMCEBrwdIz1cWclPxr0ncgNB9lNkDjGH9LliWG+4K4s0tVUEncO8b/LXpGy/
         j3tuLKiiTOhUCwSTPX0vnSyo0RlUm/RACB6iwT5YonAy9uPuBcLieUvCXLxVOQ==
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=amazonses.com; s=54ecsf3zk7z4mwxwwox7z7bg6e5gwjsz;
        t=1792386018; h=From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID;
        bh=Ea003FK8s3t07Gv+PsbIOIQCd0Va8XMziR8Hnlq+828=;
        b=DN+e/pO108VicPF6P6zFaoXchsyuNhcnGBlkQZlbznLTCif/gW6ST68aNm6fKo275LstiL
         KbyjowkO556GfIi0WHA70aawAUJgVcEYudc7zn3Bcu9jOb83OkvZBgFHEVlMIRop7q257z
         8ClHTMR5BQ3bbERSFL0tVftelf65iI528WuSHFRq7WO9LCcJyLSeaym1/B9nqRjBWippnD
         9IK0NNSusLtyI1c9/AzW5zc4tT9lGJlyHAe+Lv5alXU9jQM2r3pz+3Rjce3rUgxf2Ushkq
         WU7IziDRVRfks69ZwLFg8Y0ZEL5QpyzaHDP5ILXrcVSWdOeXucvpkF95XjZWiw==
From: =?utf-8?q?Adriatic_Direct_-_Izvje=C5=A1=C4=87a?= <izvjesca@adriatic-direct.hr>
To: privacy@shop.example.be
Subject: =?utf-8?q?Tjedno_izvje=C5=A1=C4=87e=3A_co-registracija_=22Jesen_2?=
 =?utf-8?q?026=22_-_2_314_novih_privola=2C_41_povu=C4=8Dena?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_Part_2163816_284565630.1792393218000"
Date: Mon, 19 Oct 2026 07:00:18 +0200
Message-ID: <010701940ab6ab9e-04c304a0-d7f6-9a63-4625-b0f5c0a0f061-000000@eu-central-1.amazonses.com>
List-Unsubscribe: <https://portal.adriatic-direct.hr/izvjesca/odjava?u=c2hvcC1leGFtcGxl>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Auto-Submitted: auto-generated
Feedback-ID: ::1.eu-central-1.kS5387xFELb7CEjfRmL3SCCbH3CGcQb5yLB6RFTm4m8=:AmazonSES
X-SES-Outgoing: 2026.10.19-54.240.7.18

------=_Part_2163816_284565630.1792393218000
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Adriatic Direct - tjedno izvje=C5=A1=C4=87e o co-registraciji
Partner: Shop Example BV
Kampanja: Nagradna igra "Jesen 2026" (jesen-nagrade.example.hr)
Razdoblje: 12.10.2026. - 18.10.2026.

Sudionici nagradne igre ukupno:                      9 870
Ozna=C4=8Dili polje "=C5=BDelim primati ponude partnera"
  za Shop Example BV:                                2 314
Privole prenesene putem API-ja (consent-sync):       2 298
Odbijeno (duplikati, neva=C5=BEe=C4=87e adrese):                  16
Povu=C4=8Dene privole od prethodnog izvje=C5=A1=C4=87a:                41

VA=C5=BDNO: za 41 povu=C4=8Denu privolu partner je du=C5=BEan ukloniti kont=
akte iz
svojih marketin=C5=A1kih popisa (e-po=C5=A1ta i tiskana po=C5=A1ta) u roku =
od 48 sati.
Popis je u izvozu povucene_privole_2026-42.csv.

Zapisi o privolama (vremenska oznaka, IP adresa, verzija teksta
privole, izvor obrasca) dostupni su u izvozu privole_2026-42.csv na
portalu: https://portal.adriatic-direct.hr/partneri/shop-example/izvozi
Izvozi sadr=C5=BEe osobne podatke i automatski se bri=C5=A1u nakon 14 dana.

Ovo je automatska poruka. Odgovori na ovu adresu se ne =C4=8Ditaju.
Adriatic Direct d.o.o., Radni=C4=8Dka cesta 80, 10000 Zagreb

------=_Part_2163816_284565630.1792393218000
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Helvetica,Arial,sans-serif;font-size:14px;=
color:#1d1d1d">
<h2 style=3D"color:#c8102e;font-size:18px">Tjedno izvje=C5=A1=C4=87e o co-r=
egistraciji</h2>
<p>Partner: <b>Shop Example BV</b><br>Kampanja: Nagradna igra &quot;Jesen 2=
026&quot;<br>Razdoblje: 12.10.2026. - 18.10.2026.</p>
<table cellpadding=3D"5" style=3D"border-collapse:collapse">
<tr><td>Sudionici ukupno</td><td align=3D"right">9 870</td></tr>
<tr><td>Ozna=C4=8Dili polje za Shop Example BV</td><td align=3D"right">2 31=
4</td></tr>
<tr><td>Privole prenesene (consent-sync)</td><td align=3D"right">2 298</td>=
</tr>
<tr><td>Odbijeno</td><td align=3D"right">16</td></tr>
<tr style=3D"background:#fff3cd"><td>Povu=C4=8Dene privole</td><td align=3D=
"right"><b>41</b></td></tr>
</table>
<p><b>VA=C5=BDNO:</b> za 41 povu=C4=8Denu privolu partner je du=C5=BEan ukl=
oniti kontakte iz svojih marketin=C5=A1kih popisa (e-po=C5=A1ta i tiskana p=
o=C5=A1ta) u roku od 48 sati.</p>
<p><a href=3D"https://portal.adriatic-direct.hr/partneri/shop-example/izvoz=
i">Preuzmite izvoze privola</a> (sadr=C5=BEe osobne podatke, bri=C5=A1u se =
nakon 14 dana).</p>
<p style=3D"font-size:11px;color:#888">Ovo je automatska poruka. Odgovori n=
a ovu adresu se ne =C4=8Ditaju. <a href=3D"https://portal.adriatic-direct.h=
r/izvjesca/odjava?u=3Dc2hvcC1leGFtcGxl">Odjava s izvje=C5=A1=C4=87a</a></p>
</body></html>

------=_Part_2163816_284565630.1792393218000--
'''),
    ('hr', 'exim-bounce-magazine-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from mail.nautika-magazin.hr (mail.nautika-magazin.hr [31.147.204.66])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4BARvMxQZDt0xw
        for <privacy@shop.example.be>; Wed, 14 Oct 2026 10:02:14 +0200 (CEST)
Received: from Debian-exim by mail.nautika-magazin.hr with local (Exim 4.96)
	id 1t9kLm-0003aQ-1x
	for privacy@shop.example.be;
	Wed, 14 Oct 2026 10:02:14 +0200
X-Failed-Recipients: pretplata@nautika-magazin.hr
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.nautika-magazin.hr>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1791964934-eximdsn-748892505
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1t9kLm-0003aQ-1x@mail.nautika-magazin.hr>
Date: Wed, 14 Oct 2026 10:02:14 +0200

--1791964934-eximdsn-748892505
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  pretplata@nautika-magazin.hr
    mailbox is full: retry timeout exceeded

--1791964934-eximdsn-748892505
Content-type: message/delivery-status

Reporting-MTA: dns; mail.nautika-magazin.hr

Action: failed
Final-Recipient: rfc822;pretplata@nautika-magazin.hr
Status: 5.0.0

--1791964934-eximdsn-748892505
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from mailout1.shop.example.be ([203.0.113.26])
	by mail.nautika-magazin.hr with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <privacy@shop.example.be>)
	id 1t8Zq1-0001cD-0b
	for pretplata@nautika-magazin.hr;
	Wed, 14 Oct 2026 10:02:11 +0200
From: Shop Example BV - Privacy Team <privacy@shop.example.be>
To: pretplata@nautika-magazin.hr
Subject: Leaflet insert in your October mailing - question about subscriber data
Date: Wed, 14 Oct 2026 10:02:11 +0200
Message-ID: <eff67a795843.fb65705f@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Dear Nautika Magazin subscription team,

Several of your subscribers in Belgium received our leaflet as an insert in
your October mailing and ask us how we got their address. As we understand
it, your company used its own subscriber file and we never received any
address. Could you confirm this in writing, and tell us which text your
subscribers saw regarding partner offers?

Kind regards,
Privacy Team
Shop Example BV

--1791964934-eximdsn-748892505--
'''),
    ('hr', 'person-forwards-welcome-mail-and-complains', 'complaint', ('access',),
'''Return-Path: <maja.horvat@outlook.com>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02olkn2035.outbound.protection.outlook.com [52.101.64.35])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4tBGZp247GJdJG
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 08:12:47 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=outlook.com; s=selector1;
        t=1793257967; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
        bh=PK5px769bH1z/zBSdER51/tcuSRst8It3UmcEPz/jPE=;
        b=7V/sSCiPNo8KfwXJHV1c15Ee5puWBDYDh7U7wkyuRQVhGMAWNaXufND70HEt4QZf5qvUNT
         9IMaPDowpQuWim+RE9tqoRGx1/kPNGm9hHF19o1ErCxFeR4V8jfz7yenb5kM+16lW0d35P
         UdYeQknj6txhkj4IQEeZuH2F7GlEVS+Ot/3bngmV2DJVJNi55r7fK9ToSXcujaTRUYS1op
         iuHi43vQvgY5N++cUUYzYMs802hs8KnSXIQPeWoC1Orj/JrxvHd+aDg01gPXcRyYypjof2
         4TEMe8d6mGLZveY8QtgMfkGouDtULYK3kSejgCGzu2sbCle5r+zdujgBnbCh7Q==
From: Maja Horvat <maja.horvat@outlook.com>
To: privacy@shop.example.be
Subject: FW: Welkom! Je inschrijving is bevestigd
Thread-Topic: Welkom! Je inschrijving is bevestigd
Thread-Index: ZrvjqKn1SURYEMTslyFKVRvCTE8mag==
Date: Thu, 29 Oct 2026 08:12:47 +0100
Message-ID: <VI1P190MB04C4D103DACE930318C054A@VI1P190MB097613C.EURP190.PROD.OUTLOOK.COM>
Accept-Language: hr-HR, en-US
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Mailer: Microsoft Outlook 16.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Po=C5=A1tovani,

proslje=C4=91ujem vam ovu "dobrodo=C5=A1licu" koju sam dobila. NIKADA se ni=
sam
prijavila na va=C5=A1 newsletter ni na va=C5=A1 katalog. Jedino =C5=A1to sa=
m napravila je
da sam u rujnu sudjelovala u nagradnoj igri na jednom hrvatskom portalu
(Jesen 2026). Tamo nigdje nisam vidjela da =C4=87e moji podaci oti=C4=87i n=
ekoj
belgijskoj trgovini. Ako je bilo neko polje, bilo je unaprijed ozna=C4=8Den=
o ili
skriveno.

Sada mi =C5=A1aljete e-po=C5=A1tu, a pro=C5=A1li tjedan stigao je i tiskani=
 katalog na
moju ku=C4=87nu adresu u Gentu, s mojim imenom. Ku=C4=87nu adresu na tom po=
rtalu
uop=C4=87e nisam upisala! Dakle netko vam ju je prodao ili ste je negdje
"nadopunili".

Ovo smatram ozbiljnim kr=C5=A1enjem za=C5=A1tite mojih podataka. =C5=BDelim=
 znati:
1. otkud vam moja e-adresa i otkud ku=C4=87na adresa,
2. koje sve podatke imate o meni i kome ste ih dali.

Ako u roku od mjesec dana ne dobijem jasan odgovor, podnijet =C4=87u pritu=
=C5=BEbu
belgijskom tijelu za za=C5=A1titu podataka (GBA/APD).

Maja Horvat
Kortrijksesteenweg 412, 9000 Gent

-----Original Message-----
From: Shop Example <nieuwsbrief@mailer.shop.example.be>
Sent: woensdag 21 oktober 2026 06:30
To: maja.horvat@outlook.com
Subject: Welkom! Je inschrijving is bevestigd

Welkom bij Shop Example!

Je inschrijving voor onze nieuwsbrief en partneraanbiedingen via onze
partner Adriatic Direct is bevestigd. Vanaf nu ontvang je als eerste onze
acties, en een keer per seizoen onze catalogus in je brievenbus.

Dit is een automatisch bericht. Uitschrijven kan via de link onderaan elke
nieuwsbrief.
'''),
    ('sv', 'address-update-moved-batch-delivered', 'automated', (),
'''Return-Path: <leverans@nordadress.se>
Received: from smtp2.nordadress.se (smtp2.nordadress.se [193.12.116.58])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4044PBQV4NdNEV
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 05:45:02 +0100 (CET)
Received: from batch03.nordadress.local (batch03.nordadress.local [10.8.1.33])
	by smtp2.nordadress.se (Postfix) with ESMTP id 7C1A22008F
	for <privacy@shop.example.be>; Fri, 30 Oct 2026 05:45:02 +0100
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=nordadress.se; s=nad1;
        t=1793335502; h=From:To:Subject:Date:Message-ID;
        bh=N9IVNqQ7kUaBYU3j271C630ea1JaaBqOsJU65+bbSUc=;
        b=Pm6i24EbJ4LkmV7OvnQkRlakYRhQoAgrBV3O8f0sRpQvkRAPfKC7tRw/Ui44KHKkeY1u52
         Cbw8LMdbUFs0Ahc+9morfLuKwhP3OzozYGdCcrExwGvv6y3o038P6XBhfhdDXHoGTI9VtY
         NVRLtJmHjZQmgmycklo3EZFjUB9BFOqjqL9Xekug/mF+Wah8mhbtksVCsg0VjBJaRb+U9j
         EDxw+Lb6N7hJjg4svyiNQbqgZZqTLRTxdD9xmWV6cDL5g6qVlcxiW8L8BugwOYkTE8ZBhh
         Xh8EC5aFYwYVAoTowCth30K1bswtoxGV1gpqBS0d1jWu7nu91ini2jO2UZG95A==
Message-ID: <batch-2026-W44-40-1187.91fa7165@nordadress.se>
Date: Fri, 30 Oct 2026 05:45:02 +0100
From: NordAdress Flyttservice <leverans@nordadress.se>
To: privacy@shop.example.be
Subject: =?iso-8859-1?q?Leverans_klar=3A_flyttuppdatering_batch_2026-W44_=28Shop_E?=
 =?iso-8859-1?q?xample_BV=29_-_512_nya_adresser=2C_148_NIX-sp=E4rrar?=
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Mailer: NA-Batch Notifier/2.7

Hej!

Detta =E4r ett automatiskt meddelande fr=E5n NordAdress Flyttservice.

Er best=E4llning av adressuppdatering har k=F6rts klart.

Kund:            Shop Example BV (kundnr 40-1187)
Batch:           2026-W44 (katalogtest Norden)
Inskickade poster:                 8 420
Of=F6r=E4ndrade adresser:              7 721
Nya adresser (flyttade):             512
Avlidna - sp=E4rrade i resultatfil:     19
Skyddade personuppgifter - borttagna:  3
NIX-Adresserat (sp=E4rr mot adresserad
direktreklam) - f=E5r ej anv=E4ndas:     148
Ej matchade:                          17

Resultatfilen inneh=E5ller personuppgifter (namn, adress, statuskod) och
ligger p=E5 SFTP-servern under /out/shopexample/2026-W44/ i 7 dagar. D=E4re=
fter
raderas den automatiskt. Enligt personuppgiftsbitr=E4desavtalet f=E5r
uppgifterna endast anv=E4ndas f=F6r att uppdatera befintliga kundposter, in=
te
f=F6r att skapa nya urval.

Poster med NIX-sp=E4rr m=E5ste tas bort ur utskicket innan tryck.

Svara inte p=E5 detta meddelande. Fr=E5gor: kundtjanst@nordadress.se
Dataskyddsombud: dso@nordadress.se

NordAdress AB, Box 1024, 171 21 Solna
'''),
    ('sv', 'sieve-vacation-print-house', 'automated', (),
'''Return-Path: <>
Received: from mail.tryckeriet-vast.se (mail.tryckeriet-vast.se [212.85.64.19])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 43GSdRPZTJ0NMm
        for <privacy@shop.example.be>; Fri, 16 Oct 2026 14:20:37 +0200 (CEST)
Received: from mail.tryckeriet-vast.se
	by mail.tryckeriet-vast.se with LMTP
	id mK3lGr2xEGcFBAAAfRQfRw
	(envelope-from <>); Fri, 16 Oct 2026 14:20:37 +0200
Message-ID: <dovecot-sieve-1792153237-126979-0@mail.tryckeriet-vast.se>
Date: Fri, 16 Oct 2026 14:20:37 +0200
X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)
From: Karin Lindqvist <karin.lindqvist@tryckeriet-vast.se>
To: <privacy@shop.example.be>
Subject: Auto: Korrektur katalog SE-test - radering av adressfilen
In-Reply-To: <20ee97c34ff9.e903f5ed@shop.example.be>
References: <20ee97c34ff9.e903f5ed@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej,

jag har semester till och med den 26 oktober och läser inte min e-post.

Brådskande frågor om tryckjobb: order@tryckeriet-vast.se, 031-12 34 50.
Frågor om personuppgifter, adressfiler och radering: dataskydd@tryckeriet-vast.se.

Vänliga hälsningar
Karin Lindqvist
Tryckeriet Väst AB
'''),
    ('sv', 'outlook-read-receipt-list-broker', 'automated', (),
'''Return-Path: <jonas.berg@listmakarna.se>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2117.outbound.protection.outlook.com [52.101.65.117])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZW7McdB2hH6mN
        for <privacy@shop.example.be>; Tue, 03 Nov 2026 11:02:19 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=listmakarna.se; s=selector2;
        t=1793700139; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
        bh=S6e2WObjlAF8JayqbJj/+eJ3P/hW+lvPRox681GRjtM=;
        b=tW0L+veb57Q+wiwIcbAVX3do4lRrXRkLvnmeOeoejg+S0vqVobVWvpqH0koqTlwhBc3zrF
         2xSpIm6VXWlEJCkJB3FM/QSaMbmJal6O86wgJJm0cKvbX7Qs9wvXNyqVzuy92+sfMo5Cua
         qUC8pK7o3QHzeUh3cGJ4ZgdiP9KyH3/DeeI8YJ0xtPaBU7u6o1QeRJeHy5X+2TVIuu8IYx
         lejyHUe3B8ndHCMoKJ012SHSaR2fp6ihXds5HPisqplXLHK1414bJOnqYi8qWu6oUJWprt
         DVMPjTSa2PIICcJgpI3Zd1N5g6v3R/CjCR6gksbU9QWDkdkkJ/6s48grBmb8kQ==
From: Jonas Berg <jonas.berg@listmakarna.se>
To: Shop Example BV - Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?q?L=C3=A4st=3A_Beg=C3=A4ran=3A_ursprung_f=C3=B6r_hyrd_loo?=
 =?utf-8?q?kalike-adresslista_=28order_LM-5521=29_och_urvalskriterier?=
Thread-Topic: =?utf-8?q?Beg=C3=A4ran=3A_ursprung_f=C3=B6r_hyrd_lookalike-a?=
 =?utf-8?q?dresslista_=28order_LM-5521=29_och_urvalskriterier?=
Thread-Index: D2BukBf89aX/N1s9e2+YiFKXhUrInQ==
Date: Tue, 03 Nov 2026 11:02:19 +0100
Message-ID: <b9b2e6fa3b29e37c@GV1PR07MB9120.eurprd07.prod.outlook.com>
References: <5bf171c0169a.67f08e0d@shop.example.be>
In-Reply-To: <5bf171c0169a.67f08e0d@shop.example.be>
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_03b_C6Q837dJS6RDV4g6n61CnM8SZZKQsbKkW51v5AVv_"
MIME-Version: 1.0

--_03b_C6Q837dJS6RDV4g6n61CnM8SZZKQsbKkW51v5AVv_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RGl0dCBtZWRkZWxhbmRlCgogIFRpbGw6IEpvbmFzIEJlcmcKICDDhG1uZTogQmVnw6RyYW46IHVy
c3BydW5nIGbDtnIgaHlyZCBsb29rYWxpa2UtYWRyZXNzbGlzdGEgKG9yZGVyIExNLTU1MjEpIG9j
aCB1cnZhbHNrcml0ZXJpZXIKICBTa2lja2F0OiBkZW4gMyBub3ZlbWJlciAyMDI2IDEwOjEyOjQ0
IChVVEMrMDE6MDApIEFtc3RlcmRhbSwgQmVybGluLCBCZXJuLCBSb20sIFN0b2NraG9sbSwgV2ll
bgoKbMOkc3RlcyBkZW4gMyBub3ZlbWJlciAyMDI2IDExOjAyOjE3IChVVEMrMDE6MDApIEFtc3Rl
cmRhbSwgQmVybGluLCBCZXJuLCBSb20sIFN0b2NraG9sbSwgV2llbi4K

--_03b_C6Q837dJS6RDV4g6n61CnM8SZZKQsbKkW51v5AVv_
Content-Type: message/disposition-notification

Reporting-UA: GV1PR07MB9120.eurprd07.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jonas.berg@listmakarna.se
Original-Message-ID: <5bf171c0169a.67f08e0d@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_03b_C6Q837dJS6RDV4g6n61CnM8SZZKQsbKkW51v5AVv_--
'''),
    ('sv', 'person-answers-ticket-autoreply-to-unsubscribe', 'withdraw_consent', (),
'''Return-Path: <erik.sjoberg@icloud.com>
Received: from st43p00im-ztdg10061801.me.com (st43p00im-ztdg10061801.me.com [17.58.63.173])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4EJExGzJtjGD04
        for <privacy@shop.example.be>; Mon, 09 Nov 2026 22:17:05 +0100 (CET)
Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])
	by st43p00im-ztdg10061801.me.com (Postfix) with ESMTPSA id 8D1E9B40211
	for <privacy@shop.example.be>; Mon,  9 Nov 2026 21:17:05 +0000 (UTC)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com; s=1a1hai;
        t=1794259025; h=Content-Type:Mime-Version:Subject:From:Date:Message-Id:To;
        bh=k905trd5mG5RyvEPavBkNUF40Gr/h0PuznBe78KkFkM=;
        b=vUMsmhnh9G+5QqU1aRJ0FhikAeppl/Kqy6E4R0sDW1h2oz0dBkCO3Ha30d1EXfz4USjCCr
         x+tdwRQdO5GWdpYPSxP9l+KA++c8AemMAjYVg6LmGgN2pWGH6QvPk1Tb/F4t8VXbEx5KcN
         mEIZxJooBHHbRLSbEbVMzjUPP0Axdt2W2XOwiM+q3d4gKfIGE8sujH6lTmgXRDu+zLD9OT
         6aKfGbybAWS83DzjW5OjDcMlC7Pf3RyPNWs/zraEdRNlmkI/LJX6woGbGpI1yYSx/aSeef
         LcT5Pz2QchayavRZBrAPBdR2nHASSP62Bj6/fWGo3z3B3OQ54QH+86diaZhqtA==
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (Mac OS X Mail 16.0 (3826.200.121))
Subject: Re: [Dossier #PRV-20931] Automatic confirmation / Automatische bevestiging
From: =?utf-8?q?Erik_Sj=C3=B6berg?= <erik.sjoberg@icloud.com>
In-Reply-To: <auto-PRV-20931.4c45029206@shop.example.be>
Date: Mon, 09 Nov 2026 22:17:05 +0100
Message-Id: <DB866C82-A3E4-2264-07AA-FE36E6009532@icloud.com>
To: Shop Example Privacy <privacy@shop.example.be>
X-Mailer: Apple Mail (2.3826.200.121)

Hej,

jag vet att det st=C3=A5r att man inte ska svara, men jag g=C3=B6r det =C3=
=A4nd=C3=A5.

Jag vill inte l=C3=A4ngre ha ert nyhetsbrev och inga erbjudanden via e-post
eller sms. Jag drar tillbaka mitt samtycke till all marknadsf=C3=B6ring, =
=C3=A4ven
"partnererbjudandena". Avregistreringsl=C3=A4nken i nyhetsbrevet leder bara
till en sida som s=C3=A4ger "session expired".

Min e-post: erik.sjoberg@icloud.com, mobil +32 470 55 81 19.

Tack,
Erik Sj=C3=B6berg

> 9 nov. 2026 kl. 21:58 skrev Shop Example Privacy <privacy@shop.example.be=
>:
>
> [Dossier #PRV-20931]
>
> Bedankt voor je bericht. / Merci pour votre message. / Thank you for
> your message.
>
> This is an automatic confirmation: we have received your e-mail and will
> handle it within one month. Please do not reply to this message.
>
> Shop Example BV - Privacy Team
'''),
    ('ro', 'helpdesk-ack-enrichment-broker', 'automated', (),
'''Return-Path: <bounces+ticket.77412@mail.suport.datalista.ro>
Received: from mail.suport.datalista.ro (mail.suport.datalista.ro [86.105.212.14])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 437h8vSWBcN9TV
        for <privacy@shop.example.be>; Tue, 20 Oct 2026 10:41:29 +0300 (EEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=suport.datalista.ro; s=fd1;
        t=1792482089; h=From:Reply-To:To:Subject:Date:Message-ID:In-Reply-To:References;
        bh=20/I7SNUeCI2aO9FhgdLZDqdzs7pNBQsVTKKc6MLsFI=;
        b=qkdIhSap9ZEZb5DR7YpqoK+2OcXA79YXtHvRJ3Diyaow85K0lGWsI9EqAuvIxjZpKlnehJ
         i0V6Of5chCMlNaxMuaOHpCkVXfSZgHnKxo2xq4t5YqZgrrrm/lAGtoymh8rlD/xzhG0kjk
         xqmaBNaCICFy5oKmCzMHOUBSgjKLGSjB+wuBD8nMpfv2BEQ5gK9+uiK2VVC1Zv2xkjHHk8
         QPVhqrUmyLYeNlmKeBrCZJzawT5shSQIIi0we3Z+3sGQBBy8f/i+13rRfK9zNRuNNa8/3Z
         ozw+HQi0nQvYRslLlPGrGvWM1nvy5Hp5RXzvpdLvjRdBAg3k9el24cVpDygiHA==
Date: Tue, 20 Oct 2026 10:41:29 +0300
From: Suport DataLista <suport@datalista.ro>
Reply-To: suport@datalista.ro
To: privacy@shop.example.be
Message-ID: <77412.681c2b6042f18c76bfd8@suport.datalista.ro>
In-Reply-To: <7bcab273f6c9.6794cd5d@shop.example.be>
References: <7bcab273f6c9.6794cd5d@shop.example.be>
Subject: =?utf-8?q?=5B=23DL-77412=5D_Am_primit_solicitarea_dumneavoastr?=
 =?utf-8?q?=C4=83=3A_Originea_datelor_din_lista_=C3=AEnchiriat=C4=83_?=
 =?utf-8?q?=C8=99i_criteriile_de_=C3=AEmbog=C4=83=C8=9Bire_=28BE-HH-2026?=
 =?utf-8?q?=29?=
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_0b49ebdcba11a_1377";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
X-Helpdesk-Ticket-Id: 77412
X-Helpdesk-Email-Type: ticket_ack

----==_mimepart_0b49ebdcba11a_1377
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: base64

QnVuxIMgeml1YSwKClbEgyBtdWzIm3VtaW0gY8SDIGHIm2kgY29udGFjdGF0IERhdGFMaXN0YS4g
QWNlc3RhIGVzdGUgdW4gbWVzYWogYXV0b21hdCBkZSBjb25maXJtYXJlLgoKU29saWNpdGFyZWEg
ZHVtbmVhdm9hc3RyxIMgYSBmb3N0IMOubnJlZ2lzdHJhdMSDIGN1IG51bcSDcnVsICNETC03NzQx
MiDImWkgYSBmb3N0IGF0cmlidWl0xIMgZWNoaXBlaSBQcm90ZWPIm2lhIERhdGVsb3IgKERQTyku
CgpTdWJpZWN0OiBPcmlnaW5lYSBkYXRlbG9yIGRpbiBsaXN0YSDDrm5jaGlyaWF0xIMgyJlpIGNy
aXRlcmlpbGUgZGUgw65tYm9nxIPIm2lyZSAoQkUtSEgtMjAyNikKUHJpb3JpdGF0ZTogTm9ybWFs
xIMKVGVybWVuIGVzdGltYXQgZGUgcsSDc3B1bnM6IDUgemlsZSBsdWNyxIN0b2FyZQoKRGFjxIMg
c29saWNpdGFyZWEgcHJpdmXImXRlIGRyZXB0dXJpbGUgdW5laSBwZXJzb2FuZSB2aXphdGUgKGFj
Y2VzLCDImXRlcmdlcmUsIG9wb3ppyJtpZSBsYSBwcmVsdWNyYXJlYSBkYXRlbG9yIGN1IGNhcmFj
dGVyIHBlcnNvbmFsIMOubiBzY29wIGRlIG1hcmtldGluZyksIHbEgyBydWfEg20gc8SDIMOubmPE
g3JjYcibaSDDrm4gcG9ydGFsIGRvdmFkYSBtYW5kYXR1bHVpIHNhdSBjZXJlcmVhIG9yaWdpbmFs
xIMsIHBlbnRydSBhIHB1dGVhIGlkZW50aWZpY2Egw65ucmVnaXN0csSDcmlsZSBkaW4gYmF6YSBk
ZSBkYXRlIMiZaSBhdHJpYnV0ZWxlIGRlIHByb2ZpbCAoY2F0ZWdvcmllIGRlIHbDonJzdMSDLCBj
bGFzxIMgZGUgdmVuaXQsIHRpcCBkZSBnb3Nwb2TEg3JpZSkuCgpQdXRlyJtpIHVybcSDcmkgc3Rh
ZGl1bCBzb2xpY2l0xINyaWkgYWljaTogaHR0cHM6Ly9zdXBvcnQuZGF0YWxpc3RhLnJvL3RpY2tl
dHMvNzc0MTIKClbEgyBydWfEg20gc8SDIG51IG1vZGlmaWNhyJtpIHN1YmllY3R1bCBtZXNhanVs
dWkgZGFjxIMgcsSDc3B1bmRlyJtpLCBwZW50cnUgY2EgcsSDc3B1bnN1bCBzxIMgZmllIGF0YciZ
YXQgc29saWNpdMSDcmlpLgoKQ3Ugc3RpbcSDLApFY2hpcGEgU3Vwb3J0IERhdGFMaXN0YQpEYXRh
TGlzdGEgU1JMIHwgU3RyLiBGYWJyaWNhIGRlIEdsdWNvesSDIDExLCAwMjAzMzEgQnVjdXJlyJl0
aQo=

----==_mimepart_0b49ebdcba11a_1377
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: base64

PGRpdiBzdHlsZT0iZm9udC1mYW1pbHk6QXJpYWwsSGVsdmV0aWNhLHNhbnMtc2VyaWY7Zm9udC1z
aXplOjE0cHg7bGluZS1oZWlnaHQ6MS41Ij4KPHA+QnVuxIMgeml1YSw8L3A+CjxwPlbEgyBtdWzI
m3VtaW0gY8SDIGHIm2kgY29udGFjdGF0IERhdGFMaXN0YS4gQWNlc3RhIGVzdGUgdW4gbWVzYWog
YXV0b21hdCBkZSBjb25maXJtYXJlLjwvcD4KPHA+U29saWNpdGFyZWEgZHVtbmVhdm9hc3RyxIMg
YSBmb3N0IMOubnJlZ2lzdHJhdMSDIGN1IG51bcSDcnVsIDxiPiNETC03NzQxMjwvYj4gyJlpIGEg
Zm9zdCBhdHJpYnVpdMSDIGVjaGlwZWkgPGI+UHJvdGVjyJtpYSBEYXRlbG9yIChEUE8pPC9iPi48
L3A+CjxwPlN1YmllY3Q6IE9yaWdpbmVhIGRhdGVsb3IgZGluIGxpc3RhIMOubmNoaXJpYXTEgyDI
mWkgY3JpdGVyaWlsZSBkZSDDrm1ib2fEg8ibaXJlIChCRS1ISC0yMDI2KTxicj5Qcmlvcml0YXRl
OiBOb3JtYWzEgzxicj5UZXJtZW4gZXN0aW1hdCBkZSByxINzcHVuczogNSB6aWxlIGx1Y3LEg3Rv
YXJlPC9wPgo8cD5EYWPEgyBzb2xpY2l0YXJlYSBwcml2ZciZdGUgZHJlcHR1cmlsZSB1bmVpIHBl
cnNvYW5lIHZpemF0ZSAoYWNjZXMsIMiZdGVyZ2VyZSwgb3BvemnIm2llIGxhIHByZWx1Y3JhcmVh
IGRhdGVsb3IgY3UgY2FyYWN0ZXIgcGVyc29uYWwgw65uIHNjb3AgZGUgbWFya2V0aW5nKSwgdsSD
IHJ1Z8SDbSBzxIMgw65uY8SDcmNhyJtpIMOubiBwb3J0YWwgZG92YWRhIG1hbmRhdHVsdWkgc2F1
IGNlcmVyZWEgb3JpZ2luYWzEgywgcGVudHJ1IGEgcHV0ZWEgaWRlbnRpZmljYSDDrm5yZWdpc3Ry
xINyaWxlIGRpbiBiYXphIGRlIGRhdGUgyJlpIGF0cmlidXRlbGUgZGUgcHJvZmlsIChjYXRlZ29y
aWUgZGUgdsOicnN0xIMsIGNsYXPEgyBkZSB2ZW5pdCwgdGlwIGRlIGdvc3BvZMSDcmllKS48L3A+
CjxwPjxhIGhyZWY9Imh0dHBzOi8vc3Vwb3J0LmRhdGFsaXN0YS5yby90aWNrZXRzLzc3NDEyIj5V
cm3Eg3JpyJtpIHNvbGljaXRhcmVhPC9hPjwvcD4KPHAgc3R5bGU9ImNvbG9yOiM3Nzc7Zm9udC1z
aXplOjEycHgiPlbEgyBydWfEg20gc8SDIG51IG1vZGlmaWNhyJtpIHN1YmllY3R1bCBtZXNhanVs
dWkgZGFjxIMgcsSDc3B1bmRlyJtpLjwvcD4KPHA+Q3Ugc3RpbcSDLDxicj5FY2hpcGEgU3Vwb3J0
IERhdGFMaXN0YTwvcD4KPC9kaXY+Cg==

----==_mimepart_0b49ebdcba11a_1377--
'''),
    ('ro', 'qmail-bounce-print-house-dpo', 'automated', (),
'''Return-Path: <>
Received: from mail.tipografia-carpati.ro (mail.tipografia-carpati.ro [89.42.218.71])
        by mx1.shop.example.be (Postfix) with ESMTP id 4TEVPdhRTdZcyM
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 15:03:53 +0100 (CET)
Received: (qmail 30411 invoked for bounce); 26 Oct 2026 14:03:52 -0000
Date: 26 Oct 2026 14:03:52 -0000
From: MAILER-DAEMON@mail.tipografia-carpati.ro
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20261026140352.30411.qmail@mail.tipografia-carpati.ro>

Hi. This is the qmail-send program at mail.tipografia-carpati.ro.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<dpo@tipografia-carpati.ro>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 30398 invoked from network); 26 Oct 2026 14:03:51 -0000
Received: from mailout1.shop.example.be (203.0.113.26)
  by mail.tipografia-carpati.ro with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); 26 Oct 2026 14:03:51 -0000
From: Shop Example BV - Privacy Team <privacy@shop.example.be>
To: dpo@tipografia-carpati.ro
Subject: Confirmation of deletion - address file "winning letter" mailing PC-0926
Date: Mon, 26 Oct 2026 15:03:50 +0100
Message-ID: <c1400376263b.6629823f@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Dear Data Protection Officer,

Under our data processing agreement of 3 February 2026, your company
printed and mailed the partner "winning letter" (order PC-0926) using the
address file we transferred on 7 September 2026.

Please confirm in writing that the address file and all copies, including
backups of the personalisation job, have been deleted, and tell us the
date of deletion.

Kind regards,
Privacy Team
Shop Example BV
'''),
    ('ro', 'outlook-ooo-fraud-check-agency', 'automated', (),
'''Return-Path: <andreea.popescu@crediscan.eu>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2100.outbound.protection.outlook.com [40.107.22.100])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YJzKd8W1cWvcN
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 08:05:32 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=crediscan.eu; s=selector1;
        t=1793171131; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
        bh=Vlf32XjjrdG1rTqPlnD5OYAxmcFKlsaY5n1l59EoFok=;
        b=n5/6puFKzGvFgA0Kncr/ZGg0hrtQhJtx+0yZAxKClc7xKT6W6XURETb3phMsoGFrETj+hh
         35/XNMQRUT5EoDBxJVfjxYvVFAkBJp9doaNWsyoXNMXjITrHPz8XqZ2dAtTLG/tzAw6T3D
         ahZ11R2lJL+0Rybcv+FCqJSS0Qv1Zt+RJlJYVpOHCK1mX1OLjvrMTo7h2xRZAI9Hre/dDG
         lXqaWbo8F4KPircAvvncf+8CtoxIC85XE1ZDyunRq7zDXE1Bhbz6KZN0nCdVQHk+T9GGug
         QP9rKT5v+nD/L1182O7SxbvFxhADqtWPOCX+0+yRDWYgdasArzjbVz+1UGP12Q==
From: Andreea Popescu <andreea.popescu@crediscan.eu>
To: Shop Example BV - Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?q?R=C4=83spuns_automat=3A_Cerere_de_acces_-_verificare_an?=
 =?utf-8?q?tifraud=C4=83_pentru_comanda_1004821_/_rezultat_scoring?=
Thread-Topic: =?utf-8?q?Cerere_de_acces_-_verificare_antifraud=C4=83_pentr?=
 =?utf-8?q?u_comanda_1004821_/_rezultat_scoring?=
Thread-Index: v+7tEYXvFiaqBFMpmo9+VlGnyN/Hpg==
Date: Wed, 28 Oct 2026 09:05:31 +0200
Message-ID: <c81ec77c7a00e3ca@VI1PR02MB6630.eurprd02.prod.outlook.com>
In-Reply-To: <5191ac53655f.8e09f668@shop.example.be>
References: <5191ac53655f.8e09f668@shop.example.be>
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
x-ms-exchange-parent-message-id: <5191ac53655f.8e09f668@shop.example.be>
x-ms-exchange-generated-message-source: Mailbox Rules Agent
Content-Type: multipart/alternative;
	boundary="_000_qV80r5PsRtmRJCBgyYkfDzMBZNSJ1jG1G1gPntwr_"
MIME-Version: 1.0

--_000_qV80r5PsRtmRJCBgyYkfDzMBZNSJ1jG1G1gPntwr_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

QnVuxIMgeml1YSwKClbEgyBtdWzIm3VtZXNjIHBlbnRydSBtZXNhai4gU3VudCDDrm4gY29uY2Vk
aXUgcMOibsSDIHBlIDkgbm9pZW1icmllIDIwMjYsIGN1IGFjY2VzIGxpbWl0YXQgbGEgZS1tYWls
LgoKUGVudHJ1IHNvbGljaXTEg3JpIHVyZ2VudGUgcHJpdmluZCB2ZXJpZmljxINyaWxlIGFudGlm
cmF1ZMSDIMiZaSBkZSBib25pdGF0ZSwgdsSDIHJvZyBzxIMgY29udGFjdGHIm2kgZWNoaXBhIE9w
ZXJhyJtpdW5pOiBvcGVyYXRpdW5pQGNyZWRpc2Nhbi5ldSwgKzQwIDIxIDMwMCA0NCA1NS4KUGVu
dHJ1IHNvbGljaXTEg3JpIHByaXZpbmQgZGF0ZWxlIGN1IGNhcmFjdGVyIHBlcnNvbmFsIChhY2Nl
cywgcmVjdGlmaWNhcmUsIMiZdGVyZ2VyZSwgb3BvemnIm2llKSB2xIMgcm9nIHPEgyBzY3JpZcib
aSBsYSBkcG9AY3JlZGlzY2FuLmV1LgoKQ3Ugc3RpbcSDLApBbmRyZWVhIFBvcGVzY3UKS2V5IEFj
Y291bnQgTWFuYWdlciB8IENyZWRpU2NhbiBFdXJvcGUgU1JMCg==

--_000_qV80r5PsRtmRJCBgyYkfDzMBZNSJ1jG1G1gPntwr_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48ZGl2IHN0eWxlPSJmb250LWZhbWls
eTpDYWxpYnJpLEFyaWFsLEhlbHZldGljYSxzYW5zLXNlcmlmO2ZvbnQtc2l6ZToxMXB0O2NvbG9y
OnJnYigwLDAsMCkiPgpCdW7EgyB6aXVhLDxicj48YnI+VsSDIG11bMibdW1lc2MgcGVudHJ1IG1l
c2FqLiBTdW50IMOubiBjb25jZWRpdSBww6JuxIMgcGUgOSBub2llbWJyaWUgMjAyNiwgY3UgYWNj
ZXMgbGltaXRhdCBsYSBlLW1haWwuPGJyPjxicj4KUGVudHJ1IHNvbGljaXTEg3JpIHVyZ2VudGUg
cHJpdmluZCB2ZXJpZmljxINyaWxlIGFudGlmcmF1ZMSDIMiZaSBkZSBib25pdGF0ZSwgdsSDIHJv
ZyBzxIMgY29udGFjdGHIm2kgZWNoaXBhIE9wZXJhyJtpdW5pOiA8YSBocmVmPSJtYWlsdG86b3Bl
cmF0aXVuaUBjcmVkaXNjYW4uZXUiPm9wZXJhdGl1bmlAY3JlZGlzY2FuLmV1PC9hPiwgKzQwIDIx
IDMwMCA0NCA1NS48YnI+ClBlbnRydSBzb2xpY2l0xINyaSBwcml2aW5kIGRhdGVsZSBjdSBjYXJh
Y3RlciBwZXJzb25hbCAoYWNjZXMsIHJlY3RpZmljYXJlLCDImXRlcmdlcmUsIG9wb3ppyJtpZSkg
dsSDIHJvZyBzxIMgc2NyaWXIm2kgbGEgPGEgaHJlZj0ibWFpbHRvOmRwb0BjcmVkaXNjYW4uZXUi
PmRwb0BjcmVkaXNjYW4uZXU8L2E+Ljxicj48YnI+CkN1IHN0aW3Egyw8YnI+QW5kcmVlYSBQb3Bl
c2N1PGJyPktleSBBY2NvdW50IE1hbmFnZXIgfCBDcmVkaVNjYW4gRXVyb3BlIFNSTDwvZGl2Pjwv
Ym9keT48L2h0bWw+Cg==

--_000_qV80r5PsRtmRJCBgyYkfDzMBZNSJ1jG1G1gPntwr_--
'''),
    ('ro', 'person-objects-from-phone-with-bank-disclaimer', 'objection', (),
'''Return-Path: <ioana.marinescu@banca-lumina.eu>
Received: from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2129.outbound.protection.outlook.com [40.107.6.129])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RyDn67BTw2yhS
        for <privacy@shop.example.be>; Wed, 18 Nov 2026 07:52:10 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=banca-lumina.eu; s=selector1;
        t=1794984730; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
        bh=P+C3wzycwx15FwAmNRdrMQy+5cu4+d4HvpojONlpheI=;
        b=KbnmyR4J7H/PEa8TP6ydaWF+lzCvrLfpo2B+ZsX2mdleA4ZCIWkLHL6zJN59q7NMrCDjCA
         Z840IzgNpG++HUqbwdJcnOcjxBZTwPAJEiCH0r1RdTr9Fbd1FJBtb2VRyJXwdemZ3Dz2Zr
         +RxvlZfmwWM9aaxNiO9aoVNfbs4nJkGkKF2IcLLUaM0gTp4V63+3fam9XOY0fSiF+sQe5S
         evdU1ktGXeB/1zRmhdv3qE2N2YHYwvqNY5S9Z2GbCDWQNd+PQuo8g7z1BaesHvTxsbZui5
         n7RYQKyLvsASH+WJc3JF4Ea5bfH+QwPe/yJbckSt8GFiGaLJ3UP5CWgoBqbakQ==
From: Ioana Marinescu <ioana.marinescu@banca-lumina.eu>
To: privacy@shop.example.be
Subject: RE: Speciaal voor jouw gezin: -20% op kinderkamers
Thread-Topic: Speciaal voor jouw gezin: -20% op kinderkamers
Thread-Index: hveo5UC11IIW8fINtGCz+MekHyoeNQ==
Date: Wed, 18 Nov 2026 07:52:10 +0100
Message-ID: <DB9PR06MBC857C4421B97D594@DB9PR06MBDDAA.eurprd06.prod.outlook.com>
In-Reply-To: <promo-2026-11-kids.537f89a40bac@mailer.shop.example.be>
Accept-Language: ro-RO, en-US
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-reactions: allow
Content-Type: multipart/alternative;
	boundary="_000_zqRAvP9QtHCTcKhhMG4EkyS2Tf2491b9PBCMFC83_"
MIME-Version: 1.0

--_000_zqRAvP9QtHCTcKhhMG4EkyS2Tf2491b9PBCMFC83_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

QnVuxIMgeml1YSwKClbEgyBzY3JpdSBjYSByxINzcHVucyBsYSBhY2VzdCBlLW1haWwsIHBlbnRy
dSBjxIMgbWVzYWp1bCBzcHVuZSBjbGFyIGPEgyAic2VsZWPIm2lhIiBhIGZvc3QgZsSDY3V0xIMg
cGUgYmF6YSB1bm9yIGRhdGUgZGVzcHJlIGdvc3BvZMSDcmlhIG1lYS4gRXUgbnUgdi1hbSBzcHVz
IG5pY2lvZGF0xIMgY8SDIGFtIGNvcGlpIG1pY2ksIG5pY2kgY2UgdmVuaXQgYW0uIERpbiBjb252
ZXJzYcibaWEgY3Ugc2VydmljaXVsIGNsaWVuyJtpIHJlaWVzZSBjxIMgYcibaSBjdW1wxINyYXQg
ZGUgbGEgdW4gYnJva2VyIHVuIHByb2ZpbCBjdSAiY2F0ZWdvcmllIGRlIHbDonJzdMSDIiwgImNs
YXPEgyBkZSB2ZW5pdCIgyJlpICJ0aXAgZGUgZ29zcG9kxINyaWUiIMiZaSBsLWHIm2kgYXRhyJlh
dCBjb250dWx1aSBtZXUgZGUgY2FyZCBkZSBmaWRlbGl0YXRlLgoKTcSDIG9wdW4sIMOubiB0ZW1l
aXVsIGFydC4gMjEgR0RQUiwgcHJvZmlsxINyaWkgbWVsZSDDrm4gc2NvcCBkZSBtYXJrZXRpbmcg
yJlpIGZvbG9zaXJpaSBhY2VzdG9yIGRhdGUgY3VtcMSDcmF0ZS4gVsSDIHJvZyBzxIMgbnUgbWFp
IGZvbG9zacibaSBhY2VzdGUgYXRyaWJ1dGUgyJlpIHPEgyBudSDDrm1pIG1haSB0cmltaXRlyJtp
IG9mZXJ0ZSAicGVyc29uYWxpemF0ZSIgcGUgYmF6YSBsb3IsIG5pY2kgcHJpbiBlLW1haWwsIG5p
Y2kgcHJpbiBwb8iZdMSDLiBDYXJkdWwgZGUgZmlkZWxpdGF0ZSB2cmVhdSBzxIMgw65sIHDEg3N0
cmV6IHBlbnRydSBjdW1wxINyxIN0dXJpbGUgw65uIG1hZ2F6aW4uCgpOdW3Eg3IgY2FyZDogNjI4
MCAwNDEzIDc3NTEgOTAyNgoKTXVsyJt1bWVzYywKSW9hbmEgTWFyaW5lc2N1CgpUcmltaXMgZGlu
IE91dGxvb2sgcGVudHJ1IEFuZHJvaWQKX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fX18K
RnJvbTogU2hvcCBFeGFtcGxlIDxhYW5iaWVkaW5nZW5AbWFpbGVyLnNob3AuZXhhbXBsZS5iZT4K
U2VudDogVHVlc2RheSwgTm92ZW1iZXIgMTcsIDIwMjYgNjowMjoxMSBQTQpUbzogaW9hbmEubWFy
aW5lc2N1QGJhbmNhLWx1bWluYS5ldSA8aW9hbmEubWFyaW5lc2N1QGJhbmNhLWx1bWluYS5ldT4K
U3ViamVjdDogU3BlY2lhYWwgdm9vciBqb3V3IGdlemluOiAtMjAlIG9wIGtpbmRlcmthbWVycwoK
QmVzdGUgSW9hbmEsCgpTcGVjaWFhbCBnZXNlbGVjdGVlcmQgdm9vciBnZXppbm5lbiBtZXQgam9u
Z2Uga2luZGVyZW4gaW4gam91dyBidXVydDoKLTIwJSBvcCBkZSB2b2xsZWRpZ2Uga2luZGVya2Ft
ZXJjb2xsZWN0aWUgdG90IDMwIG5vdmVtYmVyLgoKV2Fhcm9tIGtyaWpnIGplIGRpdD8gRGV6ZSBz
ZWxlY3RpZSBpcyBnZWJhc2VlcmQgb3AgamUgYWFua29wZW4gZW4gb3AKaHVpc2hvdWRnZWdldmVu
cyB2YW4gb256ZSBwYXJ0bmVycy4gTWVlciBpbmZvIGluIG9uemUgcHJpdmFjeXZlcmtsYXJpbmcu
CgpfX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fXwpBQ0VTVCBNRVNBSiwgSU5DTFVTSVYg
T1JJQ0UgQVRByJhBTUVOVEUsIEVTVEUgQ09ORklERU7ImklBTCDImEkgUE9BVEUgQ09OyJpJTkUg
SU5GT1JNQciaSUkgUFJPVEVKQVRFIERFIFNFQ1JFVFVMIEJBTkNBUiBTQVUgUFJPRkVTSU9OQUwu
IEVsIGVzdGUgZGVzdGluYXQgZXhjbHVzaXYgcGVyc29hbmVpIHNhdSBlbnRpdMSDyJtpaSBjxINy
ZWlhIMOuaSBlc3RlIGFkcmVzYXQuIERhY8SDIG51IHN1bnRlyJtpIGRlc3RpbmF0YXJ1bCB2aXph
dCwgdsSDIHJ1Z8SDbSBzxIMgbmUgaW5mb3JtYcibaSBpbWVkaWF0IHByaW4gZS1tYWlsLCBzxIMg
yJl0ZXJnZcibaSBtZXNhanVsIMiZaSBzxIMgbnUgw65sIGNvcGlhyJtpLCB1dGlsaXphyJtpIHNh
dSBkaXZ1bGdhyJtpLiBCYW5jYSBMdW1pbmEgUy5BLiAtIFN1Y3Vyc2FsYSBCcnV4ZWxsZXMgbnUg
w67ImWkgYXN1bcSDIHLEg3NwdW5kZXJlYSBwZW50cnUgdHJhbnNtaXRlcmVhIGluY29tcGxldMSD
IHNhdSDDrm50w6JyemlhdMSDIGEgYWNlc3R1aSBtZXNhaiDImWkgbmljaSBwZW50cnUgZXZlbnR1
YWxpaSB2aXJ1yJlpLiBPcGluaWlsZSBleHByaW1hdGUgYXBhcsibaW4gZXhwZWRpdG9ydWx1aSDI
mWkgbnUgcmVwcmV6aW50xIMgbmVhcMSDcmF0IHBvemnIm2lhIGLEg25jaWkuCgpUSElTIEUtTUFJ
TCBBTkQgQU5ZIEFUVEFDSE1FTlRTIEFSRSBDT05GSURFTlRJQUwgQU5EIE1BWSBDT05UQUlOIElO
Rk9STUFUSU9OIFBST1RFQ1RFRCBCWSBCQU5LSU5HIE9SIFBST0ZFU1NJT05BTCBTRUNSRUNZLiBJ
dCBpcyBpbnRlbmRlZCBzb2xlbHkgZm9yIHRoZSBwZXJzb24gb3IgZW50aXR5IHRvIHdob20gaXQg
aXMgYWRkcmVzc2VkLiBJZiB5b3UgYXJlIG5vdCB0aGUgaW50ZW5kZWQgcmVjaXBpZW50LCBwbGVh
c2Ugbm90aWZ5IHRoZSBzZW5kZXIgaW1tZWRpYXRlbHkgYnkgZS1tYWlsLCBkZWxldGUgdGhpcyBt
ZXNzYWdlIGFuZCBkbyBub3QgY29weSwgdXNlIG9yIGRpc2Nsb3NlIGl0LiBCYW5jYSBMdW1pbmEg
Uy5BLiAtIEJydXNzZWxzIEJyYW5jaCBhY2NlcHRzIG5vIGxpYWJpbGl0eSBmb3IgaW5jb21wbGV0
ZSBvciBkZWxheWVkIHRyYW5zbWlzc2lvbiBvZiB0aGlzIG1lc3NhZ2Ugb3IgZm9yIGFueSB2aXJ1
c2VzLiBWaWV3cyBleHByZXNzZWQgYXJlIHRob3NlIG9mIHRoZSBzZW5kZXIgYW5kIGRvIG5vdCBu
ZWNlc3NhcmlseSByZWZsZWN0IHRob3NlIG9mIHRoZSBiYW5rLiBCYW5jYSBMdW1pbmEgUy5BLiwg
QXZlbnVlIExvdWlzZSAyMzEsIDEwNTAgQnJ1eGVsbGVzLCBSUE0gQnJ1eGVsbGVzIDA3NjYuNTUy
LjAxMy4K

--_000_zqRAvP9QtHCTcKhhMG4EkyS2Tf2491b9PBCMFC83_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48ZGl2IGRpcj0iYXV0byI+QnVuxIMg
eml1YSw8YnI+Cjxicj4KVsSDIHNjcml1IGNhIHLEg3NwdW5zIGxhIGFjZXN0IGUtbWFpbCwgcGVu
dHJ1IGPEgyBtZXNhanVsIHNwdW5lIGNsYXIgY8SDICJzZWxlY8ibaWEiIGEgZm9zdCBmxINjdXTE
gyBwZSBiYXphIHVub3IgZGF0ZSBkZXNwcmUgZ29zcG9kxINyaWEgbWVhLiBFdSBudSB2LWFtIHNw
dXMgbmljaW9kYXTEgyBjxIMgYW0gY29waWkgbWljaSwgbmljaSBjZSB2ZW5pdCBhbS4gRGluIGNv
bnZlcnNhyJtpYSBjdSBzZXJ2aWNpdWwgY2xpZW7Im2kgcmVpZXNlIGPEgyBhyJtpIGN1bXDEg3Jh
dCBkZSBsYSB1biBicm9rZXIgdW4gcHJvZmlsIGN1ICJjYXRlZ29yaWUgZGUgdsOicnN0xIMiLCAi
Y2xhc8SDIGRlIHZlbml0IiDImWkgInRpcCBkZSBnb3Nwb2TEg3JpZSIgyJlpIGwtYcibaSBhdGHI
mWF0IGNvbnR1bHVpIG1ldSBkZSBjYXJkIGRlIGZpZGVsaXRhdGUuPGJyPgo8YnI+Ck3EgyBvcHVu
LCDDrm4gdGVtZWl1bCBhcnQuIDIxIEdEUFIsIHByb2ZpbMSDcmlpIG1lbGUgw65uIHNjb3AgZGUg
bWFya2V0aW5nIMiZaSBmb2xvc2lyaWkgYWNlc3RvciBkYXRlIGN1bXDEg3JhdGUuIFbEgyByb2cg
c8SDIG51IG1haSBmb2xvc2nIm2kgYWNlc3RlIGF0cmlidXRlIMiZaSBzxIMgbnUgw65taSBtYWkg
dHJpbWl0ZcibaSBvZmVydGUgInBlcnNvbmFsaXphdGUiIHBlIGJhemEgbG9yLCBuaWNpIHByaW4g
ZS1tYWlsLCBuaWNpIHByaW4gcG/ImXTEgy4gQ2FyZHVsIGRlIGZpZGVsaXRhdGUgdnJlYXUgc8SD
IMOubCBwxINzdHJleiBwZW50cnUgY3VtcMSDcsSDdHVyaWxlIMOubiBtYWdhemluLjxicj4KPGJy
PgpOdW3Eg3IgY2FyZDogNjI4MCAwNDEzIDc3NTEgOTAyNjxicj4KPGJyPgpNdWzIm3VtZXNjLDxi
cj4KSW9hbmEgTWFyaW5lc2N1PGJyPgo8YnI+ClRyaW1pcyBkaW4gT3V0bG9vayBwZW50cnUgQW5k
cm9pZDxicj4KX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fX188YnI+CkZyb206IFNob3Ag
RXhhbXBsZSAmbHQ7YWFuYmllZGluZ2VuQG1haWxlci5zaG9wLmV4YW1wbGUuYmUmZ3Q7PGJyPgpT
ZW50OiBUdWVzZGF5LCBOb3ZlbWJlciAxNywgMjAyNiA2OjAyOjExIFBNPGJyPgpUbzogaW9hbmEu
bWFyaW5lc2N1QGJhbmNhLWx1bWluYS5ldSAmbHQ7aW9hbmEubWFyaW5lc2N1QGJhbmNhLWx1bWlu
YS5ldSZndDs8YnI+ClN1YmplY3Q6IFNwZWNpYWFsIHZvb3Igam91dyBnZXppbjogLTIwJSBvcCBr
aW5kZXJrYW1lcnM8YnI+Cjxicj4KQmVzdGUgSW9hbmEsPGJyPgo8YnI+ClNwZWNpYWFsIGdlc2Vs
ZWN0ZWVyZCB2b29yIGdlemlubmVuIG1ldCBqb25nZSBraW5kZXJlbiBpbiBqb3V3IGJ1dXJ0Ojxi
cj4KLTIwJSBvcCBkZSB2b2xsZWRpZ2Uga2luZGVya2FtZXJjb2xsZWN0aWUgdG90IDMwIG5vdmVt
YmVyLjxicj4KPGJyPgpXYWFyb20ga3JpamcgamUgZGl0PyBEZXplIHNlbGVjdGllIGlzIGdlYmFz
ZWVyZCBvcCBqZSBhYW5rb3BlbiBlbiBvcDxicj4KaHVpc2hvdWRnZWdldmVucyB2YW4gb256ZSBw
YXJ0bmVycy4gTWVlciBpbmZvIGluIG9uemUgcHJpdmFjeXZlcmtsYXJpbmcuPGJyPgo8YnI+Cl9f
X19fX19fX19fX19fX19fX19fX19fX19fX19fX19fPGJyPgpBQ0VTVCBNRVNBSiwgSU5DTFVTSVYg
T1JJQ0UgQVRByJhBTUVOVEUsIEVTVEUgQ09ORklERU7ImklBTCDImEkgUE9BVEUgQ09OyJpJTkUg
SU5GT1JNQciaSUkgUFJPVEVKQVRFIERFIFNFQ1JFVFVMIEJBTkNBUiBTQVUgUFJPRkVTSU9OQUwu
IEVsIGVzdGUgZGVzdGluYXQgZXhjbHVzaXYgcGVyc29hbmVpIHNhdSBlbnRpdMSDyJtpaSBjxINy
ZWlhIMOuaSBlc3RlIGFkcmVzYXQuIERhY8SDIG51IHN1bnRlyJtpIGRlc3RpbmF0YXJ1bCB2aXph
dCwgdsSDIHJ1Z8SDbSBzxIMgbmUgaW5mb3JtYcibaSBpbWVkaWF0IHByaW4gZS1tYWlsLCBzxIMg
yJl0ZXJnZcibaSBtZXNhanVsIMiZaSBzxIMgbnUgw65sIGNvcGlhyJtpLCB1dGlsaXphyJtpIHNh
dSBkaXZ1bGdhyJtpLiBCYW5jYSBMdW1pbmEgUy5BLiAtIFN1Y3Vyc2FsYSBCcnV4ZWxsZXMgbnUg
w67ImWkgYXN1bcSDIHLEg3NwdW5kZXJlYSBwZW50cnUgdHJhbnNtaXRlcmVhIGluY29tcGxldMSD
IHNhdSDDrm50w6JyemlhdMSDIGEgYWNlc3R1aSBtZXNhaiDImWkgbmljaSBwZW50cnUgZXZlbnR1
YWxpaSB2aXJ1yJlpLiBPcGluaWlsZSBleHByaW1hdGUgYXBhcsibaW4gZXhwZWRpdG9ydWx1aSDI
mWkgbnUgcmVwcmV6aW50xIMgbmVhcMSDcmF0IHBvemnIm2lhIGLEg25jaWkuPGJyPgo8YnI+ClRI
SVMgRS1NQUlMIEFORCBBTlkgQVRUQUNITUVOVFMgQVJFIENPTkZJREVOVElBTCBBTkQgTUFZIENP
TlRBSU4gSU5GT1JNQVRJT04gUFJPVEVDVEVEIEJZIEJBTktJTkcgT1IgUFJPRkVTU0lPTkFMIFNF
Q1JFQ1kuIEl0IGlzIGludGVuZGVkIHNvbGVseSBmb3IgdGhlIHBlcnNvbiBvciBlbnRpdHkgdG8g
d2hvbSBpdCBpcyBhZGRyZXNzZWQuIElmIHlvdSBhcmUgbm90IHRoZSBpbnRlbmRlZCByZWNpcGll
bnQsIHBsZWFzZSBub3RpZnkgdGhlIHNlbmRlciBpbW1lZGlhdGVseSBieSBlLW1haWwsIGRlbGV0
ZSB0aGlzIG1lc3NhZ2UgYW5kIGRvIG5vdCBjb3B5LCB1c2Ugb3IgZGlzY2xvc2UgaXQuIEJhbmNh
IEx1bWluYSBTLkEuIC0gQnJ1c3NlbHMgQnJhbmNoIGFjY2VwdHMgbm8gbGlhYmlsaXR5IGZvciBp
bmNvbXBsZXRlIG9yIGRlbGF5ZWQgdHJhbnNtaXNzaW9uIG9mIHRoaXMgbWVzc2FnZSBvciBmb3Ig
YW55IHZpcnVzZXMuIFZpZXdzIGV4cHJlc3NlZCBhcmUgdGhvc2Ugb2YgdGhlIHNlbmRlciBhbmQg
ZG8gbm90IG5lY2Vzc2FyaWx5IHJlZmxlY3QgdGhvc2Ugb2YgdGhlIGJhbmsuIEJhbmNhIEx1bWlu
YSBTLkEuLCBBdmVudWUgTG91aXNlIDIzMSwgMTA1MCBCcnV4ZWxsZXMsIFJQTSBCcnV4ZWxsZXMg
MDc2Ni41NTIuMDEzLjxicj4KPC9kaXY+PC9ib2R5PjwvaHRtbD4K

--_000_zqRAvP9QtHCTcKhhMG4EkyS2Tf2491b9PBCMFC83_--
'''),
    ('el', 'lookalike-list-export-ready', 'automated', (),
'''Return-Path: <bounces+4812733-bf00-privacy=shop.example.be@em7731.audiencehellas.gr>
Received: from o3.ptr5528.audiencehellas.gr (o3.ptr5528.audiencehellas.gr [149.72.143.18])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4nN1pHtDZbngXL
        for <privacy@shop.example.be>; Thu, 15 Oct 2026 11:30:45 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=audiencehellas.gr; s=s1;
        t=1792056644; h=content-transfer-encoding:content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to;
        bh=FnoevP9izndZ1YUlht7UPQYZKrvKs3XRLii2GCD0AYs=;
        b=wSTJZLtMjpMfArDM0j52NMmdM6x1moHfzUaEYChdtl0uQ1Hqq+VfI8L9D/1jrQX2xb05lk
         qZeBWilarD0l4EZurh1/p8dn8uDBr9JH+QxmFul/4QXlCpIfw/SSPe7BWAZ+HG62lSwbRR
         VuJvcuUBRofUHA8lX4aPZz6nXvyorsiWoBh4ytNpFYpmkZBVwMjMIkCkse+bF8MM078n3j
         qhZLUarJlU3lC7/09YJHaTybxWGGB97ZvctvFchdPnb3H3ty0rNgwIS3aGjuccESV2gtYP
         aZUc7VaEAeMadqWtzadLiiMVPfG73d7yHManak2w/3Ol7dVBkb/b7e2OLWNF2g==
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sendgrid.info; s=smtpapi;
        t=1792056644; h=content-transfer-encoding:content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to;
        bh=0Q6KXjk5T/zoA3dSA7uQ9iNW57ef1b8jeC69cQ+Gmkw=;
        b=+X9Z0kvd3KHBE6VHa1UEQBHT8khOKTFk3cK8Jm3x3pjnMrvdl9mPT8OWzyqry5iFTnfO0w
         hzCNqlQssstKuPT8i5IW/waiuz+NjJ8++xhx6b0U6l8cqqnRb69UudYtwckmcATz0FmRCK
         MgUQEHEZuFEVN0tYP6OZH+B7AfjMzE+mtne2N6bD07eOPQ4+kfnpFtUQA+tM/gEJ+sFtWi
         KnB0TNlFThCGys7ifNRs/u41rB8Pi/UpMzgdEKtm1nwMkvCE0keubA6WpBwv2cWQy30XsW
         ta8YV9Q83Hwhil6Y8Tg5C06OwCt0cedHdh1DNC6Dxgln4Mwfq+3udyXD2kJSAw==
Received: by filterdrecv-6c4d8b9f8-7w2jx with SMTP id filterdrecv-6c4d8b9f8-7w2jx-1-6A0E3B1C-2F
        Thu, 15 Oct 2026 12:30:44 +0300
Received: from app-worker-03 (unknown)
	by geopod-ismtpd-12 (SG) with HTTP
	id 9xQw3PZeTf-yv0k2mHc1Ag
	Thu, 15 Oct 2026 12:30:44 +0300
Content-Type: multipart/alternative; boundary=d7556190682a7852182b11eec53a88c6bc2bb5967e44249fa32ad46c7d2a
Date: Thu, 15 Oct 2026 12:30:44 +0300
From: AudienceHellas <no-reply@audiencehellas.gr>
Mime-Version: 1.0
Message-ID: <9xQw3PZeTf-yv0k2mHc1Ag@geopod-ismtpd-12>
Subject: =?utf-8?b?zpcgzrvOr8+Dz4TOsSBsb29rYWxpa2UgwqtTaG9wIEV4YW1wbGUg?=
 =?utf-8?b?LSDOn865zrrOv86zzq3Ovc61zrnOtc+CIDMwLTQ1wrsgzrXOr869zrHOuSA=?=
 =?utf-8?b?zq3PhM6/zrnOvM63IM6zzrnOsSDOtc6+zrHOs8+JzrPOrg==?=
X-Feedback-ID: 4812733:SG
X-SG-EID: u001.40v8ddzXbHdYc74ZwP5AsSsbTSWyQwCpH5Z8j4HLpJwZmWK73YFL7kCRw35J
X-SG-ID: u001.SdBcvi+Evd/bQef8eZF3BtCTOTqFMgyw9gJDgQzLq06bTqvkwj5c5Em2021yyq
To: privacy@shop.example.be
X-Entity-ID: u001.WATWjbc550pJZ4kp1Lp308==

--d7556190682a7852182b11eec53a88c6bc2bb5967e44249fa32ad46c7d2a
Content-Transfer-Encoding: base64
Content-Type: text/plain; charset=utf-8
Mime-Version: 1.0

zpHPhc+Ez4wgzrXOr869zrHOuSDOrc69zrEgzrHPhc+Ez4zOvM6xz4TOvyDOvM6uzr3Phc68zrEg
z4TOt8+CIM+AzrvOsc+Ez4bPjM+BzrzOsc+CIEF1ZGllbmNlSGVsbGFzLgoKzpcgzrvOr8+Dz4TO
sSBsb29rYWxpa2UgwqtTaG9wIEV4YW1wbGUgLSDOn865zrrOv86zzq3Ovc61zrnOtc+CIDMwLTQ1
IChCRSnCuyDOtc6vzr3Osc65IM6tz4TOv865zrzOty4KCs6Rz4HPh861zq/OvyDOsc69zrHPhs6/
z4HOrM+CIChzZWVkKTogNC4yMDAgzrXOs86zz4HOsc+Gzq3PgiDPgM61zrvOsc+Ez47OvSDPg86x
z4IgKM66z4HPhc+Az4TOv86zz4HOsc+GzrfOvM6tzr3OsSBlbWFpbCDOus6xzrkgz4TOsc+Hz4XO
tM+Bzr/OvM65zrrOv86vIM66z47OtM65zrrOtc+CKQrOnM6tzrPOtc64zr/PgiDOu86vz4PPhM6x
z4I6IDYxLjMwMCDOvc6/zrnOus6/zrrPhc+BzrnOrArOlc68z4DOu86/z4XPhM65z4POvM+Mz4I6
IM63zrvOuc66zrnOsc66zq4gzrrOsc+EzrfOs86/z4HOr86xLCDOtc65z4POv860zrfOvM6xz4TO
uc66zq4gz4TOrM6+zrcsIM+Ez43PgM6/z4Igzr3Ov865zrrOv866z4XPgc65zr/PjQrOkc+Azr/O
us67zrXOuc+DzrzOv86vOiDOvM63z4TPgc+Ozr8gUm9iaW5zb24sIM68zrfPhM+Bz47OvyDCq86c
zrcgzrzOtSDOus6xzrvOtc6vz4TOtcK7LCDOrM+Bzr3Ot8+Dzrcgz4PPhc6zzrrOsc+EzqzOuM61
z4POt8+CLCDPhc+GzrnPg8+EzqzOvM61zr3Ov865IM+AzrXOu86sz4TOtc+CIM+DzrHPggoKzpcg
zrXOvs6xzrPPic6zzq4gKENTViwgzrrPgc+Fz4DPhM6/zrPPgc6xz4bOt868zq3Ovc6/IM6xz4HP
h861zq/OvyBaSVApIM64zrEgzrXOr869zrHOuSDOtM65zrHOuM6tz4POuc68zrcgzrPOuc6xIM67
zq7PiM63IM6zzrnOsSA3MiDPjs+BzrXPgjoKaHR0cHM6Ly9hcHAuYXVkaWVuY2VoZWxsYXMuZ3Iv
ZXhwb3J0cy9say04ODIzMQoKzqPPjc68z4bPic69zrEgzrzOtSDPhM63IM6jz43OvM6yzrHPg863
IM6Vz4DOtc6+zrXPgc6zzrHPg86vzrHPgiDOlM61zrTOv868zq3Ovc+Jzr0sIM+EzrEgz4DPgc6/
z4PPic+AzrnOus6sIM60zrXOtM6/zrzOrc69zrEgz4TOv8+FIM6xz4HPh861zq/Ov8+FIM6xzr3O
sc+Gzr/Pgc6sz4IgzrTOuc6xzrPPgc6sz4bOv869z4TOsc65IM6xz4XPhM+MzrzOsc+EzrEgzrzO
tc+Ezqwgz4TOt869IM6xzr3PhM65z4PPhM6/zq/Ph865z4POty4gzpcgz4fPgc6uz4POtyDPhM63
z4IgzrvOr8+Dz4TOsc+CIM61z4DOuc+Ez4HOrc+AzrXPhM6xzrkgzrzPjM69zr8gzrPOuc6xIM68
zq/OsSAoMSkgz4TOsc+Hz4XOtM+Bzr/OvM65zrrOriDOsc+Azr/Pg8+Ezr/Ou86uIM6tz4nPgiAz
MS8xMi8yMDI2LgoKzpzOt869IM6xz4DOsc69z4TOrM+EzrUgz4POtSDOsc+Fz4TPjCDPhM6/IM68
zq7Ovc+FzrzOsS4gzpPOuc6xIM64zq3OvM6xz4TOsSDOsc+Azr/Pgc+Bzq7PhM6/z4U6IHByaXZh
Y3lAYXVkaWVuY2VoZWxsYXMuZ3IKCkF1ZGllbmNlSGVsbGFzIM6RLs6VLiB8IM6bzrXPic+GLiDO
ms63z4bOuc+Dzq/Osc+CIDEyNCwgMTE1IDI2IM6RzrjOrs69zrEK

--d7556190682a7852182b11eec53a88c6bc2bb5967e44249fa32ad46c7d2a
Content-Transfer-Encoding: base64
Content-Type: text/html; charset=utf-8
Mime-Version: 1.0

PCFkb2N0eXBlIGh0bWw+PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0idXRmLTgiPjx0aXRsZT5B
dWRpZW5jZUhlbGxhczwvdGl0bGU+PC9oZWFkPgo8Ym9keSBzdHlsZT0ibWFyZ2luOjA7YmFja2dy
b3VuZDojZjRmNmY4Ij48dGFibGUgd2lkdGg9IjEwMCUiIGNlbGxwYWRkaW5nPSIwIiBjZWxsc3Bh
Y2luZz0iMCI+PHRyPjx0ZCBhbGlnbj0iY2VudGVyIj4KPHRhYmxlIHdpZHRoPSI2MDAiIGNlbGxw
YWRkaW5nPSIyNCIgc3R5bGU9ImJhY2tncm91bmQ6I2ZmZmZmZjtmb250LWZhbWlseTpBcmlhbCxz
YW5zLXNlcmlmO2ZvbnQtc2l6ZToxNHB4O2NvbG9yOiMyMjIiPgo8dHI+PHRkPgo8cCBzdHlsZT0i
Zm9udC1zaXplOjEycHg7Y29sb3I6Izg4OCI+zpHPhc+Ez4wgzrXOr869zrHOuSDOrc69zrEgzrHP
hc+Ez4zOvM6xz4TOvyDOvM6uzr3Phc68zrEgz4TOt8+CIM+AzrvOsc+Ez4bPjM+BzrzOsc+CIEF1
ZGllbmNlSGVsbGFzLjwvcD4KPGgyIHN0eWxlPSJmb250LXNpemU6MjBweCI+zpcgzrvOr8+Dz4TO
sSBsb29rYWxpa2UgzrXOr869zrHOuSDOrc+Ezr/Ouc68zrc8L2gyPgo8cD48Yj5TaG9wIEV4YW1w
bGUgLSDOn865zrrOv86zzq3Ovc61zrnOtc+CIDMwLTQ1IChCRSk8L2I+PC9wPgo8dWw+CjxsaT7O
kc+Bz4fOtc6vzr8gzrHOvc6xz4bOv8+BzqzPgiAoc2VlZCk6IDQuMjAwIM61zrPOs8+BzrHPhs6t
z4Igz4DOtc67zrHPhM+Ozr0gz4POsc+CPC9saT4KPGxpPs6czq3Os861zrjOv8+CIM67zq/Pg8+E
zrHPgjogNjEuMzAwIM69zr/Ouc66zr/Ous+Fz4HOuc6sPC9saT4KPGxpPs6VzrzPgM67zr/Phc+E
zrnPg868z4zPgjogzrfOu865zrrOuc6xzrrOriDOus6xz4TOt86zzr/Pgc6vzrEsIM61zrnPg86/
zrTOt868zrHPhM65zrrOriDPhM6szr7Otywgz4TPjc+Azr/PgiDOvc6/zrnOus6/zrrPhc+BzrnO
v8+NPC9saT4KPGxpPs6Rz4DOv866zrvOtc65z4POvM6/zq86IM68zrfPhM+Bz47OvyBSb2JpbnNv
biwgzrzOt8+Ez4HPjs6/IMKrzpzOtyDOvM61IM66zrHOu861zq/PhM61wrssIM6sz4HOvc63z4PO
tyDPg8+FzrPOus6xz4TOrM64zrXPg863z4IsIM+Fz4bOuc+Dz4TOrM68zrXOvc6/zrkgz4DOtc67
zqzPhM61z4Igz4POsc+CPC9saT4KPC91bD4KPHA+PGEgaHJlZj0iaHR0cHM6Ly9hcHAuYXVkaWVu
Y2VoZWxsYXMuZ3IvZXhwb3J0cy9say04ODIzMSIgc3R5bGU9ImJhY2tncm91bmQ6IzAwNTdiODtj
b2xvcjojZmZmO3BhZGRpbmc6MTBweCAxOHB4O3RleHQtZGVjb3JhdGlvbjpub25lO2JvcmRlci1y
YWRpdXM6NHB4Ij7Om86uz4jOtyDOtc6+zrHOs8+JzrPOrs+CICg3MiDPjs+BzrXPgik8L2E+PC9w
Pgo8cCBzdHlsZT0iZm9udC1zaXplOjEycHg7Y29sb3I6IzY2NiI+zqPPjc68z4bPic69zrEgzrzO
tSDPhM63IM6jz43OvM6yzrHPg863IM6Vz4DOtc6+zrXPgc6zzrHPg86vzrHPgiDOlM61zrTOv868
zq3Ovc+Jzr0sIM+EzrEgz4DPgc6/z4PPic+AzrnOus6sIM60zrXOtM6/zrzOrc69zrEgz4TOv8+F
IM6xz4HPh861zq/Ov8+FIM6xzr3Osc+Gzr/Pgc6sz4IgzrTOuc6xzrPPgc6sz4bOv869z4TOsc65
IM6xz4XPhM+MzrzOsc+EzrEgzrzOtc+Ezqwgz4TOt869IM6xzr3PhM65z4PPhM6/zq/Ph865z4PO
ty48L3A+CjxwIHN0eWxlPSJmb250LXNpemU6MTFweDtjb2xvcjojOTk5Ij5BdWRpZW5jZUhlbGxh
cyDOkS7OlS4gfCDOm861z4nPhi4gzprOt8+GzrnPg86vzrHPgiAxMjQsIDExNSAyNiDOkc64zq7O
vc6xIHwgPGEgaHJlZj0iaHR0cHM6Ly9hcHAuYXVkaWVuY2VoZWxsYXMuZ3Ivc2V0dGluZ3Mvbm90
aWZpY2F0aW9ucyI+zqHPhc64zrzOr8+DzrXOuc+CIM61zrnOtM6/z4DOv865zq7Pg861z4nOvTwv
YT48L3A+CjwvdGQ+PC90cj48L3RhYmxlPjwvdGQ+PC90cj48L3RhYmxlPgo8aW1nIHNyYz0iaHR0
cHM6Ly91NDgxMjczMy5jdC5zZW5kZ3JpZC5uZXQvd2Yvb3Blbj91cG49NjVQWktqZDlMeU5ScU1Z
QkdrQkRtTGMzZGJtOXpTNEdnaGNHSEszSiIgYWx0PSIiIHdpZHRoPSIxIiBoZWlnaHQ9IjEiIGJv
cmRlcj0iMCIgc3R5bGU9ImhlaWdodDoxcHggIWltcG9ydGFudDt3aWR0aDoxcHggIWltcG9ydGFu
dCI+CjwvYm9keT48L2h0bWw+Cg==

--d7556190682a7852182b11eec53a88c6bc2bb5967e44249fa32ad46c7d2a--
'''),
    ('el', 'sendmail-bounce-publisher-user-unknown', 'automated', (),
'''Return-Path: <>
Received: from mail.ekdoseis-aigaio.gr (mail.ekdoseis-aigaio.gr [194.219.188.40])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4zfTQMQRyp17Zz
        for <privacy@shop.example.be>; Thu, 05 Nov 2026 09:14:04 +0100 (CET)
Received: from localhost (localhost)
	by mail.ekdoseis-aigaio.gr (8.15.2/8.15.2) id 4A5ETMqK012345;
	Thu, 05 Nov 2026 10:14:03 +0200
Date: Thu, 05 Nov 2026 10:14:03 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.ekdoseis-aigaio.gr>
Message-Id: <202611051014.4A5ETMqK012345@mail.ekdoseis-aigaio.gr>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4A5ETMqK012345.1762330443/mail.ekdoseis-aigaio.gr"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--4A5ETMqK012345.1762330443/mail.ekdoseis-aigaio.gr

The original message was received at Thu, 05 Nov 2026 10:14:03 +0200
from mailout1.shop.example.be [203.0.113.26]

   ----- The following addresses had permanent fatal errors -----
<syndromites@ekdoseis-aigaio.gr>
    (reason: 550 5.1.1 <syndromites@ekdoseis-aigaio.gr>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailhost.ekdoseis-aigaio.gr.:
>>> DATA
<<< 550 5.1.1 <syndromites@ekdoseis-aigaio.gr>... User unknown
550 5.1.1 <syndromites@ekdoseis-aigaio.gr>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

--4A5ETMqK012345.1762330443/mail.ekdoseis-aigaio.gr
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ekdoseis-aigaio.gr
Received-From-MTA: DNS; mailout1.shop.example.be
Arrival-Date: Thu, 05 Nov 2026 10:14:03 +0200

Final-Recipient: RFC822; syndromites@ekdoseis-aigaio.gr
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailhost.ekdoseis-aigaio.gr
Diagnostic-Code: SMTP; 550 5.1.1 <syndromites@ekdoseis-aigaio.gr>... User unknown
Last-Attempt-Date: Thu, 05 Nov 2026 10:14:03 +0200

--4A5ETMqK012345.1762330443/mail.ekdoseis-aigaio.gr
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mailout1.shop.example.be (mailout1.shop.example.be [203.0.113.26])
	by mail.ekdoseis-aigaio.gr (8.15.2/8.15.2) with ESMTPS id 4A5ETMqK012345
	(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NO)
	for <syndromites@ekdoseis-aigaio.gr>; Thu, 05 Nov 2026 10:14:03 +0200
From: Shop Example BV - Privacy Team <privacy@shop.example.be>
To: syndromites@ekdoseis-aigaio.gr
Subject: Partner insert in your October subscriber mailing - request for information
Date: Thu, 05 Nov 2026 09:14:01 +0100
Message-ID: <5ccc4d35de23.7d33efb8@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

--4A5ETMqK012345.1762330443/mail.ekdoseis-aigaio.gr--
'''),
    ('el', 'outlook-ooo-publisher-partnerships', 'automated', (),
'''Return-Path: <n.papadopoulos@ekdoseis-aigaio.gr>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2073.outbound.protection.outlook.com [40.107.247.73])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KqP15nDmr4MYP
        for <privacy@shop.example.be>; Thu, 05 Nov 2026 09:31:13 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=ekdoseis-aigaio.gr; s=selector1;
        t=1793867472; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
        bh=BDJKb1n3PywAj6WumZ9OKyWkPL77zuxZGA3ByN8QWSQ=;
        b=EKfhNbZRNq51HSXfzLxoo7nc6HvvQ4DxlTFvN++h5jH9uQsJc7iLnI57KNqWVBEXQZWf82
         TXzzUlqXIcs/B8tbvNluWEL5uKCVFYuXrIJgk5FxvGKXpjXnPfWsGjj7Bondrd6ZuSBQIn
         5BfX80I6VElIOfBK1LILI0h1XOY4I6eGfJ4CRAzz18zTDJ6aM1Nyiw7KZA/yKZueV/JD8u
         iIbegQeQsdrijuxM8qbej1XZI0wf6frMIHY0v3tQkjzfkzUVAM04DFx/CoQ/AnAnE719FR
         HQgRZcHNqMe3hl8hLVDuCAYmStMONLvR4YzdvampR5nqsiH2NIvrOlTYDBVRMw==
From: =?utf-8?b?zp3Or866zr/PgiDOoM6xz4DOsc60z4zPgM6/z4XOu86/z4I=?= <n.papadopoulos@ekdoseis-aigaio.gr>
To: Shop Example BV - Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?b?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiDOlc+B?=
 =?utf-8?b?z47PhM63z4POtyDOs865zrEgz4TOvyDOrc69zrjOtc+Ezr8gz4bPhc67zrs=?=
 =?utf-8?b?zqzOtM65zr8gz4PPhM63zr0gz4TOsc+Hz4XOtM+Bzr/OvM65zrrOriDOsc+A?=
 =?utf-8?b?zr/Pg8+Ezr/Ou86uIM6fzrrPhM+JzrLPgc6vzr/PhSDPgM+Bzr/PgiDPg8+F?=
 =?utf-8?b?zr3OtM+Bzr/OvM63z4TOrc+C?=
Thread-Topic: =?utf-8?b?zpXPgc+Oz4TOt8+DzrcgzrPOuc6xIM+Ezr8gzq3Ovc64zrU=?=
 =?utf-8?b?z4TOvyDPhs+FzrvOu86szrTOuc6/IM+Dz4TOt869IM+EzrHPh8+FzrTPgc6/?=
 =?utf-8?b?zrzOuc66zq4gzrHPgM6/z4PPhM6/zrvOriDOn866z4TPic6yz4HOr86/z4Ug?=
 =?utf-8?b?z4DPgc6/z4Igz4PPhc69zrTPgc6/zrzOt8+Ezq3Pgg==?=
Thread-Index: g0I05zX7lgf8ifVE1J8OUpSt/29FAg==
Date: Thu, 05 Nov 2026 10:31:12 +0200
Message-ID: <8f2b45f90c41f340@AM9PR08MB6721.eurprd08.prod.outlook.com>
In-Reply-To: <768a90ae9b5f.6aecf703@shop.example.be>
References: <768a90ae9b5f.6aecf703@shop.example.be>
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
x-ms-exchange-parent-message-id: <768a90ae9b5f.6aecf703@shop.example.be>
x-ms-exchange-generated-message-source: Mailbox Rules Agent
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs6jzrHPgiDOtc+Fz4fOsc+BzrnPg8+Ez44gzrPO
uc6xIM+Ezr8gzrzOrs69z4XOvM6sIM+DzrHPgi4gzpjOsSDOu861zq/PgM+JIM6xz4DPjCDPhM6/
IM6zz4HOsc+GzrXOr86/IM6tz4nPgiDOus6xzrkgz4TOuc+CIDE2LzExLzIwMjYgz4fPic+Bzq/P
giDPgM+Bz4zPg86yzrHPg863IM+Dz4TOvyDOt867zrXOus+Ez4HOv869zrnOus+MIM+EzrHPh8+F
zrTPgc6/zrzOtc6vzr8uCgrOk865zrEgzrjOrc68zrHPhM6xIM+Dz4XOvc60z4HOv868z47OvSwg
zq3Ovc64zrXPhM+Jzr0gzrrOsc65IM60zrnOsc+GzrfOvM65z4PPhM65zrrPjs69IM+Dz4XOvc61
z4HOs86xz4POuc+Ozr0gz4DOsc+BzrHOus6xzrvPjiDOtc+AzrnOus6/zrnOvc+Jzr3Ors+Dz4TO
tSDOvM61IM+Ezr8gz4TOvM6uzrzOsSDPg8+Fzr3OtM+Bzr/OvM63z4TPjs69IM+Dz4TOvyAyMTAg
MzQ1NiA3ODkuCs6TzrnOsSDOuM6tzrzOsc+EzrEgz4DPgc6/z4PPhM6xz4POr86xz4Igz4DPgc6/
z4PPic+AzrnOus+Ozr0gzrTOtc60zr/OvM6tzr3Pic69IChHRFBSKSDPgM6xz4HOsc66zrHOu8+O
IM6zz4HOrM+Iz4TOtSDPg8+Ezr/OvSDOpc+AzrXPjc64z4XOvc6/IM6gz4HOv8+Dz4TOsc+Dzq/O
sc+CIM6UzrXOtM6/zrzOrc69z4nOvTogZHBvQGVrZG9zZWlzLWFpZ2Fpby5nci4KCs6czrUgzrXO
us+Ezq/OvM63z4POtywKzp3Or866zr/PgiDOoM6xz4DOsc60z4zPgM6/z4XOu86/z4IKzqXPgM61
z43OuM+Fzr3Ov8+CIM6jz4XOvc61z4HOs86xz4POuc+Ozr0gfCDOlc66zrTPjM+DzrXOuc+CIM6R
zrnOs86xzq/OvyDOkS7OlS4K
'''),
    ('el', 'person-deceased-father-catalogue-from-iphone', 'deletion', (),
'''Return-Path: <d.georgiou1951@gmail.com>
Received: from mail-ed1-f49.google.com (mail-ed1-f49.google.com [209.85.208.49])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZFZx61PEg6bzP
        for <privacy@shop.example.be>; Fri, 20 Nov 2026 20:03:41 +0100 (CET)
Received: by mail-ed1-f49.google.com with SMTP id 4fb4d7f45d1cf-5c974c2b8f5so1210443a12.1
        for <privacy@shop.example.be>; Fri, 20 Nov 2026 11:03:41 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601;
        t=1795201421; h=to:date:message-id:subject:mime-version:from:content-transfer-encoding:from:to:cc:subject:date:message-id:reply-to;
        bh=mkkSd+XsOaQ6M7QblXCGquKQWe0m3/Z1fSt5K/5q5RE=;
        b=xwD+1gXt4kBs54kKAuKoWO4lUbCauWcJ6Zj7B1q2w+vBpCTNWZogbSd6NfjuRGebu8Eqem
         qnvGk5JXinjrlxFex5SMMkqNhtyyI8tkhlNTe8ZGphpHA/iW4WBKuWKK8QjDJwZfeLjsFo
         U94mAhAZF1NHEvufkMf/WktmHNT+FmbrCnthPUbFEZ+djkN0fKAOzJwNJLVCAoDDvkv+Cy
         Q6rzcEfOvn+xrj61FT4wNoCKJqyyhx+81aH5DJIQsHTSSX7IGb1E8c5C1jFoTebYcknXjm
         kKfBNI4IdsYcgAt/XXrBFYGCQr/U7sFQKY2ITc3lLFL0Ypk2tKNXnRvwWVQzPQ==
X-Gm-Message-State: AOJu0YXPq1Nn81zxErmvCEfTZvdYSbkhwwm4rGP7QwBpyFMw2GbxhEzQ1mYKp4DExn
X-Google-Smtp-Source: AGHT+IQxMHrX4n8yHRYWvYNns68fVQZ93cqT0tqbMzsgZt9grgs1rbdE66zrTbwsL7YzNvw6m5cL
Received: from smtpclient.apple ([2a02:a03f:6b2e:1d00:8d3c:2f1a:9e44:71b0])
        by smtp.gmail.com with ESMTPSA id 4fb4d7f45d1cf-5c9b7a3e1d2sm1187433a12.41.2026.11.20.11.03.40
        for <privacy@shop.example.be>
        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);
        Fri, 20 Nov 2026 11:03:41 -0800 (PST)
From: =?utf-8?b?zpXOu86tzr3OtyDOk861z4nPgc6zzq/Ov8+F?= <d.georgiou1951@gmail.com>
Content-Type: multipart/alternative; boundary=Apple-Mail-C91DC89B-34BC-8A37-85F2-270D7828E99A
Content-Transfer-Encoding: 7bit
Mime-Version: 1.0 (1.0)
Subject: Re: Je persoonlijke catalogus Winter 2026 is onderweg!
Date: Fri, 20 Nov 2026 20:03:41 +0100
Message-Id: <45266CA1-6ECD-5970-A884-885DEFD237C2@gmail.com>
References: <winter26-6fb8b403738e@mailer.shop.example.be>
In-Reply-To: <winter26-6fb8b403738e@mailer.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)


--Apple-Mail-C91DC89B-34BC-8A37-85F2-270D7828E99A
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs6fIM+AzrHPhM6tz4HOsc+CIM68zr/PhSwgzpTO
t868zq7PhM+BzrnOv8+CIM6TzrXPic+BzrPOr86/z4UsIM6xz4DOtc6yzq/Pic+DzrUgz4TOv869
IM6czqzPgc+EzrnOvy4gzqDOsc+BJyDPjM67zrEgzrHPhc+EzqwgzrXOvs6xzrrOv867zr/Phc64
zrXOr8+EzrUgzr3OsSDPg8+Ezq3Ou869zrXPhM61IM66zrHPhM6szrvOv86zzr8gz4PPhM6/IM+M
zr3Ov868zqwgz4TOv8+FIM+Dz4TOvyDPg8+Azq/PhM65IM+EzrfPgiDOvM63z4TOrc+BzrHPgiDO
vM6/z4UgKFJ1ZSBTYWludC1HaWxsZXMgODcsIDQwMDAgTGnDqGdlKSDOus6xzrkgZW1haWwgz4PO
tSDOsc+Fz4TOriDPhM63IM60zrnOtc+NzrjPhc69z4POtywgz4TOt869IM6/z4DOv86vzrEgzrTO
uc6xz4fOtc65z4HOr862zr/OvM6xzrkgzrXOs8+OLgoKzqPOsc+CIM+AzrHPgc6xzrrOsc67z44g
zr3OsSDOtM65zrHOs8+BzqzPiM61z4TOtSDPhM6/zr0gzrvOv86zzrHPgc65zrHPg868z4wgz4TO
v8+FLCDPhM63zr0gzrrOrM+Bz4TOsSDPgM61zrvOrM+EzrcgzrrOsc65IM+MzrvOsSDPhM6xIM+D
z4TOv865z4fOtc6vzrEgz4TOv8+FIM6xz4DPjCDPhM65z4IgzrvOr8+Dz4TOtc+CIM+DzrHPgiwg
zrrOsc65IM69zrEgz4PPhM6xzrzOsc+Ezq7Pg861zrkgzrrOrM64zrUgzrHPgM6/z4PPhM6/zrvO
riDPg8+Ezr8gz4zOvc6/zrzOrCDPhM6/z4UsIM63zrvOtc66z4TPgc6/zr3Ouc66zq4gzrrOsc65
IM+EzrHPh8+FzrTPgc6/zrzOuc66zq4uIM6Vzq/Ovc6xzrkgz4DOv867z40gzrTPjc+DzrrOv867
zr8gzrPOuc6xIM+EzrcgzrzOt8+Ezq3Pgc6xIM68zr/PhSDOvc6xIM6yz4HOr8+DzrrOtc65IM+E
zr8gz4zOvc6/zrzOrCDPhM6/z4Ugz4PPhM6/IM6zz4HOsc68zrzOsc+Ezr/Ous65zrLPjs+EzrnO
vyDOus6szrjOtSDOu86vzrPOtc+CIM61zrLOtM6/zrzOrM60zrXPgi4KCs6Rzr0gz4fPgc61zrnO
rM62zrXPg8+EzrUgzrvOt86+zrnOsc+Bz4fOuc66zq4gz4DPgc6szr7OtyDOuM6xzr3OrM+Ezr/P
hSwgz4DOtc6vz4TOtSDOvM6/z4UuCgrOlc67zq3Ovc63IM6TzrXPic+BzrPOr86/z4UgKM66z4zP
gc63KQoKzqPPhM6szrvOuM63zrrOtSDOsc+Az4wgz4TOvyBpUGhvbmUgzrzOv8+FCgo+IM6jz4TO
uc+CIDE5IM6dzr/OtSAyMDI2LCDPg8+EzrnPgiAxMDowMCDPgC7OvC4sIM6/IM+Hz4HOrs+Dz4TO
t8+CIFNob3AgRXhhbXBsZSA8Y2F0YWxvZ3VzQG1haWxlci5zaG9wLmV4YW1wbGUuYmU+IM6tzrPP
gc6xz4jOtToKPgo+IEJlc3RlIERpbWl0cmlvcywKPgo+IEplIHBlcnNvb25saWprZSBjYXRhbG9n
dXMgV2ludGVyIDIwMjYgaXMgb25kZXJ3ZWchIEJpbm5lbiBlbmtlbGUKPiBkYWdlbiBsaWd0IGhp
aiBpbiBqZSBicmlldmVuYnVzLgo+Cj4gTGlldmVyIGRpZ2l0YWFsIGJsYWRlcmVuPyBCZWtpamsg
aGVtIG9ubGluZS4KPgo+IEplIG9udHZhbmd0IGRlemUgZS1tYWlsIG9tZGF0IGplIGtsYW50IGJl
bnQgYmlqIFNob3AgRXhhbXBsZS4KPiBBZm1lbGRlbiB8IFByaXZhY3l2ZXJrbGFyaW5nCg==

--Apple-Mail-C91DC89B-34BC-8A37-85F2-270D7828E99A
Content-Type: text/html;
	charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iY29udGVudC10eXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keSBkaXI9ImF1dG8iPs6azrHOu863z4PP
gM6tz4HOsSDPg86xz4IsPGJyPgo8YnI+Cs6fIM+AzrHPhM6tz4HOsc+CIM68zr/PhSwgzpTOt868
zq7PhM+BzrnOv8+CIM6TzrXPic+BzrPOr86/z4UsIM6xz4DOtc6yzq/Pic+DzrUgz4TOv869IM6c
zqzPgc+EzrnOvy4gzqDOsc+BJyDPjM67zrEgzrHPhc+EzqwgzrXOvs6xzrrOv867zr/Phc64zrXO
r8+EzrUgzr3OsSDPg8+Ezq3Ou869zrXPhM61IM66zrHPhM6szrvOv86zzr8gz4PPhM6/IM+Mzr3O
v868zqwgz4TOv8+FIM+Dz4TOvyDPg8+Azq/PhM65IM+EzrfPgiDOvM63z4TOrc+BzrHPgiDOvM6/
z4UgKFJ1ZSBTYWludC1HaWxsZXMgODcsIDQwMDAgTGnDqGdlKSDOus6xzrkgZW1haWwgz4POtSDO
sc+Fz4TOriDPhM63IM60zrnOtc+NzrjPhc69z4POtywgz4TOt869IM6/z4DOv86vzrEgzrTOuc6x
z4fOtc65z4HOr862zr/OvM6xzrkgzrXOs8+OLjxicj4KPGJyPgrOo86xz4Igz4DOsc+BzrHOus6x
zrvPjiDOvc6xIM60zrnOsc6zz4HOrM+IzrXPhM61IM+Ezr/OvSDOu86/zrPOsc+BzrnOsc+DzrzP
jCDPhM6/z4UsIM+EzrfOvSDOus6sz4HPhM6xIM+AzrXOu86sz4TOtyDOus6xzrkgz4zOu86xIM+E
zrEgz4PPhM6/zrnPh861zq/OsSDPhM6/z4UgzrHPgM+MIM+EzrnPgiDOu86vz4PPhM61z4Igz4PO
sc+CLCDOus6xzrkgzr3OsSDPg8+EzrHOvM6xz4TOrs+DzrXOuSDOus6szrjOtSDOsc+Azr/Pg8+E
zr/Ou86uIM+Dz4TOvyDPjM69zr/OvM6sIM+Ezr/PhSwgzrfOu861zrrPhM+Bzr/Ovc65zrrOriDO
us6xzrkgz4TOsc+Hz4XOtM+Bzr/OvM65zrrOri4gzpXOr869zrHOuSDPgM6/zrvPjSDOtM+Nz4PO
us6/zrvOvyDOs865zrEgz4TOtyDOvM63z4TOrc+BzrEgzrzOv8+FIM69zrEgzrLPgc6vz4POus61
zrkgz4TOvyDPjM69zr/OvM6sIM+Ezr/PhSDPg8+Ezr8gzrPPgc6xzrzOvM6xz4TOv866zrnOss+O
z4TOuc6/IM66zqzOuM61IM67zq/Os861z4IgzrXOss60zr/OvM6szrTOtc+CLjxicj4KPGJyPgrO
kc69IM+Hz4HOtc65zqzOts61z4PPhM61IM67zrfOvs65zrHPgc+HzrnOus6uIM+Az4HOrM6+zrcg
zrjOsc69zqzPhM6/z4UsIM+AzrXOr8+EzrUgzrzOv8+FLjxicj4KPGJyPgrOlc67zq3Ovc63IM6T
zrXPic+BzrPOr86/z4UgKM66z4zPgc63KTxicj4KPGJyPgrOo8+EzqzOu864zrfOus61IM6xz4DP
jCDPhM6/IGlQaG9uZSDOvM6/z4U8YnI+Cjxicj4KJmd0OyDOo8+EzrnPgiAxOSDOnc6/zrUgMjAy
Niwgz4PPhM65z4IgMTA6MDAgz4AuzrwuLCDOvyDPh8+Bzq7Pg8+EzrfPgiBTaG9wIEV4YW1wbGUg
Jmx0O2NhdGFsb2d1c0BtYWlsZXIuc2hvcC5leGFtcGxlLmJlJmd0OyDOrc6zz4HOsc+IzrU6PGJy
PgomZ3Q7PGJyPgomZ3Q7IEJlc3RlIERpbWl0cmlvcyw8YnI+CiZndDs8YnI+CiZndDsgSmUgcGVy
c29vbmxpamtlIGNhdGFsb2d1cyBXaW50ZXIgMjAyNiBpcyBvbmRlcndlZyEgQmlubmVuIGVua2Vs
ZTxicj4KJmd0OyBkYWdlbiBsaWd0IGhpaiBpbiBqZSBicmlldmVuYnVzLjxicj4KJmd0Ozxicj4K
Jmd0OyBMaWV2ZXIgZGlnaXRhYWwgYmxhZGVyZW4/IEJla2lqayBoZW0gb25saW5lLjxicj4KJmd0
Ozxicj4KJmd0OyBKZSBvbnR2YW5ndCBkZXplIGUtbWFpbCBvbWRhdCBqZSBrbGFudCBiZW50IGJp
aiBTaG9wIEV4YW1wbGUuPGJyPgomZ3Q7IEFmbWVsZGVuIHwgUHJpdmFjeXZlcmtsYXJpbmc8YnI+
CjwvYm9keT48L2h0bWw+Cg==

--Apple-Mail-C91DC89B-34BC-8A37-85F2-270D7828E99A--
'''),
    ('bg', 'address-validation-batch-processed', 'automated', (),
'''Return-Path: <no-reply@adreskontrol.bg>
Received: from mail.adreskontrol.bg (mail.adreskontrol.bg [212.5.144.92])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4WJyQjmXA5J6p5
        for <privacy@shop.example.be>; Sat, 07 Nov 2026 03:12:59 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=adreskontrol.bg; s=ak2025;
        t=1794017578; h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
        bh=PaAGwzUab5w/mOEptRn+AVhCpRMcGK5HrGeBJIouaVk=;
        b=t0sujZlnHk5DGyAnU4dRalVgXBmTOWkCds5KVb1Q9snzW+7DwBJC2ORVyCyKCRqRDl0mRZ
         Gc1IPgdy6pY2NgAeMiCMAnbnkjZWoXfy0FFmJkbCo0m5rpZqkAi8FfpPYngq2OmApNYKWV
         ZLpJWXs1oqZWNhtO+hwhJ7jp5izuAEMJIkrd0vgXZgQDwm5M8UQJUSuEDaUYIhJZ7sEVSV
         X7al+doOdnDM+Tw4RXba2+1KouPuYyip728b921PhNC0RE9AH617kfXJ7l2xfOGllbGDc7
         AtQpIstOheyO8k8j79PQgmHcHEGgJCSoui0BtbAfewtwnZj2UnwUqttTANxTiA==
Message-ID: <AV-2026-1107.done.f5a100c98d76@portal.adreskontrol.bg>
Date: Sat, 07 Nov 2026 04:12:58 +0200
From: =?utf-8?b?0JDQtNGA0LXRgdCa0L7QvdGC0YDQvtC7?= - =?utf-8?b?0JjQt9Cy0LXRgdGC0LjRjw==?= <no-reply@adreskontrol.bg>
To: privacy@shop.example.be, crm@shop.example.be
Subject: =?utf-8?b?0J/QsNGA0YLQuNC00LAgQVYtMjAyNi0xMTA3INC1INC+0LHRgNCw?=
 =?utf-8?b?0LHQvtGC0LXQvdCwOiAxNCA4ODIg0LDQtNGA0LXRgdCwLCA2MTEg0YEg0Lw=?=
 =?utf-8?b?0LDRgNC60LXRgCDigJ7Qv9GA0LXQvNC10YHRgtC10L3igJw=?=
Auto-Submitted: auto-generated
X-Mailer: AK Notifier 1.9
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_gRb5pwvpCMfMX6njH827nKgFXbpw"

--=_gRb5pwvpCMfMX6njH827nKgFXbpw
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

0KLQvtCy0LAg0LUg0LDQstGC0L7QvNCw0YLQuNGH0L3QviDRgdGK0L7QsdGJ0LXQvdC40LUg0L7R
giDQv9C70LDRgtGE0L7RgNC80LDRgtCwINCQ0LTRgNC10YHQmtC+0L3RgtGA0L7Quy4KCtCf0LDR
gNGC0LjQtNCwOiAgICAgICAgICAgIEFWLTIwMjYtMTEwNwrQmtC70LjQtdC90YI6ICAgICAgICAg
ICAgIFNob3AgRXhhbXBsZSBCViAo0LTQvtCz0L7QstC+0YAg0JDQmi0yMDI2LTAzMSkK0JLRhdC+
0LQ6ICAgICAgICAgICAgICAgc2hvcGV4YW1wbGVfY2F0YWxvZ3VzX1c0NS5jc3YgKDE0IDg4MiDQ
t9Cw0L/QuNGB0LApCtCe0LHRgNCw0LHQvtGC0LXQvdCwINC90LA6ICAgICAgMDcuMTEuMjAyNiDQ
sy4sIDA0OjEyINGHLgoK0KDQtdC30YPQu9GC0LDRgtC4INC+0YIg0LLQsNC70LjQtNC40YDQsNC9
0LXRgtC+CiAg0LLQsNC70LjQtNC90Lgg0LHQtdC3INC/0YDQvtC80Y/QvdCwIC4uLi4uLi4uLi4u
Li4uLi4uLi4uLi4uLiAxMyA3MDQKICDQutC+0YDQuNCz0LjRgNCw0L3QuCAo0L/QvtGJ0LXQvdGB
0LrQuCDQutC+0LQsINGD0LvQuNGG0LAsINC90L7QvNC10YApIC4uLi4uLi4gIDQ5NgogINC80LDR
gNC60LXRgCDigJ7Qv9GA0LXQvNC10YHRgtC10L3igJwgLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4u
Li4uLiAgNjExCiAgICAgINC+0YIg0YLRj9GFINGBINC90LDQu9C40YfQtdC9INC90L7QsiDQsNC0
0YDQtdGBIC4uLi4uLi4uLi4uLi4uLi4gIDQwMgogINC80LDRgNC60LXRgCDigJ7Qv9C+0YfQuNC9
0LDQu+KAnCAuLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4gICAyMQogINC90LXQstCw0LvQ
uNC00L3QuCAvINC90LXQv9GK0LvQvdC4IC4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLiAgIDUw
CgrQktCw0LbQvdC+OiDQt9Cw0L/QuNGB0LjRgtC1INGBINC80LDRgNC60LXRgCDigJ7Qv9C+0YfQ
uNC90LDQu+KAnCDQuCDQt9Cw0L/QuNGB0LjRgtC1INCyINGA0LXQs9C40YHRgtGA0LjRgtC1INC3
0LAg0L7RgtC60LDQtyDQvtGCCtC00LjRgNC10LrRgtC10L0g0LzQsNGA0LrQtdGC0LjQvdCzIChS
b2JpbnNvbikg0L3QtSDRgtGA0Y/QsdCy0LAg0LTQsCDRgdC1INC40LfQv9C+0LvQt9Cy0LDRgiDQ
t9CwINC40LfQv9GA0LDRidCw0L3QtSDQvdCwCtC60LDRgtCw0LvQvtC30LguINCd0L7QstC40YLQ
tSDQsNC00YDQtdGB0Lgg0L3QsCDQv9GA0LXQvNC10YHRgtC10L3QuCDQu9C40YbQsCDRgdC1INC/
0YDQtdC00L7RgdGC0LDQstGP0YIg0YHQsNC80L4g0LfQsArQsNC60YLRg9Cw0LvQuNC30LjRgNCw
0L3QtSDQvdCwINGB0YrRidC10YHRgtCy0YPQstCw0YnQuCDQutC70LjQtdC90YLRgdC60Lgg0LfQ
sNC/0LjRgdC4LgoK0JvQuNGH0L3QuCDQtNCw0L3QvdC4OiDQstGF0L7QtNC90LjRj9GCINGE0LDQ
udC7INGB0LUg0LjQt9GC0YDQuNCy0LAg0LDQstGC0L7QvNCw0YLQuNGH0L3QviA3MiDRh9Cw0YHQ
sCDRgdC70LXQtArQvtCx0YDQsNCx0L7RgtC60LDRgtCwLCDRgdGK0LPQu9Cw0YHQvdC+INC00L7Q
s9C+0LLQvtGA0LAg0LfQsCDQvtCx0YDQsNCx0L7RgtCy0LDQvdC1INC90LAg0LvQuNGH0L3QuCDQ
tNCw0L3QvdC4LiDQpNCw0LnQu9GK0YIg0YEK0YDQtdC30YPQu9GC0LDRgtC40YLQtSDQtSDQtNC+
0YHRgtGK0L/QtdC9INC30LAg0LjQt9GC0LXQs9C70Y/QvdC1IDcg0LTQvdC4OgpodHRwczovL3Bv
cnRhbC5hZHJlc2tvbnRyb2wuYmcvYmF0Y2hlcy9BVi0yMDI2LTExMDcKCtCc0L7Qu9GPLCDQvdC1
INC+0YLQs9C+0LLQsNGA0Y/QudGC0LUg0L3QsCDRgtC+0LLQsCDRgdGK0L7QsdGJ0LXQvdC40LUu
CtCf0L7QtNC00YDRitC20LrQsDogc3VwcG9ydEBhZHJlc2tvbnRyb2wuYmcgfCDQlNC70YrQttC9
0L7RgdGC0L3QviDQu9C40YbQtSDQv9C+INC30LDRidC40YLQsCDQvdCwINC00LDQvdC90LjRgtC1
OiBkcG9AYWRyZXNrb250cm9sLmJnCuKAntCQ0LTRgNC10YHQmtC+0L3RgtGA0L7Qu+KAnCDQldCe
0J7QlCwg0LHRg9C7LiDigJ7QptCw0YDQuNCz0YDQsNC00YHQutC+INGI0L7RgdC14oCcIDExNdCT
LCAxNzg0INCh0L7RhNC40Y8K

--=_gRb5pwvpCMfMX6njH827nKgFXbpw
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0iVVRGLTgiPjwvaGVhZD48Ym9keSBzdHlsZT0iZm9u
dC1mYW1pbHk6VmVyZGFuYSxBcmlhbCxzYW5zLXNlcmlmO2ZvbnQtc2l6ZToxM3B4Ij4KPHAgc3R5
bGU9ImNvbG9yOiM4ODgiPtCi0L7QstCwINC1INCw0LLRgtC+0LzQsNGC0LjRh9C90L4g0YHRitC+
0LHRidC10L3QuNC1INC+0YIg0L/Qu9Cw0YLRhNC+0YDQvNCw0YLQsCDQkNC00YDQtdGB0JrQvtC9
0YLRgNC+0LsuPC9wPgo8aDM+0J/QsNGA0YLQuNC00LAgQVYtMjAyNi0xMTA3INC1INC+0LHRgNCw
0LHQvtGC0LXQvdCwPC9oMz4KPHRhYmxlIGNlbGxwYWRkaW5nPSI0IiBib3JkZXI9IjEiIHN0eWxl
PSJib3JkZXItY29sbGFwc2U6Y29sbGFwc2U7Ym9yZGVyLWNvbG9yOiNkZGQiPgo8dHI+PHRkPtCy
0LDQu9C40LTQvdC4INCx0LXQtyDQv9GA0L7QvNGP0L3QsDwvdGQ+PHRkIGFsaWduPSJyaWdodCI+
MTMgNzA0PC90ZD48L3RyPgo8dHI+PHRkPtC60L7RgNC40LPQuNGA0LDQvdC4ICjQv9C+0YnQtdC9
0YHQutC4INC60L7QtCwg0YPQu9C40YbQsCwg0L3QvtC80LXRgCk8L3RkPjx0ZCBhbGlnbj0icmln
aHQiPjQ5NjwvdGQ+PC90cj4KPHRyPjx0ZD7QvNCw0YDQutC10YAg4oCe0L/RgNC10LzQtdGB0YLQ
tdC94oCcPC90ZD48dGQgYWxpZ249InJpZ2h0Ij42MTEgKDQwMiDRgSDQvdC+0LIg0LDQtNGA0LXR
gSk8L3RkPjwvdHI+Cjx0cj48dGQ+0LzQsNGA0LrQtdGAIOKAntC/0L7Rh9C40L3QsNC74oCcPC90
ZD48dGQgYWxpZ249InJpZ2h0Ij4yMTwvdGQ+PC90cj4KPHRyPjx0ZD7QvdC10LLQsNC70LjQtNC9
0LggLyDQvdC10L/RitC70L3QuDwvdGQ+PHRkIGFsaWduPSJyaWdodCI+NTA8L3RkPjwvdHI+Cjwv
dGFibGU+CjxwPjxiPtCS0LDQttC90L46PC9iPiDQt9Cw0L/QuNGB0LjRgtC1INGBINC80LDRgNC6
0LXRgCDigJ7Qv9C+0YfQuNC90LDQu+KAnCDQuCDQt9Cw0L/QuNGB0LjRgtC1INCyINGA0LXQs9C4
0YHRgtGA0LjRgtC1INC30LAg0L7RgtC60LDQtyDQvtGCINC00LjRgNC10LrRgtC10L0g0LzQsNGA
0LrQtdGC0LjQvdCzIChSb2JpbnNvbikg0L3QtSDRgtGA0Y/QsdCy0LAg0LTQsCDRgdC1INC40LfQ
v9C+0LvQt9Cy0LDRgiDQt9CwINC40LfQv9GA0LDRidCw0L3QtSDQvdCwINC60LDRgtCw0LvQvtC3
0LguPC9wPgo8cCBzdHlsZT0iZm9udC1zaXplOjExcHg7Y29sb3I6IzY2NiI+0JvQuNGH0L3QuCDQ
tNCw0L3QvdC4OiDQstGF0L7QtNC90LjRj9GCINGE0LDQudC7INGB0LUg0LjQt9GC0YDQuNCy0LAg
0LDQstGC0L7QvNCw0YLQuNGH0L3QviA3MiDRh9Cw0YHQsCDRgdC70LXQtCDQvtCx0YDQsNCx0L7R
gtC60LDRgtCwLCDRgdGK0LPQu9Cw0YHQvdC+INC00L7Qs9C+0LLQvtGA0LAg0LfQsCDQvtCx0YDQ
sNCx0L7RgtCy0LDQvdC1INC90LAg0LvQuNGH0L3QuCDQtNCw0L3QvdC4LiA8YSBocmVmPSJodHRw
czovL3BvcnRhbC5hZHJlc2tvbnRyb2wuYmcvYmF0Y2hlcy9BVi0yMDI2LTExMDciPtCY0LfRgtC1
0LPQu9GP0L3QtSDQvdCwINGA0LXQt9GD0LvRgtCw0YLQsDwvYT4gKDcg0LTQvdC4KS48L3A+Cjxw
IHN0eWxlPSJmb250LXNpemU6MTFweDtjb2xvcjojNjY2Ij7QnNC+0LvRjywg0L3QtSDQvtGC0LPQ
vtCy0LDRgNGP0LnRgtC1INC90LAg0YLQvtCy0LAg0YHRitC+0LHRidC10L3QuNC1LjwvcD4KPC9i
b2R5PjwvaHRtbD4K

--=_gRb5pwvpCMfMX6njH827nKgFXbpw--
'''),
    ('bg', 'postfix-bounce-print-house-gdpr-address', 'automated', (),
'''Return-Path: <>
Received: from mail.pechatnitsa-sofia.bg (mail.pechatnitsa-sofia.bg [78.83.52.140])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4E3Y9QLzNZ7pcw
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 11:20:10 +0100 (CET)
Received: by mail.pechatnitsa-sofia.bg (Postfix)
	id 8A1F2C0A4B; Tue, 10 Nov 2026 12:20:09 +0200
Date: Tue, 10 Nov 2026 12:20:09 +0200
From: MAILER-DAEMON@mail.pechatnitsa-sofia.bg (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="8A1F2C0A4B.1794306009/mail.pechatnitsa-sofia.bg"
Content-Transfer-Encoding: 8bit
Message-Id: <20261110102009.8A1F2C0A4B@mail.pechatnitsa-sofia.bg>

This is a MIME-encapsulated message.

--8A1F2C0A4B.1794306009/mail.pechatnitsa-sofia.bg
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.pechatnitsa-sofia.bg.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<gdpr@pechatnitsa-sofia.bg>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <gdpr@pechatnitsa-sofia.bg>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--8A1F2C0A4B.1794306009/mail.pechatnitsa-sofia.bg
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.pechatnitsa-sofia.bg
X-Postfix-Queue-ID: 5D0E3C0A31
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 10 Nov 2026 12:20:09 +0200

Final-Recipient: rfc822; gdpr@pechatnitsa-sofia.bg
Original-Recipient: rfc822;gdpr@pechatnitsa-sofia.bg
Action: failed
Status: 5.1.1
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 550 5.1.1 <gdpr@pechatnitsa-sofia.bg>: Recipient address
    rejected: User unknown in virtual mailbox table

--8A1F2C0A4B.1794306009/mail.pechatnitsa-sofia.bg
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mailout1.shop.example.be (mailout1.shop.example.be [203.0.113.26])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
	(No client certificate requested)
	by mail.pechatnitsa-sofia.bg (Postfix) with ESMTPS id 5D0E3C0A31
	for <gdpr@pechatnitsa-sofia.bg>; Tue, 10 Nov 2026 12:20:09 +0200
From: Shop Example BV - Privacy Team <privacy@shop.example.be>
To: gdpr@pechatnitsa-sofia.bg
Subject: Returned-mail scans and address file - deletion request (order PS-2026-214)
Date: Tue, 10 Nov 2026 11:20:05 +0100
Message-ID: <b4881f8f0469.fd5d5f72@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Dear colleagues,

For the door-drop and addressed flyer job PS-2026-214 you received our
address file and you scan the returned envelopes. The job is closed.
Please delete the address file and the scans of returned mail, and send
us a short confirmation of deletion.

Kind regards,
Privacy Team
Shop Example BV

--8A1F2C0A4B.1794306009/mail.pechatnitsa-sofia.bg--
'''),
    ('bg', 'marketplace-seller-data-export-ready', 'automated', (),
'''Return-Path: <bounce+26a0ab.61d6c4-privacy=shop.example.be@mg.megapazar.bg>
Received: from m228-12.mailgun.net (m228-12.mailgun.net [159.135.228.12])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 42zGDMsA8JLA0v
        for <privacy@shop.example.be>; Fri, 23 Oct 2026 15:48:03 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mg.megapazar.bg; s=mx;
        t=1792763282; h=Content-Transfer-Encoding:Content-Type:Mime-Version:Subject:From:To:Date:Message-Id:Sender;
        bh=Sx2cNspWNEbmGCvN2962fJxR7ZKbNHUNAsAElxjZv+A=;
        b=J5K/tazUXrPs54rQmYbu/0G3ZO1I4wTvCfP8ooQtRGC5OcVVoqezM3Ccd1FOt4T+4dukCY
         7Bt4Vz2HDYcebh67SP9bk1tIe+0aU7LsAocdSifcY20p90oSog4uygw0ulFyN6C0vWQ3Pn
         LkFLwSB1pkzL1q3PftFihlY44bMKtsBFW1g7O/qTTBrCJz5WEVW3F5/z46ofS3ZGOki6OE
         oJKWWdgGP9HPRqx8B6aYIcGmZhpq48LVF7AyNLQ5OfIUtTX2/tT191ZuiyDu0mUtSgwRQC
         rG1R11zOuLIeezyQunfariHpf0O64NRgmmmYpOSSP5LyV+4EKrh9s48bRO6KIw==
X-Mailgun-Sid: SC19gzTC0Q5bkhSDmf49wJAg8Ls53md0wyFtLT1Z
Received: from seller-notify-7f9c (ec2-3-120-44-17.eu-central-1.compute.amazonaws.com [3.120.44.17])
 by 8c1dba7970378a7a8431d98a with SMTP id d6fc6d13dfea69e805629393; Fri, 23 Oct 2026 16:48:02 +0300
Sender: no-reply=megapazar.bg@mg.megapazar.bg
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="00fc10df0443db653d4169d1f44213cc"
Subject: =?utf-8?b?0JXQutGB0L/QvtGA0YLRitGCINC90LAg0LTQsNC90L3QuNGC0LUg?=
 =?utf-8?b?0L3QsCDQktCw0YjQuNGPINCw0LrQsNGD0L3RgiDQtSDQs9C+0YLQvtCyINC3?=
 =?utf-8?b?0LAg0LjQt9GC0LXQs9C70Y/QvdC1?=
From: =?utf-8?b?0JzQtdCz0LDQn9Cw0LfQsNGAINC30LAg0YLRitGA0LPQvtCy0YbQuA==?= <no-reply@megapazar.bg>
To: privacy@shop.example.be
Date: Fri, 23 Oct 2026 16:48:02 +0300
Message-Id: <20261023134802.8a8f7ce6fcbfc3d0@mg.megapazar.bg>
X-Mailgun-Tag: data-export
X-Mailgun-Track: yes

--00fc10df0443db653d4169d1f44213cc
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset="utf-8"
Mime-Version: 1.0

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5, Shop Example BV,

=D0=95=D0=BA=D1=81=D0=BF=D0=BE=D1=80=D1=82=D1=8A=D1=82 =D0=BD=D0=B0 =D0=B4=
=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =D0=BD=D0=B0 =D0=92=D0=B0=D1=88=D0=B8=
=D1=8F =D1=82=D1=8A=D1=80=D0=B3=D0=BE=D0=B2=D1=81=D0=BA=D0=B8 =D0=B0=D0=BA=
=D0=B0=D1=83=D0=BD=D1=82 =D0=B2 =D0=9C=D0=B5=D0=B3=D0=B0=D0=9F=D0=B0=D0=B7=
=D0=B0=D1=80 =D0=B5 =D0=B3=D0=BE=D1=82=D0=BE=D0=B2.

=D0=9D=D0=BE=D0=BC=D0=B5=D1=80 =D0=BD=D0=B0 =D0=B7=D0=B0=D1=8F=D0=B2=D0=BA=
=D0=B0=D1=82=D0=B0: EXP-2026-55310
=D0=A1=D1=8A=D0=B4=D1=8A=D1=80=D0=B6=D0=B0=D0=BD=D0=B8=D0=B5: =D0=BF=D0=BE=
=D1=80=D1=8A=D1=87=D0=BA=D0=B8, =D1=84=D0=B0=D0=BA=D1=82=D1=83=D1=80=D0=B8,=
 =D0=BF=D1=80=D0=BE=D0=B4=D1=83=D0=BA=D1=82=D0=B8, =D0=BE=D1=82=D0=B7=D0=B8=
=D0=B2=D0=B8, =D0=B7=D0=B0=D0=BF=D0=B8=D1=81=D0=B8 =D0=B7=D0=B0 =D1=81=D1=
=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D1=8F =D0=BD=D0=B0 =D0=BA=D1=83=D0=BF=D1=
=83=D0=B2=D0=B0=D1=87=D0=B8 =D0=B7=D0=B0 =D0=BC=D0=B0=D1=80=D0=BA=D0=B5=D1=
=82=D0=B8=D0=BD=D0=B3=D0=BE=D0=B2=D0=B8 =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=
=B5=D0=BD=D0=B8=D1=8F
=D0=A4=D0=BE=D1=80=D0=BC=D0=B0=D1=82: JSON =D0=B8 CSV (ZIP, =D0=B7=D0=B0=D1=
=89=D0=B8=D1=82=D0=B5=D0=BD =D1=81 =D0=BF=D0=B0=D1=80=D0=BE=D0=BB=D0=B0)
=D0=92=D0=B0=D0=BB=D0=B8=D0=B4=D0=B5=D0=BD =D0=B4=D0=BE: 30.10.2026 =D0=B3.

=D0=98=D0=B7=D1=82=D0=B5=D0=B3=D0=BB=D0=B5=D1=82=D0=B5 =D0=B5=D0=BA=D1=81=
=D0=BF=D0=BE=D1=80=D1=82=D0=B0: https://seller.megapazar.bg/account/data-ex=
port/EXP-2026-55310

=D0=A4=D0=B0=D0=B9=D0=BB=D1=8A=D1=82 =D1=81=D1=8A=D0=B4=D1=8A=D1=80=D0=B6=
=D0=B0 =D0=BB=D0=B8=D1=87=D0=BD=D0=B8 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8 =D0=BD=
=D0=B0 =D0=BA=D1=83=D0=BF=D1=83=D0=B2=D0=B0=D1=87=D0=B8 (=D0=B8=D0=BC=D0=B5=
=D0=BD=D0=B0, =D0=B0=D0=B4=D1=80=D0=B5=D1=81=D0=B8 =D0=B7=D0=B0 =D0=B4=D0=
=BE=D1=81=D1=82=D0=B0=D0=B2=D0=BA=D0=B0, =D1=82=D0=B5=D0=BB=D0=B5=D1=84=D0=
=BE=D0=BD=D0=B8). =D0=9A=D0=B0=D1=82=D0=BE =D1=81=D0=B0=D0=BC=D0=BE=D1=81=
=D1=82=D0=BE=D1=8F=D1=82=D0=B5=D0=BB=D0=B5=D0=BD =D0=B0=D0=B4=D0=BC=D0=B8=
=D0=BD=D0=B8=D1=81=D1=82=D1=80=D0=B0=D1=82=D0=BE=D1=80 =D0=92=D0=B8=D0=B5 =
=D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=B0=D1=80=D1=8F=D1=82=D0=B5 =D0=B7=D0=B0 =
=D1=82=D1=8F=D1=85=D0=BD=D0=B0=D1=82=D0=B0 =D0=B7=D0=B0=D1=89=D0=B8=D1=82=
=D0=B0 =D0=B8 =D0=BF=D0=BE=D0=B2=D0=B5=D1=80=D0=B8=D1=82=D0=B5=D0=BB=D0=BD=
=D0=BE=D1=81=D1=82. =D0=A1=D0=BB=D0=B5=D0=B4 =D0=B8=D0=B7=D1=82=D0=B8=D1=87=
=D0=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =D1=81=D1=80=D0=BE=D0=BA=D0=B0 =D1=84=D0=B0=
=D0=B9=D0=BB=D1=8A=D1=82 =D1=89=D0=B5 =D0=B1=D1=8A=D0=B4=D0=B5 =D0=B8=D0=B7=
=D1=82=D1=80=D0=B8=D1=82 =D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=
=D1=87=D0=BD=D0=BE.

=D0=90=D0=BA=D0=BE =D0=BD=D0=B5 =D1=81=D1=82=D0=B5 =D0=BF=D0=BE=D0=B8=D1=81=
=D0=BA=D0=B0=D0=BB=D0=B8 =D1=82=D0=BE=D0=B7=D0=B8 =D0=B5=D0=BA=D1=81=D0=BF=
=D0=BE=D1=80=D1=82, =D0=BD=D0=B5=D0=B7=D0=B0=D0=B1=D0=B0=D0=B2=D0=BD=D0=BE =
=D1=81=D0=BC=D0=B5=D0=BD=D0=B5=D1=82=D0=B5 =D0=BF=D0=B0=D1=80=D0=BE=D0=BB=
=D0=B0=D1=82=D0=B0 =D1=81=D0=B8 =D0=B8 =D1=81=D0=B5 =D1=81=D0=B2=D1=8A=D1=
=80=D0=B6=D0=B5=D1=82=D0=B5 =D1=81 =D0=BD=D0=B0=D1=81.

=D0=A2=D0=BE=D0=B2=D0=B0 =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=
=D0=B5 =D0=B5 =D0=B8=D0=B7=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D0=BD=D0=BE =D0=B0=
=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=BD=D0=BE. =D0=9C=D0=BE=
=D0=BB=D1=8F, =D0=BD=D0=B5 =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=B0=D1=80=D1=8F=
=D0=B9=D1=82=D0=B5.
=D0=95=D0=BA=D0=B8=D0=BF=D1=8A=D1=82 =D0=BD=D0=B0 =D0=9C=D0=B5=D0=B3=D0=B0=
=D0=9F=D0=B0=D0=B7=D0=B0=D1=80 | =D0=9F=D0=BE=D0=BB=D0=B8=D1=82=D0=B8=D0=BA=
=D0=B0 =D0=B7=D0=B0 =D0=BF=D0=BE=D0=B2=D0=B5=D1=80=D0=B8=D1=82=D0=B5=D0=BB=
=D0=BD=D0=BE=D1=81=D1=82: https://megapazar.bg/privacy

--00fc10df0443db653d4169d1f44213cc
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset="utf-8"
Mime-Version: 1.0

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#333=
">
<p>=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5, Shop Example BV,=
</p>
<p>=D0=95=D0=BA=D1=81=D0=BF=D0=BE=D1=80=D1=82=D1=8A=D1=82 =D0=BD=D0=B0 =D0=
=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =D0=BD=D0=B0 =D0=92=D0=B0=D1=88=D0=
=B8=D1=8F =D1=82=D1=8A=D1=80=D0=B3=D0=BE=D0=B2=D1=81=D0=BA=D0=B8 =D0=B0=D0=
=BA=D0=B0=D1=83=D0=BD=D1=82 =D0=B2 <b>=D0=9C=D0=B5=D0=B3=D0=B0=D0=9F=D0=B0=
=D0=B7=D0=B0=D1=80</b> =D0=B5 =D0=B3=D0=BE=D1=82=D0=BE=D0=B2.</p>
<p>=D0=9D=D0=BE=D0=BC=D0=B5=D1=80 =D0=BD=D0=B0 =D0=B7=D0=B0=D1=8F=D0=B2=D0=
=BA=D0=B0=D1=82=D0=B0: EXP-2026-55310<br>=D0=A1=D1=8A=D0=B4=D1=8A=D1=80=D0=
=B6=D0=B0=D0=BD=D0=B8=D0=B5: =D0=BF=D0=BE=D1=80=D1=8A=D1=87=D0=BA=D0=B8, =
=D1=84=D0=B0=D0=BA=D1=82=D1=83=D1=80=D0=B8, =D0=BF=D1=80=D0=BE=D0=B4=D1=83=
=D0=BA=D1=82=D0=B8, =D0=BE=D1=82=D0=B7=D0=B8=D0=B2=D0=B8, =D0=B7=D0=B0=D0=
=BF=D0=B8=D1=81=D0=B8 =D0=B7=D0=B0 =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=
=B8=D1=8F =D0=BD=D0=B0 =D0=BA=D1=83=D0=BF=D1=83=D0=B2=D0=B0=D1=87=D0=B8 =D0=
=B7=D0=B0 =D0=BC=D0=B0=D1=80=D0=BA=D0=B5=D1=82=D0=B8=D0=BD=D0=B3=D0=BE=D0=
=B2=D0=B8 =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D1=8F<br>=D0=A4=
=D0=BE=D1=80=D0=BC=D0=B0=D1=82: JSON =D0=B8 CSV (ZIP, =D0=B7=D0=B0=D1=89=D0=
=B8=D1=82=D0=B5=D0=BD =D1=81 =D0=BF=D0=B0=D1=80=D0=BE=D0=BB=D0=B0)<br>=D0=
=92=D0=B0=D0=BB=D0=B8=D0=B4=D0=B5=D0=BD =D0=B4=D0=BE: 30.10.2026 =D0=B3.</p>
<p><a href=3D"https://seller.megapazar.bg/account/data-export/EXP-2026-5531=
0" style=3D"background:#ff6a00;color:#fff;padding:10px 16px;text-decoration=
:none">=D0=98=D0=B7=D1=82=D0=B5=D0=B3=D0=BB=D0=B5=D1=82=D0=B5 =D0=B5=D0=BA=
=D1=81=D0=BF=D0=BE=D1=80=D1=82=D0=B0</a></p>
<p style=3D"font-size:12px">=D0=A4=D0=B0=D0=B9=D0=BB=D1=8A=D1=82 =D1=81=D1=
=8A=D0=B4=D1=8A=D1=80=D0=B6=D0=B0 =D0=BB=D0=B8=D1=87=D0=BD=D0=B8 =D0=B4=D0=
=B0=D0=BD=D0=BD=D0=B8 =D0=BD=D0=B0 =D0=BA=D1=83=D0=BF=D1=83=D0=B2=D0=B0=D1=
=87=D0=B8 (=D0=B8=D0=BC=D0=B5=D0=BD=D0=B0, =D0=B0=D0=B4=D1=80=D0=B5=D1=81=
=D0=B8 =D0=B7=D0=B0 =D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=BA=D0=B0, =D1=
=82=D0=B5=D0=BB=D0=B5=D1=84=D0=BE=D0=BD=D0=B8). =D0=9A=D0=B0=D1=82=D0=BE =
=D1=81=D0=B0=D0=BC=D0=BE=D1=81=D1=82=D0=BE=D1=8F=D1=82=D0=B5=D0=BB=D0=B5=D0=
=BD =D0=B0=D0=B4=D0=BC=D0=B8=D0=BD=D0=B8=D1=81=D1=82=D1=80=D0=B0=D1=82=D0=
=BE=D1=80 =D0=92=D0=B8=D0=B5 =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=B0=D1=80=D1=
=8F=D1=82=D0=B5 =D0=B7=D0=B0 =D1=82=D1=8F=D1=85=D0=BD=D0=B0=D1=82=D0=B0 =D0=
=B7=D0=B0=D1=89=D0=B8=D1=82=D0=B0 =D0=B8 =D0=BF=D0=BE=D0=B2=D0=B5=D1=80=D0=
=B8=D1=82=D0=B5=D0=BB=D0=BD=D0=BE=D1=81=D1=82. =D0=A1=D0=BB=D0=B5=D0=B4 =D0=
=B8=D0=B7=D1=82=D0=B8=D1=87=D0=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =D1=81=D1=80=D0=
=BE=D0=BA=D0=B0 =D1=84=D0=B0=D0=B9=D0=BB=D1=8A=D1=82 =D1=89=D0=B5 =D0=B1=D1=
=8A=D0=B4=D0=B5 =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D1=82 =D0=B0=D0=B2=D1=82=D0=
=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=BD=D0=BE.</p>
<p style=3D"font-size:12px">=D0=90=D0=BA=D0=BE =D0=BD=D0=B5 =D1=81=D1=82=D0=
=B5 =D0=BF=D0=BE=D0=B8=D1=81=D0=BA=D0=B0=D0=BB=D0=B8 =D1=82=D0=BE=D0=B7=D0=
=B8 =D0=B5=D0=BA=D1=81=D0=BF=D0=BE=D1=80=D1=82, =D0=BD=D0=B5=D0=B7=D0=B0=D0=
=B1=D0=B0=D0=B2=D0=BD=D0=BE =D1=81=D0=BC=D0=B5=D0=BD=D0=B5=D1=82=D0=B5 =D0=
=BF=D0=B0=D1=80=D0=BE=D0=BB=D0=B0=D1=82=D0=B0 =D1=81=D0=B8 =D0=B8 =D1=81=D0=
=B5 =D1=81=D0=B2=D1=8A=D1=80=D0=B6=D0=B5=D1=82=D0=B5 =D1=81 =D0=BD=D0=B0=D1=
=81.</p>
<p style=3D"font-size:11px;color:#999">=D0=A2=D0=BE=D0=B2=D0=B0 =D1=81=D1=
=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5 =D0=B5 =D0=B8=D0=B7=D0=BF=D1=
=80=D0=B0=D1=82=D0=B5=D0=BD=D0=BE =D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=
=82=D0=B8=D1=87=D0=BD=D0=BE. =D0=9C=D0=BE=D0=BB=D1=8F, =D0=BD=D0=B5 =D0=BE=
=D1=82=D0=B3=D0=BE=D0=B2=D0=B0=D1=80=D1=8F=D0=B9=D1=82=D0=B5.<br>=D0=95=D0=
=BA=D0=B8=D0=BF=D1=8A=D1=82 =D0=BD=D0=B0 =D0=9C=D0=B5=D0=B3=D0=B0=D0=9F=D0=
=B0=D0=B7=D0=B0=D1=80 | <a href=3D"https://megapazar.bg/privacy">=D0=9F=D0=
=BE=D0=BB=D0=B8=D1=82=D0=B8=D0=BA=D0=B0 =D0=B7=D0=B0 =D0=BF=D0=BE=D0=B2=D0=
=B5=D1=80=D0=B8=D1=82=D0=B5=D0=BB=D0=BD=D0=BE=D1=81=D1=82</a></p>
</body></html>

--00fc10df0443db653d4169d1f44213cc--
'''),
    ('bg', 'cpanel-autoresponder-print-house', 'automated', (),
'''Return-Path: <>
Received: from mail.pechatnitsa-sofia.bg (mail.pechatnitsa-sofia.bg [78.83.52.140])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4pqRPFKP6XGZgr
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 11:41:31 +0100 (CET)
Received: from cpanel by server42.hostbg.net with local (Exim 4.98)
	(envelope-from <>)
	id 1tAbCd-0007Qz-2K
	for privacy@shop.example.be;
	Tue, 10 Nov 2026 12:41:30 +0200
X-Autorespond: =?utf-8?b?0J7RgtGB0YrRgdGC0LLQsNC8INC+0YIg0L7RhNC40YHQsCA=?=
 =?utf-8?b?0LTQviAyMC4xMS4yMDI2?=
Auto-Submitted: auto-replied
Precedence: auto_reply
In-Reply-To: <fc9fc9aa47b7.d424ffc3@shop.example.be>
References: <fc9fc9aa47b7.d424ffc3@shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?b?0J7RgtGB0YrRgdGC0LLQsNC8INC+0YIg0L7RhNC40YHQsCDQtNC+?=
 =?utf-8?b?IDIwLjExLjIwMjY=?=
From: =?utf-8?b?0KHRgtC+0Y/QvSDQmNC70LjQtdCy?= <s.iliev@pechatnitsa-sofia.bg>
Message-Id: <E1tAbCd-0007Qz-2K@server42.hostbg.net>
Date: Tue, 10 Nov 2026 12:41:30 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Здравейте,

Благодаря за писмото. До 20.11.2026 г. съм в отпуск и нямам достъп до пощата си.

За поръчки за печат, адресни файлове и сканиране на върнати пратки: office@pechatnitsa-sofia.bg, тел. 02 981 22 40.
За въпроси, свързани със защитата на личните данни: dpo@pechatnitsa-sofia.bg.

Поздрави,
Стоян Илиев
Печатница „София Принт“ ООД
'''),
    ('bg', 'person-forwards-address-change-confirmation', 'correction', (),
'''Return-Path: <georgi.dimitrov@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.80])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RrVNwpbghzLKD
        for <privacy@shop.example.be>; Tue, 24 Nov 2026 18:26:14 +0100 (CET)
Received: from [10.213.44.7] (unknown [46.10.188.230])
	(Authenticated sender: georgi.dimitrov@abv.bg)
	by smtp-out.abv.bg (Postfix) with ESMTPSA id 4Wd1Qk3Xbnz1J8
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 18:26:14 +0100
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=abv.bg; s=smtp-out;
        t=1795541174; h=Date:From:To:Subject:Message-ID:MIME-Version:Content-Type;
        bh=aZCrOdwhVR2mdl4hF5Qn89do7J9JD8r8s56qTJmJqrk=;
        b=tisTm/OwxQDh2reaWMnuEValVS71kDXuT2xvIet4CJXvkZqkZ8XP5YSzRZ1q2BRBf6l0K4
         O2Eme5QD76Q1DnDEpaqlCMzQke6eQliP7Ey1r4FhVtxcFHKoVAByyT/U5gDusdoMqYw9Ea
         tzyEBOAd8kgBB1eyC+s5VHu3k24lwIrk2gEwAS86q45bSCSmewUm9LyTQ2OpIkMxTQeVUE
         N7xu+7IE+MZBGq2M85FMPr3LLtRY/wSYEZskTjdy8qnBXIRlT9eVzHvpiXf8DGYmoRKwhy
         LGXvhWrca282veSkt5f2QRaOIoLDsGgqzHKRAoAxeTR44KpZzLQoLiAm2C2rBw==
Date: Tue, 24 Nov 2026 18:26:14 +0100
From: =?utf-8?b?0JPQtdC+0YDQs9C4INCU0LjQvNC40YLRgNC+0LI=?= <georgi.dimitrov@abv.bg>
To: privacy@shop.example.be
Subject: =?utf-8?q?Fwd=3A_Adreswijziging_bevestigd_/_Changement_d=27adress?=
 =?utf-8?q?e_confirm=C3=A9?=
Message-ID: <9a11521e-b1eb-4180-38bd-a74664663fe3@abv.bg>
User-Agent: K-9 Mail for Android
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=9F=D1=80=D0=B5=D0=BF=D1=80=D0=B0=D1=89=D0=B0=D0=BC =D0=92=D0=B8 =D0=BF=
=D0=BE=D1=82=D0=B2=D1=8A=D1=80=D0=B6=D0=B4=D0=B5=D0=BD=D0=B8=D0=B5=D1=82=D0=
=BE, =D0=BA=D0=BE=D0=B5=D1=82=D0=BE =D0=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B8=D1=
=85 =D0=BE=D1=82 =D0=92=D0=B0=D1=81 =D0=BF=D1=80=D0=B5=D0=B7 =D0=B0=D0=BF=
=D1=80=D0=B8=D0=BB. =D0=A2=D0=BE=D0=B3=D0=B0=D0=B2=D0=B0 =D1=81=D0=B8
=D1=81=D0=BC=D0=B5=D0=BD=D0=B8=D1=85 =D0=B0=D0=B4=D1=80=D0=B5=D1=81=D0=B0 =
=D0=B2 =D0=B0=D0=BA=D0=B0=D1=83=D0=BD=D1=82=D0=B0 =D0=B8 =D0=B2=D1=81=D0=B8=
=D1=87=D0=BA=D0=BE =D0=B1=D0=B5=D1=88=D0=B5 =D0=BD=D0=B0=D1=80=D0=B5=D0=B4.=
 =D0=9E=D1=82 =D0=BE=D0=BA=D1=82=D0=BE=D0=BC=D0=B2=D1=80=D0=B8 =D0=BE=D0=B1=
=D0=B0=D1=87=D0=B5 =D0=BA=D0=B0=D1=82=D0=B0=D0=BB=D0=BE=D0=B3=D1=8A=D1=82
=D0=BE=D1=82=D0=BD=D0=BE=D0=B2=D0=BE =D0=B8=D0=B4=D0=B2=D0=B0 =D0=BD=D0=B0 =
=D0=A1=D0=A2=D0=90=D0=A0=D0=98=D0=AF =D0=BC=D0=B8 =D0=B0=D0=B4=D1=80=D0=B5=
=D1=81 =D0=B2 =D0=A1=D1=85=D0=B0=D1=80=D0=B1=D0=B5=D0=BA, =D0=BA=D1=8A=D0=
=B4=D0=B5=D1=82=D0=BE =D0=B2=D0=B5=D1=87=D0=B5 =D0=B6=D0=B8=D0=B2=D0=B5=D0=
=B5 =D0=B4=D1=80=D1=83=D0=B3=D0=BE
=D1=81=D0=B5=D0=BC=D0=B5=D0=B9=D1=81=D1=82=D0=B2=D0=BE. =D0=A2=D0=B5 =D0=BC=
=D0=B8 =D0=B3=D0=BE =D0=B4=D0=BE=D0=BD=D0=B0=D1=81=D1=8F=D1=82 =D0=B8 =D0=
=B2=D0=B5=D1=87=D0=B5 =D1=81=D0=B5 =D0=BE=D0=BF=D0=BB=D0=B0=D0=BA=D0=B2=D0=
=B0=D1=82.

=D0=9C=D0=BE=D0=BB=D1=8F:
- =D0=BA=D0=BE=D1=80=D0=B8=D0=B3=D0=B8=D1=80=D0=B0=D0=B9=D1=82=D0=B5 =D0=B0=
=D0=B4=D1=80=D0=B5=D1=81=D0=B0 =D0=BC=D0=B8 =D0=BD=D0=B0=D0=B2=D1=81=D1=8F=
=D0=BA=D1=8A=D0=B4=D0=B5 =D0=BD=D0=B0 =D0=BD=D0=BE=D0=B2=D0=B8=D1=8F: Rue d=
es Champs 42, 1040 Etterbeek;
- =D0=BC=D0=B0=D1=85=D0=BD=D0=B5=D1=82=D0=B5 =D1=81=D1=82=D0=B0=D1=80=D0=B8=
=D1=8F =D0=B0=D0=B4=D1=80=D0=B5=D1=81 (Rue Josaphat 155, 1030 Schaerbeek) =
=D0=B8 =D0=BD=D0=B5 =D0=B3=D0=BE
  =D0=B4=D0=BE=D0=B1=D0=B0=D0=B2=D1=8F=D0=B9=D1=82=D0=B5 =D0=BE=D1=82=D0=BD=
=D0=BE=D0=B2=D0=BE =D0=BE=D1=82 =D0=BD=D1=8F=D0=BA=D0=B0=D0=BA=D0=B2=D0=B8 =
=E2=80=9E=D1=83=D1=81=D0=BB=D1=83=D0=B3=D0=B8 =D0=B7=D0=B0 =D0=BF=D1=80=D0=
=B5=D0=BC=D0=B5=D1=81=D1=82=D0=B5=D0=BD=D0=B8=E2=80=9C =D0=B8=D0=BB=D0=B8 =
=D0=BA=D1=83=D0=BF=D0=B5=D0=BD=D0=B8 =D1=81=D0=BF=D0=B8=D1=81=D1=8A=D1=86=
=D0=B8.

=D0=9D=D0=BE=D0=BC=D0=B5=D1=80 =D0=BD=D0=B0 =D0=BA=D0=BB=D0=B8=D0=B5=D0=BD=
=D1=82=D1=81=D0=BA=D0=B0 =D0=BA=D0=B0=D1=80=D1=82=D0=B0: 2231 8876 0045.

=D0=91=D0=BB=D0=B0=D0=B3=D0=BE=D0=B4=D0=B0=D1=80=D1=8F,
=D0=93=D0=B5=D0=BE=D1=80=D0=B3=D0=B8 =D0=94=D0=B8=D0=BC=D0=B8=D1=82=D1=80=
=D0=BE=D0=B2
0488 31 22 70

-------- =D0=9F=D1=80=D0=B5=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D0=BD=D0=BE =D1=
=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5 --------
=D0=9E=D1=82: Shop Example <service@mailer.shop.example.be>
=D0=94=D0=B0=D1=82=D0=B0: 14 =D0=B0=D0=BF=D1=80=D0=B8=D0=BB 2026 =D0=B3. 09=
:31:02
=D0=94=D0=BE: georgi.dimitrov@abv.bg
=D0=A2=D0=B5=D0=BC=D0=B0: Adreswijziging bevestigd / Changement d'adresse c=
onfirm=C3=A9

Je adres werd gewijzigd. / Votre adresse a =C3=A9t=C3=A9 modifi=C3=A9e.

Nieuw adres / Nouvelle adresse:
Rue des Champs 42
1040 Etterbeek

Heb jij dit niet gedaan? Neem dan contact op met onze klantendienst.
Dit is een automatisch bericht. / Ceci est un message automatique.
'''),
]
