"""One speaker across scripts and spellings, without an alias table."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus.credits import credited_rows
from analysis.corpus.ingest import load_corpus
from analysis.corpus.spellings import romanisations, speaker_column, unify_spellings


def _shown(names: list[str], **options) -> dict[str, str]:
    series = pd.Series(names, dtype="string")
    return dict(zip(names, unify_spellings(series, **options), strict=True))


@pytest.mark.parametrize(
    ("name", "latin"),
    [("Зеленський", ("Zelenskyi",)), ("Ірина Верещук", ("Iryna Vereshchuk",)),
     ("Лукашэнка", ("Lukashenka",)), ("Сергей Лавров", ("Serhei Lavrov", "Sergey Lavrov")),
     ("Zelensky", ("Zelensky",))],
)
def test_romanisations_follow_the_letters_ukrainian_russian_or_both(name, latin):
    assert romanisations(name) == latin


@pytest.mark.parametrize(
    "names",
    [
        ["Лукашенко", "Лукашенка", "Лукашэнка", "Lukashenko", "Lukashenka", "Alexander Lukashenko",
         "Alyaksandr Lukashenka", "Alyaksandr Lukashenka"],
        ["Сергей Лавров", "Sergey Lavrov", "Sergei Lavrov", "Sergey Lavrov"],
        ["Зеленський", "Зеленский", "Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyy"],
    ],
    ids=["lukashenko", "lavrov", "zelensky"],
)
def test_every_spelling_of_one_person_is_shown_under_the_most_frequent(names):
    most = max(set(names), key=names.count)
    assert set(_shown(names).values()) == {most}


def test_people_who_share_a_surname_but_not_a_given_name_stay_apart():
    shown = _shown(["Alexander Lukashenko", "Viktor Lukashenko", "Лукашенко", "Olena Zelenska",
                    "Volodymyr Zelensky", "Sergey Lavrov", "Sergey Lavrova"])
    assert len(set(shown.values())) == 7  # the lone surname fits two people: it stays apart too


def test_a_lone_surname_joins_the_one_full_name_it_fits():
    shown = _shown(["Alyaksandr Lukashenka", "Лукашенко", "Lukashenko", "Lukashenko"])
    assert set(shown.values()) == {"Lukashenko"}


def test_the_alias_table_still_wins():
    aliases = pd.DataFrame({"alias": ["Lukashenko"], "canonical": ["A. G. Lukashenko"]})
    raw = pd.Series(["Lukashenko", "Лукашенко", "Alexander Lukashenko", "Sergei Lavrov", "Сергей Лавров",
                     "Сергей Лавров"])
    got = speaker_column(raw, aliases=aliases).tolist()
    assert got[0] == "A. G. Lukashenko"
    assert got[3:] == ["Сергей Лавров"] * 3
    assert got[1] == got[2]  # the rest are grouped on their own, not pulled into the alias


def test_two_canonical_names_of_the_alias_table_are_never_merged():
    aliases = pd.DataFrame({"alias": ["S. Lavrov", "Sergei Lavrov"],
                            "canonical": ["Sergey Lavrov", "Sergei Lavrov"]})
    got = speaker_column(pd.Series(["S. Lavrov", "Sergei Lavrov", "Сергей Лавров"]), aliases=aliases)
    assert got.tolist()[:2] == ["Sergey Lavrov", "Sergei Lavrov"]


def test_each_person_of_a_several_person_cell_is_unified_on_its_own():
    got = unify_spellings(pd.Series(["Zelensky; Сергей Лавров", "Зеленський", "Sergey Lavrov", "Zelensky"]))
    assert got.tolist() == ["Zelensky; Сергей Лавров", "Zelensky", "Сергей Лавров", "Zelensky"]


UA_NAMES = {  # the usual English-press spelling of each Ukrainian official in the corpus
    "Володимир Зеленський": "Volodymyr Zelenskyy",
    "Денис Шмигаль": "Denys Shmyhal",
    "Михайло Подоляк": "Mykhailo Podolyak",
    "Ірина Верещук": "Iryna Vereshchuk",
    "Олексій Арестович": "Oleksiy Arestovych",
    "Дмитро Кулеба": "Dmytro Kuleba",
    "Андрій Єрмак": "Andriy Yermak",
}


@pytest.mark.shared
def test_the_ukrainian_originals_and_latin_spellings_load_as_the_same_speakers(shared_dir, tmp_path):
    originals = shared_dir / "corpora" / "ua-officials-2022-uk.csv"
    english = pd.read_csv(shared_dir / "corpora" / "ua-officials-2022.csv", dtype=str, keep_default_na=False)
    english["speaker"] = [
        "; ".join(UA_NAMES.get(p, p) for p in cell.split("; ")) for cell in english["speaker"]
    ]
    latin = tmp_path / "ua-latin.csv"
    english.to_csv(latin, index=False)
    alone, _ = load_corpus([originals])
    both, _ = load_corpus([originals, latin])
    per_alone = credited_rows(alone)["speaker"].value_counts()
    per_both = credited_rows(both)["speaker"].value_counts()
    per_latin = credited_rows(load_corpus([latin])[0])["speaker"].value_counts()
    assert len(per_both) == len(per_alone)  # no person was split in two by a spelling
    for cyrillic, written in UA_NAMES.items():
        shown = {cyrillic, written} & set(per_both.index)
        assert len(shown) == 1  # the most frequent of the two spellings
        assert per_both[shown.pop()] == per_alone[cyrillic] + per_latin[written]


def test_names_that_are_not_personal_names_are_never_grouped():
    names = ["<b>Speaker 0</b>", "<b>Speaker 1</b>", "Speaker 1", "Speaker 2", "@lavrov", "@lavrov_sergey"]
    assert _shown(names) == {n: n for n in names}


def test_names_an_article_resolved_are_unified_with_the_tables_spellings():
    raw = pd.Series(["he", "Лукашенко", "Lukashenko"])
    resolved = pd.Series(["Alyaksandr Lukashenka", "", ""])
    # one statement each: a tie, so the longer name
    assert speaker_column(raw, resolved=resolved).tolist() == ["Alyaksandr Lukashenka"] * 3


def test_grouping_block_by_block_finds_what_comparing_every_pair_finds():
    from collections import Counter

    from analysis.corpus.spellings import _groups, spelling_groups

    names = ["Лукашенко", "Lukashenka", "Alexander Lukashenko", "Viktor Lukashenko", "Сергей Лавров",
             "Sergei Lavrov", "Зеленський", "Zelenskyy", "Volodymyr Zelensky", "Olena Zelenska",
             "Денис Шмигаль", "Denys Shmyhal", "Shmyhal", "Dmitry Peskov", "Песков", "Ann Lee"]
    counts = Counter({name: len(names) - i for i, name in enumerate(names)})
    every_pair = {frozenset(group) for group in _groups(sorted(counts, key=lambda n: -counts[n]), set())}
    blocked = spelling_groups(counts)
    by_label = {frozenset(n for n in names if blocked[n] == label) for label in set(blocked.values())}
    assert by_label == every_pair
    assert frozenset({"Денис Шмигаль", "Denys Shmyhal", "Shmyhal"}) in by_label
