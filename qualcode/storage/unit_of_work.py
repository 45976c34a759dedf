"""A unit of work bundles the repositories over one session (one transaction)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from qualcode.storage.repositories.analyses import AnalysisRepository
from qualcode.storage.repositories.analysis_progress import ProgressRepository
from qualcode.storage.repositories.assistant import AssistantRepository
from qualcode.storage.repositories.cases import CaseRepository
from qualcode.storage.repositories.codes import CodeRepository
from qualcode.storage.repositories.coders import CoderRepository
from qualcode.storage.repositories.decisions import DecisionRepository
from qualcode.storage.repositories.documents import DocumentRepository
from qualcode.storage.repositories.joint_displays import JointDisplayRepository
from qualcode.storage.repositories.memos import MemoRepository
from qualcode.storage.repositories.meta import MetaRepository
from qualcode.storage.repositories.privacy import PrivacyRepository
from qualcode.storage.repositories.retrieval_queries import RetrievalQueries
from qualcode.storage.repositories.segments import SegmentRepository
from qualcode.storage.repositories.surveys import SurveyRepository
from qualcode.storage.repositories.thematic_map import ThematicMapRepository
from qualcode.storage.repositories.themes import ThemeRepository
from qualcode.storage.workbench_queries import WorkbenchQueries


class UnitOfWork:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.documents = DocumentRepository(session)
        self.codes = CodeRepository(session)
        self.segments = SegmentRepository(session)
        self.cases = CaseRepository(session)
        self.themes = ThemeRepository(session)
        self.memos = MemoRepository(session)
        self.coders = CoderRepository(session)
        self.meta = MetaRepository(session)
        self.surveys = SurveyRepository(session)
        self.retrieval = RetrievalQueries(session)
        self.analyses = AnalysisRepository(session)
        self.joint_displays = JointDisplayRepository(session)
        self.maps = ThematicMapRepository(session)
        self.progress = ProgressRepository(session)
        self.workbench = WorkbenchQueries(session)
        self.decisions = DecisionRepository(session)
        self.privacy = PrivacyRepository(session)
        self.assistant = AssistantRepository(session)

    def flush(self) -> None:
        self.session.flush()
