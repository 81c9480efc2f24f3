"""Logging inquiries: one per copied reply (a second copy of the same scenario within ten
minutes counts once), or by hand with a department and a note of the agent's own.

Nothing the buyer wrote is stored: the scenario, the reply's id, the buyer's country (from the
country box), the platform, the department and the agent's note.
"""

from __future__ import annotations

import time

from desktop.core.buyer.countries import is_country
from desktop.core.library import Library
from desktop.core.library.inquiries import Inquiry
from desktop.core.library.scenarios import scenarios
from desktop.core.report.departments import default_department, departments, find_department

#: A copy of the same scenario this soon after the last one is the same inquiry.
SAME_INQUIRY_SECONDS = 10 * 60
#: The longest note kept (a note is a few words: "颜色色差，转采购").
NOTE_LIMIT = 200


class InquiryLog:
    """The agent's inquiry log in the library file."""

    def __init__(self, library: Library) -> None:
        self._lib = library

    def record_copy(
        self,
        scenario: str,
        reply: str,
        country: str = "",
        platform: str = "",
        at: int | None = None,
    ) -> int | None:
        """Log the copy of a reply; None when it is the same inquiry as a copy just before."""
        now = int(time.time()) if at is None else at
        if scenario not in scenarios():
            return None
        if self._lib.recent_copy(scenario, now - SAME_INQUIRY_SECONDS) is not None:
            return None
        return self._lib.add_inquiry(
            now,
            scenario,
            default_department(scenario),
            reply=reply,
            country=_country(country, strict=False),
            platform=platform,
        )

    def log(
        self,
        scenario: str,
        department: str | None = None,
        note: str = "",
        country: str = "",
        platform: str = "",
        at: int | None = None,
    ) -> int:
        """Log an inquiry by hand; ValueError (one line) for an unknown scenario, department or
        country, or a note too long."""
        sid, dept, text = self.validate(scenario, department, note)
        return self._lib.add_inquiry(
            int(time.time()) if at is None else at,
            sid,
            dept,
            country=_country(country, strict=True),
            platform=platform,
            note=text,
            manual=True,
        )

    def validate(self, scenario: str, department: str | None, note: str) -> tuple[str, str, str]:
        """The scenario id, department id and note an entry would store."""
        sid = scenario.strip()
        if sid not in scenarios():
            raise ValueError(f"unknown scenario: {scenario!r} (an id such as price.bulk_quote)")
        if department:
            dept = find_department(department)
            if dept is None:
                known = ", ".join(departments())
                raise ValueError(f"unknown department: {department!r} (one of {known})")
        else:
            dept = default_department(sid)
        text = " ".join(note.split())
        if len(text) > NOTE_LIMIT:
            raise ValueError(f"the note is {len(text)} characters; keep it under {NOTE_LIMIT}")
        return sid, dept, text

    def last(self) -> Inquiry | None:
        return self._lib.last_inquiry()

    def correct(self, inquiry_id: int, scenario: str, department: str | None, note: str) -> bool:
        """Correct a logged inquiry (the last one, from the window); False if it is gone."""
        sid, dept, text = self.validate(scenario, department, note)
        return self._lib.update_inquiry(inquiry_id, sid, dept, text)

    def delete(self, inquiry_id: int) -> bool:
        return self._lib.delete_inquiry(inquiry_id)


def _country(code: str, strict: bool) -> str:
    wanted = code.strip().upper()
    if not wanted:
        return ""
    if is_country(wanted):
        return wanted
    if strict:
        raise ValueError(f"unknown country: {code!r} (a two-letter code such as US, BR, DE)")
    return ""
