"""Finding identifiers, from the researcher's side: roster names in the forms people
actually write them, pattern identifiers, and hostile rosters."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from qualcode.core.errors import QualCodeError
from qualcode.nlp.identifiers import IdentifierFinder, RosterName, find_identifiers

ROSTER = [
    RosterName("Anna Kowalska", "participant", "P07"),
    RosterName("Oksana Melnyk", "participant", "P12"),
    RosterName("James Brown", "staff", "S01"),
    RosterName("Kyiv", "place", "[City]"),
    RosterName("Hope House", "organisation", "[Shelter A]"),
]

# Each line names one roster entry in one variant: (sentence, the words that must be found).
VARIANTS = [
    ("Anna Kowalska came to the interview early.", "Anna Kowalska"),
    ("I asked ANNA KOWALSKA about the shelter.", "ANNA KOWALSKA"),
    ("Anna's mother was there.", "Anna"),
    ("That was Kowalska's idea, not mine.", "Kowalska"),
    ("We wrote to Pani Kowalskiej twice.", "Kowalskiej"),
    ("Then Anna said nothing for a while.", "Anna"),
    ("OKSANA was the first to leave.", "OKSANA"),
    ("Oksana's brother drove us.", "Oksana"),
    ("Melnyk signed the form.", "Melnyk"),
    ("I talked to Oksany later.", "Oksany"),
    ("James Brown ran the group.", "James Brown"),
    ("Mr Brown's office was small.", "Brown"),
    ("JAMES never shouted.", "JAMES"),
    ("Back in Kyiv it was cold.", "Kyiv"),
    ("Everybody in KYIV knew.", "KYIV"),
    ("Hope House took us in.", "Hope House"),
    ("At HOPE HOUSE the food was good.", "HOPE HOUSE"),
    ("The Hope House staff helped.", "Hope House"),
    ("anna kowalska, that is me.", "anna kowalska"),
    ("Kowalska told them everything.", "Kowalska"),
]


def test_recall_of_roster_names_and_their_variants_is_at_least_95_percent() -> None:
    finder = IdentifierFinder(ROSTER)
    hits = 0
    for sentence, wanted in VARIANTS:
        found = {f.text for f in finder.find(sentence) if f.source == "roster"}
        hits += wanted in found
    assert hits / len(VARIANTS) >= 0.95


def test_a_finding_names_its_entity_replacement_source_and_context() -> None:
    [finding] = find_identifiers("Then Anna's lawyer called.", ROSTER)
    assert (finding.text, finding.entity, finding.replacement, finding.source, finding.kind) == (
        "Anna", "Anna Kowalska", "P07", "roster", "participant")
    assert finding.before == "Then " and finding.after.startswith("'s lawyer")


def test_common_words_that_merely_look_like_an_inflected_name_are_not_found() -> None:
    text = "I had jam and some browns at the hope of seeing them."
    assert find_identifiers(text, ROSTER) == []


@pytest.mark.parametrize(("text", "kind", "wanted"), [
    ("Write to anna.k@mail.example.org please.", "email", "anna.k@mail.example.org"),
    ("Call me on +380 44 123 4567 tomorrow.", "phone", "+380 44 123 4567"),
    ("I was born on 12.03.1990 in the north.", "date of birth", "12.03.1990"),
    ("Her date of birth: 4 March 1988, she said.", "date of birth", "4 March 1988"),
    ("We lived at 14 Green Park Road for a year.", "address", "14 Green Park Road"),
    ("My passport number was AB1234567 then.", "id number", "AB1234567"),
])
def test_pattern_recognisers(text: str, kind: str, wanted: str) -> None:
    found = [(f.kind, f.text, f.source) for f in find_identifiers(text)]
    assert (kind, wanted, "pattern") in found


def test_timestamps_and_plain_dates_are_not_identifiers() -> None:
    text = "[00:03:12] Interviewer: In 2019, on 12.03.2019, we met for 45 minutes."
    assert find_identifiers(text) == []


def test_empty_roster_and_empty_text() -> None:
    assert find_identifiers("", ROSTER) == []
    assert find_identifiers("Nothing to see here.", []) == []


def test_names_with_regex_characters_are_matched_literally() -> None:
    roster = [RosterName("Mar(ia) [K.]*", "person", "P01"), RosterName("O'Neil+", "person", "P02"),
              RosterName("   ", "person", "P03")]
    found = {f.text for f in find_identifiers("Then Mar(ia) [K.]* spoke; O'Neil+ and Maria did not.", roster)}
    assert "Mar(ia) [K.]*" in found
    assert "O'Neil+" in found
    assert "Maria" not in found


def test_a_roster_of_ten_thousand_names_works() -> None:
    roster = [RosterName(f"Name{i} Surname{i}", "participant", f"P{i:05d}") for i in range(10_000)]
    found = find_identifiers("Yesterday Name9876 met SURNAME42 and Name9876 Surname9876.", roster)
    assert [(f.text, f.replacement) for f in found] == [
        ("Name9876", "P09876"), ("SURNAME42", "P00042"), ("Name9876 Surname9876", "P09876")]


def test_ner_source_is_used_from_a_pipeline_the_user_has(tmp_path: Path) -> None:
    # Stands in for a trained package: any spaCy pipeline with entities, loaded by name or path.
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE", "pattern": "Odesa"}, {"label": "PERSON", "pattern": "Ivan"}])
    nlp.to_disk(tmp_path / "pipe")
    found = find_identifiers("Ivan moved to Odesa.", ner_package=str(tmp_path / "pipe"))
    assert [(f.text, f.kind, f.source) for f in found] == [("Ivan", "person", "ner"), ("Odesa", "place", "ner")]


def test_a_missing_ner_package_is_one_clear_sentence() -> None:
    with pytest.raises(QualCodeError, match="xx_not_installed_sm"):
        IdentifierFinder([], ner_package="xx_not_installed_sm")


def test_a_first_name_shared_by_two_people_is_its_own_entity_with_no_replacement() -> None:
    roster = [RosterName("Anna Kowalska", "participant", "P07"), RosterName("Anna Petrenko", "participant", "P09")]
    found = find_identifiers("Anna Petrenko came. Then ANNA left.", roster)
    assert [(f.text, f.entity, f.replacement) for f in found] == [
        ("Anna Petrenko", "Anna Petrenko", "P09"),
        ("ANNA", "Anna (Anna Kowalska or Anna Petrenko)", ""),
    ]
