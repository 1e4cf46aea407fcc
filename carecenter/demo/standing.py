"""What a demo customer's history says at a moment, kept while the generator writes that
history in time order, so no contact contradicts it: no marketing call after the customer
withdrew phone/marketing consent, no offer of a product the customer holds or accepted."""

from __future__ import annotations

from dataclasses import dataclass, field

DAY_MS = 86_400_000


@dataclass
class Standing:
    denied_from: int | None = None  # ms: phone/marketing consent withdrawn from then on
    held: dict[str, int] = field(default_factory=dict)  # product id -> ms its holding starts
    taken: dict[str, int] = field(default_factory=dict)  # product id -> ms an offer accepted

    def may_call(self, when: int) -> bool:
        """Whether marketing may phone the customer at ``when``."""
        return self.denied_from is None or when < self.denied_from

    def withdraw(self, when: int) -> None:
        if self.denied_from is None or when < self.denied_from:
            self.denied_from = when

    def hold(self, product_id: str, since_ms: int) -> None:
        """A holding from the day of ``since_ms`` (the call list and the offers panel
        compare its day with the moment's)."""
        self.held[product_id] = since_ms - since_ms % DAY_MS

    def has(self, product_id: str, when: int) -> bool:
        """Whether the customer holds the product, or accepted an offer of it, by ``when``."""
        since = self.held.get(product_id)
        taken = self.taken.get(product_id)
        return (since is not None and since <= when) or (taken is not None and taken <= when)

    def accept(self, product_id: str, when: int) -> bool:
        """An offer of the product accepted at ``when``; True when a holding is new (it
        starts the next day, when the product is activated)."""
        self.taken.setdefault(product_id, when)
        if product_id in self.held:
            return False
        self.hold(product_id, when + DAY_MS)
        return True
