"""The bargaining helper: what a buyer's counter-offer leaves, and which reply fits it.

Works on a computed :class:`~desktop.core.quote.pricing.Quote` (its unrounded figures). Results are
codes and Decimals; the UI words them in its language. Margins are fractions of the price.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.core.quote.pricing import (
    HUNDRED,
    ONE,
    Problem,
    Quote,
    margin_at,
    parse_decimal,
    price_for_margin,
)

#: The reply scenario for each situation, from worst to best for the seller.
BELOW_FLOOR = "price.cannot_discount"
NO_ROOM = "price.still_too_high"
ACCEPTABLE = "price.quantity_discount"
BELOW_MINIMUM = "price.gift_instead"


@dataclass(frozen=True)
class Bargain:
    """A counter-offer measured against the quote."""

    margin: Decimal
    """The margin left at the counter-offer (negative below the floor)."""
    above_floor: bool
    """The counter-offer covers the landed cost and the fees (no loss)."""
    min_price: Decimal
    """The lowest price (unrounded, in the selling currency) that keeps the minimum margin."""
    max_discount: Decimal
    """The largest discount off the quoted price that keeps the minimum margin (0 if none)."""
    scenario: str
    """The suggested reply's scenario id."""
    min_margin: Decimal
    """The minimum margin the check used."""


def bargain(quote: Quote, counter: Decimal, min_margin: Decimal) -> Bargain | Problem:
    """What a buyer's ``counter`` (a price in the quote's currency) means at ``min_margin``.

    A problem instead if the counter-offer is not above 0 (field ``counter``, code ``positive``)
    or the minimum margin is not from 0 to below 1 with room left after the fees (field
    ``min_margin``, code ``margin_range``).
    """
    if not counter.is_finite() or counter <= 0:
        return Problem("counter", "positive", str(counter))
    fees = quote.exact["fees"]
    if not min_margin.is_finite() or not 0 <= min_margin < 1 or fees + min_margin >= ONE:
        return Problem("min_margin", "margin_range", str(min_margin * HUNDRED))
    floor = quote.exact["floor"]
    quoted = quote.exact["price"]
    min_price = price_for_margin(quote, min_margin)
    max_discount = max(Decimal(0), ONE - min_price / quoted) if quoted > 0 else Decimal(0)
    if counter < floor:
        scenario = BELOW_FLOOR
    elif quoted <= min_price:
        scenario = NO_ROOM
    elif counter >= min_price:
        scenario = ACCEPTABLE
    else:
        scenario = BELOW_MINIMUM
    return Bargain(
        margin=margin_at(quote, counter),
        above_floor=counter >= floor,
        min_price=min_price,
        max_discount=max_discount,
        scenario=scenario,
        min_margin=min_margin,
    )


def check_offer(quote: Quote, counter: str, min_margin: str) -> Bargain | Problem | None:
    """The bargaining helper on typed text: ``min_margin`` in percent (``"5"`` is 5%).

    None while no counter-offer is typed (or it is not a number yet): nothing to check.
    """
    offer = parse_decimal(counter)
    if offer is None:
        return None
    minimum = parse_decimal(min_margin)
    if minimum is None:
        return Problem("min_margin", "number", min_margin)
    return bargain(quote, offer, minimum / HUNDRED)
