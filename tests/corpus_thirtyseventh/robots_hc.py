"""Thirty-seventh set, the machines of money: payment, invoicing and collection robots and the people who look like them (14 languages). Written apart from the code."""

import base64
import hashlib
import quopri
from email.header import Header


def _b64(text):
    data = base64.b64encode(text.encode('utf-8')).decode('ascii')
    return '\n'.join(data[i:i + 76] for i in range(0, len(data), 76)) + '\n'


def _b64bytes(seed, n=384):
    raw = b''
    block = seed.encode('ascii')
    while len(raw) < n:
        block = hashlib.sha512(block).digest()
        raw += block
    data = base64.b64encode(raw[:n]).decode('ascii')
    return '\n'.join(data[i:i + 76] for i in range(0, len(data), 76)) + '\n'


def _qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def _h(text):
    return Header(text, 'utf-8').encode()


ROBOTS = [
    # ------------------------------------------------------------------ en
    ('en', 'psp-dispute-opened-merchant-notice', 'automated', (),
'''Return-Path: <bounces+2231848-7c1e-privacy=shop.example.be@em.payvora.com>
Received: from o22.em.payvora.com (o22.em.payvora.com [198.51.100.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9c1L0yQmz7r
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 09:14:52 +0100 (CET)
Received: by filter0417p1mdw1.sendgrid.net with SMTP id filter0417p1mdw1-27714-6A1E2F38-1C
        Mon, 26 Oct 2026 08:14:48 +0000 (UTC)
From: Payvora <notifications@payvora.com>
Reply-To: Payvora Support <support@payvora.com>
To: privacy@shop.example.be
Subject: ''' + _h('A payment of €149.95 has been disputed') + '''
Date: Mon, 26 Oct 2026 08:14:48 +0000
Message-ID: <0102019a1f3e8c2b-dispute-du_1QxR8sK2eZvKYlo2@email.payvora.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_88412_1402215117.1793002488"
Auto-Submitted: auto-generated
X-Payvora-Event: charge.dispute.created
X-Entity-Ref-ID: evt_1QxR8tK2eZvKYlo2a0Yc

------=_Part_88412_1402215117.1793002488
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Hi Shop Example BV,

A customer's bank has told us that the cardholder is disputing a payment on your account.

Amount:      €149.95
Payment:     py_3QxR8sK2eZvKYlo21mN0aB7c
Card:        Visa •••• 4417
Reason:      Fraudulent - the cardholder says they didn't authorise this payment
Respond by:  9 November 2026

The disputed amount and a €15.00 dispute fee have been withdrawn from your balance. You can submit evidence to the card issuer from your Dashboard. Useful evidence includes proof of delivery, the customer's billing and shipping address, the IP address used at checkout and any correspondence that shows the customer recognised the purchase. Please don't upload more personal information than the issuer needs, and never include full card numbers.

If you don't respond by the deadline, the dispute will be closed in the cardholder's favour.

Review dispute: https://dashboard.payvora.com/disputes/dp_1QxR8sK2eZvKYlo2

Thanks,
The Payvora team

--
You're receiving this email because privacy@shop.example.be is listed as a contact for the account Shop Example BV (acct_1Mq7ZeK2eZvKYlo2). Manage your email preferences: https://dashboard.payvora.com/settings/notifications
Payvora Payments Europe Ltd., 1 Grand Canal Street, Dublin 2, Ireland
''') + '''
------=_Part_88412_1402215117.1793002488
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1f36">
<p>Hi Shop Example BV,</p>
<p>A customer's bank has told us that the cardholder is disputing a payment on your account.</p>
<table><tr><td>Amount</td><td><b>€149.95</b></td></tr><tr><td>Card</td><td>Visa •••• 4417</td></tr>
<tr><td>Reason</td><td>Fraudulent</td></tr><tr><td>Respond by</td><td>9 November 2026</td></tr></table>
<p><a href="https://dashboard.payvora.com/disputes/dp_1QxR8sK2eZvKYlo2">Review dispute</a></p>
<p style="font-size:11px;color:#8792a2">You're receiving this email because privacy@shop.example.be is listed as a contact for Shop Example BV.</p>
</body></html>
''') + '''
------=_Part_88412_1402215117.1793002488--
'''),

    ('en', 'postfix-dsn-supplier-accounts-user-unknown', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
        id 8A1F23C0F4; Fri, 30 Oct 2026 11:02:11 +0100 (CET)
Date: Fri, 30 Oct 2026 11:02:11 +0100 (CET)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="8A1F23C0F4.1793354531/mx1.shop.example.be"
Content-Transfer-Encoding: 7bit
Message-Id: <20261030100211.8A1F23C0F4@mx1.shop.example.be>

This is a MIME-encapsulated message.

--8A1F23C0F4.1793354531/mx1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<accounts@harlowpackaging.co.uk>: host mx.harlowpackaging.co.uk[203.0.113.25]
    said: 550 5.1.1 <accounts@harlowpackaging.co.uk>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--8A1F23C0F4.1793354531/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 8A1F23C0F4
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri, 30 Oct 2026 11:02:09 +0100 (CET)

Final-Recipient: rfc822; accounts@harlowpackaging.co.uk
Original-Recipient: rfc822;accounts@harlowpackaging.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.harlowpackaging.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <accounts@harlowpackaging.co.uk>: Recipient
    address rejected: User unknown in virtual mailbox table

--8A1F23C0F4.1793354531/mx1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from [10.20.4.31] (vpn-31.shop.example.be [10.20.4.31])
        (Authenticated sender: privacy@shop.example.be)
        by mx1.shop.example.be (Postfix) with ESMTPSA id 8A1F23C0F4
        for <accounts@harlowpackaging.co.uk>; Fri, 30 Oct 2026 11:02:09 +0100 (CET)
Message-ID: <5b0e6a2c-1f8d-4e7b-a3c2-77d0e1c4f9a8@shop.example.be>
Date: Fri, 30 Oct 2026 11:02:08 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Shop Example - Privacy <privacy@shop.example.be>
To: accounts@harlowpackaging.co.uk
Subject: Re: Change of bank details on invoice HP-22871 - please confirm by phone
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

--8A1F23C0F4.1793354531/mx1.shop.example.be--
'''),

    ('en', 'credit-bureau-api-usage-alert', 'automated', (),
'''Return-Path: <noreply@alerts.credora.co.uk>
Received: from smtp-out-2.credora.co.uk (smtp-out-2.credora.co.uk [192.0.2.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QB2mV6kWJz9f
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 06:00:14 +0100 (CET)
From: Credora Risk Data <noreply@alerts.credora.co.uk>
To: privacy@shop.example.be
Subject: Usage alert: 80% of your consumer credit check allowance used (SHOPEXBE-PROD)
Date: Wed, 28 Oct 2026 05:00:09 +0000
Message-ID: <alert.usage.80.SHOPEXBE-PROD.20261028050009@alerts.credora.co.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All

Dear Customer,

This is an automated notification for API client SHOPEXBE-PROD
(contract CR-BE-20931, Shop Example BV).

Your organisation has used 8,012 of the 10,000 consumer credit checks
included in your plan for the period 1-31 October 2026.

  Endpoint                     Calls this period
  /v3/consumer/check           7,640
  /v3/consumer/identity        372

Once the allowance is used up, further calls will be charged at
EUR 0.42 per check, unless you have set a hard limit, in which case
calls will be rejected with HTTP 429 until 1 November 2026.

Reminder: every consumer search must have a lawful basis and a
permissible purpose. Each search is recorded on the consumer's file
and is visible to the consumer when they request a copy of their
credit report. Requests from consumers about their own file should be
directed to consumer.services@credora.co.uk and not to this address.

You can change alert thresholds in the Credora Portal under
Account > Notifications.

This mailbox is not monitored. Please do not reply to this email.

Credora Risk Data Ltd, registered in England and Wales No. 09812233
'''),

    ('en', 'person-forwards-collection-notice-who-gave-my-data', 'access', (),
'''Return-Path: <tom.hargreaves@btinternet.com>
Received: from sa-prd-fep-044.btinternet.com (sa-prd-fep-044.btinternet.com [40.101.4.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QD0sF2y1Gz4k
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 20:48:09 +0100 (CET)
From: Tom Hargreaves <tom.hargreaves@btinternet.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: Fwd: Notice of assignment - Account ref LBC/2026/771403
Date: Tue, 3 Nov 2026 19:48:03 +0000
Message-Id: <7E2C1F0A-9B3D-4C61-8E4F-2D7A51C90B11@btinternet.com>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

''' + _qp('''Who gave this lot my name, address and mobile number? I've never had a payment plan with anyone. I want to know exactly what you passed on to them and when.

Tom

Sent from my iPhone

Begin forwarded message:

> From: Lexbridge Collections <noreply@lexbridge-collections.co.uk>
> Date: 3 November 2026 at 14:02:17 GMT
> To: tom.hargreaves@btinternet.com
> Subject: Notice of assignment - Account ref LBC/2026/771403
>
> Dear Mr T Hargreaves,
>
> We have been instructed by Shop Example BV to recover the outstanding balance of €86.40 relating to order 2026-0918-4471.
>
> To avoid further action, please pay the full balance within 14 days or set up a payment plan online at pay.lexbridge-collections.co.uk using your reference LBC/2026/771403.
>
> This is an automated message. Replies to this address are not monitored.
>
> Lexbridge Collections Ltd is authorised and regulated by the Financial Conduct Authority.
''')),

    ('en', 'person-supplier-accountant-replies-to-our-ooo', 'other', (),
'''Return-Path: <priya.nair@calderfreight.co.uk>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2110.outbound.protection.outlook.com [40.107.105.110])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCQ7g3xLmz2d
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 11:31:40 +0100 (CET)
From: Priya Nair <priya.nair@calderfreight.co.uk>
To: Shop Example - Privacy <privacy@shop.example.be>
Subject: RE: Automatic reply: Credit note CN-3391 / your PO-88213
Thread-Topic: Automatic reply: Credit note CN-3391 / your PO-88213
Thread-Index: AQHbLm4kq2Zl0c9vX0uK3xw1dT8YHrQ2bKcAgAAB7nA=
Date: Mon, 2 Nov 2026 10:31:36 +0000
Message-ID: <LO2P265MB4471B0E2D3C9A1F8E6D7B0C2A51C9@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>
References: <LO2P265MB4471A77D1E0C3B2F9D8C4E0B8A51C9@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>
 <autoreply.20261102101402.privacy@shop.example.be>
In-Reply-To: <autoreply.20261102101402.privacy@shop.example.be>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="_000_LO2P265MB4471B0E2D3C9A1F8E6D7B0C2A51C9LO2P265MB4471GBRP_"

--_000_LO2P265MB4471B0E2D3C9A1F8E6D7B0C2A51C9LO2P265MB4471GBRP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Hi,

Thanks for the auto-reply - I suspect I've got the wrong address anyway, I took it from the footer of your last remittance advice.

Could you pass this on to whoever deals with supplier accounts? We've raised credit note CN-3391 for £412.50 against our invoice 20931 (the damaged pallet on your PO-88213). Would you like it offset against the next invoice or refunded to the account you paid from?

Kind regards,

Priya Nair
Accounts Assistant
Calder Freight Ltd | Unit 4, Elland Road Industrial Park, Leeds LS11 8BU
T: +44 113 496 0712

From: Shop Example - Privacy <privacy@shop.example.be>
Sent: 02 November 2026 10:14
To: Priya Nair <priya.nair@calderfreight.co.uk>
Subject: Automatic reply: Credit note CN-3391 / your PO-88213

Thank you for your message to the privacy team of Shop Example BV. We are out of the office until Wednesday 4 November and will reply as soon as possible after that date.

For orders, deliveries, returns and invoices, please contact service@shop.example.be.
''') + '''
--_000_LO2P265MB4471B0E2D3C9A1F8E6D7B0C2A51C9LO2P265MB4471GBRP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div class="WordSection1"><p class="MsoNormal">Hi,</p>
<p class="MsoNormal">Thanks for the auto-reply - I suspect I've got the wrong address anyway, I took it from the footer of your last remittance advice.</p>
<p class="MsoNormal">Could you pass this on to whoever deals with supplier accounts? We've raised credit note CN-3391 for £412.50 against our invoice 20931 (the damaged pallet on your PO-88213). Would you like it offset against the next invoice or refunded to the account you paid from?</p>
<p class="MsoNormal">Kind regards,<br>Priya Nair<br>Accounts Assistant<br>Calder Freight Ltd</p>
<div style="border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal"><b>From:</b> Shop Example - Privacy &lt;privacy@shop.example.be&gt;<br><b>Sent:</b> 02 November 2026 10:14<br><b>Subject:</b> Automatic reply: Credit note CN-3391 / your PO-88213</p></div>
<p class="MsoNormal">Thank you for your message to the privacy team of Shop Example BV. We are out of the office until Wednesday 4 November and will reply as soon as possible after that date.</p>
</div></body></html>
''') + '''
--_000_LO2P265MB4471B0E2D3C9A1F8E6D7B0C2A51C9LO2P265MB4471GBRP_--
'''),

    # ------------------------------------------------------------------ nl
    ('nl', 'bank-incoming-transfer-alert', 'automated', (),
'''Return-Path: <meldingen@noorderbank.be>
Received: from mailout3.noorderbank.be (mailout3.noorderbank.be [192.0.2.53])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBj0Q5nVtz1c
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 14:06:31 +0100 (CET)
From: Noorderbank <meldingen@noorderbank.be>
To: privacy@shop.example.be
Subject: Ontvangen overschrijving op uw rekening BE71 0961 2345 6769
Date: Tue, 27 Oct 2026 14:06:27 +0100
Message-ID: <NB.ALERT.CRED.20261027140627.0001837712@noorderbank.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

''' + _qp('''Geachte klant,

Op 27/10/2026 werd een bedrag van EUR 2.418,60 gecrediteerd op uw zichtrekening BE71 0961 2345 6769 (SHOP EXAMPLE BV).

Opdrachtgever: PAYVORA PAYMENTS EUROPE LTD
Rekening opdrachtgever: IE29 PAYV 9311 5200 0417 38
Mededeling: PAYOUT PO_1QYA7TK2EZVKYLO2 26/10

U vindt het detail van deze verrichting in Noorderbank Online en in de Noorderbank-app.

Let op: Noorderbank vraagt u nooit per e-mail, sms of telefoon om uw persoonlijke gegevens, kaartcodes of responscodes door te geven of te "bevestigen". Krijgt u toch zo'n bericht? Klik dan niet op de links en stuur het door naar phishing@noorderbank.be.

U ontvangt deze e-mail omdat u meldingen voor inkomende betalingen hebt ingeschakeld. Wilt u ze niet meer ontvangen? Pas dan uw instellingen aan in Noorderbank Online onder "Mijn meldingen".

Dit is een automatisch bericht. Gelieve niet te antwoorden.

Noorderbank NV - Kouter 12, 9000 Gent - RPR Gent 0403.199.702
''')),

    ('nl', 'peppol-access-point-invoice-rejected', 'automated', (),
'''Return-Path: <bounce-mlr@mail.docflow.be>
Received: from mail.docflow.be (mail.docflow.be [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QC1wZ0dPmz6y
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 16:40:05 +0100 (CET)
From: Docflow <noreply@docflow.be>
To: privacy@shop.example.be
Subject: ''' + _h('Uw factuur 2026/1187 werd geweigerd door VAN DAELE BOUW NV') + '''
Date: Thu, 29 Oct 2026 16:40:02 +0100
Message-ID: <mlr-RE-2026-1187.4f81c2d0@docflow.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Docflow-Event: invoice.response.rejected

''' + _qp('''Beste gebruiker van Shop Example BV,

De factuur die u op 28/10/2026 via het Peppol-netwerk verstuurde, werd door de ontvanger geweigerd.

  Ontvanger:           VAN DAELE BOUW NV
  Peppol-ID ontvanger: 0208:0412345678
  Factuurnummer:       2026/1187
  Bedrag incl. btw:    EUR 3.146,00
  Status:              Geweigerd (RE)
  Transmissie-ID:      7c0b5a2e-91d4-4a7f-8f22-3e61d0b9a415

Reden opgegeven door de ontvanger:
"Ons bestelnummer ontbreekt. Gelieve een creditnota op te maken en opnieuw te factureren met PO 4500018832."

Wat moet u doen?
Een geweigerde factuur kan niet opnieuw worden verstuurd. Maak in uw boekhoudpakket een creditnota op voor factuur 2026/1187 en stuur daarna een nieuwe factuur met de gevraagde gegevens.

Het originele document en het antwoordbericht (Invoice Response, UBL) vindt u in uw Docflow-omgeving onder Verzonden > Geweigerd.

Dit bericht werd automatisch verstuurd door Docflow. Antwoorden op dit bericht worden niet gelezen. Hulp nodig? Ga naar help.docflow.be.
''')),

    ('nl', 'collection-agency-new-file-acknowledgement', 'automated', (),
'''Return-Path: <dossiers@dewaele-invordering.be>
Received: from smtp.dewaele-invordering.be (smtp.dewaele-invordering.be [203.0.113.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QC5Lh1bMRz3n
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 18:12:44 +0100 (CET)
From: Dewaele & Partners Invordering <dossiers@dewaele-invordering.be>
To: privacy@shop.example.be
Subject: ''' + _h('Ontvangstbevestiging – ons dossier 26/118734 – uw ref. 2026-0918-4471') + '''
Date: Thu, 29 Oct 2026 18:12:40 +0100
Message-ID: <20261029171240.26118734.ack@dewaele-invordering.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk

Geachte,

Wij bevestigen de ontvangst van de schuldvordering die u op 29/10/2026 via ons klantenportaal hebt ingediend.

Ons dossiernummer:   26/118734
Uw referentie:       2026-0918-4471
Schuldenaar:         J. P.
Hoofdsom:            EUR 86,40
Vervaldag factuur:   18/09/2026

Binnen vijf werkdagen sturen wij de schuldenaar een eerste aanmaning. U kunt de stand van het dossier op elk moment opvolgen in het klantenportaal. Betalingen die u rechtstreeks van de schuldenaar ontvangt, moet u ons binnen 48 uur melden.

Vermeld bij elke communicatie ons dossiernummer.

Wij verwerken de persoonsgegevens die u ons bezorgt uitsluitend voor de minnelijke invordering van deze schuldvordering, overeenkomstig de AVG en de wet van 20 december 2002 betreffende de minnelijke invordering van schulden van de consument. Meer info: www.dewaele-invordering.be/privacy.

Dit is een automatisch gegenereerd bericht. Antwoorden op dit adres worden niet behandeld.

Dewaele & Partners Invordering BV
Ingeschreven bij de FOD Economie onder nr. 0.001.234
'''),

    ('nl', 'exchange-ooo-accounting-peppol-only', 'automated', (),
'''Return-Path: <boekhouding@vandenbroeck-logistics.be>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCs2f6Dd0z8h
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 09:47:18 +0100 (CET)
From: Boekhouding Vandenbroeck Logistics <boekhouding@vandenbroeck-logistics.be>
To: Shop Example - Privacy <privacy@shop.example.be>
Subject: Automatisch antwoord: Verwerkersovereenkomst 2026 - ondertekende versie
Thread-Topic: Verwerkersovereenkomst 2026 - ondertekende versie
Thread-Index: AQHbKk3V8mZ7c1nK0U6R2B1cq0y1xw==
Date: Fri, 30 Oct 2026 08:47:15 +0000
Message-ID: <AS8PR02MB97312E4C0B1F7A3D9E6B8C2F1A0D4@AS8PR02MB9731.eurprd02.prod.outlook.com>
In-Reply-To: <e1c44b09-3d7f-4a1e-9f62-0b8d5f7a2c61@shop.example.be>
References: <e1c44b09-3d7f-4a1e-9f62-0b8d5f7a2c61@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: boekhouding@vandenbroeck-logistics.be
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: nl-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Goeiedag,

Bedankt voor uw bericht. De boekhouding is afwezig tot en met vrijdag 6 november. Uw mail wordt niet doorgestuurd.

Voor dringende vragen over betalingen kunt u terecht bij Kristel Claes (kristel.claes@vandenbroeck-logistics.be, 03 450 22 17).

Opgelet: sinds 1 januari 2026 aanvaarden wij facturen uitsluitend via Peppol (ID 0208:0456789123). Facturen die per e-mail of per post binnenkomen, worden niet verwerkt en niet betaald.

Met vriendelijke groeten,
Vandenbroeck Logistics NV - Financiële dienst
''')),

    ('nl', 'person-forwards-psp-card-saved-notice-delete-card', 'deletion', (),
'''Return-Path: <els.vermeulen@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [195.130.137.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QDB9r2Wlbz5s
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 13:22:57 +0100 (CET)
Message-ID: <c3f2a9d1-6b4e-4f0a-8d57-1e9b2c7a0f44@telenet.be>
Date: Wed, 4 Nov 2026 13:22:51 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: nl-BE
To: privacy@shop.example.be
From: Els Vermeulen <els.vermeulen@telenet.be>
Subject: Fwd: Je kaart is bewaard voor volgende betalingen
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Goeiemiddag,

Na mijn bestelling van vorige week kreeg ik onderstaande mail. Ik heb 
nergens aangevinkt dat mijn kaart mocht bewaard worden. Willen jullie 
die kaartgegevens aub verwijderen, zowel bij jullie als bij die 
betaaldienst?

Alvast bedankt,
Els Vermeulen


-------- Doorgestuurd bericht --------
Onderwerp: 	Je kaart is bewaard voor volgende betalingen
Datum: 	Wed, 28 Oct 2026 20:14:03 +0000
Van: 	Shop Example via Payvora <receipts@payvora.com>
Antwoord-naar: 	privacy@shop.example.be
Aan: 	els.vermeulen@telenet.be



Hallo Els,

Bedankt voor je betaling van € 64,97 aan Shop Example BV.

Je Mastercard •••• 2290 is veilig bewaard, zodat je volgende keer 
sneller kunt afrekenen. Je kunt een bewaarde kaart op elk moment 
verwijderen in je account bij Shop Example.

Bestelnummer: 2026-1028-5530
Betaal-ID: py_3QyC2dK2eZvKYlo20Hf71LmP

Dit is een automatisch bericht van Payvora namens Shop Example BV.
'''),

    # ------------------------------------------------------------------ fr
    ('fr', 'psp-kyc-legal-representative-reminder', 'automated', (),
'''Return-Path: <bounce-kyc@mailing.kalipay.eu>
Received: from mta12.mailing.kalipay.eu (mta12.mailing.kalipay.eu [198.51.100.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBp7s3HgCz2w
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:31:09 +0100 (CET)
From: Kalipay <conformite@kalipay.eu>
Reply-To: noreply@kalipay.eu
To: privacy@shop.example.be
Subject: ''' + _h("Action requise : vérification de l'identité de votre représentant légal") + '''
Date: Tue, 27 Oct 2026 10:31:05 +0100
Message-ID: <kyc-reminder-2-MCH77120.20261027093105@kalipay.eu>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_kp_b7d1a0c94e2f3a81"
Auto-Submitted: auto-generated
List-Unsubscribe: <https://kalipay.eu/preferences?m=MCH77120>

--=_kp_b7d1a0c94e2f3a81
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Bonjour,

Pour respecter nos obligations légales en matière de lutte contre le blanchiment de capitaux, nous devons vérifier l'identité des personnes qui représentent Shop Example BV ou en détiennent plus de 25 %.

Les informations suivantes sont manquantes ou ont expiré :
- pièce d'identité du représentant légal (expirée le 14/10/2026) ;
- justificatif de domicile de moins de trois mois.

Merci de mettre ces données à jour dans votre Espace marchand avant le 20 novembre 2026. Passé ce délai, vos virements seront suspendus jusqu'à la fin de la vérification.

Mettre à jour mes informations : https://dashboard.kalipay.eu/verification

Pour votre sécurité, nous ne vous demanderons jamais d'envoyer vos documents ou vos codes par e-mail.

Vos données personnelles sont traitées conformément à notre politique de confidentialité. Certaines d'entre elles doivent être conservées cinq ans après la fin de la relation d'affaires et ne peuvent pas être supprimées avant ce terme.

L'équipe Conformité Kalipay
Ceci est un message automatique, merci de ne pas y répondre.
''') + '''
--=_kp_b7d1a0c94e2f3a81
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<html><body style="font-family:Arial,sans-serif">
<h2>Action requise</h2>
<p>Pour respecter nos obligations légales en matière de lutte contre le blanchiment de capitaux, nous devons vérifier l'identité des personnes qui représentent <b>Shop Example BV</b>.</p>
<ul><li>Pièce d'identité du représentant légal (expirée le 14/10/2026)</li><li>Justificatif de domicile de moins de trois mois</li></ul>
<p><a href="https://dashboard.kalipay.eu/verification" style="background:#3b2bd9;color:#fff;padding:10px 18px;text-decoration:none">Mettre à jour mes informations</a></p>
<p style="font-size:11px;color:#777">Ceci est un message automatique, merci de ne pas y répondre.</p>
</body></html>
''') + '''
--=_kp_b7d1a0c94e2f3a81--
'''),

    ('fr', 'bank-sepa-direct-debit-r-transaction', 'automated', (),
'''Return-Path: <notifications@credit-hennuyer.be>
Received: from relay2.credit-hennuyer.be (relay2.credit-hennuyer.be [192.0.2.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCVh30kqYz7m
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 07:15:40 +0100 (CET)
From: =?utf-8?q?Cr=C3=A9dit_Hennuyer_-_Entreprises?= <notifications@credit-hennuyer.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?Domiciliation_europ=C3=A9enne_=3A_encaissement_refus=C3=A9_=28R-transaction=29?=
Date: Mon, 2 Nov 2026 07:15:37 +0100
Message-ID: <CH-SDD-R-20261102-000418227@credit-hennuyer.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
Precedence: bulk

''' + _qp('''Madame, Monsieur,

Un encaissement par domiciliation européenne (SEPA Core) présenté par votre entreprise n'a pas pu être exécuté.

Créancier : SHOP EXAMPLE BV - BE27ZZZ0456123789
Compte : BE71 0961 2345 6769
Date d'échéance : 02/11/2026
Montant : 4,99 EUR
Référence du mandat : LOY-000418227
Communication : ABONNEMENT CARTE FIDELITE PLUS NOV 2026
Type de retour : Refund (remboursement)
Code motif : MD06 - remboursement demandé par le débiteur

Le montant a été débité de votre compte le 02/11/2026. Vous trouverez le détail dans votre relevé d'encaissements (fichier CAMT.054) sur Hennuyer Business Online.

Si le débiteur conteste le mandat, vous pourriez devoir en produire une copie. Conservez les mandats signés pendant toute leur durée de validité et au moins 14 mois après le dernier encaissement.

Ce message est généré automatiquement. Merci de ne pas y répondre.

Crédit Hennuyer SA - Grand-Place 5, 7000 Mons
''')),

    ('fr', 'exchange-ooo-accounts-payable-france', 'automated', (),
'''Return-Path: <compta.fournisseurs@maisonlefevre-deco.fr>
Received: from PAR01-MR2-obe.outbound.protection.outlook.com (mail-mr2fra01on2092.outbound.protection.outlook.com [40.107.7.92])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCxKp4qV9z1j
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 15:20:34 +0100 (CET)
From: =?iso-8859-1?Q?Comptabilit=E9_fournisseurs?= <compta.fournisseurs@maisonlefevre-deco.fr>
To: Shop Example - Privacy <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?R=E9ponse_automatique=A0:_Demande_de_confirmation_de_coor?=
 =?iso-8859-1?Q?donn=E9es_bancaires?=
Thread-Topic: Demande de confirmation de =?iso-8859-1?Q?coordonn=E9es_bancaires?=
Thread-Index: AQHbKrN0c7m9Tn6A8kG0lQ3j1R4cYw==
Date: Fri, 30 Oct 2026 14:20:31 +0000
Message-ID: <PR1P264MB3916B8A0D17C2E4F5A6B9C3D0E21F@PR1P264MB3916.FRAP264.PROD.OUTLOOK.COM>
In-Reply-To: <9d27e8c1-44a0-4b7e-b1f3-6a0c5e2d8f19@shop.example.be>
References: <9d27e8c1-44a0-4b7e-b1f3-6a0c5e2d8f19@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: compta.fournisseurs@maisonlefevre-deco.fr
Content-Language: fr-FR
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis absente du bureau jusqu'au lundi 9 novembre inclus, sans acc=E8s =
=E0 ma messagerie.

Pour toute question urgente concernant un r=E8glement, merci de contacter=
 Julien Marchand (julien.marchand@maisonlefevre-deco.fr).

Rappel : les factures doivent =EAtre adress=E9es exclusivement =E0 factur=
es@maisonlefevre-deco.fr, au format PDF, en mentionnant notre num=E9ro de=
 commande. Les factures envoy=E9es =E0 une autre adresse ne seront pas tr=
ait=E9es.

Cordialement,
Sandrine Roux
Comptabilit=E9 fournisseurs - Maison Lef=E8vre D=E9co
'''),

    ('fr', 'collection-agency-ticket-acknowledgement', 'automated', (),
'''Return-Path: <support+id448120@creancia.be>
Received: from out-3.helpdesk-mail.net (out-3.helpdesk-mail.net [203.0.113.63])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QD4tH5mQ3z6b
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 09:05:12 +0100 (CET)
From: ''' + _h('Créancia – Service clients') + ''' <support@creancia.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?=5BDossier_26-448120=5D_Nous_avons_bien_re=C3=A7u_votre_message?=
Date: Wed, 04 Nov 2026 08:05:09 +0000
Message-ID: <ticket.448120.reply.1.auto@creancia.be>
In-Reply-To: <71f0c5d2-8a3b-4e91-a6c4-2b9e0d3f5a17@shop.example.be>
References: <71f0c5d2-8a3b-4e91-a6c4-2b9e0d3f5a17@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: auto_reply
X-Helpdesk-Ticket: 448120

''' + _qp('''Bonjour,

Nous accusons réception de votre message concernant le dossier 26-448120. Il a été transmis au gestionnaire du dossier, qui vous répondra dans un délai de cinq jours ouvrables.

Pour compléter votre demande, répondez à ce courriel sans modifier l'objet : votre réponse sera ajoutée automatiquement au dossier.

Vous pouvez suivre l'état du dossier à tout moment sur https://portail.creancia.be.

Protection des données : pour exercer vos droits (accès, rectification, effacement...), adressez-vous à notre délégué à la protection des données : dpo@creancia.be.

Ceci est une réponse automatique.

Créancia SA - Recouvrement amiable de créances
Inscrite auprès du SPF Économie sous le n° 0.002.118
''')),

    ('fr', 'person-pastes-invoice-mail-correct-name-address', 'correction', (),
'''Return-Path: <nathalie.lemaire@skynet.be>
Received: from smtp-out.proximus.be (smtp-out.proximus.be [195.238.20.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCY9b6Fm8z3t
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 08:54:20 +0100 (CET)
Date: Mon, 2 Nov 2026 08:54:16 +0100 (CET)
From: Nathalie Lemaire <nathalie.lemaire@skynet.be>
To: privacy@shop.example.be
Message-ID: <1470230521.188452.1793606056301@webmail.proximus.be>
Subject: =?UTF-8?Q?facture_au_mauvais_nom_/_mauvaise_adresse?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: Open-Xchange Mailer v7.10.6

''' + _qp('''Bonjour,

J'ai reçu ceci ce matin :

------------------------------
Shop Example - Votre facture F2026-118204 est disponible

Bonjour Nathalie Dubois,

Merci pour votre achat. Vous trouverez votre facture en pièce jointe et dans votre espace client.

Facture n° : F2026-118204
Date : 01/11/2026
Client : Nathalie Dubois
Adresse de facturation : Rue des Alliés 14, 1190 Forest
Montant : 219,00 EUR (payé par Bancontact)

Ceci est un e-mail automatique, merci de ne pas y répondre.
------------------------------

Je ne m'appelle plus Dubois depuis mon mariage mais Lemaire, et je n'habite plus rue des Alliés depuis l'an passé. Ma nouvelle adresse : Chaussée de Waterloo 512, boîte 3, 1050 Ixelles.

Pourriez-vous corriger mon nom et mon adresse dans mon compte client, et me renvoyer la facture avec les bonnes données ? J'en ai besoin pour mon employeur.

Merci d'avance,
Nathalie Lemaire
''')),

    # ------------------------------------------------------------------ de
    ('de', 'bnpl-provider-payout-sent', 'automated', (),
'''Return-Path: <haendler-noreply@zahlio.de>
Received: from mo-p00-ob.zahlio.de (mo-p00-ob.zahlio.de [198.51.100.180])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBx3C1sZqz5p
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 05:31:02 +0100 (CET)
From: Zahlio Händlerservice <haendler-noreply@zahlio.de>
To: privacy@shop.example.be
Subject: ''' + _h('Ihre Auszahlung über 3.482,17 EUR ist unterwegs') + '''
Date: Wed, 28 Oct 2026 05:30:58 +0100
Message-ID: <payout.ZH-PO-2026-10-0088417@zahlio.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

''' + _qp('''Guten Tag,

wir haben für Shop Example BV (Händlernummer 4471209) eine Auszahlung veranlasst.

Betrag:               3.482,17 EUR
Abrechnungszeitraum:  19.10.2026 - 25.10.2026
Empfängerkonto:       BE71 **** **** 6769
Verwendungszweck:     ZAHLIO AUSZ 0088417

Die Gutschrift erfolgt in der Regel innerhalb von 1-2 Bankarbeitstagen. Die Einzelaufstellung (Rechnungskäufe, Retouren, Gebühren) finden Sie im Händlerportal unter Abrechnungen > Auszahlungen als CSV und PDF.

Bitte denken Sie daran, Ihre Unternehmensdaten (Handelsregisterauszug, vertretungsberechtigte Personen, wirtschaftlich Berechtigte) aktuell zu halten. Änderungen können Sie im Händlerportal unter Einstellungen > Unternehmensdaten vornehmen.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.

Zahlio GmbH - Friedrichstraße 68, 10117 Berlin - HRB 198211 B
''')),

    ('de', 'exchange-ndr-german-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from mail.mueller-verpackung.de (mail.mueller-verpackung.de [203.0.113.91])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QD8Ww0TQ2z4c
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:40:27 +0100 (CET)
From: Microsoft Outlook <postmaster@mueller-verpackung.de>
To: <privacy@shop.example.be>
Date: Wed, 4 Nov 2026 10:40:25 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="a1c9e4f0-37b2-4d8e-9f15-6c0a2b7d3e84"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <fe2b6a70-8c41-4d7e-b93a-0f51c2e8d6a3@mail.mueller-verpackung.de>
In-Reply-To: <0b6e3a14-9c2d-47f1-8e05-d3a7b1f4c290@shop.example.be>
References: <0b6e3a14-9c2d-47f1-8e05-d3a7b1f4c290@shop.example.be>
Subject: Unzustellbar: Ihre Rechnung RE-26-04417 - Bankverbindung
Auto-Submitted: auto-replied

--a1c9e4f0-37b2-4d8e-9f15-6c0a2b7d3e84
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Die Nachricht konnte nicht zugestellt werden.

Ihre Nachricht hat buchhaltung@mueller-verpackung.de nicht erreicht, weil das Postfach des Empfängers voll ist und zurzeit keine Nachrichten annehmen kann. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: MVEX01.mueller.local

buchhaltung@mueller-verpackung.de
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded' zurückgegeben
''') + '''
--a1c9e4f0-37b2-4d8e-9f15-6c0a2b7d3e84
Content-Type: message/delivery-status

Reporting-MTA: dns;MVEX01.mueller.local
Received-From-MTA: dns;mail.mueller-verpackung.de
Arrival-Date: Wed, 4 Nov 2026 10:40:22 +0000

Final-Recipient: rfc822;buchhaltung@mueller-verpackung.de
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--a1c9e4f0-37b2-4d8e-9f15-6c0a2b7d3e84
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [192.0.2.10])
 by mail.mueller-verpackung.de with ESMTPS; Wed, 4 Nov 2026 10:40:21 +0000
Message-ID: <0b6e3a14-9c2d-47f1-8e05-d3a7b1f4c290@shop.example.be>
Date: Wed, 4 Nov 2026 11:40:19 +0100
From: Shop Example - Privacy <privacy@shop.example.be>
To: buchhaltung@mueller-verpackung.de
Subject: Ihre Rechnung RE-26-04417 - Bankverbindung
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

--a1c9e4f0-37b2-4d8e-9f15-6c0a2b7d3e84--
'''),

    ('de', 'bank-security-alert-new-device', 'automated', (),
'''Return-Path: <sicherheit@rheinische-handelsbank.de>
Received: from mx-out1.rheinische-handelsbank.de (mx-out1.rheinische-handelsbank.de [192.0.2.166])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCdJ45yFhz2r
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 17:58:46 +0100 (CET)
From: Rheinische Handelsbank <sicherheit@rheinische-handelsbank.de>
To: privacy@shop.example.be
Subject: ''' + _h('Sicherheitshinweis: Neues Gerät für das Online-Banking freigeschaltet') + '''
Date: Mon, 2 Nov 2026 17:58:43 +0100
Message-ID: <SEC-DEV-20261102175843-77120934@rheinische-handelsbank.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated

''' + _qp('''Sehr geehrte Kundin, sehr geehrter Kunde,

am 02.11.2026 um 17:56 Uhr wurde für den Online-Banking-Zugang 77120934 (Shop Example BV) ein neues Gerät für das SecureGo-Verfahren freigeschaltet:

Gerät: iPhone 15
Ort der Anmeldung: Antwerpen, Belgien (ungefähr)

Wenn Sie das waren, müssen Sie nichts weiter tun.

Wenn Sie das nicht waren, sperren Sie Ihren Zugang bitte sofort über unsere Sperr-Hotline 0800 116 116 (rund um die Uhr erreichbar).

Wichtig: Wir werden Sie niemals per E-Mail, SMS oder Telefon auffordern, persönliche Daten, PIN oder TAN einzugeben oder zu bestätigen. Öffnen Sie keine Links aus E-Mails, die Sie zu einer solchen Eingabe auffordern.

Mit freundlichen Grüßen
Ihre Rheinische Handelsbank

Diese Nachricht wurde automatisch versendet. Antworten an diese Adresse werden nicht gelesen.
''')),

    ('de', 'e-invoice-platform-xrechnung-rejected', 'automated', (),
'''Return-Path: <no-reply@erechnung-portal.example.de>
Received: from relay.erechnung-portal.example.de (relay.erechnung-portal.example.de [203.0.113.205])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QDHq01VxXz8k
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:03:55 +0100 (CET)
From: E-Rechnungsportal <no-reply@erechnung-portal.example.de>
To: privacy@shop.example.be
Subject: ''' + _h('Ihre E-Rechnung wurde abgewiesen (Validierungsfehler) – RE 2026/1204') + '''
Date: Thu, 5 Nov 2026 10:03:51 +0100
Message-ID: <REJ.20261105.0903.3fb81e2c7a@erechnung-portal.example.de>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_NextPart_ERP_20261105090351"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

------=_NextPart_ERP_20261105090351
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Sehr geehrte Damen und Herren,

die von Ihnen eingereichte elektronische Rechnung konnte nicht angenommen werden.

Rechnungsnummer:      2026/1204
Rechnungssteller:     Shop Example BV
Rechnungsempfänger:   Stadtbibliothek Aachen
Eingang:              05.11.2026 10:03 Uhr
Format:               XRechnung 3.0 (UBL)

Ergebnis der Prüfung: ungültig

[BR-DE-15] Das Element "Buyer reference" (BT-10) muss übermittelt werden.
[BR-DE-23-a] Bei Zahlungsart 58 (SEPA-Überweisung) muss die Gruppe "CREDIT TRANSFER" (BG-17) angegeben werden.

Bitte korrigieren Sie die Rechnung und reichen Sie sie erneut ein. Die Leitweg-ID erhalten Sie von Ihrem Auftraggeber. Den vollständigen Prüfbericht finden Sie im Anhang.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
''') + '''
------=_NextPart_ERP_20261105090351
Content-Type: application/xml; name="Pruefbericht_2026-1204.xml"
Content-Disposition: attachment; filename="Pruefbericht_2026-1204.xml"
Content-Transfer-Encoding: base64

''' + _b64('''<?xml version="1.0" encoding="UTF-8"?>
<rep:report xmlns:rep="http://www.xoev.de/de/validator/varl/1" valid="false">
  <rep:scenarioMatched><s:name xmlns:s="http://www.xoev.de/de/validator/framework/1/scenarios">XRechnung 3.0 UBL Invoice</s:name></rep:scenarioMatched>
  <rep:message code="BR-DE-15" level="error">Das Element "Buyer reference" (BT-10) muss übermittelt werden.</rep:message>
  <rep:message code="BR-DE-23-a" level="error">Wenn BT-81 "Payment means type code" einen Schlüssel für Überweisungen enthält, muss BG-17 "CREDIT TRANSFER" übermittelt werden.</rep:message>
  <rep:assessment><rep:reject/></rep:assessment>
</rep:report>
''') + '''
------=_NextPart_ERP_20261105090351--
'''),

    ('de', 'person-quotes-sepa-return-complains-iban-shared', 'complaint', (),
'''Return-Path: <m.brandt@gmx.de>
Received: from mout.gmx.net (mout.gmx.net [212.227.17.21])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCk8t3PZ1z6d
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 08:12:49 +0100 (CET)
MIME-Version: 1.0
Message-ID: <trinity-6f3b2c81-0d4e-4a97-b1c5-92e7f8a0d315-1793689965112@3c-app-gmx-bs41>
From: Markus Brandt <m.brandt@gmx.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Beschwerde=3A_Weitergabe_meiner_IBAN_an_ein_Inkassob=C3=BCro?=
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Date: Tue, 3 Nov 2026 08:12:45 +0100
Importance: normal
Sensitivity: Normal
X-UI-Message-Type: mail

''' + _qp('''Sehr geehrte Damen und Herren,

unten die Mitteilung, die ich heute früh von meiner Bank bekommen habe. Eine Firma "Forderungsmanagement Süd GmbH" hat in Ihrem Auftrag versucht, 64,90 EUR per Lastschrift von meinem Konto abzubuchen.

Meine IBAN habe ich Ihnen im September ausschließlich für die Erstattung meiner Retoure (Bestellung 2026-0903-1187) gegeben. Ein Lastschriftmandat habe ich nie erteilt, schon gar nicht einem Inkassounternehmen, von dem ich noch nie gehört habe. Dass Sie meine Bankverbindung einfach an Dritte weiterreichen, halte ich für einen klaren Verstoß gegen die DSGVO. Die Retoure ist übrigens laut Sendungsverfolgung am 12.09. bei Ihnen angekommen.

Ich erwarte bis Ende der Woche eine Stellungnahme. Andernfalls wende ich mich an die Datenschutzaufsicht.

Markus Brandt

Gesendet: Dienstag, 03. November 2026 um 06:31 Uhr
Von: "Sparkasse Oberhavel" <mitteilung@sparkasse-oberhavel.example.de>
An: m.brandt@gmx.de
Betreff: Lastschriftrückgabe auf Ihrem Konto

Guten Tag Herr Brandt,

eine Lastschrift zulasten Ihres Kontos DE44 1605 0000 **** **** 17 konnte nicht eingelöst werden und wurde zurückgegeben.

Zahlungsempfänger: Forderungsmanagement Sued GmbH
Gläubiger-ID: DE98ZZZ09999999999
Mandatsreferenz: FMS-SHOPEX-771920
Verwendungszweck: FORDERUNG SHOP EXAMPLE BV 2026-0903-1187
Betrag: 64,90 EUR
Rückgabegrund: MD01 - Kein gültiges Mandat

Diese Nachricht wurde automatisch erstellt.
''')),

    # ------------------------------------------------------------------ es
    ('es', 'tpv-virtual-3ds-authentication-failed', 'automated', (),
'''Return-Path: <notificaciones@tpv.bancoiberico.es>
Received: from smtp3.bancoiberico.es (smtp3.bancoiberico.es [192.0.2.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBs0T7gLkz1x
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 21:47:33 +0100 (CET)
From: TPV Virtual Banco Ibérico <notificaciones@tpv.bancoiberico.es>
To: privacy@shop.example.be
Subject: ''' + _h('Operación denegada: autenticación 3-D Secure no superada') + '''
Date: Tue, 27 Oct 2026 21:47:30 +0100
Message-ID: <TPV.DEN.20261027214730.349817206.0012@tpv.bancoiberico.es>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated

Estimado comercio:

Le informamos de que la siguiente operación ha sido DENEGADA.

Comercio:              SHOP EXAMPLE BV - TIENDA ONLINE ES
Código de comercio:    349817206
Terminal:              001
Número de pedido:      26W1027SE8841
Importe:               87,50 EUR
Fecha y hora:          27/10/2026 21:47:12
Tarjeta:               4548 81** **** 0263
Código de respuesta:   0184 - Error en la autenticación del titular (3DS)

El titular no completó la autenticación reforzada requerida por su entidad emisora (PSD2). No se ha realizado ningún cargo. El cliente puede volver a intentar el pago desde su tienda online.

Puede consultar el detalle de sus operaciones en el Portal de Administración del TPV Virtual.

Por su seguridad, Banco Ibérico nunca le solicitará por correo electrónico sus claves de acceso, datos personales ni datos de tarjetas.

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
'''),

    ('es', 'ooo-administration-mailbox-not-monitored', 'automated', (),
'''Return-Path: <administracion@textilesgaray.es>
Received: from mail.textilesgaray.es (mail.textilesgaray.es [203.0.113.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCb5M2dHjz9v
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 12:09:44 +0100 (CET)
From: =?UTF-8?Q?Administraci=C3=B3n_Textiles_Garay?= <administracion@textilesgaray.es>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Respuesta_autom=C3=A1tica=3A_Solicitud_de_certificado_de_titularidad_bancaria?=
Date: Mon, 2 Nov 2026 12:09:41 +0100
Message-ID: <auto.1793617781.77@mail.textilesgaray.es>
In-Reply-To: <3f9a0e55-2b7c-4c18-9a60-e4d1f0b72c39@shop.example.be>
References: <3f9a0e55-2b7c-4c18-9a60-e4d1f0b72c39@shop.example.be>
Auto-Submitted: auto-replied (vacation)
X-Autoreply: yes
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Buenos días:

Gracias por su correo. Este buzón no se revisa de forma continua durante el cierre contable de octubre (hasta el 10 de noviembre).

- Facturas: envíenlas únicamente en PDF a facturas@textilesgaray.es, indicando nuestro número de pedido.
- Pagos y extractos: tesoreria@textilesgaray.es
- Cambios de datos bancarios: solo se aceptan mediante certificado de titularidad firmado y confirmación telefónica.

Atentamente,
Departamento de Administración
Textiles Garay, S.L. - Polígono Industrial Igeltzera, 48200 Durango (Bizkaia)
'''),

    ('es', 'challenge-response-antispam-gestoria', 'automated', (),
'''Return-Path: <>
Received: from filtro.gestoriamartinez.es (filtro.gestoriamartinez.es [198.51.100.149])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QD7cP6VyTz3h
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 10:51:02 +0100 (CET)
From: Filtro antispam Gestoría Martínez <verificacion@gestoriamartinez.es>
To: privacy@shop.example.be
Subject: ''' + _h('Verificación de remitente pendiente: "Datos fiscales para factura 2026/1192"') + '''
Date: Wed, 4 Nov 2026 10:50:59 +0100
Message-ID: <cr-7d31f0a9c2e84b55@filtro.gestoriamartinez.es>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: junk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Hola,

Ha enviado un mensaje a contabilidad@gestoriamartinez.es. Nuestro sistema de protección contra el correo no deseado no reconoce su dirección y ha retenido el mensaje.

Asunto: Datos fiscales para factura 2026/1192
Fecha:  04/11/2026 10:50

Para que su mensaje sea entregado, confirme que es usted una persona haciendo clic en el siguiente enlace durante los próximos 5 días:

https://filtro.gestoriamartinez.es/verificar?id=7d31f0a9c2e84b55

Solo tendrá que hacerlo una vez. Si no lo confirma, el mensaje se eliminará automáticamente.

Este es un mensaje automático. No responda a este correo.
''')),

    ('es', 'person-replies-above-payment-failed-mail-what-data', 'access', (),
'''Return-Path: <lucia.ferrer.v@gmail.com>
Received: from mail-ej1-f54.google.com (mail-ej1-f54.google.com [209.85.218.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QC9yX0RbVz5q
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 23:17:30 +0100 (CET)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?Q?Luc=C3=ADa_Ferrer?= <lucia.ferrer.v@gmail.com>
Mime-Version: 1.0 (1.0)
Subject: Re: Tu pago no se ha podido completar
Date: Sat, 31 Oct 2026 23:17:24 +0100
Message-Id: <A5D1E8C2-7F40-4B93-9C1A-0E62B4D7F3A8@gmail.com>
References: <pay-failed.26W1027SE8841@shop.example.be>
In-Reply-To: <pay-failed.26W1027SE8841@shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

''' + _qp('''Hola, aquí pone que habéis "guardado la tarjeta para que pueda reintentar el pago". Yo no he autorizado eso.

¿Qué datos míos tenéis exactamente? Tarjeta, dirección, teléfono, lo que sea. ¿Y a quién se los habéis pasado, al banco, a la pasarela de pago? Quiero saberlo y que me mandéis una copia.

Gracias.
Lucía Ferrer

Enviado desde mi iPhone

> El 27 oct 2026, a las 21:48, Shop Example <no-reply@shop.example.be> escribió:
>
> Hola Lucía:
>
> No hemos podido completar el pago de tu pedido 26W1027SE8841 (87,50 €) porque tu banco no ha confirmado la autenticación.
>
> Hemos guardado tu tarjeta para que puedas reintentar el pago en las próximas 48 horas desde "Mis pedidos".
>
> Este correo se ha enviado automáticamente. Si tienes preguntas sobre tus datos personales, escribe a privacy@shop.example.be.
''')),

    # ------------------------------------------------------------------ it
    ('it', 'psp-refund-processed-merchant-notice', 'automated', (),
'''Return-Path: <notifiche@nexopagamenti.it>
Received: from out-7.nexopagamenti.it (out-7.nexopagamenti.it [198.51.100.87])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QC2gJ3k0Dz7w
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 17:05:19 +0100 (CET)
From: Nexo Pagamenti <notifiche@nexopagamenti.it>
To: privacy@shop.example.be
Subject: Rimborso elaborato - ordine 2026-1024-IT7781
Date: Thu, 29 Oct 2026 17:05:16 +0100
Message-ID: <rfnd.NX-RF-0019983.20261029170516@nexopagamenti.it>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

''' + _qp('''Gentile esercente,

ti confermiamo che il rimborso richiesto dal tuo pannello è stato elaborato.

Esercente:        Shop Example BV (ID 60021877)
Ordine:           2026-1024-IT7781
Transazione:      NX-TX-8817302291
Importo rimborso: 42,00 € (rimborso parziale su 119,00 €)
Metodo:           Carta Mastercard **** 5532
Data:             29/10/2026 17:05

L'accredito sulla carta del cliente avverrà entro 5-10 giorni lavorativi, secondo i tempi della banca emittente. L'importo verrà trattenuto dal prossimo versamento.

Per motivi di sicurezza, non ti chiederemo mai di comunicarci password o dati personali via e-mail.

Questa e-mail è stata generata automaticamente, ti preghiamo di non rispondere.
Nexo Pagamenti S.p.A. - Istituto di pagamento autorizzato da Banca d'Italia
''')),

    ('it', 'debt-collection-case-status-update', 'automated', (),
'''Return-Path: <pratiche-noreply@recuperocrediti-lombarda.it>
Received: from smtp.recuperocrediti-lombarda.it (smtp.recuperocrediti-lombarda.it [203.0.113.27])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QD0Yq2hN5z1s
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 15:30:08 +0100 (CET)
From: Lombarda Recupero Crediti <pratiche-noreply@recuperocrediti-lombarda.it>
To: privacy@shop.example.be
Subject: Aggiornamento pratica n. RC/2026/09913 - NON RISPONDERE
Date: Tue, 3 Nov 2026 15:30:04 +0100
Message-ID: <RC-2026-09913.upd.4@recuperocrediti-lombarda.it>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk

Gentile Cliente,

la informiamo che lo stato della pratica sotto indicata è stato aggiornato.

Pratica n.:        RC/2026/09913
Vostro riferimento: 2026-0811-IT3302
Debitore:          R. C. (Torino)
Importo affidato:  154,80 €
Nuovo stato:       PIANO DI RIENTRO CONCORDATO (3 rate mensili)
Prima rata:        30/11/2026

Gli importi incassati verranno riversati sul conto indicato in fase di affidamento, al netto delle commissioni pattuite, con rendiconto mensile.

Può consultare la cronologia completa della pratica nell'Area Clienti.

I dati personali del debitore sono trattati esclusivamente per finalità di recupero del credito, ai sensi del Reg. (UE) 2016/679.

Questo messaggio è generato automaticamente: le risposte a questo indirizzo non vengono lette.

Lombarda Recupero Crediti S.r.l. - Licenza ex art. 115 TULPS
'''),

    ('it', 'ooo-accounting-office-closed', 'automated', (),
'''Return-Path: <amministrazione@ceramichebertolini.it>
Received: from smtp.aruba.it (smtpcmd0871.aruba.it [62.149.156.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBd6F1pWmz4n
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 16:44:55 +0100 (CET)
From: Amministrazione Ceramiche Bertolini <amministrazione@ceramichebertolini.it>
To: privacy@shop.example.be
Subject: Risposta automatica: Re: Nomina a responsabile del trattamento - firma
Date: Mon, 26 Oct 2026 16:44:52 +0100
Message-ID: <autoreply-20261026164452-0311@ceramichebertolini.it>
In-Reply-To: <b87e2c10-5f3a-4d69-8e1b-c04a9d7f2e61@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
X-Autorespond: yes
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Buongiorno,

l'ufficio amministrazione resterà chiuso da venerdì 30 ottobre a lunedì 2 novembre compresi. Riprenderemo a rispondere alle e-mail da martedì 3 novembre.

Si ricorda che le fatture vanno inviate esclusivamente tramite SDI (codice destinatario M5UXCR1) o, per i fornitori esteri, in PDF a fatture@ceramichebertolini.it.

Per solleciti di pagamento urgenti: 0536 812 440 (interno 3).

Cordiali saluti,
Ufficio Amministrazione
Ceramiche Bertolini S.r.l. - Sassuolo (MO)
''')),

    ('it', 'person-sms-gateway-stop-reply', 'withdraw_consent', (),
'''Return-Path: <inbound-noreply@gw.smsrelay.eu>
Received: from gw2.smsrelay.eu (gw2.smsrelay.eu [198.51.100.240])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QDQ2m0zTVz6g
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 18:22:47 +0100 (CET)
From: SMSRelay Inbound <inbound-noreply@gw.smsrelay.eu>
To: privacy@shop.example.be
Subject: Inbound SMS from +393478124409 (campaign BF2026-IT-PROMO)
Date: Thu, 5 Nov 2026 17:22:44 +0000
Message-ID: <in.20261105172244.393478124409.4471@gw.smsrelay.eu>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-SMSRelay-Route: 4471

''' + _qp('''From:      +393478124409
To:        +32460204155
Received:  2026-11-05 18:22:41 CET
Campaign:  BF2026-IT-PROMO
Segments:  1

Message:
STOP. Non mandatemi più questi sms, non li ho mai chiesti

--
This message was forwarded automatically by SMSRelay inbound routing (route 4471 -> privacy@shop.example.be). Replies to this e-mail are not delivered to the handset.
''')),

    # ------------------------------------------------------------------ pt
    ('pt', 'psp-multibanco-reference-expired', 'automated', (),
'''Return-Path: <avisos@pagaqui.pt>
Received: from mail2.pagaqui.pt (mail2.pagaqui.pt [192.0.2.144])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCFb81nKqz2m
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 01:00:21 +0100 (CET)
From: Pagaqui <avisos@pagaqui.pt>
To: privacy@shop.example.be
Subject: ''' + _h('Referência Multibanco expirada sem pagamento – encomenda 2026-1027-PT2290') + '''
Date: Sun, 1 Nov 2026 00:00:18 +0000
Message-ID: <mb-exp.PQ-REF-556201773.20261101000018@pagaqui.pt>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

''' + _qp('''Caro comerciante,

A referência Multibanco abaixo expirou sem que tenha sido registado qualquer pagamento.

Comerciante: Shop Example BV (conta 20418)
Encomenda: 2026-1027-PT2290
Entidade: 21873
Referência: 556 201 773
Montante: 58,40 €
Data limite: 31/10/2026 23:59

A encomenda foi marcada como "não paga" no seu painel. Se pretender, pode gerar uma nova referência e enviá-la ao seu cliente.

Lembramos que a Pagaqui nunca lhe pedirá dados pessoais, palavras-passe ou códigos por e-mail.

Esta mensagem foi gerada automaticamente. Por favor, não responda.
Pagaqui - Instituição de Pagamento registada no Banco de Portugal
''')),

    ('pt', 'ooo-contabilidade-ferias', 'automated', (),
'''Return-Path: <contabilidade@corticeira-almeida.pt>
Received: from smtp.ptempresas.pt (smtp.ptempresas.pt [213.13.146.30])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBwQ91z7tz5j
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 10:12:03 +0100 (CET)
From: Contabilidade - Corticeira Almeida <contabilidade@corticeira-almeida.pt>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Resposta_autom=C3=A1tica=3A_Acordo_de_tratamento_de_dados_=E2=80=93_anexo_assinado?=
Date: Wed, 28 Oct 2026 09:12:00 +0000
Message-ID: <vac.1793265120.3418@corticeira-almeida.pt>
In-Reply-To: <c0e7b1a4-22f9-4c3d-8e71-5a9d3f6b0e28@shop.example.be>
References: <c0e7b1a4-22f9-4c3d-8e71-5a9d3f6b0e28@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bom dia,

Encontro-me ausente do escritório até dia 9 de novembro, com acesso limitado ao correio eletrónico.

Para assuntos urgentes relacionados com pagamentos ou faturação, por favor contacte a Dra. Helena Sousa através do e-mail helena.sousa@corticeira-almeida.pt ou do telefone 227 450 812.

As faturas de fornecedores devem ser enviadas para faturas@corticeira-almeida.pt.

Com os melhores cumprimentos,
Rui Almeida
Departamento Financeiro - Corticeira Almeida, Lda.
'''),

    ('pt', 'outlook-read-receipt-portuguese', 'automated', (),
'''Return-Path: <tesouraria@ferragens-nunes.pt>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2051.outbound.protection.outlook.com [40.107.241.51])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QD5hV4cR1z8p
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 09:38:16 +0100 (CET)
From: Tesouraria Ferragens Nunes <tesouraria@ferragens-nunes.pt>
To: Shop Example - Privacy <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Lida:_Altera=E7=E3o_de_IBAN_=96_pedido_de_confirma=E7=E3o?=
Date: Wed, 4 Nov 2026 08:38:13 +0000
Message-ID: <DB9PR06MB7712C4E1A0B3F92D8E5A7C61B0F3@DB9PR06MB7712.eurprd06.prod.outlook.com>
Content-Language: pt-PT
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="_bd1e7c02-4f5a-4e6b-9a3c-2d8f0e17b4c5_"

--_bd1e7c02-4f5a-4e6b-9a3c-2d8f0e17b4c5_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

A sua mensagem

Para: Tesouraria Ferragens Nunes
Assunto: Altera=E7=E3o de IBAN =96 pedido de confirma=E7=E3o
Enviada: quarta-feira, 4 de novembro de 2026 08:02:41 (UTC+00:00) Dublin, E=
dimburgo, Lisboa, Londres

foi lida em quarta-feira, 4 de novembro de 2026 08:38:10 (UTC+00:00) Dubli=
n, Edimburgo, Lisboa, Londres.

--_bd1e7c02-4f5a-4e6b-9a3c-2d8f0e17b4c5_
Content-Type: message/disposition-notification

Reporting-UA: DB9PR06MB7712.eurprd06.prod.outlook.com; Microsoft Exchange Server 2019
Final-Recipient: rfc822;tesouraria@ferragens-nunes.pt
Original-Message-ID: <6a1c0f3e-8b27-4d95-a0e4-3f72c9b1d508@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_bd1e7c02-4f5a-4e6b-9a3c-2d8f0e17b4c5_--
'''),

    ('pt', 'person-forwards-credit-check-notice-objects', 'objection', ('access',),
'''Return-Path: <joana.pmarques@sapo.pt>
Received: from relay5.ptmail.sapo.pt (relay5.ptmail.sapo.pt [212.55.154.25])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCMx52Zg6z1f
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 22:05:39 +0100 (CET)
Date: Sun, 1 Nov 2026 21:05:33 +0000
From: Joana Marques <joana.pmarques@sapo.pt>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Fwd=3A_Alerta=3A_nova_consulta_ao_seu_perfil_de_cr=C3=A9dito?=
Message-ID: <20261101210533.Horde.q8Zk2dT0bV1mE4xRfa7w3Nc@webmail.sapo.pt>
User-Agent: Horde Application Framework 5
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

''' + _qp('''Boa noite,

Recebi este alerta hoje. Fiz uma compra na vossa loja com pagamento em 3 prestações, mas em momento nenhum me disseram que iam consultar o meu perfil de crédito numa central privada.

Oponho-me a que os meus dados sejam usados para avaliações de crédito ou para qualquer tipo de perfil. E quero saber que dados meus enviaram a esta empresa e em que data.

Joana Marques

----- Mensagem encaminhada de Alertas CrediScore <alertas@crediscore.pt> -----
   Data: Sun, 01 Nov 2026 09:14:02 +0000
     De: Alertas CrediScore <alertas@crediscore.pt>
Assunto: Alerta: nova consulta ao seu perfil de crédito
   Para: joana.pmarques@sapo.pt

Olá Joana,

Foi registada uma nova consulta ao seu perfil de crédito.

Entidade: SHOP EXAMPLE BV (via parceiro de pagamento fracionado)
Data da consulta: 30/10/2026
Finalidade declarada: avaliação de pedido de crédito ao consumo

Se não reconhece esta consulta, entre na sua área pessoal em crediscore.pt.

Esta é uma mensagem automática, não responda.

----- Fim da mensagem encaminhada -----
''')),

    # ------------------------------------------------------------------ pl
    ('pl', 'bank-monthly-statement-available', 'automated', (),
'''Return-Path: <powiadomienia@bankwislanski.pl>
Received: from mx-out.bankwislanski.pl (mx-out.bankwislanski.pl [192.0.2.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCGv35wMxz4q
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 06:02:40 +0100 (CET)
From: Bank =?UTF-8?Q?Wi=C5=9Blanski?= <powiadomienia@bankwislanski.pl>
To: privacy@shop.example.be
Subject: ''' + _h('Wyciąg z rachunku za październik 2026 jest już dostępny') + '''
Date: Sun, 1 Nov 2026 06:02:37 +0100
Message-ID: <WYC.202610.PL61109010140000071219812874@bankwislanski.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
Precedence: bulk

''' + _qp('''Szanowni Państwo,

informujemy, że wyciąg z rachunku firmowego nr PL61 1090 1014 0000 0712 1981 2874 (SHOP EXAMPLE BV ODDZIAŁ W POLSCE) za okres 01.10.2026-31.10.2026 jest dostępny w bankowości internetowej Wiślański Biznes w zakładce Dokumenty > Wyciągi.

Ze względów bezpieczeństwa nie załączamy wyciągów do wiadomości e-mail.

Pamiętaj: Bank nigdy nie prosi w wiadomościach e-mail ani SMS o podanie loginu, hasła, kodów autoryzacyjnych czy danych osobowych. Nie klikaj w linki z podejrzanych wiadomości.

Wiadomość została wygenerowana automatycznie, prosimy na nią nie odpowiadać.

Bank Wiślański S.A., ul. Grodzka 40, 31-044 Kraków
''')),

    ('pl', 'debt-collection-case-registered-ack', 'automated', (),
'''Return-Path: <sprawy@windykacja-kruczek.pl>
Received: from poczta.windykacja-kruczek.pl (poczta.windykacja-kruczek.pl [203.0.113.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCnZ17JdPz2y
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:46:55 +0100 (CET)
From: Kruczek Windykacja - system <sprawy@windykacja-kruczek.pl>
To: privacy@shop.example.be
Subject: ''' + _h('Potwierdzenie przyjęcia sprawy nr WN/2026/10/55812') + '''
Date: Tue, 3 Nov 2026 10:46:52 +0100
Message-ID: <WN-2026-10-55812.przyjecie@windykacja-kruczek.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

Dzień dobry,

potwierdzamy przyjęcie zlecenia windykacyjnego.

Numer sprawy:        WN/2026/10/55812
Zleceniodawca:       Shop Example BV
Dłużnik:             M. W., Wrocław
Kwota główna:        312,00 PLN
Tytuł:               faktura FV/PL/2026/08/1193

Pierwsze wezwanie do zapłaty zostanie wysłane do dłużnika w ciągu 3 dni roboczych. O kolejnych etapach będziemy informować Państwa automatycznie.

Dane osobowe dłużnika przetwarzamy wyłącznie w celu dochodzenia wierzytelności (art. 6 ust. 1 lit. f RODO).

Wiadomość wygenerowana automatycznie - prosimy nie odpowiadać. W korespondencji prosimy powoływać się na numer sprawy.

Kruczek Windykacja Sp. z o.o.
'''),

    ('pl', 'psp-verify-company-details-reminder', 'automated', (),
'''Return-Path: <no-reply@platnik24.pl>
Received: from mail-out.platnik24.pl (mail-out.platnik24.pl [198.51.100.24])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBtK46HvWz9c
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 08:20:11 +0100 (CET)
From: =?UTF-8?Q?P=C5=82atnik24?= <no-reply@platnik24.pl>
To: privacy@shop.example.be
Subject: ''' + _h('Zaktualizuj dane firmy – w przeciwnym razie wypłaty zostaną wstrzymane') + '''
Date: Wed, 28 Oct 2026 08:20:07 +0100
Message-ID: <kyc.upd.88213.20261028072007@platnik24.pl>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_9c2e7a04f61d3b58"
Auto-Submitted: auto-generated

--b1_9c2e7a04f61d3b58
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dzień dobry,

zgodnie z ustawą o przeciwdziałaniu praniu pieniędzy musimy okresowo weryfikować dane naszych partnerów. W Państwa koncie (ID sprzedawcy 88213, Shop Example BV) brakuje następujących informacji:

- aktualnego odpisu z rejestru przedsiębiorców (nie starszego niż 3 miesiące),
- danych osobowych beneficjenta rzeczywistego.

Prosimy o uzupełnienie danych w panelu sprzedawcy do 18 listopada 2026 r. Po tym terminie wypłaty środków zostaną wstrzymane do czasu zakończenia weryfikacji.

Nigdy nie prosimy o przesyłanie dokumentów ani haseł e-mailem.

Wiadomość wygenerowana automatycznie.
Zespół Płatnik24
''') + '''
--b1_9c2e7a04f61d3b58
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<html><body><p>Dzień dobry,</p><p>w Państwa koncie (ID sprzedawcy 88213) brakuje danych wymaganych do weryfikacji. Prosimy o uzupełnienie ich w <a href="https://panel.platnik24.pl/weryfikacja">panelu sprzedawcy</a> do 18 listopada 2026 r.</p><p style="color:#888;font-size:11px">Wiadomość wygenerowana automatycznie.</p></body></html>
''') + '''
--b1_9c2e7a04f61d3b58--
'''),

    ('pl', 'person-forwards-our-bounce-asks-deletion-again', 'deletion', (),
'''Return-Path: <anna.kowalczyk85@wp.pl>
Received: from mx.wp.pl (mx.wp.pl [212.77.101.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QDCs42nTfz7k
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 19:33:18 +0100 (CET)
Date: Wed, 04 Nov 2026 19:33:14 +0100
From: Anna Kowalczyk <anna.kowalczyk85@wp.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Fwd=3A_Undelivered_Mail_Returned_to_Sender_-_usuni=C4=99cie_konta?=
Message-ID: <a3b7f1e0c92d4e8b@wp.pl>
X-Mailer: WP Poczta
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dzień dobry,

wysłałam prośbę o usunięcie konta na adres podany na fakturze i dostałam to, co niżej. Piszę więc jeszcze raz tutaj: proszę usunąć moje konto w sklepie (login anna.kowalczyk85@wp.pl) razem z moimi danymi.

Anna Kowalczyk

---------- Wiadomość przekazana ----------
Od: Mail Delivery System <MAILER-DAEMON@mx1.shop.example.be>
Do: anna.kowalczyk85@wp.pl
Data: 04.11.2026 19:21
Temat: Undelivered Mail Returned to Sender

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<faktury-pl@shop.example.be>: host mail.shop.example.be[10.20.0.15] said:
    550 5.1.1 <faktury-pl@shop.example.be>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
''')),

    # ------------------------------------------------------------------ cs
    ('cs', 'bank-statement-available', 'automated', (),
'''Return-Path: <info@moravskabanka.cz>
Received: from smtp-out.moravskabanka.cz (smtp-out.moravskabanka.cz [192.0.2.99])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCHm02kVbz3s
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 07:15:02 +0100 (CET)
From: =?UTF-8?Q?Moravsk=C3=A1_banka?= <info@moravskabanka.cz>
To: privacy@shop.example.be
Subject: ''' + _h('Nový výpis z účtu č. 2701884415/4710 je k dispozici') + '''
Date: Sun, 1 Nov 2026 07:14:58 +0100
Message-ID: <vypis.2701884415.202610@moravskabanka.cz>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated

''' + _qp('''Vážený kliente,

v internetovém bankovnictví MB Business je k dispozici nový výpis z Vašeho účtu.

Číslo účtu: 2701884415/4710
Majitel účtu: Shop Example BV, odštěpný závod
Období: 1. 10. 2026 - 31. 10. 2026
Číslo výpisu: 10/2026

Výpis najdete v sekci Dokumenty > Výpisy. Pokud si přejete výpisy dostávat v jiném formátu (PDF, ABO, CAMT.053), změňte nastavení v sekci Nastavení > Výpisy.

Upozornění: Moravská banka Vás nikdy nebude e-mailem žádat o přihlašovací údaje, PIN ani osobní údaje.

Tato zpráva byla vygenerována automaticky, neodpovídejte na ni prosím.
''')),

    ('cs', 'invoicing-app-overdue-reminder', 'automated', (),
'''Return-Path: <bounce-r41@mail.fakturka.cz>
Received: from mail.fakturka.cz (mail.fakturka.cz [198.51.100.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QD1Wb4mJsz5x
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 08:00:31 +0100 (CET)
From: Prekladatelstvi Novotna via Fakturka <faktury@fakturka.cz>
Reply-To: jana@preklady-novotna.cz
To: privacy@shop.example.be
Subject: ''' + _h('Upomínka: faktura č. 2026-0931 je 14 dní po splatnosti') + '''
Date: Tue, 3 Nov 2026 08:00:28 +0100
Message-ID: <upominka.2026-0931.1.7fd3c2@fakturka.cz>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Fakturka-Type: reminder

''' + _qp('''Dobrý den,

dovolujeme si Vás upozornit, že faktura č. 2026-0931 za překlad zásad ochrany osobních údajů do češtiny je 14 dní po splatnosti.

Dodavatel: Jana Novotná - překladatelské služby, IČO 74120588
Odběratel: Shop Example BV
Částka k úhradě: 312,00 EUR
Datum splatnosti: 20. 10. 2026
Číslo účtu: CZ65 0800 0000 1920 0014 5399
Variabilní symbol: 20260931

Fakturu si můžete stáhnout zde: https://app.fakturka.cz/p/7fd3c2a91b

Pokud jste již zaplatili, považujte prosím tuto zprávu za bezpředmětnou.

Tento e-mail byl odeslán automaticky službou Fakturka.cz jménem dodavatele.
''')),

    ('cs', 'ooo-accounting-czech', 'automated', (),
'''Return-Path: <ucetni@sklarnahorak.cz>
Received: from mx.seznam.cz (mxb2.seznam.cz [77.75.78.2])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCc2P0gLqz1m
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 13:40:19 +0100 (CET)
From: =?UTF-8?Q?=C3=9A=C4=8Dt=C3=A1rna_Skl=C3=A1rna_Hor=C3=A1k?= <ucetni@sklarnahorak.cz>
To: privacy@shop.example.be
Subject: ''' + _h('Automatická odpověď: Potvrzení změny bankovního účtu') + '''
Date: Mon, 2 Nov 2026 13:40:16 +0100
Message-ID: <autoreply.ucetni.20261102134016@sklarnahorak.cz>
In-Reply-To: <8e5d2b61-0f3c-4a97-b7d4-1c9e6a0f3b82@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dobrý den,

do 6. 11. 2026 jsem mimo kancelář a e-maily nevyřizuji.

Faktury prosím zasílejte na faktury@sklarnahorak.cz, v naléhavých věcech týkajících se plateb volejte 487 852 119.

Děkuji za pochopení.
Ivana Horáková
účtárna, Sklárna Horák s.r.o.
'''),

    ('cs', 'person-replies-above-reminder-sent-to-ex-wife', 'complaint', ('correction',),
'''Return-Path: <petr.dvoracek@seznam.cz>
Received: from mxd.seznam.cz (mxd.seznam.cz [77.75.76.210])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QDK1s5yGvz2b
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 21:14:50 +0100 (CET)
From: =?utf-8?q?Petr_Dvo=C5=99=C3=A1=C4=8Dek?= <petr.dvoracek@seznam.cz>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_Upom=C3=ADnka_-_objedn=C3=A1vka_2026-1012-CZ0455?=
Date: Thu, 05 Nov 2026 21:14:46 +0100 (CET)
Message-Id: <HbZ.Wp2q.7fa1Q1x4TrR.1gV0aM@seznam.cz>
In-Reply-To: <reminder.2026-1012-CZ0455@shop.example.be>
References: <reminder.2026-1012-CZ0455@shop.example.be>
Mime-Version: 1.0 (Szn Email 5.6.3)
X-Mailer: szn-mime-2.1.60
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dobrý den,

tuhle upomínku jste poslali na e-mail mé bývalé manželky (jana.dvorackova@email.cz), která mi ji přeposlala i s komentářem. Ona teď vidí, co jsem si objednal, kolik to stálo a kam to šlo. Ten e-mail u vás nemá co dělat, účet je od letoška na mě a na moji adresu. Tohle považuji za únik osobních údajů.

Opravte si prosím kontaktní e-mail na petr.dvoracek@seznam.cz a ten starý smažte. A mimochodem, objednávka je zaplacená od 28. 10.

Petr Dvořáček

---------- Původní e-mail ----------
Od: Shop Example <no-reply@shop.example.be>
Komu: jana.dvorackova@email.cz
Datum: 5. 11. 2026 9:00:12
Předmět: Upomínka - objednávka 2026-1012-CZ0455

Dobrý den, Petře,

u objednávky 2026-1012-CZ0455 (doručeno na: Na Výsluní 8, 460 01 Liberec) jsme zatím neobdrželi platbu ve výši 1 890 Kč. Prosíme o úhradu do 7 dnů.

Tento e-mail byl vygenerován automaticky.
''')),

    # ------------------------------------------------------------------ hr
    ('hr', 'fina-e-invoice-received-notification', 'automated', (),
'''Return-Path: <eracun-noreply@fina.example.hr>
Received: from smtp.fina.example.hr (smtp.fina.example.hr [192.0.2.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBkF82xWcz6n
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 12:33:47 +0100 (CET)
From: =?UTF-8?Q?e-Ra=C4=8Dun_servis?= <eracun-noreply@fina.example.hr>
To: privacy@shop.example.be
Subject: ''' + _h('Obavijest o zaprimljenom e-računu br. 1204-1-1') + '''
Date: Tue, 27 Oct 2026 12:33:44 +0100
Message-ID: <ER.OBAV.20261027123344.5518820@fina.example.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated

''' + _qp('''Poštovani,

obavještavamo Vas da je u Vaš poštanski sandučić u servisu e-Račun zaprimljen novi e-račun.

Pošiljatelj: Drvoprerada Kovač d.o.o., OIB 41552093817
Primatelj: SHOP EXAMPLE BV
Broj računa: 1204-1-1
Datum izdavanja: 27.10.2026.
Iznos: 1.845,00 EUR
Identifikator: 5518820

E-račun možete preuzeti prijavom u aplikaciju e-Račun. Ako račun ne preuzmete u roku od 30 dana, bit će arhiviran.

Ova poruka je automatski generirana. Molimo ne odgovarajte na nju.
''')),

    ('hr', 'bank-security-notice-contact-data-changed', 'automated', (),
'''Return-Path: <obavijesti@jadranskabanka.hr>
Received: from mail-out2.jadranskabanka.hr (mail-out2.jadranskabanka.hr [203.0.113.222])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCr6L3wYkz8d
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 16:21:38 +0100 (CET)
From: Jadranska banka <obavijesti@jadranskabanka.hr>
To: privacy@shop.example.be
Subject: ''' + _h('Sigurnosna obavijest: promijenjeni su kontakt podaci za Vaš poslovni račun') + '''
Date: Tue, 3 Nov 2026 16:21:35 +0100
Message-ID: <SEC.CONTACT.20261103.0091177@jadranskabanka.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated

''' + _qp('''Poštovani klijente,

dana 03.11.2026. u 16:19 h u internetskom bankarstvu promijenjena je adresa e-pošte za primanje obavijesti za poslovni račun HR12 2340 0091 1100 4471 2 (SHOP EXAMPLE BV, podružnica Zagreb).

Ako ste promjenu napravili Vi, ova poruka ne zahtijeva daljnje postupanje.

Ako promjenu niste napravili Vi, odmah nazovite Kontakt centar na 0800 4471 (0-24 h).

Jadranska banka nikada Vas neće putem e-pošte ili SMS-a tražiti osobne podatke, lozinke ni jednokratne zaporke.

Ovo je automatski generirana poruka, molimo ne odgovarajte na nju.
''')),

    ('hr', 'ooo-accounting-croatian', 'automated', (),
'''Return-Path: <racunovodstvo@kovac-drvo.hr>
Received: from mail.kovac-drvo.hr (mail.kovac-drvo.hr [198.51.100.16])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QC3bF0pXqz5c
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 11:07:52 +0100 (CET)
From: =?UTF-8?Q?Ra=C4=8Dunovodstvo_Kova=C4=8D?= <racunovodstvo@kovac-drvo.hr>
To: privacy@shop.example.be
Subject: ''' + _h('Automatski odgovor: Re: Ugovor o obradi podataka – potpisani primjerak') + '''
Date: Thu, 29 Oct 2026 11:07:49 +0100
Message-ID: <ooo-1793354869-racunovodstvo@kovac-drvo.hr>
In-Reply-To: <f6a2d0c8-71b3-4e9a-a5d2-0e84c1b7f936@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Poštovani,

na godišnjem sam odmoru do 9. studenoga 2026. Vaša poruka neće biti proslijeđena.

Za hitna pitanja u vezi s plaćanjima i računima obratite se kolegici Marini Babić na marina.babic@kovac-drvo.hr ili na broj 01 6184 220.

Lijep pozdrav,
Ankica Kovač
Računovodstvo, Drvoprerada Kovač d.o.o.
'''),

    ('hr', 'person-replies-above-ticket-ack-still-no-answer', 'complaint', ('access',),
'''Return-Path: <ivana.maric.zg@gmail.com>
Received: from mail-wm1-f45.google.com (mail-wm1-f45.google.com [209.85.128.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QD9n15KbRz3x
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 12:02:14 +0100 (CET)
MIME-Version: 1.0
References: <ticket.48213.ack@shop.example.be>
In-Reply-To: <ticket.48213.ack@shop.example.be>
From: =?UTF-8?B?SXZhbmEgTWFyacSH?= <ivana.maric.zg@gmail.com>
Date: Wed, 4 Nov 2026 12:02:01 +0100
Message-ID: <CAH7kq2Wv0Lm3zX9fJ1aR4bTq5cN8yE2uPd6sVg0hK1oM3wZ7xA@mail.gmail.com>
Subject: Re: [#48213] Zaprimili smo Vaš zahtjev / We have received your request
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Poštovani,

od ovog automatskog odgovora prošlo je više od pet tjedana, a od vas nema ni riječi. Zahtjev sam poslala 28. rujna.

Još jednom: tražim kopiju svih osobnih podataka koje o meni imate (račun, narudžbe, kartica vjernosti) i informaciju s kim ste ih dijelili.

Ako do petka ne dobijem odgovor, podnosim prigovor AZOP-u.

Ivana Marić

sri, 30. ruj 2026. u 09:14 Shop Example Privacy <privacy@shop.example.be> napisao je:

> Dear customer / Poštovani,
>
> We have received your request and registered it under number #48213. We will reply within one month.
>
> Zaprimili smo Vaš zahtjev pod brojem #48213. Odgovorit ćemo u roku od mjesec dana.
>
> This is an automatic message. / Ovo je automatska poruka.
''')),

    # ------------------------------------------------------------------ sv
    ('sv', 'bnpl-settlement-report-available', 'automated', (),
'''Return-Path: <no-reply@merchant.betalkvitt.se>
Received: from out2.merchant.betalkvitt.se (out2.merchant.betalkvitt.se [198.51.100.46])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBg8X0qRtz1p
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 07:02:33 +0100 (CET)
From: Betalkvitt Merchant <no-reply@merchant.betalkvitt.se>
To: privacy@shop.example.be
Subject: ''' + _h('Din avräkning för vecka 43 är klar – 18 412,30 SEK') + '''
Date: Mon, 26 Oct 2026 07:02:30 +0100
Message-ID: <settlement.SE-4471093.2026W43@merchant.betalkvitt.se>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
Precedence: bulk
List-Unsubscribe: <https://merchant.betalkvitt.se/settings/notifications>

''' + _qp('''Hej,

avräkningen för Shop Example BV (butiks-ID SE-4471093) för perioden 19-25 oktober 2026 är klar.

Försäljning:     21 730,00 SEK
Returer:         -2 890,00 SEK
Avgifter:          -427,70 SEK
Utbetalas:       18 412,30 SEK
Utbetalningsdag: 27 oktober 2026

Avräkningsrapporten (CSV och PDF) hittar du i handlarportalen under Ekonomi > Avräkningar.

Kom ihåg att hålla företagsuppgifterna uppdaterade. Vi kommer aldrig att be dig lämna inloggningsuppgifter eller personuppgifter via e-post.

Det här mejlet skickades automatiskt och går inte att svara på.
Betalkvitt AB, Regeringsgatan 38, 111 56 Stockholm
''')),

    ('sv', 'ooo-finance-parental-leave', 'automated', (),
'''Return-Path: <ekonomi@nordtrahus.se>
Received: from mail-gv0-f172.google.com (mail-gv0-f172.google.com [209.85.167.172])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCW6v1nJ2z4f
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:15:03 +0100 (CET)
MIME-Version: 1.0
From: Ekonomi Nordtrahus <ekonomi@nordtrahus.se>
Date: Mon, 2 Nov 2026 09:14:59 +0100
Message-ID: <CAJx9qVd1eTg0nR7pFz3w8Bk2MhL5sYc4aU6oXv1qE9iNt0bWfA@mail.gmail.com>
Subject: =?UTF-8?Q?Autosvar=3A_Bekr=C3=A4ftelse_av_nytt_bankgironummer?=
To: privacy@shop.example.be
In-Reply-To: <2c7b90e4-5d1a-4f38-96e2-b0a3c8f1d574@shop.example.be>
References: <2c7b90e4-5d1a-4f38-96e2-b0a3c8f1d574@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Hej!

Jag är föräldraledig till och med den 4 januari 2027. Den här brevlådan läses inte under tiden.

Fakturor skickas i första hand via Peppol eller som PDF till fakturor@nordtrahus.se. Frågor om betalningar och påminnelser besvaras av Erik Lindqvist, erik.lindqvist@nordtrahus.se, 090-12 44 80.

Vänliga hälsningar
Sofia Berg
Ekonomi, Nordträhus AB
''')),

    ('sv', 'inkasso-case-acknowledgement', 'automated', (),
'''Return-Path: <arenden@nordinkasso.se>
Received: from smtp.nordinkasso.se (smtp.nordinkasso.se [203.0.113.170])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QD2dM6wFvz9q
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 13:58:40 +0100 (CET)
From: Nordinkasso <arenden@nordinkasso.se>
To: privacy@shop.example.be
Subject: ''' + _h('Ärende 4471-2026-10388 registrerat – svara inte på detta mejl') + '''
Date: Tue, 3 Nov 2026 13:58:37 +0100
Message-ID: <arende.4471-2026-10388.reg@nordinkasso.se>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

Hej,

Vi har tagit emot ert inkassouppdrag.

Ärendenummer:    4471-2026-10388
Uppdragsgivare:  Shop Example BV
Gäldenär:        L. S., Uppsala
Kapitalbelopp:   1 249,00 SEK
Fakturanummer:   SE-2026-08-0771

Ett inkassokrav skickas till gäldenären inom två bankdagar. Meddela oss omgående om ni får betalt direkt eller om kunden bestrider fordran.

Vi behandlar personuppgifter enligt GDPR och inkassolagen. Läs mer på nordinkasso.se/integritet.

Detta mejl skickas automatiskt och går inte att svara på. Ange alltid ärendenumret när ni kontaktar oss via kundportalen.
'''),

    ('sv', 'person-forwards-psp-receipt-wants-history-as-csv', 'portability', (),
'''Return-Path: <johan.ekstrom@outlook.com>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2012.outbound.protection.outlook.com [40.92.91.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCLt84RnDz6w
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 16:40:07 +0100 (CET)
From: =?iso-8859-1?Q?Johan_Ekstr=F6m?= <johan.ekstrom@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: VB: Kvitto - Shop Example
Date: Sun, 1 Nov 2026 15:40:03 +0000
Message-ID: <GV1P194MB2041A7C3E8F0D91B5E2F4C7A8D61@GV1P194MB2041.EURP194.PROD.OUTLOOK.COM>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Hej,

jag för budget i en app som kan läsa in köp från fil. Kan ni skicka hela min köphistorik hos er (datum, artiklar, belopp, betalsätt, gärna även bonuspoängen från kundkortet) som CSV eller JSON? Det räcker inte med kvitton som det här nedan, de går inte att importera.

Kundnummer 7100-448-219, samma mejladress som jag skriver från.

Tack!
Johan Ekström

________________________________
Från: Betalkvitt <kvitto@betalkvitt.se>
Skickat: den 31 oktober 2026 18:22
Till: johan.ekstrom@outlook.com
Ämne: Kvitto - Shop Example

Tack för ditt köp hos Shop Example!

Ordernummer: 2026-1031-SE1290
Belopp: 649,00 SEK
Betalsätt: Faktura 30 dagar

Det här är ett automatiskt meddelande.
''')),

    # ------------------------------------------------------------------ ro
    ('ro', 'invoicing-platform-new-invoice-received', 'automated', (),
'''Return-Path: <notificari@facturarapid.ro>
Received: from mail.facturarapid.ro (mail.facturarapid.ro [198.51.100.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBz4J2hTqz3w
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 13:25:16 +0100 (CET)
From: FacturaRapid <notificari@facturarapid.ro>
Reply-To: contabilitate@ambalaje-dobre.ro
To: privacy@shop.example.be
Subject: ''' + _h('Ați primit factura seria ADB nr. 0412 de la AMBALAJE DOBRE SRL') + '''
Date: Wed, 28 Oct 2026 14:25:13 +0200
Message-ID: <fr.inv.ADB0412.20261028122513@facturarapid.ro>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated

''' + _qp('''Bună ziua,

AMBALAJE DOBRE SRL v-a emis o factură prin FacturaRapid.

Seria și numărul: ADB 0412
Data emiterii: 28.10.2026
Termen de plată: 27.11.2026
Total de plată: 2.310,40 RON
Client: SHOP EXAMPLE BV

Puteți descărca factura în format PDF de aici: https://facturarapid.ro/f/9a41c7e2

Factura a fost transmisă și în sistemul RO e-Factura.

Acest mesaj a fost generat automat. Pentru întrebări legate de factură, contactați direct emitentul.
''')),

    ('ro', 'bank-incoming-payment-alert', 'automated', (),
'''Return-Path: <alerte@bancacarpatica.example.ro>
Received: from smtp2.bancacarpatica.example.ro (smtp2.bancacarpatica.example.ro [192.0.2.188])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCyB71mVgz7f
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 17:44:21 +0100 (CET)
From: =?UTF-8?Q?Banca_Carpatic=C4=83?= <alerte@bancacarpatica.example.ro>
To: privacy@shop.example.be
Subject: ''' + _h('Alertă: încasare în contul RO49 CARP 0000 0912 4471 0001') + '''
Date: Fri, 30 Oct 2026 18:44:18 +0200
Message-ID: <ALR.INC.20261030184418.771203@bancacarpatica.example.ro>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated

Stimate client,

Contul dumneavoastră RO49 CARP 0000 0912 4471 0001 a fost creditat.

Suma: 4.870,00 RON
Ordonator: PLATINET PAYMENTS SA
Detalii: DECONTARE 29.10.2026 COMERCIANT 70412
Data: 30.10.2026 18:44

Sold disponibil: consultați aplicația Carpatica Business.

Banca Carpatică nu vă va solicita niciodată prin e-mail sau SMS date personale, parole sau coduri de autentificare.

Acesta este un mesaj generat automat. Vă rugăm să nu răspundeți.
'''),

    ('ro', 'psp-chargeback-dispute-opened', 'automated', (),
'''Return-Path: <dispute@platinet.ro>
Received: from out.platinet.ro (out.platinet.ro [203.0.113.74])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QD6sW4kPbz2h
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 10:12:39 +0100 (CET)
From: PlatiNet - Dispute <dispute@platinet.ro>
To: privacy@shop.example.be
Subject: ''' + _h('Dispută deschisă pentru tranzacția 70412-26110377 – răspuns necesar') + '''
Date: Wed, 4 Nov 2026 11:12:36 +0200
Message-ID: <disp.70412-26110377.open@platinet.ro>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--pn-alt-5f2c91d0e7"
Auto-Submitted: auto-generated

----pn-alt-5f2c91d0e7
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Bună ziua,

Banca emitentă a cardului a deschis o dispută (chargeback) pentru următoarea tranzacție:

Comerciant: SHOP EXAMPLE BV (ID 70412)
Tranzacție: 70412-26110377
Sumă: 389,00 RON
Data tranzacției: 12.10.2026
Motiv: 13.1 - Marfa/serviciul nu a fost primit(ă)
Termen de răspuns: 18.11.2026

Suma a fost blocată din decontările dumneavoastră. Pentru a contesta disputa, încărcați în contul de comerciant dovada livrării (AWB, semnătura de primire) și corespondența cu clientul. Nu trimiteți documente cu date personale prin e-mail.

Dacă nu răspundeți până la termen, disputa va fi soluționată în favoarea deținătorului de card.

Mesaj generat automat - vă rugăm să nu răspundeți.
Echipa PlatiNet
''') + '''
----pn-alt-5f2c91d0e7
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<html><body><p>Bună ziua,</p><p>Banca emitentă a cardului a deschis o dispută pentru tranzacția <b>70412-26110377</b> (389,00 RON). Termen de răspuns: <b>18.11.2026</b>.</p><p><a href="https://merchant.platinet.ro/dispute/70412-26110377">Răspunde la dispută</a></p><p style="font-size:11px;color:#999">Mesaj generat automat - vă rugăm să nu răspundeți.</p></body></html>
''') + '''
----pn-alt-5f2c91d0e7--
'''),

    ('ro', 'person-replies-above-dispute-notice-keep-data', 'restriction', (),
'''Return-Path: <andrei.popescu77@yahoo.com>
Received: from sonic302-21.consmr.mail.ir2.yahoo.com (sonic302-21.consmr.mail.ir2.yahoo.com [77.238.176.154])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QDM5d0yTrz1n
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 22:51:12 +0100 (CET)
Date: Thu, 5 Nov 2026 21:51:05 +0000 (UTC)
From: Andrei Popescu <andrei.popescu77@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1288471930.3320981.1793915465221@mail.yahoo.com>
In-Reply-To: <chargeback.26110377@shop.example.be>
References: <chargeback.26110377@shop.example.be>
Subject: =?UTF-8?Q?Re:_Am_primit_notificarea_unei_dispute_pentru_comanda_dumneavoa?=
 =?UTF-8?Q?str=C4=83?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: WebService/1.1.22837 YMailNorrin

''' + _qp('''Bună seara,

da, eu am deschis contestația la bancă, coletul nu a ajuns niciodată.

Săptămâna trecută v-am cerut să-mi ștergeți contul. Vă rog să NU ștergeți deocamdată datele legate de comanda 26110377 (comanda, AWB-ul, corespondența cu curierul), pentru că banca mi-ar putea cere dovezi. Păstrați-le până se închide disputa, dar nu le folosiți la nimic altceva. După aceea puteți șterge tot.

Mulțumesc,
Andrei Popescu

Trimis de pe Yahoo Mail pe Android

   Pe miercuri, 4 noiembrie 2026, 11:30:02 EET, Shop Example <no-reply@shop.example.be> a scris:

 Bună ziua,

Am primit de la banca dumneavoastră notificarea unei dispute pentru comanda 26110377 (389,00 RON). Vom transmite băncii informațiile despre livrare.

Acesta este un mesaj automat.
''')),

    # ------------------------------------------------------------------ el
    ('el', 'bank-incoming-transfer-credit-notice', 'automated', (),
'''Return-Path: <eidopoiiseis@aigaiotrapeza.example.gr>
Received: from mailout.aigaiotrapeza.example.gr (mailout.aigaiotrapeza.example.gr [192.0.2.240])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QC0Rk6nBvz4t
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 10:18:44 +0100 (CET)
From: ''' + _h('Αιγαίο Τράπεζα') + ''' <eidopoiiseis@aigaiotrapeza.example.gr>
To: privacy@shop.example.be
Subject: ''' + _h('Ενημέρωση: Πίστωση λογαριασμού GR16 0110 1250 0000 0001 2300 695') + '''
Date: Thu, 29 Oct 2026 11:18:41 +0200
Message-ID: <CRD.20261029111841.GR16011012500000000123@aigaiotrapeza.example.gr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64
Auto-Submitted: auto-generated

''' + _b64('''Αγαπητέ πελάτη,

Σας ενημερώνουμε ότι ο λογαριασμός σας GR16 0110 1250 0000 0001 2300 695 (SHOP EXAMPLE BV - ΥΠΟΚΑΤΑΣΤΗΜΑ ΕΛΛΑΔΟΣ) πιστώθηκε.

Ποσό: 1.236,80 EUR
Εντολέας: VIVAPAY PAYMENTS MONOPROSOPI AE
Αιτιολογία: ΕΚΚΑΘΑΡΙΣΗ ΚΑΡΤΩΝ 28/10/2026
Ημερομηνία αξίας: 29/10/2026

Μπορείτε να δείτε τις λεπτομέρειες της κίνησης στο Aigaio e-Banking.

Η Αιγαίο Τράπεζα δεν θα σας ζητήσει ποτέ μέσω email ή SMS να επιβεβαιώσετε προσωπικά στοιχεία, κωδικούς ή PIN.

Το μήνυμα αυτό δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
''')),

    ('el', 'ooo-accounting-greek', 'automated', (),
'''Return-Path: <logistirio@elaiourgeia-kritis.gr>
Received: from mail.elaiourgeia-kritis.gr (mail.elaiourgeia-kritis.gr [203.0.113.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCbP83vLqz6h
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 12:31:27 +0100 (CET)
From: ''' + _h('Λογιστήριο Ελαιουργεία Κρήτης') + ''' <logistirio@elaiourgeia-kritis.gr>
To: privacy@shop.example.be
Subject: ''' + _h('Αυτόματη απάντηση: Επιβεβαίωση νέου IBAN για πληρωμές') + '''
Date: Mon, 2 Nov 2026 13:31:24 +0200
Message-ID: <ar.20261102133124.logistirio@elaiourgeia-kritis.gr>
In-Reply-To: <d4c8a0f2-19e7-4b53-8a6c-7e2f0b9d1c35@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Σας ευχαριστούμε για το μήνυμά σας.

Λόγω κλεισίματος μήνα, το λογιστήριο δεν θα απαντά σε email έως και την Παρασκευή 6 Νοεμβρίου. Το μήνυμά σας θα διαβαστεί μετά από αυτή την ημερομηνία.

Για επείγοντα θέματα πληρωμών επικοινωνήστε με την κα Ελένη Παπαδάκη στο 2810 334 912.

Τα τιμολόγια αποστέλλονται μόνο μέσω myDATA / παρόχου ηλεκτρονικής τιμολόγησης ή στο timologia@elaiourgeia-kritis.gr.

Με εκτίμηση,
Λογιστήριο
Ελαιουργεία Κρήτης Α.Ε.
'''),

    ('el', 'psp-identity-verification-required', 'automated', (),
'''Return-Path: <noreply@vivapay.example.gr>
Received: from mta3.vivapay.example.gr (mta3.vivapay.example.gr [198.51.100.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QDFg27xKmz8w
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 08:44:09 +0100 (CET)
From: VivaPay <noreply@vivapay.example.gr>
To: privacy@shop.example.be
Subject: ''' + _h('Απαιτείται επαλήθευση στοιχείων της επιχείρησής σας') + '''
Date: Thu, 5 Nov 2026 09:44:06 +0200
Message-ID: <kyc.GR-MER-330917.20261105074406@vivapay.example.gr>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="vp_alt_20261105_b2e91c"
Auto-Submitted: auto-generated

--vp_alt_20261105_b2e91c
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

''' + _b64('''Γεια σας,

Για να συνεχίσουμε να εκκαθαρίζουμε τις πληρωμές του λογαριασμού εμπόρου GR-MER-330917 (Shop Example BV), πρέπει να επαληθεύσουμε εκ νέου τα στοιχεία της επιχείρησής σας και του νόμιμου εκπροσώπου.

Ανεβάστε στην πλατφόρμα έως 20/11/2026:
- πιστοποιητικό ΓΕΜΗ ή ισοδύναμο ξένο μητρώο,
- ταυτότητα ή διαβατήριο του νόμιμου εκπροσώπου.

Αν δεν ολοκληρωθεί η επαλήθευση, οι εκκαθαρίσεις θα ανασταλούν.

Ποτέ δεν σας ζητάμε να στείλετε έγγραφα ή προσωπικά δεδομένα με email.

Αυτό είναι αυτοματοποιημένο μήνυμα.
Η ομάδα της VivaPay
''') + '''
--vp_alt_20261105_b2e91c
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

''' + _b64('''<html><body><p>Γεια σας,</p><p>Πρέπει να επαληθεύσουμε εκ νέου τα στοιχεία του λογαριασμού εμπόρου <b>GR-MER-330917</b>. Προθεσμία: <b>20/11/2026</b>.</p><p><a href="https://merchant.vivapay.example.gr/kyc">Ολοκλήρωση επαλήθευσης</a></p><p style="font-size:11px">Αυτό είναι αυτοματοποιημένο μήνυμα.</p></body></html>
''') + '''
--vp_alt_20261105_b2e91c--
'''),

    ('el', 'person-forwards-payment-failed-asks-other-way-to-pay', 'other', (),
'''Return-Path: <k.nikolaou@yahoo.gr>
Received: from sonic309-14.consmr.mail.ir2.yahoo.com (sonic309-14.consmr.mail.ir2.yahoo.com [77.238.179.85])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCqV31hNzz5d
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 15:27:36 +0100 (CET)
Date: Tue, 3 Nov 2026 14:27:30 +0000 (UTC)
From: ''' + _h('Κώστας Νικολάου') + ''' <k.nikolaou@yahoo.gr>
To: privacy@shop.example.be
Message-ID: <771039284.1204417.1793716050993@mail.yahoo.com>
Subject: ''' + _h('Fwd: Η πληρωμή σας δεν ολοκληρώθηκε') + '''
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: WebService/1.1.22837 YMailNorrin

Καλησπέρα,

μου ήρθε αυτό και δεν καταλαβαίνω τι φταίει, η κάρτα μου δουλεύει κανονικά αλλού. Μπορώ να πληρώσω την παραγγελία με αντικαταβολή ή με τραπεζική κατάθεση; Δεν θέλω να χαθεί, τη χρειάζομαι μέχρι την Παρασκευή.

Ευχαριστώ,
Κώστας Νικολάου
6944 318 207

Στάλθηκε από το Yahoo Mail για iPhone

----- Προωθημένο μήνυμα -----
Από: Shop Example <no-reply@shop.example.be>
Προς: k.nikolaou@yahoo.gr
Αποστολή: Τρίτη, 3 Νοεμβρίου 2026, 15:58:14 EET
Θέμα: Η πληρωμή σας δεν ολοκληρώθηκε

Γεια σας,

Η πληρωμή για την παραγγελία 2026-1103-GR0718 (74,90 €) απορρίφθηκε από την τράπεζά σας. Η παραγγελία θα παραμείνει σε αναμονή για 48 ώρες.

Αυτό είναι αυτόματο μήνυμα, παρακαλούμε μην απαντάτε.
'''),

    # ------------------------------------------------------------------ bg
    ('bg', 'bank-credit-transfer-received', 'automated', (),
'''Return-Path: <izvestia@dunavskabanka.example.bg>
Received: from mx-out.dunavskabanka.example.bg (mx-out.dunavskabanka.example.bg [192.0.2.57])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBr1N5fHsz2c
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 15:09:58 +0100 (CET)
From: ''' + _h('Дунавска банка') + ''' <izvestia@dunavskabanka.example.bg>
To: privacy@shop.example.be
Subject: ''' + _h('Известие за получен превод по сметка BG80 DUNB 9661 1020 3456 78') + '''
Date: Tue, 27 Oct 2026 16:09:55 +0200
Message-ID: <KRED.20261027160955.BG80DUNB96611020345678@dunavskabanka.example.bg>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64
Auto-Submitted: auto-generated

''' + _b64('''Уважаеми клиенти,

Уведомяваме Ви, че по сметка BG80 DUNB 9661 1020 3456 78 (ШОП ЕКЗАМПЪЛ БВ - КЛОН БЪЛГАРИЯ) е получен превод.

Сума: 3 120,50 BGN
Наредител: ПЕЙНЕТ ПЛАТЕЖНИ УСЛУГИ ЕАД
Основание: ПЛАЩАНИЯ С КАРТИ 26.10.2026
Дата на вальор: 27.10.2026

Подробности можете да видите в Дунавска банка Онлайн.

Дунавска банка никога няма да Ви поиска по имейл или SMS лични данни, пароли или кодове за достъп.

Това съобщение е генерирано автоматично. Моля, не отговаряйте.
''')),

    ('bg', 'ooo-accounting-bulgarian', 'automated', (),
'''Return-Path: <schetovodstvo@rodopska-mebel.bg>
Received: from mail.rodopska-mebel.bg (mail.rodopska-mebel.bg [203.0.113.115])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCzR64dMvz1w
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 16:55:41 +0100 (CET)
From: ''' + _h('Счетоводство Родопска мебел') + ''' <schetovodstvo@rodopska-mebel.bg>
To: privacy@shop.example.be
Subject: ''' + _h('Автоматичен отговор: Потвърждение на банкова сметка') + '''
Date: Fri, 30 Oct 2026 17:55:38 +0200
Message-ID: <vacation.1793375738.9912@rodopska-mebel.bg>
In-Reply-To: <5e1b7d93-c0a2-4f68-b4e9-2d7f3a8c6b10@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравейте,

Благодаря за съобщението. В отпуск съм до 9 ноември 2026 г. включително и нямам достъп до пощата си.

За спешни въпроси относно плащания и фактури, моля, обърнете се към Мария Стоянова – maria.stoyanova@rodopska-mebel.bg, тел. 0301 6 22 18.

Фактурите изпращайте само на faktury@rodopska-mebel.bg.

Поздрави,
Гергана Петрова
Главен счетоводител, Родопска мебел ООД
'''),

    ('bg', 'collection-agency-inquiry-registered', 'automated', (),
'''Return-Path: <noreply@kolektor-bg.example.bg>
Received: from smtp.kolektor-bg.example.bg (smtp.kolektor-bg.example.bg [198.51.100.133])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QD3Fh0tWcz7v
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 14:36:22 +0100 (CET)
From: ''' + _h('Колектор БГ – Обслужване на клиенти') + ''' <noreply@kolektor-bg.example.bg>
To: privacy@shop.example.be
Subject: ''' + _h('Вашето запитване е регистрирано под № КБ-2026-118804') + '''
Date: Tue, 3 Nov 2026 15:36:19 +0200
Message-ID: <kb-2026-118804.reg@kolektor-bg.example.bg>
In-Reply-To: <4a9e2c71-b8d5-4f03-9e16-c7b0a5d3f248@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All

''' + _qp('''Здравейте,

Получихме Вашето съобщение и то е регистрирано под № КБ-2026-118804 към възложеното вземане на Шоп Екзампъл БВ.

Служител ще се свърже с Вас в рамките на 5 работни дни. Моля, посочвайте номера на преписката при всяка следваща кореспонденция.

Личните данни се обработват съгласно Общия регламент относно защитата на данните (ОРЗД). Искания за достъп, коригиране или изтриване на данни изпращайте на dpo@kolektor-bg.example.bg.

Това е автоматично генерирано съобщение. Моля, не отговаряйте на този имейл.

Колектор БГ ЕАД
''')),

    ('bg', 'person-replies-above-invoice-mail-unsubscribe', 'withdraw_consent', (),
'''Return-Path: <desi.georgieva@abv.bg>
Received: from mx.abv.bg (mx.abv.bg [194.153.145.104])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QDP7c2rXgz4m
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 19:48:31 +0100 (CET)
Date: Thu, 5 Nov 2026 20:48:25 +0200 (EET)
From: ''' + _h('Десислава Георгиева') + ''' <desi.georgieva@abv.bg>
To: privacy@shop.example.be
Message-ID: <1409221877.410233.1793904505219@nm52.abv.bg>
In-Reply-To: <invoice.BG-2026-11-0093@shop.example.be>
References: <invoice.BG-2026-11-0093@shop.example.be>
Subject: ''' + _h('Re: Вашата фактура BG-2026-11-0093') + '''
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: AbvMail 3.0

Здравейте, фактурата е наред, благодаря. Но ви моля да спрете рекламните имейли и бюлетина – по 2-3 на ден е прекалено. Отпишете ме, моля.

Десислава

Изпратено от моя Samsung Galaxy

-------- Оригинално съобщение --------
От: Shop Example <no-reply@shop.example.be>
Дата: 5.11.26 10:02 (GMT+02:00)
До: desi.georgieva@abv.bg
Тема: Вашата фактура BG-2026-11-0093

Здравейте, Десислава,

Във връзка с поръчка 2026-1101-BG0093 прилагаме Вашата фактура на стойност 129,00 лв.

Това е автоматично съобщение, моля, не отговаряйте.
'''),
]
