"""Benchmark quote extraction: generated ~800-word news articles per second on one core."""

from __future__ import annotations

import os
import random
import statistics
import time

from analysis.extraction.articles import read_article
from analysis.extraction.quotes import extract_corpus

ARTICLES = int(os.environ.get("PARLEY_BENCH_ARTICLES", "200"))
REPEATS = int(os.environ.get("PARLEY_BENCH_REPEATS", "5"))
WORDS = 800

_FIRST = ("Ilona", "Oskar", "Mira", "Anton", "Petra", "Henrik", "Ruth", "Dragan", "Lena", "Sven")
_LAST = ("Brandt", "Falk", "Holt", "Reese", "Lind", "Dahl", "Okafor", "Vuk", "Sorensen", "Aalto")
_ROLES = ("Foreign Minister", "President", "union leader", "negotiator", "spokeswoman")
_FILLER = (
    "The talks resumed on Monday after a pause of three weeks in the capital.",
    "Negotiators met behind closed doors for most of the afternoon, officials said.",
    "The agreement would cover customs rules, fishing rights and the border crossings.",
    "Traders in the port city watched the talks closely as prices rose again.",
    "A final vote in parliament is not expected before the end of the year.",
    "The region has seen months of protests over fuel prices and rents.",
)
_CLAUSES = (
    "we will not sign a text that our farmers have not seen",
    "the border must stay open for trade and for families",
    "nobody in this room expects the war to end this year",
    "the offer would not even cover rising rents in the city",
    "both sides have told me they are ready in principle",
)


def _paragraph(rng: random.Random, speakers: list[str]) -> str:
    """One paragraph in one of the shapes news articles use."""
    name = rng.choice(speakers)
    surname = name.split()[-1]
    clause = rng.choice(_CLAUSES)
    shape = rng.randrange(6)
    if shape == 0:
        return f"“{clause.capitalize()}. {rng.choice(_CLAUSES).capitalize()},” {surname} said."
    if shape == 1:
        return f"{surname} told reporters: “{clause.capitalize()}.”"
    if shape == 2:
        return f"{rng.choice(_ROLES).capitalize()} {name} said on Tuesday that {clause}."
    if shape == 3:
        return f"“{clause.capitalize()},” said {surname}, “and {rng.choice(_CLAUSES)}.”"
    if shape == 4:
        return f"According to {surname}, {clause}. In her view, {rng.choice(_CLAUSES)}."
    return " ".join(rng.sample(_FILLER, 3))


def generate_article(seed: int) -> bytes:
    """A news-style article of about 800 words with quotes, reported speech and filler."""
    rng = random.Random(seed)
    speakers = [f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(3)]
    lines = [
        "---", f"title: Talks, day {seed}", "date: 2026-03-14", "source: Bench Wire", "---",
        "Photo: press office",
        f"{speakers[0]} said on Monday that the talks would continue next week.",
    ]
    words = 20
    while words < WORDS:
        para = _paragraph(rng, speakers)
        lines.append(para)
        words += len(para.split())
    return ("\n\n".join(lines) + "\n").encode("utf-8")


def main() -> None:
    """Print the median articles per second of reading plus extraction, over repeated runs."""
    payloads = [(f"a{i}.md", generate_article(i)) for i in range(ARTICLES)]
    words = statistics.mean(len(data.decode().split()) for _, data in payloads)
    rates, cpu_rates, statements = [], [], 0
    for _ in range(REPEATS):
        start, cpu = time.perf_counter(), time.process_time()
        articles = [read_article(name, data) for name, data in payloads]
        frame = extract_corpus(articles)
        cpu_rates.append(ARTICLES / (time.process_time() - cpu))
        rates.append(ARTICLES / (time.perf_counter() - start))
        statements = len(frame)
    print(f"quotes: {ARTICLES} generated articles of ~{words:.0f} words, {REPEATS} runs, one core")
    print(
        f"  median {statistics.median(rates):,.0f} articles/s "
        f"(min {min(rates):,.0f}, max {max(rates):,.0f}); "
        f"{statements:,} statements per run; target >= 200 articles/s"
    )
    print(f"  median {statistics.median(cpu_rates):,.0f} articles per CPU-second (this process)")


if __name__ == "__main__":
    main()
