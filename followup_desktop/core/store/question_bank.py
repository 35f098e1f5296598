"""The question bank: good questions to ask, kept across interviews."""

from __future__ import annotations

from followup_desktop.core.models import BankQuestion
from followup_desktop.core.store.rows import Rows, clean_text, new_id, required_text


class QuestionBank:
    """The question_bank table (store.question_bank)."""

    def __init__(self, rows: Rows) -> None:
        self._rows = rows

    def add(self, text: str) -> BankQuestion:
        """Save a question to the bank (the same words are kept once)."""
        text = required_text(text, "question")
        rows = self._rows.select("SELECT * FROM question_bank WHERE text = ?", [text])
        if rows:
            return BankQuestion(**rows[0])
        return self._rows.insert(BankQuestion(id=new_id(), text=text))

    def all(self) -> list[BankQuestion]:
        """The question bank in the order questions were saved."""
        return self._rows.fetch(BankQuestion)

    def matching(self, typed: str, limit: int = 20) -> list[BankQuestion]:
        """Bank questions containing every typed word (any case); starts-with matches first."""
        words = [w for w in clean_text(typed).casefold().split() if w]
        found = [q for q in self.all() if all(w in q.text.casefold() for w in words)]
        head = clean_text(typed).strip().casefold()
        found.sort(key=lambda q: not q.text.casefold().startswith(head))
        return found[:limit]

    def update(self, question_id: str, text: str) -> BankQuestion:
        """Change a saved question's words."""
        return self._rows.update(BankQuestion, question_id, {"text": required_text(text, "question")})

    def delete(self, question_id: str) -> None:
        """Take a question out of the bank."""
        self._rows.get(BankQuestion, question_id)
        self._rows.execute("DELETE FROM question_bank WHERE id = ?", [question_id])
