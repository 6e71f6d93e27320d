"""Sixtyfourth set: robot mail of photo labs, print partners, kiosks, design tools, sharing, review and AI services, plus people who look automatic (pl cs hr sv ro el bg). Written apart from the code."""

ROBOTS = [
    ('pl', 'print-partner-photobook-in-production', 'automated', (),
'''Return-Path: <bounce-prod-18842@notify.fotodruk-partner.pl>
Received: from mail-out2.notify.fotodruk-partner.pl (mail-out2.notify.fotodruk-partner.pl [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RWNcprPtKrkcc
        for <privacy@shop.example.be>; Tue, 13 Oct 2026 07:42:19 +0200 (CEST)
Received: from app03.prod.internal (unknown [10.20.3.13])
        by mail-out2.notify.fotodruk-partner.pl (Postfix) with ESMTP id 4GkR7b2QwXz1yPn
        for <privacy@shop.example.be>; Tue, 13 Oct 2026 07:42:17 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=notify.fotodruk-partner.pl;
        s=fdp2026; t=1791870137;
        h=from:reply-to:to:subject:date:message-id:mime-version:content-type;
        bh=PZJE20XjgwHgKn3RIf6FutKfE7p7chyUzEj4JEaDJyk=;
        b=x6/f3YnKnRQcSRdOMk6TcUXAW+YgfIHXSBTErQ8RcH2gya6tv0koxSU+PnWW/63xdfe5
        HnMyM7+at6ywmIGjPBDMUf/nIJIb1eNvANjdUTLpMgNGiPC4O7C/dwf1tS6YYgwDjRnTTq
        lpMo8hZ0iF/ikjwCUYaMs4V70xtLk7WEIa0VC7Qb7sj91xIo5YEHix3nlpX2+FzmHb676D
        X0wChqndQXlo25VHxo9r2NLOYXbfwZfkwTQFDxhnfabJaqSrpT0OxbF0//ja2i8z7j7T8c
        j+wE6gkVFDVrbxkoNfjaY9/TgYDPh36UxTEV1pNGgOerdL6rNwKTl8ImdJlNr1CA==
From: =?utf-8?q?FotoDruk_Partner_=E2=80=93_Produkcja?= <produkcja@notify.fotodruk-partner.pl>
Reply-To: biuro@fotodruk-partner.pl
To: privacy@shop.example.be
Subject: =?utf-8?q?Zlecenie_SE-PB-2026-18842=3A_fotoksi=C4=85=C5=BCka_w_prod?=
 =?utf-8?q?ukcji?=
Date: Tue, 13 Oct 2026 07:42:17 +0200
Message-ID: <20261013054217.18842.prod@notify.fotodruk-partner.pl>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Mailer: FDP-OrderFlow 4.2.7
Content-Type: multipart/alternative;
        boundary="----=_Part_18842_1792042937.de6bb6"

------=_Part_18842_1792042937.de6bb6
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

zlecenie SE-PB-2026-18842 (Shop Example BV, klient ko=C5=84cowy nr 40317) z=
osta=C5=82o
przyj=C4=99te do produkcji.

Produkt:            Fotoksi=C4=85=C5=BCka A4 pozioma, twarda ok=C5=82adka, =
48 stron
Zdj=C4=99cia w projekcie: 412
Etap:               druk cyfrowy -> oprawa -> kontrola jako=C5=9Bci
Planowana wysy=C5=82ka:  16.10.2026 (kurier, adres dostawy z zam=C3=B3wieni=
a)

Dane osobowe i pliki
Pliki zdj=C4=99=C4=87 przekazane nam w ramach umowy powierzenia przetwarzan=
ia danych
osobowych przechowujemy wy=C5=82=C4=85cznie na potrzeby realizacji tego zle=
cenia.
Zostan=C4=85 automatycznie usuni=C4=99te z naszych serwer=C3=B3w 30 dni po =
wysy=C5=82ce.
Podgl=C4=85d plik=C3=B3w ma wy=C5=82=C4=85cznie dzia=C5=82 kontroli jako=C5=
=9Bci.

Status zlecenia: https://b2b.fotodruk-partner.pl/zlecenia/SE-PB-2026-18842

Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wygenerowana automatycznie. Prosimy na =
ni=C4=85 nie odpowiada=C4=87.
W sprawach zlecenia: biuro@fotodruk-partner.pl, tel. +48 61 822 40 17

FotoDruk Partner Sp. z o.o., ul. Przemys=C5=82owa 14, 62-080 Tarnowo Podg=
=C3=B3rne

------=_Part_18842_1792042937.de6bb6
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Dzie=C5=84 dobry,</p>
<p>zlecenie <b>SE-PB-2026-18842</b> (Shop Example BV, klient ko=C5=84cowy n=
r 40317) zosta=C5=82o przyj=C4=99te do produkcji.</p>
<table cellpadding=3D"4" style=3D"border-collapse:collapse">
<tr><td>Produkt</td><td>Fotoksi=C4=85=C5=BCka A4 pozioma, twarda ok=C5=82ad=
ka, 48 stron</td></tr>
<tr><td>Zdj=C4=99cia w projekcie</td><td>412</td></tr>
<tr><td>Etap</td><td>druk cyfrowy &rarr; oprawa &rarr; kontrola jako=C5=9Bc=
i</td></tr>
<tr><td>Planowana wysy=C5=82ka</td><td>16.10.2026</td></tr>
</table>
<p style=3D"font-size:12px;color:#555"><b>Dane osobowe i pliki.</b> Pliki z=
dj=C4=99=C4=87 przekazane nam w ramach umowy powierzenia przetwarzania dany=
ch osobowych przechowujemy wy=C5=82=C4=85cznie na potrzeby realizacji tego =
zlecenia. Zostan=C4=85 automatycznie usuni=C4=99te z naszych serwer=C3=B3w =
30 dni po wysy=C5=82ce. Podgl=C4=85d plik=C3=B3w ma wy=C5=82=C4=85cznie dzi=
a=C5=82 kontroli jako=C5=9Bci.</p>
<p><a href=3D"https://b2b.fotodruk-partner.pl/zlecenia/SE-PB-2026-18842">St=
atus zlecenia</a></p>
<p style=3D"font-size:11px;color:#888">Ta wiadomo=C5=9B=C4=87 zosta=C5=82a =
wygenerowana automatycznie. Prosimy na ni=C4=85 nie odpowiada=C4=87.<br>
FotoDruk Partner Sp. z o.o., ul. Przemys=C5=82owa 14, 62-080 Tarnowo Podg=
=C3=B3rne</p>
</body></html>

------=_Part_18842_1792042937.de6bb6--
'''),
    ('pl', 'photo-upload-complete-bcc', 'automated', (),
'''Return-Path: <bounces+7731902@foto.shop.example.be>
Received: from out-07.mailer.foto.shop.example.be (out-07.mailer.foto.shop.example.be [192.0.2.57])
        by mx1.shop.example.be (Postfix) with ESMTP id 4KLzs8KKmnCNQy
        for <privacy@shop.example.be>; Mon, 12 Oct 2026 21:14:05 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=foto.shop.example.be;
        s=fm1; t=1791832443;
        h=from:to:subject:date:message-id:mime-version:content-type:
        content-transfer-encoding;
        bh=axKrWFHn/sweadF8FDicPWEN17nIPW4QtqkLxzfvQBU=;
        b=i4ZxaVSL3QPVIW2lPvgTCNUIByJtsdxoCE3Z3WuFS1TefbM+RWvHu28oSlK8BOOOszN2
        NhhX85f0Ylok3NFQRLw2iigEiRMCntNDfRqkn0L/IYVtwHCyD7zubS2iVVlXjKV8f5eWH8
        WGQoL+SBDzxPNzJPvmzDqxwjPCJ6O97AJa7i2U0cw6fIbe1LmE3LQE5Y4YM7StdehwJ8Qv
        aiBgmEFnZ9QGlttkzfBdvw627J19ZSy7vss5caFxBi5uBQaNmipQdBzxTIN8i1Y1ad3NER
        3FzJbvgNCU7dM/GzhdA5hLp1BQ5k4YzaDOcV9mr+3Iga7ul6IhOk0B1NT9resXpQ==
From: Shop Example Foto <no-reply@foto.shop.example.be>
To: magda.kowalczyk@interia.pl
Subject: =?utf-8?q?Przesy=C5=82anie_zako=C5=84czone=3A_412_zdj=C4=99=C4=87?=
Date: Mon, 12 Oct 2026 21:14:03 +0200
Message-ID: <upl.7731902.1792012443.dc069082@foto.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Entity-Ref-ID: upload-batch-PB-7731902-0003

Cześć Magda,

przesyłanie zakończone: 412 zdjęć zostało dodanych do projektu
„Wakacje Hel 2026” (fotoksiążka A4, 48 stron).

Przesłane pliki:   412 (1,9 GB)
Pominięte pliki:   0
Rozpoznane duplikaty: 7 (zostawiliśmy je w projekcie, możesz je usunąć)

Twoje zdjęcia są przechowywane na Twoim koncie przez 12 miesięcy od
ostatniej edycji projektu. Możesz je usunąć w każdej chwili w zakładce
„Moje zdjęcia”.

Kontynuuj projekt:
https://foto.shop.example.be/pl/projekty/PB-7731902

Miłego projektowania!
Zespół Shop Example Foto

--
Ta wiadomość została wysłana automatycznie, nie odpowiadaj na nią.
Pytania o zdjęcia i dane osobowe: privacy@shop.example.be
'''),
    ('pl', 'postfix-bounce-album-export-link', 'automated', (),
'''Return-Path: <>
Received: from smtp-out1.shop.example.be (smtp-out1.shop.example.be [192.0.2.25])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YbQTs3tnytnTW
        for <privacy@shop.example.be>; Thu, 15 Oct 2026 11:20:45 +0200 (CEST)
Received: by smtp-out1.shop.example.be (Postfix)
        id 4QMNgbRZD45Dpr; Thu, 15 Oct 2026 11:20:44 +0200 (CEST)
Date: Thu, 15 Oct 2026 11:20:44 +0200 (CEST)
From: MAILER-DAEMON@smtp-out1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4QMNgbRZD45Dpr.1792063244/smtp-out1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261015092044.4QMNgbRZD45Dpr@smtp-out1.shop.example.be>

This is a MIME-encapsulated message.

--4QMNgbRZD45Dpr.1792063244/smtp-out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp-out1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<magda.kowalczyk@interia.pll>: Host or domain name not found. Name service
    error for name=interia.pll type=A: Host not found

--4QMNgbRZD45Dpr.1792063244/smtp-out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out1.shop.example.be
X-Postfix-Queue-ID: 4LSy99pkBvHKGd
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 15 Oct 2026 11:20:41 +0200 (CEST)

Final-Recipient: rfc822; magda.kowalczyk@interia.pll
Original-Recipient: rfc822;magda.kowalczyk@interia.pll
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=interia.pll type=A: Host not found

--4QMNgbRZD45Dpr.1792063244/smtp-out1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from priv-app01.shop.example.be (priv-app01.shop.example.be [10.40.1.21])
        by smtp-out1.shop.example.be (Postfix) with ESMTPS id 4LSy99pkBvHKGd
        for <magda.kowalczyk@interia.pll>; Thu, 15 Oct 2026 11:20:41 +0200 (CEST)
From: =?utf-8?q?Shop_Example_=E2=80=93_Ochrona_Danych?= <privacy@shop.example.be>
To: magda.kowalczyk@interia.pll
Subject: =?utf-8?q?Kopia_Pani_zdj=C4=99=C4=87_i_projekt=C3=B3w_=E2=80=93_wni?=
 =?utf-8?q?osek_PRIV-2026-1187?=
Date: Thu, 15 Oct 2026 11:20:40 +0200
Message-ID: <PRIV-2026-1187.3.1c0d735b4f@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dzień dobry,

w odpowiedzi na Pani wniosek o dostęp do danych (PRIV-2026-1187) przesyłamy
link do pobrania kopii zdjęć i projektów zapisanych na Pani koncie
(412 zdjęć, 3 projekty, historia zamówień z serwisu Foto):

https://foto.shop.example.be/export/a7c41e90d2

Link jest ważny 14 dni. Archiwum jest chronione hasłem, które wyślemy SMS-em.

Z poważaniem
Zespół ds. Ochrony Danych
Shop Example BV

--4QMNgbRZD45Dpr.1792063244/smtp-out1.shop.example.be--
'''),
    ('pl', 'design-tool-personal-data-export-ready', 'automated', (),
'''Return-Path: <bounces+2291047-4f1c-privacy=shop.example.be@em4471.edytordruku.pl>
Received: from o12.ptr5520.edytordruku.pl (o12.ptr5520.edytordruku.pl [198.51.100.142])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Dxf2GzCyM20xp
        for <privacy@shop.example.be>; Fri, 16 Oct 2026 16:06:53 +0200 (CEST)
Received: by filterdrecv-6d9c7b5f4-x2kqm with SMTP id filterdrecv-6d9c7b5f4-x2kqm-1-67A1C0FB-3
        2026-10-16 14:06:51.804231471 +0000 UTC m=+2217431.117402718
Received: from MjI5MTA0Nw (unknown)
        by geopod-ismtpd-12 (SG) with HTTP
        id 9xQbS2fJTqKk0m1vRk3nZw
        Fri, 16 Oct 2026 14:06:51.692 +0000 (UTC)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=edytordruku.pl;
        s=s1; t=1792159611;
        h=from:mime-version:subject:to:content-type:cc:content-type:from:
        subject:to;
        bh=8xafkxpA1FbHrDrtRSNszxeXg1ZPFtAtvWVMXdwBd6o=;
        b=/I2YQJOPkLBYpmZRNIJoyIXaWGNYYDFtnUY9IU6HpV6+31IJIyyuBG9ly7J/WFy8baI7
        1QjSaWVAZIV4T/ElEHaCvkjZtQv/yq/Ox3C9eaWt4cDX4vvcD0TJWkZKD8Mjh3YPE8JhTo
        RNuFq+R39+Ua8U0eRgTQFzrmcG/OQHmN0fuWZ1wUoNs0YfYHNSJIVHcHBLmeuUwJspRRHb
        OnfN4qmNHxA9Tkr3AbVap6/kGApvM7Dc7ahnlQ8dWFX3BhEBJf684k9p7C3fIRx2NaWDoq
        2Gc3RYb4PWEGOM3008Q3vR3zHBaJkwbGelicV1HVMjPVzKZEDzdNqZh8KFksaQJg==
Date: Fri, 16 Oct 2026 14:06:51 +0000
From: EdytorDruku <powiadomienia@edytordruku.pl>
Mime-Version: 1.0
Subject: =?utf-8?q?Eksport_danych_gotowy_do_pobrania_=E2=80=93_u=C5=BCytkown?=
 =?utf-8?q?ik_=2340317?=
Message-ID: <9xQbS2fJTqKk0m1vRk3nZw@geopod-ismtpd-12>
To: privacy@shop.example.be
X-SG-EID: NqM+h6D4tRiH5N0Fi+NoNbwCluj/tLlbBojXwptqbdFyPViQ90y+vB3qjF5uwqI+
X-Entity-ID: u001.n3N2wHOxjs1hdpnL9OotBB
Feedback-ID: exports:edytordruku:2291047
Content-Type: multipart/alternative; boundary=21a5dc6aba44b859a52fda6624f536c0e82cea0f8b03ed3f4f516fbf

--21a5dc6aba44b859a52fda6624f536c0e82cea0f8b03ed3f4f516fbf
Content-Transfer-Encoding: base64
Content-Type: text/plain; charset=utf-8
Mime-Version: 1.0

RWtzcG9ydCBkYW55Y2ggZ290b3d5IGRvIHBvYnJhbmlhCgpFa3Nwb3J0IGRhbnljaCBvc29ib3d5
Y2ggdcW8eXRrb3duaWthICM0MDMxNyAobWFnZGEua293YWxjenlrQGludGVyaWEucGwpLAp6bGVj
b255IHByemV6IGFkbWluaXN0cmF0b3JhIHByaXZhY3lAc2hvcC5leGFtcGxlLmJlIHcgZG5pdSAx
Ni4xMC4yMDI2Cm8gMTU6NTIsIHpvc3RhxYIgcHJ6eWdvdG93YW55LgoKWmF3YXJ0b8WbxIcgYXJj
aGl3dW06Ci0gcHJ6ZXPFgmFuZSB6ZGrEmWNpYSAob3J5Z2luYcWCeSk6IDQxMiBwbGlrw7N3Ci0g
emFwaXNhbmUgcHJvamVrdHk6IDMgKGZvdG9rc2nEhcW8a2EsIGthbGVuZGFyeiAyMDI3LCBrdWJl
aykKLSBwcm9qZWt0eSB1ZG9zdMSZcG5pb25lIGxpbmtpZW06IDEgKGxpbmsgYWt0eXdueSkKLSBo
aXN0b3JpYSB6Z8OzZCAobWFya2V0aW5nLCBnYWxlcmlhIGluc3BpcmFjamksIHByemV0d2FyemFu
aWUgdHdhcnp5KTogNiB3cGlzw7N3Ci0gZHppZW5uaWsgZG9zdMSZcHUgZG8gcHJvamVrdMOzdzog
NTggd3Bpc8OzdwoKUm96bWlhcjogMiwzIEdCIChaSVAsIHN6eWZyb3dhbnkgQUVTLTI1NikKClBv
Ymllcno6IGh0dHBzOi8vYXBwLmVkeXRvcmRydWt1LnBsL2FkbWluL2V4cG9ydHMvRVhQLTAwOTE4
MjcKCkxpbmsgd3lnYXNhIHphIDcgZG5pICgyMy4xMC4yMDI2KS4gUG8gdHltIHRlcm1pbmllIGFy
Y2hpd3VtIHpvc3RhbmllIHRyd2FsZQp1c3VuacSZdGUgeiBuYXN6eWNoIHNlcndlcsOzdy4gWmdv
ZG5pZSB6IHVtb3fEhSBwb3dpZXJ6ZW5pYSBFZHl0b3JEcnVrdSBuaWUKcHJ6ZWNob3d1amUga29w
aWkgZWtzcG9ydHUuCgpPdHJ6eW11amVzeiB0xJkgd2lhZG9tb8WbxIcsIHBvbmlld2HFvCBqZXN0
ZcWbIGFkbWluaXN0cmF0b3JlbSBrb250YQpTaG9wIEV4YW1wbGUgUEwgdyBFZHl0b3JEcnVrdS4K
RWR5dG9yRHJ1a3Ugc3AuIHogby5vLiB8IHVsLiBMaXBvd2EgMywgMzAtNzAyIEtyYWvDs3cK

--21a5dc6aba44b859a52fda6624f536c0e82cea0f8b03ed3f4f516fbf
Content-Transfer-Encoding: base64
Content-Type: text/html; charset=utf-8
Mime-Version: 1.0

PCFET0NUWVBFIGh0bWw+CjxodG1sIGxhbmc9InBsIj48aGVhZD48bWV0YSBjaGFyc2V0PSJ1dGYt
OCI+PHRpdGxlPkVrc3BvcnQgZGFueWNoIGdvdG93eTwvdGl0bGU+PC9oZWFkPgo8Ym9keSBzdHls
ZT0ibWFyZ2luOjA7YmFja2dyb3VuZDojZjRmNWY3Ij4KPHRhYmxlIHdpZHRoPSIxMDAlIiBjZWxs
cGFkZGluZz0iMCIgY2VsbHNwYWNpbmc9IjAiPjx0cj48dGQgYWxpZ249ImNlbnRlciI+Cjx0YWJs
ZSB3aWR0aD0iNTYwIiBjZWxscGFkZGluZz0iMjQiIHN0eWxlPSJiYWNrZ3JvdW5kOiNmZmZmZmY7
Zm9udC1mYW1pbHk6SGVsdmV0aWNhLEFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXplOjE0cHg7Y29s
b3I6IzFkMjMzMCI+Cjx0cj48dGQ+CjxoMiBzdHlsZT0ibWFyZ2luOjAgMCAxMnB4Ij5Fa3Nwb3J0
IGRhbnljaCBnb3Rvd3kgZG8gcG9icmFuaWE8L2gyPgo8cD5Fa3Nwb3J0IGRhbnljaCBvc29ib3d5
Y2ggdcW8eXRrb3duaWthIDxiPiM0MDMxNzwvYj4gKG1hZ2RhLmtvd2FsY3p5a0BpbnRlcmlhLnBs
KSwgemxlY29ueSBwcnpleiBhZG1pbmlzdHJhdG9yYSBwcml2YWN5QHNob3AuZXhhbXBsZS5iZSB3
IGRuaXUgMTYuMTAuMjAyNiBvIDE1OjUyLCB6b3N0YcWCIHByenlnb3Rvd2FueS48L3A+Cjx1bD4K
PGxpPnByemVzxYJhbmUgemRqxJljaWEgKG9yeWdpbmHFgnkpOiA0MTIgcGxpa8OzdzwvbGk+Cjxs
aT56YXBpc2FuZSBwcm9qZWt0eTogMyAoZm90b2tzacSFxbxrYSwga2FsZW5kYXJ6IDIwMjcsIGt1
YmVrKTwvbGk+CjxsaT5wcm9qZWt0eSB1ZG9zdMSZcG5pb25lIGxpbmtpZW06IDEgKGxpbmsgYWt0
eXdueSk8L2xpPgo8bGk+aGlzdG9yaWEgemfDs2QgKG1hcmtldGluZywgZ2FsZXJpYSBpbnNwaXJh
Y2ppLCBwcnpldHdhcnphbmllIHR3YXJ6eSk6IDYgd3Bpc8OzdzwvbGk+CjxsaT5kemllbm5payBk
b3N0xJlwdSBkbyBwcm9qZWt0w7N3OiA1OCB3cGlzw7N3PC9saT4KPC91bD4KPHA+Um96bWlhcjog
MiwzIEdCIChaSVAsIHN6eWZyb3dhbnkgQUVTLTI1Nik8L3A+CjxwPjxhIGhyZWY9Imh0dHBzOi8v
YXBwLmVkeXRvcmRydWt1LnBsL2FkbWluL2V4cG9ydHMvRVhQLTAwOTE4MjciIHN0eWxlPSJiYWNr
Z3JvdW5kOiMyZjZmZWQ7Y29sb3I6I2ZmZjtwYWRkaW5nOjEwcHggMThweDtib3JkZXItcmFkaXVz
OjRweDt0ZXh0LWRlY29yYXRpb246bm9uZSI+UG9iaWVyeiBla3Nwb3J0PC9hPjwvcD4KPHAgc3R5
bGU9ImZvbnQtc2l6ZToxMnB4O2NvbG9yOiM2YjcyODAiPkxpbmsgd3lnYXNhIHphIDcgZG5pICgy
My4xMC4yMDI2KS4gUG8gdHltIHRlcm1pbmllIGFyY2hpd3VtIHpvc3RhbmllIHRyd2FsZSB1c3Vu
acSZdGUgeiBuYXN6eWNoIHNlcndlcsOzdy4gWmdvZG5pZSB6IHVtb3fEhSBwb3dpZXJ6ZW5pYSBF
ZHl0b3JEcnVrdSBuaWUgcHJ6ZWNob3d1amUga29waWkgZWtzcG9ydHUuPC9wPgo8cCBzdHlsZT0i
Zm9udC1zaXplOjExcHg7Y29sb3I6IzljYTNhZiI+T3RyenltdWplc3ogdMSZIHdpYWRvbW/Fm8SH
LCBwb25pZXdhxbwgamVzdGXFmyBhZG1pbmlzdHJhdG9yZW0ga29udGEgU2hvcCBFeGFtcGxlIFBM
IHcgRWR5dG9yRHJ1a3UuPGJyPkVkeXRvckRydWt1IHNwLiB6IG8uby4gfCB1bC4gTGlwb3dhIDMs
IDMwLTcwMiBLcmFrw7N3PC9wPgo8L3RkPjwvdHI+PC90YWJsZT4KPC90ZD48L3RyPjwvdGFibGU+
CjwvYm9keT48L2h0bWw+Cg==

--21a5dc6aba44b859a52fda6624f536c0e82cea0f8b03ed3f4f516fbf--
'''),
    ('pl', 'person-deletes-uploads-above-upload-notice', 'deletion', (),
'''Return-Path: <magda.kowalczyk@interia.pl>
Received: from smtpo112.poczta.interia.pl (smtpo112.poczta.interia.pl [203.0.113.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XDP5VyWFB3nFf
        for <privacy@shop.example.be>; Sat, 17 Oct 2026 08:37:25 +0200 (CEST)
Received: from smtpclient.apple (unknown [31.61.142.77])
        by poczta.interia.pl (INTERIA.PL) with ESMTPSA id 3C9D1A2B44
        for <privacy@shop.example.be>; Sat, 17 Oct 2026 08:37:23 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=interia.pl;
        s=biztos; t=1792219042;
        h=from:to:subject:date:message-id:in-reply-to:references:content-type;
        bh=pSzrKnTTQc+KgUfGdXHyEcMaEQTeRHpF0EwCp3UTgGI=;
        b=ycWIzcKzVb9Vi0hr7WbnK9lTodkNGAD7FA91fRFe/jpbFUKaL0JkMKzw4cvAaUe/9Pmz
        OskFvHXx83hpkq/u3zJH+WNQgDr/r58RWYFPNSAA+M8V7hQx7oe9wizgzk7WeFgXgzsXv/
        fSkEKy7gQRmpWwUGekf8HRwLwC/lhadJQ=
Content-Type: text/plain;
        charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Magdalena Kowalczyk <magda.kowalczyk@interia.pl>
Mime-Version: 1.0
Date: Sat, 17 Oct 2026 08:37:22 +0200
Subject: =?utf-8?q?Re=3A_Przesy=C5=82anie_zako=C5=84czone=3A_412_zdj=C4=99?=
 =?utf-8?q?=C4=87?=
Message-Id: <07B7BD2A-0226-0002-75B1-11AD08DC6A9D@interia.pl>
References: <upl.7731902.1792012443.dc069082@foto.shop.example.be>
In-Reply-To: <upl.7731902.1792012443.dc069082@foto.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22A3354)

Dzie=C5=84 dobry,

prosz=C4=99 o usuni=C4=99cie wszystkich 412 zdj=C4=99=C4=87, kt=C3=B3re wgr=
a=C5=82am do fotoksi=C4=85=C5=BCki
=E2=80=9EWakacje Hel 2026=E2=80=9D, razem z samym projektem. Ksi=C4=85=C5=
=BCki jednak nie zam=C3=B3wi=C4=99,
a nie chc=C4=99, =C5=BCeby zdj=C4=99cia moich dzieci le=C5=BCa=C5=82y u Was=
 przez rok. Konto mo=C5=BCe
zosta=C4=87, chodzi tylko o zdj=C4=99cia i ten projekt.

Prosz=C4=99 o potwierdzenie, kiedy b=C4=99dzie to zrobione.

Magdalena Kowalczyk

Wys=C5=82ane z iPhone=E2=80=99a

> Wiadomo=C5=9B=C4=87 napisana przez Shop Example Foto <no-reply@foto.shop.=
example.be> w dniu 12.10.2026, o godz. 21:14:
>
> Cze=C5=9B=C4=87 Magda,
>
> przesy=C5=82anie zako=C5=84czone: 412 zdj=C4=99=C4=87 zosta=C5=82o dodany=
ch do projektu
> =E2=80=9EWakacje Hel 2026=E2=80=9D (fotoksi=C4=85=C5=BCka A4, 48 stron).
>
> Przes=C5=82ane pliki:   412 (1,9 GB)
> Pomini=C4=99te pliki:   0
> Rozpoznane duplikaty: 7 (zostawili=C5=9Bmy je w projekcie, mo=C5=BCesz je=
 usun=C4=85=C4=87)
>
> Twoje zdj=C4=99cia s=C4=85 przechowywane na Twoim koncie przez 12 miesi=
=C4=99cy od
> ostatniej edycji projektu. Mo=C5=BCesz je usun=C4=85=C4=87 w ka=C5=BCdej =
chwili w zak=C5=82adce
> =E2=80=9EMoje zdj=C4=99cia=E2=80=9D.
>
> Kontynuuj projekt:
> https://foto.shop.example.be/pl/projekty/PB-7731902
>
> Mi=C5=82ego projektowania!
> Zesp=C3=B3=C5=82 Shop Example Foto
>
> --
> Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wys=C5=82ana automatycznie, nie odpow=
iadaj na ni=C4=85.
> Pytania o zdj=C4=99cia i dane osobowe: privacy@shop.example.be
'''),
    ('cs', 'kiosk-daily-usb-deletion-log', 'automated', (),
'''Return-Path: <kiosk-fk-brn-02@kiosk.shop.example.be>
Received: from relay.kiosk.shop.example.be (relay.kiosk.shop.example.be [192.0.2.140])
        by mx1.shop.example.be (Postfix) with ESMTP id 4QvTkzcxtw6f41
        for <privacy@shop.example.be>; Tue, 13 Oct 2026 22:00:13 +0200 (CEST)
Received: from FK-BRN-02 (unknown [10.61.2.12])
        by relay.kiosk.shop.example.be (Postfix) with ESMTP id 4GkqLm0bT8z3wXr;
        Tue, 13 Oct 2026 22:00:12 +0200 (CEST)
From: =?utf-8?b?Rm90b2tpb3NrIEZLLUJSTi0wMiAoQnJubyBWYcWIa292a2Ep?= <kiosk-fk-brn-02@kiosk.shop.example.be>
To: vedouci.brno@shop.example.be, privacy@shop.example.be
Subject: =?utf-8?b?RGVubsOtIHByb3Rva29sIG1hesOhbsOtIGRhdCDigJMgRm90b2tpb3Nr?=
 =?utf-8?b?IEJybm8gVmHFiGtvdmthICMyIOKAkyAxMy4xMC4yMDI2?=
Date: Tue, 13 Oct 2026 22:00:11 +0200
Message-ID: <KM7.FK-BRN-02.20261013200011.a3c697@kiosk.shop.example.be>
X-Mailer: KioskMaster 7.3.1 (build 2291; Windows 10 IoT)
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

QXV0b21hdGlja8O9IGRlbm7DrSBwcm90b2tvbCBraW9za3UKPT09PT09PT09PT09PT09PT09PT09
PT09PT09PT09PT09CgpQcm9kZWpuYTogICBTaG9wIEV4YW1wbGUg4oCTIEJybm8sIEdhbGVyaWUg
VmHFiGtvdmthCktpb3NrOiAgICAgIEZLLUJSTi0wMiAoS2lvc2tNYXN0ZXIgNy4zLjEpCkRlbjog
ICAgICAgIMO6dGVyw70gMTMuMTAuMjAyNiwgMDg6MDDigJMyMTowMAoKRG9rb27EjWVuw6kgemFr
w6F6a3k6ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAzNwpOYcSNdGVuw6kgc291Ym9y
eSB6IFVTQiBkaXNrxa8gYSBwYW3Em8Wlb3bDvWNoIGthcmV0OiAgIDEgMjg0ClNvdWJvcnkgc21h
esOhbnkgcG8gZG9rb27EjWVuw60gemFrw6F6a3k6ICAgICAgICAgICAgIDEgMjgzClNvdWJvcnkg
xI1la2Fqw61jw60gbmEgc21hesOhbsOtOiAgICAgICAgICAgICAgICAgICAgICAxIHpha8Ohemth
CiAgLSBLMi0xMDEzLTAwNDI6IHRpc2sgcMWZZXJ1xaFlbiAoY2h5YmEgcG9kYXZhxI1lKSwgc291
Ym9yeQogICAgemFjaG92w6FueSBkbyBydcSNbsOtIGtvbnRyb2x5LCBhdXRvbWF0aWNrw6kgc21h
esOhbsOtIHphIDI0IGgKRm90b2dyYWZpZSBuYSBkb2tsYWR5IChwYXMsIG9ixI1hbnNrw70gcHLF
r2theik6ICAgICA2IHpha8OhemVrLAogICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAg
ICAgICAgICAgICAgICAgIHNuw61ta3kgc21hesOhbnkgcG8gdGlza3UKRS1tYWlsb3bDqSDDusSN
dGVua3kgb2Rlc2xhbsOpIHrDoWthem7DrWvFr206ICAgICAgICAgICAgMjIKU291aGxhc3kgc2Ug
emFzw61sw6Fuw61tIG5vdmluZWsgemFkYW7DqSBuYSBraW9za3U6ICAgMwoKxaBpZnJvdsOhbsOt
IGRpc2t1OiAgICAgICAgICAgICAgICAgICAgIE9LClBvc2xlZG7DrSBzeW5jaHJvbml6YWNlIHMg
Y2VudHLDoWxvdTogIDEzLjEwLjIwMjYgMjE6NTg6NDAKClRlbnRvIHByb3Rva29sIGplIGdlbmVy
b3bDoW4gYXV0b21hdGlja3kgYSB6YXPDrWzDoW4gdmVkb3Vjw61tdSBwcm9kZWpueQphIGtvbnRh
a3R1IHBybyBvY2hyYW51IG9zb2Juw61jaCDDumRhasWvLiBOZW9kcG92w61kZWp0ZSBuYSBuxJtq
Lgo=
'''),
    ('cs', 'exim-bounce-mailbox-full-deletion-confirmation', 'automated', (),
'''Return-Path: <>
Received: from mail.webhosting-morava.cz (mail.webhosting-morava.cz [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YtwjRjtVXWNJt
        for <privacy@shop.example.be>; Wed, 14 Oct 2026 16:41:10 +0200 (CEST)
Received: from Debian-exim by mail.webhosting-morava.cz with local (Exim 4.96)
        id 1vCk3Q-0007Fz-2b
        for privacy@shop.example.be;
        Wed, 14 Oct 2026 16:41:09 +0200
X-Failed-Recipients: jana.dvorakova@fotoateliervlasta.cz
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.webhosting-morava.cz>
To: privacy@shop.example.be
References: <PRIV-2026-2285.2.1ac0aa17fe@shop.example.be>
Content-Type: multipart/report; report-type=delivery-status; boundary=1792067669-eximdsn-1318290457
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vCk3Q-0007Fz-2b@mail.webhosting-morava.cz>
Date: Wed, 14 Oct 2026 16:41:09 +0200

--1792067669-eximdsn-1318290457
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  jana.dvorakova@fotoateliervlasta.cz
    mailbox is full: retry timeout exceeded

--1792067669-eximdsn-1318290457
Content-type: message/delivery-status

Reporting-MTA: dns; mail.webhosting-morava.cz

Action: failed
Final-Recipient: rfc822;jana.dvorakova@fotoateliervlasta.cz
Status: 5.0.0

--1792067669-eximdsn-1318290457
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Envelope-to: jana.dvorakova@fotoateliervlasta.cz
Delivery-date: Tue, 13 Oct 2026 09:12:44 +0200
Received: from smtp-out1.shop.example.be ([192.0.2.25])
        by mail.webhosting-morava.cz with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
        (Exim 4.96)
        (envelope-from <privacy@shop.example.be>)
        id 1vCJ8m-0002aQ-1K
        for jana.dvorakova@fotoateliervlasta.cz;
        Tue, 13 Oct 2026 09:12:44 +0200
From: =?utf-8?q?Shop_Example_=E2=80=93_Ochrana_osobn=C3=ADch_=C3=BAdaj=C5=AF?= <privacy@shop.example.be>
To: jana.dvorakova@fotoateliervlasta.cz
Subject: =?utf-8?q?Potvrzen=C3=AD_v=C3=BDmazu_Va=C5=A1ich_fotografi=C3=AD_?=
 =?utf-8?q?=28=C5=BE=C3=A1dost_PRIV-2026-2285=29?=
Date: Tue, 13 Oct 2026 09:12:41 +0200
Message-ID: <PRIV-2026-2285.2.1ac0aa17fe@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den, pan=C3=AD Dvo=C5=99=C3=A1kov=C3=A1,

potvrzujeme, =C5=BEe jsme na z=C3=A1klad=C4=9B Va=C5=A1=C3=AD =C5=BE=C3=A1d=
osti PRIV-2026-2285 smazali
fotografie, kter=C3=A9 jste nahr=C3=A1la do n=C3=A1vrhu svatebn=C3=ADch ozn=
=C3=A1men=C3=AD (38 soubor=C5=AF),
i samotn=C3=BD n=C3=A1vrh z n=C3=A1stroje N=C3=A1vrh=C3=A1=C5=99. Smaz=C3=
=A1ny byly tak=C3=A9 u na=C5=A1=C3=AD tisk=C3=A1rny.

Z=C5=AFst=C3=A1vaj=C3=AD pouze =C3=BAdaje o objedn=C3=A1vce =C4=8D. 2026-CZ=
-57190, kter=C3=A9 mus=C3=ADme uchov=C3=A1vat
podle =C3=BA=C4=8Detn=C3=ADch p=C5=99edpis=C5=AF.

S pozdravem
T=C3=BDm ochrany osobn=C3=ADch =C3=BAdaj=C5=AF
Shop Example BV

--1792067669-eximdsn-1318290457--
'''),
    ('cs', 'review-platform-photo-review-published', 'automated', (),
'''Return-Path: <notifikace+bnc-884120@mail.recenzeok.cz>
Received: from mail.recenzeok.cz (mail.recenzeok.cz [198.51.100.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4BxGZt7MDmK4Yy
        for <privacy@shop.example.be>; Thu, 15 Oct 2026 10:27:40 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=recenzeok.cz;
        s=rok1; t=1792052858;
        h=from:to:subject:date:message-id:list-unsubscribe:
        list-unsubscribe-post:mime-version:content-type;
        bh=IkLdQV+eR18fG48LRLN9bUOQILZ31G9pXoCGbuT05xA=;
        b=BnbVputc4ptX3nWO8AL3GehaUSCz6CD+HCHvCrcFXemaAvg9/KHmlp3wKiNKAxQwiud4
        flEYPkjGQSo7tsA60Sg6SDeF2y8/yFt4klCe2WHNNhIX66Io5cd/NXT3Hl0l1BhGGf+Uff
        M1wK/b/2Cibfkq8L/vh7UlcBbjldVL5uYFhY0Ik3qqGptT3SxL41nF6WD7gcUr/3cVL5Vd
        f2PfRXeDo5utRGlyEgA64DL68XFBTkHMJz24iSap2hsg1CHy81noySITjhfxizxJJUIIEy
        eVHKAmQl6J3yw+P8dgsS72pmXQW1WdTuuwEp5mzJdiwaPYsgL7b3D3gXvrqdVfUw==
From: RecenzeOK <notifikace@recenzeok.cz>
To: privacy@shop.example.be
Subject: =?utf-8?q?Recenze_s_fotografi=C3=AD_byla_zve=C5=99ejn=C4=9Bna_?=
 =?utf-8?q?=E2=80=93_Hrnek_s_vlastn=C3=AD_fotografi=C3=AD_330_ml?=
Date: Thu, 15 Oct 2026 10:27:38 +0200
Message-ID: <review-884120-published.6e0ece52bee0@recenzeok.cz>
List-Unsubscribe: <https://admin.recenzeok.cz/nastaveni/oznameni/off?t=yjWqC49AUOUUR1XXNrrywWYh>, <mailto:unsubscribe@recenzeok.cz?subject=review-notifications>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: review-published:shop-14472:recenzeok
X-Mailer: Nette Framework
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="=_db8d35dadc3fbb22b80eed6af63f0063"

--=_db8d35dadc3fbb22b80eed6af63f0063
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

u va=C5=A1eho obchodu Shop Example CZ byla zve=C5=99ejn=C4=9Bna nov=C3=A1 o=
v=C4=9B=C5=99en=C3=A1 recenze
s fotografi=C3=AD.

Produkt:   Hrnek s vlastn=C3=AD fotografi=C3=AD 330 ml
Hodnocen=C3=AD: =E2=98=85=E2=98=85=E2=98=85=E2=98=85=E2=98=86 (4/5)
Autor:     Petra K. (ov=C4=9B=C5=99en=C3=BD n=C3=A1kup, objedn=C3=A1vka =C4=
=8D. 2026-CZ-58812)
Text:      =E2=80=9EHrnek je kr=C3=A1sn=C3=BD, barvy jsou ale o n=C4=9Bco t=
mav=C5=A1=C3=AD ne=C5=BE na displeji.=E2=80=9C
Fotografie: 2 (1 zve=C5=99ejn=C4=9Bna, 1 skryta)

Jedna fotografie byla automaticky skryta, proto=C5=BEe n=C3=A1=C5=A1 filtr =
na n=C3=AD rozpoznal
obli=C4=8Dej d=C3=ADt=C4=9Bte. Skrytou fotografii uchov=C3=A1v=C3=A1me 30 d=
n=C3=AD a pot=C3=A9 ji sma=C5=BEeme,
pokud ji autorka znovu nezve=C5=99ejn=C3=AD se souhlasem z=C3=A1konn=C3=A9h=
o z=C3=A1stupce.
V=C3=ADce v na=C5=A1ich Z=C3=A1sad=C3=A1ch ochrany osobn=C3=ADch =C3=BAdaj=
=C5=AF a ve smlouv=C4=9B o zpracov=C3=A1n=C3=AD.

Odpov=C4=9Bd=C4=9Bt na recenzi: https://admin.recenzeok.cz/reviews/884120

Toto je automatick=C3=A9 ozn=C3=A1men=C3=AD slu=C5=BEby RecenzeOK.
Nastaven=C3=AD ozn=C3=A1men=C3=AD: https://admin.recenzeok.cz/nastaveni/ozn=
ameni
RecenzeOK s.r.o., Plyn=C3=A1rn=C3=AD 1617/10, 170 00 Praha 7

--=_db8d35dadc3fbb22b80eed6af63f0063
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Verdana,sans-serif;font-size:13px">
<p>Dobr=C3=BD den,</p>
<p>u va=C5=A1eho obchodu <b>Shop Example CZ</b> byla zve=C5=99ejn=C4=9Bna n=
ov=C3=A1 ov=C4=9B=C5=99en=C3=A1 recenze s fotografi=C3=AD.</p>
<table cellpadding=3D"3">
<tr><td><b>Produkt</b></td><td>Hrnek s vlastn=C3=AD fotografi=C3=AD 330 ml<=
/td></tr>
<tr><td><b>Hodnocen=C3=AD</b></td><td>&#9733;&#9733;&#9733;&#9733;&#9734; (=
4/5)</td></tr>
<tr><td><b>Autor</b></td><td>Petra K. (ov=C4=9B=C5=99en=C3=BD n=C3=A1kup, o=
bjedn=C3=A1vka =C4=8D. 2026-CZ-58812)</td></tr>
<tr><td><b>Text</b></td><td>=E2=80=9EHrnek je kr=C3=A1sn=C3=BD, barvy jsou =
ale o n=C4=9Bco tmav=C5=A1=C3=AD ne=C5=BE na displeji.=E2=80=9C</td></tr>
<tr><td><b>Fotografie</b></td><td>2 (1 zve=C5=99ejn=C4=9Bna, 1 skryta)</td>=
</tr>
</table>
<p style=3D"background:#fff6dd;padding:8px">Jedna fotografie byla automatic=
ky skryta, proto=C5=BEe n=C3=A1=C5=A1 filtr na n=C3=AD rozpoznal obli=C4=8D=
ej d=C3=ADt=C4=9Bte. Skrytou fotografii uchov=C3=A1v=C3=A1me 30 dn=C3=AD a =
pot=C3=A9 ji sma=C5=BEeme, pokud ji autorka znovu nezve=C5=99ejn=C3=AD se s=
ouhlasem z=C3=A1konn=C3=A9ho z=C3=A1stupce.</p>
<p><a href=3D"https://admin.recenzeok.cz/reviews/884120">Odpov=C4=9Bd=C4=9B=
t na recenzi</a></p>
<p style=3D"color:#888;font-size:11px">Toto je automatick=C3=A9 ozn=C3=A1me=
n=C3=AD slu=C5=BEby RecenzeOK. <a href=3D"https://admin.recenzeok.cz/nastav=
eni/oznameni">Nastaven=C3=AD ozn=C3=A1men=C3=AD</a><br>RecenzeOK s.r.o., Pl=
yn=C3=A1rn=C3=AD 1617/10, 170 00 Praha 7</p>
</body></html>

--=_db8d35dadc3fbb22b80eed6af63f0063--
'''),
    ('cs', 'person-forwards-kiosk-receipt-complaint', 'complaint', (),
'''Return-Path: <tomas.hruby@seznam.cz>
Received: from mxf3.seznam.cz (mxf3.seznam.cz [203.0.113.163])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4BZBLYMFl62blt
        for <privacy@shop.example.be>; Tue, 20 Oct 2026 19:48:07 +0200 (CEST)
Received: from [192.168.1.34] (ip-89-102-14-77.bb.vodafone.cz [89.102.14.77])
        by email.seznam.cz (szn-ebox-5.0.243) with ESMTPSA;
        Tue, 20 Oct 2026 19:48:06 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=seznam.cz;
        s=szn20221014; t=1792518485;
        h=received:from:to:subject:date:message-id:mime-version:content-type;
        bh=qhHK5D4nhXWIqvBAny72STriXXU4C5JcJVCsyVI8W8M=;
        b=JznzyU5abXUf8quz+H+sFZ08zLDYubxC+ikXfMJi8S3DScwCfirbjKlDBf55oplYVdAA
        ommn5FCDdu//CENo+yT9rnfid9FwdkDuxqrWcqmFZlVWE7G4JGDiLS409Ox4fQ/NV/lppT
        d1S8sgHnH+WvaVuj3jWrlfoM8LmcAfMAfJ/26BG+qYrzFQpl8FtURzTwyyNQ4teJF4AtYm
        lMEATBfxTYSqUykzlEE4p7ao1UBm/wRwbaHcaceH4tlnXs1IUfTPvJIR9BQWT5Xmt9hpH5
        gYYMyUBYd4yRcCq7/xSSnZzG6dLDh8TZi9sbtFA0PnygBHQk/uOhUKP8IAHRfkiQ==
Message-ID: <6c2e91f4-0b7a-4d1e-9a53-1ac90557b858@seznam.cz>
Date: Tue, 20 Oct 2026 19:48:05 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: cs
To: privacy@shop.example.be
From: =?utf-8?q?Tom=C3=A1=C5=A1_Hrub=C3=BD?= <tomas.hruby@seznam.cz>
Subject: =?utf-8?q?Fwd=3A_=C3=9A=C4=8Dtenka_=E2=80=93_Fotokiosk_Brno_Va?=
 =?utf-8?q?=C5=88kovka=2C_zak=C3=A1zka_K2-0926-0017?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dobrý den,

přeposílám účtenku z fotokiosku v Brně ve Vaňkovce. Stojí v ní, že se
fotky z USB po tisku z kiosku mažou. Nesmazaly se: když jsem 28. září
přišel znovu a zasunul úplně jiný flash disk, kiosk mi nabídl „Pokračovat
v předchozí zakázce“ i s mými 86 fotkami z dovolené, včetně fotek dětí.
Mohl je vidět kdokoli, kdo stál u kiosku po mně.

Ještě ten den jsem Vám to psal přes formulář na webu a nikdo se mi
neozval. Je to přes tři týdny. Považuji to za vážné porušení ochrany
osobních údajů. Pokud do 14 dnů nedostanu vysvětlení, co se s mými
fotkami stalo a kdo k nim měl přístup, podám stížnost na Úřad pro
ochranu osobních údajů.

Tomáš Hrubý
tel. 604 551 873


-------- Přeposlaná zpráva --------
Předmět: 	Účtenka – Fotokiosk Brno Vaňkovka, zakázka K2-0926-0017
Datum: 	Sat, 26 Sep 2026 15:12:40 +0200
Od: 	Shop Example Fotokiosk <kiosk@kiosk.shop.example.be>
Komu: 	tomas.hruby@seznam.cz



ÚČTENKA – FOTOKIOSK
Shop Example – Brno, Galerie Vaňkovka, kiosk FK-BRN-02
Zakázka: K2-0926-0017        26.09.2026 15:12

Fotografie 10x15 lesklé      86 ks x 5,90 Kč     507,40 Kč
Celkem (vč. DPH 21 %)                             507,40 Kč
Zaplaceno kartou ****4471

Vaše fotografie načtené z USB disku nebo paměťové karty jsou po dokončení
tisku automaticky smazány z kiosku.

Toto je automaticky generovaný e-mail, neodpovídejte na něj.
'''),
    ('hr', 'zimbra-vacation-print-partner', 'automated', (),
'''Return-Path: <ivana.horvat@tiskara-primus.hr>
Received: from mail.tiskara-primus.hr (mail.tiskara-primus.hr [198.51.100.205])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4NT7L6G0bQbRrx
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 09:03:13 +0200 (CEST)
Received: from localhost (localhost [127.0.0.1])
        by mail.tiskara-primus.hr (Postfix) with ESMTP id 7D3A2180B41
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 09:03:12 +0200 (CEST)
Date: Mon, 19 Oct 2026 09:03:12 +0200 (CEST)
From: Ivana Horvat <ivana.horvat@tiskara-primus.hr>
To: privacy@shop.example.be
Message-ID: <1048213377.88412.1792393392514.JavaMail.zimbra@tiskara-primus.hr>
In-Reply-To: <PRIV-2026-2340.1.0840bf6009@shop.example.be>
Subject: =?utf-8?q?Godi=C5=A1nji_odmor_do_26=2E10=2E_=E2=80=93_Re=3A_Brisanj?=
 =?utf-8?q?e_datoteka_kupca=2C_narud=C5=BEba_platna_2026-HR-11490?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)
Thread-Topic: =?utf-8?q?Brisanje_datoteka_kupca=2C_narud=C5=BEba_platna_2026?=
 =?utf-8?q?-HR-11490?=

Po=C5=A1tovani,

hvala na poruci. Do 26. listopada 2026. sam na godi=C5=A1njem odmoru i nemam
pristup e-po=C5=A1ti.

Za narud=C5=BEbe platna, fotoknjiga i pitanja o datotekama koje ste nam pos=
lali
na tisak obratite se kolegici Mariji Babi=C4=87 (marija.babic@tiskara-primu=
s.hr,
+385 1 4455 210).

Zahtjeve za brisanje ili povrat datoteka s fotografijama kupaca molimo
po=C5=A1aljite na zastita.podataka@tiskara-primus.hr.

Poruke se ne proslje=C4=91uju automatski.

Lijep pozdrav,
Ivana Horvat
Voditeljica proizvodnje | Tiskara Primus d.o.o.
Radni=C4=8Dka cesta 80, 10000 Zagreb
'''),
    ('hr', 'engraving-workshop-status-cc', 'automated', (),
'''Return-Path: <status@graviranje-zlatnirez.hr>
Received: from cp12.hosting-adria.hr (cp12.hosting-adria.hr [203.0.113.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4WLRfwvfsV32cF
        for <privacy@shop.example.be>; Thu, 15 Oct 2026 15:31:49 +0200 (CEST)
Received: from graviranje-zlatnirez.hr (localhost [127.0.0.1])
        by cp12.hosting-adria.hr (Postfix) with ESMTPSA id 5B1E0C2047;
        Thu, 15 Oct 2026 15:31:47 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=graviranje-zlatnirez.hr;
        s=default; t=1792071107;
        h=date:to:cc:from:subject:message-id:mime-version:content-type;
        bh=Dr8i1Z0Kt8/+89D+NGntfPRfM6VAWXQgi8PsFJboTKc=;
        b=Md2ih+YZkfmvJKE/+SUbCpx/GewzhbaMqrg9aZomms+gmvcWW7yNuvkNb0cTEhYTQkRq
        Rv4LX3hQh4jQBiHpGZ/EEFKO/Ak7UdKwFgZywRGYRrxvegtVn/kU4HqKAJmUBPUDXFmc+c
        wc+TJC5ft2a12tUUYuQTb9C5dZos8VOf5/5g/bWuDb8yfFeDZU/wDb91qOFVtBZgUxTpFe
        hgQ8YZjjAHqNBjSLCYa0Q1076QbtAUyqG5SzIixfRGOyJ7Zhgihu58QAvIW8MwXY3e7LJ5
        ugJQL18UZXxmt7s2wB1ryeq/KyrSYLM+Zq6z1FHlI10W6JYnCDABqUDldiJ6gcPw==
Date: Thu, 15 Oct 2026 15:31:47 +0200
To: narudzbe.hr@shop.example.be
Cc: privacy@shop.example.be
From: Graverska radionica Zlatni Rez <status@graviranje-zlatnirez.hr>
Subject: =?utf-8?q?Status_narud=C5=BEbe_GR-26-3317=3A_gravura_zavr=C5=A1ena?=
Message-ID: <XPUNfU5ZIAWSdqGp11axDudMBcLIhyCyJmqlAMzk@graviranje-zlatnirez.hr>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Poštovani,

status Vaše narudžbe promijenjen je u: GRAVURA ZAVRŠENA

Broj narudžbe:     GR-26-3317 (Shop Example HR, nalog 2026-HR-11873)
Proizvod:          muški sat Classic 40 mm, čelik – graviranje poklopca
Tekst gravure:     „Luki – 14. 9. 2019. – zauvijek tvoja M.“
Font / dubina:     Script 2 / 0,1 mm
Kontrola kvalitete: prošla (fotografija gravure spremljena u sustavu)
Predaja kuriru:    16. 10. 2026.

Napomena o podacima: tekst gravure i fotografija gotovog proizvoda čuvaju
se u našem sustavu 30 dana od isporuke radi eventualnih reklamacija, a
zatim se automatski brišu. Kopija ove obavijesti šalje se kontaktu za
zaštitu osobnih podataka naručitelja prema ugovoru o obradi.

Ovo je automatska obavijest sustava za praćenje narudžbi.
Molimo ne odgovarajte na ovu poruku.

Graverska radionica Zlatni Rez j.d.o.o.
Ilica 212, 10000 Zagreb
'''),
    ('hr', 'courier-pickup-misdelivered-photobook', 'automated', (),
'''Return-Path: <bounce+88231.4471-privacy=shop.example.be@obavijesti.brzadostava.hr>
Received: from mta3.obavijesti.brzadostava.hr (mta3.obavijesti.brzadostava.hr [198.51.100.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4J7rbnTCYJCTFm
        for <privacy@shop.example.be>; Thu, 15 Oct 2026 13:43:01 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=brzadostava.hr;
        s=k1; t=1792064575;
        h=subject:from:reply-to:to:date:message-id:feedback-id:mime-version:
        content-type;
        bh=LBUR88FZjecgroBl5I6kWuCTkRXcNFNAPrgOSOPEBXk=;
        b=ikLTSx+sD/chJaHtU+S4ofwEWSspY8dBS8y42h2gaB8JlUyxmhRM9U5qEAg3PK+Ab8+Q
        H3tq/RvsVeTS2cQQp+v2I9yI6xs5YWRfm3PDxoImoHqouH2d/8JxJgl/7LWQxpDXdy6O81
        JeHZucWgsCkDsV+pWrxn53FEC7L+d2scO4xKmDHRonIBkD4AHG3Ef9nbRipuUPYaepNPoJ
        Wrlql2slAVSrWEVdpAKNuvD+xSP4DTNlcqb0D2V6PWc56XxBL5rwvXKGleI1+Y5kA23R6S
        1oLVxKO9hTsfzMlfgy6miGJG3y/X0fhdp5Dfp9T+dp8T9THNiVldXADdj2OAqjcQ==
Subject: =?utf-8?q?Po=C5=A1iljka_3S8845120HR_je_preuzeta?=
From: BrzaDostava <obavijesti@brzadostava.hr>
Reply-To: BrzaDostava <noreply@brzadostava.hr>
To: <privacy@shop.example.be>
Date: Thu, 15 Oct 2026 13:42:55 +0200
Message-ID: <807cd21780cc717b9759.c88c1689d91d@obavijesti.brzadostava.hr>
Feedback-ID: pickup-status:88231:brzadostava
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_----------=_MCPart_1544322313"

--_----------=_MCPart_1544322313
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

po=C5=A1iljka 3S8845120HR preuzeta je 15. 10. 2026. u 13:42.

Vrsta usluge:        povrat (nalog za preuzimanje PR-2026-77412)
Mjesto preuzimanja:  Split, 21000
Sadr=C5=BEaj prema nalogu: fotoknjiga A4 =E2=80=93 pogre=C5=A1no dostavljen=
a po=C5=A1iljka
Odredi=C5=A1te:           Shop Example =E2=80=93 Centralno skladi=C5=A1te H=
R, Zagreb
O=C4=8Dekivana dostava:   16. 10. 2026.

Pra=C4=87enje po=C5=A1iljke:
https://www.brzadostava.hr/pracenje?broj=3D3S8845120HR

Ovu obavijest primate jer je adresa privacy@shop.example.be navedena kao
kontakt naru=C4=8Ditelja preuzimanja. Obavijesti o statusu mo=C5=BEete iskl=
ju=C4=8Diti
u korisni=C4=8Dkom profilu.

BrzaDostava d.o.o. =E2=80=93 obavijest je poslana automatski, ne odgovarajt=
e na nju.

--_----------=_MCPart_1544322313
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px">
<div style=3D"background:#d81e2c;color:#fff;padding:12px 16px;font-size:18p=
x">BrzaDostava</div>
<p>Po=C5=A1tovani,</p>
<p>po=C5=A1iljka <b>3S8845120HR</b> preuzeta je 15. 10. 2026. u 13:42.</p>
<table cellpadding=3D"4">
<tr><td>Vrsta usluge</td><td>povrat (nalog za preuzimanje PR-2026-77412)</t=
d></tr>
<tr><td>Mjesto preuzimanja</td><td>Split, 21000</td></tr>
<tr><td>Sadr=C5=BEaj prema nalogu</td><td>fotoknjiga A4 =E2=80=93 pogre=C5=
=A1no dostavljena po=C5=A1iljka</td></tr>
<tr><td>Odredi=C5=A1te</td><td>Shop Example =E2=80=93 Centralno skladi=C5=
=A1te HR, Zagreb</td></tr>
<tr><td>O=C4=8Dekivana dostava</td><td>16. 10. 2026.</td></tr>
</table>
<p><a href=3D"https://www.brzadostava.hr/pracenje?broj=3D3S8845120HR">Prati=
te po=C5=A1iljku</a></p>
<p style=3D"font-size:11px;color:#777">Ovu obavijest primate jer je adresa =
privacy@shop.example.be navedena kao kontakt naru=C4=8Ditelja preuzimanja. =
Obavijesti o statusu mo=C5=BEete isklju=C4=8Diti u korisni=C4=8Dkom profilu=
.<br>BrzaDostava d.o.o. =E2=80=93 obavijest je poslana automatski, ne odgov=
arajte na nju.</p>
</body></html>

--_----------=_MCPart_1544322313--
'''),
    ('hr', 'person-unsubscribes-replying-to-auto-reply', 'withdraw_consent', (),
'''Return-Path: <marina.kovacevic88@gmail.com>
Received: from mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hg7hfgwGwd2Md
        for <privacy@shop.example.be>; Fri, 16 Oct 2026 09:02:45 +0200 (CEST)
Received: by mail-wr1-f54.google.com with SMTP id ffacd0b85a97d-42f8c1e0a3bso118420f8f.1
        for <privacy@shop.example.be>; Fri, 16 Oct 2026 00:02:44 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com;
        s=20230601; t=1792134151;
        h=content-transfer-encoding:cc:to:subject:message-id:date:from:
        in-reply-to:references:mime-version:from:to:cc:subject:date:
        message-id:reply-to;
        bh=ms9Iu8hnnW+brS6wFqU5iAdpTDj0Mh3P/Nvq9e5wrkM=;
        b=/j0En1ZUSxQ62CBVF4M2JO3kCaXi5PRSY/lNXIARKIYjpVoSdBLM0/5/hOLBMbLdcQB/
        9UeBsNnxvPEA2DQlMG8DC+ZpyO3q+Qi47wBg1kmThNj4vF09BD1aevp5to6IecJjcBdKi1
        AHlkakLocnNKL1xELs5R8n732s4cThBHoeWUNGKzOd31Jt49gjRF3rDJHWD/MEx84YGwmK
        VBeZgcrsoVAJtLt9dGdgfjeylQnP0JZTytjEAR1q6fcZHn+GkET2gxzUnQ2sAuWNB7g/cw
        3lKtNBmTl2Gm3iXYmlC+rxoKDNf3sSXjQONjY02z/aDXtuJpntEmJSWTy7QprKPw==
X-Received: by 2002:a5d:4e8c:0:b0:42f:8c1e:77a1 with SMTP id ffacd0b85a97d-42f8c1e7c3fmr2291847f8f.3.1792141364012;
        Fri, 16 Oct 2026 00:02:44 -0700 (PDT)
MIME-Version: 1.0
References: <ar.FOTO-HR-20931.adcfaef408@shop.example.be>
In-Reply-To: <ar.FOTO-HR-20931.adcfaef408@shop.example.be>
From: =?utf-8?q?Marina_Kova=C4=8Devi=C4=87?= <marina.kovacevic88@gmail.com>
Date: Fri, 16 Oct 2026 09:02:31 +0200
Message-ID: <CAG2hPx7btRY5TuBOsZt05xLsUu9bg6lwLNaYoiiuwqI9XV@mail.gmail.com>
Subject: =?utf-8?q?Re=3A_Automatski_odgovor=3A_zaprimili_smo_Va=C5=A1_upit_?=
 =?utf-8?q?=28FOTO-HR-20931=29?=
To: =?utf-8?q?Shop_Example_=E2=80=93_Foto_slu=C5=BEba?= <foto@shop.example.be>, privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000a45edfebc7f824d4"

--000000000000a45edfebc7f824d4
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dobar dan,

ovo mi je stiglo kao odgovor na pitanje o kalendaru. Molim vas da me
odjavite s newslettera i svih promotivnih mailova (Foto ideje, akcije za
foto knjige itd.), ne =C5=BEelim vi=C5=A1e primati nikakve reklame na ovu a=
dresu.
Na pitanje o kalendaru ne trebate odgovarati, rije=C5=A1ila sam to u trgovi=
ni.

Hvala,
Marina Kova=C4=8Devi=C4=87

=C4=8Det, 15. lis 2026. u 18:20 Shop Example =E2=80=93 Foto slu=C5=BEba <fo=
to@shop.example.be>
napisao je:

> Po=C5=A1tovani,
>
> zahvaljujemo na poruci. Ovo je automatski odgovor: Va=C5=A1 upit je zapri=
mljen
> pod brojem FOTO-HR-20931 i odgovorit =C4=87emo u roku od 2 radna dana.
>
> Dok =C4=8Dekate, pogledajte na=C5=A1e foto ponude: foto knjige -30 % do 3=
1. 10.!
> https://www.shop.example.be/hr/foto
>
> Shop Example =E2=80=93 Foto slu=C5=BEba

--000000000000a45edfebc7f824d4
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Dobar dan,</div><div><br></div><div>ovo mi je stiglo =
kao odgovor na pitanje o kalendaru. Molim vas da me odjavite s newslettera =
i svih promotivnih mailova (Foto ideje, akcije za foto knjige itd.), ne =C5=
=BEelim vi=C5=A1e primati nikakve reklame na ovu adresu. Na pitanje o kalen=
daru ne trebate odgovarati, rije=C5=A1ila sam to u trgovini.</div><div><br>=
</div><div>Hvala,</div><div>Marina Kova=C4=8Devi=C4=87</div></div><br><div =
class=3D"gmail_quote"><div dir=3D"ltr" class=3D"gmail_attr">=C4=8Det, 15. l=
is 2026. u 18:20 Shop Example =E2=80=93 Foto slu=C5=BEba &lt;<a href=3D"mai=
lto:foto@shop.example.be">foto@shop.example.be</a>&gt; napisao je:<br></div=
><blockquote class=3D"gmail_quote" style=3D"margin:0px 0px 0px 0.8ex;border=
-left:1px solid rgb(204,204,204);padding-left:1ex">Po=C5=A1tovani,<br><br>z=
ahvaljujemo na poruci. Ovo je automatski odgovor: Va=C5=A1 upit je zaprimlj=
en<br>pod brojem FOTO-HR-20931 i odgovorit =C4=87emo u roku od 2 radna dana=
.<br><br>Dok =C4=8Dekate, pogledajte na=C5=A1e foto ponude: foto knjige -30=
 % do 31. 10.!<br>https://www.shop.example.be/hr/foto<br><br>Shop Example =
=E2=80=93 Foto slu=C5=BEba</blockquote></div>

--000000000000a45edfebc7f824d4--
'''),
    ('sv', 'cloud-album-shared-with-you', 'automated', (),
'''Return-Path: <0102019a2c7e1f44-a0ca04a5-4c78-e609-5780-989777ef753d-000000@eu-west-1.amazonses.com>
Received: from a7-12.smtp-out.eu-west-1.amazonses.com (a7-12.smtp-out.eu-west-1.amazonses.com [54.240.7.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Y8r7mtrYnCSr3
        for <privacy@shop.example.be>; Wed, 14 Oct 2026 22:11:11 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=bildmoln.se;
        s=bm2025; t=1792008669;
        h=from:to:subject:date:message-id:list-unsubscribe:
        list-unsubscribe-post:mime-version:content-type;
        bh=YsFue7I08WdXYQCaW+AC0xurlK0pBMkCaiD4urMsk7A=;
        b=uvqMZHjLcPsL3UQCrQG8sHbKxnPrMhvcQCeUBEbCAERcLVdR8aupNmK/2QvuKbHCu3+M
        AwaS1jIPFfnOqmaJxV+TobtGFAaqFKrre25OzIe8w8SElHbydUIimZseHLqYMdzMAONUCp
        p/NK8D1r88MNLjPNL5e0sKNyRP60BSYLFHx5pX0sydHLzz/NX2rvZpfaWurHFgLp2b8dWv
        ZDdbfvepZuOvYOpUKgyPhjom2HEY7+MdsonnRJZJ/yI0VloHeMTTwZPJ6dUp2sp/hyQf/3
        c/JrTdwddLN82eKOE/HKN2si2wT5Nt85kaL6bf49Q2qcuSjKwuIXi7sKs1Tvs9SA==
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=amazonses.com;
        s=shh3fegwg5fppqsuzphvschd53n6ihuv; t=1792008669;
        h=from:to:subject:date:message-id:mime-version:content-type:
        feedback-id;
        bh=n/YKGLrh0qhERU7Vg4iq4DYrXbb8jgimJpDtX0YuwN8=;
        b=xhFKk8+d6CEJEHijYfpdzzeCvf8UAaZVH5ZiXSvlxVUQerDfyoV3ImzLymO3NxlI9SC0
        pCpnKbpivO1r8CyKNxVqXd62mgCxWTnG612D44vaDkw9Haitkj5LhFMF5vod3XaGT5MoXF
        2t6PLCRc1lcsaPB2L+cU1eKMXc51mGEXc=
From: "Erik Lindqvist (via Bildmoln)" <dela@notiser.bildmoln.se>
Reply-To: erik.lindqvist@outlook.com
To: privacy@shop.example.be
Subject: =?utf-8?q?Erik_Lindqvist_har_delat_albumet_=E2=80=9DBr=C3=B6llop_An?=
 =?utf-8?q?na_=26_Johan=E2=80=9D_med_dig?=
Date: Wed, 14 Oct 2026 20:11:09 +0000
Message-ID: <0102019a2c7e1f44-9614b517-31c3-0436-db0e-8974e97801b1-000000@eu-west-1.amazonses.com>
List-Unsubscribe: <https://bildmoln.se/notiser/av?u=Zp81QmX2&oc=1>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: ::1.eu-west-1.MCH4suAbriVfVHTiuBzEeHWpaujnTkJ8db4AbHl3wki=:AmazonSES
X-SES-Outgoing: 2026.10.14-54.240.7.12
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="=-gyl1bAfy32Z2TRYuguoXxl=="

--=-gyl1bAfy32Z2TRYuguoXxl==
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Erik Lindqvist har delat ett album med dig

Br=C3=B6llop Anna & Johan
214 foton =C2=B7 3 videor =C2=B7 delat 14 okt. 2026

Meddelande fr=C3=A5n Erik:
=E2=80=9DH=C3=A4r =C3=A4r bilderna till fotoboken som vi pratade om i butik=
en i Uppsala.=E2=80=9D

=C3=96ppna albumet:
https://bildmoln.se/a/Xc92LmQe7R

Alla som har l=C3=A4nken kan se albumet. L=C3=A4nken slutar g=C3=A4lla 13 n=
ov. 2026.

Vill du inte f=C3=A5 delningsaviseringar fr=C3=A5n Bildmoln? Avregistrera d=
ig:
https://bildmoln.se/notiser/av?u=3DZp81QmX2

Bildmoln AB =C2=B7 Box 1123 =C2=B7 111 81 Stockholm
S=C3=A5 behandlar vi personuppgifter: https://bildmoln.se/integritet

--=-gyl1bAfy32Z2TRYuguoXxl==
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PCFkb2N0eXBlIGh0bWw+PGh0bWwgbGFuZz0ic3YiPjxoZWFkPjxtZXRhIGNoYXJzZXQ9InV0Zi04
Ij48L2hlYWQ+Cjxib2R5IHN0eWxlPSJtYXJnaW46MDtwYWRkaW5nOjA7YmFja2dyb3VuZDojZWVm
MWY0Ij4KPGRpdiBzdHlsZT0ibWF4LXdpZHRoOjUyMHB4O21hcmdpbjowIGF1dG87YmFja2dyb3Vu
ZDojZmZmO2ZvbnQtZmFtaWx5Oi1hcHBsZS1zeXN0ZW0sU2Vnb2UgVUksUm9ib3RvLHNhbnMtc2Vy
aWY7Y29sb3I6IzIwMjEyNCI+CjxkaXYgc3R5bGU9InBhZGRpbmc6MjBweCAyNHB4O2ZvbnQtc2l6
ZToxOHB4Ij48Yj5FcmlrIExpbmRxdmlzdDwvYj4gaGFyIGRlbGF0IGV0dCBhbGJ1bSBtZWQgZGln
PC9kaXY+CjxpbWcgc3JjPSJodHRwczovL2Nkbi5iaWxkbW9sbi5zZS9zaGFyZS9jb3Zlci9YYzky
TG1RZTdSLmpwZyIgd2lkdGg9IjUyMCIgYWx0PSJCcsO2bGxvcCBBbm5hICZhbXA7IEpvaGFuIiBz
dHlsZT0iZGlzcGxheTpibG9jayI+CjxkaXYgc3R5bGU9InBhZGRpbmc6MTZweCAyNHB4Ij4KPGRp
diBzdHlsZT0iZm9udC1zaXplOjE3cHgiPjxiPkJyw7ZsbG9wIEFubmEgJmFtcDsgSm9oYW48L2I+
PC9kaXY+CjxkaXYgc3R5bGU9ImNvbG9yOiM1ZjYzNjgiPjIxNCBmb3RvbiDCtyAzIHZpZGVvciDC
tyBkZWxhdCAxNCBva3QuIDIwMjY8L2Rpdj4KPHAgc3R5bGU9ImJvcmRlci1sZWZ0OjNweCBzb2xp
ZCAjYzdjY2QxO3BhZGRpbmctbGVmdDoxMHB4Ij7igJ1Iw6RyIMOkciBiaWxkZXJuYSB0aWxsIGZv
dG9ib2tlbiBzb20gdmkgcHJhdGFkZSBvbSBpIGJ1dGlrZW4gaSBVcHBzYWxhLuKAnTwvcD4KPHA+
PGEgaHJlZj0iaHR0cHM6Ly9iaWxkbW9sbi5zZS9hL1hjOTJMbVFlN1IiIHN0eWxlPSJiYWNrZ3Jv
dW5kOiMxYTczZTg7Y29sb3I6I2ZmZjtwYWRkaW5nOjEwcHggMjBweDtib3JkZXItcmFkaXVzOjE4
cHg7dGV4dC1kZWNvcmF0aW9uOm5vbmUiPsOWcHBuYSBhbGJ1bWV0PC9hPjwvcD4KPHAgc3R5bGU9
ImZvbnQtc2l6ZToxMnB4O2NvbG9yOiM1ZjYzNjgiPkFsbGEgc29tIGhhciBsw6Rua2VuIGthbiBz
ZSBhbGJ1bWV0LiBMw6Rua2VuIHNsdXRhciBnw6RsbGEgMTMgbm92LiAyMDI2LjwvcD4KPC9kaXY+
CjxkaXYgc3R5bGU9InBhZGRpbmc6MTZweCAyNHB4O2ZvbnQtc2l6ZToxMXB4O2NvbG9yOiM4MDg2
OGIiPlZpbGwgZHUgaW50ZSBmw6UgZGVsbmluZ3NhdmlzZXJpbmdhciBmcsOlbiBCaWxkbW9sbj8g
PGEgaHJlZj0iaHR0cHM6Ly9iaWxkbW9sbi5zZS9ub3Rpc2VyL2F2P3U9WnA4MVFtWDIiPkF2cmVn
aXN0cmVyYSBkaWc8L2E+PGJyPgpCaWxkbW9sbiBBQiDCtyBCb3ggMTEyMyDCtyAxMTEgODEgU3Rv
Y2tob2xtIMK3IDxhIGhyZWY9Imh0dHBzOi8vYmlsZG1vbG4uc2UvaW50ZWdyaXRldCI+U8OlIGJl
aGFuZGxhciB2aSBwZXJzb251cHBnaWZ0ZXI8L2E+PC9kaXY+CjwvZGl2PjwvYm9keT48L2h0bWw+
Cg==

--=-gyl1bAfy32Z2TRYuguoXxl==--
'''),
    ('sv', 'file-transfer-link-expires-data-export', 'automated', (),
'''Return-Path: <bounces@mail.skickastort.se>
Received: from mail.skickastort.se (mail.skickastort.se [198.51.100.66])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4J1HbfrGtYKwkt
        for <privacy@shop.example.be>; Thu, 15 Oct 2026 08:00:24 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=skickastort.se;
        s=mta; t=1792044022;
        h=from:to:subject:date:message-id:mime-version:content-type:
        content-transfer-encoding;
        bh=CcQJC5xEt/pcVC7ieQdH2J/sBD/KjIfBeiW/F9hvYh4=;
        b=ENy17/39suUiNgIqyw0ONgib7uRtXaW+2sTZFaatzeU+AQ49J23QAmE7wwl9MGTR+f9s
        YApUeaWmU1MjPRDR2hbJpxS+4CA/8RiEQB2i8wOZbhhnM7ZSfLKPqqv4oikJ1R65Tfr2lf
        B2uzurtaAqAnd4vIL+jm+Etvb+IBuxvA1pwa5tDOe0DtbEyDwyplXJtwuGR9RkYp2Ac6dq
        qFJZjj44Jme2PnyuuqdKj23hnH/rUknlr/N+/B1KdYHstWtSTyn8kitpn4k+KBQOOezqQn
        LXxWYHcQ193q7hePgRHYeUZF4jyEzweshDYZ7cwVfadplI1Is2mDZP7xUavNzfAg==
From: SkickaStort <noreply@skickastort.se>
To: privacy@shop.example.be
Subject: =?utf-8?q?Din_=C3=B6verf=C3=B6ring_upph=C3=B6r_om_7_dagar_=E2=80=93?=
 =?utf-8?q?_ingen_har_laddat_ned_den_=C3=A4nnu?=
Date: Thu, 15 Oct 2026 06:00:22 +0000
Message-ID: <transfer-expiry.pW7nR3kd.7d@skickastort.se>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej!

Din överföring till anna.holm@telia.com upphör om 7 dagar (22 okt. 2026)
och har inte laddats ned ännu.

Rubrik:  Dataexport enligt din begäran PRIV-2026-2210
Meddelande: Här är kopian av dina personuppgifter: uppladdade bilder
(1 106 filer), sparade designer och samtyckeshistorik.
Filer:   PRIV-2026-2210_export.zip (3,8 GB)

När överföringen har upphört raderas filerna permanent från våra servrar
och kan inte återställas.

Se överföringen: https://skickastort.se/t/pW7nR3kd

Du får det här mejlet eftersom du skickade överföringen från
privacy@shop.example.be.
SkickaStort · Integritetspolicy: https://skickastort.se/integritet
'''),
    ('sv', 'sieve-vacation-photo-lab', 'automated', (),
'''Return-Path: <>
Received: from mail.fotolabbet-norr.se (mail.fotolabbet-norr.se [203.0.113.9])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4WSZhvTHKrzwdm
        for <privacy@shop.example.be>; Fri, 16 Oct 2026 11:04:39 +0200 (CEST)
Received: from mail.fotolabbet-norr.se
        by mail.fotolabbet-norr.se with LMTP
        id oG2hFJaCD2mKMQAAr5Lk3w
        (envelope-from <privacy@shop.example.be>)
        for <karin.sjoberg@fotolabbet-norr.se>; Fri, 16 Oct 2026 11:04:38 +0200
Message-ID: <dovecot-sieve-1792141478-512077-0@mail.fotolabbet-norr.se>
Date: Fri, 16 Oct 2026 11:04:38 +0200
X-Sieve: Pigeonhole Sieve 0.5.21 (f6709815)
From: =?utf-8?q?Karin_Sj=C3=B6berg?= <karin.sjoberg@fotolabbet-norr.se>
To: <privacy@shop.example.be>
Subject: Auto: Radering av kundbilder efter avslutad order 55120
In-Reply-To: <PRIV-2026-2301.1.71496a5e22@shop.example.be>
References: <PRIV-2026-2301.1.71496a5e22@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej,

tack för ditt mejl. Jag är ledig till och med fredag 23 oktober och läser
inte mejl under tiden.

Ärenden om tryckfiler och beställningar: order@fotolabbet-norr.se
Frågor om personuppgifter, radering av kunders bildfiler och vårt
personuppgiftsbiträdesavtal: dataskydd@fotolabbet-norr.se

Ditt meddelande vidarebefordras inte.

Vänliga hälsningar
Karin Sjöberg
Produktionsansvarig, Fotolabbet Norr AB
'''),
    ('sv', 'ai-enhancement-face-grouping-weekly-report', 'automated', (),
'''Return-Path: <reports@lumera.ai>
Received: from mail-eu.postmarkapp-relay.lumera.ai (mail-eu.postmarkapp-relay.lumera.ai [198.51.100.184])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4L9HYvJk4ks0Q7
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 07:00:05 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=lumera.ai;
        s=20250915pm; t=1792386003;
        h=from:to:subject:date:message-id:mime-version:content-type;
        bh=PlaRUojaLVeDlOuqklcznSCyumYwcV4yuhCxGVz+6og=;
        b=XhfPi3aowEQljglgpJl3/8duxZU4fot3oxN5D1/06cxaRXiNF7darB0AKNwY1oJe1tVQ
        dYFE/6/Lbdv+TZc2eof0OXiEgDnlfst0CGqy3lSDjrYRiQe41khJqVIVRgqOuuYbR63/UJ
        U9eTnDbRK6IPTc/siGAwhsm529SW5NY1ZCjYs53JL/U69fTZTqq2F0SpIPCWQ98uQZ58uk
        6wSz0mG+OO7EUYS0G2l9FXSRkhiGMOD1GrPsxJ5uMzckMdZHQR+Ypd654U6tQs+rdG0p7F
        q1AMUfUznOVhMqHmcmJDAOdnOf75CP8jYATR+57vWeNUuWW7lTKKh+WGCBwCPpXg==
Date: Mon, 19 Oct 2026 05:00:03 +0000
From: Lumera AI Reports <reports@lumera.ai>
To: privacy@shop.example.be
Cc: dpo-nordics@shop.example.be
Message-ID: <f4dac266-6f0b-247c-ddfb-d33764c535d1@mtasv.net>
Subject: =?utf-8?q?Veckorapport_v=2E_42=3A_AI-f=C3=B6rb=C3=A4ttring_och_ansi?=
 =?utf-8?q?ktsgruppering_=28Minnen=29_=E2=80=93_Shop_Example_SE?=
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_3bf26a8eacfe2_180470"
Content-Transfer-Encoding: 7bit
X-Mailer: Postmark
X-PM-Message-Id: ee9691a3-085c-b186-54cf-6f739f75846f
X-PM-RCPT: |bTB8MjI5MXwxMTAyOTM0fHByaXZhY3lAc2hvcC5leGFtcGxlLmJl|
X-PM-Tag: weekly-dpa-report
Feedback-ID: weekly-dpa-report:pm

----==_mimepart_3bf26a8eacfe2_180470
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: base64

VmVja29yYXBwb3J0IHYuIDQyICgxMuKAkzE4IG9rdC4gMjAyNikKS3VuZDogU2hvcCBFeGFtcGxl
IFNFIOKAkyBmdW5rdGlvbmVybmEg4oCdRsO2cmLDpHR0cmEgZm90b+KAnSBvY2gg4oCdTWlubmVu
4oCdCgpBSS1mw7ZyYsOkdHRyaW5nCiAgSm9iYiBzbHV0ZsO2cmRhOiAgICAgICAgICAgICAgICAg
OSA0MTIKICBCaWxkZXIgZsO2cmLDpHR0cmFkZTogICAgICAgICAgICA0OCAyMTMKICBNaXNzbHlj
a2FkZSBqb2JiOiAgICAgICAgICAgICAgICAgIDE3IChmaWxlcm5hIHJhZGVyYWRlIGVmdGVyIDI0
IGgpCgpBbnNpa3RzZ3J1cHBlcmluZyAoTWlubmVuKQogIEtvbnRvbiBtZWQgZnVua3Rpb25lbiBw
w6UgKHNhbXR5Y2tlIHJlZ2lzdHJlcmF0KTogIDMgMTE4CiAgTnlhIHNhbXR5Y2tlbjogICAgICAg
ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIDIwNAogIMOFdGVya2FsbGFkZSBzYW10eWNr
ZW46ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIDQxCiAgICAtPiBhbnNpa3RzZGF0YSBm
w7ZyIGRlc3NhIGtvbnRvbiByYWRlcmFkZSBpbm9tIDI0IGgKICBSYWRlcmluZ3NiZWfDpHJhbmRl
biB2ZXJrc3TDpGxsZGE6ICAgICAgICAgICAgICAgICAgICAgMTIKICBFeHBvcnQgYXYgYW5zaWt0
c2RhdGEgYmVnw6RyZDogICAgICAgICAgICAgICAgICAgICAgICAgMAoKTGFncmluZwogIEbDtnJi
w6R0dHJhZGUga29waW9yIHNwYXJhcyAzMCBkYWdhciBvY2ggcmFkZXJhcyBkw6RyZWZ0ZXIgYXV0
b21hdGlza3QuCiAgQW5zaWt0c3Zla3RvcmVyIGzDpG1uYXIgYWxkcmlnIEVVIChyZWdpb24gZXUt
bm9ydGgtMSkuCgpGdWxsc3TDpG5kaWcgcmFwcG9ydCAoa3LDpHZlciBpbmxvZ2duaW5nKToKaHR0
cHM6Ly9jb25zb2xlLmx1bWVyYS5haS9yZXBvcnRzL3dlZWtseS8yMDI2LVc0Mj90ZW5hbnQ9c2hv
cGV4YW1wbGUtc2UKCkRlbiBow6RyIHJhcHBvcnRlbiBza2lja2FzIGF1dG9tYXRpc2t0IHZhcmpl
IG3DpW5kYWcgdGlsbCBkZW4gcmVnaXN0cmVyYWRlCmRhdGFza3lkZHNrb250YWt0ZW4gZW5saWd0
IHBlcnNvbnVwcGdpZnRzYml0csOkZGVzYXZ0YWxldC4KTHVtZXJhIEFJIEFCIMK3IFN2w6RyZHbD
pGdlbiAzIMK3IDE4MiAzMyBEYW5kZXJ5ZAo=

----==_mimepart_3bf26a8eacfe2_180470
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLEhlbHZldGljYSxzYW5zLXNlcmlm
O2ZvbnQtc2l6ZToxM3B4O2NvbG9yOiMxMTEiPgo8aDMgc3R5bGU9Im1hcmdpbi1ib3R0b206MnB4
Ij5WZWNrb3JhcHBvcnQgdi4gNDIgKDEy4oCTMTggb2t0LiAyMDI2KTwvaDM+CjxkaXYgc3R5bGU9
ImNvbG9yOiM2NjYiPkt1bmQ6IFNob3AgRXhhbXBsZSBTRSDigJMgZnVua3Rpb25lcm5hIOKAnUbD
tnJiw6R0dHJhIGZvdG/igJ0gb2NoIOKAnU1pbm5lbuKAnTwvZGl2Pgo8aDQ+QUktZsO2cmLDpHR0
cmluZzwvaDQ+Cjx0YWJsZSBjZWxscGFkZGluZz0iMyI+PHRyPjx0ZD5Kb2JiIHNsdXRmw7ZyZGE8
L3RkPjx0ZCBhbGlnbj0icmlnaHQiPjkgNDEyPC90ZD48L3RyPgo8dHI+PHRkPkJpbGRlciBmw7Zy
YsOkdHRyYWRlPC90ZD48dGQgYWxpZ249InJpZ2h0Ij40OCAyMTM8L3RkPjwvdHI+Cjx0cj48dGQ+
TWlzc2x5Y2thZGUgam9iYjwvdGQ+PHRkIGFsaWduPSJyaWdodCI+MTcgKGZpbGVybmEgcmFkZXJh
ZGUgZWZ0ZXIgMjQgaCk8L3RkPjwvdHI+PC90YWJsZT4KPGg0PkFuc2lrdHNncnVwcGVyaW5nIChN
aW5uZW4pPC9oND4KPHRhYmxlIGNlbGxwYWRkaW5nPSIzIj48dHI+PHRkPktvbnRvbiBtZWQgZnVu
a3Rpb25lbiBww6UgKHNhbXR5Y2tlIHJlZ2lzdHJlcmF0KTwvdGQ+PHRkIGFsaWduPSJyaWdodCI+
MyAxMTg8L3RkPjwvdHI+Cjx0cj48dGQ+TnlhIHNhbXR5Y2tlbjwvdGQ+PHRkIGFsaWduPSJyaWdo
dCI+MjA0PC90ZD48L3RyPgo8dHI+PHRkPsOFdGVya2FsbGFkZSBzYW10eWNrZW4gKGFuc2lrdHNk
YXRhIHJhZGVyYWRlIGlub20gMjQgaCk8L3RkPjx0ZCBhbGlnbj0icmlnaHQiPjQxPC90ZD48L3Ry
Pgo8dHI+PHRkPlJhZGVyaW5nc2JlZ8OkcmFuZGVuIHZlcmtzdMOkbGxkYTwvdGQ+PHRkIGFsaWdu
PSJyaWdodCI+MTI8L3RkPjwvdHI+Cjx0cj48dGQ+RXhwb3J0IGF2IGFuc2lrdHNkYXRhIGJlZ8Ok
cmQ8L3RkPjx0ZCBhbGlnbj0icmlnaHQiPjA8L3RkPjwvdHI+PC90YWJsZT4KPGg0PkxhZ3Jpbmc8
L2g0Pgo8cD5Gw7ZyYsOkdHRyYWRlIGtvcGlvciBzcGFyYXMgMzAgZGFnYXIgb2NoIHJhZGVyYXMg
ZMOkcmVmdGVyIGF1dG9tYXRpc2t0LiBBbnNpa3RzdmVrdG9yZXIgbMOkbW5hciBhbGRyaWcgRVUg
KHJlZ2lvbiBldS1ub3J0aC0xKS48L3A+CjxwPjxhIGhyZWY9Imh0dHBzOi8vY29uc29sZS5sdW1l
cmEuYWkvcmVwb3J0cy93ZWVrbHkvMjAyNi1XNDI/dGVuYW50PXNob3BleGFtcGxlLXNlIj5GdWxs
c3TDpG5kaWcgcmFwcG9ydDwvYT4gKGtyw6R2ZXIgaW5sb2dnbmluZyk8L3A+CjxwIHN0eWxlPSJm
b250LXNpemU6MTFweDtjb2xvcjojODg4Ij5EZW4gaMOkciByYXBwb3J0ZW4gc2tpY2thcyBhdXRv
bWF0aXNrdCB2YXJqZSBtw6VuZGFnIHRpbGwgZGVuIHJlZ2lzdHJlcmFkZSBkYXRhc2t5ZGRza29u
dGFrdGVuIGVubGlndCBwZXJzb251cHBnaWZ0c2JpdHLDpGRlc2F2dGFsZXQuPGJyPkx1bWVyYSBB
SSBBQiDCtyBTdsOkcmR2w6RnZW4gMyDCtyAxODIgMzMgRGFuZGVyeWQ8L3A+CjwvYm9keT48L2h0
bWw+Cg==

----==_mimepart_3bf26a8eacfe2_180470--
'''),
    ('sv', 'person-objects-face-grouping-with-legal-disclaimer', 'objection', (),
'''Return-Path: <johan.bergstrom@bergstrom-nyqvist.se>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2093.outbound.protection.outlook.com [40.107.22.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RFtzxrcgK2Dyj
        for <privacy@shop.example.be>; Tue, 20 Oct 2026 09:51:44 +0200 (CEST)
Received: from DB9PR07MB8871.eurprd07.prod.outlook.com (2603:10a6:10:2c1::14) by
 AS8PR07MB7420.eurprd07.prod.outlook.com (2603:10a6:20b:2a4::9) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9228.11; Tue, 20 Oct
 2026 07:51:41 +0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=bergstromnyqvist.onmicrosoft.com;
        s=selector1-bergstromnyqvist-onmicrosoft-com; t=1792482700;
        h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:
        X-MS-Exchange-SenderADCheck;
        bh=TQ6dEQzYa8B8bptbIqAYgpQeLUgCldOLRB4bxQKC9n4=;
        b=09VgNIhnrTY2dLqnSY34Zv3l6xsMY/f2MaNCT3P8tJNH95672jdNBoAlmY+MM/CfG6ym
        Co7WxXGd+RQtRUbvUH9FrnqDtkKL9ZGhBleFPHqIWrmE4xtxSeioL7XDahxLymEGRVhdJW
        L9cdZCuCQ8E8ZG2phu6WvCaqtVKUisDg1aLTSPJRgrkKj/P+7hSROk5BfT7wRyQce0XZ/j
        QnWuYSGJoo8zv7NT7fSnyG/PwKQdn7TWx3rphrXm0aQn9Wc16ylf9/qif7N+HTR3VbhxM2
        5ip0LU6sSzXwMwC+F+gJI2V16Sr2TXm2fJigZBIFHM5fc7dwlwgDN9nrOjTEiDAg==
From: =?utf-8?q?Johan_Bergstr=C3=B6m?= <johan.bergstrom@bergstrom-nyqvist.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?Ansiktsigenk=C3=A4nning_i_fotoappen_=E2=80=93_mitt_konto?=
Thread-Topic: =?utf-8?q?Ansiktsigenk=C3=A4nning_i_fotoappen_=E2=80=93_mitt_k?=
 =?utf-8?q?onto?=
Thread-Index: AQHcQMHmcEaLXPfECPxPnFQBJEA==
Date: Tue, 20 Oct 2026 07:51:40 +0000
Message-ID: <DB9PR07MB887167DOSBC13JI15J@DB9PR07MB8871.eurprd07.prod.outlook.com>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-publictraffictype: Email
x-ms-traffictypediagnostic: DB9PR07MB8871:EE_|AS8PR07MB7420:EE_
x-ms-exchange-senderadcheck: 1
Content-Type: multipart/alternative;
        boundary="_000_3X0F5UJASORLRKPD7H1CKYQF5T80LRNWRTD5DMYSD21P_"
MIME-Version: 1.0

--_000_3X0F5UJASORLRKPD7H1CKYQF5T80LRNWRTD5DMYSD21P_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SGVqLAoKSmFnIGhhciB1cHB0w6Rja3QgYXR0IGVyIGZ1bmt0aW9uIOKAnU1pbm5lbuKAnSBpIGZv
dG9hcHBlbiBoYXIgZ3J1cHBlcmF0CmFuc2lrdGVuYSBpIGJpbGRlcm5hIGphZyBsYWRkYXQgdXBw
LCBibGFuZCBhbm5hdCBtaW5hIGJhcm4sIG9jaCBmw7ZyZXNsw6VyCuKAnW1pbm5lbuKAnSBtZWQg
bmFtbiBww6UgcGVyc29uZXIuIEphZyBoYXIgYWxkcmlnIG1lZHZldGV0IHNsYWdpdCBww6UgZGV0
LgoKSmFnIG1vdHPDpHR0ZXIgbWlnIGF0dCBuaSBhbmFseXNlcmFyIGFuc2lrdGVuIGkgbWluYSBi
aWxkZXIgb2NoIGJ5Z2dlcgphbnNpa3RzZ3J1cHBlciBlbGxlciBtaW5uZW4gYXYgZGVtLiBTdMOk
bmcgYXYgZGV0IGbDtnIgbWl0dCBrb250bwooam9oYW4uYmVyZ3N0cm9tQGJlcmdzdHJvbS1ueXF2
aXN0LnNlKS4gQmlsZGVybmEgb2NoIG1pbmEKZm90b2Jva3NiZXN0w6RsbG5pbmdhciBza2EgbGln
Z2Ega3ZhciwgZGV0IMOkciBiYXJhIGFuc2lrdHNhbmFseXNlbiBqYWcKdmlsbCBhdHQgbmkgc2x1
dGFyIG1lZC4KCk12aApKb2hhbiBCZXJnc3Ryw7ZtCgpKb2hhbiBCZXJnc3Ryw7ZtCkFkdm9rYXQg
fCBEZWzDpGdhcmUKQmVyZ3N0csO2bSAmIE55cXZpc3QgQWR2b2thdGJ5csOlIEtCCkt1bmdzZ2F0
YW4gNDgsIDExMSAzNSBTdG9ja2hvbG0KVGVsICs0NiA4IDU1NSAxMjAgNDQgfCBNb2JpbCArNDYg
NzAgMzE4IDIyIDkwCnd3dy5iZXJnc3Ryb20tbnlxdmlzdC5zZQoKU2tpY2thdCBmcsOlbiBPdXRs
b29rIGbDtnIgaU9TCgpfX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fXwoKS09ORklERU5U
SUFMSVRFVDogRGV0dGEgZS1wb3N0bWVkZGVsYW5kZSBvY2ggZXZlbnR1ZWxsYSBiaWxhZ29yIMOk
cgprb25maWRlbnRpZWxsYSBvY2gga2FuIG9tZmF0dGFzIGF2IGFkdm9rYXRzZWtyZXRlc3MuIE1l
ZGRlbGFuZGV0IMOkciBlbmRhc3QKYXZzZXR0IGbDtnIgYWRyZXNzYXRlbi4gT20gZHUgaGFyIGbD
pXR0IG1lZGRlbGFuZGV0IGF2IG1pc3N0YWcsIHbDpG5saWdlbgptZWRkZWxhIGF2c8OkbmRhcmVu
IG9tZWRlbGJhcnQgb2NoIHJhZGVyYSBtZWRkZWxhbmRldC4gT3RpbGzDpXRlbgphbnbDpG5kbmlu
Zywga29waWVyaW5nIGVsbGVyIHNwcmlkbmluZyDDpHIgZsO2cmJqdWRlbi4KCkNPTkZJREVOVElB
TElUWSBOT1RJQ0U6IFRoaXMgZS1tYWlsIGFuZCBhbnkgYXR0YWNobWVudHMgYXJlIGNvbmZpZGVu
dGlhbAphbmQgbWF5IGJlIHN1YmplY3QgdG8gbGVnYWwgcHJvZmVzc2lvbmFsIHByaXZpbGVnZS4g
SWYgeW91IGhhdmUgcmVjZWl2ZWQKdGhpcyBlLW1haWwgaW4gZXJyb3IsIHBsZWFzZSBub3RpZnkg
dGhlIHNlbmRlciBhbmQgZGVsZXRlIGl0LgoKSW5mb3JtYXRpb24gb20gaHVyIHZpIGJlaGFuZGxh
ciBwZXJzb251cHBnaWZ0ZXIgZmlubnMgcMOlCnd3dy5iZXJnc3Ryb20tbnlxdmlzdC5zZS9pbnRl
Z3JpdGV0LgpUw6RuayBww6UgbWlsasO2biBpbm5hbiBkdSBza3JpdmVyIHV0IGRldHRhIGUtcG9z
dG1lZGRlbGFuZGUuCg==

--_000_3X0F5UJASORLRKPD7H1CKYQF5T80LRNWRTD5DMYSD21P_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48ZGl2IGRpcj0ibHRyIj5IZWosPC9k
aXY+PGRpdiBkaXI9Imx0ciI+PGJyPjwvZGl2PjxkaXYgZGlyPSJsdHIiPkphZyBoYXIgdXBwdMOk
Y2t0IGF0dCBlciBmdW5rdGlvbiDigJ1NaW5uZW7igJ0gaSBmb3RvYXBwZW4gaGFyIGdydXBwZXJh
dCBhbnNpa3RlbmEgaSBiaWxkZXJuYSBqYWcgbGFkZGF0IHVwcCwgYmxhbmQgYW5uYXQgbWluYSBi
YXJuLCBvY2ggZsO2cmVzbMOlciDigJ1taW5uZW7igJ0gbWVkIG5hbW4gcMOlIHBlcnNvbmVyLiBK
YWcgaGFyIGFsZHJpZyBtZWR2ZXRldCBzbGFnaXQgcMOlIGRldC48L2Rpdj48ZGl2IGRpcj0ibHRy
Ij48YnI+PC9kaXY+PGRpdiBkaXI9Imx0ciI+SmFnIG1vdHPDpHR0ZXIgbWlnIGF0dCBuaSBhbmFs
eXNlcmFyIGFuc2lrdGVuIGkgbWluYSBiaWxkZXIgb2NoIGJ5Z2dlciBhbnNpa3RzZ3J1cHBlciBl
bGxlciBtaW5uZW4gYXYgZGVtLiBTdMOkbmcgYXYgZGV0IGbDtnIgbWl0dCBrb250byAoam9oYW4u
YmVyZ3N0cm9tQGJlcmdzdHJvbS1ueXF2aXN0LnNlKS4gQmlsZGVybmEgb2NoIG1pbmEgZm90b2Jv
a3NiZXN0w6RsbG5pbmdhciBza2EgbGlnZ2Ega3ZhciwgZGV0IMOkciBiYXJhIGFuc2lrdHNhbmFs
eXNlbiBqYWcgdmlsbCBhdHQgbmkgc2x1dGFyIG1lZC48L2Rpdj48ZGl2IGRpcj0ibHRyIj48YnI+
PC9kaXY+PGRpdiBkaXI9Imx0ciI+TXZoIEpvaGFuIEJlcmdzdHLDtm08L2Rpdj48ZGl2IGRpcj0i
bHRyIj48YnI+PC9kaXY+PGRpdiBkaXI9Imx0ciI+Sm9oYW4gQmVyZ3N0csO2bSBBZHZva2F0IHwg
RGVsw6RnYXJlIEJlcmdzdHLDtm0gJmFtcDsgTnlxdmlzdCBBZHZva2F0Ynlyw6UgS0IgS3VuZ3Nn
YXRhbiA0OCwgMTExIDM1IFN0b2NraG9sbSBUZWwgKzQ2IDggNTU1IDEyMCA0NCB8IE1vYmlsICs0
NiA3MCAzMTggMjIgOTAgd3d3LmJlcmdzdHJvbS1ueXF2aXN0LnNlPC9kaXY+PGRpdiBkaXI9Imx0
ciI+PGJyPjwvZGl2PjxkaXYgZGlyPSJsdHIiPlNraWNrYXQgZnLDpW4gT3V0bG9vayBmw7ZyIGlP
UzwvZGl2PjxkaXYgZGlyPSJsdHIiPjxicj48L2Rpdj48ZGl2IGRpcj0ibHRyIj5fX19fX19fX19f
X19fX19fX19fX19fX19fX19fX19fXzwvZGl2PjxkaXYgZGlyPSJsdHIiPjxicj48L2Rpdj48ZGl2
IGRpcj0ibHRyIj5LT05GSURFTlRJQUxJVEVUOiBEZXR0YSBlLXBvc3RtZWRkZWxhbmRlIG9jaCBl
dmVudHVlbGxhIGJpbGFnb3Igw6RyIGtvbmZpZGVudGllbGxhIG9jaCBrYW4gb21mYXR0YXMgYXYg
YWR2b2thdHNla3JldGVzcy4gTWVkZGVsYW5kZXQgw6RyIGVuZGFzdCBhdnNldHQgZsO2ciBhZHJl
c3NhdGVuLiBPbSBkdSBoYXIgZsOldHQgbWVkZGVsYW5kZXQgYXYgbWlzc3RhZywgdsOkbmxpZ2Vu
IG1lZGRlbGEgYXZzw6RuZGFyZW4gb21lZGVsYmFydCBvY2ggcmFkZXJhIG1lZGRlbGFuZGV0LiBP
dGlsbMOldGVuIGFudsOkbmRuaW5nLCBrb3BpZXJpbmcgZWxsZXIgc3ByaWRuaW5nIMOkciBmw7Zy
Ymp1ZGVuLjwvZGl2PjxkaXYgZGlyPSJsdHIiPjxicj48L2Rpdj48ZGl2IGRpcj0ibHRyIj5DT05G
SURFTlRJQUxJVFkgTk9USUNFOiBUaGlzIGUtbWFpbCBhbmQgYW55IGF0dGFjaG1lbnRzIGFyZSBj
b25maWRlbnRpYWwgYW5kIG1heSBiZSBzdWJqZWN0IHRvIGxlZ2FsIHByb2Zlc3Npb25hbCBwcml2
aWxlZ2UuIElmIHlvdSBoYXZlIHJlY2VpdmVkIHRoaXMgZS1tYWlsIGluIGVycm9yLCBwbGVhc2Ug
bm90aWZ5IHRoZSBzZW5kZXIgYW5kIGRlbGV0ZSBpdC48L2Rpdj48ZGl2IGRpcj0ibHRyIj48YnI+
PC9kaXY+PGRpdiBkaXI9Imx0ciI+SW5mb3JtYXRpb24gb20gaHVyIHZpIGJlaGFuZGxhciBwZXJz
b251cHBnaWZ0ZXIgZmlubnMgcMOlIHd3dy5iZXJnc3Ryb20tbnlxdmlzdC5zZS9pbnRlZ3JpdGV0
LiBUw6RuayBww6UgbWlsasO2biBpbm5hbiBkdSBza3JpdmVyIHV0IGRldHRhIGUtcG9zdG1lZGRl
bGFuZGUuIDwvZGl2PjwvYm9keT48L2h0bWw+Cg==

--_000_3X0F5UJASORLRKPD7H1CKYQF5T80LRNWRTD5DMYSD21P_--
'''),
    ('ro', 'proof-approval-wedding-invitations-bcc', 'automated', (),
'''Return-Path: <proof-bounces@proof.shop.example.be>
Received: from proof-mail01.shop.example.be (proof-mail01.shop.example.be [192.0.2.61])
        by mx1.shop.example.be (Postfix) with ESMTP id 4PykDgjHj1QzDK
        for <privacy@shop.example.be>; Mon, 12 Oct 2026 15:05:14 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=proof.shop.example.be;
        s=pf1; t=1791810312;
        h=from:to:subject:date:message-id:mime-version:content-type;
        bh=sHhPK6hjeL+S2B0TNWvVXnjYXj2bRyBHfkp4BZ+mCRM=;
        b=Whpl32t7/Zy07KeIYyw7S6U/8PenY2WiWyLXIS/iMPHpX6FUrv05OuOaEHmX/1vcKt4Z
        1i17/tT9pE9CwOq8PcLoobsHze+g8l08zbuD0rlSHWoCMLNja3Z9vibRms4a1GFz7bRsAX
        yv2wWiLjZ5w23gTlK92c0fJeyRtMitczIeWSI4NIHmO8YC6TOQuMGgxr5HdPa3znTF/yWT
        xcaUN0kphvwJhztj/XNUVmC13sqLClcBF/g+Z1w4DnwyTZOE6fa8Eh+n8uaX0zUA0l+2SX
        FQ5FIPWeNQf1rKr700r6McIWiNS1N4YRne3/ht8QfEWE+K4GDmZ2N61EDfNHR+xw==
Date: Mon, 12 Oct 2026 16:05:12 +0300
To: ioana.marinescu@yahoo.com
From: Shop Example Print <machete@proof.shop.example.be>
Subject: =?utf-8?q?V=C4=83_rug=C4=83m_s=C4=83_aproba=C8=9Bi_macheta=3A_Invit?=
 =?utf-8?q?a=C8=9Bii_nunt=C4=83_Ioana_=26_Radu_=28SE-RO-31187=29?=
Message-ID: <proof.SE-RO-31187.v1.c777af826e@proof.shop.example.be>
X-Mailer: PrintFlow Proof 3.8
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="b1_3780f10a31f3ff417e6e66d695df7812"
Content-Transfer-Encoding: 8bit

This is a multi-part message in MIME format.

--b1_3780f10a31f3ff417e6e66d695df7812
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua, Ioana,

Macheta pentru comanda dumneavoastr=C4=83 este gata =C8=99i a=C8=99teapt=C4=
=83 aprobarea.

Produs:          Invita=C8=9Bii de nunt=C4=83 personalizate, 120 buc., h=C3=
=A2rtie perlat=C4=83 300 g
Personalizare:   numele invita=C8=9Bilor tip=C4=83rit pe fiecare invita=C8=
=9Bie
                 (120 de nume din lista =C3=AEnc=C4=83rcat=C4=83 pe 11.10.2=
026)
Data evenimentului: 21 noiembrie 2026

Vede=C8=9Bi =C8=99i aproba=C8=9Bi macheta:
https://proof.shop.example.be/ro/a/SE-RO-31187?k=3D8c1f0e6a

Verifica=C8=9Bi cu aten=C8=9Bie numele invita=C8=9Bilor, datele =C8=99i tex=
tul. Dup=C4=83 aprobare,
fi=C8=99ierul intr=C4=83 =C3=AEn produc=C8=9Bie la partenerul nostru de tip=
ar =C8=99i nu mai poate
fi modificat. Dac=C4=83 nu aproba=C8=9Bi macheta =C3=AEn 72 de ore, comanda=
 r=C4=83m=C3=A2ne =C3=AEn
a=C8=99teptare.

Lista cu numele invita=C8=9Bilor este folosit=C4=83 numai pentru aceast=C4=
=83 comand=C4=83 =C8=99i
este =C8=99tears=C4=83 automat la 30 de zile dup=C4=83 livrare.

Acesta este un mesaj automat. Pentru modific=C4=83ri folosi=C8=9Bi butonul
=E2=80=9ESolicit modific=C4=83ri=E2=80=9D din pagina machetei.
=C3=8Entreb=C4=83ri despre datele personale: privacy@shop.example.be

--b1_3780f10a31f3ff417e6e66d695df7812
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Georgia,serif;font-size:15px;color:#2b2b2b=
;background:#faf7f2">
<div style=3D"max-width:560px;margin:0 auto;padding:24px;background:#fff">
<p>Bun=C4=83 ziua, Ioana,</p>
<p>Macheta pentru comanda dumneavoastr=C4=83 este gata =C8=99i a=C8=99teapt=
=C4=83 aprobarea.</p>
<img src=3D"https://proof.shop.example.be/ro/thumb/SE-RO-31187-p1.jpg" widt=
h=3D"300" alt=3D"Previzualizare machet=C4=83">
<p><b>Produs:</b> Invita=C8=9Bii de nunt=C4=83 personalizate, 120 buc., h=
=C3=A2rtie perlat=C4=83 300 g<br>
<b>Personalizare:</b> numele invita=C8=9Bilor tip=C4=83rit pe fiecare invit=
a=C8=9Bie (120 de nume din lista =C3=AEnc=C4=83rcat=C4=83 pe 11.10.2026)<br>
<b>Data evenimentului:</b> 21 noiembrie 2026</p>
<p><a href=3D"https://proof.shop.example.be/ro/a/SE-RO-31187?k=3D8c1f0e6a&a=
mp;act=3Dapprove" style=3D"background:#7a5c3e;color:#fff;padding:10px 16px;=
text-decoration:none">Aprob macheta</a>
&nbsp; <a href=3D"https://proof.shop.example.be/ro/a/SE-RO-31187?k=3D8c1f0e=
6a&amp;act=3Dchanges">Solicit modific=C4=83ri</a></p>
<p style=3D"font-size:13px">Verifica=C8=9Bi cu aten=C8=9Bie numele invita=
=C8=9Bilor, datele =C8=99i textul. Dup=C4=83 aprobare, fi=C8=99ierul intr=
=C4=83 =C3=AEn produc=C8=9Bie la partenerul nostru de tipar =C8=99i nu mai =
poate fi modificat. Dac=C4=83 nu aproba=C8=9Bi macheta =C3=AEn 72 de ore, c=
omanda r=C4=83m=C3=A2ne =C3=AEn a=C8=99teptare.</p>
<p style=3D"font-size:12px;color:#777">Lista cu numele invita=C8=9Bilor est=
e folosit=C4=83 numai pentru aceast=C4=83 comand=C4=83 =C8=99i este =C8=99t=
ears=C4=83 automat la 30 de zile dup=C4=83 livrare.<br>
Acesta este un mesaj automat. =C3=8Entreb=C4=83ri despre datele personale: =
privacy@shop.example.be</p>
</div></body></html>

--b1_3780f10a31f3ff417e6e66d695df7812--
'''),
    ('ro', 'exchange-ndr-partner-deletion-request', 'automated', (),
'''Return-Path: <>
Received: from mail.tipografia-arcadia.ro (mail.tipografia-arcadia.ro [203.0.113.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4W9WC7vRD4yX9x
        for <privacy@shop.example.be>; Tue, 13 Oct 2026 10:05:17 +0200 (CEST)
Received: from EXCH01.arcadia.local (10.1.1.20) by mail.tipografia-arcadia.ro
 (10.1.1.5) with Microsoft SMTP Server id 15.1.2507.39; Tue, 13 Oct 2026
 11:05:16 +0300
From: <postmaster@tipografia-arcadia.ro>
To: <privacy@shop.example.be>
Date: Tue, 13 Oct 2026 11:05:16 +0300
Content-Type: multipart/report; report-type=delivery-status;
        boundary="_c296d493-e9eb-ecd1-088f-6fd63f3af60d_"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <7498260f-f604-93e5-b881-02343b46289e@EXCH01.arcadia.local>
In-Reply-To: <AM0PR04MB61144029DEAD@shop.example.be>
References: <AM0PR04MB61144029DEAD@shop.example.be>
Thread-Topic: =?utf-8?q?Solicitare_=C8=99tergere_fi=C8=99iere_=E2=80=93_coma?=
 =?utf-8?q?nda_SE-RO-30954_=28invita=C8=9Bii_nunt=C4=83=29?=
Thread-Index: AdzbE4kDjTjnVb7apVLTxpikjZD==
Subject: =?utf-8?q?Undeliverable=3A_Solicitare_=C8=99tergere_fi=C8=99iere_?=
 =?utf-8?q?=E2=80=93_comanda_SE-RO-30954_=28invita=C8=9Bii_nunt=C4=83=29?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--_c296d493-e9eb-ecd1-088f-6fd63f3af60d_
Content-Type: multipart/alternative; differences=Content-Type;
        boundary="_11f451a3-db38-d1fb-bbbc-eab6d884cd40_"

--_11f451a3-db38-d1fb-bbbc-eab6d884cd40_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Delivery has failed to these recipients or groups:

radu.pop@tipografia-arcadia.ro
The e-mail address you entered couldn't be found. Please check the recipien=
t's e-mail address and try to resend the message. If the problem continues,=
 please contact your helpdesk.






Diagnostic information for administrators:

Generating server: EXCH01.arcadia.local

radu.pop@tipografia-arcadia.ro
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Original message headers:

Received: from mail.tipografia-arcadia.ro (10.1.1.5) by EXCH01.arcadia.local
 (10.1.1.20) with Microsoft SMTP Server id 15.1.2507.39; Tue, 13 Oct 2026
 11:05:15 +0300
Received: from smtp-out1.shop.example.be (smtp-out1.shop.example.be [192.0.=
2.25])
        by mail.tipografia-arcadia.ro (Postfix) with ESMTPS id 4Gl0q71Hk2z2=
xQb;
        Tue, 13 Oct 2026 11:05:14 +0300 (EEST)
From: =3D?utf-8?q?Shop_Example_=3DE2=3D80=3D93_Protec=3DC8=3D9Bia_datelor?=
=3D <privacy@shop.example.be>
To: radu.pop@tipografia-arcadia.ro, andreea.stan@tipografia-arcadia.ro
Subject: =3D?utf-8?q?Solicitare_=3DC8=3D99tergere_fi=3DC8=3D99iere_=3DE2=3D=
80=3D93_comanda_S?=3D
 =3D?utf-8?q?E-RO-30954_=3D28invita=3DC8=3D9Bii_nunt=3DC4=3D83=3D29?=3D
Date: Tue, 13 Oct 2026 08:05:12 +0000
Message-ID: <AM0PR04MB61144029DEAD@shop.example.be>
Disposition-Notification-To: privacy@shop.example.be
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

--_11f451a3-db38-d1fb-bbbc-eab6d884cd40_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dus-ascii"></head>
<body><p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">Delivery has =
failed to these recipients or groups:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><p><a href=3D"mailto:rad=
u.pop@tipografia-arcadia.ro">radu.pop@tipografia-arcadia.ro</a><br>
</font><font color=3D"#000000" size=3D"3" face=3D"Arial">The e-mail address=
 you entered couldn't be found. Please check the recipient's e-mail address=
 and try to resend the message. If the problem continues, please contact yo=
ur helpdesk.<br>
</font><br><br><br><br><br><br>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>Diagnostic informa=
tion for administrators:</b></p>
<p>Generating server: EXCH01.arcadia.local</p>
<p>radu.pop@tipografia-arcadia.ro<br>#550 5.1.1 RESOLVER.ADR.RecipNotFound;=
 not found ##</p>
</font></body></html>

--_11f451a3-db38-d1fb-bbbc-eab6d884cd40_--

--_c296d493-e9eb-ecd1-088f-6fd63f3af60d_
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.arcadia.local
Received-From-MTA: dns;mail.tipografia-arcadia.ro
Arrival-Date: Tue, 13 Oct 2026 08:05:15 +0000

Final-Recipient: rfc822;radu.pop@tipografia-arcadia.ro
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--_c296d493-e9eb-ecd1-088f-6fd63f3af60d_
Content-Type: text/rfc822-headers

Received: from mail.tipografia-arcadia.ro (10.1.1.5) by EXCH01.arcadia.local
 (10.1.1.20) with Microsoft SMTP Server id 15.1.2507.39; Tue, 13 Oct 2026
 11:05:15 +0300
Received: from smtp-out1.shop.example.be (smtp-out1.shop.example.be [192.0.2.25])
        by mail.tipografia-arcadia.ro (Postfix) with ESMTPS id 4Gl0q71Hk2z2xQb;
        Tue, 13 Oct 2026 11:05:14 +0300 (EEST)
From: =?utf-8?q?Shop_Example_=E2=80=93_Protec=C8=9Bia_datelor?= <privacy@shop.example.be>
To: radu.pop@tipografia-arcadia.ro, andreea.stan@tipografia-arcadia.ro
Subject: =?utf-8?q?Solicitare_=C8=99tergere_fi=C8=99iere_=E2=80=93_comanda_S?=
 =?utf-8?q?E-RO-30954_=28invita=C8=9Bii_nunt=C4=83=29?=
Date: Tue, 13 Oct 2026 08:05:12 +0000
Message-ID: <AM0PR04MB61144029DEAD@shop.example.be>
Disposition-Notification-To: privacy@shop.example.be
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

--_c296d493-e9eb-ecd1-088f-6fd63f3af60d_--
'''),
    ('ro', 'outlook-read-receipt-partner', 'automated', (),
'''Return-Path: <andreea.stan@tipografia-arcadia.ro>
Received: from mail.tipografia-arcadia.ro (mail.tipografia-arcadia.ro [203.0.113.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HbSs9WW7MxHmj
        for <privacy@shop.example.be>; Tue, 13 Oct 2026 10:41:06 +0200 (CEST)
Received: from EXCH01.arcadia.local (10.1.1.20) by mail.tipografia-arcadia.ro
 (10.1.1.5) with Microsoft SMTP Server id 15.1.2507.39; Tue, 13 Oct 2026
 11:41:05 +0300
From: Andreea Stan <andreea.stan@tipografia-arcadia.ro>
To: =?utf-8?q?Shop_Example_=E2=80=93_Protec=C8=9Bia_datelor?= <privacy@shop.example.be>
Subject: =?utf-8?q?Citit=3A_Solicitare_=C8=99tergere_fi=C8=99iere_=E2=80=93_?=
 =?utf-8?q?comanda_SE-RO-30954_=28invita=C8=9Bii_nunt=C4=83=29?=
Thread-Topic: =?utf-8?q?Solicitare_=C8=99tergere_fi=C8=99iere_=E2=80=93_coma?=
 =?utf-8?q?nda_SE-RO-30954_=28invita=C8=9Bii_nunt=C4=83=29?=
Thread-Index: AdzbEn94q7ACJGIi1vr7MU2GAfm==
Date: Tue, 13 Oct 2026 11:41:03 +0300
Message-ID: <5DC54A5EE679@EXCH01.arcadia.local>
References: <AM0PR04MB61144029DEAD@shop.example.be>
In-Reply-To: <AM0PR04MB61144029DEAD@shop.example.be>
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="_e343f6f2-e90f-cb41-ad01-f4d304be1498_"
MIME-Version: 1.0

--_e343f6f2-e90f-cb41-ad01-f4d304be1498_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

TWVzYWp1bCBkdnMuCgogICAgQ8SDdHJlOiBBbmRyZWVhIFN0YW4KICAgIFN1YmllY3Q6IFNvbGlj
aXRhcmUgyJl0ZXJnZXJlIGZpyJlpZXJlIOKAkyBjb21hbmRhIFNFLVJPLTMwOTU0IChpbnZpdGHI
m2lpIG51bnTEgykKICAgIFRyaW1pczogbWFyyJtpLCAxMyBvY3RvbWJyaWUgMjAyNiAxMTowNTox
MiAoVVRDKzAyOjAwKSBBdGVuYSwgQnVjdXJlyJl0aQoKYSBmb3N0IGNpdGl0IMOubiBtYXLIm2ks
IDEzIG9jdG9tYnJpZSAyMDI2IDExOjQxOjAzIChVVEMrMDI6MDApIEF0ZW5hLCBCdWN1cmXImXRp
Lgo=

--_e343f6f2-e90f-cb41-ad01-f4d304be1498_
Content-Type: message/disposition-notification

Reporting-UA: EXCH01.arcadia.local; Microsoft Exchange Server 2016
Final-Recipient: rfc822;andreea.stan@tipografia-arcadia.ro
Original-Message-ID: <AM0PR04MB61144029DEAD@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_e343f6f2-e90f-cb41-ad01-f4d304be1498_--
'''),
    ('ro', 'person-asks-access-above-quoted-proof', 'access', (),
'''Return-Path: <ioana.marinescu@yahoo.com>
Received: from sonic311-21.consmr.mail.ir2.yahoo.com (sonic311-21.consmr.mail.ir2.yahoo.com [77.238.176.144])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4BZpJxMFS3JW13
        for <privacy@shop.example.be>; Tue, 13 Oct 2026 20:18:48 +0200 (CEST)
Received: from sonic.gate.mail.ne1.yahoo.com by sonic311.consmr.mail.ir2.yahoo.com with HTTP; Tue, 13 Oct 2026 18:18:46 +0000
Received: by hermes--production-ir2-5b8f8c7d9-qx4lm (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID 1c96a590416966ec0e5bc1dce5a8371b;
          Tue, 13 Oct 2026 18:18:45 +0000 (UTC)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com;
        s=s2048; t=1791915524;
        h=From:Content-Type:Mime-Version:Subject:Date:References:To:
        In-Reply-To:Message-Id;
        bh=0yfDC8Cs7huPxGOKIUXl06mlzkn/OgqkzFvpUUWSH4o=;
        b=VlLaSEJ+zx+ztNo3hUOCg8cCm9uiZ17s+H6csJ7qbIEF8WSKXnTvuq1Z1BLFlSGbLLVQ
        alf+naOXGq8cKadnfzaHtxUVJglmCuNznYMlzozR/4iR6rcgaOnceSNIKyqZ0C6gKejYvF
        zXWf4/a41rbmPHZWNRx2lg1FsYrUO8ObFBNQ/t9hck/5Q5BJdJX8dVzWWK78Bk+UmY/Q24
        ZRB9J+lp5ISHZsr08Oo7mTnPTU9i3R/I4Oi30+F6to3WjeI2xlRHSzTPV/cDArec83VTRm
        6fs7IS6wL1Wenjrr78dJx1hzhHdEtrlxUubh3Qc6VHVCWj2xqoFHIjPBqRf0+dxg==
From: Ioana Marinescu <ioana.marinescu@yahoo.com>
Content-Type: text/plain;
        charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0
Subject: =?utf-8?q?Re=3A_V=C4=83_rug=C4=83m_s=C4=83_aproba=C8=9Bi_macheta=3A?=
 =?utf-8?q?_Invita=C8=9Bii_nunt=C4=83_Ioana_=26_Radu_=28SE-RO-31187=29?=
Date: Tue, 13 Oct 2026 21:18:44 +0300
References: <proof.SE-RO-31187.v1.c777af826e@proof.shop.example.be>
To: privacy@shop.example.be
In-Reply-To: <proof.SE-RO-31187.v1.c777af826e@proof.shop.example.be>
Message-Id: <61967272-AF2B-2964-3187-0642F92AF3CD@yahoo.com>
X-Mailer: Apple Mail (2.3826.600.51.1.1)

Bun=C4=83 ziua,

=C3=8Enainte s=C4=83 aprob macheta vreau s=C4=83 =C8=99tiu ce date ave=C8=
=9Bi despre mine =C8=99i despre
invita=C8=9Bii no=C8=99tri: lista cu cele 120 de nume, adresele pe care le-=
am
=C3=AEnc=C4=83rcat pentru plicuri, ce altceva a=C8=9Bi p=C4=83strat din ce =
am urcat pe site.
=C8=98i vreau s=C4=83 =C8=99tiu cui a=C8=9Bi trimis lista: partenerului de =
tipar (care, =C3=AEn ce
=C8=9Bar=C4=83?) =C8=99i cine de acolo a avut acces la ea. V=C4=83 rog s=C4=
=83-mi trimite=C8=9Bi o
copie a datelor pe care le ave=C8=9Bi despre mine.

Mul=C8=9Bumesc,
Ioana Marinescu
0722 318 904

> Pe 12 oct. 2026, la 16:05, Shop Example Print <machete@proof.shop.example=
.be> a scris:
>
> Bun=C4=83 ziua, Ioana,
>
> Macheta pentru comanda dumneavoastr=C4=83 este gata =C8=99i a=C8=99teapt=
=C4=83 aprobarea.
>
> Produs:          Invita=C8=9Bii de nunt=C4=83 personalizate, 120 buc., h=
=C3=A2rtie perlat=C4=83 300 g
> Personalizare:   numele invita=C8=9Bilor tip=C4=83rit pe fiecare invita=
=C8=9Bie
>                  (120 de nume din lista =C3=AEnc=C4=83rcat=C4=83 pe 11.10=
.2026)
> Data evenimentului: 21 noiembrie 2026
>
> Vede=C8=9Bi =C8=99i aproba=C8=9Bi macheta:
> https://proof.shop.example.be/ro/a/SE-RO-31187?k=3D8c1f0e6a
>
> Verifica=C8=9Bi cu aten=C8=9Bie numele invita=C8=9Bilor, datele =C8=99i t=
extul. Dup=C4=83 aprobare,
> fi=C8=99ierul intr=C4=83 =C3=AEn produc=C8=9Bie la partenerul nostru de t=
ipar =C8=99i nu mai poate
> fi modificat. Dac=C4=83 nu aproba=C8=9Bi macheta =C3=AEn 72 de ore, coman=
da r=C4=83m=C3=A2ne =C3=AEn
> a=C8=99teptare.
>
> Lista cu numele invita=C8=9Bilor este folosit=C4=83 numai pentru aceast=
=C4=83 comand=C4=83 =C8=99i
> este =C8=99tears=C4=83 automat la 30 de zile dup=C4=83 livrare.
>
> Acesta este un mesaj automat. Pentru modific=C4=83ri folosi=C8=9Bi butonul
> =E2=80=9ESolicit modific=C4=83ri=E2=80=9D din pagina machetei.
> =C3=8Entreb=C4=83ri despre datele personale: privacy@shop.example.be
'''),
    ('el', 'design-tool-shared-by-link-notice', 'automated', (),
'''Return-Path: <studio-bounces@studio.shop.example.be>
Received: from studio-mta02.shop.example.be (studio-mta02.shop.example.be [192.0.2.72])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Y06JW8B8MV7ZS
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 11:30:49 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=studio.shop.example.be;
        s=st2026; t=1792402247;
        h=content-type:mime-version:subject:from:to:date:message-id;
        bh=u21mV2Fu0v/dmXb7fyVWG0y9mEbgZIevuONOejesK7I=;
        b=q4r1YBt+J9lteWgmuucvRU7oyxUSXsOJvGKCV7G7ptjIISHItOMm/xt8kI1vpqKt0BAa
        mcduaqaZmPUz8r+Hyx3Du4KIfVAmOqYMcaKfPuk45PZSe6RhuaHC316aHbC12Ti628WGCW
        7oQ7NPWZKoJ1l/aG7qNj1/MoECP+4jAZvUnbjwJTZ/O0zIFLyhWjUF7mAksb79j7grIoBq
        o62jNkq3fkaaj0Y5tpv/vvdkdhsTQxARUwKrd4/wgyupBEnnJVBNqE4OQ+zc9EHO/7RiSg
        TB0B90znOi6FuaDvDX7POEVHnHENV2j7nuzAjl7Ng3ZA8yqMEvoARaEW+TMlfehw==
Content-Type: multipart/alternative; boundary="===============1790901933008500071=="
MIME-Version: 1.0
Subject: =?utf-8?b?zpcgzpXOu86tzr3OtyDOoM6xz4DOsc60zr/PgM6/z43Ou86/z4Ugzrw=?=
 =?utf-8?b?zr/Ouc+BzqzPg8+EzrfOus61IM68zrHOts6vIM+DzrHPgiDPhM6/IM+Dz4fOrc60?=
 =?utf-8?b?zrnOvyDCq86azr/Pjc+AzrEg4oCTIM6VzrvOrc69zrcgJiDOnc6vzrrOv8+Cwrs=?=
From: =?utf-8?b?zqPPhM6/z43Ovc+EzrnOvyDOo8+HzrXOtM6vzrHPg863z4IgU2hvcCBFeGFt?=
 =?utf-8?b?cGxl?= <designs@studio.shop.example.be>
To: privacy@shop.example.be
Date: Mon, 19 Oct 2026 12:30:47 +0300
Message-ID: <357003921174561352.3600.809498693157854544@studio-app04>
Auto-Submitted: auto-generated
X-Studio-Event: design.shared_link

--===============1790901933008500071==
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: base64

zpPOtc65zrEgz4POsc+CLAoKzpcgzpXOu86tzr3OtyDOoM6xz4DOsc60zr/PgM6/z43Ou86/z4Ug
zrzOv865z4HOrM+Dz4TOt866zrUgzrzOsc62zq8gz4POsc+CIM6tzr3OsSDPg8+Hzq3OtM65zr8g
zrHPgM+MIM+Ezr8gzqPPhM6/z43Ovc+EzrnOvwrOo8+HzrXOtM6vzrHPg863z4Igz4TOt8+CIFNo
b3AgRXhhbXBsZS4KCs6jz4fOrc60zrnOvzogICDCq86azr/Pjc+AzrEg4oCTIM6VzrvOrc69zrcg
JiDOnc6vzrrOv8+CLCAxMi4wOS4yMDI2wrsKzqDPgc6/z4rPjM69OiAgIM6azrXPgc6xzrzOuc66
zq4gzrrOv8+Nz4DOsSAzMzAgbWwgzrzOtSDPhs+Jz4TOv86zz4HOsc+Gzq/OsQrOoM61z4HOuc6t
z4fOtc65OiAyIM+Gz4nPhM6/zrPPgc6xz4bOr861z4IsIDEgzrrOtc6vzrzOtc69zr8KCs6UzrXO
r8+EzrUgz4TOvyDPg8+Hzq3OtM65zr86Cmh0dHBzOi8vc3R1ZGlvLnNob3AuZXhhbXBsZS5iZS9z
L2dyL0s3bVEyeFBhOQoKzp8gz4PPjc69zrTOtc+DzrzOv8+CIM67zq7Os861zrkgz4POtSA3IM63
zrzOrc+BzrXPgiAoMjYuMTAuMjAyNikuIM6Mz4DOv865zr/PgiDOrc+HzrXOuSDPhM6/zr0gz4PP
jc69zrTOtc+DzrzOvwrOvM+Azr/Pgc61zq8gzr3OsSDOtM61zrkgz4TOvyDPg8+Hzq3OtM65zr8g
zrrOsc65IM+EzrnPgiDPhs+Jz4TOv86zz4HOsc+Gzq/Otc+CIM+Azr/PhSDPgM61z4HOuc6tz4fO
tc65LCDPh8+Jz4HOr8+CIM+Dz43Ovc60zrXPg863Cs+DzrUgzrvOv86zzrHPgc65zrHPg868z4wu
IM6XIM6VzrvOrc69zrcgzrzPgM6/z4HOtc6vIM69zrEgzrHOvc6xzrrOsc67zq3Pg861zrkgz4TO
t869IM66zr/Ouc69zq4gz4fPgc6uz4POtyDOv8+Azr/Ouc6xzrTOrs+Azr/PhM61Cs+Dz4TOuc6z
zrzOriDOsc+Az4wgz4TOtyDPg861zrvOr860zrEgwqvOpM6xIM+Dz4fOrc60zrnOrCDOvM6/z4XC
uy4KCs6bzqzOss6xz4TOtSDOsc+Fz4TPjCDPhM6/IM68zq7Ovc+FzrzOsSDOtc+AzrXOuc60zq4g
zrcgzrTOuc61z43OuM+Fzr3Pg86uIM+DzrHPgiDPgM+Bzr/Pg8+Ezq3OuM63zrrOtSDPic+CIM+A
zrHPgc6xzrvOrs+Az4TOt8+CCs66zr/Ouc69zq7PgiDPh8+Bzq7Pg863z4IuIM6gzr/Ou865z4TO
uc66zq4gzrHPgM6/z4HPgc6uz4TOv8+FOiBodHRwczovL3d3dy5zaG9wLmV4YW1wbGUuYmUvZ3Iv
cHJpdmFjeQoKzpHPhc+Ez4wgzrXOr869zrHOuSDOsc+Fz4TPjM68zrHPhM6/IM68zq7Ovc+FzrzO
sS4gzqDOsc+BzrHOus6xzrvOv8+NzrzOtSDOvM63zr0gzrHPgM6xzr3PhM6uz4POtc+EzrUuCg==

--===============1790901933008500071==
Content-Type: text/html; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXpl
OjE0cHg7Y29sb3I6IzIyMiI+CjxwPs6TzrXOuc6xIM+DzrHPgiw8L3A+CjxwPs6XIDxiPs6VzrvO
rc69zrcgzqDOsc+AzrHOtM6/z4DOv8+NzrvOv8+FPC9iPiDOvM6/zrnPgc6sz4PPhM63zrrOtSDO
vM6xzrbOryDPg86xz4Igzq3Ovc6xIM+Dz4fOrc60zrnOvyDOsc+Az4wgz4TOvyDOo8+Ezr/Pjc69
z4TOuc6/IM6jz4fOtc60zq/Osc+DzrfPgiDPhM63z4IgU2hvcCBFeGFtcGxlLjwvcD4KPHRhYmxl
IGNlbGxwYWRkaW5nPSIwIiBjZWxsc3BhY2luZz0iMCI+PHRyPgo8dGQ+PGltZyBzcmM9Imh0dHBz
Oi8vc3R1ZGlvLnNob3AuZXhhbXBsZS5iZS9zL2dyL0s3bVEyeFBhOS9wcmV2aWV3LnBuZyIgd2lk
dGg9IjE2MCIgYWx0PSIiPjwvdGQ+Cjx0ZCBzdHlsZT0icGFkZGluZy1sZWZ0OjE2cHgiPjxiPsKr
zprOv8+Nz4DOsSDigJMgzpXOu86tzr3OtyAmYW1wOyDOnc6vzrrOv8+CLCAxMi4wOS4yMDI2wrs8
L2I+PGJyPs6azrXPgc6xzrzOuc66zq4gzrrOv8+Nz4DOsSAzMzAgbWwgzrzOtSDPhs+Jz4TOv86z
z4HOsc+Gzq/OsTxicj4yIM+Gz4nPhM6/zrPPgc6xz4bOr861z4IsIDEgzrrOtc6vzrzOtc69zr88
L3RkPgo8L3RyPjwvdGFibGU+CjxwPjxhIGhyZWY9Imh0dHBzOi8vc3R1ZGlvLnNob3AuZXhhbXBs
ZS5iZS9zL2dyL0s3bVEyeFBhOSIgc3R5bGU9ImJhY2tncm91bmQ6I2ZmNmEzZDtjb2xvcjojZmZm
O3BhZGRpbmc6MTBweCAxOHB4O3RleHQtZGVjb3JhdGlvbjpub25lO2JvcmRlci1yYWRpdXM6NHB4
Ij7OlM61zq/PhM61IM+Ezr8gz4PPh86tzrTOuc6/PC9hPjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6
ZToxMnB4O2NvbG9yOiM2NjYiPs6fIM+Dz43Ovc60zrXPg868zr/PgiDOu86uzrPOtc65IM+DzrUg
NyDOt868zq3Pgc61z4IgKDI2LjEwLjIwMjYpLiDOjM+Azr/Ouc6/z4Igzq3Ph861zrkgz4TOv869
IM+Dz43Ovc60zrXPg868zr8gzrzPgM6/z4HOtc6vIM69zrEgzrTOtc65IM+Ezr8gz4PPh86tzrTO
uc6/IM66zrHOuSDPhM65z4Igz4bPic+Ezr/Os8+BzrHPhs6vzrXPgiDPgM6/z4Ugz4DOtc+BzrnO
rc+HzrXOuSwgz4fPic+Bzq/PgiDPg8+Nzr3OtM61z4POtyDPg861IM67zr/Os86xz4HOuc6xz4PO
vM+MLiDOlyDOlc67zq3Ovc63IM68z4DOv8+BzrXOryDOvc6xIM6xzr3Osc66zrHOu86tz4POtc65
IM+EzrfOvSDOus6/zrnOvc6uIM+Hz4HOrs+Dzrcgzr/PgM6/zrnOsc60zq7PgM6/z4TOtSDPg8+E
zrnOs868zq4gzrHPgM+MIM+Ezrcgz4POtc67zq/OtM6xIMKrzqTOsSDPg8+Hzq3OtM65zqwgzrzO
v8+FwrsuPC9wPgo8cCBzdHlsZT0iZm9udC1zaXplOjExcHg7Y29sb3I6Izk5OSI+zpvOrM6yzrHP
hM61IM6xz4XPhM+MIM+Ezr8gzrzOrs69z4XOvM6xIM61z4DOtc65zrTOriDOtyDOtM65zrXPjc64
z4XOvc+Dzq4gz4POsc+CIM+Az4HOv8+Dz4TOrc64zrfOus61IM+Jz4Igz4DOsc+BzrHOu86uz4DP
hM63z4IgzrrOv865zr3Ors+CIM+Hz4HOrs+DzrfPgi4gPGEgaHJlZj0iaHR0cHM6Ly93d3cuc2hv
cC5leGFtcGxlLmJlL2dyL3ByaXZhY3kiPs6gzr/Ou865z4TOuc66zq4gzrHPgM6/z4HPgc6uz4TO
v8+FPC9hPjxicj7Okc+Fz4TPjCDOtc6vzr3Osc65IM6xz4XPhM+MzrzOsc+Ezr8gzrzOrs69z4XO
vM6xLiDOoM6xz4HOsc66zrHOu86/z43OvM61IM68zrfOvSDOsc+AzrHOvc+Ezq7Pg861z4TOtS48
L3A+CjwvYm9keT48L2h0bWw+Cg==

--===============1790901933008500071==--
'''),
    ('el', 'qmail-bounce-album-export-link', 'automated', (),
'''Return-Path: <>
Received: from mail.fotolamda.gr (mail.fotolamda.gr [203.0.113.190])
        by mx1.shop.example.be (Postfix) with ESMTP id 4ByVLBY9N7yS5q
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 09:14:53 +0200 (CEST)
Received: (qmail 28814 invoked for bounce); 19 Oct 2026 07:14:52 -0000
Date: 19 Oct 2026 07:14:52 -0000
From: MAILER-DAEMON@mail.fotolamda.gr
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mail.fotolamda.gr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<kostas.dimou@fotolamda.gr>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28806 invoked from network); 19 Oct 2026 07:14:51 -0000
Received: from smtp-out1.shop.example.be (HELO smtp-out1.shop.example.be) (192.0.2.25)
  by mail.fotolamda.gr with ESMTPS (DHE-RSA-AES256-GCM-SHA384 encrypted); 19 Oct 2026 07:14:51 -0000
From: =?utf-8?q?Shop_Example_=E2=80=93_=CE=A0=CF=81=CE=BF=CF=83=CF=84=CE=B1?=
 =?utf-8?q?=CF=83=CE=AF=CE=B1_=CE=94=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD?=
 =?utf-8?q?=CF=89=CE=BD?= <privacy@shop.example.be>
To: kostas.dimou@fotolamda.gr
Subject: =?utf-8?q?=CE=A3=CF=8D=CE=BD=CE=B4=CE=B5=CF=83=CE=BC=CE=BF=CF=82_?=
 =?utf-8?q?=CE=B3=CE=B9=CE=B1_=CF=84=CE=BF_=CE=AC=CE=BB=CE=BC=CF=80=CE=BF?=
 =?utf-8?q?=CF=85=CE=BC_=CF=83=CE=B1=CF=82_=28=CE=B1=CE=AF=CF=84=CE=B7=CE=BC?=
 =?utf-8?q?=CE=B1_PRIV-2026-2391=29?=
Date: Mon, 19 Oct 2026 09:14:49 +0200
Message-ID: <PRIV-2026-2391.2.b0795f3256@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=CE=91=CE=B3=CE=B1=CF=80=CE=B7=CF=84=CE=AD =CE=BA=CF=8D=CF=81=CE=B9=CE=B5 =
=CE=94=CE=AE=CE=BC=CE=BF=CF=85,

=CF=83=CE=B5 =CF=83=CF=85=CE=BD=CE=AD=CF=87=CE=B5=CE=B9=CE=B1 =CF=84=CE=BF=
=CF=85 =CE=B1=CE=B9=CF=84=CE=AE=CE=BC=CE=B1=CF=84=CF=8C=CF=82 =CF=83=CE=B1=
=CF=82 PRIV-2026-2391, =CF=83=CE=B1=CF=82 =CF=83=CF=84=CE=AD=CE=BB=CE=BD=CE=
=BF=CF=85=CE=BC=CE=B5 =CF=83=CF=8D=CE=BD=CE=B4=CE=B5=CF=83=CE=BC=CE=BF =CE=
=B3=CE=B9=CE=B1
=CE=BD=CE=B1 =CE=BA=CE=B1=CF=84=CE=B5=CE=B2=CE=AC=CF=83=CE=B5=CF=84=CE=B5 =
=CE=B1=CE=BD=CF=84=CE=AF=CE=B3=CF=81=CE=B1=CF=86=CE=BF =CF=84=CF=89=CE=BD =
=CF=86=CF=89=CF=84=CE=BF=CE=B3=CF=81=CE=B1=CF=86=CE=B9=CF=8E=CE=BD =CF=80=
=CE=BF=CF=85 =CE=B1=CE=BD=CE=B5=CE=B2=CE=AC=CF=83=CE=B1=CF=84=CE=B5 =CE=B3=
=CE=B9=CE=B1 =CF=84=CE=BF =CF=86=CF=89=CF=84=CE=BF=CE=B2=CE=B9=CE=B2=CE=BB=
=CE=AF=CE=BF
=C2=AB=CE=92=CE=AC=CF=80=CF=84=CE=B9=CF=83=CE=B7 =CE=91=CE=BB=CE=B5=CE=BE=
=CE=AC=CE=BD=CE=B4=CF=81=CE=BF=CF=85=C2=BB (318 =CE=B1=CF=81=CF=87=CE=B5=CE=
=AF=CE=B1). =CE=9F =CF=83=CF=8D=CE=BD=CE=B4=CE=B5=CF=83=CE=BC=CE=BF=CF=82 =
=CE=B9=CF=83=CF=87=CF=8D=CE=B5=CE=B9 14 =CE=B7=CE=BC=CE=AD=CF=81=CE=B5=CF=
=82:

https://foto.shop.example.be/export/9f3c2a71

=CE=9C=CE=B5 =CE=B5=CE=BA=CF=84=CE=AF=CE=BC=CE=B7=CF=83=CE=B7,
=CE=9F=CE=BC=CE=AC=CE=B4=CE=B1 =CE=A0=CF=81=CE=BF=CF=83=CF=84=CE=B1=CF=83=
=CE=AF=CE=B1=CF=82 =CE=94=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD
Shop Example BV
'''),
    ('el', 'helpdesk-ticket-ack-deletion-of-photo-files', 'automated', (),
'''Return-Path: <support@ermis-print.gr>
Received: from mail.ermis-print.gr (mail.ermis-print.gr [198.51.100.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RpZJS0wDjf8H5
        for <privacy@shop.example.be>; Fri, 16 Oct 2026 12:22:11 +0200 (CEST)
Received: from support.ermis-print.gr (localhost [127.0.0.1])
        by mail.ermis-print.gr (Postfix) with ESMTP id 1F0A83C0E2
        for <privacy@shop.example.be>; Fri, 16 Oct 2026 13:22:10 +0300 (EEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=ermis-print.gr;
        s=mail; t=1792146129;
        h=from:to:subject:date:message-id:in-reply-to:references:mime-version:
        content-type;
        bh=5oybz8XsMapoh+8PsJ7UDs3EO0EfTC9bZgjuOpcDagU=;
        b=t6ZhSfG1ORlx4vPIWxLsf7FhEFLNJB1pYNH4/iaXf2OTiyXiA7xzFe+t7sL/dPx2FPU5
        U26Ra93UJSmJlagm9tAFZvq+YYpjZ403YL9ghmf+8QLHn9LLolkcM16uglw0iZPOPC33Fv
        g0ptzP1jg9CVOFWSRo/NbXVB2ZB2Ew++A+iE3rwdY2Gz1R8GS5r9PYJvyaXuiWXPFS2uHt
        8Aj9Ls0rfJ6cmuAaKtegV4n99Kv27KkpG7edogwPVaODINfgXQYkOj89ut2EXgtWv+ELzI
        qvBCnxIEG8DXbTygqy85E1tPnpahV4O4nndR2t8J6YRwlpjExqQsmRyAhpRgZ2eA==
Date: Fri, 16 Oct 2026 13:22:09 +0300
From: =?utf-8?q?=CE=A5=CF=80=CE=BF=CF=83=CF=84=CE=AE=CF=81=CE=B9=CE=BE=CE=B7?=
 =?utf-8?q?_=E2=80=93_=CE=A4=CF=85=CF=80=CE=BF=CE=B3=CF=81=CE=B1=CF=86=CE=B5?=
 =?utf-8?q?=CE=AF=CE=BF_=CE=95=CF=81=CE=BC=CE=AE=CF=82?= <support@ermis-print.gr>
To: privacy@shop.example.be
Subject: =?utf-8?q?=5B=23PRV-48213=5D_=CE=9B=CE=AC=CE=B2=CE=B1=CE=BC=CE=B5_?=
 =?utf-8?q?=CF=84=CE=BF_=CE=B1=CE=AF=CF=84=CE=B7=CE=BC=CE=AC_=CF=83=CE=B1?=
 =?utf-8?q?=CF=82_=E2=80=93_=CE=94=CE=B9=CE=B1=CE=B3=CF=81=CE=B1=CF=86=CE=AE?=
 =?utf-8?q?_=CE=B1=CF=81=CF=87=CE=B5=CE=AF=CF=89=CE=BD_=CF=86=CF=89=CF=84?=
 =?utf-8?q?=CE=BF=CE=B3=CF=81=CE=B1=CF=86=CE=B9=CF=8E=CE=BD_=CF=80=CE=B5?=
 =?utf-8?q?=CE=BB=CE=AC=CF=84=CE=B7?=
Message-ID: <CF59LF2VrXK7-PRV-48213-f1169496@support.ermis-print.gr>
In-Reply-To: <PRIV-2026-2377.1.95019e9a7b@shop.example.be>
References: <PRIV-2026-2377.1.95019e9a7b@shop.example.be>
X-Mailer: osTicket Mailer
X-Autoreply: yes
Auto-Submitted: auto-replied
Precedence: auto_reply
X-OSTicket-Ticket: PRV-48213
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Αγαπητή Shop Example BV – Privacy,

Λάβαμε το αίτημά σας και δημιουργήθηκε το δελτίο #PRV-48213.

Θέμα:       Διαγραφή αρχείων φωτογραφιών πελάτη – παραγγελία SE-GR-20611
Τμήμα:      Προστασία Δεδομένων (GDPR)
Προτεραιότητα: Κανονική
Εκτιμώμενος χρόνος απάντησης: έως 5 εργάσιμες ημέρες

Ένας συνεργάτης μας θα εξετάσει το αίτημα διαγραφής των αρχείων και θα
σας ενημερώσει όταν ολοκληρωθεί. Μπορείτε να δείτε την κατάσταση του
δελτίου εδώ:
https://support.ermis-print.gr/view.php?t=PRV-48213&e=privacy%40shop.example.be

Αν θέλετε να προσθέσετε πληροφορίες, απαντήστε σε αυτό το μήνυμα χωρίς να
αλλάξετε το θέμα.

Τυπογραφείο Ερμής Α.Ε. – Υποστήριξη
Αυτό το μήνυμα δημιουργήθηκε αυτόματα.
'''),
    ('el', 'person-asks-where-canvas-is-above-forwarded-tracking', 'other', (),
'''Return-Path: <maria.konst@yahoo.gr>
Received: from sonic305-20.consmr.mail.ir2.yahoo.com (sonic305-20.consmr.mail.ir2.yahoo.com [77.238.176.210])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4MvPTdWmRqH60W
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 20:40:06 +0200 (CEST)
Received: from sonic.gate.mail.ne1.yahoo.com by sonic305.consmr.mail.ir2.yahoo.com with HTTP; Mon, 19 Oct 2026 18:40:04 +0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.gr;
        s=s2048; t=1792435202;
        h=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:
        References;
        bh=hnty9Mg4owH+ZOtayaXT0k/YrYlaVywgS7POcZtGM04=;
        b=g2K+hVh34ucmzBrVUWwguLRU+qX83w+hpewmpv8nh/7wkRytI8/UPJr26oHnXQxOsaEb
        Js58waI+LNegPU2RXaX87WbCszi1BluxFCRtxnaYH2SxSOBycBgycQaqZ3rKenZ+xaGSnZ
        hsTfa/D1ABElqY+Zf6rZv7FHv0HbYFS5b9GM5M8PEeaNlDK+mpPxRthst/axaB0jrFuqar
        na7ceJ/AfTpl4P7r7lX9afAeETB9/WzVcoqJXRh6oBxVK7ZKTVu9g7VdB+r4dNst1EK+bn
        lXWcb2+87t4k1PHy977+brQXrb+MUf/f58eDa76KOjrSQj1Cm5WLEJ9kCL7U2ERA==
Date: Mon, 19 Oct 2026 18:40:02 +0000
From: =?utf-8?b?zpzOsc+Bzq/OsSDOms+Jzr3Pg8+EzrHOvc+Ezq/Ovc6/z4U=?= <maria.konst@yahoo.gr>
To: privacy@shop.example.be
Message-ID: <276533084.5543000.1792435202118@mail.yahoo.com>
Subject: =?utf-8?b?RndkOiDOlyDPgM6xz4HOsc6zzrPOtc67zq/OsSDPg86xz4Igz4PPhM6s?=
 =?utf-8?b?zrvOuM63zrrOtSDigJMgU0UtR1ItMjA3NDQ=?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="----=_Part_7439045_620450104.3179426730329"
X-Mailer: WebService/1.1.24562 YMailNorrin

------=_Part_7439045_620450104.3179426730329
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=B1 =CF=83=CE=B1=CF=82,

=CE=BF =CE=BA=CE=B1=CE=BC=CE=B2=CE=AC=CF=82 60x90 =CF=80=CE=BF=CF=85 =CF=80=
=CE=B1=CF=81=CE=AE=CE=B3=CE=B3=CE=B5=CE=B9=CE=BB=CE=B1 (=CF=80=CE=B1=CF=81=
=CE=B1=CE=B3=CE=B3=CE=B5=CE=BB=CE=AF=CE=B1 SE-GR-20744) =CE=AD=CF=80=CF=81=
=CE=B5=CF=80=CE=B5 =CE=BD=CE=B1 =CE=AD=CF=81=CE=B8=CE=B5=CE=B9 =CF=84=CE=B7=
=CE=BD =CE=A0=CE=AD=CE=BC=CF=80=CF=84=CE=B7 15/10 =CE=BA=CE=B1=CE=B9 =CE=B1=
=CE=BA=CF=8C=CE=BC=CE=B1 =CE=B4=CE=B5=CE=BD =CE=AD=CF=87=CE=B5=CE=B9 =CE=AD=
=CF=81=CE=B8=CE=B5=CE=B9. =CE=A4=CE=BF tracking =CE=BB=CE=AD=CE=B5=CE=B9 =
=C2=AB=CF=83=CE=B5 =CE=BC=CE=B5=CF=84=CE=B1=CF=86=CE=BF=CF=81=CE=AC=C2=BB =
=CE=B1=CF=80=CF=8C =CF=84=CE=B9=CF=82 14/10 =CE=BA=CE=B1=CE=B9 =CE=B4=CE=B5=
=CE=BD =CE=B1=CE=BB=CE=BB=CE=AC=CE=B6=CE=B5=CE=B9. =CE=95=CE=AF=CE=BD=CE=B1=
=CE=B9 =CE=B4=CF=8E=CF=81=CE=BF =CE=B3=CE=B5=CE=BD=CE=B5=CE=B8=CE=BB=CE=AF=
=CF=89=CE=BD =CE=B3=CE=B9=CE=B1 =CF=84=CE=BF =CE=A3=CE=AC=CE=B2=CE=B2=CE=B1=
=CF=84=CE=BF. =CE=9C=CF=80=CE=BF=CF=81=CE=B5=CE=AF=CF=84=CE=B5 =CE=BD=CE=B1=
 =CE=BC=CE=BF=CF=85 =CF=80=CE=B5=CE=AF=CF=84=CE=B5 =CF=80=CE=BF=CF=8D =CE=
=B2=CF=81=CE=AF=CF=83=CE=BA=CE=B5=CF=84=CE=B1=CE=B9 =CE=AE =CE=B1=CE=BD =CE=
=BC=CF=80=CE=BF=CF=81=CF=8E =CE=BD=CE=B1 =CF=84=CE=BF=CE=BD =CF=80=CE=B1=CF=
=81=CE=B1=CE=BB=CE=AC=CE=B2=CF=89 =CE=B1=CF=80=CF=8C =CF=84=CE=BF =CE=BA=CE=
=B1=CF=84=CE=AC=CF=83=CF=84=CE=B7=CE=BC=CE=B1 =CF=83=CF=84=CE=B7 =CE=98=CE=
=B5=CF=83=CF=83=CE=B1=CE=BB=CE=BF=CE=BD=CE=AF=CE=BA=CE=B7;

=CE=95=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=CF=84=CF=8E,
=CE=9C=CE=B1=CF=81=CE=AF=CE=B1 =CE=9A=CF=89=CE=BD=CF=83=CF=84=CE=B1=CE=BD=
=CF=84=CE=AF=CE=BD=CE=BF=CF=85
6944 123 587

----- =CE=A0=CF=81=CE=BF=CF=89=CE=B8=CE=B7=CE=BC=CE=AD=CE=BD=CE=BF =CE=BC=
=CE=AE=CE=BD=CF=85=CE=BC=CE=B1 -----
=CE=91=CF=80=CF=8C: Shop Example <no-reply@shop.example.be>
=CE=A0=CF=81=CE=BF=CF=82: maria.konst@yahoo.gr
=CE=A3=CF=84=CE=AC=CE=BB=CE=B8=CE=B7=CE=BA=CE=B5: =CE=A4=CE=B5=CF=84=CE=AC=
=CF=81=CF=84=CE=B7 14 =CE=9F=CE=BA=CF=84=CF=89=CE=B2=CF=81=CE=AF=CE=BF=CF=
=85 2026 =CF=83=CF=84=CE=B9=CF=82 11:20:07 =CF=80.=CE=BC. EEST
=CE=98=CE=AD=CE=BC=CE=B1: =CE=97 =CF=80=CE=B1=CF=81=CE=B1=CE=B3=CE=B3=CE=B5=
=CE=BB=CE=AF=CE=B1 =CF=83=CE=B1=CF=82 =CF=83=CF=84=CE=AC=CE=BB=CE=B8=CE=B7=
=CE=BA=CE=B5 =E2=80=93 SE-GR-20744

=CE=93=CE=B5=CE=B9=CE=B1 =CF=83=CE=B1=CF=82 =CE=9C=CE=B1=CF=81=CE=AF=CE=B1,

=CE=B7 =CF=80=CE=B1=CF=81=CE=B1=CE=B3=CE=B3=CE=B5=CE=BB=CE=AF=CE=B1 =CF=83=
=CE=B1=CF=82 SE-GR-20744 =CF=83=CF=84=CE=AC=CE=BB=CE=B8=CE=B7=CE=BA=CE=B5!

=CE=A0=CF=81=CE=BF=CF=8A=CF=8C=CE=BD: =CE=9A=CE=B1=CE=BC=CE=B2=CE=AC=CF=82 =
60x90 cm =CE=BC=CE=B5 =CF=84=CE=B7 =CF=86=CF=89=CF=84=CE=BF=CE=B3=CF=81=CE=
=B1=CF=86=CE=AF=CE=B1 =CF=83=CE=B1=CF=82
=CE=91=CF=81=CE=B9=CE=B8=CE=BC=CF=8C=CF=82 =CE=B1=CF=80=CE=BF=CF=83=CF=84=
=CE=BF=CE=BB=CE=AE=CF=82: GR4418822107
=CE=A0=CE=B1=CF=81=CE=B1=CE=BA=CE=BF=CE=BB=CE=BF=CF=8D=CE=B8=CE=B7=CF=83=CE=
=B7: https://track.shop.example.be/GR4418822107
=CE=95=CE=BA=CF=84=CE=B9=CE=BC=CF=8E=CE=BC=CE=B5=CE=BD=CE=B7 =CF=80=CE=B1=
=CF=81=CE=AC=CE=B4=CE=BF=CF=83=CE=B7: =CE=A0=CE=AD=CE=BC=CF=80=CF=84=CE=B7 =
15/10/2026

=CE=91=CF=85=CF=84=CF=8C =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=B1=CF=85=CF=84=
=CF=8C=CE=BC=CE=B1=CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1, =CE=BC=
=CE=B7=CE=BD =CE=B1=CF=80=CE=B1=CE=BD=CF=84=CE=AE=CF=83=CE=B5=CF=84=CE=B5.

------=_Part_7439045_620450104.3179426730329
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><div class=3D"ydp3f1c2a9yahoo-style-wrap" style=3D=
"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">=
<div>=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=B1 =CF=83=CE=B1=CF=
=82,</div><div><br></div><div>=CE=BF =CE=BA=CE=B1=CE=BC=CE=B2=CE=AC=CF=82 6=
0x90 =CF=80=CE=BF=CF=85 =CF=80=CE=B1=CF=81=CE=AE=CE=B3=CE=B3=CE=B5=CE=B9=CE=
=BB=CE=B1 (=CF=80=CE=B1=CF=81=CE=B1=CE=B3=CE=B3=CE=B5=CE=BB=CE=AF=CE=B1 SE-=
GR-20744) =CE=AD=CF=80=CF=81=CE=B5=CF=80=CE=B5 =CE=BD=CE=B1 =CE=AD=CF=81=CE=
=B8=CE=B5=CE=B9 =CF=84=CE=B7=CE=BD =CE=A0=CE=AD=CE=BC=CF=80=CF=84=CE=B7 15/=
10 =CE=BA=CE=B1=CE=B9 =CE=B1=CE=BA=CF=8C=CE=BC=CE=B1 =CE=B4=CE=B5=CE=BD =CE=
=AD=CF=87=CE=B5=CE=B9 =CE=AD=CF=81=CE=B8=CE=B5=CE=B9. =CE=A4=CE=BF tracking=
 =CE=BB=CE=AD=CE=B5=CE=B9 =C2=AB=CF=83=CE=B5 =CE=BC=CE=B5=CF=84=CE=B1=CF=86=
=CE=BF=CF=81=CE=AC=C2=BB =CE=B1=CF=80=CF=8C =CF=84=CE=B9=CF=82 14/10 =CE=BA=
=CE=B1=CE=B9 =CE=B4=CE=B5=CE=BD =CE=B1=CE=BB=CE=BB=CE=AC=CE=B6=CE=B5=CE=B9.=
 =CE=95=CE=AF=CE=BD=CE=B1=CE=B9 =CE=B4=CF=8E=CF=81=CE=BF =CE=B3=CE=B5=CE=BD=
=CE=B5=CE=B8=CE=BB=CE=AF=CF=89=CE=BD =CE=B3=CE=B9=CE=B1 =CF=84=CE=BF =CE=A3=
=CE=AC=CE=B2=CE=B2=CE=B1=CF=84=CE=BF. =CE=9C=CF=80=CE=BF=CF=81=CE=B5=CE=AF=
=CF=84=CE=B5 =CE=BD=CE=B1 =CE=BC=CE=BF=CF=85 =CF=80=CE=B5=CE=AF=CF=84=CE=B5=
 =CF=80=CE=BF=CF=8D =CE=B2=CF=81=CE=AF=CF=83=CE=BA=CE=B5=CF=84=CE=B1=CE=B9 =
=CE=AE =CE=B1=CE=BD =CE=BC=CF=80=CE=BF=CF=81=CF=8E =CE=BD=CE=B1 =CF=84=CE=
=BF=CE=BD =CF=80=CE=B1=CF=81=CE=B1=CE=BB=CE=AC=CE=B2=CF=89 =CE=B1=CF=80=CF=
=8C =CF=84=CE=BF =CE=BA=CE=B1=CF=84=CE=AC=CF=83=CF=84=CE=B7=CE=BC=CE=B1 =CF=
=83=CF=84=CE=B7 =CE=98=CE=B5=CF=83=CF=83=CE=B1=CE=BB=CE=BF=CE=BD=CE=AF=CE=
=BA=CE=B7;</div><div><br></div><div>=CE=95=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=
=83=CF=84=CF=8E,</div><div>=CE=9C=CE=B1=CF=81=CE=AF=CE=B1 =CE=9A=CF=89=CE=
=BD=CF=83=CF=84=CE=B1=CE=BD=CF=84=CE=AF=CE=BD=CE=BF=CF=85</div><div>6944 12=
3 587</div><div><br></div><div id=3D"yahoo_quoted_4471" class=3D"yahoo_quot=
ed"><div style=3D"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;=
font-size:13px;color:#26282a;"><div>----- =CE=A0=CF=81=CE=BF=CF=89=CE=B8=CE=
=B7=CE=BC=CE=AD=CE=BD=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1 -----</div=
><div>=CE=91=CF=80=CF=8C: Shop Example &lt;no-reply@shop.example.be&gt;</di=
v><div>=CE=A0=CF=81=CE=BF=CF=82: maria.konst@yahoo.gr</div><div>=CE=A3=CF=
=84=CE=AC=CE=BB=CE=B8=CE=B7=CE=BA=CE=B5: =CE=A4=CE=B5=CF=84=CE=AC=CF=81=CF=
=84=CE=B7 14 =CE=9F=CE=BA=CF=84=CF=89=CE=B2=CF=81=CE=AF=CE=BF=CF=85 2026 =
=CF=83=CF=84=CE=B9=CF=82 11:20:07 =CF=80.=CE=BC. EEST</div><div>=CE=98=CE=
=AD=CE=BC=CE=B1: =CE=97 =CF=80=CE=B1=CF=81=CE=B1=CE=B3=CE=B3=CE=B5=CE=BB=CE=
=AF=CE=B1 =CF=83=CE=B1=CF=82 =CF=83=CF=84=CE=AC=CE=BB=CE=B8=CE=B7=CE=BA=CE=
=B5 =E2=80=93 SE-GR-20744</div><div><br></div><div>=CE=93=CE=B5=CE=B9=CE=B1=
 =CF=83=CE=B1=CF=82 =CE=9C=CE=B1=CF=81=CE=AF=CE=B1,</div><div><br></div><di=
v>=CE=B7 =CF=80=CE=B1=CF=81=CE=B1=CE=B3=CE=B3=CE=B5=CE=BB=CE=AF=CE=B1 =CF=
=83=CE=B1=CF=82 SE-GR-20744 =CF=83=CF=84=CE=AC=CE=BB=CE=B8=CE=B7=CE=BA=CE=
=B5!</div><div><br></div><div>=CE=A0=CF=81=CE=BF=CF=8A=CF=8C=CE=BD: =CE=9A=
=CE=B1=CE=BC=CE=B2=CE=AC=CF=82 60x90 cm =CE=BC=CE=B5 =CF=84=CE=B7 =CF=86=CF=
=89=CF=84=CE=BF=CE=B3=CF=81=CE=B1=CF=86=CE=AF=CE=B1 =CF=83=CE=B1=CF=82</div=
><div>=CE=91=CF=81=CE=B9=CE=B8=CE=BC=CF=8C=CF=82 =CE=B1=CF=80=CE=BF=CF=83=
=CF=84=CE=BF=CE=BB=CE=AE=CF=82: GR4418822107</div><div>=CE=A0=CE=B1=CF=81=
=CE=B1=CE=BA=CE=BF=CE=BB=CE=BF=CF=8D=CE=B8=CE=B7=CF=83=CE=B7: https://track=
.shop.example.be/GR4418822107</div><div>=CE=95=CE=BA=CF=84=CE=B9=CE=BC=CF=
=8E=CE=BC=CE=B5=CE=BD=CE=B7 =CF=80=CE=B1=CF=81=CE=AC=CE=B4=CE=BF=CF=83=CE=
=B7: =CE=A0=CE=AD=CE=BC=CF=80=CF=84=CE=B7 15/10/2026</div><div><br></div><d=
iv>=CE=91=CF=85=CF=84=CF=8C =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=B1=CF=85=CF=
=84=CF=8C=CE=BC=CE=B1=CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1, =CE=
=BC=CE=B7=CE=BD =CE=B1=CF=80=CE=B1=CE=BD=CF=84=CE=AE=CF=83=CE=B5=CF=84=CE=
=B5.</div><div><br></div></div></div></div></body></html>

------=_Part_7439045_620450104.3179426730329--
'''),
    ('bg', 'exchange-oof-store-photo-department', 'automated', (),
'''Return-Path: <d.petrova@shop.example.be>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2120.outbound.protection.outlook.com [40.107.21.120])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FtR0Dz3gkQ2Yc
        for <privacy@shop.example.be>; Wed, 14 Oct 2026 10:12:36 +0200 (CEST)
Received: from PAXPR04MB8459.eurprd04.prod.outlook.com (2603:10a6:102:1d6::11)
 by AM0PR04MB6114.eurprd04.prod.outlook.com (2603:10a6:208:13e::20) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9228.9; Wed, 14 Oct
 2026 08:12:34 +0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shopexample.onmicrosoft.com;
        s=selector2-shopexample-onmicrosoft-com; t=1791965553;
        h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:
        X-MS-Exchange-SenderADCheck;
        bh=brK5wm1NNY2UDnfCSyDQ1GkTr8UQGrNUPB4SBsPLGko=;
        b=h5ceR/8X9jjDnX93mCa+I38z6cERIxwPkiDM/+HBZgT1HlCm8zvrazrK+CjOw+JcuMGR
        qcOrJrapoqbnynkB/V75ZGrGPIrKFBodHvMOVQCr5Wlse3JEeOrNy5p51bX/q39T3tOxhc
        noIKBazZuOd2X21Frqz9lLdrfxUFGB+qXo/qUGpsIAXW2Xa2U/L7QNFoFuBAiFQ+hs5Y3t
        p8fpzwU8VXLYIRjEqoBknNx2kXIOa2t8lZ8gdWMySjJ8OrXljZ7fJ5q0yDcMaStGm/SfTL
        LDFPDo9bmFL+eg3/35WO02Ee1Ek1VdtbtpTmMB/K/+Q01GVT+cdHQr9GtHse7G2A==
From: =?utf-8?b?0JTQtdGB0LjRgdC70LDQstCwINCf0LXRgtGA0L7QstCw?= <d.petrova@shop.example.be>
To: =?utf-8?q?Shop_Example_=E2=80=93_Privacy?= <privacy@shop.example.be>
Subject: =?utf-8?b?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgDog0KE=?=
 =?utf-8?b?0L3QuNC80LrQuCDQt9CwINC70LjRh9C90LAg0LrQsNGA0YLQsCDigJMg0LrQvtC7?=
 =?utf-8?b?0LrQviDQstGA0LXQvNC1INGB0LUg0L/QsNC30Y/RgiDQsiDQvNCw0LPQsNC30Lg=?=
 =?utf-8?b?0L3QsD8=?=
Thread-Topic: =?utf-8?b?0KHQvdC40LzQutC4INC30LAg0LvQuNGH0L3QsCDQutCw0YDRgtCw?=
 =?utf-8?b?IOKAkyDQutC+0LvQutC+INCy0YDQtdC80LUg0YHQtSDQv9Cw0LfRj9GCINCyINC8?=
 =?utf-8?b?0LDQs9Cw0LfQuNC90LA/?=
Thread-Index: AQHcPaMY23t1npOQ8rBylJAAAASvRdA0
Date: Wed, 14 Oct 2026 08:12:33 +0000
Message-ID: <PAXPR04MB84596AD27D83@PAXPR04MB8459.eurprd04.prod.outlook.com>
References: <AM0PR04MB611445189689@AM0PR04MB6114.eurprd04.prod.outlook.com>
In-Reply-To: <AM0PR04MB611445189689@AM0PR04MB6114.eurprd04.prod.outlook.com>
Accept-Language: bg-BG, en-US
Content-Language: bg-BG
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-RecordReviewCfmType: 0
x-ms-exchange-generated-message-source: Mailbox Rules Agent
x-ms-traffictypediagnostic: PAXPR04MB8459:EE_|AM0PR04MB6114:EE_
x-auto-response-suppress: All
auto-submitted: auto-generated
Content-Type: multipart/alternative;
        boundary="_000_1OGKHA7CEUL4C0068142YDR8KBYKCQ0J3G47Z1W9DTPI_"
MIME-Version: 1.0

--_000_1OGKHA7CEUL4C0068142YDR8KBYKCQ0J3G47Z1W9DTPI_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0JIg0L7RgtC/0YPRgdC6INGB0YrQvCDQtNC+IDIzLjEwLjIw
MjYg0LMuINCy0LrQu9GO0YfQuNGC0LXQu9C90L4g0Lgg0L3Rj9C80LDQvCDQtNC+0YHRgtGK0L8g
0LTQviDRgdC70YPQttC10LHQvdCw0YLQsCDRgdC4INC/0L7RidCwLgoK0JfQsCDQv9C+0YDRitGH
0LrQuCDQvdCwINGE0L7RgtC+0LrQvdC40LPQuCwg0L/QtdGH0LDRgiDQvdCwINGB0L3QuNC80LrQ
uCDQuCDRgdC90LjQvNC60Lgg0LfQsCDQtNC+0LrRg9C80LXQvdGC0Lgg0LIg0LzQsNCz0LDQt9C4
0L0g4oCe0KHQvtGE0LjRjyDQnNC+0LvigJwg0L/QuNGI0LXRgtC1INC90LAgZm90by5zb2ZpYUBz
aG9wLmV4YW1wbGUuYmUg0LjQu9C4INGB0LUg0L7QsdCw0LTQtdGC0LUg0L3QsCAwMiA0ODkgMzMx
MC4K0JLRitC/0YDQvtGB0Lgg0LfQsCDRgdGK0YXRgNCw0L3QtdC90LjQtdGC0L4g0LjQu9C4INC4
0LfRgtGA0LjQstCw0L3QtdGC0L4g0L3QsCDRgdC90LjQvNC60Lgg0L3QsCDQutC70LjQtdC90YLQ
uCAo0LLQutC70Y7Rh9C40YLQtdC70L3QviDRgdC90LjQvNC60Lgg0LfQsCDQv9Cw0YHQv9C+0YDR
giDQuCDQu9C40YfQvdCwINC60LDRgNGC0LApINC40LfQv9GA0LDRidCw0LnRgtC1INC90LAgcHJp
dmFjeUBzaG9wLmV4YW1wbGUuYmUuCgrQn9C+0LfQtNGA0LDQstC4LArQlNC10YHQuNGB0LvQsNCy
0LAg0J/QtdGC0YDQvtCy0LAK0KDRitC60L7QstC+0LTQuNGC0LXQuyDRhNC+0YLQviDQvtGC0LTQ
tdC7LCBTaG9wIEV4YW1wbGUg4oCTINCh0L7RhNC40Y8g0JzQvtC7Cg==

--_000_1OGKHA7CEUL4C0068142YDR8KBYKCQ0J3G47Z1W9DTPI_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjxzdHlsZSB0eXBlPSJ0ZXh0L2NzcyIgc3R5bGU9ImRpc3Bs
YXk6bm9uZSI+UCB7bWFyZ2luLXRvcDowO21hcmdpbi1ib3R0b206MDt9PC9zdHlsZT48L2hlYWQ+
Cjxib2R5IGRpcj0ibHRyIj48ZGl2IHN0eWxlPSJmb250LWZhbWlseTpBcHRvcyxDYWxpYnJpLEhl
bHZldGljYSxzYW5zLXNlcmlmO2ZvbnQtc2l6ZToxMnB0O2NvbG9yOnJnYigwLDAsMCkiPgo8cD7Q
l9C00YDQsNCy0LXQudGC0LUsPC9wPjxwPjxicj48L3A+CjxwPtCSINC+0YLQv9GD0YHQuiDRgdGK
0Lwg0LTQviAyMy4xMC4yMDI2INCzLiDQstC60LvRjtGH0LjRgtC10LvQvdC+INC4INC90Y/QvNCw
0Lwg0LTQvtGB0YLRitC/INC00L4g0YHQu9GD0LbQtdCx0L3QsNGC0LAg0YHQuCDQv9C+0YnQsC48
L3A+PHA+PGJyPjwvcD4KPHA+0JfQsCDQv9C+0YDRitGH0LrQuCDQvdCwINGE0L7RgtC+0LrQvdC4
0LPQuCwg0L/QtdGH0LDRgiDQvdCwINGB0L3QuNC80LrQuCDQuCDRgdC90LjQvNC60Lgg0LfQsCDQ
tNC+0LrRg9C80LXQvdGC0Lgg0LIg0LzQsNCz0LDQt9C40L0g4oCe0KHQvtGE0LjRjyDQnNC+0Lvi
gJwg0L/QuNGI0LXRgtC1INC90LAgZm90by5zb2ZpYUBzaG9wLmV4YW1wbGUuYmUg0LjQu9C4INGB
0LUg0L7QsdCw0LTQtdGC0LUg0L3QsCAwMiA0ODkgMzMxMC48L3A+CjxwPtCS0YrQv9GA0L7RgdC4
INC30LAg0YHRitGF0YDQsNC90LXQvdC40LXRgtC+INC40LvQuCDQuNC30YLRgNC40LLQsNC90LXR
gtC+INC90LAg0YHQvdC40LzQutC4INC90LAg0LrQu9C40LXQvdGC0LggKNCy0LrQu9GO0YfQuNGC
0LXQu9C90L4g0YHQvdC40LzQutC4INC30LAg0L/QsNGB0L/QvtGA0YIg0Lgg0LvQuNGH0L3QsCDQ
utCw0YDRgtCwKSDQuNC30L/RgNCw0YnQsNC50YLQtSDQvdCwIHByaXZhY3lAc2hvcC5leGFtcGxl
LmJlLjwvcD48cD48YnI+PC9wPgo8cD7Qn9C+0LfQtNGA0LDQstC4LDwvcD48cD7QlNC10YHQuNGB
0LvQsNCy0LAg0J/QtdGC0YDQvtCy0LA8L3A+PHA+0KDRitC60L7QstC+0LTQuNGC0LXQuyDRhNC+
0YLQviDQvtGC0LTQtdC7LCBTaG9wIEV4YW1wbGUg4oCTINCh0L7RhNC40Y8g0JzQvtC7PC9wPgo8
L2Rpdj48L2JvZHk+PC9odG1sPgo=

--_000_1OGKHA7CEUL4C0068142YDR8KBYKCQ0J3G47Z1W9DTPI_--
'''),
    ('bg', 'review-platform-photo-consent-sync', 'automated', (),
'''Return-Path: <notify@app.otzivplus.bg>
Received: from mail.otzivplus.bg (mail.otzivplus.bg [198.51.100.250])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4MPzmwKj3L43FY
        for <privacy@shop.example.be>; Fri, 16 Oct 2026 02:15:10 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=otzivplus.bg;
        s=ozp; t=1792109708;
        h=message-id:date:subject:from:to:mime-version:content-type:
        list-unsubscribe;
        bh=Su8kumafuPiQvnUd54JTfyxzBdBGBGWBOOrJoyMlsxk=;
        b=nNP1oD3A+gbfKMkd4uOepkvRBqJmTCbZbkti0B0S3sTW3PaPnKx9wXD6S5+wGfE0hhoP
        i5fvESeAPq9+JzXMYaeMA08nJw35eBOEwTD7dUCCixkFICVx5E9B+4tRCWI5i00dL4Ybgc
        RBCMrceKwNBtQKYXZDdIV4VuEpkYjY5l6s25lOmgWKAItuM1mmG2YmO7HKjvHZOMW7Xe8E
        wLFb0eYW/OCbGNJ57yjsOaq1i8Q8OyUoL042e4Sa19ruiIxdPL+gJFwhWEIgaubss+AsIX
        uSXHhvSsuGzA6Z/2mw7R40c6LeE9cku6cITmwzLWhbV1dzlbffNKqV0ibr4eqn/Q==
Message-ID: <50461700760e10f8b9cd82799c51bfbc@app.otzivplus.bg>
Date: Fri, 16 Oct 2026 03:15:08 +0300
Subject: =?utf-8?q?=D0=A1=D0=B8=D0=BD=D1=85=D1=80=D0=BE=D0=BD=D0=B8=D0=B7?=
 =?utf-8?q?=D0=B0=D1=86=D0=B8=D1=8F_=D0=BD=D0=B0_=D1=81=D1=8A=D0=B3=D0=BB?=
 =?utf-8?q?=D0=B0=D1=81=D0=B8=D1=8F=3A_1_932_=D0=B7=D0=B0=D0=BF=D0=B8=D1=81?=
 =?utf-8?q?=D0=B0_=D0=B7=D0=B0_=D1=81=D0=BD=D0=B8=D0=BC=D0=BA=D0=B8_=D0=B2_?=
 =?utf-8?q?=D0=BE=D1=82=D0=B7=D0=B8=D0=B2=D0=B8_=2815=2E10=2E2026=29?=
From: OtzivPlus <notify@app.otzivplus.bg>
To: privacy@shop.example.be
List-Unsubscribe: <https://app.otzivplus.bg/settings/notifications/unsubscribe?t=jRXgPcjKA9HyTBW7Zoxu3zKTwsdUYe2G>
Feedback-ID: consent-sync:otzivplus
X-Mailer: Symfony Mailer
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_=_swift_6383506345_c90f3fc4158200d47abd1e6ef1ae4dfb_=_"

--_=_swift_6383506345_c90f3fc4158200d47abd1e6ef1ae4dfb_=_
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=9D=D0=BE=D1=89=D0=BD=D0=B0=D1=82=D0=B0 =D1=81=D0=B8=D0=BD=D1=85=D1=80=
=D0=BE=D0=BD=D0=B8=D0=B7=D0=B0=D1=86=D0=B8=D1=8F =D0=BD=D0=B0 =D0=B7=D0=B0=
=D0=BF=D0=B8=D1=81=D0=B8=D1=82=D0=B5 =D0=B7=D0=B0 =D1=81=D1=8A=D0=B3=D0=BB=
=D0=B0=D1=81=D0=B8=D0=B5 =D0=BC=D0=B5=D0=B6=D0=B4=D1=83 OtzivPlus =D0=B8
Shop Example BV =D0=BF=D1=80=D0=B8=D0=BA=D0=BB=D1=8E=D1=87=D0=B8 =D1=83=D1=
=81=D0=BF=D0=B5=D1=88=D0=BD=D0=BE.

=D0=9F=D0=B5=D1=80=D0=B8=D0=BE=D0=B4: 15.10.2026 00:00 =E2=80=93 23:59 (EES=
T)
=D0=A1=D0=B8=D0=BD=D1=85=D1=80=D0=BE=D0=BD=D0=B8=D0=B7=D0=B8=D1=80=D0=B0=D0=
=BD=D0=B8 =D0=B7=D0=B0=D0=BF=D0=B8=D1=81=D0=B8 =D0=B7=D0=B0 =D1=81=D1=8A=D0=
=B3=D0=BB=D0=B0=D1=81=D0=B8=D0=B5: 1 932
  =E2=80=93 =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D0=B5 =D0=B7=D0=B0 =
=D0=BF=D1=83=D0=B1=D0=BB=D0=B8=D0=BA=D1=83=D0=B2=D0=B0=D0=BD=D0=B5 =D0=BD=
=D0=B0 =D1=81=D0=BD=D0=B8=D0=BC=D0=BA=D0=B8 =D0=B2 =D0=BE=D1=82=D0=B7=D0=B8=
=D0=B2=D0=B8: 1 874
  =E2=80=93 =D0=BE=D1=82=D1=82=D0=B5=D0=B3=D0=BB=D0=B5=D0=BD=D0=B8 =D1=81=
=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D1=8F: 17 (=D1=81=D1=8A=D0=BE=D1=82=D0=
=B2=D0=B5=D1=82=D0=BD=D0=B8=D1=82=D0=B5 =D1=81=D0=BD=D0=B8=D0=BC=D0=BA=D0=
=B8 =D1=81=D0=B0 =D1=81=D0=BA=D1=80=D0=B8=D1=82=D0=B8 =D0=BE=D1=82 =D0=B3=
=D0=B0=D0=BB=D0=B5=D1=80=D0=B8=D1=8F=D1=82=D0=B0
    =E2=80=9E=D0=A1=D0=BD=D0=B8=D0=BC=D0=BA=D0=B8 =D0=BE=D1=82 =D0=BA=D0=BB=
=D0=B8=D0=B5=D0=BD=D1=82=D0=B8=E2=80=9C =D0=B8 =D1=89=D0=B5 =D0=B1=D1=8A=D0=
=B4=D0=B0=D1=82 =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D1=82=D0=B8 =D1=81=D0=BB=D0=
=B5=D0=B4 30 =D0=B4=D0=BD=D0=B8)
  =E2=80=93 =D0=B8=D1=81=D0=BA=D0=B0=D0=BD=D0=B8=D1=8F =D0=B7=D0=B0 =D0=B8=
=D0=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =D0=BF=D1=80=
=D0=BE=D1=84=D0=B8=D0=BB =D0=BD=D0=B0 =D1=80=D0=B5=D1=86=D0=B5=D0=BD=D0=B7=
=D0=B5=D0=BD=D1=82: 4 (=D0=B8=D0=B7=D0=BF=D1=8A=D0=BB=D0=BD=D0=B5=D0=BD=D0=
=B8)
=D0=93=D1=80=D0=B5=D1=88=D0=BA=D0=B8: 3 =D0=B7=D0=B0=D0=BF=D0=B8=D1=81=D0=
=B0 =D0=B1=D0=B5=D0=B7 =D0=BD=D0=BE=D0=BC=D0=B5=D1=80 =D0=BD=D0=B0 =D0=BF=
=D0=BE=D1=80=D1=8A=D1=87=D0=BA=D0=B0 =E2=80=93 =D0=B2=D0=B8=D0=B6=D1=82=D0=
=B5 =D0=BE=D1=82=D1=87=D0=B5=D1=82=D0=B0.

=D0=9E=D1=82=D1=87=D0=B5=D1=82 (CSV): https://app.otzivplus.bg/reports/cons=
ent-sync/2026-10-15?shop=3Dshopexample
=D0=9E=D1=82=D1=87=D0=B5=D1=82=D1=8A=D1=82 =D1=81=D1=8A=D0=B4=D1=8A=D1=80=
=D0=B6=D0=B0 =D0=BB=D0=B8=D1=87=D0=BD=D0=B8 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8.=
 =D0=92=D1=80=D1=8A=D0=B7=D0=BA=D0=B0=D1=82=D0=B0 =D0=B5 =D0=B2=D0=B0=D0=BB=
=D0=B8=D0=B4=D0=BD=D0=B0 48 =D1=87=D0=B0=D1=81=D0=B0 =D0=B8 =D0=B8=D0=B7=D0=
=B8=D1=81=D0=BA=D0=B2=D0=B0 =D0=B2=D1=85=D0=BE=D0=B4.

=D0=9F=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D0=B2=D0=B0=D1=82=D0=B5 =D1=82=D0=BE=
=D0=B2=D0=B0 =D0=B8=D0=B7=D0=B2=D0=B5=D1=81=D1=82=D0=B8=D0=B5, =D0=B7=D0=B0=
=D1=89=D0=BE=D1=82=D0=BE privacy@shop.example.be =D0=B5 =D0=BF=D0=BE=D1=81=
=D0=BE=D1=87=D0=B5=D0=BD =D0=BA=D0=B0=D1=82=D0=BE
=D0=BA=D0=BE=D0=BD=D1=82=D0=B0=D0=BA=D1=82 =D0=B7=D0=B0 =D0=B7=D0=B0=D1=89=
=D0=B8=D1=82=D0=B0 =D0=BD=D0=B0 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =
=D0=B2 =D0=BF=D1=80=D0=BE=D1=84=D0=B8=D0=BB=D0=B0 =D0=BD=D0=B0 =D0=B2=D0=B0=
=D1=88=D0=B8=D1=8F =D0=BC=D0=B0=D0=B3=D0=B0=D0=B7=D0=B8=D0=BD.
=D0=A3=D0=BF=D1=80=D0=B0=D0=B2=D0=BB=D0=B5=D0=BD=D0=B8=D0=B5 =D0=BD=D0=B0 =
=D0=B8=D0=B7=D0=B2=D0=B5=D1=81=D1=82=D0=B8=D1=8F=D1=82=D0=B0: https://app.o=
tzivplus.bg/settings/notifications

OtzivPlus =D0=95=D0=9E=D0=9E=D0=94, =D0=B1=D1=83=D0=BB. =E2=80=9E=D0=A6=D0=
=B0=D1=80=D0=B8=D0=B3=D1=80=D0=B0=D0=B4=D1=81=D0=BA=D0=BE =D1=88=D0=BE=D1=
=81=D0=B5=E2=80=9C 115, 1784 =D0=A1=D0=BE=D1=84=D0=B8=D1=8F

--_=_swift_6383506345_c90f3fc4158200d47abd1e6ef1ae4dfb_=_
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Tahoma,Arial,sans-serif;font-size:13px;col=
or:#333">
<h3 style=3D"color:#0a7d5a">=D0=A1=D0=B8=D0=BD=D1=85=D1=80=D0=BE=D0=BD=D0=
=B8=D0=B7=D0=B0=D1=86=D0=B8=D1=8F =D0=BD=D0=B0 =D1=81=D1=8A=D0=B3=D0=BB=D0=
=B0=D1=81=D0=B8=D1=8F =E2=80=93 =D0=BF=D1=80=D0=B8=D0=BA=D0=BB=D1=8E=D1=87=
=D0=B8 =D1=83=D1=81=D0=BF=D0=B5=D1=88=D0=BD=D0=BE</h3>
<p>=D0=9D=D0=BE=D1=89=D0=BD=D0=B0=D1=82=D0=B0 =D1=81=D0=B8=D0=BD=D1=85=D1=
=80=D0=BE=D0=BD=D0=B8=D0=B7=D0=B0=D1=86=D0=B8=D1=8F =D0=BD=D0=B0 =D0=B7=D0=
=B0=D0=BF=D0=B8=D1=81=D0=B8=D1=82=D0=B5 =D0=B7=D0=B0 =D1=81=D1=8A=D0=B3=D0=
=BB=D0=B0=D1=81=D0=B8=D0=B5 =D0=BC=D0=B5=D0=B6=D0=B4=D1=83 OtzivPlus =D0=B8=
 Shop Example BV =D0=BF=D1=80=D0=B8=D0=BA=D0=BB=D1=8E=D1=87=D0=B8 =D1=83=D1=
=81=D0=BF=D0=B5=D1=88=D0=BD=D0=BE.</p>
<table border=3D"1" cellpadding=3D"5" style=3D"border-collapse:collapse;bor=
der-color:#ddd">
<tr><td>=D0=9F=D0=B5=D1=80=D0=B8=D0=BE=D0=B4</td><td>15.10.2026 00:00 =E2=
=80=93 23:59 (EEST)</td></tr>
<tr><td>=D0=A1=D0=B8=D0=BD=D1=85=D1=80=D0=BE=D0=BD=D0=B8=D0=B7=D0=B8=D1=80=
=D0=B0=D0=BD=D0=B8 =D0=B7=D0=B0=D0=BF=D0=B8=D1=81=D0=B8 =D0=B7=D0=B0 =D1=81=
=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D0=B5</td><td>1 932</td></tr>
<tr><td>=D0=A1=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D0=B5 =D0=B7=D0=B0 =D0=
=BF=D1=83=D0=B1=D0=BB=D0=B8=D0=BA=D1=83=D0=B2=D0=B0=D0=BD=D0=B5 =D0=BD=D0=
=B0 =D1=81=D0=BD=D0=B8=D0=BC=D0=BA=D0=B8 =D0=B2 =D0=BE=D1=82=D0=B7=D0=B8=D0=
=B2=D0=B8</td><td>1 874</td></tr>
<tr><td>=D0=9E=D1=82=D1=82=D0=B5=D0=B3=D0=BB=D0=B5=D0=BD=D0=B8 =D1=81=D1=8A=
=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D1=8F</td><td>17 (=D1=81=D0=BD=D0=B8=D0=BC=
=D0=BA=D0=B8=D1=82=D0=B5 =D1=81=D0=B0 =D1=81=D0=BA=D1=80=D0=B8=D1=82=D0=B8 =
=D0=BE=D1=82 =E2=80=9E=D0=A1=D0=BD=D0=B8=D0=BC=D0=BA=D0=B8 =D0=BE=D1=82 =D0=
=BA=D0=BB=D0=B8=D0=B5=D0=BD=D1=82=D0=B8=E2=80=9C, =D0=B8=D0=B7=D1=82=D1=80=
=D0=B8=D0=B2=D0=B0=D0=BD=D0=B5 =D1=81=D0=BB=D0=B5=D0=B4 30 =D0=B4=D0=BD=D0=
=B8)</td></tr>
<tr><td>=D0=98=D1=81=D0=BA=D0=B0=D0=BD=D0=B8=D1=8F =D0=B7=D0=B0 =D0=B8=D0=
=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =D0=BF=D1=80=D0=
=BE=D1=84=D0=B8=D0=BB =D0=BD=D0=B0 =D1=80=D0=B5=D1=86=D0=B5=D0=BD=D0=B7=D0=
=B5=D0=BD=D1=82</td><td>4 (=D0=B8=D0=B7=D0=BF=D1=8A=D0=BB=D0=BD=D0=B5=D0=BD=
=D0=B8)</td></tr>
<tr><td>=D0=93=D1=80=D0=B5=D1=88=D0=BA=D0=B8</td><td>3 =D0=B7=D0=B0=D0=BF=
=D0=B8=D1=81=D0=B0 =D0=B1=D0=B5=D0=B7 =D0=BD=D0=BE=D0=BC=D0=B5=D1=80 =D0=BD=
=D0=B0 =D0=BF=D0=BE=D1=80=D1=8A=D1=87=D0=BA=D0=B0</td></tr>
</table>
<p><a href=3D"https://app.otzivplus.bg/reports/consent-sync/2026-10-15?shop=
=3Dshopexample">=D0=9E=D1=82=D1=87=D0=B5=D1=82 (CSV)</a> =E2=80=93 =D1=81=
=D1=8A=D0=B4=D1=8A=D1=80=D0=B6=D0=B0 =D0=BB=D0=B8=D1=87=D0=BD=D0=B8 =D0=B4=
=D0=B0=D0=BD=D0=BD=D0=B8, =D0=B2=D0=B0=D0=BB=D0=B8=D0=B4=D0=B5=D0=BD 48 =D1=
=87=D0=B0=D1=81=D0=B0, =D0=B8=D0=B7=D0=B8=D1=81=D0=BA=D0=B2=D0=B0 =D0=B2=D1=
=85=D0=BE=D0=B4.</p>
<p style=3D"font-size:11px;color:#999">=D0=9F=D0=BE=D0=BB=D1=83=D1=87=D0=B0=
=D0=B2=D0=B0=D1=82=D0=B5 =D1=82=D0=BE=D0=B2=D0=B0 =D0=B8=D0=B7=D0=B2=D0=B5=
=D1=81=D1=82=D0=B8=D0=B5, =D0=B7=D0=B0=D1=89=D0=BE=D1=82=D0=BE privacy@shop=
.example.be =D0=B5 =D0=BF=D0=BE=D1=81=D0=BE=D1=87=D0=B5=D0=BD =D0=BA=D0=B0=
=D1=82=D0=BE =D0=BA=D0=BE=D0=BD=D1=82=D0=B0=D0=BA=D1=82 =D0=B7=D0=B0 =D0=B7=
=D0=B0=D1=89=D0=B8=D1=82=D0=B0 =D0=BD=D0=B0 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=
=D1=82=D0=B5 =D0=B2 =D0=BF=D1=80=D0=BE=D1=84=D0=B8=D0=BB=D0=B0 =D0=BD=D0=B0=
 =D0=B2=D0=B0=D1=88=D0=B8=D1=8F =D0=BC=D0=B0=D0=B3=D0=B0=D0=B7=D0=B8=D0=BD.=
 <a href=3D"https://app.otzivplus.bg/settings/notifications">=D0=A3=D0=BF=
=D1=80=D0=B0=D0=B2=D0=BB=D0=B5=D0=BD=D0=B8=D0=B5 =D0=BD=D0=B0 =D0=B8=D0=B7=
=D0=B2=D0=B5=D1=81=D1=82=D0=B8=D1=8F=D1=82=D0=B0</a><br>OtzivPlus =D0=95=D0=
=9E=D0=9E=D0=94, =D0=B1=D1=83=D0=BB. =E2=80=9E=D0=A6=D0=B0=D1=80=D0=B8=D0=
=B3=D1=80=D0=B0=D0=B4=D1=81=D0=BA=D0=BE =D1=88=D0=BE=D1=81=D0=B5=E2=80=9C 1=
15, 1784 =D0=A1=D0=BE=D1=84=D0=B8=D1=8F</p>
</body></html>

--_=_swift_6383506345_c90f3fc4158200d47abd1e6ef1ae4dfb_=_--
'''),
    ('bg', 'sendmail-bounce-photo-export-link', 'automated', (),
'''Return-Path: <>
Received: from mail.ivanov-stroy.bg (mail.ivanov-stroy.bg [203.0.113.77])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Qw21Z9wvCslcb
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 14:20:03 +0200 (CEST)
Received: from localhost (localhost)
        by mail.ivanov-stroy.bg (8.17.1/8.17.1) id 59JCK0Lq018833;
        Mon, 19 Oct 2026 15:20:00 +0300
Date: Mon, 19 Oct 2026 15:20:00 +0300
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.ivanov-stroy.bg>
Message-Id: <202610191220.59JCK0Lq018833@mail.ivanov-stroy.bg>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="59JCJwLp018832.1792329600/mail.ivanov-stroy.bg"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--59JCJwLp018832.1792329600/mail.ivanov-stroy.bg

The original message was received at Mon, 19 Oct 2026 15:19:58 +0300
from smtp-out1.shop.example.be [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<g.ivanova@ivanov-stroy.bg>
    (reason: 550 5.1.1 <g.ivanova@ivanov-stroy.bg>... User unknown)

   ----- Transcript of session follows -----
550 5.1.1 <g.ivanova@ivanov-stroy.bg>... User unknown

--59JCJwLp018832.1792329600/mail.ivanov-stroy.bg
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ivanov-stroy.bg
Received-From-MTA: DNS; smtp-out1.shop.example.be
Arrival-Date: Mon, 19 Oct 2026 15:19:58 +0300

Final-Recipient: RFC822; g.ivanova@ivanov-stroy.bg
Action: failed
Status: 5.1.1
Last-Attempt-Date: Mon, 19 Oct 2026 15:20:00 +0300

--59JCJwLp018832.1792329600/mail.ivanov-stroy.bg
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from smtp-out1.shop.example.be (smtp-out1.shop.example.be [192.0.2.25])
        by mail.ivanov-stroy.bg (8.17.1/8.17.1) with ESMTPS id 59JCJwLp018832
        (version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)
        for <g.ivanova@ivanov-stroy.bg>; Mon, 19 Oct 2026 15:19:58 +0300
From: =?utf-8?q?Shop_Example_=E2=80=93_=D0=97=D0=B0=D1=89=D0=B8=D1=82=D0=B0_?=
 =?utf-8?q?=D0=BD=D0=B0_=D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5?= <privacy@shop.example.be>
To: g.ivanova@ivanov-stroy.bg
Subject: =?utf-8?q?=D0=9A=D0=BE=D0=BF=D0=B8=D0=B5_=D0=BD=D0=B0_=D0=92=D0=B0?=
 =?utf-8?q?=D1=88=D0=B8=D1=82=D0=B5_=D1=81=D0=BD=D0=B8=D0=BC=D0=BA=D0=B8_?=
 =?utf-8?q?=D0=B8_=D0=B4=D0=B8=D0=B7=D0=B0=D0=B9=D0=BD=D0=B8_=28=D0=B8=D1=81?=
 =?utf-8?q?=D0=BA=D0=B0=D0=BD=D0=B5_PRIV-2026-2417=29?=
Date: Mon, 19 Oct 2026 14:19:56 +0200
Message-ID: <PRIV-2026-2417.2.df05939c3e@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

0KPQstCw0LbQsNC10LzQsCDQsy3QttC+INCY0LLQsNC90L7QstCwLAoK0LLRitCyINCy0YDRitC3
0LrQsCDRgSDQktCw0YjQtdGC0L4g0LjRgdC60LDQvdC1IFBSSVYtMjAyNi0yNDE3INCS0Lgg0LjQ
t9C/0YDQsNGJ0LDQvNC1INCy0YDRitC30LrQsCDQt9CwCtC40LfRgtC10LPQu9GP0L3QtSDQvdCw
INC60L7Qv9C40LUg0L3QsCDRgdC90LjQvNC60LjRgtC1INC4INC00LjQt9Cw0LnQvdC40YLQtSwg
0LfQsNC/0LDQt9C10L3QuCDQsiDQv9GA0L7RhNC40LvQsCDQktC4CigyMDQg0YHQvdC40LzQutC4
LCA1INC00LjQt9Cw0LnQvdCwLCDQstC60LvRjtGH0LjRgtC10LvQvdC+IOKAntCf0L7QutCw0L3Q
sCDigJMg0LrRgNGK0YnQtdC90LUg0JLQuNC60YLQvtGA0LjRj+KAnCk6CgpodHRwczovL2ZvdG8u
c2hvcC5leGFtcGxlLmJlL2V4cG9ydC9jMmQ5OGIxZjQwCgrQktGA0YrQt9C60LDRgtCwINC1INCy
0LDQu9C40LTQvdCwIDE0INC00L3QuC4KCtChINGD0LLQsNC20LXQvdC40LUsCtCV0LrQuNC/INC/
0L4g0LfQsNGJ0LjRgtCwINC90LAg0LTQsNC90L3QuNGC0LUKU2hvcCBFeGFtcGxlIEJWCg==

--59JCJwLp018832.1792329600/mail.ivanov-stroy.bg--
'''),
    ('bg', 'person-freezes-shared-design-forward-one-line', 'restriction', (),
'''Return-Path: <georgi.ivanov@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [203.0.113.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XxKwsL9MWGQqN
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 07:03:31 +0200 (CEST)
Received: from DESKTOP-G7K2M1Q (unknown [46.10.148.33])
        (Authenticated sender: georgi.ivanov@abv.bg)
        by smtp-out.abv.bg (Postfix) with ESMTPSA id 8E1B2400C1
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 08:03:29 +0300 (EEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=abv.bg;
        s=smtp-out; t=1792386207;
        h=from:to:subject:date:message-id:mime-version:content-type;
        bh=cBSueffkL3qTHc9PuI22ODu+5mncLGRu+23CJ/EMUpI=;
        b=v6XxFVSWseZJboDshlWosAOU+WpbyYmvp3PKIkw4LMNx+E/TsNQT4NxBoqzW3Q7TRHb+
        MU3VC9YiJerfjfrB52v7LKZ3FP79jCaR3Su9I1yzYlGqsVZ5dUzVS1uksgGjrk23hmNWj0
        MxxZuunQ4nGL1DkpFXTChoj6ENL39pBQo=
From: =?utf-8?b?0JPQtdC+0YDQs9C4INCY0LLQsNC90L7Qsg==?= <georgi.ivanov@abv.bg>
To: <privacy@shop.example.be>
Subject: =?utf-8?b?Rlc6INCS0LDRiNC40Y/RgiDQtNC40LfQsNC50L0g0LHQtdGI0LUg0YE=?=
 =?utf-8?b?0L/QvtC00LXQu9C10L0g0YfRgNC10Lcg0LLRgNGK0LfQutCw?=
Date: Mon, 19 Oct 2026 08:03:27 +0300
Message-ID: <000001dd3f6a$1664d5c4$f296b2d7@abv.bg>
MIME-Version: 1.0
Content-Type: text/plain;
        charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: Ad0/ajpYXAl2UW7J7eCpol==
Content-Language: bg

=D0=9C=D0=BE=D0=BB=D1=8F, =D0=B7=D0=B0=D0=BC=D1=80=D0=B0=D0=B7=D0=B5=D1=82=
=D0=B5 =D1=82=D0=BE=D0=B7=D0=B8 =D0=B4=D0=B8=D0=B7=D0=B0=D0=B9=D0=BD =D0=B8=
 =D1=81=D0=BD=D0=B8=D0=BC=D0=BA=D0=B0=D1=82=D0=B0 =D0=BD=D0=B0 =D0=B4=D1=8A=
=D1=89=D0=B5=D1=80=D1=8F =D0=BC=D0=B8 =D0=B2 =D0=BD=D0=B5=D0=B3=D0=BE: =D0=
=BD=D0=B5 =D0=B3=D0=BE =D1=82=D1=80=D0=B8=D0=B9=D1=82=D0=B5, =D0=BC=D0=BE=
=D0=B6=D0=B5 =D0=B4=D0=B0 =D0=BC=D0=B8 =D1=82=D1=80=D1=8F=D0=B1=D0=B2=D0=B0=
, =D0=BD=D0=BE =D0=BD=D0=B5 =D0=B3=D0=BE =D0=B8=D0=B7=D0=BF=D0=BE=D0=BB=D0=
=B7=D0=B2=D0=B0=D0=B9=D1=82=D0=B5, =D0=BD=D0=B5 =D0=B3=D0=BE =D0=BF=D0=B5=
=D1=87=D0=B0=D1=82=D0=B0=D0=B9=D1=82=D0=B5 =D0=B8 =D0=BD=D0=B5 =D0=B3=D0=BE=
 =D0=BF=D0=BE=D0=BA=D0=B0=D0=B7=D0=B2=D0=B0=D0=B9=D1=82=D0=B5 =D0=BD=D0=B8=
=D0=BA=D1=8A=D0=B4=D0=B5 (=D0=B8 =D0=B2 =D0=B3=D0=B0=D0=BB=D0=B5=D1=80=D0=
=B8=D1=8F=D1=82=D0=B0 =D1=81 =D0=B8=D0=B4=D0=B5=D0=B8), =D0=B4=D0=BE=D0=BA=
=D0=B0=D1=82=D0=BE =D0=BD=D0=B5 =D1=80=D0=B0=D0=B7=D0=B1=D0=B5=D1=80=D0=B5=
=D0=BC =D0=BA=D0=BE=D0=B9 =D0=B3=D0=BE =D0=B5 =D1=81=D0=BF=D0=BE=D0=B4=D0=
=B5=D0=BB=D0=B8=D0=BB =E2=80=93 =D0=BD=D0=B5 =D1=81=D1=8A=D0=BC =D0=B0=D0=
=B7.

=D0=93=D0=B5=D0=BE=D1=80=D0=B3=D0=B8 =D0=98=D0=B2=D0=B0=D0=BD=D0=BE=D0=B2

=D0=9E=D1=82: Shop Example =D0=94=D0=B8=D0=B7=D0=B0=D0=B9=D0=BD <designs@st=
udio.shop.example.be>
=D0=98=D0=B7=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D0=BD=D0=BE: =D0=BD=D0=B5=D0=B4=
=D0=B5=D0=BB=D1=8F, 18 =D0=BE=D0=BA=D1=82=D0=BE=D0=BC=D0=B2=D1=80=D0=B8 202=
6 =D0=B3. 21:47
=D0=94=D0=BE: georgi.ivanov@abv.bg
=D0=A2=D0=B5=D0=BC=D0=B0: =D0=92=D0=B0=D1=88=D0=B8=D1=8F=D1=82 =D0=B4=D0=B8=
=D0=B7=D0=B0=D0=B9=D0=BD =D0=B1=D0=B5=D1=88=D0=B5 =D1=81=D0=BF=D0=BE=D0=B4=
=D0=B5=D0=BB=D0=B5=D0=BD =D1=87=D1=80=D0=B5=D0=B7 =D0=B2=D1=80=D1=8A=D0=B7=
=D0=BA=D0=B0

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5, =D0=93=D0=B5=D0=BE=
=D1=80=D0=B3=D0=B8,

=D0=B2=D0=B0=D1=88=D0=B8=D1=8F=D1=82 =D0=B4=D0=B8=D0=B7=D0=B0=D0=B9=D0=BD =
=E2=80=9E=D0=A2=D0=B5=D0=BD=D0=B8=D1=81=D0=BA=D0=B0 =E2=80=93 =D0=9C=D0=B8=
=D0=BB=D0=B0, 7 =D0=B3.=E2=80=9C =D0=B1=D0=B5=D1=88=D0=B5 =D1=81=D0=BF=D0=
=BE=D0=B4=D0=B5=D0=BB=D0=B5=D0=BD =D1=87=D1=80=D0=B5=D0=B7 =D0=BF=D1=83=D0=
=B1=D0=BB=D0=B8=D1=87=D0=BD=D0=B0 =D0=B2=D1=80=D1=8A=D0=B7=D0=BA=D0=B0 =D0=
=BD=D0=B0 18.10.2026 =D0=B2 21:46.
=D0=92=D1=81=D0=B5=D0=BA=D0=B8, =D0=BA=D0=BE=D0=B9=D1=82=D0=BE =D0=B8=D0=BC=
=D0=B0 =D0=B2=D1=80=D1=8A=D0=B7=D0=BA=D0=B0=D1=82=D0=B0, =D0=BC=D0=BE=D0=B6=
=D0=B5 =D0=B4=D0=B0 =D0=B2=D0=B8=D0=B4=D0=B8 =D0=B4=D0=B8=D0=B7=D0=B0=D0=B9=
=D0=BD=D0=B0 =D0=B8 =D1=81=D0=BD=D0=B8=D0=BC=D0=BA=D0=B0=D1=82=D0=B0 =D0=B2=
 =D0=BD=D0=B5=D0=B3=D0=BE.

=D0=92=D1=80=D1=8A=D0=B7=D0=BA=D0=B0: https://studio.shop.example.be/s/bg/T=
q81vXe3
=D0=92=D1=80=D1=8A=D0=B7=D0=BA=D0=B0=D1=82=D0=B0 =D0=B8=D0=B7=D1=82=D0=B8=
=D1=87=D0=B0 =D1=81=D0=BB=D0=B5=D0=B4 30 =D0=B4=D0=BD=D0=B8.

=D0=90=D0=BA=D0=BE =D0=BD=D0=B5 =D1=81=D1=82=D0=B5 =D1=81=D0=BF=D0=BE=D0=B4=
=D0=B5=D0=BB=D0=B8=D0=BB=D0=B8 =D0=B4=D0=B8=D0=B7=D0=B0=D0=B9=D0=BD=D0=B0, =
=D0=BC=D0=BE=D0=B6=D0=B5=D1=82=D0=B5 =D0=B4=D0=B0 =D1=81=D0=BF=D1=80=D0=B5=
=D1=82=D0=B5 =D1=81=D0=BF=D0=BE=D0=B4=D0=B5=D0=BB=D1=8F=D0=BD=D0=B5=D1=82=
=D0=BE =D0=BE=D1=82 =E2=80=9E=D0=9C=D0=BE=D0=B8=D1=82=D0=B5 =D0=B4=D0=B8=D0=
=B7=D0=B0=D0=B9=D0=BD=D0=B8=E2=80=9C.

=D0=A2=D0=BE=D0=B2=D0=B0 =D0=B5 =D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=
=D0=B8=D1=87=D0=BD=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=
=D0=B5, =D0=BC=D0=BE=D0=BB=D1=8F, =D0=BD=D0=B5 =D0=BE=D1=82=D0=B3=D0=BE=D0=
=B2=D0=B0=D1=80=D1=8F=D0=B9=D1=82=D0=B5.
'''),
]
