"""Codes of the domain. The core speaks in these; only ``ui/`` turns them into words."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    AGENT = "agent"
    SENIOR = "senior"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Channel(StrEnum):
    PHONE = "phone"
    COUNTER = "counter"
    EMAIL = "email"
    SMS = "sms"
    CHAT = "chat"
    LETTER = "letter"


class ConsentChannel(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    MAIL = "mail"


class ConsentSource(StrEnum):
    """Where a consent recorded in the console came from (older events may hold other
    words: "contact", "campaign call", an import's own)."""

    CALL = "call"
    COUNTER = "counter"
    FORM = "form"
    IMPORT = "import"


class Purpose(StrEnum):
    MARKETING = "marketing"
    SERVICE = "service"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class Team(StrEnum):
    SERVICE = "service"
    MARKETING = "marketing"
    SALES = "sales"
    STORE = "store"


class Outcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    DECLINED = "declined"
    ACCEPTED = "accepted"
    CALLBACK = "callback"
    WRONG_NUMBER = "wrong_number"
    OPTED_OUT = "opted_out"
    RESOLVED = "resolved"
    INFO = "info"
    MERGED = "merged"


class Tier(StrEnum):
    STANDARD = "standard"
    SILVER = "silver"
    GOLD = "gold"
    PLATINUM = "platinum"


class CaseStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED = "closed"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class AuthorityState(StrEnum):
    WITHIN = "within"
    OVERRIDE = "override"
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    EXCEEDS_CAP = "exceeds_cap"


class FollowUpReason(StrEnum):
    PROMISE = "promise"
    REMEDY_CHECK = "remedy_check"
    CALL_BACK = "call_back"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class FollowUpOutcome(StrEnum):
    SATISFIED = "satisfied"
    NOT_SATISFIED = "not_satisfied"
    UNREACHABLE = "unreachable"


class ReviewKind(StrEnum):
    PRAISE = "praise"
    LESSON = "lesson"


class MergeKind(StrEnum):
    MERGE = "merge"
    UNMERGE = "unmerge"


class OfferStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    RETIRED = "retired"


class CampaignStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    CLOSED = "closed"


class AppointmentStatus(StrEnum):
    EXPECTED = "expected"
    ARRIVED = "arrived"
    SEEN = "seen"
    NO_SHOW = "no_show"
