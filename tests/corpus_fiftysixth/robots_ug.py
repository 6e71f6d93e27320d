"""Fifty-sixth set, social-media notices, their tools, and auto-replies/bounces to the privacy team, plus people whose mail looks automatic (14 languages). Written apart from the code."""

ROBOTS = [
    ('en', 'meta-business-suite-page-message-notification', 'automated', (),
'''Return-Path: <notification+zrdq4w8t1cwc@facebookmail.com>
Received: from 66-220-155-178.mail-mail.facebook.com (66-220-155-178.mail-mail.facebook.com [66.220.155.178])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rk7Lq2Wv9z1xT
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:14:37 +0100 (CET)
Date: Mon, 2 Nov 2026 00:14:33 -0800
To: privacy@shop.example.be
From: "Meta Business Suite" <notification@facebookmail.com>
Reply-To: noreply <noreply@facebookmail.com>
Subject: New message for Shop Example from Hannah Moreau
Message-ID: <7f3c9d2e1a4b5c6d8e9f0a1b2c3d4e5f@async.facebook.com>
X-Priority: 3
X-Mailer: ZuckMail [version 1.00]
Errors-To: notification+zrdq4w8t1cwc@facebookmail.com
X-Facebook-Notify: page_message_received; mailid=5f1e2d3c4b5aG24bc3a8f1e6G0G2cdG3a7e
X-FACEBOOK-PRIORITY: 1
X-Auto-Response-Suppress: All
Feedback-ID: 0:page_message_received:Facebook
List-Unsubscribe: <https://www.facebook.com/o.php?k=AS2vN8Hq&u=100064512398812&mid=5f1e2d3c4b5aG24bc3a8f1e6G0G2cdG3a7e>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="b1_6Q0aGxtlVUpf3bXc8kKtXqQx1b9uG2m2wD2Z7F0"

This is a multi-part message in MIME format.

--b1_6Q0aGxtlVUpf3bXc8kKtXqQx1b9uG2m2wD2Z7F0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hannah Moreau sent a message to Shop Example

"Hi! Do you still have the Nordkap rain jacket in navy, size M, in the Ghen=
t store? I'd like to pick it up on Saturday if so =F0=9F=99=8F"

Reply in Inbox:
https://business.facebook.com/latest/inbox/all?asset_id=3D104872219935541&m=
ailbox_id=3D104872219935541&selected_item_id=3D100089123456789

Turn on Away messages to let people know when you're not available:
https://business.facebook.com/latest/inbox/automations?asset_id=3D104872219=
935541

This message was sent to privacy@shop.example.be. You're receiving this bec=
ause you're an admin of Shop Example. If you don't want to receive these em=
ails from Meta in the future, please unsubscribe:
https://www.facebook.com/o.php?k=3DAS2vN8Hq&u=3D100064512398812&mid=3D5f1e2d=
3c4b5aG24bc3a8f1e6G0G2cdG3a7e
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park,=
 CA 94025

--b1_6Q0aGxtlVUpf3bXc8kKtXqQx1b9uG2m2wD2Z7F0
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3DUTF-8" /></head><body style=3D"margin:0;padding:0;" dir=3D"ltr"><table w=
idth=3D"100%" cellspacing=3D"0" cellpadding=3D"0"><tr><td style=3D"font-fam=
ily:Helvetica,Arial,sans-serif;font-size:16px;color:#1c1e21;"><b>Hannah Mor=
eau</b> sent a message to <b>Shop Example</b><br /><br />"Hi! Do you still =
have the Nordkap rain jacket in navy, size M, in the Ghent store? I'd like =
to pick it up on Saturday if so =F0=9F=99=8F"<br /><br /><a href=3D"https:/=
/business.facebook.com/latest/inbox/all?asset_id=3D104872219935541" style=
=3D"color:#ffffff;background:#0866ff;padding:8px 16px;border-radius:6px;tex=
t-decoration:none;">Reply</a></td></tr></table></body></html>

--b1_6Q0aGxtlVUpf3bXc8kKtXqQx1b9uG2m2wD2Z7F0--
'''),

    ('en', 'postfix-dsn-user-unknown-to-access-reply', 'automated', (),
'''Return-Path: <>
Received: from out1.shop.example.be (out1.shop.example.be [10.20.0.5])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8m1X3kT2z9qW
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:02:56 +0100 (CET)
Received: by out1.shop.example.be (Postfix)
        id 7C1A2E0B4F; Tue,  3 Nov 2026 10:02:55 +0100 (CET)
Date: Tue,  3 Nov 2026 10:02:55 +0100 (CET)
From: MAILER-DAEMON@out1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="7C1A2E0B4F.1793696575/out1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261103090255.7C1A2E0B4F@out1.shop.example.be>

This is a MIME-encapsulated message.

--7C1A2E0B4F.1793696575/out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host out1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.hartley@hartleyjoinery.co.uk>: host mx.hartleyjoinery.co.uk[81.2.69.160]
    said: 550 5.1.1 <j.hartley@hartleyjoinery.co.uk>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--7C1A2E0B4F.1793696575/out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; out1.shop.example.be
X-Postfix-Queue-ID: 7C1A2E0B4F
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue,  3 Nov 2026 10:02:51 +0100 (CET)

Final-Recipient: rfc822; j.hartley@hartleyjoinery.co.uk
Original-Recipient: rfc822;j.hartley@hartleyjoinery.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.hartleyjoinery.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <j.hartley@hartleyjoinery.co.uk>: Recipient
    address rejected: User unknown in virtual mailbox table

--7C1A2E0B4F.1793696575/out1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from app2.shop.example.be (app2.shop.example.be [10.20.0.12])
        by out1.shop.example.be (Postfix) with ESMTPS id 7C1A2E0B4F
        for <j.hartley@hartleyjoinery.co.uk>; Tue,  3 Nov 2026 10:02:51 +0100 (CET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: James Hartley <j.hartley@hartleyjoinery.co.uk>
Subject: Your access request - reference PRIV-2026-0418
Date: Tue, 3 Nov 2026 10:02:49 +0100
Message-ID: <priv-2026-0418.3.20261103100249@shop.example.be>
In-Reply-To: <CAJx9p1R4bq0Lm2v@mail.gmail.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_priv_0418_a91c"

--7C1A2E0B4F.1793696575/out1.shop.example.be--
'''),

    ('en', 'ugc-rights-tool-rights-approved', 'automated', (),
'''Return-Path: <bounces+2291837-7f1a-privacy=shop.example.be@em4412.crowdframe.io>
Received: from o3.em4412.crowdframe.io (o3.em4412.crowdframe.io [149.72.140.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmC0r5bLyz2kP
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 15:27:09 +0100 (CET)
Received: by filterdrecv-6c8d5b7f9-x2kqv with SMTP id filterdrecv-6c8d5b7f9-x2kqv-1-6729F3E1-4A
        2026-11-04 14:27:08.912360915 +0000 UTC m=+3105561.204771893
From: Crowdframe <notifications@crowdframe.io>
To: privacy@shop.example.be
Subject: Rights approved: @tomdriesen.runs said yes to your request
Date: Wed, 04 Nov 2026 14:27:08 +0000
Message-ID: <Qm7bPz1sTTa3nC2dX9v0gw@geopod-ismtpd-14>
MIME-Version: 1.0
X-SG-EID: u001.Hq3tC1v8z0kPq2Wm7Y9bXr4sLd0aN6fG
X-Entity-ID: u001.1hV0q8rTn3Xb7YmP2kWc5A==
Auto-Submitted: auto-generated
List-Unsubscribe: <https://app.crowdframe.io/settings/notifications?unsub=rights_approved&w=shop-example>, <mailto:unsubscribe@crowdframe.io?subject=rights_approved>
Content-Type: multipart/alternative; boundary="3f9c1b2ad7e04a58b6c1e02d7a4f9b13"

--3f9c1b2ad7e04a58b6c1e02d7a4f9b13
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Good news, Shop Example!

@tomdriesen.runs approved your rights request.

  Post:      "Sunday long run in the new Trailstep shell. 21 km, not a
              single drop got in."  (Instagram, 1 Nov 2026)
  Requested: 2 Nov 2026, comment reply by Elise (Shop Example)
  Approved:  4 Nov 2026, creator replied #YesShopExample
  Usage:     Website & product pages, Email, Organic social, Paid social
  Term:      Perpetual, worldwide

The post has been moved to Library > Approved and can now be added to
your product galleries and ad sets.

View in Crowdframe:
https://app.crowdframe.io/w/shop-example/library/approved/88314207

Tip: creators who get a thank-you DM within 24 hours are 3x more likely
to approve your next request.

--
You're receiving this email because you're an admin of the Shop Example
workspace. Change which notifications you get:
https://app.crowdframe.io/settings/notifications
Crowdframe Inc., 548 Market St #43120, San Francisco, CA 94104

--3f9c1b2ad7e04a58b6c1e02d7a4f9b13
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<!DOCTYPE html><html><body style="font-family:Inter,Arial,sans-serif;color:#111">
<h2>Good news, Shop Example!</h2>
<p><b>@tomdriesen.runs</b> approved your rights request.</p>
<p>"Sunday long run in the new Trailstep shell. 21 km, not a single drop got in."</p>
<p>Usage: Website &amp; product pages, Email, Organic social, Paid social &middot; Perpetual, worldwide</p>
<p><a href="https://app.crowdframe.io/w/shop-example/library/approved/88314207">View in Crowdframe</a></p>
<p style="font-size:12px;color:#777">You're receiving this email because you're an admin of the Shop Example workspace.
<a href="https://app.crowdframe.io/settings/notifications">Notification settings</a><br>
Crowdframe Inc., 548 Market St #43120, San Francisco, CA 94104</p>
</body></html>

--3f9c1b2ad7e04a58b6c1e02d7a4f9b13--
'''),

    ('en', 'person-forwards-tagged-in-post-notice', 'deletion', (),
'''Return-Path: <meg.oleary84@gmail.com>
Received: from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RnT8v1GqKz3pX
        for <privacy@shop.example.be>; Sun,  8 Nov 2026 11:36:20 +0100 (CET)
Received: by mail-wm1-f52.google.com with SMTP id 5b1f17b1804b1-4315e62afe0so28813605e9.1
        for <privacy@shop.example.be>; Sun, 08 Nov 2026 02:36:19 -0800 (PST)
MIME-Version: 1.0
From: Megan O'Leary <meg.oleary84@gmail.com>
Date: Sun, 8 Nov 2026 10:36:07 +0000
Message-ID: <CAH7pQ2bX0xkRr4M1yW9zJ+tq3=Vd8cL5hN@mail.gmail.com>
Subject: Fwd: Shop Example tagged you in a post
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000a4c1e30623b18f52"

--000000000000a4c1e30623b18f52
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hello,

That's me in the photo below (green coat, next to the till). Nobody asked m=
e whether I wanted to be photographed for your page, and I definitely didn'=
t agree to being tagged. Please take the photo down, or swap it for one I'm=
 not in, and remove the tag.

I'm not cross about it, I just don't want my face on a shop's Facebook page=
.

Megan

---------- Forwarded message ---------
From: Facebook <notification@facebookmail.com>
Date: Sat, 7 Nov 2026 at 18:58
Subject: Shop Example tagged you in a post
To: Megan O'Leary <meg.oleary84@gmail.com>


Shop Example tagged you in a post.

Shop Example
7 November at 18:51 =C2=B7
Full house at the opening of our new store on the Meir in Antwerp! Thank yo=
u all for coming =F0=9F=8E=89 with Megan O'Leary and 14 others.

View post
https://www.facebook.com/n/?ShopExampleBE%2Fposts%2Fpfbid02xQ7r&aref=3D1794=
069480&medium=3Demail&mid=3D6a9e1f0c2b7d3G5b2c7e4a1G0G24cdG8f2

This message was sent to meg.oleary84@gmail.com. If you don't want to recei=
ve these emails from Meta in the future, please unsubscribe.
Meta Platforms Ireland Ltd., Attention: Community Operations, Merrion Road, =
Dublin 4, Ireland

--000000000000a4c1e30623b18f52
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Hello,</div><div><br></div><div>That&#39;s me in the =
photo below (green coat, next to the till). Nobody asked me whether I wante=
d to be photographed for your page, and I definitely didn&#39;t agree to be=
ing tagged. Please take the photo down, or swap it for one I&#39;m not in, =
and remove the tag.</div><div><br></div><div>I&#39;m not cross about it, I =
just don&#39;t want my face on a shop&#39;s Facebook page.</div><div><br></=
div><div>Megan</div><br><div class=3D"gmail_quote"><div dir=3D"ltr" class=
=3D"gmail_attr">---------- Forwarded message ---------<br>From: <b class=3D=
"gmail_sendername" dir=3D"auto">Facebook</b> <span dir=3D"auto">&lt;<a href=
=3D"mailto:notification@facebookmail.com">notification@facebookmail.com</a>=
&gt;</span><br>Date: Sat, 7 Nov 2026 at 18:58<br>Subject: Shop Example tagg=
ed you in a post<br></div><br>Shop Example tagged you in a post.</div></div>

--000000000000a4c1e30623b18f52--
'''),

    ('en', 'person-reply-to-review-request-iphone-disclaimer', 'withdraw_consent', (),
'''Return-Path: <d.brennan@brennanhale.co.uk>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2107.outbound.protection.outlook.com [40.107.247.107])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RpK2c6NwTz4sM
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 08:47:31 +0100 (CET)
From: Daniel Brennan <d.brennan@brennanhale.co.uk>
To: Shop Example <privacy@shop.example.be>
Subject: Re: How did we do, Daniel? Rate your order SE-2026-884120
Thread-Topic: How did we do, Daniel? Rate your order SE-2026-884120
Date: Mon, 9 Nov 2026 07:47:25 +0000
Message-ID: <9C1F4E2A-7B3D-4E8A-A0F1-2D6C5B8E7A41@brennanhale.co.uk>
In-Reply-To: <rv.884120.4@reviews.shop.example.be>
References: <rv.884120.4@reviews.shop.example.be>
X-Mailer: iPhone Mail (22B91)
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Please stop sending me these. This is the fourth =E2=80=9Chow did we do?=E2=
=80=9D email for one pair of socks I bought in October. I never signed up f=
or anything, I just bought socks. Take me off whatever list this is.

D Brennan

Sent from my iPhone

> On 9 Nov 2026, at 07:02, Shop Example <reviews@shop.example.be> wrote:
>=20
> =EF=BB=BF
> Hi Daniel,
>=20
> How did we do? We'd love to hear what you think of your recent order.
>=20
> Merino hiking socks, 2-pack (grey/navy)
> =E2=98=85 =E2=98=85 =E2=98=85 =E2=98=85 =E2=98=85
> Tap a star to leave your review - it only takes a minute.
>=20
> Your review helps other customers choose and earns you 50 loyalty points.
>=20
> Shop Example BV, Kortrijksesteenweg 1000, 9000 Gent, Belgium
> Questions about your personal data? privacy@shop.example.be
> Don't want review requests? Manage your preferences.

________________________________

This email and any attachments are confidential and may be legally privileg=
ed. If you are not the intended recipient, please notify the sender immedia=
tely by return email and delete it from your system; you must not copy, dis=
close or rely on its contents. Brennan Hale LLP is a limited liability part=
nership registered in England and Wales with number OC412387, authorised an=
d regulated by the Solicitors Regulation Authority (SRA ID 661204). Beware =
of cyber fraud: we will never notify you of a change to our bank details by=
 email.
'''),

    ('fr', 'instagram-comment-mention-notification', 'automated', (),
'''Return-Path: <no-reply+8b2f4a1c@mail.instagram.com>
Received: from 69-171-232-149.mail-mail.facebook.com (69-171-232-149.mail-mail.facebook.com [69.171.232.149])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmZ5y0pVfz1rD
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 21:08:44 +0100 (CET)
Date: Wed, 4 Nov 2026 12:08:41 -0800
To: privacy@shop.example.be
From: Instagram <no-reply@mail.instagram.com>
Subject: =?UTF-8?Q?lea=2Evdb=5F_vous_a_mentionn=C3=A9=28e=29_dans_un_commentaire?=
Message-ID: <c41e8f2a90b34d6f8a7e1d2c3b4a5f60@async.instagram.com>
X-Mailer: ZuckMail [version 1.00]
X-Priority: 3
Errors-To: no-reply+8b2f4a1c@mail.instagram.com
X-Instagram-Notify: comment_mention; mailid=8b2f4a1cG5e1d3aG0G2bc7fG4d19
Feedback-ID: 0:comment_mention:Instagram
X-Auto-Response-Suppress: All
List-Unsubscribe: <https://www.instagram.com/emails/unsubscribe/?uidb36=1k9a2&token=6hx-4e1f0b&sig=AbXq2>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="b1_Lq8dP2xW0cR4nT7vY1zK3mJ6hF9gS5aE"

--b1_Lq8dP2xW0cR4nT7vY1zK3mJ6hF9gS5aE
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

lea.vdb_ vous a mentionn=C3=A9(e) dans un commentaire sur la publication =
de shopexample.be :

=C2=AB @shopexample.be vous avez encore le pull c=C3=B4tel=C3=A9 =C3=A9cru=
 en S =C3=A0 Namur ? Sinon je le commande en ligne =F0=9F=98=8D =C2=BB

Voir le commentaire :
https://www.instagram.com/p/DBq7xLtN2kP/c/18049921736512008/?utm_source=3D=
ig_email&utm_medium=3Dcomment_mention

Ce message a =C3=A9t=C3=A9 envoy=C3=A9 =C3=A0 privacy@shop.example.be et e=
st destin=C3=A9 =C3=A0 shopexample.be. Vous ne souhaitez plus recevoir ces=
 e-mails ? Se d=C3=A9sabonner :
https://www.instagram.com/emails/unsubscribe/?uidb36=3D1k9a2&token=3D6hx-4=
e1f0b&sig=3DAbXq2

=C2=A9 Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94=
025

--b1_Lq8dP2xW0cR4nT7vY1zK3mJ6hF9gS5aE
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"margin:0;padding:0;font-family:Helvetica,Arial,sans-se=
rif"><table width=3D"100%"><tr><td><b>lea.vdb_</b> vous a mentionn=C3=A9(e)=
 dans un commentaire : =C2=AB @shopexample.be vous avez encore le pull c=C3=
=B4tel=C3=A9 =C3=A9cru en S =C3=A0 Namur ? Sinon je le commande en ligne =F0=
=9F=98=8D =C2=BB</td></tr><tr><td><a href=3D"https://www.instagram.com/p/DB=
q7xLtN2kP/c/18049921736512008/" style=3D"background:#0095f6;color:#fff;padd=
ing:8px 16px;border-radius:8px;text-decoration:none">Voir le commentaire</a=
></td></tr></table></body></html>

--b1_Lq8dP2xW0cR4nT7vY1zK3mJ6hF9gS5aE--
'''),

    ('fr', 'exchange-read-receipt-mdn-rectification-reply', 'automated', (),
'''Return-Path: <nathalie.lambert@lambert-fiduciaire.be>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2130.outbound.protection.outlook.com [40.107.20.130])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8wQ0m7HXz6tB
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 16:40:55 +0100 (CET)
From: "Lambert, Nathalie" <nathalie.lambert@lambert-fiduciaire.be>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?Q?Lu=3A_Votre_demande_de_rectification_=E2=80=93_r=C3=A9f=2E_PRIV-2026-0431?=
Thread-Topic: =?utf-8?Q?Votre_demande_de_rectification_=E2=80=93_r=C3=A9f=2E_PRIV-2026-0431?=
Date: Tue, 3 Nov 2026 15:40:51 +0000
Message-ID: <PR3P195MB07126C1D4E2B0A9F1C3E8B7DD2A41@PR3P195MB0712.EURP195.PROD.OUTLOOK.COM>
References: <priv-2026-0431.2.20261103141208@shop.example.be>
Content-Language: fr-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="_000_PR3P195MB07126C1D4E2B0A9F1C3E8B7DD2A41PR3P195MB0712EURP_"

--_000_PR3P195MB07126C1D4E2B0A9F1C3E8B7DD2A41PR3P195MB0712EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C3=80=C2=A0: Lambert, Nathalie
  Objet=C2=A0: Votre demande de rectification =E2=80=93 r=C3=A9f. PRIV-2026-0=
431
  Envoy=C3=A9=C2=A0: mardi 3 novembre 2026 14:12:08 (UTC+01:00) Bruxelles, C=
openhague, Madrid, Paris

a =C3=A9t=C3=A9 lu le mardi 3 novembre 2026 16:40:51 (UTC+01:00) Bruxelles,=
 Copenhague, Madrid, Paris.

--_000_PR3P195MB07126C1D4E2B0A9F1C3E8B7DD2A41PR3P195MB0712EURP_
Content-Type: message/disposition-notification

Reporting-UA: PR3P195MB0712.EURP195.PROD.OUTLOOK.COM; Microsoft Exchange Server
Final-recipient: RFC822; nathalie.lambert@lambert-fiduciaire.be
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: 8kqHn0b6dE2u1Yw3Jm5xPg==
X-Display-Name: Lambert, Nathalie
Original-Message-ID: <priv-2026-0431.2.20261103141208@shop.example.be>

--_000_PR3P195MB07126C1D4E2B0A9F1C3E8B7DD2A41PR3P195MB0712EURP_--
'''),

    ('fr', 'challenge-response-antispam-validation', 'automated', (),
'''Return-Path: <>
Received: from relay2.mailvigie.fr (relay2.mailvigie.fr [185.41.28.72])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmH7t2QcXz5vL
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:20:47 +0100 (CET)
From: "Mailvigie - protection de pierre.gerard@cabinet-gerard.fr" <noreply@mailvigie.fr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Votre_message_=C3=A0_pierre=2Egerard=40cabinet-gerard=2Efr_est_en_attente?=
Date: Wed, 4 Nov 2026 11:20:45 +0100
Message-ID: <chal.6f2e91b0.20261104112045@relay2.mailvigie.fr>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
X-Mailvigie-Type: challenge
X-Mailvigie-Ref: 6f2e91b0-4c7d-4a1e-b3f5-90d2e8a17c44
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Vous avez envoy=C3=A9 un message =C3=A0 pierre.gerard@cabinet-gerard.fr. Ce=
tte adresse est prot=C3=A9g=C3=A9e par Mailvigie, qui bloque les envois aut=
omatiques et les messages ind=C3=A9sirables.

Votre adresse n'est pas encore reconnue par votre correspondant. Pour que v=
otre message lui soit d=C3=A9livr=C3=A9, il vous suffit de confirmer que vo=
us n'=C3=AAtes pas un robot en cliquant sur le lien ci-dessous. Cette op=C3=
=A9ration n'est =C3=A0 faire qu'une seule fois.

https://v.mailvigie.fr/c/8GfT2kQx1Lm7?r=3D6f2e91b0

Sans validation de votre part dans un d=C3=A9lai de 7 jours, votre message =
sera supprim=C3=A9 sans avoir =C3=A9t=C3=A9 lu.

Rappel de votre message :
   De : privacy@shop.example.be
   Objet : Votre demande d'acc=C3=A8s =C3=A0 vos donn=C3=A9es =E2=80=93 r=C3=
=A9f. PRIV-2026-0427
   Envoy=C3=A9 le : 04/11/2026 =C3=A0 11:20

Ceci est un message automatique, merci de ne pas y r=C3=A9pondre.
--
Mailvigie =E2=80=93 la messagerie sans spam
'''),

    ('fr', 'meta-ad-rejected-personal-attributes', 'automated', (),
'''Return-Path: <advertise-noreply+5c0b2e@support.facebook.com>
Received: from 66-220-144-151.mail-mail.facebook.com (66-220-144-151.mail-mail.facebook.com [66.220.144.151])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqF1n8KzBz2dH
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 03:12:19 +0100 (CET)
Date: Mon, 9 Nov 2026 18:12:16 -0800
To: privacy@shop.example.be
From: Meta for Business <advertise-noreply@support.facebook.com>
Subject: =?UTF-8?Q?Votre_publicit=C3=A9_n=E2=80=99a_pas_=C3=A9t=C3=A9_approuv=C3=A9e?=
Message-ID: <e9a4f31c7b2d4c58a1f0b6e2d3c4a5b6@async.facebook.com>
X-Mailer: ZuckMail [version 1.00]
X-Facebook-Notify: ad_rejected; mailid=5c0b2eG4a7d1fG0G29c3eG7b21
Feedback-ID: 0:ad_rejected:Facebook
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Votre publicit=C3=A9 n=E2=80=99a pas =C3=A9t=C3=A9 approuv=C3=A9e

Bonjour Shop Example BV,

Votre publicit=C3=A9 =C2=AB Carte fid=C3=A9lit=C3=A9 =E2=80=93 Vous f=C3=
=AAtez bient=C3=B4t vos 40 ans ? =C2=BB, dans la campagne =C2=AB Fid=C3=A9=
lit=C3=A9 Q4 2026 =C2=BB, n=E2=80=99a pas =C3=A9t=C3=A9 approuv=C3=A9e car=
 elle ne respecte pas nos Standards publicitaires.

Motif : Attributs personnels
Les publicit=C3=A9s ne doivent pas affirmer ou sous-entendre qu=E2=80=99el=
les connaissent des caract=C3=A9ristiques personnelles d=E2=80=99une person=
ne, comme son =C3=A2ge, sa situation financi=C3=A8re, son origine ou son =
=C3=A9tat de sant=C3=A9.

Que pouvez-vous faire ?
- Modifiez le texte ou le visuel de votre publicit=C3=A9, puis publiez-la =
=C3=A0 nouveau.
- Si vous pensez que cette d=C3=A9cision est une erreur, vous pouvez deman=
der un nouvel examen dans l=E2=80=99Espace qualit=C3=A9 du compte.

Compte publicitaire : Shop Example BV (ID : 2039481176553012)
ID de la publicit=C3=A9 : 120214471893550187

Voir dans le Gestionnaire de publicit=C3=A9s :
https://adsmanager.facebook.com/adsmanager/manage/ads?act=3D2039481176553=
012&selected_ad_ids=3D120214471893550187

Ce message a =C3=A9t=C3=A9 envoy=C3=A9 =C3=A0 privacy@shop.example.be.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlande
'''),

    ('fr', 'person-reply-above-ugc-rights-granted', 'objection', (),
'''Return-Path: <camille.fontaine@outlook.be>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03olkn2081.outbound.protection.outlook.com [40.92.59.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RnB3k0FwXz7mC
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 22:31:09 +0100 (CET)
From: Camille Fontaine <camille.fontaine@outlook.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Merci ! Vos droits ont =?iso-8859-1?Q?=E9t=E9_accord=E9s_=E0?= Shop Example
Thread-Topic: Merci ! Vos droits ont =?iso-8859-1?Q?=E9t=E9_accord=E9s_=E0?= Shop Example
Date: Thu, 5 Nov 2026 21:31:04 +0000
Message-ID: <AS8P191MB1432A7C0E4D2F1B9C6A3E5D4B7C12@AS8P191MB1432.EURP191.PROD.OUTLOOK.COM>
References: <cf.rights.88319015@crowdframe.io>
In-Reply-To: <cf.rights.88319015@crowdframe.io>
Content-Language: fr-BE
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="_000_AS8P191MB1432A7C0E4D2F1B9C6A3E5D4B7C12AS8P191MB1432EURP_"

--_000_AS8P191MB1432A7C0E4D2F1B9C6A3E5D4B7C12AS8P191MB1432EURP_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Bonsoir,

Je n'ai jamais accept=E9 =E7a. Je n'ai r=E9pondu =E0 aucun commentaire, ni =
avec "#OuiShopExample" ni autrement, et je d=E9couvre ce mail ce soir.

C'est ma photo, et ce sont mes enfants qui sont dessus. Je m'oppose =E0 ce =
que vous l'utilisiez, o=F9 que ce soit : pas sur votre site, pas dans vos n=
ewsletters, pas dans vos publicit=E9s Instagram.

Merci de me confirmer que c'est bien not=E9.

Camille Fontaine

________________________________
De : Shop Example via Crowdframe <rights@crowdframe.io>
Envoy=E9 : jeudi 5 novembre 2026 19:02
=C0 : camille.fontaine@outlook.be <camille.fontaine@outlook.be>
Objet : Merci ! Vos droits ont =E9t=E9 accord=E9s =E0 Shop Example

Bonjour @camille.fntn,

Merci ! Vous avez autoris=E9 Shop Example =E0 utiliser votre publication du=
 31 octobre 2026 (=AB Dimanche au parc avec les nouveaux bonnets =BB).

Utilisations pr=E9vues : site web, e-mails, r=E9seaux sociaux, publicit=E9s=
 sponsoris=E9es. Dur=E9e : illimit=E9e.

Conditions compl=E8tes : https://crowdframe.io/terms/shop-example
Une question ? R=E9pondez simplement =E0 ce message.

--_000_AS8P191MB1432A7C0E4D2F1B9C6A3E5D4B7C12AS8P191MB1432EURP_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body><div style=3D"font-family: Calibri, Arial, Helv=
etica, sans-serif; font-size: 12pt;">Bonsoir,<br><br>Je n'ai jamais accept=
=E9 =E7a. Je n'ai r=E9pondu =E0 aucun commentaire, ni avec "#OuiShopExample=
" ni autrement, et je d=E9couvre ce mail ce soir.<br><br>C'est ma photo, et=
 ce sont mes enfants qui sont dessus. Je m'oppose =E0 ce que vous l'utilisi=
ez, o=F9 que ce soit : pas sur votre site, pas dans vos newsletters, pas da=
ns vos publicit=E9s Instagram.<br><br>Merci de me confirmer que c'est bien =
not=E9.<br><br>Camille Fontaine</div></body></html>

--_000_AS8P191MB1432A7C0E4D2F1B9C6A3E5D4B7C12AS8P191MB1432EURP_--
'''),

    ('nl', 'exchange-ooo-reply-to-access-answer', 'automated', (),
'''Return-Path: <koen.vermeulen@vermeulen-bouw.be>
Received: from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2091.outbound.protection.outlook.com [40.107.7.91])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RkW6d3PzMz8bN
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 14:05:12 +0100 (CET)
From: Koen Vermeulen <koen.vermeulen@vermeulen-bouw.be>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatisch antwoord: Uw vraag tot inzage - ref. PRIV-2026-0422
Thread-Topic: Uw vraag tot inzage - ref. PRIV-2026-0422
Thread-Index: AQHbLx2kQ7mN0pR4s+Vw1yZ3aB5cDg==
Date: Mon, 2 Nov 2026 13:05:09 +0000
Message-ID: <DB9P192MB1874F2E0A1C3B5D7E9F0A2B4C6D81@DB9P192MB1874.EURP192.PROD.OUTLOOK.COM>
In-Reply-To: <priv-2026-0422.2.20261102140455@shop.example.be>
References: <priv-2026-0422.2.20261102140455@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: koen.vermeulen@vermeulen-bouw.be
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Goeiedag,

Bedankt voor uw bericht. Ik ben met verlof tot en met vrijdag 13 november en lees mijn mails niet.

Voor dringende zaken kan u terecht bij mijn collega An Peeters (an.peeters@vermeulen-bouw.be of 014 51 23 80).

Met vriendelijke groeten,

Koen Vermeulen
Projectleider
Vermeulen Bouw BV | Industrieweg 14 | 2280 Grobbendonk
'''),

    ('nl', 'meta-custom-audience-upload-ready', 'automated', (),
'''Return-Path: <advertise-noreply+7d31ea@support.facebook.com>
Received: from 69-171-232-151.mail-mail.facebook.com (69-171-232-151.mail-mail.facebook.com [69.171.232.151])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqQ9b2TxJz3fR
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 10:44:03 +0100 (CET)
Date: Tue, 10 Nov 2026 01:44:00 -0800
To: privacy@shop.example.be
From: Meta for Business <advertise-noreply@support.facebook.com>
Subject: =?UTF-8?Q?Je_aangepaste_doelgroep_=E2=80=98Klantenkaart_actief_-_nov_2026=E2=80=99_is_klaar?=
Message-ID: <1b8e5d4c3a2f4e10b9c7d6e5f4a3b2c1@async.facebook.com>
X-Mailer: ZuckMail [version 1.00]
X-Facebook-Notify: custom_audience_ready; mailid=7d31eaG1c9f4bG0G2e8a1G5d70
Feedback-ID: 0:custom_audience_ready:Facebook
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Je aangepaste doelgroep is klaar voor gebruik

Hallo Shop Example BV,

Je aangepaste doelgroep =E2=80=98Klantenkaart actief - nov 2026=E2=80=99 i=
s gemaakt op basis van de klantenlijst die je op 9 november 2026 hebt ge=C3=
=BCpload.

  Ge=C3=BCploade rijen: 48.210
  Geschatte doelgroepgrootte: 31.000 - 36.500
  Gebruikte kolommen: e-mailadres, telefoonnummer, voornaam, achternaam, p=
ostcode, land

Je klantenlijst werd v=C3=B3=C3=B3r het uploaden lokaal gehasht. Na het mat=
chen worden de gehashte gegevens verwijderd.

Je kunt deze doelgroep nu gebruiken in je advertentiesets, of er een lookal=
ike-doelgroep mee maken.

Doelgroep bekijken:
https://adsmanager.facebook.com/adsmanager/audiences?act=3D2039481176553012=
&ids=3D120214533871420551

Advertentieaccount: Shop Example BV (2039481176553012)

Dit bericht is verzonden naar privacy@shop.example.be.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ierland
'''),

    ('nl', 'influencer-platform-new-application', 'automated', (),
'''Return-Path: <pm_bounces@pm-bounces.creatorhub.nl>
Received: from mta-212-83.pm-mta.net (mta-212-83.pm-mta.net [50.31.212.83])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RrD4m7WsKz2nV
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 16:18:40 +0100 (CET)
From: Creatorhub <meldingen@creatorhub.nl>
To: privacy@shop.example.be
Subject: Nieuwe aanmelding voor "Winterjassen 2026": @lotte.wandelt
Date: Wed, 11 Nov 2026 15:18:37 +0000
Message-Id: <b7e4a2c1-9d3f-4e8b-a6c5-0f1e2d3c4b5a@mtasv.net>
X-PM-Message-Id: b7e4a2c1-9d3f-4e8b-a6c5-0f1e2d3c4b5a
X-PM-RCPT: |bTB8fDE4ODIzNnxwcml2YWN5QHNob3AuZXhhbXBsZS5iZQ==|
X-PM-Tag: application-new
List-Unsubscribe: <https://app.creatorhub.nl/settings/notifications/unsubscribe?t=application_new&u=18823>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hoi team Shop Example,

Er is een nieuwe creator die mee wil doen aan je campagne Winterjassen 2026.

  @lotte.wandelt - Lotte, Leuven
  Instagram =C2=B7 24,3K volgers =C2=B7 gem. engagement 4,1 %
  TikTok =C2=B7 8,9K volgers
  Categorie=C3=ABn: outdoor, wandelen, duurzame mode

Haar pitch:
"Ik wandel elk weekend in de Ardennen en zoek al lang een jas die =C3=A9cht
waterdicht is. Ik maak graag 1 reel + 3 stories, en na een maand gebruik
een eerlijke review."

Gevraagde vergoeding: =E2=82=AC 350 + product

Aanmelding bekijken en goedkeuren:
https://app.creatorhub.nl/campaigns/8812/applications/55120

Er wachten nog 5 andere aanmeldingen op een beoordeling.

--
Je ontvangt deze e-mail omdat meldingen voor nieuwe aanmeldingen aanstaan
voor Shop Example. Meldingen aanpassen:
https://app.creatorhub.nl/settings/notifications
Creatorhub B.V. =C2=B7 Keizersgracht 241 =C2=B7 1016 EA Amsterdam
'''),

    ('nl', 'person-pastes-why-am-i-seeing-this-ad', 'access', ('objection',),
'''Return-Path: <stijn.desmet@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [195.130.137.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqV2h5LbPz9kS
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 20:52:27 +0100 (CET)
Received: from [192.168.0.148] ([94.227.61.204])
        by michel.telenet-ops.be with bizsmtp
        id q7sR2D00B4Lx1Fb017sRqd; Tue, 10 Nov 2026 20:52:27 +0100
From: Stijn De Smet <stijn.desmet@telenet.be>
To: privacy@shop.example.be
Subject: Waarom krijg ik jullie advertenties op Facebook??
Date: Tue, 10 Nov 2026 20:52:21 +0100
Message-ID: <k3r8xw2l-9v1q-4m6z-b0tn-5yj7hc2fd8ae@email.android.com>
X-Mailer: Samsung Email
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dag,

Ik zie de laatste weken constant advertenties van jullie op Facebook. Als i=
k op "Waarom zie ik deze advertentie?" klik, staat er dit (gekopieerd uit d=
e app):

   Waarom zie je deze advertentie?
   Shop Example wil mensen bereiken die voorkomen op een klantenlijst
   die ze naar Facebook hebben ge=C3=BCpload. Je staat mogelijk op deze
   lijst op basis van informatie zoals je e-mailadres of
   telefoonnummer.

Ik heb vroeger een klantenkaart bij jullie gehad, maar ik heb nooit toestem=
ming gegeven om mijn mailadres aan Facebook door te geven. Dus:
- welk e-mailadres en/of telefoonnummer van mij hebben jullie naar Facebook=
 gestuurd, en sinds wanneer?
- waar hebben jullie dat vandaan, van die klantenkaart of van iets anders?

En ik wil niet dat jullie mijn gegevens nog gebruiken om mij advertenties t=
e tonen op Facebook of Instagram.

Stijn De Smet



Verzonden vanaf mijn Galaxy
'''),
]

