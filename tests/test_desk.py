"""The staff desk through HTTP (Starlette TestClient): login, queue, case page, actions.

The bot is real (store, workflow, sample company in SQLite, templates); replies leave
through a real aiosmtpd sink. The mailbox is never contacted, so no Dovecot is needed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from starlette.testclient import TestClient

from bot.app import Bot
from bot.cases.model import Case, advance, new_case_id
from bot.cases.transitions import CaseEvent, CaseState
from bot.store.records import Commit
from bot.web.auth import StaffBook, StaffError
from bot.web.server import create_app
from bot.staff_cli import add_staff, staff_file
from tests.factory import sample_sources, settings_for

PASSWORD = "correct horse battery"
NO_MAILBOX = SimpleNamespace(host="127.0.0.1", port=9, user="privacy@example.org", password="x")


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Desk:
    def __init__(self, bot: Bot, clock: Clock, sink: Any) -> None:
        self.bot, self.clock, self.sink = bot, clock, sink
        self.client = TestClient(create_app(bot.web_context), follow_redirects=False)

    def login(self, name: str = "erin", password: str = PASSWORD, client: TestClient | None = None) -> Any:
        client = client or self.client
        page = client.get("/desk/login")
        return client.post("/desk/login", data={"name": name, "password": password, "csrf": csrf(page.text)})

    def case(self, case_id: str) -> Case:
        found = self.bot.records.case(case_id)
        assert found is not None
        return found

    def post(self, case_id: str, action: str, **form: Any) -> Any:
        page = self.client.get(f"/desk/case/{case_id}")
        return self.client.post(f"/desk/case/{case_id}/{action}", data={"csrf": csrf(page.text), **form})

    def put(self, state: CaseState = CaseState.AWAITING_VERIFICATION, due: str = "2026-12-20",
            address: str = "alice.martin@example.org", categories: tuple[str, ...] = ("access",),
            text: str = "Please send me a copy of my data.", **fields: Any) -> Case:
        now = self.clock()
        case = Case(id=new_case_id(now), state=state, category=categories[0], categories=categories,
                    language="en", address=address, received_at=(now - timedelta(days=3)).isoformat(),
                    due=due, subject="My data", data={"text": text}, **fields)
        self.bot.records.commit(Commit(cases=(case,)), now)
        return case

    def drafted(self, **fields: Any) -> Case:
        """A verified access request from a person the sample company knows, drafted."""
        case = advance(self.put(**fields), CaseEvent.VERIFIED, self.clock(), actor="requester", reason="link confirmed")
        case, outgoing, tokens = self.bot.workflow.after_verified(case)
        self.bot.records.commit(Commit(cases=(case,), outgoing=outgoing, tokens=tokens), self.clock())
        assert case.state is CaseState.AWAITING_APPROVAL
        return case

    def sent_to(self, address: str) -> list[Any]:
        self.bot.flush_outbox()
        return [m for m in self.sink.messages if address in m.rcpt_tos]


def csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF field on the page"
    return found.group(1)


@pytest.fixture
def desk(smtp_sink: Any, tmp_path: Path) -> Any:
    clock = Clock(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    settings = settings_for(NO_MAILBOX, smtp_sink, tmp_path, sources=sample_sources(tmp_path))
    bot = Bot(settings, clock=clock)
    add_staff(settings.store_path, "erin", PASSWORD)
    try:
        yield Desk(bot, clock, smtp_sink)
    finally:
        bot.close()


@pytest.fixture
def staff(desk: Desk) -> Desk:
    assert desk.login().status_code == 303
    return desk


# -- login ---------------------------------------------------------------------------------
def test_pages_need_a_login_and_the_cookie_is_locked_down(desk: Desk) -> None:
    assert desk.client.get("/desk").headers["location"].startswith("/desk/login")
    response = desk.login()
    assert response.status_code == 303
    cookie = response.headers["set-cookie"]
    assert "pb_desk=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert "Secure" not in cookie  # http base_url: a Secure cookie would never come back
    assert desk.client.get("/desk").status_code == 200


def test_wrong_password_is_refused_without_saying_which_part_was_wrong(desk: Desk) -> None:
    assert desk.login(password="nope nope nope").status_code == 401
    assert desk.login(name="mallory").status_code == 401
    assert desk.client.get("/desk").status_code == 303


def test_logout_ends_the_session_even_for_a_copied_cookie(staff: Desk) -> None:
    cookie = staff.client.cookies.get("pb_desk")
    page = staff.client.get("/desk")
    assert staff.client.post("/desk/logout", data={"csrf": csrf(page.text)}).status_code == 303
    thief = TestClient(create_app(staff.bot.web_context), follow_redirects=False, cookies={"pb_desk": cookie})
    assert thief.get("/desk").status_code == 303


def test_a_session_expires_after_eight_hours(staff: Desk) -> None:
    staff.clock.now += timedelta(hours=8, minutes=1)
    assert staff.client.get("/desk").status_code == 303


def test_five_failures_lock_the_account_for_fifteen_minutes(desk: Desk) -> None:
    for _ in range(5):
        assert desk.login(password="wrong password!").status_code in (401, 429)
    locked = desk.login()
    assert locked.status_code == 429 and "locked" in locked.text
    # the lock is stored, not held in memory
    assert not StaffBook(desk.bot.web_context.staff_file, clock=desk.clock).verify("erin", PASSWORD)
    desk.clock.now += timedelta(minutes=16)
    assert desk.login().status_code == 303


def test_a_forged_signature_is_no_session(desk: Desk) -> None:
    desk.client.cookies.set("pb_desk", "ZXJpbnxhYmN8OTk5OTk5OTk5OQ==.00", domain="testserver.local", path="/desk")
    assert desk.client.get("/desk").status_code == 303


def test_a_post_without_the_sessions_csrf_token_is_refused(staff: Desk) -> None:
    case = staff.drafted()
    assert staff.client.post(f"/desk/case/{case.id}/approve", data={}).status_code == 403
    other = TestClient(create_app(staff.bot.web_context), follow_redirects=False)
    staff.login(client=other)
    foreign = csrf(other.get(f"/desk/case/{case.id}").text)
    assert staff.client.post(f"/desk/case/{case.id}/approve", data={"csrf": foreign}).status_code == 403
    assert staff.case(case.id).state is CaseState.AWAITING_APPROVAL


def test_the_login_form_itself_needs_its_token(desk: Desk) -> None:
    response = desk.client.post("/desk/login", data={"name": "erin", "password": PASSWORD})
    assert response.status_code == 403 and "pb_desk=" not in response.headers.get("set-cookie", "")


def test_staff_add_refuses_weak_passwords_and_bad_names(tmp_path: Path) -> None:
    with pytest.raises(StaffError):
        add_staff(tmp_path, "erin", "short")
    with pytest.raises(StaffError):
        add_staff(tmp_path, "Erin Smith", PASSWORD)
    add_staff(tmp_path, "erin", PASSWORD)
    text = staff_file(tmp_path).read_text()
    assert "$argon2id$" in text and PASSWORD not in text


# -- the queue -----------------------------------------------------------------------------
def _ids(html: str) -> list[str]:
    return list(dict.fromkeys(re.findall(r'href="/desk/case/(PB-[^"]+)"', html)))


def test_queue_sorted_by_days_left_with_overdue_cases_unmistakable(staff: Desk) -> None:
    later = staff.put(due="2026-12-28")
    late = staff.put(due="2026-11-27")
    soon = staff.put(due="2026-12-03")
    page = staff.client.get("/desk").text
    assert _ids(page) == [late.id, soon.id, later.id]
    overdue_row = page[page.index('<tr class="overdue">'):]
    assert overdue_row.index(late.id) < overdue_row.index("</tr>")
    assert "OVERDUE by 4 days" in page and "1 overdue" in page
    assert "2 days left" in page


def test_queue_filters_by_state_and_category(staff: Desk) -> None:
    access = staff.put()
    deletion = staff.put(categories=("deletion", "objection"), state=CaseState.NEEDS_HUMAN)
    assert _ids(staff.client.get("/desk?state=needs_human").text) == [deletion.id]
    assert _ids(staff.client.get("/desk?category=objection").text) == [deletion.id]
    assert _ids(staff.client.get("/desk?category=access&state=awaiting_verification").text) == [access.id]


def test_search_by_reference_and_by_address_finds_closed_cases_too(staff: Desk) -> None:
    alice = staff.put()
    bert = staff.put(address="bert@example.be", state=CaseState.DONE)
    assert _ids(staff.client.get("/desk", params={"q": alice.id}).text) == [alice.id]
    assert _ids(staff.client.get("/desk", params={"q": alice.id.lower()}).text) == [alice.id]
    assert _ids(staff.client.get("/desk", params={"q": "BERT@example.be"}).text) == [bert.id]
    assert bert.id not in staff.client.get("/desk").text  # closed: not in the queue itself


# -- the case page -------------------------------------------------------------------------
def test_case_page_shows_mail_as_text_why_verification_flags_plan_draft_and_timeline(staff: Desk) -> None:
    html_mail = ('<html><body><p>Please delete <b>everything</b>.</p><img src="https://tracker.example/p.gif">'
                 '<script>alert(1)</script></body></html>')
    case = staff.drafted(text=html_mail, hits=("access:en:copy of my data",), flags=("dmarc-fail",))
    page = staff.client.get(f"/desk/case/{case.id}").text
    assert "Please delete everything." in page
    assert "tracker.example" not in page and "<script>alert" not in page and "<b>everything" not in page
    assert "access:en:copy of my data" in page
    assert "dmarc fail" in page
    assert "<strong>verified</strong>" in page
    assert "Planned changes" in page and "needs approval" in page
    assert case.draft["body"].splitlines()[0] in page
    assert "reply drafted for staff approval" in page
    assert 'name="viewport"' in page and "http://" not in page.replace("http://www.w3.org", "")


def test_a_plain_text_mail_with_markup_like_text_is_escaped_not_stripped(staff: Desk) -> None:
    case = staff.put(text="My address is <alice.martin@example.org> & I want a copy.")
    page = staff.client.get(f"/desk/case/{case.id}").text
    assert "&lt;alice.martin@example.org&gt; &amp; I want a copy." in page
    assert "<strong>awaiting</strong>" in page or "not started" in page


def test_unknown_case_is_a_404_page(staff: Desk) -> None:
    assert staff.client.get("/desk/case/PB-0000-NOPE").status_code == 404


# -- actions -------------------------------------------------------------------------------
def test_approve_carries_out_the_plan_and_sends_the_reply(staff: Desk) -> None:
    case = staff.drafted()
    response = staff.post(case.id, "approve")
    assert response.status_code == 303
    assert "Approved" in staff.client.get(response.headers["location"]).text
    (reply,) = staff.sent_to("alice.martin@example.org")
    assert case.id in reply.message["Subject"]
    done = staff.case(case.id)
    assert done.state is CaseState.DONE
    assert any(e.event == "approved" and e.actor == "staff:erin" for e in done.events)


def test_edit_saves_the_draft_and_approve_sends_the_edited_text(staff: Desk) -> None:
    case = staff.drafted()
    body = case.draft["body"] + "\nWith kind regards from Erin, your privacy officer."
    assert staff.post(case.id, "edit", body=body).status_code == 303
    edited = staff.case(case.id)
    assert edited.draft["edited"] and "Erin, your privacy officer" in edited.draft["body"]
    assert edited.events[-1].actor == "staff:erin"
    staff.post(case.id, "approve", body=edited.draft["body"] + "\nP.S. edited again")
    (reply,) = staff.sent_to("alice.martin@example.org")
    text = reply.message.get_body(("plain",)).get_content()
    assert "Erin, your privacy officer" in text and "P.S. edited again" in text


def test_reject_needs_a_reason(staff: Desk) -> None:
    case = staff.drafted()
    refused = staff.post(case.id, "reject", reason="  ")
    assert refused.status_code == 400 and "reason is required" in refused.text
    assert staff.post(case.id, "reject", reason="duplicate of an earlier request").status_code == 303
    rejected = staff.case(case.id)
    assert rejected.state is CaseState.REJECTED
    assert (rejected.events[-1].actor, rejected.events[-1].reason) == ("staff:erin", "duplicate of an earlier request")
    assert staff.sent_to("alice.martin@example.org") == []


def test_clarification_question_goes_to_the_person_and_into_the_timeline(staff: Desk) -> None:
    case = staff.put(state=CaseState.NEEDS_HUMAN)
    assert staff.post(case.id, "clarify", question="Which of our shops did you buy from?").status_code == 303
    (mail,) = staff.sent_to("alice.martin@example.org")
    assert "Which of our shops did you buy from?" in mail.message.get_body(("plain",)).get_content()
    last = staff.case(case.id).events[-1]
    assert (last.event, last.actor) == ("clarification_requested", "staff:erin")


def test_extension_moves_the_deadline_and_tells_the_person_why(staff: Desk) -> None:
    case = staff.put(due="2026-12-28")
    assert staff.post(case.id, "extend", months="2", reason="Your data sits in five archived systems.").status_code == 303
    moved = staff.case(case.id)
    assert moved.due > case.due and moved.events[-1].event == "extended" and moved.events[-1].actor == "staff:erin"
    (notice,) = staff.sent_to("alice.martin@example.org")
    text = notice.message.get_body(("plain",)).get_content()
    assert "five archived systems" in text and moved.due in text
    refused = staff.post(case.id, "extend", months="1", reason="more")
    assert refused.status_code == 400 and "two further months" in refused.text
    again = staff.post(staff.put().id, "extend", months="3", reason="a reason worth keeping")
    assert again.status_code == 400 and ">a reason worth keeping</textarea>" in again.text  # not lost


def test_reclassify_a_verified_case_plans_and_drafts_it(staff: Desk) -> None:
    case = staff.put(state=CaseState.VERIFIED, categories=("other",))
    response = staff.post(case.id, "reclassify", category="access", categories=["portability"])
    assert response.status_code == 303
    assert "draft waits for your approval" in staff.client.get(response.headers["location"]).text
    planned = staff.case(case.id)
    assert planned.state is CaseState.AWAITING_APPROVAL and planned.categories == ("access", "portability")
    assert any(e.event == "reclassified" and e.actor == "staff:erin" for e in planned.events)


def test_reclassify_before_verification_is_recorded_and_explained(staff: Desk) -> None:
    case = staff.put()
    response = staff.post(case.id, "reclassify", category="deletion", categories=["objection", "access"])
    notice = staff.client.get(response.headers["location"]).text
    assert "planned once the person confirms" in notice
    changed = staff.case(case.id)
    assert (changed.category, changed.categories) == ("deletion", ("deletion", "objection", "access"))
    assert changed.state is CaseState.AWAITING_VERIFICATION
    assert staff.post(case.id, "reclassify", category="gossip").status_code == 400


def test_actions_on_a_closed_case_are_refused_with_a_reason(staff: Desk) -> None:
    case = staff.put(state=CaseState.DONE)
    refused = staff.client.post(f"/desk/case/{case.id}/clarify",
                                data={"csrf": csrf(staff.client.get("/desk").text), "question": "Hm?"})
    assert refused.status_code == 400 and "closed" in refused.text


# -- statistics ----------------------------------------------------------------------------
def test_stats_page_has_a_chart_and_no_addresses(staff: Desk) -> None:
    staff.put()
    staff.put(address="bert@example.be", categories=("deletion",))
    page = staff.client.get("/desk/stats").text
    assert "<svg" in page and "Requests per month" in page
    assert "@example" not in page.replace("privacy@example.org", "")
    assert re.search(r"<dt>Requests</dt><dd>2</dd>", page)


def test_https_base_url_makes_the_cookie_secure(desk: Desk) -> None:
    ctx = replace(desk.bot.web_context, base_url="https://privacy.example.com")
    client = TestClient(create_app(ctx), base_url="https://testserver", follow_redirects=False)
    page = client.get("/desk/login")
    response = client.post("/desk/login", data={"name": "erin", "password": PASSWORD, "csrf": csrf(page.text)})
    assert response.status_code == 303 and "Secure" in response.headers["set-cookie"]

