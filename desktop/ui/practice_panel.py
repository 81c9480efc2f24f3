"""The practice panel: quizzes generated from the library, the rules and the cards, with a saved
record, a streak, a chart of each quiz's accuracy and "practise my weak spots"."""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.library.entry import Entry
from desktop.core.practice.progress import Progress, load, save
from desktop.core.practice.quiz import KINDS, Question, questions
from desktop.ui.services import Services

SESSION = 10


class AccuracyChart(QWidget):
    """One bar per quiz: the share answered right so far (drawn with Qt, no plotting library)."""

    def __init__(self, names: dict[str, str]) -> None:
        super().__init__()
        self.names = names
        self.values: dict[str, float | None] = {}
        self.setMinimumHeight(24 * len(names) + 8)

    def set_progress(self, progress: Progress) -> None:
        self.values = {k: progress.accuracy(k) for k in self.names}
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        label_w, width = 110, max(10, self.width() - 170)
        for row, (kind, name) in enumerate(self.names.items()):
            y, value = 4 + row * 24, self.values.get(kind)
            p.setPen(QColor("#39404a"))
            p.drawText(QRect(0, y, label_w - 6, 18), Qt.AlignmentFlag.AlignRight, name)
            p.fillRect(QRect(label_w, y + 3, width, 12), QColor("#e8ebef"))
            if value is not None:
                p.fillRect(QRect(label_w, y + 3, round(width * value), 12), QColor("#2e9d57"))
                p.drawText(label_w + width + 6, y + 14, f"{round(value * 100)}%")
        p.end()


