"""The values a text writes, each by the words writing it: years, months, days of months, amounts, weekdays and
a rate's period; a yes/no question naming one is checked against those of the sentence answering it."""

from __future__ import annotations

import re

from qa.patterns import MONTHS, WEEKDAY

_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
# A month named in chat: not "may" or "mar", words besides.
_MONTHS = r"(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)"
_MONTH = re.compile(rf"\b{_MONTHS}\b", re.I)
# An amount: "$120k", "200k", "$210,000", "10 billion" (a bare number is no amount, nor a count of things:
# "50 million tweets").
_AMOUNT = re.compile(
    r"(?<![\w.])(?P<cur>[$€£])?\s?(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>k|mn?|bn?|thousand|million|billion|trillion)\b)?(?!\s+(?!dollars|bucks|euros|pounds)[a-z]+s\b)",
    re.I,
)
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9, "trillion": 1e12}


def _amounts(text: str) -> dict[str, float]:
    return {
        m.group().strip().lower(): float(m.group("n").replace(",", "")) * _SCALE.get((m.group("scale") or "").lower(), 1)
        for m in _AMOUNT.finditer(text)
        if m.group("cur") or m.group("scale") or "," in m.group("n")
    }


# A day of a month: "april 28", "April 25th", "25th april".
_DAY_MONTHS = rf"(?:may|{_MONTHS[3:-1]})"  # "may 1st": with a day, "may" is the month
_DAY = re.compile(rf"\b(?:(?P<m>{_DAY_MONTHS})\.? (?P<d>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m2>{_DAY_MONTHS}))\b", re.I)
# A rate's period: "per month", "a year", "monthly", "annual" (its unit).
_PERIOD = re.compile(r"\b(?:(?:per|a|an|each|every) (year|month|week|day|hour)|(year|month|week|dai|hour)ly|(annual)(?:ly)?)\b", re.I)


def _month(name: str) -> int:
    return MONTHS[name.lower()[:3] if name.lower() != "sept" else "sep"]


def values_of(text: str) -> list[dict[str, object]]:
    """A text's years, months, days of months, amounts, weekdays and rates' periods, each by the words writing it."""
    days = {m.group().lower(): (_month(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2"))) for m in _DAY.finditer(text)}
    bare = _DAY.sub(" ", text)  # "april 28": a day, not a month of its own
    return [
        {y: y for y in _YEAR.findall(text)},
        {m.lower(): _month(m) for m in _MONTH.findall(bare)},
        days,
        _amounts(text),
        {d.lower(): d.lower() for d in WEEKDAY.findall(text)},
        {m[0].lower(): (m[1] or m[2] or "year").lower().replace("dai", "day") for m in _PERIOD.finditer(text)},
    ]
