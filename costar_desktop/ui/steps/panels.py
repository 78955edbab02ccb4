"""The step panels, in the order of their docks: each class declares its key, title, dock,
step and the document signals it watches (ui/steps/base.py), and the step tools walk this list.

Importing them all with the window costs each start about 50 ms (measured with
``python -X importtime`` on a busy two-core machine, issue 26: the action plan's table and
date entry are most of it); a panel is still *made* only when its dock is first shown.
"""

from __future__ import annotations

from costar_desktop.ui.steps.actions_panel import ActionsPanel
from costar_desktop.ui.steps.base import StepPanel
from costar_desktop.ui.steps.inspiration import InspirationPanel
from costar_desktop.ui.steps.market import MarketPanel
from costar_desktop.ui.steps.people import PeoplePanel
from costar_desktop.ui.steps.ranking import RankingPanel
from costar_desktop.ui.steps.voices import VoicesPanel
from costar_desktop.ui.steps.voting import VotingPanel

PANEL_CLASSES: tuple[type[StepPanel], ...] = (
    InspirationPanel,
    VotingPanel,
    RankingPanel,
    PeoplePanel,
    VoicesPanel,
    MarketPanel,
    ActionsPanel,
)

#: Which panel comes to the front at each step.
STEP_PANELS = {cls.step: cls.key for cls in PANEL_CLASSES if cls.step is not None}
