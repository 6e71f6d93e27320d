"""Fifty-sixth set, robot mail of social media, their tools and auto-replies to the privacy team, with look-alike people (14 languages). Written apart from the code."""

ROBOTS = [
    ('pl', 'facebook-page-new-comment-notification', 'automated', (),
'''Return-Path: <notification@facebookmail.com>
Received: from 69-171-232-139.mail-mail.facebook.com (69-171-232-139.mail-mail.facebook.com [69.171.232.139])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ym2Qd0TcRz7vKp
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 16:03:27 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=facebookmail.com;
        s=s1024-2013-q3; t=1793027004;
        bh=q2Vd8kPz0nLw3sXyT1mB7cJ4fR6hA9uE5gK0iO2pQ8s=;
        h=Date:To:From:Subject:MIME-Version:Content-Type;
        b=Kx3mLq8vT0nR2pW7sY4cB1dF6hJ9aE5gU0iO3kM8zQ2xV7nC4bL1pS6tR9wY2eH5
         jF8dA3gK0iO7mN2qT5vX8zB1cE4hL7pR0sU3wY6aD9fG2jK5mP8tW1xZ4bE7hN0q
Date: Mon, 26 Oct 2026 08:03:24 -0700
To: Shop Example <privacy@shop.example.be>
From: Facebook <notification@facebookmail.com>
Reply-to: noreply <noreply@facebookmail.com>
Subject: =?UTF-8?Q?Anna_Wi=C5=9Bniewska_skomentowa=C5=82a_post_strony_Shop_Example?=
Message-ID: <c0b9e8d3a5f14e2b7d6a90f1e3c4b2a8@async.facebook.com>
X-Priority: 3
X-Mailer: ZuckMail [version 1.00]
X-Facebook: from zuckmail ([MTI3LjAuMC4x])
Errors-To: notification@facebookmail.com
X-Facebook-Notify: page_feed_comment; mailid=5f2a1c9e8b7d3G5af3a1b2c3G0G0G0
List-Unsubscribe: <https://www.facebook.com/o.php?k=AS3vR1tNqJ8cX2Yb&u=100089234567812&mid=5f2a1c9e8b7d3G5af3a1b2c3G0G0G0&ee=AY1xQ>
Feedback-ID: 0:page_feed_comment:Facebook
X-FACEBOOK-PRIORITY: 0
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="b1_Q3fV8kR2mN7pL1xZ9tY4wA6sD0gH5jK"

--b1_Q3fV8kR2mN7pL1xZ9tY4wA6sD0gH5jK
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Anna Wi=C5=9Bniewska skomentowa=C5=82a post strony Shop Example:

"Czy w sklepie w Antwerpii b=C4=99dzie jeszcze ta kurtka w rozmiarze M? Pyta=
=C5=82am na czacie w zesz=C5=82ym tygodniu i cisza..."

Wy=C5=9Bwietl komentarz:
https://www.facebook.com/nd/?ShopExampleBE%2Fposts%2Fpfbid02kXq7&aref=3D179=
3027004&medium=3Demail&mid=3D5f2a1c9e8b7d3G5af3a1b2c3G0G0G0

Odpowiedz na komentarz albo zarz=C4=85dzaj powiadomieniami strony w Meta
Business Suite.

Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wys=C5=82ana na adres privacy@shop.example.b=
e.
Je=C5=9Bli nie chcesz otrzymywa=C4=87 od Facebooka takich wiadomo=C5=9Bci,
zrezygnuj z subskrypcji:
https://www.facebook.com/o.php?k=3DAS3vR1tNqJ8cX2Yb&u=3D100089234567812&mid=
=3D5f2a1c9e8b7d3G5af3a1b2c3G0G0G0&ee=3DAY1xQ
Meta Platforms Ireland Ltd., Attention: Community Operations, 4 Grand Canal
Square, Dublin 2, Ireland

--b1_Q3fV8kR2mN7pL1xZ9tY4wA6sD0gH5jK
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charse=
t=3Dutf-8" /></head><body style=3D"margin:0;padding:0;font-family:Helvetica=
,Arial,sans-serif"><table width=3D"100%" cellpadding=3D"0" cellspacing=3D"0=
"><tr><td style=3D"font-size:16px;color:#1c1e21;padding:16px"><b>Anna Wi=C5=
=9Bniewska</b> skomentowa=C5=82a post strony <b>Shop Example</b>:</td></tr>=
<tr><td style=3D"font-size:14px;color:#1c1e21;padding:0 16px 16px 16px">&qu=
ot;Czy w sklepie w Antwerpii b=C4=99dzie jeszcze ta kurtka w rozmiarze M? P=
yta=C5=82am na czacie w zesz=C5=82ym tygodniu i cisza...&quot;</td></tr><tr=
><td style=3D"padding:0 16px 24px 16px"><a href=3D"https://www.facebook.com=
/nd/?ShopExampleBE%2Fposts%2Fpfbid02kXq7&amp;aref=3D1793027004&amp;medium=
=3Demail" style=3D"background:#1877f2;color:#fff;padding:8px 16px;border-ra=
dius:6px;text-decoration:none">Wy=C5=9Bwietl komentarz</a></td></tr><tr><td=
 style=3D"font-size:11px;color:#8a8d91;padding:16px">Ta wiadomo=C5=9B=C4=87=
 zosta=C5=82a wys=C5=82ana na adres privacy@shop.example.be. Je=C5=9Bli nie=
 chcesz otrzymywa=C4=87 od Facebooka takich wiadomo=C5=9Bci, <a href=3D"htt=
ps://www.facebook.com/o.php?k=3DAS3vR1tNqJ8cX2Yb&amp;u=3D100089234567812">z=
rezygnuj z subskrypcji</a>.<br />Meta Platforms Ireland Ltd., Attention: Co=
mmunity Operations, 4 Grand Canal Square, Dublin 2, Ireland</td></tr></tabl=
e></body></html>

--b1_Q3fV8kR2mN7pL1xZ9tY4wA6sD0gH5jK--
'''),

    ('pl', 'brand24-weekly-social-listening-report', 'automated', (),
'''Return-Path: <bounce+5b1d2e.a7c3f-privacy=shop.example.be@mg.brand24.com>
Received: from m228-41.mailgun.net (m228-41.mailgun.net [159.135.228.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YnQ2L6bWkz9rVc
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 07:00:41 +0100 (CET)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=brand24.com; q=dns/txt;
        s=mailo; t=1792994438; h=Content-Type: MIME-Version: Subject: To: From:
        Date: Message-ID: List-Unsubscribe; bh=Wm1o2Vq8rT4yU6iP0aS3dF5gH7jK9lZ1xC2vB4nM6Q0=;
        b=fT7nJ2kL9pQ4rS1uV6wX3yZ8aB5cD0eF7gH2iJ9kL4mN1oP6qR3sT8uV5wX0yZ7aB2c
Date: Mon, 26 Oct 2026 06:00:38 +0000
From: Brand24 <raporty@brand24.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Raport_tygodniowy:_Shop_Example_=2819.10_=E2=80=93_25.10.2026=29?=
Message-ID: <20261026060038.1.8C3F0A2E5B7D1946@mg.brand24.com>
X-Mailgun-Sid: WyI1YjFkMmUiLCAicHJpdmFjeUBzaG9wLmV4YW1wbGUuYmUiLCAiYTdjM2YiXQ==
X-Mailgun-Tag: weekly-report
X-Mailgun-Variables: {"project_id": "1184522", "report": "weekly"}
List-Unsubscribe: <https://app.brand24.com/account/unsubscribe/?t=e3c1b9d2a7f4>, <mailto:unsubscribe@mg.brand24.com?subject=1184522>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="7e2c41b9d0f84a6e93b5c1d8f2a07e64"

--7e2c41b9d0f84a6e93b5c1d8f2a07e64
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Raport tygodniowy dla projektu: Shop Example
Okres: 19.10.2026 =E2=80=93 25.10.2026

Wzmianki: 412 (+18% wzgl=C4=99dem poprzedniego tygodnia)
Zasi=C4=99g w social media: 1,2 mln
Sentyment: 61 pozytywnych / 287 neutralnych / 64 negatywnych

Najpopularniejsze wzmianki:

1. Instagram, @ola.styl (23,4 tys. obserwuj=C4=85cych)
   "Haul z Shop Example, karta lojalno=C5=9Bciowa w ko=C5=84cu si=C4=99 op=
=C5=82aca =F0=9F=98=8D"
   Sentyment: pozytywny

2. X, @k_bertrand (1,1 tys. obserwuj=C4=85cych)
   "Shop Example dalej wysy=C5=82a mi newsletter, chocia=C5=BC wypisa=C5=82e=
m si=C4=99 dwa razy. Brawo."
   Sentyment: negatywny

3. Facebook, grupa "Polacy w Brukseli i okolicach"
   "Kto=C5=9B wie, czy Shop Example ma te=C5=BC sklep w Li=C3=A8ge?"
   Sentyment: neutralny

4. TikTok, @modazmarta (88 tys. obserwuj=C4=85cych)
   "unboxing zam=C3=B3wienia z Belgii, dostawa 2 dni"
   Sentyment: pozytywny

Najcz=C4=99stsze s=C5=82owa kluczowe: promocja, dostawa, karta, aplikacja, =
zwrot

Pe=C5=82ny raport: https://app.brand24.com/panel/results/?sid=3D1184522&d=
=3D2026-10-19_2026-10-25

Otrzymujesz ten e-mail, poniewa=C5=BC jeste=C5=9B odbiorc=C4=85 raport=C3=
=B3w projektu Shop Example.
Zmie=C5=84 cz=C4=99stotliwo=C5=9B=C4=87 raport=C3=B3w: https://app.brand24.=
com/account/notifications
Brand24 Global Inc.

--7e2c41b9d0f84a6e93b5c1d8f2a07e64
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><body style=3D"font-family:Arial,sans-serif;color:#2b3=
340"><h2>Raport tygodniowy: Shop Example</h2><p>19.10.2026 =E2=80=93 25.10=
.2026</p><table><tr><td>Wzmianki</td><td><b>412</b> (+18%)</td></tr><tr><td=
>Zasi=C4=99g</td><td><b>1,2 mln</b></td></tr><tr><td>Sentyment</td><td>61 =
/ 287 / 64</td></tr></table><p><a href=3D"https://app.brand24.com/panel/res=
ults/?sid=3D1184522">Zobacz pe=C5=82ny raport</a></p><p style=3D"font-size:=
11px;color:#999">Otrzymujesz ten e-mail, poniewa=C5=BC jeste=C5=9B odbiorc=
=C4=85 raport=C3=B3w projektu Shop Example. <a href=3D"https://app.brand24.=
com/account/notifications">Zmie=C5=84 ustawienia</a>.</p></body></html>

--7e2c41b9d0f84a6e93b5c1d8f2a07e64--
'''),

    ('pl', 'exchange-ooo-reply-to-identity-check', 'automated', (),
'''Return-Path: <>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2112.outbound.protection.outlook.com [40.107.20.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YnV1s3QpGz8wLm
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 10:17:52 +0100 (CET)
Received: from PA4PR08MB6112.eurprd08.prod.outlook.com (2603:10a6:102:e1::9) by
 AS8PR08MB9745.eurprd08.prod.outlook.com (2603:10a6:20b:612::17) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8093.21; Mon, 26 Oct
 2026 09:17:50 +0000
From: Katarzyna Nowak <k.nowak@mediplan-krakow.pl>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Odpowied=C5=BA_automatyczna:_Your_request_PRV-2026-1187_-_p?=
 =?utf-8?Q?lease_confirm_your_identity?=
Thread-Topic: Your request PRV-2026-1187 - please confirm your identity
Thread-Index: AQHbJ4x2kVt1m0aRQ0iM8nA7fW0KxwAAAB3Y
Date: Mon, 26 Oct 2026 09:17:50 +0000
Message-ID: <PA4PR08MB611284C1E2D8F3A3B1C4E7D9A25A2@PA4PR08MB6112.eurprd08.prod.outlook.com>
In-Reply-To: <PRV-2026-1187.20261026101502.7f3a@shop.example.be>
References: <PRV-2026-1187.20261026101502.7f3a@shop.example.be>
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: k.nowak@mediplan-krakow.pl
X-MS-Exchange-Organization-AuthAs: Internal
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

dzi=C4=99kuj=C4=99 za wiadomo=C5=9B=C4=87. Do 6 listopada 2026 r. przebywam=
 na urlopie i nie mam
sta=C5=82ego dost=C4=99pu do poczty. Wiadomo=C5=9Bci nie s=C4=85 przekazywa=
ne dalej.

W sprawach pilnych prosz=C4=99 o kontakt z recepcj=C4=85:
recepcja@mediplan-krakow.pl, tel. +48 12 421 55 90.

Z powa=C5=BCaniem
Katarzyna Nowak
Mediplan Krak=C3=B3w Sp. z o.o.
'''),

    ('pl', 'person-forwards-instagram-tag-notice-take-photo-down', 'deletion', (),
'''Return-Path: <marta.kowalczyk88@gmail.com>
Received: from mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpB7w1KzHz9sQd
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 08:05:19 +0100 (CET)
Received: by mail-ej1-f47.google.com with SMTP id a640c23a62f3a-a9a1b2c3d4eso512345266b.1
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 00:05:18 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1793084718;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
        bh=Tq5nE2sW8xR1cV4bN7mK0lJ3hG6fD9aS2pO5iU8yT1r=;
        b=Lw4mQ8xT2zR6vN1pK5sJ9hG3fD7aS0cE4bU8yI2oP6lK1jH5gF9dS3aZ7xC0vB4nM8q
X-Gm-Message-State: AOJu0YwX3kLm9vT2nQ8rS5pZ1cB7hF4jD0gA6eU9iO3yW2xV5tR8sQ==
MIME-Version: 1.0
References: <ig.notif.7b2c9e1f4a8d3b6c@mail.instagram.com>
In-Reply-To: <ig.notif.7b2c9e1f4a8d3b6c@mail.instagram.com>
From: Marta Kowalczyk <marta.kowalczyk88@gmail.com>
Date: Tue, 27 Oct 2026 08:05:05 +0100
Message-ID: <CAH7kN2x9QpT4mWv1rZ8bL3sF6jD0cY5aE7gK2uH9oR1iX4nB6w@mail.gmail.com>
Subject: =?UTF-8?Q?Fwd=3A_shopexample=2Ebe_oznaczy=C5=82=28a=29_Ci=C4=99_we_wpisie?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000004f8a2b0623f1c9e7"

--0000000000004f8a2b0623f1c9e7
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

to ja jestem na tym zdj=C4=99ciu z otwarcia sklepu w Gandawie (ta w zielonym
p=C5=82aszczu, z dzieckiem na r=C4=99kach). Nikt mnie nie pyta=C5=82 o zgod=
=C4=99 i nie chc=C4=99,
=C5=BCeby to wisia=C5=82o na Waszym profilu z moim nazwiskiem. Prosz=C4=99 =
zdj=C4=85=C4=87 to
zdj=C4=99cie i usun=C4=85=C4=87 oznaczenie.

Marta Kowalczyk

---------- Forwarded message ---------
Od: Instagram <no-reply@mail.instagram.com>
Date: pon., 26 pa=C5=BA 2026 o 19:42
Subject: shopexample.be oznaczy=C5=82(a) Ci=C4=99 we wpisie
To: <marta.kowalczyk88@gmail.com>


shopexample.be oznaczy=C5=82(a) Ci=C4=99 we wpisie:
"Bedankt aan iedereen voor de opening in Gent gisteren! =F0=9F=92=9A
#ShopExampleGent"

Zobacz wpis <https://www.instagram.com/p/DQx7kLsA2bN/>

Nie chcesz otrzymywa=C4=87 takich e-maili? Zrezygnuj z subskrypcji
<https://www.instagram.com/emails/unsubscribe/?uid=3D58812093&t=3Dtagged>
Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wys=C5=82ana do marta.kowalczyk88@gmail=
.com.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park,
CA 94025

--0000000000004f8a2b0623f1c9e7
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Dzie=C5=84 dobry,<div><br></div><div>to ja jestem na tym z=
dj=C4=99ciu z otwarcia sklepu w Gandawie (ta w zielonym p=C5=82aszczu, z dz=
ieckiem na r=C4=99kach). Nikt mnie nie pyta=C5=82 o zgod=C4=99 i nie chc=C4=
=99, =C5=BCeby to wisia=C5=82o na Waszym profilu z moim nazwiskiem. Prosz=
=C4=99 zdj=C4=85=C4=87 to zdj=C4=99cie i usun=C4=85=C4=87 oznaczenie.</div>=
<div><br></div><div>Marta Kowalczyk</div><br><div class=3D"gmail_quote"><di=
v dir=3D"ltr" class=3D"gmail_attr">---------- Forwarded message ---------<b=
r>Od: <strong class=3D"gmail_sendername" dir=3D"auto">Instagram</strong> <s=
pan dir=3D"auto">&lt;<a href=3D"mailto:no-reply@mail.instagram.com">no-repl=
y@mail.instagram.com</a>&gt;</span><br>Date: pon., 26 pa=C5=BA 2026 o 19:42=
<br>Subject: shopexample.be oznaczy=C5=82(a) Ci=C4=99 we wpisie<br>To: &lt;=
<a href=3D"mailto:marta.kowalczyk88@gmail.com">marta.kowalczyk88@gmail.com<=
/a>&gt;<br></div><br><br>shopexample.be oznaczy=C5=82(a) Ci=C4=99 we wpisie=
:<br>&quot;Bedankt aan iedereen voor de opening in Gent gisteren! =F0=9F=92=
=9A #ShopExampleGent&quot;<br><a href=3D"https://www.instagram.com/p/DQx7kL=
sA2bN/">Zobacz wpis</a></div></div>

--0000000000004f8a2b0623f1c9e7--
'''),

    ('pl', 'person-quotes-bounce-of-old-privacy-address-third-time', 'complaint', ('deletion',),
'''Return-Path: <pawel.zielinski@o2.pl>
Received: from mx.poczta.o2.pl (mx.poczta.o2.pl [193.17.41.102])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YrK3m0PqNz8vTx
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 21:37:44 +0100 (CET)
Received: from [192.168.1.23] (public-gprs1204.centertel.pl [37.47.160.212])
        by poczta.o2.pl (Postfix) with ESMTPSA id 8B2C41A0F3
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 21:37:42 +0100 (CET)
Message-ID: <9d3f2a71-5c8e-4b6a-a1f0-7e2d4c9b8a15@o2.pl>
Date: Wed, 4 Nov 2026 21:37:40 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: pl
To: privacy@shop.example.be
From: =?UTF-8?Q?Pawe=C5=82_Zieli=C5=84ski?= <pawel.zielinski@o2.pl>
Subject: =?UTF-8?Q?Po_raz_trzeci=3A_usuni=C4=99cie_konta_=E2=80=93_i_dlaczego_wa?=
 =?UTF-8?Q?sz_adres_nie_dzia=C5=82a=3F?=
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

pisz=C4=99 w tej sprawie ju=C5=BC trzeci raz i naprawd=C4=99 ko=C5=84czy mi=
 si=C4=99 cierpliwo=C5=9B=C4=87.

2 pa=C5=BAdziernika wys=C5=82a=C5=82em =C5=BC=C4=85danie usuni=C4=99cia kon=
ta na adres dane@shopexample.be,
kt=C3=B3ry do dzi=C5=9B jest podany w Waszej polityce prywatno=C5=9Bci (wer=
sja PDF do
pobrania na stronie). Po kilku minutach wr=C3=B3ci=C5=82o do mnie to:

 > This is the mail system at host mx.poczta.o2.pl.
 >
 > I'm sorry to have to inform you that your message could not
 > be delivered to one or more recipients. It's attached below.
 >
 > For further assistance, please send mail to postmaster.
 >
 > If you do so, please include this problem report. You can
 > delete your own text from the attached returned message.
 >
 >                    The mail system
 >
 > <dane@shopexample.be>: host mail.shopexample.be[185.12.64.19] said: 550
 >     5.1.1 <dane@shopexample.be>: Recipient address rejected: User unknown
 >     in virtual mailbox table (in reply to RCPT TO command)

12 pa=C5=BAdziernika napisa=C5=82em jeszcze raz przez formularz kontaktowy =
na stronie.
Zero odpowiedzi, nawet automatycznego potwierdzenia. Od pierwszego =C5=BC=
=C4=85dania
min=C4=85=C5=82 ponad miesi=C4=85c, a Wy nie macie nawet dzia=C5=82aj=C4=85=
cego adresu do spraw
danych osobowych. Tak to nie powinno wygl=C4=85da=C4=87.

Jeszcze raz, ostatni: prosz=C4=99 o usuni=C4=99cie mojego konta (login
pawel.zielinski@o2.pl, karta lojalno=C5=9Bciowa 6203 1184 5521) razem ze
wszystkimi moimi danymi. Je=C5=BCeli w ci=C4=85gu tygodnia nie dostan=C4=99
potwierdzenia, sk=C5=82adam skarg=C4=99 do belgijskiego organu ochrony dany=
ch.

Pawe=C5=82 Zieli=C5=84ski
'''),

    ('cs', 'outlook-ooo-parental-leave-reply-to-info-request', 'automated', (),
'''Return-Path: <>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2098.outbound.protection.outlook.com [40.107.103.98])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YqF6b2RvXz7wNs
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 11:24:08 +0100 (CET)
Received: from DU0PR05MB9342.eurprd05.prod.outlook.com (2603:10a6:10:3b2::14) by
 DB9PR05MB7811.eurprd05.prod.outlook.com (2603:10a6:10:2a0::6) with Microsoft
 SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8093.21; Tue, 3 Nov 2026 10:24:06 +0000
From: =?utf-8?Q?Petra_Svobodov=C3=A1?= <petra.svobodova@agrostav-olomouc.cz>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatick=C3=A1_odpov=C4=9B=C4=8F:_Your_request_PRV-2026-1203_-_w?=
 =?utf-8?Q?e_need_a_little_more_information?=
Thread-Topic: Your request PRV-2026-1203 - we need a little more information
Thread-Index: AQHbLe1kR2yN8mV4pEaQ7tX0wZ3cAg==
Date: Tue, 3 Nov 2026 10:24:06 +0000
Message-ID: <DU0PR05MB93420F1C7A2B9D4E5E8C3B1AA66E2@DU0PR05MB9342.eurprd05.prod.outlook.com>
In-Reply-To: <PRV-2026-1203.20261103112351.4b1e@shop.example.be>
References: <PRV-2026-1203.20261103112351.4b1e@shop.example.be>
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: petra.svobodova@agrostav-olomouc.cz
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

od 2. 11. 2026 jsem na rodi=C4=8Dovsk=C3=A9 dovolen=C3=A9. Tato schr=C3=A1n=
ka nen=C3=AD
pravideln=C4=9B kontrolov=C3=A1na a zpr=C3=A1vy nejsou automaticky p=C5=99e=
posl=C3=A1ny.

V pracovn=C3=ADch z=C3=A1le=C5=BEitostech se pros=C3=ADm obra=C5=A5te na ko=
legyni
Janu Novotnou (jana.novotna@agrostav-olomouc.cz, +420 585 224 310).

D=C4=9Bkuji za pochopen=C3=AD.

Petra Svobodov=C3=A1
Agrostav Olomouc a.s.
'''),

    ('cs', 'sieve-autoreply-former-employee-mailbox-not-monitored', 'automated', (),
'''Return-Path: <>
Received: from mail.kovomont-brno.cz (mail.kovomont-brno.cz [185.8.237.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ypx0T5cJmz9rLk
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 14:52:31 +0100 (CET)
Received: by mail.kovomont-brno.cz (Postfix)
        id 0F3A2C1B47; Fri, 30 Oct 2026 14:52:30 +0100 (CET)
Message-ID: <dovecot-sieve-1793195550-820143-0@mail.kovomont-brno.cz>
Date: Fri, 30 Oct 2026 14:52:30 +0100
From: <tomas.marek@kovomont-brno.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Adresa_ji=C5=BE_nen=C3=AD_aktivn=C3=AD?=
In-Reply-To: <PRV-2026-1196.20261030145218.6d0a@shop.example.be>
References: <PRV-2026-1196.20261030145218.6d0a@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.21 (f6bb4dd8)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

pan Tom=C3=A1=C5=A1 Marek ji=C5=BE ve spole=C4=8Dnosti KOVOMONT Brno s.r.o. nepra=
cuje a tato
e-mailov=C3=A1 adresa nen=C3=AD nad=C3=A1le monitorov=C3=A1na. Va=C5=A1e zpr=C3=
=A1va nebyla nikomu
p=C5=99ed=C3=A1na.

Obchodn=C3=AD z=C3=A1le=C5=BEitosti: obchod@kovomont-brno.cz
Fakturace: fakturace@kovomont-brno.cz
Ostatn=C3=AD dotazy: info@kovomont-brno.cz, tel. +420 545 212 818

D=C4=9Bkujeme.
KOVOMONT Brno s.r.o.
'''),

    ('cs', 'meta-ad-rejected-personal-attributes', 'automated', (),
'''Return-Path: <advertise-noreply@support.facebook.com>
Received: from 66-220-155-178.mail-mail.facebook.com (66-220-155-178.mail-mail.facebook.com [66.220.155.178])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YqN2h7TsCz8xPb
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 18:11:46 +0100 (CET)
Date: Tue, 3 Nov 2026 09:11:43 -0800
To: privacy@shop.example.be
From: Meta for Business <advertise-noreply@support.facebook.com>
Subject: =?UTF-8?Q?Va=C5=A1e_reklama_nebyla_schv=C3=A1lena?=
Message-ID: <8e4d1c2b7a9f03e5d6c8b1a2f4e7d9c0@async.facebook.com>
X-Mailer: ZuckMail [version 1.00]
X-Facebook: from zuckmail ([MTI3LjAuMC4x])
X-Facebook-Notify: ads_review_disapproved; mailid=6a1e9c7d2f4bG5af3a1b2c3G0G0G0
Feedback-ID: 0:ads_review_disapproved:Facebook
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="b1_7XkP2qR9vT4mW1sN6yB3cF8hJ0dL5gZ"

--b1_7XkP2qR9vT4mW1sN6yB3cF8hJ0dL5gZ
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Reklama nebyla schv=C3=A1lena

Reklama: Black Friday =E2=80=93 v=C4=9Brnostn=C3=AD karta CZ
Kampa=C5=88: BF 2026 | Prospecting | CZ/SK
Reklamn=C3=AD =C3=BA=C4=8Det: Shop Example BE (ID: 2418807733651092)

Va=C5=A1e reklama nebyla schv=C3=A1lena, proto=C5=BEe nen=C3=AD v souladu s=
e z=C3=A1sadami
pro reklamu t=C3=BDkaj=C3=ADc=C3=ADmi se osobn=C3=ADch atribut=C5=AF. Rekla=
my nesm=C3=AD nazna=C4=8Dovat
ani p=C5=99edpokl=C3=A1dat osobn=C3=AD vlastnosti =C4=8Dlov=C4=9Bka, nap=C5=
=99=C3=ADklad v=C4=9Bk, zdravotn=C3=AD stav
nebo finan=C4=8Dn=C3=AD situaci (nap=C5=99. =E2=80=9EJe v=C3=A1m p=C5=99es =
40? Tahle kolekce je pro v=C3=A1s.=E2=80=9C).

Co m=C5=AF=C5=BEete ud=C4=9Blat
Upravte text reklamy a znovu ji ode=C5=A1lete ke kontrole, nebo po=C5=BE=C3=
=A1dejte o dal=C5=A1=C3=AD
kontrolu, pokud si mysl=C3=ADte, =C5=BEe do=C5=A1lo k chyb=C4=9B.

Upravit reklamu:
https://business.facebook.com/adsmanager/manage/ads?act=3D2418807733651092
Po=C5=BE=C3=A1dat o kontrolu:
https://www.facebook.com/business-support-home/?source=3Demail_ads_review

Tento e-mail jsme poslali na adresu privacy@shop.example.be, proto=C5=BEe j=
e
uvedena u reklamn=C3=ADho =C3=BA=C4=8Dtu Shop Example BE.
Meta Platforms Ireland Ltd., 4 Grand Canal Square, Grand Canal Harbour,
Dublin 2, Irsko

--b1_7XkP2qR9vT4mW1sN6yB3cF8hJ0dL5gZ
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Helvetica,Arial,sans-serif;color:#1c2b33">=
<h1 style=3D"font-size:20px">Reklama nebyla schv=C3=A1lena</h1><p>Reklama: =
<b>Black Friday =E2=80=93 v=C4=9Brnostn=C3=AD karta CZ</b><br>Reklamn=C3=AD=
 =C3=BA=C4=8Det: Shop Example BE</p><p>Va=C5=A1e reklama nebyla schv=C3=A1l=
ena, proto=C5=BEe nen=C3=AD v souladu se z=C3=A1sadami pro reklamu t=C3=BDk=
aj=C3=ADc=C3=ADmi se osobn=C3=ADch atribut=C5=AF.</p><p><a href=3D"https://=
business.facebook.com/adsmanager/manage/ads?act=3D2418807733651092" style=
=3D"background:#0064e0;color:#fff;padding:10px 16px;border-radius:6px;text-=
decoration:none">Upravit reklamu</a></p><p style=3D"font-size:12px;color:#6=
5676b">Meta Platforms Ireland Ltd., 4 Grand Canal Square, Grand Canal Harbo=
ur, Dublin 2, Irsko</p></body></html>

--b1_7XkP2qR9vT4mW1sN6yB3cF8hJ0dL5gZ--
'''),

    ('cs', 'person-influencer-reply-above-payout-wants-all-data', 'access', (),
'''Return-Path: <klara.prochazkova.ig@gmail.com>
Received: from mail-wm1-f41.google.com (mail-wm1-f41.google.com [209.85.128.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YqD1n6HwPz9tRm
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 22:48:13 +0100 (CET)
Received: by mail-wm1-f41.google.com with SMTP id 5b1f17b1804b1-4316e2dde9eso41877255e9.2
        for <privacy@shop.example.be>; Mon, 02 Nov 2026 13:48:12 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1793656092;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
        bh=Yp2mT6vR9xN3bK7cW1sQ5hF8jD0gL4aE2uZ6iO9yX3t=;
        b=Rt8nW2qK6vX0mB4pL9sJ3hF7gD1aZ5cE8uY2iO6kN0jM4bV7xT1qR5sW9yH3fG7dL2p
MIME-Version: 1.0
References: <payout.2026-10.AFF-20417@partners.shop.example.be>
In-Reply-To: <payout.2026-10.AFF-20417@partners.shop.example.be>
From: =?UTF-8?Q?Kl=C3=A1ra_Proch=C3=A1zkov=C3=A1?= <klara.prochazkova.ig@gmail.com>
Date: Mon, 2 Nov 2026 22:47:58 +0100
Message-ID: <CAJ9pQ3v7XmT2wKr5nB8sL1cF4hD6gZ0aE3uY9iO2kN7jM5bV1x@mail.gmail.com>
Subject: =?UTF-8?Q?Re=3A_Tvoje_provize_za_=C5=99=C3=ADjen_2026_byla_odesl=C3=A1na?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

d=C3=ADky za v=C3=BDplatu. P=C3=AD=C5=A1u ale schv=C3=A1ln=C4=9B sem na pri=
vacy: podle GDPR bych
cht=C4=9Bla v=C5=A1echno, co o m=C4=9B a o m=C3=BDch prodej=C3=ADch m=C3=A1=
te. Tedy seznam
objedn=C3=A1vek p=C5=99es m=C5=AFj k=C3=B3d KLARA15 a p=C5=99es m=C3=A9 odk=
azy (data, =C4=8D=C3=A1stky, jestli
byly vr=C3=A1ceny), kliky, jak=C3=A9 =C3=BAdaje o mn=C4=9B vedete v partner=
sk=C3=A9m programu a
komu je p=C5=99ed=C3=A1v=C3=A1te (t=C5=99eba t=C3=A9 affiliate platform=C4=
=9B). Za posledn=C3=ADch p=C3=A1r
m=C4=9Bs=C3=ADc=C5=AF mi ta =C4=8D=C3=ADsla p=C5=99=C3=ADli=C5=A1 nesed=C3=
=AD a chci si to porovnat se sv=C3=BDmi
statistikami.

D=C4=9Bkuju,
Kl=C3=A1ra Proch=C3=A1zkov=C3=A1
@klara.obleka

po 2. 11. 2026 v 9:14 odes=C3=ADlatel Shop Example Partners <
partners@shop.example.be> napsal:

> Ahoj Kl=C3=A1ro,
>
> tvoje provize za =C5=99=C3=ADjen 2026 byla pr=C3=A1v=C4=9B odesl=C3=A1na.
>
> Obdob=C3=AD: 1. 10. 2026 =E2=80=93 31. 10. 2026
> Potvrzen=C3=A9 objedn=C3=A1vky: 23
> Provize: 187,40 EUR
> Zp=C5=AFsob v=C3=BDplaty: bankovn=C3=AD p=C5=99evod (IBAN kon=C4=8D=C3=AD=
c=C3=AD 4471)
>
> Pen=C3=ADze by m=C4=9Bly dorazit do 3 pracovn=C3=ADch dn=C5=AF. Podrobnos=
ti najde=C5=A1 v
> partnersk=C3=A9m port=C3=A1lu.
>
> Tento e-mail byl vygenerov=C3=A1n automaticky, neodpov=C3=ADdej na n=C4=
=9Bj.
>
> Shop Example Partner Program
>
'''),

    ('hr', 'zendesk-ticket-ack-from-courier-processor', 'automated', (),
'''Return-Path: <support+id48213@brzadostava.zendesk.com>
Received: from smtp-out-eu1.zendesk.com (smtp-out-eu1.zendesk.com [188.172.138.15])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpM5c8XrTz7vGh
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 11:06:58 +0100 (CET)
Date: Wed, 28 Oct 2026 10:06:55 +0000
From: =?UTF-8?Q?Brza_Dostava_podr=C5=A1ka?= <podrska@brzadostava.hr>
Reply-To: =?UTF-8?Q?Brza_Dostava_podr=C5=A1ka?= <support+id48213@brzadostava.zendesk.com>
To: Shop Example Privacy <privacy@shop.example.be>
Message-ID: <ZMJ4QK7P2W_6720f3af1b2c9_6d1e3a8c2b_sprut@zendesk.com>
In-Reply-To: <PRV-2026-1192.20261028110604.1f7c@shop.example.be>
Subject: =?UTF-8?Q?[Brza_Dostava]_Zaprimili_smo_Va=C5=A1_upit_=2848213=29?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_6720f3af1a8b4_3c2e1d9a4f7b18";
 charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 7c1f2d9
X-Zendesk-Email-Id: 01JBA8K4QX7N2M5P9R3T6V8W0Y
X-Zendesk-Ticket-Id: 48213
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

----==_mimepart_6720f3af1a8b4_3c2e1d9a4f7b18
Content-Type: text/plain;
 charset=utf-8
Content-Transfer-Encoding: quoted-printable

##- Molimo upi=C5=A1ite svoj odgovor iznad ove linije -##

Po=C5=A1tovani,

zahvaljujemo na Va=C5=A1oj poruci. Zaprimili smo Va=C5=A1 upit i dodijelili=
 mu broj
#48213. Na=C5=A1 tim za korisni=C4=8Dku podr=C5=A1ku javit =C4=87e Vam se u=
 roku od dva
radna dana.

Ako =C5=BEelite ne=C5=A1to nadodati, jednostavno odgovorite na ovu poruku i=
 nemojte
mijenjati predmet.

Srda=C4=8Dan pozdrav,
Brza Dostava d.o.o.
Korisni=C4=8Dka podr=C5=A1ka

----------------------------------------------

Shop Example Privacy, 28. lis 2026., 11:06 CET

Dear Brza Dostava team,

As our processor for deliveries in Croatia, could you please erase the
delivery data (name, address, phone number) of our customer linked to
order 2026-558104? We received an erasure request from this customer.
Please confirm once this is done.

Kind regards,
Privacy team - Shop Example BV

[ZMJ4QK-7P2W]

----==_mimepart_6720f3af1a8b4_3c2e1d9a4f7b18
Content-Type: text/html;
 charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><div style=3D"color:#b5b5b5">##- Molimo upi=C5=A1ite svoj odgov=
or iznad ove linije -##</div><p>Po=C5=A1tovani,</p><p>zahvaljujemo na Va=C5=
=A1oj poruci. Zaprimili smo Va=C5=A1 upit i dodijelili mu broj <b>#48213</b=
>. Na=C5=A1 tim za korisni=C4=8Dku podr=C5=A1ku javit =C4=87e Vam se u roku=
 od dva radna dana.</p><p>Srda=C4=8Dan pozdrav,<br>Brza Dostava d.o.o.</p><=
span style=3D"color:#FFFFFF" aria-hidden=3D"true">[ZMJ4QK-7P2W]</span></bod=
y></html>

----==_mimepart_6720f3af1a8b4_3c2e1d9a4f7b18--
'''),

    ('hr', 'outlook-ooo-annual-leave-reply-to-identity-check', 'automated', (),
'''Return-Path: <>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2107.outbound.protection.outlook.com [40.107.13.107])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YqB0r2NkDz8wMx
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:31:40 +0100 (CET)
Received: from VI1PR03MB6204.eurprd03.prod.outlook.com (2603:10a6:800:132::11)
 by AM7PR03MB6519.eurprd03.prod.outlook.com (2603:10a6:20b:1c2::9) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8093.21; Mon, 2 Nov
 2026 08:31:38 +0000
From: Ivana Horvat <ivana.horvat@adriamed-split.hr>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatski odgovor: Your request PRV-2026-1212 - identity verification
Thread-Topic: Your request PRV-2026-1212 - identity verification
Thread-Index: AQHbLQ7vU3kX1pR8nT6mW2yB9cF4hA==
Date: Mon, 2 Nov 2026 08:31:38 +0000
Message-ID: <VI1PR03MB62049B3D5E1F7A2C8D4E6F0AB77C1@VI1PR03MB6204.eurprd03.prod.outlook.com>
In-Reply-To: <PRV-2026-1212.20261102093122.8a5d@shop.example.be>
References: <PRV-2026-1212.20261102093122.8a5d@shop.example.be>
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: ivana.horvat@adriamed-split.hr
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

na godi=C5=A1njem sam odmoru do 9. studenoga 2026. i nemam pristup e-po=C5=
=A1ti.
Va=C5=A1a poruka ne=C4=87e biti proslije=C4=91ena.

Za hitne stvari molim javite se kolegici Marini Babi=C4=87
(marina.babic@adriamed-split.hr).

Lijep pozdrav,
Ivana Horvat
'''),

    ('hr', 'facebook-page-information-download-ready', 'automated', (),
'''Return-Path: <security@facebookmail.com>
Received: from 69-171-232-151.mail-mail.facebook.com (69-171-232-151.mail-mail.facebook.com [69.171.232.151])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YqT8v4LmBz9rWq
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 06:42:19 +0100 (CET)
Date: Tue, 3 Nov 2026 21:42:16 -0800
To: Shop Example <privacy@shop.example.be>
From: Facebook <security@facebookmail.com>
Subject: =?UTF-8?Q?Va=C5=A1e_informacije_s_Facebooka_spremne_su_za_preuzimanje?=
Message-ID: <3f9a2d7c1e5b48a6c0d2e4f6a8b1c3d5@async.facebook.com>
X-Mailer: ZuckMail [version 1.00]
X-Facebook: from zuckmail ([MTI3LjAuMC4x])
X-Facebook-Notify: dyi_ready; mailid=7c2e1a9f3d5bG5af3a1b2c3G0G0G0
Feedback-ID: 0:dyi_ready:Facebook
X-FACEBOOK-PRIORITY: 1
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bok, Shop Example,

datoteka s va=C5=A1im informacijama koju ste zatra=C5=BEili 3. studenoga 20=
26. spremna
je za preuzimanje. Datoteka =C4=87e biti dostupna do 7. studenoga 2026.

Preuzmi informacije:
https://www.facebook.com/dyi/?referrer=3Demail&x=3DAdkq3ZtP8wR2mN

Ako niste zatra=C5=BEili ovu datoteku, mo=C5=BEda netko drugi poku=C5=A1ava=
 pristupiti
va=C5=A1em ra=C4=8Dunu. Osigurajte ra=C4=8Dun: https://www.facebook.com/hac=
ked

Hvala,
Sigurnosni tim Mete

Ova poruka poslana je na adresu privacy@shop.example.be. Saznajte za=C5=A1t=
o ste je
primili: https://www.facebook.com/email_forward_notice/?mid=3D7c2e1a9f3d5b
Meta Platforms Ireland Ltd., 4 Grand Canal Square, Grand Canal Harbour,
Dublin 2, Irska
'''),

    ('hr', 'person-forwards-custom-audience-ad-explanation', 'access', ('objection',),
'''Return-Path: <dario.juric@net.hr>
Received: from mx.net.hr (mx.net.hr [195.29.166.60])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpS3k9WcQz7vRn
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 20:14:37 +0100 (CET)
Received: from smtpclient.apple (93-138-41-212.adsl.net.t-com.hr [93.138.41.212])
        by mail.net.hr (Postfix) with ESMTPSA id 3B9F24C0A2
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 20:14:35 +0100 (CET)
Content-Type: text/plain;
        charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?Q?Dario_Juri=C4=87?= <dario.juric@net.hr>
Mime-Version: 1.0 (1.0)
Subject: Kako ste dobili moj e-mail?
Date: Thu, 29 Oct 2026 20:14:22 +0100
Message-Id: <6E2B4F71-8A3C-4D9E-B1F5-2C7A0D8E9F14@net.hr>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22A3354)

Pozdrav,

ne=C5=A1to mi nije jasno. Ju=C4=8Der mi je na Instagramu iza=C5=A1ao va=C5=
=A1 oglas (Black Friday, -30% uz karticu vjernosti) i kad sam kliknuo =E2=
=80=9EZa=C5=A1to vidim ovaj oglas=E2=80=9C, pi=C5=A1e ovo:

=E2=80=9EShop Example prenio je ili upotrijebio popis kako bi do=C5=A1ao do=
 vas. Ogla=C5=A1iva=C4=8D je sa svojim popisom mogao uskladiti informacije =
poput va=C5=A1e adrese e-po=C5=A1te ili broja telefona s va=C5=A1im profilo=
m.=E2=80=9C

Nikad ni=C5=A1ta nisam kupio kod vas, nemam va=C5=A1u karticu i nisam se ni=
gdje prijavljivao. Odakle vam moja e-mail adresa (dario.juric@net.hr)? Od k=
oga ste je dobili i =C5=A1to jo=C5=A1 imate o meni?

I ne =C5=BEelim da je koristite za oglase na Facebooku i Instagramu.

Dario Juri=C4=87

Poslano s mog iPhonea=
'''),

    ('sv', 'exchange-online-ndr-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2090.outbound.protection.outlook.com [40.107.247.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpF9x2DsKz8wTb
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:41:15 +0100 (CET)
From: Microsoft Outlook <postmaster@nordbygg.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Tue, 27 Oct 2026 09:41:13 +0000
Content-Type: multipart/report; report-type=delivery-status;
        boundary="f3c9a1e2-7b4d-4e8a-9c60-2d5b8e1f7a34"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
Message-ID: <6b2e4a1f-90c3-4d7e-b8a5-1c2f3e4d5a6b@AM9PR02MB7321.eurprd02.prod.outlook.com>
In-Reply-To: <PRV-2026-1190.20261027104101.2c9d@shop.example.be>
References: <PRV-2026-1190.20261027104101.2c9d@shop.example.be>
Subject: Det gick inte att leverera: Your request PRV-2026-1190 - your data
 export is ready
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
MIME-Version: 1.0

--f3c9a1e2-7b4d-4e8a-9c60-2d5b8e1f7a34
Content-Type: multipart/alternative; differences=Content-Type;
        boundary="7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"

--7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Det gick inte att leverera ditt meddelande till anna.lindqvist@nordbygg.se.

Det gick inte att hitta anna.lindqvist p=C3=A5 nordbygg.se.

=C3=85tg=C3=A4rd kr=C3=A4vs                                     Mottagare
Ok=C3=A4nd Till-adress

S=C3=A5 h=C3=A4r =C3=A5tg=C3=A4rdar du det
Mottagarens adress kan ha stavats fel eller s=C3=A5 finns den inte l=C3=A4n=
gre.
F=C3=B6rs=C3=B6k med n=C3=A5got av f=C3=B6ljande:

  *   Skicka meddelandet igen. Ta bort och skriv in mottagarens adress p=C3=
=A5 nytt
innan du skickar. Om adressen kommer fr=C3=A5n adressboken i Outlook kan d=
en vara
inaktuell.
  *   Kontakta mottagaren p=C3=A5 annat s=C3=A4tt (till exempel per telefon=
) och be
om r=C3=A4tt e-postadress.

Mer information f=C3=B6r e-postadministrat=C3=B6rer
Felet rapporterades av mottagarens e-postsystem. Adressen finns inte i
katalogen f=C3=B6r organisationen nordbygg.se.

Diagnostisk information f=C3=B6r administrat=C3=B6rer:

Genererande server: AM9PR02MB7321.eurprd02.prod.outlook.com

anna.lindqvist@nordbygg.se
Fj=C3=A4rrserver returnerade '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Re=
cipient not found by SMTP address lookup'

Ursprungliga meddelandehuvuden:

Received: from smtp-out1.shop.example.be (185.12.64.21) by
 AM9PR02MB7321.eurprd02.prod.outlook.com with Microsoft SMTP Server id
 15.20.8093.21; Tue, 27 Oct 2026 09:41:12 +0000
From: Shop Example Privacy <privacy@shop.example.be>
To: anna.lindqvist@nordbygg.se
Subject: Your request PRV-2026-1190 - your data export is ready
Date: Tue, 27 Oct 2026 10:41:01 +0100
Message-ID: <PRV-2026-1190.20261027104101.2c9d@shop.example.be>

--7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charse=
t=3Dutf-8"></head><body><div style=3D"font-family:'Segoe UI',sans-serif;fo=
nt-size:16px"><p>Det gick inte att leverera ditt meddelande till <a href=3D=
"mailto:anna.lindqvist@nordbygg.se">anna.lindqvist@nordbygg.se</a>.</p><p>=
Det gick inte att hitta anna.lindqvist p=C3=A5 nordbygg.se.</p><table><tr>=
<td style=3D"background:#c00000;color:#fff;padding:4px 8px">=C3=85tg=C3=A4=
rd kr=C3=A4vs</td><td>Mottagare</td></tr></table><p><b>Ok=C3=A4nd Till-adr=
ess</b></p><p style=3D"font-size:12px">Diagnostisk information f=C3=B6r adm=
inistrat=C3=B6rer: Fj=C3=A4rrserver returnerade '550 5.1.10 RESOLVER.ADR.Re=
cipientNotFound; Recipient not found by SMTP address lookup'</p></div></bod=
y></html>

--7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d--

--f3c9a1e2-7b4d-4e8a-9c60-2d5b8e1f7a34
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR02MB7321.eurprd02.prod.outlook.com
Received-From-MTA: dns;smtp-out1.shop.example.be
Arrival-Date: Tue, 27 Oct 2026 09:41:12 +0000

Original-Recipient: rfc822;anna.lindqvist@nordbygg.se
Final-Recipient: rfc822;anna.lindqvist@nordbygg.se
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--f3c9a1e2-7b4d-4e8a-9c60-2d5b8e1f7a34
Content-Type: message/rfc822

Received: from smtp-out1.shop.example.be (185.12.64.21) by
 AM9PR02MB7321.eurprd02.prod.outlook.com with Microsoft SMTP Server id
 15.20.8093.21; Tue, 27 Oct 2026 09:41:12 +0000
From: Shop Example Privacy <privacy@shop.example.be>
To: anna.lindqvist@nordbygg.se
Subject: Your request PRV-2026-1190 - your data export is ready
Date: Tue, 27 Oct 2026 10:41:01 +0100
Message-ID: <PRV-2026-1190.20261027104101.2c9d@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear Ms Lindqvist,

The copy of your personal data that you asked for on 12 October is ready.
For your security we do not send it by e-mail: please log in to your
account at shop.example.be, go to My account > Privacy and download the
file there. The link is valid for 14 days.

Kind regards,
Privacy team
Shop Example BV

--f3c9a1e2-7b4d-4e8a-9c60-2d5b8e1f7a34--
'''),

    ('sv', 'gmail-vacation-responder-autumn-break', 'automated', (),
'''Return-Path: <erik.johansson.sthlm@gmail.com>
Received: from mail-lf1-f54.google.com (mail-lf1-f54.google.com [209.85.167.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpR6c1VmXz9sHq
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 14:22:12 +0100 (CET)
Received: by mail-lf1-f54.google.com with SMTP id 2adb3069b0e04-53b1f7a4c9eso2093114e87.0
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 06:22:11 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1793280131;
        h=to:subject:message-id:date:from:auto-submitted:in-reply-to:references:mime-version;
        bh=Hb4nP8rT1vX5mK2cW9sQ6jF3gD7aL0eZ4uY8iO1kN5s=;
        b=Vq2mT7xR4nB9pK1sL6hJ0gF3dA8cZ5eU2yW7iO4kN9jM1bV6xT3qR8sW0yH5fG2dL7p
MIME-Version: 1.0
References: <PRV-2026-1199.20261029142158.3e8b@shop.example.be>
In-Reply-To: <PRV-2026-1199.20261029142158.3e8b@shop.example.be>
Auto-Submitted: auto-replied
From: Erik Johansson <erik.johansson.sthlm@gmail.com>
Date: Thu, 29 Oct 2026 06:22:09 -0700
Message-ID: <CAK3vqR8mN2x7TpW4bL9sF1cJ6hD0gZ5aE8uY3iO7kN2jM4bV9w@mail.gmail.com>
Subject: Ledig v. 44-45
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000b3f2c10623f8a5d1"

--000000000000b3f2c10623f8a5d1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hej!

Tack f=C3=B6r ditt mejl. Jag =C3=A4r ledig till och med 8 november och l=C3=
=A4ser inte
mejl regelbundet. Jag svarar s=C3=A5 snart jag kan n=C3=A4r jag =C3=A4r til=
lbaka.

Ha det bra!
Erik

--000000000000b3f2c10623f8a5d1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hej!<div><br></div><div>Tack f=C3=B6r ditt mejl. Jag =C3=
=A4r ledig till och med 8 november och l=C3=A4ser inte mejl regelbundet. Ja=
g svarar s=C3=A5 snart jag kan n=C3=A4r jag =C3=A4r tillbaka.</div><div><br=
></div><div>Ha det bra!</div><div>Erik</div></div>

--000000000000b3f2c10623f8a5d1--
'''),

    ('sv', 'linkedin-company-page-mention-notification', 'automated', (),
'''Return-Path: <s-4q7m2x9kt1@bounce.linkedin.com>
Received: from mailb-ae.linkedin.com (mailb-ae.linkedin.com [108.174.3.200])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YqK1f8NtRz7vMc
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 08:12:54 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; d=linkedin.com; s=d2048-2021-q4;
        c=relaxed/relaxed; q=dns/txt; t=1793689972;
        h=From:Subject:Date:To:MIME-Version:Content-Type:List-Unsubscribe;
        bh=Jk7nR2vT5xP9mB1cW4sQ8hF6gD0aL3eZ7uY1iO5kN2s=;
        b=Pz3mQ8xT1nR6vK2sL9hJ4gF0dA5cB7eU1yW3iO8kN6jM2bV9xT4qR7sW1yH0fG5dL3p
Date: Tue, 3 Nov 2026 07:12:52 +0000 (UTC)
From: LinkedIn <notifications-noreply@linkedin.com>
Reply-To: LinkedIn <notifications-noreply@linkedin.com>
To: Shop Example <privacy@shop.example.be>
Message-ID: <1522847730.8841207.1793689972118@lva1-app7714.prod.linkedin.com>
Subject: =?UTF-8?Q?Sara_Bergstr=C3=B6m_n=C3=A4mnde_Shop_Example_i_ett_inl=C3=A4gg?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="----=_Part_8841206_1377420512.1793689972117"
X-LinkedIn-Class: ORGANIZATION-MENTION
X-LinkedIn-Template: email_organization_mention_01
X-LinkedIn-fbl: s-4q7m2x9kt1
X-LinkedIn-Id: 4bq9x7-m2tn1k8r-7w
List-Unsubscribe: <https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_organization_mention_01&midToken=AQE7kq2x>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: organization_mention_01:linkedin
X-Auto-Response-Suppress: All

------=_Part_8841206_1377420512.1793689972117
Content-Type: text/plain;charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Sara Bergstr=C3=B6m n=C3=A4mnde Shop Example i ett inl=C3=A4gg

Sara Bergstr=C3=B6m
Head of CRM p=C3=A5 Nordlys Retail

"Intressant genomg=C3=A5ng av Shop Example p=C3=A5 Retail Tech Forum i G=C3=
=B6teborg om hur
de byggde om sitt lojalitetsprogram med integritet i fokus =E2=80=93 f=C3=
=A4rre f=C3=A4lt,
tydligare samtycken och att kunderna sj=C3=A4lva kan ladda ner sin data i a=
ppen.
Mer s=C3=A5nt!"

Visa inl=C3=A4gg:
https://www.linkedin.com/comm/feed/update/urn:li:activity:7391846620517330944

----------------------------------------

Det h=C3=A4r e-postmeddelandet var avsett f=C3=B6r Shop Example (privacy@sh=
op.example.be).
Du f=C3=A5r aviseringar f=C3=B6r sidor som du administrerar.
Avsluta prenumerationen:
https://www.linkedin.com/comm/psettings/email-unsubscribe?midToken=3DAQE7kq=
2x
=C2=A9 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
LinkedIn =C3=A4r ett registrerat f=C3=B6retagsnamn f=C3=B6r LinkedIn Corpor=
ation.

------=_Part_8841206_1377420512.1793689972117
Content-Type: text/html;charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:-apple-system,'Segoe UI',Roboto,sans-seri=
f"><table role=3D"presentation" width=3D"512"><tr><td><h2 style=3D"font-s=
ize:20px">Sara Bergstr=C3=B6m n=C3=A4mnde Shop Example i ett inl=C3=A4gg</=
h2><p style=3D"color:#666">Head of CRM p=C3=A5 Nordlys Retail</p><p>&quot;=
Intressant genomg=C3=A5ng av Shop Example p=C3=A5 Retail Tech Forum i G=C3=
=B6teborg om hur de byggde om sitt lojalitetsprogram med integritet i fokus=
 =E2=80=93 f=C3=A4rre f=C3=A4lt, tydligare samtycken och att kunderna sj=C3=
=A4lva kan ladda ner sin data i appen. Mer s=C3=A5nt!&quot;</p><p><a href=
=3D"https://www.linkedin.com/comm/feed/update/urn:li:activity:73918466205=
17330944" style=3D"background:#0a66c2;color:#fff;padding:8px 16px;border-r=
adius:24px;text-decoration:none">Visa inl=C3=A4gg</a></p><p style=3D"font-=
size:12px;color:#666">Det h=C3=A4r e-postmeddelandet var avsett f=C3=B6r S=
hop Example. <a href=3D"https://www.linkedin.com/comm/psettings/email-unsu=
bscribe?midToken=3DAQE7kq2x">Avsluta prenumerationen</a><br>=C2=A9 2026 Li=
nkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p></td></tr></t=
able></body></html>
------=_Part_8841206_1377420512.1793689972117--
'''),

    ('sv', 'person-reply-above-ugc-rights-approved-never-agreed', 'complaint', ('deletion',),
'''Return-Path: <linnea.holm@outlook.com>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2051.outbound.protection.outlook.com [40.92.91.51])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YqP7d3XkWz8wQr
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 21:08:33 +0100 (CET)
Content-Type: text/plain;
        charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Linnea Holm <linnea.holm@outlook.com>
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?Re:_Tack!_Du_har_godk=C3=A4nt_att_vi_anv=C3=A4nder_din_bild?=
Date: Tue, 3 Nov 2026 21:08:19 +0100
Message-ID: <A91C4E2B-7F3D-4B8A-9E65-0D2C1F7B3A48@outlook.com>
References: <ugc-rights.20261103132211.88412@picnest.io>
In-Reply-To: <ugc-rights.20261103132211.88412@picnest.io>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22A3354)

Hej,

jag har ALDRIG godk=C3=A4nt det h=C3=A4r. Jag har inte svarat p=C3=A5 n=C3=
=A5gon kommentar med
#JaShopExample och jag har inte klickat p=C3=A5 n=C3=A5gon l=C3=A4nk. Bilde=
n =C3=A4r tagen av mig,
p=C3=A5 min dotter, och den l=C3=A5g p=C3=A5 mitt privata konto. Nu ser jag=
 att den finns p=C3=A5
er produktsida f=C3=B6r barnjackor med mitt anv=C3=A4ndarnamn under.

Att ni publicerar en bild p=C3=A5 ett barn utan att ens kolla vem som fakti=
skt gav
tillst=C3=A5ndet =C3=A4r inte okej. Jag vill veta hur det h=C3=A4r kunde bl=
i "godk=C3=A4nt".

Ta bort bilden fr=C3=A5n sajten och fr=C3=A5n ert Instagramkonto i dag.

Linnea Holm

Skickat fr=C3=A5n min iPhone

> 3 nov. 2026 kl. 14:22 skrev Shop Example <ugc@shop.example.be>:
>=20
> =EF=BB=BFHej @linnea.h.holm!
>=20
> Tack f=C3=B6r att du godk=C3=A4nde att Shop Example f=C3=A5r anv=C3=A4nda=
 din bild. Den kan nu
> visas p=C3=A5 shop.example.be, i v=C3=A5ra nyhetsbrev och i v=C3=A5ra kan=
aler i sociala
> medier, enligt villkoren du godk=C3=A4nde: https://shop.example.be/ugc-vi=
llkor
>=20
> Ditt godk=C3=A4nnande registrerades den 3 november 2026 kl. 14:21 via en =
kommentar
> p=C3=A5 Instagram.
>=20
> Det h=C3=A4r =C3=A4r ett automatiskt meddelande fr=C3=A5n v=C3=A5rt UGC-v=
erktyg (Picnest).
>=20
> Shop Example
'''),

    ('ro', '2performant-new-affiliate-application', 'automated', (),
'''Return-Path: <bounces+2184417-7c3e-privacy=shop.example.be@em.2performant.com>
Received: from o41.em.2performant.com (o41.em.2performant.com [149.72.118.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpW2k5GhTz9rNd
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 10:27:03 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=2performant.com;
        h=content-type:from:mime-version:subject:to:list-unsubscribe;
        s=s1; bh=Rk4mT8vP2xN6bQ1cW5sJ9hF3gD7aL0eZ4uY8iO2kX1s=;
        b=Xm7nQ2vT9xR4pK6sL1hJ8gF5dA0cB3eU7yW2iO9kN4jM6bV1xT8qR3sW5yH9fG0dL2p
Date: Fri, 30 Oct 2026 09:27:01 +0000 (UTC)
From: 2Performant <noreply@2performant.com>
To: privacy@shop.example.be
Message-ID: <xR4pK6sL1hJ8gF5dA0cB3e@geopod-ismtpd-7>
Subject: =?UTF-8?Q?Cerere_nou=C4=83_de_afiliere_=C3=AEn_programul_Shop_Example_BE?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary=9c41e0b7d2a5f3864e1c7b2a09d5f3e8
List-Unsubscribe: <https://u2184417.ct.sendgrid.net/asm/unsubscribe/?user_id=2184417&data=Zk3qX>
X-SG-EID: u001.Rk4mT8vP2xN6bQ1cW5sJ9hF3gD7aL0eZ4uY8iO2k
X-Entity-ID: u001.Zp9xT2mR5vN8bK1c

--9c41e0b7d2a5f3864e1c7b2a09d5f3e8
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=utf-8

Bun=C4=83, echipa Shop Example,

Afiliatul beauty.by.ioana a aplicat pentru a promova programul t=C4=83u
=E2=80=9EShop Example BE=E2=80=9D.

Detalii afiliat
Tip: influencer (Instagram, TikTok)
Urm=C4=83ritori: aprox. 48.000
=C8=9A=C4=83ri: Rom=C3=A2nia, Belgia
Site: https://www.instagram.com/beauty.by.ioana

Mesajul afiliatului:
=E2=80=9ELocuiesc la Bruxelles =C8=99i fac con=C8=9Binut de mod=C4=83 pentr=
u comunitatea de
rom=C3=A2ni din Belgia. A=C8=99 fi bucuroas=C4=83 s=C4=83 colabor=C4=83m.=
=E2=80=9D

Aprob=C4=83 sau respinge cererea:
https://network.2performant.com/advertiser/affiliate-requests/88214

Dac=C4=83 nu iei o decizie =C3=AEn 14 zile, cererea va fi respins=C4=83 aut=
omat.

Ai primit acest e-mail pentru c=C4=83 e=C8=99ti administrator al programulu=
i
Shop Example BE. Po=C8=9Bi modifica notific=C4=83rile din contul t=C4=83u.

2Performant Network, Bucure=C8=99ti

--9c41e0b7d2a5f3864e1c7b2a09d5f3e8
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=utf-8

<html><body style=3D"font-family:Arial,sans-serif"><p>Bun=C4=83, echipa Sh=
op Example,</p><p>Afiliatul <b>beauty.by.ioana</b> a aplicat pentru a prom=
ova programul t=C4=83u =E2=80=9EShop Example BE=E2=80=9D.</p><p><a href=3D=
"https://network.2performant.com/advertiser/affiliate-requests/88214" styl=
e=3D"background:#ff5a1f;color:#fff;padding:10px 18px;text-decoration:none"=
>Vezi cererea</a></p><p style=3D"font-size:11px;color:#888">Ai primit acest=
 e-mail pentru c=C4=83 e=C8=99ti administrator al programului Shop Example =
BE.</p><img src=3D"https://u2184417.ct.sendgrid.net/wf/open?upn=3DZk3qX" w=
idth=3D"1" height=3D"1" alt=3D""></body></html>

--9c41e0b7d2a5f3864e1c7b2a09d5f3e8--
'''),

    ('ro', 'freshdesk-ticket-ack-from-call-centre-processor', 'automated', (),
'''Return-Path: <bounces+1a7c2e@emailus.freshdesk.com>
Received: from mail16.eu.freshemail.io (mail16.eu.freshemail.io [52.57.142.16])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YqC4j7BwLz7vSs
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 15:43:28 +0100 (CET)
Date: Mon, 02 Nov 2026 14:43:26 +0000
From: Callwise Support <suport@callwise.ro>
Reply-To: Callwise Support <suport@callwise.ro>
To: privacy@shop.example.be
Message-ID: <104882.ack.6a2f1c9e@callwise.freshdesk.com>
In-Reply-To: <PRV-2026-1215.20261102154307.0b6e@shop.example.be>
References: <PRV-2026-1215.20261102154307.0b6e@shop.example.be>
Subject: =?UTF-8?Q?Solicitarea_=23104882_a_fost_=C3=AEnregistrat=C4=83?=
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_67263a1e8c4d2_1f2a3b4c5d";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-FD-Email: suport@callwise.ro
X-FD-Ticket-Id: 104882
X-Mailer: Freshdesk

----==_mimepart_67263a1e8c4d2_1f2a3b4c5d
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

V=C4=83 mul=C8=9Bumim c=C4=83 ne-a=C8=9Bi contactat. Solicitarea dumneavoas=
tr=C4=83 a fost
=C3=AEnregistrat=C4=83 cu num=C4=83rul #104882 =C8=99i a fost repartizat=C4=
=83 echipei
Protec=C8=9Bia Datelor.

Un coleg v=C4=83 va r=C4=83spunde =C3=AEn cel mult 2 zile lucr=C4=83toare. =
Pute=C8=9Bi urm=C4=83ri
stadiul solicit=C4=83rii aici:
https://callwise.freshdesk.com/support/tickets/104882

Pentru informa=C8=9Bii suplimentare, r=C4=83spunde=C8=9Bi la acest e-mail f=
=C4=83r=C4=83 a modifica
subiectul.

Acesta este un mesaj generat automat.

Cu stim=C4=83,
Echipa Callwise Solutions

----==_mimepart_67263a1e8c4d2_1f2a3b4c5d
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<div>Bun=C4=83 ziua,<br><br>V=C4=83 mul=C8=9Bumim c=C4=83 ne-a=C8=9Bi cont=
actat. Solicitarea dumneavoastr=C4=83 a fost =C3=AEnregistrat=C4=83 cu num=
=C4=83rul <b>#104882</b> =C8=99i a fost repartizat=C4=83 echipei Protec=C8=
=9Bia Datelor.<br><br>Un coleg v=C4=83 va r=C4=83spunde =C3=AEn cel mult 2=
 zile lucr=C4=83toare. <a href=3D"https://callwise.freshdesk.com/support/t=
ickets/104882">Urm=C4=83ri=C8=9Bi solicitarea</a>.<br><br>Acesta este un m=
esaj generat automat.<br><br>Cu stim=C4=83,<br>Echipa Callwise Solutions</=
div>

----==_mimepart_67263a1e8c4d2_1f2a3b4c5d--
'''),

    ('ro', 'meta-business-suite-scheduled-instagram-post-failed', 'automated', (),
'''Return-Path: <notification@facebookmail.com>
Received: from 69-171-232-143.mail-mail.facebook.com (69-171-232-143.mail-mail.facebook.com [69.171.232.143])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YqW0n8RcFz9tKb
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 09:01:15 +0100 (CET)
Date: Thu, 5 Nov 2026 00:01:12 -0800
To: Shop Example <privacy@shop.example.be>
From: Meta Business Suite <notification@facebookmail.com>
Reply-to: noreply <noreply@facebookmail.com>
Subject: =?UTF-8?Q?Postarea_programat=C4=83_nu_a_putut_fi_publicat=C4=83?=
Message-ID: <e5c1a9d3f7b24c6e8a0d2f4b6c8e1a3f@async.facebook.com>
X-Mailer: ZuckMail [version 1.00]
X-Facebook: from zuckmail ([MTI3LjAuMC4x])
X-Facebook-Notify: bizsuite_scheduled_post_failed; mailid=8d3f2b1e7c9aG5af3a1b2c3G0G0G0
List-Unsubscribe: <https://www.facebook.com/o.php?k=AS2pW7nQ4xL1mR9v&u=100089234567812&mid=8d3f2b1e7c9aG5af3a1b2c3G0G0G0>
Feedback-ID: 0:bizsuite_scheduled_post_failed:Facebook
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Postarea programat=C4=83 pentru Instagram nu a putut fi publicat=C4=83

Cont: @shopexample.be
Programat=C4=83 pentru: joi, 5 noiembrie 2026, 09:00 (CET)
Text: =E2=80=9ENoua colec=C8=9Bie de iarn=C4=83 e aici =E2=9D=84 Membrii Sho=
p Example Club au
acces cu 24 de ore mai devreme.=E2=80=9D

Motiv: conexiunea dintre contul de Instagram =C8=99i Pagina Shop Example a e=
xpirat.
Reconecteaz=C4=83 contul =C8=99i programeaz=C4=83 din nou postarea.

Reconecteaz=C4=83 contul:
https://business.facebook.com/latest/settings/instagram_account?asset_id=3D=
17841402958817

Ai primit acest e-mail deoarece e=C8=99ti administrator al Paginii Shop Exam=
ple.
Dezabonare: https://www.facebook.com/o.php?k=3DAS2pW7nQ4xL1mR9v&u=3D1000892=
34567812
Meta Platforms Ireland Ltd., 4 Grand Canal Square, Grand Canal Harbour,
Dublin 2, Irlanda
'''),

    ('ro', 'person-sms-stop-with-outlook-mobile-and-disclaimer', 'withdraw_consent', (),
'''Return-Path: <cristian.dumitrescu@nordic-logistics.ro>
Received: from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2119.outbound.protection.outlook.com [40.107.6.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YqV5g2PzMz8wJt
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 19:56:02 +0100 (CET)
Received: from AS2PR06MB8873.eurprd06.prod.outlook.com (2603:10a6:20b:5f1::12)
 by PAXPR06MB7641.eurprd06.prod.outlook.com (2603:10a6:102:15c::9) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8093.21; Wed, 4 Nov
 2026 18:56:00 +0000
From: Cristian Dumitrescu <cristian.dumitrescu@nordic-logistics.ro>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: SMS-uri promotionale
Thread-Topic: SMS-uri promotionale
Thread-Index: AQHbLuS1vX8mN3qT6pR2wK9bF4cD7g==
Date: Wed, 4 Nov 2026 18:55:59 +0000
Message-ID: <AS2PR06MB8873C5E1A9B2D7F4E3C6A8B0D91F4@AS2PR06MB8873.eurprd06.prod.outlook.com>
Accept-Language: ro-RO, en-US
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="_000_AS2PR06MB8873C5E1A9B2D7F4E3C6A8B0D91F4AS2PR06MB8873eurp_"

--_000_AS2PR06MB8873C5E1A9B2D7F4E3C6A8B0D91F4AS2PR06MB8873eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

V=C4=83 rog s=C4=83 nu-mi mai trimite=C8=9Bi SMS-uri cu promo=C8=9Bii pe nu=
m=C4=83rul +32 470 18 63 52.
Doar s=C4=83pt=C4=83m=C3=A2na asta am primit trei. Comenzile =C8=99i contul=
 le p=C4=83strez, doar
mesajele astea nu le mai vreau.

Mul=C8=9Bumesc,
Cristian

Ob=C8=9Bine=C8=9Bi Outlook pentru iOS<https://aka.ms/o0ukef>
________________________________
Cristian Dumitrescu
Key Account Manager Benelux
Nordic Logistics SRL | Str. Fabricii nr. 46B, Cluj-Napoca
M: +40 744 512 908 | www.nordic-logistics.ro

Acest mesaj =C8=99i eventualele ata=C8=99amente sunt confiden=C8=9Biale =C8=
=99i destinate
exclusiv persoanei c=C4=83reia =C3=AEi sunt adresate. Dac=C4=83 a=C8=9Bi pr=
imit acest mesaj din
gre=C8=99eal=C4=83, v=C4=83 rug=C4=83m s=C4=83 anun=C8=9Ba=C8=9Bi expeditor=
ul =C8=99i s=C4=83 =C8=99terge=C8=9Bi mesajul.
Orice utilizare, copiere sau distribuire neautorizat=C4=83 este interzis=C4=
=83.

--_000_AS2PR06MB8873C5E1A9B2D7F4E3C6A8B0D91F4AS2PR06MB8873eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charse=
t=3Dutf-8"></head><body><div dir=3D"ltr">Bun=C4=83 ziua,</div><div dir=3D"=
ltr"><br></div><div dir=3D"ltr">V=C4=83 rog s=C4=83 nu-mi mai trimite=C8=9B=
i SMS-uri cu promo=C8=9Bii pe num=C4=83rul +32 470 18 63 52. Doar s=C4=83pt=
=C4=83m=C3=A2na asta am primit trei. Comenzile =C8=99i contul le p=C4=83str=
ez, doar mesajele astea nu le mai vreau.</div><div dir=3D"ltr"><br></div><d=
iv dir=3D"ltr">Mul=C8=9Bumesc,</div><div dir=3D"ltr">Cristian</div><div id=
=3D"ms-outlook-mobile-signature"><br>Ob=C8=9Bine=C8=9Bi <a href=3D"https://=
aka.ms/o0ukef">Outlook pentru iOS</a></div><hr><p style=3D"font-size:10px;c=
olor:#7f7f7f">Cristian Dumitrescu<br>Key Account Manager Benelux<br>Nordic =
Logistics SRL | Str. Fabricii nr. 46B, Cluj-Napoca<br><br>Acest mesaj =C8=
=99i eventualele ata=C8=99amente sunt confiden=C8=9Biale =C8=99i destinate =
exclusiv persoanei c=C4=83reia =C3=AEi sunt adresate. Dac=C4=83 a=C8=9Bi pr=
imit acest mesaj din gre=C8=99eal=C4=83, v=C4=83 rug=C4=83m s=C4=83 anun=C8=
=9Ba=C8=9Bi expeditorul =C8=99i s=C4=83 =C8=99terge=C8=9Bi mesajul.</p></bo=
dy></html>

--_000_AS2PR06MB8873C5E1A9B2D7F4E3C6A8B0D91F4AS2PR06MB8873eurp_--
'''),

    ('el', 'sieve-vacation-autoreply-greek-english', 'automated', (),
'''Return-Path: <>
Received: from mail.thessmarine.gr (mail.thessmarine.gr [195.251.123.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpS1b6FtNz9sWg
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 12:15:58 +0100 (CET)
Received: by mail.thessmarine.gr (Postfix)
        id 6C1E2A0B93; Thu, 29 Oct 2026 13:15:55 +0200 (EET)
Message-ID: <dovecot-sieve-1793272555-301877-0@mail.thessmarine.gr>
Date: Thu, 29 Oct 2026 13:15:55 +0200
From: <g.papadopoulos@thessmarine.gr>
To: <privacy@shop.example.be>
Subject: =?UTF-8?Q?=CE=95=CE=BA=CF=84=CF=8C=CF=82_=CE=B3=CF=81=CE=B1=CF=86=CE=B5=CE=AF=CE=BF=CF=85?=
In-Reply-To: <PRV-2026-1231.20261029121540.5c2a@shop.example.be>
References: <PRV-2026-1231.20261029121540.5c2a@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.21 (f6bb4dd8)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=B1 =CF=83=CE=B1=CF=82,

=CE=91=CF=80=CE=BF=CF=85=CF=83=CE=B9=CE=AC=CE=B6=CF=89 =CE=B1=CF=80=CF=8C =
=CF=84=CE=BF =CE=B3=CF=81=CE=B1=CF=86=CE=B5=CE=AF=CE=BF =CE=AD=CF=89=CF=82 =
=CE=BA=CE=B1=CE=B9 =CF=84=CE=B9=CF=82 6 =CE=9D=CE=BF=CE=B5=CE=BC=CE=B2=CF=81=
=CE=AF=CE=BF=CF=85 2026 =CF=87=CF=89=CF=81=CE=AF=CF=82 =CF=80=CF=81=CF=8C=CF=
=83=CE=B2=CE=B1=CF=83=CE=B7 =CF=83=CF=84=CE=BF email.
=CE=93=CE=B9=CE=B1 =CE=B5=CF=80=CE=B5=CE=AF=CE=B3=CE=BF=CE=BD=CF=84=CE=B1 =
=CE=B8=CE=AD=CE=BC=CE=B1=CF=84=CE=B1 =CF=80=CE=B1=CF=81=CE=B1=CE=BA=CE=B1=CE=
=BB=CF=8E =CE=B5=CF=80=CE=B9=CE=BA=CE=BF=CE=B9=CE=BD=CF=89=CE=BD=CE=AE=CF=83=
=CF=84=CE=B5 =CE=BC=CE=B5 =CF=84=CE=B7=CE=BD =CE=BA=CE=B1 =CE=9C=CE=B1=CF=81=
=CE=AF=CE=B1 =CE=9A=CF=89=CE=BD=CF=83=CF=84=CE=B1=CE=BD=CF=84=CE=AF=CE=BD=CE=
=BF=CF=85
(m.konstantinou@thessmarine.gr, 2310 552 140).

=CE=9C=CE=B5 =CE=B5=CE=BA=CF=84=CE=AF=CE=BC=CE=B7=CF=83=CE=B7,
=CE=93=CE=B9=CF=8E=CF=81=CE=B3=CE=BF=CF=82 =CE=A0=CE=B1=CF=80=CE=B1=CE=B4=CF=
=8C=CF=80=CE=BF=CF=85=CE=BB=CE=BF=CF=82

---
I am out of the office until 6 November 2026 with no access to e-mail.
For urgent matters please contact Ms Maria Konstantinou
(m.konstantinou@thessmarine.gr, +30 2310 552 140).

Giorgos Papadopoulos
Thess Marine S.A.
'''),

    ('el', 'google-business-profile-new-review', 'automated', (),
'''Return-Path: <3Fq1kZwgLABQ7cVx9-oHrJ8kL.Fo4Q@scoutcamp.bounces.google.com>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ypz3R8XkBz8vLm
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 18:12:47 +0100 (CET)
Received: by mail-sor-f69.google.com with SMTP id 00721157ae682-6e9f1a2b3c4so18552137b3.2
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 10:12:45 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=google.com; s=20230601; t=1793466765;
        h=to:from:subject:message-id:date:mime-version;
        bh=Nf6mR1vT8xQ3bK5cW2sP9hJ4gD0aL7eZ1uY6iO3kX8s=;
        b=Km2nQ9vT4xR7pK1sL5hJ0gF8dA3cB6eU2yW9iO1kN7jM4bV5xT0qR2sW8yH3fG6dL9p
MIME-Version: 1.0
Date: Sat, 31 Oct 2026 10:12:45 -0700
Message-ID: <000000000000e4c1a70623fd81b2@google.com>
Subject: =?UTF-8?Q?=CE=9D=CE=AD=CE=B1_=CE=BA=CF=81=CE=B9=CF=84=CE=B9=CE=BA=CE=AE_?=
 =?UTF-8?Q?=CE=B3=CE=B9=CE=B1_=CF=84=CE=BF_Shop_Example_Gent?=
From: Google Business Profile <businessprofile-noreply@google.com>
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000e3b9a60623fd81b0"

--000000000000e3b9a60623fd81b0
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: quoted-printable

Shop Example Gent

=CE=9D=CE=AD=CE=B1 =CE=BA=CF=81=CE=B9=CF=84=CE=B9=CE=BA=CE=AE

=CE=97 =CE=95=CE=BB=CE=AD=CE=BD=CE=B7 =CE=9A. =CE=AC=CF=86=CE=B7=CF=83=CE=B5=
 =CE=BA=CF=81=CE=B9=CF=84=CE=B9=CE=BA=CE=AE 2 =CE=B1=CF=83=CF=84=CE=AD=CF=81=
=CF=89=CE=BD:
=E2=98=85=E2=98=85=E2=98=86=E2=98=86=E2=98=86
"=CE=A9=CF=81=CE=B1=CE=AF=CE=B1 =CF=81=CE=BF=CF=8D=CF=87=CE=B1, =CE=B1=CE=BB=
=CE=BB=CE=AC =CF=83=CF=84=CE=BF =CF=84=CE=B1=CE=BC=CE=B5=CE=AF=CE=BF =CE=B5=
=CF=80=CE=AD=CE=BC=CE=B5=CE=BD=CE=B1=CE=BD =CE=BD=CE=B1 =CE=B4=CF=8E=CF=83=CF=
=89 =CF=84=CE=BF =CE=BA=CE=B9=CE=BD=CE=B7=CF=84=CF=8C =CE=BC=CE=BF=CF=85."

=CE=91=CF=80=CE=B1=CE=BD=CF=84=CE=AE=CF=83=CF=84=CE=B5 =CF=83=CF=84=CE=B7=CE=
=BD =CE=BA=CF=81=CE=B9=CF=84=CE=B9=CE=BA=CE=AE:
https://business.google.com/reviews/l/09128473610293847561?hl=3Del

=CE=9B=CE=AC=CE=B2=CE=B1=CF=84=CE=B5 =CE=B1=CF=85=CF=84=CF=8C =CF=84=CE=BF=
 email =CE=B5=CF=80=CE=B5=CE=B9=CE=B4=CE=AE =CE=B4=CE=B9=CE=B1=CF=87=CE=B5=
=CE=B9=CF=81=CE=AF=CE=B6=CE=B5=CF=83=CF=84=CE=B5 =CF=84=CE=BF Shop Example=
 Gent =CF=83=CF=84=CE=BF Google.
=CE=94=CE=B9=CE=B1=CF=87=CE=B5=CE=AF=CF=81=CE=B9=CF=83=CE=B7 =CE=B5=CE=B9=CE=
=B4=CE=BF=CF=80=CE=BF=CE=B9=CE=AE=CF=83=CE=B5=CF=89=CE=BD:
https://business.google.com/settings/notifications?hl=3Del

Google Ireland Ltd., Gordon House, Barrow Street, Dublin 4, Ireland

--000000000000e3b9a60623fd81b0
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<!doctype html><html><body style=3D"font-family:Roboto,Arial,sans-serif"><=
div style=3D"font-size:22px">=CE=9D=CE=AD=CE=B1 =CE=BA=CF=81=CE=B9=CF=84=
=CE=B9=CE=BA=CE=AE</div><div style=3D"color:#5f6368">Shop Example Gent</di=
v><p><b>=CE=95=CE=BB=CE=AD=CE=BD=CE=B7 =CE=9A.</b> <span style=3D"color:#f=
bbc04">=E2=98=85=E2=98=85</span><span style=3D"color:#dadce0">=E2=98=85=E2=
=98=85=E2=98=85</span></p><p>=CE=A9=CF=81=CE=B1=CE=AF=CE=B1 =CF=81=CE=BF=
=CF=8D=CF=87=CE=B1, =CE=B1=CE=BB=CE=BB=CE=AC =CF=83=CF=84=CE=BF =CF=84=CE=
=B1=CE=BC=CE=B5=CE=AF=CE=BF =CE=B5=CF=80=CE=AD=CE=BC=CE=B5=CE=BD=CE=B1=CE=
=BD =CE=BD=CE=B1 =CE=B4=CF=8E=CF=83=CF=89 =CF=84=CE=BF =CE=BA=CE=B9=CE=BD=
=CE=B7=CF=84=CF=8C =CE=BC=CE=BF=CF=85.</p><a href=3D"https://business.goog=
le.com/reviews/l/09128473610293847561?hl=3Del" style=3D"background:#1a73e8=
;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">=CE=
=91=CF=80=CE=AC=CE=BD=CF=84=CE=B7=CF=83=CE=B7</a></body></html>

--000000000000e3b9a60623fd81b0--
'''),

    ('el', 'thunderbird-read-receipt-to-identity-check', 'automated', (),
'''Return-Path: <nikos.karagiannis@otenet.gr>
Received: from mx-out.otenet.gr (mx-out.otenet.gr [83.235.69.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YqD9w0HsTz7vQk
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 19:40:26 +0100 (CET)
Received: from [192.168.1.7] (ppp079166201045.access.hol.gr [79.166.201.45])
        by smtp.otenet.gr (Postfix) with ESMTPSA id 2F4A1C08B7
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 20:40:24 +0200 (EET)
Message-ID: <b7e21c4a-93d5-4f0e-8a6b-2c1d7e9f3a50@otenet.gr>
Date: Mon, 2 Nov 2026 20:40:23 +0200
MIME-Version: 1.0
From: =?UTF-8?Q?=CE=9D=CE=AF=CE=BA=CE=BF=CF=82_=CE=9A=CE=B1=CF=81=CE=B1=CE=B3=CE=B9=CE=AC=CE=BD=CE=BD=CE=B7=CF=82?= <nikos.karagiannis@otenet.gr>
User-Agent: Mozilla Thunderbird
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?UTF-8?Q?=CE=91=CF=80=CF=8C=CE=B4=CE=B5=CE=B9=CE=BE=CE=B7_=CE=B1=CE=BD=CE=AC?=
 =?UTF-8?Q?=CE=B3=CE=BD=CF=89=CF=83=CE=B7=CF=82_=28=CE=B5=CE=BC=CF=86=CE=B1=CE=BD?=
 =?UTF-8?Q?=CE=AF=CF=83=CF=84=CE=B7=CE=BA=CE=B5=29_-_Your_request_PRV-2026-1244?=
 =?UTF-8?Q?_-_please_confirm_your_identity?=
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------Xk2mR7vT9qN4bL1sW6cF8hJ0"

This is a multi-part message in MIME format.
--------------Xk2mR7vT9qN4bL1sW6cF8hJ0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=CE=91=CF=85=CF=84=CE=AE =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=BC=CE=B9=CE=B1 =
=CE=B1=CF=80=CF=8C=CE=B4=CE=B5=CE=B9=CE=BE=CE=B7 =CE=B1=CE=BD=CE=AC=CE=B3=CE=
=BD=CF=89=CF=83=CE=B7=CF=82 =CE=B3=CE=B9=CE=B1 =CF=84=CE=BF =CE=BC=CE=AE=CE=
=BD=CF=85=CE=BC=CE=B1 =CF=80=CE=BF=CF=85 =CF=83=CF=84=CE=B5=CE=AF=CE=BB=CE=
=B1=CF=84=CE=B5 =CF=83=CF=84=CE=B7 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=
=BD=CF=83=CE=B7 <nikos.karagiannis@otenet.gr>.

=CE=A3=CE=B7=CE=BC=CE=B5=CE=AF=CF=89=CF=83=CE=B7: =CE=97 =CE=B1=CF=80=CF=8C=
=CE=B4=CE=B5=CE=B9=CE=BE=CE=B7 =CE=B1=CF=85=CF=84=CE=AE =CE=B5=CF=80=CE=B9=
=CE=B2=CE=B5=CE=B2=CE=B1=CE=B9=CF=8E=CE=BD=CE=B5=CE=B9 =CE=BC=CF=8C=CE=BD=CE=
=BF =CF=8C=CF=84=CE=B9 =CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1 =
=CE=B5=CE=BC=CF=86=CE=B1=CE=BD=CE=AF=CF=83=CF=84=CE=B7=CE=BA=CE=B5 =CF=83=CF=
=84=CE=BF=CE=BD =CF=85=CF=80=CE=BF=CE=BB=CE=BF=CE=B3=CE=B9=CF=83=CF=84=CE=AE=
 =CF=84=CE=BF=CF=85 =CF=80=CE=B1=CF=81=CE=B1=CE=BB=CE=AE=CF=80=CF=84=CE=B7.=
 =CE=94=CE=B5=CE=BD =CE=B5=CE=B3=CE=B3=CF=85=CE=AC=CF=84=CE=B1=CE=B9 =CF=8C=
=CF=84=CE=B9 =CE=BF =CF=80=CE=B1=CF=81=CE=B1=CE=BB=CE=AE=CF=80=CF=84=CE=B7=
=CF=82 =CE=B4=CE=B9=CE=AC=CE=B2=CE=B1=CF=83=CE=B5 =CE=AE =CE=BA=CE=B1=CF=84=
=CE=AC=CE=BB=CE=B1=CE=B2=CE=B5 =CF=84=CE=BF =CF=80=CE=B5=CF=81=CE=B9=CE=B5=
=CF=87=CF=8C=CE=BC=CE=B5=CE=BD=CF=8C =CF=84=CE=BF=CF=85.

--------------Xk2mR7vT9qN4bL1sW6cF8hJ0
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: otenet.gr; Mozilla Thunderbird
Final-Recipient: rfc822;nikos.karagiannis@otenet.gr
Original-Message-ID: <PRV-2026-1244.20261102111530.9e1b@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--------------Xk2mR7vT9qN4bL1sW6cF8hJ0
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

Return-Path: <privacy@shop.example.be>
Received: from smtp-out1.shop.example.be (smtp-out1.shop.example.be [185.12.64.21])
 by mx.otenet.gr (Postfix) with ESMTPS id 7D3E9A41C2
 for <nikos.karagiannis@otenet.gr>; Mon,  2 Nov 2026 12:15:33 +0200 (EET)
From: Shop Example Privacy <privacy@shop.example.be>
To: nikos.karagiannis@otenet.gr
Subject: Your request PRV-2026-1244 - please confirm your identity
Date: Mon, 2 Nov 2026 11:15:30 +0100
Message-ID: <PRV-2026-1244.20261102111530.9e1b@shop.example.be>
Disposition-Notification-To: Shop Example Privacy <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

--------------Xk2mR7vT9qN4bL1sW6cF8hJ0--
'''),

    ('el', 'person-reply-above-giveaway-winner-mail-asks-about-prize', 'other', (),
'''Return-Path: <eleni.makri@yahoo.gr>
Received: from sonic311-24.consmr.mail.ir2.yahoo.com (sonic311-24.consmr.mail.ir2.yahoo.com [77.238.176.156])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YqF2c5JvRz9tMw
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 21:19:44 +0100 (CET)
Received: from [192.168.2.14] (athedsl-4471203.home.otenet.gr [79.130.108.203])
        by smtp.mail.yahoo.com with ESMTPA ID 8f2c41a7e9b3d5f6a1c0e2b4d6f8a9c1
        for <privacy@shop.example.be>; Mon, 02 Nov 2026 20:19:41 +0000 (UTC)
Message-ID: <4c9e1a72-b3f8-4d25-9a0e-7f6b2c1d8e34@yahoo.gr>
Date: Mon, 2 Nov 2026 22:19:38 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: Congratulations, you won our Winter Giveaway!
Content-Language: el
To: privacy@shop.example.be
References: <giveaway.winter2026.w-0417@picnest.io>
From: =?UTF-8?Q?=CE=95=CE=BB=CE=AD=CE=BD=CE=B7_=CE=9C=CE=B1=CE=BA=CF=81=CE=AE?= <eleni.makri@yahoo.gr>
In-Reply-To: <giveaway.winter2026.w-0417@picnest.io>
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=B1 =CF=83=CE=B1=CF=82!

=CE=94=CE=B5=CE=BD =CF=84=CE=BF =CF=80=CE=AF=CF=83=CF=84=CE=B5=CF=85=CE=B1=
 =CF=8C=CF=84=CE=B1=CE=BD =CF=84=CE=BF =CE=B5=CE=AF=CE=B4=CE=B1, =CE=B5=CF=
=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=CF=84=CF=8E =CF=80=CE=BF=CE=BB=CF=8D! =F0=
=9F=98=8A

=CE=94=CF=8D=CE=BF =CE=B5=CF=81=CF=89=CF=84=CE=AE=CF=83=CE=B5=CE=B9=CF=82:
1. =CE=9C=CF=80=CE=BF=CF=81=CF=8E =CE=BD=CE=B1 =CE=B4=CE=B9=CE=B1=CE=BB=CE=
=AD=CE=BE=CF=89 =CF=84=CE=BF =CE=BC=CF=80=CE=BF=CF=85=CF=86=CE=AC=CE=BD =CF=
=83=CF=84=CE=BF =CE=BA=CE=B1=CF=84=CE=AC=CF=83=CF=84=CE=B7=CE=BC=CE=B1 =CF=
=84=CF=89=CE=BD =CE=92=CF=81=CF=85=CE=BE=CE=B5=CE=BB=CE=BB=CF=8E=CE=BD =CE=
=AE =CE=BC=CF=8C=CE=BD=CE=BF =CE=B1=CF=80=CF=8C =CF=84=CE=BF site; (=CE=BC=
=CE=AD=CE=BD=CF=89 =CF=83=CF=84=CE=BF Ixelles)
2. =CE=91=CE=BD =CF=84=CE=BF =CE=BC=CE=AD=CE=B3=CE=B5=CE=B8=CE=BF=CF=82 =CE=
=B4=CE=B5=CE=BD =CE=BC=CE=BF=CF=85 =CE=BA=CE=AC=CE=BD=CE=B5=CE=B9, =CE=BC=CF=
=80=CE=BF=CF=81=CF=8E =CE=BD=CE=B1 =CF=84=CE=BF =CE=B1=CE=BB=CE=BB=CE=AC=CE=
=BE=CF=89;

=CE=95=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=CF=84=CF=8E =CE=BA=CE=B1=CE=B9 =
=CF=80=CE=AC=CE=BB=CE=B9,
=CE=95=CE=BB=CE=AD=CE=BD=CE=B7 =CE=9C=CE=B1=CE=BA=CF=81=CE=AE

=CE=A3=CF=84=CE=B9=CF=82 2/11/2026 3:14 =CE=BC.=CE=BC., Shop Example =CE=AD=
=CE=B3=CF=81=CE=B1=CF=88=CE=B5:
> Congratulations @eleni_mk!
>
> You are one of the 5 winners of the Shop Example Winter Giveaway.
> Your prize: a winter jacket of your choice (value up to EUR 150).
>
> To claim your prize, confirm your shipping details within 7 days:
> https://giveaways.picnest.io/c/8KX2Q
>
> Good luck with the styling!
> Shop Example
>
> This is an automated message sent by Picnest on behalf of Shop Example.
'''),

    ('bg', 'meta-custom-audience-upload-ready', 'automated', (),
'''Return-Path: <advertise-noreply@support.facebook.com>
Received: from 66-220-144-152.mail-mail.facebook.com (66-220-144-152.mail-mail.facebook.com [66.220.144.152])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpW7m1CqHz8wSd
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 12:18:12 +0100 (CET)
Date: Fri, 30 Oct 2026 04:18:09 -0700
To: privacy@shop.example.be
From: Meta for Business <advertise-noreply@support.facebook.com>
Subject: =?UTF-8?Q?=D0=90=D1=83=D0=B4=D0=B8=D1=82=D0=BE=D1=80=D0=B8=D1=8F=D1=82=D0=B0_?=
 =?UTF-8?Q?=D0=B2=D0=B8_=D0=B5_=D0=B3=D0=BE=D1=82=D0=BE=D0=B2=D0=B0?=
Message-ID: <9a1f3c5e7b2d4f6a8c0e1b3d5f7a9c2e@async.facebook.com>
X-Mailer: ZuckMail [version 1.00]
X-Facebook: from zuckmail ([MTI3LjAuMC4x])
X-Facebook-Notify: custom_audience_ready; mailid=2b7e4c1a9f3dG5af3a1b2c3G0G0G0
Feedback-ID: 0:custom_audience_ready:Facebook
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

=D0=9F=D0=B5=D1=80=D1=81=D0=BE=D0=BD=D0=B0=D0=BB=D0=B8=D0=B7=D0=B8=D1=80=D0=
=B0=D0=BD=D0=B0=D1=82=D0=B0 =D0=B2=D0=B8 =D0=B0=D1=83=D0=B4=D0=B8=D1=82=D0=
=BE=D1=80=D0=B8=D1=8F =D0=B5 =D0=B3=D0=BE=D1=82=D0=BE=D0=B2=D0=B0

=D0=90=D1=83=D0=B4=D0=B8=D1=82=D0=BE=D1=80=D0=B8=D1=8F: Loyalty card holders =
BE - Oct 2026
=D0=98=D0=B7=D1=82=D0=BE=D1=87=D0=BD=D0=B8=D0=BA: =D1=81=D0=BF=D0=B8=D1=81=
=D1=8A=D0=BA =D1=81 =D0=BA=D0=BB=D0=B8=D0=B5=D0=BD=D1=82=D0=B8 (CSV)
=D0=9A=D0=B0=D1=87=D0=B5=D0=BD=D0=B8 =D0=B7=D0=B0=D0=BF=D0=B8=D1=81=D0=B8: 1=
8 342
=D0=A0=D0=B0=D0=B7=D0=BC=D0=B5=D1=80: 11 000 - 13 000 =D0=B4=D1=83=D1=88=D0=
=B8
=D0=A0=D0=B5=D0=BA=D0=BB=D0=B0=D0=BC=D0=B5=D0=BD =D0=B0=D0=BA=D0=B0=D1=83=D0=
=BD=D1=82: Shop Example BE (2418807733651092)

=D0=94=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =D1=81=D0=B0 =D1=85=D0=B5=D1=88=
=D0=B8=D1=80=D0=B0=D0=BD=D0=B8 =D0=BF=D1=80=D0=B5=D0=B4=D0=B8 =D0=BA=D0=B0=
=D1=87=D0=B2=D0=B0=D0=BD=D0=B5=D1=82=D0=BE =D0=B8 =D1=81=D0=B0 =D0=B8=D0=B7=
=D1=82=D1=80=D0=B8=D1=82=D0=B8 =D1=81=D0=BB=D0=B5=D0=B4 =D1=81=D1=8A=D0=BF=
=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D1=8F=D0=BD=D0=B5=D1=82=D0=BE.

=D0=A1=D1=8A=D0=B7=D0=B4=D0=B0=D0=B9=D1=82=D0=B5 =D1=80=D0=B5=D0=BA=D0=BB=
=D0=B0=D0=BC=D0=B0:
https://business.facebook.com/adsmanager/audiences?act=3D2418807733651092

=D0=A2=D0=BE=D0=B7=D0=B8 =D0=B8=D0=BC=D0=B5=D0=B9=D0=BB =D0=B5 =D0=B8=D0=B7=
=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D0=BD =D0=B4=D0=BE privacy@shop.example.be.
Meta Platforms Ireland Ltd., 4 Grand Canal Square, Grand Canal Harbour,
Dublin 2, Ireland
'''),

    ('bg', 'challenge-response-antispam-verify-sender', 'automated', (),
'''Return-Path: <>
Received: from relay.mailguard.bg (relay.mailguard.bg [87.120.41.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YqV1d9KwPz7vXf
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 15:33:14 +0100 (CET)
Date: Wed, 4 Nov 2026 16:33:10 +0200
From: MailGuard.bg <challenge@mailguard.bg>
Reply-To: <noreply@mailguard.bg>
To: <privacy@shop.example.be>
Subject: =?UTF-8?Q?=5B=D0=9F=D0=BE=D1=82=D0=B2=D1=8A=D1=80=D0=B6=D0=B4=D0=B5=D0=BD=D0=B8=D0=B5=5D?=
 Your request PRV-2026-1251 - your account has been deleted
Message-ID: <cr-7Hq2LxP9vT4.1793802790@mailguard.bg>
In-Reply-To: <PRV-2026-1251.20261104153212.a41d@shop.example.be>
References: <PRV-2026-1251.20261104153212.a41d@shop.example.be>
Auto-Submitted: auto-replied
Precedence: bulk
X-Challenge: 7Hq2LxP9vT4
X-Challenge-For: ivan.georgiev@stroyinvest-bg.com
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=9F=D0=BE=D1=89=D0=B5=D0=BD=D1=81=D0=BA=D0=B0=D1=82=D0=B0 =D0=BA=D1=83=
=D1=82=D0=B8=D1=8F ivan.georgiev@stroyinvest-bg.com =D0=B5 =D0=B7=D0=B0=D1=
=89=D0=B8=D1=82=D0=B5=D0=BD=D0=B0 =D0=BE=D1=82 =D0=BD=D0=B5=D0=B6=D0=B5=D0=
=BB=D0=B0=D0=BD=D0=B0 =D0=BF=D0=BE=D1=89=D0=B0. =D0=9F=D0=B8=D1=81=D0=BC=D0=
=BE=D1=82=D0=BE =D0=B2=D0=B8 =D1=89=D0=B5 =D0=B1=D1=8A=D0=B4=D0=B5 =D0=B4=
=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=B5=D0=BD=D0=BE, =D1=81=D0=BB=D0=B5=D0=B4=
 =D0=BA=D0=B0=D1=82=D0=BE =D0=BF=D0=BE=D1=82=D0=B2=D1=8A=D1=80=D0=B4=D0=B8=
=D1=82=D0=B5, =D1=87=D0=B5 =D1=81=D1=82=D0=B5 =D1=87=D0=BE=D0=B2=D0=B5=D0=
=BA:

https://verify.mailguard.bg/c/7Hq2LxP9vT4

=D0=9F=D0=BE=D1=82=D0=B2=D1=8A=D1=80=D0=B6=D0=B4=D0=B5=D0=BD=D0=B8=D0=B5=D1=
=82=D0=BE =D0=B5 =D0=B5=D0=B4=D0=BD=D0=BE=D0=BA=D1=80=D0=B0=D1=82=D0=BD=D0=
=BE. =D0=90=D0=BA=D0=BE =D0=BD=D0=B5 =D0=BF=D0=BE=D1=82=D0=B2=D1=8A=D1=80=
=D0=B4=D0=B8=D1=82=D0=B5 =D0=B4=D0=BE 7 =D0=B4=D0=BD=D0=B8, =D0=BF=D0=B8=D1=
=81=D0=BC=D0=BE=D1=82=D0=BE =D1=89=D0=B5 =D0=B1=D1=8A=D0=B4=D0=B5 =D0=B8=D0=
=B7=D1=82=D1=80=D0=B8=D1=82=D0=BE.

=D0=A2=D0=B5=D0=BC=D0=B0: Your request PRV-2026-1251 - your account has been=
 deleted
=D0=98=D0=B7=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D0=BD=D0=BE: 04.11.2026, 15:32

=D0=A2=D0=BE=D0=B2=D0=B0 =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=
=B5 =D0=B5 =D0=B3=D0=B5=D0=BD=D0=B5=D1=80=D0=B8=D1=80=D0=B0=D0=BD=D0=BE =D0=
=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=BD=D0=BE.
MailGuard.bg
'''),

    ('bg', 'sieve-vacation-autoreply-default-auto-subject', 'automated', (),
'''Return-Path: <>
Received: from mail.balkanprint.bg (mail.balkanprint.bg [212.39.92.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YqC7f3LnWz9rBs
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 16:05:37 +0100 (CET)
Received: by mail.balkanprint.bg (Postfix)
        id 91D4E2A0C6; Mon,  2 Nov 2026 17:05:35 +0200 (EET)
Message-ID: <dovecot-sieve-1793631935-552190-0@mail.balkanprint.bg>
Date: Mon, 2 Nov 2026 17:05:35 +0200
From: <m.ivanova@balkanprint.bg>
To: <privacy@shop.example.be>
Subject: Auto: Your request PRV-2026-1238 - please confirm your new address
In-Reply-To: <PRV-2026-1238.20261102160521.7e9c@shop.example.be>
References: <PRV-2026-1238.20261102160521.7e9c@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.21 (f6bb4dd8)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=92 =D0=BE=D1=82=D0=BF=D1=83=D1=81=D0=BA =D1=81=D1=8A=D0=BC =D0=B4=D0=BE =
9 =D0=BD=D0=BE=D0=B5=D0=BC=D0=B2=D1=80=D0=B8 2026 =D0=B3. =D0=B2=D0=BA=D0=BB=
=D1=8E=D1=87=D0=B8=D1=82=D0=B5=D0=BB=D0=BD=D0=BE.
=D0=9F=D0=BE =D1=81=D0=BF=D0=B5=D1=88=D0=BD=D0=B8 =D0=B2=D1=8A=D0=BF=D1=80=D0=
=BE=D1=81=D0=B8, =D0=BC=D0=BE=D0=BB=D1=8F, =D0=BF=D0=B8=D1=88=D0=B5=D1=82=D0=
=B5 =D0=BD=D0=B0 office@balkanprint.bg =D0=B8=D0=BB=D0=B8 =D1=81=D0=B5 =D0=
=BE=D0=B1=D0=B0=D0=B4=D0=B5=D1=82=D0=B5 =D0=BD=D0=B0 02 981 44 26.

=D0=9F=D0=BE=D0=B7=D0=B4=D1=80=D0=B0=D0=B2=D0=B8,
=D0=9C=D0=B0=D1=80=D0=B8=D1=8F =D0=98=D0=B2=D0=B0=D0=BD=D0=BE=D0=B2=D0=B0
=D0=91=D0=B0=D0=BB=D0=BA=D0=B0=D0=BD =D0=9F=D1=80=D0=B8=D0=BD=D1=82 =D0=9E=
=D0=9E=D0=94
'''),

    ('bg', 'whatsapp-chatbot-connector-handover-notification', 'automated', (),
'''Return-Path: <bounce-552019@mail.chatflow.bg>
Received: from mail.chatflow.bg (mail.chatflow.bg [94.156.12.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YqX4s0TgDz8vNh
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 17:47:58 +0100 (CET)
Date: Thu, 5 Nov 2026 18:47:55 +0200
From: Chatflow <notifications@chatflow.bg>
To: privacy@shop.example.be
Message-ID: <handover.552019.1793897275@chatflow.bg>
Subject: =?UTF-8?Q?=D0=9D=D0=BE=D0=B2_=D1=80=D0=B0=D0=B7=D0=B3=D0=BE=D0=B2=D0=BE=D1=80_?=
 =?UTF-8?Q?=D1=87=D0=B0=D0=BA=D0=B0_=D0=BE=D0=BF=D0=B5=D1=80=D0=B0=D1=82=D0=BE=D1=80?=
 =?UTF-8?Q?_=28WhatsApp=29?=
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
List-Unsubscribe: <https://app.chatflow.bg/settings/notifications?u=shopexample>
X-Mailer: Chatflow Notifier 3.8
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=D0=9D=D0=BE=D0=B2 =D1=80=D0=B0=D0=B7=D0=B3=D0=BE=D0=B2=D0=BE=D1=80 =D0=B2 W=
hatsApp =D1=87=D0=B0=D0=BA=D0=B0 =D0=BE=D0=BF=D0=B5=D1=80=D0=B0=D1=82=D0=BE=
=D1=80.
=D0=91=D0=BE=D1=82=D1=8A=D1=82 =D0=BF=D1=80=D0=B5=D0=B4=D0=B0=D0=B4=D0=B5 =
=D1=80=D0=B0=D0=B7=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D0=B0 =D0=BD=D0=B0 =D0=B5=
=D0=BA=D0=B8=D0=BF =E2=80=9E=D0=9E=D0=B1=D1=81=D0=BB=D1=83=D0=B6=D0=B2=D0=
=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =D0=BA=D0=BB=D0=B8=D0=B5=D0=BD=D1=82=D0=B8=E2=
=80=9C.

=D0=9A=D0=B0=D0=BD=D0=B0=D0=BB: WhatsApp Business (+32 2 808 41 17)
=D0=9A=D0=BB=D0=B8=D0=B5=D0=BD=D1=82: +359 88 *** **12
=D0=95=D0=B7=D0=B8=D0=BA: =D0=B1=D1=8A=D0=BB=D0=B3=D0=B0=D1=80=D1=81=D0=BA=
=D0=B8
=D0=A2=D0=B5=D0=BC=D0=B0: =D0=BF=D0=BE=D1=80=D1=8A=D1=87=D0=BA=D0=B0 / =D0=
=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=BA=D0=B0
=D0=A7=D0=B0=D0=BA=D0=B0 =D0=BE=D1=82: 05.11.2026, 18:47

=D0=9F=D0=BE=D1=81=D0=BB=D0=B5=D0=B4=D0=BD=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=
=D1=89=D0=B5=D0=BD=D0=B8=D0=B5:
=E2=80=9E=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5, =D0=BF=D0=
=BE=D1=80=D1=8A=D1=87=D0=BA=D0=B0 2026-561230 =D0=BE=D1=89=D0=B5 =D0=BD=D0=
=B5 =D0=B5 =D0=BF=D1=80=D0=B8=D1=81=D1=82=D0=B8=D0=B3=D0=BD=D0=B0=D0=BB=D0=
=B0, =D0=B0 =D0=BF=D0=B8=D1=88=D0=B5 =D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=
=D0=B5=D0=BD=D0=B0.=E2=80=9C

=D0=9E=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D0=B5=D1=82=D0=B5 =D0=B2 Chatflo=
w: https://app.chatflow.bg/inbox/c/552019

=D0=9F=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D0=B2=D0=B0=D1=82=D0=B5 =D1=82=D0=BE=
=D0=B2=D0=B0 =D0=B8=D0=B7=D0=B2=D0=B5=D1=81=D1=82=D0=B8=D0=B5, =D0=B7=D0=B0=
=D1=89=D0=BE=D1=82=D0=BE =D1=82=D0=BE=D0=B7=D0=B8 =D0=B0=D0=B4=D1=80=D0=B5=
=D1=81 =D0=B5 =D0=BF=D0=BE=D1=81=D0=BE=D1=87=D0=B5=D0=BD =D0=B7=D0=B0 =D0=
=B8=D0=B7=D0=B2=D0=B5=D1=81=D1=82=D0=B8=D1=8F =D0=B2 =D0=B0=D0=BA=D0=B0=D1=
=83=D0=BD=D1=82=D0=B0 =D0=BD=D0=B0 Shop Example.
=D0=9D=D0=B0=D1=81=D1=82=D1=80=D0=BE=D0=B9=D0=BA=D0=B8 =D0=BD=D0=B0 =D0=B8=
=D0=B7=D0=B2=D0=B5=D1=81=D1=82=D0=B8=D1=8F=D1=82=D0=B0: https://app.chatflow=
.bg/settings/notifications
'''),

    ('bg', 'person-reply-above-our-auto-ack-adds-name-correction', 'correction', (),
'''Return-Path: <desislava.stoyanova@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.80])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YqW8b2FmKz9sPq
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:31:09 +0100 (CET)
Received: from [192.168.0.104] (93-152-141-37.ip.btc-net.bg [93.152.141.37])
        by smtp.abv.bg (Postfix) with ESMTPSA id 5E1B3C2A07
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:31:06 +0200 (EET)
Message-ID: <e2a7c913-6f4b-4d8e-b0a1-5c3d9f7e2b68@abv.bg>
Date: Thu, 5 Nov 2026 11:31:04 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: Your request PRV-2026-1260 - we have received your message
Content-Language: bg
To: Shop Example Privacy <privacy@shop.example.be>
References: <PRV-2026-1260.ack.20261105100211@shop.example.be>
From: =?UTF-8?Q?=D0=94=D0=B5=D1=81=D0=B8=D1=81=D0=BB=D0=B0=D0=B2=D0=B0_=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2=D0=B0?= <desislava.stoyanova@abv.bg>
In-Reply-To: <PRV-2026-1260.ack.20261105100211@shop.example.be>
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=91=D0=BB=D0=B0=D0=B3=D0=BE=D0=B4=D0=B0=D1=80=D1=8F =D0=B7=D0=B0 =D0=BF=
=D0=BE=D1=82=D0=B2=D1=8A=D1=80=D0=B6=D0=B4=D0=B5=D0=BD=D0=B8=D0=B5=D1=82=D0=
=BE.

=D0=9F=D1=80=D0=BE=D0=BF=D1=83=D1=81=D0=BD=D0=B0=D1=85 =D0=BD=D0=B5=D1=89=
=D0=BE =D0=B2 =D0=BF=D1=8A=D1=80=D0=B2=D0=BE=D1=82=D0=BE =D0=BF=D0=B8=D1=81=
=D0=BC=D0=BE: =D0=BC=D0=BE=D0=BB=D1=8F, =D0=BF=D0=BE=D0=BF=D1=80=D0=B0=D0=
=B2=D0=B5=D1=82=D0=B5 =D0=B8 =D1=84=D0=B0=D0=BC=D0=B8=D0=BB=D0=B8=D1=8F=D1=
=82=D0=B0 =D0=BC=D0=B8 =D0=B2 =D0=BF=D1=80=D0=BE=D1=84=D0=B8=D0=BB=D0=B0. =
=D0=A1=D0=BB=D0=B5=D0=B4 =D1=81=D0=B2=D0=B0=D1=82=D0=B1=D0=B0=D1=82=D0=B0 =
=D0=B2=D0=B5=D1=87=D0=B5 =D1=81=D1=8A=D0=BC =D0=9F=D0=B5=D1=82=D1=80=D0=BE=
=D0=B2=D0=B0, =D0=BD=D0=B5 =D0=A1=D1=82=D0=BE=D1=8F=D0=BD=D0=BE=D0=B2=D0=B0=
. =D0=9A=D0=B0=D1=80=D1=82=D0=B0=D1=82=D0=B0 =D0=B7=D0=B0 =D0=BB=D0=BE=D1=
=8F=D0=BB=D0=BD=D0=BE=D1=81=D1=82 (6203 2290 1173) =D1=81=D1=8A=D1=89=D0=BE=
 =D0=B5 =D0=BD=D0=B0 =D1=81=D1=82=D0=B0=D1=80=D0=BE=D1=82=D0=BE =D0=B8=D0=
=BC=D0=B5, =D0=B0 =D0=B8=D0=BC=D0=B5=D0=B9=D0=BB=D1=8A=D1=82 =D0=BE=D1=81=
=D1=82=D0=B0=D0=B2=D0=B0 =D1=81=D1=8A=D1=89=D0=B8=D1=8F=D1=82.

=D0=90=D0=BA=D0=BE =D0=B2=D0=B8 =D1=82=D1=80=D1=8F=D0=B1=D0=B2=D0=B0 =D0=BA=
=D0=BE=D0=BF=D0=B8=D0=B5 =D0=BE=D1=82 =D1=83=D0=B4=D0=BE=D1=81=D1=82=D0=BE=
=D0=B2=D0=B5=D1=80=D0=B5=D0=BD=D0=B8=D0=B5 =D0=B7=D0=B0 =D0=B1=D1=80=D0=B0=
=D0=BA, =D0=BA=D0=B0=D0=B6=D0=B5=D1=82=D0=B5.

=D0=9F=D0=BE=D0=B7=D0=B4=D1=80=D0=B0=D0=B2=D0=B8,
=D0=94=D0=B5=D1=81=D0=B8=D1=81=D0=BB=D0=B0=D0=B2=D0=B0 =D0=9F=D0=B5=D1=82=
=D1=80=D0=BE=D0=B2=D0=B0

=D0=9D=D0=B0 5.11.2026 =D0=B3. =D0=B2 10:02, Shop Example Privacy =D0=BD=D0=
=B0=D0=BF=D0=B8=D1=81=D0=B0:
> Dear customer,
>
> Thank you for your message. We have registered it under reference
> PRV-2026-1260 and will answer within one month, as the GDPR requires.
> If we need to verify your identity, we will contact you.
>
> This is an automatic message. You can reply to it if you want to add
> something to your request.
>
> Privacy team - Shop Example BV
'''),
]