ROBOTS += [
    ('de', 'mailbox-no-longer-in-use-agency-autoreply', 'automated', (),
'''Return-Path: <k.boehm@sternfeld-kommunikation.de>
Received: from mout.kundenserver.de (mout.kundenserver.de [212.227.126.131])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RkN1s8VqFz4hT
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 11:26:53 +0100 (CET)
Received: from mailout.sternfeld-kommunikation.de ([217.160.0.58]) by mrelayeu.kundenserver.de
        (mreue107 [212.227.15.183]) with ESMTPSA (Nemesis) id 1M8QWG-1tYq0h3bCe-00G2bU
        for <privacy@shop.example.be>; Mon, 02 Nov 2026 11:26:53 +0100
From: =?utf-8?Q?Katrin_B=C3=B6hm?= <k.boehm@sternfeld-kommunikation.de>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Automatische_Antwort=3A_Auftragsverarbeitung_Social-Media-Betreuung_-_Ihre_R=C3=BCckmeldung?=
Date: Mon, 2 Nov 2026 11:26:51 +0100
Message-ID: <autoreply.1793615211.k.boehm@sternfeld-kommunikation.de>
In-Reply-To: <dpa-2026-117.1.20261102112640@shop.example.be>
References: <dpa-2026-117.1.20261102112640@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

vielen Dank f=C3=BCr Ihre Nachricht.

Frau Katrin B=C3=B6hm ist seit dem 1. Oktober 2026 nicht mehr f=C3=BCr die=
 Sternfeld Kommunikation GmbH t=C3=A4tig. Dieses Postfach wird nicht mehr =
gelesen, und Ihre E-Mail wird nicht weitergeleitet.

Bitte senden Sie Ihre Nachricht erneut an info@sternfeld-kommunikation.de=
 oder, bei Fragen zum Datenschutz und zu Auftragsverarbeitungsvertr=C3=A4g=
en, an datenschutz@sternfeld-kommunikation.de.

Mit freundlichen Gr=C3=BC=C3=9Fen
Sternfeld Kommunikation GmbH
Hohenzollernring 52 =C2=B7 50672 K=C3=B6ln
'''),

    ('de', 'review-widget-new-two-star-review', 'automated', (),
'''Return-Path: <bounce-7731094@mail.kundenurteil.de>
Received: from mail.kundenurteil.de (mail.kundenurteil.de [94.130.88.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqX3c1DmRz6wG
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 22:03:15 +0100 (CET)
From: Kundenurteil <benachrichtigung@kundenurteil.de>
To: Shop Example <privacy@shop.example.be>
Subject: =?UTF-8?Q?Neue_Bewertung_=E2=98=85=E2=98=85=E2=98=86=E2=98=86=E2=98=86_f=C3=BCr_Shop_Example?=
Date: Tue, 10 Nov 2026 22:03:12 +0100
Message-ID: <20261110210312.7731094.notify@kundenurteil.de>
X-Kundenurteil-Event: review.created
Auto-Submitted: auto-generated
List-Unsubscribe: <https://business.kundenurteil.de/einstellungen/benachrichtigungen?abmelden=review_created>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hallo Shop Example,

Sie haben eine neue Bewertung erhalten.

=E2=98=85=E2=98=85=E2=98=86=E2=98=86=E2=98=86  2 von 5 Sternen
=E2=80=9EJacke super, aber die Lieferung hat 6 Tage gedauert statt 2, und d=
ie
Sendungsverfolgung hat kein einziges Mal funktioniert.=E2=80=9C
=E2=80=93 Jens K., verifizierter Kauf, 10.11.2026

Antworten Sie innerhalb von 48 Stunden: Shops, die auf kritische
Bewertungen eingehen, werden von Kund:innen deutlich besser eingesch=C3=A4=
tzt.

Jetzt antworten:
https://business.kundenurteil.de/bewertungen/7731094/antworten

Ihr aktueller Durchschnitt: 4,52 von 5 (1.284 Bewertungen)

--
Diese E-Mail wurde automatisch versendet. Benachrichtigungen verwalten:
https://business.kundenurteil.de/einstellungen/benachrichtigungen
Kundenurteil GmbH =C2=B7 Speicherstra=C3=9Fe 8 =C2=B7 20457 Hamburg =C2=B7 =
HRB 164455
'''),

    ('de', 'social-listening-weekly-report', 'automated', (),
'''Return-Path: <reports-bounces@lauschwerk.io>
Received: from smtp-out-2.lauschwerk.io (smtp-out-2.lauschwerk.io [3.120.181.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RpB0v4HnQz1cK
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 07:00:22 +0100 (CET)
From: Lauschwerk Reports <reports@lauschwerk.io>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Wochenbericht_KW_45=3A_312_Erw=C3=A4hnungen_von_Shop_Example_=28+18_=25=29?=
Date: Mon, 09 Nov 2026 06:00:19 +0000
Message-ID: <0102019a0c7e5f21-4b7d9e3a-1c2f-4a8e-b5d6-7e8f9a0b1c2d-000000@eu-central-1.amazonses.com>
X-SES-Outgoing: 2026.11.09-3.120.181.44
Feedback-ID: ::1.eu-central-1.Lw8x2QkR7nP0vYtH3mJc5bZ1sA9dE4fG6hK=:AmazonSES
List-Unsubscribe: <https://app.lauschwerk.io/u/reports/5521?token=Zk9wQm1xV3R2>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_3318204_1187442961.1794204019733"

------=_Part_3318204_1187442961.1794204019733
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Ihr Wochenbericht f=C3=BCr das Projekt =E2=80=9EShop Example =E2=80=93 Mar=
ke=E2=80=9C
Zeitraum: 02.11.2026 =E2=80=93 08.11.2026

Erw=C3=A4hnungen:  312 (+18 % gegen=C3=BCber Vorwoche)
Reichweite:   ca. 1,4 Mio. (gesch=C3=A4tzt)
Stimmung:     61 % positiv =C2=B7 27 % neutral =C2=B7 12 % negativ

Top-Themen
  1. Er=C3=B6ffnung Antwerpen Meir ...... 74
  2. Lieferzeiten .................. 51
  3. Black-Friday-Vorschau ......... 38
  4. Kundenkarte / App ............. 22
  5. Datenschutz / Werbung ......... 9 (neu)

Auff=C3=A4llige negative Beitr=C3=A4ge
  - Instagram, @jeroen.vdb (212 Likes):
    =E2=80=9EWaarom krijg ik nog altijd advertenties van @shopexample terwi=
jl
    ik me al lang heb uitgeschreven?=E2=80=9C
  - X, @mfaure_bxl (41 Reposts):
    =E2=80=9E3 semaines pour un remboursement chez Shop Example=E2=80=A6=E2=
=80=9C

Vollst=C3=A4ndiger Bericht (Dashboard und PDF):
https://app.lauschwerk.io/p/5521/reports/kw45-2026

--
Sie erhalten diesen Bericht jeden Montag um 07:00 Uhr, weil Sie ihn
abonniert haben. Abbestellen oder Zeitplan =C3=A4ndern:
https://app.lauschwerk.io/u/reports/5521?token=3DZk9wQm1xV3R2
Lauschwerk GmbH =C2=B7 Torstra=C3=9Fe 107 =C2=B7 10119 Berlin

------=_Part_3318204_1187442961.1794204019733
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif">
<h2>Wochenbericht KW 45 =E2=80=93 Shop Example =E2=80=93 Marke</h2>
<p>312 Erw=C3=A4hnungen (+18 %) =C2=B7 Stimmung 61 % positiv =C2=B7 27 % ne=
utral =C2=B7 12 % negativ</p>
<p><a href=3D"https://app.lauschwerk.io/p/5521/reports/kw45-2026">Vollst=C3=
=A4ndigen Bericht =C3=B6ffnen</a></p>
<p style=3D"font-size:11px;color:#888">Lauschwerk GmbH =C2=B7 Torstra=C3=9F=
e 107 =C2=B7 10119 Berlin =C2=B7
<a href=3D"https://app.lauschwerk.io/u/reports/5521?token=3DZk9wQm1xV3R2">A=
bbestellen</a></p>
</body></html>

------=_Part_3318204_1187442961.1794204019733--
'''),

    ('de', 'person-influencer-forwards-payout-mail', 'access', (),
'''Return-Path: <lena@lenaunterwegs.de>
Received: from mout-p-101.mailbox.org (mout-p-101.mailbox.org [80.241.56.151])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RsH6q9ZcWz8pD
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 13:47:08 +0100 (CET)
From: Lena Hartmann <lena@lenaunterwegs.de>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?WG=3A_Deine_Auszahlung_=C3=BCber_214=2C60_=E2=82=AC_ist_unterwegs?=
Date: Thu, 12 Nov 2026 12:47:02 +0000
Message-ID: <FR4P281MB3517C2E9A0B1D4F6E8C3A5B7D9E10@FR4P281MB3517.DEUP281.PROD.OUTLOOK.COM>
Content-Language: de-DE
X-MS-Has-Attach:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hallo zusammen,

ich bin seit dem Fr=C3=BChjahr in eurem Partnerprogramm und habe heute die=
 Mail unten bekommen. Ehrlich gesagt habe ich keinen =C3=9Cberblick, was ih=
r (und die Plattform dahinter) eigentlich alles =C3=BCber mich speichert.

Deshalb bitte ich um Auskunft nach Art. 15 DSGVO: Schickt mir bitte alles,=
 was ihr zu mir gespeichert habt =E2=80=93 meine Stammdaten und Bankverbin=
dung, alle Verk=C3=A4ufe und Klicks, die ihr meinem Code LENA15 zugeordnet=
 habt, und an wen ihr diese Daten weitergebt (Tracking-Plattform? Steuerbe=
rater?). Und wie lange ihr das alles aufbewahrt.

Danke und liebe Gr=C3=BC=C3=9Fe
Lena Hartmann
lenaunterwegs.de | Instagram @lena.unterwegs

-----Urspr=C3=BCngliche Nachricht-----
Von: Shop Example Partnerprogramm <partner@shop.example.be>
Gesendet: Donnerstag, 12. November 2026 06:15
An: lena@lenaunterwegs.de
Betreff: Deine Auszahlung =C3=BCber 214,60 =E2=82=AC ist unterwegs

Hallo Lena,

gute Nachrichten: Deine Provision f=C3=BCr Oktober 2026 wurde freigegeben.

Betrag: 214,60 =E2=82=AC
Verk=C3=A4ufe: 37 (Code LENA15)
Auszahlung an: DE89 **** **** **** **12 34
Voraussichtlicher Zahlungseingang: 16.11.2026

Alle Details findest du in deinem Dashboard:
https://partner.shop.example.be/dashboard

Fragen zu deinen Daten? privacy@shop.example.be

Dein Shop Example Partner-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworte nicht darauf.
'''),

    ('es', 'gmail-vacation-responder', 'automated', (),
'''Return-Path: <lucia.romero.g@gmail.com>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmP8k3RyTz7jW
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 17:33:58 +0100 (CET)
Received: by mail-sor-f41.google.com with SMTP id 38308e7fff4ca-2fb5a0c8e3dsor2214771fa.7
        for <privacy@shop.example.be>; Wed, 04 Nov 2026 08:33:57 -0800 (PST)
MIME-Version: 1.0
From: =?UTF-8?Q?Luc=C3=ADa_Romero?= <lucia.romero.g@gmail.com>
To: privacy@shop.example.be
Date: Wed, 4 Nov 2026 17:33:57 +0100
Message-ID: <CAN8vQ0rT4x=Kp2mW7bZ1yH9cLd3fS5jG@mail.gmail.com>
In-Reply-To: <priv-2026-0436.2.20261104173341@shop.example.be>
References: <priv-2026-0436.2.20261104173341@shop.example.be>
Subject: De vacaciones hasta el 16/11
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="00000000000071e6bc0623c0d412"

--00000000000071e6bc0623c0d412
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

=C2=A1Hola!

Estoy de vacaciones hasta el lunes 16 de noviembre, casi sin conexi=C3=B3n.=
 Leer=C3=A9 tu correo a la vuelta.

Si es algo urgente del estudio, escribe a =C3=81lvaro (alvaro.mendez@lumbre=
ra-estudio.es).

Un abrazo,
Luc=C3=ADa

--00000000000071e6bc0623c0d412
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">=C2=A1Hola!<br><br>Estoy de vacaciones hasta el lunes 16 =
de noviembre, casi sin conexi=C3=B3n. Leer=C3=A9 tu correo a la vuelta.<br>=
<br>Si es algo urgente del estudio, escribe a =C3=81lvaro (<a href=3D"mailt=
o:alvaro.mendez@lumbrera-estudio.es">alvaro.mendez@lumbrera-estudio.es</a>)=
.<br><br>Un abrazo,<br>Luc=C3=ADa</div>

--00000000000071e6bc0623c0d412--
'''),

    ('es', 'influencer-agency-cpanel-autoresponder', 'automated', (),
'''Return-Path: <>
Received: from srv42.hostingweb.es (srv42.hostingweb.es [185.42.104.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RnJ5w2KtHz3qP
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 09:41:30 +0100 (CET)
Received: from brillota by srv42.hostingweb.es with local (Exim 4.98)
        id 1tHq4K-0007xY-2c
        for privacy@shop.example.be; Fri, 06 Nov 2026 09:41:28 +0100
X-Autorespond: Re: Datos personales de las participantes del concurso de octubre
Precedence: auto_reply
X-Precedence: auto_reply
Auto-Submitted: auto-replied
X-Autoreply: yes
From: Brillo Talent <hola@brillotalent.es>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Respuesta_autom=C3=A1tica=3A_Datos_personales_de_las_participantes_del_concurso_de_octubre?=
Date: Fri, 06 Nov 2026 09:41:28 +0100
Message-Id: <E1tHq4K-0007xY-2c@srv42.hostingweb.es>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=C2=A1Gracias por escribirnos! =E2=9C=A8

Este es un mensaje autom=C3=A1tico. Recibimos much=C3=ADsimos correos cada=
 d=C3=ADa y los contestamos por orden de llegada, en un plazo de 5 a 7 d=C3=
=ADas laborables.

=C2=B7 Si nos escribes por una colaboraci=C3=B3n con Marta Sanz, Iker Bravo=
 o cualquier otro talento de la agencia, rellena nuestro formulario de brie=
f: https://brillotalent.es/brief (as=C3=AD vamos mucho m=C3=A1s r=C3=A1pido=
).
=C2=B7 Prensa: prensa@brillotalent.es
=C2=B7 Facturaci=C3=B3n y pagos: administracion@brillotalent.es

Si tu mensaje no encaja en ninguno de estos casos, tranquilo/a: lo hemos re=
cibido y alguien del equipo te responder=C3=A1.

Equipo Brillo Talent
Madrid =C2=B7 Barcelona
'''),

    ('es', 'zendesk-ticket-acknowledgement-scheduling-tool', 'automated', (),
'''Return-Path: <support+id58213@planifica.zendesk.com>
Received: from out-22.smtp.zendesk.com (out-22.smtp.zendesk.com [192.161.148.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RrM2t7XbVz5nF
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 10:15:44 +0100 (CET)
Date: Wed, 11 Nov 2026 09:15:41 +0000
From: Soporte de Planifica <soporte@planifica.app>
Reply-To: Soporte de Planifica <support+id58213@planifica.zendesk.com>
To: Shop Example Privacy Team <privacy@shop.example.be>
Message-ID: <7RQ2XKL8P5_6731c9ad2e1f0_4a8b3c1d22f_sprut@zendesk.com>
In-Reply-To: <sub-2026-031.1.20261111101509@shop.example.be>
Subject: =?UTF-8?Q?Hemos_recibido_tu_solicitud_=2358213=3A_Subencargados_y_transferencias_internacionales?=
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6731c9ad3b2c8_4a8b3c1d2301c";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 8f31c2d
X-Zendesk-Email-Id: 01JCF7Y2M4N6P8Q0R2S4T6V8X0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

----==_mimepart_6731c9ad3b2c8_4a8b3c1d2301c
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Por favor, escribe tu respuesta por encima de esta l=C3=ADnea -##

Hola,

Gracias por contactar con el equipo de soporte de Planifica. Hemos recibido=
 tu solicitud (#58213) y un agente la revisar=C3=A1 lo antes posible.

Nuestro horario de atenci=C3=B3n es de lunes a viernes, de 9:00 a 18:00 (CE=
T). Para a=C3=B1adir informaci=C3=B3n a tu solicitud, solo tienes que respo=
nder a este correo.

Mientras tanto, quiz=C3=A1 te sirva:
- Centro de ayuda: Seguridad y privacidad en Planifica
  https://ayuda.planifica.app/hc/es/sections/360011
- Descargar el contrato de encargo del tratamiento (DPA)
  https://planifica.app/legal/dpa

Un saludo,
Soporte de Planifica

[7RQ2XK-L8P5]

----==_mimepart_6731c9ad3b2c8_4a8b3c1d2301c
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<p style=3D"color:#b5b5b5">##- Por favor, escribe tu respuesta por encima d=
e esta l=C3=ADnea -##</p><p>Hola,</p><p>Gracias por contactar con el equipo=
 de soporte de Planifica. Hemos recibido tu solicitud (#58213) y un agente =
la revisar=C3=A1 lo antes posible.</p><p>Un saludo,<br>Soporte de Planifica=
</p><div style=3D"color:#ffffff;font-size:1px">[7RQ2XK-L8P5]</div>

----==_mimepart_6731c9ad3b2c8_4a8b3c1d2301c--
'''),

    ('es', 'person-reply-above-giveaway-winner-notice', 'other', (),
'''Return-Path: <paulagimenez92@hotmail.com>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2044.outbound.protection.outlook.com [40.92.91.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqZ7m0HcSz2vB
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 23:12:36 +0100 (CET)
From: =?iso-8859-1?Q?Paula_Gim=E9nez?= <paulagimenez92@hotmail.com>
To: Shop Example <privacy@shop.example.be>
Subject: =?utf-8?Q?RE=3A_=F0=9F=8E=89_=C2=A1Has_ganado_el_sorteo_de_Shop_Example_en_Instagram!?=
Date: Tue, 10 Nov 2026 22:12:31 +0000
Message-ID: <PAXP194MB2217E4C1B0A9F8D7C6B5A4E3D2C19@PAXP194MB2217.EURP194.PROD.OUTLOOK.COM>
References: <giveaway.5518.win.20261110170502@sorteapp.com>
In-Reply-To: <giveaway.5518.win.20261110170502@sorteapp.com>
Content-Language: es-ES
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hola!!

Qu=C3=A9 ilusi=C3=B3n, nunca me toca nada =F0=9F=98=85 Much=C3=ADsimas grac=
ias.

Os paso mis datos para el env=C3=ADo:
Paula Gim=C3=A9nez Soler
C/ Doctor Cerrada 14, 3=C2=BA B
50005 Zaragoza (Espa=C3=B1a)
Tel. 654 21 87 30

Una pregunta: =C2=BFenvi=C3=A1is a Espa=C3=B1a o lo tengo que recoger en u=
na tienda en B=C3=A9lgica? Y la chaqueta, =C2=BFpuedo elegir la talla? Uso=
 una S.

Gracias otra vez!
Paula

________________________________
De: Shop Example <privacy@shop.example.be>
Enviado: martes, 10 de noviembre de 2026 17:05
Para: paulagimenez92@hotmail.com <paulagimenez92@hotmail.com>
Asunto: =F0=9F=8E=89 =C2=A1Has ganado el sorteo de Shop Example en Instagram!

=C2=A1Enhorabuena, @paulagsoler!

Has sido la ganadora del sorteo de una chaqueta Trailstep que organizamos e=
n Instagram del 1 al 8 de noviembre.

Para recibir tu premio, responde a este correo en los pr=C3=B3ximos 7 d=C3=
=ADas con tu nombre completo y tu direcci=C3=B3n de env=C3=ADo.

Sorteo gestionado con Sorteapp. Bases legales: https://shop.example.be/sort=
eo-trailstep
Responsable del tratamiento: Shop Example BV =E2=80=93 privacy@shop.example.=
be
'''),
]

