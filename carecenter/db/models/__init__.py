"""Typed models of the whole domain (design.md section 3), one module per aggregate."""

from carecenter.db.base import Synced
from carecenter.db.models.agent import Agent
from carecenter.db.models.appointment import Appointment
from carecenter.db.models.authority import AuthorityPolicy, DecisionAnswer, Remedy
from carecenter.db.models.campaign import CallListEntry, Campaign
from carecenter.db.models.case import Case, CaseStepEvent
from carecenter.db.models.charter import CharterCitation, CharterText
from carecenter.db.models.coaching import Celebration, PlaybookRead, TrainingRequest
from carecenter.db.models.conflict_resolution import ConflictResolution
from carecenter.db.models.consent import ConsentEvent
from carecenter.db.models.contact import Contact
from carecenter.db.models.customer import Customer, CustomerEmail, CustomerPhone
from carecenter.db.models.customer_change import CustomerChange
from carecenter.db.models.decision import Decision
from carecenter.db.models.followup import FollowUp
from carecenter.db.models.handover import HandOver, HandOverSeen
from carecenter.db.models.local import (
    HeldRow,
    OutboxOp,
    ScreenPop,
    SearchDoc,
    SearchMove,
    SetAsideOp,
    StoreMeta,
)
from carecenter.db.models.merge import Merge
from carecenter.db.models.offer import Offer
from carecenter.db.models.product import Holding, Product
from carecenter.db.models.published import ChecklistTemplate, PlaybookText
from carecenter.db.models.review import ReviewNote
from carecenter.db.models.sync_conflict import SyncConflict

SYNCED_MODELS: tuple[type[Synced], ...] = (
    Agent, Customer, CustomerPhone, CustomerEmail, ConsentEvent, Product, Holding, Offer,
    Campaign, CallListEntry, Contact, Case, CaseStepEvent, Decision, ReviewNote, FollowUp,
    Merge, SyncConflict, ConflictResolution, Remedy, AuthorityPolicy, DecisionAnswer,
    ChecklistTemplate, PlaybookText, CustomerChange, Appointment, HandOver, TrainingRequest,
    PlaybookRead, Celebration, CharterText, CharterCitation,
)

__all__ = [
    "SYNCED_MODELS",
    "Agent",
    "Appointment",
    "AuthorityPolicy",
    "CallListEntry",
    "Campaign",
    "Case",
    "CaseStepEvent",
    "Celebration",
    "CharterCitation",
    "CharterText",
    "ChecklistTemplate",
    "ConflictResolution",
    "ConsentEvent",
    "Contact",
    "Customer",
    "CustomerChange",
    "CustomerEmail",
    "CustomerPhone",
    "Decision",
    "DecisionAnswer",
    "FollowUp",
    "HandOver",
    "HandOverSeen",
    "HeldRow",
    "Holding",
    "Merge",
    "Offer",
    "OutboxOp",
    "PlaybookRead",
    "PlaybookText",
    "Product",
    "Remedy",
    "ReviewNote",
    "ScreenPop",
    "SearchDoc",
    "SearchMove",
    "SetAsideOp",
    "StoreMeta",
    "SyncConflict",
    "TrainingRequest",
]
