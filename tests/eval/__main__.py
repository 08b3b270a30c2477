"""Print precision, recall and F1 of the quote extractor on the evaluation set (`make eval`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.extraction.quotes import extract_statements
from tests.eval import polnear
from tests.eval.gold import ARTICLES_DIR, BLIND_DIR, HOLDOUT_DIR, load_eval_set, ru_uk_sets
from tests.eval.scoring import Span, Tally, make_span, match_article, tally


def evaluate(
    directory: Path = ARTICLES_DIR,
) -> tuple[dict[str, dict[str, Tally]], list[tuple[str, list[Span], list[Span]]]]:
    """Run the extractor on every article of one eval directory and tally both match modes."""
    per_article = []
    for item in load_eval_set(directory):
        text = item.article.text
        frame = extract_statements(item.article)
        preds = [
            make_span(text, r.attribution, r.speaker, r.start, r.end)
            for r in frame.itertuples(index=False)
        ]
        gold = [make_span(text, g.attribution, g.speaker, g.start, g.end) for g in item.statements]
        per_article.append((item.article.name, preds, gold))
    pairs = [(p, g) for _, p, g in per_article]
    return {mode: tally(pairs, mode=mode) for mode in ("exact", "overlap")}, per_article


def _explain(per_article: list[tuple[str, list[Span], list[Span]]], text_of: dict[str, str]) -> None:
    """Print each missed gold statement and each spurious prediction (overlap mode)."""
    for name, preds, gold in per_article:
        text = text_of[name]
        matched = {id(p) for _, p in match_article(preds, gold, mode="overlap") if p is not None}
        for g, p in match_article(preds, gold, mode="overlap"):
            if p is None:
                print(f"MISS {name} [{g.bucket}] {g.speaker}: {text[g.start:g.end][:90]!r}")
        for p in preds:
            if id(p) not in matched:
                print(f"EXTRA {name} [{p.bucket}] {p.speaker}: {text[p.start:p.end][:90]!r}")


def main(argv: list[str] | None = None) -> int:
    """Print the scores table; with --explain, also every miss and extra."""
    parser = argparse.ArgumentParser(prog="python -m tests.eval", description=__doc__)
    parser.add_argument("--explain", action="store_true", help="list misses and extras")
    args = parser.parse_args(argv)
    sets = [("development", ARTICLES_DIR), ("held-out", HOLDOUT_DIR), ("blind", BLIND_DIR)]
    sets += [(f"Russian/Ukrainian {d.name}", d) for d in ru_uk_sets()]
    for label, directory in sets:
        results, per_article = evaluate(directory)
        n_gold = sum(len(g) for _, _, g in per_article)
        where = directory.relative_to(ARTICLES_DIR.parent)
        print(f"{label} set ({where}/): {len(per_article)} articles, {n_gold} gold statements")
        print(f"{'match':8} {'class':9} {'gold':>5} {'pred':>5} {'hit':>5} {'P':>6} {'R':>6} {'F1':>6}")
        for mode, buckets in results.items():
            for bucket, t in buckets.items():
                print(
                    f"{mode:8} {bucket:9} {t.gold:5d} {t.predicted:5d} {t.matched:5d} "
                    f"{t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f}"
                )
        if args.explain:
            texts = {g.article.name: g.article.text for g in load_eval_set(directory)}
            _explain(per_article, texts)
        print()
    if polnear.available("dev"):
        print("real news: PolNeAR dev, shared scorer (../shared/tools/score_polnear.py)")
        print(polnear.run_scorer("dev"), end="")
        share, sure, total = polnear.calibration("dev")
        print(f"confidence >= {polnear.CHECK_BELOW}: {sure} of {total} statements, {share:.1%} right")
    else:
        print(f"real news: skipped, {polnear.POLNEAR / 'dev'} is absent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