ROBOTS += [
    ('it', 'italian-provider-dsn-mailbox-disabled', 'automated', (),
'''Return-Path: <>
Received: from mxout03.postaweb.it (mxout03.postaweb.it [151.99.125.43])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RnF0c6TkWz1mY
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 15:58:21 +0100 (CET)
Date: Fri, 6 Nov 2026 15:58:19 +0100
From: Sistema di posta PostaWeb <MAILER-DAEMON@mxout03.postaweb.it>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Mancato_recapito=3A_Your_erasure_request_-_reference_PRIV-2026-0429?=
Message-ID: <dsn.1JpX7c-4Fq2a0@mxout03.postaweb.it>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="=_dsn_1JpX7c4Fq2a0_mxout03"

Messaggio in formato MIME.

--=_dsn_1JpX7c4Fq2a0_mxout03
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Questo =C3=A8 un messaggio generato automaticamente dal sistema di posta Po=
staWeb.

Non =C3=A8 stato possibile recapitare il messaggio ai seguenti destinatari:

  giovanna.conti61@postaweb.it
    La casella del destinatario =C3=A8 stata disattivata.
    (550 5.2.1 Mailbox disabled)

Il messaggio originale =C3=A8 allegato. Si prega di non rispondere a quest=
o messaggio.

This is an automatically generated message. Your message could not be deli=
vered: the recipient's mailbox has been disabled.

--=_dsn_1JpX7c4Fq2a0_mxout03
Content-Type: message/delivery-status

Reporting-MTA: dns; mxout03.postaweb.it
Arrival-Date: Fri, 6 Nov 2026 15:58:17 +0100

Final-Recipient: rfc822; giovanna.conti61@postaweb.it
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 Mailbox disabled

--=_dsn_1JpX7c4Fq2a0_mxout03
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [193.58.12.5])
        by mxin01.postaweb.it with ESMTPS id 1JpX7b-3Ee1z9
        for <giovanna.conti61@postaweb.it>; Fri, 6 Nov 2026 15:58:17 +0100
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Giovanna Conti <giovanna.conti61@postaweb.it>
Subject: Your erasure request - reference PRIV-2026-0429
Date: Fri, 6 Nov 2026 15:58:12 +0100
Message-ID: <priv-2026-0429.2.20261106155812@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Dear Ms Conti,

Thank you for your message of 29 October. Before we erase your account,
we need to be sure the request comes from the account holder. Could you
please reply from the e-mail address registered on your loyalty card,
or send us the last four digits of the card number?

Kind regards,
Shop Example BV - Privacy Team

--=_dsn_1JpX7c4Fq2a0_mxout03--
'''),

    ('it', 'mailbox-no-longer-active-autoreply', 'automated', (),
'''Return-Path: <f.bianchi@studiobianchi-arch.it>
Received: from smtpcmd0871.aruba.it (smtpcmd0871.aruba.it [62.149.156.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmS3n9BgLz6kQ
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 12:07:39 +0100 (CET)
From: Federico Bianchi <f.bianchi@studiobianchi-arch.it>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Risposta_automatica=3A_Re=3A_Richiesta_di_accesso_ai_dati_-_rif=2E_PRIV-2026-0433?=
Date: Wed, 4 Nov 2026 12:07:37 +0100
Message-ID: <vacation.1793790457.f.bianchi@studiobianchi-arch.it>
In-Reply-To: <priv-2026-0433.2.20261104120712@shop.example.be>
References: <priv-2026-0433.2.20261104120712@shop.example.be>
Auto-Submitted: auto-replied (vacation)
X-Autoreply: yes
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Gentile mittente,

la casella f.bianchi@studiobianchi-arch.it non =C3=A8 pi=C3=B9 attiva dal =
30 settembre 2026. I messaggi inviati a questo indirizzo non vengono letti =
n=C3=A9 inoltrati.

Per comunicazioni con lo studio scrivere a info@studiobianchi-arch.it.
Per contattare personalmente Federico Bianchi: federico.bianchi.arch@gmail=
.com

Cordiali saluti
Studio Bianchi Architetti Associati
Via Sant'Isaia 31/B - 40123 Bologna
'''),

    ('it', 'whatsapp-connector-helpdesk-ticket-ack', 'automated', (),
'''Return-Path: <bounces+fd.4412.20431@emailus.freshservice-mail.com>
Received: from mail-eu1.freshemail.io (mail-eu1.freshemail.io [18.194.20.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RsB7w1PyNz3gC
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 09:31:06 +0100 (CET)
From: Supporto Chattaly <supporto@chattaly.it>
Reply-To: Supporto Chattaly <supporto@chattaly.it>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=5BTicket_=2320431=5D_Abbiamo_ricevuto_la_tua_richiesta?=
Date: Thu, 12 Nov 2026 08:31:03 +0000
Message-ID: <fd.ticket.20431.ack.1794472263@chattaly.freshdesk.com>
In-Reply-To: <wa-2026-009.1.20261112093049@shop.example.be>
X-Freshdesk-Ticket-Id: 20431
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Ciao,

grazie per averci contattato! Questo =C3=A8 un messaggio automatico per con=
fermarti che abbiamo ricevuto la tua richiesta e le abbiamo assegnato il nu=
mero #20431.

  Oggetto: Conservazione delle conversazioni WhatsApp Business e cancellazi=
one su richiesta
  Priorit=C3=A0: Media
  Stato: Aperto

Un operatore ti risponder=C3=A0 entro 1 giorno lavorativo. Per aggiungere i=
nformazioni puoi rispondere direttamente a questa e-mail, senza modificare =
l'oggetto.

Puoi seguire lo stato del ticket qui:
https://supporto.chattaly.it/support/tickets/20431

Il team Chattaly
WhatsApp Business Solution Provider =C2=B7 Milano
'''),

    ('it', 'person-reply-above-our-auto-ack-no-answer', 'complaint', ('access',),
'''Return-Path: <giorgio.ferraris@libero.it>
Received: from smtp-36.iol.local (smtp-36.iol.local [10.101.1.36])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RsF1d4VhXz8tM
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 11:54:48 +0100 (CET)
From: Giorgio Ferraris <giorgio.ferraris@libero.it>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Re: We have received your request [PRIV-2026-0379]
Date: Thu, 12 Nov 2026 11:54:44 +0100
Message-ID: <1c9e4a70-3b8d-2f6e-91a0-5d7c2e8b4f13@libero.it>
In-Reply-To: <ack.priv-2026-0379@shop.example.be>
References: <ack.priv-2026-0379@shop.example.be>
User-Agent: Mozilla Thunderbird
Content-Language: it
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: quoted-printable

Buongiorno,

vi rispondo su questa mail perch=C3=A9 =C3=A8 l'unica cosa che ho ricevuto d=
a voi. Il 2 ottobre vi ho chiesto una copia dei dati personali che avete su=
 di me (account online e carta fedelt=C3=A0). Mi =C3=A8 arrivata solo quest=
a conferma automatica, poi pi=C3=B9 niente.

=C3=88 passato pi=C3=B9 di un mese, che =C3=A8 il termine previsto dal GDPR=
. Vi chiedo di inviarmi i miei dati entro una settimana; in caso contrario =
presenter=C3=B2 reclamo all'Autorit=C3=A0 belga per la protezione dei dati.

Distinti saluti
Giorgio Ferraris

Il 02/10/2026 14:31, Shop Example Privacy ha scritto:
> Thank you for your message. This is an automatic confirmation.
>
> We have received your request and registered it under reference
> PRIV-2026-0379. We will reply within one month.
>
> Please do not reply to this message.
>
> Shop Example BV - Privacy Team
'''),

    ('pt', 'exchange-ooo-reply-pt-portability-answer', 'automated', (),
'''Return-Path: <rita.carvalho@lusofarma.pt>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2112.outbound.protection.outlook.com [40.107.241.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RpN5g0SzDz2wK
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 16:21:45 +0100 (CET)
From: Rita Carvalho <rita.carvalho@lusofarma.pt>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?Q?Resposta_autom=C3=A1tica=3A_Pedido_de_portabilidade_dos_seus_dados_-_ref=2E_PRIV-2026-0440?=
Thread-Topic: Pedido de portabilidade dos seus dados - ref. PRIV-2026-0440
Thread-Index: AQHbMp7xR2kT5vN8q0Wc3yL6zB1dFw==
Date: Mon, 9 Nov 2026 15:21:41 +0000
Message-ID: <AM9P195MB13384E7D2C1B0A9F8E6D5C4B3A2F1@AM9P195MB1338.EURP195.PROD.OUTLOOK.COM>
In-Reply-To: <priv-2026-0440.2.20261109162128@shop.example.be>
References: <priv-2026-0440.2.20261109162128@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: rita.carvalho@lusofarma.pt
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bom dia,

Obrigada pelo seu email.
Encontro-me ausente do escrit=C3=B3rio at=C3=A9 dia 16 de novembro, sem ace=
sso regular ao correio eletr=C3=B3nico.

Para assuntos urgentes, por favor contacte a minha colega Joana Pires (joan=
a.pires@lusofarma.pt | +351 226 155 430).

Com os melhores cumprimentos,
Rita Carvalho
Departamento de Compras
Lusofarma, S.A. | Rua do Campo Alegre 830, 4150-171 Porto
'''),

    ('pt', 'portuguese-isp-dsn-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from mta3.meunet.pt (mta3.meunet.pt [213.13.146.63])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqH8r5MwCz7bS
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 12:40:09 +0100 (CET)
Date: Tue, 10 Nov 2026 11:40:07 +0000
From: Sistema de Correio MeuNet <MAILER-DAEMON@mta3.meunet.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Mensagem_n=C3=A3o_entregue_/_Undelivered_mail=3A_Resposta_ao_seu_pedido_de_retifica=C3=A7=C3=A3o?=
Message-ID: <20261110114007.B2F41C0A19@mta3.meunet.pt>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="B2F41C0A19.1794310807/mta3.meunet.pt"

This is a MIME-encapsulated message.

--B2F41C0A19.1794310807/mta3.meunet.pt
Content-Description: Notification
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Esta =C3=A9 uma mensagem autom=C3=A1tica do servidor mta3.meunet.pt.

N=C3=A3o foi poss=C3=ADvel entregar a sua mensagem ao seguinte destinat=C3=
=A1rio, porque a caixa de correio est=C3=A1 cheia:

  <tiago.almeida@meunet.pt>: 552 5.2.2 Caixa de correio cheia / Mailbox f=
ull

O destinat=C3=A1rio dever=C3=A1 libertar espa=C3=A7o antes de poder recebe=
r novas mensagens. Em anexo segue o cabe=C3=A7alho da mensagem original.

---

This is an automatic message from mta3.meunet.pt. Your message could not b=
e delivered because the recipient's mailbox is full.

--B2F41C0A19.1794310807/mta3.meunet.pt
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mta3.meunet.pt
Arrival-Date: Tue, 10 Nov 2026 11:40:05 +0000

Final-Recipient: rfc822; tiago.almeida@meunet.pt
Original-Recipient: rfc822;tiago.almeida@meunet.pt
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; 552 5.2.2 Mailbox full (quota 2048 MB exceeded)

--B2F41C0A19.1794310807/mta3.meunet.pt
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [193.58.12.5])
        by mta3.meunet.pt (Postfix) with ESMTPS id B2F41C0A19
        for <tiago.almeida@meunet.pt>; Tue, 10 Nov 2026 11:40:05 +0000 (WET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Tiago Almeida <tiago.almeida@meunet.pt>
Subject: =?UTF-8?Q?Resposta_ao_seu_pedido_de_retifica=C3=A7=C3=A3o_-_ref=2E_PRIV-2026-0438?=
Date: Tue, 10 Nov 2026 12:40:01 +0100
Message-ID: <priv-2026-0438.2.20261110124001@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

--B2F41C0A19.1794310807/mta3.meunet.pt--
'''),

    ('pt', 'thunderbird-read-receipt-mdn', 'automated', (),
'''Return-Path: <ines.morais@sapo.pt>
Received: from relay5.ptmail.sapo.pt (relay5.ptmail.sapo.pt [212.55.154.25])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RrT4k8FvQz9hJ
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 21:17:52 +0100 (CET)
Date: Wed, 11 Nov 2026 20:17:49 +0000
MIME-Version: 1.0
From: =?UTF-8?Q?In=C3=AAs_Morais?= <ines.morais@sapo.pt>
To: privacy@shop.example.be
Message-ID: <e81b2f4c-7a3d-4c90-b6e5-2d9f0a1c3b47@sapo.pt>
Subject: =?UTF-8?Q?Recibo_de_retorno_=28apresentado=29_-_Resposta_ao_seu_pedido_de_acesso_-_ref=2E_PRIV-2026-0425?=
User-Agent: Mozilla Thunderbird
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------Xk3PqR7vT0mW2sYz9bN5cL1d"

This is a multi-part message in MIME format.
--------------Xk3PqR7vT0mW2sYz9bN5cL1d
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Este =C3=A9 um recibo de retorno para a mensagem que enviou para <ines.mora=
is@sapo.pt>.

Nota: este recibo de retorno apenas confirma que a mensagem foi apresentada=
 no computador do destinat=C3=A1rio. N=C3=A3o h=C3=A1 garantia de que o des=
tinat=C3=A1rio tenha lido ou compreendido o conte=C3=BAdo da mensagem.

--------------Xk3PqR7vT0mW2sYz9bN5cL1d
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: sapo.pt; Mozilla Thunderbird
Final-Recipient: rfc822;ines.morais@sapo.pt
Original-Message-ID: <priv-2026-0425.3.20261111091530@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--------------Xk3PqR7vT0mW2sYz9bN5cL1d
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Disposition: inline

Return-Path: <privacy@shop.example.be>
From: Shop Example Privacy Team <privacy@shop.example.be>
To: =?UTF-8?Q?In=C3=AAs_Morais?= <ines.morais@sapo.pt>
Subject: Resposta ao seu pedido de acesso - ref. PRIV-2026-0425
Date: Wed, 11 Nov 2026 10:15:30 +0100
Message-ID: <priv-2026-0425.3.20261111091530@shop.example.be>
Disposition-Notification-To: privacy@shop.example.be

--------------Xk3PqR7vT0mW2sYz9bN5cL1d--
'''),

    ('pt', 'person-quotes-bounce-still-gets-newsletter', 'complaint', ('withdraw_consent',),
'''Return-Path: <analuisa.ferreira@gmail.com>
Received: from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RsK9c3WmTz5rN
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 10:08:33 +0100 (CET)
Received: by mail-ej1-f44.google.com with SMTP id a640c23a62f3a-a9e71401844so188472366b.3
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 01:08:32 -0800 (PST)
MIME-Version: 1.0
From: =?UTF-8?Q?Ana_Lu=C3=ADsa_Ferreira?= <analuisa.ferreira@gmail.com>
Date: Thu, 12 Nov 2026 09:08:19 +0000
Message-ID: <CAF4qLm9R2xTn7vB0kW3pZ8yH5cJd1sG6eN@mail.gmail.com>
Subject: Fwd: Delivery Status Notification (Failure)
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bom dia,

J=C3=A1 =C3=A9 a terceira vez que tento deixar de receber a vossa newslette=
r. O link "cancelar subscri=C3=A7=C3=A3o" no fundo do email d=C3=A1 erro, p=
or isso respondi ao pr=C3=B3prio email a pedir que me tirassem da lista =E2=
=80=94 e recebi a mensagem abaixo, que diz que esse endere=C3=A7o nem seque=
r recebe emails.

Entretanto continuo a receber a newsletter duas vezes por semana; a =C3=BAl=
tima chegou hoje de manh=C3=A3.

Isto n=C3=A3o =C3=A9 aceit=C3=A1vel. Quero que retirem o meu endere=C3=A7o =
de todas as vossas listas de marketing (email e SMS) imediatamente, e que m=
e confirmem por escrito.

Ana Lu=C3=ADsa Ferreira

---------- Forwarded message ---------
De: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: qui., 5 de nov. de 2026 =C3=A0s 21:14
Subject: Delivery Status Notification (Failure)
To: <analuisa.ferreira@gmail.com>


Address not found

Your message wasn't delivered to noreply-news@mail.shop.example.be because =
the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <noreply-news@mail.shop.example.be>: Recipient address rejected: =
This mailbox does not accept incoming mail



---------- Forwarded message ----------
From: Ana Lu=C3=ADsa Ferreira <analuisa.ferreira@gmail.com>
To: Shop Example <noreply-news@mail.shop.example.be>
Cc:
Bcc:
Date: Thu, 05 Nov 2026 21:14:02 +0000
Subject: Re: Novidades de inverno: at=C3=A9 -30% na Shop Example
----- Message truncated -----
'''),
]
