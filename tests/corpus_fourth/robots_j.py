"""Fourth set, robots and robot-looking people, as raw RFC 5322 messages. Written apart from the code."""

# (language, family, category, extra categories, raw message text)
ROBOTS = [
    ('en', 'exchange-ooo', 'automated', (), """Return-Path: <r.hale@northbridge-consulting.example>
Delivered-To: privacy@shop.example.be
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WDh4r28GnSS0r1
	for <privacy@shop.example.be>; Wed, 14 Aug 2024 10:05:27 +0200 (CEST)
Received: from AM6PR05MB5625.eurprd05.prod.outlook.com (2603:10a6:98:f6::2b) by
 DB9PR05MB4004.eurprd05.prod.outlook.com (2603:10a6:2e9:194::15) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Wed, 14 Aug 2024 08:05:26 +0000
Received: from AM6PR05MB5625.eurprd05.prod.outlook.com
 ([fe80::0f98:41cc:2a92:e087]) by AM6PR05MB5625.eurprd05.prod.outlook.com
 ([fe80::0f98:41cc:2a92:e087%4]) with mapi id 15.20.7849.021; Wed, 14 Aug 2024 08:05:25 +0000
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=northbridge-consulting.example;
	spf=pass smtp.mailfrom=northbridge-consulting.example;
	dmarc=pass header.from=northbridge-consulting.example
From: Richard Hale <r.hale@northbridge-consulting.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatic reply: Please confirm your request
Thread-Topic: Please confirm your request
Thread-Index: miXzXvdBfW55Ovic3lkK0h7jzUqiCw==
Date: Wed, 14 Aug 2024 08:05:25 +0000
Message-ID: <AM6PR05MB5625B566CE514F9E76B51EA6@AM6PR05MB5625.eurprd05.prod.outlook.com>
References: <20240814100311.a9904d08e0b8@shop.example.be>
In-Reply-To: <20240814100311.a9904d08e0b8@shop.example.be>
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
x-ms-exchange-transport-fromentityheader: Hosted
Content-Type: multipart/alternative;
	boundary="_000_AM6PR05MB5625842FE3630C25BB1F0DF2AM6PR05MB5625_"
MIME-Version: 1.0

--_000_AM6PR05MB5625842FE3630C25BB1F0DF2AM6PR05MB5625_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

VGhhbmsgeW91IGZvciB5b3VyIGVtYWlsLgoKSSBhbSBjdXJyZW50bHkgb3V0IG9mIHRoZSBvZmZp
Y2Ugd2l0aCBsaW1pdGVkIGFjY2VzcyB0byBlbWFpbCwgcmV0dXJuaW5nIG9uIE1vbmRheSAyNiBB
dWd1c3QuCgpGb3IgYW55dGhpbmcgdXJnZW50IHBsZWFzZSBjb250YWN0IFByaXlhIFNoYWggKHAu
c2hhaEBub3J0aGJyaWRnZS1jb25zdWx0aW5nLmV4YW1wbGUpLgpEYXRhIHByb3RlY3Rpb24gcXVl
cmllcywgaW5jbHVkaW5nIHN1YmplY3QgYWNjZXNzIGFuZCBkZWxldGlvbiByZXF1ZXN0cywgc2hv
dWxkIGJlIHNlbnQgdG8gb3VyIERhdGEgUHJvdGVjdGlvbiBPZmZpY2VyIGF0IGRwb0Bub3J0aGJy
aWRnZS1jb25zdWx0aW5nLmV4YW1wbGUuCgpLaW5kIHJlZ2FyZHMsClJpY2hhcmQgSGFsZQpTZW5p
b3IgQ29uc3VsdGFudCB8IE5vcnRoYnJpZGdlIENvbnN1bHRpbmcK
--_000_AM6PR05MB5625842FE3630C25BB1F0DF2AM6PR05MB5625_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZSB0eXBlPSJ0ZXh0L2NzcyIgc3R5bGU9ImRp
c3BsYXk6bm9uZTsiPiBQIHttYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowO30gPC9zdHlsZT4K
PC9oZWFkPgo8Ym9keSBkaXI9Imx0ciI+CjxkaXYgc3R5bGU9ImZvbnQtZmFtaWx5OiBBcHRvcywg
QXB0b3NfRW1iZWRkZWRGb250LCBBcHRvc19NU0ZvbnRTZXJ2aWNlLCBDYWxpYnJpLCBIZWx2ZXRp
Y2EsIHNhbnMtc2VyaWY7IGZvbnQtc2l6ZTogMTJwdDsgY29sb3I6IHJnYigwLCAwLCAwKTsiPgo8
ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+VGhhbmsgeW91IGZvciB5b3VyIGVtYWlsLjwvZGl2
Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+PGJyPjwvZGl2Pgo8ZGl2IGNsYXNzPSJlbGVt
ZW50VG9Qcm9vZiI+SSBhbSBjdXJyZW50bHkgb3V0IG9mIHRoZSBvZmZpY2Ugd2l0aCBsaW1pdGVk
IGFjY2VzcyB0byBlbWFpbCwgcmV0dXJuaW5nIG9uIE1vbmRheSAyNiBBdWd1c3QuPC9kaXY+Cjxk
aXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj48YnI+PC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRU
b1Byb29mIj5Gb3IgYW55dGhpbmcgdXJnZW50IHBsZWFzZSBjb250YWN0IFByaXlhIFNoYWggKHAu
c2hhaEBub3J0aGJyaWRnZS1jb25zdWx0aW5nLmV4YW1wbGUpLjwvZGl2Pgo8ZGl2IGNsYXNzPSJl
bGVtZW50VG9Qcm9vZiI+RGF0YSBwcm90ZWN0aW9uIHF1ZXJpZXMsIGluY2x1ZGluZyBzdWJqZWN0
IGFjY2VzcyBhbmQgZGVsZXRpb24gcmVxdWVzdHMsIHNob3VsZCBiZSBzZW50IHRvIG91ciBEYXRh
IFByb3RlY3Rpb24gT2ZmaWNlciBhdCBkcG9Abm9ydGhicmlkZ2UtY29uc3VsdGluZy5leGFtcGxl
LjwvZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+PGJyPjwvZGl2Pgo8ZGl2IGNsYXNz
PSJlbGVtZW50VG9Qcm9vZiI+S2luZCByZWdhcmRzLDwvZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50
VG9Qcm9vZiI+UmljaGFyZCBIYWxlPC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj5T
ZW5pb3IgQ29uc3VsdGFudCB8IE5vcnRoYnJpZGdlIENvbnN1bHRpbmc8L2Rpdj4KPC9kaXY+Cjwv
Ym9keT4KPC9odG1sPgo=
--_000_AM6PR05MB5625842FE3630C25BB1F0DF2AM6PR05MB5625_--
"""),
    ('en', 'gmail-vacation', 'automated', (), """Return-Path: <sarah.mitchell.84@gmail.com>
Delivered-To: privacy@shop.example.be
Received: from mail-wr1-f46.google.com (mail-wr1-f46.google.com [209.85.221.46])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WfyGwvtJ1lkJPw
	for <privacy@shop.example.be>; Thu, 15 Aug 2024 18:43:53 +0200 (CEST)
Received: by mail-wr1-f46.google.com with SMTP id ffacd0b85a97d-f04ce173463so6965819f8f.3
        for <privacy@shop.example.be>; Thu, 15 Aug 2024 09:43:52 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com;
	s=20230601; t=1723740232;
	bh=vmLMJUvYYhg7uhkRpwonH1M2SpKUApOBk8LmSazISy0=;
	h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;
	b=UERwNDA6PtRm6xj5gK53kQf6I8scI+RftgW195Cen8zjlAAfNEs97R9TR21jftslZDmyhB
	 B10TepOOY8F8SVtyGXwKLmTClRPeHKLuxH6o7Lt+4VflOjaAwyoFVdXT+qYxLefXrbYqXu
	 vvrheFW22FUVg1Wb9h1lKfKstpCzQ2lGQ2zhek3IddldYzeSw1PWq6j5jwcD/DkBYKrarV
	 DDnvF+UdJvQxNvKAON2dlG8LkhipuG9OVU/z4CmXEcrU7/
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t=1723740232; x=1724345032;
        h=to:subject:message-id:date:from:mime-version:x-gm-message-state
         :from:to:cc:subject:date:message-id:reply-to;
        bh=Xto5WoxlfwCHxMyHAQNGgPvX/AtLrLLQLlYeTrCTuBs=;
        b=wSt8DsLRdk5VKv/dar/BBN8JKvf4H4VVPrB0VqVPGqGsRkLGfuG5uitfcGKahA8k/bUkaJG8SgqE9BnOBsNrcsOQrm/sG+7kJGbuOUo/hm6dOXgROWsC9jwd8BKAnEsN
X-Gm-Message-State: AOJu0Y+2titulIUBgk0ng8yBSKmuFpr7yGemAwHm4nnLjjOd48cbJddU
X-Google-Smtp-Source: AGHT+IFRQYUk4up9adRd/UC7iJi3f932otIyVlCBVjaZNW9IxYywTelNVYUBq==
X-Received: by 2002:a5d:8073:0:b0:36b:817a:3e41 with SMTP id
 3389096ae25e-7783ec94v.96.2084431794167; Thu, 15 Aug 2024 09:43:52 -0700 (PDT)
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=gmail.com;
	spf=pass smtp.mailfrom=sarah.mitchell.84@gmail.com;
	dmarc=pass header.from=gmail.com
MIME-Version: 1.0
Auto-Submitted: auto-replied
References: <20240815184146.cc28583685aa@shop.example.be>
In-Reply-To: <20240815184146.cc28583685aa@shop.example.be>
From: Sarah Mitchell <sarah.mitchell.84@gmail.com>
Date: Thu, 15 Aug 2024 09:43:52 -0700
Message-ID: <CAHWyCnzZiM1wsvIKqTIoitNwGSKGEOBxJO-JdWhpq6F@mail.gmail.com>
Subject: Re: Please confirm your request
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000002d8de35e48be4a6c"

--0000000000002d8de35e48be4a6c
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hi there,

Thanks for your message! I'm travelling until 2 September with only patchy
internet, so replies will be slow. I'll get back to you properly when I'm h=
ome.

Sarah
--0000000000002d8de35e48be4a6c
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hi there,<br><br>Thanks for your message! I'm travelling u=
ntil 2 September with only patchy<br>internet, so replies will be slow. I'l=
l get back to you properly when I'm home.<br><br>Sarah</div>
--0000000000002d8de35e48be4a6c--
"""),
    ('en', 'cpanel-autoresponder-unmonitored', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from server214.webhosting-uk.example (server214.webhosting-uk.example [185.151.30.214])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WNdPFMtwh9ylCk
	for <privacy@shop.example.be>; Fri, 16 Aug 2024 09:14:24 +0200 (CEST)
Received: from harbour by server214.webhosting-uk.example with local (Exim 4.97.1)
	(envelope-from <>)
	id 1seQ7k-0004Zt-1N
	for privacy@shop.example.be; Fri, 16 Aug 2024 08:14:23 +0100
To: privacy@shop.example.be
X-Autorespond: Re: Please confirm your request
Precedence: auto_reply
Auto-Submitted: auto-replied
X-Precedence: auto_reply
In-Reply-To: <20240816091242.dbb9310ca1fd@shop.example.be>
Subject: Re: Please confirm your request
From: "Harbour Lane Studio" <hello@harbourlanestudio.example>
Message-Id: <E1seQ7k-0004Zt-1N@server214.webhosting-uk.example>
Date: Fri, 16 Aug 2024 08:14:23 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This mailbox is no longer monitored.

Harbour Lane Studio closed on 31 May 2024. Messages sent to this address
are not read or forwarded to anyone.

If you have a question about an order placed before that date, please
write to our former director at j.pryce@pryce-holdings.example and
allow a few weeks for an answer.

Thank you for your understanding and for ten lovely years.
"""),
    ('en', 'lotus-notes-ooo', 'automated', (), """Return-Path: <Peter.Grant@harwoodinsurance.example>
Delivered-To: privacy@shop.example.be
Received: from smtp2.harwoodinsurance.example (smtp2.harwoodinsurance.example [194.73.82.17])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W9jWbkJTJSZCm5
	for <privacy@shop.example.be>; Tue, 13 Aug 2024 11:22:59 +0200 (CEST)
Received: from MAIL01.harwood.local ([10.1.4.21])
	by smtp2.harwoodinsurance.example with ESMTP id C3PZNW8x4N;
	Tue, 13 Aug 2024 10:22:57 +0100
Auto-Submitted: auto-generated
Subject: Peter Grant is out of the office.
From: Peter Grant <Peter.Grant@harwoodinsurance.example>
To: privacy@shop.example.be
Message-ID: <OF3F76ED30.4560F93B-ON80258B1C.F165FE81-80258B1C.D971F73A@harwood.local>
Date: Tue, 13 Aug 2024 10:22:56 +0100
X-Mailer: HCL Notes Release 12.0.2FP2 March 14, 2024
X-MIMETrack: Serialize by Router on MAIL01/Harwood(Release 12.0.2FP2|March 14, 2024) at
 13/08/2024 10:21:37
MIME-Version: 1.0
Content-type: text/plain; charset=US-ASCII


I will be out of the office starting  12/08/2024 and will not return until
27/08/2024.

I will respond to your message when I return. For urgent policy matters
please call Customer Services on 0345 600 1234.
"""),
    ('nl', 'exchange-rule-reply', 'automated', (), """Return-Path: <ruben.desmet@stad-lede.example>
Delivered-To: privacy@shop.example.be
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2102.outbound.protection.outlook.com [40.107.249.102])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WfBC82l1FqQnqM
	for <privacy@shop.example.be>; Wed, 14 Aug 2024 10:33:27 +0200 (CEST)
Received: from DB9PR02MB2110.eurprd02.prod.outlook.com (2603:10a6:3da:317::11) by
 AS8PR02MB8616.eurprd02.prod.outlook.com (2603:10a6:3e7:ed::2b) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Wed, 14 Aug 2024 08:33:26 +0000
Received: from DB9PR02MB2110.eurprd02.prod.outlook.com
 ([fe80::3c9a:9efb:72a7:5755]) by DB9PR02MB2110.eurprd02.prod.outlook.com
 ([fe80::3c9a:9efb:72a7:5755%3]) with mapi id 15.20.7849.021; Wed, 14 Aug 2024 08:33:25 +0000
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=stad-lede.example;
	spf=pass smtp.mailfrom=stad-lede.example;
	dmarc=pass header.from=stad-lede.example
From: Ruben De Smet <ruben.desmet@stad-lede.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatisch antwoord: Bevestig uw verzoek
Thread-Topic: Bevestig uw verzoek
Thread-Index: 08uCybQtchE0SKcUIqW227QlLrtKbw==
Date: Wed, 14 Aug 2024 08:33:25 +0000
Message-ID: <DB9PR02MB2110A1EB045AABE6ECA98F8A@DB9PR02MB2110.eurprd02.prod.outlook.com>
References: <20240814103151.57a6bbf0a009@shop.example.be>
In-Reply-To: <20240814103151.57a6bbf0a009@shop.example.be>
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: ruben.desmet@stad-lede.example
x-ms-exchange-transport-fromentityheader: Hosted
Content-Type: multipart/alternative;
	boundary="_000_DB9PR02MB2110081F365EE9F2F27B3A1CDB9PR02MB2110_"
MIME-Version: 1.0

--_000_DB9PR02MB2110081F365EE9F2F27B3A1CDB9PR02MB2110_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Goeiedag,

Ik ben afwezig tot en met vrijdag 23 augustus. Uw e-mail wordt niet doorges=
tuurd.
Voor dringende vragen kunt u terecht bij het onthaal: 053 60 00 00 of ontha=
al@stad-lede.example.

Met vriendelijke groeten,
Ruben De Smet
Dienst Burgerzaken
--_000_DB9PR02MB2110081F365EE9F2F27B3A1CDB9PR02MB2110_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Diso-8859-=
1">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div class=3D"elementToProof">Goeiedag,</div>
<div class=3D"elementToProof"><br></div>
<div class=3D"elementToProof">Ik ben afwezig tot en met vrijdag 23 augustus=
. Uw e-mail wordt niet doorgestuurd.</div>
<div class=3D"elementToProof">Voor dringende vragen kunt u terecht bij het =
onthaal: 053 60 00 00 of onthaal@stad-lede.example.</div>
<div class=3D"elementToProof"><br></div>
<div class=3D"elementToProof">Met vriendelijke groeten,</div>
<div class=3D"elementToProof">Ruben De Smet</div>
<div class=3D"elementToProof">Dienst Burgerzaken</div>
</div>
</body>
</html>
--_000_DB9PR02MB2110081F365EE9F2F27B3A1CDB9PR02MB2110_--
"""),
    ('nl', 'exchange-changed-job', 'automated', (), """Return-Path: <a.verbruggen@bouwgroep-vermeulen.example>
Delivered-To: privacy@shop.example.be
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2118.outbound.protection.outlook.com [40.107.103.118])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W381KxxKWZJ7tc
	for <privacy@shop.example.be>; Mon, 19 Aug 2024 14:03:48 +0200 (CEST)
Received: from VI1PR03MB2157.eurprd03.prod.outlook.com (2603:10a6:3e2:217::1d) by
 PA4PR03MB6855.eurprd03.prod.outlook.com (2603:10a6:aa:33c::1a) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Mon, 19 Aug 2024 12:03:47 +0000
Received: from VI1PR03MB2157.eurprd03.prod.outlook.com
 ([fe80::b5b7:82e7:3e2e:53f0]) by VI1PR03MB2157.eurprd03.prod.outlook.com
 ([fe80::b5b7:82e7:3e2e:53f0%7]) with mapi id 15.20.7849.021; Mon, 19 Aug 2024 12:03:46 +0000
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=bouwgroep-vermeulen.example;
	spf=pass smtp.mailfrom=bouwgroep-vermeulen.example;
	dmarc=pass header.from=bouwgroep-vermeulen.example
From: Annelies Verbruggen <a.verbruggen@bouwgroep-vermeulen.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatisch antwoord: Bevestig uw verzoek
Thread-Topic: Bevestig uw verzoek
Thread-Index: c3haFD/yTBXwArcDe+hLKWddAnN6Yg==
Date: Mon, 19 Aug 2024 12:03:46 +0000
Message-ID: <VI1PR03MB2157EC50F10E27EE16A64EB7@VI1PR03MB2157.eurprd03.prod.outlook.com>
References: <20240819140210.f921326623fe@shop.example.be>
In-Reply-To: <20240819140210.f921326623fe@shop.example.be>
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
x-ms-exchange-transport-fromentityheader: Hosted
Content-Type: multipart/alternative;
	boundary="_000_VI1PR03MB2157DFB330F7464649DA7378VI1PR03MB2157_"
MIME-Version: 1.0

--_000_VI1PR03MB2157DFB330F7464649DA7378VI1PR03MB2157_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

QmVzdGUsCgpTaW5kcyAxIGp1bGkgd2VyayBpayBuaWV0IG1lZXIgYmlqIEJvdXdncm9lcCBWZXJt
ZXVsZW4uIERlemUgbWFpbGJveCB3b3JkdCBiaW5uZW5rb3J0IG9wZ2VoZXZlbiBlbiBiZXJpY2h0
ZW4gd29yZGVuIG5pZXQgbWVlciBnZWxlemVuLgoKVm9vciBsb3BlbmRlIHByb2plY3RlbjogcHJv
amVjdGVuQGJvdXdncm9lcC12ZXJtZXVsZW4uZXhhbXBsZSBvZiAwMTEgMjIgMzMgNDQuClBlcnNv
b25saWprIGJlbiBpayBiZXJlaWtiYWFyIG9wIGFubmVsaWVzLnZlcmJydWdnZW5AdGVsZW5ldC5i
ZS4KCkdyb2V0ZW4sCkFubmVsaWVzIFZlcmJydWdnZW4K
--_000_VI1PR03MB2157DFB330F7464649DA7378VI1PR03MB2157_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZSB0eXBlPSJ0ZXh0L2NzcyIgc3R5bGU9ImRp
c3BsYXk6bm9uZTsiPiBQIHttYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowO30gPC9zdHlsZT4K
PC9oZWFkPgo8Ym9keSBkaXI9Imx0ciI+CjxkaXYgc3R5bGU9ImZvbnQtZmFtaWx5OiBBcHRvcywg
QXB0b3NfRW1iZWRkZWRGb250LCBBcHRvc19NU0ZvbnRTZXJ2aWNlLCBDYWxpYnJpLCBIZWx2ZXRp
Y2EsIHNhbnMtc2VyaWY7IGZvbnQtc2l6ZTogMTJwdDsgY29sb3I6IHJnYigwLCAwLCAwKTsiPgo8
ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+QmVzdGUsPC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1l
bnRUb1Byb29mIj48YnI+PC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj5TaW5kcyAx
IGp1bGkgd2VyayBpayBuaWV0IG1lZXIgYmlqIEJvdXdncm9lcCBWZXJtZXVsZW4uIERlemUgbWFp
bGJveCB3b3JkdCBiaW5uZW5rb3J0IG9wZ2VoZXZlbiBlbiBiZXJpY2h0ZW4gd29yZGVuIG5pZXQg
bWVlciBnZWxlemVuLjwvZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+PGJyPjwvZGl2
Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+Vm9vciBsb3BlbmRlIHByb2plY3RlbjogcHJv
amVjdGVuQGJvdXdncm9lcC12ZXJtZXVsZW4uZXhhbXBsZSBvZiAwMTEgMjIgMzMgNDQuPC9kaXY+
CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj5QZXJzb29ubGlqayBiZW4gaWsgYmVyZWlrYmFh
ciBvcCBhbm5lbGllcy52ZXJicnVnZ2VuQHRlbGVuZXQuYmUuPC9kaXY+CjxkaXYgY2xhc3M9ImVs
ZW1lbnRUb1Byb29mIj48YnI+PC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj5Hcm9l
dGVuLDwvZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+QW5uZWxpZXMgVmVyYnJ1Z2dl
bjwvZGl2Pgo8L2Rpdj4KPC9ib2R5Pgo8L2h0bWw+Cg==
--_000_VI1PR03MB2157DFB330F7464649DA7378VI1PR03MB2157_--
"""),
    ('fr', 'orange-absence', 'automated', (), """Return-Path: <michel.durand56@orange.fr>
Delivered-To: privacy@shop.example.be
Received: from smtp.smtpout.orange.fr (smtp-24.smtpout.orange.fr [80.12.242.24])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WNsgtDtkbRbSmh
	for <privacy@shop.example.be>; Mon, 12 Aug 2024 16:47:23 +0200 (CEST)
Received: from wwinf2221 ([10.232.106.41])
	by smtp.orange.fr with ME
	id OI5fHuzZguKSukzy7ytY; Mon, 12 Aug 2024 16:47:22 +0200
X-ME-Helo: wwinf2221
X-ME-Auth: bWljaGVsLmR1cmFuZDU2QG9yYW5nZS5mcg==
X-ME-Date: Mon, 12 Aug 2024 16:47:21 +0200
X-ME-IP: 10.232.106.41
Date: Mon, 12 Aug 2024 16:47:21 +0200
From: Michel Durand <michel.durand56@orange.fr>
To: privacy@shop.example.be
Message-ID: <818587633.66945.1723473940417.JavaMail.www@wwinf2221>
In-Reply-To: <20240812164540.7415b637acc4@shop.example.be>
Subject: Message d'absence
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied
X-Originating-IP: [90.110.24.187]
X-Wum-Nature: EMAIL-NATURE
X-WUM-FROM: |~|
X-WUM-TO: |~|
X-WUM-REPLYTO: |~|

Bonjour,

Je suis en vacances jusqu'au 25 ao=C3=BBt et je ne consulte pas ma messager=
ie.
Je vous r=C3=A9pondrai d=C3=A8s mon retour.

Bonne journ=C3=A9e,
Michel Durand
"""),
    ('fr', 'salesforce-case-autoresponse', 'automated', (), """Return-Path: <service.clients=maisonbelrose.example__cuuTvyo1fm@g2pnuy6ef4oq.bnc.salesforce.com>
Delivered-To: privacy@shop.example.be
Received: from mx3-hnd.mta.salesforce.com (mx3-hnd.mta.salesforce.com [13.110.78.219])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WXBGckyVXWXF84
	for <privacy@shop.example.be>; Tue, 20 Aug 2024 09:16:47 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=maisonbelrose.example;
	s=sf1; t=1724138206;
	bh=DeXHhelI4TBVH4w+PzgIeIc9e8M030XK0VOfG5f5PfU=;
	h=Date:From:To:Subject:MIME-Version:Content-Type;
	b=Mfxe9011P21cZwAAhq75v0R/59OZxd7Bk3fnwDV3gPfczx81wKXqbx/nMzAT2GGwv3R8L3
	 gJ8uiU+aJRvfb2iIAGXLpmvGNHKRnwt7gV+2uM6pE5DNj3DE15oJcpPNxoG35Dx10YlSVo
	 /awjiOBY8j1GMlzeO0or6/rhEWHmm1YbTwx8YQYD2iSx/G812GpMN1hLD4wNFWhYW7a475
	 tPHU5ArsZefUxubfOceN+rrxyfAjvxvRPEYgh4UOqVh8pd
Date: Tue, 20 Aug 2024 07:16:46 +0000
From: "Service Clients Maison Belrose" <service.clients@maisonbelrose.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <GONmsw0CXo00000000000000000000000000000000000000000000000JTKCVTTU@sfdc.net>
Subject: =?utf-8?B?Tm91cyBhdm9ucyBiaWVuIHJlw6d1IHZvdHJlIGRlbWFuZGUgW0NhcyAwMDQ4?=
 =?utf-8?B?MjkxM10gWyByZWY6ITAwRDVKMGFiY2QuITUwMDRRMDFYeVphOnJlZiBd?=
MIME-Version: 1.0
Content-Type: multipart/alternative; 
	boundary="----=_Part_157360_353322307.1724138111088"
X-Priority: 3
X-SFDC-LK: 00D5J0000012abc
X-SFDC-User: 0055J000001xyzQ
X-Sender: postmaster@salesforce.com
X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp
X-SFDC-TLS-NoRelay: 1
X-SFDC-Binding: 1WrIRBV94myi25uB
X-SFDC-EmailCategory: caseAutoResponse
X-SFDC-Interface: internal

------=_Part_157360_353322307.1724138111088
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Merci pour votre e-mail. Votre demande a bien =C3=A9t=C3=A9 enregistr=C3=A9=
e sous le num=C3=A9ro 00482913.

Notre =C3=A9quipe vous r=C3=A9pondra dans un d=C3=A9lai de 48 heures ouvr=
=C3=A9es. Inutile de nous renvoyer votre message : toute nouvelle demande s=
ur le m=C3=AAme sujet retarderait son traitement.

Si vous nous r=C3=A9pondez, merci de ne pas modifier l'objet de ce message.

Le Service Clients Maison Belrose
------=_Part_157360_353322307.1724138111088
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><table width=3D"600" cellpadding=3D"0" cellspacing=
=3D"0" style=3D"font-family:Arial,sans-serif;font-size:14px;color:#333333">=
<tr><td><img src=3D"https://maisonbelrose.my.salesforce.com/servlet/servlet=
.ImageServer?id=3D0155J000000AbCd&amp;oid=3D00D5J0000012abc" alt=3D"Maison =
Belrose"></td></tr>
<tr><td>Bonjour,<br>
<br>
Merci pour votre e-mail. Votre demande a bien =C3=A9t=C3=A9 enregistr=C3=A9=
e sous le num=C3=A9ro 00482913.<br>
<br>
Notre =C3=A9quipe vous r=C3=A9pondra dans un d=C3=A9lai de 48 heures ouvr=
=C3=A9es. Inutile de nous renvoyer votre message : toute nouvelle demande s=
ur le m=C3=AAme sujet retarderait son traitement.<br>
<br>
Si vous nous r=C3=A9pondez, merci de ne pas modifier l'objet de ce message.=
<br>
<br>
Le Service Clients Maison Belrose</td></tr></table></body></html>
------=_Part_157360_353322307.1724138111088--
"""),
    ('fr', 'exchange-ooo', 'automated', (), """Return-Path: <claire.fontaine@groupe-mercier.example>
Delivered-To: privacy@shop.example.be
Received: from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2091.outbound.protection.outlook.com [40.107.7.91])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WyHMSmMMshkzb9
	for <privacy@shop.example.be>; Wed, 21 Aug 2024 11:09:58 +0200 (CEST)
Received: from HE1PR04MB5554.eurprd04.prod.outlook.com (2603:10a6:243:10f::2e) by
 AM0PR04MB2564.eurprd04.prod.outlook.com (2603:10a6:55:35d::21) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Wed, 21 Aug 2024 09:09:57 +0000
Received: from HE1PR04MB5554.eurprd04.prod.outlook.com
 ([fe80::377c:976e:e428:86a3]) by HE1PR04MB5554.eurprd04.prod.outlook.com
 ([fe80::377c:976e:e428:86a3%4]) with mapi id 15.20.7849.021; Wed, 21 Aug 2024 09:09:56 +0000
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=groupe-mercier.example;
	spf=pass smtp.mailfrom=groupe-mercier.example;
	dmarc=pass header.from=groupe-mercier.example
From: Claire Fontaine <claire.fontaine@groupe-mercier.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?UsOpcG9uc2UgYXV0b21hdGlxdWUgOiBWZXVpbGxleiBjb25maXJtZXIgdm90?=
 =?utf-8?B?cmUgZGVtYW5kZQ==?=
Thread-Topic: Veuillez confirmer votre demande
Thread-Index: UhbRnKYGChkHB36rukfW+5gZyiZ8uw==
Date: Wed, 21 Aug 2024 09:09:56 +0000
Message-ID: <HE1PR04MB5554F093CBA9F782C02E15B4@HE1PR04MB5554.eurprd04.prod.outlook.com>
References: <20240821110818.88c8e8b8d4f1@shop.example.be>
In-Reply-To: <20240821110818.88c8e8b8d4f1@shop.example.be>
Content-Language: fr-FR
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
x-ms-exchange-transport-fromentityheader: Hosted
Content-Type: multipart/alternative;
	boundary="_000_HE1PR04MB5554C093D133771213A9C872HE1PR04MB5554_"
MIME-Version: 1.0

--_000_HE1PR04MB5554C093D133771213A9C872HE1PR04MB5554_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

Qm9uam91ciwKCkplIHN1aXMgYWJzZW50ZSBqdXNxdSdhdSBsdW5kaSAyNiBhb8O7dCBpbmNsdXMs
IHNhbnMgYWNjw6hzIMOgIG1hIG1lc3NhZ2VyaWUuCgpQb3VyIHRvdXRlIGRlbWFuZGUgcmVsYXRp
dmUgw6AgbGEgcHJvdGVjdGlvbiBkZXMgZG9ubsOpZXMgcGVyc29ubmVsbGVzIChhY2PDqHMsIHJl
Y3RpZmljYXRpb24sIGVmZmFjZW1lbnQpLCBtZXJjaSBkJ8OpY3JpcmUgw6Agbm90cmUgZMOpbMOp
Z3XDqSDDoCBsYSBwcm90ZWN0aW9uIGRlcyBkb25uw6llcyA6IGRwb0Bncm91cGUtbWVyY2llci5l
eGFtcGxlLgpQb3VyIGxlcyBhdXRyZXMgc3VqZXRzLCB2b3VzIHBvdXZleiBjb250YWN0ZXIgVGhv
bWFzIEdhcm5pZXIgKHQuZ2FybmllckBncm91cGUtbWVyY2llci5leGFtcGxlKS4KCkNvcmRpYWxl
bWVudCwKQ2xhaXJlIEZvbnRhaW5lCkp1cmlzdGUg4oCTIENvbmZvcm1pdMOpIFJHUEQK
--_000_HE1PR04MB5554C093D133771213A9C872HE1PR04MB5554_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZSB0eXBlPSJ0ZXh0L2NzcyIgc3R5bGU9ImRp
c3BsYXk6bm9uZTsiPiBQIHttYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowO30gPC9zdHlsZT4K
PC9oZWFkPgo8Ym9keSBkaXI9Imx0ciI+CjxkaXYgc3R5bGU9ImZvbnQtZmFtaWx5OiBBcHRvcywg
QXB0b3NfRW1iZWRkZWRGb250LCBBcHRvc19NU0ZvbnRTZXJ2aWNlLCBDYWxpYnJpLCBIZWx2ZXRp
Y2EsIHNhbnMtc2VyaWY7IGZvbnQtc2l6ZTogMTJwdDsgY29sb3I6IHJnYigwLCAwLCAwKTsiPgo8
ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+Qm9uam91ciw8L2Rpdj4KPGRpdiBjbGFzcz0iZWxl
bWVudFRvUHJvb2YiPjxicj48L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVudFRvUHJvb2YiPkplIHN1
aXMgYWJzZW50ZSBqdXNxdSdhdSBsdW5kaSAyNiBhb8O7dCBpbmNsdXMsIHNhbnMgYWNjw6hzIMOg
IG1hIG1lc3NhZ2VyaWUuPC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj48YnI+PC9k
aXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj5Qb3VyIHRvdXRlIGRlbWFuZGUgcmVsYXRp
dmUgw6AgbGEgcHJvdGVjdGlvbiBkZXMgZG9ubsOpZXMgcGVyc29ubmVsbGVzIChhY2PDqHMsIHJl
Y3RpZmljYXRpb24sIGVmZmFjZW1lbnQpLCBtZXJjaSBkJ8OpY3JpcmUgw6Agbm90cmUgZMOpbMOp
Z3XDqSDDoCBsYSBwcm90ZWN0aW9uIGRlcyBkb25uw6llcyA6IGRwb0Bncm91cGUtbWVyY2llci5l
eGFtcGxlLjwvZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+UG91ciBsZXMgYXV0cmVz
IHN1amV0cywgdm91cyBwb3V2ZXogY29udGFjdGVyIFRob21hcyBHYXJuaWVyICh0Lmdhcm5pZXJA
Z3JvdXBlLW1lcmNpZXIuZXhhbXBsZSkuPC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29m
Ij48YnI+PC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj5Db3JkaWFsZW1lbnQsPC9k
aXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj5DbGFpcmUgRm9udGFpbmU8L2Rpdj4KPGRp
diBjbGFzcz0iZWxlbWVudFRvUHJvb2YiPkp1cmlzdGUg4oCTIENvbmZvcm1pdMOpIFJHUEQ8L2Rp
dj4KPC9kaXY+CjwvYm9keT4KPC9odG1sPgo=
--_000_HE1PR04MB5554C093D133771213A9C872HE1PR04MB5554_--
"""),
    ('de', 'exchange-ooo', 'automated', (), """Return-Path: <katrin.vogel@stadtwerke-neustadt.example>
Delivered-To: privacy@shop.example.be
Received: from EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2130.outbound.protection.outlook.com [40.107.14.130])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WnQF7YxY7F5f2X
	for <privacy@shop.example.be>; Tue, 13 Aug 2024 08:57:13 +0200 (CEST)
Received: from VE1PR01MB9919.eurprd01.prod.outlook.com (2603:10a6:83:183::4) by
 PAXPR01MB6847.eurprd01.prod.outlook.com (2603:10a6:347:304::2b) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Tue, 13 Aug 2024 06:57:12 +0000
Received: from VE1PR01MB9919.eurprd01.prod.outlook.com
 ([fe80::7f16:5ac7:b06d:f5b9]) by VE1PR01MB9919.eurprd01.prod.outlook.com
 ([fe80::7f16:5ac7:b06d:f5b9%7]) with mapi id 15.20.7849.021; Tue, 13 Aug 2024 06:57:11 +0000
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=stadtwerke-neustadt.example;
	spf=pass smtp.mailfrom=stadtwerke-neustadt.example;
	dmarc=pass header.from=stadtwerke-neustadt.example
From: "Dr. Katrin Vogel" <katrin.vogel@stadtwerke-neustadt.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Automatische_Antwort=3A_Bitte_best=E4tigen_Sie_Ihre_Anfrag?=
 =?iso-8859-1?Q?e?=
Thread-Topic: =?utf-8?B?Qml0dGUgYmVzdMOkdGlnZW4gU2llIElocmUgQW5mcmFnZQ==?=
Thread-Index: j/N6ta8j8aker5HJ/ACmi6fJ5Kum1w==
Date: Tue, 13 Aug 2024 06:57:11 +0000
Message-ID: <VE1PR01MB9919F014B53ED77719FFD587@VE1PR01MB9919.eurprd01.prod.outlook.com>
References: <20240813085515.05ffa578dd47@shop.example.be>
In-Reply-To: <20240813085515.05ffa578dd47@shop.example.be>
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: katrin.vogel@stadtwerke-neustadt.example
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
x-ms-exchange-transport-fromentityheader: Hosted
Content-Type: multipart/alternative;
	boundary="_000_VE1PR01MB9919B4B1490F349FDD2F0BB1VE1PR01MB9919_"
MIME-Version: 1.0

--_000_VE1PR01MB9919B4B1490F349FDD2F0BB1VE1PR01MB9919_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Vielen Dank f=FCr Ihre Nachricht.

Ich bin bis einschlie=DFlich 30.08.2024 nicht im B=FCro und habe keinen Zug=
riff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden F=E4llen wenden Sie sich bitte an mein Sekretariat unter +49 =
6321 555-1200.
Anfragen zum Datenschutz (Auskunft, Berichtigung, L=F6schung) richten Sie b=
itte direkt an datenschutz@stadtwerke-neustadt.example.

Mit freundlichen Gr=FC=DFen
Dr. Katrin Vogel
Leiterin Recht und Compliance
--_000_VE1PR01MB9919B4B1490F349FDD2F0BB1VE1PR01MB9919_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Diso-8859-=
1">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div class=3D"elementToProof">Vielen Dank f=FCr Ihre Nachricht.</div>
<div class=3D"elementToProof"><br></div>
<div class=3D"elementToProof">Ich bin bis einschlie=DFlich 30.08.2024 nicht=
 im B=FCro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird n=
icht weitergeleitet.</div>
<div class=3D"elementToProof"><br></div>
<div class=3D"elementToProof">In dringenden F=E4llen wenden Sie sich bitte =
an mein Sekretariat unter +49 6321 555-1200.</div>
<div class=3D"elementToProof">Anfragen zum Datenschutz (Auskunft, Berichtig=
ung, L=F6schung) richten Sie bitte direkt an datenschutz@stadtwerke-neustad=
t.example.</div>
<div class=3D"elementToProof"><br></div>
<div class=3D"elementToProof">Mit freundlichen Gr=FC=DFen</div>
<div class=3D"elementToProof">Dr. Katrin Vogel</div>
<div class=3D"elementToProof">Leiterin Recht und Compliance</div>
</div>
</body>
</html>
--_000_VE1PR01MB9919B4B1490F349FDD2F0BB1VE1PR01MB9919_--
"""),
    ('de', 'gmx-abwesenheit', 'automated', (), """Return-Path: <t.becker1971@gmx.de>
Delivered-To: privacy@shop.example.be
Received: from mout.gmx.net (mout.gmx.net [212.227.15.19])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W0WmHx6bnfSj3B
	for <privacy@shop.example.be>; Thu, 15 Aug 2024 20:14:00 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmx.de;
	s=s31663417; t=1723745639;
	bh=d1U2mw/MEVx+9veLavpZyf9X/KDuMn48+XJVJpAwes4=;
	h=X-UI-Sender-Class:Date:From:To:Subject:In-Reply-To:References:Auto-Submitted;
	b=BlOdNEipIY3MVypy6xEL0m8BY4aqa7tYqAAWmgACCdiEzulLFB1gou4MpyaKUt3fWwNwkx
	 jHm4RuLbwy5eTDHaGUT/7bTALvTxH71ygczoluMlLkCugJtNJHqou4xXHGwDAh9wx7nWex
	 AE8nCIJG9fs5qG9dJBdfMj957p1TFMAZ+vIGc/dshTaUlen+dcLgLjGTOQ9kG/DoevInvW
	 /ikHfIwiUnmk+JMSyUj2zHQO9NR58YJrz0wdBy6v0B/a15
X-UI-Sender-Class: 724b4f7f-cbec-4199-ad4e-598c01a50d3a
Received: from autoresponder.gmx.net ([172.19.130.71]) by
 mrelayeu.kundenserver.de (mreue108 [212.227.15.183]) with ESMTPSA (Nemesis)
 id 1MPGRz-1t1Kxw0Ryl-00RF8m for <privacy@shop.example.be>; Thu, 15 Aug 2024 20:13:59 +0200
Date: Thu, 15 Aug 2024 20:13:59 +0200
From: Thomas Becker <t.becker1971@gmx.de>
To: privacy@shop.example.be
Subject: Abwesenheitsnotiz
In-Reply-To: <20240815201148.987e63b16a75@shop.example.be>
References: <20240815201148.987e63b16a75@shop.example.be>
Auto-Submitted: auto-replied
Message-ID: <trinity-c5ad2908-7f48-32e9-853c-0126192cf3d2-1723745508517@autoresponder.gmx.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Provags-ID: V03:K1:F2Q+8GrSsLiK+7//OQXfvP8h4nRm+Qe7NFLG/8/poK6gEH3jG+6ovMXecsFZ
X-UI-Out-Filterresults: notjunk:1;V03:K0:Gh4e9yHPIBaOMuZMU3W7wZ3iK8ePCo

Hallo,

vielen Dank f=C3=BCr Ihre Nachricht. Ich bin vom 12.08. bis 01.09.2024 im U=
rlaub
und lese meine E-Mails nur unregelm=C3=A4=C3=9Fig. Danach melde ich mich.

Viele Gr=C3=BC=C3=9Fe
Thomas Becker
"""),
    ('de', 'sieve-vacation-mondays', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.uni-rheinau.example (mail.uni-rheinau.example [134.93.178.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WZC8nV0bjB7c00
	for <privacy@shop.example.be>; Tue, 20 Aug 2024 13:39:57 +0200 (CEST)
Received: from imap3.uni-rheinau.example
	by imap3.uni-rheinau.example with LMTP
	id 8Ai7E2qIxGYqZQAA4Ox6Ug
	(envelope-from <privacy@shop.example.be>)
	for <albers@physik.uni-rheinau.example>; Tue, 20 Aug 2024 13:39:56 +0200
Message-ID: <dovecot-sieve-1724153996-503477-0@imap3.uni-rheinau.example>
Date: Tue, 20 Aug 2024 13:39:56 +0200
X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)
X-Sieve-Redirected-From: albers@physik.uni-rheinau.example
From: Heinrich Albers <albers@physik.uni-rheinau.example>
To: <privacy@shop.example.be>
Subject: =?utf-8?B?QXV0bzogQml0dGUgYmVzdMOkdGlnZW4gU2llIElocmUgQW5mcmFnZQ==?=
In-Reply-To: <20240820133743.966eae6580e4@shop.example.be>
References: <20240820133743.966eae6580e4@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

um mehr Zeit f=C3=BCr Forschung und Lehre zu haben, lese ich E-Mails nur no=
ch
montags. Ihre Nachricht wird am kommenden Montag bearbeitet.

In dringenden F=C3=A4llen wenden Sie sich bitte an das Sekretariat,
sekretariat-albers@physik.uni-rheinau.example, Tel. 06131 39-22000.

Mit freundlichen Gr=C3=BC=C3=9Fen
Prof. Dr. Heinrich Albers
"""),
    ('es', 'exchange-ooo-noheaders', 'automated', (), """Return-Path: <jmorales@aceites-delsur.example>
Delivered-To: privacy@shop.example.be
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WJnb5d5N2Z4GmF
	for <privacy@shop.example.be>; Tue, 06 Aug 2024 12:15:57 +0200 (CEST)
Received: from AM6PR05MB6107.eurprd05.prod.outlook.com (2603:10a6:2c8:34f::24) by
 DB9PR05MB5902.eurprd05.prod.outlook.com (2603:10a6:2d:1c2::2) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Tue, 06 Aug 2024 10:15:56 +0000
Received: from AM6PR05MB6107.eurprd05.prod.outlook.com
 ([fe80::8f53:0545:1405:45d6]) by AM6PR05MB6107.eurprd05.prod.outlook.com
 ([fe80::8f53:0545:1405:45d6%5]) with mapi id 15.20.7849.021; Tue, 06 Aug 2024 10:15:55 +0000
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=aceites-delsur.example;
	spf=pass smtp.mailfrom=aceites-delsur.example;
	dmarc=pass header.from=aceites-delsur.example
From: Javier Morales Ruiz <jmorales@aceites-delsur.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Respuesta_autom=E1tica=3A_Confirme_su_solicitud?=
Thread-Topic: Confirme su solicitud
Thread-Index: d3F80k5CdoGCMHYGYkOonM+9CVpX+w==
Date: Tue, 06 Aug 2024 10:15:55 +0000
Message-ID: <AM6PR05MB6107CA50D4B63D08A2364F8E@AM6PR05MB6107.eurprd05.prod.outlook.com>
References: <20240806121418.e95cddf8954b@shop.example.be>
In-Reply-To: <20240806121418.e95cddf8954b@shop.example.be>
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
x-ms-exchange-transport-fromentityheader: Hosted
Content-Type: multipart/alternative;
	boundary="_000_AM6PR05MB6107C8F2ECE6992A2B7A00E7AM6PR05MB6107_"
MIME-Version: 1.0

--_000_AM6PR05MB6107C8F2ECE6992A2B7A00E7AM6PR05MB6107_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Buenos d=EDas:

Estar=E9 fuera de la oficina del 5 al 23 de agosto, ambos inclusive, con ac=
ceso limitado al correo electr=F3nico.
Para asuntos urgentes, contacte con administracion@aceites-delsur.example o=
 llame al 957 00 11 22.

Un saludo,
Javier Morales Ruiz
Departamento Comercial
--_000_AM6PR05MB6107C8F2ECE6992A2B7A00E7AM6PR05MB6107_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Diso-8859-=
1">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div class=3D"elementToProof">Buenos d=EDas:</div>
<div class=3D"elementToProof"><br></div>
<div class=3D"elementToProof">Estar=E9 fuera de la oficina del 5 al 23 de a=
gosto, ambos inclusive, con acceso limitado al correo electr=F3nico.</div>
<div class=3D"elementToProof">Para asuntos urgentes, contacte con administr=
acion@aceites-delsur.example o llame al 957 00 11 22.</div>
<div class=3D"elementToProof"><br></div>
<div class=3D"elementToProof">Un saludo,</div>
<div class=3D"elementToProof">Javier Morales Ruiz</div>
<div class=3D"elementToProof">Departamento Comercial</div>
</div>
</body>
</html>
--_000_AM6PR05MB6107C8F2ECE6992A2B7A00E7AM6PR05MB6107_--
"""),
    ('es', 'yahoo-vacation', 'automated', (), """Return-Path: <lucia_fdez82@yahoo.es>
Delivered-To: privacy@shop.example.be
Received: from sonic314-21.consmr.mail.ir2.yahoo.com (sonic314-21.consmr.mail.ir2.yahoo.com [77.238.177.147])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WhnXL3Pn2RdYSN
	for <privacy@shop.example.be>; Fri, 09 Aug 2024 21:32:16 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.es;
	s=s2048; t=1723231935;
	bh=o0PfsHOXmQTZ+ZviyoBhqbooRyNg+SwsiKL6qDt8YQU=;
	h=Date:From:Reply-To:To:Subject:References:From:Subject:Reply-To;
	b=2Q+lXJ0Won04n+rV6wD/7W9XQLzZODAiAI+9c1FyV6coyB6e/wfqEFCGgrc1qoArCIDLXn
	 1pjYOO0icas1IKjuTSOAXG6eoFrMEIHr1grr6o21wFG/pU4ai6E5Uo+Gwp3m2T3UFz0W4D
	 YR/D1Omop9X6T7ow/qjrnjXVvW5LtsPU84tp36rEcVCW1ADsWmKb7zx3fbXlIZCPbWvGMC
	 1UIHdRr5z99aF2g5R8lPHVGGl1RFTvFgJzJkIaXWq948Xl
X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=1723231935; bh=45+1RMzaInJKx47b79/guwi1Wxhweq9hpLgfGDL32o0=; h=X-Sonic-MF:Date:From:Subject:From:Subject; b=LpvIZiOaGIP9lcgMYwwuDNMeEi9f9WD7AW+lluL+8mkNgXGPlxTh/JeR5Vn5dWoXKMnYn4oKJ2HM0El98XmJng==
X-YMail-OSG: 5Li8059eX6JsoefZbAbLjbT7dmq_OmJCHjYihpKOhx58LqB4nj6DuEqIcWiIswUMAIq2zrJA0mur
X-Sonic-MF: <lucia_fdez82@yahoo.es>
X-Sonic-ID: f82bcaef-7479-a8e1-dfe4-d2c44bd73378
Received: from sonic.gate.mail.ne1.yahoo.com by sonic314.consmr.mail.ir2.yahoo.com with HTTP; Fri, 09 Aug 2024 19:32:15 +0000
Date: Fri, 09 Aug 2024 19:32:15 +0000
From: =?utf-8?B?THVjw61hIEZlcm7DoW5kZXo=?= <lucia_fdez82@yahoo.es>
Reply-To: =?utf-8?B?THVjw61hIEZlcm7DoW5kZXo=?= <lucia_fdez82@yahoo.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <173200046.2131302.1723231803301@mail.yahoo.com>
In-Reply-To: <20240809213003.787662356f28@shop.example.be>
References: <20240809213003.787662356f28@shop.example.be>
Subject: Fuera de la oficina
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/alternative; 
	boundary="----=_Part_9473234_707230433.1723231803009"
X-Mailer: WebService/1.1.22544 YMailNorrin

------=_Part_9473234_707230433.1723231803009
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hola,

Estoy de vacaciones hasta el 1 de septiembre y apenas miro el correo.
Contestar=C3=A9 a tu mensaje a la vuelta.

=C2=A1Gracias y feliz verano!
Luc=C3=ADa
------=_Part_9473234_707230433.1723231803009
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><div class=3D"yahoo-style-wrap" style=3D"font-fami=
ly:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir=
=3D"ltr" data-setdir=3D"false">Hola,</div><div dir=3D"ltr" data-setdir=3D"f=
alse"><br></div><div dir=3D"ltr" data-setdir=3D"false">Estoy de vacaciones =
hasta el 1 de septiembre y apenas miro el correo.</div><div dir=3D"ltr" dat=
a-setdir=3D"false">Contestar=C3=A9 a tu mensaje a la vuelta.</div><div dir=
=3D"ltr" data-setdir=3D"false"><br></div><div dir=3D"ltr" data-setdir=3D"fa=
lse">=C2=A1Gracias y feliz verano!</div><div dir=3D"ltr" data-setdir=3D"fal=
se">Luc=C3=ADa</div></div></body></html>
------=_Part_9473234_707230433.1723231803009--
"""),
    ('it', 'libero-ferie', 'automated', (), """Return-Path: <giuseppe.russo58@libero.it>
Delivered-To: privacy@shop.example.be
Received: from libero.it (smtp-17.iol.local [213.209.10.17])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WfV4bK6zjxtwMw
	for <privacy@shop.example.be>; Thu, 08 Aug 2024 17:24:41 +0200 (CEST)
Received: from libero.it ([172.31.0.142])
	by smtp-17.iol.local with ESMTPA
	id sx9bsOkLqFX2Fsx9bsbrJ3; Thu, 08 Aug 2024 17:24:40 +0200
X-CNFS-Analysis: v=2.4 cv=cLzsGMeN c=1 sm=1 tr=0 ts=55ec4acd
 a=WjGxDQslNAQkYjjph4WF81:17 a=IkcTkHD0fZMA:10 a=i4T2MHYjJotTZaVNyMJHX1:117 a=Bs0cylGQtW7ZfA3LwMbrlu:22
X-Libjamoutv: P5+iWo3Tt5q9fHultY7WPqMoxzGuDqVAX63PEZTkkn7D==
X-Libjamv: 0
Date: Thu, 08 Aug 2024 17:24:40 +0200
From: "Giuseppe Russo" <giuseppe.russo58@libero.it>
To: privacy@shop.example.be
Message-ID: <29112296.75489.1723130573023.JavaMail.defaultUser@defaultHost>
In-Reply-To: <20240808172253.d7076c7e912c@shop.example.be>
Subject: Sono in ferie
MIME-Version: 1.0
Content-Type: text/plain;charset="UTF-8"
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-replied
X-Originating-IP: 93.45.118.209
X-Priority: 3

Buongiorno,
sono in ferie fino al 26 agosto e non leggo la posta.
Rispondero' al mio rientro.

Cordiali saluti
Giuseppe Russo
"""),
    ('it', 'exchange-inactive-mailbox', 'automated', (), """Return-Path: <acquisti@mobilificio-brianza.example>
Delivered-To: privacy@shop.example.be
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2102.outbound.protection.outlook.com [40.107.249.102])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WrWp1YGwz61npy
	for <privacy@shop.example.be>; Mon, 19 Aug 2024 09:50:54 +0200 (CEST)
Received: from DB9PR02MB5787.eurprd02.prod.outlook.com (2603:10a6:2f2:3f8::11) by
 AS8PR02MB2137.eurprd02.prod.outlook.com (2603:10a6:93:e7::1b) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Mon, 19 Aug 2024 07:50:53 +0000
Received: from DB9PR02MB5787.eurprd02.prod.outlook.com
 ([fe80::8903:4c5a:e6dc:1954]) by DB9PR02MB5787.eurprd02.prod.outlook.com
 ([fe80::8903:4c5a:e6dc:1954%7]) with mapi id 15.20.7849.021; Mon, 19 Aug 2024 07:50:52 +0000
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=mobilificio-brianza.example;
	spf=pass smtp.mailfrom=mobilificio-brianza.example;
	dmarc=pass header.from=mobilificio-brianza.example
From: Ufficio Acquisti <acquisti@mobilificio-brianza.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Risposta automatica: Conferma la tua richiesta
Thread-Topic: Conferma la tua richiesta
Thread-Index: QDx2cFWhAa6/EVdhPNRQq85tI4kslA==
Date: Mon, 19 Aug 2024 07:50:52 +0000
Message-ID: <DB9PR02MB5787B7FE011373114A5E2DD4@DB9PR02MB5787.eurprd02.prod.outlook.com>
References: <20240819094848.74e4cee3c1f1@shop.example.be>
In-Reply-To: <20240819094848.74e4cee3c1f1@shop.example.be>
Content-Language: it-IT
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
x-ms-exchange-transport-fromentityheader: Hosted
Content-Type: multipart/alternative;
	boundary="_000_DB9PR02MB5787D34336100A6BEA8CCFF3DB9PR02MB5787_"
MIME-Version: 1.0

--_000_DB9PR02MB5787D34336100A6BEA8CCFF3DB9PR02MB5787_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

R2VudGlsZSBtaXR0ZW50ZSwKCnF1ZXN0YSBjYXNlbGxhIGRpIHBvc3RhIG5vbiDDqCBwacO5IGF0
dGl2YTogaSBtZXNzYWdnaSBub24gdmVuZ29ubyBsZXR0aSBuw6kgaW5vbHRyYXRpLgoKUGVyIG9y
ZGluaSBlIGluZm9ybWF6aW9uaSBjb21tZXJjaWFsaSBzY3JpdmVyZSBhIG9yZGluaUBtb2JpbGlm
aWNpby1icmlhbnphLmV4YW1wbGUuClBlciBxdWVzdGlvbmkgYW1taW5pc3RyYXRpdmU6IGFtbWlu
aXN0cmF6aW9uZUBtb2JpbGlmaWNpby1icmlhbnphLmV4YW1wbGUuCgpHcmF6aWUuCk1vYmlsaWZp
Y2lvIEJyaWFuemEgUy5yLmwuCg==
--_000_DB9PR02MB5787D34336100A6BEA8CCFF3DB9PR02MB5787_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZSB0eXBlPSJ0ZXh0L2NzcyIgc3R5bGU9ImRp
c3BsYXk6bm9uZTsiPiBQIHttYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowO30gPC9zdHlsZT4K
PC9oZWFkPgo8Ym9keSBkaXI9Imx0ciI+CjxkaXYgc3R5bGU9ImZvbnQtZmFtaWx5OiBBcHRvcywg
QXB0b3NfRW1iZWRkZWRGb250LCBBcHRvc19NU0ZvbnRTZXJ2aWNlLCBDYWxpYnJpLCBIZWx2ZXRp
Y2EsIHNhbnMtc2VyaWY7IGZvbnQtc2l6ZTogMTJwdDsgY29sb3I6IHJnYigwLCAwLCAwKTsiPgo8
ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+R2VudGlsZSBtaXR0ZW50ZSw8L2Rpdj4KPGRpdiBj
bGFzcz0iZWxlbWVudFRvUHJvb2YiPjxicj48L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVudFRvUHJv
b2YiPnF1ZXN0YSBjYXNlbGxhIGRpIHBvc3RhIG5vbiDDqCBwacO5IGF0dGl2YTogaSBtZXNzYWdn
aSBub24gdmVuZ29ubyBsZXR0aSBuw6kgaW5vbHRyYXRpLjwvZGl2Pgo8ZGl2IGNsYXNzPSJlbGVt
ZW50VG9Qcm9vZiI+PGJyPjwvZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+UGVyIG9y
ZGluaSBlIGluZm9ybWF6aW9uaSBjb21tZXJjaWFsaSBzY3JpdmVyZSBhIG9yZGluaUBtb2JpbGlm
aWNpby1icmlhbnphLmV4YW1wbGUuPC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj5Q
ZXIgcXVlc3Rpb25pIGFtbWluaXN0cmF0aXZlOiBhbW1pbmlzdHJhemlvbmVAbW9iaWxpZmljaW8t
YnJpYW56YS5leGFtcGxlLjwvZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+PGJyPjwv
ZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+R3JhemllLjwvZGl2Pgo8ZGl2IGNsYXNz
PSJlbGVtZW50VG9Qcm9vZiI+TW9iaWxpZmljaW8gQnJpYW56YSBTLnIubC48L2Rpdj4KPC9kaXY+
CjwvYm9keT4KPC9odG1sPgo=
--_000_DB9PR02MB5787D34336100A6BEA8CCFF3DB9PR02MB5787_--
"""),
    ('pt', 'odoo-helpdesk-ack', 'automated', (), """Return-Path: <bounce+1532-helpdesk.ticket-1284@papelarialusa.example>
Delivered-To: privacy@shop.example.be
Received: from mail.papelarialusa.example (mail.papelarialusa.example [51.178.33.92])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W1MSmnCS4fRPCz
	for <privacy@shop.example.be>; Mon, 12 Aug 2024 15:07:14 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=papelarialusa.example;
	s=odoo; t=1723468033;
	bh=7hTy97dj7HT7mVxHShYvZKZdnvqU/k3VYhCTWJfKggs=;
	h=Message-Id:Date:Subject:From:Reply-To:To;
	b=4k91FhxeaSyuQzDQDNpumdKtcK7UinE/oCNA6w7Z4Y3p14rpybndRC2QRLIrlVrOsyC7oo
	 eUyc41eu6xLwTkWQbk99RfL+D7KITWkisNaVOGRs86ZUU1Mr6xHiHEgg6W4wDJVEUdZ5cc
	 uPvlzyqQyexfL1tAI6np84+WlIU2bAkl6qvJci9dRiEbdvy1YG7jEH+paczxh1Ubkw5859
	 snzCrHyKukJRlYD/RJ0SKvhkUrxFRvW2cKx4ua2nzdw+M4
Content-Type: multipart/mixed; boundary="===============6890522188228254023=="
MIME-Version: 1.0
Message-Id: <331486689681607.1723468033.187653.316179971041-openerp-1284-helpdesk.ticket@papelarialusa-prod-8812345>
references: <20240812150535.9da9450d24ac@shop.example.be>
Subject: Recebemos o seu pedido (#1284)
From: "Papelaria Lusa" <suporte@papelarialusa.example>
Reply-To: "Papelaria Lusa - Suporte" <suporte@papelarialusa.example>
To: privacy@shop.example.be
Date: Mon, 12 Aug 2024 13:07:13 +0000
X-Odoo-Objects: helpdesk.ticket-1284
Return-Path: bounce+1532-helpdesk.ticket-1284@papelarialusa.example

--===============6890522188228254023==
Content-Type: multipart/alternative; boundary="===============5491014614492499121=="
MIME-Version: 1.0

--===============5491014614492499121==
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1,

O seu pedido foi recebido e tem a refer=C3=AAncia #1284.

A nossa equipa ir=C3=A1 responder-lhe o mais rapidamente poss=C3=ADvel, nor=
malmente no prazo de 2 dias =C3=BAteis.
Pode acompanhar o estado do pedido aqui:
https://papelarialusa.example/my/ticket/1284?access_token=3D5c1f0a9e-2b7d-4=
e8a-9f3c-8d2b6a4e1f07

Obrigado,
Equipa de Suporte
Papelaria Lusa

Desenvolvido por Odoo
--===============5491014614492499121==
Content-Type: text/html; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: quoted-printable

<div style=3D"margin: 0px; padding: 0px;">
<p style=3D"margin: 0px; padding: 0px; font-size: 13px;">
Ol=C3=A1,<br>
<br>
O seu pedido foi recebido e tem a refer=C3=AAncia #1284.<br>
<br>
A nossa equipa ir=C3=A1 responder-lhe o mais rapidamente poss=C3=ADvel, nor=
malmente no prazo de 2 dias =C3=BAteis.<br>
Pode acompanhar o estado do pedido aqui:<br>
<a href=3D"https://papelarialusa.example/my/ticket/1284?access_token=3D5c1f=
0a9e-2b7d-4e8a-9f3c-8d2b6a4e1f07">Ver pedido</a><br>
<br>
Obrigado,<br>
Equipa de Suporte<br>
Papelaria Lusa<br>
<br>
Desenvolvido por Odoo
</p>
</div>
--===============5491014614492499121==--
--===============6890522188228254023==--
"""),
    ('pt', 'exchange-maternity-leave', 'automated', (), """Return-Path: <ines.carvalho@seguros-atlantico.example>
Delivered-To: privacy@shop.example.be
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2118.outbound.protection.outlook.com [40.107.103.118])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W6thp6jWBvwmgM
	for <privacy@shop.example.be>; Wed, 21 Aug 2024 10:02:16 +0200 (CEST)
Received: from VI1PR03MB9852.eurprd03.prod.outlook.com (2603:10a6:3be:226::2a) by
 PA4PR03MB2380.eurprd03.prod.outlook.com (2603:10a6:6f:272::23) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Wed, 21 Aug 2024 08:02:15 +0000
Received: from VI1PR03MB9852.eurprd03.prod.outlook.com
 ([fe80::21af:6c98:2166:dd61]) by VI1PR03MB9852.eurprd03.prod.outlook.com
 ([fe80::21af:6c98:2166:dd61%4]) with mapi id 15.20.7849.021; Wed, 21 Aug 2024 08:02:14 +0000
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=seguros-atlantico.example;
	spf=pass smtp.mailfrom=seguros-atlantico.example;
	dmarc=pass header.from=seguros-atlantico.example
From: =?utf-8?B?SW7DqnMgQ2FydmFsaG8=?= <ines.carvalho@seguros-atlantico.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?UmVzcG9zdGEgYXV0b23DoXRpY2E6IENvbmZpcm1lIG8gc2V1IHBlZGlkbw==?=
Thread-Topic: Confirme o seu pedido
Thread-Index: fJmbhLkzPcZvU3vAiTl3W2wpPoQ2rw==
Date: Wed, 21 Aug 2024 08:02:14 +0000
Message-ID: <VI1PR03MB9852B0DCBF7050B9FED06421@VI1PR03MB9852.eurprd03.prod.outlook.com>
References: <20240821100037.d9694c111df6@shop.example.be>
In-Reply-To: <20240821100037.d9694c111df6@shop.example.be>
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
x-ms-exchange-transport-fromentityheader: Hosted
Content-Type: multipart/alternative;
	boundary="_000_VI1PR03MB9852FEAD4A2F9D169B46FBD4VI1PR03MB9852_"
MIME-Version: 1.0

--_000_VI1PR03MB9852FEAD4A2F9D169B46FBD4VI1PR03MB9852_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

T2zDoSwKCkVuY29udHJvLW1lIGRlIGxpY2Vuw6dhIGRlIG1hdGVybmlkYWRlIGF0w6kgMzEgZGUg
amFuZWlybyBkZSAyMDI1IGUgbsOjbyBlc3RvdSBhIGFjb21wYW5oYXIgbyBlLW1haWwuCgpQYXJh
IGFzc3VudG9zIGRlIHByb3Rlw6fDo28gZGUgZGFkb3MgcGVzc29haXMsIGNvbnRhY3RlIG8gbm9z
c28gRW5jYXJyZWdhZG8gZGUgUHJvdGXDp8OjbyBkZSBEYWRvcyBhdHJhdsOpcyBkZSBlcGRAc2Vn
dXJvcy1hdGxhbnRpY28uZXhhbXBsZS4KUGFyYSBvdXRyb3MgYXNzdW50b3M6IGdlcmFsQHNlZ3Vy
b3MtYXRsYW50aWNvLmV4YW1wbGUuCgpPYnJpZ2FkYSwKSW7DqnMgQ2FydmFsaG8K
--_000_VI1PR03MB9852FEAD4A2F9D169B46FBD4VI1PR03MB9852_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZSB0eXBlPSJ0ZXh0L2NzcyIgc3R5bGU9ImRp
c3BsYXk6bm9uZTsiPiBQIHttYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowO30gPC9zdHlsZT4K
PC9oZWFkPgo8Ym9keSBkaXI9Imx0ciI+CjxkaXYgc3R5bGU9ImZvbnQtZmFtaWx5OiBBcHRvcywg
QXB0b3NfRW1iZWRkZWRGb250LCBBcHRvc19NU0ZvbnRTZXJ2aWNlLCBDYWxpYnJpLCBIZWx2ZXRp
Y2EsIHNhbnMtc2VyaWY7IGZvbnQtc2l6ZTogMTJwdDsgY29sb3I6IHJnYigwLCAwLCAwKTsiPgo8
ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+T2zDoSw8L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVu
dFRvUHJvb2YiPjxicj48L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVudFRvUHJvb2YiPkVuY29udHJv
LW1lIGRlIGxpY2Vuw6dhIGRlIG1hdGVybmlkYWRlIGF0w6kgMzEgZGUgamFuZWlybyBkZSAyMDI1
IGUgbsOjbyBlc3RvdSBhIGFjb21wYW5oYXIgbyBlLW1haWwuPC9kaXY+CjxkaXYgY2xhc3M9ImVs
ZW1lbnRUb1Byb29mIj48YnI+PC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj5QYXJh
IGFzc3VudG9zIGRlIHByb3Rlw6fDo28gZGUgZGFkb3MgcGVzc29haXMsIGNvbnRhY3RlIG8gbm9z
c28gRW5jYXJyZWdhZG8gZGUgUHJvdGXDp8OjbyBkZSBEYWRvcyBhdHJhdsOpcyBkZSBlcGRAc2Vn
dXJvcy1hdGxhbnRpY28uZXhhbXBsZS48L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVudFRvUHJvb2Yi
PlBhcmEgb3V0cm9zIGFzc3VudG9zOiBnZXJhbEBzZWd1cm9zLWF0bGFudGljby5leGFtcGxlLjwv
ZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+PGJyPjwvZGl2Pgo8ZGl2IGNsYXNzPSJl
bGVtZW50VG9Qcm9vZiI+T2JyaWdhZGEsPC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29m
Ij5JbsOqcyBDYXJ2YWxobzwvZGl2Pgo8L2Rpdj4KPC9ib2R5Pgo8L2h0bWw+Cg==
--_000_VI1PR03MB9852FEAD4A2F9D169B46FBD4VI1PR03MB9852_--
"""),
    ('pl', 'wp-autoresponder', 'automated', (), """Return-Path: <kasia.nowak88@wp.pl>
Delivered-To: privacy@shop.example.be
Received: from mx4.wp.pl (mx4.wp.pl [212.77.101.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WGqYhTT7pbXVZd
	for <privacy@shop.example.be>; Tue, 13 Aug 2024 19:14:32 +0200 (CEST)
Received: (wp-smtpd smtp.wp.pl 1428 invoked from network); Tue, 13 Aug 2024 19:14:31 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=wp.pl;
	s=1024a; t=1723569271;
	bh=Mw+l3LhWUBwk915f5oj8H1XwXcyezhvYMS7SzyEX/yc=;
	h=From:To:Subject;
	b=OB28e+8Tkhy7AnFDblSdKp4KrQFqk+Aifu0HmwN7aDGXjoMQNBazrjnif8zPdR7yGuIL9d
	 I7Tp6KMykMt6CQjyZOdYJ4fD0MaZTlUDM7vxjFmifAOjHuU8tc5rXRiJUkcblbJjofhRRx
	 b7e/WPXhPmpoPbTqM3Y3QSNQtEt2Tnf/sRi6BsHtaF375vaJ5TQne0wscAhQ23Cu+SjPyD
	 pXSWaNq8oWPch2yXLGfn9UC4peORPkyqOmRTLCyDStZo4D
Date: Tue, 13 Aug 2024 19:14:31 +0200
From: Katarzyna Nowak <kasia.nowak88@wp.pl>
To: privacy@shop.example.be
Subject: =?iso-8859-2?Q?Urlop_-_autoodpowied=BC?=
In-Reply-To: <20240813191232.bd2dae84d38f@shop.example.be>
Message-ID: <19e2921c35b842d20613941c1367c4eb@wp.pl>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-2
Content-Transfer-Encoding: quoted-printable
X-WP-MailID: f60810a05eea0a3f6f4e6d53f43d3a3a
X-WP-AV: skaner antywirusowy Poczty Wirtualnej Polski
X-WP-SPAM: NO 0000000 [sQMk]

Dzie=F1 dobry,

przebywam na urlopie do 25 sierpnia. Po powrocie odpowiem na Pa=F1stwa wiad=
omo=B6=E6.

Pozdrawiam
Katarzyna Nowak
"""),
    ('pl', 'onet-address-abandoned', 'automated', (), """Return-Path: <t.wisniewski@onet.pl>
Delivered-To: privacy@shop.example.be
Received: from smtpo102.poczta.onet.pl (smtpo102.poczta.onet.pl [213.180.149.155])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Ws6brL7yfFBY5G
	for <privacy@shop.example.be>; Fri, 16 Aug 2024 08:07:40 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=onet.pl;
	s=2011; t=1723788459;
	bh=0tYQWy1WLNldGFI1fSEsrLJEuS/E35gekjl3QzLgi64=;
	h=Date:From:To:Subject;
	b=V/NmgcTtjY+p++kfN3C4kRL1M7KPRRY4xUXuiRGLHXhFTVNt9X5OMiEyWEetyoVr8I9geK
	 Y94q76kipftUEM5kmrMpQ60h21G9e8Z3QVU04Ek/Fuly4Rmx1Nh5ESUe57KDu4brlC4arv
	 3krz1qzOxfxtZDOo5aG7nByGlbpB+MZV0AK83qd+URBZj0JJOcIaixRKJ+zS07CMGgngZS
	 /eGp5vDrBCKOk72OdOboIBqKmmgU9gbaneFcJcg0LcbOLm
Received: from autoresponder (unknown [10.174.2.18])
	by smtp.poczta.onet.pl (Onet) with ESMTP id 4WkR5s0Hx3z1xqM
	for <privacy@shop.example.be>; Fri, 16 Aug 2024 08:07:39 +0200
Date: Fri, 16 Aug 2024 08:07:39 +0200
From: =?utf-8?B?VG9tYXN6IFdpxZtuaWV3c2tp?= <t.wisniewski@onet.pl>
To: privacy@shop.example.be
Subject: =?utf-8?B?QXV0b21hdHljem5hIG9kcG93aWVkxbo=?=
In-Reply-To: <20240816080528.f5ae1f3f05b6@shop.example.be>
Message-ID: <7e918b4f9bbe2b5b251abaeb-autoresponder@onet.pl>
Auto-Submitted: auto-replied
X-Onet-Autoresponder: 1
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

nie korzystam ju=C5=BC z tej skrzynki i nie czytam przychodz=C4=85cych tu w=
iadomo=C5=9Bci.
Prosz=C4=99 o kontakt na nowy adres: tomasz.wisniewski.krk@gmail.com

Tomasz Wi=C5=9Bniewski
"""),
    ('cs', 'seznam-autoresponder', 'automated', (), """Return-Path: <petra.svobodova@seznam.cz>
Delivered-To: privacy@shop.example.be
Received: from mxf1.seznam.cz (mxf1.seznam.cz [77.75.78.190])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WLbzHXLybBsjzv
	for <privacy@shop.example.be>; Wed, 14 Aug 2024 14:46:28 +0200 (CEST)
Received: from email.seznam.cz
	by email-smtpc21b.ng.seznam.cz (email-smtpc21b.ng.seznam.cz [10.23.18.27])
	id 4d8a2c71f3e2b6a1094c5e3d;
	Wed, 14 Aug 2024 14:46:27 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=seznam.cz;
	s=szn20221014; t=1723639587;
	bh=2l6j1mfB7dwdVtv9Ni61vasdu3LOEK4mvhnv0vVNo2M=;
	h=Received:From:To:Subject:Date:Message-Id:Mime-Version:Content-Type;
	b=aUXPTEQXdu2Q0LN2zpO6897JlB3QnuRQS7Flz6c/in6oHTvfYMgE69S8EN8oaf6VNaU41O
	 QKJPY2TZrpw59rL5Q626VWum75JCEyn1DBLPiZ6TXvNS/QKagqoF+27a/uxJwG8OkiRXnd
	 qMAvnLYqnUzDwn+mjr3RVFSCoFAF+JmVemRE2HUNsEREw4e4yuUwAXCZ04bUo+j/iylkzA
	 lR01slcv64gnEwhpetwKEng492eYaQEJb7YqDG5xkLg0bQ
Received: from unknown ([::ffff:10.23.10.161])
	by email.seznam.cz (szn-ebox-5.0.179) with HTTP;
	Wed, 14 Aug 2024 14:46:27 +0200
From: =?utf-8?B?UGV0cmEgU3ZvYm9kb3bDoQ==?= <petra.svobodova@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?B?QXV0b21hdGlja8OhIG9kcG92xJvEjzogUG90dnLEj3RlIHByb3PDrW0gc3Zv?=
 =?utf-8?B?dSDFvsOhZG9zdA==?=
Date: Wed, 14 Aug 2024 14:46:27 +0200
Message-Id: <5c0ae.101da3.05fd@email.seznam.cz>
In-Reply-To: <20240814144424.d6762ae37277@shop.example.be>
References: <20240814144424.d6762ae37277@shop.example.be>
Auto-Submitted: auto-replied
Mime-Version: 1.0 (szn-mime-2.1.42)
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

d=C4=9Bkuji za zpr=C3=A1vu. Do 30. srpna jsem na dovolen=C3=A9 bez p=C5=99=
=C3=ADstupu k e-mailu.
Odpov=C3=ADm po n=C3=A1vratu.

S pozdravem
Petra Svobodov=C3=A1
"""),
    ('cs', 'exchange-parental-leave', 'automated', (), """Return-Path: <lucie.horakova@stavby-morava.example>
Delivered-To: privacy@shop.example.be
Received: from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2091.outbound.protection.outlook.com [40.107.7.91])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W8qJp0ymZqNF9m
	for <privacy@shop.example.be>; Mon, 19 Aug 2024 10:28:40 +0200 (CEST)
Received: from HE1PR04MB7869.eurprd04.prod.outlook.com (2603:10a6:ff:c::1d) by
 AM0PR04MB4114.eurprd04.prod.outlook.com (2603:10a6:178:39a::14) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Mon, 19 Aug 2024 08:28:39 +0000
Received: from HE1PR04MB7869.eurprd04.prod.outlook.com
 ([fe80::a132:e3ba:ac3e:c7e7]) by HE1PR04MB7869.eurprd04.prod.outlook.com
 ([fe80::a132:e3ba:ac3e:c7e7%6]) with mapi id 15.20.7849.021; Mon, 19 Aug 2024 08:28:38 +0000
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=stavby-morava.example;
	spf=pass smtp.mailfrom=stavby-morava.example;
	dmarc=pass header.from=stavby-morava.example
From: =?iso-8859-2?Q?Ing=2E_Lucie_Hor=E1kov=E1?= <lucie.horakova@stavby-morava.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-2?Q?Automatick=E1_odpov=EC=EF=3A_Potvr=EFte_pros=EDm_svou_=BE?=
 =?iso-8859-2?Q?=E1dost?=
Thread-Topic: =?utf-8?B?UG90dnLEj3RlIHByb3PDrW0gc3ZvdSDFvsOhZG9zdA==?=
Thread-Index: QHWY03+bk5Jn7HTTjNIA0y51mHROwA==
Date: Mon, 19 Aug 2024 08:28:38 +0000
Message-ID: <HE1PR04MB78693ECFF161C53504632FD5@HE1PR04MB7869.eurprd04.prod.outlook.com>
References: <20240819102632.f151ff6bd274@shop.example.be>
In-Reply-To: <20240819102632.f151ff6bd274@shop.example.be>
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
x-ms-exchange-transport-fromentityheader: Hosted
Content-Type: multipart/alternative;
	boundary="_000_HE1PR04MB78692AD3BBD974EEF6A1997EHE1PR04MB7869_"
MIME-Version: 1.0

--_000_HE1PR04MB78692AD3BBD974EEF6A1997EHE1PR04MB7869_
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Dobr=FD den,

od 1. 7. 2024 jsem na rodi=E8ovsk=E9 dovolen=E9 a tuto schr=E1nku nekontrol=
uji. Va=B9e zpr=E1va nebude p=F8eposl=E1na.

V pracovn=EDch z=E1le=BEitostech se pros=EDm obracejte na kolegu Martina Kr=
=E1le (martin.kral@stavby-morava.example), tel. +420 555 123 456.

S pozdravem
Lucie Hor=E1kov=E1
--_000_HE1PR04MB78692AD3BBD974EEF6A1997EHE1PR04MB7869_
Content-Type: text/html; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Diso-8859-=
2">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div class=3D"elementToProof">Dobr=FD den,</div>
<div class=3D"elementToProof"><br></div>
<div class=3D"elementToProof">od 1. 7. 2024 jsem na rodi=E8ovsk=E9 dovolen=
=E9 a tuto schr=E1nku nekontroluji. Va=B9e zpr=E1va nebude p=F8eposl=E1na.<=
/div>
<div class=3D"elementToProof"><br></div>
<div class=3D"elementToProof">V pracovn=EDch z=E1le=BEitostech se pros=EDm =
obracejte na kolegu Martina Kr=E1le (martin.kral@stavby-morava.example), te=
l. +420 555 123 456.</div>
<div class=3D"elementToProof"><br></div>
<div class=3D"elementToProof">S pozdravem</div>
<div class=3D"elementToProof">Lucie Hor=E1kov=E1</div>
</div>
</body>
</html>
--_000_HE1PR04MB78692AD3BBD974EEF6A1997EHE1PR04MB7869_--
"""),
    ('hr', 'zimbra-vacation', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.fakultet-split.example (mail.fakultet-split.example [161.53.160.20])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WtdcR7jCrnCGjy
	for <privacy@shop.example.be>; Thu, 08 Aug 2024 11:52:40 +0200 (CEST)
Received: from localhost (localhost [127.0.0.1])
	by mail.fakultet-split.example (Postfix) with ESMTP id 4B1E52A0F31
	for <privacy@shop.example.be>; Thu, 08 Aug 2024 11:52:39 +0200 (CEST)
X-Virus-Scanned: amavisd-new at fakultet-split.example
Date: Thu, 08 Aug 2024 11:52:39 +0200
From: =?utf-8?B?SXZhbmEgS292YcSNZXZpxIc=?= <ivana.kovacevic@fakultet-split.example>
To: privacy@shop.example.be
Message-ID: <679983702.8051353.1723110638640.JavaMail.zimbra@fakultet-split.example>
In-Reply-To: <20240808115038.09d9d93f9838@shop.example.be>
Subject: =?utf-8?B?R29kacWhbmppIG9kbW9y?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.8_GA_4621 (zclient/10.0.8_GA_4621)
Thread-Index: vTk0nsvDc7ZVXSXh0C+ZIq0wH34Y

Po=C5=A1tovani,

od 5. do 25. kolovoza sam na godi=C5=A1njem odmoru i ne =C4=8Ditam e-po=C5=
=A1tu. Poruke =C4=87u pro=C4=8Ditati po povratku.
Za hitne upite o upisima i ispitima obratite se studentskoj referadi: refer=
ada@fakultet-split.example.

Ivana Kova=C4=8Devi=C4=87
"""),
    ('hr', 'exchange-ooo', 'automated', (), """Return-Path: <marko.babic@luka-rijeka.example>
Delivered-To: privacy@shop.example.be
Received: from EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2130.outbound.protection.outlook.com [40.107.14.130])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WJnRLbMg2ltwcz
	for <privacy@shop.example.be>; Tue, 20 Aug 2024 15:19:36 +0200 (CEST)
Received: from VE1PR01MB3456.eurprd01.prod.outlook.com (2603:10a6:88:14f::21) by
 PAXPR01MB9738.eurprd01.prod.outlook.com (2603:10a6:365:10b::2e) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Tue, 20 Aug 2024 13:19:35 +0000
Received: from VE1PR01MB3456.eurprd01.prod.outlook.com
 ([fe80::e237:261d:b2d8:414a]) by VE1PR01MB3456.eurprd01.prod.outlook.com
 ([fe80::e237:261d:b2d8:414a%3]) with mapi id 15.20.7849.021; Tue, 20 Aug 2024 13:19:34 +0000
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=luka-rijeka.example;
	spf=pass smtp.mailfrom=luka-rijeka.example;
	dmarc=pass header.from=luka-rijeka.example
From: =?iso-8859-2?Q?Marko_Babi=E6?= <marko.babic@luka-rijeka.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatski odgovor: Molimo potvrdite svoj zahtjev
Thread-Topic: Molimo potvrdite svoj zahtjev
Thread-Index: K8l0Azk7qMkYyFb4eE89rpMIjmrGCw==
Date: Tue, 20 Aug 2024 13:19:34 +0000
Message-ID: <VE1PR01MB3456C26C5CD2B0691816F2B9@VE1PR01MB3456.eurprd01.prod.outlook.com>
References: <20240820151753.c5f49e114f9e@shop.example.be>
In-Reply-To: <20240820151753.c5f49e114f9e@shop.example.be>
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
x-ms-exchange-transport-fromentityheader: Hosted
Content-Type: multipart/alternative;
	boundary="_000_VE1PR01MB3456A8DD36771F19C64BD30CVE1PR01MB3456_"
MIME-Version: 1.0

--_000_VE1PR01MB3456A8DD36771F19C64BD30CVE1PR01MB3456_
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Po=B9tovani,

na godi=B9njem sam odmoru do 30. kolovoza 2024. bez pristupa e-po=B9ti.
Za hitne slu=E8ajeve obratite se kolegici Ani Peri=E6 (ana.peric@luka-rijek=
a.example).

Lijep pozdrav,
Marko Babi=E6
--_000_VE1PR01MB3456A8DD36771F19C64BD30CVE1PR01MB3456_
Content-Type: text/html; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Diso-8859-=
2">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div class=3D"elementToProof">Po=B9tovani,</div>
<div class=3D"elementToProof"><br></div>
<div class=3D"elementToProof">na godi=B9njem sam odmoru do 30. kolovoza 202=
4. bez pristupa e-po=B9ti.</div>
<div class=3D"elementToProof">Za hitne slu=E8ajeve obratite se kolegici Ani=
 Peri=E6 (ana.peric@luka-rijeka.example).</div>
<div class=3D"elementToProof"><br></div>
<div class=3D"elementToProof">Lijep pozdrav,</div>
<div class=3D"elementToProof">Marko Babi=E6</div>
</div>
</body>
</html>
--_000_VE1PR01MB3456A8DD36771F19C64BD30CVE1PR01MB3456_--
"""),
    ('sv', 'gmail-vacation-parental-leave', 'automated', (), """Return-Path: <elin.andersson@konsultbyran-norr.example>
Delivered-To: privacy@shop.example.be
Received: from mail-wr1-f48.google.com (mail-wr1-f48.google.com [209.85.221.48])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WtZvYGMNbvccpf
	for <privacy@shop.example.be>; Mon, 12 Aug 2024 13:10:54 +0200 (CEST)
Received: by mail-wr1-f48.google.com with SMTP id ffacd0b85a97d-58163a4c441so7648251f8f.3
        for <privacy@shop.example.be>; Mon, 12 Aug 2024 04:10:53 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=konsultbyran-norr.example;
	s=google; t=1723461053;
	bh=cMT7gk2dca4zMzS0KdZmB1x3Cm69FRTyKyHYDqXaSQs=;
	h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;
	b=Y8Gjk4btWfb1uvzYlMLQZ5fBQfs0FvXNaFVTqazFCfwAQY/k5Yj5jG4AzbKruoJLRB2g5n
	 xUW55JZDZHJna26te5bDLRJ3BKdAHTiSKZoHo0R0Ylz+QdGOPQ13BWJKUBgQcYBWJUkFno
	 iiWDOCaLtFaqni9oqTXmQimEkY7yNHrYSRIz7Ah59TxA0JvflIv2tYdH+3ebiNP7FrfLRJ
	 vT7yS9LlD8YJ2Ic3m5WfgK5x43nSsqTTXxPqc5e1iqKcn+
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t=1723461053; x=1724065853;
        h=to:subject:message-id:date:from:mime-version:x-gm-message-state
         :from:to:cc:subject:date:message-id:reply-to;
        bh=9graw2dHsPQaoEHL+qVF1uB4mEEPrx/oLCK1GiQD+zk=;
        b=DN5ZF8PGTCKxs/Jso0p+8BTZB6avO97f6HNKyoYL5NdfGvMZVVKXP+bsMeIszxakU9Li1g7REh9M4MZ3SAWTCDz8I/qBehr6pcvssl6wAdzGhSfn6bJFg9KbqG0Qwajk
X-Gm-Message-State: AOJu0YaAXG2Iecg9rEEGLYYEChbrAJ2ncDB3PutiNPDHJUc8KcCcH/6t
X-Google-Smtp-Source: AGHT+IFQV1hn1boI+UYU16RhpYYMGdMy0ueCPl64htVajeYiuWWNfY546EPLx==
X-Received: by 2002:a5d:0b96:0:b0:36b:332a:20d4 with SMTP id
 1a23350c12f8-bef08bf9v.94.1114400518038; Mon, 12 Aug 2024 04:10:53 -0700 (PDT)
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=konsultbyran-norr.example;
	spf=pass smtp.mailfrom=elin.andersson@konsultbyran-norr.example;
	dmarc=pass header.from=konsultbyran-norr.example
MIME-Version: 1.0
Auto-Submitted: auto-replied
References: <20240812130909.2792043057c0@shop.example.be>
In-Reply-To: <20240812130909.2792043057c0@shop.example.be>
From: Elin Andersson <elin.andersson@konsultbyran-norr.example>
Date: Mon, 12 Aug 2024 13:10:53 +0200
Message-ID: <CASFS-bECQlDwnMZSSHFUHsKjGYu9i3UYDV9BFzlW0lR@mail.gmail.com>
Subject: =?utf-8?B?RsO2csOkbGRyYWxlZGln?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000edeed13268a7e20c"

--000000000000edeed13268a7e20c
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hej!

Jag =C3=A4r f=C3=B6r=C3=A4ldraledig till och med februari 2025 och l=C3=A4s=
er inte den h=C3=A4r inkorgen.
Kontakta g=C3=A4rna min kollega Oskar Berg p=C3=A5 oskar.berg@konsultbyran-=
norr.example i st=C3=A4llet.

H=C3=A4lsningar
Elin Andersson
--000000000000edeed13268a7e20c
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hej!<br><br>Jag =C3=A4r f=C3=B6r=C3=A4ldraledig till och m=
ed februari 2025 och l=C3=A4ser inte den h=C3=A4r inkorgen.<br>Kontakta g=
=C3=A4rna min kollega Oskar Berg p=C3=A5 oskar.berg@konsultbyran-norr.examp=
le i st=C3=A4llet.<br><br>H=C3=A4lsningar<br>Elin Andersson</div>
--000000000000edeed13268a7e20c--
"""),
    ('sv', 'exchange-ooo', 'automated', (), """Return-Path: <johan.lindqvist@kommun-alvdal.example>
Delivered-To: privacy@shop.example.be
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WCLkbDgkmp5pVW
	for <privacy@shop.example.be>; Fri, 09 Aug 2024 08:42:17 +0200 (CEST)
Received: from AM6PR05MB5628.eurprd05.prod.outlook.com (2603:10a6:2f2:343::1b) by
 DB9PR05MB1127.eurprd05.prod.outlook.com (2603:10a6:12b:260::28) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Fri, 09 Aug 2024 06:42:16 +0000
Received: from AM6PR05MB5628.eurprd05.prod.outlook.com
 ([fe80::e5bc:e15e:504c:3b0f]) by AM6PR05MB5628.eurprd05.prod.outlook.com
 ([fe80::e5bc:e15e:504c:3b0f%4]) with mapi id 15.20.7849.021; Fri, 09 Aug 2024 06:42:15 +0000
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=kommun-alvdal.example;
	spf=pass smtp.mailfrom=kommun-alvdal.example;
	dmarc=pass header.from=kommun-alvdal.example
From: Johan Lindqvist <johan.lindqvist@kommun-alvdal.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Automatiskt_svar=3A_Bekr=E4fta_din_beg=E4ran?=
Thread-Topic: =?utf-8?B?QmVrcsOkZnRhIGRpbiBiZWfDpHJhbg==?=
Thread-Index: hgHj/PUrFz5VBkGJmCzpWWBo74RyjA==
Date: Fri, 09 Aug 2024 06:42:15 +0000
Message-ID: <AM6PR05MB5628CA1034B92EAC5627AE35@AM6PR05MB5628.eurprd05.prod.outlook.com>
References: <20240809084043.bdc2fc865829@shop.example.be>
In-Reply-To: <20240809084043.bdc2fc865829@shop.example.be>
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
x-ms-exchange-transport-fromentityheader: Hosted
Content-Type: multipart/alternative;
	boundary="_000_AM6PR05MB56289BF6C0E65AE557C67F47AM6PR05MB5628_"
MIME-Version: 1.0

--_000_AM6PR05MB56289BF6C0E65AE557C67F47AM6PR05MB5628_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hej!

Jag har semester till och med den 18 augusti och l=E4ser inte min e-post.

Br=E5dskande =E4renden: kontakta kommunens v=E4xel, 0771-00 00 00, eller re=
gistrator@kommun-alvdal.example.
Fr=E5gor om personuppgifter och GDPR skickas till dataskyddsombud@kommun-al=
vdal.example.

Med v=E4nlig h=E4lsning
Johan Lindqvist
--_000_AM6PR05MB56289BF6C0E65AE557C67F47AM6PR05MB5628_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Diso-8859-=
1">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div class=3D"elementToProof">Hej!</div>
<div class=3D"elementToProof"><br></div>
<div class=3D"elementToProof">Jag har semester till och med den 18 augusti =
och l=E4ser inte min e-post.</div>
<div class=3D"elementToProof"><br></div>
<div class=3D"elementToProof">Br=E5dskande =E4renden: kontakta kommunens v=
=E4xel, 0771-00 00 00, eller registrator@kommun-alvdal.example.</div>
<div class=3D"elementToProof">Fr=E5gor om personuppgifter och GDPR skickas =
till dataskyddsombud@kommun-alvdal.example.</div>
<div class=3D"elementToProof"><br></div>
<div class=3D"elementToProof">Med v=E4nlig h=E4lsning</div>
<div class=3D"elementToProof">Johan Lindqvist</div>
</div>
</body>
</html>
--_000_AM6PR05MB56289BF6C0E65AE557C67F47AM6PR05MB5628_--
"""),
    ('ro', 'exchange-ooo', 'automated', (), """Return-Path: <andreea.popescu@banca-carpati.example>
Delivered-To: privacy@shop.example.be
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2102.outbound.protection.outlook.com [40.107.249.102])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WrJWqnjf697CZB
	for <privacy@shop.example.be>; Wed, 14 Aug 2024 09:32:53 +0200 (CEST)
Received: from DB9PR02MB1375.eurprd02.prod.outlook.com (2603:10a6:2b6:3cb::2) by
 AS8PR02MB1182.eurprd02.prod.outlook.com (2603:10a6:22f:6b::16) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Wed, 14 Aug 2024 07:32:52 +0000
Received: from DB9PR02MB1375.eurprd02.prod.outlook.com
 ([fe80::c174:7841:0e22:87c7]) by DB9PR02MB1375.eurprd02.prod.outlook.com
 ([fe80::c174:7841:0e22:87c7%5]) with mapi id 15.20.7849.021; Wed, 14 Aug 2024 07:32:51 +0000
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=banca-carpati.example;
	spf=pass smtp.mailfrom=banca-carpati.example;
	dmarc=pass header.from=banca-carpati.example
From: Andreea Popescu <andreea.popescu@banca-carpati.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?UsSDc3B1bnMgYXV0b21hdDogVsSDIHJ1Z8SDbSBzxIMgY29uZmlybWHIm2kg?=
 =?utf-8?B?Y2VyZXJlYQ==?=
Thread-Topic: =?utf-8?B?VsSDIHJ1Z8SDbSBzxIMgY29uZmlybWHIm2kgY2VyZXJlYQ==?=
Thread-Index: 3USrGV8UJ6K3u0CbJTHPUt36A76qlA==
Date: Wed, 14 Aug 2024 07:32:51 +0000
Message-ID: <DB9PR02MB1375C64340E6601019CEABED@DB9PR02MB1375.eurprd02.prod.outlook.com>
References: <20240814093053.826778b243e2@shop.example.be>
In-Reply-To: <20240814093053.826778b243e2@shop.example.be>
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
x-ms-exchange-transport-fromentityheader: Hosted
Content-Type: multipart/alternative;
	boundary="_000_DB9PR02MB13759946D48A245E0BF1075FDB9PR02MB1375_"
MIME-Version: 1.0

--_000_DB9PR02MB13759946D48A245E0BF1075FDB9PR02MB1375_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

QnVuxIMgeml1YSwKClN1bnQgw65uIGNvbmNlZGl1IGRlIG9kaWhuxIMgw65uIHBlcmlvYWRhIDEy
4oCTMzAgYXVndXN0IDIwMjQsIGN1IGFjY2VzIGxpbWl0YXQgbGEgZS1tYWlsLgpQZW50cnUgc29s
aWNpdMSDcmkgdXJnZW50ZSB2xIMgcm9nIHPEgyBjb250YWN0YcibaSBlY2hpcGEgbGEgb3BlcmF0
aXVuaUBiYW5jYS1jYXJwYXRpLmV4YW1wbGUuCgpDdSBzdGltxIMsCkFuZHJlZWEgUG9wZXNjdQo=
--_000_DB9PR02MB13759946D48A245E0BF1075FDB9PR02MB1375_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZSB0eXBlPSJ0ZXh0L2NzcyIgc3R5bGU9ImRp
c3BsYXk6bm9uZTsiPiBQIHttYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowO30gPC9zdHlsZT4K
PC9oZWFkPgo8Ym9keSBkaXI9Imx0ciI+CjxkaXYgc3R5bGU9ImZvbnQtZmFtaWx5OiBBcHRvcywg
QXB0b3NfRW1iZWRkZWRGb250LCBBcHRvc19NU0ZvbnRTZXJ2aWNlLCBDYWxpYnJpLCBIZWx2ZXRp
Y2EsIHNhbnMtc2VyaWY7IGZvbnQtc2l6ZTogMTJwdDsgY29sb3I6IHJnYigwLCAwLCAwKTsiPgo8
ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+QnVuxIMgeml1YSw8L2Rpdj4KPGRpdiBjbGFzcz0i
ZWxlbWVudFRvUHJvb2YiPjxicj48L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVudFRvUHJvb2YiPlN1
bnQgw65uIGNvbmNlZGl1IGRlIG9kaWhuxIMgw65uIHBlcmlvYWRhIDEy4oCTMzAgYXVndXN0IDIw
MjQsIGN1IGFjY2VzIGxpbWl0YXQgbGEgZS1tYWlsLjwvZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50
VG9Qcm9vZiI+UGVudHJ1IHNvbGljaXTEg3JpIHVyZ2VudGUgdsSDIHJvZyBzxIMgY29udGFjdGHI
m2kgZWNoaXBhIGxhIG9wZXJhdGl1bmlAYmFuY2EtY2FycGF0aS5leGFtcGxlLjwvZGl2Pgo8ZGl2
IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+PGJyPjwvZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Q
cm9vZiI+Q3Ugc3RpbcSDLDwvZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+QW5kcmVl
YSBQb3Blc2N1PC9kaXY+CjwvZGl2Pgo8L2JvZHk+CjwvaHRtbD4K
--_000_DB9PR02MB13759946D48A245E0BF1075FDB9PR02MB1375_--
"""),
    ('el', 'exchange-ooo', 'automated', (), """Return-Path: <n.papadopoulos@ktimatiki-thessalias.example>
Delivered-To: privacy@shop.example.be
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2118.outbound.protection.outlook.com [40.107.103.118])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WxrX3vB0HGY02p
	for <privacy@shop.example.be>; Tue, 13 Aug 2024 12:14:42 +0200 (CEST)
Received: from VI1PR03MB6318.eurprd03.prod.outlook.com (2603:10a6:159:280::2e) by
 PA4PR03MB5188.eurprd03.prod.outlook.com (2603:10a6:28e:27a::28) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Tue, 13 Aug 2024 10:14:41 +0000
Received: from VI1PR03MB6318.eurprd03.prod.outlook.com
 ([fe80::03c1:c123:d6ce:ae93]) by VI1PR03MB6318.eurprd03.prod.outlook.com
 ([fe80::03c1:c123:d6ce:ae93%6]) with mapi id 15.20.7849.021; Tue, 13 Aug 2024 10:14:40 +0000
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=ktimatiki-thessalias.example;
	spf=pass smtp.mailfrom=ktimatiki-thessalias.example;
	dmarc=pass header.from=ktimatiki-thessalias.example
From: =?utf-8?B?zp3Or866zr/PgiDOoM6xz4DOsc60z4zPgM6/z4XOu86/z4I=?= <n.papadopoulos@ktimatiki-thessalias.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiDOoM6xz4HOsc66?=
 =?utf-8?B?zrHOu86/z43OvM61IM61z4DOuc6yzrXOss6xzrnPjs+Dz4TOtSDPhM6/IM6x?=
 =?utf-8?B?zq/PhM63zrzOrCDPg86xz4I=?=
Thread-Topic: =?utf-8?B?zqDOsc+BzrHOus6xzrvOv8+NzrzOtSDOtc+AzrnOss61zrLOsc65z47Pg8+E?=
 =?utf-8?B?zrUgz4TOvyDOsc6vz4TOt868zqwgz4POsc+C?=
Thread-Index: k1Hucn+k/DnhkH4CNTEGxdbAZiOX0A==
Date: Tue, 13 Aug 2024 10:14:40 +0000
Message-ID: <VI1PR03MB6318CC29DC5AA96B259C70BD@VI1PR03MB6318.eurprd03.prod.outlook.com>
References: <20240813121229.a5298e51fce7@shop.example.be>
In-Reply-To: <20240813121229.a5298e51fce7@shop.example.be>
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
x-ms-exchange-transport-fromentityheader: Hosted
Content-Type: multipart/alternative;
	boundary="_000_VI1PR03MB6318AC5F373BC551294619A1VI1PR03MB6318_"
MIME-Version: 1.0

--_000_VI1PR03MB6318AC5F373BC551294619A1VI1PR03MB6318_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs6YzrEgzrHPgM6/z4XPg865zqzOts+JIM6xz4DP
jCDPhM6/IM6zz4HOsc+GzrXOr86/IM6tz4nPgiDOus6xzrkgz4TOuc+CIDIzIM6Rz4XOs86/z43P
g8+Ezr/PhSAyMDI0IM+Hz4nPgc6vz4Igz4DPgc+Mz4POss6xz4POtyDPg8+Ezr8gzrfOu861zrrP
hM+Bzr/Ovc65zrrPjCDPhM6xz4fPhc60z4HOv868zrXOr86/LgoKzpPOuc6xIM64zq3OvM6xz4TO
sSDPgM+Bzr/Pg8+EzrHPg86vzrHPgiDPgM+Bzr/Pg8+Jz4DOuc66z47OvSDOtM61zrTOv868zq3O
vc+Jzr0gKEdEUFIpIM+AzrHPgc6xzrrOsc67z44gzrHPgM61z4XOuM+Fzr3OuM61zq/PhM61IM+D
z4TOv869IM6lz4DOtc+NzrjPhc69zr8gzqDPgc6/z4PPhM6xz4POr86xz4IgzpTOtc60zr/OvM6t
zr3Pic69IM+Dz4TOvyBkcG9Aa3RpbWF0aWtpLXRoZXNzYWxpYXMuZXhhbXBsZS4KCs6czrUgzrXO
us+Ezq/OvM63z4POtywKzp3Or866zr/PgiDOoM6xz4DOsc60z4zPgM6/z4XOu86/z4IK
--_000_VI1PR03MB6318AC5F373BC551294619A1VI1PR03MB6318_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZSB0eXBlPSJ0ZXh0L2NzcyIgc3R5bGU9ImRp
c3BsYXk6bm9uZTsiPiBQIHttYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowO30gPC9zdHlsZT4K
PC9oZWFkPgo8Ym9keSBkaXI9Imx0ciI+CjxkaXYgc3R5bGU9ImZvbnQtZmFtaWx5OiBBcHRvcywg
QXB0b3NfRW1iZWRkZWRGb250LCBBcHRvc19NU0ZvbnRTZXJ2aWNlLCBDYWxpYnJpLCBIZWx2ZXRp
Y2EsIHNhbnMtc2VyaWY7IGZvbnQtc2l6ZTogMTJwdDsgY29sb3I6IHJnYigwLCAwLCAwKTsiPgo8
ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiw8L2Rp
dj4KPGRpdiBjbGFzcz0iZWxlbWVudFRvUHJvb2YiPjxicj48L2Rpdj4KPGRpdiBjbGFzcz0iZWxl
bWVudFRvUHJvb2YiPs6YzrEgzrHPgM6/z4XPg865zqzOts+JIM6xz4DPjCDPhM6/IM6zz4HOsc+G
zrXOr86/IM6tz4nPgiDOus6xzrkgz4TOuc+CIDIzIM6Rz4XOs86/z43Pg8+Ezr/PhSAyMDI0IM+H
z4nPgc6vz4Igz4DPgc+Mz4POss6xz4POtyDPg8+Ezr8gzrfOu861zrrPhM+Bzr/Ovc65zrrPjCDP
hM6xz4fPhc60z4HOv868zrXOr86/LjwvZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+
PGJyPjwvZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+zpPOuc6xIM64zq3OvM6xz4TO
sSDPgM+Bzr/Pg8+EzrHPg86vzrHPgiDPgM+Bzr/Pg8+Jz4DOuc66z47OvSDOtM61zrTOv868zq3O
vc+Jzr0gKEdEUFIpIM+AzrHPgc6xzrrOsc67z44gzrHPgM61z4XOuM+Fzr3OuM61zq/PhM61IM+D
z4TOv869IM6lz4DOtc+NzrjPhc69zr8gzqDPgc6/z4PPhM6xz4POr86xz4IgzpTOtc60zr/OvM6t
zr3Pic69IM+Dz4TOvyBkcG9Aa3RpbWF0aWtpLXRoZXNzYWxpYXMuZXhhbXBsZS48L2Rpdj4KPGRp
diBjbGFzcz0iZWxlbWVudFRvUHJvb2YiPjxicj48L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVudFRv
UHJvb2YiPs6czrUgzrXOus+Ezq/OvM63z4POtyw8L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVudFRv
UHJvb2YiPs6dzq/Ous6/z4IgzqDOsc+AzrHOtM+Mz4DOv8+FzrvOv8+CPC9kaXY+CjwvZGl2Pgo8
L2JvZHk+CjwvaHRtbD4K
--_000_VI1PR03MB6318AC5F373BC551294619A1VI1PR03MB6318_--
"""),
    ('bg', 'abv-autoresponder', 'automated', (), """Return-Path: <georgi.ivanov77@abv.bg>
Delivered-To: privacy@shop.example.be
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.80])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WMJ6G8YH1DrZn1
	for <privacy@shop.example.be>; Thu, 15 Aug 2024 10:04:15 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=abv.bg;
	s=smtp-out; t=1723709054;
	bh=ndaxBK4CrLmuXyWbWpmuKTT7K/C4RY+WbeVzdJkn4qo=;
	h=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type;
	b=19v/U2WLwAVfB54YOIp9tZJVYubFZQkmY7xyvb85qGHJnpkHo3HWarBTn1mqvVTC2AbtPy
	 oOt5ElfBJMuoszFYB8NXZHKKnRFPORefz/XdXh09UpSPWuViPMXT7efBCUNIs051h+UWlS
	 i7HAxRGI/NpUg+pnQW8j/oPsvR+aByM3PhDXqn4wg9MP+Nu/48ybA4zBY3WxKjsYaDpHD1
	 EJVqbL0YXqQYaHi8VzjiV+mM5zKVQQZH/E9aSxAs3fsqns
Received: from nm73.abv.bg (nm73.ni.bg [192.168.151.142])
	by smtp-out.abv.bg (Postfix) with ESMTP id 3E1F7C0A12
	for <privacy@shop.example.be>; Thu, 15 Aug 2024 11:04:14 +0300
Date: Thu, 15 Aug 2024 11:04:14 +0300
From: =?utf-8?B?0JPQtdC+0YDQs9C4INCY0LLQsNC90L7Qsg==?= <georgi.ivanov77@abv.bg>
To: privacy@shop.example.be
Message-ID: <919539518.63991.1723708959071@nm73.abv.bg>
In-Reply-To: <20240815100239.ee75db85b33c@shop.example.be>
Subject: =?utf-8?B?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgDog0JzQvtC7?=
 =?utf-8?B?0Y8sINC/0L7RgtCy0YrRgNC00LXRgtC1INC30LDRj9Cy0LrQsNGC0LAg0YE=?=
 =?utf-8?B?0Lg=?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64
Auto-Submitted: auto-replied
X-Priority: 3

0JfQtNGA0LDQstC10LnRgtC1LAoK0JIg0L7RgtC/0YPRgdC6INGB0YrQvCDQtNC+IDIzINCw0LLQ
s9GD0YHRgiDQuCDQvdGP0LzQsNC8INC00L7RgdGC0YrQvyDQtNC+INC/0L7RidCw0YLQsCDRgdC4
LgrQqdC1INC+0YLQs9C+0LLQvtGA0Y8g0YHQu9C10LQg0LfQsNCy0YDRitGJ0LDQvdC10YLQviDR
gdC4LgoK0J/QvtC30LTRgNCw0LLQuCwK0JPQtdC+0YDQs9C4INCY0LLQsNC90L7Qsgo=
"""),
    ('nl', 'exchange-calendar-resource', 'automated', (), """Return-Path: <zaal.schelde@provincie-antwerpen.example>
Delivered-To: privacy@shop.example.be
Received: from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2091.outbound.protection.outlook.com [40.107.7.91])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W8cRk1rmR76rz3
	for <privacy@shop.example.be>; Tue, 20 Aug 2024 10:12:56 +0200 (CEST)
Received: from HE1PR04MB6075.eurprd04.prod.outlook.com (2603:10a6:13:c3::1e) by
 AM0PR04MB8480.eurprd04.prod.outlook.com (2603:10a6:b6:307::1c) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Tue, 20 Aug 2024 08:12:55 +0000
Received: from HE1PR04MB6075.eurprd04.prod.outlook.com
 ([fe80::b2c1:95fe:027e:5884]) by HE1PR04MB6075.eurprd04.prod.outlook.com
 ([fe80::b2c1:95fe:027e:5884%5]) with mapi id 15.20.7849.021; Tue, 20 Aug 2024 08:12:54 +0000
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=provincie-antwerpen.example;
	spf=pass smtp.mailfrom=provincie-antwerpen.example;
	dmarc=pass header.from=provincie-antwerpen.example
From: "Vergaderzaal Schelde (2e verd.)" <zaal.schelde@provincie-antwerpen.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatisch antwoord: Bevestig uw verzoek
Thread-Topic: Bevestig uw verzoek
Thread-Index: tE8xPsgDXqZUHNKZRnSL713BRyIEJg==
Date: Tue, 20 Aug 2024 08:12:54 +0000
Message-ID: <HE1PR04MB60752B600FE28E7ECAAA1E8F@HE1PR04MB6075.eurprd04.prod.outlook.com>
References: <20240820101057.1d582ff08080@shop.example.be>
In-Reply-To: <20240820101057.1d582ff08080@shop.example.be>
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
x-ms-exchange-transport-fromentityheader: Hosted
Content-Type: multipart/alternative;
	boundary="_000_HE1PR04MB6075FA2BDACC36B20EAA3B03HE1PR04MB6075_"
MIME-Version: 1.0

--_000_HE1PR04MB6075FA2BDACC36B20EAA3B03HE1PR04MB6075_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RGl0IGlzIGRlIHJlc2VydmVyaW5nc3Bvc3RidXMgdmFuIHZlcmdhZGVyemFhbCBTY2hlbGRlICgy
ZSB2ZXJkaWVwaW5nLCBnZWJvdXcgQSkuCgpEZXplIHBvc3RidXMgdmVyd2Vya3QgdWl0c2x1aXRl
bmQgdmVyZ2FkZXJ2ZXJ6b2VrZW4gdmlhIGRlIGFnZW5kYS4gRS1tYWlscyBkaWUgZ2VlbiB2ZXJn
YWRlcnZlcnpvZWsgemlqbiwgd29yZGVuIG5pZXQgZ2VsZXplbi4KVnJhZ2VuIG92ZXIgcmVzZXJ2
YXRpZXMgb2YgY2F0ZXJpbmc6IGZhY2lsaXR5QHByb3ZpbmNpZS1hbnR3ZXJwZW4uZXhhbXBsZS4K
--_000_HE1PR04MB6075FA2BDACC36B20EAA3B03HE1PR04MB6075_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZSB0eXBlPSJ0ZXh0L2NzcyIgc3R5bGU9ImRp
c3BsYXk6bm9uZTsiPiBQIHttYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowO30gPC9zdHlsZT4K
PC9oZWFkPgo8Ym9keSBkaXI9Imx0ciI+CjxkaXYgc3R5bGU9ImZvbnQtZmFtaWx5OiBBcHRvcywg
QXB0b3NfRW1iZWRkZWRGb250LCBBcHRvc19NU0ZvbnRTZXJ2aWNlLCBDYWxpYnJpLCBIZWx2ZXRp
Y2EsIHNhbnMtc2VyaWY7IGZvbnQtc2l6ZTogMTJwdDsgY29sb3I6IHJnYigwLCAwLCAwKTsiPgo8
ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+RGl0IGlzIGRlIHJlc2VydmVyaW5nc3Bvc3RidXMg
dmFuIHZlcmdhZGVyemFhbCBTY2hlbGRlICgyZSB2ZXJkaWVwaW5nLCBnZWJvdXcgQSkuPC9kaXY+
CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj48YnI+PC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1l
bnRUb1Byb29mIj5EZXplIHBvc3RidXMgdmVyd2Vya3QgdWl0c2x1aXRlbmQgdmVyZ2FkZXJ2ZXJ6
b2VrZW4gdmlhIGRlIGFnZW5kYS4gRS1tYWlscyBkaWUgZ2VlbiB2ZXJnYWRlcnZlcnpvZWsgemlq
biwgd29yZGVuIG5pZXQgZ2VsZXplbi48L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVudFRvUHJvb2Yi
PlZyYWdlbiBvdmVyIHJlc2VydmF0aWVzIG9mIGNhdGVyaW5nOiBmYWNpbGl0eUBwcm92aW5jaWUt
YW50d2VycGVuLmV4YW1wbGUuPC9kaXY+CjwvZGl2Pgo8L2JvZHk+CjwvaHRtbD4K
--_000_HE1PR04MB6075FA2BDACC36B20EAA3B03HE1PR04MB6075_--
"""),
    ('nl', 'relay-stripped-ooo', 'automated', (), """Return-Path: <lotte.peeters@skynet.be>
Delivered-To: privacy@shop.example.be
Received: from fwd2.mailrelay-be.example (fwd2.mailrelay-be.example [185.47.12.66])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Wmcrm9CTSq0dtT
	for <privacy@shop.example.be>; Wed, 07 Aug 2024 09:24:35 +0200 (CEST)
Received: from smtp.skynet.be (smtp.skynet.be [192.0.2.168])
	by fwd2.mailrelay-be.example with ESMTP id RiPVCqXBzunS;
	Wed, 07 Aug 2024 09:24:33 +0200
From: Lotte Peeters <lotte.peeters@skynet.be>
To: privacy@shop.example.be
Subject: Re: Bevestig uw verzoek
Date: Wed, 07 Aug 2024 09:24:31 +0200
Message-ID: <bcaf1877f160b4b6.0862d865@skynet.be>
In-Reply-To: <20240807092248.c71da7416d3c@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Bedankt voor uw bericht.

Ik ben met vakantie tot en met 23 augustus en lees mijn mails in die period=
e niet.
Voor dringende zaken kunt u terecht bij mijn collega Els Wouters (els.woute=
rs@skynet.be).

Uw bericht wordt niet doorgestuurd; gelieve het na mijn terugkeer opnieuw t=
e sturen indien nodig.

Lotte Peeters
"""),
    ('es', 'relay-stripped-ooo', 'automated', (), """Return-Path: <mgarcia@abogados-valencia.example>
Delivered-To: privacy@shop.example.be
Received: from relay.forwardmx.example (relay.forwardmx.example [94.23.101.5])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Wg8DHypgFfsGpw
	for <privacy@shop.example.be>; Wed, 07 Aug 2024 10:07:13 +0200 (CEST)
Received: from smtp.abogados-valencia.example (smtp.abogados-valencia.example [192.0.2.63])
	by relay.forwardmx.example with ESMTP id LouCrCQ0VMKN;
	Wed, 07 Aug 2024 10:07:11 +0200
From: =?utf-8?B?TWFydGEgR2FyY8OtYQ==?= <mgarcia@abogados-valencia.example>
To: privacy@shop.example.be
Subject: Confirme su solicitud
Date: Wed, 07 Aug 2024 10:07:09 +0200
Message-ID: <5f4dbed71405b3d7.3990cffd@abogados-valencia.example>
In-Reply-To: <20240807100521.1850fb4b2a3e@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Gracias por su mensaje.

Estar=C3=A9 fuera del despacho del 5 al 26 de agosto sin acceso al correo e=
lectr=C3=B3nico.
Para cualquier cuesti=C3=B3n relacionada con protecci=C3=B3n de datos o con=
 el ejercicio de derechos (acceso, supresi=C3=B3n, oposici=C3=B3n), escriba=
 a nuestro delegado de protecci=C3=B3n de datos: dpd@abogados-valencia.exam=
ple.

Su correo no ser=C3=A1 reenviado.

Marta Garc=C3=ADa
"""),
    ('it', 'relay-stripped-ooo', 'automated', (), """Return-Path: <paolo.conti@studioconti.example>
Delivered-To: privacy@shop.example.be
Received: from mx-fwd.aruba-relay.example (mx-fwd.aruba-relay.example [62.149.128.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W2DxRKNgw62F0P
	for <privacy@shop.example.be>; Fri, 09 Aug 2024 08:18:00 +0200 (CEST)
Received: from smtp.studioconti.example (smtp.studioconti.example [192.0.2.155])
	by mx-fwd.aruba-relay.example with ESMTP id Dd5yDViR5ZAj;
	Fri, 09 Aug 2024 08:17:58 +0200
From: Paolo Conti <paolo.conti@studioconti.example>
To: privacy@shop.example.be
Subject: R: Conferma la tua richiesta
Date: Fri, 09 Aug 2024 08:17:56 +0200
Message-ID: <62f2be5d153cc181.907c5cbd@studioconti.example>
In-Reply-To: <20240809081553.52fffafd0150@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Grazie per il messaggio.

Lo studio =C3=A8 chiuso per ferie dal 9 al 25 agosto. Al nostro rientro ris=
ponderemo a tutte le e-mail nell'ordine di arrivo.

Per urgenze: 335 000 1122 (solo messaggi).

Studio Conti =E2=80=93 Commercialisti
"""),
    ('pt', 'relay-stripped-ooo', 'automated', (), """Return-Path: <rui.sousa@construcoes-sousa.example>
Delivered-To: privacy@shop.example.be
Received: from relay1.mailfwd.example (relay1.mailfwd.example [188.93.227.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Wbg2DNF9BWc93D
	for <privacy@shop.example.be>; Mon, 12 Aug 2024 14:43:08 +0200 (CEST)
Received: from smtp.construcoes-sousa.example (smtp.construcoes-sousa.example [192.0.2.27])
	by relay1.mailfwd.example with ESMTP id B1Nzh0HFLOnY;
	Mon, 12 Aug 2024 14:43:06 +0200
From: Rui Sousa <rui.sousa@construcoes-sousa.example>
To: privacy@shop.example.be
Subject: =?utf-8?B?QXVzw6puY2lh?=
Date: Mon, 12 Aug 2024 14:43:04 +0200
Message-ID: <2aaca60d08fb1108.156c4c73@construcoes-sousa.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Obrigado pela sua mensagem.

Estou ausente em gozo de f=C3=A9rias at=C3=A9 2 de setembro, com acesso lim=
itado ao e-mail.
Em caso de urg=C3=AAncia, contacte a nossa rece=C3=A7=C3=A3o pelo 222 000 3=
33.

Com os melhores cumprimentos,
Rui Sousa
"""),
    ('hr', 'relay-stripped-ooo', 'automated', (), """Return-Path: <ana.juric@tvrtka-zagreb.example>
Delivered-To: privacy@shop.example.be
Received: from relay.fwd-hr.example (relay.fwd-hr.example [89.201.160.3])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Wh4924LgqWV9Jl
	for <privacy@shop.example.be>; Mon, 05 Aug 2024 16:32:28 +0200 (CEST)
Received: from smtp.tvrtka-zagreb.example (smtp.tvrtka-zagreb.example [192.0.2.231])
	by relay.fwd-hr.example with ESMTP id xANlpt6dqcyy;
	Mon, 05 Aug 2024 16:32:26 +0200
From: =?utf-8?B?QW5hIEp1cmnEhw==?= <ana.juric@tvrtka-zagreb.example>
To: privacy@shop.example.be
Subject: Re: Molimo potvrdite svoj zahtjev
Date: Mon, 05 Aug 2024 16:32:24 +0200
Message-ID: <f54327495f16eaf8.acb7d7a0@tvrtka-zagreb.example>
In-Reply-To: <20240805163017.f2c0be5d499e@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Zahvaljujem na poruci.

Trenuta=C4=8Dno sam na godi=C5=A1njem odmoru do 26. kolovoza i nemam pristu=
p e-po=C5=A1ti.
U hitnim slu=C4=8Dajevima molim kontaktirajte ured na info@tvrtka-zagreb.ex=
ample.

Srda=C4=8Dan pozdrav,
Ana Juri=C4=87
"""),
    ('ro', 'relay-stripped-ooo', 'automated', (), """Return-Path: <cristian.marin@transport-iasi.example>
Delivered-To: privacy@shop.example.be
Received: from mailfwd.rds-relay.example (mailfwd.rds-relay.example [86.124.5.77])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W3qqJrdDgYT7l0
	for <privacy@shop.example.be>; Fri, 16 Aug 2024 11:01:50 +0200 (CEST)
Received: from smtp.transport-iasi.example (smtp.transport-iasi.example [192.0.2.176])
	by mailfwd.rds-relay.example with ESMTP id 1UZVuQLi7n7a;
	Fri, 16 Aug 2024 12:01:48 +0300
From: Cristian Marin <cristian.marin@transport-iasi.example>
To: privacy@shop.example.be
Subject: =?utf-8?B?UmU6IFbEgyBydWfEg20gc8SDIGNvbmZpcm1hyJtpIGNlcmVyZWE=?=
Date: Fri, 16 Aug 2024 12:01:46 +0300
Message-ID: <aa3722c28e57f116.628d2b7d@transport-iasi.example>
In-Reply-To: <20240816110016.d1f577382b14@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

V=C4=83 mul=C8=9Bumesc pentru mesaj.

Sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 30 august =C8=99i nu =C3=AEmi verif=
ic e-mailul.
Pentru probleme urgente, v=C4=83 rog s=C4=83 o contacta=C8=9Bi pe colega me=
a, Ioana Radu, la ioana.radu@transport-iasi.example.

Cu stim=C4=83,
Cristian Marin
"""),
    ('el', 'relay-stripped-ooo', 'automated', (), """Return-Path: <e.georgiou@logistiki-patra.example>
Delivered-To: privacy@shop.example.be
Received: from relay.otenet-fwd.example (relay.otenet-fwd.example [79.129.44.10])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WCPxz0hFd7hVwP
	for <privacy@shop.example.be>; Sun, 11 Aug 2024 09:47:16 +0200 (CEST)
Received: from smtp.logistiki-patra.example (smtp.logistiki-patra.example [192.0.2.14])
	by relay.otenet-fwd.example with ESMTP id Xsy4GxmkY2ey;
	Sun, 11 Aug 2024 10:47:14 +0300
From: =?utf-8?B?zpXOu86tzr3OtyDOk861z4nPgc6zzq/Ov8+F?= <e.georgiou@logistiki-patra.example>
To: privacy@shop.example.be
Subject: =?utf-8?B?UkU6IM6gzrHPgc6xzrrOsc67zr/Pjc68zrUgzrXPgM65zrLOtc6yzrHOuc+O?=
 =?utf-8?B?z4PPhM61IM+Ezr8gzrHOr8+EzrfOvM6sIM+DzrHPgg==?=
Date: Sun, 11 Aug 2024 10:47:12 +0300
Message-ID: <e636d6ddaa290361.428afbba@logistiki-patra.example>
In-Reply-To: <20240811094541.9c33a8aff954@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

zqPOsc+CIM61z4XPh86xz4HOuc+Dz4TPjiDOs865zrEgz4TOvyDOvM6uzr3Phc68zqwgz4POsc+C
LgoKzpjOsSDOsc+Azr/Phc+DzrnOrM62z4kgzrzOtSDOrM60zrXOuc6xIM6tz4nPgiDPhM65z4Ig
MjMgzpHPhc6zzr/Pjc+Dz4TOv8+FIM66zrHOuSDOtM61zr0gzrjOsSDOrc+Hz4kgz4DPgc+Mz4PO
ss6xz4POtyDPg8+Ezr8gzrfOu861zrrPhM+Bzr/Ovc65zrrPjCDPhM6xz4fPhc60z4HOv868zrXO
r86/LgrOk865zrEgzrXPgM61zq/Os86/zr3PhM6xIM64zq3OvM6xz4TOsSDOvM+Azr/Pgc61zq/P
hM61IM69zrEgzrXPgM65zrrOv865zr3Pic69zrXOr8+EzrUgzrzOtSDPhM6/IM67zr/Os865z4PP
hM6uz4HOuc6/IM+Dz4TOvyAyNjEwIDAwMCAxMTEuCgrOnM61IM61zrrPhM6vzrzOt8+DzrcsCs6V
zrvOrc69zrcgzpPOtc+Jz4HOs86vzr/PhQo=
"""),
    ('bg', 'relay-stripped-ooo', 'automated', (), """Return-Path: <stefka.dimitrova@firma-plovdiv.example>
Delivered-To: privacy@shop.example.be
Received: from relay.vivacom-fwd.example (relay.vivacom-fwd.example [212.39.90.42])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W71NTm8rcv9slN
	for <privacy@shop.example.be>; Wed, 14 Aug 2024 13:27:19 +0200 (CEST)
Received: from smtp.firma-plovdiv.example (smtp.firma-plovdiv.example [192.0.2.120])
	by relay.vivacom-fwd.example with ESMTP id 2VvKE4IaP09h;
	Wed, 14 Aug 2024 14:27:17 +0300
From: =?utf-8?B?0KHRgtC10YTQutCwINCU0LjQvNC40YLRgNC+0LLQsA==?= <stefka.dimitrova@firma-plovdiv.example>
To: privacy@shop.example.be
Subject: =?utf-8?B?UkU6INCc0L7Qu9GPLCDQv9C+0YLQstGK0YDQtNC10YLQtSDQt9Cw0Y/QstC6?=
 =?utf-8?B?0LDRgtCwINGB0Lg=?=
Date: Wed, 14 Aug 2024 14:27:15 +0300
Message-ID: <08ddef8f3222ec6c.4b5cbc3c@firma-plovdiv.example>
In-Reply-To: <20240814132521.537d4b949177@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

0JHQu9Cw0LPQvtC00LDRgNGPINC30LAg0YHRitC+0LHRidC10L3QuNC10YLQvi4KCtCSINC+0YLQ
v9GD0YHQuiDRgdGK0Lwg0LTQviAyNiDQsNCy0LPRg9GB0YIg0LLQutC70Y7Rh9C40YLQtdC70L3Q
viDQuCDQvdC1INC/0YDQvtCy0LXRgNGP0LLQsNC8INC/0L7RidCw0YLQsCDRgdC4LgrQn9GA0Lgg
0YHQv9C10YjQvdC+0YHRgiwg0LzQvtC70Y8sINC/0LjRiNC10YLQtSDQvdCwIG9mZmljZUBmaXJt
YS1wbG92ZGl2LmV4YW1wbGUuCgrQn9C+0LfQtNGA0LDQstC4LArQodGC0LXRhNC60LAg0JTQuNC8
0LjRgtGA0L7QstCwCg==
"""),
    ('en', 'postfix-user-unknown', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from smtp-out.shop.example.be (smtp-out.shop.example.be [10.20.0.5])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Wc4wPvHSj6ZfLx
	for <privacy@shop.example.be>; Wed, 14 Aug 2024 10:05:08 +0200 (CEST)
Received: by smtp-out.shop.example.be (Postfix)
	id 4Wcnkm9vGlsBjn1; Wed, 14 Aug 2024 10:05:07 +0200 (CEST)
Date: Wed, 14 Aug 2024 10:05:07 +0200 (CEST)
From: MAILER-DAEMON@smtp-out.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4WDdmbn4jWHfvq6.1723622707/smtp-out.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20240814080507.4WDdmbn4jWHfvq6@smtp-out.shop.example.be>

This is a MIME-encapsulated message.

--4WDdmbn4jWHfvq6.1723622707/smtp-out.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp-out.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.jennings@oakfield-dental.example>: host
    mx.oakfield-dental.example[203.0.113.25] said: 550 5.1.1
    <m.jennings@oakfield-dental.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
--4WDdmbn4jWHfvq6.1723622707/smtp-out.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.shop.example.be
X-Postfix-Queue-ID: 4WDdmbn4jWHfvq6
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 14 Aug 2024 10:04:59 +0200 (CEST)

Final-Recipient: rfc822; m.jennings@oakfield-dental.example
Original-Recipient: rfc822;m.jennings@oakfield-dental.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.oakfield-dental.example
Diagnostic-Code: smtp; 550 5.1.1 <m.jennings@oakfield-dental.example>:
    Recipient address rejected: User unknown in virtual mailbox table
--4WDdmbn4jWHfvq6.1723622707/smtp-out.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WDdmbn4jWHfvq6
	for <m.jennings@oakfield-dental.example>; Wed, 14 Aug 2024 10:04:57 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723622697;
	bh=ppOIKYdaOm3AiOkgDw71aZpPK+H4m5/bPHWvDqSsdOY=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=mD2LTeELlq5+sA+hNo/GAWaxO3ZmL3oJj8EZX2E58OwJRtXu01Ar3ZYfyFxp5Y+eT9POI8
	 1WiOlqELFM09TbVGi9mGWK6pbEEtq5Od5N2x+vJImXaU6Fjm9SFIswmzDsEwolip7jrRGU
	 9w4hm9dFwwVUto3Rgcx1Djy/5QN1KFP1vCFrPaRsMrkGzqU5wgWQ4kseTordea5/KacyFJ
	 sPocc8NGrRTPM4RXgkcqc4gEtIgYdOVJzfEMgBnJKIBUAf
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <m.jennings@oakfield-dental.example>
Subject: Please confirm your request
Date: Wed, 14 Aug 2024 10:04:57 +0200
Message-ID: <20240814100457.f883055fb25b@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request about your personal data held by Shop.example.be.
Before we act on it, we need to be sure it came from you.

Please reply to this email with the word CONFIRM, or open this link:
https://shop.example.be/privacy/confirm/76FB-Luypmv_mY7a_DUT2z

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team of Shop.example.be
--4WDdmbn4jWHfvq6.1723622707/smtp-out.shop.example.be--
"""),
    ('en', 'postfix-delay-greylist', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from smtp-out.shop.example.be (smtp-out.shop.example.be [10.20.0.5])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Wrv0zzyXZ1z9lH
	for <privacy@shop.example.be>; Thu, 15 Aug 2024 13:13:18 +0200 (CEST)
Received: by smtp-out.shop.example.be (Postfix)
	id 4WQDp7Jq8s4CCvQ; Thu, 15 Aug 2024 13:13:17 +0200 (CEST)
Date: Thu, 15 Aug 2024 13:13:17 +0200 (CEST)
From: MAILER-DAEMON@smtp-out.shop.example.be (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4WFxHxK6tNn0pn9.1723720397/smtp-out.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20240815111317.4WFxHxK6tNn0pn9@smtp-out.shop.example.be>

This is a MIME-encapsulated message.

--4WFxHxK6tNn0pn9.1723720397/smtp-out.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp-out.shop.example.be.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<accounts@greenleaf-garden.example>: host
    mail.greenleaf-garden.example[198.51.100.77] said: 450 4.2.0
    <accounts@greenleaf-garden.example>: Recipient address rejected:
    Greylisted, see
    http://postgrey.schweikert.ch/help/greenleaf-garden.example.html (in reply
    to RCPT TO command)
--4WFxHxK6tNn0pn9.1723720397/smtp-out.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.shop.example.be
X-Postfix-Queue-ID: 4WFxHxK6tNn0pn9
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 15 Aug 2024 09:12:58 +0200 (CEST)

Final-Recipient: rfc822; accounts@greenleaf-garden.example
Original-Recipient: rfc822;accounts@greenleaf-garden.example
Action: delayed
Status: 4.2.0
Remote-MTA: dns; mail.greenleaf-garden.example
Diagnostic-Code: smtp; 450 4.2.0 <accounts@greenleaf-garden.example>:
    Recipient address rejected: Greylisted, see
    http://postgrey.schweikert.ch/help/greenleaf-garden.example.html
Will-Retry-Until: Tue, 20 Aug 2024 09:12:56 +0200 (CEST)
--4WFxHxK6tNn0pn9.1723720397/smtp-out.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WFxHxK6tNn0pn9
	for <accounts@greenleaf-garden.example>; Thu, 15 Aug 2024 09:12:56 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723705976;
	bh=+FC+5SMca7f9MQ4OSoGhZ3XP9D8duzvN1R+4UEVeiyM=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=PSTSjslcwTVXvXXx0805KkFabzMaDgI8w1gIfMeW3EdlkrSTgBkK3oHL1TN3OrxcNOFoDf
	 DSKF5WDzWbn8Ut4g4W//WmFlaPPjQSCoxt2RApRJfX8kfa01R2uU2f6/3RAL7uHatFVMxt
	 II7ckPq8OgP3VscV+JB6+lz41UMiGthiMuj1vSv6m9fnw6D+TtonFWE54SOVF/Q83BVqYr
	 FITOrV/IRWpOIQzUvBRhTZLphDXsLA+kOZ0+scn3kZ9V8s
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <accounts@greenleaf-garden.example>
Subject: Please confirm your request
Date: Thu, 15 Aug 2024 09:12:56 +0200
Message-ID: <20240815091256.100711e21325@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
--4WFxHxK6tNn0pn9.1723720397/smtp-out.shop.example.be--
"""),
    ('en', 'postfix-dmarc-reject', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from smtp-out.shop.example.be (smtp-out.shop.example.be [10.20.0.5])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WxZz03B5Y1vB9k
	for <privacy@shop.example.be>; Sat, 17 Aug 2024 11:30:35 +0200 (CEST)
Received: by smtp-out.shop.example.be (Postfix)
	id 4W1tTqSzHHFdTV6; Sat, 17 Aug 2024 11:30:34 +0200 (CEST)
Date: Sat, 17 Aug 2024 11:30:34 +0200 (CEST)
From: MAILER-DAEMON@smtp-out.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4WMhKKGpMHmt09q.1723887034/smtp-out.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20240817093034.4WMhKKGpMHmt09q@smtp-out.shop.example.be>

This is a MIME-encapsulated message.

--4WMhKKGpMHmt09q.1723887034/smtp-out.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp-out.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<oliver.brennan@gmail.com>: host gmail-smtp-in.l.google.com[142.250.102.27]
    said: 550-5.7.26 Unauthenticated email from shop.example.be is not accepted
    due to 550-5.7.26 domain's DMARC policy. Please contact the administrator
    of 550-5.7.26 shop.example.be domain if this was a legitimate mail. To
    learn about 550-5.7.26 the DMARC initiative, go to 550 5.7.26
    https://support.google.com/mail/?p=DmarcRejection
    ffacd0b85a97d-36b8e9c1a2fsi1904551f8f.412 - gsmtp (in reply to end of DATA
    command)
--4WMhKKGpMHmt09q.1723887034/smtp-out.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.shop.example.be
X-Postfix-Queue-ID: 4WMhKKGpMHmt09q
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Sat, 17 Aug 2024 11:30:24 +0200 (CEST)

Final-Recipient: rfc822; oliver.brennan@gmail.com
Original-Recipient: rfc822;oliver.brennan@gmail.com
Action: failed
Status: 5.7.26
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.7.26 Unauthenticated email from shop.example.be
    is not accepted due to 550-5.7.26 domain's DMARC policy. Please contact the
    administrator of 550-5.7.26 shop.example.be domain if this was a legitimate
    mail. To learn about 550-5.7.26 the DMARC initiative, go to 550 5.7.26
    https://support.google.com/mail/?p=DmarcRejection
    ffacd0b85a97d-36b8e9c1a2fsi1904551f8f.412 - gsmtp
--4WMhKKGpMHmt09q.1723887034/smtp-out.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WMhKKGpMHmt09q
	for <oliver.brennan@gmail.com>; Sat, 17 Aug 2024 11:30:22 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723887022;
	bh=VoK9sVRxjjEkRJNFrOc/k2unXoAcSs1NfgvWcmTAddg=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=KHoELGkxONHIps1gmBIhyh8BP93IJVZO10vfAQy3LLj15dgyuBUTZsO9REmRdeIQLnCyBB
	 OZPhYLjRfyV97eJkubHE25weOKvKOFtMAzoUjC6Mf0ypV6n2gyAqKJiwwrC8rVs0mSydRC
	 7v39eOitXJT1lVPS8w+YTmObNZoX0HrKfBDY15qt+eE50OWXPlQxZCW7XYeN39F1aQdKFE
	 Dl3qLJdRWYpbtz5RQjk6pM9V88zc60+gWNc284D3arKp/R
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <oliver.brennan@gmail.com>
Subject: Please confirm your request
Date: Sat, 17 Aug 2024 11:30:22 +0200
Message-ID: <20240817113022.cdcf9715804e@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request about your personal data held by Shop.example.be.
Before we act on it, we need to be sure it came from you.

Please reply to this email with the word CONFIRM, or open this link:
https://shop.example.be/privacy/confirm/Ft2H4B2KF-PHQ1ZvxDHUx0

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team of Shop.example.be
--4WMhKKGpMHmt09q.1723887034/smtp-out.shop.example.be--
"""),
    ('en', 'postfix-proofpoint-block', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from smtp-out.shop.example.be (smtp-out.shop.example.be [10.20.0.5])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Wb14LDXlRl5SB0
	for <privacy@shop.example.be>; Mon, 19 Aug 2024 15:01:41 +0200 (CEST)
Received: by smtp-out.shop.example.be (Postfix)
	id 4Wm7PvjXc9FbNyG; Mon, 19 Aug 2024 15:01:40 +0200 (CEST)
Date: Mon, 19 Aug 2024 15:01:40 +0200 (CEST)
From: MAILER-DAEMON@smtp-out.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4WN5DMvvkPzCJqv.1724072500/smtp-out.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20240819130140.4WN5DMvvkPzCJqv@smtp-out.shop.example.be>

This is a MIME-encapsulated message.

--4WN5DMvvkPzCJqv.1724072500/smtp-out.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp-out.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<procurement@kensington-pharma.example>: host
    mx0b-00214301.pphosted.com[148.163.159.62] said: 554 5.7.1 Blocked - see
    https://ipcheck.proofpoint.com/?ip=198.51.100.25 (in reply to RCPT TO
    command)
--4WN5DMvvkPzCJqv.1724072500/smtp-out.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.shop.example.be
X-Postfix-Queue-ID: 4WN5DMvvkPzCJqv
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 19 Aug 2024 15:01:31 +0200 (CEST)

Final-Recipient: rfc822; procurement@kensington-pharma.example
Original-Recipient: rfc822;procurement@kensington-pharma.example
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx0b-00214301.pphosted.com
Diagnostic-Code: smtp; 554 5.7.1 Blocked - see
    https://ipcheck.proofpoint.com/?ip=198.51.100.25
--4WN5DMvvkPzCJqv.1724072500/smtp-out.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WN5DMvvkPzCJqv
	for <procurement@kensington-pharma.example>; Mon, 19 Aug 2024 15:01:29 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1724072489;
	bh=reJXLuZzN3hCAnV8SEn0ptKZELLO1NcS1vDUAD8Vs38=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=AtsrSe3tWdqvdez1+rjavW3TZtsx2yZORSp+gjgwvoStvx6oESxQnKF4f0BV6bMyZiCGbR
	 tYs7z0udOy12JUXudSg7ToUVu5w0fuYyNVWUcLd2Iq6bRJagRYk9PmY4YTbIXuwDqp7j6O
	 ZOD8ifX8L/5De7ey6JR/8Des5+rNhktKnXEIgPHA00fxe0p20LwUAk1aGg8k04UlskofqW
	 82e/V8M3MQloKlXgEQxIxK4/Cn4dH9XkKhnzaY9ZelW9+W
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <procurement@kensington-pharma.example>
Subject: Please confirm your request
Date: Mon, 19 Aug 2024 15:01:29 +0200
Message-ID: <20240819150129.a25ae5cd98b9@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
--4WN5DMvvkPzCJqv.1724072500/smtp-out.shop.example.be--
"""),
    ('en', 'zimbra-over-quota', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.highland-crafts.example (mail.highland-crafts.example [31.132.17.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WkHG1BCj1mN7JL
	for <privacy@shop.example.be>; Thu, 15 Aug 2024 08:21:15 +0200 (CEST)
Received: by mail.highland-crafts.example (Postfix)
	id 4WjrDmbM02hMKXg; Thu, 15 Aug 2024 08:21:13 +0200
X-Virus-Scanned: amavisd-new at highland-crafts.example
Date: Thu, 15 Aug 2024 08:21:13 +0200
From: MAILER-DAEMON@mail.highland-crafts.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4WjrDmbM02hMKXg.1723702873/mail.highland-crafts.example"
Content-Transfer-Encoding: 8bit
Message-Id: <20240815062113.4WjrDmbM02hMKXg@mail.highland-crafts.example>

This is a MIME-encapsulated message.

--4WjrDmbM02hMKXg.1723702873/mail.highland-crafts.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.highland-crafts.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.fraser@highland-crafts.example>: host
    mail.highland-crafts.example[127.0.0.1] said: 452 4.2.2 Over quota (in
    reply to end of DATA command)
--4WjrDmbM02hMKXg.1723702873/mail.highland-crafts.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.highland-crafts.example
X-Postfix-Queue-ID: 4WjrDmbM02hMKXg
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Sat, 10 Aug 2024 08:20:37 +0200 (CEST)

Final-Recipient: rfc822; d.fraser@highland-crafts.example
Original-Recipient: rfc822;d.fraser@highland-crafts.example
Action: failed
Status: 4.2.2
Remote-MTA: dns; mail.highland-crafts.example
Diagnostic-Code: smtp; 452 4.2.2 Over quota
--4WjrDmbM02hMKXg.1723702873/mail.highland-crafts.example
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from smtp-out.shop.example.be (smtp-out.shop.example.be [198.51.100.25])
	by mail.highland-crafts.example (Postfix) with ESMTPS id 4WhB8F0m1Jz3wLc
	for <d.fraser@highland-crafts.example>; Sat, 10 Aug 2024 07:20:37 +0100
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4Ww3Rfs3lChLhBv
	for <d.fraser@highland-crafts.example>; Sat, 10 Aug 2024 08:20:35 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723270835;
	bh=OWfdIbgeiftfK5bEoplR0nGcgbd8TCBW9T98ZoROWJo=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=HPxNMW2IJNDn2gnSGa7xVlY7Fb2kJFhE3bk25/yoYT4/AJ5CC5k3Mf6WyxKxU8yv0I7IHH
	 N6O+x7VB1uhucfXfys9tW/fLKomPp4lFx+KDfvekrvyg5CIolsvAr0wXD5otUOq8gMcfOq
	 bIpjTO1mCZvaWTuazwNm9e1uyUc8Z4k0IiEbLZL/0N924xcJiQIIbvaJA4hteoEjlYyVb/
	 Gpkm/u9/RATOhtCJ2oopJiJRL2ZjK4POjODk/56dBJtp7w
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <d.fraser@highland-crafts.example>
Subject: Please confirm your request
Date: Sat, 10 Aug 2024 08:20:35 +0200
Message-ID: <20240810082035.a643269ed971@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request about your personal data held by Shop.example.be.
Before we act on it, we need to be sure it came from you.

Please reply to this email with the word CONFIRM, or open this link:
https://shop.example.be/privacy/confirm/U4K0q_1eeZt2zrfy8SNfnk

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team of Shop.example.be
--4WjrDmbM02hMKXg.1723702873/mail.highland-crafts.example--
"""),
    ('en', 'exim-plain-nosuchuser', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from server87.cpanelhost-uk.example (server87.cpanelhost-uk.example [185.38.44.87])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WVqJ9Cb0BHtgTp
	for <privacy@shop.example.be>; Fri, 16 Aug 2024 14:34:05 +0200 (CEST)
Received: from mailnull by server87.cpanelhost-uk.example with local (Exim 4.97.1)
	id 1seRkK-00GQ2l-0V
	for privacy@shop.example.be;
	Fri, 16 Aug 2024 13:34:04 +0100
X-Failed-Recipients: mike@brightonbikes.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@server87.cpanelhost-uk.example>
To: privacy@shop.example.be
References: <20240816143318.3c4ecbdb7f6f@shop.example.be>
Content-Type: text/plain; charset=us-ascii
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1seRkK-00GQ2l-0V@server87.cpanelhost-uk.example>
Date: Fri, 16 Aug 2024 13:34:04 +0100

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  mike@brightonbikes.example
    No Such User Here

------ This is a copy of the message, including all the headers. ------

Return-path: <privacy@shop.example.be>
Received: from smtp-out.shop.example.be ([198.51.100.25]:41822)
	by server87.cpanelhost-uk.example with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97.1)
	(envelope-from <privacy@shop.example.be>)
	id 1seRkJ-00GQ1w-3B
	for mike@brightonbikes.example;
	Fri, 16 Aug 2024 13:34:03 +0100
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WDKTg86MxCCrhY
	for <mike@brightonbikes.example>; Fri, 16 Aug 2024 14:33:18 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723811598;
	bh=Js9YO/YGIb/TmzvPSKj/J+U48C/VilExumbYXIBgiwU=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=jRMcqfLisBwd11SxHkPVnoBtamdvOe0aPkt0AS1eLBryJcBrfcc29NQ6J+we1qPxYaon64
	 RqRwSwVW2MIGTqVAagicX59yixmjgV8jAx9HotlIgU4trT82KuZG9MUWRjzLYQnURAFlaW
	 6hpy32fgf9qZLgwdDHHeqrpCMQIx5FFobVRmfsw3helHZjVvwOS86EeGx1rdKjNwQUwnH2
	 28iL1aIe5e3olQPEA466xsAkrCH97pC/ufbUAjOKfL+t3N
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <mike@brightonbikes.example>
Subject: Please confirm your request
Date: Fri, 16 Aug 2024 14:33:18 +0200
Message-ID: <20240816143318.3c4ecbdb7f6f@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request about your personal data held by Shop.example.be.
Before we act on it, we need to be sure it came from you.

Please reply to this email with the word CONFIRM, or open this link:
https://shop.example.be/privacy/confirm/X2HbBTzgQZFdRZtwFBIHif

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team of Shop.example.be
"""),
    ('en', 'sendmail-user-unknown', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.physics.univ-lakeshore.example (mail.physics.univ-lakeshore.example [128.210.44.19])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WbdwNh8TvcWfDc
	for <privacy@shop.example.be>; Tue, 13 Aug 2024 16:56:23 +0200 (CEST)
Received: from localhost (localhost)
	by mail.physics.univ-lakeshore.example (8.17.1.9/8.17.1.9) id w7DEtzabH055144;
	Tue, 13 Aug 2024 10:56:22 -0400 (EDT)
Date: Tue, 13 Aug 2024 10:56:22 -0400 (EDT)
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.physics.univ-lakeshore.example>
Message-Id: <202408131656.w7DEtzabH055144@mail.physics.univ-lakeshore.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="w7DEtzabH055144.1723560982/mail.physics.univ-lakeshore.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--w7DEtzabH055144.1723560982/mail.physics.univ-lakeshore.example

The original message was received at Tue, 13 Aug 2024 10:55:54 -0400 (EDT)
from smtp-out.shop.example.be [198.51.100.25]

   ----- The following addresses had permanent fatal errors -----
<kwalsh@physics.univ-lakeshore.example>
    (reason: 550 5.1.1 <kwalsh@physics.univ-lakeshore.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailhost.physics.univ-lakeshore.example.:
>>> DATA
<<< 550 5.1.1 <kwalsh@physics.univ-lakeshore.example>... User unknown
550 5.1.1 <kwalsh@physics.univ-lakeshore.example>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)
--w7DEtzabH055144.1723560982/mail.physics.univ-lakeshore.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.physics.univ-lakeshore.example
Received-From-MTA: DNS; smtp-out.shop.example.be
Arrival-Date: Tue, 13 Aug 2024 10:55:54 -0400 (EDT)

Final-Recipient: RFC822; kwalsh@physics.univ-lakeshore.example
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailhost.physics.univ-lakeshore.example
Diagnostic-Code: SMTP; 550 5.1.1 <kwalsh@physics.univ-lakeshore.example>... User unknown
Last-Attempt-Date: Tue, 13 Aug 2024 10:56:22 -0400 (EDT)
--w7DEtzabH055144.1723560982/mail.physics.univ-lakeshore.example
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4Wq9D0jTMSPTC2X
	for <kwalsh@physics.univ-lakeshore.example>; Tue, 13 Aug 2024 16:55:54 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723560954;
	bh=Z3oBSD3EKvROYMVCOuu0gRQ3kYUlwBRCzAYcKgy9QCk=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=vXOsPwRy/xnMwrn2VF1fZL9gOsAERqX+4shMmrA4VqIcEkhF67SzN0LZSduaOzvQE/7/dg
	 FgvlZ3RwAMouxFvjNRwrCW4gQcxxzRnX94UG8dlnbpQxOEJpzU61hV3hxlihaSJIvijzcN
	 FTQkiMvc/AhQX53PrtW+zo/+3l3LFHRmH2yTv28qD8EgurRsH4BdDyQnSktMmS9fwMKZ3l
	 /S2WoTvuPUY/Gy8151W0xidiv39qnoQeW8HqwVVs1EqCta
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <kwalsh@physics.univ-lakeshore.example>
Subject: Please confirm your request
Date: Tue, 13 Aug 2024 16:55:54 +0200
Message-ID: <20240813165554.ad134a9b1f48@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request about your personal data held by Shop.example.be.
Before we act on it, we need to be sure it came from you.

Please reply to this email with the word CONFIRM, or open this link:
https://shop.example.be/privacy/confirm/n9KWmrfJ9JJjcZ99fTFTFl

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team of Shop.example.be
--w7DEtzabH055144.1723560982/mail.physics.univ-lakeshore.example--
"""),
    ('en', 'qmail-failure-notice', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.oldmill-bakery.example (mail.oldmill-bakery.example [203.0.113.140])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WMbs2mkXLMjqvd
	for <privacy@shop.example.be>; Mon, 12 Aug 2024 12:00:44 +0200 (CEST)
Received: (qmail 21877 invoked for bounce); Mon, 12 Aug 2024 10:00:43 -0000
Date: 12 Aug 2024 10:00:43 -0000
From: MAILER-DAEMON@mail.oldmill-bakery.example
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mail.oldmill-bakery.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<info@oldmill-bakery.example>:
This mailbox is disabled (554 5.2.1 mailbox disabled). (#5.2.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 21869 invoked from network); Mon, 12 Aug 2024 10:00:15 -0000
Received: from smtp-out.shop.example.be (198.51.100.25)
  by mail.oldmill-bakery.example with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); Mon, 12 Aug 2024 10:00:15 -0000
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WnD3xtxCPLWjDW
	for <info@oldmill-bakery.example>; Mon, 12 Aug 2024 12:00:15 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723456815;
	bh=JL860ufbLniP6x5Y4UdJdSl/vysegaNV9IJcCB3LcbU=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=xVMDPIwhpp0sa/Yao5h7gyPfxbqKJpTlsPhf1m7WepS0vsuuZ2WcaTAOuyHat8oSzzzFie
	 fPq5C80wGON9bn8zlxos3IxnoUjD0TfthzcNGjg2huNYhJxePzi7RukYvv9/aQtVh6MJob
	 JCy2+HEQ3Julkpd+IXfdliVKzHPL+pPabZkkrYlYEKoGviN+hZaWpBWYorFezYNUDvtD3f
	 IkKh8QLSE5LNZ654tcOAbR02xyDOyHX8kXPkhRdgzGuXOa
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <info@oldmill-bakery.example>
Subject: Please confirm your request
Date: Mon, 12 Aug 2024 12:00:15 +0200
Message-ID: <20240812120015.d7f04f81d1de@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request about your personal data held by Shop.example.be.
Before we act on it, we need to be sure it came from you.

Please reply to this email with the word CONFIRM, or open this link:
https://shop.example.be/privacy/confirm/1wYQ3NNneIiF28GQz1neCz

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team of Shop.example.be
"""),
    ('en', 'gmail-dsn-failure', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W9cbJBkW2vpLG9
	for <privacy@shop.example.be>; Sun, 18 Aug 2024 10:46:01 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=googlemail.com;
	s=20230601; t=1723970760;
	bh=ffJaTNQvwyNBYoPQeRoo3VPvdpEyfaDboiUFRjPuQ/Q=;
	h=to:references:in-reply-to:subject:from:auto-submitted:message-id:date:from:to:cc:subject:date:message-id:reply-to;
	b=16TVcitX1E1G1M8WB3T/yNeHffaJtfKLKm74k2YNGrh/C7D1+VqRahIsuNqP/Ia06jnnUZ
	 SNrY0VfXfEF78cMb9fVChniDEYqJmd7DgT5grF3wFzPncf2rCan3L0gDs4QCTogiqKe3Cp
	 YcYm58vHyFT6ZIXZBZMFVHhHvsZ0e7E2LyWv+Z62pUZiC8lWtp9yc17L+4m6dC3OUB9RKE
	 yKlCRYoBNklKczQtC51FzaT38HNl+dCBFYSDU4UdjkEB/r
X-Google-Smtp-Source: AGHT+IHogkAnACRIGWCYfhUEm42ll3zn7etygwrRYovPEupLAAFdKnvWQ8GEO==
X-Received: by 2002:a05:6512:07f7:b0:52f:e800:98fb with SMTP id 11fb8701fcec-f6547086v.82.5309000486774; Sun, 18 Aug 2024 01:46:00 -0700 (PDT)
Content-Type: multipart/report; boundary="0000000000003e0133745b1b65be"; report-type=delivery-status
Return-Path: <>
Received: by 2002:a05:6512:c872:b0:52f:f8c2:a394 with SMTP id b9291c4eb3ba-b646e60bv.47; Sun, 18 Aug 2024 01:46:00 -0700 (PDT)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <20240818104533.cfd0b2de68e5@shop.example.be>
In-Reply-To: <20240818104533.cfd0b2de68e5@shop.example.be>
X-Failed-Recipients: tanya.oduya@northfield-events.example
Message-ID: <ee1ba986.050a0220.2300a4.0000.GMR@mx.google.com>
Date: Sun, 18 Aug 2024 01:46:00 -0700 (PDT)

--0000000000003e0133745b1b65be
Content-Type: multipart/alternative; boundary="00000000000060bfc33c133b3c3d"

--00000000000060bfc33c133b3c3d
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to tanya.oduya@northfield-events.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
--00000000000060bfc33c133b3c3d
Content-Type: text/html; charset="UTF-8"

<html>
<head>
<style>
* {
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td><h1 style="font-size:24px;">Address not found</h1></td></tr>
<tr><td style="padding:0 24px;">Your message wasn't delivered to <a style="color:#212121;text-decoration:none;"><b>tanya.oduya@northfield-events.example</b></a> because the address couldn't be found, or is unable to receive mail. <a href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a></td></tr>
<tr><td style="padding:0 24px 32px;"><p>The response was:</p><p style="font-family:monospace">The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser</p></td></tr>
</tbody></table>
</body>
</html>
--00000000000060bfc33c133b3c3d--
--0000000000003e0133745b1b65be
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; smtp-out.shop.example.be
Arrival-Date: Sun, 18 Aug 2024 01:45:33 -0700 (PDT)

Final-Recipient: rfc822; tanya.oduya@northfield-events.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; The email account that you tried to reach does not exist. Please try
 double-checking the recipient's email address for typos or
 unnecessary spaces. For more information, go to
 https://support.google.com/mail/?p=NoSuchUser
Last-Attempt-Date: Sun, 18 Aug 2024 01:46:00 -0700 (PDT)
--0000000000003e0133745b1b65be
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WQfs4W6D5TqBYV
	for <tanya.oduya@northfield-events.example>; Sun, 18 Aug 2024 10:45:33 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723970733;
	bh=5h4sA9yO337j6D+L+AyF0h6MD1Vy9OkHrlRxqhhIPvk=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=jEYiZ7n5ujuwTJsXwqMii9Mx9P6SqFEWAdaEDMYyoeWOC+XlAWostkLduHG4+QkwF3feD4
	 1a9tYYTafO+qKySMX1v9EdamfZLnbi0Wn+wYlW2zoIYX40GIeqQ8g4C1HeXeR5Bl6dIXC0
	 dUs4E3BOxihFBEPHw8qHUSLtLElTX4jBe3yr7ga4kzGfUExEYGr2tZ9sZQvTxYG4F2sR6Q
	 lGQ4+KghQGoHaT2OAiKEulsS3PHEFSgz594gLXArUnfqYL
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <tanya.oduya@northfield-events.example>
Subject: Please confirm your request
Date: Sun, 18 Aug 2024 10:45:33 +0200
Message-ID: <20240818104533.cfd0b2de68e5@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request about your personal data held by Shop.example.be.
Before we act on it, we need to be sure it came from you.

Please reply to this email with the word CONFIRM, or open this link:
https://shop.example.be/privacy/confirm/002UacJ8v27Mee23ywZ9Ku

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team of Shop.example.be
--0000000000003e0133745b1b65be--
"""),
    ('en', 'gmail-dsn-delay', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W70T9yXsxjyhWv
	for <privacy@shop.example.be>; Mon, 19 Aug 2024 11:12:14 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=googlemail.com;
	s=20230601; t=1724058733;
	bh=7ymAgMa+ODa0MJbp1ruZEaPcH0OyX5g5lew+Km3EJlk=;
	h=to:references:in-reply-to:subject:from:auto-submitted:message-id:date:from:to:cc:subject:date:message-id:reply-to;
	b=3zdpDO5OjM++3kcMfZ0kBTGjeUaN+bjjh8t6oIsV4n/lmhyoVbTlH8/nQfeQix45hFde0F
	 YuDQ/qYlDd7fswvSaoBzrRK2/Q8AlYak+RbKCaB8+GyiKZ8wdixTz544DYCm2CWpCCpzFd
	 wOq8DGicgMykExbVaNOVgw3KnW/yU+Bm7DGwf7oO1pL4eyno1g8tGCFrJRCe4MnK3faJ9U
	 fVIJa7GgWUG01Bfj5Zwbvu4fSeYp1DGRcEyuQ2ECqxd7nJ
X-Google-Smtp-Source: AGHT+IHo2gabRal5DGX2hF7pmPiB0PVmieMybmJR8TC5mkyCIN7tJW/1MbSnX==
X-Received: by 2002:a05:6512:830d:b0:52f:0072:783a with SMTP id 6df58893ca88-d5fcad45v.70.2328330915614; Mon, 19 Aug 2024 02:12:13 -0700 (PDT)
Content-Type: multipart/report; boundary="000000000000e7f89a643115ec47"; report-type=delivery-status
Return-Path: <>
Received: by 2002:a05:6512:f4ce:b0:52f:0253:92fb with SMTP id c1e90261698f-6bea1498v.64; Mon, 19 Aug 2024 02:12:13 -0700 (PDT)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Delay)
References: <20240819080200.38ee8e4cd7e1@shop.example.be>
In-Reply-To: <20240819080200.38ee8e4cd7e1@shop.example.be>
X-Failed-Recipients: jobs@harcourt-joinery.example
Message-ID: <6ea15b29.050a0220.fe426b.0000.GMR@mx.google.com>
Date: Mon, 19 Aug 2024 02:12:13 -0700 (PDT)

--000000000000e7f89a643115ec47
Content-Type: multipart/alternative; boundary="000000000000e425654651ac3472"

--000000000000e425654651ac3472
Content-Type: text/plain; charset="UTF-8"


** Message not delivered yet **

There was a temporary problem delivering your message to jobs@harcourt-joinery.example. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.

The response was:

The recipient server did not accept our requests to connect. For more information, go to https://support.google.com/mail/answer/7720 [mail.harcourt-joinery.example. 203.0.113.61: timed out]
--000000000000e425654651ac3472
Content-Type: text/html; charset="UTF-8"

<html>
<head></head>
<body>
<table cellpadding="0" cellspacing="0" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td><h1 style="font-size:24px;">Message not delivered yet</h1></td></tr>
<tr><td style="padding:0 24px;">There was a temporary problem delivering your message to <b>jobs@harcourt-joinery.example</b>. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.</td></tr>
<tr><td style="padding:0 24px 32px;"><p>The response was:</p><p style="font-family:monospace">The recipient server did not accept our requests to connect. For more information, go to https://support.google.com/mail/answer/7720 [mail.harcourt-joinery.example. 203.0.113.61: timed out]</p></td></tr>
</tbody></table>
</body>
</html>
--000000000000e425654651ac3472--
--000000000000e7f89a643115ec47
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; smtp-out.shop.example.be
Arrival-Date: Sun, 18 Aug 2024 23:02:00 -0700 (PDT)

Final-Recipient: rfc822; jobs@harcourt-joinery.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; The recipient server did not accept our requests to connect. For more information, go to https://support.google.com/mail/answer/7720 [mail.harcourt-joinery.example. 203.0.113.61: timed out]
Last-Attempt-Date: Mon, 19 Aug 2024 02:12:13 -0700 (PDT)
Will-Retry-Until: Tue, 20 Aug 2024 23:02:00 -0700 (PDT)
--000000000000e7f89a643115ec47
Content-Type: text/rfc822-headers

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WKfNSXwQC2gsHj
	for <jobs@harcourt-joinery.example>; Mon, 19 Aug 2024 08:02:00 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1724047320;
	bh=+MWGuXuUq9t8k9MPPXr+yHuQ90ftMqBI18w+HgS2h58=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=loSqI/SoqrAX2Q2Mu2Oktsl2jizPRYZPkUT2xK7Nma7bRncFGQV187XTQ5x8C8G64M3XwS
	 BPzxdJ2E2Ozn5bm5ANrLc7DbmOVxqJgvi69IFJLYHaK5lInKICLrRulsSFAj+sb2VSdBHi
	 pT55odi/4bx8VY1hHUkz1e7XRT1PN/zjIBNjQyzts19aK6EnuYbfQCCBxoaM+mnWl471OD
	 jMsfs34O1ORPyPY6xx413KAEyvIXsYF2er1SR1YmVubUsL
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <jobs@harcourt-joinery.example>
Subject: Please confirm your request
Date: Mon, 19 Aug 2024 08:02:00 +0200
Message-ID: <20240819080200.38ee8e4cd7e1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
--000000000000e7f89a643115ec47--
"""),
    ('en', 'yahoo-failure-notice', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from sonic303-2.consmr.mail.ir2.yahoo.com (sonic303-2.consmr.mail.ir2.yahoo.com [77.238.176.180])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WF3qrGrJMtDly7
	for <privacy@shop.example.be>; Sun, 11 Aug 2024 19:14:52 +0200 (CEST)
Date: Sun, 11 Aug 2024 17:14:51 +0000
From: MAILER-DAEMON@yahoo.com
To: privacy@shop.example.be
Subject: Failure Notice
X-Yahoo-Newman-Property: ymail-4
Auto-Submitted: auto-replied
Message-ID: <171828445.793656.1723396479005@mta4012.mail.ir2.yahoo.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Sorry, we were unable to deliver your message to the following address.

<gary.holt62@yahoo.co.uk>:
554: delivery error: dd This user doesn't have a yahoo.co.uk account (gary.holt62@yahoo.co.uk) [0] - mta4012.mail.ir2.yahoo.com

--- Below this line is a copy of the message.

Received: from 198.51.100.25 (EHLO smtp-out.shop.example.be)
 by mta4012.mail.ir2.yahoo.com with SMTP; Sun, 11 Aug 2024 17:14:39 +0000
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WVFY039g9XWVBz
	for <gary.holt62@yahoo.co.uk>; Sun, 11 Aug 2024 19:14:39 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723396479;
	bh=y4LYFNhyZ6bzvRI/ra/7+k14kT6UG6QKFV9/qGSPO7g=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=IRLeWb6e3+sLfnqPuFAcadP9D31AK6XRtvGv+njV3yh+ueUl/RaKgIxdLO1ktCgFtfPhS+
	 oYrBoHsa3uQn+/pQIg3foC5LjX9zfNqQfZ2CVjEh7l0dCeSwJdAx+v3W/+OVpnr9fGbVSS
	 7RM9ztJMUemHpnfbBX+luCKi8RoBgbVw2WAfvlHlGmVMYPB9OJp5C+7r68zKLoD+VMdLOn
	 2Qizx9LHS3GcdAYsY83riXDxi+I2L2BTyL1D152fkJsPkz
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <gary.holt62@yahoo.co.uk>
Subject: Please confirm your request
Date: Sun, 11 Aug 2024 19:14:39 +0200
Message-ID: <20240811191439.99bf85f5bb4f@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request about your personal data held by Shop.example.be.
Before we act on it, we need to be sure it came from you.

Please reply to this email with the word CONFIRM, or open this link:
https://shop.example.be/privacy/confirm/Xfc8o3CLJHebhQHVuLQNMX

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team of Shop.example.be
"""),
    ('en', 'mimecast-rejection', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from eu-smtp-delivery-151.mimecast.com (eu-smtp-delivery-151.mimecast.com [185.58.85.151])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WYFFR6zBzGYsRG
	for <privacy@shop.example.be>; Tue, 20 Aug 2024 14:22:23 +0200 (CEST)
Received: from postmaster.mimecast.com by relay.mimecast.com with ESMTP id uk-mta-22-KvmsfgWcnrhjkBmyCUDCqC-1; Tue, 20 Aug 2024 13:22:22 +0100
X-Mimecast-MFC-AGG-ID: 155kXXouKLRpyDifRe2M4A
X-Mimecast-Spam-Score: 0
Date: Tue, 20 Aug 2024 13:22:22 +0100
From: "Mimecast Postmaster" <postmaster@harrowfield-legal.example>
To: <privacy@shop.example.be>
Subject: Undeliverable Message: Please confirm your request
Message-ID: <2b5a75af1f8d792005adcb64.postmaster@mimecast.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="----=_Part_8340697_535852676.1724156542077"

------=_Part_8340697_535852676.1724156542077
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Your message couldn't be delivered

Your message to the recipient(s) below was rejected by the recipient organisation's email security policy and has not been delivered.

Recipient:   helen.ward@harrowfield-legal.example
Subject:     Please confirm your request
Sent:        Tue, 20 Aug 2024 14:21:45 +0200

Reason:      550 Rejected by header based Anti-Spoofing policy: privacy@shop.example.be

If you believe this message was legitimate, please contact the recipient by other means and ask their IT team to review the policy.

This is an automatically generated message from Mimecast on behalf of harrowfield-legal.example. Please do not reply.
------=_Part_8340697_535852676.1724156542077
Content-Type: message/delivery-status

Reporting-MTA: dns; eu-smtp-inbound-2.mimecast.com
Arrival-Date: Tue, 20 Aug 2024 13:21:45 +0100

Final-Recipient: rfc822; helen.ward@harrowfield-legal.example
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 Rejected by header based Anti-Spoofing policy: privacy@shop.example.be
------=_Part_8340697_535852676.1724156542077
Content-Type: text/rfc822-headers

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4W97NH7mXYtmGBs
	for <helen.ward@harrowfield-legal.example>; Tue, 20 Aug 2024 14:21:45 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1724156505;
	bh=9m9RSsa9euszq0XwI1lMgAxirUuSXYADLSaqbFLHet4=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=PlDnnMrwGZPK5Fc1fbFIxPcyrWuUr1tPQ0UzwiHxf6016UEb0hCVETFkqKt2TOwONFwml3
	 vVvJgYDkjAK7KyheS5GYyMCtEgI8EyyuvQ7v2W0qqak5/HGvllgUmqBYv5y+ABoggL+fNN
	 A9i83SJl3fPkpFwD+tStHfINBNmeHVOF2GAaYvq0kjRCdSWK6W4tPkeUZJWv3HEYw7Sh/Z
	 tHvV7fMD1F0O9IDVKCdXEnUF46y0zoeT2hz3QU0hAhiLlW
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <helen.ward@harrowfield-legal.example>
Subject: Please confirm your request
Date: Tue, 20 Aug 2024 14:21:45 +0200
Message-ID: <20240820142145.a514637e1026@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
------=_Part_8340697_535852676.1724156542077--
"""),
    ('en', 'barracuda-spam-block', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from barracuda.oakley-group.example (barracuda.oakley-group.example [203.0.113.200])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W2cRMXGLwXzzyk
	for <privacy@shop.example.be>; Wed, 21 Aug 2024 09:59:08 +0200 (CEST)
X-ASG-Debug-ID: 1724227147-2b1ab2-XAYrYRhgUOcAE8li
Date: Wed, 21 Aug 2024 08:59:07 +0100
From: "Barracuda Email Security Gateway" <postmaster@barracuda.oakley-group.example>
To: privacy@shop.example.be
Subject: **Message you sent blocked by our bulk email filter**
Message-ID: <1724227147-c10393@barracuda.oakley-group.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="B_1724227147_686681246"

This is a MIME-encapsulated message

--B_1724227147_686681246
Content-Type: text/plain

Your message to: a.wells@oakley-group.example
was blocked by our Spam Firewall. The email you sent with the following subject has NOT BEEN DELIVERED:

Subject: Please confirm your request
--B_1724227147_686681246
Content-Type: message/delivery-status

Reporting-MTA: dns; barracuda.oakley-group.example
Arrival-Date: Wed, 21 Aug 2024 08:58:35 +0100

Final-Recipient: rfc822; a.wells@oakley-group.example
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Message content rejected, UBE, id=65419-02-18
--B_1724227147_686681246
Content-Type: text/rfc822-headers

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WGMkgf1Y08StRx
	for <a.wells@oakley-group.example>; Wed, 21 Aug 2024 09:58:35 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1724227115;
	bh=Kllmmbv6HjfpEMNnllNDXqTCscQBOCQI0XVbqqVfaG0=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=4fulQ7fwobw8NnDhxz2cBhBRtfw3NpQ7FTG65w1OW9NQ3jQ1KTILnVykaIxZDXzkwrduRy
	 dqyU3z7MykKopQJSDVIuUVF8n01V1VuYcA1KJn2ngO9qIE5XjDqTf+N1YVf0CSlKyitcaK
	 8F1g4kXFPlofc8GDNmRCHCBpBzUNABLaEc2RxDR+WJGsqbQAjelEgvM8/KrPTQvMGpgC3p
	 vDLLvbYvlO0F2eEDxIcgWHQWtidJT12nY89LIBMaWPk8Ww
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <a.wells@oakley-group.example>
Subject: Please confirm your request
Date: Wed, 21 Aug 2024 09:58:35 +0200
Message-ID: <20240821095835.29ea28b6c757@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
--B_1724227147_686681246--
"""),
    ('nl', 'exchange-ndr-classic', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.vanhoutte-transport.example (mail.vanhoutte-transport.example [81.246.72.14])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W29KgYSQ1bjsC9
	for <privacy@shop.example.be>; Wed, 14 Aug 2024 11:13:32 +0200 (CEST)
Received: from EX02.vanhoutte.local (10.10.1.47) by mail.vanhoutte-transport.example
 (10.10.1.70) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Wed, 14 Aug 2024 11:13:31 +0200
MIME-Version: 1.0
From: postmaster@vanhoutte-transport.example
To: <privacy@shop.example.be>
Date: Wed, 14 Aug 2024 09:13:30 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="85b28244-750e-9d43-b76d-3d9e4350f8a6"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: nl-BE
Message-ID: <0ddae7da-4e1d-fc13-1e2c-92b8e946e8e8@EX02.vanhoutte.local>
In-Reply-To: <20240814111247.521364f2cc2d@shop.example.be>
References: <20240814111247.521364f2cc2d@shop.example.be>
Thread-Topic: Bevestig uw verzoek
Thread-Index: B2LuUOWBSSXbqy6UnSsrC+98tkHlFA==
Subject: Onbestelbaar: Bevestig uw verzoek
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--85b28244-750e-9d43-b76d-3d9e4350f8a6
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="ffa32848-9a2f-d792-8c5f-b307704086ed"

--ffa32848-9a2f-d792-8c5f-b307704086ed
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Aflevering is mislukt voor deze ontvangers of groepen:

Jan Peeters (j.peeters@vanhoutte-transport.example)
Het ingevoerde e-mailadres is niet gevonden. Controleer het e-mailadres van=
 de ontvanger en probeer het bericht opnieuw te verzenden. Neem contact op =
met de helpdesk als het probleem zich blijft voordoen.






Diagnostische gegevens voor beheerders:

Genererende server: EX02.vanhoutte.local

j.peeters@vanhoutte-transport.example
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Kopteksten van oorspronkelijk bericht:

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WTG6VzV7qwySYQ
	for <j.peeters@vanhoutte-transport.example>; Wed, 14 Aug 2024 11:12:47 +02=
00 (CEST)
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dsel2024; t=3D1723626767;
	bh=3DpaasPHaFsE4jFLpTiPJWCRw7w53H00s8j6/RrO3jOiU=3D;
	h=3DFrom:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=3D8YbW3ONydIrZ0TlrHvgpNIAFbz52bFPZ0o404qdjdyjt2dQnhu4RAGsyPM/62EreKZXLnI
	 ilgVn7mGO14rgCbVarG44M5/3GQTDSXtA7FMWLTBOxb5bNgLWMjwXtZgFgG0h0eEu7fCu5
	 P1y0hMM/LFG58IOcpLqHEeS0wep/f/c7Qrh/Q+987JQzKz4mH9p74QnF1EfRV0cKa7tBpe
	 pmkwk8/lm/V2jhOBhkUV4/n5lZA4YefhznkqdFrzkcME1z
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <j.peeters@vanhoutte-transport.example>
Subject: Bevestig uw verzoek
Date: Wed, 14 Aug 2024 11:12:47 +0200
Message-ID: <20240814111247.521364f2cc2d@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable
--ffa32848-9a2f-d792-8c5f-b307704086ed
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">Aflevering is mislu=
kt voor deze ontvangers of groepen:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><br>
Jan Peeters (j.peeters@vanhoutte-transport.example)<br>
Het ingevoerde e-mailadres is niet gevonden. Controleer het e-mailadres van=
 de ontvanger en probeer het bericht opnieuw te verzenden. Neem contact op =
met de helpdesk als het probleem zich blijft voordoen.<br>
<br>
<br>
<br>
<br>
<br>
<br>
Diagnostische gegevens voor beheerders:<br>
<br>
Genererende server: EX02.vanhoutte.local<br>
<br>
j.peeters@vanhoutte-transport.example<br>
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##<br>
<br>
Kopteksten van oorspronkelijk bericht:<br>
<br>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])<b=
r>
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WTG6VzV7qwySYQ<br>
	for &lt;j.peeters@vanhoutte-transport.example&gt;; Wed, 14 Aug 2024 11:12:=
47 +0200 (CEST)<br>
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;<br>
	s=3Dsel2024; t=3D1723626767;<br>
	bh=3DpaasPHaFsE4jFLpTiPJWCRw7w53H00s8j6/RrO3jOiU=3D;<br>
	h=3DFrom:To:Subject:Date:Message-ID:MIME-Version:Content-Type;<br>
	b=3D8YbW3ONydIrZ0TlrHvgpNIAFbz52bFPZ0o404qdjdyjt2dQnhu4RAGsyPM/62EreKZXLnI=
<br>
	 ilgVn7mGO14rgCbVarG44M5/3GQTDSXtA7FMWLTBOxb5bNgLWMjwXtZgFgG0h0eEu7fCu5<br>
	 P1y0hMM/LFG58IOcpLqHEeS0wep/f/c7Qrh/Q+987JQzKz4mH9p74QnF1EfRV0cKa7tBpe<br>
	 pmkwk8/lm/V2jhOBhkUV4/n5lZA4YefhznkqdFrzkcME1z<br>
From: Shop.example.be Privacy &lt;privacy@shop.example.be&gt;<br>
To: &lt;j.peeters@vanhoutte-transport.example&gt;<br>
Subject: Bevestig uw verzoek<br>
Date: Wed, 14 Aug 2024 11:12:47 +0200<br>
Message-ID: &lt;20240814111247.521364f2cc2d@shop.example.be&gt;<br>
MIME-Version: 1.0<br>
Content-Type: text/plain; charset=3D"utf-8"<br>
Content-Transfer-Encoding: quoted-printable</font>
</body>
</html>
--ffa32848-9a2f-d792-8c5f-b307704086ed--
--85b28244-750e-9d43-b76d-3d9e4350f8a6
Content-Type: message/delivery-status

Reporting-MTA: dns;EX02.vanhoutte.local
Received-From-MTA: dns;smtp-out.shop.example.be
Arrival-Date: Wed, 14 Aug 2024 09:12:49 +0000

Final-Recipient: rfc822;j.peeters@vanhoutte-transport.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
X-Display-Name: Jan Peeters
--85b28244-750e-9d43-b76d-3d9e4350f8a6
Content-Type: text/rfc822-headers

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WTG6VzV7qwySYQ
	for <j.peeters@vanhoutte-transport.example>; Wed, 14 Aug 2024 11:12:47 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723626767;
	bh=FigaQqwDK/qUx0vHZ+QuQS9/KbPKWWjiGu5r4pIfo7s=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=wn6Sj5xlR/keiB0GuQzsnKKgY/qfmiCG+uMuI7+NoBCqqJrVHQNOnxREVpsjsjK4TTacD1
	 u3rghS9y2U/yk5GiV4gjY2mikwSfXHSGHQEAuTTgVL0ZbGMySASqiBgs0fZJkltIW5IB6u
	 HgAMsjvZqFZSzrl905Rw+g1vB5nIL53mEUa8m1PyHAMNsSsfIRN1/C2lXiWMNvzDSN5ti/
	 e+2oM0vQvZgs5Ny5EMKZY8xlZqcQMLO125i+eWpQfsAisE
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <j.peeters@vanhoutte-transport.example>
Subject: Bevestig uw verzoek
Date: Wed, 14 Aug 2024 11:12:47 +0200
Message-ID: <20240814111247.521364f2cc2d@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
--85b28244-750e-9d43-b76d-3d9e4350f8a6--
"""),
    ('fr', 'exchange-ndr-restricted-group', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.cabinet-lemaire.example (mail.cabinet-lemaire.example [217.128.40.9])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W8l2Q47V7nYcrF
	for <privacy@shop.example.be>; Tue, 13 Aug 2024 14:41:08 +0200 (CEST)
Received: from SRV-EXCH01.lemaire.local (10.10.1.59) by mail.cabinet-lemaire.example
 (10.10.1.64) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Tue, 13 Aug 2024 14:41:07 +0200
MIME-Version: 1.0
From: postmaster@cabinet-lemaire.example
To: <privacy@shop.example.be>
Date: Tue, 13 Aug 2024 12:41:06 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="8b3ba182-129d-bd77-e229-f0b2ec31c1b4"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID: <42bda29b-6425-aaf7-2100-14716930ca93@SRV-EXCH01.lemaire.local>
In-Reply-To: <20240813144046.46bc1b2fb34c@shop.example.be>
References: <20240813144046.46bc1b2fb34c@shop.example.be>
Thread-Topic: Veuillez confirmer votre demande
Thread-Index: r1EsqQVmpljyBpdhQp8wCjsoCufMMw==
Subject: Non remis : Veuillez confirmer votre demande
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--8b3ba182-129d-bd77-e229-f0b2ec31c1b4
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="51567396-34ae-6a9e-edbc-6af2a89b9cb3"

--51567396-34ae-6a9e-edbc-6af2a89b9cb3
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

La remise =C3=A0 ces destinataires ou groupes a =C3=A9chou=C3=A9 :

RGPD - Service juridique (rgpd@cabinet-lemaire.example)
Votre message ne peut pas =C3=AAtre remis, car le groupe de remise rgpd@cab=
inet-lemaire.example accepte uniquement les messages provenant de personnes=
 de son organisation ou de sa liste d'exp=C3=A9diteurs autoris=C3=A9s, et v=
otre adresse e-mail n'y figure pas.






Informations de diagnostic pour les administrateurs :

Serveur de g=C3=A9n=C3=A9ration : SRV-EXCH01.lemaire.local

rgpd@cabinet-lemaire.example
Remote Server returned '550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPerm=
ission; not authorized to send to recipient because the sender isn't on the=
 recipient's list of senders to accept mail from'

En-t=C3=AAtes de message d'origine :

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4W8Xm5cSzlRQGH9
	for <rgpd@cabinet-lemaire.example>; Tue, 13 Aug 2024 14:40:46 +0200 (CEST)
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dsel2024; t=3D1723552846;
	bh=3DqaWH0iOirsvWTKW8nR2GjpxsjPSC+kwV/u7WYtFcQaQ=3D;
	h=3DFrom:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=3D+AkFIZy6uSvr1i55Bl9X88I19cCTx+DH0MlVWjwN5hi7vSMKryzQBd2K+XVfa8foODrlwu
	 Tt0HMBsRbJyDq+rpQjOSNygb5ZhwEmtQPJ+OrZLJCoZQwh62H65ArHMizNxFy/YxxgrYKb
	 HnHUAO+/CtE17FQr3dqJ06xNfvC2v4cQ5dVRRHp3fIimtp6TFEV+mAE5JPxsfuMbqMoB+Y
	 eIchyOL7Am3TjYDwRIxk3qZEYsIN0uF0gtQoS4e7S2Gav8
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <rgpd@cabinet-lemaire.example>
Subject: Veuillez confirmer votre demande
Date: Tue, 13 Aug 2024 14:40:46 +0200
Message-ID: <20240813144046.46bc1b2fb34c@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable
--51567396-34ae-6a9e-edbc-6af2a89b9cb3
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">La remise =C3=A0 ce=
s destinataires ou groupes a =C3=A9chou=C3=A9 :</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><br>
RGPD - Service juridique (rgpd@cabinet-lemaire.example)<br>
Votre message ne peut pas =C3=AAtre remis, car le groupe de remise rgpd@cab=
inet-lemaire.example accepte uniquement les messages provenant de personnes=
 de son organisation ou de sa liste d'exp=C3=A9diteurs autoris=C3=A9s, et v=
otre adresse e-mail n'y figure pas.<br>
<br>
<br>
<br>
<br>
<br>
<br>
Informations de diagnostic pour les administrateurs :<br>
<br>
Serveur de g=C3=A9n=C3=A9ration : SRV-EXCH01.lemaire.local<br>
<br>
rgpd@cabinet-lemaire.example<br>
Remote Server returned '550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPerm=
ission; not authorized to send to recipient because the sender isn't on the=
 recipient's list of senders to accept mail from'<br>
<br>
En-t=C3=AAtes de message d'origine :<br>
<br>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])<b=
r>
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4W8Xm5cSzlRQGH9<br>
	for &lt;rgpd@cabinet-lemaire.example&gt;; Tue, 13 Aug 2024 14:40:46 +0200 =
(CEST)<br>
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;<br>
	s=3Dsel2024; t=3D1723552846;<br>
	bh=3DqaWH0iOirsvWTKW8nR2GjpxsjPSC+kwV/u7WYtFcQaQ=3D;<br>
	h=3DFrom:To:Subject:Date:Message-ID:MIME-Version:Content-Type;<br>
	b=3D+AkFIZy6uSvr1i55Bl9X88I19cCTx+DH0MlVWjwN5hi7vSMKryzQBd2K+XVfa8foODrlwu=
<br>
	 Tt0HMBsRbJyDq+rpQjOSNygb5ZhwEmtQPJ+OrZLJCoZQwh62H65ArHMizNxFy/YxxgrYKb<br>
	 HnHUAO+/CtE17FQr3dqJ06xNfvC2v4cQ5dVRRHp3fIimtp6TFEV+mAE5JPxsfuMbqMoB+Y<br>
	 eIchyOL7Am3TjYDwRIxk3qZEYsIN0uF0gtQoS4e7S2Gav8<br>
From: Shop.example.be Privacy &lt;privacy@shop.example.be&gt;<br>
To: &lt;rgpd@cabinet-lemaire.example&gt;<br>
Subject: Veuillez confirmer votre demande<br>
Date: Tue, 13 Aug 2024 14:40:46 +0200<br>
Message-ID: &lt;20240813144046.46bc1b2fb34c@shop.example.be&gt;<br>
MIME-Version: 1.0<br>
Content-Type: text/plain; charset=3D"utf-8"<br>
Content-Transfer-Encoding: quoted-printable</font>
</body>
</html>
--51567396-34ae-6a9e-edbc-6af2a89b9cb3--
--8b3ba182-129d-bd77-e229-f0b2ec31c1b4
Content-Type: message/delivery-status

Reporting-MTA: dns;SRV-EXCH01.lemaire.local
Received-From-MTA: dns;smtp-out.shop.example.be
Arrival-Date: Tue, 13 Aug 2024 12:40:48 +0000

Final-Recipient: rfc822;rgpd@cabinet-lemaire.example
Action: failed
Status: 5.7.129
Diagnostic-Code: smtp;550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to recipient because the sender isn't on the recipient's list of senders to accept mail from
X-Display-Name: RGPD - Service juridique
--8b3ba182-129d-bd77-e229-f0b2ec31c1b4
Content-Type: text/rfc822-headers

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4W8Xm5cSzlRQGH9
	for <rgpd@cabinet-lemaire.example>; Tue, 13 Aug 2024 14:40:46 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723552846;
	bh=wjUAuBbTNwll2JS/QI5vShDGpEk3fw/Bs5bw4T9T/HQ=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=cu1rDuGCXHQ82GftVUeYXKjdYWQFWi8FcPaINqRF1dJvZ9wRwQW0qkIT1tT2/ild3Ig8lw
	 Wzz7tn51WW5S6qj0stByCX/4W2+75FF/wX0LVYXIkdbUDmWe3P1W5t02uAHTN+Ot40JVvW
	 YEhgUdT7dKDH+EAA943X/kp/R5d9132JMY+t8srBZj/yz0CgFvIvVEAmtph1SMg88zYx+g
	 LnW5enpLfw8iKWwV2/czrc7JsBNMARFRMInKGfOQKDEuyN
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <rgpd@cabinet-lemaire.example>
Subject: Veuillez confirmer votre demande
Date: Tue, 13 Aug 2024 14:40:46 +0200
Message-ID: <20240813144046.46bc1b2fb34c@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
--8b3ba182-129d-bd77-e229-f0b2ec31c1b4--
"""),
    ('es', 'exchange-ndr-mailbox-full', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.ferreteria-navarro.example (mail.ferreteria-navarro.example [88.12.54.201])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WwVf6NSr0NbjqG
	for <privacy@shop.example.be>; Fri, 16 Aug 2024 09:09:52 +0200 (CEST)
Received: from EXCH-SRV2.navarro.local (10.10.1.27) by mail.ferreteria-navarro.example
 (10.10.1.72) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Fri, 16 Aug 2024 09:09:51 +0200
MIME-Version: 1.0
From: postmaster@ferreteria-navarro.example
To: <privacy@shop.example.be>
Date: Fri, 16 Aug 2024 07:09:50 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="1b013270-87eb-5300-7d05-0edd1ae83afe"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: es-ES
Message-ID: <373c31a3-6946-1934-94f2-ead1d8525e92@EXCH-SRV2.navarro.local>
In-Reply-To: <20240816090925.8dd3dda8ef5f@shop.example.be>
References: <20240816090925.8dd3dda8ef5f@shop.example.be>
Thread-Topic: Confirme su solicitud
Thread-Index: XtnTQlYkmy+wH1PRKODroL2TxXNAWg==
Subject: No se puede entregar: Confirme su solicitud
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--1b013270-87eb-5300-7d05-0edd1ae83afe
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="e33c7cbc-829e-8dc1-a838-dae6a558c899"

--e33c7cbc-829e-8dc1-a838-dae6a558c899
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

No se pudo entregar a estos destinatarios o grupos:

Pablo Navarro (pablo.navarro@ferreteria-navarro.example)
El buz=C3=B3n del destinatario est=C3=A1 lleno y no puede aceptar mensajes =
en este momento. Intente reenviar el mensaje m=C3=A1s tarde o p=C3=B3ngase =
en contacto directamente con el destinatario.






Informaci=C3=B3n de diagn=C3=B3stico para administradores:

Servidor de generaci=C3=B3n: EXCH-SRV2.navarro.local

pablo.navarro@ferreteria-navarro.example
#550 5.2.2 STOREDRV.Deliver; mailbox full. The following information should=
 help identify the cause: "MapiExceptionShutoffQuotaExceeded:16.18969:DF000=
000, 17.27161:00000000BC000000000000000000000000000000, 255.23226:0A000000,=
 255.27962:7A000000, 255.27962:0A000000, 255.17082:DD040000". ##

Encabezados del mensaje original:

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WHc92dgJhNJvkX
	for <pablo.navarro@ferreteria-navarro.example>; Fri, 16 Aug 2024 09:09:25 =
+0200 (CEST)
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dsel2024; t=3D1723792165;
	bh=3DTyZNYk0TWRbPEV2H06+8RVtStJeOxeMTJdP+eEcb4Bs=3D;
	h=3DFrom:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=3DuBjlvRKb1V8gUrhSeD+xYhq5+wAqyMXKh2rqC32HqY5GmRvY6Ev0+Kf71IgT/rrH5OdgW9
	 KiPES2GRpGMuDRo7yp0ql9HrTWExGJ7tnt9RJtzOH7TLWo6yybZrVpCP6sXjA7wjUdv7H1
	 xZL2ylwimi7mGr14hukUWXLOUCXZDBx3v7PJxaRBFRYwzyIKdq+TRIwBdBrWXkk2ZAxp89
	 IsPdbjWyHRyaEuFYoQqWChTclutUC02p4MX/kKfnjdiB6I
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <pablo.navarro@ferreteria-navarro.example>
Subject: Confirme su solicitud
Date: Fri, 16 Aug 2024 09:09:25 +0200
Message-ID: <20240816090925.8dd3dda8ef5f@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable
--e33c7cbc-829e-8dc1-a838-dae6a558c899
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">No se pudo entregar=
 a estos destinatarios o grupos:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><br>
Pablo Navarro (pablo.navarro@ferreteria-navarro.example)<br>
El buz=C3=B3n del destinatario est=C3=A1 lleno y no puede aceptar mensajes =
en este momento. Intente reenviar el mensaje m=C3=A1s tarde o p=C3=B3ngase =
en contacto directamente con el destinatario.<br>
<br>
<br>
<br>
<br>
<br>
<br>
Informaci=C3=B3n de diagn=C3=B3stico para administradores:<br>
<br>
Servidor de generaci=C3=B3n: EXCH-SRV2.navarro.local<br>
<br>
pablo.navarro@ferreteria-navarro.example<br>
#550 5.2.2 STOREDRV.Deliver; mailbox full. The following information should=
 help identify the cause: "MapiExceptionShutoffQuotaExceeded:16.18969:DF000=
000, 17.27161:00000000BC000000000000000000000000000000, 255.23226:0A000000,=
 255.27962:7A000000, 255.27962:0A000000, 255.17082:DD040000". ##<br>
<br>
Encabezados del mensaje original:<br>
<br>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])<b=
r>
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WHc92dgJhNJvkX<br>
	for &lt;pablo.navarro@ferreteria-navarro.example&gt;; Fri, 16 Aug 2024 09:=
09:25 +0200 (CEST)<br>
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;<br>
	s=3Dsel2024; t=3D1723792165;<br>
	bh=3DTyZNYk0TWRbPEV2H06+8RVtStJeOxeMTJdP+eEcb4Bs=3D;<br>
	h=3DFrom:To:Subject:Date:Message-ID:MIME-Version:Content-Type;<br>
	b=3DuBjlvRKb1V8gUrhSeD+xYhq5+wAqyMXKh2rqC32HqY5GmRvY6Ev0+Kf71IgT/rrH5OdgW9=
<br>
	 KiPES2GRpGMuDRo7yp0ql9HrTWExGJ7tnt9RJtzOH7TLWo6yybZrVpCP6sXjA7wjUdv7H1<br>
	 xZL2ylwimi7mGr14hukUWXLOUCXZDBx3v7PJxaRBFRYwzyIKdq+TRIwBdBrWXkk2ZAxp89<br>
	 IsPdbjWyHRyaEuFYoQqWChTclutUC02p4MX/kKfnjdiB6I<br>
From: Shop.example.be Privacy &lt;privacy@shop.example.be&gt;<br>
To: &lt;pablo.navarro@ferreteria-navarro.example&gt;<br>
Subject: Confirme su solicitud<br>
Date: Fri, 16 Aug 2024 09:09:25 +0200<br>
Message-ID: &lt;20240816090925.8dd3dda8ef5f@shop.example.be&gt;<br>
MIME-Version: 1.0<br>
Content-Type: text/plain; charset=3D"utf-8"<br>
Content-Transfer-Encoding: quoted-printable</font>
</body>
</html>
--e33c7cbc-829e-8dc1-a838-dae6a558c899--
--1b013270-87eb-5300-7d05-0edd1ae83afe
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH-SRV2.navarro.local
Received-From-MTA: dns;smtp-out.shop.example.be
Arrival-Date: Fri, 16 Aug 2024 07:09:27 +0000

Final-Recipient: rfc822;pablo.navarro@ferreteria-navarro.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;550 5.2.2 STOREDRV.Deliver; mailbox full
X-Display-Name: Pablo Navarro
--1b013270-87eb-5300-7d05-0edd1ae83afe
Content-Type: text/rfc822-headers

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WHc92dgJhNJvkX
	for <pablo.navarro@ferreteria-navarro.example>; Fri, 16 Aug 2024 09:09:25 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723792165;
	bh=UolnzMTtYi8k5/dJNBJwdpL/rAXDAznxmGqMm9nd//I=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=mPhpy/WYcMdS4rlWkmOnuVvkAuefw+n3+NX61gMDwlXwZmRZq3HxerEyJu61J2bM86Pzy+
	 6mHcc+20AKQ41kJX2WNEyoKmqoEyaWWbT3tbv4sPU/8nNK6N5fgTWJkiEHSOv0LwGeQ0te
	 WB23xAwdHagfXQNp1H61hLtFKC45kjPOEjvMKZ8fPYR452i3+ucsT+jjuOI5qgdq5DWueA
	 ZYEhVe90cLCJpFEX1Uyebvbvl427RQsEjuLnD4K8eee1v8
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <pablo.navarro@ferreteria-navarro.example>
Subject: Confirme su solicitud
Date: Fri, 16 Aug 2024 09:09:25 +0200
Message-ID: <20240816090925.8dd3dda8ef5f@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
--1b013270-87eb-5300-7d05-0edd1ae83afe--
"""),
    ('it', 'exchange-ndr-too-large', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.ferrari-arredamenti.example (mail.ferrari-arredamenti.example [151.11.48.90])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Wy3hrkS0MtfP9q
	for <privacy@shop.example.be>; Thu, 22 Aug 2024 10:15:59 +0200 (CEST)
Received: from EXSRV01.ferrariarredamenti.local (10.10.1.10) by mail.ferrari-arredamenti.example
 (10.10.1.63) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Thu, 22 Aug 2024 10:15:58 +0200
MIME-Version: 1.0
From: postmaster@ferrari-arredamenti.example
To: <privacy@shop.example.be>
Date: Thu, 22 Aug 2024 08:15:57 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="84fb802f-e4db-ee4d-a10a-b1918afc6fb1"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: it-IT
Message-ID: <5330a117-c385-500c-16ed-5e601ff6682f@EXSRV01.ferrariarredamenti.local>
In-Reply-To: <20240822101546.1602acbb1224@shop.example.be>
References: <20240822101546.1602acbb1224@shop.example.be>
Thread-Topic: I tuoi dati personali (copia richiesta)
Thread-Index: CAXVFjBALT4QXUkB/osp/mOagG5ayg==
Subject: Non recapitabile: I tuoi dati personali (copia richiesta)
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--84fb802f-e4db-ee4d-a10a-b1918afc6fb1
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="99ebfb13-f059-c512-30d6-8245e3bdbb86"

--99ebfb13-f059-c512-30d6-8245e3bdbb86
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Recapito non riuscito per i seguenti destinatari o gruppi:

Luca Ferrari (l.ferrari@ferrari-arredamenti.example)
Il messaggio =C3=A8 troppo grande per essere recapitato. Ridurne le dimensi=
oni, ad esempio rimuovendo gli allegati, e provare a inviarlo di nuovo.






Informazioni di diagnostica per gli amministratori:

Server di generazione: EXSRV01.ferrariarredamenti.local

l.ferrari@ferrari-arredamenti.example
#550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for r=
oute ##

Intestazioni messaggio originale:

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4W4QmPq5WNYtSPK
	for <l.ferrari@ferrari-arredamenti.example>; Thu, 22 Aug 2024 10:15:46 +02=
00 (CEST)
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dsel2024; t=3D1724314546;
	bh=3DnCQHqMsQqUkJqDJvRvy3il7DaKHeaQsxcerOKDGfHho=3D;
	h=3DFrom:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=3DYoItb/pf6Yl1M6qNvSopA/M+1cyM+vrIgnB595WDqrtEH4sR6YhlnssAI5hezF3dlhG+Ew
	 l50PlbiwkVFjoR9c44uRKBMzchXSlg0IFnLYwaIcs1IE/UvI6dhEydF1+3QdwZcKQf+EBI
	 6s3LIRYKIaMTr6KK/cLfUd8celk7DwiuqItUKP8Z7lAzP8QmTUbpYd7Q3LZHzV6uU+b8wY
	 1yP7lkzfvUC6/rICeTkWn64muliyOpg64PydSBgJnO34b8
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <l.ferrari@ferrari-arredamenti.example>
Subject: I tuoi dati personali (copia richiesta)
Date: Thu, 22 Aug 2024 10:15:46 +0200
Message-ID: <20240822101546.1602acbb1224@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=3D"=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=
=3D=3D=3D=3D=3D3495428104173758556=3D=3D"
--99ebfb13-f059-c512-30d6-8245e3bdbb86
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">Recapito non riusci=
to per i seguenti destinatari o gruppi:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><br>
Luca Ferrari (l.ferrari@ferrari-arredamenti.example)<br>
Il messaggio =C3=A8 troppo grande per essere recapitato. Ridurne le dimensi=
oni, ad esempio rimuovendo gli allegati, e provare a inviarlo di nuovo.<br>
<br>
<br>
<br>
<br>
<br>
<br>
Informazioni di diagnostica per gli amministratori:<br>
<br>
Server di generazione: EXSRV01.ferrariarredamenti.local<br>
<br>
l.ferrari@ferrari-arredamenti.example<br>
#550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for r=
oute ##<br>
<br>
Intestazioni messaggio originale:<br>
<br>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])<b=
r>
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4W4QmPq5WNYtSPK<br>
	for &lt;l.ferrari@ferrari-arredamenti.example&gt;; Thu, 22 Aug 2024 10:15:=
46 +0200 (CEST)<br>
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;<br>
	s=3Dsel2024; t=3D1724314546;<br>
	bh=3DnCQHqMsQqUkJqDJvRvy3il7DaKHeaQsxcerOKDGfHho=3D;<br>
	h=3DFrom:To:Subject:Date:Message-ID:MIME-Version:Content-Type;<br>
	b=3DYoItb/pf6Yl1M6qNvSopA/M+1cyM+vrIgnB595WDqrtEH4sR6YhlnssAI5hezF3dlhG+Ew=
<br>
	 l50PlbiwkVFjoR9c44uRKBMzchXSlg0IFnLYwaIcs1IE/UvI6dhEydF1+3QdwZcKQf+EBI<br>
	 6s3LIRYKIaMTr6KK/cLfUd8celk7DwiuqItUKP8Z7lAzP8QmTUbpYd7Q3LZHzV6uU+b8wY<br>
	 1yP7lkzfvUC6/rICeTkWn64muliyOpg64PydSBgJnO34b8<br>
From: Shop.example.be Privacy &lt;privacy@shop.example.be&gt;<br>
To: &lt;l.ferrari@ferrari-arredamenti.example&gt;<br>
Subject: I tuoi dati personali (copia richiesta)<br>
Date: Thu, 22 Aug 2024 10:15:46 +0200<br>
Message-ID: &lt;20240822101546.1602acbb1224@shop.example.be&gt;<br>
MIME-Version: 1.0<br>
Content-Type: multipart/mixed; boundary=3D"=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=
=3D=3D=3D=3D=3D3495428104173758556=3D=3D"</font>
</body>
</html>
--99ebfb13-f059-c512-30d6-8245e3bdbb86--
--84fb802f-e4db-ee4d-a10a-b1918afc6fb1
Content-Type: message/delivery-status

Reporting-MTA: dns;EXSRV01.ferrariarredamenti.local
Received-From-MTA: dns;smtp-out.shop.example.be
Arrival-Date: Thu, 22 Aug 2024 08:15:48 +0000

Final-Recipient: rfc822;l.ferrari@ferrari-arredamenti.example
Action: failed
Status: 5.3.4
Diagnostic-Code: smtp;550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route
X-Display-Name: Luca Ferrari
--84fb802f-e4db-ee4d-a10a-b1918afc6fb1
Content-Type: text/rfc822-headers

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4W4QmPq5WNYtSPK
	for <l.ferrari@ferrari-arredamenti.example>; Thu, 22 Aug 2024 10:15:46 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1724314546;
	bh=nCQHqMsQqUkJqDJvRvy3il7DaKHeaQsxcerOKDGfHho=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=YoItb/pf6Yl1M6qNvSopA/M+1cyM+vrIgnB595WDqrtEH4sR6YhlnssAI5hezF3dlhG+Ew
	 l50PlbiwkVFjoR9c44uRKBMzchXSlg0IFnLYwaIcs1IE/UvI6dhEydF1+3QdwZcKQf+EBI
	 6s3LIRYKIaMTr6KK/cLfUd8celk7DwiuqItUKP8Z7lAzP8QmTUbpYd7Q3LZHzV6uU+b8wY
	 1yP7lkzfvUC6/rICeTkWn64muliyOpg64PydSBgJnO34b8
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <l.ferrari@ferrari-arredamenti.example>
Subject: I tuoi dati personali (copia richiesta)
Date: Thu, 22 Aug 2024 10:15:46 +0200
Message-ID: <20240822101546.1602acbb1224@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="===============3495428104173758556=="
--84fb802f-e4db-ee4d-a10a-b1918afc6fb1--
"""),
    ('sv', 'exchange-ndr-expired', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.bygg-umea.example (mail.bygg-umea.example [194.47.66.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WSlLZkJhRhnypy
	for <privacy@shop.example.be>; Sun, 11 Aug 2024 13:04:30 +0200 (CEST)
Received: from EX01.bygg-umea.local (10.10.1.25) by mail.bygg-umea.example
 (10.10.1.83) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Sun, 11 Aug 2024 13:04:29 +0200
MIME-Version: 1.0
From: postmaster@bygg-umea.example
To: <privacy@shop.example.be>
Date: Sun, 11 Aug 2024 11:04:28 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="e3eded6e-3efd-593a-a29f-7e63a3b405e1"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
Message-ID: <e48b9276-d08a-6e26-2ec1-2e11d7d4de3c@EX01.bygg-umea.local>
In-Reply-To: <20240809130350.e6f506758e4b@shop.example.be>
References: <20240809130350.e6f506758e4b@shop.example.be>
Thread-Topic: =?utf-8?B?QmVrcsOkZnRhIGRpbiBiZWfDpHJhbg==?=
Thread-Index: llz5b2edkwqbFLT2V9Ivj0bFcvG3pA==
Subject: =?utf-8?B?RGV0IGdpY2sgaW50ZSBhdHQgbGV2ZXJlcmE6IEJla3LDpGZ0YSBkaW4gYmVn?=
 =?utf-8?B?w6RyYW4=?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--e3eded6e-3efd-593a-a29f-7e63a3b405e1
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="ba569ee0-c581-1979-2524-0b405ce14078"

--ba569ee0-c581-1979-2524-0b405ce14078
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Leveransen till f=C3=B6ljande mottagare eller grupper misslyckades:

Maria Lund (maria.lund@bygg-umea.example)
Meddelandet kunde inte levereras inom den angivna tiden. Mottagarens e-post=
server svarade inte. F=C3=B6rs=C3=B6k att skicka meddelandet igen senare. K=
ontakta supportavdelningen om problemet kvarst=C3=A5r.






Diagnostisk information f=C3=B6r administrat=C3=B6rer:

Genererande server: EX01.bygg-umea.local

maria.lund@bygg-umea.example
#550 4.4.7 QUEUE.Expired; message expired ##

Ursprungliga meddelandehuvuden:

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WjbSkjG2m3DPrZ
	for <maria.lund@bygg-umea.example>; Fri, 09 Aug 2024 13:03:50 +0200 (CEST)
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dsel2024; t=3D1723201430;
	bh=3Dn3TvC20a5beUjBGPamUuRwxeq7W7/l+rhB91t/9JeCs=3D;
	h=3DFrom:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=3DVyAieAM7moMRJb4Zvhx4qWvwOzrKY8H4h3qOlSVaV5WWscsQH6dxFhW/8WqVhZhvMcUK88
	 f9q4dQHEu6cytY0fW4twunw2Z8x4ZklVEud4HqrcSQO72zvh42bD9plK1cDEXUMRidb+N6
	 X9KLR4/G0fAd/0gjWqMXu/v1SI+xhhOf4R52zQmAWooQ0X3wh5wSMw27iQTe5XQBr3mikL
	 G/ebuv1A8meRzqrVf0Ldc2b+CULZwIIHyWdNex6+uXU4pA
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <maria.lund@bygg-umea.example>
Subject: =3D?utf-8?B?QmVrcsOkZnRhIGRpbiBiZWfDpHJhbg=3D=3D?=3D
Date: Fri, 09 Aug 2024 13:03:50 +0200
Message-ID: <20240809130350.e6f506758e4b@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable
--ba569ee0-c581-1979-2524-0b405ce14078
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">Leveransen till f=
=C3=B6ljande mottagare eller grupper misslyckades:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><br>
Maria Lund (maria.lund@bygg-umea.example)<br>
Meddelandet kunde inte levereras inom den angivna tiden. Mottagarens e-post=
server svarade inte. F=C3=B6rs=C3=B6k att skicka meddelandet igen senare. K=
ontakta supportavdelningen om problemet kvarst=C3=A5r.<br>
<br>
<br>
<br>
<br>
<br>
<br>
Diagnostisk information f=C3=B6r administrat=C3=B6rer:<br>
<br>
Genererande server: EX01.bygg-umea.local<br>
<br>
maria.lund@bygg-umea.example<br>
#550 4.4.7 QUEUE.Expired; message expired ##<br>
<br>
Ursprungliga meddelandehuvuden:<br>
<br>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])<b=
r>
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WjbSkjG2m3DPrZ<br>
	for &lt;maria.lund@bygg-umea.example&gt;; Fri, 09 Aug 2024 13:03:50 +0200 =
(CEST)<br>
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;<br>
	s=3Dsel2024; t=3D1723201430;<br>
	bh=3Dn3TvC20a5beUjBGPamUuRwxeq7W7/l+rhB91t/9JeCs=3D;<br>
	h=3DFrom:To:Subject:Date:Message-ID:MIME-Version:Content-Type;<br>
	b=3DVyAieAM7moMRJb4Zvhx4qWvwOzrKY8H4h3qOlSVaV5WWscsQH6dxFhW/8WqVhZhvMcUK88=
<br>
	 f9q4dQHEu6cytY0fW4twunw2Z8x4ZklVEud4HqrcSQO72zvh42bD9plK1cDEXUMRidb+N6<br>
	 X9KLR4/G0fAd/0gjWqMXu/v1SI+xhhOf4R52zQmAWooQ0X3wh5wSMw27iQTe5XQBr3mikL<br>
	 G/ebuv1A8meRzqrVf0Ldc2b+CULZwIIHyWdNex6+uXU4pA<br>
From: Shop.example.be Privacy &lt;privacy@shop.example.be&gt;<br>
To: &lt;maria.lund@bygg-umea.example&gt;<br>
Subject: =3D?utf-8?B?QmVrcsOkZnRhIGRpbiBiZWfDpHJhbg=3D=3D?=3D<br>
Date: Fri, 09 Aug 2024 13:03:50 +0200<br>
Message-ID: &lt;20240809130350.e6f506758e4b@shop.example.be&gt;<br>
MIME-Version: 1.0<br>
Content-Type: text/plain; charset=3D"utf-8"<br>
Content-Transfer-Encoding: quoted-printable</font>
</body>
</html>
--ba569ee0-c581-1979-2524-0b405ce14078--
--e3eded6e-3efd-593a-a29f-7e63a3b405e1
Content-Type: message/delivery-status

Reporting-MTA: dns;EX01.bygg-umea.local
Received-From-MTA: dns;smtp-out.shop.example.be
Arrival-Date: Fri, 09 Aug 2024 11:03:52 +0000

Final-Recipient: rfc822;maria.lund@bygg-umea.example
Action: failed
Status: 4.4.7
Diagnostic-Code: smtp;550 4.4.7 QUEUE.Expired; message expired
X-Display-Name: Maria Lund
--e3eded6e-3efd-593a-a29f-7e63a3b405e1
Content-Type: text/rfc822-headers

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WjbSkjG2m3DPrZ
	for <maria.lund@bygg-umea.example>; Fri, 09 Aug 2024 13:03:50 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723201430;
	bh=7eX4rehjRVzNa0U7xFCYdgMOG3X7m4lsf7w2EhH+BRY=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=flHg5iklCjy72bs8Ex8MkkMLGntHM34QkXBy+8RSQ9QJMMAz0AsCzKqAzK1syDfA8qKk+a
	 r7RgD7KxKX/3rxOjrZDkb/IzWU9DVPUiuaQQu7iypSNPrTSXXI0S6u7jzz1JweUiJwJ27/
	 n3CqJiceaa+TdOYJcyuhGDKlJhh/RLflCS/5n5FRqTkLK5GxwIx/zPs9Bigr6dhcT/QSCm
	 jWGZSgBC6eUj5Jme3WdeUF3qW5g6PL95GoGAi90fumZaUU
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <maria.lund@bygg-umea.example>
Subject: =?utf-8?B?QmVrcsOkZnRhIGRpbiBiZWfDpHJhbg==?=
Date: Fri, 09 Aug 2024 13:03:50 +0200
Message-ID: <20240809130350.e6f506758e4b@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
--e3eded6e-3efd-593a-a29f-7e63a3b405e1--
"""),
    ('ro', 'exchange-ndr-spam', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.asigurari-cluj.example (mail.asigurari-cluj.example [89.34.120.17])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WcpPJjqvPyzXMV
	for <privacy@shop.example.be>; Thu, 15 Aug 2024 16:21:14 +0200 (CEST)
Received: from EXCH01.asigurari-cluj.local (10.10.1.58) by mail.asigurari-cluj.example
 (10.10.1.64) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Thu, 15 Aug 2024 16:21:13 +0200
MIME-Version: 1.0
From: postmaster@asigurari-cluj.example
To: <privacy@shop.example.be>
Date: Thu, 15 Aug 2024 14:21:12 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a00d114e-78fe-3d64-6de6-0784818180e1"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: ro-RO
Message-ID: <40f73172-f554-0f70-2be4-5bc4f0da6b0e@EXCH01.asigurari-cluj.local>
In-Reply-To: <20240815162055.b2778d3cd583@shop.example.be>
References: <20240815162055.b2778d3cd583@shop.example.be>
Thread-Topic: =?utf-8?B?VsSDIHJ1Z8SDbSBzxIMgY29uZmlybWHIm2kgY2VyZXJlYQ==?=
Thread-Index: rG3O+jA0QD4JNph1jTa3kcekQSCI5Q==
Subject: =?utf-8?B?TmVsaXZyYWJpbDogVsSDIHJ1Z8SDbSBzxIMgY29uZmlybWHIm2kgY2VyZXJl?=
 =?utf-8?B?YQ==?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--a00d114e-78fe-3d64-6de6-0784818180e1
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="f10efe54-45d0-7efd-9ff4-9efadb181388"

--f10efe54-45d0-7efd-9ff4-9efadb181388
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Livrarea a e=C8=99uat c=C4=83tre ace=C8=99ti destinatari sau grupuri:

Mihaela Stan (m.stan@asigurari-cluj.example)
Mesajul dvs. a fost respins de filtrul de mesaje nedorite al destinatarului=
, deoarece a fost identificat drept spam. Contacta=C8=9Bi destinatarul pe a=
lt=C4=83 cale sau solicita=C8=9Bi administratorului de e-mail s=C4=83 verif=
ice configurarea domeniului dvs.






Informa=C8=9Bii de diagnosticare pentru administratori:

Server generator: EXCH01.asigurari-cluj.local

m.stan@asigurari-cluj.example
Remote Server returned '550 5.7.1 Message rejected as spam by Content Filte=
ring.'

Anteturile mesajului original:

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4Wm4yrr1zt2Ys9W
	for <m.stan@asigurari-cluj.example>; Thu, 15 Aug 2024 16:20:55 +0200 (CEST)
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dsel2024; t=3D1723731655;
	bh=3DiGHywOuIc1i1mdhg2kvTebemnjNhRGH/sK5hPpWvil4=3D;
	h=3DFrom:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=3DQPYpctTPNQVsG9Mg/BFHRY1jtYQiNDxPmkpzi+FaVCXXbyi26o9QYIxqogeCrG7q3OfAHD
	 3myDwK4HCMjG+TCGzdVfNaba/5WeZzYakkEfUpS/ICJvfdMCsGJc8mHXfT/ydiqP7S/9pc
	 G8rKazECJ8+1FxO5yzwnKBihdY3R+A3g7HYU4ttNiihcxHd4K8cphcTGUnD6lDOwFB5L38
	 eR2ParfIwL8PB44Y+AJ3K1ONFXuQ4HFUzcUHOe+3i6kFMd
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <m.stan@asigurari-cluj.example>
Subject: =3D?utf-8?B?VsSDIHJ1Z8SDbSBzxIMgY29uZmlybWHIm2kgY2VyZXJlYQ=3D=3D?=
=3D
Date: Thu, 15 Aug 2024 16:20:55 +0200
Message-ID: <20240815162055.b2778d3cd583@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable
--f10efe54-45d0-7efd-9ff4-9efadb181388
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">Livrarea a e=C8=99u=
at c=C4=83tre ace=C8=99ti destinatari sau grupuri:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><br>
Mihaela Stan (m.stan@asigurari-cluj.example)<br>
Mesajul dvs. a fost respins de filtrul de mesaje nedorite al destinatarului=
, deoarece a fost identificat drept spam. Contacta=C8=9Bi destinatarul pe a=
lt=C4=83 cale sau solicita=C8=9Bi administratorului de e-mail s=C4=83 verif=
ice configurarea domeniului dvs.<br>
<br>
<br>
<br>
<br>
<br>
<br>
Informa=C8=9Bii de diagnosticare pentru administratori:<br>
<br>
Server generator: EXCH01.asigurari-cluj.local<br>
<br>
m.stan@asigurari-cluj.example<br>
Remote Server returned '550 5.7.1 Message rejected as spam by Content Filte=
ring.'<br>
<br>
Anteturile mesajului original:<br>
<br>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])<b=
r>
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4Wm4yrr1zt2Ys9W<br>
	for &lt;m.stan@asigurari-cluj.example&gt;; Thu, 15 Aug 2024 16:20:55 +0200=
 (CEST)<br>
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;<br>
	s=3Dsel2024; t=3D1723731655;<br>
	bh=3DiGHywOuIc1i1mdhg2kvTebemnjNhRGH/sK5hPpWvil4=3D;<br>
	h=3DFrom:To:Subject:Date:Message-ID:MIME-Version:Content-Type;<br>
	b=3DQPYpctTPNQVsG9Mg/BFHRY1jtYQiNDxPmkpzi+FaVCXXbyi26o9QYIxqogeCrG7q3OfAHD=
<br>
	 3myDwK4HCMjG+TCGzdVfNaba/5WeZzYakkEfUpS/ICJvfdMCsGJc8mHXfT/ydiqP7S/9pc<br>
	 G8rKazECJ8+1FxO5yzwnKBihdY3R+A3g7HYU4ttNiihcxHd4K8cphcTGUnD6lDOwFB5L38<br>
	 eR2ParfIwL8PB44Y+AJ3K1ONFXuQ4HFUzcUHOe+3i6kFMd<br>
From: Shop.example.be Privacy &lt;privacy@shop.example.be&gt;<br>
To: &lt;m.stan@asigurari-cluj.example&gt;<br>
Subject: =3D?utf-8?B?VsSDIHJ1Z8SDbSBzxIMgY29uZmlybWHIm2kgY2VyZXJlYQ=3D=3D?=
=3D<br>
Date: Thu, 15 Aug 2024 16:20:55 +0200<br>
Message-ID: &lt;20240815162055.b2778d3cd583@shop.example.be&gt;<br>
MIME-Version: 1.0<br>
Content-Type: text/plain; charset=3D"utf-8"<br>
Content-Transfer-Encoding: quoted-printable</font>
</body>
</html>
--f10efe54-45d0-7efd-9ff4-9efadb181388--
--a00d114e-78fe-3d64-6de6-0784818180e1
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.asigurari-cluj.local
Received-From-MTA: dns;smtp-out.shop.example.be
Arrival-Date: Thu, 15 Aug 2024 14:20:57 +0000

Final-Recipient: rfc822;m.stan@asigurari-cluj.example
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp;550 5.7.1 Message rejected as spam by Content Filtering.
X-Display-Name: Mihaela Stan
--a00d114e-78fe-3d64-6de6-0784818180e1
Content-Type: text/rfc822-headers

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4Wm4yrr1zt2Ys9W
	for <m.stan@asigurari-cluj.example>; Thu, 15 Aug 2024 16:20:55 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723731655;
	bh=jQKHPZSL/C0RF5CWc5mzeyzqJLbdjhieAXzGV6HPdNA=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=hW1l56K13AVPYJFZCfbxE66ltWXy0BKeE70KJW4IHDqcPGUR7Dj6RrjwJ8WeGla44bPnz+
	 KeOFaF0fsRevGSO1J7t7XG+Jp+sY0+CJbXIGJeLAdmHSThCs9zQZwBKACECSIr0O2dMtEj
	 9AVd+yxa7qJvtAUMFcvUQHl7s2cHrPtaHx76Jx+w1VNanTsb4ckrw+WHMioKMvkfPo5YcW
	 sR/AqaeLlgqBT0sAnJUWIYcBlaFwkXAGkAKXR0IkjzY97i
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <m.stan@asigurari-cluj.example>
Subject: =?utf-8?B?VsSDIHJ1Z8SDbSBzxIMgY29uZmlybWHIm2kgY2VyZXJlYQ==?=
Date: Thu, 15 Aug 2024 16:20:55 +0200
Message-ID: <20240815162055.b2778d3cd583@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
--a00d114e-78fe-3d64-6de6-0784818180e1--
"""),
    ('el', 'exchange-ndr-classic', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.ygeia-athina.example (mail.ygeia-athina.example [195.251.12.33])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Wx9g9XkJV4V3V6
	for <privacy@shop.example.be>; Mon, 19 Aug 2024 11:47:30 +0200 (CEST)
Received: from EXSRV.ygeia-athina.local (10.10.1.34) by mail.ygeia-athina.example
 (10.10.1.66) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Mon, 19 Aug 2024 11:47:29 +0200
MIME-Version: 1.0
From: postmaster@ygeia-athina.example
To: <privacy@shop.example.be>
Date: Mon, 19 Aug 2024 09:47:28 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="c3e5c6e5-db18-8190-e57b-b6d27530f5ae"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: el-GR
Message-ID: <b0149fab-55be-8c24-1659-d379ed8e9b34@EXSRV.ygeia-athina.local>
In-Reply-To: <20240819114717.ff4a62a4f741@shop.example.be>
References: <20240819114717.ff4a62a4f741@shop.example.be>
Thread-Topic: =?utf-8?B?zqDOsc+BzrHOus6xzrvOv8+NzrzOtSDOtc+AzrnOss61zrLOsc65z47Pg8+E?=
 =?utf-8?B?zrUgz4TOvyDOsc6vz4TOt868zqwgz4POsc+C?=
Thread-Index: I4P21jE3TUozLsafdmGQu4S67N2Rxg==
Subject: =?utf-8?B?zpTOtc69IM61zq/Ovc6xzrkgzrTPhc69zrHPhM6uIM63IM+AzrHPgc6szrQ=?=
 =?utf-8?B?zr/Pg863OiDOoM6xz4HOsc66zrHOu86/z43OvM61IM61z4DOuc6yzrXOss6x?=
 =?utf-8?B?zrnPjs+Dz4TOtSDPhM6/IM6xzq/PhM63zrzOrCDPg86xz4I=?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--c3e5c6e5-db18-8190-e57b-b6d27530f5ae
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="2213e181-923f-ff3c-fe77-c2548521144b"

--2213e181-923f-ff3c-fe77-c2548521144b
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=CE=97 =CF=80=CE=B1=CF=81=CE=AC=CE=B4=CE=BF=CF=83=CE=B7 =CE=B1=CF=80=CE=AD=
=CF=84=CF=85=CF=87=CE=B5 =CE=B3=CE=B9=CE=B1 =CE=B1=CF=85=CF=84=CE=BF=CF=8D=
=CF=82 =CF=84=CE=BF=CF=85=CF=82 =CF=80=CE=B1=CF=81=CE=B1=CE=BB=CE=AE=CF=80=
=CF=84=CE=B5=CF=82 =CE=AE =CF=84=CE=B9=CF=82 =CE=BF=CE=BC=CE=AC=CE=B4=CE=B5=
=CF=82:

=CE=9A=CF=8E=CF=83=CF=84=CE=B1=CF=82 =CE=9D=CE=B9=CE=BA=CE=BF=CE=BB=CE=AC=
=CE=BF=CF=85 (k.nikolaou@ygeia-athina.example)
=CE=94=CE=B5=CE=BD =CE=AE=CF=84=CE=B1=CE=BD =CE=B4=CF=85=CE=BD=CE=B1=CF=84=
=CE=AE =CE=B7 =CE=B5=CF=8D=CF=81=CE=B5=CF=83=CE=B7 =CF=84=CE=B7=CF=82 =CE=
=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7=CF=82 =CE=B7=CE=BB=CE=
=B5=CE=BA=CF=84=CF=81=CE=BF=CE=BD=CE=B9=CE=BA=CE=BF=CF=8D =CF=84=CE=B1=CF=
=87=CF=85=CE=B4=CF=81=CE=BF=CE=BC=CE=B5=CE=AF=CE=BF=CF=85 =CF=80=CE=BF=CF=
=85 =CF=80=CE=BB=CE=B7=CE=BA=CF=84=CF=81=CE=BF=CE=BB=CE=BF=CE=B3=CE=AE=CF=
=83=CE=B1=CF=84=CE=B5. =CE=95=CE=BB=CE=AD=CE=B3=CE=BE=CF=84=CE=B5 =CF=84=CE=
=B7 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7 =CF=84=CE=BF=CF=
=85 =CF=80=CE=B1=CF=81=CE=B1=CE=BB=CE=AE=CF=80=CF=84=CE=B7 =CE=BA=CE=B1=CE=
=B9 =CE=B4=CE=BF=CE=BA=CE=B9=CE=BC=CE=AC=CF=83=CF=84=CE=B5 =CE=BD=CE=B1 =CF=
=83=CF=84=CE=B5=CE=AF=CE=BB=CE=B5=CF=84=CE=B5 =CE=BE=CE=B1=CE=BD=CE=AC =CF=
=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1. =CE=95=CE=AC=CE=BD =CF=84=
=CE=BF =CF=80=CF=81=CF=8C=CE=B2=CE=BB=CE=B7=CE=BC=CE=B1 =CF=80=CE=B1=CF=81=
=CE=B1=CE=BC=CE=AD=CE=BD=CE=B5=CE=B9, =CE=B5=CF=80=CE=B9=CE=BA=CE=BF=CE=B9=
=CE=BD=CF=89=CE=BD=CE=AE=CF=83=CF=84=CE=B5 =CE=BC=CE=B5 =CF=84=CE=B7=CE=BD =
=CF=85=CF=80=CE=B7=CF=81=CE=B5=CF=83=CE=AF=CE=B1 =CF=85=CF=80=CE=BF=CF=83=
=CF=84=CE=AE=CF=81=CE=B9=CE=BE=CE=B7=CF=82.






=CE=94=CE=B9=CE=B1=CE=B3=CE=BD=CF=89=CF=83=CF=84=CE=B9=CE=BA=CE=AD=CF=82 =
=CF=80=CE=BB=CE=B7=CF=81=CE=BF=CF=86=CE=BF=CF=81=CE=AF=CE=B5=CF=82 =CE=B3=
=CE=B9=CE=B1 =CE=B4=CE=B9=CE=B1=CF=87=CE=B5=CE=B9=CF=81=CE=B9=CF=83=CF=84=
=CE=AD=CF=82:

=CE=94=CE=B9=CE=B1=CE=BA=CE=BF=CE=BC=CE=B9=CF=83=CF=84=CE=AE=CF=82 =CE=B4=
=CE=B7=CE=BC=CE=B9=CE=BF=CF=85=CF=81=CE=B3=CE=AF=CE=B1=CF=82: EXSRV.ygeia-a=
thina.local

k.nikolaou@ygeia-athina.example
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

=CE=91=CF=81=CF=87=CE=B9=CE=BA=CE=AD=CF=82 =CE=BA=CE=B5=CF=86=CE=B1=CE=BB=
=CE=AF=CE=B4=CE=B5=CF=82 =CE=BC=CE=B7=CE=BD=CF=8D=CE=BC=CE=B1=CF=84=CE=BF=
=CF=82:

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WYLG0XLvPKCGMP
	for <k.nikolaou@ygeia-athina.example>; Mon, 19 Aug 2024 11:47:17 +0200 (CE=
ST)
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dsel2024; t=3D1724060837;
	bh=3D6ckmMO65KhFD383VlmYp93THQx7192Ke0gtAnW9mb88=3D;
	h=3DFrom:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=3Dw3ku3bDqK7JwHNo8XTJQ0pS07SixEA+6E2RoN06wfI0RQS6G9/qZ1ig7DDrYIXJBWBZuo2
	 Z0oNAuawPdofpdukJj+QfYYH93KBspW6HIc5uVbxsPUfwgZI61bYv4x4E8DYjfEEo/L3ML
	 o//RQunzypF/avNc2atVZo7bP5QVyS8BipydLyukzlZESbNtfXJz6pRlMSAHWXIH7L6CW2
	 e5oquIjPw1w2ambsv/SbZOwHY/8Lxg1TOtiIy105voq4C/
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <k.nikolaou@ygeia-athina.example>
Subject: =3D?utf-8?B?zqDOsc+BzrHOus6xzrvOv8+NzrzOtSDOtc+AzrnOss61zrLOsc65z4=
7Pg8+E?=3D
 =3D?utf-8?B?zrUgz4TOvyDOsc6vz4TOt868zqwgz4POsc+C?=3D
Date: Mon, 19 Aug 2024 11:47:17 +0200
Message-ID: <20240819114717.ff4a62a4f741@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable
--2213e181-923f-ff3c-fe77-c2548521144b
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">=CE=97 =CF=80=CE=B1=
=CF=81=CE=AC=CE=B4=CE=BF=CF=83=CE=B7 =CE=B1=CF=80=CE=AD=CF=84=CF=85=CF=87=
=CE=B5 =CE=B3=CE=B9=CE=B1 =CE=B1=CF=85=CF=84=CE=BF=CF=8D=CF=82 =CF=84=CE=BF=
=CF=85=CF=82 =CF=80=CE=B1=CF=81=CE=B1=CE=BB=CE=AE=CF=80=CF=84=CE=B5=CF=82 =
=CE=AE =CF=84=CE=B9=CF=82 =CE=BF=CE=BC=CE=AC=CE=B4=CE=B5=CF=82:</font></b><=
/p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><br>
=CE=9A=CF=8E=CF=83=CF=84=CE=B1=CF=82 =CE=9D=CE=B9=CE=BA=CE=BF=CE=BB=CE=AC=
=CE=BF=CF=85 (k.nikolaou@ygeia-athina.example)<br>
=CE=94=CE=B5=CE=BD =CE=AE=CF=84=CE=B1=CE=BD =CE=B4=CF=85=CE=BD=CE=B1=CF=84=
=CE=AE =CE=B7 =CE=B5=CF=8D=CF=81=CE=B5=CF=83=CE=B7 =CF=84=CE=B7=CF=82 =CE=
=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7=CF=82 =CE=B7=CE=BB=CE=
=B5=CE=BA=CF=84=CF=81=CE=BF=CE=BD=CE=B9=CE=BA=CE=BF=CF=8D =CF=84=CE=B1=CF=
=87=CF=85=CE=B4=CF=81=CE=BF=CE=BC=CE=B5=CE=AF=CE=BF=CF=85 =CF=80=CE=BF=CF=
=85 =CF=80=CE=BB=CE=B7=CE=BA=CF=84=CF=81=CE=BF=CE=BB=CE=BF=CE=B3=CE=AE=CF=
=83=CE=B1=CF=84=CE=B5. =CE=95=CE=BB=CE=AD=CE=B3=CE=BE=CF=84=CE=B5 =CF=84=CE=
=B7 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7 =CF=84=CE=BF=CF=
=85 =CF=80=CE=B1=CF=81=CE=B1=CE=BB=CE=AE=CF=80=CF=84=CE=B7 =CE=BA=CE=B1=CE=
=B9 =CE=B4=CE=BF=CE=BA=CE=B9=CE=BC=CE=AC=CF=83=CF=84=CE=B5 =CE=BD=CE=B1 =CF=
=83=CF=84=CE=B5=CE=AF=CE=BB=CE=B5=CF=84=CE=B5 =CE=BE=CE=B1=CE=BD=CE=AC =CF=
=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1. =CE=95=CE=AC=CE=BD =CF=84=
=CE=BF =CF=80=CF=81=CF=8C=CE=B2=CE=BB=CE=B7=CE=BC=CE=B1 =CF=80=CE=B1=CF=81=
=CE=B1=CE=BC=CE=AD=CE=BD=CE=B5=CE=B9, =CE=B5=CF=80=CE=B9=CE=BA=CE=BF=CE=B9=
=CE=BD=CF=89=CE=BD=CE=AE=CF=83=CF=84=CE=B5 =CE=BC=CE=B5 =CF=84=CE=B7=CE=BD =
=CF=85=CF=80=CE=B7=CF=81=CE=B5=CF=83=CE=AF=CE=B1 =CF=85=CF=80=CE=BF=CF=83=
=CF=84=CE=AE=CF=81=CE=B9=CE=BE=CE=B7=CF=82.<br>
<br>
<br>
<br>
<br>
<br>
<br>
=CE=94=CE=B9=CE=B1=CE=B3=CE=BD=CF=89=CF=83=CF=84=CE=B9=CE=BA=CE=AD=CF=82 =
=CF=80=CE=BB=CE=B7=CF=81=CE=BF=CF=86=CE=BF=CF=81=CE=AF=CE=B5=CF=82 =CE=B3=
=CE=B9=CE=B1 =CE=B4=CE=B9=CE=B1=CF=87=CE=B5=CE=B9=CF=81=CE=B9=CF=83=CF=84=
=CE=AD=CF=82:<br>
<br>
=CE=94=CE=B9=CE=B1=CE=BA=CE=BF=CE=BC=CE=B9=CF=83=CF=84=CE=AE=CF=82 =CE=B4=
=CE=B7=CE=BC=CE=B9=CE=BF=CF=85=CF=81=CE=B3=CE=AF=CE=B1=CF=82: EXSRV.ygeia-a=
thina.local<br>
<br>
k.nikolaou@ygeia-athina.example<br>
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##<br>
<br>
=CE=91=CF=81=CF=87=CE=B9=CE=BA=CE=AD=CF=82 =CE=BA=CE=B5=CF=86=CE=B1=CE=BB=
=CE=AF=CE=B4=CE=B5=CF=82 =CE=BC=CE=B7=CE=BD=CF=8D=CE=BC=CE=B1=CF=84=CE=BF=
=CF=82:<br>
<br>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])<b=
r>
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WYLG0XLvPKCGMP<br>
	for &lt;k.nikolaou@ygeia-athina.example&gt;; Mon, 19 Aug 2024 11:47:17 +02=
00 (CEST)<br>
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;<br>
	s=3Dsel2024; t=3D1724060837;<br>
	bh=3D6ckmMO65KhFD383VlmYp93THQx7192Ke0gtAnW9mb88=3D;<br>
	h=3DFrom:To:Subject:Date:Message-ID:MIME-Version:Content-Type;<br>
	b=3Dw3ku3bDqK7JwHNo8XTJQ0pS07SixEA+6E2RoN06wfI0RQS6G9/qZ1ig7DDrYIXJBWBZuo2=
<br>
	 Z0oNAuawPdofpdukJj+QfYYH93KBspW6HIc5uVbxsPUfwgZI61bYv4x4E8DYjfEEo/L3ML<br>
	 o//RQunzypF/avNc2atVZo7bP5QVyS8BipydLyukzlZESbNtfXJz6pRlMSAHWXIH7L6CW2<br>
	 e5oquIjPw1w2ambsv/SbZOwHY/8Lxg1TOtiIy105voq4C/<br>
From: Shop.example.be Privacy &lt;privacy@shop.example.be&gt;<br>
To: &lt;k.nikolaou@ygeia-athina.example&gt;<br>
Subject: =3D?utf-8?B?zqDOsc+BzrHOus6xzrvOv8+NzrzOtSDOtc+AzrnOss61zrLOsc65z4=
7Pg8+E?=3D<br>
 =3D?utf-8?B?zrUgz4TOvyDOsc6vz4TOt868zqwgz4POsc+C?=3D<br>
Date: Mon, 19 Aug 2024 11:47:17 +0200<br>
Message-ID: &lt;20240819114717.ff4a62a4f741@shop.example.be&gt;<br>
MIME-Version: 1.0<br>
Content-Type: text/plain; charset=3D"utf-8"<br>
Content-Transfer-Encoding: quoted-printable</font>
</body>
</html>
--2213e181-923f-ff3c-fe77-c2548521144b--
--c3e5c6e5-db18-8190-e57b-b6d27530f5ae
Content-Type: message/delivery-status

Reporting-MTA: dns;EXSRV.ygeia-athina.local
Received-From-MTA: dns;smtp-out.shop.example.be
Arrival-Date: Mon, 19 Aug 2024 09:47:19 +0000

Final-Recipient: rfc822;k.nikolaou@ygeia-athina.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
X-Display-Name: =?utf-8?B?zprPjs+Dz4TOsc+CIM6dzrnOus6/zrvOrM6/z4U=?=
--c3e5c6e5-db18-8190-e57b-b6d27530f5ae
Content-Type: text/rfc822-headers

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WYLG0XLvPKCGMP
	for <k.nikolaou@ygeia-athina.example>; Mon, 19 Aug 2024 11:47:17 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1724060837;
	bh=0TVzVtjfZykzhoR5W06UWRIo7SymXBe2JEGPmUeouMg=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=e3XUwZMbIxto9EQJqWDr6sDhlkMz103DLqiOcEfxLhx1ZARlNQfWfDvl8+4vW9StYWe3KM
	 Ou9DR8xKbEwymKEJdGWaMKzP4SE/2+1C9HXKaXmuLOJ4JhnPky3v6jg4gPGgDDgDFgzqr5
	 6/MU+kSl9oerDZo+We94dYJVGveSQ2UqWqE4svBUR0y5SK1btJw/tjvOJiCjwPhulXXRhd
	 70qBxK3Z82guT+KDByZzWdlkxl88M0n7XeRajEJNnrEA3H
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <k.nikolaou@ygeia-athina.example>
Subject: =?utf-8?B?zqDOsc+BzrHOus6xzrvOv8+NzrzOtSDOtc+AzrnOss61zrLOsc65z47Pg8+E?=
 =?utf-8?B?zrUgz4TOvyDOsc6vz4TOt868zqwgz4POsc+C?=
Date: Mon, 19 Aug 2024 11:47:17 +0200
Message-ID: <20240819114717.ff4a62a4f741@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
--c3e5c6e5-db18-8190-e57b-b6d27530f5ae--
"""),
    ('bg', 'exchange-ndr-auth-required', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.obshtina-ruse.example (mail.obshtina-ruse.example [212.5.150.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Wp2tZwLrdMh8PJ
	for <privacy@shop.example.be>; Mon, 12 Aug 2024 10:36:42 +0200 (CEST)
Received: from MAIL2.obshtina-ruse.local (10.10.1.60) by mail.obshtina-ruse.example
 (10.10.1.63) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Mon, 12 Aug 2024 10:36:41 +0200
MIME-Version: 1.0
From: postmaster@obshtina-ruse.example
To: <privacy@shop.example.be>
Date: Mon, 12 Aug 2024 08:36:40 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ce8b060d-4d29-a8fb-a662-ee7cfd85064a"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: bg-BG
Message-ID: <ecbb9dd4-9536-ed80-7234-760463db9ad1@MAIL2.obshtina-ruse.local>
In-Reply-To: <20240812103608.4490a9bbc299@shop.example.be>
References: <20240812103608.4490a9bbc299@shop.example.be>
Thread-Topic: =?utf-8?B?0JzQvtC70Y8sINC/0L7RgtCy0YrRgNC00LXRgtC1INC30LDRj9Cy0LrQsNGC?=
 =?utf-8?B?0LAg0YHQuA==?=
Thread-Index: z+AfQrJvZEdvL2ag9+V1j9/MR+KgUQ==
Subject: =?utf-8?B?0J3QtdGD0YHQv9C10YjQvdCwINC00L7RgdGC0LDQstC60LA6INCc0L7Qu9GP?=
 =?utf-8?B?LCDQv9C+0YLQstGK0YDQtNC10YLQtSDQt9Cw0Y/QstC60LDRgtCwINGB0Lg=?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--ce8b060d-4d29-a8fb-a662-ee7cfd85064a
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="91432ef9-d02c-f1a7-6409-5267d19914b6"

--91432ef9-d02c-f1a7-6409-5267d19914b6
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=D0=94=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=BA=D0=B0=D1=82=D0=B0 =D0=B4=D0=BE =
=D1=82=D0=B5=D0=B7=D0=B8 =D0=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D1=82=D0=B5=
=D0=BB=D0=B8 =D0=B8=D0=BB=D0=B8 =D0=B3=D1=80=D1=83=D0=BF=D0=B8 =D0=B5 =D0=
=BD=D0=B5=D1=83=D1=81=D0=BF=D0=B5=D1=88=D0=BD=D0=B0:

=D0=9E=D0=B1=D1=89=D0=B5=D1=81=D1=82=D0=B2=D0=B5=D0=BD=D0=B8 =D0=BF=D0=BE=
=D1=80=D1=8A=D1=87=D0=BA=D0=B8 (porachki@obshtina-ruse.example)
=D0=9D=D1=8F=D0=BC=D0=B0=D1=82=D0=B5 =D1=80=D0=B0=D0=B7=D1=80=D0=B5=D1=88=
=D0=B5=D0=BD=D0=B8=D0=B5 =D0=B4=D0=B0 =D0=B8=D0=B7=D0=BF=D1=80=D0=B0=D1=89=
=D0=B0=D1=82=D0=B5 =D0=B4=D0=BE =D1=82=D0=BE=D0=B7=D0=B8 =D0=BF=D0=BE=D0=BB=
=D1=83=D1=87=D0=B0=D1=82=D0=B5=D0=BB. =D0=97=D0=B0 =D0=BF=D0=BE=D0=BC=D0=BE=
=D1=89 =D1=81=D0=B5 =D0=BE=D0=B1=D1=8A=D1=80=D0=BD=D0=B5=D1=82=D0=B5 =D0=BA=
=D1=8A=D0=BC =D0=B0=D0=B4=D0=BC=D0=B8=D0=BD=D0=B8=D1=81=D1=82=D1=80=D0=B0=
=D1=82=D0=BE=D1=80=D0=B0 =D0=BD=D0=B0 =D0=92=D0=B0=D1=88=D0=B0=D1=82=D0=B0 =
=D1=81=D0=B8=D1=81=D1=82=D0=B5=D0=BC=D0=B0.






=D0=94=D0=B8=D0=B0=D0=B3=D0=BD=D0=BE=D1=81=D1=82=D0=B8=D1=87=D0=BD=D0=B0 =
=D0=B8=D0=BD=D1=84=D0=BE=D1=80=D0=BC=D0=B0=D1=86=D0=B8=D1=8F =D0=B7=D0=B0 =
=D0=B0=D0=B4=D0=BC=D0=B8=D0=BD=D0=B8=D1=81=D1=82=D1=80=D0=B0=D1=82=D0=BE=D1=
=80=D0=B8:

=D0=93=D0=B5=D0=BD=D0=B5=D1=80=D0=B8=D1=80=D0=B0=D1=89 =D1=81=D1=8A=D1=80=
=D0=B2=D1=8A=D1=80: MAIL2.obshtina-ruse.local

porachki@obshtina-ruse.example
#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##

=D0=97=D0=B0=D0=B3=D0=BB=D0=B0=D0=B2=D0=BA=D0=B8 =D0=BD=D0=B0 =D0=BE=D1=80=
=D0=B8=D0=B3=D0=B8=D0=BD=D0=B0=D0=BB=D0=BD=D0=BE=D1=82=D0=BE =D1=81=D1=8A=
=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5:

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WBff6Vgq8tMrCm
	for <porachki@obshtina-ruse.example>; Mon, 12 Aug 2024 10:36:08 +0200 (CES=
T)
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dsel2024; t=3D1723451768;
	bh=3DyXdJ1QbVtbcfYmNox3yb5k5CWISq1x4UBxvzIszwEJ4=3D;
	h=3DFrom:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=3DWLaXRvKgtzXPbcfzM2ZZhODc5Zf1Ex+WTJJmBaESAj2PMuAvKwy9A4daOjZKm5ql6KyBGi
	 Po/Q5g6KBk9TGgAbGs/tZG2Aru2qocji5mEFgrxeX+SDXVQOUVZ5tEqujezicDNd+y9ZK7
	 pip3NsnYHXzwOR78fGS56cCwuhy5B7tn+b6SO41z+jgFifPSuH2HHGDaoH2BjcYYzlxA2f
	 GlApFvPWznbdzgyJrpPKfaFSjN4zJh654KPlmC4vwRheOY
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <porachki@obshtina-ruse.example>
Subject: =3D?utf-8?B?0JzQvtC70Y8sINC/0L7RgtCy0YrRgNC00LXRgtC1INC30LDRj9Cy0L=
rQsNGC?=3D
 =3D?utf-8?B?0LAg0YHQuA=3D=3D?=3D
Date: Mon, 12 Aug 2024 10:36:08 +0200
Message-ID: <20240812103608.4490a9bbc299@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable
--91432ef9-d02c-f1a7-6409-5267d19914b6
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">=D0=94=D0=BE=D1=81=
=D1=82=D0=B0=D0=B2=D0=BA=D0=B0=D1=82=D0=B0 =D0=B4=D0=BE =D1=82=D0=B5=D0=B7=
=D0=B8 =D0=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D1=82=D0=B5=D0=BB=D0=B8 =D0=B8=
=D0=BB=D0=B8 =D0=B3=D1=80=D1=83=D0=BF=D0=B8 =D0=B5 =D0=BD=D0=B5=D1=83=D1=81=
=D0=BF=D0=B5=D1=88=D0=BD=D0=B0:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><br>
=D0=9E=D0=B1=D1=89=D0=B5=D1=81=D1=82=D0=B2=D0=B5=D0=BD=D0=B8 =D0=BF=D0=BE=
=D1=80=D1=8A=D1=87=D0=BA=D0=B8 (porachki@obshtina-ruse.example)<br>
=D0=9D=D1=8F=D0=BC=D0=B0=D1=82=D0=B5 =D1=80=D0=B0=D0=B7=D1=80=D0=B5=D1=88=
=D0=B5=D0=BD=D0=B8=D0=B5 =D0=B4=D0=B0 =D0=B8=D0=B7=D0=BF=D1=80=D0=B0=D1=89=
=D0=B0=D1=82=D0=B5 =D0=B4=D0=BE =D1=82=D0=BE=D0=B7=D0=B8 =D0=BF=D0=BE=D0=BB=
=D1=83=D1=87=D0=B0=D1=82=D0=B5=D0=BB. =D0=97=D0=B0 =D0=BF=D0=BE=D0=BC=D0=BE=
=D1=89 =D1=81=D0=B5 =D0=BE=D0=B1=D1=8A=D1=80=D0=BD=D0=B5=D1=82=D0=B5 =D0=BA=
=D1=8A=D0=BC =D0=B0=D0=B4=D0=BC=D0=B8=D0=BD=D0=B8=D1=81=D1=82=D1=80=D0=B0=
=D1=82=D0=BE=D1=80=D0=B0 =D0=BD=D0=B0 =D0=92=D0=B0=D1=88=D0=B0=D1=82=D0=B0 =
=D1=81=D0=B8=D1=81=D1=82=D0=B5=D0=BC=D0=B0.<br>
<br>
<br>
<br>
<br>
<br>
<br>
=D0=94=D0=B8=D0=B0=D0=B3=D0=BD=D0=BE=D1=81=D1=82=D0=B8=D1=87=D0=BD=D0=B0 =
=D0=B8=D0=BD=D1=84=D0=BE=D1=80=D0=BC=D0=B0=D1=86=D0=B8=D1=8F =D0=B7=D0=B0 =
=D0=B0=D0=B4=D0=BC=D0=B8=D0=BD=D0=B8=D1=81=D1=82=D1=80=D0=B0=D1=82=D0=BE=D1=
=80=D0=B8:<br>
<br>
=D0=93=D0=B5=D0=BD=D0=B5=D1=80=D0=B8=D1=80=D0=B0=D1=89 =D1=81=D1=8A=D1=80=
=D0=B2=D1=8A=D1=80: MAIL2.obshtina-ruse.local<br>
<br>
porachki@obshtina-ruse.example<br>
#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##<br>
<br>
=D0=97=D0=B0=D0=B3=D0=BB=D0=B0=D0=B2=D0=BA=D0=B8 =D0=BD=D0=B0 =D0=BE=D1=80=
=D0=B8=D0=B3=D0=B8=D0=BD=D0=B0=D0=BB=D0=BD=D0=BE=D1=82=D0=BE =D1=81=D1=8A=
=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5:<br>
<br>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])<b=
r>
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WBff6Vgq8tMrCm<br>
	for &lt;porachki@obshtina-ruse.example&gt;; Mon, 12 Aug 2024 10:36:08 +020=
0 (CEST)<br>
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;<br>
	s=3Dsel2024; t=3D1723451768;<br>
	bh=3DyXdJ1QbVtbcfYmNox3yb5k5CWISq1x4UBxvzIszwEJ4=3D;<br>
	h=3DFrom:To:Subject:Date:Message-ID:MIME-Version:Content-Type;<br>
	b=3DWLaXRvKgtzXPbcfzM2ZZhODc5Zf1Ex+WTJJmBaESAj2PMuAvKwy9A4daOjZKm5ql6KyBGi=
<br>
	 Po/Q5g6KBk9TGgAbGs/tZG2Aru2qocji5mEFgrxeX+SDXVQOUVZ5tEqujezicDNd+y9ZK7<br>
	 pip3NsnYHXzwOR78fGS56cCwuhy5B7tn+b6SO41z+jgFifPSuH2HHGDaoH2BjcYYzlxA2f<br>
	 GlApFvPWznbdzgyJrpPKfaFSjN4zJh654KPlmC4vwRheOY<br>
From: Shop.example.be Privacy &lt;privacy@shop.example.be&gt;<br>
To: &lt;porachki@obshtina-ruse.example&gt;<br>
Subject: =3D?utf-8?B?0JzQvtC70Y8sINC/0L7RgtCy0YrRgNC00LXRgtC1INC30LDRj9Cy0L=
rQsNGC?=3D<br>
 =3D?utf-8?B?0LAg0YHQuA=3D=3D?=3D<br>
Date: Mon, 12 Aug 2024 10:36:08 +0200<br>
Message-ID: &lt;20240812103608.4490a9bbc299@shop.example.be&gt;<br>
MIME-Version: 1.0<br>
Content-Type: text/plain; charset=3D"utf-8"<br>
Content-Transfer-Encoding: quoted-printable</font>
</body>
</html>
--91432ef9-d02c-f1a7-6409-5267d19914b6--
--ce8b060d-4d29-a8fb-a662-ee7cfd85064a
Content-Type: message/delivery-status

Reporting-MTA: dns;MAIL2.obshtina-ruse.local
Received-From-MTA: dns;smtp-out.shop.example.be
Arrival-Date: Mon, 12 Aug 2024 08:36:10 +0000

Final-Recipient: rfc822;porachki@obshtina-ruse.example
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required
X-Display-Name: =?utf-8?B?0J7QsdGJ0LXRgdGC0LLQtdC90Lgg0L/QvtGA0YrRh9C60Lg=?=
--ce8b060d-4d29-a8fb-a662-ee7cfd85064a
Content-Type: text/rfc822-headers

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WBff6Vgq8tMrCm
	for <porachki@obshtina-ruse.example>; Mon, 12 Aug 2024 10:36:08 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723451768;
	bh=PjCQzTyGG0LO4i4TGCrURu3XhQR+/IP8EWv0Eaem1Io=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=+C3Oi9AjOwbgQbcW7i8kjQ1z59ZI85Mw2ERBxjxLcmvSlrKUVrXqfRBR3aG8AmogHEw73c
	 MGWHDl/yC1UZjhe4d1kozzsUwjGyKugJY3iKAnhK2iMa33bLRboB3afjQQbOtM8pp1YwH5
	 4i6sFkOlZLTD+Dp9d5UoMiyKUqm2VZKxzwtIbxJNfiLzFTgcSKAyywmAcWotS8p2KS36zN
	 vXVJ/hO0V38OxTZ8JCNEzmIPARL3QI/YoT+Pm1nC63SjU9
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <porachki@obshtina-ruse.example>
Subject: =?utf-8?B?0JzQvtC70Y8sINC/0L7RgtCy0YrRgNC00LXRgtC1INC30LDRj9Cy0LrQsNGC?=
 =?utf-8?B?0LAg0YHQuA==?=
Date: Mon, 12 Aug 2024 10:36:08 +0200
Message-ID: <20240812103608.4490a9bbc299@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
--ce8b060d-4d29-a8fb-a662-ee7cfd85064a--
"""),
    ('de', 'o365-ndr-modern', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2102.outbound.protection.outlook.com [40.107.249.102])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WFMtdFlt8ZwPfW
	for <privacy@shop.example.be>; Wed, 14 Aug 2024 08:31:05 +0200 (CEST)
Received: from DB9PR02MB8285.eurprd02.prod.outlook.com (2603:10a6:a3:2ca::1b) by
 AS8PR02MB9647.eurprd02.prod.outlook.com (2603:10a6:2ce:227::11) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Wed, 14 Aug 2024 06:31:04 +0000
MIME-Version: 1.0
From: postmaster@autohauskrause.onmicrosoft.com
To: <privacy@shop.example.be>
Date: Wed, 14 Aug 2024 06:31:03 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="eac4148b-2005-0884-b844-c51669bbb59d"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <b8f8e4b3-d9da-e730-9b42-f14de69725d7@DB9PR02MB8285.eurprd02.prod.outlook.com>
In-Reply-To: <20240814083051.74a81f2fc81c@shop.example.be>
References: <20240814083051.74a81f2fc81c@shop.example.be>
Thread-Topic: =?utf-8?B?Qml0dGUgYmVzdMOkdGlnZW4gU2llIElocmUgQW5mcmFnZQ==?=
Thread-Index: GirXdRdihXTRM/F7UHaDlUHu3iC+8w==
Subject: =?utf-8?B?VW56dXN0ZWxsYmFyOiBCaXR0ZSBiZXN0w6R0aWdlbiBTaWUgSWhyZSBBbmZy?=
 =?utf-8?B?YWdl?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--eac4148b-2005-0884-b844-c51669bbb59d
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="d93ada91-3214-2b21-04d1-6511ddfa4419"

--d93ada91-3214-2b21-04d1-6511ddfa4419
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

[https://products.office.com/en-us/CMSImages/Office365Logo_Orange.png?versi=
on=3Db8d100a9-0a8b-8e6a-88e1-ef488fee0470]
Ihre Nachricht an s.krause@autohaus-krause.example konnte nicht =C3=BCbermi=
ttelt werden.

s.krause wurde bei autohaus-krause.example nicht gefunden.
privacy            Office 365            s.krause
Aktion erforderlich                      Empf=C3=A4nger

Unbekannte An-Adresse

So beheben Sie das Problem
Die Adresse ist m=C3=B6glicherweise falsch geschrieben oder existiert nicht=
. Versuchen Sie eine oder mehrere der folgenden M=C3=B6glichkeiten:

  *   Geben Sie die Adresse des Empf=C3=A4ngers erneut ein, und senden Sie =
die Nachricht dann erneut.
  *   Wenden Sie sich auf anderem Weg (beispielsweise telefonisch) an den E=
mpf=C3=A4nger, und vergewissern Sie sich, dass Sie die richtige Adresse ver=
wenden.

Wenn das Problem weiterhin besteht, leiten Sie diese Nachricht an Ihren E-M=
ail-Administrator weiter.

War dies hilfreich? Senden Sie Feedback an Microsoft.<https://go.microsoft.=
com/fwlink/?LinkId=3D525921>
________________________________

Weitere Informationen f=C3=BCr E-Mail-Administratoren
Statuscode: 550 5.1.10

Dieser Fehler tritt auf, weil der Absender eine Nachricht an eine E-Mail-Ad=
resse gesendet hat, die in Office 365 gehostet wird, die Adresse jedoch fal=
sch ist oder in der Zieldom=C3=A4ne nicht existiert.

Urspr=C3=BCngliche Nachrichtendetails
Erstellungsdatum:    14.08.2024 06:30:51
Absenderadresse:    privacy@shop.example.be
Empf=C3=A4ngeradresse:    s.krause@autohaus-krause.example
Betreff:    Bitte best=C3=A4tigen Sie Ihre Anfrage

Fehlerdetails
Fehler:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient s.krause@au=
tohaus-krause.example not found by SMTP address lookup
Nachricht abgelehnt von:    FR3P281MB9676.DEUP281.PROD.OUTLOOK.COM

Benachrichtigungsdetails
Gesendet von:    FR3P281MB9676.DEUP281.PROD.OUTLOOK.COM
--d93ada91-3214-2b21-04d1-6511ddfa4419
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">[https://products.o=
ffice.com/en-us/CMSImages/Office365Logo_Orange.png?version=3Db8d100a9-0a8b-=
8e6a-88e1-ef488fee0470]</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma">Ihre Nachricht an s.krau=
se@autohaus-krause.example konnte nicht =C3=BCbermittelt werden.<br>
<br>
s.krause wurde bei autohaus-krause.example nicht gefunden.<br>
privacy            Office 365            s.krause<br>
Aktion erforderlich                      Empf=C3=A4nger<br>
<br>
Unbekannte An-Adresse<br>
<br>
So beheben Sie das Problem<br>
Die Adresse ist m=C3=B6glicherweise falsch geschrieben oder existiert nicht=
. Versuchen Sie eine oder mehrere der folgenden M=C3=B6glichkeiten:<br>
<br>
  *   Geben Sie die Adresse des Empf=C3=A4ngers erneut ein, und senden Sie =
die Nachricht dann erneut.<br>
  *   Wenden Sie sich auf anderem Weg (beispielsweise telefonisch) an den E=
mpf=C3=A4nger, und vergewissern Sie sich, dass Sie die richtige Adresse ver=
wenden.<br>
<br>
Wenn das Problem weiterhin besteht, leiten Sie diese Nachricht an Ihren E-M=
ail-Administrator weiter.<br>
<br>
War dies hilfreich? Senden Sie Feedback an Microsoft.&lt;https://go.microso=
ft.com/fwlink/?LinkId=3D525921&gt;<br>
________________________________<br>
<br>
Weitere Informationen f=C3=BCr E-Mail-Administratoren<br>
Statuscode: 550 5.1.10<br>
<br>
Dieser Fehler tritt auf, weil der Absender eine Nachricht an eine E-Mail-Ad=
resse gesendet hat, die in Office 365 gehostet wird, die Adresse jedoch fal=
sch ist oder in der Zieldom=C3=A4ne nicht existiert.<br>
<br>
Urspr=C3=BCngliche Nachrichtendetails<br>
Erstellungsdatum:    14.08.2024 06:30:51<br>
Absenderadresse:    privacy@shop.example.be<br>
Empf=C3=A4ngeradresse:    s.krause@autohaus-krause.example<br>
Betreff:    Bitte best=C3=A4tigen Sie Ihre Anfrage<br>
<br>
Fehlerdetails<br>
Fehler:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient s.krause@au=
tohaus-krause.example not found by SMTP address lookup<br>
Nachricht abgelehnt von:    FR3P281MB9676.DEUP281.PROD.OUTLOOK.COM<br>
<br>
Benachrichtigungsdetails<br>
Gesendet von:    FR3P281MB9676.DEUP281.PROD.OUTLOOK.COM</font>
</body>
</html>
--d93ada91-3214-2b21-04d1-6511ddfa4419--
--eac4148b-2005-0884-b844-c51669bbb59d
Content-Type: message/delivery-status

Reporting-MTA: dns;FR3P281MB9676.DEUP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;smtp-out.shop.example.be
Arrival-Date: Wed, 14 Aug 2024 06:30:53 +0000

Final-Recipient: rfc822;s.krause@autohaus-krause.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient s.krause@autohaus-krause.example not found by SMTP address lookup
--eac4148b-2005-0884-b844-c51669bbb59d
Content-Type: message/rfc822

Received: from smtp-out.shop.example.be (smtp-out.shop.example.be [198.51.100.25])
 by FR3P281MB9676.DEUP281.PROD.OUTLOOK.COM (2603:10a6:20b:e2::5) with Microsoft SMTP Server (version=TLS1_3,
 cipher=TLS_AES_256_GCM_SHA384) id 15.20.7849.8 via Frontend Transport; Wed, 14 Aug 2024 06:30:54 +0000
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WcCr6NTG7MGVQB
	for <s.krause@autohaus-krause.example>; Wed, 14 Aug 2024 08:30:51 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723617051;
	bh=xQEWiS7nj1tuozi6oboRC9TCbhEkiV002lQcFCqxZV8=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=1amNLr74Uyid7rtz2J9C5CkCrX4up092639pBBmJ8F1ZxxdjFsHhaWUQWi3HIfwFQhA89d
	 8FDkNBxoLDOMtgqjPsxr7KjPhn8scDblsZqB9EfKFBvNbd91RIBW8uQtf2Ql9t4kn68RSw
	 8+P3gb5Qp5ydysQpxKyrskPqCSAGv+OnvlI3OoxtyHOxcgJAy5RIXloZlUrb2Bd9gtLpkE
	 +lPeTkdO27BTzCRspc1dw1L5giW/RHZHHj7mv2LBt4aVtY
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <s.krause@autohaus-krause.example>
Subject: =?utf-8?B?Qml0dGUgYmVzdMOkdGlnZW4gU2llIElocmUgQW5mcmFnZQ==?=
Date: Wed, 14 Aug 2024 08:30:51 +0200
Message-ID: <20240814083051.74a81f2fc81c@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Guten Tag,

wir haben eine Anfrage zu Ihren personenbezogenen Daten bei Shop.example.be=
 erhalten.
Bevor wir sie bearbeiten, m=C3=BCssen wir sicher sein, dass sie von Ihnen s=
tammt.

Bitte antworten Sie auf diese E-Mail mit dem Wort BEST=C3=84TIGEN oder =C3=
=B6ffnen Sie diesen Link:
https://shop.example.be/privacy/confirm/hpQXQpL2a8SGwH238AtFbL

Falls Sie diese Anfrage nicht gestellt haben, k=C3=B6nnen Sie diese Nachric=
ht ignorieren.

Mit freundlichen Gr=C3=BC=C3=9Fen
Das Datenschutzteam von Shop.example.be
--eac4148b-2005-0884-b844-c51669bbb59d--
"""),
    ('pt', 'o365-ndr-modern', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2118.outbound.protection.outlook.com [40.107.103.118])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WVdqpNjgym6tQ3
	for <privacy@shop.example.be>; Fri, 16 Aug 2024 12:06:25 +0200 (CEST)
Received: from VI1PR03MB5752.eurprd03.prod.outlook.com (2603:10a6:262:3b5::2f) by
 PA4PR03MB8229.eurprd03.prod.outlook.com (2603:10a6:139:145::21) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Fri, 16 Aug 2024 10:06:24 +0000
MIME-Version: 1.0
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@farmaciaporto.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Fri, 16 Aug 2024 10:06:23 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="dab4b94f-8154-a9cc-12ff-cef1d199bed7"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pt-PT
Message-ID: <4df47405-be62-1471-a5a2-0b85e16c1b95@VI1PR03MB5752.eurprd03.prod.outlook.com>
In-Reply-To: <20240816120548.faf384f01e46@shop.example.be>
References: <20240816120548.faf384f01e46@shop.example.be>
Thread-Topic: Confirme o seu pedido
Thread-Index: OFyUSUT8pgwF4B09isCO/Z3TBKeXSA==
Subject: =?utf-8?B?TsOjbyDDqSBwb3Nzw612ZWwgZW50cmVnYXI6IENvbmZpcm1lIG8gc2V1IHBl?=
 =?utf-8?B?ZGlkbw==?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--dab4b94f-8154-a9cc-12ff-cef1d199bed7
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="1d1f0c9a-667d-bdf1-8d2b-e800fe9bf3de"

--1d1f0c9a-667d-bdf1-8d2b-e800fe9bf3de
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

[https://products.office.com/en-us/CMSImages/Office365Logo_Orange.png?versi=
on=3Db8d100a9-0a8b-8e6a-88e1-ef488fee0470]
A sua mensagem para joana.pires@farmacia-porto.example n=C3=A3o p=C3=B4de s=
er entregue.

N=C3=A3o foi poss=C3=ADvel encontrar joana.pires em farmacia-porto.example.
privacy            Office 365            joana.pires
A=C3=A7=C3=A3o Necess=C3=A1ria                          Destinat=C3=A1rio

Endere=C3=A7o Para desconhecido

Como Corrigir
O endere=C3=A7o pode estar escrito incorretamente ou pode n=C3=A3o existir.=
 Experimente uma ou mais das seguintes op=C3=A7=C3=B5es:

  *   Volte a escrever o endere=C3=A7o do destinat=C3=A1rio e envie novamen=
te a mensagem.
  *   Contacte o destinat=C3=A1rio por outros meios (por exemplo, por telef=
one) e confirme que est=C3=A1 a utilizar o endere=C3=A7o correto.

Se o problema persistir, reencaminhe esta mensagem para o seu administrador=
 de e-mail.
________________________________

Mais Informa=C3=A7=C3=B5es para Administradores de E-mail
C=C3=B3digo de estado: 550 5.1.10

Detalhes da Mensagem Original
Data de Cria=C3=A7=C3=A3o:    16/08/2024 10:05:48
Endere=C3=A7o do Remetente:    privacy@shop.example.be
Endere=C3=A7o do Destinat=C3=A1rio:    joana.pires@farmacia-porto.example
Assunto:    Confirme o seu pedido

Detalhes do Erro
Erro:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient joana.pires@f=
armacia-porto.example not found by SMTP address lookup
Mensagem rejeitada por:    DB8PR02MB6256.eurprd02.prod.outlook.com
--1d1f0c9a-667d-bdf1-8d2b-e800fe9bf3de
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">[https://products.o=
ffice.com/en-us/CMSImages/Office365Logo_Orange.png?version=3Db8d100a9-0a8b-=
8e6a-88e1-ef488fee0470]</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma">A sua mensagem para joan=
a.pires@farmacia-porto.example n=C3=A3o p=C3=B4de ser entregue.<br>
<br>
N=C3=A3o foi poss=C3=ADvel encontrar joana.pires em farmacia-porto.example.=
<br>
privacy            Office 365            joana.pires<br>
A=C3=A7=C3=A3o Necess=C3=A1ria                          Destinat=C3=A1rio<b=
r>
<br>
Endere=C3=A7o Para desconhecido<br>
<br>
Como Corrigir<br>
O endere=C3=A7o pode estar escrito incorretamente ou pode n=C3=A3o existir.=
 Experimente uma ou mais das seguintes op=C3=A7=C3=B5es:<br>
<br>
  *   Volte a escrever o endere=C3=A7o do destinat=C3=A1rio e envie novamen=
te a mensagem.<br>
  *   Contacte o destinat=C3=A1rio por outros meios (por exemplo, por telef=
one) e confirme que est=C3=A1 a utilizar o endere=C3=A7o correto.<br>
<br>
Se o problema persistir, reencaminhe esta mensagem para o seu administrador=
 de e-mail.<br>
________________________________<br>
<br>
Mais Informa=C3=A7=C3=B5es para Administradores de E-mail<br>
C=C3=B3digo de estado: 550 5.1.10<br>
<br>
Detalhes da Mensagem Original<br>
Data de Cria=C3=A7=C3=A3o:    16/08/2024 10:05:48<br>
Endere=C3=A7o do Remetente:    privacy@shop.example.be<br>
Endere=C3=A7o do Destinat=C3=A1rio:    joana.pires@farmacia-porto.example<b=
r>
Assunto:    Confirme o seu pedido<br>
<br>
Detalhes do Erro<br>
Erro:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient joana.pires@f=
armacia-porto.example not found by SMTP address lookup<br>
Mensagem rejeitada por:    DB8PR02MB6256.eurprd02.prod.outlook.com</font>
</body>
</html>
--1d1f0c9a-667d-bdf1-8d2b-e800fe9bf3de--
--dab4b94f-8154-a9cc-12ff-cef1d199bed7
Content-Type: message/delivery-status

Reporting-MTA: dns;DB8PR02MB6256.eurprd02.prod.outlook.com
Received-From-MTA: dns;smtp-out.shop.example.be
Arrival-Date: Fri, 16 Aug 2024 10:05:50 +0000

Final-Recipient: rfc822;joana.pires@farmacia-porto.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient joana.pires@farmacia-porto.example not found by SMTP address lookup
--dab4b94f-8154-a9cc-12ff-cef1d199bed7
Content-Type: message/rfc822

Received: from smtp-out.shop.example.be (smtp-out.shop.example.be [198.51.100.25])
 by DB8PR02MB6256.eurprd02.prod.outlook.com (2603:10a6:20b:cf::2) with Microsoft SMTP Server (version=TLS1_3,
 cipher=TLS_AES_256_GCM_SHA384) id 15.20.7849.8 via Frontend Transport; Fri, 16 Aug 2024 10:05:51 +0000
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WxSsPhKnWS4RfV
	for <joana.pires@farmacia-porto.example>; Fri, 16 Aug 2024 12:05:48 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723802748;
	bh=uC43X08fia9x6bd4kzjEbMOEWnftjKxZMr7dLIGe02I=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=MVX4BBCNbwSY5ZlEEJl/dOCFADVQE9fpC5S2XUr0Fi4JKljqUFYNQGrBShMhDafu4M/Tbm
	 YpsszfrYlRbLY52nMDGE8MTsrYy23GI7x/tGZ1pL9NzDjwUpKoYGIBTRTq2ewSh9op1JJC
	 3mEwfInVrEK9U50xgnVnMtyYcNqa6AL95bLrG0+RQitpcv4VdHUhExfS5Sfzvq5nWj5NYT
	 TwTY07W/xx9JF7E3SDWnyG26ibTHjRowhN/z5vcrBI6T1d
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <joana.pires@farmacia-porto.example>
Subject: Confirme o seu pedido
Date: Fri, 16 Aug 2024 12:05:48 +0200
Message-ID: <20240816120548.faf384f01e46@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1,

Recebemos um pedido relativo aos seus dados pessoais na Shop.example.be.
Antes de lhe dar seguimento, precisamos de ter a certeza de que foi feito p=
or si.

Responda a este e-mail com a palavra CONFIRMO ou abra esta liga=C3=A7=C3=A3=
o:
https://shop.example.be/privacy/confirm/_jkJthg7sfe_dJOjJBZk60

Se n=C3=A3o fez este pedido, ignore esta mensagem.

Com os melhores cumprimentos,
A equipa de privacidade da Shop.example.be
--dab4b94f-8154-a9cc-12ff-cef1d199bed7--
"""),
    ('hr', 'o365-ndr-access-denied', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2091.outbound.protection.outlook.com [40.107.7.91])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WTrzRd9H75yPQT
	for <privacy@shop.example.be>; Tue, 20 Aug 2024 09:34:20 +0200 (CEST)
Received: from HE1PR04MB2013.eurprd04.prod.outlook.com (2603:10a6:1d9:3b1::f) by
 AM0PR04MB4050.eurprd04.prod.outlook.com (2603:10a6:f4:20::13) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Tue, 20 Aug 2024 07:34:19 +0000
MIME-Version: 1.0
From: postmaster@brodogradilistepula.onmicrosoft.com
To: <privacy@shop.example.be>
Date: Tue, 20 Aug 2024 07:34:18 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ea08a495-b753-b6ca-846d-c0d1986838de"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: hr-HR
Message-ID: <e487246a-c0f1-d289-61a5-e656c43ce801@HE1PR04MB2013.eurprd04.prod.outlook.com>
In-Reply-To: <20240820093333.5ec3169462eb@shop.example.be>
References: <20240820093333.5ec3169462eb@shop.example.be>
Thread-Topic: Molimo potvrdite svoj zahtjev
Thread-Index: cDFoo9yg2NOnJzAyPxBTW+n93iMZKw==
Subject: =?utf-8?B?TmVpc3BvcnXEjWl2bzogTW9saW1vIHBvdHZyZGl0ZSBzdm9qIHphaHRqZXY=?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--ea08a495-b753-b6ca-846d-c0d1986838de
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="389f3ebe-47a8-49d2-17d0-9185aaba48c8"

--389f3ebe-47a8-49d2-17d0-9185aaba48c8
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

[https://products.office.com/en-us/CMSImages/Office365Logo_Orange.png?versi=
on=3Db8d100a9-0a8b-8e6a-88e1-ef488fee0470]
Va=C5=A1a poruka za nabava@brodogradiliste-pula.example nije mogla biti isp=
oru=C4=8Dena.

Primateljeva organizacija ne prihva=C4=87a poruke za tu adresu.
privacy            Office 365            nabava
Potrebna je radnja                       Primatelj

Adresa primatelja je odbijena

Kako rije=C5=A1iti problem
Provjerite je li adresa ispravno napisana. Ako jest, obratite se primatelju=
 drugim putem (npr. telefonom) i zamolite ga da provjeri je li adresa jo=C5=
=A1 aktivna.
________________________________

Dodatne informacije za administratore e-po=C5=A1te
K=C3=B4d stanja: 550 5.4.1

Detalji o pogre=C5=A1ci
Pogre=C5=A1ka:    550 5.4.1 Recipient address rejected: Access denied. [VI1=
EUR03FT09108.eurprd03.prod.outlook.com 2024-08-20T07:33:51.512Z 08DCBF0A5E3=
C21D4]
Poruku je odbio:    VI1PR03MB9108.eurprd03.prod.outlook.com
--389f3ebe-47a8-49d2-17d0-9185aaba48c8
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">[https://products.o=
ffice.com/en-us/CMSImages/Office365Logo_Orange.png?version=3Db8d100a9-0a8b-=
8e6a-88e1-ef488fee0470]</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma">Va=C5=A1a poruka za naba=
va@brodogradiliste-pula.example nije mogla biti isporu=C4=8Dena.<br>
<br>
Primateljeva organizacija ne prihva=C4=87a poruke za tu adresu.<br>
privacy            Office 365            nabava<br>
Potrebna je radnja                       Primatelj<br>
<br>
Adresa primatelja je odbijena<br>
<br>
Kako rije=C5=A1iti problem<br>
Provjerite je li adresa ispravno napisana. Ako jest, obratite se primatelju=
 drugim putem (npr. telefonom) i zamolite ga da provjeri je li adresa jo=C5=
=A1 aktivna.<br>
________________________________<br>
<br>
Dodatne informacije za administratore e-po=C5=A1te<br>
K=C3=B4d stanja: 550 5.4.1<br>
<br>
Detalji o pogre=C5=A1ci<br>
Pogre=C5=A1ka:    550 5.4.1 Recipient address rejected: Access denied. [VI1=
EUR03FT09108.eurprd03.prod.outlook.com 2024-08-20T07:33:51.512Z 08DCBF0A5E3=
C21D4]<br>
Poruku je odbio:    VI1PR03MB9108.eurprd03.prod.outlook.com</font>
</body>
</html>
--389f3ebe-47a8-49d2-17d0-9185aaba48c8--
--ea08a495-b753-b6ca-846d-c0d1986838de
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR03MB9108.eurprd03.prod.outlook.com
Received-From-MTA: dns;smtp-out.shop.example.be
Arrival-Date: Tue, 20 Aug 2024 07:33:35 +0000

Final-Recipient: rfc822;nabava@brodogradiliste-pula.example
Action: failed
Status: 5.4.1
Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied.
--ea08a495-b753-b6ca-846d-c0d1986838de
Content-Type: message/rfc822

Received: from smtp-out.shop.example.be (smtp-out.shop.example.be [198.51.100.25])
 by VI1PR03MB9108.eurprd03.prod.outlook.com (2603:10a6:20b:285::5) with Microsoft SMTP Server (version=TLS1_3,
 cipher=TLS_AES_256_GCM_SHA384) id 15.20.7849.8 via Frontend Transport; Tue, 20 Aug 2024 07:33:36 +0000
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WbDYkvq9m4ggJt
	for <nabava@brodogradiliste-pula.example>; Tue, 20 Aug 2024 09:33:33 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1724139213;
	bh=gNXszQUiBllQxCbILhInc6ev1hZJw+r0lD59y8YeR9U=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=UaPGiXt/NvC4XNJyWvFIoo5tcS1pzRxwlbXQu7Y3MC/OPmlVceNm5rLPuZDs3lSzE1nbyX
	 Y/xyQo8N72NHsiQWRDKCWONyAgKt3kbNnSe0rJRE00RbfGrjUO291A2W6GZEs10aCSSVi4
	 R8RJsUjECSt9BmV+81N36ujF9coog873VxjszklR2zHjZzz/8Hx5fQKcUh1tiTw0JSC+nM
	 kylgitigXeRM3qPYGnZ4XQ0JIvVBTqXLRhOeQeYcnVQ168
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <nabava@brodogradiliste-pula.example>
Subject: Molimo potvrdite svoj zahtjev
Date: Tue, 20 Aug 2024 09:33:33 +0200
Message-ID: <20240820093333.5ec3169462eb@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

zaprimili smo zahtjev koji se odnosi na Va=C5=A1e osobne podatke u Shop.exa=
mple.be.
Prije nego =C5=A1to postupimo, moramo biti sigurni da ste ga poslali Vi.

Odgovorite na ovu poruku rije=C4=8Dju POTVR=C4=90UJEM ili otvorite ovu pove=
znicu:
https://shop.example.be/privacy/confirm/wdg96wC9j90mxj8zqF0N0L

Ako niste podnijeli ovaj zahtjev, zanemarite ovu poruku.

Srda=C4=8Dan pozdrav,
Tim za privatnost Shop.example.be
--ea08a495-b753-b6ca-846d-c0d1986838de--
"""),
    ('fr', 'postfix-localized-mailbox-full', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.hebergement-leroy.example (mail.hebergement-leroy.example [51.91.12.208])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Wpl8YSTSxWPlwg
	for <privacy@shop.example.be>; Sat, 17 Aug 2024 10:51:13 +0200 (CEST)
Received: by mail.hebergement-leroy.example (Postfix)
	id 4Wy0ktc76bxWMjx; Sat, 17 Aug 2024 10:51:11 +0200
Date: Sat, 17 Aug 2024 10:51:11 +0200
From: MAILER-DAEMON@mail.hebergement-leroy.example (Mail Delivery System)
Subject: =?utf-8?B?TWVzc2FnZSBub24gZGlzdHJpYnXDqSA6IHJldG91ciDDoCBsJ2V4cMOpZGl0?=
 =?utf-8?B?ZXVy?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Wy0ktc76bxWMjx.1723884671/mail.hebergement-leroy.example"
Content-Transfer-Encoding: 8bit
Message-Id: <20240817085111.4Wy0ktc76bxWMjx@mail.hebergement-leroy.example>

This is a MIME-encapsulated message.

--4Wy0ktc76bxWMjx.1723884671/mail.hebergement-leroy.example
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ceci est le syst=C3=A8me de messagerie du serveur mail.hebergement-leroy.ex=
ample.

Nous sommes au regret de vous informer que votre message n'a pas pu =C3=AAt=
re
distribu=C3=A9 =C3=A0 un ou plusieurs destinataires. Il est joint ci-dessou=
s.

Pour obtenir de l'aide, =C3=A9crivez =C3=A0 postmaster.

Si vous le faites, joignez ce rapport d'erreur. Vous pouvez supprimer
votre propre texte du message retourn=C3=A9 ci-joint.

                   Le syst=C3=A8me de messagerie

<c.leroy@hebergement-leroy.example>: host 127.0.0.1[127.0.0.1] said: 552 5.=
2.2
    <c.leroy@hebergement-leroy.example> Quota exceeded (mailbox for user is
    full) (in reply to end of DATA command)
--4Wy0ktc76bxWMjx.1723884671/mail.hebergement-leroy.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.hebergement-leroy.example
X-Postfix-Queue-ID: 4Wy0ktc76bxWMjx
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Sat, 17 Aug 2024 10:50:47 +0200 (CEST)

Final-Recipient: rfc822; c.leroy@hebergement-leroy.example
Original-Recipient: rfc822;c.leroy@hebergement-leroy.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 552 5.2.2 <c.leroy@hebergement-leroy.example> Quota
    exceeded (mailbox for user is full)
--4Wy0ktc76bxWMjx.1723884671/mail.hebergement-leroy.example
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WkhSDyLwbPGS6J
	for <c.leroy@hebergement-leroy.example>; Sat, 17 Aug 2024 10:50:45 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723884645;
	bh=eU0iICiwzkGcPjwyymyRSJ9jw7BMv6RmpVewee6IObU=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=h9bK0Z+/6w/yZv8RjG/kGrHnYZbi/VPfd7YfqAz0v9ZDTUzJZh5MQyVjHTCpX7WM20i/YS
	 NZ6OaAqa0NnxMQKzuDS8lPjuUGRnKgLlyojEdzyY82gXSxEDlvakQdeWvbbsRuaLmtGabf
	 DezNXiJUMVcjn/NzdVXTLkoeE4ZxgqyohrU+5aMIuzcW4PP3M1OwwizQd1cGSJKHj8TmQO
	 C4NNNpPymc5fZZiN575U2ouy2DT7Q/eagUaFe1MVg9SpHZ
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <c.leroy@hebergement-leroy.example>
Subject: Veuillez confirmer votre demande
Date: Sat, 17 Aug 2024 10:50:45 +0200
Message-ID: <20240817105045.309df2ffd3f2@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Nous avons re=C3=A7u une demande concernant vos donn=C3=A9es personnelles c=
hez Shop.example.be.
Avant d'y donner suite, nous devons nous assurer qu'elle vient bien de vous.

R=C3=A9pondez =C3=A0 cet e-mail avec le mot CONFIRMER, ou ouvrez ce lien :
https://shop.example.be/privacy/confirm/KZwyVjrgvnq4d8T-BGdIf0

Si vous n'=C3=AAtes pas =C3=A0 l'origine de cette demande, ignorez ce messa=
ge.

Cordialement,
L'=C3=A9quipe vie priv=C3=A9e de Shop.example.be
--4Wy0ktc76bxWMjx.1723884671/mail.hebergement-leroy.example--
"""),
    ('de', 'postfix-localized-host-not-found', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mx01.webhosting-rhein.example (mx01.webhosting-rhein.example [85.13.147.55])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WcT5DLx5ny8Bjh
	for <privacy@shop.example.be>; Sun, 18 Aug 2024 15:26:36 +0200 (CEST)
Received: by mx01.webhosting-rhein.example (Postfix)
	id 4W4gqDftzslX96P; Sun, 18 Aug 2024 15:26:34 +0200
Date: Sun, 18 Aug 2024 15:26:34 +0200
From: MAILER-DAEMON@mx01.webhosting-rhein.example (Mail Delivery System)
Subject: =?utf-8?B?VW56dXN0ZWxsYmFyZSBOYWNocmljaHQgYW4gQWJzZW5kZXIgenVyw7xja2dl?=
 =?utf-8?B?c2FuZHQ=?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4W4gqDftzslX96P.1723987594/mx01.webhosting-rhein.example"
Content-Transfer-Encoding: 8bit
Message-Id: <20240818132634.4W4gqDftzslX96P@mx01.webhosting-rhein.example>

This is a MIME-encapsulated message.

--4W4gqDftzslX96P.1723987594/mx01.webhosting-rhein.example
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dies ist das Mailsystem auf dem Rechner mx01.webhosting-rhein.example.

Leider muss ich Ihnen mitteilen, dass Ihre Nachricht nicht an einen oder
mehrere Empf=C3=A4nger zugestellt werden konnte. Sie ist unten angeh=C3=A4n=
gt.

F=C3=BCr weitere Hilfe senden Sie bitte eine E-Mail an postmaster.

Wenn Sie dies tun, f=C3=BCgen Sie bitte diesen Fehlerbericht bei. Sie k=C3=
=B6nnen
Ihren eigenen Text aus der zur=C3=BCckgesendeten Nachricht entfernen.

                   Das Mailsystem

<andrea.brandt@kanzlei-brandt-alt.example> (weitergeleitet von
    <a.brandt@kanzlei-brandt.example>): Host or domain name not found. Name
    service error for name=3Dkanzlei-brandt-alt.example type=3DMX: Host not=
 found
--4W4gqDftzslX96P.1723987594/mx01.webhosting-rhein.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx01.webhosting-rhein.example
X-Postfix-Queue-ID: 4W4gqDftzslX96P
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Sun, 18 Aug 2024 15:26:01 +0200 (CEST)

Final-Recipient: rfc822; andrea.brandt@kanzlei-brandt-alt.example
Original-Recipient: rfc822;a.brandt@kanzlei-brandt.example
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=kanzlei-brandt-alt.example type=MX: Host not found
--4W4gqDftzslX96P.1723987594/mx01.webhosting-rhein.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4Wbs4DQygH5dt60
	for <a.brandt@kanzlei-brandt.example>; Sun, 18 Aug 2024 15:25:59 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723987559;
	bh=qSze0rnBKchOcx2TqTqlDch9hZKEVQgioFmQxBk11rA=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=S7nmkqJut4z+gRDNATlIOiYC47nxocloOHdfeDKnTwe7CZgVvi+4FlvjOaeBn7qOAAZwWr
	 fKsyR+q5RWIpqMghclxY37fG2zBpgn+kwTb2mvS9gtN2g1QIqCLtH7Q9C6FoirnUcl24kI
	 9q7cSlF8I3KbKScmHDPOmwnknSZGzix5JoVYCrGB4mZmlVLRUO0RcNH3UQs80aSy+geFkv
	 RS/JoDl9dt+h/tzPHNgWb2SKhbtI1Ht7QYFBJ2xY/751xI
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <a.brandt@kanzlei-brandt.example>
Subject: =?utf-8?B?Qml0dGUgYmVzdMOkdGlnZW4gU2llIElocmUgQW5mcmFnZQ==?=
Date: Sun, 18 Aug 2024 15:25:59 +0200
Message-ID: <20240818152559.7d2812ca9d7e@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
--4W4gqDftzslX96P.1723987594/mx01.webhosting-rhein.example--
"""),
    ('pl', 'wp-bounce-mailbox-full', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mx4.wp.pl (mx4.wp.pl [212.77.101.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WcvlH9VSKphLmH
	for <privacy@shop.example.be>; Thu, 15 Aug 2024 12:12:57 +0200 (CEST)
Received: (wp-smtpd bounce); Thu, 15 Aug 2024 12:12:56 +0200
Date: Thu, 15 Aug 2024 12:12:56 +0200
From: System pocztowy WP <MAILER-DAEMON@wp.pl>
To: privacy@shop.example.be
Subject: =?utf-8?B?TmllZG9zdGFyY3pvbmEgd2lhZG9tb8WbxIc6IFBvdHdpZXJkxbogc3dvamUg?=
 =?utf-8?B?xbzEhWRhbmll?=
Message-ID: <bounce.c49252318d5449810761ad66@wp.pl>
Auto-Submitted: auto-replied
X-WP-MailID: 7b2cd9bd19d3ced9ea578346a07f9aa8
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="2511a4537e4f432b7c3b34b1c24430d9"

--2511a4537e4f432b7c3b34b1c24430d9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

To jest automatyczna wiadomo=C5=9B=C4=87 systemu pocztowego Wirtualnej Pols=
ki.

Nie uda=C5=82o si=C4=99 dostarczy=C4=87 Twojej wiadomo=C5=9Bci do nast=C4=
=99puj=C4=85cego odbiorcy:

    marek.kowalczyk@wp.pl

Pow=C3=B3d: skrzynka odbiorcy jest przepe=C5=82niona (552 5.2.2 Mailbox quo=
ta exceeded).

Spr=C3=B3buj wys=C5=82a=C4=87 wiadomo=C5=9B=C4=87 ponownie p=C3=B3=C5=BAnie=
j lub skontaktuj si=C4=99 z odbiorc=C4=85 w inny spos=C3=B3b.
Prosimy nie odpowiada=C4=87 na t=C4=99 wiadomo=C5=9B=C4=87.
--2511a4537e4f432b7c3b34b1c24430d9
Content-Type: message/delivery-status

Reporting-MTA: dns; mx4.wp.pl
Arrival-Date: Thu, 15 Aug 2024 12:12:09 +0200

Final-Recipient: rfc822; marek.kowalczyk@wp.pl
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded
--2511a4537e4f432b7c3b34b1c24430d9
Content-Type: text/rfc822-headers

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4Wx3bB6nCfXHDgg
	for <marek.kowalczyk@wp.pl>; Thu, 15 Aug 2024 12:12:09 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723716729;
	bh=24EdpARZblYx2ES8VWgCJA6p5aaXKFRgVpetbI5BgSs=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=W30hkdib7P0OYe++/BrEfuhra+zPuolNfCB5g+jnCGlUBZ8/4ys5FeGjx0j5c2Lre2wlfh
	 46T2cRTz/YuagF7pu4SyZX+Cj3zlDf6T+HRr1tOHdpZNd4VE3duZuzWVUQ+3kCgIcFxaU5
	 HsPyB0/EYvJG6V0Sa2YHBI5uh9OwxEZlmLP2J1SEtsY+S+gcZ270XyjbAjAn76GKUVb9XK
	 vCc3quD+m0xWHBKjiyzpf3ozLVQQR3ZtrYEm3n4A88aXv9
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <marek.kowalczyk@wp.pl>
Subject: =?utf-8?B?UG90d2llcmTFuiBzd29qZSDFvMSFZGFuaWU=?=
Date: Thu, 15 Aug 2024 12:12:09 +0200
Message-ID: <20240815121209.e844f9801d3b@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
--2511a4537e4f432b7c3b34b1c24430d9--
"""),
    ('cs', 'seznam-bounce', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mxb2.seznam.cz (mxb2.seznam.cz [77.75.76.96])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Ww6yS2QycQJqMb
	for <privacy@shop.example.be>; Tue, 20 Aug 2024 17:41:12 +0200 (CEST)
Date: Tue, 20 Aug 2024 17:41:11 +0200
From: "Seznam.cz Email" <MAILER-DAEMON@email.seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?B?TmVkb3J1xI1pdGVsbsOhIHpwcsOhdmE6IFBvdHZyxI90ZSBwcm9zw61tIHN2?=
 =?utf-8?B?b3Ugxb7DoWRvc3Q=?=
Message-Id: <dsn.91cda835a7c6387f@email.seznam.cz>
Auto-Submitted: auto-replied
Mime-Version: 1.0 (szn-mime-2.1.42)
Content-Type: multipart/report; report-type=delivery-status;
	boundary="szn-4542709adeb76d13d840"

--szn-4542709adeb76d13d840
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

Va=C5=A1i zpr=C3=A1vu se nepoda=C5=99ilo doru=C4=8Dit na n=C3=AD=C5=BEe uve=
denou adresu.

Adresa:  pavel.cerny@seznam.cz
D=C5=AFvod:   Schr=C3=A1nka p=C5=99=C3=ADjemce je zablokov=C3=A1na pro dlou=
hodobou neaktivitu.
         (550 5.2.1 Mailbox disabled)

Tato zpr=C3=A1va byla vygenerov=C3=A1na automaticky po=C5=A1tovn=C3=ADm ser=
verem Seznam.cz. Neodpov=C3=ADdejte na ni.

--
Hello, your message could not be delivered to the address above: mailbox di=
sabled.
--szn-4542709adeb76d13d840
Content-Type: message/delivery-status

Reporting-MTA: dns; email.seznam.cz
Arrival-Date: Tue, 20 Aug 2024 17:40:36 +0200

Final-Recipient: rfc822; pavel.cerny@seznam.cz
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 Mailbox disabled
--szn-4542709adeb76d13d840
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4Wp12WvmlLCcXg4
	for <pavel.cerny@seznam.cz>; Tue, 20 Aug 2024 17:40:36 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1724168436;
	bh=VvX5XKoj7q2QIBp3yl2uKMZFh5vIR7rwb+FNkgCiY3I=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=V/N4lxMPrGCw3wYndQAgm0mu6N6AsxqCCGoEVlx3+UIYcdcqiNG8GuJV5xnsF+Un0IAZqy
	 FoiLd61lzdMsBkGIPFIKyRi+naH9t+vuRLN/fdnUpXnxFgtfFkhn40wQi3iKQEYE0HuvZZ
	 6g+c4Otf4DmMIaJWW6IXe8sPOawUTr2W6uUNmyUfwxAj+jwjyKkp/Kyshh63AgTOVTyFwO
	 h/vRnCOnZAg/fQaWhkygwbWWQb4W+D+FKOxL29nTvqCxnB
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <pavel.cerny@seznam.cz>
Subject: =?utf-8?B?UG90dnLEj3RlIHByb3PDrW0gc3ZvdSDFvsOhZG9zdA==?=
Date: Tue, 20 Aug 2024 17:40:36 +0200
Message-ID: <20240820174036.e4fbe52a6f48@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

obdr=C5=BEeli jsme =C5=BE=C3=A1dost t=C3=BDkaj=C3=ADc=C3=AD se Va=C5=A1ich =
osobn=C3=ADch =C3=BAdaj=C5=AF v Shop.example.be.
Ne=C5=BE ji vy=C5=99=C3=ADd=C3=ADme, mus=C3=ADme si ov=C4=9B=C5=99it, =C5=
=BEe poch=C3=A1z=C3=AD od V=C3=A1s.

Odpov=C4=9Bzte pros=C3=ADm na tento e-mail slovem POTVRZUJI, nebo otev=C5=
=99ete tento odkaz:
https://shop.example.be/privacy/confirm/chuxpI6GAhMxKMOdFCto-y

Pokud jste =C5=BE=C3=A1dost nepodali, tuto zpr=C3=A1vu ignorujte.

S pozdravem
T=C3=BDm ochrany soukrom=C3=AD Shop.example.be
--szn-4542709adeb76d13d840--
"""),
    ('ro', 'outlook-read-receipt', 'automated', (), """Return-Path: <mihai.ionescu@constructii-brasov.example>
Delivered-To: privacy@shop.example.be
Received: from EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2130.outbound.protection.outlook.com [40.107.14.130])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WdD0XLBSD7nyyR
	for <privacy@shop.example.be>; Wed, 21 Aug 2024 10:15:43 +0200 (CEST)
Received: from VE1PR01MB2921.eurprd01.prod.outlook.com (2603:10a6:2f0:df::9) by
 PAXPR01MB9352.eurprd01.prod.outlook.com (2603:10a6:139:a9::1e) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Wed, 21 Aug 2024 08:15:42 +0000
Received: from VE1PR01MB2921.eurprd01.prod.outlook.com
 ([fe80::7fa5:8134:d668:d654]) by VE1PR01MB2921.eurprd01.prod.outlook.com
 ([fe80::7fa5:8134:d668:d654%3]) with mapi id 15.20.7849.021; Wed, 21 Aug 2024 08:15:41 +0000
From: Mihai Ionescu <mihai.ionescu@constructii-brasov.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?Q2l0aXQ6IFbEgyBydWfEg20gc8SDIGNvbmZpcm1hyJtpIGNlcmVyZWE=?=
Thread-Topic: =?utf-8?B?VsSDIHJ1Z8SDbSBzxIMgY29uZmlybWHIm2kgY2VyZXJlYQ==?=
Thread-Index: 00coHxrWBHTvitY+x6jYvXuYMVE0gg==
Date: Wed, 21 Aug 2024 08:15:41 +0000
Message-ID: <VE1PR01MB29214FD95A2D631AB5BFEC90@VE1PR01MB2921.eurprd01.prod.outlook.com>
References: <20240821100304.725cf5e8566a@shop.example.be>
In-Reply-To: <20240821100304.725cf5e8566a@shop.example.be>
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_58b9ba541aaa174473a354624a9fdd97_"
MIME-Version: 1.0

--_58b9ba541aaa174473a354624a9fdd97_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

TWVzYWp1bCBkdnMuCgogIEPEg3RyZTogTWloYWkgSW9uZXNjdQogIFN1YmllY3Q6IFbEgyBydWfE
g20gc8SDIGNvbmZpcm1hyJtpIGNlcmVyZWEKICBUcmltaXM6IG1pZXJjdXJpLCAyMSBhdWd1c3Qg
MjAyNCAxMDowMzowNCAoVVRDKzAyOjAwKSBBdGVuYSwgQnVjdXJlyJl0aQoKYSBmb3N0IGNpdGl0
IHBlIG1pZXJjdXJpLCAyMSBhdWd1c3QgMjAyNCAxMDoxNTo0MSAoVVRDKzAyOjAwKSBBdGVuYSwg
QnVjdXJlyJl0aS4K
--_58b9ba541aaa174473a354624a9fdd97_
Content-Type: message/disposition-notification

Final-Recipient: RFC822; mihai.ionescu@constructii-brasov.example
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: o8RlmxZ3PwudelK4K5qemw==
Original-Message-ID: <20240821100304.725cf5e8566a@shop.example.be>
X-Display-Name: Mihai Ionescu
--_58b9ba541aaa174473a354624a9fdd97_--
"""),
    ('de', 'thunderbird-read-receipt', 'automated', (), """Return-Path: <j.hoffmann@posteo.de>
Delivered-To: privacy@shop.example.be
Received: from mout01.posteo.de (mout01.posteo.de [185.67.36.65])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Wj9pdyhXrxn3hk
	for <privacy@shop.example.be>; Tue, 13 Aug 2024 18:00:29 +0200 (CEST)
Received: from submission (posteo.de [185.67.36.169])
	by mout01.posteo.de (Postfix) with ESMTPS id 4WjXqd1Vz0z9rxR
	for <privacy@shop.example.be>; Tue, 13 Aug 2024 18:00:28 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=posteo.de;
	s=2017; t=1723564828;
	bh=qTFXN+e9ChleVWnnKGxNYcGDI2lAar8pyrTt5InVDFs=;
	h=Message-ID:Date:MIME-Version:To:From:Subject:Content-Type:From;
	b=FRwk213gp9VZqIOFP5peiOwb8kOZ7J6kBR0ZdvtonCJaprW9f6i24D7DaYRpPoPFRvfmfi
	 jGSMgsK/CADswMZEBcXLCcq/iL+8nbNoC8N50bspMRRU/CO+03lFUg57IRUHG4Z3FKZrUe
	 ETu3rO1ao2/tWXX/tblsSYLODlhH5DYEWDcIqYCexDgT3esySOqeFZc96l/9XD7xEUluhN
	 JQfXSaDVCaV4JasL5JXsQh81U6cCLTtxiEp08OSsldgWZS
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------Tq3Ib0YxthqZIbHG3ZXCum2F"
Message-ID: <c356aa1a-1818-cf36-1fd6-bfec2533c835@posteo.de>
Date: Tue, 13 Aug 2024 18:00:28 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
To: privacy@shop.example.be
From: =?utf-8?B?SsO8cmdlbiBIb2ZmbWFubg==?= <j.hoffmann@posteo.de>
Subject: =?utf-8?B?RW1wZmFuZ3NiZXN0w6R0aWd1bmcgKGFuZ2V6ZWlndCkgLSBCaXR0ZSBiZXN0?=
 =?utf-8?B?w6R0aWdlbiBTaWUgSWhyZSBBbmZyYWdl?=

This is a multi-part message in MIME format.

--------------Tq3Ib0YxthqZIbHG3ZXCum2F
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dies ist eine Empfangsbest=C3=A4tigung f=C3=BCr die E-Mail, die Sie an J=C3=
=BCrgen Hoffmann <j.hoffmann@posteo.de> gesendet haben.

Hinweis: Diese Empfangsbest=C3=A4tigung sagt nur aus, dass die Nachricht an=
gezeigt wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstan=
den wurde.
--------------Tq3Ib0YxthqZIbHG3ZXCum2F
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: posteo.de; Mozilla Thunderbird
Final-Recipient: rfc822;j.hoffmann@posteo.de
Original-Message-ID: <20240813172018.fdc120530445@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed
--------------Tq3Ib0YxthqZIbHG3ZXCum2F
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by smtp-out.shop.example.be (Postfix) with ESMTPSA id 4WFvGQtC30CxSln
	for <j.hoffmann@posteo.de>; Tue, 13 Aug 2024 17:20:18 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2024; t=1723562418;
	bh=50QuVlwC7iboE/yH1lToBRwYUlu4sR5O6oM6QMxhvIk=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=ygaqy9DbLtVLydnnDv5gUhaSX3fJSSFjpZ2OH+7WdQCscUKV+rPOTUcRLOUquelMLTBU7I
	 2LYm3Iyi1HyGd/kxAoqBkrnt8bqlBnjrN4uh3I99zBkgw+4Na8RJV2OpDK7MrMOw7fwBa0
	 YbZwtWUr/ua/E/FPCp31MkmxByqGFeJeQ29jjL3yjBbYPNX8M9sVxpYnh0UH4v7FK615QY
	 KleuEHKRMVpiBDcRxPkwJH1Imr2IA+JvS/flcn6+zzAU95
From: Shop.example.be Privacy <privacy@shop.example.be>
To: <j.hoffmann@posteo.de>
Subject: =?utf-8?B?Qml0dGUgYmVzdMOkdGlnZW4gU2llIElocmUgQW5mcmFnZQ==?=
Date: Tue, 13 Aug 2024 17:20:18 +0200
Message-ID: <20240813172018.fdc120530445@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
--------------Tq3Ib0YxthqZIbHG3ZXCum2F--
"""),
    ('nl', 'mailman-moderation-hold', 'automated', (), """Return-Path: <leden-bounces@lists.fanfare-sintjan.example>
Delivered-To: privacy@shop.example.be
Received: from lists.fanfare-sintjan.example (lists.fanfare-sintjan.example [91.183.20.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WlVpRTFvTN28NF
	for <privacy@shop.example.be>; Mon, 12 Aug 2024 11:00:52 +0200 (CEST)
Received: from lists.fanfare-sintjan.example (localhost [127.0.0.1])
	by lists.fanfare-sintjan.example (Postfix) with ESMTP id 2F3C8A0127
	for <privacy@shop.example.be>; Mon, 12 Aug 2024 11:00:51 +0200 (CEST)
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit
Subject: Uw bericht aan Leden wacht op goedkeuring van de moderator
From: leden-owner@lists.fanfare-sintjan.example
To: privacy@shop.example.be
Message-ID: <mailman.33.1723453251.9769.leden@lists.fanfare-sintjan.example>
Date: Mon, 12 Aug 2024 11:00:51 +0200
Precedence: bulk
X-BeenThere: leden@lists.fanfare-sintjan.example
X-Mailman-Version: 2.1.39
List-Id: Leden van Fanfare Sint-Jan <leden.lists.fanfare-sintjan.example>
X-List-Administrivia: yes
Errors-To: leden-bounces@lists.fanfare-sintjan.example
Sender: "Leden" <leden-bounces@lists.fanfare-sintjan.example>

Uw bericht aan Leden met als onderwerp

    Bevestig uw verzoek

wordt vastgehouden totdat de moderator van de lijst het kan beoordelen.

De reden hiervoor is:

    Bericht van een niet-lid aan een lijst die alleen berichten van
    leden toestaat

Het bericht wordt ofwel doorgestuurd naar de lijst, ofwel u ontvangt
een bericht met de beslissing van de moderator. Als u dit bericht wilt
intrekken, ga dan naar de volgende URL:

    https://lists.fanfare-sintjan.example/mailman/confirm/leden/e50d80b913e92cb7cf62d9b08badef8bc4561e90
"""),
    ('fr', 'challenge-response-antispam', 'automated', (), """Return-Path: <bounce-941a637349@auth.protect-messagerie.example>
Delivered-To: privacy@shop.example.be
Received: from out2.protect-messagerie.example (out2.protect-messagerie.example [91.121.77.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W6lZp3XbHPg002
	for <privacy@shop.example.be>; Wed, 14 Aug 2024 15:13:36 +0200 (CEST)
Date: Wed, 14 Aug 2024 15:13:35 +0200
From: "Sophie Lambert (protection antispam)" <noreply@auth.protect-messagerie.example>
Reply-To: noreply@auth.protect-messagerie.example
To: privacy@shop.example.be
Subject: [Authentification requise] Veuillez confirmer votre demande
Message-ID: <chal-a676b9e00172759f70ea@auth.protect-messagerie.example>
In-Reply-To: <20240814151255.fc319b4f554b@shop.example.be>
References: <20240814151255.fc319b4f554b@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_7fb9b0c5550baa1c33af745b14ceeb33"

--=_7fb9b0c5550baa1c33af745b14ceeb33
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Vous avez envoy=C3=A9 un message =C3=A0 sophie.lambert@cabinet-lambert.exam=
ple.
Cette adresse est prot=C3=A9g=C3=A9e par un syst=C3=A8me antispam : votre m=
essage est en attente et ne sera distribu=C3=A9 qu'apr=C3=A8s votre authent=
ification.

Pour vous authentifier, cliquez sur le lien ci-dessous et recopiez le code =
affich=C3=A9. Cette op=C3=A9ration ne vous sera demand=C3=A9e qu'une seule =
fois.

https://auth.protect-messagerie.example/v/EIjp8hJ6C_JJS2WYyCzAqGZ2_Zn0P2Mxa=
vqczEt-

Sans action de votre part sous 7 jours, votre message sera supprim=C3=A9.

Merci de votre compr=C3=A9hension.
--=_7fb9b0c5550baa1c33af745b14ceeb33
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html lang=3D"fr"><head><meta charset=3D"utf-8"></head>
<body style=3D"font-family:Arial,sans-serif;font-size:14px">
<p>Bonjour,</p>
<p>Vous avez envoy=C3=A9 un message =C3=A0 sophie.lambert@cabinet-lambert.e=
xample.<br>Cette adresse est prot=C3=A9g=C3=A9e par un syst=C3=A8me antispa=
m : votre message est en attente et ne sera distribu=C3=A9 qu'apr=C3=A8s vo=
tre authentification.</p>
<p>Pour vous authentifier, cliquez sur le lien ci-dessous et recopiez le co=
de affich=C3=A9. Cette op=C3=A9ration ne vous sera demand=C3=A9e qu'une seu=
le fois.</p>
<p>https://auth.protect-messagerie.example/v/EIjp8hJ6C_JJS2WYyCzAqGZ2_Zn0P2=
MxavqczEt-</p>
<p>Sans action de votre part sous 7 jours, votre message sera supprim=C3=A9=
.</p>
<p>Merci de votre compr=C3=A9hension.</p>
</body></html>
--=_7fb9b0c5550baa1c33af745b14ceeb33--
"""),
    ('es', 'zendesk-autoack', 'automated', (), """Return-Path: <soporte+id48213@viajessol.zendesk.com>
Delivered-To: privacy@shop.example.be
Received: from outbyoip5.pod13.use1.zdsys.com (outbyoip5.pod13.use1.zdsys.com [192.161.148.5])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W0lpcrwdzrb0lR
	for <privacy@shop.example.be>; Thu, 15 Aug 2024 11:41:08 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=viajessol.example;
	s=zendesk1; t=1723714867;
	bh=PCYabAdzalxbiDV/2zgSYpoludsH/k8L1QK7lrtl+XM=;
	h=Date:From:Reply-To:To:Message-ID:In-Reply-To:References:Subject:Mime-Version:Content-Type;
	b=Knik7+FZxqCPaAXBvKcT+LamcA4AnxNTX5sCcU9YJPH+LZBU1C1SqhB5PuuWrVGKAfVFLl
	 kt1ZsmGKqj5DcpdYmhJJuaEt8Z091h3TZ4QzfyEJLAITuKIVQUXKznW1ltEA+QmU/4xFj4
	 LRw+hWp9QQu+/3UdqdUXmb3SiEoEWEezAbq29lGzd6adrftmqSuuKGb3eesiYutph/ucd2
	 dGB9+uxiq3KDGS18/7KaFcOKnbnZ1RkCZRtFfeojzkBJop
Date: Thu, 15 Aug 2024 09:41:07 +0000
From: Viajes Sol <soporte@viajessol.example>
Reply-To: Viajes Sol <soporte+id48213@viajessol.zendesk.com>
To: privacy@shop.example.be
Message-ID: <ZXK4PQ2N8V_b3a35bd1fd465_d9f7a06e_sprut@zendesk.com>
In-Reply-To: <20240815114009.e69b0b62cefb@shop.example.be>
References: <20240815114009.e69b0b62cefb@shop.example.be>
Subject: [Viajes Sol] Re: Confirme su solicitud
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_ef83c5140d66cc66_1827";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: d9f9a6
X-Zendesk-Email-Id: SEXAGT4D5223DIX5RQYIJWVAH2
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

----==_mimepart_ef83c5140d66cc66_1827
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Escriba su respuesta por encima de esta l=C3=ADnea -##

Su solicitud (48213) ha sido recibida y est=C3=A1 siendo revisada por nuest=
ro equipo de soporte.

Para a=C3=B1adir comentarios adicionales, responda a este correo electr=C3=
=B3nico.

Viajes Sol - Atenci=C3=B3n al cliente

[ZXK4PQ-N8V2]
----==_mimepart_ef83c5140d66cc66_1827
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.=
w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns=3D"http://www.w3.org/1999/xhtml"><head><meta http-equiv=3D"Cont=
ent-Type" content=3D"text/html; charset=3Dutf-8"></head>
<body style=3D"font-size:14px;"><div style=3D"color:#b5b5b5;">##- Escriba s=
u respuesta por encima de esta l=C3=ADnea -##</div>
<p dir=3D"auto">Su solicitud (48213) ha sido recibida y est=C3=A1 siendo re=
visada por nuestro equipo de soporte.</p>
<p dir=3D"auto">Para a=C3=B1adir comentarios adicionales, responda a este c=
orreo electr=C3=B3nico.</p>
<p dir=3D"auto">Viajes Sol - Atenci=C3=B3n al cliente</p>
<div style=3D"color:#FFFFFF" aria-hidden=3D"true">[ZXK4PQ-N8V2]</div></body=
></html>
----==_mimepart_ef83c5140d66cc66_1827--
"""),
    ('pt', 'freshdesk-autoack', 'automated', (), """Return-Path: <bounces+993d3e1d8e09@emailus.freshservice.example>
Delivered-To: privacy@shop.example.be
Received: from o1.email.freshdesk.com (o1.email.freshdesk.com [168.245.8.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WWhLhx7BsnTfDv
	for <privacy@shop.example.be>; Mon, 19 Aug 2024 16:03:04 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=viagensatlantico.example;
	s=fd; t=1724076183;
	bh=Sfn9PKoPHDuNs/NnxxL1YB2QffVLOyWDORhV+RqHhQs=;
	h=from:subject:in-reply-to:references:mime-version:to:content-type;
	b=8SJrGa8eyTf/JypUEjxMUTTKTc2WTQEN0X5eAvFWb+ZR3IXGSU1PZwy6ZA7l+weUVGv8ap
	 3+s1jHQAHqcbo2BweldC2DYhrVro+ZhfK0fPUcYbrF9mpGsVLg9KP+Sc/TBYMU1xTxnZzn
	 EZS4Xyxa5SpLUrZOf0qGiFfByW+4s2zOn0peaZTMdoL4nAxFMePM9TkalDdASsJDlOIOPn
	 L3R6DvuW8CFX7T6Bi1Kmx2di+gsLCBr65MX2d41pevTn/H
Date: Mon, 19 Aug 2024 14:03:03 +0000
From: =?utf-8?B?VmlhZ2VucyBBdGzDom50aWNv?= <apoio@viagensatlantico.example>
Reply-To: =?utf-8?B?VmlhZ2VucyBBdGzDom50aWNv?= <apoio@viagensatlantico.example>
To: privacy@shop.example.be
Message-ID: <deefd15195ada49468a3a303.291523910@viagensatlantico.freshdesk.com>
In-Reply-To: <20240819160230.ef02a76619d0@shop.example.be>
References: <20240819160230.ef02a76619d0@shop.example.be>
Subject: Pedido recebido - Confirme o seu pedido
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_edd7651288e6dde4_3332";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-FD-Email: ticket-autoack
X-Auto-Response-Suppress: All

----==_mimepart_edd7651288e6dde4_3332
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Caro(a) privacy,

O seu pedido (#8812) foi recebido e est=C3=A1 a ser analisado pela nossa eq=
uipa de apoio.

Para consultar o estado do pedido e acrescentar coment=C3=A1rios, siga a li=
ga=C3=A7=C3=A3o abaixo:
https://viagensatlantico.freshdesk.com/helpdesk/tickets/8812

Cumprimentos,
Viagens Atl=C3=A2ntico
----==_mimepart_edd7651288e6dde4_3332
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<div style=3D"font-family:-apple-system, BlinkMacSystemFont, Segoe UI, Robo=
to, Helvetica Neue, Arial, sans-serif; font-size:14px">
<p>Caro(a) privacy,</p>
<p>O seu pedido (#8812) foi recebido e est=C3=A1 a ser analisado pela nossa=
 equipa de apoio.</p>
<p>Para consultar o estado do pedido e acrescentar coment=C3=A1rios, siga a=
 liga=C3=A7=C3=A3o abaixo:<br>
<a href=3D"https://viagensatlantico.freshdesk.com/helpdesk/tickets/8812">ht=
tps://viagensatlantico.freshdesk.com/helpdesk/tickets/8812</a></p>
<p>Cumprimentos,<br>
Viagens Atl=C3=A2ntico</p>
</div>
----==_mimepart_edd7651288e6dde4_3332--
"""),
    ('en', 'jira-service-management-ack', 'automated', (), """Return-Path: <jira@lomond-analytics.atlassian.net>
Delivered-To: privacy@shop.example.be
Received: from mail-eu-central-1-b.atlassian.net (mail-eu-central-1-b.atlassian.net [18.184.202.93])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W7LWTvLCGjr4p0
	for <privacy@shop.example.be>; Tue, 13 Aug 2024 09:56:33 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=lomond-analytics.atlassian.net;
	s=sm; t=1723535792;
	bh=b3tQiBwcaaF6rOEwogE92Ph8R88nWE2NRAOKlD+oyYQ=;
	h=From:To:Subject:Message-ID:In-Reply-To:References:MIME-Version:Content-Type;
	b=I7GfQH374e6hv9LuxMek2Sm0EArro1sroAVM3JQibmI6AOeAg0ngkLakGSKnD0JeC5lKSk
	 MyjBQgLCrZBPAQxCu4elel753GDhIqHFmJJo0i9CS2AYFdOoSZ4EDVuj+GYb3t2ufieCkN
	 eX9e8EPicI47rwUSlsReCr55tWmCaQ38AQ/fMTVdf7/J8UEu9u5lWfyEUZB3PzogBFM2/J
	 hbTpyyUY92MzZOQ0JM36G4Cuhu6M+XhGKJeKfYrwoeLCZQ
Date: Tue, 13 Aug 2024 07:56:32 +0000
From: "Lomond IT Support" <jira@lomond-analytics.atlassian.net>
Reply-To: itsupport@lomond-analytics.example
To: privacy@shop.example.be
Message-ID: <JIRA.884036.1723535792017@Atlassian.JIRA>
In-Reply-To: <20240813095517.d83b7880bcc0@shop.example.be>
References: <20240813095517.d83b7880bcc0@shop.example.be>
Subject: HELP-4821 Please confirm your request
MIME-Version: 1.0
Content-Type: multipart/alternative; 
	boundary="----=_Part_745390_427623709.1723535792211"
X-JIRA-FingerPrint: 8b56bebef9d0a2569291a6510755bd10
Auto-Submitted: auto-generated
Precedence: bulk
X-Atl-Request-Type: customer-notification

------=_Part_745390_427623709.1723535792211
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=E2=80=94-=E2=80=94-=E2=80=94-=E2=80=94
Reply above this line.

Hi privacy@shop.example.be,

Thanks for contacting Lomond IT Support. We've received your request and cr=
eated HELP-4821.
An agent will pick it up shortly. You can follow progress or add details he=
re:
https://lomond-analytics.atlassian.net/servicedesk/customer/portal/3/HELP-4=
821

Lomond IT Support
Powered by Jira Service Management
------=_Part_745390_427623709.1723535792211
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head></head><body>
<div style=3D"color:#97A0AF">&#8212;-&#8212;-&#8212;-&#8212;<br>Reply above=
 this line.</div>
<p>Hi privacy@shop.example.be,</p>
<p>Thanks for contacting Lomond IT Support. We've received your request and=
 created <a href=3D"https://lomond-analytics.atlassian.net/servicedesk/cust=
omer/portal/3/HELP-4821">HELP-4821</a>.<br>
An agent will pick it up shortly.</p>
<p>Lomond IT Support</p>
<p style=3D"color:#97A0AF;font-size:12px">Powered by Jira Service Managemen=
t</p>
</body></html>
------=_Part_745390_427623709.1723535792211--
"""),
    ('de', 'znuny-otrs-autoreply', 'automated', (), """Return-Path: <service@heizung-meyer.example>
Delivered-To: privacy@shop.example.be
Received: from helpdesk.heizung-meyer.example (helpdesk.heizung-meyer.example [46.4.118.210])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WhlDdmb4KTZwY0
	for <privacy@shop.example.be>; Tue, 20 Aug 2024 08:13:06 +0200 (CEST)
From: Kundenservice Heizung Meyer <service@heizung-meyer.example>
To: privacy@shop.example.be
Subject: =?utf-8?B?W1RpY2tldCMyMDI0MDgyMDEwMDAwMTQzXSBSRTogQml0dGUgYmVzdMOkdGln?=
 =?utf-8?B?ZW4gU2llIElocmUgQW5mcmFnZQ==?=
References: <20240820081209.606d2dd47b1e@shop.example.be>
In-Reply-To: <20240820081209.606d2dd47b1e@shop.example.be>
X-Mailer: Znuny Mail Service (6.5.9)
X-Powered-By: Znuny (https://www.znuny.org/)
X-Loop: yes
Precedence: bulk
Auto-Submitted: auto-replied
Date: Tue, 20 Aug 2024 08:13:05 +0200
Message-ID: <1724134385.8392515.623@helpdesk.heizung-meyer.example>
Organization: Heizung Meyer GmbH
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

vielen Dank f=C3=BCr Ihre Nachricht. Ihre Anfrage ist bei uns unter der Tic=
ketnummer 2024082010000143 eingegangen und wird schnellstm=C3=B6glich bearb=
eitet.

Bitte geben Sie bei R=C3=BCckfragen die Ticketnummer im Betreff an.

Ihr Kundenservice
Heizung Meyer GmbH
"""),
    ('pl', 'zammad-autoreply', 'automated', (), """Return-Path: <obsluga@meblex.example>
Delivered-To: privacy@shop.example.be
Received: from meblex.zammad.com (meblex.zammad.com [5.9.46.102])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WV6rZYTfDSYfRs
	for <privacy@shop.example.be>; Wed, 14 Aug 2024 13:48:55 +0200 (CEST)
Date: Wed, 14 Aug 2024 13:48:54 +0200
From: =?utf-8?B?T2JzxYJ1Z2EgS2xpZW50YSBNZWJsZXg=?= <obsluga@meblex.example>
To: privacy@shop.example.be
Message-ID: <ac009656b7b7a5e5e8bd3f48.623@meblex.zammad.com>
In-Reply-To: <20240814134828.bff0c7cc08c3@shop.example.be>
References: <20240814134828.bff0c7cc08c3@shop.example.be>
Subject: =?utf-8?B?RHppxJlrdWplbXkgemEgemFweXRhbmllIChQb3R3aWVyZMW6IHN3b2plIMW8?=
 =?utf-8?B?xIVkYW5pZSkgW1RpY2tldCMzMTA0NV0=?=
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_431987239f1b4d86_1389";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
Organization: Meblex Sp. z o.o.
X-Loop: yes
Precedence: bulk
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Zammad-Ticket-Number: 31045

----==_mimepart_431987239f1b4d86_1389
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Twoje zapytanie (31045) zosta=C5=82o przyj=C4=99te i wkr=C3=B3tce zajmie si=
=C4=99 nim jeden z naszych konsultant=C3=B3w.

Mo=C5=BCesz =C5=9Bledzi=C4=87 zg=C5=82oszenie tutaj: https://meblex.zammad.=
com/#ticket/zoom/31045

Tw=C3=B3j zesp=C3=B3=C5=82 Meblex
----==_mimepart_431987239f1b4d86_1389
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body>
<div>Twoje zapytanie (<b>31045</b>) zosta=C5=82o przyj=C4=99te i wkr=C3=B3t=
ce zajmie si=C4=99 nim jeden z naszych konsultant=C3=B3w.</div><div><br></d=
iv>
<div>Mo=C5=BCesz =C5=9Bledzi=C4=87 zg=C5=82oszenie <a href=3D"https://meble=
x.zammad.com/#ticket/zoom/31045">tutaj</a>.</div><div><br></div>
<div>Tw=C3=B3j zesp=C3=B3=C5=82 Meblex</div>
</body></html>
----==_mimepart_431987239f1b4d86_1389--
"""),
    ('it', 'osticket-autoresponse', 'automated', (), """Return-Path: <assistenza@elettroforniture.example>
Delivered-To: privacy@shop.example.be
Received: from helpdesk.elettroforniture.example (helpdesk.elettroforniture.example [93.186.250.14])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WTgKrMhZ0gyrBr
	for <privacy@shop.example.be>; Fri, 16 Aug 2024 10:31:42 +0200 (CEST)
Date: Fri, 16 Aug 2024 10:31:41 +0200
From: Assistenza Clienti Elettroforniture <assistenza@elettroforniture.example>
To: privacy@shop.example.be
Subject: Richiesta di assistenza aperta [#482913]
Message-ID: <WTZIBLNF6ZUWEY-rVdgPcTZKQNWBDch@elettroforniture.example>
In-Reply-To: <20240816103026.dac6a539e0b2@shop.example.be>
References: <20240816103026.dac6a539e0b2@shop.example.be>
X-Mailer: osTicket Mailer
Precedence: auto_reply
X-Autoreply: yes
X-Auto-Response-Suppress: ALL, AutoReply
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Gentile privacy@shop.example.be,

la tua richiesta di assistenza =C3=A8 stata ricevuta ed =C3=A8 stato creato=
 il ticket #482913.
Un operatore ti risponder=C3=A0 al pi=C3=B9 presto, di norma entro due gior=
ni lavorativi.

Puoi controllare lo stato della richiesta qui:
https://assistenza.elettroforniture.example/view.php?t=3D482913&e=3Dprivacy=
%40shop.example.be

Per aggiungere informazioni rispondi a questa e-mail senza modificare l'ogg=
etto.

Assistenza Clienti Elettroforniture
"""),
    ('cs', 'marketing-newsletter', 'automated', (), """Return-Path: <bounce-38fe6e0d4fb38efb@mail.zelenydum.example>
Delivered-To: privacy@shop.example.be
Received: from mta12.ecomailer.example (mta12.ecomailer.example [185.91.196.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WH8rbRQqtmTL5h
	for <privacy@shop.example.be>; Thu, 22 Aug 2024 07:32:06 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=zelenydum.example;
	s=ecm1; t=1724304725;
	bh=At7xPawYUs72B94MBisgthDAB7ElQPoE0UA+61KebVU=;
	h=From:To:Subject:Date:List-Unsubscribe:List-Unsubscribe-Post:Message-ID;
	b=mgodcDm5RjxkofO9IBKX5fac/PxB4vqQqrGV3wxZnhGZ9q9vyCuhbvWsRwSVcMohmzSP7x
	 sarGxgoLHB/IGBNW6fFDT9mkVzEc/rVKHTfEbC1UM1RAokz1wTEOBgQqPcJbT8XBdzi5bH
	 82esp37b7m/V1eU6IurbSntVYub6SbLNyruLwviggkOhX5yF8Q6hevCIHx4rhg4vGOtZF5
	 /mDUAsqmsig3+pW4Pjwg+wdqCUfwfSZmClmlE7NIp0uC+A
From: =?utf-8?B?WmFocmFkbmljdHbDrSBaZWxlbsO9IGTFr20=?= <novinky@zelenydum.example>
To: privacy@shop.example.be
Subject: =?utf-8?B?TGV0bsOtIHbDvXByb2RlajogYcW+IOKIkjUwICUgbmEgemFocmFkbsOtIG4=?=
 =?utf-8?B?w6FieXRlayDwn4y/?=
Date: Thu, 22 Aug 2024 07:32:05 +0200
Message-ID: <55d5443d918b05c026b26a891fa925df@mail.zelenydum.example>
List-Unsubscribe: <mailto:unsubscribe-b0c5367685b95f46@mail.zelenydum.example>,
 <https://www.zelenydum.example/newsletter/odhlasit?u=81eda5beb0e33479d5681aea>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
List-Id: <novinky.zelenydum.example>
Precedence: bulk
Feedback-ID: leto24:zelenydum:ecomail
X-Campaign-ID: leto24-1826
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_----------=_172430472595381"

This is a multi-part message in MIME format

--_----------=_172430472595381
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Zahradnictv=C3=AD Zelen=C3=BD d=C5=AFm =E2=80=93 novinky

LETN=C3=8D V=C3=9DPRODEJ: A=C5=BD =E2=88=9250 % NA ZAHRADN=C3=8D N=C3=81BYT=
EK

Dobr=C3=BD den,
l=C3=A9to je=C5=A1t=C4=9B nekon=C4=8D=C3=AD! Do ned=C4=9Ble 25. 8. m=C3=A1m=
e slevy na lavice, houpa=C4=8Dky, slune=C4=8Dn=C3=ADky i grily.

Prohl=C3=A9dnout v=C3=BDprodej: https://www.zelenydum.example/vyprodej?utm_=
source=3Dnewsletter&utm_medium=3Demail&utm_campaign=3Dleto24

Doprava zdarma p=C5=99i n=C3=A1kupu nad 1 500 K=C4=8D.

---
Tento e-mail jste obdr=C5=BEeli, proto=C5=BEe jste p=C5=99ihl=C3=A1=C5=A1en=
i k odb=C4=9Bru novinek Zahradnictv=C3=AD Zelen=C3=BD d=C5=AFm.
Odhl=C3=A1sit odb=C4=9Br: https://www.zelenydum.example/newsletter/odhlasit=
?u=3D02205ab82be6227bd792292d
Zelen=C3=BD d=C5=AFm s.r.o., Zahradn=C3=AD 12, 602 00 Brno
--_----------=_172430472595381
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html lang=3D"cs"><head><meta charset=3D"utf-8"><meta name=3D"viewport" con=
tent=3D"width=3Ddevice-width"><title>Letn=C3=AD v=C3=BDprodej</title></head>
<body style=3D"margin:0;background:#f3f7f0">
<table role=3D"presentation" width=3D"100%" cellpadding=3D"0" cellspacing=
=3D"0"><tr><td align=3D"center">
<table role=3D"presentation" width=3D"600" style=3D"background:#ffffff;font=
-family:Arial,sans-serif">
<tr><td style=3D"padding:24px"><img src=3D"https://cdn.zelenydum.example/im=
g/logo.png" alt=3D"Zelen=C3=BD d=C5=AFm" width=3D"160"></td></tr>
<tr><td style=3D"padding:0 24px"><h1 style=3D"color:#2f6b1f">Letn=C3=AD v=
=C3=BDprodej: a=C5=BE =E2=88=9250 % na zahradn=C3=AD n=C3=A1bytek</h1><p>L=
=C3=A9to je=C5=A1t=C4=9B nekon=C4=8D=C3=AD! Do ned=C4=9Ble 25. 8. m=C3=A1me=
 slevy na lavice, houpa=C4=8Dky, slune=C4=8Dn=C3=ADky i grily.</p><p><a hre=
f=3D"https://www.zelenydum.example/vyprodej?utm_source=3Dnewsletter&amp;utm=
_medium=3Demail&amp;utm_campaign=3Dleto24" style=3D"background:#2f6b1f;colo=
r:#fff;padding:12px 20px;text-decoration:none">Prohl=C3=A9dnout v=C3=BDprod=
ej</a></p></td></tr>
<tr><td style=3D"padding:24px;font-size:11px;color:#888">Tento e-mail jste =
obdr=C5=BEeli, proto=C5=BEe jste p=C5=99ihl=C3=A1=C5=A1eni k odb=C4=9Bru no=
vinek. <a href=3D"https://www.zelenydum.example/newsletter/odhlasit">Odhl=
=C3=A1sit odb=C4=9Br</a><br>Zelen=C3=BD d=C5=AFm s.r.o., Zahradn=C3=AD 12, =
602 00 Brno</td></tr>
</table></td></tr></table>
<img src=3D"https://click.zelenydum.example/o/a1f18e19fe6e28c3cb81.gif" wid=
th=3D"1" height=3D"1" alt=3D"">
</body></html>
--_----------=_172430472595381--
"""),
    ('sv', 'sophos-quarantine-notice', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mx-eu-west-1.prod.hydra.sophos.com (mx-eu-west-1.prod.hydra.sophos.com [52.214.1.110])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WVxmccMq7X2p6J
	for <privacy@shop.example.be>; Tue, 20 Aug 2024 10:05:18 +0200 (CEST)
Date: Tue, 20 Aug 2024 08:05:17 +0000
From: =?utf-8?B?RS1wb3N0c8Oka2VyaGV0?= <do-not-reply@notifications.lansforsakring-norr.example>
To: privacy@shop.example.be
Subject: =?utf-8?B?RGl0dCBtZWRkZWxhbmRlIGhhciBzYXR0cyBpIGthcmFudMOkbjogQmVrcsOk?=
 =?utf-8?B?ZnRhIGRpbiBiZWfDpHJhbg==?=
Message-ID: <fc0df51768dbe9e9-a7ed1a3b@eu-west-1.prod.hydra.sophos.com>
Auto-Submitted: auto-generated
X-Sophos-Email-Scan-Details: quarantine-notify
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_sophos_b8d98de94f997b03f983e91c"

--=_sophos_b8d98de94f997b03f983e91c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

RGl0dCBtZWRkZWxhbmRlIGhhciBzYXR0cyBpIGthcmFudMOkbgoKRXR0IG1lZGRlbGFuZGUgc29t
IGR1IHNraWNrYWRlIGhhciBzdG9wcGF0cyBhdiBtb3R0YWdhcmVucyBlLXBvc3Rzw6RrZXJoZXRz
dGrDpG5zdCBvY2ggaGFyIElOVEUgbGV2ZXJlcmF0cy4KCk1vdHRhZ2FyZToga2FyaW4uaG9sbUBs
YW5zZm9yc2FrcmluZy1ub3JyLmV4YW1wbGUKw4RtbmU6ICAgICAgQmVrcsOkZnRhIGRpbiBiZWfD
pHJhbgpTa2lja2F0OiAgIDIwMjQtMDgtMjAgMTA6MDMKT3JzYWs6ICAgICBNaXNzdMOkbmt0IG7D
pHRmaXNrZSAobMOkbmsgdGlsbCBva8OkbmQgd2ViYnBsYXRzKQoKTWVkZGVsYW5kZXQgbGV2ZXJl
cmFzIGJhcmEgb20gZW4gYWRtaW5pc3RyYXTDtnIgaG9zIG1vdHRhZ2FyZW4gc2zDpHBwZXIgZGV0
IGZyw6VuIGthcmFudMOkbmVuLiBPbSBkdSBhbnNlciBhdHQgZGV0dGEgw6RyIGZlbCwga29udGFr
dGEgbW90dGFnYXJlbiBww6UgYW5uYXQgc8OkdHQuCgpEZXR0YSDDpHIgZXR0IGF1dG9tYXRpc2t0
IG1lZGRlbGFuZGUuIFN2YXJhIGludGUgcMOlIGRldC4K
--=_sophos_b8d98de94f997b03f983e91c
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OlNlZ29lIFVJLEFyaWFsLHNhbnMtc2VyaWYi
Pgo8cD5EaXR0IG1lZGRlbGFuZGUgaGFyIHNhdHRzIGkga2FyYW50w6RuPC9wPgo8cD5FdHQgbWVk
ZGVsYW5kZSBzb20gZHUgc2tpY2thZGUgaGFyIHN0b3BwYXRzIGF2IG1vdHRhZ2FyZW5zIGUtcG9z
dHPDpGtlcmhldHN0asOkbnN0IG9jaCBoYXIgSU5URSBsZXZlcmVyYXRzLjwvcD4KPHA+TW90dGFn
YXJlOiBrYXJpbi5ob2xtQGxhbnNmb3JzYWtyaW5nLW5vcnIuZXhhbXBsZTxicj7DhG1uZTogICAg
ICBCZWtyw6RmdGEgZGluIGJlZ8OkcmFuPGJyPlNraWNrYXQ6ICAgMjAyNC0wOC0yMCAxMDowMzxi
cj5PcnNhazogICAgIE1pc3N0w6Rua3QgbsOkdGZpc2tlIChsw6RuayB0aWxsIG9rw6RuZCB3ZWJi
cGxhdHMpPC9wPgo8cD5NZWRkZWxhbmRldCBsZXZlcmVyYXMgYmFyYSBvbSBlbiBhZG1pbmlzdHJh
dMO2ciBob3MgbW90dGFnYXJlbiBzbMOkcHBlciBkZXQgZnLDpW4ga2FyYW50w6RuZW4uIE9tIGR1
IGFuc2VyIGF0dCBkZXR0YSDDpHIgZmVsLCBrb250YWt0YSBtb3R0YWdhcmVuIHDDpSBhbm5hdCBz
w6R0dC48L3A+CjxwPkRldHRhIMOkciBldHQgYXV0b21hdGlza3QgbWVkZGVsYW5kZS4gU3ZhcmEg
aW50ZSBww6UgZGV0LjwvcD4KPC9ib2R5PjwvaHRtbD4K
--=_sophos_b8d98de94f997b03f983e91c--
"""),
    ('en', 'person-re-automatic-reply', 'access', (), """Return-Path: <neil.carter@fernbrook-design.example>
Delivered-To: privacy@shop.example.be
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2118.outbound.protection.outlook.com [40.107.103.118])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WHsd01X8l6sts0
	for <privacy@shop.example.be>; Tue, 20 Aug 2024 09:41:14 +0200 (CEST)
Received: from VI1PR03MB7206.eurprd03.prod.outlook.com (2603:10a6:42:354::2) by
 PA4PR03MB4786.eurprd03.prod.outlook.com (2603:10a6:37:e::26) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Tue, 20 Aug 2024 07:41:13 +0000
Received: from VI1PR03MB7206.eurprd03.prod.outlook.com
 ([fe80::7958:55ca:e8fc:42a1]) by VI1PR03MB7206.eurprd03.prod.outlook.com
 ([fe80::7958:55ca:e8fc:42a1%6]) with mapi id 15.20.7849.021; Tue, 20 Aug 2024 07:41:12 +0000
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=fernbrook-design.example;
	spf=pass smtp.mailfrom=neil.carter@fernbrook-design.example;
	dmarc=pass header.from=fernbrook-design.example
From: Neil Carter <neil.carter@fernbrook-design.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Automatic reply: Please confirm your request
Thread-Topic: Please confirm your request
Thread-Index: T0uf2slz0RFO9oskeyvdOTAxhRQaKg==
Date: Tue, 20 Aug 2024 07:41:12 +0000
Message-ID: <VI1PR03MB7206AF834C330D0889844D7D@VI1PR03MB7206.eurprd03.prod.outlook.com>
References: <20240814090302.b85bf5b73eb1@shop.example.be>
In-Reply-To: <20240814090302.b85bf5b73eb1@shop.example.be>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
msip_labels:
x-ms-publictraffictype: Email
x-ms-traffictypediagnostic: VI1PR03MB7206:EE_|VI1PR003MB7206:EE_
x-ms-office365-filtering-correlation-id: d044d8cd-82db-522f-3e21-23e57325bf8b
Content-Type: multipart/alternative;
	boundary="_000_VI1PR03MB7206131875ADF087EC2DCDE0VI1PR03MB7206_"
MIME-Version: 1.0

--_000_VI1PR03MB7206131875ADF087EC2DCDE0VI1PR03MB7206_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SGksCgpBcG9sb2dpZXMg4oCTIHRoZSBtZXNzYWdlIGJlbG93IHdhcyBteSBvdXQtb2Ytb2ZmaWNl
LCB3aGljaCB3YXMgc3RpbGwgc3dpdGNoZWQgb24gYWZ0ZXIgSSBnb3QgYmFjay4gVGhpcyBvbmUg
aXMgcmVhbGx5IGZyb20gbWUuCgpZZXMsIHRoZSByZXF1ZXN0IHdhcyBtaW5lIGFuZCBJIGNvbmZp
cm0gaXQuIFBsZWFzZSBzZW5kIG1lIGEgY29weSBvZiBhbGwgdGhlIHBlcnNvbmFsIGRhdGEgeW91
IGhvbGQgYWJvdXQgbWUgKGFjY291bnQgZGV0YWlscywgb3JkZXIgaGlzdG9yeSwgYW55dGhpbmcg
ZnJvbSB0aGUgbG95YWx0eSBzY2hlbWUpIHRvIHRoaXMgYWRkcmVzcy4KClRoYW5rcywKTmVpbCBD
YXJ0ZXIKCl9fX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fCkZyb206IE5laWwgQ2FydGVy
IDxuZWlsLmNhcnRlckBmZXJuYnJvb2stZGVzaWduLmV4YW1wbGU+ClNlbnQ6IDE0IEF1Z3VzdCAy
MDI0IDA4OjA1ClRvOiBTaG9wLmV4YW1wbGUuYmUgUHJpdmFjeSA8cHJpdmFjeUBzaG9wLmV4YW1w
bGUuYmU+ClN1YmplY3Q6IEF1dG9tYXRpYyByZXBseTogUGxlYXNlIGNvbmZpcm0geW91ciByZXF1
ZXN0CgpUaGFuayB5b3UgZm9yIHlvdXIgZW1haWwuIEkgYW0gb3V0IG9mIHRoZSBvZmZpY2UgdW50
aWwgTW9uZGF5IDE5IEF1Z3VzdCB3aXRoIG5vIGFjY2VzcyB0byBlbWFpbC4gRm9yIHVyZ2VudCBt
YXR0ZXJzIHBsZWFzZSBjb250YWN0IHN0dWRpb0BmZXJuYnJvb2stZGVzaWduLmV4YW1wbGUuCg==
--_000_VI1PR03MB7206131875ADF087EC2DCDE0VI1PR03MB7206_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZSB0eXBlPSJ0ZXh0L2NzcyIgc3R5bGU9ImRp
c3BsYXk6bm9uZTsiPiBQIHttYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowO30gPC9zdHlsZT4K
PC9oZWFkPgo8Ym9keSBkaXI9Imx0ciI+CjxkaXYgc3R5bGU9ImZvbnQtZmFtaWx5OiBBcHRvcywg
QXB0b3NfRW1iZWRkZWRGb250LCBBcHRvc19NU0ZvbnRTZXJ2aWNlLCBDYWxpYnJpLCBIZWx2ZXRp
Y2EsIHNhbnMtc2VyaWY7IGZvbnQtc2l6ZTogMTJwdDsgY29sb3I6IHJnYigwLCAwLCAwKTsiPgo8
ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+SGksPC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRU
b1Byb29mIj48YnI+PC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj5BcG9sb2dpZXMg
4oCTIHRoZSBtZXNzYWdlIGJlbG93IHdhcyBteSBvdXQtb2Ytb2ZmaWNlLCB3aGljaCB3YXMgc3Rp
bGwgc3dpdGNoZWQgb24gYWZ0ZXIgSSBnb3QgYmFjay4gVGhpcyBvbmUgaXMgcmVhbGx5IGZyb20g
bWUuPC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj48YnI+PC9kaXY+CjxkaXYgY2xh
c3M9ImVsZW1lbnRUb1Byb29mIj5ZZXMsIHRoZSByZXF1ZXN0IHdhcyBtaW5lIGFuZCBJIGNvbmZp
cm0gaXQuIFBsZWFzZSBzZW5kIG1lIGEgY29weSBvZiBhbGwgdGhlIHBlcnNvbmFsIGRhdGEgeW91
IGhvbGQgYWJvdXQgbWUgKGFjY291bnQgZGV0YWlscywgb3JkZXIgaGlzdG9yeSwgYW55dGhpbmcg
ZnJvbSB0aGUgbG95YWx0eSBzY2hlbWUpIHRvIHRoaXMgYWRkcmVzcy48L2Rpdj4KPGRpdiBjbGFz
cz0iZWxlbWVudFRvUHJvb2YiPjxicj48L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVudFRvUHJvb2Yi
PlRoYW5rcyw8L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVudFRvUHJvb2YiPk5laWwgQ2FydGVyPC9k
aXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj48YnI+PC9kaXY+CjxkaXYgY2xhc3M9ImVs
ZW1lbnRUb1Byb29mIj5fX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fXzwvZGl2Pgo8ZGl2
IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+RnJvbTogTmVpbCBDYXJ0ZXIgJmx0O25laWwuY2FydGVy
QGZlcm5icm9vay1kZXNpZ24uZXhhbXBsZSZndDs8L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVudFRv
UHJvb2YiPlNlbnQ6IDE0IEF1Z3VzdCAyMDI0IDA4OjA1PC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1l
bnRUb1Byb29mIj5UbzogU2hvcC5leGFtcGxlLmJlIFByaXZhY3kgJmx0O3ByaXZhY3lAc2hvcC5l
eGFtcGxlLmJlJmd0OzwvZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+U3ViamVjdDog
QXV0b21hdGljIHJlcGx5OiBQbGVhc2UgY29uZmlybSB5b3VyIHJlcXVlc3Q8L2Rpdj4KPGRpdiBj
bGFzcz0iZWxlbWVudFRvUHJvb2YiPjxicj48L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVudFRvUHJv
b2YiPlRoYW5rIHlvdSBmb3IgeW91ciBlbWFpbC4gSSBhbSBvdXQgb2YgdGhlIG9mZmljZSB1bnRp
bCBNb25kYXkgMTkgQXVndXN0IHdpdGggbm8gYWNjZXNzIHRvIGVtYWlsLiBGb3IgdXJnZW50IG1h
dHRlcnMgcGxlYXNlIGNvbnRhY3Qgc3R1ZGlvQGZlcm5icm9vay1kZXNpZ24uZXhhbXBsZS48L2Rp
dj4KPC9kaXY+CjwvYm9keT4KPC9odG1sPgo=
--_000_VI1PR03MB7206131875ADF087EC2DCDE0VI1PR03MB7206_--
"""),
    ('en', 'person-complaint-undeliverable', 'complaint', ('access',), """Return-Path: <james.okafor@gmail.com>
Delivered-To: privacy@shop.example.be
Received: from mail-wr1-f41.google.com (mail-wr1-f41.google.com [209.85.221.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W59JST4Sl4SCJk
	for <privacy@shop.example.be>; Thu, 22 Aug 2024 20:47:04 +0200 (CEST)
Received: by mail-wr1-f41.google.com with SMTP id ffacd0b85a97d-258988b839cso4908818f8f.3
        for <privacy@shop.example.be>; Thu, 22 Aug 2024 11:47:03 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com;
	s=20230601; t=1724352423;
	bh=0cLSPjZFZnMpcnABGwIIPzjXmBtP0wXaA7C0w8ZtzOg=;
	h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;
	b=2UW+BaWLlyNSvlSD75f2cNBytdp1QehWsJSpPrn/3QNYAYM2i12F8OLuIt9PQ0lJEoLdzG
	 zwYEkULOTrlBEAk/b3yxHWHLbIsmW4cVoq7/BmqT4XTZJb+y24vRVatQBOwTyz8oHcBs3Q
	 U0ZWgf55igQrMef1j5+D1dJSKR1oN18DLboN9j3mhYfy8NZxvxydr20KKLJBU2Uo7zN8dC
	 dpm8ep2lJHEwLbYOVUzOaGdN0gCADy0z9s5OINbdb//9Z5
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t=1724352423; x=1724957223;
        h=to:subject:message-id:date:from:mime-version:x-gm-message-state
         :from:to:cc:subject:date:message-id:reply-to;
        bh=W21eljyvuU2HXDhYaCq23XItrKQWfJ0vXzhpvJzK1yU=;
        b=li9cBfE3JRXBJpZkm6CFUsZkl3GuUuMYkaTtiukfvWkFhjLOhTrnBeyglL4lkMjfyJwEOJN+hB+z0tpTGwoN5hNZvOQBCKnnFPM4ol/+NHijeMM0KSpp71NwEbRtWjwD
X-Gm-Message-State: AOJu0YCsKHGdjHp9hc1jm6LmD6F6hsbxqsTPhBnfWMWMFnHxrbhB67GF
X-Google-Smtp-Source: AGHT+IFdbvs1AM/NVlP2iUHr/iYuIGDn+Cw7yj87kkk1ECwJAn1N+IQqJANc7==
X-Received: by 2002:a5d:f29f:0:b0:36b:6802:f3ce with SMTP id
 34788dad7a4c-dffe89a7v.69.7169318588028; Thu, 22 Aug 2024 11:47:03 -0700 (PDT)
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=gmail.com;
	spf=pass smtp.mailfrom=james.okafor@gmail.com;
	dmarc=pass header.from=gmail.com
MIME-Version: 1.0
From: James Okafor <james.okafor@gmail.com>
Date: Thu, 22 Aug 2024 19:47:03 +0100
Message-ID: <CASXvDM4f7z9E7hlw0PYHt9LvcU1ubLj8LaLdxoBbnLu@mail.gmail.com>
Subject: Undeliverable? I didn't get the copy of my data I asked for
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="00000000000095912880683da60a"

--00000000000095912880683da60a
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hello,

On 1 August I asked you for a copy of all the personal data you hold about =
me. Today I got an "Undeliverable" message saying that my own reminder to y=
ou could not be delivered, and I still have not received anything.

This is not acceptable. You have one month to answer a subject access reque=
st and that deadline is almost over. Please send me the copy of my data now=
, to this address, and explain why my emails are bouncing.

If I have nothing by the end of the month I will lodge a complaint with the=
 Belgian Data Protection Authority.

James Okafor
Customer no. 20931177
--00000000000095912880683da60a
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hello,<br><br>On 1 August I asked you for a copy of all th=
e personal data you hold about me. Today I got an "Undeliverable" message s=
aying that my own reminder to you could not be delivered, and I still have =
not received anything.<br><br>This is not acceptable. You have one month to=
 answer a subject access request and that deadline is almost over. Please s=
end me the copy of my data now, to this address, and explain why my emails =
are bouncing.<br><br>If I have nothing by the end of the month I will lodge=
 a complaint with the Belgian Data Protection Authority.<br><br>James Okafo=
r<br>Customer no. 20931177</div>
--00000000000095912880683da60a--
"""),
    ('en', 'person-contact-form', 'deletion', (), """Return-Path: <noreply@shop.example.be>
Delivered-To: privacy@shop.example.be
Received: from web01.shop.example.be (web01.shop.example.be [10.20.0.21])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WXSVxKBSjxknyC
	for <privacy@shop.example.be>; Wed, 21 Aug 2024 11:20:45 +0200 (CEST)
Date: Wed, 21 Aug 2024 11:20:44 +0200
To: privacy@shop.example.be
From: Shop.example.be website <noreply@shop.example.be>
Reply-To: Laura Bennett <laura.bennett77@outlook.com>
Subject: [Contact form] Privacy question
Message-ID: <8MoeDOj6pWK6cyEQbfKolM6f5PsvdSmURZlHdrsLYLo@shop.example.be>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

New message from the contact form on shop.example.be

Name: Laura Bennett
Email: laura.bennett77@outlook.com
Topic: Privacy
Order number:
Message: please delete my account and all the data you have about me. I don't use the shop anymore and I don't want any more emails.

--
Sent from https://shop.example.be/en/contact on 21/08/2024 11:20 (IP 81.82.201.17)
"""),
    ('nl', 'person-forwards-bounce-correction', 'correction', (), """Return-Path: <pieter.jansen@outlook.be>
Delivered-To: privacy@shop.example.be
Received: from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2091.outbound.protection.outlook.com [40.107.7.91])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WbVL7fgccbH8t9
	for <privacy@shop.example.be>; Wed, 14 Aug 2024 13:12:42 +0200 (CEST)
Received: from HE1PR04MB7560.eurprd04.prod.outlook.com (2603:10a6:30a:166::c) by
 AM0PR04MB4349.eurprd04.prod.outlook.com (2603:10a6:2f8:fb::b) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Wed, 14 Aug 2024 11:12:41 +0000
Received: from HE1PR04MB7560.eurprd04.prod.outlook.com
 ([fe80::771f:685b:37ec:6e48]) by HE1PR04MB7560.eurprd04.prod.outlook.com
 ([fe80::771f:685b:37ec:6e48%3]) with mapi id 15.20.7849.021; Wed, 14 Aug 2024 11:12:40 +0000
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=outlook.be;
	spf=pass smtp.mailfrom=pieter.jansen@outlook.be;
	dmarc=pass header.from=outlook.be
From: Pieter Jansen <pieter.jansen@outlook.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Fwd: Onbestelbaar: Vraag over mijn account
Thread-Topic: Onbestelbaar: Vraag over mijn account
Thread-Index: sUWgtHvQOCfpoyMcfQFRprz0Sc18VQ==
Date: Wed, 14 Aug 2024 11:12:40 +0000
Message-ID: <HE1PR04MB75600B6C022E2ACA8A791BC6@HE1PR04MB7560.eurprd04.prod.outlook.com>
Accept-Language: nl-BE, en-US
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
msip_labels:
x-ms-publictraffictype: Email
x-ms-traffictypediagnostic: HE1PR04MB7560:EE_|HE1PR004MB7560:EE_
x-ms-office365-filtering-correlation-id: 2fb8232d-51f1-56b1-a285-f4c3c3e16688
Content-Type: multipart/alternative;
	boundary="_000_HE1PR04MB7560C130DBD848337948273DHE1PR04MB7560_"
MIME-Version: 1.0

--_000_HE1PR04MB7560C130DBD848337948273DHE1PR04MB7560_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

R29lZGVtaWRkYWcsCgpHaXN0ZXJlbiBzdHV1cmRlIGlrIGp1bGxpZSBlZW4gdnJhYWcgbWV0IG1p
am4gb3VkZSB3ZXJrYWRyZXMgaW4gY2MsIGVuIGtyZWVnIG9uZGVyc3RhYW5kZSBmb3V0bWVsZGlu
ZyB0ZXJ1ZzogZGF0IGFkcmVzIGJlc3RhYXQgbmlldCBtZWVyIHNpbmRzIGlrIHZhbiB3ZXJrIHZl
cmFuZGVyZCBiZW4uIERhdCBpcyBudSBuZXQgaGV0IGFkcmVzIGRhdCBub2cgaW4gbWlqbiBrbGFu
dGVuYWNjb3VudCBzdGFhdCwgZW4gZGFhciBnYWFuIGp1bGxpZSBiZXZlc3RpZ2luZ2VuIGVuIGZh
Y3R1cmVuIG5hYXJ0b2UuCgpLdW5uZW4ganVsbGllIGhldCBlLW1haWxhZHJlcyBpbiBtaWpuIGFj
Y291bnQgYWFucGFzc2VuPwpPdWQ6IHBpZXRlci5qYW5zZW5AbG9naXN0aWVrLXZhbmRhbW1lLmV4
YW1wbGUKTmlldXc6IHBpZXRlci5qYW5zZW5Ab3V0bG9vay5iZQoKS2xhbnRudW1tZXI6IDExOC00
NDcxLTA5CgpBbHZhc3QgYmVkYW5rdCwKUGlldGVyIEphbnNlbgoKX19fX19fX19fX19fX19fX19f
X19fX19fX19fX19fX18KVmFuOiBNaWNyb3NvZnQgT3V0bG9vayA8cG9zdG1hc3RlckBvdXRsb29r
LmNvbT4KVmVyem9uZGVuOiBkaW5zZGFnIDEzIGF1Z3VzdHVzIDIwMjQgMTY6NDEKQWFuOiBwaWV0
ZXIuamFuc2VuQG91dGxvb2suYmUKT25kZXJ3ZXJwOiBPbmJlc3RlbGJhYXI6IFZyYWFnIG92ZXIg
bWlqbiBhY2NvdW50CgpBZmxldmVyaW5nIGlzIG1pc2x1a3Qgdm9vciBkZXplIG9udHZhbmdlcnMg
b2YgZ3JvZXBlbjoKCnBpZXRlci5qYW5zZW5AbG9naXN0aWVrLXZhbmRhbW1lLmV4YW1wbGUKSGV0
IGluZ2V2b2VyZGUgZS1tYWlsYWRyZXMgaXMgbmlldCBnZXZvbmRlbi4gQ29udHJvbGVlciBoZXQg
ZS1tYWlsYWRyZXMgdmFuIGRlIG9udHZhbmdlciBlbiBwcm9iZWVyIGhldCBiZXJpY2h0IG9wbmll
dXcgdGUgdmVyemVuZGVuLgoKRGlhZ25vc3Rpc2NoZSBnZWdldmVucyB2b29yIGJlaGVlcmRlcnM6
CkdlbmVyZXJlbmRlIHNlcnZlcjogQU04UDE5ME1CMDgxMi5FVVJQMTkwLlBST0QuT1VUTE9PSy5D
T00KcGlldGVyLmphbnNlbkBsb2dpc3RpZWstdmFuZGFtbWUuZXhhbXBsZQpSZW1vdGUgU2VydmVy
IHJldHVybmVkICc1NTAgNS4xLjEgUkVTT0xWRVIuQURSLlJlY2lwTm90Rm91bmQ7IG5vdCBmb3Vu
ZCcK
--_000_HE1PR04MB7560C130DBD848337948273DHE1PR04MB7560_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZSB0eXBlPSJ0ZXh0L2NzcyIgc3R5bGU9ImRp
c3BsYXk6bm9uZTsiPiBQIHttYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowO30gPC9zdHlsZT4K
PC9oZWFkPgo8Ym9keSBkaXI9Imx0ciI+CjxkaXYgc3R5bGU9ImZvbnQtZmFtaWx5OiBBcHRvcywg
QXB0b3NfRW1iZWRkZWRGb250LCBBcHRvc19NU0ZvbnRTZXJ2aWNlLCBDYWxpYnJpLCBIZWx2ZXRp
Y2EsIHNhbnMtc2VyaWY7IGZvbnQtc2l6ZTogMTJwdDsgY29sb3I6IHJnYigwLCAwLCAwKTsiPgo8
ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+R29lZGVtaWRkYWcsPC9kaXY+CjxkaXYgY2xhc3M9
ImVsZW1lbnRUb1Byb29mIj48YnI+PC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj5H
aXN0ZXJlbiBzdHV1cmRlIGlrIGp1bGxpZSBlZW4gdnJhYWcgbWV0IG1pam4gb3VkZSB3ZXJrYWRy
ZXMgaW4gY2MsIGVuIGtyZWVnIG9uZGVyc3RhYW5kZSBmb3V0bWVsZGluZyB0ZXJ1ZzogZGF0IGFk
cmVzIGJlc3RhYXQgbmlldCBtZWVyIHNpbmRzIGlrIHZhbiB3ZXJrIHZlcmFuZGVyZCBiZW4uIERh
dCBpcyBudSBuZXQgaGV0IGFkcmVzIGRhdCBub2cgaW4gbWlqbiBrbGFudGVuYWNjb3VudCBzdGFh
dCwgZW4gZGFhciBnYWFuIGp1bGxpZSBiZXZlc3RpZ2luZ2VuIGVuIGZhY3R1cmVuIG5hYXJ0b2Uu
PC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj48YnI+PC9kaXY+CjxkaXYgY2xhc3M9
ImVsZW1lbnRUb1Byb29mIj5LdW5uZW4ganVsbGllIGhldCBlLW1haWxhZHJlcyBpbiBtaWpuIGFj
Y291bnQgYWFucGFzc2VuPzwvZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+T3VkOiBw
aWV0ZXIuamFuc2VuQGxvZ2lzdGllay12YW5kYW1tZS5leGFtcGxlPC9kaXY+CjxkaXYgY2xhc3M9
ImVsZW1lbnRUb1Byb29mIj5OaWV1dzogcGlldGVyLmphbnNlbkBvdXRsb29rLmJlPC9kaXY+Cjxk
aXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj48YnI+PC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRU
b1Byb29mIj5LbGFudG51bW1lcjogMTE4LTQ0NzEtMDk8L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVu
dFRvUHJvb2YiPjxicj48L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVudFRvUHJvb2YiPkFsdmFzdCBi
ZWRhbmt0LDwvZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+UGlldGVyIEphbnNlbjwv
ZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+PGJyPjwvZGl2Pgo8ZGl2IGNsYXNzPSJl
bGVtZW50VG9Qcm9vZiI+X19fX19fX19fX19fX19fX19fX19fX19fX19fX19fX188L2Rpdj4KPGRp
diBjbGFzcz0iZWxlbWVudFRvUHJvb2YiPlZhbjogTWljcm9zb2Z0IE91dGxvb2sgJmx0O3Bvc3Rt
YXN0ZXJAb3V0bG9vay5jb20mZ3Q7PC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj5W
ZXJ6b25kZW46IGRpbnNkYWcgMTMgYXVndXN0dXMgMjAyNCAxNjo0MTwvZGl2Pgo8ZGl2IGNsYXNz
PSJlbGVtZW50VG9Qcm9vZiI+QWFuOiBwaWV0ZXIuamFuc2VuQG91dGxvb2suYmU8L2Rpdj4KPGRp
diBjbGFzcz0iZWxlbWVudFRvUHJvb2YiPk9uZGVyd2VycDogT25iZXN0ZWxiYWFyOiBWcmFhZyBv
dmVyIG1pam4gYWNjb3VudDwvZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+PGJyPjwv
ZGl2Pgo8ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+QWZsZXZlcmluZyBpcyBtaXNsdWt0IHZv
b3IgZGV6ZSBvbnR2YW5nZXJzIG9mIGdyb2VwZW46PC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRU
b1Byb29mIj48YnI+PC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj5waWV0ZXIuamFu
c2VuQGxvZ2lzdGllay12YW5kYW1tZS5leGFtcGxlPC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRU
b1Byb29mIj5IZXQgaW5nZXZvZXJkZSBlLW1haWxhZHJlcyBpcyBuaWV0IGdldm9uZGVuLiBDb250
cm9sZWVyIGhldCBlLW1haWxhZHJlcyB2YW4gZGUgb250dmFuZ2VyIGVuIHByb2JlZXIgaGV0IGJl
cmljaHQgb3BuaWV1dyB0ZSB2ZXJ6ZW5kZW4uPC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1By
b29mIj48YnI+PC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj5EaWFnbm9zdGlzY2hl
IGdlZ2V2ZW5zIHZvb3IgYmVoZWVyZGVyczo8L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVudFRvUHJv
b2YiPkdlbmVyZXJlbmRlIHNlcnZlcjogQU04UDE5ME1CMDgxMi5FVVJQMTkwLlBST0QuT1VUTE9P
Sy5DT008L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVudFRvUHJvb2YiPnBpZXRlci5qYW5zZW5AbG9n
aXN0aWVrLXZhbmRhbW1lLmV4YW1wbGU8L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVudFRvUHJvb2Yi
PlJlbW90ZSBTZXJ2ZXIgcmV0dXJuZWQgJzU1MCA1LjEuMSBSRVNPTFZFUi5BRFIuUmVjaXBOb3RG
b3VuZDsgbm90IGZvdW5kJzwvZGl2Pgo8L2Rpdj4KPC9ib2R5Pgo8L2h0bWw+Cg==
--_000_HE1PR04MB7560C130DBD848337948273DHE1PR04MB7560_--
"""),
    ('de', 'person-holiday-delete-now', 'deletion', (), """Return-Path: <monika.schaefer@gmx.net>
Delivered-To: privacy@shop.example.be
Received: from mout.gmx.net (mout.gmx.net [212.227.17.21])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W3J2vctR0cmXYQ
	for <privacy@shop.example.be>; Tue, 13 Aug 2024 21:04:56 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmx.net;
	s=s31663417; t=1723575895;
	bh=Po9Up6BaTcKmM+b2twS+eq+JCbNr41qX8Vca5jhTnw8=;
	h=X-UI-Sender-Class:MIME-Version:Message-ID:From:To:Subject:Content-Type:Date;
	b=aYGoJ0EExyEMOA+4D5ArkSddSqAwlBrtIlkzkul0QMTeDrOokPqOKntxu4ngM/ILJsfiU8
	 Jn/tK/s8UVkGxfDNW4dH0nd0EeS1vJvl0s+jlY5U4hidCNBvmGgedzTbe5vmD6uRiQNLY9
	 i11fwFm6J/hYd5nRLdAYc4uB18icHf0+cvE6Dp2E0Fm0WMRK8XzjPfbwgz5iaQsHLriS4o
	 qPljGNpBdWqYo+w9s+1mDTR8RXjhT2YMR4cfXH92ugBcZj
X-UI-Sender-Class: 724b4f7f-cbec-4199-ad4e-598c01a50d3a
Received: from [100.78.212.9] ([100.78.212.9]) by web-mail.gmx.net
 (3c-app-gmx-bap31.server.lan [172.19.172.101]) (via HTTP); Tue, 13 Aug 2024 21:04:55 +0200
MIME-Version: 1.0
Message-ID: <trinity-7a024787-f2aa-4d07-a646-d888aa32c01c-1723575895411@3c-app-gmx-bap31>
From: =?utf-8?B?TW9uaWthIFNjaMOkZmVy?= <monika.schaefer@gmx.net>
To: privacy@shop.example.be
Subject: =?utf-8?B?VXJsYXViIGJpcyAyMC4g4oCTIEtvbnRvIGJpdHRlIHRyb3R6ZGVtIGpldHp0?=
 =?utf-8?B?IGzDtnNjaGVu?=
In-Reply-To: <20240812100031.d9c49a376909@shop.example.be>
References: <20240812100031.d9c49a376909@shop.example.be>
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Date: Tue, 13 Aug 2024 21:04:55 +0200
Importance: normal
Sensitivity: Normal
X-Priority: 3
X-Provags-ID: V03:K1:ksT+ZRMGVhPgYNqd7N9ds5y1vgcZul8pMi2bTSkp9PFhRV5pPZoVKHkqlsYf
X-UI-Out-Filterresults: notjunk:1;V03:K0:9CKuqqs2Yjrr=cKDupOsyhGfp8cuHp

Hallo,

ich bin bis zum 20. im Urlaub und nur ab und zu online. Bitte warten Sie mi=
t der L=C3=B6schung aber nicht, bis ich zur=C3=BCck bin: L=C3=B6schen Sie m=
ein Kundenkonto bitte jetzt, inklusive der gespeicherten Adressen und Zahlu=
ngsdaten.

Ja, die Anfrage kam von mir.

Viele Gr=C3=BC=C3=9Fe aus Kroatien
Monika Sch=C3=A4fer
"""),
    ('fr', 'person-pasted-ooo-newsletter', 'withdraw_consent', (), """Return-Path: <julien.marchal@fiduciaire-namur.example>
Delivered-To: privacy@shop.example.be
Received: from smtp.fiduciaire-namur.example (smtp.fiduciaire-namur.example [91.86.14.220])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W8HWDJ2RsQ06hv
	for <privacy@shop.example.be>; Mon, 19 Aug 2024 09:37:17 +0200 (CEST)
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=fiduciaire-namur.example;
	spf=pass smtp.mailfrom=julien.marchal@fiduciaire-namur.example;
	dmarc=pass header.from=fiduciaire-namur.example
Message-ID: <bda0000c-68c1-906f-8f54-e1d21c3d056d@fiduciaire-namur.example>
Date: Mon, 19 Aug 2024 09:37:15 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: fr
To: privacy@shop.example.be
From: Julien Marchal <julien.marchal@fiduciaire-namur.example>
Subject: =?utf-8?B?RMOpc2luc2NyaXB0aW9uIG5ld3NsZXR0ZXIgKHLDqXBvbnNlIGF1dG9tYXRp?=
 =?utf-8?B?cXVlIGRlIG1hIGNvbGzDqGd1ZSBjaS1kZXNzb3VzKQ==?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je g=C3=A8re la bo=C3=AEte de ma coll=C3=A8gue Nathalie pendant son absence=
. Elle re=C3=A7oit=20
chaque semaine votre newsletter, et vos envois d=C3=A9clenchent en plus sa=20
r=C3=A9ponse automatique. Voici le texte de son message d'absence, pour que=20
vous compreniez :

=C2=AB Bonjour, je suis absente du bureau jusqu'au 2 septembre inclus, sans=20
acc=C3=A8s =C3=A0 mes e-mails. Pour toute urgence, merci de contacter l'acc=
ueil au=20
081 55 01 23. Cordialement, Nathalie Roussel =C2=BB

Merci de retirer nathalie.roussel@fiduciaire-namur.example ET mon adresse=20
de votre newsletter et de toutes vos listes commerciales. Nous ne=20
souhaitons plus recevoir de publicit=C3=A9 de votre part.

Bien =C3=A0 vous,
Julien Marchal
Fiduciaire de Namur
"""),
    ('es', 'person-iphone-disclaimer', 'portability', (), """Return-Path: <alberto.ruiz@gestoria-ruiz.example>
Delivered-To: privacy@shop.example.be
Received: from smtp.gestoria-ruiz.example (smtp.gestoria-ruiz.example [37.59.84.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WPZSkPRjH4kPRD
	for <privacy@shop.example.be>; Fri, 16 Aug 2024 18:02:11 +0200 (CEST)
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=gestoria-ruiz.example;
	spf=pass smtp.mailfrom=alberto.ruiz@gestoria-ruiz.example;
	dmarc=pass header.from=gestoria-ruiz.example
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Alberto Ruiz <alberto.ruiz@gestoria-ruiz.example>
Mime-Version: 1.0 (1.0)
Subject: Mis datos en formato CSV
Date: Fri, 16 Aug 2024 18:02:09 +0200
Message-Id: <4D05D9E4-62D8-43EC-BF41-8EAD2C4D070F@gestoria-ruiz.example>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (21G93)

Hola,

Me cambio a otra tienda y quiero llevarme mis datos. Os pido que me envi=C3=
=A9is todo lo que ten=C3=A9is de m=C3=AD (pedidos, direcciones, lista de de=
seos, puntos) en un formato que se pueda importar, CSV o JSON, a esta misma=
 direcci=C3=B3n.

Gracias,
Alberto

Enviado desde mi iPhone

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivame=
nte a su destinatario, pudiendo contener informaci=C3=B3n confidencial some=
tida a secreto profesional. No est=C3=A1 permitida su reproducci=C3=B3n o d=
istribuci=C3=B3n sin la autorizaci=C3=B3n expresa de GESTOR=C3=8DA RUIZ, S.=
L. Si usted no es el destinatario final, por favor elim=C3=ADnelo e inf=C3=
=B3rmenos por esta v=C3=ADa.
PROTECCI=C3=93N DE DATOS: De conformidad con el Reglamento (UE) 2016/679 (R=
GPD) y la LOPDGDD 3/2018, le informamos de que sus datos ser=C3=A1n tratado=
s por GESTOR=C3=8DA RUIZ, S.L. con la finalidad de mantener la relaci=C3=B3=
n profesional. Puede ejercer sus derechos de acceso, rectificaci=C3=B3n, su=
presi=C3=B3n, oposici=C3=B3n, limitaci=C3=B3n y portabilidad dirigi=C3=A9nd=
ose a lopd@gestoria-ruiz.example.
"""),
    ('it', 'person-re-risposta-automatica', 'withdraw_consent', (), """Return-Path: <francesca.bianchi@studio-bianchi.example>
Delivered-To: privacy@shop.example.be
Received: from smtpout.studio-bianchi.example (smtpout.studio-bianchi.example [62.149.155.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W6FMFKGtsblbRy
	for <privacy@shop.example.be>; Tue, 27 Aug 2024 09:15:33 +0200 (CEST)
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=studio-bianchi.example;
	spf=pass smtp.mailfrom=francesca.bianchi@studio-bianchi.example;
	dmarc=pass header.from=studio-bianchi.example
From: Francesca Bianchi <francesca.bianchi@studio-bianchi.example>
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))
Subject: Re: Risposta automatica: Conferma la tua richiesta
Date: Tue, 27 Aug 2024 09:15:31 +0200
References: <20240808100048.d48627d5b151@shop.example.be>
To: privacy@shop.example.be
In-Reply-To: <20240808100048.d48627d5b151@shop.example.be>
Message-Id: <B93C612A-CCC9-4DB6-A927-C2AFBC65CB34@studio-bianchi.example>
X-Mailer: Apple Mail (2.3774.600.62)

Buongiorno,

scusate, il messaggio precedente era la mia risposta automatica delle ferie=
: sono rientrata ieri.

Confermo la richiesta: revoco il consenso all'invio di comunicazioni commer=
ciali e alla profilazione dei miei acquisti. Potete conservare solo i dati =
necessari per la garanzia dei miei ordini.

Grazie,
Francesca Bianchi

> Il giorno 8 ago 2024, alle ore 10:02, Francesca Bianchi <francesca.bianch=
i@studio-bianchi.example> ha scritto:
>
> Sono in ferie fino al 26 agosto. Per urgenze: segreteria@studio-bianchi.e=
xample
"""),
    ('pl', 'person-re-odpowiedz-automatyczna', 'correction', (), """Return-Path: <a.lewandowska@interia.pl>
Delivered-To: privacy@shop.example.be
Received: from smtp.poczta.interia.pl (smtp.poczta.interia.pl [217.74.65.62])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Ww5tFmhYJWfpyb
	for <privacy@shop.example.be>; Mon, 26 Aug 2024 20:30:03 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=interia.pl;
	s=biztos; t=1724697002;
	bh=i3KggQVbpT3+YmldiUlcjmB2M65WCFJUy+/hgF5CZqw=;
	h=Date:From:To:Subject:In-Reply-To:References:Message-ID:MIME-Version:Content-Type;
	b=EvTURbz/SQcg041tjy6uW1KXcyb4z6A7kL8XmvVxjetj9o4trsRZb8NUztiwZfjZQMZOqt
	 V6KazQVyEeVeY1tbCr0ey6aeu0cqHVpe+HjxdEwjhK+nlYN+VWDvmURcQlCuKc2xKmDcvJ
	 0EgfSShH39jtzEsW3aNoLrd2sedZguL8eKcVBFoQv73fxLPGk80rwi70lvOSbEWTY1qks8
	 OeZWaXAD0JUHQVfY+k+tIHalwRWiJeZn86aKk7YNBBL2eF
Date: Mon, 26 Aug 2024 20:30:02 +0200
From: Agnieszka Lewandowska <a.lewandowska@interia.pl>
To: privacy@shop.example.be
Subject: =?utf-8?B?UmU6IE9kcG93aWVkxbogYXV0b21hdHljem5hOiBQb3R3aWVyZMW6IHN3b2pl?=
 =?utf-8?B?IMW8xIVkYW5pZQ==?=
In-Reply-To: <20240805100056.56dd8cdb7fd9@shop.example.be>
References: <20240805100056.56dd8cdb7fd9@shop.example.be>
Message-ID: <bd9b0779acdf7b4ab21862c0@interia.pl>
X-Mailer: Interia Poczta
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

poprzednia wiadomo=C5=9B=C4=87 to by=C5=82a moja automatyczna odpowied=C5=
=BA z urlopu, przepraszam. Teraz pisz=C4=99 osobi=C5=9Bcie.

Potwierdzam =C5=BC=C4=85danie. Prosz=C4=99 poprawi=C4=87 moje dane w koncie=
: po =C5=9Blubie zmieni=C5=82am nazwisko z Zieli=C5=84ska na Lewandowska, a=
 adres dostawy to teraz ul. Kwiatowa 12/4, 30-215 Krak=C3=B3w. Stary adres =
prosz=C4=99 usun=C4=85=C4=87.

Pozdrawiam
Agnieszka Lewandowska
"""),
    ('cs', 'person-antivirus-footer', 'objection', (), """Return-Path: <jan.novotny.brno@gmail.com>
Delivered-To: privacy@shop.example.be
Received: from mail-wr1-f48.google.com (mail-wr1-f48.google.com [209.85.221.48])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W8kThkbzHvdBQd
	for <privacy@shop.example.be>; Thu, 15 Aug 2024 22:11:41 +0200 (CEST)
Received: by mail-wr1-f48.google.com with SMTP id ffacd0b85a97d-83d22509d5aso2434147f8f.2
        for <privacy@shop.example.be>; Thu, 15 Aug 2024 13:11:40 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com;
	s=20230601; t=1723752700;
	bh=FbEr2lmiI4paaW/i/nvp0R25nPYZBY2A0U0D27Jb708=;
	h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;
	b=4HLsrHWTzmRW0h05BzQzvHGnyohrbLFoQX9m2USVzDbYkbnO0G+XlLWFguYLzkKNuC9+K3
	 s4FDvw+iwqmKIkQTLKzqgKFMKybbLU7DxVAIZ0T1G6xNSqZFmIzgXyD/xIYErnjqvT39Zp
	 QdiwPI3UbfHdBoizel/u2hasQgATiyTdd94uMbsMvtN5jMp6IMwAfTn5zYnMiwflg67LqF
	 RZx7gtWg5pHg1rw+JGU7l1SXLJDm3YmJXgL9PqtJvX4cN3
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t=1723752700; x=1724357500;
        h=to:subject:message-id:date:from:mime-version:x-gm-message-state
         :from:to:cc:subject:date:message-id:reply-to;
        bh=tR1oFBYegJoxPpYxQRnrW8uk41IRlBO5GVoluxP5HNA=;
        b=rs0QAq6GyZsup8BSY3KC6fVG007U911ddAxgc1E1ILM8SSmW3OV6JsTPjPsXikcpi2vTAHn3dAvNieeaN6+AaS2rXoobX1ASJ+d3VrYfFFAKwNsYdKQbYmcsMZFKnMki
X-Gm-Message-State: AOJu0Yv8XoqaxA3NUxY1OWZvRpKcHZWmAW7YmNN5YDY0IRhG0FWAqNsv
X-Google-Smtp-Source: AGHT+IF24kTtnixBYwzUErZYIhI21L6s3QFeMV3GD4BwUkYlQz5Ue/62Jm7zY==
X-Received: by 2002:a5d:893c:0:b0:36b:eab0:7f02 with SMTP id
 15b45794d85c-a3f6c95av.73.6964610666952; Thu, 15 Aug 2024 13:11:40 -0700 (PDT)
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=gmail.com;
	spf=pass smtp.mailfrom=jan.novotny.brno@gmail.com;
	dmarc=pass header.from=gmail.com
MIME-Version: 1.0
References: <20240815100015.ddcfa1602291@shop.example.be>
In-Reply-To: <20240815100015.ddcfa1602291@shop.example.be>
From: =?utf-8?B?SmFuIE5vdm90bsO9?= <jan.novotny.brno@gmail.com>
Date: Thu, 15 Aug 2024 22:11:40 +0200
Message-ID: <CAXEv-9KxoyATX=XBOhr+_es2prz5xYgsGq7uIfllPbT@mail.gmail.com>
Subject: =?utf-8?B?UmU6IFBvdHZyxI90ZSBwcm9zw61tIHN2b3Ugxb7DoWRvc3Q=?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000cb3d05ad73ecf541"

--000000000000cb3d05ad73ecf541
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

potvrzuji, =C5=BE=C3=A1dost jsem poslal j=C3=A1. Nesouhlas=C3=ADm se zpraco=
v=C3=A1n=C3=ADm m=C3=BDch =C3=BAdaj=C5=AF pro profilov=C3=A1n=C3=AD a c=C3=
=ADlenou reklamu a =C5=BE=C3=A1d=C3=A1m, abyste s t=C3=ADm p=C5=99estali. =
=C3=9A=C4=8Det si chci ponechat.

S pozdravem
Jan Novotn=C3=BD

Odesl=C3=A1no z mobiln=C3=ADho za=C5=99=C3=ADzen=C3=AD

--
Tento e-mail byl zkontrolov=C3=A1n na viry programem Avast.
www.avast.com
--000000000000cb3d05ad73ecf541
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Dobr=C3=BD den,<br><br>potvrzuji, =C5=BE=C3=A1dost jsem po=
slal j=C3=A1. Nesouhlas=C3=ADm se zpracov=C3=A1n=C3=ADm m=C3=BDch =C3=BAdaj=
=C5=AF pro profilov=C3=A1n=C3=AD a c=C3=ADlenou reklamu a =C5=BE=C3=A1d=C3=
=A1m, abyste s t=C3=ADm p=C5=99estali. =C3=9A=C4=8Det si chci ponechat.<br>=
<br>S pozdravem<br>Jan Novotn=C3=BD<br><br>Odesl=C3=A1no z mobiln=C3=ADho z=
a=C5=99=C3=ADzen=C3=AD<br><br>--<br>Tento e-mail byl zkontrolov=C3=A1n na v=
iry programem Avast.<br>www.avast.com</div>
--000000000000cb3d05ad73ecf541--
"""),
    ('sv', 'person-forwards-bounce-deletion', 'deletion', (), """Return-Path: <karin.nilsson@telia.com>
Delivered-To: privacy@shop.example.be
Received: from smtp-out12.telia.com (smtp-out12.telia.com [81.236.60.165])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Ww6ksqx7XbsF1D
	for <privacy@shop.example.be>; Tue, 20 Aug 2024 07:55:31 +0200 (CEST)
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=telia.com;
	spf=pass smtp.mailfrom=karin.nilsson@telia.com;
	dmarc=pass header.from=telia.com
From: Karin Nilsson <karin.nilsson@telia.com>
To: <privacy@shop.example.be>
Subject: VB: Undelivered Mail Returned to Sender
Date: Tue, 20 Aug 2024 07:55:30 +0200
Message-ID: <000001dae2c4$6b5c3216$85fd53b1@telia.com>
MIME-Version: 1.0
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: dOixRalaLYQKBEEjeD8/WMzWdxUxXw==
Content-Language: sv

Hej,

Jag f=C3=B6rs=C3=B6kte mejla min beg=C3=A4ran om radering till dataskydd@sh=
op.example.be men fick tillbaka felmeddelandet nedan. Jag skickar den d=C3=
=A4rf=C3=B6r hit i st=C3=A4llet.

Radera mitt kundkonto och alla uppgifter ni har om mig. Kontot =C3=A4r regi=
strerat p=C3=A5 den h=C3=A4r mejladressen.

Mvh
Karin Nilsson

-----Ursprungligt meddelande-----
Fr=C3=A5n: Mail Delivery System <MAILER-DAEMON@mx1.shop.example.be>
Skickat: den 19 augusti 2024 21:14
Till: karin.nilsson@telia.com
=C3=84mne: Undelivered Mail Returned to Sender

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<dataskydd@shop.example.be>: User unknown in virtual alias table
"""),
    ('ro', 'person-forwards-dsn-access', 'access', (), """Return-Path: <elena.dumitrescu91@gmail.com>
Delivered-To: privacy@shop.example.be
Received: from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WPtyjgkcDs1QwG
	for <privacy@shop.example.be>; Mon, 19 Aug 2024 17:40:06 +0200 (CEST)
Received: by mail-wr1-f44.google.com with SMTP id ffacd0b85a97d-d2554695b8dso5993092f8f.1
        for <privacy@shop.example.be>; Mon, 19 Aug 2024 08:40:05 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com;
	s=20230601; t=1724082005;
	bh=Vrry4V7vqtaGulYMnxvN5qA6sZTUxmVU6+/TtkYOS2M=;
	h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;
	b=F25rdWwK+jJ9St0VsK17ohxcNFPd2m+12ZpaHV/RTDsnvmzgPIPCm2i/le0MDi/VvhhOdq
	 uX6L/V3AuI1qR0m8bBVFtRMMhN5X6wQIetZxthhY/NxR1MWBsn4oqXL+IUmg43FikeqP42
	 uGd6ZkzkWHncxCuAzvF5uWRoX/J7E1tHoNPgswK/UrioMAuL0SgOrcik4zSnLYOL04KQON
	 IA0Y6lqCzL7iOz4fbMIJqb1ZlProUbk8mp1WExTNM+nRLp
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t=1724082005; x=1724686805;
        h=to:subject:message-id:date:from:mime-version:x-gm-message-state
         :from:to:cc:subject:date:message-id:reply-to;
        bh=Q5GfTTC2fatEk2l+3ywKe0PxnhqKqlG2ITlXtTonupg=;
        b=sABvZUsdR9kDzjGLYEiBeqaviByQY7aNbCSRPXEcSQw49TQGUq8em2xI/7rwkgF2yG5d1JPepLXUE2o060mzzGeNQfRs3WwYSJS8G+03hUctLRfw+qLWkcIzUo3wRPfY
X-Gm-Message-State: AOJu0YsjqbCokTvz8N+sfextWDmwF0AvBaxc7PNUwmhEMAu+T8rBhTh9
X-Google-Smtp-Source: AGHT+IFmwWUNni05VBs0VJsljHIdg0yWap1ktYcMOHWlvEdcJ/HbqKomNFRAt==
X-Received: by 2002:a5d:9fc8:0:b0:36b:d223:5d81 with SMTP id
 e9915574813c-6941ca15v.96.1016529160443; Mon, 19 Aug 2024 08:40:05 -0700 (PDT)
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=gmail.com;
	spf=pass smtp.mailfrom=elena.dumitrescu91@gmail.com;
	dmarc=pass header.from=gmail.com
MIME-Version: 1.0
From: Elena Dumitrescu <elena.dumitrescu91@gmail.com>
Date: Mon, 19 Aug 2024 18:40:05 +0300
Message-ID: <CAHYGsKAq4EcHAuJAP39b-hNf9WL7sCmuFKp0hTjbRUX@mail.gmail.com>
Subject: Fwd: Delivery Status Notification (Failure)
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="00000000000070685cb3b2bf64a5"

--00000000000070685cb3b2bf64a5
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Am =C3=AEncercat s=C4=83 v=C4=83 scriu la adresa dpo@shop.example.be =C8=99=
i am primit mesajul de mai jos. V=C4=83 scriu deci aici.

V=C4=83 rog s=C4=83-mi trimite=C8=9Bi o copie a tuturor datelor personale p=
e care le de=C8=9Bine=C8=9Bi despre mine (cont, comenzi, adrese de livrare)=
, conform art. 15 din GDPR.

Mul=C8=9Bumesc,
Elena Dumitrescu

---------- Forwarded message ---------
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: lun., 19 aug. 2024 la 18:22
Subject: Delivery Status Notification (Failure)
To: <elena.dumitrescu91@gmail.com>


** Adresa nu a fost g=C4=83sit=C4=83 **

Mesajul nu a fost livrat c=C4=83tre dpo@shop.example.be, deoarece adresa nu=
 a putut fi g=C4=83sit=C4=83 sau nu poate primi e-mailuri.

R=C4=83spunsul a fost:

550 5.1.1 <dpo@shop.example.be>: Recipient address rejected: User unknown i=
n virtual alias table
--00000000000070685cb3b2bf64a5
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Bun=C4=83 ziua,<br><br>Am =C3=AEncercat s=C4=83 v=C4=83 sc=
riu la adresa dpo@shop.example.be =C8=99i am primit mesajul de mai jos. V=
=C4=83 scriu deci aici.<br><br>V=C4=83 rog s=C4=83-mi trimite=C8=9Bi o copi=
e a tuturor datelor personale pe care le de=C8=9Bine=C8=9Bi despre mine (co=
nt, comenzi, adrese de livrare), conform art. 15 din GDPR.<br><br>Mul=C8=9B=
umesc,<br>Elena Dumitrescu<br><br>---------- Forwarded message ---------<br=
>From: Mail Delivery Subsystem &lt;mailer-daemon@googlemail.com&gt;<br>Date=
: lun., 19 aug. 2024 la 18:22<br>Subject: Delivery Status Notification (Fai=
lure)<br>To: &lt;elena.dumitrescu91@gmail.com&gt;<br><br><br>** Adresa nu a=
 fost g=C4=83sit=C4=83 **<br><br>Mesajul nu a fost livrat c=C4=83tre dpo@sh=
op.example.be, deoarece adresa nu a putut fi g=C4=83sit=C4=83 sau nu poate =
primi e-mailuri.<br><br>R=C4=83spunsul a fost:<br><br>550 5.1.1 &lt;dpo@sho=
p.example.be&gt;: Recipient address rejected: User unknown in virtual alias=
 table</div>
--00000000000070685cb3b2bf64a5--
"""),
    ('el', 'person-re-automati-apantisi', 'deletion', (), """Return-Path: <maria.konstantinou@dimos-larisas.example>
Delivered-To: privacy@shop.example.be
Received: from EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2130.outbound.protection.outlook.com [40.107.14.130])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Wk25MNrPPywQ93
	for <privacy@shop.example.be>; Mon, 26 Aug 2024 09:05:46 +0200 (CEST)
Received: from VE1PR01MB6316.eurprd01.prod.outlook.com (2603:10a6:30d:3f6::22) by
 PAXPR01MB9176.eurprd01.prod.outlook.com (2603:10a6:3b0:3b4::d) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7849.21; Mon, 26 Aug 2024 07:05:45 +0000
Received: from VE1PR01MB6316.eurprd01.prod.outlook.com
 ([fe80::333a:5f9b:15c1:0050]) by VE1PR01MB6316.eurprd01.prod.outlook.com
 ([fe80::333a:5f9b:15c1:0050%3]) with mapi id 15.20.7849.021; Mon, 26 Aug 2024 07:05:44 +0000
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=dimos-larisas.example;
	spf=pass smtp.mailfrom=maria.konstantinou@dimos-larisas.example;
	dmarc=pass header.from=dimos-larisas.example
From: =?utf-8?B?zpzOsc+Bzq/OsSDOms+Jzr3Pg8+EzrHOvc+Ezq/Ovc6/z4U=?= <maria.konstantinou@dimos-larisas.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?zpHPgDogzpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiDOoM6x?=
 =?utf-8?B?z4HOsc66zrHOu86/z43OvM61IM61z4DOuc6yzrXOss6xzrnPjs+Dz4TOtSA=?=
 =?utf-8?B?z4TOvyDOsc6vz4TOt868zqwgz4POsc+C?=
Thread-Topic: =?utf-8?B?zqDOsc+BzrHOus6xzrvOv8+NzrzOtSDOtc+AzrnOss61zrLOsc65z47Pg8+E?=
 =?utf-8?B?zrUgz4TOvyDOsc6vz4TOt868zqwgz4POsc+C?=
Thread-Index: iIJC9wKrF8Wnvxa5eMXmJTVxam+Xtw==
Date: Mon, 26 Aug 2024 07:05:44 +0000
Message-ID: <VE1PR01MB6316596FB9B4E65187356438@VE1PR01MB6316.eurprd01.prod.outlook.com>
References: <20240809110010.2a8f959b321a@shop.example.be>
In-Reply-To: <20240809110010.2a8f959b321a@shop.example.be>
Accept-Language: el-GR, en-US
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
msip_labels:
x-ms-publictraffictype: Email
x-ms-traffictypediagnostic: VE1PR01MB6316:EE_|VE1PR001MB6316:EE_
x-ms-office365-filtering-correlation-id: e012bafe-a643-4121-475d-0d4275e96ade
Content-Type: multipart/alternative;
	boundary="_000_VE1PR01MB6316D6E65F9217AEA8D9B8FDVE1PR01MB6316_"
MIME-Version: 1.0

--_000_VE1PR01MB6316D6E65F9217AEA8D9B8FDVE1PR01MB6316_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zprOsc67zrfOvM6tz4HOsSwKCs6kzr8gz4DPgc6/zrfOs86/z43OvM61zr3OvyDOvM6uzr3Phc68
zrEgzq7PhM6xzr0gzrcgzrHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863IM6xz4DOv8+F
z4POr86xz4IgzrzOv8+FLCDPg8+FzrPOs869z47OvM63LiDOlM61zr0gzrXOr868zrHOuSDPgc6/
zrzPgM+Mz4QgOikKCs6Vz4DOuc6yzrXOss6xzrnPjs69z4kgz4zPhM65IM+Ezr8gzrHOr8+EzrfO
vM6xIM61zq/Ovc6xzrkgzrTOuc66z4wgzrzOv8+FOiDPgM6xz4HOsc66zrHOu8+OIM60zrnOsc6z
z4HOrM+Iz4TOtSDPhM6/zr0gzrvOv86zzrHPgc65zrHPg868z4wgzrzOv8+FIM66zrHOuSDPjM67
zrEgz4TOsSDPgM+Bzr/Pg8+Jz4DOuc66zqwgzrzOv8+FIM60zrXOtM6/zrzOrc69zrEuCgrOlc+F
z4fOsc+BzrnPg8+Ez44sCs6czrHPgc6vzrEgzprPic69z4PPhM6xzr3PhM6vzr3Ov8+FCg==
--_000_VE1PR01MB6316D6E65F9217AEA8D9B8FDVE1PR01MB6316_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZSB0eXBlPSJ0ZXh0L2NzcyIgc3R5bGU9ImRp
c3BsYXk6bm9uZTsiPiBQIHttYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowO30gPC9zdHlsZT4K
PC9oZWFkPgo8Ym9keSBkaXI9Imx0ciI+CjxkaXYgc3R5bGU9ImZvbnQtZmFtaWx5OiBBcHRvcywg
QXB0b3NfRW1iZWRkZWRGb250LCBBcHRvc19NU0ZvbnRTZXJ2aWNlLCBDYWxpYnJpLCBIZWx2ZXRp
Y2EsIHNhbnMtc2VyaWY7IGZvbnQtc2l6ZTogMTJwdDsgY29sb3I6IHJnYigwLCAwLCAwKTsiPgo8
ZGl2IGNsYXNzPSJlbGVtZW50VG9Qcm9vZiI+zprOsc67zrfOvM6tz4HOsSw8L2Rpdj4KPGRpdiBj
bGFzcz0iZWxlbWVudFRvUHJvb2YiPjxicj48L2Rpdj4KPGRpdiBjbGFzcz0iZWxlbWVudFRvUHJv
b2YiPs6kzr8gz4DPgc6/zrfOs86/z43OvM61zr3OvyDOvM6uzr3Phc68zrEgzq7PhM6xzr0gzrcg
zrHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863IM6xz4DOv8+Fz4POr86xz4IgzrzOv8+F
LCDPg8+FzrPOs869z47OvM63LiDOlM61zr0gzrXOr868zrHOuSDPgc6/zrzPgM+Mz4QgOik8L2Rp
dj4KPGRpdiBjbGFzcz0iZWxlbWVudFRvUHJvb2YiPjxicj48L2Rpdj4KPGRpdiBjbGFzcz0iZWxl
bWVudFRvUHJvb2YiPs6Vz4DOuc6yzrXOss6xzrnPjs69z4kgz4zPhM65IM+Ezr8gzrHOr8+EzrfO
vM6xIM61zq/Ovc6xzrkgzrTOuc66z4wgzrzOv8+FOiDPgM6xz4HOsc66zrHOu8+OIM60zrnOsc6z
z4HOrM+Iz4TOtSDPhM6/zr0gzrvOv86zzrHPgc65zrHPg868z4wgzrzOv8+FIM66zrHOuSDPjM67
zrEgz4TOsSDPgM+Bzr/Pg8+Jz4DOuc66zqwgzrzOv8+FIM60zrXOtM6/zrzOrc69zrEuPC9kaXY+
CjxkaXYgY2xhc3M9ImVsZW1lbnRUb1Byb29mIj48YnI+PC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1l
bnRUb1Byb29mIj7Olc+Fz4fOsc+BzrnPg8+Ez44sPC9kaXY+CjxkaXYgY2xhc3M9ImVsZW1lbnRU
b1Byb29mIj7OnM6xz4HOr86xIM6az4nOvc+Dz4TOsc69z4TOr869zr/PhTwvZGl2Pgo8L2Rpdj4K
PC9ib2R5Pgo8L2h0bWw+Cg==
--_000_VE1PR01MB6316D6E65F9217AEA8D9B8FDVE1PR01MB6316_--
"""),
    ('bg', 'person-iphone-restriction', 'restriction', (), """Return-Path: <dimitar.petrov@abv.bg>
Delivered-To: privacy@shop.example.be
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.80])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WHwxsSBTtQ8pND
	for <privacy@shop.example.be>; Sun, 18 Aug 2024 11:40:15 +0200 (CEST)
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=abv.bg;
	spf=pass smtp.mailfrom=dimitar.petrov@abv.bg;
	dmarc=pass header.from=abv.bg
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?B?0JTQuNC80LjRgtGK0YAg0J/QtdGC0YDQvtCy?= <dimitar.petrov@abv.bg>
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?B?UmU6INCc0L7Qu9GPLCDQv9C+0YLQstGK0YDQtNC10YLQtSDQt9Cw0Y/QstC6?=
 =?utf-8?B?0LDRgtCwINGB0Lg=?=
Date: Sun, 18 Aug 2024 12:40:13 +0300
Message-Id: <63333AB1-3DBA-44D1-B283-36FC0C0555B9@abv.bg>
References: <20240818100048.6e195cec4031@shop.example.be>
In-Reply-To: <20240818100048.6e195cec4031@shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (21F90)

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=9F=D0=BE=D1=82=D0=B2=D1=8A=D1=80=D0=B6=D0=B4=D0=B0=D0=B2=D0=B0=D0=BC, =
=D0=B7=D0=B0=D1=8F=D0=B2=D0=BA=D0=B0=D1=82=D0=B0 =D0=B5 =D0=BC=D0=BE=D1=8F.=
 =D0=9E=D1=81=D0=BF=D0=BE=D1=80=D0=B2=D0=B0=D0=BC =D1=82=D0=BE=D1=87=D0=BD=
=D0=BE=D1=81=D1=82=D1=82=D0=B0 =D0=BD=D0=B0 =D0=B0=D0=B4=D1=80=D0=B5=D1=81=
=D0=B0 =D0=B8 =D1=82=D0=B5=D0=BB=D0=B5=D1=84=D0=BE=D0=BD=D0=B0, =D0=BA=D0=
=BE=D0=B8=D1=82=D0=BE =D0=BF=D0=B0=D0=B7=D0=B8=D1=82=D0=B5 =D0=B7=D0=B0 =D0=
=BC=D0=B5=D0=BD =E2=80=93 =D0=BD=D0=B5 =D1=81=D0=B0 =D0=BC=D0=BE=D0=B8. =D0=
=94=D0=BE=D0=BA=D0=B0=D1=82=D0=BE =D0=BF=D1=80=D0=BE=D0=B2=D0=B5=D1=80=D0=
=B8=D1=82=D0=B5, =D0=BC=D0=BE=D0=BB=D1=8F, =D0=BE=D0=B3=D1=80=D0=B0=D0=BD=
=D0=B8=D1=87=D0=B5=D1=82=D0=B5 =D0=BE=D0=B1=D1=80=D0=B0=D0=B1=D0=BE=D1=82=
=D0=B2=D0=B0=D0=BD=D0=B5=D1=82=D0=BE =D0=BD=D0=B0 =D0=B4=D0=B0=D0=BD=D0=BD=
=D0=B8=D1=82=D0=B5 =D0=BC=D0=B8 =D0=B8 =D0=BD=D0=B5 =D0=B3=D0=B8 =D0=B8=D0=
=B7=D0=BF=D0=BE=D0=BB=D0=B7=D0=B2=D0=B0=D0=B9=D1=82=D0=B5 =D0=B7=D0=B0 =D0=
=BD=D0=B8=D1=89=D0=BE.

=D0=9F=D0=BE=D0=B7=D0=B4=D1=80=D0=B0=D0=B2=D0=B8,
=D0=94=D0=B8=D0=BC=D0=B8=D1=82=D1=8A=D1=80 =D0=9F=D0=B5=D1=82=D1=80=D0=BE=
=D0=B2

=D0=98=D0=B7=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D0=BD=D0=BE =D0=BE=D1=82 =D0=BC=
=D0=BE=D1=8F iPhone
"""),
    ('hr', 'person-complaint-only-autoreplies', 'complaint', ('deletion',), """Return-Path: <tomislav.horvat.zg@gmail.com>
Delivered-To: privacy@shop.example.be
Received: from mail-wr1-f47.google.com (mail-wr1-f47.google.com [209.85.221.47])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WDxJM6BwkR2wwn
	for <privacy@shop.example.be>; Wed, 28 Aug 2024 08:22:52 +0200 (CEST)
Received: by mail-wr1-f47.google.com with SMTP id ffacd0b85a97d-87f83e35a84so1673652f8f.2
        for <privacy@shop.example.be>; Tue, 27 Aug 2024 23:22:51 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com;
	s=20230601; t=1724826171;
	bh=rorO+TxzwvPoW2x2WKK17c0KJWRXnoOeod7Llpv3nK4=;
	h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;
	b=1XiQvlrQQti00jsk5Y6lR6fTV03pJJKo7O2hwIUuHv2bckT3I4x6hwkDL5LZl6LJbG30Sz
	 Z2P8FthiX9ZIYhQ68C4IVRLuooLvSMO/tPUUtZIgwCAeelXLubrmP3kSGd5ItjURfwQmGF
	 hdN297oO2Yhr5QUafD9nDTOIDdbLIyfsa1a+AVmbxc+2lm8PLSUEC7Ot5AnJz7cKigEhk1
	 dpzB7LIKBqWkWPZeycj8Swdtk/SI3IE4/OKxLA15LVMmQK
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t=1724826171; x=1725430971;
        h=to:subject:message-id:date:from:mime-version:x-gm-message-state
         :from:to:cc:subject:date:message-id:reply-to;
        bh=6n3pfQP93O8BZKWGTioWz6oEsCqtPahLnf/3jDNVJv8=;
        b=Bz0DgqrEfOtR3rTf9JzQ1b/WKKu+CbV/h/CMgIa+R0mQL5D/nOqxEGFfewASKqNwK7SB/GTypHZj/nHvryadEFtEeDW+Razwto3AjusfBOSamccxVjAim251ZddOJsYb
X-Gm-Message-State: AOJu0YODl4zbQz1sWC7fzrcJHnvVDhnG3LdMw8F2K5dzFg/H7yJ0Xz8e
X-Google-Smtp-Source: AGHT+IFXCCHmYTXJmDRr+C5PM9Md1hTo2NKZQYi/WAXz1acnEG5dHfC4/t8YW==
X-Received: by 2002:a5d:b18c:0:b0:36b:6b7f:253f with SMTP id
 7c2c3d71ba48-cfaabb29v.13.2871627425807; Tue, 27 Aug 2024 23:22:51 -0700 (PDT)
Authentication-Results: mx1.shop.example.be;
	dkim=pass header.d=gmail.com;
	spf=pass smtp.mailfrom=tomislav.horvat.zg@gmail.com;
	dmarc=pass header.from=gmail.com
MIME-Version: 1.0
From: Tomislav Horvat <tomislav.horvat.zg@gmail.com>
Date: Wed, 28 Aug 2024 08:22:51 +0200
Message-ID: <CAXM+OR+fexPIlIgJRGmdnkMn-zwVjapBNL5acahTydy@mail.gmail.com>
Subject: =?utf-8?B?QXV0b21hdHNraSBvZGdvdm9yPyEgVmXEhyB0cmXEh2kgcHV0?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000ba823c234be697bd"

--000000000000ba823c234be697bd
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

na moj zahtjev za brisanje podataka od 2. kolovoza ve=C4=87 tri puta dobiva=
m samo automatski odgovor, a moji podaci jo=C5=A1 nisu obrisani i dalje mi =
=C5=A1aljete reklame. Rok od mjesec dana uskoro istje=C4=8De.

Ako do kraja tjedna ne dobijem potvrdu da su podaci obrisani, podnijet =C4=
=87u prigovor Agenciji za za=C5=A1titu osobnih podataka (AZOP).

Tomislav Horvat
--000000000000ba823c234be697bd
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Po=C5=A1tovani,<br><br>na moj zahtjev za brisanje podataka=
 od 2. kolovoza ve=C4=87 tri puta dobivam samo automatski odgovor, a moji p=
odaci jo=C5=A1 nisu obrisani i dalje mi =C5=A1aljete reklame. Rok od mjesec=
 dana uskoro istje=C4=8De.<br><br>Ako do kraja tjedna ne dobijem potvrdu da=
 su podaci obrisani, podnijet =C4=87u prigovor Agenciji za za=C5=A1titu oso=
bnih podataka (AZOP).<br><br>Tomislav Horvat</div>
--000000000000ba823c234be697bd--
"""),
]