class PracticePanel(QWidget):
    """Pick a quiz, answer ten questions, see the summary; the record is saved as you go."""

    answered = Signal(bool)
    sessionFinished = Signal(int, int)  # right, asked

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._entries: list[Entry] = []
        self._questions: list[Question] = []
        self._at, self._right, self._seed = 0, 0, 0
        self.progress = Progress()
        self.kind = QComboBox()
        for kind, name in self.kind_names().items():
            self.kind.addItem(name, kind)
        self.start = QPushButton(self.tr("Start"))
        self.start.setObjectName("primary")
        self.weak = QPushButton(self.tr("Practise my weak spots"))
        self.prompt = QLabel()
        self.prompt.setObjectName("quizPrompt")
        self.prompt.setWordWrap(True)
        self.options = [QPushButton() for _ in range(4)]
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.next = QPushButton(self.tr("Next"))
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.chart = AccuracyChart(self.kind_names())
        top = QHBoxLayout()
        top.addWidget(self.kind, 1)
        top.addWidget(self.start)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.weak)
        layout.addWidget(self.prompt)
        for i, button in enumerate(self.options):
            button.setObjectName(f"option{i}")
            button.setStyleSheet("text-align: left; padding: 6px;")
            button.clicked.connect(lambda _c=False, i=i: self.choose(i))
            layout.addWidget(button)
        layout.addWidget(self.feedback)
        layout.addWidget(self.next)
        layout.addWidget(self.status)
        layout.addWidget(self.chart)
        layout.addStretch(1)
        self.setFocusProxy(self.kind)
        self.start.clicked.connect(lambda: self.begin(str(self.kind.currentData())))
        self.weak.clicked.connect(self.begin_weak)
        self.next.clicked.connect(self._advance)
        self._show_idle()
        services.hub.practiceRequested.connect(self.begin_kind)
        lib = services.library
        services.tasks.submit(lambda: (lib.sample_entries(), load(lib)), self._loaded)

    def kind_names(self) -> dict[str, str]:
        return {
            "scenario": self.tr("Which situation?"),
            "compliance": self.tr("Which reply breaks a rule?"),
            "tone": self.tr("Match the greeting"),
            "flashcards": self.tr("English to Chinese"),
            "country": self.tr("Which country?"),
        }

    def _loaded(self, result: tuple[list[Entry], Progress]) -> None:
        self._entries, self.progress = result
        self._show_record()

    # -- a session ---------------------------------------------------------------------------
    def begin(self, kind: str, entries: list[Entry] | None = None) -> None:
        if kind not in KINDS or not self._entries:
            return
        self._seed += 1
        pool = entries or self._entries
        seed = hash((date.today().isoformat(), kind, self._seed)) & 0xFFFF
        self._questions = questions(kind, pool, SESSION, seed, self._services.chinese)
        self._at, self._right = 0, 0
        self._show_question()

    def begin_kind(self, kind: str) -> None:
        """Select a quiz and start it (from the handbook's "practise this")."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.begin(kind)

    def begin_weak(self) -> None:
        weak = set(self.progress.weak_scenarios())
        entries = [e for e in self._entries if e.scenario in weak and e.examples]
        self.begin("scenario", entries or None)

    def current(self) -> Question | None:
        return self._questions[self._at] if self._at < len(self._questions) else None

    def choose(self, index: int) -> None:
        question = self.current()
        if question is None or not self.options[index].isEnabled():
            return
        right = index == question.answer
        self._right += int(right)
        self.progress.record(question.kind, question.scenario, right, date.today())
        for i, button in enumerate(self.options):
            button.setEnabled(False)
            if i == question.answer:
                button.setStyleSheet("text-align: left; padding: 6px; color: #2e9d57;")
        text = self.tr("Right!") if right else self.tr("Not quite: the answer is marked green.")
        if question.explanation:
            text += " " + question.explanation
        self.feedback.setText(text)
        self.next.setEnabled(True)
        self._save()
        self.answered.emit(right)

    def _advance(self) -> None:
        self._at += 1
        if self.current() is None:
            asked = len(self._questions)
            summary = self.tr("Session done: %1 of %2 right.")
            self.prompt.setText(summary.replace("%1", str(self._right)).replace("%2", str(asked)))
            self._show_idle(keep_prompt=True)
            self.sessionFinished.emit(self._right, asked)
            return
        self._show_question()

    def _save(self) -> None:
        lib = self._services.library
        # a copy made here: the worker must not read dicts the next answer is changing
        snapshot = copy.deepcopy(self.progress)
        self._services.tasks.submit(lambda: save(lib, snapshot), lambda _r: self._show_record())

    # -- showing -------------------------------------------------------------------------------
    def _show_question(self) -> None:
        q = self.current()
        if q is None:
            return
        prompts = {
            "compliance": self.tr("Which rule does this break? %1")
            if q.prompt
            else self.tr("Which of these replies breaks a platform rule?"),
            "tone": self.tr("The buyer wrote: %1  Which opening matches?"),
            "country": self.tr("Which country's buyers are greeted like this? %1"),
        }
        prompt = prompts.get(q.kind, "%1").replace("%1", q.prompt)
        self.prompt.setText(f"{self._at + 1}/{len(self._questions)}  {prompt}")
        for button, text in zip(self.options, q.options, strict=True):
            button.setText(text)
            button.setEnabled(True)
            button.setStyleSheet("text-align: left; padding: 6px;")
            button.show()
        self.feedback.setText("")
        self.next.setEnabled(False)
        self.next.show()

    def _show_idle(self, keep_prompt: bool = False) -> None:
        if not keep_prompt:
            self.prompt.setText(self.tr("Pick a quiz and press Start: ten questions."))
        for button in self.options:
            button.hide()
        self.next.hide()
        self.feedback.setText("")

    def _show_record(self) -> None:
        streak = self.progress.streak(date.today())
        weak = self.progress.weak_scenarios()
        text = self.tr("Streak: %1 days. Weak spots: %2").replace("%1", str(streak))
        self.status.setText(text.replace("%2", str(len(weak))))
        self.weak.setEnabled(bool(weak))
        self.chart.set_progress(self.progress)
