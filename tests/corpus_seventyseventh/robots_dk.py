"""Seventy-seventh set, book A robots: robot mail of the systems around staff and in-store incidents (guard companies' shift and incident reports, the store's alarm and CCTV alerts, HR and staff-scheduling notices, insurers' claim platforms, lost-and-found platforms, review platforms' notices that name an employee, the whistleblowing channel, ticketing systems, bounces and out-of-office replies of several MTAs and clients), plus people whose mail looks automatic (en, nl, fr, de, es, it, pt). Written apart from the rules."""

ROBOTS = [
    ('en', 'guard-company-shift-report-bag-check-incident', 'automated', (),
'''Return-Path: <reports@vigilantguarding.example>
Received: from mail.vigilantguarding.example (mail.vigilantguarding.example [203.0.113.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc2Lm7Pq3z9Tr1
        for <privacy@shop.example.be>; Sat, 14 Mar 2026 22:05:13 +0100 (CET)
From: Vigilant Guarding Reports <reports@vigilantguarding.example>
To: privacy@shop.example.be
Cc: store.antwerpmeir@shop.example.be, lossprevention@shop.example.be
Subject: [VG-OPS] Shift report 14/03/2026 - Shop Example Antwerp Meir - 1 incident
Date: Sat, 14 Mar 2026 22:05:11 +0100
Message-ID: <shiftrep.20260314.AMEIR.5521@ops.vigilantguarding.example>
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: GuardTrack Ops 4.2.7
X-GuardTrack-Site: BE-ANT-SE-0117
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

VIGILANT GUARDING BV - SHIFT REPORT
=========================================================
Site:        Shop Example Antwerp Meir (BE-ANT-SE-0117)
Shift:       14/03/2026 12:00 - 21:30 (day/late)
Officers:    VG-2291 (post: main exit), VG-3107 (floor patrol)
Supervisor:  VG-0874 (mobile)
Report no.:  SR-20260314-AMEIR-5521

PATROLS
12:15  Opening round, emergency exits checked, OK
14:40  Floor round, fire door rear stockroom propped open, closed, store informed
18:05  Floor round, OK
21:20  Closing round, shutters down 21:26, alarm armed by store manager

INCIDENTS (1)
#1  16:32  Bag check at main exit (EAS gate silent, observation by VG-3107)
    Person:      male, approx. 30 y, dark jacket, grey rucksack
    Identity:    name and date of birth given voluntarily (see GuardTrack record IR-88410)
    Action:      rucksack inspected with consent of the person
    Outcome:     no unpaid goods; receipt presented; person left 16:37
    CCTV:        cam 07 (exit), still attached to IR-88410
    Police:      not called
    Store staff: informed (team leader on duty)

OTHER
No first aid. No damage. Lost property handed to info desk: 1 child's glove.

---------------------------------------------------------
This report contains personal data processed by Vigilant Guarding BV as
processor on behalf of Shop Example under the data processing agreement
(Art. 28 GDPR). Do not forward outside the addressees. Incident records are
kept for 12 months, CCTV stills for 30 days unless flagged for a legal claim.
Requests for access, correction or deletion by data subjects must be sent to
the controller (Shop Example). Automatic message - replies are not read.
'''),
    ('en', 'postfix-bounce-user-unknown-privacy-reply', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
        id 8F1C22A0B3; Thu, 16 Apr 2026 09:41:07 +0200 (CEST)
Date: Thu, 16 Apr 2026 09:41:07 +0200 (CEST)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="8F1C22A0B3.1776325267/mx1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260416074107.8F1C22A0B3@mx1.shop.example.be>

This is a MIME-encapsulated message.

--8F1C22A0B3.1776325267/mx1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<hannah.prise@mailbox.example>: host mx.mailbox.example[198.51.100.20] said:
    550 5.1.1 <hannah.prise@mailbox.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--8F1C22A0B3.1776325267/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 8F1C22A0B3
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 16 Apr 2026 09:41:05 +0200 (CEST)

Final-Recipient: rfc822; hannah.prise@mailbox.example
Original-Recipient: rfc822;hannah.prise@mailbox.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.mailbox.example
Diagnostic-Code: smtp; 550 5.1.1 <hannah.prise@mailbox.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--8F1C22A0B3.1776325267/mx1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from desk.shop.example.be (desk.shop.example.be [10.20.4.18])
        by mx1.shop.example.be (Postfix) with ESMTP id 8F1C22A0B3
        for <hannah.prise@mailbox.example>; Thu, 16 Apr 2026 09:41:05 +0200 (CEST)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: hannah.prise@mailbox.example
Subject: Your complaint about an employee - ref. PRV-2026-0412
Date: Thu, 16 Apr 2026 09:41:04 +0200
Message-ID: <prv-2026-0412.r1@desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear Ms Price,

Thank you for your message about the contact you received from one of our
employees at the Mechelen Bruul store. We take this very seriously. We have
started an internal investigation into who consulted your personal data in
our till and loyalty systems, and we will inform you of the outcome.

Kind regards,
Privacy Team - Shop Example

--8F1C22A0B3.1776325267/mx1.shop.example.be--
'''),
    ('en', 'review-platform-alert-review-names-employee', 'automated', (),
'''Return-Path: <0102019d3a7f-bounce-88c1@mail.trustview.example>
Received: from a8-41.smtp-out.mail.trustview.example (a8-41.smtp-out.mail.trustview.example [54.240.8.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd8Wq1Zx0z4Nm2
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 21:12:40 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
        s=tv2024; d=trustview.example; t=1776280358;
        h=From:To:Subject:Date:Message-ID:List-Unsubscribe;
        bh=0w9HcN3kR7pT1sV5xZ8bD2fG4jL6mQ9rU1yA3cE5gI7=;
        b=Lr4Yp8Qx2Sb7Wn1Kd5Fh9Jm3Tg6Vc0Zx4Ba8Ne2Rk7Us1Wq5Ey9Hn3Mj6Pt0Lv4Gs
From: TrustView for Business <notifications@mail.trustview.example>
To: privacy@shop.example.be
Subject: New 1-star review mentions a team member at Shop Example Mechelen Bruul
Date: Wed, 15 Apr 2026 19:12:38 +0000
Message-ID: <0102019d3a7f5e21-7fd21c0a-biz-alert@email.trustview.example>
List-Unsubscribe: <https://business.trustview.example/u/b8a41e77c2>, <mailto:unsub-b8a41e77c2@mail.trustview.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: 1.eu-west-1.biz-review-alert:trustview
X-TV-Template: review_alert_employee_mention_v3
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_4412087_1290661177.1776280358120"

------=_Part_4412087_1290661177.1776280358120
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

TrustView for Business

New 1-star review for Shop Example Mechelen Bruul

"Cashier reads your loyalty card and then slides into your DMs"
by Hannah P. - 15 April 2026 - Verified visit

"Jordy at checkout 3 took my number from my loyalty card and messaged me on=
 WhatsApp the same evening. Creepy. Management didn't seem surprised."

This review names a member of your team.
Reviews that mention employees by name are published if they follow our Con=
tent Guidelines. If you believe this review contains personal data that sho=
uld not be public, you can report it for review by our Trust & Safety team.=
 Under the GDPR, the employee concerned can also contact us directly to req=
uest removal of their personal data.

Reply publicly: https://business.trustview.example/reviews/r-7fd21c0a/reply
Report this review: https://business.trustview.example/reviews/r-7fd21c0a/r=
eport

Tip: Businesses that reply within 48 hours see a 12% higher average rating.=
 Please do not include personal data about the reviewer or your employees i=
n your public reply.

You are receiving this email because privacy@shop.example.be is a notificat=
ion recipient for Shop Example (12 locations).
Manage notifications: https://business.trustview.example/settings/notificat=
ions
Unsubscribe from review alerts: https://business.trustview.example/u/b8a41e=
77c2
TrustView ApS, Bredgade 40, 1260 Copenhagen, Denmark

------=_Part_4412087_1290661177.1776280358120
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><head><meta charset=3D"utf-8"><title>New review</title></head>
<body style=3D"margin:0;background:#f4f5f7">
<table role=3D"presentation" width=3D"100%" cellpadding=3D"0" cellspacing=
=3D"0"><tr><td align=3D"center">
<table role=3D"presentation" width=3D"600" style=3D"background:#ffffff;font=
-family:Arial,sans-serif;color:#191919">
<tr><td style=3D"padding:20px;border-bottom:3px solid #00b67a"><b>TrustView=
</b> for Business</td></tr>
<tr><td style=3D"padding:20px">
<h2 style=3D"margin:0 0 12px">New 1-star review for Shop Example Mechelen B=
ruul</h2>
<p style=3D"font-size:18px;color:#e5412d">&#9733;&#9734;&#9734;&#9734;&#973=
4;</p>
<p><b>"Cashier reads your loyalty card and then slides into your DMs"</b><b=
r>
<span style=3D"color:#6b6b6b">by Hannah P. &middot; 15 April 2026 &middot; =
Verified visit</span></p>
<blockquote style=3D"border-left:3px solid #ddd;margin:0;padding-left:12px"=
>Jordy at checkout 3 took my number from my loyalty card and messaged me on=
 WhatsApp the same evening. Creepy. Management didn't seem surprised.</bloc=
kquote>
<p style=3D"background:#fff6e0;padding:10px"><b>This review names a member =
of your team.</b> Reviews that mention employees by name are published if t=
hey follow our Content Guidelines. If you believe this review contains pers=
onal data that should not be public, you can report it. Under the GDPR, the=
 employee concerned can also contact us directly to request removal of thei=
r personal data.</p>
<p><a href=3D"https://business.trustview.example/reviews/r-7fd21c0a/reply" =
style=3D"background:#00b67a;color:#fff;padding:10px 16px;text-decoration:no=
ne">Reply publicly</a>
&nbsp; <a href=3D"https://business.trustview.example/reviews/r-7fd21c0a/rep=
ort">Report this review</a></p>
</td></tr>
<tr><td style=3D"padding:20px;font-size:11px;color:#8c8c8c">You are receivi=
ng this email because privacy@shop.example.be is a notification recipient f=
or Shop Example (12 locations). <a href=3D"https://business.trustview.examp=
le/settings/notifications">Manage notifications</a> &middot; <a href=3D"htt=
ps://business.trustview.example/u/b8a41e77c2">Unsubscribe</a><br>TrustView =
ApS, Bredgade 40, 1260 Copenhagen, Denmark</td></tr>
</table></td></tr></table>
<img src=3D"https://t.trustview.example/o/b8a41e77c2.gif" width=3D"1" heigh=
t=3D"1" alt=3D"">
</body></html>

------=_Part_4412087_1290661177.1776280358120--
'''),
    ('en', 'gmail-vacation-responder-hiking', 'automated', (),
'''Return-Path: <t.brennan.gent@gmail.com>
Received: from mail-wr1-f49.google.com (mail-wr1-f49.google.com [209.85.221.49])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf1Rt6Yb2z8Hq5
        for <privacy@shop.example.be>; Fri, 17 Apr 2026 14:03:22 +0200 (CEST)
Received: by mail-wr1-f49.google.com with SMTP id ffacd0b85a97d-3a4f7e2c1b9so88213f8f.2
        for <privacy@shop.example.be>; Fri, 17 Apr 2026 05:03:21 -0700 (PDT)
MIME-Version: 1.0
From: Thomas Brennan <t.brennan.gent@gmail.com>
Date: Fri, 17 Apr 2026 05:03:21 -0700
Message-ID: <CAGv7x1Rk2pQ4uE7pL0mB9yW3hN5sD8fJ1cT6aZ0vX4nK2qG7rA@mail.gmail.com>
Subject: Re: Your objection - store ban Gent Dampoort (ref. PRV-2026-0427)
To: privacy@shop.example.be
In-Reply-To: <prv-2026-0427.r1@desk.shop.example.be>
References: <prv-2026-0427.r1@desk.shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000a7c3e2061f4d9b18"

--000000000000a7c3e2061f4d9b18
Content-Type: text/plain; charset="UTF-8"

Hello,

I'm walking the West Highland Way until 27 April with little or no signal,
so I won't see your email until I'm back. For anything to do with the
house, please call my brother Sean on 0477 18 90 26.

Thomas

--000000000000a7c3e2061f4d9b18
Content-Type: text/html; charset="UTF-8"

<div dir="ltr">Hello,<br><br>I'm walking the West Highland Way until 27 April with little or no signal, so I won't see your email until I'm back. For anything to do with the house, please call my brother Sean on 0477 18 90 26.<br><br>Thomas</div>

--000000000000a7c3e2061f4d9b18--
'''),
    ('en', 'person-forwards-lost-found-record-asks-what-is-kept', 'access', (),
'''Return-Path: <greg.hollander@outlook.com>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03olkn2084.outbound.protection.outlook.com [40.92.59.84])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kg5Np2Wc7z1Lx9
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 08:47:55 +0200 (CEST)
From: Greg Hollander <greg.hollander@outlook.com>
To: privacy@shop.example.be
Subject: Fwd: Item registered - FoundLink ref FL-BE-60213
Date: Mon, 20 Apr 2026 06:47:51 +0000
Message-ID: <AM8P189MB16022E4C1D9A7F30B5E2C18AD61E2@AM8P189MB1602.EURP189.PROD.OUTLOOK.COM>
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hi,

I lost my wallet in your Leuven Tiensesteenweg store last week and got it
back, thanks for that. But then I got the mail below from some platform I've
never heard of. It seems your staff typed in my full name, my national
register number and the last digits of both my bank cards. Why? Who is
FoundLink, what else did you put in there about me, and what do you keep in
your own lost-property book? I'd like to know what you hold on me from this.

Greg Hollander

________________________________
From: FoundLink <no-reply@foundlink.example>
Sent: Tuesday, 14 April 2026 17:20
To: greg.hollander@outlook.com
Subject: Item registered - FoundLink ref FL-BE-60213

Good news! An item matching your name has been registered.

Finder:       Shop Example Leuven Tiensesteenweg (partner)
Item:         wallet, black leather
Contents:     Belgian eID (HOLLANDER GREGORY J., NRN 88.**.**-***.43),
              debit card ****4471, credit card ****0932, loyalty card
Found:        13/04/2026, checkout area
Pick up:      info desk, with ID

Your personal data were entered by the finder to help return your item.
FoundLink processes them under the GDPR for this purpose only and deletes
them 90 days after the item is returned.
Not your item? https://foundlink.example/notme/FL-BE-60213
'''),
    ('nl', 'staff-scheduling-tool-data-export-request-admin', 'automated', (),
'''Return-Path: <bounces+5590211-8c1e-privacy=shop.example.be@em4182.roosterpro.example>
Received: from o12.ptr4471.roosterpro.example (o12.ptr4471.roosterpro.example [149.72.31.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb3Ws9Lt5z2Pc8
        for <privacy@shop.example.be>; Wed, 8 Apr 2026 10:22:16 +0200 (CEST)
From: RoosterPro <no-reply@notify.roosterpro.example>
To: privacy@shop.example.be
Subject: [RoosterPro] Aanvraag gegevensexport door medewerker 40177 - actie vereist
Date: Wed, 08 Apr 2026 08:22:14 +0000
Message-ID: <k7Q2vR9sT1uW3xY5zA8bC0dE@geopod-ismtpd-4>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-SG-EID: u001.Hq8Lm2Nv5Rt7Wx0Zb3Cd6Fg9Jk1Mn4Pq7St0Vw3Yz6
X-Entity-Ref-ID: EXP-88213
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="a1b2c3d4e5f60718293a4b5c6d7e8f90"

--a1b2c3d4e5f60718293a4b5c6d7e8f90
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

RoosterPro | Beheerdersmelding

Beste beheerder,

Medewerker L. C. (personeelsnummer 40177, filiaal Shop Example Roeselare) h=
eeft via de app een export van persoonsgegevens aangevraagd (AVG artikel 20=
 - recht op overdraagbaarheid).

Gevraagde gegevens: gewerkte uren, shiften, verlof, beschikbaarheden, oplei=
dingen.
Gevraagd formaat: CSV.

Deze aanvraag moet binnen 30 dagen behandeld worden. Keur de export goed of=
 weiger ze met motivering in het beheerdersportaal. Na goedkeuring ontvangt=
 de medewerker een downloadlink die 7 dagen geldig is; daarna wordt het bes=
tand automatisch verwijderd.

Aanvraag bekijken: https://app.roosterpro.example/admin/privacy/requests/EX=
P-88213

U ontvangt deze melding omdat uw adres is ingesteld als contact voor privac=
yverzoeken in RoosterPro. Meldingsinstellingen wijzigen: https://app.rooste=
rpro.example/admin/settings/notifications

--a1b2c3d4e5f60718293a4b5c6d7e8f90
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<table width=3D"600" cellpadding=3D"0" cellspacing=3D"0"><tr><td style=3D"b=
ackground:#2f7d5b;color:#fff;padding:14px"><b>RoosterPro</b> | Beheerdersme=
lding</td></tr>
<tr><td style=3D"padding:16px">
<p>Beste beheerder,</p>
<p>Medewerker <b>L. C.</b> (personeelsnummer 40177, filiaal Shop Example Ro=
eselare) heeft via de app een <b>export van persoonsgegevens</b> aangevraag=
d (AVG artikel 20 - recht op overdraagbaarheid).</p>
<p>Gevraagde gegevens: gewerkte uren, shiften, verlof, beschikbaarheden, op=
leidingen.<br>Gevraagd formaat: CSV.</p>
<p>Deze aanvraag moet binnen <b>30 dagen</b> behandeld worden. Keur de expo=
rt goed of weiger ze met motivering in het beheerdersportaal. Na goedkeurin=
g ontvangt de medewerker een downloadlink die 7 dagen geldig is; daarna wor=
dt het bestand automatisch verwijderd.</p>
<p><a href=3D"https://app.roosterpro.example/admin/privacy/requests/EXP-882=
13">Aanvraag bekijken</a></p>
<p style=3D"color:#777;font-size:12px">U ontvangt deze melding omdat uw adr=
es is ingesteld als contact voor privacyverzoeken in RoosterPro. Meldingsin=
stellingen wijzigen: https://app.roosterpro.example/admin/settings/notifica=
tions</p>
</td></tr></table>
</body></html>

--a1b2c3d4e5f60718293a4b5c6d7e8f90--
'''),
    ('nl', 'alarm-central-camera-tamper-locked-recordings', 'automated', (),
'''Return-Path: <meldingen@seculink-alarm.example>
Received: from web03.seculink-alarm.example (web03.seculink-alarm.example [192.0.2.77])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kb0Hh3Jr8z6Vm4
        for <privacy@shop.example.be>; Sun, 12 Apr 2026 02:15:04 +0200 (CEST)
Date: Sun, 12 Apr 2026 02:15:02 +0200
To: privacy@shop.example.be
From: SecuLink Meldkamer <meldingen@seculink-alarm.example>
Subject: MELDING 26-041887 | Shop Example Hasselt | Sabotage camera CAM05 (kassa 5)
Message-ID: <9d2f4c7a1e8b3065@web03.seculink-alarm.example>
X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

SECULINK MELDKAMER - AUTOMATISCHE MELDING

Meldingsnummer : 26-041887
Klant          : Shop Example Hasselt (abonnee 4471-HAS)
Tijdstip       : 12/04/2026 02:14:37
Type           : SABOTAGE / BEELDVERLIES
Zone           : CAM05 - kassa 5 (NVR kanaal 5)
Status alarm   : ingeschakeld (sinds 21:47, gebruiker 03)

Verloop
02:14:37  Beeldverlies CAM05
02:14:52  Verificatie door operator: overige camera's OK, geen inbraakdetectie
02:15:01  Contactpersoon 1 (filiaalmanager) gebeld - geen antwoord, voicemail ingesproken

Opname-opslag
Lokale NVR, standaard bewaartermijn 30 dagen (AVG, camerawet).
Vergrendelde opnames op deze NVR: 1 (CAM05, 28/02/2026 14:00-15:00,
vergrendeld op verzoek juridische dienst - niet automatisch wissen).
Let op: bij vervanging van de camera of de harde schijf blijven vergrendelde
opnames bewaard; neem contact op met de meldkamer voor een veilige export.

Dit is een automatisch bericht van de SecuLink meldkamer. Niet beantwoorden.
Meldkamer 24/7: 011 96 40 00
'''),
    ('nl', 'exchange-online-ndr-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from AM9PR02MB7731.eurprd02.prod.outlook.example (2603:10a6:20b:3e4::11)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc7Vb1Rn6z3Gs0
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 15:30:49 +0200 (CEST)
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@shop.example.be>
To: <privacy@shop.example.be>
Date: Tue, 14 Apr 2026 13:30:47 +0000
Content-Type: multipart/report; report-type=delivery-status;
        boundary="b1d4a0f2-6c7e-4a85-9e31-58d0c2f7b4a6"
Content-Language: nl-NL
X-MS-Exchange-Message-Is-Ndr:
Message-ID: <8a41c2e0-93f7-4b6d-a0e5-1c9f72d84b31@AM9PR02MB7731.eurprd02.prod.outlook.example>
In-Reply-To: <prv-2026-0388.r2@desk.shop.example.be>
References: <prv-2026-0388.r2@desk.shop.example.be>
Subject: Onbestelbaar: Uw klacht over het doorsturen van uw e-mail - ref. PRV-2026-0388
Auto-Submitted: auto-replied
MIME-Version: 1.0

--b1d4a0f2-6c7e-4a85-9e31-58d0c2f7b4a6
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bezorging is mislukt voor deze ontvangers of groepen:

an.peters@mailbox.example
Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het
e-mailadres van de ontvanger en probeer het bericht opnieuw te verzenden.
Neem contact op met de helpdesk als het probleem zich blijft voordoen.

Diagnostische gegevens voor beheerders:

Server genereren: AM9PR02MB7731.eurprd02.prod.outlook.example

an.peters@mailbox.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Oorspronkelijke berichtkoppen:

From: Shop Example Privacy <privacy@shop.example.be>
To: an.peters@mailbox.example
Subject: Uw klacht over het doorsturen van uw e-mail - ref. PRV-2026-0388
Date: Tue, 14 Apr 2026 13:30:44 +0000
Message-ID: <prv-2026-0388.r2@desk.shop.example.be>

--b1d4a0f2-6c7e-4a85-9e31-58d0c2f7b4a6
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR02MB7731.eurprd02.prod.outlook.example
Received-From-MTA: dns;desk.shop.example.be
Arrival-Date: Tue, 14 Apr 2026 13:30:45 +0000

Final-Recipient: rfc822;an.peters@mailbox.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--b1d4a0f2-6c7e-4a85-9e31-58d0c2f7b4a6
Content-Type: message/rfc822

From: Shop Example Privacy <privacy@shop.example.be>
To: an.peters@mailbox.example
Subject: Uw klacht over het doorsturen van uw e-mail - ref. PRV-2026-0388
Date: Tue, 14 Apr 2026 13:30:44 +0000
Message-ID: <prv-2026-0388.r2@desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Geachte mevrouw Peeters,

Wij hebben uw klacht goed ontvangen. Het had niet mogen gebeuren dat uw
klacht, met uw naam en contactgegevens, aan de betrokken medewerker werd
getoond. Wij onderzoeken hoe dit is gebeurd en welke persoonsgegevens werden
gedeeld, en komen binnen de wettelijke termijn bij u terug.

Met vriendelijke groeten,
Privacyteam Shop Example

--b1d4a0f2-6c7e-4a85-9e31-58d0c2f7b4a6--
'''),
    ('nl', 'guard-company-helpdesk-ticket-ack-report-request', 'automated', (),
'''Return-Path: <support+id48213@vigilantguarding.zendesk.example>
Received: from outbyoip12.pod18.euc1.zdsys.example (outbyoip12.pod18.euc1.zdsys.example [188.172.137.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc9Qm5Tx1z7Bd3
        for <privacy@shop.example.be>; Fri, 10 Apr 2026 11:04:30 +0200 (CEST)
Date: Fri, 10 Apr 2026 09:04:28 +0000
From: Vigilant Guarding Servicedesk <support@vigilantguarding.zendesk.example>
Reply-To: Vigilant Guarding Servicedesk <support+id48213@vigilantguarding.zendesk.example>
To: Shop Example Privacy <privacy@shop.example.be>
Message-ID: <ZD7Q2W8E4R1T_69f7c1a2b3_sprut@zendesk.example>
Subject: [Vigilant Guarding] Re: Verzoek kopie incidentverslag Sint-Niklaas 03/04 - inzageverzoek klant (AVG art. 15)
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 7f3a12
X-Zendesk-Email-Id: 01JRM7Q2W8E4R1T9Y6U3I0O5PA
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

##- Typ uw antwoord boven deze regel -##

Uw aanvraag (48213) is ontvangen en wordt bekeken door onze medewerkers.

Om extra opmerkingen toe te voegen, beantwoordt u gewoon deze e-mail.

Onderwerp: Verzoek kopie incidentverslag Sint-Niklaas 03/04 - inzageverzoek klant (AVG art. 15)
Prioriteit: Normaal
Team: Compliance & Privacy

Verzoeken van opdrachtgevers in verband met rechten van betrokkenen (inzage,
rectificatie, wissing) behandelen wij binnen 10 werkdagen, zodat u als
verwerkingsverantwoordelijke de wettelijke termijn van één maand kunt halen.
Stuur geen kopieën van identiteitsdocumenten van de betrokkene mee.

Vigilant Guarding BV - Servicedesk
Dit bericht werd automatisch verzonden.

[ZD7Q2W-8E4R]
'''),
    ('nl', 'person-replies-to-ticket-ack-reminder-gba', 'complaint', (),
'''Return-Path: <rita.goossens@telenet.example>
Received: from smtp.telenet.example (smtp.telenet.example [195.130.132.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd2Fr8Hw4z5Nq1
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 19:51:12 +0200 (CEST)
From: Rita Goossens <rita.goossens@telenet.example>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Re: [Ticket #PRV-31877] Wij hebben uw vraag goed ontvangen
Date: Thu, 23 Apr 2026 19:51:08 +0200
Message-ID: <f3b81c27-5a0e-4d69-b2c4-77e1d0a9c5f2@telenet.example>
In-Reply-To: <ticket.PRV-31877.ack@desk.shop.example.be>
References: <ticket.PRV-31877.ack@desk.shop.example.be>
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Goedenavond,

Dit automatische bericht hieronder is het enige wat ik in vijf weken van
jullie gekregen heb. Ik vroeg op 17 maart een kopie van het verslag dat
jullie personeel in Aarschot gemaakt heeft over de val van mijn moeder, en
wat daarvan naar jullie verzekeraar is gegaan. Sindsdien niets.

Jullie schrijven zelf dat jullie binnen een maand antwoorden. Die maand is
ruim voorbij. Als ik voor 30 april niets heb, dien ik klacht in bij de
Gegevensbeschermingsautoriteit.

Rita Goossens

Op 17/03/2026 om 20:02 schreef Shop Example Privacy:
> Beste,
>
> Wij hebben uw vraag goed ontvangen. Uw ticketnummer is PRV-31877.
> Verzoeken in verband met uw persoonsgegevens beantwoorden wij binnen
> één maand na ontvangst. Vermeld uw ticketnummer bij elke reactie.
>
> Dit is een automatisch bericht, gelieve niet te antwoorden.
> Privacyteam Shop Example
'''),
    ('fr', 'insurer-claim-platform-claim-registered-minor', 'automated', (),
'''Return-Path: <noreply-sinistres@assurpro.example>
Received: from mta2.assurpro.example (mta2.assurpro.example [198.51.100.62])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb5Gt0Ws3z9Lk6
        for <privacy@shop.example.be>; Tue, 24 Mar 2026 16:48:21 +0100 (CET)
From: AssurPro Sinistres <noreply-sinistres@assurpro.example>
To: privacy@shop.example.be
Subject: Votre déclaration de sinistre SIN-2026-118442 a été enregistrée
Date: Tue, 24 Mar 2026 16:48:19 +0100
Message-ID: <SIN-2026-118442.ack.1774367299@notify.assurpro.example>
Auto-Submitted: auto-generated
X-Mailer: AssurPro Notify 3.1
X-AssurPro-Dossier: SIN-2026-118442
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_ap_118442_7c1e"

--=_ap_118442_7c1e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

AssurPro - D=C3=A9claration de sinistre enregistr=C3=A9e

Madame, Monsieur,

Nous accusons r=C3=A9ception de la d=C3=A9claration de sinistre transmise p=
ar Shop Example SA - magasin Charleroi Ville 2, police responsabilit=C3=A9 =
civile exploitation n=C2=B0 RC-EXP-0048817.

Dossier :              SIN-2026-118442
Date de l'=C3=A9v=C3=A9nement :  21/03/2026
Nature :               Dommage corporel - client mineur (chute de pr=C3=A9s=
entoir)
Pi=C3=A8ces re=C3=A7ues :        Extrait du registre d'incidents, 3 photos,=
 d=C3=A9claration du personnel
Gestionnaire :         Service Sinistres RC - cellule Hainaut

Les donn=C3=A9es personnelles de la victime et des t=C3=A9moins sont trait=
=C3=A9es par AssurPro SA en qualit=C3=A9 de responsable du traitement, conf=
orm=C3=A9ment au R=C3=A8glement g=C3=A9n=C3=A9ral sur la protection des don=
n=C3=A9es (RGPD), aux seules fins de la gestion de ce sinistre. Les donn=C3=
=A9es relatives =C3=A0 la sant=C3=A9 ne sont accessibles qu'au m=C3=A9decin=
-conseil. Pour exercer vos droits (acc=C3=A8s, rectification, effacement, l=
imitation), consultez notre politique de confidentialit=C3=A9 : https://www=
.assurpro.example/vie-privee

Suivi du dossier : https://pro.assurpro.example/sinistres/SIN-2026-118442

Ce message est g=C3=A9n=C3=A9r=C3=A9 automatiquement, merci de ne pas y r=
=C3=A9pondre.

--=_ap_118442_7c1e
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXpl
OjE0cHg7Y29sb3I6IzFkMmIzYSI+CjxwPjxpbWcgc3JjPSJodHRwczovL3N0YXRpYy5hc3N1cnBy
by5leGFtcGxlL2xvZ28ucG5nIiBhbHQ9IkFzc3VyUHJvIiB3aWR0aD0iMTQwIj48L3A+CjxoMiBz
dHlsZT0iY29sb3I6IzBiNGY4YSI+RMOpY2xhcmF0aW9uIGRlIHNpbmlzdHJlIGVucmVnaXN0csOp
ZTwvaDI+CjxwPk1hZGFtZSwgTW9uc2lldXIsPC9wPgo8cD5Ob3VzIGFjY3Vzb25zIHLDqWNlcHRp
b24gZGUgbGEgZMOpY2xhcmF0aW9uIGRlIHNpbmlzdHJlIHRyYW5zbWlzZSBwYXIgPGI+U2hvcCBF
eGFtcGxlIFNBIC0gbWFnYXNpbiBDaGFybGVyb2kgVmlsbGUgMjwvYj4gZGFucyBsZSBjYWRyZSBk
ZSBsYSBwb2xpY2UgcmVzcG9uc2FiaWxpdMOpIGNpdmlsZSBleHBsb2l0YXRpb24gbsKwIDxiPlJD
LUVYUC0wMDQ4ODE3PC9iPi48L3A+Cjx0YWJsZSBjZWxscGFkZGluZz0iNCIgc3R5bGU9ImJvcmRl
ci1jb2xsYXBzZTpjb2xsYXBzZSI+Cjx0cj48dGQ+RG9zc2llcjwvdGQ+PHRkPjxiPlNJTi0yMDI2
LTExODQ0MjwvYj48L3RkPjwvdHI+Cjx0cj48dGQ+RGF0ZSBkZSBsJ8OpdsOpbmVtZW50PC90ZD48
dGQ+MjEvMDMvMjAyNjwvdGQ+PC90cj4KPHRyPjx0ZD5OYXR1cmU8L3RkPjx0ZD5Eb21tYWdlIGNv
cnBvcmVsIC0gY2xpZW50IG1pbmV1ciAoY2h1dGUgZGUgcHLDqXNlbnRvaXIpPC90ZD48L3RyPgo8
dHI+PHRkPlBpw6hjZXMgcmXDp3VlczwvdGQ+PHRkPkV4dHJhaXQgZHUgcmVnaXN0cmUgZCdpbmNp
ZGVudHMsIDMgcGhvdG9zLCBkw6ljbGFyYXRpb24gZHUgcGVyc29ubmVsPC90ZD48L3RyPgo8dHI+
PHRkPkdlc3Rpb25uYWlyZTwvdGQ+PHRkPlNlcnZpY2UgU2luaXN0cmVzIFJDIC0gY2VsbHVsZSBI
YWluYXV0PC90ZD48L3RyPgo8L3RhYmxlPgo8cD5MZXMgZG9ubsOpZXMgcGVyc29ubmVsbGVzIGRl
IGxhIHZpY3RpbWUgZXQgZGVzIHTDqW1vaW5zIHNvbnQgdHJhaXTDqWVzIHBhciBBc3N1clBybyBT
QSBlbiBxdWFsaXTDqSBkZSByZXNwb25zYWJsZSBkdSB0cmFpdGVtZW50LCBjb25mb3Jtw6ltZW50
IGF1IFLDqGdsZW1lbnQgZ8OpbsOpcmFsIHN1ciBsYSBwcm90ZWN0aW9uIGRlcyBkb25uw6llcyAo
UkdQRCksIGF1eCBzZXVsZXMgZmlucyBkZSBsYSBnZXN0aW9uIGRlIGNlIHNpbmlzdHJlLiBMZXMg
ZG9ubsOpZXMgcmVsYXRpdmVzIMOgIGxhIHNhbnTDqSBuZSBzb250IGFjY2Vzc2libGVzIHF1J2F1
IG3DqWRlY2luLWNvbnNlaWwuIFBvdXIgZXhlcmNlciB2b3MgZHJvaXRzIChhY2PDqHMsIHJlY3Rp
ZmljYXRpb24sIGVmZmFjZW1lbnQsIGxpbWl0YXRpb24pLCBjb25zdWx0ZXogbm90cmUgcG9saXRp
cXVlIGRlIGNvbmZpZGVudGlhbGl0w6kuPC9wPgo8cD5Wb3VzIHBvdXZleiBzdWl2cmUgbCfDqXZv
bHV0aW9uIGR1IGRvc3NpZXIgZGFucyB2b3RyZSA8YSBocmVmPSJodHRwczovL3Byby5hc3N1cnBy
by5leGFtcGxlL3NpbmlzdHJlcy9TSU4tMjAyNi0xMTg0NDIiPmVzcGFjZSBjb3VydGllci9lbnRy
ZXByaXNlPC9hPi48L3A+CjxwIHN0eWxlPSJmb250LXNpemU6MTFweDtjb2xvcjojNzc3Ij5DZSBt
ZXNzYWdlIGVzdCBnw6luw6lyw6kgYXV0b21hdGlxdWVtZW50LCBtZXJjaSBkZSBuZSBwYXMgeSBy
w6lwb25kcmUuPC9wPgo8L2JvZHk+PC9odG1sPgo=

--=_ap_118442_7c1e--
'''),
    ('fr', 'exchange-out-of-office-florist-trade-fair', 'automated', (),
'''Return-Path: <valerie@fleursdevalerie.example>
Received: from PR3P192MB0811.EURP192.PROD.OUTLOOK.example (2603:10a6:102:3a::19)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc4Dp6Vr9z0Hw2
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 09:12:44 +0200 (CEST)
From: Valérie Dumont <valerie@fleursdevalerie.example>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Réponse automatique : Votre demande d'historique d'achats - réf. PRV-2026-0431
Thread-Topic: Votre demande d'historique d'achats - réf. PRV-2026-0431
Thread-Index: AQHcq2vT0m1Rk4y7zUeW8b3pN9fL2A==
Date: Mon, 13 Apr 2026 07:12:42 +0000
Message-ID: <PR3P192MB08119C41E2A7D5B03F6E8C11D21F2@PR3P192MB0811.EURP192.PROD.OUTLOOK.example>
In-Reply-To: <prv-2026-0431.r1@desk.shop.example.be>
References: <prv-2026-0431.r1@desk.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: valerie@fleursdevalerie.example
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: fr-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Je suis en déplacement au salon Flower Expo à Gand du 13 au 24 avril et je
consulte mes e-mails de manière irrégulière.

Pour les commandes de mariage ou de deuil, merci d'appeler l'atelier au
02 354 17 80 (Maxime). Les autres demandes seront traitées à mon retour.

Bien à vous,
Valérie Dumont
Fleurs de Valérie
'''),
    ('fr', 'whistleblowing-portal-new-report-privacy-category', 'automated', (),
'''Return-Path: <no-reply@speakup-portal.example>
Received: from smtp-eu1.speakup-portal.example (smtp-eu1.speakup-portal.example [203.0.113.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd6Kx2Mz8z3Rb7
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 23:07:55 +0200 (CEST)
From: Canal de signalement Shop Example <no-reply@speakup-portal.example>
To: privacy@shop.example.be
Subject: Nouveau signalement reçu - WB-2026-0057 - catégorie : Protection des données
Date: Wed, 22 Apr 2026 21:07:53 +0000
Message-ID: <wb-2026-0057.handler-notice.3@speakup-portal.example>
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Un nouveau signalement a été déposé sur le canal de signalement interne de
Shop Example.

Référence :        WB-2026-0057
Date de dépôt :    22/04/2026 23:06
Catégorie :        Protection des données / vie privée
Sous-catégorie :   Utilisation abusive de données clients par le personnel
Entité :           Magasin Liège Médiacité
Langue :           FR
Anonymat :         le lanceur d'alerte a choisi de rester anonyme
Pièces jointes :   2

Vous êtes désigné(e) comme gestionnaire pour cette catégorie. Pour des
raisons de confidentialité, le contenu du signalement n'est pas repris dans
ce message. Connectez-vous au portail pour le consulter :
https://shopexample.speakup-portal.example/case/WB-2026-0057

Rappel des délais légaux (loi du 28 novembre 2022, directive (UE) 2019/1937) :
- accusé de réception au lanceur d'alerte : au plus tard le 29/04/2026 ;
- retour d'information sur les suites : au plus tard le 22/07/2026.

L'identité du lanceur d'alerte et toute donnée personnelle contenue dans le
signalement sont strictement confidentielles. Ne transférez pas ce message.

Ceci est un message automatique. Merci de ne pas y répondre.
'''),
    ('fr', 'person-writes-from-garage-noreply-dms-footer', 'deletion', (),
'''Return-Path: <noreply@garage-dumont.example>
Received: from dms.garage-dumont.example (dms.garage-dumont.example [192.0.2.140])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kd0Pc7Jt2z1Wf5
        for <privacy@shop.example.be>; Fri, 17 Apr 2026 12:26:39 +0200 (CEST)
From: Garage Dumont SRL <noreply@garage-dumont.example>
To: privacy@shop.example.be
Subject: interdiction levée - photo
Date: Fri, 17 Apr 2026 12:26:37 +0200
Message-ID: <20260417102637.58213@dms.garage-dumont.example>
X-Mailer: GaragePro DMS 11.2 (mail module)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Je vous écris depuis l'adresse du garage, je n'ai que celle-ci sous la main,
désolé. Répondez-moi plutôt sur olivier.dumont.namur@gmail.com.

Le 4 avril, votre agent de sécurité du magasin de Namur (Bouge) m'a
photographié avec son téléphone après une dispute à la sortie, et on m'a
remis une lettre d'interdiction d'accès de 6 mois. Le 10 avril, votre
direction régionale m'a écrit que l'interdiction était levée après
visionnage des images et m'a présenté ses excuses.

Puisque l'interdiction est levée, je demande que la photo prise par l'agent,
la lettre et tout le dossier me concernant soient effacés, chez vous comme
chez la société de gardiennage.

Olivier Dumont

--
Ce message a été envoyé automatiquement par GaragePro DMS.
Garage Dumont SRL - Chaussée de Louvain 512, 5004 Bouge - TVA BE 0478.221.904
Les informations contenues dans ce message sont confidentielles. Vos données
sont traitées conformément à notre politique de protection des données.
Merci de ne pas répondre à cette adresse.
'''),
    ('de', 'exim-bounce-mailbox-full-german-original', 'automated', (),
'''Return-Path: <>
Received: from mail.eifelnet.example ([198.51.100.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb8Sn4Vq1z6Cj0
        for <privacy@shop.example.be>; Thu, 9 Apr 2026 17:02:31 +0200 (CEST)
Received: from Debian-exim by mail.eifelnet.example with local (Exim 4.96)
        id 1wQx7d-0004Rt-2K
        for privacy@shop.example.be; Thu, 09 Apr 2026 17:02:29 +0200
X-Failed-Recipients: m.kessler@eifelnet.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.eifelnet.example>
To: privacy@shop.example.be
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wQx7d-0004Rt-2K@mail.eifelnet.example>
Date: Thu, 09 Apr 2026 17:02:29 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  m.kessler@eifelnet.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <privacy@shop.example.be>
Received: from mx1.shop.example.be ([203.0.113.10])
        by mail.eifelnet.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
        (Exim 4.96)
        (envelope-from <privacy@shop.example.be>)
        id 1wNp2a-0001Bc-0T
        for m.kessler@eifelnet.example; Mon, 06 Apr 2026 10:15:02 +0200
From: Shop Example Datenschutz <privacy@shop.example.be>
To: m.kessler@eifelnet.example
Subject: Ihr Auskunftsersuchen nach Art. 15 DSGVO - Hausverbot Filiale Eupen
Date: Mon, 06 Apr 2026 10:15:00 +0200
Message-ID: <prv-2026-0402.r1@desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrter Herr Kessler,

wir bestätigen den Eingang Ihres Auskunftsersuchens vom 2. April 2026.
Um Ihre personenbezogenen Daten (Lichtbild, Vorfallbericht, Empfänger) nur
an Sie herauszugeben, bitten wir Sie, sich über den gesicherten Link in
unserem nächsten Schreiben zu identifizieren.

Mit freundlichen Grüßen
Datenschutzteam Shop Example
'''),
    ('de', 'thunderbird-filter-vacation-reply-no-headers', 'automated', (),
'''Return-Path: <s.thelen@posteo.example>
Received: from mout01.posteo.example (mout01.posteo.example [185.67.36.65])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc3Bn8Ty5z2Wq7
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 18:40:09 +0200 (CEST)
From: Sabine Thelen <s.thelen@posteo.example>
To: privacy@shop.example.be
Subject: Abwesend: Berichtigung Personalakte - Ihr Zeichen PRV-2026-0419
Date: Tue, 21 Apr 2026 18:40:07 +0200
Message-ID: <a9c2e7b1-30f4-4d18-8e65-1b7d0c43f29a@posteo.example>
User-Agent: Mozilla Thunderbird
Content-Language: de-DE
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Guten Tag,

ich bin bis einschließlich 3. Mai im Urlaub und lese meine privaten Mails
in dieser Zeit nicht. Ab dem 4. Mai melde ich mich.

Viele Grüße
Sabine Thelen
'''),
    ('de', 'guard-company-incident-report-security-tag-photo', 'automated', (),
'''Return-Path: <berichte@wachcom.example>
Received: from relay.wachcom.example (relay.wachcom.example [192.0.2.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb6Zr2Np7z4Ht8
        for <privacy@shop.example.be>; Sat, 21 Mar 2026 19:58:47 +0100 (CET)
From: WachCom Einsatzberichte <berichte@wachcom.example>
To: privacy@shop.example.be
Cc: filiale.kelmis@shop.example.be
Subject: Vorfallbericht VB-2026-0321-KEL - Filiale Kelmis - Alarm Warensicherung Ausgang
Date: Sat, 21 Mar 2026 19:58:45 +0100
Message-ID: <VB-2026-0321-KEL.19584512@einsatz.wachcom.example>
Auto-Submitted: auto-generated
X-Mailer: WachCom Einsatz-App 2.9 / Berichtsmodul
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----wachcom-vb-0321-kel"

------wachcom-vb-0321-kel
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

WACHCOM SICHERHEITSDIENST - VORFALLBERICHT (automatisch erzeugt)

Bericht-Nr.:   VB-2026-0321-KEL
Objekt:        Shop Example Kelmis, Lütticher Straße
Datum/Zeit:    21.03.2026, 16:12 - 16:24
Mitarbeiter:   WC-118 (Ausgangskontrolle)

Sachverhalt:
Auslösung der Warensicherungsanlage (EAS) am Hauptausgang. Person
(weiblich, ca. 35 J., Initialen L. H.) zur Kontrolle angesprochen. Auslöser:
nicht entferntes Sicherungsetikett eines Fremdgeschäfts an der getragenen
Jacke. Kaufbeleg des Fremdgeschäfts vorgelegt. Kein Diebstahlsverdacht.

Maßnahmen:
- Lichtbild der Person mit Diensthandy gefertigt (Anlage, 1 Bild)
- Filialleitung informiert, Eintrag in Vorfallkartei der Filiale
- Polizei: nicht verständigt

Datenschutzhinweis:
Dieser Bericht enthält personenbezogene Daten, die WachCom als
Auftragsverarbeiter im Auftrag von Shop Example verarbeitet (Art. 28 DSGVO).
Lichtbilder ohne bestätigten Tatverdacht sind nach Abschluss des Vorgangs
vom Auftraggeber zu löschen oder WachCom zur Löschung anzuweisen.
Aufbewahrung der Berichte: 6 Monate. Anfragen betroffener Personen
(Auskunft, Löschung, Widerspruch) bitte an den Verantwortlichen richten.

Diese Nachricht wurde automatisch versendet.

------wachcom-vb-0321-kel
Content-Type: application/pdf; name="VB-2026-0321-KEL.pdf"
Content-Disposition: attachment; filename="VB-2026-0321-KEL.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKMSAwIG9iajw8L1R5cGUvQ2F0YWxvZy9QYWdlcyAyIDAgUj4+ZW5kb2JqCjIgMCBv
Ymo8PC9UeXBlL1BhZ2VzL0tpZHNbMyAwIFJdL0NvdW50IDE+PmVuZG9iagozIDAgb2JqPDwvVHlw
ZS9QYWdlL1BhcmVudCAyIDAgUi9NZWRpYUJveFswIDAgNTk1IDg0Ml0+PmVuZG9iagolIFdhY2hD
b20gVkItMjAyNi0wMzIxLUtFTCBWb3JmYWxsYmVyaWNodCBTZWl0ZSAxLzEKdHJhaWxlcjw8L1Jv
b3QgMSAwIFI+PgolJUVPRgo=

------wachcom-vb-0321-kel--
'''),
    ('de', 'person-employee-forwards-hr-photo-screen-notice', 'objection', (),
'''Return-Path: <kevin.lambertz@gmx.example>
Received: from mout.gmx.example (mout.gmx.example [212.227.15.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd4Tb9Xw3z8Mn6
        for <privacy@shop.example.be>; Sun, 19 Apr 2026 21:33:50 +0200 (CEST)
From: Kevin Lambertz <kevin.lambertz@gmx.example>
To: privacy@shop.example.be
Subject: WG: PersoNet: Neuer Bildschirm "Ihr Team heute" im Kassenbereich
Date: Sun, 19 Apr 2026 21:33:47 +0200
Message-ID: <trinity-5e2b8a41-7c09-4f3d-b1e6-90a2c8d4f715-1776627227@3c-app-gmx-bs12>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hallo,

ich arbeite als Verkäufer in der Filiale Eupen und habe unten stehende
Nachricht aus PersoNet bekommen. Ich widerspreche dem. Ich möchte nicht,
dass mein Foto mit Vornamen und Abteilung auf einem Bildschirm im
Kassenbereich für alle Kunden angezeigt wird. Mit Kunden habe ich schon
genug Ärger gehabt, der Name auf dem Namensschild reicht.

Bitte bestätigen Sie mir, dass mein Profil dort nicht gezeigt wird.

Kevin Lambertz
Personalnummer 30562

-------- Weitergeleitete Nachricht --------
Von: PersoNet <noreply@personet-hr.example>
Datum: 17.04.2026 06:00
An: kevin.lambertz@gmx.example
Betreff: Neuer Bildschirm "Ihr Team heute" im Kassenbereich

Liebe Mitarbeiterin, lieber Mitarbeiter,

ab dem 1. Mai zeigt ein Bildschirm im Kassenbereich Ihrer Filiale unter
"Ihr Team heute" die Mitarbeiter der laufenden Schicht mit Profilfoto,
Vornamen und Abteilung an. Die Daten werden automatisch aus dem Dienstplan
übernommen. Rechtsgrundlage ist das berechtigte Interesse von Shop Example
an einem persönlichen Kundenservice (Art. 6 Abs. 1 lit. f DSGVO).

Sie können diesem Vorgang jederzeit widersprechen. Wenden Sie sich dazu an
privacy@shop.example.be.

Diese Nachricht wurde automatisch von PersoNet versendet.
'''),
    ('es', 'lost-found-platform-claim-notice-partner', 'automated', (),
'''Return-Path: <bounce-partner-8841af@mail.foundlink.example>
Received: from mail.foundlink.example (mail.foundlink.example [198.51.100.171])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb9Cv3Lp6z0Sd2
        for <privacy@shop.example.be>; Wed, 8 Apr 2026 13:17:26 +0200 (CEST)
From: FoundLink Objetos perdidos <avisos@foundlink.example>
To: privacy@shop.example.be
Subject: Nueva reclamación del objeto FL-BE-77120 registrado por su establecimiento
Date: Wed, 08 Apr 2026 11:17:24 +0000
Message-ID: <claim.FL-BE-77120.partner.20260408111724@foundlink.example>
List-Unsubscribe: <https://foundlink.example/unsubscribe?u=8841af>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: partner-claim:foundlink
X-Mailer: FoundLink Notifier
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="fl-77120-alt"

--fl-77120-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

FoundLink - Objetos perdidos

Nueva reclamaci=C3=B3n de un objeto registrado por su establecimiento

Estimado establecimiento colaborador:

Una persona usuaria de FoundLink ha reclamado el objeto FL-BE-77120, regist=
rado por Shop Example Bruxelles Rue Neuve el 06/04/2026.

- Objeto: cartera de piel marr=C3=B3n (zona de cajas de autoservicio)
- Contenido declarado: documento de identidad (DNI), tarjeta bancaria, tarj=
eta sanitaria europea, 35 EUR
- Reclamante: I*** S**** (Espa=C3=B1a) - coincidencia de descripci=C3=B3n: =
alta
- Recogida prevista: 10/04/2026, mostrador de atenci=C3=B3n al cliente

Protecci=C3=B3n de datos: los datos personales de la persona reclamante se =
le facilitan =C3=BAnicamente para la entrega del objeto. No los utilice par=
a otros fines, no haga copias de documentos de identidad salvo que sea impr=
escindible y elim=C3=ADnelos tras la entrega. FoundLink borra autom=C3=A1ti=
camente los datos del hallazgo a los 90 d=C3=ADas, conforme al RGPD.

Ver reclamaci=C3=B3n: https://foundlink.example/partner/items/FL-BE-77120
Marcar como entregado: https://foundlink.example/partner/items/FL-BE-77120/=
handover

Recibe este correo como establecimiento colaborador de FoundLink.
Gestionar avisos: https://foundlink.example/partner/notifications?u=3D8841af
Darse de baja: https://foundlink.example/unsubscribe?u=3D8841af

--fl-77120-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkhlbHZldGljYSxBcmlhbCxzYW5zLXNlcmlm
Ij4KPGRpdiBzdHlsZT0iYmFja2dyb3VuZDojZmZiNDAwO3BhZGRpbmc6MTJweCI+PGI+Rm91bmRM
aW5rPC9iPiAmbWlkZG90OyBPYmpldG9zIHBlcmRpZG9zPC9kaXY+CjxoMz5OdWV2YSByZWNsYW1h
Y2nDs24gZGUgdW4gb2JqZXRvIHJlZ2lzdHJhZG8gcG9yIHN1IGVzdGFibGVjaW1pZW50bzwvaDM+
CjxwPkVzdGltYWRvIGVzdGFibGVjaW1pZW50byBjb2xhYm9yYWRvcjo8L3A+CjxwPlVuYSBwZXJz
b25hIHVzdWFyaWEgZGUgRm91bmRMaW5rIGhhIHJlY2xhbWFkbyBlbCBvYmpldG8gPGI+RkwtQkUt
NzcxMjA8L2I+LCByZWdpc3RyYWRvIHBvciA8Yj5TaG9wIEV4YW1wbGUgQnJ1eGVsbGVzIFJ1ZSBO
ZXV2ZTwvYj4gZWwgMDYvMDQvMjAyNi48L3A+Cjx1bD4KPGxpPk9iamV0bzogY2FydGVyYSBkZSBw
aWVsIG1hcnLDs24gKHpvbmEgZGUgY2FqYXMgZGUgYXV0b3NlcnZpY2lvKTwvbGk+CjxsaT5Db250
ZW5pZG8gZGVjbGFyYWRvOiBkb2N1bWVudG8gZGUgaWRlbnRpZGFkIChETkkpLCB0YXJqZXRhIGJh
bmNhcmlhLCB0YXJqZXRhIHNhbml0YXJpYSBldXJvcGVhLCAzNSBFVVI8L2xpPgo8bGk+UmVjbGFt
YW50ZTogSSoqKiBTKioqKiAoRXNwYcOxYSkgLSBjb2luY2lkZW5jaWEgZGUgZGVzY3JpcGNpw7Nu
OiBhbHRhPC9saT4KPGxpPlJlY29naWRhIHByZXZpc3RhOiAxMC8wNC8yMDI2LCBtb3N0cmFkb3Ig
ZGUgYXRlbmNpw7NuIGFsIGNsaWVudGU8L2xpPgo8L3VsPgo8cD48Yj5Qcm90ZWNjacOzbiBkZSBk
YXRvczo8L2I+IGxvcyBkYXRvcyBwZXJzb25hbGVzIGRlIGxhIHBlcnNvbmEgcmVjbGFtYW50ZSBz
ZSBsZSBmYWNpbGl0YW4gw7puaWNhbWVudGUgcGFyYSBsYSBlbnRyZWdhIGRlbCBvYmpldG8uIE5v
IGxvcyB1dGlsaWNlIHBhcmEgb3Ryb3MgZmluZXMsIG5vIGhhZ2EgY29waWFzIGRlIGRvY3VtZW50
b3MgZGUgaWRlbnRpZGFkIHNhbHZvIHF1ZSBzZWEgaW1wcmVzY2luZGlibGUgeSBlbGltw61uZWxv
cyB0cmFzIGxhIGVudHJlZ2EuIEZvdW5kTGluayBib3JyYSBhdXRvbcOhdGljYW1lbnRlIGxvcyBk
YXRvcyBkZWwgaGFsbGF6Z28gYSBsb3MgOTAgZMOtYXMsIGNvbmZvcm1lIGFsIFJHUEQuPC9wPgo8
cD48YSBocmVmPSJodHRwczovL2ZvdW5kbGluay5leGFtcGxlL3BhcnRuZXIvaXRlbXMvRkwtQkUt
NzcxMjAiPlZlciByZWNsYW1hY2nDs248L2E+ICZtaWRkb3Q7IDxhIGhyZWY9Imh0dHBzOi8vZm91
bmRsaW5rLmV4YW1wbGUvcGFydG5lci9pdGVtcy9GTC1CRS03NzEyMC9oYW5kb3ZlciI+TWFyY2Fy
IGNvbW8gZW50cmVnYWRvPC9hPjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMXB4O2NvbG9yOiM4
ODgiPlJlY2liZSBlc3RlIGNvcnJlbyBjb21vIGVzdGFibGVjaW1pZW50byBjb2xhYm9yYWRvciBk
ZSBGb3VuZExpbmsuIDxhIGhyZWY9Imh0dHBzOi8vZm91bmRsaW5rLmV4YW1wbGUvcGFydG5lci9u
b3RpZmljYXRpb25zP3U9ODg0MWFmIj5HZXN0aW9uYXIgYXZpc29zPC9hPiAmbWlkZG90OyA8YSBo
cmVmPSJodHRwczovL2ZvdW5kbGluay5leGFtcGxlL3Vuc3Vic2NyaWJlP3U9ODg0MWFmIj5EYXJz
ZSBkZSBiYWphPC9hPiAmbWlkZG90OyA8YSBocmVmPSJodHRwczovL2ZvdW5kbGluay5leGFtcGxl
L3ByaXZhY2lkYWQiPlByaXZhY2lkYWQ8L2E+PC9wPgo8L2JvZHk+PC9odG1sPgo=

--fl-77120-alt--
'''),
    ('es', 'gmail-forwarding-dsn-spanish-original', 'automated', (),
'''Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc8Jd5Rk0z7Tw3
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 10:28:44 +0200 (CEST)
Received: by mail-sor-f69.google.com with SMTP id 5b1f17b1804b1-43d2a7c9e61so100371f8f.0
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 01:28:43 -0700 (PDT)
MIME-Version: 1.0
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <prv-2026-0444.r1@desk.shop.example.be>
In-Reply-To: <prv-2026-0444.r1@desk.shop.example.be>
X-Failed-Recipients: alejandro.ruiz.old@gmail.com
Message-ID: <6803b29b.5d0a0220.3e7c1.71a4.GMR@mx.google.com>
Date: Mon, 20 Apr 2026 01:28:43 -0700 (PDT)
Content-Type: multipart/report; boundary="000000000000f1e2d3061f8a0c44"; report-type=delivery-status

--000000000000f1e2d3061f8a0c44
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to alejandro.ruiz.old@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser

--000000000000f1e2d3061f8a0c44
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; alejandro@ruizmolina.example
Arrival-Date: Mon, 20 Apr 2026 01:28:42 -0700 (PDT)
X-Original-Message-ID: <prv-2026-0444.r1@desk.shop.example.be>

Final-Recipient: rfc822; alejandro.ruiz.old@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; The email account that you tried to reach does not exist.
Last-Attempt-Date: Mon, 20 Apr 2026 01:28:43 -0700 (PDT)

--000000000000f1e2d3061f8a0c44
Content-Type: message/rfc822

From: Shop Example Privacidad <privacy@shop.example.be>
To: Alejandro Ruiz Molina <alejandro@ruizmolina.example>
Subject: Su solicitud de historial de compras en formato CSV - ref. PRV-2026-0444
Date: Mon, 20 Apr 2026 10:28:40 +0200
Message-ID: <prv-2026-0444.r1@desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Estimado Sr. Ruiz Molina:

Hemos recibido su solicitud de portabilidad de sus datos personales
(historial de compras de la aplicación). Antes de enviarle el archivo CSV
necesitamos verificar su identidad: inicie sesión en la aplicación y
confirme la solicitud en Mi cuenta > Privacidad.

Atentamente,
Equipo de Privacidad de Shop Example

--000000000000f1e2d3061f8a0c44--
'''),
    ('es', 'zimbra-out-of-office-university', 'automated', (),
'''Return-Path: <pablo.serrano@ulb-mail.example>
Received: from zimbra.ulb-mail.example (zimbra.ulb-mail.example [192.0.2.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd1Vw6Bc4z9Rp8
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 08:05:17 +0200 (CEST)
Date: Tue, 14 Apr 2026 08:05:16 +0200 (CEST)
From: Pablo Serrano Gil <pablo.serrano@ulb-mail.example>
To: privacy@shop.example.be
Message-ID: <1418802733.55120.1776146716021.JavaMail.zimbra@ulb-mail.example>
In-Reply-To: <prv-2026-0398.r3@desk.shop.example.be>
Subject: Fuera de la oficina: Su solicitud de acceso - informe de seguridad Woluwe
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)
Thread-Topic: Su solicitud de acceso - informe de seguridad Woluwe

Estoy en un congreso en Sevilla hasta el 19 de abril, con acceso limitado al
correo. Responderé a su mensaje a mi vuelta.

Para asuntos del laboratorio, contacten con la secretaría: lab-secretariat@ulb-mail.example

Pablo Serrano Gil
'''),
    ('es', 'person-replies-all-to-lost-found-notice-pickup', 'other', (),
'''Return-Path: <beatriz.lozano@yahoo.es>
Received: from sonic315-21.consmr.mail.ir2.yahoo.com (sonic315-21.consmr.mail.ir2.yahoo.com [77.238.177.147])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd3Hm0Qs8z2Lv6
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 22:14:03 +0200 (CEST)
Date: Thu, 16 Apr 2026 20:13:58 +0000 (UTC)
From: Beatriz Lozano <beatriz.lozano@yahoo.es>
To: FoundLink Objetos perdidos <avisos@foundlink.example>
Cc: privacy@shop.example.be
Message-ID: <1209384756.4410297.1776370438812@mail.yahoo.com>
In-Reply-To: <item.FL-BE-77342.owner.20260416@foundlink.example>
References: <item.FL-BE-77342.owner.20260416@foundlink.example>
Subject: Re: Su objeto ha sido encontrado - FL-BE-77342
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: WebService/1.1.22204 YMailNorrin

Hola, sí, el bolso es mío!! Muchísimas gracias.

Estoy en Gante hasta el domingo. ¿Puedo pasar a recogerlo el sábado 18 por
la tarde? ¿Hasta qué hora está abierto el mostrador de la tienda de Anspach?
Y si no llego, ¿podría recogerlo mi hermana con una autorización firmada y
una copia de mi DNI?

Gracias de nuevo,
Beatriz

Enviado desde Yahoo Mail para Android

El jueves, 16 de abril de 2026, 18:02, FoundLink Objetos perdidos <avisos@foundlink.example> escribió:

> ¡Buenas noticias! Un objeto que coincide con su aviso de pérdida ha sido registrado.
>
> Objeto: bolso bandolera negro con cartera
> Encontrado por: Shop Example Bruxelles Anspach (establecimiento colaborador, en copia)
> Recogida: mostrador de atención al cliente, con documento de identidad
>
> Sus datos personales se han comunicado al establecimiento solo para la entrega del objeto, conforme al RGPD.
> Este mensaje se ha enviado automáticamente.
'''),
    ('it', 'travel-insurer-claim-portal-document-request', 'automated', (),
'''Return-Path: <portale-sinistri@europaviaggi.example>
Received: from smtp-out2.europaviaggi.example (smtp-out2.europaviaggi.example [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc0Wr7Fn2z5Xk1
        for <privacy@shop.example.be>; Thu, 9 Apr 2026 11:36:58 +0200 (CEST)
From: Europa Viaggi Assistance - Portale Sinistri <portale-sinistri@europaviaggi.example>
To: privacy@shop.example.be
Subject: Richiesta documentazione - Sinistro n. EVA-26-004417 - caduta presso punto vendita
Date: Thu, 09 Apr 2026 11:36:55 +0200
Message-ID: <EVA-26-004417.req1.1775727415@sinistri.europaviaggi.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
X-Mailer: EVA ClaimsPortal 5.0
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Portale Sinistri - Europa Viaggi Assistance S.p.A.

Spett.le Shop Example SA
Ufficio Privacy / Gestione incidenti

Oggetto: Richiesta documentazione - Sinistro n. EVA-26-004417
Assicurato: sig.ra M. R. (polizza viaggio n. EV-TRV-2026-55812)
Evento: caduta presso il Vostro punto vendita di Bruxelles (Rue Neuve) in d=
ata 02/04/2026

Gentili Signori,

il nostro assicurato ha denunciato un infortunio avvenuto presso il Vostro =
punto vendita nella data sopra indicata. Ai fini della valutazione del sini=
stro Vi chiediamo di trasmetterci, entro 15 giorni:

- copia del verbale/registro dell'incidente redatto dal Vostro personale;
- eventuali dichiarazioni di testimoni;
- indicazione dell'esistenza di immagini di videosorveglianza relative all'=
evento e del relativo periodo di conservazione.

La documentazione pu=C3=B2 essere caricata al seguente link sicuro, valido =
30 giorni:
https://sinistri.europaviaggi.example/upload/EVA-26-004417?t=3Dc81f0e

Informativa privacy: i dati personali dell'assicurato e di eventuali terzi =
sono trattati da Europa Viaggi Assistance S.p.A., titolare del trattamento,=
 ai sensi del Regolamento (UE) 2016/679 (GDPR) esclusivamente per la gestio=
ne del sinistro. Per l'esercizio dei diritti di accesso, rettifica, cancell=
azione, limitazione e opposizione =C3=A8 possibile contattare il DPO all'in=
dirizzo dpo@europaviaggi.example.

Questo messaggio =C3=A8 generato automaticamente dal Portale Sinistri. Si p=
rega di non rispondere a questo indirizzo.
'''),
    ('it', 'sendmail-bounce-lawyer-office-italian-original', 'automated', (),
'''Return-Path: <>
Received: from relay.studio-greco.example (relay.studio-greco.example [198.51.100.212])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kd5Xn3Cz9z0Mg4
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 16:44:21 +0200 (CEST)
Received: from localhost (localhost)
        by relay.studio-greco.example (8.17.1/8.17.1) id 53FEiJ8x014022;
        Wed, 15 Apr 2026 16:44:19 +0200
Date: Wed, 15 Apr 2026 16:44:19 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@relay.studio-greco.example>
Message-Id: <202604151444.53FEiJ8x014022@relay.studio-greco.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="53FEiJ8x014022.1776264259/relay.studio-greco.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--53FEiJ8x014022.1776264259/relay.studio-greco.example

The original message was received at Wed, 15 Apr 2026 16:44:17 +0200
from mx1.shop.example.be [203.0.113.10]

   ----- The following addresses had permanent fatal errors -----
<m.greco@studio-greco.example>
    (reason: 550 5.1.1 <m.greco@studio-greco.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailhost.studio-greco.example.:
>>> DATA
<<< 550 5.1.1 <m.greco@studio-greco.example>... User unknown
550 5.1.1 <m.greco@studio-greco.example>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

--53FEiJ8x014022.1776264259/relay.studio-greco.example
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.studio-greco.example
Received-From-MTA: DNS; mx1.shop.example.be
Arrival-Date: Wed, 15 Apr 2026 16:44:17 +0200

Final-Recipient: RFC822; m.greco@studio-greco.example
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailhost.studio-greco.example
Diagnostic-Code: SMTP; 550 5.1.1 <m.greco@studio-greco.example>... User unknown
Last-Attempt-Date: Wed, 15 Apr 2026 16:44:19 +0200

--53FEiJ8x014022.1776264259/relay.studio-greco.example
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
From: Shop Example Privacy <privacy@shop.example.be>
To: m.greco@studio-greco.example
Subject: Conservazione del rapporto e delle registrazioni del 6 aprile - rif. PRV-2026-0415
Date: Wed, 15 Apr 2026 16:44:15 +0200
Message-ID: <prv-2026-0415.r1@desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Gentile signora Greco,

confermiamo di aver ricevuto la Sua richiesta. Il rapporto della guardia
giurata e le registrazioni della videosorveglianza dell'uscita del 6 aprile
sono stati bloccati: non saranno cancellati né utilizzati per altri fini
fino alla conclusione del procedimento, e non saranno comunicati alla ditta
di sicurezza.

Cordiali saluti,
Team Privacy di Shop Example

--53FEiJ8x014022.1776264259/relay.studio-greco.example--
'''),
    ('it', 'outlook-automatic-reply-municipal-office', 'automated', (),
'''Return-Path: <s.moretti@comune-mons.example>
Received: from mail.comune-mons.example (mail.comune-mons.example [192.0.2.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb2Qt8Rv1z3Fh9
        for <privacy@shop.example.be>; Fri, 10 Apr 2026 14:20:35 +0200 (CEST)
From: Moretti Silvia <s.moretti@comune-mons.example>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Risposta automatica: Revoca del consenso - panel clienti (rif. PRV-2026-0409)
Thread-Topic: Revoca del consenso - panel clienti (rif. PRV-2026-0409)
Thread-Index: AQHcqf3R8Lk2Nw7vQ0mX5tB9yE1pGw==
Date: Fri, 10 Apr 2026 12:20:33 +0000
Message-ID: <6c1e9f2a7b3d40e8a5c2d19f84b07e36@EXCH01.comune-mons.example>
In-Reply-To: <prv-2026-0409.r1@desk.shop.example.be>
References: <prv-2026-0409.r1@desk.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: s.moretti@comune-mons.example
Content-Language: it-IT
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Buongiorno,

sono fuori ufficio fino a lunedì 20 aprile. Per urgenze relative
all'ufficio stato civile contattare il numero 065 40 22 11.

Cordiali saluti
Silvia Moretti
'''),
    ('it', 'person-lawyer-preservation-letter-auto-disclaimer', 'restriction', (),
'''Return-Path: <segreteria@studiogalli-legale.example>
Received: from smtp.studiogalli-legale.example (smtp.studiogalli-legale.example [203.0.113.157])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd7Mc1Gy5z6Qb0
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 10:02:48 +0200 (CEST)
From: "Avv. Lorenzo Galli - Segreteria" <segreteria@studiogalli-legale.example>
To: privacy@shop.example.be
Cc: "Avv. Lorenzo Galli" <l.galli@studiogalli-legale.example>
Subject: Sig.ra Giulia Marino - richiesta di conservazione e blocco dei dati - ns. rif. 2026/118
Date: Tue, 21 Apr 2026 10:02:45 +0200
Message-ID: <000a01dcb1c3$7e4f2a10$7aed7e30$@studiogalli-legale.example>
X-Mailer: Microsoft Outlook 16.0
Content-Language: it
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Spett.le Shop Example SA,

scrivo in nome e per conto della mia assistita, sig.ra Giulia Marino
(Rue de Fiennes 30, 1070 Anderlecht), in relazione ai fatti dell'11 e 12
aprile 2026, già a Voi segnalati dalla stessa: un Vostro dipendente del
punto vendita di Anderlecht si è presentato presso la sua abitazione dopo
averne verosimilmente ricavato l'indirizzo dai Vostri sistemi.

La mia assistita sta valutando le iniziative da intraprendere, anche in sede
penale. Vi chiedo pertanto di non cancellare, e di conservare integralmente
fino alla definizione della vicenda, i registri di accesso (log) alla scheda
cliente della sig.ra Marino, i dati della transazione dell'11 aprile e le
registrazioni della videosorveglianza della cassa interessata.

Allo stesso tempo Vi chiedo di non utilizzare tali dati per alcun altro fine
e di limitarne l'accesso alle sole persone incaricate dell'indagine interna,
escludendo in ogni caso il dipendente coinvolto.

Resto in attesa di un Vostro riscontro scritto.

Avv. Lorenzo Galli
per la Segreteria: Chiara

--
Studio Legale Galli
Avenue Louise 221, 1050 Bruxelles | Via dei Mille 14, 80121 Napoli
Tel. +32 2 640 18 72

*** AVVISO DI RISERVATEZZA - messaggio generato automaticamente ***
Il presente messaggio e gli eventuali allegati sono destinati esclusivamente
al destinatario indicato e possono contenere informazioni riservate o
coperte da segreto professionale. I dati personali contenuti sono trattati
ai sensi del Regolamento (UE) 2016/679 (GDPR). Se avete ricevuto questo
messaggio per errore, Vi preghiamo di cancellarlo e di darne notizia al
mittente. Qualsiasi uso, copia o diffusione non autorizzati sono vietati.
Informativa privacy completa: www.studiogalli-legale.example/privacy
'''),
    ('pt', 'cleaning-contractor-helpdesk-ticket-ack', 'automated', (),
'''Return-Path: <suporte@limpabem.freshdesk.example>
Received: from mail1.freshemail.example (mail1.freshemail.example [198.51.100.241])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc5Fp9Nd3z1Hr7
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 09:31:12 +0200 (CEST)
From: LimpaBem Serviços - Apoio ao Cliente <suporte@limpabem.freshdesk.example>
Reply-To: suporte@limpabem.freshdesk.example
To: privacy@shop.example.be
Subject: Pedido recebido: [#20931] Pedido de informação - acesso do pessoal de limpeza à sala do pessoal, loja Etterbeek (RGPD)
Date: Mon, 27 Apr 2026 07:31:10 +0000
Message-ID: <fd.20931.ack.68b1c2e4@limpabem.freshdesk.example>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-FD-Email-Type: ticket_acknowledgement
X-Mailer: Freshdesk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Caro(a) cliente,

Recebemos o seu pedido e foi-lhe atribuído o número #20931.

Assunto: Pedido de informação - acesso do pessoal de limpeza à sala do
pessoal, loja Etterbeek (RGPD)
Estado: Aberto
Equipa: Qualidade e Conformidade

Os pedidos relacionados com dados pessoais ou incidentes de proteção de
dados são tratados com prioridade e recebem resposta no prazo de 5 dias
úteis. Para acrescentar informação, responda a este e-mail sem alterar o
assunto.

Pode acompanhar o pedido em:
https://limpabem.freshdesk.example/support/tickets/20931

Com os melhores cumprimentos,
LimpaBem Serviços de Limpeza, Lda. - Bruxelas
Esta é uma mensagem automática.
'''),
    ('pt', 'qmail-bounce-no-mailbox-portuguese-original', 'automated', (),
'''Return-Path: <>
Received: from mail.correio-pt.example (mail.correio-pt.example [192.0.2.96])
        by mx1.shop.example.be (Postfix) with SMTP id 4Kd9Rx4Wt7z8Bc2
        for <privacy@shop.example.be>; Fri, 24 Apr 2026 11:50:03 +0200 (CEST)
Received: (qmail 30417 invoked for bounce); 24 Apr 2026 09:50:02 -0000
Date: 24 Apr 2026 09:50:02 -0000
From: MAILER-DAEMON@mail.correio-pt.example
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260424095002.30417.qmail@mail.correio-pt.example>

Hi. This is the qmail-send program at mail.correio-pt.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ricardo.sousa77@correio-pt.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 30411 invoked from network); 24 Apr 2026 09:50:01 -0000
Received: from mx1.shop.example.be (203.0.113.10)
  by mail.correio-pt.example with SMTP; 24 Apr 2026 09:50:01 -0000
From: Shop Example Privacy <privacy@shop.example.be>
To: ricardo.sousa77@correio-pt.example
Subject: O seu pedido - acesso à ficha de cliente (ref. PRV-2026-0452)
Date: Fri, 24 Apr 2026 11:49:58 +0200
Message-ID: <prv-2026-0452.r1@desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Caro Sr. Sousa,

Confirmamos a receção do seu pedido. O acesso à sua ficha de cliente foi
limitado enquanto verificamos os registos de consulta. Os seus dados e os
registos de acesso não serão apagados durante a verificação.

Com os melhores cumprimentos,
Equipa de Privacidade da Shop Example
'''),
    ('pt', 'webmail-vacation-reply-bare', 'automated', (),
'''Return-Path: <helena.marques@correio-pt.example>
Received: from webmail.correio-pt.example (webmail.correio-pt.example [192.0.2.97])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb4Lw2Jx6z5Ps3
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 16:09:41 +0200 (CEST)
From: Helena Marques <helena.marques@correio-pt.example>
To: privacy@shop.example.be
Subject: Re: Câmara por cima das caixas automáticas - Forest
Date: Wed, 22 Apr 2026 15:09:40 +0100
Message-ID: <rc-vac-8f2e61d0b4a3@webmail.correio-pt.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Olá,

Estou de férias em Portugal até 4 de maio, com acesso limitado ao email.
Respondo quando regressar.

Helena
'''),
    ('pt', 'person-forwards-newsletter-asks-off-list', 'withdraw_consent', (),
'''Return-Path: <graca.monteiro@sapo.example>
Received: from smtp.sapo.example (smtp.sapo.example [213.13.146.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc6Tn8Mq2z4Wd5
        for <privacy@shop.example.be>; Thu, 30 Apr 2026 20:26:18 +0200 (CEST)
From: Graça Monteiro <graca.monteiro@sapo.example>
To: privacy@shop.example.be
Subject: Fwd: Vos promos de la semaine au magasin de Forest
Date: Thu, 30 Apr 2026 19:26:15 +0100
Message-ID: <9f41c6a2e8d7b03521@sapo.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Boa noite,

Não quero receber mais isto. Nunca pedi, foi a menina da caixa que me
inscreveu quando fiz o cartão. Tirem-me da lista, por favor. Escrevo em
português porque o francês não é o meu forte, desculpem.

Graça Monteiro

---------- Mensagem encaminhada ----------
De: Shop Example <news@mail.shop.example.be>
Data: qui, 30/04/2026 07:00
Assunto: Vos promos de la semaine au magasin de Forest
Para: graca.monteiro@sapo.example

Bonjour Graça,
Cette semaine dans votre magasin de Forest : -30 % sur les fraises belges,
2+1 sur les lessives, et vos points fidélité doublés le samedi !
Voir toutes les promos : https://www.shop.example.be/promos/forest

Vous recevez cet e-mail car vous êtes inscrite à la newsletter Shop Example.
Se désinscrire : https://www.shop.example.be/newsletter/unsubscribe?id=7731f0
Ne répondez pas à cet e-mail.
'''),
]
