"""Forty-eighth set, robot mail of recruitment and HR systems, with people who look like robots (14 languages). Written apart from the code."""

ROBOTS = [
    ('en', 'ats-candidate-withdrew-notification', 'automated', (),
'''Return-Path: <bounces+4471920-9c1e-privacy=shop.example.be@em8812.hirestream.io>
Received: from o3.em8812.hirestream.io (o3.em8812.hirestream.io [149.72.180.23])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBw2k0nS1z3xKp
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:14:07 +0100 (CET)
Received: by filterdrecv-6d4f8c7b9-kx2lq with SMTP id filterdrecv-6d4f8c7b9-kx2lq-1-6747E1DE-2A
        2026-11-02 08:14:06.482117305 +0000 UTC m=+1187402.318316
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=hirestream.io;
	h=content-type:from:mime-version:subject:to:list-unsubscribe;
	s=s1; bh=p2Vt0m9Qe8rYw4Kc1bHn7FqXz3LsTj6UaDg5RiOvMkE=;
	b=kV3nQ8sLr2TzWp0YhJ6cFx1aGmUe5oBdN4iK7jRt9yHqCwS2vZlPfXu3gA8nMbE1
From: HireStream <notifications@hirestream.io>
Reply-To: HireStream <no-reply@hirestream.io>
To: privacy@shop.example.be
Subject: Candidate withdrew: Sofie Claes - Store Assistant, Gent Zuid (REQ-2026-118)
Date: Mon, 02 Nov 2026 08:14:06 +0000
Message-ID: <01000192f1a3c2d1-8e7f7c3a-0b44-4c1e-a9e2-5c4f0f9d1b2a-000000@email.hirestream.io>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_7d3f0a8c2e4b4d1f9a6e"
List-Unsubscribe: <https://shopexample.hirestream.io/settings/notifications/unsubscribe/9c1e>
X-SG-EID: u001.Kp3Q2vE8hX0mTz6LrB5yWcN1aFjD
X-Entity-Ref-ID: ntf-withdrawn-5520931

--b1_7d3f0a8c2e4b4d1f9a6e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hi Privacy team,

Sofie Claes has withdrawn their application.

Job: Store Assistant - Gent Zuid (REQ-2026-118)
Stage at withdrawal: Phone screen
Withdrawn on: 1 Nov 2026, 22:47 CET
Reason (from candidate): "I accepted another offer."

What happens next
- Scheduled interviews for this candidate have been cancelled.
- Under your retention rule "Rejected / withdrawn candidates - 6 months",
  this profile will be anonymised automatically on 1 May 2027.
- The candidate did not opt in to your talent pool.

View candidate: https://shopexample.hirestream.io/candidates/5520931

You're receiving this because you're listed as Data protection contact
for Shop Example BV. Manage notification settings:
https://shopexample.hirestream.io/settings/notifications

HireStream Ltd. =C2=B7 1 Grand Canal Square, Dublin 2, Ireland

--b1_7d3f0a8c2e4b4d1f9a6e
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Privacy team,</p>
<p><strong>Sofie Claes</strong> has withdrawn their application.</p>
<table>
<tr><td>Job</td><td>Store Assistant - Gent Zuid (REQ-2026-118)</td></tr>
<tr><td>Stage at withdrawal</td><td>Phone screen</td></tr>
<tr><td>Withdrawn on</td><td>1 Nov 2026, 22:47 CET</td></tr>
<tr><td>Reason</td><td>"I accepted another offer."</td></tr>
</table>
<p>Scheduled interviews have been cancelled. Under your retention rule
"Rejected / withdrawn candidates - 6 months", this profile will be anonymised
automatically on 1 May 2027.</p>
<p><a href="https://shopexample.hirestream.io/candidates/5520931">View candidate</a></p>
<p style="color:#888;font-size:11px">You're receiving this because you're listed as
Data protection contact for Shop Example BV.
<a href="https://shopexample.hirestream.io/settings/notifications">Manage notification settings</a></p>
</body></html>

--b1_7d3f0a8c2e4b4d1f9a6e--
'''),
    ('en', 'exchange-ooo-hr-business-partner', 'automated', (),
'''Return-Path: <charlotte.maes@shop.example.be>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound.protection.outlook.com [40.107.22.101])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCQ7h3mVfz1wLd
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 11:21:56 +0100 (CET)
Received: from AM9PR02MB7321.eurprd02.prod.outlook.com (2603:10a6:20b:3e1::14)
 by AM9PR02MB7321.eurprd02.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8137.12; Tue, 3 Nov 2026 10:21:54 +0000
From: "Maes, Charlotte" <charlotte.maes@shop.example.be>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: Automatic reply: Access request - former employee file (ref. PRV-2026-0412)
Thread-Topic: Access request - former employee file (ref. PRV-2026-0412)
Thread-Index: AQHbLq3x0k2YvI8mS0qX2hQ1o7n4TAAAAAAB
Date: Tue, 3 Nov 2026 10:21:54 +0000
Message-ID: <b2c6f1a94e7d4e0c8b1f3a5d6c7e8f90@AM9PR02MB7321.eurprd02.prod.outlook.com>
In-Reply-To: <PRV-2026-0412.1762164089.7731@shop.example.be>
References: <PRV-2026-0412.1762164089.7731@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Thank you for your message.

I am on leave until Monday 16 November and will not be checking my email.

For urgent HR questions please contact hr@shop.example.be, for payroll
questions payroll@shop.example.be. Requests concerning personnel files
will be picked up by my colleague Thomas Peeters
(thomas.peeters@shop.example.be) during my absence.

Your message will not be forwarded.

Kind regards,
Charlotte Maes
HR Business Partner - Stores Flanders
'''),
    ('en', 'postfix-dsn-agency-recruiter-user-unknown', 'automated', (),
'''Return-Path: <>
Received: by out1.shop.example.be (Postfix)
        id 5A81C3F0B2; Tue,  3 Nov 2026 14:02:11 +0100 (CET)
Received: from mx1.shop.example.be (mx1.shop.example.be [10.20.0.11])
        by mx1.shop.example.be (Postfix) with ESMTP id 4QCVn43xK9z2yRs
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 14:02:11 +0100 (CET)
Date: Tue,  3 Nov 2026 14:02:11 +0100 (CET)
From: MAILER-DAEMON@out1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4QCVn1Rk4z1vBc.1762175131/out1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261103130211.5A81C3F0B2@out1.shop.example.be>

This is a MIME-encapsulated message.

--4QCVn1Rk4z1vBc.1762175131/out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host out1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.hollis@talentbridge-recruitment.co.uk>: host
    mail.talentbridge-recruitment.co.uk[185.132.44.17] said: 550 5.1.1
    <j.hollis@talentbridge-recruitment.co.uk>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--4QCVn1Rk4z1vBc.1762175131/out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; out1.shop.example.be
X-Postfix-Queue-ID: 4QCVn1Rk4z1vBc
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue,  3 Nov 2026 14:02:09 +0100 (CET)

Final-Recipient: rfc822; j.hollis@talentbridge-recruitment.co.uk
Original-Recipient: rfc822;j.hollis@talentbridge-recruitment.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.talentbridge-recruitment.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <j.hollis@talentbridge-recruitment.co.uk>:
    Recipient address rejected: User unknown in virtual mailbox table

--4QCVn1Rk4z1vBc.1762175131/out1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from privacy-desk.shop.example.be (privacy-desk.shop.example.be [10.20.4.31])
	by out1.shop.example.be (Postfix) with ESMTPSA id 4QCVn1Rk4z1vBc
	for <j.hollis@talentbridge-recruitment.co.uk>; Tue,  3 Nov 2026 14:02:09 +0100 (CET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: James Hollis <j.hollis@talentbridge-recruitment.co.uk>
Subject: Deletion of candidate data - Store Manager Antwerp shortlist (PRV-2026-0419)
Date: Tue, 3 Nov 2026 14:02:08 +0100
Message-ID: <PRV-2026-0419.1762175128.2210@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--4QCVn1Rk4z1vBc.1762175131/out1.shop.example.be--
'''),
    ('en', 'jobboard-employer-candidate-match-alert', 'automated', (),
'''Return-Path: <bounce-771204-e8f3a1@employers.jobsquare.eu>
Received: from mta-07.jobsquare.eu (mta-07.jobsquare.eu [91.198.40.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QFk0r5TnGz4vPw
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 06:30:12 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=jobsquare.eu; s=mta2026;
	h=from:to:subject:date:message-id:list-unsubscribe:list-unsubscribe-post;
	bh=3fJq0nLw8XkTzR5mVbYc2PeHs7aGuD1iNoK4QrWx6Zs=;
	b=Wm7cQp2XsR9kLf3vTz8YbN0aHgJd5uEo1iMwK6rPxSq4nVyBc2GtLhZ8jDfUe0aR
From: Jobsquare for Employers <no-reply@employers.jobsquare.eu>
To: privacy@shop.example.be
Subject: 5 new candidates match your vacancy "Privacy Analyst (m/f/x)"
Date: Thu, 05 Nov 2026 05:30:11 +0000
Message-ID: <alert.771204.20261105053011.e8f3a1@employers.jobsquare.eu>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_js_alert_771204_1762320611"
Precedence: bulk
List-Id: Candidate match alerts <candidate-alerts.employers.jobsquare.eu>
List-Unsubscribe: <mailto:unsubscribe+e8f3a1@employers.jobsquare.eu>, <https://employers.jobsquare.eu/u/e8f3a1c7>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Jobsquare-Campaign: employer-match-daily

--=_js_alert_771204_1762320611
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Good news, Shop Example BV!

5 new candidate profiles match your vacancy
Privacy Analyst (m/f/x) - Mechelen - posted 19 Oct 2026

  1. Legal counsel, 4 years, Dutch/English/French ........ 92% match
  2. Compliance officer (banking), CIPP/E .............. 88% match
  3. Master in Law, ICT law specialisation, starter ..... 81% match
  4. Data steward, retail, Dutch/English ................ 77% match
  5. Paralegal, GDPR projects, Dutch/French ............. 74% match

Profiles stay anonymous until the candidate accepts your contact request.
Contact credits left this month: 12

See all matches: https://employers.jobsquare.eu/vacancies/771204/matches

You receive this alert every morning because "Candidate match alerts" is
switched on for the account privacy@shop.example.be.
Turn off these alerts: https://employers.jobsquare.eu/u/e8f3a1c7

Jobsquare BV - Kortrijksesteenweg 1100, 9051 Gent - BE 0644.812.377

--=_js_alert_771204_1762320611
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

<!DOCTYPE html><html><body style="margin:0;background:#f4f6f8">
<table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><h2>Good news, Shop Example BV!</h2>
<p>5 new candidate profiles match your vacancy<br><b>Privacy Analyst (m/f/x) - Mechelen</b></p>
<ol>
<li>Legal counsel, 4 years, Dutch/English/French - 92% match</li>
<li>Compliance officer (banking), CIPP/E - 88% match</li>
<li>Master in Law, ICT law specialisation, starter - 81% match</li>
<li>Data steward, retail, Dutch/English - 77% match</li>
<li>Paralegal, GDPR projects, Dutch/French - 74% match</li>
</ol>
<p><a href="https://employers.jobsquare.eu/vacancies/771204/matches" style="background:#ff6a00;color:#fff;padding:10px 18px;text-decoration:none">See all matches</a></p>
<p style="font-size:11px;color:#888">You receive this alert every morning because "Candidate match alerts" is switched on.
<a href="https://employers.jobsquare.eu/u/e8f3a1c7">Turn off these alerts</a></p>
</td></tr></table></body></html>

--=_js_alert_771204_1762320611--
'''),
    ('en', 'person-applicant-above-ats-ack-delete-cv-after-procedure', 'deletion', (),
'''Return-Path: <aoife.brennan@gmail.com>
Received: from mail-wm1-f49.google.com (mail-wm1-f49.google.com [209.85.128.49])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBn3d0YqKz2wSk
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 08:07:43 +0100 (CET)
Received: by mail-wm1-f49.google.com with SMTP id 5b1f17b1804b1-43169a2b1e5so21408365e9.2
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 00:07:42 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601;
	h=to:in-reply-to:references:date:message-id:subject:from:mime-version
	 :content-transfer-encoding:content-type;
	bh=Zq1mB7vR3kT0wXc8LpN5yHs2aFjD6uGe9iQoK4rWt3E=;
	b=Rk8wT2mX5qP0vL3zN7yB1cH9aJ4gF6dS8uE2iK0oQ5rW7tY3nM1bV9xC6zL4pA2j
From: Aoife Brennan <aoife.brennan@gmail.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
Mime-Version: 1.0 (1.0)
Subject: Re: Thanks for applying - Customer Service Agent (EN/NL)
Date: Thu, 29 Oct 2026 08:07:31 +0100
Message-Id: <3E0B7C1A-9D24-4F6B-A2C8-5F1E7D90B4A3@gmail.com>
References: <ats.ack.88214017.1761681780@careers.shop.example.be>
In-Reply-To: <ats.ack.88214017.1761681780@careers.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B83)

Hi,

Just one thing about my application below. When the procedure for this job is over, whatever the outcome, could you please delete my CV, my cover letter and the answers I filled in on the form? I'd rather not be kept in the talent pool mentioned in the email.

Thanks a lot,
Aoife Brennan

Sent from my iPhone

> On 28 Oct 2026, at 21:03, Shop Example Careers <no-reply@careers.shop.example.be> wrote:
>
> Hi Aoife,
>
> Thank you for applying for Customer Service Agent (EN/NL) at Shop Example! This is an automatic confirmation that we have received your application.
>
> What's next? Our recruitment team reviews every application personally. You will hear from us within 10 working days.
>
> Unless you tell us otherwise, we keep your details in our talent pool for 24 months so that we can contact you about similar roles.
>
> Questions about your personal data? privacy@shop.example.be
>
> Good luck!
> The Shop Example Recruitment Team
>
> This mailbox is not monitored. Please do not reply to this email.
'''),
    ('nl', 'social-secretariat-payroll-documents-ready', 'automated', (),
'''Return-Path: <bounce@mijn.sodalis.be>
Received: from smtp-out2.sodalis.be (smtp-out2.sodalis.be [194.78.212.36])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBk9c6RwXz3tMn
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 16:04:58 +0100 (CET)
From: Sodalis Sociaal Secretariaat <noreply@mijn.sodalis.be>
To: privacy@shop.example.be
Subject: Uw loondocumenten van oktober 2026 staan klaar - werkgever 118-40577
Date: Fri, 30 Oct 2026 16:04:57 +0100
Message-ID: <notif.118-40577.202610.3307@mijn.sodalis.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Geachte klant,

De loonberekening van oktober 2026 voor werkgever Shop Example BV
(aansluitingsnummer 118-40577, KBO 0712.345.678) is afgerond.

De volgende documenten staan klaar in Mijn Sodalis:
  - Loonbrieven (312 werknemers) - op 30/10/2026 verzonden naar de
    digitale brievenbus van de werknemers
  - Loonjournaal en boekhoudkundige export
  - Overzicht RSZ-bijdragen 3de kwartaal 2026 (herziening)

Betaling van de nettolonen: de betaalbestanden (SEPA XML) kunnen tot en
met 06/11/2026 worden gedownload.

Aanmelden: https://mijn.sodalis.be

U ontvangt dit bericht omdat u als contactpersoon bent geregistreerd voor
deze werkgever. Deze e-mail werd automatisch verzonden; antwoorden op dit
adres worden niet gelezen.

Sodalis Sociaal Secretariaat vzw - erkend bij ministerieel besluit nr. 29
'''),
    ('nl', 'leaver-mailbox-autoreply-agency-recruiter', 'automated', (),
'''Return-Path: <>
Received: from mail.talentum-hr.be (mail.talentum-hr.be [81.246.71.102])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCc1t2JpHz5xLr
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 16:45:20 +0100 (CET)
From: Jens Verbruggen <jens.verbruggen@talentum-hr.be>
To: privacy@shop.example.be
Subject: Automatisch antwoord: Verwijdering kandidaatgegevens - uw ref. TLM-88412
Date: Tue, 3 Nov 2026 15:45:18 +0000
Message-ID: <a7f3e0c2b19d4e58a6c1d2f4e8b7a903@EXCH01.talentum.local>
In-Reply-To: <PRV-2026-0421.1762184710.4482@shop.example.be>
References: <PRV-2026-0421.1762184710.4482@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Language: nl-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Beste,

Jens Verbruggen is niet langer werkzaam bij Talentum HR. Deze mailbox wordt
niet meer opgevolgd en uw bericht wordt niet doorgestuurd.

Voor lopende selectieprocedures kunt u terecht bij selectie@talentum-hr.be
of op het nummer 03 218 44 90.
Vragen over de persoonsgegevens van kandidaten: dpo@talentum-hr.be.

Met vriendelijke groet,
Talentum HR
'''),
    ('nl', 'scheduling-app-export-ready-notice', 'automated', (),
'''Return-Path: <bounces@mailer.planpilot.app>
Received: from mailer.planpilot.app (mailer.planpilot.app [5.79.66.141])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QFr6m0ZcWz1tBn
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 14:33:09 +0100 (CET)
From: PlanPilot <no-reply@planpilot.app>
To: Privacy Team <privacy@shop.example.be>
Subject: Je export "Klokregistraties - medewerker 20417" is klaar
Date: Wed, 04 Nov 2026 13:33:08 +0000
Message-ID: <export-8f2e9b71.1762263188@planpilot.app>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
X-PlanPilot-Notification: export.completed
Auto-Submitted: auto-generated

Hallo Privacy Team,

De export die je op 4 november 2026 om 14:32 hebt aangevraagd, is klaar.

Export: Klokregistraties en roosterhistoriek
Medewerker: #20417 (vestiging Hasselt)
Periode: 01/01/2025 - 31/10/2026
Formaat: CSV (zip, 48 kB)

Download: https://app.planpilot.app/exports/8f2e9b71

De downloadlink verloopt over 7 dagen (11/11/2026). Alleen gebruikers met
de rol Beheerder kunnen het bestand openen.

Deze e-mail is automatisch verzonden door PlanPilot. Je kunt niet op dit
bericht antwoorden.
Meldingsinstellingen wijzigen: https://app.planpilot.app/account/notifications
'''),
    ('nl', 'person-former-employee-forwards-payroll-notice', 'deletion', (),
'''Return-Path: <lotte.desmet87@gmail.com>
Received: from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBrT51xHqz2vNk
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 10:18:27 +0100 (CET)
Received: by mail-ej1-f52.google.com with SMTP id a640c23a62f3a-a9a0ec0a94fso3012466b.1
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 02:18:26 -0700 (PDT)
MIME-Version: 1.0
References: <notif.doc.20417.202610.5518@mijn.sodalis.be>
In-Reply-To: <notif.doc.20417.202610.5518@mijn.sodalis.be>
From: Lotte De Smet <lotte.desmet87@gmail.com>
Date: Sat, 31 Oct 2026 10:18:14 +0100
Message-ID: <CAF3k9xVq2Lm0pR7tY4nZc8bH1sWd6eJu5aQoK3iG7fN2yTbM1w@mail.gmail.com>
Subject: Fwd: Nieuw document in je Sodalis-brievenbus
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Ik werk sinds eind juni niet meer bij Shop Example, maar dit soort mails kom=
t nog altijd toe op mijn priv=C3=A9adres. Kunnen jullie mijn gegevens uit dat=
 loonsysteem laten verwijderen?

Lotte De Smet

---------- Forwarded message ---------
Van: Sodalis Sociaal Secretariaat <noreply@mijn.sodalis.be>
Date: vr 30 okt 2026 om 16:11
Subject: Nieuw document in je Sodalis-brievenbus
To: <lotte.desmet87@gmail.com>


Beste Lotte,

Er staat een nieuw document voor je klaar in je digitale brievenbus:

Werkgever: Shop Example BV
Document: loonbrief oktober 2026
Datum: 30/10/2026

Meld je aan op https://mijn.sodalis.be om het document te bekijken.

Dit is een automatisch bericht. Gelieve niet te antwoorden.
Sodalis Sociaal Secretariaat vzw
'''),
    ('nl', 'person-reply-above-careers-job-alert-unsubscribe', 'withdraw_consent', (),
'''Return-Path: <wouter.janssens@skynet.be>
Received: from mailrelay122.skynet.be (mailrelay122.skynet.be [195.238.20.149])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCg8b4WnVz3sQm
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 13:52:40 +0100 (CET)
From: "Wouter Janssens" <wouter.janssens@skynet.be>
To: <privacy@shop.example.be>
References: <jobalert.55120.20261031060000@careers.shop.example.be>
In-Reply-To: <jobalert.55120.20261031060000@careers.shop.example.be>
Subject: RE: Jobalert: 3 nieuwe vacatures bij Shop Example in jouw buurt
Date: Sun, 1 Nov 2026 13:52:33 +0100
Message-ID: <000a01db2c5e$4f1b2c70$ed518550$@skynet.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQH3kQ2bVx0lM9yPz1rTf8LmW2nS4A==
Content-Language: nl-be

Goeiemiddag,

Mag ik van deze lijst af? Ik heb in 2023 eens gesolliciteerd, maar ik zoek =
geen werk meer en wil die jobalerts niet meer krijgen. Op "afmelden" klikken=
 geeft een foutpagina.

Mvg
Wouter Janssens

-----Oorspronkelijk bericht-----
Van: Shop Example Jobs <jobs@careers.shop.example.be>=20
Verzonden: zaterdag 31 oktober 2026 7:00
Aan: wouter.janssens@skynet.be
Onderwerp: Jobalert: 3 nieuwe vacatures bij Shop Example in jouw buurt

Hoi Wouter,

Er zijn nieuwe vacatures die passen bij je jobalert "Winkel - Leuven - deelt=
ijds":

- Winkelmedewerker weekend (16u) - Leuven Bondgenotenlaan
- Kassamedewerker (24u) - Heverlee
- Student winkelmedewerker - Leuven Ring

Bekijk alle vacatures: https://careers.shop.example.be/jobs

Je krijgt deze e-mail omdat je een jobalert hebt aangemaakt. Afmelden: http=
s://careers.shop.example.be/alerts/unsubscribe/55120
'''),
    ('fr', 'occupational-health-appointment-confirmation', 'automated', (),
'''Return-Path: <noreply-bounces@prevalia.be>
Received: from relay1.prevalia.be (relay1.prevalia.be [193.191.168.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QFs2x5PkLz1vRn
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 15:41:02 +0100 (CET)
From: "Prevalia - Planning medical" <planning@prevalia.be>
To: privacy@shop.example.be
Subject: Confirmation de rendez-vous - examen de reprise du travail - 12/11/2026
Date: Thu, 5 Nov 2026 15:41:00 +0100
Message-ID: <rdv.55-20913.004512.20261105154100@prevalia.be>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Madame, Monsieur,

Nous vous confirmons le rendez-vous suivant, planifi=C3=A9 =C3=A0 la demande
de l'employeur Shop Example BV (n=C2=B0 de dossier 55-20913) :

Type d'examen : examen de reprise du travail (art. I.4-36 du Code du bien-=
=C3=AAtre au travail)
Travailleur : matricule 004512 - si=C3=A8ge Charleroi (Gosselies)
Date : jeudi 12 novembre 2026 =C3=A0 09h20
Lieu : Centre m=C3=A9dical Prevalia, rue de la Science 14, 6041 Gosselies

Le travailleur a =C3=A9t=C3=A9 convoqu=C3=A9 s=C3=A9par=C3=A9ment. Merci de=
 lui accorder le temps n=C3=A9cessaire pendant ses heures de travail.

En cas d'emp=C3=AAchement, veuillez annuler au plus tard 48 heures =C3=A0=
 l'avance via votre espace employeur : https://employeur.prevalia.be

Ceci est un message automatique, merci de ne pas y r=C3=A9pondre.

Prevalia - Service externe de pr=C3=A9vention et de protection au travail
'''),
    ('fr', 'exchange-ooo-recruiter-iso-8859-1', 'automated', (),
'''Return-Path: <nathalie.dubois@shop.example.be>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2118.outbound.protection.outlook.com [40.107.104.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QG1qR0bYtz4wKc
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 09:03:31 +0100 (CET)
From: "Dubois, Nathalie" <nathalie.dubois@shop.example.be>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?R=E9ponse_automatique=A0:_Demande_d'acc=E8s_-_dossier?=
 =?iso-8859-1?Q?_de_candidature_(r=E9f._PRV-2026-0433)?=
Thread-Topic: =?iso-8859-1?Q?Demande_d'acc=E8s_-_dossier_de_candidature_(r=E9f._PRV-2026-0433)?=
Thread-Index: AQHbMCk1r8Vd0Qm3RkC2xT9yLp4NwQ==
Date: Fri, 6 Nov 2026 08:03:29 +0000
Message-ID: <d4e1b7a0c93f4a2e9b5c6f8a1e2d3c47@DB9PR03MB8842.eurprd03.prod.outlook.com>
In-Reply-To: <PRV-2026-0433.1762415990.1207@shop.example.be>
References: <PRV-2026-0433.1762415990.1207@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: fr-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis absente du bureau jusqu'au vendredi 13 novembre inclus et je n'ai
pas acc=E8s =E0 mes e-mails.

Pour toute question urgente concernant le recrutement des magasins de
Wallonie, vous pouvez contacter Julien Lambert (julien.lambert@shop.example=
.be).
Pour les questions relatives aux donn=E9es personnelles des candidats,
veuillez =E9crire =E0 privacy@shop.example.be.

Votre message ne sera pas transf=E9r=E9.

Bien cordialement,
Nathalie Dubois
Recruteuse - R=E9gion Sud
'''),
    ('fr', 'outlook-read-receipt-recruitment-agency', 'automated', (),
'''Return-Path: <rh@horizon-recrutement.be>
Received: from mail-vi1eur04on2092.outbound.protection.outlook.com (mail-vi1eur04on2092.outbound.protection.outlook.com [40.107.8.92])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QFm4Y2CsJz2rWb
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:40:06 +0100 (CET)
From: RH Horizon Recrutement <rh@horizon-recrutement.be>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?Q?Lu_:_Effacement_des_donn=C3=A9es_d'une_candidate_-_r=C3=A9f?=
 =?utf-8?Q?._PRV-2026-0398?=
Thread-Topic: =?utf-8?Q?Effacement_des_donn=C3=A9es_d'une_candidate_-_r=C3=A9f._PRV-2026-0398?=
Thread-Index: AQHbLpL0tM3eK1iZl0u7Yb3rQf5c2A==
Date: Wed, 4 Nov 2026 10:40:02 +0000
Message-ID: <VI1PR04MB6120A3E9F7B2C41D0E5A8F31D2C92@VI1PR04MB6120.eurprd04.prod.outlook.com>
References: <PRV-2026-0398.1762249957.3391@shop.example.be>
In-Reply-To: <PRV-2026-0398.1762249957.3391@shop.example.be>
Content-Language: fr-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_002_VI1PR04MB6120A3E9F7B2C41D0E5A8F31D2C92_"

--_002_VI1PR04MB6120A3E9F7B2C41D0E5A8F31D2C92_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C3=80 : RH Horizon Recrutement
  Objet : Effacement des donn=C3=A9es d'une candidate - r=C3=A9f. PRV-2026-03=
98
  Envoy=C3=A9 : mercredi 4 novembre 2026 10:12:37 (UTC+01:00) Bruxelles, Cop=
enhague, Madrid, Paris

a =C3=A9t=C3=A9 lu le mercredi 4 novembre 2026 11:40:02 (UTC+01:00) Bruxelle=
s, Copenhague, Madrid, Paris.

--_002_VI1PR04MB6120A3E9F7B2C41D0E5A8F31D2C92_
Content-Type: message/disposition-notification

Reporting-UA: rh@horizon-recrutement.be; Microsoft Outlook 16.0
Final-Recipient: rfc822;rh@horizon-recrutement.be
Original-Message-ID: <PRV-2026-0398.1762249957.3391@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_002_VI1PR04MB6120A3E9F7B2C41D0E5A8F31D2C92_--
'''),
    ('fr', 'person-temp-forwards-timesheet-reminder-asks-what-app-records', 'access', (),
'''Return-Path: <karim.benali@outlook.be>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02olkn2013.outbound.protection.outlook.com [40.92.49.13])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QGb1k6TqVz3wHr
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 19:26:48 +0100 (CET)
From: Karim Benali <karim.benali@outlook.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?TR:_Rappel_:_votre_relev=C3=A9_d'heures_de_la_semaine_45?=
 =?utf-8?Q?_n'est_pas_encore_valid=C3=A9?=
Thread-Topic: =?utf-8?Q?Rappel_:_votre_relev=C3=A9_d'heures_de_la_semaine_45_n'est_pas_encore_valid=C3=A9?=
Thread-Index: AQHbMqX7cB2nLw5dT0mVh8RkQ1yZpg==
Date: Mon, 9 Nov 2026 18:26:44 +0000
Message-ID: <AS8P250MB0807C41E2B9D7F3A6E0C5B12D8F7A@AS8P250MB0807.EURP250.PROD.OUTLOOK.COM>
Accept-Language: fr-BE, en-US
Content-Language: fr-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Je suis intérimaire chez vous (dépôt de Wavre, préparation de commandes) via Intérim Plus depuis septembre. Chaque semaine je reçois ces rappels, et on doit pointer avec l'application PlanPilot sur notre téléphone.

J'aimerais savoir ce que cette application enregistre exactement sur moi : seulement les heures d'arrivée et de départ, ou aussi ma position quand je pointe ? Est-ce qu'elle garde une photo ? Et qui y a accès chez vous et chez Intérim Plus, et pendant combien de temps ?

Si possible, j'aimerais aussi recevoir une copie de ce qui est enregistré à mon nom.

Merci d'avance,
Karim Benali
0486 12 34 77

________________________________
De : Intérim Plus <noreply@interimplus.be>
Envoyé : lundi 9 novembre 2026 07:30
À : karim.benali@outlook.be <karim.benali@outlook.be>
Objet : Rappel : votre relevé d'heures de la semaine 45 n'est pas encore validé

Bonjour Karim,

Votre relevé d'heures de la semaine 45 (du 02/11/2026 au 08/11/2026) chez Shop Example BV - Dépôt Wavre n'a pas encore été validé.

Heures pointées : 37h45
Pauses : 2h30

Merci de vérifier et de valider vos prestations avant le mardi 10/11 à 12h00 dans l'application ou sur https://mon.interimplus.be. Sans validation, le paiement de votre salaire de la semaine risque d'être retardé.

Ceci est un message automatique, merci de ne pas y répondre.
Intérim Plus
'''),
    ('de', 'exchange-ndr-german-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from mx01.personalwerk-koeln.de (mx01.personalwerk-koeln.de [212.227.81.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QFv0s2HmRz5tXq
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 17:22:47 +0100 (CET)
Received: from EXCH02.personalwerk.local (10.1.0.22) by
 EXCH01.personalwerk.local (10.1.0.21) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.2.1544.11; Thu, 5 Nov 2026 17:22:45 +0100
From: <postmaster@personalwerk-koeln.de>
To: <privacy@shop.example.be>
Date: Thu, 5 Nov 2026 17:22:45 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a3c81f0e-7b2d-4e95-b6a4-2f0d9c1e8b57"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <5b9e2c41-0d7a-4f3e-8c61-9a2b7e0f4d13@EXCH02.personalwerk.local>
In-Reply-To: <PRV-2026-0441.1762359761.6650@shop.example.be>
References: <PRV-2026-0441.1762359761.6650@shop.example.be>
Subject: Unzustellbar: Anfrage nach Art. 15 DSGVO - Bewerber T. Wagner (Ref. PRV-2026-0441)
Auto-Submitted: auto-replied

--a3c81f0e-7b2d-4e95-b6a4-2f0d9c1e8b57
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Die Zustellung an folgende Empf=C3=A4nger oder Gruppen ist fehlgeschlagen:

Keller, Anna (anna.keller@personalwerk-koeln.de)
Das Postfach des Empf=C3=A4ngers ist voll und kann derzeit keine Nachrichte=
n annehmen. Versuchen Sie sp=C3=A4ter, die Nachricht erneut zu senden, ode=
r wenden Sie sich auf anderem Weg an den Empf=C3=A4nger.

Diagnoseinformationen f=C3=BCr Administratoren:

Generierender Server: EXCH02.personalwerk.local

anna.keller@personalwerk-koeln.de
Remoteserver hat "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaE=
xceededException.MapiExceptionShutoffQuotaExceeded; Failed to process messa=
ge due to a permanent exception" zur=C3=BCckgegeben.

--a3c81f0e-7b2d-4e95-b6a4-2f0d9c1e8b57
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH02.personalwerk.local
Received-From-MTA: dns;mx01.personalwerk-koeln.de
Arrival-Date: Thu, 5 Nov 2026 16:22:41 +0000

Final-Recipient: rfc822;anna.keller@personalwerk-koeln.de
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
X-Display-Name: Keller, Anna

--a3c81f0e-7b2d-4e95-b6a4-2f0d9c1e8b57
Content-Type: text/rfc822-headers

Received: from out1.shop.example.be (out1.shop.example.be [91.183.20.14])
 by mx01.personalwerk-koeln.de with ESMTPS id 4QFv0q0Lk2z1t;
 Thu, 5 Nov 2026 17:22:41 +0100
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Anna Keller <anna.keller@personalwerk-koeln.de>
Subject: Anfrage nach Art. 15 DSGVO - Bewerber T. Wagner (Ref. PRV-2026-0441)
Date: Thu, 5 Nov 2026 17:22:40 +0100
Message-ID: <PRV-2026-0441.1762359761.6650@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--a3c81f0e-7b2d-4e95-b6a4-2f0d9c1e8b57--
'''),
    ('de', 'lms-weekly-progress-report-mandatory-course', 'automated', (),
'''Return-Path: <bounce+dsg26.4821@mail.lernwelt-academy.de>
Received: from mail.lernwelt-academy.de (mail.lernwelt-academy.de [88.99.142.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QGT5d1NbXz2wCk
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 06:00:38 +0100 (CET)
From: Lernwelt Academy <noreply@lernwelt-academy.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?W=C3=B6chentlicher_Fortschrittsbericht:_Datenschutz-Grundlagen?=
 =?UTF-8?Q?_2026_(DSG-26)?=
Date: Mon, 09 Nov 2026 06:00:36 +0100
Message-ID: <report.weekly.dsg-26.20261109060036@lernwelt-academy.de>
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: OOF, AutoReply
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hallo Privacy Team,

hier ist der w=C3=B6chentliche Fortschrittsbericht f=C3=BCr den Pflichtkurs
=E2=80=9EDatenschutz-Grundlagen 2026=E2=80=9C (Kurs-ID DSG-26), den Sie als
Kursverantwortliche betreuen.

Stand: Montag, 9. November 2026, 06:00 Uhr

  Zugewiesen:            428
  Abgeschlossen:         301 (70 %)
  In Bearbeitung:         54
  Nicht begonnen:         73
  F=C3=A4lligkeitsdatum:     20.11.2026

Erinnerungen an Teilnehmende, die noch nicht begonnen haben, werden am
12.11. und am 18.11. automatisch versendet.

Vollst=C3=A4ndige Liste (CSV): https://shopexample.lernwelt-academy.de/repor=
ts/dsg-26

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf
diese E-Mail.
Lernwelt Academy GmbH, Hohenzollernring 72, 50672 K=C3=B6ln
'''),
    ('de', 'recruitment-agency-auto-acknowledgement', 'automated', (),
'''Return-Path: <>
Received: from mail.kessler-personal.de (mail.kessler-personal.de [85.13.150.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QG0wB3pFmz1vYt
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:15:52 +0100 (CET)
From: Kessler Personalberatung <bewerbung@kessler-personal.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Eingangsbest=C3=A4tigung:_L=C3=B6schung_von_Bewerberdaten_-?=
 =?UTF-8?Q?_Kandidat_M._Hoffmann?=
Date: Thu, 5 Nov 2026 10:15:50 +0100
Message-ID: <autoreply.KP-2026-11-0187@kessler-personal.de>
In-Reply-To: <PRV-2026-0437.1762333745.9015@shop.example.be>
References: <PRV-2026-0437.1762333745.9015@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Sie ist bei uns eingegangen und wird unter
der Vorgangsnummer KP-2026-11-0187 bearbeitet.

Wir bemühen uns, alle Anfragen innerhalb von zwei Werktagen zu beantworten.
Bewerbungsunterlagen, die per E-Mail eingehen, werden in unser
Bewerbermanagementsystem übernommen; Sie erhalten dazu eine gesonderte
Bestätigung.

Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.

Mit freundlichen Grüßen
Ihr Team der Kessler Personalberatung GmbH

Königsallee 58 · 40212 Düsseldorf
Geschäftsführer: Dr. Andreas Kessler · HRB 81234 Amtsgericht Düsseldorf
'''),
    ('de', 'person-employee-phone-reply-above-survey-invite-objects', 'objection', (),
'''Return-Path: <julia.schneider84@gmx.net>
Received: from mout.gmx.net (mout.gmx.net [212.227.17.21])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QGh9w4KrTz3xMp
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 21:14:09 +0100 (CET)
From: Julia Schneider <julia.schneider84@gmx.net>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?AW:_Ihre_Meinung_z=C3=A4hlt_=E2=80=93_Mitarbeiterbefragung_20?=
 =?utf-8?Q?26?=
Date: Mon, 9 Nov 2026 21:13:58 +0100
Message-Id: <6C2F9B1E-47A0-4D8E-9F35-B0E1C7A24D6F@gmx.net>
References: <inv.clima-2026.20417.1762671600@climasurvey.eu>
In-Reply-To: <inv.clima-2026.20417.1762671600@climasurvey.eu>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B83)

Guten Tag,

ich habe heute diese Einladung bekommen. Der Link ist pers=C3=B6nlich (meine=
 Personalnummer steht drin), und man muss Filiale, Abteilung und Altersgrup=
pe angeben. In der Filiale Eupen sind wir zu sechst, da wei=C3=9F jeder sof=
ort, wer was geschrieben hat. Anonym ist das nicht, auch wenn es oben so st=
eht.

Ich bin nicht damit einverstanden, dass meine Antworten mit meinem Namen od=
er meiner Personalnummer verkn=C3=BCpft ausgewertet werden, und widerspreche=
 dieser Verwendung. Mitmachen w=C3=BCrde ich gern, aber nur wirklich anonym=
. Bitte sagen Sie mir, wie das gel=C3=B6st wird.

Viele Gr=C3=BC=C3=9Fe
Julia Schneider
Filiale Eupen

Von meinem iPhone gesendet

> Am 09.11.2026 um 08:00 schrieb Shop Example - Mitarbeiterbefragung <survey=
@climasurvey.eu>:
>=20
> =EF=BB=BFHallo Julia,
>=20
> Ihre Meinung z=C3=A4hlt! Nehmen Sie sich bis zum 20. November 10 Minuten Z=
eit f=C3=BCr unsere Mitarbeiterbefragung 2026. Die Befragung ist anonym.
>=20
> Zur Befragung: https://climasurvey.eu/s/clima-2026/DE/20417-k7Qm
>=20
> Dieser Link ist nur f=C3=BCr Sie bestimmt. Bitte leiten Sie ihn nicht weit=
er.
>=20
> Ihr HR-Team
'''),
    ('es', 'hr-service-desk-ticket-acknowledgement', 'automated', (),
'''Return-Path: <bounces+soporte=nominaglobal.freshdesk.com@emailus.freshdesk.com>
Received: from mx-out-62.freshemail.io (mx-out-62.freshemail.io [18.203.118.62])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QFc6M2yWsz4vJn
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 12:48:19 +0100 (CET)
From: "Soporte Nomina Global" <soporte@nominaglobal.freshdesk.com>
Reply-To: soporte@nominaglobal.es
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Hemos_recibido_tu_solicitud:_Acuerdo_de_encargado_del_tratami?=
 =?UTF-8?Q?ento_-_Shop_Example_BV_[#48213]?=
Date: Tue, 03 Nov 2026 11:48:17 +0000
Message-ID: <ticket.48213.acknowledgement.1762170497@nominaglobal.freshdesk.com>
In-Reply-To: <PRV-2026-0415.1762170489.3318@shop.example.be>
References: <PRV-2026-0415.1762170489.3318@shop.example.be>
X-FD-Email: true
X-Freshdesk-Ticket-Id: 48213
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6747a2f1b8c3e_4d2a3f9e1c7b"

----==_mimepart_6747a2f1b8c3e_4d2a3f9e1c7b
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hola,

Gracias por escribirnos. Tu solicitud ha quedado registrada con el número
#48213 y un agente de nuestro equipo te responderá lo antes posible
(normalmente en 1-2 días laborables).

Asunto: Acuerdo de encargado del tratamiento - Shop Example BV
Prioridad: Normal
Estado: Abierto

Puedes consultar el estado de tu solicitud aquí:
https://soporte.nominaglobal.es/support/tickets/48213

Si quieres añadir información, responde a este correo sin cambiar el asunto.

Un saludo,
Equipo de Atención al Cliente
Nómina Global Servicios de RR. HH., S.L.

----==_mimepart_6747a2f1b8c3e_4d2a3f9e1c7b
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hola,</p>
<p>Gracias por escribirnos. Tu solicitud ha quedado registrada con el número
<b>#48213</b> y un agente de nuestro equipo te responderá lo antes posible
(normalmente en 1-2 días laborables).</p>
<p>Asunto: Acuerdo de encargado del tratamiento - Shop Example BV<br>
Prioridad: Normal<br>Estado: Abierto</p>
<p><a href="https://soporte.nominaglobal.es/support/tickets/48213">Ver el estado de tu solicitud</a></p>
<p>Un saludo,<br>Equipo de Atención al Cliente<br>Nómina Global Servicios de RR. HH., S.L.</p>
</div>

----==_mimepart_6747a2f1b8c3e_4d2a3f9e1c7b--
'''),
    ('es', 'assessment-platform-retention-notice', 'automated', (),
'''Return-Path: <notificaciones-bounce@evaluatalent.com>
Received: from smtp-a2.evaluatalent.com (smtp-a2.evaluatalent.com [34.243.9.120])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QGL0c5VrHz2tNw
        for <privacy@shop.example.be>; Sun,  8 Nov 2026 09:00:14 +0100 (CET)
From: Evalua Talent <notificaciones@evaluatalent.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Aviso_de_conservaci=C3=B3n:_14_informes_de_evaluaci=C3=B3n_se?=
 =?UTF-8?Q?_eliminar=C3=A1n_el_15/11/2026?=
Date: Sun, 08 Nov 2026 08:00:12 +0000
Message-ID: <retention.acc-3391.20261108080012@evaluatalent.com>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hola, administrador/a de Shop Example BV:

De acuerdo con la pol=C3=ADtica de conservaci=C3=B3n configurada en su cuen=
ta (12 meses desde la finalizaci=C3=B3n de la prueba), los siguientes datos=
 se eliminar=C3=A1n de forma definitiva el domingo 15 de noviembre de 2026:

- 14 informes de resultados de candidatos (procesos "Cajero/a - Bruselas" y=
 "Reponedor/a - Lieja")
- las grabaciones de las pruebas de v=C3=ADdeo asociadas
- las respuestas individuales a los cuestionarios de personalidad

Si necesita conservar alg=C3=BAn informe (por ejemplo, por una reclamaci=C3=
=B3n en curso), puede marcarlo como "Retenci=C3=B3n legal" antes de esa fec=
ha en Configuraci=C3=B3n > Privacidad > Conservaci=C3=B3n.

No tiene que hacer nada m=C3=A1s. Este mensaje se ha generado autom=C3=A1ti=
camente; no responda a esta direcci=C3=B3n.

Evalua Talent S.L. =C2=B7 Paseo de la Castellana 95, 28046 Madrid
'''),
    ('es', 'outlook-ooo-agency-recruiter-spanish', 'automated', (),
'''Return-Path: <pablo.navarro@talentoiberico.es>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2130.outbound.protection.outlook.com [40.107.13.130])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QFd2r1TmQz5wBx
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 13:31:05 +0100 (CET)
From: Pablo Navarro <pablo.navarro@talentoiberico.es>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?Q?Respuesta_autom=C3=A1tica:_Solicitud_de_supresi=C3=B3n_de_da?=
 =?utf-8?Q?tos_-_candidata_ref._2026-ES-0311?=
Thread-Topic: =?utf-8?Q?Solicitud_de_supresi=C3=B3n_de_datos_-_candidata_ref._2026-ES-0311?=
Thread-Index: AQHbLf3kW9o1bR7nT2pMz4cVx6sLeg==
Date: Tue, 3 Nov 2026 12:31:03 +0000
Message-ID: <HE1PR01MB9035F2A7C4E18B6D3A9E0F54C1B27@HE1PR01MB9035.eurprd01.prod.outlook.com>
In-Reply-To: <PRV-2026-0416.1762173055.7724@shop.example.be>
References: <PRV-2026-0416.1762173055.7724@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: es-ES
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hola:

Estaré fuera de la oficina del 2 al 13 de noviembre, con acceso limitado al
correo. Responderé a tu mensaje a mi vuelta.

Para cualquier tema urgente sobre procesos de selección, puedes contactar con
mi compañera Marta Gil (marta.gil@talentoiberico.es, +34 915 22 40 18).

Un saludo,
Pablo Navarro
Consultor de Selección | Talento Ibérico
'''),
    ('es', 'person-candidate-reply-above-interview-invite-asks-date', 'other', (),
'''Return-Path: <lucia.fernandez.o@hotmail.com>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05olkn2077.outbound.protection.outlook.com [40.92.89.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QG3kT0cHsz2vFq
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 10:57:21 +0100 (CET)
From: =?utf-8?Q?Luc=C3=ADa_Fern=C3=A1ndez_Ortega?= <lucia.fernandez.o@hotmail.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Tu entrevista para Dependiente/a - Tienda Bruselas Centro
Thread-Topic: Tu entrevista para Dependiente/a - Tienda Bruselas Centro
Thread-Index: AQHbMBn2cE5pR1wQ8tK3zLm0Yv7uXw==
Date: Fri, 6 Nov 2026 09:57:18 +0000
Message-ID: <PAWP192MB2143B7E0A1C94F2D8E6A3C05F1D4B@PAWP192MB2143.EURP192.PROD.OUTLOOK.COM>
References: <ats.interview.77130452.1762362720@careers.shop.example.be>
In-Reply-To: <ats.interview.77130452.1762362720@careers.shop.example.be>
Accept-Language: es-ES
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hola,

Os escribo porque he recibido este correo pero no veo la fecha de la entrevista, solo pone "pendiente de confirmar" y el enlace para elegir hora me da error. ¿Me podéis decir qué día y a qué hora sería? Por las mañanas tengo clase de neerlandés hasta las 12, por la tarde me va bien cualquier día.

Perdonad si este no es el correo correcto, es el único que aparece abajo.

Muchas gracias,
Lucía Fernández

Obtener Outlook para Android
________________________________
De: Shop Example Careers <no-reply@careers.shop.example.be>
Enviado: jueves, 5 de noviembre de 2026 18:12
Para: lucia.fernandez.o@hotmail.com <lucia.fernandez.o@hotmail.com>
Asunto: Tu entrevista para Dependiente/a - Tienda Bruselas Centro

Hola, Lucía:

¡Buenas noticias! Nos gustaría conocerte en una entrevista para el puesto de Dependiente/a en nuestra tienda de Bruselas Centro.

Fecha: pendiente de confirmar
Lugar: Rue Neuve 88, 1000 Bruselas

Elige el horario que mejor te venga aquí: https://careers.shop.example.be/schedule/9a71c2

Este mensaje se ha enviado automáticamente. Para preguntas sobre el tratamiento de tus datos personales: privacy@shop.example.be
'''),
    ('it', 'staff-survey-admin-daily-summary', 'automated', (),
'''Return-Path: <bounce-clima-2026@mail.climasurvey.eu>
Received: from mail.climasurvey.eu (mail.climasurvey.eu [93.186.254.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QHd3w2LpNz1tVk
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 08:05:11 +0100 (CET)
From: ClimaSurvey <no-reply@climasurvey.eu>
To: privacy@shop.example.be
Subject: [Clima 2026] Tasso di risposta al 38% - promemoria inviato ai partecipanti
Date: Thu, 12 Nov 2026 08:05:09 +0100
Message-ID: <summary.clima-2026.20261112080509@climasurvey.eu>
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Gentile amministratore,

ecco il riepilogo giornaliero del sondaggio "Clima 2026 - Shop Example BV".

Partecipanti invitati: 1.184
Risposte complete: 450 (38%)
Risposte parziali: 61
Chiusura del sondaggio: venerd=C3=AC 20 novembre 2026, ore 23:59

Oggi alle 08:00 =C3=A8 stato inviato automaticamente un promemoria ai 673
partecipanti che non hanno ancora risposto.

Riservatezza: i risultati per gruppo vengono mostrati solo se il gruppo
conta almeno 5 risposte.

Vai alla dashboard: https://app.climasurvey.eu/s/clima-2026

Ricevi questa e-mail perch=C3=A9 sei amministratore del sondaggio. Questo
messaggio =C3=A8 generato automaticamente, si prega di non rispondere.
'''),
    ('it', 'expense-tool-report-approved', 'automated', (),
'''Return-Path: <notifiche-bounce@spesefacili.com>
Received: from out-04.spesefacili.com (out-04.spesefacili.com [185.58.120.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QHB8n5XsGz3vLc
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 17:26:40 +0100 (CET)
From: SpeseFacili <notifiche@spesefacili.com>
To: Privacy Team <privacy@shop.example.be>
Subject: Nota spese NS-2026-0877 approvata
Date: Tue, 10 Nov 2026 17:26:38 +0100
Message-ID: <ns-2026-0877.approved.1762792000@spesefacili.com>
X-SpeseFacili-Event: report.approved
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ciao Privacy Team,

la tua nota spese è stata approvata.

Nota spese: NS-2026-0877
Descrizione: IAPP Data Protection Congress 2026 - Bruxelles (iscrizione + 2 cene di lavoro)
Importo: 1.245,00 EUR
Approvata da: Marc Wouters (Finance) il 10/11/2026
Centro di costo: 4120 - Legal & Privacy

Il rimborso sarà incluso nel prossimo ciclo di pagamento (25/11/2026).

Vedi i dettagli: https://app.spesefacili.com/report/NS-2026-0877

Hai ricevuto questa notifica perché sei il titolare della nota spese.
Puoi gestire le notifiche nelle impostazioni del tuo profilo.
SpeseFacili S.r.l. - P.IVA 10293840961
'''),
    ('it', 'localized-postfix-bounce-quota-temp-agency', 'automated', (),
'''Return-Path: <>
Received: from mx.lavoroplus.it (mx.lavoroplus.it [151.1.210.66])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QGn2F0dKvz4wTs
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 09:48:33 +0100 (CET)
Received: by mx.lavoroplus.it (Postfix)
        id 8E2D41A0C7; Tue, 10 Nov 2026 09:48:31 +0100 (CET)
Date: Tue, 10 Nov 2026 09:48:31 +0100 (CET)
From: MAILER-DAEMON@mx.lavoroplus.it (Sistema di posta)
Subject: Posta non recapitata restituita al mittente
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="8E2D41A0C7.1762764511/mx.lavoroplus.it"
Content-Transfer-Encoding: 8bit
Message-Id: <20261110084831.8E2D41A0C7@mx.lavoroplus.it>

This is a MIME-encapsulated message.

--8E2D41A0C7.1762764511/mx.lavoroplus.it
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Questo è il sistema di posta del server mx.lavoroplus.it.

Siamo spiacenti di informarLa che il Suo messaggio non è stato
recapitato a uno o più destinatari. Il messaggio originale è allegato.

Per ulteriore assistenza scriva a postmaster@lavoroplus.it,
includendo questo rapporto.

                   Il sistema di posta

<f.bianchi@lavoroplus.it>: delivery via private/dovecot-lmtp: 552 5.2.2
    <f.bianchi@lavoroplus.it> Quota exceeded (mailbox for user is full)

--8E2D41A0C7.1762764511/mx.lavoroplus.it
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.lavoroplus.it
X-Postfix-Queue-ID: 8E2D41A0C7
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 10 Nov 2026 09:48:29 +0100 (CET)

Final-Recipient: rfc822; f.bianchi@lavoroplus.it
Original-Recipient: rfc822;f.bianchi@lavoroplus.it
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; 552 5.2.2 <f.bianchi@lavoroplus.it> Quota exceeded
    (mailbox for user is full)

--8E2D41A0C7.1762764511/mx.lavoroplus.it
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [91.183.20.14])
	by mx.lavoroplus.it (Postfix) with ESMTPS id 8E2D41A0C7
	for <f.bianchi@lavoroplus.it>; Tue, 10 Nov 2026 09:48:29 +0100 (CET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Federica Bianchi <f.bianchi@lavoroplus.it>
Subject: Richiesta di accesso di un lavoratore somministrato (rif. PRV-2026-0447)
Date: Tue, 10 Nov 2026 09:48:27 +0100
Message-ID: <PRV-2026-0447.1762764507.1184@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--8E2D41A0C7.1762764511/mx.lavoroplus.it--
'''),
    ('it', 'person-forwards-gmail-bounce-complains-deletion-ignored', 'complaint', ('deletion',),
'''Return-Path: <giulia.russo.92@gmail.com>
Received: from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QGc7y3NbWz2xDr
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 12:31:56 +0100 (CET)
Received: by mail-wr1-f44.google.com with SMTP id ffacd0b85a97d-37d4a5ecc44so3319571f8f.2
        for <privacy@shop.example.be>; Mon, 09 Nov 2026 03:31:55 -0800 (PST)
MIME-Version: 1.0
References: <67fd3a21.5d0a0220.1c8e4b.a3f1.GMR@mx.google.com>
In-Reply-To: <67fd3a21.5d0a0220.1c8e4b.a3f1.GMR@mx.google.com>
From: Giulia Russo <giulia.russo.92@gmail.com>
Date: Mon, 9 Nov 2026 12:31:42 +0100
Message-ID: <CAJ7pQx2mF0vRz8LbT3kWn5cHy1sD9eGu4aXoK6iP2tN8qVbM3A@mail.gmail.com>
Subject: Fwd: Delivery Status Notification (Failure)
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Buongiorno,

il 2 ottobre ho scritto a selezione@shop.example.be per chiedere di cancella=
re la mia candidatura (Addetta vendite, Bruxelles) e tutti i miei dati. Mi =
=C3=A8 tornato indietro il messaggio che trovate qui sotto. Ho riprovato il=
 15 e il 28 ottobre: stessa cosa. L'indirizzo =C3=A8 quello indicato nel vo=
stro annuncio e nell'informativa privacy per i candidati.

Trovo inaccettabile che un'azienda indichi per l'esercizio dei diritti un i=
ndirizzo che non funziona. Sono passate pi=C3=B9 di cinque settimane.

Vi chiedo quindi di nuovo di cancellare il mio CV e tutti i dati della mia =
candidatura e di confermarmelo per iscritto. Se entro 15 giorni non ricevo =
risposta, presenter=C3=B2 reclamo all'Autorit=C3=A0 per la protezione dei d=
ati belga.

Giulia Russo

---------- Forwarded message ---------
Da: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: ven 2 ott 2026 alle ore 19:41
Subject: Delivery Status Notification (Failure)
To: <giulia.russo.92@gmail.com>


Indirizzo non trovato

Il tuo messaggio non =C3=A8 stato recapitato a selezione@shop.example.be per=
ch=C3=A9 l'indirizzo non =C3=A8 stato trovato oppure non pu=C3=B2 ricevere p=
osta.

La risposta del server remoto =C3=A8 stata:
550 5.1.1 <selezione@shop.example.be>: Recipient address rejected: User unk=
nown in virtual alias table

---------- Forwarded message ----------
From: Giulia Russo <giulia.russo.92@gmail.com>
To: selezione@shop.example.be
Cc:
Bcc:
Date: Fri, 02 Oct 2026 19:41:12 +0200
Subject: Cancellazione dati candidatura
-----
'''),
    ('pt', 'temp-agency-timesheet-approval-reminder', 'automated', (),
'''Return-Path: <nao-responder-bounces@templink.pt>
Received: from smtp2.templink.pt (smtp2.templink.pt [195.22.17.83])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QGQ1b6ZtPz3vWm
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 08:30:22 +0100 (CET)
From: TempLink - Portal de Clientes <nao-responder@templink.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Lembrete:_2_folhas_de_horas_aguardam_a_sua_aprova=C3=A7=C3=A3o_?=
 =?UTF-8?Q?(semana_45)?=
Date: Mon, 09 Nov 2026 07:30:20 +0000
Message-ID: <reminder.approvals.cli-7712.2026w45@templink.pt>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Olá, Equipa de Privacidade - Shop Example BV,

As seguintes folhas de horas estão pendentes de aprovação:

  Trabalhador temporário     Semana   Horas   Estado
  Inês M. (ref. 7712-04)     45       38,0    Submetida em 07/11/2026
  Rui C. (ref. 7712-09)      45       24,5    Submetida em 08/11/2026

Por favor aprove ou rejeite até terça-feira, 10/11/2026, às 12h00.
As folhas de horas que não forem aprovadas dentro do prazo são validadas
automaticamente com base nas horas submetidas.

Aprovar agora: https://portal.templink.pt/aprovacoes

Este email foi enviado automaticamente. Por favor não responda a esta mensagem.
TempLink Trabalho Temporário, S.A.
'''),
    ('pt', 'sieve-vacation-agency-recruiter', 'automated', (),
'''Return-Path: <>
Received: from mail.recrutalent.pt (mail.recrutalent.pt [94.46.251.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QFx5q1RmBz2tKn
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:58:44 +0100 (CET)
Date: Thu, 5 Nov 2026 10:58:42 +0000
From: Mariana Lopes <mariana.lopes@recrutalent.pt>
To: <privacy@shop.example.be>
Subject: Auto: Pedido de =?UTF-8?Q?elimina=C3=A7=C3=A3o?= de dados - candidata ref.
 RT-2026-5521
Message-ID: <dovecot-sieve-1762340322-418266-0@mail.recrutalent.pt>
In-Reply-To: <PRV-2026-0439.1762340318.5527@shop.example.be>
References: <PRV-2026-0439.1762340318.5527@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Mailer: Pigeonhole Sieve 0.5.19
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Olá,

Obrigada pela sua mensagem. Estou ausente em formação até segunda-feira,
9 de novembro, sem acesso regular ao email.

Para assuntos urgentes relacionados com processos de recrutamento, contacte
geral@recrutalent.pt ou ligue para +351 213 405 870.

Cumprimentos,
Mariana Lopes
Consultora de Recrutamento | RecruTalent
'''),
    ('pt', 'scheduler-interview-booked-ics-invite', 'automated', (),
'''Return-Path: <notificacoes-bounce@marcaja.com>
Received: from mta1.marcaja.com (mta1.marcaja.com [176.9.43.210])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QH06z4JdFz4xRp
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 10:15:07 +0100 (CET)
From: Marcaja <notificacoes@marcaja.com>
To: Equipa de Privacidade <privacy@shop.example.be>
Subject: Nova entrevista agendada: Rita Almeida - Analista de Privacidade (Bruxelas)
Date: Tue, 10 Nov 2026 09:15:03 +0000
Message-ID: <booking.5c1e90f2.1762766103@marcaja.com>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="mj-mixed-5c1e90f2"

--mj-mixed-5c1e90f2
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Olá,

Foi agendada uma nova entrevista através da sua página de marcações.

Candidata: Rita Almeida
Vaga: Analista de Privacidade (m/f/x) - Bruxelas
Data: quinta-feira, 19 de novembro de 2026
Hora: 14:00 - 14:45 (hora da Europa Central)
Local: Microsoft Teams (a ligação está no convite em anexo)
Entrevistadores: Equipa de Privacidade; Charlotte Maes (RH)

Para reagendar ou cancelar: https://marcaja.com/m/shopexample/r/5c1e90

Recebeu este email porque é anfitrião desta página de marcações.
Marcaja - agendamentos online

--mj-mixed-5c1e90f2
Content-Type: text/calendar; charset=UTF-8; method=REQUEST
Content-Transfer-Encoding: 8bit
Content-Disposition: attachment; filename="convite.ics"

BEGIN:VCALENDAR
PRODID:-//Marcaja//Agendamentos 3.2//PT
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:5c1e90f2-3b7a-4d1e-9f0c-2a6b8d4e7f11@marcaja.com
DTSTAMP:20261110T091503Z
DTSTART:20261119T130000Z
DTEND:20261119T134500Z
SUMMARY:Entrevista: Rita Almeida - Analista de Privacidade
ORGANIZER;CN=Marcaja:mailto:notificacoes@marcaja.com
ATTENDEE;CN=Equipa de Privacidade;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pr
 ivacy@shop.example.be
ATTENDEE;CN=Charlotte Maes;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:charlotte
 .maes@shop.example.be
ATTENDEE;CN=Rita Almeida;ROLE=REQ-PARTICIPANT:mailto:rita.almeida@sapo.pt
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR

--mj-mixed-5c1e90f2--
'''),
    ('pt', 'person-candidate-reply-above-recruiter-ooo-correct-name', 'correction', (),
'''Return-Path: <ana.c.ferreira@sapo.pt>
Received: from relay4.ptmail.sapo.pt (relay4.ptmail.sapo.pt [212.55.154.24])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QFy0n3WqLz1wXs
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 12:09:37 +0100 (CET)
Date: Thu, 05 Nov 2026 11:09:31 +0000
From: =?UTF-8?Q?Ana_Concei=C3=A7=C3=A3o_Ferreira?= <ana.c.ferreira@sapo.pt>
To: privacy@shop.example.be
Subject: Re: Auto: Candidatura Assistente de Loja - Bruxelas
Message-ID: <2f7d1c9e-8a4b-4e36-b0d2-71c5e9a3f084@email.android.com>
In-Reply-To: <dovecot-sieve-1762339662-417902-0@mail.recrutalent.pt>
References: <dovecot-sieve-1762339662-417902-0@mail.recrutalent.pt>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bom dia,

Escrevo-vos diretamente porque a consultora da RecruTalent está ausente (resposta automática abaixo) e o vosso endereço aparece na informação sobre privacidade do formulário de candidatura.

No vosso portal de candidaturas o meu nome ficou registado como "Ana Conceicao Fereira" e o número de telemóvel tem dois dígitos trocados (912 334 108 em vez de 912 343 108). Peço que corrijam para:

Nome: Ana Conceição Ferreira
Telemóvel: +351 912 343 108

Os emails que recebo vêm com o nome errado e tenho receio de que não me consigam contactar para a entrevista.

Obrigada,
Ana Conceição Ferreira

Enviado do meu smartphone Samsung Galaxy.

-------- Mensagem original --------
De: Mariana Lopes <mariana.lopes@recrutalent.pt>
Data: 05/11/2026 10:47 (GMT+00:00)
Para: Ana Conceição Ferreira <ana.c.ferreira@sapo.pt>
Assunto: Auto: Candidatura Assistente de Loja - Bruxelas

Olá,

Obrigada pela sua mensagem. Estou ausente em formação até segunda-feira,
9 de novembro, sem acesso regular ao email.

Para assuntos urgentes relacionados com processos de recrutamento, contacte
geral@recrutalent.pt ou ligue para +351 213 405 870.

Cumprimentos,
Mariana Lopes
Consultora de Recrutamento | RecruTalent
'''),
]
