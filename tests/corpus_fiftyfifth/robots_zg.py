"""Fifty-fifth set, robot mail of archives, retention, purge and reactivation systems, plus people writing above it (14 languages). Written apart from the code."""

ROBOTS = [
    # ------------------------------------------------------------------ en
    ('en', 'veeam-surebackup-restore-test-warning', 'automated', (),
'''Return-Path: <veeam-noreply@shop.example.be>
Received: from vbr01.corp.shop.example.be (vbr01.corp.shop.example.be [10.20.4.15])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Q7bK21ZfRz9tXn
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 06:14:38 +0100 (CET)
From: "Veeam Backup & Replication" <veeam-noreply@shop.example.be>
To: it-ops@shop.example.be, privacy@shop.example.be
Subject: [Warning] Restore test - CRM and loyalty DB (2 machines)
Date: Mon, 2 Nov 2026 06:14:36 +0100
Message-ID: <e81c04b2f7a94d6b9d2c1a0f35e7b6c1@vbr01.corp.shop.example.be>
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Veeam Backup & Replication 12.1

<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma;font-size:12px;">
<table cellspacing="0" cellpadding="2" border="0" width="100%" style="border:1px solid #a7a9ac;border-collapse:collapse;">
<tr><td colspan="6" style="background-color:#ffd96c;font-size:16px;padding:5px;"><b>SureBackup job: Restore test - CRM and loyalty DB</b><br><span style="font-size:12px;">Warning</span><br><span style="font-size:12px;">2 of 2 VMs processed</span></td></tr>
<tr><td colspan="6"><b>Monday, 2 November 2026 05:30:04</b></td></tr>
<tr><td><b>Virtual lab</b></td><td>VLAB-ISOLATED-01</td><td><b>Success</b></td><td>1</td><td><b>Start time</b></td><td>05:30:04</td></tr>
<tr><td><b>Application group</b></td><td>AG-CRM-LOYALTY</td><td><b>Warning</b></td><td>1</td><td><b>End time</b></td><td>06:14:21</td></tr>
<tr><td><b>Restore point</b></td><td>Sunday, 1 November 2026 22:00:11 (job "Daily - Customer databases")</td><td><b>Error</b></td><td>0</td><td><b>Duration</b></td><td>0:44:17</td></tr>
</table>
<br>
<table cellspacing="0" cellpadding="2" border="1" width="100%" style="border-collapse:collapse;border-color:#a7a9ac;">
<tr style="background-color:#e3e3e3;"><td><b>Name</b></td><td><b>Status</b></td><td><b>Boot</b></td><td><b>Heartbeat</b></td><td><b>Ping</b></td><td><b>Script</b></td><td><b>Details</b></td></tr>
<tr><td>CRM-SQL01</td><td style="color:#00b050;">Success</td><td>0:03:12</td><td>Passed</td><td>Passed</td><td>Passed</td><td>verify_sql.ps1: 14 of 14 databases online, consistency check OK</td></tr>
<tr><td>LOYALTY-PG02</td><td style="color:#e3ac00;">Warning</td><td>0:04:40</td><td>Passed</td><td>Passed</td><td>Failed</td><td>verify_erasure_log.ps1 exited with code 1: 3 customer IDs from the erasure log (erased 2026-10-27 to 2026-10-30) are still present in the restored copy. IDs written to the script log on vbr01.</td></tr>
</table>
<br>
<div style="font-size:11px;color:#626365;">Veeam Backup &amp; Replication 12.1.2.172</div>
</body>
</html>
'''),

    ('en', 'postfix-dsn-old-isp-address-closed', 'automated', (),
'''Return-Path: <>
Received: by mx-out1.shop.example.be (Postfix)
        id 7D1A22C0463; Tue,  3 Nov 2026 10:02:51 +0100 (CET)
Date: Tue,  3 Nov 2026 10:02:51 +0100 (CET)
From: MAILER-DAEMON@mx-out1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="7D1A22C0463.1793955771/mx-out1.shop.example.be"
Content-Transfer-Encoding: 7bit
Message-Id: <20261103090251.7D1A22C0463@mx-out1.shop.example.be>

This is a MIME-encapsulated message.

--7D1A22C0463.1793955771/mx-out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx-out1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.whitfield@ntlworld.com>: host mx1.ntlworld.com[203.0.113.41] said: 550
    5.1.1 <m.whitfield@ntlworld.com>: Recipient address rejected: mailbox
    closed (in reply to RCPT TO command)

--7D1A22C0463.1793955771/mx-out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out1.shop.example.be
X-Postfix-Queue-ID: 7D1A22C0463
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue,  3 Nov 2026 10:02:49 +0100 (CET)

Final-Recipient: rfc822; m.whitfield@ntlworld.com
Original-Recipient: rfc822;m.whitfield@ntlworld.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.ntlworld.com
Diagnostic-Code: smtp; 550 5.1.1 <m.whitfield@ntlworld.com>: Recipient address
    rejected: mailbox closed

--7D1A22C0463.1793955771/mx-out1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from dsr01.corp.shop.example.be (dsr01.corp.shop.example.be [10.20.6.44])
        by mx-out1.shop.example.be (Postfix) with ESMTP id 7D1A22C0463
        for <m.whitfield@ntlworld.com>; Tue,  3 Nov 2026 10:02:49 +0100 (CET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Martin Whitfield <m.whitfield@ntlworld.com>
Subject: Your request for a copy of your personal data (ref. DSR-2026-1207)
Date: Tue, 3 Nov 2026 10:02:48 +0100
Message-ID: <dsr-2026-1207.2.1793955768@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear Mr Whitfield,

Thank you for your request of 30 October 2026 for a copy of the personal
data we hold about you.

Before we can send you this information we need to make sure that we are
sending it to the right person. Please reply to this e-mail from the
e-mail address linked to your customer account, or log in to your account
and confirm the request under "My privacy".

Kind regards,

Privacy Team
Shop Example BV

--7D1A22C0463.1793955771/mx-out1.shop.example.be--
'''),

    ('en', 'retention-manager-scheduled-purge-report', 'automated', (),
'''Return-Path: <retention-noreply@shop.example.be>
Received: from ret01.corp.shop.example.be (ret01.corp.shop.example.be [10.20.6.52])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Q6vR00kPqz9tWd
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 03:47:44 +0100 (CET)
From: RetentionManager <retention-noreply@shop.example.be>
To: privacy@shop.example.be, dataops@shop.example.be
Subject: [RetentionManager] Run RM-20261101-0200 completed with 2 exceptions
Date: Sun, 01 Nov 2026 03:47:42 +0100
Message-ID: <RM-20261101-0200.report@ret01.corp.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All

RetentionManager - scheduled run report
=======================================

Run ID     : RM-20261101-0200
Schedule   : weekly (Sun 02:00)
Mode       : EXECUTE
Started    : 2026-11-01 02:00:03 CET
Finished   : 2026-11-01 03:47:41 CET
Result     : COMPLETED WITH EXCEPTIONS (2)

Policy       Dataset                      Rule                         Eligible      Purged  Anonymised   Held  Failed
-----------  ---------------------------  ---------------------------  --------  ----------  ----------  -----  ------
POL-ORD-07   orders.order_header          7 y after invoice date         18 204           0      18 113     91       0
POL-CS-36    support.tickets              36 m after ticket closed        6 482       6 470           0     12       0
POL-MKT-24   marketing.contact_events     24 m after event            1 204 377   1 204 377           0      0       0
POL-CCTV-30  stores.cctv_footage          30 d after recording            2 911       2 911           0      0       0
POL-APP-13   app.push_tokens              13 m without app session       41 022      40 990           0      0      32
POL-REC-6    hr.job_applications          6 m after decision                148           0           0      0     148

Exceptions
----------
1. POL-APP-13: 32 tokens could not be revoked at the push provider
   (HTTP 503 Service Unavailable). Tokens stay flagged and will be retried
   at the next run.
2. POL-REC-6: purge aborted. Table hr.job_applications locked by backup
   job "Daily - HR" (lock timeout 600 s). 148 records remain past their
   retention date. If the next run fails again, manual action is required.

Held records (legal hold or restriction flag) are not touched. The list of
held records per policy is available in the dashboard:
https://retention.corp.shop.example.be/runs/RM-20261101-0200

Next scheduled run: 2026-11-08 02:00 CET

--
This message was generated automatically by RetentionManager 3.4.1.
Replies to this address are not read.
'''),

    ('en', 'esp-winback-campaign-7-day-report', 'automated', (),
'''Return-Path: <bounce-rpt-8841273@mail.sendwell-mail.com>
Received: from o7.mail.sendwell-mail.com (o7.mail.sendwell-mail.com [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8N2m3xHvz9tZk
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 09:01:26 +0100 (CET)
From: Sendwell Reports <reports@sendwell-mail.com>
To: privacy@shop.example.be
Subject: Campaign report: "Winback Q4 - We miss you (NL/FR/EN)" - 7 days after sending
Date: Thu, 05 Nov 2026 08:01:22 +0000
Message-ID: <rpt.d7.8841273.1794042082@sendwell-mail.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_sw_b7c1f0e2a9d44c8f"
Auto-Submitted: auto-generated
Precedence: bulk
X-SW-Notification-Type: campaign_report_d7
List-Unsubscribe: <https://app.sendwell-mail.com/account/notifications?u=5512&off=campaign_report>

--=_sw_b7c1f0e2a9d44c8f
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hi Shop Example team,

Here is the 7-day report for your campaign "Winback Q4 - We miss you
(NL/FR/EN)", sent on Thursday 29 October 2026 at 09:00 CET to the segment
"Dormant 24-36 months - opted in".

Recipients               48,210
Delivered                45,392   (94.2%)
Hard bounces              2,611   (5.4%)   contacts set to "bounced"
Soft bounces                207
Unique opens             11,904   (26.2%)
Unique clicks             2,388   (5.3%)
Unsubscribes              1,904   (4.2%)
Spam complaints              37   (0.08%)
Tracked orders              812   EUR 41,377.60

Top hard-bounce domains: skynet.be (884), hotmail.com (402), telenet.be (311),
scarlet.be (190), yahoo.fr (143)

Heads up: your spam complaint rate (0.08%) is above the recommended maximum
of 0.05%. Sending to contacts that have not engaged for a long time often
causes complaints. Consider re-confirming consent before mailing this
segment again.

View the full report:
https://app.sendwell-mail.com/reports/c/8841273

You receive this e-mail because you are a report recipient for the account
"Shop Example BV". Manage notifications:
https://app.sendwell-mail.com/account/notifications

--=_sw_b7c1f0e2a9d44c8f
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<p>Hi Shop Example team,</p>
<p>Here is the 7-day report for your campaign <b>Winback Q4 - We miss you (NL/FR/EN)</b>, sent on Thursday 29 October 2026 at 09:00 CET to the segment <i>Dormant 24-36 months - opted in</i>.</p>
<table cellpadding="4" style="border-collapse:collapse;">
<tr><td>Recipients</td><td align="right">48,210</td></tr>
<tr><td>Delivered</td><td align="right">45,392 (94.2%)</td></tr>
<tr><td>Hard bounces</td><td align="right">2,611 (5.4%)</td></tr>
<tr><td>Unique opens</td><td align="right">11,904 (26.2%)</td></tr>
<tr><td>Unique clicks</td><td align="right">2,388 (5.3%)</td></tr>
<tr><td>Unsubscribes</td><td align="right">1,904 (4.2%)</td></tr>
<tr><td style="color:#c0392b;">Spam complaints</td><td align="right" style="color:#c0392b;">37 (0.08%)</td></tr>
<tr><td>Tracked orders</td><td align="right">812 - EUR 41,377.60</td></tr>
</table>
<p style="color:#c0392b;">Heads up: your spam complaint rate is above the recommended maximum of 0.05%.</p>
<p><a href="https://app.sendwell-mail.com/reports/c/8841273">View the full report</a></p>
<p style="font-size:11px;color:#888;">You receive this e-mail because you are a report recipient for the account "Shop Example BV". <a href="https://app.sendwell-mail.com/account/notifications">Manage notifications</a></p>
</body></html>

--=_sw_b7c1f0e2a9d44c8f--
'''),

    ('en', 'person-reply-above-winback-voucher-question', 'other', (),
'''Return-Path: <olly.bramley@gmail.com>
Received: from mail-wm1-f49.google.com (mail-wm1-f49.google.com [209.85.128.49])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7G9s1bTnz9tVq
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 09:47:23 +0100 (CET)
From: Olly Bramley <olly.bramley@gmail.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?Re:_Oliver,_we_miss_you!_=E2=82=AC10_off_your_next_order?=
Date: Fri, 30 Oct 2026 09:47:19 +0100
Message-Id: <6C1E9A7F-3B2D-4F0A-9E51-2D7C8B4A1F03@gmail.com>
References: <20261029080012.winback.8841273.55120@em.shop.example.be>
In-Reply-To: <20261029080012.winback.8841273.55120@em.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

Hi,

Couldn=E2=80=99t find a normal contact address at the bottom of this, so tr=
ying this one.

Tried the code this morning and checkout says =E2=80=9CThis code is not val=
id for your account=E2=80=9D. Basket was =E2=82=AC46 so over the =E2=82=AC3=
5 minimum. Is it app only or have I missed something? Would be a shame to l=
et it go to waste, it runs out Sunday.

Cheers,
Olly

Sent from my iPhone

> On 29 Oct 2026, at 09:00, Shop Example <hello@em.shop.example.be> wrote:
>=20
> Oliver, it=E2=80=99s been a while!
>=20
> We haven=E2=80=99t seen you since spring 2024 and a lot has changed. Here=
=E2=80=99s =E2=82=AC10 off your next order of =E2=82=AC35 or more:
>=20
> WEBACK10
> Valid until Sunday 1 November 2026.
>=20
> Shop now <https://www.shop.example.be/?utm_campaign=3Dwinback-q4>
>=20
> You=E2=80=99re receiving this e-mail because you subscribed to our newsle=
tter. Unsubscribe <https://em.shop.example.be/u/8841273/55120>
> Questions about your personal data? privacy@shop.example.be
'''),

    # ------------------------------------------------------------------ nl
    ('nl', 'crm-deduplication-weekly-report', 'automated', (),
'''Return-Path: <crm-noreply@shop.example.be>
Received: from crm-app02.corp.shop.example.be (crm-app02.corp.shop.example.be [10.20.6.31])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Q6zT45cLbz9tWm
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 07:05:12 +0100 (CET)
From: CRM Datakwaliteit <crm-noreply@shop.example.be>
To: privacy@shop.example.be, crm-beheer@shop.example.be
Subject: =?utf-8?Q?Ontdubbelingsrapport_klantenbestand_week_44_=E2=80=93_318_?=
 =?utf-8?Q?kandidaat-dubbels?=
Date: Mon, 2 Nov 2026 07:05:10 +0100
Message-ID: <dq-dup-2026-44.1793944310@crm-app02.corp.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

Ontdubbelingsrapport klantenbestand =E2=80=93 week 44 (26/10/2026 =E2=80=93=
 01/11/2026)

Dit rapport wordt automatisch aangemaakt door de datakwaliteitsmodule van
het CRM. Gelieve niet op dit bericht te antwoorden.

Gecontroleerde profielen ............................ 1.962.418
Nieuwe kandidaat-dubbels ............................       318
  automatisch samengevoegd (score =E2=89=A5 0,95) ..........       214
  in wachtrij voor controle (0,80 =E2=80=93 0,95) .........        98
  geblokkeerd, niet samengevoegd ....................         6

De 6 geblokkeerde kandidaten bevatten minstens =C3=A9=C3=A9n profiel met ee=
n lopend
verzoek van een betrokkene of een actieve verwerkingsbeperking. Die worden
nooit automatisch samengevoegd en moeten door het privacyteam manueel
beoordeeld worden:

  DUP-2026-44-0017   K1048822 / K2217305   lopend verzoek DSR-2026-1177
  DUP-2026-44-0052   K0339120 / K3002114   beperking actief sinds 14/10/20=
26
  DUP-2026-44-0088   K2650017 / K2650341   lopend verzoek DSR-2026-1190
  DUP-2026-44-0131   K0012946 / K3120875   beperking actief sinds 21/09/20=
26
  DUP-2026-44-0206   K1877310 / K1877402   juridische bewaring (dossier 26=
/044)
  DUP-2026-44-0297   K2904416 / K3187559   lopend verzoek DSR-2026-1203

Overige meldingen
  - 2.406 e-mailadressen gemarkeerd als ongeldig (meer dan 2 hard bounces)
  - 71 profielen met een geboortedatum in de toekomst of v=C3=B3=C3=B3r 1900
  - 1.139 postadressen verbeterd via adresvalidatie

Wachtrij bekijken:
https://crm.corp.shop.example.be/dq/duplicates?week=3D2026-44

--=20
CRM Datakwaliteit (automatisch bericht)
'''),

    ('nl', 'loyalty-points-expiry-batch-result', 'automated', (),
'''Return-Path: <loyalty-batch@shop.example.be>
Received: from loy-job01.corp.shop.example.be (loy-job01.corp.shop.example.be [10.20.7.12])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Q6vY83JrDz9tWf
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 00:42:03 +0100 (CET)
From: Loyalty Batch <loyalty-batch@shop.example.be>
To: loyalty-team@shop.example.be
Cc: privacy@shop.example.be
Subject: [OK] LOY_EXPIRE_POINTS - verval punten per 31/10/2026 afgerond
Date: Sun, 1 Nov 2026 00:42:01 +0100
Message-ID: <LOY_EXPIRE_POINTS.20261101.004201@loy-job01.corp.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk

Job          : LOY_EXPIRE_POINTS
Peildatum    : 31/10/2026 23:59:59
Start        : 01/11/2026 00:30:02
Einde        : 01/11/2026 00:41:57
Status       : OK (0 fouten, 2 waarschuwingen)

Kaarten verwerkt                         :    412.903
Kaarten met vervallen punten             :     58.117
Totaal vervallen punten                  :  9.874.220
Kaarten overgeslagen                     :        143
   - kaart geblokkeerd                   :         61
   - houder overleden (status DEC)       :         47
   - verwerkingsbeperking actief         :         35
Notificaties in wachtrij (e-mail)        :     51.006   verzending 02/11/2026 09:00
Notificaties in wachtrij (app push)      :     12.877   verzending 02/11/2026 09:00
Geen notificatie (geen toestemming)      :      6.968

Waarschuwingen
W01  1.204 kaarten zonder geldig e-mailadres; geen notificatie aangemaakt.
W02  Kaarten met status DEC hebben nog een openstaand puntensaldo
     (47 kaarten, 31.440 punten). Opvolging door klantendienst/privacy.

Logbestand: /var/log/loyalty/LOY_EXPIRE_POINTS_20261101.log

Automatisch bericht van de loyalty-batchserver. Niet beantwoorden.
'''),

    ('nl', 'dormant-account-deactivation-batch-csv', 'automated', (),
'''Return-Path: <accounts-noreply@shop.example.be>
Received: from acc-batch01.corp.shop.example.be (acc-batch01.corp.shop.example.be [10.20.7.18])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Q7pX63mKcz9tXb
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 04:11:47 +0100 (CET)
From: "Accountbeheer (automatisch)" <accounts-noreply@shop.example.be>
To: privacy@shop.example.be
Subject: Deactivatie slapende klantaccounts - run 02/11/2026 - samenvatting
Date: Mon, 2 Nov 2026 04:11:45 +0100
Message-ID: <deact-20261102-0400.summary@acc-batch01.corp.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_118203_1449031127.1793934705"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

------=_Part_118203_1449031127.1793934705
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Samenvatting deactivatierun 02/11/2026 04:00

Criterium: geen aanmelding en geen aankoop sinds meer dan 36 maanden,
waarschuwingsmail verstuurd op 01/10/2026 (30 dagen termijn).

Accounts in scope                 1.418
Gereactiveerd na waarschuwing        97   (aangemeld voor 01/11/2026)
Gedeactiveerd                     1.284
Overgeslagen                         37
  - openstaande bestelling           12
  - openstaande retour                3
  - juridische bewaring               4
  - verwerkingsbeperking actief      18

Gedeactiveerde accounts worden op 02/02/2027 geanonimiseerd, tenzij de
klant zich voordien opnieuw aanmeldt. Facturen blijven bewaard volgens de
boekhoudkundige bewaartermijn.

In bijlage: lijst van overgeslagen accounts met reden.

Dit is een automatisch bericht.

------=_Part_118203_1449031127.1793934705
Content-Type: text/csv; charset=utf-8; name="overgeslagen_20261102.csv"
Content-Transfer-Encoding: 8bit
Content-Disposition: attachment; filename="overgeslagen_20261102.csv"

klant_id;laatste_aanmelding;reden;referentie
K0118420;2023-06-14;OPEN_ORDER;B-2026-0991402
K0291177;2023-02-02;OPEN_ORDER;B-2026-0987715
K0402215;2022-11-30;LEGAL_HOLD;26/044
K0550873;2023-08-19;RESTRICTION;DSR-2026-1061
K0631004;2023-04-07;OPEN_RETURN;R-2026-118730
K0774123;2023-09-25;RESTRICTION;DSR-2026-1102
K0812290;2023-01-11;LEGAL_HOLD;26/031

------=_Part_118203_1449031127.1793934705--
'''),

    ('nl', 'person-forwards-we-miss-you-after-unsubscribe-2019', 'complaint', ('withdraw_consent',),
'''Return-Path: <griet.vdb@telenet.be>
Received: from cmgw-3.telenet-ops.be (cmgw-3.telenet-ops.be [203.0.113.83])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7Cc11wWpz9tVf
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 18:22:40 +0100 (CET)
From: Griet Vandenbussche <griet.vdb@telenet.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: FW: Griet, we missen je! 15% op je volgende aankoop
Date: Wed, 28 Oct 2026 18:22:36 +0100
Message-ID: <000f01dd46f2$8a3c1e20$9eb45a60$@telenet.be>
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHdRvKKPB4gnrRaYIe2Jq0Xc1m3Tw==
Content-Language: nl-be
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Goedenavond,

Ik heb mij in 2019 uitgeschreven voor jullie nieuwsbrief, en dat werd toen=
 ook netjes bevestigd. Vanwaar dan plots de mail hieronder? Ik heb nooit op=
nieuw toestemming gegeven. Ik vind het eerlijk gezegd niet kunnen dat een u=
itschrijving na zeven jaar zomaar "vergeten" wordt.

Stop hiermee en haal mijn adres van al jullie mailinglijsten, en deze keer =
definitief graag.

Griet Vandenbussche

________________________________
Van: Shop Example <nieuws@em.shop.example.be>
Verzonden: woensdag 28 oktober 2026 10:03
Aan: griet.vdb@telenet.be <griet.vdb@telenet.be>
Onderwerp: Griet, we missen je! 15% op je volgende aankoop

Dag Griet,

Het is alweer even geleden dat we je zagen! Daarom krijg je van ons 15% kor=
ting op je volgende aankoop, online of in een van onze winkels.

Gebruik code TERUG15 bij het afrekenen. Geldig tot en met 15 november 2026=
.

Shop nu<https://www.shop.example.be/nl/?utm_campaign=3Dwinback-q4>

Je ontvangt deze e-mail omdat je ingeschreven bent op onze nieuwsbrief. Uit=
schrijven<https://em.shop.example.be/u/8841273/90213>
Shop Example BV - Vragen over je gegevens? privacy@shop.example.be
'''),

    ('nl', 'person-reply-above-points-expiry-what-do-you-keep', 'access', (),
'''Return-Path: <marc.desmedt@skynet.be>
Received: from smtp.skynet.be (smtp-out2.skynet.be [203.0.113.20])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7Lm85HdQz9tVx
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 20:14:09 +0100 (CET)
From: Marc De Smedt <marc.desmedt@skynet.be>
To: privacy@shop.example.be
Subject: Re: Uw 1.240 punten vervallen op 31 oktober
Date: Thu, 29 Oct 2026 20:14:02 +0100
Message-ID: <9a41c2e0-77b3-4c1e-b0d5-2f8e61c3a7d4@skynet.be>
In-Reply-To: <loy-expiry-notice.20261026.2049118733@em.shop.example.be>
References: <loy-expiry-notice.20261026.2049118733@em.shop.example.be>
User-Agent: Mozilla Thunderbird
Content-Language: nl
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Goeiedag,

Die punten mogen gerust vervallen, ik koop al jaren niets meer bij u.
Maar die mail doet mij wel iets afvragen: wat houdt u eigenlijk nog
allemaal bij over mij? Mijn aankopen van tien jaar geleden? Mijn adres,
mijn geboortedatum? Ik zou graag een overzicht krijgen van alle gegevens
die u over mij bewaart, waar u ze vandaan hebt en hoelang u ze nog denkt
te houden.

Met vriendelijke groeten,
Marc De Smedt
klantenkaart 2049 1187 3302


Op 26/10/2026 om 10:00 schreef Shop Example Klantenkaart:
> Beste Marc,
>
> Op 31 oktober 2026 vervallen 1.240 punten op uw klantenkaart
> (eindigend op 3302). Dat is 12,40 EUR aan korting!
>
> Gebruik ze nog snel online of in een van onze winkels.
>
> Uw puntensaldo bekijken: https://www.shop.example.be/nl/mijn-kaart
>
> Dit is een automatisch bericht, u kunt er niet op antwoorden.
'''),

    # ------------------------------------------------------------------ fr
    ('fr', 'exchange-online-ooo-processor-dpo', 'automated', (),
'''Return-Path: <s.dubois@logistique-sambre.be>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8c1N0Fv2z9tYb
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 14:07:55 +0100 (CET)
Received: from AM0PR02MB5476.eurprd02.prod.outlook.com (2603:10a6:208:15a::18)
 by DB9PR02MB7193.eurprd02.prod.outlook.com with HTTPS; Tue, 3 Nov 2026
 13:07:53 +0000
From: Sophie Dubois <s.dubois@logistique-sambre.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?R=C3=A9ponse_automatique=C2=A0:_Demande_d'effacement_=E2=80=93?=
 =?utf-8?Q?_transmission_au_sous-traitant_(r=C3=A9f._DSR-2026-1184)?=
Thread-Topic: =?utf-8?Q?Demande_d'effacement_=E2=80=93_transmission_au_sous-traitan?=
 =?utf-8?Q?t_(r=C3=A9f._DSR-2026-1184)?=
Thread-Index: AQHdTYB3n8qLr0m2T0yQ1b7bIu9H3A==
Date: Tue, 3 Nov 2026 13:07:52 +0000
Message-ID: <c3f0a8b1d2e64f7a9b5c@AM0PR02MB5476.eurprd02.prod.outlook.com>
In-Reply-To: <dsr-2026-1184.proc.1793970412@shop.example.be>
References: <dsr-2026-1184.proc.1793970412@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: s.dubois@logistique-sambre.be
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-generated-message-source: Mailbox Rules Agent
Content-Language: fr-FR
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Bonjour,

Je suis absente du bureau jusqu'au lundi 9 novembre 2026 inclus, sans acc=
=C3=A8s =C3=A0 ma messagerie. Votre message ne sera pas transf=C3=A9r=C3=A9=
.

Pour toute question urgente relative =C3=A0 la protection des donn=C3=A9es=
, vous pouvez contacter mon coll=C3=A8gue Thomas Renard (t.renard@logistiq=
ue-sambre.be, +32 71 55 02 18).

Bien =C3=A0 vous,

Sophie Dubois
D=C3=A9l=C3=A9gu=C3=A9e =C3=A0 la protection des donn=C3=A9es
Logistique Sambre SA =E2=80=93 Rue de la Station 112, 6010 Couillet
'''),

    ('fr', 'isp-dsn-mailbox-closed-for-inactivity', 'automated', (),
'''Return-Path: <>
Received: from mx-bounce.ardennes-net.be (mx-bounce.ardennes-net.be [203.0.113.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8t6Y2sRkz9tZd
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:20:09 +0100 (CET)
From: Service de messagerie ardennes-net <MAILER-DAEMON@ardennes-net.be>
To: privacy@shop.example.be
Subject: =?utf-8?Q?=C3=89chec_de_remise_du_message_/_Delivery_failure?=
Date: Wed, 4 Nov 2026 11:20:07 +0100
Message-ID: <dsn.8f31c0a2e5.20261104112007@mta-store2.ardennes-net.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="=_ardnet_dsn_5e0c11f2a7"

--=_ardnet_dsn_5e0c11f2a7
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ceci est un message automatique du service de messagerie ardennes-net.be.

Votre message n'a pas pu =C3=AAtre remis au destinataire suivant :

    jl.masson@ardennes-net.be

Motif : cette bo=C3=AEte aux lettres a =C3=A9t=C3=A9 ferm=C3=A9e le 30/06/=
2026 pour cause d'inactivit=C3=A9 prolong=C3=A9e (aucune connexion depuis =
plus de 12 mois), conform=C3=A9ment =C3=A0 nos conditions g=C3=A9n=C3=A9ra=
les. L'adresse n'est plus active et ne peut plus recevoir de messages.

Merci de ne pas r=C3=A9pondre =C3=A0 ce message.

---

This is an automatic message from the ardennes-net.be mail service.
Your message could not be delivered to jl.masson@ardennes-net.be: the
mailbox was closed on 30/06/2026 because of prolonged inactivity.

--=_ardnet_dsn_5e0c11f2a7
Content-Type: message/delivery-status

Reporting-MTA: dns; mta-store2.ardennes-net.be
Arrival-Date: Wed, 4 Nov 2026 11:20:06 +0100

Final-Recipient: rfc822; jl.masson@ardennes-net.be
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 Mailbox disabled: account closed for
    inactivity

--=_ardnet_dsn_5e0c11f2a7
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mx-out1.shop.example.be (mx-out1.shop.example.be [192.0.2.25])
        by mx.ardennes-net.be with ESMTPS id 8f31c0a2e5
        for <jl.masson@ardennes-net.be>; Wed, 4 Nov 2026 11:20:06 +0100
From: =?utf-8?Q?Shop_Example_=E2=80=93_Protection_des_donn=C3=A9es?= <privacy@shop.example.be>
To: Jean-Luc Masson <jl.masson@ardennes-net.be>
Subject: =?utf-8?Q?Votre_demande_d'acc=C3=A8s_(r=C3=A9f._DSR-2026-1169)_:_vos_?=
 =?utf-8?Q?donn=C3=A9es_sont_pr=C3=AAtes?=
Date: Wed, 4 Nov 2026 11:20:04 +0100
Message-ID: <dsr-2026-1169.3.1794050404@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--=_ardnet_dsn_5e0c11f2a7--
'''),

    ('fr', 'accounting-archive-end-of-retention-validation', 'automated', (),
'''Return-Path: <archivage-noreply@shop.example.be>
Received: from compta-app01.corp.shop.example.be (compta-app01.corp.shop.example.be [10.20.8.11])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Q7x0J5nWdz9tXs
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 06:00:14 +0100 (CET)
From: =?utf-8?Q?Archivage_l=C3=A9gal_-_Comptabilit=C3=A9?= <archivage-noreply@shop.example.be>
To: comptabilite@shop.example.be, privacy@shop.example.be
Subject: =?utf-8?Q?[Archivage_l=C3=A9gal]_Exercice_2015-2016_:_fin_de_la_dur?=
 =?utf-8?Q?=C3=A9e_de_conservation_=E2=80=93_validation_requise?=
Date: Mon, 2 Nov 2026 06:00:12 +0100
Message-ID: <archv-eol-2016-09.1793941212@compta-app01.corp.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk

Bonjour,

Ce message est généré automatiquement par le module d'archivage légal de
la comptabilité.

Les pièces ci-dessous ont atteint la fin de la durée de conservation
configurée (10 ans après la clôture de l'exercice).
Exercice concerné : 01/10/2015 - 30/09/2016 (clôturé le 30/09/2016)
Lot : 2016-09

Type de pièce                         Nombre   dont données clients nominatives
Factures de vente (web et magasins)   14 902   4 211
Notes de crédit                        1 877   1 034
Bons de retour scannés                 1 126   1 126
Extraits bancaires                       312   -
Factures d'achat                         215   -
Total                                 18 432   6 371

Aucune pièce n'est détruite automatiquement. Action requise avant le
30/11/2026 :
  - valider la destruction du lot (Archivage > Fin de conservation >
    Lot 2016-09), ou
  - placer tout ou partie du lot sous conservation prolongée (gel), en
    indiquant un motif.

3 pièces du lot sont liées à un dossier sous gel juridique (26/031) et
sont exclues d'office de la destruction.

Sans validation, un rappel sera envoyé le 16/11/2026.

--
Module Archivage légal - message automatique, merci de ne pas répondre.
'''),

    ('fr', 'person-daughter-replies-from-late-fathers-address-deactivation', 'deletion', (),
'''Return-Path: <andre.delvaux@scarlet.be>
Received: from smtp.scarlet.be (smtp.scarlet.be [203.0.113.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8HfW6cYtz9tYp
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 21:36:52 +0100 (CET)
From: =?UTF-8?Q?Andr=C3=A9_Delvaux?= <andre.delvaux@scarlet.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Re:_Votre_compte_Shop_Example_sera_d=C3=A9sactiv=C3=A9_le_2?=
 =?UTF-8?Q?_d=C3=A9cembre?=
Date: Wed, 4 Nov 2026 21:36:47 +0100
Message-ID: <1b6e4f0c-2d8a-4c93-a0f7-5e3b91d2c486@scarlet.be>
In-Reply-To: <deact-warn.20261102.K0188342@em.shop.example.be>
References: <deact-warn.20261102.K0188342@em.shop.example.be>
User-Agent: Mozilla Thunderbird
Content-Language: fr
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Bonjour,

Je vous écris depuis la boîte mail de mon père, André Delvaux, que
j'utilise pour régler ses affaires. Papa est décédé le 14 mars dernier.

Plutôt que de simplement désactiver son compte, pouvez-vous le supprimer
complètement, avec toutes les données qui le concernent (commandes, carte
de fidélité, adresse...) ? Cette adresse e-mail sera de toute façon
fermée à la fin de l'année.

Si vous avez besoin d'un document (acte de décès ou autre), dites-le moi
et je vous l'enverrai.

Merci d'avance,
Isabelle Delvaux


Le 02/11/2026 à 09:15, Shop Example a écrit :
> Bonjour André,
>
> Nous ne vous avons plus vu depuis plus de trois ans. Sans connexion de
> votre part avant le 2 décembre 2026, votre compte client sera désactivé
> et vos données seront ensuite anonymisées.
>
> Vous souhaitez garder votre compte ? Connectez-vous simplement :
> https://www.shop.example.be/fr/connexion
>
> Ceci est un message automatique, merci de ne pas y répondre.
'''),

    # ------------------------------------------------------------------ de
    ('de', 'exchange-ooo-parcel-processor-privacy-coordinator', 'automated', (),
'''Return-Path: <k.baumgartner@paketlogistik-rhein.de>
Received: from mail.paketlogistik-rhein.de (mail.paketlogistik-rhein.de [198.51.100.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q6xH83qZmz9tWj
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 11:48:30 +0100 (CET)
Received: from EX02.plr.local (10.1.0.12) by EX01.plr.local (10.1.0.11) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; Mon, 2 Nov
 2026 11:48:27 +0100
From: Katrin Baumgartner <k.baumgartner@paketlogistik-rhein.de>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatische_Antwort:_Auskunftsersuchen_=E2=80=93_Bitte_um_?=
 =?utf-8?Q?=C3=9Cbermittlung_der_Sendungsdaten_(Ref._DSR-2026-1201)?=
Thread-Topic: =?utf-8?Q?Auskunftsersuchen_=E2=80=93_Bitte_um_=C3=9Cbermittlung_der?=
 =?utf-8?Q?_Sendungsdaten_(Ref._DSR-2026-1201)?=
Thread-Index: AQHdTQ2w5bq0x8tK3kC4m1F2r9a0sQ==
Date: Mon, 2 Nov 2026 10:48:27 +0000
Message-ID: <5d2e9b1f7a0c4e31b8f6@EX02.plr.local>
In-Reply-To: <dsr-2026-1201.proc.1793958480@shop.example.be>
References: <dsr-2026-1201.proc.1793958480@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: k.baumgartner@paketlogistik-rhein.de
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: de-DE
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Sehr geehrte Damen und Herren,

vielen Dank f=C3=BCr Ihre Nachricht. Ich bin bis einschlie=C3=9Flich 6. N=
ovember 2026 nicht im B=C3=BCro und habe keinen Zugriff auf meine E-Mails=
. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Datenschutzangelegenheiten wenden Sie sich bitte an datensch=
utz@paketlogistik-rhein.de.

Mit freundlichen Gr=C3=BC=C3=9Fen

Katrin Baumgartner
Datenschutzkoordination
Paketlogistik Rhein GmbH
'''),

    ('de', 'dms-legal-hold-set-notification', 'automated', (),
'''Return-Path: <dms-noreply@shop.example.be>
Received: from dms01.corp.shop.example.be (dms01.corp.shop.example.be [10.20.8.30])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Q7Fb15vNtz9tVj
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 14:32:20 +0100 (CET)
From: DocuVault DMS <dms-noreply@shop.example.be>
To: DMS-Legal-Hold-Info <dms-legalhold-info@shop.example.be>
Subject: Legal Hold gesetzt: Akte KD-2026-00418 (Streitfall 26/044)
Date: Tue, 27 Oct 2026 14:32:18 +0100
Message-ID: <lh-26044-KD-2026-00418.1793626338@dms01.corp.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-DocuVault-Event: LEGAL_HOLD_SET

Benachrichtigung: Aufbewahrungssperre (Legal Hold)

Für die folgenden Objekte wurde eine Aufbewahrungssperre gesetzt. Solange
die Sperre aktiv ist, sind sie von automatischen Löschläufen und
Aufbewahrungsrichtlinien ausgenommen und können weder gelöscht noch
verändert werden.

Akte:             KD-2026-00418 - Kundenakte K0402215
Grund:            Rechtsstreit / Forderung, internes Az. 26/044
Gesetzt von:      j.peeters (Rechtsabteilung)
Gesetzt am:       27.10.2026 14:32
Wiedervorlage:    27.04.2027

Betroffene Objekte: 23
  - Rechnungen und Gutschriften               9
  - E-Mail-Korrespondenz Kundenservice       11
  - Chatprotokolle                            2
  - Lieferschein mit Unterschrift             1

Link zur Akte:
https://dms.corp.shop.example.be/akte/KD-2026-00418

Sie erhalten diese Nachricht als Mitglied der Gruppe
"DMS-Legal-Hold-Info". Diese E-Mail wurde automatisch erzeugt. Bitte
antworten Sie nicht darauf.
'''),

    ('de', 'mailstore-archive-storage-threshold-warning', 'automated', (),
'''Return-Path: <mailstore@archive01.corp.shop.example.be>
Received: from archive01.corp.shop.example.be (archive01.corp.shop.example.be [10.20.4.40])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Q9bR73hLwz9tZv
        for <privacy@shop.example.be>; Sun,  8 Nov 2026 02:05:41 +0100 (CET)
From: MailStore Server <mailstore@archive01.corp.shop.example.be>
To: it-ops@shop.example.be, privacy@shop.example.be
Subject: =?utf-8?Q?MailStore_Server:_Warnung_=E2=80=93_Archivspeicher_zu_91_%_bel?=
 =?utf-8?Q?egt?=
Date: Sun, 8 Nov 2026 02:05:39 +0100
Message-ID: <ms-notify-20261108020539-3312@archive01.corp.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

MailStore Server auf ARCHIVE01 meldet:

Warnung: Der freie Speicherplatz des Archivspeichers "Archiv 2026-H2"
(Volume E:) hat den konfigurierten Schwellenwert von 10 % unterschritten.

Belegt:            455,3 GB von 500,0 GB (91 %)
Frei:               44,7 GB
Zuwachs (Ø 30 Tage): 1,9 GB pro Tag
Voraussichtlich voll in: ca. 23 Tagen

Größte Archive in diesem Speicher:
  klantendienst@shop.example.be     121,7 GB
  service-client@shop.example.be     97,4 GB
  privacy@shop.example.be            38,2 GB

Letzte Archivierungsprofile:
  "Postfach privacy@ archivieren"   08.11.2026 01:00   erfolgreich (1.204 Nachrichten)
  "Journal Exchange"                08.11.2026 01:30   erfolgreich

Empfehlung: Legen Sie einen neuen Archivspeicher an oder erweitern Sie das
Volume. Prüfen Sie außerdem, ob die Aufbewahrungsrichtlinien (Löschregeln)
für abgelaufene Nachrichten ausgeführt werden.

Diese Nachricht wurde automatisch von MailStore Server gesendet.
'''),

    ('de', 'person-forwards-bounce-of-dead-privacy-address-complains', 'complaint', ('deletion',),
'''Return-Path: <j.hoffmeister@web.de>
Received: from mout.web.de (mout.web.de [198.51.100.227])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8YtC0pGhz9tYk
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 19:58:14 +0100 (CET)
From: =?UTF-8?Q?J=C3=BCrgen_Hoffmeister?= <j.hoffmeister@web.de>
To: privacy@shop.example.be
Subject: Beschwerde: Ihre Datenschutz-Adresse existiert nicht (Fwd: Undelivered
 Mail Returned to Sender)
Date: Tue, 3 Nov 2026 19:58:09 +0100
Message-ID: <4e0b7a92-c6d1-4f35-8e2a-91b0d7f3c5e8@web.de>
User-Agent: Mozilla Thunderbird
Content-Language: de-DE
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Sehr geehrte Damen und Herren,

hiermit beschwere ich mich ausdrücklich über den Umgang mit meinem
Löschantrag.

Am 5. Oktober habe ich an die Adresse geschrieben, die in der deutschen
Fassung Ihrer Datenschutzerklärung steht (datenschutz@shop.example.be),
und die Löschung meines Kundenkontos verlangt. Zurück kam nur die unten
weitergeleitete Fehlermeldung, die ich leider erst jetzt in meinem
Spam-Ordner gefunden habe. Dass ein Onlineshop in seiner
Datenschutzerklärung eine Adresse angibt, die gar nicht existiert, halte
ich für einen klaren Verstoß gegen die DSGVO. Mir ist dadurch ein ganzer
Monat verloren gegangen.

Ich wiederhole meinen Antrag deshalb an diese Adresse: Löschen Sie mein
Kundenkonto (Kundennummer 7730215) und alle dazu gespeicherten Daten und
bestätigen Sie mir die Löschung schriftlich.

Sollte ich innerhalb von zwei Wochen nichts von Ihnen hören, wende ich
mich an die Datenschutzbehörde.

Mit freundlichen Grüßen
Jürgen Hoffmeister


-------- Weitergeleitete Nachricht --------
Betreff: Undelivered Mail Returned to Sender
Datum: Mon,  5 Oct 2026 19:41:12 +0200 (CEST)
Von: Mail Delivery System <MAILER-DAEMON@mx1.shop.example.be>
An: j.hoffmeister@web.de



This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                    The mail system

<datenschutz@shop.example.be>: User unknown in virtual alias table
'''),

    # ------------------------------------------------------------------ es
    ('es', 'gmail-vacation-responder-customer-travelling', 'automated', (),
'''Return-Path: <carmen.vidal.rios@gmail.com>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7wQd2LbFz9tXr
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 16:30:15 +0100 (CET)
From: Carmen Vidal <carmen.vidal.rios@gmail.com>
To: privacy@shop.example.be
Subject: Fuera de la oficina hasta el 10/11
Date: Mon, 02 Nov 2026 07:30:12 -0800 (PST)
Message-ID: <6a0f2c1e.5d3b0220.1c7e4.8a21@mx.google.com>
In-Reply-To: <dsr-2026-1191.idcheck.1793979000@shop.example.be>
References: <dsr-2026-1191.idcheck.1793979000@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="000000000000b41f7a0623f1c8e2"

--000000000000b41f7a0623f1c8e2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Estoy de viaje hasta el martes 10 de noviembre y apenas mirar=C3=A9 el co=
rreo. Te contesto en cuanto vuelva.

Un abrazo,
Carmen

--000000000000b41f7a0623f1c8e2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hola:<br><br>Estoy de viaje hasta el martes 10 de noviembr=
e y apenas mirar=C3=A9 el correo. Te contesto en cuanto vuelva.<br><br>Un a=
brazo,<br>Carmen</div>

--000000000000b41f7a0623f1c8e2--
'''),

    ('es', 'exchange-onprem-ndr-recipient-left-company', 'automated', (),
'''Return-Path: <>
Received: from mail.distribuciones-levante.es (mail.distribuciones-levante.es [198.51.100.190])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7zB62kXsz9tXw
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 12:41:08 +0100 (CET)
From: postmaster@distribuciones-levante.es
To: privacy@shop.example.be
Date: Mon, 2 Nov 2026 11:41:05 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="d2b47c0a-3e51-4f8a-b6c9-71e0a5f3d218"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: es-ES
Message-ID: <a71c9e04-52b8-4d0f-9c33-e18f6b2a0d57@EXCH01.dlevante.local>
In-Reply-To: <dsr-2026-1188.2.1793961660@shop.example.be>
References: <dsr-2026-1188.2.1793961660@shop.example.be>
Subject: No se puede entregar: Your rectification request (ref. DSR-2026-1188)
Auto-Submitted: auto-replied

--d2b47c0a-3e51-4f8a-b6c9-71e0a5f3d218
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

No se pudo entregar el mensaje a estos destinatarios o grupos:

pedro.sanz@distribuciones-levante.es
La direcci=C3=B3n de correo electr=C3=B3nico que escribi=C3=B3 no se encon=
tr=C3=B3. Compruebe la direcci=C3=B3n de correo electr=C3=B3nico del desti=
natario e intente enviar de nuevo el mensaje. Si el problema contin=C3=BAa=
, p=C3=B3ngase en contacto con el departamento de soporte t=C3=A9cnico.

Informaci=C3=B3n de diagn=C3=B3stico para administradores:

Servidor de generaci=C3=B3n: EXCH01.dlevante.local

pedro.sanz@distribuciones-levante.es
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipie=
nt not found by SMTP address lookup'

--d2b47c0a-3e51-4f8a-b6c9-71e0a5f3d218
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.dlevante.local
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Mon, 2 Nov 2026 11:41:03 +0000

Final-Recipient: rfc822;pedro.sanz@distribuciones-levante.es
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--d2b47c0a-3e51-4f8a-b6c9-71e0a5f3d218
Content-Type: text/rfc822-headers

Received: from mx-out1.shop.example.be (192.0.2.25) by EXCH01.dlevante.local
 (10.0.0.21) with Microsoft SMTP Server id 15.2.1544.4; Mon, 2 Nov 2026
 11:41:03 +0000
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Pedro Sanz <pedro.sanz@distribuciones-levante.es>
Subject: Your rectification request (ref. DSR-2026-1188)
Date: Mon, 2 Nov 2026 12:41:00 +0100
Message-ID: <dsr-2026-1188.2.1793961660@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--d2b47c0a-3e51-4f8a-b6c9-71e0a5f3d218--
'''),

    ('es', 'challenge-response-antispam-verify-sender', 'automated', (),
'''Return-Path: <verificacion@mailescudo.es>
Received: from out2.mailescudo.es (out2.mailescudo.es [203.0.113.214])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8kW14cQpz9tZ2
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 09:12:33 +0100 (CET)
From: "MailEscudo (rosa.montero@montero-asesores.es)" <verificacion@mailescudo.es>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Confirme_el_env=C3=ADo_de_su_mensaje_a_rosa.montero@montero-?=
 =?utf-8?Q?asesores.es?=
Date: Wed, 4 Nov 2026 09:12:31 +0100
Message-ID: <ch-7Qk2mZ81vR@mailescudo.es>
In-Reply-To: <dsr-2026-1195.1.1794041540@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
Precedence: bulk
X-MailEscudo-Challenge: 7Qk2mZ81vR

Hola:

Ha enviado un mensaje a rosa.montero@montero-asesores.es con el asunto:

   "Your erasure request (ref. DSR-2026-1195)"

Este buzón está protegido por MailEscudo. Para evitar el correo no
deseado, solo se entregan los mensajes de remitentes verificados, así que
su mensaje se ha retenido de momento.

Para que llegue a su destinataria, haga clic en el enlace siguiente y
escriba los caracteres que aparecen en la imagen. Solo tendrá que hacerlo
una vez:

   https://verificar.mailescudo.es/c/7Qk2mZ81vR

Si no confirma el envío en un plazo de 5 días, el mensaje se eliminará
automáticamente.

Gracias por su comprensión.

--
MailEscudo - protección antispam para profesionales
Este mensaje se ha generado automáticamente. No responda a este correo.
'''),

    ('es', 'person-reply-above-deactivation-notice-delete-and-no-more-mail', 'deletion', ('withdraw_consent',),
'''Return-Path: <anabelen.ruiz@hotmail.es>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03olkn2081.outbound.protection.outlook.com [40.92.59.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7yK30vMdz9tXt
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 22:05:47 +0100 (CET)
From: =?utf-8?Q?Ana_Bel=C3=A9n_Ruiz?= <anabelen.ruiz@hotmail.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Your Shop Example account will be deactivated on 2 December
Thread-Topic: Your Shop Example account will be deactivated on 2 December
Thread-Index: AQHdTTr4wQ0b3u2G8kS7qZ1n5vE0cA==
Date: Mon, 2 Nov 2026 21:05:44 +0000
Message-ID: <DB9P192MB1467E2A0B7C34F58D1E6C09AC1D42@DB9P192MB1467.EURP192.PROD.OUTLOOK.COM>
In-Reply-To: <deact-warn.20261102.K0251907@em.shop.example.be>
References: <deact-warn.20261102.K0251907@em.shop.example.be>
Accept-Language: es-ES, en-US
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

S=C3=AD, desact=C3=ADvenla. O mejor: b=C3=B3rrenla del todo, con todos mis=
 datos. Hace a=C3=B1os que no compro y no pienso volver.

Y de paso, que no me llegue ni un correo m=C3=A1s de ustedes, ni ofertas n=
i nada.

Ana Bel=C3=A9n Ruiz

Obtener Outlook para Android<https://aka.ms/AAb9ysg>
________________________________
De: Shop Example <accounts@em.shop.example.be>
Enviado: lunes, 2 de noviembre de 2026 9:15:04
Para: anabelen.ruiz@hotmail.es <anabelen.ruiz@hotmail.es>
Asunto: Your Shop Example account will be deactivated on 2 December

Hello Ana Bel=C3=A9n,

We haven=E2=80=99t seen you in over three years. If you don=E2=80=99t log =
in before 2 December 2026, your customer account will be deactivated and y=
our data will then be anonymised.

Want to keep your account? Just log in: https://www.shop.example.be/en/logi=
n

This is an automated message, please do not reply.
'''),

    # ------------------------------------------------------------------ it
    ('it', 'webmail-autoresponder-lawyer-out-of-office', 'automated', (),
'''Return-Path: <g.ferrandi@studioferrandi.it>
Received: from smtpdh.studioferrandi.it (smtpdh.studioferrandi.it [198.51.100.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7HqV1zNcz9tVr
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 15:22:10 +0100 (CET)
From: Avv. Giulia Ferrandi <g.ferrandi@studioferrandi.it>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Risposta_automatica:_Re:_Richiesta_di_accesso_ai_dati_=E2=80=93_?=
 =?utf-8?Q?verifica_dell'identit=C3=A0?=
Date: Fri, 30 Oct 2026 15:22:08 +0100
Message-ID: <autoreply.1793629328.31207@studioferrandi.it>
In-Reply-To: <dsr-2026-1179.3.1793629300@shop.example.be>
References: <dsr-2026-1179.3.1793629300@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Gentile mittente,

sarò assente dallo studio da venerdì 30 ottobre a venerdì 6 novembre
compresi, con accesso limitato alla posta elettronica. Risponderò al mio
rientro.

Per questioni urgenti potete contattare la segreteria dello studio al
numero 02 4851 2290 oppure scrivere a segreteria@studioferrandi.it.

Cordiali saluti

Avv. Giulia Ferrandi
Studio Legale Ferrandi - Via Vincenzo Monti 14, 20123 Milano
'''),

    ('it', 'italian-provider-dsn-mailbox-disabled-unused', 'automated', (),
'''Return-Path: <>
Received: from mx-out.vivaposta.it (mx-out.vivaposta.it [203.0.113.97])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q96Tn4yRgz9tZq
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 10:55:31 +0100 (CET)
From: Mail Delivery Subsystem <mailer-daemon@vivaposta.it>
To: privacy@shop.example.be
Subject: Messaggio non recapitato: Your request to correct your delivery address
 (ref. DSR-2026-1163)
Date: Fri, 6 Nov 2026 10:55:29 +0100
Message-ID: <dsn-20261106105529.77f1@vivaposta.it>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="----=_vp_dsn_0a9c4e27"

------=_vp_dsn_0a9c4e27
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Questo =C3=A8 un messaggio automatico del sistema di posta vivaposta.it.

Non =C3=A8 stato possibile recapitare il messaggio al seguente destinatari=
o:

    francesca.rinaldi74@vivaposta.it

La casella del destinatario =C3=A8 stata disattivata per mancato utilizzo =
(nessun accesso da oltre 6 mesi). I messaggi indirizzati a questa casella=
 non possono pi=C3=B9 essere consegnati.

Motivo tecnico: 550 5.2.1 mailbox disabled (inactive account)

Il messaggio originale =C3=A8 allegato.

------=_vp_dsn_0a9c4e27
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-in3.vivaposta.it
Arrival-Date: Fri, 6 Nov 2026 10:55:28 +0100

Final-Recipient: rfc822; francesca.rinaldi74@vivaposta.it
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 mailbox disabled (inactive account)

------=_vp_dsn_0a9c4e27
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from mx-out1.shop.example.be (mx-out1.shop.example.be [192.0.2.25])
        by mx-in3.vivaposta.it with ESMTPS id 77f1
        for <francesca.rinaldi74@vivaposta.it>; Fri, 6 Nov 2026 10:55:28 +0100
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Francesca Rinaldi <francesca.rinaldi74@vivaposta.it>
Subject: Your request to correct your delivery address (ref. DSR-2026-1163)
Date: Fri, 6 Nov 2026 10:55:25 +0100
Message-ID: <dsr-2026-1163.4.1794218125@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear Ms Rinaldi,

We have updated the delivery address on your customer account as you
asked. The old address has been removed from your profile.

Kind regards,
Privacy Team
Shop Example BV

------=_vp_dsn_0a9c4e27--
'''),

    ('it', 'outlook-read-receipt-italian-deletion-confirmation', 'automated', (),
'''Return-Path: <stefano.bellini@outlook.it>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02olkn2040.outbound.protection.outlook.com [40.92.48.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7vX02nHjz9tXq
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 18:47:06 +0100 (CET)
From: Stefano Bellini <stefano.bellini@outlook.it>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Letto: Confirmation: your account has been deleted (ref. DSR-2026-1142)
Thread-Topic: Confirmation: your account has been deleted (ref. DSR-2026-1142)
Date: Mon, 2 Nov 2026 17:47:03 +0000
Message-ID: <AS8P193MB2014C7F1A93B0E6D4E25B8A1D9D42@AS8P193MB2014.EURP193.PROD.OUTLOOK.COM>
Content-Language: it-IT
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="_000_AS8P193MB2014C7F1A93B0E6D4E25B8A1D9D42AS8P193MB2014EURP_"

--_000_AS8P193MB2014C7F1A93B0E6D4E25B8A1D9D42AS8P193MB2014EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Il messaggio

    A: stefano.bellini@outlook.it
    Oggetto: Confirmation: your account has been deleted (ref. DSR-2026-1142)
    Inviato: luned=C3=AC 2 novembre 2026 15:12:40 (UTC+01:00) Amsterdam, Be=
rlino, Berna, Roma, Stoccolma, Vienna

=C3=A8 stato letto luned=C3=AC 2 novembre 2026 18:47:03 (UTC+01:00) Amsterd=
am, Berlino, Berna, Roma, Stoccolma, Vienna.

--_000_AS8P193MB2014C7F1A93B0E6D4E25B8A1D9D42AS8P193MB2014EURP_
Content-Type: message/disposition-notification

Reporting-UA: AS8P193MB2014.EURP193.PROD.OUTLOOK.COM; Microsoft Outlook 16.0
Final-Recipient: rfc822;stefano.bellini@outlook.it
Original-Message-ID: <dsr-2026-1142.close.1793967160@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_AS8P193MB2014C7F1A93B0E6D4E25B8A1D9D42AS8P193MB2014EURP_--
'''),

    ('it', 'person-reply-above-ticket-ack-reminder-access', 'complaint', ('access',),
'''Return-Path: <roberto.colombo72@libero.it>
Received: from libero.it (smtp-35.iol.local [203.0.113.35])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q6yP51cJwz9tWn
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 08:51:44 +0100 (CET)
From: "roberto.colombo72@libero.it" <roberto.colombo72@libero.it>
To: privacy@shop.example.be
Subject: R: [PRV-48213] We have received your request
Date: Mon, 2 Nov 2026 08:51:40 +0100 (CET)
Message-ID: <1204877391.4410523.1793951500112@mail1.libero.it>
In-Reply-To: <prv-48213.ack@helpdesk.shop.example.be>
References: <prv-48213.ack@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Priority: 3
Importance: Medium

Buongiorno,

questa qui sotto =C3=A8 l'unica risposta che ho avuto da voi, il 24 settem=
bre. Da allora pi=C3=B9 niente. Sono passate pi=C3=B9 di cinque settimane =
e il regolamento vi d=C3=A0 un mese per rispondere.

Lo ripeto: voglio sapere quali dati personali avete su di me (acquisti, ca=
rta fedelt=C3=A0, app) e riceverne una copia, come avevo chiesto il 24 set=
tembre.

Se entro dieci giorni non ricevo niente, presento reclamo all'autorit=C3=
=A0 per la protezione dei dati.

Roberto Colombo


----Messaggio originale----
Da: privacy@shop.example.be
Data: 24/09/2026 11.02
A: <roberto.colombo72@libero.it>
Ogg: [PRV-48213] We have received your request

Dear customer,

Thank you for contacting the Shop Example privacy team. Your request has b=
een registered under reference PRV-48213. We will get back to you as soon=
 as possible, and in any case within the legal deadline.

This is an automatic message. Please do not change the subject line if you=
 reply.
'''),

    # ------------------------------------------------------------------ pt
    ('pt', 'exchange-ooo-processor-dpo-on-holiday', 'automated', (),
'''Return-Path: <joana.matos@atlantico-log.pt>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2118.outbound.protection.outlook.com [40.107.13.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7Rk42WfMz9tVw
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 11:03:19 +0100 (CET)
From: Joana Matos <joana.matos@atlantico-log.pt>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?Resposta_autom=C3=A1tica:_Pedido_de_retifica=C3=A7=C3=A3o_?=
 =?utf-8?Q?=E2=80=93_propaga=C3=A7=C3=A3o_ao_subcontratante_(ref._DSR-2026-1196)?=
Thread-Topic: =?utf-8?Q?Pedido_de_retifica=C3=A7=C3=A3o_=E2=80=93_propaga=C3=A7=C3=A3o_?=
 =?utf-8?Q?ao_subcontratante_(ref._DSR-2026-1196)?=
Thread-Index: AQHdR4r0c1VqYb2wN0Gk8m3Qz5pT1g==
Date: Thu, 29 Oct 2026 10:03:16 +0000
Message-ID: <PA4PR06MB7310A2C9E05B18F3D7A64E11D8A72@PA4PR06MB7310.eurprd06.prod.outlook.com>
In-Reply-To: <dsr-2026-1196.proc.1793786580@shop.example.be>
References: <dsr-2026-1196.proc.1793786580@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: joana.matos@atlantico-log.pt
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-generated-message-source: Mailbox Rules Agent
Content-Language: pt-PT
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Bom dia,

Estou ausente em f=C3=A9rias at=C3=A9 dia 9 de novembro, sem acesso ao cor=
reio eletr=C3=B3nico.

Para assuntos urgentes relacionados com prote=C3=A7=C3=A3o de dados, por f=
avor contacte dpo@atlantico-log.pt. As restantes mensagens ser=C3=A3o trat=
adas ap=C3=B3s o meu regresso.

Obrigada,

Joana Matos
Encarregada de Prote=C3=A7=C3=A3o de Dados
Atl=C3=A2ntico Log=C3=ADstica, Lda.
'''),

    ('pt', 'helpdesk-ticket-acknowledgement-payment-processor', 'automated', (),
'''Return-Path: <apoio+id118842@atlantico-pagamentos.pt>
Received: from out-13.helpdesk-mail.atlantico-pagamentos.pt (out-13.helpdesk-mail.atlantico-pagamentos.pt [198.51.100.213])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8dJ75kTrz9tYf
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 15:18:02 +0100 (CET)
From: =?utf-8?Q?Atl=C3=A2ntico_Pagamentos_=E2=80=93_Apoio_ao_Cliente?= <apoio@atlantico-pagamentos.pt>
Reply-To: =?utf-8?Q?Atl=C3=A2ntico_Pagamentos_=E2=80=93_Apoio_ao_Cliente?= <apoio+id118842@atlantico-pagamentos.pt>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: [Pedido #118842] Recebemos o seu pedido
Date: Tue, 03 Nov 2026 14:17:59 +0000
Message-ID: <Q4P8ZK2M_6a1f0c77e9b2_118842_sprut@atlantico-pagamentos.pt>
In-Reply-To: <dsr-2026-1199.proc.1794056220@shop.example.be>
References: <dsr-2026-1199.proc.1794056220@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6a1f0c77e2_3d2a118842"

----==_mimepart_6a1f0c77e2_3d2a118842
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Olá,

Obrigado pelo seu contacto. O seu pedido foi registado com o número
#118842 e será analisado pela equipa responsável no prazo de 5 dias úteis.

Resumo do pedido
Assunto: Pedido de apagamento de dados - cliente final (ref. DSR-2026-1199)
Categoria: Proteção de dados

Para acrescentar informação, basta responder a este email mantendo o
número do pedido no assunto.

Com os melhores cumprimentos,
Equipa de Apoio ao Cliente
Atlântico Pagamentos, S.A.

Este é um email automático.
[Q4P8ZK2M]

----==_mimepart_6a1f0c77e2_3d2a118842
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;">
<p>Olá,</p>
<p>Obrigado pelo seu contacto. O seu pedido foi registado com o número <b>#118842</b> e será analisado pela equipa responsável no prazo de 5 dias úteis.</p>
<p><b>Resumo do pedido</b><br>Assunto: Pedido de apagamento de dados - cliente final (ref. DSR-2026-1199)<br>Categoria: Proteção de dados</p>
<p>Para acrescentar informação, basta responder a este email mantendo o número do pedido no assunto.</p>
<p>Com os melhores cumprimentos,<br>Equipa de Apoio ao Cliente<br>Atlântico Pagamentos, S.A.</p>
<p style="color:#999;font-size:11px;">Este é um email automático.<br>[Q4P8ZK2M]</p>
</body></html>

----==_mimepart_6a1f0c77e2_3d2a118842--
'''),

    ('pt', 'autoreply-address-no-longer-in-use-bilingual', 'automated', (),
'''Return-Path: <rui.carvalho@construtora-minho.pt>
Received: from mail.construtora-minho.pt (mail.construtora-minho.pt [203.0.113.178])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q93Lr0bXkz9tZm
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 16:40:57 +0100 (CET)
From: Rui Carvalho <rui.carvalho@construtora-minho.pt>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Endere=C3=A7o_desativado_/_Address_no_longer_in_use?=
Date: Thu, 5 Nov 2026 15:40:55 +0000
Message-ID: <ar.20261105154055.5c1e@mail.construtora-minho.pt>
In-Reply-To: <dsr-2026-1186.2.1794152450@shop.example.be>
References: <dsr-2026-1186.2.1794152450@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Caro(a) remetente,

O endereço rui.carvalho@construtora-minho.pt deixou de estar em
utilização a 1 de outubro de 2026. A sua mensagem não será lida nem
reencaminhada.

Para assuntos da empresa, contacte geral@construtora-minho.pt ou o
telefone +351 253 610 400.

Esta é uma resposta automática.

--
Dear sender,

The address rui.carvalho@construtora-minho.pt is no longer in use since
1 October 2026. Your message will not be read or forwarded. Please
contact geral@construtora-minho.pt.
'''),

    ('pt', 'person-reply-above-anonymisation-notice-keep-for-dispute', 'restriction', (),
'''Return-Path: <tiago.figueiredo@gmail.com>
Received: from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7V0s3PnGz9tVz
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 13:27:51 +0100 (CET)
From: Tiago Figueiredo <tiago.figueiredo@gmail.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: Re: Your deactivated account will be anonymised on 3 November
Date: Wed, 28 Oct 2026 12:27:46 +0000
Message-Id: <B0F7E3A9-6C21-4D5B-8E14-7A92C3D1F560@gmail.com>
References: <anon-warn.20261027.K0560128@em.shop.example.be>
In-Reply-To: <anon-warn.20261027.K0560128@em.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

Boa tarde,

Por favor N=C3=83O apaguem a minha conta nem o hist=C3=B3rico de encomendas=
, pelo menos para j=C3=A1.

Comprei-vos uma m=C3=A1quina de caf=C3=A9 em mar=C3=A7o de 2024 (encomenda=
 2024-0551873) que avariou ainda dentro da garantia, e estou em lit=C3=ADgi=
o com o fabricante =E2=80=94 o processo est=C3=A1 no Centro de Arbitragem d=
e Conflitos de Consumo. Preciso que guardem a fatura, os dados da encomenda=
 e as mensagens trocadas com o vosso apoio ao cliente at=C3=A9 isto estar r=
esolvido, porque podem ser precisos como prova.

N=C3=A3o precisam de fazer mais nada com esses dados nem de reativar a cont=
a, s=C3=B3 n=C3=A3o os apaguem. Quando o processo terminar eu aviso.

Obrigado,
Tiago Figueiredo

Enviado do meu iPhone

> No dia 27/10/2026, =C3=A0s 10:00, Shop Example <accounts@em.shop.example.=
be> escreveu:
>=20
> Hello Tiago,
>=20
> Your customer account was deactivated on 3 August 2026 because it had not=
 been used for more than three years. On 3 November 2026 we will permanentl=
y anonymise it, including your order history.
>=20
> If you want to keep your account, log in before that date: https://www.sh=
op.example.be/en/login
>=20
> This is an automated message, please do not reply.
'''),
]
