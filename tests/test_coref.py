from analysis.extraction.coref import SpeakerTracker
from analysis.extraction.people import collect_people, split_title


def test_split_title_drops_titles_and_their_modifiers():
    assert split_title(["Tarvian", "President", "Ilona", "Brandt"]) == (
        ["Tarvian", "President"], ["Ilona", "Brandt"],
    )
    assert split_title(["Dragan", "Vuk"]) == ([], ["Dragan", "Vuk"])


def test_people_are_collected_with_their_roles_but_not_places_or_modifiers():
    text = (
        "The jailed editor of the Velmar Courier, Nadia Korsakova, wrote a letter. "
        "Social Democrat leader Karin Strand spoke. Mr. Jakob Stern, the chief executive, agreed."
    )
    people = {p.name: p for p in collect_people(text)}
    assert set(people) == {"Nadia Korsakova", "Karin Strand", "Jakob Stern"}
    assert "editor" in people["Nadia Korsakova"].roles
    assert people["Jakob Stern"].gender == "male"


def test_surnames_pronouns_and_roles_resolve_to_people_met_before():
    text = "Health Minister Sofia Marin spoke. Then Anton Reese spoke."
    tracker = SpeakerTracker(text)
    assert tracker.resolve("Health Minister Sofia Marin", 0).speaker == "Sofia Marin"
    assert tracker.resolve("Reese", 40).speaker == "Anton Reese"
    assert tracker.resolve("he", 50).speaker == "Anton Reese"
    assert tracker.resolve("the minister", 60).speaker == "Sofia Marin"


def test_a_pronoun_skips_a_person_of_the_other_known_gender():
    tracker = SpeakerTracker("Mr. Jakob Stern and Ms. Selma Aas spoke.")
    tracker.resolve("Ms. Selma Aas", 0)
    tracker.resolve("Mr. Jakob Stern", 10)
    assert tracker.resolve("she", 20).speaker == "Selma Aas"


def test_institutions_unnamed_sources_and_non_speakers():
    tracker = SpeakerTracker("")
    assert tracker.resolve("The Kremlin", 0).speaker == "Kremlin"
    assert tracker.resolve("A spokeswoman for the Ministry of Finance", 0).speaker == (
        "spokeswoman for the Ministry of Finance"
    )
    assert tracker.resolve("figures published on Monday", 0) is None
    assert tracker.resolve("The vote", 0) is None


def test_an_appositive_name_wins_over_its_role():
    tracker = SpeakerTracker("")
    assert tracker.resolve("Her lawyer, Tomas Grell", 0).speaker == "Tomas Grell"
    assert tracker.resolve("The monastery's abbot, Father Simeon", 0).speaker == "Father Simeon"
