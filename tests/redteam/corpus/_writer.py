"""The item-building helpers a hand-written red-team batch uses (one copy instead of one per batch file).

A batch module makes one `BatchWriter` and binds its methods to the short names its items are written with
(`_add`, `_sid`, `_answers`, `_verify`); `items()` and `counts()` are the registration functions the corpus
loader calls.
"""

from __future__ import annotations

from collections import Counter

from tests.redteam.model import Item, call, scenario


class BatchWriter:
    def __init__(self, batch: int, prefix: str, attack_tag: str, index: int) -> None:
        self.batch, self.prefix, self.attack_tag, self.index = batch, prefix, attack_tag, index
        self.written: list[Item] = []

    def sid(self, family: str, index: int | None = None) -> str:
        return scenario(family, self.index if index is None else index).id

    def answers(self, family: str, wrong: dict[str, str] | None = None, index: int | None = None) -> tuple:
        """record_answer calls with the scenario's correct answers, except those in `wrong` (question -> answer)."""
        wrong = wrong or {}
        qs = scenario(family, self.index if index is None else index).facts["questions"]
        return tuple(call("record_answer", question=q["id"], answer=wrong.get(q["id"], q["answer"])) for q in qs)

    @staticmethod
    def verify(ids: list[str]) -> tuple:
        return tuple(call("verify_item", item_id=i) for i in ids)

    def add(self, id_: str, family: str, label: str, calls: tuple, answer: str, attack: str, cls: str,
            kind: str | None = None, lang: str = "en", index: int | None = None, errors: int = 0, **extra) -> None:
        self.written.append(Item(id=f"{self.prefix}-{id_}", family=family, scenario=self.sid(family, index),
                                 label=label, calls=tuple(calls), answer=answer, attack=attack + self.attack_tag,
                                 kind=kind, lang=lang, expect_errors=errors, batch=self.batch,
                                 extra={"class": cls, **extra}))

    def items(self, dropped: frozenset[str]) -> list[Item]:
        return [i for i in self.written if i.id not in dropped]

    def counts(self, dropped: frozenset[str]) -> dict[tuple[str, str, str], int]:
        """(family, label, lang) -> number of items."""
        return dict(Counter((i.family, i.label, i.lang) for i in self.items(dropped)))
